"""Le plan de travail intégré sur l'amélioration des services (annexe 2C).

Une ligne par mesure : l'initiative, ses objectifs, la mesure, le secteur responsable, la date
d'achèvement prévue et l'état. L'état s'écrit toujours en toutes lettres (« Risque de délais »);
la couleur de la légende de l'annexe (vert, bleu, jaune, rouge, gris) ne fait que l'appuyer. Une
mesure en retard (date passée, ni terminée ni retirée) le dit aussi en toutes lettres.

Le plan modifie la stratégie en place et l'enregistre à chaque saisie
(``planification.enregistrer``), puis émet ``modifie()``. Une version approuvée se consulte, se
trie et se filtre, mais ne se modifie plus.

Clavier : Tab passe d'une commande à l'autre (la table comprise; les flèches s'y déplacent),
F2 ou Entrée modifie la cellule, Suppr retire la mesure (après confirmation). Dans la date,
Suppr efface la date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.interface.textes import en_clair, tout_en_texte_brut
from gesserv_bureau.interface.disposition_fluide import DispositionFluide
from gesserv_bureau.interface.strategie.plan_delegue import (
    FORMAT_DATE,
    SANS_DATE,
    DelegueePlan,
    EditeurDate,
    EditeurObjectifsPlan,
)
from gesserv_bureau.interface.strategie.plan_filtres import BarreFiltresPlan, LegendePlan
from gesserv_bureau.interface.strategie.plan_modele import (
    COL_DATE,
    COL_ETAT,
    COL_INITIATIVE,
    COL_MESURE,
    COL_OBJECTIFS,
    COL_SECTEUR,
    NB_COLONNES,
    ORDRE_ETATS,
    ROLE_CODE,
    ROLE_EN_RETARD,
    ROLE_TRI,
    ROUGE_RETARD,
    FiltrePlan,
    ModelePlan,
    couleur_fond,
    couleur_texte,
    nom_couleur,
)

# Les noms d'avant le découpage, importés d'ici par les tests et la fenêtre de la stratégie.
__all__ = [
    "COL_DATE", "COL_ETAT", "COL_INITIATIVE", "COL_MESURE", "COL_OBJECTIFS", "COL_SECTEUR", "FORMAT_DATE",
    "NB_COLONNES", "ORDRE_ETATS", "ROLE_CODE", "ROLE_EN_RETARD", "ROLE_TRI", "ROUGE_RETARD", "SANS_DATE",
    "DelegueePlan", "EditeurDate", "EditeurObjectifsPlan", "FiltrePlan", "ModelePlan", "PlanDeTravail",
    "TablePlan", "couleur_fond", "couleur_texte", "nom_couleur",
]


# --- la table -----------------------------------------------------------------------------------
class TablePlan(QTableView):
    """La table du plan : ses éditeurs, le tri, Suppr qui demande le retrait de la mesure
    (``supprimer``), les colonnes qui se partagent la largeur et les lignes dont la hauteur
    suit le texte (sur plusieurs lignes)."""

    supprimer = Signal()

    # Les colonnes se partagent la largeur disponible (la fenêtre de la stratégie est plus
    # étroite qu'un écran entier) : proportions, avec des minimums lisibles.
    PROPORTIONS = ((COL_INITIATIVE, 0.19, 150), (COL_OBJECTIFS, 0.23, 170), (COL_SECTEUR, 0.13, 110),
                   (COL_DATE, 0.16, 150), (COL_ETAT, 0.14, 130))

    def __init__(self, filtre: FiltrePlan, delegue: DelegueePlan, parent=None):
        super().__init__(parent)
        self.setObjectName("tablePlan")
        self.setModel(filtre)
        self.setItemDelegate(delegue)
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)      # Tab sort de la table; les flèches s'y déplacent
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        entete = self.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setSectionResizeMode(COL_MESURE, QHeaderView.ResizeMode.Stretch)
        self.ajuster_colonnes(1380)
        entete.setMinimumSectionSize(90)
        # La hauteur des lignes suit la largeur des colonnes (texte sur plusieurs lignes), une fois
        # la mise en page faite.
        self._minuterie_hauteurs = QTimer(self)
        self._minuterie_hauteurs.setSingleShot(True)
        self._minuterie_hauteurs.setInterval(0)
        self._minuterie_hauteurs.timeout.connect(self.resizeRowsToContents)
        entete.sectionResized.connect(lambda *_: self._minuterie_hauteurs.start())
        self.sortByColumn(COL_INITIATIVE, Qt.SortOrder.AscendingOrder)

    def ajuster_colonnes(self, largeur: int) -> None:
        """Chaque colonne prend sa part de la largeur, jamais moins que son titre lu en entier
        (flèche de tri comprise) : une fenêtre étroite fait défiler la table, sans couper
        « Secteur responsable » ni « Date d'achèvement prévue »."""
        for col, part, minimum in self.PROPORTIONS:
            self.setColumnWidth(col, max(int(largeur * part), minimum, self.largeur_titre(col)))

    def largeur_titre(self, col: int) -> int:
        titre = str(self.model().headerData(col, Qt.Orientation.Horizontal) or "")
        return self.horizontalHeader().fontMetrics().horizontalAdvance(titre) + 34

    def ajuster_hauteurs(self) -> None:
        self.resizeRowsToContents()
        self._minuterie_hauteurs.start()    # et encore après la mise en page en cours

    def verrouiller(self, fige: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if fige else (
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed))

    def resizeEvent(self, event) -> None:       # celui de la zone visible
        super().resizeEvent(event)
        self.ajuster_colonnes(self.viewport().width())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._minuterie_hauteurs.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.supprimer.emit()
            return
        super().keyPressEvent(event)


# --- le widget --------------------------------------------------------------------------------
class PlanDeTravail(QWidget):
    """L'éditeur du plan de travail intégré (annexe 2C)."""

    modifie = Signal()

    def __init__(self, base: Base, langue: str = "fr", parent=None, aujourd_hui: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("planDeTravail")
        self.base = base
        self.langue = langue
        self.aujourd_hui = aujourd_hui
        self.strategie: Strategie | None = None
        self._fige = False
        self.erreur = ""

        self.modele = ModelePlan(self)
        self.modele.aujourd_hui = aujourd_hui
        self.modele.langue = langue
        self.filtre = FiltrePlan(self)
        self.filtre.setSourceModel(self.modele)
        self.filtre.setDynamicSortFilter(True)

        pile = QVBoxLayout(self)
        self.bandeau = QLabel(self)
        self.bandeau.setObjectName("bandeauLectureSeule")
        self.bandeau.setWordWrap(True)
        self.bandeau.setStyleSheet("background: #ececec; color: #333333; border-left: 4px solid #555555; padding: 6px;")
        self.bandeau.hide()
        pile.addWidget(self.bandeau)

        # Les boutons passent à la ligne dans une fenêtre étroite. La disposition a son widget dès
        # sa création : sans parent, Qt détruisait ses éléments derrière elle (plantage au rendu).
        barre_actions = QWidget(self)
        barre_actions.setObjectName("actionsPlan")
        actions = DispositionFluide(barre_actions, espace_h=6)
        self.bouton_ajouter_initiative = self._bouton("boutonAjouterInitiative", actions)
        self.bouton_renommer_initiative = self._bouton("boutonRenommerInitiative", actions)
        self.bouton_ajouter_mesure = self._bouton("boutonAjouterMesure", actions)
        self.bouton_retirer_mesure = self._bouton("boutonRetirerMesure", actions)
        self.bouton_reprendre_2a = self._bouton("boutonReprendre2A", actions)
        pile.addWidget(barre_actions)

        self.barre_filtres = BarreFiltresPlan(self)
        pile.addWidget(self.barre_filtres)
        # Les commandes de la barre, sous leurs noms d'avant (les tests s'en servent).
        self.filtre_etat = self.barre_filtres.filtre_etat
        self.filtre_secteur = self.barre_filtres.filtre_secteur
        self.filtre_retard = self.barre_filtres.filtre_retard
        self.resume = self.barre_filtres.resume

        self.delegue = DelegueePlan(self.modele, self)
        self.table = TablePlan(self.filtre, self.delegue, self)
        pile.addWidget(self.table, 1)

        self.legende = LegendePlan(self)
        self.titre_legende = self.legende.titre_legende
        self.entrees_legende = self.legende.entrees_legende
        pile.addWidget(self.legende)

        self.message = QLabel(self)
        self.message.setObjectName("messagePlan")
        self.message.setWordWrap(True)
        pile.addWidget(self.message)

        self.bouton_ajouter_initiative.clicked.connect(lambda: self.ajouter_initiative())
        self.bouton_renommer_initiative.clicked.connect(lambda: self.renommer_initiative())
        self.bouton_ajouter_mesure.clicked.connect(lambda: self.ajouter_mesure())
        self.bouton_retirer_mesure.clicked.connect(lambda: self.retirer_mesure())
        self.bouton_reprendre_2a.clicked.connect(lambda: self.reprendre_initiatives_2a())
        self.table.supprimer.connect(lambda: self.retirer_mesure())
        self.barre_filtres.change.connect(self._appliquer_filtres)
        self.modele.modifie.connect(self._enregistrer)
        self.modele.rowsInserted.connect(self._apres_changement)
        self.modele.rowsRemoved.connect(self._apres_changement)
        self.modele.modelReset.connect(self._apres_changement)
        self.modele.dataChanged.connect(self._apres_changement)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._actualiser_boutons())
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Insert), self, activated=lambda: self.ajouter_mesure())
        tout_en_texte_brut(self)
        self.retraduire()
        self._actualiser_boutons()

    def _bouton(self, nom: str, ligne: QLayout) -> QPushButton:
        bouton = QPushButton(self)
        bouton.setObjectName(nom)
        ligne.addWidget(bouton)
        return bouton

    # --- ce qui est affiché -------------------------------------------------------------------
    def afficher(self, strategie: Strategie | None) -> None:
        """Affiche la stratégie et la modifie en place; chaque saisie l'enregistre."""
        self.strategie = strategie
        self.erreur = ""
        self.message.clear()
        self.modele.aujourd_hui = self.aujourd_hui
        self.modele.afficher(strategie, self._lecture_seule())
        self._actualiser_etat_verrou()

    def verrouiller(self, fige: bool) -> None:
        """Appelé par la fenêtre de la stratégie (approbation, base en lecture seule)."""
        self._fige = fige
        self.modele.afficher(self.strategie, self._lecture_seule())
        self._actualiser_etat_verrou()

    def lecture_seule(self) -> bool:
        return self.modele.lecture_seule

    def _lecture_seule(self) -> bool:
        st = self.strategie
        return (self._fige or st is None or not st.modifiable() or bool(getattr(self.base, "lecture_seule", False)))

    def _actualiser_etat_verrou(self) -> None:
        self.table.verrouiller(self.modele.lecture_seule)
        self._actualiser_bandeau()
        self._actualiser_boutons()

    def _actualiser_bandeau(self) -> None:
        st = self.strategie
        if st is not None and not st.modifiable():
            self.bandeau.setText(
                self.tr("Version %1 approuvée le %2 par %3 : le plan de travail est figé. Il se consulte, se trie et "
                        "se filtre; pour le modifier, créez une nouvelle version ou la mise à jour annuelle.")
                .replace("%1", str(st.version)).replace("%2", (st.approuve_le or "")[:10])
                .replace("%3", st.approuve_par or "?"))
            self.bandeau.show()
        elif st is not None and self.modele.lecture_seule:
            self.bandeau.setText(self.tr("Le plan de travail est en lecture seule."))
            self.bandeau.show()
        else:
            self.bandeau.hide()

    def _actualiser_boutons(self) -> None:
        fige = self.modele.lecture_seule
        st = self.strategie
        rang = self.rang_courant()
        self.bouton_ajouter_initiative.setEnabled(not fige)
        self.bouton_reprendre_2a.setEnabled(not fige)
        self.bouton_ajouter_mesure.setEnabled(not fige and st is not None and bool(st.initiatives))
        self.bouton_renommer_initiative.setEnabled(not fige and self.modele.initiative_de_ligne(rang) is not None)
        self.bouton_retirer_mesure.setEnabled(not fige and self.modele.est_mesure(rang))

    def _apres_changement(self, *_args) -> None:
        self._remplir_secteurs()
        self._actualiser_resume()
        self._actualiser_boutons()
        self.table.ajuster_hauteurs()

    def _actualiser_resume(self) -> None:
        mesures = self.strategie.mesures if self.strategie is not None else []
        total = len(mesures)
        retards = sum(1 for m in mesures if regles.en_retard(m, self.aujourd_hui))
        affichees = sum(1 for r in range(self.filtre.rowCount())
                        if self.modele.est_mesure(self.filtre.mapToSource(self.filtre.index(r, 0)).row()))
        self.barre_filtres.afficher_resume(affichees, total, retards, self.filtre.actif())

    # --- filtres --------------------------------------------------------------------------------
    def _remplir_secteurs(self) -> None:
        mesures = self.strategie.mesures if self.strategie is not None else []
        self.barre_filtres.remplir_secteurs(self.modele.secteurs(),
                                            any(not (m.get("secteur") or "").strip() for m in mesures))

    def _appliquer_filtres(self, *_args) -> None:
        self.filtre.filtrer(*self.barre_filtres.valeurs())
        self._actualiser_resume()
        self._actualiser_boutons()
        self.table.ajuster_hauteurs()

    def filtrer(self, etat: str | None = None, secteur: str | None = None, retard_seulement: bool = False) -> None:
        """Comme les listes et la case à cocher au-dessus de la table."""
        self.barre_filtres.regler(etat, secteur, retard_seulement)
        self._appliquer_filtres()

    # --- la ligne courante ------------------------------------------------------------------
    def rang_courant(self) -> int:
        """Le rang, dans le modèle, de la ligne courante de la table (-1 : aucune)."""
        index = self.table.currentIndex()
        return self.filtre.mapToSource(index).row() if index.isValid() else -1

    def index_vue(self, rang: int, colonne: int) -> QModelIndex:
        return self.filtre.mapFromSource(self.modele.index(rang, colonne))

    def _aller_a(self, rang: int, colonne: int = COL_MESURE, modifier: bool = False) -> None:
        index = self.index_vue(rang, colonne)
        if not index.isValid() and self.filtre.actif():    # la ligne est cachée par un filtre : on l'enlève
            self.filtrer()
            index = self.index_vue(rang, colonne)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        if modifier:
            self.table.edit(index)

    # --- les commandes ----------------------------------------------------------------------
    def ajouter_initiative(self, nom: str | None = None) -> dict | None:
        """Une nouvelle initiative (son nom demandé), puis sa première mesure, prête à écrire."""
        if self.strategie is None or self.modele.lecture_seule:
            return None
        if nom is None:
            nom, ok = QInputDialog.getText(self, self.tr("Ajouter une initiative"), self.tr("Nom de l'initiative :"))
            if not ok:
                return None
        initiative = regles.ajouter_initiative(self.strategie, nom)
        if initiative is None:
            return None
        rang = self.modele.ajouter_mesure(initiative["id"])   # enregistre aussi l'initiative
        self._aller_a(rang, COL_MESURE, modifier=True)
        return initiative

    def renommer_initiative(self, nom: str | None = None) -> bool:
        i = self.modele.initiative_de_ligne(self.rang_courant())
        if i is None or self.modele.lecture_seule:
            return False
        if nom is None:
            nom, ok = QInputDialog.getText(self, self.tr("Renommer l'initiative"), self.tr("Nom de l'initiative :"),
                                           QLineEdit.EchoMode.Normal, i.get("nom", ""))
            if not ok:
                return False
        return self.modele.renommer_initiative(i["id"], nom)

    def ajouter_mesure(self, initiative_id: str | None = None) -> dict | None:
        """Une mesure vide pour l'initiative de la ligne courante (sinon, demandée), prête à écrire."""
        st = self.strategie
        if st is None or self.modele.lecture_seule:
            return None
        if initiative_id is None:
            courante = self.modele.initiative_de_ligne(self.rang_courant())
            if courante is not None:
                initiative_id = courante["id"]
            elif len(st.initiatives) == 1:
                initiative_id = st.initiatives[0]["id"]
            elif not st.initiatives:
                self.message.setText(self.tr("Ajoutez d'abord une initiative (ou reprenez celles des examens 2A)."))
                return None
            else:
                noms = [self.modele.nom_initiative(i) for i in st.initiatives]
                nom, ok = QInputDialog.getItem(self, self.tr("Ajouter une mesure"),
                                               self.tr("Pour quelle initiative?"), noms, 0, False)
                if not ok or nom not in noms:
                    return None
                initiative_id = st.initiatives[noms.index(nom)]["id"]
        if self.modele.initiative(initiative_id) is None:
            return None
        rang = self.modele.ajouter_mesure(initiative_id)
        self._aller_a(rang, COL_MESURE, modifier=True)
        return st.mesures[rang]

    def retirer_mesure(self, confirmer: bool = True) -> bool:
        rang = self.rang_courant()
        m = self.modele.mesure(rang)
        if m is None or self.modele.lecture_seule:
            return False
        if confirmer:
            reponse = QMessageBox.question(
                self, self.tr("Retirer la mesure"),
                en_clair(self.tr("Retirer la mesure « %1 » du plan de travail?").replace(
                    "%1", m.get("mesure") or self.tr("(sans texte)"))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if reponse != QMessageBox.StandardButton.Yes:
                return False
        colonne = max(0, self.table.currentIndex().column())
        ligne_vue = self.table.currentIndex().row()
        if not self.modele.retirer_mesure(rang):
            return False
        if self.filtre.rowCount():
            self.table.setCurrentIndex(self.filtre.index(min(ligne_vue, self.filtre.rowCount() - 1), colonne))
        self.table.setFocus()
        return True

    def reprendre_initiatives_2a(self) -> int:
        """Reprend les initiatives proposées aux examens 2A qui ne sont pas déjà au plan."""
        st = self.strategie
        if st is None or self.modele.lecture_seule:
            return 0
        try:
            proposees = planification.initiatives_2a(self.base)
            n = planification.reprendre_initiatives_2a(self.base, st)
        except (ErreurStockage, planification.StrategieFigee) as exc:
            self._montrer_erreur(exc)
            return 0
        self.modele.rafraichir()
        if not proposees:
            texte = self.tr("Aucun examen 2A n'a encore proposé d'initiative.")
        elif n == 0:
            texte = self.tr("Rien de nouveau : les initiatives proposées aux examens 2A sont déjà au plan.")
        elif n == 1:
            texte = self.tr("1 initiative reprise des examens 2A. Ajoutez-lui ses mesures.")
        else:
            texte = self.tr("Initiatives reprises des examens 2A : %1. Ajoutez-leur leurs mesures.").replace("%1", str(n))
        self.message.setStyleSheet("")
        self.message.setText(texte)
        if n:
            self.modifie.emit()
        return n

    # --- l'enregistrement -----------------------------------------------------------------
    def _enregistrer(self) -> None:
        st = self.strategie
        if st is None or self.modele.lecture_seule:
            return
        try:
            planification.enregistrer(self.base, st)
        except (ErreurStockage, planification.StrategieFigee) as exc:
            self._montrer_erreur(exc)
            return
        self.erreur = ""
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Enregistré à %1.").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        self.modifie.emit()

    def _montrer_erreur(self, exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        from gesserv_bureau.messages_erreur import texte_erreur

        if isinstance(exc, planification.StrategieFigee):
            self.erreur = self.tr("Cette version est approuvée : elle ne se modifie plus.")
        else:
            self.erreur = texte_erreur(exc, QCoreApplication.translate) or str(exc)
        self.message.setStyleSheet("color: #8a1c1c; font-weight: 600;")
        self.message.setText(self.erreur)

    # --- langue -------------------------------------------------------------------------------
    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.modele.changer_langue(langue)
        self.retraduire()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retraduire()
            self.modele.retraduire()
        super().changeEvent(event)

    def retraduire(self) -> None:
        self.bouton_ajouter_initiative.setText(self.tr("Ajouter une &initiative…"))
        self.bouton_renommer_initiative.setText(self.tr("Ren&ommer l'initiative…"))
        self.bouton_ajouter_mesure.setText(self.tr("Ajouter une mes&ure"))
        self.bouton_ajouter_mesure.setToolTip(self.tr("Pour l'initiative de la ligne choisie (Ctrl+Inser)"))
        self.bouton_retirer_mesure.setText(self.tr("Retirer &la mesure"))
        self.bouton_retirer_mesure.setToolTip(self.tr("Retire la mesure de la ligne choisie (Suppr dans la table)"))
        self.bouton_reprendre_2a.setText(self.tr("Reprendre les initiatives des examens &2A"))
        self.bouton_reprendre_2a.setToolTip(self.tr("Ajoute au plan les initiatives proposées aux examens des services "
                                                    "prioritaires (2A) qui n'y sont pas encore, en gardant le lien."))
        self.table.setAccessibleName(self.tr("Plan de travail intégré sur l'amélioration des services"))
        self.barre_filtres.retraduire(self.langue)
        self.legende.retraduire(self.langue)
        self._remplir_secteurs()
        self._actualiser_bandeau()
        self._actualiser_resume()
        self.table.ajuster_hauteurs()
