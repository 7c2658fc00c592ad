"""Un verrou de fichier : une seule instance de l'application écrit dans une base."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from gesserv_bureau.stockage.erreurs import BaseDejaOuverte

if sys.platform == "win32":  # pragma: no cover - exercé sous Windows seulement
    import msvcrt

    def _verrouiller(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _liberer(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _verrouiller(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _liberer(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _poste() -> str:
    """Le nom de l'ordinateur (sans importer socket, coûteux au démarrage)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


def chemin_verrou(base: Path) -> Path:
    return base.with_name(base.name + ".verrou")


class Verrou:
    """Tenu tant que la base est ouverte; relâché par le système si le programme plante."""

    def __init__(self, base: Path):
        self.chemin = chemin_verrou(base)
        self._fd: int | None = None
        self._base = base

    def prendre(self) -> None:
        fd = os.open(self.chemin, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _verrouiller(fd)
        except OSError:
            os.close(fd)
            raise BaseDejaOuverte(self._base, self._lire_proprietaire()) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{getpass.getuser()}@{_poste()} pid {os.getpid()}".encode())
        self._fd = fd

    def _lire_proprietaire(self) -> str:
        try:
            return self.chemin.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def liberer(self) -> None:
        if self._fd is None:
            return
        try:
            _liberer(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        # Le fichier reste en place : l'effacer ouvrirait une course avec une autre instance.
