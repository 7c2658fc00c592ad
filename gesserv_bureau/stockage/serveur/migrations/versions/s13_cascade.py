"""Un rédacteur supprime un service de ses secteurs avec ce qui en dépend.

Dans ``s13_droits``, la garde de secteur des lignes dépendantes (volumes, normes, évaluations,
empreintes) cherchait le secteur de leur service; quand c'est la suppression du service qui les
emporte (``ON DELETE CASCADE``), le service n'est déjà plus là, son secteur est nul, et la
suppression était refusée à tort (« ligne d'un secteur qui n'est pas accordé »). Un service qui
n'existe plus ne protège plus rien : la suppression du service, elle, a été vérifiée par sa
propre garde. Une ligne nouvelle ne peut de toute façon désigner un service absent (clé étrangère).

Revision ID: s13_cascade
Revises: s13_droits
"""

from alembic import op

revision = "s13_cascade"
down_revision = "s13_droits"
branch_labels = None
depends_on = None

_CORPS = """CREATE OR REPLACE FUNCTION gesserv_service_permis(p bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p IS NULL {absent}OR gesserv_secteur_permis((SELECT secteur_responsabilite FROM service WHERE pk = p))
$$"""


def upgrade() -> None:
    op.execute(_CORPS.format(absent="OR NOT EXISTS (SELECT 1 FROM service WHERE pk = p) "))


def downgrade() -> None:
    op.execute(_CORPS.format(absent=""))
