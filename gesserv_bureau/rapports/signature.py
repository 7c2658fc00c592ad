"""Signer, contresigner et vérifier un rapport PDF (pyHanko), hors ligne.

- :func:`signer` : signature PAdES de base (B-B) avec un certificat PKCS#12, dans le premier
  champ ``signature_N`` encore vide (ou le champ demandé), avec un tampon visible (nom du
  signataire, date, « Signé numériquement / Digitally signed ») écrit en « Gesserv Tampon ».
  La signature est ajoutée par une mise à jour incrémentale : les signatures précédentes
  restent valides (l'approbateur contresigne le fichier signé par l'auteur). Elle est refusée
  si une signature déjà là ne se vérifie pas, si le document a changé après la dernière, ou si
  le titulaire a déjà signé un autre champ (``signature_1`` est le préparateur,
  ``signature_2`` l'approbateur : deux personnes).
- :func:`verifier_document` / :func:`verifier` : pour chaque signature, intacte ou non, qui a
  signé et quand, avec un certificat valide à cette date ou non, de confiance ou non envers les
  racines données, et si le document a changé depuis; pour le document, s'il a changé après la
  dernière signature, si une signature a été retirée, si une même personne a signé deux champs.
  Le verdict (:attr:`VerificationDocument.statut`) : valide (intact et signataires vérifiés),
  intact mais signataire non vérifié (sans racine de confiance, un nom dans un certificat ne
  prouve rien), ou échec. Tout est dit en mots simples (``referentiel.messages_signature``).

Jamais de réseau : pas de serveur d'horodatage, pas de recherche de révocation
(``allow_fetching=False``).

**Fil d'exécution.** pyHanko appelle ``asyncio.run`` pour signer et pour vérifier : ces
fonctions sont ordinaires (pas de coroutine) et ne doivent pas être appelées depuis une boucle
asyncio en cours. L'interface les exécute dans un fil de travail (``interface/taches.py``),
jamais dans le fil de l'interface : une signature ou une vérification peut prendre une fraction
de seconde, davantage sur un gros rapport.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau.chemins import dossier_ressources
from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.certificats import (  # noqa: F401 (réexportées : l'API de la signature)
    CertificatInutilisable,
    ErreurSignature,
    MotDePasseIncorrect,
)
from gesserv_bureau.referentiel import messages_signature as messages

PREFIXE_CHAMP = "signature_"
POLICE_TAMPON = "GesservTampon.ttf"
TAILLE_TAMPON = 8


class PdfInvalide(ErreurSignature):
    """Le fichier n'est pas un PDF, ou un PDF que pyHanko ne sait pas lire."""


class AucunChampLibre(ErreurSignature):
    """Plus de champ de signature vide (ou aucun champ du tout, ou le champ demandé est pris)."""


# --- outils communs --------------------------------------------------------------------------
def _journaux_discrets() -> None:
    """pyHanko journalise chaque échec de validation avec sa trace complète; sans configuration
    de journalisation, Python l'écrirait sur la sortie d'erreur (le constat, lui, est rendu en
    mots). Un gestionnaire nul suffit; une configuration de l'application les reçoit toujours."""
    for nom in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        journal = logging.getLogger(nom)
        if not any(isinstance(g, logging.NullHandler) for g in journal.handlers):
            journal.addHandler(logging.NullHandler())


def _hors_boucle() -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RuntimeError("pyHanko appelle asyncio.run : appeler signer/verifier hors d'une boucle asyncio "
                       "(dans un fil de travail).")


def _verifier_entete(pdf: bytes, fichier: str) -> None:
    if not isinstance(pdf, (bytes, bytearray)) or b"%PDF-" not in bytes(pdf[:1024]):
        raise PdfInvalide("pas_pdf", fichier=fichier)


def _cle_champ(nom: str) -> tuple[int, str]:
    """``signature_2`` avant ``signature_10``; les autres noms après, dans l'ordre alphabétique."""
    if nom.startswith(PREFIXE_CHAMP) and nom[len(PREFIXE_CHAMP):].isdigit():
        return int(nom[len(PREFIXE_CHAMP):]), nom
    return 1_000_000, nom


def _champs(handler) -> list[tuple[str, bool]]:
    """(nom, rempli) de chaque champ de signature, dans l'ordre de signature."""
    from pyhanko.sign.fields import enumerate_sig_fields

    resultat = [(nom, valeur is not None) for nom, valeur, _ref in enumerate_sig_fields(handler)]
    return sorted(resultat, key=lambda c: _cle_champ(c[0]))


def chemin_police_tampon() -> Path:
    """``ressources/polices/GesservTampon.ttf`` (fabriquée par ``outils/police_tampon.py``)."""
    return dossier_ressources() / "polices" / POLICE_TAMPON


def _style_tampon():
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(
        stamp_text="%(signataire)s\n%(date)s\n" + messages.TAMPON,
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(chemin_police_tampon()), font_size=TAILLE_TAMPON),
            font_size=TAILLE_TAMPON,
            leading=TAILLE_TAMPON + 2,
            # sans la marge de 10 points par défaut autour du texte : le champ du bloc
            # d'approbation fait 16 mm de haut, trois lignes de 8 points y tiennent sans réduction
            box_layout_rule=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID, margins=Margins.uniform(1),
            ),
        ),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID, margins=Margins.uniform(6),
        ),
        border_width=1,
        border_color=(0.16, 0.29, 0.42),
        background=None,
    )


def date_lisible(moment: dt.datetime | None) -> str:
    """``2025-01-31 14:05:12 (UTC-05:00)`` : l'heure locale de cet ordinateur, avec son décalage."""
    if moment is None:
        return "?"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone()
    decalage = local.strftime("%z")
    decalage = f"{decalage[:3]}:{decalage[3:]}" if decalage else "+00:00"
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{decalage})"


# --- signer ----------------------------------------------------------------------------------
def champs_signature(pdf: bytes, *, fichier: str = "") -> list[tuple[str, bool]]:
    """Les champs de signature du PDF, dans l'ordre de signature : (nom, déjà signé).

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    _verifier_entete(pdf, fichier)
    try:
        return _champs(PdfFileReader(io.BytesIO(bytes(pdf)), strict=False))
    except Exception as exc:  # noqa: BLE001 - tout PDF illisible
        raise PdfInvalide("pdf_endommage", fichier=fichier, detail=_detail(exc)) from None


def prochain_champ(pdf: bytes, champ: str | None = None, *, fichier: str = "") -> str:
    """Le champ que :func:`signer` remplirait : ``champ`` s'il existe et est libre, sinon le
    premier ``signature_N`` libre.

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises AucunChampLibre: aucun champ, plus de champ libre, champ inconnu ou déjà signé.
    """
    return _choisir_champ(champs_signature(pdf, fichier=fichier), champ)


def _choisir_champ(champs: list[tuple[str, bool]], champ: str | None) -> str:
    if not champs:
        raise AucunChampLibre("aucun_champ")
    libres = [nom for nom, rempli in champs if not rempli]
    if champ is None:
        # le premier signature_N vide; à défaut, le premier champ vide de tout autre nom
        numerotes = [nom for nom in libres if _cle_champ(nom)[0] < 1_000_000]
        if numerotes or libres:
            return (numerotes or libres)[0]
        raise AucunChampLibre("aucun_champ_libre", champs=", ".join(nom for nom, _ in champs))
    noms = dict(champs)
    if champ not in noms:
        raise AucunChampLibre("champ_inconnu", champ=champ, champs=", ".join(nom for nom, _ in champs))
    if noms[champ]:
        if libres:
            raise AucunChampLibre("champ_deja_signe", champ=champ, libres=", ".join(libres))
        raise AucunChampLibre("champ_deja_signe_aucun_libre", champ=champ)
    return champ


def _meme_personne_que(deja: "ResultatSignature", certificat) -> bool:
    """La signature ``deja`` est-elle du titulaire de ``certificat`` (même certificat, même clé
    ou même nom) ?"""
    if not deja.lisible:
        return False
    return (deja.empreinte_certificat == certificats.empreinte_certificat(certificat)
            or deja.empreinte_cle == certificats.empreinte_cle(certificat)
            or certificats.nom_normalise(deja.signataire) == certificats.nom_normalise(
                certificats.nom_commun(certificat)))


def _detail(exc: BaseException) -> str:
    texte = str(exc).strip() or type(exc).__name__
    return texte if len(texte) <= 200 else texte[:197] + "…"


def signer(pdf: bytes, p12: str | os.PathLike, mot_de_passe: str, champ: str | None = None,
           raison: str | None = None, lieu: str | None = None, *, fichier: str = "",
           maintenant: dt.datetime | None = None) -> bytes:
    """Signe ``pdf`` avec le certificat PKCS#12 ``p12`` et renvoie le PDF signé.

    Signature PAdES de base (B-B, ``/SubFilter /ETSI.CAdES.detached``), SHA-256, sans
    horodatage ni information de révocation (hors ligne). Le champ signé est ``champ`` ou, par
    défaut, le premier ``signature_N`` vide. Les signatures déjà présentes restent valides
    (mise à jour incrémentale). Le mot de passe n'est gardé nulle part.

    À appeler hors du fil de l'interface (pyHanko appelle ``asyncio.run``).

    :param fichier: le nom du PDF, pour les messages seulement.
    :param maintenant: le moment du contrôle de validité du certificat et de la date du tampon
        (par défaut : maintenant; les essais s'en servent pour un certificat expiré).
    :raises MotDePasseIncorrect: le mot de passe n'ouvre pas ``p12``.
    :raises CertificatInutilisable: certificat sans usage de signature, expiré, pas encore valide.
    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises AucunChampLibre: aucun champ de signature, plus aucun champ libre, champ inconnu ou déjà signé.
    :raises SignaturesExistantesInvalides: une signature déjà là ne se vérifie pas, ou le
        document a changé après la dernière (:func:`controler_signatures_existantes`).
    :raises ErreurSignature: ``meme_signataire`` (le titulaire a déjà signé un autre champ de ce
        document : le préparateur et l'approbateur sont deux personnes), ou tout autre refus
        (fichier .p12 introuvable, illisible…).
    """
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko.sign.validation import read_certification_data
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    _hors_boucle()
    _journaux_discrets()
    _verifier_entete(pdf, fichier)
    identite = certificats.charger_p12(p12, mot_de_passe)
    certificats.verifier_usage_signature(identite.certificat, maintenant)
    try:
        ecrivain = IncrementalPdfFileWriter(io.BytesIO(bytes(pdf)), strict=False)
        champs = _champs(ecrivain)
        certification = read_certification_data(ecrivain.prev)
    except Exception as exc:  # noqa: BLE001 - structure PDF inattendue
        raise PdfInvalide("pdf_endommage", fichier=fichier, detail=_detail(exc)) from None
    nom_champ = _choisir_champ(champs, champ)
    if certification is not None and certification.permission == MDPPerm.NO_CHANGES:
        raise ErreurSignature("document_verrouille")
    # jamais par-dessus une signature cassée ou un document changé depuis sa dernière signature,
    # et jamais deux champs (préparé par, approuvé par) remplis par la même personne
    existant = controler_signatures_existantes(pdf, fichier=fichier, maintenant=maintenant)
    for deja in existant.signatures:
        if _meme_personne_que(deja, identite.certificat):
            raise ErreurSignature("meme_signataire", nom=deja.signataire, champ=deja.champ)

    nom = identite.nom
    moment = maintenant or dt.datetime.now(dt.timezone.utc)
    signataire = signers.SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(identite.certificat),
        signing_key=translate_pyca_cryptography_key_to_asn1(identite.cle),
        cert_registry=SimpleCertificateStore.from_certs(
            [translate_pyca_cryptography_cert_to_asn1(c) for c in identite.chaine]),
    )
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
    signataire_pdf = signers.PdfSigner(meta, signer=signataire, stamp_style=_style_tampon(), timestamper=None)
    try:
        sortie = signataire_pdf.sign_pdf(
            ecrivain, existing_fields_only=True,
            appearance_text_params={"signataire": nom, "date": date_lisible(moment)},
        )
    except ErreurSignature:
        raise
    except Exception as exc:  # noqa: BLE001 - pyHanko : SigningError, PdfError…
        raise ErreurSignature("signature_impossible", detail=_detail(exc)) from exc
    return sortie.getvalue()


# --- vérifier --------------------------------------------------------------------------------
COUVERTURE_FICHIER = "fichier_entier"
COUVERTURE_REVISION = "revision_entiere"
COUVERTURE_ANORMALE = "anormale"

MODIF_AUCUNE = "aucune"
MODIF_SIGNATURES = "signatures"        # signatures ou remplissage de champs : permis
MODIF_ANNOTATIONS = "annotations"
MODIF_AUTRE = "autre"

VALIDITE_OK = "ok"
VALIDITE_EXPIRE = "expire"
VALIDITE_PAS_ENCORE = "pas_encore_valide"

# Le verdict d'ensemble. Sans racine de confiance, un document intact n'est jamais « valide » :
# n'importe qui peut se fabriquer un certificat au nom de n'importe qui.
STATUT_VALIDE = "valide"               # intact, chaque signataire vérifié par une racine de confiance
STATUT_NON_VERIFIE = "non_verifie"     # intact, mais au moins un signataire non vérifié
STATUT_ECHEC = "echec"                 # altéré, modifié après, signature retirée, certificat hors validité…

# les constats de modification après une signature (ce que signer refuse d'entériner)
_CODES_MODIFICATION = frozenset({"sig_annotations_apres", "sig_modifie_apres", "sig_modifications_inconnues",
                                 "doc_modifie_apres_derniere"})


@dataclass(frozen=True)
class ResultatSignature:
    """Le constat sur une signature.

    ``intacte`` : pyHanko ``intact`` (les octets signés n'ont pas changé) **et** ``valid`` (la
    signature correspond au certificat); ``de_confiance`` : pyHanko ``trusted`` envers les
    racines données (``None`` si aucune racine n'a été donnée); ``validite`` : le certificat du
    signataire était-il dans sa période de validité à la date de signature déclarée;
    ``bottom_line`` : le jugement d'ensemble de pyHanko (intacte, de confiance, modifications
    permises).
    """

    champ: str
    rang: int                          # 1 pour la première signature apposée
    lisible: bool                      # False : signature détruite ou illisible
    signataire: str = ""
    courriel: str | None = None
    emetteur: str = ""
    date: dt.datetime | None = None    # heure déclarée par le signataire (pas d'horodatage)
    intacte: bool = False
    intacte_octets: bool = False       # pyHanko ``intact`` seul : les octets signés n'ont pas changé
    valide: bool = False               # pyHanko ``valid`` seul : la signature correspond au certificat
    de_confiance: bool | None = None
    raison_confiance: str | None = None   # code messages_signature « raison_… » si pas de confiance
    usage_cle_ok: bool = True
    couverture: str = COUVERTURE_ANORMALE
    modification: str | None = None    # MODIF_… après cette signature; None : inconnue
    docmdp_ok: bool | None = None
    bottom_line: bool = False
    detail: str = ""                   # l'erreur de lecture, si illisible
    racine: str = ""                   # la racine de confiance atteinte
    empreinte_racine: str = ""         # son empreinte SHA-256 (hexadécimal)
    raison: str | None = None          # /Reason déclarée
    lieu: str | None = None            # /Location déclaré
    validite: str = VALIDITE_OK        # VALIDITE_… du certificat à la date de signature
    debut_validite: dt.datetime | None = None
    fin_validite: dt.datetime | None = None
    empreinte_certificat: str = ""     # SHA-256 du certificat du signataire
    empreinte_cle: str = ""            # SHA-256 de sa clé publique

    @property
    def modifiee_apres(self) -> bool:
        """Le document a changé après cette signature autrement que par d'autres signatures."""
        return self.modification not in (MODIF_AUCUNE, MODIF_SIGNATURES)

    def echecs(self) -> list[str]:
        """Les codes des constats d'échec : signature illisible, altérée, mal placée, certificat
        sans usage de signature ou hors de sa période de validité, document changé après elle.
        La confiance n'en fait pas partie (voir :meth:`problemes`)."""
        if not self.lisible:
            return ["sig_illisible"]
        codes = []
        if self.couverture == COUVERTURE_ANORMALE:
            codes.append("sig_couverture")
        if not self.intacte:
            codes.append("sig_alteree" if not self.intacte_octets else "sig_invalide")
        if not self.usage_cle_ok:
            codes.append("sig_usage_cle")
        if self.intacte and self.validite != VALIDITE_OK:
            codes.append("sig_certificat_expire" if self.validite == VALIDITE_EXPIRE
                         else "sig_certificat_pas_encore_valide")
        if self.intacte and self.modifiee_apres and self.couverture != COUVERTURE_ANORMALE:
            codes.append({MODIF_ANNOTATIONS: "sig_annotations_apres", MODIF_AUTRE: "sig_modifie_apres"}.get(
                self.modification or "", "sig_modifications_inconnues"))
        if self.de_confiance and not self.bottom_line and not codes:
            codes.append("sig_jugement")   # pyHanko juge la signature mauvaise : ne pas l'ignorer
        return codes

    @property
    def verifiee(self) -> bool:
        """Le signataire est vérifié : son certificat remonte à une racine de confiance."""
        return bool(self.de_confiance)

    def problemes(self) -> list[str]:
        """Les codes de tout ce qui empêche de tenir la signature pour bonne : les échecs, puis,
        pour une signature sans échec, ``sig_non_verifiee`` (aucune racine de confiance) ou
        ``sig_non_reconnue`` (elle ne remonte à aucune racine donnée)."""
        codes = self.echecs()
        if not codes and not self.verifiee:
            codes.append("sig_non_verifiee" if self.de_confiance is None else "sig_non_reconnue")
        return codes

    @property
    def statut(self) -> str:
        if self.echecs():
            return STATUT_ECHEC
        return STATUT_VALIDE if self.verifiee else STATUT_NON_VERIFIE

    def ok(self) -> bool:
        return self.statut == STATUT_VALIDE

    def texte_code(self, code: str, langue: str) -> str:
        """Le texte d'un constat de cette signature."""
        t = messages.texte
        if code == "sig_illisible":
            return t(code, langue, champ=self.champ, detail=self.detail)
        if code in ("sig_certificat_expire", "sig_certificat_pas_encore_valide"):
            return t(code, langue, nom=self.signataire, debut=_jour(self.debut_validite),
                     fin=_jour(self.fin_validite), date=date_lisible(self.date) if self.date else "?")
        if code == "sig_non_reconnue":
            raison = t(self.raison_confiance or "raison_aucune_chaine", langue, indication=self.detail or "?")
            return t(code, langue, raison=raison)
        return t(code, langue)

    def lignes(self, langue: str) -> list[str]:
        """Le constat en phrases, la première nommant la signature."""
        t = messages.texte
        qui = self.signataire + (f" <{self.courriel}>" if self.courriel else "") if self.lisible else "—"
        lignes = [t("sig_titre", langue, n=self.rang, champ=self.champ, signataire=qui)]
        if not self.lisible:
            lignes.append(self.texte_code("sig_illisible", langue))
            return lignes
        lignes.append(t("sig_date", langue, date=date_lisible(self.date)) if self.date else t("sig_sans_date", langue))
        if self.emetteur and self.emetteur != self.signataire:
            lignes.append(t("sig_emetteur", langue, emetteur=self.emetteur))
        if self.couverture == COUVERTURE_ANORMALE:
            lignes.append(t("sig_couverture", langue))
        if self.intacte:
            lignes.append(t("sig_intacte", langue))
        else:
            lignes.append(t("sig_alteree" if not self.intacte_octets else "sig_invalide", langue))
        if not self.usage_cle_ok:
            lignes.append(t("sig_usage_cle", langue))
        echecs = self.echecs()
        for code in ("sig_certificat_expire", "sig_certificat_pas_encore_valide"):
            if code in echecs:
                lignes.append(self.texte_code(code, langue))
        if not self.intacte:
            pass   # pas de confiance à évaluer pour une signature altérée
        elif self.de_confiance is None:
            lignes.append(t("sig_non_verifiee", langue))
        elif self.de_confiance:
            lignes.append(t("sig_confiance", langue, racine=self.racine,
                            empreinte=empreinte_courte(self.empreinte_racine)))
        else:
            lignes.append(self.texte_code("sig_non_reconnue", langue))
        if self.intacte and self.couverture != COUVERTURE_ANORMALE:
            code = {MODIF_AUCUNE: "sig_rien_apres", MODIF_SIGNATURES: "sig_signatures_apres",
                    MODIF_ANNOTATIONS: "sig_annotations_apres", MODIF_AUTRE: "sig_modifie_apres"}.get(
                self.modification or "", "sig_modifications_inconnues")
            lignes.append(t(code, langue))
        if "sig_jugement" in echecs:
            lignes.append(t("sig_jugement", langue))
        return lignes


def _jour(moment: dt.datetime | None) -> str:
    return moment.date().isoformat() if moment is not None else "?"


def empreinte_courte(empreinte: str) -> str:
    """``3f:a1:…:9c`` : les 8 premiers octets, de quoi comparer à l'empreinte publiée."""
    if not empreinte:
        return "?"
    octets = [empreinte[i:i + 2] for i in range(0, min(len(empreinte), 16), 2)]
    return ":".join(octets) + "…"


@dataclass(frozen=True)
class VerificationDocument:
    """Le constat sur le document entier.

    :attr:`statut` vaut :data:`STATUT_VALIDE` seulement si le document porte au moins une
    signature, que chacune est lisible, intacte, faite avec un certificat valide à sa date, et
    remonte à une racine de confiance, que rien d'autre qu'une signature n'a été ajouté après
    chacune, que rien n'a changé après la dernière, qu'aucune signature n'a été retirée et que
    deux champs n'ont pas été signés par la même personne. Intact mais avec un signataire non
    vérifié (aucune racine de confiance, ou aucune qui le reconnaisse) :
    :data:`STATUT_NON_VERIFIE`. Tout le reste : :data:`STATUT_ECHEC`.
    """

    signatures: list[ResultatSignature]
    champs_vides: list[str] = field(default_factory=list)
    modifie_apres_derniere: bool = False
    signatures_retirees: list[str] = field(default_factory=list)
    confiance_exigee: bool = False     # des racines de confiance ont été données
    memes_signataires: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (nom, champs)

    def echecs(self) -> list[str]:
        codes: list[str] = []
        if not self.signatures:
            codes.append("doc_aucune_signature")
        for s in self.signatures:
            codes.extend(s.echecs())
        if self.modifie_apres_derniere:
            codes.append("doc_modifie_apres_derniere")
        codes.extend("doc_signature_retiree" for _ in self.signatures_retirees)
        codes.extend("doc_meme_signataire" for _ in self.memes_signataires)
        return codes

    def problemes(self) -> list[str]:
        """Les échecs, puis les signataires non vérifiés (``sig_non_verifiee``, ``sig_non_reconnue``)."""
        codes = self.echecs()
        for s in self.signatures:
            codes.extend(c for c in s.problemes() if c in ("sig_non_verifiee", "sig_non_reconnue"))
        return codes

    @property
    def non_verifiees(self) -> list[ResultatSignature]:
        """Les signatures sans échec dont le signataire n'est pas vérifié."""
        return [s for s in self.signatures if s.statut == STATUT_NON_VERIFIE]

    @property
    def statut(self) -> str:
        if self.echecs():
            return STATUT_ECHEC
        return STATUT_NON_VERIFIE if self.non_verifiees else STATUT_VALIDE

    @property
    def ok(self) -> bool:
        """Vrai seulement pour :data:`STATUT_VALIDE` (intact **et** signataires vérifiés)."""
        return self.statut == STATUT_VALIDE

    def lignes_echec(self, langue: str) -> list[str]:
        """Les seuls constats d'échec, chacun précédé de la signature qu'il concerne."""
        t = messages.texte
        lignes = []
        if not self.signatures:
            lignes.append(t("doc_aucune_signature", langue))
        for s in self.signatures:
            for code in s.echecs():
                lignes.append(t("sig_prefixe", langue, n=s.rang, champ=s.champ) + s.texte_code(code, langue))
        for champ in self.signatures_retirees:
            lignes.append(t("doc_signature_retiree", langue, champ=champ))
        if self.modifie_apres_derniere:
            lignes.append(t("doc_modifie_apres_derniere", langue))
        for nom, champs in self.memes_signataires:
            lignes.append(t("doc_meme_signataire", langue, nom=nom, champs=", ".join(champs)))
        return lignes

    def lignes(self, langue: str, fichier: str | None = None) -> list[str]:
        t = messages.texte
        lignes = [t("doc_titre", langue, fichier=fichier)] if fichier else []
        for s in self.signatures:
            lignes.extend(s.lignes(langue))
        if not self.signatures:
            lignes.append(t("doc_aucune_signature", langue))
        for champ in self.signatures_retirees:
            lignes.append(t("doc_signature_retiree", langue, champ=champ))
        if self.modifie_apres_derniere:
            lignes.append(t("doc_modifie_apres_derniere", langue))
        for nom, champs in self.memes_signataires:
            lignes.append(t("doc_meme_signataire", langue, nom=nom, champs=", ".join(champs)))
        if self.champs_vides:
            lignes.append(t("doc_champs_vides", langue, champs=", ".join(self.champs_vides)))
        lignes.append(self.bilan(langue))
        return lignes

    def bilan(self, langue: str) -> str:
        """La dernière ligne : VALIDE, intact mais signataire non vérifié, ou ÉCHEC."""
        t = messages.texte
        statut = self.statut
        if statut == STATUT_VALIDE:
            return t("bilan_ok", langue, n=len(self.signatures))
        if statut == STATUT_NON_VERIFIE:
            non = self.non_verifiees
            cle = "bilan_non_verifie" if self.confiance_exigee else "bilan_non_verifie_sans_racine"
            return t(cle, langue, n=len(self.signatures), m=len(non), noms=", ".join(s.signataire for s in non))
        return t("bilan_echec", langue, n=len(self.echecs()))


def _racines_asn1(racines: Sequence) -> list:
    """Les racines en objets asn1crypto : chemins de fichiers PEM ou DER, ou certificats
    ``cryptography`` (ceux de ``confiance.racines()``)."""
    from cryptography import x509
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1

    resultat = []
    for racine in racines:
        liste = [racine] if isinstance(racine, x509.Certificate) else certificats.charger_certificats(racine)
        resultat.extend(translate_pyca_cryptography_cert_to_asn1(c) for c in liste)
    return resultat


def _raison_confiance(indication, usage_cle_ok: bool = True) -> str:
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


def _usage_cle_ok(certificat_asn1) -> bool:
    usages = certificat_asn1.key_usage_value
    if usages is None:
        return False
    permis = set(usages.native)
    return bool(permis & {"digital_signature", "non_repudiation"})


def _validite(certificat_asn1, moment: dt.datetime) -> str:
    """Le certificat était-il valide au moment (de la signature déclarée) ?"""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    if moment > certificat_asn1.not_valid_after:
        return VALIDITE_EXPIRE
    if moment < certificat_asn1.not_valid_before:
        return VALIDITE_PAS_ENCORE
    return VALIDITE_OK


def _evaluer(lecteur, nom: str, champ_ref, rang: int, racines: list, moment) -> tuple[ResultatSignature, int, int]:
    """Le constat d'une signature, sa révision signée et la fin de sa plage d'octets."""
    import hashlib

    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        signature = EmbeddedPdfSignature(lecteur, champ_ref, nom)
        contexte = ValidationContext(trust_roots=racines, allow_fetching=False, revocation_mode="soft-fail",
                                     moment=moment)
        statut = validate_pdf_signature(
            signature, signer_validation_context=contexte,
            key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}),
        )
    except Exception as exc:  # noqa: BLE001 - /Contents détruit, CMS illisible, structure cassée…
        return ResultatSignature(champ=nom, rang=rang, lisible=False, detail=_detail(exc)), 1 << 62, 1 << 62

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
        raison_confiance=None if (de_confiance or not racines) else _raison_confiance(indication,
                                                                                      _usage_cle_ok(certificat)),
        usage_cle_ok=_usage_cle_ok(certificat),
        couverture=couverture,
        modification=_niveau_modification(statut),
        docmdp_ok=statut.docmdp_ok,
        bottom_line=bool(statut.bottom_line),
        detail=getattr(indication, "name", "") if indication else "",
        racine=racine,
        empreinte_racine=empreinte_racine,
        raison=_texte_pdf(sig_obj.get("/Reason")),
        lieu=_texte_pdf(sig_obj.get("/Location")),
        validite=_validite(certificat, date_signature),
        debut_validite=certificat.not_valid_before,
        fin_validite=certificat.not_valid_after,
        empreinte_certificat=certificat.sha256.hex(),
        empreinte_cle=hashlib.sha256(certificat.public_key.dump()).hexdigest(),
    )
    plage = signature.byte_range
    return resultat, signature.signed_revision, int(plage[2]) + int(plage[3])


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
    return sorted(retirees, key=_cle_champ)


def meme_personne(a: ResultatSignature, b: ResultatSignature) -> bool:
    """Deux signatures de la même personne : même certificat, même clé, ou même nom (sans
    accents, casse ni espaces en trop)."""
    if not (a.lisible and b.lisible):
        return False
    if a.empreinte_certificat and a.empreinte_certificat == b.empreinte_certificat:
        return True
    if a.empreinte_cle and a.empreinte_cle == b.empreinte_cle:
        return True
    nom_a = certificats.nom_normalise(a.signataire)
    return bool(nom_a) and nom_a == certificats.nom_normalise(b.signataire)


def _memes_signataires(signatures: list[ResultatSignature]) -> list[tuple[str, tuple[str, ...]]]:
    groupes: list[list[ResultatSignature]] = []
    for s in signatures:
        for groupe in groupes:
            if meme_personne(groupe[0], s):
                groupe.append(s)
                break
        else:
            groupes.append([s])
    return [(g[0].signataire, tuple(s.champ for s in g)) for g in groupes if len(g) > 1]


def verifier_document(pdf: bytes, racines: Sequence = (), *, fichier: str = "",
                      maintenant: dt.datetime | None = None) -> VerificationDocument:
    """Vérifie toutes les signatures de ``pdf`` (hors ligne).

    :param racines: les certificats de confiance (la racine ministérielle, ou le certificat
        personnel d'un signataire) : fichiers PEM ou DER, ou certificats ``cryptography``. Les
        racines retenues par l'application (``confiance.fichiers()``) sont à ajouter par
        l'appelant. Sans racine, un document intact est au mieux :data:`STATUT_NON_VERIFIE`.
    :param maintenant: le moment de la vérification (par défaut : maintenant).

    À appeler hors du fil de l'interface (pyHanko appelle ``asyncio.run``).

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises ErreurSignature: un fichier de racine introuvable ou illisible.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    _hors_boucle()
    _journaux_discrets()
    _verifier_entete(pdf, fichier)
    racines_asn1 = _racines_asn1(racines)
    try:
        lecteur = PdfFileReader(io.BytesIO(bytes(pdf)), strict=False)
        champs = list(enumerate_sig_fields(lecteur))
    except Exception as exc:  # noqa: BLE001
        raise PdfInvalide("pdf_endommage", fichier=fichier, detail=_detail(exc)) from None

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
    constats.sort(key=lambda c: (c[1], c[2], _cle_champ(c[0].champ)))
    signatures = [_renumeroter(c[0], i) for i, c in enumerate(constats, start=1)]

    lisibles = [c for c in constats if c[0].lisible]
    modifie_apres = False
    if lisibles:
        derniere = max(lisibles, key=lambda c: (c[1], c[2]))[0]
        modifie_apres = derniere.couverture != COUVERTURE_FICHIER
    retirees = _signatures_retirees(lecteur, {nom for nom, _ in evaluees})
    return VerificationDocument(
        signatures=signatures,
        champs_vides=sorted(vides, key=_cle_champ),
        modifie_apres_derniere=modifie_apres,
        signatures_retirees=retirees,
        confiance_exigee=bool(racines_asn1),
        memes_signataires=_memes_signataires(signatures),
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
    if all(c in _CODES_MODIFICATION for c in echecs):
        raise SignaturesExistantesInvalides("modifie_apres_signature", constat)
    raise SignaturesExistantesInvalides("signatures_existantes_invalides", constat)
