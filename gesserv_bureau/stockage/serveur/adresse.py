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


def emportee_de(conn) -> str | None:
    """L'adresse du serveur d'où la base SQLite ``conn`` a été emportée hors ligne (son instantané
    d'emport, ``parametre`` « hors_ligne »); None : une base ordinaire. Sans SQLAlchemy : le menu
    Fichier le demande à chaque ouverture. L'adresse est lue par SQLite (``json_extract``) : ni le
    module json avant le premier affichage, ni l'instantané entier (toutes les fiches emportées)
    relu en Python à chaque fois."""
    import sqlite3

    try:
        ligne = conn.execute("SELECT json_extract(valeur, '$.adresse') FROM parametre "
                             "WHERE cle = 'hors_ligne'").fetchone()   # mal formé : une erreur, donc None
    except sqlite3.Error:
        return None
    adresse = ligne[0] if ligne else None
    return adresse if isinstance(adresse, str) and est_serveur(adresse) else None


def sans_mot_de_passe(adresse: str) -> str:
    """L'adresse sans son mot de passe (``postgresql://marie:secret@…`` → ``postgresql://marie@…``,
    ``…?host=x&password=secret`` → ``…?host=x``, ``host=x password=secret`` → ``host=x``) : ce qui
    se garde (dans une base emportée, les préférences) et sert à se reconnecter — libpq, ou la
    saisie, fournit alors le mot de passe."""
    adresse = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", str(adresse))
    if adresse.startswith(("postgresql://", "postgres://")):
        adresse = re.sub(r"([?&])password=[^&]*(&|$)", lambda m: m.group(1) if m.group(2) else "", adresse)
        return adresse.rstrip("?&")
    return " ".join(re.sub(r"\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", "", adresse).split())
