"""Le panneau du sommaire : les comptes de l'exercice et la proportion des services
électroniques selon les deux formules de la section 2.9.4 (calculées dans ``domaine``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.domaine.sommaire import Sommaire
from gesserv_bureau.formats import pourcentage as _pct
from gesserv_bureau.interface.textes import Retraduisible, texte_brut, tout_en_texte_brut
from gesserv_bureau.referentiel.codes import DESIGNATIONS, INTERNE_NON_INTEGRE, PORTEES, PORTEES_REPERTOIRE


class PanneauSommaire(Retraduisible, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.langue = "fr"
        self._sommaire: Sommaire | None = None
        self._exercice = ""
        colonne_principale = QVBoxLayout(self)
        colonne_principale.setContentsMargins(6, 0, 6, 4)
        self.titre = QLabel(self)
        self.titre.setStyleSheet("font-weight: 600;")
        colonne_principale.addWidget(self.titre)
        pile = QHBoxLayout()
        colonne_principale.addLayout(pile)

        self.groupe_comptes = QGroupBox(self)
        self.comptes = QGridLayout(self.groupe_comptes)
        self.comptes.setHorizontalSpacing(14)
        pile.addWidget(self.groupe_comptes, 3)

        self.groupe_electronique = QGroupBox(self)
        colonne = QVBoxLayout(self.groupe_electronique)
        self.formule1 = QLabel(self)
        self.formule1.setObjectName("formule1")
        self.formule2 = QLabel(self)
        self.formule2.setObjectName("formule2")
        self.note = QLabel(self)
        for etiquette in (self.formule1, self.formule2, self.note):
            etiquette.setWordWrap(True)
            etiquette.setTextFormat(Qt.TextFormat.RichText)   # le gras de l'application, des nombres
            colonne.addWidget(etiquette)
        pile.addWidget(self.groupe_electronique, 2)
        tout_en_texte_brut(self)
        self.retraduire()

    def afficher_exercice(self, exercice: str) -> None:
        """Le titre tout de suite; les chiffres suivent (:meth:`afficher`)."""
        if exercice != self._exercice:
            self._exercice = exercice
            self._sommaire = None
            self.retraduire()

    def afficher(self, exercice: str, sommaire: Sommaire) -> None:
        self._exercice = exercice
        self._sommaire = sommaire
        self.retraduire()

    def texte_formule1(self) -> str:
        return self.formule1.text()

    def retraduire(self) -> None:
        self.titre.setText(self.tr("Sommaire de l'exercice %1").replace("%1", self._exercice))
        self.groupe_comptes.setTitle(self.tr("Répertoire"))
        self.groupe_electronique.setTitle(self.tr("Proportion des services électroniques (2.9.4)"))
        while self.comptes.count():
            element = self.comptes.takeAt(0)
            if element.widget():
                element.widget().hide()   # tout de suite : la destruction, elle, attend la boucle
                element.widget().deleteLater()
        s = self._sommaire
        if s is None:
            self.formule1.setText(self.tr("Calcul en cours…"))
            self.formule2.clear()
            self.note.hide()
            return
        lignes = [
            (self.tr("Services"), str(s.total)),
            (PORTEES.texte("externe", self.langue), str(s.par_portee.get("externe", 0))),
            (PORTEES.texte("interne", self.langue), str(s.par_portee.get("interne", 0))),
        ]
        for d in DESIGNATIONS:
            lignes.append((d.texte(self.langue), str(s.par_designation.get(d.code, 0))))
        lignes.append((self.tr("Complets"), str(s.complets)))
        lignes.append((self.tr("À compléter"), str(s.a_completer)))
        if s.par_portee.get(INTERNE_NON_INTEGRE):
            lignes.insert(3, (PORTEES_REPERTOIRE.texte(INTERNE_NON_INTEGRE, self.langue),
                              str(s.par_portee[INTERNE_NON_INTEGRE])))
        par_colonne = 3
        for i, (libelle, valeur) in enumerate(lignes):
            rang, colonne = i % par_colonne, 2 * (i // par_colonne)
            v = texte_brut(QLabel(valeur))
            v.setObjectName(f"compte_{i}")
            v.setStyleSheet("font-weight: 600;")
            v.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.comptes.addWidget(texte_brut(QLabel(libelle)), rang, colonne)
            self.comptes.addWidget(v, rang, colonne + 1)

        e = s.electronique
        self.formule1.setText(
            self.tr("Proportion des services électroniques : <b>%1</b> (%2 offerts par voie électronique "
                    "sur %3 services internes intégrés et externes).")
            .replace("%1", _pct(e.proportion, self.langue)).replace("%2", str(e.electroniques)).replace("%3", str(e.total))
        )
        self.formule2.setText(
            self.tr("Pourcentage moyen de chaque service qui peut être effectué en ligne : <b>%1</b>.")
            .replace("%1", _pct(e.pourcentage_moyen, self.langue))
        )
        notes = []
        if e.a_completer:
            notes.append(self.tr("À compléter (points d'interaction sans réponse, comptés comme non offerts "
                                 "en ligne) : %1").replace("%1", self._liste([n.libelle(self.langue) for n in e.a_completer])))
        if e.exclusions_refusees:
            notes.append(self.tr("Exclusion refusée faute de justification écrite (service compté) : %1")
                         .replace("%1", self._liste([n.libelle(self.langue) for n in e.exclusions_refusees])))
        if e.exclus:
            notes.append(self.tr("Exclus du calcul : %1").replace("%1", self._liste(
                [f"{x.service.libelle(self.langue)} — {_court(x.justification)}" for x in e.exclus])))
        if e.internes:
            notes.append(self.tr("Services internes (non intégrés), hors du calcul (section distincte) : %1")
                         .replace("%1", str(e.internes)))
        self.note.setText("<br>".join(notes))
        self.note.setVisible(bool(notes))

    def _liste(self, noms: list[str], limite: int = 5) -> str:
        """Les premiers noms, échappés (texte riche), puis combien d'autres : le rapport les
        nomme tous."""
        texte = "; ".join(escape(n) for n in noms[:limite])
        if len(noms) > limite:
            texte += " " + self.tr("et %1 autres (voir le rapport du répertoire)").replace("%1", str(len(noms) - limite))
        return texte


def _court(texte: str, limite: int = 90) -> str:
    texte = " ".join(texte.split())
    return texte if len(texte) <= limite else texte[: limite - 1].rstrip() + "…"
