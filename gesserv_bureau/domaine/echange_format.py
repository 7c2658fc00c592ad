"""Le format du fichier d'échange des évaluations et des séances d'examen : ses constantes (nom,
version, clés admises à chaque niveau, limites), ce qu'il porte une fois relu (:class:`Paquet`,
:class:`EvaluationRecue`, :class:`SeanceRecue`, :class:`RefService`), et les messages d'un refus
(:class:`Message`, :class:`EchangeRefuse`).

L'ensemble est présenté par ``domaine.echange_evaluations``. Sans Qt ni SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gesserv_bureau.domaine import outils, ponderation_1b
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.referentiel import messages_echange
from gesserv_bureau.referentiel.codes import EDITION

FORMAT = "gesserv-evaluation"
VERSION_FORMAT = 1
TOLERANCE_HORLOGE = dt.timedelta(days=1)   # une date plus loin que maintenant + ceci est refusée
PROFONDEUR_MAX = 16                          # le format n'imbrique jamais plus de 7 niveaux
MAX_PROBLEMES = 50                           # au-delà, le refus dit combien d'autres problèmes il tait

CLES_FICHIER = ("format", "version_format", "application", "exporte_le", "exporte_par", "seance", "evaluations")
CLES_EVALUATION = ("uuid", "outil", "edition_referentiel", "exercice", "service", "sujet", "statut", "auteur",
                   "cree_le", "modifie_le", "termine_le", "approuve_le", "approuve_par", "etape", "origine_uuid",
                   "seance_uuid", "contenu", "approbation")
CLES_SERVICE = ("exercice", "service_id", "nom_fr", "nom_en")
CLES_SEANCE = ("uuid", "titre", "date", "exercice", "participants", "services", "position", "statut", "auteur",
               "cree_le", "modifie_le", "approuve_le", "approuve_par", "approbation")
CLES_PARTICIPANT = ("nom", "domaine")

# Les codes de question de chaque outil, par édition du référentiel.
CODES_PAR_EDITION: dict[str, dict[str, tuple[str, ...]]] = {
    EDITION: {o.code: o.codes for o in outils.tous()},
}

REPONSES_OUI_NON = (None, "oui", "non")


# --- les messages ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def texte(self, langue: str) -> str:
        """Le message dans ``langue``; un paramètre qui est lui-même un :class:`Message` (la
        raison d'un refus d'approbation, par exemple) est d'abord rendu dans la même langue."""
        params = {k: (v.texte(langue) if isinstance(v, (Message, ponderation_1b.PonderationInvalide)) else v)
                  for k, v in self.params.items()}
        return messages_echange.texte(self.code, langue, **params)


class EchangeRefuse(Exception):
    """Le fichier (ou l'export demandé) est refusé; rien n'a été écrit. ``problemes`` : chaque
    raison, dans l'ordre où elle a été trouvée."""

    def __init__(self, problemes: Message | list[Message]):
        self.problemes = [problemes] if isinstance(problemes, Message) else list(problemes)
        super().__init__(", ".join(p.code for p in self.problemes))

    @property
    def code(self) -> str:
        return self.problemes[0].code

    def texte(self, langue: str) -> str:
        return "\n".join(p.texte(langue) for p in self.problemes)


def refus(code: str, **params) -> EchangeRefuse:
    return EchangeRefuse(Message(code, params))


# --- ce que porte le fichier ------------------------------------------------------------------
@dataclass(frozen=True)
class RefService:
    """Un service tel qu'il voyage : retrouvé ailleurs par (exercice, numéro d'identification)."""
    exercice: str
    service_id: str
    nom_fr: str = ""
    nom_en: str = ""

    def nom(self, langue: str = "fr") -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)


@dataclass
class EvaluationRecue:
    evaluation: Evaluation          # pk, service_pk et seance_pk à None : à résoudre sur ce poste
    service: RefService | None
    seance_uuid: str = ""


@dataclass
class SeanceRecue:
    uuid: str
    titre: str = ""
    date: str = ""
    exercice: str = ""
    participants: list[dict] = field(default_factory=list)
    services: list[RefService] = field(default_factory=list)
    position: int = 0
    statut: str = "brouillon"
    auteur: str = ""
    cree_le: str = ""
    modifie_le: str = ""
    approuve_le: str = ""
    approuve_par: str = ""
    approbation: dict | None = None


@dataclass
class Paquet:
    version_format: int
    evaluations: list[EvaluationRecue]
    seance: SeanceRecue | None = None
    exporte_le: str = ""
    exporte_par: str = ""
    application: str = ""


def instant(texte: str) -> dt.datetime | None:
    """Une date ISO 8601 comparable; sans décalage horaire, l'heure locale de ce poste."""
    if not isinstance(texte, str) or not texte.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(texte.strip())
        return moment if moment.tzinfo is not None else moment.astimezone()
    except (ValueError, OverflowError, OSError):
        return None
