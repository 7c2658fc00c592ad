"""Le modèle du plan de travail intégré (annexe 2C) : une ligne par mesure, puis une ligne
« aucune mesure » pour chaque initiative qui n'en a pas, et le filtre qui trie et filtre ces
lignes pour la table. Les règles (objectifs reliés, valeurs permises, rang d'une nouvelle
mesure, retard) sont dans ``domaine.strategie`` : le modèle les appelle et dit à Qt ce qui a
changé."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.referentiel.strategie import COULEURS_ETATS, ETATS
from gesserv_bureau.interface.textes import en_clair

COL_INITIATIVE, COL_OBJECTIFS, COL_MESURE, COL_SECTEUR, COL_DATE, COL_ETAT = range(6)
NB_COLONNES = 6
CLES = {COL_MESURE: "mesure", COL_SECTEUR: "secteur", COL_DATE: "date_prevue", COL_ETAT: "etat",
        COL_INITIATIVE: "initiative_id"}     # la valeur de la mesure que modifie chaque colonne

ROLE_CODE = Qt.ItemDataRole.UserRole          # la valeur brute : id de l'initiative, code de l'état, date ISO
ROLE_TRI = Qt.ItemDataRole.UserRole + 1       # la clé de tri (None : toujours à la fin)
ROLE_EN_RETARD = Qt.ItemDataRole.UserRole + 2

ORDRE_ETATS = {code: rang for rang, code in enumerate(ETATS.codes())}   # l'ordre de la légende
ROUGE_RETARD = "#b71c1c"
_RACINE = QModelIndex()


def couleur_fond(etat: str) -> QColor:
    return QColor(COULEURS_ETATS[etat][3])


def couleur_texte(etat: str) -> QColor:
    return QColor(COULEURS_ETATS[etat][2])


def nom_couleur(etat: str, langue: str) -> str:
    fr, en, _texte, _fond = COULEURS_ETATS[etat]
    return en if langue == "en" else fr


# --- le modèle ----------------------------------------------------------------------------------
class ModelePlan(QAbstractTableModel):
    """Les lignes du plan : chaque mesure de la stratégie, dans l'ordre où elle est rangée, puis
    une ligne « aucune mesure » pour chaque initiative qui n'en a pas encore (sans quoi elle
    n'apparaîtrait pas au plan). Modifie la stratégie en place et émet ``modifie`` après chaque
    changement accepté; l'enregistrement revient au widget."""

    modifie = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.langue = "fr"
        self.st: Strategie | None = None
        self.aujourd_hui: dt.date | None = None
        self.lecture_seule = True
        self._vides: list[dict] = []        # les initiatives sans mesure
        self._entetes: list[str] = []
        self.retraduire()

    # --- textes ---------------------------------------------------------------------------
    def retraduire(self) -> None:
        self._entetes = [self.tr("Nom de l'initiative"), self.tr("Objectifs"), self.tr("Mesure"),
                         self.tr("Secteur responsable"), self.tr("Date d'achèvement prévue"), self.tr("État")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NB_COLONNES - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, NB_COLONNES - 1))

    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.retraduire()

    def texte_en_retard(self) -> str:
        return self.tr("⚠ en retard")

    # --- contenu --------------------------------------------------------------------------
    def afficher(self, st: Strategie | None, lecture_seule: bool) -> None:
        self.beginResetModel()
        self.st = st
        self.lecture_seule = lecture_seule or st is None or not st.modifiable()
        self._vides = self._initiatives_sans_mesure()
        self.endResetModel()

    def rafraichir(self) -> None:
        self.afficher(self.st, self.lecture_seule)

    def _mesures(self) -> list[dict]:
        return self.st.mesures if self.st is not None else []

    def _initiatives_sans_mesure(self) -> list[dict]:
        return regles.initiatives_sans_mesure(self.st) if self.st is not None else []

    def _ajuster_vides(self) -> None:
        """Après un changement de structure : les lignes « aucune mesure » suivent."""
        nouvelles = self._initiatives_sans_mesure()
        if [i["id"] for i in nouvelles] == [i["id"] for i in self._vides]:
            return
        debut = len(self._mesures())
        if self._vides:
            self.beginRemoveRows(QModelIndex(), debut, debut + len(self._vides) - 1)
            self._vides = []
            self.endRemoveRows()
        if nouvelles:
            self.beginInsertRows(QModelIndex(), debut, debut + len(nouvelles) - 1)
            self._vides = nouvelles
            self.endInsertRows()

    def est_mesure(self, rang: int) -> bool:
        return 0 <= rang < len(self._mesures())

    def mesure(self, rang: int) -> dict | None:
        return self._mesures()[rang] if self.est_mesure(rang) else None

    def initiative_de_ligne(self, rang: int) -> dict | None:
        m = self.mesure(rang)
        if m is not None:
            return self.initiative(m.get("initiative_id", ""))
        rang -= len(self._mesures())
        return self._vides[rang] if 0 <= rang < len(self._vides) else None

    def initiative(self, ident: str) -> dict | None:
        if self.st is None:
            return None
        return next((i for i in self.st.initiatives if i["id"] == ident), None)

    def rang_initiative(self, ident: str) -> int:
        if self.st is not None:
            for rang, i in enumerate(self.st.initiatives):
                if i["id"] == ident:
                    return rang
        return 10 ** 6

    def rang_de_mesure(self, ident: str) -> int:
        return next((r for r, m in enumerate(self._mesures()) if m["id"] == ident), -1)

    def en_retard(self, rang: int) -> bool:
        m = self.mesure(rang)
        return m is not None and regles.en_retard(m, self.aujourd_hui)

    def secteurs(self) -> list[str]:
        return regles.secteurs(self.st) if self.st is not None else []

    # --- textes des cellules ---------------------------------------------------------------
    def nom_initiative(self, i: dict | None) -> str:
        if i is None:
            return self.tr("(initiative introuvable)")
        nom = (i.get("nom") or "").strip() or self.tr("(initiative sans nom)")
        origine = regles.origine_de(i)
        if origine and origine[0] == "norme":
            nom += " " + self.tr("(norme de service : %1)").replace("%1", origine[1])
        elif origine:
            nom += " " + self.tr("(examen 2A : %1)").replace("%1", origine[1])
        return nom

    def objectifs_de(self, i: dict | None) -> list[str]:
        if i is None or self.st is None:
            return []
        return regles.objectifs_de(self.st, i)

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent=_RACINE) -> int:
        return 0 if parent.isValid() else len(self._mesures()) + len(self._vides)

    def columnCount(self, parent=_RACINE) -> int:
        return 0 if parent.isValid() else NB_COLONNES

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < NB_COLONNES:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._entetes[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_INITIATIVE: self.tr("Nom de l'initiative (annexe 2C). Cliquez pour revenir à l'ordre du plan."),
                COL_OBJECTIFS: self.tr("Les objectifs de l'initiative, un par ligne."),
                COL_SECTEUR: self.tr("Secteur responsable de l'initiative"),
                COL_DATE: self.tr("Date d'achèvement prévue (AAAA-MM-JJ). Triée dans l'ordre chronologique, "
                                  "les mesures sans date à la fin."),
                COL_ETAT: self.tr("Terminé, À temps, Risque de délais, Délais ou Retiré; trié dans l'ordre de la légende."),
            }.get(section)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.lecture_seule:
            return base
        if self.est_mesure(index.row()) or (index.column() == COL_OBJECTIFS
                                            and self.initiative_de_ligne(index.row()) is not None):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.st is None:
            return None
        rang, col = index.row(), index.column()
        m = self.mesure(rang)
        i = self.initiative_de_ligne(rang)
        if m is None and i is None:
            return None
        if role == ROLE_EN_RETARD:
            return self.en_retard(rang)
        if role == ROLE_TRI:
            return self._cle_tri(rang, col, m, i)
        if col == COL_INITIATIVE:
            return self._initiative_data(i, m, role)
        if col == COL_OBJECTIFS:
            objectifs = self.objectifs_de(i)
            if role == Qt.ItemDataRole.DisplayRole:
                return objectifs[0] if len(objectifs) == 1 else "\n".join("• " + o for o in objectifs)
            if role == Qt.ItemDataRole.EditRole:
                return "\n".join(objectifs)
            if role == Qt.ItemDataRole.ToolTipRole and i is not None and len([
                    x for x in self._mesures() if x.get("initiative_id") == i["id"]]) > 1:
                return self.tr("Les objectifs appartiennent à l'initiative : les modifier ici les modifie "
                               "pour toutes ses mesures.")
            return None
        if m is None:
            return self._ligne_vide_data(col, role)
        if col == COL_MESURE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return m.get("mesure", "")
            return None
        if col == COL_SECTEUR:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return m.get("secteur", "")
            return None
        if col == COL_DATE:
            return self._date_data(rang, m, role)
        if col == COL_ETAT:
            return self._etat_data(m, role)
        return None

    def _initiative_data(self, i: dict | None, m: dict | None, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.nom_initiative(i)
        if role in (Qt.ItemDataRole.EditRole, ROLE_CODE):
            return m.get("initiative_id", "") if m is not None else (i["id"] if i else "")
        if role == Qt.ItemDataRole.ToolTipRole and regles.origine_de(i) and regles.origine_de(i)[0] == "norme":
            return en_clair(self.tr("Plan d'action de la norme de service %1 (tableau 8).").replace(
                "%1", regles.origine_de(i)[1]))
        if role == Qt.ItemDataRole.ToolTipRole and i is not None and i.get("origine"):
            o = i["origine"]
            return en_clair(self.tr("Reprise de l'examen 2A « %1 » (initiative n° %2 de l'examen).")
                            .replace("%1", o.get("sujet") or "?").replace("%2", str((o.get("rang") or 0) + 1)))
        return None

    def _ligne_vide_data(self, col: int, role):
        if col == COL_MESURE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("(aucune mesure : « Ajouter une mesure » pour cette initiative)")
            if role == Qt.ItemDataRole.FontRole:
                police = QFont()
                police.setItalic(True)
                return police
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#555555")
        return None

    def _date_data(self, rang: int, m: dict, role):
        date = m.get("date_prevue") or ""
        retard = self.en_retard(rang)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{date}  {self.texte_en_retard()}" if retard else date
        if role in (Qt.ItemDataRole.EditRole, ROLE_CODE):
            return date
        if retard and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ROUGE_RETARD)
        if retard and role == Qt.ItemDataRole.FontRole:
            police = QFont()
            police.setBold(True)
            return police
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if retard:
                texte = (self.tr("%1 : en retard, la date prévue est passée et la mesure n'est ni terminée ni retirée.")
                         .replace("%1", date))
            else:
                texte = date or self.tr("Aucune date prévue")
            return en_clair(texte) if role == Qt.ItemDataRole.ToolTipRole else texte
        return None

    def _etat_data(self, m: dict, role):
        etat = m.get("etat") or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return ETATS.texte(etat, self.langue)
        if role in (Qt.ItemDataRole.EditRole, ROLE_CODE):
            return etat
        if etat not in COULEURS_ETATS:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return couleur_fond(etat)
        if role == Qt.ItemDataRole.ForegroundRole:
            return couleur_texte(etat)
        if role == Qt.ItemDataRole.DecorationRole:
            return couleur_texte(etat)          # une pastille, en plus du mot
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (self.tr("État : %1 (%2 dans la légende)").replace("%1", ETATS.texte(etat, self.langue))
                    .replace("%2", nom_couleur(etat, self.langue).lower()))
        return None

    def _cle_tri(self, rang: int, col: int, m: dict | None, i: dict | None):
        if col == COL_INITIATIVE:     # l'ordre du plan : les initiatives dans leur ordre, puis les mesures
            return (self.rang_initiative(i["id"] if i else (m or {}).get("initiative_id", "")), rang)
        if col == COL_OBJECTIFS:
            return "\n".join(self.objectifs_de(i)).casefold() or None
        if m is None:
            return None
        if col == COL_MESURE:
            return (m.get("mesure") or "").casefold() or None
        if col == COL_SECTEUR:
            return (m.get("secteur") or "").casefold() or None
        if col == COL_DATE:
            return m.get("date_prevue") or None
        if col == COL_ETAT:
            return ORDRE_ETATS.get(m.get("etat"))
        return None

    # --- modification --------------------------------------------------------------------
    def setData(self, index, valeur, role=Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self.lecture_seule
                or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)):
            return False
        rang, col = index.row(), index.column()
        if col == COL_OBJECTIFS:
            return self._changer_objectifs(rang, str(valeur or ""))
        m = self.mesure(rang)
        if m is None or self.st is None or not regles.modifier_mesure(self.st, m, CLES[col], valeur):
            return False
        if col == COL_INITIATIVE:
            self.dataChanged.emit(self.index(rang, COL_INITIATIVE), self.index(rang, COL_OBJECTIFS))
            self._ajuster_vides()
        elif col == COL_ETAT:
            self.dataChanged.emit(self.index(rang, COL_DATE), self.index(rang, COL_ETAT))   # le retard en dépend
        else:
            self.dataChanged.emit(index, index)
        self.modifie.emit()
        return True

    def _changer_objectifs(self, rang: int, texte: str) -> bool:
        """Une ligne par objectif, reliés, renommés ou ajoutés selon ``strategie.relier_objectifs``."""
        i = self.initiative_de_ligne(rang)
        if i is None or self.st is None or not regles.relier_objectifs(self.st, i, texte):
            return False
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COL_OBJECTIFS), self.index(self.rowCount() - 1, COL_OBJECTIFS))
        self.modifie.emit()
        return True

    def ajouter_mesure(self, initiative_id: str) -> int:
        """Une mesure vide pour l'initiative, rangée après ses autres mesures. Renvoie son rang."""
        assert self.st is not None
        position = regles.rang_nouvelle_mesure(self.st, initiative_id)
        nouvelle = regles.mesure(initiative_id)
        self.beginInsertRows(QModelIndex(), position, position)
        self.st.mesures.insert(position, nouvelle)
        self.endInsertRows()
        self._ajuster_vides()
        self.modifie.emit()
        return self.rang_de_mesure(nouvelle["id"])

    def retirer_mesure(self, rang: int) -> bool:
        if self.st is None or not self.est_mesure(rang) or self.lecture_seule:
            return False
        self.beginRemoveRows(QModelIndex(), rang, rang)
        del self.st.mesures[rang]
        self.endRemoveRows()
        self._ajuster_vides()
        self.modifie.emit()
        return True

    def renommer_initiative(self, initiative_id: str, nom: str) -> bool:
        i = self.initiative(initiative_id)
        if i is None or self.lecture_seule or not regles.renommer_initiative(i, nom):
            return False
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COL_INITIATIVE), self.index(self.rowCount() - 1, COL_INITIATIVE))
        self.modifie.emit()
        return True


# --- tri et filtres -------------------------------------------------------------------------
class FiltrePlan(QSortFilterProxyModel):
    """Filtre par état, par secteur et « en retard seulement »; trie sur ``ROLE_TRI`` en gardant
    les cellules vides à la fin, dans un sens comme dans l'autre."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.etat: str | None = None
        self.secteur: str | None = None        # "" : les mesures sans secteur
        self.retard_seulement = False

    def filtrer(self, etat: str | None = None, secteur: str | None = None, retard_seulement: bool = False) -> None:
        self.beginFilterChange()
        self.etat, self.secteur, self.retard_seulement = etat, secteur, retard_seulement
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def actif(self) -> bool:
        return self.etat is not None or self.secteur is not None or self.retard_seulement

    def filterAcceptsRow(self, rang: int, parent) -> bool:
        modele: ModelePlan = self.sourceModel()
        m = modele.mesure(rang)
        if m is None:
            return not self.actif()
        if self.etat is not None and m.get("etat") != self.etat:
            return False
        if self.secteur is not None and (m.get("secteur") or "").strip().casefold() != self.secteur.casefold():
            return False
        return not (self.retard_seulement and not modele.en_retard(rang))

    def lessThan(self, gauche, droite) -> bool:
        a, b = gauche.data(ROLE_TRI), droite.data(ROLE_TRI)
        if a is None or b is None:
            if a is None and b is None:
                return gauche.row() < droite.row()
            # Vide à la fin : en ordre décroissant, Qt inverse la comparaison.
            descendant = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return descendant if a is None else not descendant
        if a == b:
            return gauche.row() < droite.row()
        return a < b


