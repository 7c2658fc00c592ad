"""Le répertoire en direct (mode ministère, point 4) : ce qui est créé dans une copie — un service, une
norme, une action — y prend une clé que le serveur a réservée d'avance, et y part dans la seconde à
cette clé, sur un vrai PostgreSQL; sans clé réservée (le serveur injoignable), il part au renvoi."""

from __future__ import annotations

import json

import pytest
from outils_direct import (copie, de_rita, poste_coupe_apres_validation, serveur_qui_ne_valide_pas, service_cree,
                           sql)

from gesserv_bureau.cas import hors_ligne, normes, repertoire, services_en_direct
from gesserv_bureau.cas.seance_en_direct import EnvoiRefuse
from gesserv_bureau.stockage import cles_reservees
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.serveur import envoi_fiches
from tests.conftest import SECTEURS_RITA


def test_un_service_cree_part_a_la_cle_reservee_puis_ses_normes_et_actions(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        assert services_en_direct.reserver_cles(rita, base) == 3 * services_en_direct.CLES_A_GARDER
        assert services_en_direct.reserver_cles(rita, base) == 0           # assez : rien demandé
        (maxi,) = sql(rita, "SELECT max(pk) AS m FROM service")
        modele = de_rita(base)
        service = service_cree(base, SECTEURS_RITA[0], "Créé en direct par Rita", modele.exercice)
        assert service.pk > maxi["m"] and service.pk in cles_reservees.prises(base.conn, "service")
        assert cles_reservees.libres(base.conn, "service") == services_en_direct.CLES_A_GARDER - 1
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.envoyee and not s.au_renvoi and not s.pas_encore
        (la_bas,) = sql(rita, "SELECT pk, nom_fr, secteur_responsabilite, revision FROM service WHERE nom_fr = :n",
                        n="Créé en direct par Rita")
        assert (la_bas["pk"], la_bas["secteur_responsabilite"]) == (service.pk, SECTEURS_RITA[0])
        assert s.revisions == {("service", service.pk): la_bas["revision"]}
        # un second envoi n'écrit rien; une modification part en modification, pas en création
        assert not services_en_direct.synchroniser_services(rita, base, [service.pk]).envoyee
        relu = repertoire.charger_service(base, service.pk)
        relu.description_fr = "Décrit après sa création"
        repertoire.enregistrer_service(base, relu)
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.envoyee and not s.au_renvoi
        assert sql(rita, "SELECT description_fr FROM service WHERE pk = :p", p=service.pk) == \
            [{"description_fr": "Décrit après sa création"}]
        # sa norme et une action de son plan : à leur clé réservée aussi
        norme = normes.creer(base, service.pk, norme_id="N-1", norme_fr="Répondre en 5 jours",
                             norme_en="Answer within 5 days", cible=0.9)
        assert norme.pk in cles_reservees.prises(base.conn, "norme_service")
        assert services_en_direct.synchroniser_fiches(rita, base, "norme_service", [norme.pk]).envoyee
        action = normes.ajouter_action(base, norme.pk, "Former l'équipe")
        assert services_en_direct.synchroniser_fiches(rita, base, "action_norme", [action.pk]).envoyee
        assert sql(rita, "SELECT n.pk, n.service_pk, a.pk AS action, a.texte FROM norme_service n "
                         "JOIN action_norme a ON a.norme_pk = n.pk WHERE n.service_pk = :p", p=service.pk) == \
            [{"pk": norme.pk, "service_pk": service.pk, "action": action.pk, "texte": "Former l'équipe"}]
        # un renvoi n'a plus rien à envoyer, et rien n'est doublé sur le serveur
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
        hors_ligne.renvoyer_base(rita, base)
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = :n", n="Créé en direct par Rita")[0]["n"] == 1
        assert repertoire.charger_service(base, service.pk).description_fr == "Décrit après sa création"


def test_la_copie_d_ada_le_recoit_au_renvoi_a_la_meme_cle(ministere, tmp_path):
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, SECTEURS_RITA[1], "Vu par Ada")
        services_en_direct.synchroniser_services(rita, base, [service.pk])
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        hors_ligne.renvoyer_base(ada, base)
        assert repertoire.charger_service(base, service.pk).nom_fr == "Vu par Ada"


def test_un_service_sans_secteur_attend_puis_part_quand_il_l_a(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = repertoire.nouveau_service(base, de_rita(base).exercice)      # « Nouveau service » : vide
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert (s.envoyee, s.pas_encore, s.au_renvoi) == (False, {service.pk}, frozenset())
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE pk = :p", p=service.pk)[0]["n"] == 0
        service.secteur_responsabilite, service.nom_fr = SECTEURS_RITA[2], "Complété"
        repertoire.enregistrer_service(base, service)
        assert services_en_direct.synchroniser_services(rita, base, [service.pk]).envoyee
        assert sql(rita, "SELECT nom_fr FROM service WHERE pk = :p", p=service.pk) == [{"nom_fr": "Complété"}]


def test_un_service_d_un_secteur_pas_accorde_est_refuse_et_reste_ici(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, "Secteur de quelqu'un d'autre", "Hors de ses secteurs")
        with pytest.raises(EnvoiRefuse):
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE pk = :p", p=service.pk)[0]["n"] == 0
        assert repertoire.charger_service(base, service.pk).nom_fr == "Hors de ses secteurs"      # gardé ici


def test_sans_cle_reservee_la_creation_part_au_renvoi(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        service = service_cree(base, SECTEURS_RITA[0], "Sans clé réservée")
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.au_renvoi == {service.pk} and not s.envoyee
        assert hors_ligne.renvoyer_base(rita, base).ajoutees == 1
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Sans clé réservée'")[0]["n"] == 1


def test_une_lectrice_ne_recoit_pas_de_cles(ministere, tmp_path):
    f = copie(ministere, tmp_path, "lea")
    with ouvrir(f, rotation=False) as base, ministere("lea") as lea:
        assert services_en_direct.reserver_cles(lea, base) == 0
        assert cles_reservees.libres(base.conn, "service") == 0


def test_une_cle_deja_prise_dans_la_copie_est_sautee(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        reservees = json.loads(base.conn.execute("SELECT valeur FROM parametre WHERE cle = ?",
                                                 [cles_reservees.CLE]).fetchone()[0])["service"]["libres"]
        # un service créé ici avant le direct a pris, par SQLite, la première clé réservée
        modele = de_rita(base)
        occupant = modele.copie(pk=None, service_id="", nom_fr="Occupant")
        from gesserv_bureau.stockage.depot_services import DepotServices

        with base.ecriture() as db:
            DepotServices(base)._inserer(db, occupant, pk=min(reservees))
        service = service_cree(base, SECTEURS_RITA[0], "Suivant", modele.exercice)
        assert service.pk == sorted(reservees)[1]


@pytest.mark.parametrize("valeur", ["pas du json", '{"service": {"libres": ["7", true, -3, 2.5]}}', "[1, 2]",
                                    '{"service": "\\u0000"}'])
def test_des_cles_abimees_sont_ignorees(ministere, tmp_path, valeur):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        with base.ecriture() as db:
            db.execute("INSERT INTO parametre (cle, valeur) VALUES (?, ?)", [cles_reservees.CLE, valeur])
        service = service_cree(base, SECTEURS_RITA[0], "Avec des clés abîmées")
        assert service.pk not in cles_reservees.prises(base.conn, "service") or False
        assert services_en_direct.synchroniser_services(rita, base, [service.pk]).au_renvoi == {service.pk}


def test_le_serveur_ne_valide_pas_la_creation_elle_repart_une_fois(ministere, tmp_path, monkeypatch):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, SECTEURS_RITA[0], "Coupé à la validation")
        serveur_qui_ne_valide_pas(monkeypatch, rita)
        with pytest.raises(Exception):
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE pk = :p", p=service.pk)[0]["n"] == 0
        assert services_en_direct.synchroniser_services(rita, base, [service.pk]).envoyee
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Coupé à la validation'")[0]["n"] == 1
        assert hors_ligne.renvoyer_base(rita, base, essai=True).ajoutees == 0


def test_le_poste_coupe_apres_la_validation_la_creation_n_est_pas_doublee(ministere, tmp_path, monkeypatch):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, SECTEURS_RITA[0], "Coupé après la validation")
        poste_coupe_apres_validation(monkeypatch)
        with pytest.raises(OSError):
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert not services_en_direct.synchroniser_services(rita, base, [service.pk]).envoyee
        assert envoi_fiches.intention(base) is None
        assert hors_ligne.renvoyer_base(rita, base, essai=True).ajoutees == 0
        hors_ligne.renvoyer_base(rita, base)
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Coupé après la validation'")[0]["n"] == 1


def test_des_cles_d_un_autre_repertoire_sont_refusees(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        with base.ecriture() as db:
            instantane = json.loads(db.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne'").fetchone()[0])
            instantane["identite"] = "un-autre-repertoire"
            db.execute("UPDATE parametre SET valeur = ? WHERE cle = 'hors_ligne'", [json.dumps(instantane)])
        with pytest.raises(hors_ligne.AutreRepertoire):
            services_en_direct.reserver_cles(rita, base)
        assert cles_reservees.libres(base.conn, "service") == 0


def test_un_import_ne_prend_aucune_cle_que_la_copie_garde(ministere, tmp_path):
    """Un import range ses services à la suite des clés de la base : jamais sur une clé réservée, ni sur
    celle d'un service supprimé en direct (que SQLite redonnerait), que la copie garde pour le rétablir."""
    from gesserv_bureau.domaine.service import Service
    from gesserv_bureau.stockage.depot_services import inserer_nouveaux

    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, SECTEURS_RITA[0], "Supprimé en direct")
        services_en_direct.synchroniser_services(rita, base, [service.pk])
        repertoire.supprimer_service(base, service.pk)
        assert services_en_direct.synchroniser_services(rita, base, [service.pk]).supprimees_ici == {service.pk}
        gardees = cles_reservees.prises(base.conn, "service") | set(
            json.loads(base.conn.execute("SELECT valeur FROM parametre WHERE cle = ?",
                                         [cles_reservees.CLE]).fetchone()[0])["service"]["libres"])
        importes = [Service(exercice=de_rita(base).exercice, service_id=f"IMP-{i}", nom_fr=f"Importé {i}")
                    for i in range(3)]
        with base.ecriture() as db:
            inserer_nouveaux(db, "rita", importes)
        assert all(s.pk > max(gardees) for s in importes), ([s.pk for s in importes], sorted(gardees))


def test_l_exercice_suivant_ne_prend_aucune_cle_que_la_copie_garde(ministere, tmp_path):
    """La mise à jour annuelle dans une copie en direct (l'exercice suivant créé sur le serveur, arrivé
    dans la copie) : les services reportés ne prennent ni une clé réservée, ni celle d'un service supprimé
    en direct — qu'un collègue a peut-être encore, et où son envoi se fondrait dans le report."""
    from gesserv_bureau.domaine import exercice as exercices

    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        courant = de_rita(base).exercice
        service = service_cree(base, SECTEURS_RITA[0], "Supprimé en direct avant le report", courant)
        services_en_direct.synchroniser_services(rita, base, [service.pk])
        repertoire.supprimer_service(base, service.pk)
        assert services_en_direct.synchroniser_services(rita, base, [service.pk]).supprimees_ici == {service.pk}
        gardees = cles_reservees.prises(base.conn, "service") | set(json.loads(base.conn.execute(
            "SELECT valeur FROM parametre WHERE cle = ?", [cles_reservees.CLE]).fetchone()[0])["service"]["libres"])
        with base.ecriture() as db:
            db.execute("INSERT INTO exercice (code, edition_referentiel) VALUES (?, '2017')", [exercices.suivant(courant)])
        resultat = repertoire.commencer_exercice_suivant(base, courant)
        assert resultat.copies > 0
        reportes = [l.pk for l in repertoire.lignes_inventaire(base, exercices.suivant(courant))]
        assert min(reportes) > max(gardees), (sorted(reportes), sorted(gardees))
