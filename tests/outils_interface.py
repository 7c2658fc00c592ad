"""Aides pour les tests de l'interface : une fenêtre sur une base de démonstration."""

from __future__ import annotations

from pathlib import Path

from gesserv_bureau.cas import repertoire
from gesserv_bureau.interface import taches
from gesserv_bureau.interface.app import creer_application
from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale
from gesserv_bureau.stockage.base import ouvrir


_OUVERTES: list[FenetrePrincipale] = []


def ouvrir_fenetre(qtbot, chemin: Path, langue: str | None = None, demo: bool = True, *, montrer: bool = True,
                   **options) -> FenetrePrincipale:
    """La fenêtre sur la base ``chemin`` (``options`` : celles d'``ouvrir``), affichée; avec
    ``montrer=False``, construite seulement : la boucle d'événements n'a pas encore tourné."""
    base = ouvrir(chemin, **options)
    if demo and not base.lecture_seule:
        repertoire.charger_demo(base)
    _app, traductions = creer_application(langue)
    fenetre = FenetrePrincipale(base, traductions)
    qtbot.addWidget(fenetre)
    _OUVERTES.append(fenetre)
    if montrer:
        fenetre.show()
        qtbot.waitExposed(fenetre)
    return fenetre


def pk_de(fenetre: FenetrePrincipale, service_id: str) -> int:
    for rang in range(fenetre.modele.rowCount()):
        ligne = fenetre.modele.ligne(rang)
        if ligne.service_id == service_id:
            return ligne.pk
    raise KeyError(service_id)


def fermer(fenetre: FenetrePrincipale) -> None:
    fenetre.close()
    fenetre.traductions.retirer()


def attendre_sommaire(qtbot, fenetre: FenetrePrincipale) -> None:
    """Le sommaire se calcule peu après un changement, hors du fil de l'interface."""
    qtbot.waitUntil(lambda: fenetre.sommaire._sommaire is not None
                    and not fenetre._minuterie_sommaire.isActive(), timeout=5000)
    taches.attendre_toutes()
    qtbot.wait(10)


def nettoyer() -> None:
    """Après chaque test : fenêtres fermées, traducteurs retirés, tâches terminées."""
    taches.attendre_toutes()
    while _OUVERTES:
        fenetre = _OUVERTES.pop()
        try:
            if fenetre.isVisible():
                fenetre.close()
            fenetre.traductions.retirer()
        except RuntimeError:  # déjà détruite par qtbot
            pass
