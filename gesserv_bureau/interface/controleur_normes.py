"""Les normes de service du formulaire : ce que les boutons de ``GroupeNormes`` demandent —
ajouter, modifier, suivre (résultats et plan d'action), retirer ou rétablir une norme — ouvert
dans son dialogue et fait par les cas d'utilisation (``cas.normes``); la liste refaite ensuite,
avec le scénario du tableau 8 de chaque norme."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from gesserv_bureau.cas import normes
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.stockage.erreurs import ErreurStockage


class ControleurNormes(QObject):
    erreur = Signal(str)   # une écriture a échoué : message clair
    changee = Signal(str, int)   # une fiche (« norme_service », « action_norme ») a pu changer dans la base

    def __init__(self, base, groupe, parent=None):
        super().__init__(parent)
        self.base = base
        self.groupe = groupe
        self._service: Service | None = None
        groupe.ajoutDemande.connect(self.ajouter)
        groupe.modificationDemandee.connect(self.modifier)
        groupe.suiviDemande.connect(self.suivre)
        groupe.retraitDemande.connect(self.retirer)

    @property
    def langue(self) -> str:
        return self.groupe.langue

    def afficher(self, service: Service | None) -> None:
        """Les normes du service, chacune avec son scénario du tableau 8."""
        self._service = service
        if service is None or service.pk is None:
            self.groupe.afficher(service, [])
            return
        liste = normes.normes_du_service(self.base, service.pk)
        scenarios = {n.pk: normes.suivi(self.base, n.pk).scenario for n in liste}
        self.groupe.afficher(service, liste, scenarios)

    def _parent(self):
        return self.groupe.window()

    def ajouter(self) -> None:
        from gesserv_bureau.interface.dialogue_norme import DialogueNorme

        service = self._service
        if service is None or service.pk is None:
            return
        cree = {}

        def enregistrer(valeurs: dict) -> None:
            cree["norme"] = normes.creer(self.base, service.pk, **valeurs)

        self._ouvrir(DialogueNorme(None, enregistrer, self.langue, self._parent()))
        if "norme" in cree:
            self.afficher(service)
            self.groupe.selectionner(cree["norme"].pk)
            self.changee.emit("norme_service", cree["norme"].pk)

    def modifier(self, pk: int) -> None:
        from gesserv_bureau.interface.dialogue_norme import DialogueNorme

        n = normes.charger(self.base, pk)
        if n is None:
            return
        self._ouvrir(DialogueNorme(n, lambda valeurs: normes.modifier(self.base, pk, **valeurs), self.langue,
                                   self._parent()))
        self.afficher(self._service)
        self.changee.emit("norme_service", pk)

    def suivre(self, pk: int) -> None:
        from gesserv_bureau.interface.dialogue_suivi_norme import DialogueSuiviNorme

        avant = self._actions(pk)
        dialogue = DialogueSuiviNorme(self.base, pk, self.langue, self._parent())
        dialogue.modifiee.connect(lambda: self.afficher(self._service))
        self._ouvrir(dialogue)
        self.afficher(self._service)
        self._dire_suivi(pk, avant)

    def _actions(self, pk: int) -> set[int]:
        try:
            return {a.pk for a in normes.suivi(self.base, pk).actions if a.pk is not None}
        except (KeyError, ErreurStockage):
            return set()

    def _dire_suivi(self, pk: int, avant: set[int] = frozenset()) -> None:
        """Le suivi d'une norme change ses résultats (la norme) et son plan d'action (ses actions : celles
        qu'elle a maintenant, et celles qu'elle avait, supprimées depuis)."""
        self.changee.emit("norme_service", pk)
        for action in sorted(self._actions(pk) | set(avant)):
            self.changee.emit("action_norme", action)

    def retirer(self, pk: int, retirer: bool) -> None:
        n = normes.charger(self.base, pk)
        if n is None:
            return
        if retirer:
            question = self.tr("Retirer la norme « %1 »? Elle reste à l'historique de l'exercice, mais n'est plus "
                               "reprise à l'exercice suivant.").replace("%1", f"{n.norme_id} — {n.texte(self.langue)}")
            if QMessageBox.question(self._parent(), self.tr("Retirer la norme"), question) != QMessageBox.StandardButton.Yes:
                return
        try:
            normes.retirer(self.base, pk) if retirer else normes.retablir(self.base, pk)
        except normes.NormeRefusee as exc:
            QMessageBox.warning(self._parent(), self.tr("Retirer la norme"), exc.texte(self.langue))
            return
        except ErreurStockage as exc:
            self.erreur.emit(str(exc))
            return
        self.afficher(self._service)
        self.groupe.selectionner(pk)
        self.changee.emit("norme_service", pk)

    def _ouvrir(self, dialogue) -> None:
        """Modal, et détruit à la fermeture; un test le trouve par son nom d'objet."""
        try:
            dialogue.exec()
        finally:
            dialogue.deleteLater()
