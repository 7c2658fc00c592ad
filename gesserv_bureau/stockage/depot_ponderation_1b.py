"""Le dépôt de la pondération du ministère (outil 1B), version par version, et de ses autres
critères. Une version écrite ne change plus : la retirer la marque seulement (date, qui);
une nouvelle définition en ajoute une. Chaque écriture va au journal."""

from __future__ import annotations

import json

from gesserv_bureau.domaine.criteres_1b import Critere1B
from gesserv_bureau.domaine.ponderation_1b import Ponderation
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.lecture import BaseLecture


def _ponderation(r: tuple) -> Ponderation:
    version, definie_le, definie_par, poids, valeurs, seuils, retiree_le, retiree_par = r
    return Ponderation(version=version, definie_le=definie_le, definie_par=definie_par,
                       poids={c: float(v) for c, v in json.loads(poids or "{}").items()},
                       valeurs={c: float(v) for c, v in json.loads(valeurs).items()},
                       seuils=tuple(float(s) for s in json.loads(seuils)),
                       retiree_le=retiree_le, retiree_par=retiree_par)


_COLONNES = "version, definie_le, definie_par, poids, valeurs, seuils, retiree_le, retiree_par"


class DepotPonderation1B:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def versions(self) -> list[Ponderation]:
        """Toutes les versions, la plus récente d'abord."""
        return [_ponderation(r) for r in self.conn.execute(
            f"SELECT {_COLONNES} FROM ponderation_1b ORDER BY version DESC")]

    def version(self, numero: int) -> Ponderation | None:
        r = self.conn.execute(f"SELECT {_COLONNES} FROM ponderation_1b WHERE version = ?", [numero]).fetchone()
        return _ponderation(r) if r else None

    def en_vigueur(self) -> Ponderation | None:
        """La dernière version, si elle n'est pas retirée."""
        r = self.conn.execute(f"SELECT {_COLONNES} FROM ponderation_1b ORDER BY version DESC LIMIT 1").fetchone()
        p = _ponderation(r) if r else None
        return p if p is not None and not p.retiree_le else None

    def definir(self, poids: dict[str, float], valeurs: dict[str, float], seuils: tuple[float, float]) -> Ponderation:
        """Écrit une nouvelle version (la précédente cesse d'être en vigueur, sans changer)."""
        maintenant = journal.maintenant()
        apres = json.dumps({"poids": poids, "valeurs": valeurs, "seuils": list(seuils)}, ensure_ascii=False,
                           sort_keys=True)
        with self.base.ecriture() as db:
            numero = (db.execute("SELECT max(version) FROM ponderation_1b").fetchone()[0] or 0) + 1
            db.execute(
                "INSERT INTO ponderation_1b (version, definie_le, definie_par, poids, valeurs, seuils)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [numero, maintenant, self.base.auteur, json.dumps(poids, sort_keys=True),
                 json.dumps(valeurs, sort_keys=True), json.dumps(list(seuils))])
            journal.consigner(db, self.base.utilisateur, "creation", "ponderation_1b", numero,
                              f"Pondération du ministère (1B), version {numero}", "version", None, apres)
        return self.version(numero)

    def retirer(self, numero: int) -> Ponderation:
        maintenant = journal.maintenant()
        with self.base.ecriture() as db:
            db.execute("UPDATE ponderation_1b SET retiree_le = ?, retiree_par = ? WHERE version = ? AND retiree_le = ''",
                       [maintenant, self.base.auteur, numero])
            journal.consigner(db, self.base.utilisateur, "retrait", "ponderation_1b", numero,
                              f"Pondération du ministère (1B), version {numero}", "retiree_le", "", maintenant)
        return self.version(numero)


def _critere(r: tuple) -> Critere1B:
    code, rang, nom_fr, nom_en, cree_le, cree_par, retire_le = r
    return Critere1B(code=code, nom_fr=nom_fr, nom_en=nom_en, rang=rang, cree_le=cree_le, cree_par=cree_par,
                     retire_le=retire_le)


class DepotCriteres1B:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def tous(self, retires: bool = False) -> list[Critere1B]:
        """Les critères du ministère, dans l'ordre où ils ont été ajoutés (les retirés aussi avec
        ``retires``)."""
        filtre = "" if retires else "WHERE retire_le = ''"
        return [_critere(r) for r in self.conn.execute(
            "SELECT code, rang, nom_fr, nom_en, cree_le, cree_par, retire_le FROM critere_1b"
            f" {filtre} ORDER BY rang")]

    def ajouter(self, nom_fr: str, nom_en: str) -> Critere1B:
        maintenant = journal.maintenant()
        with self.base.ecriture() as db:
            rang = (db.execute("SELECT max(rang) FROM critere_1b").fetchone()[0] or 0) + 1
            code = f"m{rang}"
            db.execute("INSERT INTO critere_1b (code, rang, nom_fr, nom_en, cree_le, cree_par) VALUES (?, ?, ?, ?, ?, ?)",
                       [code, rang, nom_fr, nom_en, maintenant, self.base.auteur])
            journal.consigner(db, self.base.utilisateur, "creation", "critere_1b", code, nom_fr or nom_en,
                              "nom", None, json.dumps({"fr": nom_fr, "en": nom_en}, ensure_ascii=False))
        return next(c for c in self.tous() if c.code == code)

    def retirer(self, code: str) -> None:
        maintenant = journal.maintenant()
        with self.base.ecriture() as db:
            nom = db.execute("SELECT nom_fr, nom_en FROM critere_1b WHERE code = ?", [code]).fetchone()
            db.execute("UPDATE critere_1b SET retire_le = ? WHERE code = ? AND retire_le = ''", [maintenant, code])
            journal.consigner(db, self.base.utilisateur, "retrait", "critere_1b", code,
                              (nom[0] or nom[1]) if nom else code, "retire_le", "", maintenant)
