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
- ``modifie_le`` changé des deux côtés : la date la plus récente, sans rien demander;
- un champ JSON (les réponses d'une évaluation, le contenu d'une stratégie) : fusionné feuille par
  feuille (``domaine.fusion_json``);
- un changement que le serveur refuserait (secteur non accordé, fiche approuvée, rôle de lecteur) :
  montré (``@refus:…``), et seul « serveur » le tranche — le reste du renvoi n'en est pas bloqué.

Le plan se calcule en entier avant d'écrire quoi que ce soit; tant qu'une divergence n'est pas
tranchée, rien n'est écrit. Rien n'est choisi par défaut.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gesserv_bureau.domaine import fusion_json, regles_2a
from gesserv_bureau.domaine.fusion import Divergence, fusionner

# Les fiches, dans l'ordre où les écrire (une fiche désignée avant celles qui la désignent).
FICHES = ("service", "norme_service", "action_norme", "seance", "evaluation", "strategie")
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
    ("evaluation", "seance_pk"): "seance",
    ("initiative", "service_pk"): "service",
}
EXISTENCE = "@existence"
REFUS = "@refus"                  # « @refus:secteur », « @refus:approuvee » : le serveur refuserait
# Ce qui dit qu'une fiche du poste est celle qui a été emportée (et pas une autre, à qui SQLite a
# redonné la clé d'une fiche supprimée); un service se reconnaît, lui, par le journal du poste.
# Une norme ne se supprime jamais seule (elle se retire : ``retiree_le``), seulement avec son
# service : sa clé ne peut être redonnée qu'après la suppression de celui-ci (``_autre_fiche``),
# et elle se reconnaît à son service — pas à son numéro, qu'on peut corriger : une norme
# renumérotée hors ligne reste la même norme, avec ses résultats et ses actions.
IDENTITE = {"norme_service": ("service_pk",), "action_norme": ("uuid",), "seance": ("uuid",),
            "evaluation": ("uuid",), "strategie": ("uuid",)}
# fiche -> (fiche qui la désigne, sa colonne vers elle, supprimée avec elle) : une norme part avec
# son service et une action avec sa norme (ON DELETE CASCADE); une évaluation en est détachée.
ENFANTS = {"service": (("norme_service", "service_pk", True), ("evaluation", "service_pk", False)),
           "norme_service": (("action_norme", "norme_pk", True),)}
# fiche -> (la fiche avec laquelle elle est supprimée, sa colonne vers elle)
PARENT = {enfant: (parent, vers) for parent, liens in ENFANTS.items() for enfant, vers, cascade in liens if cascade}
# (table, colonne) vers une fiche avec laquelle la ligne est supprimée (ON DELETE CASCADE); les
# autres clés de REFERENCES sont mises à NULL quand la fiche qu'elles désignent l'est
CASCADES = frozenset((enfant, vers) for enfant, (_, vers) in PARENT.items())
CHAMPS_JSON = {"evaluation": ("contenu",), "strategie": ("contenu",)}
APPROUVABLES = ("evaluation", "seance", "strategie")
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
    """Une divergence, située : la fiche, sa clé, son libellé (pour la montrer). ``touchees`` :
    pour une fiche supprimée d'un côté, les fiches qui en dépendent et que l'autre côté a ajoutées
    ou changées (fiche, libellé) — ce que la suppression emporterait ou détacherait."""
    fiche: str
    pk: int
    libelle: str
    divergence: Divergence
    touchees: tuple[tuple[str, str], ...] = ()

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


@dataclass(frozen=True)
class Droits:
    """Ce que le serveur permettra : les secteurs accordés (None : tous) et l'approbation."""
    secteurs: frozenset[str] | None = None
    approbateur: bool = True
    redacteur: bool = True


def planifier(lue: Etat, mienne: Etat, serveur: Etat, rev_serveur: Mapping[str, Mapping[int, int]],
              choix: Mapping[str, str] | None = None, tout: str | None = None,
              remplaces: frozenset[int] = frozenset(), droits: Droits = Droits()) -> Plan:
    """Le plan du renvoi : les opérations à faire sur le serveur, et les divergences non
    tranchées (``choix[ecart.cle]`` ou ``tout`` : ``mienne`` ou ``serveur``).

    ``remplaces`` : les clés de services supprimés sur le poste depuis l'emport, et pas remis
    (son journal). SQLite redonne la clé de la dernière ligne supprimée à la suivante : le service
    du poste à cette clé est un autre service, ajouté, et celui qui a été emporté est supprimé.
    Les autres fiches se reconnaissent par leur identité (``IDENTITE``).

    ``droits`` : un changement que le serveur refuserait (le secteur d'un service qui n'est pas
    accordé, une fiche approuvée sans être approbateur) est montré (``@refus:…``) plutôt que de
    faire échouer tout le renvoi; seul « serveur » le tranche (le changement n'est pas envoyé)."""
    choix = choix or {}
    operations: list[Operation] = []
    ouverts: list[Ecart] = []
    tranches: list[Ecart] = []
    remplacees: dict[str, set[int]] = {f: set() for f in FICHES}
    remplacees["service"] = set(remplaces)

    def trancher(ecart: Ecart) -> str | None:
        c = _choisir(ecart, choix, tout)
        if c == "mienne" and ecart.divergence.champ.startswith(REFUS):
            c = None                           # le serveur ne le permettrait pas : reste à trancher
        (tranches if c else ouverts).append(ecart)
        return c

    def refus(fiche: str, *lignes) -> str | None:
        return _refus(fiche, [l for l in lignes if l], mienne, serveur, droits)

    # une fiche supprimée d'un côté : ses normes (et leurs actions) partent avec elle; leur sort
    # est celui de la fiche, tranché une fois (``decidees`` : supprimée ou non d'un côté; ``gardees``
    # : supprimée ici, gardée telle que le serveur l'a; ``recreees`` : supprimée là-bas, recréée)
    decidees: dict[str, set[int]] = {f: set() for f in FICHES}
    gardees: dict[str, set[int]] = {f: set() for f in FICHES}
    recreees: dict[str, set[int]] = {f: set() for f in FICHES}

    for fiche in FICHES:
        l_, m_, s_ = lue.get(fiche, {}), mienne.get(fiche, {}), serveur.get(fiche, {})
        revs = rev_serveur.get(fiche, {})
        for pk in sorted(set(l_) | set(m_)):
            lu, mien, serv = l_.get(pk), m_.get(pk), s_.get(pk)
            if lu is not None and mien is not None and _autre_fiche(fiche, lu, mien, remplacees):
                remplacees[fiche].add(pk)
                operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
                mien = None
            fiche_parent, vers = PARENT.get(fiche, ("", ""))
            if lu is not None and (mien is None or serv is None) and lu.get(vers) in decidees.get(fiche_parent, ()):
                # supprimée avec sa fiche d'un côté : son sort est celui de sa fiche
                decidees[fiche].add(pk)
                if lu[vers] in gardees[fiche_parent] and serv is not None:
                    gardees[fiche].add(pk)
                if lu[vers] in recreees[fiche_parent] and mien is not None and serv is None:
                    recreees[fiche].add(pk)
                    operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
                continue
            if lu is None:                                   # créée hors ligne
                operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
            elif mien is None:                               # supprimée hors ligne
                if serv is None:
                    continue
                decidees[fiche].add(pk)
                touchees = _touchees(fiche, pk, lue, serveur, detachees=True)
                if _egales(lu, serv) and not touchees:
                    operations.append(Operation("supprimer", fiche, pk, revision=revs.get(pk)))
                    continue
                e = Ecart(fiche, pk, libelle(fiche, serv), Divergence(EXISTENCE, True, False, True), touchees)
                if trancher(e) == "mienne":
                    operations.append(Operation("supprimer", fiche, pk, revision=revs.get(pk)))
                else:
                    gardees[fiche].add(pk)
            elif serv is None:                               # supprimée sur le serveur
                decidees[fiche].add(pk)
                touchees = _touchees(fiche, pk, lue, mienne, detachees=False)
                if _egales(lu, mien) and not touchees:
                    continue
                e = Ecart(fiche, pk, libelle(fiche, mien), Divergence(EXISTENCE, True, True, False), touchees)
                if trancher(e) == "mienne":
                    recreees[fiche].add(pk)
                    operations.append(Operation("ajouter", fiche, pk, _sans_techniques(mien)))
            else:
                operation = _modifier(fiche, pk, lu, mien, serv, revs.get(pk), trancher, remplacees, recreees)
                if operation is not None:
                    operations.append(operation)
    operations = _sans_detacher(operations, lue, gardees)
    operations = _sans_parents_disparus(operations, lue, serveur, recreees)
    operations = _refuser(operations, serveur, refus, trancher)
    # les suppressions en dernier, les fiches qui dépendent d'une autre d'abord : une évaluation
    # détachée de son service l'est avant que le service parte
    ordre = {"ajouter": 0, "modifier": 0, "supprimer": 1}
    operations.sort(key=lambda o: (ordre[o.genre], FICHES.index(o.fiche) * (-1 if o.genre == "supprimer" else 1)))
    return Plan(tuple(operations), tuple(ouverts), tuple(tranches))


def retrouver(lue: Etat, mienne: Etat, sur_serveur: Mapping[str, Mapping[str, tuple[int, Mapping, int]]]) -> dict[str, dict[int, int]]:
    """Les fiches créées ici (pas dans ``lue``) qu'un envoi précédent a déjà écrites sur le serveur
    — la connexion perdue, ou le poste incapable d'écrire (disque plein), entre la validation du
    serveur et celle du poste : ``sur_serveur[fiche][uuid]`` = (sa clé sur le serveur, son état
    (``etat``), sa révision). Chacune est ramenée à sa clé du serveur dans ``mienne`` (avec ce qui
    la désigne), et reçoit une « lue » : si le serveur l'a encore telle que cet envoi l'a écrite
    (révision 1), c'est elle — ce qui a été fait ici depuis s'y ajoute; si quelqu'un l'a changée
    depuis, on ne sait plus qui a changé quoi : chaque champ où les deux diffèrent est à trancher,
    jamais écrasé en silence. ``lue`` et ``mienne`` sont changées sur place; les clés changées
    (fiche -> clé du poste -> clé du serveur)."""
    correspondances: dict[str, dict[int, int]] = {f: {} for f in FICHES}
    for fiche, trouvees in sur_serveur.items():
        for pk, mien in list(mienne.get(fiche, {}).items()):
            if pk in lue.get(fiche, {}) or mien.get("uuid") not in trouvees:
                continue
            cle, etat_serveur, revision = trouvees[mien["uuid"]]
            if cle in mienne[fiche] and cle != pk:
                continue          # la clé est prise ici par une autre fiche : la laisser au renvoi ordinaire
            del mienne[fiche][pk]
            mienne[fiche][cle] = {**mien, "pk": cle}
            lue.setdefault(fiche, {})[cle] = dict(etat_serveur) if revision == 1 else \
                {c: (v if mien.get(c) == v else None) for c, v in etat_serveur.items()}
            correspondances[fiche][pk] = cle
    for (table, colonne), cible in REFERENCES.items():
        if correspondances.get(cible) and table in mienne:
            for ligne in mienne[table].values():
                if ligne.get(colonne) in correspondances[cible]:
                    ligne[colonne] = correspondances[cible][ligne[colonne]]
    return {f: m for f, m in correspondances.items() if m}


def _touchees(fiche: str, pk: int, lue: Etat, autre: Etat, detachees: bool) -> tuple[tuple[str, str], ...]:
    """Les fiches qui dépendent de la fiche ``pk`` dans l'état ``autre`` et que cet autre côté a
    ajoutées ou changées depuis l'emport (avec celles qui dépendent d'elles) : ce que la supprimer
    emporterait (et, ``detachees``, les évaluations qu'elle détacherait)."""
    sortie: list[tuple[str, str]] = []
    for enfant, vers, cascade in ENFANTS.get(fiche, ()):
        if not (cascade or detachees):
            continue
        for epk, ligne in sorted(autre.get(enfant, {}).items()):
            if ligne.get(vers) != pk:
                continue
            lu = lue.get(enfant, {}).get(epk)
            if lu is None or lu.get(vers) != pk or not _egales(lu, ligne):
                sortie.append((enfant, libelle(enfant, ligne)))
            elif cascade:
                sortie.extend(_touchees(enfant, epk, lue, autre, detachees))
    return tuple(sortie)


def _sans_detacher(operations: list[Operation], lue: Etat, gardees: Mapping[str, set[int]]) -> list[Operation]:
    """Un service supprimé ici et gardé tel que le serveur l'a : les évaluations que sa
    suppression a détachées sur le poste lui restent attachées (leur clé vers lui n'est pas effacée)."""
    if not gardees["service"]:
        return operations
    sortie = []
    for op in operations:
        if op.genre == "modifier" and op.fiche == "evaluation":
            lu = lue["evaluation"].get(op.pk, {})
            garde = lu.get("service_pk") if lu.get("service_pk") in gardees["service"] else None
            if garde is None:
                sortie.append(op)
                continue
            valeurs = {}
            for c, v in op.valeurs.items():
                if c == "service_pk" and v is None:
                    continue                       # l'évaluation reste attachée au service gardé
                if c.startswith("@initiative:") and dependante(c)[2] == "service_pk" and v is None:
                    v = garde                      # ses initiatives aussi, même celles ajoutées ici
                valeurs[c] = v
            if set(valeurs) <= {"modifie_le"}:
                continue
            op = Operation(op.genre, op.fiche, op.pk, valeurs, op.revision)
        sortie.append(op)
    return sortie


def _sans_parents_disparus(operations: list[Operation], lue: Etat, serveur: Etat,
                           recreees: Mapping[str, set[int]]) -> list[Operation]:
    """Une fiche écrite par le renvoi qui désigne une fiche emportée que le serveur a supprimée
    depuis (et que le renvoi ne recrée pas) : une évaluation en est détachée, comme la suppression
    l'a fait des autres; une norme ou une action créée dessous part avec elle (la question de la
    fiche supprimée l'a montrée, dans ce que ne pas la recréer perdrait). Sans cela, la clé
    étrangère refuserait tout le renvoi, chaque fois."""
    parties: dict[str, set[int]] = {f: set() for f in FICHES}    # créées ici, parties avec leur fiche

    def disparue(cible: str, v) -> bool:
        return v is not None and (v in parties[cible] or (v in lue.get(cible, {}) and v not in serveur.get(cible, {})
                                                          and v not in recreees.get(cible, ())))

    sortie = []
    for op in operations:
        if op.genre == "supprimer":
            sortie.append(op)
            continue
        valeurs, partie = dict(op.valeurs), False
        for champ, v in op.valeurs.items():
            table, colonne = (dependante(champ)[0], dependante(champ)[2]) if champ.startswith("@") else (op.fiche, champ)
            cible = REFERENCES.get((table, colonne))
            if not cible or not disparue(cible, v):
                continue
            if (table, colonne) in CASCADES:
                if op.genre == "ajouter":
                    partie = True
                else:
                    valeurs.pop(champ)         # déplacée sous une fiche disparue : elle reste où elle est
            else:
                valeurs[champ] = None
        if partie:
            parties[op.fiche].add(op.pk)
            continue
        if op.genre == "modifier" and set(valeurs) <= {"modifie_le"}:
            continue
        sortie.append(Operation(op.genre, op.fiche, op.pk, valeurs, op.revision))
    return sortie


def _autre_fiche(fiche: str, lu: Mapping, mien: Mapping, remplacees: Mapping[str, set[int]]) -> bool:
    """La fiche du poste à cette clé en est-elle une autre que celle emportée?"""
    if fiche == "service":
        return lu["pk"] in remplacees["service"]
    if fiche == "norme_service" and lu.get("service_pk") in remplacees["service"]:
        return True                      # son service a été supprimé : elle est partie avec lui
    return any(lu.get(c) != mien.get(c) for c in IDENTITE.get(fiche, ()))


def _modifier(fiche, pk, lu, mien, serv, revision, trancher, remplacees, recreees) -> Operation | None:
    complete = {**{c: None for c in lu if c.startswith("@")}, **mien}    # une ligne dépendante supprimée : None
    fusion = fusionner(lu, complete, serv)
    a_ecrire = dict(fusion.a_ecrire)
    divergences = list(fusion.divergences)
    # les initiatives d'un examen 2A sont la projection de son contenu : elles en sont tirées une
    # fois le contenu fusionné, jamais fusionnées à part (elles divergeraient de lui)
    projeter = fiche == "evaluation" and isinstance(fusion_json.lire(serv.get("contenu")), dict)
    if projeter:
        a_ecrire = {c: v for c, v in a_ecrire.items() if not c.startswith("@initiative:")}
        divergences = [d for d in divergences if not d.champ.startswith("@initiative:")]
    _dates(a_ecrire, divergences, mien, serv)
    for d in list(divergences):
        if d.champ in CHAMPS_JSON.get(fiche, ()) and fusion_json.est_json(d.lue, d.mienne, d.serveur):
            divergences.remove(d)
            a_ecrire[d.champ] = _fusion_json(fiche, pk, d, serv, trancher)
    for d in divergences:
        if trancher(Ecart(fiche, pk, libelle(fiche, serv), d)) == "mienne":
            a_ecrire[d.champ] = d.mienne
    # une clé vers une fiche remplacée désigne, sur le poste, la nouvelle : à renuméroter même
    # inchangée; une clé vers une fiche recréée, que la suppression sur le serveur a effacée, y revient
    for champ, v in mien.items():
        if projeter and champ.startswith("@initiative:"):
            continue
        table = dependante(champ)[0] if champ.startswith("@") else fiche
        colonne = dependante(champ)[2] if champ.startswith("@") else champ
        cible = REFERENCES.get((table, colonne))
        if cible and v is not None and (v in remplacees.get(cible, ())
                                        or (v in recreees.get(cible, ()) and serv.get(champ) is None
                                            and lu.get(champ) == v)):
            a_ecrire[champ] = v
    if projeter and ("contenu" in a_ecrire or "service_pk" in a_ecrire):
        a_ecrire.update(_initiatives_projetees(a_ecrire, serv))
    if set(a_ecrire) <= {"modifie_le"}:
        return None
    return Operation("modifier", fiche, pk, a_ecrire, revision)


def _initiatives_projetees(a_ecrire: Mapping, serv: Mapping) -> dict:
    """Ce qu'il faut écrire pour que les initiatives de l'examen, sur le serveur, soient celles de
    son contenu tel qu'il sera écrit (``@initiative:rang…``; None : la ligne retirée)."""
    document = fusion_json.lire(a_ecrire.get("contenu", serv.get("contenu")))
    if not isinstance(document, dict):
        return {}
    lignes = regles_2a.lignes_initiatives(document, a_ecrire.get("service_pk", serv.get("service_pk")))
    sortie: dict[str, Any] = {}
    for rang, ligne in enumerate(lignes):
        nom = f"@initiative:{rang}"
        if nom not in serv:
            sortie[nom] = True
        sortie.update({f"{nom}:{c}": v for c, v in ligne.items() if nom not in serv or serv.get(f"{nom}:{c}") != v})
    for champ in serv:
        if champ.startswith("@initiative:"):
            _, cle, colonne = dependante(champ)
            if colonne is None and int(cle) >= len(lignes):
                sortie[champ] = None
    return sortie


def _fusion_json(fiche, pk, d: Divergence, serv, trancher) -> str:
    """Un champ JSON changé des deux côtés : fusionné feuille par feuille; chaque feuille qui se
    croise est une divergence (``contenu:initiatives/0/risques``)."""
    fusionne, conflits = fusion_json.fusionner(*(fusion_json.lire(v) for v in (d.lue, d.mienne, d.serveur)))
    for c in conflits:
        vue = Divergence(f"{d.champ}:{c.chemin}", *(fusion_json.net(v) for v in (c.lue, c.mienne, c.serveur)))
        if trancher(Ecart(fiche, pk, libelle(fiche, serv), vue)) == "mienne":
            fusionne = fusion_json.poser(fusionne, c.chemin, c.mienne)
    return fusion_json.ecrire(fusionne)


def _service_de(fiche: str, ligne: Mapping, mienne: Etat, serveur: Etat) -> Mapping | None:
    """Le service dont dépend une fiche (lui-même pour un service)."""
    if fiche == "service":
        return ligne
    if fiche == "action_norme":
        norme = serveur["norme_service"].get(ligne.get("norme_pk")) or mienne["norme_service"].get(ligne.get("norme_pk"))
        return _service_de("norme_service", norme, mienne, serveur) if norme else None
    pk = ligne.get("service_pk")
    return (serveur["service"].get(pk) or mienne["service"].get(pk)) if pk is not None else None


def _refus(fiche: str, lignes: list[Mapping], mienne: Etat, serveur: Etat, droits: Droits) -> str | None:
    """Pourquoi le serveur refuserait d'écrire cette fiche (ses états ``lignes`` : serveur, mienne)."""
    if not droits.redacteur:
        return "lecture"
    if fiche in APPROUVABLES and not droits.approbateur and any(l.get("statut") == "approuvee" for l in lignes):
        return "approuvee"
    if droits.secteurs is not None and fiche in ("service", "norme_service", "action_norme", "evaluation"):
        for ligne in lignes:
            service = _service_de(fiche, ligne, mienne, serveur)
            if service is not None and service.get("secteur_responsabilite") not in droits.secteurs:
                return "secteur"
    return None


def _refuser(operations: list[Operation], serveur: Etat, refus, trancher) -> list[Operation]:
    """Les opérations que le serveur refuserait (d'après la fiche telle qu'elle est sur le serveur,
    et telle qu'elle serait écrite) deviennent des divergences ``@refus:…``."""
    gardees = []
    for op in operations:
        avant = serveur.get(op.fiche, {}).get(op.pk) if op.genre != "ajouter" else None
        raison = refus(op.fiche, avant, op.valeurs and {**(avant or {}), **op.valeurs})
        if raison is None:
            gardees.append(op)
            continue
        mienne = {"supprimer": False}.get(op.genre, True)
        ligne = {**(avant or {}), **op.valeurs}
        trancher(Ecart(op.fiche, op.pk, libelle(op.fiche, ligne), Divergence(f"{REFUS}:{raison}", True, mienne, True)))
    return gardees


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
    ou ajoutée; seules les listes de services d'une séance ou d'une stratégie peuvent en désigner
    qui n'ont pas été emportés : celles qu'elles avaient à l'emport (``lue_ligne``) restent."""
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
    services = nouvelles.get("service", {})
    lue_ligne = lue_ligne or {}
    if fiche == "seance" and "services" in sortie:
        sortie["services"] = _json(_liste_renumerotee(_json_lu(sortie["services"]), _json_lu(lue_ligne.get("services")),
                                                      services), sortie["services"])
    if fiche == "strategie" and "contenu" in sortie:
        sortie["contenu"] = _contenu_strategie(sortie["contenu"], lue_ligne.get("contenu"), services)
    return sortie


def _json_lu(texte):
    try:
        return json.loads(texte) if isinstance(texte, str) else texte
    except ValueError:
        return None


def _json(valeur, origine):
    return json.dumps(valeur, ensure_ascii=False) if isinstance(origine, str) else valeur


def _liste_renumerotee(liste, emportee, services: Mapping[int, int]):
    """Une liste de clés de services : celles qu'elle avait à l'emport restent (autant de fois),
    les autres sont des services ajoutés par le renvoi, renumérotés."""
    if not isinstance(liste, list):
        return liste
    restantes = Counter(emportee if isinstance(emportee, list) else [])
    sortie = []
    for pk in liste:
        if restantes[pk] > 0:
            restantes[pk] -= 1
            sortie.append(pk)
        else:
            sortie.append(services.get(pk, pk))
    return sortie


def _contenu_strategie(contenu, emporte, services: Mapping[int, int]):
    """Le contenu d'une stratégie : sa liste de services et celle de chaque initiative."""
    document, avant = _json_lu(contenu), _json_lu(emporte) or {}
    if not isinstance(document, dict) or not services:
        return contenu
    document = dict(document)
    document["services"] = _liste_renumerotee(document.get("services", []), avant.get("services"), services)
    anciennes = {i.get("id"): i for i in avant.get("initiatives", []) if isinstance(i, dict)}
    document["initiatives"] = [
        {**i, "services": _liste_renumerotee(i.get("services", []), anciennes.get(i.get("id"), {}).get("services"),
                                             services)} if isinstance(i, dict) else i
        for i in document.get("initiatives", [])]
    return _json(document, contenu)
