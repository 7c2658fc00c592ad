"""Les catalogues de messages bilingues : chaque message a un code et son texte en français et en
anglais; les paramètres s'écrivent ``{nom}``. Le domaine signale par le code; l'interface et la
ligne de commande tirent le texte dans la langue de l'utilisateur (``texte_de``)."""

from __future__ import annotations

Catalogue = dict[str, tuple[str, str]]

# Les messages sur un fichier, communs à l'échange des évaluations et à la signature des rapports.
MESSAGES_FICHIER: Catalogue = {
    "introuvable": (
        "Le fichier « {fichier} » est introuvable (déplacé ou supprimé ?).",
        "File “{fichier}” cannot be found (moved or deleted?).",
    ),
    "illisible": (
        "Le fichier « {fichier} » ne peut pas être lu : {detail}.",
        "File “{fichier}” cannot be read: {detail}.",
    ),
}


def texte_de(catalogue: Catalogue, code: str, langue: str, **params) -> str:
    """Le message ``code`` dans ``langue``; un paramètre qui se dit lui-même dans une langue (le
    détail d'une erreur du système, ``messages_systeme.DetailSysteme``) est dit dans la même."""
    fr, en = catalogue[code]
    params = {cle: (valeur.texte(langue) if hasattr(valeur, "code") and hasattr(valeur, "texte") else valeur)
              for cle, valeur in params.items()}
    return (en if langue == "en" else fr).format(**params)
