"""La séance d'examen du groupe de travail (2.4.4, étapes 1 à 3) : qui est là et pour quel
domaine, les services prioritaires à examiner et dans quel ordre, puis l'examen de chacun avec
l'outil 2A, à tour de rôle, les décisions (question 10) et les initiatives saisies en direct.

Deux fenêtres, une idée par module :

- ``preparation`` : ``DialogueSeances`` prépare les séances et ouvre l'examen d'un service dans
  une fenêtre ordinaire, la vue de réunion, l'approbation et le procès-verbal; il réunit
  ``liste`` (les séances), ``editeur`` (la séance choisie : titre, date, exercice),
  ``participants`` (qui est là, pour quel domaine) et ``ordre_du_jour`` (les services retenus,
  leur ordre, l'état de leur examen);
- ``projection`` : ``VueSeance``, la vue de réunion pour un portable branché sur un projecteur
  (plein écran, grands caractères, un service à la fois, tout au clavier); ``bandeau`` : l'ordre
  du jour toujours visible en haut (l'état de chaque examen écrit en toutes lettres, la couleur
  ne fait que l'appuyer); ``sommaire`` : le procès-verbal à l'écran, après le dernier service;
- ``commun`` : l'étape de la séance et l'état des examens en toutes lettres, la date longue,
  la langue suivie, l'assistant 2A mis en place pour une séance.

Les règles du cycle de vie (terminée, redevenue brouillon, figée une fois approuvée) sont dans
``gesserv_bureau.domaine.seances``; chaque saisie est écrite tout de suite par les cas
d'utilisation (``gesserv_bureau.cas.seances_examen``, ``cas.evaluer``) : il n'y a pas de bouton
« Enregistrer » à oublier.

``interface/seance_examen.py`` ré-exporte ``DialogueSeances`` et ``VueSeance``."""
