"""Les assistants 1A, 1B et 2A parcourus de bout en bout par les vrais widgets, au clavier
seulement (Tab, Espace, Entrée), et ce qu'ils écrivent dans la base."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from gesserv_bureau.cas import evaluer
from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation
from gesserv_bureau.referentiel import outil_1a
from gesserv_bureau.referentiel.exemples_1a import EXEMPLES_1A
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices


def _fenetre(qtbot, base, ev, langue="fr"):
    fenetre = FenetreEvaluation(base, ev, langue)
    qtbot.addWidget(fenetre)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    fenetre.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is fenetre, timeout=3000)
    return fenetre


def _focus():
    return QApplication.focusWidget()


def _taper(qtbot, texte: str) -> None:
    """Comme au clavier, accents compris (QTest.keyClicks ne sait taper que l'ASCII)."""
    from PySide6.QtTest import QTest

    cible = _focus()
    for car in texte:
        if car.isascii() and car.isprintable():
            QTest.keyClick(cible, car)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Press, cible, Qt.Key.Key_unknown, car, Qt.KeyboardModifier.NoModifier)
            QTest.sendKeyEvent(QTest.KeyAction.Release, cible, Qt.Key.Key_unknown, car, Qt.KeyboardModifier.NoModifier)


def _touche(qtbot, touche) -> None:
    qtbot.keyClick(_focus(), touche)


def _repondre(qtbot, valeur: str, codes=("oui", "non", "eleve", "moyen", "faible", "so")) -> None:
    """Le clavier est sur le premier bouton radio du groupe : flèches jusqu'à la valeur, Espace."""
    bouton = _focus()
    assert isinstance(bouton, QRadioButton), type(bouton)
    groupe = bouton.group().buttons()
    cible = next(b for b in groupe if b.objectName() == f"choix_{valeur}")
    # → cherche le bouton à droite : la page doit être mise en page (les boutons à leur place)
    qtbot.waitUntil(lambda: len({b.geometry().left() for b in groupe}) == len(groupe))
    for _ in range(len(groupe)):
        if _focus() is cible:
            break
        _touche(qtbot, Qt.Key.Key_Right)
    assert _focus() is cible, "les flèches n'atteignent pas le bouton"
    _touche(qtbot, Qt.Key.Key_Space)
    assert cible.isChecked()


def _suivant_par_tab(qtbot, assistant) -> None:
    """Tab jusqu'au bouton Suivant (Terminer à la dernière page), puis Entrée."""
    derniere = assistant.pages.currentIndex() == assistant.pages.count() - 1
    cible = assistant.terminer if derniere else assistant.suivant
    for _ in range(40):
        if _focus() is cible:
            break
        _touche(qtbot, Qt.Key.Key_Tab)
    assert _focus() is cible, _focus()
    _touche(qtbot, Qt.Key.Key_Return)


# --- 1A ------------------------------------------------------------------------------------
@pytest.mark.parametrize("rang", [0, 1, 2])
def test_les_trois_exemples_de_l_annexe_1a_au_clavier(qtbot, base, rang):
    exemple = EXEMPLES_1A[rang]
    attendue = "pas_un_service" if rang == 2 else "service"   # les conclusions de l'annexe
    ev = evaluer.nouvelle(base, "1A", "2024-2025")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    assert _focus() is a.nom
    _taper(qtbot, exemple["nom"])
    _touche(qtbot, Qt.Key.Key_Tab)
    _taper(qtbot, exemple["organisme"])
    _touche(qtbot, Qt.Key.Key_Tab)
    _taper(qtbot, exemple["description"])
    _touche(qtbot, Qt.Key.Key_Tab)
    # la démarche : l'exemple 3 conclut au premier « non »
    _repondre(qtbot, "premier_non" if rang == 2 else "toutes")
    _suivant_par_tab(qtbot, a)
    for code, (reponse, analyse) in exemple["reponses"].items():
        assert a.pages.currentIndex() == 1 + [q.code for q in outil_1a.QUESTIONS].index(code)
        _repondre(qtbot, reponse)
        _touche(qtbot, Qt.Key.Key_Tab)
        _taper(qtbot, analyse)
        _suivant_par_tab(qtbot, a)
    # la conclusion de l'annexe, que le ministère confirme
    assert a.pages.currentIndex() == a.pages.count() - 1
    assert a.conclusion.text().endswith(next(c.texte("fr") for c in outil_1a.CONCLUSIONS if c.code == attendue))
    _repondre(qtbot, "confirme")
    _suivant_par_tab(qtbot, a)   # Terminer
    relue = DepotEvaluations(base).charger(ev.pk)
    assert relue.statut == "terminee" and relue.sujet == exemple["nom"]
    assert relue.contenu["reponses"][next(iter(exemple["reponses"]))]["analyse"] == next(iter(exemple["reponses"].values()))[1]
    from gesserv_bureau.domaine.evaluations import determination_1a

    assert determination_1a(relue.contenu) == attendue


def test_1a_conclusion_service_cree_l_entree_du_repertoire_liee(qtbot, base):
    ev = evaluer.nouvelle(base, "1A", "2024-2025")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    _taper(qtbot, "Délivrance des permis de chasse")
    for code in [q.code for q in outil_1a.QUESTIONS]:
        a.aller_a(1 + [q.code for q in outil_1a.QUESTIONS].index(code))
        _repondre(qtbot, "oui")
    a.aller_a(a.pages.count() - 1)
    _repondre(qtbot, "confirme")
    assert a.creer_service.isVisible()
    a.creer_service.setFocus()
    _touche(qtbot, Qt.Key.Key_Space)
    relue = DepotEvaluations(base).charger(ev.pk)
    service = DepotServices(base).charger(relue.service_pk)
    assert service.nom_fr == "Délivrance des permis de chasse" and service.exercice == "2024-2025"
    assert not a.creer_service.isVisible()


def test_1a_renverser_la_conclusion_exige_une_justification(qtbot, base):
    ev = evaluer.nouvelle(base, "1A", "2024-2025", sujet="Site d'information")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    a.mode.boutons["premier_non"].setChecked(True)
    a.aller_a(1)
    _repondre(qtbot, "non")
    a.aller_a(a.pages.count() - 1)
    _repondre(qtbot, "renverse")
    a.finir()
    assert "Justifiez la décision" in a.manques.text() and DepotEvaluations(base).charger(ev.pk).statut == "brouillon"
    a.justification.setFocus()
    _taper(qtbot, "Le ministère le traite comme un service : clients définis, extrant final.")
    a.finir()
    assert DepotEvaluations(base).charger(ev.pk).statut == "terminee"


def test_terminer_trop_tot_dit_quelles_questions_et_ou(qtbot, base):
    ev = evaluer.nouvelle(base, "1A", "2024-2025", sujet="Activité X")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    a.aller_a(1)
    _repondre(qtbot, "oui")
    a.aller_a(a.pages.count() - 1)
    a.finir()
    texte = a.manques.text()
    for n in range(2, 9):
        assert f"Question {n} — Question sans réponse" in texte
    assert "Question 1 —" not in texte
    assert a.pages.currentIndex() == 2   # mené à la première qui manque
    assert DepotEvaluations(base).charger(ev.pk).statut == "brouillon"


# --- 1B ------------------------------------------------------------------------------------
def _service(base, service_id):
    return next(s for s in DepotServices(base).services("2024-2025") if s.service_id == service_id)


def test_1b_au_clavier_decision_et_designation(qtbot, base):
    cible = next(s for s in DepotServices(base).services("2024-2025") if "prioritaire" not in s.designations)
    ev = evaluer.nouvelle(base, "1B", "2024-2025", cible.pk)
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    assert "• En ligne" in a.faits.text()   # les faits du répertoire, en preuve
    _suivant_par_tab(qtbot, a)
    cotes = {"mandat": "eleve", "priorite_gouvernement": "moyen", "volume": "eleve", "critique": "faible",
             "importance": "eleve", "authentification": "moyen", "autres": "so"}
    for code, cote in cotes.items():
        assert _focus().objectName().startswith("choix_")
        _repondre(qtbot, cote)
        _touche(qtbot, Qt.Key.Key_Tab)
        _taper(qtbot, f"Exemple {code}")
        _touche(qtbot, Qt.Key.Key_Tab)
        _taper(qtbot, f"Analyse {code}")
        _suivant_par_tab(qtbot, a)
    # la dernière page : le rappel des évaluations, la décision; aucune note, aucun poids à saisir
    # (l'annexe 1B n'en a pas : voir tests/attaques/test_attaque_ponderation_1b.py)
    c = DepotEvaluations(base).charger(ev.pk).contenu
    assert c["considerations"]["mandat"]["exemple"] == "Exemple mandat" and "poids" not in c
    assert a.cotes_resume["critique"].text() == "Faible" and a.resultat.isHidden()
    assert _focus() is a.decision.boutons["oui"]
    _touche(qtbot, Qt.Key.Key_Space)
    _touche(qtbot, Qt.Key.Key_Tab)
    _taper(qtbot, "Volume élevé, mandat central, authentification : service prioritaire.")
    _suivant_par_tab(qtbot, a)   # Terminer
    assert DepotEvaluations(base).charger(ev.pk).statut == "terminee"
    assert "prioritaire" in DepotServices(base).charger(cible.pk).designations
    # plus tard, une nouvelle évaluation dit non : la désignation part, le journal garde les deux
    ev2 = evaluer.repartir_de(base, ev.pk, "2024-2025")
    ev2.contenu["decision"] = "non"
    ev2.contenu["justification"] = "Le volume a chuté de moitié."
    evaluer.terminer(base, ev2)
    assert "prioritaire" not in DepotServices(base).charger(cible.pk).designations
    changements = [(e.avant, e.apres) for e in journal.entrees(base.conn, "service", cible.pk) if e.champ == "designations"]
    assert len(changements) == 2 and "prioritaire" in changements[1][1] and "prioritaire" in changements[0][0]


# --- 2A ------------------------------------------------------------------------------------
def test_2a_au_clavier_et_initiatives_gardees_pour_la_strategie(qtbot, base):
    prioritaire = next(s for s in DepotServices(base).services("2024-2025") if "prioritaire" in s.designations)
    ev = evaluer.nouvelle(base, "2A", "2024-2025", prioritaire.pk)
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    _suivant_par_tab(qtbot, a)
    reponses = {"q1": "oui", "q2": "non", "q3": "oui", "q4": "non", "q4a": "non", "q4b": "non"}
    for code, reponse in reponses.items():
        while not (_focus().objectName().startswith("choix_") and a.questions[code]["reponse"].isAncestorOf(_focus())):
            _touche(qtbot, Qt.Key.Key_Tab)
        _repondre(qtbot, reponse)
        if reponse == "oui" and code in ("q2", "q3", "q4"):   # « Si oui, indiquez des initiatives… »
            _touche(qtbot, Qt.Key.Key_Tab)
            assert _focus() is a.questions[code]["initiatives"]
            _taper(qtbot, f"Initiatives pour {code}")
        elif reponse == "oui":   # la question 1 n'en demande pas : pas de champ où aller
            assert not a.questions[code]["initiatives"].isVisibleTo(a.pages.widget(1))
    _suivant_par_tab(qtbot, a)
    assert a.pages.currentIndex() == 2
    a.ajouter.setFocus()
    _touche(qtbot, Qt.Key.Key_Space)
    assert _focus() is a.champs_initiative["nom"]
    for texte in ("Demande en ligne de bout en bout", "Formulaire web et suivi", "Moins d'appels",
                  "300 000 $", "Retard du projet TI", "Avec Service Canada"):
        _taper(qtbot, texte)
        _touche(qtbot, Qt.Key.Key_Tab)
    _suivant_par_tab(qtbot, a)
    _repondre(qtbot, "oui")
    _touche(qtbot, Qt.Key.Key_Tab)
    _taper(qtbot, "Recommandé au comité.")
    _suivant_par_tab(qtbot, a)
    relue = DepotEvaluations(base).charger(ev.pk)
    assert relue.statut == "terminee" and relue.contenu["recommandation"] == "oui"
    assert relue.contenu["reponses"]["q3"] == {"reponse": "oui", "initiatives": "Initiatives pour q3"}
    (initiative,) = DepotEvaluations(base).initiatives(prioritaire.pk)
    assert (initiative["nom"], initiative["couts"], initiative["collaboration"]) == (
        "Demande en ligne de bout en bout", "300 000 $", "Avec Service Canada")


def test_2a_un_oui_sans_initiative_ne_se_termine_pas(qtbot, base):
    ev = evaluer.nouvelle(base, "2A", "2024-2025", _service(base, "AAC-001").pk)
    for code in ev.contenu["reponses"]:
        ev.contenu["reponses"][code]["reponse"] = "non"
    ev.contenu["reponses"]["q2"] = {"reponse": "oui", "initiatives": ""}
    ev.contenu["recommandation"] = "non"
    evaluer.enregistrer(base, ev)
    fenetre = _fenetre(qtbot, base, ev)
    fenetre.assistant.finir()
    texte = fenetre.assistant.manques.text()
    assert "indiquez des initiatives d'amélioration possibles" in texte
    assert "proposez au moins une initiative" in texte


# --- dossiers ------------------------------------------------------------------------------
def test_reprendre_un_brouillon_exactement_ou_il_s_est_arrete(qtbot, base):
    ev = evaluer.nouvelle(base, "1A", "2024-2025", sujet="Activité Y")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    a.aller_a(4)
    _repondre(qtbot, "oui")
    _touche(qtbot, Qt.Key.Key_Tab)
    _taper(qtbot, "Analyse en cours")
    fenetre.close()
    relue = evaluer.charger(base, ev.pk)
    reprise = _fenetre(qtbot, base, relue)
    assert reprise.assistant.pages.currentIndex() == 4
    assert reprise.assistant.questions["q4"][2].texte() == "Analyse en cours"
    assert reprise.assistant.questions["q4"][1].code() == "oui"


def test_une_evaluation_d_un_service_supprime_reste_lisible(qtbot, base):
    service = _service(base, "AAC-001")
    ev = evaluer.nouvelle(base, "1B", "2024-2025", service.pk)
    DepotServices(base).supprimer(service.pk)
    relue = evaluer.charger(base, ev.pk)
    assert relue.service_pk is None and relue.sujet == "Agri-stabilité"
    fenetre = _fenetre(qtbot, base, relue)
    assert "Agri-stabilité" in fenetre.windowTitle()


def test_liste_des_evaluations_reprendre_repartir_approuver(qtbot, base):
    from gesserv_bureau.interface.liste_evaluations import ListeEvaluations

    service = _service(base, "AAC-001")
    ev = evaluer.nouvelle(base, "2A", "2024-2025", service.pk)
    for code in ev.contenu["reponses"]:
        ev.contenu["reponses"][code]["reponse"] = "non"
    ev.contenu["recommandation"] = "non"
    evaluer.terminer(base, ev)
    liste = ListeEvaluations(base, "fr", "2025-2026")
    qtbot.addWidget(liste)
    liste.show()
    ouvertes = []
    liste.ouvrir.connect(ouvertes.append)
    assert liste.table.rowCount() == 4   # les trois exemples 1A de la démonstration, et celle-ci
    liste.outil.setCurrentIndex(liste.outil.findData("2A"))
    assert liste.table.rowCount() == 1 and liste.table.item(0, liste.colonne("statut")).text() == "Terminée"
    liste.table.selectRow(0)
    assert liste.approuver("Directrice générale, Services") is True
    approuvee = evaluer.charger(base, ev.pk)
    assert approuvee.statut == "approuvee" and approuvee.approuve_par == "Directrice générale, Services"
    with pytest.raises(evaluer.EvaluationApprouvee):
        evaluer.enregistrer(base, approuvee)
    liste.table.selectRow(0)
    qtbot.mouseClick(liste.bouton_repartir, Qt.MouseButton.LeftButton)
    (nouvelle,) = ouvertes
    assert nouvelle.origine_uuid == ev.uuid and nouvelle.exercice == "2025-2026" and nouvelle.statut == "brouillon"
    assert nouvelle.contenu["reponses"] == approuvee.contenu["reponses"]
    liste.table.selectRow(0)
    qtbot.mouseClick(liste.bouton_historique, Qt.MouseButton.LeftButton)
    assert [liste.table.item(r, liste.colonne("exercice")).text() for r in range(liste.table.rowCount())] == ["2025-2026", "2024-2025"]


_TUER = r"""
import os, signal, sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from gesserv_bureau.cas import evaluer
from gesserv_bureau.interface.app import creer_application
from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation
from gesserv_bureau.stockage.base import ouvrir

app, _ = creer_application("fr")
base = ouvrir(Path(sys.argv[1]))
ev = evaluer.nouvelle(base, "1A", "2024-2025")
fenetre = FenetreEvaluation(base, ev, "fr")
fenetre.show()
fenetre.activateWindow()
app.processEvents()
a = fenetre.assistant
QTest.keyClicks(a.nom, "Inspection des viandes")
a.aller_a(1)
QTest.keyClick(a.questions["q1"][1].boutons["oui"], " ")
QTest.keyClicks(a.questions["q1"][2], "Le certificat est l'extrant final")
a.aller_a(2)
QTest.keyClick(a.questions["q2"][1].boutons["oui"], " ")
QTest.keyClicks(a.questions["q2"][2], "Chaque jour")
print(ev.pk, flush=True)
os.kill(os.getpid(), signal.SIGKILL)   # l'application tuée net, en pleine saisie
"""


def test_tuer_l_application_en_pleine_evaluation_ne_perd_rien(tmp_path):
    import os
    import subprocess
    import sys

    chemin = tmp_path / "tuee.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    resultat = subprocess.run([sys.executable, "-c", _TUER, str(chemin)], capture_output=True, text=True, env=env,
                              timeout=120)
    assert resultat.returncode == -9, resultat.stderr
    pk = int(resultat.stdout.split()[0])
    with ouvrir(chemin) as base:
        ev = DepotEvaluations(base).charger(pk)
        assert ev.sujet == "Inspection des viandes"
        assert ev.contenu["reponses"]["q1"] == {"reponse": "oui", "analyse": "Le certificat est l'extrant final"}
        assert ev.contenu["reponses"]["q2"] == {"reponse": "oui", "analyse": "Chaque jour"}
        assert ev.etape == 2 and ev.statut == "brouillon"


def test_depuis_la_fenetre_principale_la_1b_met_a_jour_le_repertoire(qtbot, tmp_path):
    from outils_interface import ouvrir_fenetre, pk_de

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", "fr")
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() > 0, timeout=5000)
    service = next(s for s in DepotServices(fenetre.base).services("2024-2025") if "prioritaire" not in s.designations)
    fenetre.selectionner_pk(service.pk)
    fenetre.act_eval_1b.trigger()
    (evaluation,) = fenetre._fenetres_evaluation
    a = evaluation.assistant
    assert a.ev.service_pk == service.pk and a.ev.exercice == "2024-2025" and a.ev.edition == "2017"
    for code, w in a.points.items():
        if code != "autres":
            w["cote"].boutons["eleve"].setChecked(True)
    a.decision.boutons["oui"].setChecked(True)
    a.justification.setPlainText("Service à volume élevé, central au mandat.")
    a.finir()
    assert a.ev.statut == "terminee"
    rang = fenetre.modele.rang_de(pk_de(fenetre, service.service_id))
    assert "prioritaire" in fenetre.modele.ligne(rang).designations
    evaluation.close()
    liste = fenetre.liste_evaluations()
    assert liste.table.rowCount() == 4


def test_un_assistant_ouvert_suit_le_changement_de_langue(qtbot, tmp_path):
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "l.sqlite", "fr")
    service = next(s for s in DepotServices(fenetre.base).services("2024-2025") if s.service_id == "AAC-001")
    fenetre.selectionner_pk(service.pk)
    fenetre.act_eval_1b.trigger()
    (evaluation,) = fenetre._fenetres_evaluation
    a = evaluation.assistant
    assert a.entete.text() == "Outil de détermination des services prioritaires — Agri-stabilité"
    fenetre.changer_langue("en")
    assert a.entete.text() == "Priority service determination tool — AgriStability"
    a.aller_a(1)
    assert a.points["mandat"]["titre"].text() == "Mandate"
    fenetre.changer_langue("fr")
