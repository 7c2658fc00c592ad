"""Le journal et le registre des rapports du répertoire ministériel, lus sur le serveur : ceux de
tout le ministère (chaque modification, sous la connexion de son auteur, écrite par le serveur lui-
même; chaque rapport inscrit), pas seulement ce qu'une copie a fait depuis son emport."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Le nom de la fiche désignée par une entrée, quand elle existe encore : un service par son numéro et
# son nom, une évaluation par son sujet, une séance ou une stratégie par son titre, une norme par son
# numéro (les volumes disent leur service). Une fiche supprimée depuis garde sa clé.
_JOURNAL = text("""
SELECT j.horodatage, j.utilisateur, j.action, j.entite, j.cle, j.champ, j.avant, j.apres,
       coalesce(nullif(j.libelle, ''),
                nullif(trim(concat_ws(' ', s.service_id, coalesce(nullif(s.nom_fr, ''), s.nom_en))), ''),
                e.sujet, se.titre, st.titre, n.norme_id, '') AS libelle
  FROM journal j
  LEFT JOIN service s ON j.entite IN ('service', 'volume', 'empreinte_import') AND j.cle = s.pk::text
  LEFT JOIN evaluation e ON j.entite = 'evaluation' AND j.cle = e.uuid
  LEFT JOIN seance se ON j.entite = 'seance' AND j.cle = se.uuid
  LEFT JOIN strategie st ON j.entite = 'strategie' AND j.cle = st.uuid
  LEFT JOIN norme_service n ON j.entite = 'norme_service' AND j.cle = n.pk::text
 ORDER BY j.id DESC
 LIMIT :limite
""")


def journal(c: Connection, limite: int = 1000) -> list[dict]:
    """Les ``limite`` dernières entrées du journal du serveur, les plus récentes d'abord."""
    return [dict(r) for r in c.execute(_JOURNAL, {"limite": limite}).mappings()]


def registre(c: Connection, limite: int = 5000) -> list[dict]:
    """Les rapports inscrits au registre du serveur, les plus récents d'abord."""
    return [dict(r) for r in c.execute(text(
        "SELECT horodatage, utilisateur, action, type, titre, langue, fichier, sha256, signataires "
        "FROM rapport ORDER BY pk DESC LIMIT :limite"), {"limite": limite}).mappings()]
