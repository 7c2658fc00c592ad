"""Le dépôt des évaluations (1A, 1B, 2A), des initiatives proposées en 2A et des séances
d'examen du groupe de travail."""

from __future__ import annotations

import json

from gesserv_bureau.domaine import outils, regles_2a
from gesserv_bureau.domaine.evaluations import Evaluation, Seance, conclusion
from gesserv_bureau.domaine.lignes import LigneEvaluation
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.lecture import BaseLecture

_CHAMPS = ("uuid", "outil", "exercice", "service_pk", "sujet", "statut", "auteur", "cree_le", "modifie_le",
           "termine_le", "approuve_le", "approuve_par", "edition_referentiel", "etape", "contenu", "seance_pk",
           "origine_uuid")


def _approbation(texte: str | None) -> dict | None:
    """La preuve signée gardée en JSON (vide : approbation sans signature, ou pas d'approbation)."""
    return json.loads(texte) if texte else None


def _texte_approbation(bloc: dict | None) -> str:
    return json.dumps(bloc, ensure_ascii=False, sort_keys=True) if bloc else ""


def _valeurs(ev: Evaluation) -> dict:
    """La ligne de la table ``evaluation`` (sans ``pk`` ni les dates qu'ajoute ``enregistrer``)."""
    valeurs = {c: getattr(ev, c if c != "edition_referentiel" else "edition") for c in _CHAMPS if c != "contenu"}
    valeurs["contenu"] = json.dumps(ev.contenu, ensure_ascii=False)
    valeurs["conclusion"] = conclusion(ev)   # la règle de l'outil (domaine.evaluations)
    valeurs["approbation"] = _texte_approbation(ev.approbation)
    return valeurs


def _evaluation(r: dict) -> Evaluation:
    return Evaluation(
        outil=r["outil"], uuid=r["uuid"], exercice=r["exercice"], service_pk=r["service_pk"], sujet=r["sujet"],
        statut=r["statut"], auteur=r["auteur"], cree_le=r["cree_le"], modifie_le=r["modifie_le"],
        termine_le=r["termine_le"], approuve_le=r["approuve_le"], approuve_par=r["approuve_par"],
        edition=r["edition_referentiel"], etape=r["etape"], contenu=json.loads(r["contenu"] or "{}"), pk=r["pk"],
        seance_pk=r["seance_pk"], origine_uuid=r["origine_uuid"], approbation=_approbation(r.get("approbation")),
    )


class DepotEvaluations:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def _lire(self, filtre: str = "", params: list | None = None) -> list[Evaluation]:
        curseur = self.conn.execute(f"SELECT * FROM evaluation {filtre}", params or [])
        noms = [d[0] for d in curseur.description]
        return [_evaluation(dict(zip(noms, r))) for r in curseur]

    def charger(self, pk: int) -> Evaluation | None:
        trouvees = self._lire("WHERE pk = ?", [pk])
        return trouvees[0] if trouvees else None

    def par_uuid(self, uuid: str) -> Evaluation | None:
        trouvees = self._lire("WHERE uuid = ?", [uuid])
        return trouvees[0] if trouvees else None

    def toutes(self, outil: str | None = None) -> list[Evaluation]:
        if outil:
            return self._lire("WHERE outil = ? ORDER BY modifie_le DESC, pk DESC", [outil])
        return self._lire("ORDER BY modifie_le DESC, pk DESC")

    def du_service(self, service_pk: int, outil: str | None = None) -> list[Evaluation]:
        """Les évaluations d'un service, les plus récentes d'abord."""
        if outil:
            return self._lire("WHERE service_pk = ? AND outil = ? ORDER BY exercice DESC, pk DESC", [service_pk, outil])
        return self._lire("WHERE service_pk = ? ORDER BY exercice DESC, pk DESC", [service_pk])

    def lignes(self, service_pk: int | None = None) -> list[LigneEvaluation]:
        """La liste des évaluations, sans leur contenu, avec le numéro d'ID et le nom de leur
        service : toutes (les plus récemment modifiées d'abord), ou celles d'un service (les plus
        récentes d'abord, par exercice)."""
        requete = ("SELECT e.pk, e.uuid, e.outil, e.exercice, e.service_pk, coalesce(s.service_id, ''),"
                   " coalesce(s.nom_fr, ''), coalesce(s.nom_en, ''), e.sujet, e.statut,"
                   " coalesce(e.approbation, '') != '', e.auteur, e.cree_le, e.modifie_le, e.conclusion"
                   " FROM evaluation e LEFT JOIN service s ON s.pk = e.service_pk")
        if service_pk is not None:
            curseur = self.conn.execute(requete + " WHERE e.service_pk = ? ORDER BY e.exercice DESC, e.pk DESC",
                                        [service_pk])
        else:
            curseur = self.conn.execute(requete + " ORDER BY e.modifie_le DESC, e.pk DESC")
        return [LigneEvaluation(*r[:10], bool(r[10]), *r[11:]) for r in curseur]

    def de_la_seance(self, seance_pk: int) -> list[Evaluation]:
        return self._lire("WHERE seance_pk = ? ORDER BY pk", [seance_pk])

    def enregistrer(self, ev: Evaluation, action: str | None = None,
                    changement: tuple[str, str | None, str | None] | None = None) -> int:
        """Écrit l'évaluation (chaque saisie); ``action`` : ce qu'on consigne au journal
        (création, fin, approbation…) — une saisie ordinaire n'y va pas, le dossier garde sa date.
        ``changement`` : ce que l'entrée du journal garde (champ, avant, après); par défaut le
        statut atteint."""
        maintenant = journal.maintenant()
        ev.modifie_le = maintenant
        if not ev.cree_le:
            ev.cree_le = maintenant
        valeurs = _valeurs(ev)
        with self.base.ecriture() as db:
            if ev.pk is None:
                cols = list(valeurs)
                ev.pk = db.execute(
                    f"INSERT INTO evaluation ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                    list(valeurs.values()),
                ).lastrowid
                journal.consigner(db, self.base.utilisateur, "creation", "evaluation", ev.pk, f"{ev.outil} {ev.sujet}")
            else:
                db.execute(f"UPDATE evaluation SET {', '.join(f'{c} = ?' for c in valeurs)} WHERE pk = ?",
                           [*valeurs.values(), ev.pk])
                if action:
                    champ, avant, apres = changement or ("statut", None, ev.statut)
                    journal.consigner(db, self.base.utilisateur, action, "evaluation", ev.pk, f"{ev.outil} {ev.sujet}",
                                      champ, avant, apres)
            if outils.outil(ev.outil).initiatives:
                self._ecrire_initiatives(db, ev)
        return ev.pk

    def _ecrire_initiatives(self, db, ev: Evaluation) -> None:
        db.execute("DELETE FROM initiative WHERE evaluation_pk = ?", [ev.pk])
        for rang, ligne in enumerate(regles_2a.lignes_initiatives(ev.contenu, ev.service_pk)):
            colonnes = ["evaluation_pk", "rang", *ligne]
            db.execute(f"INSERT INTO initiative ({', '.join(colonnes)}) VALUES ({', '.join('?' for _ in colonnes)})",
                       [ev.pk, rang, *ligne.values()])

    def initiatives(self, service_pk: int | None = None) -> list[dict]:
        """Les initiatives proposées dans les examens 2A (pour la stratégie, 2B/2C)."""
        filtre, params = ("WHERE i.service_pk = ?", [service_pk]) if service_pk is not None else ("", [])
        curseur = self.conn.execute(
            "SELECT i.*, e.uuid AS evaluation_uuid, e.exercice, e.sujet FROM initiative i"
            f" JOIN evaluation e ON e.pk = i.evaluation_pk {filtre} ORDER BY e.exercice, i.evaluation_pk, i.rang", params)
        noms = [d[0] for d in curseur.description]
        return [dict(zip(noms, r)) for r in curseur]

    def supprimer(self, pk: int) -> None:
        ev = self.charger(pk)
        if ev is None:
            return
        with self.base.ecriture() as db:
            db.execute("DELETE FROM evaluation WHERE pk = ?", [pk])
            journal.consigner(db, self.base.utilisateur, "suppression", "evaluation", pk, f"{ev.outil} {ev.sujet}",
                              avant=json.dumps(ev.contenu, ensure_ascii=False))


def valeurs_seance(seance: Seance) -> dict:
    """La ligne de la table ``seance`` (sans ``pk``)."""
    return {"uuid": seance.uuid, "titre": seance.titre, "date": seance.date, "exercice": seance.exercice,
            "participants": json.dumps(seance.participants, ensure_ascii=False),
            "services": json.dumps(seance.services), "position": seance.position, "statut": seance.statut,
            "auteur": seance.auteur, "cree_le": seance.cree_le, "modifie_le": seance.modifie_le,
            "approuve_le": seance.approuve_le, "approuve_par": seance.approuve_par,
            "approbation": _texte_approbation(seance.approbation), "edition_referentiel": seance.edition}


class DepotSeances:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def _lire(self, filtre: str = "", params: list | None = None) -> list[Seance]:
        curseur = self.conn.execute(f"SELECT * FROM seance {filtre}", params or [])
        noms = [d[0] for d in curseur.description]
        seances = []
        for r in curseur:
            d = dict(zip(noms, r))
            d["participants"] = json.loads(d["participants"])
            d["services"] = json.loads(d["services"])
            d["approbation"] = _approbation(d.get("approbation"))
            d["edition"] = d.pop("edition_referentiel")
            seances.append(Seance(**d))
        return seances

    def charger(self, pk: int) -> Seance | None:
        s = self._lire("WHERE pk = ?", [pk])
        return s[0] if s else None

    def par_uuid(self, uuid: str) -> Seance | None:
        s = self._lire("WHERE uuid = ?", [uuid])
        return s[0] if s else None

    def toutes(self) -> list[Seance]:
        return self._lire("ORDER BY date DESC, pk DESC")

    def enregistrer(self, seance: Seance, action: str | None = None) -> int:
        """Écrit la séance; ``action`` (p. ex. « approbation ») : consignée au journal."""
        maintenant = journal.maintenant()
        seance.modifie_le = maintenant
        if not seance.cree_le:
            seance.cree_le = maintenant
        valeurs = valeurs_seance(seance)
        with self.base.ecriture() as db:
            if seance.pk is None:
                cols = list(valeurs)
                seance.pk = db.execute(f"INSERT INTO seance ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                                       list(valeurs.values())).lastrowid
                journal.consigner(db, self.base.utilisateur, "creation", "seance", seance.pk, seance.titre)
            else:
                db.execute(f"UPDATE seance SET {', '.join(f'{c} = ?' for c in valeurs)} WHERE pk = ?",
                           [*valeurs.values(), seance.pk])
                if action:
                    journal.consigner(db, self.base.utilisateur, action, "seance", seance.pk, seance.titre,
                                      "statut", None, seance.statut)
        return seance.pk
