"""Une saisie en cours dans une cellule (le plan de travail, une grille) n'est enregistrée qu'en la
quittant (Tab, Entrée, un clic ailleurs). Avant de fermer une fenêtre par programme (un renvoi au
serveur, la fermeture du répertoire), :func:`valider_saisies_en_cours` la valide comme Tab le
ferait : rien de tapé n'est perdu."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget


def valider_saisies_en_cours(racine: QWidget) -> int:
    """Chaque éditeur de cellule ouvert sous ``racine`` : son texte remis au modèle (qui
    l'enregistre), puis l'éditeur fermé. Le nombre d'éditeurs validés."""
    valides = 0
    for vue in racine.findChildren(QAbstractItemView):
        if vue.state() != QAbstractItemView.State.EditingState:
            continue
        editeur = vue.indexWidget(vue.currentIndex())
        if editeur is None:
            continue
        vue.commitData(editeur)
        vue.closeEditor(editeur, QAbstractItemDelegate.EndEditHint.NoHint)
        valides += 1
    return valides
