"""La fenêtre principale, conduite comme un responsable de service la conduirait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from gesserv_bureau.cas import repertoire
from gesserv_bureau.domaine.recherche import replier
from gesserv_bureau.interface.modele_inventaire import COL_EN_LIGNE, COL_NOM
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_interface import attendre_sommaire, fermer, ouvrir_fenetre, pk_de


@pytest.fixture
def chemin(tmp_path):
    return tmp_path / "repertoire.sqlite"


@pytest.fixture
def fenetre(qtbot, chemin):
    f = ouvrir_fenetre(qtbot, chemin)
    yield f
    if f.isVisible():
        fermer(f)


@pytest.fixture
def repondre(monkeypatch):
    """Répond d'avance aux questions (QMessageBox.question) et garde leur texte."""
    questions = []

    def installer(reponse=QMessageBox.StandardButton.Yes):
        def question(parent, titre, texte, *args, **kwargs):
            questions.append(texte)
            return reponse

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return questions

    return installer


def relire(source, pk):
    """Relit un service dans la base : celle d'une fenêtre ouverte, ou un fichier fermé."""
    if hasattr(source, "base"):
        return DepotServices(source.base).charger(pk)
    with ouvrir(source, rotation=False) as base:
        return DepotServices(base).charger(pk)


def titre_colonne(fenetre, colonne):
    """Le titre que l'en-tête de la table affiche."""
    return fenetre.table.horizontalHeader().model().headerData(colonne, Qt.Orientation.Horizontal)


def choisir(fenetre, qtbot, service_id):
    pk = pk_de(fenetre, service_id)
    fenetre.selectionner_pk(pk)
    qtbot.waitUntil(lambda: fenetre.formulaire.service() is not None and fenetre.formulaire.service().pk == pk)
    return pk


def test_la_table_montre_le_repertoire_de_demonstration(fenetre):
    assert fenetre.modele.rowCount() == 10
    assert titre_colonne(fenetre, COL_NOM) == "Nom du service"
    noms = {fenetre.modele.ligne(r).nom_fr for r in range(10)}
    assert {"Agri-stabilité", "Programme de déglaçage"} <= noms
    assert "Services affichés : 10 sur 10" in fenetre.etat_compte.text()


def test_une_saisie_est_enregistree_sans_bouton_enregistrer(fenetre, qtbot, chemin):
    pk = choisir(fenetre, qtbot, "PC-007")
    champ = fenetre.formulaire.proprietaire
    champ.clear()
    qtbot.keyClicks(champ, "Agence Parcs Canada")
    # la base reçoit la saisie après le court délai, sans aucune autre action
    qtbot.waitUntil(lambda: fenetre.base.db.execute(
        "SELECT proprietaire FROM service WHERE pk = ?", [pk]).fetchone()[0] == "Agence Parcs Canada", timeout=3000)
    # la table suit, et le journal garde qui a changé quoi
    assert fenetre.modele.ligne(fenetre.modele.rang_de(pk)).proprietaire == "Agence Parcs Canada"
    entree = repertoire.journal(fenetre.base)[0]
    assert (entree.champ, entree.avant, entree.apres) == ("proprietaire", "Parcs Canada", "Agence Parcs Canada")


def test_la_fermeture_ecrit_ce_qui_vient_d_etre_tape(qtbot, chemin):
    f = ouvrir_fenetre(qtbot, chemin)
    pk = choisir(f, qtbot, "TC-031")
    qtbot.keyClicks(f.formulaire.programme_id, "-B")
    fermer(f)  # tout de suite, avant l'échéance de la minuterie
    assert relire(chemin, pk).programme_id == "P-1.3-B"


def test_les_messages_de_validation_apparaissent_sous_le_champ(fenetre, qtbot):
    choisir(fenetre, qtbot, "AAC-001")
    formulaire = fenetre.formulaire
    message = formulaire._messages["nom_en"]
    assert message.isHidden()
    formulaire.nom_en.selectAll()
    qtbot.keyClick(formulaire.nom_en, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: message.isVisible(), timeout=3000)
    assert "le nom du service doit figurer en français et en anglais" in message.text()

    # un numéro d'ID déjà pris : une erreur, nommée clairement
    formulaire.service_id.clear()
    qtbot.keyClicks(formulaire.service_id, "GCC-014")
    message_id = formulaire._messages["service_id"]
    qtbot.waitUntil(lambda: message_id.isVisible(), timeout=3000)
    assert "« GCC-014 » est déjà attribué" in message_id.text()


def test_un_type_interne_sur_un_service_externe_est_signale(fenetre, qtbot):
    choisir(fenetre, qtbot, "INT-RH-01")
    formulaire = fenetre.formulaire
    # passer le service en externe : le type « ressources humaines » (annexe 1D) ne convient plus
    formulaire.portee.setCurrentIndex(formulaire.portee.findData("externe"))
    message = formulaire._messages["type_service"]
    qtbot.waitUntil(lambda: message.isVisible(), timeout=3000)
    assert "annexe 1C" in message.text()


def test_le_volume_distingue_ne_s_applique_pas_et_non_disponible(fenetre, qtbot, chemin):
    pk = choisir(fenetre, qtbot, "TC-031")
    ligne = fenetre.formulaire.volumes["telephone"]
    ligne.etat.setCurrentIndex(ligne.etat.findData("non_disponible"))
    assert not ligne.demandes.isEnabled()
    ligne_poste = fenetre.formulaire.volumes["poste"]
    ligne_poste.etat.setCurrentIndex(0)  # pas encore répondu
    qtbot.keyClicks(ligne_poste.demandes, "120")
    assert ligne_poste.etat.code() == "donnees"  # taper un chiffre dit que des données existent
    qtbot.waitUntil(lambda: not fenetre.controleur.en_attente(), timeout=3000)
    service = relire(fenetre, pk)
    assert service.volumes["telephone"].etat == "non_disponible"
    assert service.volumes["en_personne"].etat == "sans_objet"
    assert (service.volumes["poste"].etat, service.volumes["poste"].demandes) == ("donnees", 120)


def test_le_pourcentage_en_ligne_suit_les_points_d_interaction(fenetre, qtbot):
    choisir(fenetre, qtbot, "AAC-001")
    formulaire = fenetre.formulaire
    assert "83" in formulaire.pourcentage.text()
    point = formulaire.points["delivrance"]
    point.setCurrentIndex(point.findData("oui"))
    assert "100" in formulaire.pourcentage.text()
    qtbot.waitUntil(lambda: fenetre.modele.ligne(fenetre.modele.rang_de(formulaire.service().pk)).pourcentage_en_ligne == 100.0, timeout=3000)


def test_filtrer_par_texte_type_designation(fenetre, qtbot):
    qtbot.keyClicks(fenetre.filtre.recherche, "deglacage")
    assert fenetre.modele.rowCount() == 1
    assert fenetre.modele.ligne(0).service_id == "GCC-014"
    fenetre.filtre.recherche.clear()
    assert fenetre.modele.rowCount() == 10

    fenetre.filtre.type_service.setCurrentIndex(fenetre.filtre.type_service.findData("conformite"))
    assert {fenetre.modele.ligne(r).service_id for r in range(fenetre.modele.rowCount())} == {"EDSC-102", "TC-031", "ECCC-045"}
    fenetre.filtre.type_service.setCurrentIndex(fenetre.filtre.type_service.findData("interne"))
    assert fenetre.modele.rowCount() == 3
    fenetre.filtre.type_service.setCurrentIndex(0)

    fenetre.filtre.designation.setCurrentIndex(fenetre.filtre.designation.findData("critique"))
    assert {fenetre.modele.ligne(r).service_id for r in range(fenetre.modele.rowCount())} == {"AAC-001", "GCC-014"}
    fenetre.filtre.designation.setCurrentIndex(0)

    fenetre.filtre.a_completer.setChecked(True)
    assert [fenetre.modele.ligne(r).service_id for r in range(fenetre.modele.rowCount())] == ["AIPRP-01"]
    assert "Services affichés : 1 sur 10" in fenetre.etat_compte.text()


def test_trier_par_une_colonne(fenetre):
    fenetre.table.sortByColumn(COL_EN_LIGNE, Qt.SortOrder.DescendingOrder)
    pourcentages = [fenetre.modele.ligne(r).pourcentage_en_ligne for r in range(fenetre.modele.rowCount())]
    connus = [p for p in pourcentages if p is not None]
    assert connus == sorted(connus, reverse=True)
    assert pourcentages[-1] is None


def test_trier_d_un_clic_sur_l_en_tete_garde_le_service_choisi(fenetre, qtbot):
    pk = choisir(fenetre, qtbot, "ECCC-045")
    entete = fenetre.table.horizontalHeader()
    assert entete.isSortIndicatorShown() and entete.sortIndicatorSection() == 0
    assert titre_colonne(fenetre, COL_NOM) == "Nom du service"
    assert entete.model().headerData(COL_NOM, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Nom du service"
    assert entete.model().headerData(COL_NOM, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for ordre in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        x = entete.sectionViewportPosition(COL_NOM) + entete.sectionSize(COL_NOM) // 2
        qtbot.mouseClick(entete.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, entete.height() // 2))
        assert (entete.sortIndicatorSection(), entete.sortIndicatorOrder()) == (COL_NOM, ordre)
        noms = [replier(fenetre.modele.ligne(r).nom_fr) for r in range(fenetre.modele.rowCount())]
        assert noms == sorted(noms, reverse=ordre == Qt.SortOrder.DescendingOrder) and len(set(noms)) > 5
        # la ligne choisie a bougé, la sélection et le formulaire l'ont suivie
        assert fenetre.modele.ligne(fenetre.table.currentIndex().row()).pk == pk
        assert [fenetre.modele.ligne(i.row()).pk for i in fenetre.table.selectionModel().selectedRows()] == [pk]
        assert fenetre.formulaire.service().pk == pk


def test_supprimer_demande_confirmation_et_s_annule(fenetre, qtbot, chemin, repondre):
    pk = choisir(fenetre, qtbot, "ECCC-045")
    avant = relire(fenetre, pk)

    questions = repondre(QMessageBox.StandardButton.No)
    fenetre.act_supprimer.trigger()
    assert "Permis d'immersion en mer" in questions[0]
    assert fenetre.base.db.execute("SELECT count(*) FROM service WHERE pk = ?", [pk]).fetchone()[0] == 1

    repondre(QMessageBox.StandardButton.Yes)
    fenetre.act_supprimer.trigger()
    assert fenetre.base.db.execute("SELECT count(*) FROM service WHERE pk = ?", [pk]).fetchone()[0] == 0
    assert fenetre.modele.rowCount() == 9

    fenetre.act_annuler.trigger()
    assert fenetre.modele.rowCount() == 10
    apres = relire(fenetre, pk)
    assert apres.copie(modifie_le="") == avant.copie(modifie_le="")

    fenetre.act_retablir.trigger()
    assert fenetre.modele.rowCount() == 9


def test_ajouter_et_dupliquer(fenetre, qtbot, chemin):
    fenetre.act_nouveau.trigger()
    assert fenetre.modele.rowCount() == 11
    nouveau = fenetre.formulaire.service()
    assert nouveau is not None and nouveau.service_id == ""
    qtbot.keyClicks(fenetre.formulaire.service_id, "NOUV-1")
    qtbot.keyClicks(fenetre.formulaire.nom_fr, "Service nouveau")
    qtbot.waitUntil(lambda: not fenetre.controleur.en_attente(), timeout=3000)
    assert relire(fenetre, nouveau.pk).nom_fr == "Service nouveau"

    fenetre.act_dupliquer.trigger()
    copie = fenetre.formulaire.service()
    assert copie.pk != nouveau.pk
    assert copie.nom_fr == "Service nouveau (copie)" and copie.service_id == ""
    assert fenetre.modele.rowCount() == 12

    fenetre.act_annuler.trigger()  # annule la duplication
    assert fenetre.modele.rowCount() == 11
    assert relire(fenetre, copie.pk) is None


def test_commencer_l_exercice_suivant(fenetre, qtbot, chemin, repondre):
    questions = repondre(QMessageBox.StandardButton.Yes)
    fenetre.act_exercice_suivant.trigger()
    assert "2025-2026" in questions[0] and "7.1" in questions[0]
    assert fenetre.controleur.exercice == "2025-2026"
    assert fenetre.filtre.exercice.currentData() == "2025-2026"
    assert fenetre.modele.rowCount() == 10
    # les volumes sont remis à compléter; l'exercice précédent reste intact
    pk = pk_de(fenetre, "AAC-001")
    assert relire(fenetre, pk).volumes["en_ligne"].demandes is None
    fenetre.filtre.exercice.setCurrentIndex(fenetre.filtre.exercice.findData("2024-2025"))
    assert fenetre.controleur.exercice == "2024-2025"
    assert relire(fenetre, pk_de(fenetre, "AAC-001")).volumes["en_ligne"].demandes == 61250


def test_le_sommaire_applique_les_deux_formules_de_2_9_4(fenetre, qtbot):
    attendre_sommaire(qtbot, fenetre)
    texte1, texte2 = fenetre.sommaire.formule1.text(), fenetre.sommaire.formule2.text()
    # tous les services internes intégrés et externes comptent : AIPRP-01, sans réponse, à 0 %
    assert texte1 == "Proportion des services électroniques : <b>40,0\u00a0%</b> (4 sur 10)"
    assert "offerts par voie électronique (4) ÷ nombre total de services internes intégrés et services externes (10)" \
        in fenetre.sommaire.formule1.toolTip()
    assert "Pourcentage moyen de chaque service qui peut être effectué en ligne : <b>63,0\u00a0%</b>" in texte2
    assert "À compléter" in fenetre.sommaire.note.text() and "AIPRP-01" in fenetre.sommaire.note.text()


def test_les_comptes_du_sommaire_changent_de_langue_sans_rester_dessous(fenetre, qtbot):
    attendre_sommaire(qtbot, fenetre)

    def affiches():
        return [e.text() for e in fenetre.sommaire.groupe_comptes.findChildren(QLabel) if not e.isHidden()]

    francais = {"Service externe", "Service prioritaire", "À compléter"}
    assert francais <= set(affiches())
    fenetre.act_en.trigger()
    # tout de suite, avant que la boucle d'événements détruise les anciens libellés
    assert not francais & set(affiches())
    qtbot.waitUntil(lambda: "External service" in affiches())
    assert "Priority service" in affiches() and not francais & set(affiches())
    assert len(affiches()) == 2 * 8   # huit comptes : un libellé et une valeur chacun


def test_changer_de_langue_en_cours_de_route_et_s_en_souvenir(qtbot, chemin):
    f = ouvrir_fenetre(qtbot, chemin)
    choisir(f, qtbot, "AAC-001")
    f.act_en.trigger()
    assert titre_colonne(f, COL_NOM) == "Service name"
    assert f.formulaire._etiquettes["service_id"].text() == "1. Service ID number"
    assert f.menu_fichier.title() == "&File"
    assert f.modele.data(f.modele.index(f.modele.rang_de(pk_de(f, "AAC-001")), COL_NOM)) == "AgriStability"
    attendre_sommaire(qtbot, f)
    assert "40.0%" in f.sommaire.formule1.text()   # nombres à l'anglaise
    fermer(f)

    # au prochain démarrage, l'anglais est retenu
    f2 = ouvrir_fenetre(qtbot, chemin)
    assert f2.langue == "en"
    assert f2.menu_fichier.title() == "&File"
    f2.act_fr.trigger()
    assert f2.menu_fichier.title() == "&Fichier"
    fermer(f2)


def test_tout_est_encore_la_apres_un_redemarrage(qtbot, chemin):
    f = ouvrir_fenetre(qtbot, chemin)
    pk = choisir(f, qtbot, "GCC-014")
    f.formulaire.description_en.setPlainText("Icebreaking keeps shipping lanes open.")
    qtbot.waitUntil(lambda: not f.controleur.en_attente(), timeout=3000)
    fermer(f)

    f2 = ouvrir_fenetre(qtbot, chemin, demo=False)
    assert f2.modele.rowCount() == 10
    choisir(f2, qtbot, "GCC-014")
    assert f2.formulaire.description_en.toPlainText() == "Icebreaking keeps shipping lanes open."
    assert f2.formulaire.service().pk == pk
    fermer(f2)


def test_disque_plein_la_saisie_reste_et_sera_enregistree(fenetre, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    pk = choisir(fenetre, qtbot, "PC-007")
    db = fenetre.base.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # plus une page de libre : disque « plein »
    texte = "Un très long texte. " * 400
    fenetre.formulaire.instruments_habilitants.setPlainText(texte)
    qtbot.waitUntil(lambda: fenetre.formulaire.bandeau.isVisible(), timeout=3000)
    assert "Le disque est plein" in fenetre.formulaire.bandeau.text()
    assert fenetre.formulaire.instruments_habilitants.toPlainText() == texte   # rien de perdu à l'écran
    assert fenetre.controleur.en_attente()
    assert db.execute("SELECT instruments_habilitants FROM service WHERE pk = ?", [pk]).fetchone()[0] != texte

    db.execute("PRAGMA max_page_count = 1073741823")  # de l'espace libéré
    qtbot.keyClicks(fenetre.formulaire.programme_id, "X")
    qtbot.waitUntil(lambda: not fenetre.controleur.en_attente(), timeout=3000)
    assert db.execute("SELECT instruments_habilitants FROM service WHERE pk = ?", [pk]).fetchone()[0] == texte
    assert fenetre.formulaire.bandeau.isHidden()


def test_metadonnees_du_repertoire(fenetre, monkeypatch):
    from gesserv_bureau.interface import dialogues

    def exec_(self):
        self.gardien.setText("Direction des services numériques")
        return 1

    monkeypatch.setattr(dialogues.DialogueMetadonnees, "exec", exec_)
    fenetre.act_metadonnees.trigger()
    meta = repertoire.metadonnees(fenetre.base, "2024-2025")
    assert meta["gardien"] == "Direction des services numériques"


def test_journal_des_modifications(fenetre, monkeypatch):
    from gesserv_bureau.interface import dialogues

    vus = []
    monkeypatch.setattr(dialogues.DialogueJournal, "exec", lambda self: vus.append(self.table.rowCount()) or 0)
    fenetre.act_journal.trigger()
    assert vus and vus[0] >= 3


def test_a_propos(fenetre, monkeypatch):
    textes = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, titre, texte: textes.append((titre, texte))))
    fenetre.act_a_propos.trigger()
    titre, texte = textes[0]
    assert titre == "À propos de gesserv-bureau"
    assert "édition 2017" in texte and str(fenetre.base.chemin) in texte


def test_consultation_en_lecture_seule(qtbot, chemin):
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    f = ouvrir_fenetre(qtbot, chemin, demo=False, lecture_seule=True)
    assert "(lecture seule)" in f.windowTitle()
    assert not f.act_nouveau.isEnabled() and not f.act_supprimer.isEnabled()
    choisir(f, qtbot, "AAC-001")
    assert not f.formulaire.widget().isEnabled()
    fermer(f)


def test_raccourcis_clavier(fenetre):
    assert fenetre.act_nouveau.shortcut().toString() == "Ctrl+N"
    assert fenetre.act_dupliquer.shortcut().toString() == "Ctrl+D"
    assert fenetre.act_annuler.shortcut().toString() == "Ctrl+Z"
    assert fenetre.act_rechercher.shortcut().toString() == "Ctrl+F"


def test_le_type_choisi_montre_ce_que_dit_l_annexe(fenetre, qtbot):
    choisir(fenetre, qtbot, "AAC-001")   # Ressources, annexe 1C
    aide = fenetre.formulaire.aide_type
    assert aide.isVisible() and "Annexe 1C" in aide.text()
    assert "Services qui transportent des gens" in aide.text()
    choisir(fenetre, qtbot, "INT-RH-01")  # ressources humaines, annexe 1D
    assert "Annexe 1D — exemples" in aide.text() and "Rémunération totale" in aide.text()
    fenetre.act_en.trigger()
    assert "Appendix 1D — examples" in aide.text() and "Total compensation" in aide.text()
