"""Le répertoire en direct (mode ministère, point 4) : ce qu'on supprime dans une copie — un service, une
action du plan d'une norme — est supprimé sur le serveur dans la seconde, si personne ne l'y a changé
depuis; sur un vrai PostgreSQL. Un service que des normes ou des évaluations désignent sur le serveur
attend le renvoi, où leur sort se tranche; un changement d'un autre croise la suppression : rien n'est
supprimé, ni là-bas ni ici. Une coupure au milieu ne supprime rien deux fois et ne perd rien."""

from __future__ import annotations

import pytest
from outils_direct import (copie, de_rita, poste_coupe_apres_validation, serveur_qui_ne_valide_pas, service_cree,
                           sql)

from gesserv_bureau.cas import hors_ligne, normes, repertoire, services_en_direct
from gesserv_bureau.cas.hors_ligne import RenvoiATrancher
from gesserv_bureau.cas.seance_en_direct import EnvoiRefuse
from gesserv_bureau.stockage import cles_reservees
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.serveur import envoi_fiches
from tests.conftest import SECTEURS_RITA


def _sur_le_serveur(qui, pk: int, table: str = "service") -> int:
    return sql(qui, f"SELECT count(*) AS n FROM {table} WHERE pk = :p", p=pk)[0]["n"]


def _cree_et_envoie(rita, base, nom: str) -> int:
    services_en_direct.reserver_cles(rita, base)
    service = service_cree(base, SECTEURS_RITA[0], nom)
    assert services_en_direct.synchroniser_services(rita, base, [service.pk]).envoyee
    return service.pk


def _sans_rien_a_renvoyer(qui, base) -> None:
    bilan = hors_ligne.renvoyer_base(qui, base, essai=True)
    assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)


def test_un_service_supprime_ici_l_est_sur_le_serveur(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "À supprimer")
        repertoire.supprimer_service(base, pk)
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert s.envoyee and s.supprimees_ici == {pk} and not s.au_renvoi and not s.supprimees
        assert _sur_le_serveur(rita, pk) == 0
        assert sql(rita, "SELECT count(*) AS n FROM volume WHERE service_pk = :p", p=pk)[0]["n"] == 0
        # un second envoi n'a plus rien à faire; le renvoi non plus
        assert not services_en_direct.synchroniser_services(rita, base, [pk]).envoyee
        _sans_rien_a_renvoyer(rita, base)
    # une autre copie, emportée ensuite, ne l'a plus
    with ouvrir(copie(ministere, tmp_path, "ada"), rotation=False) as autre:
        assert repertoire.charger_service(autre, pk) is None


def test_un_service_emporte_sans_normes_ni_evaluations_est_supprime_en_direct(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        libres = [s.pk for s in (de_rita(base, i) for i in range(3))
                  if sql(rita, "SELECT (SELECT count(*) FROM norme_service WHERE service_pk = :p) + "
                               "(SELECT count(*) FROM evaluation WHERE service_pk = :p) AS n", p=s.pk)[0]["n"] == 0]
        if not libres:
            pytest.skip("tous les services de Rita ont des normes ou des évaluations dans ce jeu d'essai")
        pk = libres[0]
        repertoire.supprimer_service(base, pk)
        assert services_en_direct.synchroniser_services(rita, base, [pk]).supprimees_ici == {pk}
        assert _sur_le_serveur(rita, pk) == 0
        _sans_rien_a_renvoyer(rita, base)


def test_un_service_que_des_normes_designent_attend_le_renvoi(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Avec une norme")
        norme = normes.creer(base, pk, norme_id="N-1", norme_fr="Répondre en 5 jours",
                             norme_en="Answer within 5 days", cible=0.9)
        assert services_en_direct.synchroniser_fiches(rita, base, "norme_service", [norme.pk]).envoyee
        repertoire.supprimer_service(base, pk)
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert s.au_renvoi == {pk} and not s.envoyee and not s.supprimees_ici
        assert _sur_le_serveur(rita, pk) == 1 and _sur_le_serveur(rita, norme.pk, "norme_service") == 1
        # le renvoi, lui, le supprime avec sa norme
        assert hors_ligne.renvoyer_base(rita, base).supprimees >= 1
        assert _sur_le_serveur(rita, pk) == 0 and _sur_le_serveur(rita, norme.pk, "norme_service") == 0


def test_une_suppression_qui_croise_un_changement_d_ada_ne_supprime_rien(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Changé par Ada")
        with ministere("ada") as ada:
            sql(ada, "UPDATE service SET description_fr = 'Ada y tient' WHERE pk = :p", p=pk)
        repertoire.supprimer_service(base, pk)
        with pytest.raises(RenvoiATrancher):
            services_en_direct.synchroniser_services(rita, base, [pk])
        assert sql(rita, "SELECT description_fr FROM service WHERE pk = :p", p=pk) == [{"description_fr": "Ada y tient"}]
        assert repertoire.charger_service(base, pk) is None          # ici : supprimé, comme Rita l'a voulu
        with pytest.raises(RenvoiATrancher):                           # tranché au renvoi, les deux côtés
            hors_ligne.renvoyer_base(rita, base, essai=True)


def test_une_action_supprimee_ici_l_est_sur_le_serveur(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        norme = normes.creer(base, de_rita(base).pk, norme_id="N-7", norme_fr="Répondre en 7 jours",
                             norme_en="Answer within 7 days", cible=0.9)
        assert services_en_direct.synchroniser_fiches(rita, base, "norme_service", [norme.pk]).envoyee
        garder, jeter = (normes.ajouter_action(base, norme.pk, t) for t in ("Former l'équipe", "Action de trop"))
        assert services_en_direct.synchroniser_fiches(rita, base, "action_norme", [garder.pk, jeter.pk]).envoyee
        normes.supprimer_action(base, jeter.pk)
        s = services_en_direct.synchroniser_fiches(rita, base, "action_norme", [garder.pk, jeter.pk])
        assert s.supprimees_ici == {jeter.pk} and not s.au_renvoi
        assert sql(rita, "SELECT texte FROM action_norme WHERE norme_pk = :n", n=norme.pk) == [{"texte": "Former l'équipe"}]
        _sans_rien_a_renvoyer(rita, base)


def test_une_lectrice_ne_supprime_rien_sur_le_serveur(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Sans normes ni évaluations")
    with ouvrir(copie(ministere, tmp_path, "lea"), rotation=False) as base, ministere("lea") as lea:
        repertoire.supprimer_service(base, pk)
        with pytest.raises(EnvoiRefuse):
            services_en_direct.synchroniser_services(lea, base, [pk])
        assert _sur_le_serveur(lea, pk) == 1


def test_le_serveur_ne_valide_pas_la_suppression_elle_repart_une_fois(ministere, tmp_path, monkeypatch):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Coupé à la suppression")
        repertoire.supprimer_service(base, pk)
        serveur_qui_ne_valide_pas(monkeypatch, rita)
        with pytest.raises(Exception):
            services_en_direct.synchroniser_services(rita, base, [pk])
        assert _sur_le_serveur(rita, pk) == 1
        assert services_en_direct.synchroniser_services(rita, base, [pk]).supprimees_ici == {pk}
        assert _sur_le_serveur(rita, pk) == 0
        _sans_rien_a_renvoyer(rita, base)


def test_le_poste_coupe_apres_la_validation_de_la_suppression(ministere, tmp_path, monkeypatch):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Coupé après la suppression")
        repertoire.supprimer_service(base, pk)
        poste_coupe_apres_validation(monkeypatch)
        with pytest.raises(OSError):
            services_en_direct.synchroniser_services(rita, base, [pk])
        assert _sur_le_serveur(rita, pk) == 0
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert not s.envoyee and not s.au_renvoi and envoi_fiches.intention(base) is None
        _sans_rien_a_renvoyer(rita, base)


def test_retabli_apres_sa_suppression_en_direct_il_repart_a_sa_cle(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Supprimé puis rétabli")
        service = repertoire.supprimer_service(base, pk)
        assert services_en_direct.synchroniser_services(rita, base, [pk]).supprimees_ici == {pk}
        assert _sur_le_serveur(rita, pk) == 0
        repertoire.restaurer_service(base, service)                           # Ctrl+Z
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert s.envoyee and not s.au_renvoi
        assert sql(rita, "SELECT nom_fr FROM service WHERE pk = :p", p=pk) == [{"nom_fr": "Supprimé puis rétabli"}]
        _sans_rien_a_renvoyer(rita, base)
        hors_ligne.renvoyer_base(rita, base)
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Supprimé puis rétabli'")[0]["n"] == 1


def test_retabli_le_serveur_ne_valide_pas_il_reste_absent_de_l_instantane(ministere, tmp_path, monkeypatch):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        libres = [s.pk for s in (de_rita(base, i) for i in range(3))
                  if sql(rita, "SELECT (SELECT count(*) FROM norme_service WHERE service_pk = :p) + "
                               "(SELECT count(*) FROM evaluation WHERE service_pk = :p) AS n", p=s.pk)[0]["n"] == 0]
        pk = libres[0]                                # emporté : l'instantané l'a
        service = repertoire.supprimer_service(base, pk)
        assert services_en_direct.synchroniser_services(rita, base, [pk]).supprimees_ici == {pk}
        repertoire.restaurer_service(base, service)
        serveur_qui_ne_valide_pas(monkeypatch, rita)
        with pytest.raises(Exception):
            services_en_direct.synchroniser_services(rita, base, [pk])
        assert _sur_le_serveur(rita, pk) == 0
        # la reprise le sait toujours absent du serveur : il repart, une fois, à sa clé
        assert services_en_direct.synchroniser_services(rita, base, [pk]).envoyee
        assert _sur_le_serveur(rita, pk) == 1
        _sans_rien_a_renvoyer(rita, base)


def test_une_cle_redonnee_par_sqlite_n_ecrase_pas_le_service_supprime(ministere, tmp_path):
    """Un service créé à la dernière clé réservée, envoyé, supprimé ici (il a une norme : la suppression
    attend le renvoi); plus de clé réservée : le suivant ne prend jamais sa clé (SQLite la redonnerait)."""
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Supprimé, avec sa norme")
        norme = normes.creer(base, pk, norme_id="N-1", norme_fr="Répondre en 5 jours",
                             norme_en="Answer within 5 days", cible=0.9)
        services_en_direct.synchroniser_fiches(rita, base, "norme_service", [norme.pk])
        repertoire.supprimer_service(base, pk)
        assert services_en_direct.synchroniser_services(rita, base, [pk]).au_renvoi == {pk}
        with base.ecriture() as db:          # plus une clé libre (le serveur injoignable pour en redonner)
            db.execute("UPDATE parametre SET valeur = json_set(valeur, '$.service.libres', json('[]')) "
                       "WHERE cle = 'hors_ligne_cles_reservees'")
        autre = repertoire.nouveau_service(base, de_rita(base).exercice)
        assert autre.pk != pk and autre.pk > max(cles_reservees.prises(base.conn, "service"))
        autre.nom_fr, autre.secteur_responsabilite = "Un autre service", SECTEURS_RITA[0]
        repertoire.enregistrer_service(base, autre)
        assert services_en_direct.synchroniser_services(rita, base, [autre.pk]).au_renvoi == {autre.pk}
        assert sql(rita, "SELECT nom_fr FROM service WHERE pk = :p", p=pk) == [{"nom_fr": "Supprimé, avec sa norme"}]


def test_le_poste_coupe_apres_la_creation_puis_ada_la_change(ministere, tmp_path, monkeypatch):
    """La création validée, la fin pas vue; Ada change le service avant la synchronisation suivante : il
    n'est ni recréé, ni doublé, et ce qu'Ada a écrit arrive."""
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, SECTEURS_RITA[0], "Créé, fin pas vue")
        poste_coupe_apres_validation(monkeypatch)
        with pytest.raises(OSError):
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        with ministere("ada") as ada:
            sql(ada, "UPDATE service SET description_fr = 'Ajouté par Ada' WHERE pk = :p", p=service.pk)
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.recue and not s.au_renvoi
        assert repertoire.charger_service(base, service.pk).description_fr == "Ajouté par Ada"
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Créé, fin pas vue'")[0]["n"] == 1
        _sans_rien_a_renvoyer(rita, base)


def test_un_service_que_des_initiatives_designent_attend_le_renvoi(ministere, tmp_path):
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "Désigné par une initiative")
        with ministere("ada") as ada:
            (ev,) = sql(ada, "SELECT pk FROM evaluation ORDER BY pk LIMIT 1")
            sql(ada, "INSERT INTO initiative (evaluation_pk, rang, service_pk, nom) VALUES (:e, 99, :s, 'Initiative')",
                e=ev["pk"], s=pk)
        repertoire.supprimer_service(base, pk)
        assert services_en_direct.synchroniser_services(rita, base, [pk]).au_renvoi == {pk}
        assert _sur_le_serveur(rita, pk) == 1


@pytest.mark.parametrize("ou", ["seance", "strategie"])
def test_un_service_a_l_ordre_du_jour_ou_dans_une_strategie_attend_le_renvoi(ministere, tmp_path, ou):
    import json

    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        pk = _cree_et_envoie(rita, base, "À l'ordre du jour")
        with ministere("ada") as ada:
            if ou == "seance":
                (s,) = sql(ada, "SELECT pk, services FROM seance ORDER BY pk LIMIT 1")
                sql(ada, "UPDATE seance SET services = :v WHERE pk = :p",
                    v=json.dumps([*json.loads(s["services"] or "[]"), pk]), p=s["pk"])
            else:
                (s,) = sql(ada, "SELECT pk, contenu FROM strategie ORDER BY pk LIMIT 1")
                contenu = json.loads(s["contenu"] or "{}")
                contenu["services"] = [*contenu.get("services", []), pk]
                sql(ada, "UPDATE strategie SET contenu = :v WHERE pk = :p", v=json.dumps(contenu), p=s["pk"])
        repertoire.supprimer_service(base, pk)
        assert services_en_direct.synchroniser_services(rita, base, [pk]).au_renvoi == {pk}
        assert _sur_le_serveur(rita, pk) == 1


def test_le_poste_coupe_apres_la_creation_puis_ada_la_supprime(ministere, tmp_path, monkeypatch):
    """La création validée, la fin pas vue; Ada supprime le service sur le serveur avant la synchronisation
    suivante : la reprise le sait validé (le serveur le dit de la transaction), il n'est pas recréé."""
    with ouvrir(copie(ministere, tmp_path, "rita"), rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service = service_cree(base, SECTEURS_RITA[0], "Créé puis supprimé par Ada")
        poste_coupe_apres_validation(monkeypatch)
        with pytest.raises(OSError):
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        with ministere("ada") as ada:
            assert sql(ada, "DELETE FROM service WHERE pk = :p", p=service.pk) == 1
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.supprimees == {service.pk} and not s.envoyee           # supprimé là-bas : dit, gardé ici
        assert _sur_le_serveur(rita, service.pk) == 0
        assert repertoire.charger_service(base, service.pk).nom_fr == "Créé puis supprimé par Ada"
