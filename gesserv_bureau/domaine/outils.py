"""Le registre des outils de la ligne directrice (annexes 1A, 1B, 2A…) : chaque outil y est
déclaré une fois — son référentiel, son contenu vide, ce qui manque pour le terminer, sa
conclusion, la lecture de son contenu dans un fichier d'échange, son rapport et son assistant —
et tout le reste de l'application le cherche ici. Un code que le registre ne connaît pas est une
erreur (:class:`OutilInconnu`), jamais un autre outil.

Les couches restent propres : le domaine n'importe ni l'interface ni les rapports. L'assistant,
le module du rapport et la préparation d'une évaluation neuve (un cas d'utilisation) sont donc
nommés par leur chemin pointé (« paquet.module » ou « paquet.module.Nom »), que la couche qui
s'en sert résout au moment voulu (``interface.assistants.fenetre``, ``cas.production_rapports``,
``cas.evaluer``).

Ajouter un outil : voir ``RECETTE_OUTIL.md`` (son référentiel, son module ``domaine.regles_XX``,
son assistant, son rapport, et une entrée de :data:`OUTILS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Callable

from gesserv_bureau.domaine import regles_1a, regles_1b, regles_2a
from gesserv_bureau.referentiel import outil_1a, outil_1b, outil_2a
from gesserv_bureau.referentiel.codes import Libelle

if TYPE_CHECKING:
    from gesserv_bureau.domaine.evaluations import Evaluation
    from gesserv_bureau.domaine.manques import Manque


class OutilInconnu(LookupError, ValueError):
    """Un code d'outil que le registre ne connaît pas (``ValueError`` aussi : c'est ce que levait
    ``Evaluation`` avant le registre). ``code`` : le code demandé."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"outil inconnu : {self.code!r} (outils connus : {', '.join(codes())})"


def _rien(_contenu: dict) -> None:
    return None


@dataclass(frozen=True)
class Outil:
    """Un outil de la ligne directrice, tel que l'application le connaît."""

    code: str                                   # « 1A » : celui de l'annexe, gardé dans la base et les échanges
    referentiel: ModuleType                     # le texte de l'annexe (``referentiel.outil_XX``, son ``TITRE``)
    codes: tuple[str, ...]                      # les codes de ses réponses (questions, points à considérer)
    cle_reponses: str                           # la clé du contenu qui porte ces réponses, par code
    contenu_vide: Callable[[], dict]            # le contenu d'une évaluation neuve
    manques: Callable[["Evaluation"], list["Manque"]]   # ce qui manque pour la terminer
    conclusion: Callable[[dict], str | None]    # la conclusion du dossier (colonne ``conclusion`` de la base)
    lire_echange: Callable                      # valide son contenu reçu (``echange_evaluations.LectureContenu``)
    type_rapport: str                           # le type de son rapport (``rapports.types.TYPES``, ``gesserv rapport``)
    description_rapport: tuple[str, str]        # ce que dit ce type de rapport (français, anglais)
    rapport: str                                # le module de son rapport (chemin pointé; il a ``document``)
    assistant: str                              # la classe de son assistant (chemin pointé, sous ``interface``)
    porte_sur_un_service: bool = True           # faux : une activité (1A), pas un service du répertoire
    completer: Callable[[dict], None] = _rien   # complète ses blocs propres reçus d'un autre poste
    cles_facultatives: tuple[str, ...] = ()     # les clés que son contenu peut porter en plus du modèle
    donnees_rapport: tuple[str, ...] = ()       # ce que son rapport reçoit en plus : « service », « seance »
    designation: str | None = None             # la désignation du service que met (oui) ou retire (non) sa conclusion
    initiatives: bool = False                   # ses initiatives proposées vont à la table ``initiative`` (2B/2C)
    preparation: str = ""                       # le cas d'utilisation (chemin pointé) qui prépare une évaluation neuve
    resultats: tuple[Libelle, ...] = ()         # le résultat court de chaque conclusion (la liste des évaluations)

    @property
    def titre(self) -> Libelle:
        """Le nom de l'outil (``fr``, ``en``, ``texte(langue)``), celui du référentiel."""
        return self.referentiel.TITRE

    @property
    def nom_fr(self) -> str:
        return self.titre.fr

    @property
    def nom_en(self) -> str:
        return self.titre.en

    def nom(self, langue: str) -> str:
        return self.titre.texte(langue)

    def resultat(self, conclusion: str | None) -> Libelle | None:
        """Le résultat court de cette conclusion (« Pas un service », « Prioritaire : oui »…),
        ``None`` s'il n'y en a pas encore (ou une conclusion que l'outil ne connaît pas)."""
        return next((r for r in self.resultats if r.code == conclusion), None) if conclusion else None


OUTILS: tuple[Outil, ...] = (
    Outil(
        code="1A", referentiel=outil_1a, codes=regles_1a.CODES, cle_reponses=regles_1a.CLE_REPONSES,
        contenu_vide=regles_1a.contenu_1a, manques=regles_1a.manques_1a, conclusion=regles_1a.conclusion_retenue_1a,
        lire_echange=regles_1a.lire_echange_1a, cles_facultatives=regles_1a.CLES_FACULTATIVES_1A,
        type_rapport="1a",
        description_rapport=("Évaluation 1A : une activité constitue-t-elle un service? (questions, analyse, conclusion)",
                             "Assessment 1A: is an activity a service? (questions, analysis, conclusion)"),
        rapport="gesserv_bureau.rapports.rapport_1a",
        assistant="gesserv_bureau.interface.assistants.assistant_1a.Assistant1A",
        porte_sur_un_service=False,
        resultats=(Libelle("service", "Service", "Service"),
                   Libelle("pas_un_service", "Pas un service", "Not a service")),
    ),
    Outil(
        code="1B", referentiel=outil_1b, codes=regles_1b.CODES, cle_reponses=regles_1b.CLE_REPONSES,
        contenu_vide=regles_1b.contenu_1b, manques=regles_1b.manques_1b, conclusion=regles_1b.conclusion_1b,
        lire_echange=regles_1b.lire_echange_1b, completer=regles_1b.completer_1b,
        cles_facultatives=regles_1b.CLES_FACULTATIVES_1B,
        type_rapport="1b",
        description_rapport=("Évaluation 1B : détermination d'un service prioritaire (cotes, note globale, décision)",
                             "Assessment 1B: priority service determination (ratings, overall rating, decision)"),
        rapport="gesserv_bureau.rapports.rapport_1b", donnees_rapport=("service",),
        assistant="gesserv_bureau.interface.assistants.assistant_1b.Assistant1B",
        designation="prioritaire",
        preparation="gesserv_bureau.cas.reglages_1b.suivre",
        resultats=(Libelle("oui", "Prioritaire : oui", "Priority: yes"),
                   Libelle("non", "Prioritaire : non", "Priority: no")),
    ),
    Outil(
        code="2A", referentiel=outil_2a, codes=regles_2a.CODES, cle_reponses=regles_2a.CLE_REPONSES,
        contenu_vide=regles_2a.contenu_2a, manques=regles_2a.manques_2a, conclusion=regles_2a.conclusion_2a,
        lire_echange=regles_2a.lire_echange_2a, completer=regles_2a.completer_2a,
        type_rapport="2a",
        description_rapport=("Examen 2A d'un service prioritaire (questions, initiatives, recommandation)",
                             "2A review of a priority service (questions, initiatives, recommendation)"),
        rapport="gesserv_bureau.rapports.rapport_2a", donnees_rapport=("service", "seance"),
        assistant="gesserv_bureau.interface.assistants.assistant_2a.Assistant2A",
        initiatives=True,
        resultats=(Libelle("oui", "Remaniement recommandé : oui", "Redesign recommended: yes"),
                   Libelle("non", "Remaniement recommandé : non", "Redesign recommended: no")),
    ),
)

_PAR_CODE: dict[str, Outil] = {o.code: o for o in OUTILS}
_PAR_TYPE_RAPPORT: dict[str, Outil] = {o.type_rapport: o for o in OUTILS}


def outil(code: str) -> Outil:
    """L'outil de ce code. :raises OutilInconnu: le registre ne le connaît pas."""
    try:
        return _PAR_CODE[code]
    except (KeyError, TypeError):
        raise OutilInconnu(code) from None


def tous() -> tuple[Outil, ...]:
    """Les outils, dans l'ordre de la ligne directrice."""
    return OUTILS


def codes() -> tuple[str, ...]:
    """Les codes des outils (``1A``, ``1B``, ``2A``), dans l'ordre."""
    return tuple(_PAR_CODE)


def connu(code) -> bool:
    return isinstance(code, str) and code in _PAR_CODE


def par_type_rapport(type_: str) -> Outil | None:
    """L'outil dont ``type_`` est le type de rapport (« 1a »…), ``None`` pour un autre type
    (« inventaire », « seance »…)."""
    return _PAR_TYPE_RAPPORT.get(type_)
