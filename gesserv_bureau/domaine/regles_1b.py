"""L'annexe 1B (un service est-il prioritaire?) : son contenu, ce qui manque pour la terminer, sa
conclusion et la lecture de son contenu dans un fichier d'échange. Sans Qt; déclarée une fois au
registre des outils (``domaine.outils``).

L'annexe 1B n'a pas de note : une évaluation (élevé, moyen ou faible) par point, puis la
décision oui / non, justifiée. Une pondération n'est qu'une aide du ministère, à part :
``domaine.ponderation_1b``; ses autres critères : ``domaine.criteres_1b``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from gesserv_bureau.domaine import criteres_1b, ponderation_1b
from gesserv_bureau.domaine.manques import Manque
from gesserv_bureau.referentiel import outil_1b

if TYPE_CHECKING:
    from gesserv_bureau.domaine.evaluations import Evaluation

CODES = tuple(c.code for c in outil_1b.CONSIDERATIONS)   # ses points à considérer (édition 2017)
CLE_REPONSES = "considerations"
COTES_1B = tuple(outil_1b.COTES.codes())
# les clés qu'un contenu peut porter en plus du modèle (le format d'échange les connaît)
CLES_FACULTATIVES_1B = ("poids", "ponderation", "criteres_ministere")


def contenu_1b() -> dict:
    """Les réponses d'une évaluation 1B. S'y ajoutent, seulement s'il y a lieu, la copie de la
    pondération du ministère utilisée (``ponderation``), les critères du ministère
    (``criteres_ministere``) et, dans les évaluations faites avant la pondération du ministère,
    leurs propres poids (``poids``) : jamais ajoutés d'office, pour qu'une approbation signée sur
    un contenu se vérifie toujours sur le même."""
    return {"considerations": {c.code: {"cote": None, "exemple": "", "analyse": ""} for c in outil_1b.CONSIDERATIONS},
            "decision": None, "justification": ""}


def conclusion_1b(contenu: dict) -> str | None:
    """La conclusion du dossier (celle que garde la base) : la décision du ministère, oui ou non."""
    return contenu.get("decision")


def manques_1b(ev: "Evaluation") -> list[Manque]:
    c = ev.contenu
    resultat: list[Manque] = []
    for i, cons in enumerate(outil_1b.CONSIDERATIONS):
        if not cons.facultative and c["considerations"][cons.code]["cote"] not in COTES_1B:
            resultat.append(Manque(1 + i, cons.code, "consideration_sans_cote"))
        if cons.facultative:   # « Autres critères » : ceux du ministère s'évaluent tous
            for critere in criteres_1b.criteres_de(c):
                if critere.get("cote") not in COTES_1B:
                    resultat.append(Manque(1 + i, critere.get("code", ""), "critere_ministere_sans_cote",
                                           (("nom", (critere.get("nom_fr", ""), critere.get("nom_en", ""))),)))
    fin = 1 + len(outil_1b.CONSIDERATIONS)
    if c.get("decision") not in ("oui", "non"):
        resultat.append(Manque(fin, "decision", "decision_manquante"))
    if not c.get("justification", "").strip():
        resultat.append(Manque(fin, "justification", "justification_manquante"))
    return resultat


# --- dans un fichier d'échange (``domaine.echange_evaluations``) ----------------------------
def lire_echange_1b(lecture) -> None:
    """Valide le contenu 1B reçu; ``lecture`` : ``echange_evaluations.LectureContenu``."""
    cotes = ((str, type(None)), (None, *COTES_1B), "eleve, moyen, faible ou null")
    lecture.par_code(CLE_REPONSES, lecture.reponse({"cote": cotes, "exemple": lecture.TEXTE,
                                                   "analyse": lecture.TEXTE}))
    lecture.par_code("poids", _poids(lecture))   # les poids d'une évaluation faite par une version antérieure
    codes_criteres = _criteres_recus(lecture, cotes, lecture.TEXTE)
    _ponderation_recue(lecture, codes_criteres)
    types, choix, attendu = lecture.OUI_NON
    lecture.champ("decision", types, attendu, choix=choix)
    lecture.champ("justification", str, "texte")


def _poids(lecture):
    lect, montrer = lecture.lecteur, lecture.montrer

    def valider(valeur, ou):
        if isinstance(valeur, bool) or not isinstance(valeur, (int, float)) or math.isnan(valeur) \
                or math.isinf(valeur) or valeur < 0:
            lect.signaler("champ_invalide", champ=ou, valeur=montrer(valeur), attendu="nombre ≥ 0")
    return valider


def _criteres_recus(lecture, cotes: tuple, texte: tuple) -> set[str]:
    """Les critères du ministère d'une 1B (``criteres_ministere``) : une liste de réponses, chacune
    avec son code (m1, m2…) et son nom; renvoie leurs codes."""
    lect, contenu, chemin, montrer = lecture.lecteur, lecture.contenu, lecture.chemin, lecture.montrer
    if criteres_1b.CLE not in contenu:
        return set()
    ou = f"{chemin}.{criteres_1b.CLE}"
    liste = lect.champ(contenu, criteres_1b.CLE, chemin, list, "liste", defaut=[])
    codes: set[str] = set()
    for n, critere in enumerate(liste):
        ici = f"{ou}[{n}]"
        if not isinstance(critere, dict):
            lect.signaler("champ_invalide", champ=ici, valeur=montrer(critere), attendu="objet")
            continue
        lect.connues(critere, criteres_1b.CLES_CRITERE, ici)
        code = lect.champ(critere, "code", ici, str, "m1, m2…", obligatoire=True, defaut="")
        if code and not criteres_1b.MOTIF_CODE.match(code):
            lect.signaler("champ_invalide", champ=f"{ici}.code", valeur=montrer(code), attendu="m1, m2…")
        elif code in codes:
            lect.signaler("champ_invalide", champ=f"{ici}.code", valeur=montrer(code), attendu="un code unique")
        codes.add(code)
        noms = [lect.champ(critere, cle, ici, str, "texte", defaut="") for cle in ("nom_fr", "nom_en")]
        if not any((nom or "").strip() for nom in noms):
            lect.signaler("champ_invalide", champ=f"{ici}.nom_fr", valeur='""', attendu="un nom (nom_fr ou nom_en)")
        for cle, (types, choix, attendu) in {"cote": cotes, "exemple": texte, "analyse": texte}.items():
            lect.champ(critere, cle, ici, types, attendu, choix=choix)
    return codes


def _ponderation_recue(lecture, codes_criteres: set[str]) -> None:
    """La copie de la pondération du ministère qu'une 1B a utilisée : sa version, sa date, ses
    poids, son échelle et ses seuils, cohérents comme le ministère a dû les définir."""
    lect, contenu, chemin, montrer, codes = (lecture.lecteur, lecture.contenu, lecture.chemin, lecture.montrer,
                                             lecture.codes)
    if "ponderation" not in contenu or contenu["ponderation"] is None:
        return
    ou = f"{chemin}.ponderation"
    bloc = lect.champ(contenu, "ponderation", chemin, dict, "objet ou null")
    if bloc is None:
        return
    avant = len(lect.problemes)
    lect.connues(bloc, ponderation_1b.CLES_CONTENU, ou)
    version = lect.champ(bloc, "version", ou, int, "entier ≥ 1", obligatoire=True, defaut=1)
    if version < 1:
        lect.signaler("champ_invalide", champ=f"{ou}.version", valeur=str(version), attendu="entier ≥ 1")
    lect.date(bloc, "definie_le", ou, obligatoire=True)
    lect.champ(bloc, "definie_par", ou, str, "texte")

    def nombre(valeur, ici) -> float | None:
        if isinstance(valeur, bool) or not isinstance(valeur, (int, float)) or math.isnan(valeur) or math.isinf(valeur):
            lect.signaler("champ_invalide", champ=ici, valeur=montrer(valeur), attendu="nombre")
            return None
        return float(valeur)

    poids = lect.champ(bloc, "poids", ou, dict, "objet", obligatoire=True, defaut={})
    lus = {}
    for code, valeur in poids.items():
        if code not in codes and code not in codes_criteres:
            lect.signaler("code_inconnu", outil=lecture.outil, edition=lecture.edition, valeur=code, champ=f"{ou}.poids")
        elif (v := nombre(valeur, f"{ou}.poids.{code}")) is not None:
            lus[code] = v
    valeurs = lect.champ(bloc, "valeurs", ou, dict, "objet", obligatoire=True, defaut={})
    lect.connues(valeurs, ponderation_1b.COTES, f"{ou}.valeurs")
    echelle = {}
    for cote in ponderation_1b.COTES:
        if cote not in valeurs:
            lect.signaler("champ_manquant", champ=f"{ou}.valeurs.{cote}")
        elif (v := nombre(valeurs[cote], f"{ou}.valeurs.{cote}")) is not None:
            echelle[cote] = v
    seuils = lect.champ(bloc, "seuils", ou, list, "liste de deux nombres", obligatoire=True, defaut=[])
    if len(seuils) != 2:
        lect.signaler("champ_invalide", champ=f"{ou}.seuils", valeur=montrer(seuils), attendu="liste de deux nombres")
    lus_seuils = [nombre(s, f"{ou}.seuils") for s in seuils[:2]]
    if len(lect.problemes) > avant or len(echelle) != 3 or None in lus_seuils or len(lus_seuils) != 2:
        return
    noms = {c: (c, c) for c in (*codes, *codes_criteres)}
    try:
        ponderation_1b.verifier(lus, echelle, tuple(lus_seuils), noms)
    except ponderation_1b.PonderationInvalide as exc:
        lect.signaler("ponderation_invalide", champ=ou, raison=exc)


def completer_1b(contenu: dict) -> None:
    """Chaque critère du ministère reçu avec tous ses champs (ceux qui manquent : vides)."""
    for critere in criteres_1b.criteres_de(contenu):
        for champ, valeur in (("nom_fr", ""), ("nom_en", ""), ("cote", None), ("exemple", ""), ("analyse", "")):
            critere.setdefault(champ, valeur)
