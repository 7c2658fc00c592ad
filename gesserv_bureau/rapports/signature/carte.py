"""Signer avec une clé sur une carte à puce ou un jeton (PKCS#11), qui ne quitte jamais la carte.

- :func:`bibliotheques_courantes` : les bibliothèques PKCS#11 présentes aux endroits habituels
  (OpenSC, SoftHSM, les pilotes de cartes courants), à offrir à la personne;
- :func:`jetons` : les cartes et jetons présents (par leur étiquette), et si leur NIP est bloqué;
- :func:`cles` : les clés d'une carte, par l'étiquette et le titulaire de leur certificat (lus
  sans le NIP : un certificat est public);
- :func:`signer_carte` : ouvre une session avec le NIP (jamais gardé ni journalisé), contrôle le
  certificat comme pour un .p12, signe par :func:`apposition.apposer` et ferme la session.

Une carte qui sait hacher et signer (``CKM_ECDSA_SHA256``, ``CKM_SHA256_RSA_PKCS``) le fait
elle-même; une carte qui n'offre que la signature brute (SoftHSM 2.6 : ``CKM_ECDSA`` seul) reçoit
l'empreinte calculée sur le poste (``use_raw_mechanism`` de pyHanko). Les erreurs de la carte sont
dites en mots (``referentiel.messages_carte``) : NIP incorrect, NIP bloqué, carte retirée en cours
de route; rien n'est écrit tant que la signature n'est pas complète (l'appelant écrit le PDF rendu).

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from dataclasses import dataclass
from pathlib import Path

from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.rapports.signature.commun import detail_erreur, hors_boucle, journaux_discrets, verifier_entete
from gesserv_bureau.rapports.signature.signataires import Signataire

# Les endroits habituels des bibliothèques PKCS#11 (Debian/Ubuntu, Fedora, macOS, Windows).
EMPLACEMENTS_COURANTS = (
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/opensc-pkcs11.so",
    "/usr/lib64/opensc-pkcs11.so",
    "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so",
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/lib/libeTPkcs11.so",                    # SafeNet / Thales eToken
    "/usr/lib/libIDPrimePKCS11.so",
    "/usr/lib/x86_64-linux-gnu/libykcs11.so",     # YubiKey
    "/Library/OpenSC/lib/opensc-pkcs11.so",
    "C:/Windows/System32/opensc-pkcs11.dll",
    "C:/Windows/System32/eTPKCS11.dll",
    "C:/Windows/System32/IDPrimePKCS11.dll",
)


@dataclass(frozen=True)
class Jeton:
    """Une carte ou un jeton présent."""

    etiquette: str
    fabricant: str
    modele: str
    numero_serie: str
    nip_bloque: bool


@dataclass(frozen=True)
class CleCarte:
    """Une clé de la carte, vue par son certificat : son étiquette et son identifiant PKCS#11, le
    titulaire et l'émetteur du certificat, sa fin de validité."""

    etiquette: str
    identifiant: bytes
    titulaire: str
    emetteur: str
    fin: dt.datetime
    certificat: object   # cryptography.x509.Certificate

    @property
    def libelle(self) -> str:
        return f"{self.etiquette} — {self.titulaire}" if self.titulaire != self.etiquette else self.etiquette


def bibliotheques_courantes() -> list[str]:
    """Les bibliothèques PKCS#11 présentes sur ce poste aux endroits habituels."""
    vues: list[str] = []
    for modele in EMPLACEMENTS_COURANTS:
        for chemin in sorted(glob.glob(modele)):
            if os.path.isfile(chemin) and chemin not in vues:
                vues.append(chemin)
    return vues


def _bibliotheque(chemin: str | os.PathLike):
    import pkcs11

    chemin = str(chemin)
    if not Path(chemin).is_file():
        raise ErreurSignature("bibliotheque_introuvable", fichier=chemin)
    try:
        return pkcs11.lib(chemin)
    except Exception as exc:  # noqa: BLE001 - pkcs11 : PKCS11Error (fichier qui n'est pas un module)…
        raise ErreurSignature("bibliotheque_invalide", fichier=chemin, detail=detail_erreur(exc)) from None


def _jetons_presents(bibliotheque: str | os.PathLike) -> list:
    from pkcs11.exceptions import PKCS11Error

    lib = _bibliotheque(bibliotheque)
    resultat = []
    try:
        for emplacement in lib.get_slots(token_present=True):
            try:
                resultat.append(emplacement.get_token())
            except PKCS11Error:
                continue   # une carte mal insérée, non initialisée : elle n'est pas offerte
    except PKCS11Error as exc:
        raise ErreurSignature("bibliotheque_invalide", fichier=str(bibliotheque), detail=detail_erreur(exc)) from None
    return [j for j in resultat if j.label]


def _bloque(jeton) -> bool:
    from pkcs11.constants import TokenFlag

    return bool(jeton.flags & TokenFlag.USER_PIN_LOCKED)


def jetons(bibliotheque: str | os.PathLike) -> list[Jeton]:
    """Les cartes et jetons présents pour ``bibliotheque``, dans l'ordre de leurs emplacements.

    :raises ErreurSignature: bibliothèque introuvable ou invalide.
    """
    return [Jeton(j.label, j.manufacturer_id, j.model, j.serial.decode("ascii", "replace")
                  if isinstance(j.serial, bytes) else str(j.serial), _bloque(j))
            for j in _jetons_presents(bibliotheque)]


def _trouver_jeton(bibliotheque: str | os.PathLike, etiquette: str):
    presents = _jetons_presents(bibliotheque)
    if not presents:
        raise ErreurSignature("aucun_jeton", fichier=str(bibliotheque))
    for jeton in presents:
        if jeton.label == etiquette:
            return jeton
    raise ErreurSignature("jeton_introuvable", jeton=etiquette, jetons=", ".join(j.label for j in presents))


def _cles_de_session(session) -> list[CleCarte]:
    from cryptography import x509
    from pkcs11.constants import Attribute, ObjectClass

    resultat = []
    for objet in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            certificat = x509.load_der_x509_certificate(bytes(objet[Attribute.VALUE]))
            identifiant = bytes(objet[Attribute.ID])
            etiquette = objet[Attribute.LABEL] or identifiant.hex()
        except Exception:  # noqa: BLE001 - un objet illisible n'est pas une clé à offrir
            continue
        resultat.append(CleCarte(etiquette, identifiant, certificats.nom_commun(certificat),
                                 certificats.nom_emetteur(certificat), certificat.not_valid_after_utc, certificat))
    return resultat


def cles(bibliotheque: str | os.PathLike, jeton: str) -> list[CleCarte]:
    """Les clés (certificats) de la carte ``jeton``, lues sans NIP.

    :raises ErreurSignature: bibliothèque, carte introuvables; carte qui ne répond plus.
    """
    from pkcs11.exceptions import PKCS11Error

    carte = _trouver_jeton(bibliotheque, jeton)
    try:
        with carte.open() as session:
            return _cles_de_session(session)
    except PKCS11Error as exc:
        raise traduire(exc, jeton) from None


def controler(bibliotheque: str | os.PathLike, jeton: str, cle: str | None = None) -> CleCarte:
    """Les refus à dire avant de demander le NIP : bibliothèque, carte ou clé introuvables, NIP
    bloqué, certificat inutilisable. Rend la clé qui signera.

    :raises ErreurSignature:
    """
    carte = _trouver_jeton(bibliotheque, jeton)
    if _bloque(carte):
        raise ErreurSignature("nip_bloque", jeton=jeton)
    choisie = _choisir_cle(cles(bibliotheque, jeton), jeton, cle)
    certificats.verifier_usage_signature(choisie.certificat)
    return choisie


def _choisir_cle(disponibles: list[CleCarte], jeton: str, cle: str | None) -> CleCarte:
    if not disponibles:
        raise ErreurSignature("aucune_cle", jeton=jeton)
    noms = ", ".join(c.etiquette for c in disponibles)
    if cle:
        for candidate in disponibles:
            if cle in (candidate.etiquette, candidate.identifiant.hex()):
                return candidate
        raise ErreurSignature("cle_introuvable", cle=cle, jeton=jeton, cles=noms)
    if len(disponibles) == 1:
        return disponibles[0]
    raise ErreurSignature("cle_a_choisir", jeton=jeton, cles=noms)


def traduire(exc: BaseException, jeton: str) -> ErreurSignature:
    """L'erreur de la carte (python-pkcs11) dite en mots."""
    from pkcs11 import exceptions as e

    if isinstance(exc, ErreurSignature):
        return exc
    if isinstance(exc, (e.PinIncorrect, e.PinInvalid, e.PinLenRange)):
        return ErreurSignature("nip_incorrect", jeton=jeton)
    if isinstance(exc, (e.PinLocked, e.PinExpired)):
        return ErreurSignature("nip_bloque", jeton=jeton)
    if isinstance(exc, (e.TokenNotPresent, e.DeviceRemoved, e.SessionClosed, e.SessionHandleInvalid,
                        e.DeviceError, e.TokenNotRecognised, e.SlotIDInvalid, e.ObjectHandleInvalid,
                        e.KeyHandleInvalid)):
        return ErreurSignature("carte_retiree", jeton=jeton)
    return ErreurSignature("erreur_carte", jeton=jeton, detail=detail_erreur(exc) or type(exc).__name__)


def _signature_brute(session, certificat) -> bool:
    """Vrai si la carte ne sait pas hacher elle-même pour cette clé : l'empreinte est alors
    calculée sur le poste et la carte signe l'empreinte (``CKM_ECDSA``, ``CKM_RSA_PKCS``)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from pkcs11.mechanisms import Mechanism

    offerts = set(session.token.slot.get_mechanisms())
    if isinstance(certificat.public_key(), ec.EllipticCurvePublicKey):
        return Mechanism.ECDSA_SHA256 not in offerts and Mechanism.ECDSA in offerts
    return Mechanism.SHA256_RSA_PKCS not in offerts and Mechanism.RSA_PKCS in offerts


def signer_carte(pdf: bytes, bibliotheque: str | os.PathLike, jeton: str, nip: str, cle: str | None = None,
                 champ: str | None = None, raison: str | None = None, lieu: str | None = None, *,
                 fichier: str = "", maintenant: dt.datetime | None = None, crls=()) -> bytes:
    """Signe ``pdf`` avec la clé ``cle`` (étiquette ou identifiant hexadécimal; par défaut la
    seule de la carte) de la carte ``jeton`` et renvoie le PDF signé; comme
    :func:`apposition.signer` pour le reste (champ, tampon, contresignature, refus).

    Le NIP ouvre la session puis est oublié; la session est fermée quoi qu'il arrive.

    :param crls: listes de révocation (``revocation.ListeRevocation``) : un certificat révoqué
        est refusé, et les listes sont incorporées au document signé.
    :raises ErreurSignature: ``bibliotheque_introuvable``, ``jeton_introuvable``, ``aucune_cle``,
        ``cle_introuvable``, ``cle_a_choisir``, ``nip_vide``, ``nip_incorrect``, ``nip_bloque``,
        ``carte_retiree``, ``erreur_carte``, et ceux de :func:`apposition.apposer`.
    """
    from pkcs11.exceptions import PKCS11Error

    from gesserv_bureau.rapports.signature.apposition import apposer

    hors_boucle()
    journaux_discrets()
    verifier_entete(pdf, fichier)
    carte = _trouver_jeton(bibliotheque, jeton)
    if _bloque(carte):
        raise ErreurSignature("nip_bloque", jeton=jeton)
    if not nip:
        raise ErreurSignature("nip_vide")
    try:
        session = carte.open(user_pin=nip)
    except PKCS11Error as exc:
        raise traduire(exc, jeton) from None
    finally:
        del nip
    try:
        choisie = _choisir_cle(_cles_de_session(session), jeton, cle)
        certificats.verifier_usage_signature(choisie.certificat, maintenant)
        brute = _signature_brute(session, choisie.certificat)
        _verifier_cle_privee(session, choisie, jeton)

        def fabriquer():
            from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1
            from pyhanko.sign.pkcs11 import PKCS11Signer

            return PKCS11Signer(session, signing_cert=translate_pyca_cryptography_cert_to_asn1(choisie.certificat),
                                key_id=choisie.identifiant, use_raw_mechanism=brute, other_certs_to_pull=())

        signataire = Signataire(nom=choisie.titulaire, certificat=choisie.certificat, fabriquer=fabriquer,
                                traduire_erreur=lambda exc: traduire(exc, jeton) if isinstance(exc, PKCS11Error)
                                else None)
        return apposer(pdf, signataire, champ, raison, lieu, fichier=fichier, maintenant=maintenant, crls=crls)
    except PKCS11Error as exc:
        raise traduire(exc, jeton) from None
    finally:
        try:
            session.close()
        except Exception:  # noqa: BLE001 - carte retirée : la session est déjà perdue
            pass


def _verifier_cle_privee(session, choisie: CleCarte, jeton: str) -> None:
    from pkcs11.constants import Attribute, ObjectClass

    trouvees = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: choisie.identifiant}))
    if len(trouvees) != 1:
        raise ErreurSignature("cle_privee_absente", cle=choisie.etiquette, jeton=jeton)
