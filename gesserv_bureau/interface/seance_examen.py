"""La séance d'examen du groupe de travail (2.4.4) : ce module ne fait que ré-exporter le
paquet ``interface/seances/``, où chaque idée a son module :

- ``preparation`` : :class:`DialogueSeances`, la préparation des séances (la liste, l'éditeur,
  l'examen d'un service dans une fenêtre ordinaire, l'approbation, le procès-verbal);
- ``liste`` : la liste des séances; ``editeur`` : la séance choisie (titre, date);
  ``participants`` : qui est là et pour quel domaine; ``ordre_du_jour`` : les services retenus
  et leur ordre;
- ``projection`` : :class:`VueSeance`, la vue de réunion au projecteur; ``bandeau`` : l'ordre
  du jour en haut de la vue; ``sommaire`` : le procès-verbal à l'écran;
- ``commun`` : les états en toutes lettres, la date longue, les grands caractères.
"""

from __future__ import annotations

from gesserv_bureau.interface.seances.commun import (
    FACTEUR_PROJECTEUR,
    STATUTS_SEANCE,
    agrandir,
    date_longue,
    etat_examen,
    examen_fini,
    examen_vierge,
    preparer_examen,
    statut_examen,
    statut_seance,
)
from gesserv_bureau.interface.seances.preparation import DialogueSeances
from gesserv_bureau.interface.seances.projection import VueSeance

__all__ = [
    "FACTEUR_PROJECTEUR", "STATUTS_SEANCE", "DialogueSeances", "VueSeance", "agrandir", "date_longue",
    "etat_examen", "examen_fini", "examen_vierge", "preparer_examen", "statut_examen", "statut_seance",
]
