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

from gesserv_bureau.cas import seances_examen
from gesserv_bureau.cas.hors_ligne import AutreRepertoire, PasHorsLigne, RenvoiATrancher, _identite
from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.domaine import hors_ligne
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage.base import Base, ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.serveur import emport, envoi_direct
from gesserv_bureau.stockage.serveur.adresse import sans_mot_de_passe
from gesserv_bureau.stockage.serveur.connexion import ErreurServeur, erreurs_dites
from gesserv_bureau.stockage.journal import maintenant

__all__ = ["envoyer", "lire", "EtatSeance", "ServicesPasEnvoyes", "SeanceAbsente", "RenvoiATrancher"]


class ServicesPasEnvoyes(ErreurServeur):
    """La séance désigne un service créé sur ce poste et pas encore renvoyé : il faut d'abord
    renvoyer (Fichier › Renvoyer au serveur ministériel), sinon sa clé ne veut rien dire là-bas."""

    code = "services_pas_envoyes"


class SeanceAbsente(ErreurServeur):
    """La séance suivie n'est pas (ou plus) sur le serveur."""

    code = "seance_absente"


def _services_designes(poste: dict[str, list[dict]]) -> set[int]:
    designes: set[int] = set()
    for l in poste["seance"]:
        designes |= {int(pk) for pk in hors_ligne._json_lu(l.get("services")) or [] if isinstance(pk, int)}
    designes |= {l["service_pk"] for l in (*poste["evaluation"], *poste["initiative"]) if l.get("service_pk") is not None}
    return designes


def envoyer(serveur: Serveur, base: Base, seance_pk: int) -> dict[str, dict[int, int]]:
    """Envoyer au serveur la séance ``seance_pk`` de la copie ``base`` et ses évaluations, si elles
    ont changé depuis l'emport (ou le dernier envoi); puis les remettre, dans la copie, telles que
    le serveur les a. Les clés qui ont changé (fiche -> clé du poste -> clé sur le serveur) : celles
    des fiches qui viennent d'être créées sur le serveur, pour qui les tient ouvertes.

    :raises PasHorsLigne: ``base`` n'est pas une copie d'un répertoire ministériel.
    :raises ServicesPasEnvoyes: la séance désigne un service pas encore renvoyé.
    :raises RenvoiATrancher: un changement croise celui d'un autre (rien d'écrit).
    :raises ErreurServeur: le serveur injoignable, un droit refusé (rien d'écrit)."""
    inst = emport.instantane(base)
    if inst is None:
        raise PasHorsLigne(base.chemin or Path())
    poste = envoi_direct.lire_seance_du_poste(base, seance_pk)
    if not poste["seance"]:
        return {}
    evaluations = {l["pk"] for l in poste["evaluation"]}
    lue_lignes = envoi_direct.emportees(inst["lignes"], {seance_pk}, evaluations)
    emportes = {l["pk"]: l for l in inst["lignes"].get("service", [])}
    deja = {pk for l in lue_lignes["seance"] for pk in hors_ligne._json_lu(l.get("services")) or []}
    inconnus = sorted(pk for pk in _services_designes(poste) - deja if pk not in emportes)
    if inconnus:
        raise ServicesPasEnvoyes(serveur.adresse, services=", ".join(map(str, inconnus)))
    lue, mienne = hors_ligne.etat(lue_lignes), hors_ligne.etat(poste)
    if lue == mienne:
        return {}
    services = sorted(_services_designes(poste) & set(emportes))
    lue["service"] = mienne["service"] = hors_ligne.etat({"service": [emportes[pk] for pk in services]})["service"]
    with base.ecriture() as db, erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        if _identite(c, serveur) != inst["identite"]:
            raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
        droits = emport.droits(c)
        actuel = emport.lire_sous_verrou(c, {"seance": sorted(lue["seance"]), "evaluation": sorted(lue["evaluation"])},
                                         verrouiller=droits.redacteur)
        actuel["service"] = envoi_direct.services_du_serveur(c, services)
        plan = hors_ligne.planifier(lue, mienne, hors_ligne.etat(actuel), hors_ligne.revisions(actuel), droits=droits)
        if plan.a_trancher:
            raise RenvoiATrancher(plan)
        nouvelles = emport.appliquer(c, plan, lue)
        cles = {"seance": {seance_pk: nouvelles["seance"].get(seance_pk, seance_pk)},
                "evaluation": {pk: nouvelles["evaluation"].get(pk, pk) for pk in evaluations}}
        lignes = envoi_direct.lire_du_serveur(c, set(cles["seance"].values()), set(cles["evaluation"].values()))
        envoi_direct.remplacer_dans_le_poste(db, {seance_pk}, evaluations, lignes)
        envoi_direct.garder_instantane(db, envoi_direct.instantane_a_jour(
            inst, set(lue["seance"]), set(lue["evaluation"]), lignes))
    return {f: {a: b for a, b in m.items() if a != b} for f, m in cles.items() if any(a != b for a, b in m.items())}


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


def lire(serveur: Serveur, uuid: str) -> EtatSeance:
    """La séance ``uuid``, telle que le serveur l'a maintenant (une lecture cohérente).

    :raises SeanceAbsente: elle n'est pas sur le serveur (supprimée, ou jamais envoyée)."""
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        identite = _identite(c, serveur)
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
            examens = {ev.service_pk: ev for ev in seances_examen.examens(base, seance)}
    return EtatSeance(seance, services, examens)
