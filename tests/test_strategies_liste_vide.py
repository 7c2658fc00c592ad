"""Le dialogue des stratégies, encore vide, dit quoi faire; l'invitation s'efface à la première
stratégie."""

from __future__ import annotations

import shiboken6

from gesserv_bureau.interface.etat_vide import inviter_strategies
from gesserv_bureau.interface.strategie.fenetre_strategie import DialogueStrategies
from outils_interface import fermer, ouvrir_fenetre


def test_la_liste_vide_dit_quoi_faire_puis_s_efface(qtbot, base):
    dialogue = DialogueStrategies(base, "fr", "2025-2026")
    qtbot.addWidget(dialogue)
    invitation = inviter_strategies(dialogue)
    dialogue.show()
    qtbot.waitExposed(dialogue)
    assert invitation.isVisible()
    assert invitation.text().startswith("Aucune stratégie encore. Créez-en une avec « Nouvelle stratégie… »")
    assert dialogue.bouton_nouvelle.text().replace("&", "") == "Nouvelle stratégie…"   # le bouton qu'elle nomme
    fenetre = dialogue.nouvelle("Stratégie de gestion des services 2025-2028")
    assert dialogue.liste.count() == 1 and not invitation.isVisible()
    fenetre.close()
    dialogue.close()
    shiboken6.delete(dialogue)   # avant la base : un changement de langue plus tard la relirait


def test_le_menu_des_strategies_pose_l_invitation(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "repertoire.sqlite")
    try:
        dialogue = fenetre.strategies()
        qtbot.waitExposed(dialogue)
        assert dialogue.invitation.isVisible() and "Aucune stratégie encore" in dialogue.invitation.text()
        dialogue.close()
    finally:
        fermer(fenetre)
