"""Lire un fichier CSV des données ouvertes tel que les ministères le publient : avec ou sans
marque d'ordre d'octets, fins de ligne CRLF ou LF (même mêlées), sauts de ligne dans les
cellules entre guillemets, ``;`` comme séparateur et une ligne d'horodatage à la fin.

Le format (répertoire actuel, gabarit 2016-2020 de 39 ou 37 colonnes, normes de service) se
reconnaît à l'en-tête. Rien ici ne touche à la base.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau.referentiel import messages_import
from gesserv_bureau.referentiel.donnees_ouvertes import FORMATS
from gesserv_bureau.referentiel.messages_import import AVERTISSEMENT, ERREUR

LIMITE_MO = 64
"""Le plus gros fichier accepté. Le répertoire publié de tout le gouvernement tient en
quelques mégaoctets; au-delà, c'est presque sûrement le mauvais fichier."""

_BLOC = 1 << 20
_HORODATAGE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?.*)?\s*$")

Progression = Callable[[float], None]


class ErreurFichier(Exception):
    """Le fichier entier est refusé (introuvable, vide, pas un CSV, en-tête inconnue…)."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params

    def texte(self, langue: str) -> str:
        return messages_import.texte(self.code, langue, **self.params)


@dataclass(frozen=True)
class ProblemeImport:
    ligne: int          # ligne du fichier où commence l'enregistrement (l'en-tête : 1)
    colonne: str
    valeur: str
    code: str
    gravite: str = ERREUR
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def texte(self, langue: str) -> str:
        params = {c: (v.nom(langue) if hasattr(v, "nom") else v) for c, v in self.params.items()}
        return messages_import.texte(self.code, langue, valeur=self.valeur, **params)


@dataclass
class Lecture:
    chemin: Path
    format: str                      # une clé de referentiel.donnees_ouvertes.FORMATS
    colonnes: tuple[str, ...]        # les colonnes du format, dans l'ordre du format
    encodage: str
    separateur: str
    enregistrements: list[tuple[int, dict[str, str]]]  # (ligne, colonne -> valeur)
    problemes: list[ProblemeImport] = field(default_factory=list)


def lire_octets(chemin: Path, progression: Progression | None = None,
                annule: Callable[[], bool] | None = None) -> bytes:
    """Le contenu du fichier, lu par blocs (progression de 0 à 1)."""
    nom = chemin.name
    try:
        taille = os.stat(chemin).st_size
    except FileNotFoundError:
        raise ErreurFichier("introuvable", fichier=nom) from None
    except OSError as exc:
        raise ErreurFichier("illisible", fichier=nom, detail=exc.strerror or str(exc)) from None
    if taille > LIMITE_MO * 1024 * 1024:
        raise ErreurFichier("trop_volumineux", fichier=nom, taille=round(taille / 1024 / 1024),
                            limite=LIMITE_MO)
    morceaux = []
    lus = 0
    try:
        with open(chemin, "rb") as f:
            while bloc := f.read(_BLOC):
                if annule and annule():
                    raise ErreurFichier("annule")
                morceaux.append(bloc)
                lus += len(bloc)
                if progression and taille:
                    progression(min(lus / taille, 1.0))
    except FileNotFoundError:
        raise ErreurFichier("introuvable", fichier=nom) from None
    except OSError as exc:
        raise ErreurFichier("illisible", fichier=nom, detail=exc.strerror or str(exc)) from None
    return b"".join(morceaux)


def _decoder(octets: bytes, nom: str) -> tuple[str, str]:
    if not octets.strip():
        raise ErreurFichier("vide", fichier=nom)
    if b"\x00" in octets[:4096]:
        raise ErreurFichier("pas_csv", fichier=nom)
    try:
        return octets.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return octets.decode("cp1252", errors="replace"), "cp1252"


def _separateur(premiere_ligne: str) -> str:
    return max((",", ";", "\t"), key=premiere_ligne.count)


def _nom_colonne(texte: str) -> str:
    return texte.strip().strip("\ufeff").strip().lower()


def reconnaitre_format(entete: list[str], nom: str) -> str:
    noms = [_nom_colonne(c) for c in entete]
    while noms and not noms[-1]:
        noms.pop()
    recus = set(noms)
    for fmt, colonnes in FORMATS.items():
        if recus == {c.lower() for c in colonnes} and len(noms) == len(colonnes):
            return fmt
    # le format le plus proche, pour dire ce qui cloche
    proche = min(FORMATS.values(), key=lambda cols: len(recus ^ {c.lower() for c in cols}))
    attendues = {c.lower() for c in proche}
    if not recus & attendues:
        raise ErreurFichier("aucune_colonne", fichier=nom)

    def liste(noms: list[str]) -> str:
        return ", ".join(noms[:8]) + (", …" if len(noms) > 8 else "") if noms else "—"

    inattendues = liste([c for c in noms if c not in attendues])
    manquantes = liste([c for c in proche if c.lower() not in recus])
    raise ErreurFichier("entete_inconnue", fichier=nom, inattendues=inattendues, manquantes=manquantes)


def analyser_texte(texte: str, chemin: Path, encodage: str = "utf-8") -> Lecture:
    """Découpe le texte en enregistrements, colonne par colonne, avec les numéros de ligne."""
    nom = chemin.name
    fin_premiere = texte.find("\n")
    premiere = texte if fin_premiere < 0 else texte[:fin_premiere]
    separateur = _separateur(premiere)
    lecteur = csv.reader(io.StringIO(texte, newline=""), delimiter=separateur)
    try:
        entete = next(lecteur)
    except StopIteration:
        raise ErreurFichier("vide", fichier=nom) from None
    except csv.Error:
        raise ErreurFichier("pas_csv", fichier=nom) from None
    fmt = reconnaitre_format(entete, nom)
    colonnes = FORMATS[fmt]
    par_nom = {c.lower(): c for c in colonnes}
    ordre = [par_nom.get(_nom_colonne(c)) for c in entete]
    n = len(colonnes)
    enregistrements: list[tuple[int, dict[str, str]]] = []
    problemes: list[ProblemeImport] = []
    if encodage != "utf-8":
        problemes.append(ProblemeImport(1, "", "", "encodage_windows", AVERTISSEMENT))
    lignes: list[tuple[int, list[str]]] = []
    precedente = lecteur.line_num
    try:
        for cellules in lecteur:
            debut = precedente + 1
            precedente = lecteur.line_num
            if not any(c.strip() for c in cellules):
                continue
            lignes.append((debut, cellules))
    except csv.Error as exc:
        problemes.append(ProblemeImport(precedente + 1, "", str(exc), "ligne_tronquee", ERREUR,
                                        {"trouvees": 0, "attendues": n}))
    # la ligne d'horodatage que certaines publications ajoutent à la fin
    if lignes:
        debut, cellules = lignes[-1]
        remplies = [c for c in cellules if c.strip()]
        if len(remplies) == 1 and _HORODATAGE.match(remplies[0]):
            lignes.pop()
            problemes.append(ProblemeImport(debut, "", remplies[0].strip(), "ligne_horodatage", AVERTISSEMENT))
    # un guillemet resté ouvert à la fin : la dernière ligne a été coupée en cours d'écriture
    coupee = texte.count('"') % 2 == 1
    for i, (debut, cellules) in enumerate(lignes):
        while len(cellules) > n and not cellules[-1].strip():
            cellules = cellules[:-1]  # séparateurs en trop en fin de ligne
        if (coupee and i == len(lignes) - 1) or len(cellules) != n:
            code = "ligne_tronquee" if coupee and i == len(lignes) - 1 or len(cellules) < n else "colonnes_en_trop"
            problemes.append(ProblemeImport(debut, "", "", code, ERREUR, {"trouvees": len(cellules), "attendues": n}))
            continue
        enregistrements.append((debut, {col: val for col, val in zip(ordre, cellules) if col}))
    return Lecture(chemin, fmt, colonnes, encodage, separateur, enregistrements, problemes)


def lire(chemin: Path | str, progression: Progression | None = None,
         annule: Callable[[], bool] | None = None) -> Lecture:
    chemin = Path(chemin)
    octets = lire_octets(chemin, progression, annule)
    texte, encodage = _decoder(octets, chemin.name)
    return analyser_texte(texte, chemin, encodage)
