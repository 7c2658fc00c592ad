"""Le contrôle de la qualité des données (domaine, sans Qt)."""

from __future__ import annotations

from outils_tests import service_complet

from gesserv_bureau.domaine import qualite
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Volume


def _codes(constats, pk=None):
    return sorted(c.code for c in constats if pk is None or c.service_pk == pk)


def _complet(pk: int, **changements):
    """Un service complet, sans désignation, tous ses volumes chiffrés."""
    service = service_complet().copie(pk=pk, service_id=f"S-{pk}", designations=[])
    service.volumes["telephone"] = Volume("donnees", 50, 45)
    return service.copie(**changements) if changements else service


def test_un_service_complet_et_propre_n_a_aucun_constat():
    assert qualite.verifier([_complet(1)]) == []


def test_elements_obligatoires_manquants_en_un_seul_constat():
    incomplet = _complet(1, proprietaire="", instruments_habilitants="")
    (constat,) = qualite.verifier([incomplet])
    assert constat.gravite == "erreur" and constat.code == "elements_manquants"
    assert constat.texte("fr") == "Éléments obligatoires manquants : Instruments habilitants, Propriétaire du service."
    assert constat.texte("en").startswith("Missing mandatory elements:")
    assert constat.service_pk == 1 and constat.service_id == "S-1"


def test_numero_d_id_attribue_deux_fois():
    a, b = _complet(1), _complet(2)
    b.service_id = a.service_id
    constats = qualite.verifier([a, b, _complet(3, exercice="2025-2026", service_id="S-1")])
    doubles = [c for c in constats if c.code == "id_double"]
    assert sorted(c.service_pk for c in doubles) == [1, 2]  # pas l'autre exercice
    assert "2 services" in doubles[0].texte("fr")


def test_total_des_demandes_qui_ne_correspond_pas():
    s = _complet(1)
    s.donnees_ouvertes = {"num_applications_total": ["9999", "1025"], "num_applications_by_other": ["5", ""],
                          "special_remarks_fr": ["Par agent.", ""]}
    constats = qualite.verifier([s])
    (total,) = [c for c in constats if c.code == "total_incoherent"]
    assert total.gravite == "erreur" and "9999" in total.texte("fr")
    somme = sum(v.demandes or 0 for v in s.volumes.values() if v.etat == "donnees") + 5
    assert f"({somme})" in total.texte("en")


def test_autres_demandes_sans_remarque():
    s = _complet(1)
    s.donnees_ouvertes = {"num_applications_by_other": ["12", ""]}
    (c,) = [c for c in qualite.verifier([s]) if c.code == "autres_sans_remarque"]
    assert c.gravite == "avertissement" and "12" in c.texte("fr")
    s.donnees_ouvertes["special_remarks_en"] = ["By agent.", ""]
    assert "autres_sans_remarque" not in _codes(qualite.verifier([s]))


def test_point_en_ligne_oui_sans_volume_en_ligne():
    s = _complet(1)
    s.points_interaction["demande"] = "oui"
    s.volumes["en_ligne"] = Volume("sans_objet")
    assert "en_ligne_sans_volume" in _codes(qualite.verifier([s]))
    s.volumes["en_ligne"] = Volume("donnees", 0, 0)
    assert "en_ligne_sans_volume" in _codes(qualite.verifier([s]))
    s.volumes["en_ligne"] = Volume("donnees", 10, 9)
    assert "en_ligne_sans_volume" not in _codes(qualite.verifier([s]))


def test_rendement_superieur_a_100():
    s = _complet(1)
    n = NormeService("2024-2025", s.service_id, "STAN1", service_pk=1, rendement=1.2)
    (c,) = [c for c in qualite.verifier([s], [n]) if c.code == "rendement_superieur"]
    assert "120" in c.texte("fr") and c.gravite == "erreur"
    assert c.norme_id == "STAN1"   # la norme en cause, dans sa colonne du fichier des constats
    import csv
    import io

    (entete, ligne) = list(csv.reader(io.StringIO(qualite.csv_constats([c], "fr").decode("utf-8-sig"))))
    assert dict(zip(entete, ligne))["Numéro de la norme"] == "STAN1"


def test_service_prioritaire_sans_normes_7_7():
    s = _complet(1, designations=["prioritaire"], normes_service="non")
    assert "prioritaire_sans_normes" in _codes(qualite.verifier([s]))
    n = NormeService("2024-2025", s.service_id, "STAN1", service_pk=1, url_resultats_fr="https://x")
    assert "prioritaire_sans_normes" not in _codes(qualite.verifier([s], [n]))
    sans_url = NormeService("2024-2025", s.service_id, "STAN1", service_pk=1)
    (c,) = [c for c in qualite.verifier([s], [sans_url]) if c.code == "rendement_sans_url"]
    assert c.gravite == "suggestion"


def test_service_externe_prioritaire_authentifie_pas_en_ligne_7_10():
    s = _complet(1, designations=["prioritaire"], portee="externe")
    s.points_interaction = {"inscription": "oui", "authentification": "oui", "demande": "oui",
                            "decision": "non", "delivrance": "oui", "retroaction": "oui"}
    (c,) = [c for c in qualite.verifier([s]) if c.code == "authentification_pas_en_ligne"]
    assert "83" in c.texte("fr") and "7.10" in c.texte("en")
    s.points_interaction["decision"] = "oui"
    assert "authentification_pas_en_ligne" not in _codes(qualite.verifier([s]))
    s.points_interaction.update(decision="non", authentification="so")   # sans authentification
    assert "authentification_pas_en_ligne" not in _codes(qualite.verifier([s]))


def test_ordre_et_comptes_par_gravite():
    a = _complet(1, proprietaire="")
    b = _complet(2, designations=["prioritaire"], normes_service="non")
    b.volumes["poste"] = Volume("non_disponible")
    constats = qualite.verifier([b, a])
    assert [c.gravite for c in constats] == sorted(
        (c.gravite for c in constats), key=["erreur", "avertissement", "suggestion"].index)
    # a : propriétaire manquant; b : sans normes (7.7), pas en ligne de bout en bout (7.10), poste ND,
    # et l'état de la demande en temps réel (7.10) à dire
    assert qualite.compter(constats) == {"erreur": 1, "avertissement": 2, "suggestion": 2}


def test_l_etat_de_la_demande_en_temps_reel_des_services_de_7_10():
    s = _complet(1, designations=["prioritaire"], portee="externe")
    s.points_interaction = dict.fromkeys(s.points_interaction, "oui")
    (c,) = [c for c in qualite.verifier([s]) if c.code.startswith("etat_demande")]
    assert (c.code, c.gravite) == ("etat_demande_a_completer", "suggestion") and "7.10" in c.texte("en")
    s.etat_demande_temps_reel = "non"
    (c,) = [c for c in qualite.verifier([s]) if c.code.startswith("etat_demande")]
    assert (c.code, c.gravite) == ("etat_demande_pas_en_temps_reel", "avertissement")
    assert "100 %" in c.texte("fr")
    s.etat_demande_temps_reel = "oui"
    assert not [c for c in qualite.verifier([s]) if c.code.startswith("etat_demande")]
    # hors de 7.10 : sans authentification, interne, ou pas prioritaire
    for changement in ({"portee": "interne"}, {"designations": []}):
        autre = s.copie(etat_demande_temps_reel=None, **changement)
        assert not [c for c in qualite.verifier([autre]) if c.code.startswith("etat_demande")]
    s.points_interaction["authentification"] = "so"
    s.etat_demande_temps_reel = None
    assert not [c for c in qualite.verifier([s]) if c.code.startswith("etat_demande")]


def test_une_norme_retiree_n_est_plus_controlee_et_le_temps_reel_vaut_page_de_resultats():
    s = _complet(1, designations=["prioritaire"])
    retiree = NormeService(exercice=s.exercice, service_id=s.service_id, norme_id="N1", service_pk=1,
                           retiree_le="2025-01-01")
    assert "norme_sans_volume" not in _codes(qualite.verifier([s], [retiree]))
    active = NormeService(exercice=s.exercice, service_id=s.service_id, norme_id="N2", service_pk=1,
                          volume_conforme=9, volume_total=10)
    assert "rendement_sans_url" in _codes(qualite.verifier([s], [active]))
    active.url_temps_reel_fr = "https://exemple.gc.ca/attente"
    assert "rendement_sans_url" not in _codes(qualite.verifier([s], [active]))


# --- ce que les données ouvertes ne peuvent pas dire (issue 17, point 5) ---------------------
def _importe(**valeurs):
    """Un service tel que l'import d'une ligne réelle du format actuel le crée."""
    from fichiers_gc import ligne_actuelle

    from gesserv_bureau.domaine.conversion_gc import service_depuis_ligne

    service, problemes = service_depuis_ligne(2, ligne_actuelle(**valeurs), "actuel")
    assert service is not None, problemes
    return service.copie(pk=7)


def test_un_service_importe_n_a_pas_d_erreur_pour_ce_que_le_fichier_ne_dit_pas():
    """Avant : chaque service d'un répertoire publié avait l'erreur « éléments obligatoires
    manquants » (secteur, instruments, propriétaire, ententes… et le volume par mode, justement
    parce qu'il compte des demandes : les extrants ne sont pas publiés)."""
    constats = qualite.verifier([_importe()])
    assert [c for c in constats if c.gravite == "erreur"] == []
    (suggestion,) = [c for c in constats if c.code == "a_completer_hors_fichier"]
    assert suggestion.gravite == "suggestion"
    texte = suggestion.texte("fr")
    for nom in ("Secteur de responsabilité", "Instruments habilitants", "Propriétaire du service", "Ententes de service",
                "Volume par mode"):
        assert nom in texte
    assert suggestion.texte("en").startswith("To complete in the application:")


def test_un_volume_sans_donnees_dans_le_fichier_reste_a_completer_ailleurs():
    """Un mode sans aucun chiffre (vide dans le fichier) n'est pas « les extrants seulement » :
    l'élément 14 reste une erreur si le fichier n'en dit rien du tout."""
    service = _importe()
    service.volumes["en_ligne"] = Volume(None, None, None)
    constats = qualite.verifier([service])
    erreurs = [c for c in constats if c.gravite == "erreur"]
    assert [c.code for c in erreurs] == ["elements_manquants"] and "Volume par mode" in erreurs[0].texte("fr")


def test_un_service_saisi_dans_l_application_garde_l_erreur():
    """Sans ligne importée, rien n'excuse un élément vide : il reste une erreur."""
    incomplet = _complet(1, secteur_responsabilite="", ententes="")
    (constat,) = qualite.verifier([incomplet])
    assert constat.gravite == "erreur" and constat.code == "elements_manquants"


# --- les règles du processus de qualité des données de service du GC (issue 17, point 5) ------
import datetime as dt  # noqa: E402

import pytest  # noqa: E402

AUJOURD_HUI = dt.date(2025, 6, 1)   # exercice en cours : 2025-2026


def _codes_du(service, normes=(), historique=()):
    return [c.code for c in qualite.verifier([service], normes, historique, AUJOURD_HUI)]


@pytest.mark.parametrize("conforme, total, signale", [(120, 100, True), (5, None, True), (100, 100, False),
                                                      (0, 0, False), (90, 100, False)])
def test_rendement_au_dela_de_100_par_les_volumes(conforme, total, signale):
    """Volume conforme plus grand que le volume total (un total vide compte pour 0), même si le
    rendement déclaré dit autre chose."""
    s = _complet(1)
    n = NormeService("2024-2025", s.service_id, "STAN1", service_pk=1, volume_conforme=conforme, volume_total=total,
                     rendement=0.9)
    constats = [c for c in qualite.verifier([s], [n], (), AUJOURD_HUI) if c.code == "conforme_superieur_au_total"]
    assert bool(constats) == signale
    if signale:
        assert constats[0].gravite == "erreur" and constats[0].norme_id == "STAN1"
        assert f"{conforme} demandes conformes" in constats[0].texte("fr")
        assert "exceed 100%" in constats[0].texte("en")


def test_norme_sans_volume_et_norme_qui_compte_pour_un_service_sans_demandes():
    s = _complet(1)
    sans_volume = NormeService("2024-2025", s.service_id, "STAN1", service_pk=1)
    assert "norme_sans_volume" in _codes_du(s, [sans_volume])
    avec = NormeService("2024-2025", s.service_id, "STAN2", service_pk=1, volume_conforme=40, volume_total=50)
    assert "norme_sans_volume" not in _codes_du(s, [avec])
    assert "norme_volume_service_sans_demandes" not in _codes_du(s, [avec])   # le service compte ses demandes
    muet = _complet(1)
    for mode in muet.volumes:
        muet.volumes[mode] = Volume("non_disponible")
    codes = _codes_du(muet, [avec])
    assert "norme_volume_service_sans_demandes" in codes and "aucun_volume_de_demandes" in codes


def test_aucun_volume_de_demandes_seulement_quand_tout_est_repondu_sans_chiffre():
    s = _complet(1)
    assert "aucun_volume_de_demandes" not in _codes_du(s)
    for mode in s.volumes:
        s.volumes[mode] = Volume("sans_objet")
    assert "aucun_volume_de_demandes" in _codes_du(s)
    s.volumes["telephone"] = Volume(None)            # pas encore répondu : c'est un élément à compléter
    assert "aucun_volume_de_demandes" not in _codes_du(s)


def _importe_avec(**valeurs):
    return _importe(**valeurs)


@pytest.mark.parametrize("point, canaux, signale", [("Y", "EML,PERSON,TEL", True), ("N", "EML,ONL", True),
                                                    ("Y", "EML,ONL,TEL", False), ("N", "EML,TEL", False),
                                                    ("NA", "EML", False)])
def test_retroaction_en_ligne_contre_les_canaux_de_retroaction(point, canaux, signale):
    s = _importe_avec(os_issue_resolution_feedback=point, client_feedback_channel=canaux)
    assert ("retroaction_contradictoire" in _codes_du(s)) == signale


@pytest.mark.parametrize("groupes, arc, signale", [("ECONOM,PERSON", "NA", True), ("ECONOM", "", True),
                                                   ("ECONOM", "Y", False), ("ECONOM", "N", False),
                                                   ("PERSON", "NA", False)])
def test_numero_d_entreprise_de_l_arc_quand_des_entreprises_sont_clientes(groupes, arc, signale):
    s = _importe_avec(client_target_groups=groupes, cra_bn_identifier_usage=arc)
    assert ("numero_entreprise_applicable" in _codes_du(s)) == signale


def _annee(exercice: str, total: int, pk: int):
    return _importe(fiscal_yr=exercice, num_applications_total=str(total), num_applications_online=str(total - 25)) \
        .copie(pk=pk)


def test_volume_qui_varie_fortement_d_une_annee_a_l_autre():
    avant = _annee("2023-2024", 1025, 1)
    assert "volume_variation_forte" in _codes_du(_annee("2024-2025", 3025, 2), historique=[avant])
    assert "volume_variation_forte" in _codes_du(_annee("2024-2025", 325, 2), historique=[avant])
    assert "volume_variation_forte" not in _codes_du(_annee("2024-2025", 1525, 2), historique=[avant])
    petit = _annee("2023-2024", 30, 1)                # 30 → 90 : le triple, mais 60 demandes d'écart
    assert "volume_variation_forte" not in _codes_du(_annee("2024-2025", 90, 2), historique=[petit])


def test_le_meme_volume_quatre_exercices_de_suite():
    trois = [_annee(e, 1025, i) for i, e in enumerate(("2021-2022", "2022-2023", "2023-2024"), start=1)]
    assert "volume_identique_quatre_ans" in _codes_du(_annee("2024-2025", 1025, 9), historique=trois)
    assert "volume_identique_quatre_ans" not in _codes_du(_annee("2024-2025", 1026, 9), historique=trois)
    assert "volume_identique_quatre_ans" not in _codes_du(_annee("2024-2025", 1025, 9), historique=trois[1:])


@pytest.mark.parametrize("exercice, signale", [("2015-2016", True), ("2026-2027", True), ("2016-2017", False),
                                               ("2025-2026", False)])
def test_exercice_hors_de_la_periode_de_declaration(exercice, signale):
    s = _complet(1, exercice=exercice)
    assert ("exercice_hors_fenetre" in _codes_du(s)) == signale


def test_le_meme_numero_de_norme_deux_fois_dans_un_exercice():
    a, b = _complet(1), _complet(2)
    normes = [NormeService("2024-2025", a.service_id, "STAN1", service_pk=1, volume_conforme=1, volume_total=2),
              NormeService("2024-2025", b.service_id, "STAN1", service_pk=2, volume_conforme=1, volume_total=2),
              NormeService("2024-2025", b.service_id, "STAN2", service_pk=2, volume_conforme=1, volume_total=2)]
    doubles = [c for c in qualite.verifier([a, b], normes, (), AUJOURD_HUI) if c.code == "norme_id_double"]
    assert len(doubles) == 1 and doubles[0].gravite == "erreur" and doubles[0].norme_id == "STAN1"
    assert "2 normes" in doubles[0].texte("fr")


def test_une_cible_hors_de_0_a_100_pour_cent_est_une_erreur():
    s = _complet(1)
    hors = NormeService(exercice=s.exercice, service_id=s.service_id, norme_id="N1", service_pk=1, cible=150.0,
                        volume_conforme=9, volume_total=10)
    (c,) = [c for c in qualite.verifier([s], [hors]) if c.code == "cible_hors_bornes"]
    assert c.gravite == "erreur" and c.norme_id == "N1" and "(15000\u00a0%)" in c.texte("fr")
    hors.cible = 0.8
    assert "cible_hors_bornes" not in _codes(qualite.verifier([s], [hors]))
