"""``gesserv-bureau qualite [--exercice …] --sortie F.csv`` (issue 17, point 5) : chaque constat
en une ligne (exercice, numéro d'ID, service, norme, règle, gravité, message), le même fichier
que l'onglet Qualité des données exporte; rien d'écrit sur un refus."""

from __future__ import annotations

import csv
import io

from fichiers_gc import fichier_actuel
from gesserv_bureau.stockage.base import ouvrir
from outils_tests import lancer_cli as lancer


def _lignes(chemin) -> list[list[str]]:
    return list(csv.reader(io.StringIO(chemin.read_bytes().decode("utf-8-sig"))))


def test_la_commande_ecrit_les_constats_de_l_onglet(capsys, chemin_cli, tmp_path, qtbot):
    assert lancer(capsys, "importer", str(fichier_actuel(tmp_path)))[0] == 0
    sortie = tmp_path / "constats.csv"
    code, texte, erreurs = lancer(capsys, "qualite", "--exercice", "2023-2024", "--sortie", str(sortie))
    assert code == 0, erreurs
    lignes = _lignes(sortie)
    assert lignes[0] == ["Exercice", "Numéro d'ID du service", "Service", "Numéro de la norme", "Règle", "Gravité",
                         "Constat"]
    regles = {(l[1], l[4], l[5]) for l in lignes[1:]}
    assert ("SRV03054", "a_completer_hors_fichier", "Suggestion") in regles
    assert ("1234", "elements_manquants", "Erreur") in regles            # le type ambigu « CER »
    assert not any(l[1] == "SRV03054" and l[5] == "Erreur" for l in lignes[1:])
    assert all(l[0] == "2023-2024" for l in lignes[1:])
    assert f"Constats : {len(lignes) - 1} (erreurs : 1," in texte

    # l'onglet Qualité de la fenêtre, sur la même base : le même fichier
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, chemin_cli, "fr", demo=False)
    fenetre.controleur.charger_exercice("2023-2024")
    fenetre.verifier_qualite()
    qtbot.waitUntil(lambda: fenetre._qualite is not None and fenetre._qualite._heure != "", timeout=5000)
    exporte = fenetre.qualite.exporter(tmp_path / "onglet.csv")
    assert _lignes(exporte) == lignes
    fenetre.close()


def test_en_anglais_et_tous_les_exercices(capsys, chemin_cli, tmp_path):
    assert lancer(capsys, "importer", str(fichier_actuel(tmp_path)))[0] == 0
    sortie = tmp_path / "findings.csv"
    code, texte, _ = lancer(capsys, "--langue", "en", "qualite", "--sortie", str(sortie))
    assert code == 0 and texte.startswith("Findings: ")
    lignes = _lignes(sortie)
    assert lignes[0] == ["Fiscal year", "Service ID", "Service", "Standard ID", "Rule", "Severity", "Finding"]
    assert {l[0] for l in lignes[1:]} == {"2022-2023", "2023-2024"}
    assert any(l[5] == "Suggestion" and l[6].startswith("To complete in the application:") for l in lignes[1:])


def test_un_exercice_illisible_ou_un_dossier_absent_n_ecrit_rien(capsys, chemin_cli, tmp_path):
    with ouvrir(chemin_cli):
        pass
    sortie = tmp_path / "constats.csv"
    code, _, erreurs = lancer(capsys, "qualite", "--exercice", "2023", "--sortie", str(sortie))
    assert code == 1 and "exercice invalide" in erreurs and not sortie.exists()
    absent = tmp_path / "absent" / "constats.csv"
    code, _, erreurs = lancer(capsys, "qualite", "--sortie", str(absent))
    assert code == 1 and "fichier ou dossier introuvable" in erreurs and not absent.exists()
