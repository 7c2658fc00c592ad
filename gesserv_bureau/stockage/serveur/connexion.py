"""De l'adresse d'une base PostgreSQL au moteur SQLAlchemy, et les erreurs du serveur en clair.

L'adresse est celle de libpq, telle quelle : une URL (``postgresql://marie@serveur/gesserv``),
des mots-clés (``host=serveur dbname=gesserv``) ou un service (``service=gesserv``, défini dans
``pg_service.conf``). libpq trouve le mot de passe (``PGPASSFILE``, ``PGPASSWORD``) ou ouvre la
session par Kerberos; sinon, l'appelant le demande (:class:`MotDePasseRequis`) et le passe à
:func:`moteur`, qui ne le garde que dans la fonction de connexion du moteur, jamais sur disque.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.stockage.serveur.adresse import nom_affiche


# Les codes SQLSTATE que les révisions du serveur lèvent elles-mêmes (migration s13_droits).
CONFLIT_REVISION = "GS001"
APPROBATION_RESERVEE = "GS002"


class ErreurServeur(ErreurStockage):
    """Une erreur du serveur, avec son code (pour le message, ``referentiel.messages_serveur``)."""

    code = "erreur_serveur"

    def __init__(self, adresse: str = "", detail: str = "", **params):
        super().__init__(None, detail)
        self.adresse = nom_affiche(adresse)
        self.params = params

    def texte(self, langue: str) -> str:
        from gesserv_bureau.referentiel import messages_serveur

        return messages_serveur.texte(self.code, langue, adresse=self.adresse, detail=self.detail, **self.params)


class ServeurInaccessible(ErreurServeur):
    """Le serveur ne répond pas, refuse la connexion ou s'est arrêté pendant l'opération."""

    code = "inaccessible"


class ConnexionRefusee(ErreurServeur):
    """Le serveur a répondu, et refuse la connexion : la base ou le nom de connexion de l'adresse
    n'existe pas, ou l'accès n'est pas ouvert à ce poste (``pg_hba.conf``) — pas un réseau coupé."""

    code = "connexion_refusee"


# ce que libpq dit quand le serveur a répondu pour refuser (sans code SQLSTATE à la connexion)
_REFUS_DE_CONNEXION = ("does not exist", "no pg_hba.conf entry", "permission denied for database",
                       "is not permitted to log in")


class MotDePasseRequis(ErreurServeur):
    """libpq n'a trouvé aucun mot de passe : le demander, puis réessayer."""

    code = "mot_de_passe_requis"


class MotDePasseRefuse(MotDePasseRequis):
    """Le serveur a refusé le mot de passe donné (ou celui de PGPASSFILE) : le redemander une fois,
    puis le dire — jamais « aucun mot de passe trouvé » quand il y en avait un, faux."""

    code = "mot_de_passe_refuse"


class DroitRefuse(ErreurServeur):
    """Le serveur refuse : le rôle de la personne ne permet pas cette modification (ou ce secteur)."""

    code = "droit_refuse"


class ApprobationReservee(DroitRefuse):
    """Seul un approbateur approuve (ou modifie ce qui est approuvé)."""

    code = "approbation_reservee"


class ConflitRevision(ErreurServeur):
    """Quelqu'un a enregistré la fiche depuis qu'on l'a lue : ``serveur`` est la fiche telle
    qu'elle est maintenant sur le serveur (pour les montrer toutes deux et choisir champ par champ)."""

    code = "conflit_revision"

    def __init__(self, adresse: str = "", detail: str = "", *, serveur: dict | None = None, **params):
        super().__init__(adresse, detail, **params)
        self.serveur = serveur or {}


class SchemaAbsent(ErreurServeur):
    """La base n'a pas (encore) le schéma de gesserv-bureau : ``serveur initialiser`` d'abord."""

    code = "schema_absent"


class ServeurNonVide(ErreurServeur):
    """Le répertoire du serveur contient déjà des services : un versement le doublerait."""

    code = "serveur_non_vide"


class DonneeRefusee(ErreurServeur):
    """Le serveur refuse une valeur (type, contrainte) : rien n'a été versé."""

    code = "donnee_refusee"


def _derniere_ligne(texte: str) -> str:
    """Le refus lui-même (« FATAL:  database "x" does not exist »), sans ce qui le précède."""
    lignes = [l.strip() for l in texte.strip().splitlines() if l.strip()]
    dernier = lignes[-1] if lignes else texte
    return dernier.split("FATAL:", 1)[-1].strip()


def traduire(exc: BaseException, adresse: str = "") -> ErreurServeur | BaseException:
    """L'erreur de psycopg (nue ou enveloppée par SQLAlchemy) dite comme une :class:`ErreurServeur`."""
    origine = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if not isinstance(origine, psycopg.Error):
        return exc
    etat = getattr(origine, "sqlstate", None) or ""
    message = str(origine).strip().splitlines()[0] if str(origine).strip() else type(origine).__name__
    if isinstance(origine, psycopg.OperationalError) and not etat:
        texte = str(origine)
        if "password authentication failed" in texte:
            return MotDePasseRefuse(adresse, message)
        if "no password supplied" in texte:
            return MotDePasseRequis(adresse, message)
        if any(refus in texte for refus in _REFUS_DE_CONNEXION):
            return ConnexionRefusee(adresse, _derniere_ligne(texte))
        return ServeurInaccessible(adresse, message)
    if etat == CONFLIT_REVISION:
        return ConflitRevision(adresse, message)
    if etat == APPROBATION_RESERVEE:
        return ApprobationReservee(adresse, message)
    if etat == "42501":           # insufficient_privilege, dont la sécurité par ligne
        return DroitRefuse(adresse, message)
    if etat == "42P01":           # undefined_table
        return SchemaAbsent(adresse, message)
    if etat.startswith(("08", "57P")):   # connexion perdue, serveur arrêté
        return ServeurInaccessible(adresse, message)
    if etat.startswith(("22", "23")) or isinstance(origine, (psycopg.DataError, psycopg.IntegrityError)):
        # donnée invalide, contrainte violée (ou refusée par psycopg avant l'envoi : un caractère nul)
        return DonneeRefusee(adresse, message)
    return ErreurServeur(adresse, message)


# libpq : l'attente d'une connexion, puis la vie d'une connexion ouverte (une sonde après 30 s de
# silence, toutes les 10 s, trois sans réponse : la connexion est perdue et le direct le dit)
DELAIS = {"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
          "keepalives_count": 3}


def moteur(adresse: str, mot_de_passe: str | None = None, *, application: str = "gesserv-bureau") -> Engine:
    """Le moteur SQLAlchemy (pilote psycopg 3) de la base ``adresse``. Les connexions sont faites
    par libpq à partir de l'adresse telle quelle; ``mot_de_passe``, s'il est donné, ne vit que dans
    la fonction de connexion. Les connexions mortes (serveur redémarré) sont écartées du bassin."""
    options = {"application_name": application}
    # un serveur qui ne répond plus (un réseau coupé sans un mot) : dit en secondes, pas après les
    # minutes de TCP — sauf si l'adresse en décide elle-même
    for cle, valeur in DELAIS.items():
        if cle not in adresse:
            options[cle] = valeur
    if mot_de_passe is not None:
        options["password"] = mot_de_passe

    def connecter() -> psycopg.Connection:
        return psycopg.connect(adresse, **options)

    return create_engine("postgresql+psycopg://", creator=connecter, pool_pre_ping=True, pool_size=5,
                         max_overflow=5)


@contextlib.contextmanager
def erreurs_dites(adresse: str) -> Iterator[None]:
    """Les erreurs de psycopg (nues ou enveloppées par SQLAlchemy) levées en :class:`ErreurServeur`."""
    try:
        yield
    except ErreurServeur:
        raise
    except Exception as exc:
        erreur = traduire(exc, adresse)
        if erreur is exc:
            raise
        raise erreur from exc


def verifier(m: Engine, adresse: str) -> str:
    """Se connecter une fois : le nom de connexion (``session_user``); l'erreur, en clair."""
    with erreurs_dites(adresse), m.connect() as c:
        return c.execute(text("SELECT session_user")).scalar_one()
