"""Le point d'entrée (``lancement.main``) : la fenêtre directement quand la ligne ne contient que
ses options, bien formées; la ligne de commande complète (``cli.main``) pour tout le reste, avec
les mêmes réponses qu'avant."""

from __future__ import annotations

import pytest

from gesserv_bureau import cli, lancement, langue


@pytest.fixture
def environnement(chemin_cli):
    """Le dossier de la base des tests de la ligne de commande (encore absent)."""
    return chemin_cli.parent


def test_la_ligne_est_lue_par_un_seul_module():
    """``lancement`` et ``cli`` lisent la ligne avec les mêmes fonctions (``ligne_initiale``)."""
    from gesserv_bureau import cli, ligne_initiale

    assert lancement.options_de_la_fenetre is ligne_initiale.options_de_la_fenetre
    assert cli.langue_demandee is ligne_initiale.langue_demandee is lancement.langue_demandee
    assert ligne_initiale.LANGUES is langue.LANGUES


@pytest.mark.parametrize("argv, options", [
    ([], {"base": None, "langue": None, "essai": False}),
    (["--base", "x.sqlite"], {"base": "x.sqlite", "langue": None, "essai": False}),
    (["--langue", "en", "--base=x.sqlite", "--essai-demarrage"], {"base": "x.sqlite", "langue": "en", "essai": True}),
    (["--language=fr"], {"base": None, "langue": "fr", "essai": False}),
    (["--base", "a", "--base", "b"], {"base": "b", "langue": None, "essai": False}),   # la dernière, comme argparse
    (["--base="], {"base": "", "langue": None, "essai": False}),
])
def test_options_de_la_fenetre(argv, options):
    assert lancement.options_de_la_fenetre(argv) == options


@pytest.mark.parametrize("argv", [
    ["--base"],                          # valeur manquante
    ["--base", "--essai-demarrage"],     # idem : argparse le dit
    ["--langue", "de"], ["--langue=de"],  # langue inconnue : « choix invalide »
    ["interface", "--base", "x.sqlite"],
    ["--base", "x.sqlite", "demo"],
    ["--help"], ["-h"], ["--version"],
    ["demo"], ["dmeo"],                  # faute de frappe : « choix invalide », avec la liste
    ["--ba", "x.sqlite"],                # abréviation : argparse l'accepte, lui
    ["--essai"],
])
def test_tout_le_reste_va_a_la_ligne_de_commande_complete(argv):
    assert lancement.options_de_la_fenetre(argv) is None


@pytest.mark.parametrize("argv", [
    ["--base", "B.sqlite", "--langue", "en", "--essai-demarrage"],
    ["--langue=en", "--base=B.sqlite", "--essai-demarrage"],
])
def test_la_fenetre_s_ouvre_sans_la_ligne_de_commande(environnement, monkeypatch, argv):
    from gesserv_bureau.interface import app

    recu = {}
    monkeypatch.setattr(app, "lancer", lambda **kw: recu.update(kw) or 0)
    monkeypatch.setattr(cli, "main", lambda argv: pytest.fail("l'analyseur complet n'avait pas à servir"))
    assert lancement.main(argv) == 0
    assert recu == {"base": "B.sqlite", "langue": "en", "essai": True}


@pytest.mark.parametrize("argv", [
    ["interface", "--base", "B.sqlite", "--langue", "en", "--essai-demarrage"],
    ["--langue=en", "interface", "--base=B.sqlite", "--essai-demarrage"],
    ["--ba", "B.sqlite", "--langue", "en", "--essai-d"],   # abréviations
])
def test_la_ligne_de_commande_complete_ouvre_la_meme_fenetre(environnement, monkeypatch, argv):
    from gesserv_bureau.interface import app

    recu = {}
    monkeypatch.setattr(app, "lancer", lambda **kw: recu.update(kw) or 0)
    assert lancement.main(argv) == 0
    traductions = recu.pop("traductions")
    assert recu == {"base": "B.sqlite", "langue": "en", "essai": True}
    assert traductions.langue == "en"   # chargées une fois, pour l'aide puis pour la fenêtre


@pytest.mark.parametrize("argv, message", [
    (["--langue", "de"], "choix invalide"),
    (["dmeo"], "choix invalide"),
    (["--base"], "une valeur est attendue"),
    (["--base", "--essai-demarrage"], "une valeur est attendue"),
    (["--lang", "en"], "option ambiguë : --lang peut désigner --langue, --language"),
])
def test_les_erreurs_sont_celles_de_la_ligne_de_commande(environnement, capsys, argv, message):
    with pytest.raises(SystemExit) as sortie:
        lancement.main(argv)
    assert sortie.value.code == 2
    erreurs = capsys.readouterr().err
    assert message in erreurs and erreurs.startswith("utilisation : gesserv-bureau")
    assert not list(environnement.rglob("*.sqlite"))


def test_aide_et_version_par_le_point_d_entree(environnement, capsys):
    with pytest.raises(SystemExit):
        lancement.main(["--version"])
    assert capsys.readouterr().out.startswith("gesserv-bureau ")
    with pytest.raises(SystemExit):
        lancement.main(["--help"])
    assert "sous-commandes" in capsys.readouterr().out


@pytest.mark.parametrize("argv, langue", [
    ([], None),
    (["--langue", "en", "--help"], "en"),
    (["importer", "f.csv", "--language=en"], "en"),          # après la sous-commande aussi
    (["--langue", "fr", "--langue", "en"], "en"),            # la dernière, comme argparse
    (["--langue", "en", "rapport", "strategie", "--langue", "bilingue"], "en"),   # celle du rapport
    (["--langue", "de"], None), (["--langue"], None),        # inconnue, absente : l'analyseur le dira
    (["--base", "--langue", "en"], "en"),
])
def test_la_langue_demandee_est_lue_une_fois_pour_toutes(argv, langue):
    assert lancement.langue_demandee(argv) == langue
    fenetre = lancement.options_de_la_fenetre(argv)
    assert fenetre is None or fenetre["langue"] == langue   # la fenêtre lit la même


def test_l_aide_suit_la_langue_demandee(environnement, capsys):
    with pytest.raises(SystemExit):
        lancement.main(["--langue", "fr", "--langue", "en", "--help"])
    assert "subcommands" in capsys.readouterr().out
