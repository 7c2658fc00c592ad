"""Les messages de la pondération du ministère (outil 1B) et de ses autres critères, dans les
deux langues. La pondération est celle du ministère : aucun de ces textes ne l'attribue à la
ligne directrice."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    # --- les refus (rien n'est écrit) ---
    "nombre_invalide": ("« {valeur} » n'est pas un nombre (p. ex. 1 ou 1,5).",
                        "“{valeur}” is not a number (e.g. 1 or 1.5)."),
    "poids_mal_ecrit": ("« {valeur} » : écrivez CODE=POIDS (p. ex. volume=2).",
                        "“{valeur}”: write CODE=WEIGHT (e.g. volume=2)."),
    "poids_negatif": ("Le poids de « {point} » ne peut pas être négatif ({valeur}).",
                      "The weight of “{point}” cannot be negative ({valeur})."),
    "poids_trop_grand": ("Le poids de « {point} » dépasse {maximum} : choisissez un poids plus petit.",
                         "The weight of “{point}” exceeds {maximum}: choose a smaller weight."),
    "poids_tous_nuls": ("Tous les poids sont à zéro : au moins un doit être supérieur à zéro.",
                        "All weights are zero: at least one must be greater than zero."),
    "code_inconnu": ("« {point} » n'est ni un point à considérer de l'annexe 1B ni un critère du ministère. "
                     "Codes permis : {codes}.",
                     "“{point}” is neither an Appendix 1B consideration nor a department criterion. "
                     "Allowed codes: {codes}."),
    "valeurs_nombre": ("L'échelle demande trois valeurs, pour élevé, moyen et faible (p. ex. 3,2,1) : « {valeur} ».",
                       "The scale needs three values, for high, medium and low (e.g. 3,2,1): “{valeur}”."),
    "valeurs_negatives": ("Les valeurs de l'échelle ne peuvent pas être négatives.",
                          "The scale values cannot be negative."),
    "valeurs_ordre": ("L'échelle doit décroître : élevé ({eleve}) plus que moyen ({moyen}), moyen plus que faible ({faible}).",
                      "The scale must decrease: high ({eleve}) above medium ({moyen}), medium above low ({faible})."),
    "seuils_nombre": ("Deux seuils sont attendus, celui d'élevé puis celui de moyen (p. ex. 2.5,1.5 ou 2,5;1,5) : « {valeur} ».",
                      "Two thresholds are expected, for high then medium (e.g. 2.5,1.5 or 2,5;1,5): “{valeur}”."),
    "seuils_ordre": ("Les seuils sont dans le désordre : celui d'élevé ({eleve}) doit dépasser celui de moyen ({moyen}).",
                     "The thresholds are out of order: the high threshold ({eleve}) must exceed the medium one ({moyen})."),
    "seuils_hors_echelle": ("Les seuils doivent tomber dans l'échelle : celui de moyen au-dessus de la valeur de faible "
                            "({faible}), celui d'élevé au plus la valeur d'élevé ({eleve}).",
                            "The thresholds must fall within the scale: the medium one above the low value ({faible}), "
                            "the high one at most the high value ({eleve})."),
    "identique": ("Rien n'a changé : c'est déjà la pondération en vigueur (version {version}).",
                  "Nothing changed: this is already the weighting in force (version {version})."),
    "rien_a_retirer": ("Aucune pondération du ministère n'est en vigueur : rien à retirer.",
                       "No department weighting is in force: nothing to remove."),
    # --- ce qui est dit ---
    "aucune_ponderation": ("Aucune pondération du ministère en vigueur : les évaluations 1B ne montrent que les "
                           "évaluations (élevé, moyen ou faible) et la décision, comme l'annexe 1B.",
                           "No department weighting in force: 1B assessments show only the ratings (high, medium "
                           "or low) and the decision, as in Appendix 1B."),
    "definie": ("Pondération du ministère (1B) : version {version} enregistrée. Les évaluations 1B en brouillon la "
                "suivent; celles déjà terminées gardent la version avec laquelle elles ont été faites.",
                "Department weighting (1B): version {version} saved. Draft 1B assessments follow it; completed "
                "ones keep the version they were made with."),
    "retiree": ("Pondération du ministère retirée : la version {version} n'est plus en vigueur. Les évaluations "
                "terminées la gardent; les brouillons et les nouvelles n'en ont plus.",
                "Department weighting removed: version {version} is no longer in force. Completed assessments "
                "keep it; drafts and new ones no longer have one."),
    "titre_version": ("Pondération du ministère, version {version} du {date}",
                      "Department's weighting, version {version} of {date}"),
    "titre_ancienne": ("Pondération propre à cette évaluation (ancienne version de l'application)",
                       "Weighting specific to this assessment (earlier version of the application)"),
    "definie_par": ("définie par {nom}", "set by {nom}"),
    "retiree_le": ("retirée le {date}", "removed on {date}"),
    "en_vigueur": ("en vigueur", "in force"),
    "echelle": ("Échelle du ministère : élevé {eleve}, moyen {moyen}, faible {faible}; élevé à partir de "
                "{seuil_eleve}, moyen à partir de {seuil_moyen}, sinon faible.",
                "Department's scale: high {eleve}, medium {moyen}, low {faible}; high from {seuil_eleve}, "
                "medium from {seuil_moyen}, otherwise low."),
    "resultat": ("Résultat selon la pondération du ministère : {cote} (moyenne pondérée {moyenne} sur {maximum})",
                 "Result under the department's weighting: {cote} (weighted average {moyenne} out of {maximum})"),
    "resultat_ancienne": ("Résultat selon ces poids : {cote} (moyenne pondérée {moyenne} sur {maximum})",
                          "Result under these weights: {cote} (weighted average {moyenne} out of {maximum})"),
    "aucun_point_evalue": ("Aucun point encore évalué : pas de résultat pondéré.",
                           "No point rated yet: no weighted result."),
    "poids_evalues_nuls": ("Les points évalués ont tous un poids nul : pas de résultat pondéré.",
                           "The rated points all have a zero weight: no weighted result."),
    "poids_negatif_enregistre": ("Un poids enregistré est négatif : pas de résultat pondéré.",
                                 "A recorded weight is negative: no weighted result."),
    "avertissement_ministere": (
        "Cette pondération est une aide que le ministère s'est donnée : la ligne directrice n'en fixe aucune. "
        "L'annexe 1B demande une évaluation (élevé, moyen ou faible) pour chaque point, puis la décision, "
        "justifiée; la décision reste celle du ministère, quel que soit ce résultat.",
        "This weighting is an aid the department set for itself: the guideline sets none. Appendix 1B asks "
        "for a rating (high, medium or low) for each point, then the decision, with its rationale; the decision "
        "remains the department's, whatever this result."),
    "avertissement_ancienne": (
        "Cette évaluation a été faite avec une version antérieure de l'application, qui faisait saisir des poids "
        "dans chaque évaluation. Ils sont gardés tels quels, avec l'échelle d'alors (élevé 3, moyen 2, faible 1; "
        "élevé à partir de 2,5, moyen à partir de 1,5) : ce ne sont ni des poids de la ligne directrice ni une "
        "pondération du ministère.",
        "This assessment was made with an earlier version of the application, which had weights entered in "
        "each assessment. They are kept as they were, with the scale of the time (high 3, medium 2, low 1; high "
        "from 2.5, medium from 1.5): they are neither guideline weights nor a department weighting."),
    "version_plus_recente": ("Une version plus récente existe (version {version}); cette évaluation garde celle "
                             "avec laquelle elle a été faite.",
                             "A newer version exists (version {version}); this assessment keeps the one it was "
                             "made with."),
    "anciens_poids_retires": (
        "Ce brouillon portait ses propres poids, saisis avec une version antérieure de l'application : ils "
        "sont retirés. Un brouillon suit désormais la pondération du ministère, s'il en a une.",
        "This draft carried its own weights, entered with an earlier version of the application: they are "
        "removed. A draft now follows the department's weighting, if it has one."),
    # --- les critères du ministère ---
    "critere_nom_vide": ("Donnez un nom au critère (en français, en anglais, ou les deux).",
                         "Give the criterion a name (in French, in English, or both)."),
    "critere_nom_long": ("Le nom d'un critère tient en {maximum} caractères au plus.",
                         "A criterion name is at most {maximum} characters long."),
    "critere_en_double": ("Le critère du ministère « {nom} » ({critere}) porte déjà ce nom.",
                          "Department criterion “{nom}” ({critere}) already has this name."),
    "critere_inconnu": ("Aucun critère du ministère en vigueur n'a le code « {critere} ». Critères : {codes}.",
                        "No department criterion in force has code “{critere}”. Criteria: {codes}."),
    "critere_ajoute": ("Critère du ministère « {nom} » ajouté (code {critere}) : il paraît dans les évaluations 1B "
                       "en brouillon et dans les nouvelles, sous « Autres critères ».",
                       "Department criterion “{nom}” added (code {critere}): it appears in draft and new 1B "
                       "assessments, under “Other criteria”."),
    "critere_retire": ("Critère du ministère « {nom} » ({critere}) retiré : les évaluations qui l'ont évalué le gardent.",
                       "Department criterion “{nom}” ({critere}) removed: assessments that rated it keep it."),
    "aucun_critere": ("Aucun critère du ministère : l'annexe 1B prévoit « Autres critères : Tout autre critère "
                      "jugé pertinent par le ministère. »",
                      "No department criterion: Appendix 1B provides for “Other criteria: Any other criterion the "
                      "department considers relevant.”"),
    "critere_du_ministere": ("Critère du ministère", "Department's criterion"),
}


texte = partial(texte_de, MESSAGES)
