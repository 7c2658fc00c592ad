"""Les langues de l'application : le français est la langue source, l'anglais est traduit.

Deux traducteurs Qt : celui de l'application (``traductions/gesserv_en.qm``) et celui de Qt
(``qtbase_fr.qm``) pour que les boutons de Qt (Suivant, Précédent, Annuler) soient en français.
Ce module n'importe que QtCore : la ligne de commande s'en sert sans interface graphique.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from gesserv_bureau import qt_demarrage

qt_demarrage.installer()     # le premier import de PySide6 : avant que les autres modules suivent

from gesserv_bureau.chemins import dossier_traductions, fichier_preferences  # noqa: E402

if TYPE_CHECKING:
    from gesserv_bureau.referentiel.messages_systeme import DetailSysteme

LANGUES = ("fr", "en")
LANGUE_SOURCE = "fr"


def preferences() -> QSettings:
    return QSettings(str(fichier_preferences()), QSettings.Format.IniFormat)


def probleme_d_ecriture(reglages: QSettings) -> DetailSysteme | None:
    """Après ``sync()`` : ``None`` si le fichier des préférences a bien été écrit, sinon ce qui
    l'en a empêché (accès refusé, format illisible), dit dans la langue du message."""
    statut = reglages.status()
    if statut == QSettings.Status.NoError:
        return None
    from gesserv_bureau.referentiel.messages_systeme import DetailSysteme   # 1,6 ms : pas au démarrage

    return DetailSysteme(errno.EACCES if statut == QSettings.Status.AccessError else "FORMAT_ILLISIBLE")


def langue_enregistree() -> str | None:
    valeur = preferences().value("interface/langue")
    return valeur if valeur in LANGUES else None


def enregistrer_langue(langue: str) -> None:
    reglages = preferences()
    reglages.setValue("interface/langue", langue)
    reglages.sync()


def langue_systeme() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        valeur = os.environ.get(variable, "")
        if valeur:
            return "en" if valeur.lower().startswith("en") else "fr"
    import locale   # sans LANG ni LC_* seulement : de 2 à 3 ms (mesurés)

    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "en" if code.lower().startswith("en") else "fr"


def langue_initiale(demandee: str | None = None) -> str:
    """L'option ``--langue``, puis ``GESSERV_LANGUE``, puis la préférence, puis le système."""
    for candidate in (demandee, os.environ.get("GESSERV_LANGUE"), langue_enregistree()):
        if candidate in LANGUES:
            return candidate
    return langue_systeme()


def fichier_qm(langue: str) -> Path:
    return dossier_traductions() / f"gesserv_{langue}.qm"


class TraducteurPseudo(QTranslator):
    """Pseudo-traduction (``GESSERV_PSEUDO=1``) : chaque texte allongé de 40 % et encadré, pour
    repérer à l'œil un libellé coupé ou écrit en dur (il resterait sans cadre)."""

    def translate(self, contexte, texte, desambiguisation=None, n=-1):  # noqa: N802 (API Qt)
        if not texte:
            return texte
        return f"⟦{texte}{'·' * max(2, len(texte) * 2 // 5)}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 (API Qt)
        return False


class Traductions:
    """Les traducteurs d'une langue; :meth:`installer` les pose sur l'application Qt."""

    def __init__(self, langue: str):
        self.langue = langue if langue in LANGUES else LANGUE_SOURCE
        self.application = TraducteurPseudo() if os.environ.get("GESSERV_PSEUDO") else QTranslator()
        self.qt = QTranslator()
        if isinstance(self.application, TraducteurPseudo):
            pass
        elif self.langue != LANGUE_SOURCE:
            self.application.load(str(fichier_qm(self.langue)))
        else:
            chemin_qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self.qt.load(QLocale(QLocale.Language.French), "qtbase", "_", chemin_qt)

    def traduire(self, contexte: str, texte: str) -> str:
        """Sans application Qt (ligne de commande) : traduit directement."""
        if self.langue == LANGUE_SOURCE and not isinstance(self.application, TraducteurPseudo):
            return texte
        return self.application.translate(contexte, texte) or texte

    def installer(self) -> None:
        app = QCoreApplication.instance()
        for traducteur in (self.application, self.qt):
            if not traducteur.isEmpty():
                app.installTranslator(traducteur)

    def retirer(self) -> None:
        app = QCoreApplication.instance()
        for traducteur in (self.application, self.qt):
            app.removeTranslator(traducteur)
