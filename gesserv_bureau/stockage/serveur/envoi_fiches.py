"""Le répertoire en direct, le SQL des deux côtés : une fiche déjà sur le serveur (un service, une
norme de service, une action) et ses lignes dépendantes (les volumes d'un service, les résultats
d'une norme), lues dans la copie du poste ou sur le serveur, puis remises dans la copie telles que le
serveur les a (``cas.services_en_direct``).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, func, select, text

from gesserv_bureau.stockage import parametres, tables
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur.connexion import ErreurServeur
from gesserv_bureau.stockage.serveur.emport import DEPENDANTES_DIRECT, SERVICES_EMPORTES, _dicts, _fiche, _ou_dans
from gesserv_bureau.stockage.serveur.transfert import lignes_sqlite

# fiche -> la table de ses lignes dépendantes (leur colonne vers elle : ``emport.DEPENDANTES_DIRECT``)
DEPENDANTE_DE = {"service": "volume", "norme_service": "resultat_norme", "evaluation": "initiative"}


def du_poste(base: Base, fiche: str, pks) -> dict[str, list[dict]]:
    """Les fiches ``pks`` de la table ``fiche`` de la base du poste, et leurs lignes dépendantes."""
    pks = sorted(set(pks))
    lignes = {fiche: lignes_sqlite(base, fiche, ("pk", pks))}
    if fiche in DEPENDANTE_DE:
        dep = DEPENDANTE_DE[fiche]
        lignes[dep] = lignes_sqlite(base, dep, (DEPENDANTES_DIRECT[dep], pks))
    return lignes


def seulement(lignes: dict[str, list[dict]], fiche: str, pks: set[int]) -> dict[str, list[dict]]:
    """Les fiches ``pks`` de ``lignes`` et leurs lignes dépendantes."""
    sortie = {fiche: [l for l in lignes.get(fiche, []) if l["pk"] in pks]}
    dep = DEPENDANTE_DE.get(fiche)
    if dep:
        sortie[dep] = [l for l in lignes.get(dep, []) if l[DEPENDANTES_DIRECT[dep]] in pks]
    return sortie


def du_serveur(c: Connection, fiche: str, pks, verrouiller: bool = False) -> dict[str, list[dict]]:
    """Les fiches ``pks`` telles que le serveur les a (avec leur révision) et leurs lignes dépendantes;
    ``verrouiller`` : les fiches, jusqu'à la fin de la transaction (pas pour un lecteur)."""
    dep = DEPENDANTE_DE.get(fiche)
    if not pks:
        return {fiche: [], **({dep: []} if dep else {})}
    t = _fiche(fiche)
    requete = select(t).where(_ou_dans(t, "pk", set(pks))).order_by(t.c.pk)
    lignes = {fiche: _dicts(c.execute(requete.with_for_update() if verrouiller else requete))}
    if dep:
        d = tables.metadata.tables[dep]
        lignes[dep] = _dicts(c.execute(select(d).where(_ou_dans(d, DEPENDANTES_DIRECT[dep],
                                                                {l["pk"] for l in lignes[fiche]}))))
    return lignes


def nouvelles_du_serveur(c: Connection, fiche: str, pks) -> dict[str, list[dict]]:
    """:func:`du_serveur` pour des fiches que la copie n'a pas (créées par d'autres depuis l'emport) :
    un service seulement s'il est de celles que la personne emporte (ses secteurs; tous pour un lecteur
    ou une administratrice, ``emport.lire_emport``)."""
    lignes = du_serveur(c, fiche, pks)
    if fiche != "service" or not lignes["service"]:
        return lignes
    s = _fiche("service")
    permis = set(c.execute(select(s.c.pk).where(_ou_dans(s, "pk", {l["pk"] for l in lignes["service"]}),
                                                SERVICES_EMPORTES)).scalars())
    return seulement(lignes, fiche, permis)


def designes(c: Connection, fiche: str, pks) -> set[int]:
    """Ceux des services ``pks`` que des normes, des évaluations ou des initiatives (2A) désignent sur le
    serveur (rien pour une autre fiche : une action n'est désignée par rien)."""
    if fiche != "service" or not pks:
        return set()
    designes: set[int] = set()
    for t in (tables.norme_service, tables.evaluation, tables.initiative):
        designes |= set(c.execute(select(t.c.service_pk).where(_ou_dans(t, "service_pk", set(pks)))).scalars())
    # l'ordre du jour d'une séance, les services d'une stratégie (et de ses initiatives) : des clés dans du
    # JSON, lues ici (quelques fiches), une valeur illisible ignorée
    for valeur in c.execute(select(tables.seance.c.services)).scalars():
        designes |= _cles_json(valeur) & set(pks)
    for valeur in c.execute(select(tables.strategie.c.contenu)).scalars():
        try:
            contenu = json.loads(valeur or "{}")
        except (ValueError, TypeError):
            continue
        if isinstance(contenu, dict):
            listes = [contenu.get("services")] + [i.get("services") for i in contenu.get("initiatives") or []
                                                  if isinstance(i, dict)]
            designes |= {pk for liste in listes for pk in _cles_json(liste)} & set(pks)
    return designes


def _cles_json(valeur) -> set[int]:
    """Les clés (des entiers) d'une liste JSON, en texte ou déjà lue; rien pour autre chose."""
    if isinstance(valeur, str):
        try:
            valeur = json.loads(valeur)
        except ValueError:
            return set()
    return {v for v in valeur if type(v) is int} if isinstance(valeur, list) else set()


def reserver(c: Connection, fiche: str, nombre: int) -> list[int]:
    """``nombre`` clés tirées de la séquence de la table ``fiche`` : le serveur ne les donnera plus à
    personne (``stockage.cles_reservees``, côté poste)."""
    t = _fiche(fiche)
    sequence = func.pg_get_serial_sequence(t.name, "pk")
    return list(c.execute(select(func.nextval(sequence)).select_from(func.generate_series(1, nombre))).scalars())


class ReceptionImpossible(ErreurServeur):
    """Ce que le serveur a maintenant ne s'écrit pas dans la copie (une valeur qu'elle refuse) : rien
    n'est écrit, ni là-bas ni ici; le renvoi, qui reprend la copie entière, l'apporte."""

    code = "reception_impossible"


def exercices_du_serveur(c: Connection, lignes: dict[str, list[dict]]) -> list[dict]:
    """Les exercices que désignent les services de ``lignes`` (un service passé au nouvel exercice, que
    l'administratrice vient de créer sur le serveur : la copie ne l'a pas encore)."""
    codes = {l.get("exercice") for l in lignes.get("service", []) if l.get("exercice")}
    e = tables.exercice
    return _dicts(c.execute(select(e).where(e.c.code.in_(sorted(codes))))) if codes else []


def remplacer_dans_le_poste(db, fiche: str, lignes: dict[str, list[dict]], exercices: list[dict] = (),
                            adresse: str = "") -> None:
    """:func:`_remplacer`; une valeur que la copie refuse : :class:`ReceptionImpossible` (la transaction
    du poste, et celle du serveur qui l'entoure, annulées)."""
    import sqlite3

    try:
        _exercices(db, exercices)
        _remplacer(db, fiche, lignes)
    except sqlite3.IntegrityError as exc:
        raise ReceptionImpossible(adresse, str(exc)) from exc


def _exercices(db, exercices: list[dict]) -> None:
    """Les exercices que désignent des services reçus, ajoutés à la copie s'ils n'y sont pas."""
    if exercices:
        colonnes = [c.name for c in tables.exercice.columns]
        db.conn.executemany(f'INSERT INTO exercice ({", ".join(colonnes)}) VALUES '
                            f'({", ".join("?" for _ in colonnes)}) ON CONFLICT (code) DO NOTHING',
                            ([l.get(c) for c in colonnes] for l in exercices))


def _remplacer(db, fiche: str, lignes: dict[str, list[dict]]) -> None:
    """Dans la transaction ``db`` du poste : les fiches de ``lignes`` (lues du serveur, à la même clé
    dans la copie) et leurs lignes dépendantes remises telles que le serveur les a. Un ``UPDATE`` : ce
    qui désigne la fiche dans la copie (les normes d'un service, ses évaluations) reste en place. Les
    lignes dépendantes prennent une clé du poste : aucune n'est désignée par sa clé, et celle du serveur
    heurterait celle d'une ligne du poste pas encore envoyée (les deux côtés numérotent depuis l'emport)."""
    colonnes = [c.name for c in tables.metadata.tables[fiche].columns if c.name != "pk"]
    db.conn.executemany(f'UPDATE "{fiche}" SET {", ".join(f"{c} = ?" for c in colonnes)} WHERE pk = ?',
                        ([l.get(c) for c in colonnes] + [l["pk"]] for l in lignes[fiche]))
    dep = DEPENDANTE_DE.get(fiche)
    if dep is None:
        return
    vers = DEPENDANTES_DIRECT[dep]
    pks = [l["pk"] for l in lignes[fiche]]
    if pks:
        db.execute(f'DELETE FROM "{dep}" WHERE {vers} IN ({", ".join("?" for _ in pks)})', pks)
    colonnes = [c.name for c in tables.metadata.tables[dep].columns if c.name != "pk"]
    db.conn.executemany(f'INSERT INTO "{dep}" ({", ".join(colonnes)}) VALUES ({", ".join("?" for _ in colonnes)})',
                        ([l.get(c) for c in colonnes] for l in lignes[dep]))


def ajouter_au_poste(db, fiche: str, lignes: dict[str, list[dict]], exercices: list[dict] = (),
                     adresse: str = "") -> None:
    """Dans la transaction ``db`` du poste : les fiches de ``lignes``, créées sur le serveur par d'autres,
    ajoutées à la copie à leur clé du serveur, avec leurs lignes dépendantes; une valeur que la copie
    refuse (une clé qu'elle a déjà, un service qu'elle n'a pas) : :class:`ReceptionImpossible`."""
    import sqlite3

    colonnes = [c.name for c in tables.metadata.tables[fiche].columns]
    try:
        _exercices(db, exercices)
        db.conn.executemany(f'INSERT INTO "{fiche}" ({", ".join(colonnes)}) VALUES ({", ".join("?" for _ in colonnes)})',
                            ([l.get(c) for c in colonnes] for l in lignes[fiche]))
    except sqlite3.IntegrityError as exc:
        raise ReceptionImpossible(adresse, str(exc)) from exc
    remplacer_dans_le_poste(db, fiche, lignes, exercices, adresse)     # (les lignes dépendantes)


# Un envoi en direct écrit d'abord la copie (la fiche telle que le serveur l'aura, et l'instantané à
# jour), puis le serveur valide. Entre les deux, l'intention garde ce que l'instantané disait avant et
# ce que le serveur devait avoir après : si le serveur n'a pas validé (la connexion perdue à ce moment),
# l'envoi suivant remet l'instantané d'avant — ce que la copie a de nouveau repart, rien n'est perdu.
CLE_INTENTION = "hors_ligne_intention"


def transaction(c: Connection) -> str:
    """L'identifiant de la transaction ``c`` du serveur, que :func:`validee` interroge ensuite."""
    return str(c.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())


def validee(c: Connection, identifiant) -> bool | None:
    """Ce que le serveur dit de la transaction ``identifiant`` : validée (vrai), annulée (faux); None : il
    ne sait plus (trop ancienne), elle court encore, ou l'identifiant est illisible — alors on compare."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(identifiant, str) or not identifiant.isdigit() or len(identifiant) > 19:
        return None
    try:
        with c.begin_nested():          # (un identifiant « du futur », écrit à la main : la transaction continue)
            etat = c.execute(text("SELECT pg_xact_status(CAST(:x AS xid8))"), {"x": identifiant}).scalar_one_or_none()
    except DBAPIError:
        return None
    return {"committed": True, "aborted": False}.get(etat)


def noter_intention(db, fiche: str, avant: dict[str, list[dict]], apres: dict[str, list[dict]],
                    supprimees=(), transaction: str = "") -> None:
    """Dans la transaction ``db`` du poste : l'intention d'un envoi (``avant`` : l'instantané de ces fiches
    jusqu'ici; ``apres`` : les fiches telles que le serveur les aura validées; ``supprimees`` : les clés
    de celles qu'il n'aura plus; ``transaction`` : celle du serveur, :func:`transaction`)."""
    valeur = json.dumps({"fiche": fiche, "avant": avant, "apres": apres[fiche], "supprimees": sorted(supprimees),
                         "transaction": transaction}, ensure_ascii=False)
    parametres.ecrire(db, CLE_INTENTION, valeur)


def intention(base: Base) -> dict | None:
    """L'intention laissée par un envoi dont la fin n'a pas été vue; None s'il n'y en a pas (ou abîmée :
    elle est alors ignorée — l'instantané reste ce qu'il est, au pire un croisement à trancher)."""
    brut = parametres.lire(base.conn, CLE_INTENTION)
    if brut is None:
        return None
    try:
        valeur = json.loads(brut)
    except (ValueError, TypeError):
        return None
    bonne = isinstance(valeur, dict) and valeur.get("fiche") in DEPENDANTE_DE.keys() | {"action_norme"} \
        and isinstance(valeur.get("avant"), dict) and isinstance(valeur.get("apres"), list) \
        and all(isinstance(l, dict) and isinstance(l.get("pk"), int) for l in valeur["apres"])
    supprimees = valeur.get("supprimees", []) if isinstance(valeur, dict) else None
    bonne = bonne and isinstance(supprimees, list) and all(type(pk) is int for pk in supprimees)
    return valeur if bonne else None


def effacer_intention(db) -> None:
    parametres.effacer(db, CLE_INTENTION)
