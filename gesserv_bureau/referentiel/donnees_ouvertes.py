"""Le format des données ouvertes du Répertoire des services du GC (open.canada.ca) : les
colonnes de chaque époque et la correspondance de leurs codes avec les éléments de la ligne
directrice.

Sources : le dictionnaire de données publié (``service`` 46 champs, ``service-std`` 24 champs)
et le gabarit 2016-2020 (39 colonnes, variante de 37). Les graphies de chaque époque
(``EX`` / ``extern`` / ``EXTERN``…) sont reconnues sans égard à la casse.

Les formats plus anciens, chacun d'après sa source publiée (dépôts publics du portail du
gouvernement ouvert) :

- le répertoire 2016-2018 (41 colonnes) : le schéma « recombinant » ``service`` de
  ``open-data/ckanext-canada`` (``ckanext/canada/tables/service.yaml``, de décembre 2018 à
  2024 : 39 champs, les trois ``harmonized_*`` ajoutés en juin 2019), tel que le publie
  l'extraction combinée (``owner_org`` en tête, ``owner_org_title`` ensuite; les colonnes de
  suivi ``record_*``/``user_modified`` retirées par ``bin/filter/filter_service.py``). Ses
  codes : ceux de ce même schéma (``EX``/``IN``/``EI``, ``AC``…``RU``, désignations ``1`` à
  ``8``, groupes ``PP``/``IO``/``ES``/``FE``/``PTC``/``IG``, rétroaction ``ONL``/``IP``…);
- les normes 2017-2018 à résultats trimestriels (24 colonnes) : la ressource ``service-std`` du
  même schéma (20 champs, ``harmonized_service_id`` compris), plus ``owner_org``,
  ``owner_org_title`` et ``performance``, que ``bin/filter_service_std.py`` calcule (somme des
  ``qN_performance_result`` sur somme des ``qN_business_volume``, en fraction, ou ``ND``);
- les normes 2017-2020 (25 colonnes) : l'en-tête des fichiers publiés par
  ``open-data/service-inventory-etl`` (``data/yearly/2017-2018_standards.csv`` à
  ``2019-2020``, ``data/publish/service_standards.csv``); ses codes, ceux de
  ``schema/standards_choices.json`` (``time``/``accur``/``acces``/``oth``, ``percentage``/
  ``other_type``, modes ``onl``…``non``); cible et rendement en pourcentage (80, 97.06).

Hypothèse (aucune source ne le dit) : l'ordre des colonnes de ces trois formats ne compte pas
(le format se reconnaît à l'ensemble des noms, comme pour les autres).
"""

from __future__ import annotations

# --- les colonnes --------------------------------------------------------------------------
COLONNES_ACTUELLES = (
    "fiscal_yr", "service_id", "service_name_en", "service_name_fr", "service_description_en",
    "service_description_fr", "service_type", "service_recipient_type", "service_scope",
    "client_target_groups", "program_id", "program_name_en", "program_name_fr",
    "client_feedback_channel", "automated_decision_system",
    "automated_decision_system_description_en", "automated_decision_system_description_fr",
    "service_fee", "os_account_registration", "os_authentication", "os_application",
    "os_decision", "os_issuance", "os_issue_resolution_feedback",
    "os_comments_client_interaction_en", "os_comments_client_interaction_fr",
    "last_service_review", "last_service_improvement", "sin_usage", "cra_bn_identifier_usage",
    "num_phone_enquiries", "num_applications_by_phone", "num_website_visits",
    "num_applications_online", "num_applications_in_person", "num_applications_by_mail",
    "num_applications_by_email", "num_applications_by_fax", "num_applications_by_other",
    "num_applications_total", "special_remarks_en", "special_remarks_fr", "service_uri_en",
    "service_uri_fr", "owner_org", "owner_org_title",
)

COLONNES_2016 = (
    "fiscal_yr", "service_id", "service_name_en", "service_name_fr", "department_name_en",
    "department_name_fr", "external_internal", "service_type", "special_designations",
    "service_description_en", "service_description_fr", "service_url_en", "service_url_fr",
    "program_name_en", "program_name_fr", "last_GBA", "ident_platform", "client_target_groups",
    "info_service", "service_fee", "cra_business_number", "use_of_sin", "service_channels",
    "calls_received", "web_visits_info_service", "online_applications", "telephone_applications",
    "in_person_applications", "postal_mail_applications", "other_applications", "e_registration",
    "e_authentication", "e_application", "e_decision", "e_issuance", "e_feedback",
    "client_feedback", "special_remarks_en", "special_remarks_fr",
)
COLONNES_2016_37 = tuple(c for c in COLONNES_2016 if c not in ("ident_platform", "telephone_applications"))

# Le répertoire 2016-2018 : les numéros de service y sont propres à chaque ministère.
COLONNES_2016_2018 = (
    "owner_org", "fiscal_yr", "service_id", "service_name_en", "service_name_fr", "external_internal",
    "service_type", "special_designations", "service_description_en", "service_description_fr",
    "authority_en", "authority_fr", "service_url_en", "service_url_fr", "program_name_en",
    "program_name_fr", "program_id_code", "client_target_groups", "service_fee", "cra_business_number",
    "use_of_sin", "online_applications", "web_visits_info_service", "calls_received",
    "in_person_applications", "email_applications", "fax_applications", "postal_mail_applications",
    "e_registration", "e_authentication", "e_application", "e_decision", "e_issuance", "e_feedback",
    "client_feedback", "special_remarks_en", "special_remarks_fr", "harmonized_service_id",
    "harmonized_service_name_en", "harmonized_service_name_fr", "owner_org_title",
)

COLONNES_NORMES = (
    "fiscal_yr", "service_id", "service_name_en", "service_name_fr", "service_standard_id",
    "service_standard_en", "service_standard_fr", "type", "channel", "channel_comments_en",
    "channel_comments_fr", "target", "volume_meeting_target", "total_volume", "performance",
    "comments_en", "comments_fr", "target_met", "standards_targets_uri_en",
    "standards_targets_uri_fr", "performance_results_uri_en", "performance_results_uri_fr",
    "owner_org", "owner_org_title",
)

# Les normes 2017-2018, résultats par trimestre (numéros de service propres à chaque ministère).
TRIMESTRES = ("q1", "q2", "q3", "q4")
COLONNES_NORMES_2017_2018 = (
    "owner_org", "fiscal_yr", "service_id", "service_std_id", "service_std_en", "service_std_fr",
    "service_std_url_en", "service_std_url_fr", "service_std_type", "service_std_target",
    "gcss_tool_fiscal_yr", "realtime_result_url_en", "realtime_result_url_fr",
    *(f"{q}_{c}" for q in TRIMESTRES for c in ("performance_result", "business_volume")),
    "harmonized_service_id", "owner_org_title", "performance",
)

# Les normes 2017-2020 (numéros de service communs à tout le gouvernement).
COLONNES_NORMES_2017_2020 = (
    "fiscal_yr", "service_id", "service_name_en", "service_name_fr", "service_std_id", "service_std_en",
    "service_std_fr", "service_std_url_en", "service_std_url_fr", "service_std_type", "target_type",
    "service_std_target", "volume_meeting_target", "total_volume", "performance", "gcss_tool_fiscal_yr",
    "channel", "standard_channel_comment_en", "standard_channel_comment_fr", "standard_comment_en",
    "standard_comment_fr", "realtime_result_url_en", "realtime_result_url_fr", "department_name_en",
    "department_name_fr",
)

# Les éléments du tableau 5 que le fichier du répertoire (format actuel) n'a aucune colonne pour
# dire : un service importé ne peut pas les avoir; ils sont « à compléter » dans l'application
# (une suggestion du contrôle de la qualité), jamais une erreur du fichier. Les normes et les
# cibles viennent du fichier des normes, s'il est importé; les extrants par mode n'y sont pas.
ELEMENTS_SANS_COLONNE = ("secteur_responsabilite", "instruments_habilitants", "proprietaire", "ententes",
                         "normes_service", "cibles_rendement")

# format -> colonnes ; le format se reconnaît à l'en-tête
FORMATS = {
    "actuel": COLONNES_ACTUELLES,
    "2016": COLONNES_2016,
    "2016_37": COLONNES_2016_37,
    "2016_2018": COLONNES_2016_2018,
    "normes": COLONNES_NORMES,
    "normes_2017_2018": COLONNES_NORMES_2017_2018,
    "normes_2017_2020": COLONNES_NORMES_2017_2020,
}
FORMATS_NORMES = frozenset({"normes", "normes_2017_2018", "normes_2017_2020"})
# Les formats où un numéro de service n'est unique que dans son ministère : le service s'y
# reconnaît à « ministère-numéro » (owner_org, puis le numéro du fichier), comme le faisaient
# les identifiants harmonisés de l'époque (« aafc-aac-01 »).
FORMATS_ID_PAR_MINISTERE = frozenset({"2016_2018", "normes_2017_2018"})

# Les colonnes d'un format ancien qui ont leur équivalent dans le format actuel.
EQUIVALENTS_2016 = {
    "calls_received": "num_phone_enquiries",
    "web_visits_info_service": "num_website_visits",
    "other_applications": "num_applications_by_other",
    "use_of_sin": "sin_usage",
    "cra_business_number": "cra_bn_identifier_usage",
    "service_url_en": "service_uri_en",
    "service_url_fr": "service_uri_fr",
    "department_name_en": "owner_org_title",
    "client_feedback": "client_feedback_channel",
}
EQUIVALENTS = {
    "2016": EQUIVALENTS_2016,
    "2016_37": EQUIVALENTS_2016,
    "2016_2018": {
        **{c: v for c, v in EQUIVALENTS_2016.items() if c != "department_name_en"},
        "email_applications": "num_applications_by_email",
        "fax_applications": "num_applications_by_fax",
        "program_id_code": "program_id",
    },
}
# Les colonnes anciennes que les éléments convertissent (portée, points d'interaction, modes) :
# leur contenu ressort dans la colonne actuelle de l'élément.
ELEMENTS_ANCIENS = {
    "external_internal": "service_scope",
    "e_registration": "os_account_registration", "e_authentication": "os_authentication",
    "e_application": "os_application", "e_decision": "os_decision", "e_issuance": "os_issuance",
    "e_feedback": "os_issue_resolution_feedback",
    "online_applications": "num_applications_online", "telephone_applications": "num_applications_by_phone",
    "in_person_applications": "num_applications_in_person", "postal_mail_applications": "num_applications_by_mail",
}

# Les normes anciennes : colonne ancienne -> colonne actuelle (24 colonnes).
NORMES_EQUIVALENTS = {
    "service_std_id": "service_standard_id", "service_std_en": "service_standard_en",
    "service_std_fr": "service_standard_fr", "service_std_type": "type", "service_std_target": "target",
    "service_std_url_en": "standards_targets_uri_en", "service_std_url_fr": "standards_targets_uri_fr",
    "realtime_result_url_en": "performance_results_uri_en", "realtime_result_url_fr": "performance_results_uri_fr",
    "standard_channel_comment_en": "channel_comments_en", "standard_channel_comment_fr": "channel_comments_fr",
    "standard_comment_en": "comments_en", "standard_comment_fr": "comments_fr",
    "department_name_en": "owner_org_title",
}

# --- les codes -----------------------------------------------------------------------------
# Élément 10 (portée). Les services internes et les services « cluster » n'ont pas d'équivalent
# exact dans la ligne directrice : ils comptent comme internes, et le code d'origine est gardé.
PORTEE = {
    # « EI » (2016-2018) : externe et interne intégré à la fois; la portée est à choisir
    "ex": "externe", "extern": "externe", "external": "externe",
    "enterprise": "interne", "intern": "interne", "internal": "interne", "in": "interne",
    "cluster": "interne", "en": "interne",
}
# Le format actuel distingue le service interne (INTERN, « Service interne ») du service interne
# intégré (ENTERPRISE) : c'est le service interne (non intégré) de la note de l'élément 10, hors
# du calcul de 2.9.4. Dans le gabarit 2016-2020, « intern » était l'interne intégré.
PORTEE_ACTUELLE = {**PORTEE, "intern": "interne_non_integre"}
PORTEE_VERS_FICHIER = {"externe": "EXTERN", "interne": "ENTERPRISE", "interne_non_integre": "INTERN"}

# Élément 3 (type). Les types du format actuel regroupent autrement que l'annexe 1C : seuls
# ceux qui tombent dans un seul type de l'annexe sont convertis; « CER » (soins : ressources;
# éducation, loisirs : rencontres) reste à choisir.
TYPE = {
    # format actuel
    "apir": "conformite", "gnc": "ressources", "info": "consultatifs", "lrp": "regles",
    "ppi": "conformite", "reg_vol": "conformite", "res": "ressources",
    # gabarit 2016-2020
    "acq": "acquisition", "adv": "consultatifs", "comm": "communication", "ecu": "rencontres",
    "fm": "finances", "hr": "rh", "im": "gi", "its": "ti", "legal": "juridiques",
    "mgnt": "surveillance", "mat": "materiel", "reg": "conformite", "prop": "immobiliers",
    "rule": "regles",
    # répertoire 2016-2018 (schéma recombinant)
    "ac": "acquisition", "ad": "consultatifs", "com": "communication", "ed": "rencontres",
    "fin": "finances", "hvrt": "conformite", "it": "ti", "leg": "juridiques", "man": "surveillance",
    "rp": "immobiliers", "ru": "regles",
}
PORTEES_MIXTES = {"ei"}
TYPES_AMBIGUS = {"cer"}
TYPE_VERS_FICHIER = {
    "ressources": "RES", "consultatifs": "INFO", "rencontres": "CER", "conformite": "APIR",
    "regles": "LRP",
}

# Élément 4 (gabarit 2016-2020 seulement).
DESIGNATION = {"prior": "prioritaire", "crit": "critique", "essent": "essentiel"}
SANS_DESIGNATION = {"non", "none", ""}
# Le répertoire 2016-2018 code chaque combinaison de désignations par un chiffre.
DESIGNATIONS_2016_2018 = {
    "1": ("prioritaire",), "2": ("critique",), "3": ("essentiel",), "4": ("prioritaire", "critique"),
    "5": ("prioritaire", "essentiel"), "6": ("critique", "essentiel"),
    "7": ("prioritaire", "critique", "essentiel"), "8": (),
}

# Élément 13.
GROUPE = {
    "person": "particuliers", "persons": "particuliers", "ngo": "institutions",
    "econom": "entreprises", "for": "etrangeres", "ptc": "provinces",
    "intern_gov": "interne_gouvernement", "env": "environnement",
    # répertoire 2016-2018
    "pp": "particuliers", "io": "institutions", "es": "entreprises", "fe": "etrangeres",
    "ig": "interne_gouvernement", "enviro": "environnement",
}
GROUPE_VERS_FICHIER = {
    "particuliers": "PERSON", "institutions": "NGO", "entreprises": "ECONOM", "etrangeres": "FOR",
    "provinces": "PTC", "interne_gouvernement": "INTERN_GOV", "environnement": "ENV",
}

# Oui / non / sans objet.
OUI_NON_SO = {"y": "oui", "yes": "oui", "oui": "oui", "n": "non", "no": "non", "non": "non",
              "na": "so", "n/a": "so", "so": "so", "s.o.": "so"}
VERS_FICHIER_OUI_NON_SO = {"oui": "Y", "non": "N", "so": "NA"}

# Élément 18 : les six points d'interaction.
POINTS = {
    "inscription": ("os_account_registration", "e_registration"),
    "authentification": ("os_authentication", "e_authentication"),
    "demande": ("os_application", "e_application"),
    "decision": ("os_decision", "e_decision"),
    "delivrance": ("os_issuance", "e_issuance"),
    "retroaction": ("os_issue_resolution_feedback", "e_feedback"),
}

# Élément 14 : les demandes par mode (format actuel, gabarit 2016-2020).
MODES = {
    "en_ligne": ("num_applications_online", "online_applications"),
    "en_personne": ("num_applications_in_person", "in_person_applications"),
    "telephone": ("num_applications_by_phone", "telephone_applications"),
    "poste": ("num_applications_by_mail", "postal_mail_applications"),
}
# Les autres modes du fichier (courriel, télécopieur, autres) : hors des quatre modes de
# l'élément 14, gardés tels quels et comptés comme « autres » au tableau de bord.
AUTRES_DEMANDES = ("num_applications_by_email", "num_applications_by_fax", "num_applications_by_other")

NON_DISPONIBLE = {"nd", "n/d", "n.d."}
SANS_OBJET = {"na", "n/a", "s.o.", "so", "n.a."}

# Colonnes numériques (entiers) des fichiers, pour la validation.
NUMERIQUES = {
    "num_phone_enquiries", "num_applications_by_phone", "num_website_visits",
    "num_applications_online", "num_applications_in_person", "num_applications_by_mail",
    "num_applications_by_email", "num_applications_by_fax", "num_applications_by_other",
    "num_applications_total", "calls_received", "web_visits_info_service", "online_applications",
    "telephone_applications", "in_person_applications", "postal_mail_applications",
    "other_applications",
}

# Normes de service (24 colonnes; 2017-2020 : time, accur, acces, oth).
TYPES_NORME = {"acs": "ACS", "acy": "ACY", "oth": "OTH", "tml": "TML",
               "time": "TML", "accur": "ACY", "acces": "ACS"}
CANAUX = {"eml": "EML", "fax": "FAX", "onl": "ONL", "oth": "OTH", "person": "PERSON",
          "pp": "PERSON", "post": "POST", "tel": "TEL"}
# Les normes 2017-2020 disent aussi « aucun mode » ou « ne s'applique pas » : pas de mode.
SANS_CANAL = {"non", "na", "nd", "n/a"}

# Les codes de chaque colonne codée du format actuel (dictionnaire publié) : à l'export, une
# valeur d'origine qui n'en est pas (un code d'une autre époque) ne ressort pas dans la colonne.
CODES_ACTUELS = {
    "service_type": {"APIR", "CER", "GNC", "INFO", "LRP", "PPI", "REG_VOL", "RES"},
    "service_recipient_type": {"CLIENT", "SOCIETY"},
    "service_scope": {"CLUSTER", "ENTERPRISE", "EXTERN", "INTERN"},
    "client_target_groups": {"ECONOM", "FOR", "INTERN_GOV", "NGO", "PERSON", "PTC"},
    "client_feedback_channel": {"EML", "FAX", "NON", "ONL", "OTH", "PERSON", "POST", "TEL"},
    **{c: {"N", "Y"} for c in ("automated_decision_system", "service_fee")},
    **{c: {"N", "NA", "Y"} for c in ("os_account_registration", "os_authentication", "os_application",
                                     "os_decision", "os_issuance", "os_issue_resolution_feedback",
                                     "sin_usage", "cra_bn_identifier_usage")},
}
CODES_ACTUELS_NORMES = {
    "type": {"ACS", "ACY", "OTH", "TML"},
    "channel": {"EML", "FAX", "ONL", "OTH", "PERSON", "POST", "TEL"},
    "target_met": {"N", "NA", "Y"},
}
# Les codes anciens des colonnes sans élément, vers le code actuel (à l'import d'un format ancien).
VERS_CODES_ACTUELS = {
    "client_feedback_channel": {"onl": "ONL", "tel": "TEL", "ip": "PERSON", "person": "PERSON", "pp": "PERSON",
                                "eml": "EML", "fax": "FAX", "post": "POST", "oth": "OTH", "none": "NON",
                                "non": "NON"},
    **{c: {"y": "Y", "n": "N", "na": "NA"} for c in ("sin_usage", "cra_bn_identifier_usage")},
}

LIBELLES_TYPES_NORME = {
    "ACS": ("Accès", "Access"), "ACY": ("Exactitude", "Accuracy"), "OTH": ("Autre", "Other"),
    "TML": ("Délai", "Timeliness"),
}
LIBELLES_CANAUX = {
    "EML": ("Courriel", "Email"), "FAX": ("Télécopieur", "Fax"), "ONL": ("En ligne", "Online"),
    "OTH": ("Autre option qui n'est pas sur la liste", "Other channel not listed"),
    "PERSON": ("En personne", "In-Person"), "POST": ("Courrier postal", "Postal Mail"),
    "TEL": ("Téléphone", "Telephone"),
}
