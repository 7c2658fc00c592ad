"""gesserv-bureau : la gestion des services du gouvernement du Canada, hors ligne."""

# La même que dans pyproject.toml (un test y veille). Une constante plutôt que
# importlib.metadata : de 28 à 45 ms de moins au démarrage (mesurés), et juste dans un paquet
# figé aussi.
__version__ = "0.1.0"

NOM_APPLICATION = "gesserv-bureau"
