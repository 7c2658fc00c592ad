"""Annexe 1A : Outil servant à déterminer si une activité constitue un service."""

from __future__ import annotations

from gesserv_bureau.referentiel.codes import Libelle

TITRE = Libelle(
    "1A",
    "Outil servant à déterminer si une activité constitue un service",
    "Tool to determine whether an activity is a service",
)

QUESTIONS = (
    Libelle(
        "q1",
        "Le résultat de l'activité est-il l'extrant final destiné au bénéficiaire (client)?",
        "Is the result of the activity the final output intended for the recipient (client)?",
    ),
    Libelle("q2", "L'extrant final est-il produit à répétition?", "Is the final output produced repeatedly?"),
    Libelle("q3", "L'activité répond-elle à un ou plusieurs besoins?", "Does the activity meet one or more needs?"),
    Libelle(
        "q4",
        "Y a-t-il un facteur de rapidité associé à un besoin?",
        "Is there a timeliness factor associated with a need?",
    ),
    Libelle(
        "q5",
        "Y a-t-il un bénéficiaire/client ou un groupe de bénéficiaires/clients clairement défini?",
        "Is there a clearly defined recipient/client or group of recipients/clients?",
    ),
    Libelle(
        "q6",
        "L'activité contribue-t-elle à elle seule à la réalisation d'un résultat?",
        "Does the activity on its own contribute to the achievement of an outcome?",
    ),
    Libelle(
        "q7",
        "L'activité est-elle indépendante de tous les autres services?",
        "Is the activity independent of all other services?",
    ),
    Libelle(
        "q8",
        "L'activité est-elle exécutée au moyen d'au moins un mode de prestation de services "
        "(c.-à-d. par l'entremise d'Internet, en personne, par la poste ou par téléphone)?",
        "Is the activity delivered through at least one service delivery channel "
        "(i.e. the Internet, in person, mail or telephone)?",
    ),
)

CONCLUSIONS = (
    Libelle("service", "Il s'agit d'un service.", "This is a service."),
    Libelle("pas_un_service", "Il ne s'agit pas d'un service.", "This is not a service."),
)

# Le texte de l'annexe, montré en tête de l'assistant.
PRESENTATION = Libelle(
    "presentation",
    "Cet outil a pour objet d'aider les fournisseurs de services du gouvernement du Canada à déterminer "
    "si une activité ou un groupe d'activités constitue un service. L'outil fournit une orientation "
    "générale pour déterminer les services. Toutefois, les ministères doivent faire la détermination "
    "finale à cet égard.",
    "This tool is intended to help Government of Canada service providers determine whether an activity "
    "or a group of activities is a service. The tool provides general guidance for identifying services. "
    "However, departments must make the final determination.",
)
INSTRUCTIONS = Libelle(
    "instructions",
    "En vous fondant sur votre compréhension de l'activité ou du groupe d'activités, utilisez le tableau "
    "ci-dessous pour répondre aux questions suivantes et inscrivez « oui » ou « non » dans l'espace prévu "
    "à cet effet. Si vous répondez « non » à n'importe quelle de ces questions, l'activité ne constitue pas "
    "un service.\n\nSi vous avez répondu « oui » à toutes les questions, l'activité constitue un service et "
    "elle devrait être incluse dans votre répertoire de services.",
    "Based on your understanding of the activity or group of activities, use the table below to answer "
    "the following questions and enter “yes” or “no” in the space provided. If you answer “no” to any of "
    "these questions, the activity is not a service.\n\nIf you answered “yes” to all of the questions, the "
    "activity is a service and should be included in your service inventory.",
)
