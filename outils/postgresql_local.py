"""Une grappe PostgreSQL locale, pour essayer le mode ministère et pour la suite de tests.

    python3 outils/postgresql_local.py demarrer [DOSSIER]   # crée (une fois) et démarre; affiche l'adresse
    python3 outils/postgresql_local.py arreter [DOSSIER]    # l'arrête (le dossier reste)
    python3 outils/postgresql_local.py effacer [DOSSIER]    # l'arrête et efface le dossier

DOSSIER : par défaut ``~/.local/share/gesserv-bureau/postgresql`` (en root : ``/var/tmp/gesserv-postgresql``). Les tests
(``tests/grappe_postgresql.py``) en font une par session dans un dossier temporaire.

:func:`demarrer` crée, dans un dossier temporaire, une grappe neuve (``initdb``), la démarre
(``pg_ctl``) sans port TCP — sur une prise Unix de ce dossier seulement — et rend une
:class:`Grappe` : de quoi créer une base vide par essai et bâtir l'adresse de connexion d'un rôle.
:meth:`Grappe.arreter` l'arrête (``pg_ctl stop -m fast``) et efface le dossier.

PostgreSQL refuse de tourner en root : en root, la grappe appartient à l'utilisateur sans
privilège ``nobody`` (``runuser``); sinon, à l'utilisateur courant. L'authentification est
``trust`` sur la prise Unix (dossier en 0700, à ce seul utilisateur et à root) : les essais
éprouvent les droits (qui peut faire quoi une fois connecté), pas les mots de passe.

:func:`raison_absence` dit pourquoi ce n'est pas possible (PostgreSQL absent : ``python3
installeur/amorcer.py`` l'installe en root) : les essais sont alors sautés avec cette raison.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "installeur"))
# en root, PostgreSQL tourne sous « nobody », qui ne traverse pas /root : un dossier de /var/tmp
DOSSIER_PAR_DEFAUT = (Path("/var/tmp/gesserv-postgresql") if os.geteuid() == 0
                      else Path("~/.local/share/gesserv-bureau/postgresql").expanduser())
from amorcer import dossier_postgresql  # noqa: E402

SUPERUTILISATEUR = "postgres"


def raison_absence() -> str | None:
    if dossier_postgresql() is None:
        return "PostgreSQL absent (paquet postgresql : python3 installeur/amorcer.py l'installe en root)"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "en root, runuser est nécessaire pour lancer PostgreSQL sous un utilisateur sans privilège"
    return None


@dataclass
class Grappe:
    dossier: Path
    prise: Path
    programmes: Path
    _comme: list[str]

    def url(self, base: str, role: str = SUPERUTILISATEUR) -> str:
        """L'adresse libpq de ``base`` pour ``role`` (par la prise Unix de la grappe)."""
        return f"postgresql://{role}@/{base}?host={self.prise}"

    def psql(self, sql: str, base: str = "postgres") -> str:
        import psycopg

        with psycopg.connect(host=str(self.prise), user=SUPERUTILISATEUR, dbname=base, autocommit=True) as c:
            cur = c.execute(sql)
            return "" if cur.description is None else "\n".join("|".join(map(str, r)) for r in cur.fetchall())

    def nouvelle_base(self) -> str:
        """Une base vide au nom unique; son nom."""
        nom = "essai_" + uuid.uuid4().hex[:10]
        self.psql(f'CREATE DATABASE "{nom}"')
        return nom

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self._comme, str(self.programmes / "pg_ctl"), "-D", str(self.dossier / "donnees"),
                               *args], capture_output=True, text=True, check=False)

    def demarrer(self) -> None:
        r = self._pg_ctl("-w", "-t", "60", "-l", str(self.dossier / "journal.log"),
                         "-o", f"-k {self.prise} -c listen_addresses='' -c fsync=off -c max_connections=60", "start")
        if r.returncode != 0:
            journal = (self.dossier / "journal.log").read_text(errors="replace") if (self.dossier / "journal.log").exists() else ""
            raise RuntimeError(f"pg_ctl start : {r.stdout}{r.stderr}{journal}")

    def arreter_serveur(self) -> None:
        """Arrêter le serveur (le dossier reste : :meth:`demarrer` le relance)."""
        self._pg_ctl("-w", "-m", "fast", "stop")

    def arreter(self) -> None:
        self.arreter_serveur()
        shutil.rmtree(self.dossier, ignore_errors=True)


def demarrer(dossier: Path | None = None) -> Grappe:
    """Créer (si ``dossier`` n'a pas encore de grappe; ``None`` : un dossier temporaire) et démarrer."""
    programmes = dossier_postgresql()
    if dossier is None:
        dossier = Path(tempfile.mkdtemp(prefix="gesserv-pg-"))
    dossier = Path(dossier).expanduser().absolute()
    dossier.mkdir(parents=True, exist_ok=True)
    comme: list[str] = []
    if os.geteuid() == 0:
        proprio = pwd.getpwnam("nobody")
        os.chown(dossier, proprio.pw_uid, proprio.pw_gid)
        comme = ["runuser", "-u", "nobody", "--"]
    os.chmod(dossier, 0o700)
    prise = dossier   # la prise Unix .s.PGSQL.5432 : dans le dossier de la grappe
    if (dossier / "donnees" / "PG_VERSION").exists():
        grappe = Grappe(dossier, prise, programmes, comme)
        if not (dossier / "donnees" / "postmaster.pid").exists():
            grappe.demarrer()
        return grappe
    r = subprocess.run([*comme, str(programmes / "initdb"), "-D", str(dossier / "donnees"), "-U", SUPERUTILISATEUR,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       capture_output=True, text=True, check=False, cwd=dossier)
    if r.returncode != 0:
        shutil.rmtree(dossier, ignore_errors=True)
        raise RuntimeError(f"initdb : {r.stdout}{r.stderr}")
    grappe = Grappe(dossier, prise, programmes, comme)
    grappe.demarrer()
    return grappe


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demarrer", "arreter", "effacer"):
        print(__doc__)
        return 2
    raison = raison_absence()
    if raison:
        print(raison, file=sys.stderr)
        return 1
    dossier = Path(argv[1]) if len(argv) > 1 else DOSSIER_PAR_DEFAUT
    if argv[0] == "demarrer":
        grappe = demarrer(dossier)
        existe = grappe.psql("SELECT 1 FROM pg_database WHERE datname = 'gesserv'")
        if not existe:
            grappe.psql('CREATE DATABASE "gesserv"')
        print(grappe.url("gesserv"))
        return 0
    grappe = Grappe(dossier.absolute(), dossier.absolute(), dossier_postgresql(),
                    ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else [])
    grappe.arreter() if argv[0] == "effacer" else grappe.arreter_serveur()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
