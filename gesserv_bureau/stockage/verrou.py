"""Un verrou de fichier : une seule instance de l'application écrit dans une base."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from gesserv_bureau.stockage.erreurs import BaseDejaOuverte, BaseInaccessible
from gesserv_bureau.stockage.fichiers_prives import creer_dossier, ouvrir_fichier
from gesserv_bureau.referentiel import messages_systeme

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
    """Le nom de l'ordinateur, sans importer socket (de 5 à 10 ms au démarrage, mesurés)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


def chemin_verrou(base: Path) -> Path:
    """À côté du fichier réel : un lien symbolique vers la base mène au même verrou."""
    reel = Path(os.path.realpath(base))
    return reel.with_name(reel.name + ".verrou")


def dossier_identites() -> Path:
    """Les verrous par identité du fichier (les liens physiques), propres à l'utilisateur."""
    import platformdirs

    return Path(platformdirs.user_state_dir("gesserv-bureau", appauthor=False)) / "verrous"


def chemin_verrou_identite(base: Path) -> Path | None:
    """Le verrou de l'identité du fichier (périphérique, numéro d'inode) : deux liens physiques
    vers la même base y mènent, quel que soit leur dossier. ``None`` : fichier absent, ou
    système de fichiers sans numéros de fichier."""
    try:
        st = os.stat(base)
    except OSError:
        return None
    if not st.st_ino:
        return None
    return dossier_identites() / f"{st.st_dev:x}-{st.st_ino:x}.verrou"


class Verrou:
    """Tenu tant que la base est ouverte; relâché par le système si le programme plante.

    Deux fichiers verrouillés : « <base réelle>.verrou », à côté de la base (il arrête aussi une
    instance d'un autre compte ou d'un autre poste qui partage le dossier), et un verrou par
    identité du fichier dans le dossier d'état de l'utilisateur (il arrête une deuxième instance
    qui passerait par un lien physique). Tous deux sont créés 0600."""

    def __init__(self, base: Path):
        self.chemin = chemin_verrou(base)
        self._base = base
        self._fds: list[int] = []

    def prendre(self) -> None:
        cibles = [(self.chemin, True)]
        identite = chemin_verrou_identite(self._base)
        if identite is not None:
            cibles.append((identite, False))
        for chemin, obligatoire in cibles:
            try:
                if not obligatoire:
                    creer_dossier(chemin.parent)
                fd = ouvrir_fichier(chemin, os.O_RDWR)
            except OSError as exc:
                if not obligatoire:
                    continue   # sans dossier d'état, le verrou à côté de la base reste
                self.liberer()
                raise BaseInaccessible(self._base, messages_systeme.detail(exc)) from exc
            try:
                _verrouiller(fd)
            except OSError:
                os.close(fd)
                self.liberer()
                raise BaseDejaOuverte(self._base, _lire_proprietaire(chemin)) from None
            os.ftruncate(fd, 0)
            os.write(fd, f"{getpass.getuser()}@{_poste()} pid {os.getpid()}".encode())
            self._fds.append(fd)

    def liberer(self) -> None:
        while self._fds:
            fd = self._fds.pop()
            try:
                _liberer(fd)
            finally:
                os.close(fd)
        # Les fichiers restent en place : les effacer ouvrirait une course avec une autre instance.


def _lire_proprietaire(chemin: Path) -> str:
    try:
        return chemin.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
