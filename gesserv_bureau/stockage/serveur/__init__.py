"""Le mode ministère : le répertoire d'un ministère dans une base PostgreSQL partagée.

- ``connexion`` : de l'adresse libpq (``postgresql://…``, ``service=…``) au moteur SQLAlchemy
  (pilote psycopg 3; le mot de passe vient de libpq — ``PGPASSFILE``, Kerberos — ou d'une
  saisie, jamais gardé), et les erreurs du serveur dites en clair (:class:`ErreurServeur`);
- ``migrations`` : l'environnement Alembic et ses révisions (le schéma 13, puis les droits :
  rôles, sécurité par ligne selon les secteurs, approbation réservée, journal, révisions, avis);
- ``installation`` : créer le schéma et les rôles (``initialiser``), donner un rôle à une personne;
- ``transfert`` : verser une base SQLite d'un poste dans le serveur, tout ou rien;
- ``enregistrement`` : lire et enregistrer une fiche avec sa révision (jamais d'écrasement muet);
- ``avis`` : écouter les modifications des autres (LISTEN/NOTIFY);
- ``emport`` : emporter hors ligne dans une base SQLite, renvoyer (le SQL des deux côtés);
- ``adresse`` : reconnaître une adresse de serveur, et une base emportée, sans rien charger.

Rien ici n'est chargé quand la base est un fichier SQLite : SQLAlchemy et psycopg ne le sont qu'en
mode ministère.
"""
