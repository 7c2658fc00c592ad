"""Le répertoire en direct (mode ministère, point 4) : ce que d'autres créent sur le serveur — un service
dans un secteur qu'on emporte, une norme d'un de nos services, une action de son plan — arrive dans la
copie à sa clé du serveur, compté comme emporté : le renvoi n'a rien à en faire, et ce qu'on y change
ensuite part en direct. Jamais hors de ce qu'on emporte, jamais à une clé que ce poste a touchée."""

from __future__ import annotations

from outils_direct import copie, de_rita, service_cree, sql

from gesserv_bureau.cas import arrivees_en_direct, hors_ligne, normes, repertoire, services_en_direct
from gesserv_bureau.domaine.service import Volume
from gesserv_bureau.stockage import cles_reservees
from gesserv_bureau.stockage.base import ouvrir
from tests.conftest import SECTEURS_RITA


def _cree_en_direct(ministere, fichier, qui: str, secteur: str, nom: str) -> int:
    """``qui`` crée un service dans sa copie ``fichier`` : il part au serveur à sa clé réservée."""
    with ouvrir(fichier, rotation=False) as base, ministere(qui) as s:
        services_en_direct.reserver_cles(s, base)
        service = service_cree(base, secteur, nom, volumes={"en_ligne": Volume("donnees", 1234, 1200)})
        assert services_en_direct.synchroniser_services(s, base, [service.pk]).envoyee
        return service.pk


def test_un_service_cree_par_ada_arrive_chez_rita_a_sa_cle_et_vit_ensuite_en_direct(ministere, tmp_path):
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    pk = _cree_en_direct(ministere, ada_f, "ada", SECTEURS_RITA[1], "Créé par Ada")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        assert repertoire.charger_service(base, pk) is None
        s = arrivees_en_direct.recevoir(rita, base, "service", [pk])
        assert s.arrivees == {pk} and s.recue and set(s.revisions) == {("service", pk)}
        arrive = repertoire.charger_service(base, pk)
        assert (arrive.nom_fr, arrive.secteur_responsabilite) == ("Créé par Ada", SECTEURS_RITA[1])
        assert arrive.volumes["en_ligne"].demandes == 1234                   # ses lignes dépendantes avec lui
        # une seconde annonce n'ajoute rien; le renvoi n'a rien à en faire
        assert not arrivees_en_direct.recevoir(rita, base, "service", [pk]).arrivees
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
        # Rita le change : il part en direct, en modification
        arrive.description_fr = "Complété par Rita"
        repertoire.enregistrer_service(base, arrive)
        s = services_en_direct.synchroniser_services(rita, base, [pk])
        assert s.envoyee and not s.au_renvoi
        assert sql(rita, "SELECT description_fr FROM service WHERE pk = :p", p=pk) == \
            [{"description_fr": "Complété par Rita"}]
        assert sql(rita, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Créé par Ada'")[0]["n"] == 1


def test_une_norme_et_une_action_creees_ailleurs_arrivent_si_leur_service_est_la(ministere, tmp_path):
    un, autre = copie(ministere, tmp_path, "rita", "rita_portable"), copie(ministere, tmp_path, "rita", "rita_bureau")
    with ouvrir(un, rotation=False) as base, ministere("rita") as rita:
        services_en_direct.reserver_cles(rita, base)
        service_pk = de_rita(base).pk
        norme = normes.creer(base, service_pk, norme_id="N-9", norme_fr="Répondre en 2 jours",
                             norme_en="Answer within 2 days", cible=0.8)
        assert services_en_direct.synchroniser_fiches(rita, base, "norme_service", [norme.pk]).envoyee
        action = normes.ajouter_action(base, norme.pk, "Publier la norme")
        assert services_en_direct.synchroniser_fiches(rita, base, "action_norme", [action.pk]).envoyee
    with ouvrir(autre, rotation=False) as base, ministere("rita") as rita:
        # l'action d'abord : sa norme n'est pas encore là, elle attend
        assert not arrivees_en_direct.recevoir(rita, base, "action_norme", [action.pk]).arrivees
        assert arrivees_en_direct.recevoir(rita, base, "norme_service", [norme.pk]).arrivees == {norme.pk}
        assert arrivees_en_direct.recevoir(rita, base, "action_norme", [action.pk]).arrivees == {action.pk}
        relue = normes.suivi(base, norme.pk)
        assert [a.texte for a in relue.actions] == ["Publier la norme"]
        assert normes.charger(base, norme.pk).norme_fr == "Répondre en 2 jours"
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)


def test_un_service_hors_des_secteurs_de_rita_n_arrive_pas_chez_elle_mais_chez_la_lectrice(ministere, tmp_path):
    rita_f, ada_f, lea_f = (copie(ministere, tmp_path, n) for n in ("rita", "ada", "lea"))
    pk = _cree_en_direct(ministere, ada_f, "ada", "Secteur d'Ada seulement", "Hors des secteurs de Rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        assert not arrivees_en_direct.recevoir(rita, base, "service", [pk]).arrivees
        assert repertoire.charger_service(base, pk) is None
    with ouvrir(lea_f, rotation=False) as base, ministere("lea") as lea:     # une lectrice emporte tout
        assert arrivees_en_direct.recevoir(lea, base, "service", [pk]).arrivees == {pk}


def test_rien_n_arrive_a_une_cle_que_ce_poste_a_touchee(ministere, tmp_path):
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    pk = _cree_en_direct(ministere, ada_f, "ada", SECTEURS_RITA[0], "Créé par Ada")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        # hors direct, Rita avait créé puis supprimé un service à la même clé
        local = repertoire.nouveau_service(base, de_rita(base).exercice)
        assert cles_reservees.libres(base.conn, "service") == 0
        repertoire.supprimer_service(base, local.pk)
        with base.ecriture() as db:       # (à la clé que le serveur a donnée au service d'Ada)
            db.execute("UPDATE journal SET cle = ? WHERE entite = 'service' AND cle = ?", [str(pk), str(local.pk)])
        assert not arrivees_en_direct.recevoir(rita, base, "service", [pk]).arrivees
        assert repertoire.charger_service(base, pk) is None
        # une annonce d'une fiche que le serveur n'a plus : rien
        assert not arrivees_en_direct.recevoir(rita, base, "service", [987654]).arrivees


def test_une_norme_n_arrive_pas_sous_un_service_du_poste_a_la_meme_cle(ministere, tmp_path):
    """Le service d'Ada (hors des secteurs de Rita) a la clé K sur le serveur; un service du poste de Rita
    a la même clé K (comme un import l'aurait mise) : la norme qu'Ada ajoute au sien n'arrive pas sous
    celui de Rita."""
    from gesserv_bureau.domaine.service import Service
    from gesserv_bureau.stockage.depot_services import DepotServices

    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    cle = _cree_en_direct(ministere, ada_f, "ada", "Secteur d'Ada seulement", "Le service d'Ada")
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        norme = normes.creer(base, cle, norme_id="N-A", norme_fr="Norme d'Ada", norme_en="Ada's standard", cible=0.5)
        assert services_en_direct.synchroniser_fiches(ada, base, "norme_service", [norme.pk]).envoyee
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        depot = DepotServices(base)
        with base.ecriture() as db:
            depot._inserer(db, Service(exercice=de_rita(base).exercice, service_id="", nom_fr="Importé par Rita",
                                       secteur_responsabilite=SECTEURS_RITA[0]), pk=cle)
        assert not arrivees_en_direct.recevoir(rita, base, "norme_service", [norme.pk]).arrivees
        assert normes.charger(base, norme.pk) is None


def test_un_nom_de_5000_caracteres_accentues_arrive_entier(ministere, tmp_path):
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    long = ("Délivrance des permis d'œuvre — « été » " * 125)[:5000]
    pk = _cree_en_direct(ministere, ada_f, "ada", SECTEURS_RITA[0], long)
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        assert arrivees_en_direct.recevoir(rita, base, "service", [pk]).arrivees == {pk}
        assert repertoire.charger_service(base, pk).nom_fr == long
        assert sql(rita, "SELECT nom_fr FROM service WHERE pk = :p", p=pk) == [{"nom_fr": long}]
