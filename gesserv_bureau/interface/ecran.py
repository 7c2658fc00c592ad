"""La place qu'offre l'écran : une fenêtre s'ouvre à la taille voulue, sans jamais dépasser la
surface utile de l'écran où elle s'ouvre (la barre des tâches déduite), pour les portables de
1366 × 768 et les projecteurs de 1280 × 720."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# la barre de titre de la fenêtre, que la surface utile de l'écran ne déduit pas
BARRE_DE_TITRE = 32


def surface_utile(widget: QWidget | None = None) -> QSize:
    """La surface utile de l'écran du widget (ou de l'écran principal)."""
    ecran = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if ecran is None:
        return QSize(1366, 768)
    return ecran.availableGeometry().size()


def taille_initiale(widget: QWidget, largeur: int, hauteur: int) -> QSize:
    """``largeur`` × ``hauteur``, ramenées à la surface utile de l'écran, au minimum de la fenêtre
    près."""
    utile = surface_utile(widget)
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    l = max(min(largeur, utile.width()), min(minimum.width(), utile.width()))
    h = max(min(hauteur, utile.height() - BARRE_DE_TITRE), min(minimum.height(), utile.height()))
    return QSize(l, h)
