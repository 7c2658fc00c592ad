"""Ce que la préparation et la projection des séances partagent : l'étape de la séance et
l'état de chaque examen en toutes lettres, la date longue, la langue suivie, le message d'une
erreur, et la mise en place de l'assistant 2A dans une séance (le service fixé, les grands
caractères du projecteur)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton, QWidget

from gesserv_bureau.domaine import seances as regles_seances
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.interface.assistants.assistant_2a import Assistant2A
from gesserv_bureau.interface.textes import STYLE_BANDEAU
from gesserv_bureau.messages_erreur import texte_erreur

FACTEUR_PROJECTEUR = 1.75        # la police de la vue de réunion, par rapport à celle de l'application
CONTEXTE = "SeanceExamen"        # les textes partagés par les deux fenêtres
STYLE_MESSAGE = STYLE_BANDEAU

STATUTS_SEANCE = {
    "preparation": QT_TRANSLATE_NOOP("SeanceExamen", "en préparation"),
    "en_cours": QT_TRANSLATE_NOOP("SeanceExamen", "en cours"),
    "terminee": QT_TRANSLATE_NOOP("SeanceExamen", "terminée"),
    "approuvee": QT_TRANSLATE_NOOP("SeanceExamen", "approuvée"),
}
_ETATS_EXAMEN = {
    ("brouillon", None): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon"),
    ("brouillon", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon — recommandation : oui"),
    ("brouillon", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon — recommandation : non"),
    ("terminee", None): QT_TRANSLATE_NOOP("SeanceExamen", "terminé"),
    ("terminee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé — recommandation : oui"),
    ("terminee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé — recommandation : non"),
    ("approuvee", None): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé"),
    ("approuvee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé — recommandation : oui"),
    ("approuvee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé — recommandation : non"),
}
_PAS_COMMENCE = QT_TRANSLATE_NOOP("SeanceExamen", "non commencé")
# le bandeau de la vue de réunion : court, la recommandation en mots
_ETATS_COURTS = {
    ("brouillon", None): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon"),
    ("brouillon", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon, recommandé"),
    ("brouillon", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "brouillon, non recommandé"),
    ("terminee", None): QT_TRANSLATE_NOOP("SeanceExamen", "terminé"),
    ("terminee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé, recommandé"),
    ("terminee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "terminé, non recommandé"),
    ("approuvee", None): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé"),
    ("approuvee", "oui"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé, recommandé"),
    ("approuvee", "non"): QT_TRANSLATE_NOOP("SeanceExamen", "approuvé, non recommandé"),
}

# la puce du bandeau : un mot qui tient (``domaine.seances.avancement``)
_AVANCEMENTS = {
    "a_faire": QT_TRANSLATE_NOOP("SeanceExamen", "à faire"),
    "en_cours": QT_TRANSLATE_NOOP("SeanceExamen", "en cours"),
    "fait": QT_TRANSLATE_NOOP("SeanceExamen", "fait"),
}


def _t(texte: str) -> str:
    return QCoreApplication.translate(CONTEXTE, texte)


def statut_seance(seance: Seance, commencee: bool) -> str:
    """L'étape de la séance en toutes lettres (``domaine.seances.etape``)."""
    return _t(STATUTS_SEANCE.get(regles_seances.etape(seance, commencee), seance.statut))


examen_vierge = regles_seances.examen_vierge
examen_fini = regles_seances.examen_fini


def etat_examen(ev: Evaluation | None, court: bool = False) -> str:
    """L'état d'un examen en toutes lettres : non commencé, brouillon, terminé, approuvé, avec
    la recommandation (question 10) dès qu'elle est donnée; ``court`` pour le bandeau."""
    if ev is None or examen_vierge(ev):
        return _t(_PAS_COMMENCE)
    return _t((_ETATS_COURTS if court else _ETATS_EXAMEN)[regles_seances.cle_etat(ev)])


def avancement_examen(ev: Evaluation | None) -> str:
    """Un mot pour la puce du bandeau : à faire, en cours, fait."""
    return _t(_AVANCEMENTS[regles_seances.avancement(ev)])


def conseils(assistant: Assistant2A) -> list[QLabel]:
    """Les encadrés de guidance de l'assistant 2A (les principales considérations de 2.4.5 et
    le mot d'accueil), que la vue de réunion replie."""
    return [assistant.guide_examen, *(w["guide"] for w in assistant.questions.values() if w["guide"] is not None)]


def statut_examen(ev: Evaluation | None) -> str:
    """L'état seul : non commencé, brouillon, terminé ou approuvé."""
    if ev is None or examen_vierge(ev):
        return _t(_PAS_COMMENCE)
    return _t(_ETATS_EXAMEN[(regles_seances.statut_connu(ev.statut), None)])


def date_longue(iso: str, langue: str) -> str:
    date = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso or ""
    locale = QLocale(QLocale.Language.English if langue == "en" else QLocale.Language.French,
                     QLocale.Country.Canada)
    return locale.toString(date, QLocale.FormatType.LongFormat)


def langue_des_parents(widget: QWidget, defaut: str) -> str:
    """La langue de la fenêtre principale (l'ancêtre le plus haut qui en a une) : après un
    changement de langue, les fenêtres ouvertes la suivent."""
    langue, parent = defaut, widget.parent()
    while parent is not None:
        valeur = getattr(parent, "langue", None)
        if valeur in ("fr", "en"):
            langue = valeur
        parent = parent.parent()
    return langue


def message_erreur(exc: BaseException) -> str:
    return texte_erreur(exc, QCoreApplication.translate) or str(exc)


def preparer_examen(assistant: Assistant2A) -> None:
    """Dans une séance, le service est celui de l'ordre du jour : on ne le change pas, et la
    première visite commence aux questions."""
    assistant.service.setEnabled(False)
    if assistant.ev.etape == 0 and assistant.ev.modifiable() and assistant.pages.count() > 1:
        assistant.aller_a(1)


def police_agrandie(facteur: float) -> QFont:
    """La police de l'application agrandie de ``facteur`` (en points, ou en pixels si c'est ainsi
    qu'elle est donnée) : celle de la vue au projecteur, celle de la séance suivie."""
    from PySide6.QtWidgets import QApplication

    police = QFont(QApplication.font())
    if police.pointSizeF() > 0:
        police.setPointSizeF(police.pointSizeF() * facteur)
    else:
        police.setPixelSize(round(police.pixelSize() * facteur))
    return police


def agrandir(widget: QWidget, facteur: float, police: QFont) -> None:
    """Les grands caractères jusque dans l'assistant : les tailles écrites dans les feuilles de
    style (titres en points) et les largeurs maximales (listes) suivent la police. Un widget qui a
    une feuille de style reçoit la police explicitement : sinon Qt lui remet celle de l'application
    quand il le repolit (reparenté, affiché)."""
    motif = re.compile(r"font-size:\s*([\d.]+)pt")
    for w in [widget, *widget.findChildren(QWidget)]:
        style = w.styleSheet()
        if style:
            # dans cet ordre : Qt retient la police qu'avait le widget quand il a reçu sa feuille
            w.setStyleSheet("")
            w.setFont(police)
            w.setStyleSheet(motif.sub(lambda m: f"font-size: {float(m.group(1)) * facteur:.1f}pt", style))
        if isinstance(w, (QRadioButton, QCheckBox)) and not style:
            # la case à cocher grandit avec le texte (elle se voit du fond de la salle)
            cote = round(w.fontMetrics().height() * 0.8)
            w.setFont(police)
            w.setStyleSheet(f"QRadioButton::indicator, QCheckBox::indicator {{ width: {cote}px; height: {cote}px; }}")
        largeur = w.maximumWidth()
        if 0 < largeur < 10000:
            w.setMaximumWidth(int(largeur * facteur))
