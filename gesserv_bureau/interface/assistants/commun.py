"""Ce que les trois assistants (1A, 1B, 2A) partagent : la charpente page par page, les
boutons Précédent / Suivant / Terminer, la liste des étapes, l'enregistrement de chaque saisie
et la liste de ce qui manque quand on veut terminer trop tôt.

Tout se fait au clavier : Tab passe d'un champ à l'autre (aussi hors des zones de texte), Espace
coche une réponse, Entrée passe à l'étape suivante (Alt+S, Alt+P aussi).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import evaluer
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.referentiel import messages_evaluations
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.interface.textes import STYLE_BANDEAU, Retraduisible, remplir, tout_en_texte_brut

STYLE_GUIDE = "color: #3d3d3d; background: #f3f6f9; border-left: 3px solid #6b8fb5; padding: 6px;"
STYLE_MESSAGE = "color: #8a1c1c;"
# le statut d'une évaluation terminée ou approuvée : bien visible, au-dessus des étapes
STYLE_STATUT = ("QFrame#cadreStatut { background: #e6f2ea; border: 1px solid #2e7d4f; border-left: 5px solid #2e7d4f;"
                " border-radius: 3px; } QLabel { color: #173f26; font-weight: 600; }")
STYLE_STATUT_APPROUVEE = STYLE_STATUT.replace("#e6f2ea", "#e8eef7").replace("#2e7d4f", "#2f5d8a").replace("#173f26", "#1c3554")


class Texte(QPlainTextEdit):
    """Une zone de texte où Tab passe au champ suivant (le clavier seul suffit)."""

    def __init__(self, lignes: int = 3, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lignes = lignes
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._ajuster()

    def _ajuster(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lignes + 14)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._ajuster()   # les grands caractères du projecteur
        super().changeEvent(event)

    def texte(self) -> str:
        return self.toPlainText()

    def ecrire(self, texte: str) -> None:
        if self.toPlainText() != texte:
            self.setPlainText(texte)


class Choix(QWidget):
    """Des boutons radio exclusifs (oui/non, élevé/moyen/faible) : flèches ou Espace."""

    change = Signal()

    def __init__(self, codes: tuple[str, ...], parent=None):
        super().__init__(parent)
        ligne = QHBoxLayout(self)
        ligne.setContentsMargins(0, 0, 0, 0)
        self.groupe = QButtonGroup(self)
        self.boutons: dict[str, QRadioButton] = {}
        for code in codes:
            b = QRadioButton(self)
            b.setObjectName(f"choix_{code}")
            self.groupe.addButton(b)
            self.boutons[code] = b
            ligne.addWidget(b)
        ligne.addStretch(1)
        self.groupe.buttonToggled.connect(lambda _b, coche: coche and self.change.emit())

    def code(self) -> str | None:
        for code, b in self.boutons.items():
            if b.isChecked():
                return code
        return None

    def choisir(self, code: str | None) -> None:
        bloque = self.groupe.blockSignals(True)
        self.groupe.setExclusive(False)
        for c, b in self.boutons.items():
            b.setChecked(c == code)
        self.groupe.setExclusive(True)
        self.groupe.blockSignals(bloque)

    def libeller(self, textes: dict[str, str], question: str = "") -> None:
        """Le texte de chaque bouton; ``question`` : ce qu'ils répondent — le nom du groupe pour un
        lecteur d'écran (« Oui » seul ne dit pas à quoi), et la description de chaque bouton."""
        for code, texte in textes.items():
            self.boutons[code].setText(texte)
        if question:
            self.setAccessibleName(question)
            for b in self.boutons.values():   # leur nom reste leur texte (sans le « & »)
                b.setAccessibleDescription(question)


def guide(texte: str = "", parent=None) -> QLabel:
    etiquette = QLabel(texte, parent)
    etiquette.setTextFormat(Qt.TextFormat.PlainText)
    etiquette.setWordWrap(True)
    etiquette.setStyleSheet(STYLE_GUIDE)
    etiquette.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return etiquette


def titre(texte: str = "", parent=None) -> QLabel:
    etiquette = QLabel(texte, parent)
    etiquette.setTextFormat(Qt.TextFormat.PlainText)
    etiquette.setWordWrap(True)
    etiquette.setStyleSheet("font-size: 13pt; font-weight: 600;")
    return etiquette


class Page(QScrollArea):
    """Une étape de l'assistant : défile si elle est longue (grands caractères au projecteur).

    Les réponses vont dans ``pile`` (le cadre ``saisie``, grisé quand l'évaluation est terminée
    ou approuvée); ce qui n'est pas une réponse et reste permis (lier l'entrée du répertoire)
    va dans ``pile_libre``, sous elles."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab va droit aux réponses : la zone qui défile n'est pas un arrêt (elle suit le focus)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        contenu = QWidget(self)
        self.setWidget(contenu)
        tout = QVBoxLayout(contenu)
        tout.setContentsMargins(0, 0, 0, 0)
        tout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.saisie = QWidget(contenu)
        self.saisie.setObjectName("saisie")
        self.pile = QVBoxLayout(self.saisie)
        self.pile.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.libre = QWidget(contenu)
        self.pile_libre = QVBoxLayout(self.libre)
        self.pile_libre.setContentsMargins(9, 0, 9, 9)
        tout.addWidget(self.saisie)
        tout.addWidget(self.libre)
        tout.addStretch(1)

    def renseignee(self) -> bool:
        """L'étape a au moins une réponse : un choix coché, un texte, un service choisi, un
        élément dans une liste (ce que montre l'écran, pas une règle de l'outil)."""
        for w in self.saisie.findChildren(QWidget):
            if isinstance(w, Choix) and w.code() is not None:
                return True
            if isinstance(w, (QPlainTextEdit, QLineEdit)) and not isinstance(w.parent(), QComboBox):
                if (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip():
                    return True
            if isinstance(w, QComboBox) and w.currentData() is not None:
                return True
            if isinstance(w, QListWidget) and w.count():
                return True
        return False


class Assistant(Retraduisible, QWidget):
    """La charpente : les sous-classes créent leurs pages (``_construire``), les remplissent
    (``_afficher``), lisent la saisie dans ``self.ev.contenu`` (``_lire``) et nomment leurs
    étapes (``noms_etapes``)."""

    termine = Signal(object)        # l'évaluation terminée
    enregistre = Signal(object)

    def __init__(self, base: Base, ev: Evaluation, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.base = base
        self.ev = ev
        self.langue = langue
        self._chargement = False
        self.erreur = ""
        tout = QHBoxLayout(self)
        self.etapes = QListWidget(self)
        self.etapes.setObjectName("etapes")
        self.etapes.setMaximumWidth(260)
        self.etapes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.etapes.setWordWrap(True)
        self.etapes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tout.addWidget(self.etapes)
        colonne = QVBoxLayout()
        self._colonne = colonne
        tout.addLayout(colonne, 1)
        self.entete = QLabel(self)
        self.entete.setObjectName("enteteAssistant")
        self.entete.setWordWrap(True)
        self.entete.setStyleSheet("font-weight: 600;")
        colonne.addWidget(self.entete)
        # le statut (terminée le…, approuvée le…) et « Rouvrir » : visibles dès qu'elle n'est plus un brouillon
        self.cadre_statut = QFrame(self)
        self.cadre_statut.setObjectName("cadreStatut")
        ligne_statut = QHBoxLayout(self.cadre_statut)
        ligne_statut.setContentsMargins(10, 6, 6, 6)
        self.statut = QLabel(self.cadre_statut)
        self.statut.setObjectName("statutEvaluation")
        self.statut.setWordWrap(True)
        self.rouvrir = QPushButton(self.cadre_statut)
        self.rouvrir.setObjectName("boutonRouvrir")
        self.rouvrir.setAutoDefault(False)
        ligne_statut.addWidget(self.statut, 1)
        ligne_statut.addWidget(self.rouvrir, 0, Qt.AlignmentFlag.AlignVCenter)
        self.cadre_statut.hide()
        colonne.addWidget(self.cadre_statut)
        self.bandeau = QLabel(self)
        self.bandeau.setObjectName("bandeauAssistant")
        self.bandeau.setWordWrap(True)
        self.bandeau.setStyleSheet(STYLE_BANDEAU)
        self.bandeau.hide()
        colonne.addWidget(self.bandeau)
        self.pages = QStackedWidget(self)
        colonne.addWidget(self.pages, 1)
        self.manques = QLabel(self)
        self.manques.setObjectName("manques")
        self.manques.setWordWrap(True)
        self.manques.setStyleSheet(STYLE_MESSAGE)
        self.manques.hide()
        colonne.addWidget(self.manques)
        self.etapes.currentRowChanged.connect(self._etape_choisie)
        for touches, action in (("PgDown", self.aller_suivant), ("PgUp", self.aller_precedent)):
            raccourci = QShortcut(QKeySequence(touches), self)
            raccourci.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            raccourci.activated.connect(action)
        self._construire()
        # Les boutons après les pages : Tab va du dernier champ de la page à « Suivant »
        # (l'ordre du clavier suit l'ordre de création).
        boutons = QHBoxLayout()
        self.progression = QLabel(self)
        self.suivant = QPushButton(self)
        self.suivant.setObjectName("boutonSuivant")
        self.terminer = QPushButton(self)
        self.terminer.setObjectName("boutonTerminer")
        self.precedent = QPushButton(self)
        self.precedent.setObjectName("boutonPrecedent")
        boutons.addWidget(self.progression, 1)
        for b in (self.precedent, self.suivant, self.terminer):
            b.setAutoDefault(True)
            boutons.addWidget(b)
        self._colonne.addLayout(boutons)
        self.precedent.clicked.connect(self.aller_precedent)
        self.suivant.clicked.connect(self.aller_suivant)
        self.terminer.clicked.connect(self.finir)
        self.rouvrir.clicked.connect(self.reouvrir)
        for _ in range(self.pages.count()):
            self.etapes.addItem(QListWidgetItem())
        # le nom du service, les réponses, les manques : tels quels, jamais interprétés en HTML
        tout_en_texte_brut(self)
        self._afficher()
        self.retraduire()
        self.aller_a(min(max(ev.etape, 0), self.pages.count() - 1))
        self._verrouiller()

    # --- à fournir par chaque outil ---------------------------------------------------------
    def _construire(self) -> None:
        raise NotImplementedError

    def _afficher(self) -> None:
        raise NotImplementedError

    def _lire(self) -> None:
        raise NotImplementedError

    def noms_etapes(self) -> list[str]:
        raise NotImplementedError

    def titre_outil(self) -> str:
        return outils.outil(self.ev.outil).nom(self.langue)

    def etape_suivante(self, courante: int) -> int:
        return courante + 1

    def etape_complete(self, etape: int) -> bool:
        return not any(m.etape == etape for m in regles.manques(self.ev))

    def etape_non_posee(self, etape: int) -> bool:
        """Une étape qu'on n'a pas à remplir (1A : les questions après le premier « non »)."""
        return False

    def marque_etape(self, etape: int) -> str:
        """Son nom dans la liste des étapes : « ✓ » seulement si elle a une réponse et que rien
        n'y manque (``domaine.manques``) — une étape vide n'est jamais cochée; « non posée »
        pour une étape sautée."""
        nom = self.noms_etapes()[etape]
        if self.etape_non_posee(etape):
            return "– " + QCoreApplication.translate("Assistant", "%1 (non posée)").replace("%1", nom)
        if self.etape_complete(etape) and self.pages.widget(etape).renseignee():
            return "✓ " + nom
        return "○ " + nom

    # --- navigation ---------------------------------------------------------------------
    def ajouter_page(self) -> Page:
        page = Page(self)
        self.pages.addWidget(page)
        return page

    def aller_a(self, etape: int) -> None:
        etape = min(max(etape, 0), self.pages.count() - 1)
        self.pages.setCurrentIndex(etape)
        bloque = self.etapes.blockSignals(True)
        self.etapes.setCurrentRow(etape)
        self.etapes.blockSignals(bloque)
        if self.ev.etape != etape and self.ev.modifiable():
            self.ev.etape = etape
            self._sauver()
        self._actualiser_navigation()
        self._focus_premier_champ()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._focus_premier_champ()

    def _focus_premier_champ(self) -> None:
        """Le premier champ de la page reçoit le clavier."""
        page = self.pages.currentWidget()
        if page is None:
            return
        contenu = page.widget()
        if not any(w.isVisibleTo(contenu) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                   for w in contenu.findChildren(QWidget)):
            # rien à saisir (réponses verrouillées) : sans parcourir la chaîne de toute la fenêtre,
            # dont PySide rendrait la fenêtre elle-même à Qt (elle ne serait plus jamais détruite)
            (self.rouvrir if self.rouvrir.isVisibleTo(self) else self.suivant).setFocus()
            return
        w = contenu.nextInFocusChain()
        for _ in range(500):
            if w is contenu or w is None:
                break
            if (contenu.isAncestorOf(w) and w.isVisibleTo(contenu) and w.isEnabled()
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
            w = w.nextInFocusChain()
        self.suivant.setFocus()

    def _etape_choisie(self, etape: int) -> None:
        if etape >= 0 and etape != self.pages.currentIndex():
            self.aller_a(etape)

    def aller_suivant(self) -> None:
        courante = self.pages.currentIndex()
        if courante < self.pages.count() - 1:
            self.aller_a(self.etape_suivante(courante))
        else:
            self.finir()

    def aller_precedent(self) -> None:
        self.aller_a(self.pages.currentIndex() - 1)

    def _actualiser_navigation(self) -> None:
        i, n = self.pages.currentIndex(), self.pages.count()
        self.precedent.setEnabled(i > 0)
        self.suivant.setVisible(i < n - 1)
        verrouillee = regles.reponses_verrouillees(self.ev)
        self.terminer.setVisible(i == n - 1 or verrouillee)
        self.terminer.setEnabled(not verrouillee)
        (self.terminer if i == n - 1 else self.suivant).setDefault(True)
        self.progression.setText(QCoreApplication.translate("Assistant", "Étape %1 sur %2").replace("%1", str(i + 1)).replace("%2", str(n)))
        for k in range(self.etapes.count()):
            self.etapes.item(k).setText(self.marque_etape(k))
        sujet = self._nom_du_service() or self.ev.sujet or QCoreApplication.translate("Assistant", "(sans nom)")
        self.entete.setText(f"{self.titre_outil()} — {sujet}")

    def _nom_du_service(self) -> str:
        """Le nom du service évalué dans la langue de l'interface (le sujet garde le français)."""
        if self.ev.service_pk is None:
            return ""
        if getattr(self, "_service_nomme", (None,))[0] != self.ev.service_pk:
            self._service_nomme = (self.ev.service_pk, evaluer.service(self.base, self.ev.service_pk))
        service = self._service_nomme[1]
        return service.nom(self.langue) if service is not None else ""

    # --- le service évalué (1B, 2A) ------------------------------------------------------
    def remplir_choix_services(self, combo, services: list, vide: str, supprime: str) -> None:
        """Le choix du service : ``services``; celui de l'évaluation, supprimé entre-temps du
        répertoire, reste affiché (``supprime`` : son libellé, %1 pour le nom)."""
        bloque = combo.blockSignals(True)
        combo.clear()
        combo.addItem(vide, None)
        for s in services:
            combo.addItem(f"{s.service_id} — {s.nom(self.langue)}".strip(" —"), s.pk)
        i = combo.findData(self.ev.service_pk)
        if i < 0 and self.ev.service_pk is not None:
            combo.addItem(supprime.replace("%1", self.ev.sujet), self.ev.service_pk)
            i = combo.count() - 1
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(bloque)

    def choisir_service(self, pk: int | None) -> None:
        """Le service choisi devient le sujet de l'évaluation (et son exercice, s'il manquait)."""
        self.ev.service_pk = pk
        service = evaluer.service(self.base, pk)
        if service is not None:
            self.ev.sujet = service.nom_fr or service.nom_en
            self.ev.exercice = self.ev.exercice or service.exercice

    # --- enregistrement -----------------------------------------------------------------
    def modifie(self, *_args) -> None:
        """Une saisie : lue et écrite tout de suite."""
        if self._chargement or regles.reponses_verrouillees(self.ev):
            return
        self._lire()
        self._sauver()
        self._actualiser_navigation()

    def _sauver(self) -> bool:
        try:
            evaluer.enregistrer(self.base, self.ev)
        except (ErreurStockage, evaluer.EvaluationApprouvee) as exc:
            from gesserv_bureau.messages_erreur import texte_erreur

            self.erreur = texte_erreur(exc, QCoreApplication.translate) or messages_evaluations.texte("deja_approuvee", self.langue)
            self.bandeau.setText(self.erreur)
            self.bandeau.show()
            return False
        self.bandeau.hide()
        self.enregistre.emit(self.ev)
        return True

    def finir(self) -> None:
        if regles.reponses_verrouillees(self.ev):
            return
        self._lire()
        try:
            evaluer.terminer(self.base, self.ev)
        except evaluer.EvaluationIncomplete as exc:
            self.montrer_manques(exc.manques)
            return
        except ErreurStockage as exc:
            from gesserv_bureau.messages_erreur import texte_erreur

            self.bandeau.setText(texte_erreur(exc, QCoreApplication.translate) or str(exc))
            self.bandeau.show()
            return
        self.manques.hide()
        self._verrouiller()
        self._actualiser_navigation()
        self.termine.emit(self.ev)

    def remontrer(self) -> None:
        """``self.ev`` a changé hors de l'assistant (relié à un autre service, des réponses reçues
        d'une autre personne) : tout est remontré — un champ déjà à la bonne valeur n'est pas
        réécrit, le curseur y reste —, le verrou et la navigation suivent son statut."""
        self._afficher()
        self._verrouiller()
        self._actualiser_navigation()

    def reouvrir(self) -> None:
        """« Rouvrir » : une évaluation terminée, pas approuvée, redevient un brouillon."""
        if not regles.peut_rouvrir(self.ev):
            return
        try:
            evaluer.rouvrir(self.base, self.ev)
        except (ErreurStockage, evaluer.EvaluationApprouvee, evaluer.EvaluationNonTerminee) as exc:
            from gesserv_bureau.messages_erreur import texte_erreur

            self.bandeau.setText(texte_erreur(exc, QCoreApplication.translate) or messages_evaluations.texte("deja_approuvee", self.langue))
            self.bandeau.show()
            return
        self._verrouiller()
        self._actualiser_navigation()
        self._focus_premier_champ()
        self.enregistre.emit(self.ev)

    def montrer_manques(self, manques: list) -> None:
        noms = self.noms_etapes()
        lignes = [QCoreApplication.translate("Assistant", "Impossible de terminer : il manque encore")]
        for m in manques:
            lignes.append(f"• {noms[m.etape]} — {m.texte(self.langue)}")
        self.manques.setText("\n".join(lignes))
        self.manques.show()
        self.aller_a(manques[0].etape)

    def _verrouiller(self) -> None:
        """Les réponses grisées dès qu'elle est terminée ou approuvée (``reponses_verrouillees``),
        son statut dit au-dessus, « Rouvrir » là où la règle le permet (``peut_rouvrir``)."""
        verrouillee = regles.reponses_verrouillees(self.ev)
        self.cadre_statut.setVisible(verrouillee)
        self.rouvrir.setVisible(regles.peut_rouvrir(self.ev))
        focus = QApplication.focusWidget()
        if verrouillee and focus is not None and self.pages.isAncestorOf(focus):
            # le clavier quitte la réponse qu'on grise : sur « Rouvrir », sinon sur l'assistant
            (self.rouvrir if self.rouvrir.isVisibleTo(self) else self).setFocus(Qt.FocusReason.OtherFocusReason)
        for page in (self.pages.widget(i) for i in range(self.pages.count())):
            page.saisie.setEnabled(not verrouillee)
        self.cadre_statut.setStyleSheet(STYLE_STATUT_APPROUVEE if self.ev.statut == "approuvee" else STYLE_STATUT)
        self.statut.setText(self.texte_statut())
        if verrouillee:
            self.bandeau.hide()

    def texte_statut(self) -> str:
        """« Terminée le 3 mars 2025 à 14 h 05 — réponses verrouillées… », « Approuvée le… »;
        vide pour un brouillon."""
        if self.ev.statut == "terminee":
            return remplir(QCoreApplication.translate("Assistant", "Terminée le %1 — réponses verrouillées. Rouvrez-la pour les modifier."),
                           self._quand(self.ev.termine_le))
        if self.ev.statut == "approuvee":
            quand = self._quand(self.ev.approuve_le)
            debut = (remplir(QCoreApplication.translate("Assistant", "Approuvée le %1 par %2"), quand, self.ev.approuve_par) if self.ev.approuve_par
                     else remplir(QCoreApplication.translate("Assistant", "Approuvée le %1"), quand))
            return remplir(QCoreApplication.translate("Assistant", "%1 — réponses verrouillées : une évaluation approuvée ne se rouvre pas."),
                           debut)
        return ""

    def _quand(self, horodatage: str) -> str:
        from gesserv_bureau.domaine.ponderation_1b import date_longue

        jour = date_longue(horodatage, self.langue)
        heure = (horodatage or "")[11:16]
        if len(heure) != 5:
            return jour
        if self.langue == "en":
            return f"{jour}, {heure}"
        return f"{jour} à {heure[:2].lstrip('0') or '0'} h {heure[3:]}"

    def retraduire(self) -> None:
        self.precedent.setText(QCoreApplication.translate("Assistant", "← &Précédent"))
        self.suivant.setText(QCoreApplication.translate("Assistant", "&Suivant →"))
        self.terminer.setText(QCoreApplication.translate("Assistant", "&Terminer l'évaluation"))
        self.rouvrir.setText(QCoreApplication.translate("Assistant", "Rou&vrir"))
        self.rouvrir.setToolTip(QCoreApplication.translate(
            "Assistant", "L'évaluation redevient un brouillon : ses réponses se modifient de nouveau (au journal)."))
        self.statut.setText(self.texte_statut())
        self._retraduire_pages()
        self._actualiser_navigation()

    def _retraduire_pages(self) -> None:
        pass


def libelle(libelle, langue: str) -> str:
    return libelle.texte(langue)
