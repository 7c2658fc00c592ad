"""Le répertoire en direct (mode ministère, point 4), sur un vrai PostgreSQL : un service enregistré
dans une copie part aussitôt au serveur, avec les règles du renvoi (droits revérifiés par le serveur,
fusion champ par champ, ce qui se croise laissé au renvoi), et ce que les autres y enregistrent
arrive dans la copie."""

from __future__ import annotations

import json

import pytest
from outils_direct import copie as _copie, de_rita as _un_service_de_rita, services as _services, sql as _sql

from gesserv_bureau.cas import hors_ligne, repertoire, seance_en_direct, services_en_direct
from gesserv_bureau.domaine.service import Volume
from gesserv_bureau.stockage.base import ouvrir


def test_un_service_enregistre_part_au_serveur_et_arrive_dans_l_autre_copie(ministere, tmp_path):
    rita_f, ada_f = _copie(ministere, tmp_path, "rita"), _copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        service = _un_service_de_rita(base)
        pk = service.pk
        (avant,) = _sql(rita, "SELECT revision FROM service WHERE pk = :p", p=pk)
        service.description_fr = "Décrit en direct par Rita " + "é" * 5000
        service.volumes["en_ligne"] = Volume("donnees", 1234, 1200)
        repertoire.enregistrer_service(base, service)
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert s.envoyee and not s.recue and not s.au_renvoi
        (sur_serveur,) = _sql(rita, "SELECT description_fr, revision FROM service WHERE pk = :p", p=pk)
        assert sur_serveur["description_fr"] == service.description_fr
        assert sur_serveur["revision"] == avant["revision"] + 1 and s.revisions == {("service", pk): sur_serveur["revision"]}
        assert _sql(rita, "SELECT demandes, extrants FROM volume WHERE service_pk = :p AND mode = 'en_ligne'", p=pk) == \
            [{"demandes": 1234, "extrants": 1200}]
        # l'envoi n'a réécrit que sa petite valeur; un second envoi n'écrit rien, un renvoi n'a rien à envoyer
        direct = json.loads(base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne_direct'").fetchone()[0])
        assert direct["service"][str(pk)]["revision"] == sur_serveur["revision"]
        assert "Décrit en direct" not in base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne'").fetchone()[0]
        assert services_en_direct.synchroniser_services(rita, base, [pk]) == seance_en_direct.Synchro()
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
    # Ada avait pris sa copie avant; elle change un autre champ du même service : fusionnés
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        sien = repertoire.charger_service(base, pk)
        assert sien.description_fr != service.description_fr
        sien.description_en = "Described live by Ada"
        repertoire.enregistrer_service(base, sien)
        s = services_en_direct.synchroniser_services(ada, base, [pk])
        assert s.envoyee and s.recue
        relu = repertoire.charger_service(base, pk)
        assert (relu.description_fr, relu.description_en) == (service.description_fr, "Described live by Ada")
        assert relu.volumes["en_ligne"].demandes == 1234
    (fin,) = _sql(ministere("ada"), "SELECT description_fr, description_en, revision FROM service WHERE pk = :p", p=pk)
    assert (fin["description_fr"], fin["description_en"]) == (service.description_fr, "Described live by Ada")
    assert fin["revision"] == sur_serveur["revision"] + 1
    # Rita reçoit celui d'Ada sans rien avoir changé (l'avis du serveur)
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert s.recue and not s.envoyee
        assert repertoire.charger_service(base, pk).description_en == "Described live by Ada"


def test_le_meme_champ_change_des_deux_cotes_attend_le_renvoi_rien_n_est_ecrit(ministere, tmp_path):
    rita_f, ada_f = _copie(ministere, tmp_path, "rita"), _copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        service = _un_service_de_rita(base)
        service.nom_fr = "Nom de Rita"
        repertoire.enregistrer_service(base, service)
        services_en_direct.synchroniser_services(rita, base, [service.pk])
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        sien = repertoire.charger_service(base, service.pk)
        sien.nom_fr = "Nom d'Ada"
        repertoire.enregistrer_service(base, sien)
        with pytest.raises(hors_ligne.RenvoiATrancher) as exc:
            services_en_direct.synchroniser_services(ada, base, [service.pk])
        champs = {e.divergence.champ for e in exc.value.plan.ecarts}
        assert "nom_fr" in champs
        assert repertoire.charger_service(base, service.pk).nom_fr == "Nom d'Ada"        # gardé ici
        assert _sql(ada, "SELECT nom_fr FROM service WHERE pk = :p", p=service.pk)[0]["nom_fr"] == "Nom de Rita"
        # au renvoi, Ada choisit le sien : il part
        hors_ligne.renvoyer_base(ada, base, tout="mienne")
        assert _sql(ada, "SELECT nom_fr FROM service WHERE pk = :p", p=service.pk)[0]["nom_fr"] == "Nom d'Ada"


def test_les_refus_du_serveur_sont_dits_et_rien_n_est_ecrit(ministere, tmp_path):
    lea_f, rita_f = _copie(ministere, tmp_path, "lea"), _copie(ministere, tmp_path, "rita")
    with ouvrir(lea_f, rotation=False) as base, ministere("lea") as lea:
        service = sorted(_services(base), key=lambda s: s.pk)[0]
        service.nom_fr = "Léa essaie"
        repertoire.enregistrer_service(base, service)
        with pytest.raises(seance_en_direct.EnvoiRefuse) as exc:
            services_en_direct.synchroniser_services(lea, base, [service.pk])
        assert "ne permet que de lire" in exc.value.texte("fr") and "only allows reading" in exc.value.texte("en")
        assert _sql(lea, "SELECT nom_fr FROM service WHERE pk = :p", p=service.pk)[0]["nom_fr"] != "Léa essaie"
        assert repertoire.charger_service(base, service.pk).nom_fr == "Léa essaie"
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        service = _un_service_de_rita(base)
        _sql(ada, "UPDATE service SET secteur_responsabilite = 'Autre secteur' WHERE pk = :p", p=service.pk)
        service.nom_fr = "Hors de mes secteurs maintenant"
        repertoire.enregistrer_service(base, service)
        with pytest.raises(seance_en_direct.EnvoiRefuse) as exc:
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert "secteurs qui vous sont accordés" in exc.value.texte("fr")
        assert _sql(ada, "SELECT nom_fr FROM service WHERE pk = :p", p=service.pk)[0]["nom_fr"] != service.nom_fr
        assert repertoire.charger_service(base, service.pk).nom_fr == service.nom_fr


def test_un_service_cree_ou_supprime_sur_le_poste_part_au_renvoi(ministere, tmp_path):
    rita_f = _copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        dernier = max(_services(base), key=lambda s: s.pk)
        nombre = _sql(rita, "SELECT count(*) AS n FROM service")[0]["n"]
        # le dernier supprimé ici : SQLite redonne sa clé au service créé ensuite — un autre service
        repertoire.supprimer_service(base, dernier.pk)
        crees = []
        while not crees or crees[-1].pk < dernier.pk:    # (le premier peut prendre une clé libre plus bas)
            nouveau = repertoire.nouveau_service(base, dernier.exercice)
            nouveau.nom_fr, nouveau.secteur_responsabilite = "Créé sur le poste", dernier.secteur_responsabilite
            repertoire.enregistrer_service(base, nouveau)
            crees.append(nouveau)
        assert crees[-1].pk == dernier.pk
        s = services_en_direct.synchroniser_services(rita, base, [c.pk for c in crees])
        assert s.au_renvoi == {c.pk for c in crees} and not s.envoyee
        (la_bas,) = _sql(rita, "SELECT nom_fr FROM service WHERE pk = :p", p=dernier.pk)
        assert la_bas["nom_fr"] == dernier.nom_fr              # pas écrasé par celui du poste
        assert _sql(rita, "SELECT count(*) AS n FROM service")[0]["n"] == nombre
        bilan = hors_ligne.renvoyer_base(rita, base)
        assert (bilan.ajoutees, bilan.supprimees) == (len(crees), 1)
        assert _sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Créé sur le poste'")[0]["n"] == len(crees)


def test_un_service_supprime_sur_le_serveur_reste_dans_la_copie_jusqu_au_renvoi(ministere, tmp_path):
    rita_f = _copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        service = _un_service_de_rita(base)
        _sql(ada, "DELETE FROM service WHERE pk = :p", p=service.pk)
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.supprimees == {service.pk} and not s.envoyee
        assert repertoire.charger_service(base, service.pk) is not None
        # changé ici entre-temps : à trancher au renvoi, rien d'écrit
        service.nom_fr = "Changé après sa suppression là-bas"
        repertoire.enregistrer_service(base, service)
        with pytest.raises(hors_ligne.RenvoiATrancher):
            services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert _sql(rita, "SELECT count(*) AS n FROM service WHERE pk = :p", p=service.pk)[0]["n"] == 0


def test_apres_un_renvoi_la_synchronisation_part_du_nouvel_instantane(ministere, tmp_path):
    """Les services de l'instantané, rangés une fois dans une table temporaire : un renvoi, qui réécrit
    l'instantané, les fait ranger de nouveau — sinon le champ reçu au renvoi passerait pour changé ici."""
    rita_f = _copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        service = _un_service_de_rita(base)
        service.nom_en = "Rita, before"
        repertoire.enregistrer_service(base, service)
        services_en_direct.synchroniser_services(rita, base, [service.pk])       # (la table temporaire faite)
        _sql(ada, "UPDATE service SET proprietaire = 'Ada 1' WHERE pk = :p", p=service.pk)
        hors_ligne.renvoyer_base(rita, base)                                     # reçu : un nouvel instantané
        assert repertoire.charger_service(base, service.pk).proprietaire == "Ada 1"
        _sql(ada, "UPDATE service SET proprietaire = 'Ada 2' WHERE pk = :p", p=service.pk)
        service = repertoire.charger_service(base, service.pk)
        service.nom_en = "Rita, after"
        repertoire.enregistrer_service(base, service)
        s = services_en_direct.synchroniser_services(rita, base, [service.pk])
        assert s.envoyee and s.recue
        relu = repertoire.charger_service(base, service.pk)
        assert (relu.nom_en, relu.proprietaire) == ("Rita, after", "Ada 2")


def _une_norme_de_rita(base):
    from gesserv_bureau.cas import normes
    from tests.conftest import SECTEURS_RITA

    for s in sorted(_services(base), key=lambda s: s.pk):
        if s.secteur_responsabilite in SECTEURS_RITA:
            liste = [n for n in normes.normes_du_service(base, s.pk) if not n.retiree]
            if liste:
                return liste[0]
    raise AssertionError("pas de norme dans les secteurs de Rita")


def test_une_norme_ses_resultats_et_ses_actions_partent_et_arrivent(ministere, tmp_path):
    from gesserv_bureau.cas import normes

    rita_f, ada_f = _copie(ministere, tmp_path, "rita"), _copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        n = _une_norme_de_rita(base)
        normes.modifier(base, n.pk, commentaires_fr="Décrite en direct par Rita")
        normes.mesurer_trimestre(base, n.pk, "T2", 90, 100)
        s = services_en_direct.synchroniser_fiches(rita, base, "norme_service", [n.pk])
        assert s.envoyee and not s.au_renvoi
        (la_bas,) = _sql(rita, "SELECT commentaires_fr FROM norme_service WHERE pk = :p", p=n.pk)
        assert la_bas["commentaires_fr"] == "Décrite en direct par Rita"
        assert _sql(rita, "SELECT volume_conforme, volume_total FROM resultat_norme WHERE norme_pk = :p "
                          "AND periode = 'T2'", p=n.pk) == [{"volume_conforme": 90, "volume_total": 100}]
        # une action créée ici part au renvoi; une fois renvoyée, ses changements partent en direct
        a = normes.ajouter_action(base, n.pk, "Former l'équipe")
        s = services_en_direct.synchroniser_fiches(rita, base, "action_norme", [a.pk])
        assert s.au_renvoi == {a.pk} and not s.envoyee
        hors_ligne.renvoyer_base(rita, base)
        a = next(x for x in normes.suivi(base, n.pk).actions if x.texte == "Former l'équipe")
        normes.modifier_action(base, a.pk, statut="en_cours")
        assert services_en_direct.synchroniser_fiches(rita, base, "action_norme", [a.pk]).envoyee
        assert _sql(rita, "SELECT statut FROM action_norme WHERE pk = :p", p=a.pk)[0]["statut"] == "en_cours"
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        s = services_en_direct.synchroniser_fiches(ada, base, "norme_service", [n.pk])
        assert s.recue
        relue = normes.charger(base, n.pk)
        assert relue.commentaires_fr == "Décrite en direct par Rita"
        assert {(r.periode, r.volume_conforme) for r in normes.suivi(base, n.pk).trimestres} >= {("T2", 90)}


def test_une_norme_hors_des_secteurs_ou_d_une_lectrice_est_refusee(ministere, tmp_path):
    from gesserv_bureau.cas import normes

    rita_f, lea_f = _copie(ministere, tmp_path, "rita"), _copie(ministere, tmp_path, "lea")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        n = _une_norme_de_rita(base)
        _sql(ada, "UPDATE service SET secteur_responsabilite = 'Autre secteur' WHERE pk = :p", p=n.service_pk)
        normes.modifier(base, n.pk, commentaires_fr="Hors de mes secteurs")
        with pytest.raises(seance_en_direct.EnvoiRefuse) as exc:
            services_en_direct.synchroniser_fiches(rita, base, "norme_service", [n.pk])
        assert "secteurs qui vous sont accordés" in exc.value.texte("fr")
        assert _sql(ada, "SELECT commentaires_fr FROM norme_service WHERE pk = :p", p=n.pk)[0]["commentaires_fr"] \
            != "Hors de mes secteurs"
        assert normes.charger(base, n.pk).commentaires_fr == "Hors de mes secteurs"
    with ouvrir(lea_f, rotation=False) as base, ministere("lea") as lea:
        normes.modifier(base, n.pk, commentaires_fr="Léa essaie")
        with pytest.raises(seance_en_direct.EnvoiRefuse) as exc:
            services_en_direct.synchroniser_fiches(lea, base, "norme_service", [n.pk])
        assert "ne permet que de lire" in exc.value.texte("fr")
