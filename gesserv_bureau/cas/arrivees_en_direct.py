"""Recevoir en direct ce que d'autres ont créé (le répertoire en direct, mode ministère, point 4) : un
service qu'une collègue vient de créer dans un des secteurs qu'on emporte, une norme d'un de nos
services, une action du plan d'une de nos normes. Le serveur l'annonce (``NOTIFY``); la copie l'ajoute
à la clé qu'il a sur le serveur, et le compte comme emporté (l'instantané à jour) : le renvoi n'a rien
à en faire, et ce qu'on y change ensuite part en direct comme le reste.

Jamais à une clé que ce poste a déjà touchée (une fiche créée ou supprimée ici, au journal) ni à une
clé que le serveur a réservée pour la copie : celles-là se règlent au renvoi, qui voit les deux côtés.
Une norme n'arrive que si son service est dans la copie, une action que si sa norme y est.
"""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.cas.hors_ligne import AutreRepertoire, PasHorsLigne
from gesserv_bureau.cas.seance_en_direct import Synchro, identite_verifiee
from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.cas.services_en_direct import PARENT_DE, parents_du_serveur
from gesserv_bureau.stockage import cles_reservees, journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur import envoi_direct, envoi_fiches
from gesserv_bureau.stockage.serveur.connexion import erreurs_dites

__all__ = ["recevoir"]


def recevoir(serveur: Serveur, base: Base, fiche: str, pks) -> Synchro:
    """Celles des fiches ``pks`` de ``fiche`` (annoncées par le serveur) que la copie ``base`` n'a pas et
    que le serveur a — créées par d'autres, dans ce qu'emporte la personne — ajoutées à la copie avec
    leurs lignes dépendantes, et gardées à l'instantané : :attr:`Synchro.arrivees`, et leurs révisions.
    Rien n'est écrit au serveur; rien n'est lu s'il n'y a rien d'inconnu.

    :raises PasHorsLigne: ``base`` n'est pas une copie d'un répertoire ministériel.
    :raises AutreRepertoire: le serveur n'est pas celui de la copie.
    :raises ReceptionImpossible: la copie refuse une valeur (rien n'est écrit).
    :raises ErreurServeur: le serveur injoignable (rien n'est écrit)."""
    voulus = {int(pk) for pk in pks}
    lues = envoi_direct.emportees_fiches(base, {fiche: voulus})
    index = envoi_direct.index_emport(base)
    if lues is None or index is None:
        raise PasHorsLigne(base.chemin or Path())
    cles = _inconnues(base, index, fiche, voulus, lues[fiche], envoi_fiches.du_poste(base, fiche, voulus)[fiche])
    if not cles:
        return Synchro()
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        if identite_verifiee(c, serveur) != index.identite:
            raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
        lignes = envoi_fiches.nouvelles_du_serveur(c, fiche, cles)
        if fiche in PARENT_DE and lignes[fiche]:
            # (son service, sa norme : celui que le serveur a à cette clé, pas une fiche du poste à la même clé)
            _, vers = PARENT_DE[fiche]
            presents = parents_du_serveur(base, fiche, {l[vers] for l in lignes[fiche]})
            lignes = envoi_fiches.seulement(lignes, fiche, {l["pk"] for l in lignes[fiche] if l[vers] in presents})
        if not lignes[fiche]:
            return Synchro()
        exercices = envoi_fiches.exercices_du_serveur(c, lignes)
    with base.ecriture() as db:
        envoi_fiches.ajouter_au_poste(db, fiche, lignes, exercices, serveur.adresse)
        envoi_direct.garder_surcharges(db, {fiche: {l["pk"] for l in lignes[fiche]}}, lignes)
    revisions = {(fiche, l["pk"]): l.get("revision") for l in lignes[fiche]}
    return Synchro(recue=True, revisions=revisions, arrivees=frozenset(pk for _, pk in revisions))


def _inconnues(base: Base, index, fiche: str, voulus: set[int], lues: list[dict], poste: list[dict]) -> set[int]:
    """Celles des clés ``voulus`` que la copie n'a ni du serveur (``lues``) ni d'elle-même (``poste``),
    et que ce poste n'a jamais touchées (ni au journal depuis l'emport, ni réservées pour lui)."""
    connues = {l["pk"] for l in lues} | {l["pk"] for l in poste}
    candidates = voulus - connues - cles_reservees.prises(base.conn, fiche)
    if not candidates:
        return set()
    return candidates - journal.cles_touchees(base.conn, fiche, candidates, index.journal_id)
