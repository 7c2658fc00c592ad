"""Les constats du contrôle de la qualité des données, dans les deux langues."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    "elements_manquants": (
        "Éléments obligatoires manquants : {elements}.",
        "Missing mandatory elements: {elements}.",
    ),
    "a_completer_hors_fichier": (
        "À compléter dans l'application : {elements}. Les données ouvertes n'ont pas de colonne pour "
        "ces éléments; le fichier importé ne pouvait pas les donner.",
        "To complete in the application: {elements}. The open data has no column for these elements; "
        "the imported file could not provide them.",
    ),
    "valeur_fausse": (
        "{message}",
        "{message}",
    ),
    "id_double": (
        "Le numéro d'ID « {valeur} » est attribué à {nombre} services de l'exercice {exercice}.",
        "Service ID “{valeur}” is used by {nombre} services in fiscal year {exercice}.",
    ),
    "total_incoherent": (
        "Le total des demandes ({total}) ne correspond pas à la somme des demandes par mode ({somme}).",
        "Total applications ({total}) do not add up to the applications by channel ({somme}).",
    ),
    "autres_sans_remarque": (
        "{nombre} demandes par d'« autres » modes, sans remarque qui les explique (remarques spéciales).",
        "{nombre} applications through “other” channels, with no special remark explaining them.",
    ),
    "en_ligne_sans_volume": (
        "Le point d'interaction « Application » est offert en ligne (oui), mais aucune demande en ligne n'est comptée ({volume}).",
        "The “Application” interaction point is online (yes), but no online applications are counted ({volume}).",
    ),
    "rendement_superieur": (
        "Norme « {norme} » : un rendement de {rendement} dépasse 100 %.",
        "Standard “{norme}”: a performance of {rendement} exceeds 100%.",
    ),
    "prioritaire_sans_normes": (
        "Service prioritaire sans normes de service : la section 7.7 de la Politique sur les services "
        "exige des normes et de l'information sur le rendement en temps réel.",
        "Priority service without service standards: section 7.7 of the Policy on Service requires "
        "standards and real-time performance information.",
    ),
    "authentification_pas_en_ligne": (
        "Service externe prioritaire avec authentification, offert en ligne à {pourcentage} seulement : "
        "la section 7.10 de la Politique sur les services demande qu'il le soit de bout en bout.",
        "Priority external service with authentication, only {pourcentage} online: section 7.10 of the "
        "Policy on Service asks that it be online end to end.",
    ),
    "donnees_non_disponibles": (
        "Volume « {modes} » : données non disponibles. Prévoir de les recueillir pour le prochain exercice.",
        "Volume “{modes}”: data not available. Plan to collect them for the next fiscal year.",
    ),
    "so_sans_justification": (
        "Points d'interaction « S.O. » sans justification écrite : {points} (1.8.1 : mettre par écrit "
        "l'approche lorsqu'une partie du service est exclue de la prestation par voie électronique).",
        "“N/A” interaction points without a written justification: {points} (1.8.1: document the "
        "approach when part of the service is excluded from electronic delivery).",
    ),
    "interne_non_integre_prioritaire": (
        "Service interne (non intégré) désigné prioritaire : les services prioritaires sont des services "
        "internes intégrés et externes (1.5). Vérifiez l'élément 10 ou la désignation.",
        "Internal (non-enterprise) service designated as a priority service: priority services are "
        "internal enterprise and external services (1.5). Check element 10 or the designation.",
    ),
    "rendement_sans_url": (
        "Service prioritaire : aucune norme n'indique où les clients trouvent le rendement en temps réel (7.7).",
        "Priority service: no standard says where clients find real-time performance (7.7).",
    ),
}

ERREUR = "erreur"
AVERTISSEMENT = "avertissement"
SUGGESTION = "suggestion"
GRAVITES = (ERREUR, AVERTISSEMENT, SUGGESTION)
LIBELLES_GRAVITES = {
    ERREUR: ("Erreur", "Error"),
    AVERTISSEMENT: ("Avertissement", "Warning"),
    SUGGESTION: ("Suggestion", "Suggestion"),
}


texte = partial(texte_de, MESSAGES)


gravite = partial(texte_de, LIBELLES_GRAVITES)

# les colonnes du fichier des constats (onglet Qualité et ``gesserv-bureau qualite``)
ENTETES_CSV = (
    ("Exercice", "Fiscal year"),
    ("Numéro d'ID du service", "Service ID"),
    ("Service", "Service"),
    ("Numéro de la norme", "Standard ID"),
    ("Règle", "Rule"),
    ("Gravité", "Severity"),
    ("Constat", "Finding"),
)


def entetes_csv(langue: str) -> tuple[str, ...]:
    return tuple(en if langue == "en" else fr for fr, en in ENTETES_CSV)
