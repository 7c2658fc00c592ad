"""Le mot de passe d'une connexion au répertoire ministériel (mode ministère, point 1), sur un
vrai PostgreSQL qui l'exige pour une connexion : absent, il est demandé; faux, il est dit refusé
(pas « aucun mot de passe trouvé »); juste, la connexion s'ouvre. Il n'est gardé nulle part."""

from __future__ import annotations

import pytest
from outils_tests import lancer_cli

from gesserv_bureau.cas import serveur as cas_serveur
from gesserv_bureau.stockage.serveur.connexion import MotDePasseRefuse, MotDePasseRequis

ROLE = "essai_mot_de_passe"


@pytest.fixture
def avec_mot_de_passe(grappe_pg, base_pg):
    """Une connexion ``ROLE`` que le serveur n'admet qu'avec le mot de passe « juste-2026 »
    (scram-sha-256 dans pg_hba.conf, le temps de l'essai); son adresse."""
    hba = grappe_pg.dossier / "donnees" / "pg_hba.conf"
    avant = hba.read_text()
    hba.write_text(f"local all {ROLE} scram-sha-256\n" + avant)
    grappe_pg.psql(f"DROP ROLE IF EXISTS {ROLE}; CREATE ROLE {ROLE} LOGIN PASSWORD 'juste-2026' IN ROLE gesserv_lecteur")
    grappe_pg.psql("SELECT pg_reload_conf()")
    yield grappe_pg.url(base_pg.split("@/")[1].split("?")[0], ROLE)
    hba.write_text(avant)
    grappe_pg.psql("SELECT pg_reload_conf()")


def test_absent_demande_faux_refuse_juste_ouvert(avec_mot_de_passe, monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "aucun"))
    with pytest.raises(MotDePasseRequis) as exc:
        cas_serveur.connecter(avec_mot_de_passe)
    assert not isinstance(exc.value, MotDePasseRefuse) and "aucun n'a été trouvé" in exc.value.texte("fr")
    with pytest.raises(MotDePasseRefuse) as exc:
        cas_serveur.connecter(avec_mot_de_passe, "faux")
    assert "a refusé le mot de passe" in exc.value.texte("fr") and "rejected the password" in exc.value.texte("en")
    assert "faux" not in exc.value.texte("fr")
    with cas_serveur.connecter(avec_mot_de_passe, "juste-2026") as s:
        assert s.connexion == ROLE


def test_la_ligne_de_commande_dit_le_mot_de_passe_refuse(avec_mot_de_passe, capsys, monkeypatch, tmp_path):
    """Sans terminal, le mot de passe vient de libpq (PGPASSWORD, PGPASSFILE) : faux, il est dit refusé."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "aucun"))
    monkeypatch.setenv("PGPASSWORD", "faux")
    code, _, erreurs = lancer_cli(capsys, "serveur", "utilisateur", "x", "--role", "lecteur", "--base", avec_mot_de_passe)
    assert code == 1 and "a refusé le mot de passe" in erreurs and "aucun n'a été trouvé" not in erreurs
    monkeypatch.delenv("PGPASSWORD")
    code, _, erreurs = lancer_cli(capsys, "--langue", "en", "serveur", "utilisateur", "x", "--role", "lecteur",
                                  "--base", avec_mot_de_passe)
    assert code == 1 and "none was found" in erreurs


def test_un_serveur_qui_ne_repond_pas_est_dit_en_secondes(monkeypatch):
    """Un serveur qui accepte la connexion TCP puis se tait (un réseau coupé sans un mot) : la
    connexion abandonne après ``connect_timeout`` (10 s par défaut, ici 1 s) et le dit, au lieu
    d'attendre les minutes de TCP; une adresse qui fixe son propre délai le garde."""
    import socket
    import time

    import psycopg

    from gesserv_bureau.stockage.serveur import connexion
    from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible

    muet = socket.socket()
    muet.bind(("127.0.0.1", 0))
    muet.listen(5)                       # la poignée de main se fait; aucune réponse ne vient
    port = muet.getsockname()[1]
    monkeypatch.setitem(connexion.DELAIS, "connect_timeout", 1)
    debut = time.monotonic()
    with pytest.raises(ServeurInaccessible):
        cas_serveur.connecter(f"postgresql://personne@127.0.0.1:{port}/gesserv")
    assert time.monotonic() - debut < 8
    muet.close()

    vues = []
    monkeypatch.setattr(psycopg, "connect", lambda adresse, **options: vues.append(options) or (_ for _ in ()).throw(
        psycopg.OperationalError("arrêté ici")))
    for adresse in ("postgresql://p@h/b?connect_timeout=3", "host=h dbname=b"):
        with pytest.raises(ServeurInaccessible):
            cas_serveur.connecter(adresse)
    assert "connect_timeout" not in vues[0] and vues[0]["keepalives"] == 1
    assert vues[-1]["connect_timeout"] == 1 and vues[-1]["keepalives_idle"] == 30


def test_une_base_ou_un_nom_de_connexion_qui_n_existe_pas_est_un_refus_pas_un_serveur_muet(grappe_pg, base_pg, tmp_path,
                                                                                          capsys):
    """Le serveur a répondu : une base mal nommée, un nom de connexion inconnu se disent « refuse la
    connexion », avec ce qu'il faut vérifier dans l'adresse — pas « ne répond pas, vérifiez le réseau »;
    rien n'est créé."""
    from gesserv_bureau.stockage.serveur.connexion import ConnexionRefusee

    nom = base_pg.split("@/")[1].split("?")[0]
    for adresse, detail in ((grappe_pg.url("base_absente"), 'database "base_absente" does not exist'),
                            (grappe_pg.url(nom, "personne_inconnue"), 'role "personne_inconnue" does not exist')):
        with pytest.raises(ConnexionRefusee) as exc:
            cas_serveur.connecter(adresse)
        assert detail in exc.value.texte("fr") and "refuse la connexion" in exc.value.texte("fr")
        assert "ne répond pas" not in exc.value.texte("fr") and "refuses the connection" in exc.value.texte("en")
    code, sortie, erreurs = lancer_cli(capsys, "serveur", "emporter", str(tmp_path / "x.sqlite"), "--base",
                                       grappe_pg.url("base_absente"))
    assert code == 1 and "refuse la connexion" in erreurs and "base_absente" in erreurs
    assert not (tmp_path / "x.sqlite").exists()
