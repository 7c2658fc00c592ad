"""Le registre des rapports exportés et signés (fichier, SHA-256, signataires, date)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base


@dataclass(frozen=True)
class RapportConsigne:
    horodatage: str
    utilisateur: str
    action: str
    type: str
    titre: str
    langue: str
    fichier: str
    sha256: str
    signataires: tuple[str, ...]


class DepotRapports:
    def __init__(self, base: Base):
        self.base = base
        self.conn = base.conn

    def consigner(self, action: str, fichier: str, sha256: str, type_: str = "", titre: str = "", langue: str = "",
                  signataires: list[str] | None = None) -> None:
        with self.base.ecriture() as db:
            db.execute(
                "INSERT INTO rapport (horodatage, utilisateur, action, type, titre, langue, fichier, sha256, signataires)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [journal.maintenant(), self.base.utilisateur, action, type_, titre, langue, fichier, sha256,
                 json.dumps(signataires or [], ensure_ascii=False)],
            )

    def tous(self, apres: int = 0) -> list[RapportConsigne]:
        """Les rapports consignés (``apres`` : ceux après cette ligne), les plus récents d'abord."""
        return [RapportConsigne(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], tuple(json.loads(r[8])))
                for r in self.conn.execute(
                    "SELECT horodatage, utilisateur, action, type, titre, langue, fichier, sha256, signataires"
                    " FROM rapport WHERE pk > ? ORDER BY pk DESC", [apres])]
