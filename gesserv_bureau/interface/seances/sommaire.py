"""Le sommaire de la séance, après le dernier service de la vue de réunion : le procès-verbal à
l'écran (qui était là, le bilan, puis pour chaque service l'état de son examen, la
recommandation de la question 10 et les initiatives proposées)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.interface.seances.commun import examen_fini, statut_examen
from gesserv_bureau.referentiel.outil_2a import DOMAINES_PARTICIPANTS


class PageSommaire(QWidget):
    """Les participants, le bilan et la table des services (``table``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sommaireSeance")
        colonne = QVBoxLayout(self)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.participants = QLabel(self)
        self.participants.setObjectName("participantsSommaire")
        self.participants.setWordWrap(True)
        self.bilan = QLabel(self)
        self.bilan.setObjectName("bilanSommaire")
        self.bilan.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)   # Tab sort de la table; les flèches s'y déplacent
        self.table.setObjectName("tableSommaire")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        entete = self.table.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        entete.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.table, self.table.resizeRowsToContents))
        for w in (self.participants, self.bilan):
            colonne.addWidget(w)
        colonne.addWidget(self.table, 1)

    def remplir(self, participants: list[dict], langue: str, services: list[tuple[str, Evaluation | None]]) -> None:
        """``participants`` : ceux de la séance (nom, domaine); ``services`` : le nom de chaque
        service de l'ordre du jour et son examen (``None`` s'il n'est pas commencé)."""
        noms = [
            (f"{p.get('nom')} ({DOMAINES_PARTICIPANTS.texte(p['domaine'], langue)})"
             if p.get("domaine") else p.get("nom", ""))
            for p in participants if p.get("nom")
        ]
        self.participants.setText(
            self.tr("Participants : %1").replace("%1", "; ".join(noms) if noms else self.tr("aucun inscrit")))
        n = len(services)
        examens = [ev for _nom, ev in services]
        finis = sum(examen_fini(ev) for ev in examens)
        recommandes = sum((ev is not None and ev.contenu.get("recommandation") == "oui") for ev in examens)
        initiatives = sum(len(ev.contenu.get("initiatives", [])) for ev in examens if ev)
        self.bilan.setText(self.tr("Examens terminés : %1 sur %2. Remaniement ou optimisation recommandé : %3. "
                                   "Initiatives proposées : %4.")
                           .replace("%1", str(finis)).replace("%2", str(n)).replace("%3", str(recommandes))
                           .replace("%4", str(initiatives)))
        self.table.setRowCount(n)
        reponses = {"oui": self.tr("Oui"), "non": self.tr("Non")}
        for p, (nom, ev) in enumerate(services):
            reco = ev.contenu.get("recommandation") if ev else None
            liste = [i.get("nom") or self.tr("(initiative sans nom)") for i in (ev.contenu.get("initiatives", []) if ev else [])]
            valeurs = (f"{p + 1}. {nom}", statut_examen(ev),
                       reponses.get(reco, self.tr("sans réponse")),
                       "\n".join(f"• {i}" for i in liste) if liste else self.tr("aucune"))
            for col, texte in enumerate(valeurs):
                item = QTableWidgetItem(texte)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(p, col, item)
        self.table.resizeRowsToContents()

    def retraduire(self) -> None:
        self.table.setAccessibleName(self.tr("Sommaire des services examinés"))
        self.table.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Examen"),
                                              self.tr("Recommandation (10)"), self.tr("Initiatives proposées")])
