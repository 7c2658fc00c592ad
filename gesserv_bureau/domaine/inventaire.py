"""Passer d'un service complet à la ligne légère qu'affiche la table de l'inventaire."""

from __future__ import annotations

from gesserv_bureau.domaine.lignes import LigneInventaire
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.services_electroniques import pourcentage_en_ligne
from gesserv_bureau.domaine.validation import nombre_a_completer


def ligne_de(service: Service) -> LigneInventaire:
    if service.pk is None:
        raise ValueError("service non enregistré")
    return LigneInventaire(
        service.pk,
        service.service_id,
        service.nom_fr,
        service.nom_en,
        service.type_service,
        service.portee,
        tuple(service.designations),
        service.proprietaire,
        pourcentage_en_ligne(service.points_interaction),
        nombre_a_completer(service),
    )
