"""Une norme de service en ligne de la table ``norme_service`` et retour : les colonnes (celles
du fichier des données ouvertes, celles que gère le ministère), et la reprise des normes en
vigueur à l'exercice suivant, dans la transaction de la copie des services (``DepotServices.
copier_exercice``). À part du dépôt des normes, qui lit le dépôt des services : aucun cycle."""

from __future__ import annotations

import json
from dataclasses import fields

from gesserv_bureau.domaine.norme import CHAMPS_GERES, NormeService
from gesserv_bureau.domaine.suivi_normes import pour_exercice_suivant
from gesserv_bureau.stockage import cles_reservees, journal

_COLONNES = tuple(
    f.name for f in fields(NormeService) if f.name not in ("exercice", "service_id", "pk", "service_pk")
)
# ce qu'un import écrit : les colonnes du fichier, jamais ce que le ministère gère dans l'application
_COLONNES_FICHIER = tuple(c for c in _COLONNES if c not in CHAMPS_GERES)
_COLONNES_ACTION = ("uuid", "scenario", "texte", "responsable", "echeance", "statut", "strategie_uuid", "mesure_id")

def _norme(valeurs: dict) -> NormeService:
    """Une norme depuis ses colonnes (``donnees_ouvertes`` encore en JSON, ``{}`` le plus souvent)."""
    brut = valeurs["donnees_ouvertes"]
    valeurs["donnees_ouvertes"] = {} if not brut or brut == "{}" else json.loads(brut)
    valeurs["mise_en_oeuvre"] = bool(valeurs["mise_en_oeuvre"])
    return NormeService(**valeurs)


def _valeurs(n: NormeService, colonnes=_COLONNES) -> dict:
    valeurs = {c: getattr(n, c) for c in colonnes}
    if "donnees_ouvertes" in valeurs:
        valeurs["donnees_ouvertes"] = json.dumps(n.donnees_ouvertes, ensure_ascii=False)
    if "mise_en_oeuvre" in valeurs:
        valeurs["mise_en_oeuvre"] = int(bool(n.mise_en_oeuvre))
    return valeurs


def _texte_journal(valeur) -> str | None:
    return None if valeur is None else str(valeur)


def copier_normes(db, utilisateur: str, source_pk: int, cible_pk: int, exercice: str) -> int:
    """Reprend les normes en vigueur (non retirées) du service ``source_pk`` dans sa copie
    ``cible_pk`` de l'exercice suivant (``domaine.suivi_normes.pour_exercice_suivant``), dans la
    transaction de la copie des services. Renvoie le nombre de normes reprises."""
    curseur = db.execute("SELECT * FROM norme_service WHERE service_pk = ? AND retiree_le = '' ORDER BY pk",
                         [source_pk])
    noms = [d[0] for d in curseur.description]
    n = 0
    for r in curseur.fetchall():
        valeurs = {c: v for c, v in zip(noms, r) if c in _COLONNES}
        norme = pour_exercice_suivant(_norme({**valeurs, "exercice": "", "service_id": ""}), exercice)
        ligne = {"service_pk": cible_pk, **_valeurs(norme), "modifie_le": journal.maintenant()}
        if (cle := cles_reservees.hors_reserve(db, "norme_service")) is not None:    # une copie en direct
            ligne = {"pk": cle, **ligne}
        db.execute(f"INSERT OR IGNORE INTO norme_service ({', '.join(ligne)}) VALUES ({', '.join('?' for _ in ligne)})",
                   list(ligne.values()))
        n += 1
    return n
