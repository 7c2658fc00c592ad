"""Une vraie grappe PostgreSQL jetable pour les essais du mode ministère.

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


def demarrer() -> Grappe:
    programmes = dossier_postgresql()
    dossier = Path(tempfile.mkdtemp(prefix="gesserv-pg-"))
    comme: list[str] = []
    if os.geteuid() == 0:
        proprio = pwd.getpwnam("nobody")
        os.chown(dossier, proprio.pw_uid, proprio.pw_gid)
        comme = ["runuser", "-u", "nobody", "--"]
    os.chmod(dossier, 0o700)
    prise = dossier   # la prise Unix .s.PGSQL.5432 : dans le dossier de la grappe
    r = subprocess.run([*comme, str(programmes / "initdb"), "-D", str(dossier / "donnees"), "-U", SUPERUTILISATEUR,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       capture_output=True, text=True, check=False, cwd=dossier)
    if r.returncode != 0:
        shutil.rmtree(dossier, ignore_errors=True)
        raise RuntimeError(f"initdb : {r.stdout}{r.stderr}")
    grappe = Grappe(dossier, prise, programmes, comme)
    grappe.demarrer()
    return grappe
