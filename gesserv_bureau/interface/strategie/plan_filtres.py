"""Autour de la table du plan de travail (annexe 2C) : la barre des filtres (état, secteur,
« en retard seulement ») avec le résumé des mesures affichées, et la légende des couleurs des
états, toujours écrite en toutes lettres."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from gesserv_bureau.interface.disposition_fluide import DispositionFluide, groupe

from gesserv_bureau.referentiel.strategie import COULEURS_ETATS, ETATS
from gesserv_bureau.interface.strategie.plan_modele import couleur_fond, couleur_texte, nom_couleur


class BarreFiltresPlan(QWidget):
    """Les listes « état » et « secteur », la case « en retard seulement » et le résumé. Émet
    ``change`` quand un filtre change (choisi par l'utilisateur, ou le secteur choisi qui
    n'existe plus); ``regler`` les place sans rien émettre."""

    change = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("barreFiltresPlan")
        filtres = DispositionFluide(self)   # passe à la ligne dans une fenêtre étroite
        self.etiquette_etat = QLabel(self)
        self.filtre_etat = QComboBox(self)
        self.filtre_etat.setObjectName("filtreEtat")
        self.etiquette_etat.setBuddy(self.filtre_etat)
        self.etiquette_secteur = QLabel(self)
        self.filtre_secteur = QComboBox(self)
        self.filtre_secteur.setObjectName("filtreSecteur")
        self.filtre_secteur.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.etiquette_secteur.setBuddy(self.filtre_secteur)
        self.filtre_retard = QCheckBox(self)
        self.filtre_retard.setObjectName("filtreEnRetard")
        self.resume = QLabel(self)
        self.resume.setObjectName("resumePlan")
        self.resume.setStyleSheet("font-weight: 600;")
        filtres.addWidget(groupe(self, self.etiquette_etat, self.filtre_etat))
        filtres.addWidget(groupe(self, self.etiquette_secteur, self.filtre_secteur))
        filtres.addWidget(self.filtre_retard)
        filtres.addWidget(self.resume)
        self.filtre_etat.currentIndexChanged.connect(lambda *_: self.change.emit())
        self.filtre_secteur.currentIndexChanged.connect(lambda *_: self.change.emit())
        self.filtre_retard.toggled.connect(lambda *_: self.change.emit())

    def valeurs(self) -> tuple[str | None, str | None, bool]:
        """L'état, le secteur (``""`` : non précisé) et la case, comme ``FiltrePlan.filtrer``."""
        return self.filtre_etat.currentData(), self.filtre_secteur.currentData(), self.filtre_retard.isChecked()

    def regler(self, etat: str | None = None, secteur: str | None = None, retard_seulement: bool = False) -> None:
        for combo, valeur in ((self.filtre_etat, etat), (self.filtre_secteur, secteur)):
            bloque = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(valeur)) if valeur is not None else 0)
            combo.blockSignals(bloque)
        bloque = self.filtre_retard.blockSignals(True)
        self.filtre_retard.setChecked(retard_seulement)
        self.filtre_retard.blockSignals(bloque)

    def remplir_etats(self, langue: str) -> None:
        code = self.filtre_etat.currentData()
        bloque = self.filtre_etat.blockSignals(True)
        self.filtre_etat.clear()
        self.filtre_etat.addItem(self.tr("Tous les états"), None)
        for libelle in ETATS:
            self.filtre_etat.addItem(libelle.texte(langue), libelle.code)
            rang = self.filtre_etat.count() - 1
            self.filtre_etat.setItemData(rang, couleur_fond(libelle.code), Qt.ItemDataRole.BackgroundRole)
            self.filtre_etat.setItemData(rang, couleur_texte(libelle.code), Qt.ItemDataRole.DecorationRole)
        self.filtre_etat.setCurrentIndex(max(0, self.filtre_etat.findData(code)))
        self.filtre_etat.blockSignals(bloque)

    def remplir_secteurs(self, secteurs: list[str], sans_secteur: bool) -> None:
        """Les secteurs saisis, et « (secteur non précisé) » si une mesure n'en a pas."""
        choix = self.filtre_secteur.currentData()
        bloque = self.filtre_secteur.blockSignals(True)
        self.filtre_secteur.clear()
        self.filtre_secteur.addItem(self.tr("Tous les secteurs"), None)
        for s in secteurs:
            self.filtre_secteur.addItem(s, s)
        if sans_secteur:
            self.filtre_secteur.addItem(self.tr("(secteur non précisé)"), "")
        rang = self.filtre_secteur.findData(choix) if choix is not None else 0
        self.filtre_secteur.setCurrentIndex(max(0, rang))
        self.filtre_secteur.blockSignals(bloque)
        if choix is not None and rang < 0:     # le secteur choisi n'existe plus
            self.change.emit()

    def afficher_resume(self, affichees: int, total: int, retards: int, filtre_actif: bool) -> None:
        if filtre_actif:
            texte = self.tr("Mesures affichées : %1 sur %2 · en retard : %3")
            texte = texte.replace("%1", str(affichees)).replace("%2", str(total))
        else:
            texte = self.tr("Mesures : %2 · en retard : %3").replace("%2", str(total))
        self.resume.setText(texte.replace("%3", str(retards)))

    def retraduire(self, langue: str) -> None:
        self.etiquette_etat.setText(self.tr("Filtrer par &état :"))
        self.etiquette_secteur.setText(self.tr("&Secteur :"))
        self.filtre_retard.setText(self.tr("En retar&d seulement"))
        self.remplir_etats(langue)


class LegendePlan(QWidget):
    """La légende de l'annexe 2C : chaque couleur avec le nom de l'état qu'elle appuie."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("legendePlan")
        ligne_legende = DispositionFluide(self, espace_h=6)   # passe à la ligne dans une fenêtre étroite
        self.titre_legende = QLabel(self)
        self.titre_legende.setObjectName("titreLegende")
        self.titre_legende.setStyleSheet("font-weight: 600;")
        ligne_legende.addWidget(self.titre_legende)
        self.entrees_legende: dict[str, QLabel] = {}
        for n, code in enumerate(ETATS.codes()):
            if n:
                point = QLabel("·", self)
                point.setAccessibleName(" ")
                ligne_legende.addWidget(point)
            entree = QLabel(self)
            entree.setObjectName(f"legende_{code}")
            _fr, _en, texte, fond = COULEURS_ETATS[code]
            entree.setStyleSheet(f"background: {fond}; color: {texte}; border: 1px solid {texte}; "
                                 "border-radius: 3px; padding: 2px 8px; font-weight: 600;")
            self.entrees_legende[code] = entree
            ligne_legende.addWidget(entree)

    def retraduire(self, langue: str) -> None:
        self.titre_legende.setText(self.tr("Légende —"))
        for code, entree in self.entrees_legende.items():
            texte = (self.tr("%1 : %2").replace("%1", nom_couleur(code, langue))
                     .replace("%2", ETATS.texte(code, langue)))
            entree.setText(texte)
            entree.setAccessibleName(texte)
