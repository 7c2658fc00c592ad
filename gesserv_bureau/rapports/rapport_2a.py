"""Le rapport de l'examen d'un service prioritaire avec l'outil de l'annexe 2A : les questions
d'examen 1 à 4 (a et b) avec leur évaluation oui / non et les initiatives possibles, les
initiatives proposées (question 5) et, pour chacune, les questions 6 à 9, puis la
recommandation (question 10) et sa justification.

Les pièces de l'examen (``table_questions``, ``initiatives``, ``recommandation``) servent aussi
au procès-verbal de la séance d'examen (``rapport_seance``)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.rapports.gabarit import (
    Document,
    construire,
    p,
    styles,
    tableau,
    titre_rapport,
)
from gesserv_bureau.rapports.rapport_1a import (
    LARGEUR,
    avis_brouillon,
    bil,
    encadre,
    fiche,
    intertitre,
    libre,
    oui_non,
    signataires,
    suivi,
)
from gesserv_bureau.rapports.texte import t
from gesserv_bureau.referentiel import outil_2a


def nom_service(ev: Evaluation, service: Service | None, langue: str) -> str:
    nom = service.nom("en" if langue == "en" else "fr") if service else ""
    return nom or ev.sujet or t("(service non choisi)", "(no service chosen)", langue)


def table_questions(ev: Evaluation, langue: str, largeur: float = LARGEUR):
    """Questions 1 à 4 (a, b) : la question de l'annexe, l'évaluation, les initiatives possibles."""
    st = styles()
    lignes: list[list] = [[t("Question d'examen", "Review question", langue), t("Évaluation", "Assessment", langue),
                           t("Initiatives d'amélioration possibles", "Possible improvement initiatives", langue)]]
    for q in outil_2a.QUESTIONS:
        r = ev.contenu["reponses"].get(q.code, {})
        texte = bil(q, langue, st["cellule"])
        if q.code in ("q4a", "q4b"):
            texte.style = texte.style.clone(f"sous_{q.code}", leftIndent=10)
        possibles = (r.get("initiatives") or "").strip()
        lignes.append([texte, p(oui_non(r.get("reponse"), langue), st["cellule_gras"]),
                       p(possibles, st["cellule"]) if possibles else p("—", st["cellule"])])
    return tableau(lignes, [largeur * 0.48, largeur * 0.14, largeur * 0.38])


def initiatives(ev: Evaluation, langue: str, largeur: float = LARGEUR, titre_style: str = "h2") -> list[Flowable]:
    """Question 5 et les initiatives proposées, chacune avec ses réponses aux questions 6 à 9."""
    st = styles()
    h: list[Flowable] = [bil(outil_2a.Q5, langue, st["cellule_gras"]), Spacer(1, 3)]
    proposees = ev.contenu.get("initiatives", [])
    if not proposees:
        h.append(p(t("Aucune initiative proposée.", "No initiative proposed.", langue), st["note"]))
        return h
    for n, i in enumerate(proposees, start=1):
        nom = (i.get("nom") or "").strip() or t("(sans nom)", "(unnamed)", langue)
        lignes = [(t("Description", "Description", langue), libre(i.get("description"), langue, st["cellule"]))]
        for q in outil_2a.QUESTIONS_INITIATIVE:
            lignes.append((t(q.fr, q.en, langue, "\n"), libre(i.get(q.code), langue, st["cellule"])))
        h.append(KeepTogether([p(t(f"Initiative {n} : {nom}", f"Initiative {n}: {nom}", langue, "\n"), st[titre_style]),
                               fiche(lignes, largeur, part=0.42)]))
        h.append(Spacer(1, 4))
    return h


def recommandation(ev: Evaluation, langue: str) -> Flowable:
    """Question 10 : la recommandation oui / non et sa justification, dans un encadré."""
    st = styles()
    reco = ev.contenu.get("recommandation")
    bloc: list[Flowable] = [bil(outil_2a.Q10, langue, st["cellule_gras"])]
    if reco in ("oui", "non"):
        bloc.append(p(oui_non(reco, langue) + " — " + (
            t("remaniement ou optimisation recommandé", "redesign or optimization recommended", langue) if reco == "oui"
            else t("remaniement ou optimisation non recommandé", "redesign or optimization not recommended", langue)),
            st["h2"]))
    else:
        bloc.append(p(t("Pas encore de recommandation.", "No recommendation yet.", langue), st["h2"]))
    bloc.append(p(t("Justification :", "Rationale:", langue), st["cellule_gras"]))
    bloc.append(libre(ev.contenu.get("justification"), langue))
    return encadre(bloc)


def rapport(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            service: Service | None = None, seance: str = "") -> bytes:
    """Le rapport d'un examen 2A (``ev.outil == "2A"``); ``service`` : l'entrée du répertoire
    examinée si elle existe encore; ``seance`` : le titre de la séance d'examen, s'il y a lieu."""
    if ev.outil != "2A":
        raise ValueError(f"évaluation {ev.outil}, pas 2A")
    nom = nom_service(ev, service, langue)
    doc = Document(f"{outil_2a.TITRE.fr} : {nom}", f"{outil_2a.TITRE.en}: {nom}", langue,
                   ministere=ministere, auteur=auteur or ev.auteur, empreinte=empreinte,
                   sujet_fr="Annexe 2A, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 2A, Guideline on Service Management", signataires=signataires(ev),
                   edition=ev.edition)
    st = styles()
    h: list[Flowable] = titre_rapport(doc)
    h += avis_brouillon(ev, langue)
    h += intertitre(t("Le service prioritaire", "The priority service", langue), st["h1"])
    lignes = [(t("Nom du service prioritaire", "Priority service name", langue), nom)]
    if service is not None:
        lignes.append((t("N° d'ID du service", "Service ID number", langue), service.service_id or "—"))
    if seance:
        lignes.append((t("Séance d'examen", "Review session", langue), seance))
    h.append(fiche(lignes + suivi(ev, langue)))
    h += intertitre(t("Questions d'examen", "Review questions", langue), st["h1"])
    h.append(table_questions(ev, langue))
    h += intertitre(t("Initiatives proposées (questions 5 à 9)", "Proposed initiatives (questions 5 to 9)", langue), st["h1"])
    h += initiatives(ev, langue)
    h += intertitre(t("Recommandation (question 10)", "Recommendation (question 10)", langue), st["h1"])
    h.append(recommandation(ev, langue))
    return construire(doc, h)


__all__ = ["initiatives", "nom_service", "rapport", "recommandation", "table_questions"]
