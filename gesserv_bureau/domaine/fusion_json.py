"""Fusionner à trois états un champ JSON (les réponses d'une évaluation, le contenu d'une
stratégie), clé par clé, jusqu'aux feuilles : les coûts d'une initiative changés sur le poste et
ses risques changés sur le serveur ne se croisent pas, même s'ils sont dans le même texte JSON.

Une liste de même longueur des trois côtés se fusionne élément par élément; une liste allongée d'un
seul côté, à sa fin seulement (une initiative ajoutée ici, pendant qu'une autre était revue
là-bas), aussi, avec les éléments ajoutés à la suite; une liste allongée des deux côtés à sa fin
seulement garde les ajouts des deux (ceux du serveur, puis ceux du poste; un ajout identique une
fois); une liste raccourcie, ou changée ailleurs qu'à sa fin du côté qui l'allonge, se compare
entière. Chaque
feuille qui se croise est un conflit, situé par son chemin (``initiatives/0/risques``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_ABSENT = object()


@dataclass(frozen=True)
class Conflit:
    chemin: str
    lue: Any          # une clé absente d'un côté : la valeur ``_ABSENT`` (``net`` pour la montrer)
    mienne: Any
    serveur: Any


def lire(texte) -> Any:
    """Le JSON d'un champ, ou ``_ABSENT`` s'il n'en est pas (on le compare alors tel quel)."""
    if not isinstance(texte, str):
        return _ABSENT
    try:
        return json.loads(texte)
    except ValueError:
        return _ABSENT


def fusionner(lue: Any, mienne: Any, serveur: Any, chemin: str = "") -> tuple[Any, list[Conflit]]:
    """La fusion (avec la valeur du serveur là où rien ne se décide) et les conflits."""
    if mienne == lue or mienne == serveur:
        return serveur, []
    if serveur == lue:
        return mienne, []
    if all(isinstance(v, dict) for v in (lue, mienne, serveur)):
        resultat, conflits = {}, []
        for cle in list(dict.fromkeys([*serveur, *mienne, *lue])):
            valeur, sous = fusionner(lue.get(cle, _ABSENT), mienne.get(cle, _ABSENT), serveur.get(cle, _ABSENT),
                                     f"{chemin}/{cle}" if chemin else str(cle))
            conflits += sous
            if valeur is not _ABSENT:
                resultat[cle] = valeur
        return resultat, conflits
    if all(isinstance(v, list) for v in (lue, mienne, serveur)) and (
            len(lue) == len(mienne) == len(serveur)
            or (len(mienne) > len(lue) == len(serveur) and mienne[:len(lue)] == lue)
            or (len(serveur) > len(lue) == len(mienne) and serveur[:len(lue)] == lue)):
        # même longueur, ou allongée d'un seul côté sans rien y changer d'autre (une initiative
        # retirée puis deux ajoutées n'est pas un ajout : les éléments ne sont plus aux mêmes places)
        if _decalee(lue, mienne) or _decalee(lue, serveur):
            return serveur, [Conflit(chemin, lue, mienne, serveur)]     # des éléments ont changé de place
        resultat, conflits = [], []
        for i, (l, m, s) in enumerate(zip(lue, mienne, serveur)):
            valeur, sous = fusionner(l, m, s, f"{chemin}/{i}" if chemin else str(i))
            resultat.append(valeur)
            conflits += sous
        return resultat + mienne[len(lue):] + serveur[len(lue):], conflits      # ajoutés d'un seul côté
    if (all(isinstance(v, list) for v in (lue, mienne, serveur)) and len(mienne) > len(lue) < len(serveur)
            and mienne[:len(lue)] == lue == serveur[:len(lue)]):
        # allongée des deux côtés, à sa fin seulement (une initiative ajoutée ici, une autre là-bas) :
        # les deux ajouts sont gardés, ceux du serveur d'abord (ils y ont déjà leur rang); un élément
        # ajouté tel quel des deux côtés ne l'est qu'une fois
        ajouts_serveur = serveur[len(lue):]
        return serveur + [e for e in mienne[len(lue):] if e not in ajouts_serveur], []
    return serveur, [Conflit(chemin, lue, mienne, serveur)]


def _decalee(lue: list, autre: list) -> bool:
    """Les éléments de ``autre`` ont-ils changé de place depuis ``lue`` (une initiative retirée et
    une autre ajoutée : les suivantes remontent) ? Un objet avec un ``id`` : son ``id`` n'est plus
    au même rang; sinon, un élément d'un rang se retrouve tel quel à un autre rang. Alors la liste
    se compare entière et la divergence est montrée, plutôt que de greffer le changement d'un
    élément sur un autre."""
    for i, element in enumerate(autre[:len(lue)]):
        if isinstance(element, dict) and isinstance(lue[i], dict) and "id" in element and "id" in lue[i]:
            if element["id"] != lue[i]["id"]:
                return True
        elif element != lue[i] and any(element == ancien for j, ancien in enumerate(lue) if j != i):
            return True
    return False


def net(v):
    """Une valeur à montrer : une clé absente se montre comme nulle."""
    return None if v is _ABSENT else v


def poser(document: Any, chemin: str, valeur: Any) -> Any:
    """``document`` avec la feuille ``chemin`` remplacée par ``valeur`` (absente : retirée d'un objet)."""
    if not chemin:
        return valeur
    tete, _, reste = chemin.partition("/")
    if isinstance(document, list):
        i = int(tete)
        copie = list(document)
        copie[i] = poser(copie[i], reste, valeur)
        return copie
    copie = dict(document)
    nouvelle = poser(copie.get(tete, {}), reste, valeur) if reste else valeur
    if nouvelle is _ABSENT:
        copie.pop(tete, None)
    else:
        copie[tete] = nouvelle
    return copie


def ecrire(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


def est_json(*valeurs) -> bool:
    return all(lire(v) is not _ABSENT for v in valeurs)
