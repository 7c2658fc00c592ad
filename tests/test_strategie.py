"""La stratégie de gestion des services écrite par les vrais widgets, comme un responsable de
la stratégie : approuvée, figée, puis mise à jour (2.5.5) avec exactement ce qui a changé."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.interface.strategie.fenetre_strategie import DialogueStrategies, FenetreStrategie
from gesserv_bureau.interface.strategie.plan_travail import COL_DATE, COL_ETAT, COL_MESURE, COL_SECTEUR
from gesserv_bureau.stockage import journal


def _taper(qtbot, champ, texte: str) -> None:
    """Tape ``texte`` au clavier dans ``champ`` (une ligne ou un texte sur plusieurs lignes),
    comme un responsable de la stratégie : ce qu'il contenait est sélectionné puis effacé, chaque
    caractère est une frappe (accents compris : QTest.keyClicks ne sait taper que l'ASCII),
    chaque fin de ligne la touche Entrée. Le champ montre ensuite exactement ``texte``."""
    from PySide6.QtTest import QTest

    champ.setFocus()
    QTest.keyClick(champ, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # tout sélectionner
    QTest.keyClick(champ, Qt.Key.Key_Delete)
    for car in texte:
        if car == "\n":
            QTest.keyClick(champ, Qt.Key.Key_Return)
        elif car.isascii() and car.isprintable():
            QTest.keyClick(champ, car)
        else:
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(action, champ, Qt.Key.Key_unknown, car, Qt.KeyboardModifier.NoModifier)
    assert (champ.toPlainText() if hasattr(champ, "toPlainText") else champ.text()) == texte


def _ecrire_toute_la_strategie(qtbot, fenetre: FenetreStrategie) -> None:
    st = fenetre.st
    # 1 Sommaire
    fenetre.aller_a("sommaire")
    e = fenetre.editeur("sommaire")
    _taper(qtbot, e.champs["but"], "Améliorer l'expérience des clients de nos services prioritaires.")
    _taper(qtbot, e.champs["echeance"], "2025-2028")
    _taper(qtbot, e.champs["gouvernance"], "Comité exécutif des services, présidé par la SMA.")
    assert fenetre.etats()[0] == "complete"
    # 2 Contexte ministériel, avec les services que la stratégie couvre
    fenetre.aller_a("contexte")
    e = fenetre.editeur("contexte")
    _taper(qtbot, e.champs["operationnel"], "Un ministère à vocation économique, 4 services prioritaires.")
    _taper(qtbot, e.champs["mandat"], "Loi sur le ministère de l'Agriculture et de l'Agroalimentaire.")
    assert fenetre.etats()[1] == "commencee"
    _taper(qtbot, e.champs["liens"], "Plan ministériel, Stratégie numérique.")
    for i in range(2):
        e.liste_services.item(i).setCheckState(Qt.CheckState.Checked)
    assert len(st.services) == 2 and fenetre.etats()[1] == "complete"
    # 3 Vision
    fenetre.aller_a("vision")
    _taper(qtbot, fenetre.editeur("vision").champs["enonce"], "Des services simples, en ligne et fiables.")
    # 4 FFPM : la grille 2 × 2
    fenetre.aller_a("ffpm")
    e = fenetre.editeur("ffpm")
    for code, texte in (("forces", "Personnel expérimenté\nNormes publiées"), ("faiblesses", "Systèmes vieillissants"),
                        ("possibilites", "Identifiant numérique"), ("menaces", "Compressions budgétaires")):
        _taper(qtbot, e.cadrans[code][1], texte)
    assert st.ffpm["forces"] == ["Personnel expérimenté", "Normes publiées"]
    # 5 Objectifs et initiatives
    fenetre.aller_a("objectifs")
    e = fenetre.editeur("objectifs")
    e.nouvel_objectif("Offrir en ligne de bout en bout les services prioritaires")
    qtbot.mouseClick(e.ajouter_initiative, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(e.champs["nom"], "Demande en ligne Agri-stabilite")
    _taper(qtbot, e.champs["description"], "Formulaire en ligne et suivi de la demande.")
    _taper(qtbot, e.champs["justification"], "Service prioritaire à fort volume.")
    _taper(qtbot, e.champs["cibles"], "80 % des demandes en ligne")
    e.portee.item(0).setCheckState(Qt.CheckState.Checked)
    e.vises.item(0).setCheckState(Qt.CheckState.Checked)
    assert st.initiatives[0]["services"] and st.initiatives[0]["objectifs"] == [st.objectifs[0]["id"]]
    # 6 Cadre de rendement
    fenetre.aller_a("rendement")
    e = fenetre.editeur("rendement")
    _taper(qtbot, e.champs["plan_mesure"], "Indicateurs trimestriels.")
    _taper(qtbot, e.champs["evaluation"], "Évaluation à mi-parcours.")
    # 7 Gestion des risques
    fenetre.aller_a("risques")
    e = fenetre.editeur("risques")
    qtbot.mouseClick(e.ajouter, Qt.MouseButton.LeftButton)
    e.table.item(0, 0).setText("Retard du projet TI")
    e.table.cellWidget(0, 1).setCurrentIndex(e.table.cellWidget(0, 1).findData("moyen"))
    e.table.cellWidget(0, 2).setCurrentIndex(e.table.cellWidget(0, 2).findData("eleve"))
    e.table.item(0, 3).setText("Suivi mensuel avec le DPI")
    assert st.risques[0]["probabilite"] == "moyen" and st.risques[0]["impact"] == "eleve"
    # Annexe : le plan de travail
    fenetre.aller_a("plan")
    plan = fenetre.editeur("plan")
    m = plan.ajouter_mesure(st.initiatives[0]["id"])
    rang = plan.modele.rang_de_mesure(m["id"])
    for col, valeur in ((COL_MESURE, "Élaborer le formulaire"), (COL_SECTEUR, "Division X1"),
                        (COL_DATE, "2026-03-31"), (COL_ETAT, "risque")):
        assert plan.modele.setData(plan.modele.index(rang, col), valeur)
    assert st.mesures[0]["etat"] == "risque" and st.mesures[0]["secteur"] == "Division X1"


def test_ecrire_approuver_puis_mettre_a_jour_une_strategie(qtbot, base):
    dialogue = DialogueStrategies(base, "fr", "2025-2026")
    qtbot.addWidget(dialogue)
    fenetre = dialogue.nouvelle("Stratégie de gestion des services 2025-2028")
    qtbot.addWidget(fenetre)
    assert fenetre.etats() == ["vide"] * 8
    # refusée tant qu'une section requise est vide
    assert fenetre.approuver("Comité exécutif") is False
    assert "sections requises sont vides" in fenetre.bandeau.text()
    _ecrire_toute_la_strategie(qtbot, fenetre)
    assert fenetre.etats() == ["complete"] * 8, fenetre.etats()
    # tout est déjà dans la base, saisie par saisie
    relue = planification.charger(base, fenetre.st.pk)
    assert relue.ffpm["menaces"] == ["Compressions budgétaires"] and relue.risques[0]["attenuation"] == "Suivi mensuel avec le DPI"
    # adapter la table des matières : ajouter, renommer, réordonner
    fenetre.toc.setCurrentRow(2)
    fenetre.ajouter_section("Consultation des clients")
    assert regles.titre_section(fenetre.st.sections[3], "fr") == "Consultation des clients"
    fenetre.renommer_section("Nos clients et nous")
    fenetre.deplacer(1)
    assert [s["type"] for s in fenetre.st.sections][3:5] == ["ffpm", "libre"]
    assert fenetre.approuver("Comité exécutif des services") is True
    approuvee = planification.charger(base, fenetre.st.pk)
    assert approuvee.statut == "approuvee" and approuvee.approuve_par == "Comité exécutif des services"
    assert approuvee.approuve_le and not fenetre.editeur("vision").widget().isEnabled()
    with pytest.raises(planification.StrategieFigee):
        planification.enregistrer(base, approuvee)
    assert any(e.action == "approbation" for e in journal.entrees(base.conn, "strategie", approuvee.pk))
    # la mise à jour annuelle : deux sections changées, exactement ces deux-là signalées
    maj = fenetre.mise_a_jour_annuelle("2026-2027")
    (fenetre_maj,) = [f for f in dialogue.fenetres if f.st.uuid == maj.uuid]
    assert maj.type == "mise_a_jour" and maj.reference_uuid == approuvee.uuid and maj.version == 2
    assert maj.approuve_par == "Comité exécutif des services"   # le même approbateur par défaut
    assert fenetre_maj.elements_changes() == []
    fenetre_maj.aller_a("vision")
    _taper(qtbot, fenetre_maj.editeur("vision").champs["enonce"], "Des services numériques d'abord, pour tous.")
    fenetre_maj.aller_a("risques")
    risques = fenetre_maj.editeur("risques")
    qtbot.mouseClick(risques.ajouter, Qt.MouseButton.LeftButton)
    risques.table.item(1, 0).setText("Pénurie de main-d'œuvre TI")
    assert fenetre_maj.elements_changes() == ["B", "G"]
    # replié sur sa première ligne, déplié d'un clic sur « suite › »
    assert "B. Vision" not in fenetre_maj.changements.text() and "suite" in fenetre_maj.changements.text()
    fenetre_maj.changements.linkActivated.emit("deplier:")
    assert "B. Vision" in fenetre_maj.changements.text()
    texte = fenetre_maj.changements.texte_entier()
    assert "B. Vision des services — modifié" in texte and "G. Plan d'évaluation et d'atténuation du risque — modifié" in texte
    assert "A. Contexte ministériel — inchangé" in texte and texte.count("— modifié") == 2
    relue = planification.charger(base, maj.pk)
    assert planification.changements(base, relue) == {"A": False, "B": True, "C": False, "D": False, "E": False, "F": False, "G": True}


def test_une_section_requise_vide_refuse_l_approbation(qtbot, base):
    st = planification.nouvelle(base, "Stratégie incomplète", "2025-2026")
    fenetre = FenetreStrategie(base, st, "fr")
    qtbot.addWidget(fenetre)
    _ecrire_toute_la_strategie(qtbot, fenetre)
    fenetre.aller_a("ffpm")
    for _groupe, champ in fenetre.editeur("ffpm").cadrans.values():
        champ.setPlainText("")
    assert fenetre.etats()[3] == "vide"
    assert fenetre.approuver("Comité exécutif") is False
    assert "Analyse FFPM ministérielle" in fenetre.bandeau.text()
    assert fenetre.toc.currentRow() == 3   # menée à la section vide
    assert planification.charger(base, st.pk).statut == "brouillon"
    with pytest.raises(regles.ApprobationRefusee):
        planification.approuver(base, planification.charger(base, st.pk), "Comité exécutif")


def test_une_nouvelle_version_reprend_tout_et_se_modifie(qtbot, base):
    st = planification.nouvelle(base, "Stratégie", "2025-2026")
    fenetre = FenetreStrategie(base, st, "en")
    qtbot.addWidget(fenetre)
    _ecrire_toute_la_strategie(qtbot, fenetre)
    assert "Complete" in fenetre.toc.item(0).text()
    assert fenetre.approuver("Executive committee")
    nouvelle = fenetre.nouvelle_version()
    assert nouvelle.version == 2 and nouvelle.statut == "brouillon" and nouvelle.origine_uuid == st.uuid
    assert nouvelle.ffpm == fenetre.st.ffpm and nouvelle.mesures == fenetre.st.mesures
    nouvelle.titre = "Stratégie révisée"
    planification.enregistrer(base, nouvelle)
    assert planification.charger(base, st.pk).titre == "Stratégie"   # la version approuvée n'a pas bougé


def test_retirer_un_objectif_ou_une_initiative_garde_la_strategie_coherente():
    st = regles.Strategie(titre="S")
    o1, o2 = regles.objectif("Un"), regles.objectif("Deux")
    st.objectifs = [o1, o2]
    i1 = regles.initiative("A", objectifs=[o1["id"], o2["id"]])
    i2 = regles.initiative("B", objectifs=[o1["id"]])
    st.initiatives = [i1, i2]
    st.mesures = [regles.mesure(i1["id"], "m1"), regles.mesure(i2["id"], "m2")]
    assert regles.retirer_objectif(st, 0)
    assert [i["objectifs"] for i in st.initiatives] == [[o2["id"]], []]
    assert regles.retirer_initiative(st, 0)
    assert [m["mesure"] for m in st.mesures] == ["m2"] and [i["nom"] for i in st.initiatives] == ["B"]
    assert not regles.retirer_initiative(st, 5) and not regles.retirer_objectif(st, -1)
