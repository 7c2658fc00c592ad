"""Les onglets de la fenêtre principale autres que le répertoire : la qualité des données et
le tableau de bord, construits à leur première ouverture et calculés hors du fil de
l'interface; aller d'un constat à son service."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class ActionsOnglets:
    """La qualité des données et le tableau de bord de ``FenetrePrincipale`` (à mettre avant
    ``QMainWindow``)."""

    @property
    def qualite(self):
        if self._qualite is None:
            from gesserv_bureau.interface.panneau_qualite import PanneauQualite

            self._qualite = PanneauQualite(self)
            self._qualite.changer_langue(self.langue)
            self._qualite.verifier_demande.connect(self.verifier_qualite)
            self._qualite.aller_au_service.connect(self.aller_au_service)
            self._remplacer_onglet(1, self._qualite)
        return self._qualite

    def verifier_qualite(self) -> None:
        """Le contrôle de la qualité des données de l'exercice affiché, dans son onglet."""
        from gesserv_bureau.cas import donnees_ouvertes

        self.controleur.enregistrer_maintenant()
        panneau = self.qualite
        self.onglets.setCurrentIndex(1)
        exercice = self.controleur.exercice
        if self.base.chemin is None:
            panneau.afficher(donnees_ouvertes.verifier_qualite(self.base, exercice), exercice)
            return
        from gesserv_bureau.interface import taches

        chemin = self.base.chemin
        taches.lancer(self, lambda: donnees_ouvertes.verifier_qualite_fichier(chemin, exercice),
                      lambda constats: panneau.afficher(constats, exercice),
                      lambda exc: self._erreur(str(exc)))

    def aller_au_service(self, pk: int, exercice: str) -> None:
        """Montre le service dans l'onglet du répertoire (change d'exercice, vide le filtre)."""
        self.onglets.setCurrentIndex(0)
        if exercice != self.controleur.exercice:
            self.filtre.exercice.setCurrentIndex(max(self.filtre.exercice.findData(exercice), 0))
        for effacer in (self.filtre.recherche.clear, lambda: self.filtre.type_service.setCurrentIndex(0),
                        lambda: self.filtre.designation.setCurrentIndex(0),
                        lambda: self.filtre.a_completer.setChecked(False)):
            effacer()
        essais = [0]

        def essayer():
            if self._fermee:
                return
            if self.modele.rang_de(pk) is not None:
                self.selectionner_pk(pk)
                self.table.setFocus()
            elif essais[0] < 100 and not self.modele.chargement_complet():
                essais[0] += 1
                QTimer.singleShot(50, self, essayer)   # lié à la fenêtre : détruite, plus d'essai

        essayer()

    def _onglet_change(self, index: int) -> None:
        if index == 1 and (self._qualite is None or self._qualite._exercice != self.controleur.exercice):
            self.verifier_qualite()
        elif index == 2:
            self.actualiser_tableau_de_bord()

    @property
    def tableau(self):
        if self._tableau is None:
            from gesserv_bureau.interface.tableau_de_bord import TableauDeBord

            self._tableau = TableauDeBord(self)
            self._tableau.changer_langue(self.langue)
            self._tableau.service_demande.connect(self.actualiser_tableau_de_bord)
            self._remplacer_onglet(2, self._tableau)
        return self._tableau

    def actualiser_tableau_de_bord(self, service_pk: int | None = None) -> None:
        """Le tableau de bord de l'exercice affiché (construit à la première ouverture), calculé
        hors du fil de l'interface; ``service_pk`` : le service des graphiques par service."""
        from gesserv_bureau.cas import statistiques

        self.controleur.enregistrer_maintenant()
        tableau = self.tableau
        if service_pk is None:
            service_pk = self._service_tableau
        self._service_tableau = service_pk
        exercice = self.controleur.exercice
        if self.base.chemin is None:
            tableau.afficher(statistiques.tableau_de_bord(self.base, exercice, service_pk), self.langue)
            return
        from gesserv_bureau.interface import taches

        chemin = self.base.chemin

        def calculer():
            return statistiques.tableau_de_bord_fichier(chemin, exercice, service_pk)

        def afficher(donnees):
            if exercice == self.controleur.exercice and not self._fermee:
                tableau.afficher(donnees, self.langue)

        taches.lancer(self, calculer, afficher, lambda exc: self._erreur(str(exc)))
