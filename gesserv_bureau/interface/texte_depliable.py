"""Un texte de la ligne directrice là où la place manque : sa première phrase, puis un lien
« suite › » qui déplie le reste (et « ‹ réduire » qui le replie). Jamais coupé sans le dire : le
texte entier est toujours à un clic, et un texte d'une seule phrase est montré tel quel."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel

# Une fin de phrase : un point, un point d'interrogation ou d'exclamation suivi d'une espace et
# d'une majuscule (« p. ex., les… » et « c.-à-d. » ne coupent pas), ou un saut de ligne.
_FIN_DE_PHRASE = re.compile(r"(?<=[.?!])[ \u00a0]+(?=[«(\"A-ZÀ-ÖØ-ÞŒ])|\n+")

DEPLIER, REPLIER = "deplier:", "replier:"


def premiere_phrase(texte: str) -> tuple[str, str]:
    """(la première phrase, le reste) — le reste est vide pour un texte d'une seule phrase."""
    texte = texte.strip()
    m = _FIN_DE_PHRASE.search(texte)
    if m is None:
        return texte, ""
    return texte[: m.start()], texte[m.end():]


def libelles_suite() -> tuple[str, str]:
    """Les mots des deux liens, dans la langue de l'interface."""
    return (QCoreApplication.translate("TexteDepliable", "suite ›"),
            QCoreApplication.translate("TexteDepliable", "‹ réduire"))


def _html(texte: str) -> str:
    return html.escape(texte, quote=False).replace("\n", "<br>")


def html_depliable(texte: str, cle: str, deplie: bool) -> str:
    """Le texte en HTML : entier avec « ‹ réduire », ou sa première phrase avec « suite › »;
    les liens portent ``deplier:cle`` ou ``replier:cle``."""
    debut, reste = premiere_phrase(texte)
    if not reste:
        return _html(texte.strip())
    suite, reduire = (html.escape(m).replace(" ", "&nbsp;") for m in libelles_suite())   # d'un bloc
    if deplie:
        return f'{_html(texte.strip())} <a href="{REPLIER}{cle}">{reduire}</a>'
    return f'{_html(debut)} <a href="{DEPLIER}{cle}">{suite}</a>'


class TexteDepliable(QLabel):
    """Une étiquette qui montre un seul texte, replié sur sa première phrase ou déplié."""

    bascule = Signal(bool)   # déplié ?

    def __init__(self, parent=None, deplie: bool = False):
        super().__init__(parent)
        self._texte = ""
        self._deplie = deplie
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._lien)

    def montrer(self, texte: str) -> None:
        self._texte = texte
        self._afficher()

    def texte_entier(self) -> str:
        return self._texte

    def deplier(self, deplie: bool = True) -> None:
        if deplie != self._deplie:
            self._deplie = deplie
            self._afficher()
            self.bascule.emit(deplie)

    def _lien(self, lien: str) -> None:
        self.deplier(lien.startswith(DEPLIER))

    def _afficher(self) -> None:
        self.setText(html_depliable(self._texte, "texte", self._deplie) if self._texte else "")
        self.setVisible(bool(self._texte))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._afficher()
        super().changeEvent(event)
