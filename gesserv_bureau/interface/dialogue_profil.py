"""Édition › Profil… : qui prépare les rapports — nom complet, titre, unité, ministère, courriel.
Le nom et le titre paraissent sous « Préparé par » dans le bloc d'approbation de chaque rapport,
le ministère en tête des rapports (par défaut), et le nom est l'auteur des nouveaux dossiers.

Au premier lancement, le même dialogue est proposé (:func:`premier_lancement`), avec « Plus
tard » : sans profil, le nom de « Préparé par » reste en blanc dans les rapports, à remplir à la
main — jamais le compte du système. Le jumeau en ligne de commande : ``gesserv-bureau profil``.
Les règles (longueur, une seule ligne, forme du courriel) sont celles de ``gesserv_bureau.cas.profils``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from gesserv_bureau.cas import profils
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE, STYLE_MESSAGE
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut


class DialogueProfil(Retraduisible, QDialog):
    """``premier_lancement`` : la version d'accueil, avec « Plus tard ». Quand il se ferme, de
    quelque façon que ce soit, le premier lancement est noté (la question n'est plus posée)."""

    profil_enregistre = Signal(object)   # le Profil écrit

    def __init__(self, langue: str = "fr", parent=None, *, premier_lancement: bool = False):
        super().__init__(parent)
        self.setObjectName("dialoguePremierLancement" if premier_lancement else "dialogueProfil")
        self.langue = langue
        self.premier_lancement = premier_lancement
        pile = QVBoxLayout(self)
        self.explication = QLabel(self)
        self.explication.setObjectName("explicationProfil")
        self.explication.setWordWrap(True)
        self.explication.setStyleSheet(STYLE_GUIDE)
        pile.addWidget(self.explication)
        forme = QFormLayout()
        self.champs: dict[str, QLineEdit] = {}
        self.etiquettes: dict[str, QLabel] = {}
        actuel = profils.lire()
        for champ in profils.CHAMPS:
            saisie = QLineEdit(getattr(actuel, champ), self)
            saisie.setObjectName(f"profil_{champ}")
            saisie.setMaxLength(profils.LONGUEUR_MAX + 50)   # au-delà, le refus dit la limite
            etiquette = QLabel(self)
            etiquette.setBuddy(saisie)
            forme.addRow(etiquette, saisie)
            self.champs[champ] = saisie
            self.etiquettes[champ] = etiquette
            saisie.textEdited.connect(lambda _t: self.message.hide())
        pile.addLayout(forme)
        self.note = QLabel(self)
        self.note.setObjectName("noteProfil")
        self.note.setWordWrap(True)
        pile.addWidget(self.note)
        self.message = QLabel(self)
        self.message.setObjectName("messageProfil")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.hide()
        pile.addWidget(self.message)
        self.boutons = QDialogButtonBox(self)
        self.bouton_enregistrer = QPushButton(self)
        self.bouton_enregistrer.setObjectName("boutonEnregistrerProfil")
        self.bouton_enregistrer.setDefault(True)
        self.bouton_annuler = QPushButton(self)
        self.bouton_annuler.setObjectName("boutonPlusTard" if premier_lancement else "boutonAnnulerProfil")
        self.boutons.addButton(self.bouton_enregistrer, QDialogButtonBox.ButtonRole.AcceptRole)
        self.boutons.addButton(self.bouton_annuler, QDialogButtonBox.ButtonRole.RejectRole)
        pile.addWidget(self.boutons)
        self.bouton_enregistrer.clicked.connect(self.enregistrer)
        self.bouton_annuler.clicked.connect(self.reject)
        self.finished.connect(lambda _r: self._noter_premier_lancement())
        tout_en_texte_brut(self)
        self.retraduire()
        self.resize(640, self.sizeHint().height())

    def retraduire(self) -> None:
        libelles = {
            "nom": self.tr("&Nom complet"),
            "titre": self.tr("&Titre"),
            "unite": self.tr("&Unité"),
            "ministere": self.tr("&Ministère ou organisme"),
            "courriel": self.tr("&Courriel"),
        }
        for champ, texte in libelles.items():
            self.etiquettes[champ].setText(texte)
        self.champs["nom"].setPlaceholderText(self.tr("p. ex. Marie Tremblay"))
        self.champs["titre"].setPlaceholderText(self.tr("p. ex. Directrice, Bureau de la gestion des services"))
        self.champs["unite"].setPlaceholderText(self.tr("p. ex. Direction générale des services ministériels"))
        self.champs["ministere"].setPlaceholderText(self.tr("p. ex. Agriculture et Agroalimentaire Canada"))
        self.champs["courriel"].setPlaceholderText(self.tr("p. ex. marie.tremblay@agr.gc.ca"))
        if self.premier_lancement:
            self.setWindowTitle(self.tr("Bienvenue dans gesserv-bureau — votre profil"))
            self.explication.setText(self.tr(
                "Qui préparera les rapports? Votre nom et votre titre paraissent sous « Préparé par » dans le bloc "
                "d'approbation de chaque rapport, votre ministère en tête des rapports, et votre nom comme auteur "
                "des évaluations, séances et stratégies que vous créez. Ils restent sur ce poste, dans vos "
                "préférences."))
            self.note.setText(self.tr(
                "Vous pouvez passer cette étape : les rapports laisseront alors le nom et le titre de « Préparé "
                "par » en blanc, à remplir à la main. Le profil se remplit plus tard dans Édition › Profil…"))
            self.bouton_annuler.setText(self.tr("Plus &tard"))
        else:
            self.setWindowTitle(self.tr("Votre profil"))
            self.explication.setText(self.tr(
                "Votre nom et votre titre paraissent sous « Préparé par » dans le bloc d'approbation de chaque "
                "rapport, votre ministère en tête des rapports, et votre nom comme auteur des évaluations, "
                "séances et stratégies que vous créez. Les dossiers déjà créés gardent leur auteur."))
            self.note.setText(self.tr(
                "Sans nom, les rapports laissent le nom de « Préparé par » en blanc, à remplir à la main. Le "
                "tampon d'une signature numérique porte toujours le nom du certificat."))
            self.bouton_annuler.setText(self.tr("Annuler"))
        self.bouton_enregistrer.setText(self.tr("&Enregistrer"))

    def valeurs(self) -> dict[str, str]:
        return {champ: saisie.text() for champ, saisie in self.champs.items()}

    def enregistrer(self) -> bool:
        """Valide et écrit le profil; un refus est dit sous les champs (le champ fautif reçoit le
        curseur) et rien n'est écrit."""
        try:
            ecrit = profils.enregistrer(profils.Profil(**self.valeurs()))
        except profils.ProfilInvalide as exc:
            self._dire(exc.texte(self.langue))
            self.champs[exc.champ].setFocus()
            self.champs[exc.champ].selectAll()
            return False
        except profils.ProfilNonEnregistre as exc:
            self._dire(exc.texte(self.langue))
            return False
        for champ, saisie in self.champs.items():
            saisie.setText(getattr(ecrit, champ))
        self.profil_enregistre.emit(ecrit)
        self.accept()
        return True

    def _dire(self, texte: str) -> None:
        self.message.setText(texte)
        self.message.show()

    def _noter_premier_lancement(self) -> None:
        if self.premier_lancement:
            profils.marquer_demande()
