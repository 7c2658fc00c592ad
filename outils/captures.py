"""Captures d'écran de chaque fenêtre et dialogue (``tests/catalogue_ecrans.py``), hors écran, sur la
base de démonstration avec tous ses dossiers, à chaque taille d'écran et dans chaque langue :

    QT_QPA_PLATFORM=offscreen python outils/captures.py [dossier] [--langues fr,en] [--ecrans 1366x768,1280x720]
        [--seulement principale,strategie]

Une image par écran, taille et langue : ``NOM_TAILLE_LANGUE.png``. À regarder une à une.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RACINE = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(RACINE), str(RACINE / "tests")]
travail = Path(tempfile.mkdtemp(prefix="gesserv-captures-"))
os.environ["GESSERV_PREFERENCES"] = str(travail / "preferences.ini")

from catalogue_ecrans import ECRANS, MARGE_HAUTEUR, fabriques, preparer_base  # noqa: E402

from gesserv_bureau.interface.app import creer_application  # noqa: E402


def patienter(app, ms: int) -> None:
    fin = time.monotonic() + ms / 1000
    while time.monotonic() < fin:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parseur = argparse.ArgumentParser()
    parseur.add_argument("dossier", nargs="?", default="captures")
    parseur.add_argument("--langues", default="fr,en")
    parseur.add_argument("--ecrans", default="1366x768,1280x720")
    parseur.add_argument("--seulement", default="")
    args = parseur.parse_args()
    sortie = Path(args.dossier)
    sortie.mkdir(parents=True, exist_ok=True)
    base, dossiers = preparer_base(travail / "demo.sqlite")
    seulement = set(filter(None, args.seulement.split(",")))
    n = 0
    for langue in args.langues.split(","):
        app, traductions = creer_application(langue)
        for nom, fabrique in fabriques(base, dossiers, traductions).items():
            if seulement and nom not in seulement:
                continue
            for ecran in args.ecrans.split(","):
                largeur, hauteur = ECRANS[ecran]
                widget = fabrique()
                widget.resize(largeur, hauteur - MARGE_HAUTEUR)
                widget.show()
                patienter(app, 400 if nom == "principale" else 80)
                widget.grab().save(str(sortie / f"{nom}_{ecran}_{langue}.png"))
                n += 1
                widget.close()
                widget.deleteLater()
                patienter(app, 20)
        traductions.retirer()
    base.fermer()
    print(f"{n} captures dans {sortie}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
