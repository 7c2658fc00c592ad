"""Les dialogues de la fenêtre principale : à propos, métadonnées du répertoire, journal."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau import __version__
from gesserv_bureau.referentiel.codes import EDITION
from gesserv_bureau.stockage.journal import EntreeJournal
from gesserv_bureau.interface.textes import en_clair


def a_propos(parent: QWidget, chemin_base: str, version_schema: int) -> None:
    texte = QCoreApplication.translate(
        "Dialogues",
        "<h3>gesserv-bureau %1</h3>"
        "<p>Gestion des services du gouvernement du Canada, hors ligne : le répertoire des "
        "services, les outils de la <i>Ligne directrice sur la gestion des services</i> "
        "(édition %2) et des rapports signés.</p>"
        "<p>Édition appliquée : la <i>Ligne directrice sur la gestion des services</i> du Secrétariat "
        "du Conseil du Trésor du Canada, édition %2 (publiée le 23 mars 2017), depuis remplacée par la "
        "<i>Politique sur les services et le numérique</i> (2020) et sa ligne directrice, la "
        "<i>Ligne directrice sur les services et le numérique</i>. L'édition est gardée avec chaque "
        "dossier (exercice et services du répertoire, évaluation, séance d'examen, stratégie) et "
        "nommée au pied de chaque page de chaque rapport.</p>"
        "<p>Les textes français des outils sont ceux de la ligne directrice, mot pour mot. Les textes "
        "anglais sont la traduction du projet, faite avec soin : ce n'est pas la version anglaise "
        "officielle.</p>"
        "<p>Base de données : %3<br>Schéma : version %4</p>"
        "<p>Aucune donnée ne quitte cet ordinateur : l'application n'ouvre aucune connexion réseau.</p>"
    )
    texte = (texte.replace("%1", __version__).replace("%2", EDITION)
             .replace("%3", html.escape(chemin_base, quote=False)).replace("%4", str(version_schema)))   # texte riche : le chemin, échappé
    QMessageBox.about(parent, QCoreApplication.translate("Dialogues", "À propos de gesserv-bureau"), texte)


class DialogueMetadonnees(QDialog):
    """Le gardien du répertoire et la date de la dernière révision (2.1.5)."""

    def __init__(self, exercice: str, gardien: str, derniere_revision: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Métadonnées du répertoire %1").replace("%1", exercice))
        forme = QFormLayout(self)
        explication = QLabel(self.tr(
            "La ligne directrice (2.1.5) demande que le répertoire indique son ou ses gardiens "
            "et la date de sa dernière révision."
        ))
        explication.setWordWrap(True)
        forme.addRow(explication)
        self.gardien = QLineEdit(gardien, self)
        forme.addRow(self.tr("Gardien(s) du répertoire"), self.gardien)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        date = QDate.fromString(derniere_revision, "yyyy-MM-dd")
        self.date.setDate(date if date.isValid() else QDate.currentDate())
        forme.addRow(self.tr("Date de la dernière révision"), self.date)
        boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        boutons.accepted.connect(self.accept)
        boutons.rejected.connect(self.reject)
        forme.addRow(boutons)

    def valeurs(self) -> tuple[str, str]:
        return self.gardien.text().strip(), self.date.date().toString("yyyy-MM-dd")


class DialogueJournal(QDialog):
    """Le journal des modifications (piste d'audit), le plus récent d'abord."""

    def __init__(self, entrees: list[EntreeJournal], parent=None, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal des modifications"))
        self.resize(1100, 480)
        pile = QVBoxLayout(self)
        self.note = _note(self, note, pile)
        self.table = QTableWidget(len(entrees), 7, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setHorizontalHeaderLabels([
            self.tr("Date et heure"), self.tr("Utilisateur"), self.tr("Action"), self.tr("Objet"),
            self.tr("Élément"), self.tr("Avant"), self.tr("Après"),
        ])
        actions = {
            "creation": self.tr("Création"),
            "modification": self.tr("Modification"),
            "suppression": self.tr("Suppression"),
            "restauration": self.tr("Rétablissement"),
            "copie_exercice": self.tr("Report à l'exercice suivant"),
            "creation_lot": self.tr("Ajout en lot"),
            "import": self.tr("Import"),
            "fin": self.tr("Fin de l'évaluation"),
            "approbation": self.tr("Approbation"),
            "lien_service": self.tr("Lien avec le répertoire"),
            "reouverture": self.tr("Réouverture de l'évaluation"),
            "retrait": self.tr("Retrait"),
            "emport": self.tr("Emport hors ligne"),
            "versement": self.tr("Versement d'une base du poste"),
        }
        for rang, e in enumerate(entrees):
            quand = _heure_locale(e.horodatage)
            valeurs = [quand, e.utilisateur, actions.get(e.action, e.action), e.libelle or e.cle,
                       e.champ, e.avant or "", e.apres or ""]
            for col, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(rang, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        pile.addWidget(self.table)
        from gesserv_bureau.interface.etat_vide import InvitationListeVide

        self.invitation = InvitationListeVide(self.table, lambda: self.tr(
            "Le journal est vide : aucune modification n'a encore été enregistrée dans ce répertoire."))
        boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        boutons.rejected.connect(self.reject)
        pile.addWidget(boutons)


class DialogueRegistreRapports(QDialog):
    """Les rapports exportés et signés : quand, qui, quel fichier, son empreinte SHA-256 et
    ses signataires — pour retrouver le fichier exact qu'un cadre a approuvé."""

    def __init__(self, rapports: list, parent=None, note: str = ""):
        super().__init__(parent)
        self.setObjectName("registreRapports")
        self.setWindowTitle(self.tr("Registre des rapports exportés et signés"))
        self.resize(1100, 480)
        pile = QVBoxLayout(self)
        self.note = _note(self, note, pile)
        self.table = QTableWidget(len(rapports), 7, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableRegistre")
        self.table.setAccessibleName(self.tr("Rapports exportés et signés"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date et heure"), self.tr("Utilisateur"), self.tr("Geste"), self.tr("Rapport"),
            self.tr("Fichier"), self.tr("SHA-256"), self.tr("Signataires"),
        ])
        gestes = {"export": self.tr("Export"), "signature": self.tr("Signature")}
        for rang, r in enumerate(rapports):
            quand = _heure_locale(r.horodatage)
            valeurs = [quand, r.utilisateur, gestes.get(r.action, r.action), " ".join(x for x in (r.titre, r.langue) if x),
                       r.fichier, r.sha256, ", ".join(r.signataires)]
            for col, valeur in enumerate(valeurs):
                item = QTableWidgetItem(valeur)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(en_clair(valeur))   # titre, fichier, signataires : tels quels
                self.table.setItem(rang, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        pile.addWidget(self.table)
        from gesserv_bureau.interface.etat_vide import InvitationListeVide

        self.invitation = InvitationListeVide(self.table, lambda: self.tr(
            "Aucun rapport exporté ni signé pour l'instant. Chaque rapport enregistré (en PDF, en Word "
            "ou en PowerPoint) et chaque signature s'inscrit ici, avec l'empreinte SHA-256 du fichier : "
            "elle permet de retrouver le fichier exact qu'un cadre a approuvé."))
        boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        boutons.rejected.connect(self.reject)
        pile.addWidget(boutons)


def _note(dialogue: QDialog, texte: str, pile: QVBoxLayout) -> QLabel | None:
    """Au-dessus de la liste : d'où elle vient (le répertoire ministériel, ou la copie de ce poste
    quand le serveur ne répond pas); rien pour une base ordinaire."""
    if not texte:
        return None
    note = QLabel(texte, dialogue)
    note.setObjectName("noteOrigine")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    pile.addWidget(note)
    return note


def _heure_locale(horodatage: str) -> str:
    """Une date ISO à l'heure de ce poste (le serveur écrit en UTC, le poste à son heure); un texte qui
    n'en est pas une (une entrée abîmée ou forgée) est montré tel quel, sans empêcher la liste."""
    try:
        return dt.datetime.fromisoformat(horodatage).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError, OverflowError, OSError):
        return str(horodatage)
