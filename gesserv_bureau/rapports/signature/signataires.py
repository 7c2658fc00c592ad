"""Qui signe : le titulaire d'un certificat et de sa clé, prêt à signer pour pyHanko.

:func:`depuis_pkcs12` ouvre un fichier ``.p12`` (le mot de passe n'est gardé nulle part) et
contrôle l'usage et la validité du certificat; ``carte.signer_carte`` fait de même d'une clé sur
une carte à puce ou un jeton (PKCS#11). :func:`apposition.apposer` ne connaît que le
:class:`Signataire`.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gesserv_bureau.rapports import certificats


@dataclass(frozen=True)
class Signataire:
    """Le titulaire qui signe : son nom (celui du tampon et de ``/Name``), son certificat
    (``cryptography``, pour reconnaître qu'il a déjà signé un autre champ) et de quoi fabriquer
    le signataire pyHanko (``pyhanko.sign.signers.Signer``) au moment d'apposer la signature;
    ``traduire_erreur`` dit en mots une erreur propre à l'origine de la clé (une carte retirée en
    cours de signature), ou rend ``None`` pour le message général."""

    nom: str
    certificat: Any
    fabriquer: Callable[[], Any]
    traduire_erreur: Callable[[BaseException], Any] | None = None


def depuis_pkcs12(p12: str | os.PathLike, mot_de_passe: str, maintenant: dt.datetime | None = None) -> Signataire:
    """Le titulaire du certificat PKCS#12 ``p12``.

    :raises MotDePasseIncorrect: le mot de passe n'ouvre pas ``p12``.
    :raises CertificatInutilisable: certificat sans usage de signature, expiré, pas encore valide
        (à ``maintenant``, par défaut maintenant).
    :raises ErreurSignature: fichier .p12 introuvable, illisible…
    """
    identite = certificats.charger_p12(p12, mot_de_passe)
    certificats.verifier_usage_signature(identite.certificat, maintenant)

    def fabriquer():
        from pyhanko.keys.internal import (
            translate_pyca_cryptography_cert_to_asn1,
            translate_pyca_cryptography_key_to_asn1,
        )
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        return signers.SimpleSigner(
            signing_cert=translate_pyca_cryptography_cert_to_asn1(identite.certificat),
            signing_key=translate_pyca_cryptography_key_to_asn1(identite.cle),
            cert_registry=SimpleCertificateStore.from_certs(
                [translate_pyca_cryptography_cert_to_asn1(c) for c in identite.chaine]),
        )

    return Signataire(nom=identite.nom, certificat=identite.certificat, fabriquer=fabriquer)
