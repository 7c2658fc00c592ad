"""Le modèle de document et ses trois rendus : PDF balisé (PDF/UA-1, contrôle structurel de
``controle_pdfua``), Word et PowerPoint modifiables — sur un document qui a de tout (titres,
texte bilingue, tableau long, figure, liste, conclusion longue et approbation)."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile

import pytest

from controle_pdfua import constat, structure
from gesserv_bureau.rapports import rendu_docx, rendu_pdf, rendu_pptx
from gesserv_bureau.rapports.document import (
    Approbation,
    Document,
    Figure,
    Liste,
    Paragraphe,
    Signataire,
    Tableau,
    Titre,
    bi,
    texte_integral,
)

LONG = "Le service est offert toute l'année à tous les producteurs admissibles. " * 70   # ~5 000 car.
PIEGE = "Nom #piège *gras* $x$ = [lien] <b>rouge</b> \\ fin"


def document(langue: str = "bilingue", ebauche: bool = False) -> Document:
    d = Document("Évaluation 1A : une activité constitue-t-elle un service? — Agri-stabilité",
                 "Assessment 1A: is an activity a service? — AgriStability", langue,
                 ministere="Agriculture et Agroalimentaire Canada", auteur="Marie Tremblay",
                 ebauche=ebauche, edition="2017", empreinte="ab12cd34ef56")
    lignes = [[f"Service {i} au nom très long qui ne tient pas sur une seule ligne de la colonne",
               "Externe", "Prioritaire"] for i in range(70)]
    lignes[3][0] = PIEGE
    lignes[5][0] = LONG
    d.ajouter(
        Titre(1, bi("Réponses", "Answers", langue)),
        Paragraphe(bi("Réponse de la question 1.", "Answer to question 1.", langue)),
        Tableau([bi("Nom", "Name", langue), bi("Type", "Type", langue), bi("Désignation", "Designation", langue)],
                lignes, largeurs=[3, 1, 1]),
        Figure(bi("Grille FFPM : deux forces et une faiblesse", "SWOT grid: two strengths, one weakness", langue),
               tableau=Tableau([bi("Forces", "Strengths", langue), bi("Faiblesses", "Weaknesses", langue)],
                               [["Personnel", "Délais"]])),
        Liste(["Premier point", "Second point"]),
        Approbation([Signataire("Préparé par", "Prepared by", "Marie Tremblay", "Analyste"),
                     Signataire("Approuvé par", "Approved by", "Jean Roy", "Directeur")],
                    avant=[Titre(1, "Conclusion"), Paragraphe(LONG + "Fin de la conclusion.", style="conclusion")]),
    )
    return d


def texte_pdf(pdf: bytes, *pages: int) -> str:
    options = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(["pdftotext", "-layout", *options, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def nombre_pages(pdf: bytes) -> int:
    import pikepdf

    return len(pikepdf.open(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_pdf_balise_sans_defaut(langue):
    pdf = rendu_pdf.rendre(document(langue))
    assert constat(pdf) == []
    s = structure(pdf)
    assert s.lang_document == ("en-CA" if langue == "en" else "fr-CA")
    assert [n for n, _ in s.titres] == [1, 2, 2, 2]
    assert s.tableaux == 1 and s.th == 3          # l'en-tête répété sur les pages suivantes : artefact
    assert s.figures and all(s.figures)
    assert [t for t, _ in s.champs] == ["signature_1", "signature_2"]
    assert all(tu.startswith("Signature") for _, tu in s.champs)
    if langue == "bilingue":
        assert "en-CA" in s.langues                 # chaque partie anglaise marquée
    else:
        assert s.langues <= {s.lang_document}


def test_pdf_texte_tel_quel_sans_points_de_suspension():
    pdf = rendu_pdf.rendre(document("fr"))
    texte = re.sub(r"\s+", " ", texte_pdf(pdf))
    assert PIEGE.replace("\\", "\\") in texte            # rien n'est interprété comme du balisage
    assert "…" not in texte
    assert "Service 69 au nom très long" in texte.replace("- ", "")
    assert texte.count("Le service est offert toute l'année") >= 140   # la cellule et la conclusion, entières


def test_approbation_jamais_seule_sur_sa_page():
    pdf = rendu_pdf.rendre(document("fr"))
    derniere = texte_pdf(pdf, nombre_pages(pdf))
    assert "Approbation" in derniere and "Préparé par" in derniere and "Approuvé par" in derniere
    assert "Fin de la conclusion." in derniere      # la fin de ce qu'elle approuve est sur la même page


def test_ebauche_sur_chaque_page_et_dans_les_metadonnees():
    import pikepdf

    pdf = rendu_pdf.rendre(document("bilingue", ebauche=True))
    assert constat(pdf) == []
    with pikepdf.open(io.BytesIO(pdf)) as p:
        assert str(p.docinfo["/Title"]).startswith("ÉBAUCHE / DRAFT")
        assert "ÉBAUCHE / DRAFT" in str(p.docinfo["/Keywords"])
    for page in range(1, nombre_pages(pdf) + 1):
        assert "ÉBAUCHE" in texte_pdf(pdf, page)


def test_pdf_signe_contresigne_verifie_et_altere(tmp_path):
    from gesserv_bureau.rapports import certificats, signature

    mdp = "mot-de-passe-long-2026"
    racine = tmp_path / "racine.p12"
    certificat_racine = certificats.creer_racine("Ministère X", racine, mdp)
    p1, p2 = tmp_path / "marie.p12", tmp_path / "jean.p12"
    certificats.creer_certificat_utilisateur("Marie Tremblay", None, racine, mdp, p1, mdp)
    certificats.creer_certificat_utilisateur("Jean Roy", None, racine, mdp, p2, mdp)
    pdf = rendu_pdf.rendre(document("bilingue"))
    un = signature.signer(pdf, p1, mdp)
    deux = signature.signer(un, p2, mdp)
    racines = [certificat_racine]
    verdict = signature.verifier_document(deux, racines)
    assert verdict.ok and [r.signataire for r in verdict.signatures] == ["Marie Tremblay", "Jean Roy"]
    assert constat(deux) == []                           # la structure survit aux signatures
    (tmp_path / "signe.pdf").write_bytes(deux)
    pdfsig = subprocess.run(["pdfsig", "-nocert", str(tmp_path / "signe.pdf")], capture_output=True)
    assert pdfsig.stdout.count(b"Signature is Valid.") == 2, pdfsig.stdout
    altere = bytearray(deux)
    i = altere.find(b"Fin de la conclusion")
    altere[i] = ord("X") if i > 0 else altere[i]
    if i < 0:   # le texte est compressé : altérer un octet du premier flux signé
        j = altere.find(b"stream", 2000)
        altere[j + 20] ^= 0xFF
    assert not signature.verifier_document(bytes(altere), racines).ok


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_word_modifiable(langue):
    import docx

    d = document(langue, ebauche=True)
    contenu = rendu_docx.rendre(d)
    word = docx.Document(io.BytesIO(contenu))
    titres = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert titres[0][0] == "Title"
    assert [n for n, _ in titres[1:]] == ["Heading 1"] * 3
    xml = zipfile.ZipFile(io.BytesIO(contenu)).read("word/document.xml").decode()
    styles_xml = zipfile.ZipFile(io.BytesIO(contenu)).read("word/styles.xml").decode()
    code = "en-CA" if langue == "en" else "fr-CA"
    assert "en-US" not in styles_xml and f'w:val="{code}"' in styles_xml
    langues = set(re.findall(r'w:lang w:val="([^"]+)"', xml))
    assert langues == ({"fr-CA", "en-CA"} if langue == "bilingue" else {code})
    assert "<w:tblHeader" in xml                        # la ligne d'en-tête se répète
    assert word.core_properties.language == code
    assert word.core_properties.title.startswith(rendu_pdf.TEXTE_EBAUCHE[langue])
    assert word.core_properties.author == "Marie Tremblay"
    texte_word = " ".join(p.text for p in word.paragraphs) + " ".join(
        c.text for t in word.tables for r in t.rows for c in r.cells)
    normal = re.sub(r"\s+", " ", texte_word.replace("\u00a0", " "))
    for ligne in texte_integral(d).splitlines():
        assert re.sub(r"\s+", " ", ligne.replace("\u00a0", " "))[:40] in normal, ligne[:40]


def test_word_meme_texte_que_le_pdf():
    import docx

    d = document("fr")
    pdf = re.sub(r"\s+", " ", texte_pdf(rendu_pdf.rendre(d))).replace("\u00a0", " ")
    word = docx.Document(io.BytesIO(rendu_docx.rendre(d)))
    morceaux = [p.text for p in word.paragraphs if p.text.strip()] + [
        c.text for t in word.tables for r in t.rows for c in r.cells if c.text.strip()]
    for m in morceaux:
        debut = re.sub(r"\s+", " ", m).replace("\u00a0", " ")[:40]
        assert debut in pdf, debut


def test_powerpoint_modifiable():
    import pptx

    d = document("bilingue", ebauche=True)
    pres = pptx.Presentation(io.BytesIO(rendu_pptx.rendre(d)))
    diapos = list(pres.slides)
    titres = [s.shapes.title.text_frame.text for s in diapos]
    assert titres[0].startswith("Évaluation 1A")
    assert "Réponses / Answers" in titres and titres[-1] == "Approbation / Approval"
    assert any("(suite / continued)" in t for t in titres)   # le long contenu continue, jamais coupé
    xml = "".join(s.shapes._spTree.xml for s in diapos)
    assert set(re.findall(r'lang="([a-z]{2}-[A-Z]{2})"', xml)) == {"fr-CA", "en-CA"}
    tables = [f for s in diapos for f in s.shapes if f.has_table]
    assert tables and all(f._element.xpath("./*[1]/p:cNvPr")[0].get("descr") for f in tables)
    dernier = diapos[-1]
    cellules = [c.text for f in dernier.shapes if f.has_table for r in f.table.rows for c in r.cells]
    assert "Marie Tremblay" in cellules and "Jean Roy" in cellules
    assert pres.core_properties.title.startswith("ÉBAUCHE / DRAFT")
    texte = " ".join(p.text for s in diapos for f in s.shapes if f.has_text_frame for p in f.text_frame.paragraphs)
    texte += " ".join(c.text for f in tables for r in f.table.rows for c in r.cells)
    assert texte.count("Le service est offert") >= 70      # la conclusion entière, sur plusieurs diapositives


def test_table_des_matieres_avec_les_pages_et_champ_word():
    import docx
    import pptx

    from gesserv_bureau.rapports.document import SautDePage, TableDesMatieres

    d = Document("Stratégie", "Strategy", "fr")
    d.ajouter(TableDesMatieres("Table des matières"), SautDePage(), Titre(1, "Premier"), Paragraphe("x"),
              SautDePage(), Titre(1, "Second"), Paragraphe("y"))
    pdf = rendu_pdf.rendre(d)
    assert constat(pdf) == []
    s = structure(pdf)
    assert s.types.get("TOC") and s.types.get("TOCI") == 2
    premiere = re.sub(r"[ .\u2060]+", " ", texte_pdf(pdf, 1))
    assert "Premier 2" in premiere and "Second 3" in premiere       # la page de chaque section
    contenu = rendu_docx.rendre(d)
    assert 'TOC \\o "1-1"' in zipfile.ZipFile(io.BytesIO(contenu)).read("word/document.xml").decode()
    assert "updateFields" in zipfile.ZipFile(io.BytesIO(contenu)).read("word/settings.xml").decode()
    assert [p.text for p in docx.Document(io.BytesIO(contenu)).paragraphs][1:4] == ["Table des matières", "Premier", "Second"]
    titres = [s.shapes.title.text_frame.text for s in pptx.Presentation(io.BytesIO(rendu_pptx.rendre(d))).slides]
    assert titres[:2] == ["Stratégie", "Table des matières"]


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_cellule_simple_rendue_comme_ses_fragments(langue):
    """Le raccourci des cellules de simple texte (les grands tableaux) donne exactement ce que
    donnent leurs fragments : typographie française, caractère sans glyphe et contrôle en clair."""
    valeurs = ["Service : « A » ?", "漢字 et 😀", "1 000 demandes", "x\x0by", "", "a\nb", "100 %", "—",
               "Prestation de services externes", "#, *, $ et ="]
    memo: dict = {}
    for v in valeurs + valeurs:   # la seconde fois : depuis le mémo
        attendu = rendu_pdf._texte(v, langue)
        attendu = attendu[0]["t"] if len(attendu) == 1 and "\n" not in v else attendu
        assert rendu_pdf._cellule(v, langue, memo) == attendu, v
    assert rendu_pdf._cellule("Service : A", "fr") == "Service\u00a0: A"
    assert rendu_pdf._cellule("漢", "fr").startswith("[U+")
