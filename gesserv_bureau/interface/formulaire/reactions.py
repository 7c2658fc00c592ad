"""Ce que le formulaire d'un service fait quand on y tape ou choisit quelque chose : il le
dit (``modifie``, sauf pendant un chargement), refait la liste des types selon la portée,
l'aide du type choisi (annexe 1C ou 1D), la justification d'un point « S.O. », l'exclusion
(sans objet pour un service interne) et le pourcentage en ligne. De l'affichage seulement :
les règles viennent du domaine (``services_electroniques``, ``service``)."""

from __future__ import annotations

import html

from gesserv_bureau.domaine.services_electroniques import hors_du_calcul, pourcentage_compte, pourcentage_en_ligne
from gesserv_bureau.interface.formulaire.champs import LigneVolume
from gesserv_bureau.interface.texte_depliable import DEPLIER, REPLIER, libelles_suite
from gesserv_bureau.referentiel.codes import TYPES_EXTERNES, types_pour_portee
from gesserv_bureau.referentiel.types_details import COLONNES_1C, exemples_1c, extraits_mrs, puces


class ReactionsFormulaire:
    """Les réactions aux saisies de ``FormulaireService`` (à mettre avant ``QScrollArea``)."""

    def _saisie(self, *_args) -> None:
        self._actualiser_pourcentage()
        if not self._chargement and self._service is not None:
            self.modifie.emit()

    def _portee_changee(self, *_args) -> None:
        self.type_service.remplir(types_pour_portee(self.portee.code()), self.langue)
        self._actualiser_aide_type()
        self._actualiser_electronique()
        self._saisie()

    def _point_change(self, *_args) -> None:
        self._actualiser_electronique()
        self._saisie()

    def _exclusion_changee(self, *_args) -> None:
        self._actualiser_electronique()
        self._saisie()

    def _actualiser_electronique(self) -> None:
        """Ce qui suit les choix : la justification d'un point « S.O. », l'exclusion (sans objet
        pour un service interne, hors du calcul), la note de l'élément 10."""
        for code, choix in self.points.items():
            self.justifications_so[code].setVisible(choix.code() == "so")
        interne = hors_du_calcul(self.portee.code())
        self.note_interne.setVisible(interne)
        self.exclu_calcul.setEnabled(not interne)
        self.justification_exclusion.setEnabled(self.exclu_calcul.isChecked() and not interne)

    def _etat_volume_change(self, *_args) -> None:
        for ligne in self.volumes.values():
            ligne.actualiser()
        self._saisie()

    def _nombre_saisi(self, ligne: LigneVolume) -> None:
        ligne.chiffre_saisi()
        self._saisie()

    def _lien_aide_type(self, lien: str) -> None:
        self._aide_type_depliee = lien.startswith(DEPLIER)
        self._actualiser_aide_type()

    def _actualiser_aide_type(self, *_args) -> None:
        code = self.type_service.code()
        details = puces(code, self.langue)
        if not details:
            self.aide_type.clear()
            self.aide_type.hide()
            return
        annexe = "1C" if code in TYPES_EXTERNES.codes() else "1D"
        entete = (self.tr("Annexe %1 — ce type recouvre :") if annexe == "1C"
                  else self.tr("Annexe %1 — exemples :")).replace("%1", annexe)

        def liste(elements) -> str:
            return "".join("<br>• " + html.escape(e, quote=False) for e in elements)

        texte = html.escape(entete, quote=False) + liste(details)
        if annexe == "1C":
            suite, reduire = (html.escape(m).replace(" ", "&nbsp;") for m in libelles_suite())
            if self._aide_type_depliee:
                for colonne, elements in ((COLONNES_1C[2], extraits_mrs(code, self.langue)),
                                          (COLONNES_1C[3], exemples_1c(code, self.langue))):
                    titre = self.tr("%1 :").replace("%1", colonne.texte(self.langue))
                    texte += "<br><br>" + html.escape(titre, quote=False) + liste(elements)
                texte += f' <a href="{REPLIER}1c">{reduire}</a>'
            else:
                texte += f' <a href="{DEPLIER}1c">{suite}</a>'
        self.aide_type.setText(texte)
        self.aide_type.show()

    def _actualiser_pourcentage(self) -> None:
        points = {c: ch.code() for c, ch in self.points.items()}
        pct = pourcentage_en_ligne(points)
        if hors_du_calcul(self.portee.code()) and pct is not None:
            self.pourcentage.setText(self.tr("Pourcentage en ligne : %1\u00a0% (service interne : hors du calcul de 2.9.4)")
                                     .replace("%1", f"{pct:.0f}"))
        elif pct is None:
            self.pourcentage.setText(self.tr(
                "Pourcentage en ligne : à compléter. D'ici là, la proportion des services électroniques (2.9.4) "
                "compte ce service à %1\u00a0% : un point sans réponse n'est pas offert en ligne.")
                .replace("%1", f"{pourcentage_compte(points):.0f}"))
        else:
            self.pourcentage.setText(self.tr("Pourcentage en ligne : %1\u00a0%").replace("%1", f"{pct:.0f}"))
