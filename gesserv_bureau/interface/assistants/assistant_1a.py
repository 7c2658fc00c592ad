"""Annexe 1A — une activité est-elle un service? L'activité, les huit questions (oui/non et
analyse), puis la conclusion de l'annexe que le ministère confirme ou renverse, justification
à l'appui; une conclusion « service » propose de créer l'entrée du répertoire, liée."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton

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
        self.creer_service = QPushButton(page)
        self.creer_service.setObjectName("boutonCreerService")
        self.lien_service = QLabel(page)
        for w in (self.titre_conclusion, self.conclusion, self.decision, self.etiquette_justification,
                  self.justification, self.determination, self.creer_service, self.lien_service):
            page.pile.addWidget(w)
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
        if 1 <= etape <= len(outil_1a.QUESTIONS):
            code = outil_1a.QUESTIONS[etape - 1].code
            if code not in regles.questions_a_poser_1a(self.ev.contenu):
                return True   # pas à poser : on a conclu au premier « non »
        return super().etape_complete(etape)

    def noms_etapes(self) -> list[str]:
        return [self.tr("L'activité"), *(self.tr("Question %1").replace("%1", str(i + 1)) for i in range(len(outil_1a.QUESTIONS))),
                self.tr("Conclusion")]

    def _actualiser_conclusion(self) -> None:
        langue = self.langue
        c = self.ev.contenu
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
        self.creer_service.setVisible(determination == "service" and self.ev.service_pk is None)
        self.lien_service.setVisible(self.ev.service_pk is not None)
        if self.ev.service_pk is not None:
            self.lien_service.setText(self.tr("Entrée du répertoire créée et liée à cette évaluation."))

    def _creer_service(self) -> None:
        self._lire()
        if regles.determination_1a(self.ev.contenu) != "service" or self.ev.service_pk is not None:
            return
        if not self.ev.exercice:
            from gesserv_bureau.domaine import exercice as exercices

            self.ev.exercice = exercices.courant()
        evaluer.creer_service_depuis_1a(self.base, self.ev)
        self._actualiser_conclusion()
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
                            "premier_non": self.tr("Conclure au premier « non »")})
        for i, q in enumerate(outil_1a.QUESTIONS):
            enonce, reponse, _analyse, etiquette = self.questions[q.code]
            enonce.setText(f"{i + 1}. {q.texte(langue)}")
            reponse.libeller({"oui": self.tr("&Oui"), "non": self.tr("&Non")})
            etiquette.setText(self.tr("&Analyse :"))
        self.titre_conclusion.setText(self.tr("Conclusion"))
        self.decision.libeller({"confirme": self.tr("Le ministère &confirme cette conclusion"),
                                "renverse": self.tr("Le ministère la &renverse (justification obligatoire)")})
        self.etiquette_justification.setText(self.tr("&Justification de la détermination :"))
        self.creer_service.setText(self.tr("Créer l'&entrée du répertoire pour ce service"))
        self._actualiser_conclusion()
