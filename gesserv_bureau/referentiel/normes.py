"""Les normes de service gérées dans l'application (2.7) : les listes de codes de leurs champs
et les messages de leur saisie, dans les deux langues."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

# Le type de cible (2.7.6 : « la fréquence (souvent exprimée en pourcentage) selon laquelle
# l'organisation s'attend de respecter la norme »).
TYPES_CIBLE = {
    "pourcentage": ("Pourcentage du volume qui respecte la norme", "Percentage of volume meeting the standard"),
    "nombre": ("Nombre de demandes qui respectent la norme", "Number of requests meeting the standard"),
    "autre": ("Autre", "Other"),
}

# Le statut d'une action du plan (tableau 8, 2.7.10).
STATUTS_ACTION = {
    "a_faire": ("À faire", "To do"),
    "en_cours": ("En cours", "In progress"),
    "terminee": ("Terminée", "Completed"),
    "abandonnee": ("Abandonnée", "Dropped"),
}
# L'état de la mesure du plan de travail (2C) qu'une action envoyée au plan prend.
ETAT_MESURE = {"a_faire": "a_temps", "en_cours": "a_temps", "terminee": "termine", "abandonnee": "retire"}

# Les niveaux d'approbation proposés (2.7.11, point 5 : « Certaines normes de service sont établies
# par une politique ou une loi, et peuvent exiger l'approbation ministérielle »); le ministère peut
# en écrire un autre.
NIVEAUX_APPROBATION = (
    ("Ministre", "Minister"),
    ("Administrateur général", "Deputy head"),
    ("Cadre supérieur responsable du service", "Senior executive responsible for the service"),
    ("Établie par une loi ou une politique", "Set by an act or a policy"),
)

TOLERANCE_DEFAUT = 0.02
"""L'écart, en fraction (2 points de pourcentage), en deçà duquel un rendement « est conforme »
à sa cible (scénario 2 du tableau 8) plutôt que de la dépasser ou de ne pas l'atteindre."""

MESSAGES: Catalogue = {
    "id_requis": ("Donnez le numéro d'ID de la norme.", "Enter the standard ID."),
    "id_double": ("Le service a déjà une norme « {valeur} » pour cet exercice.",
                  "The service already has a standard “{valeur}” for this fiscal year."),
    "texte_requis": ("Écrivez la norme, en français ou en anglais.", "Write the standard, in French or in English."),
    "type_inconnu": ("Type de norme inconnu : « {valeur} ».", "Unknown standard type: “{valeur}”."),
    "canal_inconnu": ("Mode de prestation inconnu : « {valeur} ».", "Unknown channel: “{valeur}”."),
    "type_cible_inconnu": ("Type de cible inconnu : « {valeur} ».", "Unknown target type: “{valeur}”."),
    "cible_hors_bornes": ("La cible est un pourcentage de 0 à 100 % (lu : {valeur}).",
                          "The target is a percentage from 0 to 100% (read: {valeur})."),
    "date_invalide": ("Date invalide : « {valeur} » (attendu : AAAA-MM-JJ).",
                      "Invalid date: “{valeur}” (expected: YYYY-MM-DD)."),
    "url_invalide": ("Adresse Web invalide : « {valeur} » (attendu : https://…).",
                     "Invalid web address: “{valeur}” (expected: https://…)."),
    "volume_trop_grand": ("Volume trop grand : {valeur} (au plus 9 223 372 036 854 775 807).",
                          "Volume too large: {valeur} (at most 9,223,372,036,854,775,807)."),
    "caractere_de_controle": ("Le texte contient un caractère de contrôle invisible (tabulation verticale, saut de "
                              "page, caractère nul…) : retirez-le.",
                              "The text contains an invisible control character (vertical tab, form feed, null "
                              "character…): remove it."),
    "volume_negatif": ("Un volume est un nombre entier de 0 ou plus (lu : {valeur}).",
                       "A volume is a whole number of 0 or more (read: {valeur})."),
    "conforme_superieur": ("Le volume qui respecte la norme ({conforme}) dépasse le volume total ({total}).",
                           "The volume meeting the standard ({conforme}) exceeds the total volume ({total})."),
    "periode_inconnue": ("Période inconnue : « {valeur} » (T1, T2, T3, T4 ou exercice).",
                         "Unknown period: “{valeur}” (T1, T2, T3, T4 or fiscal year)."),
    "action_vide": ("Décrivez l'action.", "Describe the action."),
    "statut_inconnu": ("Statut inconnu : « {valeur} ».", "Unknown status: “{valeur}”."),
    "tolerance_hors_bornes": ("La tolérance est un écart de 0 à 50 points de pourcentage (lu : {valeur}).",
                              "The tolerance is a gap of 0 to 50 percentage points (read: {valeur})."),
    "norme_introuvable": ("Aucune norme « {norme} » pour le service « {service} » en {exercice}.",
                          "No standard “{norme}” for service “{service}” in {exercice}."),
    "service_introuvable": ("Aucun service « {service} » en {exercice}.", "No service “{service}” in {exercice}."),
    "norme_retiree": ("La norme « {norme} » est retirée depuis le {date} : rétablissez-la pour la modifier.",
                      "Standard “{norme}” was retired on {date}: restore it to change it."),
    "strategie_figee": ("La stratégie « {titre} » est approuvée : créez-en une nouvelle version pour y ajouter une mesure.",
                        "Strategy “{titre}” is approved: create a new version of it to add a measure."),
    # la ligne de commande
    "norme_creee": ("Norme « {norme} » créée pour le service « {service} » ({exercice}).",
                    "Standard “{norme}” created for service “{service}” ({exercice})."),
    "norme_modifiee": ("Norme « {norme} » modifiée : {champs}.", "Standard “{norme}” changed: {champs}."),
    "rien_change": ("Rien n'a changé.", "Nothing changed."),
    "norme_retiree_ok": ("Norme « {norme} » retirée le {date}.", "Standard “{norme}” retired on {date}."),
    "norme_retablie": ("Norme « {norme} » remise en vigueur.", "Standard “{norme}” is in effect again."),
    "resultat_inscrit": ("Résultat inscrit ({periode}) : rendement {rendement}; scénario : {scenario}.",
                         "Result recorded ({periode}): performance {rendement}; scenario: {scenario}."),
    "action_ajoutee": ("Action ajoutée au plan de la norme « {norme} » ({scenario}).",
                       "Action added to the plan of standard “{norme}” ({scenario})."),
    "action_envoyee": ("Action envoyée au plan de travail de la stratégie « {titre} ».",
                       "Action sent to the workplan of strategy “{titre}”."),
    "strategie_introuvable": ("Aucune stratégie « {uuid} ».", "No strategy “{uuid}”."),
    "tolerance": ("Tolérance du tableau 8 : {points} points de pourcentage.",
                  "Table 8 tolerance: {points} percentage points."),
    "aucune_norme": ("Aucune norme de service.", "No service standards."),
    "nombre_invalide": ("Nombre invalide : « {valeur} ».", "Invalid number: “{valeur}”."),
    "sans_scenario": ("sans résultat ou sans cible", "no result or no target"),
    "periode_exercice": ("exercice", "fiscal year"),
}

# les colonnes de ``gesserv-bureau norme liste``
ENTETES_LISTE = (("Exercice", "Fiscal year"), ("Service", "Service"), ("Norme", "Standard"), ("Cible", "Target"),
                 ("Rendement", "Performance"), ("Scénario", "Scenario"), ("Retirée le", "Retired on"),
                 ("Actions", "Actions"))

texte = partial(texte_de, MESSAGES)


def libelle(codes: dict[str, tuple[str, str]], code: str, langue: str) -> str:
    """Le libellé d'un code dans la langue (le code lui-même s'il est inconnu)."""
    fr, en = codes.get(code, (code, code))
    return en if langue == "en" else fr
