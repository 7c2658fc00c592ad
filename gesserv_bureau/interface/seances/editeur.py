"""L'éditeur d'une séance d'examen : son titre, sa date, son exercice, ses participants et son
ordre du jour. Chaque changement est écrit tout de suite (``cas.seances_examen``); le statut
que la séance prend alors vient de ``domaine.seances``."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gesserv_bureau.cas import evaluer, repertoire, seances_examen
from gesserv_bureau.domaine import seances as regles_seances
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.interface.seances.commun import message_erreur
from gesserv_bureau.interface.seances.ordre_du_jour import PanneauOrdreDuJour
from gesserv_bureau.interface.seances.participants import PanneauParticipants
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage


class EditeurSeance(QWidget):
    """La séance choisie dans le dialogue des séances. ``enregistree`` : elle vient d'être
    écrite; ``modifiee`` : ses services ou ses participants ont changé (les boutons du dialogue
    en dépendent); ``erreur`` : le texte d'une écriture ou d'une lecture manquée; ``examiner`` :
    examiner le service choisi à l'ordre du jour."""

    enregistree = Signal()
    modifiee = Signal()
    erreur = Signal(str)
    examiner = Signal()

    def __init__(self, base: Base, langue: str, parent=None):
        super().__init__(parent)
        self.setObjectName("editeurSeance")
        self.base = base
        self._langue = langue
        self.seance: Seance | None = None
        self._chargement = False

        droite = QVBoxLayout(self)
        droite.setContentsMargins(6, 0, 0, 0)
        forme = QFormLayout()
        self.etiquette_titre = QLabel(self)
        self.titre = QLineEdit(self)
        self.titre.setObjectName("titreSeance")
        self.etiquette_titre.setBuddy(self.titre)
        self.etiquette_date = QLabel(self)
        self.date = QDateEdit(self)
        self.date.setObjectName("dateSeance")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumWidth(self.date.fontMetrics().horizontalAdvance("0000-00-00") * 2 + 40)
        self.etiquette_date.setBuddy(self.date)
        self.etiquette_exercice = QLabel(self)
        self.exercice_seance = QLabel(self)
        self.exercice_seance.setObjectName("exerciceSeance")
        forme.addRow(self.etiquette_titre, self.titre)
        forme.addRow(self.etiquette_date, self.date)
        forme.addRow(self.etiquette_exercice, self.exercice_seance)
        droite.addLayout(forme)
        self.panneau_participants = PanneauParticipants(langue, self)
        droite.addWidget(self.panneau_participants, 2)
        self.ordre_du_jour = PanneauOrdreDuJour(self)
        droite.addWidget(self.ordre_du_jour, 3)

        self.titre.textEdited.connect(self._titre_saisi)
        self.date.dateChanged.connect(self._date_changee)
        self.panneau_participants.modifies.connect(self._participants_modifies)
        self.ordre_du_jour.modifie.connect(self._ordre_modifie)
        self.ordre_du_jour.examiner.connect(self.examiner)

    @property
    def langue(self) -> str:
        return self._langue

    @langue.setter
    def langue(self, langue: str) -> None:
        self._langue = langue
        self.panneau_participants.langue = langue

    @property
    def examens(self) -> dict[int, Evaluation]:
        """Les examens de la séance, par service (l'ordre du jour écrit leur état)."""
        return self.ordre_du_jour.examens

    @examens.setter
    def examens(self, examens: dict[int, Evaluation]) -> None:
        self.ordre_du_jour.examens = examens

    # --- charger, écrire ------------------------------------------------------------------
    def charger(self, seance: Seance | None, exercice: str) -> None:
        """La séance dans les champs (``exercice`` : celui du dialogue, s'il n'y en a pas)."""
        self.seance = seance
        self._chargement = True
        try:
            # une séance approuvée ne se modifie plus (sa signature porte sur ce qu'elle contient)
            self.setEnabled(seance is not None and not getattr(self.base, "lecture_seule", False)
                            and seance.statut != "approuvee")
            self.titre.setText(seance.titre if seance else "")
            date = QDate.fromString(seance.date, Qt.DateFormat.ISODate) if seance else QDate.currentDate()
            self.date.setDate(date if date.isValid() else QDate.currentDate())
            self.exercice_seance.setText(seance.exercice if seance else "")
            self.panneau_participants.remplir(seance.participants if seance else [])
            self.remplir_ordre()
        finally:
            self._chargement = False
        self.ordre_du_jour.retraduire(seance.exercice if seance else exercice)

    def sauver(self) -> bool:
        """Écrit la séance tout de suite. La position et le statut appartiennent à la vue de
        réunion : on reprend ceux de la base pour ne pas les écraser."""
        if self.seance is None or self._chargement:
            return False
        try:
            frais = seances_examen.charger(self.base, self.seance.pk)
            if frais is not None:
                self.seance.position, self.seance.statut = frais.position, frais.statut
            if not regles_seances.modifiable(self.seance):
                return False   # figée
            self.seance.statut = regles_seances.statut_apres_preparation(
                self.seance, (self.examens.get(pk) for pk in self.seance.services))
            seances_examen.enregistrer(self.base, self.seance)
        except ErreurStockage as exc:
            self.erreur.emit(message_erreur(exc))
            return False
        self.enregistree.emit()
        return True

    def _titre_saisi(self, texte: str) -> None:
        if self.seance is not None and not self._chargement:
            self.seance.titre = texte
            self.sauver()

    def _date_changee(self, date: QDate) -> None:
        if self.seance is not None and not self._chargement:
            self.seance.date = date.toString(Qt.DateFormat.ISODate)
            self.sauver()

    def _participants_modifies(self) -> None:
        if self.seance is None or self._chargement:
            return
        self.seance.participants = self.panneau_participants.lire()
        self.sauver()
        self.modifiee.emit()

    # --- l'ordre du jour ------------------------------------------------------------------
    def remplir_ordre(self) -> None:
        """Les services de la séance dans leur ordre (cochés), puis les autres services
        prioritaires de l'exercice (décochés); les examens relus."""
        noms: dict[int, tuple[str, str]] = {}
        retenus: list[int] = []
        if self.seance is not None:
            try:
                prioritaires = evaluer.services_prioritaires(self.base, self.seance.exercice)
                self.examens = {ev.service_pk: ev for ev in seances_examen.examens(self.base, self.seance)}
                noms = {s.pk: (s.service_id, s.nom(self.langue)) for s in prioritaires}
                for pk in self.seance.services:
                    if pk not in noms:   # plus prioritaire, ou d'un autre exercice : il reste à l'ordre du jour
                        service = repertoire.charger_service(self.base, pk)
                        ev = self.examens.get(pk)
                        noms[pk] = (service.service_id, service.nom(self.langue)) if service else \
                            ("", ev.sujet if ev else self.tr("(service supprimé)"))
            except ErreurStockage as exc:
                self.erreur.emit(message_erreur(exc))
                noms = {}
            retenus = [pk for pk in self.seance.services if pk in noms]
        self.ordre_du_jour.remplir(noms, retenus)

    def _ordre_modifie(self) -> None:
        if self.seance is None or self._chargement:
            return
        self.seance.services = self.ordre_du_jour.services_retenus()
        self.sauver()
        self.modifiee.emit()

    def permettre(self, modifiable: bool, reunion: bool) -> None:
        """Les boutons : rien ne change dans une séance figée; l'ordre du jour ne change pas
        et aucun examen ne s'ouvre à côté pendant la réunion."""
        self.panneau_participants.permettre(modifiable)
        self.ordre_du_jour.permettre(deplacer=modifiable and not reunion, examiner=modifiable and not reunion)

    def retraduire(self, exercice: str) -> None:
        self.etiquette_titre.setText(self.tr("&Titre :"))
        self.etiquette_date.setText(self.tr("&Date :"))
        self.etiquette_exercice.setText(self.tr("Exercice :"))
        self.panneau_participants.retraduire()
        self.ordre_du_jour.retraduire(self.seance.exercice if self.seance else exercice)
