"""Renvoyer au serveur le travail fait hors ligne, sans perdre un côté ni l'autre (mode ministère).

Une base emportée garde, à côté des fiches copiées, leur état au moment de l'emport (la « lue »).
Au retour, chaque fiche est fusionnée à trois états, comme un enregistrement en ligne
(:mod:`gesserv_bureau.domaine.fusion`) : ``lue`` (l'emport), ``mienne`` (la base du poste) et
``serveur`` (le serveur maintenant). Les lignes qui dépendent d'une fiche (les volumes d'un
service, les initiatives d'une évaluation, les résultats d'une norme) y sont des champs de plus,
nommés ``@table:clé`` (la ligne existe : ``@initiative:2``) et ``@table:clé:colonne``
(``@initiative:2:couts``) : les coûts d'une initiative changés sur le poste et ses risques changés
sur le serveur se fusionnent sans se croiser.

- une fiche créée hors ligne est ajoutée (ses clés sont celles du serveur une fois ajoutée : les
  fiches qui la désignent sont renumérotées);
- supprimée hors ligne : supprimée sur le serveur si personne ne l'y a changée, sinon à trancher;
- changée hors ligne et supprimée sur le serveur : à trancher (la recréer ou non);
- ``modifie_le`` changé des deux côtés : la date la plus récente, sans rien demander.

Le plan se calcule en entier avant d'écrire quoi que ce soit; tant qu'une divergence n'est pas
tranchée, rien n'est écrit. Rien n'est choisi par défaut.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gesserv_bureau.domaine.fusion import Divergence, fusionner

# Les fiches, dans l'ordre où les écrire (une fiche désignée avant celles qui la désignent).
FICHES = ("service", "norme_service", "action_norme", "evaluation", "seance", "strategie")
# fiche -> (table des lignes qui en dépendent, leur colonne vers la fiche, leur clé dans la fiche)
DEPENDANTES = {
    "service": (("volume", "service_pk", "mode"),),
    "norme_service": (("resultat_norme", "norme_pk", "periode"),),
    "evaluation": (("initiative", "evaluation_pk", "rang"),),
}
# (table, colonne) -> la fiche qu'elle désigne (à renuméroter quand celle-ci est créée hors ligne)
REFERENCES = {
    ("norme_service", "service_pk"): "service",
    ("action_norme", "norme_pk"): "norme_service",
    ("evaluation", "service_pk"): "service",
    ("initiative", "service_pk"): "service",
}
EXISTENCE = "@existence"
# Ce qui ne se compare pas : tenu par le serveur (pk, révision) ou fait de deux dates.
_TECHNIQUES = frozenset({"pk", "revision"})

Etat = dict[str, dict[int, dict]]      # fiche -> pk -> champs (avec les champs « @table:clé »)


def etat(lignes: Mapping[str, list[dict]]) -> Etat:
    """Les fiches de ``lignes`` (table -> lignes, telles que lues), chacune avec ses lignes
    dépendantes en champs ``@table:clé`` (vrai : la ligne existe) et ``@table:clé:colonne``."""
    resultat: Etat = {}
    for fiche in FICHES:
        resultat[fiche] = {ligne["pk"]: {c: v for c, v in ligne.items() if c != "revision"}
                           for ligne in lignes.get(fiche, [])}
        for table, vers, cle in DEPENDANTES.get(fiche, ()):
            for ligne in lignes.get(table, []):
                parent = resultat[fiche].get(ligne[vers])
                if parent is not None:
                    nom = f"@{table}:{ligne[cle]}"
                    parent[nom] = True
                    parent.update({f"{nom}:{c}": v for c, v in ligne.items() if c not in ("pk", vers, cle)})
    return resultat


def revisions(lignes: Mapping[str, list[dict]]) -> dict[str, dict[int, int]]:
    return {f: {l["pk"]: l.get("revision") for l in lignes.get(f, [])} for f in FICHES}


@dataclass(frozen=True)
class Ecart:
    """Une divergence, située : la fiche, sa clé, son libellé (pour la montrer)."""
    fiche: str
    pk: int
    libelle: str
    divergence: Divergence

    @property
    def cle(self) -> str:
        return f"{self.fiche}:{self.pk}:{self.divergence.champ}"


@dataclass(frozen=True)
class Operation:
    genre: str                  # "modifier", "ajouter", "supprimer"
    fiche: str
    pk: int                     # la clé sur le serveur; pour un ajout, la clé du poste
    valeurs: dict = field(default_factory=dict)    # colonnes et champs « @table:clé » (None : ligne à supprimer)
    revision: int | None = None                     # celle du serveur, lue sous verrou


@dataclass(frozen=True)
class Plan:
    operations: tuple[Operation, ...]
    ecarts: tuple[Ecart, ...]                 # non tranchés : rien ne doit être écrit
    tranches: tuple[Ecart, ...] = ()

    @property
    def a_trancher(self) -> bool:
        return bool(self.ecarts)

    def compte(self, genre: str) -> int:
        return sum(1 for o in self.operations if o.genre == genre)


def libelle(fiche: str, ligne: Mapping | None) -> str:
    if not ligne:
        return ""
    for champ in ("nom_fr", "nom_en", "sujet", "titre", "norme_fr", "norme_en", "texte", "service_id", "uuid"):
        if ligne.get(champ):
            return str(ligne[champ])[:80]
    return f"{fiche} {ligne.get('pk')}"


def _dates(fusion_a_ecrire: dict, divergences: list[Divergence], mienne: Mapping, serveur: Mapping) -> None:
    """``modifie_le`` changé des deux côtés : la plus récente (le texte ISO se compare tel quel)."""
    for d in list(divergences):
        if d.champ == "modifie_le":
            divergences.remove(d)
            plus_recente = max(str(mienne.get("modifie_le") or ""), str(serveur.get("modifie_le") or ""))
            if plus_recente != serveur.get("modifie_le"):
                fusion_a_ecrire["modifie_le"] = plus_recente


def _choisir(ecart: Ecart, choix: Mapping[str, str], tout: str | None) -> str | None:
    c = choix.get(ecart.cle) or tout
    return c if c in ("mienne", "serveur") else None


def planifier(lue: Etat, mienne: Etat, serveur: Etat, rev_serveur: Mapping[str, Mapping[int, int]],
              choix: Mapping[str, str] | None = None, tout: str | None = None,
              supprimees: frozenset[tuple[str, int]] = frozenset()) -> Plan:
    """Le plan du renvoi : les opérations à faire sur le serveur, et les divergences non
    tranchées (``choix[ecart.cle]`` ou ``tout`` : ``mienne`` ou ``serveur``).

    ``supprimees`` : les fiches (fiche, pk) supprimées sur le poste depuis l'emport (son journal).
    SQLite redonne la clé de la dernière ligne supprimée à la suivante : une fiche du poste à une
    clé supprimée est une autre fiche, ajoutée, et la fiche emportée est, elle, supprimée."""
    choix = choix or {}
    operations: list[Operation] = []
    ouverts: list[Ecart] = []
    tranches: list[Ecart] = []

    def trancher(ecart: Ecart) -> str | None:
        c = _choisir(ecart, choix, tout)
        (tranches if c else ouverts).append(ecart)
        return c

    for fiche in FICHES:
        l_, m_, s_ = lue.get(fiche, {}), mienne.get(fiche, {}), serveur.get(fiche, {})
        revs = rev_serveur.get(fiche, {})
        for pk in sorted(set(l_) | set(m_)):
            lu, mien, serv = l_.get(pk), m_.get(pk), s_.get(pk)
            if lu is not None and mien is not None and (fiche, pk) in supprimees:
                operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
                mien = None
            if lu is None:                                   # créée hors ligne
                operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
            elif mien is None:                               # supprimée hors ligne
                if serv is None:
                    continue
                if _egales(lu, serv):
                    operations.append(Operation("supprimer", fiche, pk, revision=revs.get(pk)))
                else:
                    e = Ecart(fiche, pk, libelle(fiche, serv), Divergence(EXISTENCE, True, False, True))
                    if trancher(e) == "mienne":
                        operations.append(Operation("supprimer", fiche, pk, revision=revs.get(pk)))
            elif serv is None:                               # supprimée sur le serveur
                if _egales(lu, mien):
                    continue
                e = Ecart(fiche, pk, libelle(fiche, mien), Divergence(EXISTENCE, True, True, False))
                if trancher(e) == "mienne":
                    operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
            else:
                operation = _modifier(fiche, pk, lu, mien, serv, revs.get(pk), trancher)
                if operation is not None:
                    operations.append(operation)
    # les suppressions en dernier, les fiches qui dépendent d'une autre d'abord : une évaluation
    # détachée de son service l'est avant que le service parte
    ordre = {"ajouter": 0, "modifier": 0, "supprimer": 1}
    operations.sort(key=lambda o: (ordre[o.genre], FICHES.index(o.fiche) * (-1 if o.genre == "supprimer" else 1)))
    return Plan(tuple(operations), tuple(ouverts), tuple(tranches))


def _modifier(fiche, pk, lu, mien, serv, revision, trancher) -> Operation | None:
    complete = {**{c: None for c in lu if c.startswith("@")}, **mien}    # une ligne dépendante supprimée : None
    fusion = fusionner(lu, complete, serv)
    a_ecrire = dict(fusion.a_ecrire)
    divergences = list(fusion.divergences)
    _dates(a_ecrire, divergences, mien, serv)
    for d in divergences:
        if trancher(Ecart(fiche, pk, libelle(fiche, serv), d)) == "mienne":
            a_ecrire[d.champ] = d.mienne
    if set(a_ecrire) <= {"modifie_le"}:
        return None
    return Operation("modifier", fiche, pk, a_ecrire, revision)


def _sans_techniques(ligne: Mapping) -> dict:
    return {c: v for c, v in ligne.items() if c not in _TECHNIQUES}


def _egales(a: Mapping, b: Mapping) -> bool:
    cles = (set(a) | set(b)) - _TECHNIQUES
    return all(a.get(c) == b.get(c) for c in cles)


def dependante(champ: str) -> tuple[str, str, str | None]:
    """``@table:clé:colonne`` -> (table, clé, colonne); ``@table:clé`` -> (table, clé, None)."""
    table, _, reste = champ[1:].partition(":")
    cle, _, colonne = reste.rpartition(":") if reste.count(":") else (reste, "", "")
    return table, cle, colonne or None


def renumeroter(fiche: str, valeurs: Mapping[str, Any], nouvelles: Mapping[str, Mapping[int, int]],
                lue_ligne: Mapping | None = None) -> dict:
    """``valeurs`` avec les clés des fiches ajoutées par le renvoi remplacées par leurs clés sur le
    serveur (``nouvelles[fiche][pk du poste]``). Une clé du poste ne désigne qu'une fiche emportée
    ou ajoutée; seule la liste des services d'une séance peut en désigner qui n'ont pas été
    emportés : ceux qu'elle avait à l'emport (``lue_ligne``) ne sont pas changés."""
    def serveur_de(cible: str, v):
        return nouvelles.get(cible, {}).get(v, v) if v is not None else None

    sortie = {}
    for champ, v in valeurs.items():
        cible = REFERENCES.get((fiche, champ))
        if cible:
            v = serveur_de(cible, v)
        elif champ.startswith("@"):
            table, _, colonne = dependante(champ)
            if (table, colonne) in REFERENCES:
                v = serveur_de(REFERENCES[(table, colonne)], v)
        sortie[champ] = v
    if fiche == "seance" and "services" in sortie:
        sortie["services"] = _services_de_seance(sortie["services"], nouvelles, (lue_ligne or {}).get("services"))
    return sortie


def _liste(services) -> list:
    try:
        return list(json.loads(services) if isinstance(services, str) else (services or []))
    except (TypeError, ValueError):
        return []


def _services_de_seance(services, nouvelles, emportes):
    """La liste JSON des services d'une séance : les services ajoutés par le renvoi y sont renumérotés."""
    anciens = set(_liste(emportes))
    liste = [pk if pk in anciens else nouvelles.get("service", {}).get(pk, pk) for pk in _liste(services)]
    return json.dumps(liste) if isinstance(services, str) else liste
