"""Validation d'un service du répertoire (tableau 5) : ce qui manque, ce qui est faux, ce qui
est douteux, et le texte du problème dans les deux langues."""

from __future__ import annotations

import pytest

from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.domaine.validation import (
    A_COMPLETER,
    AVERTISSEMENT,
    ERREUR,
    Probleme,
    nombre_a_completer,
    valider,
)

from outils_tests import points, service_complet


def par_champ(problemes: list[Probleme]) -> dict[str, Probleme]:
    resultat = {}
    for p in problemes:
        assert p.champ not in resultat, f"deux problèmes pour {p.champ}"
        resultat[p.champ] = p
    return resultat


def test_service_complet_sans_probleme():
    service = service_complet()
    assert valider(service) == []
    assert nombre_a_completer(service) == 0


def test_service_vide_tout_a_completer():
    problemes = valider(Service("2024-2025"))
    assert {p.gravite for p in problemes} == {A_COMPLETER}
    assert set(par_champ(problemes)) == {
        "service_id", "nom_fr", "type_service", "description_fr", "secteur_responsabilite",
        "instruments_habilitants", "programme_nom_fr", "programme_id", "portee", "proprietaire",
        "ententes", "groupes_clients", "frais", "normes_service", "cibles_rendement",
        "volume_en_ligne", "volume_en_personne", "volume_telephone", "volume_poste",
        "points_interaction",
    }
    assert nombre_a_completer(Service("2024-2025")) == 20


@pytest.mark.parametrize(
    "champ, vide, fr, en",
    [
        ("service_id", "   ", "Numéro d'ID du service", "Service ID number"),
        ("proprietaire", "", "Propriétaire du service", "Service owner"),
        ("programme_id", "", "Numéro d'ID du programme", "Program ID number"),
        ("frais", None, "Frais d'utilisation", "User fees"),
        ("groupes_clients", [], "Groupe de clients ou de services cibles", "Client or target groups"),
        ("cibles_rendement", None, "Cibles de rendement opérationnel", "Operational performance targets"),
    ],
)
def test_element_manquant_a_completer(champ, vide, fr, en):
    problemes = valider(service_complet(**{champ: vide}))
    assert len(problemes) == 1
    p = problemes[0]
    assert (p.champ, p.gravite, p.code) == (champ, A_COMPLETER, "obligatoire")
    assert p.texte("fr") == f"À compléter : l'élément « {fr} » est exigé par le tableau 5."
    assert p.texte("en") == f"To complete: element “{en}” is required by Table 5."


def test_nom_dans_une_seule_langue():
    (p,) = valider(service_complet(nom_en=""))
    assert (p.champ, p.gravite, p.code) == ("nom_en", A_COMPLETER, "nom_langue")
    assert "en français et en anglais" in p.texte("fr")
    (p,) = valider(service_complet(description_fr=" "))
    assert (p.champ, p.code) == ("description_fr", "description_langue")
    assert p.texte("en") == "To complete: the description must be given in both French and English."
    # Le nom du programme suffit dans une langue.
    assert valider(service_complet(programme_nom_en="")) == []
    (p,) = valider(service_complet(programme_nom_en="", programme_nom_fr=""))
    assert p.champ == "programme_nom_fr" and "Nom du programme" in p.texte("fr")


def test_numero_d_id_en_double_est_une_erreur():
    service = service_complet(service_id=" TST-001 ")
    (p,) = valider(service, autres_ids={"TST-001", "TST-002"})
    assert (p.champ, p.gravite, p.code) == ("service_id", ERREUR, "id_double")
    assert p.texte("fr") == (
        "Le numéro d'ID « TST-001 » est déjà attribué à un autre service de l'exercice 2024-2025."
    )
    assert p.texte("en") == "Service ID “TST-001” is already used by another service in fiscal year 2024-2025."
    assert valider(service, autres_ids={"TST-002"}) == []
    assert nombre_a_completer(service) == 0  # une erreur n'est pas un élément « à compléter »


def test_type_interne_pour_service_externe_renvoie_a_l_annexe_1c():
    (p,) = valider(service_complet(portee="externe", type_service="rh"))
    assert (p.champ, p.gravite, p.code) == ("type_service", ERREUR, "type_portee")
    assert p.texte("fr") == (
        "Le type « Services de gestion des ressources humaines » ne convient pas à un "
        "Service externe : choisissez un type de l'annexe 1C."
    )
    assert p.texte("en") == (
        "Type “Human resources management services” does not fit an External service: "
        "choose a type from Appendix 1C."
    )


def test_type_externe_pour_service_interne_renvoie_a_l_annexe_1d():
    (p,) = valider(service_complet(portee="interne", type_service="ressources"))
    assert p.gravite == ERREUR
    assert "annexe 1D" in p.texte("fr") and "« Ressources »" in p.texte("fr")
    assert "Appendix 1D" in p.texte("en") and "“Resources”" in p.texte("en")
    assert valider(service_complet(portee="interne", type_service="immobiliers")) == []


def test_type_sans_portee_n_est_pas_une_erreur_de_type():
    (p,) = valider(service_complet(portee=None, type_service="rh"))
    assert (p.champ, p.gravite) == ("portee", A_COMPLETER)


def _avec_volume(mode: str, volume: Volume) -> Service:
    service = service_complet()
    service.volumes[mode] = volume
    return service


def test_volume_sans_objet_et_non_disponible_sont_des_reponses_completes():
    service = service_complet()
    service.volumes = {m: Volume("sans_objet") for m in service.volumes}
    assert valider(service) == []
    service.volumes = {m: Volume("non_disponible") for m in service.volumes}
    assert valider(service) == []


def test_volume_sans_reponse_a_completer():
    (p,) = valider(_avec_volume("poste", Volume()))
    assert (p.champ, p.gravite, p.code) == ("volume_poste", A_COMPLETER, "obligatoire")
    assert "Volume par mode" in p.texte("fr")
    assert "Volume by channel" in p.texte("en")


@pytest.mark.parametrize("demandes, extrants", [(None, 10), (10, None), (None, None)])
def test_volume_donnees_avec_nombre_manquant(demandes, extrants):
    (p,) = valider(_avec_volume("en_ligne", Volume("donnees", demandes, extrants)))
    assert (p.champ, p.gravite, p.code) == ("volume_en_ligne", A_COMPLETER, "volume_a_completer")
    assert "« En ligne »" in p.texte("fr")
    assert "“Online”" in p.texte("en")


def test_volume_negatif_est_une_erreur():
    (p,) = valider(_avec_volume("telephone", Volume("donnees", -5, -1)))
    assert (p.champ, p.gravite, p.code) == ("volume_telephone", ERREUR, "volume_negatif")
    assert p.texte("fr") == "Le volume « Par téléphone » ne peut pas être négatif."


def test_extrants_superieurs_aux_demandes_avertissement():
    (p,) = valider(_avec_volume("en_personne", Volume("donnees", 100, 120)))
    assert (p.champ, p.gravite, p.code) == ("volume_en_personne", AVERTISSEMENT, "extrants_superieurs")
    assert p.texte("fr") == (
        "Les extrants finaux positifs (120) dépassent les demandes reçues (100) « En personne » : "
        "vérifiez les chiffres."
    )
    assert "(120) exceed applications received (100)" in p.texte("en")
    assert valider(_avec_volume("en_personne", Volume("donnees", 100, 100))) == []
    assert valider(_avec_volume("en_personne", Volume("donnees", 0, 0))) == []


def test_points_d_interaction():
    (p,) = valider(service_complet(points_interaction=points("ooo?no")))
    assert (p.champ, p.gravite, p.code) == ("points_interaction", A_COMPLETER, "point_a_completer")
    assert "six points d'interaction" in p.texte("fr")
    # S.O. partout est une réponse complète (le pourcentage, lui, sera inconnu); 1.8.1 encourage
    # à justifier par écrit chaque point exclu : un avertissement tant qu'une justification manque.
    (p,) = valider(service_complet(points_interaction=points("ssssss")))
    assert (p.champ, p.gravite, p.code) == ("points_interaction", AVERTISSEMENT, "so_sans_justification")
    assert "Authentification, Application, Décision" in p.texte("fr") and "1.8.1" in p.texte("en")
    raisons = {c: "Aucun compte ni demande : le service est une inspection sur place." for c in points("ssssss")}
    assert valider(service_complet(points_interaction=points("ssssss"), justifications_so=raisons)) == []


def test_nombre_a_completer_ignore_erreurs_et_avertissements():
    service = service_complet(service_id="", frais=None, portee="interne", type_service="ressources")
    service.volumes["en_ligne"] = Volume("donnees", 5, 9)
    gravites = sorted(p.gravite for p in valider(service))
    assert gravites == [A_COMPLETER, A_COMPLETER, AVERTISSEMENT, ERREUR]
    assert nombre_a_completer(service) == 2


def test_copie_est_profonde():
    original = service_complet()
    copie = original.copie(nom_fr="Autre")
    copie.designations.append("critique")
    copie.volumes["en_ligne"].demandes = 1
    copie.points_interaction["inscription"] = "non"
    assert original.nom_fr == "Délivrance des permis de pêche"
    assert original.designations == ["prioritaire", "essentiel"]
    assert original.volumes["en_ligne"].demandes == 1200
    assert original.points_interaction["inscription"] == "oui"
    assert Service("2024-2025", nom_fr="", nom_en="Pay").nom("fr") == "Pay"
    assert Service("2024-2025", nom_fr="Paye", nom_en="Pay").nom("en") == "Pay"
