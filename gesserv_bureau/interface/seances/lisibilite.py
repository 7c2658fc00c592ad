"""Lisible du fond de la salle (la vue de réunion, 2.4.4) : la question où est le curseur et sa
réponse restent en vue (la page défile pour elles), les conseils de 2.4.5 se déplient sous F2, et
Ctrl+plus / Ctrl+moins / Ctrl+0 règlent la taille du texte, retenue pour chaque séance.

``LisibleEnSalle`` se mêle à ``VueSeance`` : il se sert de ses ``assistant``, ``seance``,
``bouton_conseils``, ``message``, ``progression``, ``aide`` et ``defilement_ordre``."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea

from gesserv_bureau.domaine.evaluations import Seance
from gesserv_bureau.interface.seances.commun import FACTEUR_PROJECTEUR, conseils, police_agrandie
from gesserv_bureau.langue import preferences


ZOOMS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)   # la taille du texte, par rapport au projecteur


def cle_zoom(seance: Seance) -> str:
    """La préférence (QSettings) qui retient la taille du texte de cette séance."""
    return f"seances/{seance.uuid}/zoom"


class LisibleEnSalle:
    """La question en vue, les conseils repliés, la taille du texte de la séance."""

    def question_courante(self) -> str | None:
        """Le code de la question (q1…q4b) où est le curseur, s'il est dans une question."""
        focus = QApplication.focusWidget()
        if self.assistant is None or focus is None:
            return None
        for code, w in self.assistant.questions.items():
            if focus is w["reponse"] or w["reponse"].isAncestorOf(focus) or focus is w["initiatives"]:
                return code
        return None

    def _focus_change(self, _ancien, nouveau) -> None:
        if self.assistant is not None and nouveau is not None and self.assistant.isAncestorOf(nouveau):
            self.montrer_question()

    def montrer_question(self) -> None:
        """La page défile pour que la question courante et sa réponse soient en vue : d'abord
        l'énoncé, puis le champ où est le curseur (il l'emporte s'ils ne tiennent pas ensemble)."""
        code = self.question_courante()
        page = self.assistant.pages.currentWidget() if self.assistant is not None else None
        if code is None or not isinstance(page, QScrollArea):
            return
        w = self.assistant.questions[code]
        marge = max(self.fontMetrics().height() // 2, 4)
        page.ensureWidgetVisible(w["enonce"], 0, marge)
        champ = w["initiatives"] if QApplication.focusWidget() is w["initiatives"] else w["reponse"]
        page.ensureWidgetVisible(champ, 0, marge)

    def basculer_conseils(self) -> None:
        self.bouton_conseils.toggle()

    def montrer_conseils(self, visibles: bool) -> None:
        """Les encadrés de guidance de 2.4.5, dépliés ou repliés (F2); la question courante
        reste en vue."""
        self.conseils_visibles = bool(visibles)
        if self.bouton_conseils.isChecked() != self.conseils_visibles:
            self.bouton_conseils.setChecked(self.conseils_visibles)
            return
        if self.assistant is not None:
            for encadre in conseils(self.assistant):
                encadre.setVisible(self.conseils_visibles)
            QTimer.singleShot(0, self, self.montrer_question)
        self._libeller_conseils()

    def _zoom_enregistre(self) -> float:
        try:
            valeur = float(preferences().value(cle_zoom(self.seance), 1.0))
        except (TypeError, ValueError):
            valeur = 1.0
        return min(ZOOMS, key=lambda z: abs(z - valeur))

    def _police(self) -> QFont:
        """La police de la vue : celle de l'application, agrandie pour le projecteur, puis par
        le zoom de la séance."""
        return police_agrandie(FACTEUR_PROJECTEUR * self.zoom)

    def _appliquer_polices(self) -> None:
        police = self._police()
        self.setFont(police)
        self.message.setFont(police)
        police_progression = QFont(police)
        police_progression.setBold(True)
        if police.pointSizeF() > 0:
            police_progression.setPointSizeF(police.pointSizeF() * 1.25)
        self.progression.setFont(police_progression)
        police_aide = QFont(police)
        if police.pointSizeF() > 0:
            police_aide.setPointSizeF(police.pointSizeF() * 0.6)   # pour qui mène la séance : pas besoin du fond de la salle
        self.aide.setFont(police_aide)
        self.defilement_ordre.changer_police(police)

    def agrandir_texte(self) -> None:
        self.regler_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))

    def reduire_texte(self) -> None:
        self.regler_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def texte_normal(self) -> None:
        self.regler_zoom(1.0)

    def regler_zoom(self, zoom: float) -> None:
        """La taille du texte de la vue (1.0 : celle du projecteur), retenue pour cette séance;
        l'examen courant est remis en place à la nouvelle taille, le curseur dans la même
        question (tout y est déjà enregistré)."""
        zoom = min(ZOOMS, key=lambda z: abs(z - zoom))
        if abs(zoom - self.zoom) < 1e-6:
            return
        self.zoom = zoom
        reglages = preferences()
        reglages.setValue(cle_zoom(self.seance), zoom)
        reglages.sync()
        self._appliquer_polices()
        if self.assistant is not None and not self.au_sommaire:
            question, etape = self.question_courante(), self.assistant.pages.currentIndex()
            self._retirer_assistant()
            self._montrer_examen(self.services[self.position])
            if self.assistant is not None:
                self.assistant.aller_a(etape)
                if question is not None:
                    boutons = self.assistant.questions[question]["reponse"].boutons
                    next((b for b in boutons.values() if b.isChecked()), boutons["oui"]).setFocus()
        self._actualiser()
        QTimer.singleShot(0, self, self.montrer_question)

    def _suivre_le_focus(self, suivre: bool) -> None:
        """La page suit le curseur tant que la vue est à l'écran (le signal est celui de
        l'application : débranché à la fermeture, il ne retient pas la vue)."""
        if suivre != self._suit_le_focus:
            signal = QApplication.instance().focusChanged
            signal.connect(self._focus_change) if suivre else signal.disconnect(self._focus_change)
            self._suit_le_focus = suivre

