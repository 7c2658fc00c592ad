"""Le texte des erreurs du stockage, dans la langue de l'utilisateur : ce qui ne va pas et
ce qu'il faut faire. ``traduire(contexte, texte)`` vient de Qt (interface) ou de
:class:`~gesserv_bureau.langue.Traductions` (ligne de commande)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gesserv_bureau.stockage.erreurs import (
    BaseDejaOuverte,
    BaseEndommagee,
    BaseInaccessible,
    BaseLectureSeule,
    BaseOccupee,
    BaseVersionFuture,
    DisquePlein,
)

Traduire = Callable[[str, str], str]
CONTEXTE = "Erreurs"

_ENDOMMAGEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} est endommagé : le contrôle d'intégrité a échoué ({detail}). "
    "Rien n'y a été écrit.",
)
_ENDOMMAGEE_COPIE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La dernière copie de sécurité intacte date du {date} ({copies} copie(s) intacte(s)). "
    "Vous pouvez la restaurer : le fichier endommagé sera gardé à côté, renommé.",
)
_ENDOMMAGEE_SANS_COPIE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Aucune copie de sécurité intacte n'a été trouvée. Ouvrez un autre fichier ou créez-en un nouveau.",
)
_VERSION = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} a été créé par une version plus récente de gesserv-bureau (schéma {version}, "
    "cette version connaît le schéma {connue}). Il n'a pas été modifié. Mettez l'application à jour "
    "pour l'ouvrir.",
)
_DEJA_OUVERTE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} est déjà ouvert par une autre instance de gesserv-bureau ({qui}). "
    "Fermez-la d'abord : deux fenêtres qui écrivent dans le même répertoire pourraient "
    "s'écraser l'une l'autre.",
)
_LECTURE_SEULE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} est en lecture seule : aucune modification ne pourrait y être enregistrée. "
    "Ouvrez-le en consultation, ou copiez-le dans un dossier où vous avez le droit d'écrire.",
)
_DISQUE_PLEIN = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le disque est plein : la dernière modification n'a pas été enregistrée. Ce que vous avez "
    "saisi reste à l'écran. Libérez de l'espace; l'enregistrement reprendra à la prochaine modification.",
)
_OCCUPEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Un autre programme écrit en ce moment dans {chemin}. Rien n'a été perdu; réessayez dans un instant.",
)
_INACCESSIBLE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Impossible d'ouvrir ou de créer {chemin} ({detail}). Vérifiez que le dossier existe et que "
    "vous avez le droit d'y écrire.",
)


def date_copie(copie: Path) -> str:
    return dt.datetime.fromtimestamp(copie.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def texte_erreur(exc: BaseException, traduire: Traduire) -> str | None:
    """Le message d'une erreur connue du stockage; ``None`` pour une autre erreur."""
    def t(modele: str, **params) -> str:
        return traduire(CONTEXTE, modele).format(**params)

    chemin = getattr(exc, "chemin", "")
    if isinstance(exc, BaseEndommagee):
        texte = t(_ENDOMMAGEE, chemin=chemin, detail=exc.detail)
        if exc.copies:
            return texte + "\n\n" + t(_ENDOMMAGEE_COPIE, date=date_copie(exc.copies[0]), copies=len(exc.copies))
        return texte + "\n\n" + t(_ENDOMMAGEE_SANS_COPIE)
    if isinstance(exc, BaseVersionFuture):
        return t(_VERSION, chemin=chemin, version=exc.version_base, connue=exc.version_connue)
    if isinstance(exc, BaseDejaOuverte):
        return t(_DEJA_OUVERTE, chemin=chemin, qui=exc.proprietaire or "?")
    if isinstance(exc, BaseLectureSeule):
        return t(_LECTURE_SEULE, chemin=chemin)
    if isinstance(exc, DisquePlein):
        return t(_DISQUE_PLEIN)
    if isinstance(exc, BaseOccupee):
        return t(_OCCUPEE, chemin=chemin)
    if isinstance(exc, BaseInaccessible):
        return t(_INACCESSIBLE, chemin=chemin, detail=exc.detail)
    return None
