"""La fenêtre principale : l'inventaire (table filtrable), le formulaire du service choisi,
le sommaire de l'exercice, les menus, les raccourcis et la barre d'état.

La classe réunit ses morceaux (``interface/fenetre/``) : la disposition des widgets, les menus
et leurs actions, les commandes par famille. Elle garde ici son état, ses branchements (filtre,
table, contrôleur), le contrôle d'intégrité guetté après l'ouverture, la langue et la fermeture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.controleur_inventaire import ControleurInventaire
from gesserv_bureau.interface.fenetre.actions_aide import ActionsAide
from gesserv_bureau.interface.fenetre.actions_evaluations import ActionsEvaluations
from gesserv_bureau.interface.fenetre.actions_fichier import ActionsFichier
from gesserv_bureau.interface.fenetre.actions_onglets import ActionsOnglets
from gesserv_bureau.interface.fenetre.actions_rapports import ActionsRapports
from gesserv_bureau.interface.fenetre.actions_repertoire import ActionsRepertoire
from gesserv_bureau.interface.fenetre.actions_serveur import ActionsServeur
from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
from gesserv_bureau.interface.fenetre.disposition import DispositionFenetre
from gesserv_bureau.interface.fenetre.menus import MenusFenetre
from gesserv_bureau.interface.modele_inventaire import ModeleInventaire
from gesserv_bureau.interface.textes import en_clair, invite_formulaire
from gesserv_bureau.langue import Traductions, enregistrer_langue, preferences
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import BaseEndommagee, DisquePlein

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


DELAI_CONSTRUCTION_MS = 30   # le formulaire et le sommaire, juste après le premier affichage


class FenetrePrincipale(DispositionFenetre, MenusFenetre, ActionsFichier, ActionsRepertoire, ActionsServeur,
                        ActionsEvaluations, ActionsRapports, ActionsOnglets, ActionsAide, QMainWindow):
    """Sans ``Retraduisible`` ni aucun autre gestionnaire d'événement Qt redéfini en Python
    avant la fermeture : chaque événement passé à Python chargerait la classe ``QEvent`` au
    démarrage. Le changement de langue, toujours décidé ici (``changer_langue``), refait les
    textes directement.

    Chaque appel différé est lié à son destinataire (``QTimer.singleShot(délai, objet,
    fonction)``) : une fenêtre fermée, puis détruite, aussitôt ouverte n'est plus rappelée."""

    baseEndommagee = Signal(object)   # le contrôle d'intégrité, fini après l'ouverture, a échoué
    changementDeBase = Signal(object, object)   # (fichier à ouvrir, copie à restaurer ou None)

    def __init__(self, base: Base, traductions: Traductions, parent=None):
        super().__init__(parent)
        self._abandonnee = False
        self._fermee = False   # après la fermeture, les minuteries en retard ne font plus rien
        self.base = base
        self.traductions = traductions
        self.langue = traductions.langue

        self.modele = ModeleInventaire(self, self.langue)
        self.modele.source_a_completer = lambda pk: repertoire.a_completer(self.base, pk)
        self._rechargement = False
        self._pk_a_garder: int | None = None
        self._service_tableau: int | None = None
        self._fenetres_evaluation: list = []
        self.controleur = ControleurInventaire(base, self.modele, None, self)
        self._construire_disposition()

        self._creer_actions()
        self._creer_menus()
        self._brancher()
        # la table et le filtre sont nés dans la langue : les textes de la fenêtre seulement
        self.act_fr.setChecked(self.langue == "fr")
        self.act_en.setChecked(self.langue == "en")
        self.retraduire()
        self._restaurer_geometrie()

        self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        self.controleur.charger_exercice()
        QTimer.singleShot(DELAI_CONSTRUCTION_MS, self, self._terminer_construction)
        # Le contrôle d'intégrité part juste après le premier affichage : on guette son verdict.
        self._minuterie_controle = QTimer(self)
        self._minuterie_controle.setInterval(30)
        self._minuterie_controle.timeout.connect(self._guetter_controle)
        self._minuterie_controle.start()

    def _guetter_controle(self) -> None:
        if not self.base.controle_termine():
            return
        self._minuterie_controle.stop()
        try:
            self.base.attendre_controle()
        except (BaseEndommagee, DisquePlein) as exc:
            self.baseEndommagee.emit(exc)   # la fenêtre se ferme sans rien écrire; l'ouverture reprend
            return
        if self.base.copie_en_echec:
            self._signaler_copie_en_echec(texte_erreur_stockage(self.base.copie_en_echec))

    def _signaler_copie_en_echec(self, message: str) -> None:
        """Une copie de sécurité ratée se voit : une boîte (non bloquante) et la barre d'état."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 60000)
        boite = QMessageBox(QMessageBox.Icon.Warning, self.tr("Copie de sécurité non faite"), message,
                            QMessageBox.StandardButton.Ok, self)
        boite.setModal(False)
        boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        boite.show()

    def abandonner(self) -> None:
        """Ferme la fenêtre sans rien écrire (la base s'est révélée endommagée)."""
        self._abandonnee = True
        self.close()

    def _brancher(self) -> None:
        self.filtre.recherche.textChanged.connect(self._filtre_change)
        self.filtre.type_service.currentIndexChanged.connect(self._filtre_change)
        self.filtre.designation.currentIndexChanged.connect(self._filtre_change)
        self.filtre.a_completer.toggled.connect(self._filtre_change)
        self.filtre.exercice.currentIndexChanged.connect(self._exercice_choisi)
        self.onglets.currentChanged.connect(self._onglet_change)
        self.table.selectionModel().currentRowChanged.connect(self._ligne_courante)
        self.modele.modelAboutToBeReset.connect(self._avant_rechargement)
        self.modele.modelReset.connect(self._apres_rechargement)
        self.modele.modelReset.connect(self._actualiser_compte)
        self.modele.rowsInserted.connect(self._actualiser_compte)
        self.controleur.etat.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self.controleur.erreur.connect(self._erreur)
        # Le sommaire se refait peu après le dernier changement (une rafale de saisies, un
        # chargement) : la table et le formulaire ne l'attendent jamais.
        self._minuterie_sommaire = QTimer(self)
        self._minuterie_sommaire.setSingleShot(True)
        self._minuterie_sommaire.setInterval(150)
        self._minuterie_sommaire.timeout.connect(self._actualiser_sommaire)
        self.controleur.donneesChangees.connect(self._minuterie_sommaire.start)
        self.controleur.donneesChangees.connect(self._actualiser_compte)
        self.controleur.exercicesChanges.connect(
            lambda: self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        )

    # --- réactions ---------------------------------------------------------------------
    def _filtre_change(self, *_args) -> None:
        self.controleur.filtrer(self.filtre.filtre())

    def _exercice_choisi(self, *_args) -> None:
        exercice = self.filtre.exercice.currentData()
        if exercice and exercice != self.controleur.exercice:
            self.controleur.charger_exercice(exercice)
            self.controleur.pile.clear()
            self._service_tableau = None
            if self.onglets.currentIndex() == 2:
                self.actualiser_tableau_de_bord()
            elif self.onglets.currentIndex() == 1:
                self.verifier_qualite()

    def _avant_rechargement(self) -> None:
        service = self._formulaire.service() if self._formulaire is not None else None
        self._pk_a_garder = service.pk if service is not None else None
        self._rechargement = True

    def _apres_rechargement(self) -> None:
        self._rechargement = False
        if self._pk_a_garder is not None and self.modele.rang_de(self._pk_a_garder) is not None:
            self.selectionner_pk(self._pk_a_garder)

    def _ligne_courante(self, courant, _precedent) -> None:
        if self._rechargement:
            return  # la table se recharge (filtre, fin du chargement) : le formulaire reste
        pk = self.modele.ligne(courant.row()).pk if courant.isValid() else None
        self._terminer_construction()   # peut retrier la table : la ligne est lue avant
        self.controleur.selectionner(pk)

    def _actualiser_compte(self, *_args) -> None:
        self.etat_compte.setText(
            self.tr("Services affichés : %1 sur %2")
            .replace("%1", str(self.modele.rowCount())).replace("%2", str(self.modele.nombre_total()))
        )

    def _actualiser_sommaire(self) -> None:
        if self._sommaire is None or self._fermee:
            return  # le panneau se construit et se remplit après le premier affichage
        self._sommaire.afficher_exercice(self.controleur.exercice)
        self.controleur.calculer_sommaire(self._sommaire_calcule)

    def _sommaire_calcule(self, exercice: str, sommaire) -> None:
        if exercice == self.controleur.exercice and self._sommaire is not None:
            self._sommaire.afficher(exercice, sommaire)

    def _erreur(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, self.tr("Enregistrement impossible"), en_clair(message))

    def selectionner_pk(self, pk: int) -> None:
        from PySide6.QtCore import QItemSelectionModel

        rang = self.modele.rang_de(pk)
        if rang is None:
            return
        index = self.modele.index(rang, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _pk_courant(self) -> int | None:
        index = self.table.currentIndex()
        return self.modele.ligne(index.row()).pk if index.isValid() else None

    # --- langue ------------------------------------------------------------------------
    def changer_langue(self, langue: str) -> None:
        if langue == self.langue:
            return
        self.traductions.retirer()
        self.traductions = Traductions(langue)
        self.traductions.installer()
        enregistrer_langue(langue)
        self._changer_langue_widgets(langue)

    def _changer_langue_widgets(self, langue: str) -> None:
        self.langue = langue
        for vue in (self.modele, self._formulaire, self._sommaire, self.filtre, self._qualite, self._tableau):
            if vue is not None:
                vue.changer_langue(langue)
        for fenetre in getattr(self, "_fenetres_evaluation", []):   # les assistants ouverts suivent
            fenetre.assistant.langue = langue
            fenetre.assistant.retraduire()
        self.act_fr.setChecked(langue == "fr")
        self.act_en.setChecked(langue == "en")
        self.retraduire()
        service = self._formulaire.service() if self._formulaire is not None else None
        if service is not None:
            self._formulaire.afficher_problemes(repertoire.problemes(self.base, service))

    def retraduire(self) -> None:
        self.onglets.setAccessibleName(self.tr("Vues du répertoire"))
        self.table.setAccessibleName(self.tr("Services du répertoire"))
        if self._defilement_sommaire is not None:
            self._defilement_sommaire.setAccessibleName(self.tr("Sommaire de l'exercice"))
        titre = self.tr("gesserv-bureau — Répertoire des services")
        if self.base.lecture_seule:
            titre += " " + self.tr("(lecture seule)")
        from gesserv_bureau.stockage.serveur.adresse import emportee_de, nom_court

        serveur = emportee_de(self.base.conn)     # une copie du répertoire ministériel : on le voit
        if serveur is not None:
            titre += " — " + self.tr("répertoire ministériel %1").replace("%1", nom_court(serveur))
        self.setWindowTitle(titre)
        self._retraduire_menus()
        self.onglets.setTabText(0, self.tr("Répertoire"))
        self.onglets.setTabText(1, self.tr("Qualité des données"))
        self.onglets.setTabText(2, self.tr("Tableau de bord"))
        self.dock_sommaire.setWindowTitle(self.tr("Sommaire"))
        if self._formulaire is None:
            self._attente_formulaire.setText(invite_formulaire())
        if serveur is not None:
            self.etat_base.setText(self.tr("Répertoire ministériel %1 — copie de ce poste")
                                   .replace("%1", nom_court(serveur)))
            self.etat_base.setToolTip(self.tr(
                "Copie de ce poste : %1\nFichier › Renvoyer au serveur ministériel y envoie votre travail et "
                "reçoit celui des autres.").replace("%1", str(self.base.chemin or "")))
        else:
            self.etat_base.setText(str(self.base.chemin or ""))
        if self._bouton_changements is not None:
            self._montrer_changements_serveur(getattr(self, "_changements_serveur", 0))
        self._actualiser_compte()

    def _fermer_fenetres_filles(self) -> None:
        """Les fenêtres ouvertes depuis celle-ci (évaluations, séances, stratégies, rapports) se
        ferment avec elle : elles travaillent sur la même base, qui va être fermée."""
        from PySide6.QtWidgets import QDialog

        from gesserv_bureau.interface.saisies import valider_saisies_en_cours

        for fille in self.findChildren(QDialog):
            if fille.isVisible():
                valider_saisies_en_cours(fille)   # une cellule en cours de saisie : validée, pas perdue
                fille.close()
            fille.setParent(None)
            fille.deleteLater()

    def _marquer_fermee(self) -> None:
        self._fermee = True
        self._arreter_suivi_serveur()
        self._minuterie_controle.stop()
        self._minuterie_sommaire.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._minuterie_controle.stop()
        if self._abandonnee:
            self._marquer_fermee()
            self._minuterie_sommaire.stop()
            self._fermer_fenetres_filles()
            self.base.fermer()
            self.controleur.deleteLater()
            super().closeEvent(event)
            return
        if not self.base.lecture_seule and not self.controleur.enregistrer_maintenant():
            reponse = QMessageBox.warning(
                self, self.tr("Modifications non enregistrées"),
                self.tr("Les dernières modifications n'ont pas pu être enregistrées. Quitter quand même "
                        "et les perdre?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if reponse != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._minuterie_sommaire.stop()
        from gesserv_bureau.interface import taches

        taches.attendre_toutes(3000)  # les lectures en cours finissent avant la fermeture
        reglages = preferences()
        reglages.setValue("fenetre/geometrie", self.saveGeometry())
        if self._sommaire_place:   # sinon, l'état de la dernière fois reste
            reglages.setValue("fenetre/etat", self.saveState())
        reglages.sync()
        self._marquer_fermee()
        self._fermer_fenetres_filles()
        self.base.fermer()
        self.controleur.deleteLater()  # ses tâches en cours ne rappelleront plus une fenêtre fermée
        super().closeEvent(event)
