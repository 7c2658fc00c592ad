"""Le contrôle d'intégrité de la base (``PRAGMA quick_check``), et la copie de rotation qui le
suit, dans un fil à part.

L'interface le lance juste après avoir montré la fenêtre : il tourne pendant que l'utilisateur
lit la table (SQLite relâche le verrou global de Python), et rien n'est écrit dans la base
avant son verdict (:meth:`base.Base.ecriture` l'attend). Ailleurs, :func:`base.ouvrir`
l'attend avant de rendre la base : une base endommagée n'est jamais ouverte.

Un disque plein n'est pas une base endommagée : SQLite répond « disk I/O error » quand il ne
peut plus créer son fichier -shm; si l'espace libre est presque nul, le verdict est
:class:`DisquePlein` (libérer de l'espace), jamais une restauration proposée.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from gesserv_bureau.stockage import identite
from gesserv_bureau.stockage.constantes import VERSION_SCHEMA
from gesserv_bureau.stockage.erreurs import BaseEndommagee, CopieEchouee, DisquePlein, ErreurStockage
from gesserv_bureau.stockage.espace import espace_libre, est_disque_plein
from gesserv_bureau.referentiel import messages_systeme


class ControleIntegrite:
    def __init__(self, chemin: Path, rotation: bool = True, demarrer: bool = True):
        self.chemin = Path(chemin).expanduser().absolute()
        self.existe = self.chemin.exists()
        self._rotation = rotation
        self.detail = ""              # vide : intacte
        self.endommagee = False
        self.disque_plein = False
        self.copie_en_echec: CopieEchouee | None = None
        self._fil = threading.Thread(target=self._executer, name="controle-integrite", daemon=True)
        self._demarre = False
        if demarrer:
            self.demarrer()

    def demarrer(self) -> None:
        """Lance le contrôle (une seule fois)."""
        if self.existe and not self._demarre:
            self._demarre = True
            self._fil.start()

    def _executer(self) -> None:
        try:
            conn = sqlite3.connect(f"file:{self.chemin}?mode=ro", uri=True, timeout=5)
            try:
                resultat = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                de_l_application = identite.nature(conn).de_l_application
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if est_disque_plein(exc, self.chemin.parent):
                self.disque_plein, self.detail = True, str(exc)
            else:
                self.endommagee, self.detail = True, str(exc)
            return
        if resultat != ["ok"]:
            self.endommagee, self.detail = True, "; ".join(resultat[:5])
            return
        # une base trop récente, ou celle d'une autre application, n'est pas copiée
        if self._rotation and de_l_application and version <= VERSION_SCHEMA:
            try:
                from gesserv_bureau.stockage import sauvegardes

                sauvegardes.rotation(self.chemin)
            except CopieEchouee as exc:
                # Une copie manquée n'empêche pas de travailler : on le signale.
                self.copie_en_echec = exc
            except OSError as exc:
                self.copie_en_echec = CopieEchouee(self.chemin, messages_systeme.detail(exc))
            except sqlite3.Error as exc:
                self.copie_en_echec = CopieEchouee(self.chemin, str(exc))

    def erreur(self) -> ErreurStockage | None:
        """Le verdict, une fois le contrôle fini : ``None`` si la base peut être ouverte."""
        if self.disque_plein:
            return DisquePlein(self.chemin, self.detail, ouverture=True, libre=espace_libre(self.chemin))
        if self.endommagee:
            from gesserv_bureau.stockage import sauvegardes  # seulement quand il y a un problème

            return BaseEndommagee(self.chemin, self.detail, sauvegardes.copies_intactes(self.chemin))
        return None

    def termine(self) -> bool:
        return not self.existe or (self._demarre and not self._fil.is_alive())

    def attendre(self) -> "ControleIntegrite":
        self.demarrer()
        if self.existe:
            self._fil.join()
        return self
