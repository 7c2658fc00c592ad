"""Signature numérique des rapports : certificats (racine ministérielle, utilisateur, personnel),
signature PAdES et contresignature, vérification par pyHanko et, indépendamment, par poppler
(``pdfsig``), refus clairs (mot de passe, usage de clé, champ) et documents trafiqués (un octet
changé, contenu ajouté après la signature, signature retirée); la ligne de commande.

pdfsig sort avec le code 0 même quand l'empreinte ne correspond pas : on lit sa sortie. Pour
qu'il fasse confiance à la racine, il lui faut une base NSS où elle est inscrite (``certutil``
du paquet libnss3-tools); sans ``certutil``, ce test-là est sauté et les autres vérifient avec
pdfsig la validité de la signature et le nom du signataire (la confiance, pyHanko la vérifie).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtensionOID, NameOID

from gesserv_bureau.rapports import certificats, signature
from gesserv_bureau.rapports.certificats import CertificatInutilisable, ErreurSignature, MotDePasseIncorrect
from gesserv_bureau.rapports.signature import AucunChampLibre, PdfInvalide

from outils_tests import lancer_cli as lancer

RACINE_DEPOT = Path(__file__).resolve().parent.parent
POLICES = RACINE_DEPOT / "ressources" / "polices"
# une racine exige 12 caractères ou plus; les mots de passe courts d'utilisateur sont acceptés (avertis)
MDP_RACINE, MDP_MARIE, MDP_JEAN, MDP_PERSO = "r@cine-2025-ministere", "mot de passe de Marie-Ève", "jean!", "perso"
MDP_AUTRE = "autre ministère 2025"

pytestmark = pytest.mark.skipif(not shutil.which("pdfsig") or not shutil.which("pdffonts"),
                                reason="poppler-utils (pdfsig, pdffonts) absent")


# --- les documents et les certificats d'essai -------------------------------------------------
def rapport_avec_champs(pages: int = 1, champs: int = 2, titre: str = "Rapport d'essai") -> bytes:
    """Un rapport comme ceux du gabarit : DejaVu Sans intégrée, un bloc d'approbation en fin de
    document et ses champs de signature vides ``signature_1``, ``signature_2``…"""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    for nom, fichier in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(nom, str(POLICES / fichier)))
    tampon = io.BytesIO()
    toile = Canvas(tampon, initialFontName="DejaVuSans", initialFontSize=10)
    toile.setTitle(titre)
    toile.setAuthor("Équipe d'essai")
    for page in range(1, pages + 1):
        toile.setFont("DejaVuSans-Bold", 13)
        toile.drawString(72, 740, f"{titre} — page {page} de {pages}")
        toile.setFont("DejaVuSans", 9)
        hauteur = 300 if page == pages else 90
        for ligne, y in enumerate(range(715, hauteur, -13)):
            toile.drawString(72, y, f"Service nº {page * 100 + ligne} : délivrance des permis « test », "
                                    f"norme de service respectée à 87,5 % — Ottawa (Ontario)")
        if page == pages:
            toile.setFont("DejaVuSans-Bold", 12)
            toile.drawString(72, 280, "Approbation / Approval")
            toile.setFont("DejaVuSans", 9)
            for n in range(champs):
                toile.drawString(72, 250 - n * 70, f"Signataire {n + 1} / Signatory {n + 1}")
        toile.showPage()
    toile.save()
    ecrivain = IncrementalPdfFileWriter(io.BytesIO(tampon.getvalue()))
    for n in range(champs):
        haut = 240 - n * 70
        append_signature_field(ecrivain, SigFieldSpec(f"signature_{n + 1}", on_page=pages - 1,
                                                      box=(72, haut - 45, 372, haut)))
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    return sortie.getvalue()


def _certificat_sans_usage(dossier: Path, racine: certificats.Identite, usages: x509.KeyUsage | None) -> Path:
    """Un certificat émis par la racine mais sans ``digitalSignature`` ni ``nonRepudiation``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    cle = ec.generate_private_key(ec.SECP256R1())
    maintenant = dt.datetime.now(dt.timezone.utc)
    constructeur = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Chiffrement Seulement")]))
        .issuer_name(racine.certificat.subject)
        .public_key(cle.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(maintenant - dt.timedelta(hours=1))
        .not_valid_after(maintenant + dt.timedelta(days=30))
    )
    if usages is not None:
        constructeur = constructeur.add_extension(usages, critical=True)
    certificat = constructeur.sign(racine.cle, hashes.SHA256())
    chemin = dossier / f"sans-usage-{'aucune' if usages is None else 'chiffrement'}.p12"
    chemin.write_bytes(pkcs12.serialize_key_and_certificates(
        b"sans usage", cle, certificat, [racine.certificat],
        serialization.BestAvailableEncryption(b"sans")))
    return chemin


class Pki:
    def __init__(self, dossier: Path):
        self.dossier = dossier
        self.racine_p12 = dossier / "racine.p12"
        self.racine_pem = dossier / "racine.pem"
        self.racine = certificats.creer_racine("Ministère des Essais", self.racine_p12, MDP_RACINE)
        certificats.exporter_pem(self.racine_p12, MDP_RACINE, self.racine_pem)
        self.marie_p12 = dossier / "marie.p12"
        self.marie = certificats.creer_certificat_utilisateur(
            "Marie-Ève Tremblay", "marie-eve.tremblay@essais.gc.ca", self.racine_p12, MDP_RACINE,
            self.marie_p12, MDP_MARIE)
        self.jean_p12 = dossier / "jean.p12"
        self.jean = certificats.creer_certificat_utilisateur(
            "Jean Côté", "jean.cote@essais.gc.ca", self.racine_p12, MDP_RACINE, self.jean_p12, MDP_JEAN)
        self.perso_p12 = dossier / "perso.p12"
        self.perso_pem = dossier / "perso.pem"
        self.perso = certificats.creer_certificat_personnel("Léa Personnelle", "lea@exemple.ca", self.perso_p12,
                                                            MDP_PERSO)
        certificats.exporter_pem(self.perso_p12, MDP_PERSO, self.perso_pem)
        # une autre racine, qui n'a rien émis de ce qui est signé ici
        self.autre_p12 = dossier / "autre.p12"
        self.autre_pem = dossier / "autre.pem"
        certificats.creer_racine("Autre ministère", self.autre_p12, MDP_AUTRE)
        certificats.exporter_pem(self.autre_p12, MDP_AUTRE, self.autre_pem)
        identite_racine = certificats.charger_p12(self.racine_p12, MDP_RACINE)
        self.chiffrement_p12 = _certificat_sans_usage(dossier, identite_racine, x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=True, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False))
        self.sans_usage_p12 = _certificat_sans_usage(dossier, identite_racine, None)


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def rapport() -> bytes:
    return rapport_avec_champs()


@pytest.fixture(scope="module")
def signe_auteur(pki, rapport) -> bytes:
    return signature.signer(rapport, pki.marie_p12, MDP_MARIE, raison="Auteur du rapport", lieu="Gatineau")


@pytest.fixture(scope="module")
def contresigne(pki, signe_auteur) -> bytes:
    return signature.signer(signe_auteur, pki.jean_p12, MDP_JEAN, raison="Approbation", lieu="Ottawa")


def ecrire(dossier: Path, nom: str, pdf: bytes) -> Path:
    chemin = dossier / nom
    chemin.write_bytes(pdf)
    return chemin


def pdfsig(chemin: Path, *options: str) -> list[dict[str, str]]:
    """La sortie de pdfsig, une entrée par champ signé (clé : le libellé de chaque ligne « - »);
    les champs vides (« The signature form field is not signed. ») sont laissés de côté.
    pdfsig sort avec 0 même sur une empreinte fausse : seule sa sortie compte."""
    sortie = subprocess.run(["pdfsig", *options, str(chemin)], capture_output=True, text=True, timeout=60).stdout
    signatures: list[dict[str, str]] = []
    for ligne in sortie.splitlines():
        if re.match(r"^Signature #\d+:", ligne):
            signatures.append({})
        elif signatures and ligne.strip().startswith("- "):
            texte = ligne.strip()[2:]
            cle, _, valeur = texte.partition(": ")
            signatures[-1][cle] = valeur if valeur else cle
        elif signatures and "not signed" in ligne:
            signatures[-1]["vide"] = "oui"
    return [s for s in signatures if "vide" not in s]


def statuts_pyhanko(pdf: bytes, racines: list[x509.Certificate]):
    """La validation par pyHanko lui-même (sans passer par notre module)."""
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    lecteur = PdfFileReader(io.BytesIO(pdf))
    contexte = ValidationContext(trust_roots=[translate_pyca_cryptography_cert_to_asn1(c) for c in racines],
                                 allow_fetching=False)
    return [(s, validate_pdf_signature(s, contexte)) for s in lecteur.embedded_signatures]


# --- la police du tampon ----------------------------------------------------------------------
def test_police_du_tampon_a_1000_unites_et_un_autre_nom(tmp_path):
    from fontTools.ttLib import TTFont

    chemin = POLICES / "GesservTampon.ttf"
    police = TTFont(str(chemin))
    assert police["head"].unitsPerEm == 1000
    noms = {(n.nameID, n.platformID): n.toUnicode() for n in police["name"].names}
    assert noms[(1, 3)] == "Gesserv Tampon" and noms[(6, 3)] == "GesservTampon-Regular"
    for (id_nom, _plateforme), texte in noms.items():
        if id_nom in (1, 2, 3, 4, 6, 16, 17):
            assert not re.search(r"vera|bitstream|dejavu", texte, re.I), (id_nom, texte)
    assert "Bitstream" in noms[(0, 3)], "la mention de droit d'auteur doit rester"
    # même dessin, mis à l'échelle : les chasses sont celles de DejaVu Sans × 1000/2048
    origine = TTFont(str(POLICES / "DejaVuSans.ttf"))
    for lettre in "Aémw ":
        glyphe = origine.getBestCmap()[ord(lettre)]
        assert abs(police["hmtx"][glyphe][0] - origine["hmtx"][glyphe][0] * 1000 / 2048) <= 1
    # le fichier livré est bien celui que fabrique outils/police_tampon.py
    import sys

    sys.path.insert(0, str(RACINE_DEPOT / "outils"))
    import police_tampon

    copie = police_tampon.fabriquer(police_tampon.SOURCE, tmp_path / "copie.ttf")
    assert copie.read_bytes() == chemin.read_bytes(), "relancer : python outils/police_tampon.py"


# --- les certificats ----------------------------------------------------------------------------
def _sans_adresses_reseau(certificat: x509.Certificate) -> None:
    oids = {e.oid for e in certificat.extensions}
    assert ExtensionOID.AUTHORITY_INFORMATION_ACCESS not in oids
    assert ExtensionOID.CRL_DISTRIBUTION_POINTS not in oids
    assert ExtensionOID.FRESHEST_CRL not in oids


def test_racine_ministerielle(pki):
    racine = pki.racine
    assert racine.issuer == racine.subject
    assert isinstance(racine.public_key(), ec.EllipticCurvePublicKey)
    assert racine.public_key().curve.name == "secp256r1"
    contraintes = racine.extensions.get_extension_for_class(x509.BasicConstraints)
    assert contraintes.critical and contraintes.value.ca
    usages = racine.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usages.key_cert_sign and usages.crl_sign and not usages.digital_signature
    _sans_adresses_reseau(racine)
    assert (racine.not_valid_after_utc - racine.not_valid_before_utc).days >= 365 * 10
    assert certificats.charger_certificats(pki.racine_pem) == [racine]


def test_certificat_utilisateur_emis_par_la_racine(pki):
    marie = pki.marie
    assert marie.issuer == pki.racine.subject
    pki.racine.public_key().verify(marie.signature, marie.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256()))
    assert marie.public_key().curve.name == "secp256r1"
    usages = marie.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usages.digital_signature and usages.content_commitment and not usages.key_cert_sign
    assert not marie.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    etendus = marie.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert x509.oid.ExtendedKeyUsageOID.EMAIL_PROTECTION in etendus
    _sans_adresses_reseau(marie)
    assert certificats.nom_commun(marie) == "Marie-Ève Tremblay"
    assert certificats.courriel(marie) == "marie-eve.tremblay@essais.gc.ca"
    identite = certificats.charger_p12(pki.marie_p12, MDP_MARIE)
    assert identite.certificat == marie and identite.chaine == (pki.racine,)


def test_certificat_personnel_autosigne(pki):
    assert certificats.est_autosigne(pki.perso)
    usages = pki.perso.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usages.digital_signature and usages.content_commitment
    _sans_adresses_reseau(pki.perso)
    assert certificats.charger_certificats(pki.perso_pem) == [pki.perso]


def test_creation_refusee_sans_rien_ecrire(pki, tmp_path):
    with pytest.raises(ErreurSignature) as erreur:
        certificats.creer_racine("Ministère", tmp_path / "r.p12", "")
    assert erreur.value.code == "mot_de_passe_vide"
    with pytest.raises(MotDePasseIncorrect):
        certificats.creer_certificat_utilisateur("X", None, pki.racine_p12, "faux", tmp_path / "x.p12", "x")
    with pytest.raises(ErreurSignature) as erreur:   # un certificat d'utilisateur n'émet rien
        certificats.creer_certificat_utilisateur("X", None, pki.marie_p12, MDP_MARIE, tmp_path / "x.p12", "x")
    assert erreur.value.code == "pas_une_racine"
    with pytest.raises(ErreurSignature) as erreur:
        certificats.creer_certificat_utilisateur("X", "pas-un-courriel", pki.racine_p12, MDP_RACINE,
                                                 tmp_path / "x.p12", "x")
    assert erreur.value.code == "courriel_invalide"
    with pytest.raises(ErreurSignature) as erreur:   # jamais une clé privée écrasée
        certificats.creer_certificat_personnel("X", None, pki.marie_p12, "x")
    assert erreur.value.code == "deja_present"
    assert not list(tmp_path.glob("*.p12"))


# --- signer et vérifier ---------------------------------------------------------------------------
def test_signature_validee_par_pyhanko(pki, signe_auteur):
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    (sig, statut), = statuts_pyhanko(signe_auteur, [pki.racine])
    assert sig.field_name == "signature_1"
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"     # PAdES
    assert statut.intact and statut.valid and statut.trusted and statut.bottom_line
    assert statut.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert statut.timestamp_validity is None                          # hors ligne : aucun horodatage
    assert statut.signing_cert.subject.native["common_name"] == "Marie-Ève Tremblay"
    assert abs(statut.signer_reported_dt - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
    assert "/DSS" not in sig.reader.root                              # ni révocation ni réseau


def test_verifier_dit_intacte_de_confiance_et_inchangee(pki, signe_auteur):
    constat = signature.verifier_document(signe_auteur, [pki.racine_pem])
    assert constat.ok and constat.confiance_exigee
    (s,) = constat.signatures
    assert (s.champ, s.rang, s.signataire, s.courriel) == ("signature_1", 1, "Marie-Ève Tremblay",
                                                           "marie-eve.tremblay@essais.gc.ca")
    assert s.intacte and s.de_confiance and s.bottom_line and s.docmdp_ok
    assert s.couverture == signature.COUVERTURE_FICHIER and s.modification == signature.MODIF_AUCUNE
    assert s.emetteur == s.racine == "Ministère des Essais — racine de signature"
    assert (s.raison, s.lieu) == ("Auteur du rapport", "Gatineau")
    assert constat.champs_vides == ["signature_2"] and not constat.modifie_apres_derniere
    francais = "\n".join(constat.lignes("fr"))
    assert "Intacte : le contenu signé n'a pas changé" in francais
    assert "De confiance : le certificat du signataire remonte à la racine « Ministère des Essais" in francais
    assert "Le document n'a pas changé depuis cette signature." in francais
    assert "Bilan : VALIDE — 1 signature(s) intacte(s) et de confiance" in francais
    anglais = "\n".join(constat.lignes("en"))
    assert "Intact: the signed content has not changed" in anglais and "Summary: VALID" in anglais
    assert signature.verifier(signe_auteur, [pki.racine_pem]) == constat.signatures


def test_pdfsig_valide_la_signature(pki, signe_auteur, tmp_path):
    (s,) = pdfsig(ecrire(tmp_path, "signe.pdf", signe_auteur))
    assert s["Signature Field Name"] == "signature_1"
    assert s["Signature Validation"] == "Signature is Valid."
    assert s["Signer Certificate Common Name"] == "Marie-Ève Tremblay"
    assert s["Signature Type"] == "ETSI.CAdES.detached"
    assert s["Signing Hash Algorithm"] == "SHA-256"
    assert "Total document signed" in s
    # sans base NSS où la racine est inscrite, pdfsig ne peut que dire qu'il ne la connaît pas
    assert "Certificate Validation" in s


@pytest.mark.skipif(not shutil.which("certutil"), reason="certutil (libnss3-tools) absent : base NSS impossible")
def test_pdfsig_fait_confiance_a_la_racine_inscrite_dans_nss(pki, contresigne, tmp_path):
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "racine", "-t", "C,C,C", "-i", str(pki.racine_pem)],
                   check=True, capture_output=True)
    signatures = pdfsig(ecrire(tmp_path, "contresigne.pdf", contresigne), "-nssdir", f"sql:{nss}")
    assert [s["Signature Validation"] for s in signatures] == ["Signature is Valid."] * 2
    assert [s["Certificate Validation"] for s in signatures] == ["Certificate is Trusted."] * 2
    # une autre racine inscrite à sa place : plus de confiance
    autre = tmp_path / "nss-autre"
    autre.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{autre}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{autre}", "-n", "autre", "-t", "C,C,C", "-i", str(pki.autre_pem)],
                   check=True, capture_output=True)
    signatures = pdfsig(tmp_path / "contresigne.pdf", "-nssdir", f"sql:{autre}")
    assert all(s["Certificate Validation"] != "Certificate is Trusted." for s in signatures)


def test_contresignature_garde_les_deux_signatures_valides(pki, contresigne, tmp_path):
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    statuts = statuts_pyhanko(contresigne, [pki.racine])
    assert [s.field_name for s, _ in statuts] == ["signature_1", "signature_2"]
    assert all(st.intact and st.valid and st.trusted and st.bottom_line and st.docmdp_ok for _, st in statuts)
    assert [st.coverage for _, st in statuts] == [SignatureCoverageLevel.ENTIRE_REVISION,
                                                  SignatureCoverageLevel.ENTIRE_FILE]

    constat = signature.verifier_document(contresigne, [pki.racine_pem])
    assert constat.ok and constat.champs_vides == []
    auteur, approbateur = constat.signatures
    assert (auteur.signataire, approbateur.signataire) == ("Marie-Ève Tremblay", "Jean Côté")
    assert auteur.modification == signature.MODIF_SIGNATURES and not auteur.modifiee_apres
    assert approbateur.modification == signature.MODIF_AUCUNE
    texte = "\n".join(constat.lignes("fr"))
    assert "seuls des changements permis ont été faits" in texte
    assert "Bilan : VALIDE — 2 signature(s)" in texte

    signatures = pdfsig(ecrire(tmp_path, "contresigne.pdf", contresigne))
    assert [s["Signature Validation"] for s in signatures] == ["Signature is Valid."] * 2
    assert [s["Signer Certificate Common Name"] for s in signatures] == ["Marie-Ève Tremblay", "Jean Côté"]
    assert "Not total document signed" in signatures[0] and "Total document signed" in signatures[1]


def test_tampon_visible_dans_la_police_incluse(pki, contresigne, tmp_path):
    from fontTools.ttLib import TTFont

    chemin = ecrire(tmp_path, "contresigne.pdf", contresigne)
    texte = subprocess.run(["pdftotext", "-enc", "UTF-8", str(chemin), "-"], capture_output=True, text=True,
                           check=True).stdout
    for nom in ("Marie-Ève Tremblay", "Jean Côté"):
        assert nom in texte
    assert texte.count("Signé numériquement / Digitally signed") == 2
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC[+-]\d\d:\d\d\)", texte)

    # pdffonts : toutes les polices incluses, dont celle du tampon
    lignes = subprocess.run(["pdffonts", str(chemin)], capture_output=True, text=True, check=True).stdout.splitlines()
    polices = [ligne for ligne in lignes[2:] if ligne.strip()]
    assert any("GesservTampon" in ligne for ligne in polices)
    # colonnes lues depuis la droite (un nom long décale les autres) : emb sub uni objet génération
    assert lignes[0].split()[-5:-2] == ["emb", "sub", "uni"]
    assert all(ligne.split()[-5] == "yes" for ligne in polices), "\n".join(lignes)

    # les lettres du tampon bien espacées : la ligne mesure ce que disent les chasses de la police
    # (avec DejaVu Sans à 2048 unités, elle sortait deux fois trop large)
    boites = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(chemin), "-"], capture_output=True,
                            text=True, check=True).stdout
    police = TTFont(str(POLICES / "GesservTampon.ttf"))
    carte = police.getBestCmap()
    for mot in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*numériquement[^<]*)<',
                           boites):
        attendu = sum(police["hmtx"][carte[ord(c)]][0] for c in mot.group(3)) * signature.TAILLE_TAMPON / 1000
        mesure = float(mot.group(2)) - float(mot.group(1))
        assert abs(mesure - attendu) / attendu < 0.08, (mot.group(3), mesure, attendu)


def test_rapport_du_gabarit_commun_signe_et_contresigne(pki, tmp_path):
    """Le vrai gabarit des rapports (bloc d'approbation et ses champs) : les deux tampons y
    tiennent, les deux signatures restent valides."""
    from gesserv_bureau.rapports import gabarit

    doc = gabarit.Document("Rapport du gabarit", "Template report", langue="bilingue", ministere="Ministère des Essais")
    pdf = gabarit.construire(doc, gabarit.titre_rapport(doc))
    assert [nom for nom, _ in signature.champs_signature(pdf)] == ["signature_1", "signature_2"]
    contresigne = signature.signer(signature.signer(pdf, pki.marie_p12, MDP_MARIE), pki.jean_p12, MDP_JEAN)
    assert signature.verifier_document(contresigne, [pki.racine_pem]).ok
    signatures = pdfsig(ecrire(tmp_path, "gabarit.pdf", contresigne))
    assert [s["Signature Validation"] for s in signatures] == ["Signature is Valid."] * 2


def test_certificat_personnel_de_confiance_par_lui_meme(pki, rapport):
    signe = signature.signer(rapport, pki.perso_p12, MDP_PERSO)
    sans = signature.verifier_document(signe)     # sans racine : intact, mais signataire non vérifié
    assert not sans.ok and sans.statut == signature.STATUT_NON_VERIFIE and sans.signatures[0].de_confiance is None
    assert "NON VÉRIFIÉ : aucune racine de confiance" in "\n".join(sans.lignes("fr"))
    assert signature.verifier_document(signe, [pki.perso_pem]).ok
    avec_autre = signature.verifier_document(signe, [pki.racine_pem])
    assert not avec_autre.ok and avec_autre.problemes() == ["sig_non_reconnue"]


def test_autre_racine_non_reconnue(pki, contresigne):
    constat = signature.verifier_document(contresigne, [pki.autre_pem])
    assert not constat.ok and constat.statut == signature.STATUT_NON_VERIFIE
    assert all(s.intacte and s.de_confiance is False for s in constat.signatures)
    assert "NON VÉRIFIÉ : signataire non reconnu — son certificat ne remonte à aucune des racines" in "\n".join(
        constat.lignes("fr"))


# --- refus ------------------------------------------------------------------------------------
def test_mauvais_mot_de_passe(pki, rapport):
    with pytest.raises(MotDePasseIncorrect) as erreur:
        signature.signer(rapport, pki.marie_p12, "pas le bon")
    assert erreur.value.texte("fr").startswith("Mot de passe incorrect pour le certificat")
    assert "marie.p12" in erreur.value.texte("fr")
    assert erreur.value.texte("en").startswith("Wrong password for certificate")


def test_pas_un_certificat_ni_un_pdf(pki, rapport, tmp_path):
    faux = ecrire(tmp_path, "faux.p12", b"ceci n'est pas un certificat")
    with pytest.raises(ErreurSignature) as erreur:
        signature.signer(rapport, faux, "x")
    assert erreur.value.code == "pas_p12" and not isinstance(erreur.value, MotDePasseIncorrect)
    with pytest.raises(ErreurSignature) as erreur:
        signature.signer(rapport, tmp_path / "absent.p12", "x")
    assert erreur.value.code == "introuvable"
    with pytest.raises(PdfInvalide) as erreur:
        signature.signer(b"Nom,Service\n1,2\n", pki.marie_p12, MDP_MARIE)
    assert erreur.value.texte("fr").startswith("Ce fichier n'est pas un document PDF")
    assert erreur.value.texte("en").startswith("This file is not a PDF document")
    with pytest.raises(PdfInvalide):
        signature.verifier_document(b"%PDF-1.7\n pas vraiment un PDF")


@pytest.mark.parametrize("quel", ["chiffrement", "aucune"])
def test_certificat_sans_usage_de_signature_refuse(pki, rapport, quel):
    p12 = pki.chiffrement_p12 if quel == "chiffrement" else pki.sans_usage_p12
    with pytest.raises(CertificatInutilisable) as erreur:
        signature.signer(rapport, p12, "sans")
    assert erreur.value.code == "usage_cle"
    assert "ne permet pas de signer des documents" in erreur.value.texte("fr")
    assert "digitalSignature, nonRepudiation" in erreur.value.texte("en")


def test_certificat_expire_refuse(pki, rapport):
    plus_tard = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=365 * 3)
    with pytest.raises(CertificatInutilisable) as erreur:
        signature.signer(rapport, pki.marie_p12, MDP_MARIE, maintenant=plus_tard)
    assert erreur.value.code == "certificat_expire"


def test_champs_libres_nommes_et_epuises(pki, rapport, contresigne):
    assert signature.prochain_champ(rapport) == "signature_1"
    # l'approbateur peut signer son champ avant l'auteur
    seconde = signature.signer(rapport, pki.jean_p12, MDP_JEAN, champ="signature_2")
    assert signature.champs_signature(seconde) == [("signature_1", False), ("signature_2", True)]
    assert signature.prochain_champ(seconde) == "signature_1"
    with pytest.raises(AucunChampLibre) as erreur:
        signature.signer(seconde, pki.marie_p12, MDP_MARIE, champ="signature_2")
    assert erreur.value.code == "champ_deja_signe" and "signature_1" in erreur.value.texte("fr")
    with pytest.raises(AucunChampLibre) as erreur:
        signature.signer(rapport, pki.marie_p12, MDP_MARIE, champ="signature_9")
    assert erreur.value.code == "champ_inconnu"
    with pytest.raises(AucunChampLibre) as erreur:
        signature.signer(contresigne, pki.marie_p12, MDP_MARIE)
    assert erreur.value.code == "aucun_champ_libre"
    assert "il n'y a plus de champ de signature libre" in erreur.value.texte("fr")
    assert "no empty signature field left" in erreur.value.texte("en")
    with pytest.raises(AucunChampLibre) as erreur:
        signature.signer(rapport_avec_champs(champs=0), pki.marie_p12, MDP_MARIE)
    assert erreur.value.code == "aucun_champ"


def test_document_sans_signature(rapport):
    constat = signature.verifier_document(rapport)
    assert not constat.ok and constat.problemes() == ["doc_aucune_signature"]
    assert constat.champs_vides == ["signature_1", "signature_2"]


# --- documents trafiqués ----------------------------------------------------------------------
def _mise_a_jour(pdf: bytes, modifier) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    ecrivain = IncrementalPdfFileWriter(io.BytesIO(pdf))
    modifier(ecrivain)
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    return sortie.getvalue()


def _ajouter_annotation(ecrivain) -> None:
    from pyhanko.pdf_utils import generic

    page = ecrivain.root["/Pages"]["/Kids"][0].get_object()
    note = ecrivain.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Text"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (500, 700, 520, 720)]),
        generic.NameObject("/Contents"): generic.TextStringObject("Chiffre corrigé après l'approbation"),
    }))
    annotations = page["/Annots"]
    annotations.append(note)
    ecrivain.update_container(page)


def _changer_titre(ecrivain) -> None:
    from pyhanko.pdf_utils import generic

    ref = ecrivain.trailer.raw_get("/Info")
    ref.get_object()[generic.NameObject("/Title")] = generic.TextStringObject("Un autre rapport")
    ecrivain.mark_update(ref)


def _retirer_v(nom: str):
    def modifier(ecrivain) -> None:
        for ref in ecrivain.root["/AcroForm"]["/Fields"]:
            champ = ref.get_object()
            if champ["/T"] == nom:
                del champ["/V"]
                ecrivain.mark_update(ref)
    return modifier


def test_un_octet_change_dans_la_plage_signee(pki, contresigne, tmp_path):
    position = contresigne.index(b"(Rapport d'essai)") + 3   # le titre, dans la première révision
    trafique = bytearray(contresigne)
    trafique[position] = ord("X")
    trafique = bytes(trafique)
    constat = signature.verifier_document(trafique, [pki.racine_pem])
    assert not constat.ok
    assert [s.intacte for s in constat.signatures] == [False, False]
    assert constat.problemes() == ["sig_alteree", "sig_alteree"]
    assert "ÉCHEC : le contenu signé a été modifié après la signature" in "\n".join(constat.lignes("fr"))
    assert "FAILURE: the signed content was changed after signing" in "\n".join(constat.lignes("en"))
    statuts = statuts_pyhanko(trafique, [pki.racine])
    assert not any(st.intact or st.bottom_line for _, st in statuts)
    signatures = pdfsig(ecrire(tmp_path, "trafique.pdf", trafique))
    assert [s["Signature Validation"] for s in signatures] == ["Digest Mismatch."] * 2


@pytest.mark.parametrize("ajout", [_ajouter_annotation, _changer_titre], ids=["annotation", "titre"])
def test_contenu_ajoute_apres_la_signature(pki, contresigne, tmp_path, ajout):
    trafique = _mise_a_jour(contresigne, ajout)
    constat = signature.verifier_document(trafique, [pki.racine_pem])
    assert not constat.ok and constat.modifie_apres_derniere
    assert all(s.intacte for s in constat.signatures)       # les octets signés, eux, sont intacts
    assert "doc_modifie_apres_derniere" in constat.problemes()
    texte = "\n".join(constat.lignes("fr"))
    assert "ÉCHEC : le document a été modifié après la dernière signature" in texte
    assert "Bilan : ÉCHEC" in texte
    assert "FAILURE: the document was modified after the last signature" in "\n".join(constat.lignes("en"))
    if ajout is _ajouter_annotation:
        assert all(s.modifiee_apres for s in constat.signatures)
    # pdfsig : la dernière signature ne couvre plus tout le document
    signatures = pdfsig(ecrire(tmp_path, "ajout.pdf", trafique))
    assert "Not total document signed" in signatures[-1]


def test_signature_detruite(pki, contresigne, tmp_path):
    contenus = list(re.finditer(rb"/Contents <([0-9a-fA-F]+)>", contresigne))
    debut, fin = contenus[-1].span(1)
    trafique = contresigne[:debut] + b"0" * (fin - debut) + contresigne[fin:]
    constat = signature.verifier_document(trafique, [pki.racine_pem])
    assert not constat.ok
    assert [s.lisible for s in constat.signatures] == [True, False]
    assert "sig_illisible" in constat.problemes()
    assert "ÉCHEC : la signature du champ « signature_2 » est illisible ou détruite" in "\n".join(
        constat.lignes("fr"))
    signatures = pdfsig(ecrire(tmp_path, "detruite.pdf", trafique))
    assert signatures[-1]["Signature Validation"] != "Signature is Valid."


def test_signature_retiree_par_une_mise_a_jour(pki, contresigne, tmp_path):
    trafique = _mise_a_jour(contresigne, _retirer_v("signature_2"))
    constat = signature.verifier_document(trafique, [pki.racine_pem])
    assert not constat.ok
    assert [s.champ for s in constat.signatures] == ["signature_1"]
    assert constat.signatures_retirees == ["signature_2"]
    assert constat.modifie_apres_derniere
    assert "doc_signature_retiree" in constat.problemes()
    assert "ÉCHEC : signature retirée — le champ « signature_2 » était signé" in "\n".join(constat.lignes("fr"))
    assert "FAILURE: signature removed" in "\n".join(constat.lignes("en"))
    # pdfsig ne voit plus qu'une signature valide : c'est à nous de dire qu'il en manque une
    (seule,) = pdfsig(ecrire(tmp_path, "retiree.pdf", trafique))
    assert seule["Signature Field Name"] == "signature_1"
    assert seule["Signature Validation"] == "Signature is Valid."


# --- fil d'exécution : jamais dans une boucle asyncio, bien dans un fil de travail ------------
def test_hors_du_fil_de_l_interface(pki, rapport):
    async def dans_une_boucle():
        signature.signer(rapport, pki.marie_p12, MDP_MARIE)

    with pytest.raises(RuntimeError, match="fil de travail"):
        asyncio.run(dans_une_boucle())

    async def par_un_fil():   # ce que fait interface/taches.py : la boucle reste libre
        boucle = asyncio.get_running_loop()
        with concurrent.futures.ThreadPoolExecutor(1) as fils:
            signe = await boucle.run_in_executor(fils, signature.signer, rapport, pki.marie_p12, MDP_MARIE)
            return await boucle.run_in_executor(fils, signature.verifier_document, signe, [pki.racine_pem])

    assert asyncio.run(par_un_fil()).ok


# --- la ligne de commande ------------------------------------------------------------------------


@pytest.fixture
def sans_mot_de_passe_en_env(monkeypatch):
    for variable in ("GESSERV_MOT_DE_PASSE", "GESSERV_MOT_DE_PASSE_RACINE"):
        monkeypatch.delenv(variable, raising=False)


def test_cli_certificats_signer_contresigner_verifier(tmp_path, capsys, monkeypatch, sans_mot_de_passe_en_env):
    invites: list[str] = []
    reponses = {"racine": "racine de la CLI 2025", "marie": "m", "jean": "j"}

    def saisie(invite: str = "") -> str:
        if "de nouveau" in invite:   # la confirmation d'un nouveau mot de passe
            return saisie(invites[-1])
        invites.append(invite)
        return next(v for k, v in reponses.items() if k in invite)

    monkeypatch.setattr("getpass.getpass", saisie)
    code, sortie, _ = lancer(capsys, "certificat", "racine", "--ministere", "Ministère de la CLI",
                             "--sortie", str(tmp_path / "racine.p12"), "--pem", str(tmp_path / "racine.pem"))
    assert code == 0 and "Racine « Ministère de la CLI — racine de signature » créée" in sortie
    assert any("racine.p12" in i for i in invites) and (tmp_path / "racine.pem").exists()
    for nom, fichier in (("Marie-Ève Tremblay", "marie.p12"), ("Jean Côté", "jean.p12")):
        code, sortie, erreurs = lancer(capsys, "certificat", "utilisateur", "--nom", nom, "--courriel",
                                       f"{fichier[:-4]}@cli.gc.ca", "--racine", str(tmp_path / "racine.p12"),
                                       "--sortie", str(tmp_path / fichier))
        assert code == 0, erreurs
        assert f"Certificat de signature de « {nom} » créé" in sortie

    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    code, sortie, erreurs = lancer(capsys, "signer", str(rapport), "--certificat", str(tmp_path / "marie.p12"),
                                   "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 0, erreurs
    assert "Signé par Marie-Ève Tremblay dans le champ signature_1" in sortie
    assert "Champs de signature encore libres : signature_2." in sortie
    assert "Mot de passe du certificat" in invites[-1]

    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "j")    # un script : le mot de passe par l'environnement
    code, sortie, _ = lancer(capsys, "signer", str(tmp_path / "signe.pdf"), "--certificat", str(tmp_path / "jean.p12"),
                             "--sortie", str(tmp_path / "contresigne.pdf"), "--lieu", "Ottawa")
    assert code == 0 and "Toutes les signatures prévues sont apposées." in sortie

    code, sortie, _ = lancer(capsys, "verifier", str(tmp_path / "contresigne.pdf"),
                             "--confiance", str(tmp_path / "racine.pem"))
    assert code == 0
    assert "Signature 2 (champ « signature_2 ») : Jean Côté <jean@cli.gc.ca>" in sortie
    assert "Bilan : VALIDE — 2 signature(s) intacte(s) et de confiance" in sortie
    code, sortie, _ = lancer(capsys, "--langue", "en", "verifier", str(tmp_path / "contresigne.pdf"),
                             "--confiance", str(tmp_path / "racine.pem"))
    assert code == 0 and "Summary: VALID — 2 intact signature(s) and trusted" in sortie
    # sans --confiance ni racine retenue : intact, signataire non vérifié (code 3), jamais VALIDE
    code, sortie, _ = lancer(capsys, "verifier", str(tmp_path / "contresigne.pdf"))
    assert code == 3 and "intact, signataire non vérifié" in sortie and "VALIDE" not in sortie

    # plus de champ libre
    code, _, erreurs = lancer(capsys, "signer", str(tmp_path / "contresigne.pdf"), "--certificat",
                              str(tmp_path / "jean.p12"), "--sortie", str(tmp_path / "encore.pdf"))
    assert code == 1 and "il n'y a plus de champ de signature libre" in erreurs
    assert not (tmp_path / "encore.pdf").exists()

    # exporter-pem : la racine de la chaîne d'un utilisateur
    code, sortie, _ = lancer(capsys, "certificat", "exporter-pem", str(tmp_path / "jean.p12"),
                             "--sortie", str(tmp_path / "depuis-jean.pem"))
    assert code == 0
    assert (tmp_path / "depuis-jean.pem").read_bytes() == (tmp_path / "racine.pem").read_bytes()


@pytest.mark.parametrize("langue,attendu", [
    ("fr", "Mot de passe incorrect pour le certificat"),
    ("en", "Wrong password for certificate"),
])
def test_cli_mauvais_mot_de_passe(pki, tmp_path, capsys, monkeypatch, langue, attendu):
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "pas le bon")
    code, sortie, erreurs = lancer(capsys, "--langue", langue, "signer", str(rapport), "--certificat",
                                   str(pki.marie_p12), "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 1 and attendu in erreurs and sortie == ""
    assert not (tmp_path / "signe.pdf").exists()


@pytest.mark.parametrize("langue,attendu", [
    ("fr", "ne permet pas de signer des documents"),
    ("en", "does not allow signing documents"),
])
def test_cli_certificat_sans_usage(pki, tmp_path, capsys, monkeypatch, langue, attendu):
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "sans")
    code, _, erreurs = lancer(capsys, "--langue", langue, "signer", str(rapport), "--certificat",
                              str(pki.chiffrement_p12), "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 1 and attendu in erreurs


def test_cli_saisie_annulee(pki, tmp_path, capsys, monkeypatch, sans_mot_de_passe_en_env):
    def interrompre(_invite=""):
        raise KeyboardInterrupt

    monkeypatch.setattr("getpass.getpass", interrompre)
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--certificat", str(pki.marie_p12),
                              "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 1 and "Annulé : rien n'a été fait." in erreurs


def test_cli_nouveaux_mots_de_passe_differents(tmp_path, capsys, monkeypatch, sans_mot_de_passe_en_env):
    saisies = iter(["un", "deux"])
    monkeypatch.setattr("getpass.getpass", lambda _invite="": next(saisies))
    code, _, erreurs = lancer(capsys, "certificat", "personnel", "--nom", "Léa", "--sortie", str(tmp_path / "p.p12"))
    assert code == 1 and "Les deux mots de passe saisis sont différents" in erreurs
    assert not (tmp_path / "p.p12").exists()


@pytest.mark.parametrize("cas", ["octet", "annotation", "retiree", "autre_racine", "pas_pdf", "non_signe"])
@pytest.mark.parametrize("langue", ["fr", "en"])
def test_cli_verifier_echecs(pki, contresigne, rapport, tmp_path, capsys, cas, langue):
    racine = pki.racine_pem
    if cas == "octet":
        pdf = bytearray(contresigne)
        pdf[contresigne.index(b"(Rapport d'essai)") + 3] = ord("X")
        pdf = bytes(pdf)
    elif cas == "annotation":
        pdf = _mise_a_jour(contresigne, _ajouter_annotation)
    elif cas == "retiree":
        pdf = _mise_a_jour(contresigne, _retirer_v("signature_2"))
    elif cas == "autre_racine":
        pdf, racine = contresigne, pki.autre_pem
    elif cas == "pas_pdf":
        pdf = b"col1,col2\n"
    else:
        pdf = rapport
    fichier = ecrire(tmp_path, f"{cas}.pdf", pdf)
    code, sortie, erreurs = lancer(capsys, "--langue", langue, "verifier", str(fichier), "--confiance", str(racine))
    if cas == "autre_racine":    # intact, mais aucune racine donnée ne reconnaît les signataires
        assert code == 3
        assert ("intact, signataire non vérifié" if langue == "fr" else "intact, signer not verified") in sortie
        assert ("signataire non reconnu" if langue == "fr" else "signer not recognised") in sortie
        return
    assert code == 1
    if cas == "pas_pdf":
        assert ("Ce fichier n'est pas un document PDF" if langue == "fr" else "This file is not a PDF") in erreurs
        return
    assert ("Bilan : ÉCHEC" if langue == "fr" else "Summary: FAILURE") in sortie
    attendu = {
        "octet": ("le contenu signé a été modifié après la signature", "the signed content was changed after signing"),
        "annotation": ("le document a été modifié après la dernière signature",
                       "the document was modified after the last signature"),
        "retiree": ("signature retirée", "signature removed"),
        "non_signe": ("ce document ne porte aucune signature", "this document carries no signature"),
    }[cas][0 if langue == "fr" else 1]
    assert attendu in sortie


def test_cli_signer_consigne_au_registre(pki, tmp_path, capsys, monkeypatch):
    import hashlib

    from gesserv_bureau.cas.production_rapports import registre
    from gesserv_bureau.stockage.base import ouvrir

    base = tmp_path / "base.sqlite"
    with ouvrir(base):
        pass
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", MDP_MARIE)
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    code, sortie, erreurs = lancer(capsys, "--base", str(base), "signer", str(rapport), "--certificat",
                                   str(pki.marie_p12), "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 0, erreurs
    assert "Signature consignée au registre des rapports" in sortie
    with ouvrir(base) as b:
        (entree,) = registre(b)
    assert entree.action == "signature" and entree.signataires == ("Marie-Ève Tremblay",)
    assert entree.sha256 == hashlib.sha256((tmp_path / "signe.pdf").read_bytes()).hexdigest()
