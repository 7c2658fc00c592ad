"""Les deux langues s'accordent : aucune chaîne sans traduction, les mêmes paramètres des deux
côtés, le .qm à jour, et aucun texte d'interface écrit en dur hors de tr()."""

from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE / "outils"))
import traductions as outil  # noqa: E402

PARAMETRES = re.compile(r"%\d|%n|\{[a-z_]+\}")
BALISES = re.compile(r"</?[a-z0-9]+>")


def _messages():
    return list(outil.messages(outil.TS))


def test_le_fichier_anglais_existe_et_n_a_rien_d_inacheve():
    assert outil.TS.exists() and outil.QM.exists()
    assert outil.manquantes() == []
    assert len(_messages()) > 100


@pytest.mark.parametrize("contexte,source,traduction,pluriel", _messages(), ids=lambda v: v if isinstance(v, str) else "")
def test_memes_parametres_et_balises_des_deux_cotes(contexte, source, traduction, pluriel):
    formes = [f.text or "" for f in traduction.iter("numerusform")] if pluriel else [traduction.text or ""]
    assert all(f.strip() for f in formes), f"{contexte}: « {source} » sans traduction"
    for forme in formes:
        assert sorted(PARAMETRES.findall(forme)) == sorted(PARAMETRES.findall(source)), (contexte, source, forme)
        assert sorted(BALISES.findall(forme)) == sorted(BALISES.findall(source)), (contexte, source, forme)
        assert forme.count("&") - forme.count("&&") == source.count("&") - source.count("&&"), (source, forme)


def test_toute_chaine_du_code_est_dans_le_fichier_de_traduction(tmp_path):
    """Une chaîne ajoutée dans le code sans sa traduction anglaise fait échouer ce test."""
    copie = tmp_path / "gesserv_en.ts"
    shutil.copy(outil.TS, copie)
    outil.maj(copie)
    nouvelles = outil.manquantes(copie)
    assert nouvelles == [], f"chaînes à traduire (python outils/traductions.py maj) : {nouvelles}"


def test_le_qm_compile_correspond_au_ts(tmp_path):
    qm = tmp_path / "gesserv_en.qm"
    outil.compiler(outil.TS, qm)
    assert qm.read_bytes() == outil.QM.read_bytes(), "recompiler : python outils/traductions.py compiler"


def test_le_traducteur_anglais_se_charge():
    from gesserv_bureau.langue import Traductions

    anglais = Traductions("en")
    assert anglais.traduire("MenusFenetre", "&Fichier") == "&File"   # les menus de la fenêtre principale
    assert anglais.traduire("cli", "sous-commandes") == "subcommands"
    assert Traductions("fr").traduire("MenusFenetre", "&Fichier") == "&Fichier"
    assert not Traductions("fr").qt.isEmpty(), "qtbase_fr.qm : les boutons de Qt en français"


# --- aucun texte d'interface en dur ----------------------------------------------------
_METHODES_TEXTE = {"setText", "setTitle", "setWindowTitle", "setPlaceholderText", "setToolTip",
                   "addItem", "addButton", "setStatusTip", "showMessage", "addMenu", "addAction"}
_CONSTRUCTEURS_TEXTE = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QRadioButton"}
_PERMIS = {"Français", "English"}  # le nom d'une langue s'écrit dans cette langue


def _textes_en_dur(fichier: Path):
    arbre = ast.parse(fichier.read_text(encoding="utf-8"))
    for noeud in ast.walk(arbre):
        if not isinstance(noeud, ast.Call) or not noeud.args:
            continue
        nom = noeud.func.attr if isinstance(noeud.func, ast.Attribute) else getattr(noeud.func, "id", "")
        if nom not in _METHODES_TEXTE | _CONSTRUCTEURS_TEXTE:
            continue
        premier = noeud.args[0]
        if isinstance(premier, ast.Constant) and isinstance(premier.value, str):
            texte = premier.value
            if re.search(r"[A-Za-zÀ-ÿ]{2,}", texte) and texte not in _PERMIS:
                yield f"{fichier.name}:{noeud.lineno}: {texte!r}"


def test_aucun_texte_d_interface_n_echappe_a_tr():
    fautes = [f for fichier in sorted((RACINE / "gesserv_bureau" / "interface").glob("*.py"))
              for f in _textes_en_dur(fichier)]
    assert fautes == []


def test_le_detecteur_de_texte_en_dur_detecte(tmp_path):
    fichier = tmp_path / "vue.py"
    fichier.write_text('etiquette = QLabel("Bonjour")\nself.bouton.setText(self.tr("Oui"))\n', encoding="utf-8")
    assert list(_textes_en_dur(fichier)) == ["vue.py:1: 'Bonjour'"]


def test_pseudo_traduction_allonge_et_encadre(monkeypatch):
    from gesserv_bureau.langue import Traductions

    monkeypatch.setenv("GESSERV_PSEUDO", "1")
    texte = Traductions("fr").traduire("FenetrePrincipale", "&Fichier")
    assert texte.startswith("⟦&Fichier") and texte.endswith("⟧") and len(texte) > len("&Fichier") + 3
