"""La séance d'examen d'un poste à l'autre, depuis le dialogue des séances : « Exporter vers un
autre poste… » (la séance choisie et ses évaluations, un fichier JSON) et « Importer d'un autre
poste… ». Le travail est celui de la ligne de commande (``gesserv-bureau evaluation exporter
--seance …`` / ``importer``) : ``cas.transferts``, avec ses refus et son bilan, dans la langue de
l'interface. Ici, seulement le choix du fichier et le texte à montrer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from gesserv_bureau.cas import transferts
from gesserv_bureau.domaine.evaluations import Seance
from gesserv_bureau.referentiel import messages_systeme
from gesserv_bureau.interface.seances.commun import message_erreur
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage

CONTEXTE = "EchangeSeances"


def _t(texte: str) -> str:
    """Traduit un texte marqué ``QT_TRANSLATE_NOOP("EchangeSeances", …)`` (que relève lupdate)."""
    return QCoreApplication.translate(CONTEXTE, texte)


@dataclass
class Bilan:
    """Ce qu'a donné l'échange : ``reussi`` ou non, le texte à montrer (une phrase par ligne),
    ``fait`` : faux si l'utilisateur a renoncé au choix du fichier."""
    reussi: bool
    texte: str = ""
    fait: bool = True


def nom_propose(seance: Seance) -> str:
    """« seance-2025-03-12-examen-du-printemps.json »."""
    titre = re.sub(r"[^\w]+", "-", (seance.titre or "").lower()).strip("-")[:60]
    return "-".join(x for x in ("seance", seance.date, titre) if x) + ".json"


def exporter(parent: QWidget, base: Base, seance: Seance, langue: str, chemin: str | Path | None = None) -> Bilan:
    """Écrit ``seance`` et ses évaluations dans un fichier JSON (``chemin``, sinon demandé)."""
    if chemin is None:
        chemin, _filtre = QFileDialog.getSaveFileName(
            parent, _t(QT_TRANSLATE_NOOP("EchangeSeances", "Exporter la séance vers un autre poste")), nom_propose(seance), _t(QT_TRANSLATE_NOOP("EchangeSeances", "Fichier JSON (*.json)")))
        if not chemin:
            return Bilan(False, fait=False)
    chemin = Path(chemin)
    try:
        seance, evaluations = transferts.exporter_seance(base, seance.uuid, chemin)
    except transferts.EchangeRefuse as exc:
        return Bilan(False, "\n".join(p.texte(langue) for p in exc.problemes))
    except ErreurStockage as exc:
        return Bilan(False, message_erreur(exc))
    except OSError as exc:
        return Bilan(False, _t(QT_TRANSLATE_NOOP("EchangeSeances", "Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé."))
                     .replace("%1", str(chemin)).replace("%2", messages_systeme.texte(exc, langue)))
    return Bilan(True, _t(QT_TRANSLATE_NOOP("EchangeSeances", "Séance d'examen « %1 » et ses évaluations (%2) exportées dans %3."))
                 .replace("%1", seance.titre).replace("%2", str(len(evaluations))).replace("%3", str(chemin)))


def importer(parent: QWidget, base: Base, langue: str, chemin: str | Path | None = None) -> Bilan:
    """Importe un fichier d'un autre poste (``chemin``, sinon demandé) : tout ou rien."""
    if chemin is None:
        chemin, _filtre = QFileDialog.getOpenFileName(
            parent, _t(QT_TRANSLATE_NOOP("EchangeSeances", "Importer d'un autre poste")), "", _t(QT_TRANSLATE_NOOP("EchangeSeances", "Fichier JSON (*.json)")))
        if not chemin:
            return Bilan(False, fait=False)
    try:
        resultat = transferts.importer(base, Path(chemin))
    except transferts.EchangeRefuse as exc:
        return Bilan(False, "\n".join(p.texte(langue) for p in exc.problemes))
    except ErreurStockage as exc:
        return Bilan(False, message_erreur(exc))
    except OSError as exc:
        return Bilan(False, _t(QT_TRANSLATE_NOOP("EchangeSeances", "Le fichier %1 n'a pas pu être lu : %2.")).replace("%1", str(chemin))
                     .replace("%2", messages_systeme.texte(exc, langue)))
    lignes = [_t(QT_TRANSLATE_NOOP("EchangeSeances", "Avertissement : %1")).replace("%1", a.texte(langue)) for a in resultat.avertissements]
    return Bilan(True, "\n".join([*resultat.textes(langue), *lignes]))
