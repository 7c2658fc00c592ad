"""Envoyer tout de suite au serveur une séance d'examen et ses examens : le SQL des deux côtés.

Pendant la réunion, chaque réponse enregistrée et chaque changement de service de la vue au
projecteur partent au serveur dans la seconde, pour que les participants les suivent sur leur
portable (``cas.seance_en_direct``). Seules la séance et ses évaluations 2A voyagent, avec les
mêmes règles que le renvoi (``domaine.hors_ligne.planifier`` : ce que d'autres ont changé est
fusionné, ce qui se croise reste à trancher); ensuite, dans la base du poste, elles sont remplacées
par ce que le serveur a maintenant (leurs clés sur le serveur pour celles qui viennent d'y être
créées), et l'instantané d'emport dit qu'elles sont à jour : le renvoi suivant ne les renvoie pas.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, select

from gesserv_bureau.stockage import parametres, tables
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur.emport import (
    CLE_DIRECT, CLE_INSTANTANE, DEPENDANTES_DIRECT, FICHES_DIRECT, _dicts, _fiche, _ou_dans, appliquer_surcharges,
    services_remplaces, surcharges_direct,
)
from gesserv_bureau.stockage.serveur.transfert import lignes_sqlite

# fiche -> les (table, colonne) qui la désignent dans la base du poste
_DESIGNEE_PAR = {"seance": (("evaluation", "seance_pk"),), "evaluation": (("initiative", "evaluation_pk"),)}


def lire_seance_du_poste(base: Base, seance_pk: int) -> dict[str, list[dict]]:
    """La séance ``seance_pk`` de la base du poste, ses évaluations et leurs initiatives."""
    seances = lignes_sqlite(base, "seance", ("pk", [seance_pk]))
    evaluations = lignes_sqlite(base, "evaluation", ("seance_pk", [seance_pk])) if seances else []
    initiatives = lignes_sqlite(base, "initiative", ("evaluation_pk", [l["pk"] for l in evaluations]))
    return {"seance": seances, "evaluation": evaluations, "initiative": initiatives}


def lire_evaluation_du_poste(base: Base, evaluation_pk: int) -> dict[str, list[dict]]:
    """L'évaluation ``evaluation_pk`` de la base du poste et ses initiatives."""
    evaluations = lignes_sqlite(base, "evaluation", ("pk", [evaluation_pk]))
    return {"seance": [], "evaluation": evaluations,
            "initiative": lignes_sqlite(base, "initiative", ("evaluation_pk", [l["pk"] for l in evaluations]))}


def _de_l_instantane(base: Base, nom: str, colonne: str, valeurs) -> list[dict]:
    """Les lignes ``nom`` de l'instantané d'emport dont ``colonne`` est dans ``valeurs``, lues par
    SQLite (``json_each``) : l'instantané d'une copie de tout le répertoire fait des dizaines de Mo,
    qu'un envoi en direct ne relit pas en entier. Les fiches du répertoire en direct (services, normes,
    actions) et leurs lignes dépendantes — il en demande une ou deux à chaque enregistrement, des
    milliers au fil d'une journée — sont d'abord rangées, une fois par instantané, dans une table
    temporaire de la connexion, indexée (:data:`_RANGEES`)."""
    valeurs = sorted(set(valeurs))
    if not valeurs:
        return []
    marques = ", ".join("?" for _ in valeurs)
    table = _rangees(base, nom, colonne) if _RANGEES.get(nom) == colonne else None
    if table is not None:
        curseur = base.conn.execute(f"SELECT valeur FROM temp.{table} WHERE cle IN ({marques})", valeurs)
    else:
        curseur = base.conn.execute(
            f"SELECT j.value FROM parametre p, json_each(p.valeur, '$.lignes.{nom}') j WHERE p.cle = ? "
            f"AND json_extract(j.value, '$.{colonne}') IN ({marques})", [CLE_INSTANTANE, *valeurs])
    return [json.loads(v) for (v,) in curseur]


# les lignes de l'instantané rangées dans une table temporaire (table -> sa colonne de recherche)
_RANGEES = {"service": "pk", "volume": "service_pk", "norme_service": "pk", "resultat_norme": "norme_pk",
            "action_norme": "pk"}


def _rangees(base: Base, nom: str, colonne: str) -> str | None:
    """La table temporaire des lignes ``nom`` de l'instantané (clé : ``colonne``), faite si l'instantané
    a changé depuis (sa marque : la dernière entrée « emport » du journal, gardée avec elle). None : une
    transaction est ouverte sur la connexion (on n'y écrit pas) — la lecture se fait alors sans elle."""
    import sqlite3

    table = f"gesserv_instantane_{nom}"
    marque = repr(base.conn.execute("SELECT id, horodatage FROM journal WHERE action = 'emport' "
                                    "ORDER BY id DESC LIMIT 1").fetchone())
    try:
        if base.conn.execute(f"SELECT marque FROM temp.{table}_marque").fetchone() == (marque,):
            return table
    except sqlite3.OperationalError:
        pass                       # pas encore faite sur cette connexion
    if base.conn.in_transaction:
        return None
    try:
        base.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
        base.conn.execute(f"DROP TABLE IF EXISTS temp.{table}_marque")
        base.conn.execute(f"CREATE TEMP TABLE {table} (cle INTEGER, valeur TEXT)")
        base.conn.execute(f"INSERT INTO temp.{table} SELECT json_extract(j.value, '$.{colonne}'), j.value "
                          f"FROM parametre p, json_each(p.valeur, '$.lignes.{nom}') j WHERE p.cle = ?", [CLE_INSTANTANE])
        base.conn.execute(f"CREATE INDEX temp.{table}_cle ON {table} (cle)")
        base.conn.execute(f"CREATE TEMP TABLE {table}_marque (marque TEXT)")
        base.conn.execute(f"INSERT INTO temp.{table}_marque VALUES (?)", [marque])
        base.conn.commit()
    except sqlite3.Error:
        base.conn.rollback()
        return None
    return table


def preparer(base: Base) -> None:
    """Ranger d'avance les lignes de l'instantané que lit le répertoire en direct (:data:`_RANGEES`) :
    le premier enregistrement en direct n'attend pas de le faire."""
    if index_emport(base) is not None:
        for nom, colonne in _RANGEES.items():
            _rangees(base, nom, colonne)


# les fiches dont un envoi en direct demande les clés à l'instantané
FICHES_INDEXEES = ("service", "norme_service", "action_norme", "seance", "evaluation")


@dataclass(frozen=True)
class Index:
    """Ce qu'un envoi en direct demande à l'instantané entier : l'identité du répertoire et les clés
    de ses fiches (``cles[fiche]``). Lu une fois par instantané (il ne change qu'à un emport ou à un
    renvoi, que le journal du poste dit), pas à chaque envoi."""
    identite: str
    cles: dict
    journal_id: int = 0        # le repère du journal du poste après lequel une suppression est faite ici

    @property
    def services(self) -> frozenset:
        return self.cles["service"]

    @property
    def seances(self) -> frozenset:
        return self.cles["seance"]

    @property
    def evaluations(self) -> frozenset:
        return self.cles["evaluation"]


_INDEX: dict = {}


def index_emport(base: Base) -> Index | None:
    """L'index de l'instantané d'emport de ``base``; None : pas d'instantané, ou illisible."""
    import sqlite3

    try:
        # (la dernière entrée « emport » du journal : sa clé et son heure, pour qu'une copie remplacée
        # par une autre au même chemin ne reprenne pas l'index de la première)
        version = base.conn.execute("SELECT id, horodatage FROM journal WHERE action = 'emport' "
                                    "ORDER BY id DESC LIMIT 1").fetchone()
        cle = (str(base.chemin), tuple(version or ()))
        if cle not in _INDEX:
            brut = parametres.lire(base.conn, CLE_INSTANTANE)
            brute = json.loads(brut) if brut is not None else None
            if not isinstance(brute, dict) or not isinstance(brute.get("identite"), str):
                return None
            lignes = brute.get("lignes") or {}
            cles = {nom: frozenset(l["pk"] for l in lignes.get(nom, []) if isinstance(l, dict) and isinstance(l.get("pk"), int))
                    for nom in FICHES_INDEXEES}
            while len(_INDEX) >= 2:   # deux copies au plus (deux fenêtres); l'index d'un instantané remplacé part
                _INDEX.pop(next(iter(_INDEX)))
            repere = brute.get("journal_id")
            _INDEX[cle] = Index(brute["identite"], cles, repere if isinstance(repere, int) else 0)
        return _INDEX[cle]
    except (sqlite3.Error, ValueError, TypeError, AttributeError):
        return None


def emportees(base: Base, seances: set[int], evaluations: set[int]) -> dict | None:
    """:func:`emportees_fiches` des séances et évaluations (avec leurs initiatives)."""
    return emportees_fiches(base, {"seance": set(seances), "evaluation": set(evaluations)})


def emportees_fiches(base: Base, voulues: dict[str, set[int]]) -> dict | None:
    """Ce que l'instantané d'emport a de ces fiches (``voulues[fiche]`` : leurs clés) et de leurs lignes
    dépendantes (les volumes d'un service, les résultats d'une norme, les initiatives d'une évaluation),
    avec les envois en direct depuis; et ``identite``, celle du répertoire. None : pas d'instantané (une
    base ordinaire), ou illisible — jamais deviner. Ce qu'un envoi précédent a déjà gardé à part
    (``CLE_DIRECT``) n'est pas relu dans l'instantané entier."""
    import sqlite3

    from gesserv_bureau.stockage.serveur.envoi_fiches import DEPENDANTE_DE

    index = index_emport(base)
    surcharges = surcharges_direct(base.conn)
    if index is None or surcharges is None:
        return None
    voulues = {nom: set(pks) for nom, pks in voulues.items()}
    a_lire = {nom: (pks & index.cles[nom]) - set(surcharges[nom]) for nom, pks in voulues.items()}
    dependantes = {DEPENDANTE_DE[nom]: nom for nom in voulues if nom in DEPENDANTE_DE}
    try:
        lignes = {nom: _de_l_instantane(base, nom, "pk", a_lire[nom]) for nom in voulues}
        for dep, parent in dependantes.items():
            lignes[dep] = _de_l_instantane(base, dep, DEPENDANTES_DIRECT[dep], a_lire[parent])
    except (sqlite3.Error, ValueError):
        return None
    lignes = appliquer_surcharges(lignes, {
        **{nom: {k: v for k, v in surcharges[nom].items() if k in voulues[nom]} for nom in voulues},
        **{dep: {k: v for k, v in surcharges[dep].items() if k in voulues[parent]} for dep, parent in dependantes.items()}})
    return {"identite": index.identite,
            **{nom: [l for l in lignes[nom] if l.get("pk") in voulues[nom]] for nom in voulues},
            **{dep: [l for l in lignes[dep] if l.get(DEPENDANTES_DIRECT[dep]) in voulues[parent]]
               for dep, parent in dependantes.items()}}


def services_emportes(base: Base, pks) -> set[int]:
    """Ceux des services ``pks`` qui sont, dans la copie, ceux que le serveur a à ces clés : emportés, ou
    partis et reçus en direct depuis — pas un service supprimé ici dont la clé a resservi à un autre
    (``emport.services_remplaces``), ni un supprimé en direct; les autres y ont été créés."""
    index = index_emport(base)
    surcharges = surcharges_direct(base.conn)
    if index is None or surcharges is None:
        return set()
    en_direct = surcharges["service"]
    connus = (index.services - {pk for pk, l in en_direct.items() if l is None}) | \
        {pk for pk, l in en_direct.items() if l is not None}
    return (set(pks) & connus) - services_remplaces(base, index.journal_id)


def seances_emportees(base: Base, pks) -> set[int]:
    """Celles des séances ``pks`` que l'instantané d'emport a (avec les envois en direct)."""
    index = index_emport(base)
    surcharges = surcharges_direct(base.conn) or {"seance": {}}
    connues = index.seances if index is not None else frozenset()
    return {pk for pk in pks if (surcharges["seance"][pk] is not None if pk in surcharges["seance"] else pk in connues)}


def lire_du_serveur(c: Connection, seances: set[int], evaluations: set[int]) -> dict[str, list[dict]]:
    """Ces séances et évaluations telles que le serveur les a (avec leur révision), et leurs initiatives."""
    s, e = _fiche("seance"), _fiche("evaluation")
    return {"seance": _dicts(c.execute(select(s).where(_ou_dans(s, "pk", seances)).order_by(s.c.pk))) if seances else [],
            "evaluation": _dicts(c.execute(select(e).where(_ou_dans(e, "pk", evaluations)).order_by(e.c.pk)))
            if evaluations else [],
            "initiative": _dicts(c.execute(select(tables.initiative)
                                           .where(_ou_dans(tables.initiative, "evaluation_pk", evaluations))
                                           .order_by(tables.initiative.c.pk))) if evaluations else []}


def services_du_poste(base: Base, pks) -> list[dict]:
    return lignes_sqlite(base, "service", ("pk", sorted(pks)))


def services_du_serveur(c: Connection, pks) -> list[dict]:
    """Les services ``pks`` tels que le serveur les a (sans verrou : ils ne sont pas écrits)."""
    s = _fiche("service")
    return _dicts(c.execute(select(s).where(_ou_dans(s, "pk", set(pks))))) if pks else []


def remplacer_dans_le_poste(db, seances: set[int], evaluations: set[int],
                            lignes: dict[str, list[dict]]) -> dict[str, dict[int, int]]:
    """Dans la transaction ``db`` du poste : les séances et évaluations envoyées (leurs clés du
    poste) remplacées par ``lignes``, lues du serveur. Une fiche du poste pas encore envoyée qui
    occupe la clé qu'une fiche envoyée a reçue du serveur passe à une clé libre (avec ce qui la
    désigne) : elle partira au renvoi, comme avant. Les clés ainsi changées (fiche -> ancienne ->
    nouvelle), pour qui tient ces fiches ouvertes."""
    db.execute("PRAGMA defer_foreign_keys = ON")      # le temps de changer une clé et ce qui la désigne

    def marques(pks):
        return ", ".join("?" for _ in pks)

    if evaluations:
        db.execute(f"DELETE FROM initiative WHERE evaluation_pk IN ({marques(evaluations)})", sorted(evaluations))
        db.execute(f"DELETE FROM evaluation WHERE pk IN ({marques(evaluations)})", sorted(evaluations))
    if seances:
        db.execute(f"DELETE FROM seance WHERE pk IN ({marques(seances)})", sorted(seances))
    deplacees: dict[str, dict[int, int]] = {}
    for nom in ("seance", "evaluation"):
        recues = [l["pk"] for l in lignes[nom]]
        occupees = [pk for (pk,) in db.execute(f"SELECT pk FROM {nom} WHERE pk IN ({marques(recues)})", recues)] \
            if recues else []
        for pk in occupees:
            libre = max(db.execute(f"SELECT coalesce(max(pk), 0) FROM {nom}").fetchone()[0], *recues) + 1
            db.execute(f"UPDATE {nom} SET pk = ? WHERE pk = ?", [libre, pk])
            deplacees.setdefault(nom, {})[pk] = libre
            for table, colonne in _DESIGNEE_PAR[nom]:
                db.execute(f"UPDATE {table} SET {colonne} = ? WHERE {colonne} = ?", [libre, pk])
    for nom in ("seance", "evaluation", "initiative"):
        # (une initiative n'est jamais désignée par sa clé, que chaque côté donne à partir du même point :
        # celle du serveur heurterait celle d'une initiative du poste pas encore envoyée — SQLite en donne une)
        colonnes = [c.name for c in tables.metadata.tables[nom].columns if not (nom == "initiative" and c.name == "pk")]
        db.conn.executemany(f'INSERT INTO "{nom}" ({", ".join(colonnes)}) VALUES ({marques(colonnes)})',
                            ([l.get(c) for c in colonnes] for l in lignes[nom]))
    return deplacees


def garder_surcharges(db, fiches: dict[str, set[int]], lignes: dict[str, list[dict]]) -> None:
    """Dans la transaction ``db`` : ces fiches (``fiches[nom]`` : leurs clés dans l'instantané, ou
    celles du serveur pour qui vient d'y être créée) sont désormais telles que ``lignes``, lues du
    serveur; une absente de ``lignes`` n'y est plus. Seule la petite valeur ``CLE_DIRECT`` change."""
    surcharges = surcharges_direct(db.conn) or {nom: {} for nom in (*FICHES_DIRECT, *DEPENDANTES_DIRECT)}
    from gesserv_bureau.stockage.serveur.envoi_fiches import DEPENDANTE_DE

    parent_de = {dep: parent for parent, dep in DEPENDANTE_DE.items()}
    for nom, pks in fiches.items():
        for pk in pks:
            surcharges[nom][pk] = None
        for l in lignes.get(nom, []):
            surcharges[nom][l["pk"]] = l
    for dependante, parent in parent_de.items():
        if parent not in fiches:
            continue
        vers = DEPENDANTES_DIRECT[dependante]
        for pk in {*fiches[parent], *(l["pk"] for l in lignes.get(parent, []))}:
            surcharges[dependante][pk] = [l for l in lignes.get(dependante, []) if l[vers] == pk]
    _ecrire_surcharges(db, surcharges)


def oublier_surcharges(db, fiches: dict[str, set[int]]) -> None:
    """Dans la transaction ``db`` : ces fiches (``fiches[nom]`` : leurs clés), nées dans la copie et
    dont l'envoi n'a pas été validé, ne sont plus comptées comme sur le serveur (ni leurs lignes
    dépendantes) : elles y repartiront, à leur clé réservée."""
    surcharges = surcharges_direct(db.conn)
    if surcharges is None:
        return
    from gesserv_bureau.stockage.serveur.envoi_fiches import DEPENDANTE_DE

    for nom, pks in fiches.items():
        dependante = DEPENDANTE_DE.get(nom)
        for pk in pks:
            surcharges[nom].pop(pk, None)
            if dependante:
                surcharges[dependante].pop(pk, None)
    _ecrire_surcharges(db, surcharges)


def _ecrire_surcharges(db, surcharges: dict) -> None:
    """Seule la petite valeur ``CLE_DIRECT`` change (jamais l'instantané entier)."""
    valeur = json.dumps({nom: {str(k): v for k, v in d.items()} for nom, d in surcharges.items()}, ensure_ascii=False)
    parametres.ecrire(db, CLE_DIRECT, valeur)


def lire_seance_du_serveur(c: Connection, uuid: str) -> dict[str, list[dict]]:
    """La séance ``uuid`` sur le serveur, pour la suivre : elle, les services de son ordre du jour,
    leurs évaluations 2A de son exercice et les siennes (avec leurs initiatives), les services que
    celles-ci désignent et les exercices; rien si elle n'y est pas."""
    s = _fiche("seance")
    seances = _dicts(c.execute(select(s).where(s.c.uuid == uuid)))
    if not seances:
        return {"seance": []}
    seance = seances[0]
    try:
        brute = json.loads(seance.get("services") or "[]")
    except (ValueError, TypeError):
        brute = []
    # (un ordre du jour écrit autrement qu'une liste de clés, à la main sur le serveur : ses clés seules)
    liste = [pk for pk in brute if isinstance(pk, int) and not isinstance(pk, bool)] if isinstance(brute, list) else []
    seance["services"] = json.dumps(liste)
    ordre = set(liste)
    e = _fiche("evaluation")
    evaluations = _dicts(c.execute(select(e).where(
        (e.c.seance_pk == seance["pk"]) | (_ou_dans(e, "service_pk", ordre) & (e.c.outil == "2A")
                                           & (e.c.exercice == seance["exercice"]))).order_by(e.c.pk)))
    # une 2A d'une autre séance : montrée sans elle (cette lecture n'a que la séance suivie)
    evaluations = [l if l["seance_pk"] in (None, seance["pk"]) else {**l, "seance_pk": None} for l in evaluations]
    i = tables.initiative
    initiatives = _dicts(c.execute(select(i).where(_ou_dans(i, "evaluation_pk", {l["pk"] for l in evaluations}))))
    designes = ordre | {l["service_pk"] for l in (*evaluations, *initiatives) if l.get("service_pk") is not None}
    return {"exercice": _dicts(c.execute(select(tables.exercice))), "seance": seances,
            "service": services_du_serveur(c, designes), "evaluation": evaluations, "initiative": initiatives}


def lister_seances(c: Connection) -> list[dict]:
    """Les séances du serveur, les plus récentes d'abord : UUID, titre, date, statut."""
    s = tables.seance
    return _dicts(c.execute(select(s.c.uuid, s.c.titre, s.c.date, s.c.statut).order_by(s.c.date.desc(), s.c.pk.desc())))
