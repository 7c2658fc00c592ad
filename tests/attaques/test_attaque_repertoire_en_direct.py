"""Attaques du répertoire en direct (mode ministère, point 4), sur un vrai PostgreSQL : coupures, clés
redonnées, valeurs abîmées, suppressions croisées, droits. Faites par une relecture adverse; celles
qui cassaient sont corrigées."""

from __future__ import annotations

import pytest

from gesserv_bureau.cas import hors_ligne, repertoire, seance_en_direct, services_en_direct
from gesserv_bureau.domaine.service import Volume
from gesserv_bureau.interface.en_direct import DEFINITIFS
from gesserv_bureau.stockage.base import ouvrir
from outils_direct import (copie, de_rita, direct, ecrire_direct, poste_coupe_apres_validation,
                           serveur_qui_ne_valide_pas, services, sql)


# --- A. une coupure entre l'écriture du poste et la validation du serveur, ou juste après --------

@pytest.mark.parametrize("retaper", [False, True])
def test_le_serveur_ne_valide_pas_rien_n_est_perdu(ministere, tmp_path, monkeypatch, retaper):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        pk = s.pk
        (avant,) = sql(rita, "SELECT nom_en, revision FROM service WHERE pk = :p", p=pk)
        s.nom_en = "Sent then cut"
        s.volumes["en_ligne"] = Volume("donnees", 77, 70)
        repertoire.enregistrer_service(base, s)
        serveur_qui_ne_valide_pas(monkeypatch, rita)
        with pytest.raises(Exception):
            services_en_direct.synchroniser_services(rita, base, [pk])
        assert sql(rita, "SELECT nom_en, revision FROM service WHERE pk = :p", p=pk) == [avant]   # pas validé
        assert repertoire.charger_service(base, pk).nom_en == "Sent then cut"                  # gardé ici
        attendu = "Sent then cut"
        if retaper:                     # Rita retape le même champ avant que rien ne reparte
            s = repertoire.charger_service(base, pk)
            s.nom_en = attendu = "Sent then cut, then more"
            repertoire.enregistrer_service(base, s)
        r = services_en_direct.synchroniser_services(rita, base, [pk])       # (pas un croisement avec soi)
        assert r.envoyee
        (apres,) = sql(rita, "SELECT nom_en, revision FROM service WHERE pk = :p", p=pk)
        assert (apres["nom_en"], apres["revision"]) == (attendu, avant["revision"] + 1)
        assert sql(rita, "SELECT demandes FROM volume WHERE service_pk = :p AND mode = 'en_ligne'", p=pk) == [{"demandes": 77}]
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)


@pytest.mark.parametrize("retaper", [False, True])
def test_le_poste_coupe_juste_apres_la_validation_rien_n_est_envoye_deux_fois(ministere, tmp_path, monkeypatch,
                                                                             retaper):
    from gesserv_bureau.stockage.serveur import envoi_fiches

    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        pk = s.pk
        s.nom_en = "First value"
        repertoire.enregistrer_service(base, s)
        poste_coupe_apres_validation(monkeypatch)
        with pytest.raises(OSError):
            services_en_direct.synchroniser_services(rita, base, [pk])
        (valide,) = sql(rita, "SELECT nom_en, revision FROM service WHERE pk = :p", p=pk)
        assert valide["nom_en"] == "First value"
        attendu, revision = "First value", valide["revision"]
        if retaper:
            s = repertoire.charger_service(base, pk)
            s.nom_en = attendu = "First value, then more"
            repertoire.enregistrer_service(base, s)
            revision += 1
        try:
            services_en_direct.synchroniser_services(rita, base, [pk])
        except hors_ligne.RenvoiATrancher as exc:
            pytest.fail("croisement fictif : Rita contre elle-même " +
                        str([(e.cle, e.divergence.mienne, e.divergence.serveur) for e in exc.plan.ecarts]))
        (apres,) = sql(rita, "SELECT nom_en, revision FROM service WHERE pk = :p", p=pk)
        assert (apres["nom_en"], apres["revision"]) == (attendu, revision)       # une fois, pas deux
        assert envoi_fiches.intention(base) is None
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)


def test_un_renvoi_apres_une_validation_manquee_renvoie_ce_qui_manque(ministere, tmp_path, monkeypatch):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        s.proprietaire = "Pas validé au serveur"
        repertoire.enregistrer_service(base, s)
        serveur_qui_ne_valide_pas(monkeypatch, rita)
        with pytest.raises(Exception):
            services_en_direct.synchroniser_services(rita, base, [s.pk])
        bilan = hors_ligne.renvoyer_base(rita, base)
        assert bilan.modifiees == 1
        assert sql(rita, "SELECT proprietaire FROM service WHERE pk = :p", p=s.pk)[0]["proprietaire"] == \
            "Pas validé au serveur"


# --- B. valeurs extrêmes ------------------------------------------------------------------------

def test_caractere_nul_dit_definitif_rien_ecrit(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        s.description_fr = "avant\x00après"
        repertoire.enregistrer_service(base, s)
        with pytest.raises(Exception) as exc:
            services_en_direct.synchroniser_services(rita, base, [s.pk])
        print(type(exc.value), getattr(exc.value, "code", None))
        assert getattr(exc.value, "code", "") in DEFINITIFS, type(exc.value)
        assert repertoire.charger_service(base, s.pk).description_fr == "avant\x00après"
        assert "\x00" not in sql(rita, "SELECT description_fr FROM service WHERE pk = :p", p=s.pk)[0]["description_fr"]


def test_valeurs_longues_et_volumes_limites(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        s.description_en = ("ꝏ😀\u202e" * 2000) + "\r\n fin "
        s.proprietaire = "x" * 100_000
        s.volumes["en_ligne"] = Volume("donnees", 2**62, 0)
        s.volumes["telephone"] = Volume("sans_objet", None, None)
        repertoire.enregistrer_service(base, s)
        services_en_direct.synchroniser_services(rita, base, [s.pk])
        (l,) = sql(rita, "SELECT description_en, proprietaire FROM service WHERE pk = :p", p=s.pk)
        assert l["description_en"] == s.description_en and l["proprietaire"] == s.proprietaire
        assert sql(rita, "SELECT demandes FROM volume WHERE service_pk = :p AND mode = 'en_ligne'", p=s.pk) == [{"demandes": 2**62}]
        bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)


def test_volume_retire_ici_et_change_la_bas(ministere, tmp_path):
    """Un volume effacé ici (mode vidé) pendant qu'Ada change ses chiffres : croisement, pas d'écrasement."""
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as base:
        pk = de_rita(base).pk
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        s = repertoire.charger_service(base, pk)
        s.volumes["en_ligne"] = Volume("donnees", 5, 4)
        repertoire.enregistrer_service(base, s)
        services_en_direct.synchroniser_services(ada, base, [pk])
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        s = repertoire.charger_service(base, pk)
        assert s.volumes["en_ligne"].etat == "sans_objet"
        s.volumes["en_ligne"] = Volume("non_disponible", None, None)
        repertoire.enregistrer_service(base, s)
        with pytest.raises(hors_ligne.RenvoiATrancher):
            services_en_direct.synchroniser_services(rita, base, [pk])
        assert sql(rita, "SELECT etat, demandes FROM volume WHERE service_pk = :p AND mode = 'en_ligne'", p=pk) == \
            [{"etat": "donnees", "demandes": 5}]
        assert base.conn.execute("SELECT etat FROM volume WHERE service_pk = ? AND mode = 'en_ligne'", [pk]).fetchall() == \
            [("non_disponible",)]


# --- C. la valeur « hors_ligne_direct » abîmée -----------------------------------------------------

def _apres_un_envoi(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    base = ouvrir(f, rotation=False)
    rita = ministere("rita")
    s = de_rita(base)
    s.nom_en = "Direct once"
    repertoire.enregistrer_service(base, s)
    services_en_direct.synchroniser_services(rita, base, [s.pk])
    return base, rita, s.pk


def test_direct_abime_volume_sans_mode(ministere, tmp_path):
    base, rita, pk = _apres_un_envoi(ministere, tmp_path)
    try:
        d = direct(base)
        d["volume"][str(pk)] = [{"service_pk": pk, "etat": "donnees"}]       # « mode » manquant
        ecrire_direct(base, d)
        for appel in (lambda: services_en_direct.synchroniser_services(rita, base, [pk]),
                      lambda: hors_ligne.renvoyer_base(rita, base, essai=True)):
            with pytest.raises(Exception) as exc:
                appel()
            assert isinstance(exc.value, hors_ligne.PasHorsLigne), repr(exc.value)
    finally:
        base.fermer()
        rita.fermer()


def test_direct_abime_volumes_d_un_autre_service(ministere, tmp_path):
    base, rita, pk = _apres_un_envoi(ministere, tmp_path)
    try:
        autre = de_rita(base, 1).pk
        d = direct(base)
        d["volume"][str(pk)] = [{"service_pk": autre, "mode": "en_ligne", "etat": "donnees", "demandes": 1, "extrants": 1}]
        ecrire_direct(base, d)
        try:
            services_en_direct.synchroniser_services(rita, base, [pk])
            bilan = hors_ligne.renvoyer_base(rita, base, essai=True)
            print("bilan", bilan)
        except Exception as exc:
            print("exc", repr(exc))
            assert isinstance(exc, (hors_ligne.PasHorsLigne, hors_ligne.RenvoiATrancher)), repr(exc)
    finally:
        base.fermer()
        rita.fermer()


# --- D. une clé redonnée : supprimé, créé, annulé, rétabli ---------------------------------------

def test_cle_redonnee_par_annuler_retablir_la_creation(ministere, tmp_path):
    """Ada supprime le dernier service de sa copie, en crée un (SQLite lui redonne la clé), annule la
    création (Ctrl+Z) puis la rétablit (Ctrl+Y), et l'écrit : c'est un autre service."""
    f = copie(ministere, tmp_path, "ada")
    with ouvrir(f, rotation=False) as base, ministere("ada") as ada:
        dernier = max(services(base), key=lambda s: s.pk)
        (avant,) = sql(ada, "SELECT nom_fr, nom_en, description_fr FROM service WHERE pk = :p", p=dernier.pk)
        repertoire.supprimer_service(base, dernier.pk)                      # Supprimer
        nouveau = repertoire.nouveau_service(base, dernier.exercice)        # Nouveau service
        assert nouveau.pk == dernier.pk
        garde = repertoire.supprimer_service(base, nouveau.pk)              # Ctrl+Z (_CommandeAjouter.undo)
        repertoire.restaurer_service(base, garde)                           # Ctrl+Y (_CommandeAjouter.redo)
        n = repertoire.charger_service(base, nouveau.pk)
        n.nom_fr, n.nom_en = "Un tout autre service, créé sur le poste", "A brand new service"
        repertoire.enregistrer_service(base, n)
        s = services_en_direct.synchroniser_services(ada, base, [n.pk])
        print(s)
        (apres,) = sql(ada, "SELECT nom_fr, nom_en, description_fr FROM service WHERE pk = :p", p=dernier.pk)
        assert apres == avant, f"le service {dernier.pk} du serveur écrasé par un autre : {apres}"


def test_cle_redonnee_par_annuler_retablir_au_renvoi(ministere, tmp_path):
    f = copie(ministere, tmp_path, "ada")
    with ouvrir(f, rotation=False) as base, ministere("ada") as ada:
        dernier = max(services(base), key=lambda s: s.pk)
        (avant,) = sql(ada, "SELECT nom_fr FROM service WHERE pk = :p", p=dernier.pk)
        repertoire.supprimer_service(base, dernier.pk)
        nouveau = repertoire.nouveau_service(base, dernier.exercice)
        garde = repertoire.supprimer_service(base, nouveau.pk)
        repertoire.restaurer_service(base, garde)
        n = repertoire.charger_service(base, nouveau.pk)
        n.nom_fr = "Un tout autre service"
        repertoire.enregistrer_service(base, n)
        bilan = hors_ligne.renvoyer_base(ada, base, essai=True)
        print(bilan)
        assert (bilan.ajoutees, bilan.supprimees) == (1, 1), bilan


def test_supprime_ici_change_la_bas_puis_annule_puis_change(ministere, tmp_path):
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        s = de_rita(base)
        pk = s.pk
        garde = repertoire.supprimer_service(base, pk)
        r = services_en_direct.synchroniser_services(rita, base, [pk])
        assert pk in r.au_renvoi
        sql(ada, "UPDATE service SET proprietaire = 'Changé par Ada' WHERE pk = :p", p=pk)
        r = services_en_direct.synchroniser_services(rita, base, [pk])
        assert pk in r.au_renvoi
        repertoire.restaurer_service(base, garde)                         # Ctrl+Z
        s = repertoire.charger_service(base, pk)
        s.nom_en = "Edited after undo"
        repertoire.enregistrer_service(base, s)
        r = services_en_direct.synchroniser_services(rita, base, [pk])
        (l,) = sql(rita, "SELECT proprietaire, nom_en FROM service WHERE pk = :p", p=pk)
        assert l == {"proprietaire": "Changé par Ada", "nom_en": "Edited after undo"}
        loc = repertoire.charger_service(base, pk)
        assert (loc.proprietaire, loc.nom_en) == ("Changé par Ada", "Edited after undo")


# --- E. un service créé ici à la clé d'un service du serveur absent de la copie -----------------

def test_nouveau_service_a_la_cle_d_un_service_du_serveur_absent(ministere, tmp_path):
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        pks = {s.pk for s in services(base)}
        hors_copie = {l["pk"] for l in sql(ada, "SELECT pk FROM service")} - pks
        modele = de_rita(base)
        n = repertoire.nouveau_service(base, modele.exercice)
        assert n.pk in hors_copie, (n.pk, hors_copie)
        n.nom_fr, n.secteur_responsabilite = "Créé chez Rita", modele.secteur_responsabilite
        repertoire.enregistrer_service(base, n)
        (avant,) = sql(ada, "SELECT * FROM service WHERE pk = :p", p=n.pk)
        r = services_en_direct.synchroniser_services(rita, base, [n.pk])
        assert r.au_renvoi == {n.pk} and not r.envoyee
        sql(ada, "UPDATE service SET proprietaire = 'Ada, ailleurs' WHERE pk = :p", p=n.pk)   # l'avis arrive chez Rita
        r = services_en_direct.synchroniser_services(rita, base, [n.pk])
        assert not r.recue
        assert repertoire.charger_service(base, n.pk).nom_fr == "Créé chez Rita"
        assert sql(ada, "SELECT nom_fr FROM service WHERE pk = :p", p=n.pk)[0]["nom_fr"] == avant["nom_fr"]
        bilan = hors_ligne.renvoyer_base(rita, base)
        assert bilan.ajoutees == 1 and bilan.modifiees == 0 and bilan.supprimees == 0
        assert sql(ada, "SELECT nom_fr, proprietaire FROM service WHERE pk = :p", p=n.pk)[0] == \
            {"nom_fr": avant["nom_fr"], "proprietaire": "Ada, ailleurs"}
        assert sql(ada, "SELECT count(*) AS n FROM service WHERE nom_fr = 'Créé chez Rita'")[0]["n"] == 1


# --- F. le renvoi après plusieurs envois en direct ----------------------------------------------

def test_renvoi_apres_plusieurs_envois_et_receptions(ministere, tmp_path):
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as rb, ouvrir(ada_f, rotation=False) as ab, \
            ministere("rita") as rita, ministere("ada") as ada:
        p, q, x = de_rita(rb, 0).pk, de_rita(rb, 1).pk, de_rita(rb, 2).pk
        for i in range(4):
            s = repertoire.charger_service(rb, p)
            s.nom_en = f"Rita {i}"
            s.volumes["en_ligne"] = Volume("donnees", 100 + i, 90 + i)
            repertoire.enregistrer_service(rb, s)
            services_en_direct.synchroniser_services(rita, rb, [p])
            services_en_direct.synchroniser_services(ada, ab, [p])
            s = repertoire.charger_service(ab, p)
            s.proprietaire = f"Ada {i}"
            if i == 2:
                s.volumes.pop("telephone", None)
                s.volumes["telephone"] = Volume()
            repertoire.enregistrer_service(ab, s)
            services_en_direct.synchroniser_services(ada, ab, [p])
            services_en_direct.synchroniser_services(rita, rb, [p])
        # Ada supprime x sur le serveur (Rita l'a reçu en direct avant)
        s = repertoire.charger_service(ab, x)
        s.nom_en = "x seen live"
        repertoire.enregistrer_service(ab, s)
        services_en_direct.synchroniser_services(ada, ab, [x])
        services_en_direct.synchroniser_services(rita, rb, [x])
        sql(ada, "DELETE FROM service WHERE pk = :p", p=x)
        services_en_direct.synchroniser_services(rita, rb, [x])
        # Rita change q hors direct (pas synchronisé)
        s = repertoire.charger_service(rb, q)
        s.nom_en = "q offline"
        repertoire.enregistrer_service(rb, s)
        serveur_p = sql(ada, "SELECT * FROM service WHERE pk = :p", p=p)[0]
        vol_p = sql(ada, "SELECT * FROM volume WHERE service_pk = :p ORDER BY mode", p=p)
        bilan = hors_ligne.renvoyer_base(rita, rb, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 1, 0), bilan
        hors_ligne.renvoyer_base(rita, rb)
        apres = sql(ada, "SELECT * FROM service WHERE pk = :p", p=p)[0]
        assert apres == serveur_p
        assert sql(ada, "SELECT * FROM volume WHERE service_pk = :p ORDER BY mode", p=p) == vol_p
        assert sql(ada, "SELECT nom_en FROM service WHERE pk = :p", p=q)[0]["nom_en"] == "q offline"
        assert sql(ada, "SELECT count(*) AS n FROM service WHERE pk = :p", p=x)[0]["n"] == 0
        assert repertoire.charger_service(rb, x) is None
        # Ada aussi : rien à renvoyer de p
        bilan = hors_ligne.renvoyer_base(ada, ab, essai=True)
        assert bilan.modifiees == 0, bilan


# --- G. le serveur arrêté au milieu d'une synchronisation -----------------------------------------

def test_serveur_arrete_au_milieu(ministere, grappe_pg, tmp_path, monkeypatch):
    from gesserv_bureau.stockage.serveur import emport
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        s.nom_en = "During the stop"
        repertoire.enregistrer_service(base, s)
        appliquer = emport.appliquer

        def arreter_puis_appliquer(c, plan, lue, *a, **k):
            grappe_pg.arreter_serveur()
            return appliquer(c, plan, lue, *a, **k)

        monkeypatch.setattr(emport, "appliquer", arreter_puis_appliquer)
        try:
            with pytest.raises(Exception) as exc:
                services_en_direct.synchroniser_services(rita, base, [s.pk])
            print(repr(exc.value), getattr(exc.value, "code", None))
            assert getattr(exc.value, "code", "") not in DEFINITIFS
        finally:
            monkeypatch.setattr(emport, "appliquer", appliquer)
            grappe_pg.demarrer()
        assert repertoire.charger_service(base, s.pk).nom_en == "During the stop"
        assert direct(base) is None
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        r = services_en_direct.synchroniser_services(rita, base, [s.pk])
        assert r.envoyee
        assert sql(rita, "SELECT nom_en FROM service WHERE pk = :p", p=s.pk)[0]["nom_en"] == "During the stop"


# --- H. ce que le serveur a et que la copie ne peut pas écrire ------------------------------------

def test_service_deplace_dans_un_exercice_que_la_copie_n_a_pas(ministere, tmp_path):
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        pk = de_rita(base).pk
        sql(ada, "INSERT INTO exercice (code, edition_referentiel) VALUES ('2025-2026', '2017')")
        sql(ada, "UPDATE service SET exercice = '2025-2026' WHERE pk = :p", p=pk)
        try:
            services_en_direct.synchroniser_services(rita, base, [pk])
        except Exception as exc:
            from gesserv_bureau.stockage.erreurs import ErreurStockage
            assert isinstance(exc, ErreurStockage), f"non dite : {exc!r}"


# --- I. des saisies alternées rapides entre deux copies ------------------------------------------

def test_saisies_alternees_rapides(ministere, tmp_path):
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as rb, ouvrir(ada_f, rotation=False) as ab, \
            ministere("rita") as rita, ministere("ada") as ada:
        pk = de_rita(rb).pk
        for i in range(12):
            qui, base, autre, autre_b = (rita, rb, ada, ab) if i % 2 == 0 else (ada, ab, rita, rb)
            s = repertoire.charger_service(base, pk)
            s.nom_en = f"tour {i}"
            s.volumes["en_ligne"] = Volume("donnees", i, i)
            repertoire.enregistrer_service(base, s)
            services_en_direct.synchroniser_services(qui, base, [pk])
            services_en_direct.synchroniser_services(autre, autre_b, [pk])
            assert repertoire.charger_service(autre_b, pk).nom_en == f"tour {i}"
        for qui, base in ((rita, rb), (ada, ab)):
            bilan = hors_ligne.renvoyer_base(qui, base, essai=True)
            assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)


def test_deux_envois_simultanes_du_meme_service(ministere, tmp_path):
    """Rita et Ada envoient en même temps deux champs différents du même service (deux fils)."""
    import threading
    rita_f, ada_f = copie(ministere, tmp_path, "rita"), copie(ministere, tmp_path, "ada")
    with ouvrir(rita_f, rotation=False) as rb:
        pk = de_rita(rb).pk
    erreurs = []

    def travail(nom, fichier, champ, valeur):
        try:
            with ouvrir(fichier, rotation=False) as b, ministere(nom) as qui:
                for i in range(8):
                    s = repertoire.charger_service(b, pk)
                    setattr(s, champ, f"{valeur} {i}")
                    repertoire.enregistrer_service(b, s)
                    services_en_direct.synchroniser_services(qui, b, [pk])
        except Exception as exc:
            erreurs.append(exc)

    fils = [threading.Thread(target=travail, args=("rita", rita_f, "nom_en", "Rita")),
            threading.Thread(target=travail, args=("ada", ada_f, "proprietaire", "Ada"))]
    for t in fils:
        t.start()
    for t in fils:
        t.join()
    assert not erreurs, erreurs
    with ministere("ada") as ada:
        assert sql(ada, "SELECT nom_en, proprietaire FROM service WHERE pk = :p", p=pk)[0] == \
            {"nom_en": "Rita 7", "proprietaire": "Ada 7"}


# --- J. lecteur, secteurs ---------------------------------------------------------------------------

def test_lectrice_recoit(ministere, tmp_path):
    lea_f = copie(ministere, tmp_path, "lea")
    with ouvrir(lea_f, rotation=False) as base, ministere("lea") as lea, ministere("ada") as ada:
        pk = services(base)[0].pk
        sql(ada, "UPDATE service SET proprietaire = 'Pour Léa' WHERE pk = :p", p=pk)
        r = services_en_direct.synchroniser_services(lea, base, [pk])
        assert r.recue and repertoire.charger_service(base, pk).proprietaire == "Pour Léa"


def test_redactrice_et_service_d_un_autre_secteur_dans_sa_copie(ministere, tmp_path):
    """La copie de Rita a des services d'autres secteurs (désignés par une initiative) : les changer."""
    from tests.conftest import SECTEURS_RITA
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        autres = [s for s in services(base) if s.secteur_responsabilite not in SECTEURS_RITA]
        mien = de_rita(base)
        # Rita se donne un service d'un autre secteur... en lui mettant son secteur
        cible = autres[0] if autres else None
        if cible is None:
            # aucun : déplacer son service hors de ses secteurs
            mien.secteur_responsabilite = "Direction générale des ressources humaines"
            repertoire.enregistrer_service(base, mien)
            with pytest.raises(seance_en_direct.EnvoiRefuse):
                services_en_direct.synchroniser_services(rita, base, [mien.pk])
            assert sql(ada, "SELECT secteur_responsabilite FROM service WHERE pk = :p", p=mien.pk)[0][
                "secteur_responsabilite"] in SECTEURS_RITA
            return
        cible.secteur_responsabilite = mien.secteur_responsabilite
        repertoire.enregistrer_service(base, cible)
        with pytest.raises(seance_en_direct.EnvoiRefuse):
            services_en_direct.synchroniser_services(rita, base, [cible.pk])

def _lecture_du_serveur(monkeypatch, avant_la_seconde):
    """Appelle ``avant_la_seconde()`` juste avant la seconde lecture des services sur le serveur
    (celle d'après ``appliquer``), dans la même transaction : une validation d'un autre entre les deux."""
    appels = []
    try:
        from gesserv_bureau.stockage.serveur import envoi_fiches as module
        nom = "du_serveur"
        original = module.du_serveur

        def espion(c, fiche, pks, verrouiller=False):
            if fiche == "service":
                appels.append(1)
                if len(appels) == 2:
                    avant_la_seconde()
            return original(c, fiche, pks, verrouiller=verrouiller)
    except ImportError:
        from gesserv_bureau.stockage.serveur import envoi_direct as module
        nom = "services_avec_volumes_du_serveur"
        original = module.services_avec_volumes_du_serveur

        def espion(c, pks, verrouiller=False):
            appels.append(1)
            if len(appels) == 2:
                avant_la_seconde()
            return original(c, pks, verrouiller=verrouiller)
    monkeypatch.setattr(module, nom, espion)
    return lambda: monkeypatch.setattr(module, nom, original)


def test_suppression_validee_entre_les_deux_lectures(ministere, tmp_path, monkeypatch):
    """Rita reçoit p et q (Ada vient de changer q); Ada supprime p pendant la synchronisation, entre la
    lecture d'avant le plan et celle d'après. La copie ne doit pas croire que p a été créé ici."""
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita, ministere("ada") as ada:
        p, q = de_rita(base, 2).pk, de_rita(base, 3).pk
        sql(ada, "UPDATE service SET proprietaire = 'Ada' WHERE pk = :p", p=q)
        remettre = _lecture_du_serveur(monkeypatch, lambda: sql(ada, "DELETE FROM service WHERE pk = :p", p=p))
        s = services_en_direct.synchroniser_services(rita, base, [p, q])
        remettre()
        print(s)
        print("direct", {k: (v if v is None else v.get("revision")) for k, v in direct(base)["service"].items()})
        assert sql(ada, "SELECT count(*) AS n FROM service WHERE pk = :p", p=p)[0]["n"] == 0
        assert repertoire.charger_service(base, p) is not None        # la copie le garde jusqu'au renvoi
        suite = services_en_direct.synchroniser_services(rita, base, [p])
        print("suite", suite)
        nombre = sql(ada, "SELECT count(*) AS n FROM service")[0]["n"]
        hors_ligne.renvoyer_base(rita, base)
        assert sql(ada, "SELECT count(*) AS n FROM service")[0]["n"] == nombre, \
            "le service supprimé par Ada est recréé par le renvoi de Rita (qui n'y avait pas touché)"


def test_direct_cle_et_pk_differents_doublon_au_renvoi(ministere, tmp_path):
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        s.nom_en = "Direct once"
        repertoire.enregistrer_service(base, s)
        services_en_direct.synchroniser_services(rita, base, [s.pk])
        autre = de_rita(base, 1).pk
        d = direct(base)
        d["service"][str(s.pk)] = sql(rita, "SELECT * FROM service WHERE pk = :p", p=autre)[0]   # la ligne d'un autre
        ecrire_direct(base, d)
        s = repertoire.charger_service(base, s.pk)
        s.proprietaire = "Changé ici ensuite"              # (sans quoi le renvoi retrouve la ligne du serveur)
        repertoire.enregistrer_service(base, s)
        nombre = sql(rita, "SELECT count(*) AS n FROM service")[0]["n"]
        try:
            hors_ligne.renvoyer_base(rita, base)
        except (hors_ligne.PasHorsLigne, hors_ligne.RenvoiATrancher):
            return
        assert sql(rita, "SELECT count(*) AS n FROM service")[0]["n"] == nombre, "un doublon créé au renvoi"


def test_direct_service_marque_absent_a_tort(ministere, tmp_path):
    """« service » : {"p": null} (valeur permise : « n'y est plus ») alors que le serveur l'a."""
    rita_f = copie(ministere, tmp_path, "rita")
    with ouvrir(rita_f, rotation=False) as base, ministere("rita") as rita:
        s = de_rita(base)
        s.nom_en = "Direct once"
        repertoire.enregistrer_service(base, s)
        services_en_direct.synchroniser_services(rita, base, [s.pk])
        d = direct(base)
        d["service"][str(s.pk)] = None
        ecrire_direct(base, d)
        s = repertoire.charger_service(base, s.pk)
        s.proprietaire = "Changé ici ensuite"              # (sans quoi le renvoi retrouve la ligne du serveur)
        repertoire.enregistrer_service(base, s)
        nombre = sql(rita, "SELECT count(*) AS n FROM service")[0]["n"]
        try:
            hors_ligne.renvoyer_base(rita, base)
        except (hors_ligne.PasHorsLigne, hors_ligne.RenvoiATrancher):
            return
        assert sql(rita, "SELECT count(*) AS n FROM service")[0]["n"] == nombre, "un doublon créé au renvoi"


@pytest.mark.parametrize("valeur", ["{pas du json", '{"fiche": "service", "avant": 3, "apres": "x"}',
                                    '{"fiche": "table_inconnue", "avant": {}, "apres": []}', "\x00\xff",
                                    # une transaction « du futur », trop grande, pas un nombre
                                    '{"fiche": "service", "avant": {}, "apres": [], "transaction": "999999999999"}',
                                    '{"fiche": "service", "avant": {}, "apres": [], "transaction": "99999999999999999999"}',
                                    '{"fiche": "service", "avant": {}, "apres": [], "transaction": 12}',
                                    '{"fiche": "service", "avant": {}, "apres": [], "supprimees": ["x"]}'])
def test_une_intention_abimee_est_ignoree_et_le_direct_continue(ministere, tmp_path, valeur):
    """Une valeur « hors_ligne_intention » abîmée ou écrite à la main : ignorée (jamais une trace), la
    synchronisation suivante part, et l'intention ne reste pas."""
    from gesserv_bureau.stockage.serveur import envoi_fiches

    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as base, ministere("rita") as rita:
        with base.ecriture() as db:
            db.execute("INSERT INTO parametre (cle, valeur) VALUES (?, ?)", [envoi_fiches.CLE_INTENTION, valeur])
        s = de_rita(base)
        s.nom_en = "After a damaged intention"
        repertoire.enregistrer_service(base, s)
        assert services_en_direct.synchroniser_services(rita, base, [s.pk]).envoyee
        assert sql(rita, "SELECT nom_en FROM service WHERE pk = :p", p=s.pk)[0]["nom_en"] == "After a damaged intention"
        assert envoi_fiches.intention(base) is None
