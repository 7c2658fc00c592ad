"""Le dépôt des normes de service (2.7) : chaque norme appartient à son service."""

from __future__ import annotations

import json
from dataclasses import fields

from gesserv_bureau.domaine.formats_anciens import trimestres_du_fichier
from gesserv_bureau.domaine.norme import NormeService, ResultatNorme
from gesserv_bureau.domaine.suivi_normes import ActionNorme
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage import cles_reservees, journal, parametres
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_services import DepotServices, _aplatir, _libelle, _ligne, inserer_nouveaux
from gesserv_bureau.stockage.lecture import BaseLecture

from gesserv_bureau.stockage.lignes_normes import (
    _COLONNES,
    _COLONNES_ACTION,
    _COLONNES_FICHIER,
    _texte_journal,
    _valeurs,
)

TOLERANCE = "tolerance_normes"

_CHAMPS = tuple(f.name for f in fields(NormeService))
_SELECTION = ", ".join(f"s.{c}" if c in ("exercice", "service_id") else f"n.{c}" for c in _CHAMPS)
_RANG_DONNEES = _CHAMPS.index("donnees_ouvertes")
_RANG_MISE_EN_OEUVRE = _CHAMPS.index("mise_en_oeuvre")


class DepotNormes:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn

    def _lire(self, filtre: str, params: list) -> list[NormeService]:
        # les colonnes dans l'ordre des champs de NormeService : chaque norme construite d'une
        # ligne, par position (40 000 normes : 0,4 → 0,2 s; le contrôle de la qualité les lit toutes)
        curseur = self.conn.execute(
            f"SELECT {_SELECTION} FROM norme_service n JOIN service s ON s.pk = n.service_pk {filtre} ORDER BY n.pk",
            params)
        normes = []
        for r in curseur:
            valeurs = list(r)
            brut = valeurs[_RANG_DONNEES]
            valeurs[_RANG_DONNEES] = {} if not brut or brut == "{}" else json.loads(brut)
            valeurs[_RANG_MISE_EN_OEUVRE] = bool(valeurs[_RANG_MISE_EN_OEUVRE])
            normes.append(NormeService(*valeurs))
        return normes

    def pour_service(self, service_pk: int) -> list[NormeService]:
        return self._lire("WHERE n.service_pk = ?", [service_pk])

    def pour_exercice(self, exercice: str | None = None) -> list[NormeService]:
        if exercice is None:
            return self._lire("", [])
        return self._lire("WHERE s.exercice = ?", [exercice])

    def charger(self, pk: int) -> NormeService | None:
        normes = self._lire("WHERE n.pk = ?", [pk])
        return normes[0] if normes else None

    def historique(self, service_id: str) -> list[NormeService]:
        """Les normes du service (par son numéro d'ID) dans tous les exercices, les plus anciens
        d'abord : l'historique d'une norme se suit par son numéro."""
        normes = self._lire("WHERE s.service_id = ? AND s.service_id != ''", [service_id])
        return sorted(normes, key=lambda n: (n.norme_id, n.exercice))

    def creer(self, n: NormeService) -> int:
        """Une nouvelle norme du service ``n.service_pk`` (vérifiée avant, par le cas d'utilisation)."""
        valeurs = {"service_pk": n.service_pk, **_valeurs(n), "modifie_le": journal.maintenant()}
        with self.base.ecriture() as db:
            cle, _ = cles_reservees.nouvelle(db, "norme_service")     # une copie en direct : sa clé du serveur
            if cle is not None:
                valeurs = {"pk": cle, **valeurs}
            pk = db.execute(f"INSERT INTO norme_service ({', '.join(valeurs)}) VALUES ({', '.join('?' for _ in valeurs)})",
                            list(valeurs.values())).lastrowid
            journal.consigner(db, self.base.utilisateur, "creation", "norme_service", pk, f"{n.service_id} {n.norme_id}")
        n.pk = pk
        return pk

    def enregistrer(self, n: NormeService) -> list[str]:
        """Écrit les champs changés de la norme, chacun au journal; renvoie leurs noms."""
        avant = self.charger(n.pk)
        if avant is None:
            raise KeyError(n.pk)
        changes = [c for c in _COLONNES if getattr(avant, c) != getattr(n, c)]
        if not changes:
            return []
        valeurs = _valeurs(n, changes)
        with self.base.ecriture() as db:
            db.execute(f"UPDATE norme_service SET {', '.join(f'{c} = ?' for c in valeurs)}, modifie_le = ? WHERE pk = ?",
                       [*valeurs.values(), journal.maintenant(), n.pk])
            for c in changes:
                journal.consigner(db, self.base.utilisateur, "modification", "norme_service", n.pk,
                                  f"{n.service_id} {n.norme_id}", c, _texte_journal(getattr(avant, c)),
                                  _texte_journal(getattr(n, c)))
        return changes

    # --- les résultats par trimestre --------------------------------------------------------------
    def resultats(self, norme_pk: int) -> list[ResultatNorme]:
        return [ResultatNorme(periode=r[1], volume_conforme=r[2], volume_total=r[3], pk=r[0], norme_pk=norme_pk)
                for r in self.conn.execute(
                    "SELECT pk, periode, volume_conforme, volume_total FROM resultat_norme WHERE norme_pk = ?"
                    " ORDER BY periode", [norme_pk])]

    def resultats_de(self, norme_pks: list[int]) -> dict[int, list[ResultatNorme]]:
        """Les trimestres de plusieurs normes d'un coup (le rapport, le contrôle)."""
        par_norme: dict[int, list[ResultatNorme]] = {pk: [] for pk in norme_pks}
        for r in self.conn.execute("SELECT pk, norme_pk, periode, volume_conforme, volume_total FROM resultat_norme"
                                   " ORDER BY norme_pk, periode"):
            if r[1] in par_norme:
                par_norme[r[1]].append(ResultatNorme(r[2], r[3], r[4], pk=r[0], norme_pk=r[1]))
        return par_norme

    def enregistrer_resultat(self, r: ResultatNorme, libelle: str = "") -> None:
        """Le résultat d'un trimestre (vérifié avant); sans aucun volume, le trimestre est effacé."""
        with self.base.ecriture() as db:
            self._ecrire_resultat(db, r, libelle)

    def _ecrire_resultat(self, db, r: ResultatNorme, libelle: str, action: str = "resultat") -> None:
        """Dans la transaction de l'appelant; rien n'est écrit (ni consigné) si rien ne change."""
        avant = db.execute("SELECT volume_conforme, volume_total FROM resultat_norme WHERE norme_pk = ? AND periode = ?",
                           [r.norme_pk, r.periode]).fetchone()
        apres = (r.volume_conforme, r.volume_total)
        if tuple(avant or (None, None)) == apres:
            return
        if r.volume_conforme is None and r.volume_total is None:
            db.execute("DELETE FROM resultat_norme WHERE norme_pk = ? AND periode = ?", [r.norme_pk, r.periode])
        else:
            db.execute("INSERT INTO resultat_norme (norme_pk, periode, volume_conforme, volume_total, modifie_le)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (norme_pk, periode) DO UPDATE SET"
                       " volume_conforme = excluded.volume_conforme, volume_total = excluded.volume_total,"
                       " modifie_le = excluded.modifie_le",
                       [r.norme_pk, r.periode, r.volume_conforme, r.volume_total, journal.maintenant()])
        journal.consigner(db, self.base.utilisateur, action, "norme_service", r.norme_pk, libelle,
                          r.periode, json.dumps(list(avant)) if avant else None, json.dumps(list(apres)))

    # --- le plan d'action ---------------------------------------------------------------------------
    def actions(self, norme_pk: int) -> list[ActionNorme]:
        return self._actions("WHERE norme_pk = ?", [norme_pk])

    def _actions(self, filtre: str, params: list) -> list[ActionNorme]:
        return [ActionNorme(**dict(zip(_COLONNES_ACTION, r[2:])), pk=r[0], norme_pk=r[1])
                for r in self.conn.execute(f"SELECT pk, norme_pk, {', '.join(_COLONNES_ACTION)} FROM action_norme"
                                           f" {filtre} ORDER BY pk", params)]

    def action(self, pk: int) -> ActionNorme | None:
        trouvees = self._actions("WHERE pk = ?", [pk])
        return trouvees[0] if trouvees else None

    def toutes_les_actions(self) -> dict[int, list[ActionNorme]]:
        par_norme: dict[int, list[ActionNorme]] = {}
        for a in self._actions("", []):
            par_norme.setdefault(a.norme_pk, []).append(a)
        return par_norme

    def enregistrer_action(self, a: ActionNorme, libelle: str = "") -> int:
        """Crée ou met à jour l'action (vérifiée avant), au journal."""
        valeurs = {c: getattr(a, c) for c in _COLONNES_ACTION}
        with self.base.ecriture() as db:
            maintenant = journal.maintenant()
            if a.pk is None:
                cle, _ = cles_reservees.nouvelle(db, "action_norme")
                a.pk = db.execute(f"INSERT INTO action_norme (pk, norme_pk, {', '.join(valeurs)}, cree_le, modifie_le)"
                                  f" VALUES (?, ?, {', '.join('?' for _ in valeurs)}, ?, ?)",
                                  [cle, a.norme_pk, *valeurs.values(), maintenant, maintenant]).lastrowid
                journal.consigner(db, self.base.utilisateur, "creation", "action_norme", a.pk, libelle, apres=a.texte)
            else:
                db.execute(f"UPDATE action_norme SET {', '.join(f'{c} = ?' for c in valeurs)}, modifie_le = ? WHERE pk = ?",
                           [*valeurs.values(), maintenant, a.pk])
                journal.consigner(db, self.base.utilisateur, "modification", "action_norme", a.pk, libelle,
                                  apres=json.dumps(valeurs, ensure_ascii=False))
        return a.pk

    def supprimer_action(self, pk: int, libelle: str = "") -> None:
        with self.base.ecriture() as db:
            texte = db.execute("SELECT texte FROM action_norme WHERE pk = ?", [pk]).fetchone()
            db.execute("DELETE FROM action_norme WHERE pk = ?", [pk])
            journal.consigner(db, self.base.utilisateur, "suppression", "action_norme", pk, libelle,
                              avant=texte[0] if texte else None)

    # --- les paramètres du ministère ----------------------------------------------------------------
    def parametre(self, cle: str) -> str | None:
        return parametres.lire(self.conn, cle)

    def definir_parametre(self, cle: str, valeur: str) -> None:
        with self.base.ecriture() as db:
            avant = self.parametre(cle)
            parametres.ecrire(db, cle, valeur)
            if avant != valeur:
                journal.consigner(db, self.base.utilisateur, "modification", "parametre", cle, cle, cle, avant, valeur)

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
                services_crees = inserer_nouveaux(db, self.base.utilisateur, list(manquants.values()))
                pks.update({cle: s.pk for cle, s in manquants.items()})
            touches: dict[int, bool] = {}
            maintenant = journal.maintenant()
            total = len(normes) or 1
            for i, n in enumerate(normes):
                service_pk = pks[(n.exercice, n.service_id)]
                touches[service_pk] = touches.get(service_pk, False) or n.cible is not None
                valeurs = _valeurs(n, _COLONNES_FICHIER)
                avant = db.execute(
                    f"SELECT pk, {', '.join(_COLONNES_FICHIER)} FROM norme_service WHERE service_pk = ? AND norme_id = ?",
                    [service_pk, n.norme_id],
                ).fetchone()
                if avant is None:
                    cols = ["pk", "service_pk", *valeurs, "modifie_le"]
                    norme_pk = db.execute(f"INSERT INTO norme_service ({', '.join(cols)}) VALUES"
                                          f" ({', '.join('?' for _ in cols)})",
                                          [cles_reservees.hors_reserve(db, "norme_service"), service_pk,
                                           *valeurs.values(), maintenant]).lastrowid
                    crees += 1
                elif list(avant[1:]) != list(valeurs.values()):
                    norme_pk = avant[0]
                    db.execute(f"UPDATE norme_service SET {', '.join(f'{c} = ?' for c in valeurs)}, modifie_le = ?"
                               " WHERE pk = ?", [*valeurs.values(), maintenant, norme_pk])
                    journal.consigner(db, self.base.utilisateur, "import", "norme_service", norme_pk,
                                      f"{n.service_id} {n.norme_id}")
                    modifiees += 1
                else:
                    norme_pk = None
                    inchangees += 1
                # les trimestres du format 2017-2018 : des résultats par période (T1 à T4)
                if norme_pk is not None and any(c.startswith("q") and c.endswith("_business_volume")
                                                for c in n.donnees_ouvertes):
                    for r in trimestres_du_fichier(n.donnees_ouvertes):
                        r.norme_pk = norme_pk
                        self._ecrire_resultat(db, r, f"{n.service_id} {n.norme_id}", "import")
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
