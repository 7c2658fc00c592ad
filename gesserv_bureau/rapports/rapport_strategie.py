"""La stratégie de gestion des services (2.5.4, annexe 2B) et sa mise à jour annuelle (2.5.5).

La stratégie : une page d'identification, la table des matières (avec les pages), puis les
sections dans l'ordre et sous les titres que le ministère leur a donnés : textes, services
touchés, l'analyse FFPM en grille 2 × 2, les objectifs et les initiatives, le tableau des
risques et, en annexe, le plan de travail intégré (annexe 2C) avec sa légende.

La mise à jour annuelle (``strategie.type == "mise_a_jour"``) suit 2.5.5 : l'aperçu de la
stratégie actuelle (élément 1 : l'endroit où elle se trouve, sa date d'approbation et la dernière
date de mise à jour, qui sont deux dates distinctes), les éléments A à G disant chacun
« modifié » ou « inchangé » avec leur contenu à jour, puis le plan de travail à jour.

Le rapport est un document indépendant du format (``rapports.document``) : PDF balisé, Word, et
une courte présentation PowerPoint (``presentation`` : titre, vision, FFPM, objectifs,
initiatives, sommaire du plan de travail, approbation). La table des matières (avec les pages)
est calculée au rendu; le plan de travail, en annexe, est à l'italienne."""

from __future__ import annotations

import datetime as dt

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.strategie import LIBELLES_ETATS_SECTION, Strategie
from gesserv_bureau.rapports.document import (
    Approbation,
    Document,
    Figure,
    Fragment,
    Liste,
    Paragraphe,
    Paysage,
    SautDePage,
    TableDesMatieres,
    Tableau,
    Texte,
    Titre,
    bi,
    en_clair,
)
from gesserv_bureau.rapports.rapport_1a import fiche_tableau, jour, paragraphe_libre, valeur_libre
from gesserv_bureau.rapports.rapport_plan import signataires, tableau_plan, texte_decompte, texte_legende
from gesserv_bureau.rapports.texte import t
from gesserv_bureau.referentiel import strategie as ref
from gesserv_bureau.referentiel.codes import Libelle

FONDS_FFPM = {"forces": "#e8f3e9", "faiblesses": "#fbeaea", "possibilites": "#e6eff9", "menaces": "#fdf5d9"}
STATUTS = {"brouillon": ("Brouillon", "Draft"), "approuvee": ("Approuvée", "Approved")}


def _lib(lib: Libelle, langue: str, separateur: str = " / ") -> list[Fragment]:
    return bi(lib.fr, lib.en, langue, separateur)


def _titre(s: dict, langue: str) -> Texte:
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


def _numerote(numero: str, titre: Texte) -> list[Fragment]:
    from gesserv_bureau.rapports.document import fragments

    return ([Fragment(numero)] if numero else []) + fragments(titre)


# --- le contenu de chaque sorte de section ---------------------------------------------------
class Contexte:
    """Ce qu'il faut pour écrire les sections : la langue, les services, la date des retards."""

    def __init__(self, st: Strategie, langue: str, services: list[Service] | None, aujourd_hui: dt.date | None):
        self.st = st
        self.langue = langue
        self.services = {s.pk: s for s in services or []}
        self.aujourd_hui = aujourd_hui

    def service(self, pk: int) -> Texte:
        s = self.services.get(pk)
        if s is None:
            return bi(f"(service n° {pk})", f"(service no. {pk})", self.langue)
        nom = s.nom("en" if self.langue == "en" else "fr")
        return f"{s.service_id} — {nom}" if s.service_id else nom


def textes(c: Contexte, s: dict | None, type_: str) -> list:
    """Les sous-sections de texte (sommaire, contexte, vision, rendement, section libre)."""
    langue = c.langue
    valeurs = (s or {}).get("textes", {})
    if type_ == "libre":
        return [paragraphe_libre(valeurs.get("texte"), langue)]
    blocs: list = []
    for sous in ref.PAR_CODE[type_].sous_sections:
        if type_ == "contexte" and sous.code == "liens":
            blocs += services_touches(c)
        blocs += [Titre(2, _lib(sous, langue)), paragraphe_libre(valeurs.get(sous.code), langue)]
    return blocs


def services_touches(c: Contexte) -> list:
    blocs: list = [Titre(2, _lib(ref.SERVICES_TOUCHES, c.langue))]
    if not c.st.services:
        return blocs + [paragraphe_libre("", c.langue)]
    return blocs + [Liste([c.service(pk) for pk in c.st.services])]


def _elements_ffpm(c: Contexte, code: str) -> list[str]:
    return [e.strip() for e in c.st.ffpm.get(code, []) if (e or "").strip()]


def grille_ffpm(c: Contexte) -> list:
    """L'analyse FFPM en grille 2 × 2 : forces et faiblesses en haut, possibilités et menaces en
    bas, chaque cadran sur sa couleur; son texte de remplacement dit toute la grille."""
    langue = c.langue
    cadrans = {cadran.code: cadran for cadran in ref.CADRANS_FFPM}

    def cellule(code: str, avec_titre: bool) -> list[Fragment]:
        elements = _elements_ffpm(c, code)
        morceaux: list[Fragment] = []
        if avec_titre:
            morceaux += [Fragment(f.texte, f.langue, gras=True) for f in _lib(cadrans[code], langue)] + [Fragment("\n")]
        if elements:
            morceaux.append(Fragment("\n".join("• " + e for e in elements)))
        else:
            morceaux += [Fragment(f.texte, f.langue, italique=True) for f in bi("(non rempli)", "(not filled in)", langue)]
        return morceaux

    tableau = Tableau([_lib(cadrans["forces"], langue), _lib(cadrans["faiblesses"], langue)],
                      [[cellule("forces", False), cellule("faiblesses", False)],
                       [cellule("possibilites", True), cellule("menaces", True)]],
                      largeurs=[1, 1],
                      fonds={(0, 0): FONDS_FFPM["forces"], (0, 1): FONDS_FFPM["faiblesses"],
                             (1, 0): FONDS_FFPM["possibilites"], (1, 1): FONDS_FFPM["menaces"]})
    resume = []
    for code in ("forces", "faiblesses", "possibilites", "menaces"):
        nom = en_clair(_lib(cadrans[code], langue))
        elements = _elements_ffpm(c, code)
        resume.append(f"{nom} : " + ("; ".join(elements) if elements else en_clair(bi("(non rempli)", "(not filled in)", langue))))
    alternative = en_clair(bi("Grille de l'analyse FFPM (forces, faiblesses, possibilités, menaces). ",
                              "SWOT analysis grid (strengths, weaknesses, opportunities, threats). ", langue, "")) \
        + ". ".join(resume) + "."
    return [Figure(alternative, tableau=tableau)]


def objectifs(c: Contexte) -> list:
    remplis = [o["texte"].strip() for o in c.st.objectifs if (o.get("texte") or "").strip()]
    if not remplis:
        return [paragraphe_libre("", c.langue)]
    return [Liste(remplis, numerotee=True)]


def initiatives(c: Contexte) -> list:
    """Chaque initiative : nom, description, portée (services), objectifs visés, justification et
    renseignements sur l'exécution (2.5.4)."""
    langue = c.langue
    if not c.st.initiatives:
        return [paragraphe_libre("", langue)]
    par_id = {o["id"]: o for o in c.st.objectifs}
    blocs: list = []
    for n, i in enumerate(c.st.initiatives, start=1):
        vises = [par_id[ident]["texte"] for ident in i.get("objectifs", []) if ident in par_id]
        services = [c.service(pk) for pk in i.get("services", [])]
        portee: Texte = []
        for k, sv in enumerate(services):
            portee = list(portee) + ([Fragment("\n")] if k else []) + [Fragment("• ")] + (
                [Fragment(sv)] if isinstance(sv, str) else list(sv))
        lignes = [
            (bi("Description", "Description", langue), valeur_libre(i.get("description"), langue)),
            (bi("Portée (services visés)", "Scope (services covered)", langue), portee or valeur_libre("", langue)),
            (bi("Objectifs visés", "Objectives addressed", langue), "\n".join("• " + v for v in vises) or "—"),
            (bi("Justification", "Rationale", langue), valeur_libre(i.get("justification"), langue)),
            (bi("Cibles", "Targets", langue), i.get("cibles") or "—"),
            (bi("Échéances", "Timelines", langue), i.get("echeances") or "—"),
            (bi("Indicateurs de rendement", "Performance indicators", langue), i.get("indicateurs") or "—"),
            (bi("Coûts de la mise en œuvre", "Implementation costs", langue), i.get("couts") or "—"),
        ]
        origine = regles.origine_de(i)
        if origine and origine[0] == "norme":
            lignes.append((bi("Origine", "Origin", langue),
                           bi(f"Plan d'action de la norme de service {origine[1]} (tableau 8)",
                              f"Action plan of service standard {origine[1]} (Table 8)", langue)))
        elif origine:
            sujet = origine[1]
            lignes.append((bi("Origine", "Origin", langue),
                           bi(f"Examen 2A du service « {sujet} »", f"2A review of the service “{sujet}”", langue)))
        nom = (i.get("nom") or "").strip() or bi("(initiative sans nom)", "(unnamed initiative)", langue)
        blocs += [Titre(3, _numerote(f"{n}. ", nom)), fiche_tableau(lignes, part=0.26)]
    return blocs


def _niveau(code, langue: str) -> Texte:
    lib = ref.NIVEAUX.par_code(code) if code else None
    return bi(lib.fr, lib.en, langue, gras=True) if lib else "—"


def risques(c: Contexte) -> list:
    langue = c.langue
    if not c.st.risques:
        return [paragraphe_libre("", langue)]
    lignes = [[r.get("risque") or "—", _niveau(r.get("probabilite"), langue), _niveau(r.get("impact"), langue),
               r.get("attenuation") or "—"] for r in c.st.risques]
    return [Tableau([bi("Principaux risques de mise en œuvre", "Main implementation risks", langue),
                     bi("Probabilité", "Likelihood", langue), bi("Incidence", "Impact", langue),
                     bi("Plans d'atténuation des risques", "Risk mitigation plans", langue)],
                    lignes, largeurs=[0.34, 0.13, 0.13, 0.4])]


def plan(c: Contexte) -> list:
    return [texte_decompte(c.st, c.langue, c.aujourd_hui), tableau_plan(c.st, c.langue, c.aujourd_hui),
            texte_legende(c.langue)]


def contenu_section(c: Contexte, s: dict) -> list:
    type_ = s["type"]
    if type_ in ("sommaire", "contexte", "vision", "rendement", "libre"):
        return textes(c, s, type_)
    if type_ == "ffpm":
        return grille_ffpm(c)
    if type_ == "objectifs":
        langue = c.langue
        return [Titre(2, bi("Objectifs", "Objectives", langue)), *objectifs(c),
                Titre(2, bi("Initiatives d'amélioration des services", "Service improvement initiatives", langue)),
                *initiatives(c)]
    if type_ == "risques":
        return risques(c)
    if type_ == "plan":
        return plan(c)
    return []


def _identification(st: Strategie, langue: str, auteur: str) -> Tableau:
    statut = STATUTS.get(st.statut, (st.statut, st.statut))
    lignes = [(bi("Titre", "Title", langue), st.titre or "—"), (bi("Exercice", "Fiscal year", langue), st.exercice or "—"),
              (bi("Version", "Version", langue), str(st.version)), (bi("Statut", "Status", langue), bi(*statut, langue)),
              (bi("Responsable de la stratégie", "Strategy lead", langue), auteur or "—"),
              (bi("Dernière modification", "Last modified", langue), jour(st.modifie_le)),
              (bi("Édition de la ligne directrice", "Guideline edition", langue), st.edition or "—")]
    if st.statut == "approuvee":
        lignes += [(bi("Approuvée le", "Approved on", langue), jour(st.approuve_le)),
                   (bi("Approuvée par", "Approved by", langue), st.approuve_par or "—")]
    return fiche_tableau(lignes)


def _brouillon(st: Strategie, langue: str) -> list:
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
    return [Paragraphe(bi(texte_fr, texte_en, langue, "\n"), "note")]


def _document(st: Strategie, langue: str, ministere: str, auteur: str, empreinte: str) -> Document:
    nom_fr = st.titre or "Stratégie de gestion des services"
    nom_en = st.titre or "Service Management Strategy"
    if st.type == "mise_a_jour":
        return Document(f"Mise à jour annuelle : {nom_fr}", f"Annual update: {nom_en}", langue,
                        ministere=ministere, auteur=auteur, empreinte=empreinte,
                        sujet_fr="Mise à jour annuelle de la Stratégie de gestion des services (2.5.5)",
                        sujet_en="Annual update of the Service Management Strategy (2.5.5)", edition=st.edition)
    return Document(nom_fr, nom_en, langue, ministere=ministere, auteur=auteur, empreinte=empreinte,
                    sujet_fr="Stratégie de gestion des services (2.5.4, annexe 2B)",
                    sujet_en="Service Management Strategy (2.5.4, Appendix 2B)", edition=st.edition)


# --- la stratégie ---------------------------------------------------------------------------
def _strategie(st: Strategie, langue: str, doc: Document, c: Contexte, approbation: Approbation) -> Document:
    num = numeros(st)
    doc.ajouter(*_brouillon(st, langue), _identification(st, langue, doc.auteur),
                TableDesMatieres(bi("Table des matières", "Table of contents", langue)))
    corps = [s for s in st.sections if s["type"] != "plan"]
    annexes = [s for s in st.sections if s["type"] == "plan"]
    for rang, s in enumerate(corps):
        if rang == 0:
            doc.ajouter(SautDePage())
        doc.ajouter(Titre(1, _numerote(num[s["id"]], _titre(s, langue))), *contenu_section(c, s))
    # l'approbation termine le rapport, avec la fin de ce qu'elle approuve : le plan de travail en
    # annexe (à l'italienne) s'il y en a un, sinon la dernière section
    if annexes:
        for s in annexes[:-1]:
            doc.ajouter(Paysage([Titre(1, _numerote(num[s["id"]], _titre(s, langue))), *contenu_section(c, s)]))
        dernier = annexes[-1]
        approbation.avant = contenu_section(c, dernier)
        doc.ajouter(Paysage([Titre(1, _numerote(num[dernier["id"]], _titre(dernier, langue))), approbation]))
    else:
        doc.ajouter(approbation)
    return doc


# --- la mise à jour annuelle (2.5.5) ---------------------------------------------------------
def _element(c: Contexte, lettre: str) -> list:
    """Le contenu à jour d'un élément A à G."""
    st, langue = c.st, c.langue
    if lettre == "A":
        return textes(c, st.section_de_type("contexte"), "contexte")
    if lettre == "B":
        return textes(c, st.section_de_type("vision"), "vision")
    if lettre == "C":
        return grille_ffpm(c)
    if lettre == "D":
        return objectifs(c)
    if lettre == "E":
        return [*initiatives(c), Titre(2, bi("Progrès des mesures", "Progress of the actions", langue)),
                texte_decompte(st, langue, c.aujourd_hui)]
    if lettre == "F":
        return textes(c, st.section_de_type("rendement"), "rendement")
    if lettre == "G":
        return risques(c)
    return []


def _mise_a_jour(st: Strategie, langue: str, doc: Document, c: Contexte, reference: Strategie | None,
                 apercu: regles.Apercu | None, approbation: Approbation) -> Document:
    changes = regles.changements(reference, st) if reference is not None else None
    elements = ref.ELEMENTS_MISE_A_JOUR

    def mot(lettre: str) -> list[Fragment]:
        if changes is None:
            return bi("indéterminé", "undetermined", langue)
        return bi("modifié", "changed", langue) if changes[lettre] else bi("inchangé", "unchanged", langue)

    doc.ajouter(*_brouillon(st, langue), _identification(st, langue, doc.auteur),
                Paragraphe(_lib(ref.MISE_A_JOUR, langue, "\n"), "note"),
                TableDesMatieres(bi("Table des matières", "Table of contents", langue), profondeur=2),
                SautDePage(),
                Titre(1, bi("1. Aperçu de la Stratégie de gestion des services actuelle du ministère",
                            "1. Overview of the department's current Service Management Strategy", langue)))
    if reference is None:
        doc.ajouter(Paragraphe(bi("La stratégie approuvée que cette mise à jour met à jour est introuvable dans la base.",
                                  "The approved strategy this update updates cannot be found in the database.", langue, "\n"),
                               "note"))
    a = apercu if apercu is not None else regles.apercu(st, [reference] if reference is not None else [])
    doc.ajouter(Paragraphe(bi("\n".join((ref.APERCU_MISE_A_JOUR.fr, "- " + ref.APERCU_EMPLACEMENT.fr, "- " + ref.APERCU_DATES.fr)),
                              "\n".join((ref.APERCU_MISE_A_JOUR.en, "- " + ref.APERCU_EMPLACEMENT.en, "- " + ref.APERCU_DATES.en)),
                              langue, "\n"), "note"))
    lignes_apercu = [
        (bi("Stratégie approuvée", "Approved strategy", langue), (reference.titre if reference else st.titre) or "—"),
        (bi("Endroit où elle se trouve (lien ou chemin)", "Where it can be found (link or path)", langue),
         valeur_libre(a.emplacement, langue)),
        (bi("Date d'approbation", "Approval date", langue), a.approbation_originale_le or "—"),
        (bi("Dernière date de mise à jour", "Last update date", langue),
         a.derniere_mise_a_jour_le or bi("aucune mise à jour approuvée avant celle-ci",
                                         "no approved update before this one", langue)),
    ]
    if reference is not None:
        genre_fr = "mise à jour annuelle" if reference.type == "mise_a_jour" else "stratégie"
        genre_en = "annual update" if reference.type == "mise_a_jour" else "strategy"
        lignes_apercu += [
            (bi("Version mise à jour", "Version updated", langue),
             bi(f"{reference.version} ({genre_fr}, exercice {reference.exercice or '—'})",
                f"{reference.version} ({genre_en}, fiscal year {reference.exercice or '—'})", langue)),
            (bi("Approuvée par", "Approved by", langue), reference.approuve_par or "—"),
        ]
    doc.ajouter(fiche_tableau(lignes_apercu, part=0.34))
    if reference is not None and st.approuve_par and reference.approuve_par and st.approuve_par != reference.approuve_par:
        doc.ajouter(Paragraphe(bi("Attention : la mise à jour devrait être approuvée par le même cadre ou comité que la "
                                  "stratégie originale (2.5.5).",
                                  "Note: the update should be approved by the same executive or committee as the original "
                                  "strategy (2.5.5).", langue, "\n"), "note"))

    doc.ajouter(Titre(1, bi("2. Ce qui a changé dans la stratégie (éléments A à G)",
                            "2. What has changed in the strategy (elements A to G)", langue)))
    lignes, fonds = [], {}
    for rang, (lettre, lib, _cles) in enumerate(elements):
        if changes is not None and changes[lettre]:
            fonds[(rang, 0)] = fonds[(rang, 1)] = "#fff6cc"
        lignes.append([[Fragment(f"{lettre}. "), *_lib(lib, langue)], [Fragment(f.texte, f.langue, gras=True) for f in mot(lettre)]])
    doc.ajouter(Tableau([bi("Élément", "Element", langue),
                         bi("Par rapport à la stratégie approuvée", "Compared with the approved strategy", langue)],
                        lignes, largeurs=[0.72, 0.28], fonds=fonds))
    for lettre, lib, _cles in elements:
        blocs: list = [Titre(2, [Fragment(f"{lettre}. "), *_lib(lib, langue), Fragment(" — "), *mot(lettre)])]
        if changes is not None and not changes[lettre]:
            blocs.append(Paragraphe(bi("Inchangé : le contenu est celui de la stratégie approuvée.",
                                       "Unchanged: the content is that of the approved strategy.", langue, "\n"), "note"))
        blocs += _element(c, lettre)
        doc.ajouter(*blocs)
    approbation.avant = plan(c)
    doc.ajouter(Paysage([Titre(1, bi("3. Plan de travail intégré à jour sur l'amélioration des services (annexe)",
                                     "3. Updated integrated service improvement workplan (appendix)", langue)),
                         approbation]))
    return doc


def document(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
             services: list[Service] | None = None, reference: Strategie | None = None,
             aujourd_hui: dt.date | None = None, apercu: regles.Apercu | None = None,
             titre_auteur: str = "") -> Document:
    """La stratégie complète, ou sa mise à jour annuelle si ``strategie.type == "mise_a_jour"``.
    ``services`` : les entrées du répertoire (les noms des services touchés et visés);
    ``reference`` : pour une mise à jour, la stratégie approuvée qu'elle met à jour
    (``cas.planification.reference``); ``aujourd_hui`` : la date qui décide des mesures en retard;
    ``apercu`` : l'aperçu de la stratégie actuelle (2.5.5, élément 1 : ``cas.planification.apercu``),
    sinon tiré de la mise à jour et de ``reference`` seule; ``auteur``, ``titre_auteur`` : qui la
    prépare (« Préparé par »), jamais le compte du système."""
    st = strategie
    doc = _document(st, langue, ministere, auteur, empreinte)
    c = Contexte(st, langue, services, aujourd_hui)
    approbation = Approbation(signataires(st, auteur, titre_auteur))
    if st.type == "mise_a_jour":
        return _mise_a_jour(st, langue, doc, c, reference, apercu, approbation)
    return _strategie(st, langue, doc, c, approbation)


def presentation(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
                 services: list[Service] | None = None, reference: Strategie | None = None,
                 aujourd_hui: dt.date | None = None, apercu: regles.Apercu | None = None,
                 titre_auteur: str = "") -> Document:
    """La courte présentation (PowerPoint, 2.5.5) : titre, vision, FFPM, objectifs, initiatives,
    sommaire du plan de travail, approbation."""
    st = strategie
    doc = _document(st, langue, ministere, auteur, empreinte)
    c = Contexte(st, langue, services, aujourd_hui)
    vision = (st.section_de_type("vision") or {}).get("textes", {})
    blocs_vision = [Paragraphe(v.strip()) for v in vision.values() if (v or "").strip()] or [paragraphe_libre("", langue)]
    initiatives_ = [(i.get("nom") or "").strip() or en_clair(bi("(initiative sans nom)", "(unnamed initiative)", langue))
                    for i in st.initiatives]
    doc.ajouter(
        Titre(1, _lib(ref.PAR_CODE["vision"].titre, langue)), *blocs_vision,
        Titre(1, _lib(ref.PAR_CODE["ffpm"].titre, langue)), *grille_ffpm(c),
        Titre(1, bi("Objectifs", "Objectives", langue)), *objectifs(c),
        Titre(1, bi("Initiatives d'amélioration des services", "Service improvement initiatives", langue)),
        Liste(initiatives_) if initiatives_ else paragraphe_libre("", langue),
        Titre(1, bi("Plan de travail intégré : sommaire", "Integrated workplan: summary", langue)),
        texte_decompte(st, langue, aujourd_hui),
        Approbation(signataires(st, auteur, titre_auteur)),
    )
    return doc


def rapport(strategie: Strategie, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            services: list[Service] | None = None, reference: Strategie | None = None,
            aujourd_hui: dt.date | None = None, apercu: regles.Apercu | None = None, titre_auteur: str = "") -> bytes:
    """La stratégie (ou sa mise à jour) en PDF balisé (PDF/UA-1)."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(strategie, langue, ministere, auteur, empreinte, services, reference,
                                     aujourd_hui, apercu, titre_auteur))


__all__ = ["document", "numeros", "presentation", "rapport"]
