"""Le registre des rapports d'une copie du répertoire ministériel (issue 19, points 1 et 5) : un
rapport exporté ou signé dans la copie — la fenêtre sur le serveur, une commande qui écrit — est
inscrit au registre du serveur au renvoi, sous le nom de connexion de la personne, une seule fois,
même si le poste s'arrête après que le serveur a validé."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from gesserv_bureau.cas import hors_ligne, production_rapports
from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible

from outils_direct import renvoi_perdu_apres_validation


def _exporter(base, chemin, langue="fr"):
    produit = production_rapports.produire(base, "inventaire", langue, exercice="2024-2025")
    return production_rapports.exporter(base, produit, chemin)


def test_un_rapport_exporte_est_au_registre(base, tmp_path):
    """Sur les deux bases : au registre de la base; sur le serveur, au registre du serveur après le
    renvoi (``tests/deux_bases.py`` compare les deux registres à la fin de l'essai)."""
    chemin = _exporter(base, tmp_path / "inventaire.pdf")
    (dernier,) = production_rapports.registre(base)
    assert (dernier.action, dernier.type, dernier.langue) == ("export", "inventaire", "fr")
    assert dernier.sha256 == hashlib.sha256(chemin.read_bytes()).hexdigest()


def _registre_serveur(qui) -> list[tuple]:
    with qui.moteur.connect() as c:
        return [tuple(r) for r in c.execute(text(
            "SELECT utilisateur, action, type, langue, sha256 FROM rapport ORDER BY pk"))]


def _copie(ministere, tmp_path, nom="rita"):
    fichier = tmp_path / f"{nom}.sqlite"
    with ministere(nom) as qui:
        hors_ligne.emporter(qui, fichier)
    return fichier


def test_au_renvoi_le_registre_du_serveur_recoit_les_rapports_une_seule_fois(ministere, tmp_path):
    from gesserv_bureau.stockage.base import ouvrir

    fichier = _copie(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as b:
        b.utilisateur = "compte.du.poste"
        pdf = _exporter(b, tmp_path / "a.pdf").read_bytes()
        _exporter(b, tmp_path / "b.pdf", "en")
    with ministere("ada") as ada:
        avant = _registre_serveur(ada)
    with ministere("rita") as rita:
        hors_ligne.renvoyer(rita, fichier)
        hors_ligne.renvoyer(rita, fichier)          # rien de nouveau : rien d'inscrit deux fois
    with ministere("ada") as ada:
        apres = _registre_serveur(ada)
    # sous le nom de connexion de la personne (que personne ne forge), pas le compte du poste
    assert apres[len(avant):] == [("rita", "export", "inventaire", "fr", hashlib.sha256(pdf).hexdigest()),
                                  ("rita", "export", "inventaire", "en", apres[-1][4])]
    # la copie garde son registre (la personne le consulte hors ligne)
    with ouvrir(fichier, rotation=False) as b:
        assert [r.langue for r in production_rapports.registre(b)] == ["en", "fr"]
        _exporter(b, tmp_path / "c.pdf")
    with ministere("rita") as rita:
        hors_ligne.renvoyer(rita, fichier)
    with ministere("ada") as ada:
        assert len(_registre_serveur(ada)) == len(apres) + 1


def test_le_poste_arrete_apres_la_validation_du_serveur_n_inscrit_rien_deux_fois(ministere, tmp_path, monkeypatch):
    from gesserv_bureau.stockage.base import ouvrir

    fichier = _copie(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as b:
        _exporter(b, tmp_path / "a.pdf")
    with ministere("ada") as ada:
        avant = len(_registre_serveur(ada))
    renvoi_perdu_apres_validation(monkeypatch)
    with ministere("rita") as rita, pytest.raises(ServeurInaccessible):
        hors_ligne.renvoyer(rita, fichier)
    monkeypatch.undo()
    with ministere("ada") as ada:
        assert len(_registre_serveur(ada)) == avant + 1      # le serveur a validé
    with ministere("rita") as rita:
        hors_ligne.renvoyer(rita, fichier)                   # le poste, lui, ne l'a pas vu
    with ministere("ada") as ada:
        assert len(_registre_serveur(ada)) == avant + 1
