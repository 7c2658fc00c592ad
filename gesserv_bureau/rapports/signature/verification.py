"""Vérifier les signatures d'un PDF, hors ligne : pour chaque signature, intacte ou non, qui a
signé et quand, avec un certificat valide à cette date ou non, de confiance ou non envers les
racines données (``chaine``), et si le document a changé depuis; pour le document, s'il a changé
après la dernière signature, si une signature a été retirée, si une même personne a signé deux
champs. Les constats sont rendus par ``constats``.

Avant de signer, :func:`controler_signatures_existantes` refuse un document dont les signatures
ne se vérifient pas.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.rapports.signature import chaine, revocations
from gesserv_bureau.rapports.signature.champs import cle_champ
from gesserv_bureau.rapports.signature.commun import (
    PdfInvalide,
    detail_erreur,
    hors_boucle,
    journaux_discrets,
    verifier_entete,
)
from gesserv_bureau.rapports.signature.constats import (
    CODES_MODIFICATION,
    COUVERTURE_ANORMALE,
    COUVERTURE_FICHIER,
    COUVERTURE_REVISION,
    MODIF_ANNOTATIONS,
    MODIF_AUCUNE,
    MODIF_AUTRE,
    MODIF_SIGNATURES,
    ResultatSignature,
    VerificationDocument,
    memes_signataires,
)


def _niveau_modification(statut) -> str | None:
    from pyhanko.sign.diff_analysis import ModificationLevel

    niveau = statut.modification_level
    if niveau is None:
        return None
    return {
        ModificationLevel.NONE: MODIF_AUCUNE,
        ModificationLevel.LTA_UPDATES: MODIF_SIGNATURES,
        ModificationLevel.FORM_FILLING: MODIF_SIGNATURES,
        ModificationLevel.ANNOTATIONS: MODIF_ANNOTATIONS,
    }.get(niveau, MODIF_AUTRE)


def _evaluer(lecteur, nom: str, champ_ref, rang: int, racines: list, moment) -> tuple[ResultatSignature, int, int, object]:
    """Le constat d'une signature, sa révision signée et la fin de sa plage d'octets."""
    import hashlib

    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        signature = EmbeddedPdfSignature(lecteur, champ_ref, nom)
        contexte = chaine.contexte_validation(racines, moment)
        statut = validate_pdf_signature(
            signature, signer_validation_context=contexte,
            key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}),
        )
    except Exception as exc:  # noqa: BLE001 - /Contents détruit, CMS illisible, structure cassée…
        return ResultatSignature(champ=nom, rang=rang, lisible=False, detail=detail_erreur(exc)), 1 << 62, 1 << 62, None

    certificat = statut.signing_cert
    sujet = certificat.subject.native
    emetteur = certificat.issuer.native
    courriel = None
    for nom_alt in (certificat.subject_alt_name_value or []):
        if nom_alt.name == "rfc822_name":
            courriel = nom_alt.native
            break
    courriel = courriel or sujet.get("email_address")
    couverture = {
        SignatureCoverageLevel.ENTIRE_FILE: COUVERTURE_FICHIER,
        SignatureCoverageLevel.ENTIRE_REVISION: COUVERTURE_REVISION,
    }.get(statut.coverage, COUVERTURE_ANORMALE)
    racine = empreinte_racine = ""
    if statut.validation_path is not None and statut.trusted:
        ancre = statut.validation_path.trust_anchor
        nom_ancre = ancre.authority.name
        racine = nom_ancre.native.get("common_name") or nom_ancre.human_friendly
        certificat_ancre = getattr(ancre, "certificate", None)
        empreinte_racine = certificat_ancre.sha256.hex() if certificat_ancre is not None else ""
    de_confiance = bool(statut.trusted) if racines else None
    indication = statut.trust_problem_indic
    sig_obj = signature.sig_object
    # la période de validité à la date de signature déclarée (à défaut : au moment de la vérification)
    date_signature = statut.signer_reported_dt or moment or dt.datetime.now(dt.timezone.utc)
    resultat = ResultatSignature(
        champ=nom, rang=rang, lisible=True,
        signataire=sujet.get("common_name") or certificat.subject.human_friendly,
        courriel=courriel,
        emetteur=emetteur.get("common_name") or certificat.issuer.human_friendly,
        date=statut.signer_reported_dt,
        intacte=bool(statut.intact and statut.valid),
        intacte_octets=bool(statut.intact),
        valide=bool(statut.valid),
        de_confiance=de_confiance,
        raison_confiance=None if (de_confiance or not racines) else chaine.raison_confiance(
            indication, chaine.usage_cle_ok(certificat)),
        usage_cle_ok=chaine.usage_cle_ok(certificat),
        couverture=couverture,
        modification=_niveau_modification(statut),
        docmdp_ok=statut.docmdp_ok,
        bottom_line=bool(statut.bottom_line),
        detail=getattr(indication, "name", "") if indication else "",
        racine=racine,
        empreinte_racine=empreinte_racine,
        raison=_texte_pdf(sig_obj.get("/Reason")),
        lieu=_texte_pdf(sig_obj.get("/Location")),
        validite=chaine.validite(certificat, date_signature),
        debut_validite=certificat.not_valid_before,
        fin_validite=certificat.not_valid_after,
        empreinte_certificat=certificat.sha256.hex(),
        empreinte_cle=hashlib.sha256(certificat.public_key.dump()).hexdigest(),
    )
    plage = signature.byte_range
    return resultat, signature.signed_revision, int(plage[2]) + int(plage[3]), certificat


def _texte_pdf(valeur) -> str | None:
    return None if valeur is None else str(valeur)


def _signatures_retirees(lecteur, remplis_maintenant: set[str]) -> list[str]:
    """Les champs signés dans une révision antérieure du fichier et vides (ou disparus) dans la
    dernière : une signature retirée par une mise à jour incrémentale."""
    from pyhanko.sign.fields import enumerate_sig_fields

    retirees: list[str] = []
    total = lecteur.xrefs.total_revisions
    for revision in range(max(total - 1, 0)):
        try:
            historique = lecteur.get_historical_resolver(revision)
            noms = [nom for nom, _v, _r in enumerate_sig_fields(historique, filled_status=True)]
        except Exception:  # noqa: BLE001 - une révision illisible ne cache rien de plus ici
            continue
        for nom in noms:
            if nom not in remplis_maintenant and nom not in retirees:
                retirees.append(nom)
    return sorted(retirees, key=cle_champ)


def verifier_document(pdf: bytes, racines: Sequence = (), *, fichier: str = "",
                      maintenant: dt.datetime | None = None, crls: Sequence = ()) -> VerificationDocument:
    """Vérifie toutes les signatures de ``pdf`` (hors ligne).

    :param racines: les certificats de confiance (la racine ministérielle, ou le certificat
        personnel d'un signataire) : fichiers PEM ou DER, ou certificats ``cryptography``. Les
        racines retenues par l'application (``confiance.fichiers()``) sont à ajouter par
        l'appelant. Sans racine, un document intact est au mieux :data:`STATUT_NON_VERIFIE`.
    :param maintenant: le moment de la vérification (par défaut : maintenant).
    :param crls: les listes de révocation reçues (``revocation.ListeRevocation``); celles que le
        document emporte (``/DSS``, couvert par la signature qui les a ajoutées) s'y ajoutent.
        Seule une liste signée par une des racines données compte; la plus récente de l'émetteur
        du signataire dit s'il est révoqué (``revocations.appliquer``). Rien n'est cherché sur le
        réseau.

    À appeler hors du fil de l'interface (pyHanko appelle ``asyncio.run``).

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises ErreurSignature: un fichier de racine introuvable ou illisible.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    hors_boucle()
    journaux_discrets()
    verifier_entete(pdf, fichier)
    racines_asn1 = chaine.racines_asn1(racines)
    try:
        lecteur = PdfFileReader(io.BytesIO(bytes(pdf)), strict=False)
        champs = list(enumerate_sig_fields(lecteur))
    except Exception as exc:  # noqa: BLE001
        raise PdfInvalide("pdf_endommage", fichier=fichier, detail=detail_erreur(exc)) from None

    evaluees = []
    vides = []
    for nom, valeur, ref in champs:
        if valeur is None:
            vides.append(nom)
            continue
        evaluees.append((nom, ref))
    constats = []
    for nom, ref in evaluees:
        constats.append(_evaluer(lecteur, nom, ref, 0, racines_asn1, maintenant))
    # dans l'ordre où elles ont été apposées (révision signée, puis fin de la plage signée)
    constats.sort(key=lambda c: (c[1], c[2], cle_champ(c[0].champ)))
    signatures = [_renumeroter(c[0], i) for i, c in enumerate(constats, start=1)]
    listes = [*crls, *revocations.incorporees(lecteur)]
    signatures, utilisees, ignorees = revocations.appliquer(signatures, [c[3] for c in constats], listes,
                                                            racines, maintenant)

    lisibles = [c for c in constats if c[0].lisible]
    modifie_apres = False
    if lisibles:
        derniere = max(lisibles, key=lambda c: (c[1], c[2]))[0]
        modifie_apres = derniere.couverture != COUVERTURE_FICHIER
    retirees = _signatures_retirees(lecteur, {nom for nom, _ in evaluees})
    return VerificationDocument(
        signatures=signatures,
        champs_vides=sorted(vides, key=cle_champ),
        modifie_apres_derniere=modifie_apres,
        signatures_retirees=retirees,
        confiance_exigee=bool(racines_asn1),
        memes_signataires=memes_signataires(signatures),
        listes=utilisees,
        listes_ignorees=ignorees,
    )


def _renumeroter(resultat: ResultatSignature, rang: int) -> ResultatSignature:
    from dataclasses import replace

    return replace(resultat, rang=rang)


def verifier(pdf: bytes, racines: Sequence = (), **options) -> list[ResultatSignature]:
    """Le constat de chaque signature, dans l'ordre où elles ont été apposées; le constat du
    document entier (modifié après la dernière signature, signature retirée) est donné par
    :func:`verifier_document`. À appeler hors du fil de l'interface."""
    return verifier_document(pdf, racines, **options).signatures


# --- avant de signer : les signatures déjà là ----------------------------------------------
class SignaturesExistantesInvalides(ErreurSignature):
    """Le document porte des signatures qui ne se vérifient pas, ou il a changé après la
    dernière : le signer entérinerait l'altération. Le texte dit aussi ce qui ne va pas."""

    def __init__(self, code: str, constat: VerificationDocument, **params):
        self.constat = constat
        super().__init__(code, **params)

    def texte(self, langue: str) -> str:
        return "\n".join([super().texte(langue), *("  • " + ligne for ligne in self.constat.lignes_echec(langue))])


def controler_signatures_existantes(pdf: bytes, racines: Sequence = (), *, fichier: str = "",
                                    maintenant: dt.datetime | None = None) -> VerificationDocument:
    """Refuse un document dont les signatures existantes ne se vérifient pas (altérées,
    illisibles, retirées, certificat hors validité, même personne deux fois) ou qui a changé
    après sa dernière signature; renvoie le constat sinon (un document encore sans signature
    passe). La confiance n'est pas exigée ici : le constat dit si les signataires précédents
    sont vérifiés (``non_verifiees``), à l'appelant de l'avertir.

    :raises SignaturesExistantesInvalides: codes ``modifie_apres_signature`` ou
        ``signatures_existantes_invalides``.
    """
    constat = verifier_document(pdf, racines, fichier=fichier, maintenant=maintenant)
    if not constat.signatures and not constat.signatures_retirees:
        return constat
    echecs = [c for c in constat.echecs() if c != "doc_aucune_signature"]
    if not echecs:
        return constat
    if all(c in CODES_MODIFICATION for c in echecs):
        raise SignaturesExistantesInvalides("modifie_apres_signature", constat)
    raise SignaturesExistantesInvalides("signatures_existantes_invalides", constat)
