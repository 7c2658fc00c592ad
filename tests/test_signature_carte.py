"""La signature par carte à puce ou jeton (PKCS#11), sur un vrai jeton logiciel (SoftHSM2, la
fixture ``jeton_logiciel`` : une clé P-256 générée sur la carte, son certificat émis par la
racine de l'application et écrit sur la carte), et la révocation hors ligne (liste de
révocation signée par la racine) : signer, contresigner avec un approbateur PKCS#12, vérifier
par l'application et par pdfsig; NIP incorrect, NIP bloqué, carte retirée en cours de route;
certificat révoqué, liste périmée, liste incorporée au document. Sautés, avec la raison, là où
SoftHSM ne peut pas être installé.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtensionOID

from gesserv_bureau.rapports import certificats, revocation, signature
from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.rapports.signature import carte

from outils_tests import lancer_cli as lancer
from test_signature import ecrire, pdfsig, rapport_avec_champs


@pytest.fixture(autouse=True)
def _sans_secrets_en_env(monkeypatch):
    for variable in ("GESSERV_MOT_DE_PASSE", "GESSERV_MOT_DE_PASSE_RACINE", "GESSERV_NIP"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(scope="module")
def rapport() -> bytes:
    return rapport_avec_champs()


@pytest.fixture(scope="module")
def signe_carte(jeton_logiciel, rapport) -> bytes:
    j = jeton_logiciel
    return signature.signer_carte(rapport, j.module, j.etiquette, j.nip, raison="Auteur", lieu="Gatineau")


@pytest.fixture(scope="module")
def contresigne(jeton_logiciel, signe_carte) -> bytes:
    j = jeton_logiciel
    return signature.signer(signe_carte, j.approbateur_p12, j.mdp_approbateur, raison="Approbation")


# --- le certificat d'une clé qui reste sur la carte --------------------------------------------
def test_certificat_emis_pour_la_cle_de_la_carte(jeton_logiciel):
    j = jeton_logiciel
    cert = j.certificat
    racine = certificats.charger_certificats(j.racine_pem)[0]
    cert.verify_directly_issued_by(racine)
    usages = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usages.digital_signature and usages.content_commitment and not usages.key_cert_sign
    for oid in (ExtensionOID.CRL_DISTRIBUTION_POINTS, ExtensionOID.AUTHORITY_INFORMATION_ACCESS):
        with pytest.raises(x509.ExtensionNotFound):
            cert.extensions.get_extension_for_oid(oid)
    # la clé du certificat est celle de la carte (lue par pkcs11-tool), et la carte porte le certificat
    publique = certificats.charger_cle_publique(j.cle_publique)
    assert publique.public_numbers() == cert.public_key().public_numbers()
    (cle,) = signature.cles(j.module, j.etiquette)
    assert (cle.etiquette, cle.titulaire, cle.identifiant) == (j.cle, "Marie-Ève Carte", b"\x01")
    assert cle.certificat == cert
    (jeton,) = signature.jetons(j.module)
    assert jeton.etiquette == j.etiquette and not jeton.nip_bloque
    assert j.module in signature.bibliotheques_courantes()


def test_certificat_pour_cle_refuse_sans_rien_ecrire(jeton_logiciel, tmp_path):
    j = jeton_logiciel
    faux = tmp_path / "faux.pem"
    faux.write_text("pas une clé")
    with pytest.raises(ErreurSignature) as e:
        certificats.creer_certificat_pour_cle("X", None, faux, j.racine_p12, j.mdp_racine, tmp_path / "x.pem")
    assert e.value.code == "cle_publique_illisible" and "ne contient pas de clé publique" in e.value.texte("fr")
    assert "does not hold a readable public key" in e.value.texte("en")
    with pytest.raises(certificats.MotDePasseIncorrect):
        certificats.creer_certificat_pour_cle("X", None, j.cle_publique, j.racine_p12, "pas le bon", tmp_path / "x.pem")
    assert not (tmp_path / "x.pem").exists()


def test_cli_certificat_utilisateur_pour_une_cle_publique(jeton_logiciel, tmp_path, capsys, monkeypatch):
    j = jeton_logiciel
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE_RACINE", j.mdp_racine)
    sortie = tmp_path / "carte.pem"
    code, texte, erreurs = lancer(capsys, "certificat", "utilisateur", "--nom", "Paul Carte", "--cle-publique",
                                  str(j.cle_publique), "--racine", str(j.racine_p12), "--sortie", str(sortie))
    assert code == 0, erreurs
    assert "Certificat de « Paul Carte » émis par « Ministère des Cartes — racine de signature »" in texte
    cert = certificats.charger_certificats(sortie)[0]
    assert cert.public_key().public_numbers() == j.certificat.public_key().public_numbers()
    # jamais par-dessus un fichier existant
    code, _, erreurs = lancer(capsys, "--langue", "en", "certificat", "utilisateur", "--nom", "Paul", "--cle-publique",
                              str(j.cle_publique), "--racine", str(j.racine_p12), "--sortie", str(sortie))
    assert code == 1 and "already exists: it was not replaced" in erreurs


# --- signer avec la carte, contresigner avec un .p12 ------------------------------------------------
def test_carte_sans_hachage_signe_l_empreinte_calculee_sur_le_poste(jeton_logiciel):
    """SoftHSM 2.6 n'offre que CKM_ECDSA : l'empreinte est calculée sur le poste."""
    import pkcs11

    j = jeton_logiciel
    (token,) = [s.get_token() for s in pkcs11.lib(j.module).get_slots(token_present=True)
                if s.get_token().label == j.etiquette]
    with token.open() as session:
        assert carte._signature_brute(session, j.certificat) is (
            pkcs11.Mechanism.ECDSA_SHA256 not in set(session.token.slot.get_mechanisms()))


def test_signe_par_la_carte_contresigne_par_p12_valide(jeton_logiciel, contresigne):
    j = jeton_logiciel
    constat = signature.verifier_document(contresigne, [j.racine_pem])
    assert constat.statut == signature.STATUT_VALIDE, constat.lignes("fr")
    premiere, seconde = constat.signatures
    assert (premiere.signataire, premiere.champ, premiere.raison) == ("Marie-Ève Carte", "signature_1", "Auteur")
    assert premiere.empreinte_certificat == certificats.empreinte_certificat(j.certificat)
    assert (seconde.signataire, seconde.champ) == ("Jean Approbateur", "signature_2")
    assert all(s.intacte and s.de_confiance for s in constat.signatures)


def test_pdfsig_valide_la_carte_et_l_approbateur(jeton_logiciel, contresigne, tmp_path):
    chemin = ecrire(tmp_path, "contresigne.pdf", contresigne)
    options: list[str] = []
    if shutil.which("certutil"):
        nss = tmp_path / "nss"
        nss.mkdir()
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
        subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "racine", "-t", "C,C,C", "-i",
                        str(jeton_logiciel.racine_pem)], check=True, capture_output=True)
        options = ["-nssdir", f"sql:{nss}"]
    premiere, seconde = pdfsig(chemin, *options)
    assert premiere["Signer Certificate Common Name"] == "Marie-Ève Carte"
    assert seconde["Signer Certificate Common Name"] == "Jean Approbateur"
    assert premiere["Signature Validation"] == seconde["Signature Validation"] == "Signature is Valid."
    if options:
        assert premiere["Certificate Validation"] == seconde["Certificate Validation"] == "Certificate is Trusted."


def test_tampon_visible_au_nom_du_titulaire_de_la_carte(signe_carte):
    import pypdf
    import io

    lecteur = pypdf.PdfReader(io.BytesIO(signe_carte))
    champ = next(a.get_object() for a in lecteur.pages[-1]["/Annots"] if a.get_object().get("/T") == "signature_1")
    apparence = champ["/AP"]["/N"].get_object()
    assert apparence.get("/BBox") and float(apparence["/BBox"][2]) > 0


@pytest.mark.parametrize("langue,attendu", [
    ("fr", "NIP incorrect pour la carte « Carte Marie ». Rien n'a été signé."),
    ("en", "Wrong PIN for card “Carte Marie”. Nothing was signed."),
])
def test_cli_nip_incorrect_rien_d_ecrit(jeton_logiciel, tmp_path, capsys, monkeypatch, langue, attendu):
    j = jeton_logiciel
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    monkeypatch.setenv("GESSERV_NIP", "000000")
    code, sortie, erreurs = lancer(capsys, "--langue", langue, "signer", str(rapport), "--pkcs11", j.module,
                                   "--jeton", j.etiquette, "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 1 and attendu in erreurs and sortie == ""
    assert not (tmp_path / "signe.pdf").exists()


def test_cli_signer_par_carte_nip_demande_puis_contresigner(jeton_logiciel, tmp_path, capsys, monkeypatch):
    j = jeton_logiciel
    invites: list[str] = []

    def saisie(invite: str = "") -> str:
        invites.append(invite)
        return j.nip

    monkeypatch.setattr("getpass.getpass", saisie)
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    code, sortie, erreurs = lancer(capsys, "signer", str(rapport), "--pkcs11", j.module, "--jeton", j.etiquette,
                                   "--cle", j.cle, "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 0, erreurs
    assert invites == ["NIP de la carte « Carte Marie » : "]
    assert "Signé par Marie-Ève Carte dans le champ signature_1" in sortie
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", j.mdp_approbateur)
    code, sortie, erreurs = lancer(capsys, "signer", str(tmp_path / "signe.pdf"), "--certificat",
                                   str(j.approbateur_p12), "--sortie", str(tmp_path / "contresigne.pdf"))
    assert code == 0, erreurs
    code, sortie, _ = lancer(capsys, "verifier", str(tmp_path / "contresigne.pdf"), "--confiance", str(j.racine_pem))
    assert code == 0 and "Bilan : VALIDE — 2 signature(s) intacte(s) et de confiance" in sortie


def test_cli_refus_de_la_carte_dits_avant_le_nip(jeton_logiciel, tmp_path, capsys, monkeypatch):
    j = jeton_logiciel
    monkeypatch.setattr("getpass.getpass", lambda invite="": pytest.fail("NIP demandé"))
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    sortie = str(tmp_path / "signe.pdf")
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--pkcs11", j.module, "--sortie", sortie)
    assert code == 1 and "nommez la carte ou le jeton (--jeton ETIQUETTE). Cartes présentes : Carte Marie" in erreurs
    code, _, erreurs = lancer(capsys, "--langue", "en", "signer", str(rapport), "--sortie", sortie)
    assert code == 1 and "Give the signer's certificate (--certificat FILE.p12) or card" in erreurs
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--pkcs11", str(tmp_path / "absente.so"),
                              "--jeton", "X", "--sortie", sortie)
    assert code == 1 and "La bibliothèque PKCS#11" in erreurs and "est introuvable" in erreurs
    monkeypatch.setenv("GESSERV_NIP", j.nip)
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--pkcs11", j.module, "--jeton", "Autre carte",
                              "--sortie", sortie)
    assert code == 1 and "Aucune carte ni aucun jeton nommé « Autre carte » n'est présent (présents : Carte Marie)" \
        in erreurs
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--pkcs11", j.module, "--jeton", j.etiquette,
                              "--cle", "Inconnue", "--sortie", sortie)
    assert code == 1 and "Aucune clé « Inconnue » sur la carte « Carte Marie » (clés : Signature Marie)" in erreurs
    assert not Path(sortie).exists()


def test_nip_bloque(jeton_logiciel, rapport, monkeypatch):
    """SoftHSM ne bloque jamais son NIP : la carte est simulée telle qu'une vraie le dit."""
    from pkcs11 import exceptions

    j = jeton_logiciel
    monkeypatch.setattr(carte, "_bloque", lambda jeton: True)
    with pytest.raises(ErreurSignature) as e:
        signature.signer_carte(rapport, j.module, j.etiquette, j.nip)
    assert e.value.texte("fr").startswith("Le NIP de la carte « Carte Marie » est bloqué (trop d'essais manqués).")
    assert e.value.texte("en").startswith("The PIN of card “Carte Marie” is locked")
    # le blocage dit par la carte à l'ouverture de la session
    monkeypatch.undo()
    assert carte.traduire(exceptions.PinLocked(), "Carte Marie").code == "nip_bloque"


def test_carte_retiree_pendant_la_signature_rien_d_ecrit(jeton_logiciel, tmp_path, capsys, monkeypatch):
    from pkcs11 import exceptions
    from pyhanko.sign.pkcs11 import PKCS11Signer

    j = jeton_logiciel

    async def retiree(self, data, digest_algorithm, dry_run=False):
        if dry_run:
            return b"0" * 512
        raise exceptions.DeviceRemoved()

    monkeypatch.setattr(PKCS11Signer, "async_sign_raw", retiree)
    monkeypatch.setenv("GESSERV_NIP", j.nip)
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    code, sortie, erreurs = lancer(capsys, "--langue", "en", "signer", str(rapport), "--pkcs11", j.module, "--jeton",
                                   j.etiquette, "--sortie", str(tmp_path / "signe.pdf"))
    assert code == 1 and sortie == ""
    assert "Card “Carte Marie” was removed or stopped answering during signing. Nothing was written." in erreurs
    assert not (tmp_path / "signe.pdf").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["maison",
                                                                                                    "rapport.pdf"]


# --- la révocation --------------------------------------------------------------------------
def _revoquer(j, crl: Path, raison: str = "non-precisee", le: dt.datetime | None = None, jours: int = 30):
    return revocation.revoquer(j.certificat_pem, j.racine_p12, j.mdp_racine, crl, raison=raison, le=le, jours=jours)


def test_cli_revoquer_puis_verifier_dit_revoque(jeton_logiciel, tmp_path, capsys, monkeypatch):
    j = jeton_logiciel
    rapport = ecrire(tmp_path, "rapport.pdf", rapport_avec_champs())
    monkeypatch.setenv("GESSERV_NIP", j.nip)
    assert lancer(capsys, "signer", str(rapport), "--pkcs11", j.module, "--jeton", j.etiquette,
                  "--sortie", str(tmp_path / "avant.pdf"))[0] == 0
    crl = tmp_path / "liste.crl"
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE_RACINE", j.mdp_racine)
    code, sortie, erreurs = lancer(capsys, "certificat", "revoquer", str(j.certificat_pem), "--racine",
                                   str(j.racine_p12), "--crl", str(crl), "--raison", "cle-compromise")
    assert code == 0, erreurs
    assert "Certificat de « Marie-Ève Carte » révoqué" in sortie and "1 certificat(s) révoqué(s)" in sortie
    liste = revocation.charger(crl)
    assert liste.prochaine - liste.date == dt.timedelta(days=30)
    assert revocation.reconnue(liste, certificats.charger_certificats(j.racine_pem)) is not None
    # la signature faite avec le certificat retiré : ÉCHEC, et pourquoi, dans les deux langues
    code, sortie, _ = lancer(capsys, "verifier", str(tmp_path / "avant.pdf"), "--confiance", str(j.racine_pem),
                             "--crl", str(crl))
    assert code == 1 and "parce que sa clé est compromise (carte perdue ou volée)" in sortie
    assert "Liste de révocation utilisée : « Ministère des Cartes — racine de signature »" in sortie
    assert "ÉCHEC" in sortie
    code, sortie, _ = lancer(capsys, "--langue", "en", "verifier", str(tmp_path / "avant.pdf"), "--confiance",
                             str(j.racine_pem), "--crl", str(crl))
    assert code == 1 and "because its key is compromised (card lost or stolen)" in sortie
    # la carte révoquée ne signe plus quand la liste est donnée; rien n'est écrit
    code, _, erreurs = lancer(capsys, "signer", str(rapport), "--pkcs11", j.module, "--jeton", j.etiquette,
                              "--crl", str(crl), "--sortie", str(tmp_path / "apres.pdf"))
    assert code == 1 and "a été révoqué le" in erreurs and "il ne peut plus signer" in erreurs
    assert not (tmp_path / "apres.pdf").exists()
    # révoquer deux fois : refusé, la liste inchangée
    avant = crl.read_bytes()
    code, _, erreurs = lancer(capsys, "certificat", "revoquer", str(j.certificat_pem), "--racine",
                              str(j.racine_p12), "--crl", str(crl))
    assert code == 1 and "est déjà révoqué" in erreurs and crl.read_bytes() == avant


def test_revocation_a_partir_de_sa_date(jeton_logiciel, signe_carte, tmp_path):
    """Révoqué pour un départ : la signature déclarée avant la révocation reste valide (le constat
    le dit); révoqué avant la signature : invalide."""
    j = jeton_logiciel
    (date_signature,) = [s.date for s in signature.verifier(signe_carte)]
    apres = tmp_path / "apres.crl"
    _revoquer(j, apres, raison="depart", le=date_signature + dt.timedelta(minutes=5))
    constat = signature.verifier_document(signe_carte, [j.racine_pem], crls=[revocation.charger(apres)],
                                          maintenant=date_signature + dt.timedelta(hours=1))
    assert constat.statut == signature.STATUT_VALIDE
    assert any("après cette signature (date déclarée par le signataire) : elle reste valide" in ligne
               for ligne in constat.lignes("fr"))
    avant = tmp_path / "avant.crl"
    _revoquer(j, avant, raison="depart", le=date_signature - dt.timedelta(minutes=5))
    constat = signature.verifier_document(signe_carte, [j.racine_pem], crls=[revocation.charger(avant)])
    assert constat.statut == signature.STATUT_ECHEC
    assert "sig_revoquee" in constat.echecs()
    assert any("a été faite avec un certificat retiré; elle n'est pas valide" in ligne for ligne in constat.lignes("fr"))
    assert any("was made with a withdrawn certificate; it is not valid" in ligne for ligne in constat.lignes("en"))


def test_liste_perimee_dite(jeton_logiciel, contresigne, tmp_path):
    j = jeton_logiciel
    crl = tmp_path / "vide.crl"
    liste, cible = revocation.revoquer(None, j.racine_p12, j.mdp_racine, crl, jours=1)
    assert cible is None and len(list(liste.crl)) == 0
    plus_tard = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)
    constat = signature.verifier_document(contresigne, [j.racine_pem], crls=[liste], maintenant=plus_tard)
    assert constat.liste_perimee and constat.statut == signature.STATUT_VALIDE
    assert any(ligne.startswith("Attention : la liste de révocation de « Ministère des Cartes — racine de signature »")
               and "est périmée depuis le" in ligne for ligne in constat.lignes("fr"))
    assert any("has been out of date since" in ligne for ligne in constat.lignes("en"))
    assert all(s.revocation == "non_revoquee" for s in constat.signatures)


def test_liste_d_une_autre_racine_ignoree(jeton_logiciel, contresigne, tmp_path):
    j = jeton_logiciel
    autre = tmp_path / "autre.p12"
    certificats.creer_racine("Ministère des Cartes", autre, "une autre racine 2025")
    crl = tmp_path / "autre.crl"
    revocation.revoquer(None, autre, "une autre racine 2025", crl)
    constat = signature.verifier_document(contresigne, [j.racine_pem], crls=[revocation.charger(crl)])
    assert constat.listes == [] and len(constat.listes_ignorees) == 1
    assert any("elle n'est signée par aucune racine de confiance" in ligne for ligne in constat.lignes("fr"))
    # et la racine refuse de révoquer un certificat qu'elle n'a pas émis, ou de toucher à sa liste
    with pytest.raises(ErreurSignature) as e:
        revocation.revoquer(j.certificat_pem, autre, "une autre racine 2025", tmp_path / "neuve.crl")
    assert e.value.code == "certificat_autre_racine" and not (tmp_path / "neuve.crl").exists()
    with pytest.raises(ErreurSignature) as e:
        revocation.revoquer(None, j.racine_p12, j.mdp_racine, crl)
    assert e.value.code == "crl_autre_racine"


def test_liste_incorporee_au_document(jeton_logiciel, rapport, tmp_path, capsys):
    """Signé avec la liste (--crl) : le vérificateur qui n'a que la racine décide avec elle."""
    j = jeton_logiciel
    crl = tmp_path / "liste.crl"
    revocation.revoquer(None, j.racine_p12, j.mdp_racine, crl)
    signe = signature.signer_carte(rapport, j.module, j.etiquette, j.nip, crls=[revocation.charger(crl)])
    constat = signature.verifier_document(signe, [j.racine_pem])
    assert constat.statut == signature.STATUT_VALIDE, constat.lignes("fr")
    assert [liste.source for liste in constat.listes] == ["document"]
    assert constat.signatures[0].revocation == "non_revoquee"
    contresigne = signature.signer(signe, j.approbateur_p12, j.mdp_approbateur)
    assert signature.verifier_document(contresigne, [j.racine_pem]).statut == signature.STATUT_VALIDE
    (premiere, seconde) = pdfsig(ecrire(tmp_path, "avec-liste.pdf", contresigne))
    assert premiere["Signature Validation"] == seconde["Signature Validation"] == "Signature is Valid."
    # la liste reçue ensuite, plus récente, qui révoque la carte : elle l'emporte sur celle du document
    plus_recente = tmp_path / "plus-recente.crl"
    shutil.copy(crl, plus_recente)
    _revoquer(j, plus_recente, raison="cle-compromise")
    code, sortie, _ = lancer(capsys, "verifier", str(ecrire(tmp_path, "c.pdf", contresigne)), "--confiance",
                             str(j.racine_pem), "--crl", str(plus_recente))
    assert code == 1 and "parce que sa clé est compromise" in sortie


def test_une_carte_qui_hache_signe_elle_meme():
    """L'autre sorte de carte (hors SoftHSM) : celle qui offre CKM_ECDSA_SHA256 (ou, pour RSA,
    CKM_SHA256_RSA_PKCS) hache elle-même; celle qui n'a que la signature brute reçoit l'empreinte."""
    from types import SimpleNamespace

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from pkcs11.mechanisms import Mechanism

    def session(*mecanismes):
        return SimpleNamespace(token=SimpleNamespace(slot=SimpleNamespace(get_mechanisms=lambda: set(mecanismes))))

    def certificat(cle):
        import datetime as dt

        nom = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "Essai")])
        maintenant = dt.datetime.now(dt.timezone.utc)
        return (x509.CertificateBuilder().subject_name(nom).issuer_name(nom).public_key(cle.public_key())
                .serial_number(1).not_valid_before(maintenant).not_valid_after(maintenant + dt.timedelta(days=1))
                .sign(cle, hashes.SHA256()))

    ecdsa, rsa_ = certificat(ec.generate_private_key(ec.SECP256R1())), certificat(
        rsa.generate_private_key(public_exponent=65537, key_size=2048))
    assert carte._signature_brute(session(Mechanism.ECDSA, Mechanism.ECDSA_SHA256), ecdsa) is False
    assert carte._signature_brute(session(Mechanism.ECDSA), ecdsa) is True
    assert carte._signature_brute(session(Mechanism.RSA_PKCS, Mechanism.SHA256_RSA_PKCS), rsa_) is False
    assert carte._signature_brute(session(Mechanism.RSA_PKCS), rsa_) is True
