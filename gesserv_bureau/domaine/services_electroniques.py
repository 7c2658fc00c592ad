"""Services électroniques : le pourcentage en ligne d'un service (élément 18, section 1.8.1)
et la proportion des services électroniques d'un ministère (section 2.9.4, deux formules)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple


def pourcentage_en_ligne(points: Mapping[str, str | None] | Iterable[str | None]) -> float | None:
    """Le pourcentage des points d'interaction applicables offerts en ligne.

    Un point « so » ne s'applique pas au service et ne compte pas. ``None`` quand un point
    n'a pas encore de réponse ou qu'aucun point ne s'applique : le pourcentage est inconnu.
    """
    reponses = tuple(points.values()) if hasattr(points, "values") else tuple(points)
    if not reponses or None in reponses:
        return None
    oui, non = reponses.count("oui"), reponses.count("non")
    if not oui + non:
        return None
    return 100.0 * oui / (oui + non)


class ProportionElectronique(NamedTuple):   # plutôt qu'un dataclass figé : créé bien plus vite, au démarrage
    """Résultat des deux formules de la section 2.9.4."""

    total: int                    # services retenus pour le calcul
    electroniques: int            # offerts en ligne de bout en bout (100 %)
    somme_pourcentages: float
    exclus: int                   # exclus avec une justification écrite
    inconnus: int                 # points d'interaction incomplets : non comptés

    @property
    def proportion(self) -> float | None:
        """Formule 1 : services offerts par voie électronique ÷ nombre total de services."""
        return 100.0 * self.electroniques / self.total if self.total else None

    @property
    def pourcentage_moyen(self) -> float | None:
        """Formule 2 : somme du % en ligne de chaque service ÷ nombre total de services."""
        return self.somme_pourcentages / self.total if self.total else None


def proportion_electronique(
    services: Iterable[tuple[Mapping[str, str | None] | Iterable[str | None], bool]],
) -> ProportionElectronique:
    """Applique les deux formules de 2.9.4.

    ``services`` : pour chaque service externe ou interne intégré de l'exercice, ses points
    d'interaction (par code, ou les six réponses dans l'ordre) et s'il est exclu du calcul par
    une justification écrite.
    """
    total = electroniques = exclus = inconnus = 0
    somme = 0.0
    for points, exclu in services:
        if exclu:
            exclus += 1
            continue
        pct = pourcentage_en_ligne(points)
        if pct is None:
            inconnus += 1
            continue
        total += 1
        somme += pct
        if pct >= 100.0:
            electroniques += 1
    return ProportionElectronique(total, electroniques, somme, exclus, inconnus)
