"""Une étiquette d'une ligne qui tient dans la place qu'on lui laisse : le texte trop long finit par
« … » (au milieu pour un chemin de fichier, dont le début et le nom comptent), le texte entier en
infobulle et pour les lecteurs d'écran. Elle ne force jamais sa fenêtre à s'élargir."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel


def _infobulle(texte: str) -> str:
    """Une infobulle lit le HTML : un texte qui en a l'air y reste du texte (échappé). Sans les
    énumérations de Qt (``textes.en_clair`` les construirait avant le premier affichage)."""
    if "<" not in texte:
        return texte
    import html   # pas au démarrage : html.entities pèse 2 ms

    return "<qt>" + html.escape(texte, quote=False).replace("\n", "<br>") + "</qt>"


class EtiquetteElidee(QLabel):
    def __init__(self, parent=None, *, milieu: bool = False, largeur_min: int = 60):
        super().__init__(parent)
        # les énumérations de Qt attendent le premier affichage (voir ``valeurs_qt``)
        self._milieu = milieu
        self._largeur_min = largeur_min
        self.setProperty("textFormat", "PlainText")

    def setText(self, texte: str) -> None:   # noqa: N802 - Qt
        super().setText(texte)
        self.setToolTip(_infobulle(texte))
        self.setAccessibleName(texte)

    def minimumSizeHint(self) -> QSize:   # noqa: N802 - Qt
        return QSize(min(self._largeur_min, super().sizeHint().width()), super().minimumSizeHint().height())

    def texte_affiche(self) -> str:
        """Le texte qui tient dans la largeur, « … » à la fin ou au milieu (calculé ici sans les
        énumérations de Qt, que la fenêtre principale évite avant son premier affichage)."""
        return elider(self.text(), self.contentsRect().width(), self.fontMetrics().horizontalAdvance, self._milieu)

    def paintEvent(self, event) -> None:   # noqa: N802 - Qt
        if self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width():
            super().paintEvent(event)
            return
        peintre = QPainter(self)
        peintre.setPen(self.palette().color(self.foregroundRole()))
        peintre.drawText(self.contentsRect(), int(self.alignment()) | 0x0080, self.texte_affiche())   # AlignVCenter


def elider(texte: str, largeur: int, mesure, milieu: bool = False) -> str:
    """Le plus long ``texte`` abrégé par « … » dont ``mesure`` tient dans ``largeur``."""
    if mesure(texte) <= largeur:
        return texte
    bas, haut = 0, len(texte)
    while bas < haut:   # le plus grand nombre de caractères gardés
        n = (bas + haut + 1) // 2
        if mesure(_abrege(texte, n, milieu)) <= largeur:
            bas = n
        else:
            haut = n - 1
    return _abrege(texte, bas, milieu)


def _abrege(texte: str, n: int, milieu: bool) -> str:
    if not milieu:
        return texte[:n] + "…"
    debut = (n + 1) // 2
    return texte[:debut] + "…" + (texte[len(texte) - (n - debut):] if n - debut else "")
