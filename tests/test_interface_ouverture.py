"""Ouvrir une base qui pose problème, avec les dialogues que l'utilisateur voit : le message dit
ce qui ne va pas et ce qu'il peut faire, et rien de ce qui était enregistré n'est perdu."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.app import creer_application, ouvrir_avec_dialogues
from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.constantes import VERSION_SCHEMA


@pytest.fixture
def dialogues(monkeypatch):
    """Chaque QMessageBox montrée est notée; on y « clique » le bouton dont le texte contient
    ``choix`` (ou on la ferme)."""
    vus = []

    def installer(choix: str | None):
        def exec_(boite):
            vus.append((boite.windowTitle(), boite.text(), [b.text() for b in boite.buttons()]))
            for bouton in boite.buttons():
                if choix and choix in bouton.text():
                    bouton.click()
                    return 0
            boite.reject()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return vus

    return installer


@pytest.fixture(autouse=True)
def _application(qapp):
    _app, traductions = creer_application("fr")
    yield
    traductions.retirer()


@pytest.fixture
def base_avec_copie(tmp_path):
    """Une base de démonstration, une copie de sécurité intacte, puis le fichier abîmé."""
    chemin = tmp_path / "repertoire.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    copie = sauvegardes.copier(chemin, "manuelle")
    with open(chemin, "r+b") as f:   # l'en-tête SQLite écrasé : le fichier n'est plus une base
        f.write(b"\x00" * 100)
    return chemin, copie


def test_base_endommagee_restaurer_la_derniere_copie(base_avec_copie, dialogues):
    chemin, copie = base_avec_copie
    abimee = chemin.read_bytes()
    vus = dialogues("Restaurer")
    base = ouvrir_avec_dialogues(chemin)
    assert base is not None
    try:
        titre, texte, boutons = vus[0]
        assert titre == "Base endommagée"
        assert "est endommagé" in texte and "Vous pouvez la restaurer" in texte
        assert "Restaurer la dernière copie intacte" in boutons
        assert len(repertoire.lignes_inventaire(base, "2024-2025")) == 10  # tout est revenu
    finally:
        base.fermer()
    # le fichier endommagé est gardé à côté, intact, sous un autre nom
    gardes = list(chemin.parent.glob("repertoire.endommagee-*.sqlite"))
    assert len(gardes) == 1 and gardes[0].read_bytes() == abimee


def test_base_endommagee_quitter_ne_touche_a_rien(base_avec_copie, dialogues):
    chemin, _copie = base_avec_copie
    abimee = chemin.read_bytes()
    dialogues("Quitter")
    assert ouvrir_avec_dialogues(chemin) is None
    assert chemin.read_bytes() == abimee
    assert not list(chemin.parent.glob("repertoire.endommagee-*"))


def test_base_d_une_version_plus_recente(tmp_path, dialogues):
    chemin = tmp_path / "future.sqlite"
    conn = sqlite3.connect(chemin)
    conn.execute(f"PRAGMA user_version = {VERSION_SCHEMA + 5}")
    conn.close()
    avant = chemin.read_bytes()
    vus = dialogues("Quitter")
    assert ouvrir_avec_dialogues(chemin) is None
    titre, texte, _ = vus[0]
    assert titre == "Ouverture impossible"
    assert "version plus récente" in texte and "Mettez l'application à jour" in texte
    assert chemin.read_bytes() == avant


def test_base_deja_ouverte_par_une_autre_instance(tmp_path, dialogues):
    chemin = tmp_path / "partagee.sqlite"
    premiere = ouvrir(chemin)
    try:
        vus = dialogues("Quitter")
        assert ouvrir_avec_dialogues(chemin) is None
        assert "déjà ouvert par une autre instance" in vus[0][1]
    finally:
        premiere.fermer()


def test_fichier_en_lecture_seule_propose_la_consultation(tmp_path, dialogues, monkeypatch):
    chemin = tmp_path / "protegee.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    # Les tests tournent parfois en root, que chmod n'arrête pas : on simule le refus d'écrire.
    import gesserv_bureau.stockage.base as module_base

    vrai_access = module_base.os.access
    monkeypatch.setattr(module_base.os, "access",
                        lambda p, mode: False if (str(p) == str(chemin) and mode == module_base.os.W_OK) else vrai_access(p, mode))
    vus = dialogues("Consulter")
    base = ouvrir_avec_dialogues(chemin)
    assert base is not None
    try:
        assert base.lecture_seule
        assert "est en lecture seule" in vus[0][1]
        assert len(repertoire.lignes_inventaire(base, "2024-2025")) == 10
    finally:
        base.fermer()
