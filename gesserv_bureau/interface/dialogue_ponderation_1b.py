"""Évaluations › Pondération du ministère (1B)… : la pondération facultative que le ministère se
donne pour l'outil 1B (un poids par point, l'échelle et les seuils), enregistrée en versions.

L'annexe 1B n'en a pas : la boîte le dit d'abord, cite la section 1.5.1 (qui permet de
peaufiner l'outil), et ne nomme jamais le résultat « note globale ». Une saisie refusée le dit
dans la langue de l'interface et n'écrit rien. Le jumeau en ligne de commande :
``gesserv-bureau ponderation afficher|definir|retirer``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import reglages_1b
from gesserv_bureau.domaine import ponderation_1b as regles
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE, STYLE_MESSAGE
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.referentiel import messages_ponderation, outil_1b
from gesserv_bureau.stockage.erreurs import ErreurStockage

STYLE_FAIT = "color: #1d5b2a;"


def citation(texte: str, langue: str) -> str:
    """« texte » en français, “text” en anglais."""
    return f"“{texte}”" if langue == "en" else f"« {texte} »"


class DialoguePonderation1B(Retraduisible, QDialog):
    def __init__(self, base, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("dialoguePonderation1B")
        self.base = base
        self.langue = langue
        self.resize(860, 680)
        pile = QVBoxLayout(self)
        defile = QScrollArea(self)
        self.defilement = defile
        defile.setWidgetResizable(True)
        defile.setFrameShape(QScrollArea.Shape.NoFrame)
        defile.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        contenu = QWidget(defile)
        defile.setWidget(contenu)
        corps = QVBoxLayout(contenu)
        self.titre = QLabel(contenu)
        self.titre.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.titre.setWordWrap(True)
        self.explication = QLabel(contenu)
        self.explication.setObjectName("explicationPonderation")
        self.explication.setWordWrap(True)
        self.explication.setStyleSheet(STYLE_GUIDE)
        self.etat = QLabel(contenu)
        self.etat.setObjectName("etatPonderation")
        self.etat.setWordWrap(True)
        self.etat.setStyleSheet("font-weight: 600;")
        for w in (self.titre, self.explication, self.etat):
            corps.addWidget(w)
        # les poids, un par point (les points de l'annexe, l'autre critère, les critères du ministère)
        self.titre_poids = QLabel(contenu)
        self.titre_poids.setStyleSheet("font-weight: 600; margin-top: 6px;")
        corps.addWidget(self.titre_poids)
        grille = QFormLayout()
        self.poids: dict[str, QLineEdit] = {}
        self.etiquettes_poids: dict[str, QLabel] = {}
        self._points = reglages_1b.points_ponderables(base)
        for code, _fr, _en in self._points:
            etiquette = QLabel(contenu)
            champ = QLineEdit(contenu)
            champ.setObjectName(f"poids_{code}")
            champ.setMaximumWidth(90)
            etiquette.setBuddy(champ)
            grille.addRow(etiquette, champ)
            self.poids[code], self.etiquettes_poids[code] = champ, etiquette
        corps.addLayout(grille)
        # l'échelle et les seuils
        self.titre_echelle = QLabel(contenu)
        self.titre_echelle.setStyleSheet("font-weight: 600; margin-top: 6px;")
        corps.addWidget(self.titre_echelle)
        forme = QFormLayout()
        self.valeurs = {c: QLineEdit(contenu) for c in regles.COTES}
        self.seuils = {c: QLineEdit(contenu) for c in ("eleve", "moyen")}
        self.etiquettes_echelle: dict[str, QLabel] = {}
        for cle, champ in [*((f"valeur_{c}", w) for c, w in self.valeurs.items()),
                           *((f"seuil_{c}", w) for c, w in self.seuils.items())]:
            champ.setObjectName(cle)
            champ.setMaximumWidth(90)
            etiquette = QLabel(contenu)
            etiquette.setBuddy(champ)
            forme.addRow(etiquette, champ)
            self.etiquettes_echelle[cle] = etiquette
        corps.addLayout(forme)
        self.historique = QLabel(contenu)
        self.historique.setObjectName("historiquePonderation")
        self.historique.setWordWrap(True)
        self.historique.setStyleSheet("color: #3d3d3d; margin-top: 6px;")
        corps.addWidget(self.historique)
        corps.addStretch(1)
        pile.addWidget(defile, 1)
        self.message = QLabel(self)
        self.message.setObjectName("messagePonderation")
        self.message.setWordWrap(True)
        self.message.hide()
        pile.addWidget(self.message)
        boutons = QHBoxLayout()
        self.definir = QPushButton(self)
        self.definir.setObjectName("boutonDefinir")
        self.retirer = QPushButton(self)
        self.retirer.setObjectName("boutonRetirer")
        self.fermer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        boutons.addWidget(self.definir)
        boutons.addWidget(self.retirer)
        boutons.addStretch(1)
        boutons.addWidget(self.fermer)
        pile.addLayout(boutons)
        self.definir.clicked.connect(self.enregistrer)
        self.retirer.clicked.connect(self.retirer_ponderation)
        self.fermer.rejected.connect(self.reject)
        if getattr(base, "lecture_seule", False):
            self.definir.setEnabled(False)
            self.retirer.setEnabled(False)
        tout_en_texte_brut(self)
        self._remplir()
        self.retraduire()

    # --- lecture / affichage ------------------------------------------------------------
    def _remplir(self) -> None:
        """Les champs : la version en vigueur, sinon les valeurs proposées (poids 1, 3, 2, 1, 2,5, 1,5)."""
        actuelle = reglages_1b.en_vigueur(self.base)
        modele = actuelle or regles.Ponderation(version=0)
        for code, champ in self.poids.items():
            champ.setText(regles.nombre(modele.poids_de(code), self.langue))
        for c, champ in self.valeurs.items():
            champ.setText(regles.nombre(modele.valeurs[c], self.langue))
        for (c, champ), s in zip(self.seuils.items(), modele.seuils):
            champ.setText(regles.nombre(s, self.langue))
        self.retirer.setEnabled(actuelle is not None and not getattr(self.base, "lecture_seule", False))

    def _dire(self, texte: str, erreur: bool) -> None:
        self.message.setText(texte)
        self.message.setStyleSheet(STYLE_MESSAGE if erreur else STYLE_FAIT)
        self.message.show()

    def enregistrer(self) -> bool:
        """Une nouvelle version avec ce qui est saisi; refusée : le message, rien d'écrit."""
        for champ in (*self.poids.values(), *self.valeurs.values(), *self.seuils.values()):
            champ.setStyleSheet("")
        try:
            nouvelle = reglages_1b.definir(self.base, {code: champ.text() for code, champ in self.poids.items()},
                                   [w.text() for w in self.valeurs.values()], [w.text() for w in self.seuils.values()])
        except regles.PonderationInvalide as exc:
            self._marquer(exc)
            self._dire(exc.texte(self.langue), exc.code != "identique")
            return False
        except ErreurStockage as exc:
            self._dire(texte_erreur(exc, QCoreApplication.translate) or str(exc), True)
            return False
        self._dire(messages_ponderation.texte("definie", self.langue, version=nouvelle.version), False)
        self._remplir()
        self.retraduire()
        return True

    def _marquer(self, exc: regles.PonderationInvalide) -> None:
        """Le champ en faute, encadré de rouge."""
        fautifs = []
        if exc.code in ("nombre_invalide", "poids_negatif", "poids_trop_grand"):
            for champ in (*self.poids.values(), *self.valeurs.values(), *self.seuils.values()):
                texte = champ.text().strip()
                try:
                    lu = regles.lire_nombre(texte)
                except regles.PonderationInvalide:
                    lu = None
                if (exc.code == "nombre_invalide" and lu is None) or (
                        exc.code != "nombre_invalide" and champ in self.poids.values() and lu is not None
                        and (lu < 0 or lu > regles.MAX_POIDS)):
                    fautifs.append(champ)
        elif exc.code in ("valeurs_ordre", "valeurs_negatives", "valeurs_nombre"):
            fautifs = list(self.valeurs.values())
        elif exc.code in ("seuils_ordre", "seuils_hors_echelle", "seuils_nombre"):
            fautifs = list(self.seuils.values())
        elif exc.code == "poids_tous_nuls":
            fautifs = list(self.poids.values())
        for champ in fautifs:
            champ.setStyleSheet("border: 2px solid #b00020;")

    def retirer_ponderation(self) -> bool:
        try:
            retiree = reglages_1b.retirer(self.base)
        except regles.PonderationInvalide as exc:
            self._dire(exc.texte(self.langue), True)
            return False
        except ErreurStockage as exc:
            self._dire(texte_erreur(exc, QCoreApplication.translate) or str(exc), True)
            return False
        self._dire(messages_ponderation.texte("retiree", self.langue, version=retiree.version), False)
        self._remplir()
        self.retraduire()
        return True

    def retraduire(self) -> None:
        self.defilement.setAccessibleName(self.tr("Pondération des critères"))
        langue = self.langue
        self.setWindowTitle(self.tr("Pondération du ministère (1B)"))
        self.titre.setText(self.tr("Pondération du ministère pour l'outil 1B (facultative)"))
        self.explication.setText(
            self.tr("L'annexe 1B ne fixe ni poids, ni note, ni seuil : elle demande une évaluation (élevé, moyen "
                    "ou faible) pour chaque point à considérer, puis la décision « oui » ou « non », justifiée. "
                    "Le ministère peut, s'il le veut, se donner ici une pondération : elle paraît alors dans "
                    "chaque évaluation 1B qui l'a utilisée, sous le nom « Pondération du ministère, version N », "
                    "jamais comme un chiffre de la ligne directrice, et la décision reste celle du ministère.")
            + "\n\n" + self.tr("Ce que permet la section 1.5.1 :") + "\n" + citation(outil_1b.PONDERATION.texte(langue), langue)
            + "\n\n" + self.tr("Chaque enregistrement crée une nouvelle version. Les évaluations en brouillon "
                               "suivent la version en vigueur; une évaluation terminée garde la version avec "
                               "laquelle elle a été faite."))
        actuelle = reglages_1b.en_vigueur(self.base)
        if actuelle is None:
            self.etat.setText(messages_ponderation.texte("aucune_ponderation", langue))
        else:
            etat = regles.titre(actuelle, langue) + " — " + messages_ponderation.texte("en_vigueur", langue)
            if actuelle.definie_par:
                etat += " (" + messages_ponderation.texte("definie_par", langue, nom=actuelle.definie_par) + ")"
            self.etat.setText(etat)
        self.titre_poids.setText(self.tr("Poids de chaque point (0 l'écarte du calcul) :"))
        marque = messages_ponderation.texte("critere_du_ministere", langue)
        codes_annexe = {c.code for c in outil_1b.CONSIDERATIONS}
        for code, fr, en in self._points:
            nom = en if langue == "en" else fr
            self.etiquettes_poids[code].setText(nom if code in codes_annexe else f"{nom} ({marque[0].lower()}{marque[1:]})")
        self.titre_echelle.setText(self.tr("Échelle et seuils du ministère :"))
        textes = {"valeur_eleve": self.tr("Valeur d'« élevé » :"), "valeur_moyen": self.tr("Valeur de « moyen » :"),
                  "valeur_faible": self.tr("Valeur de « faible » :"),
                  "seuil_eleve": self.tr("Résultat « élevé » à partir de :"),
                  "seuil_moyen": self.tr("Résultat « moyen » à partir de :")}
        for cle, etiquette in self.etiquettes_echelle.items():
            etiquette.setText(textes[cle])
        lignes = []
        for version in reglages_1b.versions(self.base):
            ligne = "• " + regles.titre(version, langue)
            if version.retiree_le:
                ligne += " — " + messages_ponderation.texte("retiree_le", langue,
                                                            date=regles.date_longue(version.retiree_le, langue))
            elif actuelle is not None and version.version == actuelle.version:
                ligne += " — " + messages_ponderation.texte("en_vigueur", langue)
            lignes.append(ligne)
        self.historique.setText((self.tr("Versions :") + "\n" + "\n".join(lignes)) if lignes else "")
        self.historique.setVisible(bool(lignes))
        self.definir.setText(self.tr("&Enregistrer une nouvelle version"))
        self.retirer.setText(self.tr("&Retirer la pondération"))
