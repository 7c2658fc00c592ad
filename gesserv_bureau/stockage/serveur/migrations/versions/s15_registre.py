"""Le registre des rapports dit, comme le journal, qui a inscrit chaque rapport : la colonne
``connexion``, écrite par le serveur lui-même (``session_user``) quoi que le poste envoie. Tout rôle
peut inscrire un rapport (exporter est consigné), et la colonne ``utilisateur`` est celle que le
poste déclare : seule ``connexion`` ne se forge pas. Le registre ne se modifie ni ne s'efface; un
index sert à retrouver ce qu'une connexion a déjà inscrit (un renvoi dont le poste n'a pas vu la fin).

Revision ID: s15_registre
Revises: s14_avis
"""

from alembic import op

revision = "s15_registre"
down_revision = "s14_avis"
branch_labels = None
depends_on = None

FONCTION = r"""
CREATE FUNCTION gesserv_registre_signe() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.connexion := session_user;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'le registre des rapports ne se modifie ni ne s''efface';
END $$;
"""


def upgrade() -> None:
    x = op.execute
    # les rapports déjà inscrits : par la connexion qu'ils déclarent (rien de mieux n'est su d'eux)
    x("ALTER TABLE rapport ADD COLUMN connexion TEXT")
    x("UPDATE rapport SET connexion = utilisateur")
    x("ALTER TABLE rapport ALTER COLUMN connexion SET NOT NULL, ALTER COLUMN connexion SET DEFAULT session_user")
    x("CREATE INDEX rapport_connexion ON rapport (connexion, sha256)")
    x(FONCTION)
    x("CREATE TRIGGER signer BEFORE INSERT OR UPDATE OR DELETE ON rapport FOR EACH ROW "
      "EXECUTE FUNCTION gesserv_registre_signe()")


def downgrade() -> None:
    x = op.execute
    x("DROP TRIGGER signer ON rapport")
    x("DROP FUNCTION gesserv_registre_signe()")
    x("DROP INDEX rapport_connexion")
    x("ALTER TABLE rapport DROP COLUMN connexion")
