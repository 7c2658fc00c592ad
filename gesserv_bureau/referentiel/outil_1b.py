"""Annexe 1B : Outil de détermination des services prioritaires (section 1.5).

Français : le texte de l'annexe. Anglais : la traduction du projet (aucune version anglaise
officielle n'a servi). La colonne « Exemple » de
l'annexe est laissée au ministère : l'assistant la fait remplir, elle n'a pas de texte officiel.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesserv_bureau.referentiel.codes import Libelle, ListeCodes

TITRE = Libelle("1B", "Outil de détermination des services prioritaires", "Priority service determination tool")

PRESENTATION = Libelle(
    "presentation",
    "Cet outil vise à aider les ministères à déterminer leurs services prioritaires et complète la "
    "Politique sur les services.",
    "This tool is intended to help departments determine their priority services and complements the "
    "Policy on Service.",
)

# 1.5.1 : l'outil peut être peaufiné (p. ex. par une pondération), la justification doit être
# solide. La section ne donne ni poids, ni échelle, ni seuil : une pondération est celle du
# ministère (domaine.ponderation_1b), jamais celle de la ligne directrice.
PONDERATION = Libelle(
    "ponderation",
    "L'outil servant à déterminer si un service constitue un service prioritaire indiqué à l'annexe 1B vise "
    "à appuyer les ministères dans la détermination de leurs services prioritaires et dans la consignation "
    "de l'analyse et de l'évaluation; il peut être peaufiné afin de tenir compte d'autres facteurs, comme la "
    "pondération en vue de tenir compte de l'importance relative des critères utilisés. Toutefois, les "
    "ministères doivent en assurer le caractère compréhensif.",
    "The tool for determining whether a service is a priority service in Appendix 1B is intended to support "
    "departments in determining their priority services and in documenting the analysis and assessment; it "
    "may be refined to take other factors into account, such as weighting to reflect the relative "
    "importance of the criteria used. However, departments must ensure that it is comprehensive.",
)
JUSTIFICATION = Libelle(
    "justification",
    "Les services prioritaires doivent être indiqués dans le répertoire de services d'un ministère et on s'attend "
    "à ce qu'ils demeurent relativement statiques au fil du temps. Les ministères devraient les examiner régulièrement et devraient avoir une justification solide de "
    "leur décision quant à savoir si un service constitue un service prioritaire ou à tout changement "
    "apporté à la priorité ou à la désignation de service prioritaire.",
    "Priority services must be identified in a department's service inventory and are expected to remain "
    "relatively static over time. Departments should review them regularly and should have a solid rationale for their decision on "
    "whether a service is a priority service, or for any change to the priority or to the priority service "
    "designation.",
)


@dataclass(frozen=True)
class Consideration:
    code: str
    nom: Libelle
    criteres: tuple[Libelle, ...]
    facultative: bool = False   # « Autres critères » : seulement si le ministère en retient

    def texte(self, langue: str) -> str:
        return self.nom.texte(langue)


def _c(code: str, fr: str, en: str) -> Libelle:
    return Libelle(code, fr, en)


CONSIDERATIONS = (
    Consideration("mandat", _c("mandat", "Mandat", "Mandate"), (
        _c("c1", "Existe-t-il un renvoi clair au service dans la loi habilitante ou dans le mandat du ministère "
                 "ou dans une autre loi?",
           "Is there a clear reference to the service in the enabling legislation, in the department's "
           "mandate or in another act?"),
        _c("c2", "Le service est-il central au mandat ou est-il périphérique?",
           "Is the service central to the mandate or peripheral?"),
    )),
    Consideration("priorite_gouvernement", _c("priorite_gouvernement", "Priorité du gouvernement", "Government priority"), (
        _c("c1", "Le service est-il désigné une priorité ministérielle ou gouvernementale (p. ex., dans le "
                 "dernier discours du Trône, dans les budgets fédéraux)?",
           "Has the service been identified as a departmental or government priority (e.g. in the latest "
           "Speech from the Throne, in federal budgets)?"),
    )),
    Consideration("volume", _c("volume", "Volume", "Volume"), (
        _c("c1", "Est-ce que le service donne lieu à un volume relativement élevé d'opérations par année?",
           "Does the service involve a relatively high volume of transactions per year?"),
    )),
    Consideration("critique", _c("critique", "Critique ou essentiel à la mission", "Mission-critical or essential"), (
        _c("c1", "Le service a-t-il été désigné un service critique à la mission en vertu des plans de "
                 "continuité des activités du ministère?",
           "Has the service been designated mission-critical under the department's business continuity plans?"),
        _c("c2", "Le service a-t-il été désigné un service essentiel en fonction de la définition prévue dans "
                 "la Loi sur les relations de travail dans la fonction publique?",
           "Has the service been designated an essential service as defined in the Public Service Labour "
           "Relations Act?"),
        _c("c3", "Est-ce que le service comporte la fourniture d'un droit, d'un avantage ou d'un autre extrant "
                 "final de nature financière?",
           "Does the service involve providing an entitlement, a benefit or another final output of a "
           "financial nature?"),
    )),
    Consideration("importance", _c(
        "importance",
        "Importance du service au bien-être des particuliers ou à la viabilité des entreprises",
        "Importance of the service to the well-being of individuals or the viability of businesses"), (
        _c("c1", "Est-ce que le service comporte la délivrance d'un permis ou d'une autorisation?",
           "Does the service involve issuing a permit or an authorization?"),
        _c("c2", "Le service concerne-t-il la facturation d'un honoraire aux clients afin de recevoir le service?",
           "Does the service involve charging clients a fee to receive the service?"),
    )),
    Consideration("authentification", _c("authentification", "Authentification", "Authentication"), (
        _c("c1", "Le service exige-t-il une authentification des justificatifs et/ou des renseignements "
                 "personnels d'un client, conformément à la Norme sur l'assurance de l'identité et des "
                 "justificatifs?",
           "Does the service require authentication of a client's credentials and/or personal information, "
           "in accordance with the Standard on Identity and Credential Assurance?"),
    )),
    Consideration("autres", _c("autres", "Autres critères", "Other criteria"), (
        _c("c1", "Tout autre critère jugé pertinent par le ministère.",
           "Any other criterion the department considers relevant."),
    ), facultative=True),
)
PAR_CODE = {c.code: c for c in CONSIDERATIONS}

COTES = ListeCodes([
    Libelle("eleve", "Élevé", "High"),
    Libelle("moyen", "Moyen", "Medium"),
    Libelle("faible", "Faible", "Low"),
])

# La ligne de l'annexe qui suit son tableau. L'annexe ne dit pas comment l'établir (ni
# nombre, ni poids, ni seuil) : l'application ne l'imprime pas et n'y met jamais un calcul. Ce
# qui conclut l'outil est la décision ci-dessous, avec sa justification; un résultat pondéré
# n'existe que si le ministère s'est donné une pondération, et il est imprimé sous ce nom-là.
NOTE_GLOBALE = Libelle("note_globale", "Note globale en tant que service prioritaire :",
                       "Overall rating as a priority service:")
QUESTION_DECISION = Libelle("decision", "Est-ce qu'il s'agit d'un service prioritaire pour le ministère?",
                            "Is this a priority service for the department?")
