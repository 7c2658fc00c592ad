"""L'aide là où on en a besoin (issue 16, point 7) : le guide du premier lancement et F1.

- le guide s'ouvre au premier lancement sur un répertoire vide, et chaque choix fait ce qu'il dit
  (le profil enregistré, la démonstration chargée, le dialogue d'import ouvert, l'assistant 1A
  ouvert); « ne plus montrer » est retenu au lancement suivant;
- F1, dans la fenêtre principale, un assistant 1A, la stratégie et un dialogue quelconque, ouvre
  la bonne page, dans la langue de l'interface, et cette page cite sa section de la Ligne
  directrice;
- chaque page française a sa page anglaise, aucun lien n'est cassé, rien n'est chargé du réseau.

Les tests en anglais vérifient les pages anglaises (livrées telles quelles); les textes des
boutons anglais n'arrivent qu'avec les traductions (après fusion) et ne sont pas vérifiés ici.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gesserv_bureau.cas import demonstration, guide_demarrage, profils, repertoire
from gesserv_bureau.chemins import dossier_ressources
from gesserv_bureau.interface import aide
from gesserv_bureau.interface.aide import VisualiseurAide
from gesserv_bureau.stockage.base import ouvrir

from outils_interface import ouvrir_fenetre

DOSSIER = dossier_ressources() / "aide"

# chaque page et ce qu'elle doit citer de la Ligne directrice (vérifié dans le texte source)
CITATIONS = {
    "repertoire": ("Section 2.1", "Section 2.1"),
    "formulaire-service": ("tableau 5", "Table 5"),
    "qualite": ("tableau 5", "Table 5"),
    "normes": ("Section 2.7.11", "Section 2.7.11"),
    "tableau-de-bord": ("Section 2.9.4", "Section 2.9.4"),
    "evaluation-1a": ("Annexe 1A", "Appendix 1A"),
    "evaluation-1b": ("Annexe 1B", "Appendix 1B"),
    "evaluation-2a": ("Annexe 2A", "Appendix 2A"),
    "evaluations": ("Annexes 1A, 1B et 2A", "Appendices 1A, 1B and 2A"),
    "seances": ("Section 2.4.4", "Section 2.4.4"),
    "projection": ("Section 2.4.4", "Section 2.4.4"),
    "strategie": ("Section 2.5", "Section 2.5"),
    "plan-travail": ("Annexe 2C", "Appendix 2C"),
    "rapports": ("Section 2.5.5", "Section 2.5.5"),
    "signature": ("Section 2.5.5", "Section 2.5.5"),
    "certificats": ("section 2.5.5", "section 2.5.5"),
    "import": ("Section 2.1", "Section 2.1"),
    "demarrage": ("Section 2.1.1", "Section 2.1.1"),
    "index": ("section 2", "Section 2"),
}


def _texte(page: str, langue: str) -> str:
    return aide.texte_page(aide.fichier_page(page, langue))


def _visualiseurs():
    return [w for w in QApplication.allWidgets() if isinstance(w, VisualiseurAide) and w.isVisible()]


def _f1(qtbot, fenetre) -> VisualiseurAide:
    """F1 au clavier dans la fenêtre (active), puis le visualiseur qui s'est ouvert."""
    fenetre.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is fenetre, timeout=3000)
    qtbot.keyClick(fenetre, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(_visualiseurs()), timeout=3000)
    return _visualiseurs()[0]


def _session(qtbot, chemin: Path, langue: str = "fr"):
    """Le lancement comme l'application le fait (le guide ou le profil, une fois la fenêtre dessinée)."""
    from gesserv_bureau.interface.app import _Session, creer_application

    app, traductions = creer_application(langue)
    session = _Session(app, traductions, chemin, essai=False)
    assert session.montrer(ouvrir(chemin))
    qtbot.addWidget(session.fenetre)
    qtbot.waitExposed(session.fenetre)
    return session


def _fermer(session) -> None:
    session.fenetre.close()
    session.traductions.retirer()


@pytest.fixture
def sans_selecteur(monkeypatch):
    """Le dialogue d'import s'ouvre sans son sélecteur de fichier (qui attendrait un clic)."""
    from gesserv_bureau.interface.dialogue_import import DialogueImport

    monkeypatch.setattr(DialogueImport, "choisir_fichier", lambda self: None)


# --- le guide du premier lancement ---------------------------------------------------------------
def test_premier_lancement_montre_le_guide_qui_commence_par_le_profil(qtbot, tmp_path):
    session = _session(qtbot, tmp_path / "neuf.sqlite")
    fenetre = session.fenetre
    qtbot.waitUntil(lambda: fenetre.findChild(QDialog, "guideDemarrage") is not None, timeout=3000)
    guide = fenetre.findChild(QDialog, "guideDemarrage")
    assert guide.isVisible() and not guide.isModal()
    assert guide.pages.currentWidget().objectName() == "pageProfil"
    assert "Étape 1 sur 3" in guide.etape.text()
    # le dialogue du profil lui-même, dans la page (pas une copie)
    assert guide.profil.objectName() == "dialoguePremierLancement" and guide.profil.isVisible()
    assert not guide.profil.boutons.isVisible()
    guide.profil.champs["nom"].setText("Marie Tremblay")
    guide.profil.champs["titre"].setText("Directrice")
    qtbot.mouseClick(guide.bouton_suivant, Qt.MouseButton.LeftButton)
    assert profils.lire().nom == "Marie Tremblay" and not profils.a_demander()
    assert fenetre.base.auteur == "Marie Tremblay"
    assert guide.pages.currentWidget().objectName() == "pageCommencer"
    # au retour, le profil est là, rempli
    qtbot.mouseClick(guide.bouton_precedent, Qt.MouseButton.LeftButton)
    assert guide.profil.isVisible() and guide.profil.champs["nom"].text() == "Marie Tremblay"
    _fermer(session)


def test_un_profil_refuse_garde_le_guide_au_premier_pas(qtbot, tmp_path):
    session = _session(qtbot, tmp_path / "neuf.sqlite")
    qtbot.waitUntil(lambda: session.fenetre.findChild(QDialog, "guideDemarrage") is not None, timeout=3000)
    guide = session.fenetre.findChild(QDialog, "guideDemarrage")
    guide.profil.champs["courriel"].setText("pas un courriel")
    qtbot.mouseClick(guide.bouton_suivant, Qt.MouseButton.LeftButton)
    assert guide.pages.currentWidget().objectName() == "pageProfil"
    assert guide.profil.message.isVisible() and guide.profil.message.text()
    assert profils.lire().courriel == ""
    _fermer(session)


def test_un_repertoire_qui_a_des_services_ne_montre_que_le_profil(qtbot, tmp_path):
    chemin = tmp_path / "plein.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    session = _session(qtbot, chemin)
    qtbot.waitUntil(lambda: session.fenetre.findChild(QDialog, "dialoguePremierLancement") is not None, timeout=3000)
    assert session.fenetre.findChild(QDialog, "guideDemarrage") is None
    _fermer(session)


def _guide_au_pas_commencer(qtbot, tmp_path):
    session = _session(qtbot, tmp_path / "neuf.sqlite")
    qtbot.waitUntil(lambda: session.fenetre.findChild(QDialog, "guideDemarrage") is not None, timeout=3000)
    guide = session.fenetre.findChild(QDialog, "guideDemarrage")
    qtbot.mouseClick(guide.bouton_suivant, Qt.MouseButton.LeftButton)   # profil passé (vide)
    assert guide.pages.currentWidget().objectName() == "pageCommencer"
    assert not profils.a_demander()
    return session, guide


def test_le_guide_charge_la_demonstration(qtbot, tmp_path):
    session, guide = _guide_au_pas_commencer(qtbot, tmp_path)
    fenetre = session.fenetre
    assert repertoire.exercices_connus(fenetre.base) == []
    qtbot.mouseClick(guide.bouton_demo, Qt.MouseButton.LeftButton)
    assert repertoire.nombre_services(fenetre.base, demonstration.EXERCICE_DEMO) == 10
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 10, timeout=3000)
    assert fenetre.controleur.exercice == demonstration.EXERCICE_DEMO
    assert guide.pages.currentWidget().objectName() == "pageEvaluation1A"
    assert guide.fait.isVisible() and "10 services" in guide.fait.text()
    _fermer(session)


def test_le_guide_ouvre_le_dialogue_d_import(qtbot, tmp_path, sans_selecteur):
    session, guide = _guide_au_pas_commencer(qtbot, tmp_path)
    qtbot.mouseClick(guide.bouton_import, Qt.MouseButton.LeftButton)
    dialogue = session.fenetre.findChild(QDialog, "dialogueImport")
    assert dialogue is not None and dialogue.isVisible()
    assert guide.pages.currentWidget().objectName() == "pageEvaluation1A"
    dialogue.close()
    _fermer(session)


def test_le_guide_part_d_un_repertoire_vide_puis_ouvre_l_assistant_1a(qtbot, tmp_path):
    session, guide = _guide_au_pas_commencer(qtbot, tmp_path)
    fenetre = session.fenetre
    qtbot.mouseClick(guide.bouton_vide, Qt.MouseButton.LeftButton)
    assert repertoire.exercices_connus(fenetre.base) == []
    assert "Ctrl+N" in guide.fait.text()
    qtbot.mouseClick(guide.bouton_1a, Qt.MouseButton.LeftButton)
    assistant = fenetre.findChild(QDialog, "fenetreEvaluation1A")
    assert assistant is not None and assistant.isVisible()
    assert assistant.assistant.ev.outil == "1A"
    qtbot.waitUntil(lambda: fenetre.findChild(QDialog, "guideDemarrage") is None, timeout=3000)   # fermé
    _fermer(session)


def test_ne_plus_montrer_est_retenu_au_lancement_suivant(qtbot, tmp_path):
    chemin = tmp_path / "neuf.sqlite"
    session = _session(qtbot, chemin)
    qtbot.waitUntil(lambda: session.fenetre.findChild(QDialog, "guideDemarrage") is not None, timeout=3000)
    guide = session.fenetre.findChild(QDialog, "guideDemarrage")
    assert not guide.ne_plus_montrer.isChecked()
    guide.ne_plus_montrer.setChecked(True)
    qtbot.mouseClick(guide.bouton_fermer, Qt.MouseButton.LeftButton)
    assert guide_demarrage.ne_plus_montrer()
    _fermer(session)

    suivant = _session(qtbot, chemin)   # le répertoire est toujours vide
    qtbot.wait(300)
    assert suivant.fenetre.findChild(QDialog, "guideDemarrage") is None
    # mais Aide › Guide de démarrage le rouvre, la case cochée
    suivant.fenetre.act_guide.trigger()
    guide = suivant.fenetre.findChild(QDialog, "guideDemarrage")
    assert guide is not None and guide.isVisible() and guide.ne_plus_montrer.isChecked()
    _fermer(suivant)


def test_sans_ne_plus_montrer_le_guide_revient_sur_un_repertoire_encore_vide(qtbot, tmp_path):
    chemin = tmp_path / "neuf.sqlite"
    session = _session(qtbot, chemin)
    qtbot.waitUntil(lambda: session.fenetre.findChild(QDialog, "guideDemarrage") is not None, timeout=3000)
    session.fenetre.findChild(QDialog, "guideDemarrage").reject()
    _fermer(session)
    suivant = _session(qtbot, chemin)
    qtbot.waitUntil(lambda: suivant.fenetre.findChild(QDialog, "guideDemarrage") is not None, timeout=3000)
    _fermer(suivant)


def test_le_menu_aide_a_ses_deux_nouvelles_commandes(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    textes = [a.text() for a in fenetre.menu_aide.actions()]
    assert "&Aide de cet écran" in textes and "&Guide de démarrage" in textes
    assert [s.toString() for s in fenetre.act_aide_ecran.shortcuts()] == ["F1"]
    assert fenetre.act_a_propos.shortcuts() == []   # F1 n'est plus « À propos »


# --- F1 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("langue", ["fr", "en"])
def test_f1_dans_la_fenetre_principale(qtbot, tmp_path, langue):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    visualiseur = _f1(qtbot, fenetre)
    assert visualiseur.page_courante() == "repertoire" and visualiseur.langue == langue
    assert Path(visualiseur.navigateur.source().toLocalFile()).parent == DOSSIER / langue
    assert CITATIONS["repertoire"][langue == "en"] in visualiseur.navigateur.toPlainText()
    assert visualiseur.parent() is fenetre   # il se ferme avec elle
    fenetre.onglets.setCurrentIndex(1)
    visualiseur = _f1(qtbot, fenetre)
    assert visualiseur.page_courante() == "qualite"
    fenetre.onglets.setCurrentIndex(2)
    assert _f1(qtbot, fenetre).page_courante() == "tableau-de-bord"
    fenetre.onglets.setCurrentIndex(0)
    fenetre.selectionner_pk(fenetre.modele.ligne(0).pk)
    fenetre.formulaire.service_id.setFocus()
    assert fenetre.page_aide() == "formulaire-service"


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_f1_dans_un_assistant_1a(qtbot, tmp_path, langue):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    assistant = fenetre.nouvelle_evaluation("1A")
    qtbot.waitExposed(assistant)
    visualiseur = _f1(qtbot, assistant)
    assert visualiseur.page_courante() == "evaluation-1a" and visualiseur.langue == langue
    texte = visualiseur.navigateur.toPlainText()
    assert CITATIONS["evaluation-1a"][langue == "en"] in texte
    assert ("huit questions" if langue == "fr" else "eight questions") in texte


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_f1_dans_la_strategie_et_son_plan_de_travail(qtbot, tmp_path, langue):
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    dossiers = demonstration.remplir_dossiers(fenetre.base)
    strategie = FenetreStrategie(fenetre.base, dossiers["strategie"], langue, fenetre)
    strategie.show()
    qtbot.waitExposed(strategie)
    visualiseur = _f1(qtbot, strategie)
    assert visualiseur.page_courante() == "strategie" and visualiseur.langue == langue
    assert CITATIONS["strategie"][langue == "en"] in visualiseur.navigateur.toPlainText()
    assert ("Annexe 2B" if langue == "fr" else "Appendix 2B") in visualiseur.navigateur.toPlainText()
    rang = next(i for i, s in enumerate(strategie.st.sections) if s["type"] == "plan")
    strategie.toc.setCurrentRow(rang)
    visualiseur = _f1(qtbot, strategie)
    assert visualiseur.page_courante() == "plan-travail"
    assert CITATIONS["plan-travail"][langue == "en"] in visualiseur.navigateur.toPlainText()
    strategie.close()


class DialogueQuelconque(QDialog):
    """Un dialogue que l'aide ne connaît pas (comme ceux qu'on ajoutera)."""


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_f1_dans_un_dialogue_quelconque_ouvre_l_accueil(qtbot, tmp_path, langue):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    dialogue = DialogueQuelconque(fenetre)
    dialogue.resize(300, 200)
    dialogue.show()
    qtbot.waitExposed(dialogue)
    visualiseur = _f1(qtbot, dialogue)
    assert visualiseur.page_courante() == "index" and visualiseur.langue == langue
    assert CITATIONS["index"][langue == "en"] in visualiseur.navigateur.toPlainText()
    dialogue.close()


def test_f1_dans_une_boite_de_qt_prend_la_page_de_sa_fenetre(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    fenetre.onglets.setCurrentIndex(1)
    boite = QMessageBox(QMessageBox.Icon.Information, "Titre", "Texte", QMessageBox.StandardButton.Ok, fenetre)
    boite.show()
    qtbot.waitExposed(boite)
    assert _f1(qtbot, boite).page_courante() == "qualite"
    boite.close()


def test_f1_devant_un_dialogue_modal_reste_utilisable(qtbot, tmp_path, sans_selecteur):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    dialogue = fenetre.importer_donnees()
    qtbot.waitExposed(dialogue)
    assert dialogue.isModal()
    visualiseur = _f1(qtbot, dialogue)
    assert visualiseur.page_courante() == "import"
    assert visualiseur.parent() is dialogue   # enfant du dialogue modal : pas bloqué par lui
    assert "Section 2.1" in visualiseur.navigateur.toPlainText()
    dialogue.close()


PAGES_DU_CATALOGUE = {
    "principale": "repertoire", "evaluation_1a": "evaluation-1a", "evaluation_1b": "evaluation-1b",
    "evaluation_2a": "evaluation-2a", "liste_evaluations": "evaluations", "seances": "seances",
    "projection": "projection", "strategies": "strategie", "strategie": "strategie", "mise_a_jour": "strategie",
    "rapport": "rapports", "signature": "signature", "verification": "signature", "certificats": "certificats",
    "import": "import", "profil": "demarrage", "ponderation_1b": "evaluation-1b", "criteres_1b": "evaluation-1b",
    "approbation": "signature", "registre_rapports": "rapports", "metadonnees": "repertoire",
    "guide": "demarrage", "aide": "index", "norme": "normes", "suivi_norme": "normes",
}


def test_chaque_ecran_du_catalogue_a_sa_page(tmp_path, qtbot):
    """Chaque fenêtre et dialogue de l'application (tests/catalogue_ecrans.py) a sa page, pas l'accueil."""
    from catalogue_ecrans import fabriques, preparer_base
    from gesserv_bureau.interface.app import creer_application

    base, dossiers = preparer_base(tmp_path / "catalogue.sqlite")
    _app, traductions = creer_application("fr")
    try:
        usines = fabriques(base, dossiers, traductions)
        assert sorted(usines) == sorted(PAGES_DU_CATALOGUE)
        vues = {}
        for nom, usine in usines.items():
            ecran = usine()
            vues[nom] = aide.page_pour(ecran)
            ecran.close()
            ecran.deleteLater()
        QApplication.processEvents()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert vues == PAGES_DU_CATALOGUE
    finally:
        traductions.retirer()
        base.fermer()


# --- les pages --------------------------------------------------------------------------------
def test_chaque_page_francaise_a_sa_page_anglaise():
    fr = sorted(p.name for p in (DOSSIER / "fr").glob("*.html"))
    en = sorted(p.name for p in (DOSSIER / "en").glob("*.html"))
    assert fr == en == sorted(f"{p}.html" for p in aide.PAGES)
    assert set(aide.REGISTRE.values()) <= set(aide.PAGES)


@pytest.mark.parametrize("langue", ["fr", "en"])
@pytest.mark.parametrize("page", sorted(CITATIONS))
def test_chaque_page_dit_a_quoi_sert_l_ecran_et_cite_sa_section(page, langue):
    brut = aide.fichier_page(page, langue).read_text(encoding="utf-8")
    assert f'<html lang="{langue}">' in brut
    assert CITATIONS[page][langue == "en"] in _texte(page, langue)
    if page != "index":
        titres = ("À quoi sert cet écran", "Pas à pas", "Ce que dit la Ligne directrice") if langue == "fr" else (
            "What this screen is for", "Step by step", "What the Guideline says")
        assert all(t in brut for t in titres)
        assert brut.count("<li>") >= 3   # des pas


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_aucun_lien_casse_et_rien_du_reseau(langue):
    for chemin in sorted((DOSSIER / langue).glob("*.html")):
        brut = chemin.read_text(encoding="utf-8")
        assert not re.search(r"https?:|ftp:|//", re.sub(r"<!DOCTYPE html>", "", brut)), chemin.name
        for cible in re.findall(r'(?:href|src)="([^"]*)"', brut):
            fichier = cible.split("#")[0]
            assert fichier and (chemin.parent / fichier).is_file(), f"{chemin.name} → {cible}"


def test_les_liens_se_suivent_dans_le_visualiseur_et_retour_revient(qtbot):
    visualiseur = VisualiseurAide("fr")
    qtbot.addWidget(visualiseur)
    for page in aide.PAGES:
        visualiseur.ouvrir(page)
        for cible in re.findall(r'href="([^"#]+)\.html"', aide.fichier_page(page, "fr").read_text(encoding="utf-8")):
            visualiseur.ouvrir(page)
            visualiseur.navigateur.anchorClicked.emit(QUrl(f"{cible}.html"))
            assert visualiseur.page_courante() == cible, f"{page} → {cible}"
    assert visualiseur.navigateur.refusees == []   # aucune ressource hors du dossier de l'aide
    visualiseur.ouvrir("index")
    visualiseur.navigateur.anchorClicked.emit(QUrl("strategie.html"))
    assert visualiseur.page_courante() == "strategie" and visualiseur.bouton_retour.isEnabled()
    qtbot.mouseClick(visualiseur.bouton_retour, Qt.MouseButton.LeftButton)
    assert visualiseur.page_courante() == "index"
    # un lien vers le réseau n'est jamais suivi
    visualiseur.navigateur.anchorClicked.emit(QUrl("https://www.canada.ca/"))
    assert visualiseur.page_courante() == "index" and "hors ligne" in visualiseur.message.text()


def test_la_recherche_trouve_les_pages(qtbot):
    visualiseur = VisualiseurAide("fr")
    qtbot.addWidget(visualiseur)
    assert visualiseur.liste.count() == len(aide.PAGES)   # sans recherche : le sommaire
    qtbot.keyClicks(visualiseur.recherche, "ffpm")
    trouvees = [visualiseur.liste.item(i).data(256) for i in range(visualiseur.liste.count())]
    assert "strategie" in trouvees and "repertoire" not in trouvees
    assert "Pages trouvées" in visualiseur.message.text()
    qtbot.keyClick(visualiseur.recherche, Qt.Key.Key_Return)
    assert visualiseur.page_courante() == trouvees[0]
    visualiseur.recherche.setText("DUREE de validite")   # sans accents ni casse : trouvé quand même
    assert [visualiseur.liste.item(i).data(256) for i in range(visualiseur.liste.count())] == ["certificats"]
    visualiseur.recherche.setText("zzzintrouvable")
    assert visualiseur.liste.count() == 0 and "Aucune page" in visualiseur.message.text()
    assert "plan-travail" in aide.rechercher("Appendix 2C", "en")


def test_le_visualiseur_change_de_langue_sur_la_meme_page(qtbot):
    visualiseur = VisualiseurAide("fr")
    qtbot.addWidget(visualiseur)
    visualiseur.ouvrir("evaluation-1b")
    assert "Annexe 1B" in visualiseur.navigateur.toPlainText()
    visualiseur.changer_langue("en")
    assert visualiseur.page_courante() == "evaluation-1b" and "Appendix 1B" in visualiseur.navigateur.toPlainText()
    visualiseur.ouvrir("page-inexistante")
    assert visualiseur.page_courante() == "index"   # jamais rien


def test_les_pages_sont_livrees_par_l_installeur():
    """Le paquet figé (installeur/gesserv-bureau.spec) prend chaque fichier de ressources/, et
    ``construire.verifier_contenu`` refuse un paquet où il en manque un : les pages en font partie."""
    spec = (Path(__file__).resolve().parent.parent / "installeur" / "gesserv-bureau.spec").read_text(encoding="utf-8")
    assert 'dossier_ressources.rglob("*")' in spec
    assert len(list(DOSSIER.rglob("*.html"))) == 2 * len(aide.PAGES)
