"""« Relier à un autre service… » : le choix, avec recherche, d'un service de l'exercice auquel
rattacher l'évaluation (le cas d'utilisation, ``evaluer.relier``, consigne l'ancien et le
nouveau au journal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from gesserv_bureau.domaine.recherche import replier
from gesserv_bureau.interface.textes import Retraduisible


class DialogueRelier(Retraduisible, QDialog):
    """Les services de l'exercice, sauf celui de l'évaluation; la recherche filtre sur le
    numéro d'ID et les noms (sans casse ni accents). ``choisi()`` : le pk retenu."""

    def __init__(self, services: list, actuel: int | None, exercice: str, langue: str, parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueRelier")
        self.langue = langue
        self.exercice = exercice
        self._services = [s for s in services if s.pk != actuel]
        self._cles = [replier(" ".join((s.service_id, s.nom_fr, s.nom_en))) for s in self._services]
        pile = QVBoxLayout(self)
        self.explication = QLabel(self)
        self.explication.setWordWrap(True)
        self.explication.setTextFormat(Qt.TextFormat.PlainText)
        self.etiquette = QLabel(self)
        self.recherche = QLineEdit(self)
        self.recherche.setObjectName("rechercheService")
        self.recherche.setClearButtonEnabled(True)
        self.etiquette.setBuddy(self.recherche)
        self.liste = QListWidget(self)
        self.liste.setObjectName("listeServices")
        self.aucun = QLabel(self)
        self.aucun.setObjectName("aucunService")
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for w in (self.explication, self.etiquette, self.recherche, self.liste, self.aucun, self.boutons):
            pile.addWidget(w)
        self.recherche.textChanged.connect(self._filtrer)
        self.liste.currentItemChanged.connect(lambda *_: self._actualiser_ok())
        self.liste.itemDoubleClicked.connect(lambda *_: self.accept())
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        for s in self._services:
            item = QListWidgetItem(f"{s.service_id} — {s.nom(langue)}".strip(" —"))
            item.setData(Qt.ItemDataRole.UserRole, s.pk)
            self.liste.addItem(item)
        self.resize(560, 460)
        self.retraduire()
        self._filtrer("")

    def _filtrer(self, texte: str) -> None:
        mots = replier(texte).split()
        premier = None
        for rang, cle in enumerate(self._cles):
            cache = not all(m in cle for m in mots)
            self.liste.item(rang).setHidden(cache)
            if not cache and premier is None:
                premier = rang
        courant = self.liste.currentItem()
        if courant is None or courant.isHidden():
            self.liste.setCurrentRow(premier if premier is not None else -1)
        self.aucun.setVisible(premier is None)
        self._actualiser_ok()

    def _actualiser_ok(self) -> None:
        item = self.liste.currentItem()
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None and not item.isHidden())

    def choisi(self) -> int | None:
        item = self.liste.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Relier à un autre service"))
        self.explication.setText(self.tr("L'évaluation portera sur le service choisi (exercice %1). "
                                         "Le journal gardera l'ancien et le nouveau service.")
                                 .replace("%1", self.exercice or self.tr("tous")))
        self.etiquette.setText(self.tr("&Rechercher (numéro d'ID ou nom) :"))
        self.aucun.setText(self.tr("Aucun service ne correspond à la recherche."))
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Relier"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
