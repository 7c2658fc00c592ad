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
    supprimees = set(voulue.get("supprimees", []))        # (une suppression validée : plus sur le serveur)
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        # le serveur sait si la transaction de l'envoi a été validée (tant qu'elle n'est pas trop ancienne) :
        # rien à deviner — une fiche changée ou supprimée depuis par quelqu'un d'autre n'est pas « à refaire »
        verdict = envoi_fiches.validee(c, voulue.get("transaction"))
        actuelles = {l["pk"]: l for l in envoi_fiches.du_serveur(c, fiche, set(apres) | supprimees)[fiche]}
    if verdict is not None:
        pas_validees = set() if verdict else set(apres) | supprimees
    else:       # (sinon : ce que le serveur a maintenant, comparé à ce que l'envoi voulait)
        pas_validees = {pk for pk, l in apres.items() if actuelles.get(pk) != l} | (supprimees & set(actuelles))
        # une fiche née ici (à une clé que le serveur a réservée pour la copie, ou qu'il lui a laissée) et que
        # le serveur a : c'est la nôtre, validée — changée depuis par quelqu'un d'autre, pas à refaire
        lues = voulue["avant"].get(fiche)
        avant_cles = {l.get("pk") for l in lues if isinstance(l, dict)} if isinstance(lues, list) else set()
        pas_validees -= {pk for pk in pas_validees if pk in actuelles and pk in apres and pk not in avant_cles}
    avant = envoi_fiches.seulement({fiche: [], **voulue["avant"]}, fiche, pas_validees)
    # une fiche née dans la copie, à une clé réservée, n'avait rien sur le serveur avant l'envoi : oubliée
    # de l'instantané — sauf si l'emport l'avait (rétablie après sa suppression en direct : toujours absente)
    index = envoi_direct.index_emport(base)
    nees = pas_validees - {l["pk"] for l in avant[fiche]}
    oubliees = {pk for pk in nees if index is None or pk not in index.cles.get(fiche, frozenset())}
    with base.ecriture() as db:
        if pas_validees - oubliees:
            envoi_direct.garder_surcharges(db, {fiche: pas_validees - oubliees}, avant)
        if oubliees:
            envoi_direct.oublier_surcharges(db, {fiche: oubliees})
        envoi_fiches.effacer_intention(db)
