"""Ctrl+Z d'un « Nouveau service » qui ne peut pas s'écrire (le disque plein à ce moment) : l'erreur est
dite, le service reste, et Ctrl+Y puis Ctrl+Z refonctionnent ensuite — jamais une exception."""

from __future__ import annotations

from outils_interface import ouvrir_fenetre
from PySide6.QtWidgets import QMessageBox

from gesserv_bureau.cas import repertoire
from gesserv_bureau.stockage.erreurs import ErreurStockage


def test_annuler_un_ajout_qui_echoue_laisse_la_commande_utilisable(qtbot, tmp_path, monkeypatch):
    avertissements = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, texte, *a: avertissements.append(texte)))
    f = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    c = f.controleur
    erreurs = []
    c.erreur.connect(erreurs.append)
    pk = c.nouveau()
    vraie = repertoire.supprimer_service

    def disque_plein(base, cle):
        monkeypatch.setattr(repertoire, "supprimer_service", vraie)
        raise ErreurStockage("disque plein")

    monkeypatch.setattr(repertoire, "supprimer_service", disque_plein)
    with qtbot.captureExceptions() as exceptions:
        c.pile.undo()                                   # échoue : dit, rien de changé
        assert erreurs and avertissements and repertoire.charger_service(f.base, pk) is not None
        c.pile.redo()
        c.pile.undo()                                   # cette fois, il part
    assert not exceptions, exceptions
    assert repertoire.charger_service(f.base, pk) is None
