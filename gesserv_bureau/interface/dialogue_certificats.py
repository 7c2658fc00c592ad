"""Le dialogue « Certificats » (Outils › Certificats…) : ce que font ``gesserv-bureau certificat``
et ``gesserv-bureau confiance``, avec les mêmes règles, refus et messages (``cas.certificats``).

Un onglet par geste : créer la racine ministérielle (et écrire son certificat public), créer le
certificat d'un utilisateur émis par elle, créer un certificat personnel (autosigné), exporter
le certificat public (PEM) d'un .p12, et les racines de confiance retenues (la liste, en
ajouter, en retirer). Un fichier de sortie déjà là est refusé sans rien écrire; les mots de
passe sont effacés des champs dès qu'ils ont servi, réussite ou refus. La création d'une clé
ECDSA P-256 prend quelques millisecondes : elle reste dans le fil de l'interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.interface.onglets_carte import OngletsCarte
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.referentiel import messages_systeme

VERT, ORANGE, ROUGE = "#1e5e20", "#7a4a00", "#8a1c1c"
RACINE, UTILISATEUR, PERSONNEL = "racine", "utilisateur", "personnel"   # ceux de cas.certificats


class _Onglet(QWidget):
    """Un formulaire (étiquettes liées à leur champ) et son bouton d'action, dans une zone qui
    défile quand la fenêtre est petite."""

    def __init__(self, parent=None):
        super().__init__(parent)
        pile = QVBoxLayout(self)
        pile.setContentsMargins(0, 0, 0, 0)
        self.defilement = QScrollArea(self)
        self.defilement.setWidgetResizable(True)
        self.defilement.setFrameShape(QScrollArea.Shape.NoFrame)
        contenu = QWidget(self.defilement)
        self.pile = QVBoxLayout(contenu)
        self.intro = QLabel(contenu)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #4a4a4a;")
        self.pile.addWidget(self.intro)
        self.forme = QFormLayout()
        self.forme.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pile.addLayout(self.forme)
        self.boutons = QHBoxLayout()
        self.boutons.addStretch(1)
        self.pile.addLayout(self.boutons)
        self.pile.addStretch(1)
        self.defilement.setWidget(contenu)
        pile.addWidget(self.defilement)
        self.etiquettes: dict[str, tuple[QLabel, QWidget]] = {}
        self.choisir: list[QPushButton] = []

    def champ(self, objet: str, widget: QWidget, a_droite: QWidget | None = None) -> QWidget:
        widget.setObjectName(objet)
        etiquette = QLabel(self)
        etiquette.setBuddy(widget)
        if a_droite is None:
            self.forme.addRow(etiquette, widget)
        else:
            ligne = QHBoxLayout()
            ligne.addWidget(widget, 1)
            ligne.addWidget(a_droite)
            self.forme.addRow(etiquette, ligne)
        self.etiquettes[objet] = (etiquette, widget)
        return widget

    def texte(self, objet: str) -> str:
        return self.etiquettes[objet][1].text().strip()

    def nommer(self, textes: dict[str, str]) -> None:
        """Le texte de chaque étiquette et le nom accessible de son champ (le même, sans « & » ni « : »)."""
        for objet, texte in textes.items():
            etiquette, widget = self.etiquettes[objet]
            etiquette.setText(texte)
            widget.setAccessibleName(texte.replace("&", "").rstrip(" :"))


class DialogueCertificats(OngletsCarte, Retraduisible, QDialog):
    """Créer les certificats de signature et gérer les racines de confiance, hors ligne."""

    def __init__(self, langue: str, parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueCertificats")
        self.langue = langue
        self.message = ""     # le dernier message montré (réussite, avertissement ou refus)
        self.erreur = ""      # le dernier refus, vide après une réussite
        pile = QVBoxLayout(self)
        self.onglets = QTabWidget(self)
        self.onglets.setObjectName("ongletsCertificats")
        pile.addWidget(self.onglets, 1)
        self._formulaires: dict[str, _Onglet] = {}
        self._construire_racine()
        self._construire_utilisateur()
        self._construire_personnel()
        self._construire_export()
        self._construire_carte()
        self._construire_revocation()
        self._construire_confiance()
        self.etat = QLabel(self)
        self.etat.setObjectName("etatCertificats")
        self.etat.setWordWrap(True)
        self.etat.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pile.addWidget(self.etat)
        bas = QHBoxLayout()
        bas.addStretch(1)
        self.bouton_fermer = QPushButton(self)
        self.bouton_fermer.clicked.connect(self.close)
        bas.addWidget(self.bouton_fermer)
        pile.addLayout(bas)
        self.resize(900, 600)
        tout_en_texte_brut(self)
        self.retraduire()

    # --- construction ---------------------------------------------------------------------
    def _onglet(self, cle: str) -> _Onglet:
        onglet = _Onglet(self.onglets)
        onglet.setObjectName(f"onglet_{cle}")
        self.onglets.addTab(onglet, "")
        self._formulaires[cle] = onglet
        return onglet

    def _fichier(self, onglet: _Onglet, objet: str, enregistrer: bool, filtre: str) -> QLineEdit:
        champ = QLineEdit(onglet)
        bouton = QPushButton(onglet)
        bouton.setObjectName(objet + "Choisir")
        onglet.choisir.append(bouton)
        bouton.clicked.connect(lambda: self._choisir(champ, enregistrer, filtre))
        onglet.champ(objet, champ, bouton)
        return champ

    def _mot_de_passe(self, onglet: _Onglet, objet: str) -> QLineEdit:
        champ = QLineEdit(onglet)
        champ.setEchoMode(QLineEdit.EchoMode.Password)
        return onglet.champ(objet, champ)

    def _duree(self, onglet: _Onglet, objet: str, action: str) -> QSpinBox:
        from gesserv_bureau.cas import certificats as cas

        duree = QSpinBox(onglet)
        duree.setRange(1, cas.DUREE_MAX[action])
        duree.setValue(cas.DUREE_DEFAUT[action])
        duree.setMaximumWidth(duree.sizeHint().width() + 24)
        return onglet.champ(objet, duree)

    def _bouton(self, onglet: _Onglet, objet: str, geste) -> QPushButton:
        bouton = QPushButton(onglet)
        bouton.setObjectName(objet)
        bouton.clicked.connect(lambda: geste())
        onglet.boutons.addWidget(bouton)
        return bouton

    def _construire_racine(self) -> None:
        o = self._onglet(RACINE)
        self.racine_ministere = o.champ("racineMinistere", QLineEdit(o))
        self.racine_annees = self._duree(o, "racineAnnees", RACINE)
        self.racine_sortie = self._fichier(o, "racineSortie", True, "p12")
        self.racine_mot_de_passe = self._mot_de_passe(o, "racineMotDePasse")
        self.racine_confirmation = self._mot_de_passe(o, "racineConfirmation")
        self.racine_pem = self._fichier(o, "racinePem", True, "pem")
        self.bouton_creer_racine = self._bouton(o, "boutonCreerRacine", self.creer_racine)

    def _construire_utilisateur(self) -> None:
        o = self._onglet(UTILISATEUR)
        self.utilisateur_nom = o.champ("utilisateurNom", QLineEdit(o))
        self.utilisateur_courriel = o.champ("utilisateurCourriel", QLineEdit(o))
        self.utilisateur_racine = self._fichier(o, "utilisateurRacine", False, "p12")
        self.utilisateur_mot_de_passe_racine = self._mot_de_passe(o, "utilisateurMotDePasseRacine")
        self.utilisateur_annees = self._duree(o, "utilisateurAnnees", UTILISATEUR)
        self.utilisateur_sortie = self._fichier(o, "utilisateurSortie", True, "p12")
        self.utilisateur_mot_de_passe = self._mot_de_passe(o, "utilisateurMotDePasse")
        self.utilisateur_confirmation = self._mot_de_passe(o, "utilisateurConfirmation")
        self.bouton_creer_utilisateur = self._bouton(o, "boutonCreerUtilisateur", self.creer_utilisateur)

    def _construire_personnel(self) -> None:
        o = self._onglet(PERSONNEL)
        self.personnel_nom = o.champ("personnelNom", QLineEdit(o))
        self.personnel_courriel = o.champ("personnelCourriel", QLineEdit(o))
        self.personnel_annees = self._duree(o, "personnelAnnees", PERSONNEL)
        self.personnel_sortie = self._fichier(o, "personnelSortie", True, "p12")
        self.personnel_mot_de_passe = self._mot_de_passe(o, "personnelMotDePasse")
        self.personnel_confirmation = self._mot_de_passe(o, "personnelConfirmation")
        self.personnel_pem = self._fichier(o, "personnelPem", True, "pem")
        self.bouton_creer_personnel = self._bouton(o, "boutonCreerPersonnel", self.creer_personnel)

    def _construire_export(self) -> None:
        o = self._onglet("export")
        self.export_p12 = self._fichier(o, "exportP12", False, "p12")
        self.export_mot_de_passe = self._mot_de_passe(o, "exportMotDePasse")
        self.export_titulaire = QCheckBox(o)
        self.export_titulaire.setObjectName("exportTitulaire")
        o.forme.addRow("", self.export_titulaire)
        self.export_sortie = self._fichier(o, "exportSortie", True, "pem")
        self.bouton_exporter = self._bouton(o, "boutonExporterPem", self.exporter_pem)

    def _construire_confiance(self) -> None:
        o = self._onglet("confiance")
        self.table_racines = QTableWidget(0, 3, o)
        self.table_racines.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table_racines.setObjectName("tableRacines")
        self.table_racines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_racines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_racines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_racines.verticalHeader().hide()
        self.table_racines.setMinimumHeight(140)
        entete = self.table_racines.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for colonne in (1, 2):
            entete.setSectionResizeMode(colonne, QHeaderView.ResizeMode.ResizeToContents)
        self.etiquette_racines = QLabel(o)
        self.etiquette_racines.setBuddy(self.table_racines)
        self.etiquette_racines.setWordWrap(True)
        o.pile.insertWidget(1, self.etiquette_racines)
        o.pile.insertWidget(2, self.table_racines, 1)
        self.aucune_racine = QLabel(o)
        self.aucune_racine.setObjectName("aucuneRacine")
        self.aucune_racine.setWordWrap(True)
        self.aucune_racine.setStyleSheet(f"color: {ORANGE};")
        o.pile.insertWidget(3, self.aucune_racine)
        self.bouton_ajouter_racine = self._bouton(o, "boutonAjouterRacine", self.ajouter_racine)
        self.bouton_retirer_racine = self._bouton(o, "boutonRetirerRacine", self.retirer_racine)
        self.table_racines.itemSelectionChanged.connect(self._actualiser_retirer)

    # --- fichiers et messages ---------------------------------------------------------------
    def _filtre(self, filtre: str) -> str:
        if filtre == "crl":
            return self.tr("Listes de révocation (*.crl)")
        return (self.tr("Certificats PKCS#12 (*.p12 *.pfx)") if filtre == "p12"
                else self.tr("Certificats (*.pem *.crt *.cer *.der)"))

    def _choisir(self, champ: QLineEdit, enregistrer: bool, filtre: str) -> None:
        depart = champ.text() or str(Path.home())
        if enregistrer:
            # pas de « Remplacer? » du système : un fichier déjà là est refusé de toute façon
            nom, _ = QFileDialog.getSaveFileName(self, self.tr("Fichier à créer"), depart, self._filtre(filtre),
                                                 options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            nom, _ = QFileDialog.getOpenFileName(self, self.tr("Fichier à ouvrir"), depart, self._filtre(filtre))
        if nom:
            champ.setText(nom)

    def _montrer(self, lignes: list[str], couleur: str = VERT, erreur: bool = False) -> None:
        self.message = "\n".join(lignes)
        self.erreur = self.message if erreur else ""
        self.etat.setStyleSheet(f"color: {couleur};")
        self.etat.setText(self.message)

    def _refus(self, exc) -> None:
        self._montrer([exc.texte(self.langue)], ROUGE, erreur=True)

    @staticmethod
    def _chemin(champ: QLineEdit) -> Path | None:
        texte = champ.text().strip()
        return Path(texte).expanduser() if texte else None

    def _manque(self, texte: str) -> bool:
        self._montrer([texte], ROUGE, erreur=True)
        return False

    # --- créer ----------------------------------------------------------------------------
    def creer_racine(self) -> bool:
        return self._creer(RACINE, self.racine_sortie, self.racine_mot_de_passe, self.racine_confirmation,
                           self.racine_annees, pem=self.racine_pem, ministere=self.racine_ministere.text())

    def creer_utilisateur(self) -> bool:
        return self._creer(UTILISATEUR, self.utilisateur_sortie, self.utilisateur_mot_de_passe,
                           self.utilisateur_confirmation, self.utilisateur_annees, nom=self.utilisateur_nom.text(),
                           courriel=self.utilisateur_courriel.text())

    def creer_personnel(self) -> bool:
        return self._creer(PERSONNEL, self.personnel_sortie, self.personnel_mot_de_passe,
                           self.personnel_confirmation, self.personnel_annees, pem=self.personnel_pem,
                           nom=self.personnel_nom.text(), courriel=self.personnel_courriel.text())

    def _creer(self, action: str, champ_sortie: QLineEdit, champ_mdp: QLineEdit, champ_confirmation: QLineEdit,
               duree: QSpinBox, pem: QLineEdit | None = None, **valeurs) -> bool:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import certificats

        sortie = self._chemin(champ_sortie)
        if sortie is None:
            return self._manque(self.tr("Choisissez le fichier .p12 à créer."))
        chemin_pem = self._chemin(pem) if pem is not None else None
        racine = self._chemin(self.utilisateur_racine) if action == UTILISATEUR else None
        if action == UTILISATEUR and racine is None:
            return self._manque(self.tr("Choisissez le fichier .p12 de la racine ministérielle."))
        try:   # les refus d'avant les mots de passe : ceux-ci restent dans leurs champs
            cas.controler_creation(action, sortie, chemin_pem, racine)
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        mot_de_passe, confirmation = champ_mdp.text(), champ_confirmation.text()
        mot_de_passe_racine = self.utilisateur_mot_de_passe_racine.text() if action == UTILISATEUR else ""
        champ_mdp.clear()
        champ_confirmation.clear()
        if action == UTILISATEUR:
            self.utilisateur_mot_de_passe_racine.clear()
        try:
            cas.confirmer_mot_de_passe(mot_de_passe, confirmation)
            creation = cas.creer(action, sortie, mot_de_passe, racine=racine, mot_de_passe_racine=mot_de_passe_racine,
                                 annees=duree.value(), **valeurs)
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        finally:
            del mot_de_passe, confirmation, mot_de_passe_racine
        cert = creation.certificat
        nom, fin = certificats.nom_commun(cert), cert.not_valid_after_utc.date().isoformat()
        lignes = [{
            RACINE: self.tr("Racine « {nom} » créée : {chemin} (valide jusqu'au {fin}). Gardez ce fichier hors "
                            "ligne, en lieu sûr."),
            UTILISATEUR: self.tr("Certificat de signature de « {nom} » créé : {chemin} (émis par « {emetteur} », "
                                 "valide jusqu'au {fin})."),
            PERSONNEL: self.tr("Certificat personnel de « {nom} » créé : {chemin} (autosigné, valide jusqu'au "
                               "{fin})."),
        }[action].format(nom=nom, chemin=sortie, fin=fin, emetteur=certificats.nom_emetteur(cert))]
        couleur = VERT
        if creation.mot_de_passe_court:
            lignes.append(cas.texte_mot_de_passe_court(sortie, self.langue))
            couleur = ORANGE
        if chemin_pem is not None:
            try:
                certificats.ecrire_pem(cert, chemin_pem)
            except certificats.ErreurSignature as exc:
                lignes.append(exc.texte(self.langue))
                self._montrer(lignes, ROUGE, erreur=True)
                return True
            lignes.append(self._texte_pem(nom, chemin_pem))
        self._montrer(lignes, couleur)
        return True

    def _texte_pem(self, nom: str, chemin: Path) -> str:
        return self.tr("Certificat public « {nom} » écrit dans {chemin} : à donner aux vérificateurs (onglet "
                       "« Racines de confiance »).").format(nom=nom, chemin=chemin)

    # --- exporter -------------------------------------------------------------------------
    def exporter_pem(self) -> bool:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import certificats

        p12, sortie = self._chemin(self.export_p12), self._chemin(self.export_sortie)
        if p12 is None:
            return self._manque(self.tr("Choisissez le fichier .p12 dont exporter le certificat public."))
        if sortie is None:
            return self._manque(self.tr("Choisissez le fichier PEM à écrire."))
        try:
            cas.controler_export(p12, sortie)
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        mot_de_passe = self.export_mot_de_passe.text()
        self.export_mot_de_passe.clear()
        try:
            cert = cas.exporter_pem(p12, mot_de_passe, sortie, titulaire=self.export_titulaire.isChecked())
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        finally:
            del mot_de_passe
        self._montrer([self._texte_pem(certificats.nom_commun(cert), sortie)])
        return True

    # --- les racines de confiance ------------------------------------------------------------
    def actualiser_racines(self) -> None:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import confiance

        entrees = confiance.entrees()
        self.table_racines.setRowCount(len(entrees))
        for rang, (_fichier, cert) in enumerate(entrees):
            description = cas.decrire(cert)
            for colonne, cle in enumerate(("nom", "empreinte", "fin")):
                element = QTableWidgetItem(description[cle])
                element.setData(Qt.ItemDataRole.UserRole, description["empreinte"])
                self.table_racines.setItem(rang, colonne, element)
        self.aucune_racine.setVisible(not entrees)
        if not entrees:
            self.aucune_racine.setText(self.tr("Aucune racine de confiance retenue (dossier : %1). Ajoutez le "
                                               "certificat public (PEM) de la racine du ministère.")
                                       .replace("%1", str(confiance.dossier())))
        self._actualiser_retirer()

    def _actualiser_retirer(self) -> None:
        self.bouton_retirer_racine.setEnabled(bool(self.table_racines.selectedItems()))

    def ajouter_racine(self, chemin: Path | None = None) -> bool:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import certificats

        if chemin is None:
            nom, _ = QFileDialog.getOpenFileName(self, self.tr("Ajouter une racine de confiance"), str(Path.home()),
                                                 self._filtre("pem"))
            if not nom:
                return False
            chemin = Path(nom)
        try:
            ajouts = cas.ajouter_racines(Path(chemin))
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        self._montrer(cas.textes_ajout(ajouts, self.langue))
        self.actualiser_racines()
        return True

    def retirer_racine(self) -> bool:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import certificats

        choisis = self.table_racines.selectedItems()
        if not choisis:
            return False
        try:
            retiree = cas.retirer_racine(choisis[0].data(Qt.ItemDataRole.UserRole))
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        except OSError as exc:
            self._montrer([self.tr("La racine n'a pas pu être retirée : %1").replace("%1", messages_systeme.texte(exc, self.langue))],
                          ROUGE, erreur=True)
            return False
        self._montrer([certificats.messages.texte("racine_retiree", self.langue, **cas.decrire(retiree))])
        self.actualiser_racines()
        return True

    # --- textes ---------------------------------------------------------------------------
    def retraduire(self) -> None:
        self.onglets.setAccessibleName(self.tr("Sortes de certificats"))
        self.etat.setAccessibleName(self.tr("Résultat"))
        self.setWindowTitle(self.tr("Certificats de signature"))
        f = self._formulaires
        for cle, texte in ((RACINE, self.tr("Racine ministérielle")), (UTILISATEUR, self.tr("Certificat d'utilisateur")),
                           (PERSONNEL, self.tr("Certificat personnel")), ("export", self.tr("Certificat public (PEM)")),
                           ("confiance", self.tr("Racines de confiance"))):
            self.onglets.setTabText(self.onglets.indexOf(f[cle]), texte)
            f[cle].defilement.setAccessibleName(texte)
        mdp, confirmer = self.tr("&Mot de passe du fichier :"), self.tr("Con&firmer le mot de passe :")
        f[RACINE].intro.setText(self.tr(
            "La racine ministérielle (autorité de certification) émet les certificats des utilisateurs. Gardez son "
            "fichier hors ligne, en lieu sûr; son mot de passe a au moins 12 caractères. Donnez son certificat "
            "public (PEM) aux vérificateurs."))
        f[RACINE].nommer({"racineMinistere": self.tr("&Nom du ministère ou de l'organisme :"),
                          "racineAnnees": self.tr("&Durée de validité (années) :"),
                          "racineSortie": self.tr("Fichier .p12 à &créer :"),
                          "racineMotDePasse": mdp, "racineConfirmation": confirmer,
                          "racinePem": self.tr("Certificat &public à écrire (.pem, facultatif) :")})
        self.bouton_creer_racine.setText(self.tr("Créer la &racine"))
        f[UTILISATEUR].intro.setText(self.tr(
            "Le certificat de signature d'un utilisateur, émis par la racine ministérielle : il faut le fichier de "
            "la racine et son mot de passe."))
        f[UTILISATEUR].nommer({"utilisateurNom": self.tr("&Nom du titulaire :"),
                               "utilisateurCourriel": self.tr("C&ourriel (facultatif) :"),
                               "utilisateurRacine": self.tr("Fichier .p12 de la &racine :"),
                               "utilisateurMotDePasseRacine": self.tr("Mot de passe de la r&acine :"),
                               "utilisateurAnnees": self.tr("&Durée de validité (années) :"),
                               "utilisateurSortie": self.tr("Fichier .p12 à &créer :"),
                               "utilisateurMotDePasse": mdp, "utilisateurConfirmation": confirmer})
        self.bouton_creer_utilisateur.setText(self.tr("Créer le certificat d'&utilisateur"))
        f[PERSONNEL].intro.setText(self.tr(
            "Un certificat de signature personnel, autosigné, pour qui n'a pas de racine ministérielle : un "
            "vérificateur ne s'y fie que s'il a reçu ce certificat même (PEM)."))
        f[PERSONNEL].nommer({"personnelNom": self.tr("&Nom du titulaire :"),
                             "personnelCourriel": self.tr("C&ourriel (facultatif) :"),
                             "personnelAnnees": self.tr("&Durée de validité (années) :"),
                             "personnelSortie": self.tr("Fichier .p12 à &créer :"),
                             "personnelMotDePasse": mdp, "personnelConfirmation": confirmer,
                             "personnelPem": self.tr("Certificat &public à écrire (.pem, facultatif) :")})
        self.bouton_creer_personnel.setText(self.tr("Cré&er le certificat personnel"))
        f["export"].intro.setText(self.tr(
            "Le certificat public (jamais la clé) à donner aux vérificateurs : la racine de la chaîne du fichier, "
            "ou le certificat du titulaire."))
        f["export"].nommer({"exportP12": self.tr("&Fichier .p12 :"),
                            "exportMotDePasse": mdp,
                            "exportSortie": self.tr("Fichier .pem à é&crire :")})
        self.export_titulaire.setText(self.tr("Le certificat du &titulaire plutôt que la racine de sa chaîne"))
        self.bouton_exporter.setText(self.tr("E&xporter le certificat public"))
        f["confiance"].intro.setText(self.tr(
            "Les racines de confiance retenues servent à chaque vérification (PDF signés, approbations reçues). "
            "Comparez l'empreinte SHA-256 d'une racine à celle que publie le ministère."))
        self.etiquette_racines.setText(self.tr("Racines &retenues :"))
        self.table_racines.setAccessibleName(self.tr("Racines retenues"))
        self.table_racines.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Empreinte SHA-256"),
                                                      self.tr("Valide jusqu'au")])
        self.bouton_ajouter_racine.setText(self.tr("&Ajouter une racine (.pem)…"))
        self.bouton_retirer_racine.setText(self.tr("Re&tirer la racine choisie"))
        self._retraduire_carte()
        for onglet in f.values():
            for bouton in onglet.choisir:
                bouton.setText(self.tr("Choisir…"))
                bouton.setAccessibleName(self.tr("Choisir le fichier"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        self.actualiser_racines()
