"""Ce que recouvre chaque type de service : les colonnes de l'annexe 1C (services externes :
description, titre de l'extrait de service dans le MRS GC, exemples) et les exemples de
l'annexe 1D (services internes intégrés), pour aider à choisir le type.

Français : le texte des annexes, chaque puce entière et aucune omise (l'annexe 1C décrit deux fois,
presque dans les mêmes mots, les services d'inspection de la conformité : les deux puces sont là).
Anglais : la traduction du projet, faite avec soin (aucune version anglaise officielle n'a servi).
"""

from __future__ import annotations

from gesserv_bureau.referentiel.codes import Libelle

# code du type -> (puces en français, puces en anglais)
DETAILS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # Annexe 1C — descriptions
    "ressources": (
        (
            "Services qui acquièrent ou dispensent de l'argent, ou unités d'une ressource ou périodes d'utilisation d'une ressource.",
            "Services qui dispensent des soins sociaux ou médicaux ou qui offrent de la réadaptation aux gens.",
            "Services qui transportent des gens et des ressources d'un lieu à un autre.",
            "Services qui répondent à des urgences et qui apportent de l'aide.",
        ),
        (
            "Services that acquire or dispense money, units of a resource or periods of use of a resource.",
            "Services that provide social or medical care or rehabilitation to people.",
            "Services that transport people and resources from one place to another.",
            "Services that respond to emergencies and provide assistance.",
        ),
    ),
    "consultatifs": (
        (
            "Services qui jumellent, relient ou mettent en rapport deux parties (le demandeur et le répondant) et dans le cadre desquels le fournisseur a un devoir explicite ou implicite envers les deux parties.",
            "Services dans le cadre desquels des données, de l'information ou des conseils sont transmis à une partie ou à un système.",
            "Services qui préconisent des positions ou militent en leur faveur ou qui font la promotion de politiques, de programmes et de services gouvernementaux.",
            "Services qui font de la recherche.",
        ),
        (
            "Services that match, connect or put two parties in contact (the seeker and the responder), where the provider has an explicit or implicit duty to both parties.",
            "Services in which data, information or advice are passed to a party or a system.",
            "Services that advocate or champion positions, or promote government policies, programs and services.",
            "Services that conduct research.",
        ),
    ),
    "rencontres": (
        (
            "Services qui offrent des expériences éducatives et de la formation aux gens.",
            "Services qui offrent des expériences récréatives ou culturelles aux gens.",
        ),
        (
            "Services that provide educational experiences and training to people.",
            "Services that provide recreational or cultural experiences to people.",
        ),
    ),
    "conformite": (
        (
            "Services qui règlent des différends ou qui créent des ententes entre les parties.",
            "Services qui exercent des pouvoirs gouvernementaux en accordant l'autorisation, pendant une période donnée, de se livrer à des activités, de posséder ou de contrôler des biens ou des ressources, ou de détenir un statut, un pouvoir ou des privilèges.",
            "Services qui font des inspections, des enquêtes et des analyses pour trouver de l'information et tirer des constatations et formuler des recommandations en conformité de critères comme les dispositions des lois, des politiques, des normes et des lignes directrices approuvées, etc., ou conformément à une opinion crédible.",
            "Services qui appliquent des règles et rendent des décisions impartiales.",
            "Services qui imposent des pénalités, imposent l'observation, prononcent des peines et les appliquent.",
            "Services qui protègent les personnes et les ressources contre les menaces, y compris la protection proactive.",
            "Services qui interviennent, réagissent à des menaces et à des urgences, fournissent de l'aide et rétablissent l'ordre.",
            "Services qui font des inspections, des enquêtes et des analyses pour trouver de l'information, tirer des constatations et formuler des recommandations.",
        ),
        (
            "Services that settle disputes or create agreements between parties.",
            "Services that exercise government authority by granting permission, for a given period, to carry out activities, own or control property or resources, or hold a status, authority or privileges.",
            "Services that carry out inspections, investigations and analyses to find information, draw findings and make recommendations against criteria such as the provisions of acts, policies, standards and approved guidelines, etc., or according to a credible opinion.",
            "Services that apply rules and make impartial decisions.",
            "Services that impose penalties, enforce compliance, and pronounce and apply sentences.",
            "Services that protect people and resources from threats, including proactive protection.",
            "Services that intervene and respond to threats and emergencies, provide assistance and restore order.",
            "Services that carry out inspections, investigations and analyses to find information, draw findings and make recommendations.",
        ),
    ),
    "regles": (
        (
            "Services qui créent ou modifient des lois, des règlements, des politiques, des stratégies, des normes, des plans et des dessins.",
        ),
        (
            "Services that create or change acts, regulations, policies, strategies, standards, plans and designs.",
        ),
    ),
    # Annexe 1D — exemples
    "acquisition": (
        ("Traitement des approvisionnements", "Gestion des contrats", "Surveillance et l'établissement de rapports",
         "Politiques et procédures"),
        ("Procurement processing", "Contract management", "Monitoring and reporting", "Policies and procedures"),
    ),
    "communication": (
        ("Recherche sur l'opinion publique", "Image de marque ministérielle", "Gestion des consultations publiques",
         "Gestion des relations avec les médias", "Publicité, foires et expositions pour l'ensemble du ministère",
         "Communications stratégiques et conseils", "Édition"),
        ("Public opinion research", "Departmental branding", "Public consultation management",
         "Media relations management", "Department-wide advertising, fairs and exhibits",
         "Strategic communications and advice", "Publishing"),
    ),
    "finances": (
        ("Planification financière et budgétisation", "Comptabilité organisationnelle", "Contrôle des dépenses",
         "Paiements", "Perception et créances", "Comptabilisation des actifs et des passifs"),
        ("Financial planning and budgeting", "Organizational accounting", "Expenditure control", "Payments",
         "Collections and receivables", "Accounting for assets and liabilities"),
    ),
    "rh": (
        ("Planification des ressources humaines et établissement de rapports", "Conception de l'organisation",
         "Gestion des emplois et des postes", "Dotation et orientation des employés", "Rémunération totale",
         "Rendement, apprentissage, perfectionnement et reconnaissance des employés",
         "Cessations d'emploi permanentes et temporaires", "Gestion du milieu de travail et relations de travail",
         "Systèmes des ressources humaines", "Services à la haute direction"),
        ("Human resources planning and reporting", "Organization design", "Job and position management",
         "Staffing and employee orientation", "Total compensation",
         "Employee performance, learning, development and recognition",
         "Permanent and temporary separations", "Workplace management and labour relations",
         "Human resources systems", "Executive services"),
    ),
    "gi": (
        ("Services de gestion des données", "Services de gestion des dossiers et des documents",
         "Services de bibliothèque", "Services de gestion du contenu Web", "Services d'archivage",
         "Services de renseignement organisationnel et de soutien des décisions",
         "Gestion du programme de gestion de l'information"),
        ("Data management services", "Records and document management services", "Library services",
         "Web content management services", "Archiving services",
         "Business intelligence and decision support services", "Information management program management"),
    ),
    "ti": (
        ("Informatique répartie", "Élaboration et maintenance des applications et bases de données",
         "Informatisation de la production et des opérations", "Réseau de télécommunications (voix et données)",
         "Sécurité de la TI", "Gestion des programmes de la TI"),
        ("Distributed computing", "Application and database development and maintenance",
         "Production and operations computing", "Telecommunications network (voice and data)",
         "IT security", "IT program management"),
    ),
    "juridiques": (
        ("Services consultatifs juridiques", "Service du contentieux", "Services de rédaction législative et réglementaire"),
        ("Legal advisory services", "Litigation services", "Legislative and regulatory drafting services"),
    ),
    "surveillance": (
        ("Politique et planification stratégiques et relations gouvernementales",
         "Politiques, normes et lignes directrices ministérielles", "Planification des investissements",
         "Gestion et surveillance ministérielles de projets du ministère", "Gestion des risques",
         "Rendement et établissement de rapports", "Vérification interne", "Évaluation", "Affaires parlementaires",
         "Traitement des dossiers d'accès à l'information et de protection des renseignements personnels et d'établissement de rapports"),
        ("Strategic policy and planning and government relations", "Departmental policies, standards and guidelines",
         "Investment planning", "Departmental project management and oversight", "Risk management",
         "Performance and reporting", "Internal audit", "Evaluation", "Parliamentary affairs",
         "Access to information and privacy processing and reporting"),
    ),
    "materiel": (
        ("Planification du matériel", "Utilisation et entretien du matériel", "Élimination", "Politiques et procédures"),
        ("Materiel planning", "Materiel use and maintenance", "Disposal", "Policies and procedures"),
    ),
    "immobiliers": (
        ("Aménagement des bureaux", "Entretien des bureaux", "Politiques et procédures", "Services relatifs aux locaux",
         "Sécurité physique"),
        ("Office fit-up", "Office maintenance", "Policies and procedures", "Accommodation services", "Physical security"),
    ),
}


# Annexe 1C : les deux autres colonnes du tableau, « Titre de l'extrait de service dans le MRS GC »
# (le Modèle de référence stratégique des gouvernements canadiens) et « Exemples ». Français : le
# texte de l'annexe, chaque élément entier et aucun omis, dans l'ordre. Ce que la semence porte
# tel quel est gardé tel quel : les points finaux de certains éléments, « Processus
# réglementaires » deux fois dans les exemples de la conformité, « …du gouvernement du Canada ou
# Canada. » (la cellule coupée par un saut de page). Dans la première ligne, les éléments ne sont
# séparés que par des espaces; ailleurs, « Patrimoine Musées » a perdu sa puce : deux exemples.
COLONNES_1C = (
    Libelle("type", "Type de service externe", "Type of external service"),
    Libelle("description", "Description", "Description"),
    Libelle("extraits", "Titre de l'extrait de service dans le MRS GC", "Service output title in the GC SRM"),
    Libelle("exemples", "Exemples", "Examples"),
)

# code du type externe -> (titres en français, titres en anglais)
EXTRAITS_MRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ressources": (
        ("(Unités de) ressource", "Rencontres axées sur les soins et la réadaptation", "Fonds", "Interventions",
         "Déplacements"),
        ("(Units of) resource", "Care and rehabilitation encounters", "Funds", "Interventions", "Movements"),
    ),
    "consultatifs": (
        ("Rencontres de consultation.", "Rencontres de protection des droits et de promotion.",
         "Jumelage, aiguillage et liens.", "Nouvelles connaissances."),
        ("Advisory encounters.", "Advocacy and promotion encounters.", "Matching, referral and linkage.",
         "New knowledge."),
    ),
    "rencontres": (
        ("Rencontres axées sur des activités éducatives et de la formation.",
         "Rencontres axées sur des activités récréatives et culturelles."),
        ("Educational and training encounters.", "Recreational and cultural encounters."),
    ),
    "conformite": (
        ("Périodes d'autorisation", "Constatations", "Interventions", "Sanctions et périodes d'application de sanctions",
         "Périodes d'entente", "Périodes de protection", "Décisions et jugements"),
        ("Authorization periods", "Findings", "Interventions", "Sanctions and sanction enforcement periods",
         "Agreement periods", "Protection periods", "Decisions and judgments"),
    ),
    "regles": (
        ("Règles (lois, règlements, politiques, stratégies, plans, dessins, normes)",),
        ("Rules (acts, regulations, policies, strategies, plans, designs, standards)",),
    ),
}

EXEMPLES_1C: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ressources": (
        ("Acquisitions et fournitures", "Avantages sociaux (p. ex., Sécurité de la vieillesse)", "Contributions",
         "Énergie", "Installations", "Subventions",
         "Main-d'œuvre pour intervenir dans des situations d'urgence ou fournir de l'aide.", "Terrains",
         "Éléments d'actif mobilier",
         "Transport de l'énergie, du matériel, des personnes, des lettres, du courriel, des messages.",
         "Intervention pour répondre à un besoin urgent ou non urgent de soins ou de services de réadaptation.",
         "Fournitures."),
        ("Acquisitions and supplies", "Benefits (e.g., Old Age Security)", "Contributions", "Energy", "Facilities",
         "Grants", "Labour to respond to emergencies or provide assistance.", "Land", "Movable assets",
         "Transport of energy, materiel, people, letters, email, messages.",
         "Intervention to respond to an urgent or non-urgent need for care or rehabilitation services.",
         "Supplies."),
    ),
    "consultatifs": (
        ("Sensibilisation accrue aux politiques, programmes et services du gouvernement du Canada ou Canada.",
         "Information rendue accessible dans une base de données en ligne, une publication, un centre d'appel, etc.",
         "Jumelage prescriptif ou non prescriptif.", "Recherche."),
        ("Increased awareness of Government of Canada policies, programs and services or Canada.",
         "Information made accessible in an online database, a publication, a call centre, etc.",
         "Prescriptive or non-prescriptive matching.", "Research."),
    ),
    "rencontres": (
        ("Patrimoine", "Musées", "Parcs", "Formation"),
        ("Heritage", "Museums", "Parks", "Training"),
    ),
    "conformite": (
        ("Cours et tribunaux", "Certificats, licences, et permis",
         "Documents d'identité (p. ex., numéro d'assurance sociale, passeport)", "Jugements", "Autorisations",
         "Services policiers", "Processus réglementaires", "Inspections de sécurité", "Processus réglementaires",
         "Sanctions et pénalités"),
        ("Courts and tribunals", "Certificates, licences, and permits",
         "Identity documents (e.g., social insurance number, passport)", "Judgments", "Authorizations",
         "Policing services", "Regulatory processes", "Safety inspections", "Regulatory processes",
         "Sanctions and penalties"),
    ),
    "regles": (
        ("Dessins", "Directives et normes", "Lois et règlements", "Plans", "Politiques", "Stratégies"),
        ("Designs", "Directives and standards", "Acts and regulations", "Plans", "Policies", "Strategies"),
    ),
}


def _colonne(table: dict, code: str | None, langue: str) -> tuple[str, ...]:
    if not code or code not in table:
        return ()
    fr, en = table[code]
    return en if langue == "en" else fr


def extraits_mrs(code: str | None, langue: str) -> tuple[str, ...]:
    """Annexe 1C : les titres des extraits de service du MRS GC d'un type externe (vide sinon)."""
    return _colonne(EXTRAITS_MRS, code, langue)


def exemples_1c(code: str | None, langue: str) -> tuple[str, ...]:
    """Annexe 1C : les exemples d'un type externe (vide sinon)."""
    return _colonne(EXEMPLES_1C, code, langue)


def puces(code: str | None, langue: str) -> tuple[str, ...]:
    """Les puces d'un type, dans la langue voulue (vide pour un code inconnu)."""
    if not code or code not in DETAILS:
        return ()
    fr, en = DETAILS[code]
    return en if langue == "en" else fr
