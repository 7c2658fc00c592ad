"""Résultats et plan d'action d'une norme de service (2.7.11, tableau 8; 2.7.10) : les volumes
de l'exercice et des trimestres (le rendement calculé, jamais saisi), le scénario que les
résultats donnent à la tolérance du ministère près, les questions et les actions que le tableau 8
propose pour ce scénario, et le plan d'action (responsable, échéance, statut), dont chaque action
peut aller au plan de travail intégré (2C) d'une stratégie, le lien gardé.

Chaque règle est dans ``domaine.suivi_normes``; chaque écriture passe par ``cas.normes``. Le
jumeau en ligne de commande : ``gesserv-bureau norme resultat|action|tolerance``."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau import formats
from gesserv_bureau.cas import normes
from gesserv_bureau.domaine.norme import PERIODES, rendement
from gesserv_bureau.domaine.suivi_normes import actions_proposees
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE, STYLE_MESSAGE
from gesserv_bureau.interface.textes import Retraduisible, locale_de
from gesserv_bureau.referentiel import normes as ref
from gesserv_bureau.referentiel import tableau_8

_EXERCICE = "exercice"


def guide_html(code: str, langue: str) -> str:
    """Les étapes du scénario (ou du plan de 2.7.10), leurs questions ou leurs actions, et sa note,
    mot pour mot, en texte riche échappé; le scénario 2 sans texte source le dit."""
    sc = tableau_8.scenario(code)
    morceaux = []
    for e in sc.etapes:
        morceaux.append(f"<p><b>{e.numero}. {html.escape(tableau_8.texte(e.intitule, langue))}</b></p>")
        if e.points:
            morceaux.append("<ul>" + "".join(f"<li>{html.escape(tableau_8.texte(p, langue))}</li>"
                                             for p in e.points) + "</ul>")
    if not sc.etapes:
        morceaux.append(f"<p>{html.escape(tableau_8.texte(tableau_8.SANS_TEXTE_SOURCE, langue))}</p>")
    if sc.note:
        morceaux.append(f"<p><i>{html.escape(tableau_8.texte(sc.note, langue))}</i></p>")
    return "".join(morceaux)


class HistoriqueNorme(QTableWidget):
    """La même norme (son numéro) dans chaque exercice du service : cible, rendement, scénario,
    retrait; l'exercice ouvert en gras."""

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("historiqueNorme")
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def afficher(self, annees: list, pk_ouvert: int, langue: str) -> None:
        self.setRowCount(len(annees))
        for ligne, s in enumerate(annees):
            code = s.scenario
            scenario = tableau_8.texte(tableau_8.scenario(code).titre, langue) if code else "—"
            for col, texte in enumerate((s.norme.exercice, formats.fraction(s.norme.cible, langue),
                                         formats.fraction(s.exercice.rendement, langue), scenario, s.norme.retiree_le or "—")):
                item = QTableWidgetItem(texte)
                if s.norme.pk == pk_ouvert:
                    police = item.font()
                    police.setBold(True)
                    item.setFont(police)
                self.setItem(ligne, col, item)
        hauteur = self.horizontalHeader().height() + sum(self.rowHeight(i) for i in range(len(annees)))
        self.setFixedHeight(min(hauteur + 2 * self.frameWidth() + 2, 200))


class DialogueSuiviNorme(Retraduisible, QDialog):
    modifiee = Signal()   # une écriture a eu lieu : la liste des normes est à refaire

    def __init__(self, base, norme_pk: int, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueSuiviNorme")
        self.base, self.norme_pk, self.langue = base, norme_pk, langue
        self._suivi = normes.suivi(base, norme_pk)
        externe = QVBoxLayout(self)
        defilement = QScrollArea(self)
        defilement.setWidgetResizable(True)
        self.defilement = defilement
        contenu = QWidget(defilement)
        pile = QVBoxLayout(contenu)
        self.titre = QLabel(contenu)
        self.titre.setObjectName("titreSuiviNorme")
        self.titre.setWordWrap(True)
        self.titre.setTextFormat(Qt.TextFormat.PlainText)
        self.titre.setStyleSheet("font-weight: 600; font-size: 11pt;")
        pile.addWidget(self.titre)

        # les résultats
        self.groupe_resultats = QGroupBox(contenu)
        pr = QVBoxLayout(self.groupe_resultats)
        self.table = QTableWidget(1 + len(PERIODES), 3, self.groupe_resultats)
        self.table.setObjectName("tableResultatsNorme")
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._recalculer)
        pr.addWidget(self.table)
        ligne = QHBoxLayout()
        self.bouton_resultats = QPushButton(self.groupe_resultats)
        self.bouton_resultats.setObjectName("boutonEnregistrerResultats")
        self.bouton_resultats.clicked.connect(self.enregistrer_resultats)
        ligne.addWidget(self.bouton_resultats)
        ligne.addStretch(1)
        self.etiquette_tolerance = QLabel(self.groupe_resultats)
        self.tolerance = QDoubleSpinBox(self.groupe_resultats)
        self.tolerance.setObjectName("toleranceNormes")
        self.tolerance.setRange(0, 50)
        self.tolerance.setDecimals(2)
        self.etiquette_tolerance.setBuddy(self.tolerance)
        self.tolerance.editingFinished.connect(self._changer_tolerance)
        ligne.addWidget(self.etiquette_tolerance)
        ligne.addWidget(self.tolerance)
        pr.addLayout(ligne)
        self.scenario = QLabel(self.groupe_resultats)
        self.scenario.setObjectName("scenarioNorme")
        self.scenario.setWordWrap(True)
        self.scenario.setTextFormat(Qt.TextFormat.PlainText)
        self.scenario.setStyleSheet("font-weight: 600;")
        pr.addWidget(self.scenario)
        pile.addWidget(self.groupe_resultats)

        # le tableau 8
        self.groupe_tableau = QGroupBox(contenu)
        pt = QVBoxLayout(self.groupe_tableau)
        self.guide = QLabel(self.groupe_tableau)
        self.guide.setObjectName("guideTableau8")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setStyleSheet(STYLE_GUIDE)
        pt.addWidget(self.guide)
        ligne = QHBoxLayout()
        self.proposees = QComboBox(self.groupe_tableau)
        self.proposees.setObjectName("actionsProposees")
        self.proposees.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.proposees.setMinimumContentsLength(30)
        ligne.addWidget(self.proposees, 1)
        self.bouton_proposee = QPushButton(self.groupe_tableau)
        self.bouton_proposee.setObjectName("boutonAjouterProposee")
        self.bouton_proposee.clicked.connect(lambda: self._ajouter(self.proposees.currentText()))
        ligne.addWidget(self.bouton_proposee)
        pt.addLayout(ligne)
        pile.addWidget(self.groupe_tableau)

        # le plan d'action
        self.groupe_plan = QGroupBox(contenu)
        pp = QVBoxLayout(self.groupe_plan)
        self.actions = QTableWidget(0, 5, self.groupe_plan)
        self.actions.setObjectName("tableActionsNorme")
        self.actions.setTabKeyNavigation(False)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.setWordWrap(True)
        self.actions.verticalHeader().hide()
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            self.actions.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.actions.itemSelectionChanged.connect(self._choisir_action)
        pp.addWidget(self.actions)
        forme = QFormLayout()
        self.texte_action = QLineEdit(self.groupe_plan)
        self.texte_action.setObjectName("texteAction")
        self.responsable = QLineEdit(self.groupe_plan)
        self.responsable.setObjectName("responsableAction")
        self.echeance = QLineEdit(self.groupe_plan)
        self.echeance.setObjectName("echeanceAction")
        self.statut = QComboBox(self.groupe_plan)
        self.statut.setObjectName("statutAction")
        self.etiquettes_action = []
        for w in (self.texte_action, self.responsable, self.echeance, self.statut):
            e = QLabel(self.groupe_plan)
            e.setBuddy(w)
            forme.addRow(e, w)
            self.etiquettes_action.append(e)
        pp.addLayout(forme)
        ligne = QHBoxLayout()
        self.bouton_nouvelle = QPushButton(self.groupe_plan)
        self.bouton_nouvelle.setObjectName("boutonNouvelleAction")
        self.bouton_nouvelle.clicked.connect(lambda: self._ajouter(self.texte_action.text(), libre=True))
        self.bouton_action = QPushButton(self.groupe_plan)
        self.bouton_action.setObjectName("boutonEnregistrerAction")
        self.bouton_action.clicked.connect(self.enregistrer_action)
        self.bouton_supprimer = QPushButton(self.groupe_plan)
        self.bouton_supprimer.setObjectName("boutonSupprimerAction")
        self.bouton_supprimer.clicked.connect(self.supprimer_action)
        for b in (self.bouton_nouvelle, self.bouton_action, self.bouton_supprimer):
            ligne.addWidget(b)
        ligne.addStretch(1)
        pp.addLayout(ligne)
        ligne = QHBoxLayout()
        self.etiquette_strategie = QLabel(self.groupe_plan)
        self.strategies = QComboBox(self.groupe_plan)
        self.strategies.setObjectName("strategiesPlan")
        self.etiquette_strategie.setBuddy(self.strategies)
        self.bouton_envoyer = QPushButton(self.groupe_plan)
        self.bouton_envoyer.setObjectName("boutonEnvoyerAuPlan")
        self.bouton_envoyer.clicked.connect(self.envoyer_au_plan)
        ligne.addWidget(self.etiquette_strategie)
        ligne.addWidget(self.strategies, 1)
        ligne.addWidget(self.bouton_envoyer)
        pp.addLayout(ligne)
        pile.addWidget(self.groupe_plan)

        # l'historique : la même norme (son numéro) dans chaque exercice du service
        self.groupe_historique = QGroupBox(contenu)
        ph = QVBoxLayout(self.groupe_historique)
        self.historique = HistoriqueNorme(self.groupe_historique)
        ph.addWidget(self.historique)
        pile.addWidget(self.groupe_historique)
        pile.addStretch(1)
        defilement.setWidget(contenu)
        externe.addWidget(defilement, 1)
        self.message = QLabel(self)
        self.message.setObjectName("messageSuiviNorme")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.hide()
        externe.addWidget(self.message)
        self.boutons = QDialogButtonBox(self)
        self.bouton_fermer = QPushButton(self)
        self.boutons.addButton(self.bouton_fermer, QDialogButtonBox.ButtonRole.RejectRole)
        self.bouton_fermer.clicked.connect(self.reject)
        externe.addWidget(self.boutons)
        self._strategies = normes.strategies_modifiables(base)
        self.retraduire()
        self._remplir_resultats()
        self.resize(900, 640)

    # --- les textes -------------------------------------------------------------------------------
    def retraduire(self) -> None:
        n = self._suivi.norme
        self.setWindowTitle(self.tr("Résultats et plan d'action de la norme"))
        self.defilement.setAccessibleName(self.tr("Résultats, scénario et plan d'action"))
        self.titre.setText(f"{n.norme_id} — {n.texte(self.langue)}")
        self.groupe_resultats.setTitle(self.tr("Résultats (le rendement est calculé)"))
        self.table.setHorizontalHeaderLabels([self.tr("Volume qui respecte la norme"), self.tr("Volume total"),
                                              self.tr("Rendement")])
        self.table.setVerticalHeaderLabels([self.tr("Exercice"), self.tr("T1 (avril à juin)"),
                                            self.tr("T2 (juillet à septembre)"), self.tr("T3 (octobre à décembre)"),
                                            self.tr("T4 (janvier à mars)")])
        self.table.setAccessibleName(self.tr("Résultats de la norme par période"))
        self.bouton_resultats.setText(self.tr("Enregistrer les &résultats"))
        self.tolerance.setLocale(locale_de(self.langue))   # « 2,00 » en français
        self.etiquette_tolerance.setText(self.tr("&Tolérance du ministère (points de pourcentage)"))
        self.groupe_tableau.setTitle(self.tr("Tableau 8 : plans d'action possibles"))
        self.bouton_proposee.setText(self.tr("Ajouter au &plan"))
        self.groupe_plan.setTitle(self.tr("Plan d'action de la norme"))
        self.actions.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Responsable"), self.tr("Échéance"),
                                                self.tr("Statut"), self.tr("Plan de travail")])
        self.actions.setAccessibleName(self.tr("Plan d'action de la norme"))
        for e, texte in zip(self.etiquettes_action, (self.tr("&Action"), self.tr("Res&ponsable"),
                                                      self.tr("É&chéance"), self.tr("&Statut"))):
            e.setText(texte)
        self.echeance.setPlaceholderText(self.tr("AAAA-MM-JJ"))
        choisi = self.statut.currentData()
        self.statut.clear()
        for code, paire in ref.STATUTS_ACTION.items():
            self.statut.addItem(paire[1 if self.langue == "en" else 0], code)
        self.statut.setCurrentIndex(max(0, self.statut.findData(choisi)))
        self.bouton_nouvelle.setText(self.tr("&Nouvelle action"))
        self.bouton_action.setText(self.tr("Enregistrer l'action"))
        self.bouton_supprimer.setText(self.tr("Supprimer l'action"))
        self.etiquette_strategie.setText(self.tr("Stratégie :"))
        self.bouton_envoyer.setText(self.tr("Envoyer au plan de &travail"))
        self.strategies.clear()
        for st in self._strategies:
            self.strategies.addItem(f"{st.titre} ({st.exercice}, v{st.version})", st.pk)
        if not self._strategies:
            self.strategies.addItem(self.tr("Aucune stratégie modifiable"), None)
        self.bouton_fermer.setText(self.tr("Fermer"))
        self.groupe_historique.setTitle(self.tr("Historique de la norme (chaque exercice)"))
        self.historique.setHorizontalHeaderLabels([self.tr("Exercice"), self.tr("Cible"), self.tr("Rendement"),
                                                   self.tr("Scénario (tableau 8)"), self.tr("Retirée le")])
        self.historique.setAccessibleName(self.tr("Historique de la norme"))
        self._afficher_suivi()

    # --- les résultats ----------------------------------------------------------------------------
    def _remplir_resultats(self) -> None:
        s = self._suivi
        valeurs = {_EXERCICE: (s.norme.volume_conforme, s.norme.volume_total)}
        valeurs.update({r.periode: (r.volume_conforme, r.volume_total) for r in s.trimestres})
        self.table.blockSignals(True)
        for ligne, periode in enumerate((_EXERCICE, *PERIODES)):
            for col, valeur in enumerate(valeurs.get(periode, (None, None))):
                item = QTableWidgetItem("" if valeur is None else formats.nombre(valeur, self.langue))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(ligne, col, item)
            calcule = QTableWidgetItem()
            calcule.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            calcule.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(ligne, 2, calcule)
        self.table.blockSignals(False)
        self._recalculer()
        hauteur = self.table.horizontalHeader().height() + sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        self.table.setFixedHeight(hauteur + 2 * self.table.frameWidth() + 2)
        self.tolerance.setValue(normes.tolerance(self.base) * 100)

    def _lire(self, ligne: int) -> tuple[int | None, int | None]:
        return tuple(formats.lire_nombre(self.table.item(ligne, col).text(), self.langue) for col in (0, 1))

    def _recalculer(self, *_):
        self.table.blockSignals(True)
        for ligne in range(self.table.rowCount()):
            try:
                taux = rendement(*self._lire(ligne))
            except ValueError:
                taux = None
            self.table.item(ligne, 2).setText(formats.fraction(taux, self.langue))
        self.table.blockSignals(False)

    def _dire(self, texte: str, succes: bool = False) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if succes else STYLE_MESSAGE)
        self.message.setText(texte)
        self.message.setVisible(bool(texte))

    def enregistrer_resultats(self) -> bool:
        """Chaque période vérifiée par le cas d'utilisation; la première refusée est dite, les
        valeurs tapées restent dans la table."""
        for ligne, periode in enumerate((_EXERCICE, *PERIODES)):
            try:
                conforme, total = self._lire(ligne)
            except ValueError:
                self._dire(self.tr("Un volume est un nombre entier : vérifiez la ligne « %1 ».").replace(
                    "%1", self.table.verticalHeaderItem(ligne).text()))
                return False
            try:
                if periode == _EXERCICE:
                    normes.mesurer_exercice(self.base, self.norme_pk, conforme, total)
                else:
                    normes.mesurer_trimestre(self.base, self.norme_pk, periode, conforme, total)
            except normes.NormeRefusee as exc:
                self._dire(f"{self.table.verticalHeaderItem(ligne).text()} : {exc.texte(self.langue)}")
                return False
        self._dire("")
        self._rafraichir()
        return True

    def _changer_tolerance(self) -> None:
        """Écrite seulement si la personne l'a changée : passer par le champ ne réécrit jamais une
        tolérance plus fine que ce qu'il montre (0,25 point reste 0,25, pas 0,3)."""
        if abs(self.tolerance.value() - round(normes.tolerance(self.base) * 100, 2)) < 1e-9:
            return
        valeur = round(self.tolerance.value() / 100, 6)
        normes.definir_tolerance(self.base, valeur)
        self._rafraichir()

    def _rafraichir(self) -> None:
        self._suivi = normes.suivi(self.base, self.norme_pk)
        self._afficher_suivi()
        self.modifiee.emit()

    # --- le scénario et le plan -------------------------------------------------------------------
    def _afficher_suivi(self) -> None:
        s, langue = self._suivi, self.langue
        code = s.scenario
        if code is None:
            self.scenario.setText(self.tr(
                "Aucun scénario : il faut une cible et un résultat (les volumes de l'exercice ou d'un trimestre)."))
        else:
            sc = tableau_8.scenario(code)
            entete = (self.tr("Scénario %1 : ").replace("%1", str(sc.numero)) if sc.numero else "")
            self.scenario.setText(entete + tableau_8.texte(sc.titre, langue) + " — " + self.tr(
                "rendement %1, cible %2, tolérance ± %3 points").replace("%1", formats.fraction(s.exercice.rendement, langue))
                .replace("%2", formats.fraction(s.norme.cible, langue))
                .replace("%3", formats.points(normes.tolerance(self.base), langue)))
        self._afficher_guide(code)
        self._afficher_actions()
        self._afficher_historique()

    def _afficher_historique(self) -> None:
        n = self._suivi.norme
        annees = [normes.suivi(self.base, h.pk) for h in normes.historique(self.base, n.service_id)
                  if h.norme_id == n.norme_id] if n.service_id else [self._suivi]
        self.historique.afficher(annees, n.pk, self.langue)

    def _afficher_guide(self, code: str | None) -> None:
        langue = self.langue
        self.proposees.clear()
        if code is None:
            self.guide.setText(html.escape(self.tr(
                "Le tableau 8 propose des questions et des actions selon que les résultats dépassent les normes, "
                "y sont conformes ou ne les atteignent pas. Inscrivez la cible et les résultats pour les voir ici.")))
            self.proposees.setEnabled(False)
            self.bouton_proposee.setEnabled(False)
            return
        self.groupe_tableau.setTitle(self.tr("Plan de mise en œuvre (2.7.10)") if code == tableau_8.MISE_EN_OEUVRE.code
                                     else self.tr("Tableau 8 : plans d'action possibles"))
        self.guide.setText(guide_html(code, langue))
        proposees = actions_proposees(code, langue)
        self.proposees.addItems(proposees)
        self.proposees.setEnabled(bool(proposees))
        self.bouton_proposee.setEnabled(bool(proposees))

    def _afficher_actions(self) -> None:
        langue = self.langue
        titres = {st.uuid: st.titre for st in self._strategies}
        self.actions.setRowCount(len(self._suivi.actions))
        for ligne, a in enumerate(self._suivi.actions):
            plan = titres.get(a.strategie_uuid, self.tr("envoyée") if a.strategie_uuid else "—")
            for col, texte in enumerate((a.texte, a.responsable, a.echeance or "—",
                                         ref.libelle(ref.STATUTS_ACTION, a.statut, langue), plan)):
                self.actions.setItem(ligne, col, QTableWidgetItem(texte))
        self.actions.resizeRowsToContents()
        self._choisir_action()

    def _action_choisie(self):
        lignes = self.actions.selectionModel().selectedRows()
        return self._suivi.actions[lignes[0].row()] if lignes else None

    def _choisir_action(self) -> None:
        a = self._action_choisie()
        for b in (self.bouton_action, self.bouton_supprimer, self.bouton_envoyer):
            b.setEnabled(a is not None)
        self.bouton_envoyer.setEnabled(a is not None and bool(self._strategies))
        if a is not None:
            self.texte_action.setText(a.texte)
            self.responsable.setText(a.responsable)
            self.echeance.setText(a.echeance)
            self.statut.setCurrentIndex(max(0, self.statut.findData(a.statut)))

    def _selectionner(self, pk: int) -> None:
        for ligne, a in enumerate(self._suivi.actions):
            if a.pk == pk:
                self.actions.selectRow(ligne)

    def _ajouter(self, texte: str, libre: bool = False) -> None:
        try:
            a = normes.ajouter_action(self.base, self.norme_pk, texte, self._suivi.scenario or "",
                                      self.responsable.text() if libre else "", self.echeance.text() if libre else "",
                                      self.statut.currentData() if libre else "a_faire")
        except normes.NormeRefusee as exc:
            self._dire(exc.texte(self.langue))
            self.texte_action.setFocus()
            return
        self._dire("")
        self._rafraichir()
        self._selectionner(a.pk)

    def enregistrer_action(self) -> None:
        a = self._action_choisie()
        if a is None:
            return
        try:
            normes.modifier_action(self.base, a.pk, texte=self.texte_action.text(), responsable=self.responsable.text(),
                                   echeance=self.echeance.text(), statut=self.statut.currentData())
        except normes.NormeRefusee as exc:
            self._dire(exc.texte(self.langue))
            return
        self._dire("")
        self._rafraichir()
        self._selectionner(a.pk)

    def supprimer_action(self) -> None:
        a = self._action_choisie()
        if a is not None:
            normes.supprimer_action(self.base, a.pk)
            self._rafraichir()

    def envoyer_au_plan(self) -> None:
        a, strategie_pk = self._action_choisie(), self.strategies.currentData()
        if a is None or strategie_pk is None:
            return
        try:
            normes.envoyer_au_plan(self.base, a.pk, strategie_pk, self.langue)
        except normes.StrategieApprouvee as exc:
            self._dire(exc.texte(self.langue))
            return
        self._dire(self.tr("Action envoyée au plan de travail de « %1 ».").replace("%1", self.strategies.currentText()),
                   succes=True)
        self._suivi = normes.suivi(self.base, self.norme_pk)
        self._afficher_actions()
        self.modifiee.emit()
        self._selectionner(a.pk)
