"""Les clés que le serveur ministériel a réservées pour une copie (le répertoire en direct) : une fiche
créée dans la copie y prend d'avance la clé qu'elle aura sur le serveur — rien à renuméroter quand elle
y part, dans la seconde, et la création ne demande rien au réseau.

Le serveur les tire de sa séquence (``nextval`` : jamais données deux fois, à personne d'autre); la
copie les garde dans sa table ``parametre`` (:data:`CLE`), jamais envoyée au serveur : ``libres``, pas
encore prises; ``prises``, celles de fiches créées ici — elles seules partent en direct à leur clé. Une
base ordinaire n'en a pas : ses fiches prennent la clé que SQLite leur donne, comme toujours.
"""

from __future__ import annotations

import json

from gesserv_bureau.stockage import parametres

CLE = "hors_ligne_cles_reservees"
FICHES = ("service", "norme_service", "action_norme")
# au journal, la création d'un service à une clé réservée (``emport.services_remplaces``)
MARQUE = "clé réservée par le serveur ministériel"


def _lire(conn) -> dict[str, dict[str, list[int]]]:
    """Les clés gardées, fiche par fiche; une valeur abîmée ou écrite à la main est ignorée (aucune clé :
    les fiches créées partent au renvoi, comme avant le direct)."""
    brut = parametres.lire(conn, CLE)
    sortie = {f: {"libres": [], "prises": []} for f in FICHES}
    if brut is None:
        return sortie
    try:
        valeur = json.loads(brut)
    except (ValueError, TypeError):
        return sortie
    if not isinstance(valeur, dict):
        return sortie
    for fiche in FICHES:
        brute = valeur.get(fiche)
        if not isinstance(brute, dict):
            continue
        for genre in ("libres", "prises"):
            cles = brute.get(genre)
            if isinstance(cles, list):
                sortie[fiche][genre] = [c for c in cles if isinstance(c, int) and not isinstance(c, bool) and c > 0]
        vu = brute.get("journal")
        if isinstance(vu, list) and len(vu) == 2 and all(type(v) is int and v >= 0 for v in vu):
            sortie[fiche]["journal"] = vu
    return sortie


def _ecrire(db, cles: dict) -> None:
    parametres.ecrire(db, CLE, json.dumps(cles))


def libres(conn, fiche: str) -> int:
    """Combien de clés réservées attendent une fiche ``fiche``."""
    return len(_lire(conn)[fiche]["libres"])


def prises(conn, fiche: str) -> frozenset[int]:
    """Les clés réservées que des fiches créées dans cette copie ont prises."""
    return frozenset(_lire(conn)[fiche]["prises"])


def ajouter(db, fiche: str, nouvelles) -> None:
    """Dans la transaction ``db`` : des clés que le serveur vient de réserver pour ``fiche``."""
    cles = _lire(db.conn)
    deja = set(cles[fiche]["libres"]) | set(cles[fiche]["prises"])
    cles[fiche]["libres"].extend(c for c in nouvelles if c not in deja)
    _ecrire(db, cles)


def prendre(db, fiche: str) -> int | None:
    """Dans la transaction ``db`` qui crée une fiche ``fiche`` : la clé qu'elle prend (la plus petite des
    libres qu'aucune ligne n'occupe déjà — une fiche créée hors direct a pu la prendre), None s'il n'y en
    a pas (SQLite lui en donne une; elle partira au renvoi)."""
    if parametres.lire(db.conn, CLE) is None:
        return None
    cles = _lire(db.conn)
    libres_ = sorted(cles[fiche]["libres"])
    choisie = None
    while libres_:
        candidate = libres_.pop(0)
        if db.execute(f'SELECT 1 FROM "{fiche}" WHERE pk = ?', [candidate]).fetchone() is None:
            choisie = candidate
            break
    cles[fiche]["libres"] = libres_
    if choisie is not None:
        cles[fiche]["prises"].append(choisie)
    _ecrire(db, cles)
    return choisie


def nouvelle(db, fiche: str) -> tuple[int | None, bool]:
    """Dans la transaction ``db`` qui crée une fiche ``fiche`` : sa clé (:func:`prendre`, à défaut
    :func:`hors_reserve`; None : SQLite choisit) et si le serveur la lui a réservée."""
    reservee = prendre(db, fiche)
    return (reservee, True) if reservee is not None else (hors_reserve(db, fiche), False)


def rendre(db, fiche: str, cles) -> None:
    """Dans la transaction ``db`` : des fiches supprimées ici et, en direct, sur le serveur — leur clé, que
    le serveur ne redonnera à personne, leur reste : rétablies (Ctrl+Z), elles y repartent à cette clé."""
    gardees = _lire(db.conn)
    cles = set(cles)
    gardees[fiche]["libres"] = [c for c in gardees[fiche]["libres"] if c not in cles]
    gardees[fiche]["prises"].extend(sorted(cles - set(gardees[fiche]["prises"])))
    _ecrire(db, gardees)


def hors_reserve(db, fiche: str) -> int | None:
    """Dans la transaction ``db`` qui crée une fiche ``fiche`` sans clé réservée libre : une clé au-delà
    de toutes celles que la copie a eues du serveur (et de ses lignes), jamais une que SQLite redonnerait
    après une suppression — une clé que la copie garde (``prises``) désigne une fiche du serveur, ou
    celle qu'on y rétablira. None : pas de clés réservées (une base ordinaire), SQLite choisit."""
    gardees = _lire(db.conn)
    cles = gardees[fiche]
    connues = cles["libres"] + cles["prises"]
    if not connues:
        return None
    (plus_haute,) = db.execute(f'SELECT max(pk) FROM "{fiche}"').fetchone()
    # ni celle d'une fiche supprimée ici, que Ctrl+Z rétablira à sa clé : le journal la garde. Lu depuis
    # la dernière fois seulement (``journal`` : la dernière entrée lue, la plus haute clé vue) — un report
    # à l'exercice suivant crée des milliers de fiches, le journal en a des centaines de milliers
    vu_id, vu_cle = cles.get("journal", [0, 0])
    (dernier,) = db.execute("SELECT max(id) FROM journal").fetchone()
    # (« +entite » : lu par la clé du journal, pas par son index, qui parcourrait toute l'entité)
    (au_journal,) = db.execute("SELECT max(CAST(cle AS INTEGER)) FROM journal WHERE id > ? AND +entite = ? "
                               "AND cle GLOB '[0-9]*' AND cle NOT GLOB '*[^0-9]*'", [vu_id, fiche]).fetchone()
    vu_cle = max(vu_cle, au_journal or 0)
    if (dernier or 0) != vu_id:
        cles["journal"] = [dernier or 0, vu_cle]
        _ecrire(db, gardees)
    return max(max(connues), plus_haute or 0, vu_cle) + 1
