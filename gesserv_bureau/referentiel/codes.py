"""Les listes de codes du répertoire de services (tableau 5, annexes 1C et 1D).

Libellés français : le texte officiel de la *Ligne directrice sur la gestion des
services* (2017). Libellés anglais : la traduction du projet, qui suit les termes usuels de
l'édition anglaise (*Guideline on Service Management*, 2017) sans avoir été vérifiée contre elle.
"""

from __future__ import annotations

from typing import NamedTuple

EDITION = "2017"
"""Édition de la ligne directrice dont viennent ces listes; conservée avec chaque donnée."""


class Libelle(NamedTuple):   # plutôt qu'un dataclass figé : défini en 0,1 ms, pas 0,8 (mesuré)
    code: str
    fr: str
    en: str

    def texte(self, langue: str) -> str:
        return self.en if langue == "en" else self.fr


class ListeCodes(tuple):
    """Une liste ordonnée de libellés, consultable par code."""

    def __new__(cls, libelles):
        return super().__new__(cls, libelles)

    def codes(self) -> list[str]:
        return [l.code for l in self]

    def par_code(self, code: str) -> Libelle | None:
        for libelle in self:
            if libelle.code == code:
                return libelle
        return None

    def texte(self, code: str | None, langue: str) -> str:
        libelle = self.par_code(code) if code else None
        return libelle.texte(langue) if libelle else ""


# Élément 10 — service externe ou service interne intégré.
PORTEES = ListeCodes(
    [
        Libelle("externe", "Service externe", "External service"),
        Libelle("interne", "Service interne intégré", "Internal enterprise service"),
    ]
)

# Élément 3 — annexe 1C : les cinq types de services externes.
TYPES_EXTERNES = ListeCodes(
    [
        Libelle("ressources", "Ressources", "Resources"),
        Libelle("consultatifs", "Services consultatifs", "Advisory services"),
        Libelle(
            "rencontres",
            "Rencontres axées sur des activités éducatives, récréatives et culturelles",
            "Educational, recreational and cultural encounters",
        ),
        Libelle(
            "conformite",
            "Conformité aux règlements et application des règlements",
            "Regulatory compliance and enforcement",
        ),
        Libelle("regles", "Établissement de règles", "Rule-making"),
    ]
)

# Élément 3 — annexe 1D : les dix types de services internes intégrés.
TYPES_INTERNES = ListeCodes(
    [
        Libelle("acquisition", "Services d'acquisition", "Acquisition services"),
        Libelle("communication", "Services de communication", "Communications services"),
        Libelle("finances", "Services de gestion financière", "Financial management services"),
        Libelle(
            "rh",
            "Services de gestion des ressources humaines",
            "Human resources management services",
        ),
        Libelle("gi", "Services de gestion de l'information", "Information management services"),
        Libelle("ti", "Services de technologie de l'information", "Information technology services"),
        Libelle("juridiques", "Services juridiques", "Legal services"),
        Libelle("surveillance", "Services de gestion et de surveillance", "Management and oversight services"),
        Libelle("materiel", "Services de gestion du matériel", "Materiel management services"),
        Libelle("immobiliers", "Services immobiliers", "Real property services"),
    ]
)

TYPES_SERVICE = ListeCodes(list(TYPES_EXTERNES) + list(TYPES_INTERNES))

# Élément 10, nota : « Même si la Politique sur les services ne l'exige pas, les ministères
# peuvent inclure leurs services internes pourvu qu'ils soient indiqués à ce titre de manière
# appropriée dans une section distincte du document. » Ce n'est pas une valeur de l'élément 10
# (qui reste externe ou interne intégré) : c'est l'option du ministère, marquée comme telle,
# hors du calcul de 2.9.4 (services internes intégrés et services externes seulement).
INTERNE_NON_INTEGRE = "interne_non_integre"
PORTEE_INTERNE_NON_INTEGRE = Libelle(
    INTERNE_NON_INTEGRE, "Service interne (non intégré)", "Internal service (non-enterprise)"
)
PORTEES_REPERTOIRE = ListeCodes(list(PORTEES) + [PORTEE_INTERNE_NON_INTEGRE])
"""Ce que le répertoire peut dire d'un service : les deux valeurs de l'élément 10, puis le
service interne (non intégré) que la note de l'élément 10 permet d'inclure à part."""


def types_pour_portee(portee: str | None) -> ListeCodes:
    """Les types admis pour un service externe (annexe 1C) ou interne intégré (annexe 1D).
    Un service interne (non intégré) prend aussi un type de l'annexe 1D : les « types de
    services internes (tels qu'ils sont prévus dans la Politique sur les résultats) »."""
    if portee == "externe":
        return TYPES_EXTERNES
    if portee in ("interne", INTERNE_NON_INTEGRE):
        return TYPES_INTERNES
    return TYPES_SERVICE


# Élément 4 — désignations spéciales (plusieurs permises).
DESIGNATIONS = ListeCodes(
    [
        Libelle("prioritaire", "Service prioritaire", "Priority service"),
        Libelle("critique", "Service critique à la mission", "Mission-critical service"),
        Libelle("essentiel", "Service essentiel", "Essential service"),
    ]
)

# Élément 13 — groupes de clients ou de services cibles (plusieurs permis).
GROUPES_CLIENTS = ListeCodes(
    [
        Libelle("particuliers", "Particuliers", "Individuals"),
        Libelle(
            "institutions",
            "Institutions et organismes sans but lucratif",
            "Institutions and non-profit organizations",
        ),
        Libelle("entreprises", "Segments économiques (entreprises)", "Economic segments (businesses)"),
        Libelle("etrangeres", "Entités étrangères", "Foreign entities"),
        Libelle(
            "provinces",
            "Provinces, territoires et collectivités",
            "Provinces, territories and communities",
        ),
        Libelle("interne_gouvernement", "Interne au gouvernement", "Internal to government"),
        Libelle("environnement", "Environnement", "Environment"),
    ]
)

# Élément 14 — modes de prestation pour le volume.
MODES = ListeCodes(
    [
        Libelle("en_ligne", "En ligne", "Online"),
        Libelle("en_personne", "En personne", "In person"),
        Libelle("telephone", "Par téléphone", "By telephone"),
        Libelle("poste", "Par la poste", "By mail"),
    ]
)

# Élément 14 — état d'une mesure de volume : la note du tableau 5 distingue le mode qui
# ne s'applique pas de la donnée non disponible.
ETATS_VOLUME = ListeCodes(
    [
        Libelle("donnees", "Données saisies", "Data entered"),
        Libelle("non_disponible", "Données non disponibles", "Data not available"),
        Libelle("sans_objet", "Ne s'applique pas", "Does not apply"),
    ]
)

# Élément 18 — points d'interaction des services électroniques.
POINTS_INTERACTION = ListeCodes(
    [
        Libelle("inscription", "Enregistrement ou inscription du compte", "Account registration or enrolment"),
        Libelle("authentification", "Authentification", "Authentication"),
        Libelle("demande", "Application", "Application"),
        Libelle("decision", "Décision", "Decision"),
        Libelle("delivrance", "Délivrance (extrant final)", "Issuance (final output)"),
        Libelle(
            "retroaction",
            "Résolution des problèmes et rétroaction",
            "Issue resolution and feedback",
        ),
    ]
)

# Réponses oui / non / sans objet (éléments 12 et 18) et oui / non (15 à 17).
OUI_NON_SO = ListeCodes(
    [
        Libelle("oui", "Oui", "Yes"),
        Libelle("non", "Non", "No"),
        Libelle("so", "S.O.", "N/A"),
    ]
)
OUI_NON = ListeCodes(list(OUI_NON_SO)[:2])
