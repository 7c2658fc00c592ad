"""Une liste vide dit quoi faire (issue 16) : le registre des rapports, le journal et les
critères du ministère (1B) montrent une invitation tant qu'ils n'ont aucune ligne, dans la langue
de l'interface; elle disparaît à la première ligne."""

from __future__ import annotations

import pytest

from gesserv_bureau.cas import reglages_1b


@pytest.mark.parametrize("langue, attendu", [("fr", "Aucun rapport exporté"), ("en", "No report exported")])
def test_le_registre_vide_dit_ce_qui_s_y_inscrira(qtbot, langue, attendu):
    from gesserv_bureau.interface import dialogues
    from gesserv_bureau.interface.app import creer_application

    _app, traductions = creer_application(langue)
    try:
        dialogue = dialogues.DialogueRegistreRapports([])
        qtbot.addWidget(dialogue)
        dialogue.show()
        qtbot.waitExposed(dialogue)
        assert dialogue.invitation.isVisible() and dialogue.invitation.text().startswith(attendu)
        assert "SHA-256" in dialogue.invitation.text()
    finally:
        traductions.retirer()


def test_le_journal_vide_le_dit(qtbot):
    from gesserv_bureau.interface import dialogues

    dialogue = dialogues.DialogueJournal([])
    qtbot.addWidget(dialogue)
    dialogue.show()
    qtbot.waitExposed(dialogue)
    assert dialogue.invitation.isVisible() and dialogue.invitation.text().startswith("Le journal est vide")


@pytest.mark.poste_seulement  # les critères 1B sont un réglage du ministère, refusés dans une copie
def test_les_criteres_vides_disent_comment_en_ajouter_puis_s_effacent(qtbot, base):
    from gesserv_bureau.interface.dialogue_criteres_1b import DialogueCriteres1B

    assert reglages_1b.criteres(base) == []
    dialogue = DialogueCriteres1B(base, "fr")
    qtbot.addWidget(dialogue)
    dialogue.show()
    qtbot.waitExposed(dialogue)
    assert dialogue.invitation.isVisible() and "Ajouter le critère" in dialogue.invitation.text()
    dialogue.nom_fr.setText("Incidence sur les régions éloignées")
    dialogue.ajouter_critere()
    assert dialogue.liste.count() == 1 and not dialogue.invitation.isVisible()
