"""Ce que la table de l'inventaire lit pour s'afficher : les exercices, le nombre de services
et leurs lignes légères (et celles du rapport du répertoire), en une requête chacun.

Sans le ``Service`` complet ni le reste du dépôt (``depot_services``, chargé à la première
écriture ou au premier service ouvert) : la fenêtre s'affiche avec ce module seulement.
Chaque fonction prend la connexion SQLite (celle de la base, ou d'une lecture à part dans un
fil de travail).
"""

from __future__ import annotations

import sqlite3

from gesserv_bureau.domaine.lignes import LigneInventaire, LigneRapport
from gesserv_bureau.domaine.services_electroniques import pourcentage_en_ligne
from gesserv_bureau.referentiel.codes import INTERNE_NON_INTEGRE
from gesserv_bureau.stockage.constantes import COLONNES_POINTS

_VIDE: tuple = ()
# la portée du domaine : un service interne (non intégré, 0009) a la colonne portee vide
_PORTEE = f"CASE WHEN service_interne = 1 THEN '{INTERNE_NON_INTEGRE}' ELSE portee END"


def exercices(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT code FROM exercice ORDER BY code")]


def nombre(conn: sqlite3.Connection, exercice: str | None = None) -> int:
    if exercice:
        return conn.execute("SELECT count(*) FROM service WHERE exercice = ?", [exercice]).fetchone()[0]
    return conn.execute("SELECT count(*) FROM service").fetchone()[0]


def codes_json(texte: str) -> tuple[str, ...]:
    """Une liste de codes enregistrée en JSON par ``json.dumps`` : « [] » le plus souvent, sinon
    « ["critique", "prioritaire"] ». Ces deux formes se lisent sans le module json (de 4 à
    6 ms de chargement au démarrage, mesurés); toute autre écriture (échappements, autres séparateurs) passe par
    ``json.loads``, qui a toujours le dernier mot."""
    if texte == "[]":
        return _VIDE
    if texte.startswith('["') and texte.endswith('"]') and "\\" not in texte:
        codes = texte[2:-2].split('", "')
        if not any('"' in code for code in codes):
            return tuple(codes)
    import json

    return tuple(json.loads(texte))


def lignes(conn: sqlite3.Connection, exercice: str, limite: int | None = None) -> list[LigneInventaire]:
    """Les lignes légères de la table; ``limite`` : la première page."""
    cols_points = ", ".join(COLONNES_POINTS.values())
    curseur = conn.execute(
        f"SELECT pk, service_id, nom_fr, nom_en, type_service, {_PORTEE}, designations,"
        f" proprietaire, a_completer, {cols_points} FROM service WHERE exercice = ?"
        " ORDER BY service_id, pk LIMIT ?",
        [exercice, -1 if limite is None else limite],
    )
    return [
        LigneInventaire(r[0], r[1], r[2], r[3], r[4], r[5], codes_json(r[6]), r[7], pourcentage_en_ligne(r[9:]), r[8])
        for r in curseur
    ]


def lignes_rapport(conn: sqlite3.Connection, exercice: str) -> list[LigneRapport]:
    """Les lignes du rapport du répertoire (2 000 services en quelques ms)."""
    cols_points = ", ".join(f"s.{c}" for c in COLONNES_POINTS.values())
    curseur = conn.execute(
        f"SELECT s.service_id, s.nom_fr, s.nom_en, s.type_service, {_PORTEE}, s.designations, s.a_completer,"
        " (SELECT sum(v.demandes) FROM volume v WHERE v.service_pk = s.pk AND v.etat = 'donnees'),"
        f" {cols_points} FROM service s WHERE s.exercice = ? ORDER BY s.service_id, s.pk",
        [exercice],
    )
    return [LigneRapport(r[0], r[1], r[2], r[3], r[4], codes_json(r[5]), pourcentage_en_ligne(r[8:]), r[7], r[6])
            for r in curseur]
