"""Les messages de la signature par carte à puce ou jeton (PKCS#11) et de la révocation hors
ligne (liste de révocation, CRL), dans les deux langues; ``messages_signature`` les réunit aux
siens (mêmes codes, même ``texte``).
"""

from __future__ import annotations

from gesserv_bureau.referentiel.catalogue import Catalogue

MESSAGES_CARTE: Catalogue = {
    # --- le certificat d'une clé qui reste sur la carte ------------------------------------------
    "cle_publique_illisible": (
        "Le fichier « {fichier} » ne contient pas de clé publique lisible (PEM ou DER). Lisez-la sur la "
        "carte, par exemple : pkcs11-tool --read-object --type pubkey --id ID -o CLE.der.",
        "File “{fichier}” does not hold a readable public key (PEM or DER). Read it from the card, for "
        "example: pkcs11-tool --read-object --type pubkey --id ID -o KEY.der.",
    ),
    "cle_publique_non_prise_en_charge": (
        "La clé publique de « {fichier} » n'est ni une clé ECDSA P-256 ou P-384, ni une clé RSA de 2048 bits "
        "ou plus : aucun certificat n'a été émis.",
        "The public key in “{fichier}” is neither an ECDSA P-256 or P-384 key nor an RSA key of 2048 bits or "
        "more: no certificate was issued.",
    ),
    # --- la carte ---------------------------------------------------------------------------------
    "bibliotheque_introuvable": (
        "La bibliothèque PKCS#11 « {fichier} » est introuvable. Indiquez celle du fournisseur de la carte "
        "(par exemple /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so).",
        "PKCS#11 library “{fichier}” cannot be found. Give the card vendor's library (for example "
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so).",
    ),
    "bibliotheque_invalide": (
        "« {fichier} » n'est pas une bibliothèque PKCS#11 utilisable ({detail}).",
        "“{fichier}” is not a usable PKCS#11 library ({detail}).",
    ),
    "aucun_jeton": (
        "Aucune carte ni aucun jeton n'est présent pour la bibliothèque « {fichier} ». Insérez la carte puis "
        "réessayez.",
        "No card or token is present for library “{fichier}”. Insert the card and try again.",
    ),
    "jeton_introuvable": (
        "Aucune carte ni aucun jeton nommé « {jeton} » n'est présent (présents : {jetons}). Rien n'a été signé.",
        "No card or token named “{jeton}” is present (present: {jetons}). Nothing was signed.",
    ),
    "aucune_cle": (
        "La carte « {jeton} » ne porte aucun certificat : écrivez-y d'abord celui que la racine a émis pour "
        "sa clé (gesserv-bureau certificat utilisateur --cle-publique).",
        "Card “{jeton}” holds no certificate: first write onto it the one the root issued for its key "
        "(gesserv-bureau certificat utilisateur --cle-publique).",
    ),
    "cle_introuvable": (
        "Aucune clé « {cle} » sur la carte « {jeton} » (clés : {cles}). Rien n'a été signé.",
        "No key “{cle}” on card “{jeton}” (keys: {cles}). Nothing was signed.",
    ),
    "cle_a_choisir": (
        "La carte « {jeton} » porte plusieurs clés ({cles}) : choisissez-en une (--cle). Rien n'a été signé.",
        "Card “{jeton}” holds several keys ({cles}): choose one (--cle). Nothing was signed.",
    ),
    "cle_privee_absente": (
        "La carte « {jeton} » porte le certificat « {cle} » mais pas sa clé privée : elle ne peut pas signer "
        "avec. Rien n'a été signé.",
        "Card “{jeton}” holds certificate “{cle}” but not its private key: it cannot sign with it. Nothing "
        "was signed.",
    ),
    "certificat_ou_carte": (
        "Donnez le certificat du signataire (--certificat FICHIER.p12) ou sa carte (--pkcs11 BIBLIOTHEQUE "
        "--jeton ETIQUETTE), l'un ou l'autre. Rien n'a été signé.",
        "Give the signer's certificate (--certificat FILE.p12) or card (--pkcs11 LIBRARY --jeton LABEL), one "
        "or the other. Nothing was signed.",
    ),
    "jeton_manquant": (
        "Avec --pkcs11, nommez la carte ou le jeton (--jeton ETIQUETTE). Cartes présentes : {jetons}. Rien n'a "
        "été signé.",
        "With --pkcs11, name the card or token (--jeton LABEL). Cards present: {jetons}. Nothing was signed.",
    ),
    "nip_vide": (
        "Le NIP de la carte ne peut pas être vide. Rien n'a été signé.",
        "The card PIN cannot be empty. Nothing was signed.",
    ),
    "nip_incorrect": (
        "NIP incorrect pour la carte « {jeton} ». Rien n'a été signé. Attention : après quelques essais "
        "manqués, la carte se bloque.",
        "Wrong PIN for card “{jeton}”. Nothing was signed. Beware: after a few failed tries, the card "
        "locks itself.",
    ),
    "nip_bloque": (
        "Le NIP de la carte « {jeton} » est bloqué (trop d'essais manqués). Rien n'a été signé. Faites-le "
        "débloquer par le responsable des cartes du ministère.",
        "The PIN of card “{jeton}” is locked (too many failed tries). Nothing was signed. Have the "
        "department's card officer unlock it.",
    ),
    "carte_retiree": (
        "La carte « {jeton} » a été retirée ou ne répond plus pendant la signature. Rien n'a été écrit. "
        "Réinsérez-la puis recommencez.",
        "Card “{jeton}” was removed or stopped answering during signing. Nothing was written. Insert it "
        "again and start over.",
    ),
    "erreur_carte": (
        "La carte « {jeton} » a refusé l'opération ({detail}). Rien n'a été signé.",
        "Card “{jeton}” refused the operation ({detail}). Nothing was signed.",
    ),
    # --- la révocation : la liste (CRL) -------------------------------------------------------------
    "crl_illisible": (
        "Le fichier « {fichier} » n'est pas une liste de révocation (CRL) lisible.",
        "File “{fichier}” is not a readable certificate revocation list (CRL).",
    ),
    "crl_autre_racine": (
        "La liste de révocation « {fichier} » n'est pas signée par cette racine : elle n'a pas été modifiée.",
        "Revocation list “{fichier}” is not signed by this root: it was not changed.",
    ),
    "certificat_autre_racine": (
        "Le certificat « {fichier} » n'a pas été émis par cette racine : il ne peut pas être révoqué par "
        "elle. Rien n'a été écrit.",
        "Certificate “{fichier}” was not issued by this root: it cannot revoke it. Nothing was written.",
    ),
    "deja_revoque": (
        "Le certificat de « {nom} » est déjà révoqué (depuis le {date}). Rien n'a été écrit.",
        "The certificate of “{nom}” is already revoked (since {date}). Nothing was written.",
    ),
    "duree_crl_invalide": (
        "La prochaine mise à jour de la liste doit venir dans 1 à {maximum} jours (demandé : {jours}).",
        "The list's next update must come in 1 to {maximum} days (asked: {jours}).",
    ),
    "certificat_revoque_signer": (
        "Le certificat de « {nom} » a été révoqué le {date} (liste de révocation donnée) : il ne peut plus "
        "signer. Rien n'a été signé.",
        "The certificate of “{nom}” was revoked on {date} (given revocation list): it can no longer sign. "
        "Nothing was signed.",
    ),
    # --- la révocation : les constats de la vérification ---------------------------------------------
    "sig_revoquee": (
        "Certificat révoqué le {date} : cette signature, déclarée du {signee}, a été faite avec un "
        "certificat retiré; elle n'est pas valide.",
        "Certificate revoked on {date}: this signature, declared on {signee}, was made with a withdrawn "
        "certificate; it is not valid.",
    ),
    "sig_revoquee_compromise": (
        "Certificat révoqué le {date} parce que sa clé est compromise (carte perdue ou volée) : aucune "
        "signature de cette clé n'est valable, quelle que soit la date qu'elle déclare.",
        "Certificate revoked on {date} because its key is compromised (card lost or stolen): no signature "
        "from this key is valid, whatever date it declares.",
    ),
    "sig_revoquee_apres": (
        "Certificat révoqué le {date}, après cette signature (date déclarée par le signataire) : elle reste "
        "valide.",
        "Certificate revoked on {date}, after this signature (date declared by the signer): it remains "
        "valid.",
    ),
    "sig_non_revoquee": (
        "Non révoqué selon la liste de révocation de « {emetteur} » du {date}.",
        "Not revoked according to the revocation list of “{emetteur}” dated {date}.",
    ),
    "sig_revocation_inconnue": (
        "Aucune liste de révocation de « {emetteur} » : la révocation de ce certificat n'a pas été vérifiée.",
        "No revocation list from “{emetteur}”: this certificate's revocation was not checked.",
    ),
    "crl_utilisee": (
        "Liste de révocation utilisée : « {emetteur} », du {date}, prochaine mise à jour le {prochaine} "
        "({source}).",
        "Revocation list used: “{emetteur}”, dated {date}, next update on {prochaine} ({source}).",
    ),
    "crl_perimee": (
        "Attention : la liste de révocation de « {emetteur} » (du {date}) est périmée depuis le {prochaine} : "
        "une révocation plus récente peut y manquer. Demandez la liste à jour à la racine du ministère.",
        "Warning: the revocation list of “{emetteur}” (dated {date}) has been out of date since {prochaine}: "
        "a more recent revocation may be missing from it. Ask the department's root for the current list.",
    ),
    "crl_non_reconnue": (
        "Liste de révocation ignorée ({source}) : elle n'est signée par aucune racine de confiance.",
        "Revocation list ignored ({source}): it is not signed by any trusted root.",
    ),
    "crl_source_fichier": ("fichier {fichier}", "file {fichier}"),
    "crl_source_document": ("incorporée au document", "embedded in the document"),
}
