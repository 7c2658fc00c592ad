"""Ce qu'est un fichier SQLite : un répertoire de gesserv-bureau (il a l'ensemble de migrations
de l'application), une base vide (un fichier neuf), ou la base d'une autre application (des
tables, mais pas nos migrations) — qu'on ne migre pas, ne copie pas et ne restaure pas."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from gesserv_bureau.stockage.constantes import NOM_ENSEMBLE_MIGRATIONS


class Nature(NamedTuple):
    tables: tuple[str, ...]
    migrations: frozenset[str]

    @property
    def vide(self) -> bool:
        return not self.tables

    @property
    def de_l_application(self) -> bool:
        return bool(self.migrations)

    @property
    def etrangere(self) -> bool:
        return bool(self.tables) and not self.migrations


def nature(conn: sqlite3.Connection) -> Nature:
    tables = tuple(r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
    migrations: frozenset[str] = frozenset()
    if "_sqlite_migrations" in tables:
        migrations = frozenset(r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [NOM_ENSEMBLE_MIGRATIONS]))
    return Nature(tables, migrations)


def lire(chemin: Path) -> Nature | None:
    """La nature de ``chemin`` lue sans rien y changer ni rien semer à côté (``None`` :
    illisible, le contrôle d'intégrité dira pourquoi). Le fichier est lu « immuable » : une
    connexion ordinaire, même en lecture seule, créerait -wal et -shm, ou écrirait dans le -shm
    d'une autre application. Ce qui n'est encore que dans un -wal n'est pas vu : l'ouverture
    vérifie encore une fois sur sa propre connexion, avant toute écriture."""
    chemin = Path(chemin).absolute()
    try:
        with open(chemin, "rb") as f:
            entete = f.read(100)
    except OSError:
        return None
    if not entete:
        return Nature((), frozenset())
    if len(entete) < 100 or not entete.startswith(b"SQLite format 3\x00"):
        return None
    vue = _lire_uri(f"{chemin.as_uri()}?immutable=1")
    wal = chemin.with_name(chemin.name + "-wal")
    if vue is not None and vue.vide and wal.exists() and wal.stat().st_size > 0:
        # tout est encore dans le -wal (une base en WAL jamais reportée) : une lecture ordinaire,
        # qui ne fait que marquer sa lecture dans le -shm, comme tout lecteur SQLite
        vue = _lire_uri(f"{chemin.as_uri()}?mode=ro")
    return vue


def _lire_uri(uri: str) -> Nature | None:
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            return nature(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
