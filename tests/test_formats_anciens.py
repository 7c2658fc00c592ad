"""Les formats anciens des données ouvertes (sans Qt) : le répertoire 2016-2018 (41 colonnes,
numéros par ministère), les normes 2017-2018 à résultats trimestriels (24 colonnes) et les
normes 2017-2020 (25 colonnes). Chacun importé sans rien perdre, réimporté sans rien changer,
exporté dans le format actuel."""

from __future__ import annotations

import csv
import io

import pytest

from fichiers_gc import (
    ecrire,
    fichier_2016,
    fichier_2016_2018,
    fichier_normes_2017_2018,
    fichier_normes_2017_2020,
    ligne_2016_2018,
    ligne_norme_2017_2018,
    lignes_2016_2018,
    texte_csv,
)
from gesserv_bureau.cas import donnees_ouvertes
from gesserv_bureau.domaine import fichier_csv, importation
from gesserv_bureau.domaine.service import Volume
from gesserv_bureau.referentiel.donnees_ouvertes import (
    CODES_ACTUELS,
    CODES_ACTUELS_NORMES,
    COLONNES_2016_2018,
    COLONNES_ACTUELLES,
    COLONNES_NORMES,
    COLONNES_NORMES_2017_2018,
)
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices

# sur le serveur (``tests/deux_bases.py``) : les exercices que le ministère a ouverts
EXERCICES_DU_MINISTERE = ("2016-2017", "2017-2018", "2018-2019")


@pytest.fixture
def base(tmp_path, base_d_essai):
    b = base_d_essai(tmp_path / "repertoire.sqlite")
    yield b
    b.fermer()


def _par_id(base, exercice="2017-2018"):
    return {s.service_id: s for s in DepotServices(base).services(exercice)}


def _lire_csv(chemin) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(chemin.read_bytes().decode("utf-8-sig"), newline="")))


def _etat(base) -> tuple:
    """Ce qu'un réimport sans changement ne doit pas toucher : le journal et les services."""
    journal = base.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    services = base.conn.execute("SELECT pk, modifie_le FROM service ORDER BY pk").fetchall()
    normes = base.conn.execute("SELECT pk, modifie_le FROM norme_service ORDER BY pk").fetchall()
    return journal, services, normes


def _codes_actuels(ligne: dict[str, str], codes: dict[str, set[str]]) -> None:
    for colonne, permis in codes.items():
        for code in filter(None, ligne[colonne].split(",")):
            assert code in permis, (colonne, ligne[colonne])


# --- le format se reconnaît à l'en-tête ------------------------------------------------------
def test_chaque_format_ancien_se_reconnait_a_son_entete(tmp_path):
    assert importation.analyser(fichier_2016_2018(tmp_path)).format == "2016_2018"
    assert importation.analyser(fichier_normes_2017_2018(tmp_path)).format == "normes_2017_2018"
    assert importation.analyser(fichier_normes_2017_2020(tmp_path)).format == "normes_2017_2020"
    for fmt, fr, en in (("2016_2018", "2016-2018 (41 colonnes", "2016–2018 (41 columns"),
                        ("normes_2017_2018", "trimestriels (24 colonnes)", "quarterly results (24 columns)"),
                        ("normes_2017_2020", "2017-2020 (25 colonnes)", "2017–2020 (25 columns)")):
        fr_nom, en_nom = importation.NOMS_FORMATS[fmt]
        assert fr in fr_nom and en in en_nom


def test_une_colonne_en_moins_reste_une_en_tete_inconnue_dite_clairement(tmp_path):
    colonnes = [c for c in COLONNES_2016_2018 if c != "authority_fr"]
    lignes = [{c: v for c, v in l.items() if c in colonnes} for l in lignes_2016_2018()]
    chemin = ecrire(tmp_path / "presque.csv", texte_csv(colonnes, lignes))
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        importation.analyser(chemin)
    assert exc.value.code == "entete_inconnue"
    assert "authority_fr" in exc.value.texte("fr") and "41" in exc.value.texte("fr")
    assert "Missing columns: authority_fr" in exc.value.texte("en")


# --- le répertoire 2016-2018 ----------------------------------------------------------------
def test_repertoire_2016_2018_chaque_service_avec_son_ministere_et_ses_codes(tmp_path, base):
    analyse, resultat = donnees_ouvertes.importer_fichier(base, fichier_2016_2018(tmp_path))
    assert resultat is not None and resultat.crees == 3
    services = _par_id(base)
    # le même « 1 » dans deux ministères : deux services, jamais fusionnés
    assert sorted(services) == ["aafc-aac-1", "tc-1", "tc-2"]
    agri, plaisance, paye = services["aafc-aac-1"], services["tc-1"], services["tc-2"]
    assert agri.nom_en == "Farm Debt Mediation Service" and plaisance.nom_en == "Pleasure craft licence"
    # les codes de l'époque, convertis
    assert agri.portee == "externe" and agri.type_service == "ressources"
    assert agri.designations == ["prioritaire", "critique"]           # « 4 »
    assert agri.groupes_clients == ["entreprises", "particuliers"]    # ES, PP
    assert agri.programme_id == "BAA00" and agri.frais == "non"
    assert agri.points_interaction["demande"] == "oui" and agri.points_interaction["delivrance"] == "so"
    assert agri.volumes["en_ligne"] == Volume("donnees", 0, None)
    assert agri.volumes["en_personne"] == Volume("non_disponible")
    assert agri.volumes["poste"] == Volume("donnees", 40, None)
    assert paye.portee == "interne" and paye.type_service == "finances" and paye.designations == ["prioritaire"]
    assert paye.groupes_clients == ["interne_gouvernement"]
    assert plaisance.type_service == "conformite" and plaisance.designations == []   # HVRT, « 8 »
    # « EI » (externe et interne intégré) : la portée à choisir, signalée, le code gardé
    assert plaisance.portee is None and plaisance.donnees_ouvertes["external_internal"][0] == "EI"
    assert [(p.ligne, p.code) for p in analyse.avertissements] == [(3, "portee_mixte")]
    # rien de perdu : chaque colonne sans élément, sous son nom
    for colonne, valeur in (("authority_en", "Farm Debt Mediation Act"), ("harmonized_service_id", "aafc-aac-01"),
                            ("special_designations", "4"), ("owner_org", "aafc-aac")):
        assert agri.donnees_ouvertes[colonne][0] == valeur
    assert agri.donnees_ouvertes["authority_fr"][0].startswith("Loi sur la médiation")
    assert agri.donnees_ouvertes["num_applications_by_email"][0] == "12"    # email_applications
    assert agri.donnees_ouvertes["client_feedback_channel"][0] == "PERSON,ONL"   # IP,ONL
    assert agri.donnees_ouvertes["num_website_visits"][0] == "15000"


def test_repertoire_2016_2018_reimport_ne_change_rien_et_retrouve_chaque_service(tmp_path, base):
    chemin = fichier_2016_2018(tmp_path)
    donnees_ouvertes.importer_fichier(base, chemin)
    avant = _etat(base)
    analyse, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert (r.crees, r.modifies, r.inchanges) == (0, 0, 3)
    assert len(analyse.inchanges) == 3 and analyse.exercices() == ["2017-2018"]   # comparées, pas reconverties
    assert _etat(base) == avant
    # une ligne corrigée : seul son service change, dans son ministère
    lignes = lignes_2016_2018()
    lignes[1]["calls_received"] = "300"
    _, r = donnees_ouvertes.importer_fichier(base, fichier_2016_2018(tmp_path, lignes, "v2.csv"))
    assert (r.crees, r.modifies, r.inchanges) == (0, 1, 2)
    assert _par_id(base)["tc-1"].donnees_ouvertes["num_phone_enquiries"][0] == "300"
    assert _par_id(base)["aafc-aac-1"].donnees_ouvertes["num_phone_enquiries"][0] == "282"
    assert DepotServices(base).nombre() == 3


def test_un_service_modifie_apres_l_import_est_compare_de_nouveau(tmp_path, base):
    chemin = fichier_2016_2018(tmp_path)
    donnees_ouvertes.importer_fichier(base, chemin)
    depot = DepotServices(base)
    agri = _par_id(base)["aafc-aac-1"]
    agri.type_service = "consultatifs"
    depot.enregistrer(agri)
    analyse, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert len(analyse.inchanges) == 2   # la ligne du service modifié est reconvertie
    assert (r.modifies, r.inchanges) == (1, 2)
    assert _par_id(base)["aafc-aac-1"].type_service == "ressources"   # ce que le fichier donne l'emporte


def test_repertoire_2016_2018_sans_ministere_refuse(tmp_path, base):
    lignes = lignes_2016_2018()
    lignes[2]["owner_org"] = ""
    analyse, resultat = donnees_ouvertes.importer_fichier(base, fichier_2016_2018(tmp_path, lignes))
    assert resultat is None and DepotServices(base).nombre() == 0
    assert [(p.ligne, p.colonne, p.code) for p in analyse.erreurs] == [(4, "owner_org", "ministere_obligatoire")]
    assert "owner_org" in analyse.erreurs[0].texte("fr") and "department" in analyse.erreurs[0].texte("en")


def test_repertoire_2016_2018_exporte_au_format_actuel_sans_rien_perdre(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_2016_2018(tmp_path))
    sortie = tmp_path / "actuel.csv"
    assert donnees_ouvertes.exporter_csv(base, sortie) == 3
    lignes = {l["service_id"]: l for l in _lire_csv(sortie)}
    assert list(_lire_csv(sortie)[0]) == list(COLONNES_ACTUELLES)
    agri = lignes["aafc-aac-1"]
    for ligne in lignes.values():
        _codes_actuels(ligne, CODES_ACTUELS)   # chaque code, un code actuel
    assert (agri["service_type"], agri["service_scope"], agri["client_target_groups"]) == ("RES", "EXTERN", "ECONOM,PERSON")
    assert agri["client_feedback_channel"] == "PERSON,ONL" and agri["program_id"] == "BAA00"
    assert agri["os_application"] == "Y" and agri["num_applications_by_email"] == "12"
    assert agri["num_applications_total"] == "52"   # 0 + 40 + 12 (courriel)
    assert (agri["owner_org"], agri["service_uri_en"]) == ("aafc-aac", "http://www.agr.gc.ca/fdms")
    # ce qui n'a pas de colonne actuelle : dans les remarques, avec le nom de sa colonne
    assert agri["special_remarks_en"].startswith("Counts from the regional offices.\n")
    assert "authority_en: Farm Debt Mediation Act" in agri["special_remarks_en"]
    assert "harmonized_service_id: aafc-aac-01" in agri["special_remarks_en"]
    assert "authority_fr : Loi sur la médiation en matière d'endettement agricole" in agri["special_remarks_fr"]
    assert "authority_en" not in agri["special_remarks_fr"]
    assert "external_internal: EI" in lignes["tc-1"]["special_remarks_en"] and lignes["tc-1"]["service_scope"] == ""
    # le type « FIN » n'a pas d'équivalent dans les types actuels : gardé en remarque
    assert lignes["tc-2"]["service_type"] == "" and "service_type: FIN" in lignes["tc-2"]["special_remarks_en"]
    # relu, le fichier exporté redonne les mêmes services (format actuel)
    with ouvrir(tmp_path / "relu.sqlite") as relue:
        _, r = donnees_ouvertes.importer_fichier(relue, sortie)
        assert r.crees == 3 and r.format == "actuel"
        relu = _par_id(relue)["aafc-aac-1"]
        assert (relu.type_service, relu.portee, relu.designations) == ("ressources", "externe", [])
        assert relu.groupes_clients == ["entreprises", "particuliers"]


def test_gabarit_2016_2020_exporte_au_format_actuel_codes_actuels_et_remarques(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_2016(tmp_path))
    donnees_ouvertes.exporter_csv(base, tmp_path / "actuel.csv", avec_internes=True)
    lignes = {l["service_id"]: l for l in _lire_csv(tmp_path / "actuel.csv")}
    for ligne in lignes.values():
        _codes_actuels(ligne, CODES_ACTUELS)
    passeport = lignes["142"]
    assert (passeport["service_type"], passeport["service_scope"], passeport["client_target_groups"]) == (
        "APIR", "EXTERN", "PERSON")   # reg, extern, person
    assert passeport["os_application"] == "N" and passeport["num_applications_in_person"] == "1500000"
    assert passeport["client_feedback_channel"] == "ONL" and passeport["sin_usage"] == "N"
    for texte in ("ident_platform: GCKey", "special_designations: prior,crit", "last_GBA: 2017",
                  "service_channels: ONL,PERSON,POST"):
        assert texte in passeport["special_remarks_en"]
    assert "department_name_fr : Immigration, Réfugiés et Citoyenneté Canada" in passeport["special_remarks_fr"]
    assert passeport["owner_org_title"] == "Immigration, Refugees and Citizenship Canada"


def test_un_service_importe_d_un_gabarit_2016_avant_ce_changement_s_exporte_sans_bruit():
    """Les services importés du gabarit 2016-2020 par une version antérieure gardaient les
    colonnes anciennes des éléments sous leur nom (``e_registration``…) : l'élément les porte
    déjà dans sa colonne actuelle, elles ne vont pas aux remarques; un code sans élément, si."""
    from gesserv_bureau.domaine.conversion_gc import exporter_service
    from gesserv_bureau.domaine.service import Service

    service = Service(exercice="2018-2019", service_id="142", nom_fr="Passeport", portee="externe")
    service.points_interaction["inscription"] = "non"
    service.donnees_ouvertes = {"e_registration": ["N", ""], "external_internal": ["extern", ""],
                                "last_GBA": ["2017", ""]}
    ligne = exporter_service(service)
    assert (ligne["os_account_registration"], ligne["service_scope"]) == ("N", "EXTERN")
    assert ligne["special_remarks_en"] == "last_GBA: 2017" and ligne["special_remarks_fr"] == "last_GBA : 2017"
    service.portee = None   # la portée retirée depuis : le code d'origine reste dit
    assert "external_internal: extern" in exporter_service(service)["special_remarks_en"]


# --- les normes 2017-2018, résultats trimestriels --------------------------------------------
def test_normes_2017_2018_trimestres_gardes_et_rattachees_a_leur_ministere(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_2016_2018(tmp_path))
    analyse, r = donnees_ouvertes.importer_fichier(base, fichier_normes_2017_2018(tmp_path))
    assert (r.crees, r.services_crees, r.format) == (2, 0, "normes_2017_2018")
    assert analyse.avertissements == []
    services = _par_id(base)
    agri = DepotNormes(base).pour_service(services["aafc-aac-1"].pk)
    tc = DepotNormes(base).pour_service(services["tc-1"].pk)
    assert [n.norme_id for n in agri] == ["1"] and [n.norme_id for n in tc] == ["1"]   # le même « 1 »
    n = agri[0]
    assert n.type_norme == "TML" and n.cible == 0.8 and n.rendement == 0.93194
    # l'exercice : la somme des trimestres dont les deux nombres sont donnés (T4 : ND)
    assert (n.volume_conforme, n.volume_total) == (60 + 70 + 50, 64 + 70 + 60)
    for q, conforme, total in (("q1", "60", "64"), ("q2", "70", "70"), ("q3", "50", "60"), ("q4", "ND", "ND")):
        assert n.donnees_ouvertes[f"{q}_performance_result"][0] == conforme
        assert n.donnees_ouvertes[f"{q}_business_volume"][0] == total
    assert n.donnees_ouvertes["gcss_tool_fiscal_yr"][0] == "2016-2017"
    # et les trimestres deviennent des résultats par période de la norme (T4, « ND », n'en est pas un)
    from gesserv_bureau.cas import normes

    suivi = normes.suivi(base, n.pk)
    assert [(r.periode, r.volume_conforme, r.volume_total) for r in suivi.trimestres] == [
        ("T1", 60, 64), ("T2", 70, 70), ("T3", 50, 60)]
    assert suivi.exercice.source == "exercice" and suivi.scenario == "depasse"   # 180 / 194 = 92,8 % contre 80 %
    assert tc[0].type_norme == "ACS" and tc[0].cible == 0.9   # « 90 » : un pourcentage
    assert services["aafc-aac-1"].normes_service == "oui" and services["aafc-aac-1"].cibles_rendement == "oui"
    # réimport : rien ne change
    avant = _etat(base)
    _, r = donnees_ouvertes.importer_fichier(base, fichier_normes_2017_2018(tmp_path))
    assert (r.crees, r.modifies, r.inchanges) == (0, 0, 2)
    assert _etat(base) == avant
    # export au format actuel (24 colonnes), les trimestres dans les commentaires
    sortie = tmp_path / "normes.csv"
    donnees_ouvertes.exporter_normes_csv(base, sortie)
    lignes = {(l["service_id"], l["service_standard_id"]): l for l in _lire_csv(sortie)}
    assert list(_lire_csv(sortie)[0]) == list(COLONNES_NORMES)
    ligne = lignes[("aafc-aac-1", "1")]
    _codes_actuels(ligne, CODES_ACTUELS_NORMES)
    assert (ligne["target"], ligne["volume_meeting_target"], ligne["total_volume"]) == ("0.8", "180", "194")
    assert ligne["service_name_en"] == "Farm Debt Mediation Service" and ligne["owner_org"] == "aafc-aac"
    assert "q3_performance_result: 50" in ligne["comments_en"] and "q4_business_volume : ND" in ligne["comments_fr"]
    assert lignes[("tc-1", "1")]["target"] == "0.9"


def test_normes_2017_2018_un_trimestre_qui_n_est_pas_un_nombre_est_une_erreur(tmp_path, base):
    lignes = [ligne_norme_2017_2018(q2_business_volume="beaucoup")]
    analyse, r = donnees_ouvertes.importer_fichier(base, fichier_normes_2017_2018(tmp_path, lignes))
    assert r is None and DepotNormes(base).nombre() == 0
    assert [(p.colonne, p.valeur, p.code) for p in analyse.erreurs] == [("q2_business_volume", "beaucoup", "nombre_invalide")]


def test_normes_2017_2018_erreur_signalee_sous_le_nom_de_la_colonne_du_fichier(tmp_path, base):
    lignes = [ligne_norme_2017_2018(service_std_id="", service_std_target="quatre-vingts")]
    analyse = donnees_ouvertes.analyser(base, fichier_normes_2017_2018(tmp_path, lignes))
    assert sorted((p.colonne, p.code) for p in analyse.erreurs) == [
        ("service_std_id", "obligatoire"), ("service_std_target", "decimal_invalide")]
    assert [p.valeur for p in analyse.erreurs if p.colonne == "service_std_target"] == ["quatre-vingts"]


# --- les normes 2017-2020 ----------------------------------------------------------------------
def test_normes_2017_2020_pourcentages_codes_et_service_absent_signale(tmp_path, base):
    analyse = donnees_ouvertes.analyser(base, fichier_normes_2017_2020(tmp_path))
    # le service 135 n'est pas au répertoire : chaque norme importée quand même, et signalée
    assert [(p.ligne, p.code) for p in analyse.avertissements] == [(2, "norme_sans_service"), (3, "norme_sans_service")]
    assert "2094" in analyse.avertissements[0].texte("fr") and "imported anyway" in analyse.avertissements[0].texte("en")
    r = donnees_ouvertes.importer(base, analyse)
    assert (r.crees, r.services_crees) == (2, 1)
    service = _par_id(base, "2018-2019")["135"]
    assert service.nom_fr == "Service de médiation en matière d'endettement agricole"
    normes = {n.norme_id: n for n in DepotNormes(base).pour_service(service.pk)}
    n = normes["2094"]
    assert (n.type_norme, n.canal, n.cible) == ("TML", "ONL", 0.8)   # time, onl, 80 %
    assert n.rendement == pytest.approx(0.9705882352941177)
    assert (n.volume_conforme, n.volume_total) == (198, 204)
    assert (n.commentaires_canal_fr, n.commentaires_fr) == ("Formulaire en ligne", "Mesuré chaque mois.")
    assert n.donnees_ouvertes["target_type"][0] == "percentage"
    assert n.donnees_ouvertes["department_name_fr"][0] == "Agriculture et Agroalimentaire Canada"
    autre = normes["572"]
    assert (autre.type_norme, autre.canal, autre.cible, autre.volume_total) == ("ACS", "", None, None)
    assert autre.donnees_ouvertes["channel"][0] == "NA" and autre.donnees_ouvertes["target_type"][0] == "other_type"
    # export au format actuel
    sortie = tmp_path / "normes.csv"
    donnees_ouvertes.exporter_normes_csv(base, sortie)
    lignes = {l["service_standard_id"]: l for l in _lire_csv(sortie)}
    for ligne in lignes.values():
        _codes_actuels(ligne, CODES_ACTUELS_NORMES)
    assert (lignes["2094"]["type"], lignes["2094"]["channel"], lignes["2094"]["target"]) == ("TML", "ONL", "0.8")
    assert lignes["2094"]["owner_org_title"] == "Agriculture and Agri-Food Canada"
    assert lignes["2094"]["comments_en"] == "Measured monthly.\ntarget_type: percentage\ngcss_tool_fiscal_yr: 2017-2018"
    assert lignes["572"]["channel"] == "" and "channel: NA" in lignes["572"]["comments_en"]
    assert lignes["572"]["total_volume"] == "ND"
    # réimport : rien ne change
    avant = _etat(base)
    _, r = donnees_ouvertes.importer_fichier(base, fichier_normes_2017_2020(tmp_path))
    assert (r.crees, r.modifies, r.inchanges, r.services_crees) == (0, 0, 2, 0)
    assert _etat(base) == avant


def test_les_colonnes_de_chaque_format_ancien_sont_celles_publiees():
    assert len(COLONNES_2016_2018) == 41 and len(COLONNES_NORMES_2017_2018) == 24
    assert {"authority_en", "authority_fr", "email_applications", "fax_applications",
            "harmonized_service_id"} <= set(COLONNES_2016_2018)
    assert {"service_std_id", "service_std_target", "q1_performance_result", "q4_business_volume"} <= set(
        COLONNES_NORMES_2017_2018)
    _ = ligne_2016_2018()  # les aides des tests suivent les mêmes colonnes
