"""Les avis (``NOTIFY gesserv``) disent aussi à quel service une fiche se rattache, et les actions
des normes sont annoncées.

Une fenêtre ouverte sur une copie du répertoire ministériel compte ce que les autres changent dans
ses fiches (``interface/suivi_serveur``). Une fiche ajoutée par un autre (une évaluation d'un de
ses services, une norme, une action) n'est pas encore dans la copie : l'avis porte donc ``service``
(la clé du service de la fiche : le sien pour un service, ``service_pk`` pour une évaluation, une
norme ou une initiative, celui de la norme pour une action) et ``secteur`` (celui du service, pour
un service ajouté). Et ``action_norme``, oubliée en s13_droits, est annoncée comme les autres.

Revision ID: s14_avis
Revises: s13_identite
"""

from alembic import op

revision = "s14_avis"
down_revision = "s13_identite"
branch_labels = None
depends_on = None

AVANT = """
CREATE OR REPLACE FUNCTION gesserv_aviser() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ligne jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
  IF gesserv_versement() THEN RETURN NULL; END IF;
  PERFORM pg_notify('gesserv', json_build_object(
    'table', TG_TABLE_NAME, 'operation', lower(TG_OP), 'pk', ligne -> 'pk', 'uuid', ligne -> 'uuid',
    'revision', ligne -> 'revision', 'connexion', session_user, 'processus', pg_backend_pid())::text);
  RETURN NULL;
END $$;
"""

APRES = """
CREATE OR REPLACE FUNCTION gesserv_aviser() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ligne jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  service bigint;
  secteur text;
BEGIN
  IF gesserv_versement() THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'service' THEN
    service := (ligne ->> 'pk')::bigint;
    secteur := ligne ->> 'secteur_responsabilite';
  ELSIF TG_TABLE_NAME = 'action_norme' THEN
    SELECT n.service_pk INTO service FROM norme_service n WHERE n.pk = (ligne ->> 'norme_pk')::bigint;
  ELSIF ligne ? 'service_pk' THEN
    service := (ligne ->> 'service_pk')::bigint;
  END IF;
  PERFORM pg_notify('gesserv', json_build_object(
    'table', TG_TABLE_NAME, 'operation', lower(TG_OP), 'pk', ligne -> 'pk', 'uuid', ligne -> 'uuid',
    'revision', ligne -> 'revision', 'connexion', session_user, 'processus', pg_backend_pid(),
    'service', service, 'secteur', secteur)::text);
  RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.execute(APRES)
    op.execute("CREATE TRIGGER aviser AFTER INSERT OR UPDATE OR DELETE ON action_norme FOR EACH ROW "
               "EXECUTE FUNCTION gesserv_aviser()")


def downgrade() -> None:
    op.execute("DROP TRIGGER aviser ON action_norme")
    op.execute(AVANT)
