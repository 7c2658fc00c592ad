"""Les messages des assistants d'évaluation (ce qui manque pour terminer), dans les deux langues."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    "activite_sans_nom": ("Nommez l'activité évaluée.", "Name the activity being assessed."),
    "question_sans_reponse": ("Question sans réponse : répondez oui ou non.", "Unanswered question: answer yes or no."),
    "decision_manquante": ("La décision finale n'est pas encore prise.", "The final decision has not been made yet."),
    "justification_manquante": ("Justifiez la décision (la ligne directrice demande une justification solide).",
                                "Justify the decision (the guideline asks for a solid rationale)."),
    "consideration_sans_cote": ("Point à considérer sans évaluation : choisissez élevé, moyen ou faible.",
                                "Consideration not rated: choose high, medium or low."),
    "critere_ministere_sans_cote": ("Critère du ministère « {nom} » sans évaluation : choisissez élevé, moyen ou faible.",
                                    "Department criterion “{nom}” not rated: choose high, medium or low."),
    "initiatives_possibles_manquantes": ("Vous avez répondu oui : indiquez des initiatives d'amélioration possibles.",
                                         "You answered yes: indicate possible improvement initiatives."),
    "initiative_manquante": ("Au moins une réponse est oui : proposez au moins une initiative (question 5).",
                             "At least one answer is yes: propose at least one initiative (question 5)."),
    "initiative_sans_nom": ("Une initiative proposée n'a pas de nom.", "A proposed initiative has no name."),
    "recommandation_manquante": ("Répondez à la question 10 (recommandation).", "Answer question 10 (recommendation)."),
    "deja_approuvee": ("Cette évaluation est approuvée : elle ne se modifie plus. Partez-en pour une nouvelle.",
                       "This assessment is approved: it can no longer be changed. Start a new one from it."),
}


texte = partial(texte_de, MESSAGES)
