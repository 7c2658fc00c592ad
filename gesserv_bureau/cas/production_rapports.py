"""Les cas d'utilisation des rapports : produire un rapport à partir de la base — son document
(``rapports.document``), rendu dans un format (``rapports.formats`` : PDF balisé, Word,
PowerPoint) —, l'écrire (atomiquement) et le consigner au registre (fichier, SHA-256,
signataires, date). Partagés par l'interface (aperçu, impression, export) et la ligne de
commande."""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path

from gesserv_bureau.domaine import outils
from gesserv_bureau.stockage.base import Base


class RapportIntrouvable(LookupError):
    """L'évaluation, la séance ou la stratégie demandée n'existe pas."""


@dataclass
class Produit:
    type: str
    titre: str
    langue: str
    contenu: bytes
    nom_fichier: str
    format: str = "pdf"
    ebauche: bool = False          # l'élément n'est pas approuvé (ou pas terminé) : « ÉBAUCHE »
    repli_ebauche: bool = False    # sans clé, aucun élément terminé ou approuvé : le plus récent

    @property
    def pdf(self) -> bytes:
        if self.format != "pdf":
            raise ValueError(f"rapport au format {self.format}, pas PDF")
        return self.contenu

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.contenu).hexdigest()


def _format(code: str):
    from gesserv_bureau.rapports.formats import FORMATS, FormatInconnu

    if code not in FORMATS:
        raise FormatInconnu(code, ", ".join(f.extension for f in FORMATS.values()))
    return FORMATS[code]


def _rendre(type_: str, format_: str, module, *args, ebauche: bool = False, **options) -> bytes:
    """Le rapport d'un module ``rapport_*`` dans le format demandé : son ``document(...)`` rendu
    par le format (PDF, Word, PowerPoint). Un module pas encore passé au modèle de document
    (``rapport(...)`` seulement) ne sait faire que le PDF."""
    from gesserv_bureau.rapports.formats import FormatInconnu, formats_pour

    fmt = _format(format_)
    if fmt not in formats_pour(type_):
        raise FormatInconnu(fmt.extension, ", ".join(f.extension for f in formats_pour(type_)))
    if hasattr(module, "document"):
        # la présentation (PowerPoint) d'un rapport qui en a une : plus courte que le document
        construire = module.presentation if fmt.code == "pptx" and hasattr(module, "presentation") else module.document
        doc = construire(*args, **_acceptees(construire, options))
        doc.ebauche = doc.ebauche or ebauche
        return fmt.rendre(doc)
    if fmt.code != "pdf":
        raise FormatInconnu(fmt.extension, ".pdf")
    return module.rapport(*args, **_acceptees(module.rapport, options))


# les options qu'un module pas encore passé au modèle de document peut ne pas connaître
_OPTIONS_FACULTATIVES = ("titre_auteur",)


def _acceptees(fonction, options: dict) -> dict:
    """Les options, moins celles de :data:`_OPTIONS_FACULTATIVES` que ``fonction`` ne prend pas
    (le titre de « Préparé par » : seuls les modules passés au modèle de document l'impriment)."""
    import inspect

    parametres = inspect.signature(fonction).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parametres.values()):
        return options
    return {k: v for k, v in options.items() if k not in _OPTIONS_FACULTATIVES or k in parametres}


# --- qui a préparé le rapport : le profil, jamais le compte du système --------------------------
# les champs d'un dossier qui nomment une personne (auteur, pondération et critères 1B)
CHAMPS_PERSONNE = ("auteur", "definie_par", "retiree_par", "cree_par", "exporte_par")


def comptes_systeme(base=None) -> set[str]:
    """Les noms du compte du système d'exploitation sous lequel l'application tourne (celui que
    la base note au journal technique, et ceux que disent l'environnement et le système) : aucun
    ne doit paraître dans un rapport."""
    import getpass
    import os

    noms = {getattr(base, "utilisateur", "")}
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        noms.add(os.environ.get(variable, ""))
    try:
        noms.add(getpass.getuser())
    except Exception:  # noqa: BLE001 — pas de compte nommé (conteneur, service)
        pass
    try:
        import pwd

        noms.add(pwd.getpwuid(os.getuid()).pw_name)
    except (ImportError, KeyError, AttributeError):   # Windows, ou un uid sans nom
        pass
    return {n.strip() for n in noms if n and n.strip()}


def sans_compte_systeme(element, comptes: set[str]):
    """Une copie de ``element`` (évaluation, séance, stratégie, leurs listes et leurs contenus)
    où chaque champ de :data:`CHAMPS_PERSONNE` qui vaut un compte du système est vidé : un dossier
    écrit avant le profil (son auteur était alors le compte du système) ne le met pas dans le
    rapport. L'élément lui-même n'est pas touché."""
    import copy
    import dataclasses

    def nettoyer(objet):
        if dataclasses.is_dataclass(objet) and not isinstance(objet, type):
            for f in dataclasses.fields(objet):
                valeur = getattr(objet, f.name)
                if f.name in CHAMPS_PERSONNE and isinstance(valeur, str) and valeur.strip() in comptes:
                    object.__setattr__(objet, f.name, "")
                else:
                    nettoyer(valeur)
        elif isinstance(objet, dict):
            for cle, valeur in objet.items():
                if cle in CHAMPS_PERSONNE and isinstance(valeur, str) and valeur.strip() in comptes:
                    objet[cle] = ""
                else:
                    nettoyer(valeur)
        elif isinstance(objet, list):
            for valeur in objet:
                nettoyer(valeur)
        return objet

    if element is None or not comptes:
        return element
    return nettoyer(copy.deepcopy(element))


def _nom_fichier(nom: str, format_: str) -> str:
    return nom[:-4] + _format(format_).extension if nom.endswith(".pdf") else nom


def _nom(texte: str) -> str:
    import re
    import unicodedata

    simple = unicodedata.normalize("NFKD", texte).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", simple).strip("-").lower()[:60] or "rapport"


def produire(base: Base, type_: str, langue: str = "fr", *, exercice: str | None = None, cle: str | None = None,
             ministere: str | None = None, format: str = "pdf", profil=None) -> Produit:
    """Le rapport ``type_`` (voir ``rapports.types.TYPES``) dans le ``format`` demandé (``pdf``,
    ``docx``, ``pptx`` : voir ``rapports.formats``). ``cle`` : l'identifiant (UUID ou numéro) de
    l'évaluation, de la séance ou de la stratégie; sans elle, la plus récente terminée ou
    approuvée (à défaut, la plus récente : ``Produit.repli_ebauche``). ``exercice`` : celui du
    répertoire (par défaut, le plus récent).

    ``profil`` (:class:`gesserv_bureau.cas.profils.Profil`, que l'appelant lit des préférences :
    ``profil.lire()``; ``None`` : aucun) : qui prépare le rapport. Chaque module reçoit
    ``auteur`` = son nom complet et ``titre_auteur`` = son titre (« Préparé par »), vides sans
    profil — jamais le compte du système. ``ministere`` (l'en-tête) : ``None``, celui du profil.

    :raises rapports.formats.FormatInconnu: format pas offert pour ce type de rapport."""
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.cas import profils

    profil = profils.Profil() if profil is None else profil
    ministere = profil.ministere if ministere is None else ministere
    auteur, titre_auteur = profil.nom, profil.titre
    if type_ == "inventaire":
        from gesserv_bureau.rapports import rapport_inventaire
        from gesserv_bureau.stockage.depot_services import DepotServices

        from gesserv_bureau.domaine.cascade_7_10 import cascade

        _format(format)
        exercice = exercice or repertoire.exercice_par_defaut(base)
        depot = DepotServices(base)
        contenu = _rendre(type_, format, rapport_inventaire,
                          exercice, depot.lignes_rapport(exercice), repertoire.sommaire_exercice(base, exercice),
                          repertoire.metadonnees(base, exercice), langue, ministere, auteur,
                          cascade=cascade(depot.services(exercice), exercice))
        return Produit(type_, f"inventaire {exercice}", langue, contenu,
                       _nom_fichier(f"repertoire-services-{exercice}-{langue}.pdf", format), format)
    if type_ == "normes":
        _format(format)
        exercice = exercice or repertoire.exercice_par_defaut(base)
        from gesserv_bureau.rapports import rapport_normes

        groupes, tolerance, titres = _normes_de_l_exercice(base, exercice)
        # l'empreinte : celle que le module calcule de ses données mêmes (repr, dix fois plus vite qu'en JSON)
        contenu = _rendre(type_, format, rapport_normes, exercice, groupes, tolerance, langue, ministere, auteur,
                          "", titre_auteur, titres)
        return Produit(type_, f"normes {exercice}", langue, contenu,
                       _nom_fichier(f"normes-service-{exercice}-{langue}.pdf", format), format)
    return _produire_outil(base, type_, langue, cle, ministere, auteur, format, titre_auteur)


def _normes_de_l_exercice(base, exercice: str):
    """Les services de l'exercice et le suivi de leurs normes (rapport ``normes``), la tolérance
    du ministère et le titre de chaque stratégie (la colonne « Plan de travail »)."""
    from gesserv_bureau.cas import normes
    from gesserv_bureau.rapports.rapport_normes import ServiceNormes, ordonner
    from gesserv_bureau.stockage.depot_services import DepotServices
    from gesserv_bureau.stockage.depot_strategies import DepotStrategies

    groupes = {s.pk: ServiceNormes(s.service_id, s.nom_fr, s.nom_en, "prioritaire" in s.designations)
               for s in DepotServices(base).services(exercice)}
    for suivi in normes.suivis(base, exercice):
        groupes[suivi.norme.service_pk].suivis.append(suivi)
    titres = {st.uuid: f"{st.titre} (v{st.version})" for st in DepotStrategies(base).toutes()}
    return ordonner(list(groupes.values())), normes.tolerance(base), titres


def empreinte(*donnees) -> str:
    """L'empreinte courte des données mêmes du rapport (pied de page) : elle change dès qu'une
    réponse, un nom ou une date du rapport change."""
    import dataclasses
    import json

    def simple(objet):
        return dataclasses.asdict(objet) if dataclasses.is_dataclass(objet) else str(objet)

    return hashlib.sha256(json.dumps(donnees, default=simple, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def produire_fichier(chemin: Path, utilisateur: str, type_: str, langue: str = "fr", **options) -> Produit:
    """:func:`produire` sur une connexion à part en lecture : sûr dans un fil de travail."""
    from gesserv_bureau.stockage.lecture import BaseLecture

    with BaseLecture(chemin) as lecture:
        lecture.utilisateur = utilisateur
        return produire(lecture, type_, langue, **options)


STATUTS_FINIS = ("terminee", "approuvee")


def est_ebauche(element) -> bool:
    """Un élément pas encore approuvé (évaluation, séance, stratégie) : son rapport est une
    ébauche. Un élément sans statut (le répertoire) n'en est jamais une."""
    return getattr(element, "statut", "approuvee") != "approuvee"


def _retrouver(depot, cle: str | None, *filtre):
    """Sans ``cle``, le plus récent terminé ou approuvé (``depot.toutes(*filtre)`` va du plus
    récent au plus ancien), à défaut le plus récent; sinon celui de ce numéro ou de cet
    identifiant (uuid). Renvoie ``(élément, repli_sur_une_ebauche)``."""
    if cle is None:
        toutes = depot.toutes(*filtre)
        finis = [e for e in toutes if getattr(e, "statut", "terminee") in STATUTS_FINIS]
        if finis:
            return finis[0], False
        return (toutes[0], True) if toutes else (None, False)
    return (depot.charger(int(cle)) if str(cle).isdigit() else depot.par_uuid(str(cle))), False


def _evaluation(base, cle: str | None, outil: str):
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

    ev, repli = _retrouver(DepotEvaluations(base), cle, outil)
    if ev is None or ev.outil != outil:
        raise RapportIntrouvable(f"{outil} {cle}")
    return ev, repli


def module_du_rapport(code_outil: str):
    """Le module du rapport d'un outil (``Outil.rapport`` au registre), chargé à la demande.

    :raises outils.OutilInconnu: l'outil n'est pas au registre."""
    return importlib.import_module(outils.outil(code_outil).rapport)


def _strategie(base, cle: str | None):
    from gesserv_bureau.stockage.depot_strategies import DepotStrategies

    st, repli = _retrouver(DepotStrategies(base), cle)
    if st is None:
        raise RapportIntrouvable(f"strategie {cle}")
    return st, repli


def _produire_outil(base, type_, langue, cle, ministere, auteur, format_="pdf", titre_auteur="") -> Produit:
    from gesserv_bureau.stockage.depot_services import DepotServices

    commun = {"ministere": ministere, "auteur": auteur, "titre_auteur": titre_auteur}
    depot_services = DepotServices(base)
    comptes = comptes_systeme(base)
    propre = (lambda element: sans_compte_systeme(element, comptes))

    def produit(element, repli: bool, module, titre: str, nom: str, *args, **options) -> Produit:
        ebauche = est_ebauche(element)
        contenu = _rendre(type_, format_, module, *args, ebauche=ebauche, **options)
        return Produit(type_, titre, langue, contenu, _nom_fichier(nom, format_), format_, ebauche, repli)

    outil = outils.par_type_rapport(type_)
    if outil is not None:
        ev, repli = _evaluation(base, cle, outil.code)
        ev = propre(ev)
        titre, nom = f"{ev.outil} {ev.sujet}", f"evaluation-{ev.outil}-{_nom(ev.sujet)}-{langue}.pdf"
        donnees, options = [ev], {}   # ce que le rapport de l'outil reçoit en plus (Outil.donnees_rapport)
        if "service" in outil.donnees_rapport:
            service = depot_services.charger(ev.service_pk) if ev.service_pk is not None else None
            donnees.append(service)
            options["service"] = service
        if "seance" in outil.donnees_rapport:
            from gesserv_bureau.stockage.depot_evaluations import DepotSeances

            seance = propre(DepotSeances(base).charger(ev.seance_pk)) if ev.seance_pk is not None else None
            options["seance"] = seance.titre if seance else ""
        return produit(ev, repli, module_du_rapport(outil.code), titre, nom, ev, langue, **options,
                       empreinte=empreinte(*donnees), **commun)
    if type_ == "seance":
        from gesserv_bureau.cas import seances_examen
        from gesserv_bureau.rapports import rapport_seance
        from gesserv_bureau.stockage.depot_evaluations import DepotSeances

        seance, repli = _retrouver(DepotSeances(base), cle)
        if seance is None:
            raise RapportIntrouvable(f"seance {cle}")
        seance = propre(seance)
        services = [s for s in (depot_services.charger(pk) for pk in seance.services) if s is not None]
        examens = propre(seances_examen.examens(base, seance))
        return produit(seance, repli, rapport_seance, seance.titre,
                       f"proces-verbal-{_nom(seance.titre)}-{seance.date}-{langue}.pdf",
                       seance, examens, langue, services=services,
                       empreinte=empreinte(seance, examens, services), **commun)
    if type_ in ("strategie", "mise_a_jour", "plan"):
        from gesserv_bureau.cas import planification

        st, repli = _strategie(base, cle)
        st = propre(st)
        if type_ == "plan":
            from gesserv_bureau.rapports import rapport_plan

            return produit(st, repli, rapport_plan, st.titre, f"plan-de-travail-{_nom(st.titre)}-v{st.version}-{langue}.pdf",
                           st, langue, empreinte=empreinte(st), **commun)
        from gesserv_bureau.rapports import rapport_strategie

        services = [s for s in (depot_services.charger(pk) for pk in st.services) if s is not None]
        reference = propre(planification.reference(base, st))
        apercu = planification.apercu(base, st) if st.type == "mise_a_jour" else None
        genre = "mise-a-jour" if st.type == "mise_a_jour" else "strategie"
        return produit(st, repli, rapport_strategie, st.titre, f"{genre}-{_nom(st.titre)}-v{st.version}-{langue}.pdf",
                       st, langue, services=services, reference=reference, apercu=apercu,
                       empreinte=empreinte(st, reference, services, apercu), **commun)
    raise RapportIntrouvable(type_)


def exporter(base: Base, produit: Produit, chemin: Path, *, remplacer: bool = False) -> Path:
    """Écrit le rapport (sans jamais laisser un fichier à moitié écrit) et le consigne.

    :param remplacer: remplacer un fichier existant (la boîte « Enregistrer sous » l'a fait
        confirmer; la ligne de commande exige ``--remplacer``).
    :raises FileExistsError: le fichier existe et ``remplacer`` est faux; rien n'est écrit.
    """
    from gesserv_bureau.rapports import fichiers
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    chemin = Path(chemin)
    fichiers.ecrire(chemin, produit.contenu, remplacer=remplacer)
    if not base.lecture_seule:
        DepotRapports(base).consigner("export", str(chemin.resolve()), produit.sha256, produit.type, produit.titre,
                                      produit.langue)
    return chemin


def consigner_signature(base: Base, chemin: Path, pdf: bytes, signataires: list[str], type_: str = "") -> None:
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    DepotRapports(base).consigner("signature", str(Path(chemin).resolve()), hashlib.sha256(pdf).hexdigest(), type_,
                                  signataires=signataires)


def registre(base: Base):
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    return DepotRapports(base).tous()
