"""Le mode ministère, du point de vue de qui s'en sert : mettre en place la base ministérielle,
y verser la base d'un poste, donner les droits, et enregistrer une fiche sans écraser celle d'un
autre (les changements qui ne se croisent pas sont fusionnés; ceux qui se croisent sont à
trancher, champ par champ, les deux valeurs sous les yeux).

SQLAlchemy et psycopg ne sont chargés qu'ici et dans ``stockage.serveur`` : une base SQLite n'en a
pas besoin."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gesserv_bureau.domaine.fusion import Fusion, fusionner, resoudre
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.serveur import enregistrement, installation, transfert
from gesserv_bureau.stockage.serveur.adresse import est_serveur
from gesserv_bureau.stockage.serveur.connexion import ConflitRevision, moteur, verifier

__all__ = ["Serveur", "ATrancher", "connecter", "est_serveur"]


@dataclass
class Serveur:
    adresse: str
    moteur: object
    connexion: str           # le nom de connexion PostgreSQL (session_user)
    schema_verifie: bool = False   # la révision du schéma déjà vérifiée sur cette connexion (envois en direct)

    def fermer(self) -> None:
        self.moteur.dispose()

    def __enter__(self) -> "Serveur":
        return self

    def __exit__(self, *exc) -> None:
        self.fermer()


def connecter(adresse: str, mot_de_passe: str | None = None) -> Serveur:
    """Se connecter à la base ministérielle (une fois, pour dire tout de suite ce qui ne va pas :
    :class:`~gesserv_bureau.stockage.serveur.connexion.MotDePasseRequis`, ``ServeurInaccessible``…)."""
    m = moteur(adresse, mot_de_passe)
    try:
        return Serveur(adresse, m, verifier(m, adresse))
    except Exception:
        m.dispose()
        raise


def initialiser(serveur: Serveur) -> tuple[str | None, str]:
    """Le schéma et les rôles, sur une base vide (ou la mise à jour d'une base déjà initialisée)."""
    return installation.initialiser(serveur.moteur, serveur.adresse)


def importer_base(serveur: Serveur, fichier: Path) -> dict[str, int]:
    """Verser la base SQLite ``fichier`` (mise à jour d'abord si elle vient d'une version plus
    ancienne, comme à son ouverture) dans le serveur, tout ou rien."""
    with ouvrir(Path(fichier), rotation=False) as base:
        return transfert.verser(serveur.moteur, serveur.adresse, base, Path(fichier).name)


def accorder(serveur: Serveur, nom: str, role: str | None, secteurs: list[str] | None = None) -> installation.Droits:
    return installation.accorder(serveur.moteur, serveur.adresse, nom, role, secteurs)


class ATrancher(Exception):
    """Quelqu'un a changé les mêmes champs autrement : à trancher (:func:`enregistrer_choix`)."""

    def __init__(self, fusion: Fusion, serveur: dict):
        super().__init__(", ".join(d.champ for d in fusion.divergences))
        self.fusion = fusion
        self.serveur = serveur


def lire(serveur: Serveur, table: str, pk: int) -> dict | None:
    return enregistrement.lire_fiche(serveur.moteur, serveur.adresse, table, pk)


def enregistrer_fiche(serveur: Serveur, table: str, lue: dict, mienne: dict) -> int:
    """Enregistrer ``mienne`` (la fiche ``lue``, modifiée); la nouvelle révision. Si quelqu'un l'a
    enregistrée entre-temps : ses changements et les miens sont fusionnés champ par champ s'ils ne
    se croisent pas; sinon :class:`ATrancher`, et rien n'est écrit."""
    changements = {c: v for c, v in mienne.items() if c not in ("pk", "revision") and v != lue.get(c)}
    if not changements:
        return lue["revision"]
    revision, base_lue = lue["revision"], lue
    for _ in range(5):    # d'autres peuvent enregistrer pendant qu'on fusionne : on refusionne
        try:
            return enregistrement.enregistrer(serveur.moteur, serveur.adresse, table, lue["pk"], changements, revision)
        except ConflitRevision as exc:
            fusion = fusionner(base_lue, {**base_lue, **changements}, exc.serveur)
            if fusion.a_trancher or not exc.serveur:
                raise ATrancher(fusion, exc.serveur) from exc
            if not fusion.a_ecrire:
                return exc.serveur["revision"]
            changements, revision, base_lue = fusion.a_ecrire, exc.serveur["revision"], exc.serveur
    raise ATrancher(Fusion({}, ()), lire(serveur, table, lue["pk"]) or {})


def enregistrer_choix(serveur: Serveur, table: str, pk: int, erreur: ATrancher, choix: dict[str, str]) -> int:
    """Enregistrer une fois chaque divergence tranchée (``choix[champ]`` : ``mienne`` ou ``serveur``),
    sur la révision du serveur que la personne a vue (sinon, un nouveau conflit)."""
    ecrire = resoudre(erreur.fusion, choix)
    if not ecrire:
        return erreur.serveur["revision"]
    return enregistrement.enregistrer(serveur.moteur, serveur.adresse, table, pk, ecrire, erreur.serveur["revision"])
