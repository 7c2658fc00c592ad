"""Le choix de la copie de sécurité à restaurer : chaque copie, la plus récente d'abord, avec sa
date, sa taille lisible et son état; une copie abîmée se voit mais ne se choisit pas."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.dialogue_copies import DialogueCopies
from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from outils_tests import endommager


def _texte(dialogue, rang, nom):
    return dialogue.table.item(rang, dialogue.colonne(nom)).text()


def test_les_copies_date_taille_etat_la_plus_recente_d_abord(qtbot, tmp_path):
    chemin = tmp_path / "repertoire.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    ancienne = sauvegardes.copier(chemin, "manuelle")
    recente = sauvegardes.copier(chemin, "manuelle")
    abimee = sauvegardes.copier(chemin, "manuelle")
    endommager(abimee)

    dialogue = DialogueCopies(chemin, "fr")
    qtbot.addWidget(dialogue)
    dialogue.show()
    assert [dialogue.table.item(r, dialogue.colonne("fichier")).text() for r in range(dialogue.table.rowCount())] == [
        abimee.name, recente.name, ancienne.name]
    assert [_texte(dialogue, r, "etat") for r in range(3)] == ["Endommagée", "Intacte", "Intacte"]
    for rang, copie in enumerate((abimee, recente, ancienne)):
        taille = _texte(dialogue, rang, "taille")
        assert re.fullmatch(r"\d+,\d (Ko|Mo)", taille), taille
        ko = copie.stat().st_size / 1024
        attendu = f"{ko:.1f} Ko".replace(".", ",") if ko < 1024 else f"{ko / 1024:.1f} Mo".replace(".", ",")
        assert taille == attendu
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", _texte(dialogue, rang, "date"))
    # la copie abîmée ne se choisit pas : la plus récente intacte est choisie d'office
    assert not dialogue.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialogue.copie_choisie() == recente
    assert "endommagée" in dialogue.note.text() and dialogue.note.isVisible()
    ok = dialogue.boutons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.text() == "&Restaurer…"
    dialogue.table.selectRow(2)
    assert dialogue.copie_choisie() == ancienne
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialogue.result() == DialogueCopies.DialogCode.Accepted


def test_sans_copie_intacte_rien_ne_se_choisit(qtbot, tmp_path):
    chemin = tmp_path / "repertoire.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    abimee = sauvegardes.copier(chemin, "manuelle")
    endommager(abimee)
    dialogue = DialogueCopies(chemin, "fr")
    qtbot.addWidget(dialogue)
    assert dialogue.table.rowCount() == 1 and dialogue.intactes() == []
    assert dialogue.copie_choisie() is None
    assert not dialogue.boutons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
