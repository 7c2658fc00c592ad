"""Sur le formulaire du service : ses normes de service (2.7) — la norme, la cible de
rendement opérationnel, le rendement réel et le scénario du tableau 8 — et ce que le fichier des
données ouvertes portait au-delà des 18 éléments. Les boutons demandent (signaux) d'ajouter, de
modifier, de suivre (résultats et plan d'action) ou de retirer une norme : ``controleur_normes``
ouvre les dialogues et appelle les cas d'utilisation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau import formats
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.interface.disposition_fluide import DispositionFluide
from gesserv_bureau.interface.textes import Retraduisible
from gesserv_bureau.referentiel import tableau_8
from gesserv_bureau.referentiel.codes import OUI_NON_SO
from gesserv_bureau.referentiel.donnees_ouvertes import (
    LIBELLES_CANAUX,
    LIBELLES_TYPES_NORME,
)


def pourcentage(valeur: float | None, langue: str) -> str:
    """Une cible ou un rendement (une fraction : 0.8) en pour cent, sans décimale inutile."""
    if valeur is None:
        return "—"
    pour_cent = valeur * 100
    return formats.pourcentage(pour_cent, langue, 0 if abs(pour_cent - round(pour_cent)) < 1e-9 else 1)


class GroupeNormes(Retraduisible, QGroupBox):
    ajoutDemande = Signal()
    modificationDemandee = Signal(int)   # pk de la norme
    suiviDemande = Signal(int)
    retraitDemande = Signal(int, bool)   # pk, True : retirer; False : rétablir

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("groupeNormes")
        self.langue = "fr"
        self.lecture_seule = False   # une base ouverte en lecture : rien ne s'ajoute ni ne change
        self._normes: list[NormeService] = []
        self._scenarios: dict[int, str | None] = {}
        self._service: Service | None = None
        pile = QVBoxLayout(self)
        self.vide = QLabel(self)
        self.vide.setWordWrap(True)
        self.vide.setStyleSheet("color: #4a4a4a;")
        pile.addWidget(self.vide)
        barre = QWidget(self)
        boutons = DispositionFluide(barre, espace_h=6)   # passe à la ligne dans un formulaire étroit
        self.bouton_ajouter = QPushButton(self)
        self.bouton_ajouter.setObjectName("boutonAjouterNorme")
        self.bouton_modifier = QPushButton(self)
        self.bouton_modifier.setObjectName("boutonModifierNorme")
        self.bouton_suivi = QPushButton(self)
        self.bouton_suivi.setObjectName("boutonSuiviNorme")
        self.bouton_retirer = QPushButton(self)
        self.bouton_retirer.setObjectName("boutonRetirerNorme")
        for b in (self.bouton_ajouter, self.bouton_modifier, self.bouton_suivi, self.bouton_retirer):
            boutons.addWidget(b)
        pile.addWidget(barre)
        self.bouton_ajouter.clicked.connect(self.ajoutDemande)
        self.bouton_modifier.clicked.connect(lambda: self._demander(self.modificationDemandee))
        self.bouton_suivi.clicked.connect(lambda: self._demander(self.suiviDemande))
        self.bouton_retirer.clicked.connect(self._retirer)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableNormes")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 4):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # un en-tête plus large que sa colonne : son début lisible, la fin en « … » (jamais coupé des deux côtés)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemSelectionChanged.connect(self._actualiser_boutons)
        self.table.horizontalHeader().sectionResized.connect(self._ajuster_hauteur)
        self.table.itemDoubleClicked.connect(lambda _i: self._demander(self.suiviDemande))
        pile.addWidget(self.table)
        self.titre_fichier = QLabel(self)
        self.titre_fichier.setStyleSheet("font-weight: 600; margin-top: 6px;")
        pile.addWidget(self.titre_fichier)
        self.fichier = QTableWidget(0, 2, self)
        self.fichier.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.fichier.setObjectName("tableDonneesOuvertes")
        self.fichier.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fichier.verticalHeader().hide()
        self.fichier.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fichier.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        pile.addWidget(self.fichier)
        self.retraduire()

    def afficher(self, service: Service | None, normes: list[NormeService],
                 scenarios: dict[int, str | None] | None = None) -> None:
        choisie = self.norme_choisie()
        self._service, self._normes, self._scenarios = service, list(normes), dict(scenarios or {})
        self._remplir()
        if choisie is not None:
            self.selectionner(choisie.pk)

    def norme_choisie(self) -> NormeService | None:
        lignes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._normes[lignes[0].row()] if lignes and lignes[0].row() < len(self._normes) else None

    def selectionner(self, pk: int) -> None:
        for i, n in enumerate(self._normes):
            if n.pk == pk:
                self.table.selectRow(i)
        self._actualiser_boutons()

    def _demander(self, signal) -> None:
        n = self.norme_choisie()
        if n is not None:
            signal.emit(n.pk)

    def _retirer(self) -> None:
        n = self.norme_choisie()
        if n is not None:
            self.retraitDemande.emit(n.pk, not n.retiree)

    def _actualiser_boutons(self) -> None:
        n = self.norme_choisie()
        ecriture = not self.lecture_seule
        self.bouton_ajouter.setEnabled(ecriture and self._service is not None and self._service.pk is not None)
        for b in (self.bouton_suivi, self.bouton_retirer):
            b.setEnabled(ecriture and n is not None)
        self.bouton_modifier.setEnabled(ecriture and n is not None and not n.retiree)
        self.bouton_retirer.setText(self.tr("Rétablir") if n is not None and n.retiree else self.tr("Retirer"))

    def _scenario(self, n: NormeService, langue: str) -> str:
        code = self._scenarios.get(n.pk)
        if code is None:
            return "—"
        sc = tableau_8.scenario(code)
        titre = tableau_8.texte(sc.titre, langue)
        return f"{sc.numero}. {titre}" if sc.numero else titre

    def _remplir(self) -> None:
        langue = self.langue
        self.table.setRowCount(len(self._normes))
        gris = QBrush(QColor("#666666"))
        for i, n in enumerate(self._normes):
            i_langue = 1 if langue == "en" else 0
            modes = ", ".join(LIBELLES_CANAUX.get(c, (c, c))[i_langue] for c in n.canal.split(",") if c)
            type_norme = LIBELLES_TYPES_NORME.get(n.type_norme, (n.type_norme, n.type_norme))[i_langue]
            details = " · ".join(x for x in (n.norme_id, type_norme, modes) if x)
            retrait = ("\n" + self.tr("Retirée le %1").replace("%1", n.retiree_le)) if n.retiree else ""
            valeurs = (
                f"{n.texte(langue)}\n{details}{retrait}",
                pourcentage(n.cible, langue),
                pourcentage(n.rendement, langue),
                OUI_NON_SO.texte(n.cible_atteinte, langue) or "—",
                self._scenario(n, langue),
            )
            for col, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur)
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if n.retiree:
                    item.setForeground(gris)
                self.table.setItem(i, col, item)
        self.table.setVisible(bool(self._normes))
        self.vide.setVisible(not self._normes)
        self._ajuster_hauteur()
        self._actualiser_boutons()
        extras = sorted((self._service.donnees_ouvertes if self._service else {}).items())
        extras = [(c, v[0]) for c, v in extras if v[0].strip()]
        self.fichier.setRowCount(len(extras))
        for i, (colonne, valeur) in enumerate(extras):
            self.fichier.setItem(i, 0, QTableWidgetItem(colonne))
            self.fichier.setItem(i, 1, QTableWidgetItem(valeur.replace("\r\n", " ").replace("\n", " ")))
        self.fichier.setVisible(bool(extras))
        self.titre_fichier.setVisible(bool(extras))
        hauteur = self.fichier.horizontalHeader().height() + sum(self.fichier.rowHeight(i) for i in range(len(extras)))
        self.fichier.setFixedHeight(min(hauteur + 2 * self.fichier.frameWidth() + 2, 240))

    def _ajuster_hauteur(self, *_):
        """Les lignes à la hauteur de leur texte, pour la largeur des colonnes du moment (refait
        quand une colonne change de largeur); la table, à la hauteur de ses lignes (au plus 320)."""
        self.table.resizeRowsToContents()
        hauteur = self.table.horizontalHeader().height() + sum(self.table.rowHeight(i) for i in range(len(self._normes)))
        self.table.setFixedHeight(min(hauteur + 2 * self.table.frameWidth() + 2, 320))

    def retraduire(self) -> None:
        self.setTitle(self.tr("Normes de service et rendement (2.7)"))
        self.vide.setText(self.tr(
            "Aucune norme de service enregistrée pour ce service. Ajoutez-en une, ou importez le fichier des "
            "normes de service (Fichier › Importer des données ouvertes)."
        ))
        # (des en-têtes courts : le formulaire fait environ 400 px à 1366 × 768; le nom entier en bulle)
        self.table.setHorizontalHeaderLabels([
            self.tr("Norme"), self.tr("Cible"), self.tr("Rendement"), self.tr("Cible atteinte"),
            self.tr("Tableau 8"),
        ])
        self.table.horizontalHeaderItem(4).setToolTip(self.tr("Scénario (tableau 8)"))
        self.table.setAccessibleName(self.tr("Normes de service du service"))
        self.bouton_ajouter.setText(self.tr("Ajouter une norme…"))
        self.bouton_modifier.setText(self.tr("Modifier…"))
        self.bouton_suivi.setText(self.tr("Résultats et plan d'action…"))
        self.titre_fichier.setText(self.tr("Autres données du fichier importé"))
        self.fichier.setHorizontalHeaderLabels([self.tr("Colonne"), self.tr("Valeur")])
        self._remplir()
