"""Ouvrir la fenêtre principale et la refermer aussitôt, encore et encore, sur un répertoire de
quelques milliers de services : aucun appel différé (minuterie, rappel d'un fil de travail) ne
survit à son destinataire. Avant, la lecture du reste des lignes, programmée 80 ms après
l'ouverture, partait parfois d'un ``ControleurInventaire`` déjà détruit
(« RuntimeError: Internal C++ object (ControleurInventaire) already deleted »).

Chaque tour ferme la fenêtre à un autre moment : avant le premier affichage, avant et après la
construction du formulaire (30 ms), avant et après le départ de la lecture (80 ms), pendant la
lecture; puis il laisse passer tout ce qui était programmé. Les exceptions levées dans la boucle
d'événements de Qt (là où finissent les rappels orphelins) sont toutes relevées."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer

from gesserv_bureau.cas.demonstration import services_synthetiques
from gesserv_bureau.interface import controleur_inventaire, taches
from gesserv_bureau.interface.app import creer_application, lancer
from gesserv_bureau.interface.fenetre_principale import DELAI_CONSTRUCTION_MS, FenetrePrincipale
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices

SERVICES = 3000
# les moments de la fermeture, en millisecondes après show() (None : avant même show())
MOMENTS = [None, 0, 1, 10, DELAI_CONSTRUCTION_MS - 5, DELAI_CONSTRUCTION_MS + 5,
           taches.APRES_AFFICHAGE_MS - 5, taches.APRES_AFFICHAGE_MS, taches.APRES_AFFICHAGE_MS + 5,
           taches.APRES_AFFICHAGE_MS + 20, 150]


@pytest.fixture(scope="module")
def grande_base(tmp_path_factory):
    chemin = tmp_path_factory.mktemp("fermeture") / "grande.sqlite"
    with ouvrir(chemin) as base:
        assert DepotServices(base).inserer_en_lot(services_synthetiques(SERVICES)) == SERVICES
    return chemin


def _un_tour(qtbot, chemin, traductions, moment: int | None) -> None:
    base = ouvrir(chemin)
    fenetre = FenetrePrincipale(base, traductions)
    assert fenetre.modele.nombre_total() == SERVICES
    assert fenetre.modele.rowCount() == controleur_inventaire.PREMIERE_PAGE   # le reste viendra d'un fil
    if moment is not None:
        fenetre.show()
        # le contrôle d'intégrité, comme au vrai démarrage (interface/app.py)
        QTimer.singleShot(taches.APRES_AFFICHAGE_MS, fenetre, base.demarrer_controle)
        if moment:
            qtbot.wait(moment)
    fenetre.close()
    with pytest.raises(sqlite3.ProgrammingError):   # la fenêtre a fermé sa base
        base.conn.execute("SELECT 1")
    fenetre.deleteLater()
    # tout ce qui était programmé a le temps de partir (et les fils de finir)
    qtbot.wait(taches.APRES_AFFICHAGE_MS + 60)
    assert taches.attendre_toutes(5000)
    qtbot.wait(20)


def test_ouvrir_et_fermer_aussitot_sans_aucune_exception(qtbot, grande_base):
    _app, traductions = creer_application("fr")
    try:
        with qtbot.capture_exceptions() as exceptions:
            for _ in range(2):
                for moment in MOMENTS:
                    _un_tour(qtbot, grande_base, traductions, moment)
    finally:
        traductions.retirer()
    assert [repr(e[1]) for e in exceptions] == []


def test_l_essai_de_demarrage_repete_sans_aucune_exception(qtbot, grande_base, capsys):
    """``--essai-demarrage`` : ouvrir, afficher, attendre le contrôle d'intégrité, fermer."""
    with qtbot.capture_exceptions() as exceptions:
        for _ in range(5):
            assert lancer(base=str(grande_base), essai=True) == 0
            qtbot.wait(taches.APRES_AFFICHAGE_MS + 60)
            assert taches.attendre_toutes(5000)
    assert capsys.readouterr().out.count("essai-demarrage : fenêtre prête") == 5
    assert [repr(e[1]) for e in exceptions] == []


# --- chaque appel différé a son destinataire -------------------------------------------------
# Tous liés : un appel nouveau sans destinataire fait échouer le test.
RESTANTS: set[tuple[str, str]] = set()


def _appels_differes_sans_destinataire() -> set[tuple[str, str]]:
    """``QTimer.singleShot(délai, fonction)`` (sans l'objet qui la lie) et
    ``QMetaObject.invokeMethod`` (à remplacer par un singleShot lié), partout dans le paquet."""
    import ast

    from outils_tests import RACINE

    trouves = set()
    for fichier in sorted((RACINE / "gesserv_bureau").rglob("*.py")):
        texte = fichier.read_text(encoding="utf-8")
        for noeud in ast.walk(ast.parse(texte)):
            if not (isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Attribute)):
                continue
            if (noeud.func.attr == "singleShot" and len(noeud.args) < 3) or noeud.func.attr == "invokeMethod":
                trouves.add((fichier.relative_to(RACINE).as_posix(), ast.get_source_segment(texte, noeud)))
    return trouves


def test_chaque_appel_differe_est_lie_a_son_destinataire():
    trouves = _appels_differes_sans_destinataire()
    assert trouves - RESTANTS == set(), "à lier : QTimer.singleShot(délai, objet, fonction)"
    assert RESTANTS - trouves == set(), "liés ou disparus : à retirer de RESTANTS"
