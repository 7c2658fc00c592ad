"""Les formats de sortie des rapports : un seul endroit où un format s'ajoute. Chaque format a
son extension et son rendu (un :class:`~gesserv_bureau.rapports.document.Document` en octets);
PowerPoint n'est offert que pour la stratégie et sa mise à jour annuelle (2.5.5)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class Format:
    code: str
    extension: str
    nom_fr: str
    nom_en: str
    rendre: Callable
    types: tuple[str, ...] | None = None     # None : tous les types de rapports

    def nom(self, langue: str) -> str:
        return self.nom_en if langue == "en" else self.nom_fr


def _pdf(doc):
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(doc)


def _docx(doc):
    from gesserv_bureau.rapports import rendu_docx

    return rendu_docx.rendre(doc)


def _pptx(doc):
    from gesserv_bureau.rapports import rendu_pptx

    return rendu_pptx.rendre(doc)


FORMATS: dict[str, Format] = {
    "pdf": Format("pdf", ".pdf", "PDF balisé (accessible, à signer)", "Tagged PDF (accessible, for signing)", _pdf),
    "docx": Format("docx", ".docx", "Word (modifiable)", "Word (editable)", _docx),
    "pptx": Format("pptx", ".pptx", "PowerPoint (présentation)", "PowerPoint (presentation)", _pptx,
                   types=("strategie", "mise_a_jour")),
}


class FormatInconnu(ValueError):
    """L'extension du fichier demandé n'est celle d'aucun format, ou pas d'un format offert pour
    ce type de rapport. ``args`` : (extension, formats offerts)."""


def formats_pour(type_: str) -> list[Format]:
    return [f for f in FORMATS.values() if f.types is None or type_ in f.types]


def format_du_fichier(chemin: str | Path, type_: str) -> Format:
    """Le format que dit l'extension du fichier (``.pdf``, ``.docx``, ``.pptx``).

    :raises FormatInconnu: extension absente, inconnue ou pas offerte pour ce type."""
    extension = Path(chemin).suffix.lower()
    for f in formats_pour(type_):
        if f.extension == extension:
            return f
    raise FormatInconnu(extension or "(aucune)", ", ".join(f.extension for f in formats_pour(type_)))
