"""Les noms lisibles des fiches et de leurs champs, dans les deux langues : pour montrer une
divergence (mode ministère) avec les mots du répertoire plutôt qu'avec les noms des colonnes.

Les champs d'un service portent le nom de leur élément du tableau 5 (``referentiel.elements``),
avec la langue du texte quand l'élément en a deux; les lignes qui dépendent d'une fiche
(``@table:clé:colonne``, ``domaine.hors_ligne``) se disent par leur ligne puis leur colonne."""

from __future__ import annotations

from gesserv_bureau.referentiel.codes import MODES, POINTS_INTERACTION
from gesserv_bureau.referentiel.elements import PAR_CODE

FICHES = {
    "service": ("Service", "Service"),
    "evaluation": ("Évaluation", "Assessment"),
    "norme_service": ("Norme de service", "Service standard"),
    "action_norme": ("Action d'une norme", "Standard action"),
    "seance": ("Séance d'examen", "Review session"),
    "strategie": ("Stratégie", "Strategy"),
}
EXISTENCE = ("La fiche elle-même (gardée ou supprimée)", "The record itself (kept or deleted)")
REFUS = {
    "lecture": ("Refusé par le serveur : votre rôle est celui d'un lecteur", "Refused by the server: your role is reader"),
    "secteur": ("Refusé par le serveur : le secteur de ce service ne vous est pas accordé",
                "Refused by the server: this service's sector is not granted to you"),
    "approuvee": ("Refusé par le serveur : fiche approuvée, seul un approbateur la modifie",
                  "Refused by the server: approved record, only an approver changes it"),
}
_LANGUE = {"fr": (" (français)", " (French)"), "en": (" (anglais)", " (English)")}
_AUTRES = {
    "sujet": ("Sujet", "Subject"), "statut": ("Statut", "Status"), "contenu": ("Réponses", "Answers"),
    "conclusion": ("Conclusion", "Conclusion"), "titre": ("Titre", "Title"), "date": ("Date", "Date"),
    "participants": ("Participants", "Participants"), "services": ("Services examinés", "Services reviewed"),
    "position": ("Service en cours d'examen", "Service under review"), "cible": ("Cible", "Target"),
    "texte": ("Action", "Action"), "responsable": ("Responsable", "Owner"), "echeance": ("Échéance", "Due date"),
    "norme_fr": ("Norme (français)", "Standard (French)"), "norme_en": ("Norme (anglais)", "Standard (English)"),
    "exercice": ("Exercice", "Fiscal year"), "etape": ("Étape de l'assistant", "Wizard step"),
    "modifie_le": ("Modifié le", "Changed on"), "service_pk": ("Service lié", "Linked service"),
    "norme_id": ("Numéro de la norme", "Standard number"), "type_norme": ("Type de norme", "Standard type"),
    "canal": ("Canal", "Channel"), "type_cible": ("Type de cible", "Target type"),
    "volume_conforme": ("Volume qui respecte la norme", "Volume meeting the standard"),
    "volume_total": ("Volume total", "Total volume"), "rendement": ("Rendement", "Performance"),
    "cible_atteinte": ("Cible atteinte", "Target met"), "retiree_le": ("Retirée le", "Withdrawn on"),
    "mise_en_oeuvre": ("Mise en œuvre", "Implementation"),
    "niveau_approbation": ("Niveau d'approbation", "Approval level"),
    "date_approbation": ("Date d'approbation", "Approval date"),
}
_DEPENDANTES = {
    "volume": ("Volume, mode « {cle} »", "Volume, channel “{cle}”"),
    "initiative": ("Initiative {rang}", "Initiative {rang}"),
    "resultat_norme": ("Résultat {cle}", "Result {cle}"),
}
_COLONNES_DEPENDANTES = {
    "demandes": ("demandes", "applications"), "extrants": ("extrants", "outputs"), "etat": ("état", "status"),
    "nom": ("nom", "name"), "description": ("description", "description"), "avantages": ("avantages", "benefits"),
    "couts": ("coûts", "costs"), "risques": ("risques", "risks"), "collaboration": ("collaboration", "collaboration"),
    "volume_conforme": ("volume qui respecte la norme", "volume meeting the standard"),
    "volume_total": ("volume total", "total volume"),
}


def _choisir(paire: tuple[str, str], langue: str) -> str:
    return paire[1] if langue == "en" else paire[0]


def fiche(nom: str, langue: str) -> str:
    return _choisir(FICHES.get(nom, (nom, nom)), langue)


# les autres tables qu'une entrée du journal du serveur peut nommer
AUTRES_TABLES = {
    "volume": ("Volumes du service", "Service volumes"), "empreinte_import": ("Import du service", "Service import"),
    "initiative": ("Initiative", "Initiative"), "resultat_norme": ("Résultat d'une norme", "Standard result"),
    "droit_secteur": ("Secteurs accordés à", "Sectors granted to"), "exercice": ("Exercice", "Fiscal year"),
    "ponderation_1b": ("Pondération du ministère (1B)", "Department's weighting (1B)"),
    "critere_1b": ("Critère du ministère (1B)", "Department's criterion (1B)"), "parametre": ("Réglage", "Setting"),
    "rapport": ("Registre des rapports", "Report register"), "base": ("Base", "Database"),
}


def table(nom: str, langue: str) -> str:
    """Le nom lisible d'une table : une fiche, une autre table connue, sinon son nom."""
    return fiche(nom, langue) if nom in FICHES else _choisir(AUTRES_TABLES.get(nom, (nom, nom)), langue)


def _colonne(nom_fiche: str, colonne: str, langue: str) -> str:
    if colonne in _AUTRES:
        return _choisir(_AUTRES[colonne], langue)
    racine, suffixe = colonne, ""
    if colonne.endswith(("_fr", "_en")):
        racine, suffixe = colonne[:-3], _choisir(_LANGUE[colonne[-2:]], langue)
    element = PAR_CODE.get(racine) if nom_fiche == "service" else None
    if element is None and nom_fiche == "service" and racine.startswith("pi_"):
        element = PAR_CODE.get("points_interaction")
        suffixe = f" — {POINTS_INTERACTION.texte(racine[3:], langue)}"
    return element.nom(langue) + suffixe if element else colonne


def champ(nom_fiche: str, nom: str, langue: str) -> str:
    """Le nom lisible du champ ``nom`` d'une fiche ``nom_fiche`` (``@existence``, ``@table:clé`` et
    ``@table:clé:colonne`` compris)."""
    if nom == "@existence":
        return _choisir(EXISTENCE, langue)
    if nom.startswith("@refus:"):
        return _choisir(REFUS.get(nom[7:], (nom, nom)), langue)
    if ":" in nom and not nom.startswith("@"):          # une feuille d'un champ JSON : contenu:initiatives/0/couts
        racine, _, chemin = nom.partition(":")
        return f"{_colonne(nom_fiche, racine, langue)} — {chemin.replace('/', ' › ')}"
    if not nom.startswith("@"):
        return _colonne(nom_fiche, nom, langue)
    table, _, reste = nom[1:].partition(":")
    cle, _, colonne = reste.rpartition(":") if reste.count(":") else (reste, "", "")
    if table == "volume":
        mode = MODES.par_code(cle)
        cle = mode.texte(langue) if mode else cle
    modele = _DEPENDANTES.get(table)
    ligne = _choisir(modele, langue).format(cle=cle, rang=int(cle) + 1 if cle.isdigit() else cle) if modele else table
    if not colonne:
        return ligne
    return f"{ligne} — {_choisir(_COLONNES_DEPENDANTES.get(colonne, (colonne, colonne)), langue)}"
