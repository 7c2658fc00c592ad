"""Le rendu Word (.docx, python-docx) d'un :class:`~gesserv_bureau.rapports.document.Document`,
à modifier avant l'approbation : vrais titres (Titre 1 à 3 : le volet de navigation et une
table des matières fonctionnent), tableaux dont la ligne d'en-tête se répète sur chaque page,
langue de chaque paragraphe et de chaque partie (fr-CA, en-CA — le modèle de python-docx dit
en-US : corrigé ici, styles compris), propriétés du document (titre, auteur, sujet, mots-clés,
statut « Ébauche »). Aucun LibreOffice n'est nécessaire."""

from __future__ import annotations

import io

from docx.shared import Pt

from gesserv_bureau.rapports.document import (
    CODES_LANGUE,
    Approbation,
    Document,
    Ensemble,
    Figure,
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
from gesserv_bureau.rapports.rendu_pdf import TEXTE_EBAUCHE, _garder_fin
from gesserv_bureau.rapports.texte import sans_controles, typographie

BLEU = (0x26, 0x37, 0x4A)


def _langue(element, code: str) -> None:
    """``w:lang`` sur un ``w:rPr`` (style ou passage) : la langue du texte et de la correction."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), code)
    lang.set(qn("w:eastAsia"), code)
    lang.set(qn("w:bidi"), code)


def _texte(paragraphe, texte, langue_doc: str, *, gras: bool = False, taille=None) -> None:
    from docx.shared import Pt

    for f in fragments(texte):
        langue = f.langue or langue_doc
        contenu = sans_controles(typographie(f.texte) if langue == "fr" else f.texte)   # le XML les refuse
        lignes = contenu.split("\n")
        for n, ligne in enumerate(lignes):
            passage = paragraphe.add_run(ligne)
            if n < len(lignes) - 1:
                passage.add_break()
            passage.bold = gras or f.gras or None
            passage.italic = f.italique or None
            if taille:
                passage.font.size = Pt(taille)
            if f.couleur:
                from docx.shared import RGBColor

                passage.font.color.rgb = RGBColor.from_string(f.couleur.lstrip("#").upper())
            if f.fond:
                _ombrer_passage(passage, f.fond)
            _langue(passage._r, CODES_LANGUE[langue])


def _ombrer_passage(passage, couleur: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ombre = OxmlElement("w:shd")
    ombre.set(qn("w:val"), "clear")
    ombre.set(qn("w:color"), "auto")
    ombre.set(qn("w:fill"), couleur.lstrip("#").upper())
    passage._r.get_or_add_rPr().append(ombre)


def _repeter_entete(tr) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = tr.get_or_add_trPr()
    entete = OxmlElement("w:tblHeader")
    entete.set(qn("w:val"), "true")
    trpr.append(entete)


def _ombrer(cellule, couleur: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cellule._tc.get_or_add_tcPr()
    ombre = OxmlElement("w:shd")
    ombre.set(qn("w:val"), "clear")
    ombre.set(qn("w:color"), "auto")
    ombre.set(qn("w:fill"), couleur)
    tcpr.append(ombre)


def _tableau(doc_word, t: Tableau, langue: str, largeur_utile) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.table import _Cell

    colonnes = len(t.entetes) if t.entetes else max((len(l) for l in t.lignes), default=1)
    avec_entete = bool(t.entetes) and not t.sans_entete
    table = doc_word.add_table(rows=(1 if avec_entete else 0) + len(t.lignes), cols=colonnes)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if t.resume:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        tblpr = table._tbl.tblPr
        description = OxmlElement("w:tblDescription")
        description.set(qn("w:val"), t.resume)
        tblpr.append(description)
    largeurs = t.largeurs or [1] * colonnes
    total = sum(largeurs)
    largeurs_cellules = [int(largeur_utile * x / total) for x in largeurs]
    # les lignes et les cellules prises dans le XML, une fois : ``table.rows[i]`` refait la liste
    # de toutes les lignes à chaque appel (2 000 lignes : 18 s au lieu de 2)
    lignes_xml = table._tbl.tr_lst

    def cellules(tr) -> list:
        return [_Cell(tc, table) for tc in tr.tc_lst]

    def remplir(tr, valeurs, gras, fonds) -> None:
        for i, cellule in enumerate(cellules(tr)):
            valeur = valeurs[i] if i < len(valeurs) else ""
            _texte(cellule.paragraphs[0], valeur, langue, gras=gras(i), taille=9)
            if fonds(i):
                _ombrer(cellule, fonds(i))
            cellule.width = largeurs_cellules[i]

    rang = 0
    if avec_entete:
        _repeter_entete(lignes_xml[0])
        remplir(lignes_xml[0], t.entetes, lambda i: True, lambda i: "E8EDF2")
        rang = 1
    for n, valeurs in enumerate(t.lignes):
        remplir(lignes_xml[rang + n], valeurs, lambda i: t.sans_entete and i == 0,
                lambda i, n=n: t.fonds[n, i].lstrip("#").upper() if (n, i) in t.fonds else None)
    doc_word.add_paragraph()


def _bloc(doc_word, b, doc: Document, largeur_utile) -> None:
    from docx.shared import Pt

    L = doc.langue_principale
    if isinstance(b, Titre):
        p = doc_word.add_heading(level=max(1, min(3, b.niveau)))
        _texte(p, b.texte, L)
    elif isinstance(b, Paragraphe):
        p = doc_word.add_paragraph()
        _texte(p, b.texte, L, taille=8.5 if b.style in ("note", "petit") else None)
        if b.style == "note":
            for passage in p.runs:
                passage.italic = True
        if b.style == "conclusion":
            p.paragraph_format.left_indent = Pt(8)
    elif isinstance(b, Liste):
        style = "List Number" if b.numerotee else "List Bullet"
        for e in b.elements:
            _texte(doc_word.add_paragraph(style=style), e, L)
    elif isinstance(b, Tableau):
        _tableau(doc_word, b, L, largeur_utile)
    elif isinstance(b, Figure):
        if b.tableau is not None:
            b.tableau.resume = b.tableau.resume or en_clair(b.alternative)
            _tableau(doc_word, b.tableau, L, largeur_utile)
        else:
            _texte(doc_word.add_paragraph(), b.alternative, L)
        if b.legende:
            p = doc_word.add_paragraph(style="Caption")
            _texte(p, b.legende, L)
    elif isinstance(b, SautDePage):
        doc_word.add_page_break()
    elif isinstance(b, TableDesMatieres):
        _table_des_matieres(doc_word, b, doc)
    elif isinstance(b, Paysage):
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = doc_word.add_section(WD_SECTION.NEW_PAGE)
        largeur, hauteur = section.page_width, section.page_height
        section.orientation = WD_ORIENT.PORTRAIT if doc.paysage else WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = hauteur, largeur
        for x in b.blocs:
            _bloc(doc_word, x, doc, section.page_width - section.left_margin - section.right_margin)
        retour = doc_word.add_section(WD_SECTION.NEW_PAGE)
        retour.orientation = WD_ORIENT.LANDSCAPE if doc.paysage else WD_ORIENT.PORTRAIT
        retour.page_width, retour.page_height = largeur, hauteur
    elif isinstance(b, Ensemble):
        for x in b.blocs:
            _bloc(doc_word, x, doc, largeur_utile)
    elif isinstance(b, Approbation):
        avant, gardes = _garder_fin(list(b.avant))
        for x in avant + gardes:
            _bloc(doc_word, x, doc, largeur_utile)
        titre = doc_word.add_heading(level=1)
        _texte(titre, bi("Approbation", "Approval", doc.langue), L)
        titre.paragraph_format.keep_with_next = True
        for s in b.signataires:
            lignes = [[bi("Rôle", "Role", doc.langue), bi(s.role_fr, s.role_en, doc.langue)],
                      [bi("Nom", "Name", doc.langue), s.nom], [bi("Titre", "Title", doc.langue), s.titre],
                      [bi("Date", "Date", doc.langue), ""], [bi("Signature", "Signature", doc.langue), ""]]
            _tableau(doc_word, Tableau([], lignes, largeurs=[1, 3], sans_entete=True), L, largeur_utile)
            # le bloc d'un signataire sur une même page
            for ligne in doc_word.tables[-1].rows:
                for cellule in ligne.cells:
                    for p in cellule.paragraphs:
                        p.paragraph_format.keep_with_next = True
    else:
        raise TypeError(f"bloc inconnu : {type(b).__name__}")


def _table_des_matieres(doc_word, b: TableDesMatieres, doc: Document) -> None:
    """Un vrai champ TOC (Word le met à jour à l'ouverture : ``w:updateFields``), qui montre
    d'ici là la liste des titres."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    L = doc.langue_principale
    titre = doc_word.add_heading(level=1)
    _texte(titre, b.titre, L)

    def champ(paragraphe, instruction: str | None, type_: str | None) -> None:
        if type_:
            marque = OxmlElement("w:fldChar")
            marque.set(qn("w:fldCharType"), type_)
            paragraphe.add_run()._r.append(marque)
        if instruction:
            texte = OxmlElement("w:instrText")
            texte.set(qn("xml:space"), "preserve")
            texte.text = instruction
            paragraphe.add_run()._r.append(texte)

    premier = doc_word.add_paragraph()
    champ(premier, None, "begin")
    champ(premier, f' TOC \\o "1-{b.profondeur}" \\h \\z \\u ', None)
    champ(premier, None, "separate")
    titres = [x for x in parcourir(doc.blocs) if isinstance(x, Titre) and x.niveau <= b.profondeur]
    for n, t in enumerate(titres):
        p = premier if n == 0 else doc_word.add_paragraph()
        _texte(p, t.texte, L)
        if t.niveau > 1:
            p.paragraph_format.left_indent = Pt(12 * (t.niveau - 1))
    dernier = doc_word.add_paragraph() if titres else premier
    champ(dernier, None, "end")
    reglages = doc_word.settings.element
    if reglages.find(qn("w:updateFields")) is None:
        maj = OxmlElement("w:updateFields")
        maj.set(qn("w:val"), "true")
        reglages.append(maj)


def rendre(doc: Document) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    L = doc.langue_principale
    word = docx.Document()
    code = CODES_LANGUE[L]
    # la langue par défaut du modèle (en-US) : celle du rapport, dans les styles et les réglages
    for style in word.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _langue(style.element, code)
    defauts = word.styles.element.find(qn("w:docDefaults"))
    if defauts is not None:
        rpr_defaut = defauts.find(qn("w:rPrDefault"))
        if rpr_defaut is not None and rpr_defaut.find(qn("w:rPr")) is not None:
            rpr = rpr_defaut.find(qn("w:rPr"))
            for lang in rpr.findall(qn("w:lang")):
                rpr.remove(lang)
            from docx.oxml import OxmlElement

            lang = OxmlElement("w:lang")
            for attribut in ("w:val", "w:eastAsia", "w:bidi"):
                lang.set(qn(attribut), code)
            rpr.append(lang)
    normal = word.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(9.5)
    for niveau in (1, 2, 3):
        titre = word.styles[f"Heading {niveau}"]
        titre.font.color.rgb = RGBColor(*BLEU)
        titre.font.name = "DejaVu Sans"
    section = word.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    if doc.paysage:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for marge in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, marge, Mm(18))
    largeur_utile = section.page_width - section.left_margin - section.right_margin
    # en-tête : ministère, titre, ÉBAUCHE; pied : date et empreinte
    entete = section.header.paragraphs[0]
    _texte(entete, ([doc.ministere, " — "] if doc.ministere else []) + doc.titre_fragments(), L, taille=8)
    if doc.ebauche:
        marque = section.header.add_paragraph()
        _texte(marque, TEXTE_EBAUCHE[doc.langue], L, gras=True, taille=14)
        for passage in marque.runs:
            passage.font.color.rgb = RGBColor(0xB0, 0x1C, 0x1C)
    pied = section.footer.paragraphs[0]
    texte_pied = f"{en_clair(bi('Produit le', 'Generated on', doc.langue))} {doc.date.isoformat()}"
    if doc.empreinte:
        texte_pied += f" · {en_clair(bi('empreinte des données', 'data fingerprint', doc.langue))} {doc.empreinte}"
    _texte(pied, texte_pied, L, taille=7.5)

    titre = word.add_heading(level=0)
    _texte(titre, doc.titre_fragments(), L)
    for b in doc.blocs:
        _bloc(word, b, doc, largeur_utile)

    proprietes = word.core_properties
    proprietes.title = ((TEXTE_EBAUCHE[doc.langue] + " — ") if doc.ebauche else "") + doc.titre()
    proprietes.author = doc.auteur or "gesserv-bureau"
    proprietes.last_modified_by = doc.auteur or "gesserv-bureau"
    proprietes.subject = doc.sujet()
    proprietes.language = code
    proprietes.keywords = "; ".join([doc.sujet()] + ([TEXTE_EBAUCHE[doc.langue]] if doc.ebauche else []))
    proprietes.content_status = TEXTE_EBAUCHE[doc.langue] if doc.ebauche else ""
    sortie = io.BytesIO()
    word.save(sortie)
    return sortie.getvalue()
