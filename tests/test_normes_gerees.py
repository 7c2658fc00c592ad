"""Les normes de service gérées (2.7, tableau 8, 2.7.10) : les règles (sans Qt ni base) et les
cas d'utilisation sur une vraie base (les lignes écrites, le journal, le plan de travail)."""

from __future__ import annotations

import pytest

from gesserv_bureau.cas import normes, planification
from gesserv_bureau.domaine import suivi_normes as regles
from gesserv_bureau.domaine.norme import NormeService, ResultatNorme
from gesserv_bureau.referentiel import tableau_8
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.depot_services import DepotServices


def _norme(**valeurs) -> NormeService:
    n = NormeService(exercice="2024-2025", service_id="S-1", norme_id="STD-1", norme_fr="Décision en 30 jours")
    for cle, valeur in valeurs.items():
        setattr(n, cle, valeur)
    return n


# --- les règles -------------------------------------------------------------------------------
def test_une_norme_bien_remplie_est_acceptee():
    n = _norme(type_norme="TML", canal="ONL,TEL", cible=0.9, type_cible="pourcentage", date_approbation="2024-04-01",
               url_normes_fr="https://www.canada.ca/fr/normes.html", url_temps_reel_en="https://x.gc.ca/live")
    assert regles.valider(n) == []


@pytest.mark.parametrize("valeurs, champ, code", [
    ({"norme_id": " "}, "norme_id", "id_requis"),
    ({"norme_fr": "", "norme_en": ""}, "norme_fr", "texte_requis"),
    ({"type_norme": "VITESSE"}, "type_norme", "type_inconnu"),
    ({"canal": "ONL,PIGEON"}, "canal", "canal_inconnu"),
    ({"type_cible": "fraction"}, "type_cible", "type_cible_inconnu"),
    ({"cible": 1.2}, "cible", "cible_hors_bornes"),
    ({"cible": -0.1}, "cible", "cible_hors_bornes"),
    ({"date_approbation": "2024-13-01"}, "date_approbation", "date_invalide"),
    ({"url_resultats_fr": "www.canada.ca"}, "url_resultats_fr", "url_invalide"),
    ({"volume_conforme": 11, "volume_total": 10}, "volume_conforme", "conforme_superieur"),
    ({"volume_total": -1}, "volume_conforme", "volume_negatif"),
])
def test_une_valeur_fausse_est_refusee_avec_son_champ(valeurs, champ, code):
    (refus,) = regles.valider(_norme(**valeurs))
    assert (refus.champ, refus.code) == (champ, code)
    assert refus.texte("fr") and refus.texte("en") and refus.texte("fr") != refus.texte("en")


def test_le_meme_numero_deux_fois_dans_le_service_est_refuse():
    (refus,) = regles.valider(_norme(norme_id="STD-1"), {"STD-1", "STD-2"})
    assert refus.code == "id_double" and "STD-1" in refus.texte("fr")


def test_le_rendement_et_cible_atteinte_se_calculent():
    n = _norme(cible=0.9)
    assert regles.mesurer(n, 850, 1000) == []
    assert (n.rendement, n.cible_atteinte) == (0.85, "non")
    assert regles.mesurer(n, 950, 1000) == [] and n.cible_atteinte == "oui"
    refus = regles.mesurer(n, 1200, 1000)
    assert [r.code for r in refus] == ["conforme_superieur"] and n.volume_conforme == 950   # rien n'a changé


def test_le_resultat_de_l_exercice_vient_des_volumes_sinon_des_trimestres_sinon_du_fichier():
    trimestres = [ResultatNorme("T1", 90, 100), ResultatNorme("T2", 160, 200), ResultatNorme("T3", None, 50)]
    r = regles.resultat_exercice(_norme(), trimestres)
    assert (r.volume_conforme, r.volume_total, r.rendement, r.source) == (250, 300, 250 / 300, "trimestres")
    r = regles.resultat_exercice(_norme(volume_conforme=7, volume_total=10), trimestres)
    assert (r.rendement, r.source) == (0.7, "exercice")
    assert regles.resultat_exercice(_norme(rendement=0.93), []).source == "declare"
    assert regles.resultat_exercice(_norme(), []).source is None


@pytest.mark.parametrize("taux, attendu", [
    (0.95, "depasse"), (0.921, "depasse"), (0.92, "conforme"), (0.90, "conforme"), (0.88, "conforme"),
    (0.879, "non_atteinte"), (0.5, "non_atteinte"), (None, None),
])
def test_les_trois_scenarios_du_tableau_8_avec_la_tolerance(taux, attendu):
    assert regles.classer(taux, 0.9, 0.02) == attendu


def test_sans_tolerance_seule_la_cible_exacte_est_conforme():
    assert [regles.classer(t, 0.9, 0) for t in (0.9, 0.901, 0.899)] == ["conforme", "depasse", "non_atteinte"]
    assert regles.classer(0.9, None) is None


def test_le_scenario_suit_le_rendement_affiche_au_dixieme_de_point():
    """88,0 % affiché est « conforme » à 90 % ± 2, que le rendement vienne de 88/100 ou de
    87 951/100 000 (avant : l'un conforme, l'autre non, sous le même chiffre)."""
    assert regles.classer(88 / 100, 0.9, 0.02) == regles.classer(87951 / 100000, 0.9, 0.02) == "conforme"
    assert regles.classer(92 / 100, 0.9, 0.02) == regles.classer(9200001 / 10000000, 0.9, 0.02) == "conforme"
    assert regles.classer(8999999999999 / 10**13, 0.9, 0) == "conforme"   # 90,0 % affiché


def test_cible_atteinte_exacte_avec_les_volumes():
    assert regles.cible_atteinte(None, 1.0, 999999999999999999, 10**18) == "non"   # 99,99…, pas 100 %
    assert regles.cible_atteinte(None, 1.0, 10**18, 10**18) == "oui"
    assert regles.cible_atteinte(None, 0.9, 9, 10) == "oui" and regles.cible_atteinte(0.85, 0.9) == "non"


def test_dates_adresses_volumes_et_caracteres_refuses():
    for valeurs, code in (({"date_approbation": "20250301"}, "date_invalide"),
                          ({"date_approbation": "2025-W10-1"}, "date_invalide"),
                          ({"url_normes_fr": "https://"}, "url_invalide"),
                          ({"url_normes_fr": "https://a\tb"}, "url_invalide"),
                          ({"url_normes_fr": "http://"}, "url_invalide"),
                          ({"norme_fr": "Décision\x0b en 30 jours"}, "caractere_de_controle"),
                          ({"volume_conforme": 1, "volume_total": 2**63}, "volume_trop_grand")):
        assert [r.code for r in regles.valider(_norme(**valeurs))] == [code], valeurs
    assert regles.valider(_norme(url_normes_fr="https://www.canada.ca/fr/normes.html<>https://x.gc.ca/a?b=1")) == []
    assert regles.valider(_norme(norme_fr="Ligne 1\nLigne 2\tfin")) == []   # saut de ligne, tabulation : permis


def test_une_norme_a_ses_debuts_sans_resultat_releve_du_plan_de_mise_en_oeuvre():
    assert regles.scenario(_norme(mise_en_oeuvre=True, cible=0.9), []) == "mise_en_oeuvre"
    assert regles.scenario(_norme(mise_en_oeuvre=True, cible=0.9, volume_conforme=5, volume_total=10), []) == "non_atteinte"
    assert regles.scenario(_norme(cible=0.9), []) is None


def test_le_tableau_8_est_celui_de_la_ligne_directrice():
    depasse = tableau_8.SCENARIOS["depasse"]
    assert depasse.titre[0] == "Les résultats dépassent les normes"
    assert [e.numero for e in depasse.etapes] == [1, 2, 3]
    assert depasse.etapes[0].points[2][0] == "Les normes sont-elles trop faibles?"
    assert regles.actions_proposees("depasse", "fr")[0] == "Augmenter la norme s'il y a lieu."
    assert regles.actions_proposees("depasse", "fr")[-1].startswith("Préparez des plans afin de traiter")
    assert regles.actions_proposees("non_atteinte", "fr")[:2] == ["Repenser le processus opérationnel?",
                                                                   "Accroître la capacité?"]
    assert regles.actions_proposees("non_atteinte", "en")[-1].startswith("Inform stakeholders")
    # le scénario 2 n'a que son titre dans la source : rien n'est inventé
    assert regles.actions_proposees("conforme", "fr") == []
    assert len(regles.actions_proposees("mise_en_oeuvre", "fr")) == 6
    with pytest.raises(KeyError):
        tableau_8.scenario("inconnu")


def test_une_action_vide_ou_mal_datee_est_refusee():
    assert [r.code for r in regles.valider_action(regles.ActionNorme(texte=" "))] == ["action_vide"]
    assert [r.code for r in regles.valider_action(regles.ActionNorme(texte="x", echeance="31/03/2025",
                                                                     statut="fini"))] == ["statut_inconnu", "date_invalide"]


def test_la_norme_reprise_l_an_prochain_garde_sa_definition_pas_ses_resultats():
    n = _norme(pk=4, service_pk=2, cible=0.9, volume_conforme=9, volume_total=10, rendement=0.9, cible_atteinte="oui",
               commentaires_fr="Bon an", niveau_approbation="Ministre", url_normes_fr="https://a.gc.ca")
    suivante = regles.pour_exercice_suivant(n, "2025-2026")
    assert (suivante.exercice, suivante.pk, suivante.cible, suivante.niveau_approbation, suivante.url_normes_fr) == (
        "2025-2026", None, 0.9, "Ministre", "https://a.gc.ca")
    assert (suivante.volume_conforme, suivante.volume_total, suivante.rendement, suivante.cible_atteinte,
            suivante.commentaires_fr) == (None, None, None, None, "")


# --- les cas d'utilisation --------------------------------------------------------------------
@pytest.fixture
def service_pk(base):
    return DepotServices(base).services("2024-2025")[0].pk


def test_creer_modifier_retirer_une_norme(base, service_pk):
    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="Réponse en 10 jours", norme_en="Reply within 10 days",
                     type_norme="TML", canal="ONL", cible=0.8, type_cible="pourcentage",
                     niveau_approbation="Administrateur général", date_approbation="2024-05-01",
                     url_temps_reel_fr="https://exemple.gc.ca/temps-reel", mise_en_oeuvre=True)
    relue = normes.charger(base, n.pk)
    assert (relue.norme_id, relue.cible, relue.niveau_approbation, relue.mise_en_oeuvre, relue.exercice) == (
        "STD-A", 0.8, "Administrateur général", True, DepotServices(base).charger(service_pk).exercice)
    assert [e.action for e in journal.entrees(base.db, "norme_service", str(n.pk))] == ["creation"]

    assert normes.modifier(base, n.pk, cible=0.85, norme_fr="Réponse en 10 jours ouvrables") == ["norme_fr", "cible"]
    assert normes.charger(base, n.pk).cible == 0.85
    entrees = journal.entrees(base.db, "norme_service", str(n.pk))
    assert {(e.champ, e.avant, e.apres) for e in entrees if e.action == "modification"} == {
        ("cible", "0.8", "0.85"), ("norme_fr", "Réponse en 10 jours", "Réponse en 10 jours ouvrables")}

    with pytest.raises(normes.NormeRefusee) as refus:
        normes.modifier(base, n.pk, cible=1.5, url_normes_en="pas une adresse")
    assert [r.code for r in refus.value.refus] == ["cible_hors_bornes", "url_invalide"]
    assert "https://" in refus.value.texte("en")
    assert normes.charger(base, n.pk).cible == 0.85   # rien n'a changé

    normes.retirer(base, n.pk, "2025-01-15")
    assert normes.charger(base, n.pk).retiree_le == "2025-01-15"
    with pytest.raises(normes.NormeRefusee) as refus:
        normes.modifier(base, n.pk, cible=0.9)
    assert refus.value.refus[0].code == "norme_retiree"
    normes.retablir(base, n.pk)
    assert not normes.charger(base, n.pk).retiree


def test_un_numero_deja_pris_dans_le_service_est_refuse_et_rien_n_est_ecrit(base, service_pk):
    normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A")
    avant = len(normes.normes_du_service(base, service_pk))
    with pytest.raises(normes.NormeRefusee):
        normes.creer(base, service_pk, norme_id="STD-A", norme_fr="B")
    assert len(normes.normes_du_service(base, service_pk)) == avant


@pytest.mark.poste_seulement  # la tolérance est un réglage du ministère, refusé dans une copie
def test_mesurer_l_exercice_et_les_trimestres_puis_classer(base, service_pk):
    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A", cible=0.9)
    normes.mesurer_trimestre(base, n.pk, "T1", 80, 100)
    normes.mesurer_trimestre(base, n.pk, "T2", 95, 100)
    s = normes.suivi(base, n.pk)
    assert [(r.periode, r.rendement) for r in s.trimestres] == [("T1", 0.8), ("T2", 0.95)]
    assert (s.exercice.source, s.exercice.rendement, s.scenario) == ("trimestres", 0.875, "non_atteinte")
    normes.definir_tolerance(base, 0.03)
    assert normes.tolerance(base) == 0.03 and normes.suivi(base, n.pk).scenario == "conforme"
    normes.mesurer_exercice(base, n.pk, 990, 1000)
    relue = normes.charger(base, n.pk)
    assert (relue.rendement, relue.cible_atteinte) == (0.99, "oui")
    assert normes.suivi(base, n.pk).scenario == "depasse"
    # un trimestre sans volume est effacé; un résultat impossible est refusé, rien ne change
    normes.mesurer_trimestre(base, n.pk, "T1", None, None)
    assert [r.periode for r in normes.suivi(base, n.pk).trimestres] == ["T2"]
    with pytest.raises(normes.NormeRefusee):
        normes.mesurer_trimestre(base, n.pk, "T3", 120, 100)
    with pytest.raises(normes.NormeRefusee):
        normes.mesurer_trimestre(base, n.pk, "T5", 1, 1)
    with pytest.raises(normes.NormeRefusee):
        normes.definir_tolerance(base, 0.9)
    assert [r.periode for r in normes.suivi(base, n.pk).trimestres] == ["T2"] and normes.tolerance(base) == 0.03
    assert {e.champ for e in journal.entrees(base.db, "norme_service", str(n.pk)) if e.action == "resultat"} == {"T1", "T2"}


def test_le_plan_d_action_va_au_plan_de_travail_avec_le_lien_garde(base, service_pk):
    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="Décision en 30 jours", cible=0.9)
    normes.mesurer_exercice(base, n.pk, 700, 1000)
    s = normes.suivi(base, n.pk)
    assert s.scenario == "non_atteinte"
    a = normes.ajouter_action(base, n.pk, regles.actions_proposees(s.scenario, "fr")[0], s.scenario,
                              "Direction des opérations", "2025-09-30")
    st = planification.nouvelle(base, "Stratégie 2025-2028", "2025-2026")
    mesure = normes.envoyer_au_plan(base, a.pk, st.pk)
    st = planification.charger(base, st.pk)
    (init,) = [i for i in st.initiatives if (i.get("origine") or {}).get("norme")]
    assert init["origine"]["norme"] == {"exercice": n.exercice, "service_id": n.service_id, "norme_id": "STD-A"}
    assert init["services"] == [service_pk]
    (m,) = [m for m in st.mesures if m["initiative_id"] == init["id"]]
    assert (m["mesure"], m["secteur"], m["date_prevue"], m["etat"]) == (
        "Repenser le processus opérationnel?", "Direction des opérations", "2025-09-30", "a_temps")
    assert m["id"] == mesure["id"] and m["origine"] == {"action_norme": a.uuid}
    (relue,) = normes.suivi(base, n.pk).actions
    assert (relue.strategie_uuid, relue.mesure_id) == (st.uuid, m["id"])

    # l'action change : sa mesure suit; envoyée de nouveau, elle n'est pas doublée
    normes.modifier_action(base, a.pk, statut="terminee", echeance="2025-08-31")
    normes.envoyer_au_plan(base, a.pk, st.pk)
    st = planification.charger(base, st.pk)
    assert [(m["etat"], m["date_prevue"]) for m in st.mesures if m["initiative_id"] == init["id"]] == [
        ("termine", "2025-08-31")]
    # une deuxième action de la même norme va sous la même initiative
    b = normes.ajouter_action(base, n.pk, "Accroître la capacité?", "non_atteinte")
    normes.envoyer_au_plan(base, b.pk, st.pk)
    st = planification.charger(base, st.pk)
    assert len([i for i in st.initiatives if (i.get("origine") or {}).get("norme")]) == 1
    assert len([m for m in st.mesures if m["initiative_id"] == init["id"]]) == 2


def test_une_strategie_approuvee_ne_recoit_pas_d_action(base, service_pk):
    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A")
    a = normes.ajouter_action(base, n.pk, "Célébrez la réussite.", "depasse")
    st = planification.nouvelle(base, "Stratégie", "2025-2026")
    st.statut = "approuvee"
    from gesserv_bureau.stockage.depot_strategies import DepotStrategies

    DepotStrategies(base).enregistrer(st)
    with pytest.raises(normes.StrategieApprouvee) as refus:
        normes.envoyer_au_plan(base, a.pk, st.pk)
    assert "nouvelle version" in refus.value.texte("fr") and "new version" in refus.value.texte("en")
    assert planification.charger(base, st.pk).mesures == []
    assert normes.suivi(base, n.pk).actions[0].strategie_uuid == ""


@pytest.mark.poste_seulement  # un nouvel exercice est un réglage du ministère, refusé dans une copie
def test_les_normes_en_vigueur_suivent_la_mise_a_jour_annuelle(base, service_pk):
    depot = DepotServices(base)
    service = depot.charger(service_pk)
    gardee = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A", cible=0.9, niveau_approbation="Ministre")
    normes.mesurer_exercice(base, gardee.pk, 9, 10)
    retiree = normes.creer(base, service_pk, norme_id="STD-B", norme_fr="B")
    normes.retirer(base, retiree.pk, "2025-02-01")
    depot.copier_exercice("2024-2025", "2025-2026")
    copie_pk = depot.pk_par_id("2025-2026", service.service_id)
    (reprise,) = normes.normes_du_service(base, copie_pk)
    assert (reprise.norme_id, reprise.cible, reprise.niveau_approbation, reprise.volume_total, reprise.rendement) == (
        "STD-A", 0.9, "Ministre", None, None)
    historique = normes.historique(base, service.service_id)
    assert [(h.norme_id, h.exercice) for h in historique] == [
        ("STD-A", "2024-2025"), ("STD-A", "2025-2026"), ("STD-B", "2024-2025")]


def test_supprimer_le_service_puis_annuler_rend_les_normes_leurs_resultats_et_leurs_actions(base, service_pk):
    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A", cible=0.9)
    normes.mesurer_trimestre(base, n.pk, "T1", 5, 10)
    normes.ajouter_action(base, n.pk, "Accroître la capacité?", "non_atteinte")
    depot = DepotServices(base)
    service = depot.supprimer(service_pk)
    assert base.conn.execute("SELECT count(*) FROM action_norme").fetchone()[0] == 0
    depot.restaurer(service)
    s = normes.suivi(base, n.pk)
    assert [r.periode for r in s.trimestres] == ["T1"] and [a.texte for a in s.actions] == ["Accroître la capacité?"]


def test_un_import_ne_touche_pas_ce_que_le_ministere_gere(base, service_pk):
    """Réimporter le fichier des normes ne défait ni l'approbation, ni le retrait, ni la mise
    en œuvre saisis dans l'application."""
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    service = DepotServices(base).charger(service_pk)
    fichier = NormeService(exercice=service.exercice, service_id=service.service_id, norme_id="STD-A", norme_fr="A",
                           cible=0.8)
    DepotNormes(base).importer([fichier])
    (n,) = normes.normes_du_service(base, service_pk)
    normes.modifier(base, n.pk, niveau_approbation="Ministre", mise_en_oeuvre=True)
    normes.retirer(base, n.pk, "2025-03-01")
    fichier.cible = 0.85
    assert DepotNormes(base).importer([fichier])[:3] == (0, 1, 0)
    relue = normes.charger(base, n.pk)
    assert (relue.cible, relue.niveau_approbation, relue.mise_en_oeuvre, relue.retiree_le) == (
        0.85, "Ministre", True, "2025-03-01")


def test_l_initiative_d_une_norme_dit_d_ou_elle_vient_au_plan_et_dans_les_rapports(base, service_pk):
    from gesserv_bureau.domaine import strategie as regles_strategie
    from gesserv_bureau.rapports import rapport_plan

    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A", cible=0.9)
    a = normes.ajouter_action(base, n.pk, "Accroître la capacité?", "non_atteinte")
    st = planification.nouvelle(base, "Stratégie", "2025-2026")
    normes.envoyer_au_plan(base, a.pk, st.pk)
    (init,) = planification.charger(base, st.pk).initiatives
    assert regles_strategie.origine_de(init) == ("norme", f"{n.service_id} · STD-A")
    assert regles_strategie.origine_de({"origine": {"evaluation_uuid": "u", "rang": 0, "sujet": "Déglaçage"}}) == (
        "2A", "Déglaçage")
    assert regles_strategie.origine_de({"origine": None}) is None
    assert rapport_plan.nom_initiative(init, "fr").endswith(f"(norme de service : {n.service_id} · STD-A)")
    assert rapport_plan.nom_initiative(init, "en").endswith(f"(service standard: {n.service_id} · STD-A)")


def test_annuler_la_suppression_quand_une_autre_norme_a_pris_le_numero_interne(base):
    """Une norme créée entre la suppression et l'annulation reçoit le numéro interne libéré :
    la norme restaurée en prend un autre, et ses résultats et ses actions la suivent."""
    depot = DepotServices(base)
    tc, agri = depot.pk_par_id("2024-2025", "TC-031"), depot.pk_par_id("2024-2025", "AAC-001")
    n = normes.creer(base, tc, norme_id="TC-N", norme_fr="A", cible=0.9)
    normes.mesurer_trimestre(base, n.pk, "T1", 5, 10)
    normes.ajouter_action(base, n.pk, "Accroître la capacité?", "non_atteinte")
    service = depot.supprimer(tc)
    autre = normes.creer(base, agri, norme_id="NOUVELLE", norme_fr="B")
    assert autre.pk == n.pk   # SQLite redonne le numéro libéré
    depot.restaurer(service)
    (revenue,) = normes.normes_du_service(base, tc)
    assert revenue.norme_id == "TC-N" and revenue.pk != autre.pk
    s = normes.suivi(base, revenue.pk)
    assert [(r.periode, r.volume_conforme) for r in s.trimestres] == [("T1", 5)]
    assert [a.texte for a in s.actions] == ["Accroître la capacité?"]
    nouvelle = normes.suivi(base, autre.pk)
    assert (nouvelle.norme.norme_id, nouvelle.trimestres, nouvelle.actions) == ("NOUVELLE", [], [])


def test_exporter_puis_reimporter_garde_les_normes_a_plusieurs_modes(base, tmp_path):
    from gesserv_bureau.cas import donnees_ouvertes

    pk = DepotServices(base).pk_par_id("2024-2025", "AAC-001")
    n = normes.creer(base, pk, norme_id="MULTI", norme_fr="A", canal="ONL,POST,TEL", cible=0.8)
    donnees_ouvertes.exporter_normes_csv(base, tmp_path / "n.csv")
    analyse, r = donnees_ouvertes.importer_fichier(base, tmp_path / "n.csv")
    assert not [p for p in analyse.problemes if p.colonne == "channel"]
    assert normes.charger(base, n.pk).canal == "ONL,POST,TEL"
    # le premier aller-retour ajoute seulement ce que le fichier porte en plus (le nom du service);
    # le second ne change plus rien
    donnees_ouvertes.exporter_normes_csv(base, tmp_path / "n2.csv")
    _, r = donnees_ouvertes.importer_fichier(base, tmp_path / "n2.csv")
    assert (r.modifies, normes.charger(base, n.pk).canal) == (0, "ONL,POST,TEL")


def test_une_action_renvoyee_a_une_strategie_n_y_est_jamais_doublee(base, service_pk):
    n = normes.creer(base, service_pk, norme_id="STD-A", norme_fr="A", cible=0.9)
    a = normes.ajouter_action(base, n.pk, "Accroître la capacité?", "non_atteinte")
    s1 = planification.nouvelle(base, "S1", "2025-2026")
    s2 = planification.nouvelle(base, "S2", "2025-2026")
    for st in (s1, s2, s1):
        normes.envoyer_au_plan(base, a.pk, st.pk)
    assert [len(planification.charger(base, st.pk).mesures) for st in (s1, s2)] == [1, 1]


def test_une_norme_importee_avec_des_valeurs_refusees_se_retire_quand_meme(base, service_pk):
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    service = DepotServices(base).charger(service_pk)
    DepotNormes(base).importer([NormeService(exercice=service.exercice, service_id=service.service_id, norme_id="X",
                                             norme_fr="A", cible=1.5, url_normes_en="javascript:alert(1)")])
    (n,) = [n for n in normes.normes_du_service(base, service_pk) if n.norme_id == "X"]
    normes.retirer(base, n.pk, "2025-03-31")
    assert normes.charger(base, n.pk).retiree_le == "2025-03-31"
    with pytest.raises(normes.NormeRefusee):
        normes.retirer(base, n.pk, "31/03/2025")


def test_les_nombres_lus_et_ecrits_comme_dans_la_langue():
    from gesserv_bureau import formats

    assert [formats.lire_nombre(t, "fr") for t in ("1 000", "1\u00a0000", "", "42")] == [1000, 1000, None, 42]
    assert formats.lire_nombre("1,000", "en") == 1000 and formats.lire_nombre("90,5 %", "fr", entier=False) == 90.5
    for texte, langue in (("1,5", "fr"), ("beaucoup", "en"), ("1.5", "en")):
        with pytest.raises(ValueError):
            formats.lire_nombre(texte, langue)
    assert (formats.points(0.0025, "fr"), formats.points(0.02, "en"), formats.points(-0.0, "fr")) == ("0,25", "2", "0")
    assert (formats.fraction(0.875, "fr"), formats.fraction(0.875, "en"), formats.fraction(None, "fr")) == (
        "87,5\u00a0%", "87.5%", "—")
