"""Le démarrage : l'essai de démarrage, une base endommagée, et le chargement progressif d'un
grand répertoire (la première page tout de suite, le reste lu hors du fil de l'interface)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from gesserv_bureau import __version__
from gesserv_bureau.cas import repertoire
from gesserv_bureau.cas.demonstration import services_synthetiques
from gesserv_bureau.interface import controleur_inventaire
from gesserv_bureau.interface.app import lancer
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_interface import ouvrir_fenetre

RACINE = Path(__file__).resolve().parent.parent


def test_la_version_est_celle_de_pyproject():
    projet = tomllib.loads((RACINE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == projet["version"]


def test_essai_de_demarrage_ouvre_la_base_et_quitte(qtbot, tmp_path, capsys):
    chemin = tmp_path / "neuve.sqlite"
    assert lancer(base=str(chemin), essai=True) == 0
    assert "essai-demarrage : fenêtre prête" in capsys.readouterr().out
    with ouvrir(chemin, rotation=False) as base:
        assert base.version() >= 3


def test_essai_de_demarrage_sur_une_base_endommagee_explique_et_rend_1(qtbot, tmp_path, capsys):
    chemin = tmp_path / "abimee.sqlite"
    chemin.write_bytes(b"Ceci n'est pas une base SQLite." * 200)
    avant = chemin.read_bytes()
    assert lancer(base=str(chemin), essai=True) == 1
    erreur = capsys.readouterr().err
    assert "est endommagé" in erreur and "Aucune copie de sécurité intacte" in erreur
    assert chemin.read_bytes() == avant  # rien n'a été écrit


@pytest.fixture
def grande_base(tmp_path):
    chemin = tmp_path / "grande.sqlite"
    with ouvrir(chemin) as base:
        DepotServices(base).inserer_en_lot(services_synthetiques(650))
    return chemin


def test_un_grand_repertoire_montre_la_premiere_page_puis_tout(qtbot, grande_base):
    fenetre = ouvrir_fenetre(qtbot, grande_base, demo=False, montrer=False)
    # la première page est là dès l'ouverture, avant que la boucle d'événements ne tourne (le
    # reste est lu un instant après, dans un fil); le compte annonce le total
    assert fenetre.modele.rowCount() == controleur_inventaire.PREMIERE_PAGE
    assert "sur 650" in fenetre.etat_compte.text()
    fenetre.show()
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 650, timeout=5000)
    assert fenetre.modele.chargement_complet()


def _rechargee_sur_une_lecture_perimee(qtbot, grande_base, monkeypatch):
    """La fenêtre sur le grand répertoire, qui recharge sa table (la première page, le reste plus tard)
    d'un instantané lu « avant » ce qu'on va y faire, comme un fil de travail en retard."""
    fenetre = ouvrir_fenetre(qtbot, grande_base, demo=False)
    qtbot.waitUntil(lambda: fenetre.modele.chargement_complet(), timeout=5000)
    perime = repertoire.lignes_inventaire(fenetre.base, fenetre.controleur.exercice)
    monkeypatch.setattr(repertoire, "lignes_inventaire_fichier", lambda chemin, exercice: (perime, [""] * len(perime)))
    fenetre.controleur.charger_exercice()
    assert not fenetre.modele.chargement_complet()
    return fenetre


def test_une_modification_pendant_le_chargement_n_est_pas_ecrasee(qtbot, grande_base, monkeypatch):
    fenetre = _rechargee_sur_une_lecture_perimee(qtbot, grande_base, monkeypatch)
    pk = fenetre.modele.ligne(0).pk
    fenetre.selectionner_pk(pk)
    qtbot.waitUntil(lambda: fenetre.formulaire.service() is not None)
    fenetre.formulaire.proprietaire.setText("Propriétaire modifié pendant le chargement")
    fenetre.formulaire.modifie.emit()
    assert fenetre.controleur.enregistrer_maintenant()

    qtbot.waitUntil(lambda: fenetre.modele.chargement_complet(), timeout=5000)
    rang = fenetre.modele.rang_de(pk)
    assert fenetre.modele.ligne(rang).proprietaire == "Propriétaire modifié pendant le chargement"
    assert fenetre.formulaire.service().pk == pk   # la sélection et le formulaire sont restés


def test_un_service_cree_pendant_le_chargement_reste_dans_la_table(qtbot, grande_base, monkeypatch):
    fenetre = _rechargee_sur_une_lecture_perimee(qtbot, grande_base, monkeypatch)
    pk = fenetre.controleur.nouveau()                # « Nouveau service » pendant que le reste arrive
    qtbot.waitUntil(lambda: fenetre.modele.chargement_complet(), timeout=5000)
    assert fenetre.modele.rang_de(pk) is not None    # la lecture d'avant ne l'a pas fait disparaître


def _abimer_le_journal(chemin: Path) -> None:
    """Écrase la page racine de la table du journal : la base s'ouvre et la table des services
    se lit, mais le contrôle d'intégrité échoue (une fois la fenêtre déjà montrée)."""
    import sqlite3

    conn = sqlite3.connect(chemin)
    conn.execute("PRAGMA journal_mode = DELETE")
    racine = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'journal'").fetchone()[0]
    taille = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(chemin, "r+b") as f:
        f.seek((racine - 1) * taille)
        f.write(b"\xff" * taille)
    conn = sqlite3.connect(chemin)   # de retour en WAL, comme une base de l'application
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def test_endommagee_decouverte_apres_l_ouverture_de_la_fenetre(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale
    from gesserv_bureau.stockage import sauvegardes

    chemin = tmp_path / "repertoire.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    sauvegardes.copier(chemin, "manuelle")
    _abimer_le_journal(chemin)
    from gesserv_bureau.stockage.erreurs import BaseEndommagee

    with pytest.raises(BaseEndommagee):
        ouvrir(chemin).fermer()   # le contrôle complet la refuse bien

    montrees = []
    origine = FenetrePrincipale.show

    def show(self):
        montrees.append(self)
        origine(self)
        if len(montrees) == 2:   # la fenêtre rouverte sur la copie restaurée : on quitte
            QTimer.singleShot(50, self.close)

    monkeypatch.setattr(FenetrePrincipale, "show", show)
    questions = []

    def exec_(boite):
        questions.append(boite.text())
        next(b for b in boite.buttons() if "Restaurer" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    garde = QTimer()   # si le scénario déraille, le test échoue au lieu de tourner sans fin
    garde.setSingleShot(True)
    garde.timeout.connect(lambda: QApplication.instance().exit(99))
    garde.start(15000)
    assert lancer(base=str(chemin)) == 0
    garde.stop()
    assert len(montrees) == 2                      # montrée, refermée, puis rouverte
    assert "est endommagé" in questions[0]
    assert list(tmp_path.glob("repertoire.endommagee-*.sqlite"))   # le fichier abîmé est gardé
    with ouvrir(chemin, rotation=False) as base:   # la copie restaurée est intacte et complète
        assert len(repertoire.lignes_inventaire(base, "2024-2025")) == 10
    QApplication.processEvents()
