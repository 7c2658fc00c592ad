"""La grappe PostgreSQL jetable des essais du mode ministère : celle d'``outils/postgresql_local.py``
(initdb dans un dossier temporaire, sous un utilisateur sans privilège en root, sur une prise Unix,
authentification ``trust`` : les essais éprouvent les droits, pas les mots de passe)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "outils"))
from postgresql_local import SUPERUTILISATEUR, Grappe, demarrer, raison_absence  # noqa: E402,F401
