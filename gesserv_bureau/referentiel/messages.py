"""Les messages de validation du répertoire, dans les deux langues.

Le domaine signale un problème par son code; l'interface et la ligne de commande en
tirent le texte dans la langue de l'utilisateur. Les paramètres s'écrivent ``{nom}``.
"""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    "obligatoire": (
        "À compléter : l'élément « {element} » est exigé par le tableau 5.",
        "To complete: element “{element}” is required by Table 5.",
    ),
    "nom_langue": (
        "À compléter : le nom du service doit figurer en français et en anglais.",
        "To complete: the service name must be given in both French and English.",
    ),
    "description_langue": (
        "À compléter : la description doit figurer en français et en anglais.",
        "To complete: the description must be given in both French and English.",
    ),
    "id_double": (
        "Le numéro d'ID « {valeur} » est déjà attribué à un autre service de l'exercice {exercice}.",
        "Service ID “{valeur}” is already used by another service in fiscal year {exercice}.",
    ),
    "type_portee": (
        "Le type « {type} » ne convient pas à un {portee} : choisissez un type de l'annexe {annexe}.",
        "Type “{type}” does not fit an {portee}: choose a type from Appendix {annexe}.",
    ),
    "volume_a_completer": (
        "À compléter : indiquez les demandes reçues et les extrants finaux positifs « {mode} », "
        "ou que les données ne sont pas disponibles.",
        "To complete: enter the applications received and positive final outputs “{mode}”, "
        "or indicate that the data are not available.",
    ),
    "volume_negatif": (
        "Le volume « {mode} » ne peut pas être négatif.",
        "The volume “{mode}” cannot be negative.",
    ),
    "extrants_superieurs": (
        "Les extrants finaux positifs ({extrants}) dépassent les demandes reçues ({demandes}) « {mode} » : vérifiez les chiffres.",
        "Positive final outputs ({extrants}) exceed applications received ({demandes}) “{mode}”: check the figures.",
    ),
    "point_a_completer": (
        "À compléter : répondez oui, non ou S.O. pour chacun des six points d'interaction.",
        "To complete: answer yes, no or N/A for each of the six interaction points.",
    ),
    "exclusion_sans_justification": (
        "Exclusion refusée : « il faut fournir une justification écrite pour tout service exclu du "
        "calcul » (2.9.4). Le service reste compté tant que la justification manque.",
        "Exclusion refused: a written justification must be provided for any service excluded from "
        "the calculation (2.9.4). The service stays counted until a justification is given.",
    ),
    "so_sans_justification": (
        "Points « S.O. » sans justification écrite : {points}. La section 1.8.1 encourage les ministères "
        "à mettre par écrit leur approche (justification) lorsqu'ils excluent une partie d'un service de "
        "la prestation par voie électronique, et à la noter dans le répertoire.",
        "“N/A” points without a written justification: {points}. Section 1.8.1 encourages departments "
        "to document their approach (justification) when they exclude part of a service from electronic "
        "delivery, and to record it in the service inventory.",
    ),
    "exercice_invalide": (
        "L'exercice « {valeur} » doit s'écrire AAAA-AAAA, deux années consécutives (p. ex. 2024-2025).",
        "Fiscal year “{valeur}” must be written YYYY-YYYY, two consecutive years (e.g. 2024-2025).",
    ),
}


texte = partial(texte_de, MESSAGES)
