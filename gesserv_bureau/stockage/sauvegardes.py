"""Copies de sécurité de la base : avant chaque migration, en rotation à l'ouverture, à la
demande; et leur restauration.

Les copies vivent à côté de la base, dans « <nom>-sauvegardes/ » (0700, chaque copie 0600).
Une copie est faite par l'API de sauvegarde de SQLite (cohérente même pendant une écriture, en
WAL) sous un nom temporaire caché, puis vérifiée — intégrité complète, tables et migrations de
l'application, autant de lignes dans chaque table que la base au moment de la copie — et
seulement alors renommée : une copie ratée (disque plein…) ne laisse rien, et le dit
(:class:`CopieEchouee`). Une copie sans les tables de l'application n'est jamais intacte ni
restaurée. Restaurer (:func:`restaurer`, pour la ligne de commande et la fenêtre) refuse une
copie qui a moins de services que la base, sauf confirmation.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import NamedTuple

from gesserv_bureau.stockage import identite, temoin
from gesserv_bureau.stockage.erreurs import CopieEchouee, CopieRefusee, MoinsDeServices
from gesserv_bureau.stockage.espace import espace_libre, est_disque_plein
from gesserv_bureau.stockage.fichiers_prives import creer_dossier, creer_fichier, synchroniser
from gesserv_bureau.referentiel import messages_systeme

ROTATION = 10                     # copies automatiques gardées
INTERVALLE = dt.timedelta(hours=24)
PREFIXE_AUTO = "auto"
SUFFIXE_PARTIEL = ".partielle"    # une copie en cours d'écriture (nom caché, jamais listé)
AGE_PARTIELLE_ABANDONNEE = 3600   # secondes : une copie partielle plus vieille a été abandonnée


class EtatCopie(NamedTuple):
    etat: str                             # intacte, endommagee, vide, etrangere, absente
    detail: str = ""
    tables: tuple[str, ...] = ()
    comptes: dict[str, int] | None = None  # lignes par table (examen complet d'une copie intacte)

    @property
    def intacte(self) -> bool:
        return self.etat == "intacte"

    @property
    def services(self) -> int | None:
        return (self.comptes or {}).get("service")


class _CopieInvalide(Exception):
    pass


def dossier(base: Path) -> Path:
    return base.with_name(base.stem + "-sauvegardes")


def _horodatage() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _comptes(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _partielle(cible: Path) -> Path:
    return cible.with_name(f".{cible.name}{SUFFIXE_PARTIEL}")


def _effacer(fichier: Path) -> None:
    for compagnon in (fichier, fichier.with_name(fichier.name + "-journal"),
                      fichier.with_name(fichier.name + "-wal"), fichier.with_name(fichier.name + "-shm")):
        try:
            compagnon.unlink(missing_ok=True)
        except OSError:
            pass


def _copier_sqlite(base: Path, cible: Path) -> dict[str, int]:
    """Copie ``base`` dans ``cible`` (déjà créé, vide, 0600); renvoie les lignes par table de la
    base dans l'instantané même que la copie a pris (une transaction de lecture ouverte)."""
    source = sqlite3.connect(f"file:{base}?mode=ro", uri=True, timeout=5)
    try:
        source.execute("BEGIN")
        comptes = _comptes(source)
        destination = sqlite3.connect(cible)
        try:
            source.backup(destination)
            # Une copie est un fichier seul : hors du mode WAL, la vérifier (ouverture en lecture
            # seule) ne sème pas de -wal / -shm que la rotation n'effacerait jamais.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        source.rollback()
        return comptes
    finally:
        source.close()


def copier(base: Path, raison: str) -> Path:
    """Une copie cohérente et vérifiée de ``base``; renvoie son chemin. Lève
    :class:`CopieEchouee` (rien n'est laissé sur le disque) si elle n'a pas pu être faite."""
    cible_dossier = dossier(base)
    cible = cible_dossier / f"{base.stem}-{_horodatage()}-{raison}.sqlite"
    partielle = _partielle(cible)
    dossier_neuf = not cible_dossier.exists()
    try:
        creer_dossier(cible_dossier)
        creer_fichier(partielle)
        comptes = _copier_sqlite(base, partielle)
        etat = examiner(partielle)
        if not etat.intacte:
            raise _CopieInvalide(f"{etat.etat} {etat.detail}".strip())
        if etat.comptes != comptes:
            ecarts = ", ".join(f"{t} {comptes.get(t)} → {(etat.comptes or {}).get(t)}"
                               for t in sorted(set(comptes) | set(etat.comptes or {}))
                               if comptes.get(t) != (etat.comptes or {}).get(t))
            raise _CopieInvalide(ecarts)
        synchroniser(partielle)
        os.replace(partielle, cible)
        synchroniser(cible_dossier)
    except (OSError, sqlite3.Error, _CopieInvalide) as exc:
        _effacer(partielle)
        if dossier_neuf:
            try:
                cible_dossier.rmdir()   # créé pour cette copie, vide : rien ne reste
            except OSError:
                pass
        taille = base.stat().st_size if base.exists() else 0
        plein = est_disque_plein(exc, cible_dossier, besoin=taille)
        raise CopieEchouee(base, str(exc), disque_plein=plein,
                           libre=espace_libre(cible_dossier) if plein else None) from exc
    return cible


def copies(base: Path) -> list[Path]:
    """Toutes les copies, la plus récente d'abord."""
    d = dossier(base)
    if not d.is_dir():
        return []
    return sorted(d.glob(f"{base.stem}-*.sqlite"), key=lambda p: p.name, reverse=True)


def examiner(fichier: Path, complet: bool = True) -> EtatCopie:
    """Ce que vaut une copie. Intacte : les tables et les migrations de l'application, la
    taille annoncée par son en-tête, et (``complet``) ``PRAGMA integrity_check`` sans faute,
    avec le nombre de lignes de chaque table. Sans ``complet`` : la vérification rapide de la
    rotation (un fichier vide, tronqué ou étranger est écarté sans tout relire)."""
    fichier = Path(fichier)
    try:
        taille = fichier.stat().st_size
    except OSError:
        return EtatCopie("absente")
    if taille == 0:
        return EtatCopie("vide")
    try:
        conn = sqlite3.connect(f"file:{fichier}?mode=ro", uri=True, timeout=5)
        try:
            nature = identite.nature(conn)
            if nature.vide:
                return EtatCopie("vide")
            if not nature.de_l_application or "service" not in nature.tables:
                return EtatCopie("etrangere", tables=nature.tables)
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            taille_page = conn.execute("PRAGMA page_size").fetchone()[0]
            if pages * taille_page > taille:
                return EtatCopie("endommagee", f"{taille} < {pages * taille_page}")
            if not complet:
                return EtatCopie("intacte")
            resultat = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if resultat != ["ok"]:
                return EtatCopie("endommagee", "; ".join(resultat[:5]))
            return EtatCopie("intacte", comptes=_comptes(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return EtatCopie("endommagee", str(exc))


def est_intacte(fichier: Path) -> bool:
    return examiner(fichier).intacte


def copies_intactes(base: Path) -> list[Path]:
    """Les copies qui passent l'examen complet, la plus récente d'abord."""
    return [c for c in copies(base) if est_intacte(c)]


def services_de(chemin: Path) -> int | None:
    """Le nombre de services d'une base de l'application (``None`` : absente, illisible,
    étrangère)."""
    chemin = Path(chemin)
    if not chemin.exists() or chemin.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{chemin}?mode=ro", uri=True, timeout=5)
        try:
            nature = identite.nature(conn)
            if not nature.de_l_application or "service" not in nature.tables:
                return None
            return conn.execute("SELECT count(*) FROM service").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def _nettoyer_partielles(base: Path) -> None:
    """Les copies partielles qu'un arrêt brutal a laissées (jamais celle qu'on écrit en ce moment)."""
    d = dossier(base)
    if not d.is_dir():
        return
    limite = time.time() - AGE_PARTIELLE_ABANDONNEE
    for fichier in d.glob(f".{base.stem}-*.sqlite{SUFFIXE_PARTIEL}*"):
        try:
            if fichier.stat().st_mtime < limite:
                fichier.unlink()
        except OSError:
            pass


def rotation(base: Path, maintenant: dt.datetime | None = None) -> Path | None:
    """Fait une copie automatique si la dernière copie automatique *intacte* a plus d'un jour;
    n'en garde que ``ROTATION``. Une copie ratée ne bloque donc pas la suivante."""
    maintenant = maintenant or dt.datetime.now()
    _nettoyer_partielles(base)
    for copie in [c for c in copies(base) if c.stem.endswith(PREFIXE_AUTO)]:
        if maintenant - dt.datetime.fromtimestamp(copie.stat().st_mtime) >= INTERVALLE:
            break   # les suivantes sont plus vieilles encore
        if examiner(copie, complet=False).intacte:
            return None
    nouvelle = copier(base, PREFIXE_AUTO)
    for ancienne in [c for c in copies(base) if c.stem.endswith(PREFIXE_AUTO)][ROTATION:]:
        ancienne.unlink(missing_ok=True)
    return nouvelle


def mettre_de_cote(base: Path, raison: str = "endommagee") -> Path | None:
    """Renomme une base endommagée (et ses fichiers -wal/-shm) sans rien effacer."""
    if not base.exists():
        return None
    cote = base.with_name(f"{base.stem}.{raison}-{_horodatage()}{base.suffix}")
    base.rename(cote)
    for suffixe in ("-wal", "-shm"):
        compagnon = base.with_name(base.name + suffixe)
        if compagnon.exists():
            compagnon.rename(cote.with_name(cote.name + suffixe))
    temoin.effacer(base)
    return cote


def restaurer(base: Path, copie: Path, raison: str = "endommagee", *, confirmer: bool = False) -> Path | None:
    """Remet ``copie`` à la place de ``base``; la base remplacée est gardée à côté, renommée
    (renvoyée). Le verrou de la base est pris le temps de la restauration : une instance qui l'a
    ouverte perdrait ses écritures suivantes.

    Lève :class:`CopieRefusee` (copie endommagée, vide, d'une autre application),
    :class:`MoinsDeServices` (la copie a moins de services que la base, sans ``confirmer``),
    :class:`BaseDejaOuverte`, :class:`CopieEchouee` (disque plein : la base n'a pas changé).
    """
    from gesserv_bureau.stockage.verrou import Verrou

    base = Path(os.path.realpath(Path(base).expanduser().absolute()))   # un lien : le fichier réel
    copie = Path(copie).expanduser().absolute()
    etat = examiner(copie)
    if not etat.intacte:
        raise CopieRefusee(copie, etat.etat, etat.detail, etat.tables)
    verrou = Verrou(base)
    verrou.prendre()
    try:
        actuels = services_de(base)
        if actuels is not None and (etat.services or 0) < actuels and not confirmer:
            raise MoinsDeServices(base, copie, etat.services or 0, actuels)
        partielle = base.with_name(f".{base.name}.restauration{SUFFIXE_PARTIEL}")
        try:
            _effacer(partielle)
            creer_fichier(partielle)
            with open(copie, "rb") as source, open(partielle, "r+b") as destination:
                shutil.copyfileobj(source, destination, 1024 * 1024)
                destination.flush()
                os.fsync(destination.fileno())
            if partielle.stat().st_size != copie.stat().st_size or not examiner(partielle, complet=False).intacte:
                raise OSError("copie incomplète")
        except OSError as exc:
            _effacer(partielle)
            plein = est_disque_plein(exc, base.parent, besoin=copie.stat().st_size)
            detail = messages_systeme.detail(exc) if exc.errno else str(exc)
            raise CopieEchouee(base, detail, disque_plein=plein, restauration=True,
                               libre=espace_libre(base.parent) if plein else None) from exc
        cote = mettre_de_cote(base, raison)
        os.replace(partielle, base)
        synchroniser(base.parent)
        temoin.effacer(base)
    finally:
        verrou.liberer()
    return cote
