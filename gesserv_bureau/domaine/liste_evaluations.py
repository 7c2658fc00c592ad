"""La liste des évaluations, sans Qt : le résultat de chaque dossier (celui que dit son outil,
au registre ``domaine.outils``), la recherche libre et les filtres. L'interface ne fait
qu'afficher."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.lignes import LigneEvaluation
from gesserv_bureau.domaine.recherche import replier
from gesserv_bureau.referentiel.codes import Libelle


class FiltreEvaluations(NamedTuple):
    texte: str = ""               # des mots cherchés dans le numéro et le nom (de l'évaluation, du service)
    outil: str | None = None      # un code d'outil (« 1A »…), ou tous
    statut: str | None = None     # « brouillon », « terminee », « approuvee », ou tous


def resultat(ligne: LigneEvaluation) -> Libelle | None:
    """Le résultat court du dossier (1A : « Service » / « Pas un service »; 1B : « Prioritaire :
    oui / non »; 2A : la recommandation), ``None`` tant qu'il n'y en a pas (ou un outil inconnu)."""
    if not outils.connu(ligne.outil):
        return None
    return outils.outil(ligne.outil).resultat(ligne.conclusion)


def cle_recherche(ligne: LigneEvaluation) -> str:
    """Ce où la recherche libre regarde : le numéro de l'évaluation, le numéro d'ID du service,
    le nom gardé avec l'évaluation et les deux noms du service, repliés."""
    return replier(" ".join((str(ligne.pk), ligne.service_id, ligne.sujet, ligne.nom_fr, ligne.nom_en)))


def filtrer(lignes: Iterable[LigneEvaluation], filtre: FiltreEvaluations) -> list[LigneEvaluation]:
    """Les lignes retenues, dans leur ordre. Chaque mot cherché doit se trouver dans la clé de
    recherche (sans tenir compte des majuscules ni des accents)."""
    mots = replier(filtre.texte).split()
    retenues = []
    for ligne in lignes:
        if filtre.outil is not None and ligne.outil != filtre.outil:
            continue
        if filtre.statut is not None and ligne.statut != filtre.statut:
            continue
        if mots:
            cle = cle_recherche(ligne)
            if not all(m in cle for m in mots):
                continue
        retenues.append(ligne)
    return retenues
