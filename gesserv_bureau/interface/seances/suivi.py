"""Suivre une séance en direct, sur son portable (mode ministère, point 4) : ce que le groupe fait
au projecteur — le service examiné, chaque réponse enregistrée, la recommandation — paraît dans la
seconde, lu au serveur (``cas.seance_en_direct.lire``) chaque fois qu'il annonce un changement de
la séance ou de ses examens (``NOTIFY gesserv``, écouté dans un fil à part).

La vue ne change rien : elle se lit (au clavier, au lecteur d'écran : l'examen est un texte
structuré, ses titres et ses listes), en caractères agrandis, et suit la séance d'elle-même. Si
le serveur ne répond plus, la dernière lecture reste à l'écran, avec l'heure, et la vue réessaie."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from gesserv_bureau.interface.en_direct import EcouteServeur
from gesserv_bureau.interface.seances.bandeau import BandeauOrdreDuJour
from gesserv_bureau.interface.seances.commun import (
    STYLE_MESSAGE,
    avancement_examen,
    date_longue,
    etat_examen,
    examen_fini,
    langue_des_parents,
    police_agrandie,
)
from gesserv_bureau.interface.seances.sommaire import PageSommaire
from gesserv_bureau.stockage.erreurs import ErreurStockage

RELECTURE_MS = 2000         # sans avis (l'écoute perdue) : relue toutes les deux secondes, jusqu'au retour
FACTEUR = 1.3               # un portable dans la salle : plus grand que l'application, moins que le projecteur


class VueSuivie(QWidget):
    """La séance ``uuid`` suivie en direct depuis le serveur ``serveur`` (``cas.serveur.Serveur``,
    fermé avec la vue) : son titre, « Service 2 sur 5 — nom », l'ordre du jour et l'état de chaque
    examen, puis l'examen du service courant (ou le sommaire à la fin), en lecture seule."""

    def __init__(self, serveur, uuid: str, langue: str = "fr", parent=None, ouvreur=None):
        super().__init__(parent)
        import weakref

        # (une fenêtre à elle : la langue se lit chez qui l'a ouverte, quand elle change)
        self._ouvreur = weakref.ref(ouvreur) if ouvreur is not None else None
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("vueSuivie")
        self.serveur = serveur
        self.uuid = uuid
        self.langue = langue
        self.etat = None             # la dernière lecture (``cas.seance_en_direct.EtatSeance``)
        self.lectures = 0
        self.erreur = ""
        self._ecoute_a_reprendre = False
        self.zoom = 1.0
        police = self._police()
        self.setFont(police)

        self._pile = QVBoxLayout(self)
        self.titre = QLabel(self)
        self.titre.setObjectName("titreSuivi")
        self.titre.setWordWrap(True)
        self.progression = QLabel(self)
        self.progression.setObjectName("progressionSuivi")
        self.progression.setWordWrap(True)
        self.direct = QLabel(self)
        self.direct.setObjectName("etatSuivi")
        self.direct.setWordWrap(True)
        for w in (self.titre, self.progression, self.direct):
            self._pile.addWidget(w)
        self.bandeau = BandeauOrdreDuJour(1, police, self)
        self._pile.addWidget(self.bandeau)
        self.pages = QStackedWidget(self)
        self.examen = QTextBrowser(self.pages)
        self.examen.setObjectName("examenSuivi")
        self.examen.setOpenLinks(False)
        self.sommaire = PageSommaire(self.pages)
        self.pages.addWidget(self.examen)
        self.pages.addWidget(self.sommaire)
        self._pile.addWidget(self.pages, 1)
        self.aide = QLabel(self)
        self.aide.setObjectName("aideSuivi")
        self.aide.setWordWrap(True)
        self.aide.setStyleSheet("color: #3d3d3d;")
        self._pile.addWidget(self.aide)
        self.raccourcis = []
        for touches, action in (((QKeySequence("Esc"),), self.close),
                                ((QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+="),
                                  QKeySequence("Ctrl++")), lambda: self.regler_zoom(self.zoom + 0.15)),
                                ((QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")),
                                 lambda: self.regler_zoom(self.zoom - 0.15)),
                                ((QKeySequence("Ctrl+0"),), lambda: self.regler_zoom(1.0))):
            for sequence in dict.fromkeys(t.toString() for t in touches if not t.isEmpty()):
                raccourci = QShortcut(QKeySequence(sequence), self)
                raccourci.activated.connect(action)
                self.raccourcis.append(raccourci)
        self._appliquer_polices()

        self._relire_bientot = QTimer(self)        # des avis qui se suivent : une seule lecture
        self._relire_bientot.setSingleShot(True)
        self._relire_bientot.setInterval(50)
        self._relire_bientot.timeout.connect(self.relire)
        self._relecture = QTimer(self)             # l'écoute perdue : relue de temps en temps
        self._relecture.setInterval(RELECTURE_MS)
        self._relecture.timeout.connect(self.relire)
        self.ecoute: EcouteServeur | None = None
        self.resize(1280, 720)
        self.retraduire()
        self.relire()
        self._ecouter()

    def _ecouter(self) -> None:
        """L'écoute des avis du serveur (de nouveau, après qu'elle s'est perdue)."""
        if self.ecoute is not None:
            self.ecoute.arreter()
        self.ecoute = EcouteServeur.du_serveur(self.serveur, self._concerne, self)
        self.ecoute.avis.connect(self._avis_recu)      # (une méthode : reçu dans le fil de la fenêtre)
        self.ecoute.perdue.connect(self._ecoute_perdue)
        self.ecoute.demarrer()

    def _avis_recu(self, _qui: str) -> None:
        self._relire_bientot.start()

    def _ecoute_perdue(self) -> None:
        self._ecoute_a_reprendre = True
        self._relecture.start()

    # --- la taille du texte -------------------------------------------------------------------
    def _police(self) -> QFont:
        return police_agrandie(FACTEUR * self.zoom)

    def _appliquer_polices(self) -> None:
        """La police de la vue partout — le document et la table ne la prennent pas d'eux-mêmes."""
        police = self._police()
        self.setFont(police)
        for w in (self.titre, self.direct, self.aide, self.examen, self.sommaire.table, self.sommaire.participants,
                  self.sommaire.bilan):
            w.setFont(police)
        self.examen.document().setDefaultFont(police)
        gras = QFont(police)
        gras.setBold(True)
        self.progression.setFont(gras)
        self.bandeau.changer_police(police)

    def regler_zoom(self, zoom: float) -> None:
        """Ctrl+plus / Ctrl+moins / Ctrl+0 : la taille du texte (de 0,7 à 2,5 fois celle de la vue)."""
        self.zoom = min(max(round(zoom, 2), 0.7), 2.5)
        self._appliquer_polices()
        if self.etat is not None:
            self._montrer()

    def _concerne(self, avis) -> bool:
        etat = self.etat
        return etat is None or etat.concerne(avis.table, avis.pk, avis.service)

    # --- lire, montrer ----------------------------------------------------------------------
    def relire(self) -> bool:
        """Relire la séance au serveur et la montrer; faux (la dernière lecture gardée) sinon."""
        from gesserv_bureau.cas import seance_en_direct
        from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
        from gesserv_bureau.interface.textes import en_clair

        try:
            self.etat = seance_en_direct.lire(self.serveur, self.uuid)
        except (ErreurStockage, ValueError, KeyError, TypeError) as exc:   # (une fiche illisible : dite, pas une trace)
            self.erreur = en_clair(texte_erreur_stockage(exc)) if isinstance(exc, ErreurStockage) else str(exc)
            self._relecture.start()
            self.direct.setText(self.tr("Connexion au serveur perdue : %1 La vue réessaie d'elle-même.")
                                .replace("%1", self.erreur))
            self.direct.setStyleSheet(STYLE_MESSAGE)
            return False
        self.erreur = ""
        self.lectures += 1
        self._montrer()
        if self._ecoute_a_reprendre:       # le serveur répond de nouveau : les avis aussi
            self._ecoute_a_reprendre = False
            self._relecture.stop()
            self._ecouter()
        return True

    def _montrer(self) -> None:
        etat = self.etat
        seance, services = etat.seance, etat.seance.services
        n = len(services)
        position = min(max(seance.position, 0), n)
        self.titre.setText(" — ".join(x for x in (seance.titre, date_longue(seance.date, self.langue)) if x))
        if position >= n:
            self.progression.setText(self.tr("Sommaire de la séance — %n service(s) à l'ordre du jour", "", n))
        else:
            self.progression.setText(self.tr("Service %1 sur %2 — %3").replace("%1", str(position + 1))
                                     .replace("%2", str(n)).replace("%3", self._nom(services[position])))
        self.direct.setText(self.tr("En direct du serveur — à jour à %1. Ce que le groupe enregistre au projecteur "
                                    "paraît ici dans la seconde.").replace("%1", QTime.currentTime().toString("HH:mm:ss")))
        self.direct.setStyleSheet("color: #1b5e20;")
        self.setWindowTitle(self.tr("Séance en direct — %1").replace("%1", seance.titre or self.tr("(sans titre)")))
        if len(self.bandeau.etapes) != n + 1:
            ancien, self.bandeau = self.bandeau, BandeauOrdreDuJour(n + 1, self._police(), self)
            self._pile.replaceWidget(ancien, self.bandeau)
            ancien.deleteLater()
        cases = [(self._numero(pk, p), avancement_examen(etat.examens.get(pk)), examen_fini(etat.examens.get(pk)),
                  f"{p + 1}. {self._nom(pk)} — {etat_examen(etat.examens.get(pk))}") for p, pk in enumerate(services)]
        cases.append((self.tr("Sommaire"), self.tr("décisions et initiatives"), False, ""))
        self.bandeau.definir(cases, position)
        if position >= n:
            self.sommaire.remplir(seance.participants, self.langue,
                                  [(self._nom(pk), etat.examens.get(pk)) for pk in services])
            self.pages.setCurrentWidget(self.sommaire)
        else:
            defilement = self.examen.verticalScrollBar().value()
            self.examen.setHtml(self._html_examen(services[position]))
            self.examen.verticalScrollBar().setValue(defilement)
            self.pages.setCurrentWidget(self.examen)

    def _nom(self, pk: int) -> str:
        service = self.etat.services.get(pk)
        if service is None:
            ev = self.etat.examens.get(pk)
            return (ev.sujet if ev is not None else "") or self.tr("(service retiré du répertoire)")
        return " — ".join(x for x in (service.service_id, service.nom(self.langue)) if x) or self.tr("(sans nom)")

    def _numero(self, pk: int, position: int) -> str:
        service = self.etat.services.get(pk)
        return (service.service_id if service is not None else "") or f"{position + 1}."

    def _html_examen(self, service_pk: int) -> str:
        """L'examen 2A du service : les questions 1 à 4 de l'annexe et leurs réponses, les
        initiatives proposées (question 5), la recommandation (question 10) et sa justification."""
        from gesserv_bureau.referentiel import outil_2a

        ev = self.etat.examens.get(service_pk)
        e = html.escape
        parties = [f"<h2>{e(self._nom(service_pk))}</h2>", f"<p><i>{e(etat_examen(ev))}</i></p>"]
        if ev is None:
            pas_commence = self.tr("Le groupe n'a pas encore commencé l'examen de ce service.")
            parties.append(f"<p>{e(pas_commence)}</p>")
            return "".join(parties)
        reponses = {"oui": self.tr("Oui"), "non": self.tr("Non")}
        sans_reponse, possibles = self.tr("sans réponse"), self.tr("Initiatives possibles :")
        parties.append("<h3>" + e(self.tr("Questions d'examen")) + "</h3><dl>")
        for q in outil_2a.QUESTIONS:
            r = ev.contenu.get("reponses", {}).get(q.code, {})
            parties.append(f"<dt style='margin-top: 6px'><b>{e(q.texte(self.langue))}</b></dt>"
                           f"<dd>{e(reponses.get(r.get('reponse'), sans_reponse))}")
            if (r.get("initiatives") or "").strip():
                parties.append(f"<br>{e(possibles)} {e(r['initiatives'])}")
            parties.append("</dd>")
        parties.append("</dl>")
        parties.append(f"<h3>{e(outil_2a.Q5.texte(self.langue))}</h3>")
        proposees = ev.contenu.get("initiatives", [])
        sans_nom = self.tr("(initiative sans nom)")
        if proposees:
            parties.append("<ul>" + "".join(f"<li>{e(i.get('nom') or sans_nom)}"
                                            + (f" — {e(i['description'])}" if i.get("description") else "") + "</li>"
                                            for i in proposees) + "</ul>")
        else:
            parties.append("<p>" + e(self.tr("Aucune initiative proposée.")) + "</p>")
        recommandations = {"oui": self.tr("Oui — remaniement ou optimisation recommandé"),
                           "non": self.tr("Non — remaniement ou optimisation non recommandé")}
        reco = recommandations.get(ev.contenu.get("recommandation"), self.tr("Pas encore de recommandation."))
        parties.append(f"<h3>{e(outil_2a.Q10.texte(self.langue))}</h3><p><b>{e(reco)}</b></p>")
        if (ev.contenu.get("justification") or "").strip():
            parties.append("<p>" + e(self.tr("Justification :")) + " " + e(ev.contenu["justification"]) + "</p>")
        return "".join(parties)

    # --- langue, fermeture -------------------------------------------------------------------
    def changer_langue(self, langue: str) -> None:
        self.langue = langue
        self.retraduire()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            ouvreur = self._ouvreur() if self._ouvreur is not None else None
            if ouvreur is not None:
                self.langue = next((v for v in (getattr(ouvreur, "langue", None), langue_des_parents(ouvreur, ""))
                                    if v in ("fr", "en")), self.langue)
            self.retraduire()
        super().changeEvent(event)

    def retraduire(self) -> None:
        self.examen.setAccessibleName(self.tr("Examen du service courant"))
        self.sommaire.retraduire()
        self.aide.setText(self.tr("Cette vue suit la séance d'elle-même et ne change rien. Ctrl+plus / Ctrl+moins / "
                                  "Ctrl+0 : taille du texte · Échap : fermer."))
        if self.etat is not None:
            self._montrer()

    def closeEvent(self, event) -> None:
        self._relecture.stop()
        self._relire_bientot.stop()
        if self.ecoute is not None:
            self.ecoute.arreter()
        if self.serveur is not None:
            self.serveur.fermer()
            self.serveur = None
        super().closeEvent(event)


_OUVERTES: list = []     # les vues suivies ouvertes : des fenêtres à elles, gardées jusqu'à leur fermeture


def _montrer(vue: "VueSuivie") -> "VueSuivie":
    """Une fenêtre à elle (sans parent) : fermer le dialogue des séances ne la détruit pas sans que
    son écoute et sa connexion soient arrêtées (``closeEvent``)."""
    _OUVERTES.append(vue)
    vue.destroyed.connect(lambda *_: _OUVERTES.remove(vue) if vue in _OUVERTES else None)
    vue.show()
    return vue


def suivre(parent, base, seance, langue: str):
    """Suivre en direct la séance ``seance`` de la copie ``base`` (sa copie du répertoire
    ministériel) : la connexion (mot de passe demandé s'il le faut), puis la vue. None : une base
    ordinaire, ou la connexion annulée; l'erreur (le serveur injoignable, la séance pas encore
    envoyée) levée en ``ErreurStockage``."""
    from gesserv_bureau.cas import hors_ligne, seance_en_direct
    from gesserv_bureau.interface.ouverture_serveur import connecter

    adresse = hors_ligne.adresse_emport(base)
    if adresse is None:
        return None
    serveur = connecter(adresse, parent)
    if serveur is None:
        return None
    try:
        seance_en_direct.lire(serveur, seance.uuid)     # dire tout de suite si elle n'y est pas
    except ErreurStockage:
        serveur.fermer()
        raise
    return _montrer(VueSuivie(serveur, seance.uuid, langue, ouvreur=parent))


def choisir_et_suivre(parent, base, langue: str):
    """Évaluations › Suivre une séance en direct… : la liste des séances du serveur (même celle qui
    n'est pas encore dans la copie), puis la vue de celle qu'on choisit. None : une base ordinaire,
    annulé, ou l'erreur dite (une boîte de message)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from gesserv_bureau.cas import seance_en_direct
    from gesserv_bureau.interface.fenetre.commun import texte_erreur_stockage
    from gesserv_bureau.interface.ouverture_serveur import connecter
    from gesserv_bureau.interface.textes import en_clair
    from gesserv_bureau.stockage.serveur.adresse import emportee_de

    def t(texte: str) -> str:
        return QCoreApplication.translate("VueSuivie", texte)

    adresse = emportee_de(base.conn)
    if adresse is None:
        return None
    titre = QCoreApplication.translate("VueSuivie", "Suivre une séance en direct")
    serveur = None
    try:
        serveur = connecter(adresse, parent)
        if serveur is None:
            return None
        seances = seance_en_direct.seances_du_serveur(serveur)
        if not seances:
            QMessageBox.information(parent, titre, QCoreApplication.translate(
                "VueSuivie", "Le serveur n'a encore aucune séance d'examen."))
            serveur.fermer()
            return None
        libelles = [" — ".join(x for x in (s.titre or t("(sans titre)"), date_longue(s.date, langue)) if x)
                    for s in seances]
        choisi, ok = QInputDialog.getItem(parent, titre, QCoreApplication.translate(
            "VueSuivie", "La séance à suivre (les plus récentes d'abord) :"), libelles, 0, False)
        if not ok:
            serveur.fermer()
            return None
        seance_en_direct.lire(serveur, seances[libelles.index(choisi)].uuid)
    except ErreurStockage as exc:
        if serveur is not None:
            serveur.fermer()
        QMessageBox.warning(parent, titre, en_clair(texte_erreur_stockage(exc)))
        return None
    return _montrer(VueSuivie(serveur, seances[libelles.index(choisi)].uuid, langue, ouvreur=parent))
