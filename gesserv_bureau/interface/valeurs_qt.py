"""Les quelques valeurs de ``Qt`` dont la fenêtre principale a besoin avant son premier
affichage, en entiers nommés.

Le premier accès à ``PySide6.QtCore.Qt`` construit d'un coup toutes les énumérations de Qt
(une centaine de classes Python : de 20 à 37 ms mesurés, processus neufs, deux cœurs partagés;
le dixième du démarrage ou plus). La table et sa barre de
filtre s'affichent donc sans y toucher : les rôles que Qt passe à ``data()`` sont des entiers
comparés à ceux-ci, et les réglages qui ne s'écrivent qu'avec une énumération (zone du panneau
du sommaire, tri par la table) attendent le premier affichage. Ailleurs, on écrit ``Qt.…`` comme
d'habitude. ``tests/test_demarrage_sans_enumerations.py`` vérifie chaque valeur contre Qt, et que
la fenêtre s'affiche bien sans construire ces énumérations.
"""

from __future__ import annotations

# Qt.ItemDataRole
ROLE_AFFICHAGE = 0        # DisplayRole
ROLE_INFOBULLE = 3        # ToolTipRole
ROLE_ALIGNEMENT = 7       # TextAlignmentRole
ROLE_AVANT_PLAN = 9       # ForegroundRole
ROLE_UTILISATEUR = 256    # UserRole

# Qt.AlignmentFlag, combinés comme le rôle TextAlignmentRole les attend
A_GAUCHE_CENTRE = 0x0001 | 0x0080   # AlignLeft | AlignVCenter
A_DROITE_CENTRE = 0x0002 | 0x0080   # AlignRight | AlignVCenter
