"""L'ordre du jour d'une séance (2.4.4, étape 2) : les services prioritaires de l'exercice,
cochés s'ils sont retenus, dans l'ordre où la séance les prendra, chacun avec l'état de son
examen en toutes lettres; « Monter », « Descendre » et « Examiner… »."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.interface.seances.commun import etat_examen

_NOMS = Qt.ItemDataRole.UserRole + 1     # (identifiant, nom) du service


class PanneauOrdreDuJour(QWidget):
    """La liste des services (cochés : retenus) et ses boutons. ``modifie`` : les services
    retenus ou leur ordre ont changé; ``examiner`` : examiner le service choisi. ``examens``,
    par service, donne l'état écrit à côté de chacun."""

    modifie = Signal()
    examiner = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.examens: dict[int, Evaluation] = {}
        self._deplacer_permis = False
        self._examiner_permis = False
        colonne = QVBoxLayout(self)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.etiquette = QLabel(self)
        self.etiquette.setWordWrap(True)
        self.aide = QLabel(self)
        self.aide.setWordWrap(True)
        self.aide.setStyleSheet("color: #3d3d3d;")
        ligne = QHBoxLayout()
        self.liste = QListWidget(self)
        self.liste.setObjectName("ordreDuJour")
        self.etiquette.setBuddy(self.liste)
        self.liste.setWordWrap(True)
        ligne.addWidget(self.liste, 1)
        boutons = QVBoxLayout()
        self.bouton_monter = QPushButton(self)
        self.bouton_monter.setObjectName("boutonMonter")
        self.bouton_descendre = QPushButton(self)
        self.bouton_descendre.setObjectName("boutonDescendre")
        self.bouton_examiner = QPushButton(self)
        self.bouton_examiner.setObjectName("boutonExaminer")
        for b in (self.bouton_monter, self.bouton_descendre, self.bouton_examiner):
            b.setAutoDefault(False)
        for b in (self.bouton_monter, self.bouton_descendre):
            boutons.addWidget(b)
        boutons.addSpacing(12)
        boutons.addWidget(self.bouton_examiner)
        boutons.addStretch(1)
        ligne.addLayout(boutons)
        colonne.addWidget(self.etiquette)
        colonne.addWidget(self.aide)
        colonne.addLayout(ligne, 1)

        self.liste.itemChanged.connect(self._coche_changee)
        self.liste.currentRowChanged.connect(self._actualiser_boutons)
        self.liste.itemActivated.connect(lambda _item: self.examiner.emit())
        self.bouton_monter.clicked.connect(lambda: self.deplacer(-1))
        self.bouton_descendre.clicked.connect(lambda: self.deplacer(1))
        self.bouton_examiner.clicked.connect(lambda: self.examiner.emit())

    def remplir(self, noms: dict[int, tuple[str, str]], retenus: list[int]) -> None:
        """Les services retenus dans leur ordre (cochés), puis les autres (décochés); ``noms``
        donne l'identifiant et le nom de chacun. Le service choisi le reste s'il est encore là."""
        bloque = self.liste.blockSignals(True)
        courant = self.service_choisi()
        self.liste.clear()
        for pk in retenus + [pk for pk in noms if pk not in retenus]:
            item = QListWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, pk)
            item.setData(_NOMS, noms[pk])
            item.setCheckState(Qt.CheckState.Checked if pk in retenus else Qt.CheckState.Unchecked)
            self.liste.addItem(item)
        self.libeller()
        for rang in range(self.liste.count()):
            if self.liste.item(rang).data(Qt.ItemDataRole.UserRole) == courant:
                self.liste.setCurrentRow(rang)
        if self.liste.currentRow() < 0 and self.liste.count():
            self.liste.setCurrentRow(0)
        self.liste.blockSignals(bloque)
        self._actualiser_boutons()

    def libeller(self) -> None:
        """« 2. AAC-001 — Agri-stabilité — examen : brouillon » : le numéro d'ordre pour les
        services retenus, l'état de l'examen en toutes lettres."""
        bloque = self.liste.blockSignals(True)
        numero = 0
        for rang in range(self.liste.count()):
            item = self.liste.item(rang)
            identifiant, nom = item.data(_NOMS)
            retenu = item.checkState() == Qt.CheckState.Checked
            numero += retenu
            etat = etat_examen(self.examens.get(item.data(Qt.ItemDataRole.UserRole)))
            service = " — ".join(x for x in (identifiant, nom) if x)
            if retenu:
                texte = self.tr("%1. %2 — examen : %3").replace("%1", str(numero)).replace("%2", service)
                texte = texte.replace("%3", etat)
            else:
                texte = self.tr("(non retenu) %1 — examen : %2").replace("%2", etat).replace("%1", service)
            item.setText(texte)
        self.liste.blockSignals(bloque)

    def services_retenus(self) -> list[int]:
        return [self.liste.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.liste.count())
                if self.liste.item(r).checkState() == Qt.CheckState.Checked]

    def service_choisi(self) -> int | None:
        item = self.liste.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _coche_changee(self, *_args) -> None:
        self.libeller()
        self.modifie.emit()

    def deplacer(self, sens: int) -> None:
        rang = self.liste.currentRow()
        cible = rang + sens
        if not (0 <= rang < self.liste.count() and 0 <= cible < self.liste.count()):
            return
        bloque = self.liste.blockSignals(True)
        item = self.liste.takeItem(rang)
        self.liste.insertItem(cible, item)
        self.liste.setCurrentRow(cible)
        self.liste.blockSignals(bloque)
        self.libeller()
        self._actualiser_boutons()
        self.modifie.emit()

    def permettre(self, deplacer: bool, examiner: bool) -> None:
        """Les boutons suivent la séance (modifiable, réunion en cours) et le service choisi."""
        self._deplacer_permis, self._examiner_permis = deplacer, examiner
        self._actualiser_boutons()

    def _actualiser_boutons(self, *_args) -> None:
        rang, n = self.liste.currentRow(), self.liste.count()
        self.bouton_monter.setEnabled(self._deplacer_permis and rang > 0)
        self.bouton_descendre.setEnabled(self._deplacer_permis and 0 <= rang < n - 1)
        self.bouton_examiner.setEnabled(self._examiner_permis and rang >= 0)

    def retraduire(self, exercice: str) -> None:
        self.etiquette.setText(self.tr("&Ordre du jour : les services prioritaires de l'exercice %1")
                               .replace("%1", exercice))
        self.aide.setText(self.tr(
            "Cochez les services à examiner; la séance les prend dans l'ordre de la liste. "
            "L'examen de chacun se fait avec l'outil 2A."))
        self.bouton_monter.setText(self.tr("▲ &Monter"))
        self.bouton_descendre.setText(self.tr("▼ Desce&ndre"))
        self.bouton_examiner.setText(self.tr("&Examiner…"))
        self.libeller()
