"""Fusionner deux enregistrements d'une même fiche, champ par champ, sans jamais perdre un côté.

Trois états d'une fiche : ``lue`` (ce que la personne avait ouvert), ``mienne`` (ce qu'elle veut
enregistrer) et ``serveur`` (ce que quelqu'un d'autre a enregistré depuis). Pour chaque champ :

- changé d'un seul côté : ce côté l'emporte (mon changement est gardé, le sien aussi);
- changé des deux côtés de la même façon : rien à décider;
- changé des deux côtés différemment : une :class:`Divergence`, que la personne tranche
  (:func:`resoudre`), les deux valeurs sous les yeux. Rien n'est choisi pour elle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Ce que le serveur tient lui-même : ni comparé, ni écrit.
CHAMPS_TECHNIQUES = frozenset({"pk", "revision"})


@dataclass(frozen=True)
class Divergence:
    champ: str
    lue: Any
    mienne: Any
    serveur: Any


@dataclass(frozen=True)
class Fusion:
    a_ecrire: dict            # mes changements que personne d'autre n'a touchés
    divergences: tuple[Divergence, ...] = field(default_factory=tuple)
    revision_serveur: int | None = None

    @property
    def a_trancher(self) -> bool:
        return bool(self.divergences)


def fusionner(lue: Mapping, mienne: Mapping, serveur: Mapping) -> Fusion:
    """La fusion de ``mienne`` (par rapport à ``lue``) avec ``serveur``. ``serveur`` vide : la fiche
    a été supprimée; chacun de mes changements est alors une divergence (garder ma fiche ou non)."""
    a_ecrire, divergences = {}, []
    for champ, valeur in mienne.items():
        if champ in CHAMPS_TECHNIQUES or valeur == lue.get(champ):
            continue
        if not serveur:
            divergences.append(Divergence(champ, lue.get(champ), valeur, None))
        elif serveur.get(champ) == lue.get(champ):
            a_ecrire[champ] = valeur
        elif serveur.get(champ) != valeur:
            divergences.append(Divergence(champ, lue.get(champ), valeur, serveur.get(champ)))
    return Fusion(a_ecrire, tuple(divergences), serveur.get("revision") if serveur else None)


class ChoixIncomplet(ValueError):
    def __init__(self, manquants: list[str]):
        super().__init__(", ".join(manquants))
        self.manquants = manquants


def resoudre(fusion: Fusion, choix: Mapping[str, str]) -> dict:
    """Ce qu'il faut écrire une fois chaque divergence tranchée : ``choix[champ]`` vaut ``mienne``
    ou ``serveur``. Tout champ non tranché est refusé (:class:`ChoixIncomplet`) : rien n'est
    choisi par défaut."""
    manquants = [d.champ for d in fusion.divergences if choix.get(d.champ) not in ("mienne", "serveur")]
    if manquants:
        raise ChoixIncomplet(manquants)
    ecrire = dict(fusion.a_ecrire)
    for d in fusion.divergences:
        if choix[d.champ] == "mienne":
            ecrire[d.champ] = d.mienne
    return ecrire
