"""Une disposition qui passe à la ligne : ses éléments se suivent de gauche à droite et ce qui ne
tient plus va à la ligne suivante, comme des mots (l'exemple « Flow Layout » de Qt). La largeur
minimale est celle de l'élément le plus large : une barre de filtres ou une légende ne force
jamais sa fenêtre à s'élargir sur un petit écran."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QHBoxLayout, QLayout, QWidget, QWidgetItem


class DispositionFluide(QLayout):
    def __init__(self, parent: QWidget | None = None, espace_h: int = 12, espace_v: int = 4):
        super().__init__(parent)
        self._elements: list = []
        self._espace_h, self._espace_v = espace_h, espace_v
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ------------------------------------------------------------------------------
    def addItem(self, element) -> None:   # noqa: N802 - Qt
        self._elements.append(element)

    def count(self) -> int:
        return len(self._elements)

    def itemAt(self, index: int):   # noqa: N802 - Qt
        return self._elements[index] if 0 <= index < len(self._elements) else None

    def takeAt(self, index: int):   # noqa: N802 - Qt
        return self._elements.pop(index) if 0 <= index < len(self._elements) else None

    def expandingDirections(self):   # noqa: N802 - Qt
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:   # noqa: N802 - Qt
        return True

    def heightForWidth(self, largeur: int) -> int:   # noqa: N802 - Qt
        return self._placer(QRect(0, 0, largeur, 0), appliquer=False)

    def setGeometry(self, rect: QRect) -> None:   # noqa: N802 - Qt
        super().setGeometry(rect)
        self._placer(rect, appliquer=True)

    def sizeHint(self) -> QSize:   # noqa: N802 - Qt
        """Tout sur une ligne."""
        largeur = sum(e.sizeHint().width() for e in self._visibles()) + self._espace_h * max(len(self._visibles()) - 1, 0)
        hauteur = max((e.sizeHint().height() for e in self._visibles()), default=0)
        m = self.contentsMargins()
        return QSize(largeur + m.left() + m.right(), hauteur + m.top() + m.bottom())

    def minimumSize(self) -> QSize:   # noqa: N802 - Qt
        taille = QSize()
        for e in self._visibles():
            taille = taille.expandedTo(e.minimumSize())
        m = self.contentsMargins()
        return taille + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- placement ----------------------------------------------------------------------------
    def _visibles(self) -> list:
        return [e for e in self._elements if not (e.widget() is not None and e.widget().isHidden())]

    def _placer(self, rect: QRect, appliquer: bool) -> int:
        m = self.contentsMargins()
        zone = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, hauteur_ligne = zone.x(), zone.y(), 0
        for e in self._visibles():
            voulu = e.sizeHint()
            largeur = min(voulu.width(), zone.width())
            if x > zone.x() and x + largeur > zone.right() + 1:
                x, y = zone.x(), y + hauteur_ligne + self._espace_v
                hauteur_ligne = 0
            if appliquer:
                e.setGeometry(QRect(QPoint(x, y), QSize(largeur, voulu.height())))
            x += largeur + self._espace_h
            hauteur_ligne = max(hauteur_ligne, voulu.height())
        return y + hauteur_ligne - rect.y() + m.bottom()


def groupe(parent: QWidget, *widgets: QWidget, espace: int = 6) -> QWidget:
    """Des widgets qui restent ensemble sur une ligne (une étiquette et sa liste)."""
    boite = QWidget(parent)
    ligne = QHBoxLayout(boite)
    ligne.setContentsMargins(0, 0, 0, 0)
    ligne.setSpacing(espace)
    for w in widgets:
        ligne.addWidget(w)
    return boite


__all__ = ["DispositionFluide", "QWidgetItem", "groupe"]
