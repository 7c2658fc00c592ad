"""La table des matières de la fenêtre d'une stratégie : l'état de chaque section (vide,
commencée, complète — en toutes lettres), la section choisie et son éditeur, et ce que le
ministère y adapte (ajouter, renommer, réordonner, retirer une section qu'il a ajoutée). Les
règles (l'état d'une section, ce qui se retire, le titre officiel) sont dans
``domaine/strategie.py``."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from gesserv_bureau.domaine import strategie as regles

MARQUES_ETATS = {regles.VIDE: "○", regles.COMMENCEE: "◐", regles.COMPLETE: "●"}


class SectionsStrategie:
    """La table des matières de ``FenetreStrategie`` (à mettre avant ``QDialog``)."""

    def _actualiser_toc(self) -> None:
        rang = self.toc.currentRow()
        bloque = self.toc.blockSignals(True)
        self.toc.clear()
        for n, s in enumerate(self.st.sections):
            etat = regles.etat_section(self.st, s)
            fr, en = regles.LIBELLES_ETATS_SECTION[etat]
            requise = "" if s.get("requise") else " " + self.tr("(facultative)")
            self.toc.addItem(f"{MARQUES_ETATS[etat]} {n + 1}. {regles.titre_section(s, self.langue)} — "
                             f"{en if self.langue == 'en' else fr}{requise}")
        self.toc.setCurrentRow(min(max(rang, 0), self.toc.count() - 1))
        self.toc.blockSignals(bloque)
        self._actualiser_boutons()

    def etats(self) -> list[str]:
        return [regles.etat_section(self.st, s) for s in self.st.sections]

    def _section_courante(self) -> dict | None:
        rang = self.toc.currentRow()
        return self.st.sections[rang] if 0 <= rang < len(self.st.sections) else None

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

    def _actualiser_boutons(self) -> None:
        rang = self.toc.currentRow()
        ouverte = self.st.modifiable() and not self.base.lecture_seule
        s = self._section_courante()
        self.bouton_ajouter.setEnabled(ouverte)
        self.bouton_renommer.setEnabled(ouverte and s is not None)
        self.bouton_monter.setEnabled(ouverte and rang > 0)
        self.bouton_descendre.setEnabled(ouverte and 0 <= rang < len(self.st.sections) - 1)
        self.bouton_retirer.setEnabled(ouverte and s is not None and regles.section_retirable(s))
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
        s = self._section_courante()
        if s is None:
            return
        if titre is None:
            titre, ok = QInputDialog.getText(self, self.tr("Renommer la section"), self.tr("Nouveau titre (vide : celui de l'annexe 2B) :"),
                                             text=regles.titre_section(s, self.langue))
            if not ok:
                return
        regles.renommer_section(s, titre, self.langue)
        self.modifie()

    def deplacer(self, sens: int) -> None:
        rang = regles.deplacer_section(self.st, self.toc.currentRow(), sens)
        self.modifie()
        self.toc.setCurrentRow(rang)

    def retirer_section(self) -> None:
        rang = self.toc.currentRow()
        s = self._section_courante()
        if s is not None and regles.retirer_section(self.st, rang):
            editeur = self._editeurs.pop(s["id"], None)
            if editeur is not None:
                self.editeurs.removeWidget(editeur)
                editeur.deleteLater()
            self.modifie()
