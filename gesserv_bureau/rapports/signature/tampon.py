"""Le tampon visible d'une signature : nom du signataire, date, « Signé numériquement /
Digitally signed », écrit en « Gesserv Tampon » dans le champ signé.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.chemins import dossier_ressources
from gesserv_bureau.referentiel import messages_signature as messages

POLICE_TAMPON = "GesservTampon.ttf"
TAILLE_TAMPON = 8


def chemin_police_tampon() -> Path:
    """``ressources/polices/GesservTampon.ttf`` (fabriquée par ``outils/police_tampon.py``)."""
    return dossier_ressources() / "polices" / POLICE_TAMPON


def style_tampon():
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(
        stamp_text="%(signataire)s\n%(date)s\n" + messages.TAMPON,
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(chemin_police_tampon()), font_size=TAILLE_TAMPON),
            font_size=TAILLE_TAMPON,
            leading=TAILLE_TAMPON + 2,
            # sans la marge de 10 points par défaut autour du texte : le champ du bloc
            # d'approbation fait 16 mm de haut, trois lignes de 8 points y tiennent sans réduction
            box_layout_rule=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID, margins=Margins.uniform(1),
            ),
        ),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID, margins=Margins.uniform(6),
        ),
        border_width=1,
        border_color=(0.16, 0.29, 0.42),
        background=None,
    )
