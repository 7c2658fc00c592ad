"""La disposition de la fenêtre d'une stratégie (``FenetreStrategie``) : l'en-tête (titre,
statut, gestes), le bandeau des erreurs, ce qui a changé depuis la version approuvée, l'aperçu
de la stratégie actuelle (mise à jour annuelle seulement) et, côte à côte, la table des
matières, l'éditeur de la section et le volet du guide. Rien de ce qu'on y fait : les
commandes sont dans ``actions_strategie``, la table des matières dans ``sections_strategie``,
le guide dans ``guide_strategie``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.interface.etiquette_elidee import EtiquetteElidee
from gesserv_bureau.interface.texte_depliable import TexteDepliable
from gesserv_bureau.interface.textes import STYLE_BANDEAU


class DispositionStrategie:
    """Les widgets de ``FenetreStrategie`` (à mettre avant ``QDialog`` dans ses bases)."""

    def _construire_disposition(self) -> None:
        tout = QVBoxLayout(self)
        tout.addLayout(self._construire_entete())
        self.bandeau = QLabel(self)
        self.bandeau.setObjectName("bandeauStrategie")
        self.bandeau.setWordWrap(True)
        self.bandeau.setStyleSheet(STYLE_BANDEAU)
        self.bandeau.hide()
        tout.addWidget(self.bandeau)
        # replié sur sa première ligne (« suite › » déplie la liste des éléments A à G) : sur un
        # écran de 1024 × 640, la section à modifier garde la place
        self.changements = TexteDepliable(self)
        self.changements.setObjectName("changementsMiseAJour")
        self.changements.setStyleSheet("background: #f3f6f9; border-left: 3px solid #6b8fb5; padding: 6px;")
        tout.addWidget(self.changements)
        self._construire_apercu(tout)

        separateur = QSplitter(Qt.Orientation.Horizontal, self)
        separateur.addWidget(self._construire_table_des_matieres())
        self.editeurs = QStackedWidget(self)
        separateur.addWidget(self.editeurs)
        separateur.addWidget(self._construire_guide())
        separateur.setSizes([280, 760, 320])
        self.separateur = separateur
        tout.addWidget(separateur, 1)

    def _construire_entete(self) -> QVBoxLayout:
        """Sur une ligne, le titre, la version et son statut (abrégé s'il manque de place, en
        entier en infobulle); sur la suivante, les gestes (approuver, nouvelle version, mise à
        jour annuelle, rapports) : l'en-tête tient sur un portable de 1366 px comme sur un
        écran de 1024."""
        pile = QVBoxLayout()
        entete = QHBoxLayout()
        self.etiquette_titre = QLabel(self)
        self.titre = QLineEdit(self)
        self.titre.setObjectName("titreStrategie")
        self.titre.setMinimumWidth(220)
        self.etiquette_titre.setBuddy(self.titre)
        self.statut = EtiquetteElidee(self, largeur_min=160)
        self.statut.setObjectName("statutStrategie")
        self.statut.setStyleSheet("font-weight: 600;")
        self.bouton_approuver = QPushButton(self)
        self.bouton_approuver.setObjectName("boutonApprouver")
        self.bouton_version = QPushButton(self)
        self.bouton_version.setObjectName("boutonNouvelleVersion")
        self.bouton_mise_a_jour = QPushButton(self)
        self.bouton_mise_a_jour.setObjectName("boutonMiseAJour")
        entete.addWidget(self.etiquette_titre)
        entete.addWidget(self.titre, 3)
        entete.addWidget(self.statut, 2)
        pile.addLayout(entete)
        gestes = QHBoxLayout()
        gestes.addStretch(1)
        pile.addLayout(gestes)
        self.bouton_rapport = QPushButton(self)
        self.bouton_rapport.setObjectName("boutonRapportStrategie")
        self.bouton_rapport_plan = QPushButton(self)
        self.bouton_rapport_plan.setObjectName("boutonRapportPlan")
        for b in (self.bouton_approuver, self.bouton_version, self.bouton_mise_a_jour, self.bouton_rapport,
                  self.bouton_rapport_plan):
            gestes.addWidget(b)
        return pile

    def _construire_table_des_matieres(self) -> QWidget:
        """La colonne de gauche : la table des matières et les boutons qui l'adaptent."""
        gauche = QWidget(self)
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.etiquette_toc = QLabel(gauche)
        self.etiquette_toc.setStyleSheet("font-weight: 600;")
        self.toc = QListWidget(gauche)
        self.toc.setObjectName("tableDesMatieres")
        self.toc.setWordWrap(True)
        self.etiquette_toc.setBuddy(self.toc)
        colonne.addWidget(self.etiquette_toc)
        colonne.addWidget(self.toc, 1)
        boutons = QHBoxLayout()
        self.bouton_ajouter = QPushButton(gauche)
        self.bouton_ajouter.setObjectName("boutonAjouterSection")
        self.bouton_renommer = QPushButton(gauche)
        self.bouton_renommer.setObjectName("boutonRenommerSection")
        boutons.addWidget(self.bouton_ajouter)
        boutons.addWidget(self.bouton_renommer)
        colonne.addLayout(boutons)
        boutons = QHBoxLayout()
        self.bouton_monter = QPushButton(gauche)
        self.bouton_monter.setObjectName("boutonMonterSection")
        self.bouton_descendre = QPushButton(gauche)
        self.bouton_descendre.setObjectName("boutonDescendreSection")
        self.bouton_retirer = QPushButton(gauche)
        self.bouton_retirer.setObjectName("boutonRetirerSection")
        for b in (self.bouton_monter, self.bouton_descendre, self.bouton_retirer):
            boutons.addWidget(b)
        colonne.addLayout(boutons)
        return gauche

    # --- l'aperçu de la stratégie actuelle (mise à jour annuelle, 2.5.5, élément 1) ------
    def _construire_apercu(self, pile: QVBoxLayout) -> None:
        """Une ligne, pour une mise à jour seulement : l'endroit où se trouve la stratégie
        actuelle (lien ou chemin), sa date d'approbation et sa dernière date de mise à jour."""
        self.apercu = QWidget(self)
        self.apercu.setObjectName("apercuStrategieActuelle")
        ligne = QGridLayout(self.apercu)
        ligne.setContentsMargins(0, 0, 0, 0)
        self.etiquette_apercu = QLabel(self.apercu)
        self.etiquette_apercu.setStyleSheet("font-weight: 600;")
        self.etiquette_emplacement = QLabel(self.apercu)
        self.emplacement = QLineEdit(self.apercu)
        self.emplacement.setObjectName("emplacementStrategie")
        self.etiquette_emplacement.setBuddy(self.emplacement)
        self.etiquette_approbation = QLabel(self.apercu)
        self.etiquette_derniere = QLabel(self.apercu)
        self.date_approbation = self.date_derniere = None
        if self.st.type == "mise_a_jour":
            import datetime as dt

            from gesserv_bureau.interface.strategie.plan_travail import EditeurDate

            self.date_approbation = EditeurDate(dt.date.today(), self.apercu)
            self.date_approbation.setObjectName("dateApprobationOriginale")
            self.date_derniere = EditeurDate(dt.date.today(), self.apercu)
            self.date_derniere.setObjectName("dateDerniereMiseAJour")
            self.etiquette_approbation.setBuddy(self.date_approbation)
            self.etiquette_derniere.setBuddy(self.date_derniere)
            # deux lignes : l'endroit, puis les deux dates (tient à 1024 px)
            ligne.addWidget(self.etiquette_apercu, 0, 0, 1, 5)
            ligne.addWidget(self.etiquette_emplacement, 1, 0)
            ligne.addWidget(self.emplacement, 1, 1, 1, 4)
            for c, w in enumerate((self.etiquette_approbation, self.date_approbation, self.etiquette_derniere,
                                   self.date_derniere)):
                ligne.addWidget(w, 2, c)
            ligne.setColumnStretch(4, 1)
            self._afficher_apercu()
            self.emplacement.textEdited.connect(lambda texte: self._apercu_saisi(emplacement=texte))
            self.date_approbation.dateChanged.connect(
                lambda *_: self._apercu_saisi(approbation_originale_le=self.date_approbation.iso()))
            self.date_derniere.dateChanged.connect(
                lambda *_: self._apercu_saisi(derniere_mise_a_jour_le=self.date_derniere.iso()))
        else:
            self.apercu.hide()
        pile.addWidget(self.apercu)

    def _afficher_apercu(self) -> None:
        if self.date_approbation is None:
            return
        for w in (self.date_approbation, self.date_derniere):
            w.blockSignals(True)
        try:
            self.emplacement.setText(self.st.emplacement)
            self.date_approbation.ecrire(self.st.approbation_originale_le)
            self.date_derniere.ecrire(self.st.derniere_mise_a_jour_le)
        finally:
            for w in (self.date_approbation, self.date_derniere):
                w.blockSignals(False)

    def _brancher(self) -> None:
        """Ce que déclenchent le titre, la table des matières et les boutons."""
        self.titre.textEdited.connect(self._titre_modifie)
        self.toc.currentRowChanged.connect(self._section_choisie)
        self.bouton_ajouter.clicked.connect(lambda: self.ajouter_section())
        self.bouton_renommer.clicked.connect(lambda: self.renommer_section())
        self.bouton_monter.clicked.connect(lambda: self.deplacer(-1))
        self.bouton_descendre.clicked.connect(lambda: self.deplacer(1))
        self.bouton_retirer.clicked.connect(self.retirer_section)
        self.bouton_approuver.clicked.connect(lambda: self.approuver())
        self.bouton_version.clicked.connect(self.nouvelle_version)
        self.bouton_mise_a_jour.clicked.connect(lambda: self.mise_a_jour_annuelle())
        self.bouton_rapport.clicked.connect(lambda: self.rapport())
        self.bouton_rapport_plan.clicked.connect(lambda: self.rapport("plan"))
