"""Annexe 1A — une activité est-elle un service? L'activité, les huit questions (oui/non et
analyse), puis la conclusion de l'annexe que le ministère confirme ou renverse, justification
à l'appui; une conclusion « service » propose de créer l'entrée du répertoire, liée — ou de lier
celle qui existe déjà (même nom ou même numéro d'ID dans l'exercice). En démarche « conclure au
premier non », les questions d'après se lisent « non posée » (liste des étapes, sommaire)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton

from gesserv_bureau.cas import evaluer
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.interface.assistants.commun import Assistant, Choix, Texte, guide, titre
from gesserv_bureau.referentiel import outil_1a


class Assistant1A(Assistant):
    def _construire(self) -> None:
        # étape 0 : l'activité
        page = self.ajouter_page()
        self.titre_activite = titre(parent=page)
        page.pile.addWidget(self.titre_activite)
        self.presentation = guide(parent=page)
        page.pile.addWidget(self.presentation)
        forme = QFormLayout()
        forme.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.nom = QLineEdit(page)
        self.nom.setObjectName("nomActivite")
        self.organisme = QLineEdit(page)
        self.organisme.setObjectName("organisme")
        self.description = Texte(4, page)
        self.description.setObjectName("description")
        self.etiquettes = {c: QLabel(page) for c in ("nom", "organisme", "description", "mode")}
        for cle, champ in (("nom", self.nom), ("organisme", self.organisme), ("description", self.description)):
            self.etiquettes[cle].setBuddy(champ)
            forme.addRow(self.etiquettes[cle], champ)
        self.mode = Choix(("toutes", "premier_non"), page)
        self.mode.setObjectName("mode")
        forme.addRow(self.etiquettes["mode"], self.mode)
        page.pile.addLayout(forme)
        self.instructions = guide(parent=page)
        page.pile.addWidget(self.instructions)
        # étapes 1 à 8 : les questions
        self.questions: dict[str, tuple[QLabel, Choix, Texte, QLabel]] = {}
        for q in outil_1a.QUESTIONS:
            page = self.ajouter_page()
            enonce = titre(parent=page)
            reponse = Choix(("oui", "non"), page)
            reponse.setObjectName(f"reponse_{q.code}")
            etiquette = QLabel(page)
            analyse = Texte(5, page)
            analyse.setObjectName(f"analyse_{q.code}")
            etiquette.setBuddy(analyse)
            for w in (enonce, reponse, etiquette, analyse):
                page.pile.addWidget(w)
            self.questions[q.code] = (enonce, reponse, analyse, etiquette)
            reponse.change.connect(self.modifie)
            analyse.textChanged.connect(self.modifie)
        # dernière étape : la conclusion et la détermination du ministère
        page = self.ajouter_page()
        self.titre_conclusion = titre(parent=page)
        self.titre_sommaire = QLabel(page)
        self.titre_sommaire.setStyleSheet("font-weight: 600;")
        self.sommaire = QLabel(page)
        self.sommaire.setObjectName("sommaire1A")
        self.sommaire.setWordWrap(True)
        self.conclusion = QLabel(page)
        self.conclusion.setObjectName("conclusion1A")
        self.conclusion.setWordWrap(True)
        self.conclusion.setStyleSheet("font-size: 14pt; font-weight: 600; padding: 8px 0;")
        self.decision = Choix(("confirme", "renverse"), page)
        self.decision.setObjectName("decision")
        self.etiquette_justification = QLabel(page)
        self.justification = Texte(4, page)
        self.justification.setObjectName("justification")
        self.etiquette_justification.setBuddy(self.justification)
        self.determination = QLabel(page)
        self.determination.setObjectName("determination")
        self.determination.setWordWrap(True)
        for w in (self.titre_conclusion, self.titre_sommaire, self.sommaire, self.conclusion, self.decision,
                  self.etiquette_justification, self.justification, self.determination):
            page.pile.addWidget(w)
        # l'entrée du répertoire : pas une réponse, permise aussi une fois l'évaluation terminée
        self.etiquette_numero = QLabel(page)
        self.numero = QLineEdit(page)
        self.numero.setObjectName("numeroService")
        self.etiquette_numero.setBuddy(self.numero)
        self.creer_service = QPushButton(page)
        self.creer_service.setObjectName("boutonCreerService")
        self.lien_service = QLabel(page)
        self.lien_service.setObjectName("lienService")
        self.lien_service.setWordWrap(True)
        for w in (self.etiquette_numero, self.numero, self.creer_service, self.lien_service):
            page.pile_libre.addWidget(w)
        self.question_liaison: QMessageBox | None = None
        self._entree_creee = False
        self.numero.textEdited.connect(self._numero_saisi)
        for champ in (self.nom, self.organisme):
            champ.textChanged.connect(self.modifie)
        self.description.textChanged.connect(self.modifie)
        self.justification.textChanged.connect(self.modifie)
        self.mode.change.connect(self.modifie)
        self.decision.change.connect(self.modifie)
        self.creer_service.clicked.connect(self._creer_service)

    def _afficher(self) -> None:
        self._chargement = True
        try:
            c = self.ev.contenu
            self.nom.setText(self.ev.sujet)
            self.organisme.setText(c.get("organisme", ""))
            self.description.ecrire(c.get("description", ""))
            self.mode.choisir(c.get("mode", "toutes"))
            for code, (_e, reponse, analyse, _l) in self.questions.items():
                r = c["reponses"].get(code, {})
                reponse.choisir(r.get("reponse"))
                analyse.ecrire(r.get("analyse", ""))
            self.decision.choisir(c.get("decision"))
            self.justification.ecrire(c.get("justification", ""))
            self.numero.setText(c.get("service_id", ""))
        finally:
            self._chargement = False
        self._actualiser_conclusion()

    def _lire(self) -> None:
        c = self.ev.contenu
        self.ev.sujet = self.nom.text().strip()
        c["organisme"] = self.organisme.text()
        c["description"] = self.description.texte()
        c["mode"] = self.mode.code() or "toutes"
        for code, (_e, reponse, analyse, _l) in self.questions.items():
            c["reponses"][code] = {"reponse": reponse.code(), "analyse": analyse.texte()}
        c["decision"] = self.decision.code()
        c["justification"] = self.justification.texte()
        self._actualiser_conclusion()

    def etape_suivante(self, courante: int) -> int:
        """Au premier « non », en mode « conclure au premier non » : droit à la conclusion."""
        if 1 <= courante <= len(outil_1a.QUESTIONS) and self.ev.contenu.get("mode") == "premier_non":
            code = outil_1a.QUESTIONS[courante - 1].code
            if self.ev.contenu["reponses"][code]["reponse"] == "non":
                return self.pages.count() - 1
        return courante + 1

    def etape_complete(self, etape: int) -> bool:
        if etape == self.pages.count() - 1:
            return regles.determination_1a(self.ev.contenu) is not None
        return super().etape_complete(etape)

    def etape_non_posee(self, etape: int) -> bool:
        """Une question après le premier « non », en démarche « conclure au premier non »."""
        if 1 <= etape <= len(outil_1a.QUESTIONS):
            return outil_1a.QUESTIONS[etape - 1].code not in regles.questions_a_poser_1a(self.ev.contenu)
        return False

    def noms_etapes(self) -> list[str]:
        return [self.tr("L'activité"), *(self.tr("Question %1").replace("%1", str(i + 1)) for i in range(len(outil_1a.QUESTIONS))),
                self.tr("Conclusion")]

    def _actualiser_sommaire(self) -> None:
        """Chaque question et sa réponse : Oui, Non, « non posée » (après le premier « non »,
        quand on y conclut) ou « sans réponse »."""
        c = self.ev.contenu
        a_poser = regles.questions_a_poser_1a(c)
        valeurs = {"oui": self.tr("Oui"), "non": self.tr("Non")}
        lignes = []
        for i, q in enumerate(outil_1a.QUESTIONS):
            if q.code not in a_poser:
                valeur = self.tr("non posée")
            else:
                valeur = valeurs.get(c["reponses"][q.code]["reponse"], self.tr("sans réponse"))
            lignes.append(self.tr("Question %1 — %2").replace("%1", str(i + 1)).replace("%2", valeur))
        self.sommaire.setText("\n".join(lignes))

    def _actualiser_conclusion(self) -> None:
        langue = self.langue
        c = self.ev.contenu
        self._actualiser_sommaire()
        conclusion = regles.conclusion_1a(c)
        textes = {l.code: l.texte(langue) for l in outil_1a.CONCLUSIONS}
        if conclusion is None:
            manquent = [str(i + 1) for i, q in enumerate(outil_1a.QUESTIONS)
                        if c["reponses"][q.code]["reponse"] not in ("oui", "non")]
            self.conclusion.setText(self.tr("Pas encore de conclusion : questions sans réponse (%1).")
                                    .replace("%1", ", ".join(manquent)))
        else:
            self.conclusion.setText(self.tr("Conclusion de l'outil : %1").replace("%1", textes[conclusion]))
        self.decision.setEnabled(conclusion is not None)
        determination = regles.determination_1a(c)
        if determination is None:
            self.determination.setText("")
        else:
            self.determination.setText(self.tr("Détermination finale du ministère : %1").replace("%1", textes[determination]))
        a_creer = determination == "service" and self.ev.service_pk is None and self.ev.modifiable()
        for w in (self.etiquette_numero, self.numero, self.creer_service):
            w.setVisible(a_creer)
        self.lien_service.setVisible(self.ev.service_pk is not None)
        if self.ev.service_pk is not None:
            if self._entree_creee:
                self.lien_service.setText(self.tr("Entrée du répertoire créée et liée à cette évaluation."))
            else:
                self.lien_service.setText(self.tr("Liée à l'entrée du répertoire « %1 ».").replace("%1", self._nom_du_service()))

    def _numero_saisi(self, texte: str) -> None:
        """Le numéro d'ID de l'entrée à créer (ou à retrouver) : gardé même une fois terminée."""
        if self._chargement or not self.ev.modifiable():
            return
        self.ev.contenu["service_id"] = texte.strip()
        self._sauver()

    def _creer_service(self) -> None:
        """D'abord l'entrée qui existe peut-être déjà (même nom, même numéro) : la lier, en créer
        une nouvelle quand même, ou annuler."""
        if not regles.reponses_verrouillees(self.ev):
            self._lire()
        if regles.determination_1a(self.ev.contenu) != "service" or self.ev.service_pk is not None:
            return
        if not self.ev.exercice:
            from gesserv_bureau.domaine import exercice as exercices

            self.ev.exercice = exercices.courant()
        trouvee = evaluer.entree_existante_1a(self.base, self.ev)
        if trouvee is None:
            self._creer_nouvelle()
            return
        service = trouvee.service
        nom = f"{service.service_id} — {service.nom(self.langue)}".strip(" —")
        boite = QMessageBox(QMessageBox.Icon.Question, self.tr("Entrée du répertoire"), "", parent=self)
        boite.setObjectName("questionLiaison")
        boite.setTextFormat(Qt.TextFormat.PlainText)
        if trouvee.par == "numero":
            boite.setText(self.tr("Le répertoire de l'exercice %1 a déjà une entrée de ce numéro d'ID : « %2 ».")
                          .replace("%1", self.ev.exercice).replace("%2", nom))
        else:
            boite.setText(self.tr("Le répertoire de l'exercice %1 a déjà une entrée de ce nom : « %2 ».")
                          .replace("%1", self.ev.exercice).replace("%2", nom))
        boite.setInformativeText(self.tr("La lier à cette évaluation plutôt que d'en créer une seconde?"))
        lier = boite.addButton(self.tr("Lier à « %1 »").replace("%1", service.nom(self.langue)),
                               QMessageBox.ButtonRole.AcceptRole)
        lier.setObjectName("boutonLier")
        creer = boite.addButton(self.tr("Créer une nouvelle entrée"), QMessageBox.ButtonRole.DestructiveRole)
        creer.setObjectName("boutonCreerNouvelle")
        annuler = boite.addButton(QMessageBox.StandardButton.Cancel)
        annuler.setText(self.tr("Annuler"))
        annuler.setObjectName("boutonAnnuler")
        boite.setDefaultButton(lier)
        boite.setEscapeButton(annuler)
        boite.buttonClicked.connect(lambda b: self._liaison_choisie(b, service.pk, lier, creer))
        self.question_liaison = boite
        boite.open()

    def _liaison_choisie(self, bouton, pk: int, lier, creer) -> None:
        if bouton is lier:
            evaluer.relier(self.base, self.ev, pk)
            self._entree_creee = False
            self._apres_liaison()
        elif bouton is creer:
            self._creer_nouvelle()

    def _creer_nouvelle(self) -> None:
        evaluer.creer_service_depuis_1a(self.base, self.ev)
        self._entree_creee = True
        self._apres_liaison()

    def _apres_liaison(self) -> None:
        self._actualiser_conclusion()
        self._actualiser_navigation()
        self.enregistre.emit(self.ev)

    def _retraduire_pages(self) -> None:
        langue = self.langue
        self.titre_activite.setText(outil_1a.TITRE.texte(langue))
        self.presentation.setText(outil_1a.PRESENTATION.texte(langue))
        self.instructions.setText(outil_1a.INSTRUCTIONS.texte(langue))
        self.etiquettes["nom"].setText(self.tr("&Activité ou groupe d'activités :"))
        self.etiquettes["organisme"].setText(self.tr("&Ministère ou organisme :"))
        self.etiquettes["description"].setText(self.tr("&Description :"))
        self.etiquettes["mode"].setText(self.tr("Démarche :"))
        self.mode.libeller({"toutes": self.tr("Documenter chacune des huit questions"),
                            "premier_non": self.tr("Conclure au premier « non »")}, self.tr("Démarche"))
        for i, q in enumerate(outil_1a.QUESTIONS):
            enonce, reponse, _analyse, etiquette = self.questions[q.code]
            enonce.setText(f"{i + 1}. {q.texte(langue)}")
            reponse.libeller({"oui": self.tr("&Oui"), "non": self.tr("&Non")}, enonce.text())
            etiquette.setText(self.tr("&Analyse :"))
        self.titre_conclusion.setText(self.tr("Conclusion"))
        self.decision.libeller({"confirme": self.tr("Le ministère &confirme cette conclusion"),
                                "renverse": self.tr("Le ministère la &renverse (justification obligatoire)")},
                               self.tr("Conclusion"))
        self.etiquette_justification.setText(self.tr("&Justification de la détermination :"))
        self.creer_service.setText(self.tr("Créer l'&entrée du répertoire pour ce service"))
        self.etiquette_numero.setText(self.tr("N&uméro d'ID au répertoire (facultatif; une entrée de ce numéro ou de ce nom sera proposée) :"))
        self.titre_sommaire.setText(self.tr("Sommaire des réponses"))
        self._actualiser_conclusion()
