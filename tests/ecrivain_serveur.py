"""Un poste qui écrit dans la base ministérielle, dans son propre processus (les essais de
concurrence en lancent plusieurs à la fois) :

    python ecrivain_serveur.py ADRESSE PK FOIS MARQUE

ajoute FOIS fois ``MARQUE`` à la description du service PK, chaque fois en relisant la fiche et
en l'enregistrant avec la révision lue; un conflit (quelqu'un a écrit entre-temps) : relire et
recommencer — jamais écraser. Écrit sur sa sortie le nombre d'enregistrements et de conflits."""

import json
import sys

from gesserv_bureau.cas import serveur

adresse, pk, fois, marque = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
faits = conflits = 0
with serveur.connecter(adresse) as s:
    while faits < fois:
        lue = serveur.lire(s, "service", pk)
        try:
            serveur.enregistrer_fiche(s, "service", lue, {**lue, "description_fr": lue["description_fr"] + marque})
            faits += 1
        except serveur.ATrancher:
            conflits += 1
print(json.dumps({"faits": faits, "conflits": conflits}))
