"""L'analyseur de la ligne de commande (argparse) : chaque sous-commande, ses options et leur
aide, dans la langue de l'utilisateur (les textes : ``catalogue``). Les messages d'erreur
d'argparse, écrits en anglais, sont repris dans cette langue aussi."""

from __future__ import annotations

import argparse
import re
import sys

from gesserv_bureau import __version__
from gesserv_bureau.langue import LANGUES, Traductions
from gesserv_bureau.ligne_de_commande import SOUS_COMMANDES
from gesserv_bureau.ligne_de_commande.catalogue import C, TEXTES


# Les messages d'erreur d'argparse (en anglais) repris dans la langue de l'utilisateur
# (motifs compilés à la première erreur seulement, pas à chaque lancement).
_ERREURS_ARGPARSE = (
    (r"argument (?P<arg>.+?): invalid choice: (?P<valeur>.+?) \(choose from (?P<choix>.+)\)$", "choix_invalide"),
    (r"unrecognized arguments: (?P<args>.+)$", "non_reconnus"),
    (r"the following arguments are required: (?P<args>.+)$", "obligatoires"),
    (r"argument (?P<arg>.+?): expected one argument$", "valeur_attendue"),
    (r"ambiguous option: (?P<option>.+?) could match (?P<choix>.+)$", "ambigue"),
)


class _Analyseur(argparse.ArgumentParser):
    traduire = staticmethod(lambda cle, **params: TEXTES[cle].format(**params))

    def error(self, message: str):
        for motif, cle in _ERREURS_ARGPARSE:
            trouve = re.match(motif, message)
            if trouve:
                message = self.traduire(cle, **trouve.groupdict())
                break
        self.print_usage(sys.stderr)
        self.exit(2, self.traduire("erreur_usage", prog=self.prog, message=message) + "\n")


def _habiller(p: argparse.ArgumentParser, t) -> None:
    """Les titres des sections de l'aide et l'option ``-h``, traduits."""
    p._positionals.title = t("positionnels")
    p._optionals.title = t("options")
    p.add_argument("-h", "--help", action="help", help=t("aide"))


class _Formateur(argparse.RawDescriptionHelpFormatter):
    prefixe = "usage: "

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix or self.prefixe)


def construire_analyseur(trad: Traductions) -> argparse.ArgumentParser:
    """L'analyseur complet, ses textes dans la langue de ``trad``."""

    def t(cle: str) -> str:
        return trad.traduire(C, TEXTES[cle])

    formateur = type("Formateur", (_Formateur,), {"prefixe": t("usage")})
    classe = type("Analyseur", (_Analyseur,), {
        "traduire": staticmethod(lambda cle, **params: trad.traduire(C, TEXTES[cle]).format(**params))
    })

    def analyseur(**kw) -> argparse.ArgumentParser:
        p = classe(formatter_class=formateur, add_help=False, **kw)
        _habiller(p, t)
        return p

    principal = analyseur(prog="gesserv-bureau", description=t("description"))
    principal.add_argument("--version", action="version", version=f"gesserv-bureau {__version__}", help=t("version"))
    principal.add_argument("--base", metavar=t("metavar_fichier"), help=t("base"))
    principal.add_argument("--langue", "--language", choices=LANGUES, help=t("langue"))
    # Répétées après la sous-commande, sans valeur par défaut : « --base X importer F » et
    # « importer F --base X » donnent tous deux X (une valeur par défaut ici effacerait la première).
    communs = argparse.ArgumentParser(add_help=False)
    communs.add_argument("--base", metavar=t("metavar_fichier"), help=t("base"), default=argparse.SUPPRESS)
    communs.add_argument("--langue", "--language", choices=LANGUES, help=t("langue"), default=argparse.SUPPRESS)

    sous = principal.add_subparsers(dest="commande", title=t("commandes"), metavar="{" + ",".join(SOUS_COMMANDES) + "}",
                                    parser_class=classe)

    def commande(nom: str, cle: str) -> argparse.ArgumentParser:
        p = sous.add_parser(nom, prog=f"gesserv-bureau {nom}", help=t(cle), description=t(cle),
                            formatter_class=formateur,
                            add_help=False, parents=[communs])
        _habiller(p, t)
        return p

    interface = commande("interface", "interface")
    for p in (principal, interface):
        p.add_argument("--essai-demarrage", action="store_true", help=t("essai"))
    commande("demo", "demo")
    commande("sauvegarder", "sauvegarder")
    commande("sauvegardes", "sauvegardes")
    restaurer = commande("restaurer", "restaurer")
    restaurer.add_argument("copie", nargs="?", metavar=t("metavar_copie"), help=t("copie"))
    restaurer.add_argument("--confirmer", action="store_true", help=t("confirmer"))
    integrite = commande("integrite", "integrite")
    integrite.add_argument("--accepter-perte", action="store_true", help=t("accepter_perte"))
    importer = commande("importer", "importer")
    importer.add_argument("fichier", metavar=t("metavar_fichier"), help=t("fichier_import"))
    importer.add_argument("--rapport", metavar=t("metavar_fichier"), help=t("rapport"))
    importer.add_argument("--verifier", action="store_true", help=t("verifier_seulement"))
    importer.add_argument("--confirmer-encodage", action="store_true", help=t("confirmer_encodage"))
    exporter = commande("exporter", "exporter")
    exporter.add_argument("fichier", metavar=t("metavar_fichier"), help=t("fichier_export"))
    exporter.add_argument("--exercice", metavar=t("metavar_exercice"), help=t("exercice_export"))
    exporter.add_argument("--normes", action="store_true", help=t("normes_export"))
    exporter.add_argument("--avec-services-internes", action="store_true", help=t("internes_export"))
    qualite = commande("qualite", "qualite")
    qualite.add_argument("--exercice", metavar=t("metavar_exercice"), help=t("exercice_qualite"))
    qualite.add_argument("--sortie", required=True, metavar=t("metavar_fichier"), help=t("sortie_qualite"))
    evaluation = commande("evaluation", "evaluation")
    # --base et --langue aussi après l'action, sans effacer ceux donnés avant elle
    communs_action = argparse.ArgumentParser(add_help=False)
    communs_action.add_argument("--base", metavar=t("metavar_fichier"), help=t("base"), default=argparse.SUPPRESS)
    communs_action.add_argument("--langue", "--language", choices=LANGUES, help=t("langue"), default=argparse.SUPPRESS)
    actions = evaluation.add_subparsers(dest="action", title=t("actions"), metavar="{exporter,importer,approuver}",
                                        parser_class=classe, required=True)
    for nom, cle, cle_fichier in (("exporter", "evaluation_exporter", "fichier_evaluation_export"),
                                  ("importer", "evaluation_importer", "fichier_evaluation_import"),
                                  ("approuver", "evaluation_approuver", None)):
        p = actions.add_parser(nom, prog=f"gesserv-bureau evaluation {nom}", help=t(cle), description=t(cle),
                               formatter_class=formateur, add_help=False, parents=[communs_action])
        _habiller(p, t)
        if cle_fichier:
            p.add_argument("fichier", metavar=t("metavar_fichier"), help=t(cle_fichier))
        if nom == "exporter":
            p.add_argument("--uuid", metavar=t("metavar_uuid"), help=t("uuid_evaluation"))
            p.add_argument("--seance", metavar=t("metavar_uuid"), help=t("uuid_seance"))
        elif nom == "importer":
            p.add_argument("--confiance", action="append", default=[], metavar=t("metavar_pem"),
                           help=t("confiance_import"))
        else:
            p.add_argument("--uuid", metavar=t("metavar_uuid"), help=t("uuid_approuver"))
            p.add_argument("--seance", metavar=t("metavar_uuid"), help=t("seance_approuver"))
            p.add_argument("--certificat", metavar=t("metavar_p12"), help=t("certificat_approbation"))
            p.add_argument("--par", metavar=t("metavar_nom"), help=t("par_approbation"))
    _analyseurs_signature(commande, t, classe, formateur, communs_action)
    _analyseur_rapport(sous, t, classe, formateur, trad)
    _analyseurs_ponderation(commande, t, classe, formateur, communs_action)
    _analyseurs_normes(commande, t, classe, formateur, communs_action)
    _analyseurs_serveur(commande, t, classe, formateur, communs_action)
    # le profil est dans les préférences, pas dans la base : --langue seulement après la commande
    seule_langue = argparse.ArgumentParser(add_help=False)
    seule_langue.add_argument("--langue", "--language", choices=LANGUES, help=t("langue"), default=argparse.SUPPRESS)
    profil = sous.add_parser("profil", prog="gesserv-bureau profil", help=t("profil_cmd"), description=t("profil_cmd"),
                             formatter_class=formateur, add_help=False, parents=[seule_langue])
    _habiller(profil, t)
    for option in ("nom", "titre", "unite", "ministere", "courriel"):
        profil.add_argument(f"--{option}", metavar=t("metavar_texte"), default=None, help=t(f"{option}_profil"))
    return principal


def _analyseurs_ponderation(commande, t, classe, formateur, communs_action) -> None:
    """``ponderation afficher|definir|retirer`` et ``criteres-1b lister|ajouter|retirer``."""
    def actions(nom: str, cle: str, noms: tuple[tuple[str, str], ...]) -> dict[str, argparse.ArgumentParser]:
        parent = commande(nom, cle)
        sous = parent.add_subparsers(dest="action", title=t("actions"), metavar="{" + ",".join(n for n, _ in noms) + "}",
                                     parser_class=classe, required=True)
        resultat = {}
        for action, cle_action in noms:
            p = sous.add_parser(action, prog=f"gesserv-bureau {nom} {action}", help=t(cle_action),
                                description=t(cle_action), formatter_class=formateur, add_help=False,
                                parents=[communs_action])
            _habiller(p, t)
            resultat[action] = p
        return resultat

    p = actions("ponderation", "ponderation", (("afficher", "ponderation_afficher"), ("definir", "ponderation_definir"),
                                               ("retirer", "ponderation_retirer")))
    p["afficher"].add_argument("--historique", action="store_true", help=t("historique_ponderation"))
    p["definir"].add_argument("--poids", nargs="+", default=[], metavar=t("metavar_poids"), help=t("poids_ponderation"))
    p["definir"].add_argument("--valeurs", metavar=t("metavar_valeurs"), help=t("valeurs_ponderation"))
    p["definir"].add_argument("--seuils", metavar=t("metavar_seuils"), help=t("seuils_ponderation"))
    c = actions("criteres-1b", "criteres_1b", (("lister", "criteres_lister"), ("ajouter", "criteres_ajouter"),
                                               ("retirer", "criteres_retirer")))
    c["ajouter"].add_argument("nom", metavar=t("metavar_nom"), help=t("nom_critere"))
    c["ajouter"].add_argument("--nom-en", default="", metavar=t("metavar_nom"), help=t("nom_en_critere"))
    c["retirer"].add_argument("code", metavar=t("metavar_code"), help=t("code_critere"))


def _analyseurs_normes(commande, t, classe, formateur, communs_action) -> None:
    """``norme liste|ajouter|modifier|retirer|retablir|resultat|action|tolerance``."""
    parent = commande("norme", "norme_cmd")
    noms = ("liste", "ajouter", "modifier", "retirer", "retablir", "resultat", "action", "tolerance")
    sous = parent.add_subparsers(dest="action", title=t("actions"), metavar="{" + ",".join(noms) + "}",
                                 parser_class=classe, required=True)
    p = {}
    for nom in noms:
        p[nom] = sous.add_parser(nom, prog=f"gesserv-bureau norme {nom}", help=t(f"norme_{nom}"),
                                 description=t(f"norme_{nom}"), formatter_class=formateur, add_help=False,
                                 parents=[communs_action])
        _habiller(p[nom], t)
    p["liste"].add_argument("--exercice", metavar=t("metavar_exercice"), help=t("exercice_qualite"))
    p["liste"].add_argument("--service", metavar=t("metavar_texte"), help=t("service_norme"))
    for nom in ("ajouter", "modifier", "retirer", "retablir", "resultat", "action"):
        p[nom].add_argument("--exercice", required=True, metavar=t("metavar_exercice"), help=t("exercice_norme"))
        p[nom].add_argument("--service", required=True, metavar=t("metavar_texte"), help=t("service_norme"))
        p[nom].add_argument("--id", required=True, dest="norme_id", metavar=t("metavar_texte"), help=t("id_norme"))
    for nom in ("ajouter", "modifier"):
        q = p[nom]
        q.add_argument("--norme-fr", metavar=t("metavar_texte"), help=t("texte_norme_fr"))
        q.add_argument("--norme-en", metavar=t("metavar_texte"), help=t("texte_norme_en"))
        q.add_argument("--type", dest="type_norme", metavar=t("metavar_code"), help=t("type_norme"))
        q.add_argument("--canal", metavar=t("metavar_code"), help=t("canal_norme"))
        q.add_argument("--cible", metavar=t("metavar_texte"), help=t("cible_norme"))
        q.add_argument("--type-cible", metavar=t("metavar_code"), help=t("type_cible_norme"))
        q.add_argument("--approbation", metavar=t("metavar_texte"), help=t("approbation_norme"))
        q.add_argument("--date-approbation", metavar=t("metavar_texte"), help=t("date_approbation_norme"))
        for champ in ("url-normes-fr", "url-normes-en", "url-resultats-fr", "url-resultats-en",
                      "url-temps-reel-fr", "url-temps-reel-en"):
            q.add_argument(f"--{champ}", metavar="URL", help=t("url_norme"))
        q.add_argument("--mise-en-oeuvre", choices=("oui", "non"), help=t("mise_en_oeuvre_norme"))
    p["retirer"].add_argument("--le", metavar=t("metavar_texte"), help=t("le_retrait"))
    p["resultat"].add_argument("--periode", default="exercice", choices=("exercice", "T1", "T2", "T3", "T4"),
                               help=t("periode_norme"))
    p["resultat"].add_argument("--conforme", required=True, metavar="N", help=t("conforme_norme"))
    p["resultat"].add_argument("--total", required=True, metavar="N", help=t("total_norme"))
    p["action"].add_argument("--texte", required=True, metavar=t("metavar_texte"), help=t("texte_action"))
    p["action"].add_argument("--responsable", default="", metavar=t("metavar_texte"), help=t("responsable_action"))
    p["action"].add_argument("--echeance", default="", metavar=t("metavar_texte"), help=t("echeance_action"))
    p["action"].add_argument("--statut", default="a_faire", choices=("a_faire", "en_cours", "terminee", "abandonnee"),
                             help=t("statut_action"))
    p["action"].add_argument("--strategie", metavar=t("metavar_uuid"), help=t("strategie_action"))
    p["tolerance"].add_argument("valeur", nargs="?", metavar=t("metavar_texte"), help=t("valeur_tolerance"))


def _analyseurs_serveur(commande, t, classe, formateur, communs_action) -> None:
    """``serveur initialiser ADRESSE``, ``serveur importer-base FICHIER``, ``serveur utilisateur NOM``,
    ``serveur emporter FICHIER``, ``serveur renvoyer FICHIER [--choix CLÉ=CÔTÉ]… [--tout CÔTÉ]``."""
    parent = commande("serveur", "serveur_cmd")
    noms = ("initialiser", "importer-base", "utilisateur", "emporter", "renvoyer")
    sous = parent.add_subparsers(dest="action", title=t("actions"), metavar="{" + ",".join(noms) + "}",
                                 parser_class=classe, required=True)
    p = {}
    for nom in noms:
        cle = "serveur_" + nom.replace("-", "_")
        p[nom] = sous.add_parser(nom, prog=f"gesserv-bureau serveur {nom}", help=t(cle), description=t(cle),
                                 formatter_class=formateur, add_help=False, parents=[communs_action])
        _habiller(p[nom], t)
    p["initialiser"].add_argument("adresse", metavar=t("metavar_adresse"), help=t("adresse_serveur"))
    p["importer-base"].add_argument("fichier", metavar=t("metavar_fichier"), help=t("fichier_sqlite"))
    p["utilisateur"].add_argument("nom", metavar=t("metavar_nom"), help=t("nom_connexion"))
    p["utilisateur"].add_argument("--role", required=True,
                                  choices=("lecteur", "redacteur", "approbateur", "administrateur", "aucun"),
                                  help=t("role_serveur"))
    p["utilisateur"].add_argument("--secteur", action="append", dest="secteurs", default=None,
                                  metavar=t("metavar_secteur"), help=t("secteur_serveur"))
    p["utilisateur"].add_argument("--aucun-secteur", action="store_true", help=t("aucun_secteur_serveur"))
    p["emporter"].add_argument("fichier", metavar=t("metavar_fichier"), help=t("fichier_emporte"))
    p["renvoyer"].add_argument("fichier", metavar=t("metavar_fichier"), help=t("fichier_emporte"))
    p["renvoyer"].add_argument("--choix", action="append", default=[], metavar=t("metavar_choix"),
                               help=t("choix_renvoi"))
    p["renvoyer"].add_argument("--tout", choices=("mienne", "serveur"), help=t("tout_renvoi"))
    p["renvoyer"].add_argument("--essai", action="store_true", help=t("essai_renvoi"))


def _analyseur_rapport(sous, t, classe, formateur, trad: Traductions) -> None:
    """``rapport TYPE --langue fr|en|bilingue --sortie F.pdf`` : --langue y est celle du rapport."""
    from gesserv_bureau.rapports.types import TYPES, description

    langue = "en" if trad.langue == "en" else "fr"
    liste = "\n".join(f"  {code:<12} {description(code, langue)}" for code in TYPES)
    p = sous.add_parser("rapport", prog="gesserv-bureau rapport", help=t("rapport_cmd"), description=t("rapport_cmd"),
                        epilog=t("types_rapports") + "\n" + liste, formatter_class=formateur, add_help=False)
    _habiller(p, t)
    p.add_argument("type_rapport", choices=list(TYPES), metavar=t("metavar_type"), help=t("type_rapport"))
    p.add_argument("--sortie", required=True, metavar=t("metavar_fichier"), help=t("sortie_rapport"))
    p.add_argument("--langue", "--language", dest="langue_rapport", choices=("fr", "en", "bilingue"),
                   help=t("langue_rapport"))
    p.add_argument("--cle", metavar=t("metavar_cle"), help=t("cle_rapport"))
    p.add_argument("--exercice", metavar=t("metavar_exercice"), help=t("exercice_rapport"))
    p.add_argument("--ministere", metavar=t("metavar_nom"), default=None, help=t("ministere_rapport"))
    p.add_argument("--remplacer", action="store_true", help=t("remplacer_sortie"))
    p.add_argument("--base", metavar=t("metavar_fichier"), help=t("base"), default=argparse.SUPPRESS)


# --- signature numérique des rapports : signer, certificat, verifier, confiance -------------------
def _analyseurs_signature(commande, t, classe, formateur, communs_action) -> None:
    signer = commande("signer", "signer")
    signer.add_argument("fichier", metavar=t("metavar_pdf"), help=t("fichier_a_signer"))
    signer.add_argument("--certificat", metavar=t("metavar_p12"), help=t("certificat_signature"))
    signer.add_argument("--pkcs11", metavar=t("metavar_bibliotheque"), help=t("pkcs11_signature"))
    signer.add_argument("--jeton", metavar=t("metavar_etiquette"), help=t("jeton_signature"))
    signer.add_argument("--cle", metavar=t("metavar_etiquette"), help=t("cle_signature"))
    signer.add_argument("--crl", metavar=t("metavar_crl"), help=t("crl_signature"))
    signer.add_argument("--sortie", required=True, metavar=t("metavar_pdf"), help=t("sortie_signee"))
    signer.add_argument("--champ", metavar=t("metavar_champ"), help=t("champ_signature"))
    signer.add_argument("--raison", metavar=t("metavar_texte"), help=t("raison_signature"))
    signer.add_argument("--lieu", metavar=t("metavar_texte"), help=t("lieu_signature"))
    signer.add_argument("--remplacer", action="store_true", help=t("remplacer_sortie"))

    certificat = commande("certificat", "certificat")
    actions = certificat.add_subparsers(dest="action", title=t("actions"),
                                        metavar="{racine,utilisateur,personnel,exporter-pem,revoquer}",
                                        parser_class=classe, required=True)

    def action(nom: str, cle: str) -> argparse.ArgumentParser:
        p = actions.add_parser(nom, prog=f"gesserv-bureau certificat {nom}", help=t(cle), description=t(cle),
                               formatter_class=formateur, add_help=False, parents=[communs_action])
        _habiller(p, t)
        return p

    racine = action("racine", "certificat_racine")
    racine.add_argument("--ministere", required=True, metavar=t("metavar_nom"), help=t("ministere"))
    racine.add_argument("--sortie", required=True, metavar=t("metavar_p12"), help=t("sortie_p12"))
    racine.add_argument("--pem", metavar=t("metavar_pem"), help=t("sortie_pem"))
    racine.add_argument("--annees", type=int, default=10, metavar=t("metavar_annees"), help=t("annees"))
    utilisateur = action("utilisateur", "certificat_utilisateur")
    utilisateur.add_argument("--nom", required=True, metavar=t("metavar_nom"), help=t("nom_titulaire"))
    utilisateur.add_argument("--courriel", metavar=t("metavar_courriel"), help=t("courriel_titulaire"))
    utilisateur.add_argument("--racine", required=True, metavar=t("metavar_p12"), help=t("racine_p12"))
    utilisateur.add_argument("--sortie", required=True, metavar=t("metavar_p12"), help=t("sortie_p12"))
    utilisateur.add_argument("--cle-publique", metavar=t("metavar_cle_publique"), help=t("cle_publique_utilisateur"))
    utilisateur.add_argument("--annees", type=int, default=2, metavar=t("metavar_annees"), help=t("annees"))
    personnel = action("personnel", "certificat_personnel")
    personnel.add_argument("--nom", required=True, metavar=t("metavar_nom"), help=t("nom_titulaire"))
    personnel.add_argument("--courriel", metavar=t("metavar_courriel"), help=t("courriel_titulaire"))
    personnel.add_argument("--sortie", required=True, metavar=t("metavar_p12"), help=t("sortie_p12"))
    personnel.add_argument("--pem", metavar=t("metavar_pem"), help=t("sortie_pem"))
    personnel.add_argument("--annees", type=int, default=2, metavar=t("metavar_annees"), help=t("annees"))
    exporter_pem = action("exporter-pem", "certificat_exporter_pem")
    exporter_pem.add_argument("fichier", metavar=t("metavar_p12"), help=t("fichier_p12"))
    exporter_pem.add_argument("--sortie", required=True, metavar=t("metavar_pem"), help=t("sortie_pem_export"))
    exporter_pem.add_argument("--titulaire", action="store_true", help=t("titulaire"))
    revoquer = action("revoquer", "certificat_revoquer")
    revoquer.add_argument("fichier", nargs="?", metavar=t("metavar_pem"), help=t("fichier_revoquer"))
    revoquer.add_argument("--racine", required=True, metavar=t("metavar_p12"), help=t("racine_p12"))
    revoquer.add_argument("--crl", required=True, metavar=t("metavar_crl"), help=t("crl_revoquer"))
    revoquer.add_argument("--jours", type=int, default=30, metavar=t("metavar_jours"), help=t("jours_crl"))
    revoquer.add_argument("--raison", default="non-precisee",
                          choices=("non-precisee", "cle-compromise", "depart", "changement", "remplace"),
                          help=t("raison_revocation"))

    verifier = commande("verifier", "verifier")
    verifier.add_argument("fichier", metavar=t("metavar_pdf"), help=t("fichier_a_verifier"))
    verifier.add_argument("--confiance", action="append", default=[], metavar=t("metavar_pem"), help=t("confiance"))
    verifier.add_argument("--crl", action="append", default=[], metavar=t("metavar_crl"), help=t("crl_verifier"))

    confiance = commande("confiance", "confiance_cmd")
    actions_confiance = confiance.add_subparsers(dest="action", title=t("actions"), metavar="{ajouter,liste,retirer}",
                                                 parser_class=classe, required=True)
    for nom, cle in (("ajouter", "confiance_ajouter"), ("liste", "confiance_liste"), ("retirer", "confiance_retirer")):
        p = actions_confiance.add_parser(nom, prog=f"gesserv-bureau confiance {nom}", help=t(cle), description=t(cle),
                                         formatter_class=formateur, add_help=False, parents=[communs_action])
        _habiller(p, t)
        if nom == "ajouter":
            p.add_argument("fichier", metavar=t("metavar_pem"), help=t("fichier_racine"))
        elif nom == "retirer":
            p.add_argument("empreinte", metavar=t("metavar_empreinte"), help=t("empreinte_racine"))
