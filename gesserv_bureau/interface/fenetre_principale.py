"""La fenêtre principale : l'inventaire (table filtrable), le formulaire du service choisi,
le sommaire de l'exercice, les menus, les raccourcis et la barre d'état."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import repertoire
from gesserv_bureau.domaine.recherche import Filtre
from gesserv_bureau.interface.controleur_inventaire import ControleurInventaire
from gesserv_bureau.interface.modele_inventaire import (
    COL_A_COMPLETER,
    COL_DESIGNATIONS,
    COL_EN_LIGNE,
    COL_ID,
    COL_NOM,
    COL_PORTEE,
    COL_PROPRIETAIRE,
    COL_TYPE,
    ModeleInventaire,
)
from gesserv_bureau.interface.textes import STYLE_INVITE, en_clair, invite_formulaire, texte_brut
from gesserv_bureau.langue import Traductions, enregistrer_langue, preferences
from gesserv_bureau.referentiel.codes import DESIGNATIONS, INTERNE_NON_INTEGRE, TYPES_EXTERNES, TYPES_INTERNES
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import BaseEndommagee, DisquePlein, ErreurStockage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


def texte_erreur_stockage(exc: BaseException) -> str:
    from PySide6.QtCore import QCoreApplication

    from gesserv_bureau.messages_erreur import texte_erreur

    return texte_erreur(exc, QCoreApplication.translate) or str(exc)


def _detruire_a_la_fermeture(fenetre) -> None:
    from PySide6.QtCore import Qt   # pas au chargement du module : voir valeurs_qt

    fenetre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _nom_du_profil() -> str:
    from gesserv_bureau.cas import profils

    return profils.nom_auteur()


DELAI_CONSTRUCTION_MS = 30   # le formulaire et le sommaire, juste après le premier affichage


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


class FenetrePrincipale(QMainWindow):
    """Sans ``Retraduisible`` ni aucun autre gestionnaire d'événement Qt redéfini en Python
    avant la fermeture : chaque événement passé à Python chargerait la classe ``QEvent`` au
    démarrage. Le changement de langue, toujours décidé ici (``changer_langue``), refait les
    textes directement."""

    baseEndommagee = Signal(object)   # le contrôle d'intégrité, fini après l'ouverture, a échoué
    changementDeBase = Signal(object, object)   # (fichier à ouvrir, copie à restaurer ou None)

    def __init__(self, base: Base, traductions: Traductions, parent=None):
        super().__init__(parent)
        self._abandonnee = False
        self._fermee = False   # après la fermeture, les minuteries en retard ne font plus rien
        self.base = base
        self.base.auteur = _nom_du_profil()   # l'auteur des dossiers créés dans cette fenêtre
        self.traductions = traductions
        self.langue = traductions.langue

        self.modele = ModeleInventaire(self, self.langue)
        self._rechargement = False
        self._pk_a_garder: int | None = None
        # Le formulaire et le sommaire se construisent juste après le premier affichage (ou dès
        # qu'on en a besoin) : la table s'affiche d'abord. Voir _terminer_construction().
        self._formulaire = None
        self._sommaire = None
        self.controleur = ControleurInventaire(base, self.modele, None, self)

        self.filtre = BarreFiltre(self, self.langue)
        self.table = QTableView(self)
        self.table.setObjectName("tableInventaire")
        self.table.setModel(self.modele)
        # les titres des colonnes, lus par l'en-tête dans un modèle de Qt (voir ModeleInventaire);
        # le tri par l'en-tête s'active après le premier affichage (_apres_premier_affichage)
        self.table.horizontalHeader().setModel(self.modele.entetes)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        entete = self.table.horizontalHeader()
        # colonnes redimensionnables à la main : le mode par défaut (Interactive) de l'en-tête
        entete.setStretchLastSection(False)
        entete.setProperty("textElideMode", "ElideRight")   # sans Qt.TextElideMode (voir valeurs_qt)
        largeurs = {COL_ID: 80, COL_NOM: 215, COL_TYPE: 120, COL_PORTEE: 120, COL_DESIGNATIONS: 120,
                    COL_EN_LIGNE: 75, COL_A_COMPLETER: 90, COL_PROPRIETAIRE: 220}
        for col, largeur in largeurs.items():
            self.table.setColumnWidth(col, largeur)

        gauche = QWidget(self)
        pile = QVBoxLayout(gauche)
        pile.setContentsMargins(6, 6, 0, 6)
        pile.addWidget(self.filtre)
        pile.addWidget(self.table)
        self.separateur = QSplitter(parent=self)   # horizontal (« QSplitter(self) » essaierait Qt.Orientation)
        self.separateur.addWidget(gauche)
        self._attente_formulaire = QLabel(self)   # la place du formulaire, le temps de le construire
        self._attente_formulaire.setWordWrap(True)
        self._attente_formulaire.setProperty("alignment", "AlignTop|AlignLeft")   # sans Qt.AlignmentFlag
        self._attente_formulaire.setStyleSheet(STYLE_INVITE + " padding: 24px 10px;")
        self.separateur.addWidget(self._attente_formulaire)
        self.separateur.setStretchFactor(0, 3)
        self.separateur.setStretchFactor(1, 2)
        self.separateur.setSizes([860, 580])
        # Les onglets : le répertoire d'abord; la qualité des données et le tableau de bord se
        # construisent la première fois qu'on les ouvre.
        self.onglets = QTabWidget(self)
        self.onglets.setObjectName("onglets")
        self.onglets.setDocumentMode(True)
        self.onglets.addTab(self.separateur, "")
        self.onglets.addTab(QWidget(self), "")
        self.onglets.addTab(QWidget(self), "")
        self._qualite = None
        self._tableau = None
        self._service_tableau: int | None = None
        self._fenetres_evaluation: list = []
        self.setCentralWidget(self.onglets)

        self.dock_sommaire = QDockWidget(self)   # placé par _restaurer_geometrie ou _apres_premier_affichage
        self.dock_sommaire.setObjectName("dockSommaire")
        self.dock_sommaire.hide()
        self._sommaire_place = False

        self.etat_compte = QLabel(self)
        self.etat_base = QLabel(self)
        texte_brut(self.etat_compte, self.etat_base)   # le chemin du fichier : tel quel
        self.statusBar().addPermanentWidget(self.etat_compte)
        self.statusBar().addPermanentWidget(self.etat_base)

        self._creer_actions()
        self._creer_menus()
        self._brancher()
        # la table et le filtre sont nés dans la langue : les textes de la fenêtre seulement
        self.act_fr.setChecked(self.langue == "fr")
        self.act_en.setChecked(self.langue == "en")
        self.retraduire()
        self._restaurer_geometrie()

        self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        self.controleur.charger_exercice()
        QTimer.singleShot(DELAI_CONSTRUCTION_MS, self._terminer_construction)
        # Le contrôle d'intégrité part juste après le premier affichage : on guette son verdict.
        self._minuterie_controle = QTimer(self)
        self._minuterie_controle.setInterval(30)
        self._minuterie_controle.timeout.connect(self._guetter_controle)
        self._minuterie_controle.start()

    # --- construction en deux temps ----------------------------------------------------------
    def _apres_premier_affichage(self) -> None:
        """Ce qui ne s'écrit qu'avec les énumérations de Qt, que la fenêtre évite de construire
        avant de s'afficher (voir ``valeurs_qt``) : le tri par un clic sur l'en-tête des
        colonnes et, au tout premier lancement (rien à restaurer), la place du panneau du
        sommaire (idempotent)."""
        if self.table.isSortingEnabled():
            return
        from PySide6.QtCore import Qt

        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ID, Qt.SortOrder.AscendingOrder)
        if not self._sommaire_place:
            self._sommaire_place = True
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock_sommaire)
            self.dock_sommaire.show()
            etat = preferences().value("fenetre/etat") if self._geometrie_restauree else None
            if not (isinstance(etat, QByteArray) and self.restoreState(etat)):
                self.resizeDocks([self.dock_sommaire], [150], Qt.Orientation.Vertical)

    def _terminer_construction(self) -> None:
        """Le formulaire des 18 éléments et le panneau du sommaire (idempotent)."""
        if self._formulaire is not None or self._fermee:
            return
        self._apres_premier_affichage()
        from gesserv_bureau.interface.formulaire_service import FormulaireService
        from gesserv_bureau.interface.panneau_sommaire import PanneauSommaire

        self._formulaire = FormulaireService(self)
        self._formulaire.changer_langue(self.langue)
        tailles = self.separateur.sizes()
        self.separateur.replaceWidget(1, self._formulaire)
        self._attente_formulaire.deleteLater()
        self.separateur.setSizes(tailles)
        self.controleur.attacher_formulaire(self._formulaire)
        self._sommaire = PanneauSommaire(self)
        self._sommaire.changer_langue(self.langue)
        self._sommaire.afficher_exercice(self.controleur.exercice)
        self.dock_sommaire.setWidget(self._sommaire)
        self._minuterie_sommaire.start()

    @property
    def formulaire(self):
        self._terminer_construction()
        return self._formulaire

    @property
    def sommaire(self):
        self._terminer_construction()
        return self._sommaire

    def _guetter_controle(self) -> None:
        if not self.base.controle_termine():
            return
        self._minuterie_controle.stop()
        try:
            self.base.attendre_controle()
        except (BaseEndommagee, DisquePlein) as exc:
            self.baseEndommagee.emit(exc)   # la fenêtre se ferme sans rien écrire; l'ouverture reprend
            return
        if self.base.copie_en_echec:
            self._signaler_copie_en_echec(texte_erreur_stockage(self.base.copie_en_echec))

    def _signaler_copie_en_echec(self, message: str) -> None:
        """Une copie de sécurité ratée se voit : une boîte (non bloquante) et la barre d'état."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 60000)
        boite = QMessageBox(QMessageBox.Icon.Warning, self.tr("Copie de sécurité non faite"), message,
                            QMessageBox.StandardButton.Ok, self)
        boite.setModal(False)
        boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        boite.show()

    def abandonner(self) -> None:
        """Ferme la fenêtre sans rien écrire (la base s'est révélée endommagée)."""
        self._abandonnee = True
        self.close()

    # --- construction ------------------------------------------------------------------
    def _creer_actions(self) -> None:
        def action(raccourci=None, declencheur=None, nom=""):
            a = QAction(self)
            if raccourci is not None:
                # setShortcuts : setShortcut essaierait d'abord un QKeyCombination, donc les
                # énumérations de Qt (voir valeurs_qt); une touche standard garde ses variantes
                a.setShortcuts(raccourci if isinstance(raccourci, QKeySequence.StandardKey) else [QKeySequence(raccourci)])
            if declencheur:
                a.triggered.connect(declencheur)
            a.setObjectName(nom)
            return a

        self.act_quitter = action(QKeySequence.StandardKey.Quit, self.close, "actQuitter")
        self.act_ouvrir = action(QKeySequence.StandardKey.Open, self.ouvrir_repertoire, "actOuvrir")
        self.act_nouveau_fichier = action("Ctrl+Shift+N", self.nouveau_repertoire, "actNouveauFichier")
        self.act_restaurer = action(None, self.restaurer_copie, "actRestaurer")
        self.act_copie = action(None, self._copie_securite, "actCopie")
        self.act_annuler = self.controleur.pile.createUndoAction(self)
        self.act_annuler.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_annuler.setObjectName("actAnnuler")
        self.act_retablir = self.controleur.pile.createRedoAction(self)
        self.act_retablir.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.act_retablir.setObjectName("actRetablir")
        self.act_nouveau = action(QKeySequence.StandardKey.New, self.nouveau_service, "actNouveau")
        self.act_dupliquer = action("Ctrl+D", self.dupliquer_service, "actDupliquer")
        self.act_supprimer = action(QKeySequence.StandardKey.Delete, self.supprimer_service, "actSupprimer")
        self.act_supprimer.setProperty("shortcutContext", "WidgetWithChildrenShortcut")   # sans Qt.ShortcutContext
        self.table.addAction(self.act_supprimer)
        self.act_rechercher = action(QKeySequence.StandardKey.Find, self._aller_recherche, "actRechercher")
        self.act_profil = action(None, self.profil, "actProfil")
        self.act_exercice_suivant = action(None, self.commencer_exercice_suivant, "actExerciceSuivant")
        self.act_metadonnees = action(None, self.modifier_metadonnees, "actMetadonnees")
        self.act_journal = action(None, self.afficher_journal, "actJournal")
        self.act_registre = action(None, self.afficher_registre, "actRegistre")
        self.act_importer = action("Ctrl+I", self.importer_donnees, "actImporter")
        self.act_exporter_csv = action("Ctrl+E", lambda: self.exporter("csv"), "actExporterCsv")
        self.act_exporter_normes = action(None, lambda: self.exporter("normes"), "actExporterNormes")
        self.act_exporter_xlsx = action(None, lambda: self.exporter("xlsx"), "actExporterXlsx")
        # note de l'élément 10 : les services internes (non intégrés) hors des données ouvertes, sauf choix
        self.act_exporter_internes = action(None, None, "actExporterInternes")
        self.act_exporter_internes.setCheckable(True)
        self.act_qualite = action("F7", self.verifier_qualite, "actQualite")
        self.act_rapport_inventaire = action(QKeySequence.StandardKey.Print, self.rapport_inventaire, "actRapportInventaire")
        self.act_signer = action(None, lambda: self.signer_pdf(), "actSigner")
        self.act_verifier = action(None, lambda: self.verifier_pdf(), "actVerifier")
        self.act_eval_1a = action(None, lambda: self.nouvelle_evaluation("1A"), "actEvaluation1A")
        self.act_eval_1b = action(None, lambda: self.nouvelle_evaluation("1B"), "actEvaluation1B")
        self.act_eval_2a = action(None, lambda: self.nouvelle_evaluation("2A"), "actEvaluation2A")
        self.act_seance = action(None, self.seance_examen, "actSeance")
        self.act_ponderation_1b = action(None, self.ponderation_1b, "actPonderation1B")
        self.act_criteres_1b = action(None, self.criteres_1b, "actCriteres1B")
        self.act_evaluations = action("Ctrl+Shift+E", self.liste_evaluations, "actEvaluations")
        self.act_strategie = action(None, self.strategies, "actStrategie")
        self.act_onglet_repertoire = action("Ctrl+1", lambda: self.onglets.setCurrentIndex(0), "actOngletRepertoire")
        self.act_onglet_qualite = action("Ctrl+2", lambda: self.onglets.setCurrentIndex(1), "actOngletQualite")
        self.act_onglet_tableau = action("Ctrl+3", lambda: self.onglets.setCurrentIndex(2), "actOngletTableau")
        self.act_sommaire = self.dock_sommaire.toggleViewAction()
        self.act_sommaire.setShortcuts([QKeySequence("Ctrl+R")])
        self.act_a_propos = action(QKeySequence.StandardKey.HelpContents, self.a_propos, "actAPropos")
        self.groupe_langue = QActionGroup(self)
        self.act_fr = action(None, lambda: self.changer_langue("fr"), "actFrancais")
        self.act_en = action(None, lambda: self.changer_langue("en"), "actAnglais")
        for a, code in ((self.act_fr, "fr"), (self.act_en, "en")):
            a.setCheckable(True)
            a.setChecked(self.langue == code)
            self.groupe_langue.addAction(a)
        self.act_fr.setText("Français")   # le nom d'une langue s'écrit dans cette langue
        self.act_en.setText("English")
        self._actions_ecriture = [self.act_nouveau, self.act_dupliquer, self.act_supprimer,
                                  self.act_exercice_suivant, self.act_metadonnees, self.act_annuler,
                                  self.act_retablir, self.act_importer, self.act_eval_1a, self.act_eval_1b,
                                  self.act_eval_2a, self.act_seance]
        if self.base.lecture_seule:
            for a in self._actions_ecriture:
                a.setEnabled(False)

    def _creer_menus(self) -> None:
        barre = self.menuBar()
        self.menu_fichier = barre.addMenu("")
        self.menu_fichier.addAction(self.act_nouveau_fichier)
        self.menu_fichier.addAction(self.act_ouvrir)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_importer)
        self.menu_exporter = self.menu_fichier.addMenu("")
        for a in (self.act_exporter_csv, self.act_exporter_normes, self.act_exporter_xlsx):
            self.menu_exporter.addAction(a)
        self.menu_exporter.addSeparator()
        self.menu_exporter.addAction(self.act_exporter_internes)
        self.menu_fichier.addAction(self.act_rapport_inventaire)
        self.menu_fichier.addAction(self.act_signer)
        self.menu_fichier.addAction(self.act_verifier)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_copie)
        self.menu_fichier.addAction(self.act_restaurer)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_quitter)
        self.menu_edition = barre.addMenu("")
        for a in (self.act_annuler, self.act_retablir, None, self.act_nouveau, self.act_dupliquer,
                  self.act_supprimer, None, self.act_rechercher, None, self.act_profil):
            self.menu_edition.addSeparator() if a is None else self.menu_edition.addAction(a)
        self.menu_repertoire = barre.addMenu("")
        for a in (self.act_exercice_suivant, self.act_metadonnees, None, self.act_qualite, None, self.act_journal, self.act_registre):
            self.menu_repertoire.addSeparator() if a is None else self.menu_repertoire.addAction(a)
        self.menu_evaluations = barre.addMenu("")
        for a in (self.act_eval_1a, self.act_eval_1b, self.act_eval_2a, None, self.act_seance, None,
                  self.act_evaluations, None, self.act_strategie, None, self.act_ponderation_1b, self.act_criteres_1b):
            self.menu_evaluations.addSeparator() if a is None else self.menu_evaluations.addAction(a)
        self.menu_affichage = barre.addMenu("")
        for a in (self.act_onglet_repertoire, self.act_onglet_qualite, self.act_onglet_tableau):
            self.menu_affichage.addAction(a)
        self.menu_affichage.addSeparator()
        self.menu_affichage.addAction(self.act_sommaire)
        self.menu_langue = self.menu_affichage.addMenu("")
        self.menu_langue.addAction(self.act_fr)
        self.menu_langue.addAction(self.act_en)
        self.menu_aide = barre.addMenu("")
        self.menu_aide.addAction(self.act_a_propos)

    def _brancher(self) -> None:
        self.filtre.recherche.textChanged.connect(self._filtre_change)
        self.filtre.type_service.currentIndexChanged.connect(self._filtre_change)
        self.filtre.designation.currentIndexChanged.connect(self._filtre_change)
        self.filtre.a_completer.toggled.connect(self._filtre_change)
        self.filtre.exercice.currentIndexChanged.connect(self._exercice_choisi)
        self.onglets.currentChanged.connect(self._onglet_change)
        self.table.selectionModel().currentRowChanged.connect(self._ligne_courante)
        self.modele.modelAboutToBeReset.connect(self._avant_rechargement)
        self.modele.modelReset.connect(self._apres_rechargement)
        self.modele.modelReset.connect(self._actualiser_compte)
        self.modele.rowsInserted.connect(self._actualiser_compte)
        self.controleur.etat.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self.controleur.erreur.connect(self._erreur)
        # Le sommaire se refait peu après le dernier changement (une rafale de saisies, un
        # chargement) : la table et le formulaire ne l'attendent jamais.
        self._minuterie_sommaire = QTimer(self)
        self._minuterie_sommaire.setSingleShot(True)
        self._minuterie_sommaire.setInterval(150)
        self._minuterie_sommaire.timeout.connect(self._actualiser_sommaire)
        self.controleur.donneesChangees.connect(self._minuterie_sommaire.start)
        self.controleur.donneesChangees.connect(self._actualiser_compte)
        self.controleur.exercicesChanges.connect(
            lambda: self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        )

    # --- réactions ---------------------------------------------------------------------
    def _filtre_change(self, *_args) -> None:
        self.controleur.filtrer(self.filtre.filtre())

    def _exercice_choisi(self, *_args) -> None:
        exercice = self.filtre.exercice.currentData()
        if exercice and exercice != self.controleur.exercice:
            self.controleur.charger_exercice(exercice)
            self.controleur.pile.clear()
            self._service_tableau = None
            if self.onglets.currentIndex() == 2:
                self.actualiser_tableau_de_bord()
            elif self.onglets.currentIndex() == 1:
                self.verifier_qualite()

    def _avant_rechargement(self) -> None:
        service = self._formulaire.service() if self._formulaire is not None else None
        self._pk_a_garder = service.pk if service is not None else None
        self._rechargement = True

    def _apres_rechargement(self) -> None:
        self._rechargement = False
        if self._pk_a_garder is not None and self.modele.rang_de(self._pk_a_garder) is not None:
            self.selectionner_pk(self._pk_a_garder)

    def _ligne_courante(self, courant, _precedent) -> None:
        if self._rechargement:
            return  # la table se recharge (filtre, fin du chargement) : le formulaire reste
        pk = self.modele.ligne(courant.row()).pk if courant.isValid() else None
        self._terminer_construction()   # peut retrier la table : la ligne est lue avant
        self.controleur.selectionner(pk)

    def _actualiser_compte(self, *_args) -> None:
        self.etat_compte.setText(
            self.tr("Services affichés : %1 sur %2")
            .replace("%1", str(self.modele.rowCount())).replace("%2", str(self.modele.nombre_total()))
        )

    def _actualiser_sommaire(self) -> None:
        if self._sommaire is None or self._fermee:
            return  # le panneau se construit et se remplit après le premier affichage
        self._sommaire.afficher_exercice(self.controleur.exercice)
        self.controleur.calculer_sommaire(self._sommaire_calcule)

    def _sommaire_calcule(self, exercice: str, sommaire) -> None:
        if exercice == self.controleur.exercice and self._sommaire is not None:
            self._sommaire.afficher(exercice, sommaire)

    def _erreur(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, self.tr("Enregistrement impossible"), en_clair(message))

    def _aller_recherche(self) -> None:
        self.filtre.recherche.setFocus()
        self.filtre.recherche.selectAll()

    def selectionner_pk(self, pk: int) -> None:
        from PySide6.QtCore import QItemSelectionModel

        rang = self.modele.rang_de(pk)
        if rang is None:
            return
        index = self.modele.index(rang, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _pk_courant(self) -> int | None:
        index = self.table.currentIndex()
        return self.modele.ligne(index.row()).pk if index.isValid() else None

    # --- commandes ---------------------------------------------------------------------
    def nouveau_service(self) -> None:
        pk = self.controleur.nouveau()
        if pk is not None:
            self.selectionner_pk(pk)
            self.formulaire.service_id.setFocus()

    def dupliquer_service(self) -> None:
        pk = self._pk_courant()
        if pk is None:
            return
        copie = self.controleur.dupliquer(pk)
        if copie is not None:
            self.selectionner_pk(copie)

    def supprimer_service(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        pk = self._pk_courant()
        if pk is None:
            return
        ligne = self.modele.ligne(self.table.currentIndex().row())
        libelle = " — ".join(x for x in (ligne.service_id, ligne.nom_fr if self.langue == "fr" else ligne.nom_en or ligne.nom_fr) if x) or self.tr("(sans nom)")
        reponse = QMessageBox.question(
            self, self.tr("Supprimer le service"),
            en_clair(self.tr("Supprimer le service « %1 » du répertoire?\n\nVous pourrez annuler la suppression avec Ctrl+Z.").replace("%1", libelle)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if reponse == QMessageBox.StandardButton.Yes:
            rang = self.table.currentIndex().row()
            self.controleur.supprimer(pk, libelle)
            if self.modele.rowCount():
                self.table.selectRow(min(rang, self.modele.rowCount() - 1))

    def commencer_exercice_suivant(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from gesserv_bureau.domaine import exercice as exercices

        cible = exercices.suivant(self.controleur.exercice)
        reponse = QMessageBox.question(
            self, self.tr("Commencer l'exercice suivant"),
            self.tr(
                "Commencer l'exercice %1 en y reportant les %2 services de l'exercice %3?\n\n"
                "La mise à jour annuelle du répertoire (exigence 7.1) part de l'exercice précédent : "
                "les éléments descriptifs sont repris, les volumes sont remis à compléter. "
                "L'exercice %3 reste intact."
            ).replace("%1", cible).replace("%2", str(self.modele.nombre_total())).replace("%3", self.controleur.exercice),
        )
        if reponse != QMessageBox.StandardButton.Yes:
            return
        resultat = self.controleur.commencer_exercice_suivant()
        if resultat is not None:
            self.filtre.remplir_exercices(self.controleur.exercices(), resultat.exercice)
            self.statusBar().showMessage(
                self.tr("Exercice %1 commencé : %2 services reportés.")
                .replace("%1", resultat.exercice).replace("%2", str(resultat.copies)), 10000
            )

    def modifier_metadonnees(self) -> None:
        from gesserv_bureau.interface import dialogues

        meta = repertoire.metadonnees(self.base, self.controleur.exercice)
        dialogue = dialogues.DialogueMetadonnees(self.controleur.exercice, meta["gardien"], meta["derniere_revision"], self)
        if dialogue.exec():
            gardien, date = dialogue.valeurs()
            self.controleur._tenter(lambda: repertoire.modifier_metadonnees(self.base, self.controleur.exercice, gardien, date) or True)

    def afficher_journal(self) -> None:
        from gesserv_bureau.interface import dialogues

        dialogues.DialogueJournal(repertoire.journal(self.base), self).exec()

    def afficher_registre(self):
        from gesserv_bureau.cas import production_rapports
        from gesserv_bureau.interface import dialogues

        dialogue = dialogues.DialogueRegistreRapports(production_rapports.registre(self.base), self)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def a_propos(self) -> None:
        from gesserv_bureau.interface import dialogues

        dialogues.a_propos(self, str(self.base.chemin or ":memory:"), self.base.version())

    # --- données ouvertes : import, export, qualité, tableau de bord -------------------------
    def importer_donnees(self, chemin: Path | None = None):
        """Le dialogue d'import; ``chemin`` : l'analyser tout de suite (sans le sélecteur)."""
        from gesserv_bureau.interface.dialogue_import import DialogueImport

        dialogue = DialogueImport(self.base, self.langue, self, avant_ecriture=self.controleur.enregistrer_maintenant)
        dialogue.importe.connect(self._apres_import)
        _detruire_a_la_fermeture(dialogue)
        dialogue.setModal(True)
        dialogue.show()
        if chemin is not None:
            dialogue.analyser_fichier(Path(chemin))
        else:
            dialogue.choisir_fichier()
        return dialogue

    def _apres_import(self, resultat) -> None:
        """Après un import : la table relue (sur l'exercice importé le plus récent), puis le
        contrôle de la qualité, dans son onglet."""
        self.controleur.pile.clear()   # l'import n'est pas une saisie qu'on annule pièce à pièce
        exercices = repertoire.exercices_connus(self.base)
        cible = self.controleur.exercice if self.controleur.exercice in exercices else (exercices[-1] if exercices else None)
        self.controleur.charger_exercice(cible)
        self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        self.statusBar().showMessage(self.tr("Import terminé."), 10000)
        self.verifier_qualite()

    def exporter(self, quoi: str, chemin: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from gesserv_bureau.cas import donnees_ouvertes

        self.controleur.enregistrer_maintenant()
        exercice = self.controleur.exercice
        noms = {"csv": f"repertoire-services-{exercice}.csv", "normes": f"normes-service-{exercice}.csv",
                "xlsx": f"repertoire-services-{exercice}.xlsx"}
        filtres = {"csv": self.tr("Fichiers CSV (*.csv)"), "normes": self.tr("Fichiers CSV (*.csv)"),
                   "xlsx": self.tr("Classeurs Excel (*.xlsx)")}
        if chemin is None:
            nom, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter l'exercice %1").replace("%1", exercice),
                                                 str(self._dossier_courant() / noms[quoi]), filtres[quoi])
            if not nom:
                return None
            chemin = Path(nom)
        try:
            internes = self.act_exporter_internes.isChecked()
            if quoi == "xlsx":
                n = donnees_ouvertes.exporter_xlsx(self.base, chemin, exercice, self.langue)
            elif quoi == "normes":
                n = donnees_ouvertes.exporter_normes_csv(self.base, chemin, exercice, internes)
            else:
                n = donnees_ouvertes.exporter_csv(self.base, chemin, exercice, internes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export impossible"), en_clair(self.tr(
                "Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé."
            ).replace("%1", str(chemin)).replace("%2", exc.strerror or str(exc))))
            return None
        message = self.tr("Lignes exportées : %1, dans %2.").replace("%1", str(n)).replace("%2", str(chemin))
        laisses = 0 if quoi == "xlsx" or internes else donnees_ouvertes.services_internes(self.base, exercice)
        if laisses:
            message += " " + self.tr("Services internes (non intégrés) laissés hors de l'export : %1.").replace("%1", str(laisses))
        self.statusBar().showMessage(message, 10000)
        return chemin

    @property
    def qualite(self):
        if self._qualite is None:
            from gesserv_bureau.interface.panneau_qualite import PanneauQualite

            self._qualite = PanneauQualite(self)
            self._qualite.changer_langue(self.langue)
            self._qualite.verifier_demande.connect(self.verifier_qualite)
            self._qualite.aller_au_service.connect(self.aller_au_service)
            self._remplacer_onglet(1, self._qualite)
        return self._qualite

    def _remplacer_onglet(self, index: int, widget) -> None:
        courant = self.onglets.currentIndex()
        bloque = self.onglets.blockSignals(True)
        ancien = self.onglets.widget(index)
        texte = self.onglets.tabText(index)
        self.onglets.removeTab(index)
        self.onglets.insertTab(index, widget, texte)
        ancien.deleteLater()
        self.onglets.setCurrentIndex(courant)
        self.onglets.blockSignals(bloque)

    def verifier_qualite(self) -> None:
        """Le contrôle de la qualité des données de l'exercice affiché, dans son onglet."""
        from gesserv_bureau.cas import donnees_ouvertes

        self.controleur.enregistrer_maintenant()
        panneau = self.qualite
        self.onglets.setCurrentIndex(1)
        exercice = self.controleur.exercice
        if self.base.chemin is None:
            panneau.afficher(donnees_ouvertes.verifier_qualite(self.base, exercice), exercice)
            return
        from gesserv_bureau.interface import taches

        chemin = self.base.chemin
        taches.lancer(self, lambda: donnees_ouvertes.verifier_qualite_fichier(chemin, exercice),
                      lambda constats: panneau.afficher(constats, exercice),
                      lambda exc: self._erreur(str(exc)))

    def aller_au_service(self, pk: int, exercice: str) -> None:
        """Montre le service dans l'onglet du répertoire (change d'exercice, vide le filtre)."""
        self.onglets.setCurrentIndex(0)
        if exercice != self.controleur.exercice:
            self.filtre.exercice.setCurrentIndex(max(self.filtre.exercice.findData(exercice), 0))
        for effacer in (self.filtre.recherche.clear, lambda: self.filtre.type_service.setCurrentIndex(0),
                        lambda: self.filtre.designation.setCurrentIndex(0),
                        lambda: self.filtre.a_completer.setChecked(False)):
            effacer()
        essais = [0]

        def essayer():
            if self._fermee:
                return
            if self.modele.rang_de(pk) is not None:
                self.selectionner_pk(pk)
                self.table.setFocus()
            elif essais[0] < 100 and not self.modele.chargement_complet():
                essais[0] += 1
                QTimer.singleShot(50, essayer)

        essayer()

    def _onglet_change(self, index: int) -> None:
        if index == 1 and (self._qualite is None or self._qualite._exercice != self.controleur.exercice):
            self.verifier_qualite()
        elif index == 2:
            self.actualiser_tableau_de_bord()

    @property
    def tableau(self):
        if self._tableau is None:
            from gesserv_bureau.interface.tableau_de_bord import TableauDeBord

            self._tableau = TableauDeBord(self)
            self._tableau.changer_langue(self.langue)
            self._tableau.service_demande.connect(self.actualiser_tableau_de_bord)
            self._remplacer_onglet(2, self._tableau)
        return self._tableau

    def actualiser_tableau_de_bord(self, service_pk: int | None = None) -> None:
        """Le tableau de bord de l'exercice affiché (construit à la première ouverture), calculé
        hors du fil de l'interface; ``service_pk`` : le service des graphiques par service."""
        from gesserv_bureau.cas import statistiques

        self.controleur.enregistrer_maintenant()
        tableau = self.tableau
        if service_pk is None:
            service_pk = self._service_tableau
        self._service_tableau = service_pk
        exercice = self.controleur.exercice
        if self.base.chemin is None:
            tableau.afficher(statistiques.tableau_de_bord(self.base, exercice, service_pk), self.langue)
            return
        from gesserv_bureau.interface import taches

        chemin = self.base.chemin

        def calculer():
            return statistiques.tableau_de_bord_fichier(chemin, exercice, service_pk)

        def afficher(donnees):
            if exercice == self.controleur.exercice and not self._fermee:
                tableau.afficher(donnees, self.langue)

        taches.lancer(self, calculer, afficher, lambda exc: self._erreur(str(exc)))

    # --- évaluations (annexes 1A, 1B, 2A) ----------------------------------------------------
    def nouvelle_evaluation(self, outil: str, service_pk: int | None = None):
        """Un assistant neuf : 1A pour une activité; 1B et 2A pour le service sélectionné."""
        from gesserv_bureau.cas import evaluer
        from gesserv_bureau.domaine import outils

        self.controleur.enregistrer_maintenant()
        if outils.outil(outil).porte_sur_un_service and service_pk is None:
            service_pk = self._pk_courant()
        try:
            ev = evaluer.nouvelle(self.base, outil, self.controleur.exercice, service_pk)
        except ErreurStockage as exc:
            self._erreur(texte_erreur_stockage(exc))
            return None
        return self.ouvrir_evaluation(ev)

    def ouvrir_evaluation(self, ev):
        from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

        fenetre = FenetreEvaluation(self.base, ev, self.langue, self)
        _detruire_a_la_fermeture(fenetre)
        fenetre.changee.connect(self._evaluation_changee)
        fenetre.show()
        self._fenetres_evaluation.append(fenetre)
        fenetre.destroyed.connect(lambda *_: self._fenetres_evaluation.remove(fenetre)
                                  if fenetre in self._fenetres_evaluation else None)
        return fenetre

    def _evaluation_changee(self, ev) -> None:
        """Une évaluation a pu changer le répertoire (1B : désignation; 1A : entrée créée)."""
        from gesserv_bureau.domaine import outils

        if ev.statut != "brouillon" or (not outils.outil(ev.outil).porte_sur_un_service and ev.service_pk is not None):
            if ev.service_pk is not None and self.modele.rang_de(ev.service_pk) is None and ev.exercice == self.controleur.exercice:
                self.controleur.charger_exercice()
            elif ev.service_pk is not None:
                from gesserv_bureau.domaine.inventaire import ligne_de

                service = repertoire.charger_service(self.base, ev.service_pk)
                if service is not None and self.modele.rang_de(service.pk) is not None:
                    self.modele.remplacer(ligne_de(service))
                    courant = self._formulaire.service() if self._formulaire is not None else None
                    if courant is not None and courant.pk == service.pk:
                        self._formulaire.afficher(service)
            self._minuterie_sommaire.start()

    def liste_evaluations(self, service_pk: int | None = None):
        from gesserv_bureau.interface.liste_evaluations import ListeEvaluations

        dialogue = ListeEvaluations(self.base, self.langue, self.controleur.exercice, self, service_pk=service_pk)
        dialogue.ouvrir.connect(self.ouvrir_evaluation)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def rapport(self, type_: str, cle: str | None = None, exercice: str | None = None):
        """L'aperçu d'un rapport PDF, puis enregistrer, imprimer ou signer."""
        from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

        self.controleur.enregistrer_maintenant()
        dialogue = DialogueRapport(self.base, type_, self.langue, self, cle=cle, exercice=exercice)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def signer_pdf(self, source: Path | None = None):
        from gesserv_bureau.interface.dialogue_signature import DialogueSignature

        dialogue = DialogueSignature(self.base, self.langue, self, source=source)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def verifier_pdf(self, fichier: Path | None = None):
        from gesserv_bureau.interface.dialogue_signature import DialogueVerification

        dialogue = DialogueVerification(self.langue, self, fichier=fichier)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def rapport_inventaire(self):
        return self.rapport("inventaire", exercice=self.controleur.exercice)

    def strategies(self):
        from gesserv_bureau.interface.strategie.fenetre_strategie import DialogueStrategies

        dialogue = DialogueStrategies(self.base, self.langue, self.controleur.exercice, self)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def profil(self):
        """Édition › Profil… : qui prépare les rapports (« Préparé par », l'auteur des nouveaux
        dossiers, le ministère de l'en-tête)."""
        from gesserv_bureau.interface.dialogue_profil import DialogueProfil

        dialogue = DialogueProfil(self.langue, self)
        dialogue.profil_enregistre.connect(self._profil_enregistre)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def proposer_profil(self):
        """Au premier lancement (aucun profil, jamais demandé) : le dialogue d'accueil du profil,
        qu'on peut passer; sinon rien. Ne bloque pas la fenêtre (dialogue non modal)."""
        from gesserv_bureau.cas import profils

        if self._fermee or not profils.a_demander():
            return None
        from gesserv_bureau.interface.dialogue_profil import DialogueProfil

        dialogue = DialogueProfil(self.langue, self, premier_lancement=True)
        dialogue.profil_enregistre.connect(self._profil_enregistre)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def _profil_enregistre(self, profil) -> None:
        self.base.auteur = profil.nom   # l'auteur des dossiers créés désormais

    def ponderation_1b(self):
        """La pondération facultative que le ministère se donne pour l'outil 1B."""
        from gesserv_bureau.interface.dialogue_ponderation_1b import DialoguePonderation1B

        dialogue = DialoguePonderation1B(self.base, self.langue, self)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def criteres_1b(self):
        """Les autres critères du ministère pour l'outil 1B."""
        from gesserv_bureau.interface.dialogue_criteres_1b import DialogueCriteres1B

        dialogue = DialogueCriteres1B(self.base, self.langue, self)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def seance_examen(self):
        from gesserv_bureau.interface.seance_examen import DialogueSeances

        dialogue = DialogueSeances(self.base, self.langue, self.controleur.exercice, self)
        _detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    # --- changer de fichier ----------------------------------------------------------------
    def _filtre_fichiers(self) -> str:
        return self.tr("Répertoires gesserv-bureau (*.sqlite *.db);;Tous les fichiers (*)")

    def ouvrir_repertoire(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        nom, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un répertoire de services"),
                                             str(self._dossier_courant()), self._filtre_fichiers())
        if nom:
            self.changementDeBase.emit(Path(nom), None)

    def nouveau_repertoire(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        nom, _ = QFileDialog.getSaveFileName(self, self.tr("Créer un répertoire de services"),
                                             str(self._dossier_courant() / "repertoire.sqlite"),
                                             self._filtre_fichiers())
        if not nom:
            return
        chemin = Path(nom)
        if chemin.exists():
            QMessageBox.warning(self, self.tr("Fichier existant"), en_clair(self.tr(
                "Le fichier %1 existe déjà : il n'a pas été remplacé. Choisissez un autre nom, ou "
                "ouvrez-le avec Fichier › Ouvrir un répertoire."
            ).replace("%1", str(chemin))))
            return
        self.changementDeBase.emit(chemin, None)

    def _dossier_courant(self) -> Path:
        return self.base.chemin.parent if self.base.chemin else Path.home()

    def restaurer_copie(self) -> None:
        """Remplace le répertoire ouvert par une de ses copies de sécurité intactes."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from gesserv_bureau.messages_erreur import date_copie
        from gesserv_bureau.stockage import sauvegardes

        if self.base.chemin is None:
            return
        self.controleur.enregistrer_maintenant()
        copies = sauvegardes.copies_intactes(self.base.chemin)
        if not copies:
            QMessageBox.information(self, self.tr("Restaurer une copie de sécurité"),
                                    self.tr("Ce répertoire n'a encore aucune copie de sécurité intacte."))
            return
        libelles = [f"{date_copie(c)} — {c.name}" for c in copies]
        choix, ok = QInputDialog.getItem(
            self, self.tr("Restaurer une copie de sécurité"),
            self.tr("Copie à remettre en place (la plus récente d'abord) :"), libelles, 0, False,
        )
        if not ok:
            return
        copie = copies[libelles.index(choix)]
        dans_copie = sauvegardes.examiner(copie).services or 0
        dans_base = sauvegardes.services_de(self.base.chemin) or 0
        question = (self.tr("Remplacer le répertoire ouvert par la copie du %1?").replace("%1", date_copie(copie))
                    + "\n\n" + self.tr("La copie contient %1 services; le répertoire ouvert, %2 services.")
                    .replace("%1", str(dans_copie)).replace("%2", str(dans_base)))
        if dans_copie < dans_base:
            question += "\n\n" + self.tr("Attention, services qui disparaîtraient du répertoire : %1.").replace(
                "%1", str(dans_base - dans_copie))
        question += "\n\n" + self.tr("Le répertoire actuel n'est pas effacé : il est gardé à côté, renommé.")
        reponse = QMessageBox.question(self, self.tr("Restaurer une copie de sécurité"), question)
        if reponse == QMessageBox.StandardButton.Yes:
            self.changementDeBase.emit(self.base.chemin, copie)

    def _copie_securite(self) -> None:
        from gesserv_bureau.stockage import sauvegardes

        if self.base.chemin is None:
            return
        self.controleur.enregistrer_maintenant()
        try:
            copie = sauvegardes.copier(self.base.chemin, "manuelle")
        except ErreurStockage as exc:   # rien n'a été laissé dans le dossier des copies
            from PySide6.QtWidgets import QMessageBox

            message = texte_erreur_stockage(exc)
            self.statusBar().showMessage(message, 15000)
            QMessageBox.warning(self, self.tr("Copie de sécurité non faite"), message)
            return
        self.statusBar().showMessage(self.tr("Copie de sécurité faite : %1").replace("%1", str(copie)), 10000)

    # --- langue ------------------------------------------------------------------------
    def changer_langue(self, langue: str) -> None:
        if langue == self.langue:
            return
        self.traductions.retirer()
        self.traductions = Traductions(langue)
        self.traductions.installer()
        enregistrer_langue(langue)
        self._changer_langue_widgets(langue)

    def _changer_langue_widgets(self, langue: str) -> None:
        self.langue = langue
        for vue in (self.modele, self._formulaire, self._sommaire, self.filtre, self._qualite, self._tableau):
            if vue is not None:
                vue.changer_langue(langue)
        for fenetre in getattr(self, "_fenetres_evaluation", []):   # les assistants ouverts suivent
            fenetre.assistant.langue = langue
            fenetre.assistant.retraduire()
        self.act_fr.setChecked(langue == "fr")
        self.act_en.setChecked(langue == "en")
        self.retraduire()
        service = self._formulaire.service() if self._formulaire is not None else None
        if service is not None:
            self._formulaire.afficher_problemes(repertoire.problemes(self.base, service))

    def retraduire(self) -> None:
        titre = self.tr("gesserv-bureau — Répertoire des services")
        if self.base.lecture_seule:
            titre += " " + self.tr("(lecture seule)")
        self.setWindowTitle(titre)
        self.menu_fichier.setTitle(self.tr("&Fichier"))
        self.menu_edition.setTitle(self.tr("&Édition"))
        self.menu_repertoire.setTitle(self.tr("&Répertoire"))
        self.menu_affichage.setTitle(self.tr("&Affichage"))
        self.menu_langue.setTitle(self.tr("&Langue"))
        self.menu_aide.setTitle(self.tr("Aid&e"))
        self.act_quitter.setText(self.tr("&Quitter"))
        self.act_copie.setText(self.tr("Faire une &copie de sécurité"))
        self.act_ouvrir.setText(self.tr("&Ouvrir un répertoire…"))
        self.act_nouveau_fichier.setText(self.tr("&Nouveau répertoire…"))
        self.act_restaurer.setText(self.tr("&Restaurer une copie de sécurité…"))
        self.act_nouveau.setText(self.tr("&Nouveau service"))
        self.act_dupliquer.setText(self.tr("&Dupliquer le service"))
        self.act_supprimer.setText(self.tr("&Supprimer le service…"))
        self.act_rechercher.setText(self.tr("&Rechercher"))
        self.act_profil.setText(self.tr("&Profil…"))
        self.act_exercice_suivant.setText(self.tr("Commencer l'exercice &suivant…"))
        self.act_metadonnees.setText(self.tr("&Métadonnées du répertoire…"))
        self.act_journal.setText(self.tr("&Journal des modifications…"))
        self.act_registre.setText(self.tr("Re&gistre des rapports exportés et signés…"))
        self.act_importer.setText(self.tr("&Importer des données ouvertes…"))
        self.menu_evaluations.setTitle(self.tr("É&valuations"))
        self.act_eval_1a.setText(self.tr("Une &activité est-elle un service? (annexe 1A)…"))
        self.act_eval_1b.setText(self.tr("Ce service est-il &prioritaire? (annexe 1B)…"))
        self.act_eval_2a.setText(self.tr("&Examiner ce service prioritaire (annexe 2A)…"))
        self.act_seance.setText(self.tr("&Séance d'examen du groupe de travail…"))
        self.act_evaluations.setText(self.tr("&Toutes les évaluations…"))
        self.act_strategie.setText(self.tr("Stratégie de gestion des services et plan de travail (2B, 2C)…"))
        self.act_ponderation_1b.setText(self.tr("Pondé&ration du ministère (1B)…"))
        self.act_criteres_1b.setText(self.tr("Autres &critères du ministère (1B)…"))
        self.menu_exporter.setTitle(self.tr("&Exporter"))
        self.act_exporter_csv.setText(self.tr("Le &répertoire (CSV, format des données ouvertes)…"))
        self.act_exporter_normes.setText(self.tr("Les &normes de service (CSV)…"))
        self.act_exporter_xlsx.setText(self.tr("Un &classeur Excel (.xlsx)…"))
        self.act_exporter_internes.setText(self.tr("CSV : inclure les services internes (non intégrés), marqués INTERN"))
        self.act_qualite.setText(self.tr("&Vérifier la qualité des données"))
        self.act_rapport_inventaire.setText(self.tr("Rapport &PDF du répertoire (aperçu, impression)…"))
        self.act_signer.setText(self.tr("Si&gner ou contresigner un rapport PDF…"))
        self.act_verifier.setText(self.tr("&Vérifier les signatures d'un PDF…"))
        self.act_onglet_repertoire.setText(self.tr("&Répertoire"))
        self.act_onglet_qualite.setText(self.tr("&Qualité des données"))
        self.act_onglet_tableau.setText(self.tr("&Tableau de bord"))
        self.onglets.setTabText(0, self.tr("Répertoire"))
        self.onglets.setTabText(1, self.tr("Qualité des données"))
        self.onglets.setTabText(2, self.tr("Tableau de bord"))
        self.dock_sommaire.setWindowTitle(self.tr("Sommaire"))
        if self._formulaire is None:
            self._attente_formulaire.setText(invite_formulaire())
        self.act_a_propos.setText(self.tr("À &propos de gesserv-bureau"))
        self.etat_base.setText(str(self.base.chemin or ""))
        self._actualiser_compte()

    # --- fermeture --------------------------------------------------------------------
    def _restaurer_geometrie(self) -> None:
        """La taille et la place de la fenêtre et de son panneau du sommaire."""
        reglages = preferences()
        geometrie = reglages.value("fenetre/geometrie")
        self._geometrie_restauree = isinstance(geometrie, QByteArray) and self.restoreGeometry(geometrie)
        if not self._geometrie_restauree:
            self.resize(1440, 900)
            return
        # restoreState place aussi le panneau du sommaire, d'après son nom, sans addDockWidget
        # (qui demande une Qt.DockWidgetArea); caché par l'utilisateur, il est replacé après le
        # premier affichage, puis caché de nouveau par le même état.
        etat = reglages.value("fenetre/etat")
        if isinstance(etat, QByteArray) and self.restoreState(etat) and not self.dock_sommaire.isHidden():
            self._sommaire_place = True

    def _fermer_fenetres_filles(self) -> None:
        """Les fenêtres ouvertes depuis celle-ci (évaluations, séances, stratégies, rapports) se
        ferment avec elle : elles travaillent sur la même base, qui va être fermée."""
        from PySide6.QtWidgets import QDialog

        for fille in self.findChildren(QDialog):
            if fille.isVisible():
                fille.close()
            fille.setParent(None)
            fille.deleteLater()

    def _marquer_fermee(self) -> None:
        self._fermee = True
        self._minuterie_controle.stop()
        self._minuterie_sommaire.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._minuterie_controle.stop()
        if self._abandonnee:
            self._marquer_fermee()
            self._minuterie_sommaire.stop()
            self._fermer_fenetres_filles()
            self.base.fermer()
            self.controleur.deleteLater()
            super().closeEvent(event)
            return
        if not self.base.lecture_seule and not self.controleur.enregistrer_maintenant():
            reponse = QMessageBox.warning(
                self, self.tr("Modifications non enregistrées"),
                self.tr("Les dernières modifications n'ont pas pu être enregistrées. Quitter quand même "
                        "et les perdre?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if reponse != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._minuterie_sommaire.stop()
        from gesserv_bureau.interface import taches

        taches.attendre_toutes(3000)  # les lectures en cours finissent avant la fermeture
        reglages = preferences()
        reglages.setValue("fenetre/geometrie", self.saveGeometry())
        if self._sommaire_place:   # sinon, l'état de la dernière fois reste
            reglages.setValue("fenetre/etat", self.saveState())
        reglages.sync()
        self._marquer_fermee()
        self._fermer_fenetres_filles()
        self.base.fermer()
        self.controleur.deleteLater()  # ses tâches en cours ne rappelleront plus une fenêtre fermée
        super().closeEvent(event)
