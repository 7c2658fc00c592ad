"""Les données du formulaire d'un service : montrer un service (sans émettre ``modifie``), le
lire tel qu'il est à l'écran, montrer ses normes de service, les messages de validation sous
les champs, le bandeau, la lecture seule et le titre."""

from __future__ import annotations

from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.domaine.services_electroniques import justifications_so_retenues
from gesserv_bureau.domaine.validation import Probleme
from gesserv_bureau.referentiel.codes import types_pour_portee


def _poser(ligne, texte: str, meme_service: bool) -> None:
    """Le texte d'un champ. Le même service remontré (ce qui arrive du serveur, en direct) : un champ
    qu'il ne change pas est laissé tel quel, avec son historique (Ctrl+Z) et son curseur; un autre
    service : toujours écrit (l'historique d'un service ne doit pas servir à un autre)."""
    if not meme_service or ligne.text() != texte:
        ligne.setText(texte)


class DonneesFormulaire:
    """Montrer et lire le service de ``FormulaireService`` (à mettre avant ``QScrollArea``)."""

    def service(self) -> Service | None:
        return self._service

    def afficher(self, service: Service | None) -> None:
        self._chargement = True
        try:
            meme = service is not None and self._service is not None and service.pk == self._service.pk
            self._service = service.copie() if service else None
            contenu = self.widget()
            contenu.setEnabled(service is not None and not self._lecture_seule)
            s = service or Service("")
            _poser(self.service_id, s.service_id, meme)
            _poser(self.nom_fr, s.nom_fr, meme)
            _poser(self.nom_en, s.nom_en, meme)
            self.portee.choisir(s.portee)
            self.type_service.remplir(types_pour_portee(s.portee), self.langue)
            self.type_service.choisir(s.type_service)
            self._actualiser_aide_type()
            self.designations.cocher(s.designations)
            self.description_fr.ecrire(s.description_fr)
            self.description_en.ecrire(s.description_en)
            _poser(self.secteur_responsabilite, s.secteur_responsabilite, meme)
            self.instruments_habilitants.ecrire(s.instruments_habilitants)
            _poser(self.programme_nom_fr, s.programme_nom_fr, meme)
            _poser(self.programme_nom_en, s.programme_nom_en, meme)
            _poser(self.programme_id, s.programme_id, meme)
            _poser(self.proprietaire, s.proprietaire, meme)
            self.ententes.choisir(s.ententes)
            self.groupes_clients.cocher(s.groupes_clients)
            for mode, ligne in self.volumes.items():
                ligne.afficher(s.volumes.get(mode) or Volume())
            self.frais.choisir(s.frais)
            self.normes_service.choisir(s.normes_service)
            self.cibles_rendement.choisir(s.cibles_rendement)
            for code, choix in self.points.items():
                choix.choisir(s.points_interaction.get(code))
                self.justifications_so[code].ecrire(s.justifications_so.get(code, ""))
            self.exclu_calcul.setChecked(bool(s.exclu_calcul))
            self.justification_exclusion.ecrire(s.justification_exclusion)
            self.etat_demande_temps_reel.choisir(s.etat_demande_temps_reel)
            self._actualiser_electronique()
            self._actualiser_pourcentage()
            self._actualiser_titre()
            for groupe in self._groupes():
                groupe.setVisible(service is not None)
            self.invite.setVisible(service is None)
            if service is None:
                self.afficher_problemes([])
            self.groupe_normes.afficher(self._service, [])
        finally:
            self._chargement = False

    def remontrer(self, service: Service) -> None:
        """Le service remontré avec ce qui vient d'arriver du serveur (le répertoire en direct), sans
        déranger la saisie : le champ où l'on est garde son texte tel que tapé (des espaces en fin,
        qu'enlève l'enregistrement) si ce qui est arrivé n'y a rien changé, et son curseur. La
        recherche du champ passe par la fenêtre, qu'elle soit active ou non."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        focus = self.window().focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            focus = None
        avant, position = None, None
        if isinstance(focus, QLineEdit):
            avant, position = focus.text(), focus.cursorPosition()
        elif isinstance(focus, QPlainTextEdit):
            avant, position = focus.toPlainText(), focus.textCursor().position()
        self.afficher(service)
        if avant is None:
            return
        self._chargement = True
        try:
            if isinstance(focus, QLineEdit):
                if focus.text() != avant and focus.text() == avant.strip():
                    focus.setText(avant)
                focus.setCursorPosition(min(position, len(focus.text())))
            else:
                if focus.toPlainText() != avant and focus.toPlainText() == avant.strip():
                    focus.setPlainText(avant)
                curseur = focus.textCursor()
                curseur.setPosition(min(position, len(focus.toPlainText())))
                focus.setTextCursor(curseur)
        finally:
            self._chargement = False

    def lire(self) -> Service:
        """Le service tel qu'il est à l'écran."""
        if self._service is None:
            raise RuntimeError("aucun service affiché")
        s = self._service.copie(
            service_id=self.service_id.text().strip(),
            nom_fr=self.nom_fr.text(),
            nom_en=self.nom_en.text(),
            portee=self.portee.code(),
            type_service=self.type_service.code(),
            designations=self.designations.codes(),
            description_fr=self.description_fr.texte(),
            description_en=self.description_en.texte(),
            secteur_responsabilite=self.secteur_responsabilite.text(),
            instruments_habilitants=self.instruments_habilitants.texte(),
            programme_nom_fr=self.programme_nom_fr.text(),
            programme_nom_en=self.programme_nom_en.text(),
            programme_id=self.programme_id.text().strip(),
            proprietaire=self.proprietaire.text(),
            ententes=self.ententes.code(),
            groupes_clients=self.groupes_clients.codes(),
            frais=self.frais.code(),
            normes_service=self.normes_service.code(),
            cibles_rendement=self.cibles_rendement.code(),
            exclu_calcul=self.exclu_calcul.isChecked(),
            justification_exclusion=self.justification_exclusion.texte(),
            etat_demande_temps_reel=self.etat_demande_temps_reel.code(),
        )
        s.volumes = {mode: ligne.lire() for mode, ligne in self.volumes.items()}
        s.points_interaction = {code: choix.code() for code, choix in self.points.items()}
        # la justification d'un point n'a de sens que s'il est « S.O. » (le champ garde le texte tapé)
        s.justifications_so = justifications_so_retenues(
            s.points_interaction, {code: texte.texte() for code, texte in self.justifications_so.items()})
        self._service = s.copie()
        self._actualiser_titre()
        return s

    def afficher_problemes(self, problemes: list[Probleme]) -> None:
        par_champ: dict[str, list[Probleme]] = {}
        for p in problemes:
            par_champ.setdefault(p.champ, []).append(p)
        # un même message peut servir à plusieurs champs : chaque message, une fois, avec les
        # problèmes de tous ses champs
        for message in {id(m): m for m in self._messages.values()}.values():
            propres = [p for c, liste in par_champ.items() if self._messages.get(c) is message for p in liste]
            message.montrer(propres, self.langue)

    def montrer_bandeau(self, texte: str) -> None:
        self.bandeau.setText(texte)
        self.bandeau.setVisible(bool(texte))

    def mettre_lecture_seule(self, oui: bool) -> None:
        self._lecture_seule = oui
        self.widget().setEnabled(self._service is not None and not oui)

    def _actualiser_titre(self) -> None:
        if self._service is None:
            self.titre.setText(self.tr("Aucun service sélectionné"))
            return
        nom = self._service.nom(self.langue) or self.tr("Nouveau service")
        ident = self._service.service_id
        self.titre.setText(f"{ident} — {nom}" if ident else nom)
