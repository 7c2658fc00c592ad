"""Le référentiel : les listes de la ligne directrice (2017), dans les deux langues, au libellé
officiel de la semence française."""

from __future__ import annotations

import re
import pytest

from gesserv_bureau.referentiel import EDITION, messages
from gesserv_bureau.referentiel.codes import (
    DESIGNATIONS,
    ETATS_VOLUME,
    GROUPES_CLIENTS,
    MODES,
    OUI_NON,
    OUI_NON_SO,
    POINTS_INTERACTION,
    PORTEES,
    TYPES_EXTERNES,
    TYPES_INTERNES,
    TYPES_SERVICE,
    types_pour_portee,
)
from gesserv_bureau.referentiel.elements import ELEMENTS, PAR_CODE
from gesserv_bureau.referentiel.exemples_1a import EXEMPLES_1A
from gesserv_bureau.referentiel.outil_1a import CONCLUSIONS, QUESTIONS

from outils_tests import SEED

LISTES = {
    "TYPES_EXTERNES": (TYPES_EXTERNES, 5),
    "TYPES_INTERNES": (TYPES_INTERNES, 10),
    "DESIGNATIONS": (DESIGNATIONS, 3),
    "GROUPES_CLIENTS": (GROUPES_CLIENTS, 7),
    "MODES": (MODES, 4),
    "POINTS_INTERACTION": (POINTS_INTERACTION, 6),
    "PORTEES": (PORTEES, 2),
    "ETATS_VOLUME": (ETATS_VOLUME, 3),
    "OUI_NON_SO": (OUI_NON_SO, 3),
    "OUI_NON": (OUI_NON, 2),
}


@pytest.fixture(scope="module")
def semence() -> str:
    # Jamais sauté : sans la semence, rien ne prouve que le référentiel dit ce que dit la ligne directrice.
    if not SEED.exists():
        pytest.fail(f"semence de la ligne directrice absente : {SEED} (shared/ doit être à côté du projet)")
    return SEED.read_text(encoding="utf-8")


def test_edition_2017():
    assert EDITION == "2017"


@pytest.mark.parametrize("nom", list(LISTES))
def test_taille_et_libelles_bilingues(nom):
    liste, attendu = LISTES[nom]
    assert len(liste) == attendu
    codes = liste.codes()
    assert len(set(codes)) == len(codes), f"codes en double dans {nom}"
    for libelle in liste:
        assert libelle.code and libelle.fr.strip() and libelle.en.strip(), libelle
        assert libelle.fr != libelle.en or libelle.fr == "Application", libelle


def test_types_service_reunit_1c_et_1d_sans_chevauchement():
    assert TYPES_SERVICE.codes() == TYPES_EXTERNES.codes() + TYPES_INTERNES.codes()
    assert not set(TYPES_EXTERNES.codes()) & set(TYPES_INTERNES.codes())
    assert types_pour_portee("externe") is TYPES_EXTERNES
    assert types_pour_portee("interne") is TYPES_INTERNES
    assert types_pour_portee(None) is TYPES_SERVICE


def test_liste_codes_consultation():
    assert TYPES_EXTERNES.par_code("regles").fr == "Établissement de règles"
    assert TYPES_EXTERNES.par_code("rh") is None
    assert TYPES_INTERNES.texte("ti", "en") == "Information technology services"
    assert TYPES_INTERNES.texte("ti", "fr") == "Services de technologie de l'information"
    assert MODES.texte(None, "fr") == ""
    assert MODES.texte("inconnu", "en") == ""
    assert OUI_NON.codes() == ["oui", "non"]


def test_dix_huit_elements_numerotes():
    assert [e.numero for e in ELEMENTS] == list(range(1, 19))
    assert len(PAR_CODE) == 18
    for e in ELEMENTS:
        assert e.fr.strip() and e.en.strip(), e.numero
        assert e.description_fr.strip() and e.description_en.strip(), e.numero
        assert e.nom("en") == e.en and e.nom("fr") == e.fr
        assert e.description("en") == e.description_en


def test_noms_des_elements_au_libelle_officiel(semence):
    for e in ELEMENTS:
        assert e.fr in semence, f"élément {e.numero} : « {e.fr} » absent de la semence"
    # Quelques lignes du tableau 5, mot pour mot : numéro, nom, description.
    assert "1\tNuméro d'ID du service\tUn numéro unique attribué à un service" in semence
    assert "2\tNom du service\tLe nom officiel du service." in semence
    assert PAR_CODE["service_id"].description_fr in semence
    assert PAR_CODE["description"].description_fr in semence
    assert PAR_CODE["designations"].description_fr in semence


def test_types_externes_annexe_1c_mot_pour_mot(semence):
    for i, libelle in enumerate(TYPES_EXTERNES, start=1):
        assert f"{i}. {libelle.fr}" in semence, libelle.fr
    # L'annexe 1C écrit « Établissement de règles »; le tableau 5, « établissement de règles ».
    assert "<p>5. Établissement de règles.</p>" in semence
    ligne_tableau_5 = next(l for l in semence.splitlines() if "1. Ressources 2. Services consultatifs" in l)
    attendu = " ".join(
        f"{i}. {l.fr if i < 5 else l.fr[0].lower() + l.fr[1:]}" for i, l in enumerate(TYPES_EXTERNES, start=1)
    )
    assert attendu in ligne_tableau_5


def test_types_internes_annexe_1d_et_tableau_5(semence):
    for i, libelle in enumerate(TYPES_INTERNES, start=1):
        assert f"{i}. {libelle.fr}" in semence, libelle.fr  # annexe 1D
    # Le tableau 5 les numérote de 6 à 15, à la suite des types externes.
    attendu = " ".join(f"{i}. {l.fr}" for i, l in enumerate(TYPES_INTERNES, start=6))
    assert attendu in semence


def test_groupes_modes_et_points_du_tableau_5(semence):
    ligne_13 = next(l for l in semence.splitlines() if "Groupe de clients ou de services cibles |" in l)
    groupes = "".join(f"{i}. {l.fr}" for i, l in enumerate(GROUPES_CLIENTS, start=1))
    # le tableau écrit « 7. environnement » en minuscule
    assert groupes.replace("7. Environnement", "7. environnement") in ligne_13
    ligne_14 = next(l for l in semence.splitlines() if "| 14 | Volume par mode |" in l)
    assert "".join(f"{i}. {l.fr}" for i, l in enumerate(MODES, start=1)) in ligne_14
    ligne_18 = next(l for l in semence.splitlines() if "| 18 | Services électroniques |" in l)
    assert "".join(f"• {l.fr}" for l in POINTS_INTERACTION).replace("• ", "•") in ligne_18.replace("• ", "•")


def test_designations_du_tableau_5(semence):
    description = PAR_CODE["designations"].description_fr
    for libelle in DESIGNATIONS:
        assert libelle.fr.lower() in description, libelle.fr
    assert [l.en for l in DESIGNATIONS] == ["Priority service", "Mission-critical service", "Essential service"]


def test_outil_1a_questions_mot_pour_mot(semence):
    assert [q.code for q in QUESTIONS] == [f"q{i}" for i in range(1, 9)]
    for q in QUESTIONS:
        assert q.fr in semence, q.code
        assert q.en.strip().endswith("?")
    assert {c.code for c in CONCLUSIONS} == {"service", "pas_un_service"}


def test_exemples_1a_conformes_a_la_semence(semence):
    # Les coquilles de la semence que le référentiel corrige, et elles seules : la liste commentée
    # de test_referentiel_semence (« déglçage », « exploitants de porc »…).
    from test_referentiel_semence import CORRECTIONS

    corrigee = semence
    for coquille, correction, _raison in CORRECTIONS:
        corrigee = corrigee.replace(coquille, correction)
    assert [e["nom"] for e in EXEMPLES_1A] == [
        "Agri-stabilité",
        "Programme de déglaçage",
        "Site Web de Prestations du Canada",
    ]
    for exemple in EXEMPLES_1A:
        assert exemple["description"] in corrigee, exemple["nom"]
        for code, (reponse, analyse) in exemple["reponses"].items():
            assert reponse in ("oui", "non")
            assert analyse in corrigee, (exemple["nom"], code)
    assert [r for r, _ in EXEMPLES_1A[0]["reponses"].values()] == ["oui"] * 8
    assert [r for r, _ in EXEMPLES_1A[1]["reponses"].values()] == ["oui"] * 8
    assert EXEMPLES_1A[2]["reponses"]["q1"][0] == "non"


def test_messages_bilingues_avec_memes_parametres():
    for code, (fr, en) in messages.MESSAGES.items():
        assert fr.strip() and en.strip(), code
        assert set(re.findall(r"\{(\w+)\}", fr)) == set(re.findall(r"\{(\w+)\}", en)), code


def test_texte_d_un_message():
    assert messages.texte("exercice_invalide", "fr", valeur="2024") == (
        "L'exercice « 2024 » doit s'écrire AAAA-AAAA, deux années consécutives (p. ex. 2024-2025)."
    )
    assert messages.texte("exercice_invalide", "en", valeur="2024").startswith("Fiscal year “2024”")
    with pytest.raises(KeyError):
        messages.texte("code_inexistant", "fr")


def test_chaque_type_a_sa_description_d_annexe_dans_les_deux_langues(semence):
    from gesserv_bureau.referentiel.codes import TYPES_SERVICE
    from gesserv_bureau.referentiel.types_details import DETAILS, puces

    assert set(DETAILS) == set(TYPES_SERVICE.codes())
    for code, (fr, en) in DETAILS.items():
        assert fr and len(fr) == len(en), code
        assert puces(code, "en") == en and puces(code, "fr") == fr
    # le texte français est celui des annexes 1C et 1D (toutes les puces : test_referentiel_semence)
    for code in ("ressources", "conformite", "rh", "surveillance"):
        for puce in DETAILS[code][0]:
            assert puce.rstrip(".") in semence, puce
