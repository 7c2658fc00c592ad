"""Chaque fenêtre et dialogue de premier niveau de l'application, construit sur la base de
démonstration avec tous ses dossiers (évaluations 1A, 1B, 2A, séance, stratégie et sa mise à
jour) : le test des tailles d'écran et l'outil de captures (``outils/captures.py``) les ouvrent
tous. Un écran ajouté à l'application s'ajoute ici."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

# les écrans des personnes : portable courant, projecteur de salle, petit écran encore utilisable
ECRANS = {"1366x768": (1366, 768), "1280x720": (1280, 720), "1024x640": (1024, 640)}
# la barre de titre et la barre des tâches prennent leur part de la hauteur
MARGE_HAUTEUR = 60


def preparer_base(chemin: Path):
    """La base de démonstration avec un dossier de chaque sorte."""
    from gesserv_bureau.cas import demonstration, repertoire
    from gesserv_bureau.stockage.base import ouvrir

    base = ouvrir(chemin)
    repertoire.charger_demo(base)
    dossiers = demonstration.remplir_dossiers(base)
    return base, dossiers


def _copie(base):
    import shutil
    import tempfile

    from gesserv_bureau.stockage.base import ouvrir

    copie = Path(tempfile.mkdtemp(prefix="gesserv-ecran-", dir=base.chemin.parent)) / base.chemin.name
    base.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(base.chemin, copie)
    return ouvrir(copie)


def _aide(langue: str):
    from gesserv_bureau.interface.aide import VisualiseurAide

    visualiseur = VisualiseurAide(langue)
    visualiseur.ouvrir("strategie")
    return visualiseur


def fabriques(base, dossiers: dict, traductions) -> dict[str, Callable[[], QWidget]]:
    """nom → fabrique de l'écran (sans parent : chacun est de premier niveau)."""
    from gesserv_bureau.cas import evaluer, production_rapports, seances_examen
    from gesserv_bureau.interface import dialogues
    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation
    from gesserv_bureau.interface.dialogue_approbation import DialogueApprobation
    from gesserv_bureau.interface.dialogue_certificats import DialogueCertificats
    from gesserv_bureau.interface.dialogue_criteres_1b import DialogueCriteres1B
    from gesserv_bureau.interface.dialogue_import import DialogueImport
    from gesserv_bureau.interface.dialogue_ponderation_1b import DialoguePonderation1B
    from gesserv_bureau.interface.dialogue_profil import DialogueProfil
    from gesserv_bureau.interface.dialogue_rapport import DialogueRapport
    from gesserv_bureau.interface.dialogue_signature import DialogueSignature, DialogueVerification
    from gesserv_bureau.interface.fenetre_principale import FenetrePrincipale
    from gesserv_bureau.interface.guide_demarrage import GuideDemarrage
    from gesserv_bureau.interface.liste_evaluations import ListeEvaluations
    from gesserv_bureau.interface.seance_examen import DialogueSeances, VueSeance
    from gesserv_bureau.interface.strategie.fenetre_strategie import DialogueStrategies, FenetreStrategie

    langue = traductions.langue
    exercice = dossiers["seance"].exercice

    def evaluation(outil: str):
        return FenetreEvaluation(base, evaluer.toutes(base, outil)[0], langue)

    def norme_demo():
        """La norme de la démo qui a tout : trimestres, scénario 3, action envoyée au plan."""
        from gesserv_bureau.cas import normes

        return next(s.norme for s in normes.suivis(base) if s.norme.norme_id == "AAC-001-N1")

    def dialogue_norme():
        from gesserv_bureau.interface.dialogue_norme import DialogueNorme

        return DialogueNorme(norme_demo(), lambda _valeurs: None, langue)

    def suivi_norme():
        from gesserv_bureau.interface.dialogue_suivi_norme import DialogueSuiviNorme

        return DialogueSuiviNorme(base, norme_demo().pk, langue)

    return {
        # la fenêtre principale ferme sa base en se fermant : elle a la sienne, sur une copie
        "principale": lambda: FenetrePrincipale(_copie(base), traductions),
        "evaluation_1a": lambda: evaluation("1A"),
        "evaluation_1b": lambda: evaluation("1B"),
        "evaluation_2a": lambda: evaluation("2A"),
        "liste_evaluations": lambda: ListeEvaluations(base, langue, exercice),
        "seances": lambda: DialogueSeances(base, langue, exercice),
        "projection": lambda: VueSeance(base, seances_examen.charger(base, dossiers["seance"].pk), langue),
        "strategies": lambda: DialogueStrategies(base, langue, exercice),
        "strategie": lambda: FenetreStrategie(base, dossiers["strategie"], langue),
        "mise_a_jour": lambda: FenetreStrategie(base, dossiers["mise_a_jour"], langue),
        "ponderation_1b": lambda: DialoguePonderation1B(base, langue),
        "criteres_1b": lambda: DialogueCriteres1B(base, langue),
        "import": lambda: DialogueImport(base, langue),
        "profil": lambda: DialogueProfil(langue),
        "rapport": lambda: DialogueRapport(base, "inventaire", langue),
        "signature": lambda: DialogueSignature(base, langue),
        "verification": lambda: DialogueVerification(langue),
        "certificats": lambda: DialogueCertificats(langue),
        "approbation": lambda: DialogueApprobation(langue, "Numéro d'assurance sociale (NAS)"),
        "registre_rapports": lambda: dialogues.DialogueRegistreRapports(production_rapports.registre(base)),
        "metadonnees": lambda: dialogues.DialogueMetadonnees(exercice, "Bureau de gestion des services", "2026-03-31"),
        "guide": lambda: GuideDemarrage(None, langue),
        "aide": lambda: _aide(langue),
        "norme": dialogue_norme,
        "suivi_norme": suivi_norme,
    }
