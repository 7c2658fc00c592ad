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
from collections.abc import Iterable, Sequence
from pathlib import Path

from gesserv_bureau.domaine.conversion_gc import exporter_norme, exporter_service
from gesserv_bureau.domaine.fichier_csv import neutraliser
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.services_electroniques import (
    a_completer_pour_calcul,
    entree,
    pourcentage_compte,
    proportion_electronique,
)
from gesserv_bureau.referentiel.codes import (
    ETATS_VOLUME,
    INTERNE_NON_INTEGRE,
    MODES,
    POINTS_INTERACTION,
    PORTEES_REPERTOIRE,
)
from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_ACTUELLES, COLONNES_NORMES


def texte_csv(colonnes: Iterable[str], lignes: Iterable[dict[str, str]]) -> str:
    sortie = io.StringIO()
    ecrivain = csv.DictWriter(sortie, fieldnames=list(colonnes), lineterminator="\r\n")
    ecrivain.writeheader()
    ecrivain.writerows({c: neutraliser(v) for c, v in ligne.items()} for ligne in lignes)
    return sortie.getvalue()


def tableau_csv(entetes: Sequence[str], rangees: Iterable[Sequence[str]]) -> bytes:
    """Un tableau tel qu'il est montré (titres, puis une ligne par rangée) en CSV UTF-8 avec BOM,
    pour Excel; une cellule qui commencerait une formule est neutralisée."""
    sortie = io.StringIO()
    ecrivain = csv.writer(sortie, lineterminator="\r\n")
    ecrivain.writerow(list(entetes))
    ecrivain.writerows([neutraliser(v) for v in rangee] for rangee in rangees)
    return sortie.getvalue().encode("utf-8-sig")


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
    "fr": ("Services", "Normes de service", "Volumes", "Exercices", "Services internes",
           "Services électroniques (2.9.4)", "Détail du calcul (2.9.4)"),
    "en": ("Services", "Service standards", "Volumes", "Fiscal years", "Internal services",
           "E-enabled services (2.9.4)", "Calculation detail (2.9.4)"),
}
_ENTETES_PROPORTION = {
    "fr": ("Exercice", "Proportion des services électroniques",
           "Pourcentage moyen de chaque service qui peut être effectué en ligne",
           "Nombre de services internes intégrés et services externes offerts par voie électronique",
           "Nombre total de services internes intégrés et services externes",
           "Exclus du calcul (justification écrite)", "À compléter (points sans réponse, comptés non en ligne)",
           "Exclusions refusées (sans justification écrite, comptés)", "Services internes (non intégrés), hors calcul"),
    "en": ("Fiscal year", "Proportion of e-enabled services",
           "Average percentage of each service that can be completed online",
           "Number of internal enterprise and external services that are e-enabled",
           "Total number of internal enterprise and external services",
           "Excluded from the calculation (written justification)",
           "To complete (unanswered points, counted as not online)",
           "Exclusions refused (no written justification, counted)", "Internal (non-enterprise) services, not counted"),
}
_ENTETES_DETAIL = {
    "fr": ("Exercice", "Numéro d'ID", "Nom du service", "Service externe ou service interne intégré",
           "Compté dans le calcul", "Pourcentage en ligne compté", "À compléter", "Exclu du calcul",
           "Justification écrite de l'exclusion", "Points « S.O. » et leur justification écrite (1.8.1)"),
    "en": ("Fiscal year", "Service ID", "Service name", "External service or internal enterprise service",
           "Counted in the calculation", "Online percentage counted", "To complete", "Excluded from the calculation",
           "Written justification of the exclusion", "“N/A” points and their written justification (1.8.1)"),
}
_OUI_NON = {"fr": ("Oui", "Non"), "en": ("Yes", "No")}
_REFUSEE = {"fr": "Refusée : justification écrite manquante", "en": "Refused: written justification missing"}
_SANS_JUSTIFICATION = {"fr": "(sans justification écrite)", "en": "(no written justification)"}


def est_interne(service: Service) -> bool:
    """Un service interne (non intégré, note de l'élément 10) : hors des données ouvertes par défaut."""
    return service.portee == INTERNE_NON_INTEGRE


def classeur_xlsx(services: list[Service], normes: list[NormeService], exercices: list[tuple[str, dict]],
                  langue: str = "fr") -> bytes:
    """Un classeur avec une feuille par table : services externes et internes intégrés (46
    colonnes, comme les données ouvertes), normes (24), volumes par mode (élément 14, avec les
    extrants), exercices (métadonnées, 2.1.5); puis les services internes (non intégrés) dans
    leur feuille distincte (note de l'élément 10, code INTERN), la proportion des services
    électroniques de chaque exercice (2.9.4, les deux formules) et le détail du calcul, service
    par service (compté ou non, à compléter, exclusion et sa justification, points « S.O. »)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    langue = "en" if langue == "en" else "fr"
    par_pk = {s.pk: s for s in services}
    classeur = Workbook()
    noms = _FEUILLES[langue]
    feuilles = [classeur.active, *(classeur.create_sheet() for _ in noms[1:])]
    for feuille, nom in zip(feuilles, noms):
        feuille.title = nom
    f_services, f_normes, f_volumes, f_exercices, f_internes, f_proportion, f_detail = feuilles
    internes = [s for s in services if est_interne(s)]

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
            ([exporter_service(s)[c] for c in COLONNES_ACTUELLES] for s in services if not est_interne(s)))
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
    # la section distincte de la note de l'élément 10 : les services internes (non intégrés), code INTERN
    remplir(f_internes, COLONNES_ACTUELLES,
            ([exporter_service(s)[c] for c in COLONNES_ACTUELLES] for s in internes))
    # 2.9.4 : les deux formules par exercice, puis ce que chaque service y apporte
    oui, non = _OUI_NON[langue]
    codes = [code for code, _meta in exercices] or sorted({s.exercice for s in services})
    lignes_proportion = []
    for code in codes:
        r = proportion_electronique(entree(s) for s in services if s.exercice == code)
        lignes_proportion.append((
            code, None if r.proportion is None else r.proportion / 100,
            None if r.pourcentage_moyen is None else r.pourcentage_moyen / 100, r.electroniques, r.total,
            len(r.exclus), len(r.a_completer), len(r.exclusions_refusees), r.internes))
    remplir(f_proportion, _ENTETES_PROPORTION[langue], lignes_proportion)
    for rang in f_proportion.iter_rows(min_row=2, min_col=2, max_col=3):
        for cellule in rang:
            cellule.number_format = "0.0%"

    def detail(s: Service) -> tuple:
        interne = est_interne(s)
        exclu = s.exclusion_justifiee and not interne
        compte = not interne and not exclu
        deux_points = "\u00a0: " if langue == "fr" else ": "
        so = "; ".join(f"{POINTS_INTERACTION.texte(c, langue)}{deux_points}{t.strip() or _SANS_JUSTIFICATION[langue]}"
                       for c, t in s.justifications_so_utiles().items())
        exclusion = (oui if exclu else _REFUSEE[langue] if s.exclu_calcul and not interne else non)
        return (s.exercice, s.service_id, s.nom(langue), PORTEES_REPERTOIRE.texte(s.portee, langue),
                oui if compte else non, pourcentage_compte(s.points_interaction) / 100 if compte else None,
                oui if compte and a_completer_pour_calcul(s.points_interaction) else non,
                exclusion, s.justification_exclusion.strip() if s.exclu_calcul else "", so)

    remplir(f_detail, _ENTETES_DETAIL[langue], (detail(s) for s in services))
    for rang in f_detail.iter_rows(min_row=2, min_col=6, max_col=6):
        for cellule in rang:
            cellule.number_format = "0.0%"
    sortie = io.BytesIO()
    classeur.save(sortie)
    return sortie.getvalue()

