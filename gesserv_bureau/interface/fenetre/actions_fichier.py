"""Le menu Fichier de la fenêtre principale : ouvrir ou créer un répertoire, restaurer une
copie de sécurité ou en faire une; importer des données ouvertes, exporter l'exercice."""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.fenetre.commun import detruire_a_la_fermeture, texte_erreur_stockage
from gesserv_bureau.interface.textes import en_clair
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.referentiel import messages_systeme


class ActionsFichier:
    """Les commandes du menu Fichier de ``FenetrePrincipale`` (à mettre avant ``QMainWindow``)."""

    # --- changer de fichier ----------------------------------------------------------------
    def _filtre_fichiers(self) -> str:
        return self.tr("Répertoires gesserv-bureau (*.sqlite *.db);;Tous les fichiers (*)")

    def ouvrir_repertoire(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        nom, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un répertoire de services"),
                                             str(self._dossier_courant()), self._filtre_fichiers())
        if nom:
            self.changementDeBase.emit(Path(nom), None)

    def nouveau_repertoire(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        nom, _ = QFileDialog.getSaveFileName(self, self.tr("Créer un répertoire de services"),
                                             str(self._dossier_courant() / "repertoire.sqlite"),
                                             self._filtre_fichiers())
        if not nom:
            return
        chemin = Path(nom)
        if chemin.exists():
            QMessageBox.warning(self, self.tr("Fichier existant"), en_clair(self.tr(
                "Le fichier %1 existe déjà : il n'a pas été remplacé. Choisissez un autre nom, ou "
                "ouvrez-le avec Fichier › Ouvrir un répertoire."
            ).replace("%1", str(chemin))))
            return
        self.changementDeBase.emit(chemin, None)

    def _dossier_courant(self) -> Path:
        return self.base.chemin.parent if self.base.chemin else Path.home()

    def restaurer_copie(self) -> None:
        """Remplace le répertoire ouvert par une de ses copies de sécurité intactes, choisie dans
        la liste de toutes ses copies (date, taille, état; la plus récente d'abord)."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from gesserv_bureau.cas import sauvegardes
        from gesserv_bureau.interface.dialogue_copies import DialogueCopies
        from gesserv_bureau.messages_erreur import date_copie

        if self.base.chemin is None:
            return
        self.controleur.enregistrer_maintenant()
        dialogue = DialogueCopies(self.base.chemin, self.langue, self)
        if not dialogue.intactes():
            QMessageBox.information(self, self.tr("Restaurer une copie de sécurité"),
                                    self.tr("Ce répertoire n'a encore aucune copie de sécurité intacte."))
            dialogue.deleteLater()
            return
        accepte = dialogue.exec() == QDialog.DialogCode.Accepted
        copie = dialogue.copie_choisie()
        dialogue.deleteLater()
        if not accepte or copie is None:
            return
        dans_copie = sauvegardes.services_de_la_copie(copie)
        dans_base = sauvegardes.services_de_la_base(self.base.chemin)
        question = (self.tr("Remplacer le répertoire ouvert par la copie du %1?").replace("%1", date_copie(copie))
                    + "\n\n" + self.tr("La copie contient %1 services; le répertoire ouvert, %2 services.")
                    .replace("%1", str(dans_copie)).replace("%2", str(dans_base)))
        if dans_copie < dans_base:
            question += "\n\n" + self.tr("Attention, services qui disparaîtraient du répertoire : %1.").replace(
                "%1", str(dans_base - dans_copie))
        question += "\n\n" + self.tr("Le répertoire actuel n'est pas effacé : il est gardé à côté, renommé.")
        reponse = QMessageBox.question(self, self.tr("Restaurer une copie de sécurité"), question)
        if reponse == QMessageBox.StandardButton.Yes:
            self.changementDeBase.emit(self.base.chemin, copie)

    def _copie_securite(self) -> None:
        from gesserv_bureau.cas import sauvegardes

        if self.base.chemin is None:
            return
        self.controleur.enregistrer_maintenant()
        try:
            copie = sauvegardes.copier_maintenant(self.base.chemin)
        except ErreurStockage as exc:   # rien n'a été laissé dans le dossier des copies
            from PySide6.QtWidgets import QMessageBox

            message = texte_erreur_stockage(exc)
            self.statusBar().showMessage(message, 15000)
            QMessageBox.warning(self, self.tr("Copie de sécurité non faite"), message)
            return
        self.statusBar().showMessage(self.tr("Copie de sécurité faite : %1").replace("%1", str(copie)), 10000)

    # --- données ouvertes : import, export ------------------------------------------------
    def importer_donnees(self, chemin: Path | None = None):
        """Le dialogue d'import; ``chemin`` : l'analyser tout de suite (sans le sélecteur)."""
        from gesserv_bureau.interface.dialogue_import import DialogueImport

        dialogue = DialogueImport(self.base, self.langue, self, avant_ecriture=self.controleur.enregistrer_maintenant)
        dialogue.importe.connect(self._apres_import)
        detruire_a_la_fermeture(dialogue)
        dialogue.setModal(True)
        dialogue.show()
        if chemin is not None:
            dialogue.analyser_fichier(Path(chemin))
        else:
            dialogue.choisir_fichier()
        return dialogue

    def _apres_import(self, resultat) -> None:
        """Après un import : la table relue (sur l'exercice importé le plus récent), puis le
        contrôle de la qualité, dans son onglet."""
        self.controleur.pile.clear()   # l'import n'est pas une saisie qu'on annule pièce à pièce
        exercices = repertoire.exercices_connus(self.base)
        cible = self.controleur.exercice if self.controleur.exercice in exercices else (exercices[-1] if exercices else None)
        self.controleur.charger_exercice(cible)
        self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        self.statusBar().showMessage(self.tr("Import terminé."), 10000)
        self.verifier_qualite()

    def exporter(self, quoi: str, chemin: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from gesserv_bureau.cas import donnees_ouvertes

        self.controleur.enregistrer_maintenant()
        exercice = self.controleur.exercice
        noms = {"csv": f"repertoire-services-{exercice}.csv", "normes": f"normes-service-{exercice}.csv",
                "xlsx": f"repertoire-services-{exercice}.xlsx"}
        filtres = {"csv": self.tr("Fichiers CSV (*.csv)"), "normes": self.tr("Fichiers CSV (*.csv)"),
                   "xlsx": self.tr("Classeurs Excel (*.xlsx)")}
        if chemin is None:
            nom, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter l'exercice %1").replace("%1", exercice),
                                                 str(self._dossier_courant() / noms[quoi]), filtres[quoi])
            if not nom:
                return None
            chemin = Path(nom)
        try:
            internes = self.act_exporter_internes.isChecked()
            if quoi == "xlsx":
                n = donnees_ouvertes.exporter_xlsx(self.base, chemin, exercice, self.langue)
            elif quoi == "normes":
                n = donnees_ouvertes.exporter_normes_csv(self.base, chemin, exercice, internes)
            else:
                n = donnees_ouvertes.exporter_csv(self.base, chemin, exercice, internes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export impossible"), en_clair(self.tr(
                "Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé."
            ).replace("%1", str(chemin)).replace("%2", messages_systeme.texte(exc, self.langue))))
            return None
        message = self.tr("Lignes exportées : %1, dans %2.").replace("%1", str(n)).replace("%2", str(chemin))
        laisses = 0 if quoi == "xlsx" or internes else donnees_ouvertes.services_internes(self.base, exercice)
        if laisses:
            message += " " + self.tr("Services internes (non intégrés) laissés hors de l'export : %1.").replace("%1", str(laisses))
        self.statusBar().showMessage(message, 10000)
        return chemin
