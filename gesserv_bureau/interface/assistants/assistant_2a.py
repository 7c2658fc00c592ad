"""Annexe 2A — l'examen d'un service prioritaire : les questions 1 à 4 (4a, 4b), un « oui » aux
questions 2, 3 et 4 appelant des initiatives possibles (« Si oui, indiquez… »; ni la 1, ni 4a, ni
4b ne les demandent), les principales considérations de 2.4.5 là où elles servent; la question 5, les initiatives proposées, chacune avec ses avantages (6), coûts (7),
risques (8) et possibilités de collaboration (9); la recommandation (10). Les initiatives sont
gardées pour la stratégie (2B, 2C)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from gesserv_bureau.cas import evaluer
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.interface.assistants.commun import Assistant, Choix, Texte, guide, titre
from gesserv_bureau.referentiel import outil_2a


class Assistant2A(Assistant):
    def _construire(self) -> None:
        # étape 0 : le service prioritaire
        page = self.ajouter_page()
        self.titre_service = titre(parent=page)
        forme = QFormLayout()
        self.etiquette_service = QLabel(page)
        self.service = QComboBox(page)
        self.service.setObjectName("choixService")
        self.etiquette_service.setBuddy(self.service)
        forme.addRow(self.etiquette_service, self.service)
        page.pile.addWidget(self.titre_service)
        page.pile.addLayout(forme)
        self.guide_examen = guide(parent=page)
        page.pile.addWidget(self.guide_examen)
        self.service.currentIndexChanged.connect(self._service_choisi)
        # étape 1 : questions 1 à 4
        page = self.ajouter_page()
        self.titre_questions = titre(parent=page)
        page.pile.addWidget(self.titre_questions)
        self.questions: dict[str, dict] = {}
        for q in outil_2a.QUESTIONS:
            w = {"enonce": QLabel(page), "reponse": Choix(("oui", "non"), page),
                 "etiquette": QLabel(page), "initiatives": Texte(2, page), "guide": None}
            w["enonce"].setWordWrap(True)
            w["enonce"].setStyleSheet("font-weight: 600; margin-top: 8px;"
                                      + (" margin-left: 24px;" if q.code in ("q4a", "q4b") else ""))
            w["reponse"].setObjectName(f"reponse_{q.code}")
            w["initiatives"].setObjectName(f"initiatives_{q.code}")
            w["etiquette"].setBuddy(w["initiatives"])
            page.pile.addWidget(w["enonce"])
            if q.code in outil_2a.CONSIDERATIONS:
                w["guide"] = guide(parent=page)
                page.pile.addWidget(w["guide"])
            for cle in ("reponse", "etiquette", "initiatives"):
                page.pile.addWidget(w[cle])
            w["reponse"].change.connect(self.modifie)
            w["initiatives"].textChanged.connect(self.modifie)
            self.questions[q.code] = w
        # étape 2 : question 5, les initiatives (6 à 9 pour chacune)
        page = self.ajouter_page()
        self.titre_initiatives = titre(parent=page)
        self.enonce_q5 = QLabel(page)
        self.enonce_q5.setWordWrap(True)
        page.pile.addWidget(self.titre_initiatives)
        page.pile.addWidget(self.enonce_q5)
        ligne = QHBoxLayout()
        self.liste = QListWidget(page)
        self.liste.setObjectName("listeInitiatives")
        self.liste.setMaximumWidth(260)
        ligne.addWidget(self.liste)
        detail = QWidget(page)
        self.forme_initiative = QFormLayout(detail)
        self.forme_initiative.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.champs_initiative: dict[str, QLineEdit | Texte] = {"nom": QLineEdit(detail), "description": Texte(2, detail)}
        for q in outil_2a.QUESTIONS_INITIATIVE:
            self.champs_initiative[q.code] = Texte(2, detail)
        self.etiquettes_initiative: dict[str, QLabel] = {}
        for cle, champ in self.champs_initiative.items():
            champ.setObjectName(f"initiative_{cle}")
            etiquette = QLabel(detail)
            etiquette.setWordWrap(True)
            etiquette.setBuddy(champ)
            self.forme_initiative.addRow(etiquette, champ)
            self.etiquettes_initiative[cle] = etiquette
            (champ.textEdited if isinstance(champ, QLineEdit) else champ.textChanged).connect(self._initiative_saisie)
        ligne.addWidget(detail, 1)
        page.pile.addLayout(ligne)
        boutons = QHBoxLayout()
        self.ajouter = QPushButton(page)
        self.ajouter.setObjectName("boutonAjouterInitiative")
        self.retirer = QPushButton(page)
        self.retirer.setObjectName("boutonRetirerInitiative")
        boutons.addWidget(self.ajouter)
        boutons.addWidget(self.retirer)
        boutons.addStretch(1)
        page.pile.addLayout(boutons)
        self.ajouter.clicked.connect(self.ajouter_initiative)
        self.retirer.clicked.connect(self.retirer_initiative)
        self.liste.currentRowChanged.connect(self._initiative_choisie)
        # étape 3 : question 10
        page = self.ajouter_page()
        self.titre_recommandation = titre(parent=page)
        self.enonce_q10 = QLabel(page)
        self.enonce_q10.setWordWrap(True)
        self.enonce_q10.setStyleSheet("font-weight: 600;")
        self.recommandation = Choix(("oui", "non"), page)
        self.recommandation.setObjectName("recommandation")
        self.etiquette_justification = QLabel(page)
        self.justification = Texte(4, page)
        self.justification.setObjectName("justification")
        self.etiquette_justification.setBuddy(self.justification)
        for w in (self.titre_recommandation, self.enonce_q10, self.recommandation, self.etiquette_justification,
                  self.justification):
            page.pile.addWidget(w)
        self.recommandation.change.connect(self.modifie)
        self.justification.textChanged.connect(self.modifie)

    # --- services -----------------------------------------------------------------------
    def _remplir_services(self) -> None:
        prioritaires = evaluer.services_prioritaires(self.base, self.ev.exercice) if self.ev.exercice else []
        self.remplir_choix_services(self.service, prioritaires, self.tr("— choisir un service prioritaire —"), "%1")

    def _service_choisi(self, *_args) -> None:
        if self._chargement:
            return
        self.choisir_service(self.service.currentData())
        self.modifie()

    # --- initiatives --------------------------------------------------------------------
    def _initiatives(self) -> list[dict]:
        return self.ev.contenu["initiatives"]

    def ajouter_initiative(self) -> None:
        if not self.ev.modifiable():
            return
        self._initiatives().append(regles.initiative_vide())
        self._remplir_liste()
        self.liste.setCurrentRow(len(self._initiatives()) - 1)
        self.modifie()
        self.champs_initiative["nom"].setFocus()

    def retirer_initiative(self) -> None:
        rang = self.liste.currentRow()
        if 0 <= rang < len(self._initiatives()) and self.ev.modifiable():
            del self._initiatives()[rang]
            self._remplir_liste()
            self.liste.setCurrentRow(min(rang, len(self._initiatives()) - 1))
            self.modifie()

    def _remplir_liste(self) -> None:
        bloque = self.liste.blockSignals(True)
        courant = self.liste.currentRow()
        self.liste.clear()
        for n, i in enumerate(self._initiatives()):
            self.liste.addItem(i.get("nom") or self.tr("Initiative %1 (sans nom)").replace("%1", str(n + 1)))
        self.liste.setCurrentRow(min(max(courant, 0), self.liste.count() - 1))
        self.liste.blockSignals(bloque)
        self._initiative_choisie(self.liste.currentRow())

    def _initiative_choisie(self, rang: int) -> None:
        actif = 0 <= rang < len(self._initiatives())
        self._chargement, avant = True, self._chargement
        try:
            for cle, champ in self.champs_initiative.items():
                valeur = self._initiatives()[rang].get(cle, "") if actif else ""
                champ.setText(valeur) if isinstance(champ, QLineEdit) else champ.ecrire(valeur)
                champ.setEnabled(actif)
        finally:
            self._chargement = avant
        self.retirer.setEnabled(actif)

    def _initiative_saisie(self, *_args) -> None:
        if self._chargement:
            return
        rang = self.liste.currentRow()
        if not 0 <= rang < len(self._initiatives()):
            return
        initiative = self._initiatives()[rang]
        for cle, champ in self.champs_initiative.items():
            initiative[cle] = champ.text() if isinstance(champ, QLineEdit) else champ.texte()
        item = self.liste.item(rang)
        item.setText(initiative["nom"] or self.tr("Initiative %1 (sans nom)").replace("%1", str(rang + 1)))
        self.modifie()

    # --- lecture / affichage ------------------------------------------------------------
    def _afficher(self) -> None:
        self._chargement = True
        try:
            self._remplir_services()
            c = self.ev.contenu
            for code, w in self.questions.items():
                r = c["reponses"][code]
                w["reponse"].choisir(r.get("reponse"))
                w["initiatives"].ecrire(r.get("initiatives", ""))
            self.recommandation.choisir(c.get("recommandation"))
            self.justification.ecrire(c.get("justification", ""))
        finally:
            self._chargement = False
        self._remplir_liste()
        self._actualiser_questions()

    def _lire(self) -> None:
        c = self.ev.contenu
        for code, w in self.questions.items():
            c["reponses"][code] = {"reponse": w["reponse"].code(), "initiatives": w["initiatives"].texte()}
        c["recommandation"] = self.recommandation.code()
        c["justification"] = self.justification.texte()
        self._actualiser_questions()

    def _actualiser_questions(self) -> None:
        """Le champ des initiatives possibles suit un « oui » là où l'annexe dit « Si oui,
        indiquez… »; ailleurs, il n'apparaît que s'il porte déjà un texte (saisi avant), pour qu'on
        puisse le lire ou l'effacer."""
        for code, w in self.questions.items():
            demande = code in outil_2a.SI_OUI_INITIATIVES and w["reponse"].code() == "oui"
            visible = demande or bool(w["initiatives"].texte().strip())
            w["etiquette"].setVisible(visible)
            w["initiatives"].setVisible(visible)

    def noms_etapes(self) -> list[str]:
        return [self.tr("Le service prioritaire"), self.tr("Questions 1 à 4"), self.tr("Initiatives proposées (5 à 9)"),
                self.tr("Recommandation (10)")]

    def _retraduire_pages(self) -> None:
        langue = self.langue
        self.titre_service.setText(outil_2a.TITRE.texte(langue))
        self.etiquette_service.setText(self.tr("&Nom du service prioritaire :"))
        self.guide_examen.setText(self.tr(
            "L'examen répond aux questions de l'annexe 2A. Les principales considérations de la section 2.4.5 "
            "sont rappelées sous les questions qu'elles éclairent."))
        self.titre_questions.setText(self.tr("Questions d'examen"))
        for q in outil_2a.QUESTIONS:
            w = self.questions[q.code]
            w["enonce"].setText(q.texte(langue))
            w["reponse"].libeller({"oui": self.tr("Oui"), "non": self.tr("Non")}, q.texte(langue))
            w["etiquette"].setText(self.tr("Initiatives d'amélioration possibles :"))
            if w["guide"] is not None:
                texte = outil_2a.CONSIDERATIONS[q.code][0].texte(langue)
                if q.code == "q3":
                    texte += "\n" + "\n".join(e.texte(langue) for e in outil_2a.ELEMENTS_EXPERIENCE)
                elif q.code == "q4":
                    texte += "\n" + "\n".join(f"• {e.texte(langue)}" for e in outil_2a.LEVIERS_EFFICIENCE)
                w["guide"].setText(self.tr("Principales considérations (2.4.5) :") + "\n" + texte)
        self.titre_initiatives.setText(self.tr("Initiatives proposées"))
        self.enonce_q5.setText(outil_2a.Q5.texte(langue))
        self.etiquettes_initiative["nom"].setText(self.tr("&Nom de l'initiative :"))
        self.etiquettes_initiative["description"].setText(self.tr("&Description :"))
        for q in outil_2a.QUESTIONS_INITIATIVE:
            self.etiquettes_initiative[q.code].setText(q.texte(langue))
        self.ajouter.setText(self.tr("&Ajouter une initiative"))
        self.retirer.setText(self.tr("&Retirer l'initiative"))
        self.titre_recommandation.setText(self.tr("Recommandation"))
        self.enonce_q10.setText(outil_2a.Q10.texte(langue))
        self.recommandation.libeller({"oui": self.tr("&Oui"), "non": self.tr("&Non")}, outil_2a.Q10.texte(langue))
        self.etiquette_justification.setText(self.tr("&Justification :"))
        if self.liste.count():
            self._remplir_liste()
