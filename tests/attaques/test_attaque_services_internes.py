"""Attaques contre l'option de l'élément 10 (issue 13, partie 4 : les services internes).

Tableau 5, élément 10, nota : « Même si la Politique sur les services ne l'exige pas, les
ministères peuvent inclure leurs services internes pourvu qu'ils soient indiqués à ce titre de
manière appropriée dans une section distincte du document. »

- le formulaire n'offrait que « externe » et « interne intégré » : un service interne (non
  intégré) devait se faire passer pour un service interne intégré, et comptait alors dans la
  proportion des services électroniques (2.9.4), qui ne vise que les services internes intégrés
  et externes;
- rien ne le marquait ni ne le mettait à part dans le rapport du répertoire;
- l'export des données ouvertes l'aurait publié comme ENTERPRISE; le fichier publié (46
  colonnes) doit rester valide : par défaut il n'y figure pas, et avec l'option il sort avec le
  code INTERN, qui est dans la liste de ``service_scope`` du dictionnaire publié; le réimport
  d'un INTERN (format actuel) le rend service interne (non intégré), pas interne intégré;
- le contrôle de la qualité ne disait rien d'un service interne (non intégré) désigné prioritaire
  (1.5 : les services prioritaires sont des services internes intégrés et externes).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess

import pytest

from fichiers_gc import fichier_actuel, ligne_actuelle
from gesserv_bureau.cas import donnees_ouvertes, production_rapports, repertoire
from gesserv_bureau.domaine import qualite
from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_ACTUELLES
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_tests import DICTIONNAIRE, EXERCICE, SEED, lancer_cli, points, service_complet

INTERNE = "interne_non_integre"


def _repertoire(chemin):
    """Trois services internes intégrés et externes (100 %, 50 %, sans réponse) et un service
    interne (non intégré) à 0 % : celui-ci ne change rien à 2.9.4."""
    with ouvrir(chemin) as base:
        depot = DepotServices(base)
        for sid, nom, lettres in (("S-1", "Permis", "oooooo"), ("S-2", "Subventions", "ooonnn"), ("S-3", "Inspections", "??????")):
            depot.creer(service_complet(service_id=sid, nom_fr=nom, nom_en=nom, points_interaction=points(lettres),
                                        justifications_so={}))
        depot.creer(service_complet(service_id="INT-07", nom_fr="Prêt de matériel audiovisuel",
                                    nom_en="Audiovisual equipment loans", portee=INTERNE, type_service="materiel",
                                    designations=[], groupes_clients=["interne_gouvernement"],
                                    points_interaction=points("nnnnnn"), justifications_so={}))
    return chemin


@pytest.fixture
def chemin(tmp_path):
    return _repertoire(tmp_path / "internes.sqlite")


# --- le formulaire -------------------------------------------------------------------------------
@pytest.mark.parametrize("langue, libelle, note", [
    ("fr", "Service interne (non intégré)", "La note de l'élément 10 permet de l'inclure au répertoire"),
    ("en", "Internal service (non-enterprise)", "The note to element 10 allows it in the inventory"),
])
def test_le_formulaire_marque_un_service_interne_et_le_garde(qtbot, chemin, langue, libelle, note):
    from outils_interface import attendre_sommaire, ouvrir_fenetre, pk_de

    f = ouvrir_fenetre(qtbot, chemin, langue, demo=False)
    pk = pk_de(f, "S-2")
    f.selectionner_pk(pk)
    qtbot.waitUntil(lambda: f.formulaire.service() is not None and f.formulaire.service().pk == pk)
    formulaire = f.formulaire
    i = formulaire.portee.findData(INTERNE)
    assert formulaire.portee.itemText(i) == libelle
    formulaire.portee.setCurrentIndex(i)
    assert formulaire.note_interne.isVisible() and note in formulaire.note_interne.text()
    assert not formulaire.exclu_calcul.isEnabled()          # déjà hors du calcul de 2.9.4
    types = [formulaire.type_service.itemData(n) for n in range(1, formulaire.type_service.count())]
    assert "materiel" in types and "ressources" not in types  # annexe 1D
    formulaire.type_service.setCurrentIndex(formulaire.type_service.findData("materiel"))
    assert f.controleur.enregistrer_maintenant()
    # écrit : portee vide (sa contrainte n'admet que l'élément 10), marqué service_interne
    assert f.base.conn.execute("SELECT portee, service_interne FROM service WHERE pk = ?", [pk]).fetchone() == (None, 1)
    assert DepotServices(f.base).charger(pk).portee == INTERNE
    assert f.modele.data(f.modele.index(f.modele.rang_de(pk), 3)) == libelle
    # S-2 est sorti du calcul : il reste S-1 (100 %) et S-3 (sans réponse, 0 %)
    attendre_sommaire(qtbot, f)
    qtbot.waitUntil(lambda: ("50,0" if langue == "fr" else "50.0") in f.sommaire.formule1.text(), timeout=5000)
    assert ("(1 sur 2)" if langue == "fr" else "(1 of 2)") in f.sommaire.formule1.text()
    # relu après réouverture
    f.close()
    with ouvrir(chemin) as base:
        assert DepotServices(base).charger(pk).portee == INTERNE


@pytest.mark.parametrize("langue, proportion, note", [
    ("fr", "<b>33,3\u00a0%</b>", "Services internes (non intégrés), hors du calcul : 2"),
    ("en", "<b>33.3%</b>", "Internal (non-enterprise) services, outside the calculation: 2"),
])
def test_un_service_interne_reste_hors_du_calcul_de_2_9_4(qtbot, chemin, langue, proportion, note):
    from outils_interface import attendre_sommaire, ouvrir_fenetre

    with ouvrir(chemin) as base:
        DepotServices(base).creer(service_complet(service_id="INT-08", portee=INTERNE, type_service="rh",
                                                  designations=[], points_interaction=points("oooooo"),
                                                  justifications_so={}))
        e = repertoire.sommaire_exercice(base, EXERCICE).electronique
    assert (e.total, e.electroniques, e.internes) == (3, 1, 2)
    assert (e.proportion, e.pourcentage_moyen) == (pytest.approx(100 / 3), pytest.approx(50.0))
    f = ouvrir_fenetre(qtbot, chemin, langue, demo=False)
    attendre_sommaire(qtbot, f)
    assert proportion in f.sommaire.formule1.text() and note in f.sommaire.note.text()


# --- le contrôle de la qualité ------------------------------------------------------------------------
def test_le_controle_de_la_qualite_d_un_service_interne():
    prioritaire = service_complet(service_id="INT-1", portee=INTERNE, type_service="rh", designations=["prioritaire"])
    type_externe = service_complet(service_id="INT-2", portee=INTERNE, type_service="ressources", designations=[])
    prioritaire.pk, type_externe.pk = 1, 2
    constats = qualite.verifier([prioritaire, type_externe])
    (avert,) = [c for c in constats if c.code == "interne_non_integre_prioritaire"]
    assert avert.service_id == "INT-1" and avert.gravite == "avertissement"
    assert "les services prioritaires sont des services internes intégrés et externes (1.5)" in avert.texte("fr")
    assert "priority services are internal enterprise and external services (1.5)" in avert.texte("en")
    (faux,) = [c for c in constats if c.code == "valeur_fausse"]
    assert faux.service_id == "INT-2"
    assert "Service interne (non intégré)" in faux.texte("fr") and "annexe 1D" in faux.texte("fr")
    assert "Internal service (non-enterprise)" in faux.texte("en") and "Appendix 1D" in faux.texte("en")
    # une exclusion « demandée » sur un service déjà hors du calcul n'est pas une erreur
    sans_objet = service_complet(service_id="INT-3", portee=INTERNE, type_service="rh", designations=[], exclu_calcul=True)
    sans_objet.pk = 3
    assert not [c for c in qualite.verifier([sans_objet]) if c.gravite == "erreur"]


# --- les exports --------------------------------------------------------------------------------------
def _codes_admis() -> dict[str, set[str]]:
    dictionnaire = json.loads(DICTIONNAIRE.read_text(encoding="utf-8"))
    (service,) = [r for r in dictionnaire["resources"] if r["resource_name"] == "service"]
    gardes = {"fiscal_yr", "service_type", "service_scope", "client_target_groups", "service_fee",
              "os_account_registration", "os_authentication", "os_application", "os_decision", "os_issuance",
              "os_issue_resolution_feedback"}
    return {f["id"]: set(f["choices"]) for f in service["fields"] if f["id"] in gardes}


def _lignes(chemin) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(chemin.read_bytes().decode("utf-8-sig"))))


def _valide(lignes: list[dict[str, str]]) -> None:
    """Les 46 colonnes, et chaque code dans la liste que publie le dictionnaire de données."""
    admis = _codes_admis()
    assert set(admis) >= {"service_scope", "os_application"}
    for ligne in lignes:
        assert list(ligne) == list(COLONNES_ACTUELLES)
        for colonne, codes in admis.items():
            for code in filter(None, ligne[colonne].split(",")):
                assert code in codes, (ligne["service_id"], colonne, code)


def test_l_export_des_donnees_ouvertes_reste_valide(chemin, tmp_path):
    with ouvrir(chemin) as base:
        assert donnees_ouvertes.exporter_csv(base, tmp_path / "defaut.csv", EXERCICE) == 3
        assert donnees_ouvertes.services_internes(base, EXERCICE) == 1
        assert donnees_ouvertes.exporter_csv(base, tmp_path / "avec.csv", EXERCICE, avec_internes=True) == 4
    defaut, avec = _lignes(tmp_path / "defaut.csv"), _lignes(tmp_path / "avec.csv")
    assert [l["service_id"] for l in defaut] == ["S-1", "S-2", "S-3"]
    assert {l["service_id"]: l["service_scope"] for l in avec}["INT-07"] == "INTERN"
    assert {l["service_scope"] for l in defaut} == {"EXTERN"}
    _valide(defaut)
    _valide(avec)


def test_un_intern_reimporte_reste_un_service_interne(chemin, tmp_path):
    with ouvrir(chemin) as base:
        donnees_ouvertes.exporter_csv(base, tmp_path / "avec.csv", EXERCICE, avec_internes=True)
    with ouvrir(tmp_path / "neuve.sqlite") as neuve:
        _analyse, r = donnees_ouvertes.importer_fichier(neuve, tmp_path / "avec.csv")
        assert r is not None and r.crees == 4
        depot = DepotServices(neuve)
        assert depot.charger(depot.pk_par_id(EXERCICE, "INT-07")).portee == INTERNE
        e = repertoire.sommaire_exercice(neuve, EXERCICE).electronique
        assert (e.total, e.internes) == (3, 1)
        donnees_ouvertes.exporter_csv(neuve, tmp_path / "retour.csv", EXERCICE, avec_internes=True)
    assert {l["service_id"]: l["service_scope"] for l in _lignes(tmp_path / "retour.csv")}["INT-07"] == "INTERN"
    # le gabarit 2016-2020 n'avait qu'« intern » pour l'interne intégré : inchangé
    with ouvrir(tmp_path / "actuel.sqlite") as base:
        donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "enterprise.csv", [
            ligne_actuelle(service_id="E-1", service_scope="ENTERPRISE")]))
        assert DepotServices(base).services()[0].portee == "interne"


@pytest.mark.parametrize("langue, message", [
    ("fr", "Services internes (non intégrés) laissés hors de l'export des données ouvertes : 1 "
           "(--avec-services-internes pour les inclure, marqués INTERN)."),
    ("en", "Internal (non-enterprise) services left out of the open data export: 1 "
           "(--avec-services-internes to include them, marked INTERN)."),
])
def test_la_ligne_de_commande_dit_ce_qu_elle_laisse_et_sait_l_inclure(chemin, tmp_path, capsys, langue, message):
    code, sortie, _ = lancer_cli(capsys, "--base", str(chemin), "--langue", langue, "exporter", str(tmp_path / "x.csv"))
    assert code == 0 and message in sortie
    assert [l["service_id"] for l in _lignes(tmp_path / "x.csv")] == ["S-1", "S-2", "S-3"]
    code, sortie, _ = lancer_cli(capsys, "--base", str(chemin), "--langue", langue, "exporter", str(tmp_path / "y.csv"),
                                 "--avec-services-internes")
    assert code == 0 and message not in sortie
    assert "INTERN" in [l["service_scope"] for l in _lignes(tmp_path / "y.csv")]


@pytest.mark.parametrize("langue, feuille", [("fr", "Services internes"), ("en", "Internal services")])
def test_le_classeur_met_les_services_internes_dans_leur_feuille(chemin, tmp_path, langue, feuille):
    from openpyxl import load_workbook

    with ouvrir(chemin) as base:
        donnees_ouvertes.exporter_xlsx(base, tmp_path / "r.xlsx", EXERCICE, langue)
    classeur = load_workbook(tmp_path / "r.xlsx")
    services = list(classeur["Services"].values)
    internes = list(classeur[feuille].values)
    assert [r[1] for r in services[1:]] == ["S-1", "S-2", "S-3"]
    assert list(internes[0]) == list(COLONNES_ACTUELLES)
    assert [(r[1], r[COLONNES_ACTUELLES.index("service_scope")]) for r in internes[1:]] == [("INT-07", "INTERN")]


# --- le rapport PDF du répertoire ----------------------------------------------------------------------
def _pages(pdf: bytes, tmp_path, nom: str) -> list[str]:
    fichier = tmp_path / nom
    fichier.write_bytes(pdf)
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(fichier), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return [re.sub(r"\s+", " ", page.replace("\u00a0", " ")) for page in brut.split("\f")]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")
@pytest.mark.parametrize("langue, titre, principal, note, compte", [
    ("fr", "Services internes (non intégrés) — section distincte", "Les services",
     "Tableau 5, élément 10, nota : « Même si la Politique sur les services ne l'exige pas",
     "Services internes (non intégrés), hors du calcul : 1 (section distincte)."),
    ("en", "Internal (non-enterprise) services — separate section", "The services",
     "Table 5, element 10, note: although not required by the Policy on Service",
     "Internal (non-enterprise) services, outside the calculation: 1 (separate section)."),
])
def test_le_rapport_met_les_services_internes_dans_leur_section(chemin, tmp_path, langue, titre, principal, note, compte):
    with ouvrir(chemin) as base:
        pdf = production_rapports.produire(base, "inventaire", langue, exercice=EXERCICE).pdf
    texte = " ".join(_pages(pdf, tmp_path, f"r-{langue}.pdf"))
    assert ("33,3 %" if langue == "fr" else "33.3%") in texte      # l'interne ne compte pas
    assert compte in texte
    debut_principal, debut_section = texte.index(f" {principal} "), texte.index(titre)
    assert debut_principal < debut_section
    tableau_principal, section = texte[debut_principal:debut_section], texte[debut_section:]
    assert "S-1" in tableau_principal and "INT-07" not in tableau_principal
    assert note in section and "INT-07" in section and "S-1" not in section


def test_les_citations_de_la_ligne_directrice_sont_verbatim():
    """Ce que l'application cite entre guillemets (rapport, messages, formulaire) se lit tel quel
    dans la ligne directrice (la semence, ``../shared/seeds/`` depuis la racine du projet)."""
    from gesserv_bureau.referentiel import messages, messages_qualite
    from gesserv_bureau.rapports.rapport_inventaire import NOTE_ELEMENT_10_FR

    semence = SEED.read_text(encoding="utf-8")
    semence = re.sub(r"\s+", " ", semence)
    citations = [
        re.search(r"« (.+?) »", NOTE_ELEMENT_10_FR).group(1),
        re.search(r"« (.+?) »", messages.MESSAGES["exclusion_sans_justification"][0]).group(1),
        "il faut fournir une justification écrite pour tout service exclu du calcul",
        "Nombre de services internes intégrés et services externes offerts par voie électronique",
        "Nombre total de services internes intégrés et services externes",
        "Somme du % de chaque service intégré externe et interne qui peut être effectué en ligne",
        "pourcentage moyen de chaque service qui peut être effectué en ligne",
        "mettre par écrit leur approche (justification) lorsqu'ils excluent",
        "Les services prioritaires sont des services internes intégrés et externes",
    ]
    assert "services prioritaires sont des services internes intégrés et externes" in messages_qualite.MESSAGES[
        "interne_non_integre_prioritaire"][0]
    for citation in citations:
        assert citation in semence, citation
