"""Les sections d'une stratégie (annexe 2B) : le titre que le ministère leur donne, et celles
qui se retirent — des règles sans Qt, que la fenêtre de la stratégie appelle."""

from __future__ import annotations

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.referentiel import strategie as ref


def _section_officielle() -> dict:
    code = next(iter(ref.PAR_CODE))
    return regles.section(code)


def test_renommer_une_section_garde_le_titre_du_ministere():
    s = _section_officielle()
    regles.renommer_section(s, "  Nos clients et nous  ", "fr")
    assert s["titre"] == "Nos clients et nous"
    assert regles.titre_section(s, "en") == "Nos clients et nous"


def test_le_titre_officiel_ou_vide_rend_la_section_a_l_annexe_2b():
    s = _section_officielle()
    officiel_fr = regles.titre_section(s, "fr")
    officiel_en = regles.titre_section(s, "en")
    regles.renommer_section(s, "Autre titre", "fr")
    regles.renommer_section(s, officiel_fr, "fr")
    assert s["titre"] == ""
    assert regles.titre_section(s, "en") == officiel_en   # le titre officiel suit la langue
    regles.renommer_section(s, "Autre titre", "fr")
    regles.renommer_section(s, "   ", "fr")
    assert s["titre"] == ""


def test_une_section_libre_a_un_titre_sans_equivalent_officiel():
    s = regles.section("libre", "Annexe du ministère", requise=False)
    regles.renommer_section(s, "Annexe revue", "fr")
    assert s["titre"] == "Annexe revue"


def test_seules_les_sections_ajoutees_se_retirent():
    libre = regles.section("libre", "Ajoutée", requise=False)
    officielle = _section_officielle()
    assert regles.section_retirable(libre)
    assert not regles.section_retirable(officielle)
    st = regles.Strategie(titre="Essai", sections=[officielle, libre])
    assert not regles.retirer_section(st, 0)
    assert regles.retirer_section(st, 1)
    assert st.sections == [officielle]
