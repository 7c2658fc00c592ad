"""Le gabarit commun des rapports : en-tête (ministère, titre du rapport), pied de page (date,
empreinte courte des données, « Page X de Y »), métadonnées PDF (titre, auteur, sujet, langue),
DejaVu Sans intégrée pour tout le texte, et le bloc d'approbation final (rôle, nom, titre,
date, ligne de signature) avec un champ de signature PDF vide par signataire, nommés
``signature_1``, ``signature_2``… dans l'ordre où l'on signe."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gesserv_bureau import __version__
from gesserv_bureau.rapports import polices
from gesserv_bureau.rapports.texte import t, typographie, x
from gesserv_bureau.referentiel.codes import EDITION

MARGE = 18 * mm
GRIS = colors.HexColor("#4a4a4a")
BLEU = colors.HexColor("#26374a")   # le bleu foncé des publications du GC
FOND_ENTETE = colors.HexColor("#e8edf2")


@dataclass
class Signataire:
    role_fr: str
    role_en: str
    nom: str = ""
    titre: str = ""


SIGNATAIRES_PAR_DEFAUT = (
    Signataire("Préparé par", "Prepared by"),
    Signataire("Approuvé par", "Approved by"),
)


@dataclass
class Document:
    titre_fr: str
    titre_en: str
    langue: str = "fr"                  # fr, en ou bilingue
    ministere: str = ""
    auteur: str = ""
    sujet_fr: str = ""
    sujet_en: str = ""
    empreinte: str = ""                 # l'empreinte courte des données du rapport
    paysage: bool = False
    signataires: list[Signataire] = field(default_factory=lambda: list(SIGNATAIRES_PAR_DEFAUT))
    date: dt.date = field(default_factory=dt.date.today)
    edition: str = EDITION              # l'édition de la ligne directrice gardée avec le dossier

    def titre(self) -> str:
        return t(self.titre_fr, self.titre_en, self.langue, " — ")


# --- styles ---------------------------------------------------------------------------------
def styles() -> dict[str, ParagraphStyle]:
    police = polices.enregistrer()
    base = ParagraphStyle("corps", fontName=police, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                          spaceAfter=4)
    return {
        "corps": base,
        "petit": ParagraphStyle("petit", parent=base, fontSize=8, leading=10),
        "cellule": ParagraphStyle("cellule", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellule_gras": ParagraphStyle("cellule_gras", parent=base, fontName=polices.GRAS, fontSize=8.5,
                                       leading=10.5, spaceAfter=0),
        "titre": ParagraphStyle("titre", parent=base, fontName=polices.GRAS, fontSize=17, leading=21,
                                textColor=BLEU, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName=polices.GRAS, fontSize=13, leading=16, textColor=BLEU,
                             spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=polices.GRAS, fontSize=10.5, leading=13, spaceBefore=6,
                             spaceAfter=3),
        "note": ParagraphStyle("note", parent=base, fontName=polices.ITALIQUE, fontSize=8.5, leading=11,
                               textColor=GRIS),
    }


def p(texte: str, style: ParagraphStyle) -> Paragraph:
    """Un paragraphe : échappé, typographie française, sauts de ligne gardés."""
    return Paragraph(x(typographie(texte)), style)


def tableau(lignes: list[list], largeurs: list[float], entete: bool = True, zebre: bool = True,
            styles_sup: list | None = None, repeter: int = 1) -> Table:
    """Un tableau dont chaque cellule est un Paragraph en DejaVu Sans (jamais de Helvetica)."""
    st = styles()
    cellules = []
    for n, ligne in enumerate(lignes):
        style = st["cellule_gras"] if entete and n == 0 else st["cellule"]
        cellules.append([c if isinstance(c, Flowable) else p("" if c is None else str(c), style) for c in ligne])
    table = Table(cellules, colWidths=largeurs, repeatRows=repeter if entete else 0, hAlign="LEFT")
    commandes = [
        ("FONTNAME", (0, 0), (-1, -1), polices.NORMAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if entete:
        commandes.append(("BACKGROUND", (0, 0), (-1, 0), FOND_ENTETE))
    if zebre and len(lignes) > 2:
        commandes.append(("ROWBACKGROUNDS", (0, 1 if entete else 0), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]))
    table.setStyle(TableStyle(commandes + (styles_sup or [])))
    return table


# --- le bloc d'approbation ------------------------------------------------------------------
class ZoneSignature(Flowable):
    """La ligne de signature; retient où elle est tombée (page, rectangle) pour y créer le
    champ de signature PDF après la mise en page."""

    def __init__(self, nom: str, largeur: float, hauteur: float, zones: list):
        super().__init__()
        self.nom = nom
        self.largeur = largeur
        self.hauteur = hauteur
        self.zones = zones

    def wrap(self, _largeur_dispo, _hauteur_dispo):
        return self.largeur, self.hauteur

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(GRIS)
        c.setLineWidth(0.6)
        c.line(0, 2, self.largeur, 2)
        x0, y0 = c.absolutePosition(0, 0)
        self.zones.append((self.nom, c.getPageNumber(), (x0, y0, x0 + self.largeur, y0 + self.hauteur)))


def bloc_approbation(doc: Document, zones: list) -> list[Flowable]:
    st = styles()
    langue = doc.langue
    largeur = (landscape(letter)[0] if doc.paysage else letter[0]) - 2 * MARGE
    elements: list[Flowable] = [CondPageBreak(60 * mm),
                                p(t("Approbation", "Approval", langue), st["h1"])]
    for n, s in enumerate(doc.signataires, start=1):
        etiquettes = [t("Rôle", "Role", langue), t("Nom", "Name", langue), t("Titre", "Title", langue),
                      t("Date", "Date", langue), t("Signature", "Signature", langue)]
        zone = ZoneSignature(f"signature_{n}", largeur * 0.62, 16 * mm, zones)
        lignes = [[etiquettes[0], t(s.role_fr, s.role_en, langue)], [etiquettes[1], s.nom],
                  [etiquettes[2], s.titre], [etiquettes[3], ""], [etiquettes[4], zone]]
        table = tableau(lignes, [largeur * 0.2, largeur * 0.66], entete=False, zebre=False, styles_sup=[
            ("GRID", (0, 0), (-1, -1), 0, colors.white),
            ("LINEBELOW", (1, 0), (1, 3), 0.4, colors.HexColor("#c3ccd5")),
            ("VALIGN", (0, 4), (-1, 4), "BOTTOM"),
        ])
        elements.append(KeepTogether([table, Spacer(1, 6 * mm)]))
    return elements


# --- la page --------------------------------------------------------------------------------
class _Toile(Canvas):
    """Retient chaque page pour écrire « Page X de Y » une fois le total connu."""

    def __init__(self, *args, document: Document | None = None, **kwargs):
        kwargs["initialFontName"] = polices.NORMAL   # jamais Helvetica, même pour la toile vide
        kwargs["initialFontSize"] = 9
        super().__init__(*args, **kwargs)
        self._document = document
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for etat in self._pages:
            self.__dict__.update(etat)
            self._numeroter(total)
            super().showPage()
        super().save()

    def _numeroter(self, total: int) -> None:
        doc = self._document
        largeur, hauteur = self._pagesize
        self.saveState()
        self.setFont(polices.NORMAL, 7.5)
        self.setFillColor(GRIS)
        n = self.getPageNumber()
        page = {"fr": f"Page {n} de {total}", "en": f"Page {n} of {total}",
                "bilingue": f"Page {n} de {total} / Page {n} of {total}"}[doc.langue]
        self.drawRightString(largeur - MARGE, 10 * mm, page)
        genere = t("Produit le", "Generated on", doc.langue)
        empreinte = t("empreinte des données", "data fingerprint", doc.langue)
        gauche = f"{genere} {doc.date.isoformat()} · {empreinte} {doc.empreinte}"
        place = largeur - 2 * MARGE - self.stringWidth(page, polices.NORMAL, 7.5) - 12
        self.setFont(polices.NORMAL, _taille_qui_tient(self, gauche, place))
        self.drawString(MARGE, 10 * mm, gauche)
        # l'édition de la ligne directrice appliquée, sur chaque page de chaque rapport
        bas = f"gesserv-bureau {__version__} · {ligne_directrice(doc.edition, doc.langue)}"
        self.setFont(polices.NORMAL, _taille_qui_tient(self, bas, largeur - 2 * MARGE))
        self.drawString(MARGE, 6.5 * mm, bas)
        self.restoreState()


def ligne_directrice(edition: str, langue: str) -> str:
    """Le nom de l'édition appliquée, tel que le pied de page l'écrit."""
    fr = f"Ligne directrice sur la gestion des services, édition {edition}"
    en = f"Guideline on Service Management, {edition} edition"
    return t(fr, en, langue)


def _taille_qui_tient(toile: Canvas, texte: str, place: float, taille: float = 7.5) -> float:
    """La taille de police (7,5 points, moins s'il le faut) à laquelle le texte tient entier dans
    ``place`` : le pied de page n'est jamais coupé."""
    largeur = toile.stringWidth(texte, polices.NORMAL, taille)
    return taille if largeur <= place else taille * place / largeur


def _entete(doc: Document, canvas: Canvas, _modele) -> None:
    largeur, hauteur = canvas._pagesize
    canvas.saveState()
    canvas.setFont(polices.GRAS, 8.5)
    canvas.setFillColor(BLEU)
    canvas.drawString(MARGE, hauteur - 11 * mm, doc.ministere or "")
    canvas.setFont(polices.NORMAL, 8.5)
    titre = doc.titre()
    if canvas.stringWidth(titre, polices.NORMAL, 8.5) > largeur / 2:
        while canvas.stringWidth(titre + "…", polices.NORMAL, 8.5) > largeur / 2 and len(titre) > 10:
            titre = titre[:-1]
        titre += "…"
    canvas.drawRightString(largeur - MARGE, hauteur - 11 * mm, titre)
    canvas.setStrokeColor(BLEU)
    canvas.setLineWidth(0.8)
    canvas.line(MARGE, hauteur - 13 * mm, largeur - MARGE, hauteur - 13 * mm)
    canvas.line(MARGE, 14 * mm, largeur - MARGE, 14 * mm)
    canvas.restoreState()


def construire(doc: Document, histoire: list[Flowable], approbation: bool = True) -> bytes:
    """Le PDF du rapport, avec ses champs de signature vides."""
    polices.enregistrer()
    taille = landscape(letter) if doc.paysage else letter
    sortie = io.BytesIO()
    langue_pdf = {"fr": "fr-CA", "en": "en-CA", "bilingue": "fr-CA"}[doc.langue]
    modele = BaseDocTemplate(
        sortie, pagesize=taille, leftMargin=MARGE, rightMargin=MARGE, topMargin=MARGE + 2 * mm,
        bottomMargin=MARGE, title=doc.titre(), author=doc.auteur or "gesserv-bureau",
        subject=t(doc.sujet_fr, doc.sujet_en, doc.langue, " — ") if doc.sujet_fr else doc.titre(),
        creator=f"gesserv-bureau {__version__}", lang=langue_pdf, invariant=False,
    )
    cadre = Frame(modele.leftMargin, modele.bottomMargin, modele.width, modele.height, id="corps")
    modele.addPageTemplates([PageTemplate(id="page", frames=[cadre], onPage=partial(_entete, doc))])
    zones: list = []
    elements = list(histoire)
    if approbation and doc.signataires:
        elements.extend(bloc_approbation(doc, zones))
    modele.build(elements, canvasmaker=partial(_Toile, document=doc))
    pdf = sortie.getvalue()
    return ajouter_champs(pdf, zones) if zones else pdf


def ajouter_champs(pdf: bytes, zones: list) -> bytes:
    """Un champ de signature vide pour chaque signataire, là où sa ligne est tombée."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    ecrivain = IncrementalPdfFileWriter(io.BytesIO(pdf))
    vus = set()
    for nom, page, boite in zones:
        if nom in vus:   # une zone dessinée deux fois (reprise de page) : la première compte
            continue
        vus.add(nom)
        append_signature_field(ecrivain, SigFieldSpec(sig_field_name=nom, on_page=page - 1,
                                                      box=tuple(round(v, 2) for v in boite)))
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    return sortie.getvalue()


def titre_rapport(doc: Document) -> list[Flowable]:
    st = styles()
    return [p(doc.titre(), st["titre"])]
