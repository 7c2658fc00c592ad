"""Emporter hors ligne, renvoyer (mode ministère, point 5), sur un vrai PostgreSQL : une personne
emporte les services de ses secteurs dans une base SQLite, y travaille une semaine avec les
dépôts de l'application, pendant que d'autres changent le serveur; au retour, rien n'est perdu
d'un côté ni de l'autre, ce qui se croise est montré et rien n'est écrit avant d'être tranché."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text

from gesserv_bureau.cas import hors_ligne, repertoire, serveur as cas_serveur
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.suivi_normes import ActionNorme
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.serveur import connexion

from conftest import SECTEURS_RITA as SECTEURS


def _sql(qui, sql: str, **params):
    with connexion.erreurs_dites(qui.adresse), qui.moteur.begin() as c:
        r = c.execute(text(sql), params)
        return r.mappings().all() if r.returns_rows else r.rowcount


def _service_serveur(qui, pk: int) -> dict:
    (ligne,) = _sql(qui, "SELECT * FROM service WHERE pk = :pk", pk=pk)
    return dict(ligne)


def _emporter(comme, tmp_path, nom="rita"):
    fichier = tmp_path / f"{nom}-hors-ligne.sqlite"
    with comme(nom) as s:
        bilan = hors_ligne.emporter(s, fichier)
    return fichier, bilan


def _services_locaux(fichier) -> dict[int, Service]:
    with ouvrir(fichier, rotation=False) as b:
        return {s.pk: s for s in DepotServices(b).services()}


def test_emporter_ne_prend_que_les_services_de_ses_secteurs(ministere, tmp_path):
    fichier, bilan = _emporter(ministere, tmp_path)
    with ministere("ada") as ada:
        attendus = {r["pk"] for r in _sql(ada, "SELECT pk FROM service WHERE secteur_responsabilite = ANY(:s)",
                                          s=SECTEURS)}
        evaluations = {r["pk"] for r in _sql(ada, "SELECT pk FROM evaluation WHERE service_pk = ANY(:p) "
                                                  "OR service_pk IS NULL", p=sorted(attendus))}
    locaux = _services_locaux(fichier)
    assert set(locaux) == attendus and bilan.services == len(attendus) == 4
    assert {s.secteur_responsabilite for s in locaux.values()} == set(SECTEURS)
    with ouvrir(fichier, rotation=False) as b:
        assert {e.pk for e in DepotEvaluations(b).toutes()} == evaluations and bilan.evaluations == len(evaluations)
        instantane = json.loads(b.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne'").fetchone()[0])
    assert instantane["connexion"] == "rita" and {l["pk"] for l in instantane["lignes"]["service"]} == attendus
    assert all(l["revision"] >= 1 for l in instantane["lignes"]["service"])
    # la base emportée est un nouveau fichier : jamais une base existante écrasée
    avant = fichier.read_bytes()
    with ministere("rita") as s, pytest.raises(hors_ligne.FichierExistant) as exc:
        hors_ligne.emporter(s, fichier)
    assert "existe déjà" in exc.value.texte("fr") and "already exists" in exc.value.texte("en")
    assert fichier.read_bytes() == avant


def test_une_semaine_hors_ligne_rien_n_est_perdu_d_un_cote_ni_de_l_autre(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    a, b, c, d = sorted(_services_locaux(fichier))
    # --- hors ligne, Rita : elle change A (un nom, un volume), crée un service et son évaluation 1A,
    # change une initiative d'une évaluation 2A, supprime D
    with ouvrir(fichier, rotation=False) as base:
        services, evaluations = DepotServices(base), DepotEvaluations(base)
        sa = services.charger(a)
        sa.nom_en = "Renamed offline"
        sa.volumes["en_ligne"].demandes = 4321
        sa.volumes["en_ligne"].etat = "donnees"
        services.enregistrer(sa)
        nouveau = Service(exercice=sa.exercice, service_id="HL-1", nom_fr="Service créé hors ligne",
                          nom_en="Service created offline", secteur_responsabilite=SECTEURS[0])
        pk_nouveau = services.creer(nouveau)
        ev = Evaluation(outil="1A", service_pk=pk_nouveau, sujet="Évaluation hors ligne", exercice=sa.exercice)
        uuid_ev = ev.uuid
        evaluations.enregistrer(ev, action="creation")
        initiatives = base.conn.execute("SELECT pk, evaluation_pk FROM initiative WHERE rang = 0 ORDER BY pk").fetchall()
        assert initiatives                  # la démonstration a un examen 2A avec ses initiatives
        examen = evaluations.charger(initiatives[0][1])
        examen.contenu["initiatives"][0]["couts"] = "Coûts revus hors ligne"     # comme le formulaire 2A
        evaluations.enregistrer(examen)
        services.supprimer(d)
    # --- pendant ce temps, sur le serveur, Ada : la description de A, le propriétaire de B, une
    # autre colonne de la même initiative
    with ministere("ada") as ada:
        _sql(ada, "UPDATE service SET description_fr = 'Décrit sur le serveur', revision = revision WHERE pk = :a", a=a)
        _sql(ada, "UPDATE service SET proprietaire = 'Serveur', revision = revision WHERE pk = :b", b=b)
        # comme l'application l'écrit : le contenu de l'examen, et l'initiative qui en est tirée
        (contenu,) = _sql(ada, "SELECT contenu FROM evaluation WHERE pk = :p", p=initiatives[0][1])
        document = json.loads(contenu["contenu"])
        document["initiatives"][0]["risques"] = "Risques vus au serveur"
        _sql(ada, "UPDATE evaluation SET contenu = :c, revision = revision WHERE pk = :p",
             c=json.dumps(document, ensure_ascii=False), p=initiatives[0][1])
        _sql(ada, "UPDATE initiative SET risques = 'Risques vus au serveur' WHERE evaluation_pk = :p AND rang = 0",
             p=initiatives[0][1])
        revision_a = _service_serveur(ada, a)["revision"]

    with ministere("rita") as s:
        bilan = hors_ligne.renvoyer(s, fichier)
    assert (bilan.ajoutees, bilan.supprimees) == (2, 1) and bilan.modifiees >= 1

    with ministere("ada") as ada:
        serveur_a = _service_serveur(ada, a)
        assert (serveur_a["nom_en"], serveur_a["description_fr"]) == ("Renamed offline", "Décrit sur le serveur")
        assert serveur_a["revision"] == revision_a + 1
        (vol,) = _sql(ada, "SELECT demandes FROM volume WHERE service_pk = :a AND mode = 'en_ligne'", a=a)
        assert vol["demandes"] == 4321
        assert _service_serveur(ada, b)["proprietaire"] == "Serveur"
        assert _sql(ada, "SELECT pk FROM service WHERE pk = :d", d=d) == []
        (cree,) = _sql(ada, "SELECT pk, nom_fr FROM service WHERE service_id = 'HL-1'")
        assert cree["nom_fr"] == "Service créé hors ligne"
        (ev_serveur,) = _sql(ada, "SELECT service_pk, sujet FROM evaluation WHERE uuid = :u", u=uuid_ev)
        assert (ev_serveur["service_pk"], ev_serveur["sujet"]) == (cree["pk"], "Évaluation hors ligne")
        # le contenu fusionné feuille par feuille, et les initiatives tirées de lui (jamais à part)
        (ini,) = _sql(ada, "SELECT couts, risques FROM initiative WHERE evaluation_pk = :p AND rang = 0",
                      p=initiatives[0][1])
        assert (ini["couts"], ini["risques"]) == ("Coûts revus hors ligne", "Risques vus au serveur")
        (contenu,) = _sql(ada, "SELECT contenu FROM evaluation WHERE pk = :p", p=initiatives[0][1])
        premiere = json.loads(contenu["contenu"])["initiatives"][0]
        assert (premiere["couts"], premiere["risques"]) == ("Coûts revus hors ligne", "Risques vus au serveur")
        journal = _sql(ada, "SELECT DISTINCT connexion FROM journal WHERE action LIKE 'serveur_%' AND entite = 'service'"
                            " AND cle = :a", a=str(a))
        assert {r["connexion"] for r in journal} == {"ada", "rita"}

    # la base du poste est remise à l'état du serveur : les changements d'Ada y sont, ses clés aussi
    locaux = _services_locaux(fichier)
    assert locaux[b].proprietaire == "Serveur" and locaux[a].description_fr == "Décrit sur le serveur"
    assert [pk for pk, s in locaux.items() if s.service_id == "HL-1"] == [cree["pk"]]
    assert d not in locaux
    # un second renvoi n'a rien à envoyer
    with ministere("rita") as s:
        encore = hors_ligne.renvoyer(s, fichier)
    assert (encore.ajoutees, encore.modifiees, encore.supprimees) == (0, 0, 0)


def test_des_changements_qui_se_croisent_sont_montres_et_rien_n_est_ecrit(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    a, b, *_ = sorted(_services_locaux(fichier))
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        sa, sb = services.charger(a), services.charger(b)
        sa.nom_fr, sa.frais = "Nom choisi par Rita", "non"
        sb.proprietaire = "Rita"
        services.enregistrer(sa)
        services.enregistrer(sb)
    with ministere("ada") as ada:
        _sql(ada, "UPDATE service SET nom_fr = 'Nom choisi par Ada', revision = revision WHERE pk = :a", a=a)
        avant = {pk: _service_serveur(ada, pk) for pk in (a, b)}
    poste_avant = sqlite3.connect(fichier).execute("SELECT nom_fr, proprietaire FROM service ORDER BY pk").fetchall()

    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier)
    (ecart,) = exc.value.ecarts
    assert ecart.cle == f"service:{a}:nom_fr"
    assert (ecart.divergence.mienne, ecart.divergence.serveur) == ("Nom choisi par Rita", "Nom choisi par Ada")
    # rien d'écrit : ni la divergence, ni ce qui ne se croisait pas (frais, propriétaire de B)
    with ministere("ada") as ada:
        assert {pk: _service_serveur(ada, pk) for pk in (a, b)} == avant
    assert sqlite3.connect(fichier).execute("SELECT nom_fr, proprietaire FROM service ORDER BY pk").fetchall() \
        == poste_avant

    # un choix qui ne désigne pas la divergence ne tranche rien
    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher):
        hors_ligne.renvoyer(s, fichier, {f"service:{b}:nom_fr": "mienne"})
    with ministere("rita") as s:
        bilan = hors_ligne.renvoyer(s, fichier, {ecart.cle: "mienne"})
    assert bilan.tranchees == 1
    with ministere("ada") as ada:
        sa = _service_serveur(ada, a)
        assert (sa["nom_fr"], sa["frais"]) == ("Nom choisi par Rita", "non")
        assert _service_serveur(ada, b)["proprietaire"] == "Rita"


def test_suppressions_des_deux_cotes(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    a, b, c, _ = sorted(_services_locaux(fichier))
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        services.supprimer(a)               # supprimé ici, changé sur le serveur
        sb = services.charger(b)
        sb.nom_en = "Changed offline"       # changé ici, supprimé sur le serveur
        services.enregistrer(sb)
        services.supprimer(c)               # supprimé ici, inchangé sur le serveur
    with ministere("ada") as ada:
        _sql(ada, "UPDATE service SET nom_en = 'Changed on the server', revision = revision WHERE pk = :a", a=a)
        _sql(ada, "DELETE FROM service WHERE pk = :b", b=b)

    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier)
    ecarts = {e.cle: e for e in exc.value.ecarts}
    assert set(ecarts) == {f"service:{a}:@existence", f"service:{b}:@existence"}
    assert ecarts[f"service:{a}:@existence"].divergence.mienne is False       # supprimé sur le poste
    assert ecarts[f"service:{b}:@existence"].divergence.serveur is False      # supprimé sur le serveur
    with ministere("ada") as ada:
        assert len(_sql(ada, "SELECT pk FROM service WHERE pk = ANY(:p)", p=[a, c])) == 2   # rien d'écrit

    # garder la version du serveur de A, et recréer B
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier, {f"service:{a}:@existence": "serveur", f"service:{b}:@existence": "mienne"})
    with ministere("ada") as ada:
        assert _service_serveur(ada, a)["nom_en"] == "Changed on the server"
        assert _sql(ada, "SELECT pk FROM service WHERE pk = :c", c=c) == []
        (recree,) = _sql(ada, "SELECT pk FROM service WHERE nom_en = 'Changed offline'")
    locaux = _services_locaux(fichier)
    assert locaux[a].nom_en == "Changed on the server" and recree["pk"] in locaux and c not in locaux


def test_un_changement_que_le_serveur_refuserait_est_montre_et_n_arrete_pas_le_reste(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    a, b, *_ = sorted(_services_locaux(fichier))
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        for pk, nom in ((a, "A hors ligne"), (b, "B hors ligne")):
            s = services.charger(pk)
            s.nom_en = nom
            services.enregistrer(s)
    # pendant ce temps, A passe à un secteur qui n'est pas celui de Rita
    with ministere("ada") as ada:
        _sql(ada, "UPDATE service SET secteur_responsabilite = 'Expérience du visiteur', revision = revision "
                  "WHERE pk = :a", a=a)
    # montré, rien d'écrit; « mienne » ne le tranche pas (le serveur le refuserait)
    for tout in (None, "mienne"):
        with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
            hors_ligne.renvoyer(s, fichier, tout=tout)
        assert [e.cle for e in exc.value.ecarts] == [f"service:{a}:@refus:secteur"]
    with ministere("ada") as ada:
        assert _service_serveur(ada, b)["nom_en"] != "B hors ligne"       # tout ou rien
    assert {pk: s.nom_en for pk, s in _services_locaux(fichier).items() if pk in (a, b)} == \
        {a: "A hors ligne", b: "B hors ligne"}                             # le poste garde tout
    # laissé de côté, explicitement : le reste passe
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier, {f"service:{a}:@refus:secteur": "serveur"})
    with ministere("ada") as ada:
        assert _service_serveur(ada, b)["nom_en"] == "B hors ligne"
        assert _service_serveur(ada, a)["nom_en"] != "A hors ligne"


def test_renvoyer_un_fichier_qui_n_est_pas_emporte(ministere, tmp_path):
    ordinaire = tmp_path / "ordinaire.sqlite"
    with ouvrir(ordinaire, rotation=False) as b:
        repertoire.charger_demo(b)
    with ministere("rita") as s:
        with pytest.raises(hors_ligne.PasHorsLigne) as exc:
            hors_ligne.renvoyer(s, ordinaire)
        assert "n'est pas une base emportée" in exc.value.texte("fr")
        with pytest.raises(hors_ligne.PasHorsLigne):
            hors_ligne.renvoyer(s, tmp_path / "absent.sqlite")
    assert not (tmp_path / "absent.sqlite").exists()


# --- ce qu'une attaque du renvoi a trouvé, et qui tient maintenant ------------------------------

def test_un_service_supprime_puis_restaure_hors_ligne_reste_le_meme(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    with ministere("ada") as ada:
        avant = {t: _sql(ada, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in ("service", "norme_service", "evaluation")}
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        avec_norme = base.conn.execute("SELECT service_pk FROM norme_service ORDER BY pk LIMIT 1").fetchone()[0]
        services.restaurer(services.supprimer(avec_norme))
    with ministere("rita") as s:
        bilan = hors_ligne.renvoyer(s, fichier)
    assert (bilan.ajoutees, bilan.supprimees) == (0, 0)
    with ministere("ada") as ada:
        assert {t: _sql(ada, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in avant} == avant
        assert _sql(ada, "SELECT count(*) AS n FROM norme_service WHERE service_pk = :p", p=avec_norme)[0]["n"] >= 1


def test_une_cle_redonnee_par_sqlite_ne_perd_pas_la_norme_creee_hors_ligne(ministere, tmp_path):
    """Le service à la plus grande clé supprimé, puis un service et une norme créés : SQLite leur
    redonne les clés de ceux qui ont été supprimés; ce sont d'autres fiches, ajoutées."""
    from gesserv_bureau.domaine.norme import NormeService
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        dernier = max(services.services(), key=lambda s: s.pk)
        services.supprimer(dernier.pk)
        pk_neuf = None
        while pk_neuf != dernier.pk:        # jusqu'à ce que SQLite redonne la clé du service supprimé
            assert pk_neuf is None or pk_neuf < dernier.pk
            pk_neuf = services.creer(Service(exercice=dernier.exercice, service_id="AV-100", nom_fr="Service neuf",
                                             secteur_responsabilite=SECTEURS[0]))
        DepotNormes(base).creer(NormeService(exercice=dernier.exercice, service_id="AV-100", norme_id="AV-100-N1",
                                             service_pk=pk_neuf, norme_fr="Dix jours", cible=0.9))
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier)
    with ministere("ada") as ada:
        assert _sql(ada, "SELECT pk FROM service WHERE pk = :p", p=dernier.pk) == []
        normes = _sql(ada, "SELECT n.norme_id FROM norme_service n JOIN service s ON s.pk = n.service_pk "
                           "WHERE s.service_id = 'AV-100'")
        assert [r["norme_id"] for r in normes] == ["AV-100-N1"]


def test_le_poste_et_le_serveur_sont_ecrits_ensemble_ou_pas_du_tout(ministere, tmp_path, monkeypatch):
    """Si le poste ne peut être remis à jour (disque plein…), le serveur n'a rien reçu non plus;
    le renvoi suivant envoie tout, une fois."""
    from gesserv_bureau.stockage.serveur import emport

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        sa = services.services()[0]
        services.creer(Service(exercice=sa.exercice, service_id="HL-2", nom_fr="Créé hors ligne",
                               secteur_responsabilite=SECTEURS[0]))
    vrai = emport.remplir_dans

    def disque_plein(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(emport, "remplir_dans", disque_plein)
    with ministere("rita") as s, pytest.raises(Exception):
        hors_ligne.renvoyer(s, fichier)
    with ministere("ada") as ada:
        assert _sql(ada, "SELECT pk FROM service WHERE service_id = 'HL-2'") == []
    monkeypatch.setattr(emport, "remplir_dans", vrai)
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier)
        hors_ligne.renvoyer(s, fichier)
    with ministere("ada") as ada:
        assert len(_sql(ada, "SELECT pk FROM service WHERE service_id = 'HL-2'")) == 1


def test_le_serveur_valide_et_pas_le_poste_le_renvoi_suivant_ne_double_rien(ministere, tmp_path, monkeypatch):
    """La connexion perdue entre la validation du serveur et celle du poste (quelques
    millisecondes) : le serveur a tout reçu, le poste est resté à son état d'avant. Le renvoi
    suivant retrouve ce que le serveur a déjà — un service (sans UUID) par toutes ses colonnes,
    une évaluation par son UUID — et n'ajoute rien deux fois."""
    from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible
    from outils_direct import renvoi_perdu_apres_validation

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        sa = services.services()[0]
        for nom in ("Jumeau", "Jumeau"):          # deux services identiques : deux services
            pk = services.creer(Service(exercice=sa.exercice, service_id="HL-3", nom_fr=nom,
                                        secteur_responsabilite=SECTEURS[0]))
        DepotEvaluations(base).enregistrer(Evaluation(outil="1A", service_pk=pk, sujet="Éval HL-3",
                                                      exercice=sa.exercice), action="creation")

    renvoi_perdu_apres_validation(monkeypatch)
    with ministere("rita") as s, pytest.raises(ServeurInaccessible):
        hors_ligne.renvoyer(s, fichier)
    monkeypatch.undo()
    with ministere("ada") as ada:                  # le serveur a bien reçu les trois fiches
        assert len(_sql(ada, "SELECT pk FROM service WHERE service_id = 'HL-3'")) == 2
    with ouvrir(fichier, rotation=False) as base:  # le poste, lui, n'a pas changé
        assert emport_instantane_services(base) == {"HL-3": 0}
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier)
    with ministere("ada") as ada:
        assert len(_sql(ada, "SELECT pk FROM service WHERE service_id = 'HL-3'")) == 2
        assert len(_sql(ada, "SELECT pk FROM evaluation WHERE sujet = 'Éval HL-3'")) == 1
    assert sorted(s.nom_fr for s in _services_locaux(fichier).values() if s.service_id == "HL-3") == ["Jumeau", "Jumeau"]
    with ouvrir(fichier, rotation=False) as base:
        assert emport_instantane_services(base) == {"HL-3": 2}


def emport_instantane_services(base) -> dict[str, int]:
    """Combien de services HL-3 l'instantané d'emport du poste connaît (ce que le serveur avait)."""
    from gesserv_bureau.stockage.serveur import emport

    lignes = emport.instantane(base)["lignes"]["service"]
    return {"HL-3": sum(1 for l in lignes if l.get("service_id") == "HL-3")}


def test_une_base_n_est_renvoyee_qu_au_repertoire_d_ou_elle_vient(ministere, grappe_pg, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    autre = grappe_pg.url(grappe_pg.nouvelle_base())
    with cas_serveur.connecter(autre) as s:
        cas_serveur.initialiser(s)
        with pytest.raises(hors_ligne.AutreRepertoire) as exc:
            hors_ligne.renvoyer(s, fichier)
        assert "autre répertoire ministériel" in exc.value.texte("fr")
        assert _sql(s, "SELECT count(*) AS n FROM service")[0]["n"] == 0
    assert len(_services_locaux(fichier)) == 4       # le poste n'est pas touché


def test_un_examen_neuf_dans_une_seance_neuve_et_la_strategie_renumerotee(ministere, tmp_path):
    from gesserv_bureau.domaine.evaluations import Seance
    from gesserv_bureau.stockage.depot_evaluations import DepotSeances
    from gesserv_bureau.stockage.depot_strategies import DepotStrategies

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        sa = services.services()[0]
        pk_neuf = services.creer(Service(exercice=sa.exercice, service_id="HL-3", nom_fr="Neuf",
                                         secteur_responsabilite=SECTEURS[0]))
        seance = Seance(titre="Séance de Rita", exercice=sa.exercice, services=[sa.pk, pk_neuf])
        pk_seance = DepotSeances(base).enregistrer(seance, action="creation")
        examen = Evaluation(outil="2A", service_pk=pk_neuf, sujet="Neuf", seance_pk=pk_seance)
        DepotEvaluations(base).enregistrer(examen, action="creation")
        strategie = DepotStrategies(base).toutes()[0]
        strategie.services = [*strategie.services, pk_neuf]
        DepotStrategies(base).enregistrer(strategie)
    with ministere("ada") as ada:      # quelqu'un crée une séance sur le serveur entre-temps
        _sql(ada, "INSERT INTO seance (uuid, titre) VALUES ('s-ada', 'Séance d''Ada')")
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier)
    with ministere("ada") as ada:
        (neuf,) = _sql(ada, "SELECT pk FROM service WHERE service_id = 'HL-3'")
        (ev,) = _sql(ada, "SELECT e.service_pk, s.titre, s.services FROM evaluation e JOIN seance s "
                          "ON s.pk = e.seance_pk WHERE e.uuid = :u", u=examen.uuid)
        assert (ev["service_pk"], ev["titre"], json.loads(ev["services"])) == (neuf["pk"], "Séance de Rita",
                                                                               [sa.pk, neuf["pk"]])
        (st,) = _sql(ada, "SELECT contenu FROM strategie WHERE uuid = :u", u=strategie.uuid)
        assert json.loads(st["contenu"])["services"][-1] == neuf["pk"]


def test_un_lecteur_emporte_tout_et_une_fiche_qu_il_ne_peut_changer_est_montree(ministere, tmp_path):
    with ministere("ada") as ada:
        total = _sql(ada, "SELECT count(*) AS n FROM service")[0]["n"]
    fichier, bilan = _emporter(ministere, tmp_path, "lea")
    assert bilan.services == total                      # elle lit tout
    with ouvrir(fichier, rotation=False) as base:
        services = DepotServices(base)
        s0 = services.services()[0]
        s0.nom_en = "Changed by a reader"
        services.enregistrer(s0)
    with ministere("lea") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier, tout="mienne")     # « mienne » ne tranche pas un refus
    assert [e.cle for e in exc.value.ecarts] == [f"service:{s0.pk}:@refus:lecture"]
    with ministere("lea") as s:
        bilan = hors_ligne.renvoyer(s, fichier, tout="serveur")
    assert bilan.modifiees == 0


def test_une_evaluation_approuvee_entre_temps_n_arrete_pas_le_reste(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        evaluations = DepotEvaluations(base)
        ev = next(e for e in evaluations.toutes() if e.statut != "approuvee" and e.service_pk)
        ev.sujet = "Sujet revu hors ligne"
        evaluations.enregistrer(ev)
        services = DepotServices(base)
        autre = services.services()[-1]
        autre.proprietaire = "Rita"
        services.enregistrer(autre)
    with ministere("ada") as ada:
        _sql(ada, "UPDATE evaluation SET statut = 'approuvee' WHERE pk = :p", p=ev.pk)
    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier)
    assert [e.cle for e in exc.value.ecarts] == [f"evaluation:{ev.pk}:@refus:approuvee"]
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier, {exc.value.ecarts[0].cle: "serveur"})
    with ministere("ada") as ada:
        assert _service_serveur(ada, autre.pk)["proprietaire"] == "Rita"
        assert _sql(ada, "SELECT sujet FROM evaluation WHERE pk = :p", p=ev.pk)[0]["sujet"] != "Sujet revu hors ligne"


@pytest.mark.parametrize("instantane", ["{pas du json", '{"lignes": {}}', "[]",
                                         '{"adresse": "postgresql://x@/y", "identite": "u", "lignes": {}}'])
def test_un_instantane_abime_n_est_pas_devine(ministere, tmp_path, instantane):
    fichier, _ = _emporter(ministere, tmp_path)
    with sqlite3.connect(fichier) as lite:
        lite.execute("UPDATE parametre SET valeur = ? WHERE cle = 'hors_ligne'", [instantane])
    with ministere("ada") as ada:
        avant = _sql(ada, "SELECT count(*) AS n FROM service")[0]["n"]
    with ministere("rita") as s, pytest.raises(hors_ligne.PasHorsLigne):
        hors_ligne.renvoyer(s, fichier)
    with ministere("ada") as ada:
        assert _sql(ada, "SELECT count(*) AS n FROM service")[0]["n"] == avant


def test_un_reel_dans_une_colonne_d_entiers_est_refuse_pas_arrondi(ministere, tmp_path):
    from gesserv_bureau.stockage.serveur.emport import ValeurRefusee

    fichier, _ = _emporter(ministere, tmp_path)
    with sqlite3.connect(fichier) as lite:
        pk = lite.execute("SELECT service_pk FROM volume WHERE demandes IS NOT NULL LIMIT 1").fetchone()[0]
        lite.execute("UPDATE volume SET demandes = 12.7 WHERE service_pk = ? AND demandes IS NOT NULL", [pk])
    with ministere("rita") as s, pytest.raises(ValeurRefusee) as exc:
        hors_ligne.renvoyer(s, fichier)
    assert "12.7" in exc.value.texte("fr") and "Rien n'a été renvoyé" in exc.value.texte("fr")
    with ministere("ada") as ada:
        assert all(r["demandes"] != 13 for r in _sql(ada, "SELECT demandes FROM volume WHERE service_pk = :p", p=pk))


def _copier_norme(ada, pk: int, norme_id: str, **remplacer) -> int:
    """Une norme de plus sur le serveur (d'autres l'ajoutent pendant l'absence), copiée de ``pk``."""
    from gesserv_bureau.stockage import tables

    colonnes = [c.name for c in tables.norme_service.columns if c.name not in ("pk", "norme_id", *remplacer)]
    valeurs = ", ".join(colonnes)
    sql = (f"INSERT INTO norme_service ({valeurs}, norme_id{''.join(', ' + c for c in remplacer)}) "
           f"SELECT {valeurs}, :nid{''.join(', :' + c for c in remplacer)} FROM norme_service WHERE pk = :pk RETURNING pk")
    return _sql(ada, sql, pk=pk, nid=norme_id, **remplacer)[0]["pk"]


def test_un_service_supprime_hors_ligne_n_emporte_pas_la_norme_ajoutee_sur_le_serveur(ministere, tmp_path):
    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        service_pk, norme_pk = base.conn.execute("SELECT service_pk, pk FROM norme_service ORDER BY pk LIMIT 1").fetchone()
        DepotServices(base).supprimer(service_pk)
    with ministere("ada") as ada:
        neuve = _copier_norme(ada, norme_pk, "AJOUTEE-SERVEUR", norme_fr="Ajoutée sur le serveur")
        normes = {r["pk"] for r in _sql(ada, "SELECT pk FROM norme_service WHERE service_pk = :s", s=service_pk)}
    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier)
    (ecart,) = exc.value.ecarts
    assert ecart.cle == f"service:{service_pk}:@existence"
    assert ("norme_service", "Ajoutée sur le serveur") in ecart.touchees
    with ministere("ada") as ada:                                   # rien d'écrit
        assert {r["pk"] for r in _sql(ada, "SELECT pk FROM norme_service WHERE service_pk = :s", s=service_pk)} == normes
    # la ligne de commande le dit, avec ce que la suppression emporterait
    from gesserv_bureau.ligne_de_commande import commandes_serveur
    texte = commandes_serveur._ecart(ecart, "fr")
    assert "supprimé" in texte and "Ajoutée sur le serveur" in texte
    assert "Ajoutée sur le serveur" in commandes_serveur._ecart(ecart, "en") and "deleted" in commandes_serveur._ecart(ecart, "en")

    # garder le service tel que le serveur l'a : avec toutes ses normes, celles emportées comprises
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier, {ecart.cle: "serveur"})
    with ministere("ada") as ada:
        assert {r["pk"] for r in _sql(ada, "SELECT pk FROM norme_service WHERE service_pk = :s", s=service_pk)} == normes
        assert neuve in normes and len(_sql(ada, "SELECT pk FROM service WHERE pk = :s", s=service_pk)) == 1
    with ouvrir(fichier, rotation=False) as base:                     # et le poste le retrouve
        assert {r[0] for r in base.conn.execute("SELECT pk FROM norme_service WHERE service_pk = ?", [service_pk])} == normes


def test_un_service_supprime_sur_le_serveur_et_recree_revient_avec_ses_normes(ministere, tmp_path):
    """Le serveur a supprimé un service (ses normes et leurs résultats avec lui); hors ligne, une de
    ses normes a changé : une question, celle du service; le recréer recrée aussi ses normes, même
    celles qui n'ont pas changé, et les évaluations qui le désignaient le retrouvent."""
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        service_pk, service_id = base.conn.execute(
            "SELECT n.service_pk, s.service_id FROM norme_service n JOIN service s ON s.pk = n.service_pk "
            "GROUP BY n.service_pk ORDER BY count(*) DESC, n.service_pk LIMIT 1").fetchone()
        depot = DepotNormes(base)
        premiere = min(depot.pour_service(service_pk), key=lambda n: n.pk)
        premiere.norme_fr = "Changée hors ligne"
        depot.enregistrer(premiere)
        attendues = {r[0]: r[1] for r in base.conn.execute(
            "SELECT norme_id, norme_fr FROM norme_service WHERE service_pk = ?", [service_pk])}
        resultats = base.conn.execute("SELECT count(*) FROM resultat_norme r JOIN norme_service n "
                                      "ON n.pk = r.norme_pk WHERE n.service_pk = ?", [service_pk]).fetchone()[0]
        evaluations = {r[0] for r in base.conn.execute("SELECT uuid FROM evaluation WHERE service_pk = ?", [service_pk])}
    assert len(attendues) >= 1
    with ministere("ada") as ada:
        _sql(ada, "DELETE FROM service WHERE pk = :s", s=service_pk)           # ses normes avec lui
    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier)
    (ecart,) = exc.value.ecarts                      # une question, celle du service
    assert ecart.cle == f"service:{service_pk}:@existence"
    assert ecart.touchees == (("norme_service", "Changée hors ligne"),)
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier, tout="mienne")
    with ministere("ada") as ada:
        (recree,) = _sql(ada, "SELECT pk FROM service WHERE service_id = :i AND pk <> :p", i=service_id, p=service_pk)
        normes = {r["norme_id"]: r["norme_fr"] for r in _sql(
            ada, "SELECT norme_id, norme_fr FROM norme_service WHERE service_pk = :s", s=recree["pk"])}
        assert normes == attendues
        assert _sql(ada, "SELECT count(*) AS n FROM resultat_norme r JOIN norme_service n ON n.pk = r.norme_pk "
                         "WHERE n.service_pk = :s", s=recree["pk"])[0]["n"] == resultats
        assert {r["uuid"] for r in _sql(ada, "SELECT uuid FROM evaluation WHERE service_pk = :s",
                                        s=recree["pk"])} == evaluations


def test_une_fiche_creee_hors_ligne_sous_une_fiche_que_le_serveur_a_supprimee(ministere, tmp_path):
    """Une évaluation créée ici sur un service que le serveur a supprimé depuis : envoyée détachée
    (comme la suppression a détaché les autres), sans bloquer le renvoi; une norme créée ici sous
    ce service, s'il n'est pas recréé, part avec lui (la question du service l'a montrée)."""
    from gesserv_bureau.domaine.norme import NormeService
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    fichier, _ = _emporter(ministere, tmp_path)
    a, b, _, _ = sorted(_services_locaux(fichier))
    with ouvrir(fichier, rotation=False) as base:
        sa, sb = DepotServices(base).charger(a), DepotServices(base).charger(b)
        DepotEvaluations(base).enregistrer(Evaluation(outil="1A", service_pk=a, sujet="Éval sur A",
                                                      exercice=sa.exercice), action="creation")
        norme = DepotNormes(base).creer(NormeService(exercice=sb.exercice, service_id=sb.service_id,
                                                     norme_id="NEUVE-ICI", service_pk=b, norme_fr="Neuve ici"))
        DepotNormes(base).enregistrer_action(ActionNorme(norme_pk=norme, texte="Action neuve ici"))
    with ministere("ada") as ada:
        _sql(ada, "DELETE FROM service WHERE pk = ANY(:p)", p=[a, b])
    with ministere("rita") as s, pytest.raises(hors_ligne.RenvoiATrancher) as exc:
        hors_ligne.renvoyer(s, fichier)
    (ecart,) = exc.value.ecarts
    assert ecart.cle == f"service:{b}:@existence" and ("norme_service", "Neuve ici") in ecart.touchees
    with ministere("rita") as s:                      # ne pas le recréer : rien ne bloque le renvoi
        hors_ligne.renvoyer(s, fichier, {ecart.cle: "serveur"})
    with ministere("ada") as ada:
        assert [r["service_pk"] for r in _sql(ada, "SELECT service_pk FROM evaluation WHERE sujet = 'Éval sur A'")] == [None]
        assert _sql(ada, "SELECT pk FROM norme_service WHERE norme_id = 'NEUVE-ICI'") == []
        assert _sql(ada, "SELECT pk FROM action_norme WHERE texte = 'Action neuve ici'") == []


def test_un_service_supprime_puis_remis_hors_ligne_garde_les_actions_de_ses_normes(ministere, tmp_path):
    """« Annuler » la suppression d'un service : ses normes et leurs actions reviennent, les mêmes
    fiches; le renvoi n'a rien à envoyer et l'action reste sur le serveur."""
    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        service_pk, norme_pk = base.conn.execute("SELECT service_pk, pk FROM norme_service ORDER BY pk LIMIT 1").fetchone()
    with ministere("ada") as ada:
        _sql(ada, "INSERT INTO action_norme (uuid, norme_pk, texte, statut) VALUES ('a-remise', :n, 'Action', 'a_faire')",
             n=norme_pk)
    fichier.unlink()
    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        depot = DepotServices(base)
        depot.restaurer(depot.supprimer(service_pk))
    with ministere("rita") as s:
        bilan = hors_ligne.renvoyer(s, fichier)
    assert (bilan.ajoutees, bilan.supprimees) == (0, 0)
    with ministere("ada") as ada:
        assert [r["texte"] for r in _sql(ada, "SELECT texte FROM action_norme WHERE uuid = 'a-remise'")] == ["Action"]


def test_des_initiatives_ajoutees_ici_et_sur_le_serveur_sont_toutes_gardees(ministere, tmp_path):
    """Une initiative ajoutée à un examen 2A hors ligne (comme le formulaire l'enregistre), une autre
    ajoutée au même examen sur le serveur : au renvoi, aucune divergence, les deux sont là — dans
    le contenu et dans les lignes d'initiatives du serveur, chacune à son rang — et sur le poste."""
    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        evaluations = DepotEvaluations(base)
        (pk_examen,) = base.conn.execute("SELECT evaluation_pk FROM initiative WHERE rang = 0 ORDER BY pk LIMIT 1").fetchone()
        examen = evaluations.charger(pk_examen)
        avant = len(examen.contenu["initiatives"])
        examen.contenu["initiatives"].append({**examen.contenu["initiatives"][0], "nom": "Ajoutée hors ligne"})
        evaluations.enregistrer(examen)
    with ministere("ada") as ada:
        (contenu,) = _sql(ada, "SELECT contenu FROM evaluation WHERE pk = :p", p=pk_examen)
        document = json.loads(contenu["contenu"])
        document["initiatives"].append({**document["initiatives"][0], "nom": "Ajoutée au serveur"})
        _sql(ada, "UPDATE evaluation SET contenu = :c, revision = revision WHERE pk = :p",
             c=json.dumps(document, ensure_ascii=False), p=pk_examen)
        _sql(ada, "INSERT INTO initiative (evaluation_pk, rang, nom) VALUES (:p, :r, 'Ajoutée au serveur')",
             p=pk_examen, r=avant)
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier)          # ATrancher serait levé s'il y avait une divergence
    with ministere("ada") as ada:
        lignes = _sql(ada, "SELECT rang, nom FROM initiative WHERE evaluation_pk = :p ORDER BY rang", p=pk_examen)
        (contenu,) = _sql(ada, "SELECT contenu FROM evaluation WHERE pk = :p", p=pk_examen)
    noms = [i["nom"] for i in json.loads(contenu["contenu"])["initiatives"]]
    assert noms[avant:] == ["Ajoutée au serveur", "Ajoutée hors ligne"]
    assert [(r["rang"], r["nom"]) for r in lignes][avant:] == [(avant, "Ajoutée au serveur"),
                                                               (avant + 1, "Ajoutée hors ligne")]
    with ouvrir(fichier, rotation=False) as base:
        assert [i["nom"] for i in DepotEvaluations(base).charger(pk_examen).contenu["initiatives"]] == noms


def test_une_norme_renumerotee_hors_ligne_reste_la_meme_norme(ministere, tmp_path):
    """Hors ligne, le numéro d'une norme changé (et son texte); sur le serveur, ses commentaires
    et une action de plus. Au renvoi : la même norme (même clé), renumérotée, les changements des
    deux côtés gardés, ses résultats et ses actions toujours à elle — ni suppression, ni doublon,
    ni question."""
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        depot = DepotNormes(base)
        pk = base.conn.execute("SELECT pk FROM norme_service ORDER BY pk LIMIT 1").fetchone()[0]
        norme = depot.charger(pk)
        ancien, service_pk = norme.norme_id, norme.service_pk
        norme.norme_id, norme.norme_fr = ancien + "-R", "Renumérotée hors ligne"
        depot.enregistrer(norme)
    with ministere("ada") as ada:
        resultats = _sql(ada, "SELECT count(*) AS n FROM resultat_norme WHERE norme_pk = :p", p=pk)[0]["n"]
        _sql(ada, "UPDATE norme_service SET commentaires_fr = 'Commentée au serveur', revision = revision "
                  "WHERE pk = :p", p=pk)
        _sql(ada, "INSERT INTO action_norme (norme_pk, uuid, texte) VALUES (:p, 'action-du-serveur', 'Du serveur')",
             p=pk)
        actions = _sql(ada, "SELECT count(*) AS n FROM action_norme WHERE norme_pk = :p", p=pk)[0]["n"]
    with ministere("rita") as s:
        hors_ligne.renvoyer(s, fichier)            # RenvoiATrancher s'il y avait une question
    with ministere("ada") as ada:
        normes = _sql(ada, "SELECT pk, norme_id, norme_fr, commentaires_fr FROM norme_service WHERE service_pk = :s "
                           "AND norme_id IN (:a, :r)", s=service_pk, a=ancien, r=ancien + "-R")
        assert [dict(n) for n in normes] == [{"pk": pk, "norme_id": ancien + "-R", "norme_fr": "Renumérotée hors ligne",
                                              "commentaires_fr": "Commentée au serveur"}]
        assert _sql(ada, "SELECT count(*) AS n FROM resultat_norme WHERE norme_pk = :p", p=pk)[0]["n"] == resultats
        assert _sql(ada, "SELECT count(*) AS n FROM action_norme WHERE norme_pk = :p", p=pk)[0]["n"] == actions
    with ouvrir(fichier, rotation=False) as base:
        n = DepotNormes(base).charger(pk)
        assert (n.norme_id, n.commentaires_fr) == (ancien + "-R", "Commentée au serveur")


def test_une_norme_renumerotee_ici_sur_un_numero_pris_au_serveur_est_refusee_sans_rien_ecrire(ministere, tmp_path):
    """Le numéro donné ici à une norme, d'autres l'ont donné à une nouvelle norme du même service
    sur le serveur : le renvoi le dit (la fiche, la valeur refusée) et n'écrit rien."""
    from gesserv_bureau.stockage.depot_normes import DepotNormes
    from gesserv_bureau.stockage.serveur.emport import ValeurRefusee

    fichier, _ = _emporter(ministere, tmp_path)
    with ouvrir(fichier, rotation=False) as base:
        depot = DepotNormes(base)
        pk = base.conn.execute("SELECT pk FROM norme_service ORDER BY pk LIMIT 1").fetchone()[0]
        norme = depot.charger(pk)
        ancien = norme.norme_id
        norme.norme_id = ancien + "-R"
        depot.enregistrer(norme)
    with ministere("ada") as ada:
        _copier_norme(ada, pk, ancien + "-R")
    with ministere("rita") as s, pytest.raises(ValeurRefusee) as exc:
        hors_ligne.renvoyer(s, fichier)
    assert "norme_service" in exc.value.texte("fr") and "Rien n'a été renvoyé" in exc.value.texte("fr")
    with ministere("ada") as ada:
        assert _sql(ada, "SELECT norme_id FROM norme_service WHERE pk = :p", p=pk)[0]["norme_id"] == ancien
    with ouvrir(fichier, rotation=False) as base:                     # rien de perdu sur le poste
        assert DepotNormes(base).charger(pk).norme_id == ancien + "-R"
