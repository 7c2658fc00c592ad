"""La disposition de la fenêtre principale : la barre de filtre et la table à gauche, le
formulaire du service à droite (construit juste après le premier affichage), les onglets de la
qualité des données et du tableau de bord (construits à leur première ouverture), le panneau du
sommaire et la barre d'état. Rien de ce qu'on y fait : les menus sont dans ``menus``, les
commandes dans les modules ``actions_*``.

Les énumérations de ``Qt`` ne servent qu'après le premier affichage (voir ``valeurs_qt``)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.interface.fenetre.barre_filtre import BarreFiltre
from gesserv_bureau.interface.modele_inventaire import (
    COL_A_COMPLETER,
    COL_DESIGNATIONS,
    COL_EN_LIGNE,
    COL_ID,
    COL_NOM,
    COL_PORTEE,
    COL_PROPRIETAIRE,
    COL_TYPE,
)
from gesserv_bureau.interface.ecran import taille_initiale
from gesserv_bureau.interface.etiquette_elidee import EtiquetteElidee
from gesserv_bureau.interface.ordre_tab import dans_la_chaine, placer_apres
from gesserv_bureau.interface.textes import STYLE_INVITE, texte_brut
from gesserv_bureau.langue import preferences


class DispositionFenetre:
    """Les widgets de ``FenetrePrincipale`` (à mettre avant ``QMainWindow`` dans ses bases)."""

    def _construire_disposition(self) -> None:
        """La table et le filtre (le modèle ``self.modele`` existe déjà), la place du formulaire,
        les onglets, le panneau du sommaire, la barre d'état."""
        # Le formulaire et le sommaire se construisent juste après le premier affichage (ou dès
        # qu'on en a besoin) : la table s'affiche d'abord. Voir _terminer_construction().
        self._formulaire = None
        self._sommaire = None
        self.filtre = BarreFiltre(self, self.langue)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
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
        self.setCentralWidget(self.onglets)

        self.dock_sommaire = QDockWidget(self)   # placé par _restaurer_geometrie ou _apres_premier_affichage
        self.dock_sommaire.setObjectName("dockSommaire")
        self.dock_sommaire.hide()
        self._sommaire_place = False
        self._defilement_sommaire = None

        self.etat_compte = QLabel(self)
        self.etat_base = EtiquetteElidee(self, milieu=True, largeur_min=120)   # un long chemin : « … » au milieu
        texte_brut(self.etat_compte, self.etat_base)   # le chemin du fichier : tel quel
        self.statusBar().addPermanentWidget(self.etat_compte)
        self.statusBar().addPermanentWidget(self.etat_base)

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
        from gesserv_bureau.cas import profils

        # l'auteur des dossiers créés dans cette fenêtre : lu ici, pas avant le premier affichage
        # (cas.profils, 3 ms); rien ne se crée avant que la fenêtre ne soit construite
        self.base.auteur = profils.nom_auteur()
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
        # dans une zone qui défile : sur un écran étroit, le panneau ne force pas la fenêtre à
        # s'élargir; ses comptes défilent
        defilement = QScrollArea(self.dock_sommaire)
        defilement.setObjectName("defilementSommaire")
        defilement.setWidgetResizable(True)
        defilement.setFrameShape(QFrame.Shape.NoFrame)
        # sans cadre, rien ne dirait que Tab y est arrivé : un cadre transparent, bleu au focus
        defilement.setStyleSheet("QScrollArea#defilementSommaire { border: 2px solid transparent; }"
                                 "QScrollArea#defilementSommaire:focus { border: 2px solid #1a5fb4; }")
        defilement.setWidget(self._sommaire)
        defilement.setAccessibleName(self.tr("Sommaire de l'exercice"))
        self._defilement_sommaire = defilement
        # l'ordre de Tab suit la lecture : les onglets, le filtre, la table, le formulaire, le sommaire
        chaine = [self.onglets.tabBar(), *self.filtre.ordre(), self.table, self._formulaire, defilement]
        for avant, apres in zip(chaine, chaine[1:]):
            QWidget.setTabOrder(avant, apres)
        self.dock_sommaire.setWidget(defilement)
        self._minuterie_sommaire.start()
        from gesserv_bureau.interface import aide

        aide.installer_f1()   # F1 dans chaque fenêtre et dialogue qui s'ouvrira
        self._demarrer_suivi_serveur()   # une copie du répertoire ministériel : les avis en direct

    @property
    def formulaire(self):
        self._terminer_construction()
        return self._formulaire

    @property
    def sommaire(self):
        self._terminer_construction()
        return self._sommaire

    # --- taille et place, d'une séance à l'autre ------------------------------------------
    def _restaurer_geometrie(self) -> None:
        """La taille et la place de la fenêtre et de son panneau du sommaire."""
        reglages = preferences()
        geometrie = reglages.value("fenetre/geometrie")
        self._geometrie_restauree = isinstance(geometrie, QByteArray) and self.restoreGeometry(geometrie)
        if not self._geometrie_restauree:
            self.resize(taille_initiale(self, 1440, 900))
            return
        # restoreState place aussi le panneau du sommaire, d'après son nom, sans addDockWidget
        # (qui demande une Qt.DockWidgetArea); caché par l'utilisateur, il est replacé après le
        # premier affichage, puis caché de nouveau par le même état.
        etat = reglages.value("fenetre/etat")
        if isinstance(etat, QByteArray) and self.restoreState(etat) and not self.dock_sommaire.isHidden():
            self._sommaire_place = True

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
        self._suivre_les_onglets(widget)

    def _suivre_les_onglets(self, widget) -> None:
        """Les contrôles d'un onglet construit après coup viennent, pour Tab, juste après la
        barre des onglets (et non après le sommaire, tout en bas)."""
        barre = self.onglets.tabBar()
        placer_apres(barre, dans_la_chaine(widget, barre))

