"""Le bandeau de l'ordre du jour, en haut de la vue de réunion : un service par case (son numéro,
p. ex. « EDSC-102 », puis un mot d'état : à faire, en cours, fait), le nom complet et l'état
entier en infobulle et en nom accessible, le service courant marqué d'un « ▶ » et d'un cadre
épais (la couleur ne fait que l'appuyer), le sommaire en dernier; un clic sur une case y mène,
et le bandeau défile s'il déborde."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QWidget

from gesserv_bureau.interface.textes import en_clair

STYLE_ETAPE = "border: 1px solid #8a96a3; border-radius: 4px; padding: 4px 8px; color: #1f1f1f; background: #ffffff;"
STYLE_ETAPE_COURANTE = ("border: 3px solid #1d3f66; border-radius: 4px; padding: 2px 6px; color: #0b1f33; "
                        "background: #e3ecf7; font-weight: 600;")
STYLE_ETAPE_FINIE = "border: 1px solid #8a96a3; border-radius: 4px; padding: 4px 8px; color: #1f1f1f; background: #edf5ec;"


class _EtapeOrdre(QLabel):
    """Un service de l'ordre du jour dans le bandeau, sur deux lignes (le numéro du service, puis
    un mot d'état), assez large pour les deux; le nom complet en infobulle; un clic y mène."""

    clic = Signal(int)

    def __init__(self, position: int, parent=None):
        super().__init__(parent)
        self.position = position
        self.lignes = ("", "")
        self._style = ""
        self.setWordWrap(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def definir(self, premiere: str, seconde: str, style: str, complet: str = "") -> None:
        """``complet`` : le nom entier et l'état en toutes lettres (infobulle, nom accessible)."""
        if (premiere, seconde) != self.lignes:
            self.lignes = (premiere, seconde)
            self.updateGeometry()
        if style != self._style:
            self._style = style
            self.setStyleSheet(style)
        complet = complet or f"{premiere} — {seconde}"
        self.setToolTip(en_clair(complet))
        self.setAccessibleName(complet)
        self._abreger()

    def _abreger(self) -> None:
        # contentsRect() ôte déjà la bordure et la marge de la feuille de style (ses contentsMargins)
        largeur = max(self.contentsRect().width() - 2, 40)
        mesure = self.fontMetrics()
        self.setText("\n".join(mesure.elidedText(l, Qt.TextElideMode.ElideRight, largeur) for l in self.lignes))

    def minimumSizeHint(self):
        """Assez large pour ses deux lignes en entier (un numéro, un mot) : rien ne s'abrège;
        s'il le faut, le bandeau défile."""
        taille = super().minimumSizeHint()
        mesure = self.fontMetrics()
        taille.setWidth(max(mesure.averageCharWidth() * 8, *(mesure.horizontalAdvance(l) + 30 for l in self.lignes)))
        return taille

    def sizeHint(self):
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._abreger()

    def mousePressEvent(self, event) -> None:
        self.clic.emit(self.position)
        super().mousePressEvent(event)


class BandeauOrdreDuJour(QScrollArea):
    """Les cases de l'ordre du jour (``etapes`` : une par service, puis le sommaire), dans une
    bande qui défile à l'horizontale. ``clic`` : la position de la case cliquée."""

    clic = Signal(int)

    def __init__(self, cases: int, police: QFont, parent=None):
        super().__init__(parent)
        self.setObjectName("bandeauOrdreDuJour")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bande = QWidget(self)
        ligne = QHBoxLayout(bande)
        ligne.setContentsMargins(0, 0, 0, 0)
        ligne.setSpacing(8)
        self.etapes: list[_EtapeOrdre] = []
        for position in range(cases):
            etape = _EtapeOrdre(position, bande)
            etape.setObjectName(f"ordre_{position}")
            etape.setFont(police)    # explicite : la feuille de style changeante ne la remet pas à la petite
            etape.clic.connect(self.clic)
            ligne.addWidget(etape, 1)
            self.etapes.append(etape)
        self.setWidget(bande)

    def changer_police(self, police: QFont) -> None:
        for etape in self.etapes:
            etape.setFont(police)
            etape.updateGeometry()

    def definir(self, cases: list[tuple[str, str, bool, str]], courante: int) -> None:
        """Chaque case (ses deux lignes, l'examen fini ou non, le texte complet de l'infobulle),
        la case ``courante`` marquée; la hauteur juste assez pour les cases (et la barre de
        défilement si elles débordent), la case courante en vue."""
        for position, (etape, (premiere, seconde, fini, complet)) in enumerate(zip(self.etapes, cases)):
            actuelle = position == courante
            etape.definir(("▶ " if actuelle else "") + premiere, seconde,
                          STYLE_ETAPE_COURANTE if actuelle else STYLE_ETAPE_FINIE if fini else STYLE_ETAPE, complet)
        bande = self.widget()
        deborde = bande.minimumSizeHint().width() > self.viewport().width() > 0
        barre = self.horizontalScrollBar().sizeHint().height() if deborde else 0
        self.setFixedHeight(max(e.sizeHint().height() for e in self.etapes) + barre)
        if 0 <= courante < len(self.etapes):
            self.ensureWidgetVisible(self.etapes[courante])
