"""Accessible au clavier et au lecteur d'écran (issue 16, point 8) : chaque contrôle qui prend le
focus a un nom accessible (dans chaque onglet et chaque page, en français et en anglais); Tab
suit l'ordre de lecture (jamais il ne remonte dans une même colonne); la stratégie se remplit au
clavier seul, comme les assistants; le focus se voit partout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QPushButton

from catalogue_ecrans import fabriques, preparer_base
from outils_accessibilite import (
    chaine_tab,
    focalisables,
    focus_invisible,
    pages,
    pieges_du_tab,
    retours_en_arriere,
    sans_nom,
)
from test_ecrans import NOMS_ECRANS


@pytest.fixture(scope="module")
def dossier_base(tmp_path_factory):
    base, dossiers = preparer_base(tmp_path_factory.mktemp("accessibilite") / "repertoire.sqlite")
    yield base, dossiers
    base.fermer()


@pytest.mark.parametrize("langue", ["fr", "en"])
@pytest.mark.parametrize("nom", NOMS_ECRANS)
def test_chaque_controle_a_un_nom_et_tab_suit_la_lecture(nom, langue, dossier_base, qtbot):
    from gesserv_bureau.interface.app import creer_application

    base, dossiers = dossier_base
    _app, traductions = creer_application(langue)
    try:
        fenetre = fabriques(base, dossiers, traductions)[nom]()
        qtbot.addWidget(fenetre)
        fenetre.resize(1366, 708)
        fenetre.show()
        qtbot.waitExposed(fenetre)
        qtbot.wait(30)
        fenetre.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is fenetre, timeout=3000)
        fautes = []
        for page in pages(fenetre):
            qtbot.wait(5)
            fautes += [f"{page or 'ouverture'} : sans nom {w}" for w in sans_nom(fenetre)]
            fautes += [f"{page or 'ouverture'} : Tab remonte {t}" for t in retours_en_arriere(fenetre)]
            atteints = set(map(id, chaine_tab(fenetre)))
            fautes += [f"{page or 'ouverture'} : hors de la chaîne de Tab {type(w).__name__}#{w.objectName()}"
                       for w in focalisables(fenetre) if id(w) not in atteints]
        fautes += [f"Tab n'atteint jamais {w}" for w in pieges_du_tab(fenetre)]   # de vraies touches, à la fin
        fautes += [f"le focus ne se voit pas sur {w}" for w in focus_invisible(fenetre)]
        fenetre.close()
        assert not fautes, f"{nom} : " + " | ".join(fautes)
    finally:
        traductions.retirer()


def test_la_mesure_voit_un_controle_sans_nom(qtbot):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialogue = QDialog()
    qtbot.addWidget(dialogue)
    pile = QVBoxLayout(dialogue)
    liste = QListWidget(dialogue)
    liste.setObjectName("anonyme")
    pile.addWidget(liste)
    pile.addWidget(QPushButton("Fermer", dialogue))
    dialogue.show()
    qtbot.waitExposed(dialogue)
    assert sans_nom(dialogue) == ["QListWidget#anonyme"]
    liste.setAccessibleName("Éléments")
    assert sans_nom(dialogue) == []


# --- la stratégie au clavier seul ---------------------------------------------------------
def _focus():
    return QApplication.focusWidget()


def _taper(texte: str) -> None:
    cible = _focus()
    for car in texte:
        if car.isascii() and car.isprintable():
            QTest.keyClick(cible, car)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Press, cible, Qt.Key.Key_unknown, car, Qt.KeyboardModifier.NoModifier)
            QTest.sendKeyEvent(QTest.KeyAction.Release, cible, Qt.Key.Key_unknown, car, Qt.KeyboardModifier.NoModifier)


def _tab_jusqu_a(qtbot, predicat, limite: int = 60):
    for _ in range(limite):
        if predicat(_focus()):
            return _focus()
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab n'atteint pas la cible (focus : {_focus()!r})")


def _section_au_clavier(qtbot, fenetre, rang: int) -> None:
    """Tab jusqu'à la table des matières, puis les flèches (vers le haut ou le bas) jusqu'à la
    section ``rang``; une flèche qui ne bouge plus est une faute, pas une attente sans fin."""
    _tab_jusqu_a(qtbot, lambda w: w is fenetre.toc)
    for _ in range(fenetre.toc.count()):
        if fenetre.toc.currentRow() == rang:
            return
        qtbot.keyClick(fenetre.toc, Qt.Key.Key_Down if fenetre.toc.currentRow() < rang else Qt.Key.Key_Up)
    assert fenetre.toc.currentRow() == rang, "les flèches n'atteignent pas la section"


def test_la_strategie_se_remplit_au_clavier_seul(qtbot, base):
    from gesserv_bureau.cas import planification
    from gesserv_bureau.domaine import strategie as regles
    from gesserv_bureau.interface.app import creer_application
    from gesserv_bureau.interface.assistants.commun import Texte
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie

    _app, traductions = creer_application("fr")
    st = planification.nouvelle(base, "", "2026-2027")
    fenetre = FenetreStrategie(base, st, "fr")
    qtbot.addWidget(fenetre)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    fenetre.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is fenetre, timeout=3000)
    assert _focus() is fenetre.titre
    _taper("Stratégie des services 2026-2029")
    # chaque section de texte : la table des matières (flèches), puis Tab dans ses champs
    remplis = {}
    for rang, section in enumerate(fenetre.st.sections):
        if section["type"] not in ("sommaire", "contexte", "vision", "rendement"):
            continue
        _section_au_clavier(qtbot, fenetre, rang)
        editeur = fenetre.editeurs.currentWidget()
        for code, champ in editeur.champs.items():
            _tab_jusqu_a(qtbot, lambda w, c=champ: w is c)
            texte = f"{section['type']} {code} : écrit au clavier"
            _taper(texte)
            remplis[(section["id"], code)] = texte
    # l'analyse FFPM : une entrée par ligne, Tab d'un cadran à l'autre
    rang_ffpm = next(i for i, s in enumerate(fenetre.st.sections) if s["type"] == "ffpm")
    _section_au_clavier(qtbot, fenetre, rang_ffpm)
    _tab_jusqu_a(qtbot, lambda w: isinstance(w, Texte) and w.objectName() == "ffpm_forces")
    _taper("Personnel expérimenté")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus().objectName() == "ffpm_faiblesses"
    _taper("Systèmes vieillissants")
    # un objectif : Tab jusqu'au bouton, Espace, on tape le texte, Entrée
    rang_obj = next(i for i, s in enumerate(fenetre.st.sections) if s["type"] == "objectifs")
    _section_au_clavier(qtbot, fenetre, rang_obj)
    editeur = fenetre.editeurs.currentWidget()
    _tab_jusqu_a(qtbot, lambda w: w is editeur.ajouter_objectif)
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editeur.ajouter_objectif, timeout=2000)
    _taper("Offrir en ligne les services prioritaires")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    _tab_jusqu_a(qtbot, lambda w: w is editeur.ajouter_initiative)
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    assert _focus() is editeur.champs["nom"]
    _taper("Portail en ligne")
    fenetre.close()
    traductions.retirer()

    relue = planification.charger(base, st.pk)
    assert relue.titre == "Stratégie des services 2026-2029"
    for (sid, code), texte in remplis.items():
        section = next(s for s in relue.sections if s["id"] == sid)
        assert section["textes"][code] == texte
    assert relue.ffpm["forces"] == ["Personnel expérimenté"] and relue.ffpm["faiblesses"] == ["Systèmes vieillissants"]
    assert [o["texte"] for o in relue.objectifs] == ["Offrir en ligne les services prioritaires"]
    assert [i["nom"] for i in relue.initiatives] == ["Portail en ligne"]
    assert regles is not None


@pytest.mark.parametrize("langue", ["fr", "en"])
@pytest.mark.parametrize("nom", ["evaluation_1a", "evaluation_1b", "evaluation_2a"])
def test_les_groupes_oui_non_portent_le_nom_de_leur_question(nom, langue, dossier_base, qtbot):
    """« Oui » seul ne dit pas à quoi : chaque groupe de choix est nommé d'après sa question, que
    chacun de ses boutons a pour description."""
    from gesserv_bureau.interface.app import creer_application
    from gesserv_bureau.interface.assistants.commun import Choix
    from gesserv_bureau.referentiel import outil_1a, outil_2a

    base, dossiers = dossier_base
    _app, traductions = creer_application(langue)
    try:
        fenetre = fabriques(base, dossiers, traductions)[nom]()
        qtbot.addWidget(fenetre)
        groupes = fenetre.findChildren(Choix)
        assert groupes
        for g in groupes:
            assert g.accessibleName(), [b.text() for b in g.boutons.values()]
            assert {b.accessibleDescription() for b in g.boutons.values()} == {g.accessibleName()}
        attendu = {"evaluation_1a": f"1. {outil_1a.QUESTIONS[0].texte(langue)}",
                   "evaluation_2a": outil_2a.QUESTIONS[0].texte(langue)}.get(nom)
        if attendu:
            assert attendu in [g.accessibleName() for g in groupes]
        fenetre.close()
    finally:
        traductions.retirer()


def _contraste(a, b) -> float:
    def lum(c):
        canaux = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            canaux.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * canaux[0] + 0.7152 * canaux[1] + 0.0722 * canaux[2]

    clair, sombre = sorted((lum(a), lum(b)), reverse=True)
    return (clair + 0.05) / (sombre + 0.05)


def test_une_reponse_verrouillee_se_lit_encore():
    """Le texte grisé d'une évaluation terminée ou d'une stratégie approuvée garde un contraste
    d'au moins 4,5:1 avec son fond (celui de Fusion : 1,6:1)."""
    from PySide6.QtGui import QPalette

    from gesserv_bureau.interface.app import creer_application

    app, traductions = creer_application("fr")
    try:
        p = app.palette()
        grise = QPalette.ColorGroup.Disabled
        assert _contraste(p.color(grise, QPalette.ColorRole.WindowText), p.color(grise, QPalette.ColorRole.Window)) >= 4.5
        assert _contraste(p.color(grise, QPalette.ColorRole.Text), p.color(grise, QPalette.ColorRole.Base)) >= 4.5
    finally:
        traductions.retirer()
