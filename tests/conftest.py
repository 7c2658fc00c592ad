"""Configuration commune des tests.

Qt tourne hors écran (fixé avant tout import de Qt). Chaque test a son propre dossier :
la base, les préférences et les dossiers de l'utilisateur pointent vers ``tmp_path``;
aucun test ne touche aux données réelles de l'utilisateur. Après chaque test, si les aides de
l'interface ont servi, les fenêtres sont fermées et les tâches de fond terminées.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isoler(tmp_path, monkeypatch):
    maison = tmp_path / "maison"
    maison.mkdir()
    monkeypatch.setenv("HOME", str(maison))
    monkeypatch.setenv("XDG_DATA_HOME", str(maison / "donnees"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(maison / "config"))
    monkeypatch.setenv("APPDATA", str(maison / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(maison / "appdata-local"))
    monkeypatch.setenv("GESSERV_BASE", str(tmp_path / "repertoire.sqlite"))
    monkeypatch.setenv("GESSERV_PREFERENCES", str(tmp_path / "preferences.ini"))
    monkeypatch.delenv("GESSERV_LANGUE", raising=False)
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    yield


@pytest.fixture
def chemin_cli(tmp_path, monkeypatch):
    """La base des tests de la ligne de commande (``GESSERV_BASE``), dans un dossier encore
    absent : un test voit ainsi qu'une commande n'a rien créé. Le reste de l'isolement (maison,
    préférences, langue du système en français) vient de ``_isoler``."""
    base = tmp_path / "donnees" / "repertoire.sqlite"
    monkeypatch.setenv("GESSERV_BASE", str(base))
    return base


@pytest.fixture
def base(base_d_essai, tmp_path):
    """Une base ouverte avec le répertoire de démonstration (10 services), sur les deux bases
    (``tests/deux_bases.py``); un module peut définir la sienne."""
    b = base_d_essai(tmp_path / "r.sqlite", demo=True)
    yield b
    b.fermer()


def pytest_generate_tests(metafunc):
    """Un essai qui prend ``genre_de_base`` tourne sur le poste et sur le serveur, sauf marqué
    ``poste_seulement`` (il éprouve le fichier du poste lui-même : sauvegardes, ouverture…)."""
    if "genre_de_base" in metafunc.fixturenames:
        seulement = metafunc.definition.get_closest_marker("poste_seulement")
        metafunc.parametrize("genre_de_base", ["poste"] if seulement else ["poste", "ministere"], indirect=True)


@pytest.fixture
def genre_de_base(request):
    return getattr(request, "param", "poste")


@pytest.fixture(scope="session")
def _modeles_pg(request, tmp_path_factory):
    import deux_bases

    return deux_bases.Modeles(request.getfixturevalue("grappe_pg"), tmp_path_factory.mktemp("modeles"))


@pytest.fixture
def base_d_essai(genre_de_base, request):
    """``base_d_essai(chemin, demo=False)`` : la base ouverte d'un essai à ``chemin`` — une base
    neuve du poste, ou (``ministere``) la copie de travail emportée d'une base ministérielle neuve,
    renvoyée et comparée au serveur à la fin de l'essai (``tests/deux_bases.py``). Le ministère y a
    ouvert les exercices que l'essai marque ``exercices_du_ministere(...)``, sinon ceux que son module
    nomme ``EXERCICES_DU_MINISTERE`` (une copie n'en ouvre pas : c'est un réglage du ministère)."""
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.stockage.base import ouvrir

    copies = []

    def ouvrir_pour_essai(chemin, demo: bool = False):
        if genre_de_base == "ministere":
            import deux_bases

            marque = request.node.get_closest_marker("exercices_du_ministere")
            exercices = marque.args if marque else getattr(request.module, "EXERCICES_DU_MINISTERE", ())
            copies.append(deux_bases.BaseDuMinistere(request.getfixturevalue("_modeles_pg"), chemin,
                                                     "demo" if demo else "vide", exercices))
            return ouvrir(chemin)
        b = ouvrir(chemin)
        if demo:
            assert repertoire.charger_demo(b) == 10
        return b

    yield ouvrir_pour_essai
    for copie in copies:
        copie.verifier_et_fermer()


@pytest.fixture(autouse=True)
def _nettoyer_interface():
    yield
    aides = sys.modules.get("outils_interface")
    if aides is not None:
        aides.nettoyer()
    _detruire_les_fenetres_restees()


def _detruire_les_fenetres_restees() -> None:
    """Une fenêtre qu'un test a laissée derrière lui (un assistant ouvert par une autre fenêtre,
    une boîte sans parent) recevrait les événements des tests suivants — un changement de langue
    sur sa base fermée : elle est fermée et détruite ici, avant le test suivant."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    restees = [w for w in QApplication.topLevelWidgets() if not w.property("gesserv_garder")]
    for w in restees:
        try:
            w.close()
            w.deleteLater()
        except RuntimeError:
            pass
    if restees:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def jeton_logiciel(tmp_path_factory):
    """Une carte PKCS#11 logicielle (SoftHSM2) : une clé P-256 générée sur la carte, son certificat
    émis par la racine de l'application et écrit sur la carte (``tests/jeton_logiciel.py``).
    Sautée, avec la raison, là où SoftHSM ne peut pas être installé."""
    import jeton_logiciel as jl

    raison = jl.raison_absence()
    if raison:
        pytest.skip(raison)
    return jl.creer(tmp_path_factory.mktemp("softhsm"))


@pytest.fixture(scope="session")
def grappe_pg():
    """Une grappe PostgreSQL jetable pour toute la session (``tests/grappe_postgresql.py``) :
    initdb dans un dossier temporaire, sous un utilisateur sans privilège, sur une prise Unix;
    arrêtée et effacée à la fin. Sautée, avec la raison, là où PostgreSQL n'est pas installé."""
    import grappe_postgresql as gp

    raison = gp.raison_absence()
    if raison:
        pytest.skip(raison)
    grappe = gp.demarrer()
    yield grappe
    grappe.arreter()


@pytest.fixture
def base_pg(grappe_pg):
    """Une base neuve de la grappe, initialisée (schéma et rôles) : son adresse (superutilisateur)."""
    from gesserv_bureau.stockage.serveur import connexion, installation

    adresse = grappe_pg.url(grappe_pg.nouvelle_base())
    m = connexion.moteur(adresse)
    installation.initialiser(m, adresse)
    m.dispose()
    return adresse


SECTEURS_RITA = ["Aviation civile", "Opérations de la flotte", "Protection de l'environnement",
                 "Dirigeant principal de l'information"]


@pytest.fixture
def ministere(grappe_pg, base_pg, tmp_path):
    """La démonstration (avec un dossier de chaque sorte) versée dans une base ministérielle; Rita
    rédactrice de quatre secteurs (``SECTEURS_RITA``), Ada administratrice, Léa lectrice; ``ministere(nom)`` :
    une connexion (``cas.serveur.Serveur``) sous ce nom, ``ministere.url(nom)`` son adresse."""
    from gesserv_bureau.cas import repertoire, serveur as cas_serveur
    from gesserv_bureau.stockage.base import ouvrir

    poste = tmp_path / "poste-verse.sqlite"
    with ouvrir(poste, rotation=False) as b:
        repertoire.charger_demo(b, dossiers=True)
    with cas_serveur.connecter(base_pg) as s:
        cas_serveur.importer_base(s, poste)
        cas_serveur.accorder(s, "rita", "redacteur", SECTEURS_RITA)
        cas_serveur.accorder(s, "ada", "administrateur")
        cas_serveur.accorder(s, "lea", "lecteur")
    nom = base_pg.split("@/")[1].split("?")[0]

    def comme(role: str):
        return cas_serveur.connecter(grappe_pg.url(nom, role))

    comme.url = lambda role: grappe_pg.url(nom, role)
    return comme
