"""La signature par carte (PKCS#11) par les vraies fenêtres, sur le jeton SoftHSM de la session :
la bibliothèque offerte et retenue, la carte et la clé listées, le NIP jamais gardé, un NIP
incorrect dit sans rien écrire; la contresignature par un .p12; la vérification avec une liste
de révocation qui retire le certificat de la carte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gesserv_bureau.rapports import revocation, signature
from outils_interface import ouvrir_fenetre
from test_signature import rapport_avec_champs

CAPTURES = os.environ.get("GESSERV_CAPTURES")   # un dossier : les fenêtres y sont enregistrées en PNG


def _attendre(qtbot, dialogue):
    qtbot.waitUntil(lambda: dialogue.resultat is not None or bool(dialogue.erreur), timeout=20000)


def _capturer(dialogue, nom: str) -> None:
    if not CAPTURES:
        return
    for largeur, hauteur in ((1366, 768), (1280, 720)):
        dialogue.resize(min(dialogue.width(), largeur), min(dialogue.sizeHint().height(), hauteur))
        dialogue.grab().save(str(Path(CAPTURES) / f"{nom}-{largeur}x{hauteur}.png"))


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_signer_par_carte_contresigner_verifier_revoque(qtbot, tmp_path, jeton_logiciel, langue):
    from gesserv_bureau.interface import carte_signature
    from gesserv_bureau.interface.dialogue_signature import DialogueSignature, DialogueVerification

    j = jeton_logiciel
    source = tmp_path / "rapport.pdf"
    source.write_bytes(rapport_avec_champs())
    carte_signature.retenir_bibliotheque(j.module)
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    dialogue = DialogueSignature(None, langue, fenetre, source=source)
    assert dialogue.origine.itemText(1) == ("Carte ou jeton (PKCS#11)" if langue == "fr" else "Card or token (PKCS#11)")
    dialogue.origine.setCurrentIndex(1)
    assert dialogue.carte.isVisibleTo(dialogue) and not dialogue.certificat.isVisibleTo(dialogue)
    assert dialogue.carte.chemin_bibliotheque() == j.module      # retenue dans les préférences
    assert dialogue.carte.jeton.currentData() == j.etiquette
    assert dialogue.carte.cle.currentText() == "Signature Marie — Marie-Ève Carte"
    # un NIP incorrect : dit, effacé, rien d'écrit
    dialogue.carte.nip.setText("000000")
    dialogue.signer()
    assert dialogue.carte.nip.text() == ""
    _attendre(qtbot, dialogue)
    attendu = ("NIP incorrect pour la carte « Carte Marie ». Rien n'a été signé." if langue == "fr"
               else "Wrong PIN for card “Carte Marie”. Nothing was signed.")
    assert attendu in dialogue.erreur and not (tmp_path / "rapport-signe.pdf").exists()
    _capturer(dialogue, f"signature-carte-{langue}")
    dialogue.carte.nip.setText(j.nip)
    dialogue.erreur = ""
    dialogue.signer()
    _attendre(qtbot, dialogue)
    assert dialogue.resultat == tmp_path / "rapport-signe.pdf", dialogue.erreur
    # l'approbateur contresigne avec son fichier .p12
    contre = DialogueSignature(None, langue, fenetre, source=dialogue.resultat)
    assert contre.champ.currentData() == "signature_2" and contre.origine.currentIndex() == 0
    contre.certificat.setText(str(j.approbateur_p12))
    contre.mot_de_passe.setText(j.mdp_approbateur)
    contre.signer()
    _attendre(qtbot, contre)
    assert contre.resultat is not None, contre.erreur
    # la vérification : valide, puis révoquée avec la liste de la racine
    verif = DialogueVerification(langue, fenetre, fichier=contre.resultat)
    verif.confiance.setText(str(j.racine_pem))
    verif.verifier()
    qtbot.waitUntil(lambda: verif.constat is not None, timeout=20000)
    assert verif.constat.statut == signature.STATUT_VALIDE
    crl = tmp_path / "liste.crl"
    revocation.revoquer(j.certificat_pem, j.racine_p12, j.mdp_racine, crl, raison="cle-compromise")
    verif.constat = None
    verif.crl.setText(str(crl))
    verif.verifier()
    qtbot.waitUntil(lambda: verif.constat is not None, timeout=20000)
    assert verif.constat.statut == signature.STATUT_ECHEC
    assert "sig_revoquee_compromise" in verif.constat.echecs()
    _capturer(verif, f"verification-crl-{langue}")
