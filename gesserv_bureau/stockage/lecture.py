"""Une connexion en lecture seule, pour lire la base hors du fil de l'interface (chargement
de 20 000 lignes, sommaire) pendant que la connexion principale continue d'écrire (WAL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class BaseLecture:
    lecture_seule = True

    def __init__(self, chemin: Path):
        self.chemin = Path(chemin)
        self.conn = sqlite3.connect(f"file:{self.chemin}?mode=ro", uri=True, timeout=5)

    def fermer(self) -> None:
        self.conn.close()

    def __enter__(self) -> "BaseLecture":
        return self

    def __exit__(self, *exc) -> None:
        self.fermer()
