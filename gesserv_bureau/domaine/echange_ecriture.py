"""Écrire le fichier d'échange : les évaluations et la séance d'examen telles qu'elles
voyagent (les services par leur exercice et leur numéro d'identification, pas par leur clé
locale). Sans Qt ni SQL.
"""

from __future__ import annotations

import copy
from typing import Any

from gesserv_bureau.domaine.echange_format import FORMAT, VERSION_FORMAT
from gesserv_bureau.domaine.evaluations import Evaluation


def _ref_service(service: Any) -> dict:
    return {"exercice": service.exercice, "service_id": service.service_id,
            "nom_fr": service.nom_fr, "nom_en": service.nom_en}


def evaluation_vers_json(ev: Evaluation, service: Any | None = None, seance_uuid: str = "") -> dict:
    """Une évaluation telle qu'elle voyage; ``service`` : le service lié (``domaine.service.Service``)."""
    return {
        "uuid": ev.uuid,
        "outil": ev.outil,
        "edition_referentiel": ev.edition,
        "exercice": ev.exercice,
        "service": _ref_service(service) if service is not None else None,
        "sujet": ev.sujet,
        "statut": ev.statut,
        "auteur": ev.auteur,
        "cree_le": ev.cree_le,
        "modifie_le": ev.modifie_le,
        "termine_le": ev.termine_le,
        "approuve_le": ev.approuve_le,
        "approuve_par": ev.approuve_par,
        "etape": ev.etape,
        "origine_uuid": ev.origine_uuid,
        "seance_uuid": seance_uuid,
        "contenu": copy.deepcopy(ev.contenu),
        # la preuve signée de l'approbation; null : pas d'approbation, ou une approbation sans
        # signature (elle arrive alors « terminée » sur l'autre poste)
        "approbation": copy.deepcopy(ev.approbation) if ev.statut == "approuvee" else None,
    }


def vers_json(
    evaluations: list[Evaluation],
    seance: Any | None = None,
    services_par_pk: dict[int, Any] | None = None,
    *,
    seances_par_pk: dict[int, str] | None = None,
    exporte_le: str = "",
    exporte_par: str = "",
    application: str = "",
) -> dict:
    """Le contenu du fichier d'échange : des évaluations, et la séance d'examen qui les réunit.

    ``seance`` : un objet à la façon de ``stockage.depot_evaluations.Seance`` (ses ``services``
    sont des clés locales, traduites ici en numéros d'identification); ``services_par_pk`` : les
    services qu'évaluations et séance désignent; ``seances_par_pk`` : l'UUID de la séance de
    chaque évaluation exportée seule (pour la rattacher là-bas si la séance y est déjà).
    """
    services_par_pk = services_par_pk or {}
    uuids_seances = dict(seances_par_pk or {})
    if seance is not None and seance.pk is not None:
        uuids_seances[seance.pk] = seance.uuid
    donnees: dict[str, Any] = {
        "format": FORMAT,
        "version_format": VERSION_FORMAT,
        "application": application,
        "exporte_le": exporte_le,
        "exporte_par": exporte_par,
        "seance": None,
        "evaluations": [
            evaluation_vers_json(ev, services_par_pk.get(ev.service_pk) if ev.service_pk is not None else None,
                                 uuids_seances.get(ev.seance_pk, "") if ev.seance_pk is not None else "")
            for ev in evaluations
        ],
    }
    if seance is not None:
        donnees["seance"] = {
            "uuid": seance.uuid, "titre": seance.titre, "date": seance.date, "exercice": seance.exercice,
            "participants": copy.deepcopy(seance.participants),
            "services": [_ref_service(services_par_pk[pk]) for pk in seance.services if pk in services_par_pk],
            "position": seance.position, "statut": seance.statut, "auteur": seance.auteur,
            "cree_le": seance.cree_le, "modifie_le": seance.modifie_le,
            "approuve_le": seance.approuve_le, "approuve_par": seance.approuve_par,
            "approbation": copy.deepcopy(seance.approbation) if seance.statut == "approuvee" else None,
        }
    return donnees
