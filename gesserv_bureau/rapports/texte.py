"""Le texte des rapports : une langue ou les deux (bilingue), et la typographie française
(espaces insécables U+00A0 avant : ; ? ! % et dans les guillemets — reportlab coupe à U+202F)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from gesserv_bureau.formats import nombre, pourcentage  # noqa: F401 — les mêmes que l'interface

LANGUES = ("fr", "en", "bilingue")

_AVANT = re.compile(r"[ \u202f]([:;?!%»])")
_APRES = re.compile(r"(«)[ \u202f]")
_MILLIERS = re.compile(r"(?<=\d)[ \u202f](?=\d{3}\b)")


def typographie(texte: str) -> str:
    """Les espaces avant la ponctuation haute et dans les guillemets deviennent insécables."""
    texte = _AVANT.sub("\u00a0\\1", texte)
    texte = _APRES.sub("\\1\u00a0", texte)
    return _MILLIERS.sub("\u00a0", texte)


def t(fr: str, en: str, langue: str, separateur: str = " / ") -> str:
    """Le texte dans la langue du rapport; en bilingue, le français puis l'anglais."""
    if langue == "en":
        return en
    if langue == "bilingue":
        return typographie(fr) + separateur + en if fr != en else en
    return typographie(fr)


def x(texte: str) -> str:
    """Échappé pour un Paragraph reportlab (mini-XML), les sauts de ligne gardés."""
    return escape(texte or "").replace("\n", "<br/>")


def langue_texte(langue: str) -> str:
    """La langue d'un libellé du référentiel : le français en bilingue (l'anglais suit)."""
    return "en" if langue == "en" else "fr"


def libelle(lib, langue: str, separateur: str = " / ") -> str:
    """Un ``Libelle`` du référentiel dans la langue du rapport."""
    return t(lib.texte("fr"), lib.texte("en"), langue, separateur)


_CONTROLES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def sans_controles(texte: str) -> str:
    """Chaque caractère de contrôle invisible (nul, tabulation verticale, saut de page…), que Word
    et le XML refusent, écrit en clair : « [U+000B] ». Rien n'est retiré en silence."""
    if not _CONTROLES.search(texte):
        return texte
    return _CONTROLES.sub(lambda m: f"[U+{ord(m.group()):04X}]", texte)


def lisible(texte: str, couverts: frozenset[int]) -> str:
    """Le texte, chaque caractère que la police n'a pas (idéogramme, émoji…) écrit en clair :
    « [U+6F22] » — le rapport se produit toujours, et rien n'est perdu en silence."""
    if texte.isascii() and not _CONTROLES.search(texte):
        return texte
    if all(ord(c) in couverts or c == "\n" for c in texte):
        return texte
    return "".join(c if c == "\n" or ord(c) in couverts else f"[U+{ord(c):04X}]" for c in texte)
