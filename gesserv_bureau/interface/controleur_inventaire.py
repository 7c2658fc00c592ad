"""Le contrôleur de l'inventaire : relie la table et le formulaire aux cas d'utilisation.

Enregistrement au fil de la frappe : chaque saisie relance une minuterie courte; à son
échéance, le service est écrit (une transaction). Un changement de sélection, un changement
d'exercice ou la fermeture de la fenêtre écrivent tout de suite ce qui attend. Une écriture
qui échoue (disque plein, base occupée) laisse la saisie à l'écran et sera refaite.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface import taches
from gesserv_bureau.domaine.recherche import Filtre
from gesserv_bureau.interface.modele_inventaire import ModeleInventaire
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage

if TYPE_CHECKING:  # le formulaire et le service complet arrivent après le premier affichage
    from gesserv_bureau.domaine.service import Service
    from gesserv_bureau.interface.formulaire_service import FormulaireService

def ligne_de(service: Service):
    """La ligne de la table d'un service écrit. ``domaine.inventaire`` (et les règles de
    validation qu'il compte) n'est chargé qu'à la première écriture : pas au démarrage."""
    from gesserv_bureau.domaine import inventaire

    return inventaire.ligne_de(service)


DELAI_ENREGISTREMENT_MS = 400
PREMIERE_PAGE = 200   # lignes montrées tout de suite; le reste arrive d'un fil de travail



class _CommandeSupprimer(QUndoCommand):
    def __init__(self, controleur: "ControleurInventaire", pk: int, libelle: str):
        super().__init__(QCoreApplication.translate("ControleurInventaire", "Supprimer « %1 »").replace("%1", libelle))
        self.controleur = controleur
        self.pk = pk
        self.service: Service | None = None

    def redo(self) -> None:
        self.service = self.controleur._supprimer(self.pk)

    def undo(self) -> None:
        if self.service is not None:
            self.controleur._restaurer(self.service)


class _CommandeAjouter(QUndoCommand):
    """Ajout ou duplication : annuler retire le service, rétablir le remet."""

    def __init__(self, controleur: "ControleurInventaire", service: Service, libelle: str):
        super().__init__(libelle)
        self.controleur = controleur
        self.service = service
        self._premier = True

    def redo(self) -> None:
        if self._premier:
            self._premier = False
            return
        self.controleur._restaurer(self.service)

    def undo(self) -> None:
        # une suppression qui échoue (dite à l'écran) laisse le service là : Ctrl+Y n'a alors rien à remettre
        supprime = self.controleur._supprimer(self.service.pk)
        if supprime is None:
            self._premier = True
        else:
            self.service = supprime


class ControleurInventaire(QObject):
    etat = Signal(str)             # message pour la barre d'état
    erreur = Signal(str)           # une écriture a échoué : message clair
    donneesChangees = Signal()     # le sommaire est à refaire
    exercicesChanges = Signal()
    chargementTermine = Signal()   # toutes les lignes de l'exercice sont dans la table
    enregistre = Signal(int)       # le service (sa clé) vient d'être écrit dans la base : saisi, créé, supprimé, rétabli

    def __init__(self, base: Base, modele: ModeleInventaire, formulaire: "FormulaireService | None" = None, parent=None):
        super().__init__(parent)
        self.base = base
        self.modele = modele
        self.formulaire: "FormulaireService | None" = None
        self.pile = QUndoStack(self)
        self.exercice = repertoire.exercice_par_defaut(base)
        self._minuterie = QTimer(self)
        self._minuterie.setSingleShot(True)
        self._minuterie.setInterval(DELAI_ENREGISTREMENT_MS)
        self._minuterie.timeout.connect(self.enregistrer_maintenant)
        self._en_attente = False
        self._generation = 0           # chaque chargement a son numéro : un résultat périmé est ignoré
        self._changes_pendant_chargement: dict[int, object] = {}
        if formulaire is not None:
            self.attacher_formulaire(formulaire)

    def attacher_formulaire(self, formulaire: "FormulaireService") -> None:
        """Le formulaire, construit juste après le premier affichage de la fenêtre."""
        from gesserv_bureau.interface.controleur_normes import ControleurNormes

        self.formulaire = formulaire
        formulaire.modifie.connect(self._saisie)
        formulaire.mettre_lecture_seule(self.base.lecture_seule)
        formulaire.groupe_normes.lecture_seule = self.base.lecture_seule
        self.normes = ControleurNormes(self.base, formulaire.groupe_normes, self)
        self.normes.erreur.connect(self.erreur)

    # --- exercice ---------------------------------------------------------------------
    def exercices(self) -> list[str]:
        connus = repertoire.exercices_connus(self.base)
        return connus if self.exercice in connus else sorted({*connus, self.exercice})

    def charger_exercice(self, exercice: str | None = None) -> None:
        """Montre tout de suite la première page de l'exercice; le reste est lu dans un fil de
        travail, sur une connexion à part, puis remplace la première page dans la table."""
        self.enregistrer_maintenant()
        if exercice:
            self.exercice = exercice
        self._generation += 1
        self._changes_pendant_chargement = {}
        if self.formulaire is not None:
            self.formulaire.afficher(None)
        total = repertoire.nombre_services(self.base, self.exercice)
        if self.base.chemin is None or total <= PREMIERE_PAGE:
            self.modele.charger(repertoire.lignes_inventaire(self.base, self.exercice))
            self.donneesChangees.emit()
            self.chargementTermine.emit()
            return
        self.modele.charger(repertoire.lignes_inventaire(self.base, self.exercice, PREMIERE_PAGE), total)
        generation, chemin, exercice_charge = self._generation, self.base.chemin, self.exercice
        self.etat.emit(QCoreApplication.translate("ControleurInventaire", "Chargement de %1 services…").replace("%1", str(total)))
        # La lecture du reste part un instant après : la fenêtre se dessine d'abord, sans
        # partager le processeur avec la construction des 20 000 lignes. La minuterie est liée
        # au contrôleur : détruit entre-temps (fenêtre fermée aussitôt ouverte), rien ne part.
        QTimer.singleShot(taches.APRES_AFFICHAGE_MS, self,
                          lambda: self._lire_le_reste(generation, chemin, exercice_charge))

    def _lire_le_reste(self, generation: int, chemin, exercice: str) -> None:
        if generation != self._generation:
            return  # un autre exercice a été choisi entre-temps
        taches.lancer(
            self,
            lambda: repertoire.lignes_inventaire_fichier(chemin, exercice),
            succes=lambda resultat: self._lignes_chargees(generation, *resultat),
            echec=lambda exc: self.erreur.emit(str(exc)),
        )

    def _lignes_chargees(self, generation: int, lignes: list, cles: list[str]) -> None:
        if generation != self._generation:
            return  # un autre exercice a été choisi entre-temps
        changes = self._changes_pendant_chargement
        self._changes_pendant_chargement = {}
        if changes:
            # Ce qui a changé pendant la lecture l'emporte sur ce que le fil a lu.
            par_pk = {l.pk: l for l in lignes}
            for pk, ligne in changes.items():
                if ligne is None:
                    par_pk.pop(pk, None)
                else:
                    par_pk[pk] = ligne
            lignes, cles = list(par_pk.values()), None
        self.modele.charger(lignes, cles=cles)
        self.etat.emit(QCoreApplication.translate("ControleurInventaire", "%1 services chargés.").replace("%1", str(len(lignes))))
        self.donneesChangees.emit()
        self.chargementTermine.emit()

    def _noter(self, pk: int, ligne) -> None:
        """Retient un changement fait pendant un chargement en cours (ligne, ou None si supprimée)."""
        if not self.modele.chargement_complet():
            self._changes_pendant_chargement[pk] = ligne

    # --- sélection et saisie ------------------------------------------------------------
    def selectionner(self, pk: int | None) -> None:
        actuel = self.formulaire.service()
        if actuel is not None and actuel.pk == pk:
            return
        if not self.enregistrer_maintenant():
            return
        service = repertoire.charger_service(self.base, pk) if pk is not None else None
        self.formulaire.afficher(service)
        if service is not None:
            self.formulaire.afficher_problemes(repertoire.problemes(self.base, service))
            self.normes.afficher(service)

    def _saisie(self) -> None:
        self._en_attente = True
        self._minuterie.start()
        self.etat.emit(QCoreApplication.translate("ControleurInventaire", "Modification en cours…"))

    def en_attente(self) -> bool:
        return self._en_attente

    def enregistrer_maintenant(self) -> bool:
        """Écrit la saisie en attente. ``False`` si l'écriture a échoué (la saisie reste)."""
        self._minuterie.stop()
        if not self._en_attente or self.formulaire is None or self.formulaire.service() is None:
            self._en_attente = False
            return True
        service = self.formulaire.lire()
        try:
            repertoire.enregistrer_service(self.base, service)
        except ErreurStockage as exc:
            message = texte_erreur(exc, QCoreApplication.translate) or str(exc)
            self.formulaire.montrer_bandeau(message)
            self.erreur.emit(message)
            return False
        self._en_attente = False
        self.formulaire.montrer_bandeau("")
        self.formulaire.afficher_problemes(repertoire.problemes(self.base, service))
        ligne = ligne_de(service)
        self.modele.remplacer(ligne)
        self._noter(service.pk, ligne)
        self.etat.emit(QCoreApplication.translate("ControleurInventaire", "Enregistré à %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        self.donneesChangees.emit()
        self.enregistre.emit(service.pk)
        return True

    # --- filtre -------------------------------------------------------------------------
    def filtrer(self, filtre: Filtre) -> None:
        self.modele.filtrer(filtre)

    # --- ajouter, dupliquer, supprimer (annulables) -------------------------------------
    def _tenter(self, action):
        try:
            return action()
        except ErreurStockage as exc:
            self.erreur.emit(texte_erreur(exc, QCoreApplication.translate) or str(exc))
            return None

    def nouveau(self) -> int | None:
        if not self.enregistrer_maintenant():
            return None
        service = self._tenter(lambda: repertoire.nouveau_service(self.base, self.exercice))
        if service is None:
            return None
        self.modele.ajouter(ligne_de(service))
        self._noter(service.pk, ligne_de(service))       # (un chargement en cours ne le perd pas)
        self.pile.push(_CommandeAjouter(self, service, QCoreApplication.translate("ControleurInventaire", "Nouveau service")))
        self.donneesChangees.emit()
        self.enregistre.emit(service.pk)
        return service.pk

    def ajouter_recu(self, service: Service) -> None:
        """Un service que quelqu'un d'autre a créé, arrivé dans la base (le répertoire en direct) : une
        ligne de plus s'il est de l'exercice montré — qu'un chargement en cours ne perd pas."""
        if service.exercice != self.exercice or self.modele.rang_de(service.pk) is not None:
            return
        self.modele.ajouter(ligne_de(service))
        self._noter(service.pk, ligne_de(service))

    def dupliquer(self, pk: int) -> int | None:
        if not self.enregistrer_maintenant():
            return None
        copie = self._tenter(lambda: repertoire.dupliquer_service(self.base, pk))
        if copie is None:
            return None
        self.modele.ajouter(ligne_de(copie))
        self._noter(copie.pk, ligne_de(copie))
        self.pile.push(_CommandeAjouter(self, copie, QCoreApplication.translate("ControleurInventaire", "Dupliquer « %1 »").replace("%1", copie.nom(self.formulaire.langue if self.formulaire else "fr"))))
        self.donneesChangees.emit()
        self.enregistre.emit(copie.pk)
        return copie.pk

    def supprimer(self, pk: int, libelle: str) -> None:
        if not self.enregistrer_maintenant():
            return
        self.pile.push(_CommandeSupprimer(self, pk, libelle))

    def _supprimer(self, pk: int) -> Service | None:
        actuel = self.formulaire.service() if self.formulaire is not None else None
        if actuel is not None and actuel.pk == pk:
            self._en_attente = False
            self._minuterie.stop()
            self.formulaire.afficher(None)
        service = self._tenter(lambda: repertoire.supprimer_service(self.base, pk))
        if service is not None:
            self.modele.retirer(pk)
            self._noter(pk, None)
            self.etat.emit(QCoreApplication.translate("ControleurInventaire", "Service supprimé. Ctrl+Z pour annuler."))
            self.donneesChangees.emit()
            self.enregistre.emit(pk)
        return service

    def _restaurer(self, service: Service) -> None:
        if self._tenter(lambda: repertoire.restaurer_service(self.base, service)) is None:
            return
        if service.exercice == self.exercice:
            self.modele.ajouter(ligne_de(service))
            self._noter(service.pk, ligne_de(service))
        self.etat.emit(QCoreApplication.translate("ControleurInventaire", "Service rétabli."))
        self.donneesChangees.emit()
        self.enregistre.emit(service.pk)

    # --- exercice suivant et métadonnées -------------------------------------------------
    def commencer_exercice_suivant(self) -> repertoire.ResultatNouvelExercice | None:
        if not self.enregistrer_maintenant():
            return None
        resultat = self._tenter(lambda: repertoire.commencer_exercice_suivant(self.base, self.exercice))
        if resultat is None:
            return None
        self.pile.clear()
        self.exercicesChanges.emit()
        self.charger_exercice(resultat.exercice)
        return resultat

    def calculer_sommaire(self, rappel) -> None:
        """Le sommaire, calculé hors du fil de l'interface quand la base est un fichier."""
        if self.base.chemin is None:
            rappel(self.exercice, repertoire.sommaire_exercice(self.base, self.exercice))
            return
        chemin, exercice = self.base.chemin, self.exercice
        taches.lancer(self, lambda: repertoire.sommaire_exercice_fichier(chemin, exercice),
                      succes=lambda s: rappel(exercice, s))
