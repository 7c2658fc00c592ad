"""Les participants d'une séance (2.4.4, étape 1) : qui est là, et pour quel domaine. Une table
éditable (le nom écrit à chaque frappe, le domaine choisi dans une liste) et ses deux boutons;
le panneau signale chaque changement, l'éditeur de la séance l'écrit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.interface.ordre_tab import placer_apres
from gesserv_bureau.referentiel.outil_2a import DOMAINES_PARTICIPANTS


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


class PanneauParticipants(QWidget):
    """La table des participants (nom, domaine), « Ajouter un participant » et « Retirer le
    participant ». ``modifies`` : la liste a changé (``lire()`` la donne)."""

    modifies = Signal()

    def __init__(self, langue: str, parent=None):
        super().__init__(parent)
        self.langue = langue
        self._chargement = False
        self._modifiable = False
        colonne = QVBoxLayout(self)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.etiquette = QLabel(self)
        self.etiquette.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableParticipants")
        self.etiquette.setBuddy(self.table)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setItemDelegateForColumn(0, _DelegueNom(self.table))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        boutons = QHBoxLayout()
        self.bouton_ajouter = QPushButton(self)
        self.bouton_ajouter.setObjectName("boutonAjouterParticipant")
        self.bouton_retirer = QPushButton(self)
        self.bouton_retirer.setObjectName("boutonRetirerParticipant")
        for b in (self.bouton_ajouter, self.bouton_retirer):
            b.setAutoDefault(False)
            boutons.addWidget(b)
        boutons.addStretch(1)
        colonne.addWidget(self.etiquette)
        colonne.addWidget(self.table, 1)
        colonne.addLayout(boutons)

        self.bouton_ajouter.clicked.connect(self.ajouter)
        self.bouton_retirer.clicked.connect(self.retirer)
        self.table.itemChanged.connect(self._nom_modifie)
        self.table.itemSelectionChanged.connect(self._actualiser_boutons)

    # --- les lignes -----------------------------------------------------------------------
    def remplir(self, participants: list[dict]) -> None:
        self._chargement = True
        bloque = self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for p in participants:
                self._ajouter_ligne(p.get("nom", ""), p.get("domaine", ""))
        finally:
            self.table.blockSignals(bloque)
            self._chargement = False
        self._actualiser_boutons()

    def _ajouter_ligne(self, nom: str, domaine: str) -> int:
        rang = self.table.rowCount()
        self.table.insertRow(rang)
        self.table.setItem(rang, 0, QTableWidgetItem(nom))
        choix = QComboBox(self.table)
        choix.setObjectName(f"domaineParticipant{rang}")
        choix.addItem("", "")
        for d in DOMAINES_PARTICIPANTS:
            choix.addItem(d.texte(self.langue), d.code)
        self._libeller_domaines(choix)
        choix.setCurrentIndex(max(choix.findData(domaine or ""), 0))
        choix.currentIndexChanged.connect(self._domaines_modifies)
        self.table.setCellWidget(rang, 1, choix)
        self._ordonner_tab()
        return rang

    def _ordonner_tab(self) -> None:
        """Les domaines, posés dans les cellules après coup, juste après la table pour Tab (la
        lecture : le nom, puis son domaine), chacun nommé d'après sa ligne."""
        choix = [self.domaine(r) for r in range(self.table.rowCount())]
        for r, c in enumerate(choix, start=1):
            c.setAccessibleName(self.tr("Domaine du participant %1").replace("%1", str(r)))
        placer_apres(self.table, choix)

    def _libeller_domaines(self, choix: QComboBox) -> None:
        choix.setItemText(0, self.tr("— domaine à préciser —"))
        for i, d in enumerate(DOMAINES_PARTICIPANTS, start=1):
            choix.setItemText(i, d.texte(self.langue))

    def domaine(self, rang: int) -> QComboBox:
        return self.table.cellWidget(rang, 1)

    def lire(self) -> list[dict]:
        participants = []
        for rang in range(self.table.rowCount()):
            item = self.table.item(rang, 0)
            choix = self.domaine(rang)
            participants.append({"nom": (item.text() if item else "").strip(),
                                 "domaine": (choix.currentData() if choix else "") or ""})
        return participants

    def _nom_modifie(self, item: QTableWidgetItem) -> None:
        if not self._chargement and item.column() == 0:
            self.modifies.emit()

    def _domaines_modifies(self, *_args) -> None:
        if not self._chargement:
            self.modifies.emit()

    # --- ajouter, retirer -----------------------------------------------------------------
    def ajouter(self) -> None:
        """Une ligne de plus, le nom prêt à être tapé."""
        bloque = self.table.blockSignals(True)
        rang = self._ajouter_ligne("", "")
        self.table.blockSignals(bloque)
        self.modifies.emit()
        self.table.setCurrentCell(rang, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(rang, 0))

    def retirer(self) -> bool:
        rang = self.table.currentRow()
        if not 0 <= rang < self.table.rowCount():
            return False
        self.table.removeRow(rang)
        for r in range(self.table.rowCount()):
            self.domaine(r).setObjectName(f"domaineParticipant{r}")
        self._ordonner_tab()
        self.modifies.emit()
        self._actualiser_boutons()
        return True

    def permettre(self, modifiable: bool) -> None:
        """Les boutons suivent la séance (modifiable ou non) et la ligne choisie."""
        self._modifiable = modifiable
        self._actualiser_boutons()

    def _actualiser_boutons(self, *_args) -> None:
        self.bouton_retirer.setEnabled(self._modifiable and self.table.currentRow() >= 0)

    def retraduire(self) -> None:
        self.etiquette.setText(self.tr(
            "Part&icipants — le groupe de travail réunit des représentants de divers domaines (2.4.4, étape 1) :"))
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Domaine")])
        self.bouton_ajouter.setText(self.tr("Ajouter un &participant"))
        self.bouton_retirer.setText(self.tr("&Retirer le participant"))
        for rang in range(self.table.rowCount()):
            self._libeller_domaines(self.domaine(rang))
        self._ordonner_tab()
