"""Le sommaire d'un exercice : les comptes du répertoire et la proportion des services
électroniques (2.9.4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from gesserv_bureau.domaine.services_electroniques import EntreeCalcul, ProportionElectronique, proportion_electronique


@dataclass(frozen=True)
class Sommaire:
    total: int
    par_portee: Mapping[str, int]
    par_type: Mapping[str, int]
    par_designation: Mapping[str, int]
    complets: int
    a_completer: int
    electronique: ProportionElectronique


def sommaire(
    lignes: Iterable[tuple[EntreeCalcul, tuple, int, str | None]],
) -> Sommaire:
    """``lignes`` : pour chaque service, (ce que lit le calcul de 2.9.4 — points, portée,
    exclusion et sa justification, numéro et noms —, désignations, nombre d'éléments à
    compléter, type)."""
    lignes = list(lignes)
    portees = Counter(l[0].portee or "" for l in lignes)
    types = Counter(l[3] or "" for l in lignes)
    designations = Counter(d for l in lignes for d in l[1])
    incomplets = sum(1 for l in lignes if l[2])
    electronique = proportion_electronique(l[0] for l in lignes)
    return Sommaire(
        total=len(lignes),
        par_portee=dict(portees),
        par_type=dict(types),
        par_designation=dict(designations),
        complets=len(lignes) - incomplets,
        a_completer=incomplets,
        electronique=electronique,
    )
