"""Le journal et le registre des rapports du répertoire ministériel, lus sur le serveur : ceux de
tout le ministère (chaque modification, sous la connexion de son auteur, écrite par le serveur lui-
même; chaque rapport inscrit), pas seulement ce qu'une copie a fait depuis son emport.

``connexion`` est la seule colonne que personne ne forge (le serveur l'écrit, ``session_user``);
``utilisateur`` est ce que le poste a déclaré — le compte d'un poste dont la base a été versée, la
personne qui a emporté une copie."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Les dernières entrées d'abord (la clé primaire), puis le nom de la fiche désignée quand elle existe
# encore : un service par son numéro et son nom, une évaluation par son sujet, une séance ou une
# stratégie par son titre, une norme par son numéro (les volumes disent leur service). Le libellé
# écrit par un poste vient ensuite : il se déclare, le nom de la fiche se lit.
_JOURNAL = """
SELECT j.horodatage, j.utilisateur, j.connexion, j.action, j.entite, j.cle, j.champ, j.avant, j.apres,
       coalesce(nullif(trim(concat_ws(' ', s.service_id, coalesce(nullif(s.{nom}, ''), s.{autre}))), ''),
                e.sujet, se.titre, st.titre, n.norme_id, j.libelle, '') AS libelle
  FROM (SELECT * FROM journal ORDER BY id DESC LIMIT :limite) j
  LEFT JOIN service s ON j.entite IN ('service', 'volume', 'empreinte_import') AND s.pk::text = j.cle
  LEFT JOIN evaluation e ON j.entite = 'evaluation' AND e.uuid = j.cle
  LEFT JOIN seance se ON j.entite = 'seance' AND se.uuid = j.cle
  LEFT JOIN strategie st ON j.entite = 'strategie' AND st.uuid = j.cle
  LEFT JOIN norme_service n ON j.entite = 'norme_service' AND n.pk::text = j.cle
 ORDER BY j.id DESC
"""


def journal(c: Connection, langue: str = "fr", limite: int = 1000) -> list[dict]:
    """Les ``limite`` dernières entrées du journal du serveur, les plus récentes d'abord; un service
    nommé dans ``langue`` (l'autre langue s'il n'y a pas de nom)."""
    nom, autre = ("nom_en", "nom_fr") if langue == "en" else ("nom_fr", "nom_en")
    return [dict(r) for r in c.execute(text(_JOURNAL.format(nom=nom, autre=autre)), {"limite": limite}).mappings()]


def registre(c: Connection, limite: int = 5000) -> list[dict]:
    """Les rapports inscrits au registre du serveur, les plus récents d'abord."""
    return [dict(r) for r in c.execute(text(
        "SELECT horodatage, utilisateur, connexion, action, type, titre, langue, fichier, sha256, signataires "
        "FROM rapport ORDER BY pk DESC LIMIT :limite"), {"limite": limite}).mappings()]
