"""Le répertoire en direct (mode ministère, point 4) : dans la fenêtre ouverte sur une copie du
répertoire ministériel, un service enregistré part au serveur dans la seconde, et ce que les autres
enregistrent dans un service de la copie y arrive de lui-même (``cas.services_en_direct``).

- La connexion : celle qui vient de prendre la copie (``ouverture_serveur.prendre_pour_la_copie``,
  pas de mot de passe redemandé), sinon ce que libpq trouve (``PGPASSFILE``, Kerberos), cherché hors
  du fil de la fenêtre; s'il faut un mot de passe, le bouton « Se connecter » de la barre d'état le
  demande — jamais au milieu d'une saisie.
- L'envoi : les enregistrements qui se suivent sont groupés (un quart de seconde de calme, jamais
  plus de trois quarts de seconde); la saisie en cours est d'abord écrite dans la copie, puis la
  synchronisation fusionne : la fiche à l'écran est toujours celle de la copie, et ce qu'on tape n'est
  jamais écrasé par ce qui arrive, ni ce qui arrive par l'écran d'avant.
- Ce qui arrive : la ligne de la table et le formulaire (s'il montre ce service) remontrés, le
  curseur laissé où il était; le compte des changements à recevoir l'oublie.
- Ce qui ne passe pas : le serveur injoignable (tout reste sur le poste, l'envoi reprend de lui-même),
  un refus du serveur, un changement qui croise celui d'un autre (tranché au renvoi), un service créé
  sans clé du serveur réservée d'avance, ou supprimé quand des normes ou des évaluations le désignent
  (il part au renvoi) — dit dans la barre d'état, rien n'est perdu.
- Ce qui est supprimé (un service, une action) : supprimé sur le serveur si personne ne l'y a changé;
  rétabli (Ctrl+Z), il y repart à sa clé.
- Ce qui est créé : à une clé que le serveur a réservée pour la copie (quelques-unes gardées d'avance,
  demandées à la connexion puis après chaque envoi), il part dans la seconde; un service attend d'avoir
  son secteur, une norme que son service soit parti.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from gesserv_bureau.interface import en_direct
from gesserv_bureau.interface.en_direct import DEFINITIFS, EcouteServeur, compteur_de
from gesserv_bureau.stockage.erreurs import ErreurStockage

JOURNAL = logging.getLogger(__name__)
MESSAGE_MS = 15000
ATTENTE_DIALOGUE_MS = 500   # un dialogue modal ouvert : la synchronisation attend qu'il se ferme


class InventaireEnDirect(QObject):
    """Le direct du répertoire de ``fenetre`` (la fenêtre principale, sur une copie)."""

    def __init__(self, fenetre, parent=None):
        super().__init__(parent or fenetre)
        self.fenetre = fenetre
        self.base = fenetre.base
        self.serveur = None
        self.ecoute: EcouteServeur | None = None
        self.envois = 0
        self.dernier_texte = ""
        # des (fiche, clé) : « service », « norme_service », « action_norme »
        self._a_envoyer: set[tuple[str, int]] = set()        # enregistrées ici
        self._a_recevoir: set[tuple[str, int]] = set()       # annoncées par le serveur
        self._dits_au_renvoi: set[tuple[str, int]] = set()   # « elle part au renvoi », dit une fois
        self._pas_encore: set[tuple[str, int]] = set()       # créées ici, partiront (un service sans secteur)
        self._annonces: set[tuple[str, int]] = set()         # vues par le fil d'écoute, pas encore prises
        self._verrou = threading.Lock()
        self._en_cours = False
        self.a_trancher = False                   # un changement croisé attend le renvoi (le bouton y mène)
        self._groupe = en_direct.Regroupement(self.envoyer, self)
        self._reecoute = QTimer(self)             # l'écoute perdue : reprise de temps en temps
        self._reecoute.setSingleShot(True)
        self._reecoute.timeout.connect(self._ecouter)
        self.bouton = QToolButton(fenetre)
        self.bouton.setObjectName("repertoireEnDirect")
        self.bouton.setAutoRaise(True)
        self.bouton.clicked.connect(self._clic)
        fenetre.statusBar().addPermanentWidget(self.bouton)
        fenetre.controleur.enregistre.connect(self.signaler)
        normes = getattr(fenetre.controleur, "normes", None)
        if normes is not None:
            normes.changee.connect(self.signaler_fiche)
        self.recommencer()

    # --- la connexion -------------------------------------------------------------------------
    def demarrer(self) -> None:
        """La connexion gardée à l'ouverture, sinon une sans mot de passe, cherchée hors du fil."""
        from gesserv_bureau.interface import taches
        from gesserv_bureau.interface.ouverture_serveur import prendre_pour_la_copie
        from gesserv_bureau.stockage.serveur.adresse import emportee_de

        serveur = prendre_pour_la_copie(self.base.chemin)
        if serveur is not None:
            self.brancher(serveur)
            return
        adresse = emportee_de(self.base.conn)
        if adresse is None:
            return
        self._montrer(self.tr("Direct : connexion…"),
                      self.tr("Connexion au répertoire ministériel pour le direct."))

        def connecter():
            from gesserv_bureau.cas import serveur as cas_serveur

            return cas_serveur.connecter(adresse)

        taches.lancer(self, connecter, succes=self.brancher, echec=self._pas_connecte)

    def _pas_connecte(self, exc: BaseException | None) -> None:
        from gesserv_bureau.stockage.serveur.connexion import MotDePasseRequis

        if isinstance(exc, MotDePasseRequis) or exc is None:
            self._montrer(self.tr("Hors direct — Se connecter…"), self.tr(
                "Le direct demande votre mot de passe (il n'est gardé nulle part). Sans lui, vos services "
                "enregistrés restent sur ce poste et partent au renvoi."))
        else:
            self._interrompu(exc)

    def _clic(self) -> None:
        if self.a_trancher:                   # le renvoi, où l'on tranche les deux valeurs sous les yeux
            self.fenetre.renvoyer_au_serveur()
            return
        if self.serveur is None:
            from gesserv_bureau.interface.en_direct import connexion_de_la_copie

            serveur = connexion_de_la_copie(self.fenetre, self.base)
            if serveur is None:               # la saisie annulée, ou le serveur injoignable (au journal)
                self._pas_connecte(None)
                return
            self.brancher(serveur)
        else:
            self.envoyer()

    def brancher(self, serveur) -> None:
        if self.serveur is not None:          # (une connexion arrivée deux fois : la seconde se ferme)
            serveur.fermer()
            return
        self.serveur = serveur
        self._ecouter()
        QTimer.singleShot(0, self, self._preparer)
        self._montrer(self.tr("En direct"), self._bulle_en_direct())
        if self._a_envoyer:
            self.envoyer()

    def _preparer(self) -> None:
        from gesserv_bureau.cas import services_en_direct

        try:
            services_en_direct.preparer(self.base)
        except ErreurStockage as exc:            # (rien de grave : la synchronisation lira sans)
            JOURNAL.info("instantané pas rangé d'avance : %s", exc)
        self._reserver()

    def _reserver(self) -> None:
        """Quelques clés du serveur gardées d'avance : un service, une norme ou une action créés ici y
        partent dans la seconde, à leur clé (``cas.services_en_direct.reserver_cles``). Sans elles (le
        serveur injoignable), ils partent au renvoi."""
        from gesserv_bureau.cas import services_en_direct

        if self.serveur is None:
            return
        try:
            services_en_direct.reserver_cles(self.serveur, self.base)
        except ErreurStockage as exc:
            JOURNAL.info("clés du serveur pas réservées : %s", exc)
        except Exception as exc:                 # (jamais une fenêtre d'exception pour ça)
            JOURNAL.error("clés du serveur pas réservées", exc_info=exc)

    def _bulle_en_direct(self) -> str:
        bulle = self.tr("Vos services et leurs normes enregistrés, créés ou supprimés compris, partent au serveur "
                        "dans la seconde; ce que les autres y enregistrent ou y créent arrive ici de lui-même.")
        if self._dits_au_renvoi:         # (dit en entier ici : la barre d'état n'en montre que le début)
            bulle += "\n\n" + self._texte_au_renvoi()
        return bulle

    def _texte_au_renvoi(self) -> str:
        return self.tr("Ce qui a été créé sans clé réservée par le serveur, ou supprimé quand des normes ou des "
                       "évaluations le désignent, part au renvoi (Fichier › Renvoyer au serveur ministériel), où son "
                       "sort se tranche; le reste part en direct.")

    def _ecouter(self) -> None:
        if self.serveur is None:
            return
        if self.ecoute is not None:
            self.ecoute.arreter()
            self.ecoute.deleteLater()
        self.ecoute = EcouteServeur.du_serveur(self.serveur, self._concerne, self)
        self.ecoute.avis.connect(self._avis)
        self.ecoute.perdue.connect(lambda: self._reecoute.start(en_direct.REESSAI_MS))
        self.ecoute.demarrer()

    def recommencer(self) -> None:
        """Après un renvoi : la copie est celle du serveur; ce qui restait à dire repart de zéro."""
        self._a_recevoir.clear()
        self._dits_au_renvoi.clear()
        self._pas_encore.clear()
        self._reserver()                  # (le renvoi a remis la copie à neuf : ses clés réservées avec)
        if self.a_trancher:
            self.a_trancher = False
            if self.serveur is not None:
                self._montrer(self.tr("En direct"), self._bulle_en_direct())

    def _concerne(self, avis) -> bool:
        """Dans le fil d'écoute : un service, une norme ou une action changés par quelqu'un d'autre."""
        from gesserv_bureau.cas.services_en_direct import FICHES_EN_DIRECT

        serveur = self.serveur
        # (une fiche que la copie n'a pas arrive si elle est de ce qu'on emporte, ``cas.arrivees_en_direct``;
        # ses propres changements sont écartés par la synchronisation, que la copie a déjà à cette révision —
        # mais pas ceux de la même personne dans une autre copie, qui doivent arriver ici)
        if avis.table not in FICHES_EN_DIRECT or avis.pk is None or serveur is None:
            return False
        with self._verrou:
            self._annonces.add((avis.table, avis.pk))
        return True

    def _avis(self, _qui: str) -> None:
        with self._verrou:
            self._a_recevoir |= self._annonces
            self._annonces.clear()
        self._planifier()

    # --- l'envoi ------------------------------------------------------------------------------
    def signaler(self, pk: int) -> None:
        """Le service ``pk`` vient d'être enregistré dans la copie."""
        self.signaler_fiche("service", pk)

    def signaler_fiche(self, fiche: str, pk: int) -> None:
        """La fiche ``pk`` de ``fiche`` vient d'être enregistrée dans la copie."""
        self._a_envoyer.add((fiche, pk))
        if not self._en_cours:         # (écrit par l'envoi lui-même, juste avant de synchroniser : il en est)
            self._planifier()

    def _planifier(self) -> None:
        self._groupe.signaler()

    def envoyer(self) -> bool:
        """Synchroniser maintenant ce qui attend; vrai si tout est passé."""
        from gesserv_bureau.cas.hors_ligne import RenvoiATrancher
        from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
        from gesserv_bureau.interface.textes import en_clair

        self._groupe.arreter()
        if self.serveur is None or not (self._a_envoyer or self._a_recevoir):
            return self.serveur is not None
        if QApplication.activeModalWidget() is not None:
            # un dialogue ouvert tient peut-être une fiche en mémoire (une norme, son suivi) : ce qui
            # arriverait dans la copie serait écrasé à son enregistrement — tout attend qu'il se ferme
            self._groupe.plus_tard(ATTENTE_DIALOGUE_MS)
            return False
        self._en_cours = True
        try:
            # la saisie en cours d'abord dans la copie : la fusion la garde, l'écran reste la copie
            if not self.fenetre.controleur.enregistrer_maintenant():
                return False
        finally:
            self._en_cours = False
        envoyes, recus = set(self._a_envoyer) | self._pas_encore, set(self._a_recevoir)
        self._pas_encore.clear()
        self._a_envoyer.clear()
        self._a_recevoir.clear()
        synchros, erreurs = self._synchroniser(envoyes | recus, recus)
        for fiche, s in synchros:
            self._montrer_synchro(fiche, s, envoyes)
        if erreurs:
            self._garder_l_ecran_a_la_copie(envoyes | recus)
        passagere = next((e for e in erreurs if isinstance(e, ErreurStockage) and not isinstance(e, RenvoiATrancher)
                          and getattr(e, "code", "") not in DEFINITIFS), None)
        if passagere is not None:            # le serveur injoignable : tout reste, l'envoi reprend
            self._a_envoyer |= envoyes
            self._a_recevoir |= recus
            self._interrompu(passagere)
            self._groupe.plus_tard(en_direct.REESSAI_MS)
            return False
        if any(isinstance(e, RenvoiATrancher) for e in erreurs):
            self.a_trancher = True
            self._dire(self.tr("Un changement enregistré croise celui d'une autre personne sur le serveur : "
                               "il attend. Tout est gardé sur ce poste; il se tranche au renvoi (Fichier › Renvoyer "
                               "au serveur ministériel), les deux valeurs sous les yeux."),
                       self.tr("En direct — à trancher au renvoi…"))
            return False
        if erreurs:
            raison = en_clair(texte_erreur_stockage(erreurs[0]))
            # (les mots de l'envoi en direct de la séance et de l'évaluation, traduits une fois)
            self._dire(QCoreApplication.translate("EnvoiEnDirect", "Pas envoyé au serveur : %1 Le travail continue sur "
                                                                   "ce poste.").replace("%1", raison),
                       self.tr("En direct — pas envoyé"))
            return False
        self.envois += 1
        self._reserver()                  # (rien n'est demandé au serveur tant que la copie en a assez)
        if not self.a_trancher:           # (ce qui attend le renvoi reste dit jusqu'au renvoi)
            heure = QTime.currentTime().toString("HH:mm:ss")
            self._montrer(self.tr("En direct · à jour à %1").replace("%1", heure),
                          self._bulle_en_direct())
        return True

    def _synchroniser(self, fiches: set[tuple[str, int]], annoncees: set[tuple[str, int]] = frozenset()):
        """Par sorte de fiche, toutes ensemble; si l'une ne passe pas (refusée, croisée), chacune à part :
        les autres passent. Celles que le serveur a annoncées et que la copie n'a pas (créées par
        d'autres) arrivent d'abord (``cas.arrivees_en_direct``) : leur norme, leur action suivent."""
        from gesserv_bureau.cas import arrivees_en_direct, services_en_direct

        synchros, erreurs = [], []
        for fiche in services_en_direct.FICHES_EN_DIRECT:
            pks = {pk for f, pk in fiches if f == fiche}
            nouvelles = {pk for f, pk in annoncees if f == fiche}
            for appel, cles in ((arrivees_en_direct.recevoir, nouvelles), (services_en_direct.synchroniser_fiches, pks)):
                if cles:
                    self._ensemble_puis_chacune(appel, fiche, cles, synchros, erreurs)
        return synchros, erreurs

    def _ensemble_puis_chacune(self, appel, fiche: str, pks: set[int], synchros: list, erreurs: list) -> None:
        """``appel(serveur, base, fiche, pks)`` (rien n'est écrit d'un côté ni de l'autre s'il échoue : une
        transaction); refusé ou croisé pour l'une d'elles, chacune à part — les autres passent."""
        from gesserv_bureau.cas.hors_ligne import RenvoiATrancher

        try:
            synchros.append((fiche, appel(self.serveur, self.base, fiche, pks)))
            return
        except Exception as exc:
            definitive = isinstance(exc, RenvoiATrancher) or not isinstance(exc, ErreurStockage) \
                or getattr(exc, "code", "") in DEFINITIFS
            if len(pks) == 1 or not definitive:
                erreurs.append(self._noter(exc))
                return
        for pk in sorted(pks):
            try:
                synchros.append((fiche, appel(self.serveur, self.base, fiche, {pk})))
            except Exception as exc:
                erreurs.append(self._noter(exc))

    @staticmethod
    def _noter(exc: BaseException) -> BaseException:
        """Une erreur inattendue (ni du stockage, ni un croisement) va au journal technique, avec sa trace :
        dite comme un envoi refusé, jamais une fenêtre d'exception au milieu d'une saisie."""
        from gesserv_bureau.cas.hors_ligne import RenvoiATrancher

        if not isinstance(exc, (RenvoiATrancher, ErreurStockage)):
            JOURNAL.error("répertoire en direct : erreur inattendue", exc_info=exc)
        return exc

    def _montrer_synchro(self, fiche: str, s, envoyees: set[tuple[str, int]]) -> None:
        """Ce qu'une synchronisation a changé dans la copie, remontré; le compte l'oublie."""
        from gesserv_bureau.cas import repertoire
        from gesserv_bureau.interface.controleur_inventaire import ligne_de

        controleur = self.fenetre.controleur
        changees = {pk for (_, pk) in s.revisions} if (s.recue or s.envoyee) else set()
        affiche = controleur.formulaire.service() if controleur.formulaire is not None else None
        if fiche == "service":
            for pk in sorted(changees):
                service = repertoire.charger_service(self.base, pk)
                if service is None:
                    continue
                if pk in s.arrivees:      # créé par quelqu'un d'autre
                    controleur.ajouter_recu(service)
                    continue
                controleur.modele.remplacer(ligne_de(service))
                if s.recue and affiche is not None and affiche.pk == pk and not controleur.en_attente():
                    self._remontrer(service)
        elif s.recue and affiche is not None and getattr(controleur, "normes", None) is not None:
            controleur.normes.afficher(controleur.formulaire.service())     # ses normes, relues
        if changees:
            controleur.donneesChangees.emit()
        compteur = compteur_de(self.fenetre) if s.revisions else None
        if compteur is not None:
            compteur.oublier(s.revisions)
        if s.recue:
            heure = QTime.currentTime().toString("HH:mm:ss")
            self.fenetre.statusBar().showMessage(
                self.tr("Changements d'autres personnes reçus à %1 : ils sont à l'écran.").replace("%1", heure),
                MESSAGE_MS)
        if s.supprimees:
            self.fenetre.statusBar().showMessage(self.tr(
                "Une fiche de votre copie a été supprimée sur le serveur par une autre personne; elle reste dans "
                "votre copie jusqu'au renvoi."), MESSAGE_MS)
        self._pas_encore |= {(fiche, pk) for pk in s.pas_encore}
        nouvelles = {(fiche, pk) for pk in s.au_renvoi} & envoyees - self._dits_au_renvoi
        if nouvelles:
            self._dits_au_renvoi |= nouvelles
            self.fenetre.statusBar().showMessage(self.tr(
                "Une fiche attend le renvoi (la bulle « En direct » dit pourquoi)."), MESSAGE_MS)
            self.bouton.setToolTip(self._bulle_en_direct())
            self.bouton.setAccessibleDescription(self._bulle_en_direct())

    def _garder_l_ecran_a_la_copie(self, fiches: set[tuple[str, int]]) -> None:
        """Après un échec (la copie a pu être écrite avant que le serveur refuse de valider) : le service à
        l'écran remontré s'il n'est plus celui de la copie — jamais un écran d'avant réenregistré par-dessus."""
        from gesserv_bureau.cas import repertoire

        controleur = self.fenetre.controleur
        affiche = controleur.formulaire.service() if controleur.formulaire is not None else None
        if affiche is None or ("service", affiche.pk) not in fiches or controleur.en_attente():
            return
        try:
            service = repertoire.charger_service(self.base, affiche.pk)
        except ErreurStockage:
            return
        if service is not None and service != affiche:
            self._remontrer(service)

    def _remontrer(self, service) -> None:
        """Le formulaire remontré avec ce qui est arrivé (``FormulaireService.remontrer`` : le champ où
        l'on tape et son curseur laissés tels quels), ses problèmes et ses normes avec."""
        from gesserv_bureau.cas import repertoire

        controleur = self.fenetre.controleur
        controleur.formulaire.remontrer(service)
        controleur.formulaire.afficher_problemes(repertoire.problemes(self.base, service))
        if getattr(controleur, "normes", None) is not None:
            controleur.normes.afficher(service)

    # --- ce qu'on montre ----------------------------------------------------------------------
    def _interrompu(self, exc: BaseException) -> None:
        from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
        from gesserv_bureau.interface.textes import en_clair

        raison = en_clair(texte_erreur_stockage(exc)) if str(exc) or getattr(exc, "code", "") else ""
        self._dire(QCoreApplication.translate("EnvoiEnDirect", "Pas envoyé au serveur : %1 Le travail continue sur "
                                                               "ce poste; l'envoi reprend de lui-même.")
                   .replace("%1", raison), self.tr("Direct interrompu — Réessayer"))

    def _dire(self, texte: str, bouton: str) -> None:
        self.dernier_texte = texte
        self.fenetre.statusBar().showMessage(texte, MESSAGE_MS)
        self._montrer(bouton, texte)

    def _montrer(self, texte: str, bulle: str) -> None:
        self.bouton.setText(texte)
        self.bouton.setToolTip(bulle)
        self.bouton.setAccessibleName(texte)
        self.bouton.setAccessibleDescription(bulle)
        self.bouton.show()

    def arreter(self) -> None:
        """La fenêtre se ferme : ce qui reste part, puis l'écoute et la connexion se ferment."""
        self._reecoute.stop()
        if self._groupe.en_attente() and self.serveur is not None:
            self.envoyer()
        self._groupe.arreter()
        if self.ecoute is not None:
            self.ecoute.arreter()
        if self.serveur is not None:
            self.serveur.fermer()
            self.serveur = None
