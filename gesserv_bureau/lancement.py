"""Le point d'entrée de ``gesserv-bureau`` : la fenêtre tout de suite, ou la ligne de commande.

Ouvrir la fenêtre est de loin l'usage le plus fréquent, et le démarrage compte : quand la ligne
ne contient que les options de la fenêtre, toutes valides (``--base``, ``--langue``,
``--essai-demarrage``), la fenêtre s'ouvre sans charger l'analyseur complet (``cli`` :
argparse, ses quinze sous-commandes et leurs aides traduites, 5 ms). Tout le reste, l'aide,
une sous-commande, une faute de frappe ou une valeur invalide, passe par ``cli.main``, qui
répond comme toujours, dans la langue de l'utilisateur.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

LANGUES = ("fr", "en")   # celles de gesserv_bureau.langue (un test y veille)
_OPTIONS_A_VALEUR = {"--base": "base", "--langue": "langue", "--language": "langue"}


def options_de_la_fenetre(argv: Sequence[str]) -> dict | None:
    """Les options de la fenêtre si la ligne ne contient qu'elles, chacune bien formée (une
    valeur pour ``--base``, ``fr`` ou ``en`` pour ``--langue``); sinon ``None`` : au moindre
    doute, l'analyseur complet tranche. Comme lui, la dernière occurrence l'emporte."""
    options: dict = {"base": None, "langue": None, "essai": False}
    attendue = None
    for arg in argv:
        if attendue is not None:
            if arg.startswith("-"):
                return None   # « --base --essai-demarrage » : l'analyseur dira qu'une valeur manque
            options[attendue], attendue = arg, None
        elif arg == "--essai-demarrage":
            options["essai"] = True
        elif arg in _OPTIONS_A_VALEUR:
            attendue = _OPTIONS_A_VALEUR[arg]
        elif arg.partition("=")[0] in _OPTIONS_A_VALEUR and "=" in arg:
            nom, _, valeur = arg.partition("=")
            options[_OPTIONS_A_VALEUR[nom]] = valeur
        else:
            return None   # sous-commande, aide, abréviation, faute de frappe : l'analyseur complet
    if attendue is not None or options["langue"] not in (None, *LANGUES):
        return None
    return options


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = options_de_la_fenetre(argv)
    if options is not None:
        from gesserv_bureau.interface.app import lancer

        return lancer(**options)
    from gesserv_bureau import cli

    return cli.main(argv)


def main_fenetre() -> int:
    """Point d'entrée graphique (sans console sous Windows)."""
    return main()
