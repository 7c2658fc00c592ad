"""Signer, contresigner et vérifier un rapport par les vraies fenêtres : le rapport produit,
enregistré, signé par l'auteur, contresigné par l'approbateur, vérifié contre la racine du
ministère; un mauvais mot de passe le dit; une copie altérée échoue."""

from __future__ import annotations

import pytest

from gesserv_bureau.cas import production_rapports
from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports import signature
from outils_interface import ouvrir_fenetre


@pytest.fixture
def pki(tmp_path):
    racine = tmp_path / "racine.p12"
    certificats.creer_racine("Patrimoine canadien", racine, "racine-secret")
    auteure = tmp_path / "auteure.p12"
    certificats.creer_certificat_utilisateur("Marie Tremblay", "marie@example.gc.ca", racine, "racine-secret",
                                             auteure, "auteure-secret")
    approbateur = tmp_path / "approbateur.p12"
    certificats.creer_certificat_utilisateur("Jean Roy", "jean@example.gc.ca", racine, "racine-secret",
                                             approbateur, "approbateur-secret")
    pem = tmp_path / "racine.pem"
    certificats.exporter_pem(racine, "racine-secret", pem)
    return auteure, approbateur, pem


def _signer(qtbot, dialogue, p12, mot_de_passe):
    dialogue.certificat.setText(str(p12))
    dialogue.mot_de_passe.setText(mot_de_passe)
    dialogue.resultat, dialogue.erreur = None, ""
    dialogue.signer()
    assert dialogue.mot_de_passe.text() == ""   # jamais gardé
    qtbot.waitUntil(lambda: dialogue.resultat is not None or bool(dialogue.erreur), timeout=20000)


def test_signer_contresigner_verifier(qtbot, tmp_path, pki):
    auteure, approbateur, pem = pki
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    rapport = fenetre.rapport_inventaire()
    qtbot.waitUntil(lambda: rapport.produit is not None, timeout=10000)
    dialogue = rapport.signer(tmp_path / "inventaire.pdf")
    assert dialogue.champ.currentData() == "signature_1"
    # un mauvais mot de passe le dit, et rien n'est écrit
    _signer(qtbot, dialogue, auteure, "pas le bon")
    assert "mot de passe" in dialogue.erreur.lower() and not (tmp_path / "inventaire-signe.pdf").exists()
    _signer(qtbot, dialogue, auteure, "auteure-secret")
    signe = dialogue.resultat
    assert signe == tmp_path / "inventaire-signe.pdf" and "Marie Tremblay" in dialogue.etat.text()
    # l'approbateur contresigne le fichier signé, dans le champ suivant
    contre = fenetre.signer_pdf(signe)
    assert contre.champ.currentData() == "signature_2"
    _signer(qtbot, contre, approbateur, "approbateur-secret")
    assert contre.resultat == tmp_path / "inventaire-signe-contresigne.pdf"
    registre = production_rapports.registre(fenetre.base)
    assert [r.action for r in registre[:3]] == ["signature", "signature", "export"]
    assert registre[0].signataires == ("Marie Tremblay", "Jean Roy")
    dialogue_registre = fenetre.afficher_registre()
    table = dialogue_registre.table
    assert table.rowCount() == 3
    assert [table.item(r, 2).text() for r in range(3)] == ["Signature", "Signature", "Export"]
    assert table.item(0, 6).text() == "Marie Tremblay, Jean Roy" and table.item(0, 4).text().endswith("-contresigne.pdf")
    dialogue_registre.close()
    # la vérification, contre la racine du ministère
    verification = fenetre.verifier_pdf(contre.resultat)
    verification.confiance.setText(str(pem))
    verification.verifier()
    qtbot.waitUntil(lambda: verification.constat is not None, timeout=20000)
    assert verification.constat.ok and verification.verdict.text().startswith("✔")
    details = verification.details.toPlainText()
    assert "Marie Tremblay" in details and "Jean Roy" in details
    # une copie altérée : un octet changé dans la partie signée
    octets = bytearray(contre.resultat.read_bytes())
    position = octets.index(b"/Title") + 8
    octets[position] ^= 0x01
    alteree = tmp_path / "alteree.pdf"
    alteree.write_bytes(bytes(octets))
    verification.constat = None
    verification.fichier.setText(str(alteree))
    verification.verifier()
    qtbot.waitUntil(lambda: verification.constat is not None, timeout=20000)
    assert not verification.constat.ok and verification.verdict.text().startswith("✘")


def test_un_pdf_sans_champ_libre_est_refuse_clairement(qtbot, tmp_path, pki):
    auteure, approbateur, _pem = pki
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "en")
    rapport = fenetre.rapport_inventaire()
    qtbot.waitUntil(lambda: rapport.produit is not None, timeout=10000)
    chemin = rapport.enregistrer(tmp_path / "r.pdf")
    pdf = chemin.read_bytes()
    for p12, mdp in ((auteure, "auteure-secret"), (approbateur, "approbateur-secret")):
        pdf = signature.signer(pdf, p12, mdp)
    complet = tmp_path / "complet.pdf"
    complet.write_bytes(pdf)
    dialogue = fenetre.signer_pdf(complet)
    assert not dialogue.bouton_signer.isEnabled() and dialogue.champ.count() == 0
    assert "no free signature field" in dialogue.erreur
