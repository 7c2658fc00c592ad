"""Les erreurs du système d'exploitation (fichier introuvable, permission refusée, disque plein…)
dites dans la langue de l'utilisateur, avec ce qu'il peut faire. Le texte que donne le système
(``strerror``) est en anglais, quelle que soit la langue de l'interface : il n'est jamais montré
tel quel. Une erreur qui n'est pas au catalogue est nommée par son code (``errno``)."""

from __future__ import annotations

import errno

from gesserv_bureau.referentiel.catalogue import Catalogue

MESSAGES: Catalogue = {
    "ENOENT": ("fichier ou dossier introuvable", "file or folder not found"),
    "EACCES": ("permission refusée (le fichier ou son dossier est protégé : choisissez un dossier à vous)",
               "permission denied (the file or its folder is protected: choose a folder of your own)"),
    "EPERM": ("opération non permise par le système", "operation not permitted by the system"),
    "ENOSPC": ("le disque est plein (libérez de la place ou choisissez un autre disque)",
               "the disk is full (free some space or choose another disk)"),
    "EDQUOT": ("votre quota d'espace disque est atteint", "your disk quota is exceeded"),
    "EROFS": ("le disque ou la clé est en lecture seule", "the disk or drive is read-only"),
    "EISDIR": ("c'est un dossier, pas un fichier", "it is a folder, not a file"),
    "ENOTDIR": ("une partie du chemin n'est pas un dossier", "part of the path is not a folder"),
    "EEXIST": ("le fichier existe déjà", "the file already exists"),
    "ENAMETOOLONG": ("le nom du fichier est trop long", "the file name is too long"),
    "EBUSY": ("le fichier est occupé par un autre programme", "the file is in use by another program"),
    "ETXTBSY": ("le fichier est occupé par un autre programme", "the file is in use by another program"),
    "EIO": ("erreur de lecture ou d'écriture du disque (le disque ou la clé a peut-être été retiré)",
            "disk read or write error (the disk or drive may have been removed)"),
    "EMFILE": ("trop de fichiers ouverts", "too many open files"),
    "ENFILE": ("trop de fichiers ouverts", "too many open files"),
    "ENOTEMPTY": ("le dossier n'est pas vide", "the folder is not empty"),
    "EXDEV": ("déplacement impossible d'un disque à un autre", "cannot move from one disk to another"),
    "EINVAL": ("nom ou opération non valide pour ce système de fichiers",
               "name or operation not valid on this file system"),
    "ELOOP": ("trop de liens symboliques dans le chemin", "too many symbolic links in the path"),
    "EFBIG": ("le fichier est trop gros pour ce disque", "the file is too large for this disk"),
    "ENODEV": ("le disque n'est pas disponible", "the disk is not available"),
    "ENXIO": ("le disque n'est pas disponible", "the disk is not available"),
    "ETIMEDOUT": ("le disque réseau ne répond pas", "the network drive does not respond"),
    "EHOSTDOWN": ("le disque réseau ne répond pas", "the network drive does not respond"),
    "ESTALE": ("le disque réseau a été déconnecté", "the network drive was disconnected"),
    # sans code du système : le fichier des préférences que Qt n'a pas pu relire
    "FORMAT_ILLISIBLE": ("format illisible", "unreadable format"),
}
_INCONNUE = ("erreur du système (code {code})", "system error (code {code})")
_SANS_CODE = ("erreur du système", "system error")


class DetailSysteme:
    """Le détail d'une ``OSError``, dit dans la langue demandée (``texte``); les catalogues de
    messages (``referentiel.catalogue.texte_de``) le disent dans la langue du message."""

    __slots__ = ("code",)

    def __init__(self, code: int | str | None):
        self.code = code   # un errno, ou le nom d'une entrée du catalogue

    def texte(self, langue: str) -> str:
        nom = self.code if isinstance(self.code, str) else errno.errorcode.get(self.code or -1, "")
        if nom in MESSAGES:
            fr, en = MESSAGES[nom]
        elif self.code:
            fr, en = (t.format(code=nom or self.code) for t in _INCONNUE)
        else:
            fr, en = _SANS_CODE
        return en if langue == "en" else fr

    def __str__(self) -> str:   # une trace de débogage, jamais un message montré
        return self.texte("fr")

    def __repr__(self) -> str:
        nom = self.code if isinstance(self.code, str) else errno.errorcode.get(self.code or -1, self.code)
        return f"DetailSysteme({nom})"

    def __eq__(self, autre) -> bool:
        return isinstance(autre, DetailSysteme) and autre.code == self.code

    def __hash__(self) -> int:
        return hash(self.code)


def detail(exc: BaseException) -> DetailSysteme:
    """Le détail d'une erreur du système (``OSError``) ou d'une autre exception."""
    return DetailSysteme(getattr(exc, "errno", None))


def texte(exc: BaseException, langue: str) -> str:
    return detail(exc).texte(langue)
