"""Les évaluations faites avec les outils de la ligne directrice, comme des dossiers :
l'annexe 1A (une activité est-elle un service?), 1B (un service est-il prioritaire?) et 2A
(l'examen d'un service prioritaire). Chacune a un statut (brouillon, terminée, approuvée), un
auteur, des dates, l'édition du référentiel utilisée et l'étape où l'on s'est arrêté.

Les règles (conclusion de 1A, ce qui manque pour terminer) vivent ici, sans Qt. L'annexe 1B
n'a pas de note : voir ``ponderation_1b`` pour l'aide facultative du ministère.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field

from gesserv_bureau.referentiel import outil_1a, outil_1b, outil_2a
from gesserv_bureau.referentiel.codes import EDITION

OUTILS = ("1A", "1B", "2A")
STATUTS = ("brouillon", "terminee", "approuvee")
LIBELLES_STATUTS = {"brouillon": ("Brouillon", "Draft"), "terminee": ("Terminée", "Completed"),
                    "approuvee": ("Approuvée", "Approved")}
LIBELLES_OUTILS = {"1A": outil_1a.TITRE, "1B": outil_1b.TITRE, "2A": outil_2a.TITRE}


def nouvel_uuid() -> str:
    return str(uuidlib.uuid4())


# --- le contenu propre à chaque outil -------------------------------------------------------
def contenu_1a() -> dict:
    return {"organisme": "", "description": "", "mode": "toutes",
            "reponses": {q.code: {"reponse": None, "analyse": ""} for q in outil_1a.QUESTIONS},
            "decision": None, "justification": ""}


def contenu_1b() -> dict:
    """Les réponses d'une évaluation 1B. S'y ajoutent, seulement s'il y a lieu, la copie de la
    pondération du ministère utilisée (``ponderation``), les critères du ministère
    (``criteres_ministere``) et, dans les évaluations faites avant la pondération du ministère,
    leurs propres poids (``poids``) : jamais ajoutés d'office, pour qu'une approbation signée sur
    un contenu se vérifie toujours sur le même."""
    return {"considerations": {c.code: {"cote": None, "exemple": "", "analyse": ""} for c in outil_1b.CONSIDERATIONS},
            "decision": None, "justification": ""}


# les clés qu'un contenu peut porter en plus du modèle (le format d'échange les connaît)
CLES_FACULTATIVES = {"1A": (), "1B": ("poids", "ponderation", "criteres_ministere"), "2A": ()}


def contenu_2a() -> dict:
    return {"reponses": {q: {"reponse": None, "initiatives": ""} for q in outil_2a.CODES_QUESTIONS},
            "initiatives": [], "recommandation": None, "justification": ""}


CONTENUS = {"1A": contenu_1a, "1B": contenu_1b, "2A": contenu_2a}


def initiative_vide() -> dict:
    return {"nom": "", "description": "", "avantages": "", "couts": "", "risques": "", "collaboration": ""}


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
        if self.outil not in OUTILS:
            raise ValueError(self.outil)
        modele = CONTENUS[self.outil]()
        for cle, valeur in modele.items():
            self.contenu.setdefault(cle, valeur)
        if self.outil in ("1A", "1B", "2A"):
            cle = {"1A": "reponses", "1B": "considerations", "2A": "reponses"}[self.outil]
            for code, vide in modele[cle].items():
                self.contenu[cle].setdefault(code, vide)

    def modifiable(self) -> bool:
        return self.statut != "approuvee"


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


# --- 1A -------------------------------------------------------------------------------------
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


# --- 1B -------------------------------------------------------------------------------------
# L'annexe 1B n'a pas de note : une évaluation (élevé, moyen ou faible) par point, puis la
# décision oui / non, justifiée. Une pondération n'est qu'une aide du ministère, à part :
# ``domaine.ponderation_1b``; ses autres critères : ``domaine.criteres_1b``.
COTES_1B = tuple(outil_1b.COTES.codes())


# --- ce qui manque pour terminer ------------------------------------------------------------
@dataclass(frozen=True)
class Manque:
    etape: int        # la page de l'assistant où y remédier
    code: str         # la question ou le champ
    message: str      # code du message (referentiel.messages_evaluations)
    params: tuple = ()   # ses paramètres : (nom, valeur) ou (nom, (français, anglais))

    def texte(self, langue: str) -> str:
        from gesserv_bureau.referentiel import messages_evaluations

        valeurs = {nom: ((v[1] or v[0]) if langue == "en" else (v[0] or v[1])) if isinstance(v, tuple) else v
                   for nom, v in self.params}
        return messages_evaluations.texte(self.message, langue, **valeurs)


def manques(ev: Evaluation) -> list[Manque]:
    """Ce qu'il faut encore remplir pour terminer l'évaluation, page par page."""
    c = ev.contenu
    resultat: list[Manque] = []
    if ev.outil == "1A":
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
    elif ev.outil == "1B":
        from gesserv_bureau.domaine.criteres_1b import criteres_de

        for i, cons in enumerate(outil_1b.CONSIDERATIONS):
            if not cons.facultative and c["considerations"][cons.code]["cote"] not in COTES_1B:
                resultat.append(Manque(1 + i, cons.code, "consideration_sans_cote"))
            if cons.facultative:   # « Autres critères » : ceux du ministère s'évaluent tous
                for critere in criteres_de(c):
                    if critere.get("cote") not in COTES_1B:
                        resultat.append(Manque(1 + i, critere.get("code", ""), "critere_ministere_sans_cote",
                                               (("nom", (critere.get("nom_fr", ""), critere.get("nom_en", ""))),)))
        fin = 1 + len(outil_1b.CONSIDERATIONS)
        if c.get("decision") not in ("oui", "non"):
            resultat.append(Manque(fin, "decision", "decision_manquante"))
        if not c.get("justification", "").strip():
            resultat.append(Manque(fin, "justification", "justification_manquante"))
    elif ev.outil == "2A":
        for i, code in enumerate(outil_2a.CODES_QUESTIONS):
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


def depart_de(precedente: Evaluation, exercice: str, auteur: str) -> Evaluation:
    """Une nouvelle évaluation qui part de celle de l'an dernier : les réponses reprises, le
    statut remis à brouillon, le lien gardé."""
    import copy

    return Evaluation(
        outil=precedente.outil, exercice=exercice, service_pk=precedente.service_pk, sujet=precedente.sujet,
        auteur=auteur, contenu=copy.deepcopy(precedente.contenu), origine_uuid=precedente.uuid,
    )
