"""Les clés d'une copie en direct (``stockage.cles_reservees``), sans serveur : une fiche créée sans clé
réservée libre n'en reprend jamais une que la copie garde, ni celle d'une fiche supprimée ici — même
quand le journal, relu depuis la dernière fois seulement, a grandi entre deux créations."""

from __future__ import annotations

from gesserv_bureau.cas import repertoire
from gesserv_bureau.stockage import cles_reservees


def test_une_cle_supprimee_apres_une_premiere_lecture_du_journal_n_est_pas_redonnee(base):
    exercice = repertoire.charger_service(base, 1).exercice
    with base.ecriture() as db:
        cles_reservees.ajouter(db, "service", [500])
        cles_reservees.prendre(db, "service")                 # plus aucune libre
    premier = repertoire.nouveau_service(base, exercice)      # lit le journal une première fois
    assert premier.pk == 501
    second = repertoire.nouveau_service(base, exercice)
    repertoire.supprimer_service(base, second.pk)             # la plus haute clé, supprimée ici (Ctrl+Z la rétablira)
    troisieme = repertoire.nouveau_service(base, exercice)
    assert troisieme.pk == second.pk + 1
    repertoire.restaurer_service(base, repertoire.supprimer_service(base, troisieme.pk))
    assert repertoire.charger_service(base, troisieme.pk) is not None


def test_une_valeur_de_lecture_abimee_est_ignoree(base):
    exercice = repertoire.charger_service(base, 1).exercice
    with base.ecriture() as db:
        db.execute("INSERT INTO parametre (cle, valeur) VALUES (?, ?)",
                   [cles_reservees.CLE, '{"service": {"libres": [], "prises": [700], "journal": ["x", -3]}}'])
    assert repertoire.nouveau_service(base, exercice).pk == 701
