"""La révocation hors ligne : la liste de révocation (CRL) que la racine ministérielle signe et
publie, et ce qu'elle dit d'un certificat.

- :func:`revoquer` : la racine retire un certificat qu'elle a émis (départ, carte perdue…) : la
  liste est créée ou mise à jour (les révocations déjà là gardées, son numéro augmenté), signée
  par la racine, avec sa date de prochaine mise à jour, et écrite d'un coup (jamais à moitié).
  Sans certificat, la liste est seulement republiée (nouvelle date de prochaine mise à jour).
- :func:`charger`, :func:`depuis_octets` : une liste lue d'un fichier (PEM ou DER) ou incorporée
  dans un document signé;
- :func:`reconnue` : la liste est-elle signée par une des racines données ? Une liste qu'aucune
  racine de confiance ne signe ne prouve rien et n'est pas utilisée;
- :func:`revocation` : l'entrée d'un certificat dans une liste (sa date, sa raison), ou rien.

Rien n'est jamais cherché sur le réseau : la liste est un fichier que la personne reçoit (ou que
le document signé emporte). Ni Qt ni SQL ici; ni pyHanko.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from gesserv_bureau.rapports import certificats, fichiers
from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.referentiel import messages_systeme

JOURS_DEFAUT = 30
JOURS_MAX = 366
SOURCE_FICHIER, SOURCE_DOCUMENT = "fichier", "document"
# les raisons offertes (RFC 5280) : une clé compromise rend invalide toute signature de la clé,
# quelle que soit sa date déclarée (sans horodatage, une date déclarée ne prouve rien)
RAISONS = {
    "non-precisee": x509.ReasonFlags.unspecified,
    "cle-compromise": x509.ReasonFlags.key_compromise,
    "depart": x509.ReasonFlags.cessation_of_operation,
    "changement": x509.ReasonFlags.affiliation_changed,
    "remplace": x509.ReasonFlags.superseded,
}


@dataclass(frozen=True)
class ListeRevocation:
    """Une liste de révocation et d'où elle vient (``fichier`` : son chemin; ``document`` :
    incorporée au PDF signé)."""

    crl: x509.CertificateRevocationList
    source: str = SOURCE_FICHIER
    fichier: str = ""

    @property
    def emetteur(self) -> str:
        noms = self.crl.issuer.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        return str(noms[0].value) if noms else self.crl.issuer.rfc4514_string()

    @property
    def date(self) -> dt.datetime:
        return self.crl.last_update_utc

    @property
    def prochaine(self) -> dt.datetime | None:
        return self.crl.next_update_utc

    def perimee(self, moment: dt.datetime | None = None) -> bool:
        """Vrai si la date de prochaine mise à jour est passée : une révocation plus récente peut manquer."""
        moment = moment or dt.datetime.now(dt.timezone.utc)
        return self.prochaine is None or moment > self.prochaine

    def der(self) -> bytes:
        return self.crl.public_bytes(serialization.Encoding.DER)


@dataclass(frozen=True)
class Revocation:
    """L'entrée d'un certificat dans une liste."""

    date: dt.datetime
    raison: x509.ReasonFlags | None

    @property
    def cle_compromise(self) -> bool:
        return self.raison in (x509.ReasonFlags.key_compromise, x509.ReasonFlags.ca_compromise)


def depuis_octets(donnees: bytes, source: str = SOURCE_FICHIER, fichier: str = "") -> ListeRevocation:
    """:raises ErreurSignature: ``crl_illisible``."""
    try:
        if b"-----BEGIN" in donnees[:64]:
            crl = x509.load_pem_x509_crl(donnees)
        else:
            crl = x509.load_der_x509_crl(donnees)
    except ValueError:
        raise ErreurSignature("crl_illisible", fichier=fichier or source) from None
    return ListeRevocation(crl, source, fichier)


def charger(chemin: str | os.PathLike) -> ListeRevocation:
    """La liste du fichier ``chemin`` (PEM ou DER).

    :raises ErreurSignature: introuvable, illisible, ``crl_illisible``.
    """
    chemin = Path(chemin)
    return depuis_octets(certificats.lire_fichier(chemin), SOURCE_FICHIER, str(chemin))


def reconnue(liste: ListeRevocation, racines: list[x509.Certificate]) -> x509.Certificate | None:
    """La racine (parmi ``racines``) qui a signé la liste, ou ``None``."""
    for racine in racines:
        if racine.subject != liste.crl.issuer:
            continue
        try:
            if liste.crl.is_signature_valid(racine.public_key()):
                return racine
        except (TypeError, ValueError):
            continue
    return None


def revocation(liste: ListeRevocation, certificat: x509.Certificate) -> Revocation | None:
    """L'entrée de ``certificat`` dans la liste (même émetteur, même numéro de série), ou ``None``."""
    if certificat.issuer != liste.crl.issuer:
        return None
    entree = liste.crl.get_revoked_certificate_by_serial_number(certificat.serial_number)
    if entree is None:
        return None
    try:
        raison = entree.extensions.get_extension_for_class(x509.CRLReason).value.reason
    except x509.ExtensionNotFound:
        raison = None
    return Revocation(entree.revocation_date_utc, raison)


def pour_emetteur(listes: list[ListeRevocation], certificat: x509.Certificate) -> ListeRevocation | None:
    """La liste la plus récente de l'émetteur de ``certificat``."""
    candidates = [liste for liste in listes if liste.crl.issuer == certificat.issuer]
    return max(candidates, key=lambda liste: liste.date) if candidates else None


def revoquer(certificat: str | os.PathLike | None, racine_p12: str | os.PathLike, mot_de_passe_racine: str,
             chemin_crl: str | os.PathLike, *, jours: int = JOURS_DEFAUT, raison: str = "non-precisee",
             le: dt.datetime | None = None) -> tuple[ListeRevocation, x509.Certificate | None]:
    """Révoque ``certificat`` (fichier PEM ou DER émis par la racine; ``None`` : republier la
    liste seulement) dans la liste ``chemin_crl``, créée si elle n'existe pas, signée par la
    racine, valide ``jours`` jours; écrite d'un coup, à la place de l'ancienne.

    :param le: la date de la révocation (par défaut : maintenant).
    :return: la liste écrite et le certificat révoqué.
    :raises MotDePasseIncorrect: le mot de passe de la racine ne l'ouvre pas.
    :raises ErreurSignature: ``certificat_autre_racine``, ``crl_autre_racine``, ``deja_revoque``,
        ``duree_crl_invalide``, ``crl_illisible``, écriture impossible (rien n'est écrit).
    """
    if not isinstance(jours, int) or not 1 <= jours <= JOURS_MAX:
        raise ErreurSignature("duree_crl_invalide", jours=jours, maximum=JOURS_MAX)
    chemin_crl = Path(chemin_crl)
    cible = None
    if certificat is not None:
        (cible, *_autres) = certificats.charger_certificats(certificat)
    ancienne = charger(chemin_crl) if chemin_crl.exists() else None
    racine = certificats.charger_racine(racine_p12, mot_de_passe_racine)
    if ancienne is not None and reconnue(ancienne, [racine.certificat]) is None:
        raise ErreurSignature("crl_autre_racine", fichier=str(chemin_crl))
    if cible is not None:
        if cible.issuer != racine.certificat.subject or not _emis_par(cible, racine.certificat):
            raise ErreurSignature("certificat_autre_racine", fichier=str(certificat))
        deja = revocation(ancienne, cible) if ancienne is not None else None
        if deja is not None:
            raise ErreurSignature("deja_revoque", nom=certificats.nom_commun(cible), date=deja.date.date().isoformat())
    maintenant = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    numero = 1
    constructeur = (x509.CertificateRevocationListBuilder()
                    .issuer_name(racine.certificat.subject)
                    .last_update(maintenant)
                    .next_update(maintenant + dt.timedelta(days=jours)))
    if ancienne is not None:
        for entree in ancienne.crl:
            constructeur = constructeur.add_revoked_certificate(entree)
        try:
            numero = ancienne.crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number + 1
        except x509.ExtensionNotFound:
            numero = 1
    if cible is not None:
        entree = (x509.RevokedCertificateBuilder()
                  .serial_number(cible.serial_number)
                  .revocation_date((le or maintenant).astimezone(dt.timezone.utc).replace(microsecond=0))
                  .add_extension(x509.CRLReason(RAISONS.get(raison, x509.ReasonFlags.unspecified)), critical=False)
                  .build())
        constructeur = constructeur.add_revoked_certificate(entree)
    constructeur = (constructeur
                    .add_extension(x509.CRLNumber(numero), critical=False)
                    .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(racine.cle.public_key()),
                                   critical=False))
    crl = constructeur.sign(racine.cle, hashes.SHA256())
    try:
        fichiers.ecrire(chemin_crl, crl.public_bytes(serialization.Encoding.DER), remplacer=True, creer_dossier=True)
    except OSError as exc:
        raise ErreurSignature("ecriture_impossible", fichier=str(chemin_crl),
                              detail=messages_systeme.detail(exc)) from None
    return ListeRevocation(crl, SOURCE_FICHIER, str(chemin_crl)), cible


def _emis_par(certificat: x509.Certificate, racine: x509.Certificate) -> bool:
    try:
        certificat.verify_directly_issued_by(racine)
        return True
    except (ValueError, TypeError, Exception):  # noqa: BLE001 - InvalidSignature
        return False
