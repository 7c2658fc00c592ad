"""Les types de rapports que l'application et la ligne de commande savent produire : un code,
et sa description en français et en anglais (la liste de ``--help``). Rien que des données :
ce qui charge la base et appelle le module du rapport vit ailleurs. Le rapport de chaque outil
(1A, 1B, 2A…) vient du registre des outils (``domaine.outils``)."""

from __future__ import annotations

from gesserv_bureau.domaine import outils

TYPES: dict[str, tuple[str, str]] = {
    "inventaire": ("Répertoire des services d'un exercice (sommaire et une ligne par service)",
                   "Service inventory for a fiscal year (summary and one line per service)"),
    "normes": ("Normes de service et rendement d'un exercice (cible, résultats, scénario du tableau 8, plan d'action)",
               "Service standards and performance for a fiscal year (target, results, Table 8 scenario, action plan)"),
    **{o.type_rapport: o.description_rapport for o in outils.tous()},
    "seance": ("Procès-verbal d'une séance d'examen (participants, réponses, décisions, initiatives)",
               "Minutes of a review session (participants, answers, decisions, initiatives)"),
    "strategie": ("Stratégie de gestion des services complète (table des matières, FFPM, plan de travail)",
                  "Full Service Management Strategy (table of contents, SWOT, workplan)"),
    "mise_a_jour": ("Mise à jour annuelle de la stratégie (éléments A à G, plan de travail à jour)",
                    "Annual update of the strategy (elements A to G, updated workplan)"),
    "plan": ("Plan de travail intégré sur l'amélioration des services, seul (paysage)",
             "Integrated service improvement workplan alone (landscape)"),
}


def description(code: str, langue: str) -> str:
    """La description d'un type de rapport dans la langue de l'interface (``fr`` ou ``en``)."""
    fr, en = TYPES[code]
    return en if langue == "en" else fr
