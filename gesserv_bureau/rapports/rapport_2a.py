"""Le rapport de l'examen d'un service prioritaire avec l'outil de l'annexe 2A : les questions
d'examen 1 à 4 (a et b) avec leur évaluation oui / non et les initiatives possibles, les
initiatives proposées (question 5) et, pour chacune, les questions 6 à 9, puis la
recommandation (question 10) et sa justification, gardée avec le bloc d'approbation.

Le rapport est un :class:`~gesserv_bureau.rapports.document.Document` (``document``), rendu en
PDF balisé par ``rapport``. Les pièces de l'examen (``table_questions``, ``initiatives``,
``recommandation``) servent aussi au procès-verbal de la séance d'examen (``rapport_seance``)."""

from __future__ import annotations

from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.rapports.document import Approbation, Document, Paragraphe, Tableau, Titre, bi
from gesserv_bureau.rapports.rapport_1a import (
    en_clair_bi,
    fiche_tableau,
    note_brouillon,
    officiel,
    officiel_lib,
    reponse,
    signataires,
    suivi,
    valeur_libre,
)
from gesserv_bureau.rapports.texte import t
from gesserv_bureau.referentiel import outil_2a

RETRAIT = "\u2003"       # les sous-questions 4 a) et 4 b), en retrait sous la question 4


def nom_service(ev: Evaluation, service: Service | None, langue: str) -> str:
    nom = service.nom("en" if langue == "en" else "fr") if service else ""
    return nom or ev.sujet or t("(service non choisi)", "(no service chosen)", langue)


def table_questions(ev: Evaluation, langue: str) -> Tableau:
    """Questions 1 à 4 (a, b) : la question de l'annexe, l'évaluation, les initiatives possibles."""
    lignes = []
    for q in outil_2a.QUESTIONS:
        r = ev.contenu["reponses"].get(q.code, {})
        retrait = RETRAIT if q.code in ("q4a", "q4b") else ""
        possibles = (r.get("initiatives") or "").strip()
        lignes.append([officiel(retrait + q.fr, retrait + q.en, langue), reponse(r.get("reponse"), langue),
                       possibles or "—"])
    return Tableau([bi("Question d'examen", "Review question", langue), bi("Évaluation", "Assessment", langue),
                    bi("Initiatives d'amélioration possibles", "Possible improvement initiatives", langue)],
                   lignes, largeurs=[48, 14, 38],
                   resume=en_clair_bi("Les questions d'examen 1 à 4 de l'annexe 2A, l'évaluation et les initiatives "
                                      "possibles", "Appendix 2A review questions 1 to 4, the assessment and the "
                                      "possible initiatives", langue))


def initiatives(ev: Evaluation, langue: str, niveau: int = 2) -> list:
    """Question 5 et les initiatives proposées, chacune sous son titre (de ``niveau``) avec ses
    réponses aux questions 6 à 9. Une longue réponse continue sur la page suivante."""
    blocs: list = [Paragraphe(officiel_lib(outil_2a.Q5, langue, gras=True))]
    proposees = ev.contenu.get("initiatives", [])
    if not proposees:
        blocs.append(Paragraphe(bi("Aucune initiative proposée.", "No initiative proposed.", langue), "note"))
        return blocs
    for n, i in enumerate(proposees, start=1):
        nom = (i.get("nom") or "").strip()
        lignes = [(bi("Description", "Description", langue), valeur_libre(i.get("description"), langue))]
        for q in outil_2a.QUESTIONS_INITIATIVE:
            lignes.append((bi(q.fr, q.en, langue, "\n"), valeur_libre(i.get(q.code), langue)))
        blocs.append(Titre(niveau, bi(f"Initiative {n} : {nom or '(sans nom)'}", f"Initiative {n}: {nom or '(unnamed)'}",
                                      langue)))   # un titre sur une ligne : son nom balisé se lit d'un trait
        blocs.append(fiche_tableau(lignes, part=0.42))
    return blocs


def recommandation(ev: Evaluation, langue: str) -> list[Paragraphe]:
    """Question 10 : la recommandation oui / non, puis sa justification (un paragraphe à part,
    dont la fin reste avec le bloc d'approbation), dans un encadré."""
    reco = ev.contenu.get("recommandation")
    texte: list = [*officiel_lib(outil_2a.Q10, langue, gras=True), "\n\n"]
    if reco == "oui":
        texte += bi("Oui — remaniement ou optimisation recommandé", "Yes — redesign or optimization recommended",
                    langue, "\n", gras=True)
    elif reco == "non":
        texte += bi("Non — remaniement ou optimisation non recommandé", "No — redesign or optimization not recommended",
                    langue, "\n", gras=True)
    else:
        texte += bi("Pas encore de recommandation.", "No recommendation yet.", langue, "\n", gras=True)
    return [Paragraphe(texte, "conclusion"),
            Paragraphe([*bi("Justification :", "Rationale:", langue, gras=True), "\n",
                        *_fragments(valeur_libre(ev.contenu.get("justification"), langue))], "conclusion")]


def _fragments(texte) -> list:
    return [texte] if isinstance(texte, str) else list(texte)


def document(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
             service: Service | None = None, seance: str = "", titre_auteur: str = "") -> Document:
    """Le document du rapport d'un examen 2A (``ev.outil == "2A"``); ``service`` : l'entrée du
    répertoire examinée si elle existe encore; ``seance`` : le titre de la séance d'examen, s'il y
    a lieu; ``auteur``, ``titre_auteur`` : qui le prépare (« Préparé par »)."""
    if ev.outil != "2A":
        raise ValueError(f"évaluation {ev.outil}, pas 2A")
    nom_fr = nom_service(ev, service, "fr")
    nom_en = nom_service(ev, service, "en")
    doc = Document(f"{outil_2a.TITRE.fr} : {nom_fr}", f"{outil_2a.TITRE.en}: {nom_en}", langue,
                   ministere=ministere, auteur=auteur, empreinte=empreinte,
                   sujet_fr="Annexe 2A, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 2A, Guideline on Service Management", edition=ev.edition)
    nom = nom_service(ev, service, langue)
    lignes = [(bi("Nom du service prioritaire", "Priority service name", langue), nom)]
    if service is not None:
        lignes.append((bi("N° d'ID du service", "Service ID number", langue), service.service_id or "—"))
    if seance:
        lignes.append((bi("Séance d'examen", "Review session", langue), seance))
    doc.ajouter(*note_brouillon(ev, langue),
                Titre(1, bi("Le service prioritaire", "The priority service", langue)),
                fiche_tableau(lignes + suivi(ev, langue, bi)),
                Titre(1, bi("Questions d'examen", "Review questions", langue)),
                table_questions(ev, langue),
                Titre(1, bi("Initiatives proposées (questions 5 à 9)", "Proposed initiatives (questions 5 to 9)", langue)),
                *initiatives(ev, langue),
                Approbation(signataires(ev, auteur, titre_auteur),
                            avant=[Titre(1, bi("Recommandation (question 10)", "Recommendation (question 10)", langue)),
                                   *recommandation(ev, langue)]))
    return doc


def rapport(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            service: Service | None = None, seance: str = "", titre_auteur: str = "") -> bytes:
    """Le rapport d'un examen 2A en PDF balisé (PDF/UA-1), avec ses champs de signature."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(ev, langue, ministere, auteur, empreinte, service, seance, titre_auteur))


__all__ = ["document", "initiatives", "nom_service", "rapport", "recommandation", "table_questions"]
