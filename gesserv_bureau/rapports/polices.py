"""DejaVu Sans (quatre styles, licence dans ``ressources/polices``), enregistrée pour reportlab
et utilisée pour tout le texte, tableaux compris : aucune police non intégrée (Helvetica)."""

from __future__ import annotations

from functools import lru_cache

from gesserv_bureau.chemins import dossier_ressources

NORMAL, GRAS, ITALIQUE, GRAS_ITALIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"
FICHIERS = {NORMAL: "DejaVuSans.ttf", GRAS: "DejaVuSans-Bold.ttf", ITALIQUE: "DejaVuSans-Oblique.ttf",
            GRAS_ITALIQUE: "DejaVuSans-BoldOblique.ttf"}


@lru_cache(maxsize=1)
def enregistrer() -> str:
    """Enregistre les quatre styles (une fois par processus); renvoie le nom de la famille."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    dossier = dossier_ressources() / "polices"
    for nom, fichier in FICHIERS.items():
        pdfmetrics.registerFont(TTFont(nom, str(dossier / fichier)))
    pdfmetrics.registerFontFamily(NORMAL, normal=NORMAL, bold=GRAS, italic=ITALIQUE, boldItalic=GRAS_ITALIQUE)
    for gras, italique, nom in ((0, 0, NORMAL), (1, 0, GRAS), (0, 1, ITALIQUE), (1, 1, GRAS_ITALIQUE)):
        addMapping(NORMAL, gras, italique, nom)
    return NORMAL


@lru_cache(maxsize=1)
def caracteres_couverts() -> frozenset[int]:
    """Les caractères que les quatre styles de DejaVu Sans savent tous afficher (le PDF balisé
    n'emploie qu'elle, intégrée : PDF/UA)."""
    from fontTools.ttLib import TTFont

    dossier = dossier_ressources() / "polices"
    communs = None
    for fichier in FICHIERS.values():
        police = TTFont(str(dossier / fichier), lazy=True)
        codes = set(police.getBestCmap())
        police.close()
        communs = codes if communs is None else communs & codes
    return frozenset(communs or ())
