"""Filtrer les lignes de l'inventaire sans Qt : texte sans accents, plusieurs mots, type,
portée, désignation (dont « aucune ») et services à compléter."""

from __future__ import annotations

import pytest

from gesserv_bureau.domaine.recherche import Filtre, cle_recherche, filtrer, replier
from gesserv_bureau.domaine.lignes import LigneInventaire


def ligne(pk, service_id, nom_fr, nom_en, type_service, portee, designations, proprietaire, a_completer=0):
    return LigneInventaire(pk, service_id, nom_fr, nom_en, type_service, portee, tuple(designations),
                           proprietaire, None, a_completer)


LIGNES = [
    ligne(1, "GCC-014", "Programme de déglaçage", "Icebreaking Program", "ressources", "externe",
          ["prioritaire", "critique"], "Garde côtière canadienne"),
    ligne(2, "AAC-001", "Agri-stabilité", "AgriStability", "ressources", "externe",
          ["prioritaire"], "Agriculture et Agroalimentaire Canada"),
    ligne(3, "INT-RH-01", "Administration de la paye", "Pay administration", "rh", "interne",
          [], "Services publics et Approvisionnement Canada"),
    ligne(4, "TC-031", "Délivrance des licences de pilote de drone", "Drone pilot certificates",
          "conformite", "externe", [], "Transports Canada", a_completer=3),
    ligne(5, "AIPRP-01", "Traitement des demandes d'accès à l'information", "", "surveillance",
          "interne", ["essentiel"], "", a_completer=7),
]
CLES = [cle_recherche(l) for l in LIGNES]


def pks(filtre: Filtre) -> list[int]:
    return [LIGNES[i].pk for i in filtrer(LIGNES, CLES, filtre)]


def test_replier():
    assert replier("Déglaçage ÉTÉ") == "deglacage ete"
    assert replier("Œuvre") == "œuvre"


def test_filtre_vide_garde_tout_dans_l_ordre():
    assert Filtre().est_vide()
    assert pks(Filtre()) == [1, 2, 3, 4, 5]
    assert pks(Filtre(texte="   ")) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "texte, attendu",
    [
        ("deglacage", [1]),
        ("DÉGLAÇAGE", [1]),
        ("icebreaking", [1]),             # nom anglais
        ("gcc-014", [1]),                 # numéro d'ID
        ("garde cotiere", [1]),           # propriétaire, sans accents
        ("canada", [2, 3, 4]),
        ("canada pilote", [4]),           # tous les mots doivent se trouver
        ("pilote agriculture", []),
        ("acces information", [5]),
        ("stabilite", [2]),
        ("inexistant", []),
    ],
)
def test_texte(texte, attendu):
    assert pks(Filtre(texte=texte)) == attendu


def test_type_et_portee():
    assert pks(Filtre(type_service="ressources")) == [1, 2]
    assert pks(Filtre(type_service="rh")) == [3]
    assert pks(Filtre(portee="interne")) == [3, 5]
    assert pks(Filtre(portee="externe", type_service="conformite")) == [4]
    assert pks(Filtre(portee="interne", type_service="ressources")) == []


def test_designation():
    assert pks(Filtre(designation="prioritaire")) == [1, 2]
    assert pks(Filtre(designation="critique")) == [1]
    assert pks(Filtre(designation="essentiel")) == [5]
    assert pks(Filtre(designation="aucune")) == [3, 4]


def test_a_completer():
    assert pks(Filtre(a_completer=True)) == [4, 5]
    assert pks(Filtre(a_completer=True, portee="interne")) == [5]


def test_criteres_combines():
    assert pks(Filtre(texte="canada", designation="aucune", portee="externe")) == [4]
    assert not Filtre(texte="canada").est_vide()
