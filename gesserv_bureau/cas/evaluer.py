"""Les cas d'utilisation des outils d'évaluation (annexes 1A, 1B, 2A), partagés par l'interface
et la ligne de commande. Les séances d'examen sont dans :mod:`seances_examen`."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.evaluations import Evaluation, Manque
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices


class EvaluationIncomplete(Exception):
    def __init__(self, manques: list[Manque]):
        super().__init__(", ".join(m.code for m in manques))
        self.manques = manques


class EvaluationApprouvee(Exception):
    """Une évaluation approuvée ne se modifie plus."""


class EvaluationNonTerminee(ValueError):
    """Seule une évaluation terminée (pas approuvée) se rouvre."""


def nouvelle(base: Base, outil: str, exercice: str, service_pk: int | None = None, sujet: str = "") -> Evaluation:
    """Une évaluation neuve de l'outil ``outil``, enregistrée.

    :raises outils.OutilInconnu: l'outil n'est pas au registre (rien n'est écrit)."""
    ev = Evaluation(outil, exercice=exercice, service_pk=service_pk, auteur=base.auteur, sujet=sujet)
    if service_pk is not None and not sujet:
        service = DepotServices(base).charger(service_pk)
        if service is not None:
            ev.sujet = service.nom_fr or service.nom_en
    _suivre_le_ministere(base, ev)
    DepotEvaluations(base).enregistrer(ev)
    return ev


def _suivre_le_ministere(base: Base, ev: Evaluation) -> None:
    """Une évaluation neuve part de ce que le ministère a en vigueur, si son outil le demande
    (``Outil.preparation``; 1B : sa pondération, s'il en a une, et ses autres critères,
    ``reglages_1b.suivre``)."""
    chemin = outils.outil(ev.outil).preparation
    if chemin:
        module, _, nom = chemin.rpartition(".")
        getattr(importlib.import_module(module), nom)(base, ev)


def charger(base: Base, pk: int) -> Evaluation | None:
    return DepotEvaluations(base).charger(pk)


def enregistrer(base: Base, ev: Evaluation) -> None:
    """Chaque saisie : écrite tout de suite (rien de ce qui est tapé ne se perd)."""
    if not ev.modifiable():
        raise EvaluationApprouvee(ev.uuid)
    DepotEvaluations(base).enregistrer(ev)


def terminer(base: Base, ev: Evaluation) -> None:
    """Termine l'évaluation si rien ne manque (sinon :class:`EvaluationIncomplete`, rien ne change).
    Un outil qui désigne le service (``Outil.designation``; 1B : « prioritaire ») : « oui » met
    la désignation au service, « non » la retire (au journal)."""
    if not ev.modifiable():
        raise EvaluationApprouvee(ev.uuid)
    manques = regles.manques(ev)
    if manques:
        raise EvaluationIncomplete(manques)
    ev.statut = "terminee"
    ev.termine_le = journal.maintenant()
    DepotEvaluations(base).enregistrer(ev, "fin")
    if outils.outil(ev.outil).designation and ev.service_pk is not None:
        appliquer_designation(base, ev)


def rouvrir(base: Base, ev: Evaluation) -> None:
    """Une évaluation terminée, pas approuvée, redevient un brouillon : ses réponses se
    modifient de nouveau (au journal : « terminee » → « brouillon »). La désignation qu'elle a
    pu mettre au service reste jusqu'à ce qu'on la termine de nouveau.

    :raises EvaluationApprouvee: elle est approuvée (rien ne change).
    :raises EvaluationNonTerminee: c'est déjà un brouillon."""
    if ev.statut == "approuvee":
        raise EvaluationApprouvee(ev.uuid)
    if not regles.peut_rouvrir(ev):
        raise EvaluationNonTerminee(ev.statut)
    avant = ev.statut
    ev.statut = "brouillon"
    ev.termine_le = ""
    DepotEvaluations(base).enregistrer(ev, "reouverture", ("statut", avant, ev.statut))


def _libelle_service(service: Service | None) -> str | None:
    if service is None:
        return None
    return f"{service.service_id} — {service.nom_fr or service.nom_en}".strip(" —")


def relier(base: Base, ev: Evaluation, service_pk: int) -> None:
    """L'évaluation porte désormais sur un autre service du répertoire; le journal garde
    l'ancien et le nouveau (champ « service »). 1B, 2A : le sujet devient le nom du service;
    1A garde le nom de son activité.

    :raises EvaluationApprouvee: elle est approuvée (rien ne change).
    :raises LookupError: ce service n'existe pas (rien ne change)."""
    if not regles.peut_relier(ev):
        raise EvaluationApprouvee(ev.uuid)
    depot = DepotServices(base)
    nouveau = depot.charger(service_pk)
    if nouveau is None:
        raise LookupError(service_pk)
    ancien = depot.charger(ev.service_pk) if ev.service_pk is not None else None
    ev.service_pk = nouveau.pk
    if outils.outil(ev.outil).porte_sur_un_service or not ev.sujet.strip():
        ev.sujet = nouveau.nom_fr or nouveau.nom_en
    ev.exercice = ev.exercice or nouveau.exercice
    DepotEvaluations(base).enregistrer(ev, "lien_service",
                                       ("service", _libelle_service(ancien), _libelle_service(nouveau)))


def appliquer_designation(base: Base, ev: Evaluation) -> None:
    designation = outils.outil(ev.outil).designation
    depot = DepotServices(base)
    service = depot.charger(ev.service_pk)
    if service is None or not designation:   # supprimé entre-temps : l'évaluation reste lisible, rien à changer
        return
    designations = [d for d in service.designations if d != designation]
    if regles.conclusion(ev) == "oui":
        designations.insert(0, designation)
    if designations != service.designations:
        service.designations = designations
        depot.enregistrer(service)


def moment(horodatage: str):
    import datetime as dt

    return dt.datetime.fromisoformat(horodatage)


def signer_contenu(identite, octets: bytes, approuve_le: str) -> dict:
    """La preuve (``rapports.approbation``); le certificat doit pouvoir signer à ``approuve_le``."""
    from gesserv_bureau.rapports import approbation

    return approbation.signer(identite, octets, moment(approuve_le))


def approuver(base: Base, ev: Evaluation, par: str = "", identite=None) -> None:
    """Approuve l'évaluation (terminée d'abord si c'est un brouillon complet).

    ``identite`` (``rapports.certificats.Identite``, d'un fichier PKCS#12 ouvert avec le mot de
    passe de l'approbateur, jamais gardé) : l'approbation est signée — l'approbateur est alors
    le titulaire du certificat, et l'évaluation voyage approuvée. Sans elle, ``par`` nomme
    l'approbateur : approuvée ici, elle arrive « terminée » ailleurs tant qu'elle n'est pas
    signée (:func:`signer_approbation`).

    :raises EvaluationIncomplete: il manque des réponses (rien ne change).
    :raises rapports.certificats.CertificatInutilisable: le certificat ne peut pas signer (rien ne change).
    :raises ValueError: ni ``identite`` ni ``par``.
    """
    if identite is None and not (par or "").strip():
        raise ValueError("approbateur")
    if ev.statut == "brouillon":
        manques = regles.manques(ev)
        if manques:
            raise EvaluationIncomplete(manques)
    approuve_le = journal.maintenant()
    if identite is not None:   # un certificat qui ne peut pas signer : refusé avant d'écrire quoi que ce soit
        from gesserv_bureau.rapports import certificats

        certificats.verifier_usage_signature(identite.certificat, moment(approuve_le))
        par = identite.nom
    if ev.statut == "brouillon":
        terminer(base, ev)
    ev.approbation = _preuve_evaluation(base, ev, identite, approuve_le) if identite is not None else None
    ev.statut = "approuvee"
    ev.approuve_le = approuve_le
    ev.approuve_par = par.strip()
    DepotEvaluations(base).enregistrer(ev, "approbation")


def _preuve_evaluation(base: Base, ev: Evaluation, identite, approuve_le: str) -> dict:
    from gesserv_bureau.domaine import contenu_approuve
    from gesserv_bureau.domaine.echange_evaluations import completer

    completer(ev.outil, ev.contenu)   # les réponses telles que l'autre poste les relira
    service = DepotServices(base).charger(ev.service_pk) if ev.service_pk is not None else None
    octets = contenu_approuve.evaluation(ev, service, approuve_le, identite.nom)
    return signer_contenu(identite, octets, approuve_le)


def signer_approbation(base: Base, ev: Evaluation, identite) -> None:
    """Signe une approbation déjà donnée ici sans signature : la date d'approbation devient
    celle de la signature, l'approbateur le titulaire du certificat.

    :raises EvaluationApprouvee: elle est déjà signée.
    :raises ValueError: elle n'est pas approuvée.
    """
    if ev.statut != "approuvee":
        raise ValueError("pas approuvee")
    if ev.approbation is not None:
        raise EvaluationApprouvee(ev.uuid)
    approuve_le = journal.maintenant()
    preuve = _preuve_evaluation(base, ev, identite, approuve_le)
    ev.approuve_le, ev.approuve_par, ev.approbation = approuve_le, identite.nom, preuve
    DepotEvaluations(base).enregistrer(ev, "approbation")


def entree_existante_1a(base: Base, ev: Evaluation):
    """L'entrée du répertoire de l'exercice qui est peut-être déjà celle de l'activité (même
    numéro d'ID, sinon même nom : ``recherche.entree_correspondante``), ``None`` sinon."""
    from gesserv_bureau.domaine import recherche

    if not ev.exercice:
        return None
    return recherche.entree_correspondante(DepotServices(base).services(ev.exercice), ev.sujet,
                                           ev.contenu.get("service_id", ""))


def creer_service_depuis_1a(base: Base, ev: Evaluation) -> int:
    """Une activité déterminée « service » : l'entrée du répertoire, préremplie et liée (son
    numéro d'ID, s'il est donné et pas déjà pris dans l'exercice, casse comprise). Pour lier plutôt une entrée
    qui existe déjà : :func:`entree_existante_1a`, puis :func:`relier`."""
    depot = DepotServices(base)
    numero = " ".join(ev.contenu.get("service_id", "").split())
    if numero and numero.casefold() in {i.casefold() for i in depot.ids_autres(ev.exercice, None)}:
        numero = ""
    service = Service(exercice=ev.exercice, service_id=numero, nom_fr=ev.sujet,
                      description_fr=ev.contenu.get("description", ""))
    pk = depot.creer(service)
    ev.service_pk = pk
    DepotEvaluations(base).enregistrer(ev, "lien_service", ("service", None, _libelle_service(depot.charger(pk))))
    return pk


def repartir_de(base: Base, pk: int, exercice: str) -> Evaluation:
    """Une nouvelle évaluation à partir de celle de l'an dernier."""
    precedente = DepotEvaluations(base).charger(pk)
    ev = regles.depart_de(precedente, exercice, base.auteur)
    _suivre_le_ministere(base, ev)
    DepotEvaluations(base).enregistrer(ev)
    return ev


def toutes(base: Base, outil: str | None = None) -> list[Evaluation]:
    return DepotEvaluations(base).toutes(outil)


def du_service(base: Base, service_pk: int, outil: str | None = None) -> list[Evaluation]:
    return DepotEvaluations(base).du_service(service_pk, outil)


@dataclass(frozen=True)
class Faits1B:
    """Ce que le répertoire sait déjà d'un service, offert en preuve dans l'outil 1B."""

    volumes: dict          # mode -> Volume
    authentification: str | None
    frais: str | None
    designations: tuple[str, ...]
    portee: str | None


def faits_1b(base: Base, service_pk: int | None) -> Faits1B | None:
    service = DepotServices(base).charger(service_pk) if service_pk is not None else None
    if service is None:
        return None
    return Faits1B(dict(service.volumes), service.points_interaction.get("authentification"), service.frais,
                   tuple(service.designations), service.portee)


# --- séances d'examen (2.4.4) ---------------------------------------------------------------
def services(base: Base, exercice: str | None) -> list[Service]:
    """Les services qu'on peut évaluer (ceux de l'exercice; tous si ``None``)."""
    return DepotServices(base).services(exercice or None)


def service(base: Base, pk: int | None) -> Service | None:
    return DepotServices(base).charger(pk) if pk is not None else None


def services_prioritaires(base: Base, exercice: str) -> list[Service]:
    return [s for s in DepotServices(base).services(exercice) if "prioritaire" in s.designations]
