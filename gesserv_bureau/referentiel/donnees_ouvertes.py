"""Le format des données ouvertes du Répertoire des services du GC (open.canada.ca) : les
colonnes de chaque époque et la correspondance de leurs codes avec les éléments de la ligne
directrice.

Sources : le dictionnaire de données publié (``service`` 46 champs, ``service-std`` 24 champs)
et le gabarit 2016-2020 (39 colonnes, variante de 37). Les graphies de chaque époque
(``EX`` / ``extern`` / ``EXTERN``…) sont reconnues sans égard à la casse.
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

COLONNES_NORMES = (
    "fiscal_yr", "service_id", "service_name_en", "service_name_fr", "service_standard_id",
    "service_standard_en", "service_standard_fr", "type", "channel", "channel_comments_en",
    "channel_comments_fr", "target", "volume_meeting_target", "total_volume", "performance",
    "comments_en", "comments_fr", "target_met", "standards_targets_uri_en",
    "standards_targets_uri_fr", "performance_results_uri_en", "performance_results_uri_fr",
    "owner_org", "owner_org_title",
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
    "normes": COLONNES_NORMES,
}

# --- les codes -----------------------------------------------------------------------------
# Élément 10 (portée). Les services internes et les services « cluster » n'ont pas d'équivalent
# exact dans la ligne directrice : ils comptent comme internes, et le code d'origine est gardé.
PORTEE = {
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
}
TYPES_AMBIGUS = {"cer"}
TYPE_VERS_FICHIER = {
    "ressources": "RES", "consultatifs": "INFO", "rencontres": "CER", "conformite": "APIR",
    "regles": "LRP",
}

# Élément 4 (gabarit 2016-2020 seulement).
DESIGNATION = {"prior": "prioritaire", "crit": "critique", "essent": "essentiel"}
SANS_DESIGNATION = {"non", "none", ""}

# Élément 13.
GROUPE = {
    "person": "particuliers", "persons": "particuliers", "ngo": "institutions",
    "econom": "entreprises", "for": "etrangeres", "ptc": "provinces",
    "intern_gov": "interne_gouvernement", "env": "environnement",
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

# Normes de service (24 colonnes).
TYPES_NORME = {"acs": "ACS", "acy": "ACY", "oth": "OTH", "tml": "TML"}
CANAUX = {"eml": "EML", "fax": "FAX", "onl": "ONL", "oth": "OTH", "person": "PERSON",
          "pp": "PERSON", "post": "POST", "tel": "TEL"}

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
