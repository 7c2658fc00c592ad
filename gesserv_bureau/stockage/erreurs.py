"""Les erreurs du stockage. Chacune porte ce qu'il faut pour un message clair; le texte,
dans la langue de l'utilisateur, est fait plus haut (``messages_erreur``)."""

from __future__ import annotations

from pathlib import Path


class ErreurStockage(Exception):
    def __init__(self, chemin: Path | None = None, detail: str = ""):
        super().__init__(f"{type(self).__name__}: {chemin} {detail}".strip())
        self.chemin = chemin
        self.detail = detail


class BaseEndommagee(ErreurStockage):
    """Le contrôle d'intégrité a échoué, ou le fichier n'est pas une base SQLite."""

    def __init__(self, chemin: Path, detail: str = "", copies: list[Path] | None = None):
        super().__init__(chemin, detail)
        self.copies = copies or []


class BaseVersionFuture(ErreurStockage):
    """La base vient d'une version plus récente de l'application."""

    def __init__(self, chemin: Path, version_base: int, version_connue: int):
        super().__init__(chemin, f"v{version_base} > v{version_connue}")
        self.version_base = version_base
        self.version_connue = version_connue


class BaseDejaOuverte(ErreurStockage):
    """Une autre instance de l'application a déjà ouvert ce fichier."""

    def __init__(self, chemin: Path, proprietaire: str = ""):
        super().__init__(chemin, proprietaire)
        self.proprietaire = proprietaire


class BaseLectureSeule(ErreurStockage):
    """Le fichier (ou son dossier) ne peut pas être modifié."""


class DisquePlein(ErreurStockage):
    """Le disque est plein : la dernière modification n'a pas été enregistrée, ou (``ouverture``)
    la base, saine, ne peut pas être ouverte. ``libre`` : les octets encore libres, si on le sait."""

    def __init__(self, chemin: Path | None = None, detail: str = "", *, ouverture: bool = False,
                 libre: int | None = None):
        super().__init__(chemin, detail)
        self.ouverture = ouverture
        self.libre = libre


class BaseOccupee(ErreurStockage):
    """Un autre programme écrit dans la base : réessayer dans un instant."""


class BaseInaccessible(ErreurStockage):
    """Le fichier ne peut être ni lu ni créé (dossier absent, droits)."""


class BaseEtrangere(ErreurStockage):
    """Un fichier SQLite d'une autre application (des tables, pas les migrations de
    gesserv-bureau) : il n'est ni migré, ni copié, ni restauré."""

    def __init__(self, chemin: Path, tables: tuple[str, ...] | list[str]):
        super().__init__(chemin, ", ".join(tables))
        self.tables = tuple(tables)


class CopieEchouee(ErreurStockage):
    """La copie de sécurité (ou, ``restauration``, la remise en place d'une copie) n'a pas été
    faite; rien n'en reste sur le disque. ``chemin`` : la base."""

    def __init__(self, chemin: Path, detail: str = "", *, disque_plein: bool = False,
                 restauration: bool = False, libre: int | None = None):
        super().__init__(chemin, detail)
        self.disque_plein = disque_plein
        self.restauration = restauration
        self.libre = libre


class CopieRefusee(ErreurStockage):
    """Une copie qu'on ne restaure pas. ``etat`` : « endommagee », « vide », « etrangere »
    (d'une autre application : ``tables``) ou « absente ». ``chemin`` : la copie."""

    def __init__(self, chemin: Path, etat: str, detail: str = "", tables: tuple[str, ...] = ()):
        super().__init__(chemin, f"{etat} {detail}".strip())
        self.etat = etat
        self.raison = detail
        self.tables = tuple(tables)


class MoinsDeServices(ErreurStockage):
    """La copie à restaurer a moins de services que la base : il faut le confirmer."""

    def __init__(self, chemin: Path, copie: Path, services_copie: int, services_base: int):
        super().__init__(chemin, f"{services_copie} < {services_base}")
        self.copie = copie
        self.services_copie = services_copie
        self.services_base = services_base


class ModificationsPerdues(ErreurStockage):
    """Après un arrêt brutal, la base ne contient plus ce que son témoin a noté : le fichier -wal
    qui gardait les dernières transactions a disparu (``raison`` « wal »), ou la dernière entrée
    notée du journal manque (« journal »). Rien n'a été écrit. ``attendu`` : l'horodatage de la
    dernière entrée notée; ``present`` : celui de la plus récente que la base contient."""

    def __init__(self, chemin: Path, raison: str, attendu: str = "", present: str = ""):
        super().__init__(chemin, f"{raison} {attendu} > {present}")
        self.raison = raison
        self.attendu = attendu
        self.present = present


class ReglageDuServeur(ErreurStockage):
    """Un réglage du ministère (pondération et critères 1B, tolérance des normes, métadonnées ou
    nouvel exercice du répertoire) changé dans une copie du répertoire ministériel : le renvoi ne
    l'enverrait pas, et le remplacerait par celui du serveur. Refusé; rien n'est écrit.
    ``reglage`` : ``ponderation``, ``criteres``, ``tolerance``, ``metadonnees`` ou ``exercice``."""

    def __init__(self, chemin: Path | None, reglage: str):
        super().__init__(chemin, reglage)
        self.reglage = reglage
