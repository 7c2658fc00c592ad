"""Les évaluations faites avec les outils de la ligne directrice, comme des dossiers :
l'annexe 1A (une activité est-elle un service?), 1B (un service est-il prioritaire?) et 2A
(l'examen d'un service prioritaire). Chacune a un statut (brouillon, terminée, approuvée), un
auteur, des dates, l'édition du référentiel utilisée et l'étape où l'on s'est arrêté.

Sans Qt. Ce qui est propre à chaque outil (son contenu, ce qui manque pour le terminer, sa
conclusion) vit dans son module ``domaine.regles_XX``, déclaré une fois au registre
``domaine.outils``; les règles d'ici (:func:`manques`, :func:`conclusion`) y cherchent l'outil.
L'annexe 1B n'a pas de note : voir ``ponderation_1b`` pour l'aide facultative du ministère.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field

from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.manques import Manque
# le contenu et les règles propres à chaque outil vivent dans son module (domaine.regles_XX),
# déclaré au registre domaine.outils; leurs noms restent lisibles d'ici
from gesserv_bureau.domaine.regles_1a import (  # noqa: F401
    conclusion_1a,
    contenu_1a,
    demarche_constatee_1a,
    determination_1a,
    questions_a_poser_1a,
)
from gesserv_bureau.domaine.regles_1b import COTES_1B, contenu_1b  # noqa: F401
from gesserv_bureau.domaine.regles_2a import contenu_2a, initiative_vide  # noqa: F401
from gesserv_bureau.referentiel.codes import EDITION

STATUTS = ("brouillon", "terminee", "approuvee")
LIBELLES_STATUTS = {"brouillon": ("Brouillon", "Draft"), "terminee": ("Terminée", "Completed"),
                    "approuvee": ("Approuvée", "Approved")}


def nouvel_uuid() -> str:
    return str(uuidlib.uuid4())


@dataclass
class Evaluation:
    outil: str
    uuid: str = field(default_factory=nouvel_uuid)
    exercice: str = ""
    service_pk: int | None = None
    sujet: str = ""                 # le nom du service ou de l'activité (lisible même si le service est supprimé)
    statut: str = "brouillon"
    auteur: str = ""
    cree_le: str = ""
    modifie_le: str = ""
    termine_le: str = ""
    approuve_le: str = ""
    approuve_par: str = ""
    edition: str = EDITION
    etape: int = 0                  # la page de l'assistant où l'on s'est arrêté
    contenu: dict = field(default_factory=dict)
    pk: int | None = None
    seance_pk: int | None = None
    origine_uuid: str = ""          # l'évaluation de l'an dernier dont celle-ci est partie
    approbation: dict | None = None  # la preuve signée de l'approbation (rapports.approbation), sinon None

    def __post_init__(self) -> None:
        outil = outils.outil(self.outil)   # un code inconnu : OutilInconnu (une ValueError aussi)
        modele = outil.contenu_vide()
        for cle, valeur in modele.items():
            self.contenu.setdefault(cle, valeur)
        for code, vide in modele[outil.cle_reponses].items():
            self.contenu[outil.cle_reponses].setdefault(code, vide)

    def modifiable(self) -> bool:
        return self.statut != "approuvee"


# --- le statut et ce qu'il permet -------------------------------------------------------------
def reponses_verrouillees(ev: Evaluation) -> bool:
    """Terminée ou approuvée : ses réponses ne se saisissent plus (une terminée se rouvre d'abord)."""
    return ev.statut != "brouillon"


def peut_rouvrir(ev: Evaluation) -> bool:
    """Une évaluation terminée, pas encore approuvée, se rouvre (redevient un brouillon); une
    approuvée jamais : on part d'elle pour une nouvelle (:func:`depart_de`)."""
    return ev.statut == "terminee"


def peut_relier(ev: Evaluation) -> bool:
    """Une évaluation se relie à un autre service tant qu'elle n'est pas approuvée."""
    return ev.statut != "approuvee"


@dataclass
class Seance:
    """Une séance d'examen du groupe de travail (2.4.4) : ses participants et l'ordre du jour
    des services prioritaires qu'elle examine, chacun avec l'outil 2A."""

    uuid: str = field(default_factory=nouvel_uuid)
    titre: str = ""
    date: str = ""
    exercice: str = ""
    participants: list[dict] = field(default_factory=list)   # {"nom", "domaine"}
    services: list[int] = field(default_factory=list)        # pk des services prioritaires, dans l'ordre
    position: int = 0
    statut: str = "brouillon"
    auteur: str = ""
    cree_le: str = ""
    modifie_le: str = ""
    pk: int | None = None
    approuve_le: str = ""
    approuve_par: str = ""
    approbation: dict | None = None   # la preuve signée de l'approbation, sinon None
    edition: str = EDITION            # l'édition de la ligne directrice (2.4.4, annexe 2A) appliquée


# --- les règles communes, chacune celle de l'outil au registre -------------------------------
def manques(ev: Evaluation) -> list[Manque]:
    """Ce qu'il faut encore remplir pour terminer l'évaluation, page par page."""
    return outils.outil(ev.outil).manques(ev)


def conclusion(ev: Evaluation) -> str | None:
    """La conclusion du dossier, celle que garde la base (colonne ``conclusion``) : 1A, la
    détermination du ministère, à défaut la conclusion de l'outil; 1B, la décision; 2A, la
    recommandation (``None`` tant qu'il n'y en a pas).

    :raises outils.OutilInconnu: l'outil de l'évaluation n'est pas au registre."""
    return outils.outil(ev.outil).conclusion(ev.contenu)


def depart_de(precedente: Evaluation, exercice: str, auteur: str) -> Evaluation:
    """Une nouvelle évaluation qui part de celle de l'an dernier : les réponses reprises, le
    statut remis à brouillon, le lien gardé."""
    import copy

    return Evaluation(
        outil=precedente.outil, exercice=exercice, service_pk=precedente.service_pk, sujet=precedente.sujet,
        auteur=auteur, contenu=copy.deepcopy(precedente.contenu), origine_uuid=precedente.uuid,
    )
