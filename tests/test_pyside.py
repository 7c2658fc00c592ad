"""Garde-fou : la version de PySide6 installée ne corrompt pas les compteurs de références.

PySide6 6.12.0, sous Python 3.11, retire une référence à ``True`` à chaque ``Signal.emit()``
(et une à ``None`` à chaque ``QRunnable.run()`` surchargé) : après quelques milliers de
saisies, l'interpréteur s'arrête brutalement (« bool_dealloc »). pyproject.toml l'exclut;
ce test échoue si une version fautive revient.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emetteur(QObject):
    signal = Signal(object)


def test_emettre_un_signal_ne_vole_pas_de_reference_a_true(qapp):
    emetteur = _Emetteur()
    recus = []
    emetteur.signal.connect(recus.append)
    avant = sys.getrefcount(True)
    for i in range(200):
        emetteur.signal.emit(i)
    assert len(recus) == 200
    assert sys.getrefcount(True) - avant >= 0
