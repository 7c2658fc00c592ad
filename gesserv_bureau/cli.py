"""La ligne de commande : ``gesserv-bureau`` ouvre la fenêtre; les sous-commandes travaillent
sans interface sur les mêmes cas d'utilisation (``application``).

Aide et messages en français ou en anglais (``--langue``, ``GESSERV_LANGUE``, la préférence
enregistrée, puis la langue du système).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gesserv_bureau import __version__
from gesserv_bureau.chemins import chemin_base
from gesserv_bureau.langue import LANGUES, Traductions, langue_initiale

C = "cli"

SOUS_COMMANDES = ("interface", "demo", "sauvegarder", "sauvegardes", "restaurer", "integrite", "importer",
                  "exporter", "evaluation")
# la signature numérique des rapports (sans la base) : voir _signature, à la fin du fichier
SOUS_COMMANDES_SIGNATURE = ("signer", "certificat", "verifier", "confiance")
SOUS_COMMANDES += SOUS_COMMANDES_SIGNATURE
SOUS_COMMANDES += ("rapport",)
SOUS_COMMANDES += ("ponderation", "criteres-1b")   # la pondération et les autres critères du ministère (1B)
SOUS_COMMANDES += ("profil",)   # qui prépare les rapports (les préférences, sans la base) : voir _profil

_T = {
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
        "signer un rapport PDF avec un certificat PKCS#12 (.p12), dans le premier champ de signature libre; "
        "l'approbateur contresigne de même le fichier déjà signé",
    ),
    "fichier_a_signer": QT_TRANSLATE_NOOP("cli", "le rapport PDF à signer"),
    "certificat_signature": QT_TRANSLATE_NOOP(
        "cli", "le certificat du signataire (.p12 ou .pfx); mot de passe demandé, ou lu dans GESSERV_MOT_DE_PASSE"
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
        "émis par elle, un certificat personnel; exporter un certificat public (PEM) pour la vérification",
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
_T.update({
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
        "approuvée avec son plan de travail et sa mise à jour annuelle en cours. Chaque rapport se produit "
        "aussitôt : gesserv-bureau rapport --help.",
    ),
})


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
    traduire = staticmethod(lambda cle, **params: _T[cle].format(**params))

    def error(self, message: str):
        for motif, cle in _ERREURS_ARGPARSE:
            trouve = re.match(motif, message)
            if trouve:
                message = self.traduire(cle, **trouve.groupdict())
                break
        self.print_usage(sys.stderr)
        self.exit(2, self.traduire("erreur_usage", prog=self.prog, message=message) + "\n")


class _Formateur(argparse.RawDescriptionHelpFormatter):
    prefixe = "usage: "

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix or self.prefixe)


def construire_analyseur(trad: Traductions) -> argparse.ArgumentParser:
    def t(cle: str) -> str:
        return trad.traduire(C, _T[cle])

    formateur = type("Formateur", (_Formateur,), {"prefixe": t("usage")})
    classe = type("Analyseur", (_Analyseur,), {
        "traduire": staticmethod(lambda cle, **params: trad.traduire(C, _T[cle]).format(**params))
    })

    def analyseur(**kw) -> argparse.ArgumentParser:
        p = classe(formatter_class=formateur, add_help=False, **kw)
        p._positionals.title = t("positionnels")
        p._optionals.title = t("options")
        p.add_argument("-h", "--help", action="help", help=t("aide"))
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
        p._positionals.title = t("positionnels")
        p._optionals.title = t("options")
        p.add_argument("-h", "--help", action="help", help=t("aide"))
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
        p._positionals.title = t("positionnels")
        p._optionals.title = t("options")
        p.add_argument("-h", "--help", action="help", help=t("aide"))
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
    # le profil est dans les préférences, pas dans la base : --langue seulement après la commande
    seule_langue = argparse.ArgumentParser(add_help=False)
    seule_langue.add_argument("--langue", "--language", choices=LANGUES, help=t("langue"), default=argparse.SUPPRESS)
    profil = sous.add_parser("profil", prog="gesserv-bureau profil", help=t("profil_cmd"), description=t("profil_cmd"),
                             formatter_class=formateur, add_help=False, parents=[seule_langue])
    profil._positionals.title = t("positionnels")
    profil._optionals.title = t("options")
    profil.add_argument("-h", "--help", action="help", help=t("aide"))
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
            p._positionals.title = t("positionnels")
            p._optionals.title = t("options")
            p.add_argument("-h", "--help", action="help", help=t("aide"))
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


def _analyseur_rapport(sous, t, classe, formateur, trad: Traductions) -> None:
    """``rapport TYPE --langue fr|en|bilingue --sortie F.pdf`` : --langue y est celle du rapport."""
    from gesserv_bureau.rapports.types import TYPES, description

    langue = "en" if trad.langue == "en" else "fr"
    liste = "\n".join(f"  {code:<12} {description(code, langue)}" for code in TYPES)
    p = sous.add_parser("rapport", prog="gesserv-bureau rapport", help=t("rapport_cmd"), description=t("rapport_cmd"),
                        epilog=t("types_rapports") + "\n" + liste, formatter_class=formateur, add_help=False)
    p._positionals.title = t("positionnels")
    p._optionals.title = t("options")
    p.add_argument("-h", "--help", action="help", help=t("aide"))
    p.add_argument("type_rapport", choices=list(TYPES), metavar=t("metavar_type"), help=t("type_rapport"))
    p.add_argument("--sortie", required=True, metavar=t("metavar_fichier"), help=t("sortie_rapport"))
    p.add_argument("--langue", "--language", dest="langue_rapport", choices=("fr", "en", "bilingue"),
                   help=t("langue_rapport"))
    p.add_argument("--cle", metavar=t("metavar_cle"), help=t("cle_rapport"))
    p.add_argument("--exercice", metavar=t("metavar_exercice"), help=t("exercice_rapport"))
    p.add_argument("--ministere", metavar=t("metavar_nom"), default=None, help=t("ministere_rapport"))
    p.add_argument("--remplacer", action="store_true", help=t("remplacer_sortie"))
    p.add_argument("--base", metavar=t("metavar_fichier"), help=t("base"), default=argparse.SUPPRESS)


def _langue_demandee(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        for option in ("--langue", "--language"):
            if arg == option and i + 1 < len(argv):
                return argv[i + 1]
            if arg.startswith(option + "="):
                return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """La ligne de commande complète (``lancement.main`` ouvre la fenêtre sans elle quand la
    ligne ne contient que les options de la fenêtre)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    trad = Traductions(langue_initiale(_langue_demandee(argv)))
    args = construire_analyseur(trad).parse_args(argv)

    commande = args.commande or "interface"
    if commande == "interface":
        from gesserv_bureau.interface.app import lancer

        return lancer(base=args.base, langue=args.langue, essai=args.essai_demarrage, traductions=trad)
    if commande in SOUS_COMMANDES_SIGNATURE:
        return _signature(commande, args, trad)
    if commande == "profil":
        return _profil(args, trad)
    return _headless(commande, args, trad)


def _profil(args: argparse.Namespace, trad: Traductions) -> int:
    """``profil`` : sans option, montrer le profil; avec, changer les champs donnés (les autres
    restent). Un refus le dit dans la langue de l'utilisateur, code de sortie 1, rien d'écrit."""
    from gesserv_bureau.cas import profils
    from gesserv_bureau.referentiel import messages_profil

    langue = trad.langue

    def m(code: str, **params) -> str:
        return messages_profil.texte(code, langue, **params)

    def erreur(message: str) -> str:
        return trad.traduire(C, _T["erreur"]).format(message=message)

    changes = {c: getattr(args, c) for c in profils.CHAMPS if getattr(args, c, None) is not None}
    if changes:
        try:
            profils.modifier(**changes)
        except (profils.ProfilInvalide, profils.ProfilNonEnregistre) as exc:
            print(erreur(exc.texte(langue)), file=sys.stderr)
            return 1
        print(m("enregistre", fichier=profils.fichier()))
    actuel = profils.lire()
    deux_points = ": " if langue == "en" else " : "
    for c in profils.CHAMPS:
        print(f"{profils.libelle(c, langue)}{deux_points}{getattr(actuel, c) or m('non_renseigne')}")
    if not changes:
        if not actuel.nom:
            print(m("vide"))
        print(m("fichier", fichier=profils.fichier()))
    return 0


def _auteur_du_profil() -> str:
    """Le nom complet du profil (l'auteur des dossiers que la commande crée); vide sans profil."""
    from gesserv_bureau.cas import profils

    return profils.nom_auteur()


def _headless(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.messages_erreur import texte_erreur
    from gesserv_bureau.stockage import sauvegardes
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.erreurs import ErreurStockage, ModificationsPerdues, MoinsDeServices

    def t(cle: str, **params) -> str:
        return trad.traduire(C, _T[cle]).format(**params)

    chemin = chemin_base(args.base)
    try:
        if commande == "sauvegardes":
            liste = sauvegardes.copies(chemin)
            if not liste:
                print(t("aucune_copie", chemin=chemin))
            etats = {"intacte": "copie_intacte", "vide": "copie_vide", "etrangere": "copie_etrangere"}
            for copie in liste:
                print(f"{copie}\t{t(etats.get(sauvegardes.examiner(copie).etat, 'copie_endommagee'))}")
            return 0
        if commande == "restaurer":
            if args.copie:
                copie = Path(args.copie)
                if not copie.exists():
                    print(t("introuvable", chemin=copie), file=sys.stderr)
                    return 1
            else:
                intactes = sauvegardes.copies_intactes(chemin)
                if not intactes:
                    print(t("aucune_copie", chemin=chemin), file=sys.stderr)
                    return 1
                copie = intactes[0]
            # la base remplacée n'est pas forcément abîmée : « remplacee », gardée à côté; le
            # verrou de la base est pris le temps de la restauration (une instance ouverte dessus
            # perdrait ses écritures suivantes)
            try:
                cote = sauvegardes.restaurer(chemin, copie, raison="remplacee", confirmer=args.confirmer)
            except MoinsDeServices as exc:
                print(t("erreur", message=texte_erreur(exc, trad.traduire)), file=sys.stderr)
                print(t("confirmer_conseil", copie=copie), file=sys.stderr)
                return 1
            print(t("restauree", chemin=chemin, copie=copie, cote=cote or "-"))
            return 0
        if commande in ("integrite", "sauvegarder") and not chemin.exists():
            print(t("introuvable", chemin=chemin), file=sys.stderr)
            return 1
        with ouvrir(chemin, rotation=False, accepter_perte=getattr(args, "accepter_perte", False)) as base:
            base.auteur = _auteur_du_profil()
            if commande == "demo":
                from gesserv_bureau.cas.demonstration import EXERCICE_DEMO

                n = repertoire.charger_demo(base, dossiers=True)
                cle = "demo_fait" if n else "demo_deja"
                print(t(cle, n=n, chemin=chemin, exercice=EXERCICE_DEMO))
                if n:
                    print(t("demo_dossiers"))
            elif commande == "sauvegarder":
                print(t("copie_faite", copie=sauvegardes.copier(chemin, "manuelle")))
            elif commande == "importer":
                return _importer(base, args, trad, t)
            elif commande == "exporter":
                return _exporter(base, args, trad, t)
            elif commande == "evaluation":
                return _evaluation(base, args, trad, t)
            elif commande == "rapport":
                return _rapport(base, args, trad, t)
            elif commande in ("ponderation", "criteres-1b"):
                return _ponderation(base, commande, args, trad, t)
            elif commande == "integrite":
                exercices = repertoire.exercices_connus(base)
                total = sum(len(repertoire.lignes_inventaire(base, e)) for e in exercices)
                print(t("integre", chemin=chemin, version=base.version(), services=total,
                        exercices=", ".join(exercices) or "-"))
        return 0
    except ErreurStockage as exc:
        message = texte_erreur(exc, trad.traduire) or str(exc)
        print(t("erreur", message=message), file=sys.stderr)
        if isinstance(exc, ModificationsPerdues):
            print(t("accepter_perte_conseil"), file=sys.stderr)
        return 1


def _importer(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    from gesserv_bureau.cas import donnees_ouvertes
    from gesserv_bureau.domaine.importation import rapport_csv
    from gesserv_bureau.domaine.exportation import ecrire_atomique

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
            print(t("erreur", message=t("ecriture_impossible", chemin=args.rapport, detail=exc.strerror or exc)),
                  file=sys.stderr)
            return 1
        print(t("rapport_ecrit", chemin=args.rapport))
    if not analyse.importable:
        print(t("rien_importe", n=len(analyse.erreurs)), file=sys.stderr)
        return 1
    if analyse.confirmation_encodage and not args.confirmer_encodage:
        from gesserv_bureau.referentiel import messages_import

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
    if r.format == "normes":
        print(t("importe_normes", crees=r.crees, modifies=r.modifies, inchanges=r.inchanges,
                services=r.services_crees, avertissements=len(r.avertissements)))
    else:
        print(t("importe_services", crees=r.crees, modifies=r.modifies, inchanges=r.inchanges,
                avertissements=len(r.avertissements)))
    return 0


def _exercice_demande(valeur: str | None, t) -> tuple[str | None, bool]:
    """L'exercice de ``--exercice``, normalisé (``None`` : tous); ``False`` et le refus dit sur
    la sortie d'erreur s'il est illisible."""
    from gesserv_bureau.domaine import exercice as exercices

    if not valeur:
        return None, True
    try:
        return exercices.normaliser(valeur), True
    except exercices.ExerciceInvalide:
        print(t("erreur", message=t("exercice_invalide", valeur=valeur)), file=sys.stderr)
        return None, False


def _exporter(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    from gesserv_bureau.cas import donnees_ouvertes

    exercice, lisible = _exercice_demande(args.exercice, t)
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
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=exc.strerror or exc)), file=sys.stderr)
        return 1
    print(t("exporte", n=n, chemin=chemin))
    if not xlsx and not args.avec_services_internes:
        laisses = donnees_ouvertes.services_internes(base, exercice)
        if laisses:
            print(t("internes_non_exportes", n=laisses))
    return 0


def _evaluation(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    """``evaluation exporter|importer`` : l'échange des évaluations entre postes (JSON)."""
    from gesserv_bureau.cas import transferts

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
        from gesserv_bureau.rapports import certificats

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
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=exc.strerror or exc)), file=sys.stderr)
        return 1
    for avertissement in resultat.avertissements:
        print(f"{t('gravite_avertissement')} : {avertissement.texte(langue)}")
    for ligne in resultat.textes(langue):
        print(ligne)
    return 0


def _approuver(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    """``evaluation approuver`` : une évaluation ou une séance approuvée, signée si --certificat
    (mot de passe demandé ou lu dans GESSERV_MOT_DE_PASSE, jamais gardé)."""
    from gesserv_bureau.cas import evaluer, seances_examen
    from gesserv_bureau.referentiel import messages_echange
    from gesserv_bureau.rapports import certificats
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations, DepotSeances

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
            mot_de_passe = _mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
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
    except _Annule:
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


# --- signature numérique des rapports : signer, certificat, verifier ----------------------------
# Ces sous-commandes travaillent sur des fichiers (PDF, .p12, .pem), sans ouvrir la base; seul
# « signer » consigne la signature au registre des rapports quand la base existe déjà.

def _analyseurs_signature(commande, t, classe, formateur, communs_action) -> None:
    signer = commande("signer", "signer")
    signer.add_argument("fichier", metavar=t("metavar_pdf"), help=t("fichier_a_signer"))
    signer.add_argument("--certificat", required=True, metavar=t("metavar_p12"), help=t("certificat_signature"))
    signer.add_argument("--sortie", required=True, metavar=t("metavar_pdf"), help=t("sortie_signee"))
    signer.add_argument("--champ", metavar=t("metavar_champ"), help=t("champ_signature"))
    signer.add_argument("--raison", metavar=t("metavar_texte"), help=t("raison_signature"))
    signer.add_argument("--lieu", metavar=t("metavar_texte"), help=t("lieu_signature"))
    signer.add_argument("--remplacer", action="store_true", help=t("remplacer_sortie"))

    certificat = commande("certificat", "certificat")
    actions = certificat.add_subparsers(dest="action", title=t("actions"),
                                        metavar="{racine,utilisateur,personnel,exporter-pem}",
                                        parser_class=classe, required=True)

    def action(nom: str, cle: str) -> argparse.ArgumentParser:
        p = actions.add_parser(nom, prog=f"gesserv-bureau certificat {nom}", help=t(cle), description=t(cle),
                               formatter_class=formateur, add_help=False, parents=[communs_action])
        p._positionals.title = t("positionnels")
        p._optionals.title = t("options")
        p.add_argument("-h", "--help", action="help", help=t("aide"))
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

    verifier = commande("verifier", "verifier")
    verifier.add_argument("fichier", metavar=t("metavar_pdf"), help=t("fichier_a_verifier"))
    verifier.add_argument("--confiance", action="append", default=[], metavar=t("metavar_pem"), help=t("confiance"))

    confiance = commande("confiance", "confiance_cmd")
    actions_confiance = confiance.add_subparsers(dest="action", title=t("actions"), metavar="{ajouter,liste,retirer}",
                                                 parser_class=classe, required=True)
    for nom, cle in (("ajouter", "confiance_ajouter"), ("liste", "confiance_liste"), ("retirer", "confiance_retirer")):
        p = actions_confiance.add_parser(nom, prog=f"gesserv-bureau confiance {nom}", help=t(cle), description=t(cle),
                                         formatter_class=formateur, add_help=False, parents=[communs_action])
        p._positionals.title = t("positionnels")
        p._optionals.title = t("options")
        p.add_argument("-h", "--help", action="help", help=t("aide"))
        if nom == "ajouter":
            p.add_argument("fichier", metavar=t("metavar_pem"), help=t("fichier_racine"))
        elif nom == "retirer":
            p.add_argument("empreinte", metavar=t("metavar_empreinte"), help=t("empreinte_racine"))


class _Annule(Exception):
    """L'utilisateur a interrompu la saisie d'un mot de passe."""


def _mot_de_passe(variable: str, invite: str, confirmer: str | None = None) -> str:
    """La variable d'environnement (scripts), sinon une saisie masquée (getpass); confirmée deux
    fois pour un nouveau mot de passe. Le mot de passe n'est écrit nulle part."""
    import os

    valeur = os.environ.get(variable)
    if valeur is not None:
        return valeur
    import getpass

    try:
        valeur = getpass.getpass(invite)
        if confirmer is not None and getpass.getpass(confirmer) != valeur:
            from gesserv_bureau.rapports.certificats import ErreurSignature

            raise ErreurSignature("mots_de_passe_differents")
    except (EOFError, KeyboardInterrupt):
        raise _Annule() from None
    return valeur


def _signature(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    from gesserv_bureau.rapports.certificats import ErreurSignature

    def t(cle: str, **params) -> str:
        return trad.traduire(C, _T[cle]).format(**params)

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
    except _Annule:
        print(t("annule"), file=sys.stderr)
        return 1


def _signer(args: argparse.Namespace, trad: Traductions, t) -> int:
    """``signer`` : le PDF signé écrit atomiquement; la signature consignée au registre des
    rapports si la base existe."""
    from gesserv_bureau.rapports import certificats, confiance, fichiers, signature
    from gesserv_bureau.rapports.certificats import ErreurSignature

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
    mot_de_passe = _mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
    raison = args.raison or signature.messages.texte("raison_defaut", trad.langue)
    signe = signature.signer(pdf, p12, mot_de_passe, champ=champ, raison=raison, lieu=args.lieu,
                             fichier=str(entree))
    del mot_de_passe
    try:
        fichiers.ecrire(sortie, signe, remplacer=args.remplacer)
    except FileExistsError:
        raise ErreurSignature("deja_present_remplacer", fichier=str(sortie)) from None
    except OSError as exc:
        raise ErreurSignature("ecriture_impossible", fichier=str(sortie), detail=exc.strerror or str(exc)) from None
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
        from gesserv_bureau.cas.production_rapports import consigner_signature
        from gesserv_bureau.stockage.base import ouvrir

        with ouvrir(chemin, rotation=False) as base:
            consigner_signature(base, sortie, pdf, signataires)
        print(t("signature_consignee", chemin=chemin))
    except Exception as exc:  # noqa: BLE001 - le PDF signé est écrit : un registre indisponible n'y change rien
        print(t("consignation_impossible", detail=exc), file=sys.stderr)


def _certificat(args: argparse.Namespace, trad: Traductions, t) -> int:
    from gesserv_bureau.rapports import certificats

    sortie = Path(args.sortie)
    if sortie.exists():
        raise certificats.ErreurSignature("deja_present", fichier=str(sortie))
    if args.action == "exporter-pem":
        p12 = Path(args.fichier)
        if not p12.exists():
            raise certificats.ErreurSignature("introuvable", fichier=str(p12))
        mot_de_passe = _mot_de_passe("GESSERV_MOT_DE_PASSE", t("mot_de_passe", fichier=p12))
        cert = certificats.exporter_pem(p12, mot_de_passe, sortie, racine=not args.titulaire)
        print(t("pem_ecrit", nom=certificats.nom_commun(cert), chemin=sortie))
        return 0
    pem = Path(args.pem) if getattr(args, "pem", None) else None
    if pem is not None and pem.exists():
        raise certificats.ErreurSignature("deja_present", fichier=str(pem))
    racine_p12 = Path(args.racine) if args.action == "utilisateur" else None
    if racine_p12 is not None and not racine_p12.exists():
        raise certificats.ErreurSignature("introuvable", fichier=str(racine_p12))
    mot_de_passe_racine = (_mot_de_passe("GESSERV_MOT_DE_PASSE_RACINE", t("mot_de_passe_racine", fichier=racine_p12))
                           if racine_p12 is not None else "")
    mot_de_passe = _mot_de_passe("GESSERV_MOT_DE_PASSE", t("nouveau_mot_de_passe", fichier=sortie),
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


# les codes de sortie de « verifier » (2 reste celui d'argparse pour une erreur d'utilisation)
SORTIE_VALIDE, SORTIE_ECHEC, SORTIE_NON_VERIFIE = 0, 1, 3


def _verifier(args: argparse.Namespace, trad: Traductions, t) -> int:
    """``verifier`` : le constat en mots, contre les racines retenues et celles de --confiance.
    0 : intact et chaque signataire vérifié; 3 : intact mais un signataire non vérifié; 1 : échec."""
    from gesserv_bureau.rapports import certificats, confiance, signature

    chemin = Path(args.fichier)
    racines = [*confiance.fichiers(), *(Path(c) for c in args.confiance)]
    constat = signature.verifier_document(certificats.lire_fichier(chemin), racines, fichier=str(chemin))
    for ligne in constat.lignes(trad.langue, str(chemin)):
        print(ligne)
    return {signature.STATUT_VALIDE: SORTIE_VALIDE,
            signature.STATUT_NON_VERIFIE: SORTIE_NON_VERIFIE}.get(constat.statut, SORTIE_ECHEC)


def _confiance(args: argparse.Namespace, trad: Traductions) -> int:
    """``confiance ajouter|liste|retirer`` : les racines de confiance retenues."""
    from gesserv_bureau.rapports import certificats, confiance
    from gesserv_bureau.rapports.certificats import ErreurSignature

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


def _rapport(base, args: argparse.Namespace, trad: Traductions, t) -> int:
    from gesserv_bureau.cas import production_rapports
    from gesserv_bureau.cas import profils

    from gesserv_bureau.rapports.formats import FormatInconnu, format_du_fichier

    langue = args.langue_rapport or ("en" if trad.langue == "en" else "fr")
    try:
        format_ = format_du_fichier(args.sortie, args.type_rapport)
    except FormatInconnu as exc:
        print(t("erreur", message=t("format_rapport_inconnu", chemin=args.sortie, extension=exc.args[0],
                                    formats=exc.args[1])), file=sys.stderr)
        return 1
    if not args.remplacer and Path(args.sortie).exists():   # dit avant de produire le rapport
        return _refus_fichier_existant(Path(args.sortie), trad, t)
    exercice, lisible = _exercice_demande(args.exercice, t)
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
        print(t("erreur", message=t("ecriture_impossible", chemin=chemin, detail=exc.strerror or exc)), file=sys.stderr)
        return 1
    if produit.repli_ebauche:
        print(t("rapport_repli_ebauche"), file=sys.stderr)
    print(t("rapport_ecrit_pdf", titre=produit.titre, langue=langue, chemin=chemin, sha=produit.sha256))
    if produit.ebauche:
        print(t("rapport_ebauche"))
    return 0


def _ponderation(base, commande: str, args: argparse.Namespace, trad: Traductions, t) -> int:
    """La pondération du ministère (1B) et ses autres critères; un refus le dit dans la langue
    de l'utilisateur, code de sortie 1, sans rien écrire."""
    from gesserv_bureau.cas import reglages_1b
    from gesserv_bureau.domaine import ponderation_1b as regles
    from gesserv_bureau.referentiel import messages_ponderation

    langue = trad.langue

    def m(code: str, **params) -> str:
        return messages_ponderation.texte(code, langue, **params)

    try:
        if commande == "criteres-1b":
            if args.action == "ajouter":
                critere = reglages_1b.ajouter_critere(base, args.nom, args.nom_en)
                print(m("critere_ajoute", nom=critere.nom(langue), critere=critere.code))
            elif args.action == "retirer":
                critere = reglages_1b.retirer_critere(base, args.code)
                print(m("critere_retire", nom=critere.nom(langue), critere=critere.code))
            else:
                liste = reglages_1b.criteres(base)
                if not liste:
                    print(m("aucun_critere"))
                for critere in liste:
                    autre = critere.nom_fr if langue == "en" else critere.nom_en
                    print(f"{critere.code}\t{critere.nom(langue)}" + (f"\t({autre})" if autre and autre != critere.nom(langue) else ""))
            return 0
        if args.action == "definir":
            nouvelle = reglages_1b.definir(base, args.poids, args.valeurs, args.seuils)
            print(m("definie", version=nouvelle.version))
            _afficher_ponderation(base, nouvelle, langue)
        elif args.action == "retirer":
            retiree = reglages_1b.retirer(base)
            print(m("retiree", version=retiree.version))
        else:
            actuelle = reglages_1b.en_vigueur(base)
            if actuelle is None:
                print(m("aucune_ponderation"))
            else:
                _afficher_ponderation(base, actuelle, langue)
            if args.historique:
                for version in reglages_1b.versions(base):
                    etat = (m("retiree_le", date=regles.date_longue(version.retiree_le, langue)) if version.retiree_le
                            else m("en_vigueur") if actuelle is not None and version.version == actuelle.version else "")
                    print(f"  {regles.titre(version, langue)}" + (f" — {etat}" if etat else ""))
        return 0
    except regles.PonderationInvalide as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
        return 1


def _afficher_ponderation(base, ponderation, langue: str) -> None:
    from gesserv_bureau.cas import reglages_1b
    from gesserv_bureau.domaine import ponderation_1b as regles
    from gesserv_bureau.referentiel import messages_ponderation

    entete = regles.titre(ponderation, langue)
    if ponderation.definie_par:
        entete += ", " + messages_ponderation.texte("definie_par", langue, nom=ponderation.definie_par)
    print(entete)
    for code, fr, en in reglages_1b.points_ponderables(base):
        print(f"  {code:<24}{regles.nombre(ponderation.poids_de(code), langue):>6}  {en if langue == 'en' else fr}")
    print(regles.echelle(ponderation, langue))


def _refus_fichier_existant(chemin: Path, trad: Traductions, t) -> int:
    from gesserv_bureau.referentiel import messages_signature

    refus = messages_signature.texte("deja_present_remplacer", trad.langue, fichier=chemin)
    print(t("erreur", message=refus), file=sys.stderr)
    return 1
