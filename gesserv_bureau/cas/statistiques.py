"""Cas d'utilisation du tableau de bord : lire le répertoire et les normes de service, et
calculer les chiffres à afficher (dans ``domaine.tableau_de_bord``). Sans Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gesserv_bureau.domaine.tableau_de_bord import Donnees
from gesserv_bureau.domaine.tableau_de_bord import tableau_de_bord as calculer
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices

if TYPE_CHECKING:
    from gesserv_bureau.stockage.base import Base
    from gesserv_bureau.stockage.lecture import BaseLecture


def tableau_de_bord(base: Base | BaseLecture, exercice: str, service_pk: int | None = None) -> Donnees:
    """Les chiffres du tableau de bord de ``exercice``, avec les tendances sur tous les
    exercices de la base. ``service_pk`` : le service des graphiques d'un service (par défaut,
    le premier de l'exercice qui a des demandes chiffrées). Se lit aussi sur une
    :class:`BaseLecture` (dans un fil de travail)."""
    depot = DepotServices(base)
    return calculer(
        depot.services(),
        DepotNormes(base).pour_exercice(exercice),
        exercice,
        service_pk,
        exercices=depot.exercices(),
    )


def tableau_de_bord_fichier(chemin, exercice: str, service_pk: int | None = None) -> Donnees:
    """Le même calcul, sur une connexion à part en lecture : sûr dans un fil de travail."""
    from gesserv_bureau.stockage.lecture import BaseLecture

    with BaseLecture(chemin) as lecture:
        return tableau_de_bord(lecture, exercice, service_pk)
