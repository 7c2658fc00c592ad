"""Le guide du premier lancement : quand le montrer, et « ne plus montrer ».

Le guide s'ouvre de lui-même sur un répertoire encore vide (aucun exercice dans la base : elle
vient d'être créée, ou rien n'y a jamais été mis), tant que la personne n'a pas demandé de ne
plus le voir. Il se rouvre toujours par Aide › Guide de démarrage. Le choix est gardé dans les
préférences de l'utilisateur (``langue.preferences()``), comme le profil : il décrit la personne
devant ce poste, pas la base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gesserv_bureau.cas import repertoire

if TYPE_CHECKING:
    from gesserv_bureau.stockage.base import Base

_VU = "guide/ne_plus_montrer"


def _reglages():
    from gesserv_bureau.langue import preferences

    return preferences()


def ne_plus_montrer() -> bool:
    """Vrai si la personne a demandé de ne plus voir le guide au démarrage."""
    return str(_reglages().value(_VU, "false")).lower() in ("true", "1")


def retenir(ne_plus: bool) -> None:
    """Garde le choix « ne plus montrer au démarrage » (ou l'annule)."""
    reglages = _reglages()
    reglages.setValue(_VU, bool(ne_plus))
    reglages.sync()


def a_montrer(base: Base) -> bool:
    """Au démarrage : le répertoire est vide (aucun exercice) et le guide n'a pas été écarté."""
    return not ne_plus_montrer() and not repertoire.exercices_connus(base)


__all__ = ["a_montrer", "ne_plus_montrer", "retenir"]
