"""Le tableau de bord : un onglet de graphiques (QtCharts) sur les chiffres que calcule
``domaine.tableau_de_bord``. Chaque graphique a son tableau de chiffres (accessibilité) et
un bouton qui le copie comme image. Les étiquettes portent les valeurs : la couleur ne porte
jamais seule une information."""

from __future__ import annotations

import html
import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.domaine.tableau_de_bord import (
    AUTRES,
    CANAUX,
    DemandesParCanal,
    Donnees,
    PartEnLigne,
)
from gesserv_bureau.formats import nombre
from gesserv_bureau.formats import pourcentage as pct
from gesserv_bureau.interface.textes import Retraduisible, locale_de, tout_en_texte_brut
from gesserv_bureau.interface.textes import remplir as remplacer   # %1, %2… en une passe
from gesserv_bureau.referentiel.codes import DESIGNATIONS, MODES, TYPES_SERVICE

ORDRE_CARTES = ("electronique", "part_en_ligne", "canaux_ministere", "canaux_service", "types",
                "designations", "normes", "cascade")
PLEINE_LARGEUR = {"types", "cascade"}
HAUTEUR_LIGNE_BARRE = 38   # pixels par catégorie d'un graphique à barres
LARGEUR_ETIQUETTE = 38     # caractères avant de couper une étiquette d'axe sur deux lignes


def _couper(texte: str) -> str:
    """Une étiquette d'axe (HTML) coupée sur deux lignes si elle est longue."""
    if len(texte) <= LARGEUR_ETIQUETTE or " " not in texte:
        return html.escape(texte)
    milieu = len(texte) // 2
    espaces = [i for i, c in enumerate(texte) if c == " "]
    i = min(espaces, key=lambda e: abs(e - milieu))
    return f"{html.escape(texte[:i])}<br>{html.escape(texte[i + 1:])}"


def pas_entier(maximum: float) -> int:
    """Un pas de graduation entier et rond (1, 2, 5 × 10^n) pour cinq graduations environ."""
    if maximum <= 5:
        return 1
    brut = maximum / 5
    ordre = 10 ** math.floor(math.log10(brut))
    return int(next(m * ordre for m in (1, 2, 5, 10) if brut <= m * ordre))


class Carte(QFrame):
    """Un graphique, son tableau de chiffres et son bouton « Copier l'image »."""

    def __init__(self, nom: str, parent=None):
        super().__init__(parent)
        self.setObjectName(nom)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colonne = QVBoxLayout(self)
        self.entete = QHBoxLayout()
        colonne.addLayout(self.entete)
        self.graphique = QChart()
        self.graphique.setLocalizeNumbers(True)
        self.graphique.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.graphique.setBackgroundRoundness(0)
        self.graphique.setMargins(QMargins(4, 4, 4, 4))
        self.graphique.layout().setContentsMargins(0, 0, 0, 0)
        self.graphique.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.vue = QChartView(self.graphique, self)
        self.vue.setObjectName(f"{nom}_graphique")
        self.vue.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.vue.setMinimumHeight(300)
        self.vue.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        colonne.addWidget(self.vue, 1)
        self.note = QLabel(self)
        self.note.setObjectName(f"{nom}_note")
        self.note.setWordWrap(True)
        self.note.hide()
        colonne.addWidget(self.note)
        self.tableau = QTableWidget(self)
        self.tableau.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.tableau.setObjectName(f"{nom}_tableau")
        self.tableau.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableau.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableau.setAlternatingRowColors(True)
        self.tableau.setWordWrap(False)
        self.tableau.verticalHeader().hide()
        self.tableau.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tableau.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        colonne.addWidget(self.tableau)
        pied = QHBoxLayout()
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName(f"{nom}_confirmation")
        pied.addWidget(self.confirmation, 1)
        self.bouton = QPushButton(self)
        self.bouton.setObjectName(f"{nom}_copier")
        self.bouton.clicked.connect(self.copier)
        pied.addWidget(self.bouton)
        colonne.addLayout(pied)
        tout_en_texte_brut(self)
        self._effacer = QTimer(self)
        self._effacer.setSingleShot(True)
        self._effacer.setInterval(4000)
        self._effacer.timeout.connect(self.confirmation.clear)
        self.texte_copie = ""
        self.modele_etiquette = "%1 : %2"
        self.titre = ""
        police = self.graphique.titleFont()
        police.setBold(True)
        police.setPointSizeF(police.pointSizeF() * 1.15)
        self.graphique.setTitleFont(police)

    def copier(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.vue.grab())
        self.confirmation.setText(self.texte_copie)
        self._effacer.start()

    # --- le graphique ------------------------------------------------------------------
    def vider(self, titre: str, langue: str, sous_titre: str = "") -> None:
        """Retire séries et axes; le titre (et sa deuxième ligne) fait partie de l'image copiée."""
        g = self.graphique
        g.removeAllSeries()
        for axe in g.axes():
            g.removeAxis(axe)
            axe.deleteLater()
        self.titre = f"{titre} — {sous_titre}" if sous_titre else titre
        # Le titre d'un graphique s'affiche en HTML.
        g.setTitle(f'<div align="center">{html.escape(titre)}'
                   + (f"<br>{html.escape(sous_titre)}" if sous_titre else "") + "</div>")
        g.setLocale(locale_de(langue))

    def barres(self, nom_serie: str, categories: list[tuple[str, float]]) -> None:
        """Barres horizontales, la première catégorie en haut; l'étiquette porte la valeur."""
        serie = QHorizontalBarSeries()
        ensemble = QBarSet(nom_serie)
        ensemble.append([float(v) for _, v in reversed(categories)])
        serie.append(ensemble)
        serie.setBarWidth(0.6)
        self.graphique.addSeries(serie)
        axe = QBarCategoryAxis()
        axe.append([_couper(c) for c, _ in reversed(categories)])
        self.graphique.addAxis(axe, Qt.AlignmentFlag.AlignLeft)
        serie.attachAxis(axe)
        valeurs = QValueAxis()
        valeurs.setLabelFormat("%.0f")
        pas = pas_entier(max([v for _, v in categories] + [0]))
        valeurs.setTickType(QValueAxis.TickType.TicksDynamic)
        valeurs.setTickAnchor(0)
        valeurs.setTickInterval(pas)
        valeurs.setRange(0, pas * max(1, math.ceil(max([v for _, v in categories] + [0]) / pas)))
        self.graphique.addAxis(valeurs, Qt.AlignmentFlag.AlignBottom)
        serie.attachAxis(valeurs)
        self.graphique.legend().hide()
        self.vue.setMinimumHeight(max(300, 110 + HAUTEUR_LIGNE_BARRE * len(categories)))

    def courbes(self, exercices: list[str], series: list[tuple[str, list[float | None], Qt.PenStyle]],
                langue: str = "fr") -> None:
        """Une courbe par série sur les exercices (0 à 100 %); chaque point porte sa valeur.
        Un exercice sans valeur n'a pas de point."""
        axe = QBarCategoryAxis()
        axe.append(exercices)
        self.graphique.addAxis(axe, Qt.AlignmentFlag.AlignBottom)
        pourcents = QValueAxis()
        pourcents.setRange(0, 100)
        pourcents.setTickCount(6)
        signe = "%" if langue == "en" else "\u00a0%"   # 40% en anglais, 40 % en français
        pourcents.setLabelFormat("%.0f" + signe)
        self.graphique.addAxis(pourcents, Qt.AlignmentFlag.AlignLeft)
        formes = (QScatterSeries.MarkerShape.MarkerShapeCircle, QScatterSeries.MarkerShape.MarkerShapeRectangle,
                  QScatterSeries.MarkerShape.MarkerShapeTriangle)
        for i, (nom, valeurs, style) in enumerate(series):
            points = [(x, round(y, 1)) for x, y in enumerate(valeurs) if y is not None]
            courbe = QLineSeries()
            nom = html.escape(nom)   # la légende s'affiche en HTML, et le nom d'un service y figure
            courbe.setName(nom)
            # Les points : une forme par série (pas seulement une couleur), la valeur au-dessus.
            marques = QScatterSeries()
            marques.setName(nom)
            marques.setMarkerShape(formes[i % len(formes)])
            marques.setMarkerSize(11)
            for x, y in points:
                courbe.append(x, y)
                marques.append(x, y)
            for serie in (courbe, marques):
                self.graphique.addSeries(serie)
                serie.attachAxis(axe)
                serie.attachAxis(pourcents)
            crayon = courbe.pen()
            crayon.setWidth(3)
            crayon.setStyle(style)
            courbe.setPen(crayon)
            marques.setColor(courbe.color())
            marques.setBorderColor(courbe.color())
            marques.setPointLabelsVisible(True)
            marques.setPointLabelsFormat("@yPoint" + signe)
            marques.setPointLabelsClipping(False)
            marques.setPointLabelsColor(Qt.GlobalColor.black)
            for marque in self.graphique.legend().markers(marques):
                marque.setVisible(False)
        self.graphique.legend().setVisible(True)
        self.graphique.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.vue.setMinimumHeight(320)

    # --- le tableau --------------------------------------------------------------------
    def etiquette(self, libelle: str, valeur: str) -> str:
        """« En ligne : 948 046 » (le modèle traduit vient du tableau de bord)."""
        return remplacer(self.modele_etiquette, libelle, valeur)

    def remplir(self, entetes: list[str], lignes: list[list[str]]) -> None:
        t = self.tableau
        t.clear()
        t.setColumnCount(len(entetes))
        t.setRowCount(len(lignes))
        t.setHorizontalHeaderLabels(entetes)
        for r, ligne in enumerate(lignes):
            for c, texte in enumerate(ligne):
                element = QTableWidgetItem(texte)
                if c:
                    element.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, element)
        # La première colonne (les libellés) prend la place qui reste, jamais moins que son
        # contenu : le tableau ne descend pas sous la largeur de ses chiffres.
        entete = t.horizontalHeader()
        largeur = 2 * t.frameWidth() + 4
        for c in range(len(entetes)):
            mode = QHeaderView.ResizeMode.Stretch if c == 0 else QHeaderView.ResizeMode.ResizeToContents
            entete.setSectionResizeMode(c, mode)
            largeur += max(t.sizeHintForColumn(c), entete.sectionSizeHint(c))
        t.setMinimumWidth(largeur)
        hauteur = entete.sizeHint().height() + t.verticalHeader().defaultSectionSize() * t.rowCount()
        t.setFixedHeight(hauteur + 2 * t.frameWidth() + 2)
        resume = "; ".join(", ".join(self.etiquette(entetes[c], texte) if c else texte
                                     for c, texte in enumerate(l)) for l in lignes)
        self.vue.setAccessibleDescription(resume)

    def textes(self) -> list[list[str]]:
        t = self.tableau
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


class TableauDeBord(Retraduisible, QWidget):
    """L'onglet du tableau de bord. La fenêtre principale appelle :meth:`afficher` avec le
    résultat de ``cas.statistiques.tableau_de_bord`` et, quand l'utilisateur choisit un autre
    service, reçoit :attr:`service_demande` (la clé du service) pour recalculer."""

    service_demande = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.langue = "fr"
        self._donnees: Donnees | None = None
        externe = QVBoxLayout(self)
        externe.setContentsMargins(0, 0, 0, 0)
        self.defilement = QScrollArea(self)
        self.defilement.setWidgetResizable(True)
        self.defilement.setFrameShape(QFrame.Shape.NoFrame)
        externe.addWidget(self.defilement)
        contenu = QWidget()
        self.defilement.setWidget(contenu)
        colonne = QVBoxLayout(contenu)
        self.titre = QLabel(contenu)
        self.titre.setObjectName("titre_tableau_de_bord")
        self.titre.setStyleSheet("font-size: 130%; font-weight: 600;")
        self.titre.setWordWrap(True)
        colonne.addWidget(self.titre)
        self.etat = QLabel(contenu)
        self.etat.setWordWrap(True)
        colonne.addWidget(self.etat)

        self.grille = QGridLayout()
        self.grille.setHorizontalSpacing(12)
        self.grille.setVerticalSpacing(12)
        colonne.addLayout(self.grille)
        colonne.addStretch(1)
        self.cartes = {nom: Carte(nom, contenu) for nom in ORDRE_CARTES}
        self._colonnes = 0
        self._disposer(2)

        carte = self.cartes["canaux_service"]
        self.etiquette_service = QLabel(carte)
        self.choix_service = QComboBox(carte)
        self.choix_service.setObjectName("choix_service")
        self.choix_service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choix_service.setMinimumContentsLength(20)
        self.etiquette_service.setBuddy(self.choix_service)
        carte.entete.addWidget(self.etiquette_service)
        carte.entete.addWidget(self.choix_service, 1)
        self.choix_service.currentIndexChanged.connect(self._service_choisi)
        # Tab : la liste des services en tête de sa carte (après le bouton de la carte d'avant)
        avant = ORDRE_CARTES[ORDRE_CARTES.index("canaux_service") - 1]
        QWidget.setTabOrder(self.cartes[avant].bouton, self.choix_service)
        tout_en_texte_brut(self)
        self.retraduire()

    def _disposer(self, colonnes: int) -> None:
        """Deux colonnes de cartes, ou une seule dans une fenêtre étroite (projecteur)."""
        if colonnes == self._colonnes:
            return
        self._colonnes = colonnes
        for carte in self.cartes.values():
            self.grille.removeWidget(carte)
        rang = col = 0
        for nom in ORDRE_CARTES:
            pleine = colonnes == 1 or nom in PLEINE_LARGEUR
            if pleine and col:
                rang, col = rang + 1, 0
            self.grille.addWidget(self.cartes[nom], rang, col, 1, colonnes if pleine else 1,
                                  Qt.AlignmentFlag.AlignTop)
            rang, col = (rang + 1, 0) if pleine or col == colonnes - 1 else (rang, col + 1)
        for c in range(2):
            self.grille.setColumnStretch(c, 1 if c < colonnes else 0)

    def largeur_deux_colonnes(self) -> int:
        """La largeur sous laquelle deux cartes côte à côte ne tiendraient plus."""
        cartes = [c for n, c in self.cartes.items() if n not in PLEINE_LARGEUR]
        marges = self.defilement.widget().layout().contentsMargins()
        return (2 * max(c.minimumSizeHint().width() for c in cartes) + self.grille.horizontalSpacing()
                + marges.left() + marges.right() + self.defilement.verticalScrollBar().sizeHint().width())

    def resizeEvent(self, event) -> None:
        self._disposer(1 if event.size().width() < self.largeur_deux_colonnes() else 2)
        super().resizeEvent(event)

    # --- API ---------------------------------------------------------------------------
    def afficher(self, donnees: Donnees, langue: str | None = None) -> None:
        if langue:
            self.langue = langue
        self._donnees = donnees
        self.retraduire()

    def _service_choisi(self, index: int) -> None:
        pk = self.choix_service.itemData(index)
        if pk is not None and self._donnees is not None and pk != self._donnees.service_pk:
            self.service_demande.emit(int(pk))

    # --- textes et graphiques ----------------------------------------------------------
    def retraduire(self) -> None:
        self.defilement.setAccessibleName(self.tr("Tableau de bord"))
        self.etiquette_service.setText(self.tr("&Service :"))
        for carte in self.cartes.values():
            carte.bouton.setText(self.tr("Copier l'image"))
            carte.texte_copie = self.tr("Image copiée dans le presse-papiers.")
            # Un libellé et sa valeur : « En ligne : 948 046 » (anglais : « Online: 948,046 »).
            carte.modele_etiquette = self.tr("%1 : %2")
        d = self._donnees
        if d is None:
            self.titre.setText(self.tr("Tableau de bord"))
            self.etat.setText(self.tr("Calcul en cours…"))
            return
        self.titre.setText(self.tr("Tableau de bord de l'exercice %1").replace("%1", d.exercice))
        self.etat.setText(self.tr("Chaque graphique est suivi du tableau de ses chiffres. "
                                  "« — » : aucune donnée chiffrée."))
        self._electronique(d)
        self._part_en_ligne(d)
        titre_canaux = self.tr("Demandes reçues par mode de prestation, %1").replace("%1", d.exercice)
        self._canaux(self.cartes["canaux_ministere"], d.canaux_ministere, titre_canaux,
                     self.tr("Ministère (tous les services)"))
        self._remplir_choix(d)
        self._canaux(self.cartes["canaux_service"], d.canaux_service, titre_canaux,
                     self._nom_service(d) or self.tr("Aucun service dans cet exercice"))
        self._types(d)
        self._designations(d)
        self._normes(d)
        self._cascade(d)
        for carte in self.cartes.values():
            titre = carte.titre
            carte.vue.setAccessibleName(self.tr("Graphique : %1").replace("%1", titre))
            carte.tableau.setAccessibleName(self.tr("Tableau des chiffres : %1").replace("%1", titre))
            carte.bouton.setAccessibleName(self.tr("Copier l'image du graphique : %1").replace("%1", titre))
            carte.bouton.setToolTip(self.tr("Copie le graphique dans le presse-papiers, comme image."))
        # Les largeurs des tableaux changent avec les chiffres et la langue.
        self._disposer(1 if self.width() < self.largeur_deux_colonnes() else 2)

    def _nom_service(self, d: Donnees) -> str:
        for choix in d.services:
            if choix.pk == d.service_pk:
                return choix.nom(self.langue)
        return ""

    def _remplir_choix(self, d: Donnees) -> None:
        c = self.choix_service
        c.blockSignals(True)
        c.clear()
        for choix in d.services:
            c.addItem(choix.nom(self.langue), choix.pk)
        c.setCurrentIndex(max(0, c.findData(d.service_pk)) if d.services else -1)
        c.setEnabled(bool(d.services))
        c.blockSignals(False)

    def _electronique(self, d: Donnees) -> None:
        carte, l = self.cartes["electronique"], self.langue
        carte.vider(self.tr("Proportion des services électroniques (2.9.4), par exercice"), l)
        carte.courbes(list(d.exercices), [
            (self.tr("Proportion des services électroniques"),
             [e.proportion for e in d.electronique], Qt.PenStyle.SolidLine),
            (self.tr("Pourcentage moyen en ligne"),
             [e.pourcentage_moyen for e in d.electronique], Qt.PenStyle.DashLine),
        ], l)
        carte.note.setText(self.tr(
            "Proportion des services électroniques : services internes intégrés et externes offerts par "
            "voie électronique ÷ nombre total de services internes intégrés et externes. Pourcentage moyen "
            "de chaque service qui peut être effectué en ligne : somme du % de chaque service ÷ le même "
            "total. Un service ne sort du total qu'avec une justification écrite; un point d'interaction "
            "sans réponse compte comme non offert en ligne (service «\u00a0à compléter\u00a0»). Les services "
            "internes (non intégrés) ne sont pas comptés."))
        carte.note.show()
        carte.remplir(
            [self.tr("Exercice"), self.tr("Proportion des services électroniques"),
             self.tr("Offerts par voie électronique"), self.tr("Services comptés"),
             self.tr("Pourcentage moyen en ligne"), self.tr("Exclus par écrit"), self.tr("À compléter")],
            [[e.exercice, pct(e.proportion, l), nombre(e.electroniques, l), nombre(e.total, l),
              pct(e.pourcentage_moyen, l), nombre(e.exclus, l), nombre(e.a_completer, l)] for e in d.electronique],
        )

    def _part_en_ligne(self, d: Donnees) -> None:
        carte, l = self.cartes["part_en_ligne"], self.langue
        carte.vider(self.tr("Part des demandes reçues en ligne, par exercice"), l)
        du_service: dict[str, PartEnLigne] = {p.exercice: p for p in d.part_en_ligne_service}
        series = [(self.tr("Ministère"), [p.part for p in d.part_en_ligne], Qt.PenStyle.SolidLine)]
        nom = self._nom_service(d)
        if nom:
            series.append((nom, [du_service[ex].part if ex in du_service else None for ex in d.exercices],
                           Qt.PenStyle.DashLine))
        carte.courbes(list(d.exercices), series, l)
        carte.note.setText(self.tr(
            "Demandes reçues en ligne ÷ toutes les demandes chiffrées (cinq modes de prestation). "
            "Un exercice sans chiffres n'a pas de point. Le service choisi est suivi d'un exercice "
            "à l'autre par son numéro d'ID."))
        carte.note.show()
        entetes = [self.tr("Exercice"), self.tr("Demandes en ligne"), self.tr("Demandes chiffrées"),
                   self.tr("Part, ministère")]
        if nom:
            entetes.append(self.tr("Part, service"))
        lignes = []
        for p in d.part_en_ligne:
            ligne = [p.exercice, nombre(p.en_ligne, l), nombre(p.total, l), pct(p.part, l)]
            if nom:
                s = du_service.get(p.exercice)
                ligne.append(pct(s.part if s else None, l))
            lignes.append(ligne)
        carte.remplir(entetes, lignes)

    def _libelle_canal(self, canal: str) -> str:
        if canal == AUTRES:
            return self.tr("Autres (courriel, télécopieur, autre)")
        return MODES.texte(canal, self.langue)

    def _canaux(self, carte: Carte, demandes: DemandesParCanal | None, titre: str, sous_titre: str) -> None:
        l = self.langue
        carte.vider(titre, l, sous_titre)
        if demandes is None:
            carte.remplir([self.tr("Mode de prestation"), self.tr("Demandes")], [])
            return
        categories = []
        lignes = []
        for canal in CANAUX:
            n = demandes.par_canal.get(canal)
            valeur = nombre(n, l) if n is not None else self.tr("aucune donnée")
            categories.append((carte.etiquette(self._libelle_canal(canal), valeur), n or 0))
            lignes.append([self._libelle_canal(canal), nombre(n, l), pct(demandes.part(canal), l),
                           nombre(demandes.non_disponibles.get(canal, 0), l) if canal != AUTRES else "—"])
        lignes.append([self.tr("Total des demandes chiffrées"), nombre(demandes.total, l),
                       pct(100.0 if demandes.total else None, l), ""])
        carte.barres(self.tr("Demandes"), categories)
        carte.remplir([self.tr("Mode de prestation"), self.tr("Demandes"), self.tr("Part"),
                       self.tr("Services sans chiffres")], lignes)

    def _types(self, d: Donnees) -> None:
        carte, l = self.cartes["types"], self.langue
        carte.vider(self.tr("Services par type, %1").replace("%1", d.exercice), l)
        total = sum(n for _, n in d.par_type)
        noms = [(TYPES_SERVICE.texte(code, l) or (code if code else self.tr("Type non précisé")), n)
                for code, n in d.par_type]
        carte.barres(self.tr("Services"), [(carte.etiquette(nom, nombre(n, l)), n) for nom, n in noms])
        carte.remplir([self.tr("Type de service"), self.tr("Services"), self.tr("Part")],
                      [[nom, nombre(n, l), pct(100.0 * n / total if total else None, l)] for nom, n in noms])

    def _designations(self, d: Donnees) -> None:
        carte, l = self.cartes["designations"], self.langue
        carte.vider(self.tr("Services par désignation, %1").replace("%1", d.exercice), l)
        noms = [(DESIGNATIONS.texte(code, l) if code else self.tr("Sans désignation"), n)
                for code, n in d.par_designation]
        carte.barres(self.tr("Services"), [(carte.etiquette(nom, nombre(n, l)), n) for nom, n in noms])
        carte.remplir([self.tr("Désignation"), self.tr("Services")], [[nom, nombre(n, l)] for nom, n in noms])

    def _normes(self, d: Donnees) -> None:
        carte, l, n = self.cartes["normes"], self.langue, d.normes
        carte.vider(self.tr("Normes de service : cible atteinte ou non, %1").replace("%1", d.exercice), l,
                    "" if n.total else self.tr("Aucune norme de service pour cet exercice"))
        noms = [(self.tr("Cible atteinte"), n.atteintes), (self.tr("Cible non atteinte"), n.non_atteintes),
                (self.tr("Sans objet"), n.sans_objet), (self.tr("Résultat non déclaré"), n.inconnues)]
        carte.barres(self.tr("Normes"), [(carte.etiquette(nom, nombre(v, l)), v) for nom, v in noms])
        lignes = [[nom, nombre(v, l), pct(100.0 * v / n.total if n.total else None, l)] for nom, v in noms]
        lignes.append([self.tr("Taux d'atteinte (normes évaluées)"), "", pct(n.taux_atteinte, l)])
        carte.remplir([self.tr("Résultat"), self.tr("Normes"), self.tr("Part")], lignes)

    def _cascade(self, d: Donnees) -> None:
        """2.10.4 et 7.10 : la cascade des services prioritaires, et le progrès vers la cible de 100 %."""
        carte, l, c = self.cartes["cascade"], self.langue, d.cascade
        vide = c is None or not c.prioritaires
        carte.vider(self.tr("Services prioritaires authentifiés et état de la demande en temps réel (2.10, 7.10), %1")
                    .replace("%1", d.exercice), l, self.tr("Aucun service prioritaire dans cet exercice") if vide else "")
        if c is None:
            return
        marches = [(self.tr("Services prioritaires"), len(c.prioritaires)),
                   (self.tr("… externes"), len(c.externes)),
                   (self.tr("… qui exigent l'authentification du client"), len(c.authentifies)),
                   (self.tr("… offerts en ligne de bout en bout"), len(c.en_ligne)),
                   (self.tr("… avec l'état de la demande en temps réel (7.10)"), len(c.conformes))]
        carte.barres(self.tr("Services"), [(carte.etiquette(nom, nombre(n, l)), n) for nom, n in marches])
        lignes = [[nom, nombre(n, l)] for nom, n in marches]
        lignes.append([self.tr("Progrès vers la cible de 7.10 (100 % des services externes prioritaires "
                               "authentifiés)"), pct(c.progres, l)])
        if c.manquants:
            lignes.append([self.tr("Pas encore conformes à 7.10"), ", ".join(s.court(l) for s in c.manquants)])
        if c.a_completer:
            lignes.append([self.tr("À compléter (authentification ou état en temps réel sans réponse)"),
                           ", ".join(s.court(l) for s in c.a_completer)])
        carte.remplir([self.tr("Marche de la cascade (2.10.4)"), self.tr("Services")], lignes)
