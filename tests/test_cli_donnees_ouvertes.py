"""Les sous-commandes ``importer`` et ``exporter`` : codes de sortie, rapport, messages."""

from __future__ import annotations

import csv
import io

import pytest

from fichiers_gc import fichier_2016_2018, fichier_actuel, fichier_normes, fichier_normes_2017_2018, lignes_actuelles
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices

from outils_tests import lancer_cli as lancer


@pytest.fixture
def chemin(chemin_cli):
    return chemin_cli




def test_importer_puis_exporter_a_l_identique(chemin, tmp_path, capsys):
    origine = fichier_actuel(tmp_path)
    code, sortie, _ = lancer(capsys, "importer", str(origine))
    assert code == 0
    assert "Répertoire des services, format actuel (46 colonnes), 3 lignes." in sortie
    assert "services ajoutés : 3, mis à jour : 0, inchangés : 0; avertissements : 1." in sortie
    code, sortie, _ = lancer(capsys, "importer", str(origine))
    assert "services ajoutés : 0, mis à jour : 0, inchangés : 3" in sortie
    code, sortie, _ = lancer(capsys, "exporter", str(tmp_path / "x.csv"))
    assert code == 0 and "Lignes exportées : 3" in sortie
    assert (tmp_path / "x.csv").read_bytes() == origine.read_bytes()
    code, _, _ = lancer(capsys, "importer", str(fichier_normes(tmp_path)))
    assert code == 0
    code, _, _ = lancer(capsys, "exporter", str(tmp_path / "n.csv"), "--normes", "--exercice", "2023-24")
    assert (tmp_path / "n.csv").read_bytes() == fichier_normes(tmp_path).read_bytes()
    code, _, _ = lancer(capsys, "exporter", str(tmp_path / "x.xlsx"), "--exercice", "2022-2023")
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "x.xlsx")["Services"].max_row == 2


def test_importer_les_formats_anciens_puis_exporter_au_format_actuel(chemin, tmp_path, capsys):
    code, sortie, _ = lancer(capsys, "importer", str(fichier_2016_2018(tmp_path)))
    assert code == 0
    assert "Répertoire des services 2016-2018 (41 colonnes, numéros par ministère), 3 lignes." in sortie
    assert "services ajoutés : 3, mis à jour : 0, inchangés : 0" in sortie
    code, sortie, _ = lancer(capsys, "importer", str(fichier_2016_2018(tmp_path)))
    assert "services ajoutés : 0, mis à jour : 0, inchangés : 3" in sortie
    code, sortie, _ = lancer(capsys, "importer", str(fichier_normes_2017_2018(tmp_path)))
    assert code == 0 and "Normes de service 2017-2018, résultats trimestriels (24 colonnes)" in sortie
    code, _, _ = lancer(capsys, "exporter", str(tmp_path / "x.csv"))
    lignes = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_bytes().decode("utf-8-sig"))))
    assert sorted(l["service_id"] for l in lignes) == ["aafc-aac-1", "tc-1", "tc-2"]
    code, _, _ = lancer(capsys, "exporter", str(tmp_path / "n.csv"), "--normes")
    normes = list(csv.DictReader(io.StringIO((tmp_path / "n.csv").read_bytes().decode("utf-8-sig"))))
    assert sorted(l["service_id"] for l in normes) == ["aafc-aac-1", "tc-1"]


def test_importer_un_fichier_avec_erreurs_code_1_rapport_et_rien_d_importe(chemin, tmp_path, capsys):
    lignes = lignes_actuelles()
    lignes[2]["num_applications_in_person"] = "-4"
    mauvais = fichier_actuel(tmp_path, "mauvais.csv", lignes)
    rapport = tmp_path / "rapport.csv"
    code, sortie, erreurs = lancer(capsys, "importer", str(mauvais), "--rapport", str(rapport))
    assert code == 1
    assert "ligne 8, colonne num_applications_in_person (-4) : erreur : Un nombre de demandes ne peut pas être négatif." in erreurs
    assert "Erreurs : 1. Rien n'a été importé." in erreurs
    lu = list(csv.reader(io.StringIO(rapport.read_bytes().decode("utf-8-sig"))))
    assert ["8", "num_applications_in_person", "-4", "Erreur"] in [r[:4] for r in lu[1:]]
    with ouvrir(chemin) as base:
        assert DepotServices(base).nombre() == 0


def test_verifier_sans_importer_et_messages_anglais(chemin, tmp_path, capsys):
    code, sortie, _ = lancer(capsys, "--langue", "en", "importer", str(fichier_actuel(tmp_path)), "--verifier")
    assert code == 0
    assert "Service inventory, current format (46 columns), 3 rows." in sortie
    assert "Check only: nothing was imported." in sortie
    assert "Type “CER” matches several Appendix 1C types" in sortie
    with ouvrir(chemin) as base:
        assert DepotServices(base).nombre() == 0 and DepotNormes(base).nombre() == 0


@pytest.mark.parametrize("langue, attendu", [
    ("fr", "Erreur : Le fichier « absent.csv » est introuvable (déplacé ou supprimé ?)."),
    ("en", "Error: File “absent.csv” cannot be found (moved or deleted?)."),
])
def test_fichier_introuvable(chemin, tmp_path, capsys, langue, attendu):
    code, _, erreurs = lancer(capsys, "--langue", langue, "importer", str(tmp_path / "absent.csv"))
    assert code == 1 and erreurs.strip() == attendu


def test_exporter_exercice_invalide_ou_dossier_absent(chemin, tmp_path, capsys):
    code, _, erreurs = lancer(capsys, "exporter", str(tmp_path / "x.csv"), "--exercice", "2024")
    assert code == 1 and "exercice invalide : 2024" in erreurs
    code, _, erreurs = lancer(capsys, "exporter", str(tmp_path / "absent" / "x.csv"))
    assert code == 1 and "impossible d'écrire" in erreurs


def test_base_avant_ou_apres_la_sous_commande(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GESSERV_PREFERENCES", str(tmp_path / "p.ini"))
    monkeypatch.setenv("GESSERV_BASE", str(tmp_path / "defaut.sqlite"))
    avant, apres = tmp_path / "avant.sqlite", tmp_path / "apres.sqlite"
    assert lancer(capsys, "--base", str(avant), "importer", str(fichier_actuel(tmp_path)))[0] == 0
    assert lancer(capsys, "importer", str(fichier_normes(tmp_path)), "--base", str(apres))[0] == 0
    with ouvrir(avant) as base:
        assert DepotServices(base).nombre() == 3
    with ouvrir(apres) as base:
        assert DepotNormes(base).nombre() == 2
    assert not (tmp_path / "defaut.sqlite").exists()
