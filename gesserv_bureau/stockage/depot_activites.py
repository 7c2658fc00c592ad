"""Le dépôt des activités évaluées avec l'outil de l'annexe 1A."""

from __future__ import annotations

import json

from gesserv_bureau.domaine.activite import EvaluationActivite, Reponse1A, conclusion
from gesserv_bureau.referentiel.codes import EDITION
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base

_COLONNES = "pk, exercice, nom, organisme, description, reponses, service_pk"


def _evaluation(r) -> EvaluationActivite:
    reponses = {k: Reponse1A(**v) for k, v in json.loads(r[5]).items()}
    ev = EvaluationActivite(nom=r[2], organisme=r[3], description=r[4], pk=r[0], service_pk=r[6], exercice=r[1])
    ev.reponses.update(reponses)
    return ev


class DepotActivites:
    def __init__(self, base: Base):
        self.base = base
        self.conn = base.conn

    def enregistrer(self, ev: EvaluationActivite) -> int:
        valeurs = {
            "exercice": ev.exercice,
            "nom": ev.nom,
            "organisme": ev.organisme,
            "description": ev.description,
            "reponses": json.dumps(
                {k: {"reponse": v.reponse, "analyse": v.analyse} for k, v in ev.reponses.items()},
                ensure_ascii=False,
            ),
            "conclusion": conclusion(ev.reponses),
            "service_pk": ev.service_pk,
            "edition_referentiel": EDITION,
            "modifie_le": journal.maintenant(),
        }
        with self.base.ecriture() as db:
            if ev.pk is None:
                cols = list(valeurs)
                ev.pk = db.execute(
                    f"INSERT INTO activite ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                    list(valeurs.values()),
                ).lastrowid
                action = "creation"
            else:
                db.execute(
                    f"UPDATE activite SET {', '.join(f'{c} = ?' for c in valeurs)} WHERE pk = ?",
                    [*valeurs.values(), ev.pk],
                )
                action = "modification"
            journal.consigner(
                db, self.base.utilisateur, action, "activite", ev.pk, ev.nom,
                "conclusion", None, valeurs["conclusion"],
            )
        return ev.pk

    def toutes(self) -> list[EvaluationActivite]:
        return [_evaluation(r) for r in self.conn.execute(f"SELECT {_COLONNES} FROM activite ORDER BY pk")]

    def conclusion_de(self, pk: int) -> str | None:
        r = self.conn.execute("SELECT conclusion FROM activite WHERE pk = ?", [pk]).fetchone()
        return r[0] if r else None
