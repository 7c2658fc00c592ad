"""Mettre en place une base ministérielle : son schéma et ses rôles (les révisions Alembic de
``migrations``), et les droits de chaque personne (son rôle, ses secteurs)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from gesserv_bureau.stockage.serveur.connexion import ErreurServeur, SchemaAbsent, erreurs_dites

DOSSIER_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ROLES = {"lecteur": "gesserv_lecteur", "redacteur": "gesserv_redacteur", "approbateur": "gesserv_approbateur",
         "administrateur": "gesserv_administrateur"}
# Un nom de connexion PostgreSQL tel qu'on le tape (prenom.nom, pnom, marie@ministere) : ni guillemet
# ni espace, 63 octets au plus.
_NOM_CONNEXION = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class NomConnexionInvalide(ErreurServeur):
    code = "nom_connexion_invalide"


class RoleInconnu(ErreurServeur):
    code = "role_inconnu"


def _config(connexion: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(DOSSIER_MIGRATIONS))
    config.attributes["connexion"] = connexion
    return config


def revision_courante(connexion: Connection) -> str | None:
    """La révision Alembic de la base (``None`` : aucune, base vide)."""
    from alembic.migration import MigrationContext

    return MigrationContext.configure(connexion).get_current_revision()


@lru_cache(maxsize=1)
def revision_attendue() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(DOSSIER_MIGRATIONS)).get_current_head()


def initialiser(moteur: Engine, adresse: str, jusqu_a: str = "head") -> tuple[str | None, str]:
    """Amener la base à la révision ``jusqu_a`` (toutes : le schéma 13 puis les droits), dans une
    seule transaction : tout ou rien. La révision avant et après. Sur une base déjà à jour : rien."""
    from alembic import command

    with erreurs_dites(adresse), moteur.begin() as c:
        avant = revision_courante(c)
        command.upgrade(_config(c), jusqu_a)
        return avant, revision_courante(c)


def retrograder(moteur: Engine, adresse: str, jusqu_a: str) -> None:
    from alembic import command

    with erreurs_dites(adresse), moteur.begin() as c:
        command.downgrade(_config(c), jusqu_a)


def exiger_schema(c: Connection, adresse: str) -> None:
    """Refuser (:class:`SchemaAbsent`) une base sans le schéma à jour de gesserv-bureau."""
    existe = c.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar_one()
    courante = revision_courante(c) if existe else None
    if courante != revision_attendue():
        raise SchemaAbsent(adresse, courante or "")


@dataclass(frozen=True)
class Droits:
    connexion: str
    role: str | None           # lecteur, redacteur, approbateur, administrateur; None : aucun
    secteurs: tuple[str, ...]


def accorder(moteur: Engine, adresse: str, nom: str, role: str | None, secteurs: list[str] | None = None) -> Droits:
    """Donner à la personne ``nom`` le rôle ``role`` (``None`` : lui retirer tout rôle) et, si
    ``secteurs`` est donné, exactement ces secteurs (``*`` : tous). Le rôle de connexion est créé
    s'il n'existe pas (sans mot de passe : l'administrateur de la base le définit, ou Kerberos).
    Il faut le droit CREATEROLE (ou être administrateur de la grappe)."""
    if not _NOM_CONNEXION.match(nom or ""):
        raise NomConnexionInvalide(adresse, nom=nom)
    if role is not None and role not in ROLES:
        raise RoleInconnu(adresse, role=role, roles=", ".join(ROLES))
    ident = f'"{nom}"'
    with erreurs_dites(adresse), moteur.begin() as c:
        exiger_schema(c, adresse)
        if not c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": nom}).first():
            c.execute(text(f"CREATE ROLE {ident} LOGIN"))
        for groupe in ROLES.values():   # un seul rôle à la fois (retirer un rôle non donné : un avertissement)
            if groupe != ROLES.get(role or ""):
                c.execute(text(f"REVOKE {groupe} FROM {ident}"))
        if role is not None:
            c.execute(text(f"GRANT {ROLES[role]} TO {ident}"))
        if secteurs is not None:
            c.execute(text("DELETE FROM droit_secteur WHERE connexion = :n"), {"n": nom})
            for s in dict.fromkeys(s.strip() for s in secteurs if s.strip()):
                c.execute(text("INSERT INTO droit_secteur (connexion, secteur) VALUES (:n, :s)"), {"n": nom, "s": s})
    return droits(moteur, adresse, nom)


def droits(moteur: Engine, adresse: str, nom: str) -> Droits:
    """Le rôle (le plus haut) et les secteurs de ``nom``."""
    with erreurs_dites(adresse), moteur.connect() as c:
        role = None
        for cle, groupe in ROLES.items():
            if c.execute(text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n) "
                              "AND pg_has_role(:n, :g, 'MEMBER')"), {"n": nom, "g": groupe}).scalar_one():
                role = cle
        secteurs = c.execute(text("SELECT secteur FROM droit_secteur WHERE connexion = :n ORDER BY secteur"),
                             {"n": nom}).scalars().all()
    return Droits(nom, role, tuple(secteurs))
