"""Écouter les modifications des autres postes : le serveur annonce chaque modification d'un
service, d'une évaluation, d'une séance, d'une stratégie ou d'une norme (``NOTIFY gesserv``,
migration ``s13_droits``); :class:`Ecouteur` les reçoit sur sa propre connexion."""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible, traduire

CANAL = "gesserv"


@dataclass(frozen=True)
class Avis:
    table: str
    operation: str          # insert, update, delete
    pk: int | None
    uuid: str | None
    revision: int | None
    connexion: str          # qui a fait la modification
    processus: int          # le processus serveur de sa connexion
    service: int | None = None   # le service de la fiche (s14_avis); None avant, ou sans service
    secteur: str | None = None   # pour un service : son secteur


class Ecouteur:
    """Une connexion à part (en validation automatique) qui écoute le canal ``gesserv``."""

    def __init__(self, adresse: str, mot_de_passe: str | None = None, *, moteur=None):
        """``moteur`` : prendre la connexion d'écoute au moteur SQLAlchemy d'une connexion déjà
        ouverte (avec ce qui l'a authentifiée : un mot de passe saisi n'est pas redemandé)."""
        self.adresse = adresse
        options = {"password": mot_de_passe} if mot_de_passe is not None else {}
        try:
            if moteur is not None:
                self._mandataire = moteur.raw_connection()
                self._conn = self._mandataire.driver_connection
                self._mandataire.detach()    # elle ne retourne pas au bassin : elle écoute, puis se ferme
                self._conn.rollback()        # (la vérification du bassin a pu ouvrir une transaction)
                self._conn.autocommit = True
            else:
                self._conn = psycopg.connect(adresse, autocommit=True, application_name="gesserv-bureau avis",
                                             **options)
            self._conn.execute(f"LISTEN {CANAL}")
        except Exception as exc:
            erreur = traduire(exc, adresse)
            if erreur is exc:
                raise
            raise erreur from exc

    def attendre(self, delai: float, combien: int | None = None) -> list[Avis]:
        """Les avis reçus en ``delai`` secondes au plus (s'arrête dès ``combien`` reçus)."""
        recus: list[Avis] = []
        try:
            for n in self._conn.notifies(timeout=delai, stop_after=combien):
                d = json.loads(n.payload)
                recus.append(Avis(d["table"], d["operation"], d.get("pk"), d.get("uuid"), d.get("revision"),
                                  d["connexion"], d["processus"], d.get("service"), d.get("secteur")))
        except psycopg.OperationalError as exc:
            raise ServeurInaccessible(self.adresse, str(exc)) from exc
        return recus

    def fermer(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Ecouteur":
        return self

    def __exit__(self, *exc) -> None:
        self.fermer()
