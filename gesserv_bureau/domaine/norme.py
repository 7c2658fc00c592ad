"""Une norme de service (2.7) : la norme, sa cible opérationnelle et le rendement mesuré,
telle que le fichier des normes de service des données ouvertes la décrit (24 colonnes; les
formats 2017-2018 et 2017-2020 y sont ramenés, ce qu'ils ont de plus — les résultats de chaque
trimestre, le type de cible… — gardé dans ``donnees_ouvertes`` sous le nom de sa colonne), et
ce que le ministère gère de plus dans l'application (le type de cible, l'approbation, la page
du rendement en temps réel, la mise en œuvre, le retrait) — :data:`CHAMPS_GERES`, qu'un import
ne touche jamais. Les résultats par trimestre sont des :class:`ResultatNorme`; le résultat de
l'exercice reste sur la norme (``volume_conforme``, ``volume_total``), comme dans le fichier."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NormeService:
    exercice: str
    service_id: str
    norme_id: str
    pk: int | None = None
    service_pk: int | None = None
    norme_fr: str = ""
    norme_en: str = ""
    type_norme: str = ""            # ACS, ACY, OTH, TML
    canal: str = ""                 # EML, FAX, ONL, OTH, PERSON, POST, TEL
    commentaires_canal_fr: str = ""
    commentaires_canal_en: str = ""
    cible: float | None = None      # 0 à 1
    volume_conforme: int | None = None
    volume_total: int | None = None
    rendement: float | None = None  # volume conforme / volume total
    commentaires_fr: str = ""
    commentaires_en: str = ""
    cible_atteinte: str | None = None  # oui, non, so
    url_normes_fr: str = ""
    url_normes_en: str = ""
    url_resultats_fr: str = ""
    url_resultats_en: str = ""
    donnees_ouvertes: dict[str, list[str]] = field(default_factory=dict)
    # gérés dans l'application (2.7.11 : approbation; 2.7.4 : temps réel; 2.7.10 : mise en œuvre)
    type_cible: str = ""            # pourcentage, nombre, autre (referentiel.normes.TYPES_CIBLE)
    niveau_approbation: str = ""
    date_approbation: str = ""      # AAAA-MM-JJ
    url_temps_reel_fr: str = ""
    url_temps_reel_en: str = ""
    mise_en_oeuvre: bool = False    # encore à ses premières étapes de mise en œuvre (2.7.10)
    retiree_le: str = ""            # AAAA-MM-JJ : retirée, gardée à l'historique

    @property
    def retiree(self) -> bool:
        return bool(self.retiree_le)

    def texte(self, langue: str) -> str:
        if langue == "en":
            return self.norme_en or self.norme_fr
        return self.norme_fr or self.norme_en


CHAMPS_GERES = ("type_cible", "niveau_approbation", "date_approbation", "url_temps_reel_fr", "url_temps_reel_en",
                "mise_en_oeuvre", "retiree_le")
"""Les champs que les données ouvertes n'ont pas : un import ne les écrit ni ne les efface."""

PERIODES = ("T1", "T2", "T3", "T4")
"""Les trimestres d'un exercice (T1 : avril à juin); le résultat de l'exercice est sur la norme."""


@dataclass
class ResultatNorme:
    """Le résultat d'un trimestre : le volume qui respecte la norme et le volume total; le
    rendement se calcule, il ne se saisit pas."""

    periode: str
    volume_conforme: int | None = None
    volume_total: int | None = None
    pk: int | None = None
    norme_pk: int | None = None

    @property
    def rendement(self) -> float | None:
        return rendement(self.volume_conforme, self.volume_total)


def rendement(volume_conforme: int | None, volume_total: int | None) -> float | None:
    """Le volume conforme sur le volume total (une fraction); rien sans volume total."""
    if volume_conforme is None or not volume_total:
        return None
    return volume_conforme / volume_total
