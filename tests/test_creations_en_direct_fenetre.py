"""Créer en direct depuis la fenêtre principale (mode ministère, point 4), sur un vrai PostgreSQL :
Rita crée un service dans sa copie (Fichier › Nouveau service), lui donne son secteur et son nom; il
part au serveur à la clé que le serveur a réservée pour sa copie, sans renvoi, et un renvoi n'a plus
rien à envoyer. Supprimé ensuite sur le poste, il part au renvoi (dit dans la barre d'état)."""

from __future__ import annotations

import pytest
from outils_direct import copie as _copie, fenetre as _fenetre, sql as _sql

from gesserv_bureau.cas import hors_ligne, repertoire
from gesserv_bureau.stockage import cles_reservees
from tests.conftest import SECTEURS_RITA


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_un_service_cree_dans_la_fenetre_part_au_serveur_a_sa_cle(qtbot, ministere, tmp_path, langue):
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), langue)
    qtbot.waitUntil(lambda: cles_reservees.libres(rita.base.conn, "service") > 0, timeout=5000)
    rita.act_nouveau.trigger()
    qtbot.waitUntil(lambda: rita.formulaire.service() is not None
                    and rita.formulaire.service().pk in cles_reservees.prises(rita.base.conn, "service"))
    pk = rita.formulaire.service().pk
    # vide, il attend : le serveur ne saurait pas à qui il est
    qtbot.wait(900)
    with ministere("rita") as s:
        assert _sql(s, "SELECT count(*) AS n FROM service WHERE pk = :p", p=pk)[0]["n"] == 0
    rita.formulaire.secteur_responsabilite.setFocus()
    qtbot.keyClicks(rita.formulaire.secteur_responsabilite, SECTEURS_RITA[0])
    rita.formulaire.nom_fr.setFocus()
    qtbot.keyClicks(rita.formulaire.nom_fr, "Cree dans la fenetre")
    with ministere("rita") as s:
        qtbot.waitUntil(lambda: _sql(s, "SELECT nom_fr FROM service WHERE pk = :p", p=pk)
                        == [{"nom_fr": "Cree dans la fenetre"}], timeout=6000)
        assert _sql(s, "SELECT secteur_responsabilite FROM service WHERE pk = :p", p=pk) == \
            [{"secteur_responsabilite": SECTEURS_RITA[0]}]
    direct = rita._inventaire_en_direct
    qtbot.waitUntil(lambda: not direct._a_envoyer and not direct._en_cours, timeout=5000)
    assert "renvoi" not in direct.dernier_texte.lower() and "send-back" not in direct.dernier_texte.lower()
    with ministere("rita") as s:
        bilan = hors_ligne.renvoyer_base(s, rita.base, essai=True)
    assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
    # la copie a redemandé des clés : elle en garde toujours d'avance
    qtbot.waitUntil(lambda: cles_reservees.libres(rita.base.conn, "service") >= 5, timeout=5000)
    assert repertoire.charger_service(rita.base, pk).nom_fr == "Cree dans la fenetre"
    rita.close()
