"""Le point d'entrée de ``gesserv-bureau`` : la fenêtre tout de suite, ou la ligne de commande.

Ouvrir la fenêtre est de loin l'usage le plus fréquent, et le démarrage compte : quand la ligne
ne contient que les options de la fenêtre, toutes valides (``--base``, ``--langue``,
``--essai-demarrage``), la fenêtre s'ouvre sans l'analyseur complet (``cli`` : ses modules,
argparse, ses dix-sept sous-commandes et leurs aides traduites, 15 à 26 ms mesurés, le dixième
du démarrage). Tout le reste, l'aide, une sous-commande, une faute de frappe ou une valeur
invalide, passe par ``cli.main``, qui répond comme toujours, dans la langue de l'utilisateur.

La ligne n'est lue qu'une fois avant argparse (``ligne_initiale``) : pour savoir si elle ne contient
que les options de la fenêtre, et dans quelle langue répondre (:func:`langue_demandee`, dont
``cli`` se sert pour traduire l'aide avant de l'analyser).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gesserv_bureau.ligne_initiale import langue_demandee, options_de_la_fenetre  # noqa: F401 (lues par les tests)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--rendu-typst-isole"]:   # le paquet figé, relancé pour un grand rapport (rapports/typst_isole)
        from gesserv_bureau.rapports.typst_isole import principal

        return principal()
    options = options_de_la_fenetre(argv)
    if options is not None:
        from gesserv_bureau.interface.app import lancer   # QtWidgets : pas pour la ligne de commande

        return lancer(**options)
    from gesserv_bureau import cli   # l'analyseur complet : pas pour la fenêtre (voir plus haut)

    return cli.main(argv)


def main_fenetre() -> int:
    """Point d'entrée graphique (sans console sous Windows)."""
    return main()
