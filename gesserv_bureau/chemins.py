"""Où vivent les données : le dossier de l'utilisateur (platformdirs), sauf indication contraire.

Ordre de priorité de la base : l'option ``--base FICHIER``, puis la variable
d'environnement ``GESSERV_BASE``, puis ``<données utilisateur>/gesserv-bureau/repertoire.sqlite``.
Les préférences suivent ``GESSERV_PREFERENCES`` ou le dossier de configuration de l'utilisateur.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APPLICATION = "gesserv-bureau"
NOM_BASE = "repertoire.sqlite"


def dossier_donnees() -> Path:
    return Path(platformdirs.user_data_dir(APPLICATION, appauthor=False, roaming=True))


def chemin_base(option: str | os.PathLike | None = None) -> Path:
    if option:
        return Path(option).expanduser().absolute()
    env = os.environ.get("GESSERV_BASE")
    if env:
        return Path(env).expanduser().absolute()
    return dossier_donnees() / NOM_BASE


def fichier_preferences() -> Path:
    env = os.environ.get("GESSERV_PREFERENCES")
    if env:
        return Path(env).expanduser().absolute()
    return Path(platformdirs.user_config_dir(APPLICATION, appauthor=False, roaming=True)) / "preferences.ini"


def dossier_ressources() -> Path:
    """``ressources/`` : à côté du paquet dans les sources, dans le paquet figé (PyInstaller)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "ressources"
    return Path(__file__).resolve().parent.parent / "ressources"


def dossier_traductions() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "traductions"
    return Path(__file__).resolve().parent.parent / "traductions"
