"""Banc d'essai de l'import des données ouvertes (pas un test chronométré).

    python tests/banc_import.py [--lignes 20000] [--repetitions 3]

Fabrique un fichier de 20 000 services au format actuel (46 colonnes, avec des cellules sur
plusieurs lignes, des codes joints par des virgules, NA et ND), puis mesure, en alternance dans
la même exécution :
- ``sqlite-utils insert db services FICHIER --csv`` (la référence);
- ``gesserv-bureau importer FICHIER`` (lecture, vérification de chaque ligne, conversion vers les
  18 éléments, écriture tout ou rien avec le journal), dans une base neuve;
- puis le réimport du même fichier dans chacune de ces bases (rien ne change : ni le journal, ni
  l'heure de modification d'aucun service; vérifié).
Affiche le rapport des deux premières durées (cible : ≤ 2), le nombre de lignes par seconde, et
le rapport du réimport au premier import (cible : ≤ 1/3); sort en erreur si l'une des deux
cibles est manquée. Médianes des répétitions (la machine peut servir à autre chose en même temps).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(RACINE), str(RACINE / "tests")]   # ce code-ci, et les aides des tests


def fabriquer(chemin: Path, nombre: int) -> None:
    from fichiers_gc import ecrire, ligne_actuelle, texte_csv
    from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_ACTUELLES

    types = ["GNC", "RES", "INFO", "APIR,PPI", "LRP", "CER", "REG_VOL"]
    lignes = []
    for i in range(nombre):
        lignes.append(ligne_actuelle(
            fiscal_yr="2023-2024" if i % 2 else "2022-2023",
            service_id=f"SRV{i:05d}",
            service_name_en=f"Service {i}", service_name_fr=f"Service nº {i} — délivrance",
            service_type=types[i % len(types)],
            service_scope="EXTERN" if i % 3 else "ENTERPRISE",
            num_applications_online=str(i * 7 % 10000) if i % 5 else "ND",
            num_applications_in_person=str(i % 300),
            num_applications_total="",
        ))
    ecrire(chemin, texte_csv(COLONNES_ACTUELLES, lignes))


def attendus(nombre: int) -> dict[str, set[str]]:
    """Les numéros d'ID que ``fabriquer`` met dans chaque exercice."""
    par_exercice: dict[str, set[str]] = {}
    for i in range(nombre):
        par_exercice.setdefault("2023-2024" if i % 2 else "2022-2023", set()).add(f"SRV{i:05d}")
    return par_exercice


def verifier_reference(chemin: Path, nombre: int) -> None:
    """``sqlite-utils insert`` a bien écrit une ligne par ligne du fichier."""
    from outils_tests import compter

    n = compter(chemin, "services")
    if n != nombre:
        raise SystemExit(f"{chemin.name} : {n} lignes écrites par sqlite-utils, {nombre} attendues")


def verifier_import(chemin: Path, nombre: int) -> None:
    """L'import a bien écrit chaque service, dans son exercice, avec son numéro d'ID : sinon le
    banc s'arrête (une durée d'import qui n'a rien écrit ne mesure rien)."""
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.stockage.base import ouvrir

    with ouvrir(chemin, rotation=False) as base:
        lus = {e: {l.service_id for l in repertoire.lignes_inventaire(base, e)} for e in repertoire.exercices_connus(base)}
    if lus != attendus(nombre):
        compte = {e: len(ids) for e, ids in lus.items()}
        raise SystemExit(f"{chemin.name} : services écrits {compte}, attendus {nombre} en deux exercices")


def etat_base(chemin: Path) -> tuple[int, list]:
    """Le nombre d'entrées du journal et l'heure de modification de chaque service."""
    import sqlite3

    with sqlite3.connect(chemin) as conn:
        journal = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
        services = conn.execute("SELECT pk, modifie_le FROM service ORDER BY pk").fetchall()
    return journal, services


def chronometrer(commande: list[str], env: dict) -> float:
    debut = time.perf_counter()
    subprocess.run(commande, check=True, capture_output=True, env=env, cwd=RACINE)
    return time.perf_counter() - debut


def main() -> int:
    analyseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analyseur.add_argument("--lignes", type=int, default=20000)
    analyseur.add_argument("--repetitions", type=int, default=3)
    args = analyseur.parse_args()
    import compileall

    compileall.compile_dir(str(RACINE / "gesserv_bureau"), quiet=1)
    sqlite_utils = Path(sys.executable).parent / "sqlite-utils"
    with tempfile.TemporaryDirectory(prefix="gesserv-banc-import-") as dossier:
        dossier = Path(dossier)
        env = {**os.environ, "GESSERV_PREFERENCES": str(dossier / "p.ini"), "QT_QPA_PLATFORM": "offscreen"}
        fichier = dossier / "services.csv"
        fabriquer(fichier, args.lignes)
        print(f"Fichier de {args.lignes} lignes : {fichier.stat().st_size / 1e6:.1f} Mo")
        references, imports = [], []
        for i in range(args.repetitions):
            references.append(chronometrer(
                [str(sqlite_utils), "insert", str(dossier / f"ref{i}.db"), "services", str(fichier), "--csv"], env))
            imports.append(chronometrer(
                [sys.executable, "-m", "gesserv_bureau", "importer", str(fichier), "--base", str(dossier / f"app{i}.sqlite")],
                env))
            verifier_reference(dossier / f"ref{i}.db", args.lignes)
            verifier_import(dossier / f"app{i}.sqlite", args.lignes)
        # le réimport du même fichier dans chaque base : rien ne change, vite
        reimports = []
        for i in range(args.repetitions):
            cible = dossier / f"app{i}.sqlite"
            avant = etat_base(cible)
            reimports.append(chronometrer(
                [sys.executable, "-m", "gesserv_bureau", "importer", str(fichier), "--base", str(cible)], env))
            verifier_import(cible, args.lignes)
            if etat_base(cible) != avant:
                raise SystemExit(f"{cible.name} : le réimport du même fichier a changé la base (journal ou services)")
        print(f"Lignes écrites vérifiées : {args.lignes} par import, dans chaque base; réimports sans changement")
    ref, app, re_app = statistics.median(references), statistics.median(imports), statistics.median(reimports)
    ratio, ratio_reimport = app / ref, re_app / app
    print(f"sqlite-utils insert --csv : {ref:.2f} s (médiane de {args.repetitions})")
    debit = f"{args.lignes / app:,.0f}".replace(",", "\u00a0")
    print(f"gesserv-bureau importer   : {app:.2f} s, soit {debit} lignes par seconde")
    print(f"  rapport : {ratio:.2f}  (cible ≤ 2,00)  {'OK' if ratio <= 2 else 'DÉPASSÉ'}")
    print(f"Réimport du même fichier (rien ne change) : {re_app:.2f} s (médiane de {args.repetitions};"
          f" {', '.join(f'{t:.2f}' for t in reimports)})")
    print(f"  rapport au premier import : {ratio_reimport:.2f}, soit {app / re_app:.1f} fois plus rapide"
          f"  (cible ≤ 0,33)  {'OK' if ratio_reimport <= 1 / 3 else 'DÉPASSÉ'}")
    return 0 if ratio <= 2 and ratio_reimport <= 1 / 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
