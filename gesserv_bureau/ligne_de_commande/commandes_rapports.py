"""``rapport TYPE --sortie FICHIER`` : un rapport en PDF balisé, Word ou PowerPoint, en français,
en anglais ou bilingue (les types : ``rapports.types``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gesserv_bureau.cas import production_rapports, profils
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import dans_la_base, exercice_demande
from gesserv_bureau.rapports.formats import FormatInconnu, format_du_fichier
from gesserv_bureau.referentiel import messages_signature
from gesserv_bureau.referentiel import messages_systeme


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    return dans_la_base(args, trad, lambda base: _rapport(base, args, trad, t))


def _rapport(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    langue = args.langue_rapport or ("en" if trad.langue == "en" else "fr")
    try:
        format_ = format_du_fichier(args.sortie, args.type_rapport)
    except FormatInconnu as exc:
        print(t("erreur", message=t("format_rapport_inconnu", chemin=args.sortie, extension=exc.args[0],
                                    formats=exc.args[1])), file=sys.stderr)
        return 1
    if not args.remplacer and Path(args.sortie).exists():   # dit avant de produire le rapport
        return _refus_fichier_existant(Path(args.sortie), trad, t)
    exercice, lisible = exercice_demande(args.exercice, t)
    if not lisible:
        return 1
    try:
        produit = production_rapports.produire(base, args.type_rapport, langue, exercice=exercice, cle=args.cle,
                                               ministere=args.ministere, format=format_.code, profil=profils.lire())
    except FormatInconnu as exc:   # un rapport qui ne sait encore se rendre qu'en PDF
        print(t("erreur", message=t("format_rapport_inconnu", chemin=args.sortie, extension=exc.args[0],
                                    formats=exc.args[1])), file=sys.stderr)
        return 1
    except production_rapports.RapportIntrouvable:
        refus = (t("rapport_introuvable", element=args.cle) if args.cle
                 else t("rapport_rien", type=args.type_rapport))
        print(t("erreur", message=refus), file=sys.stderr)
        return 1
    chemin = Path(args.sortie)
    try:
        production_rapports.exporter(base, produit, chemin, remplacer=args.remplacer)
    except FileExistsError:
        return _refus_fichier_existant(chemin, trad, t)
    except OSError as exc:
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=messages_systeme.texte(exc, trad.langue))), file=sys.stderr)
        return 1
    if produit.repli_ebauche:
        print(t("rapport_repli_ebauche"), file=sys.stderr)
    print(t("rapport_ecrit_pdf", titre=produit.titre, langue=langue, chemin=chemin, sha=produit.sha256))
    if produit.ebauche:
        print(t("rapport_ebauche"))
    return 0


def _refus_fichier_existant(chemin: Path, trad: Traductions, t) -> int:
    refus = messages_signature.texte("deja_present_remplacer", trad.langue, fichier=chemin)
    print(t("erreur", message=refus), file=sys.stderr)
    return 1
