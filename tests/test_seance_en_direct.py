"""Une séance d'examen en direct (mode ministère, point 4), sur un vrai PostgreSQL : ce que
l'animatrice enregistre dans sa copie part aussitôt au serveur (la séance et ses examens 2A
seulement, avec les règles du renvoi), et un participant lit la séance telle que le serveur l'a."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text

from gesserv_bureau.cas import hors_ligne, seance_en_direct, seances_examen
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.serveur import connexion


def _sql(qui, sql: str, **params):
    with connexion.erreurs_dites(qui.adresse), qui.moteur.begin() as c:
        r = c.execute(text(sql), params)
        return [dict(l) for l in r.mappings().all()] if r.returns_rows else r.rowcount


@pytest.fixture
def copie(ministere, tmp_path):
    fichier = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, fichier)
    return fichier


def _seance(base, n: int = 2):
    services = sorted(s.pk for s in DepotServices(base).services())[:n]
    seance = seances_examen.nouvelle(base, "Examen en direct", "2026-12-07", "2026-2027")
    seance.services = services
    seances_examen.enregistrer(base, seance)
    return seance


def _instantane(base) -> dict:
    """L'instantané d'emport tel que le renvoi le lit (avec les envois en direct)."""
    from gesserv_bureau.stockage.serveur import emport

    return emport.instantane(base)


def test_la_seance_et_ses_examens_partent_au_serveur_et_la_copie_reste_a_jour(ministere, copie):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base)
        ev = seances_examen.examen_du_service(base, seance, seance.services[0])
        ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Un formulaire en ligne"}
        DepotEvaluations(base).enregistrer(ev)
        local_seance, local_ev = seance.pk, ev.pk
        cles = seance_en_direct.envoyer(rita, base, seance.pk)
        # sur le serveur : la séance et son examen, avec la réponse
        (sur_serveur,) = _sql(rita, "SELECT * FROM seance WHERE uuid = :u", u=seance.uuid)
        (examen,) = _sql(rita, "SELECT * FROM evaluation WHERE uuid = :u", u=ev.uuid)
        assert examen["seance_pk"] == sur_serveur["pk"] and examen["service_pk"] == seance.services[0]
        assert json.loads(examen["contenu"])["reponses"]["q1"]["initiatives"] == "Un formulaire en ligne"
        # les clés du poste devenues celles du serveur, dites à qui les tient ouvertes
        assert cles.get("seance", {}).get(local_seance, local_seance) == sur_serveur["pk"]
        assert cles.get("evaluation", {}).get(local_ev, local_ev) == examen["pk"]
        relue = seances_examen.charger(base, sur_serveur["pk"])
        assert relue is not None and relue.uuid == seance.uuid
        assert {e.uuid for e in seances_examen.examens(base, relue)} == {ev.uuid}
        inst = _instantane(base)
        assert any(l["uuid"] == seance.uuid and l["revision"] == sur_serveur["revision"] for l in inst["lignes"]["seance"])
        # l'envoi n'a réécrit que sa petite valeur, pas l'instantané entier (des dizaines de Mo)
        brut = base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne'").fetchone()[0]
        assert seance.uuid not in brut
        direct = base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne_direct'").fetchone()[0]
        assert seance.uuid in direct and ev.uuid in direct
        # rien de changé depuis : un second envoi n'écrit rien, un renvoi n'a rien à envoyer
        assert seance_en_direct.envoyer(rita, base, relue.pk) == {}
        assert _sql(rita, "SELECT revision FROM seance WHERE pk = :p", p=relue.pk)[0]["revision"] == sur_serveur["revision"]
        bilan = hors_ligne.renvoyer_base(rita, base)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
        # le renvoi a réécrit l'instantané entier : les envois en direct y sont, la petite valeur part
        assert base.conn.execute("SELECT count(*) FROM parametre WHERE cle = 'hors_ligne_direct'").fetchone()[0] == 0
        assert seance.uuid in base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne'").fetchone()[0]
        # le groupe passe au service suivant : la position arrive au serveur
        relue = seances_examen.charger(base, relue.pk)
        relue.position = 1
        seances_examen.enregistrer(base, relue)
        assert seance_en_direct.envoyer(rita, base, relue.pk) == {}
        assert _sql(rita, "SELECT position FROM seance WHERE pk = :p", p=relue.pk)[0]["position"] == 1
    # un participant (Léa, lectrice) lit la séance telle que le serveur l'a
    with ministere("lea") as lea:
        etat = seance_en_direct.lire(lea, seance.uuid)
    assert etat.seance.position == 1 and etat.seance.titre == "Examen en direct"
    assert set(etat.services) == set(seance.services)
    assert etat.examens[seance.services[0]].contenu["reponses"]["q1"]["reponse"] == "oui"
    assert etat.concerne("seance", etat.seance.pk) and not etat.concerne("seance", etat.seance.pk + 1000)
    assert etat.concerne("evaluation", 999999, service=seance.services[1])     # un examen qui commence


def test_ce_qui_se_croise_n_est_pas_envoye_et_rien_n_est_perdu(ministere, copie):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        seance = _seance(base)
        ev = seances_examen.examen_du_service(base, seance, seance.services[0])
        seance_en_direct.envoyer(rita, base, seance.pk)
        ev = next(e for e in DepotEvaluations(base).toutes() if e.uuid == ev.uuid)
        # Ada répond à la question 1 sur le serveur; Rita, dans sa copie, autrement
        (ligne,) = _sql(ada, "SELECT contenu FROM evaluation WHERE uuid = :u", u=ev.uuid)
        contenu = json.loads(ligne["contenu"])
        contenu["reponses"]["q1"] = {"reponse": "non", "initiatives": "Ada"}
        _sql(ada, "UPDATE evaluation SET contenu = :c WHERE uuid = :u", c=json.dumps(contenu), u=ev.uuid)
        ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Rita"}
        DepotEvaluations(base).enregistrer(ev)
        with pytest.raises(hors_ligne.RenvoiATrancher) as exc:
            seance_en_direct.envoyer(rita, base, ev.seance_pk)
        assert {e.fiche for e in exc.value.ecarts} == {"evaluation"}
        # rien d'écrit : le serveur garde la réponse d'Ada, la copie celle de Rita
        (ligne,) = _sql(ada, "SELECT contenu FROM evaluation WHERE uuid = :u", u=ev.uuid)
        assert json.loads(ligne["contenu"])["reponses"]["q1"]["initiatives"] == "Ada"
        locale = DepotEvaluations(base).charger(ev.pk)
        assert locale.contenu["reponses"]["q1"]["initiatives"] == "Rita"


def test_une_seance_qui_designe_un_service_pas_encore_renvoye_ne_part_pas(ministere, copie):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base, 1)
        modele = DepotServices(base).charger(seance.services[0])
        nouveau = Service(exercice=modele.exercice, nom_fr="Service créé ici", nom_en="Made here",
                          secteur_responsabilite=modele.secteur_responsabilite)
        DepotServices(base).creer(nouveau)
        seance.services = [*seance.services, nouveau.pk]
        seances_examen.enregistrer(base, seance)
        with pytest.raises(seance_en_direct.ServicesPasEnvoyes) as exc:
            seance_en_direct.envoyer(rita, base, seance.pk)
        assert "Renvoyez d'abord" in exc.value.texte("fr") and "Send back first" in exc.value.texte("en")
        assert _sql(rita, "SELECT count(*) AS n FROM seance WHERE uuid = :u", u=seance.uuid)[0]["n"] == 0
        # le renvoi, lui, envoie tout (le service d'abord), puis l'envoi en direct reprend
        hors_ligne.renvoyer_base(rita, base)
        (pk,) = [s.pk for s in seances_examen.toutes(base) if s.uuid == seance.uuid]
        assert seance_en_direct.envoyer(rita, base, pk) == {}


def test_une_fiche_du_poste_sur_la_cle_recue_du_serveur_en_change_et_part_au_renvoi(ministere, copie, base_pg):
    from gesserv_bureau.cas import serveur as cas_serveur

    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita, cas_serveur.connecter(base_pg) as admin:
        seance = _seance(base, 1)
        # une 1A faite ici, pas encore renvoyée, sur la clé que le serveur donnera ensuite
        seule = Evaluation("1A", exercice="2026-2027", service_pk=seance.services[0], auteur="rita")
        seule.sujet = "Une 1A du poste"
        DepotEvaluations(base).enregistrer(seule)
        # (sa clé au-delà de celles du serveur : une copie dont la numérotation a pris de l'avance)
        cle = _sql(admin, "SELECT max(pk) AS m FROM evaluation")[0]["m"] + 5
        base.conn.execute("UPDATE evaluation SET pk = ? WHERE pk = ?", [cle, seule.pk])
        base.conn.commit()
        seule.pk = cle
        ev = seances_examen.examen_du_service(base, seance, seance.services[0])
        _sql(admin, "SELECT setval(pg_get_serial_sequence('evaluation', 'pk'), :p, false)", p=seule.pk)
        cles = seance_en_direct.envoyer(rita, base, seance.pk)
        (examen,) = _sql(rita, "SELECT pk FROM evaluation WHERE uuid = :u", u=ev.uuid)
        par_uuid = {e.uuid: e for e in DepotEvaluations(base).toutes()}
        assert par_uuid[ev.uuid].pk == seule.pk
        deplacee = par_uuid[seule.uuid]
        assert deplacee.pk != seule.pk and deplacee.sujet == "Une 1A du poste"
        # les deux changements de clé sont dits, pour qui tient l'une ou l'autre ouverte
        assert examen["pk"] == seule.pk and cles["evaluation"] == {ev.pk: seule.pk, seule.pk: deplacee.pk}
        assert sqlite3.connect(copie).execute("PRAGMA foreign_key_check").fetchall() == []
        bilan = hors_ligne.renvoyer_base(rita, base)
        assert bilan.ajoutees == 1
        assert _sql(rita, "SELECT sujet FROM evaluation WHERE uuid = :u", u=seule.uuid)[0]["sujet"] == "Une 1A du poste"


def test_une_seance_qui_n_est_pas_sur_le_serveur(ministere):
    with ministere("lea") as lea, pytest.raises(seance_en_direct.SeanceAbsente) as exc:
        seance_en_direct.lire(lea, "00000000-0000-0000-0000-000000000000")
    assert "n'est pas sur le serveur" in exc.value.texte("fr")


def _deux_a_partagee(base) -> Evaluation:
    """Une 2A brouillon d'un service de Rita (créée dans sa copie, puis envoyée)."""
    service = sorted(s.pk for s in DepotServices(base).services())[0]
    ev = Evaluation("2A", exercice="2026-2027", service_pk=service, auteur="rita")
    ev.sujet = "Examen à deux"
    DepotEvaluations(base).enregistrer(ev)
    return ev


def test_deux_personnes_dans_la_meme_evaluation_recoivent_les_reponses_l_une_de_l_autre(ministere, copie, tmp_path):
    ada_fichier = tmp_path / "ada.sqlite"
    with ouvrir(copie, rotation=False) as rita_base, ministere("rita") as rita, ministere("ada") as ada:
        ev = _deux_a_partagee(rita_base)
        hors_ligne.renvoyer_base(rita, rita_base)
        hors_ligne.emporter(ada, ada_fichier)
        with ouvrir(ada_fichier, rotation=False) as ada_base:
            depot_r, depot_a = DepotEvaluations(rita_base), DepotEvaluations(ada_base)
            ev_r = next(e for e in depot_r.toutes() if e.uuid == ev.uuid)
            ev_a = next(e for e in depot_a.toutes() if e.uuid == ev.uuid)
            # rien de nouveau d'un côté ni de l'autre : rien n'est écrit
            assert seance_en_direct.synchroniser_evaluation(ada, ada_base, ev_a.pk) == seance_en_direct.Synchro()
            # Rita répond à la question 2 : envoyée; Ada, qui n'a rien changé, la reçoit
            ev_r.contenu["reponses"]["q2"] = {"reponse": "oui", "initiatives": "Sondage de satisfaction"}
            depot_r.enregistrer(ev_r)
            s = seance_en_direct.synchroniser_evaluation(rita, rita_base, ev_r.pk)
            assert s.envoyee and not s.recue
            s = seance_en_direct.synchroniser_evaluation(ada, ada_base, ev_a.pk)
            assert s.recue and not s.envoyee
            assert depot_a.charger(ev_a.pk).contenu["reponses"]["q2"]["initiatives"] == "Sondage de satisfaction"
            # chacune une autre réponse, en même temps : fusionnées, chacune a les deux
            ev_a = depot_a.charger(ev_a.pk)
            ev_a.contenu["justification"] = "Justification d'Ada"
            depot_a.enregistrer(ev_a)
            ev_r = depot_r.charger(ev_r.pk)
            ev_r.contenu["reponses"]["q3"] = {"reponse": "non", "initiatives": ""}
            depot_r.enregistrer(ev_r)
            assert seance_en_direct.synchroniser_evaluation(rita, rita_base, ev_r.pk).envoyee
            s = seance_en_direct.synchroniser_evaluation(ada, ada_base, ev_a.pk)
            assert s.envoyee and s.recue
            assert seance_en_direct.synchroniser_evaluation(rita, rita_base, ev_r.pk).recue
            for depot, pk in ((depot_r, ev_r.pk), (depot_a, ev_a.pk)):
                c = depot.charger(pk).contenu
                assert c["justification"] == "Justification d'Ada" and c["reponses"]["q3"]["reponse"] == "non"
                assert c["reponses"]["q2"]["initiatives"] == "Sondage de satisfaction"
            # la même réponse, autrement : à trancher; rien d'écrit, chacune garde la sienne
            ev_r, ev_a = depot_r.charger(ev_r.pk), depot_a.charger(ev_a.pk)
            ev_r.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Rita"}
            ev_a.contenu["reponses"]["q1"] = {"reponse": "non", "initiatives": ""}
            depot_r.enregistrer(ev_r)
            depot_a.enregistrer(ev_a)
            seance_en_direct.synchroniser_evaluation(rita, rita_base, ev_r.pk)
            with pytest.raises(hors_ligne.RenvoiATrancher):
                seance_en_direct.synchroniser_evaluation(ada, ada_base, ev_a.pk)
            assert depot_a.charger(ev_a.pk).contenu["reponses"]["q1"]["reponse"] == "non"
            (ligne,) = _sql(ada, "SELECT contenu FROM evaluation WHERE uuid = :u", u=ev.uuid)
            assert json.loads(ligne["contenu"])["reponses"]["q1"]["initiatives"] == "Rita"
            # supprimée sur le serveur par une autre, pas changée ici : elle part de la copie aussi
            _sql(ada, "DELETE FROM evaluation WHERE uuid = :u", u=ev.uuid)
            s = seance_en_direct.synchroniser_evaluation(rita, rita_base, ev_r.pk)
            assert s.supprimees == {ev_r.pk} and depot_r.charger(ev_r.pk) is None


def test_des_initiatives_recues_ne_heurtent_pas_celles_du_poste_pas_encore_envoyees(ministere, copie, tmp_path):
    """Les deux côtés numérotent leurs initiatives à partir du même point (l'emport) : celles qu'Ada
    envoie reçoivent sur le serveur les numéros que Rita a déjà donnés, dans sa copie, à celles d'une
    autre évaluation pas encore renvoyée. Les recevoir ne heurte rien, et rien n'est perdu."""
    ada_fichier = tmp_path / "ada.sqlite"
    with ouvrir(copie, rotation=False) as rita_base, ministere("rita") as rita, ministere("ada") as ada:
        ev = _deux_a_partagee(rita_base)
        autre = Evaluation("2A", exercice="2026-2027", service_pk=ev.service_pk, auteur="rita")
        autre.sujet = "Brouillon de Rita"
        DepotEvaluations(rita_base).enregistrer(autre)
        hors_ligne.renvoyer_base(rita, rita_base)
        hors_ligne.emporter(ada, ada_fichier)
        depot_r = DepotEvaluations(rita_base)
        ev_r = next(e for e in depot_r.toutes() if e.uuid == ev.uuid)
        autre_r = next(e for e in depot_r.toutes() if e.uuid == autre.uuid)
        # Rita, hors du direct : des initiatives dans son brouillon (pas envoyé)
        autre_r.contenu["initiatives"] = [{"nom": "Initiative de Rita"}, {"nom": "Une autre de Rita"}]
        depot_r.enregistrer(autre_r)
        with ouvrir(ada_fichier, rotation=False) as ada_base:
            depot_a = DepotEvaluations(ada_base)
            ev_a = next(e for e in depot_a.toutes() if e.uuid == ev.uuid)
            ev_a.contenu["initiatives"] = [{"nom": "Initiative d'Ada"}, {"nom": "Une autre d'Ada"}]
            depot_a.enregistrer(ev_a)
            assert seance_en_direct.synchroniser_evaluation(ada, ada_base, ev_a.pk).envoyee
        locales = {pk for (pk,) in rita_base.conn.execute("SELECT pk FROM initiative WHERE evaluation_pk = ?",
                                                          [autre_r.pk])}
        sur_serveur = {l["pk"] for l in _sql(ada, "SELECT i.pk FROM initiative i JOIN evaluation e ON "
                                                  "e.pk = i.evaluation_pk WHERE e.uuid = :u", u=ev.uuid)}
        assert locales & sur_serveur            # (les mêmes numéros des deux côtés : le cas à essayer)
        s = seance_en_direct.synchroniser_evaluation(rita, rita_base, ev_r.pk)
        assert s.recue
        noms = {(l["evaluation_uuid"], l["nom"]) for l in depot_r.initiatives()}
        assert {(ev.uuid, "Initiative d'Ada"), (ev.uuid, "Une autre d'Ada"),
                (autre.uuid, "Initiative de Rita"), (autre.uuid, "Une autre de Rita")} <= noms
        assert rita_base.conn.execute("SELECT count(*) FROM initiative WHERE evaluation_pk = ?",
                                      [autre_r.pk]).fetchone()[0] == len(locales)
        # et le renvoi envoie le brouillon de Rita avec ses initiatives
        hors_ligne.renvoyer_base(rita, rita_base)
        (ligne,) = _sql(ada, "SELECT contenu FROM evaluation WHERE uuid = :u", u=autre.uuid)
        assert [i["nom"] for i in json.loads(ligne["contenu"])["initiatives"]] == ["Initiative de Rita", "Une autre de Rita"]
        assert {l["nom"] for l in _sql(ada, "SELECT i.nom FROM initiative i JOIN evaluation e ON e.pk = i.evaluation_pk "
                                            "WHERE e.uuid = :u", u=autre.uuid)} == {"Initiative de Rita", "Une autre de Rita"}


class _Coupure(Exception):
    pass


def _poste_qui_ne_valide_pas(monkeypatch, base):
    """Le serveur valide, puis la transaction du poste échoue (disque plein, processus tué)."""
    from contextlib import contextmanager

    vraie = base.ecriture

    @contextmanager
    def fausse():
        with vraie() as db:
            yield db
            raise _Coupure("le poste n'a pas pu écrire après la validation du serveur")

    monkeypatch.setattr(base, "ecriture", fausse)
    return lambda: monkeypatch.setattr(base, "ecriture", vraie)


def test_le_poste_coupe_apres_le_serveur_ce_qui_suit_n_est_pas_perdu(ministere, copie, monkeypatch):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base)
        ev = seances_examen.examen_du_service(base, seance, seance.services[0])
        ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "A"}
        DepotEvaluations(base).enregistrer(ev)
        retablir = _poste_qui_ne_valide_pas(monkeypatch, base)
        with pytest.raises(_Coupure):
            seance_en_direct.envoyer(rita, base, seance.pk)
        retablir()
        assert _sql(rita, "SELECT count(*) AS n FROM seance WHERE uuid = :u", u=seance.uuid)[0]["n"] == 1
        # la réunion continue sur le poste (qui n'a pas noté l'envoi) : une réponse, la position
        ev = DepotEvaluations(base).charger(ev.pk)
        ev.contenu["reponses"]["q2"] = {"reponse": "non", "initiatives": "B"}
        DepotEvaluations(base).enregistrer(ev)
        s = seances_examen.charger(base, seance.pk)
        s.position = 1
        seances_examen.enregistrer(base, s)
        seance_en_direct.envoyer(rita, base, seance.pk)
        (sur_serveur,) = _sql(rita, "SELECT position FROM seance WHERE uuid = :u", u=seance.uuid)
        (examen,) = _sql(rita, "SELECT contenu FROM evaluation WHERE uuid = :u", u=ev.uuid)
        assert sur_serveur["position"] == 1
        assert json.loads(examen["contenu"])["reponses"]["q2"]["initiatives"] == "B"
        locale = next(e for e in DepotEvaluations(base).toutes() if e.uuid == ev.uuid)
        assert locale.contenu["reponses"]["q2"]["initiatives"] == "B"
        assert _sql(rita, "SELECT count(*) AS n FROM evaluation WHERE uuid = :u", u=ev.uuid)[0]["n"] == 1


def test_le_poste_coupe_et_un_autre_change_la_fiche_entre_temps_tout_est_montre(ministere, copie, monkeypatch):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        seance = _seance(base)
        ev = seances_examen.examen_du_service(base, seance, seance.services[0])
        retablir = _poste_qui_ne_valide_pas(monkeypatch, base)
        with pytest.raises(_Coupure):
            seance_en_direct.envoyer(rita, base, seance.pk)
        retablir()
        # Ada change le titre sur le serveur; Rita, sur son poste, autrement
        _sql(ada, "UPDATE seance SET titre = 'Titre d''Ada' WHERE uuid = :u", u=seance.uuid)
        s = seances_examen.charger(base, seance.pk)
        s.titre = "Titre de Rita"
        seances_examen.enregistrer(base, s)
        with pytest.raises(hors_ligne.RenvoiATrancher) as exc:
            hors_ligne.renvoyer_base(rita, base)
        assert any(e.fiche == "seance" and e.divergence.champ == "titre" for e in exc.value.ecarts)
        assert _sql(ada, "SELECT titre FROM seance WHERE uuid = :u", u=seance.uuid)[0]["titre"] == "Titre d'Ada"
        # tranché pour le sien : écrit une fois, pas de doublon
        choix = {e.cle: "mienne" for e in exc.value.ecarts}
        hors_ligne.renvoyer_base(rita, base, choix)
        assert [r["titre"] for r in _sql(ada, "SELECT titre FROM seance WHERE uuid = :u", u=seance.uuid)] == ["Titre de Rita"]
        assert _sql(ada, "SELECT count(*) AS n FROM evaluation WHERE uuid = :u", u=ev.uuid)[0]["n"] == 1


def test_un_refus_du_serveur_est_dit_comme_un_refus_et_rien_n_est_ecrit(ministere, copie, tmp_path):
    # Léa (lectrice) dans sa copie : elle change une séance; le serveur ne l'acceptera pas
    lea_fichier = tmp_path / "lea.sqlite"
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base)
        seance_en_direct.envoyer(rita, base, seance.pk)
    with ministere("lea") as lea:
        hors_ligne.emporter(lea, lea_fichier)
        with ouvrir(lea_fichier, rotation=False) as base:
            s = next(x for x in seances_examen.toutes(base) if x.uuid == seance.uuid)
            s.position = 1
            seances_examen.enregistrer(base, s)
            with pytest.raises(seance_en_direct.EnvoiRefuse) as exc:
                seance_en_direct.envoyer(lea, base, s.pk)
            assert "ne permet que de lire" in exc.value.texte("fr") and "only allows reading" in exc.value.texte("en")
            assert "Rien n'y a été écrit" in exc.value.texte("fr")
            assert seances_examen.charger(base, s.pk).position == 1          # gardé sur le poste
            assert _sql(lea, "SELECT position FROM seance WHERE uuid = :u", u=seance.uuid)[0]["position"] == 0
    # Rita : un service de la séance passé hors de ses secteurs (par Ada), son examen changé ici
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        s = next(x for x in seances_examen.toutes(base) if x.uuid == seance.uuid)
        ev = seances_examen.examen_du_service(base, s, s.services[0])
        seance_en_direct.envoyer(rita, base, s.pk)
        _sql(ada, "UPDATE service SET secteur_responsabilite = 'Autre secteur' WHERE pk = :p", p=s.services[0])
        ev = next(e for e in DepotEvaluations(base).toutes() if e.uuid == ev.uuid)
        ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "hors secteur"}
        DepotEvaluations(base).enregistrer(ev)
        with pytest.raises(seance_en_direct.EnvoiRefuse) as exc:
            seance_en_direct.envoyer(rita, base, s.pk)
        assert "secteurs qui vous sont accordés" in exc.value.texte("fr")
        assert DepotEvaluations(base).charger(ev.pk).contenu["reponses"]["q1"]["initiatives"] == "hors secteur"


def test_une_seance_supprimee_sur_le_serveur_reste_sur_le_poste_et_c_est_dit(ministere, copie):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        seance = _seance(base)
        seances_examen.examen_du_service(base, seance, seance.services[0])
        pk = seance_en_direct.envoyer(rita, base, seance.pk).get("seance", {}).get(seance.pk, seance.pk)
        _sql(ada, "DELETE FROM seance WHERE uuid = :u", u=seance.uuid)
        s = seances_examen.charger(base, pk)
        s.position = 1                      # le groupe passe au service suivant
        seances_examen.enregistrer(base, s)
        with pytest.raises(seance_en_direct.SeanceAbsente) as exc:
            seance_en_direct.envoyer_seance(rita, base, pk)
        assert "gardée telle quelle" in exc.value.texte("fr")
        gardee = seances_examen.charger(base, pk)
        assert gardee is not None and gardee.uuid == seance.uuid and gardee.position == 1


def test_le_service_d_un_examen_supprime_du_repertoire_garde_son_examen_a_sa_place(ministere, copie):
    """Un service de l'ordre du jour supprimé sur le serveur pendant la séance : sa 2A n'en désigne plus
    aucun (ON DELETE SET NULL); le participant la voit encore à sa place dans l'ordre du jour."""
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        seance = _seance(base)
        ev = seances_examen.examen_du_service(base, seance, seance.services[1])
        ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Gardée"}
        DepotEvaluations(base).enregistrer(ev)
        seance_en_direct.envoyer(rita, base, seance.pk)
        _sql(ada, "DELETE FROM service WHERE pk = :p", p=seance.services[1])
    with ministere("lea") as lea:
        etat = seance_en_direct.lire(lea, seance.uuid)
    assert seance.services[1] not in etat.services
    examen = etat.examens[seance.services[1]]
    assert examen.uuid == ev.uuid and examen.contenu["reponses"]["q1"]["initiatives"] == "Gardée"


def test_un_ordre_du_jour_ecrit_a_la_main_sur_le_serveur_se_lit_sans_trace(ministere, copie):
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base)
        seance_en_direct.envoyer(rita, base, seance.pk)
    for brut, attendus in (("pas du json", []), ('{"a": 1}', []), ('"abc"', []), ("[1, true, \"x\", 2.5]", [1])):
        with ministere("ada") as ada:
            _sql(ada, "UPDATE seance SET services = :s WHERE uuid = :u", s=brut, u=seance.uuid)
            assert seance_en_direct.lire(ada, seance.uuid).seance.services == attendus


def test_un_envoi_en_direct_fait_peu_d_allers_retours_vers_le_serveur(ministere, copie):
    """L'envoi se fait dans le fil de la fenêtre : sur un réseau lent (VPN, 20 ms), chaque requête
    se sent. Passer au service suivant : la révision du schéma vérifiée une fois par connexion, pas
    de requête pour ce qui n'est pas envoyé (normes, stratégies, services)."""
    from sqlalchemy import event

    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base)
        seances_examen.examen_du_service(base, seance, seance.services[0])
        pk = seance_en_direct.envoyer(rita, base, seance.pk).get("seance", {}).get(seance.pk, seance.pk)
        requetes = []
        event.listen(rita.moteur, "before_cursor_execute", lambda *a: requetes.append(a[2]))
        s = seances_examen.charger(base, pk)
        s.position = 1
        seances_examen.enregistrer(base, s)
        seance_en_direct.envoyer(rita, base, pk)
    assert any(r.startswith("UPDATE seance") for r in requetes)
    assert not any("alembic_version" in r or "norme_service" in r or "strategie" in r for r in requetes), requetes
    assert len(requetes) <= 11, requetes


@pytest.mark.parametrize("valeur", ['{"seance": {"2": 42}}', "pas du json", '[1, 2]', '{"evaluation": {"x": {}}}'])
def test_une_valeur_des_envois_en_direct_abimee_est_dite_jamais_devinee(ministere, copie, valeur):
    """La petite valeur « hors_ligne_direct » éditée à la main ou abîmée : l'envoi en direct et le
    renvoi disent que ce n'est plus une copie lisible (PasHorsLigne), sans trace ni rien d'écrit."""
    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base)
        seance_en_direct.envoyer(rita, base, seance.pk)
        base.conn.execute("UPDATE parametre SET valeur = ? WHERE cle = 'hors_ligne_direct'", [valeur])
        base.conn.commit()
        s = next(x for x in seances_examen.toutes(base) if x.uuid == seance.uuid)
        s.position = 1
        seances_examen.enregistrer(base, s)
        with pytest.raises(hors_ligne.PasHorsLigne):
            seance_en_direct.envoyer(rita, base, s.pk)
        with pytest.raises(hors_ligne.PasHorsLigne):
            hors_ligne.renvoyer_base(rita, base)
        assert _sql(rita, "SELECT position FROM seance WHERE uuid = :u", u=seance.uuid)[0]["position"] == 0


def test_une_seance_sur_une_cle_redonnee_a_un_service_du_poste_ne_part_pas(ministere, copie):
    """Le service emporté à la clé K supprimé ici, un autre créé à K (SQLite la redonne, sans clé réservée) :
    la séance qui désigne K désigne le service du poste, pas celui du serveur — elle attend le renvoi."""
    from gesserv_bureau.cas import repertoire

    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base, 1)
        dernier = max(s.pk for s in DepotServices(base).services())
        modele = DepotServices(base).charger(dernier)
        repertoire.supprimer_service(base, dernier)
        while True:                                   # (SQLite : la plus grande clé plus un)
            nouveau = Service(exercice=modele.exercice, nom_fr="Créé ici, à sa clé", nom_en="Made here",
                              secteur_responsabilite=modele.secteur_responsabilite)
            DepotServices(base).creer(nouveau)
            if nouveau.pk >= dernier:
                break
        assert nouveau.pk == dernier
        seance.services = [*seance.services, nouveau.pk]
        seances_examen.enregistrer(base, seance)
        with pytest.raises(seance_en_direct.ServicesPasEnvoyes):
            seance_en_direct.envoyer(rita, base, seance.pk)
        assert _sql(rita, "SELECT count(*) AS n FROM seance WHERE uuid = :u", u=seance.uuid)[0]["n"] == 0


def test_une_seance_sur_un_service_cree_en_direct_part(ministere, copie):
    from gesserv_bureau.cas import repertoire, services_en_direct

    with ouvrir(copie, rotation=False) as base, ministere("rita") as rita:
        seance = _seance(base, 1)
        modele = DepotServices(base).charger(seance.services[0])
        services_en_direct.reserver_cles(rita, base)
        nouveau = repertoire.nouveau_service(base, modele.exercice)
        nouveau.nom_fr, nouveau.secteur_responsabilite = "Créé en direct", modele.secteur_responsabilite
        repertoire.enregistrer_service(base, nouveau)
        assert services_en_direct.synchroniser_services(rita, base, [nouveau.pk]).envoyee
        seance.services = [*seance.services, nouveau.pk]
        seances_examen.enregistrer(base, seance)
        seance_en_direct.envoyer(rita, base, seance.pk)
        (ligne,) = _sql(rita, "SELECT services FROM seance WHERE uuid = :u", u=seance.uuid)
        assert nouveau.pk in json.loads(ligne["services"])
