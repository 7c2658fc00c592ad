"""L'onglet de la qualité des données : les constats du contrôle (``domaine.qualite``), par
gravité, et un double-clic (ou Entrée) pour aller au service. La gravité s'écrit toujours en
toutes lettres; la couleur ne fait que l'appuyer. Les constats affichés s'exportent en CSV
(« Exporter les constats… »), dans la langue de l'interface."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.referentiel import messages_qualite
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.referentiel import messages_systeme

COULEURS = {"erreur": QColor("#fbe3e4"), "avertissement": QColor("#fff4d6"), "suggestion": QColor("#e6f0fa")}


class _Table(QTableWidget):
    entree = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.entree.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class PanneauQualite(Retraduisible, QWidget):
    verifier_demande = Signal()
    aller_au_service = Signal(int, str)   # (pk, exercice)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("panneauQualite")
        self.langue = "fr"
        self._constats: list = []
        self._heure = ""
        self._exercice = ""
        pile = QVBoxLayout(self)
        ligne = QHBoxLayout()
        self.bouton_verifier = QPushButton(self)
        self.bouton_verifier.setObjectName("boutonVerifier")
        self.etiquette_gravite = QLabel(self)
        self.gravite = QComboBox(self)
        self.gravite.setObjectName("filtreGravite")
        self.etiquette_gravite.setBuddy(self.gravite)
        self.resume = QLabel(self)
        self.resume.setObjectName("resumeQualite")
        self.resume.setStyleSheet("font-weight: 600;")
        ligne.addWidget(self.bouton_verifier)
        ligne.addSpacing(12)
        ligne.addWidget(self.etiquette_gravite)
        ligne.addWidget(self.gravite)
        ligne.addSpacing(12)
        ligne.addWidget(self.resume, 1)
        self.bouton_exporter = QPushButton(self)
        self.bouton_exporter.setObjectName("boutonExporterConstats")
        ligne.addWidget(self.bouton_exporter)
        pile.addLayout(ligne)
        self.table = _Table(0, 5, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableConstats")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        entete = self.table.horizontalHeader()
        for col in range(3):
            entete.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        entete.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 280)
        entete.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.table, self.table.resizeRowsToContents))
        pile.addWidget(self.table, 1)
        self.aide = QLabel(self)
        self.aide.setStyleSheet("color: #4a4a4a;")
        pile.addWidget(self.aide)
        self.etat_export = QLabel(self)
        self.etat_export.setObjectName("etatExportConstats")
        self.etat_export.setWordWrap(True)
        self.etat_export.hide()
        pile.addWidget(self.etat_export)

        self.bouton_verifier.clicked.connect(self.verifier_demande)
        self.bouton_exporter.clicked.connect(lambda: self.exporter())
        self.gravite.currentIndexChanged.connect(self._remplir)
        self.table.cellDoubleClicked.connect(lambda rang, _col: self._aller(rang))
        self.table.entree.connect(self._aller)
        tout_en_texte_brut(self)
        self.retraduire()

    def afficher(self, constats: list, exercice: str) -> None:
        self._constats = list(constats)
        self._exercice = exercice
        self._heure = dt.datetime.now().strftime("%H:%M")
        self._remplir()

    def constats_affiches(self) -> list:
        choix = self.gravite.currentData()
        return [c for c in self._constats if choix is None or c.gravite == choix]

    def _remplir(self, *_args) -> None:
        langue = self.langue
        constats = self.constats_affiches()
        self.table.setRowCount(len(constats))
        for i, c in enumerate(constats):
            valeurs = (messages_qualite.gravite(c.gravite, langue), c.exercice, c.service_id or "—",
                       c.nom(langue) or self.tr("(sans nom)"), c.texte(langue))
            for j, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur)
                item.setData(Qt.ItemDataRole.UserRole, c.service_pk)
                if j == 0:
                    item.setBackground(COULEURS[c.gravite])
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self.bouton_exporter.setEnabled(bool(constats))
        comptes = {g: sum(1 for c in self._constats if c.gravite == g) for g in COULEURS}
        if not self._heure:
            self.resume.setText(self.tr("Pas encore vérifié."))
        elif not self._constats:
            self.resume.setText(self.tr("Aucun constat pour l'exercice %1 : rien à signaler (vérifié à %2).")
                                .replace("%1", self._exercice).replace("%2", self._heure))
        else:
            self.resume.setText(
                self.tr("Exercice %1 — erreurs : %2, avertissements : %3, suggestions : %4 (vérifié à %5).")
                .replace("%1", self._exercice).replace("%2", str(comptes["erreur"]))
                .replace("%3", str(comptes["avertissement"])).replace("%4", str(comptes["suggestion"]))
                .replace("%5", self._heure)
            )

    def _entetes(self) -> tuple[str, str, str, str, str]:
        return (self.tr("Gravité"), self.tr("Exercice"), self.tr("Numéro d'ID"), self.tr("Service"),
                self.tr("Constat"))

    def exporter(self, chemin: Path | None = None) -> Path | None:
        """Les constats affichés (selon le filtre de gravité) en CSV, UTF-8 avec BOM, dans la
        langue de l'interface; écrit à côté puis mis en place (jamais à moitié)."""
        from gesserv_bureau.domaine.exportation import ecrire_atomique
        from gesserv_bureau.domaine.qualite import csv_constats

        if chemin is None:
            nom, _ = QFileDialog.getSaveFileName(
                self, self.tr("Exporter les constats"),
                str(Path.home() / self.tr("constats-qualite-%1.csv").replace("%1", self._exercice or "")),
                self.tr("Fichiers CSV (*.csv)"))
            if not nom:
                return None
            chemin = Path(nom)
        octets = csv_constats(self.constats_affiches(), self.langue)
        self.etat_export.show()
        try:
            ecrire_atomique(chemin, octets)
        except OSError as exc:
            self.etat_export.setStyleSheet("color: #8a1c1c;")
            self.etat_export.setText(self.tr("Les constats n'ont pas pu être exportés : %1")
                                     .replace("%1", messages_systeme.texte(exc, self.langue)))
            return None
        self.etat_export.setStyleSheet("color: #1e5e20;")
        self.etat_export.setText(self.tr("Constats exportés : %1").replace("%1", str(chemin)))
        return chemin

    def _aller(self, rang: int) -> None:
        constats = self.constats_affiches()
        if 0 <= rang < len(constats) and constats[rang].service_pk is not None:
            self.aller_au_service.emit(constats[rang].service_pk, constats[rang].exercice)

    def retraduire(self) -> None:
        self.table.setAccessibleName(self.tr("Constats de qualité"))
        self.bouton_verifier.setText(self.tr("&Vérifier maintenant"))
        self.etiquette_gravite.setText(self.tr("&Gravité :"))
        code = self.gravite.currentData()
        bloque = self.gravite.blockSignals(True)
        self.gravite.clear()
        self.gravite.addItem(self.tr("Toutes"), None)
        for g in COULEURS:
            self.gravite.addItem(messages_qualite.gravite(g, self.langue), g)
        self.gravite.setCurrentIndex(max(self.gravite.findData(code), 0))
        self.gravite.blockSignals(bloque)
        self.table.setHorizontalHeaderLabels(list(self._entetes()))
        self.bouton_exporter.setText(self.tr("&Exporter les constats…"))
        self.aide.setText(self.tr("Double-cliquez sur un constat (ou appuyez sur Entrée) pour aller au service."))
        self._remplir()
