"""Le contrôle structurel PDF/UA-1 des rapports (aucun validateur PDF/UA ne s'installe ici) :
ce qu'un lecteur d'écran a besoin de trouver dans le fichier, vérifié avec pikepdf.

``constat(pdf)`` renvoie la liste des défauts (vide : conforme à ce que l'on contrôle) et
``structure(pdf)`` ce qui a été trouvé (titres dans l'ordre, langues, tableaux, figures,
champs), pour que les tests affirment aussi le contenu attendu."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import pikepdf

OPERATEURS_TEXTE = {"Tj", "TJ", "'", '"'}


@dataclass
class Structure:
    titres: list[tuple[int, str]] = field(default_factory=list)       # (niveau, texte)
    langues: set[str] = field(default_factory=set)                    # /Lang des parties
    tableaux: int = 0
    th: int = 0
    figures: list[str] = field(default_factory=list)                  # leurs /Alt
    champs: list[tuple[str, str]] = field(default_factory=list)       # (/T, /TU)
    types: dict[str, int] = field(default_factory=dict)
    lang_document: str = ""
    titre: str = ""


def _enfants(element):
    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def structure(pdf: bytes) -> Structure:
    doc = pikepdf.open(io.BytesIO(pdf))
    s = Structure(lang_document=str(doc.Root.get("/Lang", "")), titre=str(doc.docinfo.get("/Title", "")))

    def parcourir(element, dans_table=False):
        if not isinstance(element, pikepdf.Dictionary) or "/S" not in element:
            return
        type_ = str(element.S)[1:]
        s.types[type_] = s.types.get(type_, 0) + 1
        if "/Lang" in element:
            s.langues.add(str(element.Lang))
        m = re.fullmatch(r"H(\d)", type_)
        if m:
            s.titres.append((int(m.group(1)), str(element.get("/T", ""))))
        elif type_ == "Table":
            s.tableaux += 1
        elif type_ == "TH":
            s.th += 1
        elif type_ == "Figure":
            s.figures.append(str(element.get("/Alt", "")))
        for enfant in _enfants(element):
            parcourir(enfant)

    for enfant in _enfants(doc.Root.StructTreeRoot):
        parcourir(enfant)
    for page in doc.pages:
        for ops, op in pikepdf.parse_content_stream(page):
            if str(op) == "BDC" and isinstance(ops[1], pikepdf.Dictionary) and "/Lang" in ops[1]:
                s.langues.add(str(ops[1].Lang))
        for annot in page.obj.get("/Annots", []):
            if annot.get("/FT") == pikepdf.Name.Sig or annot.get("/Subtype") == pikepdf.Name.Widget:
                s.champs.append((str(annot.get("/T", "")), str(annot.get("/TU", ""))))
    return s


def constat(pdf: bytes) -> list[str]:
    """Les défauts PDF/UA que l'on sait voir; vide si aucun."""
    defauts: list[str] = []
    doc = pikepdf.open(io.BytesIO(pdf))
    racine = doc.Root
    if not (racine.get("/MarkInfo") and bool(racine.MarkInfo.get("/Marked"))):
        defauts.append("MarkInfo /Marked absent")
    if "/StructTreeRoot" not in racine:
        return defauts + ["pas d'arbre de structure"]
    arbre = racine.StructTreeRoot
    if "/ParentTree" not in arbre:
        defauts.append("pas de ParentTree")
    if not str(racine.get("/Lang", "")):
        defauts.append("pas de /Lang sur le document")
    vp = racine.get("/ViewerPreferences")
    if not (vp and bool(vp.get("/DisplayDocTitle"))):
        defauts.append("le titre n'est pas affiché dans la fenêtre (DisplayDocTitle)")
    with doc.open_metadata() as meta:
        if str(meta.get("pdfuaid:part", "")) != "1":
            defauts.append("métadonnée pdfuaid:part ≠ 1")
        if not str(meta.get("dc:title", "")):
            defauts.append("pas de dc:title")
    s = structure(pdf)
    if not s.titres:
        defauts.append("aucun titre")
    elif s.titres[0][0] != 1:
        defauts.append(f"le premier titre est H{s.titres[0][0]}")
    for (a, _), (b, texte) in zip(s.titres, s.titres[1:]):
        if b > a + 1:
            defauts.append(f"titres sautés : H{a} puis H{b} ({texte})")
    # chaque tableau a ses en-têtes, chacun avec sa portée
    def tables(element):
        if isinstance(element, pikepdf.Dictionary) and "/S" in element:
            if element.S == pikepdf.Name.Table:
                yield element
            for e in _enfants(element):
                yield from tables(e)

    def cellules(element, type_):
        for e in _enfants(element):
            if isinstance(e, pikepdf.Dictionary) and "/S" in e:
                if e.S == type_:
                    yield e
                yield from cellules(e, type_)

    for n, table in enumerate(tables(arbre.K if not isinstance(arbre.K, pikepdf.Array) else arbre.K[0]), 1):
        th = list(cellules(table, pikepdf.Name.TH))
        if not th:
            defauts.append(f"tableau {n} sans TH")
        for cellule in th:
            attributs = cellule.get("/A")
            attributs = list(attributs) if isinstance(attributs, pikepdf.Array) else [attributs] if attributs else []
            if not any(isinstance(a, pikepdf.Dictionary) and "/Scope" in a for a in attributs):
                defauts.append(f"tableau {n} : TH sans /Scope")
                break
    for alt in s.figures:
        if not alt.strip():
            defauts.append("figure sans texte de remplacement")
    # aucun texte hors balise : chaque opérateur de texte dans un contenu marqué (MCID) ou un artefact
    for numero, page in enumerate(doc.pages, 1):
        pile: list[str] = []
        for ops, op in pikepdf.parse_content_stream(page):
            nom = str(op)
            if nom == "BDC":
                proprietes = ops[1] if len(ops) > 1 else None
                if str(ops[0]) == "/Artifact":
                    pile.append("artefact")
                elif isinstance(proprietes, pikepdf.Dictionary) and "/MCID" in proprietes:
                    pile.append("mcid")
                else:
                    pile.append("autre")
            elif nom == "BMC":
                pile.append("artefact" if str(ops[0]) == "/Artifact" else "autre")
            elif nom == "EMC":
                if pile:
                    pile.pop()
            elif nom in OPERATEURS_TEXTE and not any(m in ("artefact", "mcid") for m in pile):
                defauts.append(f"page {numero} : texte hors balise")
                break
        annots = page.obj.get("/Annots", [])
        for annot in annots:
            if annot.get("/Subtype") == pikepdf.Name.Widget:
                if "/StructParent" not in annot:
                    defauts.append(f"page {numero} : widget {annot.get('/T')} sans /StructParent")
                if not str(annot.get("/TU", "")):
                    defauts.append(f"page {numero} : widget {annot.get('/T')} sans /TU")
        if annots and page.obj.get("/Tabs") != pikepdf.Name.S:
            defauts.append(f"page {numero} : /Tabs /S manquant")
    # polices intégrées
    for page in doc.pages:
        polices = page.obj.get("/Resources", {}).get("/Font", {})
        for cle in polices.keys():
            police = polices[cle]
            descendantes = police.get("/DescendantFonts")
            cible = descendantes[0] if descendantes else police
            descripteur = cible.get("/FontDescriptor")
            if descripteur is None or not any(k in descripteur for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                defauts.append(f"police non intégrée : {police.get('/BaseFont')}")
    return sorted(set(defauts), key=defauts.index)
