"""Ce que les morceaux de la fenêtre principale partagent."""

from __future__ import annotations


def texte_erreur_stockage(exc: BaseException) -> str:
    """Le message clair d'une erreur de stockage, dans la langue de l'interface."""
    from PySide6.QtCore import QCoreApplication

    from gesserv_bureau.messages_erreur import texte_erreur

    return texte_erreur(exc, QCoreApplication.translate) or str(exc)


def detruire_a_la_fermeture(fenetre) -> None:
    """Une fenêtre ou un dialogue ouvert depuis la fenêtre principale, détruit à sa fermeture."""
    from PySide6.QtCore import Qt   # pas au chargement du module : voir valeurs_qt

    fenetre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
