"""La cascade de 2.10.4 et la cible de l'exigence 7.10 de la Politique sur les services : les
services prioritaires; parmi eux, les services externes; parmi eux, ceux qui exigent que le
client s'authentifie; parmi eux, ceux qui sont offerts en ligne de bout en bout, et ceux qui
offrent en plus l'état de la demande en temps réel. « L'exigence établit une cible claire que
100 % des services externes prioritaires authentifiés du ministère sont offerts en ligne, avec un
statut de la demande disponible aux clients en temps réel. »

Un service exige l'authentification quand son point d'interaction « authentification »
(élément 18) s'applique à lui (oui ou non : offert en ligne ou non), pas quand il est « S.O. »;
sans réponse, la cascade ne peut pas le classer : il est « à compléter »."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.services_electroniques import ServiceNomme, pourcentage_en_ligne

CIBLE = 100.0

QUESTIONS = (
    ("Quels sont les services prioritaires du ministère?", "What are the department's priority services?"),
    ("Lesquels de ces services prioritaires sont des services externes?",
     "Which of these priority services are external services?"),
    ("Lesquels de ces services externes prioritaires exigent que le client fournisse une authentification afin de "
     "pouvoir faire la demande du service et/ou l'obtenir?",
     "Which of these priority external services require the client to authenticate to apply for and/or receive "
     "the service?"),
)


@dataclass(frozen=True)
class Cascade:
    exercice: str
    prioritaires: tuple[ServiceNomme, ...]
    externes: tuple[ServiceNomme, ...]
    authentifies: tuple[ServiceNomme, ...]
    en_ligne: tuple[ServiceNomme, ...]        # authentifiés offerts en ligne de bout en bout
    conformes: tuple[ServiceNomme, ...]       # et l'état de la demande en temps réel (7.10)
    a_completer: tuple[ServiceNomme, ...]     # externes prioritaires sans réponse pour le classer

    @property
    def progres(self) -> float | None:
        """La part des services externes prioritaires authentifiés qui satisfont à 7.10."""
        return 100.0 * len(self.conformes) / len(self.authentifies) if self.authentifies else None

    @property
    def cible_atteinte(self) -> bool | None:
        return None if self.progres is None else self.progres >= CIBLE - 1e-9

    @property
    def manquants(self) -> tuple[ServiceNomme, ...]:
        """Les services authentifiés qui ne satisfont pas encore à 7.10."""
        conformes = set(self.conformes)
        return tuple(s for s in self.authentifies if s not in conformes)


def _nomme(s: Service) -> ServiceNomme:
    return ServiceNomme(s.service_id, s.nom_fr, s.nom_en)


def cascade(services: Iterable[Service], exercice: str) -> Cascade:
    prioritaires = [s for s in services if s.exercice == exercice and "prioritaire" in s.designations]
    externes = [s for s in prioritaires if s.portee == "externe"]
    authentifies = [s for s in externes if s.points_interaction.get("authentification") in ("oui", "non")]
    a_completer = [s for s in externes if s.points_interaction.get("authentification") is None]
    en_ligne = [s for s in authentifies if pourcentage_en_ligne(s.points_interaction) == 100.0]
    conformes = [s for s in en_ligne if s.etat_demande_temps_reel == "oui"]
    a_completer += [s for s in authentifies if s.etat_demande_temps_reel is None
                    or pourcentage_en_ligne(s.points_interaction) is None]
    return Cascade(exercice, *(tuple(map(_nomme, groupe)) for groupe in
                               (prioritaires, externes, authentifies, en_ligne, conformes, a_completer)))
