"""Le budget du démarrage : ce qui peut être chargé avant le premier affichage de la fenêtre.

La vraie commande (``python -m gesserv_bureau --essai-demarrage``) s'ouvre sur une base
existante; ``-X importtime`` écrit chaque module chargé sur la sortie d'erreur, au moment où il
l'est, et la fenêtre écrit « fenêtre prête » sur la même sortie une fois montrée et dessinée :
ce qui précède est ce que le premier affichage a coûté. Les rapports (Typst, reportlab, pikepdf,
Word, PowerPoint), la signature (pyHanko, cryptography), les classeurs, sqlite-utils (les
écritures), la ligne de commande complète, les assistants, et les modules que les raccourcis
du démarrage évitent (json, socket, hashlib, importlib.metadata : voir ``stockage/
table_inventaire``, ``stockage/verrou``, ``stockage/base``, ``gesserv_bureau/__init__``)
viennent après, quand on s'en sert. ``tests/banc_essai.py`` mesure le temps lui-même (≤ 1,5 fois
une fenêtre PySide6 nue)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gesserv_bureau.cas import repertoire
from gesserv_bureau.stockage.base import ouvrir

from outils_tests import RACINE

MARQUE = "essai-demarrage : fenêtre prête"

# paquets entiers (le module et tout ce qu'il contient)
INTERDITS = (
    # les rapports et leur signature
    "typst", "reportlab", "pikepdf", "pyhanko", "pyhanko_certvalidator", "cryptography",
    "docx", "pptx", "lxml", "openpyxl", "fontTools",
    # les écritures dans la base (migrations, dépôts complets)
    "sqlite_utils",
    # évités par les raccourcis du démarrage, chacun mesuré
    "json", "socket", "hashlib", "importlib.metadata",
    # l'application : ce qui n'a rien à faire dans le premier affichage
    "gesserv_bureau.cli", "gesserv_bureau.ligne_de_commande",
    "gesserv_bureau.rapports", "gesserv_bureau.cas.production_rapports",
    "gesserv_bureau.cas.sauvegardes", "gesserv_bureau.stockage.sauvegardes",
    "gesserv_bureau.stockage.schema", "gesserv_bureau.stockage.depot_services",
    "gesserv_bureau.stockage.depot_evaluations", "gesserv_bureau.stockage.depot_strategies",
    "gesserv_bureau.interface.assistants", "gesserv_bureau.interface.strategie",
    "gesserv_bureau.interface.seance_examen", "gesserv_bureau.interface.seances",
    "gesserv_bureau.interface.formulaire_service", "gesserv_bureau.interface.formulaire",
    "gesserv_bureau.interface.panneau_sommaire", "gesserv_bureau.interface.tableau_de_bord",
)


def _charges_avant_le_premier_affichage(sortie: str) -> list[str]:
    modules = []
    for ligne in sortie.splitlines():
        if ligne.startswith(MARQUE):
            return modules
        if ligne.startswith("import time:") and "|" in ligne:
            temps, _cumul, module = ligne[len("import time:"):].split("|", 2)
            if temps.strip().isdigit():   # pas l'en-tête « self [us] | cumulative | … »
                modules.append(module.strip())
    pytest.fail(f"la fenêtre ne s'est pas montrée :\n{sortie[-3000:]}")


def _interdit(module: str) -> bool:
    return any(module == paquet or module.startswith(paquet + ".") for paquet in INTERDITS)


@pytest.fixture
def base_existante(tmp_path):
    """La base de tous les jours : déjà créée (pas de migration à faire), avec des services."""
    chemin = tmp_path / "repertoire.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    return chemin


def test_rien_de_lourd_avant_le_premier_affichage(base_existante):
    env = {**os.environ, "GESSERV_BASE": str(base_existante), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    resultat = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "gesserv_bureau", "--essai-demarrage"],
        cwd=RACINE, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120,
    )
    assert resultat.returncode == 0, resultat.stdout[-3000:]
    avant = _charges_avant_le_premier_affichage(resultat.stdout)
    assert "gesserv_bureau.interface.fenetre_principale" in avant   # la mesure voit bien le démarrage
    assert "PySide6.QtWidgets" in avant and "gesserv_bureau.stockage.table_inventaire" in avant
    assert sorted({m for m in avant if _interdit(m)}) == []
    # et ce qui a été évité vient bien ensuite, quand on s'en sert : la copie tournante du jour
    apres = resultat.stdout.split(MARQUE, 1)[1]
    assert "gesserv_bureau.stockage.sauvegardes" in apres


def test_le_budget_reconnait_un_module_interdit():
    sortie = ("import time: self [us] | cumulative | imported package\n"
              "import time:       100 |        100 | json.decoder\n"
              "import time:       100 |        200 |   gesserv_bureau.rapports.types\n"
              "import time:       100 |        100 | gesserv_bureau.rapportsX\n"
              f"{MARQUE} 1.0\n"
              "import time:       100 |        100 | reportlab\n")
    avant = _charges_avant_le_premier_affichage(sortie)
    assert avant == ["json.decoder", "gesserv_bureau.rapports.types", "gesserv_bureau.rapportsX"]
    assert [m for m in avant if _interdit(m)] == ["json.decoder", "gesserv_bureau.rapports.types"]
