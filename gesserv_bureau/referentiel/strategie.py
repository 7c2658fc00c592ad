"""Annexe 2B (table des matières de la stratégie de gestion des services), annexe 2C (plan de
travail intégré, légende des états), section 2.5.4 (les éléments clés, le guide de rédaction),
2.5.5 (la mise à jour annuelle, éléments A à G, et la définition des principales expressions).

Français : le texte de la ligne directrice, entier et mot pour mot (les liens de la semence
deviennent du texte simple). Anglais : la traduction du projet, faite avec soin, de même
structure (mêmes paragraphes, mêmes puces); aucune version anglaise officielle n'a servi.
``tests/test_referentiel_semence.py`` compare chaque texte français à la semence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from gesserv_bureau.referentiel.codes import Libelle, ListeCodes


class Entree(NamedTuple):
    """Un élément clé de 2.5.4 ou une expression définie en 2.5.5 : le terme (en gras dans la
    ligne directrice), puis son texte entier."""

    code: str
    terme: Libelle
    texte: Libelle


@dataclass(frozen=True)
class SectionType:
    code: str
    titre: Libelle
    sous_sections: tuple[Libelle, ...] = ()   # les champs de texte de la section
    guide: tuple[Entree, ...] = ()           # 2.5.4 : ce que la section contient


def _l(code: str, fr: str, en: str) -> Libelle:
    return Libelle(code, fr, en)


def _e(code: str, terme_fr: str, terme_en: str, fr: str, en: str) -> Entree:
    return Entree(code, Libelle(code, terme_fr, terme_en), Libelle(code, fr, en))


# 2.5.4 Principaux éléments d'une stratégie de gestion des services.
GUIDE_CONTEXTE = _e(
    "contexte", "Contexte ministériel", "Departmental context",
    "Un aperçu du rôle global du ministère et de son approche en matière de services. Cette section peut comprendre : "
    "une description du mandat du ministère et de ses responsabilités principales en matière de services; le contexte "
    "général des activités du ministère; des renseignements généraux sur des initiatives antérieures en matière de "
    "services (stratégies ou autres); et la relation avec d'autres investissements ou initiatives ministérielles ou "
    "pangouvernementales.",
    "An overview of the department's overall role and its approach to service. This section may include: a "
    "description of the department's mandate and main service responsibilities; the general context of the "
    "department's operations; background on previous service initiatives (strategies or other); and the relationship "
    "to other departmental or government-wide investments or initiatives.")
GUIDE_VISION = _e(
    "vision", "Vision en matière de services", "Service vision",
    "Une description ambitieuse de ce que l'organisation souhaite réaliser ou accomplir à moyen ou à long terme en ce "
    "qui a trait aux services. Sert de guide clair pour le choix des mesures actuelles et futures. Les énoncés de vision "
    "sont ambitieux; ils énoncent les principaux objectifs les plus importants pour le ministère. Avec un seul énoncé de "
    "vision unificatrice, les employés et la direction ont une compréhension claire de l'objectif commun et peuvent être "
    "déployés collectivement pour concrétiser la vision des services au sein du ministère.",
    "An aspirational description of what the organization wants to achieve or accomplish in the medium or long term "
    "with respect to services. It serves as a clear guide for choosing current and future actions. Vision statements "
    "are ambitious; they set out the main objectives that matter most to the department. With a single unifying "
    "vision statement, employees and management have a clear understanding of the common goal and can work together "
    "to realize the service vision within the department.")
GUIDE_FFPM = _e(
    "ffpm", "Analyse FFPM", "SWOT analysis",
    "Un résumé des forces, des faiblesses, des possibilités et des menaces pour le ministère à l'égard de la conception, "
    "de la prestation et de la gestion globale des services. Le ministère peut également se fonder sur les observations "
    "de clients précédents, le rendement obtenu par rapport aux normes de service, des évaluations et des audits (du "
    "Bureau du vérificateur général ou ministériels).",
    "A summary of the department's strengths, weaknesses, opportunities and threats with respect to the design, "
    "delivery and overall management of services. The department may also draw on previous client feedback, "
    "performance against service standards, evaluations and audits (by the Office of the Auditor General or "
    "departmental).")
GUIDE_OBJECTIFS = _e(
    "objectifs", "Objectifs", "Objectives",
    "Il s'agit de l'objectif et de l'objet de la Stratégie de gestion des services, en tenant compte de la vision/des "
    "objectifs définis concernant les services et des conclusions de l'analyse FFPM. Les objectifs devraient "
    "s'harmoniser avec le mandat et les priorités globales du ministère et l'orientation en matière de services du "
    "gouvernement du Canada, telle qu'elle est établie dans la Politique sur les services du Conseil du Trésor et tout "
    "autre document de haut niveau pertinent qui établit les programmes (p. ex., les discours du Trône, les annonces "
    "du budget).",
    "These are the purpose and object of the Service Management Strategy, taking into account the defined service "
    "vision/goals and the findings of the SWOT analysis. Objectives should align with the department's mandate and "
    "overall priorities and with the Government of Canada's direction on service, as set out in the Treasury Board "
    "Policy on Service and in any other relevant high-level document that sets the agenda (e.g. Speeches from the "
    "Throne, budget announcements).")
GUIDE_INITIATIVES = _e(
    "initiatives", "Initiatives d'amélioration des services", "Service improvement initiatives",
    "Il s'agit des activités à court et à long terme qui, lorsqu'elles sont exercées, aideront le ministère à atteindre "
    "ses objectifs d'amélioration des services. Quand elles sont terminées ou quand de nouvelles priorités surviennent, "
    "le ministère peut choisir de nouvelles initiatives pour la prochaine version de la stratégie. Un contenu clé "
    "pourrait inclure ce qui suit : le nom et la description générale de l'initiative; la portée (les services auxquels "
    "s'appliquera l'initiative); la justification (le fondement de sa sélection comme initiative prioritaire); et les "
    "renseignements sur l'exécution, ce qui peut inclure les cibles, les échéances, les indicateurs de rendement, les "
    "coûts de la mise en œuvre et les indices.",
    "These are the short- and long-term activities that, when carried out, will help the department achieve its "
    "service improvement objectives. When they are completed or when new priorities arise, the department may choose "
    "new initiatives for the next version of the strategy. Key content could include: the name and general "
    "description of the initiative; its scope (the services to which the initiative will apply); the rationale (the "
    "basis for its selection as a priority initiative); and implementation information, which may include targets, "
    "timelines, performance indicators, implementation costs and indices.")
GUIDE_RENDEMENT = _e(
    "rendement", "Recalibrage, établissement de rapports et surveillance du rendement",
    "Recalibration, reporting and performance monitoring",
    "Aperçu du plan du ministère pour surveiller les progrès ayant été réalisés par rapport aux initiatives "
    "d'amélioration des services et à leurs objectifs respectifs. Le fait d'avoir recours à une mesure périodique des "
    "progrès ayant été réalisés permet aux responsables de la stratégie (p. ex., comité de surveillance, cadres "
    "supérieurs désignés, ou champion) de superviser sa mise en œuvre, et permet de veiller à ce que la Stratégie de "
    "gestion des services soit entièrement et efficacement mise en œuvre. La Politique sur les services (à la section "
    "7.5) exige l'évaluation annuelle des progrès, ce qui peut être démontré au moyen d'un rapport de rendement annuel "
    "ou une mise à jour à la stratégie du ministère. Les ministères peuvent souhaiter communiquer leurs rapports "
    "d'étape au personnel ministériel, à la direction et aux clients. La communication ouverte des mises à jour sur le "
    "rendement permet aux intervenants de connaître les progrès réalisés dans la mise en œuvre des initiatives "
    "d'amélioration des services. Pour éviter le dédoublement des efforts, les résultats escomptés et les indicateurs "
    "devraient s'harmoniser avec ceux qui sont élaborés pour la Stratégie de mesure du rendement et le Cadre de gestion "
    "du rendement, conformément à la Politique sur les résultats.",
    "An overview of the department's plan for monitoring the progress made against the service improvement "
    "initiatives and their respective objectives. Measuring progress periodically allows those responsible for the "
    "strategy (e.g. an oversight committee, designated senior executives, or a champion) to oversee its "
    "implementation, and helps ensure that the Service Management Strategy is fully and effectively implemented. The "
    "Policy on Service (section 7.5) requires an annual assessment of progress, which can be demonstrated through an "
    "annual performance report or an update to the department's strategy. Departments may wish to share their "
    "progress reports with departmental staff, management and clients. Openly communicating performance updates lets "
    "stakeholders know the progress made in implementing the service improvement initiatives. To avoid duplication of "
    "effort, expected results and indicators should align with those developed for the Performance Measurement "
    "Strategy and the Performance Management Framework, in accordance with the Policy on Results.")
GUIDE_RISQUES = _e(
    "risques", "Plan d'évaluation et d'atténuation du risque", "Risk assessment and mitigation plan",
    "L'expression de la probabilité et de l'incidence d'un événement ayant la possibilité de toucher à la réalisation "
    "des objectifs d'une organisation (voir le Cadre de gestion du risque). Cette section présente un aperçu des "
    "principaux risques associés à la mise en œuvre de la Stratégie de gestion des services du ministère et des plans "
    "qui seront mis en place pour atténuer ces risques. On pourrait considérer le profil de risque ministériel lors de "
    "l'élaboration de cette section.",
    "The expression of the likelihood and impact of an event that could affect the achievement of an organization's "
    "objectives (see the Framework for the Management of Risk). This section gives an overview of the main risks "
    "associated with implementing the department's Service Management Strategy and of the plans that will be put in "
    "place to mitigate those risks. The departmental risk profile could be considered when developing this section.")
GUIDE_PLAN = _e(
    "plan", "Plan de travail intégré de l'amélioration des services", "Integrated service improvement workplan",
    "Un aperçu de la façon dont la stratégie sera mise en œuvre, y compris le résumé des principales initiatives, les "
    "dates d'achèvement prévues et les responsabilités assignées. Il vise à fournir suffisamment de renseignements pour "
    "comprendre les éléments fondamentaux de la stratégie (les initiatives d'amélioration des services) en un coup "
    "d'œil ainsi que les liens entre les éléments. Un plan de travail complet sur l'amélioration des services "
    "comprendra aussi la date de révision et de mise à jour de la stratégie. Vous trouverez un modèle de plan de "
    "travail intégré sur l'amélioration des services à l'annexe 2C.",
    "An overview of how the strategy will be implemented, including a summary of the main initiatives, planned "
    "completion dates and assigned responsibilities. It is intended to provide enough information to understand the "
    "fundamental elements of the strategy (the service improvement initiatives) at a glance, as well as the links "
    "between the elements. A complete service improvement workplan will also include the date for reviewing and "
    "updating the strategy. A template for the integrated service improvement workplan is provided in Appendix 2C.")

# 2.5.5 Définition des principales expressions de la Stratégie de gestion des services.
TITRE_DEFINITIONS = _l("definitions", "Définition des principales expressions de la Stratégie de gestion des services",
                       "Definition of the key terms of the Service Management Strategy")
DEFINITIONS = (
    _e("vision", "Vision", "Vision",
       "Une description ambitieuse de ce que l'organisation souhaite réaliser ou accomplir à moyen ou à long terme. Sert "
       "de guide clair pour le choix des mesures actuelles et futures. Les énoncés de vision sont ambitieux; ils "
       "énoncent les principaux objectifs les plus importants pour le ministère.",
       "An aspirational description of what the organization wants to achieve or accomplish in the medium or long "
       "term. It serves as a clear guide for choosing current and future actions. Vision statements are ambitious; "
       "they set out the main objectives that matter most to the department."),
    _e("buts", "Buts et/ou objectifs", "Goals and/or objectives",
       "Le but et l'objectif de la Stratégie de gestion des services, qui tiennent compte de la vision et des buts "
       "définis du service et des résultats de l'analyse des FFPM. Les objectifs devraient s'harmoniser avec le mandat "
       "et les priorités globales du ministère et l'orientation en matière de services du gouvernement du Canada, "
       "telle qu'elle est établie dans la Politique sur les services du Conseil du Trésor et tout autre document de "
       "haut niveau pertinent qui établit les programmes (p. ex., les discours du Trône, les annonces du budget et "
       "lettres de mandat).",
       "The goal and objective of the Service Management Strategy, which take into account the defined service "
       "vision and goals and the results of the SWOT analysis. Objectives should align with the department's mandate "
       "and overall priorities and with the Government of Canada's direction on service, as set out in the Treasury "
       "Board Policy on Service and in any other relevant high-level document that sets the agenda (e.g. Speeches "
       "from the Throne, budget announcements and mandate letters)."),
    _e("initiatives", "Initiatives", "Initiatives",
       "Les activités à court et à long terme qui, lorsqu'elles sont réalisées, permettent au ministère d'atteindre ses "
       "objectifs en matière d'amélioration des services. Quand elles sont terminées ou quand de nouvelles priorités "
       "surviennent, le ministère peut choisir de nouvelles initiatives pour la prochaine version de la stratégie. Un "
       "contenu clé pourrait inclure ce qui suit : le nom et la description générale de l'initiative; la portée (les "
       "services auxquels s'appliquera l'initiative); la justification (le fondement de sa sélection comme initiative "
       "prioritaire); et les renseignements sur l'exécution, ce qui peut inclure les cibles, les échéances, les "
       "indicateurs de rendement, les coûts de la mise en œuvre et les indices.",
       "The short- and long-term activities that, when carried out, enable the department to achieve its service "
       "improvement objectives. When they are completed or when new priorities arise, the department may choose new "
       "initiatives for the next version of the strategy. Key content could include: the name and general "
       "description of the initiative; its scope (the services to which the initiative will apply); the rationale "
       "(the basis for its selection as a priority initiative); and implementation information, which may include "
       "targets, timelines, performance indicators, implementation costs and indices."),
    _e("activites", "Activités", "Activities",
       "Regroupement de mesures prises par le ministère pour appuyer la réalisation des initiatives globales.",
       "A grouping of actions taken by the department to support the achievement of the overall initiatives."),
)
NOTE_DEFINITIONS = _l("nota", "Nota : Des engagements peuvent être faits à n'importe lequel des niveaux indiqués "
                              "ci-dessus.",
                      "Note: Commitments can be made at any of the levels indicated above.")

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
    ), (GUIDE_CONTEXTE,)),
    SectionType("vision", _l("vision", "Vision ministérielle des services", "Departmental service vision"), (
        _l("enonce", "Énoncé de vision", "Vision statement"),
    ), (GUIDE_VISION,)),
    SectionType("ffpm", _l("ffpm", "Analyse FFPM ministérielle", "Departmental SWOT analysis"), (), (GUIDE_FFPM,)),
    SectionType("objectifs", _l("objectifs", "Objectifs et initiatives d'amélioration des services",
                                "Service improvement objectives and initiatives"), (), (GUIDE_OBJECTIFS, GUIDE_INITIATIVES)),
    SectionType("rendement", _l("rendement", "Cadre de rendement", "Performance framework"), (
        _l("plan_mesure", "Plan de mesure du rendement", "Performance measurement plan"),
        _l("evaluation", "Approche d'évaluation", "Evaluation approach"),
    ), (GUIDE_RENDEMENT,)),
    SectionType("risques", _l("risques", "Gestion des risques", "Risk management"), (), (GUIDE_RISQUES,)),
    SectionType("plan", _l("plan", "Annexe : Plan de travail intégré sur l'amélioration des services",
                           "Appendix: Integrated service improvement workplan"), (), (GUIDE_PLAN,)),
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
# 2.5.5, élément 1 de la mise à jour annuelle : l'aperçu de la stratégie actuelle, et ses deux puces.
APERCU_MISE_A_JOUR = _l("apercu", "Un aperçu de la Stratégie de gestion des services actuelle du ministère, notamment :",
                        "An overview of the department's current Service Management Strategy, including:")
APERCU_EMPLACEMENT = _l("emplacement", "l'endroit où elle se trouve (lien vers la stratégie actuelle);",
                        "where it can be found (link to the current strategy);")
APERCU_DATES = _l("dates", "la date d'approbation et la dernière date de mise à jour, le cas échéant.",
                  "the approval date and the last update date, if applicable.")
# 2.5.5, deuxième paragraphe (avec ses exemples) et dernier paragraphe; entre les deux, la ligne
# directrice énumère les éléments de la mise à jour : ils sont dans ELEMENTS_MISE_A_JOUR.
MISE_A_JOUR = _l(
    "mise_a_jour",
    "La mise à jour annuelle devrait exprimer clairement ce qui a changé et/ou ce qui est terminé par rapport à la "
    "stratégie approuvée antérieurement, et elle doit être pratique et simple. Par exemple, la mise à jour peut "
    "comprendre :\n"
    "- un document Word de 2 à 3 pages, avec un plan de travail à jour en annexe;\n"
    "- une présentation PowerPoint de 8 à 10 diapositives, avec un plan de travail à jour distinct en annexe.\n\n"
    "La mise à jour annuelle devrait être approuvée par le même cadre ou comité qui a approuvé la Stratégie de "
    "gestion des services originale.",
    "The annual update should clearly express what has changed and/or what has been completed relative to the "
    "previously approved strategy, and it must be practical and simple. For example, the update may consist of:\n"
    "- a 2- to 3-page Word document, with an updated workplan attached;\n"
    "- an 8- to 10-slide PowerPoint presentation, with a separate updated workplan attached.\n\n"
    "The annual update should be approved by the same executive or committee that approved the original Service "
    "Management Strategy.")
