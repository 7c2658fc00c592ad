"""Les éditeurs dans la table du plan de travail (annexe 2C) : la liste des initiatives, les
objectifs sur plusieurs lignes, le secteur avec les secteurs déjà saisis proposés, la date
(vide permise : Suppr l'efface) et la liste des cinq états avec leurs couleurs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDateTimeEdit, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QWidget

from gesserv_bureau.referentiel.strategie import ETATS
from gesserv_bureau.interface.strategie.plan_modele import (
    COL_DATE,
    COL_ETAT,
    COL_INITIATIVE,
    COL_MESURE,
    COL_OBJECTIFS,
    COL_SECTEUR,
    ModelePlan,
    couleur_fond,
    couleur_texte,
)

FORMAT_DATE = "yyyy-MM-dd"
SANS_DATE = QDate(1900, 1, 1)                 # la valeur « aucune date » de l'éditeur de date


class EditeurDate(QDateEdit):
    """Une date, ou aucune : Suppr l'efface; les flèches ou le calendrier partent d'aujourd'hui."""

    def __init__(self, aujourd_hui: dt.date, parent=None):
        super().__init__(parent)
        self._aujourd_hui = QDate(aujourd_hui.year, aujourd_hui.month, aujourd_hui.day)
        self.setDisplayFormat(FORMAT_DATE)
        self.setCalendarPopup(True)
        self.setMinimumDate(SANS_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(self.tr("(aucune date)"))
        self.setToolTip(self.tr("AAAA-MM-JJ. Flèches ou calendrier pour choisir; Suppr : aucune date."))

    def vide(self) -> bool:
        return self.date() == SANS_DATE

    def ecrire(self, iso: str) -> None:
        date = QDate.fromString(iso or "", FORMAT_DATE)
        self.setDate(date if date.isValid() else SANS_DATE)

    def iso(self) -> str:
        return "" if self.vide() else self.date().toString(FORMAT_DATE)

    def _partir_d_aujourd_hui(self) -> None:
        if self.vide():
            self.setDate(self._aujourd_hui)
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(SANS_DATE)
            return
        if self.vide() and event.text().isdigit():
            self._partir_d_aujourd_hui()
        super().keyPressEvent(event)

    def focusNextPrevChild(self, suivant: bool) -> bool:   # noqa: N802 - Qt
        # vide, le champ montre « (aucune date) » et Qt y ferait tourner Tab de section en section
        # sans jamais sortir : Tab passe alors au contrôle suivant
        if self.vide():
            return QWidget.focusNextPrevChild(self, suivant)
        return super().focusNextPrevChild(suivant)

    def stepBy(self, pas: int) -> None:
        if self.vide():
            self._partir_d_aujourd_hui()
            return
        super().stepBy(pas)

    def mousePressEvent(self, event) -> None:
        self._partir_d_aujourd_hui()
        super().mousePressEvent(event)


class EditeurObjectifsPlan(QPlainTextEdit):
    """Un objectif par ligne; Tab quitte le champ (et enregistre)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setToolTip(self.tr("Un objectif par ligne. Tab ou un clic ailleurs pour enregistrer, Échap pour annuler."))


class DelegueePlan(QStyledItemDelegate):
    """Les éditeurs du plan : liste des initiatives, objectifs sur plusieurs lignes, secteur avec
    les secteurs déjà saisis proposés, date (vide permise) et liste des cinq états. Lit la
    stratégie, la langue et le jour dans le modèle du plan."""

    def __init__(self, modele: ModelePlan, parent=None):
        super().__init__(parent)
        self.modele = modele

    def createEditor(self, parent, option, index):
        col = index.column()
        st = self.modele.st
        if col == COL_INITIATIVE and st is not None:
            combo = QComboBox(parent)
            combo.setObjectName("editeurInitiative")
            for i in st.initiatives:
                combo.addItem(self.modele.nom_initiative(i), i["id"])
            return combo
        if col == COL_ETAT:
            combo = QComboBox(parent)
            combo.setObjectName("editeurEtat")
            for libelle in ETATS:
                combo.addItem(libelle.texte(self.modele.langue), libelle.code)
                rang = combo.count() - 1
                combo.setItemData(rang, couleur_fond(libelle.code), Qt.ItemDataRole.BackgroundRole)
                combo.setItemData(rang, couleur_texte(libelle.code), Qt.ItemDataRole.DecorationRole)
            return combo
        if col == COL_DATE:
            editeur = EditeurDate(self.modele.aujourd_hui or dt.date.today(), parent)
            editeur.setObjectName("editeurDate")
            return editeur
        if col == COL_OBJECTIFS:
            editeur = EditeurObjectifsPlan(parent)
            editeur.setObjectName("editeurObjectifs")
            return editeur
        editeur = super().createEditor(parent, option, index)
        if col == COL_SECTEUR and isinstance(editeur, QLineEdit):
            editeur.setObjectName("editeurSecteur")
            completeur = QCompleter(self.modele.secteurs(), editeur)
            completeur.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editeur.setCompleter(completeur)
        elif col == COL_MESURE and isinstance(editeur, QLineEdit):
            editeur.setObjectName("editeurMesure")
        return editeur

    def setEditorData(self, editeur, index):
        valeur = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editeur, QComboBox):
            editeur.setCurrentIndex(max(0, editeur.findData(valeur)))
        elif isinstance(editeur, EditeurDate):
            editeur.ecrire(valeur or "")
        elif isinstance(editeur, EditeurObjectifsPlan):
            editeur.setPlainText(valeur or "")
        else:
            super().setEditorData(editeur, index)

    def setModelData(self, editeur, modele, index):
        if isinstance(editeur, QComboBox):
            modele.setData(index, editeur.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editeur, EditeurDate):
            modele.setData(index, editeur.iso(), Qt.ItemDataRole.EditRole)
        elif isinstance(editeur, EditeurObjectifsPlan):
            modele.setData(index, editeur.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editeur, modele, index)

    def sizeHint(self, option, index):
        taille = super().sizeHint(option, index)
        return QSize(taille.width(), taille.height() + 8)    # un peu d'air entre les lignes de texte

    def updateEditorGeometry(self, editeur, option, index):
        rect = option.rect
        if isinstance(editeur, EditeurObjectifsPlan):   # assez haut pour quelques objectifs
            rect.setHeight(max(rect.height(), editeur.fontMetrics().lineSpacing() * 4 + 12))
        editeur.setGeometry(rect)

