"""Annexe 1A : une activité est-elle un service? Un « non » à n'importe quelle question
suffit : l'activité ne constitue pas un service. Huit « oui » : c'est un service."""

from __future__ import annotations

from dataclasses import dataclass, field

from gesserv_bureau.referentiel.outil_1a import QUESTIONS


@dataclass
class Reponse1A:
    reponse: str | None = None     # « oui », « non » ou None (pas encore répondu)
    analyse: str = ""


@dataclass
class EvaluationActivite:
    nom: str
    organisme: str = ""
    description: str = ""
    reponses: dict[str, Reponse1A] = field(
        default_factory=lambda: {q.code: Reponse1A() for q in QUESTIONS}
    )
    pk: int | None = None
    service_pk: int | None = None
    exercice: str = ""


def conclusion(reponses: dict[str, Reponse1A]) -> str | None:
    """« service », « pas_un_service », ou None tant que la réponse n'est pas acquise."""
    valeurs = [reponses[q.code].reponse if q.code in reponses else None for q in QUESTIONS]
    if "non" in valeurs:
        return "pas_un_service"
    if all(v == "oui" for v in valeurs):
        return "service"
    return None
