"""L'annexe 2A (l'examen d'un service prioritaire) : son contenu, ce qui manque pour le terminer,
sa conclusion (la recommandation) et la lecture de son contenu dans un fichier d'échange. Sans
Qt; déclarée une fois au registre des outils (``domaine.outils``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gesserv_bureau.domaine.manques import Manque
from gesserv_bureau.referentiel import outil_2a

if TYPE_CHECKING:
    from gesserv_bureau.domaine.evaluations import Evaluation

CODES = tuple(outil_2a.CODES_QUESTIONS)   # ses questions (édition 2017)
CLE_REPONSES = "reponses"


def contenu_2a() -> dict:
    return {"reponses": {q: {"reponse": None, "initiatives": ""} for q in outil_2a.CODES_QUESTIONS},
            "initiatives": [], "recommandation": None, "justification": ""}


# Ce qu'une initiative proposée tient (le contenu de l'examen, et la table ``initiative`` tirée de lui).
COLONNES_INITIATIVE = ("nom", "description", "avantages", "couts", "risques", "collaboration")


def initiative_vide() -> dict:
    return dict.fromkeys(COLONNES_INITIATIVE, "")


def lignes_initiatives(contenu, service_pk: int | None) -> list[dict]:
    """Les initiatives de l'examen telles que la table ``initiative`` les tient : une par élément
    de ``contenu["initiatives"]``, à son rang, avec le service de l'examen. Elles ne se changent
    jamais à part : le dépôt les réécrit à chaque enregistrement, le renvoi hors ligne les tire
    du contenu fusionné."""
    elements = contenu.get("initiatives") if isinstance(contenu, dict) else None
    if not isinstance(elements, list):
        return []
    return [{"service_pk": service_pk, **{c: e.get(c, "") if isinstance(e, dict) else "" for c in COLONNES_INITIATIVE}}
            for e in elements]


def conclusion_2a(contenu: dict) -> str | None:
    """La conclusion du dossier (celle que garde la base) : la recommandation, oui ou non."""
    return contenu.get("recommandation")


def manques_2a(ev: "Evaluation") -> list[Manque]:
    c = ev.contenu
    resultat: list[Manque] = []
    for code in outil_2a.CODES_QUESTIONS:
        reponse = c["reponses"][code]
        if reponse["reponse"] not in ("oui", "non"):
            resultat.append(Manque(1, code, "question_sans_reponse"))
        elif (reponse["reponse"] == "oui" and code in outil_2a.SI_OUI_INITIATIVES
              and not reponse.get("initiatives", "").strip()):   # « Si oui, indiquez… » : 2, 3 et 4
            resultat.append(Manque(1, code, "initiatives_possibles_manquantes"))
    if any(c["reponses"][q]["reponse"] == "oui" for q in outil_2a.CODES_QUESTIONS) and not c["initiatives"]:
        resultat.append(Manque(2, "q5", "initiative_manquante"))
    for n, initiative in enumerate(c["initiatives"]):
        if not initiative.get("nom", "").strip():
            resultat.append(Manque(2, f"initiative_{n}", "initiative_sans_nom"))
    if c.get("recommandation") not in ("oui", "non"):
        resultat.append(Manque(3, "q10", "recommandation_manquante"))
    return resultat


# --- dans un fichier d'échange (``domaine.echange_evaluations``) ----------------------------
def lire_echange_2a(lecture) -> None:
    """Valide le contenu 2A reçu; ``lecture`` : ``echange_evaluations.LectureContenu``."""
    lect, chemin = lecture.lecteur, lecture.chemin
    lecture.par_code(CLE_REPONSES, lecture.reponse({"reponse": lecture.OUI_NON, "initiatives": lecture.TEXTE}))
    types, choix, attendu = lecture.OUI_NON
    lecture.champ("recommandation", types, attendu, choix=choix)
    lecture.champ("justification", str, "texte")
    initiatives = lecture.champ("initiatives", list, "liste", defaut=[])
    for n, initiative in enumerate(initiatives):
        ou = f"{chemin}.initiatives[{n}]"
        if not isinstance(initiative, dict):
            lect.signaler("champ_invalide", champ=ou, valeur=lecture.montrer(initiative), attendu="objet")
            continue
        lect.connues(initiative, initiative_vide(), ou)
        for cle in initiative_vide():
            lect.champ(initiative, cle, ou, str, "texte")


def completer_2a(contenu: dict) -> None:
    """Chaque initiative reçue avec tous ses champs (ceux qui manquent : vides)."""
    for initiative in contenu.get("initiatives", []):
        for champ, valeur in initiative_vide().items():
            initiative.setdefault(champ, valeur)
