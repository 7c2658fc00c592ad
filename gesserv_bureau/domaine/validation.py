"""Validation d'un service du répertoire, champ par champ (tableau 5)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from gesserv_bureau.domaine.service import Service
from gesserv_bureau.referentiel import messages
from gesserv_bureau.referentiel.codes import (
    INTERNE_NON_INTEGRE,
    MODES,
    POINTS_INTERACTION,
    PORTEES_REPERTOIRE,
    TYPES_EXTERNES,
    TYPES_INTERNES,
    TYPES_SERVICE,
)
from gesserv_bureau.referentiel.elements import PAR_CODE

ERREUR = "erreur"            # une valeur fausse : à corriger
A_COMPLETER = "a_completer"  # un élément exigé qui manque encore
AVERTISSEMENT = "avertissement"


@dataclass(frozen=True)
class Probleme:
    champ: str
    gravite: str
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def texte(self, langue: str) -> str:
        resolus = {}
        for cle, valeur in self.params.items():
            if hasattr(valeur, "nom"):
                valeur = valeur.nom(langue)
            elif hasattr(valeur, "texte"):
                valeur = valeur.texte(langue)
            resolus[cle] = valeur
        return messages.texte(self.code, langue, **resolus)


_OBLIGATOIRES_TEXTE = (
    "service_id",
    "secteur_responsabilite",
    "instruments_habilitants",
    "programme_id",
    "proprietaire",
)
_OBLIGATOIRES_CHOIX = (
    "portee",
    "type_service",
    "ententes",
    "frais",
    "normes_service",
    "cibles_rendement",
)


_MANQUES: dict[tuple[str, str | None], Probleme] = {}


def _manque(champ: str, element: str | None = None) -> Probleme:
    """« Élément obligatoire manquant » : le même constat, immuable, pour chaque service (le
    contrôle de la qualité en fait plus de cent mille sur un grand répertoire)."""
    cle = (champ, element)
    probleme = _MANQUES.get(cle)
    if probleme is None:
        probleme = _MANQUES[cle] = Probleme(champ, A_COMPLETER, "obligatoire", {"element": PAR_CODE[element or champ]})
    return probleme


def valider(service: Service, autres_ids: Collection[str] = ()) -> list[Probleme]:
    """Les problèmes d'un service. ``autres_ids`` : les numéros d'ID des autres services du
    même exercice, pour repérer un numéro attribué deux fois."""
    problemes: list[Probleme] = []

    for champ in _OBLIGATOIRES_TEXTE:
        if not getattr(service, champ).strip():
            problemes.append(_manque(champ))
    ident = service.service_id.strip()
    if ident and ident in autres_ids:
        problemes.append(
            Probleme("service_id", ERREUR, "id_double", {"valeur": ident, "exercice": service.exercice})
        )

    if not service.nom_fr.strip() and not service.nom_en.strip():
        problemes.append(_manque("nom_fr", "nom"))
    elif not service.nom_fr.strip() or not service.nom_en.strip():
        champ = "nom_en" if service.nom_fr.strip() else "nom_fr"
        problemes.append(Probleme(champ, A_COMPLETER, "nom_langue"))

    if not service.description_fr.strip() and not service.description_en.strip():
        problemes.append(_manque("description_fr", "description"))
    elif not service.description_fr.strip() or not service.description_en.strip():
        champ = "description_en" if service.description_fr.strip() else "description_fr"
        problemes.append(Probleme(champ, A_COMPLETER, "description_langue"))

    if not service.programme_nom_fr.strip() and not service.programme_nom_en.strip():
        problemes.append(_manque("programme_nom_fr", "programme_nom"))

    for champ in _OBLIGATOIRES_CHOIX:
        if not getattr(service, champ):
            problemes.append(_manque(champ))
    if not service.groupes_clients:
        problemes.append(_manque("groupes_clients"))

    if service.type_service and service.portee in ("externe", "interne", INTERNE_NON_INTEGRE):
        admis = TYPES_EXTERNES if service.portee == "externe" else TYPES_INTERNES
        if service.type_service not in admis.codes():
            problemes.append(
                Probleme(
                    "type_service",
                    ERREUR,
                    "type_portee",
                    {
                        "type": TYPES_SERVICE.par_code(service.type_service) or service.type_service,
                        "portee": PORTEES_REPERTOIRE.par_code(service.portee),
                        "annexe": "1C" if service.portee == "externe" else "1D",
                    },
                )
            )

    problemes.extend(_valider_volumes(service))

    if any(r is None for r in service.points_interaction.values()):
        problemes.append(Probleme("points_interaction", A_COMPLETER, "point_a_completer"))
    sans = points_so_sans_justification(service)
    if sans:
        problemes.append(Probleme("points_interaction", AVERTISSEMENT, "so_sans_justification",
                                  {"points": _noms_points(sans)}))
    if service.exclu_calcul and not service.justification_exclusion.strip() and service.portee != INTERNE_NON_INTEGRE:
        problemes.append(Probleme("justification_exclusion", ERREUR, "exclusion_sans_justification"))
    return problemes


class _NomsPoints(tuple):
    """Les points d'interaction nommés dans la langue du message (``Probleme.texte``)."""

    def texte(self, langue: str) -> str:
        return ", ".join(POINTS_INTERACTION.texte(c, langue) for c in self)


def _noms_points(codes) -> _NomsPoints:
    return _NomsPoints(codes)


def points_so_sans_justification(service: Service) -> list[str]:
    """Les points « S.O. » dont la justification écrite (1.8.1) manque."""
    return [c for c, texte in service.justifications_so_utiles().items() if not texte.strip()]


def _valider_volumes(service: Service) -> list[Probleme]:
    problemes = []
    for code, volume in service.volumes.items():
        mode = MODES.par_code(code)
        champ = f"volume_{code}"
        if volume.etat is None:
            problemes.append(
                Probleme(champ, A_COMPLETER, "obligatoire", {"element": PAR_CODE["volumes"]})
            )
            continue
        if volume.etat != "donnees":
            continue
        if volume.demandes is None or volume.extrants is None:
            problemes.append(Probleme(champ, A_COMPLETER, "volume_a_completer", {"mode": mode}))
        for nombre in (volume.demandes, volume.extrants):
            if nombre is not None and nombre < 0:
                problemes.append(Probleme(champ, ERREUR, "volume_negatif", {"mode": mode}))
                break
        if (
            volume.demandes is not None
            and volume.extrants is not None
            and volume.extrants > volume.demandes >= 0
        ):
            problemes.append(
                Probleme(
                    champ,
                    AVERTISSEMENT,
                    "extrants_superieurs",
                    {"mode": mode, "extrants": volume.extrants, "demandes": volume.demandes},
                )
            )
    return problemes


def a_completer(service: Service) -> list[Probleme]:
    """Les éléments exigés qui manquent encore, un problème chacun (l'infobulle de la colonne
    « À compléter »)."""
    return [p for p in valider(service) if p.gravite == A_COMPLETER]


def nombre_a_completer(service: Service) -> int:
    """Combien d'éléments exigés manquent encore (colonne « À compléter » de la table)."""
    return len(a_completer(service))
