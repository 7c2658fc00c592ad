"""Attaque de fidélité (issue 13, parties 1 et 6b) : l'outil 1B donnait une note que la ligne
directrice ne donne pas.

L'annexe 1B demande élevé / moyen / faible pour chaque point, puis « Est-ce qu'il s'agit d'un
service prioritaire pour le ministère? Oui/Non », justifié. Elle ne donne ni nombre, ni poids,
ni seuil. L'application changeait pourtant les cotes en 3 / 2 / 1, en faisait une moyenne
pondérée, la cotait à 2,5 / 1,5 et l'imprimait sous « Note globale en tant que service
prioritaire » en citant « les poids de la section 1.5.1 » — un chiffre signé par les cadres
comme s'il venait de la ligne directrice. Les attaques reproduites ici :

- un rapport 1B et la dernière page de l'assistant, sans pondération du ministère, montrent un
  chiffre et le libellé « Note globale » (la décision devait être la seule conclusion);
- une pondération n'était pas celle du ministère, définie une fois et versionnée : chaque
  évaluation avait ses poids, et rien ne disait d'où venait le chiffre;
- changer la pondération devait créer une version 2 sans toucher aux 1B faites avec la 1;
- la ligne de commande et la boîte de dialogue acceptaient (ou plantaient sur) un poids
  négatif, un poids qui n'est pas un nombre, des seuils dans le désordre;
- une base de la version 8 (des poids dans chaque évaluation) doit monter sans que le contenu
  signé des évaluations change, et ses poids inégaux se nommer pour ce qu'ils sont;
- « Autres critères » n'était qu'une ligne : le ministère ne pouvait pas y tenir sa liste de
  critères, chacun évalué.

En français et en anglais, par les vrais widgets et les vrais PDF (pdftotext).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from gesserv_bureau.stockage.constantes import VERSION_SCHEMA
from gesserv_bureau.cas import repertoire
from gesserv_bureau.cas import evaluer
from gesserv_bureau.rapports import rapport_1b
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_tests import DONNEES, lancer_cli

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")

EXERCICE = "2024-2025"
from outils_tests import SEED  # noqa: E402 — la source dans shared/, ou sa copie du dépôt
COTES = {"mandat": "eleve", "priorite_gouvernement": "moyen", "volume": "eleve", "critique": "eleve",
         "importance": "moyen", "authentification": "eleve"}
JUSTIFICATION = "Volume très élevé et service critique : prioritaire pour le ministère."
CHIFFRE = re.compile(r"\d[,.]\d")    # 2,71 — 2.5 : un chiffre de note, de moyenne ou de seuil


# --- aides -------------------------------------------------------------------------------------
@pytest.fixture
def base(tmp_path):
    b = ouvrir(tmp_path / "r.sqlite")
    assert repertoire.charger_demo(b) == 10
    yield b
    b.fermer()


@pytest.fixture
def assistants(qtbot):
    """Ouvre la fenêtre d'une évaluation; à la fin du test, la ferme et la détruit (sinon le
    changement de langue d'un test suivant la ferait se retraduire sur une base fermée)."""
    from PySide6.QtCore import QEvent

    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

    ouvertes = []

    def ouvrir_(base, ev, langue="fr"):
        fenetre = FenetreEvaluation(base, ev, langue)
        qtbot.addWidget(fenetre)
        ouvertes.append(fenetre)
        return fenetre

    def detruire():
        for fenetre in ouvertes:
            fenetre.close()
            fenetre.deleteLater()
        ouvertes.clear()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    ouvrir_.detruire = detruire
    yield ouvrir_
    detruire()


def _service(base, service_id="EDSC-102"):
    return next(s for s in DepotServices(base).services(EXERCICE) if s.service_id == service_id)


def _remplir(ev, cotes=COTES, decision="oui", criteres=None) -> None:
    for code, cote in cotes.items():
        ev.contenu["considerations"][code] = {"cote": cote, "exemple": f"Exemple {code}", "analyse": f"Analyse {code}"}
    for r in ev.contenu.get("criteres_ministere", []):
        r.update({"cote": (criteres or {}).get(r["code"], "moyen"), "analyse": f"Analyse {r['code']}"})
    ev.contenu["decision"] = decision
    ev.contenu["justification"] = JUSTIFICATION


def _1b_terminee(base, service_id="EDSC-102", **remplir):
    ev = evaluer.nouvelle(base, "1B", EXERCICE, _service(base, service_id).pk)
    _remplir(ev, **remplir)
    evaluer.enregistrer(base, ev)
    evaluer.terminer(base, ev)
    return evaluer.charger(base, ev.pk)


def _texte_pdf(pdf: bytes, tmp_path: Path, nom: str) -> str:
    chemin = tmp_path / f"{nom}.pdf"
    chemin.write_bytes(pdf)
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(chemin), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", brut.replace("\u00a0", " ").replace("\u202f", " "))


def _rapport(base, ev, langue, tmp_path, nom="r") -> str:
    return _texte_pdf(rapport_1b.rapport(ev, langue, service=evaluer.service(base, ev.service_pk)), tmp_path,
                      f"{nom}-{langue}")


def _textes_visibles(page) -> str:
    return "\n".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text())


def _dernier_jour(ponderation, langue):
    from gesserv_bureau.domaine.ponderation_1b import date_longue

    return date_longue(ponderation.definie_le, langue)


SANS_NOTE = {
    "fr": ("Note globale", "note globale", "sur 3", "moyenne", "Moyenne", "Poids", "pondér", "Pondér", "1.5.1"),
    "en": ("Overall rating", "overall rating", "out of 3", "average", "Average", "Weight", "weight", "1.5.1"),
}


# --- sans pondération du ministère : aucun chiffre, la décision conclut -------------------------
@pytest.mark.parametrize("langue", ["fr", "en"])
def test_rapport_1b_sans_ponderation_ni_note_ni_chiffre_la_decision_conclut(base, tmp_path, langue):
    ev = _1b_terminee(base)
    texte = _rapport(base, ev, langue, tmp_path)
    for interdit in SANS_NOTE[langue]:
        assert interdit not in texte, interdit
    # le corps de la première page : avant son pied (date, version, édition de la ligne directrice)
    corps = re.split(r"Produit le|Generated on", texte)[0]
    assert not CHIFFRE.search(corps.replace("2024-2025", "").replace("EDSC-102", "")), CHIFFRE.findall(corps)
    # la conclusion : la question de l'annexe, la décision et sa justification, après le tableau
    question = ("Est-ce qu'il s'agit d'un service prioritaire pour le ministère?" if langue == "fr"
                else "Is this a priority service for the department?")
    decision = f"{question} Oui" if langue == "fr" else f"{question} Yes"
    assert decision in texte
    titre = "Décision" if langue == "fr" else "Decision"
    # après le tableau : le titre, ce que dit la ligne directrice de la justification, puis la
    # décision et sa justification, les dernières lignes avant l'approbation
    assert texte.index("Analyse authentification") < texte.index(f"{titre} ") < texte.index(decision) \
        < texte.index(JUSTIFICATION) < texte.index("Approbation" if langue == "fr" else "Approval")


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_assistant_1b_sans_ponderation_derniere_page_sans_note_ni_poids(qtbot, tmp_path, langue):
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", langue)
    ev = _1b_terminee(fenetre.base)
    a = fenetre.ouvrir_evaluation(ev).assistant
    a.aller_a(a.pages.count() - 1)
    page = a.pages.currentWidget()
    textes = _textes_visibles(page)
    for interdit in SANS_NOTE[langue]:
        assert interdit not in textes, (interdit, textes)
    assert not CHIFFRE.search(textes), textes
    assert not [w for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)]   # aucun poids à saisir ici
    assert ("Est-ce qu'il s'agit d'un service prioritaire pour le ministère?" if langue == "fr"
            else "Is this a priority service for the department?") in textes
    assert ("Élevé" if langue == "fr" else "High") in a.cotes_resume["volume"].text()   # le rappel des évaluations
    assert a.noms_etapes()[-1] == ("Décision" if langue == "fr" else "Decision")


# --- avec la pondération du ministère : sous son nom, avec sa version --------------------------
@pytest.mark.parametrize("langue", ["fr", "en"])
def test_ponderation_du_ministere_dans_le_rapport_et_l_assistant(qtbot, tmp_path, langue):
    from gesserv_bureau.cas import reglages_1b
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", langue)
    base = fenetre.base
    v1 = reglages_1b.definir(base, {"volume": "2"})
    ev = _1b_terminee(base)
    assert ev.contenu["ponderation"]["version"] == 1
    texte = _rapport(base, ev, langue, tmp_path)
    jour = _dernier_jour(v1, langue)
    if langue == "fr":
        titre = f"Pondération du ministère, version 1 du {jour}"
        # (3 + 2 + 2×3 + 3 + 2 + 3) / 7 = 19/7 = 2,71 : élevé selon les seuils du ministère
        resultat = "Résultat selon la pondération du ministère : Élevé (moyenne pondérée 2,71 sur 3)"
        assert "Ce que permet la section 1.5.1" in texte
        assert "poids de la section 1.5.1" not in texte
    else:
        titre = f"Department's weighting, version 1 of {jour}"
        resultat = "Result under the department's weighting: High (weighted average 2.71 out of 3)"
        assert "weighted as allowed by section 1.5.1" not in texte
    assert titre in texte and resultat in texte
    for interdit in (("Note globale", "note globale") if langue == "fr" else ("Overall rating", "overall rating")):
        assert interdit not in texte
    # à part : après le tableau de l'annexe, avant la décision qui conclut
    decision = "Décision Les services prioritaires" if langue == "fr" else "Decision Priority services must"
    assert texte.index("Analyse authentification") < texte.index(titre) < texte.index(resultat) < texte.index(decision)
    # la section 1.5.1, citée mot pour mot (français : le texte de la ligne directrice)
    if langue == "fr" and SEED.exists():
        from gesserv_bureau.referentiel import outil_1b

        seed = SEED.read_text(encoding="utf-8").replace("[annexe 1B](#)", "annexe 1B")
        assert outil_1b.PONDERATION.fr in seed
    # l'assistant montre la même chose, sous le même nom
    a = fenetre.ouvrir_evaluation(ev).assistant
    a.aller_a(a.pages.count() - 1)
    assert not a.cadre_ponderation.isHidden() and a.titre_ponderation.text() == titre
    assert a.resultat.text() == resultat
    assert ("Poids : Mandat 1 · Priorité du gouvernement 1 · Volume 2 ·" if langue == "fr"
            else "Weights: Mandate 1 · Government priority 1 · Volume 2 ·") in a.cadre_ponderation.text()
    textes = _textes_visibles(a.pages.currentWidget())
    assert ("Note globale" if langue == "fr" else "Overall rating") not in textes


def test_changer_la_ponderation_cree_la_version_2_et_l_ancienne_1b_garde_la_1(base, assistants, tmp_path):
    from gesserv_bureau.cas import reglages_1b

    v1 = reglages_1b.definir(base, {"volume": "2"})
    ancienne = _1b_terminee(base)
    brouillon = evaluer.nouvelle(base, "1B", EXERCICE, _service(base, "AAC-001").pk)
    assert brouillon.contenu["ponderation"]["version"] == 1
    v2 = reglages_1b.definir(base, {"volume": "3"}, seuils="2.6,1.6")
    assert [v.version for v in reglages_1b.versions(base)] == [2, 1]
    assert reglages_1b.version(base, 1).poids == {"volume": 2.0}   # la version 1 n'a pas changé
    # l'évaluation terminée garde la version 1, dans la base, le rapport et l'assistant
    relue = evaluer.charger(base, ancienne.pk)
    assert relue.contenu["ponderation"]["version"] == 1
    texte = _rapport(base, relue, "fr", tmp_path, "ancienne")
    assert f"Pondération du ministère, version 1 du {_dernier_jour(v1, 'fr')}" in texte
    assert "version 2" not in texte
    a = assistants(base, relue).assistant
    assert a.titre_ponderation.text().startswith("Pondération du ministère, version 1 du")
    assert "Une version plus récente existe (version 2)" in a.cadre_ponderation.text()
    assert evaluer.charger(base, ancienne.pk).contenu == relue.contenu   # l'ouvrir n'a rien changé
    # le brouillon suit la version 2 à son ouverture; une nouvelle 1B part de la version 2
    assistants(base, evaluer.charger(base, brouillon.pk))
    assert evaluer.charger(base, brouillon.pk).contenu["ponderation"]["version"] == 2
    nouvelle = _1b_terminee(base, "AAC-001")
    texte = _rapport(base, nouvelle, "en", tmp_path, "nouvelle")
    assert f"Department's weighting, version 2 of {_dernier_jour(v2, 'en')}" in texte
    assert "high from 2.6, medium from 1.6" in texte
    # retirée : les terminées gardent la leur, une nouvelle n'en a plus (aucun chiffre)
    reglages_1b.retirer(base)
    assert evaluer.charger(base, ancienne.pk).contenu["ponderation"]["version"] == 1
    sans = _1b_terminee(base, "AAC-001")
    assert "ponderation" not in sans.contenu
    assert "Pondération" not in _rapport(base, sans, "fr", tmp_path, "sans")


def test_messages_de_la_ponderation_bilingues_aux_memes_parametres():
    from gesserv_bureau.referentiel import messages_ponderation

    for code, (fr, en) in messages_ponderation.MESSAGES.items():
        assert fr.strip() and en.strip() and fr != en, code
        assert set(re.findall(r"\{(\w+)\}", fr)) == set(re.findall(r"\{(\w+)\}", en)), code
        assert "note globale" not in fr.lower() and "overall rating" not in en.lower(), code


# --- la ligne de commande ---------------------------------------------------------------------
def _versions(chemin) -> int:
    with ouvrir(chemin) as b:
        return b.conn.execute("SELECT count(*) FROM ponderation_1b").fetchone()[0]


@pytest.mark.parametrize("args, fr, en", [
    (("--poids", "volume=-1"), "Le poids de « Volume » ne peut pas être négatif (-1).",
     "The weight of “Volume” cannot be negative (-1)."),
    (("--poids", "volume=beaucoup"), "« beaucoup » n'est pas un nombre (p. ex. 1 ou 1,5).",
     "“beaucoup” is not a number (e.g. 1 or 1.5)."),
    (("--seuils", "1.5,2.5"), "Les seuils sont dans le désordre : celui d'élevé (1,5) doit dépasser celui de moyen (2,5).",
     "The thresholds are out of order: the high threshold (1.5) must exceed the medium one (2.5)."),
    (("--valeurs", "1,2,3"), "L'échelle doit décroître", "The scale must decrease"),
    (("--poids", "inconnu=2"), "« inconnu » n'est ni un point à considérer", "“inconnu” is neither an Appendix 1B"),
    (("--poids", "volume"), "écrivez CODE=POIDS", "write CODE=WEIGHT"),
    (("--seuils", "2.5"), "Deux seuils sont attendus", "Two thresholds are expected"),
])
def test_cli_ponderation_refuse_sans_rien_changer(capsys, chemin_cli, args, fr, en):
    assert lancer_cli(capsys, "ponderation", "definir", "--poids", "mandat=2")[0] == 0
    for langue, attendu in (("fr", fr), ("en", en)):
        code, sortie, erreur = lancer_cli(capsys, "--langue", langue, "ponderation", "definir", *args)
        assert code == 1 and sortie == ""
        assert attendu in erreur and "Traceback" not in erreur
        assert erreur.startswith("Erreur : " if langue == "fr" else "Error: ")
    assert _versions(chemin_cli) == 1


def test_cli_definir_afficher_retirer(capsys, chemin_cli):
    code, sortie, _ = lancer_cli(capsys, "ponderation", "afficher")
    assert code == 0 and "Aucune pondération du ministère en vigueur" in sortie
    code, sortie, _ = lancer_cli(capsys, "ponderation", "definir", "--poids", "volume=2", "mandat=1,5",
                                 "--valeurs", "3,2,1", "--seuils", "2.5,1.5")
    assert code == 0 and "version 1 enregistrée" in sortie
    code, sortie, _ = lancer_cli(capsys, "--langue", "en", "ponderation", "afficher")
    assert code == 0 and "Department's weighting, version 1 of" in sortie
    assert re.search(r"volume\s+2\s+Volume\n", sortie) and re.search(r"mandat\s+1\.5\s+Mandate\n", sortie)
    assert "Department's scale: high 3, medium 2, low 1; high from 2.5, medium from 1.5, otherwise low." in sortie
    # la même chose : refusé, aucune version de plus
    code, _, erreur = lancer_cli(capsys, "ponderation", "definir", "--poids", "volume=2")
    assert code == 1 and "Rien n'a changé : c'est déjà la pondération en vigueur (version 1)." in erreur
    # changer un poids garde les autres (ceux de la version en vigueur) : version 2
    code, sortie, _ = lancer_cli(capsys, "ponderation", "definir", "--poids", "volume=3")
    assert code == 0 and "version 2 enregistrée" in sortie and re.search(r"mandat\s+1,5\s+Mandat\n", sortie)
    code, sortie, _ = lancer_cli(capsys, "ponderation", "retirer")
    assert code == 0 and "la version 2 n'est plus en vigueur" in sortie
    code, _, erreur = lancer_cli(capsys, "--langue", "en", "ponderation", "retirer")
    assert code == 1 and "No department weighting is in force: nothing to remove." in erreur
    code, sortie, _ = lancer_cli(capsys, "ponderation", "afficher", "--historique")
    assert "Pondération du ministère, version 2 du" in sortie and "retirée le" in sortie
    assert "Pondération du ministère, version 1 du" in sortie
    with ouvrir(chemin_cli) as b:
        actions = [(e.action, e.cle) for e in reversed(__import__("gesserv_bureau.stockage.journal", fromlist=["x"])
                                                        .entrees(b.db, "ponderation_1b"))]
    assert actions == [("creation", "1"), ("creation", "2"), ("retrait", "2")]


def test_cli_aide_bilingue(capsys):
    code, sortie, _ = lancer_cli(capsys, "--langue", "en", "ponderation", "definir", "--help")
    assert code == 0 and "--poids" in sortie and "weight of a point" in sortie
    code, sortie, _ = lancer_cli(capsys, "ponderation", "--help")
    assert code == 0 and "l'annexe 1B ne fixe ni poids ni note" in sortie
    code, sortie, _ = lancer_cli(capsys, "--langue", "en", "criteres-1b", "--help")
    assert code == 0 and "Any other criterion the department considers relevant" in sortie


# --- la boîte de dialogue, par ses widgets -----------------------------------------------------
def _taper(champ: QLineEdit, texte: str, qtbot) -> None:
    champ.setFocus()
    champ.selectAll()
    qtbot.keyClicks(champ, texte)


@pytest.mark.parametrize("langue, champ, texte, attendu", [
    ("fr", "poids_volume", "-1", "Le poids de « Volume » ne peut pas être négatif (-1)."),
    ("en", "poids_volume", "-1", "The weight of “Volume” cannot be negative (-1)."),
    ("fr", "poids_mandat", "beaucoup", "« beaucoup » n'est pas un nombre"),
    ("en", "poids_mandat", "lots", "“lots” is not a number (e.g. 1 or 1.5)."),
    ("fr", "seuil_moyen", "2,8", "Les seuils sont dans le désordre : celui d'élevé (2,5) doit dépasser celui de moyen (2,8)."),
    ("en", "seuil_moyen", "2.8", "The thresholds are out of order: the high threshold (2.5) must exceed the medium one (2.8)."),
])
def test_dialogue_ponderation_refuse_une_saisie_fautive(qtbot, tmp_path, langue, champ, texte, attendu):
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", langue)
    fenetre.act_ponderation_1b.trigger()
    dialogue = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "dialoguePonderation1B")
    qtbot.waitExposed(dialogue)
    cible = dialogue.findChild(QLineEdit, champ)
    _taper(cible, texte, qtbot)
    qtbot.mouseClick(dialogue.definir, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert dialogue.message.isVisible() and attendu in dialogue.message.text()
    assert "border" in cible.styleSheet()
    assert fenetre.base.conn.execute("SELECT count(*) FROM ponderation_1b").fetchone()[0] == 0
    dialogue.close()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_dialogue_ponderation_enregistre_une_version_puis_la_retire(qtbot, tmp_path, langue):
    from PySide6.QtCore import Qt

    from gesserv_bureau.cas import reglages_1b
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", langue)
    dialogue = fenetre.ponderation_1b()
    qtbot.waitExposed(dialogue)
    assert dialogue.poids["volume"].text() == "1" and dialogue.seuils["eleve"].text() == ("2,5" if langue == "fr" else "2.5")
    assert ("Aucune pondération du ministère en vigueur" if langue == "fr"
            else "No department weighting in force") in dialogue.etat.text()
    assert ("1.5.1" in dialogue.explication.text()) and ("Note globale" not in dialogue.explication.text())
    _taper(dialogue.poids["volume"], "2", qtbot)
    _taper(dialogue.poids["critique"], "1,5" if langue == "fr" else "1.5", qtbot)
    qtbot.mouseClick(dialogue.definir, Qt.MouseButton.LeftButton)
    v1 = reglages_1b.en_vigueur(fenetre.base)
    assert v1.version == 1 and v1.poids == {"volume": 2.0, "critique": 1.5}
    assert dialogue.etat.text().startswith(regles_titre(v1, langue))
    qtbot.mouseClick(dialogue.retirer, Qt.MouseButton.LeftButton)
    assert reglages_1b.en_vigueur(fenetre.base) is None
    assert ("retirée le" if langue == "fr" else "removed on") in dialogue.historique.text()
    assert not dialogue.retirer.isEnabled()
    dialogue.close()


def regles_titre(ponderation, langue):
    from gesserv_bureau.domaine.ponderation_1b import titre

    return titre(ponderation, langue)


# --- une base de la version 8 : des poids dans chaque évaluation ------------------------------
def test_base_v8_montee_contenu_intact_anciens_poids_nommes_pour_ce_qu_ils_sont(assistants, tmp_path):
    from gesserv_bureau.cas import reglages_1b

    chemin = tmp_path / "v8.sqlite"
    shutil.copy2(DONNEES / "schema_v8.sqlite", chemin)
    import sqlite3

    avant = dict(sqlite3.connect(chemin).execute("SELECT pk, contenu FROM evaluation WHERE outil = '1B'").fetchall())
    assert set(avant) == {6, 7, 8}
    with ouvrir(chemin) as base:
        assert base.version() == VERSION_SCHEMA
        apres = dict(base.conn.execute("SELECT pk, contenu FROM evaluation WHERE outil = '1B'").fetchall())
        assert apres == avant                          # pas un octet de changé : une approbation signée porte dessus
        assert reglages_1b.versions(base) == [] and reglages_1b.criteres(base) == []
        egaux, inegaux, brouillon = (evaluer.charger(base, pk) for pk in (6, 7, 8))
        # chargées, elles ne reçoivent aucune clé de plus (le contenu signé se recalcule à l'identique)
        for ev in (egaux, inegaux, brouillon):
            assert json.loads(avant[ev.pk]) == ev.contenu
        # poids tous à 1 : pas une pondération, rien n'est montré
        texte = _rapport(base, egaux, "fr", tmp_path, "egaux")
        for interdit in SANS_NOTE["fr"]:
            assert interdit not in texte, interdit
        # poids inégaux : gardés, nommés comme ceux de cette évaluation, jamais du ministère
        texte = _rapport(base, inegaux, "fr", tmp_path, "inegaux")
        assert "Pondération propre à cette évaluation (ancienne version de l'application)" in texte
        assert "Pondération du ministère" not in texte and "Note globale" not in texte
        # (3 + 2 + 2×3 + 0,5×1 + 3 + 2) / 6,5 = 16,5/6,5 = 2,54 : élevé avec l'échelle d'alors
        assert "Résultat selon ces poids : Élevé (moyenne pondérée 2,54 sur 3)" in texte
        anglais = _rapport(base, inegaux, "en", tmp_path, "inegaux")
        assert "Weighting specific to this assessment (earlier version of the application)" in anglais
        # le brouillon, ouvert, suit désormais le ministère : ses poids en sortent, et il le dit
        a = assistants(base, brouillon).assistant
        assert "poids" not in evaluer.charger(base, 8).contenu
        assert not a.avis_anciens_poids.isHidden() and "ils sont retirés" in a.avis_anciens_poids.text()
        assert a.cadre_ponderation.isHidden()
        # et l'approuvée, ouverte, ne change pas
        fenetre = assistants(base, evaluer.charger(base, 7))
        assert fenetre.assistant.titre_ponderation.text().startswith("Pondération propre à cette évaluation")
        assert base.conn.execute("SELECT contenu FROM evaluation WHERE pk = 7").fetchone()[0] == avant[7]
        assistants.detruire()


def test_approbation_signee_sur_un_contenu_a_poids_se_recalcule_a_l_identique(base):
    """Ce qu'un approbateur a signé avant la pondération du ministère (un contenu avec ses
    poids) se recalcule octet pour octet : rien n'est ajouté au contenu en le relisant."""
    from gesserv_bureau.domaine import contenu_approuve
    from gesserv_bureau.domaine.evaluations import Evaluation

    ancien = {"considerations": {c: {"cote": "eleve", "exemple": "", "analyse": ""} for c in
                                 ("mandat", "priorite_gouvernement", "volume", "critique", "importance",
                                  "authentification", "autres")},
              "poids": {"mandat": 1.0, "priorite_gouvernement": 1.0, "volume": 2.0, "critique": 1.0, "importance": 1.0,
                        "authentification": 1.0, "autres": 1.0},
              "decision": "oui", "justification": "Essentiel."}
    ev = Evaluation("1B", exercice=EXERCICE, sujet="Essai", contenu=json.loads(json.dumps(ancien)))
    DepotEvaluations(base).enregistrer(ev)
    signe = contenu_approuve.evaluation(ev, None, "2025-01-01T10:00:00-05:00", "A")
    relue = DepotEvaluations(base).charger(ev.pk)
    assert relue.contenu == ancien
    assert contenu_approuve.evaluation(relue, None, "2025-01-01T10:00:00-05:00", "A") == signe


# --- l'échange : l'ancien format et le nouveau ----------------------------------------------------
def test_echange_porte_la_ponderation_et_les_criteres_et_refuse_une_ponderation_incoherente(base, tmp_path):
    from gesserv_bureau.cas import transferts
    from gesserv_bureau.cas import reglages_1b
    from gesserv_bureau.domaine.echange_evaluations import EchangeRefuse

    reglages_1b.ajouter_critere(base, "Visibilité publique", "Public visibility")
    reglages_1b.definir(base, {"volume": "2", "m1": "3"})
    ev = _1b_terminee(base)
    fichier = tmp_path / "1b.json"
    transferts.exporter_evaluation(base, ev.uuid, fichier)
    donnees = json.loads(fichier.read_text(encoding="utf-8"))
    contenu = donnees["evaluations"][0]["contenu"]
    assert contenu["ponderation"]["poids"] == {"m1": 3, "volume": 2} and contenu["criteres_ministere"][0]["code"] == "m1"
    autre = ouvrir(tmp_path / "autre.sqlite")
    try:
        repertoire.charger_demo(autre)
        transferts.importer(autre, fichier, [])
        recue = DepotEvaluations(autre).par_uuid(ev.uuid)
        assert recue.contenu == ev.contenu
        texte = _rapport(autre, recue, "fr", tmp_path, "recue")
        assert "Pondération du ministère, version 1 du" in texte and "Visibilité publique" in texte
        # une pondération incohérente dans le fichier : tout est refusé, rien n'est écrit
        contenu["ponderation"]["seuils"] = [1.5, 2.5]
        donnees["evaluations"][0]["uuid"] = "0b7c2a51-1111-4222-8333-444455556666"
        mauvais = tmp_path / "mauvais.json"
        mauvais.write_text(json.dumps(donnees, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(EchangeRefuse) as refus:
            transferts.importer(autre, mauvais, [])
        assert "evaluations[0].contenu.ponderation" in refus.value.texte("fr")
        assert "Les seuils sont dans le désordre" in refus.value.texte("fr")
        assert "The thresholds are out of order" in refus.value.texte("en")
        assert DepotEvaluations(autre).par_uuid("0b7c2a51-1111-4222-8333-444455556666") is None
    finally:
        autre.fermer()


# --- « Autres critères » : la liste du ministère, chaque critère évalué -----------------------
def test_criteres_du_ministere_cli_assistant_rapport(assistants, capsys, chemin_cli, tmp_path):
    code, sortie, _ = lancer_cli(capsys, "criteres-1b", "ajouter", "Visibilité publique", "--nom-en", "Public visibility")
    assert code == 0 and "(code m1)" in sortie
    code, _, erreur = lancer_cli(capsys, "--langue", "en", "criteres-1b", "ajouter", "")
    assert code == 1 and "Give the criterion a name" in erreur
    code, _, erreur = lancer_cli(capsys, "criteres-1b", "ajouter", "visibilité publique")
    assert code == 1 and "porte déjà ce nom" in erreur
    assert lancer_cli(capsys, "criteres-1b", "ajouter", "Risque pour la réputation")[0] == 0
    code, sortie, _ = lancer_cli(capsys, "criteres-1b", "lister")
    assert sortie.splitlines() == ["m1\tVisibilité publique\t(Public visibility)", "m2\tRisque pour la réputation"]
    assert lancer_cli(capsys, "ponderation", "definir", "--poids", "m1=2")[0] == 0
    with ouvrir(chemin_cli) as base:
        repertoire.charger_demo(base)
        ev = evaluer.nouvelle(base, "1B", EXERCICE, _service(base).pk)
        assert [r["code"] for r in ev.contenu["criteres_ministere"]] == ["m1", "m2"]
        a = assistants(base, ev).assistant
        page = a.pages.widget(7)   # « Autres critères »
        assert a.criteres["m1"]["nom"].text() == "Visibilité publique — Critère du ministère"
        assert a.criteres["m1"]["cote"].isVisibleTo(page) and a.criteres["m1"]["analyse"].isVisibleTo(page)
        # non évalué, il empêche de terminer, nommé
        for code_, cote in COTES.items():
            a.points[code_]["cote"].boutons[cote].setChecked(True)
        a.decision.boutons["oui"].setChecked(True)
        a.justification.setPlainText(JUSTIFICATION)
        a.finir()
        assert "Critère du ministère « Visibilité publique » sans évaluation" in a.manques.text()
        assert evaluer.charger(base, ev.pk).statut == "brouillon"
        a.criteres["m1"]["cote"].boutons["eleve"].setChecked(True)
        a.criteres["m1"]["analyse"].setPlainText("Couverture médiatique nationale chaque année.")
        a.criteres["m2"]["cote"].boutons["faible"].setChecked(True)
        a.finir()
        relue = evaluer.charger(base, ev.pk)
        assert relue.statut == "terminee"
        assert relue.contenu["criteres_ministere"][0]["cote"] == "eleve"
        # dans la dernière page, le rappel et le poids du ministère
        assert a.cotes_resume["m1"].text() == "Élevé" and "· Visibilité publique 2 ·" in a.cadre_ponderation.text()
        fr = _rapport(base, relue, "fr", tmp_path, "criteres")
        assert "Visibilité publique Critère du ministère" in fr and "Couverture médiatique nationale chaque année." in fr
        assert "Risque pour la réputation Critère du ministère" in fr
        en = _rapport(base, relue, "en", tmp_path, "criteres")
        assert "Public visibility Department's criterion" in en
        assert "Risque pour la réputation Department's criterion" in en   # sans nom anglais : le français
        # retiré plus tard, le critère reste dans l'évaluation terminée
        from gesserv_bureau.cas import reglages_1b

        reglages_1b.retirer_critere(base, "m1")
        assert "Visibilité publique" in _rapport(base, evaluer.charger(base, ev.pk), "fr", tmp_path, "apres")
        assert [r["code"] for r in evaluer.nouvelle(base, "1B", EXERCICE, _service(base).pk).contenu["criteres_ministere"]] == ["m2"]
        assistants.detruire()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_dialogue_criteres_par_ses_widgets(qtbot, tmp_path, langue):
    from PySide6.QtCore import Qt

    from gesserv_bureau.cas import reglages_1b
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", langue)
    fenetre.act_criteres_1b.trigger()
    dialogue = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "dialogueCriteres1B")
    qtbot.waitExposed(dialogue)
    qtbot.mouseClick(dialogue.ajouter, Qt.MouseButton.LeftButton)   # sans nom
    assert ("Donnez un nom au critère" if langue == "fr" else "Give the criterion a name") in dialogue.message.text()
    assert reglages_1b.criteres(fenetre.base) == []
    _taper(dialogue.nom_fr, "Visibilite publique", qtbot)
    _taper(dialogue.nom_en, "Public visibility", qtbot)
    qtbot.mouseClick(dialogue.ajouter, Qt.MouseButton.LeftButton)
    (critere,) = reglages_1b.criteres(fenetre.base)
    assert (critere.code, critere.nom_fr, critere.nom_en) == ("m1", "Visibilite publique", "Public visibility")
    assert dialogue.liste.count() == 1 and dialogue.nom_fr.text() == ""
    dialogue.liste.setCurrentRow(0)
    qtbot.mouseClick(dialogue.retirer, Qt.MouseButton.LeftButton)
    assert reglages_1b.criteres(fenetre.base) == [] and dialogue.liste.count() == 0
    dialogue.close()


# --- les captures, à regarder -------------------------------------------------------------------
@pytest.mark.parametrize("langue", ["fr", "en"])
def test_captures_derniere_page_1b_et_dialogue(qtbot, tmp_path, langue):
    from gesserv_bureau.cas import reglages_1b
    from outils_interface import ouvrir_fenetre

    dossier = Path(os.environ.get("GESSERV_CAPTURES", tmp_path))
    dossier.mkdir(parents=True, exist_ok=True)
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", langue)
    base = fenetre.base
    reglages_1b.ajouter_critere(base, "Visibilité publique", "Public visibility")
    reglages_1b.definir(base, {"volume": "2", "m1": "1,5"})
    ev = _1b_terminee(base)
    dialogue = fenetre.ponderation_1b()
    dialogue.resize(1366, 768)
    qtbot.waitExposed(dialogue)
    image = dialogue.grab()
    assert (image.width(), image.height()) == (1366, 768)
    image.save(str(dossier / f"dialogue-ponderation-{langue}.png"))
    dialogue.close()
    dialogue = fenetre.criteres_1b()
    dialogue.resize(1366, 768)
    qtbot.waitExposed(dialogue)
    dialogue.grab().save(str(dossier / f"dialogue-criteres-{langue}.png"))
    dialogue.close()
    for fenetre_ev, nom in ((fenetre.ouvrir_evaluation(ev), "assistant-1b-decision"),
                            (fenetre.ouvrir_evaluation(_1b_sans(base)), "assistant-1b-decision-sans-ponderation")):
        fenetre_ev.resize(1366, 768)
        a = fenetre_ev.assistant
        a.aller_a(a.pages.count() - 1)
        qtbot.waitExposed(fenetre_ev)
        image = fenetre_ev.grab()
        assert (image.width(), image.height()) == (1366, 768)
        image.save(str(dossier / f"{nom}-{langue}.png"))
        if nom == "assistant-1b-decision":
            a.aller_a(7)   # « Autres critères » : le critère du ministère, à évaluer
            fenetre_ev.grab().save(str(dossier / f"assistant-1b-autres-criteres-{langue}.png"))
        fenetre_ev.close()


def _1b_sans(base):
    from gesserv_bureau.cas import reglages_1b

    reglages_1b.retirer(base)
    reglages_1b.retirer_critere(base, "m1")
    return _1b_terminee(base, "AAC-001")
