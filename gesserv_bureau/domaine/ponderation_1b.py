"""La pondération du ministère pour l'outil 1B : une aide que le ministère se donne, jamais
celle de la ligne directrice.

L'annexe 1B ne demande qu'une évaluation (élevé, moyen ou faible) par point à considérer, puis
la décision « Est-ce qu'il s'agit d'un service prioritaire pour le ministère? Oui/Non », avec
sa justification (1.5.1). Elle ne donne ni nombre, ni poids, ni seuil. La section 1.5.1 dit
seulement que l'outil « peut être peaufiné afin de tenir compte d'autres facteurs, comme la
pondération en vue de tenir compte de l'importance relative des critères utilisés ».

Le ministère peut donc, s'il le veut, définir une fois sa pondération : un poids par point à
considérer (et par critère du ministère), la valeur de élevé, moyen et faible, et deux seuils.
Chaque changement en fait une nouvelle version; une évaluation 1B garde une copie de la
version avec laquelle elle a été faite (``contenu["ponderation"]``), si bien que ses rapports
disent toujours « Pondération du ministère, version N du JJ mois AAAA ».

Les évaluations faites avant cette règle portent leurs propres poids (``contenu["poids"]``).
Tous égaux : ce n'était pas une pondération, rien n'est montré. Inégaux : ils restent dans
le dossier tels quels (une approbation signée porte sur eux) et se montrent comme la
« pondération propre à cette évaluation (ancienne version de l'application) », jamais comme
celle du ministère ni comme celle de la ligne directrice.

Sans Qt, sans SQL.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from gesserv_bureau.referentiel import messages_ponderation, outil_1b

COTES = ("eleve", "moyen", "faible")
# Ce que l'application propose quand le ministère n'en dit rien (ce ne sont pas des chiffres de
# la ligne directrice) : élevé 3, moyen 2, faible 1; élevé dès 2,5, moyen dès 1,5.
VALEURS_PROPOSEES = {"eleve": 3.0, "moyen": 2.0, "faible": 1.0}
SEUILS_PROPOSES = (2.5, 1.5)
POIDS_PAR_DEFAUT = 1.0

ORIGINE_MINISTERE = "ministere"
ORIGINE_ANCIENNE = "ancienne_evaluation"   # les poids d'une évaluation faite avant la règle

MAX_POIDS = 1000.0
CLE_CRITERES = "criteres_ministere"   # les réponses aux critères du ministère (``criteres_1b``)
CLES_CONTENU = ("version", "definie_le", "definie_par", "poids", "valeurs", "seuils")


class PonderationInvalide(ValueError):
    """Une pondération refusée : ``code`` (``referentiel.messages_ponderation``) et ses
    paramètres; rien n'a été écrit."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params

    def texte(self, langue: str) -> str:
        def rendu(v):
            if isinstance(v, float):
                return nombre(v, langue)
            if isinstance(v, tuple):   # (français, anglais)
                return (v[1] or v[0]) if langue == "en" else (v[0] or v[1])
            return v

        params = {k: rendu(v) for k, v in self.params.items()}
        return messages_ponderation.texte(self.code, langue, **params)


@dataclass(frozen=True)
class Ponderation:
    version: int
    definie_le: str = ""
    definie_par: str = ""
    poids: dict = field(default_factory=dict)          # code du point -> poids (1 par défaut)
    valeurs: dict = field(default_factory=lambda: dict(VALEURS_PROPOSEES))
    seuils: tuple = SEUILS_PROPOSES                    # (élevé dès, moyen dès)
    origine: str = ORIGINE_MINISTERE
    retiree_le: str = ""
    retiree_par: str = ""

    def poids_de(self, code: str) -> float:
        return float(self.poids.get(code, POIDS_PAR_DEFAUT))

    def du_ministere(self) -> bool:
        return self.origine == ORIGINE_MINISTERE

    def vers_contenu(self) -> dict:
        """La copie gardée dans une évaluation 1B (et qui voyage avec elle)."""
        return {"version": self.version, "definie_le": self.definie_le, "definie_par": self.definie_par,
                "poids": {c: _nombre_json(v) for c, v in self.poids.items()},
                "valeurs": {c: _nombre_json(self.valeurs[c]) for c in COTES},
                "seuils": [_nombre_json(s) for s in self.seuils]}

    def meme_reglage(self, autre: "Ponderation | None") -> bool:
        """Mêmes poids (un poids absent compte pour 1), même échelle, mêmes seuils."""
        if autre is None:
            return False
        codes = set(self.poids) | set(autre.poids)
        return (all(self.poids_de(c) == autre.poids_de(c) for c in codes)
                and all(float(self.valeurs[c]) == float(autre.valeurs[c]) for c in COTES)
                and tuple(map(float, self.seuils)) == tuple(map(float, autre.seuils)))


def _nombre_json(v: float) -> int | float:
    v = float(v)
    return int(v) if v.is_integer() else v


def depuis_contenu(d: dict) -> Ponderation:
    return Ponderation(version=int(d["version"]), definie_le=d.get("definie_le", ""),
                       definie_par=d.get("definie_par", ""),
                       poids={c: float(v) for c, v in d.get("poids", {}).items()},
                       valeurs={c: float(d["valeurs"][c]) for c in COTES},
                       seuils=tuple(float(s) for s in d["seuils"]))


def ponderation_de(contenu: dict) -> Ponderation | None:
    """La pondération qu'une évaluation 1B a utilisée : la copie d'une version du ministère;
    sinon ses propres poids d'avant la règle, s'ils ne sont pas tous égaux; sinon aucune."""
    copie = contenu.get("ponderation")
    if isinstance(copie, dict):
        return depuis_contenu(copie)
    anciens = contenu.get("poids")
    if isinstance(anciens, dict) and anciens:
        valeurs = {c: float(v) for c, v in anciens.items()}
        if len(set(valeurs.values())) > 1:
            return Ponderation(version=0, poids=valeurs, origine=ORIGINE_ANCIENNE)
    return None


# --- lire ce qu'on a saisi ------------------------------------------------------------------
def lire_nombre(texte: str | float | int) -> float:
    """« 2 », « 1,5 », « 0.5 » (ou un nombre); lève :class:`PonderationInvalide`."""
    if isinstance(texte, bool):
        raise PonderationInvalide("nombre_invalide", valeur=str(texte))
    if isinstance(texte, (int, float)):
        valeur = float(texte)
    else:
        brut = (texte or "").strip().replace("\u00a0", "").replace(" ", "")
        try:
            valeur = float(brut.replace(",", "."))
        except ValueError:
            raise PonderationInvalide("nombre_invalide", valeur=(texte or "").strip()) from None
    if math.isnan(valeur) or math.isinf(valeur):
        raise PonderationInvalide("nombre_invalide", valeur=str(texte).strip())
    return valeur


def lire_liste(texte: str, attendus: int, code: str) -> list[float]:
    """« 3,2,1 » ou « 3;2;1 » (« 2,5;1,5 » : la virgule décimale avec le point-virgule)."""
    brut = (texte or "").strip()
    morceaux = brut.split(";") if ";" in brut else brut.split(",")
    if len(morceaux) != attendus or not brut:
        raise PonderationInvalide(code, valeur=brut)
    return [lire_nombre(m) for m in morceaux]


def verifier(poids: dict[str, float], valeurs: dict[str, float], seuils: tuple[float, float],
             noms: dict[str, tuple[str, str]]) -> None:
    """Une pondération cohérente; ``noms`` : chaque code de point permis et son nom
    (français, anglais), pour le message. Lève :class:`PonderationInvalide` à la première faute."""
    for code, v in poids.items():
        if code not in noms:
            raise PonderationInvalide("code_inconnu", point=code, codes=", ".join(noms))
        if v < 0:
            raise PonderationInvalide("poids_negatif", point=noms[code], valeur=float(v))
        if v > MAX_POIDS:
            raise PonderationInvalide("poids_trop_grand", point=noms[code], maximum=float(MAX_POIDS))
    if all(poids.get(c, POIDS_PAR_DEFAUT) == 0 for c in noms):
        raise PonderationInvalide("poids_tous_nuls")
    eleve, moyen, faible = (valeurs[c] for c in COTES)
    if min(eleve, moyen, faible) < 0:
        raise PonderationInvalide("valeurs_negatives")
    if not eleve > moyen > faible:
        raise PonderationInvalide("valeurs_ordre", eleve=float(eleve), moyen=float(moyen),
                                  faible=float(faible))
    s_eleve, s_moyen = seuils
    if not s_eleve > s_moyen:
        raise PonderationInvalide("seuils_ordre", eleve=float(s_eleve), moyen=float(s_moyen))
    if not (faible < s_moyen and s_eleve <= eleve):
        raise PonderationInvalide("seuils_hors_echelle", faible=float(faible), eleve=float(eleve))


# --- le résultat ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PointPondere:
    code: str
    nom_fr: str
    nom_en: str
    cote: str | None      # eleve, moyen, faible, ou None (non évalué, sans objet)
    poids: float

    def nom(self, langue: str) -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)


@dataclass(frozen=True)
class Resultat:
    ponderation: Ponderation
    points: tuple[PointPondere, ...]
    moyenne: float | None        # None : aucun point évalué, ou les poids des points évalués sont nuls
    cote: str | None
    message: str = ""            # code (messages_ponderation) quand il n'y a pas de moyenne


def criteres_de(contenu: dict) -> list[dict]:
    """Les critères du ministère d'une évaluation 1B (liste vide s'il n'y en a pas). Ici plutôt
    que dans ``criteres_1b`` (qui le reprend) : ce module-ci ne dépend pas de celui-là."""
    liste = contenu.get(CLE_CRITERES)
    return liste if isinstance(liste, list) else []


def points_1b(contenu: dict, ponderation: Ponderation) -> list[PointPondere]:
    """Les points de l'évaluation, dans l'ordre de l'annexe : les six points, les critères du
    ministère (une ancienne pondération n'en connaît pas), puis l'autre critère libre s'il est
    évalué."""
    points = []
    considerations = contenu.get("considerations", {})
    for cons in outil_1b.CONSIDERATIONS:
        if cons.facultative:
            continue
        cote = considerations.get(cons.code, {}).get("cote")
        points.append(PointPondere(cons.code, cons.nom.fr, cons.nom.en, cote if cote in COTES else None,
                                   ponderation.poids_de(cons.code)))
    if ponderation.du_ministere():
        for c in criteres_de(contenu):
            points.append(PointPondere(c["code"], c.get("nom_fr", ""), c.get("nom_en", ""),
                                       c.get("cote") if c.get("cote") in COTES else None,
                                       ponderation.poids_de(c["code"])))
    autre = considerations.get("autres", {})
    if autre.get("cote") in COTES:
        cons = outil_1b.PAR_CODE["autres"]
        points.append(PointPondere("autres", cons.nom.fr, cons.nom.en, autre["cote"], ponderation.poids_de("autres")))
    return points


def resultat(contenu: dict, ponderation: Ponderation | None = None) -> Resultat | None:
    """La moyenne des valeurs des points évalués, pondérée, et la cote qui en découle selon les
    seuils — ``None`` si l'évaluation n'a pas de pondération (le cas de la ligne directrice)."""
    ponderation = ponderation or ponderation_de(contenu)
    if ponderation is None:
        return None
    points = tuple(points_1b(contenu, ponderation))
    evalues = [pt for pt in points if pt.cote is not None]
    if not evalues:
        return Resultat(ponderation, points, None, None, "aucun_point_evalue")
    if any(pt.poids < 0 for pt in evalues):
        return Resultat(ponderation, points, None, None, "poids_negatif_enregistre")
    total = sum(pt.poids for pt in evalues)
    if total <= 0:
        return Resultat(ponderation, points, None, None, "poids_evalues_nuls")
    moyenne = sum(pt.poids * float(ponderation.valeurs[pt.cote]) for pt in evalues) / total
    s_eleve, s_moyen = ponderation.seuils
    cote = "eleve" if moyenne >= s_eleve else "moyen" if moyenne >= s_moyen else "faible"
    return Resultat(ponderation, points, moyenne, cote)


# --- écrire ---------------------------------------------------------------------------------
def nombre(v: float, langue: str, decimales: int | None = None) -> str:
    """2 → « 2 »; 1.5 → « 1,5 » en français, « 1.5 » en anglais; ``decimales`` fixe leur nombre."""
    texte = f"{v:.{decimales}f}" if decimales is not None else f"{float(v):g}"
    return texte if langue == "en" else texte.replace(".", ",")


MOIS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")
MOIS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def date_longue(horodatage: str, langue: str) -> str:
    """« 3 mars 2025 » (« 1er » le premier du mois) / « March 3, 2025 »; « — » sans date lisible."""
    try:
        jour = dt.date.fromisoformat((horodatage or "")[:10])
    except ValueError:
        return "—"
    if langue == "en":
        return f"{MOIS_EN[jour.month - 1]} {jour.day}, {jour.year}"
    return f"{'1er' if jour.day == 1 else jour.day} {MOIS_FR[jour.month - 1]} {jour.year}"


def titre(ponderation: Ponderation, langue: str) -> str:
    """« Pondération du ministère, version N du JJ mois AAAA », ou, pour les poids d'une
    ancienne évaluation, « Pondération propre à cette évaluation (ancienne version de
    l'application) »."""
    if not ponderation.du_ministere():
        return messages_ponderation.texte("titre_ancienne", langue)
    return messages_ponderation.texte("titre_version", langue, version=ponderation.version,
                                      date=date_longue(ponderation.definie_le, langue))


def echelle(ponderation: Ponderation, langue: str) -> str:
    """L'échelle et les seuils, en une phrase."""
    v, (s_eleve, s_moyen) = ponderation.valeurs, ponderation.seuils
    return messages_ponderation.texte(
        "echelle", langue, eleve=nombre(v["eleve"], langue), moyen=nombre(v["moyen"], langue),
        faible=nombre(v["faible"], langue), seuil_eleve=nombre(s_eleve, langue), seuil_moyen=nombre(s_moyen, langue))
