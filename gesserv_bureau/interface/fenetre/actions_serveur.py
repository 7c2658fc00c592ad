"""Le mode ministère dans le menu Fichier : emporter hors ligne les services de ses secteurs depuis
le répertoire ministériel, et renvoyer au serveur les changements de la base emportée ouverte —
les changements qui se croisent tranchés champ par champ (``DialogueDivergences``), jamais en
laissant tomber un côté. SQLAlchemy et psycopg ne sont chargés qu'à la première de ces commandes."""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
from gesserv_bureau.interface.textes import en_clair


class ActionsServeur:
    """Les commandes du mode ministère de ``FenetrePrincipale`` (à mettre avant ``QMainWindow``)."""

    def _maj_actions_serveur(self) -> None:
        """« Renvoyer » et « Suivre une séance en direct » ne valent que pour une base emportée (relu à
        chaque ouverture du menu)."""
        from gesserv_bureau.stockage.serveur.adresse import emportee_de

        copie = emportee_de(self.base.conn) is not None
        self.act_renvoyer.setEnabled(not self.base.lecture_seule and copie)
        self.act_suivre_seance.setVisible(copie)

    def lire_historique(self, du_serveur, du_poste, montrer, completer=None) -> None:
        """Le journal ou le registre (``montrer(lu, note)``) : dans une copie connectée au répertoire
        ministériel, ceux du serveur — tout le ministère —, lus hors du fil (``du_serveur(serveur)``), puis
        ``completer(lu, serveur)`` dans le fil de la fenêtre (``(lu, rapports du poste pas encore inscrits)``);
        ceux de la base sinon (``du_poste()``), et dans une copie la note dit alors
        qu'ils ne sont que ceux de ce poste. Une lecture à la fois; rien n'est montré si la fenêtre
        s'est fermée ou a changé de base entre-temps."""
        from gesserv_bureau.interface import taches
        from gesserv_bureau.stockage.erreurs import ErreurStockage
        from gesserv_bureau.stockage.serveur.adresse import emportee_de

        if emportee_de(self.base.conn) is None:
            montrer(du_poste(), "")
            return
        en_direct = getattr(self, "_inventaire_en_direct", None)
        serveur = en_direct.serveur if en_direct is not None else None
        if serveur is None:
            montrer(du_poste(), self.tr(
                "Pas de connexion au répertoire ministériel : seulement ce que la copie de ce poste a consigné."))
            return
        if getattr(self, "_lecture_historique", False):
            return
        self._lecture_historique = True
        base = self.base
        self.statusBar().showMessage(self.tr("Lecture sur le serveur ministériel…"))

        def encore_la() -> bool:
            self._lecture_historique = False
            self.statusBar().clearMessage()
            return not getattr(self, "_fermee", False) and self.base is base

        def succes(lu) -> None:
            if encore_la():
                lu, en_attente = completer(lu, serveur) if completer else (lu, 0)
                montrer(lu, self.note_du_serveur(en_attente))

        def echec(exc: BaseException) -> None:
            if not isinstance(exc, ErreurStockage):     # une erreur de programme : pas un serveur muet
                encore_la()
                raise exc
            if encore_la():
                montrer(du_poste(), self.tr(
                    "Le répertoire ministériel n'a pas répondu (%1) : seulement ce que la copie de ce poste a "
                    "consigné.").replace("%1", texte_erreur_stockage(exc)))

        taches.lancer(self, lambda: du_serveur(serveur), echec=echec, succes=succes)

    def note_du_serveur(self, en_attente: int = 0) -> str:
        """La note d'une liste lue sur le serveur; ``en_attente`` : des rapports de ce poste pas encore inscrits."""
        note = self.tr("Tout le répertoire ministériel, lu sur le serveur (chaque auteur sous son nom de connexion).")
        if en_attente:
            note += " " + self.tr("%n rapport(s) exporté(s) ou signé(s) sur ce poste y seront inscrits au prochain "
                                  "renvoi.", "", en_attente)
        return note

    def _connecter_serveur(self, adresse: str, mot_de_passe: str | None = None):
        """La connexion au répertoire ministériel (le mot de passe demandé s'il en faut un). None : annulé."""
        from gesserv_bureau.interface.ouverture_serveur import connecter

        return connecter(adresse, self, mot_de_passe)

    def ouvrir_repertoire_ministeriel(self, adresse: str | None = None):
        """Fichier › Ouvrir le répertoire ministériel… : l'adresse (la dernière retenue, proposée), puis
        la copie de ses services que ce poste garde (emportée la première fois, mise à jour ensuite);
        la fenêtre s'y rouvre. Ce qui se croise avec le travail des autres est montré à l'ouverture."""
        from PySide6.QtWidgets import QInputDialog

        from gesserv_bureau.interface.ouverture_serveur import ouvrir_copie
        from gesserv_bureau.stockage.serveur.adresse import est_serveur, emportee_de

        if adresse is None:
            from gesserv_bureau.langue import preferences

            proposee = emportee_de(self.base.conn) or preferences().value("serveur/adresse", "")
            adresse, ok = QInputDialog.getText(self, self.tr("Ouvrir le répertoire ministériel"), self.tr(
                "Adresse du répertoire ministériel (postgresql://personne@serveur/base, ou service=NOM) :"),
                text=str(proposee or ""))
            if not ok or not adresse.strip():
                return None
            adresse = adresse.strip()
        if not est_serveur(adresse):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Ouvrir le répertoire ministériel"), self.tr(
                "« %1 » n'est pas l'adresse d'un serveur PostgreSQL : écrivez postgresql://personne@serveur/base, "
                "ou service=NOM.").replace("%1", adresse))
            return None
        from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies
        from gesserv_bureau.stockage.serveur.adresse import meme_adresse

        if (meme_adresse(emportee_de(self.base.conn), adresse) and self.base.chemin is not None
                and Path(self.base.chemin).parent.resolve() == dossier_des_copies().resolve()):
            return self.renvoyer_au_serveur()     # déjà ouvert ici : mis à jour sur place
        if not self.controleur.enregistrer_maintenant():
            return None
        # la copie ouverte peut être mise à jour sur place (la même sous une autre adresse) : les
        # fenêtres qui gardent une fiche en mémoire se ferment d'abord, comme pour un renvoi
        if not self._fermer_fenetres_pour_recevoir(self.tr("Ouvrir le répertoire ministériel")):
            return None
        copie = ouvrir_copie(adresse, self, ouverte=self.base)
        if copie is None:
            return None
        if self.base.chemin is not None and Path(self.base.chemin).resolve() == copie.fichier.resolve():
            # la copie déjà ouverte ici : mise à jour sur place, la fenêtre relit (ou la question posée)
            if copie.ecarts:
                self.renvoyer_au_serveur()
            else:
                self._relire_apres_renvoi()
            return copie
        from gesserv_bureau.langue import preferences
        from gesserv_bureau.stockage.serveur.adresse import sans_mot_de_passe

        preferences().setValue("serveur/adresse", sans_mot_de_passe(adresse))   # jamais un mot de passe
        self.changementDeBase.emit(copie.fichier, None)
        return copie

    def emporter_hors_ligne(self):
        from PySide6.QtWidgets import QMessageBox

        from gesserv_bureau.interface.dialogue_emport import DialogueEmport

        fait = {}

        def faire(adresse: str, mot_de_passe: str | None, fichier: Path) -> str | None:
            from gesserv_bureau.cas import hors_ligne
            from gesserv_bureau.stockage.erreurs import ErreurStockage

            try:
                with _occupe():
                    serveur = self._connecter_serveur(adresse, mot_de_passe)
                    if serveur is None:
                        return self.tr("Emport annulé : rien n'a été créé.")
                    with serveur:
                        fait["bilan"] = hors_ligne.emporter(serveur, fichier)
            except ErreurStockage as exc:
                return texte_erreur_stockage(exc)
            fait["fichier"] = fichier
            return None

        dialogue = DialogueEmport(faire, self._dossier_courant(), langue=self.langue, parent=self)
        accepte = dialogue.exec()
        dialogue.deleteLater()
        if not accepte or "bilan" not in fait:
            return None
        b = fait["bilan"]
        reponse = QMessageBox.question(self, self.tr("Emporter hors ligne"), en_clair(self.tr(
            "Base emportée : %1 (services : %2, évaluations : %3, normes de service : %4).\n\nL'ouvrir maintenant? "
            "Le répertoire ouvert est enregistré et fermé.").replace("%1", str(fait["fichier"]))
            .replace("%2", str(b.services)).replace("%3", str(b.evaluations)).replace("%4", str(b.normes))))
        if reponse == QMessageBox.StandardButton.Yes:
            self.changementDeBase.emit(fait["fichier"], None)
        return fait["fichier"]

    def renvoyer_au_serveur(self, choix_fait=None) -> bool:
        """Renvoyer la base emportée ouverte. ``choix_fait`` (essais) : à la place du dialogue des
        divergences, une fonction ``écarts -> choix`` (None : annuler)."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from gesserv_bureau.cas import hors_ligne
        from gesserv_bureau.interface.dialogue_divergences import DialogueDivergences
        from gesserv_bureau.stockage.erreurs import ErreurStockage
        from gesserv_bureau.stockage.serveur.adresse import emportee_de
        from gesserv_bureau.stockage.serveur.connexion import nom_affiche

        titre = self.tr("Renvoyer au serveur ministériel")
        adresse = emportee_de(self.base.conn)
        if adresse is None:
            QMessageBox.information(self, titre, self.tr(
                "Ce répertoire n'a pas été emporté d'un répertoire ministériel : il n'y a rien à renvoyer."))
            return False
        if not self.controleur.enregistrer_maintenant():
            return False
        if not self._fermer_fenetres_pour_recevoir(titre):
            return False
        choix: dict[str, str] = {}
        try:
            serveur = self._connecter_serveur(adresse)
            if serveur is None:
                return False
            with serveur:
                while True:
                    try:
                        with _occupe():
                            bilan = hors_ligne.renvoyer_base(serveur, self.base, choix)
                        break
                    except hors_ligne.RenvoiATrancher as exc:
                        if choix_fait is not None:
                            nouveaux = choix_fait(exc.ecarts)
                        else:
                            dialogue = DialogueDivergences(exc.ecarts, self.langue, self)
                            nouveaux = dialogue.choix() if dialogue.exec() == QDialog.DialogCode.Accepted else None
                            dialogue.deleteLater()
                        if not nouveaux:
                            self.statusBar().showMessage(self.tr(
                                "Renvoi annulé : rien n'a été renvoyé, rien n'est perdu."), 15000)
                            return False
                        choix.update(nouveaux)
        except ErreurStockage as exc:
            message = texte_erreur_stockage(exc)
            self.statusBar().showMessage(message, 15000)
            QMessageBox.warning(self, titre, en_clair(message))
            return False
        message = self.tr(
            "Renvoyé à %1 : fiches ajoutées : %2, modifiées : %3, supprimées : %4; divergences tranchées : %5. "
            "Ce répertoire est à jour avec le serveur.").replace("%1", nom_affiche(adresse)).replace(
            "%2", str(bilan.ajoutees)).replace("%3", str(bilan.modifiees)).replace(
            "%4", str(bilan.supprimees)).replace("%5", str(bilan.tranchees))
        self.statusBar().showMessage(message, 20000)
        self._relire_apres_renvoi()
        return True

    def _fermer_fenetres_pour_recevoir(self, titre: str) -> bool:
        """Une évaluation, une séance ou une stratégie ouverte garde en mémoire la fiche qu'elle
        montre; après le renvoi, la base a reçu le travail des autres, et sa prochaine saisie
        l'écraserait. Elles sont donc fermées d'abord (tout y est déjà enregistré), sur accord."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        ouvertes = [f for f in self.findChildren(QDialog) if f.isVisible()]
        if not ouvertes:
            return True
        noms = ", ".join(f.windowTitle() for f in ouvertes[:4]) + (" …" if len(ouvertes) > 4 else "")
        reponse = QMessageBox.question(self, titre, self.tr(
            "Pour recevoir le travail des autres sans que vos fenêtres ouvertes l'écrasent, elles vont être "
            "fermées (tout y est déjà enregistré) : %1. Vous les rouvrirez ensuite. Continuer?").replace("%1", noms))
        if reponse != QMessageBox.StandardButton.Yes:
            self.statusBar().showMessage(self.tr("Renvoi annulé : rien n'a été renvoyé, rien n'est perdu."), 15000)
            return False
        self._fermer_fenetres_filles()
        return True

    # --- les changements des autres, en direct (une copie du répertoire ministériel) -------------
    _suivi_serveur = None
    _bouton_changements = None
    _inventaire_en_direct = None

    def _demarrer_suivi_serveur(self) -> None:
        from gesserv_bureau.stockage.serveur.adresse import emportee_de

        adresse = emportee_de(self.base.conn)
        if adresse is None or self._fermee or self._suivi_serveur is not None:
            return
        from PySide6.QtWidgets import QToolButton

        from gesserv_bureau.cas import hors_ligne
        from gesserv_bureau.interface.suivi_serveur import SuiviServeur

        self._bouton_changements = QToolButton(self)
        self._bouton_changements.setObjectName("changementsServeur")
        self._bouton_changements.setAutoRaise(True)
        self._bouton_changements.clicked.connect(lambda: self.renvoyer_au_serveur())
        self._bouton_changements.hide()
        self.statusBar().addPermanentWidget(self._bouton_changements)
        self._suivi_serveur = SuiviServeur(adresse, hors_ligne.connexion_d_emport(self.base),
                                           hors_ligne.fiches_emportees(self.base), self)
        self._suivi_serveur.changements.connect(self._montrer_changements_serveur)
        self._suivi_serveur.demarrer()
        from gesserv_bureau.interface.inventaire_en_direct import InventaireEnDirect

        self._inventaire_en_direct = InventaireEnDirect(self)
        self._inventaire_en_direct.demarrer()

    def _montrer_changements_serveur(self, n: int) -> None:
        if self._bouton_changements is None or self._fermee:
            return
        self._changements_serveur = n
        texte = self.tr("Changements sur le serveur : %1 — Recevoir").replace("%1", str(n))
        self._bouton_changements.setText(texte)
        self._bouton_changements.setToolTip(self.tr(
            "D'autres ont changé, supprimé ou ajouté %1 fiche(s) de votre copie depuis votre dernier renvoi. "
            "Cliquez pour renvoyer votre travail et recevoir le leur (Fichier › Renvoyer au serveur ministériel).")
            .replace("%1", str(n)))
        self._bouton_changements.setAccessibleName(texte)
        self._bouton_changements.setVisible(n > 0)

    def _arreter_suivi_serveur(self) -> None:
        if self._suivi_serveur is not None:
            self._suivi_serveur.arreter()
        if self._inventaire_en_direct is not None:
            self._inventaire_en_direct.arreter()

    def _relire_apres_renvoi(self) -> None:
        """La base du poste vient d'être remise à l'état du serveur : tout ce qui est affiché est relu,
        et le compte des changements des autres repart de zéro."""
        from gesserv_bureau.cas import hors_ligne, repertoire

        if self._suivi_serveur is not None:
            self._suivi_serveur.recommencer(hors_ligne.fiches_emportees(self.base))

        if self._inventaire_en_direct is not None:
            self._inventaire_en_direct.recommencer()
        self.controleur.pile.clear()     # les fiches ont changé sous les commandes à annuler
        exercices = repertoire.exercices_connus(self.base)
        cible = self.controleur.exercice if self.controleur.exercice in exercices else (
            exercices[-1] if exercices else None)
        self.controleur.charger_exercice(cible)
        self.filtre.remplir_exercices(self.controleur.exercices(), self.controleur.exercice)


class _occupe:
    """Le curseur d'attente le temps d'une opération sur le serveur."""

    def __enter__(self):
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return self

    def __exit__(self, *exc) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.restoreOverrideCursor()
