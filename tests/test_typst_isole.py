"""Un grand rapport se compile dans un processus à part (``rapports/typst_isole``) : la mémoire
que Typst garde d'une compilation à l'autre (220 Mo par rapport de 2 000 services, mesuré) part
avec lui. Le PDF est le même qu'en processus : balisé, ses champs de signature posés, signable."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

from controle_pdfua import constat, structure
from gesserv_bureau.rapports import rendu_pdf, typst_isole
from gesserv_bureau.rapports.document import Approbation, Document, Paragraphe, Signataire, Tableau, Titre


def _document(lignes: int) -> Document:
    doc = Document("Répertoire d'essai", "Test inventory", "fr", ministere="Ministère de l'essai", auteur="Auteure")
    doc.ajouter(Titre(1, "Les services"),
                Tableau(["N° d'ID", "Service", "Portée"], [[f"SRV{i:05d}", f"Service nº {i} « essai »", "Externe"]
                                                          for i in range(lignes)]),
                Approbation([Signataire("Préparé par", "Prepared by", "Auteure"),
                             Signataire("Approuvé par", "Approved by", "Approbateur")],
                            avant=[Paragraphe("Conclusion.")]))
    return doc


def test_un_grand_rapport_passe_par_un_processus_a_part_et_reste_balise(monkeypatch):
    appels = []
    a_part = typst_isole.compiler_a_part
    monkeypatch.setattr(typst_isole, "compiler_a_part", lambda *a: appels.append(len(a[0])) or a_part(*a))
    doc = _document(1500)
    assert len(json.dumps(rendu_pdf.donnees(doc), ensure_ascii=False).encode()) >= typst_isole.SEUIL_ISOLEMENT
    pdf = rendu_pdf.rendre(doc)
    assert len(appels) == 1
    assert constat(pdf) == []
    s = structure(pdf)
    assert [nom for nom, _ in s.champs] == ["signature_1", "signature_2"]
    assert s.th == 3 and s.lang_document.startswith("fr")


def test_un_petit_rapport_reste_dans_le_processus(monkeypatch):
    monkeypatch.setattr(typst_isole, "compiler_a_part", lambda *a: pytest.fail("processus à part pour un petit rapport"))
    pdf = rendu_pdf.rendre(_document(20))
    assert constat(pdf) == []


def test_les_deux_chemins_donnent_le_meme_texte():
    import io

    from pypdf import PdfReader

    doc = _document(300)
    document = json.dumps(rendu_pdf.donnees(doc), ensure_ascii=False)
    heure = dt.datetime(2026, 1, 15, 12, tzinfo=dt.timezone.utc)
    ici, zones_ici = typst_isole.compiler(typst_isole.nouveau_compilateur(), document, heure, True)
    ailleurs, zones_ailleurs = typst_isole.compiler_a_part(document, heure, True)
    texte = [[p.extract_text() for p in PdfReader(io.BytesIO(x)).pages] for x in (ici, ailleurs)]
    assert texte[0] == texte[1] and len(texte[0]) > 3
    assert zones_ici == zones_ailleurs and len(zones_ici) == 2


def test_un_processus_de_rendu_qui_echoue_le_dit(monkeypatch):
    monkeypatch.setattr(typst_isole, "commande", lambda: [sys.executable, "-c",
                                                          "import sys; sys.stderr.write('plus de mémoire'); sys.exit(3)"])
    with pytest.raises(typst_isole.ErreurTypst, match="plus de mémoire"):
        typst_isole.compiler_a_part("{}", dt.datetime(2026, 1, 15, 12, tzinfo=dt.timezone.utc), False)
    monkeypatch.setattr(typst_isole, "commande", lambda: [sys.executable, "-c", "print('pas un PDF')"])
    with pytest.raises(typst_isole.ErreurTypst):
        typst_isole.compiler_a_part("{}", dt.datetime(2026, 1, 15, 12, tzinfo=dt.timezone.utc), False)


def test_un_processus_de_rendu_bloque_est_arrete(monkeypatch):
    monkeypatch.setattr(typst_isole, "DELAI_MAX_S", 1)
    monkeypatch.setattr(typst_isole, "commande", lambda: [sys.executable, "-c", "import time; time.sleep(30)"])
    with pytest.raises(typst_isole.ErreurTypst, match="n'a pas fini"):
        typst_isole.compiler_a_part("{}", dt.datetime(2026, 1, 15, 12, tzinfo=dt.timezone.utc), False)


def test_une_erreur_du_gabarit_revient_comme_erreur_typst():
    with pytest.raises(typst_isole.ErreurTypst):
        typst_isole.compiler_a_part(json.dumps({"pas": "un document"}), dt.datetime(2026, 1, 15, 12, tzinfo=dt.timezone.utc),
                                    False)


def test_le_paquet_fige_relance_le_rendu_par_son_option(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert typst_isole.commande() == [sys.executable, typst_isole.OPTION_FIGEE]
    monkeypatch.delattr(sys, "frozen")
    assert typst_isole.commande()[1:] == ["-m", "gesserv_bureau.rapports.typst_isole"]
