"""Des fichiers et des dossiers privés : la base, ses copies, son verrou et son témoin sont créés
0600, et les dossiers que l'application crée pour eux 0700, quel que soit l'umask.

Seuls les fichiers et dossiers créés ici sont touchés : un dossier ou une base qui existait déjà
garde ses droits (un dossier partagé volontairement le reste).
"""

from __future__ import annotations

import os
from pathlib import Path

MODE_FICHIER = 0o600
MODE_DOSSIER = 0o700
_POSIX = os.name != "nt"   # sous Windows, les droits suivent le profil de l'utilisateur (ACL)


def creer_dossier(dossier: Path) -> None:
    """Crée ``dossier`` et ceux de ses parents qui manquent, chacun 0700."""
    dossier = Path(dossier)
    manquants = []
    courant = dossier
    while not courant.is_dir():
        manquants.append(courant)
        if courant.parent == courant:
            break
        courant = courant.parent
    for d in reversed(manquants):
        try:
            d.mkdir(mode=MODE_DOSSIER)
        except FileExistsError:
            if d.is_dir():
                continue   # créé entre-temps par un autre
            raise
        if _POSIX:
            os.chmod(d, MODE_DOSSIER)   # l'umask a pu retirer des droits au propriétaire


def creer_fichier(fichier: Path) -> bool:
    """Crée ``fichier``, vide et 0600, s'il n'existe pas; vrai s'il vient d'être créé."""
    try:
        fd = os.open(fichier, os.O_WRONLY | os.O_CREAT | os.O_EXCL, MODE_FICHIER)
    except FileExistsError:
        return False
    try:
        if _POSIX:
            os.fchmod(fd, MODE_FICHIER)
    finally:
        os.close(fd)
    return True


def ouvrir_fichier(fichier: Path, drapeaux: int = os.O_RDWR) -> int:
    """Un descripteur sur ``fichier``, créé 0600 s'il n'existait pas."""
    try:
        fd = os.open(fichier, drapeaux | os.O_CREAT | os.O_EXCL, MODE_FICHIER)
    except FileExistsError:
        return os.open(fichier, drapeaux)
    if _POSIX:
        os.fchmod(fd, MODE_FICHIER)
    return fd


def synchroniser(chemin: Path) -> None:
    """Force sur le disque un fichier, ou le contenu d'un dossier (un renommage qu'il contient)."""
    if Path(chemin).is_dir():
        if not _POSIX:
            return   # Windows n'ouvre pas un dossier ainsi; NTFS journalise le renommage
        fd = os.open(chemin, os.O_RDONLY)
    else:
        fd = os.open(chemin, os.O_RDONLY if _POSIX else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
