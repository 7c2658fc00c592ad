"""La ligne de commande lue une fois avant argparse (:func:`_parcourir`) : si elle ne contient
que les options de la fenêtre (:func:`options_de_la_fenetre`, dont se sert ``lancement``), et dans
quelle langue répondre (:func:`langue_demandee`, dont ``cli`` se sert pour traduire l'aide avant de
l'analyser). Un module à part : ``lancement`` et ``cli`` le lisent tous deux sans s'importer l'un
l'autre."""

from __future__ import annotations

from collections.abc import Sequence

from gesserv_bureau.langue import LANGUES

_OPTIONS_A_VALEUR = {"--base": "base", "--langue": "langue", "--language": "langue"}


def _parcourir(argv: Sequence[str]) -> tuple[dict, bool]:
    """Un passage sur la ligne : les options de la fenêtre qu'elle donne, comme argparse les
    lirait (la dernière occurrence l'emporte; pour la langue, la dernière valide : celle de
    ``rapport … --langue bilingue`` n'est pas celle de l'interface), et si la ligne ne contient
    qu'elles, chacune bien formée (une valeur pour ``--base``, ``fr`` ou ``en`` pour
    ``--langue``)."""
    options: dict = {"base": None, "langue": None, "essai": False}
    seule = True
    attendue = None

    def poser(nom: str, valeur: str) -> None:
        nonlocal seule
        if nom == "base":
            options["base"] = valeur
        elif valeur in LANGUES:
            options["langue"] = valeur
        else:
            seule = False   # langue inconnue : l'analyseur complet dira « choix invalide »

    for arg in argv:
        if attendue is not None:
            nom, attendue = attendue, None
            if not arg.startswith("-"):
                poser(nom, arg)
                continue
            seule = False   # « --base --essai-demarrage » : l'analyseur dira qu'une valeur manque
        option, egal, valeur = arg.partition("=")
        if arg == "--essai-demarrage":
            options["essai"] = True
        elif arg in _OPTIONS_A_VALEUR:
            attendue = _OPTIONS_A_VALEUR[arg]
        elif egal and option in _OPTIONS_A_VALEUR:
            poser(_OPTIONS_A_VALEUR[option], valeur)
        else:
            seule = False   # sous-commande, aide, abréviation, faute de frappe : l'analyseur complet
    return options, seule and attendue is None


def options_de_la_fenetre(argv: Sequence[str]) -> dict | None:
    """Les options de la fenêtre si la ligne ne contient qu'elles, chacune bien formée; sinon
    ``None`` : au moindre doute, l'analyseur complet tranche."""
    options, seule = _parcourir(argv)
    return options if seule else None


def langue_demandee(argv: Sequence[str]) -> str | None:
    """La langue que la ligne demande (``--langue``, ``--language``), avant de l'analyser :
    l'aide et les erreurs d'argparse sont déjà dans cette langue."""
    return _parcourir(argv)[0]["langue"]
