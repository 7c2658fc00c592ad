"""Reconnaître l'adresse d'une base PostgreSQL (plutôt que le chemin d'un fichier SQLite), sans
rien charger : la ligne de commande le demande à chaque lancement."""

from __future__ import annotations

import re

# les mots-clés de libpq (une chaîne « clé=valeur … » peut commencer par n'importe lequel)
MOTS_CLES_LIBPQ = (
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name", "keepalives",
    "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout", "replication", "gssencmode",
    "sslmode", "sslnegotiation", "requiressl", "sslcompression", "sslcert", "sslkey", "sslpassword", "sslcertmode",
    "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer", "ssl_min_protocol_version",
    "ssl_max_protocol_version", "krbsrvname", "gsslib", "gssdelegation", "service", "target_session_attrs",
    "load_balance_hosts")
_MOTS_CLES = re.compile(r"^\s*(" + "|".join(MOTS_CLES_LIBPQ) + r")\s*=")
SECRETS = ("password", "sslpassword")


def est_serveur(adresse: str | None) -> bool:
    """``adresse`` désigne-t-elle une base PostgreSQL : une URL libpq (``postgresql://…``), des
    mots-clés (``host=… dbname=…``) ou un service (``service=…``) ?"""
    if not adresse:
        return False
    adresse = str(adresse)
    return adresse.startswith(("postgresql://", "postgres://")) or bool(_MOTS_CLES.match(adresse))


def nom_affiche(adresse: str) -> str:
    """L'adresse sans mot de passe, pour les messages (``postgresql://marie:secret@…`` → ``marie@…``)."""
    adresse = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", adresse)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", adresse)


def emportee_de(conn) -> str | None:
    """L'adresse du serveur d'où la base SQLite ``conn`` a été emportée hors ligne (son instantané
    d'emport, ``parametre`` « hors_ligne »); None : une base ordinaire. Sans SQLAlchemy : le menu
    Fichier le demande à chaque ouverture. L'adresse est lue par SQLite (``json_extract``) : ni le
    module json avant le premier affichage, ni l'instantané entier (toutes les fiches emportées)
    relu en Python à chaque fois."""
    import sqlite3

    try:
        ligne = conn.execute("SELECT json_extract(valeur, '$.adresse') FROM parametre "
                             "WHERE cle = 'hors_ligne'").fetchone()   # mal formé : une erreur, donc None
    except sqlite3.Error:
        return None
    adresse = ligne[0] if ligne else None
    return adresse if isinstance(adresse, str) and est_serveur(adresse) else None


def _parametres(adresse: str) -> dict | None:
    """Les paramètres de l'adresse lus par libpq lui-même (guillemets, échappements, clés encodées
    d'une URL : comme à la connexion); None si psycopg manque ou si libpq la refuse."""
    try:
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:     # pragma: no cover — psycopg est une dépendance du mode ministère
        return None
    try:
        return {c: str(v) for c, v in conninfo_to_dict(str(adresse)).items()}
    except Exception:       # noqa: BLE001 — une adresse que libpq refuse : on n'en garde rien de lu
        return None


def sans_mot_de_passe(adresse: str) -> str:
    """L'adresse sans ses secrets (``password``, ``sslpassword``), telle que libpq la lit, réécrite
    en « clé=valeur » : ce qui se garde (dans une base emportée, les préférences) et sert à se
    reconnecter au même serveur sous le même nom — libpq, ou la saisie, fournit le mot de passe.
    Une adresse que libpq ne lit pas : sans rien de ce qui suit ``password`` ni l'éventuel
    ``:…@`` d'une URL."""
    parametres = _parametres(adresse)
    if parametres is not None:
        from psycopg.conninfo import make_conninfo

        return make_conninfo("", **{c: v for c, v in parametres.items() if c not in SECRETS})
    adresse = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", str(adresse))
    return re.split(r"(?i)\b(ssl)?password", adresse)[0].rstrip(" ?&")


def meme_adresse(a: str | None, b: str | None) -> bool:
    """Deux adresses qui mènent au même serveur, sous le même nom (mots de passe mis à part)."""
    if not a or not b:
        return False
    pa, pb = _parametres(a), _parametres(b)
    if pa is None or pb is None:
        return sans_mot_de_passe(a) == sans_mot_de_passe(b)
    return {c: v for c, v in pa.items() if c not in SECRETS} == {c: v for c, v in pb.items() if c not in SECRETS}


def nom_court(adresse: str) -> str:
    """Le répertoire ministériel en peu de mots, pour un titre : ``rita@serveur/base`` (un hôte
    local par prise Unix : ``localhost``), ``service=NOM``; sans secret."""
    p = _parametres(adresse)
    if p is None:
        return nom_affiche(adresse)
    if "service" in p and "dbname" not in p:
        return f"service={p['service']}"
    hote = p.get("host", "") or p.get("hostaddr", "")
    hote = "localhost" if not hote or hote.startswith("/") else hote.split(",")[0]
    qui = f"{p['user']}@" if p.get("user") else ""
    return f"{qui}{hote}/{p.get('dbname', '')}"


def refuser_reglage(base, reglage: str) -> None:
    """Un réglage du ministère (``reglage`` : ``ponderation``, ``criteres``, ``tolerance``,
    ``metadonnees``, ``exercice``) ne se change pas dans une copie du répertoire ministériel : le
    renvoi ne l'enverrait pas, et le remplacerait par celui du serveur.

    :raises ReglageDuServeur: ``base`` est une telle copie (rien n'a été écrit)."""
    if emportee_de(base.conn) is not None:
        from gesserv_bureau.stockage.erreurs import ReglageDuServeur

        raise ReglageDuServeur(getattr(base, "chemin", None), reglage)
