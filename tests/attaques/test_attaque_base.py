"""Attaques sur la base elle-même (issue 12, partie 6, et les fichiers privés de la partie 7).

Reproduit :
- un fichier SQLite d'une autre application ouvert comme un répertoire : migré (nos tables
  ajoutées dedans), passé en WAL, copié dans un dossier de sauvegardes; et restauré à la place
  de la base si on le donne à ``restaurer``;
- le verrou d'instance unique contourné par un lien symbolique ou un lien physique vers la base
  (deux instances qui écrivent dans le même fichier);
- le fichier -wal effacé après un arrêt brutal (SIGKILL) : les transactions validées perdues
  sans un mot, et l'application qui écrit aussitôt par-dessus;
- ``synchronous=NORMAL`` (une coupure de courant peut perdre les dernières transactions validées);
- la base, son -wal, son -shm, son verrou et leur dossier créés lisibles par les autres comptes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from gesserv_bureau.cas import repertoire
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import connexion_annexe, ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.erreurs import BaseDejaOuverte, ErreurStockage

from outils_tests import RACINE, compter, lancer_cli, service_complet, sha256


def _francais(_contexte: str, texte: str) -> str:
    return texte


def _instantane(dossier) -> dict[str, str]:
    """Chaque fichier du dossier (récursivement) et son empreinte; d'un -shm (l'index partagé du
    -wal, où tout lecteur SQLite marque sa lecture), seulement sa présence."""
    return {str(p.relative_to(dossier)): ("shm" if p.name.endswith("-shm") else sha256(p) if p.is_file() else "dossier")
            for p in sorted(dossier.rglob("*"))}


def _etrangere(fichier, user_version: int = 0, wal: bool = False) -> sqlite3.Connection | None:
    """Une base d'une autre application (celle d'un navigateur). ``wal`` : en mode WAL, avec des
    transactions encore dans son -wal (la connexion rendue la garde ouverte)."""
    conn = sqlite3.connect(fichier)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.executescript(
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
        "CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER, title TEXT);"
        "INSERT INTO moz_places (url) VALUES ('https://www.canada.ca');"
        f"PRAGMA user_version = {user_version};"
    )
    conn.commit()
    if wal:
        conn.execute("INSERT INTO moz_bookmarks (fk, title) VALUES (1, 'Canada')")
        conn.commit()
        return conn
    conn.close()
    return None


# --- 1. un fichier d'une autre application ------------------------------------------------

@pytest.mark.parametrize("user_version,wal", [(0, False), (3, False), (0, True)],
                         ids=["v0", "v3-avant-migration", "wal-ouvert-ailleurs"])
def test_ouvrir_une_base_etrangere_n_y_change_rien_et_dit_ce_qu_elle_est(tmp_path, user_version, wal):
    dossier = tmp_path / "navigateur"
    dossier.mkdir()
    fichier = dossier / "places.sqlite"
    autre = _etrangere(fichier, user_version, wal)
    try:
        avant = _instantane(dossier)
        with pytest.raises(ErreurStockage) as exc:
            ouvrir(fichier)
        message = texte_erreur(exc.value, _francais)
        assert message and "moz_places" in message and "moz_bookmarks" in message
        assert "gesserv-bureau" in message and "n'a pas été modifié" in message
        assert _instantane(dossier) == avant        # ni migration, ni WAL, ni copie, ni verrou
        assert not sauvegardes.dossier(fichier).exists()
        with pytest.raises(ErreurStockage):
            ouvrir(fichier, lecture_seule=True)
        assert _instantane(dossier) == avant
    finally:
        if autre is not None:
            autre.close()


def test_ligne_de_commande_sur_une_base_etrangere(tmp_path, capsys):
    fichier = tmp_path / "places.sqlite"
    _etrangere(fichier, 3)
    empreinte = sha256(fichier)
    for commande in ("demo", "integrite", "sauvegarder"):
        code, sortie, erreurs = lancer_cli(capsys, commande, "--base", str(fichier))
        assert code == 1 and sortie == "" and "Traceback" not in erreurs, commande
        assert "moz_places" in erreurs, commande
    assert sha256(fichier) == empreinte
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("places")) == ["places.sqlite"]


def test_fenetre_sur_une_base_etrangere_ne_propose_pas_de_restaurer(tmp_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import creer_application, ouvrir_avec_dialogues

    fichier = tmp_path / "places.sqlite"
    _etrangere(fichier)
    empreinte = sha256(fichier)
    _app, traductions = creer_application("fr")
    vus = []

    def exec_(boite):
        vus.append((boite.text(), [b.text() for b in boite.buttons()]))
        boite.reject()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        assert ouvrir_avec_dialogues(fichier) is None
    finally:
        traductions.retirer()
    texte, boutons = vus[0]
    assert "moz_places" in texte and not any("Restaurer" in b for b in boutons)
    assert sha256(fichier) == empreinte


def test_restaurer_une_base_etrangere_est_refuse(chemin_cli, tmp_path, capsys):
    lancer_cli(capsys, "demo")
    fichier = tmp_path / "places.sqlite"
    _etrangere(fichier)
    empreinte = sha256(chemin_cli)
    code, sortie, erreurs = lancer_cli(capsys, "restaurer", "--confirmer", str(fichier))
    assert code == 1 and sortie == "" and "Traceback" not in erreurs
    assert "moz_places" in erreurs
    assert sha256(chemin_cli) == empreinte and compter(chemin_cli, "service") == 10
    with pytest.raises(ErreurStockage):
        sauvegardes.restaurer(chemin_cli, fichier, confirmer=True)
    assert sha256(chemin_cli) == empreinte


# --- 2. le verrou tient à travers les liens ---------------------------------------------

@pytest.mark.parametrize("lien", ["symbolique", "physique", "physique-ailleurs"])
def test_le_verrou_tient_a_travers_les_liens(tmp_path, lien):
    base = tmp_path / "repertoire.sqlite"
    with ouvrir(base) as b:
        DepotServices(b).creer(service_complet())
    if lien == "symbolique":
        autre = tmp_path / "raccourci.sqlite"
        autre.symlink_to(base)
    else:
        dossier = tmp_path / ("ailleurs" if lien == "physique-ailleurs" else "")
        dossier.mkdir(exist_ok=True)
        autre = dossier / "meme-fichier.sqlite"
        os.link(base, autre)
    premiere = ouvrir(base, rotation=False)
    try:
        with pytest.raises(BaseDejaOuverte):
            ouvrir(autre, rotation=False)
    finally:
        premiere.fermer()
    with ouvrir(autre, rotation=False) as seconde:   # relâché : permis
        assert DepotServices(seconde).nombre() == 1
    premiere = ouvrir(autre, rotation=False)           # et dans l'autre sens
    try:
        with pytest.raises(BaseDejaOuverte):
            ouvrir(base, rotation=False)
    finally:
        premiere.fermer()


# --- 3. le -wal effacé après un arrêt brutal ----------------------------------------------

_SEANCE = textwrap.dedent("""
    import sys
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_rapports import DepotRapports
    from gesserv_bureau.stockage.depot_services import DepotServices
    from outils_tests import service_complet

    base = ouvrir(Path(sys.argv[1]), rotation=False)
    if sys.argv[2] == "services":
        for i in range(3):
            DepotServices(base).creer(service_complet(service_id=f"PERDU-{{i}}"))
    else:   # une écriture que le journal des modifications ne consigne pas
        DepotRapports(base).consigner("export", "/tmp/r.pdf", "0" * 64, "inventaire", "Répertoire", "fr")
    print("pret", flush=True)
    sys.stdin.read()   # la séance continue... jusqu'au SIGKILL
""")


def _seance_tuee(chemin, ecriture: str) -> None:
    """Une séance dans un autre processus écrit (validé, dans le -wal), puis est tuée net."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(RACINE), os.environ.get("PYTHONPATH", "")]))
    p = subprocess.Popen([sys.executable, "-c", _SEANCE.format(tests=str(RACINE / "tests")), str(chemin), ecriture],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        assert p.stdout.readline().strip() == "pret", p.stderr.read()
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
        p.stdin.close()
        p.stdout.close()
        p.stderr.close()
    wal = chemin.with_name(chemin.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0      # les transactions validées sont là


def _effacer_le_wal(chemin) -> None:
    for suffixe in ("-wal", "-shm"):
        chemin.with_name(chemin.name + suffixe).unlink()


@pytest.fixture
def base_demo(chemin_cli, capsys):
    assert lancer_cli(capsys, "demo")[0] == 0
    return chemin_cli


@pytest.mark.parametrize("ecriture", ["services", "rapport"])
def test_wal_efface_apres_un_arret_brutal_est_signale_avant_toute_ecriture(base_demo, capsys, ecriture):
    chemin = base_demo
    _seance_tuee(chemin, ecriture)
    _effacer_le_wal(chemin)
    empreinte = sha256(chemin)

    with pytest.raises(ErreurStockage) as exc:
        ouvrir(chemin)
    message = texte_erreur(exc.value, _francais)
    assert message and "-wal" in message and "Rien n'a été écrit" in message
    assert sha256(chemin) == empreinte
    assert sauvegardes.copies(chemin) == []            # pas même la copie tournante du jour

    code, sortie, erreurs = lancer_cli(capsys, "integrite")
    assert code == 1 and sortie == "" and "Traceback" not in erreurs
    assert "--accepter-perte" in erreurs
    assert sha256(chemin) == empreinte

    # La personne prend acte : la base telle qu'elle est devient la référence.
    code, sortie, erreurs = lancer_cli(capsys, "integrite", "--accepter-perte")
    assert code == 0, erreurs
    assert "10 services" in sortie
    assert lancer_cli(capsys, "integrite")[0] == 0
    with ouvrir(chemin) as base:
        DepotServices(base).creer(service_complet(service_id="APRES"))


def test_arret_brutal_avec_son_wal_se_rouvre_sans_alarme(base_demo):
    """Garde-fou (pas une attaque) : le témoin ne crie pas au loup quand le -wal est là."""
    _seance_tuee(base_demo, "services")
    with ouvrir(base_demo) as base:
        assert DepotServices(base).nombre() == 13      # tout est revenu du -wal


def test_fenetre_wal_efface_propose_de_continuer_ou_de_quitter(base_demo, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import creer_application, ouvrir_avec_dialogues

    _seance_tuee(base_demo, "services")
    _effacer_le_wal(base_demo)
    empreinte = sha256(base_demo)
    _app, traductions = creer_application("fr")
    vus = []
    choix = ["Quitter"]

    def exec_(boite):
        vus.append((boite.text(), [b.text() for b in boite.buttons()]))
        for bouton in boite.buttons():
            if choix[0] in bouton.text():
                bouton.click()
                return 0
        boite.reject()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        assert ouvrir_avec_dialogues(base_demo) is None
        assert sha256(base_demo) == empreinte
        texte, boutons = vus[0]
        assert "-wal" in texte and not any("Restaurer" in b for b in boutons)
        choix[0] = "Continuer"
        base = ouvrir_avec_dialogues(base_demo)
        assert base is not None
        try:
            assert len(repertoire.lignes_inventaire(base, "2024-2025")) == 10
        finally:
            base.fermer()
    finally:
        traductions.retirer()


# --- 4. synchronous=FULL --------------------------------------------------------------------

def test_chaque_transaction_validee_est_sur_le_disque(tmp_path):
    with ouvrir(tmp_path / "r.sqlite") as base:
        assert base.conn.execute("PRAGMA synchronous").fetchone()[0] == 2   # FULL
        annexe = connexion_annexe(base)
        try:
            assert annexe.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        finally:
            annexe.conn.close()


# --- 5. des fichiers privés, quel que soit l'umask ---------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_base_verrou_et_dossiers_prives_quel_que_soit_l_umask(tmp_path, umask):
    racine = tmp_path / "neuf"
    chemin = racine / "profond" / "r.sqlite"
    maison = tmp_path / "maison"
    ancien = os.umask(umask)
    try:
        with ouvrir(chemin) as base:
            DepotServices(base).creer(service_complet())
            crees = [p for p in [*racine.rglob("*"), *maison.rglob("*")]]
            assert {p.name for p in crees} >= {"r.sqlite", "r.sqlite-wal", "r.sqlite-shm", "r.sqlite.verrou"}
            for p in crees:
                attendu = 0o700 if p.is_dir() else 0o600
                assert stat.S_IMODE(p.stat().st_mode) == attendu, (p, oct(p.stat().st_mode))
    finally:
        os.umask(ancien)
    assert stat.S_IMODE(racine.stat().st_mode) == 0o700
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600
