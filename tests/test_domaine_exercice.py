"""Exercices financiers (1er avril au 31 mars), notés « 2024-2025 »."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from gesserv_bureau.domaine.exercice import ExerciceInvalide, courant, normaliser, suivant


@pytest.mark.parametrize(
    "texte, attendu",
    [
        ("2024-2025", "2024-2025"),
        ("2024-25", "2024-2025"),
        ("2024/2025", "2024-2025"),
        ("2024/25", "2024-2025"),
        ("2024–2025", "2024-2025"),   # tiret demi-cadratin, fréquent dans les documents
        ("  2024 - 2025 ", "2024-2025"),
        ("1999-00", "1999-2000"),     # passage de siècle avec deux chiffres
        ("2099-2100", "2099-2100"),
    ],
)
def test_normaliser(texte, attendu):
    assert normaliser(texte) == attendu


@pytest.mark.parametrize(
    "texte",
    ["", None, "2024", "2024-2026", "2024-24", "2025-2024", "2024-2", "2024-202", "24-25",
     "abcd-efgh", "2024-2025-2026", "2024 2025"],
)
def test_normaliser_refuse(texte):
    with pytest.raises(ExerciceInvalide):
        normaliser(texte)


def test_exercice_invalide_est_une_valueerror():
    with pytest.raises(ValueError):
        normaliser("2024-2030")


@pytest.mark.parametrize(
    "exercice, attendu",
    [("2024-2025", "2025-2026"), ("2024-25", "2025-2026"), ("1999-2000", "2000-2001")],
)
def test_suivant(exercice, attendu):
    assert suivant(exercice) == attendu


def test_suivant_refuse_un_exercice_invalide():
    with pytest.raises(ExerciceInvalide):
        suivant("2024-2026")


@pytest.mark.parametrize(
    "jour, attendu",
    [
        (dt.date(2025, 3, 31), "2024-2025"),   # dernier jour de l'exercice
        (dt.date(2025, 4, 1), "2025-2026"),    # premier jour du suivant
        (dt.date(2025, 1, 1), "2024-2025"),
        (dt.date(2024, 12, 31), "2024-2025"),
        (dt.date(2024, 4, 1), "2024-2025"),
    ],
)
def test_courant_limite_du_1er_avril(jour, attendu):
    assert courant(jour) == attendu


@pytest.mark.parametrize("aujourd_hui,attendu", [(dt.date(2025, 3, 31), "2024-2025"), (dt.date(2025, 4, 1), "2025-2026")])
def test_courant_sans_date_est_un_exercice_valide(monkeypatch, aujourd_hui, attendu):
    """Sans date, l'exercice du jour : « aujourd'hui » est fixé de part et d'autre du 1er avril."""
    from gesserv_bureau.domaine import exercice

    class Date(dt.date):
        @classmethod
        def today(cls):
            return aujourd_hui

    monkeypatch.setattr(exercice, "dt", SimpleNamespace(date=Date))
    code = courant()
    assert normaliser(code) == code
    assert code == attendu
