"""Outils partagés des tests des couches sans Qt (référentiel, domaine, stockage, CLI).

Aucun import de Qt ici : les tests du domaine et du stockage doivent pouvoir s'en passer.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from gesserv_bureau.domaine.service import Service, Volume

RACINE = Path(__file__).resolve().parent.parent
DONNEES = Path(__file__).resolve().parent / "donnees"
# La semence française de la ligne directrice (2017) : la source est dans shared/, à côté du projet
# (le dossier parent de la racine du projet); le dépôt en garde une copie (tests/semence/), pour
# qu'un clone seul, sans shared/ (la CI), compare quand même chaque texte — jamais un test sauté.
# Quand la source est là, c'est elle qui sert, et la copie doit lui être identique (un test le dit).
SEED_SOURCE = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_b6ba08a68fd69817.txt"
SEED_COPIE = Path(__file__).resolve().parent / "semence" / "000_b6ba08a68fd69817.txt"
SEED = SEED_SOURCE if SEED_SOURCE.exists() else SEED_COPIE
# le dictionnaire des données ouvertes, de même : la source dans shared/donnees/, sinon la copie
DICTIONNAIRE_SOURCE = Path(__file__).resolve().parents[1].parent / "shared" / "donnees" / "service_data_dict.json"
DICTIONNAIRE_COPIE = Path(__file__).resolve().parent / "semence" / "service_data_dict.json"
DICTIONNAIRE = DICTIONNAIRE_SOURCE if DICTIONNAIRE_SOURCE.exists() else DICTIONNAIRE_COPIE

EXERCICE = "2024-2025"


def points(texte: str) -> dict[str, str | None]:
    """Six lettres dans l'ordre des points d'interaction : o = oui, n = non, s = S.O., ? = sans réponse."""
    from gesserv_bureau.referentiel.codes import POINTS_INTERACTION

    valeurs = {"o": "oui", "n": "non", "s": "so", "?": None}
    assert len(texte) == 6
    return dict(zip(POINTS_INTERACTION.codes(), (valeurs[c] for c in texte)))


def service_complet(exercice: str = EXERCICE, **changements) -> Service:
    """Un service dont les 18 éléments sont remplis sans aucun problème de validation."""
    service = Service(
        exercice,
        service_id="TST-001",
        nom_fr="Délivrance des permis de pêche",
        nom_en="Fishing licence issuance",
        type_service="conformite",
        designations=["prioritaire", "essentiel"],
        description_fr="Délivrer les permis de pêche commerciale aux pêcheurs admissibles.",
        description_en="Issues commercial fishing licences to eligible harvesters.",
        secteur_responsabilite="Gestion des pêches",
        instruments_habilitants="Loi sur les pêches",
        programme_nom_fr="Pêches",
        programme_nom_en="Fisheries",
        programme_id="P-4.2",
        portee="externe",
        proprietaire="Pêches et Océans Canada",
        ententes="non",
        groupes_clients=["particuliers", "entreprises"],
        volumes={
            "en_ligne": Volume("donnees", 1200, 1100),
            "en_personne": Volume("donnees", 300, 290),
            "telephone": Volume("non_disponible"),
            "poste": Volume("sans_objet"),
        },
        frais="oui",
        normes_service="oui",
        cibles_rendement="non",
        points_interaction=points("oooons"),
        justifications_so={"retroaction": "Les plaintes se règlent par l'agent des pêches, sur place."},
    )
    return service.copie(**changements) if changements else service


def sha256(chemin: Path) -> str:
    return hashlib.sha256(Path(chemin).read_bytes()).hexdigest()


def compter(chemin: Path, table: str) -> int:
    """Compte les lignes d'une table par une connexion indépendante, en lecture seule."""
    conn = sqlite3.connect(f"file:{chemin}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def user_version(chemin: Path) -> int:
    """``PRAGMA user_version`` lu dans l'en-tête du fichier (octets 60 à 63), sans l'ouvrir avec
    SQLite : ouvrir une base WAL, même en lecture seule, crée des fichiers -wal et -shm à côté."""
    with open(chemin, "rb") as f:
        entete = f.read(100)
    assert entete[:16] == b"SQLite format 3\x00", f"{chemin} n'est pas une base SQLite"
    return int.from_bytes(entete[60:64], "big")


def en_mode_wal(chemin: Path) -> bool:
    """Octets 18 et 19 de l'en-tête : 2 pour une base en mode WAL."""
    with open(chemin, "rb") as f:
        entete = f.read(20)
    return entete[18] == 2 and entete[19] == 2


def schema(chemin_ou_conn) -> set[tuple[str, str, str]]:
    """Les objets du schéma (type, nom, SQL normalisé), hors tables internes de SQLite."""
    conn = chemin_ou_conn
    fermer = False
    if not isinstance(conn, sqlite3.Connection):
        conn = sqlite3.connect(f"file:{chemin_ou_conn}?mode=ro", uri=True)
        fermer = True
    try:
        return {
            (t, n, " ".join((s or "").split()))
            for t, n, s in conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        if fermer:
            conn.close()


def endommager(chemin: Path) -> None:
    """Écrase le milieu d'une vraie base par des octets quelconques (en-tête intact)."""
    donnees = bytearray(Path(chemin).read_bytes())
    assert len(donnees) >= 3 * 4096, "base trop petite pour être endommagée au milieu"
    donnees[4096 * 2 : 4096 * 2 + 2048] = bytes((i * 37 + 11) % 256 for i in range(2048))
    Path(chemin).write_bytes(bytes(donnees))


def rendre_lecture_seule(chemin: Path) -> str | None:
    """Rend ``chemin`` non modifiable pour ce processus; renvoie la technique employée, ou
    ``None`` si c'est impossible ici (root sans ``chattr +i``)."""
    os.chmod(chemin, 0o444)
    if not os.access(chemin, os.W_OK):
        return "chmod"
    # root : les droits du fichier ne l'arrêtent pas. Un fichier « immuable » l'arrête.
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", str(chemin)], capture_output=True).returncode == 0:
        if not os.access(chemin, os.W_OK):
            return "chattr"
        subprocess.run([chattr, "-i", str(chemin)], capture_output=True)
    return None


def retablir_ecriture(chemin: Path) -> None:
    chattr = shutil.which("chattr")
    if chattr and Path(chemin).exists():
        subprocess.run([chattr, "-i", str(chemin)], capture_output=True)
    if Path(chemin).exists():
        os.chmod(chemin, 0o644)


def lancer_cli(capsys, *args: str) -> tuple[int, str, str]:
    """``cli.main`` dans le processus : (code de sortie, sortie, erreurs)."""
    from gesserv_bureau import cli

    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # --help, --version, erreur d'argument
        code = exc.code
    sortie, erreurs = capsys.readouterr()
    return code, sortie, erreurs
