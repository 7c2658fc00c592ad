"""La stratégie de gestion des services comme document guidé (annexe 2B) : la table des
matières avec l'état de chaque section (vide, commencée, complète — en toutes lettres), que le
ministère adapte (ajouter, renommer, réordonner); l'éditeur de la section; le guide de 2.5.4 et
les définitions à portée de main. L'approbation fige une version; la suite se fait dans une
nouvelle version ou dans la mise à jour annuelle (2.5.5), qui dit ce qui a changé, élément par
élément (A à G), par rapport à la version approuvée.

``FenetreStrategie`` réunit par héritage (des classes sans état propre, placées avant
``QDialog``) :

- ``disposition_strategie`` : l'en-tête, le bandeau, l'aperçu de la stratégie actuelle, les
  trois volets côte à côte, les branchements des boutons;
- ``sections_strategie`` : la table des matières, la section choisie, ajouter, renommer,
  déplacer, retirer une section;
- ``guide_strategie`` : le volet du guide et des définitions;
- ``actions_strategie`` : l'enregistrement au fil de la saisie, l'approbation, les versions, le
  rapport PDF, ce qui a changé depuis la version approuvée.

La fenêtre elle-même garde son état, ses éditeurs, le verrouillage et la langue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.interface.ordre_tab import dans_la_chaine, placer_apres
from gesserv_bureau.interface.strategie.actions_strategie import ActionsStrategie, jour
from gesserv_bureau.interface.strategie.disposition_strategie import DispositionStrategie
from gesserv_bureau.interface.strategie.editeurs import EditeurFFPM, EditeurObjectifs, EditeurRisques, EditeurTextes
from gesserv_bureau.interface.strategie.guide_strategie import GuideStrategie
from gesserv_bureau.interface.strategie.sections_strategie import SectionsStrategie
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut


class FenetreStrategie(DispositionStrategie, SectionsStrategie, GuideStrategie, ActionsStrategie,
                       Retraduisible, QDialog):
    ouvrir_autre = Signal(object)   # une nouvelle version ou une mise à jour : à ouvrir

    def __init__(self, base: Base, st: Strategie, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("fenetreStrategie")
        self.base = base
        self.st = st
        self.langue = langue
        self.erreur = ""
        self._services = planification.services_proposes(base, st)
        self._construire_disposition()
        self._editeurs: dict[str, QWidget] = {}
        self._brancher()
        self.titre.setText(st.titre)
        self.resize(1400, 860)
        self._construire_editeurs()
        tout_en_texte_brut(self)
        self.retraduire()
        self.toc.setCurrentRow(0)

    # --- éditeurs -----------------------------------------------------------------------
    def _editeur_pour(self, s: dict) -> QWidget:
        t = s["type"]
        if t == "ffpm":
            return EditeurFFPM(self.st, s, self.modifie, self.langue, self)
        if t == "objectifs":
            return EditeurObjectifs(self.st, s, self.modifie, self.langue, self._services, self)
        if t == "risques":
            return EditeurRisques(self.st, s, self.modifie, self.langue, self)
        if t == "plan":
            from gesserv_bureau.interface.strategie.plan_travail import PlanDeTravail

            plan = PlanDeTravail(self.base, self.langue, self)
            plan.afficher(self.st)
            plan.modifie.connect(self._apres_enregistrement)
            return plan
        return EditeurTextes(self.st, s, self.modifie, self.langue, self._services if t == "contexte" else None, self)

    def _construire_editeurs(self) -> None:
        for s in self.st.sections:
            if s["id"] not in self._editeurs:
                editeur = self._editeur_pour(s)
                self._editeurs[s["id"]] = editeur
                editeur.setAccessibleName(regles.titre_section(s, self.langue))
                self.editeurs.addWidget(editeur)
        # Tab lit la page de gauche à droite : la table des matières, l'éditeur, puis le guide
        editeurs = dans_la_chaine(self.editeurs, self.titre)
        if editeurs:
            placer_apres(editeurs[-1], dans_la_chaine(self.defile_guide, self.titre))
        self._verrouiller()

    def page_aide(self) -> str:
        """F1 (``interface/aide``) : le plan de travail (annexe 2C) si c'est la section choisie,
        sinon la stratégie."""
        rang = self.toc.currentRow()
        if 0 <= rang < len(self.st.sections) and self.st.sections[rang]["type"] == "plan":
            return "plan-travail"
        return "strategie"

    def editeur(self, type_: str):
        s = self.st.section_de_type(type_)
        return self._editeurs.get(s["id"]) if s else None

    def _verrouiller(self) -> None:
        fige = not self.st.modifiable() or self.base.lecture_seule
        self.titre.setReadOnly(fige)
        self.emplacement.setReadOnly(fige)
        for date in (self.date_approbation, self.date_derniere):
            if date is not None:   # désactivée : un clic n'y met même pas la date du jour
                date.setEnabled(not fige)
        for editeur in self._editeurs.values():
            if hasattr(editeur, "verrouiller"):
                editeur.verrouiller(fige)
            else:
                editeur.setEnabled(not fige)

    # --- langue -------------------------------------------------------------------------

    def retraduire(self) -> None:
        self.defile_guide.setAccessibleName(self.tr("Guide de la section"))
        editeurs = getattr(self, "_editeurs", {})
        for s in self.st.sections:   # chaque éditeur porte le nom de sa section
            if s["id"] in editeurs:
                editeurs[s["id"]].setAccessibleName(regles.titre_section(s, self.langue))
        st = self.st
        genre = self.tr("Mise à jour annuelle") if st.type == "mise_a_jour" else self.tr("Stratégie de gestion des services")
        self.setWindowTitle(f"{genre} — {st.titre}")
        self.etiquette_titre.setText(self.tr("&Titre :"))
        if st.statut == "approuvee":
            statut = self.tr("%1, version %2 — approuvée le %3 par %4 (figée)").replace("%1", genre).replace(
                "%2", str(st.version)).replace("%3", jour(st.approuve_le)).replace("%4", st.approuve_par)
        else:
            statut = self.tr("%1, version %2 — brouillon").replace("%1", genre).replace("%2", str(st.version))
        self.statut.setText(statut)
        self.bouton_approuver.setText(self.tr("&Approuver…"))
        self.bouton_version.setText(self.tr("&Nouvelle version"))
        self.bouton_mise_a_jour.setText(self.tr("&Mise à jour annuelle…"))
        self.bouton_rapport.setText(self.tr("Rapport &PDF…"))
        self.bouton_rapport_plan.setText(self.tr("Plan de travail (PDF)…"))
        self.etiquette_toc.setText(self.tr("Ta&ble des matières (annexe 2B)"))
        self.bouton_ajouter.setText(self.tr("A&jouter une section"))
        self.bouton_renommer.setText(self.tr("&Renommer"))
        self.bouton_monter.setText(self.tr("▲ Monter"))
        self.bouton_descendre.setText(self.tr("▼ Descendre"))
        self.bouton_retirer.setText(self.tr("Retirer"))
        self.etiquette_apercu.setText(self.tr("Stratégie actuelle (2.5.5, élément 1) :"))
        self.etiquette_emplacement.setText(self.tr("&Endroit (lien ou chemin) :"))
        self.emplacement.setPlaceholderText(self.tr("lien vers la stratégie actuelle, ou chemin du fichier"))
        self.etiquette_approbation.setText(self.tr("Date d'approbation :"))
        self.etiquette_derniere.setText(self.tr("Dernière date de mise à jour :"))
        for editeur in self._editeurs.values():
            editeur.changer_langue(self.langue)
        self._actualiser_toc()
        self._actualiser_changements()
        rang = self.toc.currentRow()
        if 0 <= rang < len(self.st.sections):
            self._actualiser_guide(self.st.sections[rang])


class DialogueStrategies(Retraduisible, QDialog):
    """Les stratégies et leurs versions; en créer une, en ouvrir une."""

    def __init__(self, base: Base, langue: str, exercice: str, parent=None):
        super().__init__(parent)
        self.setObjectName("dialogueStrategies")
        self.base = base
        self.langue = langue
        self.exercice = exercice
        self.fenetres: list[FenetreStrategie] = []
        pile = QVBoxLayout(self)
        self.liste = QListWidget(self)
        self.liste.setObjectName("listeStrategies")
        pile.addWidget(self.liste, 1)
        boutons = QHBoxLayout()
        self.bouton_nouvelle = QPushButton(self)
        self.bouton_nouvelle.setObjectName("boutonNouvelleStrategie")
        self.bouton_ouvrir = QPushButton(self)
        self.bouton_ouvrir.setObjectName("boutonOuvrirStrategie")
        self.bouton_fermer = QPushButton(self)
        boutons.addWidget(self.bouton_nouvelle)
        boutons.addWidget(self.bouton_ouvrir)
        boutons.addStretch(1)
        boutons.addWidget(self.bouton_fermer)
        pile.addLayout(boutons)
        self.bouton_nouvelle.clicked.connect(lambda: self.nouvelle())
        self.bouton_ouvrir.clicked.connect(self.ouvrir_selection)
        self.bouton_fermer.clicked.connect(self.close)
        self.liste.itemActivated.connect(lambda _i: self.ouvrir_selection())
        self.resize(760, 420)
        tout_en_texte_brut(self)
        self.retraduire()

    def actualiser(self) -> None:
        self._strategies = planification.toutes(self.base)
        self.liste.clear()
        for st in self._strategies:
            genre = self.tr("Mise à jour annuelle") if st.type == "mise_a_jour" else self.tr("Stratégie")
            statut = (self.tr("approuvée le %1 par %2").replace("%1", jour(st.approuve_le)).replace("%2", st.approuve_par)
                      if st.statut == "approuvee" else self.tr("brouillon"))
            self.liste.addItem(f"{st.titre} — {genre}, version {st.version} — {statut}")
        self.bouton_ouvrir.setEnabled(bool(self._strategies))

    def nouvelle(self, titre: str | None = None) -> FenetreStrategie | None:
        if titre is None:
            titre, ok = QInputDialog.getText(self, self.tr("Nouvelle stratégie"), self.tr("Titre de la stratégie :"),
                                             text=self.tr("Stratégie de gestion des services"))
            if not ok:
                return None
        st = planification.nouvelle(self.base, titre.strip(), self.exercice)
        self.actualiser()
        return self.ouvrir(st)

    def ouvrir_selection(self) -> None:
        rang = self.liste.currentRow()
        if 0 <= rang < len(self._strategies):
            self.ouvrir(planification.charger(self.base, self._strategies[rang].pk))

    def ouvrir(self, st: Strategie) -> FenetreStrategie:
        fenetre = FenetreStrategie(self.base, st, self.langue, self.parent() or self)
        fenetre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fenetre.ouvrir_autre.connect(lambda autre: (self.actualiser(), self.ouvrir(autre)))
        fenetre.show()
        self.fenetres.append(fenetre)
        fenetre.destroyed.connect(lambda *_: self.fenetres.remove(fenetre) if fenetre in self.fenetres else None)
        return fenetre

    def retraduire(self) -> None:
        self.liste.setAccessibleName(self.tr("Stratégies"))
        self.setWindowTitle(self.tr("Stratégies de gestion des services"))
        self.bouton_nouvelle.setText(self.tr("&Nouvelle stratégie…"))
        self.bouton_ouvrir.setText(self.tr("&Ouvrir"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        self.actualiser()
