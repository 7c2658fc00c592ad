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
    """Le disque est plein : la dernière modification n'a pas été enregistrée."""


class BaseOccupee(ErreurStockage):
    """Un autre programme écrit dans la base : réessayer dans un instant."""


class BaseInaccessible(ErreurStockage):
    """Le fichier ne peut être ni lu ni créé (dossier absent, droits)."""
