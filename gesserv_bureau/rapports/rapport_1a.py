"""Le rapport d'une évaluation faite avec l'outil de l'annexe 1A (une activité constitue-t-elle
un service?) : l'activité, le tableau de l'annexe (questions, analyse, oui/non), la conclusion
de l'outil dans les mots de l'annexe, puis la détermination finale du ministère (confirmée ou
renversée, avec sa justification), gardée avec le bloc d'approbation qui l'approuve.

Le rapport est un :class:`~gesserv_bureau.rapports.document.Document` (``document``), rendu en
PDF balisé (``rapport``), en Word ou autrement par ``rapports.formats``.

Ce module porte aussi les pièces communes aux rapports des trois outils (1A, 1B, 2A) : le bloc
d'identification et de suivi d'une évaluation, le texte officiel bilingue (l'anglais en italique
sous le français), les réponses oui/non, les signataires « Préparé par » et « Approuvé par »."""

from __future__ import annotations

from gesserv_bureau.domaine.evaluations import (
    LIBELLES_STATUTS,
    Evaluation,
    conclusion_1a,
    determination_1a,
    questions_a_poser_1a,
)
from gesserv_bureau.rapports import document as modele
from gesserv_bureau.rapports.document import (
    Approbation,
    Document,
    Fragment,
    Paragraphe,
    Signataire,
    Tableau,
    Texte,
    Titre,
)
from gesserv_bureau.rapports.texte import t
from gesserv_bureau.referentiel import outil_1a
from gesserv_bureau.referentiel.codes import OUI_NON, Libelle


# --- pièces communes aux rapports des évaluations (modèle de document) ----------------------
def officiel(fr: str, en: str, langue: str, *, gras: bool = False) -> list[Fragment]:
    """Un texte officiel dans la langue du rapport; en bilingue, le français puis l'anglais en
    italique à la ligne, chacun marqué de sa langue."""
    if langue == "en":
        return [Fragment(en, "en", gras=gras)]
    if langue == "bilingue" and en and en != fr:
        return [Fragment(fr, "fr", gras=gras), Fragment("\n"), Fragment(en, "en", gras=gras, italique=True)]
    return [Fragment(fr, "fr", gras=gras)]


def officiel_lib(lib: Libelle, langue: str, *, gras: bool = False) -> list[Fragment]:
    return officiel(lib.fr, lib.en, langue, gras=gras)


def reponse(code: str | None, langue: str, *, gras: bool = True) -> Texte:
    """« Oui », « Non » (en bilingue « Oui / Yes », chaque mot dans sa langue), ou « — »."""
    lib = OUI_NON.par_code(code) if code else None
    return modele.bi(lib.fr, lib.en, langue, gras=gras) if lib else "—"


def enonce(etiquette_fr: str, etiquette_en: str, valeur_fr: str, valeur_en: str, langue: str,
           *, gras: bool = False) -> list[Fragment]:
    """« Étiquette : valeur » dans la langue du rapport; en bilingue, la phrase française puis
    l'anglaise à la ligne (jamais « Étiquette / Label: valeur / value »)."""
    return modele.bi(f"{etiquette_fr} : {valeur_fr}", f"{etiquette_en}: {valeur_en}", langue, "\n", gras=gras)


def non_rempli(langue: str) -> list[Fragment]:
    return [Fragment(f.texte, f.langue, italique=True) for f in modele.bi("(non rempli)", "(not filled in)", langue)]


def valeur_libre(texte: str | None, langue: str) -> Texte:
    """Un texte saisi par le ministère, tel quel (pour une cellule); sinon « (non rempli) »."""
    return texte.strip() if (texte or "").strip() else non_rempli(langue)


def paragraphe_libre(texte: str | None, langue: str, style: str = "corps") -> Paragraphe:
    """Un texte saisi par le ministère, tel quel; sinon « (non rempli) » en note."""
    if (texte or "").strip():
        return Paragraphe(texte.strip(), style)
    return Paragraphe(modele.bi("(non rempli)", "(not filled in)", langue), "note" if style == "corps" else style)


def fiche_tableau(lignes: list[tuple[Texte, Texte]], part: float = 0.28) -> Tableau:
    """Un tableau étiquette / valeur, sans ligne d'en-tête (« — » pour une valeur vide)."""
    return Tableau([], [[etiquette, valeur if valeur not in (None, "") else "—"] for etiquette, valeur in lignes],
                   largeurs=[part, 1 - part], sans_entete=True)


def jour(horodatage: str | None) -> str:
    """La date (AAAA-MM-JJ) d'un horodatage ISO; « — » s'il n'y en a pas."""
    return (horodatage or "")[:10] or "—"


def suivi(ev: Evaluation, langue: str, deux=t) -> list[tuple]:
    """Le dossier : exercice, statut, auteur, dates, approbation, édition du référentiel.
    ``deux`` : comment écrire un texte en deux langues (``texte.t`` pour reportlab, des chaînes;
    ``document.bi`` pour le modèle de document, des fragments marqués de leur langue)."""
    statut_fr, statut_en = LIBELLES_STATUTS.get(ev.statut, (ev.statut, ev.statut))
    lignes = [
        (deux("Exercice", "Fiscal year", langue), ev.exercice or "—"),
        (deux("Statut", "Status", langue), deux(statut_fr, statut_en, langue)),
        (deux("Auteur", "Author", langue), ev.auteur or "—"),
        (deux("Créée le", "Created on", langue), jour(ev.cree_le)),
        (deux("Modifiée le", "Modified on", langue), jour(ev.modifie_le)),
    ]
    if ev.termine_le:
        lignes.append((deux("Terminée le", "Completed on", langue), jour(ev.termine_le)))
    if ev.statut == "approuvee":
        lignes.append((deux("Approuvée le", "Approved on", langue), jour(ev.approuve_le)))
        lignes.append((deux("Approuvée par", "Approved by", langue), ev.approuve_par or "—"))
    lignes.append((deux("Édition de la ligne directrice", "Guideline edition", langue), ev.edition or "—"))
    return lignes


def note_brouillon(ev: Evaluation, langue: str) -> list[Paragraphe]:
    """Un brouillon le dit en tête : ses réponses peuvent encore changer."""
    if ev.statut != "brouillon":
        return []
    return [Paragraphe(modele.bi("Brouillon : cette évaluation n'est pas terminée; ses réponses peuvent encore changer.",
                                 "Draft: this assessment is not completed; its answers may still change.", langue, "\n"),
                       "note")]


def signataires(ev: Evaluation, auteur: str | None = None, titre_auteur: str = "") -> list[Signataire]:
    """« Préparé par » (``auteur`` : le nom complet de la personne qui prépare le rapport, celui
    de son profil — jamais le compte du système) puis « Approuvé par » (l'approbateur une fois
    l'évaluation approuvée). Sans ``auteur`` (``None``, rapports pas encore passés au modèle de
    document), l'auteur du dossier, comme avant."""
    nom = ev.auteur if auteur is None else auteur
    return [Signataire("Préparé par", "Prepared by", nom, titre_auteur if auteur is not None else ""),
            Signataire("Approuvé par", "Approved by", ev.approuve_par if ev.statut == "approuvee" else "")]


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


def _bloc_conclusion(c: dict, posees: list[str], langue: str) -> list[Paragraphe]:
    """L'encadré de la conclusion : celle de l'outil, la décision du ministère, sa détermination
    finale, puis la justification (un paragraphe à part : long, il se coupe entre deux pages et
    sa fin reste avec l'approbation)."""
    bi = modele.bi
    conclusion = conclusion_1a(c)
    if conclusion is None:
        manquent = ", ".join(str(n) for n, q in enumerate(outil_1a.QUESTIONS, start=1)
                             if q.code in posees and c["reponses"].get(q.code, {}).get("reponse") not in ("oui", "non"))
        return [Paragraphe(bi(f"Pas encore de conclusion : questions sans réponse ({manquent}).",
                              f"No conclusion yet: unanswered questions ({manquent}).", langue, "\n"), "conclusion")]
    lib = _conclusion(conclusion)
    texte: list = [*enonce("Conclusion de l'outil", "Tool's conclusion", lib.fr, lib.en, langue, gras=True), "\n"]
    decision = c.get("decision")
    if decision == "confirme":
        texte += bi("Le ministère confirme cette conclusion.", "The department confirms this conclusion.", langue, "\n")
    elif decision == "renverse":
        texte += bi("Le ministère renverse cette conclusion.", "The department reverses this conclusion.", langue, "\n")
    else:
        texte += bi("Le ministère n'a pas encore fait sa détermination finale.",
                    "The department has not yet made its final determination.", langue, "\n")
    determination = determination_1a(c)
    if determination is not None:
        lib = _conclusion(determination)
        texte += ["\n\n", *enonce("Détermination finale du ministère", "Department's final determination",
                                  lib.fr, lib.en, langue, gras=True)]
    blocs = [Paragraphe(texte, "conclusion")]
    if (c.get("justification") or "").strip():
        blocs.append(Paragraphe([*bi("Justification de la détermination :", "Rationale for the determination:", langue,
                                     gras=True), "\n", c["justification"].strip()], "conclusion"))
    return blocs


def document(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
             titre_auteur: str = "") -> Document:
    """Le document du rapport d'une évaluation 1A (``ev.outil == "1A"``), en français, en anglais
    ou bilingue. ``auteur`` et ``titre_auteur`` : le nom complet et le titre de la personne qui le
    prépare (« Préparé par »)."""
    if ev.outil != "1A":
        raise ValueError(f"évaluation {ev.outil}, pas 1A")
    bi = modele.bi
    sujet_fr = ev.sujet or "(activité sans nom)"
    sujet_en = ev.sujet or "(unnamed activity)"
    doc = Document(f"{outil_1a.TITRE.fr} : {sujet_fr}", f"{outil_1a.TITRE.en}: {sujet_en}", langue,
                   ministere=ministere, auteur=auteur, empreinte=empreinte,
                   sujet_fr="Annexe 1A, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 1A, Guideline on Service Management", edition=ev.edition)
    c = ev.contenu
    doc.ajouter(*note_brouillon(ev, langue), Paragraphe(officiel_lib(outil_1a.PRESENTATION, langue), "note"))

    mode = (bi("Conclure au premier « non »", "Conclude at the first “no”", langue) if c.get("mode") == "premier_non"
            else bi("Chacune des huit questions documentée", "Each of the eight questions documented", langue))
    doc.ajouter(Titre(1, bi("L'activité", "The activity", langue)), fiche_tableau([
        (bi("Activité ou groupe d'activités", "Activity or group of activities", langue), ev.sujet),
        (bi("Ministère ou organisme", "Department or agency", langue), c.get("organisme", "")),
        (bi("Description", "Description", langue), c.get("description", "")),
        (bi("Démarche", "Approach", langue), mode),
        *suivi(ev, langue, bi),
    ]))
    if ev.service_pk is not None:
        doc.ajouter(Paragraphe(bi("Une entrée du répertoire des services est liée à cette évaluation.",
                                  "An entry in the service inventory is linked to this assessment.", langue, "\n"),
                               "note"))

    posees = questions_montrees(c)
    lignes = []
    for n, q in enumerate(outil_1a.QUESTIONS, start=1):
        if q.code not in posees:
            continue
        r = c["reponses"].get(q.code, {})
        lignes.append([officiel(f"{n}. {q.fr}", f"{n}. {q.en}", langue), valeur_libre(r.get("analyse"), langue),
                       reponse(r.get("reponse"), langue)])
    doc.ajouter(Titre(1, bi("Questions, analyse et réponses", "Questions, analysis and answers", langue)),
                Tableau([bi("Questions", "Questions", langue), bi("Analyse", "Analysis", langue),
                         bi("Oui/Non", "Yes/No", langue)], lignes, largeurs=[42, 46, 12],
                        resume=en_clair_bi("Les questions de l'annexe 1A, l'analyse du ministère et la réponse",
                                           "The Appendix 1A questions, the department's analysis and the answer",
                                           langue)))
    omises = [str(n) for n, q in enumerate(outil_1a.QUESTIONS, start=1) if q.code not in posees]
    if omises:
        liste = ", ".join(omises)
        doc.ajouter(Paragraphe(bi(f"Questions non posées ({liste}) : un « non » suffit, l'activité ne constitue pas un service.",
                                  f"Questions not asked ({liste}): one “no” is enough, the activity is not a service.",
                                  langue, "\n"), "note"))

    doc.ajouter(Approbation(signataires(ev, auteur, titre_auteur),
                            avant=[Titre(1, bi("Conclusion", "Conclusion", langue)),
                                   *_bloc_conclusion(c, posees, langue)]))
    return doc


def en_clair_bi(fr: str, en: str, langue: str) -> str:
    """Un texte court en deux langues, sans marques (le résumé d'un tableau)."""
    return modele.en_clair(modele.bi(fr, en, langue))


def rapport(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            titre_auteur: str = "") -> bytes:
    """Le rapport d'une évaluation 1A en PDF balisé (PDF/UA-1), avec ses champs de signature."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(ev, langue, ministere, auteur, empreinte, titre_auteur))
