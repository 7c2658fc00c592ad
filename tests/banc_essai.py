"""Banc d'essai de la fenêtre principale sur 20 000 services (pas un test chronométré).

    python tests/banc_essai.py [--services 20000] [--repetitions 5]

Mesure et affiche :
- le démarrage, du lancement du processus à une fenêtre utilisable (la table montre sa première
  page; les 20 000 lignes suivent d'un fil de travail, la fenêtre restant utilisable), par la
  commande sans option, comme un utilisateur la lance (base et préférences aux endroits par
  défaut de platformdirs, ici dans des dossiers XDG temporaires; la langue du système),
  comparé au démarrage d'une fenêtre PySide6 nue mesuré dans la même exécution, en alternance
  (cible : rapport ≤ 1,5);
- une frappe dans le filtre de la table, médiane (cible : ≤ 50 ms);
- la mémoire de pointe du processus de l'application (cible : ≤ 250 Mo).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent

_FENETRE_NUE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1440, 900); w.show()
app.processEvents()
print(time.time())
"""


_FILTRE = """
import json, resource, statistics, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from gesserv_bureau.interface.app import creer_application
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale
app, traductions = creer_application("fr")
base = ouvrir(sys.argv[1])
w = FenetrePrincipale(base, traductions); w.show(); app.processEvents()
debut = limite = time.monotonic()
limite += 30
while not w.modele.chargement_complet() and time.monotonic() < limite:  # les 20 000 lignes
    app.processEvents(); time.sleep(0.005)
tout = time.monotonic() - debut
assert w.modele.rowCount() == w.modele.nombre_total() > 200
champ = w.filtre.recherche
durees = []
for texte in ("permis agricole", "licence 12", "deglacage", "srv001"):
    champ.clear(); app.processEvents()
    for lettre in texte:
        debut = time.perf_counter()
        QTest.keyClick(champ, lettre)
        app.processEvents()
        w.table.viewport().repaint()
        durees.append(time.perf_counter() - debut)
    for _ in texte:
        debut = time.perf_counter()
        QTest.keyClick(champ, Qt.Key.Key_Backspace)
        app.processEvents()
        w.table.viewport().repaint()
        durees.append(time.perf_counter() - debut)
pic = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"durees": durees, "pic_ko": pic, "lignes": w.modele.nombre_total(), "tout": tout}))
base.fermer()
"""


def preparer_base(chemin: Path, nombre: int) -> None:
    from gesserv_bureau.cas.demonstration import services_synthetiques
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_services import DepotServices

    with ouvrir(chemin) as base:
        DepotServices(base).inserer_en_lot(services_synthetiques(nombre))


def demarrage(*commande: str, env: dict | None = None) -> float:
    """Du lancement du processus à la fenêtre utilisable (l'horloge murale, comme l'utilisateur) :
    le processus écrit l'heure à laquelle sa fenêtre est montrée."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    lancement = time.time()
    sortie = subprocess.run([sys.executable, *commande], capture_output=True, text=True, env=env,
                            cwd=RACINE, check=True).stdout
    return float(sortie.strip().splitlines()[-1].split()[-1]) - lancement


def executer(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    resultat = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                              env=env, cwd=RACINE, check=True)
    return resultat.stdout.strip().splitlines()[-1]


def main() -> int:
    analyseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analyseur.add_argument("--services", type=int, default=20000)
    analyseur.add_argument("--repetitions", type=int, default=5)
    args = analyseur.parse_args()

    # Comme une fois installé (pip et PyInstaller compilent le code) : le bytecode est à jour,
    # même si PYTHONDONTWRITEBYTECODE empêche Python de l'écrire lui-même.
    import compileall

    compileall.compile_dir(str(RACINE / "gesserv_bureau"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="gesserv-banc-") as dossier:
        # Comme un utilisateur qui lance l'application sans option : la base et les préférences
        # aux endroits par défaut (platformdirs), ici dans des dossiers XDG temporaires, jamais
        # ceux de l'utilisateur; la langue, celle du système.
        os.environ.pop("GESSERV_PREFERENCES", None)
        os.environ.pop("GESSERV_BASE", None)
        os.environ.pop("GESSERV_LANGUE", None)
        os.environ.update(XDG_DATA_HOME=str(Path(dossier) / "donnees"), XDG_CONFIG_HOME=str(Path(dossier) / "config"),
                          LANG="fr_CA.UTF-8")
        from gesserv_bureau.chemins import chemin_base

        chemin = chemin_base()
        chemin.parent.mkdir(parents=True)
        debut = time.perf_counter()
        preparer_base(chemin, args.services)
        print(f"Base de {args.services} services préparée en {time.perf_counter() - debut:.1f} s "
              f"({chemin.stat().st_size / 1e6:.1f} Mo), à l'endroit par défaut")
        application = ("-m", "gesserv_bureau", "--essai-demarrage")
        demarrage(*application)  # première ouverture : la copie de sécurité du jour
        nues, apps = [], []
        for _ in range(args.repetitions):   # alternées, pour partager le bruit de la machine
            nues.append(demarrage("-c", _FENETRE_NUE))
            apps.append(demarrage(*application))
        nue, app = statistics.median(nues), statistics.median(apps)
        mesures = json.loads(executer(_FILTRE, str(chemin)))

    frappe = statistics.median(mesures["durees"]) * 1000
    pire = max(mesures["durees"]) * 1000
    pic = mesures["pic_ko"] / 1024
    ratio = app / nue
    print(f"Démarrage, fenêtre PySide6 nue : {nue * 1000:.0f} ms (médiane de {args.repetitions})")
    print(f"Démarrage, gesserv-bureau (la vraie commande, sans option, {mesures['lignes']} services) : {app * 1000:.0f} ms")
    print(f"  rapport démarrage : {ratio:.2f}  (cible ≤ 1,50)  {'OK' if ratio <= 1.5 else 'DÉPASSÉ'}")
    print(f"  les {mesures['lignes']} lignes dans la table {mesures['tout'] * 1000:.0f} ms après le premier affichage"
          " (fil de travail; la fenêtre reste utilisable)")
    print(f"Frappe dans le filtre : médiane {frappe:.1f} ms, pire {pire:.1f} ms sur {len(mesures['durees'])} frappes"
          f"  (cible ≤ 50 ms)  {'OK' if frappe <= 50 else 'DÉPASSÉ'}")
    print(f"Mémoire de pointe : {pic:.0f} Mo  (cible ≤ 250 Mo)  {'OK' if pic <= 250 else 'DÉPASSÉ'}")
    return 0 if ratio <= 1.5 and frappe <= 50 and pic <= 250 else 1


if __name__ == "__main__":
    raise SystemExit(main())
