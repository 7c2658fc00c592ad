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


class LigneEvaluation(NamedTuple):
    """Ce que la liste des évaluations montre d'un dossier : sans son contenu (ses réponses),
    avec le numéro d'ID et le nom de son service. ``conclusion`` : celle que garde la base
    (``domaine.evaluations.conclusion``, la règle de l'outil)."""

    pk: int
    uuid: str
    outil: str
    exercice: str
    service_pk: int | None
    service_id: str          # vide : une activité (1A) ou un service supprimé depuis
    nom_fr: str              # le nom du service au répertoire (vide sans service)
    nom_en: str
    sujet: str               # le nom du service ou de l'activité gardé avec l'évaluation
    statut: str
    signee: bool             # son approbation porte une signature
    auteur: str
    cree_le: str
    modifie_le: str
    conclusion: str | None

    def nom(self, langue: str) -> str:
        """Le nom du service ou de l'activité : celui gardé avec l'évaluation, à défaut celui du
        répertoire. En anglais, le nom anglais du répertoire d'abord : le nom gardé est celui de la
        langue où l'évaluation a été créée (le plus souvent le français)."""
        if langue == "en" and self.nom_en:
            return self.nom_en
        du_repertoire = (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)
        return self.sujet or du_repertoire
