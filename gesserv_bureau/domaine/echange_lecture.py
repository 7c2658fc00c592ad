"""Relire et valider le fichier d'échange : :func:`depuis_json` rend un :class:`Paquet`, ou
refuse le fichier entier avec tous les problèmes trouvés (une clé inconnue à quelque niveau que
ce soit, un exercice qui n'est pas « AAAA-AAAA », une date dans le futur, une imbrication trop
profonde…). La forme du bloc ``approbation`` est contrôlée ici; sa valeur (la signature) l'est
par le cas d'utilisation. Sans Qt ni SQL.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.contenu_approuve import CLES_APPROBATION, MAX_CERTIFICAT, MAX_CERTIFICATS, MAX_SIGNATURE
from gesserv_bureau.domaine.echange_format import (
    CLES_EVALUATION,
    CLES_FICHIER,
    CLES_PARTICIPANT,
    CLES_SEANCE,
    CLES_SERVICE,
    CODES_PAR_EDITION,
    FORMAT,
    MAX_PROBLEMES,
    PROFONDEUR_MAX,
    VERSION_FORMAT,
    EchangeRefuse,
    EvaluationRecue,
    Message,
    Paquet,
    RefService,
    SeanceRecue,
    refus,
)
from gesserv_bureau.domaine.echange_lecteur import LectureContenu, Lecteur, montrer
from gesserv_bureau.domaine.evaluations import STATUTS, Evaluation


def _ref_service_recue(lect: Lecteur, valeur: Any, chemin: str) -> RefService | None:
    if valeur is None:
        return None
    if not isinstance(valeur, dict):
        lect.signaler("champ_invalide", champ=chemin, valeur=montrer(valeur), attendu="objet ou null")
        return None
    lect.connues(valeur, CLES_SERVICE, chemin)
    exercice = lect.exercice(valeur, "exercice", chemin, vide_permis=False)
    service_id = lect.champ(valeur, "service_id", chemin, str, "texte", obligatoire=True, defaut="")
    nom_fr = lect.champ(valeur, "nom_fr", chemin, str, "texte", defaut="")
    nom_en = lect.champ(valeur, "nom_en", chemin, str, "texte", defaut="")
    return RefService(exercice, service_id, nom_fr, nom_en)


def _valider_contenu(lect: Lecteur, outil: str, edition: str, contenu: dict, chemin: str) -> None:
    o = outils.outil(outil)
    lect.connues(contenu, [*o.contenu_vide(), *o.cles_facultatives], chemin)
    o.lire_echange(LectureContenu(lect, contenu, chemin, outil, edition, CODES_PAR_EDITION[edition][outil]))


def _approbation_recue(lect: Lecteur, d: dict, chemin: str) -> dict | None:
    """La forme du bloc ``approbation`` (``null`` ou un objet aux quatre clés); sa valeur — la
    signature, les certificats — est vérifiée par le cas d'utilisation."""
    if d.get("approbation") is None:
        return None
    bloc = d["approbation"]
    ou = f"{chemin}.approbation"
    if not isinstance(bloc, dict):
        lect.signaler("champ_invalide", champ=ou, valeur=montrer(bloc), attendu="objet ou null")
        return None
    avant = len(lect.problemes)
    lect.connues(bloc, CLES_APPROBATION, ou)
    lect.champ(bloc, "version", ou, int, "entier", obligatoire=True)
    lect.champ(bloc, "algorithme", ou, str, "texte", obligatoire=True)
    signature = lect.champ(bloc, "signature", ou, str, "texte", obligatoire=True, defaut="")
    if len(signature) > MAX_SIGNATURE:
        lect.signaler("champ_invalide", champ=f"{ou}.signature", valeur=montrer(signature),
                      attendu=f"texte base64 de {MAX_SIGNATURE} caractères au plus")
    liste = lect.champ(bloc, "certificats", ou, list, "liste", obligatoire=True, defaut=[])
    if len(liste) > MAX_CERTIFICATS:
        lect.signaler("champ_invalide", champ=f"{ou}.certificats", valeur=str(len(liste)),
                      attendu=f"{MAX_CERTIFICATS} certificats au plus")
    for n, pem in enumerate(liste[:MAX_CERTIFICATS]):
        if not isinstance(pem, str) or len(pem) > MAX_CERTIFICAT:
            lect.signaler("champ_invalide", champ=f"{ou}.certificats[{n}]", valeur=montrer(pem),
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


def _evaluation_recue(lect: Lecteur, d: Any, chemin: str) -> EvaluationRecue | None:
    if not isinstance(d, dict):
        lect.signaler("champ_invalide", champ=chemin, valeur=montrer(d), attendu="objet")
        return None
    avant = len(lect.problemes)
    lect.connues(d, CLES_EVALUATION, chemin)
    uuid = lect.uuid(d, "uuid", chemin, obligatoire=True)
    outil = lect.champ(d, "outil", chemin, str, "texte", obligatoire=True)
    if outil is not None and not outils.connu(outil):
        lect.signaler("outil_inconnu", champ=f"{chemin}.outil", valeur=montrer(outil))
        outil = None
    edition = lect.champ(d, "edition_referentiel", chemin, str, "texte", obligatoire=True)
    if edition is not None and edition not in CODES_PAR_EDITION:
        lect.signaler("edition_inconnue", champ=f"{chemin}.edition_referentiel", valeur=montrer(edition),
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


def _seance_recue(lect: Lecteur, d: Any) -> SeanceRecue | None:
    chemin = "seance"
    if not isinstance(d, dict):
        lect.signaler("champ_invalide", champ=chemin, valeur=montrer(d), attendu="objet ou null")
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
            lect.signaler("champ_invalide", champ=ou, valeur=montrer(p), attendu="objet")
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
        raise refus("format_inconnu", format=montrer(trouve) if trouve is not None else "-", attendu=FORMAT)
    version = donnees.get("version_format")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refus("version_invalide", version=montrer(version))
    if version > VERSION_FORMAT:
        raise refus("format_plus_recent", version=version, maximum=VERSION_FORMAT)

    lect = Lecteur(maintenant)
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
