"""Captures d'écran de la fenêtre principale, hors écran, sur la base de démonstration.

    QT_QPA_PLATFORM=offscreen python outils/captures.py [fr|en] [dossier]
"""
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
travail = Path(tempfile.mkdtemp(prefix="gesserv-captures-"))
os.environ["GESSERV_PREFERENCES"] = str(travail / "preferences.ini")

from gesserv_bureau import application  # noqa: E402
from gesserv_bureau.interface.app import creer_application  # noqa: E402
from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale  # noqa: E402
from gesserv_bureau.stockage.base import ouvrir  # noqa: E402

langue = sys.argv[1] if len(sys.argv) > 1 else "fr"
sortie = Path(sys.argv[2] if len(sys.argv) > 2 else "captures")
sortie.mkdir(exist_ok=True)
base = ouvrir(travail / "demo.sqlite")
application.charger_demo(base)
app, traductions = creer_application(langue)
fenetre = FenetrePrincipale(base, traductions)
fenetre.show()


def patienter(ms: int) -> None:
    """Laisse la boucle d'événements travailler (sommaire et chargement hors du fil)."""
    import time

    fin = time.monotonic() + ms / 1000
    while time.monotonic() < fin:
        app.processEvents()
        time.sleep(0.01)


patienter(600)
fenetre.selectionner_pk(1)
app.processEvents()
fenetre.grab().save(str(sortie / f"fenetre_{langue}.png"))
fenetre.formulaire.grab().save(str(sortie / f"formulaire_{langue}.png"))
barre = fenetre.formulaire.verticalScrollBar()
for i, valeur in enumerate((barre.maximum() // 2, barre.maximum())):
    barre.setValue(valeur)
    app.processEvents()
    fenetre.formulaire.grab().save(str(sortie / f"formulaire_{langue}_{i + 2}.png"))
fenetre.selectionner_pk(10)
app.processEvents()
barre.setValue(0)
app.processEvents()
fenetre.formulaire.grab().save(str(sortie / f"formulaire_incomplet_{langue}.png"))
# Les dialogues : chaque question est montrée, capturée, puis acceptée.
from PySide6.QtWidgets import QMessageBox  # noqa: E402

captures_dialogues = iter(["dialogue_supprimer", "dialogue_exercice_suivant"])


def question(parent, titre, texte, boutons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, *args):
    boite = QMessageBox(QMessageBox.Icon.Question, titre, texte, boutons, parent)
    boite.show()
    app.processEvents()
    boite.grab().save(str(sortie / f"{next(captures_dialogues)}_{langue}.png"))
    boite.close()
    return QMessageBox.StandardButton.Yes


QMessageBox.question = staticmethod(question)
fenetre.selectionner_pk(4)
app.processEvents()
fenetre.act_supprimer.trigger()
fenetre.act_annuler.trigger()
fenetre.act_exercice_suivant.trigger()
patienter(400)
fenetre.grab().save(str(sortie / f"fenetre_exercice_suivant_{langue}.png"))
fenetre.close()
shutil.rmtree(travail, ignore_errors=True)
print("captures dans", sortie)
