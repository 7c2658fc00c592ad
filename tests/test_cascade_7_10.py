"""La cascade de 2.10.4 et la cible de 7.10 (issue 17, point 3) : les règles, sans Qt ni base."""

from __future__ import annotations

from outils_tests import points, service_complet

from gesserv_bureau.domaine.cascade_7_10 import CIBLE, QUESTIONS, cascade


def _s(pk, designations=("prioritaire",), portee="externe", pts="oooooo", temps_reel="oui"):
    return service_complet().copie(pk=pk, service_id=f"S-{pk}", designations=list(designations), portee=portee,
                                   points_interaction=points(pts), etat_demande_temps_reel=temps_reel)


def test_chaque_marche_de_la_cascade():
    services = [
        _s(1),                                   # prioritaire, externe, authentifié, en ligne, temps réel
        _s(2, temps_reel="non"),                 # tout en ligne, sans l'état en temps réel
        _s(3, pts="onoooo"),                     # authentification hors ligne : pas en ligne de bout en bout
        _s(4, pts="osoooo"),                     # aucune authentification (S.O.) : hors de 7.10
        _s(5, portee="interne"),                 # interne : hors de 7.10
        _s(6, designations=()),                  # pas prioritaire
        _s(7, pts="o?oooo"),                     # l'authentification sans réponse : à compléter
        _s(8, temps_reel=None),                  # l'état en temps réel sans réponse : à compléter
    ]
    c = cascade(services, services[0].exercice)
    ids = lambda groupe: [s.service_id for s in groupe]  # noqa: E731
    assert ids(c.prioritaires) == ["S-1", "S-2", "S-3", "S-4", "S-5", "S-7", "S-8"]
    assert ids(c.externes) == ["S-1", "S-2", "S-3", "S-4", "S-7", "S-8"]
    assert ids(c.authentifies) == ["S-1", "S-2", "S-3", "S-8"]
    assert ids(c.en_ligne) == ["S-1", "S-2", "S-8"]
    assert ids(c.conformes) == ["S-1"]
    assert ids(c.a_completer) == ["S-7", "S-8"]
    assert ids(c.manquants) == ["S-2", "S-3", "S-8"]
    assert c.progres == 25.0 and c.cible_atteinte is False and CIBLE == 100.0


def test_la_cible_atteinte_et_sans_service_authentifie():
    c = cascade([_s(1), _s(2)], service_complet().exercice)
    assert (c.progres, c.cible_atteinte) == (100.0, True)
    c = cascade([_s(1, pts="osoooo")], service_complet().exercice)
    assert (c.progres, c.cible_atteinte, c.authentifies) == (None, None, ())
    assert cascade([_s(1)], "1999-2000").prioritaires == ()


def test_les_questions_sont_celles_de_2_10_4():
    assert QUESTIONS[0][0] == "Quels sont les services prioritaires du ministère?"
    assert QUESTIONS[2][0].startswith("Lesquels de ces services externes prioritaires exigent que le client fournisse")


# --- sur la démo : le tableau de bord, le rapport du répertoire, le formulaire --------------------
def test_la_carte_du_tableau_de_bord(qtbot, base):
    from gesserv_bureau.cas import statistiques
    from gesserv_bureau.interface.tableau_de_bord import TableauDeBord

    d = statistiques.tableau_de_bord(base, "2024-2025")
    assert [len(g) for g in (d.cascade.prioritaires, d.cascade.externes, d.cascade.authentifies, d.cascade.en_ligne,
                             d.cascade.conformes)] == [4, 4, 3, 2, 1]
    w = TableauDeBord()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.afficher(d, "fr")
    carte = w.cartes["cascade"]
    assert carte.titre.startswith("Services prioritaires authentifiés et état de la demande en temps réel (2.10, 7.10)")
    lignes = carte.textes()
    assert [l[1] for l in lignes[:5]] == ["4", "4", "3", "2", "1"]
    assert lignes[5] == ["Progrès vers la cible de 7.10 (100 % des services externes prioritaires authentifiés)",
                         "33,3\u00a0%"]
    assert lignes[6] == ["Pas encore conformes à 7.10", "AAC-001, TC-031"]
    w.afficher(d, "en")
    assert w.cartes["cascade"].textes()[5][1] == "33.3%"


def test_la_section_du_rapport_du_repertoire(base):
    from gesserv_bureau.cas import production_rapports
    from test_rapports_approuvables import pages

    texte = " ".join(pages(production_rapports.produire(base, "inventaire", "fr").contenu))
    assert "Services prioritaires authentifiés et état de la demande en temps réel (2.10, 7.10)" in texte
    assert "Quels sont les services prioritaires du ministère? 4" in texte
    assert "Lesquels offrent en plus l'état de la demande en temps réel (7.10)? 1" in texte
    assert "33,3 % des services externes prioritaires authentifiés (1 sur 3)" in texte
    anglais = " ".join(pages(production_rapports.produire(base, "inventaire", "en").contenu))
    assert "Progress toward the 7.10 target: 33.3% of authenticated priority external services (1 of 3)" in anglais


def test_le_formulaire_enregistre_l_etat_de_la_demande(qtbot, tmp_path):
    from outils_interface import ouvrir_fenetre, pk_de

    from gesserv_bureau.cas import repertoire

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    qtbot.waitUntil(lambda: fenetre.formulaire is not None, timeout=5000)
    fenetre.controleur.charger_exercice("2024-2025")
    qtbot.waitUntil(lambda: fenetre.modele.rowCount() == 10, timeout=5000)
    pk = pk_de(fenetre, "TC-031")
    fenetre.selectionner_pk(pk)
    choix = fenetre.formulaire.etat_demande_temps_reel
    qtbot.waitUntil(lambda: choix.code() == "non", timeout=5000)
    choix.setCurrentIndex(choix.findData("oui") if choix.findData("oui") >= 0 else 1)
    assert fenetre.controleur.enregistrer_maintenant()
    assert repertoire.charger_service(fenetre.base, pk).etat_demande_temps_reel == choix.code() == "oui"
