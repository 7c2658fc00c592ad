"""Les éditeurs des sections de la stratégie (annexe 2B). Chacun modifie la stratégie en place
et appelle ``modifie()`` à chaque saisie : la fenêtre l'enregistre aussitôt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.interface.assistants.commun import Page, Texte
from gesserv_bureau.referentiel import strategie as ref
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut


class Editeur(Retraduisible, Page):
    """Une page d'édition qui défile; ``rafraichir`` relit la stratégie."""

    def __init__(self, st: Strategie, section: dict, modifie: Callable[[], None], langue: str, parent=None):
        super().__init__(parent)
        self.st = st
        self.section = section
        self._modifie = modifie
        self.langue = langue
        self._chargement = False

    def modifie(self, *_args) -> None:
        if not self._chargement:
            self.lire()
            self._modifie()

    def lire(self) -> None:
        pass

    def rafraichir(self) -> None:
        pass

    def retraduire(self) -> None:
        pass

    def verrouiller(self, oui: bool) -> None:
        self.widget().setEnabled(not oui)



class EditeurTextes(Editeur):
    """Les sections de texte : sommaire, contexte (avec les services touchés), vision, cadre de
    rendement, et les sections ajoutées par le ministère."""

    def __init__(self, st, section, modifie, langue, services: list | None = None, parent=None):
        super().__init__(st, section, modifie, langue, parent)
        type_ = ref.PAR_CODE.get(section["type"])
        self.sous = list(type_.sous_sections) if type_ else [None]
        self.champs: dict[str, Texte] = {}
        self.etiquettes: dict[str, QLabel] = {}
        for sous in self.sous:
            code = sous.code if sous else "texte"
            etiquette = QLabel(self)
            etiquette.setWordWrap(True)
            etiquette.setStyleSheet("font-weight: 600; margin-top: 6px;")
            champ = Texte(6 if len(self.sous) == 1 else 4, self)
            champ.setObjectName(f"texte_{section['type']}_{code}")
            etiquette.setBuddy(champ)
            self.pile.addWidget(etiquette)
            self.pile.addWidget(champ)
            champ.textChanged.connect(self.modifie)
            self.champs[code] = champ
            self.etiquettes[code] = etiquette
        self.liste_services = None
        if section["type"] == "contexte":
            self.etiquette_services = QLabel(self)
            self.etiquette_services.setStyleSheet("font-weight: 600; margin-top: 6px;")
            self.liste_services = QListWidget(self)
            self.liste_services.setObjectName("servicesTouches")
            self.liste_services.setMinimumHeight(180)
            for s in services or []:
                item = QListWidgetItem(f"{s.service_id} — {s.nom(langue)}".strip(" —"))
                item.setData(Qt.ItemDataRole.UserRole, s.pk)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.liste_services.addItem(item)
            self.etiquette_services.setBuddy(self.liste_services)
            # les services touchés viennent après le mandat (annexe 2B)
            self.pile.insertWidget(4, self.etiquette_services)
            self.pile.insertWidget(5, self.liste_services)
            champs = list(self.champs.values())   # Tab suit la page : la liste vient après le mandat
            if len(champs) >= 2:
                QWidget.setTabOrder(champs[1], self.liste_services)
                if len(champs) >= 3:
                    QWidget.setTabOrder(self.liste_services, champs[2])
            self.liste_services.itemChanged.connect(self.modifie)
        tout_en_texte_brut(self)
        self.retraduire()
        self.rafraichir()

    def lire(self) -> None:
        for code, champ in self.champs.items():
            self.section["textes"][code] = champ.texte()
        if self.liste_services is not None:
            self.st.services = [self.liste_services.item(i).data(Qt.ItemDataRole.UserRole)
                                for i in range(self.liste_services.count())
                                if self.liste_services.item(i).checkState() == Qt.CheckState.Checked]

    def rafraichir(self) -> None:
        self._chargement = True
        try:
            for code, champ in self.champs.items():
                champ.ecrire(self.section["textes"].get(code, ""))
            if self.liste_services is not None:
                for i in range(self.liste_services.count()):
                    item = self.liste_services.item(i)
                    coche = item.data(Qt.ItemDataRole.UserRole) in self.st.services
                    item.setCheckState(Qt.CheckState.Checked if coche else Qt.CheckState.Unchecked)
        finally:
            self._chargement = False

    def retraduire(self) -> None:
        for sous in self.sous:
            code = sous.code if sous else "texte"
            self.etiquettes[code].setText(sous.texte(self.langue) if sous else self.tr("Texte de la section"))
        if self.liste_services is not None:
            self.etiquette_services.setText(ref.SERVICES_TOUCHES.texte(self.langue))


class EditeurFFPM(Editeur):
    """L'analyse FFPM : quatre listes (une entrée par ligne), en grille 2 × 2."""

    def __init__(self, st, section, modifie, langue, parent=None):
        super().__init__(st, section, modifie, langue, parent)
        grille = QGridLayout()
        self.cadrans: dict[str, tuple[QGroupBox, Texte]] = {}
        for n, code in enumerate(ref.CADRANS_FFPM.codes()):
            groupe = QGroupBox(self)
            pile = QVBoxLayout(groupe)
            champ = Texte(8, groupe)
            champ.setObjectName(f"ffpm_{code}")
            pile.addWidget(champ)
            grille.addWidget(groupe, n // 2, n % 2)
            champ.textChanged.connect(self.modifie)
            self.cadrans[code] = (groupe, champ)
        self.aide = QLabel(self)
        self.aide.setStyleSheet("color: #4a4a4a;")
        self.pile.addWidget(self.aide)
        self.pile.addLayout(grille)
        tout_en_texte_brut(self)
        self.retraduire()
        self.rafraichir()

    def lire(self) -> None:
        for code, (_g, champ) in self.cadrans.items():
            self.st.ffpm[code] = [l.strip() for l in champ.texte().splitlines() if l.strip()]

    def rafraichir(self) -> None:
        self._chargement = True
        try:
            for code, (_g, champ) in self.cadrans.items():
                if [l.strip() for l in champ.texte().splitlines() if l.strip()] != self.st.ffpm.get(code, []):
                    champ.ecrire("\n".join(self.st.ffpm.get(code, [])))
        finally:
            self._chargement = False

    def retraduire(self) -> None:
        self.aide.setText(self.tr("Une entrée par ligne."))
        for code, (groupe, _c) in self.cadrans.items():
            groupe.setTitle(ref.CADRANS_FFPM.texte(code, self.langue))


class EditeurObjectifs(Editeur):
    """Objectifs, puis initiatives d'amélioration : nom, description, portée (services),
    justification, cibles, échéances, indicateurs, coûts, objectifs visés (2.5.4)."""

    CHAMPS = ("nom", "description", "justification", "cibles", "echeances", "indicateurs", "couts")

    def __init__(self, st, section, modifie, langue, services: list | None = None, parent=None):
        super().__init__(st, section, modifie, langue, parent)
        self.services = services or []
        self.titre_objectifs = QLabel(self)
        self.titre_objectifs.setStyleSheet("font-weight: 600;")
        self.objectifs = QListWidget(self)
        self.objectifs.setObjectName("listeObjectifs")
        self.objectifs.setMaximumHeight(150)
        self.objectifs.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        boutons = QHBoxLayout()
        self.ajouter_objectif = QPushButton(self)
        self.ajouter_objectif.setObjectName("boutonAjouterObjectif")
        self.retirer_objectif = QPushButton(self)
        boutons.addWidget(self.ajouter_objectif)
        boutons.addWidget(self.retirer_objectif)
        boutons.addStretch(1)
        self.pile.addWidget(self.titre_objectifs)
        self.pile.addWidget(self.objectifs)
        self.pile.addLayout(boutons)
        self.titre_initiatives = QLabel(self)
        self.titre_initiatives.setStyleSheet("font-weight: 600; margin-top: 10px;")
        self.pile.addWidget(self.titre_initiatives)
        ligne = QHBoxLayout()
        colonne = QVBoxLayout()
        self.initiatives = QListWidget(self)
        self.initiatives.setObjectName("listeInitiatives")
        self.initiatives.setMaximumWidth(280)
        colonne.addWidget(self.initiatives)
        self.ajouter_initiative = QPushButton(self)
        self.ajouter_initiative.setObjectName("boutonAjouterInitiative")
        self.retirer_initiative = QPushButton(self)
        colonne.addWidget(self.ajouter_initiative)
        colonne.addWidget(self.retirer_initiative)
        ligne.addLayout(colonne)
        detail = QWidget(self)
        forme = QFormLayout(detail)
        forme.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.champs: dict[str, QLineEdit | Texte] = {}
        self.etiquettes: dict[str, QLabel] = {}
        for code in self.CHAMPS:
            champ = QLineEdit(detail) if code == "nom" else Texte(2, detail)
            champ.setObjectName(f"initiative_{code}")
            etiquette = QLabel(detail)
            etiquette.setBuddy(champ)
            forme.addRow(etiquette, champ)
            (champ.textEdited if isinstance(champ, QLineEdit) else champ.textChanged).connect(self._saisie_initiative)
            self.champs[code] = champ
            self.etiquettes[code] = etiquette
        self.etiquette_portee = QLabel(detail)
        self.portee = QListWidget(detail)
        self.portee.setObjectName("porteeInitiative")
        self.portee.setMaximumHeight(120)
        self.etiquette_portee.setBuddy(self.portee)
        forme.addRow(self.etiquette_portee, self.portee)
        self.etiquette_vises = QLabel(detail)
        self.vises = QListWidget(detail)
        self.vises.setObjectName("objectifsVises")
        self.vises.setMaximumHeight(100)
        self.etiquette_vises.setBuddy(self.vises)
        forme.addRow(self.etiquette_vises, self.vises)
        self.origine = QLabel(detail)
        self.origine.setWordWrap(True)
        self.origine.setStyleSheet("color: #4a4a4a;")
        forme.addRow(self.origine)
        ligne.addWidget(detail, 1)
        self.pile.addLayout(ligne)
        self.ajouter_objectif.clicked.connect(lambda: self.nouvel_objectif())
        self.retirer_objectif.clicked.connect(self._retirer_objectif)
        self.objectifs.itemChanged.connect(self._objectif_modifie)
        self.ajouter_initiative.clicked.connect(lambda: self.nouvelle_initiative())
        self.retirer_initiative.clicked.connect(self._retirer_initiative)
        self.initiatives.currentRowChanged.connect(lambda _r: self._afficher_initiative())
        self.portee.itemChanged.connect(self._saisie_initiative)
        self.vises.itemChanged.connect(self._saisie_initiative)
        tout_en_texte_brut(self)
        self.retraduire()
        self.rafraichir()

    # objectifs
    def nouvel_objectif(self, texte: str = "") -> None:
        self.st.objectifs.append(regles.objectif(texte))
        self.rafraichir()
        self.objectifs.setCurrentRow(self.objectifs.count() - 1)
        if not texte:
            self.objectifs.editItem(self.objectifs.currentItem())
        self._modifie()

    def _retirer_objectif(self) -> None:
        if regles.retirer_objectif(self.st, self.objectifs.currentRow()):
            self.rafraichir()
            self._modifie()

    def _objectif_modifie(self, item: QListWidgetItem) -> None:
        if self._chargement:
            return
        rang = self.objectifs.row(item)
        if 0 <= rang < len(self.st.objectifs):
            self.st.objectifs[rang]["texte"] = item.text()
            self._afficher_initiative()
            self._modifie()

    # initiatives
    def nouvelle_initiative(self, nom: str = "") -> None:
        self.st.initiatives.append(regles.initiative(nom))
        self.rafraichir()
        self.initiatives.setCurrentRow(self.initiatives.count() - 1)
        self.champs["nom"].setFocus()
        self._modifie()

    def _retirer_initiative(self) -> None:
        if regles.retirer_initiative(self.st, self.initiatives.currentRow()):
            self.rafraichir()
            self._modifie()

    def _courante(self) -> dict | None:
        rang = self.initiatives.currentRow()
        return self.st.initiatives[rang] if 0 <= rang < len(self.st.initiatives) else None

    def _saisie_initiative(self, *_args) -> None:
        if self._chargement:
            return
        i = self._courante()
        if i is None:
            return
        for code, champ in self.champs.items():
            i[code] = champ.text() if isinstance(champ, QLineEdit) else champ.texte()
        i["services"] = [self.portee.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.portee.count())
                         if self.portee.item(n).checkState() == Qt.CheckState.Checked]
        i["objectifs"] = [self.vises.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.vises.count())
                          if self.vises.item(n).checkState() == Qt.CheckState.Checked]
        item = self.initiatives.currentItem()
        if item is not None:
            item.setText(i["nom"] or self.tr("(initiative sans nom)"))
        self._modifie()

    def _afficher_initiative(self) -> None:
        i = self._courante()
        self._chargement, avant = True, self._chargement
        try:
            for code, champ in self.champs.items():
                valeur = i.get(code, "") if i else ""
                champ.setText(valeur) if isinstance(champ, QLineEdit) else champ.ecrire(valeur)
                champ.setEnabled(i is not None)
            for liste, choix, cochees in ((self.portee, [(s.pk, f"{s.service_id} — {s.nom(self.langue)}") for s in self.services],
                                           i["services"] if i else []),
                                          (self.vises, [(o["id"], o["texte"]) for o in self.st.objectifs],
                                           i["objectifs"] if i else [])):
                liste.clear()
                for valeur, texte in choix:
                    item = QListWidgetItem(texte)
                    item.setData(Qt.ItemDataRole.UserRole, valeur)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if valeur in cochees else Qt.CheckState.Unchecked)
                    liste.addItem(item)
                liste.setEnabled(i is not None)
            origine = regles.origine_de(i)
            if origine and origine[0] == "norme":
                self.origine.setText(self.tr("Plan d'action de la norme de service %1 (tableau 8)").replace("%1", origine[1]))
            else:
                self.origine.setText(self.tr("Reprise de l'examen 2A : %1").replace("%1", origine[1]) if origine else "")
        finally:
            self._chargement = avant

    def rafraichir(self) -> None:
        self._chargement = True
        try:
            rang_o, rang_i = self.objectifs.currentRow(), self.initiatives.currentRow()
            self.objectifs.clear()
            for o in self.st.objectifs:
                item = QListWidgetItem(o["texte"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.objectifs.addItem(item)
            self.initiatives.clear()
            for i in self.st.initiatives:
                self.initiatives.addItem(i["nom"] or self.tr("(initiative sans nom)"))
            self.objectifs.setCurrentRow(min(max(rang_o, 0), self.objectifs.count() - 1))
            self.initiatives.setCurrentRow(min(max(rang_i, 0), self.initiatives.count() - 1))
        finally:
            self._chargement = False
        self._afficher_initiative()

    def retraduire(self) -> None:
        t = {
            "nom": self.tr("&Nom de l'initiative :"), "description": self.tr("&Description générale :"),
            "justification": self.tr("&Justification (fondement de sa sélection comme initiative prioritaire) :"),
            "cibles": self.tr("&Cibles :"), "echeances": self.tr("É&chéances :"),
            "indicateurs": self.tr("&Indicateurs de rendement :"), "couts": self.tr("C&oûts de la mise en œuvre :"),
        }
        for code, texte in t.items():
            self.etiquettes[code].setText(texte)
        self.etiquette_portee.setText(self.tr("&Portée : services auxquels s'applique l'initiative"))
        self.etiquette_vises.setText(self.tr("Objecti&fs visés :"))
        self.titre_objectifs.setText(self.tr("Objectifs (F2 pour modifier un objectif)"))
        self.titre_initiatives.setText(self.tr("Initiatives d'amélioration des services"))
        self.objectifs.setAccessibleName(self.titre_objectifs.text())
        self.initiatives.setAccessibleName(self.titre_initiatives.text())
        self.ajouter_objectif.setText(self.tr("Ajouter un o&bjectif"))
        self.retirer_objectif.setText(self.tr("Retirer l'objectif"))
        self.ajouter_initiative.setText(self.tr("&Ajouter une initiative"))
        self.retirer_initiative.setText(self.tr("Retirer l'initiative"))


class EditeurRisques(Editeur):
    """Gestion des risques : chaque risque, sa probabilité, son incidence et son atténuation."""

    def __init__(self, st, section, modifie, langue, parent=None):
        super().__init__(st, section, modifie, langue, parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableRisques")
        self.table.setMinimumHeight(260)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.pile.addWidget(self.table)
        boutons = QHBoxLayout()
        self.ajouter = QPushButton(self)
        self.ajouter.setObjectName("boutonAjouterRisque")
        self.retirer = QPushButton(self)
        boutons.addWidget(self.ajouter)
        boutons.addWidget(self.retirer)
        boutons.addStretch(1)
        self.pile.addLayout(boutons)
        self.ajouter.clicked.connect(lambda: self.nouveau_risque())
        self.retirer.clicked.connect(self._retirer)
        self.table.itemChanged.connect(self._cellule)
        tout_en_texte_brut(self)
        self.retraduire()
        self.rafraichir()

    def nouveau_risque(self, texte: str = "") -> None:
        self.st.risques.append(regles.risque(texte))
        self.rafraichir()
        self.table.setCurrentCell(len(self.st.risques) - 1, 0)
        self._modifie()

    def _retirer(self) -> None:
        rang = self.table.currentRow()
        if 0 <= rang < len(self.st.risques):
            del self.st.risques[rang]
            self.rafraichir()
            self._modifie()

    def _cellule(self, item: QTableWidgetItem) -> None:
        if self._chargement:
            return
        r = self.st.risques[item.row()]
        r["risque" if item.column() == 0 else "attenuation"] = item.text()
        self._modifie()

    def _niveau(self, rang: int, cle: str, combo: QComboBox) -> None:
        if not self._chargement and 0 <= rang < len(self.st.risques):
            self.st.risques[rang][cle] = combo.currentData()
            self._modifie()

    def rafraichir(self) -> None:
        self._chargement = True
        try:
            self.table.setRowCount(len(self.st.risques))
            for rang, r in enumerate(self.st.risques):
                self.table.setItem(rang, 0, QTableWidgetItem(r["risque"]))
                self.table.setItem(rang, 3, QTableWidgetItem(r["attenuation"]))
                for col, cle in ((1, "probabilite"), (2, "impact")):
                    combo = QComboBox(self.table)
                    combo.setObjectName(f"{cle}_{rang}")
                    combo.addItem("—", None)
                    for n in ref.NIVEAUX:
                        combo.addItem(n.texte(self.langue), n.code)
                    combo.setCurrentIndex(max(combo.findData(r[cle]), 0))
                    combo.currentIndexChanged.connect(lambda _i, rg=rang, c=cle, cb=combo: self._niveau(rg, c, cb))
                    self.table.setCellWidget(rang, col, combo)
            self.table.resizeColumnToContents(1)
            self.table.resizeColumnToContents(2)
        finally:
            self._chargement = False

    def retraduire(self) -> None:
        self.table.setAccessibleName(self.tr("Risques"))
        self.table.setHorizontalHeaderLabels([self.tr("Principaux risques de mise en œuvre"), self.tr("Probabilité"),
                                              self.tr("Incidence"), self.tr("Plans d'atténuation des risques")])
        self.ajouter.setText(self.tr("&Ajouter un risque"))
        self.retirer.setText(self.tr("Retirer le risque"))
        self.rafraichir()
