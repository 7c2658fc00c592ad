"""Les cas d'utilisation des normes de service (2.7) : les créer, les modifier, les retirer;
mesurer leurs résultats (l'exercice, les trimestres); le scénario du tableau 8 et le plan
d'action de chacune, dont les actions vont au plan de travail intégré (2C) d'une stratégie.
L'interface et la ligne de commande appellent les mêmes fonctions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from gesserv_bureau.domaine import suivi_normes as regles
from gesserv_bureau.domaine.norme import NormeService, ResultatNorme
from gesserv_bureau.domaine.suivi_normes import ActionNorme, Refus, ResultatExercice, StrategieApprouvee
from gesserv_bureau.referentiel import normes as ref
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_normes import TOLERANCE, DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.depot_strategies import DepotStrategies
from gesserv_bureau.stockage.serveur.adresse import refuser_reglage

__all__ = ["ActionNorme", "NormeRefusee", "StrategieApprouvee", "Suivi"]

CHAMPS_SAISIS = tuple(f.name for f in fields(NormeService)
                      if f.name not in ("exercice", "service_id", "pk", "service_pk", "donnees_ouvertes",
                                        "volume_conforme", "volume_total", "rendement", "cible_atteinte", "retiree_le"))
"""Ce qu'on saisit d'une norme; les volumes passent par :func:`mesurer_exercice` (le rendement
et « cible atteinte » en sont calculés), le retrait par :func:`retirer`."""


class NormeRefusee(ValueError):
    """Des valeurs refusées : rien n'a été écrit."""

    def __init__(self, refus: list[Refus]):
        super().__init__("; ".join(r.code for r in refus))
        self.refus = refus

    def texte(self, langue: str) -> str:
        return " ".join(r.texte(langue) for r in self.refus)


def _refuser_si(refus: list[Refus]) -> None:
    if refus:
        raise NormeRefusee(refus)


def normes_du_service(base: Base, service_pk: int) -> list[NormeService]:
    return DepotNormes(base).pour_service(service_pk)


def charger(base: Base, pk: int) -> NormeService | None:
    return DepotNormes(base).charger(pk)


def service_par_id(base: Base, exercice: str, service_id: str) -> int:
    """Le service ``service_id`` de l'exercice (la ligne de commande); :class:`NormeRefusee` s'il n'y est pas."""
    service_pk = DepotServices(base).pk_par_id(exercice, service_id)
    if service_pk is None:
        raise NormeRefusee([Refus("service", "service_introuvable", {"service": service_id, "exercice": exercice})])
    return service_pk


def trouver(base: Base, exercice: str, service_id: str, norme_id: str) -> NormeService:
    """La norme ``norme_id`` du service ``service_id`` en ``exercice`` (la ligne de commande)."""
    for n in DepotNormes(base).pour_service(service_par_id(base, exercice, service_id)):
        if n.norme_id == norme_id:
            return n
    raise NormeRefusee([Refus("norme_id", "norme_introuvable",
                              {"norme": norme_id, "service": service_id, "exercice": exercice})])


def _autres_ids(base: Base, n: NormeService) -> set[str]:
    return {m.norme_id for m in DepotNormes(base).pour_service(n.service_pk) if m.pk != n.pk}


def creer(base: Base, service_pk: int, **valeurs) -> NormeService:
    """Une nouvelle norme du service, vérifiée (:class:`NormeRefusee` : rien n'est écrit)."""
    service = DepotServices(base).charger(service_pk)
    if service is None:
        raise KeyError(service_pk)
    n = NormeService(exercice=service.exercice, service_id=service.service_id, norme_id="", service_pk=service_pk)
    for cle, valeur in valeurs.items():
        if cle not in CHAMPS_SAISIS:
            raise TypeError(cle)
        setattr(n, cle, valeur.strip() if isinstance(valeur, str) else valeur)
    _refuser_si(regles.valider(n, _autres_ids(base, n)))
    DepotNormes(base).creer(n)
    return n


def modifier(base: Base, pk: int, **valeurs) -> list[str]:
    """Change les champs donnés de la norme, vérifiés ensemble; renvoie les champs changés. Une
    norme retirée ne se modifie pas (elle se rétablit d'abord)."""
    n = DepotNormes(base).charger(pk)
    if n is None:
        raise KeyError(pk)
    if n.retiree:
        raise NormeRefusee([Refus("retiree_le", "norme_retiree", {"norme": n.norme_id, "date": n.retiree_le})])
    for cle, valeur in valeurs.items():
        if cle not in CHAMPS_SAISIS:
            raise TypeError(cle)
        setattr(n, cle, valeur.strip() if isinstance(valeur, str) else valeur)
    _refuser_si(regles.valider(n, _autres_ids(base, n)))
    if "cible" in valeurs and n.volume_total:
        n.cible_atteinte = regles.cible_atteinte(n.rendement, n.cible)
    return DepotNormes(base).enregistrer(n)


def retirer(base: Base, pk: int, le: str | None = None) -> None:
    """Retire la norme (elle n'est plus en vigueur, ni reprise l'an prochain), gardée à l'historique.
    Seule la date est vérifiée : une norme importée avec des valeurs que l'application refuserait
    se retire quand même."""
    n = DepotNormes(base).charger(pk)
    if n is None:
        raise KeyError(pk)
    n.retiree_le = le or dt.date.today().isoformat()
    _refuser_si([r for r in regles.valider(n) if r.champ == "retiree_le"])
    DepotNormes(base).enregistrer(n)


def retablir(base: Base, pk: int) -> None:
    n = DepotNormes(base).charger(pk)
    if n is None:
        raise KeyError(pk)
    n.retiree_le = ""
    DepotNormes(base).enregistrer(n)


def historique(base: Base, service_id: str) -> list[NormeService]:
    return DepotNormes(base).historique(service_id)


# --- les résultats --------------------------------------------------------------------------------
def mesurer_exercice(base: Base, pk: int, volume_conforme: int | None, volume_total: int | None) -> None:
    """Le résultat de l'exercice; le rendement et « cible atteinte » en sont calculés."""
    n = DepotNormes(base).charger(pk)
    _refuser_si(regles.mesurer(n, volume_conforme, volume_total))
    DepotNormes(base).enregistrer(n)


def mesurer_trimestre(base: Base, pk: int, periode: str, volume_conforme: int | None, volume_total: int | None) -> None:
    """Le résultat d'un trimestre (T1 à T4); sans volume, le trimestre est effacé."""
    n = DepotNormes(base).charger(pk)
    if n is None:
        raise KeyError(pk)
    r = ResultatNorme(periode, volume_conforme, volume_total, norme_pk=pk)
    _refuser_si(regles.valider_resultat(r))
    DepotNormes(base).enregistrer_resultat(r, f"{n.service_id} {n.norme_id}")


def tolerance(base: Base) -> float:
    """La tolérance du tableau 8 que le ministère a fixée (sinon celle par défaut)."""
    valeur = DepotNormes(base).parametre(TOLERANCE)
    try:
        return float(valeur) if valeur is not None else ref.TOLERANCE_DEFAUT
    except ValueError:
        return ref.TOLERANCE_DEFAUT


def definir_tolerance(base: Base, valeur: float) -> None:
    refuser_reglage(base, "tolerance")
    _refuser_si(regles.valider_tolerance(valeur))
    DepotNormes(base).definir_parametre(TOLERANCE, repr(float(valeur)))


# --- le suivi : scénario et plan d'action ---------------------------------------------------------
@dataclass
class Suivi:
    norme: NormeService
    trimestres: list[ResultatNorme]
    exercice: ResultatExercice
    scenario: str | None
    actions: list[ActionNorme] = field(default_factory=list)


def suivi(base: Base, pk: int) -> Suivi:
    depot = DepotNormes(base)
    n = depot.charger(pk)
    if n is None:
        raise KeyError(pk)
    trimestres = depot.resultats(pk)
    return Suivi(n, trimestres, regles.resultat_exercice(n, trimestres),
                 regles.scenario(n, trimestres, tolerance(base)), depot.actions(pk))


def suivis(base: Base, exercice: str | None = None) -> list[Suivi]:
    """Le suivi de toutes les normes de l'exercice, en quatre lectures (le rapport)."""
    depot = DepotNormes(base)
    normes = depot.pour_exercice(exercice)
    trimestres = depot.resultats_de([n.pk for n in normes])
    actions = depot.toutes_les_actions()
    t = tolerance(base)
    return [Suivi(n, trimestres[n.pk], regles.resultat_exercice(n, trimestres[n.pk]),
                  regles.scenario(n, trimestres[n.pk], t), actions.get(n.pk, [])) for n in normes]


def ajouter_action(base: Base, norme_pk: int, texte: str, scenario: str = "", responsable: str = "",
                   echeance: str = "", statut: str = "a_faire") -> ActionNorme:
    n = DepotNormes(base).charger(norme_pk)
    if n is None:
        raise KeyError(norme_pk)
    a = ActionNorme(texte=texte.strip(), scenario=scenario, responsable=responsable.strip(), echeance=echeance.strip(),
                    statut=statut, norme_pk=norme_pk)
    _refuser_si(regles.valider_action(a))
    DepotNormes(base).enregistrer_action(a, f"{n.service_id} {n.norme_id}")
    return a


def _action(base: Base, pk: int) -> tuple[ActionNorme, NormeService]:
    a = DepotNormes(base).action(pk)
    if a is None:
        raise KeyError(pk)
    return a, DepotNormes(base).charger(a.norme_pk)


def modifier_action(base: Base, pk: int, **valeurs) -> ActionNorme:
    """Change l'action; si elle est au plan de travail d'une stratégie encore modifiable, sa
    mesure suit (le texte, le secteur responsable, la date prévue, l'état)."""
    a, n = _action(base, pk)
    for cle, valeur in valeurs.items():
        if cle not in ("texte", "responsable", "echeance", "statut", "scenario"):
            raise TypeError(cle)
        setattr(a, cle, valeur.strip() if isinstance(valeur, str) else valeur)
    _refuser_si(regles.valider_action(a))
    if a.strategie_uuid:
        st = DepotStrategies(base).par_uuid(a.strategie_uuid)
        if st is not None and st.modifiable() and any(m["id"] == a.mesure_id for m in st.mesures):
            regles.envoyer_au_plan(st, a, n)
            DepotStrategies(base).enregistrer(st)
    DepotNormes(base).enregistrer_action(a, f"{n.service_id} {n.norme_id}")
    return a


def supprimer_action(base: Base, pk: int) -> None:
    a, n = _action(base, pk)
    DepotNormes(base).supprimer_action(pk, f"{n.service_id} {n.norme_id}")


def envoyer_au_plan(base: Base, action_pk: int, strategie_pk: int, langue: str = "fr") -> dict:
    """L'action devient une mesure du plan de travail intégré de la stratégie (une version non
    approuvée : :class:`StrategieApprouvee` sinon); le lien est gardé des deux côtés."""
    a, n = _action(base, action_pk)
    st = DepotStrategies(base).charger(strategie_pk)
    if st is None:
        raise KeyError(strategie_pk)
    mesure = regles.envoyer_au_plan(st, a, n, langue)
    DepotStrategies(base).enregistrer(st)
    DepotNormes(base).enregistrer_action(a, f"{n.service_id} {n.norme_id}")
    return mesure


def strategies_modifiables(base: Base) -> list:
    """Les stratégies (et mises à jour) qui peuvent recevoir une mesure."""
    return [st for st in DepotStrategies(base).toutes() if st.modifiable()]
