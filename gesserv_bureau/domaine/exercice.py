"""Exercices financiers du gouvernement du Canada (1er avril au 31 mars), notés « 2024-2025 »."""

from __future__ import annotations

import datetime as dt
import re

_MOTIF = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{2}|\d{4})\s*$")


class ExerciceInvalide(ValueError):
    """Le texte n'est pas un exercice « AAAA-AAAA » aux années consécutives."""


def normaliser(texte: str) -> str:
    """« 2024-25 », « 2024/2025 » ou « 2024-2025 » donnent « 2024-2025 »."""
    m = _MOTIF.match(texte or "")
    if not m:
        raise ExerciceInvalide(texte)
    debut = int(m.group(1))
    fin_txt = m.group(2)
    fin = int(fin_txt) if len(fin_txt) == 4 else (debut // 100) * 100 + int(fin_txt)
    if fin_txt and len(fin_txt) == 2 and fin < debut:
        fin += 100
    if fin != debut + 1:
        raise ExerciceInvalide(texte)
    return f"{debut}-{fin}"


def suivant(exercice: str) -> str:
    debut = int(normaliser(exercice)[:4])
    return f"{debut + 1}-{debut + 2}"


def precedent(exercice: str) -> str:
    debut = int(normaliser(exercice)[:4])
    return f"{debut - 1}-{debut}"


def courant(aujourd_hui: dt.date | None = None) -> str:
    jour = aujourd_hui or dt.date.today()
    debut = jour.year if jour.month >= 4 else jour.year - 1
    return f"{debut}-{debut + 1}"
