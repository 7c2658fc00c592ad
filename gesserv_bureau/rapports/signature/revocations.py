"""La révocation dans la vérification : les listes (CRL) reçues en fichier ou incorporées au
document (``/DSS``), celles qu'une racine de confiance signe, et ce qu'elles disent de chaque
signataire (``rapports.revocation``).

Un certificat révoqué rend invalide une signature déclarée à la date de la révocation ou après;
une signature déclarée avant reste valide, et le constat le dit. Quand la raison est une clé
compromise (carte perdue ou volée), toute signature de la clé tombe : sans horodatage d'un tiers,
la date qu'une signature déclare ne prouve rien. Une liste périmée (sa date de prochaine mise à
jour passée) sert encore, et le constat dit qu'elle l'est. pyHanko ne reçoit pas ces listes : sa
validation reste hors ligne (``allow_fetching=False``) et la révocation est décidée ici.

Ni Qt ni SQL ici.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from gesserv_bureau.rapports import certificats, revocation
from gesserv_bureau.rapports.signature.constats import (
    REVOC_APRES,
    REVOC_COMPROMISE,
    REVOC_INCONNUE,
    REVOC_NON,
    REVOC_REVOQUEE,
    ListeUtilisee,
    ResultatSignature,
)


def incorporees(lecteur) -> list[revocation.ListeRevocation]:
    """Les listes de révocation du magasin ``/DSS`` du document (illisibles : ignorées)."""
    try:
        dss = lecteur.root.get("/DSS")
        dss = dss.get_object() if dss is not None else None
        flux = dss.get("/CRLs") if dss is not None else None
        flux = flux.get_object() if flux is not None else None
    except Exception:  # noqa: BLE001 - un magasin cassé ne donne aucune liste
        return []
    listes = []
    for objet in flux or ():
        try:
            listes.append(revocation.depuis_octets(objet.get_object().data, revocation.SOURCE_DOCUMENT))
        except Exception:  # noqa: BLE001
            continue
    return listes


def _racines_crypto(racines: Sequence) -> list:
    from cryptography import x509

    resultat = []
    for racine in racines:
        resultat.extend([racine] if isinstance(racine, x509.Certificate) else certificats.charger_certificats(racine))
    return resultat


def _decrire(liste: revocation.ListeRevocation, moment: dt.datetime) -> ListeUtilisee:
    return ListeUtilisee(liste.emetteur, liste.date, liste.prochaine, liste.source, liste.fichier,
                         liste.perimee(moment))


def appliquer(signatures: list[ResultatSignature], certificats_asn1: list, listes: Sequence, racines: Sequence,
              maintenant: dt.datetime | None) -> tuple[list[ResultatSignature], list[ListeUtilisee],
                                                       list[ListeUtilisee]]:
    """Les signatures avec leur constat de révocation, les listes utilisées et celles ignorées
    (signées par aucune racine donnée). Sans liste, rien ne change."""
    if not listes:
        return signatures, [], []
    from cryptography import x509

    moment = maintenant or dt.datetime.now(dt.timezone.utc)
    ancres = _racines_crypto(racines)
    reconnues = [liste for liste in listes if revocation.reconnue(liste, ancres) is not None]
    ignorees = [_decrire(liste, moment) for liste in listes if liste not in reconnues]
    # la même liste reçue en fichier et incorporée : dite une fois
    utilisees: dict[bytes, ListeUtilisee] = {}
    resultat = []
    for constat, certificat_asn1 in zip(signatures, certificats_asn1):
        if not constat.lisible or certificat_asn1 is None:
            resultat.append(constat)
            continue
        certificat = x509.load_der_x509_certificate(certificat_asn1.dump())
        liste = revocation.pour_emetteur(reconnues, certificat)
        if liste is None:
            resultat.append(replace(constat, revocation=REVOC_INCONNUE))
            continue
        utilisees.setdefault(liste.der(), _decrire(liste, moment))
        entree = revocation.revocation(liste, certificat)
        if entree is None or entree.date > moment:
            code = REVOC_NON
        elif entree.cle_compromise:
            code = REVOC_COMPROMISE
        elif constat.date is None or constat.date >= entree.date:
            code = REVOC_REVOQUEE
        else:
            code = REVOC_APRES
        resultat.append(replace(constat, revocation=code, date_revocation=entree.date if entree else None,
                                liste_emetteur=liste.emetteur, liste_date=liste.date))
    return resultat, list(utilisees.values()), ignorees
