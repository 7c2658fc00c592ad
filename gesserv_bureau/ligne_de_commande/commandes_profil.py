"""``profil`` : qui prépare les rapports (son nom et son titre sous « Préparé par », son ministère
en tête des rapports), gardé dans les préférences, pas dans la base."""

from __future__ import annotations

import argparse
import sys

from gesserv_bureau.cas import profils
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.referentiel import messages_profil


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    """``profil`` : sans option, montrer le profil; avec, changer les champs donnés (les autres
    restent). Un refus le dit dans la langue de l'utilisateur, code de sortie 1, rien d'écrit."""
    langue = trad.langue

    def m(code: str, **params) -> str:
        return messages_profil.texte(code, langue, **params)

    t = traducteur(trad)
    changes = {c: getattr(args, c) for c in profils.CHAMPS if getattr(args, c, None) is not None}
    if changes:
        try:
            profils.modifier(**changes)
        except (profils.ProfilInvalide, profils.ProfilNonEnregistre) as exc:
            print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
            return 1
        print(m("enregistre", fichier=profils.fichier()))
    actuel = profils.lire()
    deux_points = ": " if langue == "en" else " : "
    for c in profils.CHAMPS:
        print(f"{profils.libelle(c, langue)}{deux_points}{getattr(actuel, c) or m('non_renseigne')}")
    if not changes:
        if not actuel.nom:
            print(m("vide"))
        print(m("fichier", fichier=profils.fichier()))
    return 0
