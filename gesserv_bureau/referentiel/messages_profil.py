"""Les messages du profil de la personne qui prépare les rapports (nom complet, titre, unité,
ministère, courriel), dans les deux langues : les noms des champs, les refus (rien n'est écrit)
et ce que la commande ``gesserv-bureau profil`` affiche."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    # --- les champs ---
    "champ_nom": ("Nom complet", "Full name"),
    "champ_titre": ("Titre", "Title"),
    "champ_unite": ("Unité", "Unit"),
    "champ_ministere": ("Ministère ou organisme", "Department or agency"),
    "champ_courriel": ("Courriel", "Email"),
    # --- les refus (rien n'est écrit) ---
    "trop_long": ("{champ} : {n} caractères, c'est trop; {maximum} au plus.",
                  "{champ}: {n} characters is too long; {maximum} at most."),
    "caractere_controle": ("{champ} : une seule ligne, sans tabulation ni caractère de contrôle.",
                           "{champ}: a single line, with no tab or control character."),
    "courriel_invalide": ("{champ} : « {valeur} » n'est pas une adresse courriel (p. ex. prenom.nom@ministere.gc.ca).",
                          "{champ}: “{valeur}” is not an email address (e.g. firstname.lastname@department.gc.ca)."),
    "non_enregistre": ("Le profil n'a pas pu être enregistré dans « {fichier} » ({detail}). Rien n'a changé.",
                       "The profile could not be saved in “{fichier}” ({detail}). Nothing changed."),
    # --- ce qui est dit ---
    "non_renseigne": ("(non renseigné)", "(not provided)"),
    "enregistre": ("Profil enregistré dans « {fichier} ». Les rapports produits désormais portent ce nom "
                   "sous « Préparé par », et les nouveaux dossiers l'ont pour auteur.",
                   "Profile saved in “{fichier}”. Reports produced from now on carry this name under "
                   "“Prepared by”, and new records have it as their author."),
    "vide": ("Aucun profil : dans les rapports, le nom et le titre de « Préparé par » restent en blanc, à remplir "
             "à la main. Pour les donner : gesserv-bureau profil --nom \"Prénom Nom\" --titre \"Titre\" "
             "--ministere \"Ministère\".",
             "No profile: in reports, the name and title under “Prepared by” are left blank, to be filled in by "
             "hand. To give them: gesserv-bureau profil --nom \"First Last\" --titre \"Title\" "
             "--ministere \"Department\"."),
    "fichier": ("Fichier des préférences : {fichier}", "Preferences file: {fichier}"),
}


texte = partial(texte_de, MESSAGES)
