"""Les menus Édition et Répertoire de la fenêtre principale : ajouter, dupliquer, supprimer
un service (annulables), rechercher, le profil; commencer l'exercice suivant, les métadonnées,
le journal; « À propos »."""

from __future__ import annotations

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.fenetre.commun import detruire_a_la_fermeture
from gesserv_bureau.interface.textes import en_clair


class ActionsRepertoire:
    """Les commandes sur les services et le répertoire de ``FenetrePrincipale`` (à mettre avant
    ``QMainWindow``)."""

    # --- services ----------------------------------------------------------------------
    def nouveau_service(self) -> None:
        pk = self.controleur.nouveau()
        if pk is not None:
            self.selectionner_pk(pk)
            self.formulaire.service_id.setFocus()

    def dupliquer_service(self) -> None:
        pk = self._pk_courant()
        if pk is None:
            return
        copie = self.controleur.dupliquer(pk)
        if copie is not None:
            self.selectionner_pk(copie)

    def supprimer_service(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        pk = self._pk_courant()
        if pk is None:
            return
        ligne = self.modele.ligne(self.table.currentIndex().row())
        libelle = " — ".join(x for x in (ligne.service_id, ligne.nom_fr if self.langue == "fr" else ligne.nom_en or ligne.nom_fr) if x) or self.tr("(sans nom)")
        reponse = QMessageBox.question(
            self, self.tr("Supprimer le service"),
            en_clair(self.tr("Supprimer le service « %1 » du répertoire?\n\nVous pourrez annuler la suppression avec Ctrl+Z.").replace("%1", libelle)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if reponse == QMessageBox.StandardButton.Yes:
            rang = self.table.currentIndex().row()
            self.controleur.supprimer(pk, libelle)
            if self.modele.rowCount():
                self.table.selectRow(min(rang, self.modele.rowCount() - 1))

    def commencer_exercice_suivant(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from gesserv_bureau.domaine import exercice as exercices

        cible = exercices.suivant(self.controleur.exercice)
        reponse = QMessageBox.question(
            self, self.tr("Commencer l'exercice suivant"),
            self.tr(
                "Commencer l'exercice %1 en y reportant les %2 services de l'exercice %3?\n\n"
                "La mise à jour annuelle du répertoire (exigence 7.1) part de l'exercice précédent : "
                "les éléments descriptifs et les normes de service en vigueur sont repris, les volumes et les "
                "résultats des normes sont remis à compléter. "
                "L'exercice %3 reste intact."
            ).replace("%1", cible).replace("%2", str(self.modele.nombre_total())).replace("%3", self.controleur.exercice),
        )
        if reponse != QMessageBox.StandardButton.Yes:
            return
        resultat = self.controleur.commencer_exercice_suivant()
        if resultat is not None:
            self.filtre.remplir_exercices(self.controleur.exercices(), resultat.exercice)
            self.statusBar().showMessage(
                self.tr("Exercice %1 commencé : %2 services reportés.")
                .replace("%1", resultat.exercice).replace("%2", str(resultat.copies)), 10000
            )

    def modifier_metadonnees(self) -> None:
        from gesserv_bureau.interface import dialogues

        meta = repertoire.metadonnees(self.base, self.controleur.exercice)
        dialogue = dialogues.DialogueMetadonnees(self.controleur.exercice, meta["gardien"], meta["derniere_revision"], self)
        if dialogue.exec():
            gardien, date = dialogue.valeurs()
            self.controleur._tenter(lambda: repertoire.modifier_metadonnees(self.base, self.controleur.exercice, gardien, date) or True)

    def afficher_journal(self) -> None:
        """Le journal des modifications : celui du répertoire ministériel dans une copie (tout le
        ministère, lu sur le serveur), celui de la base sinon."""
        from gesserv_bureau.cas import historique_ministere
        from gesserv_bureau.interface import dialogues

        langue = self.langue
        self.lire_historique(lambda serveur: historique_ministere.journal(serveur, langue),
                             lambda: repertoire.journal(self.base),
                             lambda entrees, note: dialogues.DialogueJournal(entrees, self, note).exec())

    # --- rechercher, profil, à propos ---------------------------------------------------
    def a_propos(self) -> None:
        from gesserv_bureau.interface import dialogues

        dialogues.a_propos(self, str(self.base.chemin or ":memory:"), self.base.version())

    def _aller_recherche(self) -> None:
        self.filtre.recherche.setFocus()
        self.filtre.recherche.selectAll()

    def profil(self):
        """Édition › Profil… : qui prépare les rapports (« Préparé par », l'auteur des nouveaux
        dossiers, le ministère de l'en-tête)."""
        from gesserv_bureau.interface.dialogue_profil import DialogueProfil

        dialogue = DialogueProfil(self.langue, self)
        dialogue.profil_enregistre.connect(self._profil_enregistre)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def proposer_profil(self):
        """Au premier lancement (aucun profil, jamais demandé) : le dialogue d'accueil du profil,
        qu'on peut passer; sinon rien. Ne bloque pas la fenêtre (dialogue non modal)."""
        from gesserv_bureau.cas import profils

        if self._fermee or not profils.a_demander():
            return None
        from gesserv_bureau.interface.dialogue_profil import DialogueProfil

        dialogue = DialogueProfil(self.langue, self, premier_lancement=True)
        dialogue.profil_enregistre.connect(self._profil_enregistre)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def _profil_enregistre(self, profil) -> None:
        self.base.auteur = profil.nom   # l'auteur des dossiers créés désormais
