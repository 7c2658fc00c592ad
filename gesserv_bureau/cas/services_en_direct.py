"""Le répertoire en direct (mode ministère, point 4) : quand la fenêtre travaille sur une copie du
répertoire ministériel, un service qu'on y enregistre part au serveur dans la seconde, et ce que les
autres enregistrent dans un service de la copie y arrive de lui-même — le serveur l'annonce
(``NOTIFY``), la fenêtre se synchronise.

Mêmes règles que le renvoi (``domaine.hors_ligne.planifier``) : le serveur revérifie les droits (un
service hors des secteurs accordés, le rôle de lecteur : :class:`~gesserv_bureau.cas.seance_en_direct.
EnvoiRefuse`), ce que d'autres ont changé se fusionne champ par champ, ce qui se croise attend le
renvoi, où il se tranche les deux valeurs sous les yeux (``RenvoiATrancher`` : rien d'écrit, ni
là-bas ni ici). Seuls les services déjà sur le serveur voyagent ainsi : un service créé (ou
supprimé) sur le poste part au renvoi, qui lui donne sa clé et renumérote ce qui le désigne
(:attr:`Synchro.au_renvoi`).
"""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.cas.hors_ligne import AutreRepertoire, PasHorsLigne
from gesserv_bureau.cas.seance_en_direct import Synchro, exiger_sans_ecart, identite_verifiee
from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.domaine import hors_ligne
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur import emport, envoi_direct
from gesserv_bureau.stockage.serveur.connexion import erreurs_dites

__all__ = ["synchroniser_services"]


def synchroniser_services(serveur: Serveur, base: Base, pks) -> Synchro:
    """Envoyer au serveur ce que la copie ``base`` a de nouveau dans les services ``pks`` (et leurs
    volumes), et recevoir ce que les autres y ont enregistré, en une transaction de chaque côté.

    :raises PasHorsLigne: ``base`` n'est pas une copie d'un répertoire ministériel.
    :raises EnvoiRefuse: le serveur refuserait ce changement (rien d'écrit).
    :raises RenvoiATrancher: un changement croise celui d'un autre (rien d'écrit).
    :raises ErreurServeur: le serveur injoignable (rien d'écrit; la copie garde tout)."""
    voulus = {int(pk) for pk in pks}
    lues_lignes = envoi_direct.emportees(base, set(), set(), voulus)
    index = envoi_direct.index_emport(base)
    if lues_lignes is None or index is None:
        raise PasHorsLigne(base.chemin or Path())
    identite = lues_lignes.pop("identite")
    poste = envoi_direct.services_avec_volumes_du_poste(base, voulus)
    # un service du poste à une clé qui n'est pas (ou plus) celle d'un service du serveur : créé ici
    # (ou à la place d'un service supprimé ici) — le renvoi lui donne sa clé; supprimé ici : le renvoi aussi
    remplaces = emport.services_remplaces(base, index.journal_id)
    emportes = {l["pk"] for l in lues_lignes["service"]} - remplaces
    locaux = {l["pk"] for l in poste["service"]}
    a_synchroniser = emportes & locaux
    au_renvoi = frozenset(voulus - a_synchroniser)
    if not a_synchroniser:
        return Synchro(au_renvoi=au_renvoi)
    lue = hors_ligne.etat(_seulement(lues_lignes, a_synchroniser))
    mienne = hors_ligne.etat(_seulement(poste, a_synchroniser))
    revisions_lues = {("service", l["pk"]): l.get("revision") for l in lues_lignes["service"] if l["pk"] in a_synchroniser}
    with base.ecriture() as db, erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        if identite_verifiee(c, serveur) != identite:
            raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
        droits = emport.droits(c)
        actuel = envoi_direct.services_avec_volumes_du_serveur(c, a_synchroniser,
                                                                verrouiller=droits.redacteur and lue != mienne)
        avant = {("service", l["pk"]): l.get("revision") for l in actuel["service"]}
        plan = hors_ligne.planifier(lue, mienne, hors_ligne.etat(actuel), hors_ligne.revisions(actuel), droits=droits)
        exiger_sans_ecart(plan, serveur)
        emport.appliquer(c, plan, lue)
        # (supprimés là-bas et pas changés ici : la copie les garde jusqu'au renvoi, qui les retire)
        supprimes = frozenset(pk for pk in a_synchroniser if ("service", pk) not in avant)
        lignes = envoi_direct.services_avec_volumes_du_serveur(c, a_synchroniser - supprimes)
        recues = {("service", l["pk"]): l.get("revision") for l in lignes["service"]}
        if not plan.operations and recues == {k: v for k, v in revisions_lues.items() if k in recues}:
            return Synchro(supprimees=supprimes, au_renvoi=au_renvoi)
        envoi_direct.remplacer_services_dans_le_poste(db, lignes)
        envoi_direct.garder_surcharges(db, {"service": set(a_synchroniser - supprimes)}, lignes)
    return Synchro(envoyee=bool(plan.operations),
                   recue=any(avant.get(cle) != revision for cle, revision in revisions_lues.items() if cle in avant),
                   supprimees=supprimes, revisions=recues, au_renvoi=au_renvoi)


def _seulement(lignes: dict[str, list[dict]], pks: set[int]) -> dict[str, list[dict]]:
    return {"service": [l for l in lignes["service"] if l["pk"] in pks],
            "volume": [l for l in lignes["volume"] if l["service_pk"] in pks]}


def preparer(base: Base) -> None:
    """Ranger d'avance ce que la synchronisation lit dans l'instantané d'emport (une copie de tout le
    répertoire : quelques dixièmes de seconde, une fois par copie), pour que le premier enregistrement
    en direct ne l'attende pas."""
    envoi_direct.preparer(base)
