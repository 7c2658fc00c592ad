"""La fenêtre d'une évaluation : l'assistant de l'outil, rien d'autre — chaque saisie est déjà
enregistrée, on peut fermer et reprendre plus tard exactement là où on s'est arrêté."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout

from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.textes import Retraduisible


def classe_assistant(outil: str):
    if outil == "1A":
        from gesserv_bureau.interface.assistants.assistant_1a import Assistant1A

        return Assistant1A
    if outil == "1B":
        from gesserv_bureau.interface.assistants.assistant_1b import Assistant1B

        return Assistant1B
    from gesserv_bureau.interface.assistants.assistant_2a import Assistant2A

    return Assistant2A


class FenetreEvaluation(Retraduisible, QDialog):
    changee = Signal(object)   # l'évaluation enregistrée (la liste des évaluations, le répertoire suivent)

    def __init__(self, base: Base, ev: Evaluation, langue: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"fenetreEvaluation{ev.outil}")
        self.assistant = classe_assistant(ev.outil)(base, ev, langue, self)
        pile = QVBoxLayout(self)
        pile.addWidget(self.assistant)
        self.assistant.enregistre.connect(self.changee)
        self.assistant.termine.connect(self.changee)
        self.assistant.enregistre.connect(lambda _ev: self.retraduire())
        self.resize(1100, 720)
        self.retraduire()

    def retraduire(self) -> None:
        self.setWindowTitle(self.assistant.entete.text())
