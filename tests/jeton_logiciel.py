"""Un vrai jeton PKCS#11 logiciel (SoftHSM2) pour les essais de la signature par carte.

:func:`creer` prépare, dans un dossier temporaire (une fois par session de tests) : la racine
ministérielle de l'application, une configuration SoftHSM qui n'écrit que dans ce dossier
(``SOFTHSM2_CONF``), une carte initialisée (``softhsm2-util --init-token``), une clé P-256
générée **sur la carte** (``pkcs11-tool --keypairgen``), sa clé publique lue, son certificat émis
par la racine de l'application (``certificats.creer_certificat_pour_cle``) et écrit sur la carte
(``pkcs11-tool --write-object``); et un approbateur à fichier PKCS#12, émis par la même racine.

:func:`raison_absence` dit pourquoi ce n'est pas possible (SoftHSM ou pkcs11-tool absents, ou
pas de module SoftHSM) : les essais sont alors sautés avec cette raison.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from gesserv_bureau.rapports import certificats

MODULES_SOFTHSM = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                   "/usr/lib64/pkcs11/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")
ETIQUETTE, CLE, IDENTIFIANT = "Carte Marie", "Signature Marie", "01"
NIP, NIP_SO = "314159", "27182818"
MDP_RACINE, MDP_APPROBATEUR = "r@cine-carte-ministere", "jean approbateur"


def module_softhsm() -> str | None:
    return next((m for m in MODULES_SOFTHSM if Path(m).is_file()), None)


def raison_absence() -> str | None:
    if not shutil.which("softhsm2-util"):
        return "softhsm2-util absent (paquet softhsm2 : python3 installeur/amorcer.py l'installe en root)"
    if not shutil.which("pkcs11-tool"):
        return "pkcs11-tool absent (paquet opensc : python3 installeur/amorcer.py l'installe en root)"
    if module_softhsm() is None:
        return "module PKCS#11 de SoftHSM introuvable (" + ", ".join(MODULES_SOFTHSM) + ")"
    return None


@dataclass
class Jeton:
    dossier: Path
    module: str
    etiquette: str
    cle: str
    nip: str
    racine_p12: Path
    racine_pem: Path
    mdp_racine: str
    cle_publique: Path
    certificat_pem: Path
    certificat: object
    approbateur_p12: Path
    mdp_approbateur: str


def _outil(*args: str) -> str:
    fini = subprocess.run(list(args), capture_output=True, text=True, timeout=60)
    if fini.returncode != 0:
        raise RuntimeError(f"{args[0]} : {fini.stderr.strip() or fini.stdout.strip()}")
    return fini.stdout


def creer(dossier: Path) -> Jeton:
    module = module_softhsm()
    jetons = dossier / "jetons"
    jetons.mkdir(parents=True)
    conf = dossier / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {jetons}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)   # lu par SoftHSM à son chargement : une fois par session
    _outil("softhsm2-util", "--init-token", "--free", "--label", ETIQUETTE, "--so-pin", NIP_SO, "--pin", NIP)
    carte = ["pkcs11-tool", "--module", module, "--token-label", ETIQUETTE]
    _outil(*carte, "--login", "--pin", NIP, "--keypairgen", "--key-type", "EC:prime256v1",
           "--label", CLE, "--id", IDENTIFIANT)
    publique = dossier / "marie-publique.der"
    _outil(*carte, "--read-object", "--type", "pubkey", "--id", IDENTIFIANT, "-o", str(publique))

    racine_p12, racine_pem = dossier / "racine.p12", dossier / "racine.pem"
    certificats.creer_racine("Ministère des Cartes", racine_p12, MDP_RACINE)
    certificats.exporter_pem(racine_p12, MDP_RACINE, racine_pem)
    cert_der = dossier / "marie.der"
    certificat = certificats.creer_certificat_pour_cle("Marie-Ève Carte", "marie.carte@essais.gc.ca", publique,
                                                      racine_p12, MDP_RACINE, cert_der)
    certificat_pem = dossier / "marie.pem"
    certificats.ecrire_pem(certificat, certificat_pem)
    _outil(*carte, "--login", "--pin", NIP, "--write-object", str(cert_der), "--type", "cert",
           "--label", CLE, "--id", IDENTIFIANT)
    approbateur = dossier / "jean.p12"
    certificats.creer_certificat_utilisateur("Jean Approbateur", None, racine_p12, MDP_RACINE, approbateur,
                                             MDP_APPROBATEUR)
    return Jeton(dossier, module, ETIQUETTE, CLE, NIP, racine_p12, racine_pem, MDP_RACINE, publique,
                 certificat_pem, certificat, approbateur, MDP_APPROBATEUR)
