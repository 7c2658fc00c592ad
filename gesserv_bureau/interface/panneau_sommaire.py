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
from gesserv_bureau.interface.textes import Retraduisible, en_clair, texte_brut, tout_en_texte_brut
from gesserv_bureau.referentiel.codes import DESIGNATIONS, INTERNE_NON_INTEGRE, PORTEES, PORTEES_REPERTOIRE


_DANS_INFOBULLE = 20


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
        pile.addWidget(self.groupe_comptes, 1)

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
        pile.addWidget(self.groupe_electronique, 1)
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
        # les noms des deux formules de 2.9.4, sur une ligne chacune; leur définition en infobulle
        self.formule1.setText(
            self.tr("Proportion des services électroniques : <b>%1</b> (%2 sur %3)")
            .replace("%1", _pct(e.proportion, self.langue)).replace("%2", str(e.electroniques)).replace("%3", str(e.total))
        )
        self.formule1.setToolTip(en_clair(
            self.tr("Nombre de services internes intégrés et services externes offerts par voie électronique (%1) "
                    "÷ nombre total de services internes intégrés et services externes (%2). Un service n'en sort "
                    "qu'avec une justification écrite (2.9.4).")
            .replace("%1", str(e.electroniques)).replace("%2", str(e.total))))
        self.formule2.setText(
            self.tr("Pourcentage moyen de chaque service qui peut être effectué en ligne : <b>%1</b>")
            .replace("%1", _pct(e.pourcentage_moyen, self.langue))
        )
        self.formule2.setToolTip(en_clair(self.tr(
            "Somme du % de chaque service intégré externe et interne qui peut être effectué en ligne ÷ nombre "
            "total de services internes intégrés et services externes (%1). Un point d'interaction sans réponse "
            "compte comme non offert en ligne.").replace("%1", str(e.total))))
        # une ligne courte (le panneau est bas) : les numéros d'ID; l'infobulle nomme chaque
        # service et chaque raison, le rapport du répertoire aussi
        notes, details = [], []
        l = self.langue
        if e.a_completer:
            notes.append(self.tr("À compléter (points sans réponse, comptés non en ligne) : %1")
                         .replace("%1", self._liste([n.court(l) for n in e.a_completer])))
            details.append(self.tr("À compléter : %1").replace("%1", self._tous([n.libelle(l) for n in e.a_completer])))
        if e.exclusions_refusees:
            notes.append(self.tr("Exclusion refusée faute de justification écrite, service compté : %1")
                         .replace("%1", self._liste([n.court(l) for n in e.exclusions_refusees])))
            details.append(self.tr("Exclusion refusée : %1").replace(
                "%1", self._tous([n.libelle(l) for n in e.exclusions_refusees])))
        if e.exclus:
            notes.append(self.tr("Exclus du calcul par écrit : %1").replace(
                "%1", self._liste([x.service.court(l) for x in e.exclus])))
            details.extend(self.tr("Exclus du calcul : %1").replace("%1", f"{x.service.libelle(l)} — {x.justification}")
                           for x in e.exclus[:_DANS_INFOBULLE])
            if len(e.exclus) > _DANS_INFOBULLE:
                details.append(self._autres(len(e.exclus) - _DANS_INFOBULLE))
        if e.internes:
            notes.append(self.tr("Services internes (non intégrés), hors du calcul : %1").replace("%1", str(e.internes)))
        self.note.setText(" · ".join(notes))
        self.note.setToolTip(en_clair("\n".join(details)))
        self.note.setVisible(bool(notes))

    def _tous(self, noms: list[str]) -> str:
        texte = "; ".join(noms[:_DANS_INFOBULLE])
        return texte + (" " + self._autres(len(noms) - _DANS_INFOBULLE) if len(noms) > _DANS_INFOBULLE else "")

    def _autres(self, n: int) -> str:
        return self.tr("et %1 autres (voir le rapport du répertoire)").replace("%1", str(n))

    def _liste(self, noms: list[str], limite: int = 6) -> str:
        """Les premiers, échappés (texte riche), puis combien d'autres : l'infobulle et le
        rapport du répertoire les nomment tous."""
        texte = ", ".join(escape(n) for n in noms[:limite])
        if len(noms) > limite:
            texte += " " + self.tr("et %1 autres").replace("%1", str(len(noms) - limite))
        return texte
