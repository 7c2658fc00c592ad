"""La liste des séances d'examen : date, titre, nombre de services et étape de chacune (en
préparation, en cours, terminée, approuvée), « Nouvelle séance », et l'échange avec un autre
poste (« Exporter vers un autre poste… », « Importer d'un autre poste… »)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.domaine.evaluations import Seance
from gesserv_bureau.interface.textes import en_clair
from gesserv_bureau.interface.seances.commun import statut_seance


class ListeSeances(QWidget):
    """La table des séances et son bouton. ``choisie`` : le pk de la séance choisie;
    ``commencees`` : les séances dont un examen est commencé (leur étape en dépend)."""

    choisie = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.seances: list[Seance] = []
        self.commencees: set[int] = set()
        colonne = QVBoxLayout(self)
        colonne.setContentsMargins(0, 0, 6, 0)
        self.etiquette = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableSeances")
        self.etiquette.setBuddy(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.bouton_nouvelle = QPushButton(self)
        self.bouton_nouvelle.setObjectName("boutonNouvelleSeance")
        self.bouton_nouvelle.setAutoDefault(False)
        self.bouton_exporter = QPushButton(self)
        self.bouton_exporter.setObjectName("boutonExporterSeance")
        self.bouton_importer = QPushButton(self)
        self.bouton_importer.setObjectName("boutonImporterSeance")
        colonne.addWidget(self.etiquette)
        colonne.addWidget(self.table, 1)
        colonne.addWidget(self.bouton_nouvelle, 0, Qt.AlignmentFlag.AlignLeft)
        echange = QHBoxLayout()
        for b in (self.bouton_exporter, self.bouton_importer):
            b.setAutoDefault(False)
            echange.addWidget(b)
        echange.addStretch(1)
        colonne.addLayout(echange)
        self.table.itemSelectionChanged.connect(self._selection_changee)

    def afficher(self, seances: list[Seance], commencees: set[int], choisir: int | None = None) -> None:
        """Les séances, une par ligne; ``choisir`` : le pk de celle à sélectionner (``choisie``
        est alors émis, même si la ligne sélectionnée garde le même rang : la séance qui y est
        écrite n'est plus la même). Sans ``choisir``, la séance sélectionnée le reste, là où le
        tri la met."""
        avant = self.pk_choisi()
        self.seances, self.commencees = seances, commencees
        bloque = self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.seances))
        for rang, seance in enumerate(self.seances):
            self._ecrire_ligne(rang, seance)
        rang = self.rang_de(choisir if choisir is not None else avant)
        if choisir is None and rang is not None:
            self.table.selectRow(rang)     # la même séance : rien à recharger
        self.table.blockSignals(bloque)
        if choisir is not None and rang is not None:
            self.table.selectRow(rang)     # émet ``choisie`` : la sélection vient d'être vidée
        elif choisir is None and rang is None and avant is not None and self.seances:
            self.table.selectRow(0)        # la séance choisie a disparu : la première

    def rang_de(self, pk: int | None) -> int | None:
        for rang, seance in enumerate(self.seances):
            if pk is not None and seance.pk == pk:
                return rang
        return None

    def pk_choisi(self) -> int | None:
        """Le pk de la séance de la ligne sélectionnée (lu dans la ligne, pas dans son rang)."""
        rangs = self.table.selectionModel().selectedRows()
        item = self.table.item(rangs[0].row(), 0) if rangs else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _ecrire_ligne(self, rang: int, seance: Seance) -> None:
        valeurs = (seance.date, seance.titre or self.tr("(sans titre)"), str(len(seance.services)),
                   statut_seance(seance, seance.pk in self.commencees))
        for col, texte in enumerate(valeurs):
            item = self.table.item(rang, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(rang, col, item)
            item.setText(texte)
            item.setToolTip(en_clair(texte) if col == 1 else "")   # le titre entier, si la colonne le coupe
            if col == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(Qt.ItemDataRole.UserRole, seance.pk)

    def actualiser(self, seance: Seance) -> None:
        """La ligne de cette séance réécrite (titre, nombre de services, étape)."""
        for rang, s in enumerate(self.seances):
            if s.pk == seance.pk:
                self.seances[rang] = seance
                bloque = self.table.blockSignals(True)
                self._ecrire_ligne(rang, seance)
                self.table.blockSignals(bloque)

    def _selection_changee(self) -> None:
        pk = self.pk_choisi()
        if pk is not None:
            self.choisie.emit(pk)

    def retraduire(self) -> None:
        self.etiquette.setText(self.tr("Séances d'e&xamen :"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Titre"), self.tr("Services"), self.tr("Statut")])
        self.bouton_nouvelle.setText(self.tr("No&uvelle séance"))
        self.bouton_exporter.setText(self.tr("Exporter &vers un autre poste…"))
        self.bouton_importer.setText(self.tr("&Importer d'un autre poste…"))
        for rang, seance in enumerate(self.seances):
            self._ecrire_ligne(rang, seance)
