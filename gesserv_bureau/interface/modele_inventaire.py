"""Le modèle Qt de la table de l'inventaire.

Toutes les lignes de l'exercice sont en mémoire (légères); le filtre et le tri se font en
Python sur des clés préparées une fois (``domaine.recherche``), puis la vue ne demande que
les lignes visibles à l'écran : une frappe dans le filtre reste instantanée à 20 000 lignes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from gesserv_bureau.domaine.recherche import Filtre, cle_recherche, filtrer, replier
from gesserv_bureau.domaine.lignes import LigneInventaire
from gesserv_bureau.interface.valeurs_qt import (
    A_DROITE_CENTRE,
    A_GAUCHE_CENTRE,
    ROLE_AFFICHAGE,
    ROLE_ALIGNEMENT,
    ROLE_AVANT_PLAN,
    ROLE_INFOBULLE,
    ROLE_UTILISATEUR,
)
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.referentiel.codes import DESIGNATIONS, PORTEES_REPERTOIRE, TYPES_SERVICE

# L'ordre des colonnes : ce qui sert à juger d'un coup d'œil d'abord, le propriétaire (long) à la fin.
COL_ID, COL_NOM, COL_TYPE, COL_PORTEE, COL_DESIGNATIONS, COL_EN_LIGNE, COL_A_COMPLETER, COL_PROPRIETAIRE = range(8)
NB_COLONNES = 8
# une couleur plutôt qu'un QBrush : le constructeur de QBrush essaierait les énumérations de Qt
_COULEUR_A_COMPLETER = QColor("#9a3b00")


class ModeleInventaire(QAbstractTableModel):
    """Les lignes visibles de l'exercice. Les titres des colonnes sont aussi tenus dans
    ``entetes``, un modèle de Qt que l'en-tête de la table lit directement : un ``headerData``
    en Python recevrait une ``Qt.Orientation`` et construirait, dès le premier affichage, toutes
    les énumérations de Qt (voir ``valeurs_qt``)."""

    filtreChange = Signal()

    def __init__(self, parent=None, langue: str = "fr"):
        super().__init__(parent)
        self.langue = langue
        self._lignes: list[LigneInventaire] = []
        self._total_attendu = 0
        self._cles: list[str] | None = None  # clés de recherche, calculées à la première recherche
        self._visibles: list[int] = []
        self._filtre = Filtre()
        self._tri: tuple[int, bool] = (COL_ID, False)   # (colonne, décroissant)
        self._entetes: list[str] = []
        # ce qui manque à un service (``pk`` → ``domaine.validation.Probleme``), lu à la demande
        # de l'infobulle de « À compléter » (la ligne ne garde que leur nombre)
        self.source_a_completer: Callable[[int], list] | None = None
        self._manques: dict[int, list] = {}
        self.entetes = QStandardItemModel(0, NB_COLONNES, self)
        self.retraduire()

    # --- textes ---------------------------------------------------------------------
    def retraduire(self) -> None:
        entetes = {
            COL_ID: self.tr("N° d'ID"),
            COL_NOM: self.tr("Nom du service"),
            COL_TYPE: self.tr("Type de service"),
            COL_PORTEE: self.tr("Externe ou interne"),
            COL_DESIGNATIONS: self.tr("Désignations spéciales"),
            COL_EN_LIGNE: self.tr("% en ligne"),
            COL_A_COMPLETER: self.tr("À compléter"),
            COL_PROPRIETAIRE: self.tr("Propriétaire"),
        }
        self._entetes = [entetes[c] for c in range(NB_COLONNES)]
        for colonne, titre in enumerate(self._entetes):
            element = QStandardItem(titre)
            element.setToolTip(titre)
            element.setData(A_GAUCHE_CENTRE, ROLE_ALIGNEMENT)
            self.entetes.setHorizontalHeaderItem(colonne, element)
        self._signaler_tout()

    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.retraduire()

    def _signaler_tout(self) -> None:
        if self._visibles:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visibles) - 1, self.columnCount() - 1))

    # --- contenu ----------------------------------------------------------------------
    def charger(self, lignes: list[LigneInventaire], total: int | None = None, cles: list[str] | None = None) -> None:
        """``total`` : le nombre de lignes attendues quand ``lignes`` n'est que la première page
        (le reste arrive d'un fil de travail, puis ``charger`` est rappelé avec tout).
        ``cles`` : les clés de recherche déjà calculées (sinon, à la première recherche)."""
        self.beginResetModel()
        self._manques.clear()
        self._total_attendu = total or 0
        self._lignes = list(lignes)
        self._cles = list(cles) if cles is not None and len(cles) == len(self._lignes) else None
        self._appliquer()
        self.endResetModel()

    def nombre_total(self) -> int:
        return max(len(self._lignes), self._total_attendu)

    def chargement_complet(self) -> bool:
        return len(self._lignes) >= self._total_attendu

    def ligne(self, rang: int) -> LigneInventaire:
        return self._lignes[self._visibles[rang]]

    def rang_de(self, pk: int) -> int | None:
        for rang, i in enumerate(self._visibles):
            if self._lignes[i].pk == pk:
                return rang
        return None

    def remplacer(self, ligne: LigneInventaire) -> None:
        """Met à jour une ligne après un enregistrement, sans refiltrer (la ligne reste visible)."""
        self._manques.pop(ligne.pk, None)
        for i, existante in enumerate(self._lignes):
            if existante.pk == ligne.pk:
                self._lignes[i] = ligne
                if self._cles is not None:
                    self._cles[i] = cle_recherche(ligne)
                rang = self.rang_de(ligne.pk)
                if rang is not None:
                    self.dataChanged.emit(self.index(rang, 0), self.index(rang, self.columnCount() - 1))
                return

    def ajouter(self, ligne: LigneInventaire) -> int:
        """Ajoute une ligne et la rend visible (même si le filtre l'aurait cachée)."""
        self._lignes.append(ligne)
        if self._cles is not None:
            self._cles.append(cle_recherche(ligne))
        rang = len(self._visibles)
        self.beginInsertRows(QModelIndex(), rang, rang)
        self._visibles.append(len(self._lignes) - 1)
        self.endInsertRows()
        return rang

    def retirer(self, pk: int) -> None:
        for i, existante in enumerate(self._lignes):
            if existante.pk == pk:
                self.beginResetModel()
                del self._lignes[i]
                if self._cles is not None:
                    del self._cles[i]
                self._appliquer()
                self.endResetModel()
                return

    # --- filtre et tri ------------------------------------------------------------------
    def filtre(self) -> Filtre:
        return self._filtre

    def filtrer(self, filtre: Filtre) -> None:
        if filtre == self._filtre:
            return
        self.beginResetModel()
        self._filtre = filtre
        self._appliquer()
        self.endResetModel()
        self.filtreChange.emit()

    def sort(self, colonne: int, ordre=None) -> None:
        from PySide6.QtCore import Qt

        self.layoutAboutToBeChanged.emit()
        # la sélection et les autres index gardés suivent leur ligne dans le nouvel ordre
        gardes = self.persistentIndexList()
        lignes_gardees = [self._visibles[i.row()] for i in gardes]
        self._tri = (colonne, ordre == Qt.SortOrder.DescendingOrder)
        self._trier()
        rang = {ligne: r for r, ligne in enumerate(self._visibles)}
        self.changePersistentIndexList(
            gardes, [self.index(rang[ligne], i.column()) for ligne, i in zip(lignes_gardees, gardes)])
        self.layoutChanged.emit()

    def _appliquer(self) -> None:
        if self._filtre.texte.strip() and self._cles is None:
            self._cles = [cle_recherche(l) for l in self._lignes]
        self._visibles = filtrer(self._lignes, self._cles or (), self._filtre)
        self._trier()

    def _trier(self) -> None:
        colonne, decroissant = self._tri
        cle = self._cle_tri(colonne)
        self._visibles.sort(key=lambda i: cle(self._lignes[i]), reverse=decroissant)

    def _cle_tri(self, colonne: int):
        langue = self.langue
        if colonne == COL_NOM:
            return lambda l: replier(l.nom_en or l.nom_fr) if langue == "en" else replier(l.nom_fr or l.nom_en)
        if colonne == COL_TYPE:
            return lambda l: TYPES_SERVICE.texte(l.type_service, langue)
        if colonne == COL_PORTEE:
            return lambda l: l.portee or ""
        if colonne == COL_DESIGNATIONS:
            return lambda l: (len(l.designations), l.designations)
        if colonne == COL_PROPRIETAIRE:
            return lambda l: replier(l.proprietaire)
        if colonne == COL_EN_LIGNE:
            return lambda l: -1.0 if l.pourcentage_en_ligne is None else l.pourcentage_en_ligne
        if colonne == COL_A_COMPLETER:
            return lambda l: l.a_completer
        return lambda l: replier(l.service_id)

    # --- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visibles)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else NB_COLONNES

    def data(self, index: QModelIndex | QPersistentModelIndex, role=ROLE_AFFICHAGE):
        if not index.isValid():
            return None
        ligne = self._lignes[self._visibles[index.row()]]
        colonne = index.column()
        if role == ROLE_AFFICHAGE:
            return self._texte(ligne, colonne)
        if role == ROLE_ALIGNEMENT and colonne in (COL_EN_LIGNE, COL_A_COMPLETER):
            return A_DROITE_CENTRE
        if role == ROLE_AVANT_PLAN and colonne == COL_A_COMPLETER and ligne.a_completer:
            return _COULEUR_A_COMPLETER
        if role == ROLE_INFOBULLE and colonne == COL_A_COMPLETER and ligne.a_completer:
            return self.infobulle_a_completer(ligne)
        if role == ROLE_UTILISATEUR:
            return ligne.pk
        return None

    def infobulle_a_completer(self, ligne: LigneInventaire) -> str:
        """« 3 élément(s) du tableau 5 à compléter : » puis chacun, sur sa ligne."""
        titre = self.tr("%n élément(s) du tableau 5 à compléter", "", ligne.a_completer)
        if self.source_a_completer is None:
            return titre
        if ligne.pk not in self._manques:
            try:
                self._manques[ligne.pk] = list(self.source_a_completer(ligne.pk))
            except ErreurStockage:   # une base occupée, illisible : le nombre suffit
                return titre
        manques = self._manques[ligne.pk]
        if not manques:
            return titre
        titre = self.tr("%n élément(s) du tableau 5 à compléter :", "", ligne.a_completer)
        return titre + "\n" + "\n".join(f"• {p.texte(self.langue)}" for p in manques)

    def _texte(self, ligne: LigneInventaire, colonne: int) -> str:
        langue = self.langue
        if colonne == COL_ID:
            return ligne.service_id
        if colonne == COL_NOM:
            nom = (ligne.nom_en or ligne.nom_fr) if langue == "en" else (ligne.nom_fr or ligne.nom_en)
            return nom or self.tr("(sans nom)")
        if colonne == COL_TYPE:
            return TYPES_SERVICE.texte(ligne.type_service, langue)
        if colonne == COL_PORTEE:
            return PORTEES_REPERTOIRE.texte(ligne.portee, langue)
        if colonne == COL_DESIGNATIONS:
            return ", ".join(DESIGNATIONS.texte(d, langue) for d in ligne.designations)
        if colonne == COL_PROPRIETAIRE:
            return ligne.proprietaire
        if colonne == COL_EN_LIGNE:
            pct = ligne.pourcentage_en_ligne
            return "" if pct is None else f"{pct:.0f}%" if langue == "en" else f"{pct:.0f}\u00a0%"
        if colonne == COL_A_COMPLETER:   # le nombre d'éléments manquants; rien quand le service est complet
            return str(ligne.a_completer) if ligne.a_completer else ""
        return ""
