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


def _nouveau(qtbot, f) -> int:
    """Fichier › Nouveau service dans la fenêtre ``f``, une fois ses clés réservées reçues : la clé du
    service créé, l'une d'elles."""
    qtbot.waitUntil(lambda: cles_reservees.libres(f.base.conn, "service") > 0, timeout=5000)
    f.act_nouveau.trigger()
    qtbot.waitUntil(lambda: f.formulaire.service() is not None
                    and f.formulaire.service().pk in cles_reservees.prises(f.base.conn, "service"))
    return f.formulaire.service().pk


def _saisir(qtbot, f, nom: str) -> None:
    """Le secteur (le premier de Rita) et le nom du service ouvert, tapés au clavier."""
    for champ, texte in ((f.formulaire.secteur_responsabilite, SECTEURS_RITA[0]), (f.formulaire.nom_fr, nom)):
        champ.setFocus()
        qtbot.keyClicks(champ, texte)


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_un_service_cree_dans_la_fenetre_part_au_serveur_a_sa_cle(qtbot, ministere, tmp_path, langue):
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), langue)
    pk = _nouveau(qtbot, rita)
    # vide, il attend : le serveur ne saurait pas à qui il est
    qtbot.wait(900)
    with ministere("rita") as s:
        assert _sql(s, "SELECT count(*) AS n FROM service WHERE pk = :p", p=pk)[0]["n"] == 0
    _saisir(qtbot, rita, "Cree dans la fenetre")
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


def test_un_service_qu_ada_cree_parait_dans_la_table_de_rita(qtbot, ministere, tmp_path):
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    ada = _fenetre(qtbot, _copie(ministere, tmp_path, "ada"), "fr")
    avant = rita.modele.rowCount()
    pk = _nouveau(qtbot, ada)
    _saisir(qtbot, ada, "Cree par Ada")
    # chez Rita : une ligne de plus, à la clé du serveur, sans renvoi; rien « à recevoir »
    qtbot.waitUntil(lambda: rita.modele.rang_de(pk) is not None
                    and rita.modele.ligne(rita.modele.rang_de(pk)).nom_fr == "Cree par Ada", timeout=8000)
    assert rita.modele.rowCount() == avant + 1
    assert repertoire.charger_service(rita.base, pk).secteur_responsabilite == SECTEURS_RITA[0]
    qtbot.wait(600)
    assert not rita._bouton_changements.isVisible(), rita._bouton_changements.text()
    # Rita le choisit et le complète : il repart en direct, chez Ada aussi
    rita.selectionner_pk(pk)
    qtbot.waitUntil(lambda: rita.formulaire.service() is not None and rita.formulaire.service().pk == pk)
    rita.formulaire.proprietaire.setFocus()
    qtbot.keyClicks(rita.formulaire.proprietaire, "Rita")
    qtbot.waitUntil(lambda: repertoire.charger_service(ada.base, pk).proprietaire == "Rita", timeout=8000)
    for f, nom in ((rita, "rita"), (ada, "ada")):
        with ministere(nom) as s:
            bilan = hors_ligne.renvoyer_base(s, f.base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
    rita.close()
    ada.close()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_supprime_dans_la_fenetre_puis_retabli_par_ctrl_z(qtbot, ministere, tmp_path, langue):
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), langue)
    pk = _nouveau(qtbot, rita)
    _saisir(qtbot, rita, "Supprime puis retabli")
    with ministere("rita") as s:
        qtbot.waitUntil(lambda: _sql(s, "SELECT count(*) AS n FROM service WHERE pk = :p", p=pk)[0]["n"] == 1,
                        timeout=6000)
        rita.controleur.supprimer(pk, "Supprime puis retabli")
        qtbot.waitUntil(lambda: _sql(s, "SELECT count(*) AS n FROM service WHERE pk = :p", p=pk)[0]["n"] == 0,
                        timeout=6000)
        assert rita.modele.rang_de(pk) is None
        rita.controleur.pile.undo()                                      # Ctrl+Z
        qtbot.waitUntil(lambda: _sql(s, "SELECT nom_fr FROM service WHERE pk = :p", p=pk)
                        == [{"nom_fr": "Supprime puis retabli"}], timeout=6000)
    direct = rita._inventaire_en_direct
    qtbot.waitUntil(lambda: not direct._a_envoyer and not direct._en_cours, timeout=5000)
    assert rita.modele.rang_de(pk) is not None
    assert "renvoi" not in direct.dernier_texte.lower() and "send-back" not in direct.dernier_texte.lower()
    with ministere("rita") as s:
        bilan = hors_ligne.renvoyer_base(s, rita.base, essai=True)
    assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
    rita.close()


def test_une_arrivee_qui_ne_s_ecrit_pas_n_empeche_pas_les_autres(qtbot, ministere, tmp_path):
    """Ada ajoute deux normes à un service de Rita; la copie de Rita a déjà, pas encore envoyée, une norme
    au même numéro que la première (elle ne s'y écrit pas) : la seconde arrive quand même."""
    from outils_direct import pk_de_rita

    from gesserv_bureau.cas import normes, services_en_direct
    from gesserv_bureau.stockage.base import ouvrir

    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    qtbot.waitUntil(lambda: cles_reservees.libres(rita.base.conn, "norme_service") > 0, timeout=5000)
    service = pk_de_rita(rita)
    normes.creer(rita.base, service, norme_id="N-DOUBLE", norme_fr="Celle de Rita", norme_en="Rita's", cible=0.5)
    ada_f = _copie(ministere, tmp_path, "ada")
    with ouvrir(ada_f, rotation=False) as base, ministere("ada") as ada:
        services_en_direct.reserver_cles(ada, base)
        premiere = normes.creer(base, service, norme_id="N-DOUBLE", norme_fr="Celle d'Ada", norme_en="Ada's",
                                cible=0.8)
        seconde = normes.creer(base, service, norme_id="N-AUTRE", norme_fr="L'autre d'Ada", norme_en="Ada's other",
                               cible=0.7)
        assert services_en_direct.synchroniser_fiches(ada, base, "norme_service", [premiere.pk, seconde.pk]).envoyee
    qtbot.waitUntil(lambda: normes.charger(rita.base, seconde.pk) is not None, timeout=8000)
    assert normes.charger(rita.base, seconde.pk).norme_fr == "L'autre d'Ada"
    assert normes.charger(rita.base, premiere.pk) is None                     # elle, au renvoi
    assert [n.norme_fr for n in normes.normes_du_service(rita.base, service) if n.norme_id == "N-DOUBLE"] == \
        ["Celle de Rita"]
    rita.close()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_ce_qui_attend_le_renvoi_est_dit_court_et_explique_dans_la_bulle(qtbot, ministere, tmp_path, langue):
    """Un service emporté que ses normes désignent sur le serveur, supprimé ici : il attend le renvoi. La
    barre d'état le dit en une ligne qui tient à 1280 px; la bulle du bouton « En direct » dit pourquoi."""
    from outils_direct import pk_de_rita

    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), langue)
    rita.resize(1280, 720)
    pk = pk_de_rita(rita)
    with ministere("rita") as s:
        assert _sql(s, "SELECT count(*) AS n FROM norme_service WHERE service_pk = :p", p=pk)[0]["n"] > 0
    rita.controleur.supprimer(pk, "x")
    direct = rita._inventaire_en_direct
    qtbot.waitUntil(lambda: bool(direct._dits_au_renvoi), timeout=6000)
    message = rita.statusBar().currentMessage()
    attendu = {"fr": ("attend le renvoi", "Renvoyer au serveur ministériel"),
               "en": ("waits for the send-back", "Send back to the departmental server")}[langue]
    assert attendu[0] in message and len(message) <= 70, message
    assert attendu[1] in direct.bouton.toolTip() and direct.bouton.toolTip() == direct.bouton.accessibleDescription()
    with ministere("rita") as s:
        assert _sql(s, "SELECT count(*) AS n FROM service WHERE pk = :p", p=pk)[0]["n"] == 1
    rita.close()


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_une_norme_qu_ada_ajoute_parait_dans_le_formulaire_de_rita(qtbot, ministere, tmp_path, langue):
    from outils_direct import choisir, pk_de_rita

    from gesserv_bureau.cas import normes, services_en_direct
    from gesserv_bureau.stockage.base import ouvrir

    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), langue)
    rita.resize(1366, 768)
    pk = pk_de_rita(rita)
    choisir(qtbot, rita, pk)
    with ouvrir(_copie(ministere, tmp_path, "ada"), rotation=False) as base, ministere("ada") as ada:
        services_en_direct.reserver_cles(ada, base)
        norme = normes.creer(base, pk, norme_id="N-ADA", norme_fr="Ajoutée par Ada", norme_en="Added by Ada",
                             cible=0.9)
        assert services_en_direct.synchroniser_fiches(ada, base, "norme_service", [norme.pk]).envoyee
    table = rita.formulaire.groupe_normes.table
    texte = "Added by Ada" if langue == "en" else "Ajoutée par Ada"
    qtbot.waitUntil(lambda: any(texte in (table.item(r, 0).text() if table.item(r, 0) else "")
                                for r in range(table.rowCount())), timeout=8000)
    assert normes.charger(rita.base, norme.pk).norme_fr == "Ajoutée par Ada"
    rita.formulaire.groupe_normes.grab().save(str(tmp_path / f"norme_arrivee_{langue}.png"))
    rita.close()
