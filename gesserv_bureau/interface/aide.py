"""L'aide livrée avec l'application : une page HTML par écran, en français et en anglais
(``ressources/aide/fr/*.html``, ``ressources/aide/en/*.html``, mêmes noms de fichiers), lue
hors ligne dans un visualiseur (liens entre pages, recherche, Retour).

- ``REGISTRE`` : l'écran (nom d'objet ou nom de classe de la fenêtre active) → sa page. Une
  fenêtre qui sait mieux (la fenêtre principale selon son onglet, la stratégie selon sa section)
  a une méthode ``page_aide()``. Une boîte standard de Qt (message, choix de fichier) prend la
  page de la fenêtre qui l'a ouverte; une fenêtre inconnue ouvre l'accueil de l'aide, jamais rien.
- ``installer_f1`` : F1 dans chaque fenêtre et chaque dialogue de l'application, y compris ceux
  qu'on ajoutera. Un raccourci est posé sur chaque fenêtre qui devient active (signal
  ``focusWindowChanged`` de l'application : aucun filtre d'événements, donc rien qui passe par
  Python à chaque événement). Installé après le premier affichage de la fenêtre principale.
- ``VisualiseurAide`` : le dialogue de l'aide. Aucune ressource n'est chargée hors du dossier de
  l'aide : ni réseau, ni fichier d'ailleurs.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from gesserv_bureau.chemins import dossier_ressources
from gesserv_bureau.interface.textes import Retraduisible
from gesserv_bureau.langue import LANGUE_SOURCE, LANGUES

ACCUEIL = "index"
# l'ordre du sommaire du visualiseur
PAGES = (
    "index", "demarrage", "repertoire", "formulaire-service", "normes", "qualite", "tableau-de-bord",
    "evaluation-1a", "evaluation-1b", "evaluation-2a", "evaluations", "seances", "projection",
    "strategie", "plan-travail", "rapports", "signature", "certificats", "import",
)

REGISTRE = {   # nom d'objet ou nom de classe de la fenêtre → page (sans « .html »)
    "FenetrePrincipale": "repertoire",
    "fenetreEvaluation1A": "evaluation-1a",
    "fenetreEvaluation1B": "evaluation-1b",
    "fenetreEvaluation2A": "evaluation-2a",
    "dialoguePonderation1B": "evaluation-1b",
    "dialogueCriteres1B": "evaluation-1b",
    "listeEvaluations": "evaluations",
    "dialogueSeances": "seances",
    "vueSeance": "projection",
    "dialogueStrategies": "strategie",
    "fenetreStrategie": "strategie",
    "dialogueRapport": "rapports",
    "DialogueRegistreRapports": "rapports",
    "dialogueApprobation": "signature",
    "dialogueSignature": "signature",
    "dialogueVerification": "signature",
    "dialogueCertificats": "certificats",
    "dialogueImport": "import",
    "dialogueProfil": "demarrage",
    "dialoguePremierLancement": "demarrage",
    "guideDemarrage": "demarrage",
    "DialogueMetadonnees": "repertoire",
    "DialogueJournal": "repertoire",
    "visualiseurAide": "index",
    "dialogueNorme": "normes",
    "dialogueSuiviNorme": "normes",
}


# --- les pages ------------------------------------------------------------------------------
def dossier_aide(langue: str) -> Path:
    return dossier_ressources() / "aide" / (langue if langue in LANGUES else LANGUE_SOURCE)


def fichier_page(page: str, langue: str) -> Path:
    return dossier_aide(langue) / f"{page}.html"


def titre_page(chemin: Path) -> str:
    """Le ``<title>`` de la page (son nom de fichier s'il manque)."""
    try:
        texte = chemin.read_text(encoding="utf-8")
    except OSError:
        return chemin.stem
    trouve = re.search(r"<title>(.*?)</title>", texte, re.S | re.I)
    return html.unescape(trouve[1].strip()) if trouve else chemin.stem


def _sans_accents(texte: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", texte) if not unicodedata.combining(c)).casefold()


def texte_page(chemin: Path) -> str:
    """Le texte d'une page, sans balises, pour la recherche."""
    try:
        brut = chemin.read_text(encoding="utf-8")
    except OSError:
        return ""
    brut = re.sub(r"<(script|style)\b.*?</\1>", " ", brut, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", brut))


def rechercher(texte: str, langue: str) -> list[str]:
    """Les pages qui contiennent tous les mots cherchés (sans égard aux accents ni à la casse),
    dans l'ordre du sommaire."""
    mots = _sans_accents(texte).split()
    if not mots:
        return list(PAGES)
    trouvees = []
    for page in PAGES:
        contenu = _sans_accents(texte_page(fichier_page(page, langue)))
        if all(m in contenu for m in mots):
            trouvees.append(page)
    return trouvees


# --- l'écran courant → sa page, sa langue ------------------------------------------------------
def _qt_standard(fenetre) -> bool:
    return type(fenetre).__module__.startswith("PySide6")


def _parente(fenetre):
    parent = fenetre.parentWidget()
    return parent.window() if parent is not None else None


def page_pour(fenetre) -> str:
    """La page d'aide de la fenêtre (voir ``REGISTRE``); l'accueil si elle est inconnue."""
    while fenetre is not None:
        methode = getattr(fenetre, "page_aide", None)
        if callable(methode):
            page = methode()
            if page in PAGES:
                return page
        for cle in (fenetre.objectName(), type(fenetre).__name__):
            if cle in REGISTRE:
                return REGISTRE[cle]
        if not _qt_standard(fenetre):
            break   # une fenêtre de l'application, inconnue : l'accueil
        fenetre = _parente(fenetre)   # une boîte de Qt : la page de la fenêtre qui l'a ouverte
    return ACCUEIL


def _fenetre_principale():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and getattr(widget, "langue", None) in LANGUES:
            return widget
    return None


def langue_de(fenetre) -> str:
    """La langue de l'interface vue de cette fenêtre : la sienne, celle de la fenêtre qui l'a
    ouverte, ou celle de la fenêtre principale."""
    while fenetre is not None:
        langue = vars(fenetre).get("langue")
        if langue in LANGUES:
            return langue
        fenetre = _parente(fenetre)
    principale = _fenetre_principale()
    return principale.langue if principale is not None else LANGUE_SOURCE


# --- le visualiseur ---------------------------------------------------------------------------
class NavigateurAide(QTextBrowser):
    """Le navigateur des pages : il ne charge que des fichiers du dossier de l'aide."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("navigateurAide")
        self.setOpenLinks(False)          # chaque lien passe par VisualiseurAide._lien
        self.setOpenExternalLinks(False)
        self.dossier: Path | None = None
        self.refusees: list[str] = []     # ressources demandées hors du dossier (jamais chargées)

    def permise(self, url: QUrl) -> bool:
        if self.dossier is None or not url.isLocalFile():
            return False
        try:
            Path(url.toLocalFile()).resolve().relative_to(self.dossier.resolve())
        except ValueError:
            return False
        return True

    def loadResource(self, type_, url):  # noqa: N802 (API Qt)
        complete = self.source().resolved(url) if url.isRelative() else url
        if not self.permise(complete):
            self.refusees.append(url.toString())
            return None
        return super().loadResource(type_, complete)


class VisualiseurAide(Retraduisible, QDialog):
    """L'aide : le sommaire (ou les pages trouvées) à gauche, la page à droite; Retour, Accueil,
    Rechercher. ``ouvrir(page)`` montre une page; la langue suit ``changer_langue``."""

    def __init__(self, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("visualiseurAide")
        self.langue = langue if langue in LANGUES else LANGUE_SOURCE
        pile = QVBoxLayout(self)
        barre = QHBoxLayout()
        self.bouton_retour = QPushButton(self)
        self.bouton_retour.setObjectName("boutonRetourAide")
        self.bouton_retour.setEnabled(False)
        self.bouton_accueil = QPushButton(self)
        self.bouton_accueil.setObjectName("boutonAccueilAide")
        self.etiquette_recherche = QLabel(self)
        self.recherche = QLineEdit(self)
        self.recherche.setObjectName("rechercheAide")
        self.recherche.setClearButtonEnabled(True)
        self.etiquette_recherche.setBuddy(self.recherche)
        barre.addWidget(self.bouton_retour)
        barre.addWidget(self.bouton_accueil)
        barre.addSpacing(12)
        barre.addWidget(self.etiquette_recherche)
        barre.addWidget(self.recherche, 1)
        pile.addLayout(barre)
        self.separateur = QSplitter(self)
        self.liste = QListWidget(self.separateur)
        self.liste.setObjectName("listePagesAide")
        self.navigateur = NavigateurAide(self.separateur)
        self.separateur.addWidget(self.liste)
        self.separateur.addWidget(self.navigateur)
        self.separateur.setStretchFactor(1, 1)
        self.liste.setWordWrap(True)   # les titres longs passent à la ligne, jamais coupés
        self.separateur.setSizes([270, 640])
        pile.addWidget(self.separateur, 1)
        bas = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("messageAide")
        self.message.setWordWrap(True)
        self.bouton_fermer = QPushButton(self)
        self.bouton_fermer.setObjectName("boutonFermerAide")
        bas.addWidget(self.message, 1)
        bas.addWidget(self.bouton_fermer)
        pile.addLayout(bas)

        self.bouton_retour.clicked.connect(self.navigateur.backward)
        self.bouton_accueil.clicked.connect(lambda: self.ouvrir(ACCUEIL))
        self.bouton_fermer.clicked.connect(self.close)
        self.navigateur.backwardAvailable.connect(self.bouton_retour.setEnabled)
        self.navigateur.anchorClicked.connect(self._lien)
        self.navigateur.historyChanged.connect(lambda: self._page_changee(None))   # après chaque page (Retour aussi)
        self.recherche.textChanged.connect(self._rechercher)
        self.recherche.returnPressed.connect(self._ouvrir_premiere)
        self.liste.itemActivated.connect(self._page_choisie)
        self.liste.itemClicked.connect(self._page_choisie)
        self.navigateur.dossier = dossier_aide(self.langue)
        self.retraduire()
        self._rechercher("")
        self.resize(940, 580)

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Aide de gesserv-bureau"))
        self.bouton_retour.setText(self.tr("◀ &Retour"))
        self.bouton_accueil.setText(self.tr("&Accueil de l'aide"))
        self.etiquette_recherche.setText(self.tr("Re&chercher :"))
        self.recherche.setPlaceholderText(self.tr("un mot ou deux, p. ex. norme de service"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        self.liste.setAccessibleName(self.tr("Pages de l'aide"))
        self.navigateur.setAccessibleName(self.tr("Page d'aide"))

    def changer_langue(self, langue: str) -> None:
        """Les pages dans l'autre langue : la même page, le même texte cherché."""
        langue = langue if langue in LANGUES else LANGUE_SOURCE
        if langue == self.langue:
            return
        page = self.page_courante()
        self.langue = langue
        self.navigateur.dossier = dossier_aide(langue)
        self.navigateur.clearHistory()
        self.retraduire()
        self._rechercher(self.recherche.text())
        if page:
            self.ouvrir(page)

    # --- navigation ------------------------------------------------------------------------
    def ouvrir(self, page: str) -> None:
        """Montre la page (l'accueil si elle n'existe pas)."""
        chemin = fichier_page(page, self.langue)
        if not chemin.is_file():
            chemin = fichier_page(ACCUEIL, self.langue)
        self.navigateur.setSource(QUrl.fromLocalFile(str(chemin)))
        self.message.clear()

    def page_courante(self) -> str:
        source = self.navigateur.source()
        return Path(source.toLocalFile()).stem if source.isLocalFile() else ""

    def _lien(self, url: QUrl) -> None:
        cible = self.navigateur.source().resolved(url)
        if self.navigateur.permise(cible) and Path(cible.toLocalFile()).is_file():
            self.navigateur.setSource(cible)
            self.message.clear()
        else:   # rien n'est ouvert hors de l'aide : pas de navigateur, pas de réseau
            self.message.setText(self.tr("Ce lien ne mène pas à une page de l'aide : il n'est pas suivi "
                                         "(l'aide fonctionne hors ligne)."))

    def _page_changee(self, _url) -> None:
        page = self.page_courante()
        for rang in range(self.liste.count()):
            element = self.liste.item(rang)
            if element.data(256) == page:   # 256 : Qt.ItemDataRole.UserRole
                self.liste.setCurrentRow(rang)
                return
        self.liste.setCurrentRow(-1)

    # --- recherche -------------------------------------------------------------------------
    def _rechercher(self, texte: str) -> None:
        pages = rechercher(texte, self.langue)
        self.liste.clear()
        for page in pages:
            element = QListWidgetItem(titre_page(fichier_page(page, self.langue)), self.liste)
            element.setData(256, page)
        if texte.strip():
            self.message.setText(self.tr("Pages trouvées : %1.").replace("%1", str(len(pages))) if pages
                                 else self.tr("Aucune page ne contient « %1 ».").replace("%1", texte.strip()))
        else:
            self.message.clear()
        self._page_changee(None)

    def _ouvrir_premiere(self) -> None:
        if self.liste.count():
            self._page_choisie(self.liste.item(0))

    def _page_choisie(self, element: QListWidgetItem) -> None:
        page = element.data(256)
        if page != self.page_courante():
            self.ouvrir(page)
        mots = self.recherche.text().split()
        if mots:   # le premier mot cherché, surligné dans la page
            self.navigateur.moveCursor(self.navigateur.textCursor().MoveOperation.Start)
            self.navigateur.find(mots[0])


# --- ouvrir l'aide, F1 -----------------------------------------------------------------------
_SANS_PARENT: list[VisualiseurAide] = []


def _vivant(widget) -> bool:
    from shiboken6 import isValid

    return widget is not None and isValid(widget)


def ouvrir_aide(page: str, langue: str, depuis=None) -> VisualiseurAide:
    """Le visualiseur sur la page, dans la langue. Il appartient à la fenêtre principale (il se
    ferme avec elle); devant un dialogue modal, à ce dialogue (sinon il serait bloqué)."""
    from PySide6.QtCore import Qt

    if isinstance(depuis, VisualiseurAide):
        visualiseur = depuis
    else:
        modal = depuis is not None and (depuis.isModal() or QApplication.activeModalWidget() is depuis)
        proprietaire = depuis if modal else (_fenetre_principale() or depuis)
        if proprietaire is None:
            ouverts = [v for v in _SANS_PARENT if _vivant(v)]
            _SANS_PARENT[:] = ouverts
        else:
            ouverts = [v for v in proprietaire.findChildren(VisualiseurAide) if v.parent() is proprietaire]
        if ouverts:
            visualiseur = ouverts[0]
        else:
            visualiseur = VisualiseurAide(langue, proprietaire)
            visualiseur.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if proprietaire is None:
                _SANS_PARENT.append(visualiseur)
    visualiseur.changer_langue(langue)
    visualiseur.ouvrir(page)
    visualiseur.show()
    visualiseur.raise_()
    visualiseur.activateWindow()
    return visualiseur


def aide_de(fenetre) -> VisualiseurAide:
    """F1 : l'aide de cette fenêtre, dans la langue de l'interface."""
    return ouvrir_aide(page_pour(fenetre), langue_de(fenetre), fenetre)


def equiper(fenetre) -> None:
    """Pose F1 sur une fenêtre (une seule fois). La fenêtre principale a déjà le sien (Aide ›
    Aide de cet écran) : elle porte la propriété ``aideF1``."""
    from PySide6.QtCore import Qt

    if fenetre is None or not fenetre.isWindow() or fenetre.property("aideF1"):
        return
    if fenetre.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen):
        return   # les menus déroulants, les infobulles
    raccourci = QShortcut(QKeySequence("F1"), fenetre)
    raccourci.setObjectName("raccourciAide")
    raccourci.activated.connect(_gardien()._f1)
    fenetre.setProperty("aideF1", True)


class _GardienF1(QObject):
    """Pose F1 sur chaque fenêtre qui devient active."""

    def __init__(self, app):
        super().__init__(app)
        self.setObjectName("gardienAideF1")
        app.focusWindowChanged.connect(self._fenetre_active)

    def _fenetre_active(self, fenetre_qt) -> None:
        if fenetre_qt is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is fenetre_qt or widget.windowHandle() == fenetre_qt:
                equiper(widget)
                return
        equiper(QApplication.activeWindow())

    def _f1(self) -> None:
        raccourci = self.sender()
        fenetre = raccourci.parent() if raccourci is not None else QApplication.activeWindow()
        aide_de(fenetre)


_GARDIEN: list[_GardienF1] = []


def _gardien() -> _GardienF1:
    app = QApplication.instance()
    if not _GARDIEN or not _vivant(_GARDIEN[0]) or _GARDIEN[0].parent() is not app:
        _GARDIEN[:] = [_GardienF1(app)]
    return _GARDIEN[0]


def installer_f1() -> None:
    """F1 dans chaque fenêtre et dialogue de l'application (idempotent)."""
    if QApplication.instance() is None:
        return
    _gardien()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            equiper(widget)


__all__ = ["ACCUEIL", "PAGES", "REGISTRE", "VisualiseurAide", "aide_de", "dossier_aide", "equiper", "fichier_page",
           "installer_f1", "langue_de", "ouvrir_aide", "page_pour", "rechercher", "titre_page"]
