"""Le schéma de la base (version 13, ``constantes.VERSION_SCHEMA``) décrit pour SQLAlchemy Core :
les mêmes tables, colonnes, valeurs par défaut, clés, contraintes et index que ceux que les
migrations SQLite (``schema.py``) produisent — ``tests/test_serveur_schema.py`` compare les deux,
colonne par colonne.

Il sert au mode ministère (une base PostgreSQL partagée, ``stockage/serveur``) : la première
migration Alembic du serveur crée ces tables, et le transfert d'une base SQLite s'en sert pour
lire et écrire chaque table. La base SQLite du poste reste faite par ses propres migrations
(sqlite-utils) : ce module n'est pas chargé au démarrage.

Changer le schéma : une migration SQLite dans ``schema.py``, la même modification ici, et une
révision Alembic dans ``serveur/migrations/versions`` (la première révision, ``s13_schema``, garde
alors sa propre copie figée de la version 13 : elle ne doit pas créer le schéma d'après).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Column, Float, ForeignKey, Index, MetaData, Table, Text, UniqueConstraint

# Les entiers : 64 bits, comme ceux de SQLite (un volume de demandes dépasse 2³¹ dans un grand ministère).
Entier = BigInteger

VERSION = 13
metadata = MetaData()

action_norme = Table(
    "action_norme", metadata,
    Column("pk", Entier, primary_key=True),
    Column("uuid", Text, unique=True, nullable=False),
    Column("norme_pk", Entier, ForeignKey("norme_service.pk", ondelete="CASCADE"), nullable=False),
    Column("scenario", Text, nullable=False, server_default=""),
    Column("texte", Text, nullable=False),
    Column("responsable", Text, nullable=False, server_default=""),
    Column("echeance", Text, nullable=False, server_default=""),
    Column("statut", Text, nullable=False, server_default='a_faire'),
    CheckConstraint("statut IN ('a_faire','en_cours','terminee','abandonnee')"),
    Column("strategie_uuid", Text, nullable=False, server_default=""),
    Column("mesure_id", Text, nullable=False, server_default=""),
    Column("cree_le", Text, nullable=False, server_default=""),
    Column("modifie_le", Text, nullable=False, server_default=""),
    Index("action_norme_norme", 'norme_pk'),
)

critere_1b = Table(
    "critere_1b", metadata,
    Column("code", Text, primary_key=True, autoincrement=False),
    Column("rang", Entier, nullable=False),
    Column("nom_fr", Text, nullable=False, server_default=""),
    Column("nom_en", Text, nullable=False, server_default=""),
    Column("cree_le", Text, nullable=False, server_default=""),
    Column("cree_par", Text, nullable=False, server_default=""),
    Column("retire_le", Text, nullable=False, server_default=""),
    CheckConstraint("nom_fr <> '' OR nom_en <> ''"),
)

empreinte_import = Table(
    "empreinte_import", metadata,
    Column("service_pk", Entier, ForeignKey("service.pk", ondelete="CASCADE"), primary_key=True),
    Column("empreinte", Text, nullable=False),
    Column("modifie_le", Text, nullable=False),
)

evaluation = Table(
    "evaluation", metadata,
    Column("pk", Entier, primary_key=True),
    Column("uuid", Text, unique=True, nullable=False),
    Column("outil", Text, nullable=False),
    CheckConstraint("outil IN ('1A','1B','2A')"),
    Column("exercice", Text, nullable=False, server_default=""),
    Column("service_pk", Entier, ForeignKey("service.pk", ondelete="SET NULL")),
    Column("sujet", Text, nullable=False, server_default=""),
    Column("statut", Text, nullable=False, server_default='brouillon'),
    CheckConstraint("statut IN ('brouillon','terminee','approuvee')"),
    Column("auteur", Text, nullable=False, server_default=""),
    Column("cree_le", Text, nullable=False, server_default=""),
    Column("modifie_le", Text, nullable=False, server_default=""),
    Column("termine_le", Text, nullable=False, server_default=""),
    Column("approuve_le", Text, nullable=False, server_default=""),
    Column("approuve_par", Text, nullable=False, server_default=""),
    Column("edition_referentiel", Text, nullable=False, server_default='2017'),
    Column("etape", Entier, nullable=False, server_default='0'),
    Column("contenu", Text, nullable=False, server_default='{}'),
    Column("conclusion", Text),
    Column("seance_pk", Entier, ForeignKey("seance.pk", ondelete="SET NULL")),
    Column("origine_uuid", Text, nullable=False, server_default=""),
    Column("approbation", Text, nullable=False, server_default=""),
    Index("evaluation_service", 'service_pk', 'outil'),
)

exercice = Table(
    "exercice", metadata,
    Column("code", Text, primary_key=True, autoincrement=False),
    Column("gardien", Text, nullable=False, server_default=""),
    Column("derniere_revision", Text, nullable=False, server_default=""),
    Column("edition_referentiel", Text, nullable=False, server_default='2017'),
)

initiative = Table(
    "initiative", metadata,
    Column("pk", Entier, primary_key=True),
    Column("evaluation_pk", Entier, ForeignKey("evaluation.pk", ondelete="CASCADE"), nullable=False),
    Column("rang", Entier, nullable=False),
    Column("service_pk", Entier, ForeignKey("service.pk", ondelete="SET NULL")),
    Column("nom", Text, nullable=False, server_default=""),
    Column("description", Text, nullable=False, server_default=""),
    Column("avantages", Text, nullable=False, server_default=""),
    Column("couts", Text, nullable=False, server_default=""),
    Column("risques", Text, nullable=False, server_default=""),
    Column("collaboration", Text, nullable=False, server_default=""),
    UniqueConstraint('evaluation_pk', 'rang'),
)

journal = Table(
    "journal", metadata,
    Column("id", Entier, primary_key=True),
    Column("horodatage", Text, nullable=False),
    Column("utilisateur", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("entite", Text, nullable=False),
    Column("cle", Text, nullable=False, server_default=""),
    Column("libelle", Text, nullable=False, server_default=""),
    Column("champ", Text, nullable=False, server_default=""),
    Column("avant", Text),
    Column("apres", Text),
    Index("journal_entite", 'entite', 'cle'),
)

norme_service = Table(
    "norme_service", metadata,
    Column("pk", Entier, primary_key=True),
    Column("service_pk", Entier, ForeignKey("service.pk", ondelete="CASCADE"), nullable=False),
    Column("norme_id", Text, nullable=False),
    Column("norme_fr", Text, nullable=False, server_default=""),
    Column("norme_en", Text, nullable=False, server_default=""),
    Column("type_norme", Text, nullable=False, server_default=""),
    Column("canal", Text, nullable=False, server_default=""),
    Column("commentaires_canal_fr", Text, nullable=False, server_default=""),
    Column("commentaires_canal_en", Text, nullable=False, server_default=""),
    Column("cible", Float),
    Column("volume_conforme", Entier),
    CheckConstraint('volume_conforme IS NULL OR volume_conforme >= 0'),
    Column("volume_total", Entier),
    CheckConstraint('volume_total IS NULL OR volume_total >= 0'),
    Column("rendement", Float),
    Column("commentaires_fr", Text, nullable=False, server_default=""),
    Column("commentaires_en", Text, nullable=False, server_default=""),
    Column("cible_atteinte", Text),
    CheckConstraint("cible_atteinte IN ('oui','non','so')"),
    Column("url_normes_fr", Text, nullable=False, server_default=""),
    Column("url_normes_en", Text, nullable=False, server_default=""),
    Column("url_resultats_fr", Text, nullable=False, server_default=""),
    Column("url_resultats_en", Text, nullable=False, server_default=""),
    Column("donnees_ouvertes", Text, nullable=False, server_default='{}'),
    Column("modifie_le", Text, nullable=False, server_default=""),
    Column("type_cible", Text, nullable=False, server_default=""),
    Column("niveau_approbation", Text, nullable=False, server_default=""),
    Column("date_approbation", Text, nullable=False, server_default=""),
    Column("url_temps_reel_fr", Text, nullable=False, server_default=""),
    Column("url_temps_reel_en", Text, nullable=False, server_default=""),
    Column("retiree_le", Text, nullable=False, server_default=""),
    Column("mise_en_oeuvre", Entier, nullable=False, server_default='0'),
    CheckConstraint('mise_en_oeuvre IN (0, 1)'),
    UniqueConstraint('service_pk', 'norme_id'),
)

parametre = Table(
    "parametre", metadata,
    Column("cle", Text, primary_key=True, autoincrement=False),
    Column("valeur", Text, nullable=False),
)

ponderation_1b = Table(
    "ponderation_1b", metadata,
    Column("version", Entier, primary_key=True),
    CheckConstraint('version >= 1'),
    Column("definie_le", Text, nullable=False),
    Column("definie_par", Text, nullable=False, server_default=""),
    Column("poids", Text, nullable=False, server_default='{}'),
    Column("valeurs", Text, nullable=False),
    Column("seuils", Text, nullable=False),
    Column("retiree_le", Text, nullable=False, server_default=""),
    Column("retiree_par", Text, nullable=False, server_default=""),
)

rapport = Table(
    "rapport", metadata,
    Column("pk", Entier, primary_key=True),
    Column("horodatage", Text, nullable=False),
    Column("utilisateur", Text, nullable=False, server_default=""),
    Column("action", Text, nullable=False),
    CheckConstraint("action IN ('export','signature')"),
    Column("type", Text, nullable=False, server_default=""),
    Column("titre", Text, nullable=False, server_default=""),
    Column("langue", Text, nullable=False, server_default=""),
    Column("fichier", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("signataires", Text, nullable=False, server_default='[]'),
)

resultat_norme = Table(
    "resultat_norme", metadata,
    Column("pk", Entier, primary_key=True),
    Column("norme_pk", Entier, ForeignKey("norme_service.pk", ondelete="CASCADE"), nullable=False),
    Column("periode", Text, nullable=False),
    CheckConstraint("periode IN ('T1','T2','T3','T4')"),
    Column("volume_conforme", Entier),
    CheckConstraint('volume_conforme IS NULL OR volume_conforme >= 0'),
    Column("volume_total", Entier),
    CheckConstraint('volume_total IS NULL OR volume_total >= 0'),
    Column("modifie_le", Text, nullable=False, server_default=""),
    UniqueConstraint('norme_pk', 'periode'),
    CheckConstraint('volume_conforme IS NULL OR volume_total IS NULL OR volume_conforme <= volume_total'),
)

seance = Table(
    "seance", metadata,
    Column("pk", Entier, primary_key=True),
    Column("uuid", Text, unique=True, nullable=False),
    Column("titre", Text, nullable=False, server_default=""),
    Column("date", Text, nullable=False, server_default=""),
    Column("exercice", Text, nullable=False, server_default=""),
    Column("participants", Text, nullable=False, server_default='[]'),
    Column("services", Text, nullable=False, server_default='[]'),
    Column("position", Entier, nullable=False, server_default='0'),
    Column("statut", Text, nullable=False, server_default='brouillon'),
    CheckConstraint("statut IN ('brouillon','terminee','approuvee')"),
    Column("auteur", Text, nullable=False, server_default=""),
    Column("cree_le", Text, nullable=False, server_default=""),
    Column("modifie_le", Text, nullable=False, server_default=""),
    Column("approuve_le", Text, nullable=False, server_default=""),
    Column("approuve_par", Text, nullable=False, server_default=""),
    Column("approbation", Text, nullable=False, server_default=""),
    Column("edition_referentiel", Text, nullable=False, server_default='2017'),
)

service = Table(
    "service", metadata,
    Column("pk", Entier, primary_key=True),
    Column("exercice", Text, ForeignKey("exercice.code", onupdate="CASCADE"), nullable=False),
    Column("service_id", Text, nullable=False, server_default=""),
    Column("nom_fr", Text, nullable=False, server_default=""),
    Column("nom_en", Text, nullable=False, server_default=""),
    Column("type_service", Text),
    Column("designations", Text, nullable=False, server_default='[]'),
    Column("description_fr", Text, nullable=False, server_default=""),
    Column("description_en", Text, nullable=False, server_default=""),
    Column("secteur_responsabilite", Text, nullable=False, server_default=""),
    Column("instruments_habilitants", Text, nullable=False, server_default=""),
    Column("programme_nom_fr", Text, nullable=False, server_default=""),
    Column("programme_nom_en", Text, nullable=False, server_default=""),
    Column("programme_id", Text, nullable=False, server_default=""),
    Column("portee", Text),
    CheckConstraint("portee IN ('externe','interne')"),
    Column("proprietaire", Text, nullable=False, server_default=""),
    Column("ententes", Text),
    CheckConstraint("ententes IN ('oui','non','so')"),
    Column("groupes_clients", Text, nullable=False, server_default='[]'),
    Column("frais", Text),
    CheckConstraint("frais IN ('oui','non')"),
    Column("normes_service", Text),
    CheckConstraint("normes_service IN ('oui','non')"),
    Column("cibles_rendement", Text),
    CheckConstraint("cibles_rendement IN ('oui','non')"),
    Column("pi_inscription", Text),
    CheckConstraint("pi_inscription IN ('oui','non','so')"),
    Column("pi_authentification", Text),
    CheckConstraint("pi_authentification IN ('oui','non','so')"),
    Column("pi_demande", Text),
    CheckConstraint("pi_demande IN ('oui','non','so')"),
    Column("pi_decision", Text),
    CheckConstraint("pi_decision IN ('oui','non','so')"),
    Column("pi_delivrance", Text),
    CheckConstraint("pi_delivrance IN ('oui','non','so')"),
    Column("pi_retroaction", Text),
    CheckConstraint("pi_retroaction IN ('oui','non','so')"),
    Column("a_completer", Entier, nullable=False, server_default='0'),
    Column("edition_referentiel", Text, nullable=False, server_default='2017'),
    Column("modifie_le", Text, nullable=False, server_default=""),
    Column("justification_exclusion", Text, nullable=False, server_default=""),
    Column("donnees_ouvertes", Text, nullable=False, server_default='{}'),
    Column("exclu_calcul", Entier, nullable=False, server_default='0'),
    CheckConstraint('exclu_calcul IN (0, 1)'),
    Column("justifications_so", Text, nullable=False, server_default='{}'),
    Column("service_interne", Entier, nullable=False, server_default='0'),
    CheckConstraint('service_interne IN (0, 1)'),
    Column("etat_demande_temps_reel", Text),
    CheckConstraint("etat_demande_temps_reel IN ('oui','non','so')"),
    Index("service_exercice", 'exercice', 'service_id'),
)

strategie = Table(
    "strategie", metadata,
    Column("pk", Entier, primary_key=True),
    Column("uuid", Text, unique=True, nullable=False),
    Column("titre", Text, nullable=False, server_default=""),
    Column("version", Entier, nullable=False, server_default='1'),
    Column("type", Text, nullable=False, server_default='strategie'),
    CheckConstraint("type IN ('strategie','mise_a_jour')"),
    Column("statut", Text, nullable=False, server_default='brouillon'),
    CheckConstraint("statut IN ('brouillon','approuvee')"),
    Column("exercice", Text, nullable=False, server_default=""),
    Column("origine_uuid", Text, nullable=False, server_default=""),
    Column("reference_uuid", Text, nullable=False, server_default=""),
    Column("auteur", Text, nullable=False, server_default=""),
    Column("cree_le", Text, nullable=False, server_default=""),
    Column("modifie_le", Text, nullable=False, server_default=""),
    Column("approuve_le", Text, nullable=False, server_default=""),
    Column("approuve_par", Text, nullable=False, server_default=""),
    Column("edition_referentiel", Text, nullable=False, server_default='2017'),
    Column("contenu", Text, nullable=False, server_default='{}'),
    Column("approbation", Text, nullable=False, server_default=""),
    Column("emplacement", Text, nullable=False, server_default=""),
    Column("approbation_originale_le", Text, nullable=False, server_default=""),
    Column("derniere_mise_a_jour_le", Text, nullable=False, server_default=""),
)

volume = Table(
    "volume", metadata,
    Column("service_pk", Entier, ForeignKey("service.pk", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("mode", Text, primary_key=True, autoincrement=False),
    Column("etat", Text, autoincrement=False),
    CheckConstraint("etat IN ('donnees','non_disponible','sans_objet')"),
    Column("demandes", Entier, autoincrement=False),
    CheckConstraint('demandes IS NULL OR demandes >= 0'),
    Column("extrants", Entier, autoincrement=False),
    CheckConstraint('extrants IS NULL OR extrants >= 0'),
)


# L'ordre où remplir les tables (les tables référencées avant celles qui les référencent).
ORDRE = tuple(t.name for t in metadata.sorted_tables)
