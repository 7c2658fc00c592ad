"""Le plan de travail intégré sur l'amélioration des services (annexe 2C), seul, en paysage :
une ligne par mesure, groupées par initiative dans l'ordre du plan (nom de l'initiative,
objectifs, mesure, secteur responsable, date d'achèvement prévue, état). L'état s'écrit
toujours en toutes lettres, sur la couleur de la légende de l'annexe; une mesure en retard
(date passée, ni terminée ni retirée) le dit en mots, en gras. La légende suit le tableau.

La table, la légende et le décompte des états servent aussi à l'annexe de la stratégie
(``rapport_strategie``)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import Flowable, Paragraph, Spacer

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
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
from gesserv_bureau.referentiel.strategie import COULEURS_ETATS, ETATS

LARGEUR_PAYSAGE = landscape(letter)[0] - 2 * MARGE
ROUGE_RETARD = "#b71c1c"
PARTS_PAYSAGE = (0.19, 0.2, 0.24, 0.13, 0.11, 0.13)
PARTS_PORTRAIT = (0.18, 0.18, 0.225, 0.13, 0.145, 0.14)   # « d'achèvement » et la date en gras tiennent


def signataires(st: Strategie) -> list[Signataire]:
    """Le responsable de la stratégie, puis l'approbateur (son nom une fois approuvée; pour une
    mise à jour annuelle, celui de la stratégie originale, proposé par défaut — 2.5.5)."""
    approbateur = st.approuve_par if st.statut == "approuvee" or st.type == "mise_a_jour" else ""
    return [Signataire("Responsable de la stratégie", "Strategy lead", st.auteur),
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
    """« (examen 2A : Programme de déglaçage) » : l'examen dont l'initiative est reprise."""
    sujet = (i.get("origine") or {}).get("sujet") or "?"
    return f"({t('examen 2A', '2A review', langue)}{': ' if langue == 'en' else ' : '}{sujet})"


def cellule_initiative(i: dict | None, langue: str, style) -> Paragraph:
    """Le nom de l'initiative en gras, l'examen 2A d'origine en maigre dessous."""
    if i is None or not i.get("origine"):
        return Paragraph(f"<b>{x(typographie(nom_initiative(i, langue)))}</b>", style)
    nom = (i.get("nom") or "").strip() or t("(initiative sans nom)", "(unnamed initiative)", langue)
    return Paragraph(f"<b>{x(typographie(nom))}</b><br/>{x(typographie(_origine(i, langue)))}", style)


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
    s = styles()
    par_etat = {code: sum(1 for m in st.mesures if m.get("etat") == code) for code in ETATS.codes()}
    retard = sum(1 for m in st.mesures if regles.en_retard(m, aujourd_hui))
    fr = (f"Mesures : {len(st.mesures)} — " + " · ".join(f"{ETATS.texte(c, 'fr')} : {n}" for c, n in par_etat.items())
          + f". En retard : {retard}.")
    en = (f"Actions: {len(st.mesures)} — " + " · ".join(f"{ETATS.texte(c, 'en')}: {n}" for c, n in par_etat.items())
          + f". Overdue: {retard}.")
    return p(t(fr, en, langue, "\n"), s["corps"])


def rapport(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            aujourd_hui: dt.date | None = None) -> bytes:
    """Le plan de travail intégré de ``strategie`` seul, en paysage; ``aujourd_hui`` : la date
    qui décide des retards (aujourd'hui par défaut)."""
    st_ = strategie
    nom = st_.titre or t("Stratégie de gestion des services", "Service Management Strategy", langue)
    doc = Document(f"Plan de travail intégré sur l'amélioration des services : {nom}",
                   f"Integrated service improvement workplan: {nom}", langue, ministere=ministere,
                   auteur=auteur or st_.auteur, empreinte=empreinte, paysage=True,
                   sujet_fr="Annexe 2C, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 2C, Guideline on Service Management", signataires=signataires(st_),
                   edition=st_.edition)
    s = styles()
    jour = (aujourd_hui or dt.date.today()).isoformat()
    h: list[Flowable] = titre_rapport(doc)
    version = f"Version {st_.version}"
    statut = (t(f"approuvée le {st_.approuve_le[:10]} par {st_.approuve_par}",
                f"approved on {st_.approuve_le[:10]} by {st_.approuve_par}", langue)
              if st_.statut == "approuvee" else t("brouillon, non approuvée", "draft, not approved", langue))
    h.append(p(" · ".join(x_ for x_ in (t("Exercice ", "Fiscal year ", langue) + (st_.exercice or "—"), version, statut)),
               s["corps"]))
    h.append(p(t(f"Modèle de l'annexe 2C de la Ligne directrice sur la gestion des services — état au {jour}",
                 f"Appendix 2C template of the Guideline on Service Management — status as of {jour}",
                 langue, "\n"), s["note"]))
    h.append(decompte(st_, langue, aujourd_hui))
    h.append(table_plan(st_, langue, LARGEUR_PAYSAGE, aujourd_hui))
    h += legende(langue)
    return construire(doc, h)


__all__ = ["decompte", "legende", "rapport", "signataires", "table_plan"]
