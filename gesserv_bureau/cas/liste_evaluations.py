"""La liste des évaluations (la fenêtre « Évaluations ») : ses lignes, cherchées et filtrées, et
leur export en CSV. La requête est dans ``stockage.depot_evaluations``, la recherche et le
résultat de chaque dossier dans ``domaine.liste_evaluations``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gesserv_bureau.domaine.exportation import ecrire_atomique, tableau_csv
from gesserv_bureau.domaine.lignes import LigneEvaluation
from gesserv_bureau.domaine.liste_evaluations import FiltreEvaluations, filtrer, resultat
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

__all__ = ["FiltreEvaluations", "LigneEvaluation", "exporter_csv", "lignes", "resultat"]


def lignes(base: Base, filtre: FiltreEvaluations = FiltreEvaluations(),
           service_pk: int | None = None) -> list[LigneEvaluation]:
    """Les évaluations retenues par ``filtre`` : toutes (les plus récemment modifiées d'abord),
    ou celles du service ``service_pk`` (les plus récentes d'abord)."""
    return filtrer(DepotEvaluations(base).lignes(service_pk), filtre)


def exporter_csv(chemin: Path | str, entetes: Sequence[str], rangees: Sequence[Sequence[str]]) -> int:
    """Écrit la liste telle qu'elle est montrée (ses colonnes, dans la langue de l'interface) en
    CSV UTF-8 avec BOM (Excel y lit les accents); un fichier existant n'est jamais laissé à moitié
    écrit. Le nombre de lignes écrites; ``OSError`` si le fichier ne s'écrit pas."""
    ecrire_atomique(Path(chemin), tableau_csv(entetes, rangees))
    return len(rangees)
