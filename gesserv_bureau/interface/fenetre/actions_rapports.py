"""Les rapports de la fenêtre principale : l'aperçu d'un rapport PDF (enregistrer, imprimer,
signer), signer ou vérifier un PDF, les certificats de signature (Outils › Certificats…), le
registre des rapports exportés et signés."""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.interface.fenetre.commun import detruire_a_la_fermeture


class ActionsRapports:
    """Les commandes des rapports de ``FenetrePrincipale`` (à mettre avant ``QMainWindow``)."""

    def rapport(self, type_: str, cle: str | None = None, exercice: str | None = None):
        """L'aperçu d'un rapport PDF, puis enregistrer, imprimer ou signer."""
        from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

        self.controleur.enregistrer_maintenant()
        dialogue = DialogueRapport(self.base, type_, self.langue, self, cle=cle, exercice=exercice)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def signer_pdf(self, source: Path | None = None):
        from gesserv_bureau.interface.dialogue_signature import DialogueSignature

        dialogue = DialogueSignature(self.base, self.langue, self, source=source)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def verifier_pdf(self, fichier: Path | None = None):
        from gesserv_bureau.interface.dialogue_signature import DialogueVerification

        dialogue = DialogueVerification(self.langue, self, fichier=fichier)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def certificats(self):
        """Créer les certificats de signature, exporter un certificat public, gérer les racines
        de confiance (ce que font ``gesserv-bureau certificat`` et ``confiance``)."""
        from gesserv_bureau.interface.dialogue_certificats import DialogueCertificats

        dialogue = DialogueCertificats(self.langue, self)
        detruire_a_la_fermeture(dialogue)
        dialogue.show()
        return dialogue

    def rapport_inventaire(self):
        return self.rapport("inventaire", exercice=self.controleur.exercice)

    def rapport_normes(self):
        """Les normes de service et le rendement de l'exercice affiché (2.7, tableau 8)."""
        return self.rapport("normes", exercice=self.controleur.exercice)

    def afficher_registre(self):
        """Le registre des rapports : celui du répertoire ministériel dans une copie (lu sur le serveur,
        et montré quand il arrive : rien n'est rendu), celui de la base sinon (le dialogue est rendu)."""
        from gesserv_bureau.cas import historique_ministere, production_rapports
        from gesserv_bureau.interface import dialogues

        montres = []

        def montrer(rapports, note):
            dialogue = dialogues.DialogueRegistreRapports(rapports, self, note)
            detruire_a_la_fermeture(dialogue)
            dialogue.show()
            montres.append(dialogue)

        langue = self.langue

        def avec_ceux_du_poste(rapports, serveur):      # (dans le fil de la fenêtre : la base du poste y est lue)
            a_inscrire = historique_ministere.pas_encore_inscrits(self.base, serveur.connexion, langue)
            return a_inscrire + rapports, len(a_inscrire)

        self.lire_historique(lambda serveur: historique_ministere.registre(serveur, langue),
                             lambda: production_rapports.registre(self.base), montrer, avec_ceux_du_poste)
        return montres[0] if montres else None
