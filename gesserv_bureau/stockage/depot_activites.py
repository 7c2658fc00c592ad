"""Les activités évaluées avec l'outil de l'annexe 1A, vues comme ``EvaluationActivite`` :
une façade sur les évaluations 1A (table ``evaluation``), pour la démonstration et ce qui
parle encore d'« activités »."""

from __future__ import annotations

from gesserv_bureau.domaine.activite import EvaluationActivite, Reponse1A, conclusion
from gesserv_bureau.domaine.evaluations import Evaluation, demarche_constatee_1a
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.journal import maintenant


def _activite(ev: Evaluation) -> EvaluationActivite:
    a = EvaluationActivite(nom=ev.sujet, organisme=ev.contenu.get("organisme", ""),
                           description=ev.contenu.get("description", ""), pk=ev.pk, service_pk=ev.service_pk,
                           exercice=ev.exercice)
    for code, r in ev.contenu.get("reponses", {}).items():
        a.reponses[code] = Reponse1A(r.get("reponse"), r.get("analyse", ""))
    return a


class DepotActivites:
    def __init__(self, base: Base):
        self.base = base
        self.evaluations = DepotEvaluations(base)

    def enregistrer(self, activite: EvaluationActivite) -> int:
        ev = self.evaluations.charger(activite.pk) if activite.pk is not None else None
        if ev is None:
            ev = Evaluation("1A", auteur=self.base.auteur)
        ev.sujet, ev.exercice, ev.service_pk = activite.nom, activite.exercice, activite.service_pk
        ev.contenu["organisme"], ev.contenu["description"] = activite.organisme, activite.description
        ev.contenu["reponses"] = {k: {"reponse": v.reponse, "analyse": v.analyse} for k, v in activite.reponses.items()}
        ev.contenu["mode"] = demarche_constatee_1a(ev.contenu["reponses"])   # comme on a répondu
        fini = conclusion(activite.reponses) is not None
        ev.contenu["decision"] = "confirme" if fini else None
        if fini and ev.statut == "brouillon":
            ev.statut = "terminee"
            ev.termine_le = ev.termine_le or maintenant()   # « Terminée le … », jamais « le — »
        activite.pk = self.evaluations.enregistrer(ev, "modification" if ev.pk else None)
        return activite.pk

    def toutes(self) -> list[EvaluationActivite]:
        return [_activite(ev) for ev in sorted(self.evaluations.toutes("1A"), key=lambda e: e.pk)]

    def conclusion_de(self, pk: int) -> str | None:
        ev = self.evaluations.charger(pk)
        return conclusion(_activite(ev).reponses) if ev else None
