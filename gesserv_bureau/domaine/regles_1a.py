"""L'annexe 1A (une activité constitue-t-elle un service?) : son contenu, ce qui manque pour la
terminer, sa conclusion et la lecture de son contenu dans un fichier d'échange. Sans Qt; déclarée
une fois au registre des outils (``domaine.outils``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gesserv_bureau.domaine.manques import Manque
from gesserv_bureau.referentiel import outil_1a

if TYPE_CHECKING:
    from gesserv_bureau.domaine.evaluations import Evaluation

CODES = tuple(q.code for q in outil_1a.QUESTIONS)   # ses réponses, par code (édition 2017)
CLE_REPONSES = "reponses"
MODES_1A = ("toutes", "premier_non")
DECISIONS_1A = (None, "confirme", "renverse")
# le numéro d'ID au répertoire qu'on donne (facultatif) à une activité déterminée « service » :
# celui de l'entrée à créer, ou à retrouver si elle existe déjà
CLES_FACULTATIVES_1A = ("service_id",)


def contenu_1a() -> dict:
    return {"organisme": "", "description": "", "mode": "toutes",
            "reponses": {q.code: {"reponse": None, "analyse": ""} for q in outil_1a.QUESTIONS},
            "decision": None, "justification": ""}


def conclusion_1a(contenu: dict) -> str | None:
    """La règle de l'annexe : un « non » suffit (pas un service); huit « oui » : un service."""
    valeurs = [contenu["reponses"].get(q.code, {}).get("reponse") for q in outil_1a.QUESTIONS]
    if "non" in valeurs:
        return "pas_un_service"
    if all(v == "oui" for v in valeurs):
        return "service"
    return None


def questions_a_poser_1a(contenu: dict) -> list[str]:
    """Les questions à répondre : toutes, ou jusqu'au premier « non » (mode ``premier_non``)."""
    codes = []
    for q in outil_1a.QUESTIONS:
        codes.append(q.code)
        if contenu.get("mode") == "premier_non" and contenu["reponses"].get(q.code, {}).get("reponse") == "non":
            break
    return codes


def demarche_constatee_1a(reponses: dict) -> str:
    """La démarche que montrent des réponses saisies sans en choisir une (l'ancienne table des
    activités, la façade ``DepotActivites``) : « premier_non » si elles s'arrêtent au premier
    « non » (aucune réponse ni analyse après lui), sinon « toutes »."""
    valeurs = [reponses.get(q.code) or {} for q in outil_1a.QUESTIONS]
    premier = next((i for i, r in enumerate(valeurs) if r.get("reponse") == "non"), None)
    if premier is None:
        return "toutes"
    apres = valeurs[premier + 1:]
    if any(r.get("reponse") or (r.get("analyse") or "").strip() for r in apres):
        return "toutes"
    return "premier_non"


def determination_1a(contenu: dict) -> str | None:
    """La détermination finale du ministère : la conclusion de l'outil, confirmée ou renversée."""
    c = conclusion_1a(contenu)
    if c is None or contenu.get("decision") not in ("confirme", "renverse"):
        return None
    if contenu["decision"] == "confirme":
        return c
    return "pas_un_service" if c == "service" else "service"


def conclusion_retenue_1a(contenu: dict) -> str | None:
    """La conclusion du dossier (celle que garde la base) : la détermination du ministère dès
    qu'il a confirmé ou renversé, sinon la conclusion de l'outil (``None`` tant qu'il manque des
    réponses)."""
    return determination_1a(contenu) or conclusion_1a(contenu)


def manques_1a(ev: "Evaluation") -> list[Manque]:
    c = ev.contenu
    resultat: list[Manque] = []
    if not ev.sujet.strip():
        resultat.append(Manque(0, "sujet", "activite_sans_nom"))
    for i, code in enumerate(questions_a_poser_1a(c)):
        if c["reponses"][code]["reponse"] not in ("oui", "non"):
            resultat.append(Manque(1 + i, code, "question_sans_reponse"))
    if conclusion_1a(c) is not None:
        fin = 1 + len(outil_1a.QUESTIONS)
        if c.get("decision") not in ("confirme", "renverse"):
            resultat.append(Manque(fin, "decision", "decision_manquante"))
        elif c["decision"] == "renverse" and not c.get("justification", "").strip():
            resultat.append(Manque(fin, "justification", "justification_manquante"))
    return resultat


# --- dans un fichier d'échange (``domaine.echange_evaluations``) ----------------------------
def lire_echange_1a(lecture) -> None:
    """Valide le contenu 1A reçu; ``lecture`` : ``echange_evaluations.LectureContenu``."""
    lecture.par_code(CLE_REPONSES, lecture.reponse({"reponse": lecture.OUI_NON, "analyse": lecture.TEXTE}))
    lecture.champ("mode", str, "toutes ou premier_non", choix=MODES_1A)
    lecture.champ("decision", (str, type(None)), "confirme, renverse ou null", choix=DECISIONS_1A)
    for cle in ("organisme", "description", "justification", *CLES_FACULTATIVES_1A):
        lecture.champ(cle, str, "texte")

