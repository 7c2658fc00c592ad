"""Les droits du mode ministère, tenus par le serveur lui-même (pas seulement par l'interface) :

- quatre rôles PostgreSQL emboîtés : ``gesserv_lecteur`` (lire, exporter), ``gesserv_redacteur``
  (modifier les services des secteurs qui lui sont accordés, table ``droit_secteur``; ``*`` : tous),
  ``gesserv_approbateur`` (approuver, et seul à toucher ce qui est approuvé),
  ``gesserv_administrateur`` (tous les secteurs, les réglages du ministère, les droits);
- la sécurité par ligne (RLS) : une ligne nouvelle ou modifiée doit appartenir à un secteur accordé,
  et une ligne d'un autre secteur ne peut être ni modifiée ni supprimée (erreur 42501, jamais un
  refus muet);
- une révision par fiche (``revision``) : le serveur l'augmente à chaque modification et refuse
  (``GS001``) l'enregistrement de qui dit avoir lu une autre révision que la sienne;
- le journal : chaque modification y est écrite par le serveur avec la connexion de son auteur
  (``session_user``), colonne ``connexion`` qu'aucun client ne peut forger; le journal ne se
  modifie ni ne s'efface;
- les avis (``NOTIFY gesserv``) : chaque modification d'un service, d'une évaluation, d'une séance,
  d'une stratégie ou d'une norme est annoncée aux autres postes.

Les rôles appartiennent à la grappe (pas à la base) : une rétrogradation retire leurs privilèges
sur cette base mais ne les supprime pas.

Revision ID: s13_droits
Revises: s13_schema
"""

from alembic import op

revision = "s13_droits"
down_revision = "s13_schema"
branch_labels = None
depends_on = None

ROLES = ("gesserv_lecteur", "gesserv_redacteur", "gesserv_approbateur", "gesserv_administrateur")
AVEC_REVISION = ("service", "evaluation", "seance", "strategie", "norme_service", "action_norme")
# table -> la condition qui dit qu'une de ses lignes est dans un secteur accordé
PAR_SECTEUR = {
    "service": "gesserv_secteur_permis(secteur_responsabilite)",
    "volume": "gesserv_service_permis(service_pk)",
    "empreinte_import": "gesserv_service_permis(service_pk)",
    "norme_service": "gesserv_service_permis(service_pk)",
    "evaluation": "gesserv_service_permis(service_pk)",
    "resultat_norme": "gesserv_norme_permise(norme_pk)",
    "action_norme": "gesserv_norme_permise(norme_pk)",
    "initiative": "gesserv_evaluation_permise(evaluation_pk)",
}
ECRITES_PAR_REDACTEUR = (*PAR_SECTEUR, "seance", "strategie", "exercice")
REGLAGES = ("parametre", "ponderation_1b", "critere_1b", "droit_secteur")
JOURNALISEES = (*PAR_SECTEUR, "seance", "strategie", "exercice", *REGLAGES)
AVISEES = ("service", "evaluation", "seance", "strategie", "norme_service")
APPROUVABLES = ("evaluation", "seance", "strategie")

FONCTIONS = r"""
CREATE FUNCTION gesserv_secteur_permis(s text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT pg_has_role(session_user, 'gesserv_administrateur', 'MEMBER')
      OR EXISTS (SELECT 1 FROM droit_secteur d WHERE d.connexion = session_user AND (d.secteur = s OR d.secteur = '*'))
$$;
CREATE FUNCTION gesserv_service_permis(p bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p IS NULL OR gesserv_secteur_permis((SELECT secteur_responsabilite FROM service WHERE pk = p))
$$;
CREATE FUNCTION gesserv_norme_permise(n bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT gesserv_service_permis((SELECT service_pk FROM norme_service WHERE pk = n))
$$;
CREATE FUNCTION gesserv_evaluation_permise(e bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT gesserv_service_permis((SELECT service_pk FROM evaluation WHERE pk = e))
$$;
CREATE FUNCTION gesserv_versement() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('gesserv.versement', true), '') = 'oui'
     AND pg_has_role(session_user, 'gesserv_administrateur', 'MEMBER')
$$;

-- Une ligne d'un autre secteur ne se modifie ni ne s'efface : une erreur, pas un refus muet.
CREATE FUNCTION gesserv_garde_secteur() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  permis boolean;
BEGIN
  EXECUTE format('SELECT %s FROM (SELECT ($1).*) AS ligne', TG_ARGV[0]) INTO permis USING OLD;
  IF NOT coalesce(permis, false) THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('%s : ligne d''un secteur qui n''est pas accordé à %s', TG_TABLE_NAME, session_user);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION gesserv_garde_approbation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'gesserv_approbateur', 'MEMBER')
     AND ((TG_OP <> 'INSERT' AND OLD.statut = 'approuvee') OR (TG_OP <> 'DELETE' AND NEW.statut = 'approuvee')) THEN
    RAISE EXCEPTION USING ERRCODE = 'GS002',
      MESSAGE = format('%s : seul un approbateur approuve, ou modifie ce qui est approuvé (%s)', TG_TABLE_NAME, session_user);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION gesserv_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.revision IS DISTINCT FROM OLD.revision THEN
    RAISE EXCEPTION USING ERRCODE = 'GS001',
      MESSAGE = format('%s %s : révision %s lue, %s sur le serveur', TG_TABLE_NAME, OLD.pk, NEW.revision, OLD.revision);
  END IF;
  NEW.revision := OLD.revision + 1;
  RETURN NEW;
END $$;

CREATE FUNCTION gesserv_journaliser() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  ancien jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  nouveau jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  ligne jsonb;
  champs text;
BEGIN
  IF gesserv_versement() THEN RETURN NULL; END IF;
  ligne := coalesce(nouveau, ancien);
  IF TG_OP = 'UPDATE' THEN
    SELECT string_agg(n.key, ',' ORDER BY n.key) INTO champs FROM jsonb_each(nouveau) n
     WHERE n.key NOT IN ('revision', 'modifie_le') AND n.value IS DISTINCT FROM ancien -> n.key;
    IF champs IS NULL THEN RETURN NULL; END IF;
  END IF;
  INSERT INTO journal (horodatage, utilisateur, action, entite, cle, champ)
  VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'), session_user,
          'serveur_' || lower(TG_OP), TG_TABLE_NAME,
          coalesce(ligne ->> 'uuid', ligne ->> 'pk', ligne ->> 'service_pk', ligne ->> 'code', ligne ->> 'cle',
                   ligne ->> 'version', ligne ->> 'connexion', ''),
          coalesce(champs, ''));
  RETURN NULL;
END $$;

CREATE FUNCTION gesserv_journal_signe() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.connexion := session_user;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'le journal ne se modifie ni ne s''efface';
END $$;

CREATE FUNCTION gesserv_aviser() RETURNS trigger
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


def upgrade() -> None:
    x = op.execute
    for table in AVEC_REVISION:
        x(f"ALTER TABLE {table} ADD COLUMN revision BIGINT NOT NULL DEFAULT 1")
    x("ALTER TABLE journal ADD COLUMN connexion TEXT NOT NULL DEFAULT session_user")
    x("CREATE TABLE droit_secteur (connexion TEXT NOT NULL, secteur TEXT NOT NULL, PRIMARY KEY (connexion, secteur))")
    x("DO $$ DECLARE r text; BEGIN FOREACH r IN ARRAY ARRAY['" + "','".join(ROLES) + "'] LOOP "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
      "END IF; END LOOP; END $$")
    for petit, grand in zip(ROLES, ROLES[1:]):
        x(f"GRANT {petit} TO {grand}")
    x(FONCTIONS)
    x("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    x("GRANT USAGE ON SCHEMA public TO gesserv_lecteur")
    x("GRANT SELECT ON ALL TABLES IN SCHEMA public TO gesserv_lecteur")
    x("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO gesserv_lecteur")
    x("GRANT INSERT ON journal, rapport TO gesserv_lecteur")   # exporter un rapport est consigné
    x(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ECRITES_PAR_REDACTEUR)} TO gesserv_redacteur")
    x(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(REGLAGES)} TO gesserv_administrateur")
    for table, condition in PAR_SECTEUR.items():
        x(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        x(f"CREATE POLICY lecture ON {table} FOR SELECT TO gesserv_lecteur USING (true)")
        x(f"CREATE POLICY ajout ON {table} FOR INSERT TO gesserv_redacteur WITH CHECK ({condition})")
        x(f"CREATE POLICY modification ON {table} FOR UPDATE TO gesserv_redacteur USING (true) WITH CHECK ({condition})")
        x(f"CREATE POLICY suppression ON {table} FOR DELETE TO gesserv_redacteur USING (true)")
        condition_sql = condition.replace("'", "''")
        x(f"CREATE TRIGGER garde_secteur BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
          f"EXECUTE FUNCTION gesserv_garde_secteur('{condition_sql}')")
    for table in APPROUVABLES:
        x(f"CREATE TRIGGER garde_approbation BEFORE INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
          "EXECUTE FUNCTION gesserv_garde_approbation()")
    for table in AVEC_REVISION:
        x(f"CREATE TRIGGER revision BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION gesserv_revision()")
    for table in JOURNALISEES:
        x(f"CREATE TRIGGER journaliser AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
          "EXECUTE FUNCTION gesserv_journaliser()")
    x("CREATE TRIGGER signer BEFORE INSERT OR UPDATE OR DELETE ON journal FOR EACH ROW "
      "EXECUTE FUNCTION gesserv_journal_signe()")
    for table in AVISEES:
        x(f"CREATE TRIGGER aviser AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
          "EXECUTE FUNCTION gesserv_aviser()")


def downgrade() -> None:
    x = op.execute
    for table in AVISEES:
        x(f"DROP TRIGGER aviser ON {table}")
    x("DROP TRIGGER signer ON journal")
    for table in JOURNALISEES:
        x(f"DROP TRIGGER journaliser ON {table}")
    for table in AVEC_REVISION:
        x(f"DROP TRIGGER revision ON {table}")
    for table in APPROUVABLES:
        x(f"DROP TRIGGER garde_approbation ON {table}")
    for table in PAR_SECTEUR:
        x(f"DROP TRIGGER garde_secteur ON {table}")
        for politique in ("lecture", "ajout", "modification", "suppression"):
            x(f"DROP POLICY {politique} ON {table}")
        x(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for role in ROLES:
        x(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
        x(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}")
        x(f"REVOKE USAGE ON SCHEMA public FROM {role}")
    x("DROP TABLE droit_secteur")
    for fonction in ("gesserv_aviser()", "gesserv_journal_signe()", "gesserv_journaliser()", "gesserv_revision()",
                     "gesserv_garde_approbation()", "gesserv_garde_secteur()", "gesserv_versement()",
                     "gesserv_evaluation_permise(bigint)", "gesserv_norme_permise(bigint)",
                     "gesserv_service_permis(bigint)", "gesserv_secteur_permis(text)"):
        x(f"DROP FUNCTION {fonction}")
    x("ALTER TABLE journal DROP COLUMN connexion")
    for table in AVEC_REVISION:
        x(f"ALTER TABLE {table} DROP COLUMN revision")
