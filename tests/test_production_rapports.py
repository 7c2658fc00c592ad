"""Produire chaque rapport depuis la base (cas d'utilisation), l'exporter et le consigner, et
le dialogue d'aperçu : QtPdf, changement de langue, enregistrement, impression."""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from gesserv_bureau.cas import evaluer, production_rapports
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from outils_interface import ouvrir_fenetre
from test_rapports import donnees  # noqa: F401 — la base réaliste des tests des rapports


def _texte(pdf: bytes, tmp_path) -> str:
    chemin = tmp_path / "x.pdf"
    chemin.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(chemin), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("type_, attendu", [
    ("inventaire", "Répertoire des services — exercice 2024-2025"),
    ("1a", "Programme de déglaçage"),
    ("1b", "Numéro d'assurance sociale"),
    ("2a", "Programme de déglaçage"),
    ("seance", "Participants"),
    ("strategie", "Analyse FFPM"),
    ("mise_a_jour", "Mise à jour annuelle"),
    ("plan", "Légende"),
])
def test_chaque_type_se_produit_depuis_la_base(donnees, tmp_path, type_, attendu):  # noqa: F811
    base = donnees.base
    cles = {"1a": str(donnees.deglacage_1a.pk), "1b": donnees.ev_1b.uuid, "2a": str(donnees.examens[0].pk),
            "seance": donnees.seance.uuid, "strategie": str(donnees.strategie.pk), "mise_a_jour": donnees.maj.uuid,
            "plan": str(donnees.strategie.pk)}
    produit = production_rapports.produire(base, type_, "fr", cle=cles.get(type_), ministere="Patrimoine canadien")
    assert produit.pdf.startswith(b"%PDF") and produit.type == type_ and produit.nom_fichier.endswith("-fr.pdf")
    texte = _texte(produit.pdf, tmp_path)
    assert attendu in texte and "Patrimoine canadien" in texte


def test_un_element_absent_est_signale(donnees):  # noqa: F811
    with pytest.raises(production_rapports.RapportIntrouvable):
        production_rapports.produire(donnees.base, "1b", "fr", cle="999999")
    with pytest.raises(production_rapports.RapportIntrouvable):
        production_rapports.produire(donnees.base, "1a", "fr", cle=donnees.ev_1b.uuid)   # une 1B n'est pas une 1A


def test_sans_cle_le_plus_recent_de_son_type(donnees):  # noqa: F811
    base = donnees.base
    attendu_1a = evaluer.toutes(base, "1A")[0]
    assert production_rapports.produire(base, "1a", "fr").titre == f"1A {attendu_1a.sujet}"
    assert production_rapports.produire(base, "1b", "fr").titre == f"1B {donnees.ev_1b.sujet}"
    seance = production_rapports.produire(base, "seance", "fr")
    assert seance.titre == donnees.seance.titre


def test_exporter_consigne_le_fichier_et_son_empreinte(donnees, tmp_path):  # noqa: F811
    produit = production_rapports.produire(donnees.base, "plan", "en", cle=str(donnees.strategie.pk))
    chemin = production_rapports.exporter(donnees.base, produit, tmp_path / "plan.pdf")
    assert chemin.read_bytes() == produit.pdf
    dernier = production_rapports.registre(donnees.base)[0]
    assert (dernier.action, dernier.type, dernier.langue) == ("export", "plan", "en")
    assert dernier.sha256 == hashlib.sha256(chemin.read_bytes()).hexdigest() and dernier.fichier == str(chemin.resolve())


def test_apercu_langue_enregistrer_imprimer(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    dialogue = fenetre.rapport_inventaire()
    qtbot.waitUntil(lambda: dialogue.produit is not None, timeout=10000)
    # trois pages : le sommaire, 2.9.4 et la cascade de 2.10.4, les services, l'approbation
    assert dialogue.document.pageCount() == 3 and dialogue.bouton_imprimer.isEnabled()
    assert "Pages : 3" in dialogue.etat.text()
    # l'anglais : l'aperçu se refait
    dialogue.langues["en"].click()
    qtbot.waitUntil(lambda: dialogue.produit is not None and dialogue.produit.langue == "en", timeout=10000)
    assert "Service inventory" in _texte(dialogue.produit.pdf, tmp_path)
    # enregistrer
    chemin = dialogue.enregistrer(tmp_path / "inventaire.pdf")
    assert chemin.read_bytes() == dialogue.produit.pdf
    assert production_rapports.registre(fenetre.base)[0].fichier == str(chemin.resolve())
    # imprimer (vers un fichier PDF, à la place de l'imprimante)
    imprimante = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    imprimante.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    imprimante.setOutputFileName(str(tmp_path / "imprime.pdf"))
    assert dialogue.imprimer(imprimante) is True
    info = subprocess.run(["pdfinfo", str(tmp_path / "imprime.pdf")], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+3$", info, re.M), info
    dialogue.close()


def test_rapport_d_une_evaluation_depuis_la_liste(qtbot, tmp_path):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    liste = fenetre.liste_evaluations()
    liste.table.selectRow(0)
    qtbot.mouseClick(liste.bouton_rapport, Qt.MouseButton.LeftButton)
    dialogue = liste.dialogue_rapport
    qtbot.waitUntil(lambda: dialogue.produit is not None, timeout=10000)
    assert dialogue.type == "1a" and dialogue.document.pageCount() >= 1
    ev = DepotEvaluations(fenetre.base).charger(int(dialogue.cle))
    assert ev.sujet in _texte(dialogue.produit.pdf, tmp_path)


def test_l_empreinte_des_donnees_au_pied_de_page_suit_les_donnees(donnees, tmp_path):  # noqa: F811
    base = donnees.base
    ev = evaluer.charger(base, donnees.deglacage_1a.pk)
    avant = _texte(production_rapports.produire(base, "1a", "fr", cle=str(ev.pk)).pdf, tmp_path)
    empreinte = re.search(r"empreinte des données ([0-9a-f]{12})", avant).group(1)
    assert empreinte == production_rapports.empreinte(ev)
    ev.contenu["reponses"]["q2"]["analyse"] += " (révisé)"
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations as Depot

    Depot(base).enregistrer(ev)
    apres = _texte(production_rapports.produire(base, "1a", "fr", cle=str(ev.pk)).pdf, tmp_path)
    assert empreinte not in apres and re.search(r"empreinte des données [0-9a-f]{12}", apres)
    for type_, cle in (("strategie", str(donnees.strategie.pk)), ("seance", donnees.seance.uuid)):
        texte = _texte(production_rapports.produire(base, type_, "en", cle=cle).pdf, tmp_path)
        assert re.search(r"data fingerprint [0-9a-f]{12}", texte)
