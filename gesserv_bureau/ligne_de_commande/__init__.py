"""La ligne de commande : ``gesserv-bureau SOUS-COMMANDE …`` travaille sans fenêtre sur les
mêmes cas d'utilisation (``gesserv_bureau.cas``) que l'interface.

- ``catalogue`` : les textes (aide et messages), à traduire (contexte ``cli``);
- ``analyseur`` : l'analyseur argparse, ses sous-commandes et leurs options;
- un module par famille de sous-commandes, chacun chargé pour ses seules sous-commandes
  (:data:`FAMILLES`, :func:`famille`) et offrant ``executer(commande, args, trad) -> code de sortie`` :
  ``commandes_base`` (la base et ses copies de sécurité), ``commandes_donnees`` (importer,
  exporter les données ouvertes), ``commandes_evaluations`` (échanger et approuver les
  évaluations et les séances), ``commandes_signature`` (signer et vérifier les rapports, les
  certificats, sans la base), ``commandes_rapports``, ``commandes_ponderation`` (1B), ``commandes_normes`` (les normes de service),
  ``commandes_profil`` (les préférences, sans la base), ``commandes_serveur`` (le mode ministère :
  une base PostgreSQL partagée);
- ``commun`` : ce que ces modules partagent (ouvrir la base, saisir un mot de passe…).

``gesserv_bureau.cli.main`` analyse la ligne et passe la sous-commande à sa famille. Ajouter
une sous-commande : ses textes dans ``catalogue``, son analyseur dans ``analyseur``, une ligne
dans :data:`FAMILLES`, et son corps dans le module de sa famille (une nouvelle famille : une
branche de plus dans :func:`famille`).
"""

from __future__ import annotations

from types import ModuleType

# Chaque sous-commande, dans l'ordre de l'aide, et le module qui l'exécute (``interface`` : la
# fenêtre, ouverte par ``cli.main`` lui-même).
FAMILLES: dict[str, str | None] = {
    "interface": None,
    "demo": "commandes_base",
    "sauvegarder": "commandes_base",
    "sauvegardes": "commandes_base",
    "restaurer": "commandes_base",
    "integrite": "commandes_base",
    "importer": "commandes_donnees",
    "exporter": "commandes_donnees",
    "qualite": "commandes_donnees",
    "evaluation": "commandes_evaluations",
    "signer": "commandes_signature",
    "certificat": "commandes_signature",
    "verifier": "commandes_signature",
    "confiance": "commandes_signature",
    "rapport": "commandes_rapports",
    "ponderation": "commandes_ponderation",    # la pondération du ministère (1B)
    "criteres-1b": "commandes_ponderation",    # et ses autres critères
    "norme": "commandes_normes",               # les normes de service (2.7, tableau 8)
    "serveur": "commandes_serveur",            # le mode ministère (PostgreSQL)
    "profil": "commandes_profil",
}
SOUS_COMMANDES = tuple(FAMILLES)


def famille(commande: str) -> ModuleType:
    """Le module qui exécute ``commande``, chargé pour ses seules sous-commandes. Chacun est
    nommé en toutes lettres, pas par une chaîne : l'analyse de PyInstaller les voit."""
    nom = FAMILLES[commande]
    if nom == "commandes_base":
        from gesserv_bureau.ligne_de_commande import commandes_base as module
    elif nom == "commandes_donnees":
        from gesserv_bureau.ligne_de_commande import commandes_donnees as module
    elif nom == "commandes_evaluations":
        from gesserv_bureau.ligne_de_commande import commandes_evaluations as module
    elif nom == "commandes_signature":
        from gesserv_bureau.ligne_de_commande import commandes_signature as module
    elif nom == "commandes_rapports":
        from gesserv_bureau.ligne_de_commande import commandes_rapports as module
    elif nom == "commandes_ponderation":
        from gesserv_bureau.ligne_de_commande import commandes_ponderation as module
    elif nom == "commandes_normes":
        from gesserv_bureau.ligne_de_commande import commandes_normes as module
    elif nom == "commandes_profil":
        from gesserv_bureau.ligne_de_commande import commandes_profil as module
    elif nom == "commandes_serveur":
        from gesserv_bureau.ligne_de_commande import commandes_serveur as module
    else:
        raise LookupError(f"sous-commande sans famille : {commande}")
    return module
