"""Le rapport d'une évaluation faite avec l'outil de l'annexe 1A (une activité constitue-t-elle
un service?) : l'activité, le tableau de l'annexe (questions, analyse, oui/non), la conclusion
de l'outil dans les mots de l'annexe, puis la détermination finale du ministère (confirmée ou
renversée, avec sa justification).

Ce module porte aussi les pièces communes aux rapports des trois outils (1A, 1B, 2A) : le bloc
d'identification et de suivi d'une évaluation, le texte bilingue (l'anglais en italique sous le
français), les réponses oui/non, les signataires « Préparé par » et « Approuvé par »."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gesserv_bureau.domaine.evaluations import (
    LIBELLES_STATUTS,
    Evaluation,
    conclusion_1a,
    determination_1a,
    questions_a_poser_1a,
)
from gesserv_bureau.rapports import polices
from gesserv_bureau.rapports.gabarit import (
    MARGE,
    Document,
    Signataire,
    construire,
    p,
    styles,
    tableau,
    titre_rapport,
)
from gesserv_bureau.rapports.texte import t, typographie, x
from gesserv_bureau.referentiel import outil_1a
from gesserv_bureau.referentiel.codes import OUI_NON, Libelle

LARGEUR = letter[0] - 2 * MARGE          # la largeur utile d'une page en portrait


# --- pièces communes aux rapports des évaluations -------------------------------------------
def intertitre(texte: str, style, reserve: float = 30 * mm) -> list[Flowable]:
    """Un intertitre qui ne reste jamais seul en bas de page : s'il reste moins de ``reserve``
    sous lui, il passe à la page suivante (sans entraîner un grand tableau tout entier, comme le
    ferait ``keepWithNext``)."""
    return [CondPageBreak(reserve), p(texte, style)]


def bi(fr: str, en: str, langue: str, style) -> Paragraph:
    """Un texte officiel dans la langue du rapport; en bilingue, le français puis l'anglais en
    italique à la ligne."""
    if langue == "en":
        return Paragraph(x(en), style)
    if langue == "bilingue" and en and en != fr:
        return Paragraph(f"{x(typographie(fr))}<br/><i>{x(en)}</i>", style)
    return Paragraph(x(typographie(fr)), style)


def bil(lib: Libelle, langue: str, style) -> Paragraph:
    return bi(lib.fr, lib.en, langue, style)


def oui_non(code: str | None, langue: str) -> str:
    """« Oui », « Non » (en bilingue « Oui / Yes »), ou « — » sans réponse."""
    lib = OUI_NON.par_code(code) if code else None
    return t(lib.fr, lib.en, langue) if lib else "—"


def enonce(etiquette_fr: str, etiquette_en: str, valeur_fr: str, valeur_en: str, langue: str) -> str:
    """« Étiquette : valeur » dans la langue du rapport; en bilingue, la phrase française puis
    l'anglaise à la ligne (jamais « Étiquette / Label: valeur / value »)."""
    return t(f"{etiquette_fr} : {valeur_fr}", f"{etiquette_en}: {valeur_en}", langue, "\n")


def jour(horodatage: str | None) -> str:
    """La date (AAAA-MM-JJ) d'un horodatage ISO; « — » s'il n'y en a pas."""
    return (horodatage or "")[:10] or "—"


def libre(texte: str | None, langue: str, style=None) -> Paragraph:
    """Un texte saisi par le ministère, tel quel; sinon « (non rempli) » en italique gris."""
    st = styles()
    if (texte or "").strip():
        return p(texte.strip(), style or st["corps"])
    return p(t("(non rempli)", "(not filled in)", langue), st["note"])


def fiche(lignes: list[tuple[str, object]], largeur: float = LARGEUR, part: float = 0.28) -> Table:
    """Un tableau étiquette / valeur, sans ligne d'en-tête."""
    st = styles()
    cellules = [[p(etiquette, st["cellule_gras"]),
                 valeur if isinstance(valeur, Flowable) else p(str(valeur) if valeur not in (None, "") else "—", st["cellule"])]
                for etiquette, valeur in lignes]
    return tableau(cellules, [largeur * part, largeur * (1 - part)], entete=False, zebre=False, styles_sup=[
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f5f8")),
    ])


def suivi(ev: Evaluation, langue: str) -> list[tuple[str, str]]:
    """Le dossier : exercice, statut, auteur, dates, approbation, édition du référentiel."""
    statut_fr, statut_en = LIBELLES_STATUTS.get(ev.statut, (ev.statut, ev.statut))
    lignes = [
        (t("Exercice", "Fiscal year", langue), ev.exercice or "—"),
        (t("Statut", "Status", langue), t(statut_fr, statut_en, langue)),
        (t("Auteur", "Author", langue), ev.auteur or "—"),
        (t("Créée le", "Created on", langue), jour(ev.cree_le)),
        (t("Modifiée le", "Modified on", langue), jour(ev.modifie_le)),
    ]
    if ev.termine_le:
        lignes.append((t("Terminée le", "Completed on", langue), jour(ev.termine_le)))
    if ev.statut == "approuvee":
        lignes.append((t("Approuvée le", "Approved on", langue), jour(ev.approuve_le)))
        lignes.append((t("Approuvée par", "Approved by", langue), ev.approuve_par or "—"))
    lignes.append((t("Édition de la ligne directrice", "Guideline edition", langue), ev.edition or "—"))
    return lignes


def avis_brouillon(ev: Evaluation, langue: str) -> list[Flowable]:
    """Un brouillon le dit en tête : ses réponses peuvent encore changer."""
    if ev.statut != "brouillon":
        return []
    return [p(t("Brouillon : cette évaluation n'est pas terminée; ses réponses peuvent encore changer.",
                "Draft: this assessment is not completed; its answers may still change.", langue, "\n"), styles()["note"])]


def signataires(ev: Evaluation) -> list[Signataire]:
    return [Signataire("Préparé par", "Prepared by", ev.auteur),
            Signataire("Approuvé par", "Approved by", ev.approuve_par if ev.statut == "approuvee" else "")]


def encadre(elements: list[Flowable], largeur: float = LARGEUR, fond: str = "#eef3f8", bord: str = "#26374a") -> Table:
    """Un encadré (la conclusion, la décision) : filet à gauche, fond léger."""
    table = Table([[elements]], colWidths=[largeur], hAlign="LEFT", spaceAfter=6)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), polices.NORMAL),   # sinon la table règle Helvetica sur la toile
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fond)),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(bord)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


# --- le rapport 1A --------------------------------------------------------------------------
def _conclusion(code: str) -> Libelle:
    return next(c for c in outil_1a.CONCLUSIONS if c.code == code)


def questions_montrees(c: dict) -> list[str]:
    """Les questions du tableau : celles que la démarche pose, sans celles restées vides après
    un « non » (un « non » suffit; l'exemple 3 de l'annexe s'arrête là aussi)."""
    posees = questions_a_poser_1a(c)
    codes = [q.code for q in outil_1a.QUESTIONS]
    reponses = c.get("reponses", {})
    non = next((i for i, code in enumerate(codes) if reponses.get(code, {}).get("reponse") == "non"), None)
    if non is None:
        return posees
    return [code for i, code in enumerate(codes) if code in posees and (
        i <= non or reponses.get(code, {}).get("reponse") or (reponses.get(code, {}).get("analyse") or "").strip())]


def rapport(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "") -> bytes:
    """Le rapport d'une évaluation 1A (``ev.outil == "1A"``), en français, en anglais ou bilingue."""
    if ev.outil != "1A":
        raise ValueError(f"évaluation {ev.outil}, pas 1A")
    sujet = ev.sujet or t("(activité sans nom)", "(unnamed activity)", langue)
    doc = Document(f"{outil_1a.TITRE.fr} : {sujet}", f"{outil_1a.TITRE.en}: {sujet}", langue,
                   ministere=ministere, auteur=auteur or ev.auteur, empreinte=empreinte,
                   sujet_fr="Annexe 1A, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 1A, Guideline on Service Management", signataires=signataires(ev),
                   edition=ev.edition)
    st = styles()
    c = ev.contenu
    h: list[Flowable] = titre_rapport(doc)
    h += avis_brouillon(ev, langue)
    h.append(bil(outil_1a.PRESENTATION, langue, st["note"]))

    h += intertitre(t("L'activité", "The activity", langue), st["h1"])
    h.append(fiche([
        (t("Activité ou groupe d'activités", "Activity or group of activities", langue), ev.sujet),
        (t("Ministère ou organisme", "Department or agency", langue), c.get("organisme", "")),
        (t("Description", "Description", langue), c.get("description", "")),
        (t("Démarche", "Approach", langue),
         t("Conclure au premier « non »", "Conclude at the first “no”", langue) if c.get("mode") == "premier_non"
         else t("Chacune des huit questions documentée", "Each of the eight questions documented", langue)),
        *suivi(ev, langue),
    ]))

    h += intertitre(t("Questions, analyse et réponses", "Questions, analysis and answers", langue), st["h1"])
    posees = questions_montrees(c)
    lignes: list[list] = [[t("Questions", "Questions", langue), t("Analyse", "Analysis", langue),
                           t("Oui/Non", "Yes/No", langue)]]
    for n, q in enumerate(outil_1a.QUESTIONS, start=1):
        if q.code not in posees:
            continue
        r = c["reponses"].get(q.code, {})
        lignes.append([bi(f"{n}. {q.fr}", f"{n}. {q.en}", langue, st["cellule"]),
                       libre(r.get("analyse"), langue, st["cellule"]),
                       p(oui_non(r.get("reponse"), langue), st["cellule_gras"])])
    h.append(tableau(lignes, [LARGEUR * 0.42, LARGEUR * 0.46, LARGEUR * 0.12]))
    omises = [str(n) for n, q in enumerate(outil_1a.QUESTIONS, start=1) if q.code not in posees]
    if omises:
        liste = ", ".join(omises)
        h.append(p(t(f"Questions non posées ({liste}) : un « non » suffit, l'activité ne constitue pas un service.",
                     f"Questions not asked ({liste}): one “no” is enough, the activity is not a service.", langue, "\n"),
                   st["note"]))

    h += intertitre(t("Conclusion", "Conclusion", langue), st["h1"])
    conclusion = conclusion_1a(c)
    bloc: list[Flowable] = []
    if conclusion is None:
        manquent = ", ".join(str(n) for n, q in enumerate(outil_1a.QUESTIONS, start=1)
                             if q.code in posees and c["reponses"].get(q.code, {}).get("reponse") not in ("oui", "non"))
        bloc.append(p(t(f"Pas encore de conclusion : questions sans réponse ({manquent}).",
                        f"No conclusion yet: unanswered questions ({manquent}).", langue, "\n"), st["corps"]))
    else:
        lib = _conclusion(conclusion)
        bloc.append(p(enonce("Conclusion de l'outil", "Tool's conclusion", lib.fr, lib.en, langue), st["h2"]))
        decision = c.get("decision")
        if decision == "confirme":
            bloc.append(p(t("Le ministère confirme cette conclusion.", "The department confirms this conclusion.",
                            langue, "\n"), st["corps"]))
        elif decision == "renverse":
            bloc.append(p(t("Le ministère renverse cette conclusion.", "The department reverses this conclusion.",
                            langue, "\n"), st["corps"]))
        else:
            bloc.append(p(t("Le ministère n'a pas encore fait sa détermination finale.",
                            "The department has not yet made its final determination.", langue, "\n"), st["corps"]))
        determination = determination_1a(c)
        if determination is not None:
            lib = _conclusion(determination)
            bloc.append(p(enonce("Détermination finale du ministère", "Department's final determination", lib.fr, lib.en,
                                 langue), st["h2"]))
        if (c.get("justification") or "").strip():
            bloc.append(p(t("Justification de la détermination :", "Rationale for the determination:", langue),
                          st["cellule_gras"]))
            bloc.append(p(c["justification"].strip(), st["corps"]))
    h.append(encadre(bloc))
    if ev.service_pk is not None:
        h.append(Spacer(1, 4))
        h.append(p(t("Une entrée du répertoire des services est liée à cette évaluation.",
                     "An entry in the service inventory is linked to this assessment.", langue, "\n"), st["note"]))
    return construire(doc, h)
