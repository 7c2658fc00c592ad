"""Le dialogue d'import des données ouvertes : choisir le fichier, voir ce qu'il contient et ce
qui cloche (ligne, colonne, valeur, problème), enregistrer ce rapport, puis importer — tout ou
rien. L'analyse et l'écriture tournent hors du fil de l'interface, avec une barre de progression
et un bouton pour annuler l'analyse; la fenêtre reste utilisable."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import donnees_ouvertes
from gesserv_bureau.domaine import importation
from gesserv_bureau.domaine.importation import Analyse, rapport_csv
from gesserv_bureau.interface import taches
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.stockage.base import Base, connexion_annexe
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.interface.textes import Retraduisible, en_clair, remplir, tout_en_texte_brut
from gesserv_bureau.referentiel import messages_systeme

LIGNES_APERCU = 50
COULEUR_ERREUR = QColor("#fbe3e4")
COULEUR_AVERTISSEMENT = QColor("#fff4d6")


class _Travail:
    """L'état partagé avec le fil de travail : la progression et la demande d'annulation."""

    def __init__(self):
        self.progression = 0.0
        self.annule = threading.Event()

    def avancer(self, fraction: float) -> None:
        self.progression = fraction


class DialogueImport(Retraduisible, QDialog):
    importe = Signal(object)   # ResultatImport, une fois l'import écrit

    def __init__(self, base: Base, langue: str, parent=None, avant_ecriture=None):
        super().__init__(parent)
        self.setObjectName("dialogueImport")
        self.base = base
        self.langue = langue
        self._avant_ecriture = avant_ecriture   # la fenêtre enregistre sa saisie en attente
        self.analyse: Analyse | None = None
        self.resultat = None
        self.erreur = ""
        self._travail: _Travail | None = None
        self._en_cours = ""   # "", "analyse" ou "import"

        pile = QVBoxLayout(self)
        ligne = QHBoxLayout()
        self.etiquette_fichier = QLabel(self)
        self.chemin = QLineEdit(self)
        self.chemin.setObjectName("cheminImport")
        self.chemin.setReadOnly(True)
        self.etiquette_fichier.setBuddy(self.chemin)
        self.bouton_choisir = QPushButton(self)
        self.bouton_choisir.setObjectName("boutonChoisir")
        ligne.addWidget(self.etiquette_fichier)
        ligne.addWidget(self.chemin, 1)
        ligne.addWidget(self.bouton_choisir)
        pile.addLayout(ligne)

        self.etat = QLabel(self)
        self.etat.setObjectName("etatImport")
        self.etat.setWordWrap(True)
        self.etat.setTextFormat(Qt.TextFormat.PlainText)
        self.etat.setMinimumHeight(self.fontMetrics().height() * 3)
        pile.addWidget(self.etat)
        self.progres = QProgressBar(self)
        self.progres.setRange(0, 1000)
        self.progres.setTextVisible(False)
        self.progres.hide()
        pile.addWidget(self.progres)

        self.onglets = QTabWidget(self)
        self.apercu = QTableWidget(0, 0, self)
        self.apercu.setObjectName("tableApercu")
        self.apercu.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.apercu.setWordWrap(False)
        self.problemes = QTableWidget(0, 5, self)
        self.problemes.setObjectName("tableProblemes")
        self.problemes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemes.verticalHeader().hide()
        self.problemes.setWordWrap(True)
        entete = self.problemes.horizontalHeader()
        for col in range(4):
            entete.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # la hauteur des lignes suit la largeur de la colonne du message (retour à la ligne)
        entete.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.problemes, self.problemes.resizeRowsToContents))
        page_problemes = QWidget(self)
        colonne = QVBoxLayout(page_problemes)
        colonne.addWidget(self.problemes)
        self.bouton_rapport = QPushButton(self)
        self.bouton_rapport.setObjectName("boutonRapport")
        colonne.addWidget(self.bouton_rapport, 0, Qt.AlignmentFlag.AlignRight)
        self.onglets.addTab(self.apercu, "")
        self.onglets.addTab(page_problemes, "")
        pile.addWidget(self.onglets, 1)

        self.boutons = QDialogButtonBox(self)
        # créés ici puis confiés à la boîte : le bouton que rend ``addButton(texte, rôle)`` voit
        # parfois son enveloppe Python invalidée (« already deleted ») alors qu'il existe encore
        self.bouton_importer = QPushButton(self.boutons)
        self.boutons.addButton(self.bouton_importer, QDialogButtonBox.ButtonRole.AcceptRole)
        self.bouton_importer.setObjectName("boutonImporter")
        self.bouton_fermer = QPushButton(self.boutons)
        self.boutons.addButton(self.bouton_fermer, QDialogButtonBox.ButtonRole.RejectRole)
        self.bouton_fermer.setObjectName("boutonFermer")
        pile.addWidget(self.boutons)

        self.bouton_choisir.clicked.connect(self.choisir_fichier)
        self.bouton_rapport.clicked.connect(self.enregistrer_rapport)
        self.bouton_importer.clicked.connect(self.importer)
        self.bouton_fermer.clicked.connect(self.reject)
        self._minuterie = QTimer(self)
        self._minuterie.setInterval(50)
        self._minuterie.timeout.connect(self._suivre)
        self.resize(1100, 680)
        tout_en_texte_brut(self)
        self.retraduire()
        self._actualiser_boutons()

    # --- choisir et analyser ------------------------------------------------------------
    def choisir_fichier(self) -> None:
        dossier = str(Path(self.chemin.text()).parent) if self.chemin.text() else str(Path.home())
        nom, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir un fichier des données ouvertes"), dossier,
            self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"),
        )
        if nom:
            self.analyser_fichier(Path(nom))

    def analyser_fichier(self, chemin: Path) -> None:
        if self._en_cours:
            return
        self.chemin.setText(str(chemin))
        self.analyse, self.resultat, self.erreur = None, None, ""
        self._vider()
        self._demarrer("analyse", self.tr("Lecture et vérification de « %1 »…").replace("%1", Path(chemin).name))
        travail = self._travail
        try:   # ce que la base sait des lignes déjà importées, lu ici (le fil de la connexion)
            connues = donnees_ouvertes.empreintes_connues(self.base)
        except ErreurStockage as exc:
            self._echec(exc)
            return
        # la lecture du fichier dans un fil de travail; ce que la base y ajoute, ici
        taches.lancer(self, lambda: importation.analyser(chemin, travail.avancer, travail.annule.is_set, connues=connues),
                      self._analyse_faite, self._echec)

    def _analyse_faite(self, analyse: Analyse) -> None:
        self._arreter()
        try:
            self.analyse = donnees_ouvertes.completer_analyse(self.base, analyse)
        except ErreurStockage as exc:
            self._echec(exc)
            return
        self._remplir_apercu()
        self._remplir_problemes()
        self._decrire()
        if analyse.problemes:
            self.onglets.setCurrentIndex(1)
        self._actualiser_boutons()

    def _echec(self, exc: BaseException) -> None:
        self._arreter()
        if isinstance(exc, donnees_ouvertes.ErreurFichier):
            self.erreur = exc.texte(self.langue)
        elif isinstance(exc, ErreurStockage):
            self.erreur = texte_erreur(exc, self._traduire) or str(exc)
        elif isinstance(exc, (OSError, MemoryError)):
            self.erreur = self.tr("Le fichier n'a pas pu être lu : %1").replace("%1", str(exc))
        else:
            raise exc
        self.etat.setText(self.erreur)
        self.etat.setStyleSheet("color: #8a1c1c;")
        self._actualiser_boutons()

    def _traduire(self, contexte: str, texte: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(contexte, texte)

    # --- importer -----------------------------------------------------------------------
    def importer(self) -> None:
        if self._en_cours or self.analyse is None or not self.analyse.importable or self.resultat is not None:
            return
        confirme = False
        if self.analyse.confirmation_encodage:
            if not self.confirmer_encodage():
                return
            confirme = True
        if self._avant_ecriture is not None and not self._avant_ecriture():
            return
        try:
            annexe = connexion_annexe(self.base)
        except ErreurStockage as exc:
            self._echec(exc)
            return
        self._demarrer("import", self.tr("Import en cours : rien n'est écrit tant que tout n'est pas prêt…"))
        analyse, travail = self.analyse, self._travail

        def ecrire():
            try:
                return donnees_ouvertes.importer(annexe, analyse, travail.avancer, confirmer_encodage=confirme)
            finally:
                if annexe is not self.base:
                    annexe.fermer()

        if annexe is self.base:   # une base en mémoire n'a qu'une connexion : ici même
            try:
                self._import_fait(ecrire())
            except ErreurStockage as exc:
                self._echec(exc)
            return
        taches.lancer(self, ecrire, self._import_fait, self._echec)

    def confirmer_encodage(self) -> bool:
        """Plus de quelques noms ne changeraient que par l'encodage des caractères : les
        montrer (avant → après) et demander. Non par défaut."""
        changements = self.analyse.changements_encodage
        services = len({c.ligne for c in changements})

        def ligne(c) -> str:
            return remplir(self.tr("ligne %1, %2 : « %3 » → « %4 »"), c.ligne, c.service_id, c.avant, c.apres)

        boite = QMessageBox(self)
        boite.setIcon(QMessageBox.Icon.Warning)
        boite.setWindowTitle(self.tr("Des noms changeraient par l'encodage"))
        boite.setTextFormat(Qt.TextFormat.PlainText)
        exemples = "\n".join(ligne(c) for c in changements[:8]) + ("\n…" if len(changements) > 8 else "")
        boite.setText(self.tr(
            "%1 services changeraient de nom seulement par l'encodage des caractères : le fichier ou le "
            "répertoire a sans doute été enregistré ou relu dans le mauvais encodage (UTF-8 et Windows-1252). "
            "Vérifiez lequel est juste.").replace("%1", str(services))
            + "\n\n" + exemples + "\n\n" + self.tr("Importer quand même ces changements ?"))
        boite.setDetailedText("\n".join(ligne(c) for c in changements))
        boite.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        boite.setDefaultButton(QMessageBox.StandardButton.No)
        boite.button(QMessageBox.StandardButton.Yes).setText(self.tr("Importer quand même"))
        boite.button(QMessageBox.StandardButton.No).setText(self.tr("Ne pas importer"))
        return boite.exec() == QMessageBox.StandardButton.Yes

    def _import_fait(self, resultat) -> None:
        self._arreter()
        self.resultat = resultat
        if resultat.normes_de_service:
            texte = self.tr("Import terminé — normes ajoutées : %1, mises à jour : %2, inchangées : %3; services créés pour elles : %4.")
            texte = texte.replace("%4", str(resultat.services_crees))
        else:
            texte = self.tr("Import terminé — services ajoutés : %1, mis à jour : %2, inchangés : %3.")
        texte = texte.replace("%1", str(resultat.crees)).replace("%2", str(resultat.modifies)).replace("%3", str(resultat.inchanges))
        self.etat.setText(texte)
        self.etat.setStyleSheet("color: #1e5e20;")
        self._actualiser_boutons()
        self.importe.emit(resultat)

    # --- progression --------------------------------------------------------------------
    def _demarrer(self, quoi: str, texte: str) -> None:
        self._en_cours = quoi
        self._travail = _Travail()
        self.etat.setText(texte)
        self.etat.setStyleSheet("")
        self.progres.setValue(0)
        self.progres.show()
        self._minuterie.start()
        self._actualiser_boutons()

    def _suivre(self) -> None:
        if self._travail is not None:
            self.progres.setValue(int(self._travail.progression * 1000))

    def _arreter(self) -> None:
        self._minuterie.stop()
        self._en_cours = ""
        self.progres.hide()

    def reject(self) -> None:
        """Fermer; pendant l'analyse : l'annuler (rien n'est importé). Pendant l'écriture, on
        attend sa fin : une transaction ne s'interrompt pas à moitié."""
        if self._en_cours == "analyse" and self._travail is not None:
            self._travail.annule.set()
            return
        if self._en_cours == "import":
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self._en_cours == "import":
            event.ignore()
            return
        if self._en_cours == "analyse" and self._travail is not None:
            self._travail.annule.set()
        super().closeEvent(event)

    # --- affichage ----------------------------------------------------------------------
    def _vider(self) -> None:
        self.apercu.clear()
        self.apercu.setRowCount(0)
        self.apercu.setColumnCount(0)
        self.problemes.setRowCount(0)
        self.onglets.setTabText(1, self.tr("Problèmes"))

    def _remplir_apercu(self) -> None:
        colonnes, lignes = self.analyse.apercu(LIGNES_APERCU)
        self.apercu.setColumnCount(len(colonnes))
        self.apercu.setHorizontalHeaderLabels(list(colonnes))
        self.apercu.setRowCount(len(lignes))
        self.apercu.setVerticalHeaderLabels([str(n) for n, _ in lignes])
        for i, (_, valeurs) in enumerate(lignes):
            for j, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur.replace("\r\n", " ⏎ ").replace("\n", " ⏎ "))
                item.setToolTip(en_clair(valeur))
                self.apercu.setItem(i, j, item)
        self.apercu.resizeColumnsToContents()
        for j in range(self.apercu.columnCount()):
            self.apercu.setColumnWidth(j, min(self.apercu.columnWidth(j), 260))

    def _remplir_problemes(self) -> None:
        problemes = self.analyse.problemes
        self.problemes.setRowCount(len(problemes))
        gravites = {"erreur": self.tr("Erreur"), "avertissement": self.tr("Avertissement")}
        for i, p in enumerate(problemes):
            valeurs = (str(p.ligne), p.colonne, p.valeur, gravites[p.gravite], p.texte(self.langue))
            couleur = COULEUR_ERREUR if p.gravite == "erreur" else COULEUR_AVERTISSEMENT
            for j, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur)
                item.setBackground(couleur)
                self.problemes.setItem(i, j, item)
        self.problemes.resizeRowsToContents()
        self.onglets.setTabText(1, self.tr("Problèmes (%1)").replace("%1", str(len(problemes))))

    def _decrire(self) -> None:
        a = self.analyse
        objets = a.nombre_objets
        texte = self.tr("%1 — %2 lignes, exercices : %3.").replace("%1", a.nom_format(self.langue)) \
            .replace("%2", str(a.nombre_lignes)).replace("%3", ", ".join(a.exercices()) or "—")
        if a.importable:
            suite = self.tr("Prêt à importer : %1 lignes. Avertissements : %2 (ils n'empêchent rien).")
            suite = suite.replace("%1", str(objets)).replace("%2", str(len(a.avertissements)))
            if a.inchanges:
                suite += "\n" + self.tr("Dont %1 lignes identiques à leur dernier import, pour des services inchangés "
                                          "depuis : rien à y changer.").replace("%1", str(len(a.inchanges)))
            self.etat.setStyleSheet("")
            if a.confirmation_encodage:
                suite += "\n" + self.tr("Attention : %1 noms ne changeraient que par l'encodage des caractères "
                                         "(voir l'onglet Problèmes); l'import le demandera.").replace(
                    "%1", str(len({c.ligne for c in a.changements_encodage})))
        else:
            suite = self.tr("Erreurs : %1. Rien ne sera importé. Corrigez le fichier (voir l'onglet Problèmes, "
                            "que vous pouvez enregistrer), puis choisissez-le de nouveau.").replace("%1", str(len(a.erreurs)))
            self.etat.setStyleSheet("color: #8a1c1c;")
        self.etat.setText(texte + "\n" + suite)

    def enregistrer_rapport(self, chemin: Path | None = None) -> Path | None:
        if self.analyse is None:
            return None
        if chemin is None:
            nom, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le rapport"),
                str(Path(self.chemin.text()).with_suffix("").as_posix() + "-rapport.csv"),
                self.tr("Fichiers CSV (*.csv)"),
            )
            if not nom:
                return None
            chemin = Path(nom)
        from gesserv_bureau.domaine.exportation import ecrire_atomique

        try:
            ecrire_atomique(chemin, rapport_csv(self.analyse.problemes, self.langue).encode("utf-8-sig"))
        except OSError as exc:
            self.etat.setText(self.tr("Le rapport n'a pas pu être enregistré : %1").replace("%1", messages_systeme.texte(exc, self.langue)))
            self.etat.setStyleSheet("color: #8a1c1c;")
            return None
        return chemin

    def _actualiser_boutons(self) -> None:
        occupe = bool(self._en_cours)
        self.bouton_choisir.setEnabled(not occupe)
        self.bouton_rapport.setEnabled(self.analyse is not None and bool(self.analyse.problemes))
        self.bouton_importer.setEnabled(
            not occupe and self.analyse is not None and self.analyse.importable and self.resultat is None
            and not self.base.lecture_seule
        )
        if self._en_cours == "analyse":
            self.bouton_fermer.setText(self.tr("Annuler"))
        else:
            self.bouton_fermer.setText(self.tr("Fermer"))
        self.bouton_fermer.setEnabled(self._en_cours != "import")

    def retraduire(self) -> None:
        self.problemes.setAccessibleName(self.tr("Problèmes relevés"))
        self.onglets.setAccessibleName(self.tr("Résultats de l'analyse"))
        self.apercu.setAccessibleName(self.tr("Aperçu du fichier"))
        self.setWindowTitle(self.tr("Importer des données ouvertes"))
        self.etiquette_fichier.setText(self.tr("&Fichier :"))
        self.bouton_choisir.setText(self.tr("&Choisir…"))
        self.bouton_rapport.setText(self.tr("&Enregistrer le rapport (CSV)…"))
        self.bouton_importer.setText(self.tr("&Importer"))
        self.onglets.setTabText(0, self.tr("Aperçu (%1 premières lignes)").replace("%1", str(LIGNES_APERCU)))
        self.onglets.setTabText(1, self.tr("Problèmes"))
        self.problemes.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Colonne"), self.tr("Valeur"), self.tr("Gravité"), self.tr("Problème")])
        if not self.chemin.text() and not self._en_cours:
            self.etat.setText(self.tr(
                "Choisissez un fichier CSV des données ouvertes du Répertoire des services du GC : le "
                "répertoire (format actuel de 46 colonnes, ou gabarit 2016-2020 de 39 ou 37 colonnes) ou les "
                "normes de service (24 colonnes). Rien n'est importé avant que vous ne cliquiez sur Importer."
            ))
        self._actualiser_boutons()
