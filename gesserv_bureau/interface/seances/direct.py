"""La séance en direct, côté projecteur (mode ministère, point 4) : quand la fenêtre travaille sur
une copie du répertoire ministériel, chaque réponse enregistrée et chaque changement de service
partent au serveur dans la seconde (``cas.seance_en_direct.envoyer``), et les participants les
voient arriver (``suivi``).

L'envoi se fait dans le fil de la fenêtre, qui tient la base du poste : quelques fiches, quelques
dizaines de millisecondes. Les saisies qui se suivent sont groupées (un quart de seconde de
calme), sans attendre plus de trois quarts de seconde quand on tape sans arrêt. Si le serveur ne
répond plus, la séance continue sur ce poste (tout y est gardé) et l'envoi reprend de lui-même;
un changement qui croise celui d'un autre attend le renvoi, où il est tranché : rien n'est perdu."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from gesserv_bureau.stockage.erreurs import ErreurStockage

DELAI_MS = 250           # le calme après une saisie avant d'envoyer
ATTENTE_MAX_S = 0.75     # jamais plus, même quand on tape sans arrêt
REESSAI_MS = 5000        # le serveur ne répondait plus : on réessaie


class EnvoiEnDirect(QObject):
    """Envoie la séance ``seance_pk`` de la copie ``base`` au serveur ``serveur`` (une connexion
    ``cas.serveur.Serveur``, fermée par :meth:`arreter`) après chaque :meth:`signaler`.

    ``etat(texte, ok)`` : ce qu'il faut montrer (envoyé à telle heure; ou pourquoi pas);
    ``cles_changees(cles)`` : les fiches créées sur le serveur ont reçu ces clés (fiche -> clé du
    poste -> clé du serveur), pour qui les tient ouvertes."""

    etat = Signal(str, bool)
    cles_changees = Signal(object)

    def __init__(self, serveur, base, seance_pk: int, parent=None):
        super().__init__(parent)
        self.serveur = serveur
        self.base = base
        self.seance_pk = seance_pk
        self.envois = 0
        self.dernier_texte = ""
        self._depuis: float | None = None
        self._minuterie = QTimer(self)
        self._minuterie.setSingleShot(True)
        self._minuterie.timeout.connect(self.envoyer)

    def signaler(self) -> None:
        """Une saisie ou la position vient d'être enregistrée dans la copie."""
        maintenant = time.monotonic()
        if self._depuis is None:
            self._depuis = maintenant
        reste = ATTENTE_MAX_S - (maintenant - self._depuis)
        self._minuterie.start(max(0, min(DELAI_MS, int(reste * 1000))))

    def envoyer(self) -> bool:
        """Envoyer maintenant ce qui a changé; vrai si le serveur l'a."""
        from gesserv_bureau.cas import seance_en_direct
        from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
        from gesserv_bureau.interface.textes import en_clair

        self._minuterie.stop()
        self._depuis = None
        if self.serveur is None:
            return False
        try:
            cles = seance_en_direct.envoyer(self.serveur, self.base, self.seance_pk)
        except seance_en_direct.RenvoiATrancher:
            self._dire(self.tr("Un changement croise celui d'une autre personne sur le serveur : il n'arrive plus aux "
                               "participants. Tout est gardé sur ce poste; il se tranche au renvoi (Fichier › "
                               "Renvoyer au serveur ministériel)."), False)
            return False
        except ErreurStockage as exc:
            self._dire(self.tr("Pas envoyé aux participants : %1 La séance continue sur ce poste; l'envoi reprend "
                               "de lui-même.").replace("%1", en_clair(texte_erreur_stockage(exc))), False)
            self._minuterie.start(REESSAI_MS)
            return False
        self.envois += 1
        if "seance" in cles:
            self.seance_pk = cles["seance"].get(self.seance_pk, self.seance_pk)
        if cles:
            self.cles_changees.emit(cles)
        self._dire(self.tr("En direct : les participants suivent la séance (envoyée à %1).")
                   .replace("%1", QTime.currentTime().toString("HH:mm:ss")), True)
        return True

    def sans_connexion(self) -> None:
        self._dire(self.tr("Pas de connexion au serveur : la séance se tient sur ce poste seulement; elle partira "
                           "au renvoi."), False)

    def _dire(self, texte: str, ok: bool) -> None:
        self.dernier_texte = texte
        self.etat.emit(texte, ok)

    def arreter(self) -> None:
        """La séance se ferme : ce qui reste part, puis la connexion se ferme."""
        if self._minuterie.isActive() or self._depuis is not None:
            self.envoyer()
        self._minuterie.stop()
        if self.serveur is not None:
            self.serveur.fermer()
            self.serveur = None


def appliquer_cles(vue, cles: dict) -> None:
    """Dans la vue de réunion ``vue`` (``projection.VueSeance``) : la séance et ses examens,
    tenus ouverts, prennent les clés que le serveur leur a données."""
    seances, evaluations = cles.get("seance", {}), cles.get("evaluation", {})
    if vue.seance.pk in seances:
        vue.seance.pk = seances[vue.seance.pk]
    examens = list(vue._examens.values())
    if vue.assistant is not None:
        examens.append(vue.assistant.ev)
    for ev in examens:
        if ev is None:
            continue
        if ev.pk in evaluations:
            ev.pk = evaluations[ev.pk]
        if ev.seance_pk in seances:
            ev.seance_pk = seances[ev.seance_pk]


def renumeroter_seance(seance, cles: dict) -> None:
    """La séance ``seance`` (tenue par le dialogue des séances) prend sa clé du serveur."""
    if seance is not None and seance.pk in cles.get("seance", {}):
        seance.pk = cles["seance"][seance.pk]


def commencer(dialogue, base, seance):
    """La séance ``seance`` part en direct si ``base`` est une copie du répertoire ministériel :
    la connexion (le mot de passe demandé s'il le faut, gardé nulle part), un premier envoi (la
    séance reçoit sa clé du serveur, ``seance.pk`` changé), puis l':class:`EnvoiEnDirect`. None :
    une base ordinaire, ou la connexion annulée (la séance se tient sur ce poste seulement)."""
    from gesserv_bureau.cas import hors_ligne
    from gesserv_bureau.interface.ouverture_serveur import connecter

    adresse = hors_ligne.adresse_emport(base)
    if adresse is None:
        return None
    try:
        serveur = connecter(adresse, dialogue)
    except ErreurStockage:
        serveur = None
    envoi = EnvoiEnDirect(serveur, base, seance.pk, dialogue)
    if serveur is None:
        envoi.sans_connexion()
        return envoi
    if envoi.envoyer():
        seance.pk = envoi.seance_pk
    return envoi
