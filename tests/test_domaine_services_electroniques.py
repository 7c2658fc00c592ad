"""Services électroniques : pourcentage en ligne d'un service (élément 18) et proportion des
services électroniques d'un ministère (2.9.4, deux formules), puis le sommaire d'un exercice."""

from __future__ import annotations

import pytest

from gesserv_bureau.domaine.services_electroniques import (
    ProportionElectronique,
    pourcentage_en_ligne,
    proportion_electronique,
)
from gesserv_bureau.domaine.sommaire import sommaire

from outils_tests import points


@pytest.mark.parametrize(
    "lettres, attendu",
    [
        ("oooooo", 100.0),
        ("nnnnnn", 0.0),
        ("oooonn", 400 / 6),   # 4 oui sur 6 points applicables
        ("oooono", 500 / 6),   # 5 oui sur 6
        ("soooon", 80.0),      # S.O. ne compte pas : 4 oui sur 5
        ("ssnnsn", 0.0),       # 0 oui sur 3
        ("ossssn", 50.0),
        ("osssss", 100.0),
    ],
)
def test_pourcentage_en_ligne(lettres, attendu):
    assert pourcentage_en_ligne(points(lettres)) == pytest.approx(attendu)


@pytest.mark.parametrize("lettres", ["ooooo?", "??????", "ssssss"])
def test_pourcentage_inconnu(lettres):
    # Un point sans réponse, ou aucun point applicable : le pourcentage est inconnu, pas 0.
    assert pourcentage_en_ligne(points(lettres)) is None


def test_pourcentage_sans_points():
    assert pourcentage_en_ligne({}) is None


def test_proportion_deux_formules_exemple_calcule_a_la_main():
    services = [
        (points("oooooo"), False),  # A : 100 %, électronique de bout en bout
        (points("oonnss"), False),  # B : 2 oui / 4 applicables = 50 %
        (points("ooooos"), False),  # C : 100 % (le S.O. ne compte pas) : électronique
        (points("nnnnnn"), False),  # D : 0 %
        (points("nnnnnn"), True),   # E : exclu par une justification écrite
        (points("oo?ooo"), False),  # F : un point sans réponse : inconnu
        (points("ssssss"), False),  # G : aucun point applicable : inconnu
    ]
    r = proportion_electronique(services)
    assert r == ProportionElectronique(total=4, electroniques=2, somme_pourcentages=250.0, exclus=1, inconnus=2)
    # Formule 1 : services électroniques ÷ total = 2 / 4
    assert r.proportion == pytest.approx(50.0)
    # Formule 2 : (100 + 50 + 100 + 0) ÷ 4
    assert r.pourcentage_moyen == pytest.approx(62.5)


def test_exclusion_retire_du_denominateur():
    sans = proportion_electronique([(points("oooooo"), False), (points("nnnnnn"), False)])
    avec = proportion_electronique([(points("oooooo"), False), (points("nnnnnn"), True)])
    assert sans.proportion == pytest.approx(50.0)
    assert avec.proportion == pytest.approx(100.0)
    assert (avec.total, avec.exclus) == (1, 1)


def test_proportion_sans_service_retenu():
    r = proportion_electronique([(points("ssssss"), False), (points("oooooo"), True)])
    assert (r.total, r.exclus, r.inconnus) == (0, 1, 1)
    assert r.proportion is None and r.pourcentage_moyen is None
    assert proportion_electronique([]).proportion is None


def test_sommaire_compte_tout():
    lignes = [
        # (points, exclu, portée, désignations, à compléter, type)
        (points("oooooo"), False, "externe", ("prioritaire", "critique"), 0, "ressources"),
        (points("oonnss"), False, "externe", ("prioritaire",), 2, "conformite"),
        (points("nnnnnn"), True, "interne", (), 0, "rh"),
        (points("?ooooo"), False, "interne", ("essentiel",), 1, "rh"),
        (points("ssssss"), False, None, (), 5, None),
    ]
    s = sommaire(lignes)
    assert s.total == 5
    assert s.par_portee == {"externe": 2, "interne": 2, "": 1}
    assert s.par_type == {"ressources": 1, "conformite": 1, "rh": 2, "": 1}
    assert s.par_designation == {"prioritaire": 2, "critique": 1, "essentiel": 1}
    assert (s.complets, s.a_completer) == (2, 3)
    assert (s.electronique.total, s.electronique.electroniques) == (2, 1)
    assert (s.electronique.exclus, s.electronique.inconnus) == (1, 2)
    assert s.electronique.pourcentage_moyen == pytest.approx(75.0)


def test_sommaire_vide():
    s = sommaire([])
    assert (s.total, s.complets, s.a_completer) == (0, 0, 0)
    assert s.par_portee == {} and s.par_designation == {}
    assert s.electronique.proportion is None
