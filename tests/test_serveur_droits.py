"""Le mode ministère sur un vrai PostgreSQL : une base de poste versée tout ou rien, puis chaque
rôle connecté sous son propre nom — et le serveur lui-même qui refuse ce que le rôle ne permet
pas (pas l'interface : les essais écrivent en SQL, sans elle)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from gesserv_bureau.cas import repertoire, serveur as cas_serveur
from gesserv_bureau.stockage import tables
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.serveur import connexion, installation

SECTEUR = "Aviation civile"
AUTRE = "Opérations de la flotte"


@pytest.fixture
def poste(tmp_path):
    """La base SQLite d'un poste : le répertoire de démonstration et un dossier de chaque sorte."""
    chemin = tmp_path / "poste.sqlite"
    with ouvrir(chemin, rotation=False) as b:
        repertoire.charger_demo(b, dossiers=True)
    return chemin


@pytest.fixture
def ministere(grappe_pg, base_pg, poste):
    """La base du poste versée dans le serveur, et quatre personnes : Léa lectrice, Rita
    rédactrice de l'Aviation civile, Alex approbateur (tous secteurs), Ada administratrice."""
    with cas_serveur.connecter(base_pg) as s:
        cas_serveur.importer_base(s, poste)
        cas_serveur.accorder(s, "lea", "lecteur")
        cas_serveur.accorder(s, "rita", "redacteur", [SECTEUR])
        cas_serveur.accorder(s, "alex", "approbateur", ["*"])
        cas_serveur.accorder(s, "ada", "administrateur")
    nom = base_pg.split("@/")[1].split("?")[0]

    def comme(role: str) -> cas_serveur.Serveur:
        return cas_serveur.connecter(grappe_pg.url(nom, role))

    comme.base = nom
    return comme


def _un(qui, sql: str, **params):
    with qui.moteur.connect() as c:
        return c.execute(text(sql), params).scalar()


def _ecrire(qui, sql: str, **params) -> int:
    with connexion.erreurs_dites(qui.adresse), qui.moteur.begin() as c:
        return c.execute(text(sql), params).rowcount


def test_le_versement_copie_chaque_table_ligne_pour_ligne(base_pg, poste):
    with sqlite3.connect(poste) as lite:
        attendu = {t: lite.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables.ORDRE}
        noms = sorted(r[0] for r in lite.execute("SELECT nom_fr FROM service"))
        contenu = lite.execute("SELECT contenu FROM strategie ORDER BY pk").fetchall()
    with cas_serveur.connecter(base_pg) as s:
        comptes = cas_serveur.importer_base(s, poste)
        assert comptes == attendu and attendu["service"] == 10 and attendu["evaluation"] >= 5
        with s.moteur.connect() as c:
            for t, n in attendu.items():   # le journal : une entrée de plus, celle du versement
                assert c.execute(text(f"SELECT count(*) FROM {t}")).scalar() == n + (t == "journal"), t
            assert sorted(r[0] for r in c.execute(text("SELECT nom_fr FROM service"))) == noms
            assert [tuple(r) for r in c.execute(text("SELECT contenu FROM strategie ORDER BY pk"))] == contenu
            versement = c.execute(text("SELECT action, libelle, connexion FROM journal WHERE action = 'versement'")).one()
            assert tuple(versement) == ("versement", "10 services", "postgres")
            # une ligne par ligne versée ? non : le versement est une seule entrée, sans avis
            assert c.execute(text("SELECT count(*) FROM journal WHERE action LIKE 'serveur_%'")).scalar() == 0
        # les clés continuent après celles du poste
        nouveau = _un(s, "INSERT INTO exercice (code) VALUES ('2031-2032') RETURNING code")
        assert nouveau == "2031-2032"
        pk = _un(s, "INSERT INTO rapport (horodatage, action, fichier, sha256) VALUES ('x', 'export', 'f', 'h') RETURNING pk")
        assert pk > attendu["rapport"]
        # un second versement doublerait tout : refusé, rien n'a changé
        with pytest.raises(connexion.ServeurNonVide):
            cas_serveur.importer_base(s, poste)
        assert _un(s, "SELECT count(*) FROM service") == 10


@pytest.mark.parametrize("poison", ["nul", "texte_dans_un_nombre"])
def test_un_versement_qui_echoue_ne_laisse_rien(base_pg, poste, poison):
    """Un caractère nul dans un nom, ou « beaucoup » dans un volume (SQLite les garde, PostgreSQL
    les refuse) : tout le versement est annulé et le message dit la table."""
    with sqlite3.connect(poste) as lite:
        if poison == "nul":
            lite.execute("UPDATE service SET nom_en = 'Pass' || char(0) || 'port' WHERE pk = (SELECT max(pk) FROM service)")
        else:
            lite.execute("UPDATE volume SET demandes = 'beaucoup' WHERE rowid = (SELECT max(rowid) FROM volume)")
    with cas_serveur.connecter(base_pg) as s:
        with pytest.raises(connexion.DonneeRefusee) as exc:
            cas_serveur.importer_base(s, poste)
        assert exc.value.params["table"] == ("service" if poison == "nul" else "volume")
        assert "volume" in exc.value.texte("fr") or "service" in exc.value.texte("fr")
        with s.moteur.connect() as c:
            for t in tables.ORDRE:
                assert c.execute(text(f"SELECT count(*) FROM {t}")).scalar() == 0, t


def _service(s, secteur: str) -> dict:
    with s.moteur.connect() as c:
        return dict(c.execute(text("SELECT * FROM service WHERE secteur_responsabilite = :s"), {"s": secteur})
                    .mappings().one())


def test_le_lecteur_lit_tout_et_ne_change_rien(ministere):
    with ministere("lea") as lea:
        assert lea.connexion == "lea"
        assert _un(lea, "SELECT count(*) FROM service") == 10
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(lea, "UPDATE service SET nom_fr = 'x'")
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(lea, "DELETE FROM evaluation")
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(lea, "INSERT INTO droit_secteur VALUES ('lea', '*')")
        assert _un(lea, "SELECT count(*) FROM service WHERE nom_fr = 'x'") == 0


def test_la_redactrice_ne_change_que_les_services_de_son_secteur(ministere):
    with ministere("rita") as rita:
        sien, autre = _service(rita, SECTEUR), _service(rita, AUTRE)
        assert _ecrire(rita, "UPDATE service SET nom_fr = 'Licences de pilote' WHERE pk = :p", p=sien["pk"]) == 1
        apres = _service(rita, SECTEUR)
        assert apres["nom_fr"] == "Licences de pilote" and apres["revision"] == sien["revision"] + 1
        # le service d'un autre secteur : une erreur du serveur, pas un refus muet; rien n'a changé
        with pytest.raises(connexion.DroitRefuse) as exc:
            _ecrire(rita, "UPDATE service SET nom_fr = 'pris' WHERE pk = :p", p=autre["pk"])
        assert "rita" in exc.value.detail
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "DELETE FROM service WHERE pk = :p", p=autre["pk"])
        # ni déplacer le sien vers un autre secteur, ni créer dans un autre secteur
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "UPDATE service SET secteur_responsabilite = :a WHERE pk = :p", a=AUTRE, p=sien["pk"])
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "INSERT INTO service (exercice, nom_fr, secteur_responsabilite) VALUES ('2024-2025', 'n', :a)",
                    a=AUTRE)
        # ni les volumes, les normes ou les évaluations des services d'un autre secteur
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "UPDATE volume SET demandes = 1 WHERE service_pk = :p", p=autre["pk"])
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "INSERT INTO volume (service_pk, mode, etat, demandes) VALUES (:p, 'courriel', 'donnees', 3)",
                    p=autre["pk"])
        # ni les réglages du ministère
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "INSERT INTO parametre (cle, valeur) VALUES ('tolerance', '0')")
        assert _service(rita, AUTRE) == autre
        # ce qui est dans son secteur, si : un volume de son service
        assert _ecrire(rita, "INSERT INTO volume (service_pk, mode, etat, demandes) VALUES (:p, 'courriel', 'donnees', 3)"
                       " ON CONFLICT (service_pk, mode) DO UPDATE SET demandes = 3", p=sien["pk"]) == 1
        # et supprimer son service, ses volumes et ses normes avec lui (la suppression en cascade
        # n'est pas prise pour celle de lignes d'un autre secteur : révision s13_cascade)
        assert _un(rita, "SELECT count(*) FROM volume WHERE service_pk = :p", p=sien["pk"]) > 0
        assert _ecrire(rita, "DELETE FROM service WHERE pk = :p", p=sien["pk"]) == 1
        assert _un(rita, "SELECT count(*) FROM volume WHERE service_pk = :p", p=sien["pk"]) == 0
        assert _service(rita, AUTRE) == autre


def test_seul_un_approbateur_approuve(ministere):
    with ministere("rita") as rita:
        sien = _service(rita, SECTEUR)["pk"]
        with rita.moteur.begin() as c:
            brouillon = c.execute(text("INSERT INTO evaluation (uuid, outil, service_pk) VALUES ('e-rita', '1B', :p) "
                                       "RETURNING pk"), {"p": sien}).scalar_one()
        with pytest.raises(connexion.ApprobationReservee):   # ni créée déjà approuvée
            _ecrire(rita, "INSERT INTO evaluation (uuid, outil, service_pk, statut) VALUES ('e2', '1B', :p, 'approuvee')",
                    p=sien)
        with pytest.raises(connexion.ApprobationReservee):
            _ecrire(rita, "UPDATE evaluation SET statut = 'approuvee' WHERE pk = :p", p=brouillon)
        # ce qui est approuvé ne se retouche pas non plus
        with pytest.raises(connexion.ApprobationReservee):
            _ecrire(rita, "UPDATE strategie SET titre = 'réécrite' WHERE statut = 'approuvee'")
        assert _un(rita, "SELECT statut FROM evaluation WHERE pk = :p", p=brouillon) != "approuvee"
    with ministere("alex") as alex:
        assert _ecrire(alex, "UPDATE evaluation SET statut = 'approuvee', approuve_par = 'Alex' WHERE pk = :p",
                       p=brouillon) == 1
        assert _un(alex, "SELECT statut FROM evaluation WHERE pk = :p", p=brouillon) == "approuvee"


def test_le_journal_dit_la_connexion_de_qui_a_change_quoi_et_ne_se_falsifie_pas(ministere):
    with ministere("rita") as rita:
        sien = _service(rita, SECTEUR)
        _ecrire(rita, "UPDATE service SET nom_fr = 'Permis', description_fr = 'd' WHERE pk = :p", p=sien["pk"])
        with rita.moteur.connect() as c:
            entree = c.execute(text("SELECT utilisateur, connexion, action, entite, cle, champ FROM journal "
                                    "WHERE action = 'serveur_update' ORDER BY id DESC LIMIT 1")).one()
        assert tuple(entree) == ("rita", "rita", "serveur_update", "service", str(sien["pk"]), "description_fr,nom_fr")
        # une entrée écrite par l'application : sa connexion est celle du serveur, pas celle qu'on dit
        _ecrire(rita, "INSERT INTO journal (horodatage, utilisateur, action, entite, connexion) "
                      "VALUES ('t', 'Marie', 'modification', 'service', 'ada')")
        assert _un(rita, "SELECT connexion FROM journal WHERE utilisateur = 'Marie'") == "rita"
        for sql in ("UPDATE journal SET utilisateur = 'personne'", "DELETE FROM journal"):
            with pytest.raises(connexion.DroitRefuse):
                _ecrire(rita, sql)
    with ministere("ada") as ada:   # même l'administratrice : le journal s'ajoute, ne s'efface pas
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(ada, "DELETE FROM journal")
        assert _ecrire(ada, "INSERT INTO parametre (cle, valeur) VALUES ('essai', 'x')") == 1


def test_donner_un_role(ministere):
    with ministere("ada") as ada:
        with pytest.raises(installation.NomConnexionInvalide):
            cas_serveur.accorder(ada, 'x"; DROP TABLE service; --', "lecteur")
        with pytest.raises(installation.RoleInconnu):
            cas_serveur.accorder(ada, "zoe", "chef")
    with ministere("rita") as rita:   # une rédactrice ne donne pas de droits
        with pytest.raises(connexion.DroitRefuse):
            cas_serveur.accorder(rita, "rita", "administrateur")
    with cas_serveur.connecter(ministere("postgres").adresse) as dba:
        d = cas_serveur.accorder(dba, "rita", "approbateur", [SECTEUR, AUTRE])
        assert (d.role, d.secteurs) == ("approbateur", tuple(sorted([SECTEUR, AUTRE])))
        d = cas_serveur.accorder(dba, "rita", "lecteur", [])
        assert (d.role, d.secteurs) == ("lecteur", ())
    with ministere("rita") as rita:
        with pytest.raises(connexion.DroitRefuse):
            _ecrire(rita, "UPDATE service SET nom_fr = 'x' WHERE secteur_responsabilite = :s", s=SECTEUR)
