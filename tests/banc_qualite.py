"""Banc d'essai du contrôle de la qualité des données (pas un test chronométré).

    python tests/banc_qualite.py [--services 20000] [--normes-par-service 2] [--repetitions 3]

Prépare une base de 20 000 services et 40 000 normes de service, puis mesure, en alternance :
- la lecture seule des services et des normes de la base (la référence : ce que tout contrôle
  doit lire de toute façon);
- le contrôle complet tel que l'onglet Qualité et ``gesserv-bureau qualite`` le font
  (``cas.donnees_ouvertes.verifier_qualite`` : la lecture, puis toutes les règles).
Affiche chaque durée, le nombre de constats et le temps des règles seules; sort en erreur
(code 1) si le contrôle complet dépasse 2 s (issue 17, point 7).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

CIBLE_S = 2.0


def main() -> int:
    analyseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analyseur.add_argument("--services", type=int, default=20000)
    analyseur.add_argument("--normes-par-service", type=int, default=2)
    analyseur.add_argument("--repetitions", type=int, default=3)
    args = analyseur.parse_args()

    from gesserv_bureau.cas import donnees_ouvertes
    from gesserv_bureau.cas.demonstration import services_synthetiques
    from gesserv_bureau.domaine.norme import NormeService
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_normes import DepotNormes
    from gesserv_bureau.stockage.depot_services import DepotServices

    hasard = random.Random(17)
    with tempfile.TemporaryDirectory(prefix="gesserv-banc-qualite-") as dossier:
        base = ouvrir(Path(dossier) / "r.sqlite")
        DepotServices(base).inserer_en_lot(services_synthetiques(args.services))
        services = DepotServices(base).services()
        normes = [NormeService(s.exercice, s.service_id, f"STAN{s.pk:06d}{k}", service_pk=s.pk,
                               volume_conforme=hasard.randint(0, 120), volume_total=hasard.choice([None, 100, 80]))
                  for s in services for k in range(args.normes_par_service)]
        DepotNormes(base).importer(normes)   # comme l'import du fichier des normes
        nombre_normes = len(DepotNormes(base).pour_exercice(None))

        def lecture():
            return DepotServices(base).services(), DepotNormes(base).pour_exercice(None)

        def controle():
            return donnees_ouvertes.verifier_qualite(base)

        mesures = {"lecture": [], "controle": []}
        constats = controle()   # les modules chargés une fois, comme dans l'application
        for _ in range(args.repetitions):
            for nom, fonction in (("lecture", lecture), ("controle", controle)):
                debut = time.perf_counter()
                fonction()
                mesures[nom].append(time.perf_counter() - debut)
        base.fermer()
    m = {nom: statistics.median(v) for nom, v in mesures.items()}
    print(f"Base : {args.services} services, {nombre_normes} normes de service")
    print(f"Lecture des services et des normes (référence) : {m['lecture']:.2f} s (médiane de {args.repetitions})")
    print(f"Contrôle complet (lecture et règles)            : {m['controle']:.2f} s, {len(constats)} constats; "
          f"règles seules {m['controle'] - m['lecture']:.2f} s; rapport à la lecture {m['controle'] / m['lecture']:.2f}  "
          f"(cible ≤ {CIBLE_S:.0f} s)  {'OK' if m['controle'] <= CIBLE_S else 'DÉPASSÉ'}")
    return 0 if m["controle"] <= CIBLE_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
