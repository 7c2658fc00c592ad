"""Le témoin des écritures : ce que la base doit contenir au moins, noté à côté d'elle.

En mode WAL, une transaction validée vit d'abord dans le fichier « <base>-wal »; elle n'est
reportée dans la base elle-même qu'au point de contrôle suivant. Après un arrêt brutal, si ce
fichier a disparu (effacé, oublié en copiant la base), SQLite rouvre la base sans ces
transactions, sans rien dire. Le témoin « <base>.temoin » (0600) le fait voir.

Après chaque transaction validée, il note :
- la dernière entrée du journal des modifications (son numéro et son horodatage);
- « ecritures » et l'identité du -wal (ses deux sels, qui changent à chaque remise à zéro du
  fichier) tant que des transactions y attendent leur report; « propre » quand tout est reporté
  dans la base (point de contrôle complet, fermeture).

Le report automatique de SQLite est coupé (``wal_autocheckpoint = 0``) : l'application le fait
elle-même après une transaction, dès que le -wal dépasse ``SEUIL_REPORT``, et sait donc quand
tout est reporté. Le témoin est écrit après la validation, que ``synchronous = FULL`` a déjà mise
sur le disque : il n'est jamais en avance sur la base (au pire en retard d'une transaction après
une coupure de courant, ce qui ne fait jamais crier au loup).

À l'ouverture, avant toute écriture (:func:`verifier`) : si l'entrée notée manque au journal de
la base, ou si le témoin dit « ecritures » et que le -wal n'est plus là (ou n'est plus le même),
des transactions validées manquent. Les écritures qui ne passent pas par le journal (une
réponse tapée dans un questionnaire) sont couvertes par la seconde règle.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import NamedTuple

from gesserv_bureau.stockage.fichiers_prives import ouvrir_fichier

SEUIL_REPORT = 4 * 1024 * 1024   # comme le report automatique de SQLite (1000 pages de 4 Ko)
_ENTETE = "gesserv-bureau temoin 1"
_TAILLE = 256                    # un enregistrement de taille fixe, réécrit sur place


class Etat(NamedTuple):
    propre: bool
    sels: str                    # ceux du -wal quand « ecritures »
    journal_id: int | None
    horodatage: str


class Perte(NamedTuple):
    raison: str                  # « journal » ou « wal »
    attendu: str                 # l'horodatage de la dernière entrée notée
    present: str                 # celui de la plus récente que la base contient


def chemin_temoin(base: Path) -> Path:
    reel = Path(os.path.realpath(base))
    return reel.with_name(reel.name + ".temoin")


def chemin_wal(base: Path) -> Path:
    reel = Path(os.path.realpath(base))
    return reel.with_name(reel.name + "-wal")


def sels_du_wal(base: Path) -> str:
    """Les sels de l'en-tête du -wal (octets 16 à 23), ou "" si le fichier est absent ou vide."""
    try:
        with open(chemin_wal(base), "rb") as f:
            entete = f.read(32)
    except OSError:
        return ""
    return entete[16:24].hex() if len(entete) == 32 else ""


def derniere_entree(conn: sqlite3.Connection) -> tuple[int, str] | None:
    try:
        ligne = conn.execute("SELECT id, horodatage FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:   # pas (encore) de journal
        return None
    return (ligne[0], ligne[1]) if ligne else None


def lire(base: Path) -> Etat | None:
    try:
        texte = chemin_temoin(base).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    lignes = [l.strip() for l in texte.splitlines()]
    if len(lignes) < 4 or lignes[0] != _ENTETE:
        return None
    try:
        etat = lignes[1].split(" ", 1)[1]
        sels = lignes[2].split(" ", 1)[1] if " " in lignes[2] else ""
        _, numero, horodatage = (lignes[3].split(" ", 2) + ["", ""])[:3]
        return Etat(etat == "propre", sels, int(numero) if numero not in ("", "-") else None, horodatage)
    except (IndexError, ValueError):
        return None


def effacer(base: Path) -> None:
    """Le témoin d'une base neuve, restaurée ou mise de côté : il ne vaut plus rien."""
    chemin_temoin(base).unlink(missing_ok=True)


def verifier(base: Path) -> Perte | None:
    """Compare le témoin à ce que la base contient; à appeler avant toute écriture, le verrou
    pris. ``None`` : rien ne manque (ou pas de témoin : première ouverture, ancienne version)."""
    etat = lire(base)
    if etat is None:
        return None
    sels = sels_du_wal(base)   # avant toute connexion : une connexion crée un -wal vide
    try:
        conn = sqlite3.connect(f"file:{base}?mode=ro", uri=True, timeout=5)
        try:
            present = derniere_entree(conn)
            trouve = None
            if etat.journal_id is not None:
                trouve = conn.execute("SELECT horodatage FROM journal WHERE id = ?", [etat.journal_id]).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None   # illisible : le contrôle d'intégrité le dira
    horodatage_present = present[1] if present else ""
    if etat.journal_id is not None and (trouve is None or trouve[0] != etat.horodatage):
        return Perte("journal", etat.horodatage, horodatage_present)
    if not etat.propre and sels != etat.sels:
        return Perte("wal", etat.horodatage, horodatage_present)
    return None


class Temoin:
    """Le témoin d'une base ouverte en écriture (partagé avec ses connexions annexes)."""

    def __init__(self, base: Path):
        self.base = Path(base)
        self._fd: int | None = None
        self._verrou = threading.Lock()

    def noter(self, conn: sqlite3.Connection, propre: bool | None = None) -> None:
        """Note l'état de la base après une écriture. ``propre=None`` : propre si le -wal est vide."""
        self.ecrire(derniere_entree(conn), propre)

    def ecrire(self, entree: tuple[int, str] | None, propre: bool | None = None) -> None:
        sels = sels_du_wal(self.base)
        if propre is None:
            propre = sels == ""
        numero, horodatage = (str(entree[0]), entree[1]) if entree else ("-", "")
        texte = (f"{_ENTETE}\netat {'propre' if propre else 'ecritures'}\n"
                 f"wal {'' if propre else sels}\njournal {numero} {horodatage}\n")
        donnees = texte.encode("utf-8")[:_TAILLE].ljust(_TAILLE, b" ")
        with self._verrou:
            try:
                if self._fd is None:
                    self._fd = ouvrir_fichier(chemin_temoin(self.base), os.O_RDWR)
                os.lseek(self._fd, 0, os.SEEK_SET)
                os.write(self._fd, donnees)
            except OSError:
                pass   # un témoin manqué n'empêche pas de travailler : il ne fera que se taire

    def apres_ecriture(self, conn: sqlite3.Connection) -> None:
        """Après une transaction validée : reporte le -wal dans la base s'il a grossi, puis note."""
        propre = False
        try:
            if os.path.getsize(chemin_wal(self.base)) > SEUIL_REPORT:
                occupe, pages, reportees = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                propre = occupe == 0 and pages == reportees
        except (OSError, sqlite3.Error):
            pass
        self.noter(conn, propre)

    def fermer(self) -> None:
        with self._verrou:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
