"""Les changements des autres, en direct, dans une fenêtre ouverte sur une copie du répertoire
ministériel : un fil écoute le serveur (``NOTIFY gesserv``, ``cas.hors_ligne.ecouter``) et compte
les fiches de la copie que d'autres ont changées ou supprimées depuis le dernier renvoi, et celles
qu'ils y ont ajoutées (une évaluation d'un de ses services, un service d'un de ses secteurs, une
séance : ``cas.hors_ligne.Interets``); la barre
d'état le montre dans la seconde (« Changements sur le serveur : 3 — Recevoir »), et un clic les
fait recevoir (Fichier › Renvoyer au serveur ministériel). Hors de la séance et de l'évaluation
ouvertes, qui se synchronisent en direct (``en_direct``), rien n'est reçu sans qu'on le demande; ce
qu'elles ont déjà reçu n'est plus compté (:meth:`SuiviServeur.oublier`).

Sans saisie de mot de passe (celui de l'ouverture n'est gardé nulle part), l'écoute n'a que ce que
libpq trouve (``PGPASSFILE``, Kerberos…); sinon, ou si le serveur ne répond plus, il n'y a pas
d'avis en direct, et rien d'autre ne change."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from gesserv_bureau.interface.en_direct import EcouteServeur


class SuiviServeur(QObject):
    """``changements(n)`` : n fiches de la copie changées sur le serveur par d'autres depuis le
    dernier :meth:`recommencer` (comptées dans le fil d'écoute, dites dans celui de la fenêtre)."""

    changements = Signal(int)

    def __init__(self, adresse: str, connexion: str | None, fiches, parent=None):
        super().__init__(parent)
        from gesserv_bureau.cas import hors_ligne

        self._connexion = connexion
        self._fiches = fiches
        self._changees: dict = {}         # (table, clé) -> la révision annoncée
        self._connues: dict = {}          # (table, clé) -> la révision que la copie a déjà (reçue en direct)
        self._verrou = threading.Lock()
        # l'écoute avec ce que libpq trouve (jamais le mot de passe de l'ouverture, gardé nulle part)
        self._ecoute = EcouteServeur(lambda: hors_ligne.ecouter(adresse), self._compter, self, nom="gesserv-avis")
        self._ecoute.avis.connect(self._avis)       # (une méthode : reçu dans le fil de la fenêtre)
        self.ecoute = self._ecoute.ecoute   # posé une fois l'écoute en place (les essais l'attendent)

    def demarrer(self) -> None:
        self._ecoute.demarrer()

    def arreter(self) -> None:
        self._ecoute.arreter()

    def _avis(self, _qui: str) -> None:
        with self._verrou:
            n = len(self._changees)
        self.changements.emit(n)

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

    def _compter(self, a) -> bool:
        """Dans le fil d'écoute : l'avis ``a`` ajoute-t-il une fiche à recevoir ?"""
        cle = (a.table, a.pk)
        with self._verrou:
            deja = a.revision is not None and a.revision <= self._connues.get(cle, -1)
            if a.connexion == self._connexion or cle in self._changees or deja or \
                    not self._fiches.touche(a.table, a.operation, a.pk, a.service, a.secteur):
                return False
            self._changees[cle] = a.revision
            return True
