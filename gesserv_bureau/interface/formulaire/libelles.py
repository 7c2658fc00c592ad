"""Les textes du formulaire d'un service, dans la langue de l'interface : les étiquettes (le
numéro et le nom de chaque élément du tableau 5, son infobulle), les titres des groupes, les
notes, les listes de codes, les invites; puis la largeur minimale, pour que rien ne soit
coupé dans aucune langue."""

from __future__ import annotations

from gesserv_bureau.interface.formulaire.champs import bulle
from gesserv_bureau.interface.textes import en_clair, invite_formulaire
from gesserv_bureau.referentiel.codes import MODES, POINTS_INTERACTION, types_pour_portee
from gesserv_bureau.referentiel.elements import PAR_CODE


class LibellesFormulaire:
    """Les textes de ``FormulaireService`` (à mettre avant ``QScrollArea`` dans ses bases)."""

    def retraduire(self) -> None:
        self.setAccessibleName(self.tr("Formulaire du service"))
        langue = self.langue
        francais, anglais = self.tr("en français"), self.tr("en anglais")

        def element(code: str, suffixe: str = "") -> str:
            e = PAR_CODE[code]
            return f"{e.numero}. {e.nom(langue)}{suffixe}"

        noms = {
            "service_id": element("service_id"),
            "nom_fr": element("nom", f" ({francais})"),
            "nom_en": element("nom", f" ({anglais})"),
            "portee": element("portee"),
            "type_service": element("type_service"),
            "designations": element("designations"),
            "description_fr": element("description", f" ({francais})"),
            "description_en": element("description", f" ({anglais})"),
            "secteur_responsabilite": element("secteur_responsabilite"),
            "instruments_habilitants": element("instruments_habilitants"),
            "programme_nom_fr": element("programme_nom", f" ({francais})"),
            "programme_nom_en": element("programme_nom", f" ({anglais})"),
            "programme_id": element("programme_id"),
            "proprietaire": element("proprietaire"),
            "ententes": element("ententes"),
            "groupes_clients": element("groupes_clients"),
            "frais": element("frais"),
            "normes_service": element("normes_service"),
            "cibles_rendement": element("cibles_rendement"),
            "justification_exclusion": self.tr("Justification écrite de l'exclusion (obligatoire pour exclure le service)"),
            "etat_demande_temps_reel": self.tr("État de la demande offert en ligne, en temps réel (7.10)"),
        }
        for cle, texte in noms.items():
            self._etiquettes[cle].setText(texte)
            code = {"nom_fr": "nom", "nom_en": "nom", "description_fr": "description",
                    "description_en": "description", "programme_nom_fr": "programme_nom",
                    "programme_nom_en": "programme_nom"}.get(cle, cle)
            if code in PAR_CODE:
                self._etiquettes[cle].setToolTip(bulle(PAR_CODE[code], langue))
        for code in self.points:
            self._etiquettes[f"point_{code}"].setText(POINTS_INTERACTION.texte(code, langue))
            self.justifications_so[code].setPlaceholderText(
                self.tr("Justification écrite : pourquoi ce point ne s'applique pas (1.8.1)"))
            self.justifications_so[code].setAccessibleName(
                self.tr("Justification du point « S.O. » : %1").replace("%1", POINTS_INTERACTION.texte(code, langue)))
        self._etiquettes["etat_demande_temps_reel"].setToolTip(en_clair(self.tr(
            "Politique sur les services, 7.10 : les services externes authentifiés prioritaires sont offerts en ligne, "
            "avec un accès en temps réel au statut de la demande des clients (2.10). Le tableau de bord suit la "
            "cascade de 2.10.4.")))
        self.exclu_calcul.setText(self.tr("Exclure ce service du calcul (2.9.4)"))
        self.exclu_calcul.setToolTip(en_clair(self.tr(
            "2.9.4 : « il faut fournir une justification écrite pour tout service exclu du calcul ». Sans "
            "justification, l'exclusion est refusée et le service reste compté.")))
        self.justification_exclusion.setPlaceholderText(
            self.tr("Pourquoi ce service ne peut pas (ou ne devrait pas) être offert en ligne : loi, sécurité, "
                    "rentabilité, faisabilité technique…")
        )
        self.note_interne.setText(self.tr(
            "Service interne (non intégré) : ni externe ni interne intégré. La note de l'élément 10 permet de "
            "l'inclure au répertoire, indiqué à ce titre dans une section distincte. Il ne compte pas dans la "
            "proportion des services électroniques (2.9.4) et n'est pas exporté en données ouvertes, sauf "
            "option (code INTERN)."))

        self.groupe_identification.setTitle(self.tr("Identification"))
        self.groupe_description.setTitle(self.tr("Description et responsabilité"))
        self.groupe_volumes.setTitle(element("volumes"))
        self.groupe_volumes.setToolTip(bulle(PAR_CODE["volumes"], langue))
        self.groupe_gestion.setTitle(self.tr("Frais, normes et cibles"))
        self.groupe_electronique.setTitle(element("points_interaction"))
        self.groupe_electronique.setToolTip(bulle(PAR_CODE["points_interaction"], langue))
        self.entete_etat.setText(self.tr("Données"))
        self.entete_demandes.setText(self.tr("Demandes reçues"))
        self.entete_extrants.setText(self.tr("Extrants finaux positifs"))
        for code, depliable in self.notes.items():
            depliable.montrer(PAR_CODE[code].note(langue))
        for mode, etiquette in self._etiquettes_modes.items():
            etiquette.setText(MODES.texte(mode, langue))
        vide = self.tr("— à compléter —")
        for choix in (self.portee, self.ententes, self.frais, self.normes_service, self.cibles_rendement,
                      *self.points.values(), *(l.etat for l in self.volumes.values())):
            choix.remplir(langue=langue, vide=vide)
        self.type_service.remplir(types_pour_portee(self.portee.code()), langue, vide)
        self._actualiser_aide_type()
        self.designations.changer_langue(langue)
        self.groupes_clients.changer_langue(langue)
        self.groupe_normes.changer_langue(langue)
        for ligne in self.volumes.values():
            ligne.demandes.setPlaceholderText(self.tr("nombre"))
            ligne.extrants.setPlaceholderText(self.tr("nombre"))
        self.invite.setText(invite_formulaire())
        # Jamais plus étroit que le plus large des groupes (même cachés) : rien n'est coupé à
        # droite, dans aucune langue.
        marges = self.widget().layout().contentsMargins()
        largeur = max(g.minimumSizeHint().width() for g in self._groupes()) + marges.left() + marges.right()
        self.setMinimumWidth(largeur + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
        self._actualiser_pourcentage()
        self._actualiser_titre()
