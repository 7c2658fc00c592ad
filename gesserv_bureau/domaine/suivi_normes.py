"""Le cycle de vie d'une norme de service (2.7) : sa saisie vérifiée, ses résultats par période
(le rendement calculé, jamais saisi), le scénario du tableau 8 que ses résultats donnent, son
plan d'action, envoyé au plan de travail intégré (2C) avec le lien gardé, et sa reprise à
l'exercice suivant."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from fractions import Fraction
from dataclasses import dataclass, field

from gesserv_bureau.domaine import strategie as regles_strategie
from gesserv_bureau.domaine.norme import PERIODES, NormeService, ResultatNorme, rendement
from gesserv_bureau.referentiel import normes as ref
from gesserv_bureau.referentiel import tableau_8
from gesserv_bureau.referentiel.donnees_ouvertes import LIBELLES_CANAUX, LIBELLES_TYPES_NORME


@dataclass(frozen=True)
class Refus:
    """Une valeur refusée : le champ, le code du message (``referentiel.normes.MESSAGES``) et
    ses paramètres."""

    champ: str
    code: str
    params: dict = field(default_factory=dict)

    def texte(self, langue: str) -> str:
        return ref.texte(self.code, langue, **self.params)


# --- la norme ----------------------------------------------------------------------------------
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s/?#<>]+[^\s<>]*", re.IGNORECASE)
_CONTROLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
VOLUME_MAXIMUM = 2**63 - 1
"""Le plus grand entier que la base garde (SQLite INTEGER)."""


def _date_lisible(valeur: str) -> bool:
    """AAAA-MM-JJ, une vraie date (pas « 20250301 » ni « 2025-W10-1 », que Python accepte aussi)."""
    if not _DATE.fullmatch(valeur):
        return False
    try:
        dt.date.fromisoformat(valeur)
    except ValueError:
        return False
    return True


def _url_lisible(valeur: str) -> bool:
    """Une ou plusieurs adresses (séparées par « <> ») en http(s), avec un hôte, sans blanc."""
    return all(_URL.fullmatch(u.strip()) for u in valeur.split("<>") if u.strip())


def valider(n: NormeService, autres_ids: set[str] = frozenset()) -> list[Refus]:
    """Ce que la norme a d'inacceptable (vide : elle s'enregistre). ``autres_ids`` : les numéros
    des autres normes du même service et du même exercice."""
    refus = []
    if not n.norme_id.strip():
        refus.append(Refus("norme_id", "id_requis"))
    elif n.norme_id.strip() in autres_ids:
        refus.append(Refus("norme_id", "id_double", {"valeur": n.norme_id.strip()}))
    if not (n.norme_fr.strip() or n.norme_en.strip()):
        refus.append(Refus("norme_fr", "texte_requis"))
    for champ in ("norme_id", "norme_fr", "norme_en", "commentaires_canal_fr", "commentaires_canal_en",
                  "niveau_approbation"):
        if _CONTROLE.search(getattr(n, champ)):   # invisibles, et refusés par Word et le PDF
            refus.append(Refus(champ, "caractere_de_controle"))
    if n.type_norme and n.type_norme not in LIBELLES_TYPES_NORME:
        refus.append(Refus("type_norme", "type_inconnu", {"valeur": n.type_norme}))
    for canal in filter(None, n.canal.split(",")):
        if canal not in LIBELLES_CANAUX:
            refus.append(Refus("canal", "canal_inconnu", {"valeur": canal}))
    if n.type_cible and n.type_cible not in ref.TYPES_CIBLE:
        refus.append(Refus("type_cible", "type_cible_inconnu", {"valeur": n.type_cible}))
    if n.cible is not None and not 0 <= n.cible <= 1:
        refus.append(Refus("cible", "cible_hors_bornes", {"valeur": f"{n.cible * 100:g} %"}))
    for champ in ("date_approbation", "retiree_le"):
        valeur = getattr(n, champ)
        if valeur and not _date_lisible(valeur):
            refus.append(Refus(champ, "date_invalide", {"valeur": valeur}))
    for champ in ("url_normes_fr", "url_normes_en", "url_resultats_fr", "url_resultats_en",
                  "url_temps_reel_fr", "url_temps_reel_en"):
        valeur = getattr(n, champ)
        if valeur and not _url_lisible(valeur):
            refus.append(Refus(champ, "url_invalide", {"valeur": valeur}))
    refus.extend(_volumes(n.volume_conforme, n.volume_total, "volume_conforme"))
    return refus


def _volumes(conforme: int | None, total: int | None, champ: str) -> list[Refus]:
    refus = [Refus(champ, "volume_negatif", {"valeur": v}) for v in (conforme, total) if v is not None and v < 0]
    refus += [Refus(champ, "volume_trop_grand", {"valeur": v}) for v in (conforme, total)
              if v is not None and v > VOLUME_MAXIMUM]
    if not refus and conforme is not None and total is not None and conforme > total:
        refus.append(Refus(champ, "conforme_superieur", {"conforme": conforme, "total": total}))
    return refus


def cible_atteinte(taux: float | None, cible: float | None, conforme: int | None = None,
                   total: int | None = None) -> str | None:
    """« oui » si le rendement atteint la cible, « non » sinon; rien sans l'un des deux. Avec les
    volumes, la comparaison est exacte (999 999 999 / 1 000 000 000 n'atteint pas 100 %)."""
    if cible is None:
        return None
    if conforme is not None and total:
        return "oui" if Fraction(conforme, total) >= Fraction(repr(cible)) else "non"
    if taux is None:
        return None
    return "oui" if round(taux, 6) >= round(cible, 6) else "non"


def mesurer(n: NormeService, volume_conforme: int | None, volume_total: int | None) -> list[Refus]:
    """Le résultat de l'exercice : les deux volumes; le rendement et « cible atteinte » en sont
    calculés. Refusé (rien ne change) si un volume est négatif ou le conforme dépasse le total."""
    refus = _volumes(volume_conforme, volume_total, "volume_conforme")
    if refus:
        return refus
    n.volume_conforme, n.volume_total = volume_conforme, volume_total
    n.rendement = rendement(volume_conforme, volume_total)
    n.cible_atteinte = cible_atteinte(n.rendement, n.cible, volume_conforme, volume_total)
    return []


def valider_resultat(r: ResultatNorme) -> list[Refus]:
    if r.periode not in PERIODES:
        return [Refus("periode", "periode_inconnue", {"valeur": r.periode})]
    return _volumes(r.volume_conforme, r.volume_total, "volume_conforme")


@dataclass(frozen=True)
class ResultatExercice:
    volume_conforme: int | None
    volume_total: int | None
    rendement: float | None
    # « exercice » : les volumes de l'exercice; « trimestres » : la somme des trimestres saisis;
    # « declare » : seulement le rendement que le fichier importé déclarait; None : aucun résultat
    source: str | None


def resultat_exercice(n: NormeService, trimestres: list[ResultatNorme]) -> ResultatExercice:
    """Le résultat de l'exercice : ses volumes s'il y en a, sinon la somme des trimestres dont
    les deux volumes sont donnés, sinon le rendement déclaré par le fichier."""
    if n.volume_total:
        return ResultatExercice(n.volume_conforme, n.volume_total, rendement(n.volume_conforme, n.volume_total)
                                if n.volume_conforme is not None else n.rendement, "exercice")
    complets = [r for r in trimestres if r.volume_conforme is not None and r.volume_total is not None]
    if complets and sum(r.volume_total for r in complets):
        conforme = sum(r.volume_conforme for r in complets)
        total = sum(r.volume_total for r in complets)
        return ResultatExercice(conforme, total, conforme / total, "trimestres")
    if n.rendement is not None:
        return ResultatExercice(n.volume_conforme, n.volume_total, n.rendement, "declare")
    return ResultatExercice(None, None, None, None)


# --- le tableau 8 ------------------------------------------------------------------------------
def valider_tolerance(valeur: float) -> list[Refus]:
    if not 0 <= valeur <= 0.5:
        return [Refus("tolerance", "tolerance_hors_bornes", {"valeur": f"{valeur * 100:g}"})]
    return []


def classer(taux: float | None, cible: float | None, tolerance: float = ref.TOLERANCE_DEFAUT) -> str | None:
    """Le scénario du tableau 8 : ``depasse`` (au-delà de la cible plus la tolérance),
    ``conforme`` (à la tolérance près), ``non_atteinte``; rien sans rendement ou sans cible."""
    if taux is None or cible is None:
        return None
    # au dixième de point près, comme le rendement s'affiche : le scénario et le chiffre montré
    # ne se contredisent jamais (88,0 % est « conforme » à 90 % ± 2, quels que soient les volumes)
    taux, cible, tolerance = round(taux * 100, 1), round(cible * 100, 1), round(tolerance * 100, 1)
    if taux > cible + tolerance:
        return "depasse"
    if taux >= cible - tolerance:
        return "conforme"
    return "non_atteinte"


def scenario(n: NormeService, trimestres: list[ResultatNorme], tolerance: float = ref.TOLERANCE_DEFAUT) -> str | None:
    """Le scénario de la norme pour l'exercice; une norme encore à ses débuts (2.7.10) et sans
    résultat relève du plan de mise en œuvre (``mise_en_oeuvre``)."""
    classe = classer(resultat_exercice(n, trimestres).rendement, n.cible, tolerance)
    if classe is None and n.mise_en_oeuvre:
        return tableau_8.MISE_EN_OEUVRE.code
    return classe


class StrategieApprouvee(ValueError):
    """Une stratégie approuvée est figée : elle ne reçoit pas de mesure."""

    def __init__(self, titre: str):
        super().__init__(titre)
        self.titre = titre

    def texte(self, langue: str) -> str:
        return ref.texte("strategie_figee", langue, titre=self.titre)


# --- le plan d'action --------------------------------------------------------------------------
@dataclass
class ActionNorme:
    """Une action du plan d'une norme : ce qu'il faut faire, qui, pour quand, où on en est; le
    scénario (ou le plan de mise en œuvre) d'où elle vient, et la mesure du plan de travail
    intégré (2C) qui la reprend, s'il y en a une."""

    texte: str
    scenario: str = ""
    responsable: str = ""
    echeance: str = ""            # AAAA-MM-JJ ou vide
    statut: str = "a_faire"
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    pk: int | None = None
    norme_pk: int | None = None
    strategie_uuid: str = ""
    mesure_id: str = ""


def valider_action(a: ActionNorme) -> list[Refus]:
    refus = []
    if not a.texte.strip():
        refus.append(Refus("texte", "action_vide"))
    if a.statut not in ref.STATUTS_ACTION:
        refus.append(Refus("statut", "statut_inconnu", {"valeur": a.statut}))
    if a.echeance and not _date_lisible(a.echeance):
        refus.append(Refus("echeance", "date_invalide", {"valeur": a.echeance}))
    return refus


def actions_proposees(code_scenario: str, langue: str) -> list[str]:
    """Les actions que le tableau 8 (ou 2.7.10) propose pour ce scénario, dans la langue."""
    return [tableau_8.texte(p, langue) for p in tableau_8.scenario(code_scenario).actions_proposees()]


def libelle_norme(n: NormeService, langue: str) -> str:
    return f"{n.service_id} · {n.norme_id} — {n.texte(langue)}"


def envoyer_au_plan(st: regles_strategie.Strategie, a: ActionNorme, n: NormeService, langue: str = "fr") -> dict:
    """L'action devient une mesure du plan de travail intégré (2C) de la stratégie ``st``, sous
    l'initiative de la norme (créée la première fois, avec le service de la norme); une action
    déjà envoyée à cette stratégie met sa mesure à jour au lieu d'en créer une autre. Le lien
    est gardé des deux côtés (``origine`` de la mesure, ``mesure_id`` de l'action)."""
    if not st.modifiable():
        raise StrategieApprouvee(st.titre)
    origine = {"norme": {"exercice": n.exercice, "service_id": n.service_id, "norme_id": n.norme_id}}
    init = next((i for i in st.initiatives if (i.get("origine") or {}).get("norme") == origine["norme"]), None)
    if init is None:
        init = regles_strategie.initiative(
            libelle_norme(n, langue), description=n.texte(langue),
            services=[n.service_pk] if n.service_pk else [], origine=origine)
        st.initiatives.append(init)
    # la mesure de cette action dans cette stratégie : par son origine (elle survit à une nouvelle
    # version de la stratégie, et une action renvoyée n'est jamais doublée)
    mesure = next((m for m in st.mesures if (m.get("origine") or {}).get("action_norme") == a.uuid), None)
    if mesure is None:
        mesure = regles_strategie.mesure(init["id"], origine={"action_norme": a.uuid})
        st.mesures.insert(regles_strategie.rang_nouvelle_mesure(st, init["id"]), mesure)
    mesure.update(mesure=a.texte.strip(), secteur=a.responsable.strip(), date_prevue=a.echeance,
                  etat=ref.ETAT_MESURE[a.statut])
    a.strategie_uuid, a.mesure_id = st.uuid, mesure["id"]
    return mesure


# --- l'exercice suivant ------------------------------------------------------------------------
def pour_exercice_suivant(n: NormeService, exercice: str) -> NormeService:
    """La norme reprise à l'exercice suivant (7.1, la mise à jour annuelle) : sa définition,
    sa cible, son approbation et ses pages; ses résultats et leurs commentaires, propres à un
    exercice, sont à mesurer de nouveau."""
    return dataclasses.replace(
        n, exercice=exercice, pk=None, service_pk=None, volume_conforme=None, volume_total=None, rendement=None,
        cible_atteinte=None, commentaires_fr="", commentaires_en="", donnees_ouvertes={},
    )
