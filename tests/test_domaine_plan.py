"""Les règles de la saisie du plan de travail (annexe 2C) dans domaine.strategie, sans Qt : les
valeurs permises d'une mesure, le rang d'une nouvelle mesure, les initiatives sans mesure, les
secteurs proposés, le nom d'une initiative."""

from __future__ import annotations

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie


def _strategie():
    st = Strategie(titre="Stratégie", exercice="2025-2026")
    a, b, c = regles.initiative("Portail"), regles.initiative("Formulaires"), regles.initiative("Sans mesure")
    st.initiatives = [a, b, c]
    st.mesures = [regles.mesure(a["id"], "Un", secteur=" Division X1 "), regles.mesure(b["id"], "Deux", secteur=""),
                  regles.mesure(a["id"], "Trois", secteur="division a")]
    return st, a, b, c


def test_une_nouvelle_mesure_suit_celles_de_son_initiative():
    st, a, b, c = _strategie()
    assert regles.rang_nouvelle_mesure(st, a["id"]) == 3
    assert regles.rang_nouvelle_mesure(st, b["id"]) == 2
    assert regles.rang_nouvelle_mesure(st, c["id"]) == 3      # aucune mesure : à la fin


def test_les_initiatives_sans_mesure_et_les_secteurs():
    st, _a, _b, c = _strategie()
    assert regles.initiatives_sans_mesure(st) == [c]
    assert regles.secteurs(st) == ["division a", "Division X1"]


def test_les_valeurs_permises_d_une_mesure():
    st, a, b, _c = _strategie()
    m = st.mesures[0]
    assert not regles.modifier_mesure(st, m, "etat", "inconnu")
    assert regles.modifier_mesure(st, m, "etat", "delais") and m["etat"] == "delais"
    assert not regles.modifier_mesure(st, m, "etat", "delais")             # inchangé
    assert not regles.modifier_mesure(st, m, "date_prevue", "2025-13-01")
    assert regles.modifier_mesure(st, m, "date_prevue", " 2025-09-30 ") and m["date_prevue"] == "2025-09-30"
    assert regles.modifier_mesure(st, m, "date_prevue", "") and m["date_prevue"] == ""
    assert not regles.modifier_mesure(st, m, "initiative_id", "introuvable")
    assert regles.modifier_mesure(st, m, "initiative_id", b["id"]) and m["initiative_id"] == b["id"]
    assert regles.modifier_mesure(st, m, "secteur", "  Division Y ") and m["secteur"] == "Division Y"
    assert not regles.modifier_mesure(st, m, "mesure", "Un ")
    assert not regles.modifier_mesure(st, m, "id", "autre")


def test_une_initiative_ajoutee_ou_renommee_a_un_nom():
    st, a, _b, _c = _strategie()
    assert regles.ajouter_initiative(st, "   ") is None and len(st.initiatives) == 3
    nouvelle = regles.ajouter_initiative(st, " Guichet ")
    assert nouvelle["nom"] == "Guichet" and st.initiatives[-1] is nouvelle
    assert not regles.renommer_initiative(a, "  ") and not regles.renommer_initiative(a, "Portail ")
    assert regles.renommer_initiative(a, " Portail unique") and a["nom"] == "Portail unique"
