"""L'identité du répertoire ministériel : un UUID tiré une fois, à sa création.

Une base emportée hors ligne le garde; au renvoi, elle n'est renvoyée qu'au répertoire d'où elle
vient (une autre adresse peut désigner le même serveur; la même adresse, demain, un autre) :
les clés des fiches n'ont de sens que dans leur répertoire.

Revision ID: s13_identite
Revises: s13_cascade
"""

from alembic import op

revision = "s13_identite"
down_revision = "s13_cascade"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE gesserv_identite (uuid TEXT PRIMARY KEY, cree_le TEXT NOT NULL)")
    op.execute("INSERT INTO gesserv_identite (uuid, cree_le) VALUES (gen_random_uuid()::text, "
               "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"'))")
    op.execute("REVOKE ALL ON gesserv_identite FROM PUBLIC")
    op.execute("GRANT SELECT ON gesserv_identite TO gesserv_lecteur")


def downgrade() -> None:
    op.execute("DROP TABLE gesserv_identite")
