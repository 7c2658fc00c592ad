"""Banc d'essai du rapport des normes de service (pas un test chronométré).

    python tests/banc_normes.py [--normes 2000] [--repetitions 5]

Fabrique une base de 1 000 services et 2 000 normes de service (une cible, le résultat de
l'exercice, deux trimestres, une action sur cinq normes), puis mesure, en alternance dans la même
exécution :
- la référence : un tableau reportlab nu des mêmes lignes (une ligne par norme : service, norme,
  cible, résultat, scénario), police par défaut, en paysage;
- le même tableau nu, en PDF balisé (Typst, ``rendu_pdf.rendre`` d'un document d'un seul
  tableau) : ce que coûte le moteur du PDF accessible lui-même;
- le rapport des normes tel que l'application le produit (``cas.production_rapports.produire``,
  ``normes``, en PDF balisé : sommaire, deux tableaux, plans d'action, bloc d'approbation).
Affiche chaque durée et ses rapports aux deux références; sort en erreur (code 1) si le rapport
dépasse 1,5 fois le tableau reportlab nu (la cible de l'issue 17).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

CIBLE = 1.5


def remplir(base, nombre: int) -> str:
    """``nombre`` normes sur ``nombre // 2`` services synthétiques; renvoie l'exercice."""
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.cas.demonstration import services_synthetiques
    from gesserv_bureau.domaine.norme import NormeService, ResultatNorme
    from gesserv_bureau.domaine.suivi_normes import ActionNorme
    from gesserv_bureau.stockage.depot_normes import DepotNormes
    from gesserv_bureau.stockage.depot_services import DepotServices

    depot = DepotServices(base)
    depot.inserer_en_lot(services_synthetiques(max(1, nombre // 2)))
    exercice = repertoire.exercice_par_defaut(base)
    services = depot.services(exercice)
    normes = []
    for i in range(nombre):
        s = services[i % len(services)]
        total = 1000 + i
        normes.append(NormeService(exercice=exercice, service_id=s.service_id, norme_id=f"STD-{i:05d}",
                                   norme_fr=f"Rendre une décision dans les {10 + i % 50} jours ouvrables suivant la "
                                            "réception d'une demande complète",
                                   norme_en=f"Decide within {10 + i % 50} business days", type_norme="TML",
                                   canal="ONL", cible=0.8 + (i % 3) * 0.05, volume_conforme=total * (70 + i % 30) // 100,
                                   volume_total=total))
    DepotNormes(base).importer(normes)
    depot_normes = DepotNormes(base)
    for i, n in enumerate(depot_normes.pour_exercice(exercice)):
        for periode in ("T1", "T2"):
            depot_normes.enregistrer_resultat(ResultatNorme(periode, 400, 500, norme_pk=n.pk))
        if i % 5 == 0:
            depot_normes.enregistrer_action(ActionNorme("Accroître la capacité?", "non_atteinte", "Direction X",
                                                        "2026-03-31", norme_pk=n.pk))
    return exercice


def lignes_nues(base, exercice: str) -> list[list[str]]:
    from gesserv_bureau.cas import normes
    from gesserv_bureau.rapports.rapport_normes import _pct, _resultats
    from gesserv_bureau.referentiel import tableau_8

    lignes = [["Service", "Norme", "Cible", "Résultats", "Scénario"]]
    for s in normes.suivis(base, exercice):
        scenario = tableau_8.texte(tableau_8.scenario(s.scenario).titre, "fr") if s.scenario else "—"
        lignes.append([s.norme.service_id, f"{s.norme.norme_id} {s.norme.norme_fr}", _pct(s.norme.cible, "fr"),
                       _resultats(s, "fr"), scenario])
    return lignes


def main() -> int:
    analyseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analyseur.add_argument("--normes", type=int, default=2000)
    analyseur.add_argument("--repetitions", type=int, default=5)
    args = analyseur.parse_args()

    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.platypus import SimpleDocTemplate, Table

    from gesserv_bureau.cas.production_rapports import produire
    from gesserv_bureau.rapports import rendu_pdf
    from gesserv_bureau.rapports.document import Document, Tableau
    from gesserv_bureau.rapports.gabarit import MARGE
    from gesserv_bureau.stockage.base import ouvrir

    with tempfile.TemporaryDirectory(prefix="gesserv-banc-normes-") as dossier:
        base = ouvrir(Path(dossier) / "r.sqlite")
        exercice = remplir(base, args.normes)
        lignes = lignes_nues(base, exercice)
        largeur = landscape(letter)[0] - 2 * MARGE
        largeurs = [largeur * x for x in (0.12, 0.4, 0.08, 0.22, 0.18)]
        compte = iter(range(10**6))

        def nu() -> bytes:
            sortie = io.BytesIO()
            SimpleDocTemplate(sortie, pagesize=landscape(letter)).build([Table(lignes, colWidths=largeurs, repeatRows=1)])
            return sortie.getvalue()

        def typst_nu() -> bytes:
            doc = Document("Normes — banc d'essai", "Standards — benchmark", "fr", paysage=True,
                           empreinte=f"banc-{next(compte)}")
            doc.ajouter(Tableau(lignes[0], lignes[1:], largeurs=[0.12, 0.4, 0.08, 0.22, 0.18], resume="banc"))
            return rendu_pdf.rendre(doc)

        def rapport() -> bytes:
            return produire(base, "normes", "fr", exercice=exercice, ministere=f"Banc {next(compte)}").pdf

        fonctions = {"nu": nu, "typst": typst_nu, "rapport": rapport}
        for f in fonctions.values():   # polices et gabarit chargés une fois, comme dans l'application
            f()
        mesures: dict[str, list[float]] = {nom: [] for nom in fonctions}
        for _ in range(args.repetitions):
            for nom, fonction in fonctions.items():
                debut = time.perf_counter()
                fonction()
                mesures[nom].append(time.perf_counter() - debut)
        base.fermer()
    m = {nom: statistics.median(v) for nom, v in mesures.items()}
    ratio = m["rapport"] / m["nu"]
    print(f"Tableau reportlab nu, {args.normes} normes       : {m['nu']:.2f} s (médiane de {args.repetitions})")
    print(f"Même tableau nu en PDF balisé (Typst)     : {m['typst']:.2f} s  rapport {m['typst'] / m['nu']:.2f}")
    print(f"Rapport des normes (application)          : {m['rapport']:.2f} s  rapport {ratio:.2f} au tableau "
          f"reportlab (cible ≤ {CIBLE:.2f}) {'OK' if ratio <= CIBLE else 'DÉPASSÉ'}; "
          f"{m['rapport'] / m['typst']:.2f} au tableau balisé nu")
    return 0 if ratio <= CIBLE else 1


if __name__ == "__main__":
    raise SystemExit(main())
