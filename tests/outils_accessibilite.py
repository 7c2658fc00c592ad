"""Ce que voit une personne au clavier ou au lecteur d'écran dans une fenêtre : les contrôles qui
prennent le focus, leur nom accessible, l'ordre où Tab les parcourt."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def focalisables(fenetre: QWidget) -> list[QWidget]:
    """Les contrôles visibles que Tab atteint (sans les pièces internes de Qt : la ligne d'un
    champ de date, la zone d'une table, les barres de défilement)."""
    resultat = []
    for w in fenetre.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or isinstance(w, QScrollBar):
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue   # un widget qui confie son focus à un autre (un QTabWidget à sa barre)
        parent = w.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or (
                isinstance(parent, QAbstractScrollArea) and w is parent.viewport()):
            continue
        resultat.append(w)
    return resultat


def nom_accessible(w: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(w)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def sans_nom(fenetre: QWidget) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()}" for w in focalisables(fenetre) if not nom_accessible(w)]


def pages(fenetre: QWidget):
    """Chaque onglet et chaque page d'une pile, montrés tour à tour (puis la page d'origine)."""
    yield None
    for pile in [*fenetre.findChildren(QTabWidget), *fenetre.findChildren(QStackedWidget)]:
        if not shiboken6.isValid(pile) or not pile.isVisible() or (isinstance(pile, QStackedWidget) and isinstance(pile.parent(), QTabWidget)):
            continue
        origine = pile.currentIndex()
        nom = pile.objectName() or type(pile).__name__
        for i in range(pile.count()):
            if not shiboken6.isValid(pile):
                break  # la pile a été reconstruite en changeant de page
            if isinstance(pile, QTabWidget) and not pile.isTabEnabled(i):
                continue
            pile.setCurrentIndex(i)
            yield f"{nom}[{i}]"
        if shiboken6.isValid(pile):
            pile.setCurrentIndex(origine)


def chaine_tab(fenetre: QWidget) -> list[QWidget]:
    """Les contrôles dans l'ordre où Tab les parcourt, depuis le premier."""
    visibles = set(focalisables(fenetre))
    if not visibles:
        return []
    depart = _premier(visibles, fenetre)
    ordre, w = [], depart
    for _ in range(5000):
        if w in visibles and w not in ordre:
            ordre.append(w)
        w = w.nextInFocusChain()
        if w is depart:
            break
    return ordre


def _premier(widgets, fenetre: QWidget) -> QWidget:
    """Le premier contrôle de lecture : dans la première rangée (aucun autre entièrement au-dessus
    de lui — un champ et une liste déroulante plus haute d'un pixel sont de la même rangée), le
    plus à gauche."""
    boites = {w: (*_position(w, fenetre), w.height()) for w in widgets}
    rangee = [w for w, (y, _x, _h) in boites.items()
              if not any(yb + hb <= y for v, (yb, _xb, hb) in boites.items() if v is not w)]
    return min(rangee or list(widgets), key=lambda w: (boites[w][1], boites[w][0]))


def _defilement(w: QWidget):
    """La zone qui défile où se trouve ``w`` (None : la fenêtre elle-même)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _position(w: QWidget, fenetre: QWidget) -> tuple[int, int]:
    p = w.mapTo(fenetre, QPoint(0, 0))
    return p.y(), p.x()


def retours_en_arriere(fenetre: QWidget) -> list[str]:
    """Tab qui remonte dans la page alors que les deux contrôles sont dans la même colonne : la
    lecture va de haut en bas dans une colonne; revenir en haut n'est permis qu'en changeant de
    colonne (à droite) ou en bouclant à la fin."""
    ordre = chaine_tab(fenetre)
    fautes = []
    for a, b in zip(ordre, ordre[1:]):
        if _defilement(a) is not _defilement(b):
            continue   # d'une zone qui défile à une autre : leurs coordonnées ne se comparent pas
        ya, xa = _position(a, fenetre)
        yb, xb = _position(b, fenetre)
        meme_colonne = not (xb >= xa + a.width() or xa >= xb + b.width())
        if meme_colonne and yb + b.height() <= ya:
            fautes.append(f"{type(a).__name__}#{a.objectName()} → {type(b).__name__}#{b.objectName()}")
    return fautes


def pieges_du_tab(fenetre: QWidget) -> list[str]:
    """Tab pressé pour de vrai, depuis le premier contrôle : les contrôles qu'il n'atteint jamais
    (une table qui garde Tab pour aller de cellule en cellule est un piège : on n'en sort plus)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    visibles = focalisables(fenetre)
    if not visibles:
        return []
    _premier(visibles, fenetre).setFocus(Qt.FocusReason.TabFocusReason)
    atteints = set()
    for _ in range(4 * len(visibles) + 10):
        w = QApplication.focusWidget()
        if w is None:
            break
        atteints.add(id(w))
        QTest.keyClick(w, Qt.Key.Key_Tab)
    return [f"{type(w).__name__}#{w.objectName()}" for w in visibles
            if id(w) not in atteints and not _dans_une_cellule(w)]


def _dans_une_cellule(w: QWidget) -> bool:
    """Un éditeur posé dans une cellule de table : atteint par les flèches de la table."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and type(parent).__name__ in ("QTableWidget", "QTableView"):
            return True
        parent = parent.parentWidget()
    return False


def focus_invisible(fenetre: QWidget) -> list[str]:
    """Tab pressé pour de vrai : les contrôles dont l'image ne change pas quand le focus y arrive
    (le contrôle entier : une liste déroulante modifiable pour son champ). Le bouton par défaut
    d'un dialogue porte déjà l'anneau du style : il n'en change pas, c'est voulu."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    visibles = focalisables(fenetre)
    if not visibles:
        return []
    _premier(visibles, fenetre).setFocus(Qt.FocusReason.TabFocusReason)
    w = QApplication.focusWidget()
    QTest.keyClick(w, Qt.Key.Key_Tab)   # une vraie touche : la fenêtre sait que le focus va au clavier
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    vus, fautes = set(), []
    for _ in range(len(visibles) + 5):
        QApplication.processEvents()   # ce que Tab a déclenché (un service choisi, sa mise en page)
        w = QApplication.focusWidget()
        if w is None:
            break
        cible = w.parentWidget() if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)) else w
        avec = cible.grab().toImage()
        QTest.keyClick(w, Qt.Key.Key_Tab)
        QApplication.processEvents()
        seul = len(visibles) == 1 and QApplication.focusWidget() is w   # le seul contrôle : Tab y revient
        if seul:
            w.clearFocus()
            QApplication.processEvents()
        if id(cible) in vus:
            continue
        vus.add(id(cible))
        if isinstance(cible, QPushButton) and cible.isDefault():
            continue
        if avec == cible.grab().toImage():
            fautes.append(f"{type(cible).__name__}#{cible.objectName()}")
        if seul:
            break
    return fautes
