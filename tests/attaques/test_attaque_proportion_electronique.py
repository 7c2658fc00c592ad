"""Attaques contre la proportion des services électroniques (issue 13, partie 2 : « 2.9.4 compte
chaque service »).

Les deux formules de 2.9.4 — la *proportion des services électroniques* (services internes
intégrés et externes offerts par voie électronique ÷ leur nombre total) et le *pourcentage
moyen de chaque service qui peut être effectué en ligne* (somme du % de chaque service ÷ le même
nombre total) — divisent par tous les services internes intégrés et externes. La ligne
directrice : « il faut fournir une justification écrite pour tout service exclu du calcul ».

- trois services à 100 %, 50 % et sans réponse donnaient 50 % et 75 % : le troisième sortait en
  silence du dénominateur. Attendu : 33,3 % et 50,0 %, partout (domaine, panneau du sommaire,
  tableau de bord, rapport PDF du répertoire, classeur exporté), le troisième nommé « à compléter »;
- avec une exclusion écrite du troisième, saisie dans le formulaire : 50,0 % et 75,0 %, et
  l'exclusion listée avec sa raison (« exclus du calcul : … — raison »);
- une exclusion sans justification était impossible à distinguer d'une absence d'exclusion :
  elle est maintenant refusée, avec un message bilingue, et le service reste compté;
- un point d'interaction « S.O. » n'avait pas de place pour sa justification écrite (1.8.1) :
  le formulaire la demande, le contrôle de la qualité signale celle qui manque.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from gesserv_bureau.cas import donnees_ouvertes, production_rapports, repertoire, statistiques
from gesserv_bureau.domaine import qualite
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_tests import EXERCICE, points, service_complet

RAISON = "La Loi exige la comparution en personne du demandeur (art. 12)."

pdf_requis = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")


def _trois(chemin):
    """S-1 à 100 %, S-2 à 50 %, S-3 sans réponse aux six points; tout le reste complet."""
    with ouvrir(chemin) as base:
        depot = DepotServices(base)
        depot.creer(service_complet(service_id="S-1", nom_fr="Permis", nom_en="Permits",
                                    points_interaction=points("oooooo"), justifications_so={}))
        depot.creer(service_complet(service_id="S-2", nom_fr="Subventions", nom_en="Grants",
                                    points_interaction=points("ooonnn"), justifications_so={}))
        depot.creer(service_complet(service_id="S-3", nom_fr="Inspections", nom_en="Inspections",
                                    points_interaction=points("??????"), justifications_so={}))
    return chemin


def _exclure(chemin, justification=RAISON):
    with ouvrir(chemin) as base:
        depot = DepotServices(base)
        s3 = depot.charger(depot.pk_par_id(EXERCICE, "S-3"))
        s3.exclu_calcul, s3.justification_exclusion = True, justification
        depot.enregistrer(s3)


@pytest.fixture
def chemin(tmp_path):
    return _trois(tmp_path / "trois.sqlite")


# --- le domaine, sur la vraie base -------------------------------------------------------------
def test_les_trois_services_comptent_un_point_sans_reponse_n_est_pas_en_ligne(chemin):
    with ouvrir(chemin) as base:
        e = repertoire.sommaire_exercice(base, EXERCICE).electronique
    assert (e.total, e.electroniques) == (3, 1)
    assert e.proportion == pytest.approx(100 / 3)        # 1 ÷ 3
    assert e.pourcentage_moyen == pytest.approx(50.0)    # (100 + 50 + 0) ÷ 3
    assert [n.libelle("fr") for n in e.a_completer] == ["S-3 — Inspections"]


def test_une_exclusion_ecrite_retire_le_service_et_garde_sa_raison(chemin):
    _exclure(chemin)
    with ouvrir(chemin) as base:
        e = repertoire.sommaire_exercice(base, EXERCICE).electronique
    assert (e.total, e.proportion, e.pourcentage_moyen) == (2, pytest.approx(50.0), pytest.approx(75.0))
    assert [(x.service.service_id, x.justification) for x in e.exclus] == [("S-3", RAISON)]
    assert e.a_completer == ()


# --- le panneau du sommaire et le formulaire, dans la vraie fenêtre -------------------------------
@pytest.mark.parametrize("langue, f1, f2, f1_exclu, f2_exclu, a_completer, exclus", [
    ("fr", "Proportion des services électroniques : <b>33,3\u00a0%</b>",
     "Pourcentage moyen de chaque service qui peut être effectué en ligne : <b>50,0\u00a0%</b>",
     "<b>50,0\u00a0%</b>", "<b>75,0\u00a0%</b>", "À compléter", ("Exclus du calcul par écrit : S-3",
                                                                   "Exclus du calcul : S-3 — Inspections — ")),
    ("en", "Proportion of e-enabled services: <b>33.3%</b>",
     "Average percentage of each service that can be completed online: <b>50.0%</b>",
     "<b>50.0%</b>", "<b>75.0%</b>", "To complete", ("Excluded in writing from the calculation: S-3",
                                                                   "Excluded from the calculation: S-3 — Inspections — ")),
])
def test_le_sommaire_compte_chaque_service_puis_l_exclusion_saisie_au_formulaire(
        qtbot, chemin, langue, f1, f2, f1_exclu, f2_exclu, a_completer, exclus):
    from outils_interface import attendre_sommaire, ouvrir_fenetre, pk_de

    f = ouvrir_fenetre(qtbot, chemin, langue, demo=False)
    attendre_sommaire(qtbot, f)
    assert f1 in f.sommaire.formule1.text() and f2 in f.sommaire.formule2.text()
    assert a_completer in f.sommaire.note.text() and "S-3" in f.sommaire.note.text()
    assert "S-3 — Inspections" in f.sommaire.note.toolTip()   # l'infobulle nomme chaque service

    # l'exclusion, saisie comme un responsable de service : la case, puis la justification
    pk = pk_de(f, "S-3")
    f.selectionner_pk(pk)
    qtbot.waitUntil(lambda: f.formulaire.service() is not None and f.formulaire.service().pk == pk)
    formulaire = f.formulaire
    assert not formulaire.justification_exclusion.isEnabled()
    formulaire.exclu_calcul.click()
    assert formulaire.justification_exclusion.isEnabled()
    formulaire.justification_exclusion.setFocus()
    qtbot.keyClicks(formulaire.justification_exclusion, RAISON)
    assert f.controleur.enregistrer_maintenant()
    relu = DepotServices(f.base).charger(pk)
    assert (relu.exclu_calcul, relu.justification_exclusion) == (True, RAISON)
    f._minuterie_sommaire.start()
    qtbot.waitUntil(lambda: f1_exclu in f.sommaire.formule1.text(), timeout=5000)
    assert f2_exclu in f.sommaire.formule2.text()
    note, detail = exclus
    assert note in f.sommaire.note.text()
    assert detail + RAISON in f.sommaire.note.toolTip()
    assert a_completer not in f.sommaire.note.text()


@pytest.mark.parametrize("langue, message", [
    ("fr", "Exclusion refusée : « il faut fournir une justification écrite pour tout service exclu du calcul » (2.9.4)"),
    ("en", "Exclusion refused: a written justification must be provided for any service excluded from the calculation (2.9.4)"),
])
def test_une_exclusion_sans_justification_est_refusee_avec_un_message_bilingue(qtbot, chemin, langue, message):
    from outils_interface import attendre_sommaire, ouvrir_fenetre, pk_de

    f = ouvrir_fenetre(qtbot, chemin, langue, demo=False)
    pk = pk_de(f, "S-3")
    f.selectionner_pk(pk)
    qtbot.waitUntil(lambda: f.formulaire.service() is not None and f.formulaire.service().pk == pk)
    f.formulaire.exclu_calcul.click()
    assert f.controleur.enregistrer_maintenant()
    msg = f.formulaire._messages["justification_exclusion"]
    assert msg.isVisible() and message in msg.text()
    # refusée : le service reste compté, et le sommaire le dit
    f._minuterie_sommaire.start()
    attendre_sommaire(qtbot, f)
    assert ("33,3" if langue == "fr" else "33.3") in f.sommaire.formule1.text()
    assert ("Exclusion refusée" if langue == "fr" else "Exclusion refused") in f.sommaire.note.text()
    # et le contrôle de la qualité la compte parmi les erreurs
    constats = donnees_ouvertes.verifier_qualite(f.base, EXERCICE)
    (erreur,) = [c for c in constats if c.service_id == "S-3" and c.code == "valeur_fausse"]
    assert erreur.gravite == "erreur"
    assert message in erreur.texte(langue)


# --- le tableau de bord, dans la vraie fenêtre -----------------------------------------------------
@pytest.mark.parametrize("langue, entete, proportion, moyenne, exclu_p, exclu_m", [
    ("fr", "Proportion des services électroniques", "33,3\u00a0%", "50,0\u00a0%", "50,0\u00a0%", "75,0\u00a0%"),
    ("en", "Proportion of e-enabled services", "33.3%", "50.0%", "50.0%", "75.0%"),
])
def test_le_tableau_de_bord_compte_chaque_service(qtbot, chemin, langue, entete, proportion, moyenne, exclu_p, exclu_m):
    from outils_interface import ouvrir_fenetre

    f = ouvrir_fenetre(qtbot, chemin, langue, demo=False)
    f.onglets.setCurrentIndex(2)
    carte = f.tableau.cartes["electronique"]
    qtbot.waitUntil(lambda: carte.tableau.rowCount() == 1 and carte.textes()[0][1] != "", timeout=5000)
    assert carte.tableau.horizontalHeaderItem(1).text() == entete
    (ligne,) = carte.textes()
    assert ligne[:5] == [EXERCICE, proportion, "1", "3", moyenne]
    assert ligne[5:] == ["0", "1"]   # exclus par écrit, à compléter
    # une exclusion écrite : recalculé
    s3 = DepotServices(f.base).charger(DepotServices(f.base).pk_par_id(EXERCICE, "S-3"))
    s3.exclu_calcul, s3.justification_exclusion = True, RAISON
    repertoire.enregistrer_service(f.base, s3)
    f.actualiser_tableau_de_bord()
    qtbot.waitUntil(lambda: carte.textes()[0][1] == exclu_p, timeout=5000)
    assert carte.textes()[0][1:6] == [exclu_p, "1", "2", exclu_m, "1"]


# --- le rapport PDF du répertoire -------------------------------------------------------------------
def _texte_pdf(pdf: bytes, tmp_path, nom: str) -> str:
    fichier = tmp_path / nom
    fichier.write_bytes(pdf)
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(fichier), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", brut.replace("\u00a0", " ").replace("\u202f", " "))


@pdf_requis
@pytest.mark.parametrize("langue, attendus, exclus", [
    ("fr", ["Proportion des services électroniques : 33,3 % — nombre de services internes intégrés et services "
            "externes offerts par voie électronique (1) ÷ nombre total de services internes intégrés et services "
            "externes (3).",
            "Pourcentage moyen de chaque service qui peut être effectué en ligne : 50,0 %",
            "À compléter (points d'interaction sans réponse, comptés comme non offerts en ligne) : • S-3 — Inspections",
            "Exclus du calcul : aucun"],
     ["Proportion des services électroniques : 50,0 %", "Pourcentage moyen de chaque service qui peut être "
      "effectué en ligne : 75,0 %", f"Exclus du calcul : • S-3 — Inspections — {RAISON}"]),
    ("en", ["Proportion of e-enabled services: 33.3% — number of internal enterprise and external services that "
            "are e-enabled (1) ÷ total number of internal enterprise and external services (3).",
            "Average percentage of each service that can be completed online: 50.0%",
            "To complete (unanswered interaction points, counted as not online): • S-3 — Inspections",
            "Excluded from the calculation: none"],
     ["Proportion of e-enabled services: 50.0%", "Average percentage of each service that can be completed "
      "online: 75.0%", f"Excluded from the calculation: • S-3 — Inspections — {RAISON}"]),
])
def test_le_rapport_pdf_compte_chaque_service_et_liste_l_exclusion(chemin, tmp_path, langue, attendus, exclus):
    with ouvrir(chemin) as base:
        texte = _texte_pdf(production_rapports.produire(base, "inventaire", langue, exercice=EXERCICE).pdf,
                           tmp_path, f"avant-{langue}.pdf")
    for attendu in attendus:
        assert attendu in texte, attendu
    assert "Formule 1" not in texte and "Formula 1" not in texte
    _exclure(chemin)
    with ouvrir(chemin) as base:
        texte = _texte_pdf(production_rapports.produire(base, "inventaire", langue, exercice=EXERCICE).pdf,
                           tmp_path, f"apres-{langue}.pdf")
    for attendu in exclus:
        assert attendu in texte, attendu


# --- le classeur exporté ----------------------------------------------------------------------------
@pytest.mark.parametrize("langue, feuille, detail, oui", [
    ("fr", "Services électroniques (2.9.4)", "Détail du calcul (2.9.4)", "Oui"),
    ("en", "E-enabled services (2.9.4)", "Calculation detail (2.9.4)", "Yes"),
])
def test_le_classeur_exporte_les_deux_formules_et_le_detail(chemin, tmp_path, langue, feuille, detail, oui):
    from openpyxl import load_workbook

    with ouvrir(chemin) as base:
        donnees_ouvertes.exporter_xlsx(base, tmp_path / "avant.xlsx", EXERCICE, langue)
    _exclure(chemin)
    with ouvrir(chemin) as base:
        donnees_ouvertes.exporter_xlsx(base, tmp_path / "apres.xlsx", EXERCICE, langue)
    avant, apres = (load_workbook(tmp_path / n) for n in ("avant.xlsx", "apres.xlsx"))
    entete, ligne = list(avant[feuille].values)
    assert entete[1] == ("Proportion des services électroniques" if langue == "fr" else "Proportion of e-enabled services")
    assert ligne[0] == EXERCICE and ligne[1] == pytest.approx(1 / 3) and ligne[2] == pytest.approx(0.5)
    assert ligne[3:7] == (1, 3, 0, 1)
    assert avant[feuille]["B2"].number_format == "0.0%"
    _, ligne = list(apres[feuille].values)
    assert (ligne[1], ligne[2], ligne[4], ligne[5]) == (pytest.approx(0.5), pytest.approx(0.75), 2, 1)
    lignes = {r[1]: r for r in list(apres[detail].values)[1:]}
    assert lignes["S-3"][7:9] == (oui, RAISON)
    assert lignes["S-3"][4] != oui and lignes["S-2"][5] == pytest.approx(0.5)


# --- les points « S.O. » et leur justification écrite (1.8.1) ---------------------------------------------
@pytest.mark.parametrize("langue, avertissement", [
    ("fr", "Points « S.O. » sans justification écrite : Authentification."),
    ("en", "“N/A” points without a written justification: Authentication."),
])
def test_un_point_so_demande_sa_justification_ecrite(qtbot, chemin, langue, avertissement):
    from outils_interface import ouvrir_fenetre, pk_de

    f = ouvrir_fenetre(qtbot, chemin, langue, demo=False)
    pk = pk_de(f, "S-1")
    f.selectionner_pk(pk)
    qtbot.waitUntil(lambda: f.formulaire.service() is not None and f.formulaire.service().pk == pk)
    formulaire = f.formulaire
    champ = formulaire.justifications_so["authentification"]
    assert not champ.isVisible()
    choix = formulaire.points["authentification"]
    choix.setCurrentIndex(choix.findData("so"))
    assert champ.isVisible()
    assert f.controleur.enregistrer_maintenant()
    assert avertissement in formulaire.message_points.text()
    (constat,) = [c for c in donnees_ouvertes.verifier_qualite(f.base, EXERCICE) if c.code == "so_sans_justification"]
    assert constat.service_id == "S-1" and constat.gravite == "avertissement"
    champ.setFocus()
    qtbot.keyClicks(champ, "Aucune authentification : permis remis au comptoir.")
    assert f.controleur.enregistrer_maintenant()
    relu = DepotServices(f.base).charger(pk)
    assert relu.justifications_so == {"authentification": "Aucune authentification : permis remis au comptoir."}
    assert not [c for c in donnees_ouvertes.verifier_qualite(f.base, EXERCICE) if c.code == "so_sans_justification"]
    assert not formulaire.message_points.isVisible()
    # la justification suit son point : une fois le point répondu autrement, elle n'est plus gardée
    choix.setCurrentIndex(choix.findData("oui"))
    assert f.controleur.enregistrer_maintenant()
    assert DepotServices(f.base).charger(pk).justifications_so == {}


def test_le_controle_de_la_qualite_nomme_les_points_so_sans_justification():
    s = service_complet(points_interaction=points("ossoon"), justifications_so={"demande": "Pas de demande : inscription d'office."})
    s.pk = 1
    (c,) = [c for c in qualite.verifier([s]) if c.code == "so_sans_justification"]
    assert c.texte("fr").startswith("Points d'interaction « S.O. » sans justification écrite : Authentification (1.8.1")
    assert c.texte("en").startswith("“N/A” interaction points without a written justification: Authentication (1.8.1")
