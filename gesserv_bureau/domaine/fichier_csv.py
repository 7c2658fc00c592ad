"""Lire un fichier CSV des données ouvertes tel que les ministères le publient : avec ou sans
marque d'ordre d'octets, fins de ligne CRLF ou LF (même mêlées), sauts de ligne dans les
cellules entre guillemets, ``;`` comme séparateur et une ligne d'horodatage à la fin.

Le format (répertoire actuel, gabarit 2016-2020 de 39 ou 37 colonnes, répertoire 2016-2018 de 41
colonnes; normes de service actuelles, 2017-2018 trimestrielles, 2017-2020) se reconnaît à
l'en-tête (``referentiel.donnees_ouvertes.FORMATS``). Rien ici ne touche à la base.
"""

from __future__ import annotations

import bisect
import csv
import errno
import io
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau.referentiel import messages_import
from gesserv_bureau.referentiel.donnees_ouvertes import FORMATS
from gesserv_bureau.referentiel.messages_import import AVERTISSEMENT, ERREUR
from gesserv_bureau.referentiel import messages_systeme

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
    """Le contenu du fichier, lu par blocs (progression de 0 à 1).

    Seul un fichier ordinaire se lit : un périphérique (``/dev/zero`` ne finit jamais), un tube
    nommé (son ouverture attendrait un écrivain) ou une prise sont refusés avant toute lecture.
    La lecture s'arrête à la limite même si la taille annoncée ment (``/proc`` annonce 0)."""
    nom = chemin.name
    limite = int(LIMITE_MO * 1024 * 1024)
    drapeaux = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(chemin, drapeaux)
    except FileNotFoundError:
        raise ErreurFichier("introuvable", fichier=nom) from None
    except OSError as exc:
        raise ErreurFichier("illisible", fichier=nom, detail=messages_systeme.detail(exc)) from None
    morceaux = []
    lus = 0
    try:
        with open(fd, "rb") as f:
            etat = os.fstat(fd)
            if stat.S_ISDIR(etat.st_mode):
                raise ErreurFichier("illisible", fichier=nom, detail=messages_systeme.DetailSysteme(errno.EISDIR))
            if not stat.S_ISREG(etat.st_mode):
                raise ErreurFichier("pas_un_fichier", fichier=nom)
            taille = etat.st_size
            if taille > limite:
                raise ErreurFichier("trop_volumineux", fichier=nom, taille=round(taille / 1024 / 1024),
                                    limite=LIMITE_MO)
            while bloc := f.read(min(_BLOC, limite + 1 - lus)):
                if annule and annule():
                    raise ErreurFichier("annule")
                morceaux.append(bloc)
                lus += len(bloc)
                if lus > limite:
                    raise ErreurFichier("trop_volumineux", fichier=nom, taille=round(lus / 1024 / 1024),
                                        limite=LIMITE_MO)
                if progression and taille:
                    progression(min(lus / taille, 1.0))
    except FileNotFoundError:
        raise ErreurFichier("introuvable", fichier=nom) from None
    except OSError as exc:
        raise ErreurFichier("illisible", fichier=nom, detail=messages_systeme.detail(exc)) from None
    return b"".join(morceaux)


# --- l'encodage, décidé sur pièces -----------------------------------------------------------
# (marque d'ordre d'octets, codec) : UTF-32 avant UTF-16, dont la marque commence la sienne
# (celle de l'UTF-8 se traite à part : un fichier UTF-8 peut avoir des lignes fautives)
_MARQUES = (
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
NOMS_ENCODAGES = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16-le": "UTF-16 LE",
                  "utf-16-be": "UTF-16 BE", "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE"}
_NON_DEFINIS_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
"""Les cinq octets auxquels Windows-1252 ne donne aucun caractère."""
_FAUTIF_UTF8 = re.compile("[\udc80-\udcff]")        # un octet invalide, gardé par surrogateescape
_FIN_DE_LIGNE = re.compile(r"\r\n|\r|\n")   # comme le lecteur CSV compte les lignes
TOLERANCE_UTF8 = 10
"""Un fichier UTF-8 à peu de lignes fautives (au plus 10, ou 1 % des lignes) reste lu en UTF-8,
chaque ligne fautive signalée; il n'est jamais relu en Windows-1252 pour autant."""


class _Lignes:
    """Les lignes physiques d'un texte : le numéro de ligne d'une position, et la ligne."""

    def __init__(self, texte: str):
        self.texte = texte
        self.debuts = [0, *(m.end() for m in _FIN_DE_LIGNE.finditer(texte))]

    def __len__(self) -> int:
        return len(self.debuts)

    def numero(self, position: int) -> int:
        return bisect.bisect_right(self.debuts, position)

    def autour(self, position: int) -> slice:
        """La ligne autour de la position : 40 caractères de part et d'autre, sans sa fin."""
        n = self.numero(position)
        fin = self.debuts[n] if n < len(self.debuts) else len(self.texte)
        while fin > self.debuts[n - 1] and self.texte[fin - 1] in "\r\n":
            fin -= 1
        return slice(max(self.debuts[n - 1], position - 40), min(fin, position + 40))


def _octets(liste: list[int]) -> str:
    distincts = list(dict.fromkeys(liste))
    return ", ".join(f"0x{o:02X}" for o in distincts[:5]) + (", …" if len(distincts) > 5 else "")


def _par_ligne(lignes: _Lignes, positions: list[int], octet) -> dict[int, tuple[int, list[int]]]:
    """{numéro de ligne : (première position, octets fautifs)}."""
    par_ligne: dict[int, tuple[int, list[int]]] = {}
    for position in positions:
        premiere, liste = par_ligne.setdefault(lignes.numero(position), (position, []))
        liste.append(octet(position))
    return par_ligne


def _visible(texte: str) -> str:
    """Chaque octet gardé par surrogateescape écrit ``\\xNN``."""
    return _FAUTIF_UTF8.sub(lambda m: f"\\x{ord(m[0]) - 0xDC00:02x}", texte)


def _utf16_sans_marque(octets: bytes) -> str | None:
    """``utf-16-le`` ou ``utf-16-be`` si les octets nuls tombent presque tous du même côté
    des paires (du texte surtout latin en UTF-16), sinon ``None``."""
    echantillon = octets[:4096]
    paires = len(echantillon) // 2
    if paires < 2:
        return None
    pairs = echantillon[0:paires * 2:2].count(0)
    impairs = echantillon[1:paires * 2:2].count(0)
    if impairs >= paires * 0.3 and pairs <= impairs / 10:
        return "utf-16-le"
    if pairs >= paires * 0.3 and impairs <= pairs / 10:
        return "utf-16-be"
    return None


def _decoder_unicode(octets: bytes, codec: str, nom: str) -> str:
    try:
        return octets.decode(codec)
    except UnicodeDecodeError:
        raise ErreurFichier("encodage_illisible", fichier=nom, encodage=NOMS_ENCODAGES[codec]) from None


def decoder(octets: bytes, nom: str) -> tuple[str, str, list[ProblemeImport]]:
    """(texte, encodage, problèmes) : l'encodage se décide sur pièces.

    Une marque d'ordre d'octets (UTF-8, UTF-16, UTF-32) fait foi; un fichier sans marque aux
    octets nuls rangés comme de l'UTF-16 se lit en UTF-16 (et le dit). Sinon : UTF-8 s'il est
    valide; s'il a des séquences UTF-8 valides et seulement quelques lignes fautives, UTF-8
    aussi, chaque ligne fautive étant une erreur (rien n'est importé : un octet errant ne
    réécrit jamais tout le fichier en mojibake); Windows-1252 seulement s'il n'a aucune
    séquence UTF-8 valide, ses octets non définis étant des erreurs, jamais des U+FFFD. Un
    octet fautif s'écrit ``\\xNN`` dans le texte rendu, sur une ligne en erreur."""
    marque_utf8 = octets.startswith(b"\xef\xbb\xbf")   # fait foi : jamais relu en Windows-1252
    if marque_utf8:
        octets = octets[3:]
    for marque, codec in _MARQUES if not marque_utf8 else ():
        if octets.startswith(marque):
            texte = _decoder_unicode(octets[len(marque):], codec, nom)
            if not texte.strip():
                raise ErreurFichier("vide", fichier=nom)
            return texte, codec, []
    if not octets.strip():
        raise ErreurFichier("vide", fichier=nom)
    codec = None if marque_utf8 else _utf16_sans_marque(octets)
    if codec:
        texte = _decoder_unicode(octets, codec, nom)
        return texte, codec, [ProblemeImport(1, "", "", "encodage_utf16_sans_bom", AVERTISSEMENT,
                                             {"encodage": NOMS_ENCODAGES[codec]})]
    if b"\x00" in octets[:4096]:
        raise ErreurFichier("pas_csv", fichier=nom)
    try:
        return octets.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    texte = octets.decode("utf-8", errors="surrogateescape")
    fautifs = [m.start() for m in _FAUTIF_UTF8.finditer(texte)]
    valides = len(texte) - len(texte.encode("ascii", errors="ignore")) - len(fautifs)
    lignes = _Lignes(texte) if marque_utf8 or valides else None
    par_ligne = _par_ligne(lignes, fautifs, lambda i: ord(texte[i]) - 0xDC00) if lignes else {}
    if lignes and (marque_utf8 or len(par_ligne) <= max(TOLERANCE_UTF8, len(lignes) // 100)
                   or valides >= len(fautifs)):
        problemes = [
            ProblemeImport(n, "", _visible(texte[lignes.autour(premiere)]).strip(), "octet_invalide_utf8", ERREUR,
                           {"octets": _octets(liste)})
            for n, (premiere, liste) in sorted(par_ligne.items())
        ]
        # chaque octet fautif écrit \xNN (l'aperçu le montre; la ligne, en erreur, n'est pas importée)
        return _visible(texte), "utf-8", problemes
    problemes = [ProblemeImport(1, "", "", "encodage_windows", AVERTISSEMENT)]
    non_definis = [m.start() for m in _NON_DEFINIS_CP1252.finditer(octets)]
    if non_definis:
        brut = _Lignes(octets.decode("latin-1"))   # un caractère par octet : les mêmes positions
        for n, (premiere, liste) in sorted(_par_ligne(brut, non_definis, lambda i: octets[i]).items()):
            extrait = octets[brut.autour(premiere)].decode("cp1252", errors="backslashreplace").strip()
            problemes.append(ProblemeImport(n, "", extrait, "octet_non_defini_cp1252", ERREUR,
                                            {"octets": _octets(liste)}))
    return octets.decode("cp1252", errors="backslashreplace"), "cp1252", problemes


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


def analyser_texte(texte: str, chemin: Path, encodage: str = "utf-8",
                   problemes_encodage: list[ProblemeImport] | None = None) -> Lecture:
    """Découpe le texte en enregistrements, colonne par colonne, avec les numéros de ligne.
    Une cellule neutralisée à l'écriture (``'=…``, voir :func:`neutraliser`) se relit telle
    qu'elle était."""
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
    problemes: list[ProblemeImport] = list(problemes_encodage or [])
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
        enregistrements.append((debut, {col: restaurer(val) for col, val in zip(ordre, cellules) if col}))
    return Lecture(chemin, fmt, colonnes, encodage, separateur, enregistrements, problemes)


def lire(chemin: Path | str, progression: Progression | None = None,
         annule: Callable[[], bool] | None = None) -> Lecture:
    chemin = Path(chemin)
    octets = lire_octets(chemin, progression, annule)
    texte, encodage, problemes = decoder(octets, chemin.name)
    return analyser_texte(texte, chemin, encodage, problemes)


# --- l'injection CSV -------------------------------------------------------------------------
_A_NEUTRALISER = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISEE = re.compile(r"'+[=+\-@\t\r]")
_NEGATIF = re.compile(r"-\d+([.,]\d+)?")


def neutraliser(valeur):
    """Une cellule qu'un tableur prendrait pour une formule (elle commence par ``=``, ``+``,
    ``-``, ``@``, une tabulation ou un retour chariot) prend une apostrophe devant, comme le
    recommande l'OWASP (« CSV Injection »). Seule exception : un nombre négatif tout seul
    (``-4``, ``-0.5``), où aucune formule ne peut se cacher — il reste un nombre dans le
    tableur, et une cible négative ressort octet pour octet (aucune colonne de volume n'en
    admet : l'import les refuse). Une cellule qui commençait déjà par des apostrophes suivies
    d'un de ces caractères en prend une de plus : :func:`restaurer` rend toujours la valeur
    d'origine."""
    if isinstance(valeur, str) and _A_NEUTRALISER.match(valeur) and not _NEGATIF.fullmatch(valeur):
        return "'" + valeur
    return valeur


def restaurer(valeur: str) -> str:
    """L'inverse de :func:`neutraliser`, à la lecture."""
    return valeur[1:] if _NEUTRALISEE.match(valeur) else valeur
