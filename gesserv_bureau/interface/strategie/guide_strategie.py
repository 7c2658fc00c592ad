"""Le volet du guide de la fenêtre d'une stratégie : pour la section choisie, le guide de
2.5.4, la mise à jour annuelle (2.5.5) s'il y a lieu, puis les définitions et leur note. Le
volet est étroit : chaque texte y est replié sur sa première phrase, avec « suite › » qui le
déplie; les textes que l'utilisateur a dépliés restent dépliés."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.interface.texte_depliable import DEPLIER, REPLIER, html_depliable
from gesserv_bureau.referentiel import strategie as ref


class GuideStrategie:
    """Le guide de ``FenetreStrategie`` (à mettre avant ``QDialog`` dans ses bases)."""

    def _construire_guide(self) -> QScrollArea:
        self.guide = QLabel(self)
        self.guide.setObjectName("guideSection")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)   # le gras du guide; le titre de l'utilisateur, échappé
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.guide.setOpenExternalLinks(False)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.guide.linkActivated.connect(self._lien_guide)
        self._deplies: set[str] = set()   # les clés des textes dépliés par l'utilisateur
        self._section_guide: dict | None = None
        self.guide.setStyleSheet("color: #3d3d3d; background: #f3f6f9; padding: 8px;")
        defile = QScrollArea(self)
        self.defile_guide = defile
        defile.setWidgetResizable(True)
        defile.setWidget(self.guide)
        return defile

    def _actualiser_guide(self, s: dict) -> None:
        """Le guide de 2.5.4 pour la section, la mise à jour annuelle (2.5.5) s'il y a lieu, puis
        les définitions et leur note : chaque texte replié sur sa première phrase, suivie de
        « suite › » qui déplie le reste, ou déplié avec « ‹ réduire » (jamais coupé sans le dire)."""
        self._section_guide = s
        langue = self.langue
        type_ = ref.PAR_CODE.get(s["type"])

        def bloc(cle: str, texte: str, terme: str = "") -> str:
            corps = html_depliable(texte, cle, cle in self._deplies)
            return (f"<b>{html.escape(terme)}</b><br>" if terme else "") + corps

        morceaux = [f"<b>{html.escape(regles.titre_section(s, langue))}</b>"]
        for e in (type_.guide if type_ is not None else ()):
            morceaux.append(bloc(f"guide:{e.code}", e.texte.texte(langue), e.terme.texte(langue)))
        if self.st.type == "mise_a_jour":
            morceaux.append(bloc("mise_a_jour", ref.MISE_A_JOUR.texte(langue)))
        morceaux.append(f"<b>{html.escape(ref.TITRE_DEFINITIONS.texte(langue))} (2.5.5)</b>")
        morceaux.extend(bloc(f"definition:{d.code}", d.texte.texte(langue), d.terme.texte(langue))
                        for d in ref.DEFINITIONS)
        morceaux.append(bloc("nota", ref.NOTE_DEFINITIONS.texte(langue)))
        self.guide.setText("<br><br>".join(morceaux))

    def _lien_guide(self, lien: str) -> None:
        """« suite › » ou « ‹ réduire » dans le guide : bascule ce texte-là, et lui seul."""
        cle = lien.split(":", 1)[1] if lien.startswith((DEPLIER, REPLIER)) else ""
        if not cle:
            return
        if lien.startswith(DEPLIER):
            self._deplies.add(cle)
        else:
            self._deplies.discard(cle)
        if self._section_guide is not None:
            self._actualiser_guide(self._section_guide)
