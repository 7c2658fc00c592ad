"""Les rapports 1A, 2A, procès-verbal de séance et plan de travail, passés au modèle de document
(``rapports.document``) : pour chacun, en français, en anglais et bilingue, le PDF balisé passe
le contrôle structurel PDF/UA (``controle_pdfua``), ses titres suivent ceux du document, dans
l'ordre, le bilingue marque ses parties anglaises (en-CA), aucun « … », le bloc d'approbation
n'est jamais seul sur sa page (la dernière porte l'approbation et la fin de ce qu'elle
approuve), une réponse de 5 000 caractères se rend; la version Word s'ouvre avec python-docx,
avec les mêmes titres et le même texte; aucun n'est offert en PowerPoint. Un rapport converti
se signe, se contresigne, se vérifie (dans l'application et avec pdfsig) et une copie altérée
échoue. Qui l'a préparé vient du profil (``auteur``, ``titre_auteur``), jamais du dossier."""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
from types import SimpleNamespace

import pytest

from controle_pdfua import constat, structure
from gesserv_bureau.cas import production_rapports
from gesserv_bureau.rapports import formats, rapport_1a, rapport_2a, rapport_plan, rapport_seance, rendu_docx, rendu_pdf
from gesserv_bureau.rapports.document import Approbation, Document, Titre, bi, en_clair, parcourir, texte_integral
from test_rapports import AUJOURD_HUI, MINISTERE, donnees  # noqa: F401 — la base réaliste des tests des rapports

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")

CODES = ("1a", "2a", "seance", "plan")
LANGUES = ("fr", "en", "bilingue")
PHRASE = "Le producteur dépose sa demande en ligne ou au bureau régional, puis l'agent vérifie chaque pièce. "
LONGUE = PHRASE * 51 + "Dernière phrase de la longue réponse."          # plus de 5 000 caractères
assert len(LONGUE) > 5000


def _document(d, code: str, langue: str, long: bool = False) -> Document:
    commun = {"ministere": MINISTERE, "auteur": "Marie Tremblay", "titre_auteur": "Analyste principale",
              "empreinte": "3f9a2c41"}
    if code == "1a":
        ev = copy.deepcopy(d.deglacage_1a)
        if long:
            ev.contenu["reponses"]["q1"]["analyse"] = LONGUE
            ev.contenu["justification"] = LONGUE + " Fin de la justification."
        return rapport_1a.document(ev, langue, **commun)
    if code in ("2a", "seance"):
        examens = copy.deepcopy(d.examens)
        if long:
            ev = examens[0]
            ev.contenu["initiatives"] = [dict(ev.contenu["initiatives"][0], nom=f"Initiative longue {n}",
                                              description=LONGUE, avantages=LONGUE, risques=LONGUE) for n in range(3)]
            ev.contenu["justification"] = LONGUE + " Fin de la justification."
        if code == "2a":
            ev = examens[0]
            service = next(s for s in d.services if s.pk == ev.service_pk)
            return rapport_2a.document(ev, langue, service=service, seance=d.seance.titre, **commun)
        return rapport_seance.document(d.seance, examens, langue, services=d.services, **commun)
    strategie = copy.deepcopy(d.strategie)
    if long:
        strategie.mesures[0]["mesure"] = LONGUE
        strategie.objectifs[0]["texte"] = LONGUE
    return rapport_plan.document(strategie, langue, aujourd_hui=AUJOURD_HUI, **commun)


@pytest.fixture(scope="module")
def rendus(donnees):  # noqa: F811
    """Chaque rapport, dans chaque langue, ordinaire et avec de très longues réponses : son
    document et son PDF."""
    resultat = {}
    for code in CODES:
        for langue in LANGUES:
            for long in (False, True):
                doc = _document(donnees, code, langue, long)
                resultat[code, langue, long] = (doc, rendu_pdf.rendre(doc))
    return resultat


def _normal(texte: str) -> str:
    return re.sub(r"\s+", " ", texte.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def pages(pdf: bytes) -> list[str]:
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")
    morceaux = brut.split("\f")
    if morceaux and not morceaux[-1].strip():
        morceaux.pop()
    return [_normal(m) for m in morceaux]


def titres_attendus(doc: Document) -> list[tuple[int, str]]:
    """Les titres du document dans l'ordre de lecture, au niveau où le PDF les balise (le titre
    du document en H1, un ``Titre(1)`` en H2…), le bloc d'approbation à la fin."""
    attendus = [(1, doc.titre())]
    for bloc in parcourir(doc.blocs):
        if isinstance(bloc, Titre):
            attendus.append((bloc.niveau + 1, en_clair(bloc.texte)))
        elif isinstance(bloc, Approbation):
            attendus.append((2, en_clair(bi("Approbation", "Approval", doc.langue))))
    return [(n, _normal(t)) for n, t in attendus]


def _approbation(doc: Document) -> Approbation:
    return next(b for b in doc.blocs if isinstance(b, Approbation))


# --- le PDF balisé -----------------------------------------------------------------------------
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("langue", LANGUES)
def test_pdf_ua_titres_dans_l_ordre_et_langues(rendus, code, langue):
    doc, pdf = rendus[code, langue, False]
    assert constat(pdf) == []
    s = structure(pdf)
    assert [(n, _normal(t)) for n, t in s.titres] == titres_attendus(doc)
    assert len(s.titres) >= 2                     # le titre du document, celui de l'approbation (et les sections)
    assert s.lang_document == ("en-CA" if langue == "en" else "fr-CA")
    if langue == "bilingue":
        assert "en-CA" in s.langues                  # chaque partie anglaise est marquée
    else:
        assert s.langues <= {s.lang_document}
    assert s.tableaux >= 1 and s.th >= 3             # chaque tableau a sa ligne d'en-tête (TH)
    assert [t for t, _ in s.champs] == ["signature_1", "signature_2"]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("langue", LANGUES)
@pytest.mark.parametrize("long", [False, True], ids=["ordinaire", "reponses_de_5000_caracteres"])
def test_aucun_point_de_suspension_et_approbation_jamais_seule(rendus, code, langue, long):
    doc, pdf = rendus[code, langue, long]
    texte = pages(pdf)
    assert "…" not in " ".join(texte)
    derniere = texte[-1]
    assert (en_clair(bi("Approbation", "Approval", langue))) in derniere
    premier, second = _approbation(doc).signataires
    for s in (premier, second):
        assert _normal(en_clair(bi(s.role_fr, s.role_en, langue))) in derniere
    # la fin de ce qu'elle approuve (la conclusion, la décision, le sommaire, la légende) est sur la même page
    fin = _normal(en_clair(_approbation(doc).avant[-1].texte))[-40:]
    assert fin in derniere, (fin, derniere[:300])
    if long:   # la très longue réponse, entière, sur plusieurs pages
        tout = " ".join(texte)
        assert tout.count("puis l'agent vérifie chaque pièce.") >= 51
        assert len(texte) > len(pages(rendus[code, langue, False][1]))


def test_le_plan_en_paysage_et_ses_etats_sur_leur_couleur(rendus):
    import pikepdf

    from gesserv_bureau.referentiel.strategie import COULEURS_ETATS

    doc, pdf = rendus["plan", "fr", False]
    with pikepdf.open(io.BytesIO(pdf)) as p:
        boite = p.pages[0].mediabox
        assert float(boite[2]) > float(boite[3])
        # en paysage, les deux signataires côte à côte, sous la légende, sur la page du tableau
        assert len(p.pages) == 1
        champs = {str(a.T): [float(v) for v in a.Rect] for a in p.pages[0].Annots}
    (x1, y1, *_), (x2, y2, *_) = champs["signature_1"], champs["signature_2"]
    assert x2 > x1 + 200 and abs(y2 - y1) < 1
    tableau = _approbation(doc).avant[0]
    assert tableau.entetes and len(tableau.largeurs) == 6
    etats = {c.texte: c.couleur for ligne in tableau.lignes for c in ligne[5] if hasattr(c, "couleur")}
    assert etats == {"Terminé": "#2e7d32", "À temps": "#1565c0", "Risque de délais": "#8a6d00", "Délais": "#b71c1c",
                     "Retiré": "#555555"}
    assert set(tableau.fonds.values()) == {v[3] for v in COULEURS_ETATS.values()}
    assert all(colonne == 5 for _ligne, colonne in tableau.fonds)
    texte = " ".join(pages(pdf))
    assert "2025-09-30 ⚠ en retard Délais" in texte
    assert "Légende : Vert : Terminé · Bleu : À temps · Jaune : Risque de délais · Rouge : Délais · Gris : Retiré" in texte


# --- qui l'a préparé ---------------------------------------------------------------------------
@pytest.mark.parametrize("code", CODES)
def test_prepare_par_vient_du_profil_jamais_du_dossier(donnees, code):  # noqa: F811
    d = SimpleNamespace(**{nom: copy.deepcopy(getattr(donnees, nom))
                           for nom in ("deglacage_1a", "examens", "seance", "strategie", "services")})
    for element in (d.deglacage_1a, *d.examens, d.seance, d.strategie):
        element.auteur = "compte-systeme"
    doc = _document(d, code, "fr")
    assert doc.auteur == "Marie Tremblay"
    signataires = _approbation(doc).signataires
    assert all("compte-systeme" not in (s.nom, s.titre) for s in signataires)
    if code != "seance":   # le procès-verbal : la présidence et l'approbateur, à remplir
        assert (signataires[0].nom, signataires[0].titre) == ("Marie Tremblay", "Analyste principale")
    texte = pages(rendu_pdf.rendre(doc))[-1]
    assert "compte-systeme" not in texte.split("Approbation")[-1]


# --- Word, et pas de PowerPoint -------------------------------------------------------------------
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("langue", LANGUES)
def test_word_memes_titres_et_meme_texte(rendus, code, langue):
    import docx

    doc, _pdf = rendus[code, langue, False]
    word = docx.Document(io.BytesIO(rendu_docx.rendre(doc)))
    titres = [(p.style.name, _normal(p.text)) for p in word.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    attendus = titres_attendus(doc)
    assert titres[0] == ("Title", attendus[0][1])
    assert titres[1:] == [(f"Heading {n - 1}", t) for n, t in attendus[1:-1]] + [("Heading 1", attendus[-1][1])]
    contenu = _normal(" ".join(p.text for p in word.paragraphs) + " " + " ".join(
        c.text for t in word.tables for r in t.rows for c in r.cells))
    for ligne in texte_integral(doc).splitlines():
        assert _normal(ligne)[:40] in contenu, ligne[:40]
    assert word.core_properties.author == "Marie Tremblay"
    assert word.core_properties.language == ("en-CA" if langue == "en" else "fr-CA")


@pytest.mark.parametrize("code", CODES)
def test_word_depuis_la_base_et_jamais_powerpoint(donnees, code, tmp_path):  # noqa: F811
    import docx

    cles = {"1a": str(donnees.deglacage_1a.pk), "2a": str(donnees.examens[0].pk), "seance": donnees.seance.uuid,
            "plan": str(donnees.strategie.pk)}
    produit = production_rapports.produire(donnees.base, code, "bilingue", cle=cles[code], format="docx")
    assert produit.nom_fichier.endswith("-bilingue.docx")
    word = docx.Document(io.BytesIO(produit.contenu))
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)
    assert "pptx" not in [f.code for f in formats.formats_pour(code)]
    with pytest.raises(formats.FormatInconnu):
        production_rapports.produire(donnees.base, code, "fr", cle=cles[code], format="pptx")


def test_word_du_plan_en_paysage(rendus):
    import docx

    doc, _pdf = rendus["plan", "bilingue", False]
    section = docx.Document(io.BytesIO(rendu_docx.rendre(doc))).sections[0]
    assert section.page_width > section.page_height


# --- signé, contresigné, vérifié --------------------------------------------------------------------
def test_rapport_converti_signe_contresigne_verifie_et_altere(rendus, tmp_path):
    from gesserv_bureau.rapports import certificats, signature

    mdp = "mot-de-passe-long-2026"
    racine = tmp_path / "racine.p12"
    certificat_racine = certificats.creer_racine("Ministère X", racine, mdp)
    p1, p2 = tmp_path / "marie.p12", tmp_path / "jean.p12"
    certificats.creer_certificat_utilisateur("Marie Tremblay", None, racine, mdp, p1, mdp)
    certificats.creer_certificat_utilisateur("Jean Roy", None, racine, mdp, p2, mdp)
    _doc, pdf = rendus["1a", "bilingue", True]
    un = signature.signer(pdf, p1, mdp, "signature_1")
    deux = signature.signer(un, p2, mdp, "signature_2")
    verdict = signature.verifier_document(deux, [certificat_racine])
    assert verdict.ok and [r.signataire for r in verdict.signatures] == ["Marie Tremblay", "Jean Roy"]
    assert constat(deux) == []                       # la structure balisée survit aux deux signatures
    if shutil.which("pdfsig"):
        sortie = subprocess.run(["pdfsig", "-nocert", "-"], input=deux, capture_output=True)
        if b"Signature is Valid" in sortie.stdout:
            assert sortie.stdout.count(b"Signature is Valid") == 2
    altere = bytearray(deux)
    j = altere.find(b"stream", 2000)
    altere[j + 40] ^= 0xFF
    assert not signature.verifier_document(bytes(altere), [certificat_racine]).ok
