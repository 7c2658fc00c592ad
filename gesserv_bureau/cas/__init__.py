"""Les cas d'utilisation : chaque module tient une famille de gestes complets de l'utilisateur
(valider, écrire dans une transaction, consigner au journal), partagés par la fenêtre et la ligne
de commande. Ils s'appuient sur ``domaine`` (les règles), ``stockage`` (la base) et ``rapports``;
ils n'importent jamais ``interface`` ni Qt.

- ``repertoire`` : le répertoire des services, les exercices, les métadonnées, le journal, la démo;
- ``evaluer`` : les évaluations des outils (1A, 1B, 2A) — créer, terminer, approuver, signer;
- ``seances_examen`` : les séances d'examen des services prioritaires (2A, 2.4.5);
- ``planification`` : la stratégie (2B), son plan de travail (2C), la mise à jour annuelle;
- ``reglages_1b`` : la pondération et les autres critères du ministère pour l'outil 1B;
- ``donnees_ouvertes`` : importer et exporter les fichiers des données ouvertes (CSV, .xlsx), la qualité;
- ``transferts`` : échanger évaluations et séances entre postes (JSON);
- ``production_rapports`` : produire, exporter et consigner les rapports;
- ``statistiques`` : les chiffres du tableau de bord;
- ``sauvegardes`` : copier, examiner et restaurer la base, sous son verrou;
- ``profils`` : le profil de la personne (qui prépare les rapports);
- ``guide_demarrage`` : quand montrer le guide du premier lancement, et « ne plus montrer »;
- ``demonstration`` : le répertoire de démonstration et les services synthétiques des bancs d'essai.
"""
