"""Les messages du mode ministère (la base PostgreSQL partagée), dans les deux langues : ce qui ne
va pas, et ce qu'il faut faire."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    "erreur_serveur": ("Le serveur {adresse} a refusé l'opération ({detail}). Rien n'a été changé.",
                       "The server {adresse} refused the operation ({detail}). Nothing was changed."),
    "inaccessible": ("Le serveur {adresse} ne répond pas ({detail}). Rien n'a été enregistré sur le serveur; ce "
                     "que vous avez saisi est gardé. Vérifiez le réseau ou demandez à l'administrateur de la base, "
                     "puis réessayez.",
                     "The server {adresse} is not answering ({detail}). Nothing was saved on the server; what you "
                     "typed is kept. Check the network or ask the database administrator, then try again."),
    "mot_de_passe_requis": ("Le serveur {adresse} demande un mot de passe, et aucun n'a été trouvé (PGPASSFILE, "
                            "Kerberos).", "The server {adresse} asks for a password, and none was found (PGPASSFILE, "
                            "Kerberos)."),
    "droit_refuse": ("Le serveur refuse : votre rôle ne permet pas cette modification ({detail}). Rien n'a été "
                     "changé. Demandez le rôle ou le secteur à l'administrateur du répertoire ministériel.",
                     "The server refuses: your role does not allow this change ({detail}). Nothing was changed. "
                     "Ask the administrator of the departmental inventory for the role or the sector."),
    "approbation_reservee": ("Seul un approbateur approuve, ou modifie ce qui est approuvé ({detail}). Rien n'a été "
                             "changé.", "Only an approver approves, or changes what is approved ({detail}). Nothing "
                             "was changed."),
    "conflit_revision": ("Quelqu'un a enregistré cette fiche depuis que vous l'avez ouverte ({detail}). Rien n'a été "
                         "écrasé : comparez les deux versions et choisissez, champ par champ.",
                         "Someone saved this record since you opened it ({detail}). Nothing was overwritten: compare "
                         "both versions and choose, field by field."),
    "schema_absent": ("La base {adresse} n'est pas un répertoire ministériel de gesserv-bureau à jour (révision : "
                      "« {detail} »). Un administrateur la prépare avec : gesserv-bureau serveur initialiser ADRESSE",
                      "The database {adresse} is not an up-to-date gesserv-bureau departmental inventory (revision: "
                      "“{detail}”). An administrator prepares it with: gesserv-bureau serveur initialiser ADDRESS"),
    "serveur_non_vide": ("Le répertoire ministériel contient déjà des services ({n_service}), des évaluations "
                         "({n_evaluation}) et des stratégies ({n_strategie}) : y verser une base les doublerait. Rien "
                         "n'a été versé.",
                         "The departmental inventory already holds services ({n_service}), assessments "
                         "({n_evaluation}) and strategies ({n_strategie}): importing a base into it would duplicate "
                         "them. Nothing was imported."),
    "donnee_refusee": ("Le serveur refuse une valeur de la table « {table} » ({detail}). Rien n'a été versé : "
                       "corrigez-la dans la base du poste, puis recommencez.",
                       "The server refuses a value in the “{table}” table ({detail}). Nothing was imported: correct "
                       "it in the workstation's base, then start again."),
    "nom_connexion_invalide": ("« {nom} » n'est pas un nom de connexion : des lettres, chiffres, « _ », « . », « @ » "
                               "ou « - », 63 caractères au plus, sans espace ni guillemet.",
                               "“{nom}” is not a login name: letters, digits, “_”, “.”, “@” or “-”, 63 characters at "
                               "most, with no space or quotation mark."),
    "role_inconnu": ("« {role} » n'est pas un rôle : {roles}.", "“{role}” is not a role: {roles}."),
    # --- ce que disent les commandes « serveur » ---
    "initialise": ("Répertoire ministériel prêt sur {adresse} (révision {apres}; avant : {avant}).",
                   "Departmental inventory ready on {adresse} (revision {apres}; before: {avant})."),
    "deja_a_jour": ("Le répertoire ministériel de {adresse} est déjà à jour (révision {apres}) : rien n'a changé.",
                    "The departmental inventory on {adresse} is already up to date (revision {apres}): nothing "
                    "changed."),
    "verse": ("{fichier} versé dans {adresse} : services : {services}, évaluations : {evaluations}, séances "
              "d'examen : {seances}, stratégies : {strategies}, normes de service : {normes}, entrées du journal : "
              "{journal}.",
              "{fichier} imported into {adresse}: services: {services}, assessments: {evaluations}, review "
              "sessions: {seances}, strategies: {strategies}, service standards: {normes}, journal entries: {journal}."),
    "accorde": ("{nom} : rôle {role}; secteurs : {secteurs}.", "{nom}: role {role}; sectors: {secteurs}."),
    "aucun_role": ("aucun", "none"),
    "aucun_secteur": ("aucun", "none"),
    "tous_secteurs": ("tous", "all"),
    "adresse_requise": ("Indiquez la base ministérielle : --base postgresql://… (ou service=…).",
                        "Give the departmental database: --base postgresql://… (or service=…)."),
    "invite_mot_de_passe": ("Mot de passe de {adresse} : ", "Password for {adresse}: "),
}

ROLES = {"lecteur": ("lecteur", "reader"), "redacteur": ("rédacteur", "editor"),
         "approbateur": ("approbateur", "approver"), "administrateur": ("administrateur", "administrator")}

texte = partial(texte_de, MESSAGES)


def role(code: str | None, langue: str) -> str:
    if code is None:
        return texte("aucun_role", langue)
    fr, en = ROLES[code]
    return en if langue == "en" else fr
