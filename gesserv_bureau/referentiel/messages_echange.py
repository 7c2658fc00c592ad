"""Les messages de l'échange des évaluations entre postes (fichier JSON), dans les deux langues.

Le domaine signale un refus ou un avertissement par son code; l'interface et la ligne de
commande en tirent le texte dans la langue de l'utilisateur. Les paramètres s'écrivent ``{nom}``.
"""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import MESSAGES_FICHIER, Catalogue, texte_de

MESSAGES: Catalogue = {
    **MESSAGES_FICHIER,
    # le fichier entier
    "trop_volumineux": (
        "Le fichier « {fichier} » fait {taille} Mo : c'est plus que la limite de {limite} Mo pour un "
        "fichier d'évaluations. Vérifiez qu'il s'agit du bon fichier.",
        "File “{fichier}” is {taille} MB: more than the {limite} MB limit for an assessment file. "
        "Check that it is the right file.",
    ),
    "pas_json": (
        "Le fichier « {fichier} » n'est pas un fichier JSON lisible ({detail}).",
        "File “{fichier}” is not a readable JSON file ({detail}).",
    ),
    "format_inconnu": (
        "Ce n'est pas un fichier d'évaluations de gesserv-bureau (format « {format} » au lieu de « {attendu} »).",
        "This is not a gesserv-bureau assessment file (format “{format}” instead of “{attendu}”).",
    ),
    "version_invalide": (
        "La version du format du fichier est illisible : « {version} » (un nombre entier est attendu).",
        "The file's format version cannot be read: “{version}” (a whole number is expected).",
    ),
    "format_plus_recent": (
        "Ce fichier a été écrit par une version plus récente de gesserv-bureau (format {version}; cette "
        "version lit jusqu'au format {maximum}). Mettez l'application à jour pour l'importer.",
        "This file was written by a newer version of gesserv-bureau (format {version}; this version reads "
        "up to format {maximum}). Update the application to import it.",
    ),
    "vide": (
        "Le fichier ne contient ni évaluation ni séance d'examen.",
        "The file contains no assessment and no review session.",
    ),
    # la structure
    "champ_manquant": (
        "Champ obligatoire manquant : {champ}.",
        "Required field missing: {champ}.",
    ),
    "champ_invalide": (
        "Valeur invalide pour {champ} : {valeur} ({attendu} attendu).",
        "Invalid value for {champ}: {valeur} ({attendu} expected).",
    ),
    "date_invalide": (
        "Date invalide pour {champ} : {valeur} (date et heure ISO 8601 attendues, p. ex. 2024-05-01T14:30:00-04:00).",
        "Invalid date for {champ}: {valeur} (ISO 8601 date and time expected, e.g. 2024-05-01T14:30:00-04:00).",
    ),
    "outil_inconnu": (
        "Outil inconnu pour {champ} : {valeur} (1A, 1B ou 2A attendu).",
        "Unknown tool for {champ}: {valeur} (1A, 1B or 2A expected).",
    ),
    "edition_inconnue": (
        "Édition du référentiel inconnue pour {champ} : {valeur} (cette version connaît : {connues}).",
        "Unknown referentiel edition for {champ}: {valeur} (this version knows: {connues}).",
    ),
    "code_inconnu": (
        "Code de question inconnu pour l'outil {outil} (édition {edition}) : {valeur}, dans {champ}.",
        "Unknown question code for tool {outil} (edition {edition}): {valeur}, in {champ}.",
    ),
    "ponderation_invalide": (
        "Pondération du ministère incohérente dans {champ} : {raison}",
        "Inconsistent department weighting in {champ}: {raison}",
    ),
    "cle_inconnue": (
        "Champ inconnu du format : {champ}. Le fichier a été modifié à la main ou vient d'un autre outil; "
        "retirez ce champ ou exportez de nouveau depuis gesserv-bureau.",
        "Field not in the format: {champ}. The file was edited by hand or comes from another tool; "
        "remove this field or export again from gesserv-bureau.",
    ),
    "exercice_invalide": (
        "Exercice invalide pour {champ} : {valeur} (AAAA-AAAA attendu, deux années consécutives, p. ex. 2024-2025).",
        "Invalid fiscal year for {champ}: {valeur} (YYYY-YYYY expected, two consecutive years, e.g. 2024-2025).",
    ),
    "date_future": (
        "Date dans le futur pour {champ} : {valeur}. Une date plus tardive que demain est refusée : elle "
        "empêcherait toute modification réelle ensuite. Vérifiez l'horloge du poste qui a écrit le fichier.",
        "Date in the future for {champ}: {valeur}. A date later than tomorrow is refused: it would block "
        "every real change afterwards. Check the clock of the computer that wrote the file.",
    ),
    "trop_imbrique": (
        "Le fichier imbrique des listes ou des objets plus profondément que le format ne le permet "
        "({limite} niveaux au plus) : ce n'est pas un fichier d'évaluations écrit par gesserv-bureau.",
        "The file nests lists or objects deeper than the format allows (at most {limite} levels): it is "
        "not an assessment file written by gesserv-bureau.",
    ),
    "autres_problemes": (
        "… et {n} autres problèmes dans ce fichier.",
        "… and {n} more problems in this file.",
    ),
    "uuid_en_double": (
        "L'évaluation {uuid} figure deux fois dans le fichier.",
        "Assessment {uuid} appears twice in the file.",
    ),
    # face aux données de ce poste
    "local_plus_recent": (
        "L'évaluation « {sujet} » ({outil}, {uuid}) a été modifiée sur ce poste le {local}, après la copie "
        "du fichier ({fichier}) : l'importer écraserait des réponses plus récentes.",
        "Assessment “{sujet}” ({outil}, {uuid}) was changed on this computer on {local}, after the file's "
        "copy ({fichier}): importing it would overwrite newer answers.",
    ),
    "meme_date_differente": (
        "L'évaluation « {sujet} » ({outil}, {uuid}) porte la même date de modification ({local}) ici et "
        "dans le fichier, mais des réponses différentes : impossible de dire laquelle est la bonne.",
        "Assessment “{sujet}” ({outil}, {uuid}) has the same modification date ({local}) here and in the "
        "file, but different answers: there is no telling which one is right.",
    ),
    "approuvee_locale": (
        "L'évaluation « {sujet} » ({outil}, {uuid}) est approuvée sur ce poste et le fichier en porte une "
        "autre version : une évaluation approuvée ne se remplace pas.",
        "Assessment “{sujet}” ({outil}, {uuid}) is approved on this computer and the file holds another "
        "version of it: an approved assessment is never replaced.",
    ),
    "outil_different": (
        "L'évaluation {uuid} est une évaluation {local} sur ce poste mais {fichier} dans le fichier.",
        "Assessment {uuid} is a {local} assessment on this computer but {fichier} in the file.",
    ),
    "date_locale_illisible": (
        "La date de modification de l'évaluation « {sujet} » ({uuid}) sur ce poste est illisible "
        "({local}) : impossible de dire si le fichier est plus récent.",
        "The modification date of assessment “{sujet}” ({uuid}) on this computer cannot be read "
        "({local}): there is no telling whether the file is newer.",
    ),
    "seance_plus_recente": (
        "La séance d'examen « {titre} » ({uuid}) a été modifiée sur ce poste le {local}, après la copie "
        "du fichier ({fichier}) : l'importer écraserait des données plus récentes.",
        "Review session “{titre}” ({uuid}) was changed on this computer on {local}, after the file's "
        "copy ({fichier}): importing it would overwrite newer data.",
    ),
    "seance_meme_date_differente": (
        "La séance d'examen « {titre} » ({uuid}) porte la même date de modification ({local}) ici et "
        "dans le fichier, mais un contenu différent : impossible de dire lequel est le bon.",
        "Review session “{titre}” ({uuid}) has the same modification date ({local}) here and in the "
        "file, but different content: there is no telling which one is right.",
    ),
    "seance_approuvee_locale": (
        "La séance d'examen « {titre} » ({uuid}) est approuvée sur ce poste et le fichier en porte une "
        "autre version : une séance approuvée ne se remplace pas.",
        "Review session “{titre}” ({uuid}) is approved on this computer and the file holds another "
        "version of it: an approved session is never replaced.",
    ),
    "seance_date_locale_illisible": (
        "La date de modification de la séance d'examen « {titre} » ({uuid}) sur ce poste est illisible "
        "({local}) : impossible de dire si le fichier est plus récent.",
        "The modification date of review session “{titre}” ({uuid}) on this computer cannot be read "
        "({local}): there is no telling whether the file is newer.",
    ),
    "rien_importe": (
        "Rien n'a été importé : la base est inchangée.",
        "Nothing was imported: the database is unchanged.",
    ),
    # l'export
    "evaluation_introuvable": (
        "Aucune évaluation {uuid} dans cette base.",
        "No assessment {uuid} in this database.",
    ),
    "seance_introuvable": (
        "Aucune séance d'examen {uuid} dans cette base.",
        "No review session {uuid} in this database.",
    ),
    # avertissements (n'empêchent rien)
    "service_absent": (
        "Le service {service_id} ({nom}, exercice {exercice}) de l'évaluation « {sujet} » n'est pas dans "
        "ce répertoire : l'évaluation est importée sans lien vers un service, son sujet est gardé.",
        "Service {service_id} ({nom}, fiscal year {exercice}) of assessment “{sujet}” is not in this "
        "inventory: the assessment is imported without a link to a service, its subject is kept.",
    ),
    "service_absent_seance": (
        "Le service {service_id} ({nom}, exercice {exercice}) de la séance « {titre} » n'est pas dans "
        "ce répertoire : il est retiré de la liste des services de la séance.",
        "Service {service_id} ({nom}, fiscal year {exercice}) of session “{titre}” is not in this "
        "inventory: it is left out of the session's list of services.",
    ),
    "service_nom_different": (
        "Le service {service_id} (exercice {exercice}) s'appelle « {local} » ici et « {fichier} » dans le "
        "fichier : l'évaluation « {sujet} » y est rattachée par son numéro d'identification.",
        "Service {service_id} (fiscal year {exercice}) is called “{local}” here and “{fichier}” in the "
        "file: assessment “{sujet}” is linked to it by its identification number.",
    ),
    # les approbations reçues (avertissements : l'évaluation ou la séance arrive non approuvée)
    "approbation_non_signee": (
        "L'évaluation « {sujet} » ({outil}, {uuid}) est dite approuvée par « {par} » dans le fichier, mais sans "
        "signature de l'approbateur : elle est importée terminée, non approuvée. Pour qu'elle arrive approuvée, "
        "l'approbateur signe son approbation avec son certificat avant l'export.",
        "Assessment “{sujet}” ({outil}, {uuid}) is said to be approved by “{par}” in the file, but without the "
        "approver's signature: it is imported as completed, not approved. For it to arrive approved, the "
        "approver signs the approval with their certificate before the export.",
    ),
    "approbation_refusee": (
        "L'approbation de l'évaluation « {sujet} » ({outil}, {uuid}) n'est pas reconnue : {raison} "
        "Elle est importée terminée, non approuvée.",
        "The approval of assessment “{sujet}” ({outil}, {uuid}) is not recognized: {raison} "
        "It is imported as completed, not approved.",
    ),
    "seance_approbation_non_signee": (
        "La séance d'examen « {titre} » ({uuid}) est dite approuvée dans le fichier, mais sans signature de "
        "l'approbateur : elle est importée terminée, non approuvée.",
        "Review session “{titre}” ({uuid}) is said to be approved in the file, but without the approver's "
        "signature: it is imported as completed, not approved.",
    ),
    "seance_approbation_refusee": (
        "L'approbation de la séance d'examen « {titre} » ({uuid}) n'est pas reconnue : {raison} "
        "Elle est importée terminée, non approuvée.",
        "The approval of review session “{titre}” ({uuid}) is not recognized: {raison} "
        "It is imported as completed, not approved.",
    ),
    # pourquoi une preuve d'approbation n'est pas reconnue (le {raison} ci-dessus)
    "preuve_illisible": (
        "la preuve est illisible (signature ou certificat endommagé, ou d'une version inconnue).",
        "the proof cannot be read (damaged signature or certificate, or an unknown version).",
    ),
    "preuve_signature_invalide": (
        "la signature de « {nom} » ne correspond pas au contenu reçu : l'évaluation, sa date d'approbation ou "
        "son service ont changé depuis la signature, ou la signature a été recollée d'ailleurs.",
        "the signature of “{nom}” does not match the content received: the assessment, its approval date or "
        "its service changed after it was signed, or the signature was copied from elsewhere.",
    ),
    "preuve_sans_racine": (
        "ce poste ne retient aucune racine de confiance, donc l'identité de « {nom} » ne peut pas être "
        "confirmée. Importez une fois le certificat public de la racine ministérielle, ou donnez-le pour cet "
        "import (--confiance RACINE.pem).",
        "this computer holds no trusted root, so the identity of “{nom}” cannot be confirmed. Import the "
        "departmental root's public certificate once, or give it for this import (--confiance ROOT.pem).",
    ),
    "preuve_non_fiable": (
        "le certificat de « {nom} » ne mène à aucune racine de confiance de ce poste (certificat autosigné, "
        "ou émis par une autorité inconnue ici).",
        "the certificate of “{nom}” does not lead to any trusted root on this computer (self-signed, or "
        "issued by an authority unknown here).",
    ),
    "preuve_hors_validite": (
        "le certificat de « {nom} » n'était pas valide à la date de l'approbation ({date}).",
        "the certificate of “{nom}” was not valid on the approval date ({date}).",
    ),
    "preuve_usage_cle": (
        "le certificat de « {nom} » ne permet pas de signer (il n'a ni l'usage « signature numérique » ni "
        "l'usage « non-répudiation »).",
        "the certificate of “{nom}” does not allow signing (it has neither the “digital signature” nor the "
        "“non-repudiation” key usage).",
    ),
    "preuve_date_illisible": (
        "la date d'approbation est absente ou illisible.",
        "the approval date is missing or cannot be read.",
    ),
    # les approbations reçues et vérifiées (information)
    "approbation_verifiee": (
        "Approbation de l'évaluation « {sujet} » ({outil}) par {nom} vérifiée : signature intacte, certificat "
        "émis sous la racine de confiance « {racine} ».",
        "Approval of assessment “{sujet}” ({outil}) by {nom} verified: signature intact, certificate issued "
        "under trusted root “{racine}”.",
    ),
    "seance_approbation_verifiee": (
        "Approbation de la séance d'examen « {titre} » par {nom} vérifiée : signature intacte, certificat émis "
        "sous la racine de confiance « {racine} ».",
        "Approval of review session “{titre}” by {nom} verified: signature intact, certificate issued under "
        "trusted root “{racine}”.",
    ),
    # l'approbation sur ce poste
    "approbation_impossible_brouillon": (
        "La séance d'examen « {titre} » n'est pas terminée : terminez-la avant de l'approuver.",
        "Review session “{titre}” is not completed: complete it before approving it.",
    ),
    "deja_approuvee_signee": (
        "« {sujet} » est déjà approuvée et signée par {nom} : rien à faire.",
        "“{sujet}” is already approved and signed by {nom}: nothing to do.",
    ),
    "approuvee_signee": (
        "« {sujet} » approuvée et signée par {nom} le {date} : elle arrivera approuvée sur les postes qui "
        "font confiance à sa racine.",
        "“{sujet}” approved and signed by {nom} on {date}: it will arrive approved on the computers that "
        "trust its root.",
    ),
    "approuvee_sans_signature": (
        "« {sujet} » approuvée par {nom} le {date}, sans signature : elle est approuvée sur ce poste, mais "
        "arrivera « terminée » ailleurs tant que l'approbateur ne l'a pas signée (--certificat).",
        "“{sujet}” approved by {nom} on {date}, without a signature: it is approved on this computer, but "
        "will arrive “completed” elsewhere until the approver signs it (--certificat).",
    ),
    "approbateur_manquant": (
        "Indiquez qui approuve : --certificat FICHIER.p12 (approbation signée) ou --par NOM (sans signature).",
        "Say who approves: --certificat FILE.p12 (signed approval) or --par NAME (unsigned).",
    ),
    "evaluation_incomplete": (
        "L'évaluation « {sujet} » ne peut pas être approuvée : elle n'est pas complète ({manques}).",
        "Assessment “{sujet}” cannot be approved: it is not complete ({manques}).",
    ),
    # le bilan
    "bilan": (
        "Import terminé — évaluations ajoutées : {crees}, mises à jour : {modifies}, inchangées : {inchanges}; "
        "avertissements : {avertissements}.",
        "Import complete — assessments added: {crees}, updated: {modifies}, unchanged: {inchanges}; "
        "warnings: {avertissements}.",
    ),
    "seance_creee": (
        "Séance d'examen « {titre} » ajoutée.",
        "Review session “{titre}” added.",
    ),
    "seance_modifiee": (
        "Séance d'examen « {titre} » mise à jour.",
        "Review session “{titre}” updated.",
    ),
    "seance_inchangee": (
        "Séance d'examen « {titre} » inchangée.",
        "Review session “{titre}” unchanged.",
    ),
}


texte = partial(texte_de, MESSAGES)
