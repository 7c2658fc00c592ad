"""Banc d'essai du rapport du répertoire (pas un test chronométré).

    python tests/banc_rapport.py [--services 2000] [--repetitions 5]

Mesure, dans la même exécution et en alternance, le rapport du répertoire de 2 000 services
(gabarit, polices intégrées, sommaire, champs de signature) et un tableau reportlab nu des mêmes
lignes (SimpleDocTemplate + Table, police par défaut). Affiche le rapport des durées
(cible : ≤ 1,5) et les pages produites.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))


def main() -> int:
    analyseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analyseur.add_argument("--services", type=int, default=2000)
    analyseur.add_argument("--repetitions", type=int, default=5)
    args = analyseur.parse_args()

    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.platypus import SimpleDocTemplate, Table

    from gesserv_bureau import application
    from gesserv_bureau.demonstration import services_synthetiques
    from gesserv_bureau.production_rapports import produire
    from gesserv_bureau.rapports import rapport_inventaire
    from gesserv_bureau.rapports.gabarit import MARGE
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_services import DepotServices

    with tempfile.TemporaryDirectory(prefix="gesserv-banc-rapport-") as dossier:
        base = ouvrir(Path(dossier) / "r.sqlite")
        DepotServices(base).inserer_en_lot(services_synthetiques(args.services))
        exercice = application.exercice_par_defaut(base)
        services = DepotServices(base).lignes_rapport(exercice)
        largeur = landscape(letter)[0] - 2 * MARGE
        largeurs = [largeur * x for x in (0.075, 0.25, 0.19, 0.135, 0.15, 0.06, 0.08, 0.06)]
        lignes = rapport_inventaire.lignes_services(services, "fr", largeurs)

        def nu() -> bytes:
            sortie = io.BytesIO()
            SimpleDocTemplate(sortie, pagesize=landscape(letter)).build([Table(lignes, colWidths=largeurs, repeatRows=1)])
            return sortie.getvalue()

        def rapport() -> bytes:
            return produire(base, "inventaire", "fr", exercice=exercice).pdf

        rapport()   # polices chargées une fois, comme dans l'application
        nus, rapports = [], []
        for _ in range(args.repetitions):
            for mesures, fonction in ((nus, nu), (rapports, rapport)):
                debut = time.perf_counter()
                pdf = fonction()
                mesures.append(time.perf_counter() - debut)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
        base.fermer()
    a, b = statistics.median(nus), statistics.median(rapports)
    ratio = b / a
    print(f"Tableau reportlab nu, {args.services} lignes : {a:.2f} s (médiane de {args.repetitions})")
    print(f"Rapport du répertoire, {args.services} services : {b:.2f} s ({pages} pages)")
    print(f"  rapport : {ratio:.2f}  (cible ≤ 1,50)  {'OK' if ratio <= 1.5 else 'DÉPASSÉ'}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
