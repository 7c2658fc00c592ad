"""Attaques contre l'aperçu de la mise à jour annuelle (issue 13, partie 5; 2.5.5, élément 1).

La ligne directrice demande « un aperçu de la Stratégie de gestion des services actuelle du
ministère, notamment : l'endroit où elle se trouve (lien vers la stratégie actuelle); la date
d'approbation et la dernière date de mise à jour, le cas échéant ».

- La mise à jour d'une mise à jour imprimait deux fois la même date : « Date d'approbation » et
  « Dernière mise à jour approuvée » donnaient toutes deux la date de la mise à jour précédente;
  la date d'approbation de la stratégie elle-même n'apparaissait nulle part.
- L'endroit où se trouve la stratégie (lien ou chemin) ne se saisissait ni ne s'imprimait.
- Saisis dans la fenêtre de la mise à jour, l'endroit et les deux dates sont gardés (migration
  0009), imprimés, et font partie de ce que l'approbateur signe; une date impossible (la dernière
  mise à jour avant l'approbation) est refusée avec un message, sans rien changer.
"""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader

from gesserv_bureau.cas import planification, production_rapports
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_tests import DONNEES

LIEN = "https://intranet.example.gc.ca/strategies/sgs-2025-2028.pdf"


def _plat(texte: str) -> str:
    return " ".join(texte.split())


def _texte(pdf: bytes) -> str:
    return _plat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _approuver_le(monkeypatch, base, st, quand: str) -> None:
    monkeypatch.setattr(journal, "maintenant", lambda: quand)
    planification.approuver(base, st, "Comité exécutif des services")
    monkeypatch.undo()


def _completer(base, st) -> None:
    """Juste ce qu'il faut pour que l'approbation soit acceptée (aucune section requise vide)."""
    pk = DepotServices(base).creer(Service("2025-2026", service_id="S-1", nom_fr="Paye", nom_en="Pay"))
    for s in st.sections:
        s["textes"] = {c: "Texte." for c in ("but", "echeance", "gouvernance", "operationnel", "mandat", "liens",
                                              "enonce", "plan_mesure", "evaluation", "texte")}
    st.services = [pk]
    st.ffpm = {c: ["Un point"] for c in st.ffpm}
    st.objectifs = [regles.objectif("Servir en ligne")]
    st.initiatives = [regles.initiative("Demande en ligne", description="Description.", services=[pk])]
    st.risques = [regles.risque("Retard", probabilite="moyen", impact="eleve", attenuation="Suivi mensuel")]
    st.mesures = [regles.mesure(st.initiatives[0]["id"], "Formulaire", secteur="DGSI", date_prevue="2026-10-01")]
    planification.enregistrer(base, st)
    assert regles.sections_requises_vides(st) == []


@pytest.fixture
def chaine(monkeypatch, tmp_path):
    """Une stratégie approuvée le 2025-03-10, sa mise à jour approuvée le 2026-03-12, et la mise
    à jour suivante en brouillon (à partir de la première mise à jour)."""
    base = ouvrir(tmp_path / "r.sqlite")
    base.utilisateur = "analyste"
    st = planification.nouvelle(base, "Stratégie 2025-2028", "2025-2026")
    _completer(base, st)
    _approuver_le(monkeypatch, base, st, "2025-03-10T16:00:00-04:00")
    maj1 = planification.mise_a_jour_annuelle(base, planification.charger(base, st.pk), "2025-2026")
    _approuver_le(monkeypatch, base, maj1, "2026-03-12T15:00:00-04:00")
    maj2 = planification.mise_a_jour_annuelle(base, planification.charger(base, maj1.pk), "2026-2027")
    yield base, st, maj1, maj2
    for fenetre in _FENETRES:   # détruites avant la base : un changement de langue ne les atteint plus
        import shiboken6

        if shiboken6.isValid(fenetre):
            shiboken6.delete(fenetre)
    _FENETRES.clear()
    base.fermer()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_la_mise_a_jour_d_une_mise_a_jour_imprime_deux_dates_distinctes(chaine, langue):
    base, _st, _maj1, maj2 = chaine
    texte = _texte(production_rapports.produire(base, "mise_a_jour", langue, cle=str(maj2.pk)).pdf)
    if langue == "fr":
        assert "1. Aperçu de la Stratégie de gestion des services actuelle du ministère" in texte
        assert "Date d'approbation 2025-03-10" in texte
        assert "Dernière date de mise à jour 2026-03-12" in texte
    else:
        assert "1. Overview of the department's current Service Management Strategy" in texte
        assert "Approval date 2025-03-10" in texte
        assert "Last update date 2026-03-12" in texte


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_la_premiere_mise_a_jour_n_a_pas_de_mise_a_jour_precedente(chaine, langue):
    base, _st, maj1, _maj2 = chaine
    texte = _texte(production_rapports.produire(base, "mise_a_jour", langue, cle=str(maj1.pk)).pdf)
    if langue == "fr":
        assert "Date d'approbation 2025-03-10" in texte
        assert "Dernière date de mise à jour aucune mise à jour approuvée avant celle-ci" in texte
    else:
        assert "Approval date 2025-03-10" in texte
        assert "Last update date no approved update before this one" in texte


def test_l_apercu_est_propose_d_apres_les_versions_approuvees(chaine):
    base, _st, maj1, maj2 = chaine
    assert (maj1.emplacement, maj1.approbation_originale_le, maj1.derniere_mise_a_jour_le) == ("", "2025-03-10", "")
    relue = planification.charger(base, maj2.pk)
    assert (relue.emplacement, relue.approbation_originale_le, relue.derniere_mise_a_jour_le) == (
        "", "2025-03-10", "2026-03-12")


_FENETRES: list = []


def _fenetre(qtbot, base, st, langue):
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie

    fenetre = FenetreStrategie(base, st, langue)
    _FENETRES.append(fenetre)
    return fenetre


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


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_saisir_l_endroit_et_les_dates_dans_la_fenetre(qtbot, chaine, traduire, langue):
    from PySide6.QtCore import QDate, Qt

    base, _st, _maj1, maj2 = chaine
    traduire(langue)
    fenetre = _fenetre(qtbot, base, maj2, langue)
    assert fenetre.apercu.isVisibleTo(fenetre)
    assert fenetre.etiquette_emplacement.text() == ("&Endroit (lien ou chemin) :" if langue == "fr"
                                                    else "&Location (link or path):")
    assert fenetre.date_approbation.iso() == "2025-03-10" and fenetre.date_derniere.iso() == "2026-03-12"
    # l'endroit, au clavier : gardé à chaque frappe
    fenetre.emplacement.setFocus()
    qtbot.keyClicks(fenetre.emplacement, LIEN)
    assert planification.charger(base, maj2.pk).emplacement == LIEN
    # la date d'approbation corrigée : gardée
    fenetre.date_approbation.setDate(QDate(2025, 3, 11))
    assert planification.charger(base, maj2.pk).approbation_originale_le == "2025-03-11"
    # une dernière mise à jour avant l'approbation : refusée, dite, rien de changé
    fenetre.date_derniere.setDate(QDate(2024, 1, 1))
    assert fenetre.bandeau.isVisibleTo(fenetre)
    attendu = ("La dernière date de mise à jour ne peut pas précéder la date d'approbation de la stratégie : "
               "rien n'a été changé." if langue == "fr" else
               "The last update date cannot be earlier than the strategy's approval date: nothing was changed.")
    assert fenetre.bandeau.text() == attendu
    assert planification.charger(base, maj2.pk).derniere_mise_a_jour_le == "2026-03-12"
    assert fenetre.date_derniere.iso() == "2026-03-12"
    # Suppr : aucune dernière mise à jour
    qtbot.keyClick(fenetre.date_derniere, Qt.Key.Key_Delete)
    assert planification.charger(base, maj2.pk).derniere_mise_a_jour_le == ""
    # le rapport imprime ce qui a été saisi
    texte = _texte(production_rapports.produire(base, "mise_a_jour", langue, cle=str(maj2.pk)).pdf)
    assert LIEN in texte.replace(" ", "")
    assert ("Date d'approbation 2025-03-11" if langue == "fr" else "Approval date 2025-03-11") in texte
    assert ("Dernière date de mise à jour aucune mise à jour approuvée avant celle-ci" if langue == "fr"
            else "Last update date no approved update before this one") in texte


def test_une_strategie_n_a_pas_d_apercu_a_saisir(qtbot, chaine):
    base, st, _maj1, _maj2 = chaine
    fenetre = _fenetre(qtbot, base, planification.charger(base, st.pk), "fr")
    assert not fenetre.apercu.isVisibleTo(fenetre)


def test_une_mise_a_jour_approuvee_est_figee_apercu_compris(qtbot, chaine):
    base, _st, maj1, _maj2 = chaine
    approuvee = planification.charger(base, maj1.pk)
    fenetre = _fenetre(qtbot, base, approuvee, "fr")
    assert fenetre.emplacement.isReadOnly()
    assert not fenetre.date_approbation.isEnabled() and not fenetre.date_derniere.isEnabled()
    with pytest.raises(planification.StrategieFigee):
        planification.modifier_apercu(base, approuvee, emplacement=LIEN)
    assert planification.charger(base, maj1.pk).emplacement == ""


@pytest.mark.parametrize("mauvaise", ["2026-13-01", "12/03/2026", "hier", "2026-3-1"])
def test_une_date_mal_formee_ne_change_rien(chaine, mauvaise):
    base, _st, _maj1, maj2 = chaine
    with pytest.raises(planification.DateInvalide):
        planification.modifier_apercu(base, maj2, emplacement=LIEN, approbation_originale_le=mauvaise)
    relue = planification.charger(base, maj2.pk)
    assert (relue.emplacement, relue.approbation_originale_le) == ("", "2025-03-10")
    assert (maj2.emplacement, maj2.approbation_originale_le) == ("", "2025-03-10")


def test_l_approbateur_signe_l_apercu_saisi_et_seulement_s_il_l_est(chaine):
    import json

    from gesserv_bureau.domaine import contenu_approuve

    base, _st, _maj1, maj2 = chaine
    signe = json.loads(contenu_approuve.strategie(maj2, "2027-03-01", "Comité"))
    assert signe["approbation_originale_le"] == "2025-03-10" and signe["derniere_mise_a_jour_le"] == "2026-03-12"
    assert "emplacement" not in signe
    planification.modifier_apercu(base, maj2, emplacement=LIEN)
    assert json.loads(contenu_approuve.strategie(maj2, "2027-03-01", "Comité"))["emplacement"] == LIEN
    # sans aperçu (une version d'avant 0009), le contenu signé est celui d'avant : ses preuves tiennent
    vieille = regles.Strategie(titre="T", type="mise_a_jour")
    assert not {"emplacement", "approbation_originale_le", "derniere_mise_a_jour_le"} & set(
        json.loads(contenu_approuve.strategie(vieille, "", "")))


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_une_base_d_avant_0009_tire_les_dates_des_versions_approuvees(tmp_path, langue):
    """La base figée v8 : une mise à jour approuvée le 2026-03-12 de la stratégie approuvée le
    2025-03-10, et la mise à jour suivante, sans aperçu saisi."""
    chemin = tmp_path / "r.sqlite"
    shutil.copy2(DONNEES / "schema_v8.sqlite", chemin)
    with ouvrir(chemin) as base:
        (brouillon,) = [s for s in planification.toutes(base) if s.type == "mise_a_jour" and s.statut == "brouillon"]
        assert (brouillon.approbation_originale_le, brouillon.derniere_mise_a_jour_le) == ("", "")
        a = planification.apercu(base, brouillon)
        assert (a.emplacement, a.approbation_originale_le, a.derniere_mise_a_jour_le) == ("", "2025-03-10", "2026-03-12")
        texte = _texte(production_rapports.produire(base, "mise_a_jour", langue, cle=str(brouillon.pk)).pdf)
    if langue == "fr":
        assert "Date d'approbation 2025-03-10" in texte and "Dernière date de mise à jour 2026-03-12" in texte
        assert "Endroit où elle se trouve (lien ou chemin) (non rempli)" in texte
    else:
        assert "Approval date 2025-03-10" in texte and "Last update date 2026-03-12" in texte
        assert "Where it can be found (link or path) (not filled in)" in texte
