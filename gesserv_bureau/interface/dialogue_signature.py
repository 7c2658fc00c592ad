"""Signer un rapport PDF (ou contresigner un rapport déjà signé) avec un certificat PKCS#12,
et vérifier les signatures d'un PDF. Le mot de passe est demandé à chaque fois et jamais
gardé; la signature et la vérification tournent hors du fil de l'interface (pyHanko appelle
``asyncio.run``).

La signature ne remplace jamais un fichier existant sans l'avoir demandé (le nom proposé,
« -signe.pdf », peut déjà exister). La vérification se fie aux racines de confiance retenues
par l'application (``rapports.confiance``), importées une fois dans cette même fenêtre; sans
elles, un document intact est dit « intact, signataire non vérifié », jamais valide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from gesserv_bureau.interface import taches
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.referentiel import messages_systeme


VERT, ORANGE, ROUGE = "#1e5e20", "#7a4a00", "#8a1c1c"
STYLE_VERDICT = "font-size: 12pt; font-weight: 600;"


def _fichier_ligne(parent, objet: str) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    champ = QLineEdit(parent)
    champ.setObjectName(objet)
    bouton = QPushButton(parent)
    ligne = QHBoxLayout()
    ligne.addWidget(champ, 1)
    ligne.addWidget(bouton)
    return champ, bouton, ligne


class DialogueSignature(Retraduisible, QDialog):
    def __init__(self, base: Base | None, langue: str, parent=None, source: Path | None = None):
        super().__init__(parent)
        self.setObjectName("dialogueSignature")
        self.base = base
        self.langue = langue
        self.resultat: Path | None = None
        self.erreur = ""
        self._en_cours = False
        self._remplacement_confirme: Path | None = None   # confirmé par la boîte « Enregistrer sous »
        pile = QVBoxLayout(self)
        forme = QFormLayout()
        self.source, self.bouton_source, ligne = _fichier_ligne(self, "sourcePdf")
        self.etiquette_source = QLabel(self)
        self.etiquette_source.setBuddy(self.source)
        forme.addRow(self.etiquette_source, ligne)
        self.champ = QComboBox(self)
        self.champ.setObjectName("champSignature")
        self.etiquette_champ = QLabel(self)
        self.etiquette_champ.setBuddy(self.champ)
        forme.addRow(self.etiquette_champ, self.champ)
        self.origine = QComboBox(self)   # la clé : un fichier .p12, ou une carte (PKCS#11)
        self.origine.setObjectName("origineCle")
        self.origine.addItems(["", ""])
        self.etiquette_origine = QLabel(self)
        self.etiquette_origine.setBuddy(self.origine)
        forme.addRow(self.etiquette_origine, self.origine)
        self.certificat, self.bouton_certificat, ligne = _fichier_ligne(self, "certificatP12")
        self.etiquette_certificat = QLabel(self)
        self.etiquette_certificat.setBuddy(self.certificat)
        forme.addRow(self.etiquette_certificat, ligne)
        self.mot_de_passe = QLineEdit(self)
        self.mot_de_passe.setObjectName("motDePasse")
        self.mot_de_passe.setEchoMode(QLineEdit.EchoMode.Password)
        self.etiquette_mot_de_passe = QLabel(self)
        self.etiquette_mot_de_passe.setBuddy(self.mot_de_passe)
        forme.addRow(self.etiquette_mot_de_passe, self.mot_de_passe)
        from gesserv_bureau.interface.carte_signature import ChoixCarte

        self.carte = ChoixCarte(langue, self)
        forme.addRow(self.carte)
        self._forme = forme
        self.raison = QLineEdit(self)
        self.raison.setObjectName("raison")
        self.etiquette_raison = QLabel(self)
        self.etiquette_raison.setBuddy(self.raison)
        forme.addRow(self.etiquette_raison, self.raison)
        self.lieu = QLineEdit(self)
        self.lieu.setObjectName("lieu")
        self.etiquette_lieu = QLabel(self)
        self.etiquette_lieu.setBuddy(self.lieu)
        forme.addRow(self.etiquette_lieu, self.lieu)
        self.sortie, self.bouton_sortie, ligne = _fichier_ligne(self, "sortiePdf")
        self.etiquette_sortie = QLabel(self)
        self.etiquette_sortie.setBuddy(self.sortie)
        forme.addRow(self.etiquette_sortie, ligne)
        pile.addLayout(forme)
        self.etat = QLabel(self)
        self.etat.setObjectName("etatSignature")
        self.etat.setWordWrap(True)
        pile.addWidget(self.etat)
        boutons = QHBoxLayout()
        self.bouton_signer = QPushButton(self)
        self.bouton_signer.setObjectName("boutonSigner")
        self.bouton_signer.setDefault(True)
        self.bouton_fermer = QPushButton(self)
        boutons.addStretch(1)
        boutons.addWidget(self.bouton_signer)
        boutons.addWidget(self.bouton_fermer)
        pile.addLayout(boutons)
        self.bouton_source.clicked.connect(self._choisir_source)
        self.bouton_certificat.clicked.connect(self._choisir_certificat)
        self.bouton_sortie.clicked.connect(self._choisir_sortie)
        self.source.editingFinished.connect(lambda: self.charger_source(Path(self.source.text())))
        self.bouton_signer.clicked.connect(lambda: self.signer())
        self.bouton_fermer.clicked.connect(self.close)
        self.origine.currentIndexChanged.connect(lambda _i: self._montrer_origine())
        self.resize(760, 390)
        tout_en_texte_brut(self)
        self.retraduire()
        self._montrer_origine()
        if source is not None:
            self.charger_source(Path(source))

    def par_carte(self) -> bool:
        return self.origine.currentIndex() == 1

    def _montrer_origine(self) -> None:
        """Le fichier .p12 et son mot de passe, ou la carte : bibliothèque, carte, clé et NIP."""
        carte = self.par_carte()
        for etiquette in (self.etiquette_certificat, self.etiquette_mot_de_passe):
            self._forme.setRowVisible(etiquette, not carte)
        self._forme.setRowVisible(self.carte, carte)
        if carte and self.carte.jeton.count() == 0 and self.carte.chemin_bibliotheque():
            if not self.carte.actualiser():
                self._erreur(self.carte.erreur)

    # --- fichiers -------------------------------------------------------------------------
    def _choisir_source(self) -> None:
        nom, _ = QFileDialog.getOpenFileName(self, self.tr("Rapport PDF à signer"), str(Path.home()),
                                             self.tr("Documents PDF (*.pdf)"))
        if nom:
            self.charger_source(Path(nom))

    def _choisir_certificat(self) -> None:
        nom, _ = QFileDialog.getOpenFileName(self, self.tr("Certificat de signature"), str(Path.home()),
                                             self.tr("Certificats PKCS#12 (*.p12 *.pfx)"))
        if nom:
            self.certificat.setText(nom)

    def _choisir_sortie(self) -> None:
        # la boîte du système demande elle-même avant de remplacer un fichier (sans DontConfirmOverwrite)
        nom, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le PDF signé"), self.sortie.text(),
                                             self.tr("Documents PDF (*.pdf)"))
        if nom:
            self.sortie.setText(nom)
            self._remplacement_confirme = Path(nom)

    def charger_source(self, chemin: Path) -> bool:
        """Lit le PDF et propose ses champs de signature libres (le prochain d'abord)."""
        from gesserv_bureau.rapports import signature

        self.source.setText(str(chemin))
        self.champ.clear()
        try:
            champs = signature.champs_signature(chemin.read_bytes(), fichier=chemin.name)
        except OSError as exc:
            self._erreur(self.tr("Le fichier %1 ne peut pas être lu : %2").replace("%1", str(chemin))
                         .replace("%2", messages_systeme.texte(exc, self.langue)))
            return False
        except signature.ErreurSignature as exc:
            self._erreur(exc.texte(self.langue))
            return False
        libres = [nom for nom, rempli in champs if not rempli]
        for nom in libres:
            self.champ.addItem(nom, nom)
        if not libres:
            self._erreur(self.tr("Ce PDF n'a plus de champ de signature libre : toutes les signatures prévues y sont."))
            return False
        signes = len(champs) - len(libres)
        if not self.sortie.text():
            self.sortie.setText(str(chemin.with_name(chemin.stem + ("-contresigne" if signes else "-signe") + ".pdf")))
        self.etat.setStyleSheet("")
        self.etat.setText(self.tr("Signatures déjà apposées : %1. Champ proposé : %2.").replace("%1", str(signes))
                          .replace("%2", libres[0]))
        self._actualiser()
        return True

    def _erreur(self, texte: str) -> None:
        self.erreur = texte
        self.etat.setText(texte)
        self.etat.setStyleSheet("color: #8a1c1c;")
        self._actualiser()

    def _actualiser(self) -> None:
        self.bouton_signer.setEnabled(not self._en_cours and self.champ.count() > 0)

    # --- signer ---------------------------------------------------------------------------
    def signer(self) -> None:
        """Signe dans un fil de travail; le mot de passe n'est gardé nulle part."""
        from gesserv_bureau.rapports import signature

        source, p12, sortie = Path(self.source.text()), Path(self.certificat.text()), Path(self.sortie.text())
        self.erreur = ""
        carte = self.carte.selection() if self.par_carte() else None
        if carte is not None and not (carte[1] and carte[2]):
            self.carte.actualiser()
            self._erreur(self.carte.erreur or self.tr("Choisissez la carte et la clé qui signeront."))
            return
        if carte is None and not self.certificat.text():
            self._erreur(self.tr("Choisissez votre certificat de signature (fichier .p12)."))
            return
        if not self.sortie.text() or sortie.resolve() == source.resolve():
            self._erreur(self.tr("Choisissez un autre fichier pour le PDF signé : l'original reste tel quel."))
            return
        remplacer = False
        if sortie.exists():
            if self._remplacement_confirme is None or self._remplacement_confirme.resolve() != sortie.resolve():
                reponse = QMessageBox.question(
                    self, self.tr("Remplacer le fichier ?"),
                    self.tr("Le fichier %1 existe déjà. Le remplacer par le PDF signé ?").replace("%1", str(sortie)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if reponse != QMessageBox.StandardButton.Yes:
                    self._erreur(self.tr("Le fichier %1 existe déjà : rien n'a été écrit. Choisissez un autre nom.")
                                 .replace("%1", str(sortie)))
                    return
            remplacer = True
        mot_de_passe = self.carte.prendre_nip() if carte is not None else self.mot_de_passe.text()
        self.mot_de_passe.clear()
        champ, raison = self.champ.currentData(), self.raison.text().strip() or None
        lieu = self.lieu.text().strip() or None
        self._en_cours = True
        self._actualiser()
        self.etat.setStyleSheet("")
        self.etat.setText(self.tr("Signature en cours…"))

        def travail() -> tuple[bytes, list[str], list[str]]:
            from gesserv_bureau.rapports import confiance, fichiers

            pdf = source.read_bytes()
            # refuse un document altéré; dit si les signataires précédents sont vérifiés
            existant = signature.controler_signatures_existantes(pdf, confiance.fichiers(), fichier=source.name)
            if carte is not None:
                signe = signature.signer_carte(pdf, *carte[:2], mot_de_passe, cle=carte[2], champ=champ, raison=raison,
                                               lieu=lieu, fichier=source.name)
            else:
                signe = signature.signer(pdf, p12, mot_de_passe, champ, raison, lieu=lieu, fichier=source.name)
            fichiers.ecrire(sortie, signe, remplacer=remplacer)
            return (signe, [r.signataire for r in signature.verifier(signe)],
                    [s.signataire for s in existant.non_verifiees])

        taches.lancer(self, travail, lambda r: self._signe(sortie, *r), self._echec)

    def _signe(self, sortie: Path, pdf: bytes, signataires: list[str], non_verifies: list[str] | None = None) -> None:
        self._en_cours = False
        self.resultat = sortie
        self._remplacement_confirme = None
        if self.base is not None and not self.base.lecture_seule:
            from gesserv_bureau.cas import production_rapports

            production_rapports.consigner_signature(self.base, sortie, pdf, signataires)
        texte = self.tr("PDF signé enregistré : %1. Signataires : %2.").replace("%1", str(sortie)) \
            .replace("%2", ", ".join(signataires))
        if non_verifies:
            texte += "\n" + self.tr("Attention : l'identité de %1, qui avait déjà signé, n'est pas vérifiée (aucune "
                                    "racine de confiance retenue ne la reconnaît).").replace("%1", ", ".join(non_verifies))
        self.etat.setStyleSheet(f"color: {ORANGE if non_verifies else VERT};")
        self.etat.setText(texte)
        self.champ.clear()
        self._actualiser()

    def _echec(self, exc: BaseException) -> None:
        from gesserv_bureau.rapports import signature

        self._en_cours = False
        if isinstance(exc, signature.ErreurSignature):
            self._erreur(exc.texte(self.langue))
        elif isinstance(exc, FileExistsError):
            self._erreur(self.tr("Le fichier %1 existe déjà : rien n'a été écrit. Choisissez un autre nom.")
                         .replace("%1", str(exc.filename or "")))
        elif isinstance(exc, OSError):
            self._erreur(self.tr("Le fichier n'a pas pu être lu ou écrit : %1").replace("%1", messages_systeme.texte(exc, self.langue)))
        else:
            raise exc

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Signer un rapport PDF"))
        self.etiquette_source.setText(self.tr("&Rapport PDF :"))
        self.etiquette_champ.setText(self.tr("C&hamp de signature :"))
        self.etiquette_origine.setText(self.tr("Clé &de signature :"))
        self.origine.setItemText(0, self.tr("Fichier PKCS#12"))
        self.origine.setItemText(1, self.tr("Carte ou jeton (PKCS#11)"))
        self.etiquette_certificat.setText(self.tr("&Certificat (.p12) :"))
        self.etiquette_mot_de_passe.setText(self.tr("Mot de &passe :"))
        self.etiquette_raison.setText(self.tr("Rai&son (facultative) :"))
        self.etiquette_lieu.setText(self.tr("&Lieu (facultatif) :"))
        self.etiquette_sortie.setText(self.tr("PDF signé à é&crire :"))
        for bouton in (self.bouton_source, self.bouton_certificat, self.bouton_sortie):
            bouton.setText(self.tr("Choisir…"))
        self.bouton_signer.setText(self.tr("&Signer"))
        self.bouton_fermer.setText(self.tr("Fermer"))


class DialogueVerification(Retraduisible, QDialog):
    """Qui a signé, quand, intact ou non, de confiance ou non, changé depuis ou non."""

    def __init__(self, langue: str, parent=None, fichier: Path | None = None):
        super().__init__(parent)
        self.setObjectName("dialogueVerification")
        self.langue = langue
        self.constat = None
        self.erreur = ""
        pile = QVBoxLayout(self)
        forme = QFormLayout()
        self.fichier, self.bouton_fichier, ligne = _fichier_ligne(self, "fichierPdf")
        self.etiquette_fichier = QLabel(self)
        self.etiquette_fichier.setBuddy(self.fichier)
        forme.addRow(self.etiquette_fichier, ligne)
        self.confiance, self.bouton_confiance, ligne = _fichier_ligne(self, "confiancePem")
        self.etiquette_confiance = QLabel(self)
        self.etiquette_confiance.setBuddy(self.confiance)
        forme.addRow(self.etiquette_confiance, ligne)
        self.crl, self.bouton_crl, ligne = _fichier_ligne(self, "listeRevocation")
        self.etiquette_crl = QLabel(self)
        self.etiquette_crl.setBuddy(self.crl)
        forme.addRow(self.etiquette_crl, ligne)
        pile.addLayout(forme)
        # les racines de confiance retenues par l'application : importées une fois
        self.groupe_racines = QGroupBox(self)
        boite = QVBoxLayout(self.groupe_racines)
        ligne_racines = QHBoxLayout()
        self.liste_racines = QListWidget(self.groupe_racines)
        self.liste_racines.setObjectName("listeRacines")
        self.liste_racines.setMaximumHeight(84)
        self.liste_racines.setWordWrap(True)     # le nom et l'empreinte lisibles en entier, sans défilement
        self.liste_racines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ligne_racines.addWidget(self.liste_racines, 1)
        gestes = QVBoxLayout()
        self.bouton_importer_racine = QPushButton(self.groupe_racines)
        self.bouton_importer_racine.setObjectName("boutonImporterRacine")
        self.bouton_retirer_racine = QPushButton(self.groupe_racines)
        self.bouton_retirer_racine.setObjectName("boutonRetirerRacine")
        gestes.addWidget(self.bouton_importer_racine)
        gestes.addWidget(self.bouton_retirer_racine)
        gestes.addStretch(1)
        ligne_racines.addLayout(gestes)
        boite.addLayout(ligne_racines)
        self.aucune_racine = QLabel(self.groupe_racines)
        self.aucune_racine.setObjectName("aucuneRacine")
        self.aucune_racine.setWordWrap(True)
        self.aucune_racine.setStyleSheet(f"color: {ORANGE};")
        boite.addWidget(self.aucune_racine)
        self.etat_racines = QLabel(self.groupe_racines)
        self.etat_racines.setObjectName("etatRacines")
        self.etat_racines.setWordWrap(True)
        boite.addWidget(self.etat_racines)
        pile.addWidget(self.groupe_racines)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet(STYLE_VERDICT)
        pile.addWidget(self.verdict)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("detailsVerification")
        self.details.setReadOnly(True)
        pile.addWidget(self.details, 1)
        boutons = QHBoxLayout()
        self.bouton_verifier = QPushButton(self)
        self.bouton_verifier.setObjectName("boutonVerifier")
        self.bouton_verifier.setDefault(True)
        self.bouton_fermer = QPushButton(self)
        boutons.addStretch(1)
        boutons.addWidget(self.bouton_verifier)
        boutons.addWidget(self.bouton_fermer)
        pile.addLayout(boutons)
        self.bouton_fichier.clicked.connect(self._choisir_fichier)
        self.bouton_confiance.clicked.connect(self._choisir_confiance)
        self.bouton_crl.clicked.connect(self._choisir_crl)
        self.bouton_importer_racine.clicked.connect(lambda: self.importer_racine())
        self.bouton_retirer_racine.clicked.connect(lambda: self.retirer_racine())
        self.liste_racines.currentRowChanged.connect(lambda _r: self._actualiser_racines_boutons())
        self.bouton_verifier.clicked.connect(lambda: self.verifier())
        self.bouton_fermer.clicked.connect(self.close)
        self.resize(880, 640)
        tout_en_texte_brut(self)
        self.retraduire()
        if fichier is not None:
            self.fichier.setText(str(fichier))

    def _choisir_fichier(self) -> None:
        nom, _ = QFileDialog.getOpenFileName(self, self.tr("PDF à vérifier"), str(Path.home()),
                                             self.tr("Documents PDF (*.pdf)"))
        if nom:
            self.fichier.setText(nom)

    def _choisir_crl(self) -> None:
        noms, _ = QFileDialog.getOpenFileNames(self, self.tr("Listes de révocation"), str(Path.home()),
                                               self.tr("Listes de révocation (*.crl *.pem *.der)"))
        if noms:
            self.crl.setText(";".join(noms))

    def _choisir_confiance(self) -> None:
        noms, _ = QFileDialog.getOpenFileNames(self, self.tr("Certificats de confiance"), str(Path.home()),
                                               self.tr("Certificats (*.pem *.crt *.cer)"))
        if noms:
            self.confiance.setText(";".join(noms))

    # --- les racines de confiance retenues ----------------------------------------------
    def actualiser_racines(self) -> None:
        from gesserv_bureau.rapports import certificats, confiance, signature

        self.liste_racines.clear()
        for _fichier, cert in confiance.entrees():
            texte = self.tr("« %1 » — empreinte SHA-256 %2 (valide jusqu'au %3)").replace(
                "%1", certificats.nom_commun(cert)).replace(
                "%2", signature.empreinte_courte(confiance.empreinte(cert))).replace(
                "%3", cert.not_valid_after_utc.date().isoformat())
            element = QListWidgetItem(texte, self.liste_racines)
            element.setData(Qt.ItemDataRole.UserRole, confiance.empreinte(cert))
            element.setToolTip(confiance.empreinte(cert))
        aucune = self.liste_racines.count() == 0
        self.aucune_racine.setVisible(aucune)
        self.liste_racines.setVisible(not aucune)
        self.bouton_retirer_racine.setVisible(not aucune)
        self._actualiser_racines_boutons()

    def _actualiser_racines_boutons(self) -> None:
        element = self.liste_racines.currentItem()
        self.bouton_retirer_racine.setEnabled(
            element is not None and element.data(Qt.ItemDataRole.UserRole) is not None)

    def importer_racine(self, chemin: Path | None = None) -> bool:
        """Retient le certificat public d'une racine (PEM ou DER), pour toutes les vérifications
        suivantes; dit son empreinte, à comparer à celle que publie le ministère."""
        from gesserv_bureau.cas import certificats as cas_certificats
        from gesserv_bureau.rapports import certificats

        if chemin is None:
            nom, _ = QFileDialog.getOpenFileName(self, self.tr("Importer une racine de confiance"), str(Path.home()),
                                                 self.tr("Certificats (*.pem *.crt *.cer *.der)"))
            if not nom:
                return False
            chemin = Path(nom)
        try:
            ajouts = cas_certificats.ajouter_racines(chemin)
        except certificats.ErreurSignature as exc:
            self.etat_racines.setStyleSheet(f"color: {ROUGE};")
            self.etat_racines.setText(exc.texte(self.langue))
            return False
        self.etat_racines.setStyleSheet("")
        self.etat_racines.setText("\n".join(cas_certificats.textes_ajout(ajouts, self.langue)))
        self.actualiser_racines()
        return True

    def retirer_racine(self) -> bool:
        from gesserv_bureau.rapports import confiance

        element = self.liste_racines.currentItem()
        empreinte = element.data(Qt.ItemDataRole.UserRole) if element is not None else None
        if not empreinte:
            return False
        nom = element.text()
        retiree = confiance.retirer(empreinte)
        self.etat_racines.setStyleSheet("")
        if retiree:
            self.etat_racines.setText(self.tr("Racine oubliée : %1").replace("%1", nom))
        self.actualiser_racines()
        return retiree

    # --- vérifier -------------------------------------------------------------------------
    def verifier(self) -> None:
        from gesserv_bureau.rapports import confiance, signature

        chemin = Path(self.fichier.text())
        racines = [*confiance.fichiers(), *(Path(r) for r in self.confiance.text().split(";") if r.strip())]
        self.bouton_verifier.setEnabled(False)
        self.verdict.setStyleSheet(STYLE_VERDICT)
        self.verdict.setText(self.tr("Vérification en cours…"))

        listes = [Path(c) for c in self.crl.text().split(";") if c.strip()]

        def travail():
            from gesserv_bureau.rapports import revocation

            crls = [revocation.charger(c) for c in listes]   # jamais rien cherché sur le réseau
            return signature.verifier_document(chemin.read_bytes(), racines, fichier=chemin.name, crls=crls)

        taches.lancer(self, travail, self._verifie, self._echec)

    def _verifie(self, constat) -> None:
        from gesserv_bureau.rapports import signature

        self.constat = constat
        self.bouton_verifier.setEnabled(True)
        if constat.statut == signature.STATUT_VALIDE:
            texte, couleur = self.tr("✔ Valide : chaque signature est intacte et de confiance, et le document n'a "
                                     "pas changé depuis."), VERT
        elif constat.statut == signature.STATUT_NON_VERIFIE and not constat.confiance_exigee:
            texte, couleur = self.tr("⚠ Intact, signataire non vérifié : le document n'a pas changé depuis sa "
                                     "signature, mais aucune racine de confiance n'est retenue, donc rien ne "
                                     "prouve qui l'a signé. Importez la racine du ministère ci-dessus."), ORANGE
        elif constat.statut == signature.STATUT_NON_VERIFIE:
            texte, couleur = self.tr("⚠ Intact, signataire non vérifié : le document n'a pas changé depuis sa "
                                     "signature, mais aucune racine de confiance ne reconnaît %1 : rien ne "
                                     "prouve qui l'a signé.").replace(
                "%1", ", ".join(s.signataire for s in constat.non_verifiees)), ORANGE
        else:
            texte, couleur = self.tr("✘ Vérification en échec : lisez le détail ci-dessous."), ROUGE
        self.verdict.setText(texte)
        self.verdict.setStyleSheet(f"{STYLE_VERDICT} color: {couleur};")
        self.details.setPlainText("\n".join(constat.lignes(self.langue, Path(self.fichier.text()).name)))

    def _echec(self, exc: BaseException) -> None:
        from gesserv_bureau.rapports import signature

        self.bouton_verifier.setEnabled(True)
        if isinstance(exc, signature.ErreurSignature):
            self.erreur = exc.texte(self.langue)
        elif isinstance(exc, OSError):
            self.erreur = self.tr("Le fichier ne peut pas être lu : %1").replace("%1", messages_systeme.texte(exc, self.langue))
        else:
            raise exc
        self.verdict.setText(self.erreur)
        self.verdict.setStyleSheet(f"{STYLE_VERDICT} color: {ROUGE};")

    def retraduire(self) -> None:
        self.details.setAccessibleName(self.tr("Détails de la vérification"))
        self.setWindowTitle(self.tr("Vérifier les signatures d'un PDF"))
        self.etiquette_fichier.setText(self.tr("&PDF :"))
        self.etiquette_confiance.setText(self.tr("Autres certificats de &confiance (cette fois seulement) :"))
        self.etiquette_crl.setText(self.tr("&Liste de révocation (CRL, facultative) :"))
        for bouton in (self.bouton_fichier, self.bouton_confiance, self.bouton_crl):
            bouton.setText(self.tr("Choisir…"))
        self.groupe_racines.setTitle(self.tr("Racines de confiance retenues (importées une fois, pour toutes les "
                                             "vérifications)"))
        self.bouton_importer_racine.setText(self.tr("&Importer une racine de confiance…"))
        self.bouton_retirer_racine.setText(self.tr("&Retirer"))
        self.aucune_racine.setText(self.tr("Aucune racine de confiance retenue : sans elle, aucun signataire ne peut "
                                           "être vérifié. Importez le certificat public (PEM) de la racine du "
                                           "ministère."))
        self.actualiser_racines()
        self.bouton_verifier.setText(self.tr("&Vérifier"))
        self.bouton_fermer.setText(self.tr("Fermer"))
