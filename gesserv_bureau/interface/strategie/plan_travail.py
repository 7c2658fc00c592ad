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

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.referentiel.strategie import COULEURS_ETATS, ETATS
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.interface.textes import en_clair, tout_en_texte_brut

COL_INITIATIVE, COL_OBJECTIFS, COL_MESURE, COL_SECTEUR, COL_DATE, COL_ETAT = range(6)
NB_COLONNES = 6

ROLE_CODE = Qt.ItemDataRole.UserRole          # la valeur brute : id de l'initiative, code de l'état, date ISO
ROLE_TRI = Qt.ItemDataRole.UserRole + 1       # la clé de tri (None : toujours à la fin)
ROLE_EN_RETARD = Qt.ItemDataRole.UserRole + 2

ORDRE_ETATS = {code: rang for rang, code in enumerate(ETATS.codes())}   # l'ordre de la légende
ROUGE_RETARD = "#b71c1c"
FORMAT_DATE = "yyyy-MM-dd"
SANS_DATE = QDate(1900, 1, 1)                 # la valeur « aucune date » de l'éditeur de date
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
        if self.st is None:
            return []
        avec = {m.get("initiative_id") for m in self.st.mesures}
        return [i for i in self.st.initiatives if i["id"] not in avec]

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

    def rang_de_vide(self, initiative_id: str) -> int:
        for r, i in enumerate(self._vides):
            if i["id"] == initiative_id:
                return len(self._mesures()) + r
        return -1

    def en_retard(self, rang: int) -> bool:
        m = self.mesure(rang)
        return m is not None and regles.en_retard(m, self.aujourd_hui)

    def secteurs(self) -> list[str]:
        return sorted({(m.get("secteur") or "").strip() for m in self._mesures()} - {""}, key=str.casefold)

    # --- textes des cellules ---------------------------------------------------------------
    def nom_initiative(self, i: dict | None) -> str:
        if i is None:
            return self.tr("(initiative introuvable)")
        nom = (i.get("nom") or "").strip() or self.tr("(initiative sans nom)")
        origine = i.get("origine")
        if origine:
            nom += " " + self.tr("(examen 2A : %1)").replace("%1", origine.get("sujet") or "?")
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
        if m is None:
            return False
        if col == COL_INITIATIVE:
            if self.initiative(str(valeur)) is None or m.get("initiative_id") == valeur:
                return False
            m["initiative_id"] = str(valeur)
            self.dataChanged.emit(self.index(rang, COL_INITIATIVE), self.index(rang, COL_OBJECTIFS))
            self._ajuster_vides()
        elif col == COL_ETAT:
            if valeur not in ORDRE_ETATS or m.get("etat") == valeur:
                return False
            m["etat"] = valeur
            self.dataChanged.emit(self.index(rang, COL_DATE), self.index(rang, COL_ETAT))   # le retard en dépend
        elif col == COL_DATE:
            date = str(valeur or "").strip()
            if date:
                try:
                    dt.date.fromisoformat(date)
                except ValueError:
                    return False
            if m.get("date_prevue", "") == date:
                return False
            m["date_prevue"] = date
            self.dataChanged.emit(index, index)
        else:
            cle = "mesure" if col == COL_MESURE else "secteur"
            texte = str(valeur or "").strip()
            if m.get(cle, "") == texte:
                return False
            m[cle] = texte
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
        position = len(self.st.mesures)
        for r, m in enumerate(self.st.mesures):
            if m.get("initiative_id") == initiative_id:
                position = r + 1
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
        if i is None or self.lecture_seule or not nom.strip() or i["nom"] == nom.strip():
            return False
        i["nom"] = nom.strip()
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


# --- les éditeurs dans la table ---------------------------------------------------------------
class EditeurDate(QDateEdit):
    """Une date, ou aucune : Suppr l'efface; les flèches ou le calendrier partent d'aujourd'hui."""

    def __init__(self, aujourd_hui: dt.date, parent=None):
        super().__init__(parent)
        self._aujourd_hui = QDate(aujourd_hui.year, aujourd_hui.month, aujourd_hui.day)
        self.setDisplayFormat(FORMAT_DATE)
        self.setCalendarPopup(True)
        self.setMinimumDate(SANS_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(self.tr("(aucune date)"))
        self.setToolTip(self.tr("AAAA-MM-JJ. Flèches ou calendrier pour choisir; Suppr : aucune date."))

    def vide(self) -> bool:
        return self.date() == SANS_DATE

    def ecrire(self, iso: str) -> None:
        date = QDate.fromString(iso or "", FORMAT_DATE)
        self.setDate(date if date.isValid() else SANS_DATE)

    def iso(self) -> str:
        return "" if self.vide() else self.date().toString(FORMAT_DATE)

    def _partir_d_aujourd_hui(self) -> None:
        if self.vide():
            self.setDate(self._aujourd_hui)
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(SANS_DATE)
            return
        if self.vide() and event.text().isdigit():
            self._partir_d_aujourd_hui()
        super().keyPressEvent(event)

    def stepBy(self, pas: int) -> None:
        if self.vide():
            self._partir_d_aujourd_hui()
            return
        super().stepBy(pas)

    def mousePressEvent(self, event) -> None:
        self._partir_d_aujourd_hui()
        super().mousePressEvent(event)


class EditeurObjectifsPlan(QPlainTextEdit):
    """Un objectif par ligne; Tab quitte le champ (et enregistre)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setToolTip(self.tr("Un objectif par ligne. Tab ou un clic ailleurs pour enregistrer, Échap pour annuler."))


class DelegueePlan(QStyledItemDelegate):
    """Les éditeurs du plan : liste des initiatives, objectifs sur plusieurs lignes, secteur avec
    les secteurs déjà saisis proposés, date (vide permise) et liste des cinq états."""

    def __init__(self, plan: PlanDeTravail):
        super().__init__(plan)
        self.plan = plan

    def createEditor(self, parent, option, index):
        col = index.column()
        st = self.plan.strategie
        if col == COL_INITIATIVE and st is not None:
            combo = QComboBox(parent)
            combo.setObjectName("editeurInitiative")
            for i in st.initiatives:
                combo.addItem(self.plan.modele.nom_initiative(i), i["id"])
            return combo
        if col == COL_ETAT:
            combo = QComboBox(parent)
            combo.setObjectName("editeurEtat")
            for libelle in ETATS:
                combo.addItem(libelle.texte(self.plan.langue), libelle.code)
                rang = combo.count() - 1
                combo.setItemData(rang, couleur_fond(libelle.code), Qt.ItemDataRole.BackgroundRole)
                combo.setItemData(rang, couleur_texte(libelle.code), Qt.ItemDataRole.DecorationRole)
            return combo
        if col == COL_DATE:
            editeur = EditeurDate(self.plan.aujourd_hui or dt.date.today(), parent)
            editeur.setObjectName("editeurDate")
            return editeur
        if col == COL_OBJECTIFS:
            editeur = EditeurObjectifsPlan(parent)
            editeur.setObjectName("editeurObjectifs")
            return editeur
        editeur = super().createEditor(parent, option, index)
        if col == COL_SECTEUR and isinstance(editeur, QLineEdit):
            editeur.setObjectName("editeurSecteur")
            completeur = QCompleter(self.plan.modele.secteurs(), editeur)
            completeur.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editeur.setCompleter(completeur)
        elif col == COL_MESURE and isinstance(editeur, QLineEdit):
            editeur.setObjectName("editeurMesure")
        return editeur

    def setEditorData(self, editeur, index):
        valeur = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editeur, QComboBox):
            editeur.setCurrentIndex(max(0, editeur.findData(valeur)))
        elif isinstance(editeur, EditeurDate):
            editeur.ecrire(valeur or "")
        elif isinstance(editeur, EditeurObjectifsPlan):
            editeur.setPlainText(valeur or "")
        else:
            super().setEditorData(editeur, index)

    def setModelData(self, editeur, modele, index):
        if isinstance(editeur, QComboBox):
            modele.setData(index, editeur.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editeur, EditeurDate):
            modele.setData(index, editeur.iso(), Qt.ItemDataRole.EditRole)
        elif isinstance(editeur, EditeurObjectifsPlan):
            modele.setData(index, editeur.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editeur, modele, index)

    def sizeHint(self, option, index):
        taille = super().sizeHint(option, index)
        return QSize(taille.width(), taille.height() + 8)    # un peu d'air entre les lignes de texte

    def updateEditorGeometry(self, editeur, option, index):
        rect = option.rect
        if isinstance(editeur, EditeurObjectifsPlan):   # assez haut pour quelques objectifs
            rect.setHeight(max(rect.height(), editeur.fontMetrics().lineSpacing() * 4 + 12))
        editeur.setGeometry(rect)


class _Table(QTableView):
    supprimer = Signal()

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

        actions = QHBoxLayout()
        self.bouton_ajouter_initiative = self._bouton("boutonAjouterInitiative", actions)
        self.bouton_renommer_initiative = self._bouton("boutonRenommerInitiative", actions)
        actions.addSpacing(12)
        self.bouton_ajouter_mesure = self._bouton("boutonAjouterMesure", actions)
        self.bouton_retirer_mesure = self._bouton("boutonRetirerMesure", actions)
        actions.addSpacing(12)
        self.bouton_reprendre_2a = self._bouton("boutonReprendre2A", actions)
        actions.addStretch(1)
        pile.addLayout(actions)

        filtres = QHBoxLayout()
        self.etiquette_etat = QLabel(self)
        self.filtre_etat = QComboBox(self)
        self.filtre_etat.setObjectName("filtreEtat")
        self.etiquette_etat.setBuddy(self.filtre_etat)
        self.etiquette_secteur = QLabel(self)
        self.filtre_secteur = QComboBox(self)
        self.filtre_secteur.setObjectName("filtreSecteur")
        self.filtre_secteur.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.etiquette_secteur.setBuddy(self.filtre_secteur)
        self.filtre_retard = QCheckBox(self)
        self.filtre_retard.setObjectName("filtreEnRetard")
        self.resume = QLabel(self)
        self.resume.setObjectName("resumePlan")
        self.resume.setStyleSheet("font-weight: 600;")
        for w in (self.etiquette_etat, self.filtre_etat):
            filtres.addWidget(w)
        filtres.addSpacing(12)
        for w in (self.etiquette_secteur, self.filtre_secteur):
            filtres.addWidget(w)
        filtres.addSpacing(12)
        filtres.addWidget(self.filtre_retard)
        filtres.addSpacing(12)
        filtres.addWidget(self.resume, 1)
        pile.addLayout(filtres)

        self.table = _Table(self)
        self.table.setObjectName("tablePlan")
        self.table.setModel(self.filtre)
        self.delegue = DelegueePlan(self)
        self.table.setItemDelegate(self.delegue)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)      # Tab sort de la table; les flèches s'y déplacent
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        entete.setSectionResizeMode(COL_MESURE, QHeaderView.ResizeMode.Stretch)
        self._ajuster_colonnes(1380)
        entete.setMinimumSectionSize(90)
        # La hauteur des lignes suit la largeur des colonnes (texte sur plusieurs lignes), une fois
        # la mise en page faite.
        self._minuterie_hauteurs = QTimer(self)
        self._minuterie_hauteurs.setSingleShot(True)
        self._minuterie_hauteurs.setInterval(0)
        self._minuterie_hauteurs.timeout.connect(self.table.resizeRowsToContents)
        entete.sectionResized.connect(lambda *_: self._minuterie_hauteurs.start())
        self.table.sortByColumn(COL_INITIATIVE, Qt.SortOrder.AscendingOrder)
        pile.addWidget(self.table, 1)

        self.legende = QWidget(self)
        self.legende.setObjectName("legendePlan")
        ligne_legende = QHBoxLayout(self.legende)
        ligne_legende.setContentsMargins(0, 0, 0, 0)
        self.titre_legende = QLabel(self.legende)
        self.titre_legende.setObjectName("titreLegende")
        self.titre_legende.setStyleSheet("font-weight: 600;")
        ligne_legende.addWidget(self.titre_legende)
        self.entrees_legende: dict[str, QLabel] = {}
        for n, code in enumerate(ETATS.codes()):
            if n:
                point = QLabel("·", self.legende)
                point.setAccessibleName(" ")
                ligne_legende.addWidget(point)
            entree = QLabel(self.legende)
            entree.setObjectName(f"legende_{code}")
            _fr, _en, texte, fond = COULEURS_ETATS[code]
            entree.setStyleSheet(f"background: {fond}; color: {texte}; border: 1px solid {texte}; "
                                 "border-radius: 3px; padding: 2px 8px; font-weight: 600;")
            self.entrees_legende[code] = entree
            ligne_legende.addWidget(entree)
        ligne_legende.addStretch(1)
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
        self.filtre_etat.currentIndexChanged.connect(self._appliquer_filtres)
        self.filtre_secteur.currentIndexChanged.connect(self._appliquer_filtres)
        self.filtre_retard.toggled.connect(self._appliquer_filtres)
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

    def _ajuster_hauteurs(self) -> None:
        self.table.resizeRowsToContents()
        self._minuterie_hauteurs.start()    # et encore après la mise en page en cours

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._minuterie_hauteurs.start()

    def _bouton(self, nom: str, ligne: QHBoxLayout) -> QPushButton:
        bouton = QPushButton(self)
        bouton.setObjectName(nom)
        ligne.addWidget(bouton)
        return bouton

    # --- ce qui est affiché -------------------------------------------------------------------
    # Les colonnes se partagent la largeur disponible (la fenêtre de la stratégie est plus
    # étroite qu'un écran entier) : proportions, avec des minimums lisibles.
    PROPORTIONS = ((COL_INITIATIVE, 0.19, 150), (COL_OBJECTIFS, 0.23, 170), (COL_SECTEUR, 0.13, 110),
                   (COL_DATE, 0.16, 150), (COL_ETAT, 0.14, 130))

    def _ajuster_colonnes(self, largeur: int) -> None:
        for col, part, minimum in self.PROPORTIONS:
            self.table.setColumnWidth(col, max(int(largeur * part), minimum))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._ajuster_colonnes(self.table.viewport().width())

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
        fige = self.modele.lecture_seule
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if fige else (
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed))
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
        self._ajuster_hauteurs()

    def _actualiser_resume(self) -> None:
        mesures = self.strategie.mesures if self.strategie is not None else []
        total = len(mesures)
        retards = sum(1 for m in mesures if regles.en_retard(m, self.aujourd_hui))
        affichees = sum(1 for r in range(self.filtre.rowCount())
                        if self.modele.est_mesure(self.filtre.mapToSource(self.filtre.index(r, 0)).row()))
        if self.filtre.actif():
            texte = self.tr("Mesures affichées : %1 sur %2 · en retard : %3")
            texte = texte.replace("%1", str(affichees)).replace("%2", str(total))
        else:
            texte = self.tr("Mesures : %2 · en retard : %3").replace("%2", str(total))
        self.resume.setText(texte.replace("%3", str(retards)))

    # --- filtres --------------------------------------------------------------------------------
    def _remplir_etats(self) -> None:
        code = self.filtre_etat.currentData()
        bloque = self.filtre_etat.blockSignals(True)
        self.filtre_etat.clear()
        self.filtre_etat.addItem(self.tr("Tous les états"), None)
        for libelle in ETATS:
            self.filtre_etat.addItem(libelle.texte(self.langue), libelle.code)
            rang = self.filtre_etat.count() - 1
            self.filtre_etat.setItemData(rang, couleur_fond(libelle.code), Qt.ItemDataRole.BackgroundRole)
            self.filtre_etat.setItemData(rang, couleur_texte(libelle.code), Qt.ItemDataRole.DecorationRole)
        self.filtre_etat.setCurrentIndex(max(0, self.filtre_etat.findData(code)))
        self.filtre_etat.blockSignals(bloque)

    def _remplir_secteurs(self) -> None:
        choix = self.filtre_secteur.currentData()
        secteurs = self.modele.secteurs()
        bloque = self.filtre_secteur.blockSignals(True)
        self.filtre_secteur.clear()
        self.filtre_secteur.addItem(self.tr("Tous les secteurs"), None)
        for s in secteurs:
            self.filtre_secteur.addItem(s, s)
        mesures = self.strategie.mesures if self.strategie is not None else []
        if any(not (m.get("secteur") or "").strip() for m in mesures):
            self.filtre_secteur.addItem(self.tr("(secteur non précisé)"), "")
        rang = self.filtre_secteur.findData(choix) if choix is not None else 0
        self.filtre_secteur.setCurrentIndex(max(0, rang))
        self.filtre_secteur.blockSignals(bloque)
        if choix is not None and rang < 0:     # le secteur choisi n'existe plus
            self._appliquer_filtres()

    def _appliquer_filtres(self, *_args) -> None:
        self.filtre.filtrer(self.filtre_etat.currentData(), self.filtre_secteur.currentData(),
                            self.filtre_retard.isChecked())
        self._actualiser_resume()
        self._actualiser_boutons()
        self._ajuster_hauteurs()

    def filtrer(self, etat: str | None = None, secteur: str | None = None, retard_seulement: bool = False) -> None:
        """Comme les listes et la case à cocher au-dessus de la table."""
        for combo, valeur in ((self.filtre_etat, etat), (self.filtre_secteur, secteur)):
            bloque = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(valeur)) if valeur is not None else 0)
            combo.blockSignals(bloque)
        bloque = self.filtre_retard.blockSignals(True)
        self.filtre_retard.setChecked(retard_seulement)
        self.filtre_retard.blockSignals(bloque)
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
        if not nom.strip():
            return None
        initiative = regles.initiative(nom.strip())
        self.strategie.initiatives.append(initiative)
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
        self.etiquette_etat.setText(self.tr("Filtrer par &état :"))
        self.etiquette_secteur.setText(self.tr("&Secteur :"))
        self.filtre_retard.setText(self.tr("En retar&d seulement"))
        self.table.setAccessibleName(self.tr("Plan de travail intégré sur l'amélioration des services"))
        self.titre_legende.setText(self.tr("Légende —"))
        for code, entree in self.entrees_legende.items():
            texte = (self.tr("%1 : %2").replace("%1", nom_couleur(code, self.langue))
                     .replace("%2", ETATS.texte(code, self.langue)))
            entree.setText(texte)
            entree.setAccessibleName(texte)
        self._remplir_etats()
        self._remplir_secteurs()
        self._actualiser_bandeau()
        self._actualiser_resume()
        self._ajuster_hauteurs()
