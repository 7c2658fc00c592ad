"""L'interface fait ce que fait la ligne de commande : le dialogue « Certificats » (Outils ›
Certificats…) crée la racine, un certificat d'utilisateur émis par elle, un certificat personnel,
exporte un certificat public et gère les racines de confiance, avec les refus de la ligne de
commande; la signature depuis l'interface porte le lieu et la raison; les constats de qualité
s'exportent en CSV."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gesserv_bureau.interface.dialogue_certificats import DialogueCertificats
from gesserv_bureau.rapports import certificats, confiance
from outils_interface import ouvrir_fenetre

MDP_RACINE = "une phrase de racine assez longue"
MINISTERE = "Ministère des Essais"
NOM_RACINE = f"{MINISTERE} — racine de signature"


@pytest.fixture(autouse=True)
def confiance_isolee(tmp_path, monkeypatch):
    dossier = tmp_path / "confiance"
    monkeypatch.setenv("GESSERV_CONFIANCE", str(dossier))
    return dossier


def _cliquer(qtbot, bouton):
    assert bouton.isEnabled()
    qtbot.mouseClick(bouton, Qt.MouseButton.LeftButton)


def _ouvrir_dialogue(qtbot, tmp_path, langue="fr") -> DialogueCertificats:
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", langue)
    assert fenetre.act_certificats in fenetre.menu_outils.actions()
    fenetre.act_certificats.trigger()
    dialogue = fenetre.findChild(DialogueCertificats)
    assert dialogue is not None and dialogue.isVisible()
    return dialogue


def test_creer_exporter_et_retenir_par_le_dialogue(qtbot, tmp_path, confiance_isolee, monkeypatch):
    d = _ouvrir_dialogue(qtbot, tmp_path)
    # chaque champ a son étiquette liée et un nom accessible
    for onglet in d._formulaires.values():
        for etiquette, champ in onglet.etiquettes.values():
            assert etiquette.buddy() is champ and champ.accessibleName() and etiquette.text()

    # --- la racine : un mot de passe court est refusé, rien n'est écrit, les champs effacés
    racine, racine_pem = tmp_path / "racine.p12", tmp_path / "racine.pem"
    d.onglets.setCurrentWidget(d._formulaires["racine"])
    d.racine_ministere.setText(MINISTERE)
    d.racine_sortie.setText(str(racine))
    d.racine_pem.setText(str(racine_pem))
    d.racine_mot_de_passe.setText("court")
    d.racine_confirmation.setText("court")
    _cliquer(qtbot, d.bouton_creer_racine)
    assert "doit avoir au moins 12 caractères" in d.erreur and d.etat.text() == d.erreur
    assert not racine.exists() and not racine_pem.exists()
    assert d.racine_mot_de_passe.text() == "" and d.racine_confirmation.text() == ""
    # deux saisies différentes
    d.racine_mot_de_passe.setText(MDP_RACINE)
    d.racine_confirmation.setText(MDP_RACINE + "!")
    _cliquer(qtbot, d.bouton_creer_racine)
    assert "Les deux mots de passe saisis sont différents" in d.erreur and not racine.exists()
    # la bonne
    d.racine_mot_de_passe.setText(MDP_RACINE)
    d.racine_confirmation.setText(MDP_RACINE)
    _cliquer(qtbot, d.bouton_creer_racine)
    assert d.erreur == "" and f"Racine « {NOM_RACINE} » créée : {racine}" in d.message
    assert f"Certificat public « {NOM_RACINE} » écrit dans {racine_pem}" in d.message
    assert d.racine_mot_de_passe.text() == "" and d.racine_confirmation.text() == ""
    (cert_racine,) = certificats.charger_certificats(racine_pem)
    assert certificats.nom_commun(cert_racine) == NOM_RACINE == certificats.nom_emetteur(cert_racine)
    assert certificats.charger_p12(racine, MDP_RACINE).certificat == cert_racine
    # la sortie déjà là : refusée sans rien écrire, et le mot de passe tapé reste (il n'a pas servi)
    avant = racine.read_bytes()
    d.racine_pem.clear()
    d.racine_mot_de_passe.setText(MDP_RACINE)
    d.racine_confirmation.setText(MDP_RACINE)
    _cliquer(qtbot, d.bouton_creer_racine)
    assert f"Le fichier « {racine} » existe déjà : il n'a pas été remplacé" in d.erreur
    assert d.etat.text() == d.erreur and racine.read_bytes() == avant

    # --- un utilisateur, émis par la racine : un mauvais mot de passe de racine le dit
    marie = tmp_path / "marie.p12"
    d.onglets.setCurrentWidget(d._formulaires["utilisateur"])
    d.utilisateur_nom.setText("Marie Tremblay")
    d.utilisateur_courriel.setText("marie@essais.gc.ca")
    d.utilisateur_racine.setText(str(racine))
    d.utilisateur_mot_de_passe_racine.setText("pas le bon")
    d.utilisateur_sortie.setText(str(marie))
    d.utilisateur_mot_de_passe.setText("marie")
    d.utilisateur_confirmation.setText("marie")
    _cliquer(qtbot, d.bouton_creer_utilisateur)
    assert "Mot de passe incorrect" in d.erreur and not marie.exists()
    assert d.utilisateur_mot_de_passe_racine.text() == "" and d.utilisateur_mot_de_passe.text() == ""
    d.utilisateur_mot_de_passe_racine.setText(MDP_RACINE)
    d.utilisateur_mot_de_passe.setText("marie")
    d.utilisateur_confirmation.setText("marie")
    _cliquer(qtbot, d.bouton_creer_utilisateur)
    assert d.erreur == "" and f"Certificat de signature de « Marie Tremblay » créé : {marie}" in d.message
    assert f"émis par « {NOM_RACINE} »" in d.message
    assert "Avertissement : le mot de passe de" in d.message   # court : accepté, averti
    identite = certificats.charger_p12(marie, "marie")
    assert identite.nom == "Marie Tremblay" and certificats.nom_emetteur(identite.certificat) == NOM_RACINE
    assert certificats.courriel(identite.certificat) == "marie@essais.gc.ca"
    assert d.utilisateur_mot_de_passe_racine.text() == "" and d.utilisateur_confirmation.text() == ""

    # --- un certificat personnel (autosigné), avec son certificat public
    lea, lea_pem = tmp_path / "lea.p12", tmp_path / "lea.pem"
    d.onglets.setCurrentWidget(d._formulaires["personnel"])
    d.personnel_nom.setText("Léa Côté")
    d.personnel_sortie.setText(str(lea))
    d.personnel_pem.setText(str(lea_pem))
    d.personnel_mot_de_passe.setText("mot de passe de Léa, long")
    d.personnel_confirmation.setText("mot de passe de Léa, long")
    _cliquer(qtbot, d.bouton_creer_personnel)
    assert d.erreur == "" and "Certificat personnel de « Léa Côté » créé" in d.message
    assert "Avertissement" not in d.message
    (cert_lea,) = certificats.charger_certificats(lea_pem)
    assert certificats.nom_commun(cert_lea) == "Léa Côté" == certificats.nom_emetteur(cert_lea)

    # --- exporter le certificat public : la racine de la chaîne, ou le titulaire
    d.onglets.setCurrentWidget(d._formulaires["export"])
    depuis_marie = tmp_path / "depuis-marie.pem"
    d.export_p12.setText(str(marie))
    d.export_mot_de_passe.setText("marie")
    d.export_sortie.setText(str(depuis_marie))
    _cliquer(qtbot, d.bouton_exporter)
    assert d.erreur == "" and depuis_marie.read_bytes() == racine_pem.read_bytes()
    assert d.export_mot_de_passe.text() == ""
    d.export_mot_de_passe.setText("marie")
    _cliquer(qtbot, d.bouton_exporter)      # la sortie est déjà là
    assert "existe déjà" in d.erreur and depuis_marie.read_bytes() == racine_pem.read_bytes()
    titulaire = tmp_path / "titulaire.pem"
    d.export_titulaire.setChecked(True)
    d.export_sortie.setText(str(titulaire))
    _cliquer(qtbot, d.bouton_exporter)
    (cert,) = certificats.charger_certificats(titulaire)
    assert certificats.nom_commun(cert) == "Marie Tremblay" and certificats.nom_emetteur(cert) == NOM_RACINE

    # --- les racines de confiance : aucune, puis la racine ajoutée (boîte de fichier), puis retirée
    d.onglets.setCurrentWidget(d._formulaires["confiance"])
    assert d.table_racines.rowCount() == 0 and d.aucune_racine.isVisible()
    assert not d.bouton_retirer_racine.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(racine_pem), ""))
    _cliquer(qtbot, d.bouton_ajouter_racine)
    empreinte = confiance.empreinte(cert_racine)
    assert f"Racine de confiance retenue : « {NOM_RACINE} » — empreinte SHA-256 {empreinte}" in d.message
    assert confiance.fichiers() == [confiance_isolee / f"{empreinte}.pem"]
    assert d.table_racines.rowCount() == 1 and not d.aucune_racine.isVisible()
    assert [d.table_racines.item(0, c).text() for c in range(3)] == [
        NOM_RACINE, empreinte, cert_racine.not_valid_after_utc.date().isoformat()]
    d.table_racines.selectRow(0)
    _cliquer(qtbot, d.bouton_retirer_racine)
    assert f"Racine de confiance oubliée : « {NOM_RACINE} »" in d.message
    assert confiance.fichiers() == [] and d.table_racines.rowCount() == 0 and d.aucune_racine.isVisible()


def test_un_pem_illisible_et_une_racine_introuvable_sont_dits(qtbot, tmp_path):
    d = _ouvrir_dialogue(qtbot, tmp_path)
    faux = tmp_path / "faux.pem"
    faux.write_text("pas un certificat")
    assert d.ajouter_racine(faux) is False and faux.name in d.erreur and d.table_racines.rowCount() == 0
    d.utilisateur_nom.setText("Jean Roy")
    d.utilisateur_racine.setText(str(tmp_path / "absente.p12"))
    d.utilisateur_sortie.setText(str(tmp_path / "jean.p12"))
    d.utilisateur_mot_de_passe.setText("jean")
    _cliquer(qtbot, d.bouton_creer_utilisateur)
    assert "absente.p12" in d.erreur and not (tmp_path / "jean.p12").exists()
    assert d.utilisateur_mot_de_passe.text() == "jean"    # refusé avant de servir : rien de tapé n'est perdu


def test_les_refus_dans_la_langue_de_l_interface(qtbot, tmp_path):
    """Les refus viennent du référentiel, bilingue : ils passent en anglais dès maintenant."""
    d = _ouvrir_dialogue(qtbot, tmp_path, "en")
    d.racine_ministere.setText(MINISTERE)
    d.racine_sortie.setText(str(tmp_path / "racine.p12"))
    d.racine_mot_de_passe.setText("short")
    d.racine_confirmation.setText("short")
    _cliquer(qtbot, d.bouton_creer_racine)
    assert "A root's password must be at least 12 characters" in d.erreur
    assert not (tmp_path / "racine.p12").exists()


def test_le_dialogue_tient_dans_un_petit_ecran(qtbot, tmp_path):
    d = _ouvrir_dialogue(qtbot, tmp_path)
    minimum = d.minimumSizeHint()
    assert minimum.width() <= 1024 and minimum.height() <= 640
    d.resize(1024, 640)
    qtbot.wait(10)
    assert d.width() <= 1024 and d.height() <= 640
    for onglet in d._formulaires.values():
        d.onglets.setCurrentWidget(onglet)
        assert onglet.defilement.widget() is not None


def test_signer_depuis_l_interface_porte_le_lieu_et_la_raison(qtbot, tmp_path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    certificats.creer_racine(MINISTERE, tmp_path / "racine.p12", MDP_RACINE)
    certificats.creer_certificat_utilisateur("Marie Tremblay", None, tmp_path / "racine.p12", MDP_RACINE,
                                             tmp_path / "marie.p12", "marie-secret")
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    rapport = fenetre.rapport_inventaire()
    qtbot.waitUntil(lambda: rapport.produit is not None, timeout=10000)
    dialogue = rapport.signer(tmp_path / "inventaire.pdf")
    assert dialogue.etiquette_lieu.buddy() is dialogue.lieu
    dialogue.certificat.setText(str(tmp_path / "marie.p12"))
    dialogue.mot_de_passe.setText("marie-secret")
    dialogue.raison.setText("Approbation du répertoire")
    dialogue.lieu.setText("Gatineau (Québec)")
    _cliquer(qtbot, dialogue.bouton_signer)
    qtbot.waitUntil(lambda: dialogue.resultat is not None or bool(dialogue.erreur), timeout=20000)
    assert dialogue.resultat is not None, dialogue.erreur
    (sig,) = PdfFileReader(io.BytesIO(dialogue.resultat.read_bytes())).embedded_signatures
    assert str(sig.sig_object["/Location"]) == "Gatineau (Québec)"
    assert str(sig.sig_object["/Reason"]) == "Approbation du répertoire"


def test_exporter_les_constats_de_qualite(qtbot, tmp_path, monkeypatch):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite", "fr")
    fenetre.verifier_qualite()
    panneau = fenetre.qualite
    qtbot.waitUntil(lambda: panneau.table.rowCount() > 0, timeout=10000)
    cible = tmp_path / "constats.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(cible), ""))
    _cliquer(qtbot, panneau.bouton_exporter)
    octets = cible.read_bytes()
    assert octets.startswith("\ufeff".encode("utf-8"))
    lignes = list(csv.reader(io.StringIO(octets.decode("utf-8-sig"))))
    assert lignes[0] == ["Exercice", "Numéro d'ID du service", "Service", "Numéro de la norme", "Règle", "Gravité",
                         "Constat"]   # le fichier de « gesserv-bureau qualite »
    table = panneau.table
    montre = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    # la table : gravité, exercice, numéro d'ID, service, constat
    attendu = [[g, e, i.replace("—", ""), n if n != "(sans nom)" else "", t] for g, e, i, n, t in montre]
    assert [[l[5], l[0], l[1], l[2], l[6]] for l in lignes[1:]] == attendu
    assert str(cible) in panneau.etat_export.text()
    # le filtre de gravité : seuls les constats affichés
    panneau.gravite.setCurrentIndex(panneau.gravite.findData("suggestion"))
    autre = panneau.exporter(tmp_path / "suggestions.csv")
    relu = list(csv.reader(io.StringIO(autre.read_text(encoding="utf-8-sig"))))
    assert len(relu) - 1 == table.rowCount() and all(r[5] == "Suggestion" for r in relu[1:])
    # un dossier introuvable : le message en français, rien d'écrit
    assert panneau.exporter(tmp_path / "absent" / "c.csv") is None
    assert "Les constats n'ont pas pu être exportés" in panneau.etat_export.text()


def test_le_dialogue_en_anglais(qtbot, tmp_path):
    """Passe une fois les traductions de /work/notes/trad-i16-certificats.json appliquées."""
    d = _ouvrir_dialogue(qtbot, tmp_path, "en")
    assert d.windowTitle() == "Signing certificates"
    assert d.parent().menu_outils.title() == "&Tools" and d.parent().act_certificats.text() == "&Certificates…"
    assert d.bouton_creer_racine.text() == "Create the &root"


def test_le_certificat_d_une_cle_de_carte_puis_sa_revocation_par_le_dialogue(qtbot, tmp_path):
    """Issue 18, points 2 et 3 dans l'interface : émettre le certificat d'une clé publique lue sur
    une carte, puis le révoquer en publiant la liste signée; un mauvais mot de passe : rien d'écrit."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from gesserv_bureau.rapports import revocation

    certificats.creer_racine(MINISTERE, tmp_path / "racine.p12", MDP_RACINE)
    cle = ec.generate_private_key(ec.SECP256R1())
    (tmp_path / "cle.pem").write_bytes(cle.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    dialogue = _ouvrir_dialogue(qtbot, tmp_path)
    d = dialogue
    d.onglets.setCurrentWidget(d._formulaires["carte"])
    assert d.onglets.tabText(d.onglets.currentIndex()) == "Carte (clé publique)"
    d.carte_nom.setText("Marie-Ève Carte")
    d.carte_cle.setText(str(tmp_path / "cle.pem"))
    d.carte_racine.setText(str(tmp_path / "racine.p12"))
    d.carte_sortie.setText(str(tmp_path / "carte.pem"))
    d.carte_mot_de_passe_racine.setText("pas le bon")
    _cliquer(qtbot, d.bouton_emettre_carte)
    assert d.erreur and not (tmp_path / "carte.pem").exists() and d.carte_mot_de_passe_racine.text() == ""
    d.carte_mot_de_passe_racine.setText(MDP_RACINE)
    _cliquer(qtbot, d.bouton_emettre_carte)
    assert d.erreur == "" and "Marie-Ève Carte" in d.message and "Écrivez-le sur la carte" in d.message
    (cert,) = certificats.charger_certificats(tmp_path / "carte.pem")
    assert cert.public_key().public_numbers() == cle.public_key().public_numbers()
    assert certificats.nom_emetteur(cert) == NOM_RACINE

    d.onglets.setCurrentWidget(d._formulaires["revocation"])
    d.revocation_certificat.setText(str(tmp_path / "carte.pem"))
    d.revocation_racine.setText(str(tmp_path / "racine.p12"))
    d.revocation_liste.setText(str(tmp_path / "liste.crl"))
    d.revocation_raison.setCurrentIndex(d.revocation_raison.findData("cle-compromise"))
    d.revocation_mot_de_passe_racine.setText(MDP_RACINE)
    _cliquer(qtbot, d.bouton_revoquer)
    assert d.erreur == "" and "révoqué" in d.message and "1 certificats révoqués" in d.message
    liste = revocation.charger(tmp_path / "liste.crl")
    entree = revocation.revocation(liste, cert)
    assert entree is not None and entree.cle_compromise
    # la même, une seconde fois : refusée, la liste inchangée
    avant = (tmp_path / "liste.crl").read_bytes()
    d.revocation_mot_de_passe_racine.setText(MDP_RACINE)
    _cliquer(qtbot, d.bouton_revoquer)
    assert d.erreur and (tmp_path / "liste.crl").read_bytes() == avant
    dialogue.close()
