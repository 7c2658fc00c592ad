"""Les évaluations (1A, 1B, 2A) et les séances d'examen : ``evaluation exporter|importer``, leur
échange entre postes par un fichier JSON, et ``evaluation approuver``, signée ou non."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gesserv_bureau.cas import evaluer, seances_examen, transferts
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import Annule, dans_la_base, demander_mot_de_passe
from gesserv_bureau.referentiel import messages_echange
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations, DepotSeances
from gesserv_bureau.referentiel import messages_systeme


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    return dans_la_base(args, trad, lambda base: _evaluation(base, args, trad, t))


def _evaluation(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    """``evaluation exporter|importer`` : l'échange des évaluations entre postes (JSON)."""
    langue = trad.langue
    if args.action == "approuver":
        return _approuver(base, args, trad, t)
    chemin = Path(args.fichier)
    try:
        if args.action == "exporter":
            if bool(args.uuid) == bool(args.seance):
                print(t("erreur_usage", prog="gesserv-bureau evaluation exporter", message=t("uuid_ou_seance")),
                      file=sys.stderr)
                return 2
            if args.uuid:
                ev = transferts.exporter_evaluation(base, args.uuid, chemin)
                print(t("evaluation_exportee", outil=ev.outil, sujet=ev.sujet, chemin=chemin))
            else:
                seance, evaluations = transferts.exporter_seance(base, args.seance, chemin)
                print(t("seance_exportee", titre=seance.titre, n=len(evaluations), chemin=chemin))
            return 0
        from gesserv_bureau.rapports import certificats   # cryptography (70 ms) : pas pour exporter

        try:
            racines = [c for pem in args.confiance for c in certificats.charger_certificats(Path(pem))]
        except certificats.ErreurSignature as exc:
            print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
            return 1
        resultat = transferts.importer(base, chemin, racines)
    except transferts.EchangeRefuse as exc:
        for probleme in exc.problemes:
            texte = probleme.texte(langue)
            print(texte if probleme.code == "rien_importe" else t("erreur", message=texte), file=sys.stderr)
        return 1
    except OSError as exc:
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=messages_systeme.texte(exc, trad.langue))), file=sys.stderr)
        return 1
    for avertissement in resultat.avertissements:
        print(f"{t('gravite_avertissement')} : {avertissement.texte(langue)}")
    for ligne in resultat.textes(langue):
        print(ligne)
    return 0


def _approuver(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    """``evaluation approuver`` : une évaluation ou une séance approuvée, signée si --certificat
    (mot de passe demandé ou lu dans GESSERV_MOT_DE_PASSE, jamais gardé)."""
    from gesserv_bureau.rapports import certificats   # cryptography (70 ms) : pas pour exporter

    langue = trad.langue
    prog = "gesserv-bureau evaluation approuver"

    def m(code: str, **params) -> str:
        return messages_echange.texte(code, langue, **params)

    if bool(args.uuid) == bool(args.seance):
        print(t("erreur_usage", prog=prog, message=t("uuid_ou_seance")), file=sys.stderr)
        return 2
    if bool(args.certificat) == bool((args.par or "").strip()):
        print(t("erreur_usage", prog=prog, message=m("approbateur_manquant")), file=sys.stderr)
        return 2
    if args.uuid:
        cible = DepotEvaluations(base).par_uuid(args.uuid)
        introuvable = m("evaluation_introuvable", uuid=args.uuid)
    else:
        cible = DepotSeances(base).par_uuid(args.seance)
        introuvable = m("seance_introuvable", uuid=args.seance)
    if cible is None:
        print(t("erreur", message=introuvable), file=sys.stderr)
        return 1
    sujet = cible.sujet if args.uuid else cible.titre
    if cible.statut == "approuvee" and cible.approbation is not None:
        print(m("deja_approuvee_signee", sujet=sujet, nom=cible.approuve_par))
        return 0
    try:
        identite = None
        if args.certificat:
            p12 = Path(args.certificat)
            if not p12.exists():
                raise certificats.ErreurSignature("introuvable", fichier=str(p12))
            mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
            identite = certificats.charger_p12(p12, mot_de_passe)
            del mot_de_passe
        if args.uuid and cible.statut == "approuvee":
            if identite is None:
                print(m("approuvee_sans_signature", sujet=sujet, nom=cible.approuve_par, date=cible.approuve_le))
                return 0
            evaluer.signer_approbation(base, cible, identite)
        elif args.uuid:
            evaluer.approuver(base, cible, args.par or "", identite=identite)
        else:
            seances_examen.approuver(base, cible, args.par or "", identite=identite)
    except certificats.ErreurSignature as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
        return 1
    except Annule:
        print(t("annule"), file=sys.stderr)
        return 1
    except evaluer.EvaluationIncomplete as exc:
        manques = "; ".join(x.texte(langue) for x in exc.manques)
        print(t("erreur", message=m("evaluation_incomplete", sujet=sujet, manques=manques)), file=sys.stderr)
        return 1
    except seances_examen.SeanceNonTerminee:
        print(t("erreur", message=m("approbation_impossible_brouillon", titre=sujet)), file=sys.stderr)
        return 1
    code = "approuvee_signee" if cible.approbation is not None else "approuvee_sans_signature"
    print(m(code, sujet=sujet, nom=cible.approuve_par, date=cible.approuve_le))
    return 0
