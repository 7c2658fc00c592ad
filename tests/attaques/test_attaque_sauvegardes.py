"""Attaques sur les copies de sécurité (issue 12, partie 1, et les copies de la partie 7).

Reproduit :
- disque presque plein pendant la copie (``sauvegarder``, la copie du démarrage) : un fichier de
  0 octet ou partiel laissé dans le dossier des copies, une trace de pile, et la copie ratée du
  jour qui bloque les copies automatiques pendant 24 h;
- une copie de 0 octet, ou sans les tables de l'application, dite « intacte » par
  ``sauvegardes`` puis remise à la place de la base par ``restaurer`` (code 0, « 0 services »);
- une copie qui n'a pas autant de lignes que la base au moment de la copie;
- ``restaurer`` qui remplace sans rien demander une base par une copie qui a moins de services
  (ligne de commande et fenêtre);
- environ 20 Ko libres : une base saine dite « endommagée (disk I/O error) », avec une
  restauration proposée;
- l'échec de la copie du démarrage qui ne se voit pas dans la fenêtre;
- des copies et leur dossier lisibles par les autres comptes (selon l'umask).

La panne du disque est injectée (la connexion SQLite de ``sauvegardes`` écrit quelques octets
puis échoue); la vérification sur un vrai petit disque (tmpfs) est faite à la main, hors de la
suite (voir le rapport de la branche).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import stat
import types

import pytest

from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.erreurs import ErreurStockage

from outils_tests import compter, lancer_cli, service_complet, sha256


# --- la panne injectée ------------------------------------------------------------------

class _ConnexionPiegee:
    """Une connexion SQLite dont la copie (``backup``) s'arrête en route sur ``panne`` (après
    avoir écrit quelques octets dans le fichier de la copie), ou, si ``apres`` est donné, finit
    puis abîme la copie (``apres(connexion_de_la_copie)``)."""

    def __init__(self, vraie: sqlite3.Connection, panne: BaseException | None, apres=None):
        self._vraie = vraie
        self._panne = panne
        self._apres = apres

    def __getattr__(self, nom):
        return getattr(self._vraie, nom)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._vraie.__exit__(*exc)

    def backup(self, cible, *args, **kwargs):
        vraie_cible = getattr(cible, "_vraie", cible)
        if self._apres is not None:
            self._vraie.backup(vraie_cible, *args, **kwargs)
            self._apres(vraie_cible)
            return
        fichier = vraie_cible.execute("PRAGMA database_list").fetchone()[2]
        panne = self._panne

        def arreter(_etat, _reste, _total):
            with open(fichier, "ab") as f:   # ce qu'un disque plein laisse : un début de fichier
                f.write(b"SQLite format 3\x00" + b"\x00" * 2032)
            raise panne

        self._vraie.backup(vraie_cible, pages=1, progress=arreter)


def pieger_les_copies(monkeypatch, panne: BaseException | None = None, apres=None) -> None:
    """``sauvegardes`` voit un module sqlite3 dont les connexions copient mal."""
    faux = types.ModuleType("sqlite3")
    faux.__dict__.update({k: v for k, v in vars(sqlite3).items() if not k.startswith("__")})
    faux.connect = lambda *a, **k: _ConnexionPiegee(sqlite3.connect(*a, **k), panne, apres)
    monkeypatch.setattr(sauvegardes, "sqlite3", faux)


DISQUE_PLEIN = [
    sqlite3.OperationalError("database or disk is full"),
    OSError(errno.ENOSPC, "No space left on device"),
]


def _fichiers(dossier) -> list[str]:
    return sorted(p.name for p in dossier.iterdir()) if dossier.exists() else []


@pytest.fixture
def chemin(chemin_cli):
    """La base de la ligne de commande, avec les dix services de démonstration."""
    assert lancer_cli_simple("demo") == 0
    return chemin_cli


def lancer_cli_simple(*args: str) -> int:
    from gesserv_bureau import cli

    return cli.main(list(args))


def _copie_a_la_main(chemin, raison: str, contenu: bytes = b"", age_heures: float = 0):
    """Un fichier nommé comme une copie (ce que l'ancienne version laissait sur disque plein)."""
    dossier = sauvegardes.dossier(chemin)
    dossier.mkdir(parents=True, exist_ok=True)
    instant = dt.datetime.now() - dt.timedelta(hours=age_heures)
    fichier = dossier / f"{chemin.stem}-{instant.strftime('%Y%m%d-%H%M%S-%f')}-{raison}.sqlite"
    fichier.write_bytes(contenu)
    os.utime(fichier, (instant.timestamp(), instant.timestamp()))
    return fichier


def _base_etrangere(fichier) -> None:
    conn = sqlite3.connect(fichier)
    conn.executescript("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                       "INSERT INTO moz_places (url) VALUES ('https://exemple.gc.ca');")
    conn.commit()
    conn.close()


# --- 1. disque plein pendant la copie ----------------------------------------------------

@pytest.mark.parametrize("panne", DISQUE_PLEIN, ids=["sqlite-full", "ENOSPC"])
def test_sauvegarder_sur_disque_plein_ne_laisse_rien_et_le_dit(chemin, capsys, monkeypatch, panne):
    capsys.readouterr()
    empreinte = sha256(chemin)
    pieger_les_copies(monkeypatch, panne)
    code, sortie, erreurs = lancer_cli(capsys, "sauvegarder")
    assert code == 1 and sortie == ""
    assert "Traceback" not in erreurs
    assert "n'a pas été faite" in erreurs and "disque est plein" in erreurs
    assert _fichiers(sauvegardes.dossier(chemin)) == []     # ni copie vide, ni fichier partiel
    assert not sauvegardes.dossier(chemin).exists()         # ni même le dossier créé pour elle
    assert sha256(chemin) == empreinte


@pytest.mark.parametrize("panne", DISQUE_PLEIN, ids=["sqlite-full", "ENOSPC"])
def test_copie_du_demarrage_ratee_ne_laisse_rien_et_ne_bloque_pas_la_suivante(chemin, monkeypatch, panne):
    pieger_les_copies(monkeypatch, panne)
    with ouvrir(chemin) as base:            # la copie tournante du jour échoue
        base.attendre_controle()
        assert base.copie_en_echec
        assert DepotServices(base).nombre() == 10   # on travaille quand même
    assert _fichiers(sauvegardes.dossier(chemin)) == []
    monkeypatch.undo()
    with ouvrir(chemin) as base:            # le lancement suivant, de l'espace libéré : la copie est faite
        base.attendre_controle()
        assert not base.copie_en_echec
    (copie,) = sauvegardes.copies(chemin)
    assert copie.name.endswith("-auto.sqlite")
    assert sauvegardes.est_intacte(copie) and compter(copie, "service") == 10


def test_copie_automatique_vide_laissee_par_un_echec_ne_bloque_pas_la_rotation(chemin):
    vide = _copie_a_la_main(chemin, "auto", b"", age_heures=1)
    with ouvrir(chemin) as base:
        base.attendre_controle()
    faites = [c for c in sauvegardes.copies(chemin) if c != vide]
    assert len(faites) == 1 and compter(faites[0], "service") == 10


def test_copie_qui_n_a_pas_toutes_les_lignes_est_refusee(chemin, capsys, monkeypatch):
    capsys.readouterr()

    def perdre_un_service(copie):
        copie.execute("DELETE FROM volume WHERE service_pk = (SELECT max(pk) FROM service)")
        copie.execute("DELETE FROM service WHERE pk = (SELECT max(pk) FROM service)")
        copie.commit()

    pieger_les_copies(monkeypatch, apres=perdre_un_service)
    code, sortie, erreurs = lancer_cli(capsys, "sauvegarder")
    assert code == 1 and sortie == "" and "Traceback" not in erreurs
    assert "n'a pas été faite" in erreurs
    assert _fichiers(sauvegardes.dossier(chemin)) == []


# --- 2. une copie vide ou étrangère n'est jamais intacte ni restaurée ---------------------

def test_sauvegardes_ne_dit_pas_intacte_une_copie_vide_ou_etrangere(chemin, capsys):
    capsys.readouterr()
    vraie = sauvegardes.copier(chemin, "manuelle")
    vide = _copie_a_la_main(chemin, "manuelle", b"")
    etrangere = _copie_a_la_main(chemin, "manuelle")
    etrangere.unlink()
    _base_etrangere(etrangere)
    assert not sauvegardes.est_intacte(vide) and not sauvegardes.est_intacte(etrangere)
    assert sauvegardes.copies_intactes(chemin) == [vraie]
    code, sortie, _ = lancer_cli(capsys, "sauvegardes")
    assert code == 0
    etats = dict(ligne.split("\t") for ligne in sortie.splitlines())
    assert etats[str(vraie)] == "intacte"
    assert etats[str(vide)] != "intacte" and etats[str(etrangere)] != "intacte"


def test_restaurer_refuse_une_copie_vide(chemin, capsys):
    capsys.readouterr()
    vide = _copie_a_la_main(chemin, "manuelle", b"")
    empreinte = sha256(chemin)
    code, sortie, erreurs = lancer_cli(capsys, "restaurer")        # la « plus récente intacte »
    assert code == 1 and sortie == "" and "Traceback" not in erreurs
    code, sortie, erreurs = lancer_cli(capsys, "restaurer", str(vide))
    assert code == 1 and sortie == "" and "Traceback" not in erreurs
    assert str(vide) in erreurs
    assert sha256(chemin) == empreinte and compter(chemin, "service") == 10
    assert not list(chemin.parent.glob("*.remplacee-*"))


# --- 3. restaurer moins de services : seulement si la personne confirme ------------------------

def test_restaurer_une_copie_qui_a_moins_de_services_demande_confirmation(chemin, capsys):
    copie = sauvegardes.copier(chemin, "manuelle")
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="APRES-COPIE"))
    capsys.readouterr()
    empreinte = sha256(chemin)

    code, sortie, erreurs = lancer_cli(capsys, "restaurer", str(copie))
    assert code == 1 and sortie == "" and "Traceback" not in erreurs
    assert "10 services" in erreurs and "11 services" in erreurs and "--confirmer" in erreurs
    assert sha256(chemin) == empreinte and compter(chemin, "service") == 11

    code, sortie, erreurs = lancer_cli(capsys, "restaurer", "--confirmer", str(copie))
    assert (code, erreurs) == (0, "")
    assert compter(chemin, "service") == 10


def test_fenetre_restaurer_montre_les_deux_nombres_de_services(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.interface.app import _Session, creer_application

    chemin = tmp_path / "premier.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    sauvegardes.copier(chemin, "manuelle")
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="APRES-COPIE"))
    app, traductions = creer_application("fr")
    session = _Session(app, traductions, chemin, essai=False)
    assert session.montrer(ouvrir(chemin, rotation=False))
    try:
        fenetre = session.fenetre
        from gesserv_bureau.interface.dialogue_copies import DialogueCopies
        monkeypatch.setattr(DialogueCopies, "exec", lambda d: QDialog.DialogCode.Accepted)   # la plus récente intacte, choisie d'office
        questions = []
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda p, t, texte, *a: questions.append(texte) or QMessageBox.StandardButton.No))
        fenetre.act_restaurer.trigger()
        assert questions and "10 services" in questions[0] and "11 services" in questions[0]
        assert session.fenetre is fenetre                 # « Non » : rien n'a changé
        assert fenetre.modele.nombre_total() == 11
    finally:
        if session.fenetre is not None:
            session.fenetre.close()
            session.fenetre.traductions.retirer()
        QApplication.processEvents()
    assert compter(chemin, "service") == 11


# --- 4. environ 20 Ko libres : « disque plein », pas « endommagée » -------------------------

@pytest.fixture
def disque_presque_plein(chemin, monkeypatch):
    """La base est saine, mais le disque n'a plus que 20 Ko : SQLite ne peut même pas créer son
    fichier -shm et répond « disk I/O error » (ce qu'un vrai tmpfs presque plein fait)."""
    sauvegardes.copier(chemin, "manuelle")        # une copie existe : l'ancienne version la proposait
    from gesserv_bureau.stockage import controle

    faux = types.ModuleType("sqlite3")
    faux.__dict__.update({k: v for k, v in vars(sqlite3).items() if not k.startswith("__")})

    def connecter(cible, *a, **k):
        if str(chemin) in str(cible) and "mode=ro" in str(cible):
            raise sqlite3.OperationalError("disk I/O error")
        return sqlite3.connect(cible, *a, **k)

    faux.connect = connecter
    monkeypatch.setattr(controle, "sqlite3", faux)
    vrai = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 20_000, 20_000)
                        if str(p).startswith(str(chemin.parent)) else vrai(p))
    return chemin


def test_disque_presque_plein_n_est_pas_une_base_endommagee(disque_presque_plein, capsys):
    chemin = disque_presque_plein
    capsys.readouterr()
    empreinte = sha256(chemin)
    code, sortie, erreurs = lancer_cli(capsys, "integrite")
    assert code == 1 and sortie == ""
    assert "endommag" not in erreurs and "restaurer" not in erreurs.lower()
    assert "disque" in erreurs and "plein" in erreurs and "Libérez de l'espace" in erreurs
    assert sha256(chemin) == empreinte


def test_disque_presque_plein_la_fenetre_ne_propose_pas_de_restaurer(disque_presque_plein, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import creer_application, ouvrir_avec_dialogues

    _app, traductions = creer_application("fr")
    vus = []

    def exec_(boite):
        vus.append((boite.windowTitle(), boite.text(), [b.text() for b in boite.buttons()]))
        boite.reject()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        assert ouvrir_avec_dialogues(disque_presque_plein) is None
    finally:
        traductions.retirer()
    titre, texte, boutons = vus[0]
    assert "endommag" not in (titre + texte).lower()
    assert "plein" in texte and "Libérez de l'espace" in texte
    assert not any("Restaurer" in b for b in boutons)


# --- 5. la copie ratée du démarrage se voit dans la fenêtre ---------------------------------

def test_copie_du_demarrage_ratee_se_voit_dans_la_fenetre(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from outils_interface import ouvrir_fenetre

    chemin = tmp_path / "r.sqlite"
    with ouvrir(chemin) as base:
        DepotServices(base).creer(service_complet())
    pieger_les_copies(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    fenetre = ouvrir_fenetre(qtbot, chemin, langue="fr", demo=False, attendre_controle=False)
    fenetre.base.demarrer_controle()

    def boite_visible():
        # les boîtes de cette fenêtre seulement : parcourir toutes les fenêtres de l'application
        # toucherait celles que d'autres tests détruisent (WA_DeleteOnClose), d'où un plantage
        return [w for w in fenetre.findChildren(QMessageBox) if w.isVisible()]

    qtbot.waitUntil(lambda: bool(boite_visible()), timeout=5000)
    (boite,) = boite_visible()
    assert "n'a pas été faite" in boite.text() and "disque est plein" in boite.text()
    assert "database or disk is full" not in boite.text()
    boite.close()
    assert _fichiers(sauvegardes.dossier(chemin)) == []


# --- 6. des copies privées, quel que soit l'umask ----------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_copies_et_leur_dossier_prives_quel_que_soit_l_umask(tmp_path, umask):
    chemin = tmp_path / "r.sqlite"
    with ouvrir(chemin) as base:
        DepotServices(base).creer(service_complet())
    ancien = os.umask(umask)
    try:
        copie = sauvegardes.copier(chemin, "manuelle")
        cote = sauvegardes.restaurer(chemin, copie, raison="remplacee")
    finally:
        os.umask(ancien)
    assert stat.S_IMODE(sauvegardes.dossier(chemin).stat().st_mode) == 0o700
    assert stat.S_IMODE(copie.stat().st_mode) == 0o600
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600      # la base restaurée
    assert cote is not None and cote.exists()


def test_une_erreur_de_copie_est_une_erreur_du_stockage(chemin, monkeypatch):
    """``copier`` ne laisse passer ni sqlite3.Error ni OSError : l'appelant a un message clair."""
    pieger_les_copies(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(ErreurStockage):
        sauvegardes.copier(chemin, "manuelle")
    assert _fichiers(sauvegardes.dossier(chemin)) == []
