"""Attaques sur la signature des rapports (issue 12, parties 5 et 7 pour les certificats).

Chaque test reproduit une attaque qui passait avant la correction :

- un imposteur autosigné (« Bob Approbateur ») ou une racine qui prend le nom du vrai
  ministère : ``verifier`` disait VALIDE et sortait avec 0 sans racine de confiance; la
  fenêtre de vérification affichait le ✔ vert;
- les racines de confiance n'étaient retenues nulle part (``confiance ajouter|liste|retirer``);
- un certificat expiré ou pas encore valide à la date de signature passait pour valide;
- ``signer`` contresignait un document altéré, ou modifié après sa dernière signature;
- ``signer --sortie`` et ``rapport --sortie`` remplaçaient un fichier existant sans rien dire, et
  la fenêtre de signature écrasait le fichier « -signe.pdf » qu'elle propose;
- une même personne remplissait le champ du préparateur et celui de l'approbateur;
- les .p12 et les PEM exportés étaient créés selon l'umask (0666 sous umask 0), les dossiers
  créés aussi (0777);
- une racine protégée par un mot de passe de moins de 12 caractères était acceptée, et un
  mot de passe court d'utilisateur passait sans avertissement.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from gesserv_bureau.rapports import certificats, confiance, signature
from gesserv_bureau.rapports.certificats import ErreurSignature
from outils_tests import lancer_cli as lancer

MDP_RACINE = "racine du ministère 2025"
MDP_MARIE = "mot de passe de Marie-Ève"
MDP_JEAN = "mot de passe de Jean Côté"
MDP_BOB = "mot de passe de Bob"
MINISTERE = "Ministère des Essais"


# --- les documents et les certificats -----------------------------------------------------------
def rapport_vierge() -> bytes:
    """Un rapport du vrai gabarit : bloc d'approbation, champs signature_1 (préparé par) et
    signature_2 (approuvé par) vides."""
    from gesserv_bureau.rapports import gabarit

    doc = gabarit.Document("Rapport attaqué", "Attacked report", langue="bilingue", ministere=MINISTERE)
    return gabarit.construire(doc, gabarit.titre_rapport(doc))


def _p12_sur_mesure(chemin: Path, nom: str, debut: dt.datetime, fin: dt.datetime, mot_de_passe: str) -> Path:
    """Un certificat de signature autosigné aux dates choisies (expiré, pas encore valide)."""
    cle = ec.generate_private_key(ec.SECP256R1())
    sujet = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, nom)])
    certificat = (
        x509.CertificateBuilder().subject_name(sujet).issuer_name(sujet).public_key(cle.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(debut).not_valid_after(fin)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(cle, hashes.SHA256())
    )
    chemin.write_bytes(pkcs12.serialize_key_and_certificates(
        nom.encode(), cle, certificat, None, serialization.BestAvailableEncryption(mot_de_passe.encode())))
    return chemin


def signer_avec_un_autre_outil(pdf: bytes, p12: Path, mot_de_passe: str, champ: str) -> bytes:
    """Ce que ferait un attaquant avec pyHanko seul (sans les contrôles de l'application)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    signataire = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=mot_de_passe.encode())
    ecrivain = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(field_name=champ, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES)
    return signers.sign_pdf(ecrivain, meta, signer=signataire, existing_fields_only=True).getvalue()


class Pki:
    def __init__(self, dossier: Path):
        self.dossier = dossier
        self.racine_p12, self.racine_pem = dossier / "racine.p12", dossier / "racine.pem"
        certificats.creer_racine(MINISTERE, self.racine_p12, MDP_RACINE)
        certificats.exporter_pem(self.racine_p12, MDP_RACINE, self.racine_pem)
        self.marie_p12, self.jean_p12 = dossier / "marie.p12", dossier / "jean.p12"
        certificats.creer_certificat_utilisateur("Marie-Ève Tremblay", None, self.racine_p12, MDP_RACINE,
                                                 self.marie_p12, MDP_MARIE)
        certificats.creer_certificat_utilisateur("Jean Côté", None, self.racine_p12, MDP_RACINE,
                                                 self.jean_p12, MDP_JEAN)
        # l'imposteur autosigné
        self.bob_p12 = dossier / "bob.p12"
        certificats.creer_certificat_personnel("Bob Approbateur", None, self.bob_p12, MDP_BOB)
        # une fausse racine au nom du vrai ministère, et la « Marie-Ève Tremblay » qu'elle émet
        self.fausse_racine_p12 = dossier / "fausse-racine.p12"
        certificats.creer_racine(MINISTERE, self.fausse_racine_p12, MDP_RACINE)
        self.fausse_marie_p12 = dossier / "fausse-marie.p12"
        certificats.creer_certificat_utilisateur("Marie-Ève Tremblay", None, self.fausse_racine_p12, MDP_RACINE,
                                                 self.fausse_marie_p12, MDP_MARIE)
        # une autre clé au même nom que Marie-Ève (émise par la vraie racine)
        self.marie_bis_p12 = dossier / "marie-bis.p12"
        certificats.creer_certificat_utilisateur("Marie-Ève Tremblay", None, self.racine_p12, MDP_RACINE,
                                                 self.marie_bis_p12, MDP_MARIE)
        self.rapport = rapport_vierge()
        self.signe_marie = signature.signer(self.rapport, self.marie_p12, MDP_MARIE)
        self.signe_bob = signature.signer(self.rapport, self.bob_p12, MDP_BOB)
        self.signe_fausse_marie = signature.signer(self.rapport, self.fausse_marie_p12, MDP_MARIE)


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki-attaques"))


def ecrire(dossier: Path, nom: str, pdf: bytes) -> Path:
    chemin = dossier / nom
    chemin.write_bytes(pdf)
    return chemin


# --- 5. une vérification qui sait dire non --------------------------------------------------------
@pytest.mark.parametrize("langue,non_verifie,valide", [
    ("fr", "intact, signataire non vérifié", "VALIDE"),
    ("en", "intact, signer not verified", "VALID"),
])
def test_imposteur_autosigne_sans_racine_de_confiance_pas_valide(pki, tmp_path, capsys, langue, non_verifie,
                                                                 valide):
    """« Bob Approbateur » se fabrique un certificat et signe : sans racine de confiance, le
    document est intact, mais personne n'a vérifié qui l'a signé."""
    fichier = ecrire(tmp_path, "bob.pdf", pki.signe_bob)
    code, sortie, _ = lancer(capsys, "--langue", langue, "verifier", str(fichier))
    assert code == 3, sortie
    assert non_verifie in sortie
    assert valide not in sortie
    assert "Bob Approbateur" in sortie


def test_fausse_racine_au_nom_du_ministere(pki, tmp_path, capsys):
    """La vraie racine est retenue; une autre racine prend le même nom et émet une fausse
    « Marie-Ève Tremblay » : le document n'est pas VALIDE, le signataire n'est pas vérifié."""
    confiance.ajouter(pki.racine_pem)
    fichier = ecrire(tmp_path, "fausse.pdf", pki.signe_fausse_marie)
    code, sortie, _ = lancer(capsys, "verifier", str(fichier))
    assert code == 3, sortie
    assert "intact, signataire non vérifié" in sortie and "VALIDE" not in sortie
    assert "ne remonte à aucune des racines de confiance" in sortie
    # la vraie Marie-Ève, elle, est reconnue par la racine retenue
    code, sortie, _ = lancer(capsys, "verifier", str(ecrire(tmp_path, "vraie.pdf", pki.signe_marie)))
    assert code == 0 and "Bilan : VALIDE — 1 signature(s) intacte(s) et de confiance" in sortie


def test_racine_de_confiance_importee_une_fois(pki, tmp_path, capsys):
    fichier = ecrire(tmp_path, "signe.pdf", pki.signe_marie)
    code, sortie, _ = lancer(capsys, "confiance", "liste")
    assert code == 0 and "Aucune racine de confiance" in sortie
    code, sortie, erreurs = lancer(capsys, "confiance", "ajouter", str(pki.racine_pem))
    assert code == 0, erreurs
    empreinte = confiance.empreinte(certificats.charger_certificats(pki.racine_pem)[0])
    assert f"{MINISTERE} — racine de signature" in sortie and empreinte[:16] in sortie.replace(":", "")
    assert [confiance.empreinte(c) for c in confiance.racines()] == [empreinte]
    # retenue : la vérification suivante s'y fie sans --confiance
    code, sortie, _ = lancer(capsys, "verifier", str(fichier))
    assert code == 0 and "et de confiance" in sortie
    code, sortie, _ = lancer(capsys, "--langue", "en", "confiance", "liste")
    assert code == 0 and empreinte in sortie and "racine de signature" in sortie
    # oubliée : le signataire n'est plus vérifié
    code, sortie, _ = lancer(capsys, "confiance", "retirer", empreinte[:12])
    assert code == 0 and confiance.racines() == []
    code, sortie, _ = lancer(capsys, "verifier", str(fichier))
    assert code == 3 and "signataire non vérifié" in sortie
    code, _, erreurs = lancer(capsys, "confiance", "retirer", "0123456789ab")
    assert code == 1 and "Aucune racine de confiance retenue ne correspond" in erreurs


@pytest.mark.parametrize("quand", ["expire", "pas_encore_valide"])
def test_certificat_expire_ou_pas_encore_valide_a_la_signature(tmp_path, capsys, quand):
    """Un certificat hors de sa période de validité au moment déclaré de la signature : dit tel
    quel (avec ou sans racine de confiance), jamais VALIDE."""
    maintenant = dt.datetime.now(dt.timezone.utc)
    if quand == "expire":
        debut, fin = maintenant - dt.timedelta(days=400), maintenant - dt.timedelta(days=30)
    else:
        debut, fin = maintenant + dt.timedelta(days=30), maintenant + dt.timedelta(days=400)
    p12 = _p12_sur_mesure(tmp_path / "perime.p12", "Paul Périmé", debut, fin, "mot de passe de Paul")
    pem = tmp_path / "perime.pem"
    certificats.exporter_pem(p12, "mot de passe de Paul", pem, racine=False)
    # l'application refuse de signer avec; un autre outil (ou une horloge truquée) le fait
    pdf = signer_avec_un_autre_outil(rapport_vierge(), p12, "mot de passe de Paul", "signature_1")
    fichier = ecrire(tmp_path, "perime.pdf", pdf)
    attendu_fr = {"expire": "était expiré à la date de signature",
                  "pas_encore_valide": "n'était pas encore valide à la date de signature"}[quand]
    attendu_en = {"expire": "had expired at the signing date",
                  "pas_encore_valide": "was not yet valid at the signing date"}[quand]
    for options in ((), ("--confiance", str(pem))):
        code, sortie, _ = lancer(capsys, "verifier", str(fichier), *options)
        assert code == 1, sortie
        assert attendu_fr in sortie and "Bilan : ÉCHEC" in sortie
    code, sortie, _ = lancer(capsys, "--langue", "en", "verifier", str(fichier))
    assert code == 1 and attendu_en in sortie
    constat = signature.verifier_document(pdf)
    assert constat.statut == signature.STATUT_ECHEC


def test_fenetre_de_verification_dit_signataire_non_verifie(pki, qtbot, tmp_path):
    """Pas de ✔ vert pour un imposteur; la racine importée une fois est retenue et sert aux
    vérifications suivantes."""
    from gesserv_bureau.interface.app import creer_application
    from gesserv_bureau.interface.dialogue_signature import DialogueVerification

    bob = ecrire(tmp_path, "bob.pdf", pki.signe_bob)
    marie = ecrire(tmp_path, "marie.pdf", pki.signe_marie)
    for langue, attendu in (("fr", "signataire non vérifié"), ("en", "signer not verified")):
        _app, trad = creer_application(langue)
        try:
            dialogue = DialogueVerification(langue, fichier=bob)
            qtbot.addWidget(dialogue)
            dialogue.verifier()
            qtbot.waitUntil(lambda: dialogue.constat is not None, timeout=20000)
            assert not dialogue.verdict.text().startswith("✔")
            assert attendu in dialogue.verdict.text()
            assert "1e5e20" not in dialogue.verdict.styleSheet()    # pas le vert du « valide »
        finally:
            trad.retirer()
    _app, trad = creer_application("fr")
    try:
        dialogue = DialogueVerification("fr", fichier=marie)
        qtbot.addWidget(dialogue)
        assert dialogue.liste_racines.count() == 0
        dialogue.importer_racine(pki.racine_pem)
        assert dialogue.liste_racines.count() == 1 and MINISTERE in dialogue.liste_racines.item(0).text()
        dialogue.verifier()
        qtbot.waitUntil(lambda: dialogue.constat is not None, timeout=20000)
        assert dialogue.verdict.text().startswith("✔")
        # un autre dialogue, plus tard : la racine est toujours là
        autre = DialogueVerification("fr", fichier=marie)
        qtbot.addWidget(autre)
        assert autre.liste_racines.count() == 1
        autre.liste_racines.setCurrentRow(0)
        autre.retirer_racine()
        assert autre.liste_racines.count() == 0 and confiance.racines() == []
    finally:
        trad.retirer()


# --- signer : jamais par-dessus une signature cassée, jamais deux fois la même personne ---------
def _octet_change(pdf: bytes) -> bytes:
    trafique = bytearray(pdf)
    position = trafique.index(b"/Title") + 8     # dans la partie signée
    trafique[position] ^= 0x01
    return bytes(trafique)


def _annotation_ajoutee(pdf: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    ecrivain = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page = ecrivain.root["/Pages"]["/Kids"][0].get_object()
    note = ecrivain.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Text"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (500, 700, 520, 720)]),
        generic.NameObject("/Contents"): generic.TextStringObject("Chiffre corrigé après la signature"),
    }))
    if "/Annots" in page:
        page["/Annots"].append(note)
    else:
        page[generic.NameObject("/Annots")] = generic.ArrayObject([note])
    ecrivain.update_container(page)
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    return sortie.getvalue()


@pytest.mark.parametrize("trafic,attendu", [
    (_octet_change, "ses signatures existantes ne se vérifient pas"),
    (_annotation_ajoutee, "a été modifié après sa dernière signature"),
], ids=["octet_change", "modifie_apres"])
def test_signer_refuse_un_document_altere(pki, tmp_path, capsys, monkeypatch, trafic, attendu):
    trafique = ecrire(tmp_path, "trafique.pdf", trafic(pki.signe_marie))
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", MDP_JEAN)
    code, sortie, erreurs = lancer(capsys, "signer", str(trafique), "--certificat", str(pki.jean_p12),
                                   "--sortie", str(tmp_path / "contresigne.pdf"))
    assert code == 1, sortie
    assert attendu in erreurs and "Rien n'a été signé" in erreurs
    assert not (tmp_path / "contresigne.pdf").exists()
    with pytest.raises(ErreurSignature) as erreur:
        signature.signer(trafique.read_bytes(), pki.jean_p12, MDP_JEAN)
    assert attendu in erreur.value.texte("fr")
    assert "Nothing was signed" in erreur.value.texte("en")


@pytest.mark.parametrize("deuxieme", ["meme_certificat", "meme_nom"])
def test_une_personne_ne_remplit_pas_les_deux_champs(pki, tmp_path, capsys, monkeypatch, deuxieme):
    p12 = pki.marie_p12 if deuxieme == "meme_certificat" else pki.marie_bis_p12
    with pytest.raises(ErreurSignature) as erreur:
        signature.signer(pki.signe_marie, p12, MDP_MARIE)
    assert erreur.value.code == "meme_signataire"
    assert "ne peut pas remplir à la fois le champ du préparateur et celui de l'approbateur" in erreur.value.texte("fr")
    assert "cannot fill both the preparer's and the approver's field" in erreur.value.texte("en")
    signe = ecrire(tmp_path, "signe.pdf", pki.signe_marie)
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", MDP_MARIE)
    code, _, erreurs = lancer(capsys, "signer", str(signe), "--certificat", str(p12),
                              "--sortie", str(tmp_path / "deux-fois.pdf"))
    assert code == 1 and "Marie-Ève Tremblay" in erreurs and not (tmp_path / "deux-fois.pdf").exists()
    # signé deux fois par un autre outil : la vérification le refuse
    deux_fois = signer_avec_un_autre_outil(pki.signe_marie, p12, MDP_MARIE, "signature_2")
    constat = signature.verifier_document(deux_fois, [pki.racine_pem])
    assert constat.statut == signature.STATUT_ECHEC and "doc_meme_signataire" in constat.problemes()
    assert "une même personne a signé" in "\n".join(constat.lignes("fr"))


# --- jamais par-dessus un fichier existant sans le dire ---------------------------------------------
def test_signer_ne_remplace_pas_un_fichier_existant(pki, tmp_path, capsys, monkeypatch):
    rapport = ecrire(tmp_path, "rapport.pdf", pki.rapport)
    existant = ecrire(tmp_path, "signe.pdf", b"%PDF-1.7 un autre document important")
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", MDP_MARIE)
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--certificat", str(pki.marie_p12),
                              "--sortie", str(existant))
    assert code == 1 and "existe déjà" in erreurs and "--remplacer" in erreurs
    assert existant.read_bytes() == b"%PDF-1.7 un autre document important"
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--certificat", str(pki.marie_p12),
                              "--sortie", str(existant), "--remplacer")
    assert code == 0, erreurs
    assert signature.verifier_document(existant.read_bytes()).signatures[0].signataire == "Marie-Ève Tremblay"


def test_rapport_sortie_ne_remplace_pas_un_fichier_existant(tmp_path, capsys):
    base = tmp_path / "base.sqlite"
    assert lancer(capsys, "--base", str(base), "demo")[0] == 0
    existant = ecrire(tmp_path, "inventaire.pdf", b"ne pas perdre")
    code, _, erreurs = lancer(capsys, "--base", str(base), "rapport", "inventaire", "--sortie", str(existant))
    assert code == 1 and "existe déjà" in erreurs and "--remplacer" in erreurs
    assert existant.read_bytes() == b"ne pas perdre"
    code, _, erreurs = lancer(capsys, "--langue", "en", "--base", str(base), "rapport", "inventaire",
                              "--sortie", str(existant))
    assert code == 1 and "already exists" in erreurs
    code, sortie, erreurs = lancer(capsys, "--base", str(base), "rapport", "inventaire", "--sortie", str(existant),
                                   "--remplacer")
    assert code == 0, erreurs
    assert existant.read_bytes().startswith(b"%PDF-")


def test_fenetre_de_signature_demande_avant_de_remplacer(pki, qtbot, tmp_path, monkeypatch):
    """Le nom proposé (« -signe.pdf ») existe déjà : la fenêtre demande; « Non » n'écrit rien."""
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import creer_application
    from gesserv_bureau.interface.dialogue_signature import DialogueSignature

    rapport = ecrire(tmp_path, "rapport.pdf", pki.rapport)
    existant = ecrire(tmp_path, "rapport-signe.pdf", b"%PDF-1.7 signe la semaine passee")
    questions: list[str] = []
    reponse = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, _t, texte, *a, **k: questions.append(texte) or reponse[0]))
    _app, trad = creer_application("fr")
    try:
        dialogue = DialogueSignature(None, "fr", source=rapport)
        qtbot.addWidget(dialogue)
        assert Path(dialogue.sortie.text()) == existant
        dialogue.certificat.setText(str(pki.marie_p12))
        dialogue.mot_de_passe.setText(MDP_MARIE)
        dialogue.signer()
        assert questions and "rapport-signe.pdf" in questions[0]
        assert dialogue.resultat is None and existant.read_bytes() == b"%PDF-1.7 signe la semaine passee"
        reponse[0] = QMessageBox.StandardButton.Yes
        dialogue.mot_de_passe.setText(MDP_MARIE)
        dialogue.signer()
        qtbot.waitUntil(lambda: dialogue.resultat is not None or bool(dialogue.erreur), timeout=20000)
        assert dialogue.resultat == existant, dialogue.erreur
        assert existant.read_bytes().startswith(b"%PDF-")
        assert signature.verifier_document(existant.read_bytes()).signatures
    finally:
        trad.retirer()


# --- 7. les fichiers privés restent privés ----------------------------------------------------------
@pytest.fixture
def umask_zero():
    ancien = os.umask(0)
    yield
    os.umask(ancien)


def _mode(chemin: Path) -> int:
    return stat.S_IMODE(chemin.stat().st_mode)


def test_p12_et_pem_crees_0600_et_dossiers_0700_sous_umask_0(tmp_path, capsys, monkeypatch, umask_zero):
    dossier = tmp_path / "cles" / "ministere"        # deux dossiers que l'application crée
    racine = dossier / "racine.p12"
    certificats.creer_racine(MINISTERE, racine, MDP_RACINE)
    utilisateur = dossier / "personnes" / "marie.p12"
    certificats.creer_certificat_utilisateur("Marie", None, racine, MDP_RACINE, utilisateur, MDP_MARIE)
    personnel = dossier / "lea.p12"
    certificats.creer_certificat_personnel("Léa", None, personnel, "mot de passe de Léa")
    pem = dossier / "publics" / "racine.pem"
    certificats.exporter_pem(racine, MDP_RACINE, pem)
    for fichier in (racine, utilisateur, personnel, pem):
        assert _mode(fichier) == 0o600, (fichier, oct(_mode(fichier)))
    for cree in (tmp_path / "cles", dossier, dossier / "personnes", dossier / "publics"):
        assert _mode(cree) == 0o700, (cree, oct(_mode(cree)))
    # par la ligne de commande aussi, avec --pem
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", MDP_RACINE)
    code, _, erreurs = lancer(capsys, "certificat", "racine", "--ministere", "Autre", "--sortie",
                              str(tmp_path / "cli" / "r.p12"), "--pem", str(tmp_path / "cli" / "r.pem"))
    assert code == 0, erreurs
    assert _mode(tmp_path / "cli" / "r.p12") == _mode(tmp_path / "cli" / "r.pem") == 0o600
    assert _mode(tmp_path / "cli") == 0o700
    # les racines retenues
    confiance.ajouter(pem)
    assert _mode(confiance.dossier()) == 0o700
    assert [_mode(f) for f in confiance.fichiers()] == [0o600]


@pytest.mark.parametrize("langue,attendu", [("fr", "au moins 12 caractères"), ("en", "at least 12 characters")])
def test_mot_de_passe_de_racine_trop_court_refuse(tmp_path, capsys, monkeypatch, langue, attendu):
    with pytest.raises(ErreurSignature) as erreur:
        certificats.creer_racine(MINISTERE, tmp_path / "r.p12", "onze-caract")      # 11 caractères
    assert erreur.value.code == "mot_de_passe_racine_court"
    assert not (tmp_path / "r.p12").exists()
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "court")
    code, sortie, erreurs = lancer(capsys, "--langue", langue, "certificat", "racine", "--ministere", MINISTERE,
                                   "--sortie", str(tmp_path / "r.p12"), "--pem", str(tmp_path / "r.pem"))
    assert code == 1 and attendu in erreurs and sortie == ""
    assert not (tmp_path / "r.p12").exists() and not (tmp_path / "r.pem").exists()
    certificats.creer_racine(MINISTERE, tmp_path / "r.p12", "douze-caract")      # 12 : accepté
    assert (tmp_path / "r.p12").exists()


@pytest.mark.parametrize("action", ["utilisateur", "personnel"])
@pytest.mark.parametrize("langue,attendu", [("fr", "moins de 12 caractères"), ("en", "fewer than 12 characters")])
def test_mot_de_passe_court_d_utilisateur_averti(pki, tmp_path, capsys, monkeypatch, action, langue, attendu):
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE_RACINE", MDP_RACINE)
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "court")
    options = ["--racine", str(pki.racine_p12)] if action == "utilisateur" else []
    code, sortie, erreurs = lancer(capsys, "--langue", langue, "certificat", action, "--nom", "Nadia Court",
                                   *options, "--sortie", str(tmp_path / "nadia.p12"))
    assert code == 0, erreurs
    assert (tmp_path / "nadia.p12").exists()
    assert attendu in erreurs and "nadia.p12" in erreurs
    assert certificats.charger_p12(tmp_path / "nadia.p12", "court").nom == "Nadia Court"
    # un mot de passe assez long : aucun avertissement
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "un mot de passe assez long")
    code, _, erreurs = lancer(capsys, "certificat", action, "--nom", "Nadia Longue", *options,
                              "--sortie", str(tmp_path / "nadia-2.p12"))
    assert code == 0 and erreurs == ""
