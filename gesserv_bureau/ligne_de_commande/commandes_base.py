"""La base et ses copies de sécurité : ``demo``, ``sauvegarder``, ``sauvegardes``, ``restaurer``,
``integrite``."""

from __future__ import annotations

import argparse
import sys

from gesserv_bureau.cas import repertoire, sauvegardes
from gesserv_bureau.chemins import chemin_base
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import dans_la_base, erreur_de_stockage
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.stockage.erreurs import ErreurStockage, MoinsDeServices

# l'état d'une copie, dans la liste de « sauvegardes » (tout autre : endommagée)
_ETATS = {"intacte": "copie_intacte", "vide": "copie_vide", "etrangere": "copie_etrangere"}


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    chemin = chemin_base(args.base)
    try:
        if commande == "sauvegardes":
            return _lister(chemin, t)
        if commande == "restaurer":
            return _restaurer(chemin, args, trad, t)
    except ErreurStockage as exc:
        return erreur_de_stockage(exc, trad)
    if commande in ("integrite", "sauvegarder") and not chemin.exists():
        print(t("introuvable", chemin=chemin), file=sys.stderr)
        return 1

    def faire(base) -> int:
        if commande == "demo":
            from gesserv_bureau.cas import demonstration   # ses exemples : pour « demo » seulement

            n = repertoire.charger_demo(base, dossiers=True)
            print(t("demo_fait" if n else "demo_deja", n=n, chemin=chemin, exercice=demonstration.EXERCICE_DEMO))
            if n:
                print(t("demo_dossiers"))
        elif commande == "sauvegarder":
            print(t("copie_faite", copie=sauvegardes.copier_maintenant(chemin)))
        else:   # integrite
            exercices = repertoire.exercices_connus(base)
            total = sum(len(repertoire.lignes_inventaire(base, e)) for e in exercices)
            print(t("integre", chemin=chemin, version=base.version(), services=total,
                    exercices=", ".join(exercices) or "-"))
        return 0

    return dans_la_base(args, trad, faire, accepter_perte=getattr(args, "accepter_perte", False))


def _lister(chemin, t) -> int:
    copies = sauvegardes.lister(chemin)
    if not copies:
        print(t("aucune_copie", chemin=chemin))
    for copie in copies:
        print(f"{copie.chemin}\t{t(_ETATS.get(copie.etat, 'copie_endommagee'))}")
    return 0


def _restaurer(chemin, args: argparse.Namespace, trad: Traductions, t) -> int:
    """La copie désignée, ou la plus récente intacte, à la place de la base (sous son verrou : une
    instance ouverte dessus perdrait ses écritures suivantes); la base remplacée, pas forcément
    abîmée, est gardée à côté (« remplacee »)."""
    try:
        copie = sauvegardes.copie_a_restaurer(chemin, args.copie)
    except sauvegardes.CopieIntrouvable as exc:
        print(t("introuvable", chemin=exc.copie), file=sys.stderr)
        return 1
    except sauvegardes.AucuneCopie:
        print(t("aucune_copie", chemin=chemin), file=sys.stderr)
        return 1
    try:
        fait = sauvegardes.restaurer(chemin, copie, raison=sauvegardes.RAISON_REMPLACEE, confirmer=args.confirmer)
    except MoinsDeServices as exc:
        print(t("erreur", message=texte_erreur(exc, trad.traduire)), file=sys.stderr)
        print(t("confirmer_conseil", copie=copie), file=sys.stderr)
        return 1
    print(t("restauree", chemin=chemin, copie=copie, cote=fait.cote or "-"))
    return 0
