"""La ligne de commande : ``gesserv-bureau`` ouvre la fenêtre; les sous-commandes travaillent
sans interface sur les mêmes cas d'utilisation (``gesserv_bureau.cas``). Ici, l'analyse de la
ligne et le renvoi de chaque sous-commande au module de sa famille (``ligne_de_commande``).

Aide et messages en français ou en anglais (``--langue``, ``GESSERV_LANGUE``, la préférence
enregistrée, puis la langue du système).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from gesserv_bureau.ligne_initiale import langue_demandee
from gesserv_bureau.langue import Traductions, langue_initiale
from gesserv_bureau.ligne_de_commande import FAMILLES, SOUS_COMMANDES, famille
from gesserv_bureau.ligne_de_commande.analyseur import construire_analyseur
from gesserv_bureau.stockage.serveur.adresse import est_serveur

__all__ = ["SOUS_COMMANDES", "construire_analyseur", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """La ligne de commande complète (``lancement.main`` ouvre la fenêtre sans elle quand la
    ligne ne contient que les options de la fenêtre)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    trad = Traductions(langue_initiale(langue_demandee(argv)))   # l'aide est déjà dans cette langue
    args = construire_analyseur(trad).parse_args(argv)

    commande = args.commande or "interface"
    if commande != "serveur" and est_serveur(getattr(args, "base", None) or os.environ.get("GESSERV_BASE")):
        from gesserv_bureau.ligne_de_commande import commandes_serveur

        if commande in commandes_serveur.LECTURE_PAR_COPIE:    # lire : sur une copie cohérente du serveur
            return commandes_serveur.par_copie(commande, args, trad,
                                               lambda: famille(commande).executer(commande, args, trad))
        if commande in commandes_serveur.ECRITURE_PAR_COPIE:   # écrire : sur ses services, puis renvoyer
            return commandes_serveur.par_copie_de_travail(commande, args, trad,
                                                          lambda: famille(commande).executer(commande, args, trad))
        if commande in commandes_serveur.SUR_LE_POSTE:          # le fichier de la base : pas sur un serveur
            return commandes_serveur.sur_le_poste_seulement(commande, trad)
        # la fenêtre (sur la copie du poste, voir interface.ouverture_serveur), ou une commande qui
        # n'a pas de base (certificat, profil…) : l'adresse ne la concerne pas
    if FAMILLES[commande] is None:
        from gesserv_bureau.interface.app import lancer   # la fenêtre : QtWidgets, pas pour les commandes

        return lancer(base=args.base, langue=args.langue, essai=args.essai_demarrage, traductions=trad)
    return famille(commande).executer(commande, args, trad)
