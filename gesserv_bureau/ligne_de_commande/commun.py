"""Ce que les familles de sous-commandes partagent : travailler dans la base (ses erreurs dites
dans la langue de l'utilisateur), lire ``--exercice``, saisir un mot de passe."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from gesserv_bureau.cas import profils
from gesserv_bureau.chemins import chemin_base
from gesserv_bureau.domaine.exercice import ExerciceInvalide, normaliser
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.stockage.base import Base, ouvrir
from gesserv_bureau.stockage.erreurs import ErreurStockage, ModificationsPerdues


def dans_la_base(args: argparse.Namespace, trad: Traductions, faire: Callable[[Base], int],
                 *, accepter_perte: bool = False) -> int:
    """``faire(base)`` dans la base de ``--base`` (ouverte sans copie de rotation; l'auteur des
    dossiers créés : le nom du profil); son code de sortie. Une erreur de stockage est dite sur
    la sortie d'erreur : code 1."""
    try:
        with ouvrir(chemin_base(args.base), rotation=False, accepter_perte=accepter_perte) as base:
            base.auteur = profils.nom_auteur()   # vide sans profil
            return faire(base)
    except ErreurStockage as exc:
        return erreur_de_stockage(exc, trad)


def erreur_de_stockage(exc: ErreurStockage, trad: Traductions) -> int:
    """L'erreur dite dans la langue de l'utilisateur (et, pour des modifications perdues, comment
    continuer quand même); le code de sortie 1."""
    t = traducteur(trad)
    print(t("erreur", message=texte_erreur(exc, trad.traduire) or str(exc)), file=sys.stderr)
    if isinstance(exc, ModificationsPerdues):
        print(t("accepter_perte_conseil"), file=sys.stderr)
    return 1


def exercice_demande(valeur: str | None, t) -> tuple[str | None, bool]:
    """L'exercice de ``--exercice``, normalisé (``None`` : tous); ``False`` et le refus dit sur
    la sortie d'erreur s'il est illisible."""
    if not valeur:
        return None, True
    try:
        return normaliser(valeur), True
    except ExerciceInvalide:
        print(t("erreur", message=t("exercice_invalide", valeur=valeur)), file=sys.stderr)
        return None, False


class Annule(Exception):
    """L'utilisateur a interrompu la saisie d'un mot de passe."""


def demander_mot_de_passe(variable: str, invite: str, confirmer: str | None = None) -> str:
    """La variable d'environnement (scripts), sinon une saisie masquée (getpass); confirmée deux
    fois pour un nouveau mot de passe. Le mot de passe n'est écrit nulle part."""
    valeur = os.environ.get(variable)
    if valeur is not None:
        return valeur
    try:
        valeur = getpass.getpass(invite)
        if confirmer is not None and getpass.getpass(confirmer) != valeur:
            # certificats (cryptography, 70 ms) : déjà chargé par qui demande un mot de passe
            from gesserv_bureau.rapports.certificats import ErreurSignature

            raise ErreurSignature("mots_de_passe_differents")
    except (EOFError, KeyboardInterrupt):
        raise Annule() from None
    return valeur
