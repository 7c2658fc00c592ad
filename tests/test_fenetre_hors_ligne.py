"""Emporter hors ligne et renvoyer depuis la fenêtre (Fichier › Emporter hors ligne…, Renvoyer au
serveur ministériel…), sur un vrai PostgreSQL; et le dialogue des divergences, champ par champ."""

from __future__ import annotations

import pytest
from outils_interface import ouvrir_fenetre
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import text

from gesserv_bureau.cas import hors_ligne
from gesserv_bureau.domaine.fusion import Divergence
from gesserv_bureau.domaine.hors_ligne import EXISTENCE, Ecart
from gesserv_bureau.interface.dialogue_divergences import DialogueDivergences
from gesserv_bureau.interface.dialogue_emport import DialogueEmport
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices


def _ecarts():
    return (Ecart("service", 4, "Permis de pilote", Divergence("nom_fr", "Permis", "Permis (Rita)", "Permis (Ada)")),
            Ecart("evaluation", 9, "Examen 2A", Divergence("@initiative:0:couts", "", "x" * 5000, "Coûts du serveur")),
            Ecart("service", 6, "Déglaçage", Divergence(EXISTENCE, True, False, True),
                  (("norme_service", "Dix jours ouvrables"),)))


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_le_dialogue_des_divergences_ne_choisit_rien_d_avance(qtbot, langue, tmp_path):
    from gesserv_bureau.interface.app import creer_application

    _app, traductions = creer_application(langue)     # gardées : un traducteur ramassé se retire
    d = DialogueDivergences(_ecarts(), langue)
    qtbot.addWidget(d)
    d.resize(1280, 620)
    d.show()
    qtbot.waitExposed(d)
    ok = d.boutons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and d.restants() == 3 and d.choix() == {}
    # les mots du répertoire, pas les noms des colonnes
    assert d.table.item(0, 1).text() == ("Service name (French)" if langue == "en" else "Nom du service (français)")
    assert d.table.item(1, 1).text() == ("Initiative 1 — costs" if langue == "en" else "Initiative 1 — coûts")
    assert d.table.item(2, 3).text() == ("deleted" if langue == "en" else "supprimée")
    # ce que la suppression emporterait, que d'autres ont ajouté sur le serveur, est dit
    d.table.selectRow(2)
    sur_serveur = d.valeurs_detail[2].toPlainText()
    assert "Dix jours ouvrables" in sur_serveur
    assert ("Service standard" in sur_serveur and "added or changed" in sur_serveur) if langue == "en" else \
        ("Norme de service" in sur_serveur and "ajouté ou changé" in sur_serveur)
    # une valeur de 5 000 caractères : abrégée dans sa cellule, entière dans le détail
    assert len(d.table.item(1, 3).text()) < 200
    d.table.selectRow(1)
    assert d.valeurs_detail[1].toPlainText() == "x" * 5000
    d.choix_par_ligne[0].setCurrentIndex(1)
    d.choix_par_ligne[2].setCurrentIndex(2)
    assert not ok.isEnabled() and d.restants() == 1
    d.choix_par_ligne[1].setCurrentIndex(2)
    assert ok.isEnabled()
    assert d.choix() == {"service:4:nom_fr": "mienne", "evaluation:9:@initiative:0:couts": "serveur",
                         "service:6:@existence": "serveur"}
    d.tout("mienne")
    assert set(d.choix().values()) == {"mienne"}
    d.grab().save(str(tmp_path / f"divergences-{langue}.png"))
    assert traductions.langue == langue


def test_emporter_depuis_la_fenetre(qtbot, ministere, tmp_path, monkeypatch):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "ordinaire.sqlite")
    fenetre.menu_fichier.aboutToShow.emit()
    assert not fenetre.act_renvoyer.isEnabled()          # une base ordinaire : rien à renvoyer
    cible = tmp_path / "rita-hors-ligne.sqlite"
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)

    def remplir(dialogue: DialogueEmport) -> None:
        dialogue.adresse.setText("pas une adresse")
        dialogue.fichier.setText(str(cible))
        dialogue.emporter()
        assert dialogue.message.isVisible() is False or "n'est pas l'adresse" in dialogue.message.text()
        assert not cible.exists()
        dialogue.adresse.setText(ministere.url("rita"))
        dialogue.emporter()

    monkeypatch.setattr(DialogueEmport, "exec", lambda self: (remplir(self), self.result())[1])
    assert fenetre.emporter_hors_ligne() == cible
    assert "services : 4" in questions[0]
    with ouvrir(cible, rotation=False) as b:
        assert len(DepotServices(b).services()) == 4


def test_renvoyer_depuis_la_fenetre_trancher_puis_relire(qtbot, ministere, tmp_path):
    cible = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    with ouvrir(cible, rotation=False) as b:
        services = DepotServices(b)
        a, autre = sorted(s.pk for s in services.services())[:2]
        sa = services.charger(a)
        sa.nom_fr = "Nom choisi hors ligne"
        services.enregistrer(sa)
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET nom_fr = 'Nom choisi au serveur' WHERE pk = :a"), {"a": a})
        c.execute(text("UPDATE service SET proprietaire = 'Ada' WHERE pk = :p"), {"p": autre})

    fenetre = ouvrir_fenetre(qtbot, cible, demo=False)
    fenetre.menu_fichier.aboutToShow.emit()
    assert fenetre.act_renvoyer.isEnabled()
    vus = []
    # annuler le dialogue : rien n'est renvoyé, rien n'est perdu
    assert not fenetre.renvoyer_au_serveur(choix_fait=lambda ecarts: vus.append(ecarts) or None)
    assert [e.cle for e in vus[0]] == [f"service:{a}:nom_fr"]
    assert DepotServices(fenetre.base).charger(a).nom_fr == "Nom choisi hors ligne"
    # garder la sienne
    assert fenetre.renvoyer_au_serveur(choix_fait=lambda ecarts: {e.cle: "mienne" for e in ecarts})
    assert "divergences tranchées : 1" in fenetre.statusBar().currentMessage()
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT nom_fr FROM service WHERE pk = :a"), {"a": a}).scalar_one() == \
            "Nom choisi hors ligne"
    # la fenêtre montre l'état du serveur : le changement d'Ada est dans le répertoire ouvert
    assert DepotServices(fenetre.base).charger(autre).proprietaire == "Ada"
    rangs = [fenetre.modele.ligne(r) for r in range(fenetre.modele.rowCount())]
    assert any(l.pk == a and l.nom_fr == "Nom choisi hors ligne" for l in rangs)
