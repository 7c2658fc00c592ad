"""Ce qu'une liste vide dit de faire : un texte posé au milieu de la liste tant qu'elle n'a
aucune ligne, qui disparaît à la première (et revient si on les retire toutes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout


class InvitationListeVide(QLabel):
    """Posée sur la zone d'affichage de ``vue``; ``texte()`` la donne dans la langue courante
    (relu quand la langue change)."""

    def __init__(self, vue: QAbstractItemView, texte: Callable[[], str]):
        zone = vue.viewport()
        super().__init__(zone)
        self.setObjectName("invitationListeVide")
        self.vue = vue
        self._texte = texte
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.setStyleSheet("color: #4a4a4a;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        disposition = zone.layout() or QVBoxLayout(zone)
        disposition.addWidget(self)
        modele = vue.model()
        for signal in (modele.rowsInserted, modele.rowsRemoved, modele.modelReset, modele.layoutChanged):
            signal.connect(self.actualiser)
        self.setText(texte())
        self.actualiser()

    def actualiser(self, *_args) -> None:
        self.setVisible(self.vue.model().rowCount() == 0)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(self._texte())
        super().changeEvent(event)


def invitation_strategies() -> str:
    """Le texte de la liste des stratégies encore vide (le bouton « Nouvelle stratégie… »)."""
    return QCoreApplication.translate(
        "DialogueStrategies",
        "Aucune stratégie encore. Créez-en une avec « Nouvelle stratégie… » : donnez-lui un titre, puis "
        "remplissez ses sections (sommaire, contexte, vision, analyse FFPM, objectifs et initiatives, "
        "rendement, risques, plan de travail) et cochez, dans le contexte, les services qu'elle touche "
        "parmi ceux du répertoire.")


def inviter_strategies(dialogue) -> InvitationListeVide:
    """Pose l'invitation sur la liste d'un ``DialogueStrategies`` (gardée dans ``dialogue.invitation``)."""
    dialogue.invitation = InvitationListeVide(dialogue.liste, invitation_strategies)
    return dialogue.invitation
