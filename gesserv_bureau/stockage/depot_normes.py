"""Le dépôt des normes de service (2.7) : chaque norme appartient à son service."""

from __future__ import annotations

import json
from dataclasses import fields

from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_services import DepotServices, _aplatir, _libelle, _ligne
from gesserv_bureau.stockage.lecture import BaseLecture

_COLONNES = tuple(
    f.name for f in fields(NormeService) if f.name not in ("exercice", "service_id", "pk", "service_pk")
)


def _norme(valeurs: dict) -> NormeService:
    """Une norme depuis ses colonnes (``donnees_ouvertes`` encore en JSON, ``{}`` le plus souvent)."""
    brut = valeurs["donnees_ouvertes"]
    valeurs["donnees_ouvertes"] = {} if not brut or brut == "{}" else json.loads(brut)
    return NormeService(**valeurs)


class DepotNormes:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def _lire(self, filtre: str, params: list) -> list[NormeService]:
        curseur = self.conn.execute(
            f"SELECT n.*, s.exercice, s.service_id FROM norme_service n JOIN service s ON s.pk = n.service_pk"
            f" {filtre} ORDER BY n.pk", params
        )
        noms = [d[0] for d in curseur.description]
        # les colonnes de la norme, par leur rang dans la ligne : un seul dictionnaire par norme
        rangs = [(c, noms.index(c)) for c in (*_COLONNES, "exercice", "service_id", "pk", "service_pk")]
        return [_norme({c: r[i] for c, i in rangs}) for r in curseur]

    def pour_service(self, service_pk: int) -> list[NormeService]:
        return self._lire("WHERE n.service_pk = ?", [service_pk])

    def pour_exercice(self, exercice: str | None = None) -> list[NormeService]:
        if exercice is None:
            return self._lire("", [])
        return self._lire("WHERE s.exercice = ?", [exercice])

    def nombre(self) -> int:
        return self.conn.execute("SELECT count(*) FROM norme_service").fetchone()[0]

    def services_manquants(self, normes: list[NormeService]) -> set[tuple[str, str]]:
        """Les (exercice, numéro d'ID) des normes dont le service n'est pas au répertoire."""
        cles = {(n.exercice, n.service_id) for n in normes}
        connus = set()
        for ex in {c[0] for c in cles}:
            connus |= {(ex, r[0]) for r in self.conn.execute(
                "SELECT DISTINCT service_id FROM service WHERE exercice = ?", [ex])}
        return cles - connus

    def importer(self, normes: list[NormeService], progression=None) -> tuple[int, int, int, int]:
        """Écrit les normes d'un fichier, tout ou rien. Une norme se reconnaît à son service
        et à son numéro; un service absent du répertoire est créé à partir de la norme (son
        nom), ses éléments à compléter. Le service qui reçoit une norme répond « oui » à
        l'élément 16 (et à l'élément 17 quand la norme a une cible) s'il n'avait pas répondu.
        Renvoie (normes créées, mises à jour, inchangées, services créés)."""
        depot = DepotServices(self.base)
        crees = modifiees = inchangees = services_crees = 0
        with self.base.ecriture() as db:
            pks: dict[tuple[str, str], int] = {}
            manquants: dict[tuple[str, str], Service] = {}
            for n in normes:
                cle = (n.exercice, n.service_id)
                if cle in pks or cle in manquants:
                    continue
                pk = depot.pk_par_id(*cle)
                if pk is not None:
                    pks[cle] = pk
                else:
                    brut = lambda c: (n.donnees_ouvertes.get(c) or [""])[0].strip()  # noqa: E731
                    manquants[cle] = Service(exercice=n.exercice, service_id=n.service_id,
                                             nom_fr=brut("service_name_fr"), nom_en=brut("service_name_en"))
            if manquants:
                for ex in {c[0] for c in manquants}:
                    depot._assurer_exercice(db, ex)
                services_crees = depot._inserer_nouveaux(db, list(manquants.values()))
                pks.update({cle: s.pk for cle, s in manquants.items()})
            touches: dict[int, bool] = {}
            maintenant = journal.maintenant()
            total = len(normes) or 1
            for i, n in enumerate(normes):
                service_pk = pks[(n.exercice, n.service_id)]
                touches[service_pk] = touches.get(service_pk, False) or n.cible is not None
                valeurs = {c: getattr(n, c) for c in _COLONNES}
                valeurs["donnees_ouvertes"] = json.dumps(n.donnees_ouvertes, ensure_ascii=False)
                avant = db.execute(
                    f"SELECT pk, {', '.join(_COLONNES)} FROM norme_service WHERE service_pk = ? AND norme_id = ?",
                    [service_pk, n.norme_id],
                ).fetchone()
                if avant is None:
                    cols = ["service_pk", *valeurs, "modifie_le"]
                    db.execute(f"INSERT INTO norme_service ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                               [service_pk, *valeurs.values(), maintenant])
                    crees += 1
                elif list(avant[1:]) != list(valeurs.values()):
                    db.execute(f"UPDATE norme_service SET {', '.join(f'{c} = ?' for c in valeurs)}, modifie_le = ?"
                               " WHERE pk = ?", [*valeurs.values(), maintenant, avant[0]])
                    journal.consigner(db, self.base.utilisateur, "import", "norme_service", avant[0],
                                      f"{n.service_id} {n.norme_id}")
                    modifiees += 1
                else:
                    inchangees += 1
                if progression and i % 500 == 0:
                    progression(i / total)
            if crees:
                journal.consigner(db, self.base.utilisateur, "import", "norme_service", "", "",
                                  apres=str(crees))
            for service_pk, avec_cible in touches.items():
                service = depot.charger(service_pk)
                apres = service.copie()
                if apres.normes_service is None:
                    apres.normes_service = "oui"
                if avec_cible and apres.cibles_rendement is None:
                    apres.cibles_rendement = "oui"
                plat_avant, plat_apres = _aplatir(service), _aplatir(apres)
                changes = [c for c in plat_apres if plat_avant.get(c) != plat_apres[c]]
                if changes:
                    ligne = _ligne(apres)
                    db.execute(f"UPDATE service SET {', '.join(f'{c} = ?' for c in ligne)} WHERE pk = ?",
                               [*ligne.values(), service_pk])
                    for champ in changes:
                        journal.consigner(db, self.base.utilisateur, "import", "service", service_pk,
                                          _libelle(apres), champ, plat_avant.get(champ), plat_apres[champ])
        return crees, modifiees, inchangees, services_crees
