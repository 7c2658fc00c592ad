"""La fenêtre principale s'affiche sans construire les énumérations de ``Qt`` (14 ms du
démarrage, voir ``interface/valeurs_qt``), et rien n'y manque pour autant : titres des
colonnes, panneau du sommaire à sa place, tri d'un clic, raccourcis.

Le premier accès à ``PySide6.QtCore.Qt`` ne se voit que dans un processus neuf : la fenêtre
est donc ouverte dans un vrai processus, au premier lancement puis au suivant."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from gesserv_bureau.interface import valeurs_qt

from outils_tests import RACINE


def test_les_valeurs_nommees_sont_celles_de_qt():
    r = Qt.ItemDataRole
    assert (valeurs_qt.ROLE_AFFICHAGE, valeurs_qt.ROLE_INFOBULLE, valeurs_qt.ROLE_ALIGNEMENT,
            valeurs_qt.ROLE_AVANT_PLAN, valeurs_qt.ROLE_UTILISATEUR) == (
        r.DisplayRole.value, r.ToolTipRole.value, r.TextAlignmentRole.value, r.ForegroundRole.value, r.UserRole.value)
    a = Qt.AlignmentFlag
    assert valeurs_qt.A_GAUCHE_CENTRE == (a.AlignLeft | a.AlignVCenter).value
    assert valeurs_qt.A_DROITE_CENTRE == (a.AlignRight | a.AlignVCenter).value


_OUVRIR = r"""
import json, sys, time
from PySide6 import QtCore
from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface.app import creer_application
from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale
from gesserv_bureau.stockage.base import ouvrir

app, traductions = creer_application("fr")
base = ouvrir(sys.argv[1])
repertoire.charger_demo(base)   # sans effet aux lancements suivants
f = FenetrePrincipale(base, traductions)
f.show()
app.processEvents()
avant = {
    "qt_construit": "Qt" in vars(QtCore),
    "lignes": f.modele.rowCount(),
    "sommaire_visible": f.dock_sommaire.isVisible(),
}
from PySide6.QtCore import Qt   # désormais permis : la fenêtre est affichée
entete = f.table.horizontalHeader()
avant["titres"] = [entete.model().headerData(c, Qt.Orientation.Horizontal) for c in range(entete.count())]
avant["abreger"] = entete.textElideMode().name
avant["raccourci_supprimer"] = f.act_supprimer.shortcutContext().name
avant["attente_alignement"] = int(f._attente_formulaire.alignment().value)
limite = time.monotonic() + 10
while not f.table.isSortingEnabled() and time.monotonic() < limite:   # après le premier affichage
    app.processEvents(); time.sleep(0.01)
apres = {
    "tri": f.table.isSortingEnabled(),
    "indicateur": [entete.sortIndicatorSection(), entete.sortIndicatorOrder().name],
    "zone_sommaire": f.dockWidgetArea(f.dock_sommaire).name,
    "sommaire_visible": f.dock_sommaire.isVisible(),
    "hauteur_sommaire": f.dock_sommaire.height(),
    "raccourcis_annuler": [s.toString() for s in f.act_annuler.shortcuts()],
}
if len(sys.argv) > 2:
    f.dock_sommaire.hide()   # l'utilisateur ferme le panneau
f.close()
print(json.dumps({"avant": avant, "apres": apres}))
"""


@pytest.fixture
def lancer(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GESSERV_PREFERENCES": str(tmp_path / "preferences.ini"),
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "LANG": "fr_CA.UTF-8"}
    base = tmp_path / "repertoire.sqlite"

    def lancer(*extra: str) -> dict:
        resultat = subprocess.run([sys.executable, "-c", _OUVRIR, str(base), *extra], cwd=RACINE, env=env,
                                  capture_output=True, text=True, timeout=120)
        assert resultat.returncode == 0, resultat.stderr
        return json.loads(resultat.stdout.strip().splitlines()[-1])

    return lancer


TITRES = ["N° d'ID", "Nom du service", "Type de service", "Externe ou interne", "Désignations spéciales",
          "% en ligne", "À compléter", "Propriétaire"]


def test_premier_lancement_puis_le_suivant(lancer):
    premier = lancer()
    assert premier["avant"]["qt_construit"] is False
    assert premier["avant"]["lignes"] == 10 and premier["avant"]["titres"] == TITRES
    assert premier["avant"]["abreger"] == "ElideRight"
    assert premier["avant"]["raccourci_supprimer"] == "WidgetWithChildrenShortcut"
    assert premier["avant"]["attente_alignement"] == (Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft).value
    # rien à restaurer : le panneau du sommaire est placé juste après le premier affichage
    assert premier["avant"]["sommaire_visible"] is False
    assert premier["apres"]["tri"] and premier["apres"]["indicateur"] == [0, "AscendingOrder"]
    assert premier["apres"]["zone_sommaire"] == "BottomDockWidgetArea" and premier["apres"]["sommaire_visible"]
    assert premier["apres"]["raccourcis_annuler"][0] == "Ctrl+Z"

    # au lancement suivant, l'état enregistré le place dès le premier affichage, à sa hauteur
    suivant = lancer("--fermer-le-sommaire")
    assert suivant["avant"]["qt_construit"] is False
    assert suivant["avant"]["sommaire_visible"] is True
    assert suivant["apres"]["zone_sommaire"] == "BottomDockWidgetArea"
    assert suivant["apres"]["hauteur_sommaire"] == premier["apres"]["hauteur_sommaire"]

    # fermé par l'utilisateur, il reste fermé au lancement d'après
    dernier = lancer()
    assert dernier["avant"]["qt_construit"] is False
    assert dernier["avant"]["sommaire_visible"] is False and dernier["apres"]["sommaire_visible"] is False
    assert dernier["apres"]["zone_sommaire"] == "BottomDockWidgetArea" and dernier["apres"]["tri"]


_LANCER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface import app as module_app
from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale
from gesserv_bureau.stockage.base import ouvrir

with ouvrir(sys.argv[1]) as base:
    repertoire.charger_demo(base)
icones = []
origine = FenetrePrincipale.show

def show(self):
    origine(self)
    icones.append(QApplication.windowIcon().availableSizes())   # pas encore : après le premier dessin
    QTimer.singleShot(400, lambda: (icones.append(QApplication.windowIcon().availableSizes()), self.close()))

FenetrePrincipale.show = show
code = module_app.lancer(base=sys.argv[1], langue="fr")
print(code, [len(tailles) for tailles in icones], max(t.width() for t in icones[-1]))
"""


def test_l_icone_de_l_application_est_posee_apres_le_premier_dessin(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GESSERV_PREFERENCES": str(tmp_path / "preferences.ini")}
    resultat = subprocess.run([sys.executable, "-c", _LANCER, str(tmp_path / "r.sqlite")], cwd=RACINE, env=env,
                              capture_output=True, text=True, timeout=120)
    assert resultat.returncode == 0, resultat.stderr
    sortie = resultat.stdout.strip().splitlines()[-1]
    assert sortie.startswith("0 [0, 1] "), sortie   # fenêtre montrée sans icône, puis avec
    assert int(sortie.rsplit(" ", 1)[1]) >= 64       # l'image de ressources/icone.png
