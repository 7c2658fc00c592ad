"""Les couches pointent vers le bas : le domaine, le référentiel, le stockage et les cas
d'utilisation se chargent sans Qt (la conception le demande; la plupart des tests en dépendent)."""

from __future__ import annotations

import subprocess
import sys

from outils_tests import RACINE

MODULES_SANS_QT = [
    "gesserv_bureau.formats",
    "gesserv_bureau.referentiel.codes",
    "gesserv_bureau.referentiel.elements",
    "gesserv_bureau.referentiel.messages",
    "gesserv_bureau.referentiel.outil_1a",
    "gesserv_bureau.referentiel.exemples_1a",
    "gesserv_bureau.referentiel.donnees_ouvertes",
    "gesserv_bureau.referentiel.messages_import",
    "gesserv_bureau.referentiel.messages_qualite",
    "gesserv_bureau.domaine.fichier_csv",
    "gesserv_bureau.domaine.conversion_gc",
    "gesserv_bureau.domaine.importation",
    "gesserv_bureau.domaine.exportation",
    "gesserv_bureau.domaine.norme",
    "gesserv_bureau.domaine.qualite",
    "gesserv_bureau.domaine.tableau_de_bord",
    "gesserv_bureau.domaine.evaluations",
    "gesserv_bureau.domaine.echange_evaluations",
    "gesserv_bureau.referentiel.outil_1b",
    "gesserv_bureau.referentiel.outil_2a",
    "gesserv_bureau.referentiel.messages_evaluations",
    "gesserv_bureau.referentiel.messages_echange",
    "gesserv_bureau.domaine.activite",
    "gesserv_bureau.domaine.exercice",
    "gesserv_bureau.domaine.recherche",
    "gesserv_bureau.domaine.service",
    "gesserv_bureau.domaine.services_electroniques",
    "gesserv_bureau.domaine.sommaire",
    "gesserv_bureau.domaine.validation",
    "gesserv_bureau.stockage.base",
    "gesserv_bureau.stockage.depot_services",
    "gesserv_bureau.stockage.depot_activites",
    "gesserv_bureau.stockage.depot_normes",
    "gesserv_bureau.stockage.depot_evaluations",
    "gesserv_bureau.stockage.depot_echanges",
    "gesserv_bureau.stockage.sauvegardes",
    "gesserv_bureau.cas.repertoire",
    "gesserv_bureau.cas.donnees_ouvertes",
    "gesserv_bureau.cas.statistiques",
    "gesserv_bureau.cas.evaluer",
    "gesserv_bureau.cas.transferts",
    "gesserv_bureau.cas.demonstration",
    "gesserv_bureau.cas.profils",
    "gesserv_bureau.cas.production_rapports",
]


def test_couches_sans_qt_ni_sql_dans_le_domaine():
    programme = (
        "import sys, importlib\n"
        f"for m in {MODULES_SANS_QT!r}:\n"
        "    importlib.import_module(m)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT=' + ','.join(qt))\n"
    )
    resultat = subprocess.run(
        [sys.executable, "-c", programme], cwd=RACINE, capture_output=True, text=True, timeout=120
    )
    assert resultat.returncode == 0, resultat.stderr
    assert "QT=\n" in resultat.stdout, f"Qt importé par une couche basse : {resultat.stdout}"


def test_domaine_et_referentiel_sans_sql():
    dossiers = [RACINE / "gesserv_bureau" / "domaine", RACINE / "gesserv_bureau" / "referentiel"]
    fautifs = [
        str(f.relative_to(RACINE))
        for d in dossiers
        for f in d.glob("*.py")
        if any(mot in f.read_text(encoding="utf-8") for mot in ("import sqlite3", "sqlite_utils", "PySide6"))
    ]
    assert fautifs == []
