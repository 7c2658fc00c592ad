"""PySide6 ne relit plus la source de chaque module importé après lui (``qt_demarrage``)."""

from __future__ import annotations

import inspect
import sys


def test_un_module_importe_apres_pyside6_n_est_pas_relu(tmp_path, monkeypatch):
    import gesserv_bureau.langue  # noqa: F401  (installe le remplacement, comme au démarrage)

    feature = sys.modules["PySide6.support.feature"]
    lus = []
    vrai = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda objet: lus.append(objet) or vrai(objet))
    (tmp_path / "module_de_l_essai_qt.py").write_text("VALEUR = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__("module_de_l_essai_qt")     # comme une instruction import (le crochet de PySide6)
    assert module.VALEUR == 42
    assert feature.pyside_feature_dict["module_de_l_essai_qt"] == 0      # enregistré, sans fonctionnalité
    assert lus == []                                                       # et sans lire sa source


def test_qt_se_comporte_comme_avant():
    """Sélection 0 : les noms de Qt restent les siens (pas de snake_case), les propriétés aussi."""
    from PySide6.QtCore import QObject

    import gesserv_bureau.langue  # noqa: F401

    objet = QObject()
    objet.setObjectName("essai")
    assert objet.objectName() == "essai" and not hasattr(objet, "object_name")
