"""Les cas d'utilisation des échanges avec les données ouvertes : importer un fichier du
répertoire ou des normes de service, exporter en CSV (format actuel) ou en classeur ``.xlsx``.

Partagés par l'interface (dans un fil de travail) et la ligne de commande.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gesserv_bureau.domaine import exportation, importation
from gesserv_bureau.domaine.fichier_csv import ErreurFichier, ProblemeImport
from gesserv_bureau.domaine.importation import Analyse
from gesserv_bureau.referentiel.donnees_ouvertes import FORMATS_NORMES
from gesserv_bureau.referentiel.messages_import import AVERTISSEMENT
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices

__all__ = ["Analyse", "ErreurFichier", "ResultatImport", "analyser", "empreintes_connues", "importer", "importer_fichier",
           "exporter_csv", "exporter_normes_csv", "exporter_xlsx", "services_internes"]


@dataclass
class ResultatImport:
    format: str
    crees: int = 0          # services (ou normes) créés
    modifies: int = 0
    inchanges: int = 0
    services_crees: int = 0  # pour des normes dont le service manquait
    avertissements: list[ProblemeImport] = field(default_factory=list)
    pks: list[int] = field(default_factory=list)  # les services importés

    @property
    def normes_de_service(self) -> bool:
        return self.format in FORMATS_NORMES

    @property
    def total(self) -> int:
        return self.crees + self.modifies + self.inchanges


def analyser(base: Base, chemin: Path | str, progression: Callable[[float], None] | None = None,
             annule: Callable[[], bool] | None = None) -> Analyse:
    """L'analyse du fichier, avec ce que la base ajoute : les normes dont le service manque; les
    lignes identiques à celles d'un import précédent, pour un service inchangé depuis, ne sont
    pas reconverties (:func:`empreintes_connues`)."""
    return completer_analyse(base, importation.analyser(chemin, progression, annule, empreintes_connues(base)))


def empreintes_connues(base: Base) -> set[str]:
    """Les empreintes des lignes déjà importées dont le service n'a pas changé depuis (à lire
    dans le fil de la connexion ``base``, puis à passer à l'analyse)."""
    return DepotServices(base).empreintes_inchangees()


def completer_analyse(base: Base, analyse: Analyse) -> Analyse:
    """Ajoute à l'analyse ce que seule la base sait : les normes dont le service manque, les
    noms que le réimport changerait seulement par l'encodage (rapide; à faire dans le fil de
    la connexion ``base``)."""
    if analyse.services:
        depot = DepotServices(base)
        connus = set(depot.exercices())
        existants: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
        for exercice in analyse.exercices():
            if exercice in connus:
                for ligne in depot.lignes(exercice):
                    existants.setdefault((exercice, ligne.service_id), []).append((ligne.pk, ligne.nom_fr, ligne.nom_en))
        importation.signaler_changements_encodage(
            analyse, {cle: [(fr, en) for _pk, fr, en in sorted(v)] for cle, v in existants.items()})
    if analyse.normes:
        manquants = DepotNormes(base).services_manquants([n for _, n in analyse.normes])
        for numero, n in analyse.normes:   # chaque norme dont le service manque : importée, signalée
            if (n.exercice, n.service_id) in manquants:
                analyse.problemes.append(ProblemeImport(numero, "service_id", n.service_id, "norme_sans_service",
                                                        AVERTISSEMENT, {"exercice": n.exercice, "norme": n.norme_id}))
    analyse.problemes.sort(key=lambda p: p.ligne)
    return analyse


def importer(base: Base, analyse: Analyse, progression: Callable[[float], None] | None = None,
             confirmer_encodage: bool = False) -> ResultatImport:
    """Écrit une analyse sans erreur, tout ou rien. Si plus de quelques noms ne changeraient
    que par l'encodage (``analyse.confirmation_encodage``), seulement sur confirmation."""
    if not analyse.importable:
        raise ValueError("analyse avec des erreurs : rien n'est importé")
    if analyse.confirmation_encodage and not confirmer_encodage:
        raise ValueError("noms changés par l'encodage : import non confirmé")
    resultat = ResultatImport(analyse.format, avertissements=analyse.avertissements)
    if analyse.normes_de_service:
        (resultat.crees, resultat.modifies, resultat.inchanges,
         resultat.services_crees) = DepotNormes(base).importer([n for _, n in analyse.normes], progression)
    else:
        services = [s for _, s in analyse.services]
        empreintes = [analyse.empreintes.get(numero) for numero, _ in analyse.services]
        resultat.crees, resultat.modifies, resultat.inchanges = DepotServices(base).importer(
            services, analyse.format, progression, empreintes)
        resultat.inchanges += len(analyse.inchanges)
    return resultat


def importer_fichier(base: Base, chemin: Path | str, progression: Callable[[float], None] | None = None,
                     confirmer_encodage: bool = False) -> tuple[Analyse, ResultatImport | None]:
    """Analyse puis importe si le fichier n'a aucune erreur et, s'il changerait plus de
    quelques noms seulement par l'encodage, si c'est confirmé (sinon ``None`` : rien d'écrit)."""
    analyse = analyser(base, chemin, progression)
    if not analyse.importable or (analyse.confirmation_encodage and not confirmer_encodage):
        return analyse, None
    return analyse, importer(base, analyse, confirmer_encodage=confirmer_encodage)


def verifier_qualite(base: Base, exercice: str | None = None) -> list:
    """Les constats du contrôle de la qualité des données (``domaine.qualite``)."""
    import gc

    from gesserv_bureau.domaine import qualite

    # des centaines de milliers d'objets créés d'un coup (services, normes, constats), aucun cycle :
    # le ramasse-miettes, qui les parcourrait tous à chaque seuil franchi, attend la fin (0,3 s de
    # moins sur 20 000 services et 40 000 normes)
    actif = gc.isenabled()
    gc.disable()
    try:
        depot = DepotServices(base)
        tous = depot.services()   # les autres exercices : la variation du volume d'une année à l'autre
        services = [s for s in tous if exercice is None or s.exercice == exercice]
        historique = [s for s in tous if exercice is not None and s.exercice != exercice]
        return qualite.verifier(services, DepotNormes(base).pour_exercice(exercice), historique)
    finally:
        if actif:
            gc.enable()


def verifier_qualite_fichier(chemin: Path, exercice: str | None = None) -> list:
    """Le même contrôle, sur une connexion à part en lecture : sûr dans un fil de travail."""
    from gesserv_bureau.stockage.lecture import BaseLecture

    with BaseLecture(chemin) as lecture:
        return verifier_qualite(lecture, exercice)


def exporter_csv(base: Base, chemin: Path | str, exercice: str | None = None, avec_internes: bool = False) -> int:
    """Le répertoire au format actuel des données ouvertes (46 colonnes). Les services internes
    (non intégrés, note de l'élément 10) n'en sont pas, sauf ``avec_internes`` : ils sortent
    alors avec le code ``INTERN`` de la liste de ``service_scope``. Renvoie les lignes écrites."""
    services = DepotServices(base).services(exercice, ordre_saisie=True)
    if not avec_internes:
        services = [s for s in services if not exportation.est_interne(s)]
    exportation.ecrire_atomique(Path(chemin), exportation.csv_services(services))
    return len(services)


def services_internes(base: Base, exercice: str | None = None) -> int:
    """Combien de services internes (non intégrés) l'export des données ouvertes laisse de côté
    par défaut."""
    return sum(1 for s in DepotServices(base).services(exercice) if exportation.est_interne(s))


def exporter_normes_csv(base: Base, chemin: Path | str, exercice: str | None = None, avec_internes: bool = False) -> int:
    """Les normes de service (24 colonnes); celles des services internes (non intégrés)
    seulement avec ``avec_internes``, comme leurs services."""
    normes = DepotNormes(base).pour_exercice(exercice)
    services = {s.pk: s for s in DepotServices(base).services(exercice)}
    if not avec_internes:
        normes = [n for n in normes if not (n.service_pk in services and exportation.est_interne(services[n.service_pk]))]
    exportation.ecrire_atomique(Path(chemin), exportation.csv_normes(normes, services))
    return len(normes)


def exporter_xlsx(base: Base, chemin: Path | str, exercice: str | None = None, langue: str = "fr") -> int:
    depot = DepotServices(base)
    services = depot.services(exercice, ordre_saisie=True)
    normes = DepotNormes(base).pour_exercice(exercice)
    codes = [exercice] if exercice else depot.exercices()
    exercices = [(c, depot.metadonnees(c)) for c in codes]
    exportation.ecrire_atomique(Path(chemin), exportation.classeur_xlsx(services, normes, exercices, langue))
    return len(services)
