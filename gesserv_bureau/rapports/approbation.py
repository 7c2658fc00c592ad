"""La preuve d'une approbation : la signature de l'approbateur sur le contenu canonique de ce
qu'il approuve (une évaluation, une séance d'examen, une stratégie), avec son certificat et sa
chaîne, telle qu'elle voyage dans un fichier d'échange et se garde dans la base.

- :func:`signer` : signe les octets canoniques avec la clé d'un fichier PKCS#12
  (``certificats.charger_p12``) : ECDSA P-256 / SHA-256, ou RSA PKCS#1 v1.5 / SHA-256; rend le
  bloc ``approbation`` (un ``dict`` prêt pour JSON).
- :func:`verifier` : recalcule la vérification sur les octets canoniques *recalculés* par
  l'appelant, construit la chaîne jusqu'à une racine de confiance (pyhanko-certvalidator, sans
  aucune recherche sur le réseau), vérifie la validité de chaque certificat à la date de
  l'approbation et l'usage de clé du signataire (signature numérique ou non-répudiation). Le
  nom de l'approbateur est celui du certificat (CN), jamais celui qu'un fichier affirme.

Ni Qt, ni SQL, ni règle du domaine : le contenu canonique vient de ``domaine.contenu_approuve``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import concurrent.futures
import datetime as dt
import logging
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.certificats import Identite

VERSION = 1
ECDSA_SHA256 = "ECDSA-SHA256"
RSA_SHA256 = "RSA-PKCS1v15-SHA256"
ALGORITHMES = (ECDSA_SHA256, RSA_SHA256)

# Pourquoi une approbation n'est pas reconnue (les codes de ``referentiel.messages_echange``).
ILLISIBLE = "preuve_illisible"
SIGNATURE_INVALIDE = "preuve_signature_invalide"
SANS_RACINE = "preuve_sans_racine"
NON_FIABLE = "preuve_non_fiable"
HORS_VALIDITE = "preuve_hors_validite"
USAGE_CLE = "preuve_usage_cle"
DATE_ILLISIBLE = "preuve_date_illisible"


@dataclass(frozen=True)
class Constat:
    """Ce que dit la vérification d'une preuve : ``valide`` ou non, le nom du signataire tel que
    son certificat le porte (vide si illisible), la racine de confiance atteinte, et sinon la
    raison (un code de message) et un détail technique court."""

    valide: bool
    nom: str = ""
    raison: str = ""
    racine: str = ""
    detail: str = ""


def _pem(certificat: x509.Certificate) -> str:
    return certificat.public_bytes(serialization.Encoding.PEM).decode("ascii")


def signer(identite: Identite, octets: bytes, moment: dt.datetime | None = None) -> dict:
    """Le bloc ``approbation`` : la signature de ``octets`` par la clé de ``identite``, son
    certificat puis ceux qui l'accompagnent (la chaîne).

    :raises certificats.CertificatInutilisable: certificat sans usage de signature, expiré ou
        pas encore valide à ``moment`` (par défaut : maintenant).
    """
    certificats.verifier_usage_signature(identite.certificat, moment)
    cle = identite.cle
    if isinstance(cle, ec.EllipticCurvePrivateKey):
        algorithme, signature = ECDSA_SHA256, cle.sign(octets, ec.ECDSA(hashes.SHA256()))
    elif isinstance(cle, rsa.RSAPrivateKey):
        algorithme, signature = RSA_SHA256, cle.sign(octets, padding.PKCS1v15(), hashes.SHA256())
    else:  # charger_p12 n'en laisse pas passer d'autres
        raise certificats.ErreurSignature("cle_non_prise_en_charge", fichier="", type=type(cle).__name__)
    chaine = [c for c in identite.chaine if c != identite.certificat]
    return {"version": VERSION, "algorithme": algorithme, "signature": base64.b64encode(signature).decode("ascii"),
            "certificats": [_pem(identite.certificat), *(_pem(c) for c in chaine)]}


def _certificats(bloc: dict) -> list[x509.Certificate]:
    resultat = []
    for texte in bloc["certificats"]:
        resultat.append(x509.load_pem_x509_certificate(texte.encode("ascii")))
    return resultat


def signataire(bloc: dict) -> x509.Certificate | None:
    """Le certificat du signataire (le premier du bloc), ou ``None`` s'il est illisible."""
    try:
        return _certificats(bloc)[0]
    except (ValueError, UnicodeError, IndexError, KeyError, TypeError):
        return None


def nom_signataire(bloc: dict) -> str | None:
    """Le nom (CN) du signataire, tel que son certificat le porte; ``None`` s'il est illisible.
    C'est ce nom, jamais un nom écrit à côté, qui est retenu comme approbateur."""
    certificat = signataire(bloc)
    return certificats.nom_commun(certificat) if certificat is not None else None


def _verifier_signature(certificat: x509.Certificate, algorithme: str, signature: bytes, octets: bytes) -> bool:
    cle = certificat.public_key()
    try:
        if algorithme == ECDSA_SHA256 and isinstance(cle, ec.EllipticCurvePublicKey):
            cle.verify(signature, octets, ec.ECDSA(hashes.SHA256()))
            return True
        if algorithme == RSA_SHA256 and isinstance(cle, rsa.RSAPublicKey):
            cle.verify(signature, octets, padding.PKCS1v15(), hashes.SHA256())
            return True
    except InvalidSignature:
        return False
    return False


def _usage_signature(certificat: x509.Certificate) -> bool:
    try:
        usages = certificat.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return bool(usages.digital_signature or usages.content_commitment)


def _executer(coroutine_fabrique):
    """``asyncio.run`` de la validation, ou dans un fil à part si une boucle tourne déjà ici."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine_fabrique())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as fil:
        return fil.submit(lambda: asyncio.run(coroutine_fabrique())).result()


def _chemin(signataire_: x509.Certificate, chaine: list[x509.Certificate], racines: list[x509.Certificate],
            moment: dt.datetime) -> tuple[str, str]:
    """``("", nom de la racine)`` si une chaîne valide à ``moment`` mène du signataire à une
    racine; sinon ``(code, détail)``."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator import errors

    for nom in ("pyhanko", "pyhanko_certvalidator"):
        journal = logging.getLogger(nom)
        if not any(isinstance(g, logging.NullHandler) for g in journal.handlers):
            journal.addHandler(logging.NullHandler())

    def asn1(c: x509.Certificate):
        return asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))

    contexte = ValidationContext(trust_roots=[asn1(r) for r in racines], allow_fetching=False, moment=moment,
                                 revocation_mode="soft-fail")
    validateur = CertificateValidator(asn1(signataire_), intermediate_certs=[asn1(c) for c in chaine],
                                      validation_context=contexte)
    try:
        chemin = _executer(lambda: validateur.async_validate_usage(set()))
    except (errors.ExpiredError, errors.NotYetValidError) as exc:
        return HORS_VALIDITE, str(exc)[:200]
    except (errors.PathBuildingError, errors.PathValidationError, errors.InvalidCertificateError,
            errors.ValidationError) as exc:
        return NON_FIABLE, str(exc)[:200]
    except Exception as exc:  # noqa: BLE001 - une structure inattendue ne rend personne de confiance
        return NON_FIABLE, f"{type(exc).__name__}: {exc}"[:200]
    ancre = chemin.trust_anchor.authority.name
    return "", ancre.native.get("common_name") or ancre.human_friendly


def verifier(bloc: dict, octets: bytes, racines: list[x509.Certificate], moment: dt.datetime | None) -> Constat:
    """Vérifie la preuve ``bloc`` (sa forme déjà validée par le format d'échange :
    ``domaine.contenu_approuve.CLES_APPROBATION``) sur les octets canoniques recalculés
    ``octets``, envers ``racines``, à la date d'approbation ``moment`` (``None`` : illisible,
    et la preuve ne vaut rien)."""
    try:
        liste = _certificats(bloc)
        signature = base64.b64decode(bloc["signature"], validate=True)
    except (ValueError, UnicodeError, binascii.Error, KeyError, TypeError):
        return Constat(False, raison=ILLISIBLE)
    if not liste or bloc.get("version") != VERSION or bloc.get("algorithme") not in ALGORITHMES:
        return Constat(False, raison=ILLISIBLE)
    signataire_, chaine = liste[0], liste[1:]
    nom = certificats.nom_commun(signataire_)
    if moment is None:
        return Constat(False, nom, DATE_ILLISIBLE)
    if not _verifier_signature(signataire_, bloc["algorithme"], signature, octets):
        return Constat(False, nom, SIGNATURE_INVALIDE)
    if not _usage_signature(signataire_):
        return Constat(False, nom, USAGE_CLE)
    # le certificat du signataire, valide à la date de l'approbation (la validation du chemin ne
    # regarde pas la validité d'une racine : un certificat personnel retenu comme racine l'est)
    if not signataire_.not_valid_before_utc <= moment <= signataire_.not_valid_after_utc:
        return Constat(False, nom, HORS_VALIDITE)
    if not racines:
        return Constat(False, nom, SANS_RACINE)
    raison, detail = _chemin(signataire_, chaine, racines, moment)
    if raison:
        return Constat(False, nom, raison, detail=detail)
    return Constat(True, nom, racine=detail)
