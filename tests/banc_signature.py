"""Banc d'essai de la signature (pas un test chronométré).

    python tests/banc_signature.py [--pages 50] [--repetitions 5]

Fabrique un rapport de 50 pages (DejaVu Sans intégrée, bloc d'approbation et deux champs de
signature vides, comme le gabarit), une racine ministérielle et deux certificats d'utilisateur,
puis mesure :
- la première signature du processus (chargement de pyHanko et de la police du tampon compris);
- la signature de l'auteur, puis la contresignature de l'approbateur (médiane de N essais);
- la vérification du document contresigné avec la racine.
Cible : signer un rapport de 50 pages ajoute au plus 0,3 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))
sys.path.insert(0, str(RACINE / "tests"))

CIBLE = 0.3


def main(argv: list[str] | None = None) -> int:
    analyseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    analyseur.add_argument("--pages", type=int, default=50)
    analyseur.add_argument("--repetitions", type=int, default=5)
    args = analyseur.parse_args(argv)

    from test_signature import rapport_avec_champs

    from gesserv_bureau.rapports import certificats, signature

    debut = time.perf_counter()
    rapport = rapport_avec_champs(pages=args.pages)
    fabrication = time.perf_counter() - debut
    with tempfile.TemporaryDirectory() as dossier:
        dossier = Path(dossier)
        certificats.creer_racine("Ministère du banc d'essai", dossier / "racine.p12", "racine du banc")
        certificats.exporter_pem(dossier / "racine.p12", "racine du banc", dossier / "racine.pem")
        for nom, fichier in (("Auteure du rapport", "auteur.p12"), ("Approbateur du rapport", "approbateur.p12")):
            certificats.creer_certificat_utilisateur(nom, None, dossier / "racine.p12", "racine du banc", dossier / fichier,
                                                     "secret")

        debut = time.perf_counter()
        signe = signature.signer(rapport, dossier / "auteur.p12", "secret")
        premiere = time.perf_counter() - debut

        auteur, approbateur, verification = [], [], []
        for _ in range(args.repetitions):
            debut = time.perf_counter()
            signe = signature.signer(rapport, dossier / "auteur.p12", "secret")
            auteur.append(time.perf_counter() - debut)
            debut = time.perf_counter()
            contresigne = signature.signer(signe, dossier / "approbateur.p12", "secret")
            approbateur.append(time.perf_counter() - debut)
            debut = time.perf_counter()
            constat = signature.verifier_document(contresigne, [dossier / "racine.pem"])
            verification.append(time.perf_counter() - debut)
            assert constat.ok, constat.lignes("fr")

    mediane = statistics.median(auteur)
    print(f"rapport : {args.pages} pages, {len(rapport) / 1024:.0f} Kio (fabriqué en {fabrication:.2f} s)")
    print(f"première signature du processus (chargements compris) : {premiere:.3f} s")
    print(f"signature de l'auteur       : médiane {mediane:.3f} s (min {min(auteur):.3f}, max {max(auteur):.3f})")
    print(f"contresignature             : médiane {statistics.median(approbateur):.3f} s")
    print(f"vérification (2 signatures) : médiane {statistics.median(verification):.3f} s")
    print(f"cible : signer ajoute ≤ {CIBLE} s — {'atteinte' if mediane <= CIBLE else 'MANQUÉE'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
