"""La barre au-dessus de la table : recherche, type, désignation, exercice, « à compléter »."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from gesserv_bureau.domaine.recherche import Filtre
from gesserv_bureau.referentiel.codes import DESIGNATIONS, INTERNE_NON_INTEGRE, TYPES_EXTERNES, TYPES_INTERNES


class BarreFiltre(QWidget):
    """Recherche, type, désignation, exercice : la vue seulement; le filtre est un ``Filtre``.

    Sur une ligne quand la place le permet; sur deux (la recherche et « à compléter », puis
    l'exercice, le type et la désignation) dans une fenêtre étroite, un portable de 1366 px ou
    moins avec le formulaire ouvert : rien n'est coupé."""

    def __init__(self, parent=None, langue: str = "fr"):
        super().__init__(parent)
        self.langue = langue
        self._grille = QGridLayout(self)
        self._grille.setContentsMargins(0, 0, 0, 0)
        self._deux_lignes: bool | None = None
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
        self.recherche.setMinimumWidth(160)
        for combo in (self.type_service, self.designation):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self._disposer(False)
        self.retraduire()

    # l'ordre de lecture : exercice, recherche, type, désignation, à compléter (une ligne);
    # recherche, à compléter / exercice, type, désignation (deux lignes)
    def _disposer(self, deux_lignes: bool) -> None:
        if deux_lignes == self._deux_lignes:
            return
        self._deux_lignes = deux_lignes
        g = self._grille
        for w in (self.etiquette_exercice, self.exercice, self.recherche, self.type_service, self.designation,
                  self.a_completer):
            g.removeWidget(w)
        for c in range(8):
            g.setColumnStretch(c, 0)
        if deux_lignes:
            g.addWidget(self.recherche, 0, 0, 1, 3)
            g.addWidget(self.a_completer, 0, 3, 1, 2)
            g.addWidget(self.etiquette_exercice, 1, 0)
            g.addWidget(self.exercice, 1, 1)
            g.addWidget(self.type_service, 1, 2)
            g.addWidget(self.designation, 1, 3, 1, 2)
            g.setColumnStretch(2, 2)
            g.setColumnStretch(3, 1)
            ordre = (self.recherche, self.a_completer, self.exercice, self.type_service, self.designation)
        else:
            for c, w in enumerate((self.etiquette_exercice, self.exercice, self.recherche, self.type_service,
                                   self.designation, self.a_completer)):
                g.addWidget(w, 0, c)
            g.setColumnStretch(2, 4)
            g.setColumnStretch(3, 2)
            g.setColumnStretch(4, 1)
            ordre = (self.exercice, self.recherche, self.type_service, self.designation, self.a_completer)
        self._ordre = list(ordre)
        for avant, apres in zip(ordre, ordre[1:]):
            QWidget.setTabOrder(avant, apres)

    def ordre(self) -> list[QWidget]:
        """Les contrôles dans l'ordre de lecture de la disposition du moment."""
        return list(self._ordre)

    def _largeur_une_ligne(self) -> int:
        """La largeur où tout tient sur une ligne à sa taille voulue : l'invite de la recherche
        lisible en entier, les listes et la case sans rien de coupé."""
        espace = max(self._grille.horizontalSpacing(), 0)
        invite = self.recherche.fontMetrics().horizontalAdvance(self.recherche.placeholderText()) + 40
        largeurs = [w.sizeHint().width() for w in (self.etiquette_exercice, self.exercice, self.type_service,
                                                   self.designation, self.a_completer)]
        return sum(largeurs) + max(invite, self.recherche.sizeHint().width()) + espace * 5

    def minimumSizeHint(self) -> QSize:   # noqa: N802 - Qt
        """La largeur minimale est celle des deux lignes : la barre ne force jamais la fenêtre à
        s'élargir."""
        espace = max(self._grille.horizontalSpacing(), 0)
        ligne1 = self.recherche.minimumSizeHint().width() + self.a_completer.minimumSizeHint().width()
        ligne2 = sum(w.minimumSizeHint().width() for w in (self.etiquette_exercice, self.exercice,
                                                            self.type_service, self.designation))
        hauteur = super().minimumSizeHint().height()
        return QSize(max(ligne1 + espace, ligne2 + 3 * espace), hauteur)

    def resizeEvent(self, event) -> None:   # noqa: N802 - Qt
        self._disposer(event.size().width() < self._largeur_une_ligne())
        super().resizeEvent(event)

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
        self.recherche.setAccessibleName(self.tr("Rechercher dans le répertoire"))
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
