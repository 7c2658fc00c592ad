"""Ce que le stockage sait du schéma sans importer sqlite-utils (léger, pour le démarrage).

``NOMS_MIGRATIONS`` doit suivre les migrations de ``schema.py`` (un test y veille).
"""

from __future__ import annotations

from gesserv_bureau.referentiel.codes import POINTS_INTERACTION

NOM_ENSEMBLE_MIGRATIONS = "gesserv_bureau"
NOMS_MIGRATIONS = ["0001_inventaire", "0002_journal_exclusion", "0003_activites_1a",
                   "0004_donnees_ouvertes",
                   "0005_evaluations",
                   "0006_strategies",
                   "0007_rapports",
                   "0008_approbations_signees",
                   "0009_fidelite",
                   "0010_ponderation_criteres_1b",
                   "0011_services_electroniques_internes",
                   "0012_normes_gerees",
                   "0013_empreintes_import"]
VERSION_SCHEMA = len(NOMS_MIGRATIONS)

COLONNES_POINTS = {code: f"pi_{code}" for code in POINTS_INTERACTION.codes()}
