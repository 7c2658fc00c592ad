"""Signer et contresigner un PDF : signature PAdES de base (B-B) par mise à jour incrémentale,
dans le premier champ ``signature_N`` vide (ou le champ demandé), avec un tampon visible.

:func:`signer` signe avec un certificat PKCS#12; :func:`apposer` fait le travail pour tout
:class:`~gesserv_bureau.rapports.signature.signataires.Signataire`, d'où que vienne sa clé.
Avant de signer, les signatures déjà là sont vérifiées (``verification.controler_signatures_existantes``) :
jamais par-dessus une signature cassée, un document changé après sa dernière signature, ni deux
champs remplis par la même personne.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from typing import TYPE_CHECKING

from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.rapports.signature import signataires
from gesserv_bureau.rapports.signature.champs import champs_du_pdf, choisir_champ
from gesserv_bureau.rapports.signature.commun import (
    PdfInvalide,
    date_lisible,
    detail_erreur,
    hors_boucle,
    journaux_discrets,
    verifier_entete,
)
from gesserv_bureau.rapports.signature.tampon import style_tampon
from gesserv_bureau.rapports.signature.verification import controler_signatures_existantes

if TYPE_CHECKING:
    from gesserv_bureau.rapports.signature.constats import ResultatSignature
    from gesserv_bureau.rapports.signature.signataires import Signataire


def _meme_personne_que(deja: "ResultatSignature", certificat) -> bool:
    """La signature ``deja`` est-elle du titulaire de ``certificat`` (même certificat, même clé
    ou même nom) ?"""
    if not deja.lisible:
        return False
    return (deja.empreinte_certificat == certificats.empreinte_certificat(certificat)
            or deja.empreinte_cle == certificats.empreinte_cle(certificat)
            or certificats.nom_normalise(deja.signataire) == certificats.nom_normalise(
                certificats.nom_commun(certificat)))


def signer(pdf: bytes, p12: str | os.PathLike, mot_de_passe: str, champ: str | None = None,
           raison: str | None = None, lieu: str | None = None, *, fichier: str = "",
           maintenant: dt.datetime | None = None, crls=()) -> bytes:
    """Signe ``pdf`` avec le certificat PKCS#12 ``p12`` et renvoie le PDF signé.

    Signature PAdES de base (B-B, ``/SubFilter /ETSI.CAdES.detached``), SHA-256, sans
    horodatage ni information de révocation (hors ligne). Le champ signé est ``champ`` ou, par
    défaut, le premier ``signature_N`` vide. Les signatures déjà présentes restent valides
    (mise à jour incrémentale). Le mot de passe n'est gardé nulle part.

    À appeler hors du fil de l'interface (pyHanko appelle ``asyncio.run``).

    :param fichier: le nom du PDF, pour les messages seulement.
    :param maintenant: le moment du contrôle de validité du certificat et de la date du tampon
        (par défaut : maintenant; les essais s'en servent pour un certificat expiré).
    :param crls: les listes de révocation à incorporer (``revocation.ListeRevocation``) : un
        certificat qu'elles révoquent est refusé (``certificat_revoque_signer``), et elles sont
        ajoutées au document signé (magasin ``/DSS`` de PAdES, mise à jour incrémentale) pour
        qu'un vérificateur qui n'a que la racine puisse décider.
    :raises MotDePasseIncorrect: le mot de passe n'ouvre pas ``p12``.
    :raises CertificatInutilisable: certificat sans usage de signature, expiré, pas encore valide.
    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises AucunChampLibre: aucun champ de signature, plus aucun champ libre, champ inconnu ou déjà signé.
    :raises SignaturesExistantesInvalides: une signature déjà là ne se vérifie pas, ou le
        document a changé après la dernière (``verification.controler_signatures_existantes``).
    :raises ErreurSignature: ``meme_signataire`` (le titulaire a déjà signé un autre champ de ce
        document : le préparateur et l'approbateur sont deux personnes), ou tout autre refus
        (fichier .p12 introuvable, illisible…).
    """
    hors_boucle()
    journaux_discrets()
    verifier_entete(pdf, fichier)
    signataire = signataires.depuis_pkcs12(p12, mot_de_passe, maintenant)
    return apposer(pdf, signataire, champ, raison, lieu, fichier=fichier, maintenant=maintenant, crls=crls)


def _refuser_si_revoque(certificat, crls, maintenant: dt.datetime | None) -> None:
    from gesserv_bureau.rapports import revocation

    liste = revocation.pour_emetteur(list(crls), certificat)
    entree = revocation.revocation(liste, certificat) if liste is not None else None
    moment = maintenant or dt.datetime.now(dt.timezone.utc)
    if entree is not None and entree.date <= moment:
        raise ErreurSignature("certificat_revoque_signer", nom=certificats.nom_commun(certificat),
                              date=entree.date.date().isoformat())


def _incorporer_listes(ecrivain, crls) -> None:
    """Ajoute les listes de révocation au magasin ``/DSS`` du document, dans la révision que la
    signature couvre : la liste est signée avec le document, et rien ne vient après la signature."""
    from asn1crypto import crl as asn1_crl
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    DocumentSecurityStore.supply_dss_in_writer(
        ecrivain, None, crls=[asn1_crl.CertificateList.load(liste.der()) for liste in crls])


def apposer(pdf: bytes, signataire: Signataire, champ: str | None = None, raison: str | None = None,
            lieu: str | None = None, *, fichier: str = "", maintenant: dt.datetime | None = None,
            crls=()) -> bytes:
    """Signe ``pdf`` au nom de ``signataire`` (voir :func:`signer`, dont il fait le travail une
    fois le certificat ouvert et contrôlé) et renvoie le PDF signé.

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises AucunChampLibre: aucun champ de signature, plus aucun champ libre, champ inconnu ou déjà signé.
    :raises SignaturesExistantesInvalides: une signature déjà là ne se vérifie pas, ou le
        document a changé après la dernière.
    :raises ErreurSignature: ``document_verrouille``, ``meme_signataire``, ``signature_impossible``.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko.sign.validation import read_certification_data

    hors_boucle()
    journaux_discrets()
    verifier_entete(pdf, fichier)
    try:
        ecrivain = IncrementalPdfFileWriter(io.BytesIO(bytes(pdf)), strict=False)
        champs = champs_du_pdf(ecrivain)
        certification = read_certification_data(ecrivain.prev)
    except Exception as exc:  # noqa: BLE001 - structure PDF inattendue
        raise PdfInvalide("pdf_endommage", fichier=fichier, detail=detail_erreur(exc)) from None
    nom_champ = choisir_champ(champs, champ)
    if certification is not None and certification.permission == MDPPerm.NO_CHANGES:
        raise ErreurSignature("document_verrouille")
    # jamais par-dessus une signature cassée ou un document changé depuis sa dernière signature,
    # et jamais deux champs (préparé par, approuvé par) remplis par la même personne
    existant = controler_signatures_existantes(pdf, fichier=fichier, maintenant=maintenant)
    for deja in existant.signatures:
        if _meme_personne_que(deja, signataire.certificat):
            raise ErreurSignature("meme_signataire", nom=deja.signataire, champ=deja.champ)
    _refuser_si_revoque(signataire.certificat, crls, maintenant)

    nom = signataire.nom
    moment = maintenant or dt.datetime.now(dt.timezone.utc)
    meta = signers.PdfSignatureMetadata(
        field_name=nom_champ,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=raison or None,
        location=lieu or None,
        name=nom,
        use_pades_lta=False,
        embed_validation_info=False,
    )
    signataire_pdf = signers.PdfSigner(meta, signer=signataire.fabriquer(), stamp_style=style_tampon(),
                                       timestamper=None)
    try:
        if crls:
            _incorporer_listes(ecrivain, crls)
        sortie = signataire_pdf.sign_pdf(
            ecrivain, existing_fields_only=True,
            appearance_text_params={"signataire": nom, "date": date_lisible(moment)},
        )
    except ErreurSignature:
        raise
    except Exception as exc:  # noqa: BLE001 - pyHanko : SigningError, PdfError, erreur de la carte…
        traduite = signataire.traduire_erreur(_cause(exc)) if signataire.traduire_erreur else None
        if traduite is not None:
            raise traduite from None
        raise ErreurSignature("signature_impossible", detail=detail_erreur(exc)) from exc
    return sortie.getvalue()


def _cause(exc: BaseException) -> BaseException:
    """L'erreur d'origine (pyHanko enveloppe celle de la carte dans une ``SigningError``)."""
    vues = 0
    while vues < 5 and type(exc).__module__.startswith("pyhanko") and (exc.__cause__ or exc.__context__):
        exc = exc.__cause__ or exc.__context__
        vues += 1
    return exc
