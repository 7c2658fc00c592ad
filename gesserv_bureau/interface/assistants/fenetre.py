"""La fenêtre d'une évaluation : l'assistant de l'outil — chaque saisie est déjà enregistrée, on
peut fermer et reprendre plus tard exactement là où on s'est arrêté — et « Relier à un autre
service… ». Son titre dit le statut d'une évaluation terminée ou approuvée."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from gesserv_bureau.cas import evaluer
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.stockage.erreurs import ErreurStockage
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
        self.base = base
        self.langue = langue
        self.assistant = classe(base, ev, langue, self)
        pile = QVBoxLayout(self)
        pile.addWidget(self.assistant, 1)
        self.etat_direct = QLabel(self)     # sur une copie du répertoire ministériel : la co-édition en direct
        self.etat_direct.setObjectName("etatDirect")
        self.etat_direct.setWordWrap(True)
        self.etat_direct.hide()
        pile.addWidget(self.etat_direct)
        ligne = QHBoxLayout()
        self.bouton_relier = QPushButton(self)
        self.bouton_relier.setObjectName("boutonRelier")
        self.bouton_relier.setAutoDefault(False)
        ligne.addWidget(self.bouton_relier)
        ligne.addStretch(1)
        pile.addLayout(ligne)
        self.dialogue_relier = None     # le choix du service, ouvert par « Relier à un autre service… »
        self.message_relier: QMessageBox | None = None
        self.bouton_relier.clicked.connect(self.relier)
        self.assistant.enregistre.connect(self.changee)
        self.assistant.termine.connect(self.changee)
        self.assistant.enregistre.connect(lambda _ev: self.retraduire())
        self.assistant.termine.connect(lambda _ev: self.retraduire())
        self.resize(1100, 720)
        self.retraduire()
        from gesserv_bureau.interface.assistants import en_direct

        self.direct = en_direct.brancher(self)
        if self.direct is not None:
            self.direct.etat.connect(self._montrer_etat_direct)
            self.direct.recue.connect(lambda: (self.retraduire(), self.changee.emit(self.assistant.ev)))
            if self.direct.envoi.dernier_texte:
                self._montrer_etat_direct(self.direct.envoi.dernier_texte, self.direct.envoi.serveur is not None)
            self.finished.connect(lambda _r: self.direct.arreter())

    def _montrer_etat_direct(self, texte: str, ok: bool) -> None:
        from gesserv_bureau.interface.textes import STYLE_BANDEAU

        self.etat_direct.setText(texte)
        self.etat_direct.setStyleSheet("color: #1b5e20;" if ok else STYLE_BANDEAU)
        self.etat_direct.show()

    # --- relier à un autre service -------------------------------------------------------
    def relier(self) -> None:
        """Le choix d'un service de l'exercice; une évaluation approuvée ne se relie pas (dit)."""
        ev = self.assistant.ev
        if not regles.peut_relier(ev):
            self._dire(self.tr("Cette évaluation est approuvée : elle ne se relie pas à un autre service. "
                               "Partez-en pour une nouvelle évaluation."))
            return
        from gesserv_bureau.interface.assistants.relier import DialogueRelier

        try:
            services = evaluer.services(self.base, ev.exercice or None)
        except ErreurStockage as exc:
            self._erreur(exc)
            return
        self.dialogue_relier = DialogueRelier(services, ev.service_pk, ev.exercice, self.langue, self)
        self.dialogue_relier.accepted.connect(self._service_choisi)
        self.dialogue_relier.open()

    def _service_choisi(self) -> None:
        pk = self.dialogue_relier.choisi() if self.dialogue_relier is not None else None
        if pk is None:
            return
        a = self.assistant
        try:
            evaluer.relier(self.base, a.ev, pk)
        except evaluer.EvaluationApprouvee:
            self._dire(self.tr("Cette évaluation est approuvée : elle ne se relie pas à un autre service. "
                               "Partez-en pour une nouvelle évaluation."))
            return
        except (ErreurStockage, LookupError) as exc:
            self._erreur(exc)
            return
        a.remontrer()
        self.retraduire()
        self.changee.emit(a.ev)

    def _dire(self, texte: str) -> None:
        self.message_relier = QMessageBox(QMessageBox.Icon.Information, self.tr("Relier à un autre service"), texte,
                                          QMessageBox.StandardButton.Ok, self)
        self.message_relier.setObjectName("messageRelier")
        self.message_relier.open()

    def _erreur(self, exc: Exception) -> None:
        from gesserv_bureau.messages_erreur import texte_erreur

        self._dire(texte_erreur(exc, QCoreApplication.translate)
                   or self.tr("Ce service n'est plus au répertoire : choisissez-en un autre."))

    def retraduire(self) -> None:
        titre = self.assistant.entete.text()
        statut = self.assistant.ev.statut
        if statut == "terminee":
            titre += " — " + self.tr("Terminée le %1").replace("%1", self.assistant._quand(self.assistant.ev.termine_le))
        elif statut == "approuvee":
            titre += " — " + self.tr("Approuvée le %1").replace("%1", self.assistant._quand(self.assistant.ev.approuve_le))
        self.setWindowTitle(titre)
        self.bouton_relier.setText(self.tr("Re&lier à un autre service…"))
        self.bouton_relier.setToolTip(self.tr("Rattacher cette évaluation à un autre service du répertoire "
                                              "(le journal garde l'ancien et le nouveau)."))
