"""Les champs de signature d'un PDF (``signature_1`` le préparateur, ``signature_2``
l'approbateur…) : les lire dans l'ordre de signature, et choisir celui qu'une signature remplit.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import io

from gesserv_bureau.rapports.signature.commun import AucunChampLibre, PdfInvalide, detail_erreur, verifier_entete

PREFIXE_CHAMP = "signature_"


def cle_champ(nom: str) -> tuple[int, str]:
    """``signature_2`` avant ``signature_10``; les autres noms après, dans l'ordre alphabétique."""
    if nom.startswith(PREFIXE_CHAMP) and nom[len(PREFIXE_CHAMP):].isdigit():
        return int(nom[len(PREFIXE_CHAMP):]), nom
    return 1_000_000, nom


def champs_du_pdf(handler) -> list[tuple[str, bool]]:
    """(nom, rempli) de chaque champ de signature, dans l'ordre de signature."""
    from pyhanko.sign.fields import enumerate_sig_fields

    resultat = [(nom, valeur is not None) for nom, valeur, _ref in enumerate_sig_fields(handler)]
    return sorted(resultat, key=lambda c: cle_champ(c[0]))


def champs_signature(pdf: bytes, *, fichier: str = "") -> list[tuple[str, bool]]:
    """Les champs de signature du PDF, dans l'ordre de signature : (nom, déjà signé).

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    verifier_entete(pdf, fichier)
    try:
        return champs_du_pdf(PdfFileReader(io.BytesIO(bytes(pdf)), strict=False))
    except Exception as exc:  # noqa: BLE001 - tout PDF illisible
        raise PdfInvalide("pdf_endommage", fichier=fichier, detail=detail_erreur(exc)) from None


def prochain_champ(pdf: bytes, champ: str | None = None, *, fichier: str = "") -> str:
    """Le champ que :func:`signer` remplirait : ``champ`` s'il existe et est libre, sinon le
    premier ``signature_N`` libre.

    :raises PdfInvalide: pas un PDF, ou un PDF illisible.
    :raises AucunChampLibre: aucun champ, plus de champ libre, champ inconnu ou déjà signé.
    """
    return choisir_champ(champs_signature(pdf, fichier=fichier), champ)


def choisir_champ(champs: list[tuple[str, bool]], champ: str | None) -> str:
    if not champs:
        raise AucunChampLibre("aucun_champ")
    libres = [nom for nom, rempli in champs if not rempli]
    if champ is None:
        # le premier signature_N vide; à défaut, le premier champ vide de tout autre nom
        numerotes = [nom for nom in libres if cle_champ(nom)[0] < 1_000_000]
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
