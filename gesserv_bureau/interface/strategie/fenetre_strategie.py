"""La stratégie de gestion des services comme document guidé (annexe 2B) : la table des
matières avec l'état de chaque section (vide, commencée, complète — en toutes lettres), que le
ministère adapte (ajouter, renommer, réordonner); l'éditeur de la section; le guide de 2.5.4 et
les définitions à portée de main. L'approbation fige une version; la suite se fait dans une
nouvelle version ou dans la mise à jour annuelle (2.5.5), qui dit ce qui a changé, élément par
élément (A à G), par rapport à la version approuvée."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.interface.strategie.editeurs import EditeurFFPM, EditeurObjectifs, EditeurRisques, EditeurTextes
from gesserv_bureau.referentiel import strategie as ref
from gesserv_bureau.stockage.base import Base
from gesserv_bureau.stockage.erreurs import ErreurStockage
from gesserv_bureau.interface.texte_depliable import DEPLIER, REPLIER, html_depliable
from gesserv_bureau.interface.textes import STYLE_BANDEAU, Retraduisible, en_clair, tout_en_texte_brut


def _date(horodatage: str) -> str:
    return horodatage[:10] if horodatage else ""


class FenetreStrategie(Retraduisible, QDialog):
    ouvrir_autre = Signal(object)   # une nouvelle version ou une mise à jour : à ouvrir

    def __init__(self, base: Base, st: Strategie, langue: str = "fr", parent=None):
        super().__init__(parent)
        self.setObjectName("fenetreStrategie")
        self.base = base
        self.st = st
        self.langue = langue
        self.erreur = ""
        self._services = planification.services_proposes(base, st)
        tout = QVBoxLayout(self)
        # en-tête : titre, version, statut, gestes
        entete = QHBoxLayout()
        self.etiquette_titre = QLabel(self)
        self.titre = QLineEdit(self)
        self.titre.setObjectName("titreStrategie")
        self.titre.setMinimumWidth(320)
        self.etiquette_titre.setBuddy(self.titre)
        self.statut = QLabel(self)
        self.statut.setObjectName("statutStrategie")
        self.statut.setStyleSheet("font-weight: 600;")
        self.bouton_approuver = QPushButton(self)
        self.bouton_approuver.setObjectName("boutonApprouver")
        self.bouton_version = QPushButton(self)
        self.bouton_version.setObjectName("boutonNouvelleVersion")
        self.bouton_mise_a_jour = QPushButton(self)
        self.bouton_mise_a_jour.setObjectName("boutonMiseAJour")
        entete.addWidget(self.etiquette_titre)
        entete.addWidget(self.titre, 2)
        entete.addWidget(self.statut, 2)
        self.bouton_rapport = QPushButton(self)
        self.bouton_rapport.setObjectName("boutonRapportStrategie")
        self.bouton_rapport_plan = QPushButton(self)
        self.bouton_rapport_plan.setObjectName("boutonRapportPlan")
        for b in (self.bouton_approuver, self.bouton_version, self.bouton_mise_a_jour, self.bouton_rapport,
                  self.bouton_rapport_plan):
            entete.addWidget(b)
        tout.addLayout(entete)
        self.bandeau = QLabel(self)
        self.bandeau.setObjectName("bandeauStrategie")
        self.bandeau.setWordWrap(True)
        self.bandeau.setStyleSheet(STYLE_BANDEAU)
        self.bandeau.hide()
        tout.addWidget(self.bandeau)
        self.changements = QLabel(self)
        self.changements.setObjectName("changementsMiseAJour")
        self.changements.setWordWrap(True)
        self.changements.setStyleSheet("background: #f3f6f9; border-left: 3px solid #6b8fb5; padding: 6px;")
        tout.addWidget(self.changements)
        self._construire_apercu(tout)

        separateur = QSplitter(Qt.Orientation.Horizontal, self)
        gauche = QWidget(self)
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 0, 0)
        self.etiquette_toc = QLabel(gauche)
        self.etiquette_toc.setStyleSheet("font-weight: 600;")
        self.toc = QListWidget(gauche)
        self.toc.setObjectName("tableDesMatieres")
        self.toc.setWordWrap(True)
        self.etiquette_toc.setBuddy(self.toc)
        colonne.addWidget(self.etiquette_toc)
        colonne.addWidget(self.toc, 1)
        boutons = QHBoxLayout()
        self.bouton_ajouter = QPushButton(gauche)
        self.bouton_ajouter.setObjectName("boutonAjouterSection")
        self.bouton_renommer = QPushButton(gauche)
        self.bouton_renommer.setObjectName("boutonRenommerSection")
        boutons.addWidget(self.bouton_ajouter)
        boutons.addWidget(self.bouton_renommer)
        colonne.addLayout(boutons)
        boutons = QHBoxLayout()
        self.bouton_monter = QPushButton(gauche)
        self.bouton_monter.setObjectName("boutonMonterSection")
        self.bouton_descendre = QPushButton(gauche)
        self.bouton_descendre.setObjectName("boutonDescendreSection")
        self.bouton_retirer = QPushButton(gauche)
        self.bouton_retirer.setObjectName("boutonRetirerSection")
        for b in (self.bouton_monter, self.bouton_descendre, self.bouton_retirer):
            boutons.addWidget(b)
        colonne.addLayout(boutons)
        separateur.addWidget(gauche)
        self.editeurs = QStackedWidget(self)
        separateur.addWidget(self.editeurs)
        self.guide = QLabel(self)
        self.guide.setObjectName("guideSection")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)   # le gras du guide; le titre de l'utilisateur, échappé
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.guide.setOpenExternalLinks(False)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.guide.linkActivated.connect(self._lien_guide)
        # Le volet est étroit : chaque texte y est replié sur sa première phrase, avec « suite › »
        # qui le déplie; les textes que l'utilisateur a dépliés restent dépliés (leurs clés ici).
        self._deplies: set[str] = set()
        self._section_guide: dict | None = None
        self.guide.setStyleSheet("color: #3d3d3d; background: #f3f6f9; padding: 8px;")
        defile = QScrollArea(self)
        defile.setWidgetResizable(True)
        defile.setWidget(self.guide)
        separateur.addWidget(defile)
        separateur.setSizes([280, 760, 320])
        self.separateur = separateur
        tout.addWidget(separateur, 1)

        self._editeurs: dict[str, QWidget] = {}
        self.titre.textEdited.connect(self._titre_modifie)
        self.toc.currentRowChanged.connect(self._section_choisie)
        self.bouton_ajouter.clicked.connect(lambda: self.ajouter_section())
        self.bouton_renommer.clicked.connect(lambda: self.renommer_section())
        self.bouton_monter.clicked.connect(lambda: self.deplacer(-1))
        self.bouton_descendre.clicked.connect(lambda: self.deplacer(1))
        self.bouton_retirer.clicked.connect(self.retirer_section)
        self.bouton_approuver.clicked.connect(lambda: self.approuver())
        self.bouton_version.clicked.connect(self.nouvelle_version)
        self.bouton_mise_a_jour.clicked.connect(lambda: self.mise_a_jour_annuelle())
        self.bouton_rapport.clicked.connect(lambda: self.rapport())
        self.bouton_rapport_plan.clicked.connect(lambda: self.rapport("plan"))
        self.titre.setText(st.titre)
        self.resize(1400, 860)
        self._construire_editeurs()
        tout_en_texte_brut(self)
        self.retraduire()
        self.toc.setCurrentRow(0)

    # --- l'aperçu de la stratégie actuelle (mise à jour annuelle, 2.5.5, élément 1) ------
    def _construire_apercu(self, pile: QVBoxLayout) -> None:
        """Une ligne, pour une mise à jour seulement : l'endroit où se trouve la stratégie
        actuelle (lien ou chemin), sa date d'approbation et sa dernière date de mise à jour."""
        self.apercu = QWidget(self)
        self.apercu.setObjectName("apercuStrategieActuelle")
        ligne = QHBoxLayout(self.apercu)
        ligne.setContentsMargins(0, 0, 0, 0)
        self.etiquette_apercu = QLabel(self.apercu)
        self.etiquette_apercu.setStyleSheet("font-weight: 600;")
        self.etiquette_emplacement = QLabel(self.apercu)
        self.emplacement = QLineEdit(self.apercu)
        self.emplacement.setObjectName("emplacementStrategie")
        self.etiquette_emplacement.setBuddy(self.emplacement)
        self.etiquette_approbation = QLabel(self.apercu)
        self.etiquette_derniere = QLabel(self.apercu)
        self.date_approbation = self.date_derniere = None
        if self.st.type == "mise_a_jour":
            import datetime as dt

            from gesserv_bureau.interface.strategie.plan_travail import EditeurDate

            self.date_approbation = EditeurDate(dt.date.today(), self.apercu)
            self.date_approbation.setObjectName("dateApprobationOriginale")
            self.date_derniere = EditeurDate(dt.date.today(), self.apercu)
            self.date_derniere.setObjectName("dateDerniereMiseAJour")
            self.etiquette_approbation.setBuddy(self.date_approbation)
            self.etiquette_derniere.setBuddy(self.date_derniere)
            for w in (self.etiquette_apercu, self.etiquette_emplacement):
                ligne.addWidget(w)
            ligne.addWidget(self.emplacement, 1)
            for w in (self.etiquette_approbation, self.date_approbation, self.etiquette_derniere, self.date_derniere):
                ligne.addWidget(w)
            self._afficher_apercu()
            self.emplacement.textEdited.connect(lambda texte: self._apercu_saisi(emplacement=texte))
            self.date_approbation.dateChanged.connect(
                lambda *_: self._apercu_saisi(approbation_originale_le=self.date_approbation.iso()))
            self.date_derniere.dateChanged.connect(
                lambda *_: self._apercu_saisi(derniere_mise_a_jour_le=self.date_derniere.iso()))
        else:
            self.apercu.hide()
        pile.addWidget(self.apercu)

    def _afficher_apercu(self) -> None:
        if self.date_approbation is None:
            return
        for w in (self.date_approbation, self.date_derniere):
            w.blockSignals(True)
        try:
            self.emplacement.setText(self.st.emplacement)
            self.date_approbation.ecrire(self.st.approbation_originale_le)
            self.date_derniere.ecrire(self.st.derniere_mise_a_jour_le)
        finally:
            for w in (self.date_approbation, self.date_derniere):
                w.blockSignals(False)

    def _apercu_saisi(self, **valeurs) -> None:
        """Une saisie de l'aperçu, enregistrée tout de suite; une date impossible (la dernière
        mise à jour avant l'approbation) ne change rien, et le bandeau le dit."""
        if not self.st.modifiable() or self.base.lecture_seule:
            return
        try:
            planification.modifier_apercu(self.base, self.st, **valeurs)
        except planification.DateInvalide:
            self.erreur = self.tr("La dernière date de mise à jour ne peut pas précéder la date d'approbation de la "
                                  "stratégie : rien n'a été changé.")
            self.bandeau.setText(self.erreur)
            self.bandeau.show()
            self._afficher_apercu()
            return
        except (ErreurStockage, planification.StrategieFigee) as exc:
            from PySide6.QtCore import QCoreApplication

            from gesserv_bureau.messages_erreur import texte_erreur

            self.erreur = texte_erreur(exc, QCoreApplication.translate) or str(exc)
            self.bandeau.setText(self.erreur)
            self.bandeau.show()
            return
        self.erreur = ""
        self._apres_enregistrement()

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
                self.editeurs.addWidget(editeur)
        self._verrouiller()

    def editeur(self, type_: str):
        s = self.st.section_de_type(type_)
        return self._editeurs.get(s["id"]) if s else None

    # --- enregistrement -----------------------------------------------------------------
    def modifie(self) -> None:
        """Une saisie dans un éditeur : la stratégie est écrite tout de suite."""
        if not self.st.modifiable():
            return
        try:
            planification.enregistrer(self.base, self.st)
        except (ErreurStockage, planification.StrategieFigee) as exc:
            from PySide6.QtCore import QCoreApplication

            from gesserv_bureau.messages_erreur import texte_erreur

            self.erreur = texte_erreur(exc, QCoreApplication.translate) or str(exc)
            self.bandeau.setText(self.erreur)
            self.bandeau.show()
            return
        self._apres_enregistrement()

    def _apres_enregistrement(self) -> None:
        self.bandeau.hide()
        self._actualiser_toc()
        self._actualiser_changements()

    def _titre_modifie(self, texte: str) -> None:
        self.st.titre = texte
        self.modifie()

    # --- table des matières -------------------------------------------------------------
    def _actualiser_toc(self) -> None:
        rang = self.toc.currentRow()
        bloque = self.toc.blockSignals(True)
        self.toc.clear()
        for n, s in enumerate(self.st.sections):
            etat = regles.etat_section(self.st, s)
            fr, en = regles.LIBELLES_ETATS_SECTION[etat]
            marque = {"vide": "○", "commencee": "◐", "complete": "●"}[etat]
            requise = "" if s.get("requise") else " " + self.tr("(facultative)")
            self.toc.addItem(f"{marque} {n + 1}. {regles.titre_section(s, self.langue)} — {en if self.langue == 'en' else fr}{requise}")
        self.toc.setCurrentRow(min(max(rang, 0), self.toc.count() - 1))
        self.toc.blockSignals(bloque)
        self._actualiser_boutons()

    def etats(self) -> list[str]:
        return [regles.etat_section(self.st, s) for s in self.st.sections]

    def _section_choisie(self, rang: int) -> None:
        if not 0 <= rang < len(self.st.sections):
            return
        s = self.st.sections[rang]
        editeur = self._editeurs.get(s["id"])
        if editeur is not None:
            self.editeurs.setCurrentWidget(editeur)
        # le plan de travail a six colonnes : il prend la place, le guide se fait étroit
        largeur = sum(self.separateur.sizes())
        if largeur:
            gauche, guide = (220, 200) if s["type"] == "plan" else (280, 320)
            self.separateur.setSizes([gauche, max(largeur - gauche - guide, 200), guide])
        self._actualiser_guide(s)
        self._actualiser_boutons()

    def aller_a(self, type_: str) -> None:
        for n, s in enumerate(self.st.sections):
            if s["type"] == type_:
                self.toc.setCurrentRow(n)
                return

    def _actualiser_guide(self, s: dict) -> None:
        """Le guide de 2.5.4 pour la section, la mise à jour annuelle (2.5.5) s'il y a lieu, puis
        les définitions et leur note : chaque texte replié sur sa première phrase, suivie de
        « suite › » qui déplie le reste, ou déplié avec « ‹ réduire » (jamais coupé sans le dire)."""
        self._section_guide = s
        langue = self.langue
        type_ = ref.PAR_CODE.get(s["type"])

        def bloc(cle: str, texte: str, terme: str = "") -> str:
            corps = html_depliable(texte, cle, cle in self._deplies)
            return (f"<b>{html.escape(terme)}</b><br>" if terme else "") + corps

        morceaux = [f"<b>{html.escape(regles.titre_section(s, langue))}</b>"]
        for e in (type_.guide if type_ is not None else ()):
            morceaux.append(bloc(f"guide:{e.code}", e.texte.texte(langue), e.terme.texte(langue)))
        if self.st.type == "mise_a_jour":
            morceaux.append(bloc("mise_a_jour", ref.MISE_A_JOUR.texte(langue)))
        morceaux.append(f"<b>{html.escape(ref.TITRE_DEFINITIONS.texte(langue))} (2.5.5)</b>")
        morceaux.extend(bloc(f"definition:{d.code}", d.texte.texte(langue), d.terme.texte(langue))
                        for d in ref.DEFINITIONS)
        morceaux.append(bloc("nota", ref.NOTE_DEFINITIONS.texte(langue)))
        self.guide.setText("<br><br>".join(morceaux))

    def _lien_guide(self, lien: str) -> None:
        """« suite › » ou « ‹ réduire » dans le guide : bascule ce texte-là, et lui seul."""
        cle = lien.split(":", 1)[1] if lien.startswith((DEPLIER, REPLIER)) else ""
        if not cle:
            return
        if lien.startswith(DEPLIER):
            self._deplies.add(cle)
        else:
            self._deplies.discard(cle)
        if self._section_guide is not None:
            self._actualiser_guide(self._section_guide)

    def _actualiser_boutons(self) -> None:
        rang = self.toc.currentRow()
        ouverte = self.st.modifiable() and not self.base.lecture_seule
        s = self.st.sections[rang] if 0 <= rang < len(self.st.sections) else None
        self.bouton_ajouter.setEnabled(ouverte)
        self.bouton_renommer.setEnabled(ouverte and s is not None)
        self.bouton_monter.setEnabled(ouverte and rang > 0)
        self.bouton_descendre.setEnabled(ouverte and 0 <= rang < len(self.st.sections) - 1)
        self.bouton_retirer.setEnabled(ouverte and s is not None and s["type"] == "libre")
        self.bouton_approuver.setEnabled(ouverte)
        self.bouton_version.setEnabled(not self.st.modifiable() and not self.base.lecture_seule)
        self.bouton_mise_a_jour.setEnabled(not self.st.modifiable() and not self.base.lecture_seule)

    # --- adapter la table des matières --------------------------------------------------
    def ajouter_section(self, titre: str | None = None) -> None:
        if titre is None:
            titre, ok = QInputDialog.getText(self, self.tr("Ajouter une section"), self.tr("Titre de la nouvelle section :"))
            if not ok:
                return
        if not titre.strip():
            return
        s = regles.ajouter_section(self.st, titre.strip(), self.toc.currentRow())
        self._construire_editeurs()
        self.modifie()
        self.toc.setCurrentRow(self.st.sections.index(s))

    def renommer_section(self, titre: str | None = None) -> None:
        rang = self.toc.currentRow()
        if not 0 <= rang < len(self.st.sections):
            return
        s = self.st.sections[rang]
        if titre is None:
            titre, ok = QInputDialog.getText(self, self.tr("Renommer la section"), self.tr("Nouveau titre (vide : celui de l'annexe 2B) :"),
                                             text=regles.titre_section(s, self.langue))
            if not ok:
                return
        type_ = ref.PAR_CODE.get(s["type"])
        officiel = type_.titre.texte(self.langue) if type_ else ""
        s["titre"] = "" if titre.strip() == officiel else titre.strip()
        self.modifie()

    def deplacer(self, sens: int) -> None:
        rang = regles.deplacer_section(self.st, self.toc.currentRow(), sens)
        self.modifie()
        self.toc.setCurrentRow(rang)

    def retirer_section(self) -> None:
        rang = self.toc.currentRow()
        s = self.st.sections[rang] if 0 <= rang < len(self.st.sections) else None
        if s is not None and regles.retirer_section(self.st, rang):
            editeur = self._editeurs.pop(s["id"], None)
            if editeur is not None:
                self.editeurs.removeWidget(editeur)
                editeur.deleteLater()
            self.modifie()

    # --- versions -----------------------------------------------------------------------
    def approuver(self, par: str | None = None, identite=None) -> bool:
        """Approuve la version : signée avec le certificat de l'approbateur (``identite``), ou au
        nom d'un cadre ou d'un comité (``par``); sans l'un ni l'autre, le dialogue les demande."""
        from gesserv_bureau.rapports.certificats import ErreurSignature

        vides = regles.sections_requises_vides(self.st)
        if vides:
            noms = ", ".join(regles.titre_section(s, self.langue) for s in vides)
            self.bandeau.setText(self.tr("Approbation refusée : ces sections requises sont vides : %1.").replace("%1", noms))
            self.bandeau.show()
            self.toc.setCurrentRow(self.st.sections.index(vides[0]))
            return False
        if par is None and identite is None:
            from gesserv_bureau.interface.dialogue_approbation import DialogueApprobation

            defaut = self.st.approuve_par if self.st.type == "mise_a_jour" else ""
            self.dialogue_approbation = DialogueApprobation(self.langue, self.st.titre or self.tr("la stratégie"), self,
                                                            par=defaut,
                                                            invite_par=self.tr("Cadre ou comité qui approuve :"))
            if self.dialogue_approbation.exec() != QDialog.DialogCode.Accepted:
                return False
            par, identite = self.dialogue_approbation.par, self.dialogue_approbation.identite
        try:
            planification.approuver(self.base, self.st, par or "", identite=identite)
        except ErreurSignature as exc:
            self.bandeau.setText(exc.texte(self.langue))
            self.bandeau.show()
            return False
        except ValueError:
            self.bandeau.setText(self.tr("Indiquez le cadre ou le comité qui approuve."))
            self.bandeau.show()
            return False
        self._verrouiller()
        self.retraduire()
        return True

    def rapport(self, type_: str | None = None):
        """Le rapport PDF de cette version (stratégie ou mise à jour), ou son plan de travail seul."""
        from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

        type_ = type_ or ("mise_a_jour" if self.st.type == "mise_a_jour" else "strategie")
        self.dialogue_rapport = DialogueRapport(self.base, type_, self.langue, self, cle=str(self.st.pk))
        self.dialogue_rapport.show()
        return self.dialogue_rapport

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

    def nouvelle_version(self) -> Strategie:
        nouvelle = planification.nouvelle_version(self.base, self.st)
        self.ouvrir_autre.emit(nouvelle)
        return nouvelle

    def mise_a_jour_annuelle(self, exercice: str | None = None) -> Strategie:
        from gesserv_bureau.domaine import exercice as exercices

        maj = planification.mise_a_jour_annuelle(self.base, self.st, exercice or exercices.courant())
        self.ouvrir_autre.emit(maj)
        return maj

    def _actualiser_changements(self) -> None:
        if self.st.type != "mise_a_jour":
            self.changements.hide()
            return
        changes = planification.changements(self.base, self.st)
        reference = planification.reference(self.base, self.st)
        if changes is None or reference is None:
            self.changements.hide()
            return
        lignes = [self.tr("Mise à jour annuelle de la version %1 approuvée le %2 par %3. Ce qui a changé :")
                  .replace("%1", str(reference.version)).replace("%2", _date(reference.approuve_le))
                  .replace("%3", reference.approuve_par)]
        for lettre, libelle, _cles in ref.ELEMENTS_MISE_A_JOUR:
            etat = self.tr("modifié") if changes[lettre] else self.tr("inchangé")
            lignes.append(f"{lettre}. {libelle.texte(self.langue)} — {etat}")
        self.changements.setText("\n".join(lignes))
        self.changements.show()

    def elements_changes(self) -> list[str]:
        changes = planification.changements(self.base, self.st) or {}
        return [lettre for lettre, change in changes.items() if change]

    # --- langue -------------------------------------------------------------------------

    def retraduire(self) -> None:
        st = self.st
        genre = self.tr("Mise à jour annuelle") if st.type == "mise_a_jour" else self.tr("Stratégie de gestion des services")
        self.setWindowTitle(f"{genre} — {st.titre}")
        self.etiquette_titre.setText(self.tr("&Titre :"))
        if st.statut == "approuvee":
            statut = self.tr("%1, version %2 — approuvée le %3 par %4 (figée)").replace("%1", genre).replace(
                "%2", str(st.version)).replace("%3", _date(st.approuve_le)).replace("%4", st.approuve_par)
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
            statut = (self.tr("approuvée le %1 par %2").replace("%1", _date(st.approuve_le)).replace("%2", st.approuve_par)
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
        self.setWindowTitle(self.tr("Stratégies de gestion des services"))
        self.bouton_nouvelle.setText(self.tr("&Nouvelle stratégie…"))
        self.bouton_ouvrir.setText(self.tr("&Ouvrir"))
        self.bouton_fermer.setText(self.tr("Fermer"))
        self.actualiser()
