"""Attaques sur le fichier d'échange des évaluations (issue 12, partie 2 : « Fiabilité »).

Reproduit, chacune par un test :

- une approbation forgée dans le JSON (``statut: approuvee``, ``approuve_par`` et date tapés à
  la main) : importée approuvée « par Sous-ministre Forgé » sur l'autre poste;
- une « preuve » signée par un imposteur autosigné, par une racine que ce poste ne connaît pas,
  par la racine elle-même (sans usage de signature), ou par un certificat expiré à la date de
  l'approbation; une preuve valide recollée sur un contenu modifié, sur une autre date, ou
  accompagnée d'un autre nom d'approbateur;
- la même chose pour une séance d'examen;
- un ``modifie_le`` dans le futur (9999-12-31) qui bloquerait toute modification réelle ensuite;
- des champs hors du format (clés inconnues à chaque niveau, exercice qui n'est pas AAAA-AAAA);
- une imbrication profonde (``RecursionError`` au lieu d'un message), un fichier de 50 Mo;
- et, en garde-fou, une réponse de 5 000 caractères qui doit passer intacte.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import tracemalloc

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from outils_tests import EXERCICE, lancer_cli, service_complet

from gesserv_bureau.cas import transferts
from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.domaine import contenu_approuve
from gesserv_bureau.domaine.echange_evaluations import EchangeRefuse
from gesserv_bureau.domaine.evaluations import Evaluation, Seance
from gesserv_bureau.rapports import certificats, confiance
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations, DepotSeances
from gesserv_bureau.stockage.depot_services import DepotServices

MDP = "mot-de-passe-essai"
TABLES = ("evaluation", "seance", "initiative", "journal", "service")


# --- le décor : une racine ministérielle, une approbatrice, des imposteurs ---------------------
@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    racine = certificats.creer_racine("Ministère des Essais", d / "racine.p12", MDP)
    certificats.ecrire_pem(racine, d / "racine.pem")
    certificats.creer_certificat_utilisateur("Marie Approbatrice", None, d / "racine.p12", MDP,
                                             d / "approbatrice.p12", MDP)
    certificats.creer_certificat_personnel("Sous-ministre Forgé", None, d / "imposteur.p12", MDP)
    autre = certificats.creer_racine("Ministère Inconnu", d / "autre_racine.p12", MDP)
    certificats.ecrire_pem(autre, d / "autre_racine.pem")
    certificats.creer_certificat_utilisateur("Marie Approbatrice", None, d / "autre_racine.p12", MDP,
                                             d / "approbatrice_ailleurs.p12", MDP)
    return {
        "dossier": d,
        "racine_pem": d / "racine.pem",
        "autre_racine_pem": d / "autre_racine.pem",
        "racine": certificats.charger_p12(d / "racine.p12", MDP),
        "approbatrice": certificats.charger_p12(d / "approbatrice.p12", MDP),
        "imposteur": certificats.charger_p12(d / "imposteur.p12", MDP),
        "ailleurs": certificats.charger_p12(d / "approbatrice_ailleurs.p12", MDP),
    }


@pytest.fixture
def bases(tmp_path):
    """Le portable A (qui approuve) et le portable B (qui reçoit), avec le même service SRV-1."""
    a = ouvrir(tmp_path / "a.sqlite", rotation=False)
    b = ouvrir(tmp_path / "b.sqlite", rotation=False)
    sa = DepotServices(a).creer(service_complet(service_id="SRV-1", nom_fr="Permis de pêche"))
    DepotServices(b).creer(service_complet(service_id="AUTRE", nom_fr="Autre"))
    DepotServices(b).creer(service_complet(service_id="SRV-1", nom_fr="Permis de pêche"))
    yield a, b, sa
    a.fermer()
    b.fermer()


@pytest.fixture
def b_fait_confiance(pki):
    """Le poste B a importé une fois la racine ministérielle."""
    confiance.ajouter(pki["racine_pem"])


def evaluation_1b_terminee(base, service_pk) -> Evaluation:
    ev = evaluer.nouvelle(base, "1B", EXERCICE, service_pk)
    for code in ev.contenu["considerations"]:
        ev.contenu["considerations"][code] = {"cote": "eleve", "exemple": f"ex. {code}", "analyse": f"analyse {code}"}
    ev.contenu["decision"] = "oui"
    ev.contenu["justification"] = "Volume élevé, service essentiel."
    evaluer.enregistrer(base, ev)
    evaluer.terminer(base, ev)
    return ev


def instantane(base) -> dict:
    return {t: base.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def lire(fichier) -> dict:
    return json.loads(fichier.read_text(encoding="utf-8"))


def ecrire(fichier, donnees) -> None:
    fichier.write_text(json.dumps(donnees, ensure_ascii=False), encoding="utf-8")


def reecrire(fichier, changer) -> None:
    donnees = lire(fichier)
    changer(donnees)
    ecrire(fichier, donnees)


def approuvee_signee(a, sa, pki, tmp_path, identite="approbatrice"):
    """Une évaluation 1B approuvée et signée sur A, exportée; renvoie (évaluation, fichier)."""
    ev = evaluation_1b_terminee(a, sa)
    evaluer.approuver(a, ev, identite=pki[identite])
    fichier = tmp_path / "approuvee.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    return ev, fichier


def codes(messages) -> list[str]:
    return [m.code for m in messages]


# --- 1. l'approbation forgée dans le JSON ------------------------------------------------------
def test_une_approbation_tapee_dans_le_json_n_est_pas_importee(bases, tmp_path, b_fait_confiance):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "terminee.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    reecrire(fichier, lambda d: d["evaluations"][0].update(
        statut="approuvee", approuve_par="Sous-ministre Forgé", approuve_le="2025-01-15T10:00:00-05:00"))

    resultat = transferts.importer(b, fichier)

    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert (recue.statut, recue.approuve_par, recue.approuve_le, recue.approbation) == ("terminee", "", "", None)
    assert resultat.crees == 1
    assert codes(resultat.avertissements) == ["approbation_non_signee"]
    texte_fr, texte_en = (resultat.avertissements[0].texte(l) for l in ("fr", "en"))
    assert "Sous-ministre Forgé" in texte_fr and "sans signature" in texte_fr and "terminée, non approuvée" in texte_fr
    assert "without the approver's signature" in texte_en and "completed, not approved" in texte_en


def test_cli_l_approbation_forgee_est_dite_dans_le_bilan(bases, tmp_path, capsys, b_fait_confiance):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "terminee.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    reecrire(fichier, lambda d: d["evaluations"][0].update(statut="approuvee", approuve_par="Sous-ministre Forgé",
                                                           approuve_le="2025-01-15T10:00:00-05:00"))
    chemin_b = b.chemin
    b.fermer()

    code, sortie, erreurs = lancer_cli(capsys, "evaluation", "importer", str(fichier), "--base", str(chemin_b))

    assert (code, erreurs) == (0, "")
    assert "Sous-ministre Forgé" in sortie and "terminée, non approuvée" in sortie
    with ouvrir(chemin_b, rotation=False) as b2:
        assert DepotEvaluations(b2).par_uuid(ev.uuid).statut == "terminee"


# --- 2. une approbation signée, vérifiée -----------------------------------------------------------
def test_une_approbation_signee_par_un_certificat_de_la_racine_arrive_approuvee(bases, tmp_path, pki,
                                                                               b_fait_confiance):
    a, b, sa = bases
    ev, fichier = approuvee_signee(a, sa, pki, tmp_path)
    bloc = lire(fichier)["evaluations"][0]["approbation"]
    assert set(bloc) == {"version", "algorithme", "signature", "certificats"}
    assert bloc["algorithme"] == "ECDSA-SHA256" and len(bloc["certificats"]) == 2
    # le nom écrit dans le JSON ne compte pas : c'est celui du certificat
    reecrire(fichier, lambda d: d["evaluations"][0].update(approuve_par="Sous-ministre Forgé"))

    resultat = transferts.importer(b, fichier)

    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert (recue.statut, recue.approuve_par, recue.approuve_le) == ("approuvee", "Marie Approbatrice", ev.approuve_le)
    assert recue.approbation == bloc
    assert resultat.avertissements == []
    assert codes(resultat.approbations) == ["approbation_verifiee"]
    assert "Marie Approbatrice" in resultat.approbations[0].texte("fr")
    assert "Ministère des Essais" in resultat.approbations[0].texte("en")
    # réimporter : rien ne change; et B réexporte une approbation que C vérifie encore
    avant = instantane(b)
    assert transferts.importer(b, fichier).inchanges == 1
    assert instantane(b) == avant
    transferts.exporter_evaluation(b, ev.uuid, tmp_path / "de_b.json")
    with ouvrir(tmp_path / "c.sqlite", rotation=False) as c:
        DepotServices(c).creer(service_complet(service_id="SRV-1"))
        transferts.importer(c, tmp_path / "de_b.json")
        assert DepotEvaluations(c).par_uuid(ev.uuid).statut == "approuvee"


@pytest.mark.parametrize("changer,raison", [
    # la preuve recollée sur une réponse changée après l'approbation
    (lambda e: e["contenu"].update(decision="non"), "preuve_signature_invalide"),
    (lambda e: e["contenu"]["considerations"]["volume"].update(analyse="Réécrite."), "preuve_signature_invalide"),
    # sur une autre date d'approbation, un autre service, une autre évaluation
    (lambda e: e.update(approuve_le="2020-01-01T00:00:00-05:00"), "preuve_signature_invalide"),
    (lambda e: e["service"].update(service_id="AUTRE"), "preuve_signature_invalide"),
    (lambda e: e.update(uuid="00000000-0000-4000-8000-000000000001"), "preuve_signature_invalide"),
    # une signature endommagée, un certificat retiré
    (lambda e: e["approbation"].update(signature="AAAA" + e["approbation"]["signature"][4:]), "preuve_signature_invalide"),
    (lambda e: e["approbation"].update(signature="pas du base64 !"), "preuve_illisible"),
    (lambda e: e["approbation"].update(certificats=["-----BEGIN CERTIFICATE-----\nxyz\n-----END CERTIFICATE-----\n"]),
     "preuve_illisible"),
])
def test_une_preuve_qui_ne_correspond_plus_rend_l_evaluation_non_approuvee(bases, tmp_path, pki, b_fait_confiance,
                                                                          changer, raison):
    a, b, sa = bases
    ev, fichier = approuvee_signee(a, sa, pki, tmp_path)
    reecrire(fichier, lambda d: changer(d["evaluations"][0]))
    uuid = lire(fichier)["evaluations"][0]["uuid"]

    resultat = transferts.importer(b, fichier)

    recue = DepotEvaluations(b).par_uuid(uuid)
    assert (recue.statut, recue.approuve_par, recue.approbation) == ("terminee", "", None)
    (avertissement,) = [m for m in resultat.avertissements if m.code == "approbation_refusee"]
    assert avertissement.params["raison"].code == raison
    for langue in ("fr", "en"):
        assert avertissement.texte(langue)
    assert "terminée, non approuvée" in avertissement.texte("fr")
    assert resultat.approbations == []


@pytest.mark.parametrize("identite,raison,mot", [
    ("imposteur", "preuve_non_fiable", "Sous-ministre Forgé"),      # autosigné, inconnu ici
    ("ailleurs", "preuve_non_fiable", "Marie Approbatrice"),         # émis par une racine inconnue ici
])
def test_un_certificat_qui_ne_mene_pas_a_une_racine_de_confiance(bases, tmp_path, pki, b_fait_confiance,
                                                                 identite, raison, mot):
    a, b, sa = bases
    ev, fichier = approuvee_signee(a, sa, pki, tmp_path, identite)

    resultat = transferts.importer(b, fichier)

    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert (recue.statut, recue.approuve_par) == ("terminee", "")
    (avertissement,) = resultat.avertissements
    assert avertissement.code == "approbation_refusee" and avertissement.params["raison"].code == raison
    assert mot in avertissement.texte("fr") and "racine de confiance" in avertissement.texte("fr")
    assert "trusted root" in avertissement.texte("en")


def test_sans_racine_retenue_rien_n_est_approuve_puis_confiance_donnee_en_ligne_de_commande(
        bases, tmp_path, pki, capsys):
    a, b, sa = bases
    ev, fichier = approuvee_signee(a, sa, pki, tmp_path, "ailleurs")
    chemin_b = b.chemin
    b.fermer()

    code, sortie, _ = lancer_cli(capsys, "evaluation", "importer", str(fichier), "--base", str(chemin_b))
    assert code == 0 and "aucune racine de confiance" in sortie
    with ouvrir(chemin_b, rotation=False) as b2:
        assert DepotEvaluations(b2).par_uuid(ev.uuid).statut == "terminee"

    # la même approbation, avec la racine donnée pour cet import : reconnue et mise à jour
    code, sortie, erreurs = lancer_cli(capsys, "evaluation", "importer", str(fichier), "--base", str(chemin_b),
                                       "--confiance", str(pki["autre_racine_pem"]))
    assert (code, erreurs) == (0, ""), erreurs
    assert "Marie Approbatrice" in sortie and "vérifiée" in sortie
    with ouvrir(chemin_b, rotation=False) as b2:
        recue = DepotEvaluations(b2).par_uuid(ev.uuid)
        assert (recue.statut, recue.approuve_par) == ("approuvee", "Marie Approbatrice")


def preuve_a_la_main(a, ev_pk, sa, identite, approuve_le, fichier) -> None:
    """Fabrique hors de l'application une preuve de la forme attendue : le contenu canonique
    signé par la clé d'``identite`` (sans les contrôles que fait ``evaluer.approuver``)."""
    donnees = lire(fichier)
    e = donnees["evaluations"][0]
    e.update(statut="approuvee", approuve_le=approuve_le)
    nom = certificats.nom_commun(identite.certificat)
    octets = contenu_approuve.evaluation(evaluer.charger(a, ev_pk), DepotServices(a).charger(sa), approuve_le, nom)
    signature = identite.cle.sign(octets, ec.ECDSA(hashes.SHA256()))
    e["approbation"] = {"version": 1, "algorithme": "ECDSA-SHA256",
                        "signature": base64.b64encode(signature).decode("ascii"),
                        "certificats": [certificats.pem(c).decode("ascii") for c in (identite.certificat, *identite.chaine)]}
    ecrire(fichier, donnees)


def test_la_racine_elle_meme_ne_signe_pas_une_approbation(bases, tmp_path, pki, b_fait_confiance):
    """Le certificat de la racine n'a pas l'usage « signature numérique » : refusé à la signature
    ici, et refusé à la vérification si la preuve est fabriquée ailleurs."""
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    with pytest.raises(certificats.CertificatInutilisable):
        evaluer.approuver(a, ev, identite=pki["racine"])
    assert evaluer.charger(a, ev.pk).statut == "terminee"
    fichier = tmp_path / "racine.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    preuve_a_la_main(a, ev.pk, sa, pki["racine"], journal.maintenant(), fichier)

    resultat = transferts.importer(b, fichier)

    assert DepotEvaluations(b).par_uuid(ev.uuid).statut == "terminee"
    (avertissement,) = resultat.avertissements
    assert avertissement.params["raison"].code == "preuve_usage_cle"
    assert "ne permet pas de signer" in avertissement.texte("fr")


def test_une_approbation_antidatee_d_avant_le_certificat(bases, tmp_path, pki, b_fait_confiance, monkeypatch):
    """Une approbation datée d'avant la délivrance du certificat n'est pas reconnue; l'application
    refuse d'ailleurs de la signer."""
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "antidatee.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    preuve_a_la_main(a, ev.pk, sa, pki["approbatrice"], "2021-06-01T10:00:00-04:00", fichier)

    resultat = transferts.importer(b, fichier)

    assert DepotEvaluations(b).par_uuid(ev.uuid).statut == "terminee"
    (avertissement,) = resultat.avertissements
    assert avertissement.params["raison"].code == "preuve_hors_validite"
    assert "2021-06-01" in avertissement.texte("fr") and "was not valid" in avertissement.texte("en")
    # et ici, au moment de signer avec une horloge qui retarde de cinq ans : refusé
    monkeypatch.setattr(journal, "maintenant", lambda: "2021-06-01T10:00:00-04:00")
    with pytest.raises(certificats.CertificatInutilisable):
        evaluer.approuver(a, evaluer.charger(a, ev.pk), identite=pki["approbatrice"])
    monkeypatch.undo()
    assert evaluer.charger(a, ev.pk).statut == "terminee"


def test_une_approbation_locale_sans_signature_voyage_non_approuvee(bases, tmp_path, b_fait_confiance):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    evaluer.approuver(a, ev, "Directrice générale, Services")
    assert evaluer.charger(a, ev.pk).statut == "approuvee"           # ici, elle reste approuvée
    fichier = tmp_path / "non_signee.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    e = lire(fichier)["evaluations"][0]
    assert (e["statut"], e["approbation"]) == ("approuvee", None)

    resultat = transferts.importer(b, fichier)

    assert DepotEvaluations(b).par_uuid(ev.uuid).statut == "terminee"
    assert codes(resultat.avertissements) == ["approbation_non_signee"]
    assert "Directrice générale, Services" in resultat.avertissements[0].texte("fr")


def test_signer_apres_coup_une_approbation_locale(bases, tmp_path, pki, b_fait_confiance):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    evaluer.approuver(a, ev, "Directrice générale, Services")
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v1.json")
    transferts.importer(b, tmp_path / "v1.json")
    evaluer.signer_approbation(a, evaluer.charger(a, ev.pk), pki["approbatrice"])
    relue = evaluer.charger(a, ev.pk)
    assert (relue.statut, relue.approuve_par) == ("approuvee", "Marie Approbatrice") and relue.approbation
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v2.json")

    resultat = transferts.importer(b, tmp_path / "v2.json")

    assert resultat.modifies == 1 and resultat.avertissements == []
    assert DepotEvaluations(b).par_uuid(ev.uuid).statut == "approuvee"


def test_cli_approuver_et_signer(bases, tmp_path, pki, capsys, monkeypatch):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    chemin_a = a.chemin
    a.fermer()
    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", "mauvais")
    code, _, erreurs = lancer_cli(capsys, "evaluation", "approuver", "--uuid", ev.uuid, "--certificat",
                                  str(pki["dossier"] / "approbatrice.p12"), "--base", str(chemin_a))
    assert code == 1 and "mot de passe" in erreurs.lower()
    with ouvrir(chemin_a, rotation=False) as a2:
        assert DepotEvaluations(a2).par_uuid(ev.uuid).statut == "terminee"

    monkeypatch.setenv("GESSERV_MOT_DE_PASSE", MDP)
    code, sortie, erreurs = lancer_cli(capsys, "evaluation", "approuver", "--uuid", ev.uuid, "--certificat",
                                       str(pki["dossier"] / "approbatrice.p12"), "--base", str(chemin_a))
    assert (code, erreurs) == (0, ""), erreurs
    assert "Marie Approbatrice" in sortie
    with ouvrir(chemin_a, rotation=False) as a2:
        relue = DepotEvaluations(a2).par_uuid(ev.uuid)
        assert (relue.statut, relue.approuve_par) == ("approuvee", "Marie Approbatrice")
        assert relue.approbation["certificats"][0].startswith("-----BEGIN CERTIFICATE-----")
    assert MDP not in (chemin_a.read_bytes().decode("latin-1"))


# --- 3. la séance d'examen --------------------------------------------------------------------------
def seance_et_examen(a, sa) -> Seance:
    seance = seances_examen.nouvelle(a, "Séance de mars", "2026-03-02", EXERCICE)
    seance.participants = [{"nom": "Anne", "domaine": "TI"}]
    seance.services = [sa]
    seance.statut = "terminee"
    seances_examen.enregistrer(a, seance)
    return seance


def test_une_seance_approuvee_dans_le_json_n_est_pas_importee_approuvee(bases, tmp_path, b_fait_confiance):
    a, b, sa = bases
    seance = seance_et_examen(a, sa)
    fichier = tmp_path / "seance.json"
    transferts.exporter_seance(a, seance.uuid, fichier)
    reecrire(fichier, lambda d: d["seance"].update(statut="approuvee"))

    resultat = transferts.importer(b, fichier)

    assert DepotSeances(b).par_uuid(seance.uuid).statut == "terminee"
    assert codes(resultat.avertissements) == ["seance_approbation_non_signee"]
    assert "Séance de mars" in resultat.avertissements[0].texte("fr")


def test_une_seance_approuvee_et_signee_arrive_approuvee_et_modifiee_non(bases, tmp_path, pki, b_fait_confiance):
    a, b, sa = bases
    seance = seance_et_examen(a, sa)
    seances_examen.approuver(a, seance, identite=pki["approbatrice"])
    fichier = tmp_path / "seance.json"
    transferts.exporter_seance(a, seance.uuid, fichier)
    modifie = tmp_path / "seance_modifiee.json"
    donnees = lire(fichier)
    donnees["seance"]["participants"].append({"nom": "Intrus", "domaine": "?"})
    ecrire(modifie, donnees)

    resultat = transferts.importer(b, modifie)
    assert DepotSeances(b).par_uuid(seance.uuid).statut == "terminee"
    assert resultat.avertissements[0].code == "seance_approbation_refusee"

    resultat = transferts.importer(b, fichier)   # la vraie : remplace la copie non approuvée
    recue = DepotSeances(b).par_uuid(seance.uuid)
    assert (recue.statut, recue.approuve_par) == ("approuvee", "Marie Approbatrice")
    assert codes(resultat.approbations) == ["seance_approbation_verifiee"]


# --- 4. une date de modification dans le futur ----------------------------------------------------
@pytest.mark.parametrize("champ", ["modifie_le", "cree_le", "termine_le"])
def test_une_date_dans_le_futur_est_refusee(bases, tmp_path, champ):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "futur.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    reecrire(fichier, lambda d: d["evaluations"][0].update({champ: "9999-12-31T00:00:00+00:00"}))
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert codes(refus.value.problemes) == ["date_future", "rien_importe"]
    assert f"evaluations[0].{champ}" in refus.value.texte("fr") and "9999-12-31" in refus.value.texte("fr")
    assert "in the future" in refus.value.texte("en")
    assert instantane(b) == avant


def test_une_date_future_ne_bloque_plus_les_vraies_modifications(bases, tmp_path):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v1.json")
    reecrire(tmp_path / "v1.json", lambda d: d["evaluations"][0].update(modifie_le="9999-12-31T00:00:00+00:00"))
    with pytest.raises(EchangeRefuse):
        transferts.importer(b, tmp_path / "v1.json")
    # la vraie version arrive ensuite, et une modification réelle plus tard passe aussi
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v2.json")
    assert transferts.importer(b, tmp_path / "v2.json").crees == 1


def test_une_seance_datee_du_futur_est_refusee(bases, tmp_path):
    a, b, sa = bases
    seance = seance_et_examen(a, sa)
    fichier = tmp_path / "seance.json"
    transferts.exporter_seance(a, seance.uuid, fichier)
    demain_et_plus = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).isoformat(timespec="seconds")
    reecrire(fichier, lambda d: d["seance"].update(modifie_le=demain_et_plus))
    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)
    assert refus.value.code == "date_future" and "seance.modifie_le" in refus.value.texte("fr")


def test_une_petite_avance_d_horloge_est_toleree(bases, tmp_path):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "avance.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    dans_une_heure = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)).isoformat(timespec="seconds")
    reecrire(fichier, lambda d: d["evaluations"][0].update(modifie_le=dans_une_heure))
    assert transferts.importer(b, fichier).crees == 1


# --- 5. ce qui n'est pas dans le format -------------------------------------------------------------
@pytest.mark.parametrize("changer,champ", [
    (lambda d: d.update(commentaire="x"), "commentaire"),
    (lambda d: d["evaluations"][0].update(approuve_par_ministre=True), "evaluations[0].approuve_par_ministre"),
    (lambda d: d["evaluations"][0]["service"].update(pk=3), "evaluations[0].service.pk"),
    (lambda d: d["evaluations"][0]["contenu"].update(decision_finale="oui"), "evaluations[0].contenu.decision_finale"),
    (lambda d: d["evaluations"][0]["contenu"]["considerations"]["volume"].update(note=5),
     "evaluations[0].contenu.considerations.volume.note"),
    (lambda d: d["evaluations"][0].update(approbation={"version": 1, "algorithme": "ECDSA-SHA256", "signature": "",
                                                       "certificats": [], "confiance": "totale"}),
     "evaluations[0].approbation.confiance"),
])
def test_une_cle_inconnue_est_refusee_en_la_nommant(bases, tmp_path, changer, champ):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "inconnu.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    reecrire(fichier, changer)
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert refus.value.code == "cle_inconnue"
    assert champ in refus.value.texte("fr") and champ in refus.value.texte("en")
    assert instantane(b) == avant


def test_une_cle_inconnue_dans_la_seance_est_refusee(bases, tmp_path):
    a, b, sa = bases
    seance = seance_et_examen(a, sa)
    fichier = tmp_path / "seance.json"
    transferts.exporter_seance(a, seance.uuid, fichier)
    reecrire(fichier, lambda d: d["seance"]["participants"][0].update(role="présidente"))
    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)
    assert refus.value.code == "cle_inconnue" and "seance.participants[0].role" in refus.value.texte("fr")


@pytest.mark.parametrize("ou,valeur", [
    ("evaluation", "2024"), ("evaluation", "2024-2026"), ("evaluation", "2024-25"), ("evaluation", "abcd-efgh"),
    ("evaluation", "2025-2024"), ("service", "2024/2025"), ("seance", "24-25"),
])
def test_un_exercice_qui_n_est_pas_aaaa_aaaa_est_refuse(bases, tmp_path, ou, valeur):
    a, b, sa = bases
    seance = seance_et_examen(a, sa)
    fichier = tmp_path / "exercice.json"
    transferts.exporter_seance(a, seance.uuid, fichier)
    ev = evaluation_1b_terminee(a, sa)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "ev.json")
    donnees = lire(fichier)
    donnees["evaluations"] = lire(tmp_path / "ev.json")["evaluations"]
    cible = {"evaluation": donnees["evaluations"][0], "service": donnees["evaluations"][0]["service"],
             "seance": donnees["seance"]}[ou]
    cible["exercice"] = valeur
    ecrire(fichier, donnees)
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert refus.value.code == "exercice_invalide"
    assert valeur in refus.value.texte("fr") and "AAAA-AAAA" in refus.value.texte("fr")
    assert "YYYY-YYYY" in refus.value.texte("en")
    assert instantane(b) == avant


# --- 6. imbrication profonde, fichier énorme, réponse longue ---------------------------------------
def test_une_imbrication_profonde_donne_un_message(bases, tmp_path, capsys):
    _, b, _ = bases
    fichier = tmp_path / "profond.json"
    fichier.write_text('{"format": "gesserv-evaluation", "version_format": 1, "evaluations": '
                       + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)
    assert codes(refus.value.problemes) == ["trop_imbrique", "rien_importe"]
    assert instantane(b) == avant

    chemin_b = b.chemin
    b.fermer()
    code, sortie, erreurs = lancer_cli(capsys, "--langue", "en", "evaluation", "importer", str(fichier),
                                       "--base", str(chemin_b))
    assert code == 1 and sortie == ""
    assert "nests lists or objects deeper" in erreurs and "Nothing was imported" in erreurs and "Traceback" not in erreurs


def test_une_imbrication_moyenne_dans_un_champ_donne_un_message(bases, tmp_path):
    """Sous la limite de récursion de json, mais bien au-delà de ce que le format connaît."""
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "profond.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    texte = fichier.read_text(encoding="utf-8").replace(
        '"justification": "Volume élevé, service essentiel."', '"justification": ' + "[" * 900 + "]" * 900)
    fichier.write_text(texte, encoding="utf-8")
    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)
    assert refus.value.code == "trop_imbrique"


def test_un_fichier_de_50_mo_est_refuse_sans_etre_lu(bases, tmp_path):
    _, b, _ = bases
    fichier = tmp_path / "enorme.json"
    with open(fichier, "wb") as f:       # creux : 50 Mo annoncés, presque rien sur le disque
        f.truncate(50 * 1000 * 1000)
    avant = instantane(b)

    tracemalloc.start()
    try:
        with pytest.raises(EchangeRefuse) as refus:
            transferts.importer(b, fichier)
        pic = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert refus.value.code == "trop_volumineux"
    assert "48 Mo" in refus.value.texte("fr") and "limit" in refus.value.texte("en")
    assert pic < 5 * 1024 * 1024          # refusé sans le lire
    assert instantane(b) == avant


def test_un_fichier_dont_la_taille_ment_n_est_pas_lu_au_dela_de_la_limite(bases, tmp_path, monkeypatch):
    """La taille annoncée ment (un tube, un périphérique, un fichier qui grossit entre-temps) :
    la lecture s'arrête à la limite."""
    _, b, _ = bases
    fichier = tmp_path / "menteur.json"
    with open(fichier, "wb") as f:
        f.truncate(30 * 1024 * 1024)
    vrai_stat, vrai_fstat = os.stat, os.fstat

    class Petit:
        def __init__(self, s):
            self._s = s

        def __getattr__(self, nom):
            return 100 if nom == "st_size" else getattr(self._s, nom)

    monkeypatch.setattr("pathlib.Path.stat", lambda self, **kw: Petit(vrai_stat(self)))
    monkeypatch.setattr(os, "fstat", lambda fd: Petit(vrai_fstat(fd)))
    tracemalloc.start()
    try:
        with pytest.raises(EchangeRefuse) as refus:
            transferts.importer(b, fichier)
        pic = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        monkeypatch.undo()
    assert refus.value.code == "trop_volumineux"
    assert pic < 20 * 1024 * 1024


def test_une_reponse_de_5000_caracteres_passe_intacte(bases, tmp_path, b_fait_confiance, pki):
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    longue = ("Analyse détaillée « élevé » — " * 200)[:5000]
    assert len(longue) == 5000
    ev = evaluer.charger(a, ev.pk)
    ev.statut = "brouillon"
    ev.contenu["considerations"]["volume"]["analyse"] = longue
    evaluer.enregistrer(a, ev)
    evaluer.approuver(a, ev, identite=pki["approbatrice"])
    fichier = tmp_path / "longue.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)

    resultat = transferts.importer(b, fichier)

    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert recue.contenu["considerations"]["volume"]["analyse"] == longue
    assert recue.statut == "approuvee" and resultat.avertissements == []


def test_un_fichier_aux_milliers_de_champs_inconnus_donne_un_refus_lisible(bases, tmp_path, capsys):
    """Des dizaines de milliers de clés inconnues (ou une clé d'un million de caractères) : le
    refus les nomme, mais reste lisible — cinquante, puis le nombre des autres."""
    a, b, sa = bases
    ev = evaluation_1b_terminee(a, sa)
    fichier = tmp_path / "large.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    reecrire(fichier, lambda d: d.update({f"cle_{n}": n for n in range(20_000)}, **{"x" * 1_000_000: 1}))

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert len(refus.value.problemes) == 52                       # 50, « … et 19 951 autres », rien importé
    assert refus.value.problemes[-2].texte("fr") == "… et 19951 autres problèmes dans ce fichier."
    assert len(refus.value.texte("fr")) < 20_000
    assert DepotEvaluations(b).par_uuid(ev.uuid) is None
