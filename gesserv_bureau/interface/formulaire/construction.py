"""La construction du formulaire d'un service : le titre, le bandeau, l'invite, puis un groupe
par partie du tableau 5 (identification, description et responsabilité, volumes, frais et
normes, services électroniques) et les normes de service; chaque ligne avec son étiquette, la
note de l'élément et le message de validation dessous. Les textes viennent de ``libelles``,
les réactions aux saisies de ``reactions``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from gesserv_bureau.interface.formulaire.champs import CasesCodes, ChoixCode, LigneVolume, MessageValidation, TexteLignes
from gesserv_bureau.interface.groupe_normes import GroupeNormes
from gesserv_bureau.interface.texte_depliable import TexteDepliable
from gesserv_bureau.interface.textes import STYLE_BANDEAU, STYLE_INVITE
from gesserv_bureau.referentiel.codes import (
    DESIGNATIONS,
    GROUPES_CLIENTS,
    MODES,
    OUI_NON,
    OUI_NON_SO,
    POINTS_INTERACTION,
    PORTEES_REPERTOIRE,
    types_pour_portee,
)


class ConstructionFormulaire:
    """Les widgets de ``FormulaireService`` (à mettre avant ``QScrollArea`` dans ses bases)."""

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
        msg = MessageValidation(bloc)
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

        self._construire_identification(contenu, pile)
        self._construire_description(contenu, pile)
        self._construire_volumes(contenu, pile)
        self._construire_gestion(contenu, pile)
        self._construire_electronique(contenu, pile)
        # Normes de service (2.7) et données du fichier importé : en lecture
        self.groupe_normes = GroupeNormes(contenu)
        pile.addWidget(self.groupe_normes)
        pile.addStretch(1)
        self._brancher()

    def _groupes(self) -> tuple[QGroupBox, ...]:
        return (self.groupe_identification, self.groupe_description, self.groupe_volumes,
                self.groupe_gestion, self.groupe_electronique, self.groupe_normes)

    def _construire_identification(self, contenu: QWidget, pile: QVBoxLayout) -> None:
        """Identification : éléments 1, 2, 10, 3, 4."""
        self.groupe_identification = QGroupBox(contenu)
        f = self._forme(self.groupe_identification)
        self.service_id = QLineEdit(contenu)
        self._champ(f, "service_id", self.service_id)
        self.nom_fr = QLineEdit(contenu)
        self._champ(f, "nom_fr", self.nom_fr)
        self.nom_en = QLineEdit(contenu)
        self._champ(f, "nom_en", self.nom_en)
        self.portee = ChoixCode(PORTEES_REPERTOIRE, contenu)
        self._champ(f, "portee", self.portee, note="portee")
        self.note_interne = QLabel(contenu)   # la note de l'élément 10 : un service interne, à part
        self.note_interne.setObjectName("noteServiceInterne")
        self.note_interne.setWordWrap(True)
        self.note_interne.setStyleSheet("color: #4a4a4a;")
        self.note_interne.hide()
        f.addRow(self.note_interne)
        self.type_service = ChoixCode(types_pour_portee(None), contenu)
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
        self.designations = CasesCodes(DESIGNATIONS, 2, contenu)
        self._champ(f, "designations", self.designations)
        pile.addWidget(self.groupe_identification)

    def _construire_description(self, contenu: QWidget, pile: QVBoxLayout) -> None:
        """Description et responsabilité : éléments 5 à 9, 11, 12, 13."""
        self.groupe_description = QGroupBox(contenu)
        f = self._forme(self.groupe_description)
        self.description_fr = TexteLignes(3, contenu)
        self._champ(f, "description_fr", self.description_fr)
        self.description_en = TexteLignes(3, contenu)
        self._champ(f, "description_en", self.description_en)
        self.secteur_responsabilite = QLineEdit(contenu)
        self._champ(f, "secteur_responsabilite", self.secteur_responsabilite)
        self.instruments_habilitants = TexteLignes(2, contenu)
        self._champ(f, "instruments_habilitants", self.instruments_habilitants)
        self.programme_nom_fr = QLineEdit(contenu)
        self._champ(f, "programme_nom_fr", self.programme_nom_fr)
        self.programme_nom_en = QLineEdit(contenu)
        self._champ(f, "programme_nom_en", self.programme_nom_en)
        self.programme_id = QLineEdit(contenu)
        self._champ(f, "programme_id", self.programme_id, note="programme_id")
        self.proprietaire = QLineEdit(contenu)
        self._champ(f, "proprietaire", self.proprietaire, note="proprietaire")
        self.ententes = ChoixCode(OUI_NON_SO, contenu)
        self._champ(f, "ententes", self.ententes)
        self.groupes_clients = CasesCodes(GROUPES_CLIENTS, 1, contenu)
        self._champ(f, "groupes_clients", self.groupes_clients, note="groupes_clients")
        pile.addWidget(self.groupe_description)

    def _construire_volumes(self, contenu: QWidget, pile: QVBoxLayout) -> None:
        """Volume par mode : élément 14, une ligne par mode et son message dessous."""
        self.groupe_volumes = QGroupBox(contenu)
        grille = QGridLayout(self.groupe_volumes)
        self.entete_etat = QLabel(contenu)
        self.entete_demandes = QLabel(contenu)
        self.entete_extrants = QLabel(contenu)
        for col, etiquette in enumerate((self.entete_etat, self.entete_demandes, self.entete_extrants), start=1):
            etiquette.setStyleSheet("font-weight: 600;")
            etiquette.setWordWrap(True)
            grille.addWidget(etiquette, 0, col)
        self.volumes: dict[str, LigneVolume] = {}
        self._etiquettes_modes: dict[str, QLabel] = {}
        for rang, mode in enumerate(MODES.codes()):
            ligne = LigneVolume(contenu)
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

    def _construire_gestion(self, contenu: QWidget, pile: QVBoxLayout) -> None:
        """Frais, normes, cibles : éléments 15 à 17."""
        self.groupe_gestion = QGroupBox(contenu)
        f = self._forme(self.groupe_gestion, en_colonne=False)
        self.frais = ChoixCode(OUI_NON, contenu)
        self._champ(f, "frais", self.frais)
        self.normes_service = ChoixCode(OUI_NON, contenu)
        self._champ(f, "normes_service", self.normes_service)
        self.cibles_rendement = ChoixCode(OUI_NON, contenu)
        self._champ(f, "cibles_rendement", self.cibles_rendement, note="cibles_rendement")
        pile.addWidget(self.groupe_gestion)

    def _construire_electronique(self, contenu: QWidget, pile: QVBoxLayout) -> None:
        """Services électroniques : élément 18, la justification d'un point « S.O. » (1.8.1),
        le pourcentage en ligne et l'exclusion du calcul (2.9.4)."""
        self.groupe_electronique = QGroupBox(contenu)
        f = self._forme(self.groupe_electronique, en_colonne=False)
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.points: dict[str, ChoixCode] = {}
        self.justifications_so: dict[str, TexteLignes] = {}   # 1.8.1 : pourquoi ce point ne s'applique pas
        for code in POINTS_INTERACTION.codes():
            choix = ChoixCode(OUI_NON_SO, contenu)
            choix.setObjectName(f"point_{code}")
            etiquette = QLabel(contenu)
            etiquette.setBuddy(choix)
            f.addRow(etiquette, choix)
            # sous le point, sur toute la largeur : sa justification, s'il est « S.O. »
            justification = TexteLignes(2, contenu)
            justification.setObjectName(f"justification_so_{code}")
            justification.hide()
            f.addRow(justification)
            self._etiquettes[f"point_{code}"] = etiquette
            self.points[code] = choix
            self.justifications_so[code] = justification
        self.message_points = MessageValidation(contenu)
        f.addRow(self.message_points)
        self._messages["points_interaction"] = self.message_points
        # 7.10 : l'état de la demande en temps réel (la cascade de 2.10.4, au tableau de bord)
        self.etat_demande_temps_reel = ChoixCode(OUI_NON_SO, contenu)
        self.etat_demande_temps_reel.setObjectName("etatDemandeTempsReel")
        etiquette = QLabel(contenu)
        etiquette.setWordWrap(True)
        etiquette.setBuddy(self.etat_demande_temps_reel)
        f.addRow(etiquette, self.etat_demande_temps_reel)
        self._etiquettes["etat_demande_temps_reel"] = etiquette
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
        self.justification_exclusion = TexteLignes(3, bloc)
        self.justification_exclusion.setObjectName("justificationExclusion")
        etiquette.setBuddy(self.justification_exclusion)
        colonne.addWidget(self.justification_exclusion)
        message = MessageValidation(bloc)
        colonne.addWidget(message)
        f.addRow(bloc)
        self._etiquettes["justification_exclusion"] = etiquette
        self._messages["justification_exclusion"] = message
        pile.addWidget(self.groupe_electronique)

    def _brancher(self) -> None:
        for champ in (self.service_id, self.nom_fr, self.nom_en, self.secteur_responsabilite,
                      self.programme_nom_fr, self.programme_nom_en, self.programme_id, self.proprietaire):
            champ.textEdited.connect(self._saisie)
        for texte in (self.description_fr, self.description_en, self.instruments_habilitants,
                      self.justification_exclusion):
            texte.textChanged.connect(self._saisie)
        for choix in (self.type_service, self.ententes, self.frais, self.normes_service,
                      self.cibles_rendement, self.etat_demande_temps_reel):
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
