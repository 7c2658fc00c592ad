"""Filtrer et trier les lignes de l'inventaire, sans Qt : la table ne fait qu'afficher."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from gesserv_bureau.domaine.lignes import LigneInventaire


def _sans_accent(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


# Les lettres accentuées latines, repliées d'avance : le cas courant ne passe pas par NFKD.
_TABLE = str.maketrans({chr(i): _sans_accent(chr(i)) for i in range(0xC0, 0x250) if _sans_accent(chr(i)) != chr(i)})


def replier(texte: str) -> str:
    """Minuscules sans accents : « Déglaçage » et « deglacage » se trouvent l'un l'autre."""
    plie = texte.casefold()
    if plie.isascii():
        return plie
    plie = plie.translate(_TABLE)
    if plie.isascii():
        return plie
    decompose = unicodedata.normalize("NFKD", plie)
    return "".join(c for c in decompose if not unicodedata.combining(c))


def nom_compare(texte: str) -> str:
    """Un nom tel qu'on le compare : sans casse, sans accents, sans espaces en trop
    (« Délivrance  des permis » et « delivrance des PERMIS » sont le même nom)."""
    return " ".join(replier(texte or "").split())


class Correspondance(NamedTuple):
    service: object      # le service trouvé (``domaine.service.Service``)
    par: str             # « numero » (même numéro d'ID) ou « nom » (même nom, français ou anglais)


def entree_correspondante(services: Sequence, nom: str, numero: str = "") -> Correspondance | None:
    """L'entrée du répertoire qui est déjà celle de cette activité, parmi ``services`` (ceux de
    l'exercice) : d'abord celle du même numéro d'ID (s'il est donné), sinon celle du même nom,
    comparés sans casse, accents ni espaces en trop; ``None`` s'il n'y en a pas."""
    numero = " ".join((numero or "").split()).casefold()
    if numero:
        for s in services:
            if " ".join((s.service_id or "").split()).casefold() == numero:
                return Correspondance(s, "numero")
    cle = nom_compare(nom)
    if cle:
        for s in services:
            if cle in (nom_compare(s.nom_fr), nom_compare(s.nom_en)):
                return Correspondance(s, "nom")
    return None


def cle_recherche(ligne: LigneInventaire) -> str:
    return replier(" ".join((ligne.service_id, ligne.nom_fr, ligne.nom_en, ligne.proprietaire)))


class Filtre(NamedTuple):   # plutôt qu'un dataclass figé : défini en 0,1 ms, pas 0,8 (mesuré)
    texte: str = ""
    type_service: str | None = None      # un code de type, « externe »/« interne » via portee
    portee: str | None = None
    designation: str | None = None       # un code, ou « aucune »
    a_completer: bool = False

    def est_vide(self) -> bool:
        return self == Filtre()


def filtrer(
    lignes: Sequence[LigneInventaire], cles: Sequence[str], filtre: Filtre
) -> list[int]:
    """Les indices des lignes retenues. ``cles`` : les clés de recherche déjà repliées, une par
    ligne (calculées une fois, pour qu'une frappe reste instantanée); lues seulement quand le
    filtre a du texte."""
    mots = replier(filtre.texte).split()
    retenues = []
    for i, ligne in enumerate(lignes):
        if filtre.type_service and ligne.type_service != filtre.type_service:
            continue
        if filtre.portee and ligne.portee != filtre.portee:
            continue
        if filtre.designation:
            if filtre.designation == "aucune":
                if ligne.designations:
                    continue
            elif filtre.designation not in ligne.designations:
                continue
        if filtre.a_completer and not ligne.a_completer:
            continue
        if mots:
            cle = cles[i]
            if not all(m in cle for m in mots):
                continue
        retenues.append(i)
    return retenues
