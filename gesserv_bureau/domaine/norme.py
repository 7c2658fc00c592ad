"""Une norme de service (2.7) : la norme, sa cible opérationnelle et le rendement mesuré,
telle que le fichier des normes de service des données ouvertes la décrit (24 colonnes; les
formats 2017-2018 et 2017-2020 y sont ramenés, ce qu'ils ont de plus — les résultats de chaque
trimestre, le type de cible… — gardé dans ``donnees_ouvertes`` sous le nom de sa colonne)."""

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

    def texte(self, langue: str) -> str:
        if langue == "en":
            return self.norme_en or self.norme_fr
        return self.norme_fr or self.norme_en
