"""Démarrage de l'application graphique : traductions, crochet d'exceptions, ouverture de la
base (avec les dialogues qui expliquent une base endommagée, verrouillée, en lecture seule, trop
récente, d'une autre application, sur un disque plein, ou privée de ses dernières modifications
après un arrêt brutal), puis la fenêtre principale.

Les boîtes de dialogue (``QMessageBox``, ``QFileDialog``) et ``QIcon`` s'importent là où elles
servent : chaque classe de PySide6 nommée pour la première fois coûte de 1,5 à 3 ms (mesuré),
et le premier affichage de la fenêtre n'en montre aucune.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from gesserv_bureau import __version__
from gesserv_bureau.chemins import chemin_base, dossier_ressources
from gesserv_bureau.interface import taches
from gesserv_bureau.interface.fenetre_principale import DELAI_CONSTRUCTION_MS, FenetrePrincipale
from gesserv_bureau.interface.textes import en_clair
from gesserv_bureau.langue import Traductions, langue_initiale
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.stockage.base import Base, ouvrir
from gesserv_bureau.stockage.controle import ControleIntegrite
from gesserv_bureau.stockage.erreurs import (
    BaseEndommagee,
    BaseLectureSeule,
    DisquePlein,
    ErreurStockage,
    ModificationsPerdues,
    MoinsDeServices,
)




def installer_crochet_exceptions(interactif: bool = True) -> None:
    """Une erreur imprévue est consignée et montrée, au lieu de fermer l'application sans un mot.
    Hors interaction (essai de démarrage), elle termine l'application avec le code 1."""

    def crochet(type_, valeur, trace):
        from PySide6.QtWidgets import QMessageBox

        detail = "".join(traceback.format_exception(type_, valeur, trace))
        logging.getLogger("gesserv_bureau").error(detail)
        print(detail, file=sys.stderr)
        app = QApplication.instance()
        if app is None:
            return
        if not interactif:
            app.exit(1)
            return
        poser_icone()
        boite = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Demarrage", "Erreur imprévue"),
                            QCoreApplication.translate("Demarrage", "Une erreur imprévue s'est produite. Ce qui était déjà enregistré n'est pas perdu. "
                               "Le détail ci-dessous peut aider l'équipe de soutien."))
        boite.setDetailedText(detail)
        boite.exec()

    sys.excepthook = crochet


def ouvrir_avec_dialogues(
    chemin: Path,
    interactif: bool = True,
    controle: ControleIntegrite | None = None,
    attendre_controle: bool = True,
) -> Base | None:
    """Ouvre la base; en cas de problème, explique et propose ce qui est possible.

    Renvoie ``None`` si l'utilisateur renonce. Rien n'est jamais écrasé : une base endommagée
    est gardée, renommée, avant qu'une copie prenne sa place. Un disque plein n'est jamais
    pris pour une base endommagée : aucune restauration n'est alors proposée.
    """
    accepter_perte = False
    while True:
        try:
            return ouvrir(chemin, controle=controle, attendre_controle=attendre_controle,
                          accepter_perte=accepter_perte)
        except ModificationsPerdues as exc:
            message = texte_erreur(exc, QCoreApplication.translate)
            if not interactif:
                print(message, file=sys.stderr)
                return None
            from PySide6.QtWidgets import QMessageBox

            poser_icone()
            boite = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Demarrage", "Modifications perdues"), message)
            continuer = boite.addButton(QCoreApplication.translate("Demarrage", "Continuer avec la base telle qu'elle est"), QMessageBox.ButtonRole.AcceptRole)
            autre = boite.addButton(QCoreApplication.translate("Demarrage", "Ouvrir un autre fichier…"), QMessageBox.ButtonRole.ActionRole)
            boite.addButton(QCoreApplication.translate("Demarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole)
            boite.exec()
            if boite.clickedButton() is continuer:
                accepter_perte = True
                continue
            if boite.clickedButton() is autre and (choisi := _choisir_fichier()):
                chemin, accepter_perte = choisi, False
                continue
            return None
        except DisquePlein as exc:
            message = texte_erreur(exc, QCoreApplication.translate)
            if not interactif:
                print(message, file=sys.stderr)
                return None
            from PySide6.QtWidgets import QMessageBox

            poser_icone()
            boite = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Demarrage", "Disque plein"), message)
            reessayer = boite.addButton(QCoreApplication.translate("Demarrage", "Réessayer"), QMessageBox.ButtonRole.AcceptRole)
            boite.addButton(QCoreApplication.translate("Demarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole)
            boite.exec()
            if boite.clickedButton() is reessayer:
                controle = None   # refaire le contrôle : l'espace a pu être libéré
                continue
            return None
        except BaseEndommagee as exc:
            message = texte_erreur(exc, QCoreApplication.translate)
            if not interactif:
                print(message, file=sys.stderr)
                return None
            if exc.copies:
                from PySide6.QtWidgets import QMessageBox

                poser_icone()
                boite = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Demarrage", "Base endommagée"), en_clair(message))
                restaurer = boite.addButton(QCoreApplication.translate("Demarrage", "Restaurer la dernière copie intacte"), QMessageBox.ButtonRole.AcceptRole)
                autre = boite.addButton(QCoreApplication.translate("Demarrage", "Ouvrir un autre fichier…"), QMessageBox.ButtonRole.ActionRole)
                boite.addButton(QCoreApplication.translate("Demarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole)
                boite.setDefaultButton(restaurer)
                boite.exec()
                if boite.clickedButton() is restaurer:
                    restaurer_avec_confirmation(chemin, exc.copies[0], "endommagee")
                    controle = None
                    continue
                if boite.clickedButton() is autre:
                    chemin = _choisir_fichier() or chemin
                    if chemin:
                        continue
                return None
            chemin_autre = _proposer_autre(message)
            if not chemin_autre:
                return None
            chemin = chemin_autre
        except BaseLectureSeule as exc:
            message = texte_erreur(exc, QCoreApplication.translate)
            if not interactif:
                print(message, file=sys.stderr)
                return None
            from PySide6.QtWidgets import QMessageBox

            poser_icone()
            boite = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Demarrage", "Fichier en lecture seule"), en_clair(message))
            consulter = boite.addButton(QCoreApplication.translate("Demarrage", "Consulter en lecture seule"), QMessageBox.ButtonRole.AcceptRole)
            boite.addButton(QCoreApplication.translate("Demarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole)
            boite.exec()
            if boite.clickedButton() is consulter:
                try:
                    return ouvrir(chemin, lecture_seule=True)
                except ErreurStockage as exc2:
                    QMessageBox.critical(None, QCoreApplication.translate("Demarrage", "Ouverture impossible"),
                                         en_clair(texte_erreur(exc2, QCoreApplication.translate)))
            return None
        except ErreurStockage as exc:
            message = texte_erreur(exc, QCoreApplication.translate) or str(exc)
            if not interactif:
                print(message, file=sys.stderr)
                return None
            chemin_autre = _proposer_autre(message)
            if not chemin_autre:
                return None
            chemin = chemin_autre


def restaurer_avec_confirmation(chemin: Path, copie: Path, raison: str, parent=None, confirme: bool = False) -> bool:
    """Remet ``copie`` à la place de ``chemin`` (``cas.sauvegardes.restaurer``, comme la ligne de
    commande : sous le verrou de la base, l'ancienne gardée à côté). Si la copie a moins de
    services que la base, la personne confirme en voyant les deux nombres (``confirme`` : c'est
    déjà fait). Vrai si la copie est en place; sinon, l'erreur est montrée et rien n'a changé."""
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.cas import sauvegardes   # pas avant le premier affichage : 3,5 ms

    def demander(refus: MoinsDeServices) -> bool:
        question = texte_erreur(refus, QCoreApplication.translate) + "\n\n" + QCoreApplication.translate(
            "Demarrage", "Restaurer quand même? La base actuelle n'est pas effacée : elle est gardée à côté, renommée.")
        reponse = QMessageBox.question(parent, QCoreApplication.translate("Demarrage", "Moins de services dans la copie"), question)
        return reponse == QMessageBox.StandardButton.Yes

    try:
        sauvegardes.restaurer(chemin, copie, raison=raison, confirmer=True if confirme else demander)
        return True
    except MoinsDeServices:   # la personne a préféré garder la base
        return False
    except ErreurStockage as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Demarrage", "Restauration impossible"),
                             texte_erreur(exc, QCoreApplication.translate) or str(exc))
        return False


def _proposer_autre(message: str) -> Path | None:
    from PySide6.QtWidgets import QMessageBox

    poser_icone()
    boite = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Demarrage", "Ouverture impossible"),
                        en_clair(message))   # le chemin du fichier : tel quel
    autre = boite.addButton(QCoreApplication.translate("Demarrage", "Ouvrir un autre fichier…"), QMessageBox.ButtonRole.ActionRole)
    boite.addButton(QCoreApplication.translate("Demarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole)
    boite.exec()
    if boite.clickedButton() is autre:
        return _choisir_fichier()
    return None


def _choisir_fichier() -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    nom, _ = QFileDialog.getOpenFileName(
        None, QCoreApplication.translate("Demarrage", "Ouvrir un répertoire de services"), "", QCoreApplication.translate("Demarrage", "Bases gesserv-bureau (*.sqlite *.db);;Tous les fichiers (*)")
    )
    return Path(nom) if nom else None


def poser_icone() -> None:
    """L'icône de l'application (barre de titre, barre des tâches, dialogues). Posée une fois la
    fenêtre principale dessinée : charger QIcon et lire l'image (4 à 6 ms mesurés) ne retardent
    pas le premier affichage. Les dialogues qui précèdent la fenêtre (base endommagée…) la posent d'abord."""
    from PySide6.QtGui import QIcon

    app = QApplication.instance()
    icone = dossier_ressources() / "icone.png"
    if app is not None and app.windowIcon().isNull() and icone.exists():
        app.setWindowIcon(QIcon(str(icone)))


# Le focus se voit partout (issue 16, point 8) : le style Fusion trace l'anneau du focus clavier
# autour des boutons, des champs et des cases, pas autour d'une table, d'une liste ou d'une zone
# de texte — elles reçoivent un cadre bleu de 2 px quand Tab les atteint; un texte à liens, un fond.
FOCUS_VISIBLE = ("QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractScrollArea:focus "
                 "{ border: 2px solid #1a5fb4; }"
                 # un texte à liens (« suite › ») : le lien atteint par Tab, sur un fond bleu pâle
                 " QLabel:focus { background-color: #dce9f8; }")


# Une réponse verrouillée (évaluation terminée, stratégie approuvée) se lit encore : le gris de
# Fusion pour un texte désactivé (#bebebe sur #efefef, 1,6:1) devient #666666 (5,1:1, au-dessus
# des 4,5:1 des règles d'accessibilité). Les boutons grisés gardent le leur : ils ne se lisent pas.
GRIS_LISIBLE = "#666666"


def texte_grise_lisible(app: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = app.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(GRIS_LISIBLE))
    app.setPalette(palette)


def rendre_le_focus_visible(app: QApplication) -> None:
    if not app.styleSheet():
        app.setStyleSheet(FOCUS_VISIBLE)


def creer_application(langue: str | None = None, traductions: Traductions | None = None, *,
                      focus_apres_affichage: bool = False) -> tuple[QApplication, Traductions]:
    """``traductions`` : celles que la ligne de commande a déjà chargées (sinon, ``langue``).
    ``focus_apres_affichage`` : le cadre du focus (une feuille de style, 30 ms sur les 20 000
    lignes) est posé après le premier affichage de la fenêtre principale (``_Session.montrer``)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("gesserv-bureau")
    app.setOrganizationName("gesserv-bureau")
    app.setApplicationVersion(__version__)
    texte_grise_lisible(app)
    if not focus_apres_affichage:
        rendre_le_focus_visible(app)
    traductions = traductions or Traductions(langue_initiale(langue))
    traductions.installer()
    return app, traductions


class _Session:
    """La fenêtre ouverte sur une base, et ce qui arrive si le contrôle d'intégrité, fini après
    l'ouverture de la fenêtre, trouve la base endommagée : la fenêtre se ferme sans rien écrire
    et l'ouverture reprend avec ses dialogues (restaurer la dernière copie intacte, ou quitter)."""

    def __init__(self, app: QApplication, traductions: Traductions, chemin: Path, essai: bool):
        self.app = app
        self.traductions = traductions
        self.chemin = chemin
        self.essai = essai
        self.fenetre = None
        self.code = 0

    def montrer(self, base: Base) -> bool:
        try:
            fenetre = FenetrePrincipale(base, self.traductions)
        except sqlite3.DatabaseError:
            # lire la première page a échoué : le contrôle d'intégrité dit pourquoi
            base.fermer()
            return self.reprendre()
        fenetre.baseEndommagee.connect(self._endommagee)
        fenetre.changementDeBase.connect(self._changer_de_base)
        fenetre.show()
        self.fenetre = fenetre
        QTimer.singleShot(DELAI_CONSTRUCTION_MS, fenetre, poser_icone)   # après le premier dessin
        QTimer.singleShot(DELAI_CONSTRUCTION_MS, fenetre, lambda: rendre_le_focus_visible(self.app))
        # le contrôle d'intégrité part une fois la fenêtre dessinée; rien ne s'écrit avant son verdict
        QTimer.singleShot(taches.APRES_AFFICHAGE_MS, fenetre, base.demarrer_controle)
        if not self.essai:   # répertoire vide : le guide de démarrage; premier lancement : le profil
            QTimer.singleShot(taches.APRES_AFFICHAGE_MS, fenetre, fenetre.accueillir)
        return True

    def _endommagee(self, _exc) -> None:
        ancienne = self.fenetre
        self.traductions = ancienne.traductions
        ancienne.abandonner()
        ancienne.deleteLater()
        self.fenetre = None
        if not self.reprendre():
            self.code = 1
            self.app.exit(1)

    def reprendre(self) -> bool:
        base = ouvrir_avec_dialogues(self.chemin, interactif=not self.essai)
        return base is not None and self.montrer(base)

    def _changer_de_base(self, chemin: Path, copie: Path | None) -> None:
        """Fichier › Ouvrir, Nouveau, Restaurer une copie : la fenêtre se ferme (ce qui attend
        est écrit), puis une autre s'ouvre sur le fichier choisi. Si celui-ci ne peut pas être
        ouvert, on revient au répertoire d'avant. La restauration a déjà été confirmée dans la
        fenêtre, les deux nombres de services sous les yeux; si elle échoue (disque plein, copie
        abîmée entre-temps), l'erreur est montrée et le même répertoire, inchangé, se rouvre."""
        ancienne, precedent = self.fenetre, self.chemin
        self.app.setQuitOnLastWindowClosed(False)
        try:
            self.traductions = ancienne.traductions
            if not ancienne.close():
                return  # l'utilisateur a préféré garder la fenêtre (modification non enregistrée)
            ancienne.deleteLater()
            self.fenetre = None
            if copie is not None:
                restaurer_avec_confirmation(chemin, copie, "remplacee", confirme=True)
            self.chemin = Path(chemin)
            if not self.reprendre():
                self.chemin = precedent
                if not self.reprendre():
                    self.code = 1
                    self.app.exit(1)
        finally:
            self.app.setQuitOnLastWindowClosed(True)


def lancer(
    base: str | None = None,
    langue: str | None = None,
    essai: bool = False,
    controle: ControleIntegrite | None = None,
    traductions: Traductions | None = None,
) -> int:
    """``essai`` : démarrer, ouvrir la base, montrer la fenêtre puis quitter (essai de démarrage
    de l'installeur, banc d'essai) — sans jamais attendre un clic."""
    app, traductions = creer_application(langue, traductions, focus_apres_affichage=True)
    crochet_precedent = sys.excepthook
    installer_crochet_exceptions(interactif=not essai)
    session = _Session(app, traductions, None, essai)
    copie = None
    try:
        from gesserv_bureau.stockage.serveur.adresse import est_serveur

        adresse = base or os.environ.get("GESSERV_BASE")
        if est_serveur(adresse):
            # le répertoire ministériel : la copie de ses services que ce poste garde (emportée ou
            # mise à jour maintenant), sur laquelle la fenêtre travaille comme sur toute base
            from gesserv_bureau.interface.ouverture_serveur import ouvrir_copie

            copie = ouvrir_copie(adresse, interactif=not essai)
            if copie is None:
                return 1
            base = str(copie.fichier)
        session.chemin = chemin_base(base)
        # La fenêtre n'attend pas le contrôle d'intégrité (lancé une fois qu'elle est dessinée) :
        # la base ne recevra aucune écriture avant son verdict.
        ouverte = ouvrir_avec_dialogues(session.chemin, interactif=not essai, controle=controle,
                                        attendre_controle=False)
        if ouverte is None or not session.montrer(ouverte):
            return 1
        if copie is not None and copie.ecarts and not essai:
            # ce qui a été fait ici depuis la dernière fois croise le travail des autres : à trancher
            QTimer.singleShot(taches.APRES_AFFICHAGE_MS, session.fenetre, session.fenetre.renvoyer_au_serveur)
        if essai:
            app.processEvents()
            print(f"essai-demarrage : fenêtre prête {time.time():.6f}", flush=True)
            try:
                session.fenetre.base.attendre_controle()
            except BaseEndommagee as exc:
                print(texte_erreur(exc, QCoreApplication.translate), file=sys.stderr)
                session.fenetre.abandonner()
                return 1
            QTimer.singleShot(0, session.fenetre, session.fenetre.close)
        code = app.exec()
        if session.fenetre is not None:
            # détruite ici, l'application Qt encore vivante (jamais pendant la finalisation)
            session.fenetre.deleteLater()
            from PySide6.QtCore import QEvent   # à la fermeture : pas avant le premier affichage

            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code or session.code
    finally:
        # les traducteurs en place (la langue a pu changer en cours de route)
        (session.fenetre.traductions if session.fenetre is not None else session.traductions).retirer()
        sys.excepthook = crochet_precedent
