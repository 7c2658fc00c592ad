"""La règle qui décide, pour chaque évaluation (ou séance) reçue, de ce qu'il advient de la
copie locale de même identifiant : créée, inchangée, remplacée, ou l'import entier refusé.

La règle, prudente : une évaluation absente d'ici est créée; identique, elle reste inchangée;
plus récente dans le fichier, elle remplace la copie locale — sauf si celle-ci est approuvée.
Si la copie locale est plus récente que celle du fichier (ou de même date mais différente), ou
approuvée et différente, l'import entier est refusé : rien n'est écrit. Sans Qt ni SQL.
"""

from __future__ import annotations

from typing import Any

from gesserv_bureau.domaine.echange_format import Message, instant
from gesserv_bureau.domaine.evaluations import Evaluation

CREER, MODIFIER, INCHANGEE = "creer", "modifier", "inchangee"

_CHAMPS_COMPARES = ("outil", "exercice", "service_pk", "sujet", "statut", "auteur", "cree_le", "modifie_le",
                    "termine_le", "approuve_le", "approuve_par", "edition", "etape", "contenu", "origine_uuid",
                    "approbation")
_CHAMPS_SEANCE = ("titre", "date", "exercice", "participants", "services", "position", "statut", "auteur",
                  "cree_le", "modifie_le", "approuve_le", "approuve_par", "approbation")


def sans_approbation(objet: Any) -> None:
    """Une approbation non prouvée : l'évaluation (ou la séance) reçue est « terminée », sans
    date, nom ni preuve d'approbation."""
    objet.statut = "terminee"
    objet.approuve_le = objet.approuve_par = ""
    objet.approbation = None


def _pareilles(a: Any, b: Any, champs: tuple[str, ...]) -> bool:
    return all(getattr(a, c) == getattr(b, c) for c in champs)


def _comparer_dates(entrant: str, local: str) -> int | None:
    """-1 : le fichier est plus ancien; 0 : même instant; 1 : le fichier est plus récent;
    ``None`` : la date locale est illisible."""
    a, b = instant(entrant), instant(local)
    if b is None or a is None:
        return None
    return (a > b) - (a < b)


def decider(entrante: Evaluation, locale: Evaluation | None) -> tuple[str, Message | None]:
    """Ce qu'il advient de la copie locale : ``(CREER|MODIFIER|INCHANGEE, None)``, ou
    ``("refus", message)``. ``entrante.service_pk`` : le service déjà résolu sur ce poste."""
    if locale is None:
        return CREER, None
    if _pareilles(entrante, locale, _CHAMPS_COMPARES):
        return INCHANGEE, None
    params = {"uuid": locale.uuid, "sujet": locale.sujet or entrante.sujet, "outil": locale.outil,
              "local": locale.modifie_le, "fichier": entrante.modifie_le}
    if entrante.outil != locale.outil:
        return "refus", Message("outil_different", {"uuid": locale.uuid, "local": locale.outil,
                                                    "fichier": entrante.outil})
    return _regle_commune(entrante, locale, params, _CODES_EVALUATION)


def decider_seance(entrante: Any, locale: Any | None) -> tuple[str, Message | None]:
    """La même règle pour une séance d'examen (``services`` déjà traduits en clés locales)."""
    if locale is None:
        return CREER, None
    if _pareilles(entrante, locale, _CHAMPS_SEANCE):
        return INCHANGEE, None
    params = {"uuid": locale.uuid, "titre": locale.titre or entrante.titre,
              "local": locale.modifie_le, "fichier": entrante.modifie_le}
    return _regle_commune(entrante, locale, params, _CODES_SEANCE)


_CODES_EVALUATION = ("approuvee_locale", "date_locale_illisible", "local_plus_recent", "meme_date_differente")
_CODES_SEANCE = ("seance_approuvee_locale", "seance_date_locale_illisible", "seance_plus_recente",
                 "seance_meme_date_differente")


def _regle_commune(entrante: Any, locale: Any, params: dict, codes: tuple[str, str, str, str]) -> tuple[str, Message | None]:
    """Une copie locale différente : refusée si elle est approuvée, si sa date est illisible, si
    elle est plus récente ou du même instant; sinon le fichier, plus récent, la met à jour. Du
    même instant, une version dont l'approbation est prouvée (le cas d'utilisation a déjà retiré
    les approbations non prouvées) l'emporte sur une copie locale non approuvée : c'est celle
    que l'approbateur a signée (la copie locale est, p. ex., une version trafiquée reçue avant)."""
    approuvee, illisible, plus_recente, meme_date = codes
    if locale.statut == "approuvee":
        return "refus", Message(approuvee, params)
    ordre = _comparer_dates(entrante.modifie_le, locale.modifie_le)
    if ordre is None:
        return "refus", Message(illisible, params)
    if ordre < 0:
        return "refus", Message(plus_recente, params)
    if ordre == 0:
        if entrante.statut == "approuvee" and entrante.approbation is not None:
            return MODIFIER, None
        return "refus", Message(meme_date, params)
    return MODIFIER, None
