"""Attaques « quel texte, quelle édition » (issue 13, partie 7).

- La boîte « À propos » et le README (en français et en anglais) doivent dire que l'anglais est
  la traduction du projet et nommer l'édition appliquée : la ligne directrice de 2017 (publiée le
  23 mars 2017, d'après la semence), depuis remplacée par la Politique sur les services et le
  numérique (2020) et sa ligne directrice.
- L'édition du référentiel est gardée avec chaque dossier : la stratégie ne la lisait ni ne
  l'écrivait (toujours la valeur par défaut de la colonne), la séance d'examen n'en avait pas.
- Chaque rapport la nomme au pied de chaque page — celle du dossier, pas la constante du code
  (une évaluation faite avec une autre édition se disait « édition 2017 ») — et en bilingue dans
  les deux langues (le pied bilingue disait « …Guideline on Service Management, 2017 », sans le
  mot édition); la stratégie et le procès-verbal l'impriment aussi dans leur fiche.
- Le pied de page n'est jamais coupé : une empreinte longue tronquait la ligne sans le dire; le
  texte tient entier dans la page, en français, en anglais et en bilingue.
"""

from __future__ import annotations

import io
import shutil
from functools import lru_cache
import subprocess

import pytest
from pypdf import PdfReader

from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.rapports import rapport_1a, rapport_1b, rapport_2a, rapport_plan, rapport_seance, rapport_strategie
from outils_tests import RACINE

PIEDS = {"fr": "Ligne directrice sur la gestion des services, édition {e}",
         "en": "Guideline on Service Management, {e} edition",
         "bilingue": "Ligne directrice sur la gestion des services, édition {e} / Guideline on Service Management, "
                     "{e} edition"}


def _plat(texte: str) -> str:
    return " ".join(texte.split())


def _pages(pdf: bytes) -> list[str]:
    return [_plat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def traduire(qtbot):
    from gesserv_bureau.langue import Traductions

    installees = []

    def installer(langue: str) -> None:
        if langue == "en":
            t = Traductions("en")
            t.installer()
            installees.append(t)

    yield installer
    for t in installees:
        t.retirer()


def _visible(html_: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html_)
    return _plat(document.toPlainText())


# --- À propos, README -----------------------------------------------------------------------

@pytest.mark.parametrize("langue", ["fr", "en"])
def test_la_boite_a_propos_nomme_l_edition_et_dit_que_l_anglais_est_notre_traduction(
        qtbot, monkeypatch, traduire, langue):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from gesserv_bureau.interface import dialogues

    traduire(langue)
    vus = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, titre, texte: vus.append((titre, texte))))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogues.a_propos(parent, "/tmp/r.sqlite", 12)
    titre, texte = vus[0]
    vu = _visible(texte)
    if langue == "fr":
        assert titre == "À propos de gesserv-bureau"
        attendus = ("Ligne directrice sur la gestion des services du Secrétariat du Conseil du Trésor du Canada, "
                    "édition 2017 (publiée le 23 mars 2017)",
                    "depuis remplacée par la Politique sur les services et le numérique (2020)",
                    "Ligne directrice sur les services et le numérique",
                    "gardée avec chaque dossier (exercice et services du répertoire, évaluation, séance d'examen, "
                    "stratégie) et nommée au pied de chaque page de chaque rapport",
                    "Les textes anglais sont la traduction du projet, faite avec soin")
    else:
        assert titre == "About gesserv-bureau"
        attendus = ("Treasury Board of Canada Secretariat Guideline on Service Management, 2017 edition "
                    "(published March 23, 2017)",
                    "since replaced by the Policy on Service and Digital (2020)",
                    "Guideline on Service and Digital",
                    "kept with every record (fiscal year and inventory services, assessment, review session, "
                    "strategy) and named in the footer of every page of every report",
                    "The English wording is the project's own careful translation")
    for attendu in attendus:
        assert attendu in vu, attendu
    assert "/tmp/r.sqlite" in vu and "12" in vu


def test_le_readme_le_dit_dans_les_deux_langues():
    texte = _plat((RACINE / "README.md").read_text(encoding="utf-8"))
    for attendu in ("*Ligne directrice sur la gestion des services* du Secrétariat du Conseil du Trésor du Canada "
                    "(publiée le 23 mars 2017)",
                    "depuis remplacée par la *Politique sur les services et le numérique* (2020)",
                    "L'édition est gardée avec chaque dossier (exercice et services du répertoire, évaluation, "
                    "séance d'examen, stratégie)",
                    "Les textes anglais sont la traduction du projet, faite avec soin",
                    "*Guideline on Service Management* of the Treasury Board of Canada Secretariat (published "
                    "March 23, 2017)",
                    "since replaced by the *Policy on Service and Digital* (2020)",
                    "The edition is kept with every record (fiscal year and inventory services, assessment, review "
                    "session, strategy)",
                    "The English wording is the project's own careful translation"):
        assert attendu in texte, attendu


def test_la_date_et_le_titre_sont_ceux_de_la_semence():
    """Ce que l'À propos et le README affirment de l'édition de 2017 vient de la semence."""
    from outils_tests import SEED

    semence = SEED.read_text(encoding="utf-8")
    assert "Publié : le 23 mars 2017" in semence
    assert "Also available in English under the title: Guideline on Service Management" in semence
    assert "Publié par le Secrétariat du Conseil du Trésor du Canada" in semence


# --- l'édition gardée avec chaque dossier ---------------------------------------------------

def test_chaque_table_de_dossier_garde_l_edition(base):
    from gesserv_bureau.referentiel import EDITION

    for table in ("exercice", "service", "evaluation", "seance", "strategie"):
        colonnes = {r[1] for r in base.conn.execute(f"PRAGMA table_info({table})")}
        assert "edition_referentiel" in colonnes, table
    assert {r[0] for r in base.conn.execute("SELECT edition_referentiel FROM service")} == {EDITION}
    assert {r[0] for r in base.conn.execute("SELECT edition_referentiel FROM exercice")} == {EDITION}


def test_la_strategie_et_la_seance_lisent_et_ecrivent_leur_edition(base):
    from gesserv_bureau.cas import planification
    from gesserv_bureau.stockage.depot_evaluations import DepotSeances
    from gesserv_bureau.stockage.depot_strategies import DepotStrategies

    st = planification.nouvelle(base, "Stratégie", "2024-2025")
    assert st.edition == "2017"
    with base.ecriture() as db:   # un dossier fait avec une autre édition
        db.execute("UPDATE strategie SET edition_referentiel = '2016' WHERE pk = ?", [st.pk])
    relue = DepotStrategies(base).charger(st.pk)
    assert relue.edition == "2016"
    planification.enregistrer(base, relue)   # réécrire ne la remplace pas par celle du code
    assert base.conn.execute("SELECT edition_referentiel FROM strategie WHERE pk = ?", [st.pk]).fetchone()[0] == "2016"
    # une nouvelle version est faite avec l'édition du référentiel
    relue.statut = "approuvee"
    assert planification.regles.nouvelle_version(relue, "x").edition == "2017"

    seance = Seance(titre="Séance", date="2025-02-01", exercice="2024-2025", edition="2016")
    DepotSeances(base).enregistrer(seance)
    assert base.conn.execute("SELECT edition_referentiel FROM seance WHERE pk = ?", [seance.pk]).fetchone()[0] == "2016"
    assert DepotSeances(base).charger(seance.pk).edition == "2016"


# --- chaque page de chaque rapport nomme l'édition du dossier --------------------------------

@lru_cache(maxsize=None)   # chaque rapport n'est fait qu'une fois par langue et par édition
def _rapports(langue: str, edition: str | None = None) -> dict[str, bytes]:
    """Un rapport de chaque sorte, sans contenu; ``edition`` : celle du dossier (sinon la valeur
    par défaut)."""
    e = {"edition": edition} if edition else {}
    vide = Strategie(titre="Stratégie", exercice="2025-2026", **e)
    maj = Strategie(titre="Stratégie", exercice="2025-2026", type="mise_a_jour", **e)
    return {
        "1a": rapport_1a.rapport(Evaluation("1A", sujet="Activité", **e), langue),
        "1b": rapport_1b.rapport(Evaluation("1B", **e), langue),
        "2a": rapport_2a.rapport(Evaluation("2A", **e), langue),
        "seance": rapport_seance.rapport(Seance(titre="Séance", **e), [], langue),
        "strategie": rapport_strategie.rapport(vide, langue),
        "mise_a_jour": rapport_strategie.rapport(maj, langue),
        "plan": rapport_plan.rapport(vide, langue),
    }


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_chaque_page_de_chaque_rapport_nomme_l_edition(langue):
    attendu = PIEDS[langue].format(e="2017")
    for code, pdf in _rapports(langue).items():
        pages = _pages(pdf)
        assert pages, code
        for n, texte in enumerate(pages, start=1):
            assert attendu in texte, (code, n)


@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_le_pied_porte_l_edition_du_dossier_et_non_celle_du_code(langue):
    for code, pdf in _rapports(langue, edition="2016").items():
        for n, texte in enumerate(_pages(pdf), start=1):
            assert PIEDS[langue].format(e="2016") in texte, (code, n)
            assert PIEDS[langue].format(e="2017") not in texte, (code, n)


def test_le_rapport_du_repertoire_porte_l_edition_de_l_exercice(base):
    from gesserv_bureau.cas import production_rapports

    with base.ecriture() as db:
        db.execute("UPDATE exercice SET edition_referentiel = '2016'")
    for langue in ("fr", "en", "bilingue"):
        produit = production_rapports.produire(base, "inventaire", langue)
        for texte in _pages(produit.pdf):
            assert PIEDS[langue].format(e="2016") in texte


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_la_fiche_de_la_strategie_et_du_proces_verbal_imprime_l_edition(langue):
    etiquette = "Édition de la ligne directrice" if langue == "fr" else "Guideline edition"
    for code in ("strategie", "mise_a_jour", "seance"):
        premiere = _pages(_rapports(langue, edition="2016")[code])[0]
        assert f"{etiquette} 2016" in premiere, code


# --- le pied de page n'est jamais coupé -----------------------------------------------------

@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_le_pied_de_page_tient_entier(langue):
    """Une empreinte longue ne coupe plus la ligne en silence : tout le texte est là."""
    from gesserv_bureau.rapports.gabarit import Document, construire, p, styles

    empreinte = "0123456789abcdef" * 6
    doc = Document("Titre", "Title", langue, empreinte=empreinte)
    texte = _pages(construire(doc, [p("Corps", styles()["corps"])], approbation=False))[0]
    assert empreinte in texte
    assert PIEDS[langue].format(e="2017") in texte


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) absent")
@pytest.mark.parametrize("langue", ["fr", "en", "bilingue"])
def test_le_pied_de_page_reste_dans_la_page(tmp_path, langue):
    """Chaque mot du pied de page est dans la page, entre les marges (pdftotext -bbox)."""
    import re

    from reportlab.lib.units import mm

    from gesserv_bureau.rapports.gabarit import MARGE

    for code, pdf in _rapports(langue).items():
        chemin = tmp_path / f"{code}.pdf"
        chemin.write_bytes(pdf)
        sortie = subprocess.run(["pdftotext", "-bbox", str(chemin), "-"], capture_output=True, text=True,
                                check=True).stdout
        for page in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', sortie, re.S):
            largeur, hauteur, mots = float(page[0]), float(page[1]), page[2]
            pied = [(float(a), float(b)) for a, y, b, _ in
                    re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', mots)
                    if float(y) > hauteur - 14 * mm]
            assert pied, code
            assert min(a for a, _ in pied) >= MARGE - 1, code
            assert max(b for _, b in pied) <= largeur - MARGE + 1, code
