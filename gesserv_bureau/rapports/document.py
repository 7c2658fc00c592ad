"""Le document d'un rapport, indépendant de tout format : ce que chaque module ``rapport_*``
construit une fois, et que ``rendu_pdf``, ``rendu_docx`` et ``rendu_pptx`` écrivent.

Un document est une suite de blocs : titres (niveaux 1 à 3, dans l'ordre), paragraphes, listes,
tableaux (avec leur ligne d'en-tête), figures (avec leur texte de remplacement), groupes à garder
ensemble sur une page, et le bloc d'approbation. Chaque texte est une suite de fragments, chacun
avec sa langue quand elle n'est pas celle du document : un rapport bilingue dit à un lecteur
d'écran où l'anglais commence (``bi``). Rien ici ne connaît reportlab, Typst, Word ou PowerPoint."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union

LANGUES_RAPPORT = ("fr", "en", "bilingue")
CODES_LANGUE = {"fr": "fr-CA", "en": "en-CA"}


@dataclass(frozen=True)
class Fragment:
    """Un morceau de texte; ``langue`` (fr ou en) seulement s'il n'est pas dans la langue du
    bloc qui le contient. ``couleur`` (l'encre) et ``fond`` : une couleur « #rrggbb » qui
    double un mot déjà écrit (l'état d'une mesure sur la couleur de la légende), jamais seule
    porteuse du sens."""

    texte: str
    langue: str | None = None
    gras: bool = False
    italique: bool = False
    couleur: str | None = None
    fond: str | None = None


Texte = Union[str, Fragment, "list[Fragment]", "tuple[Fragment, ...]"]


def fragments(texte: Texte) -> list[Fragment]:
    """Un texte sous sa forme canonique : une liste de fragments (vide pour ``""``/``None``)."""
    if texte is None or texte == "":
        return []
    if isinstance(texte, str):
        return [Fragment(texte)]
    if isinstance(texte, Fragment):
        return [texte]
    resultat: list[Fragment] = []
    for morceau in texte:
        resultat.extend(fragments(morceau))
    return resultat


def en_clair(texte: Texte) -> str:
    """Le texte sans ses marques : ce que lit l'œil, pour les comparaisons et la recherche."""
    return "".join(f.texte for f in fragments(texte))


def bi(fr: str, en: str, langue: str, separateur: str = " / ", *, gras: bool = False) -> list[Fragment]:
    """Le texte dans la langue du rapport; en bilingue, le français puis l'anglais, chacun marqué
    de sa langue (la même chaîne dans les deux langues n'est écrite qu'une fois)."""
    if langue == "en":
        return [Fragment(en, "en", gras=gras)]
    if langue == "fr" or fr == en:
        return [Fragment(fr, "fr", gras=gras)]
    return [Fragment(fr, "fr", gras=gras), Fragment(separateur), Fragment(en, "en", gras=gras)]


# --- les blocs -------------------------------------------------------------------------------
@dataclass
class Titre:
    niveau: int            # 1 à 3 (le titre du document est le niveau 0, porté par Document)
    texte: Texte


@dataclass
class Paragraphe:
    texte: Texte
    style: str = "corps"   # corps, note (italique, gris), petit, conclusion (encadré)


@dataclass
class Liste:
    elements: list[Texte]
    numerotee: bool = False


@dataclass
class Tableau:
    """Un tableau : ``entetes`` est sa ligne d'en-tête (répétée sur chaque page, des TH);
    ``largeurs`` des proportions (1, 2, 1…). ``entete_colonne`` : la première colonne est aussi
    un en-tête de ligne (tableau clé / valeur). ``fonds`` : la couleur de fond de certaines
    cellules, ``(ligne, colonne) → « #rrggbb »`` (ligne : l'indice dans ``lignes``)."""

    entetes: list[Texte]
    lignes: list[list[Texte]]
    largeurs: list[float] | None = None
    resume: str = ""              # une phrase qui dit ce que le tableau contient
    entete_colonne: bool = False
    sans_entete: bool = False     # tableau de mise en forme clé / valeur, sans ligne d'en-tête
    fonds: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass
class Figure:
    """Une figure (graphique, grille FFPM) : son texte de remplacement est obligatoire. Le
    contenu est un tableau (la grille) ou une image SVG."""

    alternative: Texte
    tableau: Tableau | None = None
    svg: bytes | None = None
    legende: Texte = ""


@dataclass
class Ensemble:
    """Des blocs gardés sur une même page (une conclusion et son approbation)."""

    blocs: list


@dataclass
class SautDePage:
    pass


@dataclass
class Paysage:
    """Des blocs sur des pages à l'italienne (un tableau large, le plan de travail en annexe),
    dans un document en portrait; la page suivante revient au portrait."""

    blocs: list


@dataclass
class TableDesMatieres:
    """La table des matières : les titres de niveau 1 (et 2 si ``profondeur`` = 2) avec leur page,
    calculée au rendu (PDF), ou un champ que Word met à jour."""

    titre: Texte
    profondeur: int = 1


@dataclass
class Signataire:
    role_fr: str
    role_en: str
    nom: str = ""
    titre: str = ""


SIGNATAIRES_PAR_DEFAUT = (Signataire("Préparé par", "Prepared by"), Signataire("Approuvé par", "Approved by"))


@dataclass
class Approbation:
    """Le bloc d'approbation : un champ de signature PDF vide par signataire, ``signature_1``,
    ``signature_2``… dans l'ordre où l'on signe. ``avant`` : ce qu'il approuve (la conclusion),
    gardé sur la même page que lui."""

    signataires: list[Signataire] = field(default_factory=lambda: list(SIGNATAIRES_PAR_DEFAUT))
    avant: list = field(default_factory=list)


Bloc = Union[Titre, Paragraphe, Liste, Tableau, Figure, Ensemble, SautDePage, TableDesMatieres, Paysage, Approbation]


@dataclass
class Document:
    titre_fr: str
    titre_en: str
    langue: str = "fr"                 # fr, en ou bilingue
    ministere: str = ""
    auteur: str = ""
    sujet_fr: str = ""
    sujet_en: str = ""
    empreinte: str = ""                # l'empreinte courte des données du rapport
    paysage: bool = False
    ebauche: bool = False              # ÉBAUCHE / DRAFT sur chaque page et dans les métadonnées
    date: dt.date = field(default_factory=dt.date.today)
    edition: str = ""                  # l'édition de la ligne directrice appliquée
    blocs: list = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.langue not in LANGUES_RAPPORT:
            raise ValueError(f"langue de rapport inconnue : {self.langue!r}")

    # la langue principale : le français en bilingue (l'anglais y est marqué, partie par partie)
    @property
    def langue_principale(self) -> str:
        return "en" if self.langue == "en" else "fr"

    def titre(self) -> str:
        if self.langue == "en":
            return self.titre_en
        if self.langue == "bilingue" and self.titre_fr != self.titre_en:
            return f"{self.titre_fr} — {self.titre_en}"
        return self.titre_fr

    def titre_fragments(self) -> list[Fragment]:
        return bi(self.titre_fr, self.titre_en, self.langue, " — ")

    def sujet(self) -> str:
        if not self.sujet_fr:
            return self.titre()
        return en_clair(bi(self.sujet_fr, self.sujet_en or self.sujet_fr, self.langue, " — "))

    def ajouter(self, *blocs) -> "Document":
        self.blocs.extend(blocs)
        return self

    def signataires(self) -> list[Signataire]:
        for bloc in parcourir(self.blocs):
            if isinstance(bloc, Approbation):
                return list(bloc.signataires)
        return []


def parcourir(blocs):
    """Chaque bloc, ceux des ensembles et des approbations compris, dans l'ordre de lecture."""
    for bloc in blocs:
        if isinstance(bloc, (Ensemble, Paysage)):
            yield from parcourir(bloc.blocs)
        elif isinstance(bloc, Approbation):
            yield from parcourir(bloc.avant)
            yield bloc
        else:
            yield bloc


def texte_integral(doc: Document) -> str:
    """Tout le texte que le lecteur lit, dans l'ordre : pour comparer les formats entre eux."""
    morceaux = [doc.titre()]
    for bloc in parcourir(doc.blocs):
        if isinstance(bloc, (Titre, Paragraphe)):
            morceaux.append(en_clair(bloc.texte))
        elif isinstance(bloc, Liste):
            morceaux.extend(en_clair(e) for e in bloc.elements)
        elif isinstance(bloc, (Tableau, Figure)):
            table = bloc if isinstance(bloc, Tableau) else bloc.tableau
            if isinstance(bloc, Figure) and bloc.legende:
                morceaux.append(en_clair(bloc.legende))
            if table is not None:
                morceaux.extend(en_clair(e) for e in table.entetes)
                for ligne in table.lignes:
                    morceaux.extend(en_clair(c) for c in ligne)
        elif isinstance(bloc, Approbation):
            for s in bloc.signataires:
                morceaux.extend(x for x in (s.nom, s.titre) if x)
    return "\n".join(m for m in morceaux if m)
