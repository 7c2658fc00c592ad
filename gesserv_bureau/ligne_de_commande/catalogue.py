"""Les textes de la ligne de commande, en français (la langue source) : l'aide de chaque
sous-commande et option, et les messages. Marqués par ``QT_TRANSLATE_NOOP`` dans le contexte
``cli`` : ``outils/traductions.py maj`` les extrait, et ``traductions/gesserv_en.ts`` les traduit;
:func:`traducteur` les rend dans la langue de l'utilisateur.

Les messages d'erreur des couches basses (stockage, signature, pondération…) ont leurs propres
textes, dans ``messages_erreur`` et ``referentiel``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gesserv_bureau.langue import Traductions

C = "cli"   # le contexte des traductions : le même depuis toujours (gesserv_en.ts)

TEXTES = {
    "description": QT_TRANSLATE_NOOP(
        "cli",
        "Gestion des services du gouvernement du Canada, hors ligne : répertoire des services, "
        "outils de la Ligne directrice sur la gestion des services, rapports signés. Sans "
        "sous-commande, ouvre la fenêtre de l'application.",
    ),
    "usage": QT_TRANSLATE_NOOP("cli", "utilisation : "),
    "positionnels": QT_TRANSLATE_NOOP("cli", "arguments"),
    "options": QT_TRANSLATE_NOOP("cli", "options"),
    "commandes": QT_TRANSLATE_NOOP("cli", "sous-commandes"),
    "aide": QT_TRANSLATE_NOOP("cli", "afficher cette aide et quitter"),
    "version": QT_TRANSLATE_NOOP("cli", "afficher la version et quitter"),
    "base": QT_TRANSLATE_NOOP(
        "cli",
        "fichier de la base (sinon GESSERV_BASE, sinon le dossier de données de l'utilisateur)",
    ),
    "langue": QT_TRANSLATE_NOOP("cli", "langue de l'interface et des messages : fr ou en"),
    "interface": QT_TRANSLATE_NOOP("cli", "ouvrir la fenêtre de l'application (par défaut)"),
    "essai": QT_TRANSLATE_NOOP(
        "cli", "démarrer la fenêtre, ouvrir la base puis quitter (essai de démarrage)"
    ),
    "demo": QT_TRANSLATE_NOOP(
        "cli",
        "remplir la base d'un petit répertoire de démonstration réaliste (dont les trois "
        "exemples de l'annexe 1A)",
    ),
    "sauvegarder": QT_TRANSLATE_NOOP("cli", "faire maintenant une copie de sécurité de la base"),
    "sauvegardes": QT_TRANSLATE_NOOP("cli", "lister les copies de sécurité, la plus récente d'abord"),
    "restaurer": QT_TRANSLATE_NOOP(
        "cli",
        "remplacer la base par une copie de sécurité (la base remplacée est gardée, renommée)",
    ),
    "copie": QT_TRANSLATE_NOOP("cli", "la copie à restaurer (par défaut : la plus récente intacte)"),
    "confirmer": QT_TRANSLATE_NOOP(
        "cli", "restaurer même si la copie contient moins de services que la base (ils disparaîtraient)"
    ),
    "confirmer_conseil": QT_TRANSLATE_NOOP(
        "cli", "Pour la restaurer quand même : gesserv-bureau restaurer --confirmer {copie}"
    ),
    "accepter_perte": QT_TRANSLATE_NOOP(
        "cli",
        "après un arrêt brutal dont les dernières modifications sont perdues (fichier -wal disparu) : "
        "continuer avec la base telle qu'elle est",
    ),
    "accepter_perte_conseil": QT_TRANSLATE_NOOP(
        "cli", "Pour continuer avec la base telle qu'elle est : gesserv-bureau integrite --accepter-perte"
    ),
    "copie_vide": QT_TRANSLATE_NOOP("cli", "VIDE"),
    "copie_etrangere": QT_TRANSLATE_NOOP("cli", "PAS UNE COPIE DE GESSERV-BUREAU"),
    "metavar_fichier": QT_TRANSLATE_NOOP("cli", "FICHIER"),
    "metavar_copie": QT_TRANSLATE_NOOP("cli", "COPIE"),
    "integrite": QT_TRANSLATE_NOOP("cli", "vérifier l'intégrité de la base et afficher son contenu"),
    "demo_fait": QT_TRANSLATE_NOOP("cli", "{n} services de démonstration ajoutés à {chemin} (exercice {exercice})."),
    "demo_deja": QT_TRANSLATE_NOOP(
        "cli", "La base {chemin} contient déjà l'exercice de démonstration {exercice} : rien n'a été ajouté."
    ),
    "copie_faite": QT_TRANSLATE_NOOP("cli", "Copie de sécurité : {copie}"),
    "aucune_copie": QT_TRANSLATE_NOOP("cli", "Aucune copie de sécurité pour {chemin}."),
    "copie_intacte": QT_TRANSLATE_NOOP("cli", "intacte"),
    "copie_endommagee": QT_TRANSLATE_NOOP("cli", "ENDOMMAGÉE"),
    "restauree": QT_TRANSLATE_NOOP(
        "cli", "{chemin} restaurée depuis {copie}. L'ancienne base est gardée sous {cote}."
    ),
    "integre": QT_TRANSLATE_NOOP(
        "cli", "{chemin} : intègre, schéma {version}, {services} services, exercices : {exercices}."
    ),
    "introuvable": QT_TRANSLATE_NOOP("cli", "Fichier introuvable : {chemin}"),
    "erreur_usage": QT_TRANSLATE_NOOP("cli", "{prog} : erreur : {message}"),
    "choix_invalide": QT_TRANSLATE_NOOP("cli", "argument {arg} : choix invalide {valeur} (choisir parmi {choix})"),
    "non_reconnus": QT_TRANSLATE_NOOP("cli", "arguments non reconnus : {args}"),
    "obligatoires": QT_TRANSLATE_NOOP("cli", "arguments obligatoires manquants : {args}"),
    "valeur_attendue": QT_TRANSLATE_NOOP("cli", "argument {arg} : une valeur est attendue"),
    "ambigue": QT_TRANSLATE_NOOP("cli", "option ambiguë : {option} peut désigner {choix}"),
    "erreur": QT_TRANSLATE_NOOP("cli", "Erreur : {message}"),
    "rapport_cmd": QT_TRANSLATE_NOOP(
        "cli", "produire un rapport en PDF, Word ou PowerPoint (répertoire, évaluations 1A, 1B, 2A, procès-verbal de séance, stratégie, "
               "mise à jour annuelle, plan de travail), en français, en anglais ou bilingue"),
    "type_rapport": QT_TRANSLATE_NOOP("cli", "le type de rapport (voir la liste ci-dessous)"),
    "langue_rapport": QT_TRANSLATE_NOOP("cli", "la langue du rapport : fr, en ou bilingue (par défaut : celle de l'interface)"),
    "sortie_rapport": QT_TRANSLATE_NOOP(
        "cli", "le fichier à écrire, dont l'extension dit le format : .pdf (PDF balisé, accessible, à signer), "
               ".docx (Word, modifiable) ou, pour la stratégie et la mise à jour annuelle, .pptx (PowerPoint); "
               "jamais un fichier existant, sauf avec --remplacer"),
    "format_rapport_inconnu": QT_TRANSLATE_NOOP(
        "cli", "le format du fichier « {chemin} » ({extension}) n'est pas offert pour ce rapport : "
               "choisissez un nom en {formats}. Rien n'a été écrit."),
    "rapport_repli_ebauche": QT_TRANSLATE_NOOP(
        "cli", "Avertissement : aucun élément terminé ou approuvé pour ce rapport; le plus récent, une ébauche, "
               "a été pris (marqué « ÉBAUCHE » sur chaque page). Donnez --cle pour en choisir un autre."),
    "rapport_ebauche": QT_TRANSLATE_NOOP(
        "cli", "Ce rapport est une ébauche (élément pas encore approuvé) : « ÉBAUCHE » est marqué sur chaque page."),
    "cle_rapport": QT_TRANSLATE_NOOP(
        "cli", "l'évaluation, la séance ou la stratégie, par son numéro ou son UUID (par défaut : la plus récente)"),
    "ministere_rapport": QT_TRANSLATE_NOOP(
        "cli", "le nom du ministère, en tête de chaque page (par défaut : celui du profil, voir « profil »)"),
    "exercice_rapport": QT_TRANSLATE_NOOP("cli", "l'exercice du répertoire (AAAA-AAAA; par défaut : le plus récent)"),
    "types_rapports": QT_TRANSLATE_NOOP("cli", "types de rapports :"),
    "rapport_ecrit_pdf": QT_TRANSLATE_NOOP("cli", "Rapport « {titre} » ({langue}) écrit dans {chemin} — SHA-256 {sha}."),
    "rapport_introuvable": QT_TRANSLATE_NOOP(
        "cli", "rien à rapporter : aucun élément « {element} » pour ce type de rapport (voir la liste des évaluations, séances ou stratégies)"),
    "rapport_rien": QT_TRANSLATE_NOOP(
        "cli", "rien à rapporter : la base ne contient encore aucun élément pour le rapport « {type} » "
        "(remplissez d'abord l'évaluation, la séance ou la stratégie)"),
    "metavar_type": QT_TRANSLATE_NOOP("cli", "TYPE"),
    "metavar_cle": QT_TRANSLATE_NOOP("cli", "ID"),
    "importer": QT_TRANSLATE_NOOP(
        "cli",
        "importer un fichier CSV des données ouvertes : le répertoire des services (46, 39 ou 37 "
        "colonnes) ou les normes de service (24 colonnes); tout ou rien",
    ),
    "fichier_import": QT_TRANSLATE_NOOP("cli", "le fichier CSV à importer"),
    "rapport": QT_TRANSLATE_NOOP("cli", "écrire le rapport des problèmes, ligne par ligne, dans ce fichier CSV"),
    "verifier_seulement": QT_TRANSLATE_NOOP("cli", "analyser le fichier et afficher le rapport sans rien importer"),
    "confirmer_encodage": QT_TRANSLATE_NOOP(
        "cli", "importer même si plus de trois noms ne changeraient que par l'encodage des caractères "
        "(sinon refusé, avec des exemples)"),
    "exporter": QT_TRANSLATE_NOOP(
        "cli",
        "exporter le répertoire dans le format actuel des données ouvertes (46 colonnes, CSV UTF-8), "
        "ou un classeur .xlsx avec une feuille par table",
    ),
    "fichier_export": QT_TRANSLATE_NOOP("cli", "le fichier à écrire (.csv ou .xlsx)"),
    "exercice_export": QT_TRANSLATE_NOOP("cli", "seulement cet exercice (AAAA-AAAA; par défaut : tous)"),
    "normes_export": QT_TRANSLATE_NOOP("cli", "exporter les normes de service (24 colonnes) plutôt que les services"),
    "internes_export": QT_TRANSLATE_NOOP(
        "cli", "CSV : inclure les services internes (non intégrés, note de l'élément 10), marqués INTERN dans "
        "service_scope (par défaut, ils restent hors de l'export des données ouvertes; le classeur .xlsx les "
        "met toujours dans leur feuille distincte)"),
    "internes_non_exportes": QT_TRANSLATE_NOOP(
        "cli", "Services internes (non intégrés) laissés hors de l'export des données ouvertes : {n} "
        "(--avec-services-internes pour les inclure, marqués INTERN)."),
    "metavar_exercice": QT_TRANSLATE_NOOP("cli", "AAAA-AAAA"),
    "format_reconnu": QT_TRANSLATE_NOOP("cli", "{fichier} : {format}, {lignes} lignes."),
    "probleme": QT_TRANSLATE_NOOP("cli", "ligne {ligne}, colonne {colonne} ({valeur}) : {gravite} : {message}"),
    "gravite_erreur": QT_TRANSLATE_NOOP("cli", "erreur"),
    "gravite_avertissement": QT_TRANSLATE_NOOP("cli", "avertissement"),
    "rien_importe": QT_TRANSLATE_NOOP(
        "cli", "Erreurs : {n}. Rien n'a été importé. Corrigez le fichier puis relancez l'import."
    ),
    "importe_services": QT_TRANSLATE_NOOP(
        "cli", "Import terminé — services ajoutés : {crees}, mis à jour : {modifies}, inchangés : {inchanges}; avertissements : {avertissements}."
    ),
    "importe_normes": QT_TRANSLATE_NOOP(
        "cli", "Import terminé — normes ajoutées : {crees}, mises à jour : {modifies}, inchangées : {inchanges}; services créés pour elles : {services}; avertissements : {avertissements}."
    ),
    "verifie": QT_TRANSLATE_NOOP("cli", "Analyse seulement : rien n'a été importé."),
    "rapport_ecrit": QT_TRANSLATE_NOOP("cli", "Rapport écrit : {chemin}"),
    "exporte": QT_TRANSLATE_NOOP("cli", "Lignes exportées : {n}, dans {chemin}."),
    "qualite": QT_TRANSLATE_NOOP(
        "cli", "contrôler la qualité des données du répertoire et écrire chaque constat (exercice, service, "
        "norme, règle, gravité, message) dans un fichier CSV, comme l'onglet Qualité des données"),
    "exercice_qualite": QT_TRANSLATE_NOOP("cli", "seulement cet exercice (AAAA-AAAA; par défaut : tous)"),
    "sortie_qualite": QT_TRANSLATE_NOOP("cli", "le fichier CSV des constats à écrire (UTF-8)"),
    "constats_ecrits": QT_TRANSLATE_NOOP(
        "cli", "Constats : {n} (erreurs : {erreurs}, avertissements : {avertissements}, suggestions : {suggestions}), "
        "dans {chemin}."),
    "exercice_invalide": QT_TRANSLATE_NOOP("cli", "exercice invalide : {valeur} (attendu : AAAA-AAAA, p. ex. 2024-2025)"),
    "ecriture_impossible": QT_TRANSLATE_NOOP("cli", "impossible d'écrire {chemin} : {detail}"),
    "evaluation": QT_TRANSLATE_NOOP(
        "cli",
        "échanger des évaluations (1A, 1B, 2A) ou une séance d'examen avec un autre poste, par un fichier JSON",
    ),
    "actions": QT_TRANSLATE_NOOP("cli", "actions"),
    "evaluation_exporter": QT_TRANSLATE_NOOP(
        "cli",
        "écrire une évaluation (--uuid) ou une séance d'examen et ses évaluations (--seance) dans un fichier JSON",
    ),
    "evaluation_importer": QT_TRANSLATE_NOOP(
        "cli",
        "importer un fichier JSON d'évaluations, tout ou rien : refusé s'il est d'un format plus récent ou "
        "s'il écraserait des réponses plus récentes de ce poste",
    ),
    "fichier_evaluation_export": QT_TRANSLATE_NOOP("cli", "le fichier JSON à écrire"),
    "fichier_evaluation_import": QT_TRANSLATE_NOOP("cli", "le fichier JSON à importer"),
    "uuid_evaluation": QT_TRANSLATE_NOOP("cli", "l'identifiant (UUID) de l'évaluation à exporter"),
    "uuid_seance": QT_TRANSLATE_NOOP("cli", "l'identifiant (UUID) de la séance d'examen à exporter, avec ses évaluations"),
    "metavar_uuid": QT_TRANSLATE_NOOP("cli", "UUID"),
    "uuid_ou_seance": QT_TRANSLATE_NOOP(
        "cli", "indiquez soit --uuid UUID (une évaluation), soit --seance UUID (une séance et ses évaluations)"
    ),
    "evaluation_approuver": QT_TRANSLATE_NOOP(
        "cli",
        "approuver une évaluation (--uuid) ou une séance d'examen (--seance) : signée avec le certificat de "
        "l'approbateur (--certificat), elle voyage approuvée; sans signature (--par), elle n'est approuvée que "
        "sur ce poste",
    ),
    "uuid_approuver": QT_TRANSLATE_NOOP("cli", "l'identifiant (UUID) de l'évaluation à approuver"),
    "seance_approuver": QT_TRANSLATE_NOOP("cli", "l'identifiant (UUID) de la séance d'examen à approuver"),
    "certificat_approbation": QT_TRANSLATE_NOOP(
        "cli", "le certificat de l'approbateur (.p12 ou .pfx) qui signe l'approbation; mot de passe demandé, ou "
        "lu dans GESSERV_MOT_DE_PASSE"
    ),
    "par_approbation": QT_TRANSLATE_NOOP(
        "cli", "le nom et le titre de l'approbateur, pour une approbation sans signature (valable sur ce poste seulement)"
    ),
    "confiance_import": QT_TRANSLATE_NOOP(
        "cli",
        "un certificat de confiance (PEM ou DER) pour vérifier les approbations signées de ce fichier, en plus "
        "des racines retenues par l'application; répétable",
    ),
    "evaluation_exportee": QT_TRANSLATE_NOOP("cli", "Évaluation {outil} « {sujet} » exportée dans {chemin}."),
    "seance_exportee": QT_TRANSLATE_NOOP(
        "cli", "Séance d'examen « {titre} » et ses évaluations ({n}) exportées dans {chemin}."
    ),
    # --- signature numérique des rapports ---
    "signer": QT_TRANSLATE_NOOP(
        "cli",
        "signer un rapport PDF avec un certificat PKCS#12 (.p12) ou une carte à puce (PKCS#11), dans le premier "
        "champ de signature libre; "
        "l'approbateur contresigne de même le fichier déjà signé",
    ),
    "fichier_a_signer": QT_TRANSLATE_NOOP("cli", "le rapport PDF à signer"),
    "certificat_signature": QT_TRANSLATE_NOOP(
        "cli", "le certificat du signataire (.p12 ou .pfx), ou --pkcs11; mot de passe demandé, ou lu dans "
        "GESSERV_MOT_DE_PASSE"
    ),
    "sortie_signee": QT_TRANSLATE_NOOP("cli", "le PDF signé à écrire (jamais un fichier existant, sauf avec --remplacer)"),
    "remplacer_sortie": QT_TRANSLATE_NOOP("cli", "remplacer le fichier de sortie s'il existe déjà"),
    "champ_signature": QT_TRANSLATE_NOOP(
        "cli", "le champ de signature à remplir (par défaut : le premier champ signature_N libre)"
    ),
    "raison_signature": QT_TRANSLATE_NOOP("cli", "la raison de la signature (p. ex. « Approbation »)"),
    "lieu_signature": QT_TRANSLATE_NOOP("cli", "le lieu de la signature (p. ex. « Ottawa »)"),
    "metavar_champ": QT_TRANSLATE_NOOP("cli", "CHAMP"),
    "metavar_texte": QT_TRANSLATE_NOOP("cli", "TEXTE"),
    "metavar_p12": QT_TRANSLATE_NOOP("cli", "CERTIFICAT.p12"),
    "metavar_pem": QT_TRANSLATE_NOOP("cli", "CERTIFICAT.pem"),
    "metavar_pdf": QT_TRANSLATE_NOOP("cli", "FICHIER.pdf"),
    "metavar_nom": QT_TRANSLATE_NOOP("cli", "NOM"),
    "metavar_courriel": QT_TRANSLATE_NOOP("cli", "COURRIEL"),
    "metavar_annees": QT_TRANSLATE_NOOP("cli", "ANS"),
    "signe": QT_TRANSLATE_NOOP("cli", "Signé par {nom} dans le champ {champ} : {chemin}"),
    "signe_reste": QT_TRANSLATE_NOOP("cli", "Champs de signature encore libres : {champs}."),
    "signe_complet": QT_TRANSLATE_NOOP("cli", "Toutes les signatures prévues sont apposées."),
    "signature_consignee": QT_TRANSLATE_NOOP("cli", "Signature consignée au registre des rapports de {chemin}."),
    "consignation_impossible": QT_TRANSLATE_NOOP(
        "cli", "Avertissement : la signature n'a pas pu être consignée au registre des rapports ({detail}); "
        "le PDF signé est bien écrit."
    ),
    "mot_de_passe": QT_TRANSLATE_NOOP("cli", "Mot de passe du certificat {fichier} : "),
    "mot_de_passe_racine": QT_TRANSLATE_NOOP("cli", "Mot de passe de la racine {fichier} : "),
    "nouveau_mot_de_passe": QT_TRANSLATE_NOOP("cli", "Mot de passe qui protégera {fichier} : "),
    "confirmer_mot_de_passe": QT_TRANSLATE_NOOP("cli", "Saisissez-le de nouveau : "),
    "annule": QT_TRANSLATE_NOOP("cli", "Annulé : rien n'a été fait."),
    "certificat": QT_TRANSLATE_NOOP(
        "cli",
        "créer les certificats de signature, hors ligne : la racine du ministère, le certificat d'un utilisateur "
        "émis par elle (ou pour la clé d'une carte), un certificat personnel; exporter un certificat public (PEM) "
        "pour la vérification; révoquer un certificat (liste de révocation)",
    ),
    "certificat_racine": QT_TRANSLATE_NOOP(
        "cli",
        "créer la racine ministérielle (autorité de certification hors ligne) qui émet les certificats des "
        "utilisateurs; mot de passe demandé, ou lu dans GESSERV_MOT_DE_PASSE",
    ),
    "certificat_utilisateur": QT_TRANSLATE_NOOP(
        "cli",
        "créer le certificat de signature d'un utilisateur, émis par la racine; mots de passe demandés, ou lus "
        "dans GESSERV_MOT_DE_PASSE_RACINE (la racine) et GESSERV_MOT_DE_PASSE (le nouveau fichier)",
    ),
    "certificat_personnel": QT_TRANSLATE_NOOP(
        "cli",
        "créer un certificat de signature personnel, autosigné (sans racine); mot de passe demandé, ou lu dans "
        "GESSERV_MOT_DE_PASSE",
    ),
    "certificat_exporter_pem": QT_TRANSLATE_NOOP(
        "cli",
        "écrire en PEM le certificat public (jamais la clé) à donner aux vérificateurs : la racine de la chaîne, "
        "ou le certificat du titulaire avec --titulaire",
    ),
    "ministere": QT_TRANSLATE_NOOP("cli", "le nom du ministère ou de l'organisme"),
    "nom_titulaire": QT_TRANSLATE_NOOP("cli", "le nom du titulaire, tel qu'il paraîtra dans le tampon de signature"),
    "courriel_titulaire": QT_TRANSLATE_NOOP("cli", "son adresse courriel"),
    "racine_p12": QT_TRANSLATE_NOOP("cli", "le fichier .p12 de la racine ministérielle"),
    "sortie_p12": QT_TRANSLATE_NOOP("cli", "le fichier .p12 à créer (jamais remplacé s'il existe)"),
    "sortie_pem": QT_TRANSLATE_NOOP("cli", "écrire aussi le certificat public dans ce fichier PEM"),
    "sortie_pem_export": QT_TRANSLATE_NOOP("cli", "le fichier PEM à écrire (jamais remplacé s'il existe)"),
    "annees": QT_TRANSLATE_NOOP("cli", "durée de validité en années (racine : 10 par défaut; autres : 2)"),
    "fichier_p12": QT_TRANSLATE_NOOP("cli", "le fichier .p12 dont exporter le certificat public"),
    "titulaire": QT_TRANSLATE_NOOP("cli", "exporter le certificat du titulaire plutôt que la racine de sa chaîne"),
    "racine_creee": QT_TRANSLATE_NOOP(
        "cli", "Racine « {nom} » créée : {chemin} (valide jusqu'au {fin}). Gardez ce fichier hors ligne, en lieu sûr."
    ),
    "utilisateur_cree": QT_TRANSLATE_NOOP(
        "cli", "Certificat de signature de « {nom} » créé : {chemin} (émis par « {emetteur} », valide jusqu'au {fin})."
    ),
    "personnel_cree": QT_TRANSLATE_NOOP(
        "cli", "Certificat personnel de « {nom} » créé : {chemin} (autosigné, valide jusqu'au {fin})."
    ),
    "pem_ecrit": QT_TRANSLATE_NOOP(
        "cli", "Certificat public « {nom} » écrit dans {chemin} : à donner aux vérificateurs (--confiance)."
    ),
    # --- la signature par carte (PKCS#11) et la révocation ---
    "pkcs11_signature": QT_TRANSLATE_NOOP(
        "cli", "signer avec une clé sur une carte à puce ou un jeton : la bibliothèque PKCS#11 de son fournisseur "
        "(au lieu de --certificat); NIP demandé, ou lu dans GESSERV_NIP"
    ),
    "jeton_signature": QT_TRANSLATE_NOOP("cli", "l'étiquette de la carte ou du jeton (avec --pkcs11)"),
    "cle_signature": QT_TRANSLATE_NOOP("cli", "l'étiquette de la clé sur la carte (par défaut : la seule qu'elle porte)"),
    "crl_signature": QT_TRANSLATE_NOOP(
        "cli", "la liste de révocation (CRL) de la racine, incorporée au document signé; un certificat qu'elle "
        "révoque ne signe pas"
    ),
    "metavar_bibliotheque": QT_TRANSLATE_NOOP("cli", "BIBLIOTHEQUE"),
    "metavar_etiquette": QT_TRANSLATE_NOOP("cli", "ETIQUETTE"),
    "metavar_crl": QT_TRANSLATE_NOOP("cli", "LISTE.crl"),
    "metavar_cle_publique": QT_TRANSLATE_NOOP("cli", "CLE.pem"),
    "metavar_jours": QT_TRANSLATE_NOOP("cli", "JOURS"),
    "nip": QT_TRANSLATE_NOOP("cli", "NIP de la carte « {jeton} » : "),
    "cle_publique_utilisateur": QT_TRANSLATE_NOOP(
        "cli", "la clé publique lue sur la carte (PEM ou DER) : le certificat est émis pour cette clé, qui ne "
        "quitte jamais la carte; --sortie est alors le certificat (PEM, ou DER si le nom finit par .der)"
    ),
    "certificat_cle_emis": QT_TRANSLATE_NOOP(
        "cli", "Certificat de « {nom} » émis par « {emetteur} » pour la clé de sa carte : {chemin} (valide jusqu'au "
        "{fin}). Écrivez-le sur la carte, par exemple : pkcs11-tool --module BIBLIOTHEQUE --login --write-object "
        "CERTIFICAT.der --type cert --id ID --label ETIQUETTE"
    ),
    "certificat_revoquer": QT_TRANSLATE_NOOP(
        "cli", "révoquer un certificat émis par la racine (départ, carte perdue…) : la liste de révocation (CRL), "
        "signée par la racine, est créée ou mise à jour avec sa date de prochaine mise à jour; mot de passe de la "
        "racine demandé, ou lu dans GESSERV_MOT_DE_PASSE_RACINE"
    ),
    "fichier_revoquer": QT_TRANSLATE_NOOP(
        "cli", "le certificat à révoquer (PEM ou DER); sans lui, la liste est seulement republiée"
    ),
    "crl_revoquer": QT_TRANSLATE_NOOP("cli", "le fichier de la liste de révocation (créé s'il n'existe pas)"),
    "jours_crl": QT_TRANSLATE_NOOP("cli", "jours avant la prochaine mise à jour de la liste (par défaut : 30)"),
    "raison_revocation": QT_TRANSLATE_NOOP(
        "cli", "la raison : non-precisee, cle-compromise (carte perdue ou volée : toute signature de la clé tombe), "
        "depart, changement, remplace"
    ),
    "revoque": QT_TRANSLATE_NOOP("cli", "Certificat de « {nom} » révoqué (numéro de série {serie})."),
    "crl_ecrite": QT_TRANSLATE_NOOP(
        "cli", "Liste de révocation écrite : {chemin} ({n} certificat(s) révoqué(s), prochaine mise à jour le "
        "{prochaine}). Publiez-la aux vérificateurs avant cette date."
    ),
    "crl_verifier": QT_TRANSLATE_NOOP(
        "cli", "une liste de révocation (CRL) de la racine, reçue hors ligne (répétable); celles que le document "
        "emporte s'y ajoutent"
    ),
    "verifier": QT_TRANSLATE_NOOP(
        "cli",
        "vérifier les signatures d'un rapport PDF : intactes ou non, qui a signé et quand, de confiance ou non "
        "(racines retenues par « confiance ajouter » et --confiance), document changé après la signature. Code "
        "de sortie : 0 valide (intact et signataires vérifiés), 3 intact mais signataire non vérifié (aucune "
        "racine de confiance ne le reconnaît), 1 échec (altéré, modifié, certificat expiré…) ou fichier illisible",
    ),
    "fichier_a_verifier": QT_TRANSLATE_NOOP("cli", "le rapport PDF signé à vérifier"),
    "confiance": QT_TRANSLATE_NOOP(
        "cli",
        "un certificat de confiance (PEM ou DER) de plus, pour cette vérification seulement, en plus des racines "
        "retenues : la racine ministérielle ou un certificat personnel; répétable",
    ),
    "confiance_cmd": QT_TRANSLATE_NOOP(
        "cli",
        "les racines de confiance retenues par l'application (importées une fois) : verifier s'y fie ensuite sans "
        "--confiance",
    ),
    "confiance_ajouter": QT_TRANSLATE_NOOP(
        "cli", "retenir le certificat public (PEM ou DER) d'une racine de confiance; son empreinte SHA-256 est affichée"
    ),
    "confiance_liste": QT_TRANSLATE_NOOP("cli", "lister les racines retenues, avec leur empreinte SHA-256"),
    "confiance_retirer": QT_TRANSLATE_NOOP("cli", "oublier une racine retenue, désignée par son empreinte (8 caractères ou plus)"),
    "fichier_racine": QT_TRANSLATE_NOOP("cli", "le certificat public de la racine (PEM ou DER)"),
    "empreinte_racine": QT_TRANSLATE_NOOP("cli", "l'empreinte SHA-256 de la racine, ou son début (voir « confiance liste »)"),
    "metavar_empreinte": QT_TRANSLATE_NOOP("cli", "EMPREINTE"),
    # --- la pondération du ministère et ses autres critères (outil 1B) ---
    "norme_cmd": QT_TRANSLATE_NOOP(
        "cli", "gérer les normes de service (2.7) : les lister, les créer, les modifier, les retirer, mesurer leurs "
        "résultats, leur plan d'action (tableau 8) et la tolérance du ministère"),
    "norme_liste": QT_TRANSLATE_NOOP("cli", "lister les normes, leur cible, leur rendement et leur scénario du tableau 8"),
    "norme_ajouter": QT_TRANSLATE_NOOP("cli", "créer une norme de service pour un service"),
    "norme_modifier": QT_TRANSLATE_NOOP("cli", "modifier les champs donnés d'une norme"),
    "norme_retirer": QT_TRANSLATE_NOOP("cli", "retirer une norme (gardée à l'historique, plus reprise l'an prochain)"),
    "norme_retablir": QT_TRANSLATE_NOOP("cli", "remettre en vigueur une norme retirée"),
    "norme_resultat": QT_TRANSLATE_NOOP(
        "cli", "inscrire le résultat de l'exercice ou d'un trimestre (le rendement est calculé)"),
    "norme_action": QT_TRANSLATE_NOOP(
        "cli", "ajouter une action au plan de la norme, et l'envoyer au plan de travail d'une stratégie"),
    "norme_tolerance": QT_TRANSLATE_NOOP(
        "cli", "afficher ou fixer la tolérance du tableau 8, en points de pourcentage"),
    "service_norme": QT_TRANSLATE_NOOP("cli", "le numéro d'ID du service"),
    "id_norme": QT_TRANSLATE_NOOP("cli", "le numéro d'ID de la norme"),
    "exercice_norme": QT_TRANSLATE_NOOP("cli", "l'exercice (AAAA-AAAA)"),
    "texte_norme_fr": QT_TRANSLATE_NOOP("cli", "la norme, en français"),
    "texte_norme_en": QT_TRANSLATE_NOOP("cli", "la norme, en anglais"),
    "type_norme": QT_TRANSLATE_NOOP("cli", "le type de norme : ACS (accès), TML (rapidité), ACY (exactitude), OTH (autre)"),
    "canal_norme": QT_TRANSLATE_NOOP("cli", "le mode de prestation (EML, FAX, ONL, OTH, PERSON, POST, TEL; plusieurs joints par des virgules)"),
    "cible_norme": QT_TRANSLATE_NOOP("cli", "la cible de rendement opérationnel, en pour cent (p. ex. 90)"),
    "type_cible_norme": QT_TRANSLATE_NOOP("cli", "le type de cible : pourcentage, nombre, autre"),
    "approbation_norme": QT_TRANSLATE_NOOP("cli", "le niveau d'approbation (p. ex. Ministre)"),
    "date_approbation_norme": QT_TRANSLATE_NOOP("cli", "la date d'approbation (AAAA-MM-JJ)"),
    "url_norme": QT_TRANSLATE_NOOP("cli", "l'adresse Web (https://…)"),
    "mise_en_oeuvre_norme": QT_TRANSLATE_NOOP("cli", "la norme en est à ses premières étapes de mise en œuvre (2.7.10) : oui ou non"),
    "le_retrait": QT_TRANSLATE_NOOP("cli", "la date du retrait (AAAA-MM-JJ; par défaut : aujourd'hui)"),
    "periode_norme": QT_TRANSLATE_NOOP("cli", "la période : exercice (par défaut), T1, T2, T3 ou T4"),
    "conforme_norme": QT_TRANSLATE_NOOP("cli", "le volume qui respecte la norme (vide : effacer)"),
    "total_norme": QT_TRANSLATE_NOOP("cli", "le volume total (vide : effacer)"),
    "texte_action": QT_TRANSLATE_NOOP("cli", "l'action (p. ex. une action proposée par le tableau 8)"),
    "responsable_action": QT_TRANSLATE_NOOP("cli", "le secteur ou la personne responsable"),
    "echeance_action": QT_TRANSLATE_NOOP("cli", "l'échéance (AAAA-MM-JJ)"),
    "statut_action": QT_TRANSLATE_NOOP("cli", "le statut : a_faire, en_cours, terminee, abandonnee"),
    "strategie_action": QT_TRANSLATE_NOOP("cli", "l'UUID de la stratégie dont le plan de travail reçoit l'action"),
    "valeur_tolerance": QT_TRANSLATE_NOOP("cli", "la nouvelle tolérance, en points de pourcentage (p. ex. 2)"),
    "ponderation": QT_TRANSLATE_NOOP(
        "cli",
        "la pondération du ministère pour l'outil 1B, facultative : l'annexe 1B ne fixe ni poids ni note (une "
        "évaluation élevé, moyen ou faible par point, puis la décision); le ministère peut se donner des poids, "
        "une échelle et des seuils, versionnés, montrés sous ce nom dans chaque évaluation 1B qui les a utilisés",
    ),
    "ponderation_afficher": QT_TRANSLATE_NOOP("cli", "afficher la pondération en vigueur (ou dire qu'il n'y en a pas)"),
    "ponderation_definir": QT_TRANSLATE_NOOP(
        "cli",
        "enregistrer une nouvelle version de la pondération; ce qui n'est pas donné reste celui de la version en "
        "vigueur (sinon : poids 1, échelle 3,2,1, seuils 2.5,1.5). Les brouillons 1B la suivent; les évaluations "
        "terminées gardent leur version",
    ),
    "ponderation_retirer": QT_TRANSLATE_NOOP(
        "cli", "ne plus avoir de pondération en vigueur (les versions et les évaluations terminées restent)"),
    "poids_ponderation": QT_TRANSLATE_NOOP(
        "cli", "le poids d'un point : CODE=POIDS, p. ex. volume=2 mandat=1,5 (codes : voir « ponderation afficher »)"),
    "valeurs_ponderation": QT_TRANSLATE_NOOP(
        "cli", "les valeurs d'élevé, moyen et faible, p. ex. 3,2,1 (ou 3;2;1)"),
    "seuils_ponderation": QT_TRANSLATE_NOOP(
        "cli", "les seuils d'élevé puis de moyen, p. ex. 2.5,1.5 (ou 2,5;1,5)"),
    "historique_ponderation": QT_TRANSLATE_NOOP("cli", "afficher aussi toutes les versions, les retirées comprises"),
    "metavar_poids": QT_TRANSLATE_NOOP("cli", "CODE=POIDS"),
    "metavar_valeurs": QT_TRANSLATE_NOOP("cli", "É,M,F"),
    "metavar_seuils": QT_TRANSLATE_NOOP("cli", "É,M"),
    "criteres_1b": QT_TRANSLATE_NOOP(
        "cli",
        "les autres critères du ministère pour l'outil 1B (« Tout autre critère jugé pertinent par le ministère ») : "
        "chacun paraît dans les évaluations 1B sous « Autres critères », à évaluer élevé, moyen ou faible",
    ),
    "criteres_lister": QT_TRANSLATE_NOOP("cli", "lister les critères du ministère en vigueur, avec leur code"),
    "criteres_ajouter": QT_TRANSLATE_NOOP("cli", "ajouter un critère du ministère"),
    "criteres_retirer": QT_TRANSLATE_NOOP(
        "cli", "retirer un critère du ministère (les évaluations qui l'ont évalué le gardent)"),
    "nom_critere": QT_TRANSLATE_NOOP("cli", "le nom du critère, en français (ou en anglais seulement)"),
    "nom_en_critere": QT_TRANSLATE_NOOP("cli", "le nom du critère en anglais (facultatif)"),
    "code_critere": QT_TRANSLATE_NOOP("cli", "le code du critère (m1, m2…; voir « criteres-1b lister »)"),
    "metavar_code": QT_TRANSLATE_NOOP("cli", "CODE"),
}
# --- le profil de la personne qui prépare les rapports ---
TEXTES.update({
    "profil_cmd": QT_TRANSLATE_NOOP(
        "cli",
        "le profil de la personne qui prépare les rapports (gardé dans les préférences, pas dans la base) : son nom "
        "et son titre sous « Préparé par », son ministère en tête des rapports, son nom comme auteur des nouveaux "
        "dossiers. Sans option : l'afficher; une option vide (\"\") efface ce champ",
    ),
    "nom_profil": QT_TRANSLATE_NOOP("cli", "votre nom complet, p. ex. \"Marie Tremblay\""),
    "titre_profil": QT_TRANSLATE_NOOP("cli", "votre titre, p. ex. \"Directrice, Bureau de la gestion des services\""),
    "unite_profil": QT_TRANSLATE_NOOP("cli", "votre unité (direction, division)"),
    "ministere_profil": QT_TRANSLATE_NOOP(
        "cli", "votre ministère ou organisme : l'en-tête des rapports, sauf --ministere de « rapport »"),
    "courriel_profil": QT_TRANSLATE_NOOP("cli", "votre adresse courriel professionnelle"),
    "metavar_texte": QT_TRANSLATE_NOOP("cli", "TEXTE"),
    "demo_dossiers": QT_TRANSLATE_NOOP(
        "cli",
        "Aussi : une évaluation 1B approuvée, une séance d'examen terminée et ses deux examens 2A, une stratégie "
        "approuvée avec son plan de travail, sa mise à jour annuelle en cours et quatre normes de service "
        "mesurées (les trois scénarios du tableau 8 et une à ses débuts). Chaque rapport se produit "
        "aussitôt : gesserv-bureau rapport --help.",
    ),
})
# --- le mode ministère : une base PostgreSQL partagée ---
TEXTES.update({
    "serveur_cmd": QT_TRANSLATE_NOOP(
        "cli",
        "le mode ministère : un répertoire ministériel sur un serveur PostgreSQL, partagé par plusieurs "
        "propriétaires de services, avec des rôles tenus par le serveur",
    ),
    "serveur_initialiser": QT_TRANSLATE_NOOP(
        "cli",
        "créer le schéma et les rôles (lecteur, rédacteur, approbateur, administrateur) sur une base vide, ou "
        "mettre à jour une base déjà initialisée; tout ou rien",
    ),
    "serveur_importer_base": QT_TRANSLATE_NOOP(
        "cli", "verser la base SQLite d'un poste dans le répertoire ministériel (--base), tout ou rien"),
    "serveur_utilisateur": QT_TRANSLATE_NOOP(
        "cli",
        "donner à une personne (son nom de connexion PostgreSQL) un rôle et les secteurs dont elle modifie les "
        "services; le rôle de connexion est créé s'il n'existe pas",
    ),
    "adresse_serveur": QT_TRANSLATE_NOOP(
        "cli", "l'adresse libpq de la base : postgresql://personne@serveur/base, ou service=NOM (pg_service.conf)"),
    "fichier_sqlite": QT_TRANSLATE_NOOP("cli", "la base SQLite du poste (.sqlite)"),
    "nom_connexion": QT_TRANSLATE_NOOP("cli", "le nom de connexion PostgreSQL de la personne"),
    "role_serveur": QT_TRANSLATE_NOOP(
        "cli", "son rôle : lecteur, redacteur (ses secteurs), approbateur (approuve), administrateur (tout); aucun : "
               "le lui retirer"),
    "secteur_serveur": QT_TRANSLATE_NOOP(
        "cli", "un secteur de responsabilité dont elle modifie les services (à répéter; * : tous); sans --secteur, "
               "ses secteurs restent"),
    "aucun_secteur_serveur": QT_TRANSLATE_NOOP("cli", "lui retirer tous ses secteurs"),
    "serveur_emporter": QT_TRANSLATE_NOOP(
        "cli",
        "emporter hors ligne : copier dans une nouvelle base SQLite les services de vos secteurs, leurs évaluations, "
        "les séances et les stratégies du répertoire ministériel (--base)",
    ),
    "serveur_renvoyer": QT_TRANSLATE_NOOP(
        "cli",
        "renvoyer au répertoire ministériel les changements d'une base emportée, fusionnés champ par champ avec "
        "ceux du serveur; ce qui se croise est montré et rien n'est écrit avant d'être tranché",
    ),
    "fichier_emporte": QT_TRANSLATE_NOOP("cli", "la base emportée (un fichier .sqlite)"),
    "choix_renvoi": QT_TRANSLATE_NOOP(
        "cli", "trancher une divergence : FICHE:CLÉ:CHAMP=mienne (garder la vôtre) ou =serveur (à répéter)"),
    "tout_renvoi": QT_TRANSLATE_NOOP("cli", "trancher toutes les divergences d'un même côté"),
    "essai_renvoi": QT_TRANSLATE_NOOP(
        "cli", "dire ce que le renvoi ferait (et ce qui se croise), sans rien écrire ni sur le serveur ni sur le poste"),
    "metavar_choix": QT_TRANSLATE_NOOP("cli", "CLÉ=CÔTÉ"),
    "metavar_adresse": QT_TRANSLATE_NOOP("cli", "ADRESSE"),
    "metavar_secteur": QT_TRANSLATE_NOOP("cli", "SECTEUR"),
})


def traducteur(trad: Traductions) -> Callable[..., str]:
    """``t(cle, **parametres)`` : le texte ``cle`` dans la langue de ``trad``, ses paramètres
    remplis."""

    def t(cle: str, **parametres) -> str:
        return trad.traduire(C, TEXTES[cle]).format(**parametres)

    return t
