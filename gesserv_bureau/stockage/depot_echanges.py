"""L'écriture d'un import d'évaluations venues d'un autre poste : évaluations (et leurs
initiatives 2A) et séance d'examen écrites telles quelles, dates comprises — la date de
modification reste celle du fichier, pour que la règle « la plus récente l'emporte » tienne
d'un poste à l'autre — en une seule transaction, consignée au journal."""

from __future__ import annotations

from collections.abc import Iterable

from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import (
    DepotEvaluations,
    _valeurs as _valeurs_evaluation,
    valeurs_seance as _valeurs_seance,
)


def _ecrire(db, table: str, pk: int | None, valeurs: dict) -> int:
    if pk is None:
        cols = list(valeurs)
        return db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                          list(valeurs.values())).lastrowid
    db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in valeurs)} WHERE pk = ?", [*valeurs.values(), pk])
    return pk


class DepotEchanges:
    def __init__(self, base: Base):
        self.base = base

    def importer(self, seance: Seance | None, evaluations: Iterable[Evaluation],
                 rattachees: Iterable[str] = ()) -> None:
        """Écrit, tout ou rien, la séance (``pk`` à ``None`` : créée; sinon mise à jour) et les
        évaluations (de même), sans toucher à leurs dates. ``rattachees`` : les UUID des
        évaluations à rattacher à ``seance`` (dont la clé n'est connue qu'une fois écrite).
        Chaque objet écrit reçoit sa clé (``pk``) et est consigné au journal (« import »)."""
        evaluations = list(evaluations)
        rattachees = set(rattachees)
        depot = DepotEvaluations(self.base)
        with self.base.ecriture() as db:
            if seance is not None:
                seance.pk = _ecrire(db, "seance", seance.pk, _valeurs_seance(seance))
                journal.consigner(db, self.base.utilisateur, "import", "seance", seance.pk, seance.titre)
            for ev in evaluations:
                if seance is not None and ev.uuid in rattachees:
                    ev.seance_pk = seance.pk
                ev.pk = _ecrire(db, "evaluation", ev.pk, _valeurs_evaluation(ev))
                journal.consigner(db, self.base.utilisateur, "import", "evaluation", ev.pk, f"{ev.outil} {ev.sujet}")
                if outils.outil(ev.outil).initiatives:
                    depot._ecrire_initiatives(db, ev)
