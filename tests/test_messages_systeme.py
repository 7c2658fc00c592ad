"""Les erreurs du système (introuvable, permission, disque plein…) dites dans la langue de
l'utilisateur, jamais dans l'anglais de ``strerror`` (issue 16, point 6)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from gesserv_bureau.langue import Traductions
from gesserv_bureau.messages_erreur import texte_erreur
from gesserv_bureau.referentiel import messages_signature, messages_systeme
from gesserv_bureau.referentiel.messages_systeme import DetailSysteme
from gesserv_bureau.stockage.erreurs import BaseInaccessible

from outils_tests import RACINE, lancer_cli


def _sous_un_fichier(tmp_path: Path) -> Path:
    """Un chemin dont une partie est un fichier : ENOTDIR, même pour root."""
    fichier = tmp_path / "pas-un-dossier"
    fichier.write_text("x")
    return fichier / "sortie.csv"


def test_chaque_erreur_courante_dans_les_deux_langues():
    assert DetailSysteme(errno.ENOSPC).texte("fr").startswith("le disque est plein")
    assert DetailSysteme(errno.ENOSPC).texte("en").startswith("the disk is full")
    assert DetailSysteme(errno.EACCES).texte("fr").startswith("permission refusée")
    assert DetailSysteme(errno.ENOENT).texte("en") == "file or folder not found"
    for nom, (fr, en) in messages_systeme.MESSAGES.items():
        assert fr and en and fr != en, nom


def test_une_erreur_hors_catalogue_est_nommee_par_son_code():
    assert DetailSysteme(errno.EOWNERDEAD).texte("fr") == "erreur du système (code EOWNERDEAD)"
    assert DetailSysteme(errno.EOWNERDEAD).texte("en") == "system error (code EOWNERDEAD)"
    assert DetailSysteme(None).texte("en") == "system error"


def test_le_catalogue_dit_le_detail_dans_la_langue_du_message():
    detail = messages_systeme.detail(PermissionError(errno.EACCES, os.strerror(errno.EACCES)))
    fr = messages_signature.texte("ecriture_impossible", "fr", fichier="a.pdf", detail=detail)
    en = messages_signature.texte("ecriture_impossible", "en", fichier="a.pdf", detail=detail)
    assert "permission refusée" in fr and "Permission denied" not in fr
    assert "permission denied (the file" in en


def test_les_erreurs_du_stockage_disent_le_detail_dans_la_langue():
    assert (RACINE / "traductions" / "gesserv_en.qm").exists()
    exc = BaseInaccessible(Path("/x/r.sqlite"), DetailSysteme(errno.ENOTDIR))
    fr = Traductions("fr")
    en = Traductions("en")
    assert "une partie du chemin n'est pas un dossier" in texte_erreur(exc, fr.traduire)
    anglais = texte_erreur(exc, en.traduire)
    assert "part of the path is not a folder" in anglais and "Not a directory" not in anglais


@pytest.mark.parametrize("langue, attendu, brut", [
    ("fr", "une partie du chemin n'est pas un dossier", "Not a directory"),
    ("en", "part of the path is not a folder", "Not a directory"),
])
def test_la_ligne_de_commande_dit_l_erreur_dans_sa_langue(chemin_cli, tmp_path, capsys, langue, attendu, brut):
    sortie = _sous_un_fichier(tmp_path)
    code, _out, err = lancer_cli(capsys, "--langue", langue, "demo")
    assert code == 0
    code, _out, err = lancer_cli(capsys, "--langue", langue, "exporter", str(sortie))
    assert code == 1
    assert attendu in err and brut not in err


def test_le_dialogue_du_rapport_dit_l_erreur_en_francais(qtbot, base, tmp_path):
    from gesserv_bureau.interface.app import creer_application
    from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

    _app, traductions = creer_application("fr")
    dialogue = DialogueRapport(base, "inventaire", "fr")
    qtbot.addWidget(dialogue)
    dialogue.show()
    qtbot.waitUntil(lambda: dialogue.produit is not None or bool(dialogue.erreur), timeout=15000)
    assert dialogue.produit is not None, dialogue.erreur
    sortie = _sous_un_fichier(tmp_path).with_suffix(".pdf")
    assert dialogue.enregistrer(sortie) is None
    assert "une partie du chemin n'est pas un dossier" in dialogue.etat.text()
    assert "Not a directory" not in dialogue.etat.text()
    assert not sortie.exists()
    traductions.retirer()


def test_aucun_strerror_montre_tel_quel():
    """Le texte anglais du système ne sert nulle part, sauf dans l'exception interne que les
    appelants traduisent (``rapports.fichiers``)."""
    paquet = RACINE / "gesserv_bureau"
    fautifs = [str(p.relative_to(paquet)) for p in paquet.rglob("*.py")
               if ".strerror" in p.read_text(encoding="utf-8")
               and p.name not in ("messages_systeme.py", "fichiers.py")]
    assert fautifs == []
