"""Les règles de la séance d'examen (domaine.seances) : l'état des examens et le cycle de vie
brouillon → terminée → approuvée, sans Qt."""

from __future__ import annotations

from gesserv_bureau.domaine import seances
from gesserv_bureau.domaine.evaluations import Evaluation, Seance


def _examen(statut="brouillon", **contenu) -> Evaluation:
    ev = Evaluation("2A", exercice="2024-2025", service_pk=1)
    ev.statut = statut
    ev.contenu.update(contenu)
    return ev


def _seance(statut="brouillon", approbation=None) -> Seance:
    s = Seance(titre="Groupe de travail", date="2024-11-05", exercice="2024-2025")
    s.statut, s.approbation = statut, approbation
    return s


def test_un_examen_ouvert_sans_reponse_est_vierge_et_une_reponse_le_commence():
    ev = _examen()
    assert seances.examen_vierge(ev)
    ev.contenu["reponses"] = {"q2": {"reponse": "oui"}}
    assert not seances.examen_vierge(ev)
    assert not seances.examen_vierge(_examen(justification="Un motif"))
    assert seances.examen_vierge(_examen(justification="   "))
    assert not seances.examen_vierge(_examen("terminee"))


def test_fini_veut_dire_termine_ou_approuve():
    assert [seances.examen_fini(x) for x in (None, _examen(), _examen("terminee"), _examen("approuvee"))] == \
        [False, False, True, True]


def test_l_etat_porte_la_recommandation_donnee():
    assert seances.cle_etat(_examen("terminee", recommandation="oui")) == ("terminee", "oui")
    assert seances.cle_etat(_examen(recommandation="peut-être")) == ("brouillon", None)
    assert seances.cle_etat(_examen("inconnu")) == ("brouillon", None)


def test_l_etape_d_une_seance_en_brouillon_depend_des_examens_commences():
    assert seances.etape(_seance(), commencee=False) == "preparation"
    assert seances.etape(_seance(), commencee=True) == "en_cours"
    assert seances.etape(_seance("terminee"), commencee=True) == "terminee"


def test_une_seance_terminee_redevient_brouillon_quand_un_examen_n_est_pas_fini():
    fini = _examen("terminee")
    assert seances.statut_apres_preparation(_seance("terminee"), [fini, fini]) == "terminee"
    assert seances.statut_apres_preparation(_seance("terminee"), [fini, None]) == "brouillon"
    assert seances.statut_apres_preparation(_seance("terminee"), [fini, _examen()]) == "brouillon"
    assert seances.statut_apres_preparation(_seance("approuvee"), [None]) == "approuvee"


def test_la_seance_se_termine_au_sommaire_tous_les_examens_finis():
    fini = _examen("approuvee")
    assert seances.statut_apres_reunion(_seance(), au_sommaire=True, examens=[fini, _examen("terminee")]) == "terminee"
    assert seances.statut_apres_reunion(_seance(), au_sommaire=False, examens=[fini]) == "brouillon"
    assert seances.statut_apres_reunion(_seance(), au_sommaire=True, examens=[fini, _examen()]) == "brouillon"
    assert seances.statut_apres_reunion(_seance(), au_sommaire=True, examens=[]) == "brouillon"
    assert seances.statut_apres_reunion(_seance("approuvee"), au_sommaire=True, examens=[fini]) == "approuvee"


def test_une_seance_approuvee_est_figee_et_ne_reste_qu_a_signer():
    assert seances.modifiable(_seance("terminee")) and not seances.modifiable(_seance("approuvee"))
    assert seances.peut_etre_approuvee(_seance("terminee"))
    assert not seances.peut_etre_approuvee(_seance())
    assert seances.approbation_a_signer(_seance("approuvee"))
    assert seances.peut_etre_approuvee(_seance("approuvee"))
    signee = _seance("approuvee", approbation={"signature": "…"})
    assert not seances.approbation_a_signer(signee) and not seances.peut_etre_approuvee(signee)
