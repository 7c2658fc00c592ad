"""Le dépôt des stratégies de gestion des services : une ligne par version."""

from __future__ import annotations

import json

from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.lecture import BaseLecture

_ENTETE = ("uuid", "titre", "version", "type", "statut", "exercice", "origine_uuid", "reference_uuid", "auteur",
           "cree_le", "modifie_le", "approuve_le", "approuve_par", "emplacement", "approbation_originale_le",
           "derniere_mise_a_jour_le")


class StrategieFigee(Exception):
    """Une version approuvée ne se modifie plus : le travail continue dans une nouvelle version."""


def _strategie(r: dict) -> Strategie:
    contenu = json.loads(r["contenu"] or "{}")
    st = Strategie(**{c: r[c] for c in _ENTETE}, pk=r["pk"], edition=r["edition_referentiel"],
                   approbation=json.loads(r["approbation"]) if r.get("approbation") else None)
    for cle, valeur in contenu.items():
        setattr(st, cle, valeur)
    return st


class DepotStrategies:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def _lire(self, filtre: str = "", params: list | None = None) -> list[Strategie]:
        curseur = self.conn.execute(f"SELECT * FROM strategie {filtre}", params or [])
        noms = [d[0] for d in curseur.description]
        return [_strategie(dict(zip(noms, r))) for r in curseur]

    def toutes(self) -> list[Strategie]:
        return self._lire("ORDER BY cree_le DESC, pk DESC")

    def charger(self, pk: int) -> Strategie | None:
        s = self._lire("WHERE pk = ?", [pk])
        return s[0] if s else None

    def par_uuid(self, uuid: str) -> Strategie | None:
        s = self._lire("WHERE uuid = ?", [uuid])
        return s[0] if s else None

    def enregistrer(self, st: Strategie, action: str | None = None) -> int:
        """Écrit la version (chaque saisie). Une version déjà approuvée en base ne change plus."""
        maintenant = journal.maintenant()
        with self.base.ecriture() as db:
            if st.pk is not None:
                statut = db.execute("SELECT statut FROM strategie WHERE pk = ?", [st.pk]).fetchone()
                if statut and statut[0] == "approuvee":
                    raise StrategieFigee(st.uuid)
            st.modifie_le = maintenant
            if not st.cree_le:
                st.cree_le = maintenant
            valeurs = {c: getattr(st, c) for c in _ENTETE}
            valeurs["edition_referentiel"] = st.edition
            valeurs["contenu"] = json.dumps(st.contenu(), ensure_ascii=False)
            valeurs["approbation"] = json.dumps(st.approbation, ensure_ascii=False, sort_keys=True) if st.approbation else ""
            if st.pk is None:
                cols = list(valeurs)
                st.pk = db.execute(f"INSERT INTO strategie ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                                   list(valeurs.values())).lastrowid
                journal.consigner(db, self.base.utilisateur, "creation", "strategie", st.pk,
                                  f"{st.titre} v{st.version}")
            else:
                db.execute(f"UPDATE strategie SET {', '.join(f'{c} = ?' for c in valeurs)} WHERE pk = ?",
                           [*valeurs.values(), st.pk])
                if action:
                    journal.consigner(db, self.base.utilisateur, action, "strategie", st.pk, f"{st.titre} v{st.version}",
                                      "statut", None, st.statut)
        return st.pk
