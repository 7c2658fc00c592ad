"""L'échange des évaluations (1A, 1B, 2A) et des séances d'examen entre deux postes, par un
fichier JSON : le format (écrire, relire et valider) et la règle qui décide, pour chaque
évaluation reçue, de ce qu'il advient de la copie locale de même identifiant.

Sans Qt ni SQL. Les services ne voyagent pas par leur clé locale (elle diffère d'un poste à
l'autre) mais par leur exercice et leur numéro d'identification, avec leur nom pour le lecteur.

La règle, prudente : une évaluation absente d'ici est créée; identique, elle reste inchangée;
plus récente dans le fichier, elle remplace la copie locale — sauf si celle-ci est approuvée.
Si la copie locale est plus récente que celle du fichier (ou de même date mais différente), ou
approuvée et différente, l'import entier est refusé : rien n'est écrit.

Le format est strict : une clé qu'il ne connaît pas, à quelque niveau que ce soit, un exercice
qui n'est pas « AAAA-AAAA » (années consécutives), une date dans le futur (au-delà d'une
tolérance d'horloge d'un jour) ou une imbrication plus profonde que le format ne le permet font
refuser le fichier entier. Une approbation (statut « approuvee ») ne voyage qu'avec sa preuve,
le bloc ``approbation`` (la signature de l'approbateur, voir ``domaine.contenu_approuve`` et
``rapports.approbation``) : c'est le cas d'utilisation qui la vérifie, et qui rend « terminée »
une évaluation (ou une séance) dont l'approbation n'est pas prouvée (:func:`sans_approbation`).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

from gesserv_bureau.domaine.contenu_approuve import CLES_APPROBATION, MAX_CERTIFICAT, MAX_CERTIFICATS, MAX_SIGNATURE
from gesserv_bureau.domaine import outils, ponderation_1b
from gesserv_bureau.domaine.evaluations import STATUTS, Evaluation
from gesserv_bureau.referentiel import messages_echange
from gesserv_bureau.referentiel.codes import EDITION

FORMAT = "gesserv-evaluation"
VERSION_FORMAT = 1
TOLERANCE_HORLOGE = dt.timedelta(days=1)   # une date plus loin que maintenant + ceci est refusée
PROFONDEUR_MAX = 16                          # le format n'imbrique jamais plus de 7 niveaux
MAX_PROBLEMES = 50                           # au-delà, le refus dit combien d'autres problèmes il tait

CLES_FICHIER = ("format", "version_format", "application", "exporte_le", "exporte_par", "seance", "evaluations")
CLES_EVALUATION = ("uuid", "outil", "edition_referentiel", "exercice", "service", "sujet", "statut", "auteur",
                   "cree_le", "modifie_le", "termine_le", "approuve_le", "approuve_par", "etape", "origine_uuid",
                   "seance_uuid", "contenu", "approbation")
CLES_SERVICE = ("exercice", "service_id", "nom_fr", "nom_en")
CLES_SEANCE = ("uuid", "titre", "date", "exercice", "participants", "services", "position", "statut", "auteur",
               "cree_le", "modifie_le", "approuve_le", "approuve_par", "approbation")
CLES_PARTICIPANT = ("nom", "domaine")
_EXERCICE = re.compile(r"^(\d{4})-(\d{4})$")

# Les codes de question de chaque outil, par édition du référentiel.
CODES_PAR_EDITION: dict[str, dict[str, tuple[str, ...]]] = {
    EDITION: {o.code: o.codes for o in outils.tous()},
}

REPONSES_OUI_NON = (None, "oui", "non")


# --- les messages ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def texte(self, langue: str) -> str:
        """Le message dans ``langue``; un paramètre qui est lui-même un :class:`Message` (la
        raison d'un refus d'approbation, par exemple) est d'abord rendu dans la même langue."""
        params = {k: (v.texte(langue) if isinstance(v, (Message, ponderation_1b.PonderationInvalide)) else v)
                  for k, v in self.params.items()}
        return messages_echange.texte(self.code, langue, **params)


class EchangeRefuse(Exception):
    """Le fichier (ou l'export demandé) est refusé; rien n'a été écrit. ``problemes`` : chaque
    raison, dans l'ordre où elle a été trouvée."""

    def __init__(self, problemes: Message | list[Message]):
        self.problemes = [problemes] if isinstance(problemes, Message) else list(problemes)
        super().__init__(", ".join(p.code for p in self.problemes))

    @property
    def code(self) -> str:
        return self.problemes[0].code

    def texte(self, langue: str) -> str:
        return "\n".join(p.texte(langue) for p in self.problemes)


def refus(code: str, **params) -> EchangeRefuse:
    return EchangeRefuse(Message(code, params))


# --- ce que porte le fichier ------------------------------------------------------------------
@dataclass(frozen=True)
class RefService:
    """Un service tel qu'il voyage : retrouvé ailleurs par (exercice, numéro d'identification)."""
    exercice: str
    service_id: str
    nom_fr: str = ""
    nom_en: str = ""

    def nom(self, langue: str = "fr") -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)


@dataclass
class EvaluationRecue:
    evaluation: Evaluation          # pk, service_pk et seance_pk à None : à résoudre sur ce poste
    service: RefService | None
    seance_uuid: str = ""


@dataclass
class SeanceRecue:
    uuid: str
    titre: str = ""
    date: str = ""
    exercice: str = ""
    participants: list[dict] = field(default_factory=list)
    services: list[RefService] = field(default_factory=list)
    position: int = 0
    statut: str = "brouillon"
    auteur: str = ""
    cree_le: str = ""
    modifie_le: str = ""
    approuve_le: str = ""
    approuve_par: str = ""
    approbation: dict | None = None


@dataclass
class Paquet:
    version_format: int
    evaluations: list[EvaluationRecue]
    seance: SeanceRecue | None = None
    exporte_le: str = ""
    exporte_par: str = ""
    application: str = ""


# --- écrire ------------------------------------------------------------------------------------
def _ref_service(service: Any) -> dict:
    return {"exercice": service.exercice, "service_id": service.service_id,
            "nom_fr": service.nom_fr, "nom_en": service.nom_en}


def evaluation_vers_json(ev: Evaluation, service: Any | None = None, seance_uuid: str = "") -> dict:
    """Une évaluation telle qu'elle voyage; ``service`` : le service lié (``domaine.service.Service``)."""
    return {
        "uuid": ev.uuid,
        "outil": ev.outil,
        "edition_referentiel": ev.edition,
        "exercice": ev.exercice,
        "service": _ref_service(service) if service is not None else None,
        "sujet": ev.sujet,
        "statut": ev.statut,
        "auteur": ev.auteur,
        "cree_le": ev.cree_le,
        "modifie_le": ev.modifie_le,
        "termine_le": ev.termine_le,
        "approuve_le": ev.approuve_le,
        "approuve_par": ev.approuve_par,
        "etape": ev.etape,
        "origine_uuid": ev.origine_uuid,
        "seance_uuid": seance_uuid,
        "contenu": copy.deepcopy(ev.contenu),
        # la preuve signée de l'approbation; null : pas d'approbation, ou une approbation sans
        # signature (elle arrive alors « terminée » sur l'autre poste)
        "approbation": copy.deepcopy(ev.approbation) if ev.statut == "approuvee" else None,
    }


def vers_json(
    evaluations: list[Evaluation],
    seance: Any | None = None,
    services_par_pk: dict[int, Any] | None = None,
    *,
    seances_par_pk: dict[int, str] | None = None,
    exporte_le: str = "",
    exporte_par: str = "",
    application: str = "",
) -> dict:
    """Le contenu du fichier d'échange : des évaluations, et la séance d'examen qui les réunit.

    ``seance`` : un objet à la façon de ``stockage.depot_evaluations.Seance`` (ses ``services``
    sont des clés locales, traduites ici en numéros d'identification); ``services_par_pk`` : les
    services qu'évaluations et séance désignent; ``seances_par_pk`` : l'UUID de la séance de
    chaque évaluation exportée seule (pour la rattacher là-bas si la séance y est déjà).
    """
    services_par_pk = services_par_pk or {}
    uuids_seances = dict(seances_par_pk or {})
    if seance is not None and seance.pk is not None:
        uuids_seances[seance.pk] = seance.uuid
    donnees: dict[str, Any] = {
        "format": FORMAT,
        "version_format": VERSION_FORMAT,
        "application": application,
        "exporte_le": exporte_le,
        "exporte_par": exporte_par,
        "seance": None,
        "evaluations": [
            evaluation_vers_json(ev, services_par_pk.get(ev.service_pk) if ev.service_pk is not None else None,
                                 uuids_seances.get(ev.seance_pk, "") if ev.seance_pk is not None else "")
            for ev in evaluations
        ],
    }
    if seance is not None:
        donnees["seance"] = {
            "uuid": seance.uuid, "titre": seance.titre, "date": seance.date, "exercice": seance.exercice,
            "participants": copy.deepcopy(seance.participants),
            "services": [_ref_service(services_par_pk[pk]) for pk in seance.services if pk in services_par_pk],
            "position": seance.position, "statut": seance.statut, "auteur": seance.auteur,
            "cree_le": seance.cree_le, "modifie_le": seance.modifie_le,
            "approuve_le": seance.approuve_le, "approuve_par": seance.approuve_par,
            "approbation": copy.deepcopy(seance.approbation) if seance.statut == "approuvee" else None,
        }
    return donnees


# --- relire et valider -------------------------------------------------------------------------
class _Lecteur:
    """Valide en accumulant les problèmes (on les dit tous d'un coup)."""

    def __init__(self, maintenant: dt.datetime | None = None) -> None:
        self.problemes: list[Message] = []
        self.limite = (maintenant or dt.datetime.now(dt.timezone.utc)) + TOLERANCE_HORLOGE

    def connues(self, d: dict, cles: tuple | list | dict, chemin: str) -> None:
        """Chaque clé que le format ne connaît pas est signalée, nommée par son chemin."""
        for cle in d:
            if cle not in cles:
                nom = cle if len(cle) <= 60 else cle[:57] + "…"
                self.signaler("cle_inconnue", champ=f"{chemin}.{nom}" if chemin else nom)

    def exercice(self, d: dict, cle: str, chemin: str, *, vide_permis: bool) -> str:
        """Un exercice « AAAA-AAAA » aux années consécutives (vide permis si ``vide_permis``)."""
        valeur = self.champ(d, cle, chemin, str, "texte", obligatoire=True, defaut="")
        if not isinstance(valeur, str) or (not valeur and vide_permis):
            return valeur if isinstance(valeur, str) else ""
        m = _EXERCICE.match(valeur)
        if not m or int(m.group(2)) != int(m.group(1)) + 1:
            self.signaler("exercice_invalide", champ=f"{chemin}.{cle}" if chemin else cle, valeur=_montrer(valeur))
            return ""
        return valeur

    def signaler(self, code: str, **params) -> None:
        self.problemes.append(Message(code, params))

    def champ(self, d: dict, cle: str, chemin: str, types: type | tuple, attendu: str, *,
              obligatoire: bool = False, defaut: Any = None, choix: tuple | None = None) -> Any:
        ou = f"{chemin}.{cle}" if chemin else cle
        if cle not in d:
            if obligatoire:
                self.signaler("champ_manquant", champ=ou)
            return defaut
        valeur = d[cle]
        if isinstance(valeur, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            self.signaler("champ_invalide", champ=ou, valeur=_montrer(valeur), attendu=attendu)
            return defaut
        if not isinstance(valeur, types) or (choix is not None and valeur not in choix):
            self.signaler("champ_invalide", champ=ou, valeur=_montrer(valeur), attendu=attendu)
            return defaut
        return valeur

    def date(self, d: dict, cle: str, chemin: str, *, obligatoire: bool = False) -> str:
        valeur = self.champ(d, cle, chemin, str, "texte", obligatoire=obligatoire, defaut="")
        moment = instant(valeur) if valeur else None
        if valeur and moment is None:
            self.signaler("date_invalide", champ=f"{chemin}.{cle}", valeur=_montrer(valeur))
            return ""
        if moment is not None and moment > self.limite:
            self.signaler("date_future", champ=f"{chemin}.{cle}", valeur=_montrer(valeur))
            return ""
        if obligatoire and cle in d and isinstance(d[cle], str) and not valeur:
            self.signaler("date_invalide", champ=f"{chemin}.{cle}", valeur='""')
        return valeur

    def uuid(self, d: dict, cle: str, chemin: str, *, obligatoire: bool = False) -> str:
        valeur = self.champ(d, cle, chemin, str, "UUID", obligatoire=obligatoire, defaut="")
        if valeur or (obligatoire and isinstance(d.get(cle), str)):
            try:
                uuidlib.UUID(valeur)
            except ValueError:
                self.signaler("champ_invalide", champ=f"{chemin}.{cle}", valeur=_montrer(valeur), attendu="UUID")
                return ""
        return valeur


def _montrer(valeur: Any) -> str:
    import json

    texte = json.dumps(valeur, ensure_ascii=False)
    return texte if len(texte) <= 60 else texte[:57] + "…"


def instant(texte: str) -> dt.datetime | None:
    """Une date ISO 8601 comparable; sans décalage horaire, l'heure locale de ce poste."""
    if not isinstance(texte, str) or not texte.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(texte.strip())
        return moment if moment.tzinfo is not None else moment.astimezone()
    except (ValueError, OverflowError, OSError):
        return None


def _ref_service_recue(lect: _Lecteur, valeur: Any, chemin: str) -> RefService | None:
    if valeur is None:
        return None
    if not isinstance(valeur, dict):
        lect.signaler("champ_invalide", champ=chemin, valeur=_montrer(valeur), attendu="objet ou null")
        return None
    lect.connues(valeur, CLES_SERVICE, chemin)
    exercice = lect.exercice(valeur, "exercice", chemin, vide_permis=False)
    service_id = lect.champ(valeur, "service_id", chemin, str, "texte", obligatoire=True, defaut="")
    nom_fr = lect.champ(valeur, "nom_fr", chemin, str, "texte", defaut="")
    nom_en = lect.champ(valeur, "nom_en", chemin, str, "texte", defaut="")
    return RefService(exercice, service_id, nom_fr, nom_en)


class LectureContenu:
    """Ce que reçoit la lecture du contenu propre à chaque outil (``Outil.lire_echange``) : le
    lecteur qui accumule les problèmes (``lecteur``), le contenu reçu et son chemin dans le
    fichier, l'outil, l'édition et les codes de ses réponses dans cette édition."""

    OUI_NON = ((str, type(None)), REPONSES_OUI_NON, "oui, non ou null")   # (types, choix, attendu)
    TEXTE = (str, None, "texte")
    montrer = staticmethod(_montrer)

    def __init__(self, lecteur: "_Lecteur", contenu: dict, chemin: str, outil: str, edition: str,
                 codes: tuple[str, ...]) -> None:
        self.lecteur, self.contenu, self.chemin = lecteur, contenu, chemin
        self.outil, self.edition, self.codes = outil, edition, codes

    def champ(self, cle: str, types: type | tuple, attendu: str, **options) -> Any:
        """Un champ du contenu lui-même (voir ``_Lecteur.champ``)."""
        return self.lecteur.champ(self.contenu, cle, self.chemin, types, attendu, **options)

    def par_code(self, cle: str, valider) -> None:
        """Le bloc ``cle`` du contenu, un objet dont chaque clé est un code de l'édition : un code
        inconnu est signalé, chaque valeur passe par ``valider(valeur, chemin)``."""
        if cle not in self.contenu:
            return
        bloc = self.contenu[cle]
        ou = f"{self.chemin}.{cle}"
        if not isinstance(bloc, dict):
            self.lecteur.signaler("champ_invalide", champ=ou, valeur=_montrer(bloc), attendu="objet")
            return
        for code, valeur in bloc.items():
            if code not in self.codes:
                self.lecteur.signaler("code_inconnu", outil=self.outil, edition=self.edition, valeur=code, champ=ou)
            else:
                valider(valeur, f"{ou}.{code}")

    def reponse(self, cles: dict[str, tuple]):
        """Le validateur d'une réponse : un objet aux clés ``cles`` (chacune : types, choix, attendu)."""
        lect = self.lecteur

        def valider(valeur, ou):
            if not isinstance(valeur, dict):
                lect.signaler("champ_invalide", champ=ou, valeur=_montrer(valeur), attendu="objet")
                return
            lect.connues(valeur, cles, ou)
            for cle, (types, choix, attendu) in cles.items():
                lect.champ(valeur, cle, ou, types, attendu, choix=choix)
        return valider


def _valider_contenu(lect: _Lecteur, outil: str, edition: str, contenu: dict, chemin: str) -> None:
    o = outils.outil(outil)
    lect.connues(contenu, [*o.contenu_vide(), *o.cles_facultatives], chemin)
    o.lire_echange(LectureContenu(lect, contenu, chemin, outil, edition, CODES_PAR_EDITION[edition][outil]))


def _approbation_recue(lect: _Lecteur, d: dict, chemin: str) -> dict | None:
    """La forme du bloc ``approbation`` (``null`` ou un objet aux quatre clés); sa valeur — la
    signature, les certificats — est vérifiée par le cas d'utilisation."""
    if d.get("approbation") is None:
        return None
    bloc = d["approbation"]
    ou = f"{chemin}.approbation"
    if not isinstance(bloc, dict):
        lect.signaler("champ_invalide", champ=ou, valeur=_montrer(bloc), attendu="objet ou null")
        return None
    avant = len(lect.problemes)
    lect.connues(bloc, CLES_APPROBATION, ou)
    lect.champ(bloc, "version", ou, int, "entier", obligatoire=True)
    lect.champ(bloc, "algorithme", ou, str, "texte", obligatoire=True)
    signature = lect.champ(bloc, "signature", ou, str, "texte", obligatoire=True, defaut="")
    if len(signature) > MAX_SIGNATURE:
        lect.signaler("champ_invalide", champ=f"{ou}.signature", valeur=_montrer(signature),
                      attendu=f"texte base64 de {MAX_SIGNATURE} caractères au plus")
    liste = lect.champ(bloc, "certificats", ou, list, "liste", obligatoire=True, defaut=[])
    if len(liste) > MAX_CERTIFICATS:
        lect.signaler("champ_invalide", champ=f"{ou}.certificats", valeur=str(len(liste)),
                      attendu=f"{MAX_CERTIFICATS} certificats au plus")
    for n, pem in enumerate(liste[:MAX_CERTIFICATS]):
        if not isinstance(pem, str) or len(pem) > MAX_CERTIFICAT:
            lect.signaler("champ_invalide", champ=f"{ou}.certificats[{n}]", valeur=_montrer(pem),
                          attendu="certificat PEM")
    return copy.deepcopy(bloc) if len(lect.problemes) == avant else None


def completer(outil: str, contenu: dict) -> dict:
    """Chaque réponse reçue avec tous ses champs (ceux qui manquent : vides), comme une
    évaluation saisie ici; puis les blocs propres à l'outil (``Outil.completer``)."""
    o = outils.outil(outil)
    modele = o.contenu_vide()
    vide = next(iter(modele[o.cle_reponses].values()))
    for reponse in contenu.get(o.cle_reponses, {}).values():
        for champ, valeur in vide.items():
            reponse.setdefault(champ, valeur)
    o.completer(contenu)
    return contenu


def _evaluation_recue(lect: _Lecteur, d: Any, chemin: str) -> EvaluationRecue | None:
    if not isinstance(d, dict):
        lect.signaler("champ_invalide", champ=chemin, valeur=_montrer(d), attendu="objet")
        return None
    avant = len(lect.problemes)
    lect.connues(d, CLES_EVALUATION, chemin)
    uuid = lect.uuid(d, "uuid", chemin, obligatoire=True)
    outil = lect.champ(d, "outil", chemin, str, "texte", obligatoire=True)
    if outil is not None and not outils.connu(outil):
        lect.signaler("outil_inconnu", champ=f"{chemin}.outil", valeur=_montrer(outil))
        outil = None
    edition = lect.champ(d, "edition_referentiel", chemin, str, "texte", obligatoire=True)
    if edition is not None and edition not in CODES_PAR_EDITION:
        lect.signaler("edition_inconnue", champ=f"{chemin}.edition_referentiel", valeur=_montrer(edition),
                      connues=", ".join(CODES_PAR_EDITION))
        edition = None
    exercice = lect.exercice(d, "exercice", chemin, vide_permis=True)
    service = _ref_service_recue(lect, d.get("service"), f"{chemin}.service")
    statut = lect.champ(d, "statut", chemin, str, " ou ".join(STATUTS), obligatoire=True, defaut="brouillon",
                        choix=STATUTS)
    approbation = _approbation_recue(lect, d, chemin)
    valeurs = {c: lect.champ(d, c, chemin, str, "texte", defaut="")
               for c in ("sujet", "auteur", "approuve_par")}
    dates = {"cree_le": lect.date(d, "cree_le", chemin, obligatoire=True),
             "modifie_le": lect.date(d, "modifie_le", chemin, obligatoire=True),
             "termine_le": lect.date(d, "termine_le", chemin),
             "approuve_le": lect.date(d, "approuve_le", chemin)}
    etape = lect.champ(d, "etape", chemin, int, "entier ≥ 0", defaut=0)
    if etape < 0:
        lect.signaler("champ_invalide", champ=f"{chemin}.etape", valeur=str(etape), attendu="entier ≥ 0")
        etape = 0
    origine = lect.uuid(d, "origine_uuid", chemin)
    seance_uuid = lect.uuid(d, "seance_uuid", chemin)
    contenu = lect.champ(d, "contenu", chemin, dict, "objet", obligatoire=True)
    if contenu is not None and outil is not None and edition is not None:
        _valider_contenu(lect, outil, edition, contenu, f"{chemin}.contenu")
    if len(lect.problemes) > avant:
        return None
    ev = Evaluation(outil=outil, uuid=uuid, exercice=exercice, statut=statut, edition=edition, etape=etape,
                    contenu=completer(outil, copy.deepcopy(contenu)), origine_uuid=origine,
                    approbation=approbation if statut == "approuvee" else None, **valeurs, **dates)
    return EvaluationRecue(ev, service, seance_uuid)


def _seance_recue(lect: _Lecteur, d: Any) -> SeanceRecue | None:
    chemin = "seance"
    if not isinstance(d, dict):
        lect.signaler("champ_invalide", champ=chemin, valeur=_montrer(d), attendu="objet ou null")
        return None
    avant = len(lect.problemes)
    lect.connues(d, CLES_SEANCE, chemin)
    uuid = lect.uuid(d, "uuid", chemin, obligatoire=True)
    textes = {c: lect.champ(d, c, chemin, str, "texte", defaut="") for c in ("titre", "date", "auteur", "approuve_par")}
    textes["exercice"] = lect.exercice(d, "exercice", chemin, vide_permis=True) if "exercice" in d else ""
    statut = lect.champ(d, "statut", chemin, str, " ou ".join(STATUTS), defaut="brouillon", choix=STATUTS)
    position = lect.champ(d, "position", chemin, int, "entier", defaut=0)
    participants = lect.champ(d, "participants", chemin, list, "liste", defaut=[])
    for n, p in enumerate(participants):
        ou = f"{chemin}.participants[{n}]"
        if not isinstance(p, dict):
            lect.signaler("champ_invalide", champ=ou, valeur=_montrer(p), attendu="objet")
            continue
        lect.connues(p, CLES_PARTICIPANT, ou)
        for cle in ("nom", "domaine"):
            lect.champ(p, cle, ou, str, "texte")
    services = []
    for n, s in enumerate(lect.champ(d, "services", chemin, list, "liste", defaut=[])):
        ref = _ref_service_recue(lect, s, f"{chemin}.services[{n}]")
        if ref is not None:
            services.append(ref)
    cree_le = lect.date(d, "cree_le", chemin, obligatoire=True)
    modifie_le = lect.date(d, "modifie_le", chemin, obligatoire=True)
    approuve_le = lect.date(d, "approuve_le", chemin)
    approbation = _approbation_recue(lect, d, chemin)
    if len(lect.problemes) > avant:
        return None
    return SeanceRecue(uuid=uuid, participants=copy.deepcopy(participants), services=services, position=position,
                       statut=statut, cree_le=cree_le, modifie_le=modifie_le, approuve_le=approuve_le,
                       approbation=approbation if statut == "approuvee" else None, **textes)


def trop_profond(donnees: Any, limite: int = PROFONDEUR_MAX) -> bool:
    """Vrai si des listes ou des objets s'imbriquent sur plus de ``limite`` niveaux (parcours
    sans récursion : une imbrication démesurée ne fait pas déborder la pile)."""
    pile = [(donnees, 1)]
    while pile:
        valeur, niveau = pile.pop()
        if isinstance(valeur, (dict, list)):
            if niveau > limite:
                return True
            enfants = valeur.values() if isinstance(valeur, dict) else valeur
            pile.extend((v, niveau + 1) for v in enfants if isinstance(v, (dict, list)))
    return False


def depuis_json(donnees: Any, maintenant: dt.datetime | None = None) -> Paquet:
    """Relit le contenu d'un fichier d'échange; lève :class:`EchangeRefuse` avec tous les problèmes
    trouvés (un format plus récent est refusé d'emblée, sans regarder plus loin). ``maintenant`` :
    l'heure de ce poste (par défaut l'heure actuelle), au-delà de laquelle une date est refusée."""
    if trop_profond(donnees):
        raise refus("trop_imbrique", limite=PROFONDEUR_MAX)
    try:
        return _depuis_json(donnees, maintenant)
    except RecursionError:
        raise refus("trop_imbrique", limite=PROFONDEUR_MAX) from None


def _depuis_json(donnees: Any, maintenant: dt.datetime | None) -> Paquet:
    if not isinstance(donnees, dict) or donnees.get("format") != FORMAT:
        trouve = donnees.get("format") if isinstance(donnees, dict) else None
        raise refus("format_inconnu", format=_montrer(trouve) if trouve is not None else "-", attendu=FORMAT)
    version = donnees.get("version_format")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refus("version_invalide", version=_montrer(version))
    if version > VERSION_FORMAT:
        raise refus("format_plus_recent", version=version, maximum=VERSION_FORMAT)

    lect = _Lecteur(maintenant)
    lect.connues(donnees, CLES_FICHIER, "")
    entete = {c: lect.champ(donnees, c, "", str, "texte", defaut="") for c in ("application", "exporte_le", "exporte_par")}
    liste = lect.champ(donnees, "evaluations", "", list, "liste", obligatoire=True, defaut=[])
    evaluations = []
    vues: set[str] = set()
    for n, d in enumerate(liste):
        recue = _evaluation_recue(lect, d, f"evaluations[{n}]")
        if recue is None:
            continue
        if recue.evaluation.uuid in vues:
            lect.signaler("uuid_en_double", uuid=recue.evaluation.uuid)
        vues.add(recue.evaluation.uuid)
        evaluations.append(recue)
    seance = None
    if donnees.get("seance") is not None:
        seance = _seance_recue(lect, donnees["seance"])
    if lect.problemes:
        if len(lect.problemes) > MAX_PROBLEMES:   # on les dit tous… jusqu'à une limite lisible
            reste = len(lect.problemes) - MAX_PROBLEMES
            raise EchangeRefuse([*lect.problemes[:MAX_PROBLEMES], Message("autres_problemes", {"n": reste})])
        raise EchangeRefuse(lect.problemes)
    if not evaluations and seance is None:
        raise refus("vide")
    return Paquet(version, evaluations, seance, **entete)


# --- décider -----------------------------------------------------------------------------------
CREER, MODIFIER, INCHANGEE = "creer", "modifier", "inchangee"

_CHAMPS_COMPARES = ("outil", "exercice", "service_pk", "sujet", "statut", "auteur", "cree_le", "modifie_le",
                    "termine_le", "approuve_le", "approuve_par", "edition", "etape", "contenu", "origine_uuid",
                    "approbation")
_CHAMPS_SEANCE = ("titre", "date", "exercice", "participants", "services", "position", "statut", "auteur",
                  "cree_le", "modifie_le", "approuve_le", "approuve_par", "approbation")


def sans_approbation(objet: Any) -> None:
    """Une approbation non prouvée : l'évaluation (ou la séance) reçue est « terminée », sans
    date, nom ni preuve d'approbation."""
    objet.statut = "terminee"
    objet.approuve_le = objet.approuve_par = ""
    objet.approbation = None



def _pareilles(a: Any, b: Any, champs: tuple[str, ...]) -> bool:
    return all(getattr(a, c) == getattr(b, c) for c in champs)


def _comparer_dates(entrant: str, local: str) -> int | None:
    """-1 : le fichier est plus ancien; 0 : même instant; 1 : le fichier est plus récent;
    ``None`` : la date locale est illisible."""
    a, b = instant(entrant), instant(local)
    if b is None or a is None:
        return None
    return (a > b) - (a < b)


def decider(entrante: Evaluation, locale: Evaluation | None) -> tuple[str, Message | None]:
    """Ce qu'il advient de la copie locale : ``(CREER|MODIFIER|INCHANGEE, None)``, ou
    ``("refus", message)``. ``entrante.service_pk`` : le service déjà résolu sur ce poste."""
    if locale is None:
        return CREER, None
    if _pareilles(entrante, locale, _CHAMPS_COMPARES):
        return INCHANGEE, None
    params = {"uuid": locale.uuid, "sujet": locale.sujet or entrante.sujet, "outil": locale.outil,
              "local": locale.modifie_le, "fichier": entrante.modifie_le}
    if entrante.outil != locale.outil:
        return "refus", Message("outil_different", {"uuid": locale.uuid, "local": locale.outil,
                                                    "fichier": entrante.outil})
    return _regle_commune(entrante, locale, params, _CODES_EVALUATION)


def decider_seance(entrante: Any, locale: Any | None) -> tuple[str, Message | None]:
    """La même règle pour une séance d'examen (``services`` déjà traduits en clés locales)."""
    if locale is None:
        return CREER, None
    if _pareilles(entrante, locale, _CHAMPS_SEANCE):
        return INCHANGEE, None
    params = {"uuid": locale.uuid, "titre": locale.titre or entrante.titre,
              "local": locale.modifie_le, "fichier": entrante.modifie_le}
    return _regle_commune(entrante, locale, params, _CODES_SEANCE)


_CODES_EVALUATION = ("approuvee_locale", "date_locale_illisible", "local_plus_recent", "meme_date_differente")
_CODES_SEANCE = ("seance_approuvee_locale", "seance_date_locale_illisible", "seance_plus_recente",
                 "seance_meme_date_differente")


def _regle_commune(entrante: Any, locale: Any, params: dict, codes: tuple[str, str, str, str]) -> tuple[str, Message | None]:
    """Une copie locale différente : refusée si elle est approuvée, si sa date est illisible, si
    elle est plus récente ou du même instant; sinon le fichier, plus récent, la met à jour. Du
    même instant, une version dont l'approbation est prouvée (le cas d'utilisation a déjà retiré
    les approbations non prouvées) l'emporte sur une copie locale non approuvée : c'est celle
    que l'approbateur a signée (la copie locale est, p. ex., une version trafiquée reçue avant)."""
    approuvee, illisible, plus_recente, meme_date = codes
    if locale.statut == "approuvee":
        return "refus", Message(approuvee, params)
    ordre = _comparer_dates(entrante.modifie_le, locale.modifie_le)
    if ordre is None:
        return "refus", Message(illisible, params)
    if ordre < 0:
        return "refus", Message(plus_recente, params)
    if ordre == 0:
        if entrante.statut == "approuvee" and entrante.approbation is not None:
            return MODIFIER, None
        return "refus", Message(meme_date, params)
    return MODIFIER, None
