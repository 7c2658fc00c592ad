"""Les cas d'utilisation de la pondération du ministère pour l'outil 1B et de ses autres
critères, partagés par la fenêtre (Évaluations › Pondération du ministère (1B)…, Autres
critères du ministère (1B)…) et la ligne de commande (``ponderation``, ``criteres-1b``).

La règle des évaluations : une évaluation 1B en brouillon suit le ministère (la version en
vigueur de la pondération, ou aucune; les critères en vigueur); terminée ou approuvée, elle
garde ce avec quoi elle a été faite (:func:`actualiser`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from gesserv_bureau.domaine import criteres_1b as regles_criteres
from gesserv_bureau.domaine import ponderation_1b as regles
from gesserv_bureau.domaine.criteres_1b import Critere1B
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.ponderation_1b import Ponderation, PonderationInvalide
from gesserv_bureau.referentiel import outil_1b
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_ponderation_1b import DepotCriteres1B, DepotPonderation1B
from gesserv_bureau.stockage.serveur.adresse import refuser_reglage


# --- la pondération -------------------------------------------------------------------------
def en_vigueur(base) -> Ponderation | None:
    return DepotPonderation1B(base).en_vigueur()


def versions(base) -> list[Ponderation]:
    """Toutes les versions, la plus récente d'abord (les retirées comprises)."""
    return DepotPonderation1B(base).versions()


def version(base, numero: int) -> Ponderation | None:
    return DepotPonderation1B(base).version(numero)


def points_ponderables(base) -> list[tuple[str, str, str]]:
    """(code, nom français, nom anglais) de chaque point qu'une pondération peut peser : les
    points de l'annexe, l'autre critère libre, puis les critères du ministère en vigueur."""
    points = [(c.code, c.nom.fr, c.nom.en) for c in outil_1b.CONSIDERATIONS]
    points += [(c.code, c.nom_fr or c.nom_en, c.nom_en or c.nom_fr) for c in criteres(base)]
    return points


def _poids_saisis(poids: Mapping[str, str | float] | Sequence[str] | None) -> dict[str, float]:
    """``{"volume": "2"}`` ou ``["volume=2", "mandat=1,5"]``."""
    if poids is None:
        return {}
    if not isinstance(poids, Mapping):
        paires = {}
        for morceau in poids:
            code, egal, valeur = (morceau or "").partition("=")
            if not egal or not code.strip():
                raise PonderationInvalide("poids_mal_ecrit", valeur=morceau)
            paires[code.strip()] = valeur
        poids = paires
    return {code.strip(): regles.lire_nombre(v) for code, v in poids.items()}


def preparer(base, poids=None, valeurs=None, seuils=None, *, repartir: bool = False) -> Ponderation:
    """La pondération que donneraient ces saisies, vérifiée, sans rien écrire. Ce qui n'est pas
    donné vient de la version en vigueur (sinon : poids 1, échelle 3, 2, 1, seuils 2,5 et 1,5);
    ``repartir`` : des valeurs proposées plutôt que de la version en vigueur.

    ``valeurs`` et ``seuils`` : du texte (« 3,2,1 », « 2.5,1.5 », « 2,5;1,5 ») ou des nombres.

    :raises PonderationInvalide: la saisie est refusée (code et paramètres pour le message).
    """
    actuelle = None if repartir else en_vigueur(base)
    noms = {code: (fr, en) for code, fr, en in points_ponderables(base)}
    saisis = _poids_saisis(poids)
    for code in saisis:
        if code not in noms:
            raise PonderationInvalide("code_inconnu", point=code, codes=", ".join(noms))
    resultat = {c: v for c, v in (actuelle.poids if actuelle else {}).items() if c in noms}
    resultat.update(saisis)
    if valeurs is None:
        valeurs_lues = dict(actuelle.valeurs) if actuelle else dict(regles.VALEURS_PROPOSEES)
    else:
        liste = (regles.lire_liste(valeurs, 3, "valeurs_nombre") if isinstance(valeurs, str)
                 else [regles.lire_nombre(v) for v in valeurs])
        if len(liste) != 3:
            raise PonderationInvalide("valeurs_nombre", valeur=", ".join(map(str, valeurs)))
        valeurs_lues = dict(zip(regles.COTES, liste))
    if seuils is None:
        seuils_lus = tuple(actuelle.seuils) if actuelle else regles.SEUILS_PROPOSES
    else:
        liste = (regles.lire_liste(seuils, 2, "seuils_nombre") if isinstance(seuils, str)
                 else [regles.lire_nombre(v) for v in seuils])
        if len(liste) != 2:
            raise PonderationInvalide("seuils_nombre", valeur=", ".join(map(str, seuils)))
        seuils_lus = tuple(liste)
    # un poids de 1 ne s'écrit pas : « un point sans poids compte pour 1 »
    resultat = {c: v for c, v in resultat.items() if v != regles.POIDS_PAR_DEFAUT}
    regles.verifier(resultat, valeurs_lues, seuils_lus, noms)
    return Ponderation(version=0, poids=resultat, valeurs=valeurs_lues, seuils=seuils_lus)


def definir(base: Base, poids=None, valeurs=None, seuils=None) -> Ponderation:
    """Une nouvelle version de la pondération du ministère (voir :func:`preparer`); les
    brouillons 1B la suivent à leur prochaine ouverture.

    :raises PonderationInvalide: saisie refusée, ou identique à la version en vigueur
        (``identique``); rien n'est écrit.
    """
    refuser_reglage(base, "ponderation")
    nouvelle = preparer(base, poids, valeurs, seuils)
    actuelle = en_vigueur(base)
    if nouvelle.meme_reglage(actuelle):
        raise PonderationInvalide("identique", version=actuelle.version)
    return DepotPonderation1B(base).definir(nouvelle.poids, nouvelle.valeurs, nouvelle.seuils)


def retirer(base: Base) -> Ponderation:
    """Plus de pondération en vigueur : les évaluations terminées gardent la leur.

    :raises PonderationInvalide: ``rien_a_retirer``.
    """
    refuser_reglage(base, "ponderation")
    actuelle = en_vigueur(base)
    if actuelle is None:
        raise PonderationInvalide("rien_a_retirer")
    return DepotPonderation1B(base).retirer(actuelle.version)


# --- les autres critères du ministère -------------------------------------------------------
def criteres(base, retires: bool = False) -> list[Critere1B]:
    return DepotCriteres1B(base).tous(retires)


def ajouter_critere(base: Base, nom_fr: str, nom_en: str = "") -> Critere1B:
    """:raises PonderationInvalide: sans nom, trop long, ou déjà pris (rien n'est écrit)."""
    refuser_reglage(base, "criteres")
    nom_fr, nom_en = regles_criteres.verifier_nom(nom_fr, nom_en, criteres(base))
    return DepotCriteres1B(base).ajouter(nom_fr, nom_en)


def retirer_critere(base: Base, code: str) -> Critere1B:
    """:raises PonderationInvalide: ``critere_inconnu`` (rien n'est écrit)."""
    refuser_reglage(base, "criteres")
    actifs = criteres(base)
    critere = next((c for c in actifs if c.code == (code or "").strip()), None)
    if critere is None:
        raise PonderationInvalide("critere_inconnu", critere=code, codes=", ".join(c.code for c in actifs) or "—")
    DepotCriteres1B(base).retirer(critere.code)
    return critere


# --- les évaluations 1B ---------------------------------------------------------------------
ANCIENS_POIDS_RETIRES = "anciens_poids_retires"
PONDERATION_SUIVIE = "ponderation_suivie"
CRITERES_SUIVIS = "criteres_suivis"


def suivre(base, ev: Evaluation) -> list[str]:
    """Met un brouillon 1B à jour de ce que le ministère a en vigueur, sans rien écrire :
    la pondération (sa copie, ou aucune), les critères du ministère; les poids qu'une ancienne
    version de l'application faisait saisir dans l'évaluation en sortent (le ministère en
    décide désormais). Ne touche jamais une évaluation terminée ou approuvée. Renvoie ce qui a
    changé (``ANCIENS_POIDS_RETIRES``, ``PONDERATION_SUIVIE``, ``CRITERES_SUIVIS``)."""
    if ev.outil != "1B" or ev.statut != "brouillon":
        return []
    changes = []
    c = ev.contenu
    if "poids" in c:
        if regles.ponderation_de({"poids": c["poids"]}) is not None:
            changes.append(ANCIENS_POIDS_RETIRES)
        del c["poids"]
    actuelle = en_vigueur(base)
    copie = actuelle.vers_contenu() if actuelle is not None else None
    if c.get("ponderation") != copie:
        if copie is None:
            c.pop("ponderation", None)
        else:
            c["ponderation"] = copie
        changes.append(PONDERATION_SUIVIE)
    if regles_criteres.suivre_la_liste(c, criteres(base)):
        changes.append(CRITERES_SUIVIS)
    return changes


def actualiser(base: Base, ev: Evaluation) -> list[str]:
    """:func:`suivre`, puis écrit l'évaluation si quelque chose a changé (jamais sur une base en
    lecture seule)."""
    if getattr(base, "lecture_seule", False):
        return []
    changes = suivre(base, ev)
    if changes and ev.pk is not None:
        DepotEvaluations(base).enregistrer(ev)
    return changes
