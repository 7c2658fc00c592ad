"""Le plan d'un renvoi hors ligne (``domaine.hors_ligne``), sans serveur : chaque cas de la fusion
à trois états, les lignes dépendantes colonne par colonne, les dates, les clés renumérotées."""

from __future__ import annotations

import json

from gesserv_bureau.domaine.hors_ligne import EXISTENCE, etat, planifier, renumeroter, revisions


def _service(pk, **champs):
    return {"pk": pk, "revision": 3, "nom_fr": f"Service {pk}", "proprietaire": "", "modifie_le": "2026-11-01", **champs}


def _evaluation(pk, service_pk, **champs):
    return {"pk": pk, "revision": 1, "uuid": f"u{pk}", "sujet": "2A", "service_pk": service_pk, **champs}


def _initiative(evaluation_pk, rang, **champs):
    return {"pk": 100 + rang, "evaluation_pk": evaluation_pk, "rang": rang, "service_pk": None, "couts": "",
            "risques": "", **champs}


def _plan(lue, mienne, serveur, **options):
    return planifier(etat(lue), etat(mienne), etat(serveur), revisions(serveur), **options)


def test_les_changements_qui_ne_se_croisent_pas_sont_tous_gardes():
    lue = {"service": [_service(1)], "evaluation": [_evaluation(5, 1)], "initiative": [_initiative(5, 0)]}
    mienne = {"service": [_service(1, nom_fr="Mien", modifie_le="2026-11-20")], "evaluation": [_evaluation(5, 1)],
              "initiative": [_initiative(5, 0, couts="Coûts du poste"), _initiative(5, 1, couts="Nouvelle")]}
    serveur = {"service": [_service(1, proprietaire="Serveur", modifie_le="2026-11-25", revision=4)],
               "evaluation": [_evaluation(5, 1)], "initiative": [_initiative(5, 0, risques="Risques du serveur")]}
    plan = _plan(lue, mienne, serveur)
    assert not plan.a_trancher
    service, evaluation = plan.operations
    # la date la plus récente (celle du serveur) reste : rien à écrire pour elle
    assert (service.genre, service.valeurs, service.revision) == ("modifier", {"nom_fr": "Mien"}, 4)
    # l'initiative ajoutée l'est en entier (ses colonnes vides comprises, pas la clé nulle)
    assert evaluation.valeurs == {"@initiative:0:couts": "Coûts du poste", "@initiative:1": True,
                                  "@initiative:1:couts": "Nouvelle", "@initiative:1:risques": ""}


def test_la_date_du_poste_l_emporte_quand_elle_est_plus_recente():
    lue = {"service": [_service(1)]}
    mienne = {"service": [_service(1, nom_fr="Mien", modifie_le="2026-12-01")]}
    serveur = {"service": [_service(1, proprietaire="S", modifie_le="2026-11-25")]}
    (op,) = _plan(lue, mienne, serveur).operations
    assert op.valeurs == {"nom_fr": "Mien", "modifie_le": "2026-12-01"}


def test_une_ligne_dependante_changee_des_deux_cotes_est_a_trancher_colonne_par_colonne():
    lue = {"evaluation": [_evaluation(5, None)], "initiative": [_initiative(5, 0)]}
    mienne = {"evaluation": [_evaluation(5, None)], "initiative": [_initiative(5, 0, couts="A", risques="R")]}
    serveur = {"evaluation": [_evaluation(5, None)], "initiative": [_initiative(5, 0, couts="B")]}
    plan = _plan(lue, mienne, serveur)
    (ecart,) = plan.ecarts
    assert ecart.cle == "evaluation:5:@initiative:0:couts"
    assert (ecart.divergence.lue, ecart.divergence.mienne, ecart.divergence.serveur) == ("", "A", "B")
    tranche = _plan(lue, mienne, serveur, choix={ecart.cle: "serveur"})
    assert not tranche.a_trancher and tranche.operations[0].valeurs == {"@initiative:0:risques": "R"}
    tout = _plan(lue, mienne, serveur, tout="mienne")
    assert tout.operations[0].valeurs == {"@initiative:0:couts": "A", "@initiative:0:risques": "R"}


def test_une_initiative_supprimee_sur_le_poste_l_est_sur_le_serveur():
    lue = {"evaluation": [_evaluation(5, None)], "initiative": [_initiative(5, 0), _initiative(5, 1)]}
    mienne = {"evaluation": [_evaluation(5, None)], "initiative": [_initiative(5, 0)]}
    (op,) = _plan(lue, mienne, lue).operations
    assert op.valeurs == {"@initiative:1": None, "@initiative:1:couts": None, "@initiative:1:risques": None}


def test_suppressions_et_existence():
    lue = {"service": [_service(1), _service(2), _service(3)]}
    mienne = {"service": [_service(2, nom_fr="Changé")]}                      # 1 et 3 supprimés ici
    serveur = {"service": [_service(1), _service(3, nom_fr="Changé au serveur")]}   # 2 supprimé là-bas
    plan = _plan(lue, mienne, serveur)
    assert [(o.genre, o.pk) for o in plan.operations] == [("supprimer", 1)]
    assert {e.cle: (e.divergence.mienne, e.divergence.serveur) for e in plan.ecarts} == {
        f"service:2:{EXISTENCE}": (True, False), f"service:3:{EXISTENCE}": (False, True)}
    choisi = _plan(lue, mienne, serveur, tout="mienne")
    assert sorted((o.genre, o.pk) for o in choisi.operations) == [("ajouter", 2), ("supprimer", 1), ("supprimer", 3)]


def test_une_cle_redonnee_par_sqlite_est_une_autre_fiche():
    """Le service 2, supprimé sur le poste; le suivant créé a reçu la clé 2 : c'en est un autre."""
    lue = {"service": [_service(1), _service(2)]}
    mienne = {"service": [_service(1), _service(2, nom_fr="Tout autre service")]}
    plan = _plan(lue, mienne, lue, remplaces=frozenset({2}))
    assert [(o.genre, o.pk, o.valeurs.get("nom_fr")) for o in plan.operations] == [
        ("ajouter", 2, "Tout autre service"), ("supprimer", 2, None)]


def test_les_suppressions_viennent_apres_et_les_fiches_dependantes_d_abord():
    lue = {"service": [_service(1)], "evaluation": [_evaluation(5, 1)]}
    plan = _plan(lue, {"service": [], "evaluation": []}, lue)
    assert [(o.genre, o.fiche) for o in plan.operations] == [("supprimer", "evaluation"), ("supprimer", "service")]


def test_renumeroter_les_fiches_ajoutees():
    nouvelles = {"service": {7: 4012}}
    assert renumeroter("evaluation", {"service_pk": 7, "sujet": "x"}, nouvelles) == {"service_pk": 4012, "sujet": "x"}
    assert renumeroter("evaluation", {"@initiative:0:service_pk": 7}, nouvelles) == {"@initiative:0:service_pk": 4012}
    assert renumeroter("evaluation", {"service_pk": 3}, nouvelles) == {"service_pk": 3}
    # une séance : le service 7 qu'elle avait à l'emport (non emporté) reste le 7 du serveur
    sortie = renumeroter("seance", {"services": json.dumps([7, 9])}, {"service": {7: 4012, 9: 4013}},
                         {"services": json.dumps([7])})
    assert json.loads(sortie["services"]) == [7, 4013]


def test_le_contenu_json_se_fusionne_feuille_par_feuille():
    def ev(**initiative):
        return _evaluation(5, None, contenu=json.dumps({"initiatives": [{"nom": "Portail", "couts": "", "risques": "",
                                                                         **initiative}], "recommandation": None}))
    lue = {"evaluation": [ev()]}
    mienne = {"evaluation": [ev(couts="Coûts du poste")]}
    serveur = {"evaluation": [ev(risques="Risques du serveur")]}
    (op,) = _plan(lue, mienne, serveur).operations
    assert json.loads(op.valeurs["contenu"])["initiatives"][0] == {
        "nom": "Portail", "couts": "Coûts du poste", "risques": "Risques du serveur"}
    # la même feuille changée des deux côtés : une divergence à son chemin, rien d'autre
    croisee = _plan(lue, {"evaluation": [ev(couts="A", nom="Portail 2")]}, {"evaluation": [ev(couts="B")]})
    (ecart,) = croisee.ecarts
    assert (ecart.cle, ecart.divergence.mienne, ecart.divergence.serveur) == (
        "evaluation:5:contenu:initiatives/0/couts", "A", "B")
    tranche = _plan(lue, {"evaluation": [ev(couts="A", nom="Portail 2")]}, {"evaluation": [ev(couts="B")]},
                    choix={ecart.cle: "mienne"})
    assert json.loads(tranche.operations[0].valeurs["contenu"])["initiatives"][0] == {
        "nom": "Portail 2", "couts": "A", "risques": ""}


def test_une_seance_qui_designe_deja_la_cle_du_service_neuf():
    """Un service d'un autre secteur (non emporté) a sur le serveur la clé 10; le service créé
    hors ligne a reçu la clé 10 sur le poste, et la séance désigne les deux."""
    sortie = renumeroter("seance", {"services": json.dumps([2, 10, 10])}, {"service": {10: 11}},
                         {"services": json.dumps([2, 10])})
    assert json.loads(sortie["services"]) == [2, 10, 11]


def test_une_fiche_approuvee_ou_d_un_autre_secteur_est_montree_pas_envoyee():
    from gesserv_bureau.domaine.hors_ligne import Droits

    lue = {"service": [_service(1, secteur_responsabilite="A"), _service(2, secteur_responsabilite="B")],
           "evaluation": [_evaluation(5, 1, statut="brouillon")]}
    mienne = {"service": [_service(1, secteur_responsabilite="A", nom_fr="x"),
                          _service(2, secteur_responsabilite="B", nom_fr="y")],
              "evaluation": [_evaluation(5, 1, statut="brouillon", sujet="changé")]}
    serveur = {"service": lue["service"], "evaluation": [_evaluation(5, 1, statut="approuvee")]}
    plan = _plan(lue, mienne, serveur, droits=Droits(frozenset({"A"}), approbateur=False))
    assert [(o.fiche, o.pk) for o in plan.operations] == [("service", 1)]
    assert sorted(e.cle for e in plan.ecarts) == ["evaluation:5:@refus:approuvee", "service:2:@refus:secteur"]
    assert len(_plan(lue, mienne, serveur, tout="mienne", droits=Droits(frozenset({"A"}), False)).ecarts) == 2
    assert not _plan(lue, mienne, serveur, tout="serveur", droits=Droits(frozenset({"A"}), False)).a_trancher


def _norme(pk, service_pk, **champs):
    return {"pk": pk, "revision": 1, "service_pk": service_pk, "norme_id": f"N{pk}", "norme_fr": f"Norme {pk}",
            **champs}


def _action(pk, norme_pk, **champs):
    return {"pk": pk, "revision": 1, "uuid": f"a{pk}", "norme_pk": norme_pk, "texte": f"Action {pk}", **champs}


def test_un_service_supprime_ici_sous_lequel_le_serveur_a_ajoute_une_norme_est_a_trancher():
    """Supprimer le service emporterait la norme (et détacherait l'évaluation) que d'autres ont
    ajoutées depuis : la suppression est montrée, avec ce qu'elle emporterait."""
    lue = {"service": [_service(1)], "norme_service": [_norme(3, 1)]}
    mienne = {"service": [], "norme_service": []}                 # le service, et sa norme avec lui
    serveur = {"service": [_service(1)], "norme_service": [_norme(3, 1), _norme(4, 1, norme_fr="Ajoutée")],
               "evaluation": [_evaluation(8, 1, sujet="Examen ajouté")]}
    plan = _plan(lue, mienne, serveur)
    assert plan.operations == ()
    (ecart,) = plan.ecarts                       # une question : celle du service, pas une par norme
    assert ecart.cle == f"service:1:{EXISTENCE}"
    assert ecart.touchees == (("norme_service", "Ajoutée"), ("evaluation", "Examen ajouté"))
    # la supprimer quand même : une suppression (la norme 3 part avec lui, sans opération à elle)
    assert [(o.genre, o.fiche, o.pk) for o in _plan(lue, mienne, serveur, tout="mienne").operations] == [
        ("supprimer", "service", 1)]
    # garder le service du serveur : avec ses normes, même celle que la suppression ici emportait
    assert _plan(lue, mienne, serveur, tout="serveur").operations == ()
    # une action ajoutée sous une norme du service compte aussi, une évaluation changée aussi
    petite = {"service": [_service(1)], "norme_service": [_norme(3, 1)], "action_norme": [_action(9, 3)]}
    (e,) = _plan(lue, mienne, petite).ecarts
    assert e.touchees == (("action_norme", "Action 9"),)
    assert not _plan(lue, mienne, {"service": [_service(1)], "norme_service": [_norme(3, 1)]}).a_trancher


def test_une_norme_renumerotee_ici_est_la_meme_norme():
    """Son numéro corrigé ici, ses commentaires là-bas : une modification de la même norme (sa
    clé), pas une suppression et un ajout."""
    lue = {"service": [_service(1)], "norme_service": [_norme(3, 1)]}
    mienne = {"service": [_service(1)], "norme_service": [_norme(3, 1, norme_id="N3-bis")]}
    serveur = {"service": [_service(1)], "norme_service": [_norme(3, 1, commentaires_fr="Au serveur")]}
    plan = _plan(lue, mienne, serveur)
    assert not plan.ecarts
    assert [(o.genre, o.fiche, o.pk, o.valeurs) for o in plan.operations] == [
        ("modifier", "norme_service", 3, {"norme_id": "N3-bis"})]
    # sa clé redonnée par SQLite à une norme d'un autre service (le sien supprimé ici) : une autre
    autre = {"service": [_service(2)], "norme_service": [_norme(3, 2, norme_id="Autre")]}
    genres = {(o.genre, o.fiche) for o in _plan(lue, autre, serveur, remplaces=frozenset({1})).operations}
    assert ("ajouter", "norme_service") in genres


def test_un_service_garde_tel_que_le_serveur_l_a_garde_ses_evaluations():
    lue = {"service": [_service(1)], "evaluation": [_evaluation(5, 1)]}
    mienne = {"service": [], "evaluation": [_evaluation(5, None)]}        # détachée par la suppression ici
    serveur = {"service": [_service(1, nom_fr="Changé au serveur")], "evaluation": [_evaluation(5, 1)]}
    assert _plan(lue, mienne, serveur, tout="serveur").operations == ()
    supprime = _plan(lue, mienne, serveur, tout="mienne")
    assert [(o.genre, o.fiche, o.valeurs) for o in supprime.operations] == [
        ("modifier", "evaluation", {"service_pk": None}), ("supprimer", "service", {})]


def test_un_service_supprime_sur_le_serveur_et_recree_revient_avec_ses_normes_et_ses_evaluations():
    """Le serveur a supprimé le service (ses normes et leurs actions avec lui; l'évaluation est
    détachée); le poste a changé une de ses normes : le recréer le recrée avec tout ce qui en dépend."""
    lue = {"service": [_service(1)], "norme_service": [_norme(3, 1), _norme(4, 1)],
           "action_norme": [_action(9, 3)], "evaluation": [_evaluation(5, 1)],
           "initiative": [_initiative(5, 0, service_pk=1)]}
    mienne = {**lue, "norme_service": [_norme(3, 1), _norme(4, 1, norme_fr="Changée hors ligne")]}
    serveur = {"evaluation": [_evaluation(5, None)], "initiative": [_initiative(5, 0, service_pk=None)]}
    plan = _plan(lue, mienne, serveur)
    (ecart,) = plan.ecarts
    assert ecart.cle == f"service:1:{EXISTENCE}" and ecart.touchees == (("norme_service", "Changée hors ligne"),)
    recree = _plan(lue, mienne, serveur, tout="mienne")
    assert not recree.a_trancher
    assert [(o.genre, o.fiche, o.pk) for o in recree.operations] == [
        ("ajouter", "service", 1), ("ajouter", "norme_service", 3), ("ajouter", "norme_service", 4),
        ("ajouter", "action_norme", 9), ("modifier", "evaluation", 5)]
    assert recree.operations[-1].valeurs == {"service_pk": 1, "@initiative:0:service_pk": 1}
    # laissé supprimé : rien n'est recréé, ni la norme changée ici (elle partirait sans service)
    assert _plan(lue, mienne, serveur, tout="serveur").operations == ()
    # rien changé ici : la suppression du serveur reste, sans question
    assert _plan(lue, lue, serveur).operations == () and not _plan(lue, lue, serveur).a_trancher


def _examen(pk, initiatives, service_pk=None, **champs):
    """Un examen 2A tel que le dépôt l'écrit : son contenu, et les initiatives tirées de lui."""
    ev = _evaluation(pk, service_pk, outil="2A", contenu=json.dumps({"initiatives": initiatives}, ensure_ascii=False),
                     **champs)
    lignes = [{"pk": 100 + r, "evaluation_pk": pk, "rang": r, "service_pk": service_pk,
               **{c: i.get(c, "") for c in ("nom", "description", "avantages", "couts", "risques", "collaboration")}}
              for r, i in enumerate(initiatives)]
    return {"evaluation": [ev], "initiative": lignes}


def _initiatives_ecrites(op, serveur):
    """Les initiatives de l'examen sur le serveur après l'opération (rang -> colonnes)."""
    rangs = {}
    for ligne in serveur["initiative"]:
        rangs[ligne["rang"]] = {c: v for c, v in ligne.items() if c not in ("pk", "evaluation_pk", "rang")}
    for champ, v in op.valeurs.items():
        if champ.startswith("@initiative:"):
            _, cle, colonne = champ[1:].split(":") + [None] * (3 - len(champ[1:].split(":")))
            if colonne is None:
                if v is None:
                    rangs.pop(int(cle), None)
                else:
                    rangs.setdefault(int(cle), {})
            else:
                rangs.setdefault(int(cle), {})[colonne] = v
    return rangs


def test_une_initiative_ajoutee_ici_pendant_qu_une_autre_est_revue_sur_le_serveur():
    """Les deux sont gardées, sans question; et les initiatives du serveur sont celles du contenu
    fusionné (jamais fusionnées à part : elles divergeraient de lui)."""
    a = {"nom": "Portail", "couts": "", "risques": ""}
    lue = _examen(5, [a])
    mienne = _examen(5, [a, {"nom": "Clavardage", "couts": "10 k$"}])
    serveur = _examen(5, [{**a, "risques": "Risques du serveur"}])
    plan = _plan(lue, mienne, serveur)
    assert not plan.a_trancher
    (op,) = plan.operations
    contenu = json.loads(op.valeurs["contenu"])["initiatives"]
    assert contenu == [{**a, "risques": "Risques du serveur"}, {"nom": "Clavardage", "couts": "10 k$"}]
    ecrites = _initiatives_ecrites(op, serveur)
    assert [(r, i["nom"], i["couts"], i["risques"]) for r, i in sorted(ecrites.items())] == [
        (0, "Portail", "", "Risques du serveur"), (1, "Clavardage", "10 k$", "")]


def test_des_initiatives_ajoutees_des_deux_cotes_sont_toutes_gardees():
    """Une semaine hors ligne : une initiative ajoutée ici, deux sur le serveur. Aucune n'est
    perdue ni à trancher : celles du serveur gardent leur rang, celle du poste vient ensuite."""
    a = {"nom": "Portail"}
    lue = _examen(5, [a])
    mienne = _examen(5, [a, {"nom": "Du poste"}])
    serveur = _examen(5, [a, {"nom": "Du serveur"}, {"nom": "Autre du serveur"}])
    plan = _plan(lue, mienne, serveur)
    assert not plan.ecarts and not plan.a_trancher
    (op,) = plan.operations
    assert [i["nom"] for i in json.loads(op.valeurs["contenu"])["initiatives"]] == [
        "Portail", "Du serveur", "Autre du serveur", "Du poste"]
    ecrites = _initiatives_ecrites(op, serveur)
    assert {r: i["nom"] for r, i in ecrites.items()} == {0: "Portail", 1: "Du serveur", 2: "Autre du serveur",
                                                          3: "Du poste"}


def test_une_initiative_ajoutee_telle_quelle_des_deux_cotes_ne_l_est_qu_une_fois():
    a, n = {"nom": "Portail"}, {"nom": "Clavardage"}
    plan = _plan(_examen(5, [a]), _examen(5, [a, n, {"nom": "Du poste"}]), _examen(5, [a, n]))
    (op,) = plan.operations
    assert [i["nom"] for i in json.loads(op.valeurs["contenu"])["initiatives"]] == ["Portail", "Clavardage", "Du poste"]


def test_allongee_des_deux_cotes_et_changee_ailleurs_se_compare_entiere():
    a = {"nom": "Portail", "risques": ""}
    plan = _plan(_examen(5, [a]), _examen(5, [{**a, "risques": "ici"}, {"nom": "Du poste"}]),
                 _examen(5, [a, {"nom": "Du serveur"}]))
    assert [e.cle for e in plan.ecarts] == ["evaluation:5:contenu:initiatives"]


def test_une_initiative_retiree_et_une_autre_ajoutee_ne_recoit_pas_le_changement_d_une_autre():
    """Ici : l'initiative A retirée, N ajoutée (B remonte au rang 0); sur le serveur : les risques
    de B. Par rang, les risques de B iraient sur N, en silence : la liste est montrée entière."""
    a, b = {"nom": "A", "risques": ""}, {"nom": "B", "risques": ""}
    lue = _examen(5, [a, b])
    for mienne_liste in ([b, {"nom": "N", "risques": ""}], [b, {"nom": "N1"}, {"nom": "N2"}]):
        plan = _plan(lue, _examen(5, mienne_liste), _examen(5, [a, {**b, "risques": "Risques de B"}]))
        assert [e.cle for e in plan.ecarts] == ["evaluation:5:contenu:initiatives"]
    # un seul élément renommé et chiffré ici, revu là-bas : le même élément, feuille par feuille
    seul = _plan(_examen(5, [a]), _examen(5, [{"nom": "A bis", "risques": ""}]), _examen(5, [{**a, "risques": "R"}]))
    (op,) = seul.operations
    assert json.loads(op.valeurs["contenu"])["initiatives"] == [{"nom": "A bis", "risques": "R"}]


def test_un_service_garde_garde_aussi_les_initiatives_ajoutees_ici_a_son_examen():
    """Le service supprimé ici (l'examen et ses initiatives détachés par la suppression), une
    initiative ajoutée à l'examen; le service gardé tel que le serveur l'a : toutes les initiatives
    de l'examen le désignent, la nouvelle aussi."""
    a = {"nom": "A"}
    lue = {"service": [_service(1)], **_examen(5, [a], service_pk=1)}
    mienne = {"service": [], **_examen(5, [a, {"nom": "Nouvelle"}], service_pk=None)}
    serveur = {"service": [_service(1, nom_fr="Changé au serveur")], **_examen(5, [a], service_pk=1)}
    (op,) = _plan(lue, mienne, serveur, tout="serveur").operations
    assert "service_pk" not in op.valeurs
    ecrites = _initiatives_ecrites(op, serveur)
    assert {r: i["service_pk"] for r, i in ecrites.items()} == {0: 1, 1: 1}
