"""Approuver une évaluation, une séance d'examen ou une version de la stratégie : signée avec le
certificat de l'approbateur (un fichier PKCS#12 et son mot de passe, demandé à chaque fois et
jamais gardé) — elle voyage alors approuvée vers les autres postes —, ou sans signature, au nom
d'une personne ou d'un comité — approuvée sur ce poste seulement.

Le dialogue ne fait qu'ouvrir le certificat (``rapports.certificats.charger_p12``) : c'est la
fenêtre qui l'a ouvert qui appelle le cas d'utilisation avec :attr:`identite` ou :attr:`par`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.interface.textes import Retraduisible


class DialogueApprobation(Retraduisible, QDialog):
    def __init__(self, langue: str, sujet: str, parent=None, *, signature_seulement: bool = False,
                 par: str = "", invite_par: str | None = None):
        super().__init__(parent)
        self.setObjectName("dialogueApprobation")
        self.langue = langue
        self.sujet = sujet
        self.signature_seulement = signature_seulement
        self.invite_par = invite_par
        self.identite = None
        self.par = ""
        self.erreur = ""
        pile = QVBoxLayout(self)
        self.explication = QLabel(self)
        self.explication.setWordWrap(True)
        pile.addWidget(self.explication)

        self.choix_signee = QRadioButton(self)
        self.choix_signee.setObjectName("approbationSignee")
        self.choix_signee.setChecked(True)
        pile.addWidget(self.choix_signee)
        self.bloc_signee = QWidget(self)
        forme = QFormLayout(self.bloc_signee)
        forme.setContentsMargins(24, 0, 0, 0)
        self.certificat = QLineEdit(self.bloc_signee)
        self.certificat.setObjectName("certificatApprobation")
        self.bouton_certificat = QPushButton(self.bloc_signee)
        self.bouton_certificat.setAutoDefault(False)
        ligne = QHBoxLayout()
        ligne.addWidget(self.certificat, 1)
        ligne.addWidget(self.bouton_certificat)
        self.etiquette_certificat = QLabel(self.bloc_signee)
        self.etiquette_certificat.setBuddy(self.certificat)
        forme.addRow(self.etiquette_certificat, ligne)
        self.mot_de_passe = QLineEdit(self.bloc_signee)
        self.mot_de_passe.setObjectName("motDePasseApprobation")
        self.mot_de_passe.setEchoMode(QLineEdit.EchoMode.Password)
        self.etiquette_mot_de_passe = QLabel(self.bloc_signee)
        self.etiquette_mot_de_passe.setBuddy(self.mot_de_passe)
        forme.addRow(self.etiquette_mot_de_passe, self.mot_de_passe)
        pile.addWidget(self.bloc_signee)

        self.choix_sans = QRadioButton(self)
        self.choix_sans.setObjectName("approbationSansSignature")
        pile.addWidget(self.choix_sans)
        self.bloc_sans = QWidget(self)
        forme = QFormLayout(self.bloc_sans)
        forme.setContentsMargins(24, 0, 0, 0)
        self.nom = QLineEdit(self.bloc_sans)
        self.nom.setObjectName("nomApprobateur")
        self.nom.setText(par)
        self.etiquette_nom = QLabel(self.bloc_sans)
        self.etiquette_nom.setBuddy(self.nom)
        forme.addRow(self.etiquette_nom, self.nom)
        pile.addWidget(self.bloc_sans)
        if signature_seulement:
            self.choix_sans.hide()
            self.bloc_sans.hide()

        self.message = QLabel(self)
        self.message.setObjectName("messageApprobation")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c;")
        pile.addWidget(self.message)
        boutons = QHBoxLayout()
        boutons.addStretch(1)
        self.bouton_approuver = QPushButton(self)
        self.bouton_approuver.setObjectName("boutonConfirmerApprobation")
        self.bouton_approuver.setDefault(True)
        self.bouton_annuler = QPushButton(self)
        self.bouton_annuler.setAutoDefault(False)
        boutons.addWidget(self.bouton_approuver)
        boutons.addWidget(self.bouton_annuler)
        pile.addLayout(boutons)

        self.choix_signee.toggled.connect(self._actualiser)
        self.bouton_certificat.clicked.connect(self._choisir_certificat)
        self.bouton_approuver.clicked.connect(self.accepter)
        self.bouton_annuler.clicked.connect(self.reject)
        self.setMinimumWidth(640)
        self.retraduire()
        self._actualiser()

    def _actualiser(self, *_args) -> None:
        signee = self.choix_signee.isChecked()
        self.bloc_signee.setEnabled(signee)
        self.bloc_sans.setEnabled(not signee)

    def _choisir_certificat(self) -> None:
        nom, _ = QFileDialog.getOpenFileName(self, self.tr("Certificat de l'approbateur"), str(Path.home()),
                                             self.tr("Certificats PKCS#12 (*.p12 *.pfx)"))
        if nom:
            self.certificat.setText(nom)

    def _erreur(self, texte: str) -> None:
        self.erreur = texte
        self.message.setText(texte)

    def accepter(self) -> bool:
        """Ouvre le certificat (ou lit le nom) et ferme le dialogue; un refus reste affiché."""
        from gesserv_bureau.rapports import certificats

        self.identite, self.par = None, ""
        if self.choix_signee.isChecked():
            if not self.certificat.text().strip():
                self._erreur(self.tr("Choisissez le certificat de l'approbateur (fichier .p12)."))
                return False
            mot_de_passe = self.mot_de_passe.text()
            self.mot_de_passe.clear()   # jamais gardé, même dans le champ
            try:
                identite = certificats.charger_p12(Path(self.certificat.text().strip()), mot_de_passe)
            except certificats.ErreurSignature as exc:
                self._erreur(exc.texte(self.langue))
                return False
            finally:
                del mot_de_passe
            self.identite = identite
        else:
            if not self.nom.text().strip():
                self._erreur(self.tr("Indiquez qui approuve."))
                return False
            self.par = self.nom.text().strip()
        self.accept()
        return True

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Approuver « %1 »").replace("%1", self.sujet))
        self.explication.setText(self.tr(
            "Une approbation ne se défait pas : ce qui est approuvé ne se modifie plus. Signée avec le "
            "certificat de l'approbateur, elle se vérifie sur les autres postes; sans signature, elle ne vaut "
            "que sur ce poste.") if not self.signature_seulement else self.tr(
            "L'approbation a été donnée sans signature : signez-la avec le certificat de l'approbateur pour "
            "qu'elle arrive approuvée sur les autres postes."))
        self.choix_signee.setText(self.tr("&Signer l'approbation avec le certificat de l'approbateur (recommandé)"))
        self.etiquette_certificat.setText(self.tr("&Certificat (.p12) :"))
        self.etiquette_mot_de_passe.setText(self.tr("Mot de &passe :"))
        self.bouton_certificat.setText(self.tr("Choisir…"))
        self.choix_sans.setText(self.tr("Approuver sans signature (valable sur ce &poste seulement)"))
        self.etiquette_nom.setText(self.invite_par or self.tr("&Nom et titre de l'approbateur :"))
        self.bouton_approuver.setText(self.tr("&Signer") if self.signature_seulement else self.tr("&Approuver"))
        self.bouton_annuler.setText(self.tr("Annuler"))
