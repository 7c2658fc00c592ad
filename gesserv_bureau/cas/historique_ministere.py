"""Le journal des modifications et le registre des rapports, dans une copie du répertoire
ministériel : ceux du serveur — tout le ministère, chaque modification sous la connexion de son
auteur —, pas seulement ce que la copie a fait depuis son emport. Les entrées ont la forme de
celles d'une base du poste (``stockage.journal.EntreeJournal``, ``depot_rapports.RapportConsigne``),
leurs fiches et leurs champs dits avec les mots du répertoire (``referentiel.champs_fiches``)."""

from __future__ import annotations

import json
from dataclasses import replace

from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.referentiel import champs_fiches, messages_serveur
from gesserv_bureau.stockage.depot_rapports import RapportConsigne
from gesserv_bureau.stockage.journal import EntreeJournal
from gesserv_bureau.stockage.serveur import historique
from gesserv_bureau.stockage.serveur.connexion import erreurs_dites

__all__ = ["journal", "registre", "pas_encore_inscrits"]

# ce que le serveur écrit lui-même (``gesserv_journaliser``), dit comme au journal d'un poste
_ACTIONS = {"serveur_insert": "creation", "serveur_update": "modification", "serveur_delete": "suppression"}


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
    return messages_serveur.texte("auteur_declare", langue, declare=declare, connexion=connexion)


def _entree(ligne: dict, langue: str) -> EntreeJournal:
    entite, action = ligne["entite"], ligne["action"]
    nom = champs_fiches.table(entite, langue)
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

    qui = messages_serveur.texte("pas_encore_au_serveur", langue, connexion=connexion)
    return [replace(r, utilisateur=qui) for r in DepotRapports(base).tous(apres=emport.registre_verse(base.conn))]


def _signataires(brut) -> list[str]:
    try:
        valeur = json.loads(brut or "[]")
    except ValueError:
        return []
    return [str(v) for v in valeur] if isinstance(valeur, list) else []
