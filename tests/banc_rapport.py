"""Banc d'essai du rapport du répertoire (pas un test chronométré).

    python tests/banc_rapport.py [--services 2000] [--repetitions 5]

Mesure, dans la même exécution et en alternance, sur les mêmes 2 000 services :
- la référence : un tableau reportlab nu des lignes (SimpleDocTemplate + Table, police par
  défaut, cellules d'une ligne coupées à la largeur de leur colonne);
- le rapport du répertoire tel que l'application le produit (``cas.production_rapports.produire``,
  en PDF : gabarit, polices intégrées, sommaire);
- le PDF balisé (PDF/UA-1, Typst : ``rendu_pdf.rendre``) d'un document qui porte le même tableau
  de 2 000 lignes (texte entier : les cellules passent à la ligne, en-tête répété en artefact);
- le même document en Word (``rendu_docx.rendre``), pour comparaison (``--repetitions-word``
  fois : il est long).
Typst garde en mémoire, pour tout le processus, ce qu'il a calculé (il ne le vide jamais) : un
rapport de 2 000 lignes y laissait 220 Mo et la compilation suivante ralentissait (1,2 s puis 2 s).
Un grand document se compile donc dans un processus à part (``rapports/typst_isole``); le banc
affiche la mémoire du processus de l'application avant et après ses rendus. Chaque mesure rend
un document neuf (son empreinte change), comme chaque rapport que l'application produit.
Affiche chaque durée et son rapport à la référence, et sort en erreur (code 1) si le PDF balisé
ou le rapport de l'application dépasse 1,5 fois la référence.
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


def document_du_tableau(services, langue: str = "fr"):
    """Un document qui porte le tableau des services en entier (ce que rend le PDF balisé)."""
    from gesserv_bureau.rapports.document import Document, Paragraphe, Tableau, Titre
    from gesserv_bureau.rapports.texte import langue_texte, nombre, pourcentage, t
    from gesserv_bureau.referentiel.codes import DESIGNATIONS, PORTEES, TYPES_SERVICE

    lt = langue_texte(langue)
    entetes = [t("N° d'ID", "ID", langue), t("Nom du service", "Service name", langue), t("Type", "Type", langue),
               t("Portée", "Scope", langue), t("Désignations", "Designations", langue),
               t("En ligne", "Online", langue), t("Demandes", "Applications", langue),
               t("À compl.", "To compl.", langue)]
    lignes = []
    for s in services:
        pct = s.pourcentage_en_ligne
        lignes.append([s.service_id, s.nom(lt), TYPES_SERVICE.texte(s.type_service, lt), PORTEES.texte(s.portee, lt),
                       ", ".join(DESIGNATIONS.texte(d, lt) for d in s.designations),
                       pourcentage(pct, langue, 0) if pct is not None else "—", nombre(s.demandes, langue),
                       str(s.a_completer)])
    doc = Document("Répertoire des services — banc d'essai", "Service inventory — benchmark", langue, paysage=True,
                   ministere="Ministère du banc d'essai", auteur="Banc d'essai", empreinte="banc")
    doc.ajouter(Titre(1, t("Les services", "The services", langue)),
                Paragraphe(t("Une ligne par service.", "One row per service.", langue)),
                Tableau(entetes, lignes, largeurs=[0.075, 0.25, 0.19, 0.135, 0.15, 0.06, 0.08, 0.06],
                        resume=t("Les services du répertoire", "The inventory's services", langue)))
    return doc


def _memoire_mo() -> float:
    """La mémoire résidente de ce processus (Linux), en Mo; 0 ailleurs."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _pages_pdf(pdf: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def main() -> int:
    analyseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analyseur.add_argument("--services", type=int, default=2000)
    analyseur.add_argument("--repetitions", type=int, default=5)
    analyseur.add_argument("--repetitions-word", type=int, default=2)
    args = analyseur.parse_args()

    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.platypus import SimpleDocTemplate, Table

    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.cas.demonstration import services_synthetiques
    from gesserv_bureau.cas.production_rapports import produire
    from gesserv_bureau.rapports import rapport_inventaire, rendu_docx, rendu_pdf
    from gesserv_bureau.rapports.gabarit import MARGE
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_services import DepotServices

    with tempfile.TemporaryDirectory(prefix="gesserv-banc-rapport-") as dossier:
        base = ouvrir(Path(dossier) / "r.sqlite")
        DepotServices(base).inserer_en_lot(services_synthetiques(args.services))
        exercice = repertoire.exercice_par_defaut(base)
        services = DepotServices(base).lignes_rapport(exercice)
        largeur = landscape(letter)[0] - 2 * MARGE
        largeurs = [largeur * x for x in (0.075, 0.25, 0.19, 0.135, 0.15, 0.06, 0.08, 0.06)]
        lignes = rapport_inventaire.lignes_services(services, "fr", largeurs)
        doc = document_du_tableau(services)

        def nu() -> bytes:
            sortie = io.BytesIO()
            SimpleDocTemplate(sortie, pagesize=landscape(letter)).build([Table(lignes, colWidths=largeurs, repeatRows=1)])
            return sortie.getvalue()

        def rapport() -> bytes:
            return produire(base, "inventaire", "fr", exercice=exercice).pdf

        compte = iter(range(10**6))

        def neuf():
            doc.empreinte = f"banc-{next(compte)}"   # un document neuf : rien de la compilation d'avant ne sert
            return doc

        def balise() -> bytes:
            return rendu_pdf.rendre(neuf())

        def word() -> bytes:
            return rendu_docx.rendre(neuf())

        mesures = {"nu": [], "rapport": [], "balise": [], "word": []}
        fonctions = {"nu": nu, "rapport": rapport, "balise": balise, "word": word}
        memoire_avant = _memoire_mo()
        produits = {nom: f() for nom, f in fonctions.items()}   # polices et gabarit chargés une fois, comme dans l'application
        for n in range(args.repetitions):
            for nom, fonction in fonctions.items():
                if nom == "word" and n >= args.repetitions_word:
                    continue
                debut = time.perf_counter()
                fonction()
                mesures[nom].append(time.perf_counter() - debut)
        memoire_apres = _memoire_mo()
        base.fermer()
    m = {nom: statistics.median(v) for nom, v in mesures.items()}
    ratios = {nom: m[nom] / m["nu"] for nom in m}
    pages = {nom: _pages_pdf(produits[nom]) for nom in ("nu", "rapport", "balise")}
    print(f"Tableau reportlab nu, {args.services} lignes     : {m['nu']:.2f} s ({pages['nu']} pages; médiane de "
          f"{args.repetitions})")
    print(f"Rapport du répertoire (application, PDF) : {m['rapport']:.2f} s ({pages['rapport']} pages)  "
          f"rapport {ratios['rapport']:.2f}  (cible ≤ {CIBLE:.2f})  {'OK' if ratios['rapport'] <= CIBLE else 'DÉPASSÉ'}")
    print(f"PDF balisé (PDF/UA-1, Typst), même tableau : {m['balise']:.2f} s ({pages['balise']} pages)  "
          f"rapport {ratios['balise']:.2f}  (cible ≤ {CIBLE:.2f})  {'OK' if ratios['balise'] <= CIBLE else 'DÉPASSÉ'}")
    print(f"Word (.docx), même tableau               : {m['word']:.2f} s ({len(produits['word']) / 1024:.0f} Kio; "
          f"médiane de {len(mesures['word'])})  rapport {ratios['word']:.2f}  (pour comparaison)")
    print(f"Mémoire du processus : {memoire_avant:.0f} Mo avant les rendus, {memoire_apres:.0f} Mo après "
          f"{sum(len(v) for v in mesures.values()) + len(produits)} rendus (les grands : dans un processus à part)")
    return 0 if ratios["balise"] <= CIBLE and ratios["rapport"] <= CIBLE else 1


if __name__ == "__main__":
    raise SystemExit(main())
