"""Services électroniques : pourcentage en ligne d'un service (élément 18) et proportion des
services électroniques d'un ministère (2.9.4, deux formules), puis le sommaire d'un exercice."""

from __future__ import annotations

import pytest

from gesserv_bureau.domaine.services_electroniques import (
    EntreeCalcul,
    pourcentage_compte,
    pourcentage_en_ligne,
    proportion_electronique,
)
from gesserv_bureau.domaine.sommaire import sommaire

from outils_tests import points


@pytest.mark.parametrize(
    "lettres, attendu",
    [
        ("oooooo", 100.0),
        ("nnnnnn", 0.0),
        ("oooonn", 400 / 6),   # 4 oui sur 6 points applicables
        ("oooono", 500 / 6),   # 5 oui sur 6
        ("soooon", 80.0),      # S.O. ne compte pas : 4 oui sur 5
        ("ssnnsn", 0.0),       # 0 oui sur 3
        ("ossssn", 50.0),
        ("osssss", 100.0),
    ],
)
def test_pourcentage_en_ligne(lettres, attendu):
    assert pourcentage_en_ligne(points(lettres)) == pytest.approx(attendu)


@pytest.mark.parametrize("lettres", ["ooooo?", "??????", "ssssss"])
def test_pourcentage_inconnu(lettres):
    # Un point sans réponse, ou aucun point applicable : le pourcentage du service est inconnu
    # (la table montre « — »); le calcul de 2.9.4 le compte quand même (pourcentage_compte).
    assert pourcentage_en_ligne(points(lettres)) is None


def test_pourcentage_sans_points():
    assert pourcentage_en_ligne({}) is None


def _e(lettres: str, exclu: bool = False, justification: str = "", portee: str | None = "externe",
       service_id: str = "") -> EntreeCalcul:
    return EntreeCalcul(tuple(points(lettres).values()), portee, exclu, justification, service_id, service_id)


@pytest.mark.parametrize(
    "lettres, attendu",
    [("oooooo", 100.0), ("oonnss", 50.0), ("oo?ooo", 500 / 6), ("??????", 0.0), ("ssssss", 0.0), ("o?ssss", 50.0)],
)
def test_pourcentage_compte_dans_2_9_4(lettres, attendu):
    # un point sans réponse compte comme applicable et non offert en ligne; aucun point : 0
    assert pourcentage_compte(points(lettres)) == pytest.approx(attendu)


def test_proportion_deux_formules_exemple_calcule_a_la_main():
    services = [
        _e("oooooo", service_id="A"),  # 100 %, offert par voie électronique
        _e("oonnss", service_id="B"),  # 2 oui / 4 applicables = 50 %
        _e("ooooos", service_id="C"),  # 100 % (le S.O. ne compte pas) : électronique
        _e("nnnnnn", service_id="D"),  # 0 %
        _e("nnnnnn", True, "Interdit en ligne par la loi.", service_id="E"),  # exclu par écrit
        _e("oo?ooo", service_id="F"),  # un point sans réponse : non en ligne, 5/6 ; à compléter
        _e("ssssss", service_id="G"),  # aucun point applicable : 0 %, à compléter
    ]
    r = proportion_electronique(services)
    assert (r.total, r.electroniques) == (6, 2)
    assert r.somme_pourcentages == pytest.approx(100 + 50 + 100 + 0 + 500 / 6 + 0)
    assert [x.service.service_id for x in r.exclus] == ["E"]
    assert r.exclus[0].justification == "Interdit en ligne par la loi."
    assert [n.service_id for n in r.a_completer] == ["F", "G"]
    # Proportion des services électroniques : 2 offerts par voie électronique ÷ 6
    assert r.proportion == pytest.approx(100 / 3)
    # Pourcentage moyen de chaque service qui peut être effectué en ligne : somme ÷ 6
    assert r.pourcentage_moyen == pytest.approx((250 + 500 / 6) / 6)


def test_exclusion_retire_du_denominateur_seulement_avec_sa_justification():
    sans = proportion_electronique([_e("oooooo"), _e("nnnnnn")])
    avec = proportion_electronique([_e("oooooo"), _e("nnnnnn", True, "Interdit en ligne par la loi.")])
    refusee = proportion_electronique([_e("oooooo"), _e("nnnnnn", True, "  ", service_id="X")])
    assert sans.proportion == pytest.approx(50.0)
    assert avec.proportion == pytest.approx(100.0)
    assert (avec.total, len(avec.exclus)) == (1, 1)
    # une exclusion sans justification écrite est refusée : le service reste compté
    assert (refusee.total, refusee.exclus, refusee.proportion) == (2, (), pytest.approx(50.0))
    assert [n.service_id for n in refusee.exclusions_refusees] == ["X"]


def test_les_services_internes_non_integres_ne_sont_pas_comptes():
    r = proportion_electronique([_e("oooooo"), _e("nnnnnn", portee="interne_non_integre")])
    assert (r.total, r.internes, r.proportion) == (1, 1, pytest.approx(100.0))


def test_proportion_sans_service_retenu():
    r = proportion_electronique([_e("oooooo", True, "Justifié.")])
    assert (r.total, len(r.exclus)) == (0, 1)
    assert r.proportion is None and r.pourcentage_moyen is None
    assert proportion_electronique([]).proportion is None


def test_sommaire_compte_tout():
    lignes = [
        # (entrée du calcul, désignations, à compléter, type)
        (_e("oooooo"), ("prioritaire", "critique"), 0, "ressources"),
        (_e("oonnss"), ("prioritaire",), 2, "conformite"),
        (_e("nnnnnn", True, "Service de crise, en personne.", portee="interne"), (), 0, "rh"),
        (_e("?ooooo", portee="interne"), ("essentiel",), 1, "rh"),
        (_e("ssssss", portee=None), (), 5, None),
    ]
    s = sommaire(lignes)
    assert s.total == 5
    assert s.par_portee == {"externe": 2, "interne": 2, "": 1}
    assert s.par_type == {"ressources": 1, "conformite": 1, "rh": 2, "": 1}
    assert s.par_designation == {"prioritaire": 2, "critique": 1, "essentiel": 1}
    assert (s.complets, s.a_completer) == (2, 3)
    # compté : 100, 50, 5/6 (un point sans réponse), 0 (aucun point applicable)
    assert (s.electronique.total, s.electronique.electroniques) == (4, 1)
    assert (len(s.electronique.exclus), len(s.electronique.a_completer)) == (1, 2)
    assert s.electronique.pourcentage_moyen == pytest.approx((150 + 500 / 6) / 4)


def test_sommaire_vide():
    s = sommaire([])
    assert (s.total, s.complets, s.a_completer) == (0, 0, 0)
    assert s.par_portee == {} and s.par_designation == {}
    assert s.electronique.proportion is None


def test_un_service_interne_non_integre_est_hors_du_calcul():
    from gesserv_bureau.domaine.services_electroniques import hors_du_calcul
    from gesserv_bureau.referentiel.codes import INTERNE_NON_INTEGRE

    assert hors_du_calcul(INTERNE_NON_INTEGRE)
    assert not hors_du_calcul("externe") and not hors_du_calcul("interne") and not hors_du_calcul(None)


def test_seules_les_justifications_des_points_so_ecrites_sont_gardees():
    from gesserv_bureau.domaine.services_electroniques import justifications_so_retenues

    points = {"a": "so", "b": "oui", "c": "so", "d": None}
    textes = {"a": "pas de comptoir", "b": "texte resté d'avant", "c": "", "d": "x"}
    assert justifications_so_retenues(points, textes) == {"a": "pas de comptoir"}
    assert justifications_so_retenues(points, {}) == {}


def test_les_chiffres_d_un_mode_suivent_son_etat():
    from gesserv_bureau.domaine.service import chiffres_permis, etat_apres_chiffre

    assert chiffres_permis(None) and chiffres_permis("donnees")
    assert not chiffres_permis("non_disponible") and not chiffres_permis("sans_objet")
    assert etat_apres_chiffre(None) == "donnees"
    assert etat_apres_chiffre("donnees") == "donnees"
    assert etat_apres_chiffre("sans_objet") == "sans_objet"
