"""Le dépôt des services et des exercices : lit et écrit des objets du domaine, consigne tout
changement au journal, dans la même transaction que l'écriture."""

from __future__ import annotations

import json
from collections.abc import Iterable

from gesserv_bureau.domaine.lignes import LigneInventaire, LigneRapport
from gesserv_bureau.domaine.service import CHAMPS_SIMPLES, Service, Volume, volumes_vides
from gesserv_bureau.referentiel.codes import EDITION, INTERNE_NON_INTEGRE, MODES
from gesserv_bureau.stockage.serveur.adresse import refuser_reglage
from gesserv_bureau.stockage import cles_reservees, journal, table_inventaire
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.lecture import BaseLecture
from gesserv_bureau.stockage.constantes import COLONNES_POINTS

_COLONNES_SIMPLES = tuple(c for c in CHAMPS_SIMPLES if c not in ("exercice",))
_LISTES = ("designations", "groupes_clients")


def _ligne(service: Service) -> dict:
    from gesserv_bureau.domaine.validation import nombre_a_completer  # écriture seulement

    ligne = {c: getattr(service, c) for c in CHAMPS_SIMPLES}
    for c in _LISTES:
        ligne[c] = json.dumps(list(getattr(service, c)))
    for code, col in COLONNES_POINTS.items():
        ligne[col] = service.points_interaction.get(code)
    ligne["donnees_ouvertes"] = json.dumps(service.donnees_ouvertes, ensure_ascii=False) if service.donnees_ouvertes else "{}"
    ligne["a_completer"] = nombre_a_completer(service)
    # 0009 : la contrainte de la colonne portee (0001) n'admet que les deux valeurs de l'élément
    # 10; un service interne (non intégré) y reste vide et se marque par service_interne.
    interne = service.portee == INTERNE_NON_INTEGRE
    ligne["portee"] = None if interne else service.portee
    ligne["service_interne"] = 1 if interne else 0
    ligne["exclu_calcul"] = 1 if service.exclu_calcul else 0
    so = {c: t for c, t in service.justifications_so.items() if t}
    ligne["justifications_so"] = json.dumps(so, ensure_ascii=False) if so else "{}"
    return ligne


# les champs texte du service : un NULL de la base y devient "" (calculé une fois, pas à chaque ligne)
_CHAMPS_TEXTE = frozenset(c for c in CHAMPS_SIMPLES if isinstance(getattr(Service, c, None), str))


def _service(ligne: dict, volumes: Iterable[tuple]) -> Service:
    valeurs = {c: ("" if (v := ligne[c]) is None and c in _CHAMPS_TEXTE else v) for c in CHAMPS_SIMPLES}
    service = Service(pk=ligne["pk"], **valeurs)
    for c in _LISTES:
        setattr(service, c, list(table_inventaire.codes_json(ligne[c] or "[]")))
    service.points_interaction = {code: ligne[col] for code, col in COLONNES_POINTS.items()}
    brut = ligne.get("donnees_ouvertes") or "{}"
    service.donnees_ouvertes = {} if brut == "{}" else json.loads(brut)
    if ligne.get("service_interne"):
        service.portee = INTERNE_NON_INTEGRE
    service.exclu_calcul = bool(ligne.get("exclu_calcul"))
    brut = ligne.get("justifications_so") or "{}"
    service.justifications_so = {} if brut == "{}" else json.loads(brut)
    service.volumes = volumes_vides()
    for mode, etat, demandes, extrants in volumes:
        service.volumes[mode] = Volume(etat, demandes, extrants)
    return service


def _aplatir(service: Service) -> dict[str, str]:
    """Chaque élément en texte, pour comparer deux versions et tenir le journal."""
    plat = {c: "" if getattr(service, c) is None else str(getattr(service, c)) for c in _COLONNES_SIMPLES}
    plat.pop("modifie_le", None)
    for c in _LISTES:
        plat[c] = ",".join(getattr(service, c))
    for code, rep in service.points_interaction.items():
        plat[f"point_{code}"] = rep or ""
    for code, texte in service.justifications_so.items():
        if texte:
            plat[f"justification_so_{code}"] = texte
    for mode, v in service.volumes.items():
        plat[f"volume_{mode}"] = f"{v.etat or ''}|{'' if v.demandes is None else v.demandes}|{'' if v.extrants is None else v.extrants}"
    plat["donnees_ouvertes"] = json.dumps(service.donnees_ouvertes, ensure_ascii=False, sort_keys=True) if service.donnees_ouvertes else ""
    return plat


def _changes(plat_avant: dict[str, str], plat_apres: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """(champ, avant, après) de chaque élément aplati qui diffère."""
    return [(c, plat_avant.get(c), v) for c, v in plat_apres.items() if plat_avant.get(c) != v]


def _libelle(service: Service) -> str:
    return f"{service.service_id} {service.nom_fr or service.nom_en}".strip()


class DepotServices:
    def __init__(self, base: "Base | BaseLecture"):
        self.base = base
        self.conn = base.conn  # lectures : la connexion SQLite brute (aussi dans un fil de travail)

    # --- exercices -----------------------------------------------------------------
    def exercices(self) -> list[str]:
        return table_inventaire.exercices(self.conn)

    def creer_exercice(self, code: str) -> None:
        with self.base.ecriture() as db:
            if not db.execute("SELECT 1 FROM exercice WHERE code = ?", [code]).fetchone():
                db.execute(
                    "INSERT INTO exercice (code, edition_referentiel) VALUES (?, ?)", [code, EDITION]
                )
                journal.consigner(db, self.base.utilisateur, "creation", "exercice", code, code)

    def metadonnees(self, exercice: str) -> dict:
        ligne = self.conn.execute(
            "SELECT gardien, derniere_revision, edition_referentiel FROM exercice WHERE code = ?",
            [exercice],
        ).fetchone()
        if not ligne:
            return {"gardien": "", "derniere_revision": "", "edition_referentiel": EDITION}
        return dict(zip(("gardien", "derniere_revision", "edition_referentiel"), ligne))

    def modifier_metadonnees(self, exercice: str, gardien: str, derniere_revision: str) -> None:
        avant = self.metadonnees(exercice)
        with self.base.ecriture() as db:
            # Une base neuve n'a pas encore la ligne de l'exercice affiché : sans elle, l'UPDATE
            # ne toucherait rien et les métadonnées saisies seraient perdues.
            self._assurer_exercice(db, exercice)
            db.execute(
                "UPDATE exercice SET gardien = ?, derniere_revision = ? WHERE code = ?",
                [gardien, derniere_revision, exercice],
            )
            for champ, valeur in (("gardien", gardien), ("derniere_revision", derniere_revision)):
                if avant[champ] != valeur:
                    journal.consigner(
                        db, self.base.utilisateur, "modification", "exercice", exercice, exercice,
                        champ, avant[champ], valeur,
                    )

    # --- lecture (la table et le rapport : table_inventaire) ------------------------------
    def lignes(self, exercice: str, limite: int | None = None) -> list[LigneInventaire]:
        return table_inventaire.lignes(self.conn, exercice, limite)

    def lignes_rapport(self, exercice: str) -> list[LigneRapport]:
        return table_inventaire.lignes_rapport(self.conn, exercice)

    def charger(self, pk: int) -> Service | None:
        curseur = self.conn.execute("SELECT * FROM service WHERE pk = ?", [pk])
        r = curseur.fetchone()
        if r is None:
            return None
        ligne = dict(zip([d[0] for d in curseur.description], r))
        volumes = self.conn.execute(
            "SELECT mode, etat, demandes, extrants FROM volume WHERE service_pk = ?", [pk]
        ).fetchall()
        return _service(ligne, volumes)

    def services(self, exercice: str | None = None, ordre_saisie: bool = False) -> list[Service]:
        """Les services d'un exercice (de tous si ``None``), en deux requêtes; par numéro d'ID,
        ou dans l'ordre de leur saisie ou de leur import (``ordre_saisie``)."""
        filtre, params = ("WHERE exercice = ?", [exercice]) if exercice else ("", [])
        volumes: dict[int, list[tuple]] = {}
        for r in self.conn.execute(
            "SELECT service_pk, mode, etat, demandes, extrants FROM volume WHERE service_pk IN"
            f" (SELECT pk FROM service {filtre})", params
        ):
            volumes.setdefault(r[0], []).append(r[1:])
        ordre = "pk" if ordre_saisie else "exercice, service_id, pk"
        curseur = self.conn.execute(f"SELECT * FROM service {filtre} ORDER BY {ordre}", params)
        noms = [d[0] for d in curseur.description]
        return [_service(dict(zip(noms, r)), volumes.get(r[0], ())) for r in curseur]

    def ids_autres(self, exercice: str, sauf_pk: int | None) -> set[str]:
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT service_id FROM service WHERE exercice = ? AND pk IS NOT ? AND service_id != ''",
                [exercice, sauf_pk],
            )
        }

    def points_et_exclusions(self, exercice: str) -> list[tuple]:
        """Pour le sommaire : ce que lit le calcul de 2.9.4 (``EntreeCalcul`` : les six réponses
        dans l'ordre du référentiel, portée, exclusion et sa justification, numéro et noms),
        désignations, à compléter, type."""
        from gesserv_bureau.domaine.services_electroniques import EntreeCalcul

        cols = ", ".join(COLONNES_POINTS.values())
        vide: tuple = ()
        return [
            (EntreeCalcul(r[10:], INTERNE_NON_INTEGRE if r[8] else r[1], bool(r[9]), r[0], r[5], r[6], r[7]),
             vide if r[2] == "[]" else tuple(json.loads(r[2])), r[3], r[4])
            for r in self.conn.execute(
                "SELECT justification_exclusion, portee, designations, a_completer, type_service, service_id,"
                f" nom_fr, nom_en, service_interne, exclu_calcul, {cols}"
                " FROM service WHERE exercice = ? ORDER BY service_id, pk",
                [exercice],
            )
        ]

    # --- écriture ------------------------------------------------------------------
    def _ecrire_volumes(self, db, pk: int, service: Service) -> None:
        db.execute("DELETE FROM volume WHERE service_pk = ?", [pk])
        for mode in MODES.codes():
            v = service.volumes.get(mode) or Volume()
            db.execute(
                "INSERT INTO volume (service_pk, mode, etat, demandes, extrants) VALUES (?, ?, ?, ?, ?)",
                [pk, mode, v.etat, v.demandes, v.extrants],
            )

    def _inserer(self, db, service: Service, pk: int | None = None) -> int:
        ligne = _ligne(service)
        ligne["modifie_le"] = journal.maintenant()
        ligne["edition_referentiel"] = EDITION
        if pk is not None:
            ligne["pk"] = pk
        colonnes = list(ligne)
        curseur = db.execute(
            f"INSERT INTO service ({', '.join(colonnes)}) VALUES ({', '.join('?' for _ in colonnes)})",
            [ligne[c] for c in colonnes],
        )
        nouveau = curseur.lastrowid if pk is None else pk
        self._ecrire_volumes(db, nouveau, service)
        return nouveau

    def creer(self, service: Service) -> int:
        with self.base.ecriture() as db:
            self._assurer_exercice(db, service.exercice)
            cle, reservee = cles_reservees.nouvelle(db, "service")    # en direct : sa clé sur le serveur, dite au journal
            pk = self._inserer(db, service, pk=cle)
            journal.consigner(db, self.base.utilisateur, "creation", "service", pk, _libelle(service),
                              apres=cles_reservees.MARQUE if reservee else None)
        service.pk = pk
        return pk

    def _assurer_exercice(self, db, code: str) -> None:
        if not db.execute("SELECT 1 FROM exercice WHERE code = ?", [code]).fetchone():
            refuser_reglage(self.base, "exercice")   # un réglage du ministère : pas dans une copie
            db.execute("INSERT INTO exercice (code, edition_referentiel) VALUES (?, ?)", [code, EDITION])

    def enregistrer(self, service: Service) -> list[str]:
        """Écrit ``service`` (déjà créé); renvoie les éléments changés, consignés au journal."""
        if service.pk is None:
            raise ValueError("service sans pk : utiliser creer()")
        avant = self.charger(service.pk)
        if avant is None:
            raise KeyError(service.pk)
        plat_avant, plat_apres = _aplatir(avant), _aplatir(service)
        changes = [c for c in plat_apres if plat_avant.get(c) != plat_apres[c]]
        if not changes:
            return []
        ligne = _ligne(service)
        ligne["modifie_le"] = journal.maintenant()
        with self.base.ecriture() as db:
            db.execute(
                f"UPDATE service SET {', '.join(f'{c} = ?' for c in ligne)} WHERE pk = ?",
                [*ligne.values(), service.pk],
            )
            # changé hors de l'import : le réimport du fichier devra le comparer de nouveau
            db.execute("DELETE FROM empreinte_import WHERE service_pk = ?", [service.pk])
            if any(c.startswith("volume_") for c in changes):
                self._ecrire_volumes(db, service.pk, service)
            for champ in changes:
                journal.consigner(
                    db, self.base.utilisateur, "modification", "service", service.pk,
                    _libelle(service), champ, plat_avant.get(champ), plat_apres[champ],
                )
        service.modifie_le = ligne["modifie_le"]
        return changes

    def supprimer(self, pk: int) -> Service:
        """Supprime un service; renvoie tout ce qu'il faut pour l'annuler (:meth:`restaurer`)."""
        service = self.charger(pk)
        if service is None:
            raise KeyError(pk)
        with self.base.ecriture() as db:
            # les évaluations liées (1A, 1B, 2A) perdent leur lien (ON DELETE SET NULL) : le journal le
            # garde, pour que l'annulation le rétablisse
            liees = [r[0] for r in db.execute("SELECT pk FROM evaluation WHERE service_pk = ?", [pk])]
            # de même les initiatives (2A) qui le désignent
            initiatives = [r[0] for r in db.execute("SELECT pk FROM initiative WHERE service_pk = ?", [pk])]
            # ses normes de service partent avec lui (ON DELETE CASCADE) : gardées au journal
            curseur = db.execute("SELECT * FROM norme_service WHERE service_pk = ?", [pk])
            noms = [d[0] for d in curseur.description]
            normes = [dict(zip(noms, r)) for r in curseur]
            # et avec elles leurs résultats par trimestre et leur plan d'action
            suivis = {table: _lignes_des_normes(db, table, [n["pk"] for n in normes])
                      for table in ("resultat_norme", "action_norme")}
            db.execute("DELETE FROM service WHERE pk = ?", [pk])
            journal.consigner(
                db, self.base.utilisateur, "suppression", "service", pk, _libelle(service),
                avant=json.dumps(_aplatir(service), ensure_ascii=False),
                apres=json.dumps({"activites": liees, "initiatives": initiatives, "normes": normes, **suivis},
                                 ensure_ascii=False),
            )
        return service

    def restaurer(self, service: Service) -> int:
        """Remet un service supprimé, avec son identifiant interne d'origine."""
        with self.base.ecriture() as db:
            self._assurer_exercice(db, service.exercice)
            pk = self._inserer(db, service, pk=service.pk)
            # la suppression de ce service-ci (une autre fiche a pu être créée puis supprimée à la même
            # clé depuis : ses normes ne sont pas les siennes), à défaut la dernière à cette clé
            suppressions = db.execute(
                "SELECT avant, apres FROM journal WHERE entite = 'service' AND cle = ? AND action = 'suppression'"
                " ORDER BY id DESC", [str(pk)]).fetchall()
            lui = json.dumps(_aplatir(service), ensure_ascii=False)
            suppression = next((s for s in suppressions if s[0] == lui), suppressions[0] if suppressions else None)
            gardes = json.loads(suppression[1]) if suppression and suppression[1] else {}
            for activite in gardes.get("activites", []):
                db.execute(
                    "UPDATE evaluation SET service_pk = ? WHERE pk = ? AND service_pk IS NULL", [pk, activite]
                )
            for initiative in gardes.get("initiatives", []):
                db.execute("UPDATE initiative SET service_pk = ? WHERE pk = ? AND service_pk IS NULL", [pk, initiative])
            # ses normes reviennent, leurs résultats et leurs actions avec elles : une norme garde son
            # numéro interne s'il est libre, sinon (une autre norme l'a pris depuis) elle en reçoit un
            # nouveau, et ses résultats et ses actions la suivent — jamais rattachés à une autre
            nouveaux: dict[int, int] = {}
            for norme in gardes.get("normes", []):
                norme = {**norme, "service_pk": pk}
                ancien = norme["pk"]
                if db.execute("SELECT 1 FROM norme_service WHERE pk = ?", [ancien]).fetchone():
                    del norme["pk"]
                    if (cle := cles_reservees.hors_reserve(db, "norme_service")) is not None:
                        norme["pk"] = cle
                colonnes = list(norme)
                curseur = db.execute(f"INSERT INTO norme_service ({', '.join(colonnes)})"
                                     f" VALUES ({', '.join('?' for _ in colonnes)})", [norme[c] for c in colonnes])
                nouveaux[ancien] = norme.get("pk", curseur.lastrowid)
            for table in ("resultat_norme", "action_norme"):
                for ligne in gardes.get(table, []):
                    if ligne["norme_pk"] not in nouveaux:
                        continue
                    ligne = _ligne_remise(db, table, ligne, nouveaux[ligne["norme_pk"]])
                    colonnes = list(ligne)
                    db.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(colonnes)})"
                               f" VALUES ({', '.join('?' for _ in colonnes)})", [ligne[c] for c in colonnes])
            journal.consigner(db, self.base.utilisateur, "restauration", "service", pk, _libelle(service))
        return pk

    def copier_exercice(self, source: str, cible: str) -> int:
        """La mise à jour annuelle (7.1) : reporte chaque service de ``source`` dans ``cible``.

        Les éléments descriptifs sont repris; les volumes, propres à un exercice, sont remis à
        compléter (un mode qui ne s'appliquait pas reste « ne s'applique pas »). Les normes de
        service en vigueur sont reprises avec chaque service, leurs résultats à mesurer de nouveau.
        """
        services = self.services(source)
        with self.base.ecriture() as db:
            self._assurer_exercice(db, cible)
            deja = {
                r[0] for r in db.execute(
                    "SELECT service_id FROM service WHERE exercice = ? AND service_id != ''", [cible]
                )
            }
            # Un service sans numéro d'ID (en cours de saisie) se reconnaît à son nom : une
            # seconde copie ne doit pas le doubler.
            deja_sans_id = {
                (r[0], r[1]) for r in db.execute(
                    "SELECT nom_fr, nom_en FROM service WHERE exercice = ? AND service_id = ''", [cible]
                )
            }
            # les normes (leur domaine, le tableau 8) : chargées ici, pas au démarrage
            from gesserv_bureau.stockage.lignes_normes import copier_normes

            copies = normes = 0
            for service in services:
                if service.service_id and service.service_id in deja:
                    continue
                if not service.service_id and (service.nom_fr, service.nom_en) in deja_sans_id:
                    continue
                volumes = {
                    m: Volume("sans_objet") if v.etat == "sans_objet" else Volume()
                    for m, v in service.volumes.items()
                }
                nouveau = self._inserer(db, service.copie(pk=None, exercice=cible, volumes=volumes),
                                        pk=cles_reservees.hors_reserve(db, "service"))
                normes += copier_normes(db, self.base.utilisateur, service.pk, nouveau, cible)
                copies += 1
            journal.consigner(
                db, self.base.utilisateur, "copie_exercice", "exercice", cible, cible,
                avant=source, apres=str(copies),
            )
            if normes:
                journal.consigner(db, self.base.utilisateur, "copie_exercice", "norme_service", cible, cible,
                                  avant=source, apres=str(normes))
        return copies

    def nombre(self, exercice: str | None = None) -> int:
        return table_inventaire.nombre(self.conn, exercice)

    def inserer_en_lot(self, services: Iterable[Service]) -> int:
        """Plusieurs services dans une seule transaction (démonstration, banc d'essai)."""
        n = 0
        with self.base.ecriture() as db:
            vus = set()
            for service in services:
                if service.exercice not in vus:
                    self._assurer_exercice(db, service.exercice)
                    vus.add(service.exercice)
                self._inserer(db, service)
                n += 1
            journal.consigner(db, self.base.utilisateur, "creation_lot", "service", "", "", apres=str(n))
        return n

    def empreintes_inchangees(self) -> set[str]:
        """Les empreintes des lignes importées dont le service n'a pas changé depuis : leur
        réimport n'a rien à changer (voir la migration 0013)."""
        return {r[0] for r in self.conn.execute(
            "SELECT e.empreinte FROM empreinte_import e JOIN service s ON s.pk = e.service_pk"
            " WHERE s.modifie_le = e.modifie_le")}

    def importer(self, services: list[Service], fmt: str, progression=None,
                 empreintes: list[str] | None = None) -> tuple[int, int, int]:
        """Écrit les services d'un fichier importé, tout ou rien, dans une seule transaction.

        Un service se reconnaît à son exercice et à son numéro d'ID : réimporter le même
        fichier met à jour, ne double jamais. Un numéro que le fichier donne deux fois donne
        deux services (la n-ième ligne retrouve le n-ième service de ce numéro). Chaque service
        garde l'empreinte de sa ligne (``empreintes``, dans l'ordre des services), pour que le
        réimport d'une ligne inchangée n'ait plus rien à comparer.
        Renvoie (créés, mis à jour, inchangés).
        """
        from collections import Counter

        from gesserv_bureau.domaine.conversion_gc import fusionner

        crees = modifies = inchanges = 0
        empreintes = empreintes or [None] * len(services)
        gardees: list[tuple[int, str, str]] = []   # (pk, empreinte, modifié le)
        with self.base.ecriture() as db:
            exercices = sorted({s.exercice for s in services})
            for ex in exercices:
                self._assurer_exercice(db, ex)
            existants: dict[tuple[str, str], list[tuple[int, str]]] = {}
            marques = ", ".join("?" for _ in exercices)
            for pk, ex, sid, modifie_le in db.execute(
                f"SELECT pk, exercice, service_id, modifie_le FROM service WHERE exercice IN ({marques}) ORDER BY pk",
                exercices,
            ):
                existants.setdefault((ex, sid), []).append((pk, modifie_le))
            occurrences: Counter = Counter()
            nouveaux: list[tuple[Service, str | None]] = []
            total = len(services) or 1
            maintenant = journal.maintenant()
            for i, (service, empreinte) in enumerate(zip(services, empreintes)):
                cle = (service.exercice, service.service_id)
                rang = occurrences[cle]
                occurrences[cle] += 1
                pks = existants.get(cle, [])
                if rang >= len(pks):
                    nouveaux.append((service, empreinte))
                    continue
                pk, modifie_le = pks[rang]
                avant = self.charger(pk)
                apres = fusionner(avant, service, fmt)
                # comparer d'abord les objets (rapide); aplatis seulement s'ils diffèrent
                changes = [] if apres == avant else _changes(_aplatir(avant), _aplatir(apres))
                if not changes:
                    inchanges += 1
                    if empreinte:
                        gardees.append((pk, empreinte, modifie_le or ""))
                    continue
                ligne = _ligne(apres)
                ligne["modifie_le"] = maintenant
                db.execute(f"UPDATE service SET {', '.join(f'{c} = ?' for c in ligne)} WHERE pk = ?",
                           [*ligne.values(), avant.pk])
                self._ecrire_volumes(db, avant.pk, apres)
                for champ, valeur_avant, valeur_apres in changes:
                    journal.consigner(db, self.base.utilisateur, "import", "service", avant.pk, _libelle(apres),
                                      champ, valeur_avant, valeur_apres)
                modifies += 1
                if empreinte:
                    gardees.append((pk, empreinte, maintenant))
                if progression and i % 500 == 0:
                    progression(i / total / 2)
            crees = inserer_nouveaux(db, self.base.utilisateur, [s for s, _ in nouveaux], progression, maintenant)
            gardees.extend((s.pk, e, maintenant) for s, e in nouveaux if e)
            db.conn.executemany("INSERT OR REPLACE INTO empreinte_import (service_pk, empreinte, modifie_le)"
                                " VALUES (?, ?, ?)", gardees)
        return crees, modifies, inchanges

    def pk_par_id(self, exercice: str, service_id: str) -> int | None:
        r = self.conn.execute(
            "SELECT pk FROM service WHERE exercice = ? AND service_id = ? ORDER BY pk LIMIT 1",
            [exercice, service_id],
        ).fetchone()
        return r[0] if r else None


def inserer_nouveaux(db, utilisateur: str, services: list[Service], progression=None, maintenant: str | None = None) -> int:
    """Dans la transaction ``db`` : ``services`` à la suite des clés de la base (un import), en un lot."""
    if not services:
        return 0
    premier = cles_reservees.hors_reserve(db, "service") or (db.execute("SELECT max(pk) FROM service").fetchone()[0] or 0) + 1
    maintenant = maintenant or journal.maintenant()
    lignes, volumes = [], []
    for i, service in enumerate(services):
        pk = premier + i
        ligne = _ligne(service)
        ligne["pk"] = pk
        ligne["modifie_le"] = maintenant
        ligne["edition_referentiel"] = EDITION
        lignes.append(ligne)
        for mode in MODES.codes():
            v = service.volumes.get(mode) or Volume()
            volumes.append((pk, mode, v.etat, v.demandes, v.extrants))
        if progression and i % 1000 == 0:
            progression(0.5 + i / len(services) / 2)
    colonnes = list(lignes[0])
    db.conn.executemany(
        f"INSERT INTO service ({', '.join(colonnes)}) VALUES ({', '.join('?' for _ in colonnes)})",
        [[l[c] for c in colonnes] for l in lignes],
    )
    db.conn.executemany(
        "INSERT INTO volume (service_pk, mode, etat, demandes, extrants) VALUES (?, ?, ?, ?, ?)", volumes
    )
    journal.consigner_lot(db, utilisateur, "import", "service",
                          [(premier + i, _libelle(s)) for i, s in enumerate(services)])
    for i, service in enumerate(services):
        service.pk = premier + i
    return len(services)


def _lignes_des_normes(db, table: str, normes: list[int]) -> list[dict]:
    """Les lignes de ``table`` (résultats, actions) qui appartiennent à ces normes."""
    if not normes:
        return []
    curseur = db.execute(f"SELECT * FROM {table} WHERE norme_pk IN ({', '.join('?' for _ in normes)})"
                         " ORDER BY pk", normes)
    noms = [d[0] for d in curseur.description]
    return [dict(zip(noms, r)) for r in curseur]


def _ligne_remise(db, table: str, ligne: dict, norme_pk: int) -> dict:
    """Un résultat ou une action d'une norme remise avec son service, rattaché à ``norme_pk``;
    une action garde son numéro interne s'il est libre : c'est la même fiche, pas une nouvelle
    (un renvoi au serveur ministériel la reconnaît ainsi, et ne la supprime pas)."""
    libre = table == "action_norme" and not db.execute(
        "SELECT 1 FROM action_norme WHERE pk = ?", [ligne.get("pk")]).fetchone()
    remise = {**{c: v for c, v in ligne.items() if c != "pk" or libre}, "norme_pk": norme_pk}
    if table == "action_norme" and not libre and (cle := cles_reservees.hors_reserve(db, "action_norme")) is not None:
        remise["pk"] = cle                       # (dans une copie en direct : jamais une clé qu'elle garde)
    return remise
