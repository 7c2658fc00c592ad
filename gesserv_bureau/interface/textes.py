"""Textes d'interface partagés par plusieurs vues (module léger : lu au démarrage)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

STYLE_INVITE = "color: #4a4a4a; font-size: 11pt;"
STYLE_BANDEAU = "background: #fff4e5; color: #5b3000; padding: 6px; border-radius: 3px;"   # un avertissement


def invite_formulaire() -> str:
    """L'invitation montrée à la place du formulaire quand aucun service n'est choisi."""
    return QCoreApplication.translate(
        "Textes",
        "Choisissez un service dans la table pour voir et modifier ses 18 éléments, ou "
        "ajoutez-en un (Ctrl+N). Chaque saisie est enregistrée aussitôt.",
    )


class Retraduisible:
    """À mettre avant la classe Qt (``class Vue(Retraduisible, QWidget)``) : la vue refait ses
    textes quand la langue change (``retraduire``), et ``changer_langue`` change la langue des
    données qu'elle affiche (libellés du référentiel, nombres) avant de les refaire."""

    langue = "fr"

    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.retraduire()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retraduire()
        super().changeEvent(event)

    def retraduire(self) -> None:   # à redéfinir
        pass


def remplir(modele: str, *valeurs) -> str:
    """``%1``, ``%2``… remplacés en une passe, comme ``QString::arg`` : un texte de
    l'utilisateur qui contient lui-même « %2 » reste tel quel."""
    return re.sub(r"%(\d)", lambda m: str(valeurs[int(m[1]) - 1]) if 0 < int(m[1]) <= len(valeurs) else m[0], modele)
