"""Le formulaire d'un service : les 18 éléments du tableau 5, chacun avec son message de
validation juste en dessous. La vue ne fait que montrer et lire; l'enregistrement au fil de
la frappe et la validation sont faits par le contrôleur (``controleur_inventaire``).

Ses morceaux sont dans le paquet ``interface/formulaire/`` (voir son ``__init__``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea

from gesserv_bureau.domaine.service import Service
from gesserv_bureau.interface.formulaire.champs import MessageValidation
from gesserv_bureau.interface.formulaire.construction import ConstructionFormulaire
from gesserv_bureau.interface.formulaire.donnees import DonneesFormulaire
from gesserv_bureau.interface.formulaire.libelles import LibellesFormulaire
from gesserv_bureau.interface.formulaire.reactions import ReactionsFormulaire
from gesserv_bureau.interface.texte_depliable import TexteDepliable
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut


class FormulaireService(ConstructionFormulaire, ReactionsFormulaire, DonneesFormulaire, LibellesFormulaire,
                        Retraduisible, QScrollArea):
    """Le formulaire; ``modifie`` est émis à chaque saisie de l'utilisateur (pas au chargement)."""

    modifie = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.langue = "fr"
        self._service: Service | None = None
        self._chargement = False
        self._lecture_seule = False
        self._messages: dict[str, MessageValidation] = {}
        self._etiquettes: dict[str, QLabel] = {}
        self.notes: dict[str, TexteDepliable] = {}   # code de l'élément -> sa note du tableau 5
        self._construire()
        tout_en_texte_brut(self)   # le nom du service et les messages : tels quels
        self.retraduire()
        self.afficher(None)
