"""Emporter hors ligne (mode ministère) : l'adresse du répertoire ministériel, le mot de passe
s'il en faut un (jamais gardé), la nouvelle base à créer. Le travail est fait par ``faire``
(``adresse, mot_de_passe, fichier`` -> un message d'erreur, ou None si c'est fait) : une erreur
s'affiche dans le dialogue, qui reste ouvert avec tout ce qui a été tapé."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.stockage.serveur.adresse import est_serveur


class DialogueEmport(Retraduisible, QDialog):
    def __init__(self, faire: Callable[[str, str | None, Path], str | None], dossier: Path,
                 adresse: str = "", langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueEmport")
        self.langue = langue
        self._faire = faire
        pile = QVBoxLayout(self)
        self.invite = QLabel(self)
        self.invite.setWordWrap(True)
        pile.addWidget(self.invite)
        formulaire = QFormLayout()
        self.adresse = QLineEdit(adresse, self)
        self.adresse.setObjectName("adresseServeur")
        self.mot_de_passe = QLineEdit(self)
        self.mot_de_passe.setObjectName("motDePasse")
        self.mot_de_passe.setEchoMode(QLineEdit.EchoMode.Password)
        self.fichier = QLineEdit(str(Path(dossier) / "hors-ligne.sqlite"), self)
        self.fichier.setObjectName("fichierEmporte")
        self.parcourir = QPushButton(self)
        ligne_fichier = QHBoxLayout()
        ligne_fichier.addWidget(self.fichier, 1)
        ligne_fichier.addWidget(self.parcourir)
        self.etiquettes = [QLabel(self) for _ in range(3)]
        for etiquette, champ in zip(self.etiquettes, (self.adresse, self.mot_de_passe, self.fichier)):
            etiquette.setBuddy(champ)
        formulaire.addRow(self.etiquettes[0], self.adresse)
        formulaire.addRow(self.etiquettes[1], self.mot_de_passe)
        formulaire.addRow(self.etiquettes[2], ligne_fichier)
        pile.addLayout(formulaire)
        self.message = QLabel(self)
        self.message.setObjectName("messageEmport")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c;")
        self.message.hide()
        pile.addWidget(self.message)
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.boutons.accepted.connect(self.emporter)
        self.boutons.rejected.connect(self.reject)
        pile.addWidget(self.boutons)
        self.parcourir.clicked.connect(self._choisir)
        self.adresse.textChanged.connect(self._actualiser)
        self.fichier.textChanged.connect(self._actualiser)
        self.resize(720, 300)
        tout_en_texte_brut(self)
        self.retraduire()
        self._actualiser()

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Emporter hors ligne"))
        self.invite.setText(self.tr(
            "Copier, du répertoire ministériel, les services de vos secteurs, leurs évaluations, les séances et les "
            "stratégies dans une nouvelle base de ce poste. Vous y travaillez sans réseau, puis Fichier › Renvoyer "
            "au serveur ministériel fusionne vos changements avec ceux des autres, sans rien perdre."))
        self.etiquettes[0].setText(self.tr("&Adresse du répertoire ministériel :"))
        self.etiquettes[1].setText(self.tr("&Mot de passe :"))
        self.etiquettes[2].setText(self.tr("&Base à créer :"))
        self.adresse.setPlaceholderText(self.tr("postgresql://personne@serveur/base, ou service=NOM"))
        self.mot_de_passe.setPlaceholderText(self.tr("seulement si le serveur en demande un; jamais gardé"))
        self.parcourir.setText(self.tr("&Parcourir…"))
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Emporter"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

    def _choisir(self) -> None:
        nom, _ = QFileDialog.getSaveFileName(self, self.tr("Base à créer"), self.fichier.text(),
                                             self.tr("Répertoires gesserv-bureau (*.sqlite *.db)"))
        if nom:
            self.fichier.setText(nom)

    def _actualiser(self, *_args) -> None:
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.adresse.text().strip() and self.fichier.text().strip()))

    def montrer_erreur(self, texte: str) -> None:
        self.message.setText(texte)
        self.message.show()

    def chemin(self) -> Path:
        return Path(self.fichier.text().strip()).expanduser()

    def emporter(self) -> None:
        adresse = self.adresse.text().strip()
        if not est_serveur(adresse):
            self.montrer_erreur(self.tr("« %1 » n'est pas l'adresse d'un serveur PostgreSQL : écrivez "
                                        "postgresql://personne@serveur/base, ou service=NOM.").replace("%1", adresse))
            self.adresse.setFocus()
            return
        if self.chemin().exists():
            self.montrer_erreur(self.tr("Le fichier %1 existe déjà : la base emportée est un nouveau fichier. "
                                        "Choisissez un autre nom.").replace("%1", str(self.chemin())))
            self.fichier.setFocus()
            return
        erreur = self._faire(adresse, self.mot_de_passe.text() or None, self.chemin())
        if erreur:
            self.montrer_erreur(erreur)
            return
        self.mot_de_passe.clear()
        self.accept()
