"""gesserv-bureau : la gestion des services du gouvernement du Canada, hors ligne."""

from importlib import metadata

try:
    __version__ = metadata.version("gesserv-bureau")
except metadata.PackageNotFoundError:  # exécuté depuis les sources ou un paquet figé
    __version__ = "0.1.0"

NOM_APPLICATION = "gesserv-bureau"
