"""Deux personnes dans la même évaluation (mode ministère, point 4) : quand la fenêtre d'une
évaluation travaille sur une copie du répertoire ministériel, chaque réponse enregistrée part au
serveur dans la seconde, et celles que les autres y enregistrent arrivent d'elles-mêmes — le
serveur les annonce (``NOTIFY``), la fenêtre se synchronise (``cas.seance_en_direct.
synchroniser_evaluation`` : fusion réponse par réponse) et les montre, sans toucher au champ où
l'on tape (ce qu'on y a tapé est déjà dans la copie, et la fusion le garde). Ce qui se croise
attend le renvoi, où il est tranché, les deux valeurs sous les yeux."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal

from gesserv_bureau.interface.en_direct import EcouteServeur, EnvoiEnDirect, connexion_de_la_copie
from gesserv_bureau.stockage.erreurs import ErreurStockage


class EvaluationEnDirect(QObject):
    """La co-édition de l'évaluation de ``fenetre`` (``assistants.fenetre.FenetreEvaluation``).
    ``etat(texte, ok)`` : ce qu'il faut montrer; ``recue()`` : des réponses d'autres sont arrivées
    (l'assistant les montre déjà)."""

    etat = Signal(str, bool)
    recue = Signal()

    def __init__(self, serveur, fenetre, parent=None):
        super().__init__(parent)
        from gesserv_bureau.cas import seance_en_direct

        self.fenetre = fenetre
        self.auteurs: set[str] = set()        # qui a enregistré ce qui vient d'arriver
        self.envoi = EnvoiEnDirect(serveur, fenetre.base, "evaluation", fenetre.assistant.ev.pk,
                                   seance_en_direct.synchroniser_evaluation,
                                   QCoreApplication.translate("EnvoiEnDirect", "En direct : vos réponses partent au "
                                                              "serveur et celles des autres arrivent ici (à jour à %1)."),
                                   self)
        self.envoi.etat.connect(self.etat)
        self.envoi.synchro.connect(self._synchronisee)
        self.envoi.cles_changees.connect(self._cles)
        fenetre.assistant.enregistre.connect(self.envoi.signaler)
        fenetre.assistant.termine.connect(self.envoi.signaler)
        self._bientot = QTimer(self)         # des avis qui se suivent : une seule synchronisation
        self._bientot.setSingleShot(True)
        self._bientot.setInterval(50)
        self._bientot.timeout.connect(self.envoi.envoyer)
        self.ecoute = EcouteServeur.du_serveur(serveur, self._concerne, self) if serveur is not None else None
        if self.ecoute is not None:
            self.ecoute.avis.connect(self._avis)
            self.ecoute.demarrer()
        if serveur is None:
            self.envoi.sans_connexion()
        else:
            self.envoi.envoyer()             # ce que la copie a de nouveau, et ce que le serveur a reçu depuis

    def _concerne(self, avis) -> bool:
        return avis.table == "evaluation" and avis.pk == self.envoi.pk

    def _avis(self, connexion: str) -> None:
        if self.envoi.serveur is not None and connexion != self.envoi.serveur.connexion:
            self.auteurs.add(connexion)
        self._bientot.start()

    def _cles(self, cles: dict) -> None:
        ev = self.fenetre.assistant.ev
        ev.pk = cles.get("evaluation", {}).get(ev.pk, ev.pk)

    def _synchronisee(self, s) -> None:
        from gesserv_bureau.cas import evaluer

        a = self.fenetre.assistant
        if self.envoi.pk in s.supprimees:
            self.etat.emit(QCoreApplication.translate(
                "EnvoiEnDirect", "Cette évaluation a été supprimée sur le serveur par une autre personne; elle n'est "
                "plus dans votre copie. Fermez la fenêtre."), False)
            a.setEnabled(False)
            return
        if not s.recue:
            return
        try:
            frais = evaluer.charger(self.fenetre.base, self.envoi.pk)
        except ErreurStockage:
            return
        if frais is None:
            return
        for champ in dataclasses.fields(frais):        # le même objet : la fenêtre et la liste le tiennent
            setattr(a.ev, champ.name, getattr(frais, champ.name))
        a.remontrer()
        heure = QTime.currentTime().toString("HH:mm:ss")
        if self.auteurs:
            texte = QCoreApplication.translate("EnvoiEnDirect", "Réponses de %1 reçues à %2 : elles sont à l'écran.") \
                .replace("%1", ", ".join(sorted(self.auteurs))).replace("%2", heure)
        else:       # reçues avec son propre envoi, avant l'avis qui aurait dit de qui
            texte = QCoreApplication.translate("EnvoiEnDirect", "Réponses d'autres personnes reçues à %1 : elles sont à "
                                                                "l'écran.").replace("%1", heure)
        self.auteurs.clear()
        self.etat.emit(texte, True)
        self.recue.emit()

    def arreter(self) -> None:
        if self.ecoute is not None:
            self.ecoute.arreter()
        self.envoi.arreter()


def brancher(fenetre) -> EvaluationEnDirect | None:
    """La co-édition en direct si la fenêtre travaille sur une copie du répertoire ministériel."""
    from gesserv_bureau.stockage.serveur.adresse import emportee_de

    if emportee_de(fenetre.base.conn) is None or fenetre.assistant.ev.pk is None:
        return None
    return EvaluationEnDirect(connexion_de_la_copie(fenetre, fenetre.base), fenetre, fenetre)
