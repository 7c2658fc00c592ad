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
    """Les marques ``%1``, ``%2``… d'un texte traduit remplacées en une passe, comme
    ``QString::arg`` : une valeur qui contient elle-même « %2 » reste telle quelle."""
    return re.sub(r"%(\d)", lambda m: str(valeurs[int(m[1]) - 1]) if 0 < int(m[1]) <= len(valeurs) else m[0], modele)


# --- le texte de l'utilisateur, tel quel -------------------------------------------------------
# QLabel, QMessageBox et les infobulles devinent le format (Qt::AutoText) : un nom de service
# comme « <b style="font-size:40px">X</b> » s'afficherait en très grand, avec ses liens. Ce qui
# vient de l'utilisateur (noms, sujets, réponses, participants, titres, fichiers) se montre
# tel quel; une étiquette qui veut du texte riche le dit (RichText) et échappe ce qu'elle y met
# de l'utilisateur (html.escape).
def texte_brut(*etiquettes):
    """Ces étiquettes montrent leur texte tel quel (sans toucher aux énumérations de Qt, que la
    fenêtre principale évite avant son premier affichage : voir ``valeurs_qt``)."""
    for etiquette in etiquettes:
        etiquette.setProperty("textFormat", "PlainText")
    return etiquettes[0] if len(etiquettes) == 1 else etiquettes


def tout_en_texte_brut(widget) -> None:
    """Chaque QLabel du widget qui devine encore son format montre désormais son texte tel
    quel; celles qui ont demandé le texte riche le gardent."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    for etiquette in ([widget] if isinstance(widget, QLabel) else []) + widget.findChildren(QLabel):
        if etiquette.textFormat() == Qt.TextFormat.AutoText:
            etiquette.setTextFormat(Qt.TextFormat.PlainText)


def en_clair(texte: str) -> str:
    """Pour une boîte de message ou une infobulle, qui devinent le format : le texte tel quel,
    même s'il ressemble à du HTML (alors échappé dans un paragraphe)."""
    from PySide6.QtGui import Qt

    return Qt.convertFromPlainText(texte) if Qt.mightBeRichText(texte) else texte


def locale_de(langue: str):
    """La locale Qt de la langue de l'interface (français ou anglais du Canada) : la virgule
    décimale des champs numériques en français."""
    from PySide6.QtCore import QLocale

    if langue == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.Canada)
    return QLocale(QLocale.Language.French, QLocale.Country.Canada)
