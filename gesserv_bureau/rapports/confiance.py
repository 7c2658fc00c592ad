"""Les racines de confiance retenues par l'application (importées une fois).

Un vérificateur reçoit le certificat public (PEM) de la racine ministérielle; il l'importe une
fois, et chaque vérification (d'un PDF signé, d'une approbation reçue dans un fichier
d'échange) s'y fie ensuite sans qu'on ait à le redonner. Les racines vivent dans le dossier de
configuration de l'utilisateur, ``<config>/gesserv-bureau/confiance/``, un fichier PEM par
racine nommé par son empreinte SHA-256, ou dans le dossier désigné par ``GESSERV_CONFIANCE``.
Rien d'autre qu'un certificat public n'y est jamais écrit : aucune clé.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from gesserv_bureau.chemins import APPLICATION
from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.certificats import ErreurSignature


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


def racines() -> list[x509.Certificate]:
    """Les racines retenues, dans l'ordre de leurs noms de fichier. Un fichier illisible est
    ignoré (il ne rend personne de confiance)."""
    d = dossier()
    if not d.is_dir():
        return []
    resultat: list[x509.Certificate] = []
    for fichier in sorted(d.glob("*.pem")):
        try:
            resultat.extend(x509.load_pem_x509_certificates(fichier.read_bytes()))
        except (OSError, ValueError):
            continue
    return resultat


def fichiers() -> list[Path]:
    """Les fichiers PEM des racines retenues (ce que prend ``signature.verifier_document``)."""
    d = dossier()
    return sorted(d.glob("*.pem")) if d.is_dir() else []


def ajouter(chemin: str | os.PathLike) -> list[x509.Certificate]:
    """Retient les certificats d'un fichier PEM ou DER; renvoie ceux qui ont été ajoutés
    (un certificat déjà retenu n'est pas réécrit). Dossier 0700, fichiers 0600."""
    nouveaux: list[x509.Certificate] = []
    d = dossier()
    for certificat in certificats.charger_certificats(chemin):
        cible = _fichier(certificat)
        if cible.exists():
            continue
        try:
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(d, 0o700)
            temporaire = cible.with_name(cible.name + ".tmp")
            fd = os.open(temporaire, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(certificat.public_bytes(serialization.Encoding.PEM))
                f.flush()
                os.fsync(f.fileno())
            os.replace(temporaire, cible)
        except OSError as exc:
            raise ErreurSignature("ecriture_impossible", fichier=str(cible),
                                  detail=exc.strerror or str(exc)) from None
        nouveaux.append(certificat)
    return nouveaux


def retirer(empreinte_hex: str) -> bool:
    """Oublie la racine d'empreinte ``empreinte_hex`` (ou d'un préfixe non ambigu de 8
    caractères ou plus); vrai si une racine a été retirée."""
    cle = empreinte_hex.lower().replace(":", "")
    if len(cle) < 8:
        return False
    candidats = [f for f in fichiers() if f.stem.startswith(cle)]
    if len(candidats) != 1:
        return False
    candidats[0].unlink()
    return True
