"""Le choix de la copie de sécurité à remettre en place : chaque copie du répertoire ouvert, la
plus récente d'abord, avec sa date, sa taille et son état (celui que dit aussi la ligne de
commande ``gesserv-bureau sauvegardes`` : ``cas.sauvegardes.lister``). Seule une copie
intacte se choisit; les autres restent visibles, pour qu'on sache qu'elles existent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gesserv_bureau.cas import sauvegardes
from gesserv_bureau.interface.textes import Retraduisible, en_clair, tout_en_texte_brut
from gesserv_bureau.messages_erreur import taille_lisible

COLONNES = ("date", "taille", "etat", "fichier")
_COULEUR_ABIMEE = QColor("#8a1c1c")


class DialogueCopies(Retraduisible, QDialog):
    """Les copies de ``base`` (le chemin de la base ouverte); ``copie_choisie()`` après « OK »."""

    def __init__(self, base: Path, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueCopies")
        self.langue = langue
        self.base = Path(base)
        self.copies: list[sauvegardes.CopieListee] = []
        pile = QVBoxLayout(self)
        self.invite = QLabel(self)
        self.invite.setWordWrap(True)
        pile.addWidget(self.invite)
        self.table = QTableWidget(0, len(COLONNES), self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableCopies")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        for col in range(len(COLONNES)):
            entete.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        entete.setStretchLastSection(True)
        pile.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        pile.addWidget(self.note)
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        pile.addWidget(self.boutons)
        self.table.itemSelectionChanged.connect(self._actualiser_bouton)
        self.table.cellDoubleClicked.connect(lambda *_: self.accept() if self.copie_choisie() else None)
        self.resize(820, 420)
        tout_en_texte_brut(self)
        self.retraduire()
        self.actualiser()

    def colonne(self, nom: str) -> int:
        return COLONNES.index(nom)

    def actualiser(self) -> None:
        """Relit les copies (et l'état de chacune)."""
        self.copies = sauvegardes.lister(self.base)
        self._remplir()

    def _remplir(self) -> None:
        choisie = self.copie_choisie()
        self.table.setRowCount(len(self.copies))
        premiere_intacte = None
        for rang, copie in enumerate(self.copies):
            faite_le = copie.faite_le
            valeurs = {
                "date": faite_le.strftime("%Y-%m-%d %H:%M") if faite_le else "—",
                "taille": taille_lisible(copie.taille, QCoreApplication.translate),
                "etat": self._etat(copie.etat),
                "fichier": copie.chemin.name,
            }
            for col, nom in enumerate(COLONNES):
                item = QTableWidgetItem(valeurs[nom])
                item.setToolTip(en_clair(str(copie.chemin) if nom == "fichier" else valeurs[nom]))
                if nom == "taille":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not copie.intacte:   # visible, mais ne se choisit pas
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setForeground(_COULEUR_ABIMEE)
                self.table.setItem(rang, col, item)
            if copie.intacte and premiere_intacte is None:
                premiere_intacte = rang
        rangs = {c.chemin: r for r, c in enumerate(self.copies)}
        if choisie in rangs:
            self.table.selectRow(rangs[choisie])
        elif premiere_intacte is not None:
            self.table.selectRow(premiere_intacte)
        abimees = sum(1 for c in self.copies if not c.intacte)
        self.note.setText(self.tr("%n copie(s) endommagée(s) ou illisible(s) : elles ne peuvent pas être remises en place.",
                                  "", abimees) if abimees else "")
        self.note.setVisible(bool(abimees))
        self._actualiser_bouton()

    def _etat(self, etat: str) -> str:
        return {"intacte": self.tr("Intacte"), "vide": self.tr("Vide (endommagée)"),
                "etrangere": self.tr("Pas une copie de ce répertoire")}.get(etat, self.tr("Endommagée"))

    def copie_choisie(self) -> Path | None:
        rang = self.table.currentRow()
        if 0 <= rang < len(self.copies) and self.copies[rang].intacte and self.table.selectionModel().hasSelection():
            return self.copies[rang].chemin
        return None

    def intactes(self) -> list[Path]:
        return [c.chemin for c in self.copies if c.intacte]

    def _actualiser_bouton(self) -> None:
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.copie_choisie() is not None)

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Restaurer une copie de sécurité"))
        self.invite.setText(self.tr("Copie à remettre en place (la plus récente d'abord) :"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Taille"), self.tr("État"), self.tr("Fichier")])
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restaurer…"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._remplir()
