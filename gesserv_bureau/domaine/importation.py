"""Analyser un fichier des données ouvertes avant de l'importer : le format reconnu, les
services ou les normes qu'il donne, et chaque problème, ligne par ligne.

L'import est tout ou rien : une seule erreur et rien n'est importé; les avertissements
n'empêchent rien. L'écriture elle-même est l'affaire de ``application`` et du stockage.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau.domaine import conversion_gc, fichier_csv
from gesserv_bureau.domaine.fichier_csv import Lecture, ProblemeImport
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.referentiel.messages_import import AVERTISSEMENT, ERREUR

NOMS_FORMATS = {
    "actuel": ("Répertoire des services, format actuel (46 colonnes)",
               "Service inventory, current format (46 columns)"),
    "2016": ("Répertoire des services, gabarit 2016-2020 (39 colonnes)",
             "Service inventory, 2016–2020 template (39 columns)"),
    "2016_37": ("Répertoire des services, gabarit 2016-2020 (37 colonnes)",
                "Service inventory, 2016–2020 template (37 columns)"),
    "normes": ("Normes de service (24 colonnes)", "Service standards (24 columns)"),
}


@dataclass
class Analyse:
    lecture: Lecture
    services: list[tuple[int, Service]] = field(default_factory=list)
    normes: list[tuple[int, NormeService]] = field(default_factory=list)
    problemes: list[ProblemeImport] = field(default_factory=list)

    @property
    def format(self) -> str:
        return self.lecture.format

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
        return sorted({o.exercice for o in objets})

    def apercu(self, nombre: int = 50) -> tuple[tuple[str, ...], list[tuple[int, list[str]]]]:
        """Les colonnes et les premières lignes telles que le fichier les donne."""
        colonnes = self.lecture.colonnes
        lignes = [(n, [valeurs.get(c, "") for c in colonnes]) for n, valeurs in self.lecture.enregistrements[:nombre]]
        return colonnes, lignes


def analyser(chemin: Path | str, progression: Callable[[float], None] | None = None,
             annule: Callable[[], bool] | None = None) -> Analyse:
    """Lit et convertit le fichier; lève :class:`fichier_csv.ErreurFichier` pour un fichier
    refusé en entier. ``progression`` reçoit une fraction de 0 à 1."""
    def etape(debut: float, fin: float):
        return (lambda f: progression(debut + (fin - debut) * f)) if progression else None

    lecture = fichier_csv.lire(chemin, etape(0.0, 0.3), annule)
    analyse = Analyse(lecture, problemes=list(lecture.problemes))
    total = len(lecture.enregistrements) or 1
    avancer = etape(0.3, 1.0)
    normes = lecture.format == "normes"
    for i, (numero, valeurs) in enumerate(lecture.enregistrements):
        if normes:
            objet, problemes = conversion_gc.norme_depuis_ligne(numero, valeurs)
        else:
            objet, problemes = conversion_gc.service_depuis_ligne(numero, valeurs, lecture.format)
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


def _signaler_doubles(analyse: Analyse) -> None:
    if analyse.format == "normes":
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


ENTETES_RAPPORT = {
    "fr": ("Ligne", "Colonne", "Valeur", "Gravité", "Problème"),
    "en": ("Row", "Column", "Value", "Severity", "Problem"),
}
GRAVITES = {ERREUR: ("Erreur", "Error"), AVERTISSEMENT: ("Avertissement", "Warning")}


def rapport_csv(problemes: list[ProblemeImport], langue: str) -> str:
    """Le rapport ligne par ligne, en CSV (UTF-8 avec BOM à l'écriture, pour Excel)."""
    sortie = io.StringIO()
    ecrivain = csv.writer(sortie, lineterminator="\r\n")
    ecrivain.writerow(ENTETES_RAPPORT["en" if langue == "en" else "fr"])
    for p in problemes:
        fr, en = GRAVITES[p.gravite]
        ecrivain.writerow([p.ligne, p.colonne, p.valeur, en if langue == "en" else fr, p.texte(langue)])
    return sortie.getvalue()
