"""Issue 14, « terminé quand » : chaque type de rapport, produit comme l'utilisateur le produit
(production_rapports, juste après ``demo``), en français, en anglais et bilingue, passe le
contrôle structurel PDF/UA, n'a ni « … » ni bloc d'approbation seul sur sa page ni le nom du
compte du système; il est signé, contresigné, vérifié (application et pdfsig) et une copie
altérée échoue; chacun sort aussi en Word, la stratégie et la mise à jour en PowerPoint."""

from __future__ import annotations

import getpass
import io
import re
import subprocess

import pytest

from controle_pdfua import constat, structure
from gesserv_bureau.cas import production_rapports, repertoire
from gesserv_bureau.rapports.types import TYPES
from gesserv_bureau.stockage.base import ouvrir

LANGUES = ("fr", "en", "bilingue")
MDP = "mot-de-passe-des-essais-2026"


@pytest.fixture(scope="module")
def base_demo(tmp_path_factory):
    base = ouvrir(tmp_path_factory.mktemp("approuvables") / "demo.sqlite")
    repertoire.charger_demo(base, dossiers=True)   # ce que fait « gesserv-bureau demo »
    yield base
    base.fermer()


@pytest.fixture(scope="module")
def produits(base_demo):
    return {(type_, langue): production_rapports.produire(base_demo, type_, langue)
            for type_ in TYPES for langue in LANGUES}


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    from gesserv_bureau.rapports import certificats

    dossier = tmp_path_factory.mktemp("pki")
    racine = certificats.creer_racine("Ministère des Essais", dossier / "racine.p12", MDP)
    for nom, fichier in (("Marie Tremblay", "marie.p12"), ("Jean Roy", "jean.p12")):
        certificats.creer_certificat_utilisateur(nom, None, dossier / "racine.p12", MDP, dossier / fichier, MDP)
    return racine, dossier / "marie.p12", dossier / "jean.p12"


def pages(pdf: bytes) -> list[str]:
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    morceaux = brut.split("\f")
    if morceaux and not morceaux[-1].strip():
        morceaux.pop()
    return [re.sub(r"\s+", " ", m.replace("\u00a0", " ")) for m in morceaux]


def test_la_demo_a_de_tout(produits):
    assert {t for t, _ in produits} == set(TYPES)
    # sans --cle, un élément terminé ou approuvé de chaque sorte : jamais le repli sur une ébauche
    assert [t for (t, _), p in produits.items() if p.repli_ebauche] == []


@pytest.mark.parametrize("langue", LANGUES)
@pytest.mark.parametrize("type_", list(TYPES))
def test_pdf_accessible_et_mis_en_page_pour_la_signature(produits, type_, langue):
    produit = produits[type_, langue]
    pdf = produit.contenu
    assert constat(pdf) == [], (type_, langue)
    s = structure(pdf)
    assert s.titres and s.titres[0][0] == 1
    assert s.lang_document == ("en-CA" if langue == "en" else "fr-CA")
    if langue == "bilingue":
        assert "en-CA" in s.langues
    assert [t for t, _ in s.champs][:2] == ["signature_1", "signature_2"]
    textes = pages(pdf)
    tout = " ".join(textes)
    assert "…" not in tout
    compte = getpass.getuser()
    assert not re.search(rf"\b{re.escape(compte)}\b", tout), f"le compte du système « {compte} » dans {type_}"
    # le bloc d'approbation n'est jamais seul : la dernière page a aussi autre chose que lui
    derniere = textes[-1]
    assert ("Approval" if langue == "en" else "Approbation") in derniere
    avant_bloc = derniere.split("Approval" if langue == "en" else "Approbation")[0]
    assert len(avant_bloc.strip()) > 120, (type_, langue, derniere[:300])
    if produit.ebauche:
        marque = {"fr": "ÉBAUCHE", "en": "DRAFT", "bilingue": "ÉBAUCHE / DRAFT"}[langue]
        assert all(marque in page for page in textes)


@pytest.mark.parametrize("type_", list(TYPES))
def test_signe_contresigne_verifie_et_une_copie_alteree_echoue(produits, pki, type_, tmp_path):
    from gesserv_bureau.rapports import signature

    racine, marie, jean = pki
    pdf = produits[type_, "bilingue"].contenu
    deux = signature.signer(signature.signer(pdf, marie, MDP), jean, MDP)
    verdict = signature.verifier_document(deux, [racine])
    assert verdict.ok and [r.signataire for r in verdict.signatures] == ["Marie Tremblay", "Jean Roy"]
    assert constat(deux) == []
    fichier = tmp_path / "signe.pdf"
    fichier.write_bytes(deux)
    sortie = subprocess.run(["pdfsig", "-nocert", str(fichier)], capture_output=True).stdout
    assert sortie.count(b"Signature is Valid.") == 2, sortie.decode(errors="replace")
    altere = bytearray(deux)
    debut = altere.find(b"stream\n", 1000)
    altere[debut + 40] ^= 0x55
    assert not signature.verifier_document(bytes(altere), [racine]).ok


@pytest.mark.parametrize("type_", list(TYPES))
def test_chaque_rapport_en_word(base_demo, produits, type_):
    import docx

    produit = production_rapports.produire(base_demo, type_, "bilingue", format="docx")
    assert produit.nom_fichier.endswith(".docx")
    word = docx.Document(io.BytesIO(produit.contenu))
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)
    texte = " ".join(p.text for p in word.paragraphs) + " ".join(
        c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "…" not in texte
    assert not re.search(rf"\b{re.escape(getpass.getuser())}\b", texte)
    # le même titre que le PDF
    assert word.core_properties.title.replace("ÉBAUCHE / DRAFT — ", "") in " ".join(pages(produits[type_, "bilingue"].contenu))


@pytest.mark.parametrize("type_", ["strategie", "mise_a_jour"])
def test_strategie_et_mise_a_jour_en_powerpoint(base_demo, type_):
    import pptx

    produit = production_rapports.produire(base_demo, type_, "fr", format="pptx")
    diapos = [s.shapes.title.text_frame.text for s in pptx.Presentation(io.BytesIO(produit.contenu)).slides]
    assert 4 <= len(diapos) <= 16 and diapos[-1] == "Approbation"


@pytest.mark.parametrize("type_", [t for t in TYPES if t not in ("strategie", "mise_a_jour")])
def test_pas_de_powerpoint_pour_les_autres(base_demo, type_):
    from gesserv_bureau.rapports.formats import FormatInconnu

    with pytest.raises(FormatInconnu):
        production_rapports.produire(base_demo, type_, "fr", format="pptx")
