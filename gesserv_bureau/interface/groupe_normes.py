"""Sur le formulaire du service : ses normes de service (2.7) — la norme, la cible de
rendement opérationnel et le rendement réel — et ce que le fichier des données ouvertes
portait au-delà des 18 éléments. En lecture : ces données viennent de l'import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gesserv_bureau import formats
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.interface.textes import Retraduisible
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
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("groupeNormes")
        self.langue = "fr"
        self._normes: list[NormeService] = []
        self._service: Service | None = None
        pile = QVBoxLayout(self)
        self.vide = QLabel(self)
        self.vide.setWordWrap(True)
        self.vide.setStyleSheet("color: #4a4a4a;")
        pile.addWidget(self.vide)
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableNormes")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
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

    def afficher(self, service: Service | None, normes: list[NormeService]) -> None:
        self._service, self._normes = service, list(normes)
        self._remplir()

    def _remplir(self) -> None:
        langue = self.langue
        self.table.setRowCount(len(self._normes))
        for i, n in enumerate(self._normes):
            canal = LIBELLES_CANAUX.get(n.canal, (n.canal, n.canal))[1 if langue == "en" else 0]
            type_norme = LIBELLES_TYPES_NORME.get(n.type_norme, (n.type_norme, n.type_norme))[1 if langue == "en" else 0]
            valeurs = (
                f"{n.texte(langue)}\n{n.norme_id} · {type_norme}",
                canal,
                pourcentage(n.cible, langue),
                pourcentage(n.rendement, langue),
                OUI_NON_SO.texte(n.cible_atteinte, langue) or "—",
                (n.url_resultats_en or n.url_resultats_fr) if langue == "en" else (n.url_resultats_fr or n.url_resultats_en),
            )
            for col, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self._normes))
        self.vide.setVisible(not self._normes)
        hauteur = self.table.horizontalHeader().height() + sum(self.table.rowHeight(i) for i in range(len(self._normes)))
        self.table.setFixedHeight(min(hauteur + 2 * self.table.frameWidth() + 2, 260))
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

    def retraduire(self) -> None:
        self.setTitle(self.tr("Normes de service et rendement (2.7)"))
        self.vide.setText(self.tr(
            "Aucune norme de service enregistrée pour ce service. Importez le fichier des normes de "
            "service (Fichier › Importer des données ouvertes) pour les voir ici."
        ))
        self.table.setHorizontalHeaderLabels([
            self.tr("Norme"), self.tr("Mode"), self.tr("Cible"), self.tr("Rendement"),
            self.tr("Cible atteinte"), self.tr("Rendement en temps réel"),
        ])
        self.titre_fichier.setText(self.tr("Autres données du fichier importé"))
        self.fichier.setHorizontalHeaderLabels([self.tr("Colonne"), self.tr("Valeur")])
        self._remplir()
