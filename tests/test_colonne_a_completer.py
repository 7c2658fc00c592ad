"""La colonne « À compléter » du répertoire : le nombre d'éléments qui manquent, rien quand le
service est complet, et une infobulle qui les nomme."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gesserv_bureau.interface.modele_inventaire import COL_A_COMPLETER
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_interface import fermer, ouvrir_fenetre, pk_de
from outils_tests import EXERCICE, service_complet


def _cellule(fenetre, service_id, role=Qt.ItemDataRole.DisplayRole):
    pk = pk_de(fenetre, service_id)
    rang = fenetre.modele.rang_de(pk)
    return fenetre.modele.index(rang, COL_A_COMPLETER).data(role)


def test_nombre_vide_et_infobulle(qtbot, tmp_path):
    chemin = tmp_path / "repertoire.sqlite"
    fenetre = ouvrir_fenetre(qtbot, chemin, demo=False)
    try:
        depot = DepotServices(fenetre.base)
        depot.creer(service_complet(service_id="COMPLET-1"))
        depot.creer(service_complet(service_id="INCOMPLET-2", proprietaire="", frais=None))
        fenetre.controleur.charger_exercice(EXERCICE)
        qtbot.waitUntil(lambda: fenetre.modele.chargement_complet() and fenetre.modele.rowCount() == 2)
        assert _cellule(fenetre, "COMPLET-1") == ""                       # complet : rien, ni « ✓ » ni « 0 »
        assert _cellule(fenetre, "COMPLET-1", Qt.ItemDataRole.ToolTipRole) is None
        assert _cellule(fenetre, "INCOMPLET-2") == "2"
        bulle = _cellule(fenetre, "INCOMPLET-2", Qt.ItemDataRole.ToolTipRole)
        titre, *manques = bulle.split("\n")
        assert titre.startswith("2 ") and titre.endswith("du tableau 5 à compléter :")
        assert manques == ["• À compléter : l'élément « Propriétaire du service » est exigé par le tableau 5.",
                           "• À compléter : l'élément « Frais d'utilisation » est exigé par le tableau 5."]
        # le service complété : la colonne se vide, l'infobulle ne ment pas
        pk = pk_de(fenetre, "INCOMPLET-2")
        repare = depot.charger(pk).copie(proprietaire="Pêches et Océans Canada", frais="oui")
        depot.enregistrer(repare)
        from gesserv_bureau.domaine.inventaire import ligne_de

        fenetre.modele.remplacer(ligne_de(depot.charger(pk)))
        assert _cellule(fenetre, "INCOMPLET-2") == ""
        assert _cellule(fenetre, "INCOMPLET-2", Qt.ItemDataRole.ToolTipRole) is None
    finally:
        fermer(fenetre)
