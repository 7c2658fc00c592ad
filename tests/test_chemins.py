"""Où vivent les données : le dossier de l'utilisateur, sauf --base ou GESSERV_BASE."""

from __future__ import annotations

import sys

import pytest

from gesserv_bureau import chemins


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="chemins XDG de Linux")
def test_par_defaut_le_dossier_de_donnees_de_l_utilisateur(tmp_path, monkeypatch):
    monkeypatch.delenv("GESSERV_BASE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    assert chemins.chemin_base() == tmp_path / "donnees" / "gesserv-bureau" / "repertoire.sqlite"


def test_la_variable_puis_l_option(tmp_path, monkeypatch):
    monkeypatch.setenv("GESSERV_BASE", str(tmp_path / "variable.sqlite"))
    assert chemins.chemin_base() == tmp_path / "variable.sqlite"
    assert chemins.chemin_base(tmp_path / "option.sqlite") == tmp_path / "option.sqlite"


def test_les_preferences_suivent_gesserv_preferences(tmp_path, monkeypatch):
    monkeypatch.setenv("GESSERV_PREFERENCES", str(tmp_path / "p.ini"))
    assert chemins.fichier_preferences() == tmp_path / "p.ini"


def test_ressources_et_traductions_a_la_racine_du_projet():
    assert (chemins.dossier_traductions() / "gesserv_en.qm").exists()
    assert chemins.dossier_ressources().name == "ressources"
