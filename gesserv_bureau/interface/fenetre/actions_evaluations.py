"""Le menu Évaluations de la fenêtre principale : un assistant d'évaluation (annexes 1A, 1B,
2A), la liste des évaluations, les séances d'examen, les stratégies (2B, 2C) et les réglages du
ministère pour l'outil 1B."""

from __future__ import annotations

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.fenetre.commun import detruire_a_la_fermeture, texte_erreur_stockage
from gesserv_bureau.stockage.erreurs import ErreurStockage


class ActionsEvaluations:
    """Les commandes du menu Évaluations de ``FenetrePrincipale`` (à mettre avant ``QMainWindow``)."""

    # --- évaluations (annexes 1A, 1B, 2A) ----------------------------------------------------
    def nouvelle_evaluation(self, outil: str, service_pk: int | None = None):
        """Un assistant neuf : 1A pour une activité; 1B et 2A pour le service sélectionné."""
        from gesserv_bureau.cas import evaluer
        from gesserv_bureau.domaine import outils

        self.controleur.enregistrer_maintenant()
        if outils.outil(outil).porte_sur_un_service and service_pk is None:
            service_pk = self._pk_courant()
        try:
            ev = evaluer.nouvelle(self.base, outil, self.controleur.exercice, service_pk)
        except ErreurStockage as exc:
            self._erreur(texte_erreur_stockage(exc))
            return None
        return self.ouvrir_evaluation(ev)

    def ouvrir_evaluation(self, ev):
        from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation

        fenetre = FenetreEvaluation(self.base, ev, self.langue, self)
        detruire_a_la_fermeture(fenetre)
        fenetre.changee.connect(self._evaluation_changee)
        fenetre.show()
        self._fenetres_evaluation.append(fenetre)
        fenetre.destroyed.connect(lambda *_: self._fenetres_evaluation.remove(fenetre)
                                  if fenetre in self._fenetres_evaluation else None)
        return fenetre

    def _evaluation_changee(self, ev) -> None:
        """Une évaluation a pu changer le répertoire (1B : désignation; 1A : entrée créée)."""
        from gesserv_bureau.domaine import outils   # le registre des outils : pas au démarrage (12 ms)

        if ev.statut != "brouillon" or (not outils.outil(ev.outil).porte_sur_un_service and ev.service_pk is not None):
            if ev.service_pk is not None and self.modele.rang_de(ev.service_pk) is None and ev.exercice == self.controleur.exercice:
                self.controleur.charger_exercice()
            elif ev.service_pk is not None:
                from gesserv_bureau.domaine.inventaire import ligne_de

                service = repertoire.charger_service(self.base, ev.service_pk)
                if service is not None and self.modele.rang_de(service.pk) is not None:
                    self.modele.remplacer(ligne_de(service))
                    courant = self._formulaire.service() if self._formulaire is not None else None
                    if courant is not None and courant.pk == service.pk:
                        self._formulaire.afficher(service)
            self._minuterie_sommaire.start()

    def liste_evaluations(self, service_pk: int | None = None):
        from gesserv_bureau.interface.liste_evaluations import ListeEvaluations

        dialogue = ListeEvaluations(self.base, self.langue, self.controleur.exercice, self, service_pk=service_pk)
        dialogue.ouvrir.connect(self.ouvrir_evaluation)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    # --- séances, stratégies, réglages de la 1B ------------------------------------------
    def strategies(self):
        from gesserv_bureau.interface.etat_vide import inviter_strategies
        from gesserv_bureau.interface.strategie.fenetre_strategie import DialogueStrategies

        dialogue = DialogueStrategies(self.base, self.langue, self.controleur.exercice, self)
        inviter_strategies(dialogue)   # ce qu'une liste encore vide dit de faire
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def ponderation_1b(self):
        """La pondération facultative que le ministère se donne pour l'outil 1B."""
        from gesserv_bureau.interface.dialogue_ponderation_1b import DialoguePonderation1B

        dialogue = DialoguePonderation1B(self.base, self.langue, self)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def criteres_1b(self):
        """Les autres critères du ministère pour l'outil 1B."""
        from gesserv_bureau.interface.dialogue_criteres_1b import DialogueCriteres1B

        dialogue = DialogueCriteres1B(self.base, self.langue, self)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def seance_examen(self):
        from gesserv_bureau.interface.seances.preparation import DialogueSeances

        dialogue = DialogueSeances(self.base, self.langue, self.controleur.exercice, self)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def suivre_seance_en_direct(self):
        """Évaluations › Suivre une séance en direct… (sur une copie du répertoire ministériel)."""
        from gesserv_bureau.interface.seances import suivi

        return suivi.choisir_et_suivre(self, self.base, self.langue)
