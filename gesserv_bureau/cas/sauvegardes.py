"""Les copies de sécurité de la base, pour la fenêtre et la ligne de commande : en faire une
maintenant, les lister avec leur état, en remettre une à la place de la base.

Remettre une copie en place (:func:`restaurer`) se fait sous le verrou de la base :
``stockage.sauvegardes.restaurer`` le prend le temps d'échanger les fichiers, et refuse
(:class:`~gesserv_bureau.stockage.erreurs.BaseDejaOuverte`) tant qu'une autre instance a la base
ouverte (elle perdrait ses écritures suivantes). La base remplacée n'est jamais effacée : elle
est gardée à côté, renommée. Une copie qui a moins de services que la base n'est remise qu'avec
l'accord de la personne (:class:`~gesserv_bureau.stockage.erreurs.MoinsDeServices` sinon) :
``confirmer`` vaut ``True`` quand l'accord est déjà donné (``restaurer --confirmer``, la question
de la fenêtre qui montrait les deux nombres), ``False`` pour refuser, ou une fonction qui reçoit
le refus (les deux nombres) et dit si la personne confirme (la question posée au démarrage).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.erreurs import MoinsDeServices

RAISON_MANUELLE = "manuelle"     # le nom d'une copie faite à la demande
RAISON_REMPLACEE = "remplacee"   # la base remplacée n'était pas forcément abîmée


class CopieListee(NamedTuple):
    chemin: Path
    etat: str   # celui de stockage.sauvegardes.examiner : intacte, endommagee, vide, etrangere

    @property
    def intacte(self) -> bool:
        """Elle peut être remise en place."""
        return self.etat == "intacte"

    @property
    def taille(self) -> int | None:
        """Sa taille en octets (``None`` : elle a disparu depuis)."""
        try:
            return self.chemin.stat().st_size
        except OSError:
            return None

    @property
    def faite_le(self) -> dt.datetime | None:
        """Quand elle a été faite (la date du fichier; ``None`` : elle a disparu depuis)."""
        try:
            return dt.datetime.fromtimestamp(self.chemin.stat().st_mtime)
        except OSError:
            return None


class Restauration(NamedTuple):
    base: Path
    copie: Path
    cote: Path | None   # l'ancienne base, gardée à côté, renommée (None : il n'y en avait pas)


class CopieIntrouvable(LookupError):
    """La copie désignée n'existe pas (rien n'a changé)."""

    def __init__(self, copie: Path):
        super().__init__(str(copie))
        self.copie = copie


class AucuneCopie(LookupError):
    """La base n'a aucune copie de sécurité intacte (rien n'a changé)."""

    def __init__(self, base: Path):
        super().__init__(str(base))
        self.base = base


def copier_maintenant(base: Path) -> Path:
    """Une copie vérifiée, faite à la demande; son chemin. :class:`CopieEchouee` si elle n'a pas
    pu être faite (rien n'est laissé)."""
    return sauvegardes.copier(Path(base), RAISON_MANUELLE)


def lister(base: Path) -> list[CopieListee]:
    """Toutes les copies de ``base``, la plus récente d'abord, chacune avec son état."""
    return [CopieListee(copie, sauvegardes.examiner(copie).etat) for copie in sauvegardes.copies(Path(base))]


def copies_intactes(base: Path) -> list[Path]:
    """Les copies intactes de ``base``, la plus récente d'abord (ce qu'on peut restaurer)."""
    return sauvegardes.copies_intactes(Path(base))


def services_de_la_copie(copie: Path) -> int:
    """Le nombre de services d'une copie (0 si elle n'en dit rien)."""
    return sauvegardes.examiner(Path(copie)).services or 0


def services_de_la_base(base: Path) -> int:
    """Le nombre de services de la base ouverte (0 si elle n'en dit rien)."""
    return sauvegardes.services_de(Path(base)) or 0


def copie_a_restaurer(base: Path, copie: Path | str | None = None) -> Path:
    """La copie désignée si elle existe (:class:`CopieIntrouvable` sinon); sans désignation, la
    plus récente copie intacte de ``base`` (:class:`AucuneCopie` s'il n'y en a pas)."""
    if copie:
        copie = Path(copie)
        if not copie.exists():
            raise CopieIntrouvable(copie)
        return copie
    intactes = sauvegardes.copies_intactes(Path(base))
    if not intactes:
        raise AucuneCopie(Path(base))
    return intactes[0]


def restaurer(
    base: Path,
    copie: Path,
    *,
    raison: str = RAISON_REMPLACEE,
    confirmer: bool | Callable[[MoinsDeServices], bool] = False,
) -> Restauration:
    """Remet ``copie`` à la place de ``base``, sous le verrou de la base; l'ancienne base est
    gardée à côté, renommée (``raison`` dans son nom). ``confirmer`` : voir le module.

    Lève :class:`MoinsDeServices` (la copie a moins de services, sans accord),
    :class:`CopieRefusee`, :class:`BaseDejaOuverte`, :class:`CopieEchouee` : la base n'a pas
    changé."""
    accord = confirmer is True
    while True:
        try:
            cote = sauvegardes.restaurer(base, copie, raison=raison, confirmer=accord)
        except MoinsDeServices as refus:
            # le verrou est rendu pendant la question : la restauration reprend tout sous lui
            if accord or not callable(confirmer) or not confirmer(refus):
                raise
            accord = True
            continue
        return Restauration(Path(base), Path(copie), cote)
