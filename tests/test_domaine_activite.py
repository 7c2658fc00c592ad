"""Annexe 1A : une activité est-elle un service?"""

from __future__ import annotations

import pytest

from gesserv_bureau.domaine.activite import EvaluationActivite, Reponse1A, conclusion
from gesserv_bureau.referentiel.exemples_1a import EXEMPLES_1A
from gesserv_bureau.referentiel.outil_1a import QUESTIONS

CODES = [q.code for q in QUESTIONS]


def reponses(*valeurs):
    return {code: Reponse1A(v) for code, v in zip(CODES, valeurs)}


def test_nouvelle_evaluation_a_huit_questions_sans_reponse():
    ev = EvaluationActivite("Activité")
    assert list(ev.reponses) == CODES
    assert all(r.reponse is None and r.analyse == "" for r in ev.reponses.values())
    assert conclusion(ev.reponses) is None


def test_huit_oui_c_est_un_service():
    assert conclusion(reponses(*["oui"] * 8)) == "service"


@pytest.mark.parametrize("position", range(8))
def test_un_seul_non_suffit(position):
    valeurs = ["oui"] * 8
    valeurs[position] = "non"
    assert conclusion(reponses(*valeurs)) == "pas_un_service"


def test_non_tranche_meme_avec_des_questions_sans_reponse():
    assert conclusion(reponses("non")) == "pas_un_service"
    assert conclusion(reponses(None, None, None, "non", None, None, None, None)) == "pas_un_service"


@pytest.mark.parametrize(
    "valeurs",
    [["oui"] * 7, ["oui"] * 7 + [None], [None] + ["oui"] * 7, []],
)
def test_incomplete_sans_non_pas_de_conclusion(valeurs):
    assert conclusion(reponses(*valeurs)) is None


def test_les_trois_exemples_de_l_annexe_1a():
    attendu = ["service", "service", "pas_un_service"]
    for exemple, voulu in zip(EXEMPLES_1A, attendu):
        ev = EvaluationActivite(exemple["nom"])
        for code, (reponse, analyse) in exemple["reponses"].items():
            ev.reponses[code] = Reponse1A(reponse, analyse)
        assert conclusion(ev.reponses) == voulu, exemple["nom"]
