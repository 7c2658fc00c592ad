"""Tout préparer, puis lancer l'application ou la suite de tests — depuis un clone neuf.

    python3 installeur/amorcer.py lancer [options de gesserv-bureau]
    python3 installeur/amorcer.py tester [options de pytest]

1. vérifie Python 3.11 ou plus;
2. sous Debian/Ubuntu, installe les bibliothèques système dont Qt a besoin s'il en manque
   (avec apt-get quand on est root; sinon affiche la commande à lancer);
3. crée l'environnement virtuel ``.venv`` à la racine du projet et y installe le projet
   avec ses dépendances (``pip install -e .[test]``), seulement si ``pyproject.toml`` a changé;
4. lance ``gesserv-bureau`` (sur sa base par défaut) ou ``pytest`` (Qt hors écran).

Sans dépendance hors de la bibliothèque standard : il tourne avant toute installation.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
VENV = RACINE / ".venv"
TEMOIN = VENV / ".gesserv-installe"

# Bibliothèque partagée cherchée -> paquet Debian qui la fournit.
BIBLIOTHEQUES_DEBIAN = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    # affichage X11 (une vraie fenêtre sur un poste Linux)
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
}
# Outils et polices : polices pour l'affichage, poppler pour relire les rapports PDF; SoftHSM
# (un jeton PKCS#11 logiciel) et pkcs11-tool (OpenSC, qui crée la clé sur le jeton) pour essayer
# la signature par carte sans carte.
PAQUETS_DEBIAN_TOUJOURS = {"fc-list": "fontconfig", "pdftotext": "poppler-utils", "certutil": "libnss3-tools",
                           "softhsm2-util": "softhsm2", "pkcs11-tool": "opensc"}
POLICE_DEBIAN = "fonts-dejavu-core"
# PostgreSQL (le mode ministère) : la suite de tests démarre sa propre grappe jetable (initdb dans
# un dossier temporaire); Debian range initdb et pg_ctl hors du PATH, sous /usr/lib/postgresql/N/bin.
POSTGRESQL_DEBIAN = "postgresql"


def dossier_postgresql() -> Path | None:
    """Le dossier des programmes de PostgreSQL (initdb, pg_ctl, postgres), le plus récent; ``None``
    s'il n'est pas installé."""
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("initdb")).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return versions[-1].parent if versions else None


def dire(message: str) -> None:
    print(f"[amorcer] {message}", flush=True)


def verifier_python() -> None:
    if sys.version_info < (3, 11):
        raise SystemExit(f"Python 3.11 ou plus est requis (trouvé : {sys.version.split()[0]}).")


def _bibliotheques_presentes() -> str:
    try:
        return subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


def paquets_systeme_manquants() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return []
    connues = _bibliotheques_presentes()
    manquants = [paquet for biblio, paquet in BIBLIOTHEQUES_DEBIAN.items() if biblio not in connues]
    manquants += [paquet for outil, paquet in PAQUETS_DEBIAN_TOUJOURS.items() if not shutil.which(outil)]
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists():
        manquants.append(POLICE_DEBIAN)
    if dossier_postgresql() is None:
        manquants.append(POSTGRESQL_DEBIAN)
    return sorted(set(manquants))


def installer_paquets_systeme() -> None:
    manquants = paquets_systeme_manquants()
    if not manquants:
        return
    commande = ["apt-get", "install", "-y", "--no-install-recommends", *manquants]
    if os.geteuid() != 0:
        dire("Bibliothèques système manquantes pour Qt : " + " ".join(manquants))
        dire("Installez-les avec : sudo apt-get update && sudo " + " ".join(commande))
        return
    dire("Installation des paquets système : " + " ".join(manquants))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(commande, check=True, env=env)


def python_venv() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def empreinte_projet() -> str:
    return hashlib.sha256((RACINE / "pyproject.toml").read_bytes()).hexdigest()


def preparer_environnement() -> Path:
    python = python_venv()
    if not python.exists():
        dire(f"Création de l'environnement virtuel {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    if TEMOIN.exists() and TEMOIN.read_text().strip() == empreinte_projet():
        return python
    dire("Installation du projet et de ses dépendances (pip install -e .[test])")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", f"{RACINE}[test]"], check=True)
    TEMOIN.write_text(empreinte_projet())
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("lancer", "tester"):
        print(__doc__)
        return 2
    verifier_python()
    installer_paquets_systeme()
    python = preparer_environnement()
    commande, reste = argv[0], argv[1:]
    if commande == "lancer":
        return subprocess.call([str(python), "-m", "gesserv_bureau", *reste], cwd=RACINE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(python), "-m", "pytest", *reste], cwd=RACINE, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
