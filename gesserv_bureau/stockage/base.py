"""Ouvrir la base : verrou, intégrité, version, copie de sécurité, migrations, WAL.

Toutes les écritures passent par :meth:`Base.ecriture`, une transaction dont les erreurs
SQLite deviennent des erreurs du stockage (disque plein, lecture seule, base occupée).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.erreurs import (
    BaseEndommagee,
    BaseInaccessible,
    BaseLectureSeule,
    BaseOccupee,
    BaseVersionFuture,
    DisquePlein,
)
from gesserv_bureau.stockage.schema import MIGRATIONS, NOMS_MIGRATIONS, VERSION_SCHEMA
from gesserv_bureau.stockage.verrou import Verrou


class Base:
    """Une base ouverte. ``db`` : la ``sqlite_utils.Database``; réservée au stockage."""

    def __init__(self, db: Database, chemin: Path | None, verrou: Verrou | None, lecture_seule: bool):
        self.db = db
        self.conn = db.conn
        self.chemin = chemin
        self.lecture_seule = lecture_seule
        self.utilisateur = _utilisateur()
        self.copie_en_echec = ""  # la copie de rotation a échoué à l'ouverture (message)
        self._verrou = verrou

    @contextlib.contextmanager
    def ecriture(self) -> Iterator[Database]:
        """Une transaction; rien n'est écrit si elle échoue."""
        if self.lecture_seule:
            raise BaseLectureSeule(self.chemin)
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as exc:
            raise traduire_erreur(exc, self.chemin) from exc

    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def empreinte(self) -> str:
        """Une empreinte courte du contenu, pour le pied de page des rapports."""
        import hashlib

        h = hashlib.sha256()
        for table in ("exercice", "service", "volume"):
            for ligne in self.db.execute(f"SELECT * FROM {table} ORDER BY 1"):
                h.update(repr(ligne).encode())
        return h.hexdigest()[:12]

    def fermer(self) -> None:
        try:
            if not self.lecture_seule:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
        finally:
            if self._verrou:
                self._verrou.liberer()
                self._verrou = None

    def __enter__(self) -> "Base":
        return self

    def __exit__(self, *exc) -> None:
        self.fermer()


def _utilisateur() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pas de compte nommé (conteneur, service)
        return "inconnu"


def traduire_erreur(exc: sqlite3.Error, chemin: Path | None) -> Exception:
    texte = str(exc).lower()
    if "full" in texte:
        return DisquePlein(chemin, str(exc))
    if "readonly" in texte or "read-only" in texte:
        return BaseLectureSeule(chemin, str(exc))
    if "locked" in texte or "busy" in texte:
        return BaseOccupee(chemin, str(exc))
    if "unable to open" in texte:
        return BaseInaccessible(chemin, str(exc))
    return exc


def _connecter(chemin: Path, lecture_seule: bool) -> sqlite3.Connection:
    if lecture_seule:
        return sqlite3.connect(f"file:{chemin}?mode=ro", uri=True, timeout=5)
    return sqlite3.connect(chemin, timeout=5)


def _controler_integrite(conn: sqlite3.Connection, chemin: Path) -> None:
    try:
        resultat = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise BaseEndommagee(chemin, str(exc), sauvegardes.copies_intactes(chemin)) from exc
    if resultat != ["ok"]:
        raise BaseEndommagee(chemin, "; ".join(resultat[:5]), sauvegardes.copies_intactes(chemin))


def _configurer(db: Database, lecture_seule: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if not lecture_seule:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")


def ouvrir_memoire() -> Base:
    """Une base neuve en mémoire (tests, démonstrations)."""
    db = Database(memory=True, execute_plugins=False)
    _configurer(db, lecture_seule=False)
    MIGRATIONS.apply(db)
    return Base(db, None, None, lecture_seule=False)


def ouvrir(chemin: Path, *, lecture_seule: bool = False, rotation: bool = True) -> Base:
    """Ouvre (ou crée) la base ``chemin``.

    Lève une :class:`ErreurStockage` claire plutôt que de toucher à un fichier douteux :
    endommagé (avec les copies intactes à proposer), d'une version plus récente, déjà ouvert
    par une autre instance, en lecture seule.
    """
    chemin = Path(chemin).expanduser().absolute()
    existe = chemin.exists()
    if existe and not os.access(chemin, os.R_OK):
        raise BaseInaccessible(chemin, "lecture")
    if not lecture_seule:
        if existe and not os.access(chemin, os.W_OK):
            raise BaseLectureSeule(chemin)
        try:
            chemin.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BaseInaccessible(chemin, str(exc)) from exc
        if not os.access(chemin.parent, os.W_OK):
            raise BaseLectureSeule(chemin, "dossier")
    elif not existe:
        raise BaseInaccessible(chemin, "absent")

    verrou = None
    if not lecture_seule:
        verrou = Verrou(chemin)
        verrou.prendre()
    conn = None
    try:
        try:
            conn = _connecter(chemin, lecture_seule)
        except sqlite3.Error as exc:
            raise traduire_erreur(exc, chemin) from exc
        if existe:
            _controler_integrite(conn, chemin)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > VERSION_SCHEMA or _migrations_inconnues(conn):
            raise BaseVersionFuture(chemin, version, VERSION_SCHEMA)
        db = Database(conn, execute_plugins=False)
        if lecture_seule:
            if version < VERSION_SCHEMA:
                raise BaseLectureSeule(chemin, "migration")
            _configurer(db, lecture_seule=True)
            return Base(db, chemin, None, lecture_seule=True)
        _configurer(db, lecture_seule=False)
        if MIGRATIONS.pending(db):
            if existe and version > 0:
                sauvegardes.copier(chemin, f"avant-migration-v{version}-v{VERSION_SCHEMA}")
            try:
                MIGRATIONS.apply(db)
            except sqlite3.OperationalError as exc:
                raise traduire_erreur(exc, chemin) from exc
        base = Base(db, chemin, verrou, lecture_seule=False)
        if rotation and existe:
            try:
                sauvegardes.rotation(chemin)
            except (OSError, sqlite3.Error) as exc:
                # Une copie manquée n'empêche pas de travailler : on le signale.
                base.copie_en_echec = str(exc)
        return base
    except BaseException:
        if conn is not None:
            conn.close()
        if verrou:
            verrou.liberer()
        raise


def _migrations_inconnues(conn: sqlite3.Connection) -> bool:
    existe = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not existe:
        return False
    noms = {r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATIONS.name]
    )}
    return bool(noms - set(NOMS_MIGRATIONS))
