"""L'installeur : ``installeur/construire.py`` construit le paquet PyInstaller puis l'essaie.

Le script est lancé tel qu'un développeur ou la CI le lance (``sys.executable``, l'environnement
du projet), dans des dossiers temporaires : rien n'est écrit dans ``installeur/``.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parent.parent
SCRIPT = RACINE / "installeur" / "construire.py"


def _projet() -> tuple[str, str]:
    with open(RACINE / "pyproject.toml", "rb") as f:
        p = tomllib.load(f)["project"]
    return p["name"], p["version"]


def _lancer(*arguments: str, delai: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments],
        cwd=RACINE, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=delai,
    )


@pytest.mark.lent
def test_construire_et_essayer_le_paquet(tmp_path):
    dist, travail = tmp_path / "dist", tmp_path / "travail"
    resultat = _lancer("--dist", str(dist), "--travail", str(travail), delai=1800)
    sortie = resultat.stdout + resultat.stderr
    assert resultat.returncode == 0, sortie

    nom, version = _projet()
    assert f"[essai] --version : {nom} {version} — OK" in sortie
    assert "[essai] démarrage hors écran (--essai-demarrage) : code 0, base créée, schéma" in sortie
    assert "[essai] demo : " in sortie and "services ajoutés" in sortie
    assert "[essai] integrite : " in sortie and "intègre" in sortie
    assert "ESSAI RÉUSSI" in sortie
    assert "ÉCHEC" not in sortie

    interne = dist / nom / "_internal"
    assert (dist / nom / (nom + (".exe" if sys.platform == "win32" else ""))).is_file()
    assert (interne / "VERSION").read_text(encoding="utf-8").strip() == f"{nom} {version}"
    for qm in (RACINE / "traductions").glob("*.qm"):
        assert (interne / "traductions" / qm.name).is_file(), qm.name

    # Un paquet déjà construit s'essaie seul, sans reconstruire.
    resultat = _lancer("--dist", str(dist), "--essai-seulement", delai=600)
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    assert "[construction]" not in resultat.stdout
    assert "ESSAI RÉUSSI" in resultat.stdout


def test_essai_sans_paquet_echoue_clairement(tmp_path):
    resultat = _lancer("--dist", str(tmp_path / "vide"), "--essai-seulement", delai=120)
    assert resultat.returncode != 0
    assert "ÉCHEC : Exécutable introuvable" in resultat.stdout
