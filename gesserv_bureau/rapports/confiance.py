"""Les racines de confiance retenues par l'application (importées une fois).

Un vérificateur reçoit le certificat public (PEM) de la racine ministérielle; il l'importe une
fois (``gesserv-bureau confiance ajouter RACINE.pem``, ou « Importer une racine de confiance… »
dans la fenêtre de vérification), et chaque vérification (d'un PDF signé, d'une approbation
reçue dans un fichier d'échange) s'y fie ensuite sans qu'on ait à le redonner. Les racines
vivent dans le dossier de configuration de l'utilisateur, ``<config>/gesserv-bureau/confiance/``,
un fichier PEM par racine nommé par son empreinte SHA-256, ou dans le dossier désigné par
``GESSERV_CONFIANCE``. Rien d'autre qu'un certificat public n'y est jamais écrit : aucune clé.
Le dossier est en 0700 et les fichiers en 0600 : un autre compte du poste ne peut pas y glisser
sa propre racine.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from gesserv_bureau.chemins import APPLICATION
from gesserv_bureau.rapports import certificats, fichiers as ecriture
from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.referentiel import messages_systeme

LONGUEUR_MIN_PREFIXE = 8


def dossier() -> Path:
    env = os.environ.get("GESSERV_CONFIANCE")
    if env:
        return Path(env).expanduser().absolute()
    return Path(platformdirs.user_config_dir(APPLICATION, appauthor=False, roaming=True)) / "confiance"


def empreinte(certificat: x509.Certificate) -> str:
    """L'empreinte SHA-256 du certificat, en hexadécimal minuscule."""
    return certificat.fingerprint(hashes.SHA256()).hex()


def _fichier(certificat: x509.Certificate) -> Path:
    return dossier() / f"{empreinte(certificat)}.pem"


def entrees() -> list[tuple[Path, x509.Certificate]]:
    """(fichier, certificat) de chaque racine retenue, dans l'ordre des noms de fichier. Un
    fichier illisible est ignoré (il ne rend personne de confiance)."""
    resultat: list[tuple[Path, x509.Certificate]] = []
    for fichier in fichiers():
        try:
            resultat.extend((fichier, c) for c in x509.load_pem_x509_certificates(fichier.read_bytes()))
        except (OSError, ValueError):
            continue
    return resultat


def racines() -> list[x509.Certificate]:
    """Les racines retenues, dans l'ordre de leurs noms de fichier. Un fichier illisible est
    ignoré (il ne rend personne de confiance)."""
    return [certificat for _fichier_pem, certificat in entrees()]


def fichiers() -> list[Path]:
    """Les fichiers PEM des racines retenues (ce que prend ``signature.verifier_document``)."""
    d = dossier()
    return sorted(d.glob("*.pem")) if d.is_dir() else []


def ajouter(chemin: str | os.PathLike) -> list[x509.Certificate]:
    """Retient les certificats d'un fichier PEM ou DER; renvoie ceux qui ont été ajoutés
    (un certificat déjà retenu n'est pas réécrit). Dossier 0700, fichiers 0600.

    :raises ErreurSignature: fichier introuvable, illisible, sans certificat; écriture impossible.
    """
    nouveaux: list[x509.Certificate] = []
    d = dossier()
    for certificat in certificats.charger_certificats(chemin):
        cible = _fichier(certificat)
        if cible.exists():
            continue
        try:
            ecriture.creer_dossiers(d)
            os.chmod(d, ecriture.MODE_DOSSIER)
            ecriture.ecrire(cible, certificat.public_bytes(serialization.Encoding.PEM))
        except FileExistsError:
            continue
        except OSError as exc:
            raise ErreurSignature("ecriture_impossible", fichier=str(cible),
                                  detail=messages_systeme.detail(exc)) from None
        nouveaux.append(certificat)
    return nouveaux


def correspondances(empreinte_hex: str) -> list[Path]:
    """Les fichiers des racines retenues dont l'empreinte commence par ``empreinte_hex``
    (majuscules et deux-points permis)."""
    cle = empreinte_hex.strip().lower().replace(":", "").replace(" ", "")
    if not cle:
        return []
    return [f for f in fichiers() if f.stem.startswith(cle)]


def retirer(empreinte_hex: str) -> bool:
    """Oublie la racine d'empreinte ``empreinte_hex`` (ou d'un préfixe non ambigu de 8
    caractères ou plus); vrai si une racine a été retirée."""
    cle = empreinte_hex.strip().lower().replace(":", "").replace(" ", "")
    if len(cle) < LONGUEUR_MIN_PREFIXE:
        return False
    candidats = correspondances(cle)
    if len(candidats) != 1:
        return False
    candidats[0].unlink()
    return True
