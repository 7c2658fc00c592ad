"""Les commandes de la fenêtre d'une stratégie : enregistrer chaque saisie tout de suite (le
titre, l'aperçu de la stratégie actuelle, les éditeurs), approuver une version (signée, ou au
nom d'un cadre ou d'un comité), en commencer une nouvelle ou la mise à jour annuelle, le
rapport PDF; et, pour une mise à jour, ce qui a changé depuis la version approuvée."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.strategie import Strategie
from gesserv_bureau.referentiel import strategie as ref
from gesserv_bureau.stockage.erreurs import ErreurStockage


def jour(horodatage: str) -> str:
    """La date (AAAA-MM-JJ) d'un horodatage, vide s'il n'y en a pas."""
    return horodatage[:10] if horodatage else ""


class ActionsStrategie:
    """Les commandes de ``FenetreStrategie`` (à mettre avant ``QDialog`` dans ses bases)."""

    # --- enregistrement -----------------------------------------------------------------
    def _montrer_erreur(self, texte: str) -> None:
        self.erreur = texte
        self.bandeau.setText(texte)
        self.bandeau.show()

    def _montrer_erreur_stockage(self, exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        from gesserv_bureau.messages_erreur import texte_erreur

        self._montrer_erreur(texte_erreur(exc, QCoreApplication.translate) or str(exc))

    def modifie(self) -> None:
        """Une saisie dans un éditeur : la stratégie est écrite tout de suite."""
        if not self.st.modifiable():
            return
        try:
            planification.enregistrer(self.base, self.st)
        except (ErreurStockage, planification.StrategieFigee) as exc:
            self._montrer_erreur_stockage(exc)
            return
        self._apres_enregistrement()

    def _apres_enregistrement(self) -> None:
        self.bandeau.hide()
        self._actualiser_toc()
        self._actualiser_changements()

    def _titre_modifie(self, texte: str) -> None:
        self.st.titre = texte
        self.modifie()

    def _apercu_saisi(self, **valeurs) -> None:
        """Une saisie de l'aperçu, enregistrée tout de suite; une date impossible (la dernière
        mise à jour avant l'approbation) ne change rien, et le bandeau le dit."""
        if not self.st.modifiable() or self.base.lecture_seule:
            return
        try:
            planification.modifier_apercu(self.base, self.st, **valeurs)
        except planification.DateInvalide:
            self._montrer_erreur(self.tr("La dernière date de mise à jour ne peut pas précéder la date d'approbation de la "
                                         "stratégie : rien n'a été changé."))
            self._afficher_apercu()
            return
        except (ErreurStockage, planification.StrategieFigee) as exc:
            self._montrer_erreur_stockage(exc)
            return
        self.erreur = ""
        self._apres_enregistrement()

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

    def nouvelle_version(self) -> Strategie:
        nouvelle = planification.nouvelle_version(self.base, self.st)
        self.ouvrir_autre.emit(nouvelle)
        return nouvelle

    def mise_a_jour_annuelle(self, exercice: str | None = None) -> Strategie:
        from gesserv_bureau.domaine import exercice as exercices

        maj = planification.mise_a_jour_annuelle(self.base, self.st, exercice or exercices.courant())
        self.ouvrir_autre.emit(maj)
        return maj

    # --- ce qui a changé (mise à jour annuelle, 2.5.5) ------------------------------------
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
                  .replace("%1", str(reference.version)).replace("%2", jour(reference.approuve_le))
                  .replace("%3", reference.approuve_par)]
        for lettre, libelle, _cles in ref.ELEMENTS_MISE_A_JOUR:
            etat = self.tr("modifié") if changes[lettre] else self.tr("inchangé")
            lignes.append(f"{lettre}. {libelle.texte(self.langue)} — {etat}")
        self.changements.montrer("\n".join(lignes))
        self.changements.show()

    def elements_changes(self) -> list[str]:
        changes = planification.changements(self.base, self.st) or {}
        return [lettre for lettre, change in changes.items() if change]
