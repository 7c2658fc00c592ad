"""Les lignes légères d'un service : ce que la table de l'inventaire et le rapport du répertoire
en montrent. Sans le ``Service`` complet (``domaine.service``, un gros dataclass) : la fenêtre
s'affiche avec ces lignes seulement."""

from __future__ import annotations

from typing import NamedTuple


class LigneInventaire(NamedTuple):
    """Ce que la table de l'inventaire affiche d'un service : léger, pour 20 000 lignes."""

    pk: int
    service_id: str
    nom_fr: str
    nom_en: str
    type_service: str | None
    portee: str | None
    designations: tuple[str, ...]
    proprietaire: str
    pourcentage_en_ligne: float | None
    a_completer: int


class LigneRapport(NamedTuple):
    """Une ligne du rapport du répertoire : ce que le tableau imprime d'un service."""

    service_id: str
    nom_fr: str
    nom_en: str
    type_service: str | None
    portee: str | None
    designations: tuple[str, ...]
    pourcentage_en_ligne: float | None
    demandes: int | None
    a_completer: int

    def nom(self, langue: str) -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)
