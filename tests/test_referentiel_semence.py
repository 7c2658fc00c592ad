"""Fidélité du référentiel (issue 13, partie 3) : chaque texte français du référentiel est celui
de la semence de la *Ligne directrice sur la gestion des services* (2017), mot pour mot.

Ce qu'on compare. Tous les textes de ``referentiel/`` (guides et définitions de la stratégie, la
note sur les engagements, noms, descriptions et notes des éléments du tableau 5, questions et
critères des outils 1A, 1B et 2A, descriptions des types 1C et 1D, listes de codes, exemples de
l'annexe 1A) sont énumérés par ``textes()``; un filet (``test_aucun_texte_du_referentiel_n_echappe``)
vérifie que rien dans ces modules n'échappe à l'énumération. Chaque texte a un genre :

- « passage » : un texte voulu entier (guide, définition, note, description). Il doit ÉGALER le
  passage de la semence qui va de son repère de début à son repère de fin (``PASSAGES``).
- « cellule » : une cellule de tableau ou un point de liste entier (question, analyse, puce) :
  trouvé dans la semence entre deux bords de cellule ou de ligne.
- « phrase » : une ou plusieurs phrases entières, dans une cellule qui en contient d'autres
  (critères de l'annexe 1B, puces de l'annexe 1C) : trouvées entre deux espaces, finies par un
  point, un point d'interrogation ou un deux-points.
- « libellé » : un nom ou un titre montré seul (élément, type, liste de codes) : un extrait de la
  semence, à la majuscule initiale et au point final près.
- « propre » : un texte de l'application, qui n'est pas dans la ligne directrice (``PROPRES``,
  chacun avec sa raison).

Ce qu'on normalise, et seulement cela (``normaliser``) : la mise en page. Espaces, sauts de ligne
et de page, apostrophes typographiques, espaces insécables, puces et marques de liste, barres et
balises de tableau, liens et gras Markdown de la semence, césure en fin de ligne, et l'espace que
la semence laisse devant un point ou une virgule à la place d'un lien retiré. Tout autre écart est
une dérive et fait échouer le test. Les coquilles de la semence que l'application corrige sont
dans ``CORRECTIONS``, une par une, avec leur raison; rien d'autre n'est corrigé.

La semence doit être là (``outils_tests.SEED`` : la source dans shared/ à côté du projet, ou, dans un
clone seul, sa copie du dépôt dans tests/semence/, qui doit lui rester identique) : sans elle, ces
tests échouent, ils ne sont pas sautés.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache

import pytest

from gesserv_bureau.referentiel import (
    codes,
    elements,
    exemples_1a,
    outil_1a,
    outil_1b,
    outil_2a,
    strategie,
    types_details,
)
from gesserv_bureau.referentiel.codes import Libelle

from outils_tests import SEED

# --- la semence, corrigée de ses seules coquilles avérées, puis normalisée ----------------------

# (texte de la semence, texte de l'application, pourquoi). Chaque coquille doit être dans la
# semence : si la semence change, cette liste se revoit.
CORRECTIONS = (
    # Annexe 1A, exemple 2 : « déglçage » partout dans l'exemple, sauf à la ligne 8 du tableau 3
    # (« Le Programme de déglaçage est livré en personne. »). Il manque un « a ».
    ("déglçage", "déglaçage", "coquille : la lettre « a » manque (« déglaçage » à la ligne 8)"),
    # Annexe 1A, exemple 2, question 5 : les clients du déglaçage sont des navires, des bateaux de
    # pêche, des résidents de l'Arctique… et des « exploitants de porc » : il s'agit des ports.
    ("les exploitants de porc", "les exploitants de port", "coquille : « porc » pour « port »"),
    # Tableau 5, ligne 12 : la ligne est coupée par un saut de page (« Ententes de » puis
    # « 12 service indique si… ») et la description y commence par une minuscule; l'autre moitié
    # de la ligne (« …pour assurer la prestation du service », sans point) est tronquée.
    ("12 service indique si une", "12 service Indique si une",
     "majuscule initiale de la description de l'élément 12, perdue au saut de page"),
)


def normaliser(texte: str) -> str:
    """La mise en page, rien d'autre : voir le docstring du module."""
    t = texte.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    t = re.sub(r"(?<=[a-zà-ÿœ])-\n[ \t]*(?=[a-zà-ÿœ])", "", t)          # césure en fin de ligne
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)                       # [lien](#) -> lien
    t = t.replace("**", "")                                              # gras Markdown
    t = re.sub(r"<[^>]+>", " ", t)                                       # balises HTML
    t = re.sub(r"(?m)^[ \t]*\|?[-| ]*-[-| ]*\|?[ \t]*$", " ", t)         # filets de tableau |---|
    t = t.replace("|", " ").replace("•", " ")                            # barres, puces
    t = re.sub(r"(?m)^[ \t]*- ", " ", t)                                 # puces Markdown « - »
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r" ([.,])", r"\1", t)                                     # « services . » (lien retiré)
    return t.strip()


BORD = "¦"


def normaliser_cellules(texte: str) -> str:
    """Comme ``normaliser``, mais les bords de cellule et de ligne restent marqués (``BORD``)."""
    t = texte
    t = re.sub(r"^[ \t]*- ", f" {BORD} ", t, flags=re.M)
    t = re.sub(r"<[^>]+>|\t|\n|\||•", f" {BORD} ", t)
    t = normaliser(t)
    return re.sub(rf"{BORD}(\s*{BORD})+", BORD, t)


@lru_cache(maxsize=1)
def _brute() -> str:
    if not SEED.exists():
        pytest.fail(f"semence de la ligne directrice absente : {SEED} (shared/ doit être à côté du projet)")
    texte = SEED.read_text(encoding="utf-8")
    for coquille, correction, _raison in CORRECTIONS:
        assert coquille in texte, f"la coquille « {coquille} » n'est plus dans la semence : revoir CORRECTIONS"
        texte = texte.replace(coquille, correction)
    return texte


@lru_cache(maxsize=1)
def semence() -> str:
    return normaliser(_brute())


@lru_cache(maxsize=1)
def semence_cellules() -> str:
    return normaliser_cellules(_brute())


def passage(debut: str, fin: str) -> str:
    """Le passage de la semence (normalisée) qui va du repère ``debut`` (unique) à la fin du
    repère ``fin`` (sa première occurrence après le début)."""
    s, d, f = semence(), normaliser(debut), normaliser(fin)
    i = s.find(d)
    assert i >= 0, f"repère de début introuvable dans la semence : « {debut} »"
    assert s.find(d, i + 1) < 0, f"repère de début ambigu (plusieurs fois dans la semence) : « {debut} »"
    j = s.find(f, i)
    assert j >= 0, f"repère de fin introuvable après « {debut} » : « {fin} »"
    return s[i : j + len(f)]


# --- l'énumération des textes du référentiel --------------------------------------------------

@dataclass(frozen=True)
class Texte:
    ident: str
    fr: str
    en: str
    genre: str   # passage, cellule, phrase, libelle, propre


LISTES_DE_CODES = ("PORTEES", "TYPES_EXTERNES", "TYPES_INTERNES", "DESIGNATIONS", "GROUPES_CLIENTS", "MODES",
                   "ETATS_VOLUME", "POINTS_INTERACTION", "OUI_NON_SO")
ANNEXE_1C = tuple(codes.TYPES_EXTERNES.codes())


def _libelle(ident: str, l: Libelle, genre: str) -> Texte:
    return Texte(ident, l.fr, l.en, genre)


def textes() -> list[Texte]:
    t: list[Texte] = []
    # codes : les listes du tableau 5 et des annexes 1C et 1D
    for nom in LISTES_DE_CODES:
        for l in getattr(codes, nom):
            t.append(_libelle(f"codes.{nom}.{l.code}", l, "libelle"))
    t.append(_libelle("codes.PORTEE_INTERNE_NON_INTEGRE", codes.PORTEE_INTERNE_NON_INTEGRE, "libelle"))
    # elements : le tableau 5
    for e in elements.ELEMENTS:
        t.append(Texte(f"elements.{e.numero}.nom", e.fr, e.en, "libelle"))
        t.append(Texte(f"elements.{e.numero}.description", e.description_fr, e.description_en, "passage"))
        if e.note_fr or e.note_en:
            t.append(Texte(f"elements.{e.numero}.note", e.note_fr, e.note_en, "passage"))
    # types_details : les descriptions de l'annexe 1C, les exemples de l'annexe 1D; chaque puce,
    # et la liste entière de chaque type (aucune puce omise)
    for code, (fr, en) in types_details.DETAILS.items():
        for i, (f, a) in enumerate(zip(fr, en), start=1):
            ident = f"types_details.{code}.{i}"
            # une puce coupée par un saut de page se vérifie par ses morceaux (PASSAGES)
            genre = "passage" if ident in PASSAGES else "phrase" if code in ANNEXE_1C else "cellule"
            t.append(Texte(ident, f, a, genre))
        t.append(Texte(f"types_details.{code}", " ".join(fr), " ".join(en), "passage"))
    # annexe 1C : les titres des colonnes, puis les titres des extraits du MRS GC et les exemples
    # de chaque type, élément par élément et la colonne entière (aucun omis, dans l'ordre)
    t += [_libelle(f"types_details.COLONNES_1C.{l.code}", l, "libelle") for l in types_details.COLONNES_1C]
    for nom, table in (("extraits", types_details.EXTRAITS_MRS), ("exemples", types_details.EXEMPLES_1C)):
        assert set(table) == set(ANNEXE_1C), nom
        for code, (fr, en) in table.items():
            for i, (f, a) in enumerate(zip(fr, en), start=1):
                ident = f"types_details.{nom}.{code}.{i}"
                t.append(Texte(ident, f, a, "passage" if ident in PASSAGES else "libelle"))
            t.append(Texte(f"types_details.{nom}.{code}", " ".join(fr), " ".join(en), "passage"))
    # outil 1A
    t.append(_libelle("outil_1a.TITRE", outil_1a.TITRE, "libelle"))
    t += [_libelle(f"outil_1a.QUESTIONS.{q.code}", q, "cellule") for q in outil_1a.QUESTIONS]
    t += [_libelle(f"outil_1a.CONCLUSIONS.{c.code}", c, "phrase") for c in outil_1a.CONCLUSIONS]
    t.append(_libelle("outil_1a.PRESENTATION", outil_1a.PRESENTATION, "passage"))
    t.append(_libelle("outil_1a.INSTRUCTIONS", outil_1a.INSTRUCTIONS, "passage"))
    # outil 1B
    for nom in ("PRESENTATION", "PONDERATION", "JUSTIFICATION"):
        t.append(_libelle(f"outil_1b.{nom}", getattr(outil_1b, nom), "passage"))
    t.append(_libelle("outil_1b.TITRE", outil_1b.TITRE, "libelle"))
    for c in outil_1b.CONSIDERATIONS:
        t.append(_libelle(f"outil_1b.{c.code}", c.nom, "libelle"))
        t += [_libelle(f"outil_1b.{c.code}.{k.code}", k, "phrase") for k in c.criteres]
    t += [_libelle(f"outil_1b.COTES.{l.code}", l, "libelle") for l in outil_1b.COTES]
    t.append(_libelle("outil_1b.NOTE_GLOBALE", outil_1b.NOTE_GLOBALE, "cellule"))
    t.append(_libelle("outil_1b.QUESTION_DECISION", outil_1b.QUESTION_DECISION, "phrase"))
    # outil 2A et 2.4.4, 2.4.5
    t.append(_libelle("outil_2a.TITRE", outil_2a.TITRE, "libelle"))
    t += [_libelle(f"outil_2a.QUESTIONS.{q.code}", q, "cellule") for q in outil_2a.QUESTIONS]
    t.append(_libelle("outil_2a.Q5", outil_2a.Q5, "cellule"))
    t += [_libelle(f"outil_2a.QUESTIONS_INITIATIVE.{q.code}", q, "cellule") for q in outil_2a.QUESTIONS_INITIATIVE]
    t.append(_libelle("outil_2a.Q10", outil_2a.Q10, "cellule"))
    for q, considerations in outil_2a.CONSIDERATIONS.items():
        t += [_libelle(f"outil_2a.CONSIDERATIONS.{q}.{c.code}", c, "cellule") for c in considerations]
    t += [_libelle(f"outil_2a.ELEMENTS_EXPERIENCE.{l.code}", l, "cellule") for l in outil_2a.ELEMENTS_EXPERIENCE]
    t += [_libelle(f"outil_2a.LEVIERS_EFFICIENCE.{l.code}", l, "cellule") for l in outil_2a.LEVIERS_EFFICIENCE]
    t += [_libelle(f"outil_2a.DOMAINES_PARTICIPANTS.{l.code}", l, "libelle") for l in outil_2a.DOMAINES_PARTICIPANTS]
    # stratégie : 2.5.4, 2.5.5, annexes 2B et 2C
    for s in strategie.SECTIONS_TYPES:
        t.append(_libelle(f"strategie.{s.code}", s.titre, "libelle"))
        t += [_libelle(f"strategie.{s.code}.{l.code}", l, "libelle") for l in s.sous_sections]
        for g in s.guide:
            t.append(_libelle(f"strategie.guide.{g.code}.terme", g.terme, "libelle"))
            t.append(_libelle(f"strategie.guide.{g.code}", g.texte, "passage"))
    t.append(_libelle("strategie.SERVICES_TOUCHES", strategie.SERVICES_TOUCHES, "libelle"))
    t.append(_libelle("strategie.TITRE_DEFINITIONS", strategie.TITRE_DEFINITIONS, "libelle"))
    for d in strategie.DEFINITIONS:
        t.append(_libelle(f"strategie.definition.{d.code}.terme", d.terme, "libelle"))
        t.append(_libelle(f"strategie.definition.{d.code}", d.texte, "passage"))
    t.append(_libelle("strategie.NOTE_DEFINITIONS", strategie.NOTE_DEFINITIONS, "passage"))
    for nom in ("CADRANS_FFPM", "ETATS", "NIVEAUX"):
        t += [_libelle(f"strategie.{nom}.{l.code}", l, "libelle") for l in getattr(strategie, nom)]
    for code, (fr, en, *_couleurs) in strategie.COULEURS_ETATS.items():
        t.append(Texte(f"strategie.COULEURS_ETATS.{code}", fr, en, "libelle"))
    for lettre, l, _sections in strategie.ELEMENTS_MISE_A_JOUR:
        t.append(_libelle(f"strategie.ELEMENTS_MISE_A_JOUR.{lettre}", l, "libelle"))
    t.append(_libelle("strategie.MISE_A_JOUR", strategie.MISE_A_JOUR, "passage"))
    # 2.5.5, élément 1 : l'aperçu de la stratégie actuelle et ses deux puces (chacun un point de liste)
    for nom in ("APERCU_MISE_A_JOUR", "APERCU_EMPLACEMENT", "APERCU_DATES"):
        t.append(_libelle(f"strategie.{nom}", getattr(strategie, nom), "cellule"))
    # annexe 1A : les trois exemples (en français seulement : ce sont des exemples de la semence)
    for n, ex in enumerate(exemples_1a.EXEMPLES_1A, start=1):
        t.append(Texte(f"exemples_1a.{n}.nom", ex["nom"], "", "libelle"))
        t.append(Texte(f"exemples_1a.{n}.organisme", ex["organisme"], "", "cellule"))
        t.append(Texte(f"exemples_1a.{n}.description", ex["description"], "", "cellule"))
        for q, (_reponse, analyse) in ex["reponses"].items():
            t.append(Texte(f"exemples_1a.{n}.{q}", analyse, "", "cellule"))
    return [x if x.ident not in PROPRES else Texte(x.ident, x.fr, x.en, "propre") for x in t]


# Les textes de l'application qui ne sont pas dans la ligne directrice, chacun avec sa raison.
PROPRES = {
    "codes.ETATS_VOLUME.donnees": "« Données saisies » : le troisième état d'un volume, celui où l'on a des chiffres",
    "codes.ETATS_VOLUME.non_disponible": "« Données non disponibles » : condensé de la note de l'élément 14 "
                                         "(« les données ne sont pas disponibles »), montré dans une liste",
    "codes.PORTEE_INTERNE_NON_INTEGRE": "« Service interne (non intégré) » : le nom, dans l'application, des services "
                                        "internes que la note de l'élément 10 permet d'inclure dans une section distincte",
    "codes.OUI_NON_SO.so": "« S.O. » : sans objet, pour les points d'interaction qui ne s'appliquent pas",
    "outil_2a.DOMAINES_PARTICIPANTS.autre": "« Autre » : un domaine hors de la liste de 2.4.4, étape 1",
}

# Les passages : repères de début et de fin dans la semence. Un texte fait de plusieurs morceaux
# de la semence en a plusieurs paires (les morceaux sont mis bout à bout; ce qui les sépare dans
# la semence est dit en commentaire).
PASSAGES: dict[str, tuple[tuple[str, str], ...]] = {
    # Tableau 5 : la description de chaque élément, puis sa note.
    "elements.1.description": (("Un numéro unique attribué à un service", "services particuliers."),),
    "elements.2.description": (("Le nom officiel du service.", "Le nom officiel du service."),),
    # élément 3 : la première phrase; la suite de la cellule, ce sont les deux listes de types
    "elements.3.description": (("Indique le type de service externe ou de service interne .",
                                "ou de service interne ."),),
    "elements.4.description": (("Si le service a été désigné un service prioritaire", "peut être indiquée."),),
    "elements.5.description": (("Une description brève (en une ou deux phrases)", "besoin auquel il répond."),),
    "elements.6.description": (("Le secteur de l'organisation qui est responsable", "des comptes à son sujet."),),
    "elements.7.description": (("Une liste des lois et/ou des politiques", "d'établir le service."),),
    "elements.8.description": (("Le nom du programme en vertu duquel", "le service est offert."),),
    "elements.9.description": (("Le numéro unique du programme associé", "et sous-sous-programmes."),),
    "elements.9.note": (("Au besoin, les responsables de la Politique sur les résultats", "programme, au besoin."),),
    "elements.10.description": (("Indique si le service est un service externe ou un service interne intégré",
                                 "dans la Politique sur les services ."),),
    "elements.10.note": (("Nota : Même si la Politique sur les services ne l'exige pas", "distincte du document."),),
    "elements.11.description": (("Identifie le propriétaire du service", "il faut en préciser le nom."),),
    "elements.11.note": (("On encourage les ministères à utiliser le titre d'usage", "Registre des titres d'usage ."),),
    # élément 12 : la seconde moitié de la ligne coupée au saut de page (voir CORRECTIONS)
    "elements.12.description": (("Indique si une ou plusieurs entente(s) de service ont été conclues pour appuyer",
                                 "la prestation du service."),),
    "elements.13.description": (("Identifie les groupes de clients ou les groupes de services cibles.",
                                 "groupes de services cibles."),),
    "elements.13.note": (("Nota : Pour obtenir d'autres éclaircissements", "prévue dans la Politique sur les résultats."),),
    "elements.14.description": (("Le volume du service qui est offert au cours d'un exercice financier",
                                 "utilisés pour offrir le service :"),),
    "elements.14.note": (("Nota : Si un service n'est pas offert au moyen d'un mode", "ne sont pas disponibles."),),
    "elements.15.description": (("Une valeur oui/non indiquant si des frais sont perçus", "les frais d'utilisation)."),),
    "elements.16.description": (("Une valeur oui/non indiquant s'il y a des normes de service", "pour le service."),),
    "elements.17.description": (("Une valeur oui/non indiquant s'il y a des cibles de rendement opérationnel",
                                 "pour le service."),),
    "elements.17.note": (("Elles sont habituellement décrites dans un Cadre de mesure du rendement",
                          "section Normes de service de la Ligne directrice)."),),
    "elements.18.description": (("Indique, du point de vue du client, le pourcentage",
                                 "applicables suivants du service :"),),
    # Annexe 1C : la colonne « Description » de chaque type, toutes ses puces.
    "types_details.ressources": (("Services qui acquièrent ou dispensent de l'argent", "qui apportent de l'aide."),),
    # la cellule est coupée par un saut de page après « dans le cadre » : entre les deux morceaux,
    # la semence intercale les autres colonnes de la ligne et le nom du type
    "types_details.consultatifs": (("Services qui jumellent, relient", "et dans le cadre"),
                                   ("desquels le fournisseur a un devoir", "qui font de la recherche.")),
    "types_details.consultatifs.1": (("Services qui jumellent, relient", "et dans le cadre"),
                                     ("desquels le fournisseur a un devoir", "envers les deux parties.")),
    "types_details.rencontres": (("Services qui offrent des expériences éducatives",
                                  "récréatives ou culturelles aux gens."),),
    "types_details.conformite": (("Services qui règlent des différends",
                                  "tirer des constatations et formuler des recommandations."),),
    # la semence enchaîne « Règles (MRGC 18). » (le numéro de l'extrait du MRS GC, égaré dans la
    # cellule; la colonne de l'extrait porte « Règles (lois, règlements…) », EXTRAITS_MRS) : la
    # puce s'arrête à « dessins », et l'application la ferme par un point (PONCTUATION_AJOUTEE)
    "types_details.regles": (("Services qui créent ou modifient des lois", "des plans et des dessins"),),
    # Annexe 1C : la colonne « Titre de l'extrait de service dans le MRS GC » de chaque type, puis
    # la colonne « Exemples ». La ligne 2 est coupée par un saut de page : entre les deux morceaux
    # de chaque colonne, la semence intercale le reste de la ligne (voir types_details.consultatifs).
    "types_details.extraits.ressources": (("(Unités de) ressource", "Interventions Déplacements"),),
    "types_details.extraits.consultatifs": (("Rencontres de consultation.", "Rencontres de consultation."),
                                            ("Rencontres de protection des droits", "Nouvelles connaissances.")),
    "types_details.extraits.rencontres": (("Rencontres axées sur des activités éducatives et de la formation.",
                                           "Rencontres axées sur des activités récréatives et culturelles."),),
    "types_details.extraits.conformite": (("Périodes d'autorisation", "Décisions et jugements"),),
    "types_details.extraits.regles": (("Règles (lois, règlements", "dessins, normes)"),),
    "types_details.exemples.ressources": (("Acquisitions et fournitures", "Fournitures."),),
    # « …du gouvernement du Canada », puis, après le saut de page, « ou Canada. » : gardé tel quel
    "types_details.exemples.consultatifs": (("Sensibilisation accrue aux politiques", "services du gouvernement du Canada"),
                                            ("ou Canada.", "Recherche.")),
    "types_details.exemples.consultatifs.1": (("Sensibilisation accrue aux politiques",
                                               "services du gouvernement du Canada"), ("ou Canada.", "ou Canada.")),
    "types_details.exemples.rencontres": (("Patrimoine Musées", "Parcs Formation"),),
    "types_details.exemples.conformite": (("Cours et tribunaux", "Sanctions et pénalités"),),
    "types_details.exemples.regles": (("Dessins Directives", "Politiques Stratégies"),),
    # Annexe 1D : les exemples de chaque type.
    "types_details.acquisition": (("Traitement des approvisionnements", "Politiques et procédures"),),
    "types_details.communication": (("Recherche sur l'opinion publique", "Communications stratégiques et conseils Édition"),),
    "types_details.finances": (("Planification financière et budgétisation", "Comptabilisation des actifs et des passifs"),),
    "types_details.rh": (("Planification des ressources humaines et établissement", "Services à la haute direction"),),
    "types_details.gi": (("Services de gestion des données", "Gestion du programme de gestion de l'information"),),
    "types_details.ti": (("Informatique répartie", "Gestion des programmes de la TI"),),
    "types_details.juridiques": (("Services consultatifs juridiques", "législative et réglementaire"),),
    "types_details.surveillance": (("Politique et planification stratégiques", "d'établissement de rapports"),),
    # la liste est coupée par un saut de page, qui répète le nom du type
    "types_details.materiel": (("Planification du matériel", "Utilisation et entretien du matériel"),
                               ("Élimination", "Politiques et procédures")),
    "types_details.immobiliers": (("Aménagement des bureaux", "Sécurité physique"),),
    # Annexe 1A
    "outil_1a.PRESENTATION": (("Cet outil a pour objet d'aider les fournisseurs", "la détermination finale à cet égard."),),
    "outil_1a.INSTRUCTIONS": (("En vous fondant sur votre compréhension de l'activité",
                               "incluse dans votre répertoire de services."),),
    # Annexe 1B et 1.5.1
    "outil_1b.PRESENTATION": (("Cet outil vise à aider les ministères à déterminer leurs services prioritaires",
                               "complète la Politique sur les services."),),
    "outil_1b.PONDERATION": (("L'outil servant à déterminer si un service constitue un service prioritaire indiqué",
                              "en assurer le caractère compréhensif."),),
    "outil_1b.JUSTIFICATION": (("Les services prioritaires doivent être indiqués dans le répertoire de services d'un",
                                "désignation de service prioritaire."),),
    # 2.5.4 : chaque élément clé, du terme en gras exclu à la fin de son point de liste
    "strategie.guide.contexte": (("Un aperçu du rôle global du ministère", "ministérielles ou pangouvernementales."),),
    "strategie.guide.vision": (("Une description ambitieuse de ce que l'organisation souhaite réaliser ou accomplir "
                                "à moyen ou à long terme en ce qui a trait", "au sein du ministère."),),
    "strategie.guide.ffpm": (("Un résumé des forces, des faiblesses", "du Bureau du vérificateur général ou ministériels)."),),
    "strategie.guide.objectifs": (("Il s'agit de l'objectif et de l'objet de la Stratégie",
                                   "les annonces du budget)."),),
    "strategie.guide.initiatives": (("Il s'agit des activités à court et à long terme",
                                     "les coûts de la mise en œuvre et les indices."),),
    "strategie.guide.rendement": (("Aperçu du plan du ministère pour surveiller", "conformément à la Politique sur les résultats."),),
    "strategie.guide.risques": (("L'expression de la probabilité et de l'incidence",
                                 "lors de l'élaboration de cette section."),),
    "strategie.guide.plan": (("Un aperçu de la façon dont la stratégie sera mise en",
                              "sur l'amélioration des services à l'annexe 2C."),),
    # 2.5.5 : les définitions, et la note qui les suit
    "strategie.definition.vision": (("Une description ambitieuse de ce que l'organisation souhaite réaliser ou "
                                     "accomplir à moyen ou à long terme. Sert", "les plus importants pour le ministère."),),
    "strategie.definition.buts": (("Le but et l'objectif de la Stratégie de gestion des services, qui tiennent compte",
                                   "les annonces du budget et lettres de mandat)."),),
    "strategie.definition.initiatives": (("Les activités à court et à long terme qui, lorsqu'elles sont réalisées",
                                          "les coûts de la mise en œuvre et les indices."),),
    "strategie.definition.activites": (("Regroupement de mesures prises par le ministère",
                                        "la réalisation des initiatives globales."),),
    "strategie.NOTE_DEFINITIONS": (("Nota : Des engagements peuvent être faits", "niveaux indiqués ci-dessus."),),
    # 2.5.5 : le deuxième paragraphe avec ses exemples, puis le dernier; entre les deux, la liste
    # des éléments de la mise à jour (strategie.ELEMENTS_MISE_A_JOUR)
    "strategie.MISE_A_JOUR": (("La mise à jour annuelle devrait exprimer clairement", "plan de travail à jour distinct en annexe."),
                              ("La mise à jour annuelle devrait être approuvée", "la Stratégie de gestion des services originale.")),
}

# Les puces que l'application ferme par un point là où la semence n'en met pas (voir PASSAGES).
PONCTUATION_AJOUTEE = {"types_details.regles.1": "la semence enchaîne « Règles (MRGC 18). »",
                       "types_details.regles": "idem, pour la liste entière du type"}


def _attendu(ident: str) -> str:
    return " ".join(passage(d, f) for d, f in PASSAGES[ident])


def _sans_point_ajoute(ident: str, texte: str) -> str:
    if ident in PONCTUATION_AJOUTEE:
        assert texte.endswith("."), ident
        return texte[:-1]
    return texte


TEXTES = textes()


def _ids(textes_: list[Texte]) -> list[str]:
    return [t.ident for t in textes_]


def test_l_enumeration_est_complete_et_sans_doublon():
    ids = _ids(TEXTES)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    genres = {t.genre for t in TEXTES}
    assert genres <= {"passage", "cellule", "phrase", "libelle", "propre"}, genres
    assert set(PROPRES) <= set(ids), set(PROPRES) - set(ids)
    assert set(PONCTUATION_AJOUTEE) <= set(ids)
    # chaque passage a ses repères, et chaque repère sert à un passage
    passages = {t.ident for t in TEXTES if t.genre == "passage"}
    assert passages - set(PASSAGES) == set(), f"passages sans repères dans PASSAGES : {passages - set(PASSAGES)}"
    assert set(PASSAGES) - passages == set(), f"repères sans passage : {set(PASSAGES) - passages}"
    assert len(TEXTES) > 300


@pytest.mark.parametrize("texte", [t for t in TEXTES if t.genre == "passage"], ids=lambda t: t.ident)
def test_passage_entier_et_mot_pour_mot(texte):
    """Le texte voulu entier est le passage de la semence, de son repère de début à son repère de fin."""
    assert normaliser(_sans_point_ajoute(texte.ident, texte.fr)) == _attendu(texte.ident)


_AVANT = r"(?:^|¦ ?)(?:\d+\. |[a-z][.)] |N\^o |Exemple \d+ :? ?)?"


@pytest.mark.parametrize("texte", [t for t in TEXTES if t.genre == "cellule"], ids=lambda t: t.ident)
def test_cellule_ou_point_de_liste_entier(texte):
    """Le texte occupe une cellule de tableau ou un point de liste entier (numéro de liste permis)."""
    motif = _AVANT + re.escape(normaliser(texte.fr)) + r" ?(?:¦|$)"
    assert re.search(motif, semence_cellules()), f"« {texte.fr} » n'est pas une cellule entière de la semence"


@pytest.mark.parametrize("texte", [t for t in TEXTES if t.genre == "phrase"], ids=lambda t: t.ident)
def test_phrases_entieres(texte):
    """Une ou plusieurs phrases entières : du début d'une phrase à sa ponctuation finale."""
    fr = normaliser(_sans_point_ajoute(texte.ident, texte.fr))
    if texte.ident not in PONCTUATION_AJOUTEE:
        assert fr[-1] in ".?:!", f"« {texte.fr} » ne finit pas une phrase"
    assert fr[0].isupper(), f"« {texte.fr} » ne commence pas une phrase"
    suite = r"(?= |$)" if texte.ident not in PONCTUATION_AJOUTEE else r"(?= )"
    motif = r"(?:^|(?<=[ ¦]))" + re.escape(fr) + suite
    assert re.search(motif, semence()), f"« {texte.fr} » absent de la semence, ou pas en phrases entières"


@pytest.mark.parametrize("texte", [t for t in TEXTES if t.genre == "libelle"], ids=lambda t: t.ident)
def test_libelle_extrait_mot_pour_mot(texte):
    """Un nom ou un titre : un extrait de la semence, à la majuscule initiale et au point final près."""
    fr = normaliser(texte.fr).rstrip(".")
    assert fr, texte.ident
    initiale = f"[{re.escape(fr[0].lower())}{re.escape(fr[0].upper())}]"
    # bords de mot : pas de lettre de part et d'autre (la semence colle parfois le numéro suivant
    # d'une liste : « 1. Particuliers2. Institutions… »)
    motif = r"(?<![^\W\d_])" + initiale + re.escape(fr[1:]) + r"(?![^\W\d_])"
    assert re.search(motif, semence()), f"« {texte.fr} » absent de la semence"


@pytest.mark.parametrize("texte", [t for t in TEXTES if t.genre == "propre"], ids=lambda t: t.ident)
def test_textes_propres_a_l_application_declares(texte):
    assert PROPRES[texte.ident].strip()
    assert texte.fr.strip() and texte.en.strip()


@pytest.mark.parametrize("texte", [t for t in TEXTES if t.en], ids=lambda t: t.ident)
def test_anglais_de_meme_structure(texte):
    """La traduction du projet : présente, distincte, mêmes paragraphes, mêmes puces."""
    assert texte.en.strip(), texte.ident
    assert texte.fr.count("\n\n") == texte.en.count("\n\n"), f"{texte.ident} : pas le même nombre de paragraphes"
    assert texte.fr.count("\n- ") == texte.en.count("\n- "), f"{texte.ident} : pas le même nombre de puces"
    if texte.genre == "passage":
        assert texte.fr != texte.en, texte.ident


def test_les_puces_anglaises_des_types_correspondent_une_a_une():
    for code, (fr, en) in types_details.DETAILS.items():
        assert len(fr) == len(en), code


# --- le filet : rien dans les modules du référentiel n'échappe à l'énumération ---------------

MODULES = (codes, elements, exemples_1a, outil_1a, outil_1b, outil_2a, strategie, types_details)
_CODE = re.compile(r"[a-z0-9_:]+|#[0-9a-f]{6}|[A-G]|\d{4}")


def _chaines(objet, vus: set[int]):
    """Les chaînes d'un objet du référentiel : le français et l'anglais des libellés, les champs
    ``fr``/``en``/``*_fr``/``*_en`` des classes, et toute chaîne d'un conteneur."""
    if id(objet) in vus:
        return
    vus.add(id(objet))
    if isinstance(objet, str):
        yield objet
    elif isinstance(objet, Libelle):
        yield objet.fr
        yield objet.en
    elif is_dataclass(objet):
        for champ in fields(objet):
            if champ.name != "code":
                yield from _chaines(getattr(objet, champ.name), vus)
    elif isinstance(objet, dict):
        for valeur in objet.values():
            yield from _chaines(valeur, vus)
    elif isinstance(objet, (tuple, list)):
        for element in objet:
            yield from _chaines(element, vus)


def test_aucun_texte_du_referentiel_n_echappe():
    connus = {t.fr for t in TEXTES} | {t.en for t in TEXTES}
    # les listes entières des types sont énumérées jointes : leurs puces une à une aussi
    oublies = []
    for module in MODULES:
        for nom in dir(module):
            if not nom.isupper() or nom.startswith("_"):
                continue
            for chaine in _chaines(getattr(module, nom), set()):
                if chaine and not _CODE.fullmatch(chaine) and chaine not in connus:
                    oublies.append(f"{module.__name__}.{nom} : « {chaine[:60]} »")
    assert oublies == [], "textes du référentiel que textes() n'énumère pas :\n" + "\n".join(oublies)


# --- la normalisation elle-même : elle ne laisse passer que la mise en page -------------------

def test_la_normalisation_ne_touche_qu_a_la_mise_en_page():
    assert normaliser("l’[annexe 2C](#)\u00a0et **les**\n\n  buts .") == "l'annexe 2C et les buts."
    assert normaliser("- un\n- deux • trois") == "un deux trois"
    assert normaliser("mise en\n\nœuvre") == "mise en œuvre"
    assert normaliser("réali-\nsées") == "réalisées"
    # un mot changé, ajouté ou retiré n'est pas de la mise en page
    assert normaliser("les buts") != normaliser("les objectifs")
    assert normaliser("Vision : Une") != normaliser("Une")


def test_un_mot_change_fait_echouer_la_comparaison():
    """La preuve que le test mord : un seul mot changé dans un passage ne passe plus."""
    texte = strategie.GUIDE_RENDEMENT.texte.fr
    assert normaliser(texte) == _attendu("strategie.guide.rendement")
    altere = texte.replace("périodique", "régulière", 1)
    assert altere != texte and normaliser(altere) != _attendu("strategie.guide.rendement")
    tronque = texte.rsplit(" Pour éviter", 1)[0]
    assert normaliser(tronque) != _attendu("strategie.guide.rendement")


def test_chaque_correction_est_appliquee_par_le_referentiel():
    """Les coquilles corrigées : la correction est dans le référentiel, la coquille n'y est plus."""
    tout = " ".join(t.fr for t in TEXTES)
    for coquille, correction, raison in CORRECTIONS:
        assert raison
        assert coquille not in tout, coquille
    assert "déglaçage" in tout and "exploitants de port" in tout


# --- à l'écran : le texte entier, ou sa première phrase suivie de « suite › » -----------------
# (Qt importé dans les tests seulement : le reste de ce fichier s'en passe.)

def _visible(html_: str) -> str:
    """Le texte que lit l'utilisateur dans une étiquette en texte riche."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html_)
    return " ".join(document.toPlainText().split())


def _plat(texte: str) -> str:
    return " ".join(texte.split())


@pytest.fixture
def traduire(qtbot):
    """Installe les traductions de l'interface dans la langue voulue (retirées à la fin)."""
    from gesserv_bureau.langue import Traductions

    installees = []

    def installer(langue: str) -> None:
        if langue == "en":
            t = Traductions("en")
            t.installer()
            installees.append(t)

    yield installer
    for t in installees:
        t.retirer()


def test_premiere_phrase_ne_coupe_ni_les_abreviations_ni_les_notes():
    from gesserv_bureau.interface.texte_depliable import premiere_phrase

    debut, reste = premiere_phrase(strategie.GUIDE_RENDEMENT.texte.fr)
    assert debut.endswith("à leurs objectifs respectifs.") and reste.startswith("Le fait d'avoir recours")
    # « (p. ex., comité… » et « Nota : Même si… » ne sont pas des fins de phrase
    assert premiere_phrase("Voir (p. ex., le comité). Suite.") == ("Voir (p. ex., le comité).", "Suite.")
    debut, reste = premiere_phrase(elements.PAR_CODE["portee"].note_fr)
    assert debut == elements.PAR_CODE["portee"].note_fr and reste == ""
    assert premiere_phrase(strategie.NOTE_DEFINITIONS.fr)[1] == ""


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_la_fenetre_de_strategie_montre_le_guide_entier_et_deplie_les_definitions(qtbot, base, traduire, langue):
    from gesserv_bureau.cas import planification
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie
    from gesserv_bureau.interface.texte_depliable import premiere_phrase

    traduire(langue)
    fenetre = FenetreStrategie(base, planification.nouvelle(base, "Stratégie", "2024-2025"), langue)
    qtbot.addWidget(fenetre)
    fenetre.aller_a("rendement")
    vu = _visible(fenetre.guide.text())
    suite = "suite ›" if langue == "fr" else "more ›"
    # le volet est étroit : chaque texte replié sur sa première phrase, puis « suite › »
    guide = strategie.GUIDE_RENDEMENT.texte.texte(langue)
    assert _plat(premiere_phrase(guide)[0]) + " " + suite in vu
    assert _plat(premiere_phrase(guide)[1]) not in vu
    initiatives = strategie.DEFINITIONS[2].texte.texte(langue)
    debut, reste = premiere_phrase(initiatives)
    assert _plat(debut) + " " + suite in vu
    assert _plat(reste) not in vu
    for d in strategie.DEFINITIONS:   # chaque définition, avec son terme
        assert _plat(d.terme.texte(langue)) + " " + _plat(premiere_phrase(d.texte.texte(langue))[0]) in vu
    # le guide de la section se déplie, entier (la fin de 2.5.4 « Recalibrage… » comprise)
    fenetre.guide.linkActivated.emit("deplier:guide:rendement")
    assert _plat(guide) in _visible(fenetre.guide.text())
    # la note de 2.5.5 est là, entière
    assert _plat(strategie.NOTE_DEFINITIONS.texte(langue)) in vu
    # « suite › » déplie celle-là, et elle seule; « ‹ réduire » la replie
    fenetre.guide.linkActivated.emit("deplier:definition:initiatives")
    vu = _visible(fenetre.guide.text())
    assert _plat(initiatives) in vu
    assert _plat(premiere_phrase(strategie.DEFINITIONS[1].texte.texte(langue))[1]) not in vu
    fenetre.guide.linkActivated.emit("replier:definition:initiatives")
    assert _plat(reste) not in _visible(fenetre.guide.text())
    # le guide de la section se replie aussi
    fenetre.guide.linkActivated.emit("replier:guide:rendement")
    assert _plat(premiere_phrase(guide)[1]) not in _visible(fenetre.guide.text())
    # la section des objectifs porte deux éléments clés de 2.5.4, dépliables l'un sans l'autre
    fenetre.aller_a("objectifs")
    fenetre.guide.linkActivated.emit("deplier:guide:initiatives")
    vu = _visible(fenetre.guide.text())
    assert _plat(premiere_phrase(strategie.GUIDE_OBJECTIFS.texte.texte(langue))[0]) + " " + suite in vu
    assert _plat(strategie.GUIDE_INITIATIVES.texte.texte(langue)) in vu


def test_une_mise_a_jour_annuelle_montre_2_5_5_replie_puis_entier(qtbot, base):
    from gesserv_bureau.cas import planification
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie
    from gesserv_bureau.interface.texte_depliable import premiere_phrase

    st = planification.nouvelle(base, "Mise à jour", "2025-2026")
    st.type = "mise_a_jour"
    fenetre = FenetreStrategie(base, st, "fr")
    qtbot.addWidget(fenetre)
    debut, reste = premiere_phrase(strategie.MISE_A_JOUR.fr)
    vu = _visible(fenetre.guide.text())
    assert _plat(debut) + " suite ›" in vu and _plat(reste) not in vu
    fenetre.guide.linkActivated.emit("deplier:mise_a_jour")
    vu = _visible(fenetre.guide.text())
    assert _plat(strategie.MISE_A_JOUR.fr) in vu and "‹ réduire" in vu


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_le_formulaire_montre_les_notes_du_tableau_5(qtbot, traduire, langue):
    from outils_tests import service_complet

    from gesserv_bureau.interface.formulaire_service import FormulaireService

    traduire(langue)
    formulaire = FormulaireService()
    qtbot.addWidget(formulaire)
    formulaire.changer_langue(langue)
    formulaire.afficher(service_complet())
    suite = "suite ›" if langue == "fr" else "more ›"
    assert set(formulaire.notes) == {"programme_id", "portee", "proprietaire", "groupes_clients", "volumes",
                                     "cibles_rendement"}
    for code, note in formulaire.notes.items():
        entiere = elements.PAR_CODE[code].note(langue)
        assert note.texte_entier() == entiere
        vu = _visible(note.text())
        from gesserv_bureau.interface.texte_depliable import premiere_phrase

        debut, reste = premiere_phrase(entiere)
        if code == "volumes":            # la note de l'élément 14 est montrée entière d'emblée
            assert _plat(entiere) in vu
            continue
        if reste:
            assert vu == _plat(debut) + " " + suite, code
            note.linkActivated.emit("deplier:texte")
            assert _plat(entiere) in _visible(note.text()), code
        else:
            assert vu == _plat(entiere), code
    # l'infobulle d'un élément porte toute sa cellule du tableau 5, en texte qui passe à la ligne
    bulle = formulaire._etiquettes["cibles_rendement"].toolTip()
    assert bulle.startswith("<p>")
    assert _plat(elements.PAR_CODE["cibles_rendement"].texte_entier(langue)) in _visible(bulle)


# --- le test mord : une semence absente ou changée fait échouer, jamais sauter ----------------

def test_une_semence_absente_fait_echouer_et_non_sauter(monkeypatch, tmp_path):
    import test_referentiel_semence as module

    monkeypatch.setattr(module, "SEED", tmp_path / "absente.txt")
    _brute.cache_clear()
    semence.cache_clear()
    try:
        with pytest.raises(pytest.fail.Exception, match="semence de la ligne directrice absente"):
            semence()
    finally:
        monkeypatch.undo()
        _brute.cache_clear()
        semence.cache_clear()


def test_une_semence_qui_derive_fait_echouer_le_passage(monkeypatch, tmp_path):
    """Un mot changé dans la semence (ou dans le référentiel) : le passage ne correspond plus."""
    import test_referentiel_semence as module

    texte = SEED.read_text(encoding="utf-8")
    assert "une mesure périodique" in texte
    derive = tmp_path / "semence.txt"
    derive.write_text(texte.replace("périodique", "régulière"), encoding="utf-8")
    monkeypatch.setattr(module, "SEED", derive)
    _brute.cache_clear()
    semence.cache_clear()
    try:
        (rendement,) = [t for t in TEXTES if t.ident == "strategie.guide.rendement"]
        with pytest.raises(AssertionError):
            test_passage_entier_et_mot_pour_mot(rendement)
    finally:
        monkeypatch.undo()
        _brute.cache_clear()
        semence.cache_clear()
    test_passage_entier_et_mot_pour_mot(rendement)   # la vraie semence : le passage est bien là


def test_la_semence_est_lue_a_cote_du_projet():
    """La source (shared/ à côté du projet) sert quand elle est là; sinon la copie du dépôt (un
    clone seul, la CI). Les deux présentes : identiques octet pour octet, sinon la copie a dérivé."""
    from outils_tests import RACINE, SEED_COPIE, SEED_SOURCE

    assert SEED_SOURCE == RACINE.parent / "shared" / "seeds" / "000_b6ba08a68fd69817.txt"
    assert SEED_COPIE.exists()
    if SEED_SOURCE.exists():
        assert SEED == SEED_SOURCE
        assert SEED_COPIE.read_bytes() == SEED_SOURCE.read_bytes(), "tests/semence/ n'est plus la copie de la source"
    else:
        assert SEED == SEED_COPIE
    from outils_tests import DICTIONNAIRE_COPIE, DICTIONNAIRE_SOURCE

    assert DICTIONNAIRE_COPIE.exists()
    if DICTIONNAIRE_SOURCE.exists():
        assert DICTIONNAIRE_COPIE.read_bytes() == DICTIONNAIRE_SOURCE.read_bytes()
