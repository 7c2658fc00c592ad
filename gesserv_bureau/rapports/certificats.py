"""Les certificats de signature, hors ligne (cryptography) : une racine ministérielle qui émet
les certificats des utilisateurs, ou un certificat personnel autosigné.

- :func:`creer_racine` : l'autorité de certification du ministère (ECDSA P-256, autosignée,
  ``BasicConstraints`` CA, usages ``keyCertSign`` et ``cRLSign``). Elle reste sur un poste hors
  ligne; son certificat public (:func:`exporter_pem`) est ce que le vérificateur reçoit pour
  « faire confiance à une seule racine ».
- :func:`creer_certificat_utilisateur` : un certificat de signature émis par la racine
  (ECDSA P-256, ``digitalSignature`` + ``nonRepudiation``, usages étendus protection du courriel
  et signature de documents, **aucune** adresse de révocation ni d'émetteur à aller chercher :
  la vérification ne va jamais sur le réseau).
- :func:`creer_certificat_pour_cle` : le même, émis pour une clé publique lue d'une carte à
  puce ou d'un jeton (PKCS#11), dont la clé privée ne quitte jamais la carte : le certificat
  (PEM ou DER) est ensuite écrit sur la carte.
- :func:`creer_certificat_personnel` : le même, autosigné, pour qui n'a pas de racine.

Chaque certificat est écrit dans un fichier PKCS#12 (.p12) protégé par un mot de passe que
l'application ne garde jamais; le fichier est créé lisible du seul propriétaire (0600, et 0700
pour les dossiers que l'application crée), quel que soit l'umask, et jamais par-dessus un autre.
Le mot de passe d'une racine a au moins 12 caractères (:data:`LONGUEUR_MIN_MOT_DE_PASSE`); un
mot de passe plus court d'utilisateur est accepté, avec un avertissement (:func:`mot_de_passe_court`). Les erreurs sont des :class:`ErreurSignature` dont le texte est
donné dans la langue de l'utilisateur (``referentiel.messages_signature``).

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from gesserv_bureau.rapports import fichiers
from gesserv_bureau.referentiel import messages_signature as messages
from gesserv_bureau.referentiel import messages_systeme

# id-kp-documentSigning (RFC 9336) : accepté par pyHanko, ignoré sans gêne par les autres.
OID_SIGNATURE_DOCUMENTS = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
DUREE_MAX_RACINE = 30
DUREE_MAX_UTILISATEUR = 10
# La clé de la racine émet toutes les identités du ministère : son fichier, s'il est copié, ne doit
# pas céder à un essai de mots de passe courts.
LONGUEUR_MIN_MOT_DE_PASSE = 12
_COURRIEL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ErreurSignature(Exception):
    """Un refus ou une erreur de la signature, avec son code et ses paramètres; ``texte(langue)``
    le met en mots (français ou anglais). Rien n'a été écrit quand elle est levée."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(messages.texte(code, "fr", **params))

    def texte(self, langue: str) -> str:
        return messages.texte(self.code, langue, **self.params)


class MotDePasseIncorrect(ErreurSignature):
    """Le mot de passe ne déchiffre pas le fichier PKCS#12."""

    def __init__(self, fichier: str | os.PathLike):
        super().__init__("mot_de_passe_incorrect", fichier=str(fichier))


class CertificatInutilisable(ErreurSignature):
    """Le certificat ne peut pas servir à signer : usages de clé absents, expiré, pas encore valide."""


@dataclass(frozen=True)
class Identite:
    """Le contenu d'un fichier PKCS#12 : la clé privée, son certificat et ceux qui l'accompagnent."""

    cle: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificat: x509.Certificate
    chaine: tuple[x509.Certificate, ...] = field(default_factory=tuple)

    @property
    def nom(self) -> str:
        return nom_commun(self.certificat)


# --- lecture -------------------------------------------------------------------------------
def nom_commun(certificat: x509.Certificate) -> str:
    noms = certificat.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(noms[0].value) if noms else certificat.subject.rfc4514_string()


def nom_emetteur(certificat: x509.Certificate) -> str:
    noms = certificat.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(noms[0].value) if noms else certificat.issuer.rfc4514_string()


def courriel(certificat: x509.Certificate) -> str | None:
    try:
        san = certificat.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        adresses = san.get_values_for_type(x509.RFC822Name)
        if adresses:
            return adresses[0]
    except x509.ExtensionNotFound:
        pass
    noms = certificat.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
    return str(noms[0].value) if noms else None


def lire_fichier(chemin: Path) -> bytes:
    """Le fichier en octets; absent ou illisible : une ``ErreurSignature`` qui le nomme."""
    try:
        return chemin.read_bytes()
    except FileNotFoundError:
        raise ErreurSignature("introuvable", fichier=str(chemin)) from None
    except OSError as exc:
        raise ErreurSignature("illisible", fichier=str(chemin), detail=messages_systeme.detail(exc)) from None


def _structure_pkcs12(donnees: bytes) -> bool:
    """Vrai si les octets ont la forme d'un PKCS#12 (sans le déchiffrer) : c'est ce qui
    distingue « mauvais mot de passe » de « ce n'est pas un .p12 »."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(donnees, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except (ValueError, TypeError, KeyError):
        return False


def charger_p12(chemin: str | os.PathLike, mot_de_passe: str) -> Identite:
    """La clé et les certificats d'un fichier PKCS#12.

    :raises MotDePasseIncorrect: le mot de passe ne l'ouvre pas.
    :raises ErreurSignature: fichier introuvable, illisible, pas un PKCS#12, sans clé privée.
    """
    chemin = Path(chemin)
    donnees = lire_fichier(chemin)
    if not _structure_pkcs12(donnees):
        raise ErreurSignature("pas_p12", fichier=str(chemin))
    essais = [mot_de_passe.encode("utf-8")] if mot_de_passe else [None, b""]
    cle = certificat = None
    autres: list = []
    for essai in essais:
        try:
            cle, certificat, autres = pkcs12.load_key_and_certificates(donnees, essai)
            break
        except ValueError:
            continue
        except UnsupportedAlgorithm as exc:
            raise ErreurSignature("illisible", fichier=str(chemin), detail=str(exc)) from None
    else:
        raise MotDePasseIncorrect(chemin)
    if cle is None or certificat is None:
        raise ErreurSignature("p12_sans_cle", fichier=str(chemin))
    if not isinstance(cle, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise ErreurSignature("cle_non_prise_en_charge", fichier=str(chemin), type=type(cle).__name__)
    return Identite(cle, certificat, tuple(autres or ()))


def charger_certificats(chemin: str | os.PathLike) -> list[x509.Certificate]:
    """Les certificats d'un fichier PEM (un ou plusieurs) ou DER : les racines de confiance."""
    chemin = Path(chemin)
    donnees = lire_fichier(chemin)
    try:
        if b"-----BEGIN CERTIFICATE-----" in donnees:
            return x509.load_pem_x509_certificates(donnees)
        return [x509.load_der_x509_certificate(donnees)]
    except ValueError:
        raise ErreurSignature("certificat_illisible", fichier=str(chemin)) from None


def verifier_usage_signature(certificat: x509.Certificate, maintenant: dt.datetime | None = None) -> None:
    """Refuse un certificat qui ne peut pas signer un document : sans l'usage
    ``digitalSignature`` ni ``nonRepudiation``, expiré ou pas encore valide.

    :raises CertificatInutilisable:
    """
    nom = nom_commun(certificat)
    try:
        usages = certificat.extensions.get_extension_for_class(x509.KeyUsage).value
        permis = usages.digital_signature or usages.content_commitment
    except x509.ExtensionNotFound:
        permis = False
    if not permis:
        raise CertificatInutilisable("usage_cle", nom=nom)
    maintenant = maintenant or dt.datetime.now(dt.timezone.utc)
    if maintenant > certificat.not_valid_after_utc:
        raise CertificatInutilisable("certificat_expire", nom=nom, date=certificat.not_valid_after_utc.date().isoformat())
    if maintenant < certificat.not_valid_before_utc:
        raise CertificatInutilisable("certificat_pas_encore_valide", nom=nom,
                                     date=certificat.not_valid_before_utc.date().isoformat())


# --- création ------------------------------------------------------------------------------
def _verifier_mot_de_passe(mot_de_passe: str) -> None:
    if not mot_de_passe:
        raise ErreurSignature("mot_de_passe_vide")


def mot_de_passe_court(mot_de_passe: str) -> bool:
    """Vrai si le mot de passe a moins de :data:`LONGUEUR_MIN_MOT_DE_PASSE` caractères : refusé
    pour une racine, accepté avec un avertissement pour un certificat d'utilisateur ou personnel
    (à l'interface ou à la ligne de commande de le dire)."""
    return len(mot_de_passe or "") < LONGUEUR_MIN_MOT_DE_PASSE


def _verifier_mot_de_passe_racine(mot_de_passe: str) -> None:
    _verifier_mot_de_passe(mot_de_passe)
    if mot_de_passe_court(mot_de_passe):
        raise ErreurSignature("mot_de_passe_racine_court", minimum=LONGUEUR_MIN_MOT_DE_PASSE)


def _verifier_nom(nom: str) -> str:
    nom = (nom or "").strip()
    if not nom:
        raise ErreurSignature("nom_vide")
    return nom


def _verifier_courriel(adresse: str | None) -> str | None:
    adresse = (adresse or "").strip()
    if not adresse:
        return None
    if not _COURRIEL.match(adresse) or not adresse.isascii():
        raise ErreurSignature("courriel_invalide", courriel=adresse)
    return adresse


def _verifier_duree(annees: int, maximum: int) -> None:
    if not isinstance(annees, int) or not 1 <= annees <= maximum:
        raise ErreurSignature("duree_invalide", annees=annees, maximum=maximum)


def _periode(annees: int) -> tuple[dt.datetime, dt.datetime]:
    # quelques minutes de marge pour une horloge un peu en retard sur un autre poste
    debut = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(minutes=10)
    try:
        fin = debut.replace(year=debut.year + annees)
    except ValueError:  # 29 février
        fin = debut.replace(year=debut.year + annees, day=28)
    return debut, fin


def _ecrire_p12(chemin: Path, nom: str, cle, certificat: x509.Certificate,
                autres: list[x509.Certificate], mot_de_passe: str) -> None:
    donnees = pkcs12.serialize_key_and_certificates(
        nom.encode("utf-8"), cle, certificat, autres or None,
        serialization.BestAvailableEncryption(mot_de_passe.encode("utf-8")),
    )
    _ecrire_atomique(chemin, donnees)


def _ecrire_atomique(chemin: Path, donnees: bytes) -> None:
    """Écrit à côté puis met en place (``rapports.fichiers``) : un fichier existant n'est jamais
    remplacé, ni à moitié ni en entier (on perdrait une clé privée). Le fichier est créé en 0600
    et les dossiers qui manquent en 0700, quel que soit l'umask."""
    try:
        fichiers.ecrire(chemin, donnees, remplacer=False, creer_dossier=True)
    except FileExistsError:
        raise ErreurSignature("deja_present", fichier=str(chemin)) from None
    except OSError as exc:
        raise ErreurSignature("ecriture_impossible", fichier=str(chemin), detail=messages_systeme.detail(exc)) from None


def _nom_sujet(nom: str, organisation: str | None, adresse: str | None = None) -> x509.Name:
    attributs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "CA")]
    if organisation:
        attributs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]))
    attributs.append(x509.NameAttribute(NameOID.COMMON_NAME, nom[:64]))
    if adresse:
        attributs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, adresse))
    return x509.Name(attributs)


def _usages_signature() -> list[tuple[x509.ExtensionType, bool]]:
    return [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                       data_encipherment=False, key_agreement=False, key_cert_sign=False,
                       crl_sign=False, encipher_only=False, decipher_only=False), True),
        (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, OID_SIGNATURE_DOCUMENTS]), False),
    ]


def creer_racine(nom_ministere: str, chemin_p12: str | os.PathLike, mot_de_passe: str,
                 annees: int = 10) -> x509.Certificate:
    """Crée la racine ministérielle (autorité de certification hors ligne) dans ``chemin_p12``.

    :return: son certificat (à exporter en PEM pour les vérificateurs).
    :raises ErreurSignature: mot de passe vide ou de moins de 12 caractères, nom vide, durée
        invalide, fichier déjà présent.
    """
    nom_ministere = _verifier_nom(nom_ministere)
    _verifier_mot_de_passe_racine(mot_de_passe)
    _verifier_duree(annees, DUREE_MAX_RACINE)
    cle = ec.generate_private_key(ec.SECP256R1())
    sujet = _nom_sujet(f"{nom_ministere} — racine de signature", nom_ministere)
    debut, fin = _periode(annees)
    publique = cle.public_key()
    certificat = (
        x509.CertificateBuilder()
        .subject_name(sujet).issuer_name(sujet)
        .public_key(publique)
        .serial_number(x509.random_serial_number())
        .not_valid_before(debut).not_valid_after(fin)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(publique), critical=False)
        .sign(cle, hashes.SHA256())
    )
    _ecrire_p12(Path(chemin_p12), sujet.rfc4514_string(), cle, certificat, [], mot_de_passe)
    return certificat


def creer_certificat_utilisateur(nom: str, courriel: str | None, racine_p12: str | os.PathLike,
                                 mot_de_passe_racine: str, chemin_p12: str | os.PathLike, mot_de_passe: str,
                                 annees: int = 2) -> x509.Certificate:
    """Crée le certificat de signature d'un utilisateur, émis par la racine ministérielle.

    Le fichier écrit contient la clé de l'utilisateur, son certificat et celui de la racine
    (la signature les emporte : le vérificateur n'a besoin que de la racine).

    :raises MotDePasseIncorrect: le mot de passe de la racine ne l'ouvre pas.
    :raises ErreurSignature: la racine n'en est pas une ou expire trop tôt, nom ou courriel invalide…
    """
    nom = _verifier_nom(nom)
    adresse = _verifier_courriel(courriel)
    _verifier_mot_de_passe(mot_de_passe)
    _verifier_duree(annees, DUREE_MAX_UTILISATEUR)
    racine = charger_racine(racine_p12, mot_de_passe_racine)
    cle = ec.generate_private_key(ec.SECP256R1())
    certificat = _emettre(racine, Path(racine_p12), nom, adresse, cle.public_key(), annees)
    _ecrire_p12(Path(chemin_p12), nom, cle, certificat, [racine.certificat], mot_de_passe)
    return certificat


def charger_racine(racine_p12: str | os.PathLike, mot_de_passe_racine: str) -> Identite:
    """La racine ministérielle d'un .p12 : refusée si son certificat n'est pas celui d'une autorité
    (``BasicConstraints`` CA et ``keyCertSign``).

    :raises MotDePasseIncorrect: le mot de passe ne l'ouvre pas.
    :raises ErreurSignature: ``pas_une_racine``, fichier introuvable, illisible…
    """
    racine = charger_p12(racine_p12, mot_de_passe_racine)
    try:
        contraintes = racine.certificat.extensions.get_extension_for_class(x509.BasicConstraints).value
        usages = racine.certificat.extensions.get_extension_for_class(x509.KeyUsage).value
        est_racine = contraintes.ca and usages.key_cert_sign
    except x509.ExtensionNotFound:
        est_racine = False
    if not est_racine:
        raise ErreurSignature("pas_une_racine", fichier=str(racine_p12))
    return racine


def _emettre(racine: Identite, fichier_racine: Path, nom: str, adresse: str | None, publique,
             annees: int) -> x509.Certificate:
    """Le certificat de signature de ``nom`` pour la clé publique ``publique``, signé par la racine."""
    debut, fin = _periode(annees)
    if fin > racine.certificat.not_valid_after_utc:
        raise ErreurSignature("racine_expiree", fichier=str(fichier_racine),
                              date=racine.certificat.not_valid_after_utc.date().isoformat())
    organisations = racine.certificat.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    organisation = str(organisations[0].value) if organisations else None
    constructeur = (
        x509.CertificateBuilder()
        .subject_name(_nom_sujet(nom, organisation))
        .issuer_name(racine.certificat.subject)
        .public_key(publique)
        .serial_number(x509.random_serial_number())
        .not_valid_before(debut).not_valid_after(fin)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(publique), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(racine.cle.public_key()), critical=False)
    )
    for extension, critique in _usages_signature():
        constructeur = constructeur.add_extension(extension, critical=critique)
    if adresse:
        constructeur = constructeur.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(adresse)]),
                                                  critical=False)
    return constructeur.sign(racine.cle, hashes.SHA256())


def charger_cle_publique(chemin: str | os.PathLike):
    """La clé publique d'un fichier PEM ou DER (``SubjectPublicKeyInfo``, ce que
    ``pkcs11-tool --read-object --type pubkey`` lit sur une carte) : ECDSA P-256 ou P-384, ou RSA
    de 2048 bits ou plus.

    :raises ErreurSignature: ``cle_publique_illisible``, ``cle_publique_non_prise_en_charge``.
    """
    chemin = Path(chemin)
    donnees = lire_fichier(chemin)
    try:
        if b"-----BEGIN" in donnees:
            publique = serialization.load_pem_public_key(donnees)
        else:
            publique = serialization.load_der_public_key(donnees)
    except (ValueError, UnsupportedAlgorithm):
        raise ErreurSignature("cle_publique_illisible", fichier=str(chemin)) from None
    if isinstance(publique, ec.EllipticCurvePublicKey) and publique.curve.name in ("secp256r1", "secp384r1"):
        return publique
    if isinstance(publique, rsa.RSAPublicKey) and publique.key_size >= 2048:
        return publique
    raise ErreurSignature("cle_publique_non_prise_en_charge", fichier=str(chemin))


def creer_certificat_pour_cle(nom: str, courriel: str | None, cle_publique: str | os.PathLike,
                              racine_p12: str | os.PathLike, mot_de_passe_racine: str,
                              chemin_certificat: str | os.PathLike, annees: int = 2) -> x509.Certificate:
    """Émet, par la racine ministérielle, le certificat de signature d'une clé qui ne quitte
    jamais sa carte : la clé publique est lue d'un fichier (:func:`charger_cle_publique`), le
    certificat écrit en PEM (en DER si le nom finit par ``.der`` ou ``.cer``, ce que
    ``pkcs11-tool --write-object`` écrit sur la carte). Mêmes usages qu'un certificat
    d'utilisateur : signature numérique et non-répudiation, aucune adresse réseau.

    :raises MotDePasseIncorrect: le mot de passe de la racine ne l'ouvre pas.
    :raises ErreurSignature: clé publique illisible ou refusée, racine invalide ou expirant trop tôt,
        nom ou courriel invalide, durée invalide, fichier déjà présent (rien n'est écrit).
    """
    nom = _verifier_nom(nom)
    adresse = _verifier_courriel(courriel)
    _verifier_duree(annees, DUREE_MAX_UTILISATEUR)
    publique = charger_cle_publique(cle_publique)
    chemin_certificat = Path(chemin_certificat)
    if chemin_certificat.exists() or chemin_certificat.is_symlink():
        raise ErreurSignature("deja_present", fichier=str(chemin_certificat))
    racine = charger_racine(racine_p12, mot_de_passe_racine)
    certificat = _emettre(racine, Path(racine_p12), nom, adresse, publique, annees)
    if chemin_certificat.suffix.lower() in (".der", ".cer"):
        _ecrire_atomique(chemin_certificat, certificat.public_bytes(serialization.Encoding.DER))
    else:
        _ecrire_atomique(chemin_certificat, pem(certificat))
    return certificat


def creer_certificat_personnel(nom: str, courriel: str | None, chemin_p12: str | os.PathLike,
                               mot_de_passe: str, annees: int = 2) -> x509.Certificate:
    """Crée un certificat de signature personnel, autosigné (sans racine ministérielle). Un
    vérificateur ne lui fait confiance que s'il reçoit ce certificat même (``exporter_pem``)."""
    nom = _verifier_nom(nom)
    adresse = _verifier_courriel(courriel)
    _verifier_mot_de_passe(mot_de_passe)
    _verifier_duree(annees, DUREE_MAX_UTILISATEUR)
    cle = ec.generate_private_key(ec.SECP256R1())
    publique = cle.public_key()
    sujet = _nom_sujet(nom, None)
    debut, fin = _periode(annees)
    constructeur = (
        x509.CertificateBuilder()
        .subject_name(sujet).issuer_name(sujet)
        .public_key(publique)
        .serial_number(x509.random_serial_number())
        .not_valid_before(debut).not_valid_after(fin)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(publique), critical=False)
    )
    for extension, critique in _usages_signature():
        constructeur = constructeur.add_extension(extension, critical=critique)
    if adresse:
        constructeur = constructeur.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(adresse)]),
                                                  critical=False)
    certificat = constructeur.sign(cle, hashes.SHA256())
    _ecrire_p12(Path(chemin_p12), nom, cle, certificat, [], mot_de_passe)
    return certificat


def pem(certificat: x509.Certificate) -> bytes:
    return certificat.public_bytes(serialization.Encoding.PEM)


def ecrire_pem(certificat: x509.Certificate, chemin_pem: str | os.PathLike) -> None:
    """Écrit le certificat public en PEM (jamais par-dessus un fichier existant)."""
    _ecrire_atomique(Path(chemin_pem), pem(certificat))


def exporter_pem(chemin_p12: str | os.PathLike, mot_de_passe: str, chemin_pem: str | os.PathLike,
                 racine: bool = True) -> x509.Certificate:
    """Écrit en PEM le certificat public d'un fichier PKCS#12 (jamais sa clé), pour
    ``verifier --confiance`` : par défaut la racine de la chaîne (le dernier certificat, qui
    s'émet lui-même), sinon le certificat du titulaire.

    :return: le certificat écrit.
    """
    identite = charger_p12(chemin_p12, mot_de_passe)
    choisi = identite.certificat
    if racine:
        for candidat in (identite.certificat, *identite.chaine):
            if candidat.issuer == candidat.subject:
                choisi = candidat
                break
    ecrire_pem(choisi, chemin_pem)
    return choisi


def est_autosigne(certificat: x509.Certificate) -> bool:
    return certificat.issuer == certificat.subject


# --- l'identité d'un signataire ---------------------------------------------------------------
def empreinte_certificat(certificat: x509.Certificate) -> str:
    """L'empreinte SHA-256 du certificat (DER), en hexadécimal."""
    return certificat.fingerprint(hashes.SHA256()).hex()


def empreinte_cle(certificat: x509.Certificate) -> str:
    """L'empreinte SHA-256 de la clé publique (SubjectPublicKeyInfo DER), en hexadécimal : deux
    certificats d'une même clé ont la même."""
    cle = certificat.public_key().public_bytes(serialization.Encoding.DER,
                                              serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashes.Hash(hashes.SHA256())
    digest.update(cle)
    return digest.finalize().hex()


def nom_normalise(nom: str) -> str:
    """Le nom sans accents, casse ni espaces en trop : « Marie-Ève  Tremblay » et « marie-eve
    tremblay » désignent la même personne."""
    decompose = unicodedata.normalize("NFKD", nom or "")
    sans_accents = "".join(c for c in decompose if not unicodedata.combining(c))
    return " ".join(sans_accents.casefold().split())
