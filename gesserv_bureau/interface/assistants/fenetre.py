"""La fenêtre d'une évaluation : l'assistant de l'outil, rien d'autre — chaque saisie est déjà
enregistrée, on peut fermer et reprendre plus tard exactement là où on s'est arrêté."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout

from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.textes import Retraduisible


def classe_assistant(outil: str):
    """La classe de l'assistant de l'outil (``Outil.assistant`` au registre, un chemin pointé),
    chargée à la demande.

    :raises outils.OutilInconnu: l'outil n'est pas au registre — jamais l'assistant d'un autre."""
    module, _, nom = outils.outil(outil).assistant.rpartition(".")
    return getattr(importlib.import_module(module), nom)


class FenetreEvaluation(Retraduisible, QDialog):
    changee = Signal(object)   # l'évaluation enregistrée (la liste des évaluations, le répertoire suivent)

    def __init__(self, base: Base, ev: Evaluation, langue: str, parent=None):
        classe = classe_assistant(ev.outil)   # un outil inconnu : refusé avant d'ouvrir quoi que ce soit
        super().__init__(parent)
        self.setObjectName(f"fenetreEvaluation{ev.outil}")
        self.assistant = classe(base, ev, langue, self)
        pile = QVBoxLayout(self)
        pile.addWidget(self.assistant)
        self.assistant.enregistre.connect(self.changee)
        self.assistant.termine.connect(self.changee)
        self.assistant.enregistre.connect(lambda _ev: self.retraduire())
        self.resize(1100, 720)
        self.retraduire()

    def retraduire(self) -> None:
        self.setWindowTitle(self.assistant.entete.text())
