"""Approuver en signant, sur ce poste : le dialogue d'approbation (certificat .p12 et mot de passe,
ou sans signature), la liste des évaluations, les séances d'examen et la stratégie; la preuve
gardée dans la base se vérifie, et ne se vérifie plus si le contenu approuvé change."""

from __future__ import annotations

import pytest
from outils_tests import EXERCICE, service_complet
from PySide6.QtWidgets import QDialog

from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles_strategie
from gesserv_bureau.rapports import certificats, confiance
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices

# sur le serveur (``tests/deux_bases.py``) : les exercices que le ministère a ouverts
EXERCICES_DU_MINISTERE = (EXERCICE,)

MDP = "mot-de-passe-essai"


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    racine = certificats.creer_racine("Ministère des Essais", d / "racine.p12", MDP)
    certificats.ecrire_pem(racine, d / "racine.pem")
    certificats.creer_certificat_utilisateur("Marie Approbatrice", None, d / "racine.p12", MDP, d / "marie.p12", MDP)
    return d


@pytest.fixture
def base(tmp_path, base_d_essai):
    b = base_d_essai(tmp_path / "r.sqlite")
    yield b
    b.fermer()


def terminee(base):
    pk = DepotServices(base).creer(service_complet(service_id="SRV-1"))
    ev = evaluer.nouvelle(base, "2A", EXERCICE, pk)
    for code in ev.contenu["reponses"]:
        ev.contenu["reponses"][code]["reponse"] = "non"
    ev.contenu["recommandation"] = "non"
    evaluer.terminer(base, ev)
    return ev


def test_le_dialogue_ouvre_le_certificat_et_ne_garde_pas_le_mot_de_passe(qtbot, pki):
    from gesserv_bureau.interface.dialogue_approbation import DialogueApprobation

    dialogue = DialogueApprobation("fr", "Permis de pêche", None)
    qtbot.addWidget(dialogue)
    dialogue.certificat.setText(str(pki / "marie.p12"))
    dialogue.mot_de_passe.setText("mauvais")
    assert dialogue.accepter() is False
    assert "mot de passe" in dialogue.message.text().lower() and dialogue.mot_de_passe.text() == ""
    dialogue.mot_de_passe.setText(MDP)
    assert dialogue.accepter() is True
    assert dialogue.result() == QDialog.DialogCode.Accepted
    assert dialogue.identite.nom == "Marie Approbatrice" and dialogue.mot_de_passe.text() == ""
    # sans signature : le nom est obligatoire
    sans = DialogueApprobation("en", "Fishing licences", None)
    qtbot.addWidget(sans)
    sans.choix_sans.setChecked(True)
    assert sans.accepter() is False and sans.message.text()
    sans.nom.setText("Directrice générale")
    assert sans.accepter() is True and (sans.par, sans.identite) == ("Directrice générale", None)


def test_la_liste_des_evaluations_approuve_en_signant_puis_signe_apres_coup(qtbot, base, pki, monkeypatch):
    from gesserv_bureau.interface import dialogue_approbation
    from gesserv_bureau.interface.liste_evaluations import ListeEvaluations

    ev = terminee(base)
    liste = ListeEvaluations(base, "fr", EXERCICE)
    qtbot.addWidget(liste)
    liste.table.selectRow(0)
    assert liste.bouton_approuver.isEnabled() and liste.bouton_approuver.text() == "&Approuver…"
    assert liste.approuver("Directrice générale, Services") is True
    assert liste.table.item(0, liste.colonne("statut")).text() == "Approuvée (sans signature)"
    assert "arrive « terminée » sur les autres postes" in liste.message.text()
    liste.table.selectRow(0)
    assert liste.bouton_approuver.isEnabled() and liste.bouton_approuver.text() == "&Signer l'approbation…"

    # le dialogue (sans l'afficher) : certificat et mot de passe saisis, puis « Signer »
    def exec_(dialogue):
        assert dialogue.signature_seulement and not dialogue.choix_sans.isVisible()
        dialogue.certificat.setText(str(pki / "marie.p12"))
        dialogue.mot_de_passe.setText(MDP)
        return QDialog.DialogCode.Accepted if dialogue.accepter() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogue_approbation.DialogueApprobation, "exec", exec_)
    assert liste.approuver() is True
    relue = evaluer.charger(base, ev.pk)
    assert (relue.statut, relue.approuve_par) == ("approuvee", "Marie Approbatrice")
    assert relue.approbation["algorithme"] == "ECDSA-SHA256"
    assert liste.table.item(0, liste.colonne("statut")).text() == "Approuvée (signée)"
    assert "signée par Marie Approbatrice" in liste.message.text()
    liste.table.selectRow(0)
    assert not liste.bouton_approuver.isEnabled()


def test_une_seance_approuvee_se_fige(qtbot, base, pki):
    from gesserv_bureau.interface.seance_examen import DialogueSeances

    seance = seances_examen.nouvelle(base, "Séance de mars", "2026-03-02", EXERCICE)
    dialogue = DialogueSeances(base, "fr", EXERCICE)
    qtbot.addWidget(dialogue)
    assert not dialogue.bouton_approuver.isEnabled()          # brouillon : pas encore
    seance.statut = "terminee"
    seances_examen.enregistrer(base, seance)
    dialogue._charger(seances_examen.charger(base, seance.pk))
    assert dialogue.bouton_approuver.isEnabled()
    identite = certificats.charger_p12(pki / "marie.p12", MDP)
    assert dialogue.approuver(identite=identite) is True
    relue = seances_examen.charger(base, seance.pk)
    assert (relue.statut, relue.approuve_par) == ("approuvee", "Marie Approbatrice") and relue.approbation
    assert not dialogue.editeur.isEnabled() and not dialogue.bouton_approuver.isEnabled()
    assert "signée par Marie Approbatrice" in dialogue.message.text()
    assert base.conn.execute("SELECT count(*) FROM journal WHERE action = 'approbation' AND entite = 'seance'"
                             ).fetchone()[0] == 1


def test_la_strategie_approuvee_en_signant_garde_une_preuve_verifiable(base, pki, monkeypatch):
    # les sections requises ne sont pas l'objet de ce test : la stratégie est tenue pour complète
    monkeypatch.setattr(regles_strategie, "sections_requises_vides", lambda st: [])
    st = planification.nouvelle(base, "Stratégie 2026-2029", EXERCICE)
    st.ffpm["forces"] = ["Équipe stable"]
    planification.enregistrer(base, st)
    identite = certificats.charger_p12(pki / "marie.p12", MDP)

    planification.approuver(base, st, identite=identite)

    relue = planification.charger(base, st.pk)
    assert (relue.statut, relue.approuve_par) == ("approuvee", "Marie Approbatrice") and relue.approbation
    assert planification.verifier_approbation(relue) .raison == "preuve_sans_racine"   # rien n'est retenu ici
    confiance.ajouter(pki / "racine.pem")
    constat = planification.verifier_approbation(relue)
    assert constat.valide and constat.nom == "Marie Approbatrice"
    # le contenu approuvé changé dans la base, à la main : la preuve ne tient plus
    base.conn.execute("UPDATE strategie SET contenu = replace(contenu, 'Équipe stable', 'Équipe instable')")
    base.conn.commit()
    assert planification.verifier_approbation(planification.charger(base, st.pk)).raison == "preuve_signature_invalide"
    # une nouvelle version ne reprend pas la preuve
    assert planification.nouvelle_version(base, relue).approbation is None


def test_la_fenetre_de_la_strategie_approuve_en_signant(qtbot, base, pki, monkeypatch):
    from gesserv_bureau.interface.strategie.fenetre_strategie import FenetreStrategie

    monkeypatch.setattr(regles_strategie, "sections_requises_vides", lambda st: [])
    st = planification.nouvelle(base, "Stratégie 2026-2029", EXERCICE)
    fenetre = FenetreStrategie(base, st, "fr")
    qtbot.addWidget(fenetre)
    identite = certificats.charger_p12(pki / "racine.p12", MDP)   # la racine ne signe pas
    assert fenetre.approuver(identite=identite) is False
    assert "Marie" not in fenetre.bandeau.text() and fenetre.bandeau.text()
    assert planification.charger(base, st.pk).statut == "brouillon"
    assert fenetre.approuver(identite=certificats.charger_p12(pki / "marie.p12", MDP)) is True
    assert planification.charger(base, st.pk).approuve_par == "Marie Approbatrice"


def test_une_preuve_rsa_se_verifie_et_un_certificat_personnel_retenu_fait_foi():
    """RSA PKCS#1 v1.5 comme ECDSA; un certificat personnel (autosigné) n'est de confiance que
    si ce poste l'a retenu lui-même comme racine."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from gesserv_bureau.rapports import approbation

    cle = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    nom = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Paul Approbateur")])
    maintenant = dt.datetime.now(dt.timezone.utc)
    certificat = (x509.CertificateBuilder().subject_name(nom).issuer_name(nom).public_key(cle.public_key())
                  .serial_number(1).not_valid_before(maintenant - dt.timedelta(days=1))
                  .not_valid_after(maintenant + dt.timedelta(days=30))
                  .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
                  .sign(cle, hashes.SHA256()))
    identite = certificats.Identite(cle, certificat)
    octets = b'{"objet":"evaluation","uuid":"x"}'
    bloc = approbation.signer(identite, octets, maintenant)
    assert bloc["algorithme"] == "RSA-PKCS1v15-SHA256"

    assert approbation.verifier(bloc, octets, [certificat], maintenant).valide
    assert approbation.verifier(bloc, octets, [certificat], maintenant).nom == "Paul Approbateur"
    assert approbation.verifier(bloc, octets + b" ", [certificat], maintenant).raison == "preuve_signature_invalide"
    assert approbation.verifier(bloc, octets, [], maintenant).raison == "preuve_sans_racine"
    assert approbation.verifier(bloc, octets, [certificat], maintenant + dt.timedelta(days=60)).raison == \
        "preuve_hors_validite"
    autre = {**bloc, "algorithme": "ECDSA-SHA256"}       # l'algorithme annoncé ne correspond pas à la clé
    assert approbation.verifier(autre, octets, [certificat], maintenant).raison == "preuve_signature_invalide"
