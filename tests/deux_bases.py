"""Les essais du stockage et des cas d'usage sur les deux bases (issue 19, point 6).

Sur le serveur, l'application travaille toujours dans une base du poste : la copie de travail des
services de la personne, emportée du répertoire ministériel, dont ce qu'on y fait est renvoyé au
serveur (en direct dans la fenêtre, au renvoi sinon) avec ses règles — droits revérifiés par le
serveur, rien d'écrasé. Un essai qui prend ``genre_de_base`` (``conftest.base_d_essai``) tourne donc
deux fois :

- ``poste`` : une base SQLite neuve, comme avant;
- ``ministere`` : la même base, mais emportée d'une base PostgreSQL neuve (copie d'un modèle :
  vide, ou avec la démonstration versée) sous le nom d'Ada, administratrice. À la fin de l'essai,
  ce qu'il a laissé dans la copie est renvoyé au serveur, et le serveur doit alors avoir exactement
  ce que la copie avait — chaque fiche, chaque volume, résultat, initiative, les rapports inscrits
  au registre —, sinon l'essai échoue : une écriture qui ne passe pas au serveur, une valeur que le
  serveur refuse ou arrondit, un renvoi à trancher sont des défauts.

Les clés des fiches créées dans la copie sont redonnées par le serveur au renvoi : la comparaison
suit donc les fiches par leur contenu, leurs clés remplacées par celles de ce qu'elles désignent.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

MODELES = ("vide", "demo")
# ce que la comparaison ne regarde pas : les révisions (tenues par le serveur); la date d'un
# enregistrement qui n'a rien changé d'autre (le renvoi ne l'envoie pas, ``domaine.hors_ligne`` : un
# service supprimé puis rétabli, une séance réenregistrée telle quelle)
_IGNOREES = {"revision", "modifie_le"}


class Modeles:
    """Les bases modèles de la grappe, faites une fois par session : ``vide`` (initialisée, Ada
    administratrice) et ``demo`` (la démonstration de ``conftest.base`` versée)."""

    def __init__(self, grappe, dossier: Path):
        self.grappe = grappe
        self.dossier = dossier
        self._noms: dict[str, str] = {}

    def nom(self, modele: str) -> str:
        if modele not in self._noms:
            self._noms[modele] = self._faire(modele)
        return self._noms[modele]

    def _faire(self, modele: str) -> str:
        from gesserv_bureau.cas import repertoire, serveur as cas_serveur
        from gesserv_bureau.stockage.base import ouvrir

        nom = self.grappe.nouvelle_base()
        with cas_serveur.connecter(self.grappe.url(nom)) as s:
            cas_serveur.initialiser(s)
            cas_serveur.accorder(s, "ada", "administrateur")
            if modele == "demo":
                poste = self.dossier / "demo-versee.sqlite"
                with ouvrir(poste, rotation=False) as b:
                    assert repertoire.charger_demo(b) == 10
                cas_serveur.importer_base(s, poste)
        return nom

    def copie(self, modele: str, exercices=()) -> str:
        """Une base neuve de la grappe, copie du modèle, où le ministère a ouvert ``exercices``
        (un réglage du ministère : une copie n'en ouvre pas); son nom."""
        nom = "essai_" + uuid.uuid4().hex[:10]
        self.grappe.psql(f'CREATE DATABASE "{nom}" TEMPLATE "{self.nom(modele)}"')
        for code in exercices:
            self.grappe.psql(f"INSERT INTO exercice (code) VALUES ('{code}') ON CONFLICT DO NOTHING", nom)
        # les clés que le serveur donnera loin de celles que SQLite donne dans la copie : une fiche créée
        # dans la copie est renumérotée au renvoi, avec ce qui la désigne
        self.grappe.psql("DO $$ DECLARE s regclass; BEGIN FOR s IN SELECT oid::regclass FROM pg_class "
                         "WHERE relkind = 'S' LOOP PERFORM setval(s, nextval(s) + 100000); END LOOP; END $$", nom)
        return nom


class BaseDuMinistere:
    """La copie de travail d'un essai, emportée de sa propre base ministérielle."""

    def __init__(self, modeles: Modeles, chemin: Path, modele: str, exercices=()):
        from gesserv_bureau.cas import hors_ligne, serveur as cas_serveur

        self.grappe = modeles.grappe
        self.nom = modeles.copie(modele, exercices)
        self.chemin = Path(chemin)
        self.serveur = cas_serveur.connecter(self.grappe.url(self.nom, "ada"))
        hors_ligne.emporter(self.serveur, self.chemin)

    def verifier_et_fermer(self) -> None:
        """Renvoyer ce que l'essai a laissé dans la copie et vérifier que le serveur a tout."""
        try:
            if self.chemin.is_file():
                verifier_renvoi(self.serveur, self.chemin)
        finally:
            self.serveur.fermer()
            self.grappe.psql(f'DROP DATABASE IF EXISTS "{self.nom}" WITH (FORCE)')


def verifier_renvoi(serveur, chemin: Path) -> None:
    from gesserv_bureau.cas import hors_ligne
    from gesserv_bureau.stockage import parametres
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.serveur import emport

    with ouvrir(chemin, rotation=False) as b:
        if parametres.lire(b.conn, emport.CLE_INSTANTANE) is None:    # l'essai en a fait une base du poste
            return
        assert emport.instantane(b) is not None, "l'instantané d'emport de la copie est abîmé"
        poste = _lire(emport.lire_poste(b))
        registre = _registre(b.conn.execute("SELECT * FROM rapport").fetchall(), b.conn)
        try:
            hors_ligne.renvoyer_base(serveur, b)
        except hors_ligne.RenvoiATrancher as exc:      # personne d'autre n'écrit : rien ne peut se croiser
            raise AssertionError(f"le renvoi de l'essai est à trancher : {exc.plan}") from exc
    with serveur.moteur.connect() as c:
        serveur_ = _lire(emport.lire_emport(c, tout=True))
        registre_serveur = _registre_serveur(c)
    for table in _COMPAREES:
        manquent = sorted(set(poste[table]) - set(serveur_[table]))[:2]
        de_trop = sorted(set(serveur_[table]) - set(poste[table]))[:2]
        assert serveur_[table] == poste[table], (f"{table} : le serveur n'a pas ce que la copie avait\n"
                                                 f"dans la copie seulement : {manquent}\nsur le serveur seulement : {de_trop}")
    assert registre_serveur == registre, "rapport : le registre du serveur n'a pas ce que la copie avait"


def _lire(lignes: dict[str, list[dict]]) -> dict[str, list]:
    """Les lignes de chaque table, sans les clés des fiches : chaque colonne qui désigne une fiche par sa
    clé prend le contenu de cette fiche (sa propre clé ôtée), et les lignes sont triées."""
    from gesserv_bureau.domaine.hors_ligne import FICHES

    par_cle: dict[str, dict[int, dict]] = {t: {l["pk"]: l for l in ls} for t, ls in lignes.items()
                                          if t in FICHES}

    def identite(table: str, pk, profondeur: int = 0):
        ligne = par_cle.get(table, {}).get(pk)
        if ligne is None:
            return ("absente", table, pk)
        return _sans_cles(table, ligne, profondeur + 1)

    def _sans_cles(table: str, ligne: dict, profondeur: int = 0):
        sortie = {}
        for colonne, valeur in ligne.items():
            if colonne in _IGNOREES or colonne == "pk":     # une ligne dépendante : sa fiche et sa clé dans la fiche
                continue
            cible = _DESIGNE.get(colonne)
            if cible and valeur is not None and profondeur < 3:
                valeur = identite(cible, valeur, profondeur)
            elif colonne in _JSON_QUI_DESIGNENT.get(table, ()) and valeur:
                lu = json.loads(valeur)
                lu = {"services": lu} if colonne == "services" else lu       # l'ordre du jour : la liste elle-même
                valeur = _services_nommes(lu, lambda pk: identite("service", pk, profondeur))
            sortie[colonne] = valeur
        return json.dumps(sortie, sort_keys=True, ensure_ascii=False, default=str)

    return {t: sorted(_sans_cles(t, l) for l in lignes[t]) for t in sorted(lignes) if t in _COMPAREES}


_COMPAREES = ("service", "norme_service", "action_norme", "seance", "evaluation", "strategie", "volume",
              "resultat_norme", "initiative")
_DESIGNE = {"service_pk": "service", "norme_pk": "norme_service", "evaluation_pk": "evaluation",
            "seance_pk": "seance", "strategie_pk": "strategie"}


# les colonnes JSON où des services sont désignés par leur clé (des listes « services ») : l'ordre du
# jour d'une séance, les services d'une stratégie et de ses initiatives
_JSON_QUI_DESIGNENT = {"seance": ("services",), "strategie": ("contenu",)}


def _services_nommes(valeur, nommer):
    """``valeur`` (du JSON), chaque clé d'une liste ``services`` remplacée par ``nommer(clé)``."""
    if isinstance(valeur, list):
        return [_services_nommes(v, nommer) for v in valeur]
    if isinstance(valeur, dict):
        return {k: [nommer(pk) if isinstance(pk, int) else pk for pk in v] if k == "services" and isinstance(v, list)
                else _services_nommes(v, nommer) for k, v in valeur.items()}
    return valeur


def _registre(lignes, conn) -> list:
    colonnes = [r[1] for r in conn.execute("PRAGMA table_info(rapport)")]
    return sorted(json.dumps({c: v for c, v in zip(colonnes, l) if c not in ("pk", "utilisateur")},
                             sort_keys=True, default=str) for l in lignes)


def _registre_serveur(c) -> list:
    from sqlalchemy import select

    from gesserv_bureau.stockage import tables

    return sorted(json.dumps({k: v for k, v in dict(r).items() if k not in ("pk", "utilisateur")},
                             sort_keys=True, default=str)
                  for r in c.execute(select(tables.rapport)).mappings())
