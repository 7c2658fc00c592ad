"""Attaque par le texte riche (issue 12, partie 4, moitié des widgets) : un nom de service, un
sujet, un titre de séance ou d'initiative, un participant qui contient du HTML.

QLabel, QMessageBox et les infobulles devinent le format (Qt::AutoText) : un nom comme
``<b style="color:red;font-size:40px">X</b><a href="http://x">lien</a>`` mettait l'en-tête de
l'assistant 1B en rouge, en très grand, avec un lien. Chaque widget qui montre un texte de
l'utilisateur le montre désormais tel quel. Les fenêtres parcourues : la fenêtre principale
(formulaire, sommaire, qualité, tableau de bord), les assistants 1A, 1B et 2A, la liste des
évaluations, la séance d'examen (préparation, projection et sommaire de la séance), la stratégie
et son plan de travail, l'import et la question avant de supprimer un service.
"""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from fichiers_gc import fichier_actuel, ligne_actuelle
from gesserv_bureau.cas import repertoire
from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_interface import attendre_sommaire, ouvrir_fenetre, pk_de

ATTAQUE = '<b style="color:red;font-size:40px">X</b><a href="http://x">lien</a>'
MARQUE = '<b style="color:red'   # ce qu'un texte montré tel quel garde


riche = QtGui_Qt.mightBeRichText   # ce que Qt::AutoText devine


def _rendu_riche(texte: str, format_) -> bool:
    return format_ == Qt.TextFormat.RichText or (format_ == Qt.TextFormat.AutoText and riche(texte))


def fautes(racine: QWidget) -> tuple[list[str], int]:
    """(les widgets qui rendraient le HTML du texte de l'utilisateur, combien le montrent tel quel)."""
    liste, montres = [], 0
    for w in [racine, *racine.findChildren(QWidget)]:
        nom = f"{type(w).__name__}#{w.objectName() or '?'} (dans {type(w.parent()).__name__})"
        if isinstance(w, QLabel) and MARQUE in w.text():
            if _rendu_riche(w.text(), w.textFormat()):
                liste.append(f"{nom} : {w.text()[:70]}")
            else:
                montres += 1
        if isinstance(w, QLabel) and w.openExternalLinks() and "http://x" in w.text():
            liste.append(f"{nom} ouvre les liens : {w.text()[:70]}")
        if MARQUE in w.toolTip() and riche(w.toolTip()):
            liste.append(f"infobulle de {nom} : {w.toolTip()[:70]}")
        if isinstance(w, QTextEdit) and "lien" in w.toPlainText() and MARQUE not in w.toPlainText():
            liste.append(f"{nom} a rendu le HTML : {w.toPlainText()[:70]}")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            modele = w.model()
            try:
                colonnes = modele.columnCount()
            except TypeError:   # un modèle de liste : une colonne
                colonnes = 1
            for rang in range(min(modele.rowCount(), 200)):
                for col in range(colonnes):
                    bulle = modele.index(rang, col).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(bulle, str) and MARQUE in bulle and riche(bulle):
                        liste.append(f"infobulle de la cellule {rang},{col} de {nom} : {bulle[:70]}")
                    if isinstance(modele.index(rang, col).data(), str) and MARQUE in modele.index(rang, col).data():
                        montres += 1
    return liste, montres


def _preparer(chemin):
    """Une base de démonstration où le texte piégé est partout où l'utilisateur écrit."""
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
        depot = DepotServices(base)
        service = next(s for s in depot.services() if s.service_id == "AAC-001")   # prioritaire
        service.nom_fr = service.nom_en = ATTAQUE
        service.proprietaire = ATTAQUE
        depot.enregistrer(service)
        pk = service.pk
        ev1a = evaluer.nouvelle(base, "1A", service.exercice, sujet=ATTAQUE)
        ev1a.contenu["organisme"] = ATTAQUE
        evaluer.enregistrer(base, ev1a)
        evaluer.nouvelle(base, "1B", service.exercice, pk)
        ev2a = evaluer.nouvelle(base, "2A", service.exercice, pk)
        seance = seances_examen.nouvelle(base, ATTAQUE, "2025-03-12", service.exercice)
        seance.participants = [{"nom": ATTAQUE, "domaine": "politique"}]
        seance.services = [pk]
        seances_examen.enregistrer(base, seance)
        st = planification.nouvelle(base, ATTAQUE, service.exercice)
        o = regles.objectif(ATTAQUE)
        st.objectifs.append(o)
        i = regles.initiative(ATTAQUE, objectifs=[o["id"]], services=[pk],
                              origine={"evaluation": ev2a.uuid, "sujet": ATTAQUE})
        st.initiatives.append(i)
        st.mesures.append(regles.mesure(i["id"], ATTAQUE, secteur=ATTAQUE, date_prevue="2025-06-30"))
        regles.ajouter_section(st, ATTAQUE)
        planification.enregistrer(base, st)
        return pk, service.exercice, seance.pk, st.pk


@pytest.fixture
def piege(qtbot, tmp_path):
    """(base ouverte, (pk du service, exercice, pk de la séance, pk de la stratégie)); les
    fenêtres se ferment avant la base."""
    infos = _preparer(tmp_path / "r.sqlite")
    base = ouvrir(tmp_path / "r.sqlite")
    yield base, infos
    for w in QApplication.topLevelWidgets():
        w.close()
    base.fermer()


def _montrer(qtbot, w: QWidget) -> QWidget:
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_la_fenetre_principale_montre_le_nom_tel_quel(qtbot, tmp_path, monkeypatch):
    pk, exercice, _s, _st = _preparer(tmp_path / "r.sqlite")
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    fenetre.selectionner_pk(pk)
    attendre_sommaire(qtbot, fenetre)
    qtbot.waitUntil(lambda: fenetre.formulaire.service() is not None and fenetre.formulaire.service().pk == pk)
    liste, montres = fautes(fenetre)
    assert not liste, "\n".join(liste)
    assert montres >= 1   # le titre du formulaire, au moins
    # le contrôle de la qualité et le tableau de bord, avec le service piégé choisi
    fenetre.verifier_qualite()
    qtbot.waitUntil(lambda: fenetre.qualite._exercice == exercice, timeout=5000)
    fenetre.onglets.setCurrentIndex(2)
    fenetre.actualiser_tableau_de_bord(pk)
    qtbot.waitUntil(lambda: fenetre.tableau.choix_service.currentData() == pk, timeout=5000)
    liste, _ = fautes(fenetre)
    assert not liste, "\n".join(liste)
    # les graphiques affichent titres, légendes et axes en HTML : le nom y est échappé
    qtbot.waitUntil(lambda: any("lien" in m.label() for c in fenetre.tableau.cartes.values()
                                for m in c.graphique.legend().markers()), timeout=5000)
    for carte in fenetre.tableau.cartes.values():
        textes = [carte.graphique.title(), *(m.label() for m in carte.graphique.legend().markers())]
        textes += [c for axe in carte.graphique.axes() if hasattr(axe, "categories") for c in axe.categories()]
        assert not [t for t in textes if MARQUE in t], (carte.objectName(), textes)
    # la question avant de supprimer le service
    questions = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, titre, texte, *a: questions.append(texte) or QMessageBox.StandardButton.No))
    fenetre.onglets.setCurrentIndex(0)
    fenetre.selectionner_pk(pk)
    fenetre.supprimer_service()
    assert len(questions) == 1
    assert not riche(questions[0]) or MARQUE not in questions[0], questions[0]
    assert "X" in questions[0] and "lien" in questions[0]


def test_les_assistants_1a_1b_2a_montrent_le_nom_tel_quel(qtbot, piege):
    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

    base, _infos = piege
    for ev in sorted((e for e in evaluer.toutes(base) if e.sujet == ATTAQUE), key=lambda e: e.outil):
        fenetre = _montrer(qtbot, FenetreEvaluation(base, ev, "fr"))
        a = fenetre.assistant
        for etape in range(a.pages.count()):
            a.aller_a(etape)
            liste, montres = fautes(fenetre)
            assert not liste, f"{ev.outil}, étape {etape + 1} :\n" + "\n".join(liste)
        assert MARQUE in a.entete.text(), (ev.outil, a.entete.text())
        assert a.entete.textFormat() == Qt.TextFormat.PlainText
        fenetre.close()


def test_la_liste_des_evaluations_montre_le_sujet_tel_quel(qtbot, piege):
    from gesserv_bureau.interface.liste_evaluations import ListeEvaluations

    base, (_pk, exercice, _s, _st) = piege
    liste_ev = _montrer(qtbot, ListeEvaluations(base, "fr", exercice))
    liste_ev.table.selectRow(0)
    liste, montres = fautes(liste_ev)
    assert not liste, "\n".join(liste)
    assert montres >= 3
    liste_ev.close()


def test_la_seance_d_examen_montre_titres_et_participants_tels_quels(qtbot, piege):
    from gesserv_bureau.interface.seance_examen import DialogueSeances, VueSeance

    base, (_pk, exercice, seance_pk, _st) = piege
    dialogue = _montrer(qtbot, DialogueSeances(base, "fr", exercice))
    dialogue.table_seances.selectRow(0)
    liste, montres = fautes(dialogue)
    assert not liste, "\n".join(liste)
    assert montres >= 1
    dialogue.close()
    vue = _montrer(qtbot, VueSeance(base, seances_examen.charger(base, seance_pk), "fr"))   # la projection
    qtbot.waitUntil(lambda: MARQUE in vue.titre.text())
    liste, montres = fautes(vue)
    assert not liste, "\n".join(liste)
    vue.aller_a(len(vue.services))   # le sommaire de la séance
    assert vue.au_sommaire
    liste, _ = fautes(vue)
    assert not liste, "\n".join(liste)
    vue.close()


def test_la_strategie_et_son_plan_montrent_les_titres_tels_quels(qtbot, piege):
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie

    base, (_pk, _e, _s, st_pk) = piege
    fenetre = _montrer(qtbot, FenetreStrategie(base, planification.charger(base, st_pk), "fr"))
    for rang in range(fenetre.toc.count()):
        fenetre.toc.setCurrentRow(rang)
        liste, _ = fautes(fenetre)
        assert not liste, f"section {rang + 1} :\n" + "\n".join(liste)
    # le guide de la section libre mêle le gras de l'application et le titre de l'utilisateur
    assert MARQUE not in fenetre.guide.text() or fenetre.guide.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b style" in fenetre.guide.text()
    fenetre.close()


def test_le_dialogue_d_import_montre_les_cellules_telles_quelles(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", "fr", demo=False)
    dialogue = fenetre.importer_donnees(fichier_actuel(tmp_path, "piege.csv", [
        ligne_actuelle(service_name_fr=ATTAQUE, num_applications_online=ATTAQUE)]))
    qtbot.waitUntil(lambda: not dialogue._en_cours and dialogue.analyse is not None, timeout=10000)
    liste, montres = fautes(dialogue)
    assert not liste, "\n".join(liste)
    assert montres >= 2
    dialogue.close()


def test_capture_de_l_en_tete_1b(qtbot, piege, tmp_path):
    """La capture de l'assistant 1B au nom piégé (1366x768), pour la regarder."""
    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

    base, _infos = piege
    ev = next(e for e in evaluer.toutes(base) if e.outil == "1B" and e.sujet == ATTAQUE)
    fenetre = _montrer(qtbot, FenetreEvaluation(base, ev, "fr"))
    image = fenetre.grab()
    assert image.width() == 1366
    entete = fenetre.assistant.entete
    assert entete.height() < 3 * entete.fontMetrics().height()   # pas de titre géant
    image.save(str(tmp_path / "entete-1b.png"))
    fenetre.close()
