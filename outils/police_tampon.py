"""La police du tampon de signature : ``ressources/polices/GesservTampon.ttf``.

    python outils/police_tampon.py            # (re)fabrique le fichier à partir de DejaVuSans.ttf

Pourquoi une copie : pyHanko écrit le texte du tampon visible d'une signature avec le moteur
OpenType (HarfBuzz); avec DejaVu Sans telle quelle (2048 unités par cadratin), les espaces
entre les lettres du tampon sortent faussés. Une copie ramenée à 1000 unités par cadratin, la
grille des polices PDF, s'affiche juste.

Pourquoi un autre nom : la licence Bitstream Vera (``ressources/polices/LICENCE-DejaVu.txt``)
permet de modifier la police à condition que la copie modifiée ne porte ni « Bitstream » ni
« Vera » dans son nom; la copie s'appelle donc « Gesserv Tampon ». Les mentions de droit
d'auteur et de licence (noms 0, 13 et 14) sont gardées telles quelles, comme la licence le
demande.

The signature stamp font: DejaVu Sans rescaled to 1000 units per em with fontTools (the 2048-unit
original comes out mis-spaced in pyHanko's stamp) and renamed "Gesserv Tampon", as the Bitstream
Vera licence requires of modified copies; copyright and licence name records are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

RACINE = Path(__file__).resolve().parent.parent
SOURCE = RACINE / "ressources" / "polices" / "DejaVuSans.ttf"
CIBLE = RACINE / "ressources" / "polices" / "GesservTampon.ttf"

UNITES_PAR_CADRATIN = 1000
FAMILLE = "Gesserv Tampon"
STYLE = "Regular"
NOM_POSTSCRIPT = "GesservTampon-Regular"
DESCRIPTION = (
    "Gesserv Tampon : copie modifiée de DejaVu Sans (remise à 1000 unités par cadratin et "
    "renommée) pour le tampon de signature de gesserv-bureau. Modified copy of DejaVu Sans "
    "(rescaled to 1000 units per em and renamed) for the gesserv-bureau signature stamp."
)

# nameID -> texte; les autres noms (0 droit d'auteur, 13 licence, 14 adresse de la licence,
# 8 fabricant, 11 adresse du fabricant) restent ceux de DejaVu Sans.
NOUVEAUX_NOMS = {
    1: FAMILLE,
    2: STYLE,
    3: f"{NOM_POSTSCRIPT};gesserv-bureau",
    4: f"{FAMILLE} {STYLE}",
    6: NOM_POSTSCRIPT,
    10: DESCRIPTION,
    16: FAMILLE,
    17: STYLE,
}
# noms retirés : ils reprendraient le nom d'origine (nom complet compatible Mac, etc.)
NOMS_RETIRES = (18, 21, 22)
INTERDITS = ("bitstream vera", "vera sans", "dejavu sans", "dejavusans")


def fabriquer(source: Path = SOURCE, cible: Path = CIBLE) -> Path:
    police = TTFont(str(source), recalcTimestamp=False)
    scale_upem(police, UNITES_PAR_CADRATIN)
    # Les instructions de hinting TrueType sont écrites pour la grille d'origine : retirées
    # (le tampon est affiché à l'écran et imprimé par le lecteur PDF, qui n'en a pas besoin).
    for table in ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "FFTM"):
        if table in police:
            del police[table]
    if "glyf" in police:
        for nom in police.getGlyphOrder():
            glyphe = police["glyf"][nom]
            if hasattr(glyphe, "program"):
                from fontTools.ttLib.tables import ttProgram

                glyphe.program = ttProgram.Program()
                glyphe.program.fromBytecode(b"")
    if "gasp" in police:
        # sans hinting : lissage à toutes les tailles
        police["gasp"].gaspRange = {0xFFFF: 0x000A}
    if "maxp" in police and police["maxp"].tableVersion >= 0x00010000:
        maxp = police["maxp"]
        maxp.maxFunctionDefs = maxp.maxInstructionDefs = maxp.maxStackElements = 0
        maxp.maxSizeOfInstructions = maxp.maxTwilightPoints = maxp.maxStorage = 0
        maxp.maxZones = 1

    table_noms = police["name"]
    table_noms.names = [n for n in table_noms.names if n.nameID not in NOMS_RETIRES]
    for id_nom, texte in NOUVEAUX_NOMS.items():
        table_noms.removeNames(nameID=id_nom)
        table_noms.setName(texte, id_nom, 3, 1, 0x409)   # Windows, Unicode BMP, anglais
        table_noms.setName(texte, id_nom, 1, 0, 0)       # Macintosh, Roman, anglais
    police["OS/2"].achVendID = "    "
    if "CFF " in police:  # pragma: no cover - DejaVu Sans est une police TrueType
        raise SystemExit("police CFF inattendue")

    verifier_noms(police)
    cible.parent.mkdir(parents=True, exist_ok=True)
    police.save(str(cible))
    return cible


def verifier_noms(police: TTFont) -> None:
    """Aucun nom d'identification (1 à 6, 16, 17) ne reprend le nom d'origine."""
    for enregistrement in police["name"].names:
        if enregistrement.nameID in (1, 2, 3, 4, 6, 16, 17):
            texte = enregistrement.toUnicode().lower()
            if any(mot in texte for mot in INTERDITS) or "vera" in texte or "bitstream" in texte:
                raise SystemExit(f"nom {enregistrement.nameID} encore d'origine : {texte}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    cible = Path(argv[0]) if argv else CIBLE
    chemin = fabriquer(SOURCE, cible)
    police = TTFont(str(chemin))
    print(f"{chemin} : {police['name'].getDebugName(4)}, {police['head'].unitsPerEm} unités par cadratin, "
          f"{len(police.getGlyphOrder())} glyphes, {chemin.stat().st_size} octets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
