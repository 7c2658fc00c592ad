"""La séance d'examen du groupe de travail (2.4.4, étapes 1 à 3) : qui est là et pour quel
domaine, les services prioritaires à examiner et dans quel ordre, puis l'examen de chacun avec
l'outil 2A, à tour de rôle, les décisions (question 10) et les initiatives saisies en direct.

Deux fenêtres :

* :class:`DialogueSeances` prépare les séances (titre, date, participants, ordre du jour) et
  ouvre l'examen d'un service dans une fenêtre ordinaire;
* :class:`VueSeance` est la vue de réunion, pour un portable branché sur un projecteur : plein
  écran, grands caractères, un service à la fois, l'ordre du jour toujours visible (l'état de
  chaque examen écrit en toutes lettres, la couleur ne fait que l'appuyer), tout au clavier, et
  un sommaire à la fin. La position est enregistrée : on reprend là où le groupe s'est arrêté.

Chaque saisie est écrite tout de suite par les cas d'utilisation (``gesserv_bureau.cas.evaluer``) :
il n'y a pas de bouton « Enregistrer » à oublier.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import repertoire
from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.domaine import seances as regles_seances
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.interface.assistants.assistant_2a import Assistant2A
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.referentiel.outil_2a import DOMAINES_PARTICIPANTS
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.domaine.evaluations import Seance
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.interface.textes import STYLE_BANDEAU, en_clair, tout_en_texte_brut

FACTEUR_PROJECTEUR = 1.75        # la police de la vue de réunion, par rapport à celle de l'application
CONTEXTE = "SeanceExamen"        # les textes partagés par les deux fenêtres
STYLE_MESSAGE = STYLE_BANDEAU

STATUTS_SEANCE = {
    "preparation": QT_TRANSLATE_NOOP("SeanceExamen", "en préparation"),
    "en_cours": QT_TRANSLATE_NOOP("SeanceExamen", "en cours"),
    "terminee": QT_TRANSLATE_NOOP("SeanceExamen", "terminée"),
    "approuvee": QT_TRANSLATE_NOOP("SeanceExamen", "approuvée"),
}
_ETATS_EXAMEN = {
    ("brouillon", None): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon"),
    ("brouillon", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon — recommandation : oui"),
    ("brouillon", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon — recommandation : non"),
    ("terminee", None): QT_TRANSLATE_NOOP("SeanceExamen", "terminé"),
    ("terminee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé — recommandation : oui"),
    ("terminee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé — recommandation : non"),
    ("approuvee", None): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé"),
    ("approuvee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé — recommandation : oui"),
    ("approuvee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé — recommandation : non"),
}
_PAS_COMMENCE = QT_TRANSLATE_NOOP("SeanceExamen", "non commencé")
# le bandeau de la vue de réunion : court, la recommandation en mots
_ETATS_COURTS = {
    ("brouillon", None): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon"),
    ("brouillon", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon, recommandé"),
    ("brouillon", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon, non recommandé"),
    ("terminee", None): QT_TRANSLATE_NOOP("SeanceExamen", "terminé"),
    ("terminee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé, recommandé"),
    ("terminee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé, non recommandé"),
    ("approuvee", None): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé"),
    ("approuvee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé, recommandé"),
    ("approuvee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé, non recommandé"),
}


def _t(texte: str) -> str:
    return QCoreApplication.translate(CONTEXTE, texte)


def statut_seance(seance: Seance, commencee: bool) -> str:
    """L'étape de la séance en toutes lettres (``domaine.seances.etape``)."""
    return _t(STATUTS_SEANCE.get(regles_seances.etape(seance, commencee), seance.statut))


examen_vierge = regles_seances.examen_vierge
examen_fini = regles_seances.examen_fini


def etat_examen(ev: Evaluation | None, court: bool = False) -> str:
    """L'état d'un examen en toutes lettres : non commencé, brouillon, terminé, approuvé, avec
    la recommandation (question 10) dès qu'elle est donnée; ``court`` pour le bandeau."""
    if ev is None or examen_vierge(ev):
        return _t(_PAS_COMMENCE)
    return _t((_ETATS_COURTS if court else _ETATS_EXAMEN)[regles_seances.cle_etat(ev)])


def statut_examen(ev: Evaluation | None) -> str:
    """L'état seul : non commencé, brouillon, terminé ou approuvé."""
    if ev is None or examen_vierge(ev):
        return _t(_PAS_COMMENCE)
    return _t(_ETATS_EXAMEN[(regles_seances.statut_connu(ev.statut), None)])


def date_longue(iso: str, langue: str) -> str:
    date = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso or ""
    locale = QLocale(QLocale.Language.English if langue == "en" else QLocale.Language.French,
                     QLocale.Country.Canada)
    return locale.toString(date, QLocale.FormatType.LongFormat)


def _langue_des_parents(widget: QWidget, defaut: str) -> str:
    """La langue de la fenêtre principale (l'ancêtre le plus haut qui en a une) : après un
    changement de langue, les fenêtres ouvertes la suivent."""
    langue, parent = defaut, widget.parent()
    while parent is not None:
        valeur = getattr(parent, "langue", None)
        if valeur in ("fr", "en"):
            langue = valeur
        parent = parent.parent()
    return langue


def _message_erreur(exc: BaseException) -> str:
    return texte_erreur(exc, QCoreApplication.translate) or str(exc)


def preparer_examen(assistant: Assistant2A) -> None:
    """Dans une séance, le service est celui de l'ordre du jour : on ne le change pas, et la
    première visite commence aux questions."""
    assistant.service.setEnabled(False)
    if assistant.ev.etape == 0 and assistant.ev.modifiable() and assistant.pages.count() > 1:
        assistant.aller_a(1)


def agrandir(widget: QWidget, facteur: float, police: QFont) -> None:
    """Les grands caractères jusque dans l'assistant : les tailles écrites dans les feuilles de
    style (titres en points) et les largeurs maximales (listes) suivent la police. Un widget qui a
    une feuille de style reçoit la police explicitement : sinon Qt lui remet celle de l'application
    quand il le repolit (reparenté, affiché)."""
    motif = re.compile(r"font-size:\s*([\d.]+)pt")
    for w in [widget, *widget.findChildren(QWidget)]:
        style = w.styleSheet()
        if style:
            # dans cet ordre : Qt retient la police qu'avait le widget quand il a reçu sa feuille
            w.setStyleSheet("")
            w.setFont(police)
            w.setStyleSheet(motif.sub(lambda m: f"font-size: {float(m.group(1)) * facteur:.1f}pt", style))
        if isinstance(w, (QRadioButton, QCheckBox)) and not style:
            # la case à cocher grandit avec le texte (elle se voit du fond de la salle)
            cote = round(w.fontMetrics().height() * 0.8)
            w.setFont(police)
            w.setStyleSheet(f"QRadioButton::indicator, QCheckBox::indicator {{ width: {cote}px; height: {cote}px; }}")
        largeur = w.maximumWidth()
        if 0 < largeur < 10000:
            w.setMaximumWidth(int(largeur * facteur))


# --- la préparation des séances -------------------------------------------------------------
class _DelegueNom(QStyledItemDelegate):
    """Le nom d'un participant est écrit à chaque frappe, pas seulement à la fin de l'édition."""

    def createEditor(self, parent, option, index):
        editeur = super().createEditor(parent, option, index)
        if isinstance(editeur, QLineEdit):
            editeur.textEdited.connect(lambda _texte, e=editeur: self.commitData.emit(e))
        return editeur

    def setEditorData(self, editeur, index) -> None:
        # le texte vient d'être écrit depuis l'éditeur : ne pas le remettre (le curseur sauterait)
        if isinstance(editeur, QLineEdit) and editeur.text() == (index.data() or ""):
            return
        super().setEditorData(editeur, index)


class DialogueSeances(QDialog):
    """Les séances d'examen : la liste, « Nouvelle séance », et l'éditeur de la séance choisie
    (titre, date, participants, ordre du jour). Tout est enregistré à chaque changement."""

    def __init__(self, base: Base, langue: str, exercice: str, parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueSeances")
        self.base = base
        self.langue = langue
        self.exercice = exercice
        self.seance: Seance | None = None
        self.vue: VueSeance | None = None
        self.fenetre_examen = None
        self.erreur = ""
        self._chargement = False
        self._examens: dict[int, Evaluation] = {}
        self._seances: list[Seance] = []
        self._commencees: set[int] = set()   # les séances dont un examen est commencé

        pile = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("messageSeances")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.hide()
        pile.addWidget(self.message)

        separateur = QSplitter(Qt.Orientation.Horizontal, self)
        pile.addWidget(separateur, 1)

        # à gauche : les séances
        gauche = QWidget(separateur)
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 6, 0)
        self.etiquette_seances = QLabel(gauche)
        self.table_seances = QTableWidget(0, 4, gauche)
        self.table_seances.setObjectName("tableSeances")
        self.etiquette_seances.setBuddy(self.table_seances)
        self.table_seances.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_seances.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_seances.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_seances.verticalHeader().hide()
        self.table_seances.setWordWrap(False)
        entete = self.table_seances.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.bouton_nouvelle = QPushButton(gauche)
        self.bouton_nouvelle.setObjectName("boutonNouvelleSeance")
        colonne.addWidget(self.etiquette_seances)
        colonne.addWidget(self.table_seances, 1)
        colonne.addWidget(self.bouton_nouvelle, 0, Qt.AlignmentFlag.AlignLeft)

        # à droite : la séance choisie
        self.editeur = QWidget(separateur)
        self.editeur.setObjectName("editeurSeance")
        droite = QVBoxLayout(self.editeur)
        droite.setContentsMargins(6, 0, 0, 0)
        forme = QFormLayout()
        self.etiquette_titre = QLabel(self.editeur)
        self.titre = QLineEdit(self.editeur)
        self.titre.setObjectName("titreSeance")
        self.etiquette_titre.setBuddy(self.titre)
        self.etiquette_date = QLabel(self.editeur)
        self.date = QDateEdit(self.editeur)
        self.date.setObjectName("dateSeance")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumWidth(self.date.fontMetrics().horizontalAdvance("0000-00-00") * 2 + 40)
        self.etiquette_date.setBuddy(self.date)
        self.etiquette_exercice = QLabel(self.editeur)
        self.exercice_seance = QLabel(self.editeur)
        self.exercice_seance.setObjectName("exerciceSeance")
        forme.addRow(self.etiquette_titre, self.titre)
        forme.addRow(self.etiquette_date, self.date)
        forme.addRow(self.etiquette_exercice, self.exercice_seance)
        droite.addLayout(forme)

        self.etiquette_participants = QLabel(self.editeur)
        self.etiquette_participants.setWordWrap(True)
        self.participants = QTableWidget(0, 2, self.editeur)
        self.participants.setObjectName("tableParticipants")
        self.etiquette_participants.setBuddy(self.participants)
        self.participants.verticalHeader().hide()
        self.participants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participants.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.participants.setItemDelegateForColumn(0, _DelegueNom(self.participants))
        self.participants.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.participants.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        boutons_participants = QHBoxLayout()
        self.bouton_ajouter_participant = QPushButton(self.editeur)
        self.bouton_ajouter_participant.setObjectName("boutonAjouterParticipant")
        self.bouton_retirer_participant = QPushButton(self.editeur)
        self.bouton_retirer_participant.setObjectName("boutonRetirerParticipant")
        boutons_participants.addWidget(self.bouton_ajouter_participant)
        boutons_participants.addWidget(self.bouton_retirer_participant)
        boutons_participants.addStretch(1)
        droite.addWidget(self.etiquette_participants)
        droite.addWidget(self.participants, 2)
        droite.addLayout(boutons_participants)

        self.etiquette_ordre = QLabel(self.editeur)
        self.etiquette_ordre.setWordWrap(True)
        self.aide_ordre = QLabel(self.editeur)
        self.aide_ordre.setWordWrap(True)
        self.aide_ordre.setStyleSheet("color: #3d3d3d;")
        ligne = QHBoxLayout()
        self.ordre = QListWidget(self.editeur)
        self.ordre.setObjectName("ordreDuJour")
        self.etiquette_ordre.setBuddy(self.ordre)
        self.ordre.setWordWrap(True)
        ligne.addWidget(self.ordre, 1)
        boutons_ordre = QVBoxLayout()
        self.bouton_monter = QPushButton(self.editeur)
        self.bouton_monter.setObjectName("boutonMonter")
        self.bouton_descendre = QPushButton(self.editeur)
        self.bouton_descendre.setObjectName("boutonDescendre")
        self.bouton_examiner = QPushButton(self.editeur)
        self.bouton_examiner.setObjectName("boutonExaminer")
        for b in (self.bouton_monter, self.bouton_descendre):
            boutons_ordre.addWidget(b)
        boutons_ordre.addSpacing(12)
        boutons_ordre.addWidget(self.bouton_examiner)
        boutons_ordre.addStretch(1)
        ligne.addLayout(boutons_ordre)
        droite.addWidget(self.etiquette_ordre)
        droite.addWidget(self.aide_ordre)
        droite.addLayout(ligne, 3)
        separateur.addWidget(gauche)
        separateur.addWidget(self.editeur)
        separateur.setStretchFactor(0, 2)
        separateur.setStretchFactor(1, 3)

        bas = QHBoxLayout()
        self.bouton_projecteur = QPushButton(self)
        self.bouton_projecteur.setObjectName("boutonProjecteur")
        self.bouton_fermer = QPushButton(self)
        self.bouton_fermer.setObjectName("boutonFermer")
        self.bouton_fermer.setAutoDefault(False)
        bas.addWidget(self.bouton_projecteur)
        self.bouton_proces_verbal = QPushButton(self)
        self.bouton_proces_verbal.setObjectName("boutonProcesVerbal")
        bas.addWidget(self.bouton_proces_verbal)
        self.bouton_approuver = QPushButton(self)
        self.bouton_approuver.setObjectName("boutonApprouverSeance")
        self.bouton_approuver.setAutoDefault(False)
        bas.addWidget(self.bouton_approuver)
        bas.addStretch(1)
        bas.addWidget(self.bouton_fermer)
        pile.addLayout(bas)
        for b in (self.bouton_nouvelle, self.bouton_ajouter_participant, self.bouton_retirer_participant,
                  self.bouton_monter, self.bouton_descendre, self.bouton_examiner, self.bouton_projecteur):
            b.setAutoDefault(False)

        self.bouton_nouvelle.clicked.connect(self.nouvelle_seance)
        self.table_seances.itemSelectionChanged.connect(self._seance_choisie)
        self.titre.textEdited.connect(self._titre_saisi)
        self.date.dateChanged.connect(self._date_changee)
        self.bouton_ajouter_participant.clicked.connect(self.ajouter_participant)
        self.bouton_retirer_participant.clicked.connect(self.retirer_participant)
        self.participants.itemChanged.connect(self._participant_modifie)
        self.participants.itemSelectionChanged.connect(self._actualiser_boutons)
        self.ordre.itemChanged.connect(self._ordre_modifie)
        self.ordre.currentRowChanged.connect(self._actualiser_boutons)
        self.ordre.itemActivated.connect(lambda _item: self.examiner())
        self.bouton_monter.clicked.connect(lambda: self.deplacer(-1))
        self.bouton_descendre.clicked.connect(lambda: self.deplacer(1))
        self.bouton_examiner.clicked.connect(lambda: self.examiner())
        self.bouton_projecteur.clicked.connect(self.examiner_en_seance)
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

    # --- la liste des séances ------------------------------------------------------------
    def _remplir_seances(self, choisir: int | None = None) -> None:
        try:
            self._seances = seances_examen.toutes(self.base)
            self._commencees = {s.pk for s in self._seances if seances_examen.examens(self.base, s)}
        except ErreurStockage as exc:
            self._seances = []
            self._montrer_message(_message_erreur(exc))
        bloque = self.table_seances.blockSignals(True)
        self.table_seances.setRowCount(len(self._seances))
        for rang, seance in enumerate(self._seances):
            self._ecrire_ligne(rang, seance)
        self.table_seances.blockSignals(bloque)
        if choisir is not None:
            for rang, seance in enumerate(self._seances):
                if seance.pk == choisir:
                    self.table_seances.selectRow(rang)
                    break

    def _ecrire_ligne(self, rang: int, seance: Seance) -> None:
        valeurs = (seance.date, seance.titre or self.tr("(sans titre)"), str(len(seance.services)),
                   statut_seance(seance, seance.pk in self._commencees))
        for col, texte in enumerate(valeurs):
            item = self.table_seances.item(rang, col)
            if item is None:
                item = QTableWidgetItem()
                self.table_seances.setItem(rang, col, item)
            item.setText(texte)
            if col == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(Qt.ItemDataRole.UserRole, seance.pk)

    def _actualiser_ligne(self) -> None:
        if self.seance is None:
            return
        for rang, seance in enumerate(self._seances):
            if seance.pk == self.seance.pk:
                self._seances[rang] = self.seance
                bloque = self.table_seances.blockSignals(True)
                self._ecrire_ligne(rang, self.seance)
                self.table_seances.blockSignals(bloque)

    def _seance_choisie(self) -> None:
        rangs = self.table_seances.selectionModel().selectedRows()
        if not rangs:
            return
        pk = self.table_seances.item(rangs[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if self.seance is not None and self.seance.pk == pk:
            return
        try:
            seance = seances_examen.charger(self.base, pk)
        except ErreurStockage as exc:
            self._montrer_message(_message_erreur(exc))
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
            self._montrer_message(_message_erreur(exc))
            return None
        self._cacher_message()
        self.seance = None
        self._remplir_seances(choisir=seance.pk)
        self.titre.setFocus()
        self.titre.selectAll()
        return self.seance

    # --- l'éditeur ------------------------------------------------------------------------
    def _charger(self, seance: Seance | None) -> None:
        self.seance = seance
        self._chargement = True
        try:
            # une séance approuvée ne se modifie plus (sa signature porte sur ce qu'elle contient)
            self.editeur.setEnabled(seance is not None and not getattr(self.base, "lecture_seule", False)
                                    and seance.statut != "approuvee")
            self.titre.setText(seance.titre if seance else "")
            date = QDate.fromString(seance.date, Qt.DateFormat.ISODate) if seance else QDate.currentDate()
            self.date.setDate(date if date.isValid() else QDate.currentDate())
            self.exercice_seance.setText(seance.exercice if seance else "")
            self._remplir_participants()
            self._remplir_ordre()
        finally:
            self._chargement = False
        self.retraduire_etiquettes()
        self._actualiser_boutons()

    def _sauver(self) -> bool:
        """Écrit la séance tout de suite. La position et le statut appartiennent à la vue de
        réunion : on reprend ceux de la base pour ne pas les écraser."""
        if self.seance is None or self._chargement:
            return False
        try:
            frais = seances_examen.charger(self.base, self.seance.pk)
            if frais is not None:
                self.seance.position, self.seance.statut = frais.position, frais.statut
            if not regles_seances.modifiable(self.seance):
                return False   # figée
            self.seance.statut = regles_seances.statut_apres_preparation(
                self.seance, (self._examens.get(pk) for pk in self.seance.services))
            seances_examen.enregistrer(self.base, self.seance)
        except ErreurStockage as exc:
            self._montrer_message(_message_erreur(exc))
            return False
        self._cacher_message()
        self._actualiser_ligne()
        return True

    def _titre_saisi(self, texte: str) -> None:
        if self.seance is not None and not self._chargement:
            self.seance.titre = texte
            self._sauver()

    def _date_changee(self, date: QDate) -> None:
        if self.seance is not None and not self._chargement:
            self.seance.date = date.toString(Qt.DateFormat.ISODate)
            self._sauver()

    # participants
    def _remplir_participants(self) -> None:
        bloque = self.participants.blockSignals(True)
        self.participants.setRowCount(0)
        for p in (self.seance.participants if self.seance else []):
            self._ajouter_ligne(p.get("nom", ""), p.get("domaine", ""))
        self.participants.blockSignals(bloque)

    def _ajouter_ligne(self, nom: str, domaine: str) -> int:
        rang = self.participants.rowCount()
        self.participants.insertRow(rang)
        self.participants.setItem(rang, 0, QTableWidgetItem(nom))
        choix = QComboBox(self.participants)
        choix.setObjectName(f"domaineParticipant{rang}")
        choix.addItem("", "")
        for d in DOMAINES_PARTICIPANTS:
            choix.addItem(d.texte(self.langue), d.code)
        self._libeller_domaines(choix)
        choix.setCurrentIndex(max(choix.findData(domaine or ""), 0))
        choix.currentIndexChanged.connect(self._domaines_modifies)
        self.participants.setCellWidget(rang, 1, choix)
        return rang

    def _libeller_domaines(self, choix: QComboBox) -> None:
        choix.setItemText(0, self.tr("— domaine à préciser —"))
        for i, d in enumerate(DOMAINES_PARTICIPANTS, start=1):
            choix.setItemText(i, d.texte(self.langue))

    def domaine(self, rang: int) -> QComboBox:
        return self.participants.cellWidget(rang, 1)

    def _lire_participants(self) -> None:
        if self.seance is None:
            return
        participants = []
        for rang in range(self.participants.rowCount()):
            item = self.participants.item(rang, 0)
            choix = self.domaine(rang)
            participants.append({"nom": (item.text() if item else "").strip(),
                                 "domaine": (choix.currentData() if choix else "") or ""})
        self.seance.participants = participants
        self._sauver()

    def _participant_modifie(self, item: QTableWidgetItem) -> None:
        if not self._chargement and item.column() == 0:
            self._lire_participants()

    def _domaines_modifies(self, *_args) -> None:
        if not self._chargement:
            self._lire_participants()

    def ajouter_participant(self) -> None:
        """Une ligne de plus, le nom prêt à être tapé."""
        if self.seance is None:
            return
        bloque = self.participants.blockSignals(True)
        rang = self._ajouter_ligne("", "")
        self.participants.blockSignals(bloque)
        self._lire_participants()
        self.participants.setCurrentCell(rang, 0)
        self.participants.setFocus()
        self.participants.editItem(self.participants.item(rang, 0))

    def retirer_participant(self) -> None:
        rang = self.participants.currentRow()
        if self.seance is None or not 0 <= rang < self.participants.rowCount():
            return
        self.participants.removeRow(rang)
        for r in range(self.participants.rowCount()):
            self.domaine(r).setObjectName(f"domaineParticipant{r}")
        self._lire_participants()
        self._actualiser_boutons()

    # ordre du jour
    def _remplir_ordre(self) -> None:
        """Les services de la séance dans leur ordre (cochés), puis les autres services
        prioritaires de l'exercice (décochés)."""
        bloque = self.ordre.blockSignals(True)
        courant = self.ordre.currentItem().data(Qt.ItemDataRole.UserRole) if self.ordre.currentItem() else None
        self.ordre.clear()
        if self.seance is not None:
            try:
                prioritaires = evaluer.services_prioritaires(self.base, self.seance.exercice)
                self._examens = {ev.service_pk: ev for ev in seances_examen.examens(self.base, self.seance)}
                noms = {s.pk: (s.service_id, s.nom(self.langue)) for s in prioritaires}
                for pk in self.seance.services:
                    if pk not in noms:   # plus prioritaire, ou d'un autre exercice : il reste à l'ordre du jour
                        service = repertoire.charger_service(self.base, pk)
                        ev = self._examens.get(pk)
                        noms[pk] = (service.service_id, service.nom(self.langue)) if service else \
                            ("", ev.sujet if ev else self.tr("(service supprimé)"))
            except ErreurStockage as exc:
                self._montrer_message(_message_erreur(exc))
                noms = {}
            retenus = [pk for pk in self.seance.services if pk in noms]
            for pk in retenus + [pk for pk in noms if pk not in retenus]:
                item = QListWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(Qt.ItemDataRole.UserRole, pk)
                item.setData(Qt.ItemDataRole.UserRole + 1, noms[pk])
                item.setCheckState(Qt.CheckState.Checked if pk in retenus else Qt.CheckState.Unchecked)
                self.ordre.addItem(item)
        self._libeller_ordre()
        for rang in range(self.ordre.count()):
            if self.ordre.item(rang).data(Qt.ItemDataRole.UserRole) == courant:
                self.ordre.setCurrentRow(rang)
        if self.ordre.currentRow() < 0 and self.ordre.count():
            self.ordre.setCurrentRow(0)
        self.ordre.blockSignals(bloque)

    def _libeller_ordre(self) -> None:
        """« 2. AAC-001 — Agri-stabilité — examen : brouillon » : le numéro d'ordre pour les
        services retenus, l'état de l'examen en toutes lettres."""
        bloque = self.ordre.blockSignals(True)
        numero = 0
        for rang in range(self.ordre.count()):
            item = self.ordre.item(rang)
            identifiant, nom = item.data(Qt.ItemDataRole.UserRole + 1)
            retenu = item.checkState() == Qt.CheckState.Checked
            numero += retenu
            etat = etat_examen(self._examens.get(item.data(Qt.ItemDataRole.UserRole)))
            service = " — ".join(x for x in (identifiant, nom) if x)
            if retenu:
                texte = self.tr("%1. %2 — examen : %3").replace("%1", str(numero)).replace("%2", service)
                texte = texte.replace("%3", etat)
            else:
                texte = self.tr("(non retenu) %1 — examen : %2").replace("%2", etat).replace("%1", service)
            item.setText(texte)
        self.ordre.blockSignals(bloque)

    def services_retenus(self) -> list[int]:
        return [self.ordre.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.ordre.count())
                if self.ordre.item(r).checkState() == Qt.CheckState.Checked]

    def _ordre_modifie(self, *_args) -> None:
        if self.seance is None or self._chargement:
            return
        self.seance.services = self.services_retenus()
        self._libeller_ordre()
        self._sauver()
        self._actualiser_boutons()

    def deplacer(self, sens: int) -> None:
        rang = self.ordre.currentRow()
        cible = rang + sens
        if not (0 <= rang < self.ordre.count() and 0 <= cible < self.ordre.count()):
            return
        bloque = self.ordre.blockSignals(True)
        item = self.ordre.takeItem(rang)
        self.ordre.insertItem(cible, item)
        self.ordre.setCurrentRow(cible)
        self.ordre.blockSignals(bloque)
        self._ordre_modifie()

    def service_choisi(self) -> int | None:
        item = self.ordre.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _actualiser_boutons(self, *_args) -> None:
        rang, n = self.ordre.currentRow(), self.ordre.count()
        ecriture = self.seance is not None and not getattr(self.base, "lecture_seule", False)
        modifiable = ecriture and regles_seances.modifiable(self.seance)
        ordre_libre = modifiable and self.vue is None   # l'ordre du jour ne change pas pendant la réunion
        self.bouton_monter.setEnabled(ordre_libre and rang > 0)
        self.bouton_descendre.setEnabled(ordre_libre and 0 <= rang < n - 1)
        self.bouton_examiner.setEnabled(modifiable and rang >= 0 and self.vue is None)
        self.bouton_retirer_participant.setEnabled(modifiable and self.participants.currentRow() >= 0)
        self.bouton_projecteur.setEnabled(modifiable and bool(self.seance.services))
        self.bouton_nouvelle.setEnabled(not getattr(self.base, "lecture_seule", False))
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
            self._montrer_message(_message_erreur(exc))
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
            self._examens[ev.service_pk] = ev
            if self.seance is not None and self.seance.pk not in self._commencees:
                self._commencees.add(self.seance.pk)
                self._actualiser_ligne()
        self._libeller_ordre()

    def examiner_en_seance(self) -> VueSeance | None:
        """La vue de réunion, en plein écran, à la position où le groupe s'est arrêté."""
        if self.seance is None or not self.seance.services:
            return None
        if self.vue is not None:
            self.vue.showFullScreen()
            self.vue.activateWindow()
            return self.vue
        self._fermer_examen()
        try:
            seance = seances_examen.charger(self.base, self.seance.pk) or self.seance
            vue = VueSeance(self.base, seance, self.langue, self)
        except ErreurStockage as exc:
            self._montrer_message(_message_erreur(exc))
            return None
        vue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        vue.changee.connect(self._vue_changee)
        vue.fermee.connect(self._vue_fermee)
        self.vue = vue
        # l'ordre du jour ne change pas pendant la réunion
        self.ordre.setEnabled(False)
        self._actualiser_boutons()
        vue.showFullScreen()
        vue.activateWindow()
        return vue

    def _vue_changee(self) -> None:
        if self.seance is None:
            return
        try:
            frais = seances_examen.charger(self.base, self.seance.pk)
            self._examens = {ev.service_pk: ev for ev in seances_examen.examens(self.base, self.seance)}
        except ErreurStockage:
            return
        if frais is not None:
            self.seance.position, self.seance.statut = frais.position, frais.statut
        if self._examens:
            self._commencees.add(self.seance.pk)
        self._actualiser_ligne()
        self._libeller_ordre()

    def _vue_fermee(self) -> None:
        self.vue = None
        self.ordre.setEnabled(True)
        self._vue_changee()
        self._actualiser_boutons()
        self.activateWindow()

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
        self._remplir_ordre()   # les noms des services dans la langue
        self.retraduire()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            langue = _langue_des_parents(self, self.langue)
            if langue != self.langue:
                self.langue = langue
                self._remplir_ordre()
            self.retraduire()
        super().changeEvent(event)

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

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Séances d'examen du groupe de travail (2.4.4)"))
        self.etiquette_seances.setText(self.tr("Séances d'e&xamen :"))
        self.table_seances.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Titre"), self.tr("Services"), self.tr("Statut")])
        self.bouton_nouvelle.setText(self.tr("No&uvelle séance"))
        self.etiquette_titre.setText(self.tr("&Titre :"))
        self.etiquette_date.setText(self.tr("&Date :"))
        self.etiquette_exercice.setText(self.tr("Exercice :"))
        self.etiquette_participants.setText(self.tr(
            "Part&icipants — le groupe de travail réunit des représentants de divers domaines (2.4.4, étape 1) :"))
        self.participants.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Domaine")])
        self.bouton_ajouter_participant.setText(self.tr("Ajouter un &participant"))
        self.bouton_retirer_participant.setText(self.tr("&Retirer le participant"))
        self.aide_ordre.setText(self.tr(
            "Cochez les services à examiner; la séance les prend dans l'ordre de la liste. "
            "L'examen de chacun se fait avec l'outil 2A."))
        self.bouton_monter.setText(self.tr("▲ &Monter"))
        self.bouton_descendre.setText(self.tr("▼ Desce&ndre"))
        self.bouton_examiner.setText(self.tr("&Examiner…"))
        self.bouton_projecteur.setText(self.tr("Examiner en &séance (projecteur)"))
        self.bouton_proces_verbal.setText(self.tr("&Procès-verbal (PDF)…"))
        self.bouton_fermer.setText(self.tr("&Fermer"))
        for rang in range(self.participants.rowCount()):
            self._libeller_domaines(self.domaine(rang))
        for rang, seance in enumerate(self._seances):
            self._ecrire_ligne(rang, seance)
        self.retraduire_etiquettes()

    def retraduire_etiquettes(self) -> None:
        exercice = self.seance.exercice if self.seance else self.exercice
        self.etiquette_ordre.setText(self.tr("&Ordre du jour : les services prioritaires de l'exercice %1")
                                     .replace("%1", exercice))
        self._libeller_ordre()


# --- la vue de réunion ----------------------------------------------------------------------
class _EtapeOrdre(QLabel):
    """Un service de l'ordre du jour dans le bandeau, sur deux lignes (le nom, abrégé s'il le
    faut, puis l'état de l'examen en toutes lettres); un clic y mène."""

    clic = Signal(int)

    def __init__(self, position: int, parent=None):
        super().__init__(parent)
        self.position = position
        self.lignes = ("", "")
        self._style = ""
        self.setWordWrap(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def definir(self, premiere: str, seconde: str, style: str) -> None:
        if (premiere, seconde) != self.lignes:
            self.lignes = (premiere, seconde)
            self.updateGeometry()
        if style != self._style:
            self._style = style
            self.setStyleSheet(style)
        self.setToolTip(en_clair(f"{premiere}\n{seconde}"))
        self.setAccessibleName(f"{premiere} — {seconde}")
        self._abreger()

    def _abreger(self) -> None:
        # la bordure et la marge de la feuille de style ne sont pas dans contentsRect()
        largeur = max(self.contentsRect().width() - 22, 40)
        mesure = self.fontMetrics()
        self.setText("\n".join(mesure.elidedText(l, Qt.TextElideMode.ElideRight, largeur) for l in self.lignes))

    def minimumSizeHint(self):
        """Assez large pour l'état de l'examen en entier : seul le nom s'abrège; s'il le faut,
        le bandeau défile."""
        taille = super().minimumSizeHint()
        mesure = self.fontMetrics()
        taille.setWidth(max(mesure.averageCharWidth() * 12, mesure.horizontalAdvance(self.lignes[1]) + 30))
        return taille

    def sizeHint(self):
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._abreger()

    def mousePressEvent(self, event) -> None:
        self.clic.emit(self.position)
        super().mousePressEvent(event)


STYLE_ETAPE = "border: 1px solid #8a96a3; border-radius: 4px; padding: 4px 8px; color: #1f1f1f; background: #ffffff;"
STYLE_ETAPE_COURANTE = ("border: 3px solid #1d3f66; border-radius: 4px; padding: 2px 6px; color: #0b1f33; "
                        "background: #e3ecf7; font-weight: 600;")
STYLE_ETAPE_FINIE = "border: 1px solid #8a96a3; border-radius: 4px; padding: 4px 8px; color: #1f1f1f; background: #edf5ec;"


class VueSeance(QWidget):
    """La vue de réunion : une fenêtre à elle, en plein écran, en grands caractères; l'en-tête
    (séance, « Service 2 sur 5 — nom »), le bandeau de l'ordre du jour, l'assistant 2A du service
    courant, puis le sommaire après le dernier service.

    Clavier : Ctrl+Pg suiv. / Alt+→ service suivant, Ctrl+Pg préc. / Alt+← précédent,
    Ctrl+Origine / Ctrl+Fin premier / dernier, Échap quitte le plein écran puis ferme, F11
    rebascule en plein écran. Pg suiv. / Pg préc. restent les étapes de l'assistant."""

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
        police = QFont(QApplication.font())
        if police.pointSizeF() > 0:
            police.setPointSizeF(police.pointSizeF() * FACTEUR_PROJECTEUR)
        else:
            police.setPixelSize(round(police.pixelSize() * FACTEUR_PROJECTEUR))
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
        pile.addLayout(entete)
        self.progression = QLabel(self)
        self.progression.setObjectName("progressionSeance")
        self.progression.setWordWrap(True)
        police_progression = QFont(police)
        police_progression.setBold(True)
        if police.pointSizeF() > 0:
            police_progression.setPointSizeF(police.pointSizeF() * 1.25)
        self.progression.setFont(police_progression)
        pile.addWidget(self.progression)

        self.defilement_ordre = QScrollArea(self)
        self.defilement_ordre.setObjectName("bandeauOrdreDuJour")
        self.defilement_ordre.setWidgetResizable(True)
        self.defilement_ordre.setFrameShape(QFrame.Shape.NoFrame)
        self.defilement_ordre.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.defilement_ordre.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bande = QWidget(self.defilement_ordre)
        ligne = QHBoxLayout(bande)
        ligne.setContentsMargins(0, 0, 0, 0)
        ligne.setSpacing(8)
        self.etapes_ordre: list[_EtapeOrdre] = []
        for position in range(len(self.services) + 1):
            etape = _EtapeOrdre(position, bande)
            etape.setObjectName(f"ordre_{position}")
            etape.setFont(police)    # explicite : la feuille de style changeante ne la remet pas à la petite
            etape.clic.connect(self.aller_a)
            ligne.addWidget(etape, 1)
            self.etapes_ordre.append(etape)
        self.defilement_ordre.setWidget(bande)
        pile.addWidget(self.defilement_ordre)

        self.message = QLabel(self)
        self.message.setObjectName("messageSeance")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.setFont(police)
        self.message.hide()
        pile.addWidget(self.message)

        self.pages = QStackedWidget(self)
        self.page_examen = QWidget(self.pages)
        self.colonne_examen = QVBoxLayout(self.page_examen)
        self.colonne_examen.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.page_examen)
        self.page_sommaire = QWidget(self.pages)
        self.page_sommaire.setObjectName("sommaireSeance")
        colonne = QVBoxLayout(self.page_sommaire)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.participants_sommaire = QLabel(self.page_sommaire)
        self.participants_sommaire.setObjectName("participantsSommaire")
        self.participants_sommaire.setWordWrap(True)
        self.bilan = QLabel(self.page_sommaire)
        self.bilan.setObjectName("bilanSommaire")
        self.bilan.setWordWrap(True)
        self.sommaire = QTableWidget(0, 4, self.page_sommaire)
        self.sommaire.setObjectName("tableSommaire")
        self.sommaire.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sommaire.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sommaire.verticalHeader().hide()
        self.sommaire.setWordWrap(True)
        entete_sommaire = self.sommaire.horizontalHeader()
        entete_sommaire.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        entete_sommaire.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        entete_sommaire.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        entete_sommaire.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        entete_sommaire.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.sommaire, self.sommaire.resizeRowsToContents))
        for w in (self.participants_sommaire, self.bilan):
            colonne.addWidget(w)
        colonne.addWidget(self.sommaire, 1)
        self.pages.addWidget(self.page_sommaire)
        pile.addWidget(self.pages, 1)

        pied = QHBoxLayout()
        self.aide = QLabel(self)
        self.aide.setObjectName("aideClavier")
        self.aide.setWordWrap(True)
        police_aide = QFont(police)
        if police.pointSizeF() > 0:
            police_aide.setPointSizeF(police.pointSizeF() * 0.92)
        self.aide.setFont(police_aide)
        self.aide.setStyleSheet("color: #3d3d3d;")
        pied.addStretch(1)
        self.bouton_precedent = QPushButton(self)
        self.bouton_precedent.setObjectName("boutonServicePrecedent")
        self.bouton_suivant = QPushButton(self)
        self.bouton_suivant.setObjectName("boutonServiceSuivant")
        self.bouton_quitter = QPushButton(self)
        self.bouton_quitter.setObjectName("boutonQuitterSeance")
        for b in (self.bouton_precedent, self.bouton_suivant, self.bouton_quitter):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # le clavier reste dans l'examen; les raccourcis suffisent
            pied.addWidget(b)
        pile.addLayout(pied)
        pile.addWidget(self.aide)
        self.bouton_precedent.clicked.connect(self.precedent)
        self.bouton_suivant.clicked.connect(self.suivant)
        self.bouton_quitter.clicked.connect(self.close)

        raccourcis = (
            (("Ctrl+PgDown", "Alt+Right"), self.suivant),
            (("Ctrl+PgUp", "Alt+Left"), self.precedent),
            (("Ctrl+Home",), self.premier),
            (("Ctrl+End",), self.dernier),
            (("Esc",), self.echap),
            (("F11",), self.basculer_plein_ecran),
        )
        self.raccourcis: list[QShortcut] = []
        for touches, action in raccourcis:
            for touche in touches:
                raccourci = QShortcut(QKeySequence(touche), self)
                raccourci.setContext(Qt.ShortcutContext.WindowShortcut)
                raccourci.activated.connect(action)
                self.raccourcis.append(raccourci)

        self.resize(1440, 900)
        tout_en_texte_brut(self)
        self.retraduire()
        self.aller_a(seance.position)

    # --- données --------------------------------------------------------------------------
    def _lire_noms(self) -> dict[int, str]:
        """« AAC-001 — Agri-stabilité » pour l'en-tête et le sommaire; le nom seul pour le bandeau."""
        noms, self._noms_seuls = {}, {}
        for pk in self.services:
            service = repertoire.charger_service(self.base, pk)
            ev = self._examens.get(pk)
            if service is not None:
                noms[pk] = " — ".join(x for x in (service.service_id, service.nom(self.langue)) if x)
                self._noms_seuls[pk] = service.nom(self.langue)
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
            self._montrer_message(_message_erreur(exc))
            self.pages.setCurrentWidget(self.page_examen)
            return
        self._examens[service_pk] = ev
        assistant = Assistant2A(self.base, ev, self.langue, self.page_examen)
        assistant.setObjectName("assistantSeance")
        agrandir(assistant, FACTEUR_PROJECTEUR, self.font())
        preparer_examen(assistant)
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
            self._montrer_message(_message_erreur(exc))
            return
        self.seance = seance

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
        for position, etape in enumerate(self.etapes_ordre):
            courante = position == self.position
            if position < n:
                premiere = f"{position + 1}. {self.nom_court(position)}"
                seconde = etat_examen(self.examen(position), court=True)
                fini = examen_fini(self.examen(position))
            else:
                premiere, seconde, fini = self.tr("Sommaire"), self.tr("décisions et initiatives"), False
            etape.definir(("▶ " if courante else "") + premiere, seconde,
                          STYLE_ETAPE_COURANTE if courante else STYLE_ETAPE_FINIE if fini else STYLE_ETAPE)
        bande = self.defilement_ordre.widget()
        deborde = bande.minimumSizeHint().width() > self.defilement_ordre.viewport().width() > 0
        barre = self.defilement_ordre.horizontalScrollBar().sizeHint().height() if deborde else 0
        self.defilement_ordre.setFixedHeight(max(e.sizeHint().height() for e in self.etapes_ordre) + barre)
        if 0 <= self.position < len(self.etapes_ordre):
            self.defilement_ordre.ensureWidgetVisible(self.etapes_ordre[self.position])

    def _remplir_sommaire(self) -> None:
        """Le procès-verbal à l'écran : qui était là, puis pour chaque service l'état de son
        examen, la recommandation (question 10) et les initiatives proposées."""
        self._examens = {ev.service_pk: ev for ev in seances_examen.examens(self.base, self.seance)}
        participants = [
            (f"{p.get('nom')} ({DOMAINES_PARTICIPANTS.texte(p['domaine'], self.langue)})"
             if p.get("domaine") else p.get("nom", ""))
            for p in self.seance_a_jour().participants if p.get("nom")
        ]
        self.participants_sommaire.setText(
            self.tr("Participants : %1").replace("%1", "; ".join(participants) if participants else self.tr("aucun inscrit")))
        n = len(self.services)
        finis = sum(examen_fini(self.examen(p)) for p in range(n))
        recommandes = sum((self.examen(p) is not None and self.examen(p).contenu.get("recommandation") == "oui")
                          for p in range(n))
        initiatives = sum(len(self.examen(p).contenu.get("initiatives", [])) for p in range(n) if self.examen(p))
        self.bilan.setText(self.tr("Examens terminés : %1 sur %2. Remaniement ou optimisation recommandé : %3. "
                                   "Initiatives proposées : %4.")
                           .replace("%1", str(finis)).replace("%2", str(n)).replace("%3", str(recommandes))
                           .replace("%4", str(initiatives)))
        self.sommaire.setRowCount(n)
        reponses = {"oui": self.tr("Oui"), "non": self.tr("Non")}
        for p in range(n):
            ev = self.examen(p)
            reco = ev.contenu.get("recommandation") if ev else None
            liste = [i.get("nom") or self.tr("(initiative sans nom)") for i in (ev.contenu.get("initiatives", []) if ev else [])]
            valeurs = (f"{p + 1}. {self.nom(p)}", statut_examen(ev),
                       reponses.get(reco, self.tr("sans réponse")),
                       "\n".join(f"• {i}" for i in liste) if liste else self.tr("aucune"))
            for col, texte in enumerate(valeurs):
                item = QTableWidgetItem(texte)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.sommaire.setItem(p, col, item)
        self.sommaire.resizeRowsToContents()

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
    def showEvent(self, event) -> None:
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
            self.langue = _langue_des_parents(self, self.langue)
            self._noms = self._lire_noms()
            if self.assistant is not None:
                self.assistant.langue = self.langue   # l'assistant se retraduit ensuite (même événement)
            self.retraduire()
        super().changeEvent(event)

    def retraduire(self) -> None:
        self.bouton_precedent.setText(self.tr("◀ Service précédent"))
        self.bouton_quitter.setText(self.tr("Quitter la séance"))
        self.sommaire.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Examen"),
                                                 self.tr("Recommandation (10)"), self.tr("Initiatives proposées")])
        self.aide.setText(self.tr(
            "Ctrl+Pg suiv. ou Alt+→ : service suivant · Ctrl+Pg préc. ou Alt+← : service précédent · "
            "Ctrl+Origine / Ctrl+Fin : premier / dernier service · Pg suiv. / Pg préc. : étape de l'examen · "
            "Échap : quitter le plein écran, puis la séance"))
        if self.position >= 0:
            if self.au_sommaire:
                self._remplir_sommaire()
            self._actualiser()
