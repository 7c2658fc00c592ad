"""Les normes de service sur le formulaire du service (issue 17, points 1 et 2), par la vraie
fenêtre, au clavier et à la souris comme un utilisateur : ajouter une norme (un refus dit, rien
de perdu), mesurer ses résultats, voir son scénario du tableau 8, planifier une action et
l'envoyer au plan de travail d'une stratégie, retirer la norme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from outils_interface import ouvrir_fenetre, pk_de

from gesserv_bureau.cas import normes, planification
from gesserv_bureau.interface.dialogue_norme import DialogueNorme
from gesserv_bureau.interface.dialogue_suivi_norme import DialogueSuiviNorme

CLIC = Qt.MouseButton.LeftButton


def _fenetre(qtbot, tmp_path, langue="fr"):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    qtbot.waitUntil(lambda: fenetre.formulaire is not None, timeout=5000)
    fenetre.controleur.charger_exercice("2024-2025")
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 10, timeout=5000)
    pk = pk_de(fenetre, "AAC-001")
    fenetre.selectionner_pk(pk)
    groupe = fenetre.formulaire.groupe_normes
    qtbot.waitUntil(lambda: groupe._service is not None and groupe._service.pk == pk, timeout=5000)
    return fenetre, groupe, pk


def test_ajouter_mesurer_planifier_et_retirer_une_norme(qtbot, tmp_path, monkeypatch):
    fenetre, groupe, pk = _fenetre(qtbot, tmp_path)
    base = fenetre.base
    st = planification.nouvelle(base, "Stratégie 2025-2028", "2025-2026")
    assert groupe.vide.isVisible() and groupe.bouton_ajouter.isEnabled() and not groupe.bouton_suivi.isEnabled()
    vus = {}

    def saisir(dialogue: DialogueNorme):
        dialogue.show()
        qtbot.keyClicks(dialogue.champs["norme_id"], "STD-1")
        dialogue.champs["norme_fr"].setFocus()
        qtbot.keyClicks(dialogue.champs["norme_fr"], "Decision")
        dialogue.champs["norme_fr"].setPlainText("Décision en 30 jours")
        dialogue.canaux["ONL"].setChecked(True)
        dialogue.type_norme.setCurrentIndex(dialogue.type_norme.findData("TML"))
        dialogue.cible.lineEdit().selectAll()
        qtbot.keyClicks(dialogue.cible.lineEdit(), "90")
        qtbot.keyClicks(dialogue.champs["url_temps_reel_fr"], "canada.ca/attente")
        qtbot.mouseClick(dialogue.bouton_enregistrer, CLIC)
        # refusé : le message sous les champs, le champ fautif a le curseur, rien de perdu
        vus["message"] = dialogue.message.text()
        vus["ouvert"] = dialogue.result() == 0 and dialogue.isVisible()
        vus["garde"] = dialogue.champs["norme_fr"].toPlainText()
        dialogue.champs["url_temps_reel_fr"].setText("https://canada.ca/attente")
        qtbot.mouseClick(dialogue.bouton_enregistrer, CLIC)
        return dialogue.result()

    monkeypatch.setattr(DialogueNorme, "exec", saisir)
    qtbot.mouseClick(groupe.bouton_ajouter, CLIC)
    assert vus == {"message": "Adresse Web invalide : « canada.ca/attente » (attendu : https://…).", "ouvert": True,
                   "garde": "Décision en 30 jours"}
    (n,) = normes.normes_du_service(base, pk)
    assert (n.norme_id, n.norme_fr, n.canal, n.type_norme, n.cible, n.url_temps_reel_fr) == (
        "STD-1", "Décision en 30 jours", "ONL", "TML", 0.9, "https://canada.ca/attente")
    assert groupe.table.rowCount() == 1 and groupe.table.item(0, 1).text() == "90\u00a0%"
    assert groupe.norme_choisie().pk == n.pk and groupe.bouton_suivi.isEnabled()

    def suivre(dialogue: DialogueSuiviNorme):
        dialogue.show()
        dialogue.table.item(0, 0).setText("870")
        dialogue.table.item(0, 1).setText("1 000")
        vus["calcule"] = dialogue.table.item(0, 2).text()
        dialogue.table.item(1, 0).setText("300")
        dialogue.table.item(1, 1).setText("250")       # impossible : refusé, la saisie reste
        qtbot.mouseClick(dialogue.bouton_resultats, CLIC)
        vus["refus"] = dialogue.message.text()
        dialogue.table.item(1, 0).setText("200")
        qtbot.mouseClick(dialogue.bouton_resultats, CLIC)
        vus["scenario"] = dialogue.scenario.text()
        vus["proposees"] = [dialogue.proposees.itemText(i) for i in range(dialogue.proposees.count())]
        dialogue.proposees.setCurrentIndex(1)
        qtbot.mouseClick(dialogue.bouton_proposee, CLIC)
        assert dialogue.actions.rowCount() == 1 and dialogue.bouton_envoyer.isEnabled()
        dialogue.responsable.setText("DG des opérations")
        dialogue.echeance.setText("2025-09-30")
        qtbot.mouseClick(dialogue.bouton_action, CLIC)
        dialogue.strategies.setCurrentIndex(dialogue.strategies.findData(st.pk))
        qtbot.mouseClick(dialogue.bouton_envoyer, CLIC)
        vus["envoi"] = dialogue.message.text()
        vus["plan"] = dialogue.actions.item(0, 4).text()
        return 0

    monkeypatch.setattr(DialogueSuiviNorme, "exec", suivre)
    qtbot.mouseClick(groupe.bouton_suivi, CLIC)
    assert vus["calcule"] == "87,0\u00a0%"
    assert vus["refus"] == "T1 (avril à juin) : Le volume qui respecte la norme (300) dépasse le volume total (250)."
    assert vus["scenario"].startswith("Scénario 3 : Les résultats n'atteignent pas les normes — rendement 87,0")
    assert vus["proposees"][:2] == ["Repenser le processus opérationnel?", "Accroître la capacité?"]
    assert vus["envoi"] == "Action envoyée au plan de travail de « Stratégie 2025-2028 (2025-2026, v1) »."
    assert vus["plan"] == "Stratégie 2025-2028"
    s = normes.suivi(base, n.pk)
    assert (s.norme.volume_conforme, s.norme.volume_total, [(r.periode, r.volume_conforme) for r in s.trimestres]) == (
        870, 1000, [("T1", 200)])
    (a,) = s.actions
    assert (a.texte, a.responsable, a.echeance, a.scenario) == ("Accroître la capacité?", "DG des opérations",
                                                                "2025-09-30", "non_atteinte")
    mesures = planification.charger(base, st.pk).mesures
    assert [(m["mesure"], m["secteur"], m["date_prevue"]) for m in mesures] == [
        ("Accroître la capacité?", "DG des opérations", "2025-09-30")]
    # la liste du formulaire montre le rendement et le scénario
    assert groupe.table.item(0, 2).text() == "87\u00a0%"
    assert groupe.table.item(0, 4).text() == "3. Les résultats n'atteignent pas les normes"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    groupe.selectionner(n.pk)
    qtbot.mouseClick(groupe.bouton_retirer, CLIC)
    assert normes.charger(base, n.pk).retiree
    assert "Retirée le" in groupe.table.item(0, 0).text() and groupe.bouton_retirer.text() == "Rétablir"
    assert not groupe.bouton_modifier.isEnabled()


def test_en_anglais_les_milliers_a_la_virgule_et_les_textes_traduits(qtbot, tmp_path, monkeypatch):
    fenetre, groupe, pk = _fenetre(qtbot, tmp_path, "en")
    n = normes.creer(fenetre.base, pk, norme_id="STD-1", norme_fr="Décision en 30 jours",
                     norme_en="Decision within 30 days", cible=0.9, mise_en_oeuvre=True)
    fenetre.controleur.normes.afficher(fenetre.controleur.formulaire.service())
    assert groupe.bouton_suivi.text() == "Results and action plan…"
    assert groupe.table.item(0, 4).text() == "Implementation plan (2.7.10)"
    vus = {}

    def suivre(dialogue: DialogueSuiviNorme):
        dialogue.show()
        vus["titre"] = dialogue.groupe_tableau.title()
        dialogue.table.item(0, 0).setText("1,900")
        dialogue.table.item(0, 1).setText("2,000")
        vus["calcule"] = dialogue.table.item(0, 2).text()
        qtbot.mouseClick(dialogue.bouton_resultats, CLIC)
        vus["scenario"] = dialogue.scenario.text()
        return 0

    monkeypatch.setattr(DialogueSuiviNorme, "exec", suivre)
    groupe.selectionner(n.pk)
    qtbot.mouseClick(groupe.bouton_suivi, CLIC)
    assert vus["titre"] == "Implementation plan (2.7.10)" and vus["calcule"] == "95.0%"
    assert vus["scenario"].startswith("Scenario 1: Results exceed the standards — performance 95.0%, target 90.0%")
    assert normes.charger(fenetre.base, n.pk).volume_total == 2000


def test_une_base_en_lecture_seule_ne_laisse_rien_ajouter(qtbot, tmp_path):
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.cas import repertoire

    chemin = tmp_path / "r.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    fenetre = ouvrir_fenetre(qtbot, chemin, "fr", demo=False, lecture_seule=True)
    qtbot.waitUntil(lambda: fenetre.formulaire is not None, timeout=5000)
    fenetre.controleur.charger_exercice("2024-2025")
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 10, timeout=5000)
    fenetre.selectionner_pk(pk_de(fenetre, "AAC-001"))
    groupe = fenetre.formulaire.groupe_normes
    qtbot.waitUntil(lambda: groupe._service is not None, timeout=5000)
    assert not groupe.bouton_ajouter.isEnabled()


def test_l_historique_de_la_norme_suit_les_exercices(qtbot, tmp_path):
    """La norme reprise à l'exercice suivant : le dialogue de l'un montre les deux années."""
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.stockage.depot_services import DepotServices

    base = ouvrir(tmp_path / "r.sqlite")
    repertoire.charger_demo(base)
    depot = DepotServices(base)
    pk = depot.pk_par_id("2024-2025", "AAC-001")
    n = normes.creer(base, pk, norme_id="STD-1", norme_fr="Décision en 30 jours", cible=0.9)
    normes.mesurer_exercice(base, n.pk, 95, 100)
    depot.copier_exercice("2024-2025", "2025-2026")
    (suivante,) = normes.normes_du_service(base, depot.pk_par_id("2025-2026", "AAC-001"))
    dialogue = DialogueSuiviNorme(base, suivante.pk, "fr")
    qtbot.addWidget(dialogue)
    lignes = [[dialogue.historique.item(r, c).text() for c in range(5)] for r in range(dialogue.historique.rowCount())]
    assert lignes == [["2024-2025", "90,0\u00a0%", "95,0\u00a0%", "Les résultats dépassent les normes", "—"],
                      ["2025-2026", "90,0\u00a0%", "—", "—", "—"]]
    assert dialogue.historique.item(1, 0).font().bold() and not dialogue.historique.item(0, 0).font().bold()
    base.fermer()


def test_ouvrir_et_enregistrer_sans_rien_changer_ne_reecrit_rien(qtbot, tmp_path):
    """Une cible plus fine que l'affichage, un texte importé en CR LF, une tolérance de 0,25 point :
    passer par les dialogues sans rien toucher ne les change pas."""
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_services import DepotServices

    base = ouvrir(tmp_path / "r.sqlite")
    repertoire.charger_demo(base)
    pk = DepotServices(base).pk_par_id("2024-2025", "AAC-001")
    n = normes.creer(base, pk, norme_id="STD-1", norme_fr="Ligne 1\r\nLigne 2", cible=0.833333)
    normes.definir_tolerance(base, 0.0025)
    recus = []
    dialogue = DialogueNorme(normes.charger(base, n.pk), lambda v: recus.append(v), "fr")
    qtbot.addWidget(dialogue)
    assert dialogue.enregistrer() and recus == [{}]
    dialogue.cible.setValue(85)
    assert dialogue.changees() == {"cible": 0.85}
    suivi = DialogueSuiviNorme(base, n.pk, "fr")
    qtbot.addWidget(suivi)
    suivi.tolerance.editingFinished.emit()
    assert normes.tolerance(base) == 0.0025 and suivi.tolerance.value() == 0.25
    relue = normes.charger(base, n.pk)
    assert (relue.cible, relue.norme_fr) == (0.833333, "Ligne 1\r\nLigne 2")
    base.fermer()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_la_fiche_de_la_norme_ne_deborde_pas_en_largeur(qtbot, langue):
    """Les libellés français des modes sont longs : la fiche défile en hauteur, jamais en largeur."""
    from PySide6.QtWidgets import QApplication

    from gesserv_bureau.domaine.norme import NormeService

    n = NormeService(exercice="2024-2025", service_id="S", norme_id="N", norme_fr="A", canal="ONL,TEL", cible=0.9)
    dialogue = DialogueNorme(n, lambda _v: None, langue)
    qtbot.addWidget(dialogue)
    dialogue.show()
    qtbot.waitExposed(dialogue)
    QApplication.processEvents()
    assert dialogue.defilement.widget().minimumSizeHint().width() <= dialogue.defilement.viewport().width()
    assert dialogue.cible.text() == ("90,00 %" if langue == "fr" else "90.00 %")


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_les_en_tetes_des_normes_tiennent_dans_le_formulaire_a_1366(qtbot, tmp_path, langue):
    """Le formulaire fait environ 400 px à 1366 × 768 : chaque en-tête de la table des normes tient dans
    sa colonne (jamais coupé des deux côtés); le nom entier du scénario est dans la bulle."""
    fenetre, groupe, pk = _fenetre(qtbot, tmp_path, langue)
    fenetre.resize(1366, 768)
    normes.creer(fenetre.base, pk, norme_id="STD-1", norme_fr="Décision en 30 jours",
                 norme_en="Decision within 30 days", cible=0.9)
    fenetre.controleur.normes.afficher(fenetre.controleur.formulaire.service())
    qtbot.wait(50)
    entete = groupe.table.horizontalHeader()
    mesure = entete.fontMetrics()
    for col in range(groupe.table.columnCount()):
        texte = groupe.table.horizontalHeaderItem(col).text()
        assert mesure.horizontalAdvance(texte) + 8 <= entete.sectionSize(col), (texte, entete.sectionSize(col))
    assert groupe.table.horizontalHeaderItem(4).toolTip() == \
        ("Scenario (Table 8)" if langue == "en" else "Scénario (tableau 8)")
