"""Ajouter ou modifier une norme de service (2.7) : la norme, son type et ses modes, la cible
de rendement opérationnel et son type, l'approbation (2.7.11, point 5), les pages publiées (les
normes, les résultats, le rendement en temps réel) et la mise en œuvre (2.7.10).

Le dialogue ne décide rien : il remet les valeurs à ``enregistrer`` (le cas d'utilisation), qui
les vérifie; un refus est dit sous les champs, le champ fautif reçoit le curseur, et tout ce qui
a été tapé reste là. Le jumeau en ligne de commande : ``gesserv-bureau norme ajouter|modifier``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas.normes import NormeRefusee
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE, STYLE_MESSAGE
from gesserv_bureau.interface.textes import Retraduisible, locale_de, tout_en_texte_brut
from gesserv_bureau.referentiel import normes as ref
from gesserv_bureau.referentiel.donnees_ouvertes import LIBELLES_CANAUX, LIBELLES_TYPES_NORME

_URLS = ("url_normes_fr", "url_normes_en", "url_resultats_fr", "url_resultats_en", "url_temps_reel_fr",
         "url_temps_reel_en")
_LIGNES = ("norme_id", "commentaires_canal_fr", "commentaires_canal_en", "date_approbation", *_URLS)


class DialogueNorme(Retraduisible, QDialog):
    """``norme`` : celle à modifier (``None`` : une nouvelle). ``enregistrer(valeurs)`` écrit ou
    lève :class:`NormeRefusee` (les champs refusés, leur message)."""

    def __init__(self, norme: NormeService | None, enregistrer: Callable[[dict], None], langue: str = "fr",
                 parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueNorme")
        self.langue = langue
        self.norme = norme
        self._enregistrer = enregistrer
        pile = QVBoxLayout(self)
        self.explication = QLabel(self)
        self.explication.setWordWrap(True)
        self.explication.setStyleSheet(STYLE_GUIDE)
        pile.addWidget(self.explication)
        # le formulaire défile : il tient sur un écran de 1280 × 720
        defilement = QScrollArea(self)
        defilement.setWidgetResizable(True)
        self.defilement = defilement
        contenu = QWidget(defilement)
        self.forme = QFormLayout(contenu)
        self.champs: dict[str, QWidget] = {}
        self.etiquettes: dict[str, QLabel] = {}

        def ligne(champ: str, widget: QWidget) -> None:
            widget.setObjectName(f"norme_{champ}")
            etiquette = QLabel(contenu)
            etiquette.setBuddy(widget)
            self.forme.addRow(etiquette, widget)
            self.champs[champ], self.etiquettes[champ] = widget, etiquette

        ligne("norme_id", QLineEdit(contenu))
        for champ in ("norme_fr", "norme_en"):
            texte = QPlainTextEdit(contenu)
            texte.setTabChangesFocus(True)
            texte.setFixedHeight(texte.fontMetrics().lineSpacing() * 3 + 14)
            ligne(champ, texte)
        self.type_norme = QComboBox(contenu)
        ligne("type_norme", self.type_norme)
        canaux = QWidget(contenu)
        grille = QGridLayout(canaux)
        grille.setContentsMargins(0, 0, 0, 0)
        self.canaux: dict[str, QCheckBox] = {}
        for i, code in enumerate(LIBELLES_CANAUX):
            case = QCheckBox(canaux)
            case.setObjectName(f"canal_{code}")
            grille.addWidget(case, i // 2, i % 2)   # deux colonnes : « Autre option qui n'est pas sur la liste » est long
            self.canaux[code] = case
        ligne("canal", canaux)
        ligne("commentaires_canal_fr", QLineEdit(contenu))
        ligne("commentaires_canal_en", QLineEdit(contenu))
        self.cible = QDoubleSpinBox(contenu)
        self.cible.setRange(-1, 100)
        self.cible.setDecimals(2)
        self.cible.setSingleStep(1)
        ligne("cible", self.cible)
        self.type_cible = QComboBox(contenu)
        ligne("type_cible", self.type_cible)
        self.niveau = QComboBox(contenu)
        self.niveau.setEditable(True)
        ligne("niveau_approbation", self.niveau)
        ligne("date_approbation", QLineEdit(contenu))
        for champ in _URLS:
            ligne(champ, QLineEdit(contenu))
        self.mise_en_oeuvre = QCheckBox(contenu)
        ligne("mise_en_oeuvre", self.mise_en_oeuvre)
        defilement.setWidget(contenu)
        pile.addWidget(defilement, 1)
        self.message = QLabel(self)
        self.message.setObjectName("messageNorme")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(STYLE_MESSAGE)
        self.message.hide()
        pile.addWidget(self.message)
        self.boutons = QDialogButtonBox(self)
        self.bouton_enregistrer = QPushButton(self)
        self.bouton_enregistrer.setObjectName("boutonEnregistrerNorme")
        self.bouton_enregistrer.setDefault(True)
        self.bouton_annuler = QPushButton(self)
        self.boutons.addButton(self.bouton_enregistrer, QDialogButtonBox.ButtonRole.AcceptRole)
        self.boutons.addButton(self.bouton_annuler, QDialogButtonBox.ButtonRole.RejectRole)
        pile.addWidget(self.boutons)
        self.bouton_enregistrer.clicked.connect(self.enregistrer)
        self.bouton_annuler.clicked.connect(self.reject)
        tout_en_texte_brut(self)
        self.retraduire()
        self._remplir(norme or NormeService(exercice="", service_id="", norme_id=""))
        self.resize(760, 640)

    # --- les textes -----------------------------------------------------------------------------
    def retraduire(self) -> None:
        libelles = {
            "norme_id": self.tr("Numéro d'&ID de la norme"), "norme_fr": self.tr("Norme (&français)"),
            "norme_en": self.tr("Norme (an&glais)"), "type_norme": self.tr("&Type de norme"),
            "canal": self.tr("Modes de prestation"), "commentaires_canal_fr": self.tr("Commentaires sur le mode (français)"),
            "commentaires_canal_en": self.tr("Commentaires sur le mode (anglais)"),
            "cible": self.tr("&Cible de rendement opérationnel"), "type_cible": self.tr("Type de cible"),
            "niveau_approbation": self.tr("Niveau d'&approbation"), "date_approbation": self.tr("Date d'approbation"),
            "url_normes_fr": self.tr("Page des normes et des cibles (français)"),
            "url_normes_en": self.tr("Page des normes et des cibles (anglais)"),
            "url_resultats_fr": self.tr("Page des résultats (français)"),
            "url_resultats_en": self.tr("Page des résultats (anglais)"),
            "url_temps_reel_fr": self.tr("Rendement en temps réel (français)"),
            "url_temps_reel_en": self.tr("Rendement en temps réel (anglais)"),
            "mise_en_oeuvre": self.tr("Mise en œuvre"),
        }
        for champ, texte in libelles.items():
            self.etiquettes[champ].setText(texte)
            self.champs[champ].setAccessibleName(texte.replace("&", ""))
        self.setWindowTitle(self.tr("Modifier la norme de service") if self.norme else self.tr("Nouvelle norme de service"))
        self.defilement.setAccessibleName(self.tr("Champs de la norme de service"))
        self.explication.setText(self.tr(
            "La norme de service est un engagement public à l'égard d'un niveau de rendement mesurable auquel les "
            "clients peuvent s'attendre dans des « circonstances normales ». La cible de rendement opérationnel est "
            "la fréquence (souvent exprimée en pourcentage) selon laquelle l'organisation s'attend de respecter la "
            "norme de service (2.7.2, 2.7.6). Les résultats se mesurent ensuite, dans « Résultats et plan d'action »."))
        i = 1 if self.langue == "en" else 0
        choisi = self.type_norme.currentData()
        self.type_norme.clear()
        self.type_norme.addItem(self.tr("— non précisé —"), "")
        for code, paire in LIBELLES_TYPES_NORME.items():
            self.type_norme.addItem(f"{paire[i]} ({code})", code)
        self.type_norme.setCurrentIndex(max(0, self.type_norme.findData(choisi)))
        choisi = self.type_cible.currentData()
        self.type_cible.clear()
        self.type_cible.addItem(self.tr("— non précisé —"), "")
        for code, paire in ref.TYPES_CIBLE.items():
            self.type_cible.addItem(paire[i], code)
        self.type_cible.setCurrentIndex(max(0, self.type_cible.findData(choisi)))
        texte = self.niveau.currentText()
        self.niveau.clear()
        self.niveau.addItems(["", *(paire[i] for paire in ref.NIVEAUX_APPROBATION)])
        self.niveau.setCurrentText(texte)
        for code, case in self.canaux.items():
            case.setText(LIBELLES_CANAUX[code][i])
        self.cible.setSpecialValueText(self.tr("Aucune cible"))
        self.cible.setLocale(locale_de(self.langue))   # « 90,00 % » en français
        self.cible.setSuffix(" %")
        self.champs["date_approbation"].setPlaceholderText(self.tr("AAAA-MM-JJ"))
        for champ in _URLS:
            self.champs[champ].setPlaceholderText(self.tr("https://…"))
        self.mise_en_oeuvre.setText(self.tr("Norme encore aux premières étapes de sa mise en œuvre (2.7.10)"))
        self.bouton_enregistrer.setText(self.tr("&Enregistrer"))
        self.bouton_annuler.setText(self.tr("Annuler"))

    # --- les valeurs ----------------------------------------------------------------------------
    def _remplir(self, n: NormeService) -> None:
        for champ in _LIGNES:
            self.champs[champ].setText(getattr(n, champ))
        self.champs["norme_fr"].setPlainText(n.norme_fr)
        self.champs["norme_en"].setPlainText(n.norme_en)
        self.type_norme.setCurrentIndex(max(0, self.type_norme.findData(n.type_norme)))
        self.type_cible.setCurrentIndex(max(0, self.type_cible.findData(n.type_cible)))
        codes = set(n.canal.split(","))
        for code, case in self.canaux.items():
            case.setChecked(code in codes)
        self.cible.setValue(-1 if n.cible is None else n.cible * 100)
        self.niveau.setCurrentText(n.niveau_approbation)
        self.mise_en_oeuvre.setChecked(n.mise_en_oeuvre)

    def valeurs(self) -> dict:
        valeurs = {champ: self.champs[champ].text() for champ in _LIGNES}
        valeurs.update(
            norme_fr=self.champs["norme_fr"].toPlainText(), norme_en=self.champs["norme_en"].toPlainText(),
            type_norme=self.type_norme.currentData() or "", type_cible=self.type_cible.currentData() or "",
            canal=",".join(code for code, case in self.canaux.items() if case.isChecked()),
            cible=None if self.cible.value() < 0 else round(self.cible.value() / 100, 6),
            niveau_approbation=self.niveau.currentText(), mise_en_oeuvre=self.mise_en_oeuvre.isChecked(),
        )
        return valeurs

    def changees(self) -> dict:
        """Les valeurs que la personne a changées (toutes, pour une nouvelle norme) : un champ
        auquel elle n'a pas touché n'est jamais réécrit (une cible de 83,333 % reste exacte, un
        texte importé garde ses fins de ligne CR LF)."""
        valeurs = self.valeurs()
        if self.norme is None:
            return valeurs
        n, changees = self.norme, {}
        for champ, valeur in valeurs.items():
            avant = getattr(n, champ)
            if champ == "cible":
                meme = (avant is None and valeur is None) or (
                    avant is not None and valeur is not None and abs(round(avant * 100, 2) - valeur * 100) < 1e-6)
            elif isinstance(avant, str):
                meme = avant.replace("\r\n", "\n") == valeur
            else:
                meme = avant == valeur
            if not meme:
                changees[champ] = valeur
        return changees

    def enregistrer(self) -> bool:
        """Le cas d'utilisation vérifie et écrit; un refus est dit ici, le dialogue reste ouvert."""
        try:
            self._enregistrer(self.changees())
        except NormeRefusee as exc:
            self.message.setText(exc.texte(self.langue))
            self.message.show()
            premier = next((self.champs[r.champ] for r in exc.refus if r.champ in self.champs), None)
            if premier is not None:
                premier.setFocus()
            return False
        self.accept()
        return True
