"""Écrire les fichiers des rapports et des certificats : d'un coup (jamais à moitié), jamais
par-dessus un fichier existant sans qu'on l'ait demandé, et lisibles du seul propriétaire.

Le fichier est d'abord écrit à côté, sous un nom temporaire unique créé en 0600 (``mkstemp`` :
l'umask n'y change rien), puis mis à sa place : par un lien physique quand il ne faut rien
remplacer (le système refuse si le nom est déjà pris, même s'il vient de l'être), par
``os.replace`` sinon. Les dossiers que l'application crée pour une clé le sont en 0700.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

MODE_FICHIER = 0o600
MODE_DOSSIER = 0o700


def creer_dossiers(dossier: Path) -> None:
    """Crée ``dossier`` et ceux de ses parents qui manquent, chacun en 0700 (les dossiers qui
    existent déjà ne sont pas touchés)."""
    manquants = []
    courant = Path(dossier)
    while not courant.exists():
        manquants.append(courant)
        if courant.parent == courant:
            break
        courant = courant.parent
    for d in reversed(manquants):
        try:
            os.mkdir(d, MODE_DOSSIER)
        except FileExistsError:
            continue
        os.chmod(d, MODE_DOSSIER)   # mkdir applique l'umask : jamais plus large, mais on le fixe


def ecrire(chemin: str | os.PathLike, donnees: bytes, *, remplacer: bool = False,
           creer_dossier: bool = False) -> Path:
    """Écrit ``donnees`` dans ``chemin`` (0600).

    :param remplacer: remplacer un fichier existant (sinon :class:`FileExistsError`, et rien
        n'est écrit).
    :param creer_dossier: créer le dossier (et ses parents) s'il manque, en 0700.
    :raises FileExistsError: le fichier existe et ``remplacer`` est faux.
    :raises OSError: toute autre impossibilité d'écrire (rien n'est laissé derrière).
    """
    chemin = Path(chemin)
    if not remplacer and (chemin.exists() or chemin.is_symlink()):
        raise FileExistsError(17, os.strerror(17), str(chemin))
    if creer_dossier:
        creer_dossiers(chemin.parent)
    fd, nom_temporaire = tempfile.mkstemp(prefix=f".{chemin.name}.", suffix=".tmp", dir=chemin.parent)
    temporaire = Path(nom_temporaire)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(donnees)
            f.flush()
            os.fsync(f.fileno())
        if remplacer:
            os.replace(temporaire, chemin)
        else:
            _placer_sans_remplacer(temporaire, chemin)
    finally:
        temporaire.unlink(missing_ok=True)
    return chemin


def _placer_sans_remplacer(temporaire: Path, chemin: Path) -> None:
    try:
        os.link(temporaire, chemin)      # refusé par le système si le nom est pris
    except FileExistsError:
        raise
    except OSError:
        # système de fichiers sans liens physiques : la vérification faite plus haut reste
        if chemin.exists():
            raise FileExistsError(17, os.strerror(17), str(chemin)) from None
        os.replace(temporaire, chemin)
