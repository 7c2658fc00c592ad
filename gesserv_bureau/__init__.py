"""gesserv-bureau : la gestion des services du gouvernement du Canada, hors ligne."""

# La même que dans pyproject.toml (un test y veille). Une constante plutôt que
# importlib.metadata : 20 ms de moins au démarrage, et juste dans un paquet figé aussi.
__version__ = "0.1.0"

NOM_APPLICATION = "gesserv-bureau"
