"""Le schéma 13 de gesserv-bureau : les mêmes tables que la base SQLite d'un poste
(``stockage/tables.py``, comparé aux migrations SQLite par ``tests/test_serveur_schema.py``).

Revision ID: s13_schema
Revises:
"""

from alembic import op

from gesserv_bureau.stockage import tables

revision = "s13_schema"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Tant que le schéma est en version 13, ``tables`` le décrit exactement; à la version 14, cette
    # révision prendra une copie figée de la version 13 (voir ``tables``).
    assert tables.VERSION == 13, "figer ici le schéma 13 avant de changer stockage/tables.py"
    tables.metadata.create_all(op.get_bind())


def downgrade() -> None:
    tables.metadata.drop_all(op.get_bind())
