"""Les cas d'utilisation que l'interface et la ligne de commande partagent.

Chaque fonction prend une :class:`Base` ouverte et fait un geste complet de l'utilisateur :
valider, écrire dans une transaction, consigner au journal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typing import TYPE_CHECKING, NamedTuple

from gesserv_bureau.domaine import exercice as exercices
from gesserv_bureau.domaine.lignes import LigneInventaire
from gesserv_bureau.stockage import table_inventaire
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.lecture import BaseLecture
from gesserv_bureau.stockage.serveur.adresse import refuser_reglage

# Au démarrage, la fenêtre n'a besoin que de lire les lignes (table_inventaire) : le dépôt complet,
# la validation et le sommaire s'importent au premier service ouvert ou écrit (de 25 à 38 ms de
# moins au démarrage, mesurés; sqlite-utils, plus de 90 ms, attend la première écriture).
if TYPE_CHECKING:
    from gesserv_bureau.domaine.service import Service
    from gesserv_bureau.domaine.sommaire import Sommaire
    from gesserv_bureau.domaine.validation import Probleme
    from gesserv_bureau.stockage.depot_services import DepotServices


def _depot(base: "Base | BaseLecture") -> DepotServices:
    """Le dépôt des services, chargé au premier service ouvert ou écrit (pas au démarrage)."""
    from gesserv_bureau.stockage.depot_services import DepotServices

    return DepotServices(base)


def exercices_connus(base: Base) -> list[str]:
    return table_inventaire.exercices(base.conn)


def exercice_par_defaut(base: Base) -> str:
    """Le plus récent des exercices de la base, ou l'exercice en cours pour une base neuve."""
    connus = exercices_connus(base)
    return connus[-1] if connus else exercices.courant()


def lignes_inventaire(base: Base, exercice: str, limite: int | None = None) -> list[LigneInventaire]:
    return table_inventaire.lignes(base.conn, exercice, limite)


def nombre_services(base: Base, exercice: str) -> int:
    return table_inventaire.nombre(base.conn, exercice)


def lignes_inventaire_fichier(chemin: Path, exercice: str) -> tuple[list[LigneInventaire], list[str]]:
    """Toutes les lignes et leurs clés de recherche, lues sur une connexion à part : sûr dans
    un fil de travail (la première frappe dans le filtre n'a plus rien à préparer)."""
    from gesserv_bureau.domaine.recherche import cle_recherche

    with BaseLecture(chemin) as lecture:
        lignes = table_inventaire.lignes(lecture.conn, exercice)
    return lignes, [cle_recherche(l) for l in lignes]


def sommaire_exercice_fichier(chemin: Path, exercice: str) -> "Sommaire":
    """Le sommaire, lu sur une connexion à part : sûr dans un fil de travail."""
    from gesserv_bureau.domaine.sommaire import sommaire

    with BaseLecture(chemin) as lecture:
        return sommaire(_depot(lecture).points_et_exclusions(exercice))


def charger_service(base: Base, pk: int) -> Service | None:
    return _depot(base).charger(pk)


def a_completer(base: Base, pk: int) -> list:
    """Ce qui manque encore au service ``pk`` (``domaine.validation.Probleme``, un par élément
    exigé), vide s'il est complet ou n'existe plus."""
    from gesserv_bureau.domaine.validation import a_completer as manques

    service = _depot(base).charger(pk)
    return manques(service) if service is not None else []


def normes_du_service(base: Base, pk: int) -> list:
    """Les normes de service (2.7) d'un service, importées des données ouvertes."""
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    return DepotNormes(base).pour_service(pk)


def problemes(base: Base, service: Service) -> list["Probleme"]:
    from gesserv_bureau.domaine.validation import valider

    autres = _depot(base).ids_autres(service.exercice, service.pk)
    return valider(service, autres)


def nouveau_service(base: Base, exercice: str) -> Service:
    from gesserv_bureau.domaine.service import Service

    service = Service(exercice)
    _depot(base).creer(service)
    return service


def enregistrer_service(base: Base, service: Service) -> list[str]:
    """Écrit le service tel qu'il est saisi, même incomplet : rien de ce qui est tapé ne se
    perd. Les problèmes se lisent avec :func:`problemes`."""
    return _depot(base).enregistrer(service)


def dupliquer_service(base: Base, pk: int) -> Service:
    depot = _depot(base)
    original = depot.charger(pk)
    if original is None:
        raise KeyError(pk)
    copie = original.copie(pk=None, service_id="", nom_fr=_copie_de(original.nom_fr, "fr"),
                           nom_en=_copie_de(original.nom_en, "en"))
    depot.creer(copie)
    return copie


def _copie_de(nom: str, langue: str) -> str:
    if not nom:
        return ""
    return f"{nom} (copy)" if langue == "en" else f"{nom} (copie)"


def supprimer_service(base: Base, pk: int) -> Service:
    """Supprime; le service renvoyé permet d'annuler avec :func:`restaurer_service`."""
    return _depot(base).supprimer(pk)


def restaurer_service(base: Base, service: Service) -> int:
    return _depot(base).restaurer(service)


class ResultatNouvelExercice(NamedTuple):   # plutôt qu'un dataclass figé : défini en 0,1 ms, pas 0,8 (mesuré)
    exercice: str
    copies: int


def commencer_exercice_suivant(base: Base, exercice: str) -> ResultatNouvelExercice:
    """La mise à jour annuelle du répertoire (7.1) : un nouvel exercice qui reprend les services."""
    cible = exercices.suivant(exercice)     # dans une copie : seulement si le serveur a cet exercice (le dépôt)
    depot = _depot(base)
    copies = depot.copier_exercice(exercices.normaliser(exercice), cible)
    return ResultatNouvelExercice(cible, copies)


def sommaire_exercice(base: Base, exercice: str) -> "Sommaire":
    from gesserv_bureau.domaine.sommaire import sommaire

    return sommaire(_depot(base).points_et_exclusions(exercice))


def metadonnees(base: Base, exercice: str) -> dict:
    return _depot(base).metadonnees(exercice)


def modifier_metadonnees(base: Base, exercice: str, gardien: str, derniere_revision: str) -> None:
    refuser_reglage(base, "metadonnees")
    _depot(base).modifier_metadonnees(exercice, gardien, derniere_revision)


def charger_demo(base: Base, dossiers: bool = False) -> int:
    """Remplit la base d'un petit répertoire réaliste et des trois exemples de l'annexe 1A.
    ``dossiers`` (la commande ``demo``) : aussi un dossier de chaque sorte — une 1B, une séance
    d'examen et ses examens 2A, une stratégie approuvée et sa mise à jour annuelle
    (``demonstration.remplir_dossiers``) —, pour que chaque rapport se produise aussitôt.
    Renvoie le nombre de services ajoutés; une base qui a déjà l'exercice de démonstration
    n'est pas touchée."""
    refuser_reglage(base, "exercice")   # une copie du répertoire ministériel : ni exercice ni métadonnées
    from gesserv_bureau.cas import demonstration
    from gesserv_bureau.stockage.depot_activites import DepotActivites

    depot = _depot(base)
    if depot.nombre(demonstration.EXERCICE_DEMO):
        return 0
    n = depot.inserer_en_lot(demonstration.services_demo())
    depot.modifier_metadonnees(
        demonstration.EXERCICE_DEMO, "Bureau de la gestion des services", dt.date.today().isoformat()
    )
    activites = DepotActivites(base)
    services = {s.nom_fr: s.pk for s in depot.services(demonstration.EXERCICE_DEMO)}
    for ev in demonstration.evaluations_demo():
        ev.service_pk = services.get(ev.nom)
        activites.enregistrer(ev)
    if dossiers:
        demonstration.remplir_dossiers(base)
    return n


def journal(base: Base, limite: int = 1000):
    """Les entrées du journal des modifications, les plus récentes d'abord."""
    from gesserv_bureau.stockage import journal as journal_stockage

    return journal_stockage.entrees(base.conn, limite=limite)
