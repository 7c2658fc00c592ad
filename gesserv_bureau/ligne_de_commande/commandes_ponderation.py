"""L'outil 1B : ``ponderation afficher|definir|retirer``, la pondération du ministère, et
``criteres-1b lister|ajouter|retirer``, ses autres critères."""

from __future__ import annotations

import argparse
import sys

from gesserv_bureau.cas import reglages_1b
from gesserv_bureau.domaine import ponderation_1b as regles
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import dans_la_base
from gesserv_bureau.referentiel import messages_ponderation


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    return dans_la_base(args, trad, lambda base: _ponderation(base, commande, args, trad, t))


def _ponderation(base, commande: str, args: argparse.Namespace, trad: Traductions, t) -> int:
    """La pondération du ministère (1B) et ses autres critères; un refus le dit dans la langue
    de l'utilisateur, code de sortie 1, sans rien écrire."""
    langue = trad.langue

    def m(code: str, **params) -> str:
        return messages_ponderation.texte(code, langue, **params)

    try:
        if commande == "criteres-1b":
            if args.action == "ajouter":
                critere = reglages_1b.ajouter_critere(base, args.nom, args.nom_en)
                print(m("critere_ajoute", nom=critere.nom(langue), critere=critere.code))
            elif args.action == "retirer":
                critere = reglages_1b.retirer_critere(base, args.code)
                print(m("critere_retire", nom=critere.nom(langue), critere=critere.code))
            else:
                liste = reglages_1b.criteres(base)
                if not liste:
                    print(m("aucun_critere"))
                for critere in liste:
                    autre = critere.nom_fr if langue == "en" else critere.nom_en
                    print(f"{critere.code}\t{critere.nom(langue)}" + (f"\t({autre})" if autre and autre != critere.nom(langue) else ""))
            return 0
        if args.action == "definir":
            nouvelle = reglages_1b.definir(base, args.poids, args.valeurs, args.seuils)
            print(m("definie", version=nouvelle.version))
            _afficher_ponderation(base, nouvelle, langue)
        elif args.action == "retirer":
            retiree = reglages_1b.retirer(base)
            print(m("retiree", version=retiree.version))
        else:
            actuelle = reglages_1b.en_vigueur(base)
            if actuelle is None:
                print(m("aucune_ponderation"))
            else:
                _afficher_ponderation(base, actuelle, langue)
            if args.historique:
                for version in reglages_1b.versions(base):
                    etat = (m("retiree_le", date=regles.date_longue(version.retiree_le, langue)) if version.retiree_le
                            else m("en_vigueur") if actuelle is not None and version.version == actuelle.version else "")
                    print(f"  {regles.titre(version, langue)}" + (f" — {etat}" if etat else ""))
        return 0
    except regles.PonderationInvalide as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
        return 1


def _afficher_ponderation(base, ponderation, langue: str) -> None:
    entete = regles.titre(ponderation, langue)
    if ponderation.definie_par:
        entete += ", " + messages_ponderation.texte("definie_par", langue, nom=ponderation.definie_par)
    print(entete)
    for code, fr, en in reglages_1b.points_ponderables(base):
        print(f"  {code:<24}{regles.nombre(ponderation.poids_de(code), langue):>6}  {en if langue == 'en' else fr}")
    print(regles.echelle(ponderation, langue))
