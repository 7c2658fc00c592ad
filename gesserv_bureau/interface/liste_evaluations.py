"""Toutes les évaluations, comme des dossiers : l'outil, le service ou l'activité, le statut
(brouillon, terminée, approuvée), l'auteur et les dates. On reprend un brouillon exactement où
il s'était arrêté, on part de l'évaluation de l'an dernier, on voit les évaluations antérieures
d'un même service, on approuve — de préférence en signant l'approbation avec le certificat de
l'approbateur (``DialogueApprobation``), pour qu'elle arrive approuvée sur les autres postes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gesserv_bureau.cas import evaluer
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine import outils
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.textes import Retraduisible, en_clair, tout_en_texte_brut


def _date(horodatage: str) -> str:
    return horodatage[:16].replace("T", " ") if horodatage else "—"


class ListeEvaluations(Retraduisible, QDialog):
    ouvrir = Signal(object)   # l'évaluation à ouvrir dans son assistant

    def __init__(self, base: Base, langue: str, exercice: str, parent=None, service_pk: int | None = None):
        super().__init__(parent)
        self.setObjectName("listeEvaluations")
        self.base = base
        self.langue = langue
        self.exercice = exercice
        self.service_pk = service_pk
        self._evaluations: list = []
        pile = QVBoxLayout(self)
        filtres = QHBoxLayout()
        self.etiquette_outil = QLabel(self)
        self.outil = QComboBox(self)
        self.outil.setObjectName("filtreOutil")
        self.etiquette_outil.setBuddy(self.outil)
        self.etiquette_statut = QLabel(self)
        self.statut = QComboBox(self)
        self.statut.setObjectName("filtreStatut")
        self.etiquette_statut.setBuddy(self.statut)
        self.historique = QLabel(self)
        for w in (self.etiquette_outil, self.outil, self.etiquette_statut, self.statut):
            filtres.addWidget(w)
        filtres.addWidget(self.historique, 1)
        pile.addLayout(filtres)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("tableEvaluations")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        entete = self.table.horizontalHeader()
        for col in range(7):
            entete.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        pile.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        pile.addWidget(self.message)
        boutons = QHBoxLayout()
        self.bouton_ouvrir = QPushButton(self)
        self.bouton_ouvrir.setObjectName("boutonOuvrir")
        self.bouton_repartir = QPushButton(self)
        self.bouton_repartir.setObjectName("boutonRepartir")
        self.bouton_historique = QPushButton(self)
        self.bouton_historique.setObjectName("boutonHistorique")
        self.bouton_approuver = QPushButton(self)
        self.bouton_approuver.setObjectName("boutonApprouver")
        self.bouton_rapport = QPushButton(self)
        self.bouton_rapport.setObjectName("boutonRapport")
        self.dialogue_rapport = None
        self.bouton_fermer = QPushButton(self)
        for b in (self.bouton_ouvrir, self.bouton_repartir, self.bouton_historique, self.bouton_approuver,
                  self.bouton_rapport):
            boutons.addWidget(b)
        boutons.addStretch(1)
        boutons.addWidget(self.bouton_fermer)
        pile.addLayout(boutons)
        self.bouton_ouvrir.clicked.connect(self.ouvrir_selection)
        self.bouton_repartir.clicked.connect(self.repartir)
        self.bouton_historique.clicked.connect(self.montrer_historique)
        self.bouton_approuver.clicked.connect(lambda: self.approuver())
        self.bouton_rapport.clicked.connect(self.rapport)
        self.bouton_fermer.clicked.connect(self.close)
        self.table.cellDoubleClicked.connect(lambda *_: self.ouvrir_selection())
        self.table.itemSelectionChanged.connect(self._actualiser_boutons)
        self.outil.currentIndexChanged.connect(self.actualiser)
        self.statut.currentIndexChanged.connect(self.actualiser)
        self.resize(1100, 560)
        tout_en_texte_brut(self)
        self.retraduire()
        self.actualiser()

    # --- données ------------------------------------------------------------------------
    def actualiser(self, *_args) -> None:
        outil, statut = self.outil.currentData(), self.statut.currentData()
        toutes = evaluer.du_service(self.base, self.service_pk) if self.service_pk is not None else evaluer.toutes(self.base)
        self._evaluations = [e for e in toutes if (outil is None or e.outil == outil) and (statut is None or e.statut == statut)]
        langue = self.langue
        self.table.setRowCount(len(self._evaluations))
        for i, ev in enumerate(self._evaluations):
            statut_fr, statut_en = regles.LIBELLES_STATUTS[ev.statut]
            statut = statut_en if langue == "en" else statut_fr
            if ev.statut == "approuvee":
                statut += self.tr(" (signée)") if ev.approbation else self.tr(" (sans signature)")
            valeurs = (ev.outil, ev.sujet or self.tr("(sans nom)"), ev.exercice or "—",
                       statut, ev.auteur or "—", _date(ev.cree_le), _date(ev.modifie_le))
            for j, v in enumerate(valeurs):
                item = QTableWidgetItem(v)
                item.setToolTip(outils.outil(ev.outil).nom(langue) if j == 0 else en_clair(v))
                self.table.setItem(i, j, item)
        if self.service_pk is not None:
            self.historique.setText(self.tr("Évaluations de ce service seulement (les plus récentes d'abord)."))
        else:
            self.historique.setText("")
        self._actualiser_boutons()

    def selection(self):
        rang = self.table.currentRow()
        return self._evaluations[rang] if 0 <= rang < len(self._evaluations) else None

    def _actualiser_boutons(self) -> None:
        ev = self.selection()
        self.bouton_ouvrir.setEnabled(ev is not None)
        self.bouton_ouvrir.setText(self.tr("&Reprendre") if ev is not None and ev.statut == "brouillon" else self.tr("&Ouvrir"))
        self.bouton_repartir.setEnabled(ev is not None and not self.base.lecture_seule)
        self.bouton_historique.setEnabled(ev is not None and ev.service_pk is not None)
        a_signer = ev is not None and ev.statut == "approuvee" and ev.approbation is None
        self.bouton_approuver.setEnabled(ev is not None and (ev.statut == "terminee" or a_signer)
                                         and not self.base.lecture_seule)
        self.bouton_approuver.setText(self.tr("&Signer l'approbation…") if a_signer else self.tr("&Approuver…"))
        self.bouton_rapport.setEnabled(ev is not None)

    # --- gestes -------------------------------------------------------------------------
    def ouvrir_selection(self) -> None:
        ev = self.selection()
        if ev is not None:
            self.ouvrir.emit(evaluer.charger(self.base, ev.pk))

    def repartir(self) -> None:
        ev = self.selection()
        if ev is None:
            return
        nouvelle = evaluer.repartir_de(self.base, ev.pk, self.exercice)
        self.actualiser()
        self.ouvrir.emit(nouvelle)

    def montrer_historique(self) -> None:
        ev = self.selection()
        if ev is not None and ev.service_pk is not None:
            self.service_pk = ev.service_pk
            self.outil.setCurrentIndex(max(self.outil.findData(ev.outil), 0))
            self.actualiser()

    def rapport(self) -> None:
        """Le rapport PDF de l'évaluation choisie : aperçu, enregistrer, imprimer, signer."""
        from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

        ev = self.selection()
        if ev is None:
            return
        self.dialogue_rapport = DialogueRapport(self.base, outils.outil(ev.outil).type_rapport, self.langue, self, cle=str(ev.pk))
        self.dialogue_rapport.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogue_rapport.show()

    def _demander(self, ev, signer_seulement: bool):
        """Le dialogue d'approbation : ``(par, identite)``, ou ``None`` si l'on annule."""
        from gesserv_bureau.interface.dialogue_approbation import DialogueApprobation

        self.dialogue_approbation = DialogueApprobation(
            self.langue, ev.sujet or self.tr("(sans nom)"), self, signature_seulement=signer_seulement,
            invite_par=self.tr("&Nom et titre de la personne ou du comité qui approuve :"))
        if self.dialogue_approbation.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.dialogue_approbation.par, self.dialogue_approbation.identite

    def approuver(self, par: str | None = None, identite=None) -> bool:
        """Approuve l'évaluation choisie (ou signe son approbation donnée sans signature).
        ``par`` / ``identite`` : l'approbateur (sinon le dialogue les demande); ``identite``, le
        certificat ouvert (``rapports.certificats.Identite``), signe l'approbation."""
        from gesserv_bureau.rapports.certificats import ErreurSignature

        ev = self.selection()
        if ev is None:
            return False
        ev = evaluer.charger(self.base, ev.pk)
        signer_seulement = ev.statut == "approuvee"
        if par is None and identite is None:
            reponse = self._demander(ev, signer_seulement)
            if reponse is None:
                return False
            par, identite = reponse
        if identite is None and not (par or "").strip():
            self.message.setText(self.tr("Indiquez qui approuve l'évaluation."))
            return False
        try:
            if signer_seulement:
                if identite is None:
                    return False
                evaluer.signer_approbation(self.base, ev, identite)
            else:
                evaluer.approuver(self.base, ev, (par or "").strip(), identite=identite)
        except evaluer.EvaluationIncomplete as exc:
            self.message.setText("\n".join(m.texte(self.langue) for m in exc.manques))
            return False
        except ErreurSignature as exc:
            self.message.setText(exc.texte(self.langue))
            return False
        if identite is not None:
            self.message.setText(self.tr("Évaluation approuvée et signée par %1 : elle ne se modifie plus, et arrive "
                                         "approuvée sur les postes qui font confiance à sa racine.")
                                 .replace("%1", ev.approuve_par))
        else:
            self.message.setText(self.tr("Évaluation approuvée : elle ne se modifie plus. Sans signature, elle "
                                         "arrive « terminée » sur les autres postes."))
        self.actualiser()
        return True

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Évaluations"))
        self.etiquette_outil.setText(self.tr("&Outil :"))
        self.etiquette_statut.setText(self.tr("&Statut :"))
        for combo, elements in (
            (self.outil, [(None, self.tr("Tous"))] + [(o.code, f"{o.code} — {o.nom(self.langue)}") for o in outils.tous()]),
            (self.statut, [(None, self.tr("Tous"))] + [(s, regles.LIBELLES_STATUTS[s][1 if self.langue == "en" else 0]) for s in regles.STATUTS]),
        ):
            code = combo.currentData()
            bloque = combo.blockSignals(True)
            combo.clear()
            for c, texte in elements:
                combo.addItem(texte, c)
            combo.setCurrentIndex(max(combo.findData(code), 0))
            combo.blockSignals(bloque)
        self.table.setHorizontalHeaderLabels([self.tr("Outil"), self.tr("Service ou activité"), self.tr("Exercice"),
                                              self.tr("Statut"), self.tr("Auteur"), self.tr("Créée"), self.tr("Modifiée")])
        self.bouton_repartir.setText(self.tr("&Nouvelle à partir de celle-ci"))
        self.bouton_historique.setText(self.tr("&Évaluations antérieures du service"))
        self.bouton_rapport.setText(self.tr("Rapport &PDF…"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        self._actualiser_boutons()
