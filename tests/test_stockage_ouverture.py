"""Ouvrir la base : schéma, WAL, clés étrangères, verrou, et chaque mauvaise entrée (fichier
endommagé, version future, lecture seule, disque plein) qui doit laisser le fichier intact."""

from __future__ import annotations

import os
import sqlite3

import pytest

from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir, ouvrir_memoire
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.erreurs import (
    BaseDejaOuverte,
    BaseEndommagee,
    BaseInaccessible,
    BaseLectureSeule,
    BaseVersionFuture,
    DisquePlein,
)
from gesserv_bureau.stockage.schema import MIGRATIONS, NOMS_MIGRATIONS, VERSION_SCHEMA

from outils_tests import (
    compter,
    endommager,
    rendre_lecture_seule,
    retablir_ecriture,
    schema,
    service_complet,
    sha256,
    user_version,
)


@pytest.fixture
def chemin(tmp_path):
    return tmp_path / "repertoire.sqlite"


@pytest.fixture
def base_remplie(chemin):
    """Une base fermée proprement, avec trois services (assez de pages pour l'endommager)."""
    with ouvrir(chemin) as base:
        depot = DepotServices(base)
        for i in range(3):
            depot.creer(service_complet(service_id=f"TST-{i}", description_fr="Texte. " * 400))
    return chemin


def test_nouvelle_base_schema_wal_cles_etrangeres(chemin):
    assert not chemin.exists()
    with ouvrir(chemin) as base:
        assert base.version() == VERSION_SCHEMA
        assert base.db.execute("PRAGMA user_version").fetchone()[0] == VERSION_SCHEMA
        assert base.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert base.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = set(base.db.table_names())
        assert {"exercice", "service", "volume", "journal", "evaluation", "seance", "initiative", "norme_service"} <= tables
        assert [m.name for m in MIGRATIONS.applied(base.db)] == NOMS_MIGRATIONS
    # Le mode WAL est inscrit dans le fichier : une connexion indépendante le voit.
    conn = sqlite3.connect(chemin)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert user_version(chemin) == VERSION_SCHEMA
    # Une base neuve n'a rien à sauvegarder.
    assert sauvegardes.copies(chemin) == []


def test_meme_schema_en_memoire_et_sur_disque(chemin):
    memoire = ouvrir_memoire()
    with ouvrir(chemin) as base:
        assert schema(base.db.conn) == schema(memoire.db.conn)
    memoire.fermer()


def test_cles_etrangeres_appliquees(chemin):
    with ouvrir(chemin) as base:
        with pytest.raises(sqlite3.IntegrityError):
            with base.ecriture() as db:
                db.execute("INSERT INTO service (exercice) VALUES ('1999-2000')")  # exercice absent
        assert compter(chemin, "service") == 0


def test_fichier_vide_devient_une_base(chemin):
    chemin.write_bytes(b"")
    with ouvrir(chemin) as base:
        assert base.version() == VERSION_SCHEMA
        DepotServices(base).creer(service_complet())
    assert compter(chemin, "service") == 1


def test_reouverture_garde_les_donnees_et_fait_une_copie_tournante(base_remplie):
    assert sauvegardes.copies(base_remplie) == []
    with ouvrir(base_remplie, rotation=False) as base:
        assert DepotServices(base).nombre() == 3
    assert sauvegardes.copies(base_remplie) == []
    with ouvrir(base_remplie) as base:
        assert DepotServices(base).nombre() == 3
    (copie,) = sauvegardes.copies(base_remplie)
    assert copie.name.endswith("-auto.sqlite")
    assert compter(copie, "service") == 3


# --- une seule instance à la fois -------------------------------------------------------

def test_deuxieme_ouverture_refusee_puis_permise_apres_fermeture(base_remplie):
    premiere = ouvrir(base_remplie, rotation=False)
    try:
        empreinte = sha256(base_remplie)
        with pytest.raises(BaseDejaOuverte) as exc:
            ouvrir(base_remplie, rotation=False)
        assert exc.value.chemin == base_remplie
        assert f"pid {os.getpid()}" in exc.value.proprietaire
        assert sha256(base_remplie) == empreinte
        # La première instance continue d'écrire normalement.
        DepotServices(premiere).creer(service_complet(service_id="TST-9"))
    finally:
        premiere.fermer()
    with ouvrir(base_remplie, rotation=False) as seconde:
        assert DepotServices(seconde).nombre() == 4


def test_consultation_en_lecture_seule_pendant_qu_une_instance_ecrit(base_remplie):
    with ouvrir(base_remplie, rotation=False) as ecrivain:
        DepotServices(ecrivain).creer(service_complet(service_id="TST-8"))
        with ouvrir(base_remplie, lecture_seule=True) as lecteur:
            assert DepotServices(lecteur).nombre() == 4


# --- fichier endommagé ------------------------------------------------------------------

def test_fichier_qui_n_est_pas_une_base(chemin):
    chemin.write_bytes(b"Ceci n'est pas une base SQLite.\n" * 200)
    empreinte = sha256(chemin)
    with pytest.raises(BaseEndommagee) as exc:
        ouvrir(chemin)
    assert exc.value.copies == []
    assert "not a database" in exc.value.detail
    assert sha256(chemin) == empreinte
    # Le verrou a été relâché : une nouvelle tentative échoue de la même façon, pas « déjà ouverte ».
    with pytest.raises(BaseEndommagee):
        ouvrir(chemin)


def test_base_tronquee(base_remplie):
    donnees = base_remplie.read_bytes()
    base_remplie.write_bytes(donnees[: len(donnees) // 2])
    empreinte = sha256(base_remplie)
    with pytest.raises(BaseEndommagee):
        ouvrir(base_remplie)
    assert sha256(base_remplie) == empreinte


def test_base_endommagee_propose_les_copies_intactes_la_plus_recente_d_abord(base_remplie):
    ancienne = sauvegardes.copier(base_remplie, "manuelle")
    abimee = sauvegardes.copier(base_remplie, "manuelle")
    abimee.write_bytes(b"\x00garbage" * 1000)  # une copie elle-même endommagée : à écarter
    with ouvrir(base_remplie, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="TST-3"))
    recente = sauvegardes.copier(base_remplie, "manuelle")
    assert sauvegardes.copies(base_remplie) == [recente, abimee, ancienne]

    endommager(base_remplie)
    empreinte = sha256(base_remplie)
    with pytest.raises(BaseEndommagee) as exc:
        ouvrir(base_remplie)
    assert exc.value.copies == [recente, ancienne]
    assert sha256(base_remplie) == empreinte

    # Restaurer la plus récente : le fichier endommagé est gardé à côté, renommé, intact.
    cote = sauvegardes.restaurer(base_remplie, exc.value.copies[0])
    assert cote.parent == base_remplie.parent and cote != base_remplie
    assert "endommagee" in cote.name
    assert sha256(cote) == empreinte
    with ouvrir(base_remplie) as base:
        assert DepotServices(base).nombre() == 4


# --- version future ---------------------------------------------------------------------

def test_base_d_une_version_future(base_remplie):
    conn = sqlite3.connect(base_remplie)
    conn.execute(f"PRAGMA user_version = {VERSION_SCHEMA + 1}")
    conn.commit()
    conn.close()
    empreinte = sha256(base_remplie)
    for lecture_seule in (False, True):
        with pytest.raises(BaseVersionFuture) as exc:
            ouvrir(base_remplie, lecture_seule=lecture_seule)
        assert (exc.value.version_base, exc.value.version_connue) == (VERSION_SCHEMA + 1, VERSION_SCHEMA)
        assert sha256(base_remplie) == empreinte
    assert sauvegardes.copies(base_remplie) == []


def test_migration_inconnue_reconnue_comme_version_future(base_remplie):
    conn = sqlite3.connect(base_remplie)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["gesserv_bureau", "0099_venue_du_futur", "2030-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()
    empreinte = sha256(base_remplie)
    with pytest.raises(BaseVersionFuture):
        ouvrir(base_remplie)
    assert sha256(base_remplie) == empreinte


# --- lecture seule ----------------------------------------------------------------------

def test_fichier_en_lecture_seule(base_remplie):
    empreinte = sha256(base_remplie)
    technique = rendre_lecture_seule(base_remplie)
    try:
        if technique is None:
            pytest.skip(
                "exécuté en root sans « chattr +i » utilisable : chmod 0o444 n'empêche pas root "
                "d'écrire, le système ne peut pas rendre ce fichier non modifiable ici"
            )
        with pytest.raises(BaseLectureSeule) as exc:
            ouvrir(base_remplie)
        assert exc.value.chemin == base_remplie
        assert sha256(base_remplie) == empreinte
        # On peut toujours le consulter.
        with ouvrir(base_remplie, lecture_seule=True) as base:
            assert DepotServices(base).nombre() == 3
        assert sha256(base_remplie) == empreinte
    finally:
        retablir_ecriture(base_remplie)


def test_ouverture_en_lecture_seule_refuse_toute_ecriture(base_remplie):
    empreinte = sha256(base_remplie)
    with ouvrir(base_remplie, lecture_seule=True) as base:
        depot = DepotServices(base)
        assert base.lecture_seule
        service = depot.services("2024-2025")[0]
        service.nom_fr = "Changement refusé"
        with pytest.raises(BaseLectureSeule):
            depot.enregistrer(service)
        with pytest.raises(BaseLectureSeule):
            depot.creer(service_complet(service_id="TST-7"))
        with pytest.raises(BaseLectureSeule):
            depot.modifier_metadonnees("2024-2025", "Quelqu'un", "2025-01-01")
        # Même si l'application oubliait le drapeau, SQLite refuse (connexion « mode=ro ») et
        # l'erreur devient une BaseLectureSeule claire.
        base.lecture_seule = False
        with pytest.raises(BaseLectureSeule) as exc:
            depot.enregistrer(service)
        assert "readonly" in exc.value.detail
        base.lecture_seule = True
        assert depot.charger(service.pk).nom_fr == "Délivrance des permis de pêche"
    assert sha256(base_remplie) == empreinte
    assert compter(base_remplie, "journal") == 3


def test_lecture_seule_d_un_fichier_absent(chemin):
    with pytest.raises(BaseInaccessible):
        ouvrir(chemin, lecture_seule=True)
    assert not chemin.exists()


# --- disque plein -----------------------------------------------------------------------

def _comptes(base) -> tuple[int, int, int]:
    return tuple(
        base.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("service", "volume", "journal")
    )


def test_disque_plein_rien_n_est_ecrit(base_remplie):
    with ouvrir(base_remplie, rotation=False) as base:
        depot = DepotServices(base)
        base.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        empreinte = sha256(base_remplie)
        avant = _comptes(base)
        pages = base.db.execute("PRAGMA page_count").fetchone()[0]
        base.db.execute(f"PRAGMA max_page_count = {pages}")  # plus une page de libre

        with pytest.raises(DisquePlein) as exc:
            depot.creer(service_complet(service_id="GROS", description_fr="x" * 200_000))
        assert "full" in exc.value.detail
        assert not base.db.conn.in_transaction
        assert _comptes(base) == avant
        assert "GROS" not in depot.ids_autres("2024-2025", None)

        service = depot.services("2024-2025")[0]
        service.description_fr = "y" * 200_000
        service.nom_fr = "Renommé"
        with pytest.raises(DisquePlein):
            depot.enregistrer(service)
        relu = depot.charger(service.pk)
        assert relu.nom_fr == "Délivrance des permis de pêche"
        assert relu.description_fr.startswith("Texte. ")
        assert _comptes(base) == avant
        assert sha256(base_remplie) == empreinte

        # De l'espace libéré : l'enregistrement reprend à la modification suivante.
        base.db.execute("PRAGMA max_page_count = 1073741823")
        assert "nom_fr" in depot.enregistrer(service)
        assert _comptes(base)[2] == avant[2] + 2  # nom_fr et description_fr au journal
    assert compter(base_remplie, "service") == 3
