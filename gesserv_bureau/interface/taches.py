"""Le travail lent hors du fil de l'interface, avec un rappel en cas de succès ou d'échec.

    lancer(proprietaire, fonction, succes=..., echec=...)

``fonction`` tourne dans un fil de travail; ``succes(resultat)`` ou ``echec(exception)``
sont appelés ensuite dans le fil de l'interface, tant que ``proprietaire`` (un QObject, la
fenêtre) existe encore. La fonction ne touche à aucun widget.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class _Signaux(QObject):
    fini = Signal(object)
    echoue = Signal(object)


# Des fils Python plutôt qu'un QRunnable dérivé en Python : avec PySide6 6.12 sous Python 3.11,
# chaque appel de QRunnable.run() surchargé retire une référence de trop à sa valeur de retour
# (None), jusqu'à l'arrêt brutal de l'interpréteur à sa sortie. Le signal émis depuis le fil
# de travail est remis dans le fil de l'interface par Qt (connexion en file d'attente).
_EXECUTEUR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="gesserv-tache")
_FUTURS: set = set()


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
    futur = _EXECUTEUR.submit(_executer, fonction, signaux)
    _FUTURS.add(futur)
    futur.add_done_callback(_FUTURS.discard)


def attendre_toutes(delai_ms: int = 5000) -> bool:
    """Attend la fin des tâches (à la fermeture, et dans les tests)."""
    _fini, en_cours = wait(list(_FUTURS), timeout=delai_ms / 1000)
    return not en_cours
