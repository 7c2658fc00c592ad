"""Aides des essais du répertoire en direct (mode ministère) : le SQL sur le serveur, une copie
emportée, la fenêtre principale sur une copie avec son direct branché, un service choisi, les
services des secteurs de Rita; les coupures (le serveur qui ne valide pas, le poste arrêté juste
après la validation)."""

from __future__ import annotations

import contextlib
import json

from sqlalchemy import text

from gesserv_bureau.cas import hors_ligne, repertoire
from gesserv_bureau.stockage.serveur import connexion


def sql(qui, requete: str, **params):
    """``requete`` sur le serveur sous la connexion ``qui`` : ses lignes, ou le nombre de lignes changées."""
    with connexion.erreurs_dites(qui.adresse), qui.moteur.begin() as c:
        r = c.execute(text(requete), params)
        return [dict(l) for l in r.mappings().all()] if r.returns_rows else r.rowcount


def copie(ministere, dossier, nom: str, fichier: str | None = None):
    """La copie que ``nom`` emporte, dans ``dossier``."""
    f = dossier / f"{fichier or nom}.sqlite"
    with ministere(nom) as s:
        hors_ligne.emporter(s, f)
    return f


def services(base):
    from gesserv_bureau.stockage.depot_services import DepotServices

    return sorted(DepotServices(base).services(), key=lambda s: s.pk)


def de_rita(base, rang: int = 0):
    """Le ``rang``-ième service (par sa clé) des secteurs de Rita."""
    from tests.conftest import SECTEURS_RITA

    return [s for s in services(base) if s.secteur_responsabilite in SECTEURS_RITA][rang]


def direct(base):
    """La valeur « hors_ligne_direct » de la copie, lue telle quelle."""
    ligne = base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne_direct'").fetchone()
    return json.loads(ligne[0]) if ligne else None


def ecrire_direct(base, valeur):
    with base.ecriture() as db:
        db.execute("INSERT INTO parametre (cle, valeur) VALUES ('hors_ligne_direct', ?) "
                   "ON CONFLICT (cle) DO UPDATE SET valeur = excluded.valeur", [json.dumps(valeur)])


def fenetre(qtbot, fichier, langue: str = "fr"):
    """La fenêtre principale sur la copie ``fichier``, construite, son direct à l'écoute."""
    from outils_interface import ouvrir_fenetre

    f = ouvrir_fenetre(qtbot, fichier, langue, demo=False)
    f.formulaire                        # la construction finie (après le premier affichage)
    d = f._inventaire_en_direct
    assert d is not None
    qtbot.waitUntil(lambda: d.ecoute is not None and d.ecoute.ecoute.is_set(), timeout=5000)
    return f


def choisir(qtbot, f, pk: int) -> None:
    f.selectionner_pk(pk)
    qtbot.waitUntil(lambda: f.formulaire.service() is not None and f.formulaire.service().pk == pk)


def service_cree(base, secteur: str, nom: str, exercice: str | None = None, volumes=None):
    """Un service créé dans la copie ``base`` (« Nouveau service », puis son nom et son secteur saisis),
    de l'exercice ``exercice`` (celui des services de Rita, sans lui)."""
    service = repertoire.nouveau_service(base, exercice or de_rita(base).exercice)
    service.nom_fr, service.nom_en, service.secteur_responsabilite = nom, nom + " (en)", secteur
    service.volumes.update(volumes or {})
    repertoire.enregistrer_service(base, service)
    return service


def pk_de_rita(f, rang: int = 0) -> int:
    """La clé du ``rang``-ième service de Rita dans l'exercice que montre la fenêtre ``f``."""
    from tests.conftest import SECTEURS_RITA

    return [l.pk for l in sorted(repertoire.lignes_inventaire(f.base, f.controleur.exercice), key=lambda l: l.pk)
            if repertoire.charger_service(f.base, l.pk).secteur_responsabilite in SECTEURS_RITA][rang]


def serveur_qui_ne_valide_pas(monkeypatch, serveur):
    """La prochaine transaction du serveur est annulée au moment de valider (la connexion perdue)."""
    from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible

    vraie = serveur.moteur.begin

    @contextlib.contextmanager
    def fausse():
        monkeypatch.setattr(serveur.moteur, "begin", vraie)
        with serveur.moteur.connect() as c:
            t = c.begin()
            yield c
            t.rollback()
        raise ServeurInaccessible(serveur.adresse, "connexion perdue à la validation")

    monkeypatch.setattr(serveur.moteur, "begin", fausse)


def poste_coupe_apres_validation(monkeypatch) -> None:
    """Le prochain envoi : le serveur valide, puis le poste s'arrête avant d'effacer l'intention (une
    ``OSError`` à ce moment-là); l'envoi suivant, lui, va jusqu'au bout."""
    from gesserv_bureau.stockage.serveur import envoi_fiches

    vraie = envoi_fiches.effacer_intention

    def coupe(db):
        monkeypatch.setattr(envoi_fiches, "effacer_intention", vraie)
        raise OSError("le poste coupé juste après la validation du serveur")

    monkeypatch.setattr(envoi_fiches, "effacer_intention", coupe)


def renvoi_perdu_apres_validation(monkeypatch) -> None:
    """Les renvois qui suivent : le serveur valide, puis la connexion se perd avant que le poste valide
    (``ServeurInaccessible``); ``monkeypatch.undo()`` rend les renvois entiers."""
    from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible

    @contextlib.contextmanager
    def perdue_apres_validation(adresse):
        yield                                      # le serveur vient de valider (sa transaction est dedans)
        raise ServeurInaccessible(adresse, "server closed the connection unexpectedly")

    monkeypatch.setattr(hors_ligne, "erreurs_dites", perdue_apres_validation)
