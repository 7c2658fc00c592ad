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

from gesserv_bureau.cas import reprise_en_direct
from gesserv_bureau.cas.hors_ligne import AutreRepertoire, PasHorsLigne
from gesserv_bureau.cas.seance_en_direct import Synchro, exiger_sans_ecart, identite_verifiee
from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.domaine import hors_ligne
from gesserv_bureau.stockage import cles_reservees
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur import emport, envoi_direct, envoi_fiches
from gesserv_bureau.stockage.serveur.connexion import erreurs_dites

__all__ = ["synchroniser_services", "synchroniser_fiches", "FICHES_EN_DIRECT", "preparer", "reserver_cles"]


# Ce que le serveur regarde pour décider des droits (le secteur du service dont dépend la fiche) :
# fiche -> (la fiche qu'elle désigne, sa colonne vers elle); lus des deux côtés, jamais écrits.
PARENT_DE = {"norme_service": ("service", "service_pk"), "action_norme": ("norme_service", "norme_pk")}
FICHES_EN_DIRECT = ("service", "norme_service", "action_norme")


def synchroniser_services(serveur: Serveur, base: Base, pks) -> Synchro:
    """Envoyer au serveur ce que la copie ``base`` a de nouveau dans les services ``pks`` (et leurs
    volumes), et recevoir ce que les autres y ont enregistré, en une transaction de chaque côté.

    :raises PasHorsLigne: ``base`` n'est pas une copie d'un répertoire ministériel.
    :raises EnvoiRefuse: le serveur refuserait ce changement (rien d'écrit).
    :raises RenvoiATrancher: un changement croise celui d'un autre (rien d'écrit).
    :raises ErreurServeur: le serveur injoignable (rien d'écrit; la copie garde tout)."""
    return synchroniser_fiches(serveur, base, "service", pks)


def synchroniser_fiches(serveur: Serveur, base: Base, fiche: str, pks) -> Synchro:
    """:func:`synchroniser_services` pour des fiches de ``fiche`` : ``service``, ``norme_service``
    (avec ses résultats) ou ``action_norme``. Seules celles que la copie a du serveur voyagent; les
    autres (créées ou supprimées sur le poste) sont dans :attr:`Synchro.au_renvoi`."""
    if fiche not in FICHES_EN_DIRECT:
        raise ValueError(fiche)
    reprise_en_direct.reprendre(serveur, base)
    voulus = {int(pk) for pk in pks}
    lues_lignes = envoi_direct.emportees_fiches(base, {fiche: voulus})
    index = envoi_direct.index_emport(base)
    if lues_lignes is None or index is None:
        raise PasHorsLigne(base.chemin or Path())
    identite = lues_lignes.pop("identite")
    poste = envoi_fiches.du_poste(base, fiche, voulus)
    a_synchroniser = _les_memes(base, index, fiche, lues_lignes[fiche], poste[fiche])
    nees_ici, pas_encore = _nees_ici(base, fiche, lues_lignes[fiche], poste[fiche])
    supprimees_ici = _supprimees_ici(fiche, lues_lignes[fiche], poste[fiche])
    a_synchroniser |= nees_ici | supprimees_ici
    # (une clé que la copie n'a plus d'aucun côté — supprimée ici et là-bas — n'a rien à renvoyer)
    connues = {l["pk"] for l in lues_lignes[fiche]} | {l["pk"] for l in poste[fiche]}
    au_renvoi = frozenset(voulus & connues - a_synchroniser - pas_encore)
    if not a_synchroniser:
        return Synchro(au_renvoi=au_renvoi, pas_encore=pas_encore)
    lues_lignes, poste, lue, mienne = _etats(base, fiche, lues_lignes, poste, a_synchroniser)
    # le serveur d'abord (rien n'y est validé avant que la copie ait écrit ce qu'il aura, avec
    # l'intention de l'envoi), puis la copie efface l'intention : voir ``envoi_fiches.CLE_INTENTION``
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        if identite_verifiee(c, serveur) != identite:
            raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
        droits = emport.droits(c)
        actuel = envoi_fiches.du_serveur(c, fiche, a_synchroniser, verrouiller=droits.redacteur and lue != mienne)
        # un service supprimé ici que des normes ou des évaluations désignent sur le serveur (verrouillé :
        # personne ne lui en ajoute d'ici la fin) : leur sort se tranche au renvoi, les deux côtés sous les yeux
        retenus = envoi_fiches.designes(c, fiche, supprimees_ici)
        if retenus:
            supprimees_ici, a_synchroniser, au_renvoi = supprimees_ici - retenus, a_synchroniser - retenus, au_renvoi | retenus
            lues_lignes, poste, lue, mienne = _etats(base, fiche, lues_lignes, poste, a_synchroniser)
            actuel = envoi_fiches.seulement(actuel, fiche, a_synchroniser)
            if not a_synchroniser:
                return Synchro(au_renvoi=au_renvoi, pas_encore=pas_encore)
        revisions_lues = {(fiche, l["pk"]): l.get("revision") for l in lues_lignes[fiche]}
        avant = {(fiche, l["pk"]): l.get("revision") for l in actuel[fiche]}
        # ce que désignent les fiches du serveur et celles du poste (une fiche née ici n'y est pas encore)
        contexte_serveur = _contexte(lambda parent, cles: envoi_fiches.du_serveur(c, parent, cles)[parent], fiche,
                                     {fiche: actuel[fiche] + poste[fiche]})
        plan = hors_ligne.planifier(lue, mienne, hors_ligne.etat({**contexte_serveur, **actuel}),
                                    hors_ligne.revisions(actuel), droits=droits)
        exiger_sans_ecart(plan, serveur)
        emport.appliquer(c, plan, lue, reservees={fiche: frozenset(nees_ici)})
        lignes = envoi_fiches.du_serveur(c, fiche, a_synchroniser)
        recues = {(fiche, l["pk"]): l.get("revision") for l in lignes[fiche]}
        # supprimées là-bas (avant la première lecture, ou entre les deux quand rien n'est verrouillé) et
        # pas changées ici : la copie les garde, l'instantané aussi, jusqu'au renvoi qui les retire
        supprimees = frozenset(pk for pk in a_synchroniser - supprimees_ici if (fiche, pk) not in recues)
        if not plan.operations and recues == {k: v for k, v in revisions_lues.items() if k in recues}:
            return Synchro(supprimees=supprimees, au_renvoi=au_renvoi, pas_encore=pas_encore)
        exercices = envoi_fiches.exercices_du_serveur(c, lignes)
        xid = envoi_fiches.transaction(c) if plan.operations else ""
        with base.ecriture() as db:
            envoi_fiches.remplacer_dans_le_poste(db, fiche, lignes, exercices, serveur.adresse)
            envoi_direct.garder_surcharges(db, {fiche: set(a_synchroniser - supprimees)}, lignes)
            if plan.operations:
                envoi_fiches.noter_intention(db, fiche, lues_lignes, lignes, supprimees_ici, xid)
            if supprimees_ici:
                cles_reservees.rendre(db, fiche, supprimees_ici)
    if plan.operations:                 # le serveur a validé
        with base.ecriture() as db:
            envoi_fiches.effacer_intention(db)
    return Synchro(envoyee=bool(plan.operations),
                   recue=any(avant.get(cle) != revision for cle, revision in revisions_lues.items()
                             if cle in avant and cle in recues),
                   supprimees=supprimees, revisions=recues, au_renvoi=au_renvoi, pas_encore=pas_encore,
                   supprimees_ici=frozenset(supprimees_ici))


def _etats(base: Base, fiche: str, lues_lignes: dict, poste: dict, cles: set[int]):
    """Ce que la copie a du serveur et ce qu'elle a maintenant, des fiches ``cles`` : leurs lignes, et les
    états (``domaine.hors_ligne.etat``) avec les fiches qu'elles désignent (pour les droits), lues dans la
    copie — celles d'une fiche supprimée ici d'après ce qu'elle désignait."""
    lues_lignes = envoi_fiches.seulement(lues_lignes, fiche, cles)
    poste = envoi_fiches.seulement(poste, fiche, cles)
    contexte = _contexte(lambda parent, c: envoi_fiches.du_poste(base, parent, c)[parent], fiche,
                         {fiche: poste[fiche] + lues_lignes[fiche]})
    return lues_lignes, poste, hors_ligne.etat({**contexte, **lues_lignes}), hors_ligne.etat({**contexte, **poste})


def _supprimees_ici(fiche: str, lues: list[dict], poste: list[dict]) -> set[int]:
    """Les fiches que la copie a du serveur et que ce poste a supprimées (plus à leur clé; un service
    remplacé à sa clé par un autre attend le renvoi) : un service, une action. Elles partent en direct,
    supprimées sur le serveur si personne ne les y a changées. Une norme ne se supprime pas seule (elle
    se retire)."""
    if fiche not in ("service", "action_norme"):
        return set()
    au_poste = {l["pk"] for l in poste}
    return {l["pk"] for l in lues if l["pk"] not in au_poste}


def _les_memes(base: Base, index, fiche: str, lues: list[dict], poste: list[dict]) -> set[int]:
    """Les clés des fiches du poste qui sont celles que la copie a du serveur : pas créées ici à une clé
    qu'une fiche supprimée ici a laissée (un service : le journal du poste; une norme ou une action :
    son identité, ``domaine.hors_ligne.IDENTITE``), ni supprimées ici."""
    lues_par_pk = {l["pk"]: l for l in lues}
    if fiche == "service":
        remplaces = emport.services_remplaces(base, index.journal_id)
        return {l["pk"] for l in poste if l["pk"] in lues_par_pk and l["pk"] not in remplaces}
    champs = hors_ligne.IDENTITE.get(fiche, ())
    return {l["pk"] for l in poste if l["pk"] in lues_par_pk
            and all(l.get(c) == lues_par_pk[l["pk"]].get(c) for c in champs)}


def _nees_ici(base: Base, fiche: str, lues: list[dict], poste: list[dict]) -> tuple[set[int], frozenset[int]]:
    """Les fiches créées dans la copie à une clé que le serveur lui a réservée (``stockage.
    cles_reservees``) et pas encore sur le serveur : les clés de celles qui y partent maintenant, à leur
    clé — la fiche qu'elles désignent (le service d'une norme, la norme d'une action) y est déjà —, et
    celles qui attendent : un service encore sans secteur (le serveur ne saurait à qui il est), une
    norme d'un service qui n'y est pas encore parti. Elles partent à l'enregistrement qui les complète."""
    prises = cles_reservees.prises(base.conn, fiche) - {l["pk"] for l in lues}
    nees = [l for l in poste if l["pk"] in prises]
    if fiche == "service":
        pretes = [l for l in nees if (l.get("secteur_responsabilite") or "").strip()]
    elif nees:
        parent, vers = PARENT_DE[fiche]
        sur_le_serveur = parents_du_serveur(base, fiche, {l[vers] for l in nees if l.get(vers) is not None})
        pretes = [l for l in nees if l.get(vers) in sur_le_serveur]
    else:
        pretes = []
    parties = {l["pk"] for l in pretes}
    return parties, frozenset(l["pk"] for l in nees) - parties


def parents_du_serveur(base: Base, fiche: str, cles: set[int]) -> set[int]:
    """Celles des fiches ``cles`` que désignent des fiches ``fiche`` (les services de normes, les normes
    d'actions) qui sont, dans la copie, celles que le serveur a à ces clés : emportées ou reçues, pas
    une fiche du poste à qui SQLite a donné la même clé (:func:`_les_memes`)."""
    parent, _ = PARENT_DE[fiche]
    index = envoi_direct.index_emport(base)
    connus = envoi_direct.emportees_fiches(base, {parent: set(cles)}) if cles else None
    if index is None or connus is None:
        return set()
    return _les_memes(base, index, parent, connus[parent], envoi_fiches.du_poste(base, parent, cles)[parent])


# une copie garde d'avance quelques clés du serveur par sorte de fiche (une journée de créations)
CLES_A_GARDER = 5


def reserver_cles(serveur: Serveur, base: Base, garder: int = CLES_A_GARDER) -> int:
    """Demander au serveur assez de clés pour que la copie ``base`` en ait ``garder`` de libres par sorte
    de fiche; le nombre de clés reçues. Rien pour un lecteur (qui ne crée rien sur le serveur).

    :raises ErreurServeur: le serveur injoignable (rien d'écrit; les créations partent au renvoi)."""
    manque = {f: garder - cles_reservees.libres(base.conn, f) for f in FICHES_EN_DIRECT}
    manque = {f: n for f, n in manque.items() if n > 0}
    index = envoi_direct.index_emport(base)
    if not manque or index is None:
        return 0
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        if identite_verifiee(c, serveur) != index.identite:     # des clés d'un autre répertoire : jamais
            raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
        if not emport.droits(c).redacteur:
            return 0
        recues = {f: envoi_fiches.reserver(c, f, n) for f, n in manque.items()}
    with base.ecriture() as db:
        for fiche, cles in recues.items():
            cles_reservees.ajouter(db, fiche, cles)
    return sum(len(c) for c in recues.values())


def _contexte(lire, fiche: str, lignes: dict) -> dict[str, list[dict]]:
    """Les fiches que désignent ``lignes[fiche]``, de proche en proche (``PARENT_DE`` : une action, sa
    norme, son service), lues par ``lire(parent, cles)`` — dans la copie ou sur le serveur."""
    contexte: dict[str, list[dict]] = {}
    while fiche in PARENT_DE:
        parent, vers = PARENT_DE[fiche]
        cles = {l[vers] for l in (lignes if fiche in lignes else contexte)[fiche] if l.get(vers) is not None}
        contexte[parent] = lire(parent, cles)
        fiche = parent
    return contexte


def preparer(base: Base) -> None:
    """Ranger d'avance ce que la synchronisation lit dans l'instantané d'emport (une copie de tout le
    répertoire : quelques dixièmes de seconde, une fois par copie), pour que le premier enregistrement
    en direct ne l'attende pas."""
    envoi_direct.preparer(base)
