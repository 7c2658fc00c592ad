"""Attaques « un rapport qu'un cadre signe » (issue 14, parties 4 et 5) sur les rapports 1A, 2A,
procès-verbal de séance et plan de travail, par leur ``rapport(...)`` (le PDF) :

- une réponse 1A de 4 380 caractères, ou de longues initiatives 2A, finissaient en
  ``LayoutError`` de reportlab : aucun rapport;
- l'en-tête courant tronquait le titre avec « … » (« …un service : Agri-s… »);
- le bloc d'approbation se coupait (« Préparé par » au pied d'une page, « Approuvé par » seul
  sur la suivante) ou tombait loin de la conclusion qu'il approuve;
- « Préparé par — Nom » imprimait l'auteur du dossier (le compte du système d'exploitation), et
  aucun titre : il vient désormais de qui prépare le rapport (``auteur``, ``titre_auteur``).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.rapports import rapport_1a, rapport_2a, rapport_plan, rapport_seance
from gesserv_bureau.referentiel import outil_1a, outil_2a

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")

PHRASE = "L'agent vérifie chaque pièce du dossier puis confirme l'admissibilité du producteur. "
REPONSE_4380 = PHRASE * 52 + "Fin de l'analyse."          # 4 437 caractères
COMPTE = "compte-systeme"


def pages(pdf: bytes) -> list[str]:
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")
    morceaux = [re.sub(r"\s+", " ", m.replace("\u00a0", " ")) for m in brut.split("\f")]
    return morceaux[:-1] if morceaux and not morceaux[-1].strip() else morceaux


def _evaluation_1a(analyse: str, justification: str) -> Evaluation:
    ev = Evaluation("1A", sujet="Programme de stabilisation du revenu agricole des producteurs admissibles de "
                    "toutes les provinces et de tous les territoires", exercice="2024-2025", statut="terminee",
                    auteur=COMPTE)
    ev.contenu["organisme"] = "Agriculture et Agroalimentaire Canada"
    for q in outil_1a.QUESTIONS:
        ev.contenu["reponses"][q.code] = {"reponse": "oui", "analyse": "Oui, selon le cadre du programme."}
    ev.contenu["reponses"]["q1"]["analyse"] = analyse
    ev.contenu["decision"] = "confirme"
    ev.contenu["justification"] = justification
    return ev


def _evaluation_2a() -> Evaluation:
    ev = Evaluation("2A", sujet="Agri-stabilité", exercice="2024-2025", statut="terminee", auteur=COMPTE)
    for q in outil_2a.QUESTIONS:
        ev.contenu["reponses"][q.code] = {"reponse": "oui", "initiatives": PHRASE * 8}
    ev.contenu["initiatives"] = [{"nom": f"Initiative {n}", "description": PHRASE * 70, "avantages": PHRASE * 25,
                                  "couts": PHRASE * 10, "risques": PHRASE * 25, "collaboration": PHRASE * 10}
                                 for n in range(1, 4)]
    ev.contenu["recommandation"] = "oui"
    ev.contenu["justification"] = PHRASE * 3 + "Fin de la justification."
    return ev


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_une_reponse_1a_de_4380_caracteres_donne_un_rapport(langue):
    assert len(REPONSE_4380) >= 4380
    texte = " ".join(pages(rapport_1a.rapport(_evaluation_1a(REPONSE_4380, "Justifié."), langue, auteur="Marie Tremblay")))
    assert "Fin de l'analyse." in texte and texte.count("confirme l'admissibilité du producteur") >= 50


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_de_longues_initiatives_2a_donnent_un_rapport_et_un_proces_verbal(langue):
    ev = _evaluation_2a()
    for pdf in (rapport_2a.rapport(ev, langue, auteur="Marie Tremblay"),
                rapport_seance.rapport(Seance(titre="Séance du printemps", services=[]), [ev], langue)):
        texte = " ".join(pages(pdf))
        assert texte.count("confirme l'admissibilité du producteur") >= 3 * (70 + 25 + 10 + 25 + 10)
        assert "Fin de la justification." in texte


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_aucun_point_de_suspension_l_en_tete_n_est_jamais_tronque(langue):
    for pdf in (rapport_1a.rapport(_evaluation_1a("Court.", "Justifié."), langue),
                rapport_plan.rapport(Strategie(titre="Stratégie de gestion des services du ministère de l'Agriculture "
                                                     "et de l'Agroalimentaire 2025-2028", exercice="2025-2026"), langue)):
        assert "…" not in " ".join(pages(pdf))


@pytest.mark.parametrize("justification", [PHRASE * 2 + "Fin de la justification.",
                                           PHRASE * 24 + "Fin de la justification."])
def test_le_bloc_d_approbation_reste_entier_avec_la_fin_de_la_conclusion(justification):
    """Quelle que soit la longueur de ce qui précède, la dernière page porte les deux signataires
    et la fin de la conclusion qu'ils approuvent."""
    for analyse in ("Court.", PHRASE * 12, PHRASE * 20, PHRASE * 28):
        derniere = pages(rapport_1a.rapport(_evaluation_1a(analyse, justification), "bilingue"))[-1]
        assert "Approbation / Approval" in derniere
        assert "Préparé par / Prepared by" in derniere and "Approuvé par / Approved by" in derniere
        assert "Fin de la justification." in derniere, (len(analyse), derniere[:200])


@pytest.mark.parametrize("langue", ["fr", "bilingue"])
def test_prepare_par_est_la_personne_qui_prepare_jamais_le_compte_du_systeme(langue):
    productions = (
        rapport_1a.rapport(_evaluation_1a("Court.", "Justifié."), langue, auteur="Marie Tremblay",
                           titre_auteur="Analyste principale"),
        rapport_2a.rapport(_evaluation_2a(), langue, auteur="Marie Tremblay", titre_auteur="Analyste principale"),
        rapport_plan.rapport(Strategie(titre="Stratégie", exercice="2025-2026", auteur=COMPTE), langue,
                             auteur="Marie Tremblay", titre_auteur="Analyste principale"),
    )
    for pdf in productions:
        approbation = " ".join(pages(pdf)).split("Approbation")[-1]
        assert "Marie Tremblay" in approbation and "Analyste principale" in approbation
        assert COMPTE not in approbation
    # sans auteur, le nom reste à remplir à la main : jamais celui du dossier
    approbation = " ".join(pages(rapport_1a.rapport(_evaluation_1a("Court.", "Justifié."), langue))).split("Approbation")[-1]
    assert COMPTE not in approbation
