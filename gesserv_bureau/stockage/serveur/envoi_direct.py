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

from sqlalchemy import Connection, select

from gesserv_bureau.stockage import tables
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur.emport import CLE_INSTANTANE, _dicts, _fiche, _ou_dans
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


def emportees(lignes: dict[str, list[dict]], seances: set[int], evaluations: set[int]) -> dict[str, list[dict]]:
    """Ce que l'instantané d'emport ``lignes`` avait de ces séances et évaluations."""
    return {"seance": [l for l in lignes.get("seance", []) if l.get("pk") in seances],
            "evaluation": [l for l in lignes.get("evaluation", []) if l.get("pk") in evaluations],
            "initiative": [l for l in lignes.get("initiative", []) if l.get("evaluation_pk") in evaluations]}


def lire_du_serveur(c: Connection, seances: set[int], evaluations: set[int]) -> dict[str, list[dict]]:
    """Ces séances et évaluations telles que le serveur les a (avec leur révision), et leurs initiatives."""
    s, e = _fiche("seance"), _fiche("evaluation")
    return {"seance": _dicts(c.execute(select(s).where(_ou_dans(s, "pk", seances)).order_by(s.c.pk))),
            "evaluation": _dicts(c.execute(select(e).where(_ou_dans(e, "pk", evaluations)).order_by(e.c.pk))),
            "initiative": _dicts(c.execute(select(tables.initiative)
                                           .where(_ou_dans(tables.initiative, "evaluation_pk", evaluations))
                                           .order_by(tables.initiative.c.pk)))}


def services_du_serveur(c: Connection, pks) -> list[dict]:
    """Les services ``pks`` tels que le serveur les a (sans verrou : ils ne sont pas écrits)."""
    s = _fiche("service")
    return _dicts(c.execute(select(s).where(_ou_dans(s, "pk", set(pks)))))


def remplacer_dans_le_poste(db, seances: set[int], evaluations: set[int], lignes: dict[str, list[dict]]) -> None:
    """Dans la transaction ``db`` du poste : les séances et évaluations envoyées (leurs clés du
    poste) remplacées par ``lignes``, lues du serveur. Une fiche du poste pas encore envoyée qui
    occupe la clé qu'une fiche envoyée a reçue du serveur passe à une clé libre (avec ce qui la
    désigne) : elle partira au renvoi, comme avant."""
    db.execute("PRAGMA defer_foreign_keys = ON")      # le temps de changer une clé et ce qui la désigne

    def marques(pks):
        return ", ".join("?" for _ in pks)

    if evaluations:
        db.execute(f"DELETE FROM initiative WHERE evaluation_pk IN ({marques(evaluations)})", sorted(evaluations))
        db.execute(f"DELETE FROM evaluation WHERE pk IN ({marques(evaluations)})", sorted(evaluations))
    if seances:
        db.execute(f"DELETE FROM seance WHERE pk IN ({marques(seances)})", sorted(seances))
    for nom in ("seance", "evaluation"):
        recues = [l["pk"] for l in lignes[nom]]
        occupees = [pk for (pk,) in db.execute(f"SELECT pk FROM {nom} WHERE pk IN ({marques(recues)})", recues)] \
            if recues else []
        for pk in occupees:
            libre = max(db.execute(f"SELECT coalesce(max(pk), 0) FROM {nom}").fetchone()[0], *recues) + 1
            db.execute(f"UPDATE {nom} SET pk = ? WHERE pk = ?", [libre, pk])
            for table, colonne in _DESIGNEE_PAR[nom]:
                db.execute(f"UPDATE {table} SET {colonne} = ? WHERE {colonne} = ?", [libre, pk])
    for nom in ("seance", "evaluation", "initiative"):
        colonnes = [c.name for c in tables.metadata.tables[nom].columns]
        db.conn.executemany(f'INSERT INTO "{nom}" ({", ".join(colonnes)}) VALUES ({marques(colonnes)})',
                            ([l.get(c) for c in colonnes] for l in lignes[nom]))


def instantane_a_jour(instantane: dict, seances: set[int], evaluations: set[int], lignes: dict[str, list[dict]]) -> dict:
    """L'instantané d'emport où ces séances et évaluations (leurs clés à l'emport) sont remplacées
    par ``lignes``, telles que le serveur les a maintenant : elles sont à jour."""
    garder = {"seance": lambda l: l.get("pk") not in seances, "evaluation": lambda l: l.get("pk") not in evaluations,
              "initiative": lambda l: l.get("evaluation_pk") not in evaluations}
    nouvelles = dict(instantane["lignes"])
    for nom, garde in garder.items():
        nouvelles[nom] = [l for l in nouvelles.get(nom, []) if garde(l)] + list(lignes[nom])
    return {**instantane, "lignes": nouvelles}


def garder_instantane(db, instantane: dict) -> None:
    db.execute("UPDATE parametre SET valeur = ? WHERE cle = ?", [json.dumps(instantane, ensure_ascii=False),
                                                                  CLE_INSTANTANE])


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
        ordre = {pk for pk in json.loads(seance.get("services") or "[]") if isinstance(pk, int)}
    except (ValueError, TypeError):
        ordre = set()
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
