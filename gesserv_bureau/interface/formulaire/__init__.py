"""Les morceaux du formulaire d'un service (``interface/formulaire_service.py``), une idée par
module, réunis dans ``FormulaireService`` par héritage (des classes sans état propre, placées
avant ``QScrollArea``) :

- ``champs`` : les champs eux-mêmes (message de validation, liste de codes, cases, texte de
  quelques lignes, ligne d'un mode de l'élément 14);
- ``construction`` : les groupes du tableau 5 et leurs lignes (étiquette, champ, note, message),
  les branchements;
- ``reactions`` : ce que suit une saisie (types selon la portée, aide du type, justification
  d'un point « S.O. », exclusion, pourcentage en ligne), de l'affichage seulement;
- ``donnees`` : montrer un service, le lire, ses normes, les messages de validation, le
  bandeau, la lecture seule, le titre;
- ``libelles`` : les textes, dans la langue de l'interface.

Le formulaire lui-même (``formulaire_service``) garde son état et le signal ``modifie``;
l'enregistrement et la validation sont faits par le contrôleur (``controleur_inventaire``)."""
