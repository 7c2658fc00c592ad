"""La signature numérique des rapports : ``signer`` un PDF, créer les certificats (``certificat``),
``verifier`` les signatures, les racines de ``confiance``. Ces sous-commandes travaillent sur des fichiers
(PDF, .p12, .pem), sans ouvrir la base; seul ``signer`` consigne la signature au registre des
rapports quand la base existe déjà."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gesserv_bureau.chemins import chemin_base
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import Annule, demander_mot_de_passe
from gesserv_bureau.rapports import certificats, confiance, fichiers, signature
from gesserv_bureau.rapports.certificats import ErreurSignature
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.referentiel import messages_systeme

# les codes de sortie de « verifier » (2 reste celui d'argparse pour une erreur d'utilisation)
SORTIE_VALIDE, SORTIE_ECHEC, SORTIE_NON_VERIFIE = 0, 1, 3


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    try:
        if commande == "signer":
            return _signer(args, trad, t)
        if commande == "certificat":
            return _certificat(args, trad, t)
        if commande == "confiance":
            return _confiance(args, trad)
        return _verifier(args, trad, t)
    except ErreurSignature as exc:
        print(t("erreur", message=exc.texte(trad.langue)), file=sys.stderr)
        return 1
    except Annule:
        print(t("annule"), file=sys.stderr)
        return 1


def _signer(args: argparse.Namespace, trad: Traductions, t) -> int:
    """``signer`` : le PDF signé écrit atomiquement; la signature consignée au registre des
    rapports si la base existe."""
    entree, sortie, p12 = Path(args.fichier), Path(args.sortie), Path(args.certificat)
    pdf = certificats.lire_fichier(entree)
    if not p12.exists():
        raise ErreurSignature("introuvable", fichier=str(p12))
    # les refus avant le mot de passe : sortie déjà là, plus de champ libre, signatures cassées
    if not args.remplacer and (sortie.exists() or sortie.is_symlink()):
        raise ErreurSignature("deja_present_remplacer", fichier=str(sortie))
    champ = signature.prochain_champ(pdf, args.champ, fichier=str(entree))
    existant = signature.controler_signatures_existantes(pdf, confiance.fichiers(), fichier=str(entree))
    if existant.non_verifiees:
        noms = ", ".join(f"« {s.signataire} »" if trad.langue != "en" else f"“{s.signataire}”"
                         for s in existant.non_verifiees)
        print(signature.messages.texte("avertissement_signataire_non_verifie", trad.langue, noms=noms),
              file=sys.stderr)
    mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
    raison = args.raison or signature.messages.texte("raison_defaut", trad.langue)
    signe = signature.signer(pdf, p12, mot_de_passe, champ=champ, raison=raison, lieu=args.lieu,
                             fichier=str(entree))
    del mot_de_passe
    try:
        fichiers.ecrire(sortie, signe, remplacer=args.remplacer)
    except FileExistsError:
        raise ErreurSignature("deja_present_remplacer", fichier=str(sortie)) from None
    except OSError as exc:
        raise ErreurSignature("ecriture_impossible", fichier=str(sortie), detail=messages_systeme.detail(exc)) from None
    signatures = [s for s in signature.verifier(signe) if s.lisible]
    nom = next((s.signataire for s in signatures if s.champ == champ), "?")
    print(t("signe", nom=nom, champ=champ, chemin=sortie))
    libres = [nom_champ for nom_champ, rempli in signature.champs_signature(signe) if not rempli]
    print(t("signe_reste", champs=", ".join(libres)) if libres else t("signe_complet"))
    _consigner_signature(args, sortie, signe, [s.signataire for s in signatures], t)
    return 0


def _consigner_signature(args: argparse.Namespace, sortie: Path, pdf: bytes, signataires: list[str], t) -> None:
    chemin = chemin_base(getattr(args, "base", None))
    if not chemin.exists():
        return
    try:
        from gesserv_bureau.cas import production_rapports   # seulement quand la base existe

        with ouvrir(chemin, rotation=False) as base:
            production_rapports.consigner_signature(base, sortie, pdf, signataires)
        print(t("signature_consignee", chemin=chemin))
    except Exception as exc:  # noqa: BLE001 - le PDF signé est écrit : un registre indisponible n'y change rien
        print(t("consignation_impossible", detail=exc), file=sys.stderr)


def _certificat(args: argparse.Namespace, trad: Traductions, t) -> int:
    sortie = Path(args.sortie)
    if sortie.exists():
        raise certificats.ErreurSignature("deja_present", fichier=str(sortie))
    if args.action == "exporter-pem":
        p12 = Path(args.fichier)
        if not p12.exists():
            raise certificats.ErreurSignature("introuvable", fichier=str(p12))
        mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
        cert = certificats.exporter_pem(p12, mot_de_passe, sortie, racine=not args.titulaire)
        print(t("pem_ecrit", nom=certificats.nom_commun(cert), chemin=sortie))
        return 0
    pem = Path(args.pem) if getattr(args, "pem", None) else None
    if pem is not None and pem.exists():
        raise certificats.ErreurSignature("deja_present", fichier=str(pem))
    racine_p12 = Path(args.racine) if args.action == "utilisateur" else None
    if racine_p12 is not None and not racine_p12.exists():
        raise certificats.ErreurSignature("introuvable", fichier=str(racine_p12))
    mot_de_passe_racine = (demander_mot_de_passe("GESSERV_MOT_DE_PASSE_RACINE",
                                                 t("mot_de_passe_racine", fichier=racine_p12))
                           if racine_p12 is not None else "")
    mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("nouveau_mot_de_passe", fichier=sortie),
                                         t("confirmer_mot_de_passe"))
    # un mot de passe court : refusé pour une racine (creer_racine), averti pour un utilisateur
    court = args.action != "racine" and certificats.mot_de_passe_court(mot_de_passe)
    if args.action == "racine":
        cert = certificats.creer_racine(args.ministere, sortie, mot_de_passe, annees=args.annees)
        cle = "racine_creee"
    elif args.action == "utilisateur":
        cert = certificats.creer_certificat_utilisateur(args.nom, args.courriel, racine_p12, mot_de_passe_racine,
                                                        sortie, mot_de_passe, annees=args.annees)
        cle = "utilisateur_cree"
    else:
        cert = certificats.creer_certificat_personnel(args.nom, args.courriel, sortie, mot_de_passe,
                                                      annees=args.annees)
        cle = "personnel_cree"
    print(t(cle, nom=certificats.nom_commun(cert), chemin=sortie, fin=cert.not_valid_after_utc.date().isoformat(),
            emetteur=certificats.nom_emetteur(cert)))
    if court:
        print(certificats.messages.texte("mot_de_passe_court", trad.langue, fichier=sortie,
                                         minimum=certificats.LONGUEUR_MIN_MOT_DE_PASSE), file=sys.stderr)
    if pem is not None:
        certificats.ecrire_pem(cert, pem)
        print(t("pem_ecrit", nom=certificats.nom_commun(cert), chemin=pem))
    return 0


def _verifier(args: argparse.Namespace, trad: Traductions, t) -> int:
    """``verifier`` : le constat en mots, contre les racines retenues et celles de --confiance.
    0 : intact et chaque signataire vérifié; 3 : intact mais un signataire non vérifié; 1 : échec."""
    chemin = Path(args.fichier)
    racines = [*confiance.fichiers(), *(Path(c) for c in args.confiance)]
    constat = signature.verifier_document(certificats.lire_fichier(chemin), racines, fichier=str(chemin))
    for ligne in constat.lignes(trad.langue, str(chemin)):
        print(ligne)
    return {signature.STATUT_VALIDE: SORTIE_VALIDE,
            signature.STATUT_NON_VERIFIE: SORTIE_NON_VERIFIE}.get(constat.statut, SORTIE_ECHEC)


def _confiance(args: argparse.Namespace, trad: Traductions) -> int:
    """``confiance ajouter|liste|retirer`` : les racines de confiance retenues."""
    def m(code: str, **params) -> str:
        return certificats.messages.texte(code, trad.langue, **params)

    def decrire(cert) -> dict:
        return {"nom": certificats.nom_commun(cert), "empreinte": confiance.empreinte(cert),
                "fin": cert.not_valid_after_utc.date().isoformat()}

    if args.action == "ajouter":
        tous = certificats.charger_certificats(args.fichier)
        nouveaux = {confiance.empreinte(c) for c in confiance.ajouter(args.fichier)}
        for cert in tous:
            print(m("racine_retenue" if confiance.empreinte(cert) in nouveaux else "racine_deja_retenue",
                    **decrire(cert)))
        return 0
    if args.action == "liste":
        entrees = confiance.entrees()
        if not entrees:
            print(m("aucune_racine", dossier=confiance.dossier()))
            return 0
        print(m("racines_retenues", n=len(entrees), dossier=confiance.dossier()))
        for _fichier, cert in entrees:
            print(m("racine_ligne", **decrire(cert)))
        return 0
    cle = args.empreinte.strip().lower().replace(":", "").replace(" ", "")
    if len(cle) < confiance.LONGUEUR_MIN_PREFIXE:
        raise ErreurSignature("empreinte_trop_courte", minimum=confiance.LONGUEUR_MIN_PREFIXE)
    candidats = [(f, c) for f, c in confiance.entrees() if f in confiance.correspondances(cle)]
    if not candidats:
        raise ErreurSignature("racine_inconnue", empreinte=args.empreinte)
    if len(candidats) > 1:
        raise ErreurSignature("racine_ambigue", empreinte=args.empreinte)
    confiance.retirer(cle)
    print(m("racine_retiree", **decrire(candidats[0][1])))
    return 0
