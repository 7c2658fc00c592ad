"""Les champs du formulaire d'un service : le message de validation sous un champ, la liste
d'un code du référentiel, les cases d'une liste à plusieurs codes, le texte de quelques lignes,
la ligne d'un mode de l'élément 14 (état, demandes, extrants)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gesserv_bureau.domaine.service import Volume, chiffres_permis, etat_apres_chiffre
from gesserv_bureau.domaine.validation import A_COMPLETER, AVERTISSEMENT, ERREUR, Probleme
from gesserv_bureau.referentiel.codes import ETATS_VOLUME, ListeCodes
from gesserv_bureau.referentiel.elements import Element

COULEURS = {ERREUR: "#b00020", A_COMPLETER: "#8a4b00", AVERTISSEMENT: "#7a5d00"}


def bulle(element: Element, langue: str) -> str:
    """L'infobulle d'un élément : toute sa cellule du tableau 5, en texte riche pour qu'elle
    passe à la ligne au lieu de filer hors de l'écran."""
    texte = html.escape(element.texte_entier(langue), quote=False).replace("\n\n", "</p><p>")
    return f"<p>{texte}</p>"


class MessageValidation(QLabel):
    """Le message de validation d'un champ, caché quand tout va bien."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def montrer(self, problemes: list[Probleme], langue: str) -> None:
        if not problemes:
            self.clear()
            self.hide()
            return
        pire = min(problemes, key=lambda p: [ERREUR, AVERTISSEMENT, A_COMPLETER].index(p.gravite))
        self.setStyleSheet(f"color: {COULEURS[pire.gravite]};")
        self.setText("\n".join(p.texte(langue) for p in problemes))
        self.show()


class ChoixCode(QComboBox):
    """Une liste de codes du référentiel, avec un premier choix vide (« pas encore répondu »)."""

    def __init__(self, liste: ListeCodes, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self._liste = liste
        self._langue = "fr"
        self._vide = "—"
        self.remplir()

    def remplir(self, liste: ListeCodes | None = None, langue: str | None = None, vide: str | None = None) -> None:
        code = self.code()
        self._liste = liste if liste is not None else self._liste
        self._langue = langue or self._langue
        self._vide = vide if vide is not None else self._vide
        bloque = self.blockSignals(True)
        self.clear()
        self.addItem(self._vide, None)
        for libelle in self._liste:
            self.addItem(libelle.texte(self._langue), libelle.code)
        self.choisir(code)
        self.blockSignals(bloque)

    def code(self) -> str | None:
        return self.currentData()

    def choisir(self, code: str | None) -> None:
        i = self.findData(code) if code is not None else 0
        if i < 0:
            # un code hors liste (p. ex. un type interne sur un service externe) reste visible
            self.addItem(code, code)
            i = self.count() - 1
        self.setCurrentIndex(i)


class CasesCodes(QWidget):
    """Plusieurs codes permis : une case à cocher par code."""

    change = Signal()

    def __init__(self, liste: ListeCodes, colonnes: int, parent=None):
        super().__init__(parent)
        self._liste = liste
        grille = QGridLayout(self)
        grille.setContentsMargins(0, 0, 0, 0)
        self.cases: dict[str, QCheckBox] = {}
        for i, libelle in enumerate(liste):
            case = QCheckBox(libelle.fr, self)
            case.setObjectName(f"case_{libelle.code}")
            case.toggled.connect(self.change)
            grille.addWidget(case, i // colonnes, i % colonnes)
            self.cases[libelle.code] = case

    def codes(self) -> list[str]:
        return [code for code, case in self.cases.items() if case.isChecked()]

    def cocher(self, codes: list[str]) -> None:
        for code, case in self.cases.items():
            bloque = case.blockSignals(True)
            case.setChecked(code in codes)
            case.blockSignals(bloque)

    def changer_langue(self, langue: str) -> None:
        for libelle in self._liste:
            self.cases[libelle.code].setText(libelle.texte(langue))


class TexteLignes(QPlainTextEdit):
    def __init__(self, lignes: int = 3, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        hauteur = self.fontMetrics().lineSpacing() * lignes + 12
        self.setFixedHeight(hauteur)

    def texte(self) -> str:
        return self.toPlainText()

    def ecrire(self, texte: str) -> None:
        if self.toPlainText() != texte:
            self.setPlainText(texte)


class LigneVolume:
    def __init__(self, parent: QWidget):
        self.etat = ChoixCode(ETATS_VOLUME, parent)
        self.etat.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.etat.setMinimumContentsLength(12)
        self.demandes = QLineEdit(parent)
        self.extrants = QLineEdit(parent)
        for champ in (self.demandes, self.extrants):
            champ.setMinimumWidth(70)
            champ.setValidator(QIntValidator(0, 2_000_000_000, champ))
            champ.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message = MessageValidation(parent)

    def lire(self) -> Volume:
        def nombre(champ: QLineEdit) -> int | None:
            texte = champ.text().replace("\u00a0", "").replace(" ", "")
            return int(texte) if texte.isdigit() else None

        return Volume(self.etat.code(), nombre(self.demandes), nombre(self.extrants))

    def afficher(self, volume: Volume) -> None:
        self.etat.choisir(volume.etat)
        self.demandes.setText("" if volume.demandes is None else str(volume.demandes))
        self.extrants.setText("" if volume.extrants is None else str(volume.extrants))
        self.actualiser()

    def chiffre_saisi(self) -> None:
        """Taper un chiffre pour un mode sans réponse dit que des données existent."""
        etat = etat_apres_chiffre(self.etat.code())
        if etat != self.etat.code():
            bloque = self.etat.blockSignals(True)
            self.etat.choisir(etat)
            self.etat.blockSignals(bloque)

    def actualiser(self) -> None:
        saisie = chiffres_permis(self.etat.code())
        self.demandes.setEnabled(saisie)
        self.extrants.setEnabled(saisie)
