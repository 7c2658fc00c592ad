"""Reprendre un envoi en direct dont la fin n'a pas été vue (le répertoire en direct, mode ministère) :
la copie avait écrit ce que le serveur aurait, avec l'intention de l'envoi (``stockage.serveur.
envoi_fiches.CLE_INTENTION``), puis la connexion s'est perdue, ou le poste s'est arrêté, avant que
l'intention s'efface. Ce module est à part pour que le renvoi (``cas.hors_ligne``) s'en serve sans
dépendre du direct."""

from __future__ import annotations

from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur import envoi_direct, envoi_fiches
from gesserv_bureau.stockage.serveur.connexion import erreurs_dites

__all__ = ["reprendre"]


def reprendre(serveur: Serveur, base: Base) -> None:
    """Les fiches que le serveur a telles que l'envoi les voulait restent telles quelles dans
    l'instantané; les autres (le serveur n'a pas validé) y retrouvent leur état d'avant — ce que la
    copie a de nouveau repartira, rien n'est envoyé deux fois. Appelé avant chaque synchronisation et
    chaque renvoi."""
    voulue = envoi_fiches.intention(base)
    if voulue is None:
        return
    fiche = voulue["fiche"]
    apres = {l["pk"]: l for l in voulue["apres"]}
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        actuelles = {l["pk"]: l for l in envoi_fiches.du_serveur(c, fiche, set(apres))[fiche]}
    pas_validees = {pk for pk, l in apres.items() if actuelles.get(pk) != l}
    avant = envoi_fiches.seulement({fiche: [], **voulue["avant"]}, fiche, pas_validees)
    # (une fiche née dans la copie, à une clé réservée, n'avait rien sur le serveur avant l'envoi)
    nees = pas_validees - {l["pk"] for l in avant[fiche]}
    with base.ecriture() as db:
        if pas_validees - nees:
            envoi_direct.garder_surcharges(db, {fiche: pas_validees - nees}, avant)
        if nees:
            envoi_direct.oublier_surcharges(db, {fiche: nees})
        envoi_fiches.effacer_intention(db)
