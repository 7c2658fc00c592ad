"""Annexe 1B — ce service est-il prioritaire? Le service et ce que le répertoire en sait déjà
(volumes par mode, authentification, frais, désignations), les sept points à considérer
(critères, exemple, évaluation élevé / moyen / faible, analyse), puis les poids (1.5.1), la
note globale et la décision oui/non justifiée. « Oui » donne au service la désignation
« prioritaire »; un « non » ultérieur la retire (au journal)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit

from gesserv_bureau import evaluations as cas
from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.interface.assistants.commun import Assistant, Choix, Texte, guide, titre
from gesserv_bureau.referentiel import messages_evaluations, outil_1b
from gesserv_bureau.referentiel.codes import DESIGNATIONS, ETATS_VOLUME, MODES, OUI_NON, OUI_NON_SO


def _pct(valeur: float, langue: str) -> str:
    texte = f"{valeur:.2f}"
    return texte.replace(".", ",") if langue == "fr" else texte


class Assistant1B(Assistant):
    def _construire(self) -> None:
        # étape 0 : le service, et les faits du répertoire
        page = self.ajouter_page()
        self.titre_service = titre(parent=page)
        self.presentation = guide(parent=page)
        forme = QFormLayout()
        self.etiquette_service = QLabel(page)
        self.service = QComboBox(page)
        self.service.setObjectName("choixService")
        self.etiquette_service.setBuddy(self.service)
        forme.addRow(self.etiquette_service, self.service)
        self.titre_faits = QLabel(page)
        self.titre_faits.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.faits = QLabel(page)
        self.faits.setObjectName("faits1B")
        self.faits.setWordWrap(True)
        for w in (self.titre_service, self.presentation):
            page.pile.addWidget(w)
        page.pile.addLayout(forme)
        page.pile.addWidget(self.titre_faits)
        page.pile.addWidget(self.faits)
        # étapes 1 à 7 : les points à considérer
        self.points: dict[str, dict] = {}
        for cons in outil_1b.CONSIDERATIONS:
            page = self.ajouter_page()
            # créés dans l'ordre de l'écran : c'est l'ordre du clavier (Tab)
            w = {"titre": titre(parent=page), "criteres": guide(parent=page),
                 "etiquette_cote": QLabel(page),
                 "cote": Choix(("eleve", "moyen", "faible", *(("so",) if cons.facultative else ())), page),
                 "etiquette_exemple": QLabel(page), "exemple": Texte(2, page),
                 "etiquette_analyse": QLabel(page), "analyse": Texte(4, page)}
            w["cote"].setObjectName(f"cote_{cons.code}")
            w["exemple"].setObjectName(f"exemple_{cons.code}")
            w["analyse"].setObjectName(f"analyse_{cons.code}")
            w["etiquette_exemple"].setBuddy(w["exemple"])
            w["etiquette_analyse"].setBuddy(w["analyse"])
            for cle in ("titre", "criteres", "etiquette_cote", "cote", "etiquette_exemple", "exemple",
                        "etiquette_analyse", "analyse"):
                page.pile.addWidget(w[cle])
            w["cote"].change.connect(self.modifie)
            w["exemple"].textChanged.connect(self.modifie)
            w["analyse"].textChanged.connect(self.modifie)
            self.points[cons.code] = w
        # dernière étape : poids, note globale, décision
        page = self.ajouter_page()
        self.titre_decision = titre(parent=page)
        self.guide_ponderation = guide(parent=page)
        page.pile.addWidget(self.titre_decision)
        page.pile.addWidget(self.guide_ponderation)
        grille = QGridLayout()
        self.poids: dict[str, QLineEdit] = {}
        self.etiquettes_poids: dict[str, QLabel] = {}
        self.cotes_resume: dict[str, QLabel] = {}
        for i, cons in enumerate(outil_1b.CONSIDERATIONS):
            etiquette = QLabel(page)
            etiquette.setWordWrap(True)
            champ = QLineEdit(page)
            champ.setObjectName(f"poids_{cons.code}")
            champ.setMaximumWidth(80)
            etiquette.setBuddy(champ)
            resume = QLabel(page)
            grille.addWidget(etiquette, i, 0)
            grille.addWidget(resume, i, 1)
            grille.addWidget(champ, i, 2)
            champ.textEdited.connect(self.modifie)
            self.poids[cons.code] = champ
            self.etiquettes_poids[cons.code] = etiquette
            self.cotes_resume[cons.code] = resume
        grille.setColumnStretch(0, 1)
        page.pile.addLayout(grille)
        self.message_poids = QLabel(page)
        self.message_poids.setObjectName("messagePoids")
        self.message_poids.setStyleSheet("color: #8a1c1c;")
        self.message_poids.setWordWrap(True)
        self.note = QLabel(page)
        self.note.setObjectName("noteGlobale")
        self.note.setStyleSheet("font-size: 14pt; font-weight: 600; padding: 6px 0;")
        self.note.setWordWrap(True)
        self.etiquette_decision = QLabel(page)
        self.etiquette_decision.setWordWrap(True)
        self.decision = Choix(("oui", "non"), page)
        self.decision.setObjectName("decision")
        self.guide_justification = guide(parent=page)
        self.etiquette_justification = QLabel(page)
        self.justification = Texte(4, page)
        self.justification.setObjectName("justification")
        self.etiquette_justification.setBuddy(self.justification)
        for w in (self.message_poids, self.note, self.etiquette_decision, self.decision, self.guide_justification,
                  self.etiquette_justification, self.justification):
            page.pile.addWidget(w)
        self.decision.change.connect(self.modifie)
        self.justification.textChanged.connect(self.modifie)
        self.service.currentIndexChanged.connect(self._service_choisi)

    # --- lecture / affichage ------------------------------------------------------------
    def _remplir_services(self) -> None:
        self.remplir_choix_services(self.service, cas.services(self.base, self.ev.exercice),
                                    self.tr("— choisir un service du répertoire —"),
                                    self.tr("%1 (supprimé du répertoire)"))

    def _afficher(self) -> None:
        self._chargement = True
        try:
            self._remplir_services()
            c = self.ev.contenu
            for code, w in self.points.items():
                r = c["considerations"][code]
                w["cote"].choisir(r.get("cote"))
                w["exemple"].ecrire(r.get("exemple", ""))
                w["analyse"].ecrire(r.get("analyse", ""))
                self.poids[code].setText(self._poids_texte(c["poids"].get(code, 1.0)))
            self.decision.choisir(c.get("decision"))
            self.justification.ecrire(c.get("justification", ""))
        finally:
            self._chargement = False
        self._actualiser_faits()
        self._actualiser_note()

    def _poids_texte(self, valeur: float) -> str:
        texte = f"{valeur:g}"
        return texte.replace(".", ",") if self.langue == "fr" else texte

    def _lire(self) -> None:
        c = self.ev.contenu
        for code, w in self.points.items():
            cote = w["cote"].code()
            c["considerations"][code] = {"cote": cote,
                                         "exemple": w["exemple"].texte(), "analyse": w["analyse"].texte()}
        # un poids refusé n'est pas écrit : le message le dit, l'ancien reste
        erreurs = []
        for code, champ in self.poids.items():
            try:
                c["poids"][code] = regles.lire_poids(champ.text())
                champ.setStyleSheet("")
            except regles.PoidsInvalide as exc:
                erreurs.append((code, exc.code))
                champ.setStyleSheet("border: 2px solid #b00020;")
        c["decision"] = self.decision.code()
        c["justification"] = self.justification.texte()
        self._erreurs_poids = erreurs
        self._actualiser_note()

    def _service_choisi(self, *_args) -> None:
        if self._chargement:
            return
        self.choisir_service(self.service.currentData())
        self._actualiser_faits()
        self.modifie()

    def _actualiser_faits(self) -> None:
        langue = self.langue
        faits = cas.faits_1b(self.base, self.ev.service_pk)
        if faits is None:
            self.faits.setText(self.tr("Choisissez le service : ce que le répertoire en sait s'affichera ici."))
            return
        lignes = []
        for mode, v in faits.volumes.items():
            if v.etat == "donnees" and v.demandes is not None:
                valeur = f"{v.demandes:,}".replace(",", "\u00a0" if langue == "fr" else ",")
            else:
                valeur = ETATS_VOLUME.texte(v.etat, langue) or "—"
            lignes.append(f"• {MODES.texte(mode, langue)} : {valeur}" if langue == "fr" else f"• {MODES.texte(mode, langue)}: {valeur}")
        auth = OUI_NON_SO.texte(faits.authentification, langue) or "—"
        frais = OUI_NON.texte(faits.frais, langue) or "—"
        designations = ", ".join(DESIGNATIONS.texte(d, langue) for d in faits.designations) or "—"
        lignes.append(self.tr("• Authentification offerte en ligne : %1").replace("%1", auth))
        lignes.append(self.tr("• Frais d'utilisation : %1").replace("%1", frais))
        lignes.append(self.tr("• Désignations actuelles : %1").replace("%1", designations))
        self.faits.setText("\n".join(lignes))

    def _actualiser_note(self) -> None:
        langue = self.langue
        c = self.ev.contenu
        for code, resume in self.cotes_resume.items():
            cote = c["considerations"][code].get("cote")
            resume.setText(outil_1b.COTES.texte(cote, langue) if cote in outil_1b.VALEURS_COTES else self.tr("non évalué"))
        erreurs = getattr(self, "_erreurs_poids", [])
        if erreurs:
            code, message = erreurs[0]
            self.message_poids.setText(f"{outil_1b.PAR_CODE[code].texte(langue)} : "
                                       f"{messages_evaluations.texte(message, langue)}")
            self.message_poids.show()
        else:
            self.message_poids.hide()
        try:
            note = regles.note_1b(c)
        except regles.PoidsInvalide as exc:
            self.note.setText(messages_evaluations.texte(exc.code, langue))
            return
        if note is None:
            self.note.setText(self.tr("Note globale : aucun point encore évalué."))
        else:
            moyenne, cote = note
            self.note.setText(self.tr("%1 %2 (moyenne pondérée %3 sur 3)").replace("%1", outil_1b.NOTE_GLOBALE.texte(langue))
                              .replace("%2", outil_1b.COTES.texte(cote, langue)).replace("%3", _pct(moyenne, langue)))

    def noms_etapes(self) -> list[str]:
        return [self.tr("Le service"), *(c.texte(self.langue) for c in outil_1b.CONSIDERATIONS),
                self.tr("Note globale et décision")]

    def _retraduire_pages(self) -> None:
        langue = self.langue
        self.titre_service.setText(outil_1b.TITRE.texte(langue))
        self.presentation.setText(outil_1b.PRESENTATION.texte(langue))
        self.etiquette_service.setText(self.tr("&Nom du service :"))
        self.titre_faits.setText(self.tr("Ce que le répertoire en sait (à citer en preuve)"))
        for cons in outil_1b.CONSIDERATIONS:
            w = self.points[cons.code]
            w["titre"].setText(cons.texte(langue))
            w["criteres"].setText(self.tr("Critères :") + "\n" + "\n".join(f"• {c.texte(langue)}" for c in cons.criteres))
            w["etiquette_cote"].setText(self.tr("Évaluation :"))
            textes = {"eleve": self.tr("&Élevé"), "moyen": self.tr("&Moyen"), "faible": self.tr("&Faible")}
            if cons.facultative:
                textes["so"] = self.tr("Sans &objet (aucun autre critère retenu)")
            w["cote"].libeller(textes)
            w["etiquette_exemple"].setText(self.tr("E&xemple :"))
            w["etiquette_analyse"].setText(self.tr("&Analyse :"))
            self.etiquettes_poids[cons.code].setText(cons.texte(langue))
        self.titre_decision.setText(self.tr("Note globale et décision"))
        self.guide_ponderation.setText(self.tr("Poids de chaque point à considérer (1 par défaut; 0 l'écarte du calcul) :")
                                       + "\n\n" + outil_1b.PONDERATION.texte(langue))
        self.etiquette_decision.setText(outil_1b.QUESTION_DECISION.texte(langue))
        self.decision.libeller({"oui": self.tr("&Oui"), "non": self.tr("&Non")})
        self.guide_justification.setText(outil_1b.JUSTIFICATION.texte(langue))
        self.etiquette_justification.setText(self.tr("&Justification de la décision :"))
        if hasattr(self, "faits"):
            self._actualiser_faits()
            self._actualiser_note()
