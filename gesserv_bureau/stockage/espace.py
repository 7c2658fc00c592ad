"""Disque plein ou base endommagée ? SQLite répond « disk I/O error » aussi quand il ne peut
plus créer son fichier -shm faute de place : ce n'est pas une base abîmée, et la restaurer
n'arrangerait rien. On regarde alors l'espace libre (``shutil.disk_usage``)."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

SEUIL_PRESQUE_PLEIN = 1024 * 1024   # moins d'un Mo libre : SQLite ne peut plus travailler sereinement
_ERRNOS_PLEIN = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def espace_libre(chemin: Path) -> int | None:
    """Les octets libres sur le disque de ``chemin`` (ou de son premier parent existant)."""
    courant = Path(chemin)
    while not courant.exists() and courant.parent != courant:
        courant = courant.parent
    try:
        return shutil.disk_usage(courant).free
    except OSError:
        return None


def est_disque_plein(exc: BaseException, chemin: Path, besoin: int = 0) -> bool:
    """Vrai si ``exc`` vient d'un disque plein : ENOSPC, « database or disk is full », ou une
    erreur d'entrée-sortie alors qu'il reste moins que ``besoin`` (au moins un Mo) sur le disque."""
    if isinstance(exc, OSError) and exc.errno in _ERRNOS_PLEIN:
        return True
    texte = str(exc).lower()
    if "disk is full" in texte or "no space left" in texte:
        return True
    if "disk i/o error" in texte or (isinstance(exc, OSError) and exc.errno == errno.EIO):
        libre = espace_libre(chemin)
        return libre is not None and libre < max(SEUIL_PRESQUE_PLEIN, besoin)
    return False
