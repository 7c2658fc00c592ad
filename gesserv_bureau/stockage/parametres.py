"""La table ``parametre`` : des valeurs nommées de la base (une clé, un texte) — les réglages du
ministère, et ce que le mode ministère garde dans une copie (l'instantané d'emport, les envois en
direct, l'intention d'un envoi, les clés réservées). Lues et écrites ici, d'une seule façon."""

from __future__ import annotations


def lire(conn, cle: str) -> str | None:
    """La valeur ``cle``; None si la base n'en a pas."""
    ligne = conn.execute("SELECT valeur FROM parametre WHERE cle = ?", [cle]).fetchone()
    return ligne[0] if ligne else None


def ecrire(db, cle: str, valeur: str) -> None:
    """Dans la transaction ``db`` : la valeur ``cle``, créée ou remplacée."""
    db.execute("INSERT INTO parametre (cle, valeur) VALUES (?, ?) ON CONFLICT (cle) DO UPDATE SET valeur = excluded.valeur",
               [cle, valeur])


def effacer(db, cle: str) -> None:
    """Dans la transaction ``db`` : la valeur ``cle`` retirée (rien si elle n'y est pas)."""
    db.execute("DELETE FROM parametre WHERE cle = ?", [cle])
