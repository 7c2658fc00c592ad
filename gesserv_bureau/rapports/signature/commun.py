"""Ce que partagent la signature et la vérification : les refus propres au PDF, les garde-fous
d'exécution (hors d'une boucle asyncio, journaux de pyHanko discrets), la date lisible.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from gesserv_bureau.rapports.certificats import ErreurSignature


class PdfInvalide(ErreurSignature):
    """Le fichier n'est pas un PDF, ou un PDF que pyHanko ne sait pas lire."""


class AucunChampLibre(ErreurSignature):
    """Plus de champ de signature vide (ou aucun champ du tout, ou le champ demandé est pris)."""


def journaux_discrets() -> None:
    """pyHanko journalise chaque échec de validation avec sa trace complète; sans configuration
    de journalisation, Python l'écrirait sur la sortie d'erreur (le constat, lui, est rendu en
    mots). Un gestionnaire nul suffit; une configuration de l'application les reçoit toujours."""
    for nom in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        journal = logging.getLogger(nom)
        if not any(isinstance(g, logging.NullHandler) for g in journal.handlers):
            journal.addHandler(logging.NullHandler())


def hors_boucle() -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RuntimeError("pyHanko appelle asyncio.run : appeler signer/verifier hors d'une boucle asyncio "
                       "(dans un fil de travail).")


def verifier_entete(pdf: bytes, fichier: str) -> None:
    if not isinstance(pdf, (bytes, bytearray)) or b"%PDF-" not in bytes(pdf[:1024]):
        raise PdfInvalide("pas_pdf", fichier=fichier)


def detail_erreur(exc: BaseException) -> str:
    texte = str(exc).strip() or type(exc).__name__
    return texte if len(texte) <= 200 else texte[:197] + "…"


def date_lisible(moment: dt.datetime | None) -> str:
    """``2025-01-31 14:05:12 (UTC-05:00)`` : l'heure locale de cet ordinateur, avec son décalage."""
    if moment is None:
        return "?"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone()
    decalage = local.strftime("%z")
    decalage = f"{decalage[:3]}:{decalage[3:]}" if decalage else "+00:00"
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{decalage})"
