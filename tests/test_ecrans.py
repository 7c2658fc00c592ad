"""Chaque fenêtre et dialogue tient sur les écrans des personnes (issue 16, point 1) : le portable
de 1366 × 768, le projecteur de 1280 × 720, et encore le petit écran de 1024 × 640. Aucune
taille minimale plus grande que l'écran, en français et en anglais (l'anglais est parfois plus
court, parfois plus long); une fenêtre ramenée à la taille de l'écran y tient vraiment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from catalogue_ecrans import ECRANS, MARGE_HAUTEUR, fabriques, preparer_base



@pytest.fixture(scope="module")
def dossier_base(tmp_path_factory):
    chemin = tmp_path_factory.mktemp("ecrans") / "repertoire.sqlite"
    base, dossiers = preparer_base(chemin)
    yield base, dossiers
    base.fermer()


def _ecrans_de(langue, dossier_base, qtbot):
    from gesserv_bureau.interface.app import creer_application

    base, dossiers = dossier_base
    _app, traductions = creer_application(langue)
    return fabriques(base, dossiers, traductions), traductions


def _minimum(widget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


NOMS_ECRANS = ["principale", "evaluation_1a", "evaluation_1b", "evaluation_2a", "liste_evaluations", "seances",
               "projection", "strategies", "strategie", "mise_a_jour", "ponderation_1b", "criteres_1b", "import",
               "profil", "rapport", "signature", "verification", "certificats", "approbation", "registre_rapports", "metadonnees", "guide", "aide",
               "norme", "suivi_norme"]


def test_le_catalogue_nomme_chaque_ecran(dossier_base, qtbot):
    usines, traductions = _ecrans_de("fr", dossier_base, qtbot)
    try:
        assert sorted(usines) == sorted(NOMS_ECRANS)
    finally:
        traductions.retirer()


@pytest.mark.parametrize("langue", ["fr", "en"])
@pytest.mark.parametrize("nom", NOMS_ECRANS)
def test_l_ecran_tient_sur_chaque_ecran(nom, langue, dossier_base, qtbot):
    usines, traductions = _ecrans_de(langue, dossier_base, qtbot)
    try:
        widget = usines[nom]()
        qtbot.addWidget(widget)
        trop = []
        for ecran, (largeur, hauteur) in ECRANS.items():
            utile = QSize(largeur, hauteur - MARGE_HAUTEUR)
            widget.resize(utile)
            widget.show()
            qtbot.waitExposed(widget)
            qtbot.wait(20)
            minimum = _minimum(widget)
            if minimum.width() > utile.width() or minimum.height() > utile.height():
                trop.append(f"{ecran} : minimum {minimum.width()}×{minimum.height()} > {utile.width()}×{utile.height()}")
            elif widget.width() > utile.width() or widget.height() > utile.height():
                trop.append(f"{ecran} : ouverte à {widget.width()}×{widget.height()}")
        widget.close()
        assert trop == [], f"{nom} ({langue})"
    finally:
        traductions.retirer()
