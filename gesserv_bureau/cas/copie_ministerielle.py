"""Une copie du répertoire ministériel (emportée hors ligne, ou celle que le poste garde pour la
fenêtre) : ses fiches se changent et se renvoient; les réglages du ministère, non — le renvoi ne
les envoie pas et les remplace par ceux du serveur. Les cas d'utilisation qui les changent le
refusent donc ici (:class:`~gesserv_bureau.stockage.erreurs.ReglageDuServeur`), avant d'écrire."""

from __future__ import annotations

from gesserv_bureau.stockage.erreurs import ReglageDuServeur
from gesserv_bureau.stockage.serveur.adresse import emportee_de


def refuser_reglage(base, reglage: str) -> None:
    """:raises ReglageDuServeur: ``base`` est une copie du répertoire ministériel."""
    if emportee_de(base.conn) is not None:
        raise ReglageDuServeur(getattr(base, "chemin", None), reglage)
