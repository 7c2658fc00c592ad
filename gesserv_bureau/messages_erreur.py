"""Le texte des erreurs du stockage, dans la langue de l'utilisateur : ce qui ne va pas et
ce qu'il faut faire. ``traduire(contexte, texte)`` vient de Qt (interface) ou de
:class:`~gesserv_bureau.langue.Traductions` (ligne de commande)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from gesserv_bureau.referentiel import messages_systeme
from gesserv_bureau.stockage.erreurs import (
    BaseDejaOuverte,
    BaseEndommagee,
    BaseEtrangere,
    BaseInaccessible,
    BaseLectureSeule,
    BaseOccupee,
    BaseVersionFuture,
    CopieEchouee,
    CopieRefusee,
    DisquePlein,
    ModificationsPerdues,
    ReglageDuServeur,
    MoinsDeServices,
)

Traduire = Callable[[str, str], str]
CONTEXTE = "Erreurs"


def QT_TRANSLATE_NOOP(contexte: str, texte: str) -> str:   # noqa: N802 (le nom que lit pyside6-lupdate)
    """Marque un texte à traduire (``pyside6-lupdate`` le relève sous ce nom), sans le traduire :
    ``texte_erreur`` le traduit au moment de le dire. Défini ici plutôt qu'importé de QtCore :
    ce module ne dépend pas de Qt."""
    return texte

_REGLAGE_DU_SERVEUR = QT_TRANSLATE_NOOP(
    "Erreurs",
    "{reglage} : un réglage du ministère, gardé sur le serveur ministériel. Dans cette copie de son "
    "répertoire, il se lit mais ne se change pas (le renvoi ne l'enverrait pas, et le remplacerait par "
    "celui du serveur). Rien n'a été écrit.",
)
_REGLAGES = {
    "ponderation": QT_TRANSLATE_NOOP("Erreurs", "La pondération 1B du ministère"),
    "criteres": QT_TRANSLATE_NOOP("Erreurs", "Les autres critères 1B du ministère"),
    "tolerance": QT_TRANSLATE_NOOP("Erreurs", "La tolérance des normes de service"),
    "metadonnees": QT_TRANSLATE_NOOP("Erreurs", "Les métadonnées du répertoire"),
    "exercice": QT_TRANSLATE_NOOP("Erreurs", "Un nouvel exercice du répertoire"),
}
_ENDOMMAGEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} est endommagé : le contrôle d'intégrité a échoué ({detail}). "
    "Rien n'y a été écrit.",
)
_ENDOMMAGEE_COPIE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La dernière copie de sécurité intacte date du {date} ({copies} copie(s) intacte(s)). "
    "Vous pouvez la restaurer : le fichier endommagé sera gardé à côté, renommé.",
)
_ENDOMMAGEE_SANS_COPIE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Aucune copie de sécurité intacte n'a été trouvée. Ouvrez un autre fichier ou créez-en un nouveau.",
)
_VERSION = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} a été créé par une version plus récente de gesserv-bureau (schéma {version}, "
    "cette version connaît le schéma {connue}). Il n'a pas été modifié. Mettez l'application à jour "
    "pour l'ouvrir.",
)
_DEJA_OUVERTE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} est déjà ouvert par une autre instance de gesserv-bureau ({qui}). "
    "Fermez-la d'abord : deux fenêtres qui écrivent dans le même répertoire pourraient "
    "s'écraser l'une l'autre.",
)
_LECTURE_SEULE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} est en lecture seule : aucune modification ne pourrait y être enregistrée. "
    "Ouvrez-le en consultation, ou copiez-le dans un dossier où vous avez le droit d'écrire.",
)
_DISQUE_PLEIN = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le disque est plein : la dernière modification n'a pas été enregistrée. Ce que vous avez "
    "saisi reste à l'écran. Libérez de l'espace; l'enregistrement reprendra à la prochaine modification.",
)
_DISQUE_PLEIN_OUVERTURE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le disque qui contient {chemin} est plein (espace libre : {libre}) : la base ne peut pas être "
    "ouverte. La base elle-même est saine et rien n'y a été écrit. Libérez de l'espace sur ce disque, "
    "puis réessayez.",
)
_ETRANGERE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} n'est pas un répertoire gesserv-bureau : c'est une base SQLite d'une autre "
    "application (tables : {tables}). Il n'a pas été modifié. Ouvrez un répertoire de gesserv-bureau, "
    "ou créez-en un nouveau.",
)
_COPIE_ECHOUEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie de sécurité de {chemin} n'a pas été faite ({detail}) : rien n'en a été laissé dans le "
    "dossier des copies. La base elle-même n'a pas changé.",
)
_RESTAURATION_ECHOUEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie n'a pas pu être remise à la place de {chemin} ({detail}) : la base est restée telle "
    "qu'elle était.",
)
_COPIE_PLEIN = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie de sécurité de {chemin} n'a pas été faite : le disque est plein (espace libre : {libre}). "
    "Rien n'en a été laissé dans le dossier des copies, et la base elle-même n'a pas changé. Libérez "
    "de l'espace, puis réessayez.",
)
_RESTAURATION_PLEIN = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie n'a pas pu être remise à la place de {chemin} : le disque est plein (espace libre : "
    "{libre}). La base est restée telle qu'elle était. Libérez de l'espace, puis réessayez.",
)
_OCTETS = QT_TRANSLATE_NOOP("Erreurs", "{entier} octets")
_KO = QT_TRANSLATE_NOOP("Erreurs", "{entier},{decimale} Ko")
_MO = QT_TRANSLATE_NOOP("Erreurs", "{entier},{decimale} Mo")
_GO = QT_TRANSLATE_NOOP("Erreurs", "{entier},{decimale} Go")
_INCONNU = QT_TRANSLATE_NOOP("Erreurs", "inconnu")
_COPIE_ENDOMMAGEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie {chemin} est endommagée ({detail}) : elle ne peut pas être restaurée. Rien n'a été changé.",
)
_COPIE_VIDE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie {chemin} est vide : elle ne contient aucun répertoire et ne peut pas être restaurée. "
    "Rien n'a été changé.",
)
_COPIE_ETRANGERE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {chemin} n'est pas une copie d'un répertoire gesserv-bureau (tables : {tables}) : il "
    "ne peut pas être restauré. Rien n'a été changé.",
)
_COPIE_ABSENTE = QT_TRANSLATE_NOOP("Erreurs", "Fichier introuvable : {chemin}")
_MOINS_DE_SERVICES = QT_TRANSLATE_NOOP(
    "Erreurs",
    "La copie {copie} contient {services_copie} services; la base {chemin} en contient "
    "{services_base} services : la restaurer en ferait disparaître {ecart}. Rien n'a été changé.",
)
_PERTE_JOURNAL = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Des modifications enregistrées dans {chemin} manquent : la dernière notée date du {attendu}, la "
    "plus récente que la base contient, du {present}. Le fichier {wal}, qui les gardait après l'arrêt "
    "brutal de l'application, a disparu ou a été remplacé. Rien n'a été écrit.",
)
_PERTE_WAL = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Le fichier {wal}, qui gardait les dernières modifications de {chemin} après l'arrêt brutal de "
    "l'application, a disparu : celles faites après le {present} (réponses, ajouts, changements) "
    "manquent sans doute. Rien n'a été écrit.",
)
_PERTE_CONSEIL = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Si vous avez encore ce fichier (une autre copie du dossier), remettez-le à côté de la base avant "
    "de l'ouvrir; sinon, continuez avec la base telle qu'elle est.",
)
_SANS_DATE = QT_TRANSLATE_NOOP("Erreurs", "sa création")
_OCCUPEE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Un autre programme écrit en ce moment dans {chemin}. Rien n'a été perdu; réessayez dans un instant.",
)
_INACCESSIBLE = QT_TRANSLATE_NOOP(
    "Erreurs",
    "Impossible d'ouvrir ou de créer {chemin} ({detail}). Vérifiez que le dossier existe et que "
    "vous avez le droit d'y écrire.",
)


def date_copie(copie: Path) -> str:
    return dt.datetime.fromtimestamp(copie.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def liste_tables(tables, maximum: int = 8) -> str:
    """Les tables d'une base étrangère, pour dire ce qu'elle est (les premières seulement)."""
    tables = list(tables)
    texte = ", ".join(tables[:maximum])
    return texte + (", …" if len(tables) > maximum else "") if tables else "-"


def taille_lisible(octets: int | None, traduire: Traduire) -> str:
    """« 20,0 Ko » (« 20.0 KB » en anglais : la virgule décimale est dans la traduction)."""
    if octets is None:
        return traduire(CONTEXTE, _INCONNU)
    for modele, facteur in ((_GO, 1024 ** 3), (_MO, 1024 ** 2), (_KO, 1024)):
        if octets >= facteur:
            dixiemes = round(octets * 10 / facteur)
            return traduire(CONTEXTE, modele).format(entier=dixiemes // 10, decimale=dixiemes % 10)
    return traduire(CONTEXTE, _OCTETS).format(entier=octets)


def _date_journal(horodatage: str) -> str:
    """« 2025-03-01T14:05:09-05:00 » → « 2025-03-01 14:05:09 »."""
    return horodatage.replace("T", " ")[:19]


# la langue des messages : ce code se traduit par « en » dans l'édition anglaise
_LANGUE = QT_TRANSLATE_NOOP("Erreurs", "fr")


def texte_erreur(exc: BaseException, traduire: Traduire) -> str | None:
    """Le message d'une erreur connue du stockage; ``None`` pour une autre erreur. Le détail d'une
    erreur du système est dit dans la langue du message, jamais dans l'anglais du système."""
    langue = traduire(CONTEXTE, _LANGUE)

    def t(modele: str, **params) -> str:
        params = {cle: (v.texte(langue) if isinstance(v, messages_systeme.DetailSysteme) else v)
                  for cle, v in params.items()}
        return traduire(CONTEXTE, modele).format(**params)

    if callable(getattr(exc, "texte", None)):     # une erreur du serveur (mode ministère) se dit elle-même
        return exc.texte(langue)
    chemin = getattr(exc, "chemin", "")
    if isinstance(exc, BaseEndommagee):
        texte = t(_ENDOMMAGEE, chemin=chemin, detail=exc.detail)
        if exc.copies:
            return texte + "\n\n" + t(_ENDOMMAGEE_COPIE, date=date_copie(exc.copies[0]), copies=len(exc.copies))
        return texte + "\n\n" + t(_ENDOMMAGEE_SANS_COPIE)
    if isinstance(exc, BaseVersionFuture):
        return t(_VERSION, chemin=chemin, version=exc.version_base, connue=exc.version_connue)
    if isinstance(exc, BaseDejaOuverte):
        return t(_DEJA_OUVERTE, chemin=chemin, qui=exc.proprietaire or "?")
    if isinstance(exc, BaseLectureSeule):
        return t(_LECTURE_SEULE, chemin=chemin)
    if isinstance(exc, ReglageDuServeur):
        return t(_REGLAGE_DU_SERVEUR, reglage=traduire(CONTEXTE, _REGLAGES.get(exc.reglage, exc.reglage)))
    if isinstance(exc, DisquePlein):
        if exc.ouverture:
            return t(_DISQUE_PLEIN_OUVERTURE, chemin=chemin, libre=taille_lisible(exc.libre, traduire))
        return t(_DISQUE_PLEIN)
    if isinstance(exc, BaseEtrangere):
        return t(_ETRANGERE, chemin=chemin, tables=liste_tables(exc.tables))
    if isinstance(exc, CopieEchouee):
        if exc.disque_plein:
            return t(_RESTAURATION_PLEIN if exc.restauration else _COPIE_PLEIN, chemin=chemin,
                     libre=taille_lisible(exc.libre, traduire))
        return t(_RESTAURATION_ECHOUEE if exc.restauration else _COPIE_ECHOUEE, chemin=chemin,
                 detail=exc.detail)
    if isinstance(exc, CopieRefusee):
        if exc.etat == "vide":
            return t(_COPIE_VIDE, chemin=chemin)
        if exc.etat == "etrangere":
            return t(_COPIE_ETRANGERE, chemin=chemin, tables=liste_tables(exc.tables))
        if exc.etat == "absente":
            return t(_COPIE_ABSENTE, chemin=chemin)
        return t(_COPIE_ENDOMMAGEE, chemin=chemin, detail=exc.raison)
    if isinstance(exc, MoinsDeServices):
        return t(_MOINS_DE_SERVICES, copie=exc.copie, chemin=chemin, services_copie=exc.services_copie,
                 services_base=exc.services_base, ecart=exc.services_base - exc.services_copie)
    if isinstance(exc, ModificationsPerdues):
        wal = f"{chemin}-wal"
        present = _date_journal(exc.present) if exc.present else t(_SANS_DATE)
        if exc.raison == "journal":
            texte = t(_PERTE_JOURNAL, chemin=chemin, wal=wal, attendu=_date_journal(exc.attendu), present=present)
        else:
            texte = t(_PERTE_WAL, chemin=chemin, wal=wal, present=present)
        return texte + "\n\n" + t(_PERTE_CONSEIL)
    if isinstance(exc, BaseOccupee):
        return t(_OCCUPEE, chemin=chemin)
    if isinstance(exc, BaseInaccessible):
        return t(_INACCESSIBLE, chemin=chemin, detail=exc.detail)
    return None
