"""Évaluations › Autres critères du ministère (1B)… : la liste des critères que le ministère
ajoute sous « Autres critères » de l'annexe 1B (« Tout autre critère jugé pertinent par le
ministère »). Chacun paraît ensuite dans les évaluations 1B en brouillon et dans les nouvelles,
à évaluer élevé, moyen ou faible avec son analyse, marqué comme critère du ministère. Le jumeau
en ligne de commande : ``gesserv-bureau criteres-1b lister|ajouter|retirer``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from gesserv_bureau.cas import reglages_1b
from gesserv_bureau.domaine import ponderation_1b as regles
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE, STYLE_MESSAGE
from gesserv_bureau.interface.dialogue_ponderation_1b import citation
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.referentiel import messages_ponderation, outil_1b
from gesserv_bureau.stockage.erreurs import ErreurStockage


class DialogueCriteres1B(Retraduisible, QDialog):
    def __init__(self, base, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueCriteres1B")
        self.base = base
        self.langue = langue
        self.resize(760, 540)
        pile = QVBoxLayout(self)
        self.explication = QLabel(self)
        self.explication.setWordWrap(True)
        self.explication.setStyleSheet(STYLE_GUIDE)
        pile.addWidget(self.explication)
        self.titre_liste = QLabel(self)
        self.titre_liste.setStyleSheet("font-weight: 600;")
        pile.addWidget(self.titre_liste)
        self.liste = QListWidget(self)
        self.liste.setObjectName("listeCriteres")
        pile.addWidget(self.liste, 1)
        from gesserv_bureau.interface.etat_vide import InvitationListeVide

        self.invitation = InvitationListeVide(self.liste, lambda: self.tr(
            "Aucun critère du ministère pour l'instant : chaque 1B n'évalue que les considérations de "
            "l'annexe 1B. Pour en ajouter un, écrivez son nom en français (et en anglais) ci-dessous, "
            "puis « Ajouter le critère »."))
        forme = QFormLayout()
        self.nom_fr = QLineEdit(self)
        self.nom_fr.setObjectName("nomCritereFr")
        self.nom_en = QLineEdit(self)
        self.nom_en.setObjectName("nomCritereEn")
        self.etiquette_fr, self.etiquette_en = QLabel(self), QLabel(self)
        self.etiquette_fr.setBuddy(self.nom_fr)
        self.etiquette_en.setBuddy(self.nom_en)
        forme.addRow(self.etiquette_fr, self.nom_fr)
        forme.addRow(self.etiquette_en, self.nom_en)
        pile.addLayout(forme)
        self.message = QLabel(self)
        self.message.setObjectName("messageCriteres")
        self.message.setWordWrap(True)
        self.message.hide()
        pile.addWidget(self.message)
        boutons = QHBoxLayout()
        self.ajouter = QPushButton(self)
        self.ajouter.setObjectName("boutonAjouterCritere")
        self.retirer = QPushButton(self)
        self.retirer.setObjectName("boutonRetirerCritere")
        self.fermer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for b in (self.ajouter, self.retirer):
            boutons.addWidget(b)
        boutons.addStretch(1)
        boutons.addWidget(self.fermer)
        pile.addLayout(boutons)
        self.ajouter.clicked.connect(self.ajouter_critere)
        self.retirer.clicked.connect(self.retirer_critere)
        self.nom_fr.returnPressed.connect(self.ajouter_critere)
        self.nom_en.returnPressed.connect(self.ajouter_critere)
        self.fermer.rejected.connect(self.reject)
        self.liste.currentRowChanged.connect(lambda _r: self._actualiser_boutons())
        if getattr(base, "lecture_seule", False):
            for w in (self.ajouter, self.retirer, self.nom_fr, self.nom_en):
                w.setEnabled(False)
        tout_en_texte_brut(self)
        self._remplir()
        self.retraduire()

    def _remplir(self) -> None:
        self.liste.clear()
        for critere in reglages_1b.criteres(self.base):
            autre = critere.nom_en if self.langue != "en" else critere.nom_fr
            texte = f"{critere.code} — {critere.nom(self.langue)}"
            if autre and autre != critere.nom(self.langue):
                texte += f" ({autre})"
            element = QListWidgetItem(texte)
            element.setData(Qt.ItemDataRole.UserRole, critere.code)
            self.liste.addItem(element)
        self._actualiser_boutons()

    def _actualiser_boutons(self) -> None:
        ecriture = not getattr(self.base, "lecture_seule", False)
        self.retirer.setEnabled(ecriture and self.liste.currentItem() is not None)

    def _dire(self, texte: str, erreur: bool) -> None:
        self.message.setText(texte)
        self.message.setStyleSheet(STYLE_MESSAGE if erreur else "color: #1d5b2a;")
        self.message.show()

    def ajouter_critere(self) -> bool:
        try:
            critere = reglages_1b.ajouter_critere(self.base, self.nom_fr.text(), self.nom_en.text())
        except regles.PonderationInvalide as exc:
            self._dire(exc.texte(self.langue), True)
            return False
        except ErreurStockage as exc:
            self._dire(texte_erreur(exc, QCoreApplication.translate) or str(exc), True)
            return False
        self.nom_fr.clear()
        self.nom_en.clear()
        self._remplir()
        self._dire(messages_ponderation.texte("critere_ajoute", self.langue, nom=critere.nom(self.langue),
                                              critere=critere.code), False)
        return True

    def retirer_critere(self) -> bool:
        element = self.liste.currentItem()
        if element is None:
            return False
        try:
            critere = reglages_1b.retirer_critere(self.base, element.data(Qt.ItemDataRole.UserRole))
        except regles.PonderationInvalide as exc:
            self._dire(exc.texte(self.langue), True)
            return False
        except ErreurStockage as exc:
            self._dire(texte_erreur(exc, QCoreApplication.translate) or str(exc), True)
            return False
        self._remplir()
        self._dire(messages_ponderation.texte("critere_retire", self.langue, nom=critere.nom(self.langue),
                                              critere=critere.code), False)
        return True

    def retraduire(self) -> None:
        self.liste.setAccessibleName(self.tr("Critères de priorité"))
        autres = outil_1b.PAR_CODE["autres"]
        self.setWindowTitle(self.tr("Autres critères du ministère (1B)"))
        self.explication.setText(
            self.tr("L'annexe 1B prévoit, parmi les points à considérer :") + "\n"
            + citation(autres.texte(self.langue) + (": " if self.langue == "en" else " : ")
                       + autres.criteres[0].texte(self.langue), self.langue) + "\n\n"
            + self.tr("Les critères ajoutés ici paraissent dans chaque évaluation 1B en brouillon et dans les "
                      "nouvelles, sous « Autres critères » : chacun s'évalue élevé, moyen ou faible, avec son "
                      "exemple et son analyse, et se lit dans le rapport comme un critère du ministère. Un critère "
                      "retiré reste dans les évaluations qui l'ont évalué."))
        self.titre_liste.setText(self.tr("Critères du ministère en vigueur :"))
        self.etiquette_fr.setText(self.tr("&Nom du critère (français) :"))
        self.etiquette_en.setText(self.tr("Nom en an&glais (facultatif) :"))
        self.ajouter.setText(self.tr("&Ajouter le critère"))
        self.retirer.setText(self.tr("&Retirer le critère choisi"))
        self._remplir()
