"""En direct avec le répertoire ministériel (mode ministère, point 4), pour une fenêtre qui
travaille sur une copie du poste : envoyer ce qu'on enregistre dans la seconde
(:class:`EnvoiEnDirect`), écouter ce que le serveur annonce (:class:`EcouteServeur`).

L'envoi se fait dans le fil de la fenêtre, qui tient la base du poste : quelques fiches, quelques
dizaines de millisecondes. Les saisies qui se suivent sont groupées (un quart de seconde de
calme), sans attendre plus de trois quarts de seconde quand on tape sans arrêt. Si le serveur ne
répond plus, le travail continue sur ce poste (tout y est gardé) et l'envoi reprend de lui-même;
un changement qui croise celui d'un autre attend le renvoi, où il est tranché : rien n'est perdu.
L'écoute a son fil et sa connexion, prise au moteur déjà authentifié (pas de mot de passe redemandé)."""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal

from gesserv_bureau.stockage.erreurs import ErreurStockage

JOURNAL = logging.getLogger(__name__)
DELAI_MS = 250           # le calme après une saisie avant d'envoyer
ATTENTE_MAX_S = 0.75     # jamais plus, même quand on tape sans arrêt
REESSAI_MS = 5000        # le serveur ne répondait plus : on réessaie
# ce que réessayer ne changerait pas : un refus du serveur, la séance supprimée, un service pas renvoyé
DEFINITIFS = ("envoi_refuse", "seance_absente", "services_pas_envoyes", "droit_refuse", "approbation_reservee",
              "autre_repertoire", "pas_hors_ligne", "valeur_refusee", "donnee_refusee", "reception_impossible")
ATTENTE_AVIS_S = 0.25    # un avis est vu au plus un quart de seconde après son arrivée


def compteur_de(objet):
    """Le compte des changements à recevoir (``suivi_serveur.SuiviServeur``) de la fenêtre principale
    dont ``objet`` descend, s'il y en a un : ce qu'une fenêtre reçoit en direct n'y est plus à recevoir.
    (Par les parents, pas par un signal de tout le processus : une fenêtre fermée n'y reste pas branchée.)"""
    while objet is not None:
        suivi = getattr(objet, "_suivi_serveur", None)
        if suivi is not None:
            return suivi
        objet = objet.parent()
    return None


def connexion_de_la_copie(parent, base):
    """La connexion (``cas.serveur.Serveur``) au répertoire ministériel d'où vient la copie ``base``,
    le mot de passe demandé s'il le faut (gardé nulle part). None : une base ordinaire, la saisie
    annulée, ou le serveur injoignable (au journal technique; l'envoi dit alors qu'il n'y a pas de
    connexion)."""
    from gesserv_bureau.interface.ouverture_serveur import connecter
    from gesserv_bureau.stockage.serveur.adresse import emportee_de

    adresse = emportee_de(base.conn)
    if adresse is None:
        return None
    try:
        return connecter(adresse, parent)
    except ErreurStockage as exc:
        JOURNAL.info("pas de connexion en direct à %s : %s", adresse, exc)
        return None


class Regroupement(QObject):
    """Des enregistrements qui se suivent, groupés : ``action`` part après ``DELAI_MS`` de calme, jamais
    plus de ``ATTENTE_MAX_S`` après le premier (quand on tape sans arrêt); :meth:`plus_tard` la reporte
    (un réessai)."""

    def __init__(self, action, parent=None):
        super().__init__(parent)
        self._depuis: float | None = None
        self._minuterie = QTimer(self)
        self._minuterie.setSingleShot(True)
        self._minuterie.timeout.connect(action)

    def signaler(self) -> None:
        maintenant = time.monotonic()
        if self._depuis is None:
            self._depuis = maintenant
        reste = ATTENTE_MAX_S - (maintenant - self._depuis)
        self._minuterie.start(max(0, min(DELAI_MS, int(reste * 1000))))

    def plus_tard(self, ms: int) -> None:
        self._minuterie.start(ms)

    def en_attente(self) -> bool:
        return self._minuterie.isActive() or self._depuis is not None

    def arreter(self) -> None:
        """L'action part maintenant (ou plus du tout) : plus rien n'attend."""
        self._minuterie.stop()
        self._depuis = None


class EnvoiEnDirect(QObject):
    """Synchronise la fiche ``pk`` (de la table ``fiche`` : « seance », « evaluation ») de la copie
    ``base`` avec le serveur ``serveur`` (fermé par :meth:`arreter`) après chaque :meth:`signaler` :
    ``synchroniser(serveur, base, pk)`` rend une ``cas.seance_en_direct.Synchro``. ``texte_ok`` : ce
    qu'on dit une fois à jour (« %1 » : l'heure).

    ``etat(texte, ok)`` : ce qu'il faut montrer; ``cles_changees(cles)`` : les fiches créées sur le
    serveur ont reçu ces clés, pour qui les tient ouvertes; ``synchro(s)`` après chaque réussite."""

    etat = Signal(str, bool)
    cles_changees = Signal(object)
    synchro = Signal(object)

    def __init__(self, serveur, base, fiche: str, pk: int, synchroniser, texte_ok: str, parent=None):
        super().__init__(parent)
        self.serveur = serveur
        self.base = base
        self.fiche = fiche
        self.pk = pk
        self.envois = 0
        self.dernier_texte = ""
        self._synchroniser = synchroniser
        self._texte_ok = texte_ok
        self._groupe = Regroupement(self.envoyer, self)

    def signaler(self, *_args) -> None:
        """Une saisie vient d'être enregistrée dans la copie."""
        self._groupe.signaler()

    def envoyer(self) -> bool:
        """Synchroniser maintenant; vrai si le serveur et la copie sont d'accord."""
        from gesserv_bureau.cas.hors_ligne import RenvoiATrancher
        from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
        from gesserv_bureau.interface.textes import en_clair

        self._groupe.arreter()
        if self.serveur is None:
            return False
        try:
            s = self._synchroniser(self.serveur, self.base, self.pk)
        except RenvoiATrancher:
            self._dire(QCoreApplication.translate(
                "EnvoiEnDirect", "Un changement croise celui d'une autre personne sur le serveur : il attend. Tout est "
                "gardé sur ce poste; il se tranche au renvoi (Fichier › Renvoyer au serveur ministériel)."), False)
            return False
        except ErreurStockage as exc:
            raison = en_clair(texte_erreur_stockage(exc))
            if getattr(exc, "code", "") in DEFINITIFS:     # réessayer n'y changerait rien
                self._dire(QCoreApplication.translate(
                    "EnvoiEnDirect", "Pas envoyé au serveur : %1 Le travail continue sur ce poste.").replace("%1", raison),
                    False)
                return False
            self._dire(QCoreApplication.translate(
                "EnvoiEnDirect", "Pas envoyé au serveur : %1 Le travail continue sur ce poste; l'envoi reprend de "
                "lui-même.").replace("%1", raison), False)
            self._groupe.plus_tard(REESSAI_MS)
            return False
        self.envois += 1
        # (sa table seule : une évaluation peut recevoir la clé que porte la séance suivie)
        self.pk = s.cles.get(self.fiche, {}).get(self.pk, self.pk)
        if s.cles:
            self.cles_changees.emit(s.cles)
        self._dire(self._texte_ok.replace("%1", QTime.currentTime().toString("HH:mm:ss")), True)
        compteur = compteur_de(self) if s.revisions else None
        if compteur is not None:
            compteur.oublier(s.revisions)
        self.synchro.emit(s)
        return True

    def sans_connexion(self) -> None:
        self._dire(QCoreApplication.translate(
            "EnvoiEnDirect", "Pas de connexion au serveur : le travail se fait sur ce poste seulement; il partira au "
            "renvoi."), False)

    def _dire(self, texte: str, ok: bool) -> None:
        self.dernier_texte = texte
        self.etat.emit(texte, ok)

    def arreter(self) -> None:
        """La fenêtre se ferme : ce qui reste part, puis la connexion se ferme."""
        if self._groupe.en_attente():
            self.envoyer()
        self._groupe.arreter()
        if self.serveur is not None:
            self.serveur.fermer()
            self.serveur = None


class EcouteServeur(QObject):
    """Écoute le serveur dans un fil à part (``ouvrir()`` : l'``stockage.serveur.avis.Ecouteur``, ouvert
    dans ce fil); ``avis(connexion)`` pour chaque avis qui intéresse (``concerne(avis)``, appelé dans le
    fil; ``connexion`` : qui a fait le changement), ``perdue`` si l'écoute s'arrête (le serveur injoignable)."""

    avis = Signal(str)
    perdue = Signal()

    def __init__(self, ouvrir, concerne, parent=None, nom: str = "gesserv-direct"):
        super().__init__(parent)
        self._ouvrir = ouvrir
        self._concerne = concerne
        self._arret = threading.Event()
        self.ecoute = threading.Event()      # posé une fois l'écoute en place (les essais l'attendent)
        self._fil = threading.Thread(target=self._ecouter, name=nom, daemon=True)
        # détruite avec sa fenêtre sans avoir été arrêtée : le fil s'arrête aussi, sans rien émettre
        arret = self._arret
        self.destroyed.connect(lambda *_: arret.set())

    @classmethod
    def du_serveur(cls, serveur, concerne, parent=None) -> "EcouteServeur":
        """L'écoute sur la connexion ``serveur`` (``cas.serveur.Serveur``) : son moteur, déjà authentifié."""
        from gesserv_bureau.stockage.serveur.avis import Ecouteur

        return cls(lambda: Ecouteur(serveur.adresse, moteur=serveur.moteur), concerne, parent)

    def demarrer(self) -> None:
        self._fil.start()

    def arreter(self) -> None:
        self._arret.set()
        if self._fil.is_alive():
            self._fil.join(timeout=2 * ATTENTE_AVIS_S + 1)

    def _ecouter(self) -> None:
        try:
            ecouteur = self._ouvrir()
        except Exception as exc:         # (le serveur injoignable, un mot de passe à saisir, la connexion fermée)
            JOURNAL.info("pas d'avis en direct : %s", exc)
            self._emettre(self.perdue)
            return
        self.ecoute.set()
        with ecouteur:
            while not self._arret.is_set():
                try:
                    recus = ecouteur.attendre(ATTENTE_AVIS_S)
                except ErreurStockage as exc:
                    JOURNAL.info("avis en direct interrompus : %s", exc)
                    self._emettre(self.perdue)
                    return
                for a in recus:
                    if not self._arret.is_set() and self._concerne(a):
                        self._emettre(self.avis, a.connexion)

    def _emettre(self, signal, *args) -> None:
        """Émettre, sauf si la fenêtre s'est fermée entre-temps (l'écoute s'arrête avec elle)."""
        if self._arret.is_set():
            return
        try:
            signal.emit(*args)
        except RuntimeError:             # l'objet Qt détruit avec sa fenêtre, pendant l'attente
            self._arret.set()
