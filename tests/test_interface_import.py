"""L'import, l'export et la qualité des données, par la vraie fenêtre, comme un utilisateur."""

from __future__ import annotations

import csv
import io
import threading

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fichiers_gc import fichier_2016_2018, fichier_actuel, fichier_normes, fichier_normes_2017_2020, lignes_actuelles
from gesserv_bureau.domaine import fichier_csv, importation
from gesserv_bureau.interface import taches
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_interface import ouvrir_fenetre, pk_de


def _attendre_analyse(qtbot, dialogue):
    qtbot.waitUntil(lambda: not dialogue._en_cours and (dialogue.analyse is not None or bool(dialogue.erreur)),
                    timeout=10000)


def _importer(qtbot, fenetre, chemin):
    dialogue = fenetre.importer_donnees(chemin)
    _attendre_analyse(qtbot, dialogue)
    assert dialogue.bouton_importer.isEnabled(), dialogue.etat.text()
    qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogue.resultat is not None, timeout=10000)
    return dialogue


def test_un_fichier_avec_erreurs_se_montre_ligne_par_ligne_et_n_importe_rien(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=False)
    lignes = lignes_actuelles()
    lignes[1]["num_applications_online"] = "beaucoup"
    dialogue = fenetre.importer_donnees(fichier_actuel(tmp_path, "mauvais.csv", lignes))
    _attendre_analyse(qtbot, dialogue)
    assert not dialogue.bouton_importer.isEnabled()
    assert "Rien ne sera importé" in dialogue.etat.text()
    table = dialogue.problemes
    rangees = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert ["5", "num_applications_online", "beaucoup", "Erreur"] == rangees[0][:4]
    assert "nombre entier" in rangees[0][4]
    assert dialogue.onglets.tabText(1) == "Problèmes (2)"
    # le rapport s'enregistre en CSV, dans la langue de l'utilisateur
    rapport = dialogue.enregistrer_rapport(tmp_path / "rapport.csv")
    lu = list(csv.reader(io.StringIO(rapport.read_bytes().decode("utf-8-sig"))))
    assert lu[0] == ["Ligne", "Colonne", "Valeur", "Gravité", "Problème"] and lu[1][:3] == ["5", "num_applications_online", "beaucoup"]
    qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)  # désactivé : rien
    assert DepotServices(fenetre.base).nombre() == 0
    dialogue.close()


def test_importer_puis_controler_la_qualite_puis_aller_au_service(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=False)
    dialogue = _importer(qtbot, fenetre, fichier_actuel(tmp_path))
    assert (dialogue.resultat.crees, dialogue.resultat.modifies) == (3, 0)
    assert "services ajoutés : 3" in dialogue.etat.text()
    assert not dialogue.bouton_importer.isEnabled()   # pas deux fois
    dialogue.close()
    # la table montre l'exercice importé, la qualité est contrôlée dans son onglet
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 2, timeout=5000)
    assert fenetre.controleur.exercice == "2023-2024"
    qtbot.waitUntil(lambda: fenetre._qualite is not None and fenetre._qualite._heure != "", timeout=5000)
    assert fenetre.onglets.currentIndex() == 1
    panneau = fenetre.qualite
    codes = [c.code for c in panneau.constats_affiches()]
    # ce que le fichier ne pouvait pas dire est à compléter (suggestion); seule erreur : le type
    # ambigu (« CER ») du service 1234
    assert {"elements_manquants", "a_completer_hors_fichier", "donnees_non_disponibles"} <= set(codes)
    assert "erreurs : 1," in panneau.resume.text()
    # filtrer par gravité
    panneau.gravite.setCurrentIndex(panneau.gravite.findData("suggestion"))
    assert {c.gravite for c in panneau.constats_affiches()} == {"suggestion"}
    assert panneau.table.rowCount() == len(panneau.constats_affiches())
    # Entrée sur un constat : le service s'ouvre dans le répertoire
    cible = panneau.constats_affiches()[0]
    panneau.table.setCurrentCell(0, 0)
    qtbot.keyClick(panneau.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fenetre.formulaire.service() is not None and fenetre.formulaire.service().pk == cible.service_pk,
                    timeout=5000)
    assert fenetre.onglets.currentIndex() == 0
    assert fenetre.formulaire.groupe_normes.fichier.rowCount() > 5   # ce que le fichier portait en plus


def test_reimporter_ne_double_rien_et_exporter_redonne_le_fichier(qtbot, tmp_path):
    origine = fichier_actuel(tmp_path)
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=False)
    _importer(qtbot, fenetre, origine).close()
    deuxieme = _importer(qtbot, fenetre, origine)
    assert (deuxieme.resultat.crees, deuxieme.resultat.inchanges) == (0, 3)
    deuxieme.close()
    assert DepotServices(fenetre.base).nombre() == 3
    # exporter l'exercice affiché : les lignes de 2023-2024, telles qu'importées
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 2, timeout=5000)
    sortie = fenetre.exporter("csv", tmp_path / "export.csv")
    attendu = [l for l in lignes_actuelles() if l["fiscal_yr"] == "2023-2024"]
    lu = list(csv.DictReader(io.StringIO(sortie.read_bytes().decode("utf-8-sig"), newline="")))
    assert lu == attendu
    assert "Lignes exportées : 2" in fenetre.statusBar().currentMessage()
    xlsx = fenetre.exporter("xlsx", tmp_path / "export.xlsx")
    from openpyxl import load_workbook

    assert load_workbook(xlsx)["Services"].max_row == 3


def test_les_normes_de_service_apparaissent_sur_le_formulaire(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=False)
    _importer(qtbot, fenetre, fichier_actuel(tmp_path)).close()
    _importer(qtbot, fenetre, fichier_normes(tmp_path)).close()
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 2, timeout=5000)
    fenetre.onglets.setCurrentIndex(0)
    fenetre.selectionner_pk(pk_de(fenetre, "SRV03054"))
    table = fenetre.formulaire.groupe_normes.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    assert table.item(0, 0).text().startswith("Paiement versé en 60 jours")
    assert table.item(0, 1).text() == "80\u00a0%" and table.item(0, 2).text() == "90\u00a0%"
    assert table.item(0, 3).text() == "Oui"
    assert fenetre.formulaire.normes_service.code() == "oui"   # élément 16, déduit des normes


def test_fichier_refuse_message_clair_et_rien_d_importe(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "en", demo=False)
    mauvais = tmp_path / "photo.csv"
    mauvais.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dialogue = fenetre.importer_donnees(mauvais)
    _attendre_analyse(qtbot, dialogue)
    assert dialogue.etat.text() == "File “photo.csv” is not a CSV (comma-separated text) file."
    assert not dialogue.bouton_importer.isEnabled()
    vide = tmp_path / "vide.csv"
    vide.write_bytes(b"")
    dialogue.analyser_fichier(vide)
    _attendre_analyse(qtbot, dialogue)
    assert dialogue.etat.text() == "File “vide.csv” is empty."
    assert DepotServices(fenetre.base).nombre() == 0
    dialogue.close()


def test_annuler_une_analyse_en_cours_la_fenetre_reste_utilisable(qtbot, tmp_path, monkeypatch):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=False)
    commencee = threading.Event()

    def lente(chemin, progression=None, annule=None, connues=frozenset()):
        commencee.set()
        while not annule():
            progression(0.5)
            threading.Event().wait(0.01)
        raise fichier_csv.ErreurFichier("annule")

    monkeypatch.setattr(importation, "analyser", lente)
    dialogue = fenetre.importer_donnees(fichier_actuel(tmp_path))
    assert commencee.wait(5)
    qtbot.waitUntil(lambda: dialogue.progres.value() == 500, timeout=5000)
    assert dialogue.bouton_fermer.text() == "Annuler" and not dialogue.bouton_choisir.isEnabled()
    QApplication.processEvents()   # l'interface répond pendant l'analyse
    qtbot.mouseClick(dialogue.bouton_fermer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogue.erreur != "", timeout=5000)
    assert dialogue.erreur == "Import annulé : rien n'a été importé."
    assert dialogue.bouton_fermer.text() == "Fermer"
    assert DepotServices(fenetre.base).nombre() == 0
    dialogue.close()


def test_la_saisie_en_attente_est_enregistree_avant_l_import(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=True)
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() > 0, timeout=5000)
    fenetre.table.selectRow(0)
    pk = fenetre.formulaire.service().pk
    fenetre.formulaire.proprietaire.clear()
    qtbot.keyClicks(fenetre.formulaire.proprietaire, "Mme Gagnon")
    assert fenetre.controleur.en_attente()
    _importer(qtbot, fenetre, fichier_actuel(tmp_path)).close()
    taches.attendre_toutes()
    assert DepotServices(fenetre.base).charger(pk).proprietaire == "Mme Gagnon"


def test_le_tableau_de_bord_dans_son_onglet_suit_l_import_et_le_service_choisi(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr", demo=False)
    _importer(qtbot, fenetre, fichier_actuel(tmp_path)).close()
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 2, timeout=5000)
    fenetre.act_onglet_tableau.trigger()   # Ctrl+3
    assert fenetre.onglets.currentWidget() is fenetre.tableau
    tableau = fenetre.tableau
    qtbot.waitUntil(lambda: tableau._donnees is not None, timeout=5000)
    donnees = tableau._donnees
    assert donnees.exercice == "2023-2024" and donnees.exercices == ("2022-2023", "2023-2024")
    # les demandes du ministère : 1000 en ligne pour Agri-stabilité, 20 + 20 en personne, 5 + 5 autres
    assert donnees.canaux_ministere.par_canal["en_ligne"] == 1000
    assert donnees.canaux_ministere.par_canal["en_personne"] == 40
    assert donnees.canaux_ministere.par_canal["autres"] == 10
    textes = tableau.cartes["canaux_ministere"].textes()
    assert any("1\u00a0000" in " ".join(ligne) for ligne in textes)
    # un autre service : son graphique suit
    combo = tableau.choix_service
    autre = next(i for i in range(combo.count()) if combo.itemData(i) != donnees.service_pk)
    pk = combo.itemData(autre)
    combo.setCurrentIndex(autre)
    qtbot.waitUntil(lambda: tableau._donnees.service_pk == pk, timeout=5000)
    assert fenetre._service_tableau == pk


@pytest.mark.parametrize("langue, repertoire, normes, identiques", [
    ("fr", "Répertoire des services 2016-2018 (41 colonnes, numéros par ministère)",
     "Normes de service 2017-2020 (25 colonnes)", "Dont 3 lignes identiques à leur dernier import"),
    ("en", "Service inventory 2016–2018 (41 columns, IDs per department)",
     "Service standards 2017–2020 (25 columns)", "Including 3 rows identical to their last import"),
])
def test_un_format_ancien_se_nomme_dans_la_langue_de_l_utilisateur(qtbot, tmp_path, langue, repertoire, normes,
                                                                  identiques):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue, demo=False)
    chemin = fichier_2016_2018(tmp_path)
    dialogue = _importer(qtbot, fenetre, chemin)
    assert dialogue.resultat.crees == 3
    dialogue.close()
    # réimporté : le même nom du format, et les lignes identiques dites comme telles
    dialogue = fenetre.importer_donnees(chemin)
    _attendre_analyse(qtbot, dialogue)
    assert dialogue.etat.text().startswith(repertoire), dialogue.etat.text()
    assert identiques in dialogue.etat.text()
    dialogue.close()
    dialogue = _importer(qtbot, fenetre, fichier_normes_2017_2020(tmp_path))
    assert dialogue.resultat.services_crees == 1 and dialogue.resultat.crees == 2
    dialogue.close()
    dialogue = fenetre.importer_donnees(fichier_normes_2017_2020(tmp_path))
    _attendre_analyse(qtbot, dialogue)
    assert dialogue.etat.text().startswith(normes), dialogue.etat.text()
    dialogue.close()
