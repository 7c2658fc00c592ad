"""PySide6 sans relecture des sources à chaque import (le démarrage de la fenêtre).

À chaque module importé après lui, PySide6 relit le texte source entier du module
(``shibokensupport.feature._mod_uses_pyside`` : ``inspect.getsource``, PYSIDE-2029) pour savoir
s'il contient « PySide6 », donc si ``from __feature__ import snake_case`` pourrait s'y
appliquer. L'application importe environ 70 modules avant sa première fenêtre : 7 à 8 ms de
démarrage passées à relire des fichiers (``tests/banc_essai.py``). Ni l'application ni ses
dépendances n'utilisent ``__feature__`` : chaque module est tenu pour un module qui se sert de
PySide6 (sélection 0 : aucune fonctionnalité, le comportement ordinaire de Qt), sans lire sa
source. Une version de PySide6 qui n'a plus cette fonction n'est pas touchée.
"""

from __future__ import annotations

import sys


def installer() -> bool:
    """Remplacer la relecture des sources; vrai si c'est fait (PySide6 déjà importé)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _se_sert_de_pyside
    return True


def _se_sert_de_pyside(module) -> bool:
    return True
