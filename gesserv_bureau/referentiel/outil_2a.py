"""Annexe 2A : Outil d'examen des services prioritaires, et les principales considérations
de la section 2.4.5 qui guident l'examen. Français : le texte de la ligne directrice;
anglais : la traduction du projet (aucune version anglaise officielle n'a servi)."""

from __future__ import annotations

from gesserv_bureau.referentiel.codes import Libelle, ListeCodes

TITRE = Libelle("2A", "Outil d'examen des services prioritaires", "Priority service review tool")

# Questions 1 à 4 (avec 4a et 4b) : oui/non; un « oui » aux questions 2, 3 et 4 appelle des
# initiatives possibles (SI_OUI_INITIATIVES).
QUESTIONS = (
    Libelle("q1", "1. D'autres travaux sont-ils nécessaires pour offrir ce service en ligne entièrement, de bout en bout?",
            "1. Is further work needed to offer this service fully online, end to end?"),
    Libelle("q2", "2. Y a-t-il des enjeux particuliers liés à la satisfaction de la clientèle relativement à ce "
                  "service? Si oui, indiquez des initiatives d'amélioration de service possibles.",
            "2. Are there specific client satisfaction issues with this service? If yes, indicate possible "
            "service improvement initiatives."),
    Libelle("q3", "3. Y a-t-il des possibilités d'améliorer l'expérience générale du service pour les clients? "
                  "Si oui, indiquez des initiatives d'amélioration de service possibles.",
            "3. Are there opportunities to improve the overall service experience for clients? If yes, "
            "indicate possible service improvement initiatives."),
    Libelle("q4", "4. Y a-t-il des possibilités d'améliorer l'efficacité générale de la prestation de ce service? "
                  "Si oui, indiquez des initiatives d'amélioration de service possibles.",
            "4. Are there opportunities to improve the overall efficiency of delivering this service? If yes, "
            "indicate possible service improvement initiatives."),
    Libelle("q4a", "a) Est-il possible de simplifier le processus opérationnel pour ce service?",
            "a) Can the business process for this service be simplified?"),
    Libelle("q4b", "b) Est-il possible d'harmoniser ou d'intégrer ce service à d'autres services (au sein du "
                   "programme, du ministère, du gouvernement ou autres administrations) pour améliorer le "
                   "service aux clients ou accroître les gains d'efficacité?",
            "b) Can this service be aligned or integrated with other services (within the program, the "
            "department, the government or other jurisdictions) to improve client service or increase "
            "efficiencies?"),
)
CODES_QUESTIONS = tuple(q.code for q in QUESTIONS)
# Les questions qui demandent des initiatives possibles : celles où l'annexe dit « Si oui,
# indiquez des initiatives d'amélioration de service possibles. » (2, 3 et 4; ni 1, ni 4a, ni 4b).
SI_OUI_INITIATIVES = tuple(q.code for q in QUESTIONS if "Si oui, indiquez des initiatives" in q.fr)

Q5 = Libelle("q5", "5. Si vous avez répondu oui à l'une des questions précédentes, quelles activités de "
                   "remaniement ou d'optimisation des services recommandez-vous? Indiquez les initiatives "
                   "d'amélioration des services proposées et considérez les questions suivantes pour chacune d'elles.",
             "5. If you answered yes to any of the previous questions, what service redesign or optimization "
             "activities do you recommend? Indicate the proposed service improvement initiatives and consider "
             "the following questions for each of them.")
QUESTIONS_INITIATIVE = (
    Libelle("avantages", "6. Quels sont les avantages généraux de la poursuite de ces initiatives?",
            "6. What are the overall benefits of pursuing these initiatives?"),
    Libelle("couts", "7. Quels sont les coûts associés à ces initiatives?",
            "7. What are the costs associated with these initiatives?"),
    Libelle("risques", "8. Quels sont les risques de procéder ou non à ces initiatives?",
            "8. What are the risks of proceeding or not proceeding with these initiatives?"),
    Libelle("collaboration", "9. Y a-t-il des possibilités de collaboration avec les partenaires externes dans la "
                             "poursuite des initiatives de remaniement ou d'optimisation?",
            "9. Are there opportunities to collaborate with external partners in pursuing the redesign or "
            "optimization initiatives?"),
)
Q10 = Libelle("q10", "10. Devrait-on recommander le remaniement ou l'optimisation de ce service prioritaire?",
              "10. Should the redesign or optimization of this priority service be recommended?")

# 2.4.5 : les principales considérations, montrées là où elles servent.
CONSIDERATIONS = {
    "q1": (Libelle("c1", "Y a-t-il des services prioritaires du ministère qui ne sont pas disponibles en ligne, de "
                         "bout en bout? Dans la négative, pourquoi est-ce ainsi et peut-on moderniser les services "
                         "afin de satisfaire aux attentes des clients en ce qui concerne la présence en ligne des services?",
                   "Are there priority services of the department that are not available online, end to end? If "
                   "so, why, and can the services be modernized to meet client expectations for online services?"),),
    "q2": (Libelle("c2", "Y a-t-il des aspects précis liés à la satisfaction des clients dans le contexte des services "
                         "prioritaires du ministère dont il faut s'occuper? Un bon point de départ est de procéder à "
                         "un examen du rendement par rapport à des normes de service et de tenir compte des résultats "
                         "d'audits, d'évaluations et de sondages récents portant sur la satisfaction des clients.",
                   "Are there specific client satisfaction aspects of the department's priority services that need "
                   "to be addressed? A good starting point is to review performance against service standards and "
                   "to consider the results of recent audits, evaluations and client satisfaction surveys."),),
    "q3": (Libelle("c3", "Y a-t-il des possibilités d'améliorer l'expérience générale des clients lorsqu'ils utilisent "
                         "les services? Tenez compte des principaux éléments de service suivants :",
                   "Are there opportunities to improve clients' overall experience when they use the services? "
                   "Consider the following key service elements:"),),
    "q4": (Libelle("c4", "Y a-t-il des possibilités d'améliorer l'efficacité de la prestation des services "
                         "prioritaires? Examinez ce qui suit :",
                   "Are there opportunities to improve the efficiency of priority service delivery? Consider the "
                   "following:"),),
}
ELEMENTS_EXPERIENCE = ListeCodes([
    Libelle("a", "a. Choix du point d'accès", "a. Choice of access point"),
    Libelle("b", "b. Facilité d'accès/caractère « trouvable »", "b. Ease of access/findability"),
    Libelle("c", "c. Sans heurts/intégrés", "c. Seamless/integrated"),
    Libelle("d", "d. Processus rationalisé et intuitif de présentation des demandes",
            "d. Streamlined and intuitive application process"),
    Libelle("e", "e. Robustes mesures de sécurité et de protection des renseignements personnels",
            "e. Strong security and privacy protection measures"),
    Libelle("f", "f. Uniformité quant à l'expérience", "f. Consistency of experience"),
    Libelle("g", "g. Livraison proactive", "g. Proactive delivery"),
])
LEVIERS_EFFICIENCE = ListeCodes([
    Libelle("processus", "Rationalisation des processus opérationnels.", "Streamlining business processes."),
    Libelle("modes", "Gestion des modes de prestation de service afin d'accroître le nombre et l'utilisation de "
                     "services en ligne et de réduire le volume des services plus coûteux en personne et par "
                     "téléphone (incitatifs/moyens de dissuasion).",
            "Managing service delivery channels to increase the number and use of online services and reduce "
            "the volume of more costly in-person and telephone services (incentives/disincentives)."),
    Libelle("harmonisation", "Harmonisation ou intégration des services ou des initiatives d'amélioration des "
                             "services avec d'autres (au sein du programme, du ministère ou du gouvernement ou avec "
                             "d'autres administrations).",
            "Aligning or integrating services or service improvement initiatives with others (within the "
            "program, the department or the government, or with other jurisdictions)."),
])

# 2.4.4, étape 1 : les domaines représentés au groupe de travail.
DOMAINES_PARTICIPANTS = ListeCodes([
    Libelle("politique", "Politique", "Policy"),
    Libelle("programme", "Programme", "Program"),
    Libelle("prestation", "Prestation de service", "Service delivery"),
    Libelle("gi", "Gestion de l'information", "Information management"),
    Libelle("ti", "Technologie de l'information", "Information technology"),
    Libelle("securite", "Sécurité", "Security"),
    Libelle("planification", "Planification ministérielle ou stratégique", "Corporate or strategic planning"),
    Libelle("autre", "Autre", "Other"),
])
