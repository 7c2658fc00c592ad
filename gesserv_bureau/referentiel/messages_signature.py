"""Les messages de la signature numérique des rapports (certificats, signature, vérification),
dans les deux langues.

Les modules ``rapports.certificats`` et ``rapports.signature`` signalent un refus ou un constat
par son code; l'interface et la ligne de commande en tirent le texte dans la langue de
l'utilisateur. Les paramètres s'écrivent ``{nom}``. Les mots restent simples : le lecteur n'a
pas à savoir ce qu'est un condensat ou une chaîne de certification pour comprendre le constat.
"""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import MESSAGES_FICHIER, Catalogue, texte_de
from gesserv_bureau.referentiel.messages_carte import MESSAGES_CARTE

MESSAGES: Catalogue = {
    **MESSAGES_FICHIER,
    **MESSAGES_CARTE,   # la carte (PKCS#11) et la révocation (CRL)
    # --- les fichiers ------------------------------------------------------------------------
    "ecriture_impossible": (
        "Impossible d'écrire « {fichier} » : {detail}. Rien n'a été écrit.",
        "Cannot write “{fichier}”: {detail}. Nothing was written.",
    ),
    "deja_present": (
        "Le fichier « {fichier} » existe déjà : il n'a pas été remplacé. Choisissez un autre nom ou "
        "déplacez l'ancien fichier.",
        "File “{fichier}” already exists: it was not replaced. Choose another name or move the old file.",
    ),
    "deja_present_remplacer": (
        "Le fichier « {fichier} » existe déjà : il n'a pas été remplacé. Choisissez un autre nom, ou "
        "ajoutez --remplacer pour le remplacer.",
        "File “{fichier}” already exists: it was not replaced. Choose another name, or add --remplacer "
        "to replace it.",
    ),
    "pas_pdf": (
        "Ce fichier n'est pas un document PDF : seul un rapport PDF peut être signé ou vérifié.",
        "This file is not a PDF document: only a PDF report can be signed or verified.",
    ),
    "pdf_endommage": (
        "Ce PDF est endommagé ou d'une structure que l'application ne sait pas lire ({detail}). "
        "Produisez le rapport de nouveau.",
        "This PDF is damaged or has a structure the application cannot read ({detail}). "
        "Produce the report again.",
    ),
    # --- les certificats ---------------------------------------------------------------------
    "pas_p12": (
        "Le fichier « {fichier} » n'est pas un certificat personnel PKCS#12 (.p12 ou .pfx).",
        "File “{fichier}” is not a PKCS#12 personal certificate (.p12 or .pfx).",
    ),
    "mot_de_passe_incorrect": (
        "Mot de passe incorrect pour le certificat « {fichier} ». Rien n'a été fait. Vérifiez le mot "
        "de passe (majuscules, disposition du clavier) puis réessayez.",
        "Wrong password for certificate “{fichier}”. Nothing was done. Check the password "
        "(capital letters, keyboard layout) and try again.",
    ),
    "mot_de_passe_vide": (
        "Le mot de passe ne peut pas être vide : il protège la clé privée du certificat.",
        "The password cannot be empty: it protects the certificate's private key.",
    ),
    "mot_de_passe_racine_court": (
        "Le mot de passe d'une racine doit avoir au moins {minimum} caractères : sa clé émet toutes les "
        "identités du ministère, et un mot de passe court se devine vite si le fichier est copié. Rien "
        "n'a été créé.",
        "A root's password must be at least {minimum} characters long: its key issues every identity of "
        "the department, and a short password is quickly guessed if the file is copied. Nothing was "
        "created.",
    ),
    "mot_de_passe_court": (
        "Avertissement : le mot de passe de « {fichier} » a moins de {minimum} caractères. Le certificat "
        "est créé, mais si le fichier est copié, un mot de passe court se devine vite : préférez une "
        "phrase d'au moins {minimum} caractères.",
        "Warning: the password of “{fichier}” has fewer than {minimum} characters. The certificate is "
        "created, but if the file is copied, a short password is quickly guessed: prefer a passphrase "
        "of at least {minimum} characters.",
    ),
    "mots_de_passe_differents": (
        "Les deux mots de passe saisis sont différents. Rien n'a été créé.",
        "The two passwords entered differ. Nothing was created.",
    ),
    "p12_sans_cle": (
        "Le fichier « {fichier} » ne contient pas de clé privée avec son certificat : il ne peut pas "
        "servir à signer.",
        "File “{fichier}” holds no private key with its certificate: it cannot be used to sign.",
    ),
    "cle_non_prise_en_charge": (
        "La clé du certificat « {fichier} » est d'un type que l'application ne prend pas en charge "
        "({type}); utilisez une clé ECDSA ou RSA.",
        "The key of certificate “{fichier}” is of a type the application does not support ({type}); "
        "use an ECDSA or RSA key.",
    ),
    "usage_cle": (
        "Le certificat de « {nom} » ne permet pas de signer des documents : il lui manque l'usage "
        "« signature numérique » ou « non-répudiation » (digitalSignature, nonRepudiation). Rien n'a "
        "été signé. Demandez un certificat de signature.",
        "The certificate of “{nom}” does not allow signing documents: it lacks the “digital "
        "signature” or “non-repudiation” key usage (digitalSignature, nonRepudiation). Nothing was "
        "signed. Ask for a signing certificate.",
    ),
    "certificat_expire": (
        "Le certificat de « {nom} » est expiré depuis le {date}. Rien n'a été signé. Demandez un "
        "nouveau certificat.",
        "The certificate of “{nom}” expired on {date}. Nothing was signed. Ask for a new certificate.",
    ),
    "certificat_pas_encore_valide": (
        "Le certificat de « {nom} » n'est valide qu'à partir du {date} (vérifiez l'horloge de "
        "l'ordinateur). Rien n'a été signé.",
        "The certificate of “{nom}” is only valid from {date} (check the computer's clock). "
        "Nothing was signed.",
    ),
    "pas_une_racine": (
        "Le certificat « {fichier} » n'est pas une racine ministérielle (autorité de certification) : "
        "il ne peut pas émettre de certificats d'utilisateur.",
        "Certificate “{fichier}” is not a departmental root (certificate authority): it cannot issue "
        "user certificates.",
    ),
    "racine_expiree": (
        "La racine « {fichier} » expire le {date}, avant la fin du certificat demandé : créez une "
        "nouvelle racine ou demandez une durée plus courte.",
        "Root “{fichier}” expires on {date}, before the end of the requested certificate: create a "
        "new root or ask for a shorter period.",
    ),
    "nom_vide": (
        "Le nom ne peut pas être vide.",
        "The name cannot be empty.",
    ),
    "courriel_invalide": (
        "Adresse courriel invalide : « {courriel} » (attendu : nom@domaine.gc.ca).",
        "Invalid email address: “{courriel}” (expected: name@domain.gc.ca).",
    ),
    "duree_invalide": (
        "Durée invalide : {annees} an(s) (entre 1 et {maximum}).",
        "Invalid period: {annees} year(s) (between 1 and {maximum}).",
    ),
    "certificat_illisible": (
        "Le fichier « {fichier} » ne contient aucun certificat lisible (PEM ou DER attendu).",
        "File “{fichier}” holds no readable certificate (PEM or DER expected).",
    ),
    # --- la signature ------------------------------------------------------------------------
    "aucun_champ": (
        "Ce document n'a aucun champ de signature (signature_1, signature_2…) : il ne peut pas être "
        "signé. Produisez le rapport de nouveau avec son bloc d'approbation.",
        "This document has no signature field (signature_1, signature_2…): it cannot be signed. "
        "Produce the report again with its approval block.",
    ),
    "aucun_champ_libre": (
        "Toutes les signatures prévues sont déjà apposées ({champs}) : il n'y a plus de champ de "
        "signature libre dans ce document.",
        "All the planned signatures are already in place ({champs}): there is no empty signature "
        "field left in this document.",
    ),
    "champ_inconnu": (
        "Le champ de signature « {champ} » n'existe pas dans ce document (champs : {champs}).",
        "Signature field “{champ}” does not exist in this document (fields: {champs}).",
    ),
    "champ_deja_signe": (
        "Le champ « {champ} » est déjà signé. Signez le champ libre suivant ({libres}).",
        "Field “{champ}” is already signed. Sign the next empty field ({libres}).",
    ),
    "champ_deja_signe_aucun_libre": (
        "Le champ « {champ} » est déjà signé et il ne reste aucun champ libre.",
        "Field “{champ}” is already signed and no empty field is left.",
    ),
    "document_verrouille": (
        "Ce document est certifié sans modification permise : une nouvelle signature briserait la "
        "signature existante. Rien n'a été signé.",
        "This document is certified with no changes allowed: a new signature would break the "
        "existing one. Nothing was signed.",
    ),
    "signatures_existantes_invalides": (
        "Ce document ne peut pas être signé : ses signatures existantes ne se vérifient pas. Signer "
        "par-dessus ferait croire que vous approuvez un document altéré. Rien n'a été signé. Demandez un "
        "original intact au signataire précédent.",
        "This document cannot be signed: its existing signatures do not verify. Signing over them would "
        "make it look as if you approved an altered document. Nothing was signed. Ask the previous "
        "signer for an intact original.",
    ),
    "modifie_apres_signature": (
        "Ce document ne peut pas être signé : il a été modifié après sa dernière signature (un ajout ou "
        "un changement qui n'est pas une signature). Votre signature couvrirait ces changements comme "
        "s'ils avaient été approuvés. Rien n'a été signé. Repartez du fichier signé d'origine.",
        "This document cannot be signed: it was modified after its last signature (an addition or "
        "change that is not a signature). Your signature would cover these changes as if they had been "
        "approved. Nothing was signed. Start again from the original signed file.",
    ),
    "meme_signataire": (
        "« {nom} » a déjà signé ce document (champ « {champ} ») : une même personne ne peut pas remplir "
        "à la fois le champ du préparateur et celui de l'approbateur. Rien n'a été signé.",
        "“{nom}” already signed this document (field “{champ}”): one person cannot fill both the "
        "preparer's and the approver's field. Nothing was signed.",
    ),
    "avertissement_signataire_non_verifie": (
        "Avertissement : l'identité de {noms}, qui a déjà signé ce document, n'est pas vérifiée (aucune "
        "racine de confiance ne la reconnaît). Assurez-vous de savoir qui a préparé le document avant de "
        "le contresigner.",
        "Warning: the identity of {noms}, who already signed this document, is not verified (no trusted "
        "root recognises it). Make sure you know who prepared the document before counter-signing it.",
    ),
    "signature_impossible": (
        "La signature a échoué : {detail}. Le document n'a pas été modifié.",
        "Signing failed: {detail}. The document was not changed.",
    ),
    "raison_defaut": (
        "Approbation du rapport",
        "Report approval",
    ),
    # --- la vérification : une signature -----------------------------------------------------
    "sig_titre": (
        "Signature {n} (champ « {champ} ») : {signataire}",
        "Signature {n} (field “{champ}”): {signataire}",
    ),
    "sig_date": (
        "Signée le {date} (heure déclarée par l'ordinateur du signataire; sans horodatage d'un tiers).",
        "Signed on {date} (time stated by the signer's computer; no third-party timestamp).",
    ),
    "sig_sans_date": (
        "Date de signature inconnue (le signataire ne l'a pas déclarée).",
        "Signing date unknown (the signer did not state it).",
    ),
    "sig_emetteur": (
        "Certificat émis par : {emetteur}.",
        "Certificate issued by: {emetteur}.",
    ),
    "sig_prefixe": (
        "Signature {n} (« {champ} ») : ",
        "Signature {n} (“{champ}”): ",
    ),
    "sig_illisible": (
        "ÉCHEC : la signature du champ « {champ} » est illisible ou détruite ({detail}). Le document "
        "ne peut pas être tenu pour signé par ce champ.",
        "FAILURE: the signature in field “{champ}” is unreadable or destroyed ({detail}). The "
        "document cannot be taken as signed through this field.",
    ),
    "sig_intacte": (
        "Intacte : le contenu signé n'a pas changé d'un octet depuis la signature.",
        "Intact: the signed content has not changed by a single byte since signing.",
    ),
    "sig_alteree": (
        "ÉCHEC : le contenu signé a été modifié après la signature (il ne correspond plus à "
        "l'empreinte signée). Ne vous fiez pas à ce document.",
        "FAILURE: the signed content was changed after signing (it no longer matches the signed "
        "fingerprint). Do not rely on this document.",
    ),
    "sig_invalide": (
        "ÉCHEC : la signature ne correspond pas au certificat qui l'accompagne (signature falsifiée "
        "ou abîmée).",
        "FAILURE: the signature does not match the certificate that comes with it (forged or "
        "damaged signature).",
    ),
    "sig_couverture": (
        "ÉCHEC : la signature ne couvre pas le fichier de la façon habituelle (parties non signées "
        "au milieu du document) : document suspect.",
        "FAILURE: the signature does not cover the file in the usual way (unsigned parts in the "
        "middle of the document): suspicious document.",
    ),
    "sig_confiance": (
        "De confiance : le certificat du signataire remonte à la racine « {racine} » (empreinte SHA-256 "
        "{empreinte}).",
        "Trusted: the signer's certificate leads to root “{racine}” (SHA-256 fingerprint {empreinte}).",
    ),
    "sig_non_reconnue": (
        "NON VÉRIFIÉ : signataire non reconnu — {raison}; le nom ci-dessus est celui qu'écrit le "
        "certificat, rien ne prouve qu'il soit vrai.",
        "NOT VERIFIED: signer not recognised — {raison}; the name above is the one the certificate "
        "states, nothing proves it is true.",
    ),
    "sig_non_verifiee": (
        "NON VÉRIFIÉ : aucune racine de confiance n'est connue de l'application, l'identité du signataire "
        "n'est donc pas vérifiée. Le nom ci-dessus est celui qu'écrit le certificat, et n'importe qui peut "
        "se fabriquer un certificat à n'importe quel nom. Importez une fois la racine du ministère "
        "(gesserv-bureau confiance ajouter RACINE.pem, ou « Importer une racine de confiance… » dans la "
        "fenêtre de vérification).",
        "NOT VERIFIED: the application knows no trusted root, so the signer's identity is not verified. "
        "The name above is the one the certificate states, and anyone can make a certificate in any "
        "name. Import the department's root once (gesserv-bureau confiance ajouter ROOT.pem, or “Import "
        "a trusted root…” in the verification window).",
    ),
    "sig_certificat_expire": (
        "ÉCHEC : le certificat de « {nom} » était expiré à la date de signature (valide du {debut} au "
        "{fin}; signée le {date}).",
        "FAILURE: the certificate of “{nom}” had expired at the signing date (valid from {debut} to "
        "{fin}; signed on {date}).",
    ),
    "sig_certificat_pas_encore_valide": (
        "ÉCHEC : le certificat de « {nom} » n'était pas encore valide à la date de signature (valide du "
        "{debut} au {fin}; signée le {date}).",
        "FAILURE: the certificate of “{nom}” was not yet valid at the signing date (valid from {debut} "
        "to {fin}; signed on {date}).",
    ),
    "sig_usage_cle": (
        "ÉCHEC : le certificat du signataire ne permet pas de signer des documents (usages "
        "« signature numérique » et « non-répudiation » absents).",
        "FAILURE: the signer's certificate does not allow signing documents (no “digital "
        "signature” nor “non-repudiation” key usage).",
    ),
    "sig_rien_apres": (
        "Le document n'a pas changé depuis cette signature.",
        "The document has not changed since this signature.",
    ),
    "sig_signatures_apres": (
        "Depuis cette signature, seuls des changements permis ont été faits (d'autres signatures, "
        "des champs de formulaire ou les propriétés du document).",
        "Since this signature, only allowed changes were made (other signatures, form fields or the "
        "document properties).",
    ),
    "sig_annotations_apres": (
        "ÉCHEC : le document a été changé après cette signature (annotations ou commentaires ajoutés).",
        "FAILURE: the document was changed after this signature (annotations or comments added).",
    ),
    "sig_modifie_apres": (
        "ÉCHEC : le document a été modifié après cette signature (changement qui n'est pas une "
        "signature) : ce qui est affiché n'est peut-être plus ce qui a été signé.",
        "FAILURE: the document was modified after this signature (a change that is not a "
        "signature): what is displayed may no longer be what was signed.",
    ),
    "sig_modifications_inconnues": (
        "ÉCHEC : les changements faits après cette signature n'ont pas pu être analysés.",
        "FAILURE: the changes made after this signature could not be analysed.",
    ),
    "sig_jugement": (
        "ÉCHEC : la signature ne satisfait pas toutes les règles de validation (contraintes du champ "
        "de signature ou règles de modification du document).",
        "FAILURE: the signature does not meet every validation rule (signature field constraints or "
        "document modification rules).",
    ),
    # raisons du refus de confiance
    "raison_aucune_chaine": (
        "son certificat ne remonte à aucune des racines de confiance retenues ou données",
        "the certificate leads to none of the trusted roots remembered or given",
    ),
    "raison_expire": (
        "son certificat est expiré à la date de la vérification",
        "the certificate has expired at verification time",
    ),
    "raison_pas_encore_valide": (
        "son certificat n'était pas encore valide",
        "the certificate was not yet valid",
    ),
    "raison_revoque": (
        "son certificat a été révoqué",
        "the certificate was revoked",
    ),
    "raison_usage": (
        "son certificat ne permet pas de signer des documents",
        "the certificate does not allow signing documents",
    ),
    "raison_autre": (
        "la chaîne de certification n'a pas pu être validée ({indication})",
        "the certification chain could not be validated ({indication})",
    ),
    # --- la vérification : le document -------------------------------------------------------
    "doc_titre": (
        "Document : {fichier}",
        "Document: {fichier}",
    ),
    "doc_aucune_signature": (
        "ÉCHEC : ce document ne porte aucune signature.",
        "FAILURE: this document carries no signature.",
    ),
    "doc_champs_vides": (
        "Champs de signature encore vides : {champs}.",
        "Signature fields still empty: {champs}.",
    ),
    "doc_modifie_apres_derniere": (
        "ÉCHEC : le document a été modifié après la dernière signature (ajout ou changement qui "
        "n'est pas une signature) : ces changements ne sont couverts par aucune signature.",
        "FAILURE: the document was modified after the last signature (an addition or change that "
        "is not a signature): no signature covers these changes.",
    ),
    "doc_signature_retiree": (
        "ÉCHEC : signature retirée — le champ « {champ} » était signé dans une version antérieure "
        "du fichier et ne l'est plus.",
        "FAILURE: signature removed — field “{champ}” was signed in an earlier version of the file "
        "and no longer is.",
    ),
    "doc_meme_signataire": (
        "ÉCHEC : une même personne a signé plusieurs champs (« {nom} » : {champs}) : le préparateur et "
        "l'approbateur doivent être deux personnes.",
        "FAILURE: one person signed several fields (“{nom}”: {champs}): the preparer and the approver "
        "must be two people.",
    ),
    "bilan_ok": (
        "Bilan : VALIDE — {n} signature(s) intacte(s) et de confiance; le document n'a pas changé depuis "
        "la dernière signature.",
        "Summary: VALID — {n} intact signature(s) and trusted; the document has not changed since the "
        "last signature.",
    ),
    "bilan_non_verifie_sans_racine": (
        "Bilan : intact, signataire non vérifié — {n} signature(s) intacte(s) et document inchangé depuis "
        "la dernière signature, mais aucune racine de confiance ne vérifie qui a signé ({noms}). Ne tenez "
        "pas ce document pour signé par ces personnes avant d'avoir importé la racine du ministère.",
        "Summary: intact, signer not verified — {n} intact signature(s) and document unchanged since the "
        "last signature, but no trusted root verifies who signed ({noms}). Do not take this document as "
        "signed by these people until you have imported the department's root.",
    ),
    "bilan_non_verifie": (
        "Bilan : intact, signataire non vérifié — {n} signature(s) intacte(s) et document inchangé depuis "
        "la dernière signature, mais {m} signataire(s) ne remonte(nt) à aucune racine de confiance "
        "({noms}) : rien ne prouve qu'ils ont signé.",
        "Summary: intact, signer not verified — {n} intact signature(s) and document unchanged since the "
        "last signature, but {m} signer(s) lead to no trusted root ({noms}): nothing proves they signed.",
    ),
    "bilan_echec": (
        "Bilan : ÉCHEC — {n} problème(s), voir ci-dessus. Ne vous fiez pas à ce document tel quel.",
        "Summary: FAILURE — {n} problem(s), see above. Do not rely on this document as it is.",
    ),
    # --- les racines de confiance retenues (gesserv-bureau confiance) --------------------------
    "racine_retenue": (
        "Racine de confiance retenue : « {nom} » — empreinte SHA-256 {empreinte} (valide jusqu'au {fin}). "
        "Comparez cette empreinte à celle que publie le ministère.",
        "Trusted root remembered: “{nom}” — SHA-256 fingerprint {empreinte} (valid until {fin}). Compare "
        "this fingerprint with the one the department publishes.",
    ),
    "racine_deja_retenue": (
        "Déjà retenue : « {nom} » — empreinte SHA-256 {empreinte}.",
        "Already remembered: “{nom}” — SHA-256 fingerprint {empreinte}.",
    ),
    "racines_retenues": (
        "Racines de confiance retenues ({n}), dans {dossier} :",
        "Trusted roots remembered ({n}), in {dossier}:",
    ),
    "racine_ligne": (
        "{empreinte}  « {nom} » (valide jusqu'au {fin})",
        "{empreinte}  “{nom}” (valid until {fin})",
    ),
    "aucune_racine": (
        "Aucune racine de confiance retenue (dossier : {dossier}). Importez celle du ministère : "
        "gesserv-bureau confiance ajouter RACINE.pem",
        "No trusted root remembered (folder: {dossier}). Import the department's: gesserv-bureau "
        "confiance ajouter ROOT.pem",
    ),
    "racine_retiree": (
        "Racine de confiance oubliée : « {nom} » — empreinte SHA-256 {empreinte}.",
        "Trusted root forgotten: “{nom}” — SHA-256 fingerprint {empreinte}.",
    ),
    "racine_inconnue": (
        "Aucune racine de confiance retenue ne correspond à « {empreinte} » (voir gesserv-bureau confiance "
        "liste). Rien n'a été retiré.",
        "No remembered trusted root matches “{empreinte}” (see gesserv-bureau confiance liste). Nothing "
        "was removed.",
    ),
    "racine_ambigue": (
        "Plusieurs racines retenues ont une empreinte qui commence par « {empreinte} » : donnez-en plus "
        "de caractères. Rien n'a été retiré.",
        "Several remembered roots have a fingerprint starting with “{empreinte}”: give more of its "
        "characters. Nothing was removed.",
    ),
    "empreinte_trop_courte": (
        "Donnez au moins {minimum} caractères de l'empreinte (voir gesserv-bureau confiance liste). Rien "
        "n'a été retiré.",
        "Give at least {minimum} characters of the fingerprint (see gesserv-bureau confiance liste). "
        "Nothing was removed.",
    ),
}

# le texte du tampon visible, toujours dans les deux langues (le document peut être bilingue)
TAMPON = "Signé numériquement / Digitally signed"


texte = partial(texte_de, MESSAGES)
