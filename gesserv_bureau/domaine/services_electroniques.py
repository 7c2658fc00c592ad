"""Services électroniques : le pourcentage en ligne d'un service (élément 18, section 1.8.1)
et la proportion des services électroniques d'un ministère (section 2.9.4, deux formules).

Les deux formules de 2.9.4 divisent par le « Nombre total de services internes intégrés et
services externes ». Un service n'en sort que par écrit : « il faut fournir une justification
écrite pour tout service exclu du calcul ». Un service dont des points d'interaction sont sans
réponse reste donc compté, ces points comme non offerts en ligne, et il est nommé « à
compléter ». Les services internes (non intégrés) que la note de l'élément 10 permet d'inclure
au répertoire ne sont ni internes intégrés ni externes : ils ne font pas partie du calcul.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from gesserv_bureau.referentiel.codes import INTERNE_NON_INTEGRE

if TYPE_CHECKING:
    from gesserv_bureau.domaine.service import Service


def _reponses(points: Mapping[str, str | None] | Iterable[str | None]) -> tuple:
    return tuple(points.values()) if hasattr(points, "values") else tuple(points)


def pourcentage_en_ligne(points: Mapping[str, str | None] | Iterable[str | None]) -> float | None:
    """Le pourcentage des points d'interaction applicables offerts en ligne (élément 18).

    Un point « so » ne s'applique pas au service et ne compte pas. ``None`` quand un point
    n'a pas encore de réponse ou qu'aucun point ne s'applique : le pourcentage du service est
    inconnu (la table l'affiche « — »). Le calcul de 2.9.4 compte ce service quand même :
    voir :func:`pourcentage_compte`.
    """
    reponses = _reponses(points)
    if not reponses or None in reponses:
        return None
    oui, non = reponses.count("oui"), reponses.count("non")
    if not oui + non:
        return None
    return 100.0 * oui / (oui + non)


def pourcentage_compte(points: Mapping[str, str | None] | Iterable[str | None]) -> float:
    """Le pourcentage qu'un service apporte au calcul de 2.9.4 : un point sans réponse compte
    comme un point applicable non offert en ligne; sans aucun point applicable, 0."""
    reponses = _reponses(points)
    oui = reponses.count("oui")
    applicables = sum(1 for r in reponses if r != "so")
    return 100.0 * oui / applicables if applicables else 0.0


def hors_du_calcul(portee: str | None) -> bool:
    """Un service interne (non intégré), que la note de l'élément 10 permet d'inclure au
    répertoire, ne fait pas partie du calcul de 2.9.4 : l'en exclure est sans objet."""
    return portee == INTERNE_NON_INTEGRE


def justifications_so_retenues(points: Mapping[str, str | None], textes: Mapping[str, str]) -> dict[str, str]:
    """Les justifications écrites (1.8.1) à garder : celles des points « S.O. » qui en ont une.
    Celle d'un point qui n'est plus « S.O. » n'a plus de sens (la saisie, elle, garde le texte
    tapé, au cas où le point redeviendrait « S.O. »)."""
    return {code: textes[code] for code, r in points.items() if r == "so" and textes.get(code)}


def a_completer_pour_calcul(points: Mapping[str, str | None] | Iterable[str | None]) -> bool:
    """Le pourcentage du service ne peut pas s'établir : un point sans réponse, ou aucun point."""
    return pourcentage_en_ligne(points) is None


class ServiceNomme(NamedTuple):
    """Un service tel qu'une liste du calcul le nomme (à compléter, exclu…)."""

    service_id: str
    nom_fr: str
    nom_en: str

    def nom(self, langue: str) -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)

    def court(self, langue: str) -> str:
        """Le numéro d'ID, sinon le nom."""
        return self.service_id or self.libelle(langue)

    def libelle(self, langue: str) -> str:
        nom = self.nom(langue)
        if self.service_id and nom:
            return f"{self.service_id} — {nom}"
        return self.service_id or nom or ("(unnamed service)" if langue == "en" else "(service sans nom)")


class Exclusion(NamedTuple):
    service: ServiceNomme
    justification: str


class EntreeCalcul(NamedTuple):
    """Ce que le calcul de 2.9.4 lit d'un service."""

    points: tuple                  # les six réponses, dans l'ordre du référentiel
    portee: str | None = None
    exclu: bool = False            # exclusion demandée
    justification: str = ""        # sa justification écrite
    service_id: str = ""
    nom_fr: str = ""
    nom_en: str = ""

    @property
    def nomme(self) -> ServiceNomme:
        return ServiceNomme(self.service_id, self.nom_fr, self.nom_en)


def entree(service: "Service") -> EntreeCalcul:
    from gesserv_bureau.referentiel.codes import POINTS_INTERACTION

    return EntreeCalcul(tuple(service.points_interaction.get(c) for c in POINTS_INTERACTION.codes()),
                        service.portee, bool(service.exclu_calcul), service.justification_exclusion,
                        service.service_id, service.nom_fr, service.nom_en)


class ProportionElectronique(NamedTuple):   # plutôt qu'un dataclass figé : défini en 0,1 ms, pas 0,8 (mesuré)
    """Résultat des deux formules de la section 2.9.4."""

    total: int                    # services comptés : internes intégrés et externes, moins les exclus par écrit
    electroniques: int            # offerts par voie électronique (100 % des points applicables)
    somme_pourcentages: float
    exclus: tuple = ()            # Exclusion : exclus du calcul avec leur justification écrite
    a_completer: tuple = ()       # ServiceNomme : comptés, des points sans réponse (non offerts en ligne)
    exclusions_refusees: tuple = ()  # ServiceNomme : exclusion demandée sans justification écrite : comptés
    internes: int = 0             # services internes (non intégrés) : hors du calcul

    @property
    def proportion(self) -> float | None:
        """Proportion des services électroniques : nombre de services internes intégrés et
        services externes offerts par voie électronique ÷ nombre total de ces services."""
        return 100.0 * self.electroniques / self.total if self.total else None

    @property
    def pourcentage_moyen(self) -> float | None:
        """Pourcentage moyen de chaque service qui peut être effectué en ligne : somme du % de
        chaque service ÷ nombre total de services internes intégrés et services externes."""
        return self.somme_pourcentages / self.total if self.total else None


def proportion_electronique(services: Iterable[EntreeCalcul]) -> ProportionElectronique:
    """Applique les deux formules de 2.9.4 aux services d'un exercice."""
    total = electroniques = internes = 0
    somme = 0.0
    exclus: list[Exclusion] = []
    a_completer: list[ServiceNomme] = []
    refusees: list[ServiceNomme] = []
    for e in services:
        if hors_du_calcul(e.portee):
            internes += 1
            continue
        if e.exclu and e.justification.strip():
            exclus.append(Exclusion(e.nomme, e.justification.strip()))
            continue
        if e.exclu:
            refusees.append(e.nomme)
        if a_completer_pour_calcul(e.points):
            a_completer.append(e.nomme)
        pct = pourcentage_compte(e.points)
        total += 1
        somme += pct
        if pct >= 100.0:
            electroniques += 1
    return ProportionElectronique(total, electroniques, somme, tuple(exclus), tuple(a_completer),
                                  tuple(refusees), internes)
