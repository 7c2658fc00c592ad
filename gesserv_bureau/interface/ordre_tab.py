"""L'ordre où Tab parcourt une fenêtre : celui de la lecture. Qt suit l'ordre de création des
widgets; une partie construite après coup (un onglet, les éditeurs d'une stratégie) se range ici
à sa place de lecture."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def _pointeur(w: QWidget) -> int:
    from shiboken6 import getCppPointer

    return getCppPointer(w)[0]


def dans_la_chaine(conteneur: QWidget, depart: QWidget) -> list[QWidget]:
    """Les contrôles de ``conteneur`` que Tab peut atteindre, dans l'ordre de la chaîne du focus
    (parcourue une fois depuis ``depart``)."""
    from PySide6.QtCore import Qt

    fin, trouves, w = _pointeur(depart), [], depart.nextInFocusChain()
    for _ in range(20000):
        if _pointeur(w) == fin:
            break
        if (w is conteneur or conteneur.isAncestorOf(w)) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            trouves.append(w)
        w = w.nextInFocusChain()
    return trouves


def placer_apres(reference: QWidget, widgets: list[QWidget]) -> None:
    """``widgets``, dans cet ordre, juste après ``reference`` pour Tab."""
    precedent = reference
    for w in widgets:
        QWidget.setTabOrder(precedent, w)
        precedent = w
