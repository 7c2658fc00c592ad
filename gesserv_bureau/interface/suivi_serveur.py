"""Les changements des autres, en direct, dans une fenêtre ouverte sur une copie du répertoire
ministériel : un fil écoute le serveur (``NOTIFY gesserv``, ``cas.hors_ligne.ecouter``) et compte
les fiches de la copie que d'autres ont changées ou supprimées depuis le dernier renvoi, et celles
qu'ils y ont ajoutées (une évaluation d'un de ses services, un service d'un de ses secteurs, une
séance : ``cas.hors_ligne.Interets``); la barre
d'état le montre dans la seconde (« Changements sur le serveur : 3 — Recevoir »), et un clic les
fait recevoir (Fichier › Renvoyer au serveur ministériel). Rien n'est reçu sans qu'on le demande :
une fiche ne change jamais sous les yeux de qui la saisit.

Sans saisie de mot de passe (celui de l'ouverture n'est gardé nulle part), l'écoute n'a que ce que
libpq trouve (``PGPASSFILE``, Kerberos…); sinon, ou si le serveur ne répond plus, il n'y a pas
d'avis en direct, et rien d'autre ne change."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

JOURNAL = logging.getLogger(__name__)
ATTENTE_S = 0.25           # un avis est vu au plus un quart de seconde après son arrivée


class SuiviServeur(QObject):
    """``changements(n)`` : n fiches de la copie changées sur le serveur par d'autres depuis le
    dernier :meth:`recommencer` (émis depuis le fil d'écoute : reçu dans celui de la fenêtre)."""

    changements = Signal(int)

    def __init__(self, adresse: str, connexion: str | None, fiches, parent=None):
        super().__init__(parent)
        self._adresse = adresse
        self._connexion = connexion
        self._fiches = fiches
        self._changees: dict = {}         # (table, clé) -> la révision annoncée
        self._connues: dict = {}          # (table, clé) -> la révision que la copie a déjà (reçue en direct)
        self._verrou = threading.Lock()
        self._arret = threading.Event()
        self._fil = threading.Thread(target=self._ecouter, name="gesserv-avis", daemon=True)
        self.ecoute = threading.Event()      # posé une fois l'écoute en place (les essais l'attendent)

    def demarrer(self) -> None:
        self._fil.start()

    def arreter(self) -> None:
        self._arret.set()
        if self._fil.is_alive():
            self._fil.join(timeout=2 * ATTENTE_S + 1)

    def recommencer(self, fiches) -> None:
        """Après un renvoi : la copie est à jour; les fiches qu'elle a maintenant."""
        with self._verrou:
            self._fiches = fiches
            self._changees.clear()
            self._connues.clear()
        self.changements.emit(0)

    def oublier(self, revisions: dict) -> None:
        """La copie a déjà ces fiches à ces révisions (``(table, clé) -> révision``, reçues en direct
        par la séance ou l'évaluation ouverte) : elles ne sont plus à recevoir."""
        with self._verrou:
            for cle, revision in revisions.items():
                if revision is not None and revision > self._connues.get(cle, -1):
                    self._connues[cle] = revision
            avant = len(self._changees)
            self._changees = {cle: r for cle, r in self._changees.items()
                              if r is None or r > self._connues.get(cle, -1)}
            n = len(self._changees)
        if n != avant:
            self.changements.emit(n)

    def _ecouter(self) -> None:
        from gesserv_bureau.cas import hors_ligne
        from gesserv_bureau.stockage.erreurs import ErreurStockage

        try:
            ecouteur = hors_ligne.ecouter(self._adresse)
        except ErreurStockage as exc:      # un mot de passe à saisir, le serveur injoignable
            JOURNAL.info("pas d'avis en direct de %s : %s", self._adresse, exc)
            return
        self.ecoute.set()
        with ecouteur:
            while not self._arret.is_set():
                try:
                    recus = ecouteur.attendre(ATTENTE_S)
                except ErreurStockage as exc:
                    JOURNAL.info("avis en direct interrompus : %s", exc)
                    return
                nouveau = False
                with self._verrou:
                    for a in recus:
                        cle = (a.table, a.pk)
                        deja = a.revision is not None and a.revision <= self._connues.get(cle, -1)
                        if a.connexion != self._connexion and cle not in self._changees and not deja and \
                                self._fiches.touche(a.table, a.operation, a.pk, a.service, a.secteur):
                            self._changees[cle] = a.revision
                            nouveau = True
                    n = len(self._changees)
                if nouveau and not self._arret.is_set():
                    self.changements.emit(n)
