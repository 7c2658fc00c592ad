"""Emporter hors ligne, renvoyer : le SQL des deux côtés (le serveur, la base SQLite du poste).

Côté serveur : lire ce qu'une personne emporte (les services de ses secteurs, avec ce qui en
dépend, leurs évaluations, toutes les séances et stratégies, les réglages du ministère); relire
sous verrou, au renvoi, l'état actuel des fiches emportées; écrire le plan du renvoi
(``domaine.hors_ligne``) dans une seule transaction, chaque fiche modifiée avec sa révision.

Côté poste : remplir la base emportée (une transaction), avec son instantané d'emport (la
« lue » de la fusion à trois états) dans ``parametre`` sous la clé ``hors_ligne``; relire ce que
le poste a maintenant, et ce qu'il a supprimé depuis l'emport (son journal).
"""

from __future__ import annotations

import json

from sqlalchemy import BigInteger, Connection, column, delete, insert, select, table, text, update
from sqlalchemy.dialects.postgresql import insert as insert_pg

from gesserv_bureau.domaine.hors_ligne import DEPENDANTES, FICHES, Operation, Plan, dependante, renumeroter
from gesserv_bureau.stockage import journal, tables
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur.connexion import DonneeRefusee, traduire
from gesserv_bureau.stockage.serveur.transfert import lignes_sqlite

CLE_INSTANTANE = "hors_ligne"
REGLAGES = ("exercice", "parametre", "ponderation_1b", "critere_1b")
# Ce qu'une base emportée contient, dans l'ordre où l'écrire.
EMPORTEES = tuple(t for t in tables.ORDRE if t in (*REGLAGES, *FICHES, "volume", "empreinte_import",
                                                    "resultat_norme", "initiative"))
_DEPENDANTE = {t: (fiche, vers, cle) for fiche, specs in DEPENDANTES.items() for t, vers, cle in specs}
_AVEC_UUID = ("evaluation", "seance", "strategie", "action_norme")


def _fiche(nom: str):
    return table(nom, *(column(c.name) for c in tables.metadata.tables[nom].columns), column("revision"))


def _dicts(resultat) -> list[dict]:
    return [dict(r) for r in resultat.mappings()]


def _ou_dans(t, colonne: str, valeurs):
    return t.c[colonne].in_(sorted(valeurs)) if valeurs else text("false")


# --- côté serveur -------------------------------------------------------------------------------

def lire_emport(c: Connection) -> dict[str, list[dict]]:
    """Ce que la personne connectée emporte : les services de ses secteurs (tous pour un
    administrateur), leurs volumes, normes, résultats et actions; les évaluations de ces services
    et celles qui n'en désignent aucun, avec leurs initiatives (et les services qu'elles
    désignent); les séances, les stratégies et les réglages."""
    lignes: dict[str, list[dict]] = {}
    for nom in REGLAGES:
        lignes[nom] = _dicts(c.execute(select(tables.metadata.tables[nom])))
    s = _fiche("service")
    services = _dicts(c.execute(select(s).where(text("gesserv_secteur_permis(secteur_responsabilite)"))
                                .order_by(s.c.pk)))
    pks = {l["pk"] for l in services}
    e = _fiche("evaluation")
    lignes["evaluation"] = _dicts(c.execute(select(e).where(_ou_dans(e, "service_pk", pks) | e.c.service_pk.is_(None))
                                            .order_by(e.c.pk)))
    i = tables.initiative
    lignes["initiative"] = _dicts(c.execute(select(i).where(_ou_dans(i, "evaluation_pk",
                                                                     {l["pk"] for l in lignes["evaluation"]}))))
    designes = {l["service_pk"] for l in lignes["initiative"] if l["service_pk"] is not None} - pks
    if designes:
        services += _dicts(c.execute(select(s).where(_ou_dans(s, "pk", designes))))
        pks |= designes
    lignes["service"] = services
    for nom in ("volume", "empreinte_import"):
        t = tables.metadata.tables[nom]
        lignes[nom] = _dicts(c.execute(select(t).where(_ou_dans(t, "service_pk", pks))))
    n = _fiche("norme_service")
    lignes["norme_service"] = _dicts(c.execute(select(n).where(_ou_dans(n, "service_pk", pks))))
    normes = {l["pk"] for l in lignes["norme_service"]}
    lignes["resultat_norme"] = _dicts(c.execute(select(tables.resultat_norme)
                                                .where(_ou_dans(tables.resultat_norme, "norme_pk", normes))))
    a = _fiche("action_norme")
    lignes["action_norme"] = _dicts(c.execute(select(a).where(_ou_dans(a, "norme_pk", normes))))
    for nom in ("seance", "strategie"):
        lignes[nom] = _dicts(c.execute(select(_fiche(nom))))
    return lignes


def lire_sous_verrou(c: Connection, emportees: dict[str, list[int]]) -> dict[str, list[dict]]:
    """L'état actuel, sur le serveur, des fiches emportées (``emportees[fiche]`` : leurs clés) et
    de leurs lignes dépendantes; les fiches sont verrouillées jusqu'à la fin de la transaction."""
    lignes: dict[str, list[dict]] = {}
    for fiche in FICHES:
        t = _fiche(fiche)
        pks = emportees.get(fiche, [])
        lignes[fiche] = _dicts(c.execute(select(t).where(_ou_dans(t, "pk", pks)).order_by(t.c.pk).with_for_update()))
        for nom, vers, _ in DEPENDANTES.get(fiche, ()):
            d = tables.metadata.tables[nom]
            lignes[nom] = _dicts(c.execute(select(d).where(_ou_dans(d, vers, pks))))
    return lignes


def appliquer(c: Connection, plan: Plan, lue: dict[str, dict[int, dict]]) -> dict[str, dict[int, int]]:
    """Écrire le plan; les clés, sur le serveur, des fiches ajoutées (fiche -> pk du poste -> pk)."""
    nouvelles: dict[str, dict[int, int]] = {f: {} for f in FICHES}
    for op in plan.operations:
        try:
            _appliquer_une(c, op, nouvelles, lue)
        except Exception as exc:
            erreur = traduire(exc)
            if isinstance(erreur, DonneeRefusee):
                erreur.params["table"] = op.fiche
                raise erreur from exc
            raise
    return nouvelles


def _appliquer_une(c: Connection, op: Operation, nouvelles: dict, lue: dict) -> None:
    t = _fiche(op.fiche)
    if op.genre == "supprimer":
        c.execute(delete(t).where(t.c.pk == op.pk))
        return
    valeurs = renumeroter(op.fiche, op.valeurs, nouvelles, lue.get(op.fiche, {}).get(op.pk))
    colonnes = {k: v for k, v in valeurs.items() if not k.startswith("@") and k in t.c}
    if op.genre == "ajouter":
        pk = _ajouter(c, t, op, colonnes)
        nouvelles[op.fiche][op.pk] = pk
    else:
        pk = op.pk
        c.execute(update(t).where(t.c.pk == pk).values(**colonnes, revision=op.revision))
    _ecrire_dependantes(c, pk, {k: v for k, v in valeurs.items() if k.startswith("@")})


def _ajouter(c: Connection, t, op: Operation, colonnes: dict) -> int:
    colonnes = {k: v for k, v in colonnes.items() if k != "pk"}
    if op.fiche in _AVEC_UUID and colonnes.get("uuid"):
        # déjà renvoyée (un renvoi précédent a écrit sur le serveur mais n'a pu mettre le poste à jour)
        deja = c.execute(select(t.c.pk).where(t.c.uuid == colonnes["uuid"])).scalar_one_or_none()
        if deja is not None:
            return deja
    return c.execute(insert(t).values(**colonnes).returning(t.c.pk)).scalar_one()


def _ecrire_dependantes(c: Connection, pk: int, champs: dict) -> None:
    """Les lignes dépendantes changées : ``@table:clé`` None, la ligne supprimée; sinon ses
    colonnes changées (``@table:clé:colonne``), ajoutée ou mise à jour."""
    groupes: dict[tuple[str, str], dict] = {}
    supprimees: set[tuple[str, str]] = set()
    for champ, valeur in champs.items():
        nom, brute, colonne = dependante(champ)
        if colonne is None:
            if valeur is None:
                supprimees.add((nom, brute))
            groupes.setdefault((nom, brute), {})
        else:
            groupes.setdefault((nom, brute), {})[colonne] = valeur
    for (nom, brute), colonnes in groupes.items():
        _, vers, cle = _DEPENDANTE[nom]
        d = tables.metadata.tables[nom]
        cle_valeur = int(brute) if isinstance(d.c[cle].type, BigInteger) else brute
        if (nom, brute) in supprimees:
            c.execute(delete(d).where(d.c[vers] == pk, d.c[cle] == cle_valeur))
            continue
        autres = {k: v for k, v in colonnes.items() if k in d.c}
        requete = insert_pg(d).values(**autres, **{vers: pk, cle: cle_valeur})
        c.execute(requete.on_conflict_do_update(index_elements=[vers, cle], set_=autres) if autres
                  else requete.on_conflict_do_nothing(index_elements=[vers, cle]))


# --- côté poste ---------------------------------------------------------------------------------

def remplir(base: Base, lignes: dict[str, list[dict]], instantane: dict) -> None:
    """Remplacer le contenu emporté de ``base`` par ``lignes`` (le journal du poste est gardé), et
    y garder ``instantane``; une transaction : tout ou rien."""
    with base.ecriture() as db:
        for nom in reversed(EMPORTEES):
            db.execute(f'DELETE FROM "{nom}"')
        for nom in EMPORTEES:
            colonnes = [c.name for c in tables.metadata.tables[nom].columns]
            requete = (f'INSERT INTO "{nom}" ({", ".join(colonnes)}) '
                       f'VALUES ({", ".join("?" for _ in colonnes)})')
            db.conn.executemany(requete, ([ligne.get(c) for c in colonnes] for ligne in lignes.get(nom, [])
                                          if not (nom == "parametre" and ligne.get("cle") == CLE_INSTANTANE)))
        db.execute("INSERT INTO parametre (cle, valeur) VALUES (?, ?)",
                   [CLE_INSTANTANE, json.dumps(instantane, ensure_ascii=False)])
        n = sum(1 for _ in lignes.get("service", []))
        journal.consigner(db, base.utilisateur, "emport", "base", instantane.get("adresse", ""),
                          f"{n} services")
    dernier = base.conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]
    with base.ecriture() as db:     # le repère des suppressions faites hors ligne : après l'emport
        instantane["journal_id"] = dernier
        db.execute("UPDATE parametre SET valeur = ? WHERE cle = ?",
                   [json.dumps(instantane, ensure_ascii=False), CLE_INSTANTANE])


def instantane(base: Base) -> dict | None:
    ligne = base.conn.execute("SELECT valeur FROM parametre WHERE cle = ?", [CLE_INSTANTANE]).fetchone()
    if ligne is None:
        return None
    try:
        valeur = json.loads(ligne[0])
    except ValueError:
        return None
    return valeur if isinstance(valeur, dict) and isinstance(valeur.get("lignes"), dict) else None


def lire_poste(base: Base) -> dict[str, list[dict]]:
    noms = [*FICHES, *(t for specs in DEPENDANTES.values() for t, _, _ in specs)]
    return {nom: lignes_sqlite(base, nom) for nom in noms}


def supprimees_depuis(base: Base, journal_id: int) -> frozenset[tuple[str, int]]:
    """Les fiches supprimées sur le poste depuis l'entrée ``journal_id`` du journal."""
    lignes = base.conn.execute(
        "SELECT entite, cle FROM journal WHERE id > ? AND action = 'suppression' AND entite IN "
        f"({', '.join('?' for _ in FICHES)})", [journal_id, *FICHES]).fetchall()
    return frozenset((entite, int(cle)) for entite, cle in lignes if str(cle).isdigit())
