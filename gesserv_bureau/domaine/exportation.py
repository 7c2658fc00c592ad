"""Écrire le répertoire dans le format actuel des données ouvertes (46 colonnes), les normes
de service (24 colonnes) et un classeur ``.xlsx`` avec une feuille par table.

CSV : UTF-8 avec marque d'ordre d'octets (Excel reconnaît alors les accents), fins de ligne
CRLF, guillemets au besoin — ce que l'import relit à l'identique. Une cellule qui commence par
``=``, ``+``, ``-``, ``@``, une tabulation ou un retour chariot prend une apostrophe devant
(injection CSV, recommandation de l'OWASP), nombres négatifs compris : un tableur n'y voit
jamais une formule, et l'import retire l'apostrophe (``fichier_csv.neutraliser``).
Classeur : une cellule de texte est toujours du texte, jamais une formule.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from gesserv_bureau.domaine.conversion_gc import exporter_norme, exporter_service
from gesserv_bureau.domaine.fichier_csv import neutraliser
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.referentiel.codes import ETATS_VOLUME, MODES
from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_ACTUELLES, COLONNES_NORMES


def texte_csv(colonnes: Iterable[str], lignes: Iterable[dict[str, str]]) -> str:
    sortie = io.StringIO()
    ecrivain = csv.DictWriter(sortie, fieldnames=list(colonnes), lineterminator="\r\n")
    ecrivain.writeheader()
    ecrivain.writerows({c: neutraliser(v) for c, v in ligne.items()} for ligne in lignes)
    return sortie.getvalue()


def ecrire_atomique(chemin: Path, octets: bytes) -> None:
    """Écrit à côté puis remplace : un fichier existant n'est jamais laissé à moitié écrit."""
    chemin = Path(chemin)
    fd, temporaire = tempfile.mkstemp(prefix=f".{chemin.name}.", dir=chemin.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(octets)
        os.replace(temporaire, chemin)
    except BaseException:
        Path(temporaire).unlink(missing_ok=True)
        raise


def csv_services(services: Iterable[Service]) -> bytes:
    return texte_csv(COLONNES_ACTUELLES, (exporter_service(s) for s in services)).encode("utf-8-sig")


def csv_normes(normes: Iterable[NormeService], services: dict[int, Service]) -> bytes:
    lignes = (exporter_norme(n, services.get(n.service_pk)) for n in normes)
    return texte_csv(COLONNES_NORMES, lignes).encode("utf-8-sig")


_ENTETES_VOLUMES = {
    "fr": ("Exercice", "Numéro d'ID", "Nom du service", "Mode", "État", "Demandes reçues", "Extrants finaux positifs"),
    "en": ("Fiscal year", "Service ID", "Service name", "Channel", "Status", "Applications received", "Positive final outputs"),
}
_ENTETES_EXERCICES = {
    "fr": ("Exercice", "Gardien du répertoire", "Date de la dernière révision", "Édition de la ligne directrice"),
    "en": ("Fiscal year", "Inventory custodian", "Date of last revision", "Guideline edition"),
}
_FEUILLES = {
    "fr": ("Services", "Normes de service", "Volumes", "Exercices"),
    "en": ("Services", "Service standards", "Volumes", "Fiscal years"),
}


def classeur_xlsx(services: list[Service], normes: list[NormeService], exercices: list[tuple[str, dict]],
                  langue: str = "fr") -> bytes:
    """Un classeur avec une feuille par table : services (46 colonnes), normes (24),
    volumes par mode (élément 14, avec les extrants) et exercices (métadonnées, 2.1.5)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    langue = "en" if langue == "en" else "fr"
    par_pk = {s.pk: s for s in services}
    classeur = Workbook()
    noms = _FEUILLES[langue]
    feuilles = [classeur.active, *(classeur.create_sheet() for _ in noms[1:])]
    for feuille, nom in zip(feuilles, noms):
        feuille.title = nom
    f_services, f_normes, f_volumes, f_exercices = feuilles

    def remplir(feuille, entetes, lignes) -> None:
        feuille.append(list(entetes))
        for cellule in feuille[1]:
            cellule.font = Font(bold=True)
        for ligne in lignes:
            feuille.append(list(ligne))
            for cellule in feuille[feuille.max_row]:
                if isinstance(cellule.value, str) and cellule.value.startswith("="):
                    cellule.data_type = "s"  # du texte, jamais une formule
        feuille.freeze_panes = "A2"

    remplir(f_services, COLONNES_ACTUELLES,
            ([exporter_service(s)[c] for c in COLONNES_ACTUELLES] for s in services))
    remplir(f_normes, COLONNES_NORMES,
            ([exporter_norme(n, par_pk.get(n.service_pk))[c] for c in COLONNES_NORMES] for n in normes))
    remplir(f_volumes, _ENTETES_VOLUMES[langue], (
        (s.exercice, s.service_id, s.nom(langue), MODES.texte(m, langue), ETATS_VOLUME.texte(v.etat, langue),
         v.demandes, v.extrants)
        for s in services for m, v in s.volumes.items()
    ))
    remplir(f_exercices, _ENTETES_EXERCICES[langue], (
        (code, meta.get("gardien", ""), meta.get("derniere_revision", ""), meta.get("edition_referentiel", ""))
        for code, meta in exercices
    ))
    sortie = io.BytesIO()
    classeur.save(sortie)
    return sortie.getvalue()

