"""Les cas d'utilisation de la stratégie de gestion des services (2B), de son plan de travail
intégré (2C) et de la mise à jour annuelle (2.5.5)."""

from __future__ import annotations

from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import ApprobationRefusee, DateInvalide, Strategie
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_strategies import DepotStrategies, StrategieFigee

__all__ = ["ApprobationRefusee", "DateInvalide", "StrategieFigee", "Strategie"]


def toutes(base: Base) -> list[Strategie]:
    return DepotStrategies(base).toutes()


def charger(base: Base, pk: int) -> Strategie | None:
    return DepotStrategies(base).charger(pk)


def par_uuid(base: Base, uuid: str) -> Strategie | None:
    return DepotStrategies(base).par_uuid(uuid)


def nouvelle(base: Base, titre: str, exercice: str) -> Strategie:
    st = Strategie(titre=titre, exercice=exercice, auteur=base.auteur)
    DepotStrategies(base).enregistrer(st)
    return st


def enregistrer(base: Base, st: Strategie) -> None:
    """Chaque saisie, tout de suite. Une version approuvée est figée (:class:`StrategieFigee`)."""
    if not st.modifiable():
        raise StrategieFigee(st.uuid)
    DepotStrategies(base).enregistrer(st)


def approuver(base: Base, st: Strategie, par: str = "", identite=None) -> None:
    """Fige la version (date, cadre ou comité); refusé si une section requise est vide.

    ``identite`` (``rapports.certificats.Identite``, le certificat de l'approbateur ouvert avec
    son mot de passe, jamais gardé) : l'approbation est signée sur le contenu canonique de la
    version (``domaine.contenu_approuve.strategie``), l'approbateur est le titulaire du
    certificat et la preuve est gardée avec la version (:func:`verifier_approbation`).

    :raises ApprobationRefusee: une section requise est vide.
    :raises ValueError: pas d'approbateur.
    :raises rapports.certificats.CertificatInutilisable: le certificat ne peut pas signer.
    """
    import datetime as dt

    quand = journal.maintenant()
    if identite is not None:   # refusé avant de rien changer
        from gesserv_bureau.rapports import certificats

        certificats.verifier_usage_signature(identite.certificat, dt.datetime.fromisoformat(quand))
        par = identite.nom
    regles.approuver(st, par, quand)
    try:
        if identite is not None:
            from gesserv_bureau.domaine import contenu_approuve
            from gesserv_bureau.rapports import approbation

            octets = contenu_approuve.strategie(st, st.approuve_le, st.approuve_par)
            st.approbation = approbation.signer(identite, octets, dt.datetime.fromisoformat(quand))
        DepotStrategies(base).enregistrer(st, "approbation")
    except StrategieFigee:
        raise
    except Exception:
        st.statut, st.approuve_par, st.approuve_le, st.approbation = "brouillon", "", "", None
        raise


def verifier_approbation(st: Strategie, racines=None):
    """Le constat (``rapports.approbation.Constat``) de la preuve d'approbation de la version,
    envers les racines de confiance retenues (ou ``racines``); ``None`` si elle n'a pas été
    approuvée avec signature."""
    if st.statut != "approuvee" or st.approbation is None:
        return None
    from gesserv_bureau.domaine import contenu_approuve
    from gesserv_bureau.domaine.echange_evaluations import instant
    from gesserv_bureau.rapports import approbation, confiance

    nom = approbation.nom_signataire(st.approbation)
    if nom is None:
        return approbation.Constat(False, raison=approbation.ILLISIBLE)
    octets = contenu_approuve.strategie(st, st.approuve_le, nom)
    return approbation.verifier(st.approbation, octets, confiance.racines() if racines is None else list(racines),
                                instant(st.approuve_le))


def nouvelle_version(base: Base, st: Strategie) -> Strategie:
    copie = regles.nouvelle_version(st, base.auteur)
    DepotStrategies(base).enregistrer(copie)
    return copie


def mise_a_jour_annuelle(base: Base, approuvee: Strategie, exercice: str) -> Strategie:
    maj = regles.mise_a_jour_annuelle(approuvee, base.auteur, exercice)
    DepotStrategies(base).enregistrer(maj)
    return maj


def services_proposes(base: Base, st: Strategie) -> list:
    """Les services qu'une stratégie peut viser : ceux de son exercice; à défaut, ceux du
    dernier exercice du répertoire."""
    from gesserv_bureau.stockage.depot_services import DepotServices

    depot = DepotServices(base)
    services = depot.services(st.exercice) if st.exercice else []
    if not services and depot.exercices():
        services = depot.services(depot.exercices()[-1])
    return services


def reference(base: Base, st: Strategie) -> Strategie | None:
    """La stratégie approuvée qu'une mise à jour annuelle met à jour."""
    return DepotStrategies(base).par_uuid(st.reference_uuid) if st.reference_uuid else None


def chaine(base: Base, st: Strategie) -> list[Strategie]:
    """Les versions qu'une mise à jour annuelle met à jour : sa référence, puis la référence de
    celle-ci, et ainsi de suite (sans boucle)."""
    depot = DepotStrategies(base)
    versions: list[Strategie] = []
    vus = {st.uuid}
    uuid = st.reference_uuid
    while uuid and uuid not in vus:
        vus.add(uuid)
        suivante = depot.par_uuid(uuid)
        if suivante is None:
            break
        versions.append(suivante)
        uuid = suivante.reference_uuid
    return versions


def apercu(base: Base, maj: Strategie) -> regles.Apercu:
    """2.5.5, élément 1 : l'aperçu de la stratégie actuelle (emplacement, date d'approbation,
    dernière mise à jour), saisi dans la mise à jour ou tiré des versions approuvées."""
    return regles.apercu(maj, chaine(base, maj))


def modifier_apercu(base: Base, maj: Strategie, **valeurs) -> None:
    """Saisit l'aperçu d'une mise à jour et l'enregistre; une date invalide
    (:class:`domaine.strategie.DateInvalide`) ne change rien, une version approuvée non plus
    (:class:`StrategieFigee`)."""
    if not maj.modifiable():
        raise StrategieFigee(maj.uuid)
    regles.modifier_apercu(maj, **valeurs)
    enregistrer(base, maj)


def changements(base: Base, maj: Strategie) -> dict[str, bool] | None:
    ref = reference(base, maj)
    return regles.changements(ref, maj) if ref is not None else None


def initiatives_2a(base: Base) -> list[dict]:
    """Les initiatives proposées aux examens des services prioritaires (2A)."""
    return DepotEvaluations(base).initiatives()


def reprendre_initiatives_2a(base: Base, st: Strategie) -> int:
    n = regles.reprendre_initiatives_2a(st, initiatives_2a(base))
    if n:
        enregistrer(base, st)
    return n
