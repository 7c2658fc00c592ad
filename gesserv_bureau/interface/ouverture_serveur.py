"""Ouvrir le répertoire ministériel dans la fenêtre (``--base postgresql://…``, ou Fichier › Ouvrir
le répertoire ministériel…) : se connecter (le mot de passe, s'il en faut un, demandé une fois et
gardé nulle part), puis la copie de ses services que ce poste garde pour la personne — emportée à
la première ouverture, mise à jour aux suivantes (ce qui y a été fait depuis est d'abord renvoyé;
``cas.hors_ligne.copie_du_poste``). La fenêtre travaille sur elle comme sur toute base du poste,
et Fichier › Renvoyer au serveur ministériel envoie le travail et reçoit celui des autres.
SQLAlchemy et psycopg ne sont chargés qu'ici, à la demande."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from gesserv_bureau.chemins import dossier_donnees
from gesserv_bureau.stockage.serveur.adresse import nom_affiche

DOSSIER_COPIES = "ministere"


def dossier_des_copies() -> Path:
    """Où ce poste garde ses copies du répertoire ministériel (une par répertoire et par personne)."""
    return dossier_donnees() / DOSSIER_COPIES


def connecter(adresse: str, parent=None, mot_de_passe: str | None = None, interactif: bool = True):
    """La connexion au répertoire ministériel; le mot de passe, s'il en faut un et qu'il n'a pas été
    donné, est demandé (saisie masquée), une fois, et n'est gardé nulle part. None : annulé."""
    from gesserv_bureau.cas import serveur as cas_serveur
    from gesserv_bureau.stockage.serveur.connexion import MotDePasseRequis

    try:
        return cas_serveur.connecter(adresse, mot_de_passe)
    except MotDePasseRequis:
        if mot_de_passe is not None or not interactif:
            raise
        # le contexte des textes : celui de la fenêtre (ActionsServeur), où ils étaient déjà traduits
        saisi, ok = QInputDialog.getText(parent, QCoreApplication.translate("ActionsServeur", "Mot de passe"),
                                         QCoreApplication.translate(
                                             "ActionsServeur", "Mot de passe de %1 (il n'est gardé nulle part) :")
                                         .replace("%1", nom_affiche(adresse)),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        return cas_serveur.connecter(adresse, saisi)


# La connexion qui vient de prendre (ou de mettre à jour) une copie, gardée pour la fenêtre qui s'y
# ouvre : le répertoire en direct s'en sert sans redemander le mot de passe (qui ne vit qu'en mémoire,
# dans le moteur, le temps de la fenêtre — jamais écrit nulle part).
_POUR_LA_COPIE: dict = {}


def garder_pour_la_copie(fichier, serveur) -> None:
    ancienne = _POUR_LA_COPIE.pop(str(Path(fichier).resolve()), None)
    if ancienne is not None and ancienne is not serveur:
        ancienne.fermer()
    _POUR_LA_COPIE[str(Path(fichier).resolve())] = serveur


def prendre_pour_la_copie(fichier):
    """La connexion gardée pour la copie ``fichier`` (à qui la prend de la fermer), ou None."""
    return _POUR_LA_COPIE.pop(str(Path(fichier).resolve()), None) if fichier is not None else None


def ouvrir_copie(adresse: str, parent=None, interactif: bool = True, ouverte=None):
    """La copie du poste, prête à ouvrir (``CopieDuPoste``), ou None (annulé, ou l'erreur dite :
    une boîte de message, ou la sortie d'erreur sans fenêtre). Le curseur d'attente, le temps du
    travail seulement (pas pendant la saisie du mot de passe, ni sous un message)."""
    from gesserv_bureau.cas import hors_ligne
    from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
    from gesserv_bureau.interface.textes import en_clair
    from gesserv_bureau.stockage.erreurs import ErreurStockage

    titre = QCoreApplication.translate("ActionsServeur", "Ouvrir le répertoire ministériel")

    def dire(message: str, avertir: bool) -> None:
        if not interactif:
            print(message, file=sys.stderr)
        elif avertir:
            QMessageBox.warning(parent, titre, message)
        else:
            QMessageBox.information(parent, titre, message)

    try:
        serveur = connecter(adresse, parent, interactif=interactif)
        if serveur is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                copie = hors_ligne.copie_du_poste(serveur, dossier_des_copies(), ouverte)
            finally:
                serveur.fermer()      # ses connexions fermées; le moteur resservira (il se reconnecte)
            garder_pour_la_copie(copie.fichier, serveur)
        finally:
            QApplication.restoreOverrideCursor()
    except ErreurStockage as exc:       # ErreurServeur en est une : serveur injoignable, refus…
        dire(en_clair(texte_erreur_stockage(exc)), avertir=True)
        return None
    if copie.mise_de_cote is not None:
        dire(QCoreApplication.translate(
            "ActionsServeur", "La copie de ce poste du répertoire ministériel ne pouvait plus servir (illisible, ou "
            "venue d'un autre répertoire) : elle est gardée sous %1 (avec ses copies de sécurité), et une copie "
            "neuve vient d'être prise. Ce qu'elle avait de non renvoyé n'est pas sur le serveur.")
            .replace("%1", str(copie.mise_de_cote)), avertir=False)
    return copie
