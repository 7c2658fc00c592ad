"""Un retour auquel on se fie (issue 16) : terminer montre le statut et verrouille les réponses,
« Rouvrir » (jamais pour une approuvée), « non posée » en démarche premier non, une étape vide
jamais cochée, le 1A qui lie l'entrée existante du répertoire plutôt qu'en créer un doublon,
et « Relier à un autre service… » au journal. Par les vrais widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gesserv_bureau.cas import evaluer
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.recherche import entree_correspondante, nom_compare
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation
from gesserv_bureau.referentiel import outil_1a
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices

EXERCICE = "2024-2025"
CODES = [q.code for q in outil_1a.QUESTIONS]


def _fenetre(qtbot, base, ev):
    fenetre = FenetreEvaluation(base, ev, "fr")
    qtbot.addWidget(fenetre)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    return fenetre


def _service(base, service_id):
    return next(s for s in DepotServices(base).services(EXERCICE) if s.service_id == service_id)


def _1a_service(qtbot, base, nom):
    """Un 1A aux huit « oui », confirmé : la page de conclusion propose l'entrée du répertoire."""
    ev = evaluer.nouvelle(base, "1A", EXERCICE, sujet=nom)
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    for i in range(len(CODES)):
        a.aller_a(1 + i)
        a.questions[CODES[i]][1].boutons["oui"].click()
    a.aller_a(a.pages.count() - 1)
    a.decision.boutons["confirme"].click()
    return fenetre, a


# --- le domaine ------------------------------------------------------------------------------
def test_regles_du_statut():
    ev = Evaluation("1B")
    assert not regles.reponses_verrouillees(ev) and not regles.peut_rouvrir(ev) and regles.peut_relier(ev)
    ev.statut = "terminee"
    assert regles.reponses_verrouillees(ev) and regles.peut_rouvrir(ev) and regles.peut_relier(ev)
    ev.statut = "approuvee"
    assert regles.reponses_verrouillees(ev) and not regles.peut_rouvrir(ev) and not regles.peut_relier(ev)


def test_entree_correspondante_par_nom_sans_casse_accents_espaces_puis_par_numero():
    a = Service(exercice=EXERCICE, pk=1, service_id="AAC-001", nom_fr="Délivrance des permis de chasse", nom_en="Hunting permits")
    b = Service(exercice=EXERCICE, pk=2, service_id="ARC-220", nom_fr="Autre", nom_en="")
    assert nom_compare("  DELIVRANCE   des Permis de chasse ") == nom_compare("Délivrance des permis de chasse")
    assert entree_correspondante([b, a], "  delivrance  DES permis de CHASSE") == (a, "nom")
    assert entree_correspondante([b, a], "hunting PERMITS") == (a, "nom")
    assert entree_correspondante([a, b], "Sans rapport", " arc-220 ") == (b, "numero")
    assert entree_correspondante([a, b], "Délivrance des permis de chasse", "ARC-220") == (b, "numero")
    assert entree_correspondante([a, b], "Délivrance des permis", "AAC-009") is None
    assert entree_correspondante([a, b], "", "") is None


def test_rouvrir_une_terminee_au_journal_jamais_une_approuvee(base):
    ev = evaluer.nouvelle(base, "2A", EXERCICE, _service(base, "AAC-001").pk)
    for code in ev.contenu["reponses"]:
        ev.contenu["reponses"][code]["reponse"] = "non"
    ev.contenu["recommandation"] = "non"
    evaluer.terminer(base, ev)
    evaluer.rouvrir(base, ev)
    relue = evaluer.charger(base, ev.pk)
    assert relue.statut == "brouillon" and relue.termine_le == ""
    (entree,) = [e for e in journal.entrees(base.conn, "evaluation", ev.pk) if e.action == "reouverture"]
    assert (entree.champ, entree.avant, entree.apres) == ("statut", "terminee", "brouillon")
    evaluer.approuver(base, relue, "Directrice")
    import pytest

    with pytest.raises(evaluer.EvaluationApprouvee):
        evaluer.rouvrir(base, relue)
    with pytest.raises(evaluer.EvaluationNonTerminee):
        evaluer.rouvrir(base, evaluer.nouvelle(base, "1A", EXERCICE, sujet="X"))


# --- terminer, rouvrir -----------------------------------------------------------------------
def test_terminer_montre_le_statut_verrouille_et_rouvrir_deverrouille(qtbot, base):
    ev = evaluer.nouvelle(base, "1A", EXERCICE, sujet="Site d'information")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    assert not a.cadre_statut.isVisible() and a.pages.widget(0).saisie.isEnabled()
    a.mode.boutons["premier_non"].click()
    a.aller_a(1)
    a.questions["q1"][1].boutons["non"].click()
    a.aller_a(a.pages.count() - 1)
    a.decision.boutons["confirme"].click()
    qtbot.mouseClick(a.terminer, Qt.MouseButton.LeftButton)
    assert DepotEvaluations(base).charger(ev.pk).statut == "terminee"
    # le statut, bien visible, dans la fenêtre et son titre
    assert a.cadre_statut.isVisible() and a.statut.text().startswith("Terminée le ")
    assert "réponses verrouillées" in a.statut.text()
    assert " — Terminée le " in fenetre.windowTitle()
    # les réponses grisées : aucun champ ne se modifie
    for i in range(a.pages.count()):
        assert not a.pages.widget(i).saisie.isEnabled()
    assert not a.decision.isEnabled() and not a.justification.isEnabled() and not a.terminer.isEnabled()
    a.aller_a(0)
    assert not a.nom.isEnabled()
    # « Rouvrir » : de nouveau un brouillon, les champs se modifient
    assert a.rouvrir.isVisible() and a.rouvrir.text() == "Rou&vrir"
    qtbot.mouseClick(a.rouvrir, Qt.MouseButton.LeftButton)
    assert DepotEvaluations(base).charger(ev.pk).statut == "brouillon"
    assert not a.cadre_statut.isVisible() and a.nom.isEnabled() and "Terminée" not in fenetre.windowTitle()
    a.nom.setFocus()
    a.nom.end(False)
    qtbot.keyClicks(a.nom, " 2")
    assert DepotEvaluations(base).charger(ev.pk).sujet == "Site d'information 2"


def test_une_approuvee_n_a_pas_rouvrir_et_ne_se_relie_pas(qtbot, base):
    ev = evaluer.nouvelle(base, "2A", EXERCICE, _service(base, "AAC-001").pk)
    for code in ev.contenu["reponses"]:
        ev.contenu["reponses"][code]["reponse"] = "non"
    ev.contenu["recommandation"] = "non"
    evaluer.approuver(base, ev, "Directrice générale")
    fenetre = _fenetre(qtbot, base, evaluer.charger(base, ev.pk))
    a = fenetre.assistant
    assert a.cadre_statut.isVisible() and a.statut.text().startswith("Approuvée le ")
    assert "par Directrice générale" in a.statut.text() and "ne se rouvre pas" in a.statut.text()
    assert "Cette évaluation est approuvée" not in a.statut.text()   # dit une fois, pas deux
    assert not a.rouvrir.isVisible()
    assert not a.pages.widget(1).saisie.isEnabled()
    avant = ev.service_pk
    qtbot.mouseClick(fenetre.bouton_relier, Qt.MouseButton.LeftButton)
    assert fenetre.dialogue_relier is None
    assert fenetre.message_relier.isVisible() and "ne se relie pas" in fenetre.message_relier.text()
    fenetre.message_relier.accept()
    # (l'évaluation tenue par la fenêtre : dans une copie du répertoire ministériel, envoyée en direct,
    # elle a pris la clé que le serveur lui a donnée)
    assert evaluer.charger(base, a.ev.pk).service_pk == avant


# --- premier non, étapes cochées -------------------------------------------------------------
def test_premier_non_les_questions_sautees_se_lisent_non_posee(qtbot, base):
    ev = evaluer.nouvelle(base, "1A", EXERCICE, sujet="Site d'information")
    fenetre = _fenetre(qtbot, base, ev)
    a = fenetre.assistant
    a.mode.boutons["premier_non"].click()
    a.aller_a(1)
    a.questions["q1"][1].boutons["oui"].click()
    a.aller_a(2)
    a.questions["q2"][1].boutons["non"].click()
    etapes = [a.etapes.item(k).text() for k in range(a.etapes.count())]
    assert etapes[1] == "✓ Question 1" and etapes[2] == "✓ Question 2"
    for n in range(3, 9):
        assert etapes[n] == f"– Question {n} (non posée)", etapes[n]
        assert "✓" not in etapes[n]
    sommaire = a.sommaire.text().splitlines()
    assert sommaire[:3] == ["Question 1 — Oui", "Question 2 — Non", "Question 3 — non posée"]
    assert sommaire[7] == "Question 8 — non posée"
    # toutes les questions : plus rien de « non posée », les sans-réponse le disent
    a.aller_a(0)
    a.mode.boutons["toutes"].click()
    assert a.etapes.item(3).text() == "○ Question 3"
    assert a.sommaire.text().splitlines()[2] == "Question 3 — sans réponse"


def test_une_etape_vide_n_est_jamais_cochee(qtbot, base):
    # 1B : « autres critères » est facultatif, rien n'y manque; vide, elle n'est pas cochée
    ev = evaluer.nouvelle(base, "1B", EXERCICE, _service(base, "AAC-001").pk)
    a = _fenetre(qtbot, base, ev).assistant
    derniere_question = a.pages.count() - 2
    assert not any(m.etape == derniere_question for m in regles.manques(ev))
    assert a.etapes.item(derniere_question).text().startswith("○ ")
    a.aller_a(derniere_question)
    a.points["autres"]["cote"].boutons["so"].click()
    assert a.etapes.item(derniere_question).text().startswith("✓ ")
    # 2A : la page des initiatives, vide, n'est pas cochée même si rien n'y manque
    ev2 = evaluer.nouvelle(base, "2A", EXERCICE, _service(base, "AAC-001").pk)
    a2 = _fenetre(qtbot, base, ev2).assistant
    assert not any(m.etape == 2 for m in regles.manques(ev2))
    assert a2.etapes.item(2).text().startswith("○ ")
    assert all(a2.etapes.item(k).text().startswith("○ ") for k in (1, 2, 3))


# --- 1A : l'entrée existante du répertoire ---------------------------------------------------
def test_1a_trouve_l_entree_existante_par_nom_et_la_lie_sans_doublon(qtbot, base):
    existante = _service(base, "AAC-001")
    nombre = DepotServices(base).nombre(EXERCICE)
    nom = "  " + existante.nom_fr.upper().replace("É", "E") + "  "
    _fenetre_, a = _1a_service(qtbot, base, nom)
    assert a.creer_service.isVisible()
    qtbot.mouseClick(a.creer_service, Qt.MouseButton.LeftButton)
    boite = a.question_liaison
    assert boite.isVisible() and "déjà une entrée de ce nom" in boite.text() and existante.nom_fr in boite.text()
    lier = boite.findChild(type(a.creer_service), "boutonLier")
    assert lier.text() == f"Lier à « {existante.nom_fr} »"
    assert boite.findChild(type(a.creer_service), "boutonCreerNouvelle").text() == "Créer une nouvelle entrée"
    assert boite.findChild(type(a.creer_service), "boutonAnnuler").text() == "Annuler"
    qtbot.mouseClick(lier, Qt.MouseButton.LeftButton)
    assert DepotServices(base).nombre(EXERCICE) == nombre
    assert DepotEvaluations(base).charger(a.ev.pk).service_pk == existante.pk
    assert not a.creer_service.isVisible() and existante.nom_fr in a.lien_service.text()
    (entree,) = [e for e in journal.entrees(base.conn, "evaluation", a.ev.pk) if e.action == "lien_service"]
    assert entree.avant is None and existante.nom_fr in entree.apres


def test_1a_trouve_par_numero_puis_cree_une_nouvelle_si_on_le_choisit(qtbot, base):
    existante = _service(base, "ARC-220")
    nombre = DepotServices(base).nombre(EXERCICE)
    _f, a = _1a_service(qtbot, base, "Une activité au nom inédit")
    a.numero.setFocus()
    qtbot.keyClicks(a.numero, "arc-220")
    assert DepotEvaluations(base).charger(a.ev.pk).contenu["service_id"] == "arc-220"
    qtbot.mouseClick(a.creer_service, Qt.MouseButton.LeftButton)
    boite = a.question_liaison
    assert "déjà une entrée de ce numéro d'ID" in boite.text() and "ARC-220" in boite.text()
    # Annuler : rien ne change
    qtbot.mouseClick(boite.findChild(type(a.creer_service), "boutonAnnuler"), Qt.MouseButton.LeftButton)
    assert DepotServices(base).nombre(EXERCICE) == nombre and a.ev.service_pk is None
    # puis « Créer une nouvelle entrée » : une de plus, sans reprendre le numéro déjà pris
    qtbot.mouseClick(a.creer_service, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(a.question_liaison.findChild(type(a.creer_service), "boutonCreerNouvelle"), Qt.MouseButton.LeftButton)
    assert DepotServices(base).nombre(EXERCICE) == nombre + 1
    cree = DepotServices(base).charger(DepotEvaluations(base).charger(a.ev.pk).service_pk)
    assert cree.pk != existante.pk and cree.nom_fr == "Une activité au nom inédit" and cree.service_id == ""
    assert a.lien_service.text() == "Entrée du répertoire créée et liée à cette évaluation."


def test_1a_sans_entree_existante_cree_directement_avec_son_numero(qtbot, base):
    nombre = DepotServices(base).nombre(EXERCICE)
    _f, a = _1a_service(qtbot, base, "Permis de pêche sportive")
    a.numero.setFocus()
    qtbot.keyClicks(a.numero, "AAC-900")
    qtbot.mouseClick(a.creer_service, Qt.MouseButton.LeftButton)
    assert a.question_liaison is None
    assert DepotServices(base).nombre(EXERCICE) == nombre + 1
    assert DepotServices(base).charger(a.ev.service_pk).service_id == "AAC-900"


# --- relier à un autre service ---------------------------------------------------------------
def test_relier_a_un_autre_service_change_le_service_et_le_journal_garde_les_deux(qtbot, base):
    ancien, nouveau = _service(base, "AAC-001"), _service(base, "ARC-220")
    ev = evaluer.nouvelle(base, "1B", EXERCICE, ancien.pk)
    fenetre = _fenetre(qtbot, base, ev)
    qtbot.mouseClick(fenetre.bouton_relier, Qt.MouseButton.LeftButton)
    dialogue = fenetre.dialogue_relier
    assert dialogue.isVisible()
    textes = [dialogue.liste.item(r).text() for r in range(dialogue.liste.count())]
    assert not any(t.startswith("AAC-001 ") for t in textes)          # un autre service
    qtbot.keyClicks(dialogue.recherche, "arc-220")
    visibles = [dialogue.liste.item(r) for r in range(dialogue.liste.count()) if not dialogue.liste.item(r).isHidden()]
    assert [i.text() for i in visibles] == [f"ARC-220 — {nouveau.nom_fr}"]
    assert dialogue.choisi() == nouveau.pk
    qtbot.keyClick(dialogue.liste, Qt.Key.Key_Return)
    relue = evaluer.charger(base, ev.pk)
    assert relue.service_pk == nouveau.pk and relue.sujet == nouveau.nom_fr
    assert nouveau.nom_fr in fenetre.windowTitle() and fenetre.assistant.service.currentData() == nouveau.pk
    (entree,) = [e for e in journal.entrees(base.conn, "evaluation", ev.pk) if e.action == "lien_service"]
    assert entree.champ == "service"
    assert ancien.nom_fr in entree.avant and "AAC-001" in entree.avant
    assert nouveau.nom_fr in entree.apres and "ARC-220" in entree.apres


def test_relier_une_recherche_sans_resultat_ne_relie_rien(qtbot, base):
    ev = evaluer.nouvelle(base, "2A", EXERCICE, _service(base, "AAC-001").pk)
    fenetre = _fenetre(qtbot, base, ev)
    qtbot.mouseClick(fenetre.bouton_relier, Qt.MouseButton.LeftButton)
    dialogue = fenetre.dialogue_relier
    qtbot.keyClicks(dialogue.recherche, "zzzz introuvable")
    assert dialogue.aucun.isVisible() and dialogue.choisi() is None
    from PySide6.QtWidgets import QDialogButtonBox

    assert not dialogue.boutons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialogue.reject()
    assert evaluer.charger(base, ev.pk).service_pk == ev.service_pk


def test_un_1a_de_la_demonstration_dit_quand_il_a_ete_termine(qtbot, base):
    """Les 1A de la démonstration (et tout 1A conclu par le dépôt des activités) ont leur date :
    le statut lit « Terminée le 4 décembre 2026 à … », jamais « Terminée le — »."""
    finis = [ev for ev in DepotEvaluations(base).toutes("1A") if ev.statut == "terminee"]
    assert finis and all(ev.termine_le for ev in finis)
    fenetre = _fenetre(qtbot, base, finis[0])
    texte = fenetre.assistant.statut.text()
    assert texte.startswith("Terminée le ") and "—  —" not in texte and not texte.startswith("Terminée le —")
    fenetre.close()
