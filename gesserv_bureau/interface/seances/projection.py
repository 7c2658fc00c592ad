"""La vue de réunion (2.4.4, étape 3), pour un portable branché sur un projecteur : plein
écran, grands caractères, un service à la fois avec l'outil 2A, l'ordre du jour toujours visible
en haut (``bandeau``), tout au clavier, et le sommaire à la fin (``sommaire``). La position est
enregistrée : on reprend là où le groupe s'est arrêté.

Lisible du fond de la salle à 1280 × 720 : la question où est le curseur et sa réponse restent
en vue (la page défile pour elles), les conseils de 2.4.5 sont repliés sous F2, et Ctrl+plus /
Ctrl+moins / Ctrl+0 règlent la taille du texte, retenue pour chaque séance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import repertoire, seances_examen
from gesserv_bureau.domaine import seances as regles_seances
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.interface.assistants.assistant_2a import Assistant2A
from gesserv_bureau.interface.seances.bandeau import BandeauOrdreDuJour
from gesserv_bureau.interface.seances.commun import (
    FACTEUR_PROJECTEUR,
    STYLE_MESSAGE,
    agrandir,
    avancement_examen,
    conseils,
    date_longue,
    etat_examen,
    examen_fini,
    langue_des_parents,
    message_erreur,
    preparer_examen,
)
from gesserv_bureau.interface.seances.lisibilite import LisibleEnSalle
from gesserv_bureau.interface.seances.sommaire import PageSommaire
from gesserv_bureau.interface.textes import tout_en_texte_brut
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage


class VueSeance(LisibleEnSalle, QWidget):
    """La vue de réunion : une fenêtre à elle, en plein écran, en grands caractères; l'en-tête
    (séance, « Service 2 sur 5 — nom »), le bandeau de l'ordre du jour, l'assistant 2A du service
    courant, puis le sommaire après le dernier service.

    Clavier : Ctrl+Pg suiv. / Alt+→ service suivant, Ctrl+Pg préc. / Alt+← précédent,
    Ctrl+Origine / Ctrl+Fin premier / dernier, Échap quitte le plein écran puis ferme, F11
    rebascule en plein écran. Pg suiv. / Pg préc. restent les étapes de l'assistant. F2 déplie
    ou replie les conseils (2.4.5); Ctrl+plus / Ctrl+moins / Ctrl+0 : la taille du texte."""

    changee = Signal()      # une réponse ou la position enregistrée
    fermee = Signal()

    def __init__(self, base: Base, seance: Seance, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("vueSeance")
        self.base = base
        self.seance = seance
        self.langue = langue
        self.services: list[int] = list(seance.services)
        self.position = -1
        self.assistant: Assistant2A | None = None
        self.erreur = ""
        self.conseils_visibles = False      # les encadrés de 2.4.5 : repliés, F2 les déplie
        self.zoom = self._zoom_enregistre()
        police = self._police()
        self.setFont(police)
        self._examens = {ev.service_pk: ev for ev in seances_examen.examens(base, seance)}
        self._noms = self._lire_noms()

        pile = QVBoxLayout(self)
        pile.setContentsMargins(18, 12, 18, 12)
        entete = QHBoxLayout()
        self.titre = QLabel(self)
        self.titre.setObjectName("titreSeanceVue")
        self.titre.setWordWrap(True)
        entete.addWidget(self.titre, 1)
        self.bouton_conseils = QPushButton(self)     # en haut : le pied tient à 800 px de large
        self.bouton_conseils.setObjectName("boutonConseils")
        self.bouton_conseils.setCheckable(True)
        entete.addWidget(self.bouton_conseils, 0, Qt.AlignmentFlag.AlignTop)
        pile.addLayout(entete)
        self.progression = QLabel(self)
        self.progression.setObjectName("progressionSeance")
        self.progression.setWordWrap(True)
        pile.addWidget(self.progression)
        self.etat_direct = QLabel(self)        # la séance en direct (mode ministère) : envoyée, ou pourquoi pas
        self.etat_direct.setObjectName("etatDirect")
        self.etat_direct.setWordWrap(True)
        self.etat_direct.hide()
        pile.addWidget(self.etat_direct)
        self.direct = None

        self.defilement_ordre = BandeauOrdreDuJour(len(self.services) + 1, police, self)
        self.etapes_ordre = self.defilement_ordre.etapes
        self.defilement_ordre.clic.connect(self.aller_a)
        pile.addWidget(self.defilement_ordre)

        self.message = QLabel(self)
        self.message.setObjectName("messageSeance")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.hide()
        pile.addWidget(self.message)

        self.pages = QStackedWidget(self)
        self.page_examen = QWidget(self.pages)
        self.colonne_examen = QVBoxLayout(self.page_examen)
        self.colonne_examen.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.page_examen)
        self.page_sommaire = PageSommaire(self.pages)
        self.participants_sommaire, self.bilan = self.page_sommaire.participants, self.page_sommaire.bilan
        self.sommaire = self.page_sommaire.table
        self.pages.addWidget(self.page_sommaire)
        pile.addWidget(self.pages, 1)

        pied = QHBoxLayout()
        self.aide = QLabel(self)
        self.aide.setObjectName("aideClavier")
        self.aide.setWordWrap(True)
        self.aide.setStyleSheet("color: #3d3d3d;")
        pied.addStretch(1)
        self.bouton_precedent = QPushButton(self)
        self.bouton_precedent.setObjectName("boutonServicePrecedent")
        self.bouton_suivant = QPushButton(self)
        self.bouton_suivant.setObjectName("boutonServiceSuivant")
        self.bouton_quitter = QPushButton(self)
        self.bouton_quitter.setObjectName("boutonQuitterSeance")
        self.bouton_conseils.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for b in (self.bouton_precedent, self.bouton_suivant, self.bouton_quitter):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # le clavier reste dans l'examen; les raccourcis suffisent
            pied.addWidget(b)
        pile.addLayout(pied)
        pile.addWidget(self.aide)
        self.bouton_precedent.clicked.connect(self.precedent)
        self.bouton_suivant.clicked.connect(self.suivant)
        self.bouton_quitter.clicked.connect(self.close)
        self.bouton_conseils.toggled.connect(self.montrer_conseils)

        raccourcis = (
            (("Ctrl+PgDown", "Alt+Right"), self.suivant),
            (("Ctrl+PgUp", "Alt+Left"), self.precedent),
            (("Ctrl+Home",), self.premier),
            (("Ctrl+End",), self.dernier),
            (("Esc",), self.echap),
            (("F11",), self.basculer_plein_ecran),
            (("F2",), self.basculer_conseils),
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="), self.agrandir_texte),
            ((QKeySequence.StandardKey.ZoomOut, "Ctrl+-"), self.reduire_texte),
            (("Ctrl+0",), self.texte_normal),
        )
        self.raccourcis: list[QShortcut] = []
        vues: set[str] = set()
        for touches, action in raccourcis:
            for touche in touches:
                sequence = QKeySequence(touche)
                if sequence.isEmpty() or sequence.toString() in vues:
                    continue   # ZoomIn vaut déjà Ctrl++ sur la plupart des systèmes
                vues.add(sequence.toString())
                raccourci = QShortcut(sequence, self)
                raccourci.setContext(Qt.ShortcutContext.WindowShortcut)
                raccourci.activated.connect(action)
                self.raccourcis.append(raccourci)

        self._appliquer_polices()
        self.resize(1440, 900)
        tout_en_texte_brut(self)
        self.retraduire()
        self.aller_a(seance.position)
        self._suit_le_focus = False

    # --- données --------------------------------------------------------------------------
    def _lire_noms(self) -> dict[int, str]:
        """« AAC-001 — Agri-stabilité » pour l'en-tête et le sommaire; le nom seul pour le bandeau."""
        noms, self._noms_seuls, self._numeros = {}, {}, {}
        for pk in self.services:
            service = repertoire.charger_service(self.base, pk)
            ev = self._examens.get(pk)
            if service is not None:
                noms[pk] = " — ".join(x for x in (service.service_id, service.nom(self.langue)) if x)
                self._noms_seuls[pk] = service.nom(self.langue)
                self._numeros[pk] = service.service_id
            else:
                noms[pk] = ev.sujet if ev is not None else ""
        return noms

    def nom(self, position: int) -> str:
        if 0 <= position < len(self.services):
            return self._noms.get(self.services[position]) or self.tr("(sans nom)")
        return ""

    def nom_court(self, position: int) -> str:
        """Le nom seul (sans le numéro d'ID), pour le bandeau."""
        if 0 <= position < len(self.services):
            service_pk = self.services[position]
            return self._noms_seuls.get(service_pk) or self.nom(position)
        return ""

    def numero(self, position: int) -> str:
        """Le numéro du service (« EDSC-102 »), pour sa puce; son rang s'il n'en a pas."""
        if 0 <= position < len(self.services):
            return self._numeros.get(self.services[position]) or f"{position + 1}."
        return ""

    def examen(self, position: int) -> Evaluation | None:
        if 0 <= position < len(self.services):
            return self._examens.get(self.services[position])
        return None

    @property
    def au_sommaire(self) -> bool:
        return self.position >= len(self.services)

    # --- navigation -----------------------------------------------------------------------
    def aller_a(self, position: int) -> None:
        """Un service de l'ordre du jour (0…n-1) ou le sommaire (n). Rien n'est à enregistrer
        en partant : l'assistant écrit chaque saisie."""
        position = min(max(int(position), 0), len(self.services))
        if position == self.position:
            return
        self._retirer_assistant()
        self.position = position
        if position < len(self.services):
            self._montrer_examen(self.services[position])
        else:
            self._remplir_sommaire()
            self.pages.setCurrentWidget(self.page_sommaire)
            self.sommaire.setFocus()
        self._sauver_position()
        self._actualiser()
        self.changee.emit()

    def suivant(self) -> None:
        self.aller_a(self.position + 1)

    def precedent(self) -> None:
        self.aller_a(self.position - 1)

    def premier(self) -> None:
        self.aller_a(0)

    def dernier(self) -> None:
        self.aller_a(max(len(self.services) - 1, 0))

    def echap(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.close()

    def basculer_plein_ecran(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _retirer_assistant(self) -> None:
        if self.assistant is not None:
            self.colonne_examen.removeWidget(self.assistant)
            self.assistant.hide()
            self.assistant.deleteLater()
            self.assistant = None

    def _montrer_examen(self, service_pk: int) -> None:
        try:
            ev = seances_examen.examen_du_service(self.base, self.seance, service_pk)
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            self.pages.setCurrentWidget(self.page_examen)
            return
        self._examens[service_pk] = ev
        assistant = Assistant2A(self.base, ev, self.langue, self.page_examen)
        assistant.setObjectName("assistantSeance")
        agrandir(assistant, FACTEUR_PROJECTEUR * self.zoom, self.font())
        preparer_examen(assistant)
        for encadre in conseils(assistant):
            encadre.setVisible(self.conseils_visibles)
        assistant.enregistre.connect(self._examen_enregistre)
        assistant.termine.connect(self._examen_termine)
        self.colonne_examen.addWidget(assistant)
        self.assistant = assistant
        self.pages.setCurrentWidget(self.page_examen)
        assistant.aller_a(assistant.pages.currentIndex())   # le curseur sur la première question

    def _examen_enregistre(self, ev: Evaluation) -> None:
        if ev.service_pk is not None:
            self._examens[ev.service_pk] = ev
        self._actualiser_ordre()
        self.changee.emit()

    def _examen_termine(self, ev: Evaluation) -> None:
        """Un examen terminé : on passe au service suivant (ou au sommaire)."""
        self._examen_enregistre(ev)
        QTimer.singleShot(0, self, self.suivant)

    def _sauver_position(self) -> None:
        """La position (et le statut de la séance) : relus puis écrits, pour ne pas écraser ce
        que le dialogue de préparation aurait changé entre-temps."""
        if getattr(self.base, "lecture_seule", False):
            return
        try:
            seance = seances_examen.charger(self.base, self.seance.pk) or self.seance
            seance.position = self.position
            seance.statut = regles_seances.statut_apres_reunion(
                seance, self.au_sommaire, [self.examen(p) for p in range(len(self.services))])
            seances_examen.enregistrer(self.base, seance)
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            return
        self.seance = seance

    def brancher_direct(self, envoi) -> None:
        """La séance en direct (``direct.EnvoiEnDirect``) : chaque enregistrement part au serveur."""
        from gesserv_bureau.interface.seances.direct import appliquer_cles

        self.direct = envoi
        self.changee.connect(envoi.signaler)
        envoi.etat.connect(self._montrer_etat_direct)
        envoi.cles_changees.connect(lambda cles: appliquer_cles(self, cles))
        if envoi.dernier_texte:
            self._montrer_etat_direct(envoi.dernier_texte, envoi.serveur is not None)

    def _montrer_etat_direct(self, texte: str, ok: bool) -> None:
        self.etat_direct.setText(texte)
        self.etat_direct.setStyleSheet("color: #1b5e20;" if ok else STYLE_MESSAGE)
        self.etat_direct.show()

    # --- affichage ------------------------------------------------------------------------
    def _actualiser(self) -> None:
        n = len(self.services)
        date = date_longue(self.seance.date, self.langue)
        self.titre.setText(" — ".join(x for x in (self.seance.titre, date) if x))
        if self.au_sommaire:
            self.progression.setText(self.tr("Sommaire de la séance — %n service(s) à l'ordre du jour", "", n))
        else:
            self.progression.setText(self.tr("Service %1 sur %2 — %3").replace("%1", str(self.position + 1))
                                     .replace("%2", str(n)).replace("%3", self.nom(self.position)))
        self.bouton_precedent.setEnabled(self.position > 0)
        self.bouton_suivant.setEnabled(not self.au_sommaire)
        self.bouton_suivant.setText(self.tr("Sommaire ▶") if self.position == n - 1 else self.tr("Service suivant ▶"))
        self.setWindowTitle(self.tr("Séance d'examen — %1").replace("%1", self.seance.titre or self.tr("(sans titre)")))
        self._actualiser_ordre()

    def _actualiser_ordre(self) -> None:
        """Le bandeau : « ▶ » et un cadre épais pour le service courant, l'état de chaque
        examen écrit (la couleur ne fait que l'appuyer)."""
        n = len(self.services)
        cases = [(self.numero(p), avancement_examen(self.examen(p)), examen_fini(self.examen(p)),
                  f"{p + 1}. {self.nom(p)} — {etat_examen(self.examen(p))}")
                 for p in range(n)]
        cases.append((self.tr("Sommaire"), self.tr("décisions et initiatives"), False, ""))
        self.defilement_ordre.definir(cases, self.position)

    def _remplir_sommaire(self) -> None:
        """Le procès-verbal à l'écran : qui était là, puis pour chaque service l'état de son
        examen, la recommandation (question 10) et les initiatives proposées."""
        self._examens = {ev.service_pk: ev for ev in seances_examen.examens(self.base, self.seance)}
        self.page_sommaire.remplir(self.seance_a_jour().participants, self.langue,
                                   [(self.nom(p), self.examen(p)) for p in range(len(self.services))])

    def seance_a_jour(self) -> Seance:
        try:
            return seances_examen.charger(self.base, self.seance.pk) or self.seance
        except ErreurStockage:
            return self.seance

    def _montrer_message(self, texte: str) -> None:
        self.erreur = texte
        self.message.setText(texte)
        self.message.show()

    # --- fenêtre, langue --------------------------------------------------------------------
    def hideEvent(self, event) -> None:
        self._suivre_le_focus(False)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        self._suivre_le_focus(True)
        super().showEvent(event)
        if self.assistant is not None:
            QTimer.singleShot(0, self, self._placer_curseur)
        QTimer.singleShot(0, self, self._actualiser_ordre)

    def _placer_curseur(self) -> None:
        if self.assistant is not None and not self.assistant.isAncestorOf(QApplication.focusWidget()):
            self.assistant.aller_a(self.assistant.pages.currentIndex())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._actualiser_ordre)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._sauver_position()
        if self.direct is not None:
            self.direct.arreter()          # la dernière position part, puis la connexion se ferme
        super().closeEvent(event)
        self.fermee.emit()

    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        if self.assistant is not None:
            self.assistant.langue = langue
            self.assistant.retraduire()
        self._noms = self._lire_noms()
        self.retraduire()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.langue = langue_des_parents(self, self.langue)
            self._noms = self._lire_noms()
            if self.assistant is not None:
                self.assistant.langue = self.langue   # l'assistant se retraduit ensuite (même événement)
            self.retraduire()
        super().changeEvent(event)

    def _libeller_conseils(self) -> None:
        self.bouton_conseils.setText(self.tr("Masquer les conseils (2.4.5) — F2") if self.conseils_visibles
                                     else self.tr("Conseils (2.4.5) — F2"))

    def retraduire(self) -> None:
        self._libeller_conseils()
        self.bouton_precedent.setText(self.tr("◀ Service précédent"))
        self.bouton_quitter.setText(self.tr("Quitter la séance"))
        self.page_sommaire.retraduire()
        self.aide.setText(self.tr(
            "Ctrl+Pg suiv. ou Alt+→ : service suivant · Ctrl+Pg préc. ou Alt+← : service précédent · "
            "Ctrl+Origine / Ctrl+Fin : premier / dernier service · Pg suiv. / Pg préc. : étape de l'examen · "
            "Échap : quitter le plein écran, puis la séance") + " · " + self.tr(
            "F2 : conseils (2.4.5) · Ctrl+plus / Ctrl+moins / Ctrl+0 : taille du texte"))
        if self.position >= 0:
            if self.au_sommaire:
                self._remplir_sommaire()
            self._actualiser()
