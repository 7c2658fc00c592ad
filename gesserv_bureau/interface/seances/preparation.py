"""La préparation des séances d'examen (2.4.4, étapes 1 et 2) : le dialogue qui réunit la liste
des séances (``liste``) et l'éditeur de la séance choisie (``editeur`` : titre, date,
participants, ordre du jour), et ce qui part de la séance : l'examen d'un service dans une
fenêtre ordinaire, la vue de réunion au projecteur (``projection``), l'approbation et le
procès-verbal, et l'échange de la séance avec un autre poste (``echange``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout

from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.domaine import seances as regles_seances
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.interface.seances import direct
from gesserv_bureau.interface.seances.commun import STYLE_MESSAGE, langue_des_parents, message_erreur, preparer_examen
from gesserv_bureau.interface.seances.editeur import EditeurSeance
from gesserv_bureau.interface.seances.liste import ListeSeances
from gesserv_bureau.interface.seances.projection import VueSeance
from gesserv_bureau.interface.textes import tout_en_texte_brut
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.stockage.serveur.adresse import emportee_de


class DialogueSeances(QDialog):
    """Les séances d'examen : la liste, « Nouvelle séance », et l'éditeur de la séance choisie
    (titre, date, participants, ordre du jour). Tout est enregistré à chaque changement."""

    def __init__(self, base: Base, langue: str, exercice: str, parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueSeances")
        self.base = base
        self.exercice = exercice
        self.vue: VueSeance | None = None
        self.fenetre_examen = None
        self.erreur = ""

        pile = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("messageSeances")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.hide()
        pile.addWidget(self.message)

        separateur = QSplitter(Qt.Orientation.Horizontal, self)
        pile.addWidget(separateur, 1)
        self.liste = ListeSeances(separateur)               # à gauche : les séances
        self.editeur = EditeurSeance(base, langue, separateur)   # à droite : la séance choisie
        separateur.addWidget(self.liste)
        separateur.addWidget(self.editeur)
        separateur.setStretchFactor(0, 2)
        separateur.setStretchFactor(1, 3)
        self._nommer_les_pieces()

        bas = QHBoxLayout()
        self.bouton_projecteur = QPushButton(self)
        self.bouton_projecteur.setObjectName("boutonProjecteur")
        self.bouton_proces_verbal = QPushButton(self)
        self.bouton_proces_verbal.setObjectName("boutonProcesVerbal")
        self.bouton_approuver = QPushButton(self)
        self.bouton_approuver.setObjectName("boutonApprouverSeance")
        self.bouton_suivre = QPushButton(self)       # une copie du répertoire ministériel : la suivre en direct
        self.bouton_suivre.setObjectName("boutonSuivreDirect")
        self.bouton_suivre.setVisible(emportee_de(base.conn) is not None)
        self.vue_suivie = None
        self.bouton_fermer = QPushButton(self)
        self.bouton_fermer.setObjectName("boutonFermer")
        for b in (self.bouton_projecteur, self.bouton_suivre, self.bouton_proces_verbal, self.bouton_approuver):
            bas.addWidget(b)
        bas.addStretch(1)
        bas.addWidget(self.bouton_fermer)
        pile.addLayout(bas)
        for b in (self.bouton_projecteur, self.bouton_approuver, self.bouton_fermer):
            b.setAutoDefault(False)

        self.bouton_nouvelle.clicked.connect(self.nouvelle_seance)
        self.bouton_exporter.clicked.connect(lambda: self.exporter())
        self.bouton_importer.clicked.connect(lambda: self.importer())
        self.liste.choisie.connect(self._seance_choisie)
        self.editeur.enregistree.connect(self._seance_enregistree)
        self.editeur.modifiee.connect(self._actualiser_boutons)
        self.editeur.erreur.connect(self._montrer_message)
        self.editeur.examiner.connect(lambda: self.examiner())
        self.bouton_projecteur.clicked.connect(self.examiner_en_seance)
        self.bouton_suivre.clicked.connect(lambda: self.suivre_en_direct())
        self.bouton_fermer.clicked.connect(self.close)
        self.bouton_proces_verbal.clicked.connect(lambda: self.proces_verbal())
        self.bouton_approuver.clicked.connect(lambda: self.approuver())

        self.resize(1200, 760)
        tout_en_texte_brut(self)
        self.retraduire()
        self._remplir_seances()
        if self.table_seances.rowCount():
            self.table_seances.selectRow(0)
        else:
            self._charger(None)
        if getattr(base, "lecture_seule", False):
            self._montrer_message(self.tr("Ce répertoire est ouvert en lecture seule : les séances se consultent, "
                                          "mais ne se modifient pas."))

    def _nommer_les_pieces(self) -> None:
        """Les pièces de la liste et de l'éditeur, sous les noms qu'elles avaient dans le dialogue."""
        self.etiquette_seances, self.table_seances = self.liste.etiquette, self.liste.table
        self.bouton_nouvelle = self.liste.bouton_nouvelle
        self.bouton_exporter, self.bouton_importer = self.liste.bouton_exporter, self.liste.bouton_importer
        self.titre, self.date = self.editeur.titre, self.editeur.date
        self.exercice_seance = self.editeur.exercice_seance
        participants = self.editeur.panneau_participants
        self.participants = participants.table
        self.bouton_ajouter_participant = participants.bouton_ajouter
        self.bouton_retirer_participant = participants.bouton_retirer
        ordre = self.editeur.ordre_du_jour
        self.ordre = ordre.liste
        self.bouton_monter, self.bouton_descendre = ordre.bouton_monter, ordre.bouton_descendre
        self.bouton_examiner = ordre.bouton_examiner

    # --- la séance choisie (dans l'éditeur) -----------------------------------------------
    @property
    def seance(self) -> Seance | None:
        return self.editeur.seance

    @seance.setter
    def seance(self, seance: Seance | None) -> None:
        self.editeur.seance = seance

    @property
    def langue(self) -> str:
        return self.editeur.langue

    @langue.setter
    def langue(self, langue: str) -> None:
        self.editeur.langue = langue

    def domaine(self, rang: int):
        return self.editeur.panneau_participants.domaine(rang)

    def services_retenus(self) -> list[int]:
        return self.editeur.ordre_du_jour.services_retenus()

    def service_choisi(self) -> int | None:
        return self.editeur.ordre_du_jour.service_choisi()

    # --- la liste des séances ------------------------------------------------------------
    def _remplir_seances(self, choisir: int | None = None) -> None:
        try:
            seances = seances_examen.toutes(self.base)
            commencees = {s.pk for s in seances if seances_examen.examens(self.base, s)}
        except ErreurStockage as exc:
            seances, commencees = [], set()
            self._montrer_message(message_erreur(exc))
        self.liste.afficher(seances, commencees, choisir)

    def _actualiser_ligne(self) -> None:
        if self.seance is not None:
            self.liste.actualiser(self.seance)

    def _seance_choisie(self, pk: int) -> None:
        if self.seance is not None and self.seance.pk == pk:
            return
        try:
            seance = seances_examen.charger(self.base, pk)
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            return
        self._charger(seance)

    def nouvelle_seance(self) -> Seance | None:
        """Une séance datée d'aujourd'hui, pour l'exercice affiché; tous les services prioritaires
        de l'exercice à l'ordre du jour (on décoche ceux qu'on n'examine pas)."""
        aujourd_hui = dt.date.today().isoformat()
        try:
            seance = seances_examen.nouvelle(self.base, self.tr("Examen des services prioritaires"), aujourd_hui,
                                             self.exercice)
            seance.services = [s.pk for s in evaluer.services_prioritaires(self.base, self.exercice)]
            seances_examen.enregistrer(self.base, seance)
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            return None
        self._cacher_message()
        self.seance = None
        self._remplir_seances(choisir=seance.pk)
        self.titre.setFocus()
        self.titre.selectAll()
        return self.seance

    def _charger(self, seance: Seance | None) -> None:
        self.editeur.charger(seance, self.exercice)
        self._actualiser_boutons()

    def _seance_enregistree(self) -> None:
        self._cacher_message()
        self._actualiser_ligne()

    def _actualiser_boutons(self, *_args) -> None:
        lecture_seule = getattr(self.base, "lecture_seule", False)
        ecriture = self.seance is not None and not lecture_seule
        modifiable = ecriture and regles_seances.modifiable(self.seance)
        self.editeur.permettre(modifiable, reunion=self.vue is not None)
        self.bouton_projecteur.setEnabled(modifiable and bool(self.seance.services))
        self.bouton_suivre.setEnabled(self.seance is not None and self.vue is None)
        self.bouton_nouvelle.setEnabled(not lecture_seule)
        self.bouton_exporter.setEnabled(self.seance is not None)
        self.bouton_importer.setEnabled(not lecture_seule and self.vue is None)
        a_signer = ecriture and regles_seances.approbation_a_signer(self.seance)
        self.bouton_approuver.setEnabled(ecriture and self.vue is None and regles_seances.peut_etre_approuvee(self.seance))
        self.bouton_approuver.setText(self.tr("Si&gner l'approbation…") if a_signer else self.tr("&Approuver…"))

    # --- examiner -------------------------------------------------------------------------
    def examiner(self, service_pk: int | None = None):
        """L'examen 2A du service choisi, dans une fenêtre ordinaire (créé à la première visite)."""
        from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

        service_pk = service_pk if service_pk is not None else self.service_choisi()
        if self.seance is None or service_pk is None:
            return None
        try:
            ev = seances_examen.examen_du_service(self.base, self.seance, service_pk)
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            return None
        self._fermer_examen()   # un seul examen ouvert : deux copies du même dossier s'écraseraient
        fenetre = FenetreEvaluation(self.base, ev, self.langue, self)
        preparer_examen(fenetre.assistant)
        fenetre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fenetre.changee.connect(self._examen_change)
        fenetre.destroyed.connect(self._examen_ferme)
        fenetre.show()
        self.fenetre_examen = fenetre
        self._examen_change(ev)
        return fenetre

    def _fermer_examen(self) -> None:
        if self.fenetre_examen is not None:
            self.fenetre_examen.close()   # tout y est déjà enregistré
            self.fenetre_examen = None

    def _examen_ferme(self, *_args) -> None:
        self.fenetre_examen = None

    def _examen_change(self, ev: Evaluation | None = None) -> None:
        if ev is not None and ev.service_pk is not None:
            self.editeur.examens[ev.service_pk] = ev
            if self.seance is not None and self.seance.pk not in self.liste.commencees:
                self.liste.commencees.add(self.seance.pk)
                self._actualiser_ligne()
        self.editeur.ordre_du_jour.libeller()

    def examiner_en_seance(self) -> VueSeance | None:
        """La vue de réunion, en plein écran, à la position où le groupe s'est arrêté."""
        if self.seance is None or not self.seance.services:
            return None
        if self.vue is not None:
            self.vue.showFullScreen()
            self.vue.activateWindow()
            return self.vue
        self._fermer_examen()
        avant = self.seance.pk
        envoi = direct.commencer(self, self.base, self.seance)   # une copie du répertoire ministériel : en direct
        if self.seance.pk != avant:
            self._remplir_seances(choisir=self.seance.pk)
        try:
            seance = seances_examen.charger(self.base, self.seance.pk) or self.seance
            vue = VueSeance(self.base, seance, self.langue, self)
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            if envoi is not None:
                envoi.arreter()
            return None
        vue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        vue.changee.connect(self._vue_changee)
        vue.fermee.connect(self._vue_fermee)
        if envoi is not None:
            vue.brancher_direct(envoi)
            envoi.cles_changees.connect(lambda cles: direct.renumeroter_seance(self.seance, cles))
        self.vue = vue
        # l'ordre du jour ne change pas pendant la réunion
        self.ordre.setEnabled(False)
        self._actualiser_boutons()
        vue.showFullScreen()
        vue.activateWindow()
        return vue

    def suivre_en_direct(self):
        """La séance choisie, suivie en direct depuis le serveur (``suivi``), en lecture seule."""
        from gesserv_bureau.interface.seances import suivi

        try:
            self.vue_suivie = suivi.suivre(self, self.base, self.seance, self.langue) if self.seance else None
        except ErreurStockage as exc:
            self._montrer_message(message_erreur(exc))
            return None
        return self.vue_suivie

    def _vue_changee(self) -> None:
        if self.seance is None:
            return
        try:
            frais = seances_examen.charger(self.base, self.seance.pk)
            self.editeur.examens = {ev.service_pk: ev for ev in seances_examen.examens(self.base, self.seance)}
        except ErreurStockage:
            return
        if frais is not None:
            self.seance.position, self.seance.statut = frais.position, frais.statut
        if self.editeur.examens:
            self.liste.commencees.add(self.seance.pk)
        self._actualiser_ligne()
        self.editeur.ordre_du_jour.libeller()

    def _vue_fermee(self) -> None:
        self.vue = None
        self.ordre.setEnabled(True)
        self._vue_changee()
        self._actualiser_boutons()
        self.activateWindow()

    # --- d'un poste à l'autre ------------------------------------------------------------
    def exporter(self, chemin=None) -> bool:
        """La séance choisie et ses évaluations dans un fichier JSON (``chemin``, sinon demandé),
        comme ``gesserv-bureau evaluation exporter --seance``."""
        from gesserv_bureau.interface.seances import echange

        if self.seance is None:
            return False
        bilan = echange.exporter(self, self.base, self.seance, self.langue, chemin)
        if bilan.fait:
            self._montrer_message(bilan.texte)
        return bilan.reussi

    def importer(self, chemin=None) -> bool:
        """Un fichier d'un autre poste (``chemin``, sinon demandé), tout ou rien, comme
        ``gesserv-bureau evaluation importer``; la liste et la séance choisie sont relues."""
        from gesserv_bureau.interface.seances import echange

        if getattr(self.base, "lecture_seule", False) or self.vue is not None:
            return False
        bilan = echange.importer(self, self.base, self.langue, chemin)
        if not bilan.fait:
            return False
        choisie = self.seance.pk if self.seance is not None else None
        self.seance = None      # relue : l'import a pu la changer
        self._remplir_seances(choisir=choisie)
        if self.seance is None and self.table_seances.rowCount():
            self.table_seances.selectRow(0)
        self._montrer_message(bilan.texte)
        return bilan.reussi

    # --- approuver, le procès-verbal ------------------------------------------------------
    def approuver(self, par: str | None = None, identite=None) -> bool:
        """Approuve la séance terminée (ou signe son approbation donnée sans signature) :
        ``identite``, le certificat de l'approbateur ouvert, signe; ``par`` nomme l'approbateur
        d'une approbation sans signature; sans l'un ni l'autre, le dialogue les demande."""
        from gesserv_bureau.interface.dialogue_approbation import DialogueApprobation
        from gesserv_bureau.rapports.certificats import ErreurSignature

        if self.seance is None:
            return False
        signer_seulement = self.seance.statut == "approuvee"
        if par is None and identite is None:
            self.dialogue_approbation = DialogueApprobation(self.langue, self.seance.titre, self,
                                                            signature_seulement=signer_seulement)
            if self.dialogue_approbation.exec() != QDialog.DialogCode.Accepted:
                return False
            par, identite = self.dialogue_approbation.par, self.dialogue_approbation.identite
        try:
            seances_examen.approuver(self.base, self.seance, par or "", identite=identite)
        except ErreurSignature as exc:
            self._montrer_message(exc.texte(self.langue))
            return False
        except (ValueError, seances_examen.SeanceNonTerminee, evaluer.EvaluationApprouvee, ErreurStockage):
            self._montrer_message(self.tr("La séance n'a pas pu être approuvée : elle doit être terminée, et son "
                                          "approbateur indiqué."))
            return False
        self._montrer_message(
            self.tr("Séance approuvée et signée par %1 : elle ne se modifie plus.").replace("%1", self.seance.approuve_par)
            if self.seance.approbation else
            self.tr("Séance approuvée : elle ne se modifie plus. Sans signature, elle arrive « terminée » sur les "
                    "autres postes."))
        self._actualiser_ligne()
        self._charger(self.seance)
        return True

    def proces_verbal(self):
        """Le procès-verbal PDF de la séance choisie : aperçu, enregistrer, imprimer, signer."""
        from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

        if self.seance is None:
            return None
        self.dialogue_rapport = DialogueRapport(self.base, "seance", self.langue, self, cle=str(self.seance.pk))
        self.dialogue_rapport.show()
        return self.dialogue_rapport

    # --- messages, langue, fermeture ------------------------------------------------------
    def _montrer_message(self, texte: str) -> None:
        self.erreur = texte
        self.message.setText(texte)
        self.message.show()

    def _cacher_message(self) -> None:
        if not getattr(self.base, "lecture_seule", False):
            self.erreur = ""
            self.message.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vue is not None:
            self.vue.close()
        super().closeEvent(event)

    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.editeur.remplir_ordre()   # les noms des services dans la langue
        self.retraduire()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            langue = langue_des_parents(self, self.langue)
            if langue != self.langue:
                self.langue = langue
                self.editeur.remplir_ordre()
            self.retraduire()
        super().changeEvent(event)

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Séances d'examen du groupe de travail (2.4.4)"))
        self.liste.retraduire()
        self.editeur.retraduire(self.exercice)
        self.bouton_projecteur.setText(self.tr("Examiner en &séance (projecteur)"))
        self.bouton_suivre.setText(self.tr("Suivre en dire&ct"))
        self.bouton_proces_verbal.setText(self.tr("&Procès-verbal (PDF)…"))
        self.bouton_fermer.setText(self.tr("&Fermer"))
        self._actualiser_boutons()   # « Approuver… » ou « Signer l'approbation… », dans la langue
