"""Le menu Fichier : ouvrir un autre répertoire, en créer un, restaurer une copie de sécurité."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QDialog, QMessageBox

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.app import _Session, creer_application
from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from outils_interface import pk_de


@pytest.fixture
def session(qtbot, tmp_path):
    chemin = tmp_path / "premier.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    app, traductions = creer_application("fr")
    s = _Session(app, traductions, chemin, essai=False)
    assert s.montrer(ouvrir(chemin))
    yield s
    if s.fenetre is not None:
        s.fenetre.close()
        s.fenetre.traductions.retirer()
    QApplication.processEvents()


def test_ouvrir_un_autre_repertoire(session, tmp_path, monkeypatch):
    autre = tmp_path / "autre.sqlite"
    with ouvrir(autre) as base:
        repertoire.nouveau_service(base, "2023-2024")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(autre), "")))
    ancienne = session.fenetre
    ancienne.act_ouvrir.trigger()
    assert session.fenetre is not ancienne
    assert session.fenetre.base.chemin == autre
    assert session.fenetre.controleur.exercice == "2023-2024"
    assert session.fenetre.modele.nombre_total() == 1
    assert QApplication.quitOnLastWindowClosed()   # rétabli après le changement


def test_ouvrir_un_fichier_illisible_revient_au_repertoire_d_avant(session, tmp_path, monkeypatch):
    abime = tmp_path / "abime.sqlite"
    abime.write_bytes(b"pas une base" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(abime), "")))
    messages = []

    def exec_(boite):
        messages.append(boite.text())
        next(b for b in boite.buttons() if "Quitter" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    premier = session.chemin
    session.fenetre.act_ouvrir.trigger()
    assert "est endommagé" in messages[0]
    assert session.fenetre is not None and session.fenetre.base.chemin == premier
    assert abime.read_bytes() == b"pas une base" * 100


def test_nouveau_repertoire(session, tmp_path, monkeypatch):
    neuf = tmp_path / "neuf.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(neuf), "")))
    session.fenetre.act_nouveau_fichier.trigger()
    assert session.fenetre.base.chemin == neuf and neuf.exists()
    assert session.fenetre.modele.nombre_total() == 0


def test_nouveau_repertoire_ne_remplace_jamais_un_fichier(session, tmp_path, monkeypatch):
    existant = tmp_path / "existant.sqlite"
    existant.write_bytes(b"precieux")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(existant), "")))
    avertissements = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, texte, *a: avertissements.append(texte)))
    ancienne = session.fenetre
    ancienne.act_nouveau_fichier.trigger()
    assert session.fenetre is ancienne
    assert "existe déjà" in avertissements[0]
    assert existant.read_bytes() == b"precieux"


def test_restaurer_une_copie_de_securite(session, qtbot, monkeypatch):
    fenetre = session.fenetre
    copie = sauvegardes.copier(session.chemin, "manuelle")
    pk = pk_de(fenetre, "PC-007")
    repertoire.supprimer_service(fenetre.base, pk)        # une erreur qu'on veut défaire
    from gesserv_bureau.interface.dialogue_copies import DialogueCopies
    monkeypatch.setattr(DialogueCopies, "exec", lambda d: QDialog.DialogCode.Accepted)   # la plus récente intacte, choisie d'office
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda p, t, texte, *a: questions.append(texte) or QMessageBox.StandardButton.Yes))
    fenetre.act_restaurer.trigger()
    assert "gardé à côté, renommé" in questions[0]
    assert session.fenetre is not fenetre
    qtbot.waitUntil(lambda: session.fenetre.modele.chargement_complet())
    assert session.fenetre.modele.nombre_total() == 10      # le service est revenu
    assert list(session.chemin.parent.glob("premier.remplacee-*.sqlite"))
    assert copie.exists()
