"""Un rapport avant de l'exporter : la langue (français, anglais, bilingue), le nom du
ministère pour l'en-tête, l'aperçu page par page (QtPdf) du PDF balisé, puis l'enregistrer en
PDF, en Word (modifiable) ou, pour la stratégie et sa mise à jour, en PowerPoint, l'imprimer
(boîte d'impression du système) ou le signer. La production tourne hors du fil de l'interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from gesserv_bureau.cas import production_rapports
from gesserv_bureau.cas import profils
from gesserv_bureau.interface import taches
from gesserv_bureau.langue import preferences
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.referentiel import messages_systeme


class DialogueRapport(Retraduisible, QDialog):
    produit_pret = Signal(object)

    def __init__(self, base: Base, type_: str, langue_interface: str, parent=None, *, cle: str | None = None,
                 exercice: str | None = None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("dialogueRapport")
        self.base = base
        self.type = type_
        self.cle = cle
        self.exercice = exercice
        self.langue_interface = langue_interface
        self.produit: production_rapports.Produit | None = None
        self.erreur = ""
        self._generation = 0
        self._ministere_rendu: str | None = None   # le ministère du dernier rendu demandé
        pile = QVBoxLayout(self)
        options = QHBoxLayout()
        self.etiquette_langue = QLabel(self)
        options.addWidget(self.etiquette_langue)
        self.groupe_langue = QButtonGroup(self)
        self.langues: dict[str, QRadioButton] = {}
        for code in ("fr", "en", "bilingue"):
            bouton = QRadioButton(self)
            bouton.setObjectName(f"langue_{code}")
            self.groupe_langue.addButton(bouton)
            self.langues[code] = bouton
            options.addWidget(bouton)
        self.langues["en" if langue_interface == "en" else "fr"].setChecked(True)
        options.addSpacing(16)
        self.etiquette_ministere = QLabel(self)
        self.ministere = QLineEdit(self)
        self.ministere.setObjectName("ministere")
        # le ministère du profil (Édition › Profil…); à défaut, celui tapé ici la dernière fois
        self.ministere.setText(profils.lire().ministere)
        self.etiquette_ministere.setBuddy(self.ministere)
        options.addWidget(self.etiquette_ministere)
        options.addWidget(self.ministere, 1)
        pile.addLayout(options)
        self.etat = QLabel(self)
        self.etat.setObjectName("etatRapport")
        self.etat.setWordWrap(True)
        pile.addWidget(self.etat)
        self.document = QPdfDocument(self)
        self.vue = QPdfView(self)
        self.vue.setObjectName("apercuRapport")
        self.vue.setPageMode(QPdfView.PageMode.MultiPage)
        self.vue.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.vue.setDocument(self.document)
        pile.addWidget(self.vue, 1)
        boutons = QHBoxLayout()
        self.bouton_enregistrer = QPushButton(self)
        self.bouton_enregistrer.setObjectName("boutonEnregistrerPdf")
        self.bouton_imprimer = QPushButton(self)
        self.bouton_imprimer.setObjectName("boutonImprimer")
        self.bouton_word = QPushButton(self)
        self.bouton_word.setObjectName("boutonEnregistrerWord")
        self.bouton_powerpoint = QPushButton(self)
        self.bouton_powerpoint.setObjectName("boutonEnregistrerPowerPoint")
        from gesserv_bureau.rapports.formats import formats_pour

        self.formats = [f.code for f in formats_pour(type_)]
        self.bouton_powerpoint.setVisible("pptx" in self.formats)
        self.dernier_export: Path | None = None
        self.bouton_signer = QPushButton(self)
        self.bouton_signer.setObjectName("boutonSignerRapport")
        self.dialogue_signature = None
        self.bouton_fermer = QPushButton(self)
        boutons.addWidget(self.bouton_enregistrer)
        boutons.addWidget(self.bouton_word)
        boutons.addWidget(self.bouton_powerpoint)
        boutons.addWidget(self.bouton_imprimer)
        boutons.addWidget(self.bouton_signer)
        boutons.addStretch(1)
        boutons.addWidget(self.bouton_fermer)
        pile.addLayout(boutons)
        self._tampon: QBuffer | None = None
        self.groupe_langue.buttonToggled.connect(lambda _b, coche: coche and self.actualiser())
        self.ministere.editingFinished.connect(self._ministere_change)
        self.bouton_enregistrer.clicked.connect(lambda: self.enregistrer())
        self.bouton_imprimer.clicked.connect(lambda: self.imprimer())
        self.bouton_word.clicked.connect(lambda: self.enregistrer_format("docx"))
        self.bouton_powerpoint.clicked.connect(lambda: self.enregistrer_format("pptx"))
        self.bouton_signer.clicked.connect(lambda: self.signer())
        self.bouton_fermer.clicked.connect(self.close)
        self.resize(980, 860)
        tout_en_texte_brut(self)
        self.retraduire()
        self.actualiser()

    # --- production -----------------------------------------------------------------------
    def langue(self) -> str:
        return next(code for code, b in self.langues.items() if b.isChecked())

    def _ministere_change(self) -> None:
        """Le ministère changé, le rapport est refait; quitter le champ sans rien y changer (Tab
        pour aller aux boutons) ne refait rien — les boutons resteraient grisés le temps du rendu."""
        ministere = self.ministere.text().strip()
        if ministere == self._ministere_rendu:
            return
        preferences().setValue("rapports/ministere", ministere)
        self.actualiser()

    def actualiser(self) -> None:
        """Produit le rapport hors du fil de l'interface, puis l'affiche."""
        self._generation += 1
        generation = self._generation
        self.etat.setText(self.tr("Préparation du rapport…"))
        self._actualiser_boutons(False)
        type_, langue, cle, exercice, ministere = self.type, self.langue(), self.cle, self.exercice, self.ministere.text().strip()
        self._ministere_rendu = ministere
        chemin = self.base.chemin

        utilisateur = self.base.utilisateur
        profil = profils.lire()   # qui prépare le rapport : lu ici, dans le fil de l'interface

        def produire():
            return production_rapports.produire_fichier(chemin, utilisateur, type_, langue, exercice=exercice, cle=cle,
                                        ministere=ministere, profil=profil)

        if chemin is None:   # une base en mémoire : ici même
            try:
                self._pret(generation, production_rapports.produire(self.base, type_, langue, exercice=exercice, cle=cle,
                                                    ministere=ministere, profil=profil))
            except Exception as exc:  # noqa: BLE001 — montré à l'utilisateur
                self._echec(generation, exc)
            return
        taches.lancer(self, produire, lambda produit: self._pret(generation, produit),
                      lambda exc: self._echec(generation, exc))

    def _pret(self, generation: int, produit: production_rapports.Produit) -> None:
        if generation != self._generation:
            return   # une langue choisie entre-temps : le suivant arrive
        self.produit = produit
        self._tampon = QBuffer(self)
        self._tampon.setData(QByteArray(produit.pdf))
        self._tampon.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._tampon)
        etat = self.tr("Pages : %1 — empreinte SHA-256 %2…").replace("%1", str(self.document.pageCount())) \
            .replace("%2", produit.sha256[:16])
        if produit.repli_ebauche:
            etat += "\n" + self.tr("Aucun élément terminé ou approuvé : le plus récent, une ébauche, est montré.")
        elif produit.ebauche:
            etat += "\n" + self.tr("Ébauche : l'élément n'est pas encore approuvé; « ÉBAUCHE » est marqué sur chaque page.")
        self.etat.setText(etat)
        self._actualiser_boutons(True)
        self.produit_pret.emit(produit)

    def _echec(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, production_rapports.RapportIntrouvable):
            self.erreur = self.tr("Ce rapport ne peut pas être produit : l'élément demandé n'existe plus.")
        else:
            self.erreur = self.tr("Le rapport n'a pas pu être produit : %1").replace("%1", str(exc))
        self.etat.setText(self.erreur)
        self._actualiser_boutons(False)

    def _actualiser_boutons(self, pret: bool) -> None:
        self.bouton_enregistrer.setEnabled(pret)
        self.bouton_word.setEnabled(pret)
        self.bouton_powerpoint.setEnabled(pret)
        self.bouton_imprimer.setEnabled(pret)
        self.bouton_signer.setEnabled(pret and self.base.chemin is not None)

    # --- gestes ---------------------------------------------------------------------------
    def enregistrer(self, chemin: Path | None = None) -> Path | None:
        if self.produit is None:
            return None
        if chemin is None:
            dossier = self.base.chemin.parent if self.base.chemin else Path.home()
            nom, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le rapport PDF"),
                                                 str(dossier / self.produit.nom_fichier), self.tr("Documents PDF (*.pdf)"))
            if not nom:
                return None
            chemin = Path(nom)
        try:
            # la boîte « Enregistrer sous » du système a déjà demandé avant de remplacer
            production_rapports.exporter(self.base, self.produit, chemin, remplacer=True)
        except OSError as exc:
            self.etat.setText(self.tr("Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.")
                              .replace("%1", str(chemin)).replace("%2", messages_systeme.texte(exc, self.langue)))
            return None
        self.etat.setText(self.tr("Rapport enregistré : %1").replace("%1", str(chemin)))
        return chemin

    def enregistrer_format(self, code: str, chemin: Path | None = None) -> None:
        """Le même rapport (langue, ministère) en Word ou en PowerPoint, produit hors du fil de
        l'interface puis écrit; ``dernier_export`` dit où, l'état dit ce qui s'est passé."""
        from gesserv_bureau.rapports.formats import FORMATS

        if self.produit is None or code not in self.formats:
            return
        fmt = FORMATS[code]
        if chemin is None:
            dossier = self.base.chemin.parent if self.base.chemin else Path.home()
            nom_fichier = Path(self.produit.nom_fichier).with_suffix(fmt.extension).name
            filtre = {"docx": self.tr("Documents Word (*.docx)"), "pptx": self.tr("Présentations PowerPoint (*.pptx)")}[code]
            titre = {"docx": self.tr("Enregistrer le rapport en Word"),
                     "pptx": self.tr("Enregistrer le rapport en PowerPoint")}[code]
            nom, _ = QFileDialog.getSaveFileName(self, titre, str(dossier / nom_fichier), filtre)
            if not nom:
                return
            chemin = Path(nom)
            if chemin.suffix.lower() != fmt.extension:
                chemin = chemin.with_name(chemin.name + fmt.extension)
        type_, langue, cle, exercice, ministere = self.type, self.langue(), self.cle, self.exercice, self.ministere.text().strip()
        base_chemin, utilisateur = self.base.chemin, self.base.utilisateur
        profil = profils.lire()
        self.etat.setText(self.tr("Préparation du rapport…"))

        def produire():
            if base_chemin is None:
                return production_rapports.produire(self.base, type_, langue, exercice=exercice, cle=cle, ministere=ministere,
                                    format=code, profil=profil)
            return production_rapports.produire_fichier(base_chemin, utilisateur, type_, langue, exercice=exercice, cle=cle,
                                        ministere=ministere, format=code, profil=profil)

        def ecrire(produit) -> None:
            try:
                production_rapports.exporter(self.base, produit, chemin, remplacer=True)
            except OSError as exc:
                self.etat.setText(self.tr("Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.")
                                  .replace("%1", str(chemin)).replace("%2", messages_systeme.texte(exc, self.langue)))
                return
            self.dernier_export = chemin
            self.etat.setText(self.tr("Rapport enregistré : %1").replace("%1", str(chemin)))

        def echec(exc: BaseException) -> None:
            self.etat.setText(self.tr("Le rapport n'a pas pu être produit : %1").replace("%1", str(exc)))

        if base_chemin is None:
            try:
                ecrire(produire())
            except Exception as exc:  # noqa: BLE001 — montré à l'utilisateur
                echec(exc)
            return
        taches.lancer(self, produire, ecrire, echec)

    def signer(self, chemin: Path | None = None):
        """Enregistre le PDF, puis l'ouvre dans la signature (le fichier signé est un autre fichier)."""
        from gesserv_bureau.interface.dialogue_signature import DialogueSignature

        chemin = self.enregistrer(chemin)
        if chemin is None:
            return None
        self.dialogue_signature = DialogueSignature(self.base, self.langue_interface, self, source=chemin)
        self.dialogue_signature.show()
        return self.dialogue_signature

    def imprimer(self, imprimante=None) -> bool:
        """Par la boîte d'impression du système; chaque page rendue à la résolution de l'imprimante."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.produit is None:
            return False
        if imprimante is None:
            imprimante = QPrinter(QPrinter.PrinterMode.HighResolution)
            boite = QPrintDialog(imprimante, self)
            if boite.exec() != QDialog.DialogCode.Accepted:
                return False
        peintre = QPainter()
        if not peintre.begin(imprimante):
            self.etat.setText(self.tr("L'impression n'a pas pu commencer."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    imprimante.newPage()
                cible = imprimante.pageRect(QPrinter.Unit.DevicePixel).toRect()
                taille = self.document.pagePointSize(page)
                echelle = min(cible.width() / taille.width(), cible.height() / taille.height())
                image = self.document.render(page, QSize(int(taille.width() * echelle), int(taille.height() * echelle)))
                peintre.drawImage(0, 0, image)
        finally:
            peintre.end()
        self.etat.setText(self.tr("Rapport envoyé à l'impression (pages : %1).").replace("%1", str(self.document.pageCount())))
        return True

    # --- langue ---------------------------------------------------------------------------

    def retraduire(self) -> None:
        self.vue.setAccessibleName(self.tr("Aperçu du rapport"))
        from gesserv_bureau.rapports.types import TYPES

        fr, en = TYPES.get(self.type, (self.type, self.type))
        self.setWindowTitle(self.tr("Rapport — %1").replace("%1", en if self.langue_interface == "en" else fr))
        self.etiquette_langue.setText(self.tr("Langue du rapport :"))
        self.langues["fr"].setText(self.tr("&Français"))
        self.langues["en"].setText(self.tr("&Anglais"))
        self.langues["bilingue"].setText(self.tr("&Bilingue"))
        self.etiquette_ministere.setText(self.tr("&Ministère (en-tête) :"))
        self.bouton_enregistrer.setText(self.tr("&Enregistrer le PDF…"))
        self.bouton_imprimer.setText(self.tr("&Imprimer…"))
        self.bouton_word.setText(self.tr("En &Word…"))
        self.bouton_word.setToolTip(self.tr("Enregistrer le rapport en Word (.docx), pour le modifier avant l'approbation"))
        self.bouton_powerpoint.setText(self.tr("En Power&Point…"))
        self.bouton_powerpoint.setToolTip(self.tr("Enregistrer la stratégie en présentation PowerPoint (.pptx)"))
        self.bouton_signer.setText(self.tr("Enregistrer et &signer…"))
        self.bouton_fermer.setText(self.tr("Fermer"))
