"""L'échange des évaluations (1A, 1B, 2A) et des séances d'examen entre deux postes, par un
fichier JSON : le format (écrire, relire et valider) et la règle qui décide, pour chaque
évaluation reçue, de ce qu'il advient de la copie locale de même identifiant.

Sans Qt ni SQL. Les services ne voyagent pas par leur clé locale (elle diffère d'un poste à
l'autre) mais par leur exercice et leur numéro d'identification, avec leur nom pour le lecteur.

La règle, prudente : une évaluation absente d'ici est créée; identique, elle reste inchangée;
plus récente dans le fichier, elle remplace la copie locale — sauf si celle-ci est approuvée.
Si la copie locale est plus récente que celle du fichier (ou de même date mais différente), ou
approuvée et différente, l'import entier est refusé : rien n'est écrit.

Le format est strict : une clé qu'il ne connaît pas, à quelque niveau que ce soit, un exercice
qui n'est pas « AAAA-AAAA » (années consécutives), une date dans le futur (au-delà d'une
tolérance d'horloge d'un jour) ou une imbrication plus profonde que le format ne le permet font
refuser le fichier entier. Une approbation (statut « approuvee ») ne voyage qu'avec sa preuve,
le bloc ``approbation`` (la signature de l'approbateur, voir ``domaine.contenu_approuve`` et
``rapports.approbation``) : c'est le cas d'utilisation qui la vérifie, et qui rend « terminée »
une évaluation (ou une séance) dont l'approbation n'est pas prouvée (:func:`sans_approbation`).

Chaque idée a son module, et ce module-ci les réunit (les noms que l'on importe d'ici) :

- ``echange_format`` : le format (nom, version, clés admises, limites), ce que porte le fichier
  relu (:class:`Paquet`…) et les messages de refus (:class:`Message`, :class:`EchangeRefuse`);
- ``echange_ecriture`` : écrire (:func:`vers_json`, :func:`evaluation_vers_json`);
- ``echange_lecteur`` : les outils de la validation (le lecteur qui accumule les problèmes,
  :class:`LectureContenu` que reçoit chaque outil);
- ``echange_lecture`` : relire et valider (:func:`depuis_json`, :func:`completer`);
- ``echange_decision`` : la règle de décision (:func:`decider`, :func:`decider_seance`,
  :func:`sans_approbation`).
"""

from __future__ import annotations

from gesserv_bureau.domaine.echange_decision import (  # noqa: F401
    CREER,
    INCHANGEE,
    MODIFIER,
    decider,
    decider_seance,
    sans_approbation,
)
from gesserv_bureau.domaine.echange_ecriture import evaluation_vers_json, vers_json  # noqa: F401
from gesserv_bureau.domaine.echange_format import (  # noqa: F401
    CLES_EVALUATION,
    CLES_FICHIER,
    CLES_PARTICIPANT,
    CLES_SEANCE,
    CLES_SERVICE,
    CODES_PAR_EDITION,
    FORMAT,
    MAX_PROBLEMES,
    PROFONDEUR_MAX,
    REPONSES_OUI_NON,
    TOLERANCE_HORLOGE,
    VERSION_FORMAT,
    EchangeRefuse,
    EvaluationRecue,
    Message,
    Paquet,
    RefService,
    SeanceRecue,
    instant,
    refus,
)
from gesserv_bureau.domaine.echange_lecteur import LectureContenu  # noqa: F401
from gesserv_bureau.domaine.echange_lecture import completer, depuis_json, trop_profond  # noqa: F401
