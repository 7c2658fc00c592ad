"""Des modules qu'un lecteur garde en tête (issue 15, point 4) : aucun module de l'application au-delà
d'environ 600 lignes, aucune classe au-delà d'environ 400. Un module qui grossit se découpe selon ses
idées avant de franchir la limite."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAQUET = Path(__file__).resolve().parent.parent / "gesserv_bureau"
MAX_MODULE, MAX_CLASSE = 620, 420
MODULES = sorted(PAQUET.rglob("*.py"))


def depassements(chemin: Path) -> list[str]:
    texte = chemin.read_text(encoding="utf-8")
    trop = []
    if (n := len(texte.splitlines())) > MAX_MODULE:
        trop.append(f"module de {n} lignes")
    for noeud in ast.walk(ast.parse(texte)):
        if isinstance(noeud, ast.ClassDef) and (n := noeud.end_lineno - noeud.lineno + 1) > MAX_CLASSE:
            trop.append(f"classe {noeud.name} de {n} lignes")
    return trop


@pytest.mark.parametrize("chemin", MODULES, ids=lambda p: str(p.relative_to(PAQUET)))
def test_module_et_classes_de_taille_lisible(chemin):
    assert depassements(chemin) == []


def test_la_mesure_voit_une_grosse_classe_et_un_gros_module(tmp_path):
    classe = tmp_path / "classe.py"
    classe.write_text("class A:\n" + "    x = 1\n" * MAX_CLASSE, encoding="utf-8")
    module = tmp_path / "module.py"
    module.write_text("x = 1\n" * (MAX_MODULE + 1), encoding="utf-8")
    assert depassements(classe) == [f"classe A de {MAX_CLASSE + 1} lignes"]
    assert depassements(module) == [f"module de {MAX_MODULE + 1} lignes"]
