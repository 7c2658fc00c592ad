"""La stratégie de gestion des services (2.5.4, annexe 2B) et sa mise à jour annuelle (2.5.5).

La stratégie : une page d'identification, la table des matières (avec les pages), puis les
sections dans l'ordre et sous les titres que le ministère leur a donnés : textes, services
touchés, l'analyse FFPM en grille 2 × 2, les objectifs et les initiatives, le tableau des
risques et, en annexe, le plan de travail intégré (annexe 2C) avec sa légende.

La mise à jour annuelle (``strategie.type == "mise_a_jour"``) suit 2.5.5 : l'aperçu de la
stratégie actuelle (élément 1 : l'endroit où elle se trouve, sa date d'approbation et la dernière
date de mise à jour, qui sont deux dates distinctes), les éléments A à G disant chacun
« modifié » ou « inchangé » avec leur contenu à jour, puis le plan de travail à jour.

La table des matières donne les pages : le rapport est mis en page deux fois, la première pour
trouver où tombe chaque titre (les numéros de page ne changent pas la hauteur des lignes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.strategie import LIBELLES_ETATS_SECTION, Strategie
from gesserv_bureau.rapports.gabarit import (
    MARGE,
    Document,
    construire,
    p,
    styles,
    tableau,
    titre_rapport,
)
from gesserv_bureau.rapports.rapport_1a import (
    bi,
    bil,
    fiche,
    intertitre,
    jour,
    libre,
)
from gesserv_bureau.rapports.rapport_plan import (
    decompte,
    legende,
    signataires,
    table_plan,
)
from gesserv_bureau.rapports.texte import t, typographie, x
from gesserv_bureau.referentiel import strategie as ref
from gesserv_bureau.referentiel.codes import Libelle

LARGEUR = letter[0] - 2 * MARGE
FONDS_FFPM = {"forces": "#e8f3e9", "faiblesses": "#fbeaea", "possibilites": "#e6eff9", "menaces": "#fdf5d9"}
STATUTS = {"brouillon": ("Brouillon", "Draft"), "approuvee": ("Approuvée", "Approved")}


class Repere(Flowable):
    """Un point invisible qui retient la page où il tombe (pour la table des matières)."""

    def __init__(self, cle: str, pages: dict[str, int]):
        super().__init__()
        self.cle = cle
        self.pages = pages

    def wrap(self, _largeur, _hauteur):
        return 0, 0

    def draw(self) -> None:
        self.pages.setdefault(self.cle, self.canv.getPageNumber())


def titre_repere(cle: str, texte: str, style, trouvees: dict[str, int],
                 suite: list[Flowable] | None = None) -> list[Flowable]:
    """Un titre de la table des matières, gardé avec le début de ce qui le suit (ses
    sous-titres, sa note et le premier bloc : un titre ne reste jamais seul en bas de page, la
    grille FFPM ne part pas sans le sien). Le repère est placé dans ce bloc, après l'éventuel
    saut de page, pour retenir la page où le titre tombe vraiment."""
    suite = list(suite or [])
    debut: list[Flowable] = []
    while suite:
        f = suite.pop(0)
        if isinstance(f, CondPageBreak):
            continue
        if isinstance(f, KeepTogether):   # un KeepTogether dans un autre force toujours un saut de page
            debut.extend(f._content)
            break
        debut.append(f)
        if not (isinstance(f, Paragraph) and f.style.name in ("h1", "h2", "note")):
            break
    return [CondPageBreak(30 * mm), KeepTogether([Repere(cle, trouvees), p(texte, style), *debut]), *suite]


def _lib(lib: Libelle, langue: str, separateur: str = " / ") -> str:
    return t(lib.fr, lib.en, langue, separateur)


def _titre(s: dict, langue: str) -> str:
    """Le titre d'une section : celui du ministère, sinon celui de l'annexe 2B (bilingue au besoin)."""
    if s.get("titre"):
        return s["titre"]
    type_ = ref.PAR_CODE.get(s["type"])
    return _lib(type_.titre, langue) if type_ else ""


def numeros(st: Strategie) -> dict[str, str]:
    """« 1. », « 2. »… pour chaque section; l'annexe (le plan de travail) n'est pas numérotée."""
    resultat, n = {}, 0
    for s in st.sections:
        if s["type"] == "plan":
            resultat[s["id"]] = ""
        else:
            n += 1
            resultat[s["id"]] = f"{n}. "
    return resultat


# --- le contenu de chaque sorte de section ---------------------------------------------------
class Contexte:
    """Ce qu'il faut pour écrire les sections : la langue, les services, la date des retards."""

    def __init__(self, st: Strategie, langue: str, services: list[Service] | None, aujourd_hui: dt.date | None):
        self.st = st
        self.langue = langue
        self.services = {s.pk: s for s in services or []}
        self.aujourd_hui = aujourd_hui
        self.styles = styles()

    def service(self, pk: int) -> str:
        s = self.services.get(pk)
        if s is None:
            return t(f"(service n° {pk})", f"(service no. {pk})", self.langue)
        nom = s.nom("en" if self.langue == "en" else "fr")
        return f"{s.service_id} — {nom}" if s.service_id else nom


def textes(c: Contexte, s: dict | None, type_: str) -> list[Flowable]:
    """Les sous-sections de texte (sommaire, contexte, vision, rendement, section libre)."""
    st, langue = c.styles, c.langue
    valeurs = (s or {}).get("textes", {})
    h: list[Flowable] = []
    if type_ == "libre":
        return [libre(valeurs.get("texte"), langue)]
    for sous in ref.PAR_CODE[type_].sous_sections:
        if type_ == "contexte" and sous.code == "liens":
            h += services_touches(c)
        h += intertitre(_lib(sous, langue), st["h2"])
        h.append(libre(valeurs.get(sous.code), langue))
    return h


def services_touches(c: Contexte) -> list[Flowable]:
    st, langue = c.styles, c.langue
    h: list[Flowable] = intertitre(_lib(ref.SERVICES_TOUCHES, langue), st["h2"], 20 * mm)
    if not c.st.services:
        return h + [libre("", langue)]
    return h + [p("\n".join("• " + c.service(pk) for pk in c.st.services), st["corps"])]


def grille_ffpm(c: Contexte) -> list[Flowable]:
    """L'analyse FFPM en grille 2 × 2 : forces et faiblesses en haut, possibilités et menaces en bas."""
    st, langue = c.styles, c.langue
    cellules = {}
    for cadran in ref.CADRANS_FFPM:
        elements = [e.strip() for e in c.st.ffpm.get(cadran.code, []) if (e or "").strip()]
        corps = "<br/>".join("• " + x(typographie(e)) for e in elements) if elements else \
            "<i>" + x(t("(non rempli)", "(not filled in)", langue)) + "</i>"
        cellules[cadran.code] = Paragraph(f'<font size="10"><b>{x(_lib(cadran, langue))}</b></font><br/>{corps}',
                                          st["cellule"])
    lignes = [[cellules["forces"], cellules["faiblesses"]], [cellules["possibilites"], cellules["menaces"]]]
    commandes = [("BACKGROUND", (0, 0), (0, 0), colors.HexColor(FONDS_FFPM["forces"])),
                 ("BACKGROUND", (1, 0), (1, 0), colors.HexColor(FONDS_FFPM["faiblesses"])),
                 ("BACKGROUND", (0, 1), (0, 1), colors.HexColor(FONDS_FFPM["possibilites"])),
                 ("BACKGROUND", (1, 1), (1, 1), colors.HexColor(FONDS_FFPM["menaces"])),
                 ("GRID", (0, 0), (-1, -1), 1, colors.white),
                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                 ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7)]
    return [KeepTogether(tableau(lignes, [LARGEUR / 2, LARGEUR / 2], entete=False, zebre=False, styles_sup=commandes))]


def objectifs(c: Contexte) -> list[Flowable]:
    st, langue = c.styles, c.langue
    remplis = [o for o in c.st.objectifs if (o.get("texte") or "").strip()]
    if not remplis:
        return [libre("", langue)]
    return [p("\n".join(f"{n}. {o['texte'].strip()}" for n, o in enumerate(remplis, start=1)), st["corps"])]


def initiatives(c: Contexte) -> list[Flowable]:
    """Chaque initiative : nom, description, portée (services), objectifs visés, justification et
    renseignements sur l'exécution (2.5.4)."""
    st, langue = c.styles, c.langue
    if not c.st.initiatives:
        return [libre("", langue)]
    par_id = {o["id"]: o for o in c.st.objectifs}
    h: list[Flowable] = []
    for n, i in enumerate(c.st.initiatives, start=1):
        vises = [par_id[ident]["texte"] for ident in i.get("objectifs", []) if ident in par_id]
        lignes = [
            (t("Description", "Description", langue), libre(i.get("description"), langue, st["cellule"])),
            (t("Portée (services visés)", "Scope (services covered)", langue),
             "\n".join("• " + c.service(pk) for pk in i.get("services", [])) or libre("", langue, st["cellule"])),
            (t("Objectifs visés", "Objectives addressed", langue), "\n".join("• " + v for v in vises) or "—"),
            (t("Justification", "Rationale", langue), libre(i.get("justification"), langue, st["cellule"])),
            (t("Cibles", "Targets", langue), i.get("cibles") or "—"),
            (t("Échéances", "Timelines", langue), i.get("echeances") or "—"),
            (t("Indicateurs de rendement", "Performance indicators", langue), i.get("indicateurs") or "—"),
            (t("Coûts de la mise en œuvre", "Implementation costs", langue), i.get("couts") or "—"),
        ]
        if i.get("origine"):
            lignes.append((t("Origine", "Origin", langue),
                           t(f"Examen 2A du service « {i['origine'].get('sujet') or '?'} »",
                             f"2A review of the service “{i['origine'].get('sujet') or '?'}”", langue)))
        nom = (i.get("nom") or "").strip() or t("(initiative sans nom)", "(unnamed initiative)", langue)
        h.append(KeepTogether([p(f"{n}. {nom}", st["cellule_gras"]), Spacer(1, 2), fiche(lignes, LARGEUR, part=0.26)]))
        h.append(Spacer(1, 6))
    return h


def risques(c: Contexte) -> list[Flowable]:
    st, langue = c.styles, c.langue
    if not c.st.risques:
        return [libre("", langue)]

    def niveau(code):
        lib = ref.NIVEAUX.par_code(code) if code else None
        return t(lib.fr, lib.en, langue) if lib else "—"

    lignes: list[list] = [[t("Principaux risques de mise en œuvre", "Main implementation risks", langue),
                           t("Probabilité", "Likelihood", langue), t("Incidence", "Impact", langue),
                           t("Plans d'atténuation des risques", "Risk mitigation plans", langue)]]
    for r in c.st.risques:
        lignes.append([r.get("risque") or "—", p(niveau(r.get("probabilite")), st["cellule_gras"]),
                       p(niveau(r.get("impact")), st["cellule_gras"]), r.get("attenuation") or "—"])
    return [tableau(lignes, [LARGEUR * 0.34, LARGEUR * 0.13, LARGEUR * 0.13, LARGEUR * 0.4])]


def plan(c: Contexte) -> list[Flowable]:
    return [decompte(c.st, c.langue, c.aujourd_hui), table_plan(c.st, c.langue, LARGEUR, c.aujourd_hui),
            *legende(c.langue)]


def contenu_section(c: Contexte, s: dict) -> list[Flowable]:
    type_ = s["type"]
    if type_ in ("sommaire", "contexte", "vision", "rendement", "libre"):
        return textes(c, s, type_)
    if type_ == "ffpm":
        return grille_ffpm(c)
    if type_ == "objectifs":
        st, langue = c.styles, c.langue
        return [*intertitre(t("Objectifs", "Objectives", langue), st["h2"], 20 * mm), *objectifs(c),
                *intertitre(t("Initiatives d'amélioration des services", "Service improvement initiatives", langue),
                            st["h2"], 50 * mm),
                *initiatives(c)]
    if type_ == "risques":
        return risques(c)
    if type_ == "plan":
        return plan(c)
    return []


# --- la table des matières -------------------------------------------------------------------
def table_des_matieres(entrees: list[tuple[str, str, int]], pages: dict[str, int], langue: str) -> list[Flowable]:
    """Une ligne par entrée (clé, titre, niveau), le numéro de page à droite."""
    st = styles()
    lignes = []
    for cle, titre, niveau in entrees:
        style = st["cellule_gras"] if niveau == 0 else st["cellule"]
        texte = p(titre, style)
        if niveau:
            texte.style = style.clone(f"toc_{niveau}", leftIndent=12 * niveau)
        lignes.append([texte, str(pages.get(cle, "")) or "…"])
    return [p(t("Table des matières", "Table of contents", langue), st["h1"]),
            tableau(lignes, [LARGEUR * 0.88, LARGEUR * 0.12], entete=False, zebre=False, styles_sup=[
                ("GRID", (0, 0), (-1, -1), 0, colors.white),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c3ccd5")),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ])]


def _deux_passes(doc: Document, histoire: Callable[[dict[str, int], dict[str, int]], list[Flowable]]) -> bytes:
    """Met le rapport en page une première fois pour trouver la page de chaque repère, puis une
    seconde avec ces pages dans la table des matières."""
    trouvees: dict[str, int] = {}
    construire(doc, histoire({}, trouvees))
    return construire(doc, histoire(dict(trouvees), {}))


def _identification(st: Strategie, langue: str) -> Flowable:
    statut = STATUTS.get(st.statut, (st.statut, st.statut))
    lignes = [(t("Titre", "Title", langue), st.titre or "—"), (t("Exercice", "Fiscal year", langue), st.exercice or "—"),
              (t("Version", "Version", langue), str(st.version)), (t("Statut", "Status", langue), t(*statut, langue)),
              (t("Responsable de la stratégie", "Strategy lead", langue), st.auteur or "—"),
              (t("Dernière modification", "Last modified", langue), jour(st.modifie_le)),
              (t("Édition de la ligne directrice", "Guideline edition", langue), st.edition or "—")]
    if st.statut == "approuvee":
        lignes += [(t("Approuvée le", "Approved on", langue), jour(st.approuve_le)),
                   (t("Approuvée par", "Approved by", langue), st.approuve_par or "—")]
    return fiche(lignes)


def _brouillon(st: Strategie, langue: str) -> list[Flowable]:
    if st.statut == "approuvee":
        return []
    vides = regles.sections_requises_vides(st)
    texte_fr = "Brouillon : cette version n'est pas approuvée."
    texte_en = "Draft: this version is not approved."
    if vides:
        noms_fr = ", ".join(regles.titre_section(s, "fr") for s in vides)
        noms_en = ", ".join(regles.titre_section(s, "en") for s in vides)
        etat_fr, etat_en = LIBELLES_ETATS_SECTION[regles.VIDE]
        texte_fr += f" Sections requises encore vides ({etat_fr.lower()}) : {noms_fr}."
        texte_en += f" Required sections still {etat_en.lower()}: {noms_en}."
    return [p(t(texte_fr, texte_en, langue, "\n"), styles()["note"])]


# --- la stratégie ---------------------------------------------------------------------------
def _strategie(st: Strategie, langue: str, doc: Document, c: Contexte) -> bytes:
    num = numeros(st)
    entrees = [(s["id"], num[s["id"]] + _titre(s, langue), 0) for s in st.sections]

    def histoire(pages: dict[str, int], trouvees: dict[str, int]) -> list[Flowable]:
        sty = styles()
        h: list[Flowable] = titre_rapport(doc)
        h += _brouillon(st, langue)
        h.append(_identification(st, langue))
        h += table_des_matieres(entrees, pages, langue)
        for rang, s in enumerate(st.sections):
            if rang == 0 or s["type"] == "plan":
                h.append(PageBreak())
            h += titre_repere(s["id"], num[s["id"]] + _titre(s, langue), sty["h1"], trouvees, contenu_section(c, s))
        return h

    return _deux_passes(doc, histoire)


# --- la mise à jour annuelle (2.5.5) ---------------------------------------------------------
def _element(c: Contexte, lettre: str) -> list[Flowable]:
    """Le contenu à jour d'un élément A à G."""
    st = c.st
    sty, langue = c.styles, c.langue
    if lettre == "A":
        return textes(c, st.section_de_type("contexte"), "contexte")
    if lettre == "B":
        return textes(c, st.section_de_type("vision"), "vision")
    if lettre == "C":
        return grille_ffpm(c)
    if lettre == "D":
        return objectifs(c)
    if lettre == "E":
        return [*initiatives(c), *intertitre(t("Progrès des mesures", "Progress of the actions", langue), sty["h2"],
                                             20 * mm),
                decompte(st, langue, c.aujourd_hui)]
    if lettre == "F":
        return textes(c, st.section_de_type("rendement"), "rendement")
    if lettre == "G":
        return risques(c)
    return []


def _mise_a_jour(st: Strategie, langue: str, doc: Document, c: Contexte, reference: Strategie | None,
                 apercu: regles.Apercu | None) -> bytes:
    changes = regles.changements(reference, st) if reference is not None else None
    elements = ref.ELEMENTS_MISE_A_JOUR
    titres = {"apercu": t("1. Aperçu de la Stratégie de gestion des services actuelle du ministère",
                          "1. Overview of the department's current Service Management Strategy", langue),
              "changements": t("2. Ce qui a changé dans la stratégie (éléments A à G)",
                               "2. What has changed in the strategy (elements A to G)", langue),
              "plan": t("3. Plan de travail intégré à jour sur l'amélioration des services (annexe)",
                        "3. Updated integrated service improvement workplan (appendix)", langue)}
    entrees = [("apercu", titres["apercu"], 0), ("changements", titres["changements"], 0),
               *[(lettre, f"{lettre}. {_lib(lib, langue)}", 1) for lettre, lib, _cles in elements],
               ("plan", titres["plan"], 0)]

    def mot(lettre: str) -> str:
        if changes is None:
            return t("indéterminé", "undetermined", langue)
        return t("modifié", "changed", langue) if changes[lettre] else t("inchangé", "unchanged", langue)

    def histoire(pages: dict[str, int], trouvees: dict[str, int]) -> list[Flowable]:
        sty = styles()
        h: list[Flowable] = titre_rapport(doc)
        h += _brouillon(st, langue)
        h.append(_identification(st, langue))
        h.append(Spacer(1, 4))
        h.append(bil(ref.MISE_A_JOUR, langue, sty["note"]))
        h += table_des_matieres(entrees, pages, langue)

        h.append(PageBreak())
        h += titre_repere("apercu", titres["apercu"], sty["h1"], trouvees)
        if reference is None:
            h.append(p(t("La stratégie approuvée que cette mise à jour met à jour est introuvable dans la base.",
                         "The approved strategy this update updates cannot be found in the database.", langue, "\n"),
                       sty["note"]))
        a = apercu if apercu is not None else regles.apercu(st, [reference] if reference is not None else [])
        h.append(bi("\n".join((ref.APERCU_MISE_A_JOUR.fr, "- " + ref.APERCU_EMPLACEMENT.fr, "- " + ref.APERCU_DATES.fr)),
                    "\n".join((ref.APERCU_MISE_A_JOUR.en, "- " + ref.APERCU_EMPLACEMENT.en, "- " + ref.APERCU_DATES.en)),
                    langue, sty["note"]))
        lignes_apercu = [
            (t("Stratégie approuvée", "Approved strategy", langue), (reference.titre if reference else st.titre) or "—"),
            (t("Endroit où elle se trouve (lien ou chemin)", "Where it can be found (link or path)", langue),
             libre(a.emplacement, langue, sty["cellule"])),
            (t("Date d'approbation", "Approval date", langue), a.approbation_originale_le or "—"),
            (t("Dernière date de mise à jour", "Last update date", langue),
             a.derniere_mise_a_jour_le or t("aucune mise à jour approuvée avant celle-ci",
                                             "no approved update before this one", langue)),
        ]
        if reference is not None:
            lignes_apercu += [
                (t("Version mise à jour", "Version updated", langue),
                 t(f"{reference.version} ({'mise à jour annuelle' if reference.type == 'mise_a_jour' else 'stratégie'}, "
                   f"exercice {reference.exercice or '—'})",
                   f"{reference.version} ({'annual update' if reference.type == 'mise_a_jour' else 'strategy'}, "
                   f"fiscal year {reference.exercice or '—'})", langue)),
                (t("Approuvée par", "Approved by", langue), reference.approuve_par or "—"),
            ]
        h.append(fiche(lignes_apercu, part=0.34))
        if reference is not None:
            if st.approuve_par and reference.approuve_par and st.approuve_par != reference.approuve_par:
                h.append(p(t("Attention : la mise à jour devrait être approuvée par le même cadre ou comité que la "
                             "stratégie originale (2.5.5).",
                             "Note: the update should be approved by the same executive or committee as the original "
                             "strategy (2.5.5).", langue, "\n"), sty["note"]))

        h += titre_repere("changements", titres["changements"], sty["h1"], trouvees)
        lignes: list[list] = [[t("Élément", "Element", langue), t("Par rapport à la stratégie approuvée",
                                                                  "Compared with the approved strategy", langue)]]
        surlignes = []
        for lettre, lib, _cles in elements:
            if changes is not None and changes[lettre]:
                surlignes.append(("BACKGROUND", (0, len(lignes)), (-1, len(lignes)), colors.HexColor("#fff6cc")))
            lignes.append([f"{lettre}. {_lib(lib, langue)}", p(mot(lettre), sty["cellule_gras"])])
        h.append(tableau(lignes, [LARGEUR * 0.72, LARGEUR * 0.28], zebre=False, styles_sup=surlignes))
        for lettre, lib, _cles in elements:
            suite: list[Flowable] = []
            if changes is not None and not changes[lettre]:
                suite.append(p(t("Inchangé : le contenu est celui de la stratégie approuvée.",
                                 "Unchanged: the content is that of the approved strategy.", langue, "\n"), sty["note"]))
            suite += _element(c, lettre)
            h += titre_repere(lettre, f"{lettre}. {_lib(lib, langue)} — {mot(lettre)}", sty["h1"], trouvees, suite)

        h.append(PageBreak())
        h += titre_repere("plan", titres["plan"], sty["h1"], trouvees)
        h += plan(c)
        return h

    return _deux_passes(doc, histoire)


def rapport(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            services: list[Service] | None = None, reference: Strategie | None = None,
            aujourd_hui: dt.date | None = None, apercu: regles.Apercu | None = None) -> bytes:
    """La stratégie complète, ou sa mise à jour annuelle si ``strategie.type == "mise_a_jour"``.
    ``services`` : les entrées du répertoire (les noms des services touchés et visés);
    ``reference`` : pour une mise à jour, la stratégie approuvée qu'elle met à jour
    (``strategies.reference``); ``aujourd_hui`` : la date qui décide des mesures en retard;
    ``apercu`` : l'aperçu de la stratégie actuelle (2.5.5, élément 1 : ``strategies.apercu``),
    sinon tiré de la mise à jour et de ``reference`` seule."""
    st = strategie
    nom = st.titre or t("Stratégie de gestion des services", "Service Management Strategy", langue)
    if st.type == "mise_a_jour":
        doc = Document(f"Mise à jour annuelle : {nom}", f"Annual update: {nom}", langue,
                       ministere=ministere, auteur=auteur or st.auteur, empreinte=empreinte,
                       sujet_fr="Mise à jour annuelle de la Stratégie de gestion des services (2.5.5)",
                       sujet_en="Annual update of the Service Management Strategy (2.5.5)",
                       signataires=signataires(st), edition=st.edition)
    else:
        doc = Document(nom, nom if st.titre else "Service Management Strategy", langue,
                       ministere=ministere, auteur=auteur or st.auteur, empreinte=empreinte,
                       sujet_fr="Stratégie de gestion des services (2.5.4, annexe 2B)",
                       sujet_en="Service Management Strategy (2.5.4, Appendix 2B)", signataires=signataires(st),
                       edition=st.edition)
    c = Contexte(st, langue, services, aujourd_hui)
    if st.type == "mise_a_jour":
        return _mise_a_jour(st, langue, doc, c, reference, apercu)
    return _strategie(st, langue, doc, c)


__all__ = ["numeros", "rapport"]
