"""Toutes les évaluations, comme des dossiers : l'outil, le service ou l'activité, le statut
(brouillon, terminée, approuvée), l'auteur et les dates. On reprend un brouillon exactement où
il s'était arrêté, on part de l'évaluation de l'an dernier, on voit les évaluations antérieures
d'un même service, on approuve — de préférence en signant l'approbation avec le certificat de
l'approbateur (``DialogueApprobation``), pour qu'elle arrive approuvée sur les autres postes.

La liste se cherche (numéro, nom), se filtre (outil, statut), s'exporte en CSV telle qu'elle est
montrée, et échange une évaluation avec un autre poste par un fichier JSON — les mêmes cas
d'utilisation, refus et messages que ``gesserv-bureau evaluation exporter|importer``
(``cas.transferts``). Les lignes viennent de ``cas.liste_evaluations``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gesserv_bureau.cas import evaluer, liste_evaluations
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine import outils
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.liste_evaluations_fichiers import FichiersListe
from gesserv_bureau.interface.textes import Retraduisible, en_clair, tout_en_texte_brut

# les colonnes, dans l'ordre : ``ListeEvaluations.colonne(nom)`` donne leur rang. Chacune prend
# la largeur de son contenu; le nom (long) vient en dernier et prend la place qui reste : la
# liste tient dans un écran de 1024 × 640, le nom entier dans son infobulle.
COLONNES = ("numero", "outil", "exercice", "statut", "resultat", "auteur", "cree", "modifie", "service_id", "nom")
LARGEUR_MAX_COLONNE = 240   # un auteur ou un résultat très long ne pousse pas le nom hors de l'écran


def _date(horodatage: str) -> str:
    return horodatage[:16].replace("T", " ") if horodatage else "—"


def _jour(horodatage: str) -> str:
    """La date seule (l'heure est dans l'infobulle)."""
    return horodatage[:10] if horodatage else "—"


class ListeEvaluations(FichiersListe, Retraduisible, QDialog):
    ouvrir = Signal(object)   # l'évaluation à ouvrir dans son assistant

    def __init__(self, base: Base, langue: str, exercice: str, parent=None, service_pk: int | None = None):
        super().__init__(parent)
        self.setObjectName("listeEvaluations")
        self.base = base
        self.langue = langue
        self.exercice = exercice
        self.service_pk = service_pk
        self._evaluations: list = []   # les lignes montrées (``domaine.lignes.LigneEvaluation``)
        self.boite: QMessageBox | None = None   # le dernier message montré (export, import)
        pile = QVBoxLayout(self)
        filtres = QHBoxLayout()
        self.etiquette_recherche = QLabel(self)
        self.recherche = QLineEdit(self)
        self.recherche.setObjectName("rechercheEvaluations")
        self.recherche.setClearButtonEnabled(True)
        self.etiquette_recherche.setBuddy(self.recherche)
        filtres.addWidget(self.etiquette_recherche)
        filtres.addWidget(self.recherche, 1)
        self.etiquette_outil = QLabel(self)
        self.outil = QComboBox(self)
        self.outil.setObjectName("filtreOutil")
        self.outil.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outil.setMinimumContentsLength(28)
        self.etiquette_outil.setBuddy(self.outil)
        self.etiquette_statut = QLabel(self)
        self.statut = QComboBox(self)
        self.statut.setObjectName("filtreStatut")
        self.etiquette_statut.setBuddy(self.statut)
        self.historique = QLabel(self)
        self.historique.setWordWrap(True)
        for w in (self.etiquette_outil, self.outil, self.etiquette_statut, self.statut):
            filtres.addWidget(w)
        pile.addLayout(filtres)
        pile.addWidget(self.historique)
        self.table = QTableWidget(0, len(COLONNES), self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableEvaluations")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        entete = self.table.horizontalHeader()
        entete.setMaximumSectionSize(LARGEUR_MAX_COLONNE)
        for col in range(len(COLONNES)):   # chaque colonne à la largeur de son contenu, la dernière s'étire
            entete.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        entete.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        for b in (self.bouton_ouvrir, self.bouton_repartir, self.bouton_historique, self.bouton_approuver,
                  self.bouton_rapport):
            boutons.addWidget(b)
        boutons.addStretch(1)
        pile.addLayout(boutons)
        fichiers = QHBoxLayout()   # la liste et les échanges avec un autre poste
        self.bouton_csv = QPushButton(self)
        self.bouton_csv.setObjectName("boutonExporterCsv")
        self.bouton_exporter = QPushButton(self)
        self.bouton_exporter.setObjectName("boutonExporterEvaluation")
        self.bouton_importer = QPushButton(self)
        self.bouton_importer.setObjectName("boutonImporterEvaluations")
        for b in (self.bouton_csv, self.bouton_exporter, self.bouton_importer):
            fichiers.addWidget(b)
        fichiers.addStretch(1)
        self.bouton_fermer = QPushButton(self)   # créé le dernier : le dernier aussi pour Tab
        fichiers.addWidget(self.bouton_fermer)
        pile.addLayout(fichiers)
        self.bouton_ouvrir.clicked.connect(self.ouvrir_selection)
        self.bouton_repartir.clicked.connect(self.repartir)
        self.bouton_historique.clicked.connect(self.montrer_historique)
        self.bouton_approuver.clicked.connect(lambda: self.approuver())
        self.bouton_rapport.clicked.connect(self.rapport)
        self.bouton_csv.clicked.connect(lambda: self.exporter_csv())
        self.bouton_exporter.clicked.connect(lambda: self.exporter_evaluation())
        self.bouton_importer.clicked.connect(lambda: self.importer())
        self.bouton_fermer.clicked.connect(self.close)
        self.recherche.textChanged.connect(self.actualiser)
        self.table.cellDoubleClicked.connect(lambda *_: self.ouvrir_selection())
        self.table.itemSelectionChanged.connect(self._actualiser_boutons)
        self.outil.currentIndexChanged.connect(self.actualiser)
        self.statut.currentIndexChanged.connect(self.actualiser)
        self._taille_initiale()
        tout_en_texte_brut(self)
        self.retraduire()
        self.actualiser()

    def _taille_initiale(self) -> None:
        """Assez large pour les noms sur un grand écran, jamais plus que l'écran (1024 × 640 compris)."""
        ecran = self.screen().availableGeometry() if self.screen() is not None else None
        largeur, hauteur = 1240, 600
        if ecran is not None:
            largeur, hauteur = min(largeur, ecran.width() - 40), min(hauteur, ecran.height() - 40)
        self.resize(max(largeur, 720), max(hauteur, 420))

    # --- données ------------------------------------------------------------------------
    def colonne(self, nom: str) -> int:
        """Le rang de la colonne ``nom`` (``COLONNES``)."""
        return COLONNES.index(nom)

    def filtre(self) -> liste_evaluations.FiltreEvaluations:
        return liste_evaluations.FiltreEvaluations(self.recherche.text(), self.outil.currentData(),
                                                   self.statut.currentData())

    def actualiser(self, *_args) -> None:
        choisie = self.selection()
        self._evaluations = liste_evaluations.lignes(self.base, self.filtre(), self.service_pk)
        self._remplir()
        if choisie is not None:
            self.choisir(choisie.uuid)
        self._actualiser_boutons()

    def _remplir(self) -> None:
        """Les lignes lues, dans la langue de l'interface (sans relire la base)."""
        self.table.setRowCount(len(self._evaluations))
        for i, ligne in enumerate(self._evaluations):
            for j, (texte, bulle) in enumerate(self._cellules(ligne)):
                item = QTableWidgetItem(texte)
                item.setToolTip(en_clair(bulle))
                if COLONNES[j] == "numero":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        if self.service_pk is not None:
            self.historique.setText(self.tr("Évaluations de ce service seulement (les plus récentes d'abord)."))
        else:
            self.historique.setText("")
        self.historique.setVisible(bool(self.historique.text()))

    def _cellules(self, ligne) -> list[tuple[str, str]]:
        """Les textes de la ligne, colonne par colonne, avec leur infobulle."""
        langue = self.langue
        statut_fr, statut_en = regles.LIBELLES_STATUTS[ligne.statut]
        statut = statut_en if langue == "en" else statut_fr
        if ligne.statut == "approuvee":
            statut += self.tr(" (signée)") if ligne.signee else self.tr(" (sans signature)")
        resultat = liste_evaluations.resultat(ligne)
        nom = ligne.nom(langue) or self.tr("(sans nom)")
        nom_outil = outils.outil(ligne.outil).nom(langue) if outils.connu(ligne.outil) else ligne.outil
        valeurs = {
            "numero": (str(ligne.pk), self.tr("Évaluation n° %1 (UUID %2)").replace("%1", str(ligne.pk))
                       .replace("%2", ligne.uuid)),
            "outil": (ligne.outil, nom_outil),
            "service_id": (ligne.service_id or "—", ligne.service_id or self.tr("Aucun service du répertoire")),
            "nom": (nom, nom),
            "exercice": (ligne.exercice or "—", ligne.exercice),
            "statut": (statut, statut),
            "resultat": (resultat.texte(langue), resultat.texte(langue)) if resultat is not None
                        else ("—", self.tr("Pas encore de résultat")),
            "auteur": (ligne.auteur or "—", ligne.auteur),
            "cree": (_jour(ligne.cree_le), _date(ligne.cree_le)),
            "modifie": (_jour(ligne.modifie_le), _date(ligne.modifie_le)),
        }
        return [valeurs[c] for c in COLONNES]

    def choisir(self, uuid: str) -> bool:
        """Sélectionne l'évaluation ``uuid`` si elle est dans la liste montrée."""
        for rang, ligne in enumerate(self._evaluations):
            if ligne.uuid == uuid:
                self.table.selectRow(rang)
                return True
        return False

    def selection(self):
        rang = self.table.currentRow()
        return self._evaluations[rang] if 0 <= rang < len(self._evaluations) else None

    def _actualiser_boutons(self) -> None:
        ev = self.selection()
        self.bouton_ouvrir.setEnabled(ev is not None)
        self.bouton_ouvrir.setText(self.tr("&Reprendre") if ev is not None and ev.statut == "brouillon" else self.tr("&Ouvrir"))
        self.bouton_repartir.setEnabled(ev is not None and not self.base.lecture_seule)
        self.bouton_historique.setEnabled(ev is not None and ev.service_pk is not None)
        a_signer = ev is not None and ev.statut == "approuvee" and not ev.signee
        self.bouton_approuver.setEnabled(ev is not None and (ev.statut == "terminee" or a_signer)
                                         and not self.base.lecture_seule)
        self.bouton_approuver.setText(self.tr("&Signer l'approbation…") if a_signer else self.tr("&Approuver…"))
        self.bouton_rapport.setEnabled(ev is not None)
        self.bouton_exporter.setEnabled(ev is not None)
        self.bouton_importer.setEnabled(not self.base.lecture_seule)
        self.bouton_csv.setEnabled(bool(self._evaluations))

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

        ligne = self.selection()
        if ligne is None:
            return False
        ev = evaluer.charger(self.base, ligne.pk)
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

    def texte_exportees(self, n: int) -> str:
        """Le pluriel reste ici : lupdate ne relève le %n que d'un ``self.tr``."""
        return self.tr("%n évaluation(s) exportée(s) dans %1.", "", n)

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
        self.etiquette_recherche.setText(self.tr("Rec&hercher :"))
        self.recherche.setPlaceholderText(self.tr("Numéro ou nom de l'évaluation ou du service"))
        titres = {"numero": self.tr("N°"), "outil": self.tr("Outil"), "service_id": self.tr("N° d'ID du service"),
                  "nom": self.tr("Service ou activité"), "exercice": self.tr("Exercice"), "statut": self.tr("Statut"),
                  "resultat": self.tr("Résultat"), "auteur": self.tr("Auteur"), "cree": self.tr("Créée"),
                  "modifie": self.tr("Modifiée")}
        self.table.setHorizontalHeaderLabels([titres[c] for c in COLONNES])
        self.table.setAccessibleName(self.tr("Évaluations"))
        self.bouton_repartir.setText(self.tr("&Nouvelle à partir de celle-ci"))
        self.bouton_historique.setText(self.tr("&Évaluations antérieures du service"))
        self.bouton_rapport.setText(self.tr("Rapport &PDF…"))
        self.bouton_csv.setText(self.tr("Exporter la liste (&CSV)…"))
        self.bouton_exporter.setText(self.tr("E&xporter vers un autre poste…"))
        self.bouton_importer.setText(self.tr("&Importer d'un autre poste…"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        rang = self.table.currentRow()
        self._remplir()   # les statuts et les résultats, dans la nouvelle langue
        if 0 <= rang < len(self._evaluations):
            self.table.selectRow(rang)
        self._actualiser_boutons()
