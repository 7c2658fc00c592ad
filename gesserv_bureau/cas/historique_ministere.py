"""Le journal des modifications et le registre des rapports, dans une copie du répertoire
ministériel : ceux du serveur — tout le ministère, chaque modification sous la connexion de son
auteur —, pas seulement ce que la copie a fait depuis son emport. Les entrées ont la forme de
celles d'une base du poste (``stockage.journal.EntreeJournal``, ``depot_rapports.RapportConsigne``),
leurs fiches et leurs champs dits avec les mots du répertoire (``referentiel.champs_fiches``)."""

from __future__ import annotations

import json
from dataclasses import replace

from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.referentiel import champs_fiches
from gesserv_bureau.stockage.depot_rapports import RapportConsigne
from gesserv_bureau.stockage.journal import EntreeJournal
from gesserv_bureau.stockage.serveur import historique
from gesserv_bureau.stockage.serveur.connexion import erreurs_dites

__all__ = ["journal", "registre", "pas_encore_inscrits"]

# ce que le serveur écrit lui-même (``gesserv_journaliser``), dit comme au journal d'un poste
_ACTIONS = {"serveur_insert": "creation", "serveur_update": "modification", "serveur_delete": "suppression"}
_AUTRES_TABLES = {
    "volume": ("Volumes du service", "Service volumes"), "empreinte_import": ("Import du service", "Service import"),
    "initiative": ("Initiative", "Initiative"), "resultat_norme": ("Résultat d'une norme", "Standard result"),
    "droit_secteur": ("Secteurs accordés à", "Sectors granted to"), "exercice": ("Exercice", "Fiscal year"),
    "ponderation_1b": ("Pondération du ministère (1B)", "Department's weighting (1B)"),
    "critere_1b": ("Critère du ministère (1B)", "Department's criterion (1B)"), "parametre": ("Réglage", "Setting"),
    "rapport": ("Registre des rapports", "Report register"), "base": ("Base", "Database"),
}


def journal(serveur: Serveur, langue: str = "fr", limite: int = 1000) -> list[EntreeJournal]:
    """Les ``limite`` dernières entrées du journal du serveur, les plus récentes d'abord.

    :raises ErreurServeur: le serveur injoignable (rien n'est lu)."""
    with erreurs_dites(serveur.adresse), serveur.moteur.connect() as c:
        lignes = historique.journal(c, langue, limite)
    return [_entree(l, langue) for l in lignes]


def _qui(declare: str, connexion: str, langue: str) -> str:
    """L'auteur d'une entrée : sa connexion, que le serveur écrit lui-même; ce que le poste a déclaré
    en plus, quand il diffère (le compte d'un poste dont la base a été versée, une entrée forgée)."""
    if not declare or declare == connexion:
        return connexion
    return f"{declare} ({_INSCRIT_PAR[langue == 'en']} {connexion})"


_INSCRIT_PAR = ("inscrit par", "recorded by")


def _entree(ligne: dict, langue: str) -> EntreeJournal:
    entite, action = ligne["entite"], ligne["action"]
    nom = champs_fiches.fiche(entite, langue) if entite in champs_fiches.FICHES else \
        _AUTRES_TABLES[entite][langue == "en"] if entite in _AUTRES_TABLES else entite
    quoi = ligne["libelle"] or ligne["cle"]
    if entite == "base" and ligne["cle"] and ligne["libelle"]:       # un versement, un emport : le fichier, l'adresse
        quoi = f"{ligne['cle']} — {ligne['libelle']}"
    libelle = f"{nom} {quoi}".strip()
    champ = ligne["champ"] or ""
    if champ and entite in champs_fiches.FICHES:
        champ = ", ".join(champs_fiches.champ(entite, c, langue) for c in champ.split(",") if c)
    return EntreeJournal(ligne["horodatage"], _qui(ligne["utilisateur"], ligne["connexion"], langue),
                         _ACTIONS.get(action, action), entite, ligne["cle"], libelle, champ, ligne["avant"],
                         ligne["apres"])


def registre(serveur: Serveur, langue: str = "fr") -> list[RapportConsigne]:
    """Les rapports inscrits au registre du serveur, les plus récents d'abord.

    :raises ErreurServeur: le serveur injoignable (rien n'est lu)."""
    with erreurs_dites(serveur.adresse), serveur.moteur.connect() as c:
        lignes = historique.registre(c)
    return [RapportConsigne(l["horodatage"], _qui(l["utilisateur"], l["connexion"], langue), l["action"], l["type"],
                            l["titre"], l["langue"], l["fichier"], l["sha256"], tuple(_signataires(l["signataires"])))
            for l in lignes]


def pas_encore_inscrits(base, connexion: str, langue: str = "fr") -> list[RapportConsigne]:
    """Les rapports que la copie ``base`` a exportés ou signés depuis son dernier renvoi (ils seront
    inscrits au registre du serveur au prochain), les plus récents d'abord, dits comme tels."""
    from gesserv_bureau.stockage.depot_rapports import DepotRapports
    from gesserv_bureau.stockage.serveur import emport

    attente = _EN_ATTENTE[langue == "en"]
    return [replace(r, utilisateur=f"{connexion} ({attente})")
            for r in DepotRapports(base).tous(apres=emport.registre_verse(base.conn))]


_EN_ATTENTE = ("pas encore au serveur", "not yet on the server")


def _signataires(brut) -> list[str]:
    try:
        valeur = json.loads(brut or "[]")
    except ValueError:
        return []
    return [str(v) for v in valeur] if isinstance(valeur, list) else []
