"""La barre au-dessus de la table : recherche, type, désignation, exercice, « à compléter »."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from gesserv_bureau.domaine.recherche import Filtre
from gesserv_bureau.referentiel.codes import DESIGNATIONS, INTERNE_NON_INTEGRE, TYPES_EXTERNES, TYPES_INTERNES


class BarreFiltre(QWidget):
    """Recherche, type, désignation, exercice : la vue seulement; le filtre est un ``Filtre``."""

    def __init__(self, parent=None, langue: str = "fr"):
        super().__init__(parent)
        self.langue = langue
        ligne = QHBoxLayout(self)
        ligne.setContentsMargins(0, 0, 0, 0)
        self.recherche = QLineEdit(self)
        self.recherche.setObjectName("recherche")
        self.recherche.setClearButtonEnabled(True)
        self.type_service = QComboBox(self)
        self.type_service.setObjectName("filtreType")
        self.designation = QComboBox(self)
        self.designation.setObjectName("filtreDesignation")
        self.exercice = QComboBox(self)
        self.exercice.setObjectName("filtreExercice")
        self.exercice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exercice.setMinimumContentsLength(10)
        self.a_completer = QCheckBox(self)
        self.etiquette_exercice = QLabel(self)
        self.etiquette_exercice.setBuddy(self.exercice)
        ligne.addWidget(self.etiquette_exercice)
        ligne.addWidget(self.exercice)
        ligne.addWidget(self.recherche, 4)
        ligne.addWidget(self.type_service, 2)
        ligne.addWidget(self.designation, 1)
        self.recherche.setMinimumWidth(160)
        for combo in (self.type_service, self.designation):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        ligne.addWidget(self.a_completer)
        self.retraduire()

    def filtre(self) -> Filtre:
        type_code = self.type_service.currentData()
        portee = None
        if type_code in ("externe", "interne", INTERNE_NON_INTEGRE):
            portee, type_code = type_code, None
        return Filtre(
            texte=self.recherche.text(),
            type_service=type_code,
            portee=portee,
            designation=self.designation.currentData(),
            a_completer=self.a_completer.isChecked(),
        )

    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.retraduire()

    def retraduire(self) -> None:
        self.recherche.setPlaceholderText(self.tr("Rechercher : numéro d'ID, nom, propriétaire…  (Ctrl+F)"))
        self.etiquette_exercice.setText(self.tr("&Exercice :"))
        self.a_completer.setText(self.tr("À compléter seulement"))
        for combo, remplir in ((self.type_service, self._remplir_types), (self.designation, self._remplir_designations)):
            code = combo.currentData()
            bloque = combo.blockSignals(True)
            combo.clear()
            remplir()
            i = combo.findData(code)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(bloque)

    def _remplir_types(self) -> None:
        c = self.type_service
        c.addItem(self.tr("Tous les types"), None)
        c.addItem(self.tr("Tous les services externes"), "externe")
        for t in TYPES_EXTERNES:
            c.addItem("    " + t.texte(self.langue), t.code)
        c.addItem(self.tr("Tous les services internes intégrés"), "interne")
        for t in TYPES_INTERNES:
            c.addItem("    " + t.texte(self.langue), t.code)
        c.addItem(self.tr("Services internes (non intégrés), section distincte"), INTERNE_NON_INTEGRE)

    def _remplir_designations(self) -> None:
        c = self.designation
        c.addItem(self.tr("Toutes les désignations"), None)
        for d in DESIGNATIONS:
            c.addItem(d.texte(self.langue), d.code)
        c.addItem(self.tr("Sans désignation"), "aucune")

    def remplir_exercices(self, exercices: list[str], courant: str) -> None:
        bloque = self.exercice.blockSignals(True)
        self.exercice.clear()
        for e in exercices:
            self.exercice.addItem(e, e)
        self.exercice.setCurrentIndex(max(self.exercice.findData(courant), 0))
        self.exercice.blockSignals(bloque)
