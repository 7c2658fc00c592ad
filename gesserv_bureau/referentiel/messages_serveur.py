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
    "services_pas_envoyes": ("Ce travail désigne des fiches créées sur ce poste et pas encore renvoyées (services ou "
                             "séance : {services}) : il ne part pas au serveur en direct. Renvoyez d'abord (Fichier › "
                             "Renvoyer au serveur ministériel); tout est gardé sur ce poste.",
                             "This work refers to records created on this computer and not yet sent back (services or "
                             "session: {services}): it is not sent to the server live. Send back first (File › Send "
                             "back to the departmental server); everything is kept on this computer."),
    "envoi_refuse": ("Le serveur {adresse} refuse ce changement ({raison}) : {fiches}. Rien n'y a été écrit; tout "
                     "reste sur ce poste. Au renvoi, il se montre à trancher (le garder tel que le serveur l'a).",
                     "The server {adresse} refuses this change ({raison}): {fiches}. Nothing was written there; "
                     "everything stays on this computer. At send-back it is shown to settle (keep it as the server has "
                     "it)."),
    "reception_impossible": ("Ce que le serveur {adresse} a maintenant ne s'écrit pas dans votre copie ({detail}). "
                             "Rien n'a été écrit, ni là-bas ni ici; votre travail est gardé sur ce poste. Renvoyez "
                             "(Fichier › Renvoyer au serveur ministériel) : le renvoi reprend la copie entière.",
                             "What the server {adresse} has now cannot be written into your copy ({detail}). Nothing "
                             "was written, there or here; your work is kept on this computer. Send back (File › Send "
                             "back to the departmental server): the send-back takes the whole copy again."),
    "seance_absente": ("Cette séance n'est pas sur le serveur {adresse} (pas encore renvoyée, ou supprimée depuis). "
                       "Sur ce poste, elle est gardée telle quelle.",
                       "This session is not on the server {adresse} (not sent back yet, or deleted since). On this "
                       "computer it is kept as it is."),
    "connexion_refusee": ("Le serveur {adresse} refuse la connexion ({detail}). Rien n'a été changé. Vérifiez, "
                          "dans l'adresse, le nom de la base et votre nom de connexion, ou demandez à l'administrateur "
                          "de la base de vous en ouvrir l'accès.",
                          "The server {adresse} refuses the connection ({detail}). Nothing was changed. Check the "
                          "database name and your login name in the address, or ask the database administrator to "
                          "give you access."),
    "auteur_declare": ("{declare} (inscrit par {connexion})", "{declare} (recorded by {connexion})"),
    "pas_encore_au_serveur": ("{connexion} (pas encore au serveur)", "{connexion} (not yet on the server)"),
    "mot_de_passe_requis": ("Le serveur {adresse} demande un mot de passe, et aucun n'a été trouvé (PGPASSFILE, "
                            "Kerberos).", "The server {adresse} asks for a password, and none was found (PGPASSFILE, "
                            "Kerberos)."),
    "mot_de_passe_refuse": ("Le serveur {adresse} a refusé le mot de passe (authentification échouée). Rien n'a été "
                            "changé. Vérifiez le nom de connexion et le mot de passe (ou PGPASSFILE).",
                            "The server {adresse} rejected the password (authentication failed). Nothing was "
                            "changed. Check the login name and the password (or PGPASSFILE)."),
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
    # --- emporter hors ligne, renvoyer ---
    "fichier_existe": ("« {fichier} » existe déjà : la base emportée est un nouveau fichier. Rien n'a été écrasé; "
                       "choisissez un autre nom.",
                       "“{fichier}” already exists: the offline base is a new file. Nothing was overwritten; choose "
                       "another name."),
    "pas_hors_ligne": ("« {fichier} » n'est pas une base emportée d'un répertoire ministériel (elle se fait avec : "
                       "gesserv-bureau serveur emporter FICHIER --base ADRESSE). Rien n'a été renvoyé.",
                       "“{fichier}” is not a base taken offline from a departmental inventory (one is made with: "
                       "gesserv-bureau serveur emporter FILE --base ADDRESS). Nothing was sent."),
    "emporte": ("{adresse} emporté hors ligne dans {fichier} : services : {services}, évaluations : {evaluations}, "
                "normes de service : {normes}. Travaillez-y comme dans toute base du poste "
                "(gesserv-bureau --base {fichier} …), puis renvoyez : gesserv-bureau serveur renvoyer {fichier}",
                "{adresse} taken offline into {fichier}: services: {services}, assessments: {evaluations}, service "
                "standards: {normes}. Work in it as in any workstation base (gesserv-bureau --base {fichier} …), "
                "then send it back: gesserv-bureau serveur renvoyer {fichier}"),
    "renvoye": ("Renvoyé à {adresse} : fiches ajoutées : {ajoutees}, modifiées : {modifiees}, supprimées : "
                "{supprimees}; divergences tranchées : {tranchees}. {fichier} est à jour avec le serveur "
                "(services : {services}).",
                "Sent back to {adresse}: records added: {ajoutees}, changed: {modifiees}, deleted: {supprimees}; "
                "divergences settled: {tranchees}. {fichier} is up to date with the server (services: {services})."),
    "copie_de_travail": ("Vos services du répertoire ministériel {adresse}, à l'instant (services : {services}) : la "
                         "commande y travaille, puis ce qu'elle a changé est envoyé au serveur.",
                         "Your services from the departmental inventory {adresse}, just now (services: {services}): "
                         "the command works on them, then what it changed is sent to the server."),
    "ecrit_au_serveur": ("Écrit dans le répertoire ministériel {adresse} : fiches ajoutées : {ajoutees}, modifiées : "
                         "{modifiees}, supprimées : {supprimees}.",
                         "Written to the departmental inventory {adresse}: records added: {ajoutees}, changed: "
                         "{modifiees}, deleted: {supprimees}."),
    "rien_ecrit_au_serveur": ("La commande n'a rien changé : rien n'a été écrit dans le répertoire ministériel "
                              "{adresse}.",
                              "The command changed nothing: nothing was written to the departmental inventory "
                              "{adresse}."),
    "travail_a_trancher": ("Pendant la commande, d'autres ont changé les mêmes champs sur le serveur ({n}) : rien "
                           "n'a été écrit dans le répertoire ministériel. Relancez la commande (elle partira de "
                           "l'état actuel du serveur) :",
                           "While the command ran, others changed the same fields on the server ({n}): nothing was "
                           "written to the departmental inventory. Run the command again (it will start from the "
                           "server's current state):"),
    "copie_sans_place": ("Le disque du dossier temporaire ({dossier}) est plein : la copie du répertoire ministériel "
                         "n'a pas pu y être prise. Rien n'a été écrit au serveur. Libérez de l'espace (ou indiquez un "
                         "autre dossier par TMPDIR), puis relancez la commande.",
                         "The disk of the temporary folder ({dossier}) is full: the copy of the departmental inventory "
                         "could not be taken there. Nothing was written to the server. Free some space (or point "
                         "TMPDIR to another folder), then run the command again."),
    "travail_garde": ("Ce que la commande a fait n'est pas perdu : il est gardé dans {fichier}, une base emportée. "
                      "Renvoyez-la quand le serveur répond : gesserv-bureau serveur renvoyer {fichier}",
                      "What the command did is not lost: it is kept in {fichier}, a base taken offline. Send it "
                      "back when the server answers: gesserv-bureau serveur renvoyer {fichier}"),
    "travail_refuse": ("Le serveur refuse ce que la commande a changé ({n}) : rien n'a été écrit dans le répertoire "
                       "ministériel.",
                       "The server refuses what the command changed ({n}): nothing was written to the departmental "
                       "inventory."),
    "refuse_secteur": ("le secteur de ce service ne vous est pas accordé (demandez-le à l'administrateur)",
                       "this service's sector is not granted to you (ask the administrator for it)"),
    "refuse_lecture": ("vous êtes lecteur : vous ne modifiez rien", "you are a reader: you change nothing"),
    "refuse_approuvee": ("fiche approuvée : seul un approbateur la modifie", "approved record: only an approver changes it"),
    "sur_le_poste_seulement": ("« {commande} » travaille sur un fichier de base du poste, pas sur un serveur : "
                               "indiquez une base SQLite (--base FICHIER.sqlite). Rien n'a été créé. Sur le "
                               "serveur, les copies de sécurité et l'intégrité sont l'affaire de son administrateur "
                               "(pg_dump, amcheck).",
                               "“{commande}” works on a workstation base file, not on a server: give a SQLite base "
                               "(--base FILE.sqlite). Nothing was created. On the server, backups and integrity are "
                               "its administrator's business (pg_dump, amcheck)."),
    "copie_de_lecture": ("Lu dans le répertoire ministériel {adresse}, à l'instant (services : {services}).",
                         "Read from the departmental inventory {adresse}, just now (services: {services})."),
    "essai_renvoi": ("Essai, rien n'a été écrit : le renvoi à {adresse} ajouterait {ajoutees} fiche(s), en "
                     "modifierait {modifiees}, en supprimerait {supprimees}; divergences tranchées : {tranchees}.",
                     "Trial, nothing was written: sending back to {adresse} would add {ajoutees} record(s), change "
                     "{modifiees}, delete {supprimees}; divergences settled: {tranchees}."),
    "rien_a_renvoyer": ("Aucun changement à renvoyer. {fichier} est à jour avec {adresse} (services : {services}).",
                        "No change to send back. {fichier} is up to date with {adresse} (services: {services})."),
    "a_trancher": ("{n} changement(s) du poste croisent ceux que le serveur a reçus depuis l'emport : rien n'a été "
                   "renvoyé, rien n'est perdu. Pour chacun, choisissez la vôtre (--choix CLÉ=mienne) ou celle du "
                   "serveur (--choix CLÉ=serveur), ou toutes d'un côté (--tout mienne|serveur) :",
                   "{n} change(s) on this workstation cross those the server received since the base was taken "
                   "offline: nothing was sent, nothing is lost. For each, choose yours (--choix KEY=mienne) or the "
                   "server's (--choix KEY=serveur), or all on one side (--tout mienne|serveur):"),
    "ecart": ("  {cle} — {libelle} : à l'emport : {lue}; la vôtre : {mienne}; le serveur : {serveur}",
              "  {cle} — {libelle}: when taken offline: {lue}; yours: {mienne}; the server's: {serveur}"),
    "supprimee_ici": ("supprimée sur le poste, modifiée sur le serveur",
                      "deleted on this workstation, changed on the server"),
    "supprimee_serveur": ("modifiée sur le poste, supprimée sur le serveur",
                          "changed on this workstation, deleted on the server"),
    "touchees_ici": ("la supprimer emporterait ou détacherait ce que d'autres y ont ajouté ou changé depuis : {liste}",
                     "deleting it would take away or detach what others have added or changed under it since: "
                     "{liste}"),
    "touchees_serveur": ("ne pas la recréer perdrait ce que vous y avez ajouté ou changé hors ligne : {liste}",
                         "not recreating it would lose what you added or changed under it offline: {liste}"),
    "vide": ("(vide)", "(empty)"),
    "absente": ("(absente)", "(none)"),
    "autre_repertoire": ("« {fichier} » a été emporté d'un autre répertoire ministériel que celui de {adresse} : "
                         "ses fiches n'ont de sens que dans le leur. Rien n'a été renvoyé. Renvoyez-le à "
                         "l'adresse d'où il vient (sans --base, celle de l'emport).",
                         "“{fichier}” was taken offline from another departmental inventory than the one at "
                         "{adresse}: its records only make sense in their own. Nothing was sent. Send it back to "
                         "the address it came from (without --base, the one it was taken from)."),
    "valeur_refusee": ("Le serveur refuse une valeur de la fiche « {fiche} » {pk} ({detail}). Rien n'a été "
                       "renvoyé : corrigez-la dans la base emportée, puis renvoyez-la de nouveau.",
                       "The server refuses a value of the “{fiche}” record {pk} ({detail}). Nothing was sent: "
                       "correct it in the offline base, then send it back again."),
    "refus_secteur": ("le secteur de ce service ne vous est pas accordé : le serveur refusera ce changement; "
                      "--choix …=serveur le laisse de côté (ou demandez le secteur à l'administrateur)",
                      "this service's sector is not granted to you: the server will refuse this change; "
                      "--choix …=serveur leaves it aside (or ask the administrator for the sector)"),
    "refus_lecture": ("vous êtes lecteur : le serveur refusera ce changement; --choix …=serveur le laisse de côté",
                      "you are a reader: the server will refuse this change; --choix …=serveur leaves it aside"),
    "refus_approuvee": ("fiche approuvée : seul un approbateur la modifie; --choix …=serveur laisse votre "
                        "changement de côté",
                        "approved record: only an approver changes it; --choix …=serveur leaves your change aside"),
    "registre_non_inscrit": ("Le fichier demandé a été écrit, mais il n'a pas pu être inscrit au registre des "
                             "rapports du serveur : {erreur} Refaites la commande quand le serveur répond, pour "
                             "qu'il y soit inscrit.",
                             "The requested file was written, but it could not be entered in the server's register "
                             "of reports: {erreur} Run the command again when the server answers, so that it is "
                             "entered."),
    "choix_inconnus": ("--choix {cles} : aucune divergence de ce renvoi n'a cette clé (une faute de frappe, ou une "
                       "divergence déjà réglée). Rien n'a été renvoyé. Les clés à trancher sont celles que le renvoi "
                       "affiche (serveur renvoyer FICHIER, sans --choix).",
                       "--choix {cles}: no difference in this send-back has that key (a typo, or a difference "
                       "already settled). Nothing was sent. The keys to settle are those the send-back shows "
                       "(serveur renvoyer FILE, without --choix)."),
    "choix_invalide": ("« {choix} » : écrivez --choix FICHE:CLÉ:CHAMP=mienne ou =serveur (la clé que le renvoi "
                       "affiche). Rien n'a été renvoyé.",
                       "“{choix}”: write --choix RECORD:KEY:FIELD=mienne or =serveur (the key the send-back shows). "
                       "Nothing was sent."),
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
