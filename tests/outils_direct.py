"""Aides des essais du répertoire en direct (mode ministère) : le SQL sur le serveur, une copie
emportée, la fenêtre principale sur une copie avec son direct branché, un service choisi, les
services des secteurs de Rita."""

from __future__ import annotations

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


def pk_de_rita(f, rang: int = 0) -> int:
    """La clé du ``rang``-ième service de Rita dans l'exercice que montre la fenêtre ``f``."""
    from tests.conftest import SECTEURS_RITA

    return [l.pk for l in sorted(repertoire.lignes_inventaire(f.base, f.controleur.exercice), key=lambda l: l.pk)
            if repertoire.charger_service(f.base, l.pk).secteur_responsabilite in SECTEURS_RITA][rang]
