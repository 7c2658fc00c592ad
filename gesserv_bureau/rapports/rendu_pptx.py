"""Le rendu PowerPoint (.pptx, python-pptx) d'un :class:`~gesserv_bureau.rapports.document.Document`
— pour la stratégie et sa mise à jour annuelle, que 2.5.5 permet de présenter en PowerPoint.

Une diapositive de titre; puis une diapositive par titre de niveau 1, son contenu (paragraphes
et listes en puces, tableaux avec leur ligne d'en-tête) continué sur d'autres diapositives
« (suite) » quand il ne tient pas; enfin la diapositive d'approbation. Chaque passage porte sa
langue (fr-CA, en-CA); chaque tableau et chaque figure, un texte de remplacement."""

from __future__ import annotations

import io
import re

from gesserv_bureau.rapports.document import (
    CODES_LANGUE,
    Approbation,
    Document,
    Ensemble,
    Figure,
    Fragment,
    Liste,
    Paragraphe,
    Paysage,
    SautDePage,
    TableDesMatieres,
    Tableau,
    Titre,
    parcourir,
    bi,
    en_clair,
    fragments,
)
from gesserv_bureau.rapports.rendu_pdf import TEXTE_EBAUCHE
from gesserv_bureau.rapports.texte import sans_controles, typographie

SUITE = {"fr": " (suite)", "en": " (continued)", "bilingue": " (suite / continued)"}
LIGNES_PAR_DIAPO = 14          # lignes de texte de 18 pt dans la zone de contenu
CARACTERES_PAR_LIGNE = 95
LIGNES_TABLEAU = 8             # lignes d'un tableau par diapositive (l'en-tête en plus)
BLEU = (0x26, 0x37, 0x4A)


def _lignes(texte: str) -> int:
    return sum(max(1, -(-len(l) // CARACTERES_PAR_LIGNE)) for l in (texte or " ").split("\n"))


def _couper(texte: str, place: int) -> tuple[str, str]:
    """Le début d'un texte qui tient en ``place`` lignes, coupé entre deux phrases (ou deux
    mots), et le reste."""
    limite = max(1, place) * CARACTERES_PAR_LIGNE
    if len(texte) <= limite:
        return texte, ""
    phrases = re.split(r"(?<=[.!?…])\s+", texte)
    debut = ""
    for phrase in phrases:
        if len(debut) + len(phrase) + 1 > limite:
            break
        debut = f"{debut} {phrase}".strip()
    if not debut:   # une seule phrase trop longue : entre deux mots
        coupe = texte.rfind(" ", 0, limite)
        coupe = coupe if coupe > 0 else limite
        return texte[:coupe], texte[coupe:].lstrip()
    return debut, texte[len(debut):].lstrip()


def _passages(paragraphe, texte, langue_doc: str, taille: int, gras: bool = False) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    for f in fragments(texte):
        langue = f.langue or langue_doc
        passage = paragraphe.add_run()
        passage.text = sans_controles(typographie(f.texte) if langue == "fr" else f.texte)
        passage.font.size = Pt(taille)
        passage.font.bold = gras or f.gras or None
        passage.font.italic = f.italique or None
        if f.couleur:
            passage.font.color.rgb = RGBColor.from_string(f.couleur.lstrip("#").upper())
        passage.font.language_id = None
        passage._r.get_or_add_rPr().set("lang", CODES_LANGUE[langue])


def _description(forme, texte: str) -> None:
    """Le texte de remplacement d'une forme (``descr`` de ``p:cNvPr``)."""
    forme._element.xpath("./*[1]/p:cNvPr")[0].set("descr", texte)


class _Diaporama:
    def __init__(self, doc: Document):
        from pptx import Presentation
        from pptx.util import Inches

        self.doc = doc
        self.L = doc.langue_principale
        self.pres = Presentation()
        self.pres.slide_width, self.pres.slide_height = Inches(13.333), Inches(7.5)
        self.titre_courant: list = []
        self.corps = None
        self.lignes = 0
        self.diapo = None

    # --- les diapositives ----------------------------------------------------------------
    def _nouvelle(self, titre, suite: bool = False):
        from pptx.util import Inches, Pt

        diapo = self.pres.slides.add_slide(self.pres.slide_layouts[5])   # titre seul
        forme = diapo.shapes.title
        forme.left, forme.top, forme.width, forme.height = Inches(0.6), Inches(0.3), Inches(12.1), Inches(1.0)
        p = forme.text_frame.paragraphs[0]
        _passages(p, list(fragments(titre)) + ([Fragment(SUITE[self.doc.langue])]
                                                 if suite else []), self.L, 28, gras=True)
        if self.doc.ebauche:
            marque = diapo.shapes.add_textbox(Inches(10.3), Inches(6.9), Inches(2.8), Inches(0.4))
            _passages(marque.text_frame.paragraphs[0], TEXTE_EBAUCHE[self.doc.langue], self.L, 14, gras=True)
        self.diapo = diapo
        self.corps = None
        self.lignes = 0
        return diapo

    def _zone_texte(self):
        from pptx.util import Inches

        if self.corps is None:
            haut = Inches(1.4) + Inches(0.38) * self.lignes
            boite = self.diapo.shapes.add_textbox(Inches(0.7), haut, Inches(11.9), Inches(7.0) - haut)
            boite.text_frame.word_wrap = True
            self.corps = boite.text_frame
            self._premier = True
        return self.corps

    def _paragraphe(self, texte, puce: bool = False, taille: int = 18) -> None:
        texte_clair = en_clair(texte)
        place = LIGNES_PAR_DIAPO - self.lignes
        besoin = _lignes(texte_clair)
        if besoin > place:
            frags = fragments(texte)
            if len(frags) == 1 and place >= 2:
                debut, reste = _couper(frags[0].texte, place)
                if reste:
                    self._paragraphe([type(frags[0])(debut, frags[0].langue, frags[0].gras, frags[0].italique)], puce, taille)
                    self._nouvelle(self.titre_courant, suite=True)
                    self._paragraphe([type(frags[0])(reste, frags[0].langue, frags[0].gras, frags[0].italique)], puce, taille)
                    return
            self._nouvelle(self.titre_courant, suite=True)
            if besoin > LIGNES_PAR_DIAPO and len(fragments(texte)) == 1:
                self._paragraphe(texte, puce, taille)
                return
        cadre = self._zone_texte()
        p = cadre.paragraphs[0] if self._premier else cadre.add_paragraph()
        self._premier = False
        _passages(p, ([("• ")] if puce else []) + list(fragments(texte)), self.L, taille)
        self.lignes += min(besoin, LIGNES_PAR_DIAPO)

    def _tableau(self, t: Tableau, alternative: str = "") -> None:
        from pptx.util import Inches, Pt

        colonnes = len(t.entetes) if t.entetes else max((len(l) for l in t.lignes), default=1)
        lignes = t.lignes or [[""] * colonnes]
        for debut in range(0, len(lignes), LIGNES_TABLEAU):
            morceau = lignes[debut:debut + LIGNES_TABLEAU]
            if debut > 0 or self.lignes > LIGNES_PAR_DIAPO - 4:
                self._nouvelle(self.titre_courant, suite=True)
            avec_entete = bool(t.entetes) and not t.sans_entete
            n = len(morceau) + (1 if avec_entete else 0)
            haut = Inches(1.4) + Inches(0.38) * self.lignes
            forme = self.diapo.shapes.add_table(n, colonnes, Inches(0.7), haut, Inches(11.9),
                                                Inches(0.4) * n)
            _description(forme, alternative or t.resume or en_clair(t.entetes[0] if t.entetes else ""))
            table = forme.table
            largeurs = t.largeurs or [1] * colonnes
            total = sum(largeurs)
            for i, colonne in enumerate(table.columns):
                colonne.width = int(Inches(11.9) * largeurs[i] / total)
            rang = 0
            if avec_entete:
                for i, e in enumerate(t.entetes):
                    cellule = table.cell(0, i)
                    cellule.text_frame.paragraphs[0].text = ""
                    _passages(cellule.text_frame.paragraphs[0], e, self.L, 12, gras=True)
                rang = 1
            else:
                table.first_row = False
            for r, valeurs in enumerate(morceau):
                for i in range(colonnes):
                    cellule = table.cell(rang + r, i)
                    cellule.text_frame.word_wrap = True
                    _passages(cellule.text_frame.paragraphs[0], valeurs[i] if i < len(valeurs) else "", self.L, 11)
            self.corps = None
            self.lignes = LIGNES_PAR_DIAPO   # la suite commence une nouvelle diapositive

    # --- le document -----------------------------------------------------------------------
    def bloc(self, b) -> None:
        if isinstance(b, Titre):
            if b.niveau <= 1 or self.diapo is None:
                self.titre_courant = list(fragments(b.texte))
                self._nouvelle(b.texte)
            else:
                if self.lignes > LIGNES_PAR_DIAPO - 3:
                    self._nouvelle(self.titre_courant, suite=True)
                self._paragraphe(b.texte, taille=20)
        elif isinstance(b, Paragraphe):
            self._paragraphe(b.texte, taille=14 if b.style in ("note", "petit") else 18)
        elif isinstance(b, Liste):
            for n, e in enumerate(b.elements, start=1):
                if b.numerotee:   # une liste numérotée garde ses numéros (les objectifs 1, 2, 3…)
                    self._paragraphe([Fragment(f"{n}. ")] + list(fragments(e)))
                else:
                    self._paragraphe(e, puce=True)
        elif isinstance(b, Tableau):
            self._tableau(b)
        elif isinstance(b, Figure):
            if b.tableau is not None:
                self._tableau(b.tableau, en_clair(b.alternative))
            else:
                self._paragraphe(b.alternative)
        elif isinstance(b, SautDePage):
            pass
        elif isinstance(b, TableDesMatieres):
            self.titre_courant = list(fragments(b.titre))
            self._nouvelle(b.titre)
            for t in parcourir(self.doc.blocs):
                if isinstance(t, Titre) and t.niveau == 1:
                    self._paragraphe(t.texte, puce=True)
        elif isinstance(b, (Ensemble, Paysage)):
            for x in b.blocs:
                self.bloc(x)
        elif isinstance(b, Approbation):
            for x in b.avant:
                self.bloc(x)
            L = self.doc.langue
            self.titre_courant = bi("Approbation", "Approval", L)
            self._nouvelle(self.titre_courant)
            lignes = [[bi(s.role_fr, s.role_en, L), s.nom, s.titre, "", ""] for s in b.signataires]
            self._tableau(Tableau([bi("Rôle", "Role", L), bi("Nom", "Name", L), bi("Titre", "Title", L),
                                   bi("Date", "Date", L), bi("Signature", "Signature", L)], lignes,
                                  largeurs=[2, 2.5, 2.5, 1.5, 3], resume=en_clair(bi("Approbation", "Approval", L))))
        else:
            raise TypeError(f"bloc inconnu : {type(b).__name__}")

    def rendre(self) -> bytes:
        from pptx.util import Inches

        doc = self.doc
        diapo = self.pres.slides.add_slide(self.pres.slide_layouts[0])
        titre = diapo.shapes.title
        titre.left, titre.top, titre.width, titre.height = Inches(0.8), Inches(2.0), Inches(11.7), Inches(2.0)
        titre.text_frame.paragraphs[0].text = ""
        _passages(titre.text_frame.paragraphs[0], doc.titre_fragments(), self.L, 36, gras=True)
        sous_titre = diapo.placeholders[1]
        sous_titre.left, sous_titre.top, sous_titre.width, sous_titre.height = Inches(0.8), Inches(4.3), Inches(11.7), Inches(1.5)
        lignes = [x for x in (doc.ministere, doc.date.isoformat(), TEXTE_EBAUCHE[doc.langue] if doc.ebauche else "") if x]
        cadre = sous_titre.text_frame
        for n, ligne in enumerate(lignes):
            p = cadre.paragraphs[0] if n == 0 else cadre.add_paragraph()
            _passages(p, ligne, self.L, 20, gras=(ligne == TEXTE_EBAUCHE[doc.langue]))
        for b in doc.blocs:
            self.bloc(b)
        proprietes = self.pres.core_properties
        proprietes.title = ((TEXTE_EBAUCHE[doc.langue] + " — ") if doc.ebauche else "") + doc.titre()
        proprietes.author = doc.auteur or "gesserv-bureau"
        proprietes.last_modified_by = doc.auteur or "gesserv-bureau"
        proprietes.subject = doc.sujet()
        proprietes.language = CODES_LANGUE[self.L]
        proprietes.keywords = "; ".join([doc.sujet()] + ([TEXTE_EBAUCHE[doc.langue]] if doc.ebauche else []))
        proprietes.content_status = TEXTE_EBAUCHE[doc.langue] if doc.ebauche else ""
        sortie = io.BytesIO()
        self.pres.save(sortie)
        return sortie.getvalue()


def rendre(doc: Document) -> bytes:
    return _Diaporama(doc).rendre()
