"""Copies de sécurité : cohérentes pendant l'écriture, en rotation (une par 24 h, ROTATION au plus),
restaurables sans rien effacer."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.erreurs import CopieRefusee, MoinsDeServices

from outils_tests import compter, service_complet, sha256


@pytest.fixture
def chemin(tmp_path):
    p = tmp_path / "repertoire.sqlite"
    with ouvrir(p) as base:
        DepotServices(base).creer(service_complet(service_id="A-1"))
    return p


def _vieillir(fichier, heures: float) -> None:
    instant = time.time() - heures * 3600
    os.utime(fichier, (instant, instant))


def test_copie_coherente_pendant_que_la_base_est_ouverte(chemin):
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="B-2"))  # encore dans le WAL
        copie = sauvegardes.copier(chemin, "manuelle")
    assert copie.parent == chemin.parent / "repertoire-sauvegardes"
    assert copie.name.startswith("repertoire-") and copie.name.endswith("-manuelle.sqlite")
    assert sauvegardes.est_intacte(copie)
    assert compter(copie, "service") == 2


def test_copies_la_plus_recente_d_abord(chemin):
    faites = [sauvegardes.copier(chemin, raison) for raison in ("manuelle", "auto", "avant-migration-v1-v3")]
    assert sauvegardes.copies(chemin) == list(reversed(faites))
    assert sauvegardes.copies(chemin.with_name("autre.sqlite")) == []


def test_rotation_une_copie_par_jour(chemin):
    premiere = sauvegardes.rotation(chemin)
    assert premiere is not None and premiere.name.endswith("-auto.sqlite")
    assert sauvegardes.rotation(chemin) is None  # la dernière a moins de 24 h
    _vieillir(premiere, 23)
    assert sauvegardes.rotation(chemin) is None
    _vieillir(premiere, 25)
    seconde = sauvegardes.rotation(chemin)
    assert seconde is not None and seconde != premiere
    assert sauvegardes.copies(chemin) == [seconde, premiere]


def test_rotation_garde_rotation_copies_pas_plus(chemin):
    manuelle = sauvegardes.copier(chemin, "manuelle")
    maintenant = dt.datetime.now()
    faites = []
    for jour in range(1, sauvegardes.ROTATION + 3):
        nouvelle = sauvegardes.rotation(chemin, maintenant + dt.timedelta(hours=25 * jour))
        assert nouvelle is not None
        faites.append(nouvelle)
    automatiques = [c for c in sauvegardes.copies(chemin) if c.name.endswith("-auto.sqlite")]
    assert len(automatiques) == sauvegardes.ROTATION
    assert automatiques == list(reversed(faites))[: sauvegardes.ROTATION]  # les plus anciennes partent
    assert not faites[0].exists() and not faites[1].exists()
    assert manuelle.exists()  # une copie manuelle n'est jamais effacée par la rotation


def test_ouverture_fait_la_copie_tournante(chemin):
    with ouvrir(chemin):
        pass
    (auto,) = sauvegardes.copies(chemin)
    with ouvrir(chemin):
        pass
    assert sauvegardes.copies(chemin) == [auto]  # pas une deuxième le même jour


def test_restaurer_garde_la_base_remplacee(chemin):
    copie = sauvegardes.copier(chemin, "manuelle")
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="B-2"))
    empreinte = sha256(chemin)

    # la copie a un service de moins que la base : il faut le confirmer
    with pytest.raises(MoinsDeServices) as exc:
        sauvegardes.restaurer(chemin, copie)
    assert (exc.value.services_copie, exc.value.services_base) == (1, 2)
    assert sha256(chemin) == empreinte
    cote = sauvegardes.restaurer(chemin, copie, confirmer=True)
    assert cote is not None and cote.exists() and cote.parent == chemin.parent
    assert sha256(cote) == empreinte
    assert compter(cote, "service") == 2
    assert compter(chemin, "service") == 1
    assert sha256(chemin) == sha256(copie)
    with ouvrir(chemin) as base:
        assert [s.service_id for s in DepotServices(base).services("2024-2025")] == ["A-1"]


def test_restaurer_deplace_aussi_le_wal(chemin):
    copie = sauvegardes.copier(chemin, "manuelle")
    (chemin.parent / (chemin.name + "-wal")).write_bytes(b"wal")
    (chemin.parent / (chemin.name + "-shm")).write_bytes(b"shm")
    cote = sauvegardes.restaurer(chemin, copie)
    assert not (chemin.parent / (chemin.name + "-wal")).exists()
    assert (cote.parent / (cote.name + "-wal")).read_bytes() == b"wal"
    # le -shm (l'index du -wal, refait par SQLite quand la restauration compte les services de
    # la base) suit la base mise de côté
    assert (cote.parent / (cote.name + "-shm")).exists()
    assert not (chemin.parent / (chemin.name + "-shm")).exists()


def test_restaurer_une_copie_endommagee_est_refuse(chemin):
    copie = sauvegardes.copier(chemin, "manuelle")
    copie.write_bytes(b"pas une base" * 500)
    empreinte = sha256(chemin)
    assert not sauvegardes.est_intacte(copie)
    assert sauvegardes.copies_intactes(chemin) == []
    with pytest.raises(CopieRefusee):
        sauvegardes.restaurer(chemin, copie)
    assert sha256(chemin) == empreinte
    assert sorted(p.name for p in chemin.parent.iterdir() if p.is_file() and "endommagee" in p.name) == []


def test_restaurer_sans_base_existante(tmp_path, chemin):
    copie = sauvegardes.copier(chemin, "manuelle")
    chemin.unlink()
    assert sauvegardes.restaurer(chemin, copie) is None
    assert compter(chemin, "service") == 1


def test_rotation_ne_laisse_pas_de_fichiers_orphelins(chemin):
    # Vérifier les copies (intégrité, liste des copies intactes) ne doit pas semer de fichiers
    # -wal / -shm que la rotation n'effacerait jamais.
    maintenant = dt.datetime.now()
    for jour in range(1, sauvegardes.ROTATION + 4):
        sauvegardes.rotation(chemin, maintenant + dt.timedelta(hours=25 * jour))
        assert sauvegardes.copies_intactes(chemin)
    fichiers = sorted(p.name for p in sauvegardes.dossier(chemin).iterdir())
    assert len(fichiers) == sauvegardes.ROTATION
    assert all(nom.endswith("-auto.sqlite") for nom in fichiers), fichiers
