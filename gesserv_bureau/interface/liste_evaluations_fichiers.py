"""Les fichiers de la liste des évaluations : la liste en CSV telle qu'elle est montrée, une
évaluation vers ou depuis un autre poste (JSON, ``cas.transferts`` : les mêmes refus et bilans
que ``gesserv-bureau evaluation exporter|importer``).

``FichiersListe`` se mêle à ``ListeEvaluations`` : il se sert de ses ``base``, ``langue``,
``table``, ``message``, ``boite``, ``selection()``, ``actualiser()`` et ``choisir()``. Ses
textes sont dans le contexte de traduction ``ListeEvaluations``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gesserv_bureau.cas import liste_evaluations, transferts
from gesserv_bureau.interface.textes import en_clair
from gesserv_bureau.referentiel import messages_systeme


class FichiersListe:
    """Exporter la liste, exporter et importer une évaluation."""

    def _dossier(self) -> Path:
        return self.base.chemin.parent if self.base.chemin else Path.home()

    def _montrer(self, icone: QMessageBox.Icon, titre: str, texte: str) -> QMessageBox:
        """Un message dans sa boîte, sans bloquer (gardé dans ``boite``)."""
        if self.boite is not None:
            self.boite.close()
        self.boite = QMessageBox(icone, titre, en_clair(texte), QMessageBox.StandardButton.Ok, self)
        self.boite.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.boite.destroyed.connect(lambda *_, b=self.boite: setattr(self, "boite", None) if self.boite is b else None)
        self.boite.open()
        return self.boite

    def _non_ecrit(self, chemin: Path, exc: OSError) -> None:
        self._montrer(QMessageBox.Icon.Warning, QCoreApplication.translate("ListeEvaluations", "Export impossible"), QCoreApplication.translate("ListeEvaluations", 
            "Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.")
            .replace("%1", str(chemin)).replace("%2", messages_systeme.texte(exc, self.langue)))

    def exporter_csv(self, chemin: Path | None = None) -> Path | None:
        """La liste telle qu'elle est montrée (ses colonnes, la recherche et les filtres, dans la
        langue de l'interface), en CSV."""
        if chemin is None:
            nom, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ListeEvaluations", "Exporter la liste des évaluations"),
                                                 str(self._dossier() / QCoreApplication.translate("ListeEvaluations", "evaluations.csv")),
                                                 QCoreApplication.translate("ListeEvaluations", "Fichiers CSV (*.csv)"))
            if not nom:
                return None
            chemin = Path(nom)
        visibles = [c for c in range(self.table.columnCount()) if not self.table.isColumnHidden(c)]
        entetes = [self.table.horizontalHeaderItem(c).text() for c in visibles]
        rangees = [[self.table.item(r, c).text() for c in visibles] for r in range(self.table.rowCount())]
        try:
            n = liste_evaluations.exporter_csv(chemin, entetes, rangees)
        except OSError as exc:
            self._non_ecrit(chemin, exc)
            return None
        self.message.setText(self.texte_exportees(n).replace("%1", str(chemin)))
        return chemin

    def exporter_evaluation(self, chemin: Path | None = None) -> Path | None:
        """L'évaluation choisie dans un fichier JSON, pour un autre poste (comme
        ``gesserv-bureau evaluation exporter --uuid``)."""
        ligne = self.selection()
        if ligne is None:
            return None
        if chemin is None:
            nom, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("ListeEvaluations", "Exporter vers un autre poste"),
                str(self._dossier() / f"evaluation-{ligne.outil}-{ligne.pk}.json"),
                QCoreApplication.translate("ListeEvaluations", "Fichiers d'évaluations (*.json)"))
            if not nom:
                return None
            chemin = Path(nom)
        try:
            ev = transferts.exporter_evaluation(self.base, ligne.uuid, chemin)
        except transferts.EchangeRefuse as exc:
            self._montrer(QMessageBox.Icon.Warning, QCoreApplication.translate("ListeEvaluations", "Export impossible"),
                          "\n".join(p.texte(self.langue) for p in exc.problemes))
            return None
        except OSError as exc:
            self._non_ecrit(chemin, exc)
            return None
        self.message.setText(QCoreApplication.translate("ListeEvaluations", "Évaluation %1 « %2 » exportée dans %3.").replace("%1", ev.outil)
                             .replace("%2", ev.sujet).replace("%3", str(chemin)))
        return chemin

    def importer(self, chemin: Path | None = None):
        """Un fichier d'évaluations d'un autre poste, tout ou rien (comme ``gesserv-bureau
        evaluation importer``) : le constat (ajoutées, mises à jour, inchangées, avertissements),
        ou le refus — alors rien n'a changé. Le résultat (``cas.transferts.Resultat``), ou
        ``None``."""
        if self.base.lecture_seule:
            return None
        if chemin is None:
            nom, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ListeEvaluations", "Importer d'un autre poste"), str(self._dossier()),
                                                 QCoreApplication.translate("ListeEvaluations", "Fichiers d'évaluations (*.json)"))
            if not nom:
                return None
            chemin = Path(nom)
        try:
            resultat = transferts.importer(self.base, chemin)
        except transferts.EchangeRefuse as exc:
            self._montrer(QMessageBox.Icon.Warning, QCoreApplication.translate("ListeEvaluations", "Import refusé"),
                          "\n\n".join(p.texte(self.langue) for p in exc.problemes))
            return None
        self.actualiser()
        if resultat.uuids:
            self.choisir(resultat.uuids[0])
        self._montrer(QMessageBox.Icon.Warning if resultat.avertissements else QMessageBox.Icon.Information,
                      QCoreApplication.translate("ListeEvaluations", "Import terminé"), self.constat(resultat))
        return resultat

    def constat(self, resultat) -> str:
        """Ce que l'import a fait, lisible : une phrase pour une seule évaluation, le bilan de
        l'import (celui de la ligne de commande), puis les avertissements."""
        lignes = []
        if len(resultat.uuids) == 1:
            if resultat.crees:
                lignes.append(QCoreApplication.translate("ListeEvaluations", "L'évaluation du fichier a été ajoutée à cette base."))
            elif resultat.modifies:
                lignes.append(QCoreApplication.translate("ListeEvaluations", "L'évaluation de cette base a été mise à jour avec celle du fichier."))
            else:
                lignes.append(QCoreApplication.translate("ListeEvaluations", "L'évaluation du fichier est déjà dans cette base : rien n'a changé."))
        lignes.extend(resultat.textes(self.langue))
        if resultat.avertissements:
            lignes.append(QCoreApplication.translate("ListeEvaluations", "Avertissements :"))
            lignes.extend(f"• {a.texte(self.langue)}" for a in resultat.avertissements)
        return "\n\n".join(lignes)

