"""Les messages de l'import et de l'export des données ouvertes, dans les deux langues.

Le domaine signale un problème par son code; l'interface et la ligne de commande en tirent
le texte dans la langue de l'utilisateur. Les paramètres s'écrivent ``{nom}``.
"""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    # le fichier entier
    "introuvable": (
        "Le fichier « {fichier} » est introuvable (déplacé ou supprimé ?).",
        "File “{fichier}” cannot be found (moved or deleted?).",
    ),
    "illisible": (
        "Le fichier « {fichier} » ne peut pas être lu : {detail}. Fermez-le dans l'application qui le tient ouvert, puis réessayez.",
        "File “{fichier}” cannot be read: {detail}. Close it in the application that has it open, then try again.",
    ),
    "vide": (
        "Le fichier « {fichier} » est vide.",
        "File “{fichier}” is empty.",
    ),
    "trop_volumineux": (
        "Le fichier « {fichier} » fait {taille} Mo : c'est plus que la limite de {limite} Mo pour un "
        "répertoire de services. Vérifiez qu'il s'agit du bon fichier, ou scindez-le par exercice.",
        "File “{fichier}” is {taille} MB: more than the {limite} MB limit for a service inventory. "
        "Check that it is the right file, or split it by fiscal year.",
    ),
    "pas_csv": (
        "Le fichier « {fichier} » n'est pas un fichier CSV (texte séparé par des virgules).",
        "File “{fichier}” is not a CSV (comma-separated text) file.",
    ),
    "entete_inconnue": (
        "L'en-tête du fichier ne correspond à aucun format connu (répertoire des services : 46, 41, 39 "
        "ou 37 colonnes; normes de service : 24 ou 25 colonnes). Colonnes inattendues : {inattendues}. "
        "Colonnes manquantes : {manquantes}.",
        "The file's header matches no known format (service inventory: 46, 41, 39 or 37 columns; "
        "service standards: 24 or 25 columns). Unexpected columns: {inattendues}. Missing columns: {manquantes}.",
    ),
    "aucune_colonne": (
        "Le fichier « {fichier} » n'a aucune colonne du répertoire des services ni des normes de "
        "service : ce n'est pas un fichier des données ouvertes du Répertoire des services du GC.",
        "File “{fichier}” has none of the service inventory or service standards columns: it is not "
        "a GC Service Inventory open-data file.",
    ),
    "pas_un_fichier": (
        "« {fichier} » n'est pas un fichier ordinaire (un périphérique, un tube ou une prise) : il ne "
        "peut pas être importé. Choisissez un fichier CSV.",
        "“{fichier}” is not a regular file (a device, a pipe or a socket): it cannot be imported. "
        "Choose a CSV file.",
    ),
    "encodage_illisible": (
        "Le fichier « {fichier} » est en {encodage} (d'après ses premiers octets), mais son contenu n'est "
        "pas lisible dans cet encodage (fichier tronqué ou abîmé ?). Enregistrez-le de nouveau, de "
        "préférence en « CSV UTF-8 », puis réessayez.",
        "File “{fichier}” is in {encodage} (judging by its first bytes), but its content cannot be read "
        "in that encoding (truncated or damaged file?). Save it again, preferably as “CSV UTF-8”, then "
        "try again.",
    ),
    "annule": (
        "Import annulé : rien n'a été importé.",
        "Import cancelled: nothing was imported.",
    ),
    # une ligne
    "ligne_tronquee": (
        "Ligne incomplète : {trouvees} colonnes au lieu de {attendues} (fichier tronqué ?).",
        "Incomplete row: {trouvees} columns instead of {attendues} (truncated file?).",
    ),
    "colonnes_en_trop": (
        "Ligne de {trouvees} colonnes au lieu de {attendues}.",
        "Row of {trouvees} columns instead of {attendues}.",
    ),
    "obligatoire": (
        "Valeur obligatoire manquante.",
        "Required value missing.",
    ),
    "exercice_invalide": (
        "L'exercice doit s'écrire AAAA-AAAA, deux années consécutives (p. ex. 2024-2025).",
        "The fiscal year must be written YYYY-YYYY, two consecutive years (e.g. 2024-2025).",
    ),
    "virgule_id": (
        "Un numéro d'identification ne peut pas contenir de virgule.",
        "An identification number cannot contain a comma.",
    ),
    "nombre_invalide": (
        "Ce n'est ni un nombre entier, ni « NA » (ne s'applique pas), ni « ND » (non disponible).",
        "This is neither a whole number, nor “NA” (not applicable), nor “ND” (not available).",
    ),
    "nombre_negatif": (
        "Un nombre de demandes ne peut pas être négatif.",
        "A number of applications cannot be negative.",
    ),
    "nombre_trop_grand": (
        "Nombre trop grand : au plus 9 223 372 036 854 775 807 (vérifiez la cellule).",
        "Number too large: at most 9,223,372,036,854,775,807 (check the cell).",
    ),
    "decimal_invalide": (
        "Ce n'est pas un nombre (p. ex. 0.8 pour 80 %).",
        "This is not a number (e.g. 0.8 for 80%).",
    ),
    "code_inconnu": (
        "Code inconnu : la valeur est gardée telle quelle, l'élément « {element} » est à compléter.",
        "Unknown code: the value is kept as is, element “{element}” is to be completed.",
    ),
    "type_ambigu": (
        "Le type « {valeur} » correspond à plusieurs types de l'annexe 1C (soins : Ressources; "
        "éducation et loisirs : Rencontres) : le type de service est à choisir.",
        "Type “{valeur}” matches several Appendix 1C types (care: Resources; education and "
        "recreation: Encounters): the service type is to be chosen.",
    ),
    "types_multiples": (
        "Plusieurs types correspondant à des types différents de la ligne directrice : le type de service est à choisir.",
        "Several types matching different guideline types: the service type is to be chosen.",
    ),
    "double_fichier": (
        "Le numéro d'ID « {valeur} » figure plusieurs fois pour l'exercice {exercice} dans le fichier : "
        "chaque ligne est importée comme un service distinct.",
        "Service ID “{valeur}” appears more than once for fiscal year {exercice} in the file: each row "
        "is imported as a separate service.",
    ),
    "norme_sans_service": (
        "Norme « {norme} » : aucun service « {valeur} » pour l'exercice {exercice} dans le répertoire. "
        "La norme est importée quand même, et le service créé à partir d'elle, avec ses éléments à "
        "compléter : vérifiez le numéro, ou importez d'abord le répertoire de cet exercice.",
        "Standard “{norme}”: no service “{valeur}” for fiscal year {exercice} in the inventory. The "
        "standard is imported anyway, and the service created from it, with its elements to be "
        "completed: check the ID, or import that fiscal year's inventory first.",
    ),
    "ministere_obligatoire": (
        "Dans ce format, les numéros de service sont propres à chaque ministère : le ministère "
        "(owner_org) est obligatoire, sans lui le service se confondrait avec celui d'un autre ministère.",
        "In this format, service IDs are numbered per department: the department (owner_org) is "
        "required, otherwise the service would be confused with another department's.",
    ),
    "portee_mixte": (
        "« {valeur} » : service externe et service interne intégré à la fois; la portée (élément 10) "
        "est à choisir. Le code d'origine est gardé.",
        "“{valeur}”: both an external and an internal enterprise service; the scope (element 10) is to "
        "be chosen. The original code is kept.",
    ),
    "norme_double": (
        "La norme « {valeur} » figure plusieurs fois pour ce service et cet exercice : la dernière ligne l'emporte.",
        "Standard “{valeur}” appears more than once for this service and fiscal year: the last row wins.",
    ),
    "rendement_superieur": (
        "Un rendement supérieur à 100 % : vérifiez le volume conforme et le volume total.",
        "Performance above 100%: check the volume meeting the target and the total volume.",
    ),
    "encodage_windows": (
        "Le fichier n'est pas en UTF-8 : il a été lu en Windows-1252. Vérifiez les accents dans l'aperçu.",
        "The file is not UTF-8: it was read as Windows-1252. Check the accents in the preview.",
    ),
    "octet_invalide_utf8": (
        "Octet invalide en UTF-8 ({octets}) : le fichier est en UTF-8, mais pas cette ligne (un caractère "
        "venu d'un autre encodage ?). Rien n'est importé tant qu'elle n'est pas corrigée : corrigez ce "
        "caractère, ou enregistrez le fichier de nouveau en « CSV UTF-8 ».",
        "Invalid UTF-8 byte ({octets}): the file is UTF-8, but this row is not (a character from another "
        "encoding?). Nothing is imported until it is fixed: fix this character, or save the file again as "
        "“CSV UTF-8”.",
    ),
    "octet_non_defini_cp1252": (
        "Octet {octets} : il ne correspond à aucun caractère en Windows-1252, l'encodage dans lequel le "
        "fichier a été lu. Rien n'est importé tant que la ligne n'est pas corrigée (ou que le fichier "
        "n'est pas enregistré en « CSV UTF-8 »).",
        "Byte {octets}: it matches no character in Windows-1252, the encoding the file was read in. Nothing "
        "is imported until the row is fixed (or the file is saved as “CSV UTF-8”).",
    ),
    "encodage_utf16_sans_bom": (
        "Le fichier n'a pas de marque d'ordre d'octets, mais ses octets sont ceux de l'{encodage} : il a "
        "été lu dans cet encodage. Vérifiez les accents dans l'aperçu.",
        "The file has no byte order mark, but its bytes are those of {encodage}: it was read in that "
        "encoding. Check the accents in the preview.",
    ),
    "changement_encodage": (
        "Ce nom ne changerait que par l'encodage des caractères : « {avant} » deviendrait « {valeur} ». "
        "Le fichier ou le répertoire a sans doute été enregistré ou relu dans le mauvais encodage (UTF-8 et "
        "Windows-1252) : vérifiez lequel est juste.",
        "This name would change only by character encoding: “{avant}” would become “{valeur}”. The file or "
        "the inventory was probably saved or read in the wrong encoding (UTF-8 and Windows-1252): check "
        "which one is right.",
    ),
    "confirmation_encodage": (
        "{n} services changeraient de nom seulement par l'encodage des caractères : le fichier ou le "
        "répertoire a sans doute été enregistré ou relu dans le mauvais encodage (UTF-8 et Windows-1252). "
        "Rien n'a été importé. Vérifiez lequel est juste; pour importer quand même, relancez avec "
        "--confirmer-encodage. Par exemple :",
        "{n} services would change name only by character encoding: the file or the inventory was probably "
        "saved or read in the wrong encoding (UTF-8 and Windows-1252). Nothing was imported. Check which "
        "one is right; to import anyway, run again with --confirmer-encodage. For example:",
    ),
    "exemple_encodage": (
        "ligne {ligne}, {service_id} : « {avant} » → « {apres} »",
        "row {ligne}, {service_id}: “{avant}” → “{apres}”",
    ),
    "ligne_horodatage": (
        "Dernière ligne « {valeur} » : un horodatage de publication, ignoré.",
        "Last row “{valeur}”: a publication timestamp, ignored.",
    ),
}

# gravités d'un problème d'import
ERREUR = "erreur"              # bloque l'import entier
AVERTISSEMENT = "avertissement"  # n'empêche rien


texte = partial(texte_de, MESSAGES)
