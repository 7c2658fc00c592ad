"""Analyser un fichier des données ouvertes avant de l'importer : le format reconnu, les
services ou les normes qu'il donne, et chaque problème, ligne par ligne.

L'import est tout ou rien : une seule erreur et rien n'est importé; les avertissements
n'empêchent rien. L'écriture elle-même est l'affaire de ``application`` et du stockage.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from gesserv_bureau.domaine import conversion_gc, fichier_csv
from gesserv_bureau.domaine import exercice as exercices_
from gesserv_bureau.domaine.fichier_csv import Lecture, ProblemeImport
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.referentiel.donnees_ouvertes import FORMATS_NORMES
from gesserv_bureau.referentiel.messages_import import AVERTISSEMENT, ERREUR

NOMS_FORMATS = {
    "actuel": ("Répertoire des services, format actuel (46 colonnes)",
               "Service inventory, current format (46 columns)"),
    "2016": ("Répertoire des services, gabarit 2016-2020 (39 colonnes)",
             "Service inventory, 2016–2020 template (39 columns)"),
    "2016_37": ("Répertoire des services, gabarit 2016-2020 (37 colonnes)",
                "Service inventory, 2016–2020 template (37 columns)"),
    "2016_2018": ("Répertoire des services 2016-2018 (41 colonnes, numéros par ministère)",
                  "Service inventory 2016–2018 (41 columns, IDs per department)"),
    "normes": ("Normes de service (24 colonnes)", "Service standards (24 columns)"),
    "normes_2017_2018": ("Normes de service 2017-2018, résultats trimestriels (24 colonnes)",
                         "Service standards 2017–2018, quarterly results (24 columns)"),
    "normes_2017_2020": ("Normes de service 2017-2020 (25 colonnes)",
                         "Service standards 2017–2020 (25 columns)"),
}

VERSION_CONVERSION = "1"
"""Entre dans l'empreinte de chaque ligne : à changer quand une règle de conversion change,
pour que le réimport reconvertisse les lignes déjà importées."""


def empreinte(fmt: str, colonnes: tuple[str, ...], valeurs: dict[str, str]) -> str:
    """L'empreinte d'une ligne du fichier (son format, ses valeurs dans l'ordre du format)."""
    texte = "\x1f".join((VERSION_CONVERSION, fmt, *(valeurs.get(c, "") for c in colonnes)))
    return hashlib.blake2b(texte.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


SEUIL_ENCODAGE = 3
"""Au-delà de ce nombre de services dont le nom ne changerait que par l'encodage des
caractères, l'import demande confirmation : le fichier est sans doute mal encodé."""


@dataclass(frozen=True)
class ChangementEncodage:
    """Un nom que le réimport changerait seulement par l'encodage (``Bibliothèque`` →
    ``BibliothÃ¨que``)."""

    ligne: int
    exercice: str
    service_id: str
    colonne: str
    avant: str
    apres: str


@dataclass
class Analyse:
    lecture: Lecture
    services: list[tuple[int, Service]] = field(default_factory=list)
    normes: list[tuple[int, NormeService]] = field(default_factory=list)
    problemes: list[ProblemeImport] = field(default_factory=list)
    changements_encodage: list[ChangementEncodage] = field(default_factory=list)
    empreintes: dict[int, str] = field(default_factory=dict)   # ligne -> empreinte (services)
    inchanges: list[tuple[int, str]] = field(default_factory=list)
    """(ligne, exercice) des lignes identiques à celles dont un service inchangé depuis a été
    importé : ni reconverties, ni réécrites."""

    @property
    def confirmation_encodage(self) -> bool:
        """Vrai si plus de :data:`SEUIL_ENCODAGE` services changeraient de nom seulement par
        l'encodage : l'import attend alors une confirmation explicite."""
        return len({c.ligne for c in self.changements_encodage}) > SEUIL_ENCODAGE

    @property
    def format(self) -> str:
        return self.lecture.format

    @property
    def normes_de_service(self) -> bool:
        """Vrai pour un fichier des normes de service (de n'importe quelle époque)."""
        return self.format in FORMATS_NORMES

    @property
    def nombre_objets(self) -> int:
        """Les services (ou normes) que le fichier donne, inchangés compris."""
        return (len(self.normes) if self.normes_de_service else len(self.services)) + len(self.inchanges)

    def nom_format(self, langue: str) -> str:
        fr, en = NOMS_FORMATS[self.format]
        return en if langue == "en" else fr

    @property
    def erreurs(self) -> list[ProblemeImport]:
        return [p for p in self.problemes if p.gravite == ERREUR]

    @property
    def avertissements(self) -> list[ProblemeImport]:
        return [p for p in self.problemes if p.gravite == AVERTISSEMENT]

    @property
    def importable(self) -> bool:
        return not self.erreurs

    @property
    def nombre_lignes(self) -> int:
        return len(self.lecture.enregistrements) + sum(
            1 for p in self.problemes if p.code in ("ligne_tronquee", "colonnes_en_trop"))

    def exercices(self) -> list[str]:
        objets = [s for _, s in self.services] + [n for _, n in self.normes]
        return sorted({o.exercice for o in objets} | {ex for _, ex in self.inchanges})

    def apercu(self, nombre: int = 50) -> tuple[tuple[str, ...], list[tuple[int, list[str]]]]:
        """Les colonnes et les premières lignes telles que le fichier les donne."""
        colonnes = self.lecture.colonnes
        lignes = [(n, [valeurs.get(c, "") for c in colonnes]) for n, valeurs in self.lecture.enregistrements[:nombre]]
        return colonnes, lignes


def analyser(chemin: Path | str, progression: Callable[[float], None] | None = None,
             annule: Callable[[], bool] | None = None, connues: set[str] | frozenset[str] = frozenset()) -> Analyse:
    """Lit et convertit le fichier; lève :class:`fichier_csv.ErreurFichier` pour un fichier
    refusé en entier. ``progression`` reçoit une fraction de 0 à 1. ``connues`` : les empreintes
    des lignes déjà importées dont le service n'a pas changé depuis (``DepotServices.
    empreintes_inchangees``) : ces lignes-là ne sont pas reconverties (comparer, pas réécrire)."""
    def etape(debut: float, fin: float):
        return (lambda f: progression(debut + (fin - debut) * f)) if progression else None

    lecture = fichier_csv.lire(chemin, etape(0.0, 0.3), annule)
    analyse = Analyse(lecture, problemes=list(lecture.problemes))
    total = len(lecture.enregistrements) or 1
    avancer = etape(0.3, 1.0)
    normes = analyse.normes_de_service
    fmt, colonnes = lecture.format, lecture.colonnes
    for i, (numero, valeurs) in enumerate(lecture.enregistrements):
        if normes:
            objet, problemes = conversion_gc.norme_depuis_ligne(numero, valeurs, fmt)
        else:
            cle = empreinte(fmt, colonnes, valeurs)
            if cle in connues:
                analyse.inchanges.append((numero, _exercice(valeurs.get("fiscal_yr", ""))))
                continue
            analyse.empreintes[numero] = cle
            objet, problemes = conversion_gc.service_depuis_ligne(numero, valeurs, fmt)
        analyse.problemes.extend(problemes)
        if objet is not None:
            (analyse.normes if normes else analyse.services).append((numero, objet))
        if i % 2000 == 0:
            if annule and annule():
                raise fichier_csv.ErreurFichier("annule")
            if avancer:
                avancer(i / total)
    _signaler_doubles(analyse)
    analyse.problemes.sort(key=lambda p: (p.ligne, p.gravite != ERREUR))
    if progression:
        progression(1.0)
    return analyse


@lru_cache(maxsize=64)
def _exercice(brut: str) -> str:
    """L'exercice d'une ligne inchangée (déjà importée : il est valide)."""
    return exercices_.normaliser(brut.strip())


def _signaler_doubles(analyse: Analyse) -> None:
    if analyse.normes_de_service:
        vus = Counter((n.exercice, n.service_id, n.norme_id) for _, n in analyse.normes)
        for numero, n in analyse.normes:
            if vus[(n.exercice, n.service_id, n.norme_id)] > 1:
                analyse.problemes.append(ProblemeImport(numero, "service_standard_id", n.norme_id,
                                                        "norme_double", AVERTISSEMENT))
        return
    vus = Counter((s.exercice, s.service_id) for _, s in analyse.services)
    for numero, s in analyse.services:
        if vus[(s.exercice, s.service_id)] > 1:
            analyse.problemes.append(ProblemeImport(numero, "service_id", s.service_id, "double_fichier",
                                                    AVERTISSEMENT, {"exercice": s.exercice}))


# --- des noms changés seulement par l'encodage ----------------------------------------------
def _octet_tel_quel(exc: UnicodeDecodeError):
    """Un octet que Windows-1252 ne définit pas, gardé tel quel (U+0081…), comme bien des outils."""
    return "".join(chr(o) for o in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("gesserv_octet_tel_quel", _octet_tel_quel)

_MOJIBAKE = re.compile("[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€|\ufffd")


def _relus(texte: str) -> set[str]:
    """Le texte UTF-8 relu par erreur en Windows-1252 ou en Latin-1, comme le font les outils."""
    octets = texte.encode("utf-8")
    return {octets.decode("cp1252", errors="replace"), octets.decode("cp1252", errors="gesserv_octet_tel_quel"),
            octets.decode("latin-1")}


def _squelette(texte: str) -> str:
    return re.sub(r"[^\x00-\x7f]+", "\x00", texte)


def change_par_l_encodage(avant: str, apres: str) -> bool:
    """Vrai si ``apres`` ne diffère d'``avant`` que par l'encodage des caractères : l'un est
    l'autre relu dans le mauvais encodage (une ou deux fois), des caractères sont devenus U+FFFD,
    ou les mêmes lettres ASCII encadrent des séquences de mojibake typiques (``Ã¨``, ``â€™``)."""
    if not avant or not apres or avant == apres:
        return False
    for a, b in ((avant, apres), (apres, avant)):
        relus = _relus(a)
        if b in relus or any(b in _relus(r) for r in relus):
            return True
    if "\ufffd" in apres and "\ufffd" not in avant:
        motif = ".{1,3}".join(re.escape(morceau) for morceau in re.split("\ufffd+", apres))
        if re.fullmatch(motif, avant, re.DOTALL):
            return True
    marques = (bool(_MOJIBAKE.search(avant)), bool(_MOJIBAKE.search(apres)))
    return marques[0] != marques[1] and _squelette(avant) == _squelette(apres)


_NOMS = (("service_name_fr", 0), ("service_name_en", 1))


def signaler_changements_encodage(analyse: Analyse, existants: dict[tuple[str, str], list[tuple[str, str]]]) -> None:
    """Relève les noms que le réimport changerait seulement par l'encodage. ``existants`` :
    pour chaque (exercice, numéro d'ID), les (nom français, nom anglais) des services déjà
    dans la base, dans l'ordre où l'import les retrouve (le n-ième service d'un numéro pour
    sa n-ième ligne)."""
    rangs: Counter = Counter()
    for numero, service in analyse.services:
        cle = (service.exercice, service.service_id)
        rang = rangs[cle]
        rangs[cle] += 1
        anciens = existants.get(cle, [])
        if rang >= len(anciens):
            continue
        for colonne, i in _NOMS:
            avant, apres = anciens[rang][i], (service.nom_fr, service.nom_en)[i]
            if change_par_l_encodage(avant, apres):
                analyse.changements_encodage.append(
                    ChangementEncodage(numero, service.exercice, service.service_id, colonne, avant, apres))
                analyse.problemes.append(ProblemeImport(numero, colonne, apres, "changement_encodage",
                                                        AVERTISSEMENT, {"avant": avant}))


ENTETES_RAPPORT = {
    "fr": ("Ligne", "Colonne", "Valeur", "Gravité", "Problème"),
    "en": ("Row", "Column", "Value", "Severity", "Problem"),
}
GRAVITES = {ERREUR: ("Erreur", "Error"), AVERTISSEMENT: ("Avertissement", "Warning")}


def rapport_csv(problemes: list[ProblemeImport], langue: str) -> str:
    """Le rapport ligne par ligne, en CSV (UTF-8 avec BOM à l'écriture, pour Excel); les
    valeurs venues du fichier y sont neutralisées contre l'injection CSV."""
    sortie = io.StringIO()
    ecrivain = csv.writer(sortie, lineterminator="\r\n")
    ecrivain.writerow(ENTETES_RAPPORT["en" if langue == "en" else "fr"])
    for p in problemes:
        fr, en = GRAVITES[p.gravite]
        cellules = [p.ligne, p.colonne, p.valeur, en if langue == "en" else fr, p.texte(langue)]
        ecrivain.writerow([fichier_csv.neutraliser(c) for c in cellules])
    return sortie.getvalue()
