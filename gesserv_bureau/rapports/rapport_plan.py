"""Le plan de travail intégré sur l'amélioration des services (annexe 2C), seul, en paysage :
une ligne par mesure, groupées par initiative dans l'ordre du plan (nom de l'initiative,
objectifs, mesure, secteur responsable, date d'achèvement prévue, état). L'état s'écrit
toujours en toutes lettres, sur la couleur de la légende de l'annexe; une mesure en retard
(date passée, ni terminée ni retirée) le dit en mots, en gras. La légende suit le tableau et
reste avec le bloc d'approbation.

Le plan est un :class:`~gesserv_bureau.rapports.document.Document` (``document``, en paysage),
rendu en PDF balisé par ``rapport``. La table, la légende et le décompte en reportlab
(``table_plan``, ``legende``, ``decompte``) servent encore à l'annexe de la stratégie
(``rapport_strategie``), pas encore passée au modèle de document : ils partiront avec elle."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import Flowable, Paragraph, Spacer

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.rapports.document import (
    Approbation,
    Document,
    Fragment,
    Paragraphe,
    Signataire,
    Tableau,
    bi,
    en_clair,
)
from gesserv_bureau.rapports.gabarit import MARGE, p, styles, tableau
from gesserv_bureau.rapports.texte import t, typographie, x
from gesserv_bureau.referentiel.strategie import COULEURS_ETATS, ETATS

LARGEUR_PAYSAGE = landscape(letter)[0] - 2 * MARGE
ROUGE_RETARD = "#b71c1c"
PARTS_PAYSAGE = (0.19, 0.2, 0.24, 0.13, 0.11, 0.13)
PARTS_PORTRAIT = (0.18, 0.18, 0.225, 0.13, 0.145, 0.14)   # « d'achèvement » et la date en gras tiennent
# le plan seul (modèle de document) : les en-têtes bilingues des colonnes étroites tiennent en moins de lignes
PARTS_PLAN = (0.18, 0.17, 0.22, 0.15, 0.13, 0.15)


def signataires(st: Strategie, auteur: str | None = None, titre_auteur: str = "") -> list[Signataire]:
    """Le responsable de la stratégie (``auteur`` : le nom complet de la personne qui prépare le
    rapport, celui de son profil — jamais le compte du système; sans lui (``None``, rapport de la
    stratégie pas encore passé au modèle de document), l'auteur du dossier, comme avant), puis
    l'approbateur (son nom une fois approuvée; pour une mise à jour annuelle, celui de la
    stratégie originale, proposé par défaut — 2.5.5)."""
    approbateur = st.approuve_par if st.statut == "approuvee" or st.type == "mise_a_jour" else ""
    nom, titre = (st.auteur, "") if auteur is None else (auteur, titre_auteur)
    return [Signataire("Responsable de la stratégie", "Strategy lead", nom, titre),
            Signataire("Approuvé par", "Approved by", approbateur)]


def etat_texte(code: str | None, langue: str) -> str:
    lib = ETATS.par_code(code) if code else None
    return t(lib.fr, lib.en, langue) if lib else "—"


def nom_initiative(i: dict | None, langue: str) -> str:
    if i is None:
        return t("(initiative introuvable)", "(initiative not found)", langue)
    nom = (i.get("nom") or "").strip() or t("(initiative sans nom)", "(unnamed initiative)", langue)
    return nom + (" " + _origine(i, langue) if i.get("origine") else "")


def _origine(i: dict, langue: str) -> str:
    """« (examen 2A : Programme de déglaçage) » : l'examen dont l'initiative est reprise; « (norme
    de service : AAC-001 · STD-1) » : la norme dont elle porte le plan d'action (tableau 8)."""
    genre, sujet = regles.origine_de(i) or ("2A", "?")
    quoi = t("norme de service", "service standard", langue) if genre == "norme" else t("examen 2A", "2A review", langue)
    return f"({quoi}{': ' if langue == 'en' else ' : '}{sujet})"


def objectifs_de(st: Strategie, i: dict | None) -> list[str]:
    if i is None:
        return []
    par_id = {o["id"]: o for o in st.objectifs}
    return [par_id[ident]["texte"] for ident in i.get("objectifs", []) if ident in par_id]


def groupes(st: Strategie) -> list[tuple[dict | None, list[dict]]]:
    """Les mesures groupées par initiative, dans l'ordre des initiatives puis des mesures; les
    initiatives sans mesure gardent leur ligne; les mesures d'une initiative disparue à la fin."""
    connues = {i["id"] for i in st.initiatives}
    resultat = [(i, [m for m in st.mesures if m.get("initiative_id") == i["id"]]) for i in st.initiatives]
    orphelines = [m for m in st.mesures if m.get("initiative_id") not in connues]
    if orphelines:
        resultat.append((None, orphelines))
    return resultat


# --- le plan de travail (modèle de document) -------------------------------------------------
def _teint(fragments: list[Fragment], couleur: str) -> list[Fragment]:
    return [replace(f, couleur=couleur) for f in fragments]


def _italique(fragments: list[Fragment]) -> list[Fragment]:
    return [replace(f, italique=True) for f in fragments]


def _cellule_initiative(i: dict | None, langue: str) -> list:
    """Le nom de l'initiative en gras, l'examen 2A d'origine en maigre dessous."""
    if i is None:
        return bi("(initiative introuvable)", "(initiative not found)", langue, gras=True)
    nom = (i.get("nom") or "").strip()
    texte = [Fragment(nom, gras=True)] if nom else bi("(initiative sans nom)", "(unnamed initiative)", langue, gras=True)
    origine = regles.origine_de(i)
    if origine:
        genre, sujet = origine
        quoi = bi("norme de service", "service standard", langue) if genre == "norme" else bi("examen 2A", "2A review", langue)
        texte += ["\n(", *quoi, (": " if langue == "en" else " : ") + sujet + ")"]
    return texte


def _etat(code: str | None, langue: str) -> list:
    lib = ETATS.par_code(code) if code else None
    if lib is None:
        return ["—"]
    texte = bi(lib.fr, lib.en, langue, gras=code in COULEURS_ETATS)
    return _teint(texte, COULEURS_ETATS[code][2]) if code in COULEURS_ETATS else texte


def tableau_plan(st: Strategie, langue: str, aujourd_hui: dt.date | None = None) -> Tableau:
    """Le tableau de l'annexe 2C : chaque cellule d'état porte la couleur de la légende (le fond
    de la cellule, l'encre du mot), en plus du mot; une mesure en retard le dit en rouge et en
    gras sous sa date."""
    lignes: list[list] = []
    fonds: dict[tuple[int, int], str] = {}
    for i, mesures in groupes(st):
        objectifs = objectifs_de(st, i)
        texte_objectifs = objectifs[0] if len(objectifs) == 1 else "\n".join("• " + o for o in objectifs)
        if not mesures:
            lignes.append([_cellule_initiative(i, langue), texte_objectifs,
                           _italique(bi("(aucune mesure)", "(no action)", langue)), "", "", ""])
        for n, m in enumerate(mesures):
            etat = m.get("etat")
            date = m.get("date_prevue") or ""
            if regles.en_retard(m, aujourd_hui):
                cellule_date: list | str = _teint([Fragment(date, gras=True), Fragment("\n"),
                                                   *bi("⚠ en retard", "⚠ overdue", langue, gras=True)], ROUGE_RETARD)
            else:
                cellule_date = date or "—"
            if etat in COULEURS_ETATS:
                fonds[len(lignes), 5] = COULEURS_ETATS[etat][3]
            lignes.append([_cellule_initiative(i, langue) if n == 0 else "", texte_objectifs if n == 0 else "",
                           m.get("mesure") or "—", m.get("secteur") or "—", cellule_date, _etat(etat, langue)])
    if not lignes:
        lignes.append([_italique(bi("Aucune initiative ni mesure.", "No initiative or action.", langue)),
                       "", "", "", "", ""])
    return Tableau([bi("Nom de l'initiative", "Initiative name", langue), bi("Objectifs", "Objectives", langue),
                    bi("Mesures", "Actions", langue),
                    bi("Secteur responsable de l'initiative", "Sector responsible for the initiative", langue),
                    bi("Date d'achèvement prévue", "Planned completion date", langue), bi("État", "Status", langue)],
                   lignes, largeurs=list(PARTS_PLAN), fonds=fonds,
                   resume=en_clair(bi("Le plan de travail de l'annexe 2C : une ligne par mesure, groupées par initiative",
                                      "The Appendix 2C workplan: one row per action, grouped by initiative", langue)))


def texte_legende(langue: str) -> Paragraphe:
    """La légende de l'annexe 2C : « Vert : Terminé · Bleu : À temps · … », chaque état sur sa
    couleur; en bilingue, la ligne française puis l'anglaise, chacune dans sa langue."""
    texte: list = []
    for n, lang in enumerate(("fr", "en") if langue == "bilingue" else (langue,)):
        marque = lang if langue == "bilingue" else None
        texte += ["\n"] if n else []
        sep = ": " if lang == "en" else "\u00a0: "
        texte.append(Fragment(("Legend" if lang == "en" else "Légende") + sep.rstrip() + "  ", marque, gras=True))
        for k, code in enumerate(ETATS.codes()):
            fr, en, encre, fond = COULEURS_ETATS[code]
            texte.append(Fragment((" · " if k else "") + (en if lang == "en" else fr) + sep, marque))
            texte.append(Fragment(f"\u00a0{ETATS.texte(code, lang)}\u00a0", marque, gras=True, couleur=encre, fond=fond))
    return Paragraphe(texte, "petit")


def texte_decompte(st: Strategie, langue: str, aujourd_hui: dt.date | None = None) -> Paragraphe:
    """Combien de mesures dans chaque état, et combien en retard."""
    return Paragraphe(bi(*_decompte(st, aujourd_hui), langue, "\n"))


def _decompte(st: Strategie, aujourd_hui: dt.date | None) -> tuple[str, str]:
    par_etat = {code: sum(1 for m in st.mesures if m.get("etat") == code) for code in ETATS.codes()}
    retard = sum(1 for m in st.mesures if regles.en_retard(m, aujourd_hui))
    fr = (f"Mesures : {len(st.mesures)} — " + " · ".join(f"{ETATS.texte(c, 'fr')} : {n}" for c, n in par_etat.items())
          + f". En retard : {retard}.")
    en = (f"Actions: {len(st.mesures)} — " + " · ".join(f"{ETATS.texte(c, 'en')}: {n}" for c, n in par_etat.items())
          + f". Overdue: {retard}.")
    return fr, en


def document(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
             aujourd_hui: dt.date | None = None, titre_auteur: str = "") -> Document:
    """Le document du plan de travail intégré de ``strategie`` seul, en paysage; ``aujourd_hui``
    : la date qui décide des retards (aujourd'hui par défaut); ``auteur``, ``titre_auteur`` : le
    responsable de la stratégie qui le prépare."""
    st_ = strategie
    nom_fr = st_.titre or "Stratégie de gestion des services"
    nom_en = st_.titre or "Service Management Strategy"
    doc = Document(f"Plan de travail intégré sur l'amélioration des services : {nom_fr}",
                   f"Integrated service improvement workplan: {nom_en}", langue, ministere=ministere,
                   auteur=auteur, empreinte=empreinte, paysage=True,
                   sujet_fr="Annexe 2C, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 2C, Guideline on Service Management", edition=st_.edition)
    jour = (aujourd_hui or dt.date.today()).isoformat()
    if st_.statut == "approuvee":
        statut = bi(f"approuvée le {st_.approuve_le[:10]} par {st_.approuve_par}",
                    f"approved on {st_.approuve_le[:10]} by {st_.approuve_par}", langue)
    else:
        statut = bi("brouillon, non approuvée", "draft, not approved", langue)
    doc.ajouter(
        Paragraphe([*bi("Exercice", "Fiscal year", langue), f" {st_.exercice or '—'} · Version {st_.version} · ", *statut]),
        Paragraphe(bi(f"Modèle de l'annexe 2C de la Ligne directrice sur la gestion des services — état au {jour}",
                      f"Appendix 2C template of the Guideline on Service Management — status as of {jour}", langue, "\n"),
                   "note"),
        texte_decompte(st_, langue, aujourd_hui),
        Approbation(signataires(st_, auteur, titre_auteur),
                    avant=[tableau_plan(st_, langue, aujourd_hui), texte_legende(langue)]),
    )
    return doc


def rapport(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            aujourd_hui: dt.date | None = None, titre_auteur: str = "") -> bytes:
    """Le plan de travail intégré de ``strategie`` en PDF balisé (PDF/UA-1), en paysage."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(strategie, langue, ministere, auteur, empreinte, aujourd_hui, titre_auteur))


# --- pièces reportlab, pour l'annexe de la stratégie (pas encore passée au modèle) -----------
def cellule_initiative(i: dict | None, langue: str, style) -> Paragraph:
    """Le nom de l'initiative en gras, l'examen 2A d'origine en maigre dessous."""
    if i is None or not i.get("origine"):
        return Paragraph(f"<b>{x(typographie(nom_initiative(i, langue)))}</b>", style)
    nom = (i.get("nom") or "").strip() or t("(initiative sans nom)", "(unnamed initiative)", langue)
    return Paragraph(f"<b>{x(typographie(nom))}</b><br/>{x(typographie(_origine(i, langue)))}", style)


def table_plan(st: Strategie, langue: str, largeur: float, aujourd_hui: dt.date | None = None):
    """Le tableau de l'annexe 2C."""
    s = styles()
    cellule, note = s["cellule"], s["note"]
    lignes: list[list] = [[t("Nom de l'initiative", "Initiative name", langue), t("Objectifs", "Objectives", langue),
                           t("Mesures", "Actions", langue),
                           t("Secteur responsable de l'initiative", "Sector responsible for the initiative", langue),
                           t("Date d'achèvement prévue", "Planned completion date", langue), t("État", "Status", langue)]]
    commandes: list = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#26374a"))]
    for i, mesures in groupes(st):
        debut = len(lignes)
        objectifs = objectifs_de(st, i)
        texte_objectifs = objectifs[0] if len(objectifs) == 1 else "\n".join("• " + o for o in objectifs)
        if not mesures:
            lignes.append([cellule_initiative(i, langue, cellule), texte_objectifs,
                           p(t("(aucune mesure)", "(no action)", langue), note), "", "", ""])
        for n, m in enumerate(mesures):
            etat = m.get("etat")
            date = m.get("date_prevue") or ""
            if regles.en_retard(m, aujourd_hui):
                retard = x(t("⚠ en retard", "⚠ overdue", langue, " / "))
                cellule_date: Flowable | str = Paragraph(
                    f'<font color="{ROUGE_RETARD}"><b>{x(date)}<br/>{retard}</b></font>', cellule)
            else:
                cellule_date = date or "—"
            if etat in COULEURS_ETATS:
                _fr, _en, encre, fond = COULEURS_ETATS[etat]
                cellule_etat: Flowable | str = Paragraph(
                    f'<font color="{encre}"><b>{x(typographie(etat_texte(etat, langue)))}</b></font>', cellule)
                commandes.append(("BACKGROUND", (5, len(lignes)), (5, len(lignes)), colors.HexColor(fond)))
            else:
                cellule_etat = etat_texte(etat, langue)
            lignes.append([cellule_initiative(i, langue, cellule) if n == 0 else "",
                           texte_objectifs if n == 0 else "", m.get("mesure") or "—", m.get("secteur") or "—",
                           cellule_date, cellule_etat])
        if debut > 1:
            commandes.append(("LINEABOVE", (0, debut), (-1, debut), 1.2, colors.HexColor("#26374a")))
    if len(lignes) == 1:
        lignes.append([p(t("Aucune initiative ni mesure.", "No initiative or action.", langue), note), "", "", "", "", ""])
        commandes.append(("SPAN", (0, 1), (-1, 1)))
    parts = PARTS_PAYSAGE if largeur >= LARGEUR_PAYSAGE - 1 else PARTS_PORTRAIT
    return tableau(lignes, [largeur * x_ for x_ in parts], zebre=False, styles_sup=commandes)


def legende(langue: str) -> list[Flowable]:
    """La légende de l'annexe 2C : « Vert : Terminé · Bleu : À temps · … », chaque état sur sa couleur."""
    s = styles()
    lignes = []
    for lang in (("fr", "en") if langue == "bilingue" else (langue,)):
        morceaux = []
        for code in ETATS.codes():
            fr, en, encre, fond = COULEURS_ETATS[code]
            couleur = en if lang == "en" else fr
            mot = ETATS.texte(code, lang)
            sep = ": " if lang == "en" else "\u00a0: "
            morceaux.append(f'{x(couleur)}{sep}<font color="{encre}" backColor="{fond}"><b>\u00a0{x(mot)}\u00a0</b></font>')
        titre = "Legend" if lang == "en" else "Légende"
        lignes.append(f"<b>{titre}</b>{'' if lang == 'en' else chr(160)}:  " + " · ".join(morceaux))
    return [Spacer(1, 4), Paragraph("<br/>".join(lignes), s["petit"])]


def decompte(st: Strategie, langue: str, aujourd_hui: dt.date | None = None) -> Paragraph:
    """Combien de mesures dans chaque état, et combien en retard."""
    return p(t(*_decompte(st, aujourd_hui), langue, "\n"), styles()["corps"])


__all__ = ["decompte", "document", "legende", "rapport", "signataires", "table_plan", "tableau_plan",
           "texte_decompte", "texte_legende"]
