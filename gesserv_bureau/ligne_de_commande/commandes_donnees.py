"""Les données ouvertes : ``importer`` un fichier CSV (le répertoire des services ou les normes
de service), ``exporter`` le répertoire en CSV (46 colonnes) ou en classeur .xlsx, et le contrôle
de leur ``qualite`` (les constats en CSV, comme l'onglet Qualité des données)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gesserv_bureau.cas import donnees_ouvertes
from gesserv_bureau.domaine.exportation import ecrire_atomique
from gesserv_bureau.domaine.importation import rapport_csv
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import dans_la_base, exercice_demande
from gesserv_bureau.referentiel import messages_import
from gesserv_bureau.referentiel import messages_systeme


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    faire = {"importer": _importer, "exporter": _exporter, "qualite": _qualite}[commande]
    return dans_la_base(args, trad, lambda base: faire(base, args, trad, t))


def _importer(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    """Analysé d'abord, importé ensuite, tout ou rien; ``--verifier`` : l'analyse seulement."""
    langue = trad.langue
    try:
        analyse = donnees_ouvertes.analyser(base, args.fichier)
    except donnees_ouvertes.ErreurFichier as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
        return 1
    print(t("format_reconnu", fichier=args.fichier, format=analyse.nom_format(langue), lignes=analyse.nombre_lignes))
    gravites = {"erreur": t("gravite_erreur"), "avertissement": t("gravite_avertissement")}
    for p in analyse.problemes:
        print(t("probleme", ligne=p.ligne, colonne=p.colonne or "-", valeur=p.valeur or "", gravite=gravites[p.gravite],
                message=p.texte(langue)), file=sys.stderr if p.gravite == "erreur" else sys.stdout)
    if args.rapport:
        try:
            ecrire_atomique(Path(args.rapport), rapport_csv(analyse.problemes, langue).encode("utf-8-sig"))
        except OSError as exc:
            print(t("erreur", message=t("ecriture_impossible", chemin=args.rapport, detail=messages_systeme.texte(exc, trad.langue))),
                  file=sys.stderr)
            return 1
        print(t("rapport_ecrit", chemin=args.rapport))
    if not analyse.importable:
        print(t("rien_importe", n=len(analyse.erreurs)), file=sys.stderr)
        return 1
    if analyse.confirmation_encodage and not args.confirmer_encodage:
        changements = analyse.changements_encodage
        print(messages_import.texte("confirmation_encodage", langue, n=len({c.ligne for c in changements})),
              file=sys.stderr)
        for c in changements[:10]:
            print("  " + messages_import.texte("exemple_encodage", langue, ligne=c.ligne, service_id=c.service_id,
                                               avant=c.avant, apres=c.apres), file=sys.stderr)
        return 1
    if args.verifier:
        print(t("verifie"))
        return 0
    r = donnees_ouvertes.importer(base, analyse, confirmer_encodage=args.confirmer_encodage)
    if r.normes_de_service:
        print(t("importe_normes", crees=r.crees, modifies=r.modifies, inchanges=r.inchanges,
                services=r.services_crees, avertissements=len(r.avertissements)))
    else:
        print(t("importe_services", crees=r.crees, modifies=r.modifies, inchanges=r.inchanges,
                avertissements=len(r.avertissements)))
    return 0


def _exporter(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    exercice, lisible = exercice_demande(args.exercice, t)
    if not lisible:
        return 1
    chemin = Path(args.fichier)
    try:
        xlsx = chemin.suffix.lower() == ".xlsx"
        if xlsx:
            n = donnees_ouvertes.exporter_xlsx(base, chemin, exercice, trad.langue)
        elif args.normes:
            n = donnees_ouvertes.exporter_normes_csv(base, chemin, exercice, args.avec_services_internes)
        else:
            n = donnees_ouvertes.exporter_csv(base, chemin, exercice, args.avec_services_internes)
    except OSError as exc:
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=messages_systeme.texte(exc, trad.langue))), file=sys.stderr)
        return 1
    print(t("exporte", n=n, chemin=chemin))
    if not xlsx and not args.avec_services_internes:
        laisses = donnees_ouvertes.services_internes(base, exercice)
        if laisses:
            print(t("internes_non_exportes", n=laisses))
    return 0


def _qualite(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    """Tous les constats de l'exercice (ou de tous), dans le fichier CSV que l'onglet Qualité
    écrit aussi (``domaine.qualite.csv_constats``); écrit à côté puis mis en place."""
    from gesserv_bureau.domaine import qualite

    exercice, lisible = exercice_demande(args.exercice, t)
    if not lisible:
        return 1
    constats = donnees_ouvertes.verifier_qualite(base, exercice)
    chemin = Path(args.sortie)
    try:
        ecrire_atomique(chemin, qualite.csv_constats(constats, trad.langue))
    except OSError as exc:
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=messages_systeme.texte(exc, trad.langue))),
              file=sys.stderr)
        return 1
    comptes = qualite.compter(constats)
    print(t("constats_ecrits", n=len(constats), erreurs=comptes["erreur"], avertissements=comptes["avertissement"],
            suggestions=comptes["suggestion"], chemin=chemin))
    return 0
