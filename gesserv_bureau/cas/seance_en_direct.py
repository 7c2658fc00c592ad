"""Une séance d'examen en direct (mode ministère, point 4) : ce que le groupe fait au projecteur
paraît dans la seconde sur le portable de chaque participant.

Côté projecteur, la fenêtre travaille sur la copie du poste (``cas.hors_ligne``); :func:`envoyer`
y prend la séance et ses examens 2A et les envoie au serveur aussitôt enregistrés, avec les règles
du renvoi (droits revérifiés par le serveur, ce que d'autres ont changé fusionné, ce qui se croise
laissé à trancher : :class:`~gesserv_bureau.cas.hors_ligne.RenvoiATrancher`, rien d'écrit).

Côté participant, :func:`lire` donne l'état de la séance tel que le serveur l'a (:class:`EtatSeance` :
la séance, ses services, leurs examens), lu dans une petite base du poste faite pour cela; le
serveur annonce chaque changement (``NOTIFY``, :meth:`EtatSeance.concerne`) et la vue le relit.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau.cas import hors_ligne as hors_ligne_cas, seances_examen
from gesserv_bureau.cas.hors_ligne import AutreRepertoire, PasHorsLigne, RenvoiATrancher, _identite
from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.domaine import hors_ligne
from gesserv_bureau.domaine.hors_ligne import REFUS
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.referentiel.codes import Libelle
from gesserv_bureau.stockage.base import Base, ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.serveur import emport, envoi_direct
from gesserv_bureau.stockage.serveur.adresse import sans_mot_de_passe
from gesserv_bureau.stockage.serveur.connexion import ErreurServeur, erreurs_dites
from gesserv_bureau.stockage.journal import maintenant

__all__ = ["EnvoiRefuse", "SeanceDuServeur", "seances_du_serveur", "envoyer", "envoyer_seance", "synchroniser_evaluation", "Synchro", "lire", "EtatSeance", "ServicesPasEnvoyes", "SeanceAbsente", "RenvoiATrancher"]


class ServicesPasEnvoyes(ErreurServeur):
    """La séance (ou l'évaluation) désigne un service ou une séance créés sur ce poste et pas encore
    renvoyés : il faut d'abord renvoyer (Fichier › Renvoyer au serveur ministériel), sinon leur clé
    ne veut rien dire là-bas."""

    code = "services_pas_envoyes"


RAISONS_DU_REFUS = {
    "lecture": Libelle("lecture", "votre rôle ne permet que de lire", "your role only allows reading"),
    "secteur": Libelle("secteur", "un service n'est pas d'un des secteurs qui vous sont accordés",
                       "a service is not in one of the sectors granted to you"),
    "approuvee": Libelle("approuvee", "une fiche approuvée ne change que par un approbateur",
                         "an approved record is changed only by an approver"),
}


class EnvoiRefuse(ErreurServeur):
    """Le serveur refuserait ce changement (``raison`` : lecture — le rôle ne permet pas d'écrire;
    secteur — un service hors des secteurs accordés; approuvee — une fiche approuvée, réservée aux
    approbateurs) : rien n'est écrit, le travail reste sur le poste."""

    code = "envoi_refuse"


class SeanceAbsente(ErreurServeur):
    """La séance suivie n'est pas (ou plus) sur le serveur."""

    code = "seance_absente"


def _services_designes(poste: dict[str, list[dict]]) -> set[int]:
    designes: set[int] = set()
    for l in poste["seance"]:
        designes |= {int(pk) for pk in hors_ligne._json_lu(l.get("services")) or [] if isinstance(pk, int)}
    designes |= {l["service_pk"] for l in (*poste["evaluation"], *poste["initiative"]) if l.get("service_pk") is not None}
    return designes


@dataclass(frozen=True)
class Synchro:
    """Ce qu'une synchronisation a fait : ``cles`` des fiches qui viennent d'être créées sur le
    serveur (fiche -> clé du poste -> clé du serveur), ``envoyee`` (le serveur a reçu des changements
    du poste), ``recue`` (la copie a reçu ceux des autres), ``supprimees`` (les clés du poste des
    fiches que d'autres ont supprimées, retirées de la copie)."""
    cles: dict = field(default_factory=dict)
    envoyee: bool = False
    recue: bool = False
    supprimees: frozenset = frozenset()
    revisions: dict = field(default_factory=dict)   # (fiche, clé du serveur) -> la révision que la copie a maintenant
    # les clés du poste des fiches qui ne partent qu'au renvoi : créées ou supprimées sur ce poste
    au_renvoi: frozenset = frozenset()
    # les clés de fiches créées ici qui partiront en direct, pas encore : un service sans secteur
    pas_encore: frozenset = frozenset()
    # les clés des fiches que d'autres ont créées sur le serveur, ajoutées à la copie
    arrivees: frozenset = frozenset()
    # les clés des fiches supprimées sur ce poste et, en direct, sur le serveur
    supprimees_ici: frozenset = frozenset()


def envoyer(serveur: Serveur, base: Base, seance_pk: int) -> dict[str, dict[int, int]]:
    """Envoyer au serveur la séance ``seance_pk`` de la copie ``base`` et ses évaluations, si elles
    ont changé depuis l'emport (ou le dernier envoi); puis les remettre, dans la copie, telles que
    le serveur les a. Les clés qui ont changé (fiche -> clé du poste -> clé sur le serveur) : celles
    des fiches qui viennent d'être créées sur le serveur, pour qui les tient ouvertes.

    :raises PasHorsLigne: ``base`` n'est pas une copie d'un répertoire ministériel.
    :raises ServicesPasEnvoyes: la séance désigne un service pas encore renvoyé.
    :raises RenvoiATrancher: un changement croise celui d'un autre (rien d'écrit).
    :raises ErreurServeur: le serveur injoignable, un droit refusé (rien d'écrit)."""
    return envoyer_seance(serveur, base, seance_pk).cles


def envoyer_seance(serveur: Serveur, base: Base, seance_pk: int) -> Synchro:
    """:func:`envoyer`, avec tout ce que l'envoi a fait (:class:`Synchro`)."""
    poste = envoi_direct.lire_seance_du_poste(base, seance_pk)
    if not poste["seance"]:
        return Synchro()
    return _synchroniser(serveur, base, poste, {seance_pk}, {l["pk"] for l in poste["evaluation"]}, False)


def synchroniser_evaluation(serveur: Serveur, base: Base, evaluation_pk: int) -> Synchro:
    """Deux personnes dans la même évaluation : envoyer ce que la copie ``base`` a de nouveau dans
    l'évaluation ``evaluation_pk`` et recevoir ce que les autres y ont enregistré — fusionnés champ
    par champ et réponse par réponse (``domaine.hors_ligne``); ce qui se croise reste à trancher
    (:class:`~gesserv_bureau.cas.hors_ligne.RenvoiATrancher`, rien d'écrit d'un côté ni de l'autre).
    Mêmes erreurs que :func:`envoyer`."""
    poste = envoi_direct.lire_evaluation_du_poste(base, evaluation_pk)
    if not poste["evaluation"]:
        return Synchro()
    return _synchroniser(serveur, base, poste, set(), {evaluation_pk}, True)


def exiger_sans_ecart(plan, serveur: Serveur) -> None:
    """Un envoi en direct n'écrit que ce qui passe sans rien trancher : ce que le serveur refuserait
    (:class:`EnvoiRefuse`), ce qui croise le travail d'un autre (``RenvoiATrancher``, tranché au renvoi)."""
    if not plan.a_trancher:
        return
    if all(e.divergence.champ.startswith(REFUS) for e in plan.ecarts):     # refusé, pas croisé
        raison = sorted({e.divergence.champ.split(":", 1)[1] for e in plan.ecarts})[0]
        raise EnvoiRefuse(serveur.adresse, raison=RAISONS_DU_REFUS.get(raison, raison),
                          fiches="; ".join(sorted({e.libelle for e in plan.ecarts if e.libelle})) or "—")
    raise RenvoiATrancher(plan)


def identite_verifiee(c, serveur: Serveur) -> str:
    """L'identité du répertoire, son schéma vérifié une fois par connexion (``cas.hors_ligne._identite``) :
    une séance envoie chaque réponse, pas besoin de revérifier la révision du schéma à chaque fois."""
    from gesserv_bureau.stockage.serveur.emport import identite as identite_du_serveur

    if serveur.schema_verifie:
        return identite_du_serveur(c)
    resultat = _identite(c, serveur)
    serveur.schema_verifie = True
    return resultat


def _synchroniser(serveur: Serveur, base: Base, poste: dict, seances: set[int], evaluations: set[int],
                  recevoir: bool) -> Synchro:
    lue_lignes = envoi_direct.emportees(base, seances, evaluations)
    if lue_lignes is None:
        raise PasHorsLigne(base.chemin or Path())
    identite = lue_lignes.pop("identite")
    designes = _services_designes(poste)
    emportes = envoi_direct.services_emportes(base, designes)
    # (un ordre du jour peut garder des services qu'on n'a pas emportés : ceux qu'il avait à l'emport)
    a_l_emport = {pk for l in lue_lignes["seance"] for pk in hors_ligne._json_lu(l.get("services")) or []}
    inconnus = sorted(pk for pk in designes - a_l_emport if pk not in emportes)
    designees = {l["seance_pk"] for l in poste["evaluation"] if l.get("seance_pk") is not None} - seances
    inconnus += sorted(designees - envoi_direct.seances_emportees(base, designees))
    if inconnus:
        raise ServicesPasEnvoyes(serveur.adresse, services=", ".join(map(str, inconnus)))
    lue, mienne = hors_ligne.etat(lue_lignes), hors_ligne.etat(poste)
    if lue == mienne and not recevoir:
        return Synchro()
    services = sorted(designes & emportes)
    # (ils ne sont pas envoyés : ils disent seulement au plan le secteur de chaque fiche, pour les droits)
    lue["service"] = mienne["service"] = hors_ligne.etat(
        {"service": envoi_direct.services_du_poste(base, services)})["service"]
    revisions_lues = {(f, l["pk"]): l.get("revision") for f in ("seance", "evaluation") for l in lue_lignes[f]}
    with base.ecriture() as db, erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        if identite_verifiee(c, serveur) != identite:
            raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
        deja = hors_ligne_cas.retrouver_deja_envoyees(c, lue, mienne)
        droits = emport.droits(c)
        actuel = emport.lire_sous_verrou(c, {"seance": sorted(lue["seance"]), "evaluation": sorted(lue["evaluation"])},
                                         verrouiller=droits.redacteur and lue != mienne)
        avant = {(f, l["pk"]): l.get("revision") for f in ("seance", "evaluation") for l in actuel[f]}
        if any(("seance", pk) not in avant for pk in lue["seance"]):
            raise SeanceAbsente(serveur.adresse)      # supprimée là-bas : la copie la garde, rien n'est écrit
        actuel["service"] = envoi_direct.services_du_serveur(c, services)
        plan = hors_ligne.planifier(lue, mienne, hors_ligne.etat(actuel), hors_ligne.revisions(actuel), droits=droits)
        exiger_sans_ecart(plan, serveur)
        nouvelles = emport.appliquer(c, plan, lue, deja)
        cles = {"seance": {pk: nouvelles["seance"].get(pk, pk) for pk in seances},
                "evaluation": {pk: nouvelles["evaluation"].get(pk, pk) for pk in evaluations}}
        lignes = envoi_direct.lire_du_serveur(c, set(cles["seance"].values()), set(cles["evaluation"].values()))
        recues = {(f, l["pk"]): l.get("revision") for f in ("seance", "evaluation") for l in lignes[f]}
        if not plan.operations and recues == revisions_lues:
            return Synchro()             # rien d'envoyé, rien de nouveau : la copie reste telle quelle
        deplacees = envoi_direct.remplacer_dans_le_poste(db, seances, evaluations, lignes)
        envoi_direct.garder_surcharges(db, {"seance": set(lue["seance"]), "evaluation": set(lue["evaluation"])}, lignes)
    supprimees = frozenset(pk for pk in evaluations if ("evaluation", cles["evaluation"][pk]) not in recues)
    for fiche, m in deplacees.items():           # une fiche du poste, pas envoyée, changée de clé
        cles.setdefault(fiche, {}).update(m)
    return Synchro({f: {a: b for a, b in m.items() if a != b} for f, m in cles.items() if any(a != b for a, b in m.items())},
                   envoyee=bool(plan.operations),
                   recue=any(avant.get(cle) != revision for cle, revision in revisions_lues.items()),
                   supprimees=supprimees, revisions=recues)


@dataclass
class EtatSeance:
    """La séance telle que le serveur l'a : ``seance`` (sa clé et son UUID sur le serveur), ses
    ``services`` (clé -> service, ceux qu'on peut lire) et ses ``examens`` (clé du service -> sa 2A)."""
    seance: Seance
    services: dict[int, Service] = field(default_factory=dict)
    examens: dict[int, Evaluation] = field(default_factory=dict)

    def concerne(self, table: str, pk, service=None) -> bool:
        """Un avis du serveur (``stockage.serveur.avis.Avis``) change-t-il ce qui est suivi ?"""
        if table == "seance":
            return pk == self.seance.pk
        if table == "evaluation":
            return pk in {ev.pk for ev in self.examens.values()} or service in self.seance.services
        if table == "service":
            return pk in self.seance.services
        return False


@dataclass(frozen=True)
class SeanceDuServeur:
    uuid: str
    titre: str
    date: str
    statut: str


def seances_du_serveur(serveur: Serveur) -> list[SeanceDuServeur]:
    """Les séances que le serveur a (les plus récentes d'abord), pour en choisir une à suivre —
    même celle qui n'est pas encore dans la copie du poste."""
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        identite_verifiee(c, serveur)
        return [SeanceDuServeur(l["uuid"], l["titre"] or "", l["date"] or "", l["statut"] or "")
                for l in envoi_direct.lister_seances(c)]


def lire(serveur: Serveur, uuid: str) -> EtatSeance:
    """La séance ``uuid``, telle que le serveur l'a maintenant (une lecture cohérente).

    :raises SeanceAbsente: elle n'est pas sur le serveur (supprimée, ou jamais envoyée)."""
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        identite = identite_verifiee(c, serveur)      # (relue à chaque avis : le schéma, une fois)
        lignes = envoi_direct.lire_seance_du_serveur(c, uuid)
    if not lignes["seance"]:
        raise SeanceAbsente(serveur.adresse)
    with tempfile.TemporaryDirectory(prefix="gesserv-seance-") as dossier:
        with ouvrir(Path(dossier) / "seance.sqlite", rotation=False) as base:
            emport.remplir(base, lignes, {"version": 1, "adresse": sans_mot_de_passe(serveur.adresse),
                                          "identite": identite, "connexion": serveur.connexion,
                                          "emporte_le": maintenant(), "lignes": {}})
            seance = seances_examen.toutes(base)[0]
            depot = DepotServices(base)
            services = {pk: s for pk in seance.services if (s := depot.charger(pk)) is not None}
            tous = seances_examen.examens(base, seance)
    examens = {ev.service_pk: ev for ev in tous if ev.service_pk is not None}
    # un service de l'ordre du jour supprimé du répertoire : sa 2A n'en désigne plus aucun (ON DELETE
    # SET NULL); s'il n'y en a qu'une de la séance ainsi, et qu'un service ainsi, c'est la sienne
    orphelins = [ev for ev in tous if ev.service_pk is None]
    manquants = [pk for pk in dict.fromkeys(seance.services) if pk not in services and pk not in examens]
    if len(orphelins) == 1 and len(manquants) == 1:
        examens[manquants[0]] = orphelins[0]
    return EtatSeance(seance, services, examens)
