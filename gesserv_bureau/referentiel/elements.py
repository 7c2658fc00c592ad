"""Les 18 principaux éléments de données du répertoire de services (tableau 5, section 2.1.4).

Français : le texte du tableau 5, entier et mot pour mot — la description de chaque élément, puis
sa note (« Nota : … » ou les phrases qui suivent la description dans la cellule). Les listes de la
cellule (types, groupes, modes, points d'interaction) sont les listes de ``codes``. Anglais : la
traduction du projet, faite avec soin; aucune version anglaise officielle n'a servi.
``tests/test_referentiel_semence.py`` compare chaque texte français à la semence."""

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
    note_fr: str = ""   # la suite de la cellule du tableau 5, quand il y en a une
    note_en: str = ""

    def nom(self, langue: str) -> str:
        return self.en if langue == "en" else self.fr

    def description(self, langue: str) -> str:
        return self.description_en if langue == "en" else self.description_fr

    def note(self, langue: str) -> str:
        return self.note_en if langue == "en" else self.note_fr

    def texte_entier(self, langue: str) -> str:
        """La description, puis la note : toute la cellule du tableau 5 (hors listes)."""
        return "\n\n".join(t for t in (self.description(langue), self.note(langue)) if t)


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
        # la cellule continue par « Pour les services externes [internes intégrés], sélectionner
        # l'un des éléments suivants : » et les deux listes : codes.TYPES_EXTERNES et TYPES_INTERNES
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
        "Au besoin, les responsables de la Politique sur les résultats du ministère peuvent aider à trouver le "
        "numéro d'ID du programme, au besoin.",
        "If needed, the department's Policy on Results officials can help find the program ID number.",
    ),
    Element(
        10, "portee", "Service externe ou service interne intégré",
        "External service or internal enterprise service",
        "Indique si le service est un service externe ou un service interne intégré au sens des "
        "définitions données dans la Politique sur les services.",
        "Indicates whether the service is an external service or an internal enterprise service "
        "as defined in the Policy on Service.",
        "Nota : Même si la Politique sur les services ne l'exige pas, les ministères peuvent inclure leurs "
        "services internes pourvu qu'ils soient indiqués à ce titre de manière appropriée dans une section "
        "distincte du document.",
        "Note: Although the Policy on Service does not require it, departments may include their internal "
        "services provided that they are appropriately identified as such in a separate section of the document.",
    ),
    Element(
        11, "proprietaire", "Propriétaire du service", "Service owner",
        "Identifie le propriétaire du service, comme l'organisation qui en est responsable, selon "
        "les instruments habilitants. Si le propriétaire est un autre ministère, il faut en "
        "préciser le nom.",
        "Identifies the owner of the service, as the organization responsible for it under the "
        "enabling instruments. If the owner is another department, its name must be specified.",
        "On encourage les ministères à utiliser le titre d'usage approuvé du ministère, en conformité avec le "
        "Programme fédéral de coordination de l'image de marque. Pour obtenir une liste des titres, veuillez "
        "consulter le Registre des titres d'usage.",
        "Departments are encouraged to use the department's approved applied title, in accordance with the "
        "Federal Identity Program. For a list of titles, consult the Registry of Applied Titles.",
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
        "Nota : Pour obtenir d'autres éclaircissements relativement à ces catégories, veuillez consulter la Norme "
        "sur l'étiquetage prévue dans la Politique sur les résultats.",
        "Note: For further clarification of these categories, consult the Standard on Tagging under the Policy "
        "on Results.",
    ),
    Element(
        14, "volumes", "Volume par mode", "Volume by channel",
        "Le volume du service qui est offert au cours d'un exercice financier, y compris le nombre "
        "absolu de demandes reçues et le nombre d'extrants finaux positifs pour chacun des modes "
        "suivants utilisés pour offrir le service :",
        "The volume of the service delivered in a fiscal year, including the absolute number of "
        "applications received and the number of positive final outputs for each of the following "
        "channels used to deliver the service:",
        "Nota : Si un service n'est pas offert au moyen d'un mode, veuillez indiquer que cette question ne "
        "s'applique pas. S'il n'y a aucune donnée sur un service, mais le service est offert par ce mode, "
        "veuillez indiquer que les données ne sont pas disponibles.",
        "Note: If a service is not offered through a channel, indicate that this question does not apply. If "
        "there are no data on a service but the service is offered through that channel, indicate that the "
        "data are not available.",
    ),
    Element(
        15, "frais", "Frais d'utilisation", "User fees",
        "Une valeur oui/non indiquant si des frais sont perçus pour le service (pour obtenir des détails, "
        "consultez la Politique sur les normes de service pour les frais d'utilisation).",
        "A yes/no value indicating whether fees are charged for the service (for details, consult the Policy "
        "on Service Standards for External Fees).",
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
        "Elles sont habituellement décrites dans un Cadre de mesure du rendement du ministère (pour obtenir des "
        "détails sur la différence entre les normes de services et les cibles de rendement opérationnel, "
        "consultez la section Normes de service de la Ligne directrice).",
        "They are usually described in a departmental Performance Measurement Framework (for details on the "
        "difference between service standards and operational performance targets, see the Service Standards "
        "section of the Guideline).",
    ),
    Element(
        18, "points_interaction", "Services électroniques", "E-services",
        "Indique, du point de vue du client, le pourcentage des activités liées au service "
        "effectuées en ligne, en fonction du nombre des points d'interaction applicables suivants du "
        "service :",
        "Indicates, from the client's point of view, the percentage of the service's activities "
        "carried out online, based on the number of the following applicable interaction points of the "
        "service:",
    ),
)

PAR_CODE = {e.code: e for e in ELEMENTS}
