"""Les cas d'utilisation de la stratégie de gestion des services (2B), de son plan de travail
intégré (2C) et de la mise à jour annuelle (2.5.5)."""

from __future__ import annotations

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import ApprobationRefusee, Strategie
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_strategies import DepotStrategies, StrategieFigee

__all__ = ["ApprobationRefusee", "StrategieFigee", "Strategie"]


def toutes(base: Base) -> list[Strategie]:
    return DepotStrategies(base).toutes()


def charger(base: Base, pk: int) -> Strategie | None:
    return DepotStrategies(base).charger(pk)


def par_uuid(base: Base, uuid: str) -> Strategie | None:
    return DepotStrategies(base).par_uuid(uuid)


def nouvelle(base: Base, titre: str, exercice: str) -> Strategie:
    st = Strategie(titre=titre, exercice=exercice, auteur=base.utilisateur)
    DepotStrategies(base).enregistrer(st)
    return st


def enregistrer(base: Base, st: Strategie) -> None:
    """Chaque saisie, tout de suite. Une version approuvée est figée (:class:`StrategieFigee`)."""
    if not st.modifiable():
        raise StrategieFigee(st.uuid)
    DepotStrategies(base).enregistrer(st)


def approuver(base: Base, st: Strategie, par: str) -> None:
    """Fige la version (date, cadre ou comité); refusé si une section requise est vide."""
    regles.approuver(st, par, journal.maintenant())
    try:
        DepotStrategies(base).enregistrer(st, "approbation")
    except StrategieFigee:
        raise
    except Exception:
        st.statut, st.approuve_par, st.approuve_le = "brouillon", "", ""
        raise


def nouvelle_version(base: Base, st: Strategie) -> Strategie:
    copie = regles.nouvelle_version(st, base.utilisateur)
    DepotStrategies(base).enregistrer(copie)
    return copie


def mise_a_jour_annuelle(base: Base, approuvee: Strategie, exercice: str) -> Strategie:
    maj = regles.mise_a_jour_annuelle(approuvee, base.utilisateur, exercice)
    DepotStrategies(base).enregistrer(maj)
    return maj


def services_proposes(base: Base, st: Strategie) -> list:
    """Les services qu'une stratégie peut viser : ceux de son exercice; à défaut, ceux du
    dernier exercice du répertoire."""
    from gesserv_bureau.stockage.depot_services import DepotServices

    depot = DepotServices(base)
    services = depot.services(st.exercice) if st.exercice else []
    if not services and depot.exercices():
        services = depot.services(depot.exercices()[-1])
    return services


def reference(base: Base, st: Strategie) -> Strategie | None:
    """La stratégie approuvée qu'une mise à jour annuelle met à jour."""
    return DepotStrategies(base).par_uuid(st.reference_uuid) if st.reference_uuid else None


def changements(base: Base, maj: Strategie) -> dict[str, bool] | None:
    ref = reference(base, maj)
    return regles.changements(ref, maj) if ref is not None else None


def initiatives_2a(base: Base) -> list[dict]:
    """Les initiatives proposées aux examens des services prioritaires (2A)."""
    return DepotEvaluations(base).initiatives()


def reprendre_initiatives_2a(base: Base, st: Strategie) -> int:
    n = regles.reprendre_initiatives_2a(st, initiatives_2a(base))
    if n:
        enregistrer(base, st)
    return n
