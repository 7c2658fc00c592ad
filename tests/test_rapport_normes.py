"""Le rapport des normes de service et du rendement (issue 17, point 4), produit comme
l'utilisateur le produit, après ``demo`` : son contenu en français, en anglais et bilingue (le
contrôle PDF/UA, la signature et le Word de chaque type de rapport : test_rapports_approuvables)."""

from __future__ import annotations

import io

import pytest

from gesserv_bureau.cas import normes, production_rapports, repertoire
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from test_rapports_approuvables import pages


@pytest.fixture(scope="module")
def base_demo(tmp_path_factory):
    base = ouvrir(tmp_path_factory.mktemp("normes") / "demo.sqlite")
    repertoire.charger_demo(base, dossiers=True)
    yield base
    base.fermer()


def test_le_rapport_en_francais(base_demo):
    texte = " ".join(pages(production_rapports.produire(base_demo, "normes", "fr").contenu))
    assert "Normes de service et rendement — exercice 2024-2025" in texte
    # le sommaire : une norme par scénario, et une à ses débuts
    for ligne in ("1. Les résultats dépassent les normes 1", "2. Les résultats sont conformes aux normes 1",
                  "3. Les résultats n'atteignent pas les normes 1", "Plan de mise en œuvre (2.7.10) 1", "Total 4"):
        assert ligne in texte, ligne
    # les résultats, calculés; les trimestres
    assert "8 120 / 9 650 = 84,1 %" in texte and "T3 : 2 070 / 2 600 = 79,6 %" in texte
    assert "97 200 / 100 000 = 97,2 %" in texte
    # les services prioritaires d'abord; l'action et la stratégie qui la reprend
    assert texte.index("Services prioritaires") < texte.index("AAC-001-N1")
    assert "Repenser le processus opérationnel?" in texte and "Direction des programmes financiers" in texte
    assert "Stratégie de gestion des services" in texte.split("Plans d'action")[-1]
    assert "tolérance du ministère" in texte and "2 points" in texte
    assert "…" not in texte


def test_le_rapport_en_anglais_et_bilingue(base_demo):
    anglais = " ".join(pages(production_rapports.produire(base_demo, "normes", "en").contenu))
    assert "Service standards and performance — fiscal year 2024-2025" in anglais
    assert "8,120 / 9,650 = 84.1%" in anglais and "Q1: 1,900 / 2,100 = 90.5%" in anglais
    assert "3. Results do not meet the standards" in anglais and "Implementation plan (2.7.10)" in anglais
    assert "Normes de service" not in anglais
    bilingue = " ".join(pages(production_rapports.produire(base_demo, "normes", "bilingue").contenu))
    assert "Sommaire / Summary" in bilingue and "Plans d'action / Action plans" in bilingue
    # la norme et le nom du service dans leurs deux langues
    assert "Agri-stabilité AgriStability" in bilingue
    assert "Traiter la demande de paiement" in bilingue and "Process the payment application" in bilingue


def test_la_tolerance_du_ministere_change_le_scenario_dans_le_rapport(base_demo, tmp_path):
    base = ouvrir(tmp_path / "b.sqlite")
    repertoire.charger_demo(base)
    pk = DepotServices(base).pk_par_id("2024-2025", "AAC-001")
    n = normes.creer(base, pk, norme_id="N1", norme_fr="Décision en 30 jours", cible=0.9)
    normes.mesurer_exercice(base, n.pk, 87, 100)
    texte = " ".join(pages(production_rapports.produire(base, "normes", "fr").contenu))
    assert "3. Les résultats n'atteignent pas les normes 1" in texte
    normes.definir_tolerance(base, 0.05)
    texte = " ".join(pages(production_rapports.produire(base, "normes", "fr").contenu))
    assert "2. Les résultats sont conformes aux normes 1" in texte and "5 points" in texte
    base.fermer()


def test_le_rapport_en_word(base_demo):
    import docx

    produit = production_rapports.produire(base_demo, "normes", "fr", format="docx")
    word = docx.Document(io.BytesIO(produit.contenu))
    cellules = [c.text.replace("\u00a0", " ") for t in word.tables for r in t.rows for c in r.cells]
    assert any("8 120 / 9 650 = 84,1" in c for c in cellules)
    assert any(c.startswith("Repenser le processus opérationnel?") for c in cellules)
    assert produit.nom_fichier == "normes-service-2024-2025-fr.docx"


def test_le_dialogue_des_rapports_par_le_menu(qtbot, tmp_path):
    """Fichier › Rapport des normes de service et du rendement… : l'aperçu, puis enregistrer."""
    from outils_interface import ouvrir_fenetre

    from gesserv_bureau.cas import demonstration

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    demonstration.remplir_dossiers(fenetre.base)
    qtbot.waitUntil(lambda: fenetre.formulaire is not None, timeout=5000)
    assert fenetre.act_rapport_normes.text() == "Rapport des normes de service et du ren&dement…"
    assert fenetre.act_rapport_normes in fenetre.menu_fichier.actions()
    fenetre.controleur.charger_exercice("2024-2025")
    fenetre.act_rapport_normes.trigger()
    from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

    dialogue = next(w for w in fenetre.findChildren(DialogueRapport))
    qtbot.waitUntil(lambda: dialogue.produit is not None, timeout=20000)
    assert dialogue.type == "normes" and dialogue.document.pageCount() >= 2
    chemin = dialogue.enregistrer(tmp_path / "normes.pdf")
    texte = " ".join(pages(chemin.read_bytes()))
    assert "Normes de service et rendement — exercice 2024-2025" in texte and "AAC-001-N1" in texte
    dialogue.close()


def test_un_caractere_sans_glyphe_ou_de_controle_n_empeche_pas_le_rapport(tmp_path):
    """Un idéogramme ou un émoji que DejaVu Sans n'a pas, un caractère de contrôle venu d'un
    fichier importé : le rapport se produit (PDF et Word), le caractère écrit en clair."""
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    base = ouvrir(tmp_path / "b.sqlite")
    repertoire.charger_demo(base)
    service = DepotServices(base).charger(DepotServices(base).pk_par_id("2024-2025", "AAC-001"))
    from gesserv_bureau.domaine.norme import NormeService

    DepotNormes(base).importer([NormeService(exercice=service.exercice, service_id=service.service_id, norme_id="N1",
                                             norme_fr="Délai 漢字 🙂 fin\x0bici", cible=0.9)])
    for langue in ("fr", "en", "bilingue"):
        texte = " ".join(pages(production_rapports.produire(base, "normes", langue).contenu))
        assert "Délai [U+6F22][U+5B57]" in texte and "fin[U+000B]ici" in texte, texte
    import docx

    word = docx.Document(io.BytesIO(production_rapports.produire(base, "normes", "fr", format="docx").contenu))
    cellules = " ".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "漢字 🙂" in cellules and "fin[U+000B]ici" in cellules   # Word a ses polices de secours
    base.fermer()


def test_une_norme_retiree_est_comptee_a_part_au_sommaire(tmp_path):
    base = ouvrir(tmp_path / "b.sqlite")
    repertoire.charger_demo(base)
    pk = DepotServices(base).pk_par_id("2024-2025", "AAC-001")
    n = normes.creer(base, pk, norme_id="N1", norme_fr="Décision en 30 jours", cible=0.9)
    normes.mesurer_exercice(base, n.pk, 80, 100)
    normes.creer(base, pk, norme_id="N2", norme_fr="Réponse en 5 jours", cible=0.9)
    normes.retirer(base, n.pk, "2025-01-31")
    texte = " ".join(pages(production_rapports.produire(base, "normes", "fr").contenu))
    assert "3. Les résultats n'atteignent pas les normes 0" in texte
    assert "Retirées au cours de l'exercice 1" in texte and "Total 2" in texte
    assert "Retirée le 2025-01-31" in texte
    base.fermer()
