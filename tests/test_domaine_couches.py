"""Les couches pointent vers le bas : le domaine, le référentiel, le stockage et les cas
d'utilisation se chargent sans Qt (la conception le demande; la plupart des tests en dépendent)."""

from __future__ import annotations

import subprocess
import sys

from outils_tests import RACINE

# Tout ce qui doit se charger sans Qt, relevé dans les dossiers (un module ajouté y est d'office) :
# les couches basses en entier et les aides de la racine du paquet. ``langue`` (les traducteurs,
# QtCore), ``messages_erreur`` (pour l'interface et la ligne de commande), ``cli``, ``lancement``
# et ``__main__`` sont au-dessus : voir tests/test_imports.py.
DOSSIERS_SANS_QT = ("domaine", "referentiel", "stockage", "cas", "rapports")
RACINE_SANS_QT = ("__init__", "chemins", "formats", "messages_erreur")


def _nom(fichier) -> str:
    parties = list(fichier.relative_to(RACINE).with_suffix("").parts)
    return ".".join(parties[:-1] if parties[-1] == "__init__" else parties)


# Les révisions Alembic du serveur et leur environnement ne s'importent pas comme des modules :
# Alembic les exécute lui-même (tests/test_serveur_schema.py les fait tourner); elles sont sans Qt.
def _fichiers(d: str) -> list:
    return [f for f in (RACINE / "gesserv_bureau" / d).rglob("*.py") if "migrations" not in f.parts]


MODULES_SANS_QT = sorted(
    [_nom(f) for d in DOSSIERS_SANS_QT for f in _fichiers(d)]
    + [_nom(RACINE / "gesserv_bureau" / f"{m}.py") for m in RACINE_SANS_QT]
)


def test_la_liste_est_relevee_dans_les_dossiers():
    """Les modules que la liste écrite à la main oubliait y sont, et rien n'y manque."""
    for oublie in ("gesserv_bureau.cas.production_rapports", "gesserv_bureau.rapports.signature",
                   "gesserv_bureau.rapports.certificats", "gesserv_bureau.stockage.depot_strategies",
                   "gesserv_bureau.stockage.depot_rapports", "gesserv_bureau.cas.planification"):
        assert oublie in MODULES_SANS_QT
    fichiers = [f for d in DOSSIERS_SANS_QT for f in _fichiers(d)]
    assert len(MODULES_SANS_QT) == len(fichiers) + len(RACINE_SANS_QT) > 100


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
