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

from sqlalchemy import BigInteger, Connection, column, delete, false, insert, select, table, text, true, update
from sqlalchemy.dialects.postgresql import insert as insert_pg

from gesserv_bureau.domaine.hors_ligne import DEPENDANTES, ENFANTS, FICHES, Droits, Operation, Plan, dependante, renumeroter
from gesserv_bureau.stockage import cles_reservees, journal, parametres, tables
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.serveur.connexion import DonneeRefusee, traduire
from gesserv_bureau.stockage.serveur.transfert import lignes_sqlite

CLE_INSTANTANE = "hors_ligne"
# Les services, séances et évaluations envoyés en direct depuis (``envoi_direct``) : tels que le serveur les a
# maintenant, gardées à part (une petite valeur à réécrire, pas tout l'instantané); un renvoi ou un
# emport, qui réécrit l'instantané entier, les efface avec les autres réglages.
CLE_DIRECT = "hors_ligne_direct"
# la dernière ligne du registre des rapports de la copie inscrite au registre du serveur
CLE_REGISTRE = "hors_ligne_registre_verse"
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
    return t.c[colonne].in_(sorted(valeurs)) if valeurs else false()


# --- côté serveur -------------------------------------------------------------------------------

# les services qu'une personne emporte (et reçoit ensuite en direct) : ceux de ses secteurs; tous pour un
# lecteur, qui lit tout et ne change rien (et pour une administratrice, à qui tous les secteurs sont permis)
SERVICES_EMPORTES = text("(gesserv_secteur_permis(secteur_responsabilite) "
                         "OR NOT pg_has_role(session_user, 'gesserv_redacteur', 'MEMBER'))")


def lire_emport(c: Connection, tout: bool = False) -> dict[str, list[dict]]:
    """Ce que la personne connectée emporte : les services de ses secteurs (tous pour un
    administrateur, et pour un lecteur, qui lit tout et ne change rien), leurs volumes, normes,
    résultats et actions; les évaluations de ces services et celles qui n'en désignent aucun, avec
    leurs initiatives (et les services qu'elles désignent); les séances, les stratégies et les
    réglages. ``tout`` : tous les services (une copie de lecture, pour un rapport ou un export)."""
    lignes: dict[str, list[dict]] = {}
    for nom in REGLAGES:
        lignes[nom] = _dicts(c.execute(select(tables.metadata.tables[nom])))
    s = _fiche("service")
    services = _dicts(c.execute((select(s) if tout else select(s).where(SERVICES_EMPORTES)).order_by(s.c.pk)))
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


def identite(c: Connection) -> str:
    """L'UUID du répertoire ministériel (révision ``s13_identite``)."""
    return c.execute(text("SELECT uuid FROM gesserv_identite")).scalar_one()


def droits(c: Connection) -> Droits:
    """Ce que le serveur permettra à la personne connectée (les mêmes règles que ses gardes)."""
    admin, approbateur, redacteur = c.execute(text(
        "SELECT pg_has_role(session_user, 'gesserv_administrateur', 'MEMBER'), "
        "pg_has_role(session_user, 'gesserv_approbateur', 'MEMBER'), "
        "pg_has_role(session_user, 'gesserv_redacteur', 'MEMBER')")).one()
    secteurs = set(c.execute(text("SELECT secteur FROM droit_secteur WHERE connexion = session_user")).scalars())
    return Droits(None if admin or "*" in secteurs else frozenset(secteurs if redacteur else ()), bool(approbateur),
                  bool(redacteur))


def lire_sous_verrou(c: Connection, emportees: dict[str, list[int]], verrouiller: bool = True) -> dict[str, list[dict]]:
    """L'état actuel, sur le serveur, des fiches emportées (``emportees[fiche]`` : leurs clés), de
    leurs lignes dépendantes, et des fiches que d'autres ont ajoutées sous elles depuis (normes et
    évaluations d'un service emporté, actions d'une norme) : une suppression faite hors ligne ne
    les emporte pas sans le dire. Les fiches sont verrouillées jusqu'à la fin de la transaction
    (``verrouiller`` : pas pour un lecteur, qui n'écrira rien et ne peut verrouiller)."""
    lignes: dict[str, list[dict]] = {}
    cles: dict[str, set[int]] = {}
    for fiche in FICHES:
        t = _fiche(fiche)
        pks = set(emportees.get(fiche, []))
        condition = _ou_dans(t, "pk", pks)
        vide = not pks             # rien à lire : pas de requête (un aller-retour de moins vers le serveur)
        for parent, (enfant, vers, _) in ((p, e) for p, es in ENFANTS.items() for e in es):
            if enfant == fiche:
                condition = condition | _ou_dans(t, vers, cles.get(parent, set()))
                vide = vide and not cles.get(parent)
        requete = select(t).where(condition).order_by(t.c.pk)
        lignes[fiche] = [] if vide else _dicts(c.execute(requete.with_for_update() if verrouiller else requete))
        cles[fiche] = {l["pk"] for l in lignes[fiche]}
        for nom, vers, _ in DEPENDANTES.get(fiche, ()):
            d = tables.metadata.tables[nom]
            lignes[nom] = _dicts(c.execute(select(d).where(_ou_dans(d, vers, cles[fiche])))) if cles[fiche] else []
    return lignes


def par_uuid(c: Connection, mienne_uuids: dict[str, set[str]]) -> dict[str, list[dict]]:
    """Les fiches du serveur qui ont ces UUID (fiche -> UUID), avec leurs lignes dépendantes."""
    lignes: dict[str, list[dict]] = {}
    for fiche, uuids in mienne_uuids.items():
        if not uuids or fiche not in _AVEC_UUID:
            continue
        t = _fiche(fiche)
        lignes[fiche] = _dicts(c.execute(select(t).where(t.c.uuid.in_(sorted(uuids)))))
        for nom, vers, _ in DEPENDANTES.get(fiche, ()):
            d = tables.metadata.tables[nom]
            lignes.setdefault(nom, []).extend(_dicts(c.execute(select(d).where(_ou_dans(d, vers, {l["pk"] for l in lignes[fiche]})))))
    return lignes


def appliquer(c: Connection, plan: Plan, lue: dict[str, dict[int, dict]],
              deja: dict[str, dict[int, int]] | None = None,
              reservees: dict[str, frozenset[int]] | None = None) -> dict[str, dict[int, int]]:
    """Écrire le plan; les clés, sur le serveur, des fiches ajoutées (fiche -> pk du poste -> pk).
    ``deja`` : celles qu'un envoi précédent avait déjà créées (``domaine.hors_ligne.retrouver``).
    ``reservees`` : les clés que le serveur a réservées pour la copie (``stockage.cles_reservees``) —
    une fiche ajoutée à l'une d'elles la garde."""
    nouvelles: dict[str, dict[int, int]] = {f: dict((deja or {}).get(f, {})) for f in FICHES}
    for op in plan.operations:
        if op.genre == "supprimer" and op.pk in nouvelles[op.fiche].values():
            continue       # la fiche « ajoutée » était celle-ci, retrouvée par son UUID : la garder
        try:
            _appliquer_une(c, op, nouvelles, lue, (reservees or {}).get(op.fiche, frozenset()))
        except Exception as exc:
            erreur = traduire(exc)
            if isinstance(erreur, DonneeRefusee):
                raise ValeurRefusee("", erreur.detail, fiche=op.fiche, pk=op.pk) from exc
            raise
    return nouvelles


class ValeurRefusee(DonneeRefusee):
    """Une valeur d'une fiche renvoyée, refusée par le serveur : tout le renvoi est annulé."""

    code = "valeur_refusee"


def _appliquer_une(c: Connection, op: Operation, nouvelles: dict, lue: dict, reservees: frozenset[int]) -> None:
    t = _fiche(op.fiche)
    if op.genre == "supprimer":
        c.execute(delete(t).where(t.c.pk == op.pk))
        return
    valeurs = renumeroter(op.fiche, op.valeurs, nouvelles, lue.get(op.fiche, {}).get(op.pk))
    colonnes = {k: v for k, v in valeurs.items() if not k.startswith("@") and k in t.c}
    if op.genre == "ajouter" and op.pk in reservees:
        pk = c.execute(insert(t).values(**{**colonnes, "pk": op.pk}).returning(t.c.pk)).scalar_one()
        nouvelles[op.fiche][op.pk] = pk
    elif op.genre == "ajouter":
        pk = _ajouter(c, t, op, colonnes, nouvelles, lue)
        nouvelles[op.fiche][op.pk] = pk
    else:
        pk = op.pk
        c.execute(update(t).where(t.c.pk == pk).values(**colonnes, revision=op.revision))
    _ecrire_dependantes(c, pk, {k: v for k, v in valeurs.items() if k.startswith("@")})


def _ajouter(c: Connection, t, op: Operation, colonnes: dict, nouvelles: dict, lue: dict) -> int:
    """Ajouter la fiche; si un renvoi précédent l'a déjà écrite sur le serveur sans avoir pu mettre
    le poste à jour (la connexion perdue entre les deux validations), la retrouver plutôt que de
    la doubler : par son UUID, ou, pour un service (qui n'en a pas), par toutes ses colonnes — sa
    date de modification comprise — chez un service que le poste n'a pas emporté ni déjà désigné."""
    colonnes = {k: v for k, v in colonnes.items() if k != "pk"}
    if op.fiche in _AVEC_UUID and colonnes.get("uuid"):
        deja = c.execute(select(t.c.pk).where(t.c.uuid == colonnes["uuid"])).scalar_one_or_none()
        if deja is not None:
            return deja
    if op.fiche == "service" and colonnes.get("modifie_le"):
        connus = {*lue.get("service", {}), *nouvelles.get("service", {}).values()}
        egales = [t.c[k].is_(None) if v is None else t.c[k] == v for k, v in colonnes.items()]
        deja = c.execute(select(t.c.pk).where(*egales, t.c.pk.not_in(sorted(connus)) if connus else true())
                         .order_by(t.c.pk).limit(1)).scalar_one_or_none()
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
    """Remplacer le contenu emporté de ``base`` par ``lignes`` et y garder ``instantane``; une
    transaction : tout ou rien (:func:`remplir_dans` dans une transaction déjà ouverte)."""
    with base.ecriture() as db:
        remplir_dans(db, base.utilisateur, lignes, instantane)


def remplir_dans(db, utilisateur: str, lignes: dict[str, list[dict]], instantane: dict) -> None:
    """Dans la transaction ``db`` de la base du poste : le contenu emporté remplacé par ``lignes``
    (le journal du poste est gardé, une entrée dit l'emport), et ``instantane`` gardé avec le
    repère du journal après lequel une suppression est faite hors ligne."""
    for nom in reversed(EMPORTEES):
        db.execute(f'DELETE FROM "{nom}"')
    for nom in EMPORTEES:
        colonnes = [c.name for c in tables.metadata.tables[nom].columns]
        requete = (f'INSERT INTO "{nom}" ({", ".join(colonnes)}) '
                   f'VALUES ({", ".join("?" for _ in colonnes)})')
        db.conn.executemany(requete, ([ligne.get(c) for c in colonnes] for ligne in lignes.get(nom, [])
                                      if not (nom == "parametre" and ligne.get("cle") == CLE_INSTANTANE)))
    journal.consigner(db, utilisateur, "emport", "base", instantane.get("adresse", ""),
                      f"{len(lignes.get('service', []))} services")
    instantane["journal_id"] = db.execute("SELECT max(id) FROM journal").fetchone()[0]
    parametres.ecrire(db, CLE_INSTANTANE, json.dumps(instantane, ensure_ascii=False))


def instantane(base: Base) -> dict | None:
    """L'instantané d'emport de ``base``; None s'il n'y en a pas, ou s'il n'est pas bien formé
    (abîmé, ou d'une autre application) : jamais deviner ce qui a été emporté."""
    brut = parametres.lire(base.conn, CLE_INSTANTANE)
    try:
        valeur = json.loads(brut) if brut is not None else None
    except (ValueError, TypeError):
        return None
    if not isinstance(valeur, dict) or not isinstance(valeur.get("adresse"), str) \
            or not isinstance(valeur.get("identite"), str) or not isinstance(valeur.get("lignes"), dict):
        return None
    surcharges = surcharges_direct(base.conn)
    if surcharges is None:
        return None
    valeur["lignes"] = appliquer_surcharges(valeur["lignes"], surcharges)
    emportees = valeur["lignes"]
    attendues = (*FICHES, *(t for specs in DEPENDANTES.values() for t, _, _ in specs))
    for nom in attendues:
        lignes = emportees.get(nom)
        if not isinstance(lignes, list) or not all(isinstance(l, dict) for l in lignes):
            return None
        cle = "pk" if nom in FICHES else _DEPENDANTE[nom][1]
        if not all(isinstance(l.get(cle), int) for l in lignes):
            return None
        if nom not in FICHES and not all(l.get(_DEPENDANTE[nom][2]) is not None for l in lignes):
            return None           # une ligne dépendante sans sa clé dans la fiche (un volume sans mode)
    return valeur


# Ce que les envois en direct gardent à part : des fiches (clé -> la ligne du serveur, None : elle n'y
# est plus) et, pour chacune, ses lignes dépendantes (table -> colonne vers la fiche).
FICHES_DIRECT = ("service", "norme_service", "action_norme", "seance", "evaluation")
DEPENDANTES_DIRECT = {"volume": "service_pk", "resultat_norme": "norme_pk", "initiative": "evaluation_pk"}


def surcharges_direct(conn) -> dict | None:
    """Ce que les envois en direct ont changé à l'instantané (``CLE_DIRECT``) : services, normes,
    actions, séances et évaluations (clé -> la ligne du serveur, None : elle n'y est plus), volumes,
    résultats et initiatives (clé du service, de la norme ou de l'évaluation -> ses lignes). Vide s'il n'y en a pas; None si la valeur est abîmée
    (jamais deviner)."""
    noms = (*FICHES_DIRECT, *DEPENDANTES_DIRECT)
    brut = parametres.lire(conn, CLE_DIRECT)
    if brut is None:
        return {nom: {} for nom in noms}
    try:
        brute = json.loads(brut)
        surcharges = {nom: {int(cle): v for cle, v in brute.get(nom, {}).items()} for nom in noms}
    except (ValueError, TypeError, AttributeError):
        return None
    # (None : plus sur le serveur — une séance, une évaluation; un service ou une action supprimés ici et,
    # en direct, là-bas, dont la copie garde la clé (``cles_reservees.rendre``) : un None ailleurs est
    # écrit à la main. Supprimée là-bas par un autre, une fiche reste telle que la copie l'a)
    cle_de = {t: cle for specs in DEPENDANTES.values() for t, _, cle in specs}
    absentes = {nom: cles_reservees.prises(conn, nom) if nom in cles_reservees.FICHES else None for nom in FICHES_DIRECT}
    bonnes = all((v is None and (absentes[nom] is None or cle in absentes[nom]))
                 or (isinstance(v, dict) and v.get("pk") == cle)
                 for nom in FICHES_DIRECT for cle, v in surcharges[nom].items()) and \
        all(isinstance(v, list) and all(isinstance(l, dict) and l.get(vers) == cle and l.get(cle_de[nom]) is not None
                                        for l in v)
            for nom, vers in DEPENDANTES_DIRECT.items() for cle, v in surcharges[nom].items())
    return surcharges if bonnes else None


def appliquer_surcharges(lignes: dict[str, list[dict]], surcharges: dict) -> dict[str, list[dict]]:
    """Les lignes de l'instantané, celles des envois en direct à la place des leurs."""
    if not any(surcharges.values()):
        return lignes
    sortie = dict(lignes)
    for nom in FICHES_DIRECT:
        remplacees = surcharges.get(nom) or {}
        if remplacees:
            sortie[nom] = [l for l in lignes.get(nom, []) if l.get("pk") not in remplacees] + \
                          [l for l in remplacees.values() if l is not None]
    for nom, vers in DEPENDANTES_DIRECT.items():
        parents = surcharges.get(nom) or {}
        if parents:
            sortie[nom] = [l for l in lignes.get(nom, []) if l.get(vers) not in parents] + \
                          [l for ls in parents.values() for l in ls]
    return sortie


def lire_poste(base: Base) -> dict[str, list[dict]]:
    """Les fiches du poste et leurs lignes dépendantes; une valeur illisible ou d'un autre type
    que sa colonne (un réel dans une colonne d'entiers) : :class:`ValeurRefusee`."""
    lignes = {}
    for nom in (*FICHES, *(t for specs in DEPENDANTES.values() for t, _, _ in specs)):
        try:
            lignes[nom] = lignes_sqlite(base, nom)
        except DonneeRefusee as exc:
            raise ValeurRefusee("", exc.detail, fiche=nom, pk="") from exc
    return lignes


def services_remplaces(base: Base, journal_id: int) -> frozenset[int]:
    """Les clés des services supprimés sur le poste depuis l'entrée ``journal_id`` du journal, où n'est
    pas revenu celui qui a été emporté : une ligne du poste à leur clé est un autre service.

    Le journal se rejoue clé par clé : une suppression met de côté l'occupant de la clé, une création en
    met un autre (SQLite redonne la clé de la dernière ligne supprimée), une restauration (Ctrl+Z d'une
    suppression, Ctrl+Y d'un ajout) remet le dernier mis de côté — l'emporté, ou le service créé ici."""
    occupants: dict[int, str] = {}
    mis_de_cote: dict[int, list[str]] = {}
    # un service créé à une clé que le serveur a réservée pour la copie (``cles_reservees``) : le serveur
    # l'a à cette clé dès qu'il y est parti en direct — c'est lui, pas un autre
    parti = {pk for pk, l in _emportes_en_direct(base).items() if l is not None}
    for action, cle, apres in base.conn.execute(
            "SELECT action, cle, apres FROM journal WHERE id > ? AND entite = 'service' "
            "AND action IN ('suppression', 'restauration', 'creation') ORDER BY id", [journal_id]):
        if not str(cle).isdigit():
            continue
        pk = int(cle)
        occupant = occupants.get(pk, "emporte")
        if action == "suppression":
            mis_de_cote.setdefault(pk, []).append(occupant)
            occupants[pk] = "aucun"
        elif action == "creation":
            occupants[pk] = "emporte" if apres == cles_reservees.MARQUE and pk in parti else "autre"
        else:
            pile = mis_de_cote.get(pk) or ["emporte"]
            occupants[pk] = pile.pop()
    return frozenset(pk for pk, occupant in occupants.items() if occupant != "emporte")


def _emportes_en_direct(base: Base) -> dict:
    """Les services que les envois en direct ont mis à l'instantané (``CLE_DIRECT``)."""
    return (surcharges_direct(base.conn) or {}).get("service", {})


def verser_registre(c: Connection, base: Base, depuis: int = 0, declare: str | None = None) -> int:
    """Les rapports exportés ou signés dans la copie ``base`` (ceux après sa ligne ``depuis`` du
    registre), inscrits au registre du serveur (un lecteur le peut : exporter un rapport est consigné).
    Leur ``utilisateur`` : ``declare`` (la personne qui a emporté la copie), sinon la connexion; le
    serveur écrit lui-même la connexion qui les inscrit (révision ``s15_registre``). Ceux que cette
    connexion a déjà inscrits ne le sont pas deux fois — un renvoi que le serveur a validé sans que le
    poste en voie la fin : le même rapport, à la même seconde, n'est inscrit qu'une fois. Leur nombre."""
    colonnes = [col.name for col in tables.rapport.columns if col.name not in ("pk", "utilisateur")]
    memes = " AND ".join(f"r.{col} = :{col}" for col in colonnes)
    requete = text(f"INSERT INTO rapport ({', '.join(colonnes)}, utilisateur) "
                   f"SELECT {', '.join(':' + col for col in colonnes)}, coalesce(:declare, session_user) "
                   f"WHERE NOT EXISTS (SELECT 1 FROM rapport r WHERE r.connexion = session_user AND {memes})")
    versees = 0
    for ligne in base.conn.execute(f"SELECT {', '.join(colonnes)} FROM rapport WHERE pk > ? ORDER BY pk", [depuis]):
        versees += c.execute(requete, {**dict(zip(colonnes, ligne)), "declare": declare}).rowcount
    return versees


def dernier_rapport(base: Base) -> int:
    """La clé de la dernière ligne du registre de ``base`` (0 s'il est vide)."""
    return base.conn.execute("SELECT coalesce(max(pk), 0) FROM rapport").fetchone()[0]


def registre_verse(conn) -> int:
    """La dernière ligne du registre de la copie déjà inscrite au serveur (0 : aucune — une copie
    emportée par une version qui ne les inscrivait pas les inscrit toutes; une valeur abîmée aussi :
    le serveur ne les inscrit pas deux fois)."""
    brut = parametres.lire(conn, CLE_REGISTRE)
    return int(brut) if brut is not None and str(brut).isdigit() else 0


def noter_registre_verse(db, pk: int) -> None:
    """Dans la transaction ``db`` du renvoi, après :func:`remplir_dans` (qui remplace les réglages)."""
    parametres.ecrire(db, CLE_REGISTRE, str(int(pk)))
