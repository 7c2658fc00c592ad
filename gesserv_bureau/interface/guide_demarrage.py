"""Aide › Guide de démarrage, et au premier lancement sur un répertoire vide : trois pas.

1. Votre profil : le dialogue du profil lui-même (``DialogueProfil`` en mode premier lancement),
   posé dans la page; « Suivant » l'enregistre (un refus est dit sous les champs et on reste),
   des champs laissés vides passent l'étape.
2. Commencer : charger la démonstration, importer un fichier des données ouvertes (le dialogue
   d'import), ou partir d'un répertoire vide.
3. Votre première évaluation : l'assistant de l'annexe 1A.

Les gestes eux-mêmes sont ceux de la fenêtre principale (``charger_demonstration``,
``importer_donnees``, ``nouvelle_evaluation``). « Ne plus montrer ce guide au démarrage » est
gardé dans les préférences (``cas.guide_demarrage``) à la fermeture du guide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import guide_demarrage, profils
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE
from gesserv_bureau.interface.dialogue_profil import DialogueProfil
from gesserv_bureau.interface.textes import Retraduisible, tout_en_texte_brut

PROFIL, COMMENCER, EVALUATION = range(3)


class GuideDemarrage(Retraduisible, QDialog):
    """``fenetre`` : la fenêtre principale, qui fait les gestes proposés (et son parent)."""

    def __init__(self, fenetre, langue: str = "fr"):
        super().__init__(fenetre)
        self.setObjectName("guideDemarrage")
        self.fenetre = fenetre
        self.langue = langue
        self.resultat = ""   # ce qui a été fait à l'étape 2 : « demo », « import », « vide »
        pile = QVBoxLayout(self)
        self.titre = QLabel(self)
        self.titre.setObjectName("titreGuide")
        self.titre.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.etape = QLabel(self)
        self.etape.setObjectName("etapeGuide")
        pile.addWidget(self.titre)
        pile.addWidget(self.etape)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pagesGuide")
        pile.addWidget(self.pages, 1)

        # 1. le profil : le dialogue du profil, dans la page (ses propres boutons cachés)
        page = QWidget(self.pages)
        page.setObjectName("pageProfil")
        colonne = QVBoxLayout(page)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.profil = DialogueProfil(langue, page, premier_lancement=True)
        self.profil.setWindowFlags(Qt.WindowType.Widget)
        self.profil.boutons.hide()
        self.profil.rejected.connect(self.reject)   # Échap dans un champ : le guide se ferme
        if hasattr(fenetre, "_profil_enregistre"):
            self.profil.profil_enregistre.connect(fenetre._profil_enregistre)
        colonne.addWidget(self.profil)
        self.pages.addWidget(page)

        # 2. commencer
        page = QWidget(self.pages)
        page.setObjectName("pageCommencer")
        colonne = QVBoxLayout(page)
        self.intro_commencer = QLabel(page)
        self.intro_commencer.setWordWrap(True)
        self.intro_commencer.setStyleSheet(STYLE_GUIDE)
        colonne.addWidget(self.intro_commencer)
        self.bouton_demo = QCommandLinkButton(page)
        self.bouton_demo.setObjectName("boutonChargerDemo")
        self.bouton_import = QCommandLinkButton(page)
        self.bouton_import.setObjectName("boutonImporterGuide")
        self.bouton_vide = QCommandLinkButton(page)
        self.bouton_vide.setObjectName("boutonRepertoireVide")
        for bouton in (self.bouton_demo, self.bouton_import, self.bouton_vide):
            colonne.addWidget(bouton)
        colonne.addStretch(1)
        self.pages.addWidget(page)

        # 3. la première évaluation 1A
        page = QWidget(self.pages)
        page.setObjectName("pageEvaluation1A")
        colonne = QVBoxLayout(page)
        self.fait = QLabel(page)
        self.fait.setObjectName("faitGuide")
        self.fait.setWordWrap(True)
        self.fait.setStyleSheet("color: #1d5c2e; font-weight: bold;")
        self.fait.hide()
        colonne.addWidget(self.fait)
        self.intro_1a = QLabel(page)
        self.intro_1a.setWordWrap(True)
        self.intro_1a.setStyleSheet(STYLE_GUIDE)
        colonne.addWidget(self.intro_1a)
        self.bouton_1a = QCommandLinkButton(page)
        self.bouton_1a.setObjectName("boutonPremiere1A")
        colonne.addWidget(self.bouton_1a)
        self.note_aide = QLabel(page)
        self.note_aide.setWordWrap(True)
        colonne.addWidget(self.note_aide)
        colonne.addStretch(1)
        self.pages.addWidget(page)

        self.ne_plus_montrer = QCheckBox(self)
        self.ne_plus_montrer.setObjectName("caseNePlusMontrer")
        self.ne_plus_montrer.setChecked(guide_demarrage.ne_plus_montrer())
        bas = QHBoxLayout()
        bas.addWidget(self.ne_plus_montrer, 1)
        self.bouton_precedent = QPushButton(self)
        self.bouton_precedent.setObjectName("boutonPrecedentGuide")
        self.bouton_suivant = QPushButton(self)
        self.bouton_suivant.setObjectName("boutonSuivantGuide")
        self.bouton_suivant.setDefault(True)
        self.bouton_fermer = QPushButton(self)
        self.bouton_fermer.setObjectName("boutonFermerGuide")
        for bouton in (self.bouton_precedent, self.bouton_suivant, self.bouton_fermer):
            bas.addWidget(bouton)
        pile.addLayout(bas)

        self.bouton_precedent.clicked.connect(lambda: self.aller(self.pages.currentIndex() - 1))
        self.bouton_suivant.clicked.connect(self.suivant)
        self.bouton_fermer.clicked.connect(self.reject)
        self.bouton_demo.clicked.connect(self.charger_demo)
        self.bouton_import.clicked.connect(self.importer)
        self.bouton_vide.clicked.connect(self.partir_de_vide)
        self.bouton_1a.clicked.connect(self.premiere_1a)
        self.finished.connect(lambda _r: guide_demarrage.retenir(self.ne_plus_montrer.isChecked()))
        ecriture = not getattr(getattr(fenetre, "base", None), "lecture_seule", False)
        for bouton in (self.bouton_demo, self.bouton_import, self.bouton_1a):
            bouton.setEnabled(ecriture)
        tout_en_texte_brut(self)
        self.retraduire()
        self.aller(PROFIL)
        self.resize(720, 540)

    def retraduire(self) -> None:
        self.setWindowTitle(self.tr("Guide de démarrage"))
        self.titre.setText(self.tr("Bienvenue dans gesserv-bureau"))
        self._etape()
        self.intro_commencer.setText(self.tr(
            "Votre répertoire des services (Politique sur les services, exigence 7.1) se tient ici, sur ce poste, "
            "sans connexion. Par où commencer?"))
        self.bouton_demo.setText(self.tr("Charger la &démonstration"))
        self.bouton_demo.setDescription(self.tr(
            "Dix services réalistes et les trois exemples de l'annexe 1A, dans un exercice à part : pour essayer "
            "chaque écran sans risque."))
        self.bouton_import.setText(self.tr("&Importer un fichier des données ouvertes…"))
        self.bouton_import.setDescription(self.tr(
            "Le répertoire déjà publié par votre ministère (CSV des données ouvertes) : il est lu et vérifié, et "
            "vous voyez ce qui sera importé avant que rien ne soit écrit."))
        self.bouton_vide.setText(self.tr("Partir d'un &répertoire vide"))
        self.bouton_vide.setDescription(self.tr(
            "Ajoutez vos services un à un (Édition › Nouveau service, Ctrl+N) : le formulaire suit les 18 éléments "
            "du tableau 5 de la Ligne directrice."))
        self.intro_1a.setText(self.tr(
            "Une activité est-elle un service? L'outil de l'annexe 1A pose huit questions; si la réponse est « oui » à "
            "chacune, l'activité est un service et son entrée du répertoire se crée d'un clic. Chaque réponse est "
            "enregistrée aussitôt : vous pouvez fermer et reprendre plus tard."))
        self.bouton_1a.setText(self.tr("Faire ma première évaluation &1A"))
        self.bouton_1a.setDescription(self.tr("Ouvre l'assistant de l'annexe 1A; le guide se ferme."))
        self.note_aide.setText(self.tr(
            "Dans chaque écran, F1 ouvre son aide. Ce guide se rouvre par Aide › Guide de démarrage."))
        self.ne_plus_montrer.setText(self.tr("Ne plus montrer ce &guide au démarrage"))
        self.bouton_precedent.setText(self.tr("◀ &Précédent"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        self._boutons()
        self._dire_fait()

    def _etape(self) -> None:
        noms = [self.tr("Votre profil"), self.tr("Commencer"), self.tr("Votre première évaluation")]
        rang = self.pages.currentIndex()
        self.etape.setText(self.tr("Étape %1 sur %2 — %3").replace("%1", str(rang + 1))
                           .replace("%2", str(len(noms))).replace("%3", noms[rang]))

    def _boutons(self) -> None:
        rang = self.pages.currentIndex()
        self.bouton_precedent.setEnabled(rang > PROFIL)
        self.bouton_suivant.setText(self.tr("&Terminer") if rang == EVALUATION else self.tr("&Suivant ▶"))

    # --- les pas ---------------------------------------------------------------------------
    def aller(self, rang: int) -> None:
        rang = max(PROFIL, min(EVALUATION, rang))
        self.pages.setCurrentIndex(rang)
        self.profil.setVisible(True)   # enregistré, le dialogue du profil s'était caché
        self._etape()
        self._boutons()
        if rang == PROFIL:
            self.profil.champs["nom"].setFocus()

    def suivant(self) -> bool:
        """Au pas du profil : l'enregistre (des champs tous vides : l'étape est passée); au
        dernier pas : ferme le guide."""
        rang = self.pages.currentIndex()
        if rang == PROFIL:
            if any(v.strip() for v in self.profil.valeurs().values()):
                if not self.profil.enregistrer():
                    return False   # le refus est dit sous les champs
            else:
                profils.marquer_demande()
        if rang == EVALUATION:
            self.accept()
            return True
        self.aller(rang + 1)
        return True

    def charger_demo(self) -> int:
        n = self.fenetre.charger_demonstration()
        self.resultat = "demo" if n is not None else ""
        self._n_demo = n
        if n is not None:
            self.aller(EVALUATION)
        self._dire_fait()
        return n or 0

    def importer(self):
        self.resultat = "import"
        self._dire_fait()
        self.aller(EVALUATION)
        return self.fenetre.importer_donnees()

    def partir_de_vide(self) -> None:
        self.resultat = "vide"
        self._dire_fait()
        self.aller(EVALUATION)

    def premiere_1a(self):
        fenetre_1a = self.fenetre.nouvelle_evaluation("1A")
        if fenetre_1a is not None:
            self.accept()
        return fenetre_1a

    def _dire_fait(self) -> None:
        if self.resultat == "demo":
            n = getattr(self, "_n_demo", 0)
            texte = (self.tr("Démonstration chargée : %1 services.").replace("%1", str(n)) if n
                     else self.tr("La démonstration était déjà dans ce répertoire : rien n'a été ajouté."))
        elif self.resultat == "import":
            texte = self.tr("Le dialogue d'import est ouvert : choisissez le fichier, vérifiez l'aperçu, puis Importer.")
        elif self.resultat == "vide":
            texte = self.tr("Répertoire vide : ajoutez votre premier service par Édition › Nouveau service (Ctrl+N).")
        else:
            texte = ""
        self.fait.setText(texte)
        self.fait.setVisible(bool(texte))
