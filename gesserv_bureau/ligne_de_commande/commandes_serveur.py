"""``serveur initialiser|importer-base|utilisateur|emporter|renvoyer`` : mettre en place le
répertoire ministériel sur un serveur PostgreSQL, y verser la base d'un poste, donner les droits,
emporter ses services hors ligne et les renvoyer. Les erreurs du serveur sont dites dans la langue
de l'utilisateur (code de sortie 1, rien de changé)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from gesserv_bureau.cas import hors_ligne
from gesserv_bureau.cas import serveur as cas_serveur
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import Annule, demander_mot_de_passe, erreur_de_stockage
from gesserv_bureau.referentiel import champs_fiches, messages_serveur as ref
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.stockage.serveur.connexion import ErreurServeur, MotDePasseRequis, nom_affiche


def _connecter(adresse: str, langue: str) -> cas_serveur.Serveur:
    """La connexion; si libpq n'a trouvé aucun mot de passe, il est demandé (saisie masquée), une
    fois, et n'est gardé nulle part."""
    try:
        return cas_serveur.connecter(adresse)
    except MotDePasseRequis:
        if not sys.stdin.isatty():
            raise
        mot_de_passe = demander_mot_de_passe("PGPASSWORD", ref.texte("invite_mot_de_passe", langue,
                                                                     adresse=nom_affiche(adresse)))
        return cas_serveur.connecter(adresse, mot_de_passe)


def _adresse(args: argparse.Namespace) -> str | None:
    if args.action == "initialiser":
        return args.adresse
    adresse = getattr(args, "base", None) or os.environ.get("GESSERV_BASE")
    if args.action == "renvoyer" and not cas_serveur.est_serveur(adresse):
        return hors_ligne.adresse_de(Path(args.fichier))    # le serveur d'où la base a été emportée
    return adresse if cas_serveur.est_serveur(adresse) else None


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    langue = trad.langue
    t = traducteur(trad)
    try:
        adresse = _adresse(args)
        if adresse is None:
            print(t("erreur", message=ref.texte("adresse_requise", langue)), file=sys.stderr)
            return 2
        choix = _choix(getattr(args, "choix", []))
        with _connecter(adresse, langue) as s:
            if args.action in ("emporter", "renvoyer"):
                return _hors_ligne(s, args, choix, langue)
            return _action(s, args, langue)
    except ChoixInvalide as exc:
        print(t("erreur", message=ref.texte("choix_invalide", langue, choix=exc.args[0])), file=sys.stderr)
        return 2
    except hors_ligne.ChoixInconnus as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
        return 2
    except Annule:
        return 1
    except ErreurServeur as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
        return 1
    except ErreurStockage as exc:      # la base SQLite à verser : illisible, endommagée…
        return erreur_de_stockage(exc, trad)


def _action(s: cas_serveur.Serveur, args: argparse.Namespace, langue: str) -> int:
    affichee = nom_affiche(s.adresse)
    if args.action == "initialiser":
        avant, apres = cas_serveur.initialiser(s)
        code = "deja_a_jour" if avant == apres else "initialise"
        print(ref.texte(code, langue, adresse=affichee, avant=avant or "—", apres=apres))
        return 0
    if args.action == "importer-base":
        fichier = Path(args.fichier)
        n = cas_serveur.importer_base(s, fichier)
        print(ref.texte("verse", langue, fichier=fichier.name, adresse=affichee, services=n["service"],
                        evaluations=n["evaluation"], seances=n["seance"], strategies=n["strategie"],
                        normes=n["norme_service"], journal=n["journal"]))
        return 0
    role = None if args.role == "aucun" else args.role
    secteurs = [] if args.aucun_secteur else args.secteurs
    d = cas_serveur.accorder(s, args.nom, role, secteurs)
    liste = ", ".join(ref.texte("tous_secteurs", langue) if x == "*" else x for x in d.secteurs)
    print(ref.texte("accorde", langue, nom=d.connexion, role=ref.role(d.role, langue),
                    secteurs=liste or ref.texte("aucun_secteur", langue)))
    return 0


APERCU = 300      # caractères d'une valeur montrée dans une divergence


class ChoixInvalide(ValueError):
    pass


def _choix(valeurs: list[str]) -> dict[str, str]:
    """``--choix FICHE:CLÉ:CHAMP=mienne|serveur`` (à répéter) : clé -> côté."""
    choix = {}
    for valeur in valeurs:
        cle, egal, cote = valeur.rpartition("=")
        if not egal or cote not in ("mienne", "serveur") or cle.count(":") < 2:
            raise ChoixInvalide(valeur)
        choix[cle] = cote
    return choix


def _valeur(v, langue: str) -> str:
    if v is None or v == "":
        return ref.texte("vide" if v == "" else "absente", langue)
    if isinstance(v, dict):
        v = ", ".join(f"{c}={x}" for c, x in v.items() if x not in (None, ""))
    texte = " ".join(str(v).split())
    coupe = f"{texte[:APERCU]}{'…' if len(texte) > APERCU else ''}"
    return f"« {coupe} »" if langue != "en" else f"“{coupe}”"


def _touchees(e, langue: str) -> str:
    """Les fiches qui dépendent d'une fiche supprimée d'un côté, et que l'autre a changées."""
    return "; ".join(f"{champs_fiches.fiche(f, langue)} {_valeur(l, langue)}" for f, l in e.touchees)


def _ecart(e, langue: str) -> str:
    d = e.divergence
    if d.champ.startswith("@refus:"):
        raison = ref.texte("refus_" + d.champ.split(":", 1)[1], langue)
        return f"  {e.cle} — {e.libelle} : {raison}" if langue != "en" else f"  {e.cle} — {e.libelle}: {raison}"
    if d.champ == "@existence":
        etat = ref.texte("supprimee_ici" if d.mienne is False else "supprimee_serveur", langue)
        if e.touchees:
            etat += "; " + ref.texte("touchees_ici" if d.mienne is False else "touchees_serveur", langue,
                                     liste=_touchees(e, langue))
        return f"  {e.cle} — {e.libelle} : {etat}" if langue != "en" else f"  {e.cle} — {e.libelle}: {etat}"
    return ref.texte("ecart", langue, cle=e.cle, libelle=e.libelle, lue=_valeur(d.lue, langue),
                     mienne=_valeur(d.mienne, langue), serveur=_valeur(d.serveur, langue))


def _hors_ligne(s: cas_serveur.Serveur, args: argparse.Namespace, choix: dict, langue: str) -> int:
    fichier = Path(args.fichier)
    affichee = nom_affiche(s.adresse)
    if args.action == "emporter":
        b = hors_ligne.emporter(s, fichier)
        print(ref.texte("emporte", langue, adresse=affichee, fichier=fichier, services=b.services,
                        evaluations=b.evaluations, normes=b.normes))
        return 0
    try:
        b = hors_ligne.renvoyer(s, fichier, choix, args.tout, essai=args.essai, choix_exacts=True)
    except hors_ligne.RenvoiATrancher as exc:
        print(ref.texte("a_trancher", langue, n=len(exc.ecarts)), file=sys.stderr)
        for e in exc.ecarts:
            print(_ecart(e, langue), file=sys.stderr)
        return 3
    if args.essai:
        print(ref.texte("essai_renvoi", langue, adresse=affichee, ajoutees=b.ajoutees, modifiees=b.modifiees,
                        supprimees=b.supprimees, tranchees=b.tranchees))
        return 0
    if not (b.ajoutees or b.modifiees or b.supprimees):
        print(ref.texte("rien_a_renvoyer", langue, fichier=fichier, adresse=affichee, services=b.services))
    else:
        print(ref.texte("renvoye", langue, adresse=affichee, fichier=fichier, ajoutees=b.ajoutees,
                        modifiees=b.modifiees, supprimees=b.supprimees, tranchees=b.tranchees, services=b.services))
    return 0


# Les commandes qui lisent seulement : sur une adresse de serveur, elles travaillent sur une copie
# cohérente de tout le répertoire ministériel, prise pour elles et effacée ensuite.
LECTURE_PAR_COPIE = ("rapport", "exporter", "qualite", "signer")


def par_copie(commande: str, args: argparse.Namespace, trad: Traductions, executer) -> int:
    """``executer()`` (la commande ``commande``) sur une copie de lecture du répertoire ministériel
    de ``--base``; les rapports qu'elle a exportés ou signés sont inscrits au registre du serveur."""
    import tempfile

    langue = trad.langue
    t = traducteur(trad)
    adresse = getattr(args, "base", None) or os.environ.get("GESSERV_BASE")
    try:
        with _connecter(adresse, langue) as s, tempfile.TemporaryDirectory(prefix="gesserv-lecture-") as dossier:
            fichier, bilan = _prendre_copie(hors_ligne.copie_de_lecture, s, dossier)
            print(ref.texte("copie_de_lecture", langue, adresse=nom_affiche(adresse), services=bilan.services),
                  file=sys.stderr)
            args.base = str(fichier)
            code = executer()
            try:
                hors_ligne.verser_registre(s, fichier)
            except ErreurServeur as exc:       # le rapport est écrit; le registre ne l'a pas reçu
                print(t("erreur", message=ref.texte("registre_non_inscrit", langue, erreur=exc.texte(langue))),
                      file=sys.stderr)
                return 1
            return code
    except (Annule, ErreurStockage, _PasDePlace) as exc:
        return _echec(exc, trad)


class _PasDePlace(Exception):
    """Le dossier temporaire n'a pas la place de la copie du serveur (``args[0]`` : le dossier)."""


def _prendre_copie(prendre, serveur, dossier):
    """La copie (de lecture ou de travail) prise dans ``dossier``; un disque plein : :class:`_PasDePlace`
    (le message dit où, et que rien n'a été écrit au serveur, plutôt que celui d'une saisie à l'écran)."""
    from gesserv_bureau.stockage.erreurs import DisquePlein

    try:
        return prendre(serveur, Path(dossier))
    except DisquePlein as exc:
        raise _PasDePlace(str(Path(dossier).parent)) from exc


def _echec(exc: BaseException, trad: Traductions) -> int:
    """Le code de sortie d'une commande sur une copie du serveur qui n'a pas abouti, l'erreur dite."""
    if isinstance(exc, Annule):
        return 1
    if isinstance(exc, _PasDePlace):
        message = ref.texte("copie_sans_place", trad.langue, dossier=exc.args[0])
    elif isinstance(exc, ErreurServeur):
        message = exc.texte(trad.langue)
    else:
        return erreur_de_stockage(exc, trad)
    print(traducteur(trad)("erreur", message=message), file=sys.stderr)
    return 1


# Les commandes qui écrivent : sur une adresse de serveur, elles travaillent sur une copie de travail
# (les services de la personne, emportés pour elles), puis ce qu'elles ont changé est renvoyé au
# serveur avec les règles du renvoi — droits revérifiés par le serveur, rien d'écrasé en silence.
ECRITURE_PAR_COPIE = ("importer", "evaluation", "ponderation", "criteres-1b", "norme")
# Celles qui travaillent sur le fichier de la base elle-même (ses copies de sécurité, son intégrité,
# la démonstration) : sur un serveur, elles n'ont pas de sens.
SUR_LE_POSTE = ("demo", "sauvegarder", "sauvegardes", "restaurer", "integrite")


def sur_le_poste_seulement(commande: str, trad: Traductions) -> int:
    print(traducteur(trad)("erreur", message=ref.texte("sur_le_poste_seulement", trad.langue, commande=commande)),
          file=sys.stderr)
    return 2


def par_copie_de_travail(commande: str, args: argparse.Namespace, trad: Traductions, executer) -> int:
    """``executer()`` (la commande ``commande``) sur une copie de travail emportée du répertoire
    ministériel de ``--base``, puis le renvoi de ce qu'elle a changé. Si d'autres ont changé les
    mêmes champs entre-temps : code 3, les divergences dites, rien d'écrit au serveur."""
    import tempfile

    langue = trad.langue
    t = traducteur(trad)
    adresse = getattr(args, "base", None) or os.environ.get("GESSERV_BASE")
    affichee = nom_affiche(adresse)
    try:
        with _connecter(adresse, langue) as s, tempfile.TemporaryDirectory(prefix="gesserv-travail-") as dossier:
            fichier, bilan = _prendre_copie(hors_ligne.copie_de_travail, s, dossier)
            print(ref.texte("copie_de_travail", langue, adresse=affichee, services=bilan.services), file=sys.stderr)
            args.base = str(fichier)
            code = executer()
            try:                 # ce que la commande a écrit (même si elle a fini en erreur) part au serveur
                b = hors_ligne.renvoyer(s, fichier)
            except ErreurServeur as exc:
                # le serveur perdu avant le renvoi : le travail de la commande n'est pas effacé avec
                # la copie de travail — gardé, c'est une base emportée, à renvoyer quand il répond
                garde = _garder_copie_de_travail(fichier)
                print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
                print(ref.texte("travail_garde", langue, fichier=garde), file=sys.stderr)
                return 1
            except hors_ligne.RenvoiATrancher as exc:
                refus = [e for e in exc.ecarts if e.divergence.champ.startswith("@refus:")]
                croises = [e for e in exc.ecarts if e not in refus]
                if refus:        # ce que le serveur ne permet pas à la personne : dit comme tel
                    print(ref.texte("travail_refuse", langue, n=len(refus)), file=sys.stderr)
                    for e in refus:
                        raison = ref.texte("refuse_" + e.divergence.champ.split(":", 1)[1], langue)
                        print(f"  {e.cle} — {e.libelle}{' :' if langue != 'en' else ':'} {raison}", file=sys.stderr)
                if croises:
                    print(ref.texte("travail_a_trancher", langue, n=len(croises)), file=sys.stderr)
                    for e in croises:
                        print(_ecart(e, langue), file=sys.stderr)
                return 3 if croises else 1
            if b.ajoutees or b.modifiees or b.supprimees:
                print(ref.texte("ecrit_au_serveur", langue, adresse=affichee, ajoutees=b.ajoutees,
                                modifiees=b.modifiees, supprimees=b.supprimees), file=sys.stderr)
            elif code == 0:
                print(ref.texte("rien_ecrit_au_serveur", langue, adresse=affichee), file=sys.stderr)
            return code
    except (Annule, ErreurStockage, _PasDePlace) as exc:
        return _echec(exc, trad)


def _garder_copie_de_travail(fichier: Path) -> Path:
    """La copie de travail mise à l'abri (``ministere/a-renvoyer/`` du dossier de l'application),
    avec son fichier -wal s'il en reste un; son nouveau chemin."""
    import datetime as dt
    import shutil

    from gesserv_bureau.chemins import dossier_donnees
    from gesserv_bureau.stockage.fichiers_prives import creer_dossier

    dossier = dossier_donnees() / "ministere" / "a-renvoyer"
    creer_dossier(dossier)
    cible = dossier / f"travail-{dt.datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.sqlite"
    for suffixe in ("", "-wal", ".temoin"):
        source = Path(str(fichier) + suffixe)
        if source.exists():
            shutil.move(str(source), str(cible) + suffixe)
    return cible
