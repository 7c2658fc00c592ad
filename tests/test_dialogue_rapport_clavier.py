"""Le dialogue du rapport au clavier : quitter le champ du ministère sans le changer ne refait pas
le rapport (les boutons resteraient grisés le temps du rendu, et Tab passerait par-dessus);
le changer le refait, avec le nouveau ministère en en-tête."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gesserv_bureau.cas import repertoire
from gesserv_bureau.stockage.base import ouvrir


def _pret(qtbot, dialogue):
    qtbot.waitUntil(lambda: dialogue.produit is not None or bool(dialogue.erreur), timeout=30000)
    assert dialogue.produit is not None, dialogue.erreur


def test_tab_apres_le_ministere_atteint_enregistrer_sans_refaire_le_rapport(qtbot, tmp_path):
    from gesserv_bureau.interface.app import creer_application
    from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

    _app, traductions = creer_application("fr")
    with ouvrir(tmp_path / "r.sqlite") as base:
        repertoire.charger_demo(base)
        dialogue = DialogueRapport(base, "inventaire", "fr")
        qtbot.addWidget(dialogue)
        dialogue.show()
        qtbot.waitExposed(dialogue)
        dialogue.activateWindow()
        _pret(qtbot, dialogue)
        generation, premier = dialogue._generation, dialogue.produit
        dialogue.ministere.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is dialogue.bouton_enregistrer:
                break
        assert QApplication.focusWidget() is dialogue.bouton_enregistrer
        assert dialogue._generation == generation and dialogue.produit is premier
        assert dialogue.bouton_enregistrer.isEnabled()

        # un autre ministère : le rapport est refait, et le porte
        dialogue.ministere.setFocus(Qt.FocusReason.TabFocusReason)
        dialogue.ministere.selectAll()
        qtbot.keyClicks(dialogue.ministere, "Bureau du clavier")
        qtbot.keyClick(dialogue.ministere, Qt.Key.Key_Tab)
        assert dialogue._generation == generation + 1
        qtbot.waitUntil(lambda: dialogue.produit is not premier and dialogue.produit is not None, timeout=30000)
        from pypdf import PdfReader

        premiere_page = PdfReader(io.BytesIO(dialogue.produit.pdf)).pages[0].extract_text()
        assert "Bureau du clavier" in premiere_page
        dialogue.close()
    traductions.retirer()
