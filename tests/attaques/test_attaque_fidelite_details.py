"""Attaques contre les « petits » écarts à la ligne directrice (issue 13, partie 6).

- Annexe 1C : le tableau a quatre colonnes (type, description, titre de l'extrait de service
  dans le MRS GC, exemples); l'application n'en gardait que deux. L'aide du formulaire montre
  maintenant la description, puis « suite › » qui déplie les titres des extraits et les
  exemples (mot pour mot : tests/test_referentiel_semence.py).
- Annexe 2A : « Si oui, indiquez des initiatives d'amélioration de service possibles » n'est
  écrit qu'aux questions 2, 3 et 4. L'application exigeait ces initiatives après tout « oui »
  (question 1, 4a, 4b comprises) : un examen fidèle à l'annexe ne pouvait pas se terminer.
- Annexe 1A : une activité de l'ancienne table (bases d'avant la version 5), convertie par la
  migration 0005, recevait la démarche « toutes » : une évaluation arrêtée au premier « non »
  imprimait « Chacune des huit questions documentée » à côté de « Questions non posées ». La
  migration 0009 lui rend sa vraie démarche; la façade des activités (démonstration) aussi.
"""

from __future__ import annotations

import io
import json
import shutil

import pytest
from pypdf import PdfReader

from gesserv_bureau.cas import evaluer
from gesserv_bureau.cas import production_rapports
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.referentiel import outil_2a, types_details
from gesserv_bureau.referentiel.codes import TYPES_EXTERNES, TYPES_INTERNES
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from outils_tests import DONNEES, service_complet


def _plat(texte: str) -> str:
    return " ".join(texte.split())


def _texte(pdf: bytes) -> str:
    return _plat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _visible(html_: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html_)
    return _plat(document.toPlainText())


@pytest.fixture
def traduire(qtbot):
    from gesserv_bureau.langue import Traductions

    installees = []

    def installer(langue: str) -> None:
        if langue == "en":
            t = Traductions("en")
            t.installer()
            installees.append(t)

    yield installer
    for t in installees:
        t.retirer()


# --- annexe 1C : les quatre colonnes -------------------------------------------------------

def test_chaque_type_externe_a_ses_extraits_et_ses_exemples():
    for code in TYPES_EXTERNES.codes():
        for langue in ("fr", "en"):
            extraits, exemples = types_details.extraits_mrs(code, langue), types_details.exemples_1c(code, langue)
            assert extraits and exemples, (code, langue)
            assert all(e.strip() for e in (*extraits, *exemples))
        assert len(types_details.extraits_mrs(code, "fr")) == len(types_details.extraits_mrs(code, "en"))
        assert len(types_details.exemples_1c(code, "fr")) == len(types_details.exemples_1c(code, "en"))
    for code in TYPES_INTERNES.codes():   # l'annexe 1D n'a que des exemples
        assert types_details.extraits_mrs(code, "fr") == () and types_details.exemples_1c(code, "fr") == ()
    assert [c.fr for c in types_details.COLONNES_1C] == [
        "Type de service externe", "Description", "Titre de l'extrait de service dans le MRS GC", "Exemples"]


@pytest.mark.parametrize("langue", ["fr", "en"])
@pytest.mark.parametrize("code", TYPES_EXTERNES.codes())
def test_le_formulaire_montre_les_quatre_colonnes_de_l_annexe_1c(qtbot, traduire, langue, code):
    from gesserv_bureau.interface.formulaire_service import FormulaireService

    traduire(langue)
    formulaire = FormulaireService()
    qtbot.addWidget(formulaire)
    formulaire.changer_langue(langue)
    formulaire.afficher(service_complet(portee="externe", type_service=code))
    aide = formulaire.aide_type
    suite, reduire = ("suite ›", "‹ réduire") if langue == "fr" else ("more ›", "‹ less")
    titre_extraits = "Titre de l'extrait de service dans le MRS GC :" if langue == "fr" else "Service output title in the GC SRM:"
    titre_exemples = "Exemples :" if langue == "fr" else "Examples:"
    replie = _visible(aide.text())
    for puce in types_details.puces(code, langue):   # la description, entière
        assert _plat(puce) in replie
    assert replie.endswith(suite)   # le reste est à un clic, jamais coupé sans le dire
    assert titre_extraits not in replie and titre_exemples not in replie
    aide.linkActivated.emit("deplier:1c")
    deplie = _visible(aide.text())
    assert titre_extraits in deplie and titre_exemples in deplie
    extraits = deplie.split(titre_extraits, 1)[1].split(titre_exemples, 1)[0]
    assert [e.strip() for e in extraits.split("•")[1:]] == list(types_details.extraits_mrs(code, langue))
    exemples = deplie.split(titre_exemples, 1)[1].removesuffix(reduire)
    assert [e.strip() for e in exemples.split("•")[1:]] == list(types_details.exemples_1c(code, langue))
    aide.linkActivated.emit("replier:1c")
    assert _visible(aide.text()) == replie


def test_un_type_interne_garde_ses_seuls_exemples_de_l_annexe_1d(qtbot):
    from gesserv_bureau.interface.formulaire_service import FormulaireService

    formulaire = FormulaireService()
    qtbot.addWidget(formulaire)
    formulaire.changer_langue("fr")
    formulaire.afficher(service_complet(portee="interne", type_service="rh"))
    vu = _visible(formulaire.aide_type.text())
    assert vu.startswith("Annexe 1D — exemples :") and "suite ›" not in vu
    assert all(_plat(p) in vu for p in types_details.puces("rh", "fr"))


# --- annexe 2A : les initiatives, là où l'annexe les demande -------------------------------

def test_les_questions_qui_demandent_des_initiatives_sont_celles_de_l_annexe():
    assert outil_2a.SI_OUI_INITIATIVES == ("q2", "q3", "q4")
    for q in outil_2a.QUESTIONS:
        assert (q.code in outil_2a.SI_OUI_INITIATIVES) == ("Si oui, indiquez" in q.fr)


def _examen(**reponses) -> regles.Evaluation:
    ev = regles.Evaluation("2A", sujet="Permis")
    for code in outil_2a.CODES_QUESTIONS:
        ev.contenu["reponses"][code] = {"reponse": reponses.get(code, "non"), "initiatives": ""}
    ev.contenu["initiatives"] = [dict(regles.initiative_vide(), nom="Formulaire en ligne")]
    ev.contenu["recommandation"] = "oui"
    return ev


def test_un_oui_a_la_question_1_ou_a_4a_4b_n_exige_pas_d_initiatives_possibles():
    assert regles.manques(_examen(q1="oui", q4a="oui", q4b="oui")) == []
    for code in ("q2", "q3", "q4"):
        assert [(m.code, m.message) for m in regles.manques(_examen(**{code: "oui"}))] == [
            (code, "initiatives_possibles_manquantes")]
    # la question 5 (« Si vous avez répondu oui à l'une des questions précédentes… ») tient toujours
    sans = _examen(q1="oui")
    sans.contenu["initiatives"] = []
    assert [m.message for m in regles.manques(sans)] == ["initiative_manquante"]


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_l_assistant_2a_ne_demande_les_initiatives_qu_aux_questions_2_3_et_4(qtbot, base, traduire, langue):
    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation
    from gesserv_bureau.stockage.depot_services import DepotServices

    traduire(langue)
    prioritaire = next(s for s in DepotServices(base).services("2024-2025") if "prioritaire" in s.designations)
    ev = evaluer.nouvelle(base, "2A", "2024-2025", prioritaire.pk)
    fenetre = FenetreEvaluation(base, ev, langue)
    qtbot.addWidget(fenetre)
    a = fenetre.assistant
    a.aller_a(1)
    for code, w in a.questions.items():
        w["reponse"].choisir("oui")
        a.modifie()
    page = a.pages.widget(1)
    for code, w in a.questions.items():
        assert w["initiatives"].isVisibleTo(page) == (code in ("q2", "q3", "q4")), code
    etiquette = "Initiatives d'amélioration possibles :" if langue == "fr" else "Possible improvement initiatives:"
    assert a.questions["q2"]["etiquette"].text() == etiquette
    for code in ("q2", "q3", "q4"):
        a.questions[code]["initiatives"].ecrire(f"Idées pour {code}")
    a.modifie()
    a.aller_a(2)
    a.ajouter_initiative()
    a.champs_initiative["nom"].setText("Demande en ligne")
    a._initiative_saisie()
    a.aller_a(3)
    a.recommandation.choisir("oui")
    a.finir()
    relue = DepotEvaluations(base).charger(ev.pk)
    assert relue.statut == "terminee", a.manques.text()
    assert relue.contenu["reponses"]["q1"] == {"reponse": "oui", "initiatives": ""}


def test_un_texte_deja_saisi_a_la_question_1_reste_visible_pour_etre_lu_ou_efface(qtbot, base):
    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

    ev = evaluer.nouvelle(base, "2A", "2024-2025", None)
    ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Paiement en ligne"}
    evaluer.enregistrer(base, ev)
    fenetre = FenetreEvaluation(base, ev, "fr")
    qtbot.addWidget(fenetre)
    champ = fenetre.assistant.questions["q1"]["initiatives"]
    assert champ.isVisibleTo(fenetre.assistant.pages.widget(1)) and champ.texte() == "Paiement en ligne"


# --- annexe 1A : la démarche d'une activité convertie --------------------------------------

def _activite_v4(chemin, pk: int, nom: str, reponses: dict, conclusion: str) -> None:
    """Une activité écrite par l'application d'avant la version 5, dans une copie de la base figée v4."""
    import sqlite3

    conn = sqlite3.connect(chemin)
    with conn:
        conn.execute(
            "INSERT INTO activite (pk, exercice, nom, organisme, description, reponses, conclusion, service_pk,"
            " edition_referentiel, modifie_le) VALUES (?, '2023-2024', ?, 'Patrimoine canadien', '', ?, ?, NULL,"
            " '2017', '2024-04-10T10:00:00-04:00')",
            [pk, nom, json.dumps(reponses, ensure_ascii=False), conclusion])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _reponses(*valeurs) -> dict:
    codes = ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8")
    return {c: {"reponse": r, "analyse": a} for c, (r, a) in zip(codes, valeurs)}


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_une_activite_d_une_base_v4_arretee_au_premier_non_garde_sa_demarche(tmp_path, langue):
    chemin = tmp_path / "r.sqlite"
    shutil.copy2(DONNEES / "schema_v4.sqlite", chemin)
    _activite_v4(chemin, 2, "Infolettre des programmes",
                 _reponses(("oui", "Un bulletin."), ("non", "Un seul numéro."), *[(None, "")] * 6), "pas_un_service")
    _activite_v4(chemin, 3, "Ligne d'information", _reponses(*[("oui", "")] * 2, ("non", "x"), ("oui", "y"),
                                                             *[(None, "")] * 4), "pas_un_service")
    with ouvrir(chemin) as base:
        par_sujet = {e.sujet: e for e in DepotEvaluations(base).toutes("1A")}
        infolettre = par_sujet["Infolettre des programmes"]
        assert infolettre.contenu["mode"] == "premier_non"
        assert regles.manques(infolettre) == []
        assert par_sujet["Ligne d'information"].contenu["mode"] == "toutes"   # documentée après son « non »
        texte = _texte(production_rapports.produire(base, "1a", langue, cle=str(infolettre.pk)).pdf)
    if langue == "fr":
        assert "Démarche Conclure au premier « non »" in texte
        assert "Chacune des huit questions documentée" not in texte
        assert "Questions non posées (3, 4, 5, 6, 7, 8)" in texte
    else:
        assert "Approach Conclude at the first “no”" in texte
        assert "Each of the eight questions documented" not in texte
        assert "Questions not asked (3, 4, 5, 6, 7, 8)" in texte


def test_la_base_figee_v8_retrouve_la_demarche_sans_toucher_a_ce_qu_on_a_choisi_depuis(tmp_path):
    chemin = tmp_path / "r.sqlite"
    shutil.copy2(DONNEES / "schema_v8.sqlite", chemin)
    with ouvrir(chemin) as base:
        evaluations = {e.pk: e for e in DepotEvaluations(base).toutes("1A")}
        assert evaluations[3].contenu["mode"] == "premier_non"   # telle que 0005 l'avait écrite
        assert evaluations[4].contenu["mode"] == "toutes"        # des réponses après le « non »
        assert evaluations[5].contenu["mode"] == "toutes"        # reprise depuis dans l'assistant : son choix
        texte = _texte(production_rapports.produire(base, "1a", "fr", cle="3").pdf)
        assert "Conclure au premier « non »" in texte and "Chacune des huit questions documentée" not in texte


def test_la_demonstration_garde_la_demarche_de_l_exemple_3(tmp_path):
    """L'exemple 3 de l'annexe s'arrête à son premier « non » : la façade des activités le dit."""
    from gesserv_bureau.cas import repertoire

    with ouvrir(tmp_path / "r.sqlite") as base:
        repertoire.charger_demo(base)
        modes = {e.sujet: e.contenu["mode"] for e in DepotEvaluations(base).toutes("1A")}
    assert modes == {"Agri-stabilité": "toutes", "Programme de déglaçage": "toutes",
                     "Site Web de Prestations du Canada": "premier_non"}


def test_demarche_constatee():
    assert regles.demarche_constatee_1a(_reponses(("non", ""), *[(None, "")] * 7)) == "premier_non"
    assert regles.demarche_constatee_1a(_reponses(("non", ""), (None, "une analyse"), *[(None, "")] * 6)) == "toutes"
    assert regles.demarche_constatee_1a(_reponses(*[("oui", "")] * 8)) == "toutes"
    assert regles.demarche_constatee_1a({}) == "toutes"
