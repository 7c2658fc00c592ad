"""Copies de sécurité de la base : avant chaque migration, et en rotation à l'ouverture.

Les copies vivent à côté de la base, dans « <nom>-sauvegardes/ ». Elles sont faites par
l'API de sauvegarde de SQLite : une copie cohérente même pendant une écriture (WAL).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

ROTATION = 10                     # copies automatiques gardées
INTERVALLE = dt.timedelta(hours=24)
PREFIXE_AUTO = "auto"


def dossier(base: Path) -> Path:
    return base.with_name(base.stem + "-sauvegardes")


def _horodatage() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copier(base: Path, raison: str) -> Path:
    """Une copie cohérente de ``base`` ; renvoie son chemin."""
    cible_dossier = dossier(base)
    cible_dossier.mkdir(parents=True, exist_ok=True)
    cible = cible_dossier / f"{base.stem}-{_horodatage()}-{raison}.sqlite"
    source = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(cible)
        try:
            source.backup(destination)
            # Une copie est un fichier seul : hors du mode WAL, la vérifier (ouverture en lecture
            # seule) ne sème pas de -wal / -shm que la rotation n'effacerait jamais.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    return cible


def copies(base: Path) -> list[Path]:
    """Toutes les copies, la plus récente d'abord."""
    d = dossier(base)
    if not d.is_dir():
        return []
    return sorted(d.glob(f"{base.stem}-*.sqlite"), key=lambda p: p.name, reverse=True)


def est_intacte(fichier: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{fichier}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def copies_intactes(base: Path) -> list[Path]:
    """Les copies qui passent le contrôle d'intégrité, la plus récente d'abord."""
    return [c for c in copies(base) if est_intacte(c)]


def rotation(base: Path, maintenant: dt.datetime | None = None) -> Path | None:
    """Fait une copie automatique si la dernière a plus d'un jour; n'en garde que ``ROTATION``."""
    maintenant = maintenant or dt.datetime.now()
    automatiques = [c for c in copies(base) if c.stem.endswith(PREFIXE_AUTO)]
    if automatiques:
        derniere = dt.datetime.fromtimestamp(automatiques[0].stat().st_mtime)
        if maintenant - derniere < INTERVALLE:
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
    return cote


def restaurer(base: Path, copie: Path, raison: str = "endommagee") -> Path | None:
    """Remet ``copie`` à la place de ``base``; la base remplacée est gardée à côté, renommée."""
    if not est_intacte(copie):
        raise ValueError(f"copie endommagée : {copie}")
    cote = mettre_de_cote(base, raison)
    shutil.copy2(copie, base)
    return cote
