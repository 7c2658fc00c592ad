"""Construit le paquet « un dossier » de gesserv-bureau avec PyInstaller, puis l'essaie.

Utilisation (avec le python de l'environnement du projet, sur toute plateforme) ::

    python installeur/construire.py                      # construit dans installeur/dist, puis essaie
    python installeur/construire.py --dist D --travail W # autres dossiers (les tests s'en servent)
    python installeur/construire.py --essai-seulement    # essaie seulement un paquet déjà construit

L'essai lance l'exécutable du paquet, hors écran (``QT_QPA_PLATFORM=offscreen``) :

1. ``--version`` affiche le nom et la version de ``pyproject.toml``;
2. ``--base essai.sqlite --essai-demarrage`` ouvre la fenêtre principale, crée la base, quitte
   avec le code 0, et la base a un schéma (``PRAGMA user_version`` >= 1);
3. ``demo --base demo.sqlite`` (sans interface) remplit une base de démonstration;
4. ``integrite --base demo.sqlite`` la relit et la déclare intègre.

Il vérifie aussi que ``ressources/`` et ``traductions/*.qm`` sont dans le paquet. Tout échec
donne un message clair et un code de sortie non nul.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

INSTALLEUR = Path(__file__).resolve().parent
RACINE = INSTALLEUR.parent
SPEC = INSTALLEUR / "gesserv-bureau.spec"
DELAI_ESSAI = 90  # secondes par commande essayée
# Les modules Qt que la spécification garde (voir QT_GARDES dans gesserv-bureau.spec).
QT_GARDES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtCharts", "QtSvg")


class Echec(Exception):
    """Un échec de construction ou d'essai, avec son explication."""


def projet() -> tuple[str, str]:
    with open(RACINE / "pyproject.toml", "rb") as f:
        p = tomllib.load(f)["project"]
    return p["name"], p["version"]


def taille_dossier(dossier: Path) -> tuple[int, int]:
    total = nombre = 0
    for fichier in dossier.rglob("*"):
        if fichier.is_file() and not fichier.is_symlink():
            total += fichier.stat().st_size
            nombre += 1
    return total, nombre


def afficher(message: str = "") -> None:
    print(message, flush=True)


def construire(dist: Path, travail: Path, propre: bool) -> float:
    """Lance PyInstaller sur la spécification; renvoie la durée en secondes."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise Echec(
            f"PyInstaller n'est pas installé dans {sys.executable} : pip install -e '.[test]'"
        ) from exc
    travail.mkdir(parents=True, exist_ok=True)
    journal = travail / "pyinstaller.log"
    commande = [
        sys.executable, "-m", "PyInstaller", str(SPEC),
        "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(travail),
    ]
    if propre:
        commande.append("--clean")
    afficher(f"[construction] {' '.join(commande)}")
    debut = time.monotonic()
    # Lancé depuis installeur/ : un gesserv_bureau.egg-info périmé à la racine ne doit pas
    # passer pour les métadonnées installées.
    with open(journal, "w", encoding="utf-8") as sortie:
        resultat = subprocess.run(commande, cwd=INSTALLEUR, stdout=sortie, stderr=subprocess.STDOUT)
    duree = time.monotonic() - debut
    if resultat.returncode != 0:
        lignes = journal.read_text(encoding="utf-8", errors="replace").splitlines()
        afficher("\n".join(lignes[-40:]))
        raise Echec(f"PyInstaller a échoué (code {resultat.returncode}); journal complet : {journal}")
    afficher(f"[construction] terminée en {duree:.1f} s (journal : {journal})")
    return duree


def executable(dist: Path, nom: str) -> Path:
    chemin = dist / nom / (nom + (".exe" if os.name == "nt" else ""))
    if not chemin.is_file():
        raise Echec(f"Exécutable introuvable : {chemin} (construisez d'abord le paquet)")
    return chemin


def lancer(exe: Path, arguments: list[str], env: dict[str, str], dossier: Path) -> subprocess.CompletedProcess:
    commande = [str(exe), *arguments]
    try:
        resultat = subprocess.run(
            commande, cwd=dossier, env=env, capture_output=True, text=True,
            encoding="utf-8", errors="replace", timeout=DELAI_ESSAI,
        )
    except subprocess.TimeoutExpired as exc:
        sortie, erreurs = (
            (x.decode("utf-8", "replace") if isinstance(x, bytes) else (x or "")) for x in (exc.stdout, exc.stderr)
        )
        raise Echec(
            f"{' '.join(arguments)} : pas fini après {DELAI_ESSAI} s (une boîte de dialogue modale "
            f"attend-elle hors écran ?)\n--- sortie ---\n{sortie}\n--- erreurs ---\n{erreurs}"
        ) from exc
    if resultat.returncode != 0:
        raise Echec(
            f"{' '.join(arguments)} : code de sortie {resultat.returncode} au lieu de 0\n"
            f"--- sortie ---\n{resultat.stdout}\n--- erreurs ---\n{resultat.stderr}"
        )
    return resultat


def version_schema(base: Path) -> int:
    if not base.is_file():
        raise Echec(f"La base {base} n'a pas été créée")
    connexion = sqlite3.connect(f"file:{base.as_posix()}?mode=ro", uri=True)
    try:
        return connexion.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connexion.close()


def verifier_contenu(dossier_paquet: Path) -> None:
    """ressources/, traductions/*.qm, métadonnées et VERSION sont là où le paquet figé les cherche."""
    interne = dossier_paquet / "_internal"
    if not interne.is_dir():  # PyInstaller < 6 ou contents_directory="."
        interne = dossier_paquet
    manquants = []
    source = RACINE / "ressources"
    if source.is_dir():
        for fichier in source.rglob("*"):
            relatif = fichier.relative_to(source)
            if fichier.is_file() and not any(p.startswith(".") or p == "__pycache__" for p in relatif.parts):
                if not (interne / "ressources" / relatif).is_file():
                    manquants.append(f"ressources/{relatif.as_posix()}")
    qm = sorted(f.name for f in (RACINE / "traductions").glob("*.qm"))
    for nom in qm:
        if not (interne / "traductions" / nom).is_file():
            manquants.append(f"traductions/{nom}")
    if not (interne / "VERSION").is_file():
        manquants.append("VERSION")
    if not list(interne.glob("gesserv_bureau*-info")):
        manquants.append("métadonnées gesserv_bureau (dist-info)")
    qt_presents = []
    for module in QT_GARDES:
        present = any((interne / "PySide6").glob(f"{module}.*"))
        if present:
            qt_presents.append(module)
        elif importlib.util.find_spec(f"PySide6.{module}") is not None:
            manquants.append(f"PySide6.{module}")
    if manquants:
        raise Echec("Absents du paquet : " + ", ".join(manquants))
    afficher(f"[essai] modules Qt gardés : {', '.join(qt_presents)}"
             + (f" (non installés : {', '.join(sorted(set(QT_GARDES) - set(qt_presents)))})"
                if len(qt_presents) < len(QT_GARDES) else ""))
    n_res = sum(1 for f in (interne / "ressources").rglob("*") if f.is_file()) if (interne / "ressources").is_dir() else 0
    afficher(f"[essai] contenu : {n_res} fichier(s) de ressources, {len(qm)} traduction(s) .qm "
             f"({', '.join(qm) or 'aucune encore'}), métadonnées et VERSION — OK")


def essayer(dist: Path, nom: str, version: str) -> float:
    exe = executable(dist, nom)
    debut = time.monotonic()
    verifier_contenu(exe.parent)
    with tempfile.TemporaryDirectory(prefix="essai-gesserv-") as temporaire:
        dossier = Path(temporaire)
        env = dict(os.environ)
        for variable in ("GESSERV_BASE", "GESSERV_LANGUE", "PYTHONPATH", "PYTHONHOME"):
            env.pop(variable, None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            GESSERV_PREFERENCES=str(dossier / "preferences.ini"),
            PYTHONIOENCODING="utf-8",
        )

        t = time.monotonic()
        sortie = lancer(exe, ["--version"], env, dossier).stdout.strip()
        attendu = f"{nom} {version}"
        if sortie != attendu:
            raise Echec(f"--version affiche {sortie!r} au lieu de {attendu!r}")
        afficher(f"[essai] --version : {sortie} — OK ({time.monotonic() - t:.1f} s)")

        t = time.monotonic()
        base = dossier / "essai.sqlite"
        lancer(exe, ["--base", str(base), "--essai-demarrage", "--langue", "fr"], env, dossier)
        schema = version_schema(base)
        if schema < 1:
            raise Echec(f"--essai-demarrage : la base {base} n'a pas de schéma (user_version={schema})")
        afficher(f"[essai] démarrage hors écran (--essai-demarrage) : code 0, base créée, "
                 f"schéma {schema} — OK ({time.monotonic() - t:.1f} s)")

        t = time.monotonic()
        demo = dossier / "demo.sqlite"
        sortie = lancer(exe, ["demo", "--base", str(demo), "--langue", "fr"], env, dossier).stdout
        trouve = re.search(r"(\d+) services de démonstration ajoutés", sortie)
        if not trouve or int(trouve.group(1)) < 1:
            raise Echec(f"demo : sortie inattendue :\n{sortie}")
        schema = version_schema(demo)
        afficher(f"[essai] demo : {trouve.group(1)} services ajoutés, schéma {schema} — OK "
                 f"({time.monotonic() - t:.1f} s)")

        t = time.monotonic()
        sortie = lancer(exe, ["integrite", "--base", str(demo), "--langue", "fr"], env, dossier).stdout
        if "intègre" not in sortie or f"{trouve.group(1)} services" not in sortie:
            raise Echec(f"integrite : sortie inattendue :\n{sortie}")
        afficher(f"[essai] integrite : {sortie.strip()} — OK ({time.monotonic() - t:.1f} s)")

        if (RACINE / "traductions" / "gesserv_en.qm").is_file():
            t = time.monotonic()
            sortie = lancer(exe, ["integrite", "--base", str(demo), "--langue", "en"], env, dossier).stdout
            if "intègre" in sortie or f"{trouve.group(1)} services" not in sortie:
                raise Echec(f"integrite --langue en : pas traduit (traductions/ introuvable figé ?) :\n{sortie}")
            afficher(f"[essai] integrite --langue en : {sortie.strip()} — OK ({time.monotonic() - t:.1f} s)")
    return time.monotonic() - debut


def analyser(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Construit et essaie le paquet PyInstaller de gesserv-bureau.")
    p.add_argument("--dist", type=Path, default=INSTALLEUR / "dist",
                   help="dossier du paquet construit (défaut : installeur/dist)")
    p.add_argument("--travail", type=Path, default=INSTALLEUR / "build",
                   help="dossier de travail de PyInstaller (défaut : installeur/build)")
    p.add_argument("--essai-seulement", action="store_true",
                   help="ne pas construire : essayer seulement le paquet déjà dans --dist")
    p.add_argument("--propre", action="store_true",
                   help="vider le cache de PyInstaller et le dossier de travail avant de construire")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = analyser(argv)
    dist, travail = args.dist.resolve(), args.travail.resolve()
    nom, version = projet()
    afficher(f"{nom} {version} — {sys.platform}, Python {sys.version.split()[0]}")
    try:
        duree_construction = None
        if not args.essai_seulement:
            if args.propre and travail.exists():
                shutil.rmtree(travail)
            duree_construction = construire(dist, travail, args.propre)
        duree_essai = essayer(dist, nom, version)
    except Echec as exc:
        afficher(f"ÉCHEC : {exc}")
        return 1
    taille, nombre = taille_dossier(dist / nom)
    afficher(f"[paquet] {dist / nom} : {taille / 1e6:.1f} Mo, {nombre} fichiers")
    temps = f"construction {duree_construction:.1f} s, " if duree_construction is not None else ""
    afficher(f"[durées] {temps}essais {duree_essai:.1f} s")
    afficher("ESSAI RÉUSSI : le paquet démarre hors écran, ouvre une base et quitte avec le code 0.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
