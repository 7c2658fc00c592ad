"""Verser la base SQLite d'un poste dans la base ministérielle, tout ou rien.

Toutes les tables, dans l'ordre de leurs clés étrangères, dans une seule transaction : une valeur
que le serveur refuse (un texte dans une colonne de nombres, un caractère nul, une contrainte)
annule tout le versement, et le message dit la table. Le serveur doit être vide de services,
d'évaluations et de stratégies (un second versement les doublerait). Les révisions des fiches
versées partent de 1; le journal du poste est versé tel quel, et une entrée dit le versement.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import BigInteger, Engine, Float, Text, insert, text

from gesserv_bureau.stockage import tables
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.journal import maintenant
from gesserv_bureau.stockage.serveur.connexion import DonneeRefusee, ServeurNonVide, erreurs_dites, traduire
from gesserv_bureau.stockage.serveur.installation import exiger_schema

LOT = 2000   # lignes par INSERT (SQLAlchemy en fait des VALUES multiples)
_VERIFIEES = ("service", "evaluation", "seance", "strategie")


def lignes_sqlite(base: Base, table: str, ou: tuple[str, list] | None = None) -> list[dict]:
    """Les lignes de ``table`` (``ou`` : celles dont la colonne ``ou[0]`` est dans ``ou[1]``)."""
    colonnes = tables.metadata.tables[table].columns
    requete, valeurs = f'SELECT {", ".join(c.name for c in colonnes)} FROM "{table}"', []
    if ou is not None:
        requete += f' WHERE "{ou[0]}" IN ({", ".join("?" for _ in ou[1])})' if ou[1] else " WHERE 0"
        valeurs = list(ou[1])
    try:
        curseur = base.conn.execute(requete, valeurs)
        brutes = curseur.fetchall()
    except sqlite3.Error as exc:     # texte illisible (octets hors UTF-8)…
        raise DonneeRefusee("", str(exc), table=table) from exc
    textes = [i for i, c in enumerate(colonnes) if isinstance(c.type, Text)]
    reels = [i for i, c in enumerate(colonnes) if isinstance(c.type, Float)]
    entiers = [i for i, c in enumerate(colonnes) if isinstance(c.type, BigInteger)]
    noms = [c.name for c in colonnes]
    lignes = []
    for brute in brutes:
        valeurs = list(brute)
        for i in textes:   # SQLite garde ce qu'on lui donne : un nombre dans une colonne de texte reste un nombre
            if valeurs[i] is not None and not isinstance(valeurs[i], str):
                valeurs[i] = valeurs[i].decode("utf-8", "strict") if isinstance(valeurs[i], bytes) else str(valeurs[i])
        for i in reels:
            if isinstance(valeurs[i], int):
                valeurs[i] = float(valeurs[i])
        for i in entiers:   # un réel dans une colonne d'entiers : jamais arrondi en silence
            if isinstance(valeurs[i], float):
                if not valeurs[i].is_integer():
                    raise DonneeRefusee("", f"{noms[i]} = {valeurs[i]}, {noms[0]} {valeurs[0]}", table=table)
                valeurs[i] = int(valeurs[i])
        lignes.append(dict(zip(noms, valeurs)))
    return lignes


def verser(moteur: Engine, adresse: str, base: Base, fichier: Path | str = "") -> dict[str, int]:
    """Verser ``base`` (une base SQLite ouverte, à jour) dans le serveur; le nombre de lignes par
    table. Tout ou rien : à la moindre erreur, le serveur reste tel qu'il était."""
    comptes: dict[str, int] = {}
    with erreurs_dites(adresse), moteur.begin() as c:
        exiger_schema(c, adresse)
        deja = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in _VERIFIEES}
        if any(deja.values()):
            raise ServeurNonVide(adresse, **{f"n_{t}": n for t, n in deja.items()})
        # les entrées du journal et les avis, une par ligne, ne disent rien de plus que l'entrée finale
        c.execute(text("SET LOCAL gesserv.versement = 'oui'"))
        for nom in tables.ORDRE:
            lignes = lignes_sqlite(base, nom)
            comptes[nom] = len(lignes)
            for debut in range(0, len(lignes), LOT):
                try:
                    c.execute(insert(tables.metadata.tables[nom]), lignes[debut:debut + LOT])
                except Exception as exc:
                    erreur = traduire(exc, adresse)
                    if isinstance(erreur, DonneeRefusee):
                        erreur.params["table"] = nom
                        raise erreur from exc
                    raise
        for table in tables.metadata.sorted_tables:
            cles = list(table.primary_key.columns)
            if len(cles) == 1 and cles[0].autoincrement is not False and not isinstance(cles[0].type, Text):
                colonne = cles[0].name
                c.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{colonne}'), "
                               f"coalesce(max({colonne}), 0) + 1, false) FROM {table.name}"))
        c.execute(text("SET LOCAL gesserv.versement = 'non'"))
        c.execute(text("INSERT INTO journal (horodatage, utilisateur, action, entite, cle, libelle) "
                       "VALUES (:h, session_user, 'versement', 'base', :f, :l)"),
                  {"h": maintenant(), "f": str(fichier), "l": f"{comptes.get('service', 0)} services"})
    return comptes
