"""Les « Autres critères » de l'annexe 1B : « Tout autre critère jugé pertinent par le
ministère. » Le ministère tient sa liste (un nom, en français et, s'il le veut, en anglais);
chaque critère paraît dans les évaluations 1B comme un point évalué (élevé, moyen ou faible,
avec son exemple et son analyse), marqué comme critère du ministère.

Une évaluation garde, avec sa réponse, le nom du critère tel qu'il était : son rapport ne
change pas si le ministère retire le critère plus tard (``contenu["criteres_ministere"]``, une
liste de ``{"code", "nom_fr", "nom_en", "cote", "exemple", "analyse"}``).

Sans Qt, sans SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ``criteres_de`` est dans ``ponderation_1b``, qui lit les critères sans dépendre de ce module
from gesserv_bureau.domaine.ponderation_1b import CLE_CRITERES as CLE
from gesserv_bureau.domaine.ponderation_1b import COTES, PonderationInvalide, criteres_de

CLES_CRITERE = ("code", "nom_fr", "nom_en", "cote", "exemple", "analyse")
MOTIF_CODE = re.compile(r"^m[1-9][0-9]{0,5}$")   # m1, m2… jamais réutilisés
MAX_NOM = 200


@dataclass(frozen=True)
class Critere1B:
    code: str
    nom_fr: str
    nom_en: str = ""
    rang: int = 0
    cree_le: str = ""
    cree_par: str = ""
    retire_le: str = ""

    def nom(self, langue: str) -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)

    def actif(self) -> bool:
        return not self.retire_le


def verifier_nom(nom_fr: str, nom_en: str, existants: list[Critere1B]) -> tuple[str, str]:
    """Les noms nettoyés; lève :class:`PonderationInvalide` s'il n'y en a aucun, s'il est trop
    long ou déjà pris par un critère actif."""
    nom_fr, nom_en = " ".join((nom_fr or "").split()), " ".join((nom_en or "").split())
    if not nom_fr and not nom_en:
        raise PonderationInvalide("critere_nom_vide")
    for nom in (nom_fr, nom_en):
        if len(nom) > MAX_NOM:
            raise PonderationInvalide("critere_nom_long", maximum=MAX_NOM)
    for c in existants:
        if c.actif() and ({nom_fr.casefold(), nom_en.casefold()} - {""}) & (
                {c.nom_fr.casefold(), c.nom_en.casefold()} - {""}):
            raise PonderationInvalide("critere_en_double", nom=c.nom_fr or c.nom_en, critere=c.code)
    return nom_fr, nom_en


def reponse_vide(critere: Critere1B) -> dict:
    return {"code": critere.code, "nom_fr": critere.nom_fr, "nom_en": critere.nom_en,
            "cote": None, "exemple": "", "analyse": ""}


def a_une_reponse(reponse: dict) -> bool:
    return reponse.get("cote") in COTES or bool((reponse.get("exemple") or "").strip()) \
        or bool((reponse.get("analyse") or "").strip())


def suivre_la_liste(contenu: dict, actifs: list[Critere1B]) -> bool:
    """Un brouillon suit la liste du ministère : les critères nouveaux y entrent (vides), ceux
    que le ministère a retirés en sortent s'ils n'ont pas encore de réponse. Vrai si quelque
    chose a changé."""
    avant = criteres_de(contenu)
    codes_actifs = {c.code for c in actifs}
    garde = [r for r in avant if r.get("code") in codes_actifs or a_une_reponse(r)]
    presents = {r.get("code") for r in garde}
    garde += [reponse_vide(c) for c in actifs if c.code not in presents]
    if garde == avant and (CLE in contenu or not garde):
        return False
    if garde:
        contenu[CLE] = garde
    else:
        contenu.pop(CLE, None)
    return True
