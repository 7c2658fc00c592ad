"""Annexe 2B (table des matières de la stratégie de gestion des services), annexe 2C (plan de
travail intégré, légende des états), section 2.5.4 (les éléments clés, le guide de rédaction),
2.5.5 (la mise à jour annuelle, éléments A à G) et les définitions. Français : le texte de la
ligne directrice; anglais : une traduction fidèle."""

from __future__ import annotations

from dataclasses import dataclass

from gesserv_bureau.referentiel.codes import Libelle, ListeCodes


@dataclass(frozen=True)
class SectionType:
    code: str
    titre: Libelle
    sous_sections: tuple[Libelle, ...] = ()   # les champs de texte de la section
    guide: Libelle | None = None             # 2.5.4 : ce que la section contient


def _l(code: str, fr: str, en: str) -> Libelle:
    return Libelle(code, fr, en)


GUIDE_CONTEXTE = _l(
    "guide_contexte",
    "Contexte ministériel : Un aperçu du rôle global du ministère et de son approche en matière de services. Cette "
    "section peut comprendre : une description du mandat du ministère et de ses responsabilités principales en matière "
    "de services; le contexte général des activités du ministère; des renseignements généraux sur des initiatives "
    "antérieures en matière de services (stratégies ou autres); et la relation avec d'autres investissements ou "
    "initiatives ministérielles ou pangouvernementales.",
    "Departmental context: An overview of the department's overall role and its approach to service. This section may "
    "include: a description of the department's mandate and main service responsibilities; the general context of the "
    "department's operations; background on previous service initiatives (strategies or other); and the relationship "
    "to other departmental or government-wide investments or initiatives.")
GUIDE_VISION = _l(
    "guide_vision",
    "Vision en matière de services : Une description ambitieuse de ce que l'organisation souhaite réaliser ou accomplir "
    "à moyen ou à long terme en ce qui a trait aux services. Sert de guide clair pour le choix des mesures actuelles et "
    "futures. Les énoncés de vision sont ambitieux; ils énoncent les principaux objectifs les plus importants pour le "
    "ministère. Avec un seul énoncé de vision unificatrice, les employés et la direction ont une compréhension claire de "
    "l'objectif commun et peuvent être déployés collectivement pour concrétiser la vision des services au sein du ministère.",
    "Service vision: An aspirational description of what the organization wants to achieve or accomplish in the medium "
    "or long term with respect to services. It serves as a clear guide for choosing current and future actions. Vision "
    "statements are ambitious; they set out the main objectives that matter most to the department. With a single "
    "unifying vision statement, employees and management have a clear understanding of the common goal and can work "
    "together to realize the department's service vision.")
GUIDE_FFPM = _l(
    "guide_ffpm",
    "Analyse FFPM : Un résumé des forces, des faiblesses, des possibilités et des menaces pour le ministère à l'égard de "
    "la conception, de la prestation et de la gestion globale des services. Le ministère peut également se fonder sur "
    "les observations de clients précédents, le rendement obtenu par rapport aux normes de service, des évaluations et "
    "des audits (du Bureau du vérificateur général ou ministériels).",
    "SWOT analysis: A summary of the department's strengths, weaknesses, opportunities and threats with respect to the "
    "design, delivery and overall management of services. The department may also draw on previous client feedback, "
    "performance against service standards, evaluations and audits (by the Office of the Auditor General or "
    "departmental).")
GUIDE_OBJECTIFS = _l(
    "guide_objectifs",
    "Objectifs : Il s'agit de l'objectif et de l'objet de la Stratégie de gestion des services, en tenant compte de la "
    "vision/des objectifs définis concernant les services et des conclusions de l'analyse FFPM. Les objectifs devraient "
    "s'harmoniser avec le mandat et les priorités globales du ministère et l'orientation en matière de services du "
    "gouvernement du Canada.\n\nInitiatives d'amélioration des services : Il s'agit des activités à court et à long "
    "terme qui, lorsqu'elles sont exercées, aideront le ministère à atteindre ses objectifs d'amélioration des services. "
    "Un contenu clé pourrait inclure ce qui suit : le nom et la description générale de l'initiative; la portée (les "
    "services auxquels s'appliquera l'initiative); la justification (le fondement de sa sélection comme initiative "
    "prioritaire); et les renseignements sur l'exécution, ce qui peut inclure les cibles, les échéances, les indicateurs "
    "de rendement, les coûts de la mise en œuvre et les indices.",
    "Objectives: The purpose and object of the Service Management Strategy, taking into account the defined service "
    "vision/goals and the findings of the SWOT analysis. Objectives should align with the department's mandate and "
    "overall priorities and with the Government of Canada's direction on service.\n\nService improvement initiatives: "
    "The short- and long-term activities that, when carried out, will help the department achieve its service "
    "improvement objectives. Key content could include: the name and general description of the initiative; its scope "
    "(the services to which it applies); the rationale (the basis for its selection as a priority initiative); and "
    "implementation information, which may include targets, timelines, performance indicators, implementation costs "
    "and indices.")
GUIDE_RENDEMENT = _l(
    "guide_rendement",
    "Recalibrage, établissement de rapports et surveillance du rendement : Aperçu du plan du ministère pour surveiller "
    "les progrès ayant été réalisés par rapport aux initiatives d'amélioration des services et à leurs objectifs "
    "respectifs. La Politique sur les services (à la section 7.5) exige l'évaluation annuelle des progrès. Pour éviter le "
    "dédoublement des efforts, les résultats escomptés et les indicateurs devraient s'harmoniser avec ceux qui sont "
    "élaborés pour la Stratégie de mesure du rendement et le Cadre de gestion du rendement.",
    "Recalibration, reporting and performance monitoring: An overview of the department's plan for monitoring progress "
    "against the service improvement initiatives and their respective objectives. The Policy on Service (section 7.5) "
    "requires an annual assessment of progress. To avoid duplication of effort, expected results and indicators should "
    "align with those developed for the Performance Measurement Strategy and the Performance Management Framework.")
GUIDE_RISQUES = _l(
    "guide_risques",
    "Plan d'évaluation et d'atténuation du risque : L'expression de la probabilité et de l'incidence d'un événement ayant "
    "la possibilité de toucher à la réalisation des objectifs d'une organisation. Cette section présente un aperçu des "
    "principaux risques associés à la mise en œuvre de la Stratégie de gestion des services du ministère et des plans "
    "qui seront mis en place pour atténuer ces risques. On pourrait considérer le profil de risque ministériel lors de "
    "l'élaboration de cette section.",
    "Risk assessment and mitigation plan: The expression of the likelihood and impact of an event that could affect the "
    "achievement of an organization's objectives. This section gives an overview of the main risks associated with "
    "implementing the department's Service Management Strategy and of the plans that will be put in place to mitigate "
    "them. The departmental risk profile could be considered when developing this section.")
GUIDE_PLAN = _l(
    "guide_plan",
    "Plan de travail intégré de l'amélioration des services : Un aperçu de la façon dont la stratégie sera mise en œuvre, "
    "y compris le résumé des principales initiatives, les dates d'achèvement prévues et les responsabilités assignées. "
    "Un plan de travail complet sur l'amélioration des services comprendra aussi la date de révision et de mise à jour "
    "de la stratégie.",
    "Integrated service improvement workplan: An overview of how the strategy will be implemented, including a summary "
    "of the main initiatives, planned completion dates and assigned responsibilities. A complete service improvement "
    "workplan will also include the date for reviewing and updating the strategy.")

DEFINITIONS = (
    _l("vision", "Vision : Une description ambitieuse de ce que l'organisation souhaite réaliser ou accomplir à moyen ou à "
                 "long terme. Sert de guide clair pour le choix des mesures actuelles et futures.",
       "Vision: An aspirational description of what the organization wants to achieve or accomplish in the medium or "
       "long term. It serves as a clear guide for choosing current and future actions."),
    _l("buts", "Buts et/ou objectifs : Le but et l'objectif de la Stratégie de gestion des services, qui tiennent compte de "
               "la vision et des buts définis du service et des résultats de l'analyse des FFPM.",
       "Goals and/or objectives: The goal and objective of the Service Management Strategy, which reflect the defined "
       "service vision and goals and the results of the SWOT analysis."),
    _l("initiatives", "Initiatives : Les activités à court et à long terme qui, lorsqu'elles sont réalisées, permettent au "
                      "ministère d'atteindre ses objectifs en matière d'amélioration des services.",
       "Initiatives: The short- and long-term activities that, when carried out, enable the department to achieve its "
       "service improvement objectives."),
    _l("activites", "Activités : Regroupement de mesures prises par le ministère pour appuyer la réalisation des "
                    "initiatives globales.",
       "Activities: A grouping of actions taken by the department to support the achievement of the overall initiatives."),
)

# Annexe 2B : la table des matières type.
SECTIONS_TYPES = (
    SectionType("sommaire", _l("sommaire", "Sommaire", "Summary"), (
        _l("but", "But", "Purpose"),
        _l("echeance", "Échéance principale de la stratégie", "Main timeline of the strategy"),
        _l("gouvernance", "Gouvernance", "Governance"),
    )),
    SectionType("contexte", _l("contexte", "Contexte ministériel", "Departmental context"), (
        _l("operationnel", "Contexte opérationnel du ministère", "Department's operating context"),
        _l("mandat", "Mandat et principales responsabilités du ministère en matière de services",
           "Department's mandate and main service responsibilities"),
        _l("liens", "Lien avec d'autres investissements ou initiatives ministériels ou pangouvernementaux.",
           "Link to other departmental or government-wide investments or initiatives."),
    ), GUIDE_CONTEXTE),
    SectionType("vision", _l("vision", "Vision ministérielle des services", "Departmental service vision"), (
        _l("enonce", "Énoncé de vision", "Vision statement"),
    ), GUIDE_VISION),
    SectionType("ffpm", _l("ffpm", "Analyse FFPM ministérielle", "Departmental SWOT analysis"), (), GUIDE_FFPM),
    SectionType("objectifs", _l("objectifs", "Objectifs et initiatives d'amélioration des services",
                                "Service improvement objectives and initiatives"), (), GUIDE_OBJECTIFS),
    SectionType("rendement", _l("rendement", "Cadre de rendement", "Performance framework"), (
        _l("plan_mesure", "Plan de mesure du rendement", "Performance measurement plan"),
        _l("evaluation", "Approche d'évaluation", "Evaluation approach"),
    ), GUIDE_RENDEMENT),
    SectionType("risques", _l("risques", "Gestion des risques", "Risk management"), (), GUIDE_RISQUES),
    SectionType("plan", _l("plan", "Annexe : Plan de travail intégré sur l'amélioration des services",
                           "Appendix: Integrated service improvement workplan"), (), GUIDE_PLAN),
)
PAR_CODE = {s.code: s for s in SECTIONS_TYPES}
SERVICES_TOUCHES = _l("services", "Services touchés par la Stratégie de gestion des services",
                      "Services covered by the Service Management Strategy")

CADRANS_FFPM = ListeCodes([
    _l("forces", "Forces", "Strengths"), _l("faiblesses", "Faiblesses", "Weaknesses"),
    _l("possibilites", "Possibilités", "Opportunities"), _l("menaces", "Menaces", "Threats"),
])

# Annexe 2C : les états, et la légende de leurs couleurs.
ETATS = ListeCodes([
    _l("termine", "Terminé", "Completed"), _l("a_temps", "À temps", "On time"),
    _l("risque", "Risque de délais", "At risk of delay"), _l("delais", "Délais", "Delayed"),
    _l("retire", "Retiré", "Withdrawn"),
])
COULEURS_ETATS = {"termine": ("Vert", "Green", "#2e7d32", "#e3f2e4"), "a_temps": ("Bleu", "Blue", "#1565c0", "#e3eefa"),
                  "risque": ("Jaune", "Yellow", "#8a6d00", "#fff6cc"), "delais": ("Rouge", "Red", "#b71c1c", "#fbe3e4"),
                  "retire": ("Gris", "Grey", "#555555", "#ececec")}

NIVEAUX = ListeCodes([_l("eleve", "Élevé", "High"), _l("moyen", "Moyen", "Medium"), _l("faible", "Faible", "Low")])

# 2.5.5 : les éléments A à G de la mise à jour annuelle, et les sections qui les portent.
ELEMENTS_MISE_A_JOUR = (
    ("A", _l("A", "Contexte ministériel", "Departmental context"), ("contexte",)),
    ("B", _l("B", "Vision des services", "Service vision"), ("vision",)),
    ("C", _l("C", "Analyse FFPM", "SWOT analysis"), ("ffpm",)),
    ("D", _l("D", "Objectifs", "Objectives"), ("objectifs:objectifs",)),
    ("E", _l("E", "Une liste à jour des initiatives ou des engagements liés à l'amélioration des services",
             "An updated list of service improvement initiatives or commitments"), ("objectifs:initiatives", "plan")),
    ("F", _l("F", "Surveillance du rendement, établissement de rapports et correction",
             "Performance monitoring, reporting and correction"), ("rendement",)),
    ("G", _l("G", "Plan d'évaluation et d'atténuation du risque", "Risk assessment and mitigation plan"), ("risques",)),
)
MISE_A_JOUR = _l(
    "mise_a_jour",
    "La mise à jour annuelle devrait exprimer clairement ce qui a changé et/ou ce qui est terminé par rapport à la "
    "stratégie approuvée antérieurement, et elle doit être pratique et simple. La mise à jour annuelle devrait être "
    "approuvée par le même cadre ou comité qui a approuvé la Stratégie de gestion des services originale.",
    "The annual update should clearly express what has changed and/or what has been completed relative to the "
    "previously approved strategy, and it must be practical and simple. The annual update should be approved by the "
    "same executive or committee that approved the original Service Management Strategy.")
