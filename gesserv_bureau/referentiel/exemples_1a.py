"""Les trois exemples de l'annexe 1A, avec l'analyse officielle de chaque question
(texte du tableau de chaque exemple). Deux coquilles de la semence y sont corrigées, et seulement
elles : « déglçage » devient « déglaçage », et « exploitants de porc », parmi les clients du
déglaçage, « exploitants de port ». La liste commentée est dans tests/test_referentiel_semence.py."""

EXEMPLES_1A = (
    {
        "nom": "Agri-stabilité",
        "organisme": "Agriculture et Agroalimentaire Canada",
        "description": 'Verser des fonds (en fonction du niveau de protection choisi) aux producteurs agricoles dont la marge de production tombe en dessous de leur marge de référence.',
        "reponses": {
            'q1': ('oui', "Les fonds sont le produit final du service et c'est ce que les producteurs agricoles recherchaient lorsqu'ils se sont inscrits au service et qu'ils ont versé leurs cotisations. La distribution des fonds est l'extrant final."),
            'q2': ('oui', 'Les fonds sont versés à répétition et au cours de différentes années.'),
            'q3': ('oui', 'Verse les fonds (en fonction du niveau de protection choisi) aux producteurs agricoles dont la marge de production tombe en dessous de leur marge de référence dans une proportion de plus de 30 %.'),
            'q4': ('oui', "Le service est offert lorsque la marge de production du producteur est inférieure d'au moins 30 % à sa marge de référence. Ce financement aide les producteurs au moment où ils éprouvent un besoin financier, de sorte qu'il est subordonné au facteur temps. Ainsi, un facteur de rapidité est associé à la satisfaction d'un besoin."),
            'q5': ('oui', 'Il y a de nombreux producteurs qui pourraient utiliser ce service.'),
            'q6': ('oui', "Agri-stabilité ne nécessite ni activité ni processus supplémentaire pour contribuer à la réalisation d'un résultat de programme."),
            'q7': ('oui', "L'agri-stabilité ne dépend pas d'autres services."),
            'q8': ('oui', "Les fonds sont remis en personne ou par la poste. Une partie de l'information relative au service est publiée par l'entremise d'Internet."),
        },
    },
    {
        "nom": "Programme de déglaçage",
        "organisme": "Garde côtière canadienne",
        "description": "Les opérations de déglaçage appuient l'activité économique en aidant les navires commerciaux à se déplacer dans les eaux couvertes de glace.",
        "reponses": {
            'q1': ('oui', "Le déglaçage et la protection qui l'accompagne représentent ce que le client a demandé et ce qu'il paye. Il s'agit de l'extrant final."),
            'q2': ('oui', "Les opérations de déglaçage ont lieu de nombreuses fois pendant l'hiver, année après année."),
            'q3': ('oui', "Le service appuie l'activité économique en aidant les navires commerciaux à se déplacer de manière sécuritaire et efficace dans les eaux couvertes de glace ou à proximité de ces eaux."),
            'q4': ('oui', "Le déglaçage est nécessaire pour permettre le passage des navires et respecter les calendriers de navigation, ce qui indique qu'un facteur de rapidité est associé au besoin."),
            'q5': ('oui', "Ce service est offert à de nombreux clients : les navires commerciaux, les bateaux de pêche, les résidents de l'Arctique, les exploitants de port et le grand public."),
            'q6': ('oui', "Le Programme de déglaçage n'a pas besoin d'activités ou de processus supplémentaires pour contribuer à la réalisation d'un résultat de programme."),
            'q7': ('oui', "Le Programme de déglaçage continuerait d'exister et demeurerait inchangé si un autre service disparaissait."),
            'q8': ('oui', 'Le Programme de déglaçage est livré en personne.'),
        },
    },
    {
        "nom": "Site Web de Prestations du Canada",
        "organisme": "Service Canada",
        "description": "Le site Web Prestations du Canada est un outil qui fournit de l'information sur les programmes de prestations et les services que le gouvernement fédéral, les provinces et les territoires offrent aux particuliers. Plusieurs ministères ont participé à la création de ce site Web, parmi lesquels l'Agence du revenu du Canada, la Société canadienne d'hypothèques et de logement, Patrimoine canadien, Emploi et Développement social Canada, le ministère de la Justice, Service Canada et Anciens Combattants Canada. Le site renferme aussi de l'information sur des programmes administrés par Immigration, Réfugiés et Citoyenneté Canada et par l'ensemble des provinces et territoires du Canada.",
        "reponses": {
            'q1': ('non', "Le site Web est un outil qui donne de l'information sur différents programmes de prestation et services visant des groupes cibles particuliers et divers événements de la vie. Il comporte des hyperliens vers les autres sites. Il s'agit, par conséquent, d'un extrant intermédiaire plutôt que d'un extrant final pour le client."),
        },
    },
)
