"""Les changements qui se croisent, à trancher champ par champ (mode ministère, renvoi d'une base
emportée) : pour chacun, la fiche, le champ, sa valeur à l'emport, la vôtre et celle du serveur,
et le choix de la version à garder. Rien n'est choisi d'avance : « Renvoyer » ne s'allume que
lorsque chaque ligne est tranchée. Le détail de la ligne choisie montre les trois valeurs en
entier (une réponse de 5 000 caractères se lit ici, pas dans une cellule)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gesserv_bureau.domaine.hors_ligne import EXISTENCE, REFUS, Ecart
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.referentiel import champs_fiches

COLONNES = ("fiche", "champ", "lue", "mienne", "serveur", "choix")
APERCU = 160          # caractères d'une valeur dans sa cellule (le détail la montre en entier)
COTES = (None, "mienne", "serveur")


class DialogueDivergences(Retraduisible, QDialog):
    """``choix()`` après « Renvoyer » : ``ecart.cle`` -> ``mienne`` | ``serveur``."""

    def __init__(self, ecarts: tuple[Ecart, ...] | list[Ecart], langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueDivergences")
        self.langue = langue
        self.ecarts = list(ecarts)
        pile = QVBoxLayout(self)
        self.invite = QLabel(self)
        self.invite.setWordWrap(True)
        pile.addWidget(self.invite)
        self.table = QTableWidget(len(self.ecarts), len(COLONNES), self)
        self.table.setObjectName("tableDivergences")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        for col in range(len(COLONNES)):
            entete.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        entete.setStretchLastSection(True)
        self.choix_par_ligne: list[QComboBox] = []
        for ligne in range(len(self.ecarts)):
            boite = QComboBox(self.table)
            boite.setObjectName(f"choix{ligne}")
            boite.currentIndexChanged.connect(self._actualiser)
            self.table.setCellWidget(ligne, COLONNES.index("choix"), boite)
            self.choix_par_ligne.append(boite)
        pile.addWidget(self.table, 3)
        self.detail = QGridLayout()
        self.titres_detail = [QLabel(self) for _ in range(3)]
        self.valeurs_detail = [QPlainTextEdit(self) for _ in range(3)]
        for i, (titre, valeur) in enumerate(zip(self.titres_detail, self.valeurs_detail)):
            valeur.setReadOnly(True)
            valeur.setObjectName(("detailLue", "detailMienne", "detailServeur")[i])
            titre.setBuddy(valeur)
            self.detail.addWidget(titre, 0, i)
            self.detail.addWidget(valeur, 1, i)
        pile.addLayout(self.detail, 2)
        self.boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.bouton_mienne = QPushButton(self)
        self.bouton_mienne.setObjectName("toutMienne")
        self.bouton_serveur = QPushButton(self)
        self.bouton_serveur.setObjectName("toutServeur")
        for b in (self.bouton_mienne, self.bouton_serveur):
            self.boutons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.bouton_mienne.clicked.connect(lambda: self.tout("mienne"))
        self.bouton_serveur.clicked.connect(lambda: self.tout("serveur"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        pile.addWidget(self.boutons)
        self.table.itemSelectionChanged.connect(self._montrer_detail)
        self.resize(1180, 620)
        tout_en_texte_brut(self)
        self.retraduire()
        if self.ecarts:
            self.table.selectRow(0)

    # --- les valeurs ---------------------------------------------------------------------
    def _valeur(self, ecart: Ecart, cote: str) -> str:
        v = getattr(ecart.divergence, cote)
        if ecart.divergence.champ.startswith(REFUS):
            return {"lue": "", "mienne": self.tr("votre changement (refusé)"),
                    "serveur": self.tr("inchangée")}[cote]
        if ecart.divergence.champ == EXISTENCE:
            if not v:
                return self.tr("supprimée")
            autre = "serveur" if ecart.divergence.mienne is False else "mienne"
            if cote != autre or not ecart.touchees:
                return self.tr("présente")
            guillemets = ("“", "”") if self.langue == "en" else ("« ", " »")
            liste = "; ".join(f"{champs_fiches.fiche(f, self.langue)} {guillemets[0]}{l}{guillemets[1]}"
                              for f, l in ecart.touchees)
            texte = (self.tr("présente, avec ce que d'autres y ont ajouté ou changé depuis l'emport : %1")
                     if autre == "serveur" else self.tr("présente, avec ce que vous y avez ajouté ou changé : %1"))
            return texte.replace("%1", liste)
        if v is None:
            return self.tr("(absente)")
        if v == "":
            return self.tr("(vide)")
        if isinstance(v, bool):
            return self.tr("présente") if v else self.tr("supprimée")
        return str(v)

    def _apercu(self, texte: str) -> str:
        texte = " ".join(texte.split())
        return texte if len(texte) <= APERCU else texte[:APERCU].rsplit(" ", 1)[0] + " …"

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Renvoyer au serveur : des changements se croisent"))
        self.invite.setText(self.tr(
            "%1 changement(s) de ce poste croisent ceux que le serveur a reçus depuis l'emport. Rien n'a été "
            "renvoyé et rien n'est perdu. Pour chaque ligne, choisissez la version à garder : la vôtre ou celle "
            "du serveur. Rien n'est choisi pour vous.").replace("%1", str(len(self.ecarts))))
        self.table.setHorizontalHeaderLabels([self.tr("Fiche"), self.tr("Champ"), self.tr("À l'emport"),
                                              self.tr("La vôtre"), self.tr("Sur le serveur"), self.tr("À garder")])
        for ligne, ecart in enumerate(self.ecarts):
            nom_fiche = champs_fiches.fiche(ecart.fiche, self.langue)
            cellules = (f"{nom_fiche} — {ecart.libelle}" if ecart.libelle else nom_fiche,
                        champs_fiches.champ(ecart.fiche, ecart.divergence.champ, self.langue),
                        *(self._valeur(ecart, c) for c in ("lue", "mienne", "serveur")))
            for col, texte in enumerate(cellules):
                item = QTableWidgetItem(self._apercu(texte))
                item.setToolTip(texte[:2000])
                self.table.setItem(ligne, col, item)
            boite = self.choix_par_ligne[ligne]
            index = max(boite.currentIndex(), 0)
            boite.blockSignals(True)
            boite.clear()
            boite.addItems([self.tr("— à choisir —"), self.tr("Garder la vôtre"), self.tr("Garder celle du serveur")])
            if ecart.divergence.champ.startswith(REFUS):    # le serveur ne le permettrait pas
                boite.model().item(1).setEnabled(False)
                index = 0 if index == 1 else index
            boite.setCurrentIndex(index)
            boite.blockSignals(False)
            boite.setAccessibleName(self.tr("Version à garder : %1").replace("%1", cellules[1]))
        largeurs = (210, 190, 180, 180, 180, 190)
        for col, largeur in enumerate(largeurs):
            self.table.setColumnWidth(col, largeur)
        self.table.resizeRowsToContents()
        for titre, texte in zip(self.titres_detail, (self.tr("À l'&emport"), self.tr("La &vôtre"),
                                                     self.tr("Sur le &serveur"))):
            titre.setText(texte)
        self.bouton_mienne.setText(self.tr("Tout garder de &mon côté"))
        self.bouton_serveur.setText(self.tr("Tout garder du serve&ur"))
        self.boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Renvoyer"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._montrer_detail()
        self._actualiser()

    # --- le choix ------------------------------------------------------------------------
    def _montrer_detail(self) -> None:
        lignes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        ecart = self.ecarts[lignes[0].row()] if lignes else None
        for valeur, cote in zip(self.valeurs_detail, ("lue", "mienne", "serveur")):
            valeur.setPlainText(self._valeur(ecart, cote) if ecart else "")

    def tout(self, cote: str) -> None:
        for ecart, boite in zip(self.ecarts, self.choix_par_ligne):
            if not (cote == "mienne" and ecart.divergence.champ.startswith(REFUS)):
                boite.setCurrentIndex(COTES.index(cote))

    def restants(self) -> int:
        return sum(1 for b in self.choix_par_ligne if COTES[max(b.currentIndex(), 0)] is None)

    def _actualiser(self, *_args) -> None:
        ok = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.restants() == 0)
        ok.setToolTip("" if ok.isEnabled() else self.tr("Encore %1 ligne(s) à trancher.").replace(
            "%1", str(self.restants())))

    def choix(self) -> dict[str, str]:
        return {e.cle: COTES[b.currentIndex()] for e, b in zip(self.ecarts, self.choix_par_ligne)
                if COTES[max(b.currentIndex(), 0)] is not None}
