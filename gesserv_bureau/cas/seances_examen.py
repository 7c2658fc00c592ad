"""Les cas d'utilisation des séances d'examen des services prioritaires (annexe 2A, 2.4.5) :
créer et enregistrer une séance, y examiner chaque service (son évaluation 2A), l'approuver
(son procès-verbal). Partagés par l'interface et la ligne de commande."""

from __future__ import annotations

from gesserv_bureau.cas.evaluer import EvaluationApprouvee, signer_contenu
from gesserv_bureau.domaine import seances as regles_seances
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations, DepotSeances
from gesserv_bureau.stockage.depot_services import DepotServices


def nouvelle(base: Base, titre: str, date: str, exercice: str) -> Seance:
    seance = Seance(titre=titre, date=date, exercice=exercice, auteur=base.auteur)
    DepotSeances(base).enregistrer(seance)
    return seance


def enregistrer(base: Base, seance: Seance) -> None:
    DepotSeances(base).enregistrer(seance)


class SeanceNonTerminee(Exception):
    """Une séance d'examen s'approuve une fois terminée."""


def approuver(base: Base, seance: Seance, par: str = "", identite=None) -> None:
    """Approuve la séance d'examen (son procès-verbal : titre, date, participants, ordre du
    jour). Comme pour une évaluation : signée avec ``identite``, elle voyage approuvée; sinon
    ``par`` nomme l'approbateur et elle arrive « terminée » ailleurs. Une séance approuvée sans
    signature se signe ensuite de même (avec ``identite``).

    :raises SeanceNonTerminee: la séance est encore en brouillon.
    :raises EvaluationApprouvee: elle est déjà approuvée (et signée, ou rien pour la signer).
    :raises rapports.certificats.CertificatInutilisable: le certificat ne peut pas signer.
    :raises ValueError: ni ``identite`` ni ``par``.
    """
    from gesserv_bureau.domaine import contenu_approuve

    if identite is None and not (par or "").strip():
        raise ValueError("approbateur")
    if seance.statut == "brouillon":
        raise SeanceNonTerminee(seance.uuid)
    if seance.statut == "approuvee" and (seance.approbation is not None or identite is None):
        raise EvaluationApprouvee(seance.uuid)   # déjà approuvée : on ne peut plus que signer une approbation non signée
    approuve_le = journal.maintenant()
    preuve = None
    if identite is not None:
        par = identite.nom
        depot = DepotServices(base)
        services = [s for s in (depot.charger(pk) for pk in seance.services) if s is not None]
        preuve = signer_contenu(identite, contenu_approuve.seance(seance, services, approuve_le, par), approuve_le)
    seance.statut, seance.approuve_le, seance.approuve_par, seance.approbation = (
        "approuvee", approuve_le, par.strip(), preuve)
    DepotSeances(base).enregistrer(seance, "approbation")


def toutes(base: Base) -> list[Seance]:
    return DepotSeances(base).toutes()


def charger(base: Base, pk: int) -> Seance | None:
    return DepotSeances(base).charger(pk)


def _examen_existant(depot: DepotEvaluations, seance: Seance, service_pk: int) -> Evaluation | None:
    """La 2A que la séance reprend pour ce service : la sienne s'il y en a une, sinon une 2A de ce
    service et de cet exercice faite ailleurs (hors séance ou dans une autre séance), choisie par
    ``domaine.seances.examen_a_reprendre``."""
    deux_a = [ev for ev in depot.du_service(service_pk, "2A") if ev.exercice == seance.exercice]
    propres = [ev for ev in deux_a if seance.pk is not None and ev.seance_pk == seance.pk]
    return regles_seances.examen_a_reprendre(propres) or regles_seances.examen_a_reprendre(deux_a)


def examen_du_service(base: Base, seance: Seance, service_pk: int) -> Evaluation:
    """L'évaluation 2A d'un service dans la séance : exactement une par service et exercice.
    La séance reprend celle qui existe (faite hors séance, ou dans une autre séance) : non
    approuvée, elle est rattachée à cette séance et s'y poursuit (sauf si elle appartient à une
    séance approuvée, dont le procès-verbal ne change pas); approuvée, elle est montrée telle
    quelle, en lecture seule. Créée à la première visite s'il n'y en a aucune."""
    depot = DepotEvaluations(base)
    ev = _examen_existant(depot, seance, service_pk)
    if ev is not None:
        if ev.seance_pk != seance.pk and ev.modifiable() and _rattachable(base, ev):
            ev.seance_pk = seance.pk
            depot.enregistrer(ev)
        return ev
    ev = Evaluation("2A", exercice=seance.exercice, service_pk=service_pk, auteur=base.auteur)
    service = DepotServices(base).charger(service_pk)
    ev.sujet = (service.nom_fr or service.nom_en) if service else ""
    ev.seance_pk = seance.pk
    depot.enregistrer(ev)
    return ev


def _rattachable(base: Base, ev: Evaluation) -> bool:
    """Une 2A hors séance, ou d'une séance qui n'est pas approuvée."""
    if ev.seance_pk is None:
        return True
    autre = DepotSeances(base).charger(ev.seance_pk)
    return autre is None or regles_seances.modifiable(autre)


def examens(base: Base, seance: Seance) -> list[Evaluation]:
    """Les examens de la séance : pour chaque service de l'ordre du jour, la 2A que la séance
    reprend (la sienne, sinon celle faite ailleurs pour ce service et cet exercice), puis celles
    de la séance dont le service a quitté l'ordre du jour. Rien n'est créé ni rattaché ici."""
    depot = DepotEvaluations(base)
    trouves: list[Evaluation] = []
    for service_pk in dict.fromkeys(seance.services):
        ev = _examen_existant(depot, seance, service_pk)
        if ev is not None:
            trouves.append(ev)
    vus = {ev.service_pk for ev in trouves}
    if seance.pk is not None:
        trouves.extend(ev for ev in depot.de_la_seance(seance.pk) if ev.service_pk not in vus)
    return trouves
