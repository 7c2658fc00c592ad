"""Les 18 principaux éléments de données du répertoire de services (tableau 5, section 2.1.4)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Element:
    numero: int
    code: str
    fr: str
    en: str
    description_fr: str
    description_en: str

    def nom(self, langue: str) -> str:
        return self.en if langue == "en" else self.fr

    def description(self, langue: str) -> str:
        return self.description_en if langue == "en" else self.description_fr


ELEMENTS: tuple[Element, ...] = (
    Element(
        1, "service_id", "Numéro d'ID du service", "Service ID number",
        "Un numéro unique attribué à un service dans le répertoire par un ministère pour "
        "faciliter la consultation de données sur les services particuliers.",
        "A unique number assigned to a service in the inventory by a department to facilitate "
        "the retrieval of data on specific services.",
    ),
    Element(
        2, "nom", "Nom du service", "Service name",
        "Le nom officiel du service.",
        "The official name of the service.",
    ),
    Element(
        3, "type_service", "Type de service", "Service type",
        "Indique le type de service externe ou de service interne.",
        "Indicates the type of external service or internal service.",
    ),
    Element(
        4, "designations", "Désignations spéciales", "Special designations",
        "Si le service a été désigné un service prioritaire, un service critique à la mission "
        "et/ou un service essentiel par le ministère. Ces catégories ne sont pas mutuellement "
        "exclusives et plus d'une désignation peut être indiquée.",
        "Whether the service has been designated by the department as a priority service, a "
        "mission-critical service and/or an essential service. These categories are not mutually "
        "exclusive and more than one designation may be indicated.",
    ),
    Element(
        5, "description", "Description du service", "Service description",
        "Une description brève (en une ou deux phrases) du service et du besoin auquel il répond.",
        "A brief description (one or two sentences) of the service and the need it meets.",
    ),
    Element(
        6, "secteur_responsabilite", "Secteur de responsabilité", "Area of responsibility",
        "Le secteur de l'organisation qui est responsable du service et qui rend des comptes à son sujet.",
        "The area of the organization that is responsible and accountable for the service.",
    ),
    Element(
        7, "instruments_habilitants", "Instruments habilitants", "Enabling instruments",
        "Une liste des lois et/ou des politiques qui confère le pouvoir d'établir le service.",
        "A list of the acts and/or policies that give the authority to establish the service.",
    ),
    Element(
        8, "programme_nom", "Nom du programme", "Program name",
        "Le nom du programme en vertu duquel le service est offert.",
        "The name of the program under which the service is delivered.",
    ),
    Element(
        9, "programme_id", "Numéro d'ID du programme", "Program ID number",
        "Le numéro unique du programme associé aux éléments de programme pour l'ensemble des "
        "résultats stratégiques, programmes, sous-programmes et sous-sous-programmes.",
        "The unique number of the program associated with the program elements for all "
        "strategic outcomes, programs, sub-programs and sub-sub-programs.",
    ),
    Element(
        10, "portee", "Service externe ou service interne intégré",
        "External service or internal enterprise service",
        "Indique si le service est un service externe ou un service interne intégré au sens des "
        "définitions données dans la Politique sur les services.",
        "Indicates whether the service is an external service or an internal enterprise service "
        "as defined in the Policy on Service.",
    ),
    Element(
        11, "proprietaire", "Propriétaire du service", "Service owner",
        "Identifie le propriétaire du service, comme l'organisation qui en est responsable, selon "
        "les instruments habilitants. Si le propriétaire est un autre ministère, il faut en "
        "préciser le nom.",
        "Identifies the owner of the service, as the organization responsible for it under the "
        "enabling instruments. If the owner is another department, name it.",
    ),
    Element(
        12, "ententes", "Ententes de service", "Service agreements",
        "Indique si une ou plusieurs entente(s) de service ont été conclues pour appuyer la "
        "prestation du service.",
        "Indicates whether one or more service agreements have been concluded to support the "
        "delivery of the service.",
    ),
    Element(
        13, "groupes_clients", "Groupe de clients ou de services cibles", "Client or target groups",
        "Identifie les groupes de clients ou les groupes de services cibles.",
        "Identifies the client groups or target groups of the service.",
    ),
    Element(
        14, "volumes", "Volume par mode", "Volume by channel",
        "Le volume du service qui est offert au cours d'un exercice financier, y compris le nombre "
        "absolu de demandes reçues et le nombre d'extrants finaux positifs pour chacun des modes "
        "utilisés pour offrir le service. Si un service n'est pas offert au moyen d'un mode, "
        "veuillez indiquer que cette question ne s'applique pas. S'il n'y a aucune donnée sur un "
        "service, mais le service est offert par ce mode, veuillez indiquer que les données ne "
        "sont pas disponibles.",
        "The volume of the service delivered in a fiscal year, including the absolute number of "
        "applications received and the number of positive final outputs for each channel used to "
        "deliver the service. If the service is not offered through a channel, indicate that it "
        "does not apply. If the service is offered through a channel but there are no data, "
        "indicate that the data are not available.",
    ),
    Element(
        15, "frais", "Frais d'utilisation", "User fees",
        "Une valeur oui/non indiquant si des frais sont perçus pour le service.",
        "A yes/no value indicating whether fees are charged for the service.",
    ),
    Element(
        16, "normes_service", "Normes de service", "Service standards",
        "Une valeur oui/non indiquant s'il y a des normes de service pour le service.",
        "A yes/no value indicating whether there are service standards for the service.",
    ),
    Element(
        17, "cibles_rendement", "Cibles de rendement opérationnel", "Operational performance targets",
        "Une valeur oui/non indiquant s'il y a des cibles de rendement opérationnel pour le service.",
        "A yes/no value indicating whether there are operational performance targets for the service.",
    ),
    Element(
        18, "points_interaction", "Services électroniques", "E-services",
        "Indique, du point de vue du client, le pourcentage des activités liées au service "
        "effectuées en ligne, en fonction du nombre des points d'interaction applicables du service.",
        "Indicates, from the client's point of view, the percentage of the service's activities "
        "carried out online, based on the number of the service's applicable interaction points.",
    ),
)

PAR_CODE = {e.code: e for e in ELEMENTS}
