"""``gesserv-bureau norme …`` (issue 17, points 1 et 2) : créer, modifier, mesurer, classer,
planifier et retirer une norme de service, comme le formulaire du service; un refus dit dans la
langue de l'utilisateur, rien d'écrit."""

from __future__ import annotations

from outils_tests import lancer_cli as lancer

from gesserv_bureau.cas import normes, planification
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices

CLE = ["--exercice", "2024-2025", "--service", "AAC-001", "--id", "STD-1"]


def _norme(chemin):
    with ouvrir(chemin) as base:
        pk = DepotServices(base).pk_par_id("2024-2025", "AAC-001")
        (n,) = [n for n in normes.normes_du_service(base, pk) if n.norme_id == "STD-1"]   # la démo en a une autre
        return normes.suivi(base, n.pk)


def test_une_norme_de_bout_en_bout(capsys, chemin_cli):
    assert lancer(capsys, "demo")[0] == 0
    code, texte, erreurs = lancer(capsys, "norme", "ajouter", *CLE, "--norme-fr", "Décision en 30 jours", "--type", "tml",
                                  "--canal", "onl,tel", "--cible", "90", "--approbation", "Ministre",
                                  "--date-approbation", "2024-04-01", "--url-temps-reel-fr", "https://exemple.gc.ca/attente",
                                  "--mise-en-oeuvre", "oui")
    assert code == 0, erreurs
    assert "Norme « STD-1 » créée pour le service « AAC-001 » (2024-2025)." in texte
    s = _norme(chemin_cli)
    assert (s.norme.type_norme, s.norme.canal, s.norme.cible, s.norme.niveau_approbation, s.norme.mise_en_oeuvre,
            s.scenario) == ("TML", "ONL,TEL", 0.9, "Ministre", True, "mise_en_oeuvre")

    code, texte, _ = lancer(capsys, "norme", "resultat", *CLE, "--periode", "T1", "--conforme", "80", "--total", "100")
    assert code == 0 and "rendement 80,0\u00a0%" in texte and "n'atteignent pas" in texte
    code, texte, _ = lancer(capsys, "norme", "resultat", *CLE, "--conforme", "870", "--total", "1 000")
    assert code == 0 and _norme(chemin_cli).norme.rendement == 0.87
    assert lancer(capsys, "norme", "tolerance", "5")[1].strip() == "Tolérance du tableau 8 : 5 points de pourcentage."
    assert _norme(chemin_cli).scenario == "conforme"

    with ouvrir(chemin_cli) as base:
        st = planification.nouvelle(base, "Stratégie 2025-2028", "2025-2026")
    code, texte, erreurs = lancer(capsys, "norme", "action", *CLE, "--texte", "Accroître la capacité?",
                                  "--responsable", "DG Opérations", "--echeance", "2025-06-30", "--strategie", st.uuid)
    assert code == 0, erreurs
    assert "Action envoyée au plan de travail de la stratégie « Stratégie 2025-2028 »." in texte
    (action,) = _norme(chemin_cli).actions
    with ouvrir(chemin_cli) as base:
        mesures = planification.par_uuid(base, st.uuid).mesures
    assert [(m["id"], m["mesure"], m["secteur"]) for m in mesures] == [
        (action.mesure_id, "Accroître la capacité?", "DG Opérations")]

    code, texte, _ = lancer(capsys, "--langue", "en", "norme", "liste", "--service", "AAC-001")
    lignes = texte.splitlines()
    assert lignes[0].split("\t") == ["Fiscal year", "Service", "Standard", "Target", "Performance", "Scenario",
                                     "Retired on", "Actions"]
    assert ["2024-2025", "AAC-001", "STD-1 — Décision en 30 jours", "90.0%", "87.0%", "Results meet the standards",
            "—", "1"] in [l.split("\t") for l in lignes[1:]]

    code, texte, _ = lancer(capsys, "norme", "retirer", *CLE, "--le", "2025-03-31")
    assert code == 0 and "retirée le 2025-03-31" in texte
    code, _, erreurs = lancer(capsys, "norme", "modifier", *CLE, "--cible", "95")
    assert code == 1 and "rétablissez-la" in erreurs
    assert lancer(capsys, "norme", "retablir", *CLE)[0] == 0
    code, texte, _ = lancer(capsys, "norme", "modifier", *CLE, "--cible", "95")
    assert code == 0 and "modifiée : cible" in texte and _norme(chemin_cli).norme.cible == 0.95


def test_un_refus_ne_change_rien(capsys, chemin_cli):
    assert lancer(capsys, "demo")[0] == 0
    assert lancer(capsys, "norme", "ajouter", *CLE, "--norme-fr", "A", "--cible", "90")[0] == 0
    for arguments, message in (
        (("modifier", *CLE, "--cible", "120"), "La cible est un pourcentage de 0 à 100 % (lu : 120 %)."),
        (("modifier", *CLE, "--url-normes-fr", "canada.ca"), "Adresse Web invalide"),
        (("resultat", *CLE, "--conforme", "1200", "--total", "1000"), "dépasse le volume total"),
        (("resultat", *CLE, "--conforme", "beaucoup", "--total", "1000"), "Nombre invalide : « beaucoup »."),
        (("ajouter", *CLE, "--norme-fr", "B"), "Le service a déjà une norme « STD-1 »"),
        (("modifier", "--exercice", "2024-2025", "--service", "AAC-001", "--id", "STD-9", "--cible", "1"),
         "Aucune norme « STD-9 »"),
        (("action", *CLE, "--texte", " "), "Décrivez l'action."),
        (("tolerance", "80"), "La tolérance est un écart de 0 à 50 points"),
    ):
        code, _, erreurs = lancer(capsys, "norme", *arguments)
        assert code == 1 and message in erreurs, (arguments, erreurs)
    s = _norme(chemin_cli)
    assert (s.norme.cible, s.norme.volume_total, s.norme.url_normes_fr, s.actions) == (0.9, None, "", [])
    code, _, erreurs = lancer(capsys, "--langue", "en", "norme", "modifier", *CLE, "--cible", "120")
    assert code == 1 and "The target is a percentage from 0 to 100% (read: 120 %)." in erreurs


def test_une_strategie_approuvee_refuse_l_action_sans_rien_ecrire(capsys, chemin_cli):
    assert lancer(capsys, "demo")[0] == 0
    assert lancer(capsys, "norme", "ajouter", *CLE, "--norme-fr", "A")[0] == 0
    with ouvrir(chemin_cli) as base:
        from gesserv_bureau.stockage.depot_strategies import DepotStrategies

        st = planification.nouvelle(base, "Approuvée", "2025-2026")
        st.statut = "approuvee"
        DepotStrategies(base).enregistrer(st)
    code, _, erreurs = lancer(capsys, "norme", "action", *CLE, "--texte", "Célébrez la réussite.", "--strategie", st.uuid)
    assert code == 1 and "est approuvée" in erreurs
    assert _norme(chemin_cli).actions == []


def test_les_petits_refus_de_la_ligne_de_commande(capsys, chemin_cli):
    assert lancer(capsys, "demo")[0] == 0
    code, _, erreurs = lancer(capsys, "norme", "tolerance", " ")
    assert code == 1 and "Nombre invalide" in erreurs
    assert lancer(capsys, "norme", "tolerance", "-0")[1].strip() == "Tolérance du tableau 8 : 0 points de pourcentage."
    assert lancer(capsys, "norme", "ajouter", *CLE, "--norme-fr", "Ligne\tavec tabulation\net saut", "--canal",
                  "onl,,tel,ONL")[0] == 0
    assert _norme(chemin_cli).norme.canal == "ONL,TEL"
    lignes = lancer(capsys, "norme", "liste", "--service", "AAC-001")[1].splitlines()
    assert all(len(l.split("\t")) == 8 for l in lignes)
    code, texte, _ = lancer(capsys, "--langue", "en", "norme", "resultat", *CLE, "--conforme", "1", "--total", "2")
    assert code == 0 and "Result recorded (fiscal year)" in texte
    code, _, erreurs = lancer(capsys, "norme", "resultat", *CLE, "--conforme", "10000000000000000000", "--total",
                              "10000000000000000000")
    assert code == 1 and "Volume trop grand" in erreurs
