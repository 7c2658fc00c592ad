"""Reconnaître l'adresse d'une base PostgreSQL (plutôt que le chemin d'un fichier SQLite), sans
rien charger : la ligne de commande le demande à chaque lancement."""

from __future__ import annotations

import re

_MOTS_CLES = re.compile(r"^\s*(host|hostaddr|port|dbname|user|service|sslmode|application_name)\s*=")


def est_serveur(adresse: str | None) -> bool:
    """``adresse`` désigne-t-elle une base PostgreSQL : une URL libpq (``postgresql://…``), des
    mots-clés (``host=… dbname=…``) ou un service (``service=…``) ?"""
    if not adresse:
        return False
    adresse = str(adresse)
    return adresse.startswith(("postgresql://", "postgres://")) or bool(_MOTS_CLES.match(adresse))


def nom_affiche(adresse: str) -> str:
    """L'adresse sans mot de passe, pour les messages (``postgresql://marie:secret@…`` → ``marie@…``)."""
    adresse = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", adresse)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", adresse)
