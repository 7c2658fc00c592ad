"""La séance d'examen dans une salle (issue 16) : la vue de réunion lisible du fond à 1280 × 720
(la question courante et sa réponse en vue, les conseils de 2.4.5 repliés sous F2, des puces
courtes dans le bandeau, la taille du texte retenue par séance), une seule 2A par service (la
séance reprend celle qui existe), la séance choisie toujours montrée dans l'éditeur, et
l'échange de la séance avec un autre poste depuis son dialogue. Tout passe par les widgets."""

from __future__ import annotations

import gc
import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from gesserv_bureau.cas import evaluer, production_rapports, seances_examen
from gesserv_bureau.interface.seances.preparation import DialogueSeances
from gesserv_bureau.interface.seances.projection import VueSeance
from gesserv_bureau.langue import Traductions
from gesserv_bureau.referentiel import messages_echange
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

EXERCICE = "2024-2025"
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
QUESTIONS = ("q1", "q2", "q3", "q4", "q4a", "q4b")


def _pks(base) -> dict[str, int]:
    return {s.service_id: s.pk for s in evaluer.services_prioritaires(base, EXERCICE)}


def _seance(base, ids=("AAC-001", "EDSC-102", "GCC-014", "TC-031"), titre="Examen du printemps", date="2025-03-12"):
    pks = _pks(base)
    seance = seances_examen.nouvelle(base, titre, date, EXERCICE)
    seance.services = [pks[i] for i in ids]
    seance.participants = [{"nom": "Alice Tremblay", "domaine": "politique"}]
    seances_examen.enregistrer(base, seance)
    return seance


def _vue(qtbot, base, seance, largeur=1280, hauteur=720) -> VueSeance:
    vue = VueSeance(base, seances_examen.charger(base, seance.pk), "fr")
    qtbot.addWidget(vue)
    vue.resize(largeur, hauteur)
    vue.show()
    qtbot.waitExposed(vue)
    vue.activateWindow()
    qtbot.waitUntil(lambda: vue.assistant is None or vue.assistant.isAncestorOf(QApplication.focusWidget()))
    return vue


def _focus():
    return QApplication.focusWidget()


def _touche(qtbot, touche, modificateur=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(_focus(), touche, modificateur)


def _en_vue(page, widget) -> bool:
    """Le widget entier dans la partie visible de la page qui défile."""
    haut_gauche = widget.mapTo(page.viewport(), widget.rect().topLeft())
    return page.viewport().rect().contains(QRect(haut_gauche, widget.size()))


def _deux_a(base, service_pk) -> list:
    return [ev for ev in DepotEvaluations(base).du_service(service_pk, "2A") if ev.exercice == EXERCICE]


def _texte_pdf(octets: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(octets)).pages).replace("\n", " ")


# --- A. lisible du fond de la salle ------------------------------------------------------------
@pytest.mark.parametrize("taille", [(1280, 720), (1366, 768)])
def test_la_question_courante_et_sa_reponse_restent_en_vue(qtbot, base, taille):
    vue = _vue(qtbot, base, _seance(base), *taille)
    a = vue.assistant
    assert a.pages.currentIndex() == 1
    page = a.pages.currentWidget()
    # les conseils de 2.4.5 sont repliés : ils ne poussent plus les réponses hors de l'écran
    assert not any(w["guide"].isVisible() for w in a.questions.values() if w["guide"] is not None)
    assert vue.bouton_conseils.text() == "Conseils (2.4.5) — F2"
    for n, code in enumerate(QUESTIONS):
        if n:
            _touche(qtbot, Qt.Key.Key_Tab)                   # la question suivante, au clavier
        qtbot.waitUntil(lambda: vue.question_courante() == code)
        w = a.questions[code]
        qtbot.waitUntil(lambda: _en_vue(page, w["reponse"]))
        assert _en_vue(page, w["enonce"]), code

    # F2 déplie les conseils, F2 les replie; la réponse courante reste en vue
    _touche(qtbot, Qt.Key.Key_F2)
    guides = [w["guide"] for w in a.questions.values() if w["guide"] is not None]
    assert guides and all(g.isVisible() for g in guides)
    assert guides[0].text().startswith("Principales considérations (2.4.5) :")
    assert vue.bouton_conseils.isChecked()
    qtbot.waitUntil(lambda: _en_vue(page, a.questions["q4b"]["reponse"]))
    _touche(qtbot, Qt.Key.Key_F2)
    assert not any(g.isVisible() for g in guides)


def test_les_puces_du_bandeau_tiennent_numero_et_etat(qtbot, base):
    seance = _seance(base)
    pks = _pks(base)
    vue = _vue(qtbot, base, seance)
    edsc = vue.etapes_ordre[1]
    assert edsc.lignes == ("EDSC-102", "à faire")
    assert edsc.text() == "EDSC-102\nà faire"                      # rien d'abrégé
    assert edsc.toolTip() == "2. EDSC-102 — Numéro d'assurance sociale — non commencé"
    assert edsc.accessibleName() == edsc.toolTip()
    assert vue.etapes_ordre[0].text() == "▶ AAC-001\nà faire"
    assert vue.etapes_ordre[4].text() == "Sommaire\ndécisions et initiatives"
    vue.assistant.questions["q1"]["reponse"].boutons["oui"].click()
    assert vue.etapes_ordre[0].lignes[1] == "en cours"
    ev = vue.assistant.ev
    for w in vue.assistant.questions.values():
        w["reponse"].boutons["non"].click()
    vue.assistant.recommandation.boutons["oui"].click()
    vue.assistant.finir()
    qtbot.waitUntil(lambda: vue.position == 1)
    assert vue.etapes_ordre[0].text() == "AAC-001\nfait"
    assert vue.etapes_ordre[0].toolTip().endswith("terminé — recommandation : oui")
    assert evaluer.charger(base, ev.pk).service_pk == pks["AAC-001"]


def test_la_taille_du_texte_se_regle_au_clavier_et_reste_a_la_seance(qtbot, base):
    seance, autre = _seance(base), _seance(base, ("GCC-014",), titre="Autre séance")
    vue = _vue(qtbot, base, seance)
    enonce = lambda v: v.assistant.questions["q1"]["enonce"].font().pointSizeF()   # noqa: E731
    depart, titre = enonce(vue), vue.progression.font().pointSizeF()
    _touche(qtbot, Qt.Key.Key_Plus, CTRL)
    _touche(qtbot, Qt.Key.Key_Equal, CTRL)                  # Ctrl+= : le même, sans Maj
    assert enonce(vue) > depart * 1.15 and vue.progression.font().pointSizeF() > titre
    qtbot.waitUntil(lambda: vue.assistant.isAncestorOf(_focus()))
    _touche(qtbot, Qt.Key.Key_Space)                        # le curseur est resté dans l'examen
    assert vue.assistant.questions["q1"]["reponse"].code() == "oui"
    grand = enonce(vue)
    vue.close()

    vue = _vue(qtbot, base, seance)                          # rouverte : la taille est rétablie
    assert enonce(vue) == pytest.approx(grand)
    assert vue.assistant.questions["q1"]["reponse"].code() == "oui"
    _touche(qtbot, Qt.Key.Key_Minus, CTRL)
    assert enonce(vue) < grand
    vue.close()
    vue_autre = _vue(qtbot, base, autre)                     # une autre séance garde sa taille
    assert enonce(vue_autre) == pytest.approx(depart)
    vue_autre.close()
    vue = _vue(qtbot, base, seance)
    _touche(qtbot, Qt.Key.Key_0, CTRL)                       # Ctrl+0 : la taille du projecteur
    assert enonce(vue) == pytest.approx(depart)
    vue.close()
    vue = _vue(qtbot, base, seance)
    assert enonce(vue) == pytest.approx(depart)
    vue.close()


# --- B. la séance ne double pas le travail -----------------------------------------------------
def test_la_seance_reprend_la_2a_faite_hors_seance(qtbot, base):
    pks = _pks(base)
    hors = evaluer.nouvelle(base, "2A", EXERCICE, pks["EDSC-102"])
    hors.contenu["reponses"]["q1"]["reponse"] = "oui"
    hors.contenu["initiatives"].append({"nom": "Prise de rendez-vous en ligne", "description": ""})
    evaluer.enregistrer(base, hors)
    seance = _seance(base, ("EDSC-102",))

    dialogue = DialogueSeances(base, "fr", EXERCICE)
    qtbot.addWidget(dialogue)
    dialogue.show()
    qtbot.mouseClick(dialogue.bouton_projecteur, Qt.MouseButton.LeftButton)
    vue = dialogue.vue
    qtbot.waitExposed(vue)
    assert vue.assistant.ev.pk == hors.pk                    # reprise, pas un second brouillon
    assert vue.assistant.questions["q1"]["reponse"].code() == "oui"
    assert vue.etapes_ordre[0].lignes[1] == "en cours"
    vue.assistant.questions["q2"]["reponse"].boutons["non"].click()
    vue.close()
    qtbot.waitUntil(lambda: dialogue.vue is None)
    (examen,) = _deux_a(base, pks["EDSC-102"])
    # la même évaluation, la même séance (dans une copie du répertoire ministériel, envoyées en direct,
    # elles ont pris la clé que le serveur leur a donnée : on les retrouve par leur UUID)
    assert examen.uuid == hors.uuid
    seance = next(s for s in seances_examen.toutes(base) if s.uuid == seance.uuid)
    assert examen.seance_pk == seance.pk
    assert [ev.pk for ev in seances_examen.examens(base, seance)] == [examen.pk]

    # le procès-verbal cite cette évaluation-là
    texte = _texte_pdf(production_rapports.produire(base, "seance", "fr", cle=str(seance.pk)).contenu)
    assert "Prise de rendez-vous en ligne" in texte
    assert "n'a pas été examiné" not in texte
    dialogue.close()


def test_une_2a_approuvee_est_montree_en_lecture_seule(qtbot, base):
    pks = _pks(base)
    ancienne = evaluer.nouvelle(base, "2A", EXERCICE, pks["GCC-014"])
    for w in ancienne.contenu["reponses"].values():
        w["reponse"] = "non"
    ancienne.contenu["recommandation"] = "non"
    evaluer.enregistrer(base, ancienne)
    evaluer.approuver(base, ancienne, par="Chantal Roy")
    seance = _seance(base, ("GCC-014",))
    vue = _vue(qtbot, base, seance)
    assert vue.assistant.ev.pk == ancienne.pk
    assert not vue.assistant.pages.widget(1).saisie.isEnabled()   # lecture seule
    assert vue.assistant.cadre_statut.isVisible()   # « approuvée — lecture seule »
    assert vue.etapes_ordre[0].lignes[1] == "fait"
    vue.close()
    assert len(_deux_a(base, pks["GCC-014"])) == 1
    assert evaluer.charger(base, ancienne.pk).statut == "approuvee"
    assert [ev.pk for ev in seances_examen.examens(base, seance)] == [ancienne.pk]


def test_choisir_une_seance_la_montre_dans_l_editeur_en_anglais(qtbot, base):
    """Le bogue vu en anglais : après « New session », l'éditeur gardait le titre de la séance
    qui occupait auparavant la première ligne (la liste est triée, la plus récente d'abord)."""
    _seance(base, titre="Winter review", date="2025-01-10")
    _seance(base, titre="Spring review", date="2025-03-01")
    gc.collect()   # les fenêtres des tests précédents (leurs bases fermées) ne reçoivent pas le changement de langue
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    anglais = Traductions("en")
    anglais.installer()
    try:
        dialogue = DialogueSeances(base, "en", EXERCICE)
        qtbot.addWidget(dialogue)
        dialogue.show()
        table = dialogue.table_seances

        def coherent() -> bool:
            rang = table.selectionModel().selectedRows()[0].row()
            return (dialogue.titre.text() == table.item(rang, 1).text() == dialogue.seance.titre
                    and dialogue.seance.pk == table.item(rang, 0).data(Qt.ItemDataRole.UserRole))

        assert coherent() and dialogue.titre.text() == "Spring review"
        dialogue.changer_langue("fr")
        dialogue.changer_langue("en")
        qtbot.mouseClick(dialogue.bouton_nouvelle, Qt.MouseButton.LeftButton)   # aujourd'hui : en tête de liste
        assert table.rowCount() == 3
        assert coherent(), (dialogue.titre.text(), table.item(0, 1).text())
        qtbot.keyClicks(dialogue.titre, " 2")
        assert seances_examen.charger(base, dialogue.seance.pk).titre.endswith(" 2")
        assert {s.titre for s in seances_examen.toutes(base)} >= {"Winter review", "Spring review"}
        for rang in (2, 1, 0, 1):
            table.selectRow(rang)
            assert coherent()
        dialogue.close()
    finally:
        anglais.retirer()


# --- C. d'un poste à l'autre ---------------------------------------------------------------------
def test_exporter_puis_importer_la_seance_depuis_le_dialogue(qtbot, base, tmp_path, monkeypatch):
    seance = _seance(base, ("AAC-001", "EDSC-102"))
    ev = seances_examen.examen_du_service(base, seance, seance.services[0])
    ev.contenu["reponses"]["q1"]["reponse"] = "oui"
    evaluer.enregistrer(base, ev)
    dialogue = DialogueSeances(base, "fr", EXERCICE)
    qtbot.addWidget(dialogue)
    dialogue.show()
    assert dialogue.bouton_exporter.text() == "Exporter &vers un autre poste…"
    fichier = tmp_path / "vers-autre-poste.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fichier), ""))
    qtbot.mouseClick(dialogue.bouton_exporter, Qt.MouseButton.LeftButton)
    assert dialogue.message.isVisible()
    assert dialogue.message.text() == (f"Séance d'examen « Examen du printemps » et ses évaluations (1) "
                                       f"exportées dans {fichier}.")
    donnees = json.loads(fichier.read_text(encoding="utf-8"))
    assert donnees["seance"]["uuid"] == seance.uuid
    assert [e["uuid"] for e in donnees["evaluations"]] == [ev.uuid]

    # un dossier qui n'existe pas : dit en français, rien d'écrit
    absent = tmp_path / "absent" / "x.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(absent), ""))
    qtbot.mouseClick(dialogue.bouton_exporter, Qt.MouseButton.LeftButton)
    assert dialogue.message.text() == (f"Le fichier {absent} n'a pas pu être écrit : fichier ou dossier introuvable. "
                                       "Rien n'a été remplacé.")
    assert not absent.exists()
    dialogue.close()

    # l'autre poste : une base vide de séances
    with ouvrir(tmp_path / "autre.sqlite") as autre:
        from gesserv_bureau.cas import repertoire

        repertoire.charger_demo(autre)
        dialogue = DialogueSeances(autre, "fr", EXERCICE)
        qtbot.addWidget(dialogue)
        dialogue.show()
        assert dialogue.table_seances.rowCount() == 0
        # un fichier qui n'en est pas un : le refus de la ligne de commande, rien d'importé
        faux = tmp_path / "faux.json"
        faux.write_text("pas du JSON", encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(faux), ""))
        qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)
        assert dialogue.message.text().startswith(messages_echange.texte("pas_json", "fr", fichier=faux, detail="")[:30])
        assert dialogue.table_seances.rowCount() == 0
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fichier), ""))
        qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)
        assert dialogue.message.text().splitlines()[0] == messages_echange.texte(
            "seance_creee", "fr", titre="Examen du printemps")
        assert dialogue.table_seances.rowCount() == 1
        assert dialogue.titre.text() == "Examen du printemps"
        recue = seances_examen.toutes(autre)[0]
        assert [e.uuid for e in seances_examen.examens(autre, recue)] == [ev.uuid]
        dialogue.close()


# --- un déroulé de séance complet, au clavier seul ------------------------------------------------
def test_une_seance_entiere_au_clavier_donne_une_2a_par_service(qtbot, base):
    pks = _pks(base)
    hors = evaluer.nouvelle(base, "2A", EXERCICE, pks["EDSC-102"])   # faite avant, hors séance
    hors.contenu["initiatives"].append({"nom": "Prise de rendez-vous en ligne", "description": ""})
    evaluer.enregistrer(base, hors)
    seance = _seance(base, ("AAC-001", "EDSC-102"))
    vue = _vue(qtbot, base, seance)
    vue.showFullScreen()
    qtbot.waitUntil(lambda: vue.assistant.isAncestorOf(_focus()))

    for rang in range(2):
        qtbot.waitUntil(lambda: vue.position == rang and vue.assistant is not None
                        and vue.assistant.isAncestorOf(_focus()))
        assert _focus().parent().objectName() == "reponse_q1"
        # → va au bouton à droite : l'examen suivant doit être mis en page (une personne ne
        # tape pas dans les quelques millisecondes où les boutons n'ont pas encore leur place)
        boutons = vue.assistant.questions["q1"]["reponse"].boutons
        qtbot.waitUntil(lambda: boutons["non"].geometry().left() > boutons["oui"].geometry().right())
        for n, code in enumerate(QUESTIONS):                  # Tab : la question suivante; →, Espace : non
            if n:
                _touche(qtbot, Qt.Key.Key_Tab)
            assert _focus().parent().objectName() == f"reponse_{code}"
            _touche(qtbot, Qt.Key.Key_Right)
            _touche(qtbot, Qt.Key.Key_Space)
            assert vue.question_courante() == code
        assert all(vue.assistant.questions[c]["reponse"].code() == "non" for c in QUESTIONS)
        _touche(qtbot, Qt.Key.Key_PageDown)                  # les initiatives
        _touche(qtbot, Qt.Key.Key_PageDown)                  # la recommandation
        qtbot.waitUntil(lambda: _focus() is vue.assistant.recommandation.boutons["oui"])
        _touche(qtbot, Qt.Key.Key_Space)                     # q10 : oui
        _touche(qtbot, Qt.Key.Key_T, ALT)                    # Terminer : le service suivant
    qtbot.waitUntil(lambda: vue.au_sommaire)
    assert [vue.etapes_ordre[p].lignes[1] for p in range(2)] == ["fait", "fait"]
    assert [vue.sommaire.item(r, 1).text() for r in range(2)] == ["terminé", "terminé"]
    _touche(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not vue.isFullScreen())
    _touche(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not vue.isVisible())

    assert seances_examen.charger(base, seance.pk).statut == "terminee"
    for service_pk in seance.services:
        assert len(_deux_a(base, service_pk)) == 1
    examens = seances_examen.examens(base, seance)
    assert sorted(ev.service_pk for ev in examens) == sorted(seance.services)
    assert hors.pk in {ev.pk for ev in examens}
    texte = _texte_pdf(production_rapports.produire(base, "seance", "fr", cle=str(seance.pk)).contenu)
    assert "Prise de rendez-vous en ligne" in texte and "n'a pas été examiné" not in texte
    assert texte.count("Agri-stabilité") >= 1 and texte.count("Numéro d'assurance sociale") >= 1
