"""Le menu Aide de la fenêtre principale : l'aide de l'écran courant (F1), le guide de
démarrage (et son ouverture au premier lancement), la démonstration que le guide propose."""

from __future__ import annotations

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.fenetre.commun import detruire_a_la_fermeture, texte_erreur_stockage
from gesserv_bureau.stockage.erreurs import ErreurStockage


class ActionsAide:
    """Les commandes d'aide de ``FenetrePrincipale`` (à mettre avant ``QMainWindow``)."""

    def page_aide(self) -> str:
        """La page d'aide de ce qu'on a sous les yeux : l'onglet, et dans le répertoire, le
        formulaire du service si le curseur y est."""
        from PySide6.QtWidgets import QApplication

        onglet = self.onglets.currentIndex()
        if onglet == 1:
            return "qualite"
        if onglet == 2:
            return "tableau-de-bord"
        focus = QApplication.focusWidget()
        if self._formulaire is not None and focus is not None and self._formulaire.isAncestorOf(focus):
            return "formulaire-service"
        return "repertoire"

    def aide_ecran(self):
        """Aide › Aide de cet écran (F1)."""
        from gesserv_bureau.interface import aide

        return aide.aide_de(self)

    def guide_demarrage(self):
        """Aide › Guide de démarrage : le profil, par où commencer, la première 1A."""
        from gesserv_bureau.interface.guide_demarrage import GuideDemarrage

        for ouvert in self.findChildren(GuideDemarrage):
            if ouvert.isVisible():
                ouvert.raise_()
                ouvert.activateWindow()
                return ouvert
        guide = GuideDemarrage(self, self.langue)
        detruire_a_la_fermeture(guide)
        guide.show()
        return guide

    def accueillir(self):
        """Au lancement, une fois la fenêtre dessinée : sur un répertoire vide, le guide de
        démarrage (sauf « ne plus montrer »), qui commence par le profil; sinon, au premier
        lancement, le dialogue du profil seul (``proposer_profil``)."""
        from gesserv_bureau.cas import guide_demarrage

        if self._fermee:
            return None
        if not self.base.lecture_seule and guide_demarrage.a_montrer(self.base):
            return self.guide_demarrage()
        return self.proposer_profil()

    def charger_demonstration(self) -> int | None:
        """Le répertoire de démonstration (10 services, les exemples de l'annexe 1A), puis la
        table sur son exercice. Le nombre de services ajoutés (0 : déjà là); ``None`` si
        l'écriture a échoué (l'erreur est montrée)."""
        from gesserv_bureau.cas import demonstration

        if not self.controleur.enregistrer_maintenant():
            return None
        try:
            n = repertoire.charger_demo(self.base)
        except ErreurStockage as exc:
            self._erreur(texte_erreur_stockage(exc))
            return None
        self.controleur.pile.clear()
        self.controleur.charger_exercice(demonstration.EXERCICE_DEMO)
        self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)
        self.statusBar().showMessage(
            self.tr("Démonstration chargée : %1 services (exercice %2).").replace("%1", str(n))
            .replace("%2", demonstration.EXERCICE_DEMO), 10000)
        return n
