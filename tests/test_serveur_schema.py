"""Le schéma du serveur (``stockage/tables.py``, SQLAlchemy Core) est celui des migrations SQLite,
colonne par colonne; les révisions Alembic montent et descendent sur un vrai PostgreSQL."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import create_engine, inspect, text

from gesserv_bureau.stockage import tables
from gesserv_bureau.stockage.base import ouvrir_memoire
from gesserv_bureau.stockage.constantes import VERSION_SCHEMA
from gesserv_bureau.stockage.serveur import connexion, installation


def _sqlite(base):
    """Les tables de la base SQLite faite par les migrations, vues par le même inspecteur."""
    moteur = create_engine("sqlite://", creator=lambda: base.conn)
    return inspect(moteur), moteur


def _affinite(type_) -> str:
    nom = str(type_).upper()
    return "entier" if "INT" in nom else "reel" if nom in ("REAL", "FLOAT", "DOUBLE") else "texte"


def _defaut(valeur) -> str | None:
    if valeur is None:
        return None
    texte = str(getattr(valeur, "arg", valeur))
    return re.sub(r"^'(.*)'$", r"\1", texte.strip())


def test_les_tables_decrivent_exactement_le_schema_des_migrations_sqlite():
    assert tables.VERSION == VERSION_SCHEMA, "schéma SQLite changé : changer stockage/tables.py et ajouter une révision Alembic"
    base = ouvrir_memoire()
    inspecteur, _ = _sqlite(base)
    noms_sqlite = {n for n in inspecteur.get_table_names() if not n.startswith("_")}
    assert noms_sqlite == set(tables.metadata.tables)
    for nom, table in tables.metadata.tables.items():
        colonnes = inspecteur.get_columns(nom)
        assert [c["name"] for c in colonnes] == [c.name for c in table.columns], nom
        for vue, c in zip(colonnes, table.columns):
            assert _affinite(vue["type"]) == _affinite(c.type), (nom, c.name)
            assert vue["nullable"] == (c.nullable and not c.primary_key) or c.primary_key, (nom, c.name)
            assert _defaut(vue["default"]) == _defaut(c.server_default), (nom, c.name)
        assert set(inspecteur.get_pk_constraint(nom)["constrained_columns"]) == {c.name for c in table.primary_key}
        cles = {((r[3],), r[2], None if r[6] == "NO ACTION" else r[6])
                for r in base.conn.execute(f"PRAGMA foreign_key_list({nom})")}
        attendues = {((f.parent.name,), f.column.table.name, f.ondelete) for f in table.foreign_keys}
        assert cles == attendues, nom
        uniques = {tuple(u["column_names"]) for u in inspecteur.get_unique_constraints(nom)}
        uniques_md = {tuple(c.name for c in u.columns) for u in table.constraints if u.__class__.__name__ == "UniqueConstraint"}
        uniques_md |= {(c.name,) for c in table.columns if c.unique}
        assert uniques == uniques_md, nom
        index = {(i["name"], tuple(i["column_names"])) for i in inspecteur.get_indexes(nom) if not i.get("unique")}
        assert index == {(i.name, tuple(c.name for c in i.columns)) for i in table.indexes}, nom
        sql = base.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (nom,)).fetchone()[0]
        assert sql.count("CHECK") == sum(1 for c in table.constraints if c.__class__.__name__ == "CheckConstraint"), nom
    base.fermer()


def test_initialiser_monte_puis_redescend_et_remonte_sans_rien_laisser(grappe_pg):
    adresse = grappe_pg.url(grappe_pg.nouvelle_base())
    m = connexion.moteur(adresse)
    assert installation.initialiser(m, adresse) == (None, "s15_registre")
    assert installation.initialiser(m, adresse) == ("s15_registre", "s15_registre")   # déjà à jour : rien
    with m.connect() as c:
        vues = set(inspect(c).get_table_names())
        assert vues == set(tables.metadata.tables) | {"alembic_version", "droit_secteur", "gesserv_identite"}
        assert {r[0] for r in c.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'gesserv_%'"))} == set(
            installation.ROLES.values())
        securisees = {r[0] for r in c.execute(text("SELECT relname FROM pg_class WHERE relrowsecurity"))}
        assert {"service", "volume", "evaluation", "norme_service", "initiative"} <= securisees
    installation.retrograder(m, adresse, "s13_schema")
    with m.connect() as c:
        assert "droit_secteur" not in inspect(c).get_table_names()
        assert "revision" not in {col["name"] for col in inspect(c).get_columns("service")}
    installation.retrograder(m, adresse, "base")
    with m.connect() as c:
        assert set(inspect(c).get_table_names()) == {"alembic_version"}
    assert installation.initialiser(m, adresse) == (None, "s15_registre")
    m.dispose()


def test_une_migration_interrompue_ne_laisse_rien(grappe_pg):
    """Toutes les révisions dans une transaction : une erreur dans la seconde (une fonction du même
    nom existe déjà) annule aussi la première — aucune table n'est laissée."""
    base = grappe_pg.nouvelle_base()
    adresse = grappe_pg.url(base)
    grappe_pg.psql("CREATE FUNCTION gesserv_secteur_permis(s text) RETURNS boolean LANGUAGE sql AS 'SELECT true'", base)
    m = connexion.moteur(adresse)
    with pytest.raises(connexion.ErreurServeur):
        installation.initialiser(m, adresse)
    with m.connect() as c:
        assert inspect(c).get_table_names() == []
        assert installation.revision_courante(c) is None
    m.dispose()


@pytest.mark.parametrize("version", range(1, tables.VERSION))
def test_une_base_de_chaque_version_anterieure_monte_et_se_verse_dans_le_serveur(grappe_pg, tmp_path, version):
    """Les deux migrations à la suite, d'une base figée de chaque version antérieure (tests/donnees) :
    celles de SQLite la montent à la version 13 (après une copie de sécurité), celles d'Alembic ont
    préparé le serveur; le versement y copie chaque table ligne pour ligne."""
    import shutil
    import sqlite3

    from outils_tests import DONNEES

    from gesserv_bureau.cas import serveur as cas_serveur

    copie = tmp_path / f"v{version}.sqlite"
    shutil.copy(DONNEES / f"schema_v{version}.sqlite", copie)
    adresse = grappe_pg.url(grappe_pg.nouvelle_base())
    with cas_serveur.connecter(adresse) as s:
        assert cas_serveur.initialiser(s)[1] == installation.revision_attendue()
        comptes = cas_serveur.importer_base(s, copie)
        with s.moteur.connect() as c:
            sur_le_serveur = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables.ORDRE}
    with sqlite3.connect(copie) as lite:
        assert lite.execute("PRAGMA user_version").fetchone()[0] == tables.VERSION
        dans_la_base = {t: lite.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables.ORDRE}
    assert comptes == dans_la_base
    # le journal reçoit en plus l'entrée du versement
    assert sur_le_serveur == {**dans_la_base, "journal": dans_la_base["journal"] + 1}
    assert dans_la_base["service"] > 0


REVISIONS_ANTERIEURES = ("s13_schema", "s13_droits", "s13_cascade", "s13_identite", "s14_avis")


@pytest.mark.parametrize("revision", REVISIONS_ANTERIEURES)
def test_un_serveur_de_chaque_revision_anterieure_monte_avec_ses_donnees(grappe_pg, tmp_path, revision):
    """Un répertoire ministériel resté à une révision antérieure, avec ses services, ses évaluations et
    son journal : la mise à jour (``serveur initialiser`` sur une base déjà initialisée) garde chaque
    ligne, et ce que la révision la plus récente apporte y marche — les droits (un rédactrice refusée
    hors de ses secteurs), les révisions, le journal sous la connexion, l'identité."""
    from sqlalchemy.exc import DBAPIError

    from gesserv_bureau.cas import repertoire, serveur as cas_serveur
    from gesserv_bureau.stockage.base import ouvrir

    poste = tmp_path / "poste.sqlite"
    with ouvrir(poste, rotation=False) as b:
        repertoire.charger_demo(b, dossiers=True)
    nom = grappe_pg.nouvelle_base()
    adresse = grappe_pg.url(nom)
    with cas_serveur.connecter(adresse) as s:
        cas_serveur.initialiser(s)
        cas_serveur.importer_base(s, poste)
    m = connexion.moteur(adresse)
    installation.retrograder(m, adresse, revision)
    with m.connect() as c:
        assert installation.revision_courante(c) == revision
        avant = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables.ORDRE}
    assert avant["service"] == 10 and avant["evaluation"] > 0 and avant["journal"] > 0
    assert installation.initialiser(m, adresse) == (revision, installation.revision_attendue())
    with m.connect() as c:
        apres = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables.ORDRE}
        assert c.execute(text("SELECT count(*) FROM gesserv_identite")).scalar_one() == 1
        assert c.execute(text("SELECT min(revision) FROM service")).scalar_one() >= 1
    m.dispose()
    assert apres == avant
    with cas_serveur.connecter(adresse) as s:
        cas_serveur.accorder(s, "rita", "redacteur", ["Aviation civile"])
    rita = connexion.moteur(grappe_pg.url(nom, "rita"))
    with rita.begin() as c:
        assert c.execute(text("UPDATE service SET nom_en = 'changed' "
                              "WHERE secteur_responsabilite = 'Aviation civile'")).rowcount >= 1
    with pytest.raises(DBAPIError), rita.begin() as c:
        c.execute(text("UPDATE service SET nom_en = 'not mine' WHERE secteur_responsabilite <> 'Aviation civile'"))
    rita.dispose()
    m = connexion.moteur(adresse)
    with m.connect() as c:
        assert c.execute(text("SELECT count(*) FROM journal WHERE utilisateur = 'rita' "
                              "AND action = 'serveur_update' AND entite = 'service'")).scalar_one() >= 1
        assert c.execute(text("SELECT count(*) FROM service WHERE nom_en = 'not mine'")).scalar_one() == 0
    m.dispose()
