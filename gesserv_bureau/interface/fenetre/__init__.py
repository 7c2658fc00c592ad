"""Les morceaux de la fenêtre principale (``interface/fenetre_principale.py``), une idée par
module, réunis dans ``FenetrePrincipale`` par héritage (des classes sans état propre, placées
avant ``QMainWindow``) :

- ``disposition`` : les widgets (barre de filtre, table, place du formulaire, onglets, panneau
  du sommaire, barre d'état), la construction en deux temps, la géométrie retrouvée;
- ``barre_filtre`` : la recherche et les filtres au-dessus de la table;
- ``menus`` : les actions (raccourcis, ce qu'elles déclenchent), les menus et leurs textes;
- ``actions_fichier`` : ouvrir, créer, restaurer, copier un répertoire; importer, exporter;
- ``actions_repertoire`` : ajouter, dupliquer, supprimer un service; l'exercice suivant, les
  métadonnées, le journal, le profil, « À propos »;
- ``actions_evaluations`` : les évaluations (1A, 1B, 2A), les séances, les stratégies, les
  réglages de la 1B;
- ``actions_rapports`` : les rapports PDF, les signatures, le registre des rapports;
- ``actions_onglets`` : la qualité des données et le tableau de bord.

La fenêtre elle-même (``fenetre_principale``) garde son état, ses branchements, la langue et la
fermeture."""
