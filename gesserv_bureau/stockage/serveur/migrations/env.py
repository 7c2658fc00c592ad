"""L'environnement Alembic : la connexion vient de l'appelant (``installation.initialiser``),
toutes les révisions dans une seule transaction (PostgreSQL la fait aussi pour le DDL : une
migration interrompue ne laisse rien)."""

from alembic import context

from gesserv_bureau.stockage import tables

connexion = context.config.attributes["connexion"]
context.configure(connection=connexion, target_metadata=tables.metadata, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
