"""La règle qui relie les objectifs d'une initiative (domaine.strategie.relier_objectifs), sans Qt :
un objectif existant (même texte) est relié, une ligne corrigée renomme l'objectif qui n'appartient
qu'à cette initiative, sinon un nouvel objectif est ajouté."""

from __future__ import annotations

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie


def _strategie():
    st = Strategie(titre="Stratégie", exercice="2024-2025")
    a, b = regles.objectif("Réduire les délais"), regles.objectif("Offrir le service en ligne")
    st.objectifs = [a, b]
    i1, i2 = regles.initiative("Portail"), regles.initiative("Formulaires")
    i1["objectifs"], i2["objectifs"] = [a["id"]], [a["id"], b["id"]]
    st.initiatives = [i1, i2]
    return st, a, b, i1, i2


def test_les_lignes_perdent_puces_vides_et_doublons():
    assert regles.lignes_objectifs("• Un\n\n  Deux \nUn\n•   \n") == ["Un", "Deux"]


def test_un_objectif_du_meme_texte_est_relie_tel_quel():
    st, a, b, i1, _ = _strategie()
    assert regles.relier_objectifs(st, i1, "Réduire les délais\n• Offrir le service en ligne")
    assert i1["objectifs"] == [a["id"], b["id"]] and len(st.objectifs) == 2


def test_une_ligne_corrigee_renomme_l_objectif_qui_n_appartient_qu_a_l_initiative():
    st, a, b, i1, i2 = _strategie()
    c = regles.objectif("Mesurer la satisfaction")
    st.objectifs.append(c)
    i1["objectifs"] = [c["id"]]
    assert regles.relier_objectifs(st, i1, "Mesurer la satisfaction des clients")
    assert i1["objectifs"] == [c["id"]] and c["texte"] == "Mesurer la satisfaction des clients"
    assert len(st.objectifs) == 3


def test_un_objectif_partage_n_est_pas_renomme_un_nouveau_est_ajoute():
    st, a, b, i1, i2 = _strategie()
    assert regles.relier_objectifs(st, i1, "Réduire les délais de moitié")
    assert a["texte"] == "Réduire les délais"          # i2 le garde tel quel
    nouveau = st.objectifs[-1]
    assert len(st.objectifs) == 3 and nouveau["texte"] == "Réduire les délais de moitié"
    assert i1["objectifs"] == [nouveau["id"]] and i2["objectifs"] == [a["id"], b["id"]]


def test_la_meme_liste_ne_change_rien():
    st, a, b, i1, i2 = _strategie()
    assert not regles.relier_objectifs(st, i2, "• Réduire les délais\nOffrir le service en ligne\n")
    assert regles.objectifs_de(st, i2) == ["Réduire les délais", "Offrir le service en ligne"]
