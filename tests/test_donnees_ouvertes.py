"""Import et export des données ouvertes du Répertoire des services du GC (sans Qt)."""

from __future__ import annotations

import csv
import io

import pytest

from fichiers_gc import (
    fichier_2016,
    fichier_2016_37,
    fichier_actuel,
    fichier_normes,
    ligne_actuelle,
    ligne_norme,
    lignes_actuelles,
    texte_csv,
    ecrire,
)
from gesserv_bureau.cas import donnees_ouvertes
from gesserv_bureau.domaine import fichier_csv, importation
from gesserv_bureau.domaine.service import Volume
from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_ACTUELLES, COLONNES_NORMES
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices

# sur le serveur (``tests/deux_bases.py``) : les exercices que le ministère a ouverts
EXERCICES_DU_MINISTERE = ("2022-2023", "2023-2024")


@pytest.fixture
def base(tmp_path, base_d_essai):
    b = base_d_essai(tmp_path / "repertoire.sqlite")
    yield b
    b.fermer()


def _par_id(base, exercice="2023-2024"):
    return {s.service_id: s for s in DepotServices(base).services(exercice)}


def _lire_csv(chemin) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(chemin.read_bytes().decode("utf-8-sig"), newline="")))


# --- formats ---------------------------------------------------------------------------------
def test_chaque_format_se_reconnait_a_son_entete(tmp_path):
    assert importation.analyser(fichier_actuel(tmp_path)).format == "actuel"
    assert importation.analyser(fichier_2016(tmp_path)).format == "2016"
    assert importation.analyser(fichier_2016_37(tmp_path)).format == "2016_37"
    assert importation.analyser(fichier_normes(tmp_path)).format == "normes"
    # casse et espaces de l'en-tête, colonnes dans un autre ordre
    colonnes = list(reversed([c.upper() for c in COLONNES_ACTUELLES]))
    lignes = [{c.upper(): v for c, v in l.items()} for l in lignes_actuelles()]
    chemin = ecrire(tmp_path / "inverse.csv", texte_csv(colonnes, lignes))
    analyse = importation.analyser(chemin)
    assert analyse.format == "actuel" and len(analyse.services) == 3
    assert analyse.services[0][1].nom_fr == "Agri-stabilité"


def test_import_format_actuel_convertit_les_18_elements_et_garde_le_reste(tmp_path, base):
    analyse, resultat = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    assert resultat is not None and (resultat.crees, resultat.modifies) == (3, 0)
    agri = _par_id(base)["SRV03054"]
    assert agri.nom_fr == "Agri-stabilité" and agri.nom_en == "AgriStability"
    assert agri.description_fr.endswith("\r\nFrais partagés.")  # saut de ligne dans la cellule
    assert agri.type_service == "ressources" and agri.portee == "externe"
    assert agri.groupes_clients == ["entreprises", "particuliers"]
    assert agri.programme_id == "ABC01,ABC02"
    assert agri.frais == "non"
    assert agri.points_interaction == {"inscription": "oui", "authentification": "oui", "demande": "oui",
                                       "decision": "non", "delivrance": "so", "retroaction": "oui"}
    assert agri.volumes["en_ligne"] == Volume("donnees", 1000, None)
    assert agri.volumes["telephone"] == Volume("sans_objet")      # NA
    assert agri.volumes["poste"] == Volume("non_disponible")      # ND
    # gardé, pas perdu : ce que les 18 éléments ne tiennent pas
    assert agri.donnees_ouvertes["automated_decision_system"][0] == "N"
    assert agri.donnees_ouvertes["sin_usage"][0] == "Y"
    assert agri.donnees_ouvertes["num_website_visits"][0] == "12345"
    assert agri.donnees_ouvertes["service_uri_en"][0].count("<>") == 1
    # ce que le fichier n'a pas est « à compléter » dans la table
    ligne = [l for l in DepotServices(base).lignes("2023-2024") if l.service_id == "SRV03054"][0]
    assert ligne.a_completer >= 5  # secteur, instruments, propriétaire, ententes, normes, cibles, extrants…
    # le type « CER » est ambigu : gardé, à choisir, signalé
    deglacage = _par_id(base)["1234"]
    assert deglacage.type_service is None and deglacage.portee == "interne"
    assert deglacage.donnees_ouvertes["service_type"][0] == "CER"
    assert [p.code for p in analyse.avertissements] == ["type_ambigu"]
    assert DepotServices(base).exercices() == ["2022-2023", "2023-2024"]


@pytest.mark.exercices_du_ministere("2018-2019")
def test_gabarit_2016_et_sa_variante_de_37_colonnes(tmp_path, base):
    _, resultat = donnees_ouvertes.importer_fichier(base, fichier_2016(tmp_path))
    assert resultat.crees == 2
    passeport = _par_id(base, "2018-2019")["142"]
    assert passeport.designations == ["prioritaire", "critique"]
    assert passeport.portee == "externe" and passeport.type_service == "conformite"
    assert passeport.volumes["en_ligne"] == Volume("non_disponible")
    assert passeport.volumes["en_personne"] == Volume("donnees", 1_500_000, None)
    assert passeport.volumes["telephone"] == Volume("sans_objet")
    assert passeport.points_interaction["retroaction"] == "oui"
    assert passeport.donnees_ouvertes["num_website_visits"][0] == "3000000"   # web_visits_info_service
    assert passeport.donnees_ouvertes["ident_platform"][0] == "GCKey"
    paye = _par_id(base, "2018-2019")["143"]
    assert paye.portee == "interne" and paye.type_service == "finances" and paye.designations == []
    with ouvrir(tmp_path / "autre.sqlite") as autre:
        _, r37 = donnees_ouvertes.importer_fichier(autre, fichier_2016_37(tmp_path))
        assert r37.crees == 2 and r37.format == "2016_37"
        assert _par_id(autre, "2018-2019")["142"].volumes["telephone"] == Volume()  # colonne absente


def test_point_virgule_et_ligne_d_horodatage(tmp_path, base):
    texte = texte_csv(COLONNES_ACTUELLES, lignes_actuelles(), separateur=";") + "2024-06-01 08:00:00\r\n"
    analyse, resultat = donnees_ouvertes.importer_fichier(base, ecrire(tmp_path / "pv.csv", texte, bom=False))
    assert resultat.crees == 3
    assert "ligne_horodatage" in [p.code for p in analyse.avertissements]


def test_fins_de_ligne_melees_et_windows_1252(tmp_path, base):
    texte = texte_csv(COLONNES_ACTUELLES, lignes_actuelles())
    entete, reste = texte.split("\r\n", 1)
    melange = entete + "\n" + reste  # LF puis CRLF
    chemin = ecrire(tmp_path / "cp.csv", melange, bom=False, encodage="cp1252")
    analyse, resultat = donnees_ouvertes.importer_fichier(base, chemin)
    assert resultat.crees == 3
    assert _par_id(base)["SRV03054"].nom_fr == "Agri-stabilité"
    assert _par_id(base)["1234"].nom_fr == "Programme de déglaçage"
    assert "encodage_windows" in [p.code for p in analyse.avertissements]


# --- aller-retour et réimport ----------------------------------------------------------------
def test_aller_retour_exact(tmp_path, base):
    origine = fichier_actuel(tmp_path)
    donnees_ouvertes.importer_fichier(base, origine)
    sortie = tmp_path / "export.csv"
    assert donnees_ouvertes.exporter_csv(base, sortie) == 3
    octets = sortie.read_bytes()
    assert octets.startswith(b"\xef\xbb\xbf") and b"\r\n" in octets
    # le fichier exporté est celui qu'on a importé, octet pour octet (graphie des codes comprise)
    assert octets == origine.read_bytes()
    # et relu dans une autre base, il redonne les mêmes services et le même fichier
    with ouvrir(tmp_path / "relu.sqlite") as relue:
        donnees_ouvertes.importer_fichier(relue, sortie)
        a, b = DepotServices(base).services(), DepotServices(relue).services()
        assert [s.copie(pk=None, modifie_le="") for s in a] == [s.copie(pk=None, modifie_le="") for s in b]
        donnees_ouvertes.exporter_csv(relue, tmp_path / "export2.csv")
    assert (tmp_path / "export2.csv").read_bytes() == octets


def test_un_element_modifie_ressort_dans_le_code_actuel(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    depot = DepotServices(base)
    agri = _par_id(base)["SRV03054"]
    agri.type_service = "consultatifs"
    agri.volumes["en_ligne"] = Volume("donnees", 1100, 1000)
    depot.enregistrer(agri)
    donnees_ouvertes.exporter_csv(base, tmp_path / "x.csv", "2023-2024")
    lignes = {l["service_id"]: l for l in _lire_csv(tmp_path / "x.csv")}
    assert lignes["SRV03054"]["service_type"] == "INFO"
    assert lignes["SRV03054"]["num_applications_online"] == "1100"
    assert lignes["SRV03054"]["num_applications_total"] == "1125"  # le total suit les volumes
    assert lignes["SRV03054"]["client_target_groups"] == "ECONOM,PERSON"  # inchangé : l'original
    assert lignes["1234"]["service_type"] == "CER"  # toujours à choisir : le code d'origine


def test_reimporter_met_a_jour_sans_doubler_et_garde_ce_qui_a_ete_complete(tmp_path, base):
    chemin = fichier_actuel(tmp_path)
    donnees_ouvertes.importer_fichier(base, chemin)
    depot = DepotServices(base)
    agri = _par_id(base)["SRV03054"]
    agri.proprietaire = "Directrice, Programmes de gestion des risques"
    agri.volumes["en_ligne"] = Volume("donnees", 1000, 950)
    depot.enregistrer(agri)
    # même fichier : rien ne change
    _, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert (r.crees, r.modifies, r.inchanges) == (0, 0, 3)
    assert depot.nombre() == 3
    # le fichier corrigé : mis à jour, le reste gardé
    lignes = lignes_actuelles()
    lignes[0]["num_applications_online"] = "1200"
    lignes[0]["num_applications_total"] = "1225"
    _, r = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "v2.csv", lignes))
    assert (r.crees, r.modifies, r.inchanges) == (0, 1, 2)
    agri = _par_id(base)["SRV03054"]
    assert agri.proprietaire == "Directrice, Programmes de gestion des risques"
    assert agri.volumes["en_ligne"] == Volume("donnees", 1200, 950)
    champs = {e.champ for e in journal.entrees(base.conn, "service", agri.pk) if e.action == "import"}
    assert "volume_en_ligne" in champs


def test_un_numero_en_double_dans_le_fichier(tmp_path, base):
    lignes = lignes_actuelles() + [ligne_actuelle(service_name_fr="Agri-stabilité (volet 2)")]
    chemin = fichier_actuel(tmp_path, lignes=lignes)
    analyse, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert r.crees == 4  # chaque ligne arrive
    assert [p.code for p in analyse.avertissements].count("double_fichier") == 2
    _, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert (r.crees, r.inchanges) == (0, 4)


# --- tout ou rien ----------------------------------------------------------------------------
def test_une_erreur_et_rien_n_est_importe(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    avant = DepotServices(base).services()
    lignes = lignes_actuelles()
    lignes[1]["num_applications_online"] = "beaucoup"
    lignes[2]["fiscal_yr"] = "2023"
    lignes[0]["num_applications_online"] = "5000"  # une ligne valide qui changerait
    chemin = fichier_actuel(tmp_path, "erreurs.csv", lignes)
    analyse, resultat = donnees_ouvertes.importer_fichier(base, chemin)
    assert resultat is None
    assert [(p.ligne, p.colonne, p.valeur) for p in analyse.erreurs] == [
        (5, "num_applications_online", "beaucoup"), (8, "fiscal_yr", "2023")]
    assert DepotServices(base).services() == avant
    assert "nombre entier" in analyse.erreurs[0].texte("fr")
    assert "whole number" in analyse.erreurs[0].texte("en")
    rapport = list(csv.reader(io.StringIO(importation.rapport_csv(analyse.problemes, "en"))))
    assert rapport[0] == ["Row", "Column", "Value", "Severity", "Problem"]
    assert rapport[1][:4] == ["5", "num_applications_online", "beaucoup", "Error"]
    with pytest.raises(ValueError):
        donnees_ouvertes.importer(base, analyse)


@pytest.mark.parametrize("contenu, code", [
    (b"", "vide"),
    (b"   \r\n", "vide"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pas_csv"),
    (b"nom,prenom\r\nTremblay,Marie\r\n", "aucune_colonne"),
    (b"fiscal_yr,service_id,service_name_en\r\n2023-2024,1,A\r\n", "entete_inconnue"),
])
def test_fichiers_refuses_en_entier(tmp_path, base, contenu, code):
    chemin = tmp_path / "mauvais.csv"
    chemin.write_bytes(contenu)
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        donnees_ouvertes.analyser(base, chemin)
    assert exc.value.code == code
    assert exc.value.texte("fr") and exc.value.texte("en") != exc.value.texte("fr")
    assert DepotServices(base).nombre() == 0


def test_derniere_ligne_tronquee(tmp_path, base):
    texte = texte_csv(COLONNES_ACTUELLES, lignes_actuelles())
    coupe = texte[: texte.rindex("Agri-stabilité") + 5]  # au milieu d'une cellule entre guillemets ?
    analyse, resultat = donnees_ouvertes.importer_fichier(base, ecrire(tmp_path / "coupe.csv", coupe))
    assert resultat is None
    assert [p.code for p in analyse.erreurs] == ["ligne_tronquee"]
    assert DepotServices(base).nombre() == 0


def test_fichier_trop_gros_introuvable_ou_illisible(tmp_path, base, monkeypatch):
    chemin = fichier_actuel(tmp_path)
    monkeypatch.setattr(fichier_csv, "LIMITE_MO", 0)
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        donnees_ouvertes.analyser(base, chemin)
    assert exc.value.code == "trop_volumineux" and "Mo" in exc.value.texte("fr")
    monkeypatch.undo()
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        donnees_ouvertes.analyser(base, tmp_path / "disparu.csv")
    assert exc.value.code == "introuvable"
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        donnees_ouvertes.analyser(base, tmp_path)  # un dossier : illisible
    assert exc.value.code == "illisible"


def test_fichier_qui_disparait_en_cours_de_lecture(tmp_path, monkeypatch):
    chemin = fichier_actuel(tmp_path)
    vrai_open = open

    class Disparait:
        def __init__(self, *a, **k):
            self.f = vrai_open(*a, **k)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def read(self, n):
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(fichier_csv, "open", Disparait, raising=False)
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        fichier_csv.lire(chemin)
    assert exc.value.code == "illisible"
    # La cause dite dans la langue du message, jamais le strerror anglais.
    assert "erreur de lecture ou d'écriture du disque" in exc.value.texte("fr")
    assert "Input/output error" not in exc.value.texte("fr")


# --- normes de service -----------------------------------------------------------------------
def test_normes_de_service_rattachees_a_leur_service(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    analyse, r = donnees_ouvertes.importer_fichier(base, fichier_normes(tmp_path))
    assert (r.crees, r.services_crees) == (2, 0)
    assert [p.code for p in analyse.avertissements] == ["rendement_superieur"]
    agri = _par_id(base)["SRV03054"]
    normes = DepotNormes(base).pour_service(agri.pk)
    assert [n.norme_id for n in normes] == ["STAN00000001", "STAN00000002"]
    assert normes[0].cible == 0.8 and normes[0].rendement == 0.9 and normes[0].cible_atteinte == "oui"
    assert normes[0].type_norme == "TML" and normes[0].canal == "ONL"
    assert agri.normes_service == "oui" and agri.cibles_rendement == "oui"   # éléments 16 et 17
    # réimport : rien ne double
    _, r = donnees_ouvertes.importer_fichier(base, fichier_normes(tmp_path))
    assert (r.crees, r.modifies, r.inchanges) == (0, 0, 2)
    # aller-retour des 24 colonnes
    donnees_ouvertes.exporter_normes_csv(base, tmp_path / "n.csv")
    assert (tmp_path / "n.csv").read_bytes() == fichier_normes(tmp_path).read_bytes()


def test_norme_dont_le_service_manque(tmp_path, base):
    lignes = [ligne_norme(service_id="SRV09999", service_name_fr="Service orphelin", service_name_en="Orphan")]
    analyse = donnees_ouvertes.analyser(base, fichier_normes(tmp_path, lignes))
    assert [p.code for p in analyse.avertissements] == ["norme_sans_service"]
    r = donnees_ouvertes.importer(base, analyse)
    assert r.services_crees == 1
    orphelin = _par_id(base)["SRV09999"]
    assert orphelin.nom_fr == "Service orphelin" and orphelin.normes_service == "oui"
    assert len(DepotNormes(base).pour_service(orphelin.pk)) == 1


# --- classeur --------------------------------------------------------------------------------
def test_classeur_xlsx_une_feuille_par_table(tmp_path, base):
    from openpyxl import load_workbook

    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    donnees_ouvertes.importer_fichier(base, fichier_normes(tmp_path))
    lignes = lignes_actuelles()
    lignes[0]["special_remarks_fr"] = "=HYPERLINK(\"x\")"
    chemin = tmp_path / "r.xlsx"
    assert donnees_ouvertes.exporter_xlsx(base, chemin, "2023-2024") == 2
    classeur = load_workbook(chemin)
    assert classeur.sheetnames == ["Services", "Normes de service", "Volumes", "Exercices", "Services internes",
                                   "Services électroniques (2.9.4)", "Détail du calcul (2.9.4)"]
    services = list(classeur["Services"].values)
    assert list(services[0]) == list(COLONNES_ACTUELLES) and len(services) == 3
    assert list(classeur["Normes de service"].values)[0] == tuple(COLONNES_NORMES)
    assert len(list(classeur["Volumes"].values)) == 1 + 2 * 4
    assert list(classeur["Exercices"].values)[1][0] == "2023-2024"
    anglais = tmp_path / "en.xlsx"
    donnees_ouvertes.exporter_xlsx(base, anglais, None, "en")
    assert load_workbook(anglais).sheetnames == ["Services", "Service standards", "Volumes", "Fiscal years",
                                                 "Internal services", "E-enabled services (2.9.4)",
                                                 "Calculation detail (2.9.4)"]


def test_export_ne_laisse_jamais_un_fichier_a_moitie_ecrit(tmp_path, base, monkeypatch):
    from gesserv_bureau.domaine import exportation

    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    cible = tmp_path / "existant.csv"
    cible.write_text("ancien contenu")

    def panne(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exportation.os, "replace", panne)
    with pytest.raises(OSError):
        donnees_ouvertes.exporter_csv(base, cible)
    assert cible.read_text() == "ancien contenu"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".existant")] == []


def test_annuler_la_suppression_d_un_service_rend_ses_normes(tmp_path, base):
    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    donnees_ouvertes.importer_fichier(base, fichier_normes(tmp_path))
    depot = DepotServices(base)
    agri = _par_id(base)["SRV03054"]
    avant = DepotNormes(base).pour_service(agri.pk)
    assert len(avant) == 2
    supprime = depot.supprimer(agri.pk)
    assert DepotNormes(base).pour_service(agri.pk) == []
    depot.restaurer(supprime)
    assert DepotNormes(base).pour_service(agri.pk) == avant
