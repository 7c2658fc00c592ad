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
from gesserv_bureau.rapports import certificats, confiance, fichiers, revocation, signature
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
    """``signer`` : avec un .p12 (``--certificat``) ou une carte (``--pkcs11 --jeton [--cle]``);
    le PDF signé écrit atomiquement, seulement une fois la signature complète; la signature
    consignée au registre des rapports si la base existe."""
    entree, sortie = Path(args.fichier), Path(args.sortie)
    if bool(args.certificat) == bool(args.pkcs11):
        raise ErreurSignature("certificat_ou_carte")
    pdf = certificats.lire_fichier(entree)
    if args.certificat and not Path(args.certificat).exists():
        raise ErreurSignature("introuvable", fichier=str(args.certificat))
    if args.pkcs11 and not args.jeton:
        presents = ", ".join(j.etiquette for j in signature.jetons(args.pkcs11)) or "—"
        raise ErreurSignature("jeton_manquant", jetons=presents)
    if args.pkcs11:
        signature.controler_carte(args.pkcs11, args.jeton, args.cle)
    listes = [revocation.charger(args.crl)] if args.crl else []
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
    raison = args.raison or signature.messages.texte("raison_defaut", trad.langue)
    if args.pkcs11:
        nip = demander_mot_de_passe("GESSERV_NIP", t("nip", jeton=args.jeton))
        signe = signature.signer_carte(pdf, args.pkcs11, args.jeton, nip, cle=args.cle, champ=champ, raison=raison,
                                       lieu=args.lieu, fichier=str(entree), crls=listes)
        del nip
    else:
        p12 = Path(args.certificat)
        mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
        signe = signature.signer(pdf, p12, mot_de_passe, champ=champ, raison=raison, lieu=args.lieu,
                                 fichier=str(entree), crls=listes)
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
    from gesserv_bureau.cas import certificats as cas_certificats

    if args.action == "revoquer":
        return _revoquer(args, t)
    sortie = Path(args.sortie)
    if args.action == "exporter-pem":
        p12 = Path(args.fichier)
        cas_certificats.controler_export(p12, sortie)
        mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
        cert = cas_certificats.exporter_pem(p12, mot_de_passe, sortie, titulaire=args.titulaire)
        print(t("pem_ecrit", nom=certificats.nom_commun(cert), chemin=sortie))
        return 0
    if args.action == "utilisateur" and args.cle_publique:
        return _certificat_pour_cle(args, t)
    pem = Path(args.pem) if getattr(args, "pem", None) else None
    racine_p12 = Path(args.racine) if args.action == "utilisateur" else None
    cas_certificats.controler_creation(args.action, sortie, pem, racine_p12)
    mot_de_passe_racine = (demander_mot_de_passe("GESSERV_MOT_DE_PASSE_RACINE",
                                                 t("mot_de_passe_racine", fichier=racine_p12))
                           if racine_p12 is not None else "")
    mot_de_passe = demander_mot_de_passe("GESSERV_MOT_DE_PASSE", t("nouveau_mot_de_passe", fichier=sortie),
                                         t("confirmer_mot_de_passe"))
    creation = cas_certificats.creer(args.action, sortie, mot_de_passe, nom=getattr(args, "nom", ""),
                                     courriel=getattr(args, "courriel", None),
                                     ministere=getattr(args, "ministere", ""), racine=racine_p12,
                                     mot_de_passe_racine=mot_de_passe_racine, annees=args.annees)
    cert = creation.certificat
    cle = {"racine": "racine_creee", "utilisateur": "utilisateur_cree"}.get(args.action, "personnel_cree")
    print(t(cle, nom=certificats.nom_commun(cert), chemin=sortie, fin=cert.not_valid_after_utc.date().isoformat(),
            emetteur=certificats.nom_emetteur(cert)))
    if creation.mot_de_passe_court:
        print(cas_certificats.texte_mot_de_passe_court(sortie, trad.langue), file=sys.stderr)
    if pem is not None:
        certificats.ecrire_pem(cert, pem)
        print(t("pem_ecrit", nom=certificats.nom_commun(cert), chemin=pem))
    return 0


def _certificat_pour_cle(args: argparse.Namespace, t) -> int:
    """``certificat utilisateur --cle-publique`` : le certificat d'une clé qui reste sur sa carte."""
    from gesserv_bureau.cas import certificats as cas_certificats

    sortie, racine_p12, publique = Path(args.sortie), Path(args.racine), Path(args.cle_publique)
    cas_certificats.controler_sortie(sortie)
    cas_certificats.controler_source(racine_p12)
    certificats.charger_cle_publique(publique)    # refusée avant le mot de passe
    mot_de_passe_racine = demander_mot_de_passe("GESSERV_MOT_DE_PASSE_RACINE", t("mot_de_passe_racine",
                                                                                   fichier=racine_p12))
    cert = certificats.creer_certificat_pour_cle(args.nom, args.courriel, publique, racine_p12, mot_de_passe_racine,
                                                 sortie, annees=args.annees)
    print(t("certificat_cle_emis", nom=certificats.nom_commun(cert), emetteur=certificats.nom_emetteur(cert),
            chemin=sortie, fin=cert.not_valid_after_utc.date().isoformat()))
    return 0


def _revoquer(args: argparse.Namespace, t) -> int:
    """``certificat revoquer [CERT] --racine R.p12 --crl L.crl`` : la liste créée ou mise à jour."""
    from gesserv_bureau.cas import certificats as cas_certificats

    racine_p12 = Path(args.racine)
    cas_certificats.controler_source(racine_p12)
    if args.fichier:
        cas_certificats.controler_source(Path(args.fichier))
        certificats.charger_certificats(args.fichier)
    if Path(args.crl).exists():
        revocation.charger(args.crl)
    mot_de_passe_racine = demander_mot_de_passe("GESSERV_MOT_DE_PASSE_RACINE", t("mot_de_passe_racine",
                                                                                   fichier=racine_p12))
    liste, cible = revocation.revoquer(args.fichier, racine_p12, mot_de_passe_racine, args.crl, jours=args.jours,
                                       raison=args.raison)
    if cible is not None:
        print(t("revoque", nom=certificats.nom_commun(cible), serie=format(cible.serial_number, "x")))
    print(t("crl_ecrite", chemin=args.crl, n=len(list(liste.crl)),
            prochaine=signature.date_lisible(liste.prochaine)))
    return 0


def _verifier(args: argparse.Namespace, trad: Traductions, t) -> int:
    """``verifier`` : le constat en mots, contre les racines retenues et celles de --confiance.
    0 : intact et chaque signataire vérifié; 3 : intact mais un signataire non vérifié; 1 : échec."""
    chemin = Path(args.fichier)
    racines = [*confiance.fichiers(), *(Path(c) for c in args.confiance)]
    listes = [revocation.charger(c) for c in args.crl]
    constat = signature.verifier_document(certificats.lire_fichier(chemin), racines, fichier=str(chemin),
                                          crls=listes)
    for ligne in constat.lignes(trad.langue, str(chemin)):
        print(ligne)
    return {signature.STATUT_VALIDE: SORTIE_VALIDE,
            signature.STATUT_NON_VERIFIE: SORTIE_NON_VERIFIE}.get(constat.statut, SORTIE_ECHEC)


def _confiance(args: argparse.Namespace, trad: Traductions) -> int:
    """``confiance ajouter|liste|retirer`` : les racines de confiance retenues."""
    from gesserv_bureau.cas import certificats as cas_certificats

    def m(code: str, **params) -> str:
        return certificats.messages.texte(code, trad.langue, **params)

    if args.action == "ajouter":
        for ligne in cas_certificats.textes_ajout(cas_certificats.ajouter_racines(args.fichier), trad.langue):
            print(ligne)
        return 0
    if args.action == "liste":
        entrees = confiance.entrees()
        if not entrees:
            print(m("aucune_racine", dossier=confiance.dossier()))
            return 0
        print(m("racines_retenues", n=len(entrees), dossier=confiance.dossier()))
        for _fichier, cert in entrees:
            print(m("racine_ligne", **cas_certificats.decrire(cert)))
        return 0
    retiree = cas_certificats.retirer_racine(args.empreinte)
    print(m("racine_retiree", **cas_certificats.decrire(retiree)))
    return 0
