"""Un service du répertoire : les 18 éléments du tableau 5, pour un exercice."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from gesserv_bureau.referentiel.codes import MODES, POINTS_INTERACTION


@dataclass
class Volume:
    """Élément 14 pour un mode : demandes reçues et extrants finaux positifs.

    ``etat`` vaut ``donnees`` (chiffres saisis), ``non_disponible`` (le mode est offert mais
    les données manquent) ou ``sans_objet`` (le service n'est pas offert par ce mode);
    ``None`` tant que personne n'a répondu.
    """

    etat: str | None = None
    demandes: int | None = None
    extrants: int | None = None


def chiffres_permis(etat: str | None) -> bool:
    """Les chiffres d'un mode (élément 14) se saisissent quand des données existent, ou tant
    que personne n'a répondu; « non disponible » et « ne s'applique pas » n'en ont pas."""
    return etat in (None, "donnees")


def etat_apres_chiffre(etat: str | None) -> str | None:
    """Taper un chiffre pour un mode sans réponse dit que des données existent."""
    return "donnees" if etat is None else etat


# les codes, lus une fois : chaque service en fait deux dictionnaires (20 000 à la lecture du répertoire)
_CODES_MODES = tuple(MODES.codes())
_CODES_POINTS = tuple(POINTS_INTERACTION.codes())


def volumes_vides() -> dict[str, Volume]:
    return {code: Volume() for code in _CODES_MODES}


def points_vides() -> dict[str, str | None]:
    return dict.fromkeys(_CODES_POINTS)


@dataclass
class Service:
    exercice: str
    pk: int | None = None
    service_id: str = ""                      # 1
    nom_fr: str = ""                          # 2
    nom_en: str = ""
    type_service: str | None = None           # 3
    designations: list[str] = field(default_factory=list)  # 4
    description_fr: str = ""                  # 5
    description_en: str = ""
    secteur_responsabilite: str = ""          # 6
    instruments_habilitants: str = ""         # 7
    programme_nom_fr: str = ""                # 8
    programme_nom_en: str = ""
    programme_id: str = ""                    # 9
    portee: str | None = None                 # 10
    proprietaire: str = ""                    # 11
    ententes: str | None = None               # 12
    groupes_clients: list[str] = field(default_factory=list)  # 13
    volumes: dict[str, Volume] = field(default_factory=volumes_vides)  # 14
    frais: str | None = None                  # 15
    normes_service: str | None = None         # 16
    cibles_rendement: str | None = None       # 17
    points_interaction: dict[str, str | None] = field(default_factory=points_vides)  # 18
    # 2.9.4 : « il faut fournir une justification écrite pour tout service exclu du calcul » :
    # l'exclusion demandée (``exclu_calcul``) ne vaut qu'avec sa justification écrite.
    exclu_calcul: bool = False
    justification_exclusion: str = ""
    # 7.10 et 2.10 : le client peut suivre en ligne, en temps réel, l'état de sa demande (oui,
    # non, so); hors des 18 éléments et des données ouvertes, tenu dans l'application
    etat_demande_temps_reel: str | None = None
    # 1.8.1 : la justification écrite d'un point d'interaction « S.O. » (point -> texte)
    justifications_so: dict[str, str] = field(default_factory=dict)
    modifie_le: str = ""
    # Ce que le fichier des données ouvertes porte et que les 18 éléments ne tiennent pas
    # (système décisionnel automatisé, NAS, visites du site Web…), et les valeurs d'origine des
    # colonnes converties : colonne -> [valeur du fichier, valeur convertie à l'import].
    donnees_ouvertes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def exclusion_justifiee(self) -> bool:
        """Exclu du calcul de 2.9.4 : demandé, et justifié par écrit (un blanc ne l'est pas)."""
        return bool(self.exclu_calcul) and bool(self.justification_exclusion.strip())

    def justifications_so_utiles(self) -> dict[str, str]:
        """Les justifications des points qui sont bien « S.O. », dans l'ordre du référentiel."""
        return {c: self.justifications_so.get(c, "") for c, r in self.points_interaction.items() if r == "so"}

    def nom(self, langue: str) -> str:
        if langue == "en":
            return self.nom_en or self.nom_fr
        return self.nom_fr or self.nom_en

    def copie(self, **changements) -> "Service":
        """Une copie profonde (listes et volumes compris), avec des changements."""
        base = replace(
            self,
            designations=list(self.designations),
            groupes_clients=list(self.groupes_clients),
            volumes={m: replace(v) for m, v in self.volumes.items()},
            points_interaction=dict(self.points_interaction),
            justifications_so=dict(self.justifications_so),
            donnees_ouvertes={c: list(v) for c, v in self.donnees_ouvertes.items()},
        )
        return replace(base, **changements) if changements else base


CHAMPS_SIMPLES = tuple(
    f.name
    for f in fields(Service)
    if f.name not in {"pk", "designations", "groupes_clients", "volumes", "points_interaction", "justifications_so",
                      "donnees_ouvertes"}
)
