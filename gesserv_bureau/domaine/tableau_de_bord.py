"""Les chiffres du tableau de bord : la proportion des services électroniques (2.9.4) d'un
exercice à l'autre, les demandes par mode de prestation (ministère et un service), la part
des demandes faites en ligne au fil des exercices (la migration des modes de prestation),
les services par type et par désignation, les normes de service atteintes ou non.

Fonctions pures sur des listes de :class:`Service` et de :class:`NormeService`. Une donnée
absente reste absente : ``None`` (jamais 0) quand aucun chiffre ne permet de la calculer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from gesserv_bureau.domaine.cascade_7_10 import Cascade, cascade
from gesserv_bureau.domaine.conversion_gc import autres_demandes
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.services_electroniques import entree, proportion_electronique
from gesserv_bureau.referentiel.codes import DESIGNATIONS, MODES, TYPES_SERVICE

AUTRES = "autres"
"""Le cinquième mode : courriel, télécopieur et autres modes portés par un fichier importé."""

CANAUX: tuple[str, ...] = (*MODES.codes(), AUTRES)
SANS_DESIGNATION = ""
TYPE_NON_PRECISE = ""


@dataclass(frozen=True)
class ElectroniqueExercice:
    """Les deux formules de 2.9.4 pour un exercice (``None`` : aucun service compté)."""

    exercice: str
    services: int            # services de l'exercice
    total: int               # services comptés : internes intégrés et externes, sauf les exclus par écrit
    electroniques: int
    exclus: int              # exclus avec une justification écrite
    a_completer: int         # comptés, des points d'interaction sans réponse (non offerts en ligne)
    proportion: float | None          # proportion des services électroniques
    pourcentage_moyen: float | None   # pourcentage moyen de chaque service qui peut être effectué en ligne
    internes: int = 0        # services internes (non intégrés) : hors du calcul
    exclusions_refusees: int = 0  # exclusion demandée sans justification écrite : comptés


@dataclass(frozen=True)
class DemandesParCanal:
    """Les demandes reçues par mode. ``par_canal[c]`` vaut ``None`` quand aucun service n'a
    de chiffre pour ce mode; ``non_disponibles[c]`` compte les services où le mode est offert
    mais sans chiffre (« données non disponibles »)."""

    exercice: str
    par_canal: Mapping[str, int | None]
    non_disponibles: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int | None:
        nombres = [n for n in self.par_canal.values() if n is not None]
        return sum(nombres) if nombres else None

    def part(self, canal: str) -> float | None:
        """La part du mode dans les demandes chiffrées, en pour cent."""
        n, total = self.par_canal.get(canal), self.total
        return 100.0 * n / total if n is not None and total else None


@dataclass(frozen=True)
class PartEnLigne:
    """Demandes en ligne ÷ toutes les demandes chiffrées de l'exercice."""

    exercice: str
    en_ligne: int | None
    total: int | None

    @property
    def part(self) -> float | None:
        return 100.0 * self.en_ligne / self.total if self.en_ligne is not None and self.total else None


@dataclass(frozen=True)
class NormesAtteintes:
    """Les normes de service d'un exercice selon leur cible : atteinte, non atteinte, sans
    objet, ou non déclarée."""

    exercice: str
    atteintes: int
    non_atteintes: int
    sans_objet: int
    inconnues: int

    @property
    def total(self) -> int:
        return self.atteintes + self.non_atteintes + self.sans_objet + self.inconnues

    @property
    def taux_atteinte(self) -> float | None:
        """Part des normes atteintes parmi celles qui ont un verdict (oui ou non)."""
        evaluees = self.atteintes + self.non_atteintes
        return 100.0 * self.atteintes / evaluees if evaluees else None


@dataclass(frozen=True)
class ChoixService:
    pk: int
    service_id: str
    nom_fr: str
    nom_en: str

    def nom(self, langue: str) -> str:
        nom = (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)
        return f"{self.service_id} — {nom}" if self.service_id and nom else (self.service_id or nom)


@dataclass(frozen=True)
class Donnees:
    """Tout ce que le tableau de bord affiche pour un exercice et un service choisi."""

    exercice: str
    exercices: tuple[str, ...]
    electronique: tuple[ElectroniqueExercice, ...]
    canaux_ministere: DemandesParCanal
    services: tuple[ChoixService, ...]
    service_pk: int | None
    canaux_service: DemandesParCanal | None
    part_en_ligne: tuple[PartEnLigne, ...]
    part_en_ligne_service: tuple[PartEnLigne, ...]
    par_type: tuple[tuple[str, int], ...]
    par_designation: tuple[tuple[str, int], ...]
    normes: NormesAtteintes
    cascade: Cascade | None = None      # 2.10.4 et la cible de 7.10


# --- par exercice ------------------------------------------------------------------------------
def _exercices(services: Iterable[Service], exercices: Iterable[str] | None) -> list[str]:
    return sorted(set(exercices or ()) | {s.exercice for s in services})


def electronique(services: Sequence[Service], exercice: str) -> ElectroniqueExercice:
    """Les deux formules de 2.9.4 sur les services de l'exercice, comme le sommaire : tous
    les services internes intégrés et externes du répertoire, sauf les exclus par écrit."""
    du_exercice = [s for s in services if s.exercice == exercice]
    p = proportion_electronique(entree(s) for s in du_exercice)
    return ElectroniqueExercice(exercice, len(du_exercice), p.total, p.electroniques, len(p.exclus),
                                len(p.a_completer), p.proportion, p.pourcentage_moyen, p.internes,
                                len(p.exclusions_refusees))


def electronique_par_exercice(services: Sequence[Service], exercices: Iterable[str] | None = None
                              ) -> tuple[ElectroniqueExercice, ...]:
    return tuple(electronique(services, ex) for ex in _exercices(services, exercices))


# --- modes de prestation ------------------------------------------------------------------------
def demandes_service(service: Service) -> dict[str, int | None]:
    """Les demandes d'un service par mode; ``None`` quand le mode n'a pas de chiffre."""
    par_canal: dict[str, int | None] = {}
    for mode in MODES.codes():
        v = service.volumes.get(mode)
        par_canal[mode] = v.demandes if v is not None and v.etat == "donnees" else None
    par_canal[AUTRES] = autres_demandes(service)
    return par_canal


def demandes_par_canal(services: Iterable[Service], exercice: str) -> DemandesParCanal:
    """Les demandes par mode, additionnées sur les services de l'exercice."""
    sommes: dict[str, int | None] = {c: None for c in CANAUX}
    non_disponibles: Counter[str] = Counter()
    for s in services:
        if s.exercice != exercice:
            continue
        for canal, n in demandes_service(s).items():
            if n is not None:
                sommes[canal] = (sommes[canal] or 0) + n
            elif canal != AUTRES:
                v = s.volumes.get(canal)
                if v is not None and v.etat in ("donnees", "non_disponible"):
                    non_disponibles[canal] += 1
    return DemandesParCanal(exercice, sommes, {c: non_disponibles[c] for c in CANAUX})


def part_en_ligne(services: Sequence[Service], exercices: Iterable[str] | None = None
                  ) -> tuple[PartEnLigne, ...]:
    """Pour chaque exercice, les demandes en ligne sur toutes les demandes chiffrées."""
    resultat = []
    for ex in _exercices(services, exercices):
        d = demandes_par_canal(services, ex)
        resultat.append(PartEnLigne(ex, d.par_canal["en_ligne"], d.total))
    return tuple(resultat)


def meme_service(services: Sequence[Service], service: Service) -> list[Service]:
    """Le service et ses pendants des autres exercices (même numéro d'ID)."""
    if not service.service_id:
        return [service]
    return [s for s in services if s.service_id == service.service_id]


# --- répertoire et normes -----------------------------------------------------------------------
def par_type(services: Iterable[Service], exercice: str) -> tuple[tuple[str, int], ...]:
    """(type, nombre de services) dans l'ordre des annexes 1C et 1D; ``""`` : type non précisé.
    Seuls les types présents figurent."""
    compte = Counter(s.type_service or TYPE_NON_PRECISE for s in services if s.exercice == exercice)
    ordre = [*TYPES_SERVICE.codes(), TYPE_NON_PRECISE]
    inconnus = sorted(c for c in compte if c not in ordre)
    return tuple((c, compte[c]) for c in [*ordre[:-1], *inconnus, ordre[-1]] if compte[c])


def par_designation(services: Iterable[Service], exercice: str) -> tuple[tuple[str, int], ...]:
    """(désignation, nombre de services) pour chaque désignation, puis ``""`` : sans
    désignation. Un service peut avoir plusieurs désignations."""
    du_exercice = [s for s in services if s.exercice == exercice]
    compte = Counter(d for s in du_exercice for d in set(s.designations))
    sans = sum(1 for s in du_exercice if not s.designations)
    return (*((c, compte[c]) for c in DESIGNATIONS.codes()), (SANS_DESIGNATION, sans))


def normes_atteintes(normes: Iterable[NormeService], exercice: str) -> NormesAtteintes:
    compte = Counter(n.cible_atteinte for n in normes if n.exercice == exercice)
    connus = compte["oui"] + compte["non"] + compte["so"]
    return NormesAtteintes(exercice, compte["oui"], compte["non"], compte["so"],
                           sum(compte.values()) - connus)


# --- l'ensemble ---------------------------------------------------------------------------------
def _service_par_defaut(du_exercice: Sequence[Service]) -> Service | None:
    """Le premier service qui a des demandes chiffrées, sinon le premier service."""
    for s in du_exercice:
        if any(n is not None for n in demandes_service(s).values()):
            return s
    return du_exercice[0] if du_exercice else None


def tableau_de_bord(
    services: Sequence[Service],
    normes: Iterable[NormeService],
    exercice: str,
    service_pk: int | None = None,
    exercices: Iterable[str] | None = None,
) -> Donnees:
    """Les chiffres du tableau de bord. ``services`` : ceux de tous les exercices (pour les
    tendances); ``service_pk`` : le service choisi pour les graphiques d'un service (par
    défaut, le premier qui a des demandes chiffrées)."""
    services = list(services)
    tous = tuple(_exercices(services, [*(exercices or ()), exercice]))
    du_exercice = [s for s in services if s.exercice == exercice]
    choisi = next((s for s in du_exercice if s.pk == service_pk), None) if service_pk is not None else None
    if choisi is None:
        choisi = _service_par_defaut(du_exercice)
    return Donnees(
        exercice=exercice,
        exercices=tous,
        electronique=electronique_par_exercice(services, tous),
        canaux_ministere=demandes_par_canal(du_exercice, exercice),
        services=tuple(ChoixService(s.pk, s.service_id, s.nom_fr, s.nom_en)
                       for s in du_exercice if s.pk is not None),
        service_pk=choisi.pk if choisi else None,
        canaux_service=demandes_par_canal([choisi], exercice) if choisi else None,
        part_en_ligne=part_en_ligne(services, tous),
        part_en_ligne_service=part_en_ligne(meme_service(services, choisi), tous) if choisi else (),
        par_type=par_type(du_exercice, exercice),
        par_designation=par_designation(du_exercice, exercice),
        normes=normes_atteintes(normes, exercice),
        cascade=cascade(du_exercice, exercice),
    )
