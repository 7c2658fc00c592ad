"""Le contenu canonique de ce qu'un approbateur approuve : les octets qu'il signe, et que le
poste qui reçoit l'approbation recalcule pour la vérifier.

Une sérialisation déterministe (JSON, clés triées, sans espaces, UTF-8 sans échappements) des
champs qui comptent — l'outil, le service (exercice et numéro d'identification), l'exercice,
les réponses et la conclusion, l'UUID, la date d'approbation et le nom de l'approbateur tel que
son certificat le porte —, sans le bloc d'approbation lui-même ni ce qui change sans changer ce
qui est approuvé (la date de modification, l'étape de l'assistant, les clés locales).

Sans Qt, sans SQL, sans cryptographie (``rapports.approbation`` signe et vérifie).
"""

from __future__ import annotations

import copy
import json
from typing import Any

SCHEMA = "gesserv-approbation-1"

# Le bloc « approbation » du format d'échange (la preuve) : ses clés et ses bornes.
CLES_APPROBATION = ("version", "algorithme", "signature", "certificats")
MAX_CERTIFICATS = 8
MAX_SIGNATURE = 1024          # caractères base64 (une signature RSA 4096 en fait 684)
MAX_CERTIFICAT = 16 * 1024    # caractères PEM par certificat


def octets(objet: dict) -> bytes:
    """La forme canonique d'un objet JSON."""
    return json.dumps(objet, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def ref_service(service: Any | None) -> dict | None:
    """Un service tel que l'approbation le désigne : (exercice, numéro d'identification)."""
    if service is None:
        return None
    return {"exercice": service.exercice, "service_id": service.service_id}


def evaluation(ev: Any, service: Any | None, approuve_le: str, approuve_par: str) -> bytes:
    """Ce que signe l'approbateur d'une évaluation (``domaine.evaluations.Evaluation``);
    ``service`` : le service lié (un objet avec ``exercice`` et ``service_id``) ou ``None``."""
    return octets({
        "schema": SCHEMA,
        "objet": "evaluation",
        "uuid": ev.uuid,
        "outil": ev.outil,
        "edition_referentiel": ev.edition,
        "exercice": ev.exercice,
        "service": ref_service(service),
        "sujet": ev.sujet,
        "auteur": ev.auteur,
        "cree_le": ev.cree_le,
        "termine_le": ev.termine_le,
        "origine_uuid": ev.origine_uuid,
        "contenu": copy.deepcopy(ev.contenu),
        "approuve_le": approuve_le,
        "approuve_par": approuve_par,
    })


def seance(s: Any, services: list[Any], approuve_le: str, approuve_par: str) -> bytes:
    """Ce que signe l'approbateur d'une séance d'examen : son titre, sa date, son exercice, ses
    participants et son ordre du jour (``services`` : les services, dans l'ordre)."""
    return octets({
        "schema": SCHEMA,
        "objet": "seance",
        "uuid": s.uuid,
        "titre": s.titre,
        "date": s.date,
        "exercice": s.exercice,
        "participants": copy.deepcopy(s.participants),
        "services": [ref_service(x) for x in services],
        "auteur": s.auteur,
        "cree_le": s.cree_le,
        "approuve_le": approuve_le,
        "approuve_par": approuve_par,
    })


def strategie(st: Any, approuve_le: str, approuve_par: str) -> bytes:
    """Ce que signe l'approbateur d'une version de la stratégie (``domaine.strategie.Strategie``).
    L'aperçu d'une mise à jour annuelle (2.5.5, élément 1 : emplacement, date d'approbation,
    dernière mise à jour) en fait partie quand il est saisi; vide, il est absent, et les
    approbations signées avant qu'il existe se vérifient toujours."""
    objet = {
        "schema": SCHEMA,
        "objet": "strategie",
        "uuid": st.uuid,
        "titre": st.titre,
        "version": st.version,
        "type": st.type,
        "exercice": st.exercice,
        "origine_uuid": st.origine_uuid,
        "reference_uuid": st.reference_uuid,
        "auteur": st.auteur,
        "cree_le": st.cree_le,
        "contenu": copy.deepcopy(st.contenu()),
        "approuve_le": approuve_le,
        "approuve_par": approuve_par,
    }
    for cle in ("emplacement", "approbation_originale_le", "derniere_mise_a_jour_le"):
        if getattr(st, cle, ""):
            objet[cle] = getattr(st, cle)
    return octets(objet)
