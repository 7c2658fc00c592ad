"""La confiance dans le certificat d'un signataire : les racines données, le contexte de
validation de pyHanko (hors ligne : ``allow_fetching=False``), la raison d'un refus de
confiance, l'usage et la période de validité du certificat.

C'est ici que se décide ce que pyHanko sait de la révocation (aujourd'hui : rien, le mode
« soft-fail » sans recherche); une liste de révocation (CRL) fournie hors ligne viendrait
s'ajouter au contexte de :func:`contexte_validation`.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.signature.constats import VALIDITE_EXPIRE, VALIDITE_OK, VALIDITE_PAS_ENCORE


def racines_asn1(racines: Sequence) -> list:
    """Les racines en objets asn1crypto : chemins de fichiers PEM ou DER, ou certificats
    ``cryptography`` (ceux de ``confiance.racines()``)."""
    from cryptography import x509
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1

    resultat = []
    for racine in racines:
        liste = [racine] if isinstance(racine, x509.Certificate) else certificats.charger_certificats(racine)
        resultat.extend(translate_pyca_cryptography_cert_to_asn1(c) for c in liste)
    return resultat


def raison_confiance(indication, usage_cle_ok: bool = True) -> str:
    nom = getattr(indication, "name", str(indication or ""))
    if "CHAIN_CONSTRAINTS" in nom and usage_cle_ok:
        # pyHanko range ici un certificat autosigné qu'aucune racine donnée ne reconnaît
        return "raison_aucune_chaine"
    if "NO_CERTIFICATE_CHAIN" in nom or "CHAIN_GENERAL" in nom or "NO_POE" in nom:
        return "raison_aucune_chaine"
    if "EXPIRED" in nom or "OUT_OF_BOUNDS" in nom:
        return "raison_expire"
    if "NOT_YET_VALID" in nom:
        return "raison_pas_encore_valide"
    if "REVOKED" in nom:
        return "raison_revoque"
    if "CHAIN_CONSTRAINTS" in nom:
        return "raison_usage"
    return "raison_autre"


def contexte_validation(racines: list, moment: dt.datetime | None):
    """Le contexte de validation pyHanko d'une signature : les racines (asn1crypto), le moment
    de la vérification, sans réseau ni recherche de révocation."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=racines, allow_fetching=False, revocation_mode="soft-fail",
                             moment=moment)


def usage_cle_ok(certificat_asn1) -> bool:
    usages = certificat_asn1.key_usage_value
    if usages is None:
        return False
    permis = set(usages.native)
    return bool(permis & {"digital_signature", "non_repudiation"})


def validite(certificat_asn1, moment: dt.datetime) -> str:
    """Le certificat était-il valide au moment (de la signature déclarée) ?"""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    if moment > certificat_asn1.not_valid_after:
        return VALIDITE_EXPIRE
    if moment < certificat_asn1.not_valid_before:
        return VALIDITE_PAS_ENCORE
    return VALIDITE_OK
