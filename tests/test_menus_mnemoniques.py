"""Dans chaque menu de la fenêtre, en français comme en anglais, chaque lettre soulignée (Alt+lettre)
ne désigne qu'une commande : deux commandes sur la même lettre, et le clavier n'en atteint qu'une."""

from __future__ import annotations

import re

import pytest
from outils_interface import ouvrir_fenetre
from PySide6.QtWidgets import QMenu


def _lettre(texte: str) -> str | None:
    m = re.search(r"&([^&\s])", texte.replace("&&", ""))
    return m.group(1).casefold() if m else None


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_une_lettre_soulignee_par_commande_dans_chaque_menu(qtbot, tmp_path, langue):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue=langue)
    fenetre.changer_langue(langue)
    menus = [a.menu() for a in fenetre.menuBar().actions() if a.menu() is not None]
    vus, doublons = 0, []
    while menus:
        menu: QMenu = menus.pop()
        lettres: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                menus.append(action.menu())
            lettre = _lettre(action.text())
            if lettre is None:
                continue
            if lettre in lettres:
                doublons.append((menu.title(), lettres[lettre], action.text()))
            lettres[lettre] = action.text()
            vus += 1
    assert doublons == [] and vus > 20
