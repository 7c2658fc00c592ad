"""Le formulaire d'un service : les 18 éléments du tableau 5, chacun avec son message de
validation juste en dessous. La vue ne fait que montrer et lire; l'enregistrement au fil de
la frappe et la validation sont faits par le contrôleur (``controleur_inventaire``)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.domaine.services_electroniques import pourcentage_compte, pourcentage_en_ligne
from gesserv_bureau.domaine.validation import A_COMPLETER, AVERTISSEMENT, ERREUR, Probleme
from gesserv_bureau.referentiel.codes import (
    DESIGNATIONS,
    ETATS_VOLUME,
    GROUPES_CLIENTS,
    MODES,
    OUI_NON,
    OUI_NON_SO,
    POINTS_INTERACTION,
    INTERNE_NON_INTEGRE,
    PORTEES_REPERTOIRE,
    TYPES_EXTERNES,
    ListeCodes,
    types_pour_portee,
)
from gesserv_bureau.interface.groupe_normes import GroupeNormes
from gesserv_bureau.interface.texte_depliable import DEPLIER, REPLIER, TexteDepliable, libelles_suite
from gesserv_bureau.interface.textes import STYLE_BANDEAU, STYLE_INVITE, Retraduisible, en_clair, invite_formulaire, tout_en_texte_brut
from gesserv_bureau.referentiel.types_details import COLONNES_1C, exemples_1c, extraits_mrs, puces
from gesserv_bureau.referentiel.elements import PAR_CODE, Element

COULEURS = {ERREUR: "#b00020", A_COMPLETER: "#8a4b00", AVERTISSEMENT: "#7a5d00"}


def _bulle(element: Element, langue: str) -> str:
    """L'infobulle d'un élément : toute sa cellule du tableau 5, en texte riche pour qu'elle
    passe à la ligne au lieu de filer hors de l'écran."""
    texte = html.escape(element.texte_entier(langue), quote=False).replace("\n\n", "</p><p>")
    return f"<p>{texte}</p>"


class _Message(QLabel):
    """Le message de validation d'un champ, caché quand tout va bien."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def montrer(self, problemes: list[Probleme], langue: str) -> None:
        if not problemes:
            self.clear()
            self.hide()
            return
        pire = min(problemes, key=lambda p: [ERREUR, AVERTISSEMENT, A_COMPLETER].index(p.gravite))
        self.setStyleSheet(f"color: {COULEURS[pire.gravite]};")
        self.setText("\n".join(p.texte(langue) for p in problemes))
        self.show()


class _Choix(QComboBox):
    """Une liste de codes du référentiel, avec un premier choix vide (« pas encore répondu »)."""

    def __init__(self, liste: ListeCodes, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self._liste = liste
        self._langue = "fr"
        self._vide = "—"
        self.remplir()

    def remplir(self, liste: ListeCodes | None = None, langue: str | None = None, vide: str | None = None) -> None:
        code = self.code()
        self._liste = liste if liste is not None else self._liste
        self._langue = langue or self._langue
        self._vide = vide if vide is not None else self._vide
        bloque = self.blockSignals(True)
        self.clear()
        self.addItem(self._vide, None)
        for libelle in self._liste:
            self.addItem(libelle.texte(self._langue), libelle.code)
        self.choisir(code)
        self.blockSignals(bloque)

    def code(self) -> str | None:
        return self.currentData()

    def choisir(self, code: str | None) -> None:
        i = self.findData(code) if code is not None else 0
        if i < 0:
            # un code hors liste (p. ex. un type interne sur un service externe) reste visible
            self.addItem(code, code)
            i = self.count() - 1
        self.setCurrentIndex(i)


class _Cases(QWidget):
    """Plusieurs codes permis : une case à cocher par code."""

    change = Signal()

    def __init__(self, liste: ListeCodes, colonnes: int, parent=None):
        super().__init__(parent)
        self._liste = liste
        grille = QGridLayout(self)
        grille.setContentsMargins(0, 0, 0, 0)
        self.cases: dict[str, QCheckBox] = {}
        for i, libelle in enumerate(liste):
            case = QCheckBox(libelle.fr, self)
            case.setObjectName(f"case_{libelle.code}")
            case.toggled.connect(self.change)
            grille.addWidget(case, i // colonnes, i % colonnes)
            self.cases[libelle.code] = case

    def codes(self) -> list[str]:
        return [code for code, case in self.cases.items() if case.isChecked()]

    def cocher(self, codes: list[str]) -> None:
        for code, case in self.cases.items():
            bloque = case.blockSignals(True)
            case.setChecked(code in codes)
            case.blockSignals(bloque)

    def changer_langue(self, langue: str) -> None:
        for libelle in self._liste:
            self.cases[libelle.code].setText(libelle.texte(langue))


class _Texte(QPlainTextEdit):
    def __init__(self, lignes: int = 3, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        hauteur = self.fontMetrics().lineSpacing() * lignes + 12
        self.setFixedHeight(hauteur)

    def texte(self) -> str:
        return self.toPlainText()

    def ecrire(self, texte: str) -> None:
        if self.toPlainText() != texte:
            self.setPlainText(texte)


class _LigneVolume:
    def __init__(self, parent: QWidget):
        self.etat = _Choix(ETATS_VOLUME, parent)
        self.etat.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.etat.setMinimumContentsLength(12)
        self.demandes = QLineEdit(parent)
        self.extrants = QLineEdit(parent)
        for champ in (self.demandes, self.extrants):
            champ.setMinimumWidth(70)
            champ.setValidator(QIntValidator(0, 2_000_000_000, champ))
            champ.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message = _Message(parent)

    def lire(self) -> Volume:
        def nombre(champ: QLineEdit) -> int | None:
            texte = champ.text().replace("\u00a0", "").replace(" ", "")
            return int(texte) if texte.isdigit() else None

        return Volume(self.etat.code(), nombre(self.demandes), nombre(self.extrants))

    def afficher(self, volume: Volume) -> None:
        self.etat.choisir(volume.etat)
        self.demandes.setText("" if volume.demandes is None else str(volume.demandes))
        self.extrants.setText("" if volume.extrants is None else str(volume.extrants))
        self.actualiser()

    def actualiser(self) -> None:
        saisie = self.etat.code() in (None, "donnees")
        self.demandes.setEnabled(saisie)
        self.extrants.setEnabled(saisie)


class FormulaireService(Retraduisible, QScrollArea):
    """Le formulaire; ``modifie`` est émis à chaque saisie de l'utilisateur (pas au chargement)."""

    modifie = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.langue = "fr"
        self._service: Service | None = None
        self._chargement = False
        self._lecture_seule = False
        self._messages: dict[str, _Message] = {}
        self._etiquettes: dict[str, QLabel] = {}
        self.notes: dict[str, TexteDepliable] = {}   # code de l'élément -> sa note du tableau 5
        self._construire()
        tout_en_texte_brut(self)   # le nom du service et les messages : tels quels
        self.retraduire()
        self.afficher(None)

    # --- construction -------------------------------------------------------------------
    @staticmethod
    def _forme(groupe: QGroupBox, en_colonne: bool = True) -> QFormLayout:
        forme = QFormLayout(groupe)
        if en_colonne:
            # les libellés officiels sont longs : au-dessus du champ, lisibles en entier
            forme.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        forme.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return forme

    def _champ(self, formulaire: QFormLayout, cle: str, widget: QWidget, message: str | None = None,
               note: str | None = None) -> None:
        """Une ligne du formulaire : étiquette, champ, la note du tableau 5 (``note`` : le code de
        l'élément; sa première phrase, puis « suite › ») et le message de validation dessous."""
        bloc = QWidget(self)
        colonne = QVBoxLayout(bloc)
        colonne.setContentsMargins(0, 0, 0, 0)
        colonne.setSpacing(2)
        colonne.addWidget(widget)
        if note is not None:
            depliable = TexteDepliable(bloc)
            depliable.setObjectName(f"note_{note}")
            depliable.setStyleSheet("color: #4a4a4a;")
            colonne.addWidget(depliable)
            self.notes[note] = depliable
        msg = _Message(bloc)
        colonne.addWidget(msg)
        etiquette = QLabel(self)
        etiquette.setBuddy(widget)
        formulaire.addRow(etiquette, bloc)
        self._etiquettes[cle] = etiquette
        for champ in (message or cle).split(","):
            self._messages[champ] = msg

    def _construire(self) -> None:
        contenu = QWidget(self)
        self.setWidget(contenu)
        pile = QVBoxLayout(contenu)

        self.titre = QLabel(contenu)
        self.titre.setObjectName("titreFormulaire")
        self.titre.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.titre.setWordWrap(True)
        pile.addWidget(self.titre)
        self.bandeau = QLabel(contenu)
        self.bandeau.setWordWrap(True)
        self.bandeau.setStyleSheet(STYLE_BANDEAU)
        self.bandeau.hide()
        pile.addWidget(self.bandeau)
        self.invite = QLabel(contenu)
        self.invite.setObjectName("inviteFormulaire")
        self.invite.setWordWrap(True)
        self.invite.setStyleSheet(STYLE_INVITE + " padding: 12px 0;")
        pile.addWidget(self.invite)

        # Identification : éléments 1, 2, 10, 3, 4
        self.groupe_identification = QGroupBox(contenu)
        f = self._forme(self.groupe_identification)
        self.service_id = QLineEdit(contenu)
        self._champ(f, "service_id", self.service_id)
        self.nom_fr = QLineEdit(contenu)
        self._champ(f, "nom_fr", self.nom_fr)
        self.nom_en = QLineEdit(contenu)
        self._champ(f, "nom_en", self.nom_en)
        self.portee = _Choix(PORTEES_REPERTOIRE, contenu)
        self._champ(f, "portee", self.portee, note="portee")
        self.note_interne = QLabel(contenu)   # la note de l'élément 10 : un service interne, à part
        self.note_interne.setObjectName("noteServiceInterne")
        self.note_interne.setWordWrap(True)
        self.note_interne.setStyleSheet("color: #4a4a4a;")
        self.note_interne.hide()
        f.addRow(self.note_interne)
        self.type_service = _Choix(types_pour_portee(None), contenu)
        self._champ(f, "type_service", self.type_service)
        self.aide_type = QLabel(contenu)   # ce que recouvre le type choisi (annexe 1C ou 1D)
        self.aide_type.setObjectName("aideType")
        self.aide_type.setWordWrap(True)
        self.aide_type.setStyleSheet("color: #4a4a4a;")
        # annexe 1C : la description, puis « suite › » qui déplie les deux autres colonnes du
        # tableau (titres des extraits du MRS GC, exemples); « ‹ réduire » les replie
        self.aide_type.setTextFormat(Qt.TextFormat.RichText)
        self.aide_type.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._aide_type_depliee = False
        self.aide_type.linkActivated.connect(self._lien_aide_type)
        f.addRow(self.aide_type)
        self.designations = _Cases(DESIGNATIONS, 2, contenu)
        self._champ(f, "designations", self.designations)
        pile.addWidget(self.groupe_identification)

        # Description et responsabilité : éléments 5 à 9, 11, 12, 13
        self.groupe_description = QGroupBox(contenu)
        f = self._forme(self.groupe_description)
        self.description_fr = _Texte(3, contenu)
        self._champ(f, "description_fr", self.description_fr)
        self.description_en = _Texte(3, contenu)
        self._champ(f, "description_en", self.description_en)
        self.secteur_responsabilite = QLineEdit(contenu)
        self._champ(f, "secteur_responsabilite", self.secteur_responsabilite)
        self.instruments_habilitants = _Texte(2, contenu)
        self._champ(f, "instruments_habilitants", self.instruments_habilitants)
        self.programme_nom_fr = QLineEdit(contenu)
        self._champ(f, "programme_nom_fr", self.programme_nom_fr)
        self.programme_nom_en = QLineEdit(contenu)
        self._champ(f, "programme_nom_en", self.programme_nom_en)
        self.programme_id = QLineEdit(contenu)
        self._champ(f, "programme_id", self.programme_id, note="programme_id")
        self.proprietaire = QLineEdit(contenu)
        self._champ(f, "proprietaire", self.proprietaire, note="proprietaire")
        self.ententes = _Choix(OUI_NON_SO, contenu)
        self._champ(f, "ententes", self.ententes)
        self.groupes_clients = _Cases(GROUPES_CLIENTS, 1, contenu)
        self._champ(f, "groupes_clients", self.groupes_clients, note="groupes_clients")
        pile.addWidget(self.groupe_description)

        # Volume par mode : élément 14
        self.groupe_volumes = QGroupBox(contenu)
        grille = QGridLayout(self.groupe_volumes)
        self.entete_etat = QLabel(contenu)
        self.entete_demandes = QLabel(contenu)
        self.entete_extrants = QLabel(contenu)
        for col, etiquette in enumerate((self.entete_etat, self.entete_demandes, self.entete_extrants), start=1):
            etiquette.setStyleSheet("font-weight: 600;")
            etiquette.setWordWrap(True)
            grille.addWidget(etiquette, 0, col)
        self.volumes: dict[str, _LigneVolume] = {}
        self._etiquettes_modes: dict[str, QLabel] = {}
        for rang, mode in enumerate(MODES.codes()):
            ligne = _LigneVolume(contenu)
            nom = QLabel(contenu)
            nom.setBuddy(ligne.etat)
            grille.addWidget(nom, 2 * rang + 1, 0)
            grille.addWidget(ligne.etat, 2 * rang + 1, 1)
            grille.addWidget(ligne.demandes, 2 * rang + 1, 2)
            grille.addWidget(ligne.extrants, 2 * rang + 1, 3)
            grille.addWidget(ligne.message, 2 * rang + 2, 0, 1, 4)
            self._messages[f"volume_{mode}"] = ligne.message
            self.volumes[mode] = ligne
            self._etiquettes_modes[mode] = nom
        self.note_volumes = TexteDepliable(contenu, deplie=True)   # la note de l'élément 14, entière
        self.note_volumes.setObjectName("note_volumes")
        self.note_volumes.setStyleSheet("color: #4a4a4a;")
        self.notes["volumes"] = self.note_volumes
        grille.addWidget(self.note_volumes, 2 * len(MODES) + 1, 0, 1, 4)
        pile.addWidget(self.groupe_volumes)

        # Frais, normes, cibles : éléments 15 à 17
        self.groupe_gestion = QGroupBox(contenu)
        f = self._forme(self.groupe_gestion, en_colonne=False)
        self.frais = _Choix(OUI_NON, contenu)
        self._champ(f, "frais", self.frais)
        self.normes_service = _Choix(OUI_NON, contenu)
        self._champ(f, "normes_service", self.normes_service)
        self.cibles_rendement = _Choix(OUI_NON, contenu)
        self._champ(f, "cibles_rendement", self.cibles_rendement, note="cibles_rendement")
        pile.addWidget(self.groupe_gestion)

        # Services électroniques : élément 18
        self.groupe_electronique = QGroupBox(contenu)
        f = self._forme(self.groupe_electronique, en_colonne=False)
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.points: dict[str, _Choix] = {}
        self.justifications_so: dict[str, _Texte] = {}   # 1.8.1 : pourquoi ce point ne s'applique pas
        for code in POINTS_INTERACTION.codes():
            choix = _Choix(OUI_NON_SO, contenu)
            choix.setObjectName(f"point_{code}")
            etiquette = QLabel(contenu)
            etiquette.setBuddy(choix)
            f.addRow(etiquette, choix)
            # sous le point, sur toute la largeur : sa justification, s'il est « S.O. »
            justification = _Texte(2, contenu)
            justification.setObjectName(f"justification_so_{code}")
            justification.hide()
            f.addRow(justification)
            self._etiquettes[f"point_{code}"] = etiquette
            self.points[code] = choix
            self.justifications_so[code] = justification
        self.message_points = _Message(contenu)
        f.addRow(self.message_points)
        self._messages["points_interaction"] = self.message_points
        self.pourcentage = QLabel(contenu)
        self.pourcentage.setWordWrap(True)
        self.pourcentage.setObjectName("pourcentageEnLigne")
        self.pourcentage.setStyleSheet("font-weight: 600;")
        f.addRow(self.pourcentage)
        # 2.9.4 : un service ne sort du calcul qu'avec une justification écrite
        bloc = QWidget(contenu)
        colonne = QVBoxLayout(bloc)
        colonne.setContentsMargins(0, 6, 0, 0)
        colonne.setSpacing(2)
        self.exclu_calcul = QCheckBox(bloc)
        self.exclu_calcul.setObjectName("excluCalcul")
        colonne.addWidget(self.exclu_calcul)
        etiquette = QLabel(bloc)
        etiquette.setWordWrap(True)
        colonne.addWidget(etiquette)
        self.justification_exclusion = _Texte(3, bloc)
        self.justification_exclusion.setObjectName("justificationExclusion")
        etiquette.setBuddy(self.justification_exclusion)
        colonne.addWidget(self.justification_exclusion)
        message = _Message(bloc)
        colonne.addWidget(message)
        f.addRow(bloc)
        self._etiquettes["justification_exclusion"] = etiquette
        self._messages["justification_exclusion"] = message
        pile.addWidget(self.groupe_electronique)
        # Normes de service (2.7) et données du fichier importé : en lecture
        self.groupe_normes = GroupeNormes(contenu)
        pile.addWidget(self.groupe_normes)
        pile.addStretch(1)

        self._brancher()

    def _brancher(self) -> None:
        for champ in (self.service_id, self.nom_fr, self.nom_en, self.secteur_responsabilite,
                      self.programme_nom_fr, self.programme_nom_en, self.programme_id, self.proprietaire):
            champ.textEdited.connect(self._saisie)
        for texte in (self.description_fr, self.description_en, self.instruments_habilitants,
                      self.justification_exclusion):
            texte.textChanged.connect(self._saisie)
        for choix in (self.type_service, self.ententes, self.frais, self.normes_service,
                      self.cibles_rendement):
            choix.currentIndexChanged.connect(self._saisie)
        for choix in self.points.values():
            choix.currentIndexChanged.connect(self._point_change)
        for justification in self.justifications_so.values():
            justification.textChanged.connect(self._saisie)
        self.exclu_calcul.toggled.connect(self._exclusion_changee)
        self.portee.currentIndexChanged.connect(self._portee_changee)
        self.type_service.currentIndexChanged.connect(self._actualiser_aide_type)
        self.designations.change.connect(self._saisie)
        self.groupes_clients.change.connect(self._saisie)
        for ligne in self.volumes.values():
            ligne.etat.currentIndexChanged.connect(self._etat_volume_change)
            for champ in (ligne.demandes, ligne.extrants):
                champ.textEdited.connect(lambda _t, l=ligne: self._nombre_saisi(l))

    # --- réactions aux saisies (affichage seulement) -------------------------------------
    def _saisie(self, *_args) -> None:
        self._actualiser_pourcentage()
        if not self._chargement and self._service is not None:
            self.modifie.emit()

    def _portee_changee(self, *_args) -> None:
        self.type_service.remplir(types_pour_portee(self.portee.code()), self.langue)
        self._actualiser_aide_type()
        self._actualiser_electronique()
        self._saisie()

    def _point_change(self, *_args) -> None:
        self._actualiser_electronique()
        self._saisie()

    def _exclusion_changee(self, *_args) -> None:
        self._actualiser_electronique()
        self._saisie()

    def _actualiser_electronique(self) -> None:
        """Ce qui suit les choix : la justification d'un point « S.O. », l'exclusion (sans objet
        pour un service interne, hors du calcul), la note de l'élément 10."""
        for code, choix in self.points.items():
            self.justifications_so[code].setVisible(choix.code() == "so")
        interne = self.portee.code() == INTERNE_NON_INTEGRE
        self.note_interne.setVisible(interne)
        self.exclu_calcul.setEnabled(not interne)
        self.justification_exclusion.setEnabled(self.exclu_calcul.isChecked() and not interne)

    def _etat_volume_change(self, *_args) -> None:
        for ligne in self.volumes.values():
            ligne.actualiser()
        self._saisie()

    def _nombre_saisi(self, ligne: _LigneVolume) -> None:
        # Taper un chiffre dit que des données existent pour ce mode.
        if ligne.etat.code() is None:
            bloque = ligne.etat.blockSignals(True)
            ligne.etat.choisir("donnees")
            ligne.etat.blockSignals(bloque)
        self._saisie()

    def _lien_aide_type(self, lien: str) -> None:
        self._aide_type_depliee = lien.startswith(DEPLIER)
        self._actualiser_aide_type()

    def _actualiser_aide_type(self, *_args) -> None:
        code = self.type_service.code()
        details = puces(code, self.langue)
        if not details:
            self.aide_type.clear()
            self.aide_type.hide()
            return
        annexe = "1C" if code in TYPES_EXTERNES.codes() else "1D"
        entete = (self.tr("Annexe %1 — ce type recouvre :") if annexe == "1C"
                  else self.tr("Annexe %1 — exemples :")).replace("%1", annexe)

        def liste(elements) -> str:
            return "".join("<br>• " + html.escape(e, quote=False) for e in elements)

        texte = html.escape(entete, quote=False) + liste(details)
        if annexe == "1C":
            suite, reduire = (html.escape(m).replace(" ", "&nbsp;") for m in libelles_suite())
            if self._aide_type_depliee:
                for colonne, elements in ((COLONNES_1C[2], extraits_mrs(code, self.langue)),
                                          (COLONNES_1C[3], exemples_1c(code, self.langue))):
                    titre = self.tr("%1 :").replace("%1", colonne.texte(self.langue))
                    texte += "<br><br>" + html.escape(titre, quote=False) + liste(elements)
                texte += f' <a href="{REPLIER}1c">{reduire}</a>'
            else:
                texte += f' <a href="{DEPLIER}1c">{suite}</a>'
        self.aide_type.setText(texte)
        self.aide_type.show()

    def _actualiser_pourcentage(self) -> None:
        points = {c: ch.code() for c, ch in self.points.items()}
        pct = pourcentage_en_ligne(points)
        if self.portee.code() == INTERNE_NON_INTEGRE and pct is not None:
            self.pourcentage.setText(self.tr("Pourcentage en ligne : %1\u00a0% (service interne : hors du calcul de 2.9.4)")
                                     .replace("%1", f"{pct:.0f}"))
        elif pct is None:
            self.pourcentage.setText(self.tr(
                "Pourcentage en ligne : à compléter. D'ici là, la proportion des services électroniques (2.9.4) "
                "compte ce service à %1\u00a0% : un point sans réponse n'est pas offert en ligne.")
                .replace("%1", f"{pourcentage_compte(points):.0f}"))
        else:
            self.pourcentage.setText(self.tr("Pourcentage en ligne : %1\u00a0%").replace("%1", f"{pct:.0f}"))

    # --- données ------------------------------------------------------------------------
    def service(self) -> Service | None:
        return self._service

    def afficher(self, service: Service | None) -> None:
        self._chargement = True
        try:
            self._service = service.copie() if service else None
            contenu = self.widget()
            contenu.setEnabled(service is not None and not self._lecture_seule)
            s = service or Service("")
            self.service_id.setText(s.service_id)
            self.nom_fr.setText(s.nom_fr)
            self.nom_en.setText(s.nom_en)
            self.portee.choisir(s.portee)
            self.type_service.remplir(types_pour_portee(s.portee), self.langue)
            self.type_service.choisir(s.type_service)
            self._actualiser_aide_type()
            self.designations.cocher(s.designations)
            self.description_fr.ecrire(s.description_fr)
            self.description_en.ecrire(s.description_en)
            self.secteur_responsabilite.setText(s.secteur_responsabilite)
            self.instruments_habilitants.ecrire(s.instruments_habilitants)
            self.programme_nom_fr.setText(s.programme_nom_fr)
            self.programme_nom_en.setText(s.programme_nom_en)
            self.programme_id.setText(s.programme_id)
            self.proprietaire.setText(s.proprietaire)
            self.ententes.choisir(s.ententes)
            self.groupes_clients.cocher(s.groupes_clients)
            for mode, ligne in self.volumes.items():
                ligne.afficher(s.volumes.get(mode) or Volume())
            self.frais.choisir(s.frais)
            self.normes_service.choisir(s.normes_service)
            self.cibles_rendement.choisir(s.cibles_rendement)
            for code, choix in self.points.items():
                choix.choisir(s.points_interaction.get(code))
                self.justifications_so[code].ecrire(s.justifications_so.get(code, ""))
            self.exclu_calcul.setChecked(bool(s.exclu_calcul))
            self.justification_exclusion.ecrire(s.justification_exclusion)
            self._actualiser_electronique()
            self._actualiser_pourcentage()
            self._actualiser_titre()
            for groupe in self._groupes():
                groupe.setVisible(service is not None)
            self.invite.setVisible(service is None)
            if service is None:
                self.afficher_problemes([])
            self.groupe_normes.afficher(self._service, [])
        finally:
            self._chargement = False

    def _groupes(self) -> tuple[QGroupBox, ...]:
        return (self.groupe_identification, self.groupe_description, self.groupe_volumes,
                self.groupe_gestion, self.groupe_electronique, self.groupe_normes)

    def lire(self) -> Service:
        """Le service tel qu'il est à l'écran."""
        if self._service is None:
            raise RuntimeError("aucun service affiché")
        s = self._service.copie(
            service_id=self.service_id.text().strip(),
            nom_fr=self.nom_fr.text(),
            nom_en=self.nom_en.text(),
            portee=self.portee.code(),
            type_service=self.type_service.code(),
            designations=self.designations.codes(),
            description_fr=self.description_fr.texte(),
            description_en=self.description_en.texte(),
            secteur_responsabilite=self.secteur_responsabilite.text(),
            instruments_habilitants=self.instruments_habilitants.texte(),
            programme_nom_fr=self.programme_nom_fr.text(),
            programme_nom_en=self.programme_nom_en.text(),
            programme_id=self.programme_id.text().strip(),
            proprietaire=self.proprietaire.text(),
            ententes=self.ententes.code(),
            groupes_clients=self.groupes_clients.codes(),
            frais=self.frais.code(),
            normes_service=self.normes_service.code(),
            cibles_rendement=self.cibles_rendement.code(),
            exclu_calcul=self.exclu_calcul.isChecked(),
            justification_exclusion=self.justification_exclusion.texte(),
        )
        s.volumes = {mode: ligne.lire() for mode, ligne in self.volumes.items()}
        s.points_interaction = {code: choix.code() for code, choix in self.points.items()}
        # la justification d'un point n'a de sens que s'il est « S.O. » (le champ garde le texte tapé)
        s.justifications_so = {code: self.justifications_so[code].texte() for code, r in s.points_interaction.items()
                               if r == "so" and self.justifications_so[code].texte()}
        self._service = s.copie()
        self._actualiser_titre()
        return s

    def afficher_normes(self, normes: list) -> None:
        """Les normes de service du service affiché (2.7)."""
        self.groupe_normes.afficher(self._service, normes)

    def afficher_problemes(self, problemes: list[Probleme]) -> None:
        par_champ: dict[str, list[Probleme]] = {}
        for p in problemes:
            par_champ.setdefault(p.champ, []).append(p)
        # un même message peut servir à plusieurs champs : chaque message, une fois, avec les
        # problèmes de tous ses champs
        for message in {id(m): m for m in self._messages.values()}.values():
            propres = [p for c, liste in par_champ.items() if self._messages.get(c) is message for p in liste]
            message.montrer(propres, self.langue)

    def montrer_bandeau(self, texte: str) -> None:
        self.bandeau.setText(texte)
        self.bandeau.setVisible(bool(texte))

    def mettre_lecture_seule(self, oui: bool) -> None:
        self._lecture_seule = oui
        self.widget().setEnabled(self._service is not None and not oui)

    def _actualiser_titre(self) -> None:
        if self._service is None:
            self.titre.setText(self.tr("Aucun service sélectionné"))
            return
        nom = self._service.nom(self.langue) or self.tr("Nouveau service")
        ident = self._service.service_id
        self.titre.setText(f"{ident} — {nom}" if ident else nom)

    # --- langue ---------------------------------------------------------------------------

    def retraduire(self) -> None:
        langue = self.langue
        francais, anglais = self.tr("en français"), self.tr("en anglais")

        def element(code: str, suffixe: str = "") -> str:
            e = PAR_CODE[code]
            return f"{e.numero}. {e.nom(langue)}{suffixe}"

        noms = {
            "service_id": element("service_id"),
            "nom_fr": element("nom", f" ({francais})"),
            "nom_en": element("nom", f" ({anglais})"),
            "portee": element("portee"),
            "type_service": element("type_service"),
            "designations": element("designations"),
            "description_fr": element("description", f" ({francais})"),
            "description_en": element("description", f" ({anglais})"),
            "secteur_responsabilite": element("secteur_responsabilite"),
            "instruments_habilitants": element("instruments_habilitants"),
            "programme_nom_fr": element("programme_nom", f" ({francais})"),
            "programme_nom_en": element("programme_nom", f" ({anglais})"),
            "programme_id": element("programme_id"),
            "proprietaire": element("proprietaire"),
            "ententes": element("ententes"),
            "groupes_clients": element("groupes_clients"),
            "frais": element("frais"),
            "normes_service": element("normes_service"),
            "cibles_rendement": element("cibles_rendement"),
            "justification_exclusion": self.tr("Justification écrite de l'exclusion (obligatoire pour exclure le service)"),
        }
        for cle, texte in noms.items():
            self._etiquettes[cle].setText(texte)
            code = {"nom_fr": "nom", "nom_en": "nom", "description_fr": "description",
                    "description_en": "description", "programme_nom_fr": "programme_nom",
                    "programme_nom_en": "programme_nom"}.get(cle, cle)
            if code in PAR_CODE:
                self._etiquettes[cle].setToolTip(_bulle(PAR_CODE[code], langue))
        for code in self.points:
            self._etiquettes[f"point_{code}"].setText(POINTS_INTERACTION.texte(code, langue))
            self.justifications_so[code].setPlaceholderText(
                self.tr("Justification écrite : pourquoi ce point ne s'applique pas (1.8.1)"))
            self.justifications_so[code].setAccessibleName(
                self.tr("Justification du point « S.O. » : %1").replace("%1", POINTS_INTERACTION.texte(code, langue)))
        self.exclu_calcul.setText(self.tr("Exclure ce service du calcul (2.9.4)"))
        self.exclu_calcul.setToolTip(en_clair(self.tr(
            "2.9.4 : « il faut fournir une justification écrite pour tout service exclu du calcul ». Sans "
            "justification, l'exclusion est refusée et le service reste compté.")))
        self.justification_exclusion.setPlaceholderText(
            self.tr("Pourquoi ce service ne peut pas (ou ne devrait pas) être offert en ligne : loi, sécurité, "
                    "rentabilité, faisabilité technique…")
        )
        self.note_interne.setText(self.tr(
            "Service interne (non intégré) : ni externe ni interne intégré. La note de l'élément 10 permet de "
            "l'inclure au répertoire, indiqué à ce titre dans une section distincte. Il ne compte pas dans la "
            "proportion des services électroniques (2.9.4) et n'est pas exporté en données ouvertes, sauf "
            "option (code INTERN)."))

        self.groupe_identification.setTitle(self.tr("Identification"))
        self.groupe_description.setTitle(self.tr("Description et responsabilité"))
        self.groupe_volumes.setTitle(element("volumes"))
        self.groupe_volumes.setToolTip(_bulle(PAR_CODE["volumes"], langue))
        self.groupe_gestion.setTitle(self.tr("Frais, normes et cibles"))
        self.groupe_electronique.setTitle(element("points_interaction"))
        self.groupe_electronique.setToolTip(_bulle(PAR_CODE["points_interaction"], langue))
        self.entete_etat.setText(self.tr("Données"))
        self.entete_demandes.setText(self.tr("Demandes reçues"))
        self.entete_extrants.setText(self.tr("Extrants finaux positifs"))
        for code, depliable in self.notes.items():
            depliable.montrer(PAR_CODE[code].note(langue))
        for mode, etiquette in self._etiquettes_modes.items():
            etiquette.setText(MODES.texte(mode, langue))
        vide = self.tr("— à compléter —")
        for choix in (self.portee, self.ententes, self.frais, self.normes_service, self.cibles_rendement,
                      *self.points.values(), *(l.etat for l in self.volumes.values())):
            choix.remplir(langue=langue, vide=vide)
        self.type_service.remplir(types_pour_portee(self.portee.code()), langue, vide)
        self._actualiser_aide_type()
        self.designations.changer_langue(langue)
        self.groupes_clients.changer_langue(langue)
        self.groupe_normes.changer_langue(langue)
        for ligne in self.volumes.values():
            ligne.demandes.setPlaceholderText(self.tr("nombre"))
            ligne.extrants.setPlaceholderText(self.tr("nombre"))
        self.invite.setText(invite_formulaire())
        # Jamais plus étroit que le plus large des groupes (même cachés) : rien n'est coupé à
        # droite, dans aucune langue.
        marges = self.widget().layout().contentsMargins()
        largeur = max(g.minimumSizeHint().width() for g in self._groupes()) + marges.left() + marges.right()
        self.setMinimumWidth(largeur + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
        self._actualiser_pourcentage()
        self._actualiser_titre()
