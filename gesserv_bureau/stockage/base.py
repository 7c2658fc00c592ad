"""Ouvrir la base : nature du fichier, verrou, témoin des écritures, intégrité, version, copie
de sécurité, migrations, WAL.

Toutes les écritures passent par :meth:`Base.ecriture`, une transaction dont les erreurs
SQLite deviennent des erreurs du stockage (disque plein, lecture seule, base occupée), suivie
de la note du témoin (:mod:`temoin`). ``synchronous = FULL`` : une transaction validée est sur
le disque (une coupure de courant ne perd rien de ce qui a été validé).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from typing import TYPE_CHECKING

from gesserv_bureau.stockage import identite, temoin
from gesserv_bureau.stockage.constantes import NOM_ENSEMBLE_MIGRATIONS, NOMS_MIGRATIONS, VERSION_SCHEMA
from gesserv_bureau.stockage.controle import ControleIntegrite
from gesserv_bureau.stockage.erreurs import (
    BaseEtrangere,
    BaseInaccessible,
    BaseLectureSeule,
    BaseOccupee,
    BaseVersionFuture,
    DisquePlein,
    ModificationsPerdues,
)
from gesserv_bureau.stockage.espace import est_disque_plein
from gesserv_bureau.stockage.fichiers_prives import creer_dossier, creer_fichier
from gesserv_bureau.stockage.verrou import Verrou
from gesserv_bureau.referentiel import messages_systeme

if TYPE_CHECKING:  # sqlite-utils ne s'importe qu'à la première écriture : 90 à 170 ms évités au démarrage
    from sqlite_utils import Database


def _database(conn: sqlite3.Connection) -> "Database":
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


class Base:
    """Une base ouverte. ``conn`` : la connexion SQLite (lectures); ``db`` : la
    ``sqlite_utils.Database`` des écritures et des migrations, créée à la première demande."""

    def __init__(self, conn: sqlite3.Connection, chemin: Path | None, verrou: Verrou | None, lecture_seule: bool):
        self.conn = conn
        self._db: "Database | None" = None
        self.chemin = chemin
        self.lecture_seule = lecture_seule
        # le compte du système : pour le journal technique (qui a écrit quoi, sur ce poste) seulement
        self.utilisateur = _utilisateur()
        # le nom de la personne (son profil, posé par la couche du dessus) : l'auteur des nouveaux
        # dossiers; vide si elle ne l'a pas donné — jamais le compte du système
        self.auteur = ""
        self._verrou = verrou
        self._controle: ControleIntegrite | None = None
        self._temoin: temoin.Temoin | None = None

    # --- le contrôle d'intégrité, qui peut encore tourner juste après l'ouverture ---------
    def controle_termine(self) -> bool:
        return self._controle is None or self._controle.termine()

    def demarrer_controle(self) -> None:
        """Lance le contrôle d'intégrité différé (voir ``ouvrir(attendre_controle=False)``)."""
        if self._controle is not None:
            self._controle.demarrer()

    def attendre_controle(self) -> None:
        """Attend le verdict du contrôle d'intégrité; lève :class:`BaseEndommagee` (ou
        :class:`DisquePlein`, une base saine sur un disque plein) s'il a échoué.
        Appelé avant toute écriture : rien n'est jamais écrit dans une base endommagée."""
        if self._controle is None:
            return
        erreur = self._controle.attendre().erreur()
        if erreur is not None:
            raise erreur

    @property
    def copie_en_echec(self):
        """L'échec de la copie de sécurité du jour (:class:`CopieEchouee`), ou ``None``."""
        return self._controle.copie_en_echec if self._controle and self._controle.termine() else None

    @property
    def db(self) -> "Database":
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    @contextlib.contextmanager
    def ecriture(self) -> Iterator["Database"]:
        """Une transaction; rien n'est écrit si elle échoue."""
        if self.lecture_seule:
            raise BaseLectureSeule(self.chemin)
        self.attendre_controle()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as exc:
            raise traduire_erreur(exc, self.chemin) from exc
        if self._temoin is not None and not self.conn.in_transaction:
            self._temoin.apres_ecriture(self.conn)

    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def empreinte(self) -> str:
        """Une empreinte courte du contenu, pour le pied de page des rapports."""
        import hashlib   # pour un rapport seulement : de 3 à 5 ms de moins au démarrage

        h = hashlib.sha256()
        for table in ("exercice", "service", "volume"):
            for ligne in self.conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                h.update(repr(ligne).encode())
        return h.hexdigest()[:12]

    def fermer(self) -> None:
        try:
            entree = None
            if not self.lecture_seule:
                with contextlib.suppress(sqlite3.Error):
                    entree = temoin.derniere_entree(self.conn)
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            if self._temoin is not None and not self.lecture_seule:
                # propre si tout est reporté dans la base (le -wal vidé, ou effacé à la fermeture)
                self._temoin.ecrire(entree)
                if self._verrou is not None:   # une connexion annexe partage le témoin de la base
                    self._temoin.fermer()
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
    if "full" in texte or (chemin is not None and est_disque_plein(exc, chemin.parent)):
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


def _configurer(conn: sqlite3.Connection, lecture_seule: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not lecture_seule:
        conn.execute("PRAGMA journal_mode = WAL")
        _configurer_ecrivain(conn)


def _configurer_ecrivain(conn: sqlite3.Connection) -> None:
    # FULL : chaque validation attend le disque (voir le README, « Ce qui est garanti »).
    conn.execute("PRAGMA synchronous = FULL")
    # Le report du -wal dans la base est fait par le témoin (il doit savoir quand tout y est).
    conn.execute("PRAGMA wal_autocheckpoint = 0")


def _appliquer_migrations(conn: sqlite3.Connection) -> None:
    from gesserv_bureau.stockage.schema import MIGRATIONS

    MIGRATIONS.apply(_database(conn))


def _a_jour(conn: sqlite3.Connection, version: int) -> bool:
    """Vrai si toutes les migrations sont appliquées (sans importer sqlite-utils)."""
    if version != VERSION_SCHEMA:
        return False
    return _migrations_appliquees(conn) == set(NOMS_MIGRATIONS)


def connexion_annexe(base: Base) -> Base:
    """Une seconde connexion en écriture sur la même base, pour un fil de travail (un gros
    import) : la base est déjà ouverte, migrée, contrôlée et verrouillée par ``base``, qui ne
    doit rien écrire pendant ce temps. À fermer par le fil qui l'utilise. Une base en mémoire
    n'a qu'une connexion : ``base`` elle-même est rendue."""
    if base.chemin is None:
        return base
    base.attendre_controle()
    conn = sqlite3.connect(base.chemin, timeout=30, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    _configurer_ecrivain(conn)
    annexe = Base(conn, base.chemin, None, lecture_seule=base.lecture_seule)
    annexe.utilisateur = base.utilisateur
    annexe.auteur = base.auteur
    annexe._temoin = base._temoin
    return annexe


def ouvrir_memoire() -> Base:
    """Une base neuve en mémoire (tests, démonstrations)."""
    conn = sqlite3.connect(":memory:")
    _configurer(conn, lecture_seule=False)
    _appliquer_migrations(conn)
    return Base(conn, None, None, lecture_seule=False)


def ouvrir(
    chemin: Path,
    *,
    lecture_seule: bool = False,
    rotation: bool = True,
    controle: ControleIntegrite | None = None,
    attendre_controle: bool = True,
    accepter_perte: bool = False,
) -> Base:
    """Ouvre (ou crée) la base ``chemin``.

    Lève une :class:`ErreurStockage` claire plutôt que de toucher à un fichier douteux :
    endommagé (avec les copies intactes à proposer), sur un disque plein, d'une autre
    application (:class:`BaseEtrangere` : ni migré, ni passé en WAL, ni copié), d'une version
    plus récente, déjà ouvert par une autre instance (même par un lien), en lecture seule, ou
    privé de transactions validées après un arrêt brutal (:class:`ModificationsPerdues`,
    signalé avant toute écriture; ``accepter_perte`` : continuer avec la base telle qu'elle est).

    ``controle`` : un contrôle d'intégrité lancé plus tôt (en parallèle du démarrage); sinon
    il est fait ici. ``attendre_controle=False`` (l'interface) rend la base sans attendre son
    verdict quand rien ne doit être écrit pour l'ouvrir : la fenêtre se montre, puis lance le
    contrôle (:meth:`Base.demarrer_controle`), et :meth:`Base.ecriture` attend son verdict
    avant la première écriture.

    Une base créée ici l'est 0600, et les dossiers créés pour elle 0700.
    """
    chemin = Path(chemin).expanduser().absolute()
    existe = chemin.exists()
    if existe and not os.access(chemin, os.R_OK):
        raise BaseInaccessible(chemin, "lecture")
    neuve = not existe or chemin.stat().st_size == 0
    if not neuve:
        nature = identite.lire(chemin)   # sans rien changer, ni semer de -wal à côté
        if nature is not None and nature.etrangere:
            raise BaseEtrangere(chemin, nature.tables)
    if not lecture_seule:
        if existe and not os.access(chemin, os.W_OK):
            raise BaseLectureSeule(chemin)
        try:
            creer_dossier(chemin.parent)
        except OSError as exc:
            raise BaseInaccessible(chemin, messages_systeme.detail(exc)) from exc
        if not os.access(chemin.parent, os.W_OK):
            raise BaseLectureSeule(chemin, "dossier")
    elif not existe:
        raise BaseInaccessible(chemin, "absent")

    verrou = None
    if not lecture_seule:
        try:
            creer_fichier(chemin)   # 0600 avant que SQLite ne le crée (le -wal et le -shm suivent)
        except OSError as exc:
            raise BaseInaccessible(chemin, messages_systeme.detail(exc)) from exc
        verrou = Verrou(chemin)
        verrou.prendre()
    conn = None
    try:
        if not lecture_seule:
            if neuve:
                temoin.effacer(chemin)   # celui d'une base effacée à la main ne vaut plus rien
            elif not accepter_perte:
                perte = temoin.verifier(chemin)
                if perte is not None:
                    raise ModificationsPerdues(chemin, perte.raison, perte.attendu, perte.present)
        if controle is None or controle.chemin != chemin:
            # différé : lancé par l'appelant (après avoir montré la fenêtre) ou par verdict()
            controle = ControleIntegrite(chemin, rotation=rotation and not lecture_seule,
                                         demarrer=attendre_controle)

        def verdict() -> None:
            erreur = controle.attendre().erreur()
            if erreur is not None:
                raise erreur

        if attendre_controle:
            verdict()
        try:
            conn = _connecter(chemin, lecture_seule)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            a_jour = _a_jour(conn, version)
            en_wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            inconnues = _migrations_appliquees(conn) - set(NOMS_MIGRATIONS)
            nature = identite.nature(conn)   # ce que la lecture « immuable » n'a pas pu voir
        except sqlite3.DatabaseError as exc:
            verdict()  # un fichier illisible : le contrôle dira pourquoi
            raise traduire_erreur(exc, chemin) from exc
        if nature.etrangere:
            raise BaseEtrangere(chemin, nature.tables)
        if not (a_jour and en_wal):
            verdict()  # l'ouverture va écrire (migration, passage en WAL) : pas avant le verdict
        if version > VERSION_SCHEMA or inconnues:
            verdict()
            raise BaseVersionFuture(chemin, version, VERSION_SCHEMA)
        if lecture_seule:
            if not a_jour:
                raise BaseLectureSeule(chemin, "migration")
            _configurer(conn, lecture_seule=True)
            base = Base(conn, chemin, None, lecture_seule=True)
            base._controle = controle
            return base
        if not a_jour and not neuve and version > 0:
            # la copie d'avant migration : le fichier tel qu'il était, avant même le passage en
            # WAL; sans elle (disque plein), pas de migration (CopieEchouee)
            from gesserv_bureau.stockage import sauvegardes

            sauvegardes.copier(chemin, f"avant-migration-v{version}-v{VERSION_SCHEMA}")
        try:
            _configurer(conn, lecture_seule=False)
            if not a_jour:
                _appliquer_migrations(conn)
        except sqlite3.OperationalError as exc:
            raise traduire_erreur(exc, chemin) from exc
        base = Base(conn, chemin, verrou, lecture_seule=False)
        base._controle = controle
        base._temoin = temoin.Temoin(chemin)
        if not a_jour or accepter_perte:
            base._temoin.noter(conn)   # la base telle qu'elle est devient la référence
        return base
    except BaseException:
        if conn is not None:
            conn.close()
        if verrou:
            verrou.liberer()
        raise


def _migrations_appliquees(conn: sqlite3.Connection) -> set[str]:
    existe = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not existe:
        return set()
    return {r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [NOM_ENSEMBLE_MIGRATIONS]
    )}
