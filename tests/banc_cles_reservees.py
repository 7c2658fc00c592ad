"""Banc d'essai des clés d'une copie en direct (pas un test chronométré).

    python tests/banc_cles_reservees.py [--services 20000] [--journal 100000] [--fiches 2000]

Une copie de ``--services`` services dont le journal a ``--journal`` entrées, des clés réservées toutes
prises : ``--fiches`` fiches créées sans clé libre (le report à l'exercice suivant en crée autant que de
services). Mesure, côte à côte, le choix de leur clé par ``cles_reservees.hors_reserve`` (le journal
relu depuis sa dernière lecture) et par la référence, qui relit tout le journal de l'entité à chaque
fiche; affiche le rapport, et sort en erreur (code 1) si une fiche coûte plus de 2 ms, ou si le choix
n'est pas au moins 10 fois plus rapide que la référence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gesserv_bureau.domaine.service import Service  # noqa: E402
from gesserv_bureau.stockage import cles_reservees  # noqa: E402
from gesserv_bureau.stockage.base import ouvrir  # noqa: E402
from gesserv_bureau.stockage.depot_services import DepotServices  # noqa: E402

CIBLE_MS, RAPPORT_MIN = 2.0, 10.0


def _reference(db, fiche: str) -> int:
    """Le choix d'avant : tout le journal de l'entité relu à chaque fiche."""
    (plus_haute,) = db.execute(f'SELECT max(pk) FROM "{fiche}"').fetchone()
    (au_journal,) = db.execute("SELECT max(CAST(cle AS INTEGER)) FROM journal WHERE entite = ? "
                               "AND cle GLOB '[0-9]*' AND cle NOT GLOB '*[^0-9]*'", [fiche]).fetchone()
    return max(plus_haute or 0, au_journal or 0) + 1


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--services", type=int, default=20000)
    p.add_argument("--journal", type=int, default=100000)
    p.add_argument("--fiches", type=int, default=2000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as dossier:
        base = ouvrir(Path(dossier) / "copie.sqlite")
        DepotServices(base).inserer_en_lot(Service("2024-2025", nom_fr=f"S{i}") for i in range(args.services))
        with base.ecriture() as db:
            db.conn.executemany("INSERT INTO journal (horodatage, utilisateur, action, entite, cle, libelle) "
                                "VALUES ('2026-12-08', 'banc', 'modification', 'service', ?, '')",
                                [(str(i % args.services + 1),) for i in range(args.journal)])
            cles_reservees.ajouter(db, "service", [args.services + 1])
            cles_reservees.prendre(db, "service")
        mesures = {}
        for nom, choisir in (("référence (tout le journal)", _reference), ("hors_reserve", cles_reservees.hors_reserve)):
            with base.ecriture() as db:
                debut = time.perf_counter()
                for _ in range(args.fiches):
                    choisir(db, "service")
                mesures[nom] = (time.perf_counter() - debut) / args.fiches * 1000
        base.fermer()
    ref, nouveau = mesures["référence (tout le journal)"], mesures["hors_reserve"]
    print(f"clé d'une fiche créée sans clé libre ({args.services} services, {args.journal} entrées au journal, "
          f"{args.fiches} fiches) : référence {ref:.2f} ms, hors_reserve {nouveau:.3f} ms par fiche "
          f"(rapport {ref / nouveau:.0f}; cibles ≤ {CIBLE_MS} ms et ≥ {RAPPORT_MIN:.0f} fois)")
    echec = nouveau > CIBLE_MS or ref / nouveau < RAPPORT_MIN
    print("ÉCHEC" if echec else "cibles tenues")
    return 1 if echec else 0


if __name__ == "__main__":
    raise SystemExit(main())
