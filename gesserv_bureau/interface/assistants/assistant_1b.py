"""Annexe 1B — ce service est-il prioritaire? Le service et ce que le répertoire en sait déjà
(volumes par mode, authentification, frais, désignations), les sept points à considérer
(critères, exemple, évaluation élevé / moyen / faible, analyse) — sous « Autres critères », ceux
du ministère, chacun évalué —, puis la décision oui/non justifiée, qui conclut l'outil.

L'annexe n'a pas de note : la dernière page rappelle les évaluations, et ne montre un résultat
pondéré que si le ministère s'est donné une pondération (Évaluations › Pondération du ministère
(1B)…), sous le nom « Pondération du ministère, version N du JJ mois AAAA ». « Oui » donne au
service la désignation « prioritaire »; un « non » ultérieur la retire (au journal)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QComboBox, QGridLayout, QLabel

from gesserv_bureau.cas import evaluer
from gesserv_bureau.cas import reglages_1b
from gesserv_bureau.domaine import ponderation_1b as regles_ponderation
from gesserv_bureau.domaine.criteres_1b import criteres_de
from gesserv_bureau.interface.textes import STYLE_BANDEAU
from gesserv_bureau.interface.assistants.commun import STYLE_GUIDE, Assistant, Choix, Texte, guide, titre
from gesserv_bureau.referentiel import messages_ponderation, outil_1b
from gesserv_bureau.referentiel.codes import DESIGNATIONS, ETATS_VOLUME, MODES, OUI_NON, OUI_NON_SO

COTES = regles_ponderation.COTES


class Assistant1B(Assistant):
    def __init__(self, base, ev, langue: str = "fr", parent=None):
        # un brouillon suit d'abord le ministère (sa pondération, ses critères) : les pages en dépendent
        self.changements_ministere = reglages_1b.actualiser(base, ev) if ev.modifiable() else []
        super().__init__(base, ev, langue, parent)

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
        self.criteres: dict[str, dict] = {}
        for cons in outil_1b.CONSIDERATIONS:
            page = self.ajouter_page()
            # créés dans l'ordre de l'écran : c'est l'ordre du clavier (Tab)
            w = {"titre": titre(parent=page), "criteres": guide(parent=page)}
            page.pile.addWidget(w["titre"])
            page.pile.addWidget(w["criteres"])
            if cons.facultative:
                self._construire_criteres_ministere(page)
                w["sous_titre"] = QLabel(page)
                w["sous_titre"].setStyleSheet("font-weight: 600; margin-top: 8px;")
                w["sous_titre"].setVisible(bool(self.criteres))
                page.pile.addWidget(w["sous_titre"])
            w.update({"etiquette_cote": QLabel(page),
                      "cote": Choix((*COTES, *(("so",) if cons.facultative else ())), page),
                      "etiquette_exemple": QLabel(page), "exemple": Texte(2, page),
                      "etiquette_analyse": QLabel(page), "analyse": Texte(4, page)})
            w["cote"].setObjectName(f"cote_{cons.code}")
            w["exemple"].setObjectName(f"exemple_{cons.code}")
            w["analyse"].setObjectName(f"analyse_{cons.code}")
            w["etiquette_exemple"].setBuddy(w["exemple"])
            w["etiquette_analyse"].setBuddy(w["analyse"])
            for cle in ("etiquette_cote", "cote", "etiquette_exemple", "exemple", "etiquette_analyse", "analyse"):
                page.pile.addWidget(w[cle])
            w["cote"].change.connect(self.modifie)
            w["exemple"].textChanged.connect(self.modifie)
            w["analyse"].textChanged.connect(self.modifie)
            self.points[cons.code] = w
        # dernière étape : la décision (et, si le ministère en a une, sa pondération, à part)
        page = self.ajouter_page()
        self.titre_decision = titre(parent=page)
        page.pile.addWidget(self.titre_decision)
        self.titre_rappel = QLabel(page)
        self.titre_rappel.setStyleSheet("font-weight: 600;")
        page.pile.addWidget(self.titre_rappel)
        grille = QGridLayout()
        self.etiquettes_resume: dict[str, QLabel] = {}
        self.cotes_resume: dict[str, QLabel] = {}
        lignes = [c.code for c in outil_1b.CONSIDERATIONS if not c.facultative] + list(self.criteres) + ["autres"]
        for i, code in enumerate(lignes):
            etiquette, resume = QLabel(page), QLabel(page)
            etiquette.setWordWrap(True)
            resume.setObjectName(f"resume_{code}")
            grille.addWidget(etiquette, i, 0)
            grille.addWidget(resume, i, 1)
            self.etiquettes_resume[code], self.cotes_resume[code] = etiquette, resume
        grille.setColumnStretch(0, 3)
        grille.setColumnStretch(2, 2)
        page.pile.addLayout(grille)
        # la pondération du ministère : à part, sous son nom, jamais « la note » de l'annexe
        self.titre_ponderation = QLabel(page)
        self.titre_ponderation.setObjectName("titrePonderation")
        self.titre_ponderation.setWordWrap(True)
        self.titre_ponderation.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.cadre_ponderation = QLabel(page)
        self.cadre_ponderation.setObjectName("ponderationMinistere")
        self.cadre_ponderation.setWordWrap(True)
        self.cadre_ponderation.setStyleSheet(STYLE_GUIDE)
        self.resultat = QLabel(page)
        self.resultat.setObjectName("resultatPondere")
        self.resultat.setStyleSheet("font-weight: 600; padding: 2px 0 6px 0;")
        self.resultat.setWordWrap(True)
        self.etiquette_decision = QLabel(page)
        self.etiquette_decision.setWordWrap(True)
        self.etiquette_decision.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 6px;")
        self.decision = Choix(("oui", "non"), page)
        self.decision.setObjectName("decision")
        self.guide_justification = guide(parent=page)
        self.etiquette_justification = QLabel(page)
        self.justification = Texte(4, page)
        self.justification.setObjectName("justification")
        self.etiquette_justification.setBuddy(self.justification)
        self.avis_anciens_poids = QLabel(page)
        self.avis_anciens_poids.setObjectName("avisAnciensPoids")
        self.avis_anciens_poids.setWordWrap(True)
        self.avis_anciens_poids.setStyleSheet(STYLE_BANDEAU)
        self.avis_anciens_poids.setVisible(reglages_1b.ANCIENS_POIDS_RETIRES in self.changements_ministere)
        for w in (self.avis_anciens_poids, self.titre_ponderation, self.cadre_ponderation, self.resultat, self.etiquette_decision, self.decision,
                  self.guide_justification, self.etiquette_justification, self.justification):
            page.pile.addWidget(w)
        self.decision.change.connect(self.modifie)
        self.justification.textChanged.connect(self.modifie)
        self.service.currentIndexChanged.connect(self._service_choisi)

    def _construire_criteres_ministere(self, page) -> None:
        """Les critères du ministère que porte l'évaluation, chacun évalué comme un point."""
        reponses = criteres_de(self.ev.contenu)
        self.titre_criteres = QLabel(page)
        self.titre_criteres.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.titre_criteres.setVisible(bool(reponses))
        page.pile.addWidget(self.titre_criteres)
        for r in reponses:
            code = r["code"]
            w = {"nom": QLabel(page), "etiquette_cote": QLabel(page), "cote": Choix(COTES, page),
                 "etiquette_exemple": QLabel(page), "exemple": Texte(2, page),
                 "etiquette_analyse": QLabel(page), "analyse": Texte(3, page), "reponse": r}
            w["nom"].setObjectName(f"nom_critere_{code}")
            w["nom"].setWordWrap(True)
            w["nom"].setStyleSheet("font-weight: 600; margin-top: 6px; border-top: 1px solid #c8d0d8; padding-top: 4px;")
            w["cote"].setObjectName(f"cote_{code}")
            w["exemple"].setObjectName(f"exemple_{code}")
            w["analyse"].setObjectName(f"analyse_{code}")
            w["etiquette_exemple"].setBuddy(w["exemple"])
            w["etiquette_analyse"].setBuddy(w["analyse"])
            for cle in ("nom", "etiquette_cote", "cote", "etiquette_exemple", "exemple", "etiquette_analyse", "analyse"):
                page.pile.addWidget(w[cle])
            w["cote"].change.connect(self.modifie)
            w["exemple"].textChanged.connect(self.modifie)
            w["analyse"].textChanged.connect(self.modifie)
            self.criteres[code] = w

    # --- lecture / affichage ------------------------------------------------------------
    def _remplir_services(self) -> None:
        self.remplir_choix_services(self.service, evaluer.services(self.base, self.ev.exercice),
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
            for w in self.criteres.values():
                w["cote"].choisir(w["reponse"].get("cote"))
                w["exemple"].ecrire(w["reponse"].get("exemple", ""))
                w["analyse"].ecrire(w["reponse"].get("analyse", ""))
            self.decision.choisir(c.get("decision"))
            self.justification.ecrire(c.get("justification", ""))
        finally:
            self._chargement = False
        self._actualiser_faits()
        self._actualiser_resume()

    def _lire(self) -> None:
        c = self.ev.contenu
        for code, w in self.points.items():
            c["considerations"][code] = {"cote": w["cote"].code(),
                                         "exemple": w["exemple"].texte(), "analyse": w["analyse"].texte()}
        for w in self.criteres.values():   # la réponse est celle du contenu : modifiée en place
            w["reponse"].update({"cote": w["cote"].code(), "exemple": w["exemple"].texte(),
                                 "analyse": w["analyse"].texte()})
        c["decision"] = self.decision.code()
        c["justification"] = self.justification.texte()
        self._actualiser_resume()

    def _service_choisi(self, *_args) -> None:
        if self._chargement:
            return
        self.choisir_service(self.service.currentData())
        self._actualiser_faits()
        self.modifie()

    def _actualiser_faits(self) -> None:
        langue = self.langue
        faits = evaluer.faits_1b(self.base, self.ev.service_pk)
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

    def _actualiser_resume(self) -> None:
        """Le rappel des évaluations et, s'il y en a une, la pondération du ministère et son résultat."""
        langue = self.langue
        c = self.ev.contenu
        cotes = {code: c["considerations"][code].get("cote") for code in self.points}
        cotes.update({code: w["reponse"].get("cote") for code, w in self.criteres.items()})
        for code, resume in self.cotes_resume.items():
            cote = cotes.get(code)
            resume.setText(outil_1b.COTES.texte(cote, langue) if cote in COTES else self.tr("non évalué"))
        # l'autre critère libre : rappelé seulement s'il est évalué
        libre = cotes.get("autres") in COTES
        self.etiquettes_resume["autres"].setVisible(libre)
        self.cotes_resume["autres"].setVisible(libre)
        resultat = regles_ponderation.resultat(c)
        for w in (self.titre_ponderation, self.cadre_ponderation, self.resultat):
            w.setVisible(resultat is not None)
        if resultat is None:
            return
        pond = resultat.ponderation
        self.titre_ponderation.setText(regles_ponderation.titre(pond, langue))
        lignes = [messages_ponderation.texte("avertissement_ministere" if pond.du_ministere() else "avertissement_ancienne",
                                             langue)]
        if pond.du_ministere() and self.ev.statut != "brouillon":
            plus_recente = reglages_1b.en_vigueur(self.base)
            if plus_recente is not None and plus_recente.version != pond.version:
                lignes.append(messages_ponderation.texte("version_plus_recente", langue, version=plus_recente.version))
        poids = " · ".join(f"{pt.nom(langue)} {regles_ponderation.nombre(pt.poids, langue)}" for pt in resultat.points)
        lignes.append(self.tr("Poids : %1").replace("%1", poids))
        lignes.append(regles_ponderation.echelle(pond, langue))
        self.cadre_ponderation.setText("\n".join(lignes))
        if resultat.moyenne is None:
            self.resultat.setText(messages_ponderation.texte(resultat.message, langue))
        else:
            code = "resultat" if pond.du_ministere() else "resultat_ancienne"
            self.resultat.setText(messages_ponderation.texte(
                code, langue, cote=outil_1b.COTES.texte(resultat.cote, langue),
                moyenne=regles_ponderation.nombre(resultat.moyenne, langue, 2),
                maximum=regles_ponderation.nombre(pond.valeurs["eleve"], langue)))

    def noms_etapes(self) -> list[str]:
        return [self.tr("Le service"), *(c.texte(self.langue) for c in outil_1b.CONSIDERATIONS),
                self.tr("Décision")]

    def _retraduire_pages(self) -> None:
        langue = self.langue
        self.titre_service.setText(outil_1b.TITRE.texte(langue))
        self.presentation.setText(outil_1b.PRESENTATION.texte(langue))
        self.etiquette_service.setText(self.tr("&Nom du service :"))
        self.titre_faits.setText(self.tr("Ce que le répertoire en sait (à citer en preuve)"))
        textes = {"eleve": self.tr("&Élevé"), "moyen": self.tr("&Moyen"), "faible": self.tr("&Faible")}
        for cons in outil_1b.CONSIDERATIONS:
            w = self.points[cons.code]
            w["titre"].setText(cons.texte(langue))
            w["criteres"].setText(self.tr("Critères :") + "\n" + "\n".join(f"• {c.texte(langue)}" for c in cons.criteres))
            w["etiquette_cote"].setText(self.tr("Évaluation :"))
            if cons.facultative:
                w["cote"].libeller({**textes, "so": self.tr("Sans &objet (aucun autre critère retenu)")
                                    if not self.criteres else self.tr("Sans &objet (aucun critère de plus)")},
                                   cons.texte(langue))
                w["sous_titre"].setText(self.tr("Autre critère retenu pour ce service (facultatif)"))
            else:
                w["cote"].libeller(textes, cons.texte(langue))
            w["etiquette_exemple"].setText(self.tr("E&xemple :"))
            w["etiquette_analyse"].setText(self.tr("&Analyse :"))
            if cons.code in self.etiquettes_resume:
                self.etiquettes_resume[cons.code].setText(cons.texte(langue))
        self.titre_criteres.setText(self.tr("Critères du ministère (chacun à évaluer)"))
        marque = messages_ponderation.texte("critere_du_ministere", langue)
        for code, w in self.criteres.items():
            r = w["reponse"]
            nom = (r.get("nom_en") or r.get("nom_fr", "")) if langue == "en" else (r.get("nom_fr") or r.get("nom_en", ""))
            w["nom"].setText(f"{nom} — {marque}")
            w["etiquette_cote"].setText(self.tr("Évaluation :"))
            w["cote"].libeller({"eleve": self.tr("Élevé"), "moyen": self.tr("Moyen"), "faible": self.tr("Faible")}, nom)
            w["etiquette_exemple"].setText(self.tr("Exemple :"))
            w["etiquette_analyse"].setText(self.tr("Analyse :"))
            self.etiquettes_resume[code].setText(f"{nom} ({marque[0].lower()}{marque[1:]})")
        self.etiquettes_resume["autres"].setText(outil_1b.PAR_CODE["autres"].texte(langue))
        self.titre_decision.setText(self.tr("Décision"))
        self.avis_anciens_poids.setText(messages_ponderation.texte("anciens_poids_retires", langue))
        self.titre_rappel.setText(self.tr("Rappel des évaluations (élevé, moyen ou faible) :"))
        self.etiquette_decision.setText(outil_1b.QUESTION_DECISION.texte(langue))
        self.decision.libeller({"oui": self.tr("&Oui"), "non": self.tr("&Non")}, outil_1b.QUESTION_DECISION.texte(langue))
        self.guide_justification.setText(outil_1b.JUSTIFICATION.texte(langue))
        self.etiquette_justification.setText(self.tr("&Justification de la décision :"))
        if hasattr(self, "faits"):
            self._actualiser_faits()
            self._actualiser_resume()
