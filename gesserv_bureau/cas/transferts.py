"""Les cas d'utilisation de l'échange des évaluations entre postes : exporter une évaluation, ou
une séance d'examen avec ses évaluations, dans un fichier JSON; importer un tel fichier, tout ou
rien. Partagés par l'interface et la ligne de commande (``gesserv-bureau evaluation``).

Le format et la règle de décision vivent dans ``domaine.echange_evaluations``; l'écriture
(qui garde les dates du fichier) dans ``stockage.depot_echanges``.

Une approbation reçue ne vaut que prouvée : la signature de l'approbateur sur le contenu
canonique recalculé ici (``domaine.contenu_approuve``), son certificat menant à une racine de
confiance de ce poste (``rapports.confiance``, plus celles données pour l'import), valide à la
date de l'approbation (``rapports.approbation``). Le nom de l'approbateur est celui du
certificat. Sans preuve valable, l'évaluation (ou la séance) est importée « terminée », avec un
avertissement qui dit pourquoi.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau import NOM_APPLICATION, __version__
from gesserv_bureau.domaine import echange_evaluations as echange
from gesserv_bureau.domaine.echange_evaluations import (
    CREER,
    INCHANGEE,
    MODIFIER,
    EchangeRefuse,
    Message,
    Paquet,
    RefService,
    refus,
)
from gesserv_bureau.domaine import contenu_approuve
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.exportation import ecrire_atomique
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_echanges import DepotEchanges
from gesserv_bureau.stockage.depot_evaluations import (
    DepotEvaluations,
    DepotSeances,
    Seance,
)
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.referentiel import messages_systeme

__all__ = ["EchangeRefuse", "Message", "Resultat", "exporter_evaluation", "exporter_seance", "importer", "lire"]

TAILLE_MAX_MO = 10     # une séance de cinquante examens 2A aux longues réponses tient en moins de 5 Mo


@dataclass
class Resultat:
    crees: int = 0
    modifies: int = 0
    inchanges: int = 0
    seance: str | None = None          # CREER, MODIFIER, INCHANGEE, ou None (pas de séance dans le fichier)
    titre_seance: str = ""
    avertissements: list[Message] = field(default_factory=list)
    uuids: list[str] = field(default_factory=list)   # les évaluations du fichier, dans l'ordre
    approbations: list[Message] = field(default_factory=list)   # les approbations reçues et vérifiées

    def textes(self, langue: str) -> list[str]:
        """Le bilan, une phrase par ligne (les avertissements à part : :attr:`avertissements`)."""
        lignes = []
        if self.seance is not None:
            cle = {CREER: "seance_creee", MODIFIER: "seance_modifiee", INCHANGEE: "seance_inchangee"}[self.seance]
            lignes.append(Message(cle, {"titre": self.titre_seance}).texte(langue))
        lignes.extend(m.texte(langue) for m in self.approbations)
        lignes.append(Message("bilan", {"crees": self.crees, "modifies": self.modifies, "inchanges": self.inchanges,
                                        "avertissements": len(self.avertissements)}).texte(langue))
        return lignes


# --- exporter ----------------------------------------------------------------------------------
def _ecrire(chemin: Path | str, donnees: dict) -> None:
    texte = json.dumps(donnees, ensure_ascii=False, indent=2) + "\n"
    ecrire_atomique(Path(chemin), texte.encode("utf-8"))


def _entete(base: Base) -> dict:
    return {"exporte_le": journal.maintenant(), "exporte_par": base.auteur,
            "application": f"{NOM_APPLICATION} {__version__}"}


def _services(base: Base, pks) -> dict:
    depot = DepotServices(base)
    services = {}
    for pk in pks:
        if pk is not None and pk not in services:
            service = depot.charger(pk)
            if service is not None:
                services[pk] = service
    return services


def exporter_evaluation(base: Base, uuid: str, chemin: Path | str) -> Evaluation:
    """Écrit l'évaluation ``uuid`` dans ``chemin``; lève :class:`EchangeRefuse` si elle n'existe pas,
    ``OSError`` si le fichier ne s'écrit pas (un fichier existant n'est jamais laissé à moitié écrit)."""
    ev = DepotEvaluations(base).par_uuid(uuid)
    if ev is None:
        raise refus("evaluation_introuvable", uuid=uuid)
    seances = {}
    if ev.seance_pk is not None:
        seance = DepotSeances(base).charger(ev.seance_pk)
        if seance is not None:
            seances[seance.pk] = seance.uuid
    _ecrire(chemin, echange.vers_json([ev], None, _services(base, [ev.service_pk]), seances_par_pk=seances,
                                      **_entete(base)))
    return ev


def exporter_seance(base: Base, uuid: str, chemin: Path | str) -> tuple[Seance, list[Evaluation]]:
    """Écrit la séance d'examen ``uuid`` et ses évaluations dans ``chemin``."""
    seance = DepotSeances(base).par_uuid(uuid)
    if seance is None:
        raise refus("seance_introuvable", uuid=uuid)
    from gesserv_bureau.cas import seances_examen

    evaluations = seances_examen.examens(base, seance)   # celles que cite son procès-verbal, une par service
    services = _services(base, [*seance.services, *(ev.service_pk for ev in evaluations)])
    _ecrire(chemin, echange.vers_json(evaluations, seance, services, **_entete(base)))
    return seance, evaluations


# --- importer ----------------------------------------------------------------------------------
def lire(chemin: Path | str) -> Paquet:
    """Lit et valide le fichier, sans toucher à la base; lève :class:`EchangeRefuse`."""
    chemin = Path(chemin)
    limite = TAILLE_MAX_MO * 1024 * 1024

    def trop_gros(taille: int | None) -> EchangeRefuse:
        mo = round(taille / 1024 / 1024) if taille is not None else None
        return refus("trop_volumineux", fichier=chemin, limite=TAILLE_MAX_MO,
                     taille=mo if mo is not None and mo > TAILLE_MAX_MO else f"> {TAILLE_MAX_MO}")

    try:
        with open(chemin, "rb") as f:
            taille = os.fstat(f.fileno()).st_size
            if taille > limite:
                raise trop_gros(taille)
            # jamais plus que la limite en mémoire, même si la taille annoncée ment (tube, fichier qui grossit)
            octets = f.read(limite + 1)
        if len(octets) > limite:
            raise trop_gros(None)
    except FileNotFoundError:
        raise refus("introuvable", fichier=chemin) from None
    except OSError as exc:
        raise refus("illisible", fichier=chemin, detail=messages_systeme.detail(exc)) from None
    try:
        donnees = json.loads(octets.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise refus("pas_json", fichier=chemin, detail=f"UTF-8 : {exc.reason}") from None
    except json.JSONDecodeError as exc:
        raise refus("pas_json", fichier=chemin, detail=f"{exc.msg}, {exc.lineno}:{exc.colno}") from None
    except RecursionError:
        raise refus("trop_imbrique", limite=echange.PROFONDEUR_MAX) from None
    return echange.depuis_json(donnees)


class _Services:
    """Retrouve ici les services du fichier par (exercice, numéro d'identification)."""

    def __init__(self, base: Base):
        self.depot = DepotServices(base)
        self._cache: dict[tuple[str, str], int | None] = {}

    def pk(self, ref: RefService) -> int | None:
        cle = (ref.exercice, ref.service_id)
        if cle not in self._cache:
            self._cache[cle] = self.depot.pk_par_id(*cle) if ref.service_id else None
        return self._cache[cle]

    def nom(self, pk: int) -> str:
        service = self.depot.charger(pk)
        return service.nom("fr") if service else ""


# --- les approbations reçues ----------------------------------------------------------------------
class _Verificateur:
    """Vérifie les preuves d'approbation d'un import; les racines de confiance ne sont lues (et
    pyhanko-certvalidator chargé) qu'à la première preuve."""

    def __init__(self, racines: Sequence = ()):
        self._supplementaires = list(racines)
        self._racines: list | None = None

    def racines(self) -> list:
        if self._racines is None:
            from gesserv_bureau.rapports import confiance

            self._racines = [*confiance.racines(), *self._supplementaires]
        return self._racines

    def constat(self, bloc: dict, octets_pour, approuve_le: str):
        """``octets_pour(nom)`` : le contenu canonique, approuvé par ``nom`` (celui du certificat)."""
        from gesserv_bureau.rapports import approbation

        nom = approbation.nom_signataire(bloc)
        if nom is None:
            return approbation.Constat(False, raison=approbation.ILLISIBLE)
        moment = echange.instant(approuve_le) if approuve_le else None
        return approbation.verifier(bloc, octets_pour(nom), self.racines(), moment)


def _raison(constat, approuve_le: str) -> Message:
    return Message(constat.raison, {"nom": constat.nom or "?", "date": approuve_le or "?"})


def _verifier_approbations(paquet: Paquet, verificateur: _Verificateur, resultat: Resultat) -> None:
    """Chaque approbation du fichier, prouvée ou rendue « terminée » avec un avertissement; le
    nom de l'approbateur devient celui de son certificat."""
    for recue in paquet.evaluations:
        ev = recue.evaluation
        if ev.statut != "approuvee":
            continue
        params = {"sujet": ev.sujet, "outil": ev.outil, "uuid": ev.uuid}
        if ev.approbation is None:
            resultat.avertissements.append(Message("approbation_non_signee", {**params, "par": ev.approuve_par or "?"}))
            echange.sans_approbation(ev)
            continue
        constat = verificateur.constat(
            ev.approbation, lambda nom: contenu_approuve.evaluation(ev, recue.service, ev.approuve_le, nom),
            ev.approuve_le)
        if constat.valide:
            ev.approuve_par = constat.nom
            resultat.approbations.append(Message("approbation_verifiee", {**params, "nom": constat.nom,
                                                                          "racine": constat.racine}))
        else:
            resultat.avertissements.append(Message("approbation_refusee", {**params,
                                                                           "raison": _raison(constat, ev.approuve_le)}))
            echange.sans_approbation(ev)
    s = paquet.seance
    if s is None or s.statut != "approuvee":
        return
    params = {"titre": s.titre, "uuid": s.uuid}
    if s.approbation is None:
        resultat.avertissements.append(Message("seance_approbation_non_signee", params))
        echange.sans_approbation(s)
        return
    constat = verificateur.constat(
        s.approbation, lambda nom: contenu_approuve.seance(s, s.services, s.approuve_le, nom), s.approuve_le)
    if constat.valide:
        s.approuve_par = constat.nom
        resultat.approbations.append(Message("seance_approbation_verifiee", {**params, "nom": constat.nom,
                                                                             "racine": constat.racine}))
    else:
        resultat.avertissements.append(Message("seance_approbation_refusee", {**params,
                                                                              "raison": _raison(constat, s.approuve_le)}))
        echange.sans_approbation(s)


def importer(base: Base, chemin: Path | str, racines: Sequence = ()) -> Resultat:
    """Importe le fichier, tout ou rien. Lève :class:`EchangeRefuse` (rien n'est écrit) si le
    fichier est illisible, d'un format plus récent, invalide, ou s'il écraserait ici des
    réponses plus récentes ou une évaluation approuvée.

    Une approbation n'est gardée que prouvée, envers les racines de confiance retenues
    (``rapports.confiance``) et ``racines`` (des ``x509.Certificate`` donnés pour cet import);
    sinon l'évaluation ou la séance arrive « terminée », avec un avertissement."""
    try:
        paquet = lire(chemin)
    except EchangeRefuse as exc:
        raise EchangeRefuse([*exc.problemes, Message("rien_importe")]) from None
    depot_ev = DepotEvaluations(base)
    depot_seances = DepotSeances(base)
    services = _Services(base)
    resultat = Resultat(uuids=[r.evaluation.uuid for r in paquet.evaluations])
    problemes: list[Message] = []
    _verifier_approbations(paquet, _Verificateur(racines), resultat)

    # la séance : ses services traduits en clés locales, puis la règle
    seance_a_ecrire: Seance | None = None
    seance_pk: int | None = None      # la clé locale de la séance du fichier, si elle existe déjà ici
    if paquet.seance is not None:
        s = paquet.seance
        pks = []
        for ref in s.services:
            pk = services.pk(ref)
            if pk is None:
                resultat.avertissements.append(Message("service_absent_seance", {
                    "service_id": ref.service_id, "nom": ref.nom(), "exercice": ref.exercice, "titre": s.titre}))
            elif pk not in pks:
                pks.append(pk)
        locale = depot_seances.par_uuid(s.uuid)
        entrante = Seance(uuid=s.uuid, titre=s.titre, date=s.date, exercice=s.exercice, participants=s.participants,
                          services=pks, position=s.position, statut=s.statut, auteur=s.auteur, cree_le=s.cree_le,
                          modifie_le=s.modifie_le, approuve_le=s.approuve_le, approuve_par=s.approuve_par,
                          approbation=s.approbation, pk=locale.pk if locale else None)
        action, probleme = echange.decider_seance(entrante, locale)
        resultat.seance, resultat.titre_seance = action, s.titre
        if probleme is not None:
            problemes.append(probleme)
        elif action != INCHANGEE:
            seance_a_ecrire = entrante
        seance_pk = locale.pk if locale else None

    # les évaluations
    a_ecrire: list[Evaluation] = []
    rattachees: list[str] = []
    for recue in paquet.evaluations:
        ev = recue.evaluation
        locale = depot_ev.par_uuid(ev.uuid)
        ref = recue.service
        if ref is not None:
            ev.service_pk = services.pk(ref)
            if ev.service_pk is None and locale is not None:
                ev.service_pk = locale.service_pk   # un service inconnu ici ne défait pas le lien local
            if ev.service_pk is None:
                resultat.avertissements.append(Message("service_absent", {
                    "service_id": ref.service_id, "nom": ref.nom(), "exercice": ref.exercice, "sujet": ev.sujet}))
            elif services.pk(ref) == ev.service_pk:
                local = services.nom(ev.service_pk)
                if ref.nom_fr and local and local != ref.nom_fr:
                    resultat.avertissements.append(Message("service_nom_different", {
                        "service_id": ref.service_id, "exercice": ref.exercice, "local": local,
                        "fichier": ref.nom_fr, "sujet": ev.sujet}))
        action, probleme = echange.decider(ev, locale)
        if probleme is not None:
            problemes.append(probleme)
            continue

        # la séance de l'évaluation : celle du fichier, ou une séance déjà ici; un lien local
        # n'est jamais défait
        ev.pk = locale.pk if locale else None
        ev.seance_pk = locale.seance_pk if locale else None
        a_rattacher = False
        if recue.seance_uuid:
            if paquet.seance is not None and recue.seance_uuid == paquet.seance.uuid:
                if seance_pk is not None:
                    ev.seance_pk = seance_pk
                else:
                    a_rattacher = True   # la séance est créée par cet import
            else:
                existante = depot_seances.par_uuid(recue.seance_uuid)
                if existante is not None:
                    ev.seance_pk = existante.pk
        lien_change = a_rattacher or (locale is not None and locale.seance_pk is None and ev.seance_pk is not None)

        if action == INCHANGEE:
            resultat.inchanges += 1
            if not lien_change:
                continue
        else:
            resultat.crees += action == CREER
            resultat.modifies += action == MODIFIER
        if a_rattacher:
            rattachees.append(ev.uuid)
        a_ecrire.append(ev)

    if problemes:
        raise EchangeRefuse([*problemes, Message("rien_importe")])
    if seance_a_ecrire is not None or a_ecrire:
        DepotEchanges(base).importer(seance_a_ecrire, a_ecrire, rattachees)
    return resultat
