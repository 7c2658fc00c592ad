"""Lire et enregistrer une fiche du serveur avec sa révision : jamais d'écrasement muet.

Chaque fiche (service, évaluation, séance, stratégie, norme, action) porte sa ``revision``, que le
serveur augmente à chaque modification. :func:`enregistrer` dit au serveur la révision lue; s'il en
a une autre, il refuse (``GS001``) et :class:`ConflitRevision` porte la fiche telle qu'elle est
maintenant sur le serveur, pour les montrer toutes deux et choisir champ par champ
(``domaine.fusion``)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, column, table, text

from gesserv_bureau.stockage import tables
from gesserv_bureau.stockage.serveur.connexion import ConflitRevision, erreurs_dites

FICHES = ("service", "evaluation", "seance", "strategie", "norme_service", "action_norme")


def _table(nom: str):
    if nom not in FICHES:
        raise ValueError(f"pas une fiche à révisions : {nom}")
    return table(nom, *(column(c.name) for c in tables.metadata.tables[nom].columns), column("revision"))


def lire(c: Connection, nom: str, pk: int) -> dict | None:
    t = _table(nom)
    ligne = c.execute(t.select().where(t.c.pk == pk)).mappings().first()
    return dict(ligne) if ligne is not None else None


def lire_fiche(moteur: Engine, adresse: str, nom: str, pk: int) -> dict | None:
    with erreurs_dites(adresse), moteur.connect() as c:
        return lire(c, nom, pk)


def enregistrer(moteur: Engine, adresse: str, nom: str, pk: int, changements: dict, revision_lue: int) -> int:
    """Écrire ``changements`` (colonne -> valeur) dans la fiche ``pk`` lue à la révision
    ``revision_lue``; sa nouvelle révision. :class:`ConflitRevision` (avec la fiche du serveur)
    si quelqu'un l'a enregistrée entre-temps, ou supprimée (``serveur`` vide)."""
    t = _table(nom)
    inconnues = set(changements) - set(t.c.keys()) | ({"pk", "revision"} & set(changements))
    if inconnues:
        raise ValueError(f"colonnes refusées : {sorted(inconnues)}")
    try:
        with erreurs_dites(adresse), moteur.begin() as c:
            nouvelle = c.execute(t.update().where(t.c.pk == pk).values(**changements, revision=revision_lue)
                                 .returning(t.c.revision)).scalar_one_or_none()
            if nouvelle is None:
                raise ConflitRevision(adresse, f"{nom} {pk}", serveur={})
            return nouvelle
    except ConflitRevision as exc:
        if not exc.serveur:
            exc.serveur = lire_fiche(moteur, adresse, nom, pk) or {}
        raise


def connexion_courante(moteur: Engine, adresse: str) -> str:
    with erreurs_dites(adresse), moteur.connect() as c:
        return c.execute(text("SELECT session_user")).scalar_one()
