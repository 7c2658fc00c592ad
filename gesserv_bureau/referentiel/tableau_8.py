"""Le tableau 8 de la section 2.7.11 : trois scénarios de résultats du rendement et plans
d'action possibles, et le plan de mise en œuvre de 2.7.10 pour une norme encore à ses débuts.

Le texte français est celui de la ligne directrice (``shared/seeds/000_…txt``), mot pour mot.
La source n'a pas les questions ni les actions du scénario 2 (« Les résultats sont conformes
aux normes ») : seul son titre y figure. Rien n'est inventé à sa place; l'application le dit
(:data:`SANS_TEXTE_SOURCE`) et laisse le ministère écrire ses propres actions. Le texte anglais
est la traduction de l'application (le texte anglais officiel n'est pas dans les sources).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Etape:
    """Une étape numérotée du plan d'action d'un scénario : son intitulé et ses points."""

    numero: int
    intitule: tuple[str, str]
    points: tuple[tuple[str, str], ...] = ()
    # les points sont des actions à reprendre au plan (« Décidez de la façon d'y réagir »),
    # sinon des questions à se poser (« Déterminez pourquoi… »)
    actions: bool = False


@dataclass(frozen=True)
class Scenario:
    code: str
    numero: int
    titre: tuple[str, str]
    etapes: tuple[Etape, ...]
    note: tuple[str, str] | None = None

    def actions_proposees(self) -> list[tuple[str, str]]:
        """Ce qui peut devenir une action du plan : les points des étapes d'actions, puis
        l'intitulé des étapes sans points (« Préparez des plans… », « Informez… »)."""
        proposees = []
        for e in self.etapes:
            if e.actions:
                proposees.extend(e.points)
            elif not e.points:
                proposees.append(e.intitule)
        return proposees


SCENARIOS: dict[str, Scenario] = {
    "depasse": Scenario("depasse", 1, ("Les résultats dépassent les normes", "Results exceed the standards"), (
        Etape(1, ("Déterminez pourquoi les normes sont dépassées :", "Determine why the standards are exceeded:"), (
            ("La méthodologie utilisée pour élaborer les normes est-elle adéquate?",
             "Is the methodology used to develop the standards adequate?"),
            ("La capacité de l'organisation s'est-elle améliorée?", "Has the organization's capacity improved?"),
            ("Les normes sont-elles trop faibles?", "Are the standards too low?"),
            ("Les projections sur les tendances et les comportements des clients étaient-elles exactes?",
             "Were the projections of client trends and behaviours accurate?"),
            ("Les circonstances ont-elles changé, comme une demande plus faible que prévu ou une nouvelle technologie?",
             "Have circumstances changed, such as lower than expected demand or a new technology?"),
        )),
        Etape(2, ("Décidez de la façon d'y réagir :", "Decide how to respond:"), (
            ("Augmenter la norme s'il y a lieu.", "Raise the standard, if appropriate."),
            ("Réaffecter les ressources aux secteurs à rendement plus faible.",
             "Reallocate resources to lower-performing areas."),
            ("Communiquer les résultats aux clients, aux membres du personnel et aux partenaires de la prestation "
             "de services.", "Communicate the results to clients, staff and service delivery partners."),
            ("Échangez des connaissances, y compris des pratiques exemplaires et les leçons retenues, avec la "
             "communauté de service.",
             "Share knowledge, including best practices and lessons learned, with the service community."),
            ("Célébrez la réussite.", "Celebrate success."),
        ), actions=True),
        Etape(3, ("Préparez des plans afin de traiter des questions émergentes ou à long terme, comme les ressources, "
                  "la capacité, le changement prévu à la demande et les nouvelles priorités.",
                  "Prepare plans to address emerging or long-term issues, such as resources, capacity, the expected "
                  "change in demand and new priorities.")),
    )),
    "conforme": Scenario("conforme", 2, ("Les résultats sont conformes aux normes", "Results meet the standards"), ()),
    "non_atteinte": Scenario("non_atteinte", 3, ("Les résultats n'atteignent pas les normes",
                                                 "Results do not meet the standards"), (
        Etape(1, ("Déterminez pourquoi les normes ne sont pas atteintes :", "Determine why the standards are not met:"), (
            ("Les normes de service sont-elles trop élevées?", "Are the service standards too high?"),
            ("Le processus opérationnel est-il vague ou inutilement lourd?",
             "Is the business process unclear or unnecessarily cumbersome?"),
            ("Y a-t-il eu des changements imprévus à la capacité des ressources et au niveau de la demande de service?",
             "Have there been unexpected changes in resource capacity and in the level of demand for the service?"),
            ("A-t-on porté assez d'attention à l'incidence possible des tendances connues, comme une nouvelle demande, "
             "ou un changement aux préférences du mode de service?",
             "Was enough attention paid to the possible impact of known trends, such as new demand or a change in "
             "channel preferences?"),
        )),
        Etape(2, ("Décidez de la façon d'y réagir :", "Decide how to respond:"), (
            ("Repenser le processus opérationnel?", "Rethink the business process?"),
            ("Accroître la capacité?", "Increase capacity?"),
            ("Identifier des pratiques exemplaires pour des services semblables?",
             "Identify best practices for similar services?"),
            ("Consultez les intervenants?", "Consult stakeholders?"),
            ("Est-il approprié de réduire la norme de service?", "Is it appropriate to lower the service standard?"),
        ), actions=True),
        Etape(3, ("Informez les intervenants de vos plans pour régler les questions en souffrance et pour améliorer le "
                  "service.", "Inform stakeholders of your plans to resolve outstanding issues and improve the "
                  "service.")),
    ), note=("N'oubliez pas de tenir compte des ressources financières et des changements aux priorités "
             "organisationnelles.",
             "Remember to take into account financial resources and changes in organizational priorities.")),
}

SANS_TEXTE_SOURCE = (
    "La ligne directrice ne donne, pour ce scénario, que son titre : aucune question ni action n'est proposée. "
    "Inscrivez les actions retenues par le ministère.",
    "For this scenario the guideline gives only its title: no question or action is proposed. Enter the actions "
    "the department decides on.",
)

# 2.7.10 et les principales considérations de 2.7.11, dans leur ordre : le plan de mise en œuvre
# d'une norme encore à ses débuts.
MISE_EN_OEUVRE = Scenario("mise_en_oeuvre", 0, ("Plan de mise en œuvre (2.7.10)", "Implementation plan (2.7.10)"), (
    Etape(1, ("Si un ministère en est aux premières étapes de la mise en œuvre d'une norme de service, il est "
              "encouragé à mettre sur pied un plan de mise en œuvre ministériel afin de permettre la conformité à "
              "toutes les exigences obligatoires existantes liées aux normes de service.",
              "If a department is in the early stages of implementing a service standard, it is encouraged to put "
              "in place a departmental implementation plan to comply with all existing mandatory requirements "
              "related to service standards."), (
        ("Explorer les conséquences des normes de service nationales (ou globales) sur les services régionaux",
         "Explore the implications of national (or global) service standards for regional services"),
        ("Veiller à ce que les normes de service ne créent pas de responsabilités juridiques",
         "Ensure that service standards do not create legal liabilities"),
        ("Trouver l'équilibre approprié entre les normes ambitieuses et sûres",
         "Find the right balance between ambitious and safe standards"),
        ("Surveiller le rendement afin de déterminer si des corrections de parcours sont nécessaires",
         "Monitor performance to determine whether course corrections are needed"),
        ("Obtenir les approbations nécessaires pour les normes de service proposées et les cibles opérationnelles",
         "Obtain the necessary approvals for the proposed service standards and operational targets"),
        ("Déterminer la meilleure approche pour publier le rendement en temps réel",
         "Determine the best approach to publishing real-time performance"),
    ), actions=True),
), note=("En outre, un tel plan pourrait être considéré comme une initiative ou un projet d'amélioration des services "
         "à inclure à la Stratégie de gestion des services du ministère.",
         "Such a plan could also be considered an initiative or service improvement project to include in the "
         "department's Service Management Strategy."))


def scenario(code: str) -> Scenario:
    """Le scénario du tableau 8 (ou le plan de 2.7.10 : ``mise_en_oeuvre``); un code inconnu
    est une erreur."""
    if code == MISE_EN_OEUVRE.code:
        return MISE_EN_OEUVRE
    return SCENARIOS[code]


def texte(paire: tuple[str, str], langue: str) -> str:
    return paire[1] if langue == "en" else paire[0]
