"""Le travail lent hors du fil de l'interface, avec un rappel en cas de succès ou d'échec.

    lancer(proprietaire, fonction, succes=..., echec=...)

``fonction`` tourne dans un fil de travail; ``succes(resultat)`` ou ``echec(exception)``
sont appelés ensuite dans le fil de l'interface, tant que ``proprietaire`` (un QObject, la
fenêtre) existe encore. La fonction ne touche à aucun widget.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class _Signaux(QObject):
    fini = Signal(object)
    echoue = Signal(object)


# Des fils Python plutôt qu'un QRunnable dérivé en Python : avec PySide6 6.12 sous Python 3.11,
# chaque appel de QRunnable.run() surchargé retire une référence de trop à sa valeur de retour
# (None), jusqu'à l'arrêt brutal de l'interpréteur à sa sortie. Le signal émis depuis le fil
# de travail est remis dans le fil de l'interface par Qt (connexion en file d'attente).
_FILS: set[threading.Thread] = set()


def _executer(fonction: Callable[[], Any], signaux: "_Signaux") -> None:
    try:
        resultat = fonction()
    except BaseException as exc:  # transmis tel quel au fil de l'interface
        signal, valeur = signaux.echoue, exc
    else:
        signal, valeur = signaux.fini, resultat
    try:
        signal.emit(valeur)
    except RuntimeError:
        pass  # l'application se ferme : plus personne à prévenir


class _Recepteur(QObject):
    """Reçoit le résultat dans le fil de l'interface. Enfant du propriétaire : si celui-ci est
    détruit (fenêtre fermée) avant la fin de la tâche, le rappel n'a tout simplement pas lieu."""

    def __init__(self, proprietaire: QObject, succes, echec):
        super().__init__(proprietaire)
        self._succes = succes
        self._echec = echec

    @Slot(object)
    def fini(self, resultat) -> None:
        self.deleteLater()
        if self._succes:
            self._succes(resultat)

    @Slot(object)
    def echoue(self, exc) -> None:
        self.deleteLater()
        if self._echec:
            self._echec(exc)
        else:
            raise exc


_EN_COURS: set[_Signaux] = set()

# Le travail de fond qui suit l'ouverture (lecture des 20 000 lignes, contrôle d'intégrité)
# part un court instant après : la fenêtre se dessine d'abord, sans partager le processeur.
APRES_AFFICHAGE_MS = 80


def lancer(
    proprietaire: QObject,
    fonction: Callable[[], Any],
    succes: Callable[[Any], None] | None = None,
    echec: Callable[[BaseException], None] | None = None,
) -> None:
    signaux = _Signaux()
    _EN_COURS.add(signaux)  # garde l'objet des signaux vivant jusqu'au rappel
    recepteur = _Recepteur(proprietaire, succes, echec)
    signaux.fini.connect(recepteur.fini)
    signaux.echoue.connect(recepteur.echoue)
    signaux.fini.connect(lambda _r: _EN_COURS.discard(signaux))
    signaux.echoue.connect(lambda _e: _EN_COURS.discard(signaux))
    fil = threading.Thread(target=_executer, args=(fonction, signaux), name="gesserv-tache", daemon=True)
    _FILS.add(fil)
    fil.start()


def attendre_toutes(delai_ms: int = 5000) -> bool:
    """Attend la fin des tâches (à la fermeture, et dans les tests)."""
    limite = time.monotonic() + delai_ms / 1000
    for fil in list(_FILS):
        fil.join(max(0.0, limite - time.monotonic()))
        if not fil.is_alive():
            _FILS.discard(fil)
    return not _FILS
