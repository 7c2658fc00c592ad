"""Signer, contresigner et vérifier un rapport PDF (pyHanko), hors ligne.

- :func:`signer` (un certificat PKCS#12) et :func:`signer_carte` (une clé sur une carte à puce
  ou un jeton, PKCS#11) : signature PAdES de base (B-B), dans le premier
  champ ``signature_N`` encore vide (ou le champ demandé), avec un tampon visible (nom du
  signataire, date, « Signé numériquement / Digitally signed ») écrit en « Gesserv Tampon ».
  La signature est ajoutée par une mise à jour incrémentale : les signatures précédentes
  restent valides (l'approbateur contresigne le fichier signé par l'auteur). Elle est refusée
  si une signature déjà là ne se vérifie pas, si le document a changé après la dernière, ou si
  le titulaire a déjà signé un autre champ (``signature_1`` est le préparateur,
  ``signature_2`` l'approbateur : deux personnes).
- :func:`verifier_document` / :func:`verifier` : pour chaque signature, intacte ou non, qui a
  signé et quand, avec un certificat valide à cette date ou non, de confiance ou non envers les
  racines données, et si le document a changé depuis; pour le document, s'il a changé après la
  dernière signature, si une signature a été retirée, si une même personne a signé deux champs.
  Le verdict (:attr:`VerificationDocument.statut`) : valide (intact et signataires vérifiés),
  intact mais signataire non vérifié (sans racine de confiance, un nom dans un certificat ne
  prouve rien), ou échec. Tout est dit en mots simples (``referentiel.messages_signature``).

Jamais de réseau : pas de serveur d'horodatage, pas de recherche de révocation
(``allow_fetching=False``); la révocation vient des listes (CRL) que la racine publie en fichier,
données à la vérification ou incorporées au document à la signature (``/DSS``).

**Fil d'exécution.** pyHanko appelle ``asyncio.run`` pour signer et pour vérifier : ces
fonctions sont ordinaires (pas de coroutine) et ne doivent pas être appelées depuis une boucle
asyncio en cours. L'interface les exécute dans un fil de travail (``interface/taches.py``),
jamais dans le fil de l'interface : une signature ou une vérification peut prendre une fraction
de seconde, davantage sur un gros rapport.

**Le paquet.** Ce module réunit les noms du paquet (l'API de la signature); chaque idée a son
module :

- ``commun`` : les refus propres au PDF (:class:`PdfInvalide`, :class:`AucunChampLibre`), les
  garde-fous d'exécution, la date lisible;
- ``champs`` : les champs ``signature_N`` du PDF et le choix de celui à remplir;
- ``tampon`` : l'apparence visible de la signature;
- ``signataires`` : qui signe (:class:`Signataire` : un fichier PKCS#12);
- ``carte`` : signer avec une clé sur une carte à puce ou un jeton (PKCS#11 : bibliothèque,
  carte, clé, NIP jamais gardé);
- ``revocations`` : ce que les listes de révocation (CRL, ``rapports.revocation``) reçues ou
  incorporées au document disent de chaque signataire;
- ``apposition`` : apposer la signature (:func:`signer`, :func:`apposer`);
- ``chaine`` : la confiance dans le certificat du signataire (racines, contexte de validation
  hors ligne, et là, un jour, la révocation);
- ``verification`` : vérifier chaque signature et le document, et le contrôle avant de signer;
- ``constats`` : les constats et leurs textes (sans pyHanko).

Ni Qt ni SQL ici.
"""

from __future__ import annotations

from gesserv_bureau.rapports.certificats import (  # noqa: F401 (réexportées : l'API de la signature)
    CertificatInutilisable,
    ErreurSignature,
    MotDePasseIncorrect,
)
from gesserv_bureau.rapports.signature.champs import (  # noqa: F401
    PREFIXE_CHAMP,
    champs_signature,
    prochain_champ,
)
from gesserv_bureau.rapports.signature.commun import AucunChampLibre, PdfInvalide, date_lisible  # noqa: F401
from gesserv_bureau.rapports.signature.constats import (  # noqa: F401
    COUVERTURE_ANORMALE,
    COUVERTURE_FICHIER,
    COUVERTURE_REVISION,
    MODIF_ANNOTATIONS,
    MODIF_AUCUNE,
    MODIF_AUTRE,
    MODIF_SIGNATURES,
    STATUT_ECHEC,
    STATUT_NON_VERIFIE,
    STATUT_VALIDE,
    VALIDITE_EXPIRE,
    VALIDITE_OK,
    VALIDITE_PAS_ENCORE,
    ResultatSignature,
    VerificationDocument,
    empreinte_courte,
    meme_personne,
)
from gesserv_bureau.rapports.signature.signataires import Signataire, depuis_pkcs12  # noqa: F401
from gesserv_bureau.rapports.signature.apposition import apposer, signer  # noqa: F401
from gesserv_bureau.rapports.signature.carte import (  # noqa: F401
    EMPLACEMENTS_COURANTS,
    CleCarte,
    Jeton,
    bibliotheques_courantes,
    cles,
    controler as controler_carte,
    jetons,
    signer_carte,
)
from gesserv_bureau.rapports.signature.tampon import (  # noqa: F401
    POLICE_TAMPON,
    TAILLE_TAMPON,
    chemin_police_tampon,
    style_tampon,
)
from gesserv_bureau.rapports.signature.verification import (  # noqa: F401
    SignaturesExistantesInvalides,
    controler_signatures_existantes,
    verifier,
    verifier_document,
)
from gesserv_bureau.referentiel import messages_signature as messages  # noqa: F401
