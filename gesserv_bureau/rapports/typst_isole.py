"""La compilation Typst d'un grand document dans un processus à part, qui rend sa mémoire en
finissant.

Typst garde en mémoire, pour tout le processus, ce qu'il a calculé en compilant (sa mise en cache
« comemo », que le paquet ``typst`` ne vide jamais) : mesuré ici, chaque rapport du répertoire de
2 000 services y laisse environ 220 Mo, et la compilation suivante ralentit (1,2 s, puis 2 s dès
la quatrième; 1,8 Go après huit rapports). Un petit document (un outil, une séance : quelques
dizaines de Kio de données) n'y laisse presque rien — la mémoire plafonne vers 130 Mo après
soixante — et se compile dans le processus de l'application, en quelques dizaines de ms. Au-delà
de :data:`SEUIL_ISOLEMENT` octets de données, la compilation part dans un processus neuf
(0,13 s de plus, mesuré), qui se termine avec elle.

Le processus enfant est l'application elle-même : ``python -m gesserv_bureau.rapports.typst_isole``
depuis les sources, l'exécutable figé avec ``--rendu-typst-isole`` (voir ``lancement``). Il lit
sur son entrée la demande en JSON et écrit sur sa sortie la longueur du PDF (8 octets), le PDF,
puis les zones de signature en JSON. Une erreur de Typst sort en code 2, son message sur la
sortie d'erreur. Rien ne passe par le réseau, ni par un fichier temporaire."""

from __future__ import annotations

import datetime as dt
import json
import struct
import subprocess
import sys

# au-delà (octets du document en JSON; une ligne du tableau du répertoire en prend environ 135,
# un rapport d'outil 20 Kio) : un processus à part. 64 Kio laissent au plus ~50 Mo en cache.
SEUIL_ISOLEMENT = 64 * 1024
OPTION_FIGEE = "--rendu-typst-isole"
DELAI_MAX_S = 600   # un rendu de 20 000 lignes prend environ 10 s : au-delà, le processus est bloqué
CODE_ERREUR_TYPST = 2


class ErreurTypst(RuntimeError):
    """Typst a refusé le document (message et diagnostic), ou le processus enfant a échoué."""


def nouveau_compilateur():
    """Le compilateur du gabarit des rapports (``ressources/rapports``), avec les polices livrées."""
    import typst

    from gesserv_bureau.chemins import dossier_ressources

    gabarit = dossier_ressources() / "rapports" / "gabarit.typ"
    return typst.Compiler(str(gabarit), root=str(gabarit.parent),
                          font_paths=[str(dossier_ressources() / "polices")], ignore_system_fonts=True)


def compiler(compilateur, document: str, horodatage: dt.datetime, zones: bool) -> tuple[bytes, list[dict]]:
    """Le PDF/UA-1 du document (JSON du gabarit) et ses zones de signature (si ``zones``)."""
    import typst

    try:
        pdf = compilateur.compile(format="pdf", sys_inputs={"document": document}, pdf_standards=["ua-1"],
                                  timestamp=horodatage)
        trouvees = json.loads(compilateur.query("<zone-signature>", field="value")) if zones else []
    except typst.TypstError as exc:
        raise ErreurTypst(f"{exc.message}\n{exc.diagnostic}") from exc
    return pdf, trouvees


def commande() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, OPTION_FIGEE]
    return [sys.executable, "-m", "gesserv_bureau.rapports.typst_isole"]


def compiler_a_part(document: str, horodatage: dt.datetime, zones: bool) -> tuple[bytes, list[dict]]:
    """Comme :func:`compiler`, dans un processus neuf qui rend toute sa mémoire en finissant."""
    demande = json.dumps({"document": document, "horodatage": horodatage.isoformat(), "zones": zones},
                         ensure_ascii=False).encode("utf-8")
    try:
        fini = subprocess.run(commande(), input=demande, capture_output=True, check=False, timeout=DELAI_MAX_S)
    except subprocess.TimeoutExpired as exc:   # arrêté par run() : jamais un processus qui traîne
        raise ErreurTypst(f"le processus de rendu n'a pas fini en {DELAI_MAX_S} s") from exc
    except OSError as exc:
        raise ErreurTypst(f"le processus de rendu n'a pas pu démarrer : {exc}") from exc
    sortie = fini.stdout
    if fini.returncode != 0 or len(sortie) < 8:
        raise ErreurTypst(fini.stderr.decode("utf-8", "replace").strip()
                          or f"le processus de rendu s'est arrêté (code {fini.returncode})")
    (taille,) = struct.unpack(">Q", sortie[:8])
    pdf, reste = sortie[8:8 + taille], sortie[8 + taille:]
    if len(pdf) != taille:
        raise ErreurTypst("le processus de rendu a rendu un PDF incomplet")
    return pdf, json.loads(reste.decode("utf-8") or "[]")


def principal() -> int:
    """Le processus enfant : une demande sur l'entrée, le PDF et les zones sur la sortie."""
    demande = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    try:
        pdf, zones = compiler(nouveau_compilateur(), demande["document"],
                              dt.datetime.fromisoformat(demande["horodatage"]), bool(demande["zones"]))
    except ErreurTypst as exc:
        sys.stderr.write(str(exc))
        return CODE_ERREUR_TYPST
    sys.stdout.buffer.write(struct.pack(">Q", len(pdf)) + pdf + json.dumps(zones).encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(principal())
