"""La ligne de commande, exécutée dans le processus (``cli.main``) sur une base temporaire;
un seul test lance un vrai processus (``python -m gesserv_bureau --version``)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from gesserv_bureau import __version__, cli
from gesserv_bureau.cas import production_rapports, repertoire
from gesserv_bureau.langue import Traductions
from gesserv_bureau.stockage import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_activites import DepotActivites
from gesserv_bureau.stockage.constantes import VERSION_SCHEMA
from gesserv_bureau.stockage.depot_services import DepotServices

from outils_tests import RACINE, compter, endommager, lancer_cli as lancer, service_complet, sha256

QM_ANGLAIS = RACINE / "traductions" / "gesserv_en.qm"


@pytest.fixture
def qm_anglais():
    """Le .qm anglais est livré avec le code : absent, les tests en anglais échouent (jamais
    « attendu en échec »)."""
    assert QM_ANGLAIS.exists(), "traductions/gesserv_en.qm absent : python outils/traductions.py compiler"


@pytest.fixture
def chemin(chemin_cli):
    return chemin_cli




# --- aide et version --------------------------------------------------------------------

def _verifier_aide_francaise(sortie: str) -> None:
    assert sortie.startswith("utilisation : gesserv-bureau")
    assert "sous-commandes:" in sortie
    assert "afficher cette aide et quitter" in sortie
    assert "afficher la version et quitter" in sortie
    for nom in cli.SOUS_COMMANDES:
        assert re.search(rf"^\s+{nom}\s+\S", sortie, re.M), f"sous-commande {nom} absente de l'aide"
    assert "usage:" not in sortie and "show this help" not in sortie


def test_aide_en_francais_selon_la_langue_du_systeme(chemin, capsys):
    code, sortie, _ = lancer(capsys, "--help")
    assert code == 0
    _verifier_aide_francaise(sortie)


def test_aide_en_francais_par_option(chemin, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    code, sortie, _ = lancer(capsys, "--langue", "fr", "--help")
    assert code == 0
    _verifier_aide_francaise(sortie)


def test_aide_en_anglais(chemin, capsys, qm_anglais):
    code, sortie, _ = lancer(capsys, "--langue", "en", "--help")
    assert code == 0
    assert "subcommands" in sortie
    assert "show this help message" in sortie
    for nom in cli.SOUS_COMMANDES:
        assert nom in sortie
    assert "sous-commandes" not in sortie


def test_message_d_erreur_en_anglais(chemin, capsys, qm_anglais):
    chemin.parent.mkdir(parents=True)
    chemin.write_bytes(b"not a database at all " * 100)
    code, _, erreurs = lancer(capsys, "--langue", "en", "integrite")
    assert code == 1
    assert "damaged" in erreurs and "endommagé" not in erreurs


def test_aide_d_une_sous_commande(chemin, capsys):
    code, sortie, _ = lancer(capsys, "restaurer", "--help")
    assert code == 0
    assert sortie.startswith("utilisation : gesserv-bureau restaurer")
    assert "remplacer la base par une copie de sécurité" in sortie
    assert "COPIE" in sortie


def test_sous_commandes_declarees_sont_celles_de_l_analyseur():
    analyseur = cli.construire_analyseur(Traductions("fr"))
    (sous,) = [a for a in analyseur._actions if a.dest == "commande"]
    assert tuple(sous.choices) == cli.SOUS_COMMANDES


def test_version(chemin, capsys):
    code, sortie, _ = lancer(capsys, "--version")
    assert code == 0
    assert sortie.strip() == f"gesserv-bureau {__version__}"


def test_version_dans_un_vrai_processus(chemin, tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "GESSERV_BASE": str(chemin),
        "GESSERV_PREFERENCES": str(tmp_path / "preferences.ini"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "fr_CA.UTF-8",
    }
    resultat = subprocess.run(
        [sys.executable, "-m", "gesserv_bureau", "--version"],
        cwd=RACINE, env=env, capture_output=True, text=True, timeout=120,
    )
    assert resultat.returncode == 0, resultat.stderr
    assert resultat.stdout.strip() == f"gesserv-bureau {__version__}"
    assert not chemin.exists()  # --version n'ouvre ni ne crée aucune base


def test_option_invalide(chemin, capsys):
    code, _, erreurs = lancer(capsys, "--langue", "de", "demo")
    assert code == 2
    assert "--langue" in erreurs and "'de'" in erreurs
    assert not chemin.exists()


def test_ouverture_de_la_fenetre_avec_une_langue_inconnue(chemin, capsys):
    code, _, erreurs = lancer(capsys, "--langue", "de")
    assert code == 2
    assert "--langue" in erreurs and "'de'" in erreurs and "choix invalide" in erreurs


def test_faute_de_frappe_dans_la_sous_commande(chemin, capsys):
    code, _, erreurs = lancer(capsys, "dmeo")
    assert code == 2
    assert "choix invalide" in erreurs and "demo" in erreurs
    assert not chemin.exists()


# --- demo -------------------------------------------------------------------------------

def test_demo_remplit_la_base(chemin, capsys):
    code, sortie, erreurs = lancer(capsys, "demo")
    assert (code, erreurs) == (0, "")
    assert sortie.splitlines()[0] == f"10 services de démonstration ajoutés à {chemin} (exercice 2024-2025)."
    assert sortie.splitlines()[1].startswith("Aussi : une évaluation 1B approuvée, une séance d'examen terminée")
    with ouvrir(chemin, lecture_seule=True) as base:
        depot = DepotServices(base)
        assert depot.exercices() == ["2024-2025"]
        assert depot.nombre("2024-2025") == 10
        assert depot.metadonnees("2024-2025")["gardien"] == "Bureau de la gestion des services"
        pks = {s.nom_fr: s.pk for s in depot.services("2024-2025")}
        activites = {ev.nom: ev for ev in DepotActivites(base).toutes()}
        assert len(activites) == 3
        conclusions = {nom: DepotActivites(base).conclusion_de(ev.pk) for nom, ev in activites.items()}
        assert conclusions == {
            "Agri-stabilité": "service",
            "Programme de déglaçage": "service",
            "Site Web de Prestations du Canada": "pas_un_service",
        }
        # Les deux services de l'annexe 1A sont reliés à leur fiche du répertoire.
        assert activites["Agri-stabilité"].service_pk == pks["Agri-stabilité"]
        assert activites["Programme de déglaçage"].service_pk == pks["Programme de déglaçage"]
        assert activites["Site Web de Prestations du Canada"].service_pk is None


def test_demo_est_idempotente(chemin, capsys):
    assert lancer(capsys, "demo")[0] == 0
    empreinte = (compter(chemin, "service"), compter(chemin, "evaluation"), compter(chemin, "journal"))
    code, sortie, _ = lancer(capsys, "demo")
    assert code == 0
    assert sortie.strip() == (
        f"La base {chemin} contient déjà l'exercice de démonstration 2024-2025 : rien n'a été ajouté."
    )
    assert (compter(chemin, "service"), compter(chemin, "evaluation"), compter(chemin, "journal")) == empreinte
    assert empreinte[:2] == (10, 6)   # les trois exemples 1A, une 1B, deux examens 2A


def test_option_base_prime_sur_la_variable(chemin, capsys, tmp_path):
    autre = tmp_path / "ailleurs" / "autre.sqlite"
    code, sortie, _ = lancer(capsys, "demo", "--base", str(autre))
    assert code == 0 and str(autre) in sortie
    assert compter(autre, "service") == 10
    assert not chemin.exists()


# --- copies de sécurité -----------------------------------------------------------------

def test_sauvegarder_puis_lister(chemin, capsys):
    lancer(capsys, "demo")
    code, sortie, _ = lancer(capsys, "sauvegarder")
    assert code == 0
    m = re.fullmatch(r"Copie de sécurité : (.+)\n", sortie)
    assert m, sortie
    copie = sauvegardes.copies(chemin)[0]
    assert m.group(1) == str(copie)
    assert copie.name.endswith("-manuelle.sqlite") and sauvegardes.est_intacte(copie)
    assert compter(copie, "service") == 10

    abimee = sauvegardes.copier(chemin, "manuelle")
    abimee.write_bytes(b"\x00" * 4096)
    code, sortie, _ = lancer(capsys, "sauvegardes")
    assert code == 0
    assert sortie.splitlines() == [f"{abimee}\tENDOMMAGÉE", f"{copie}\tintacte"]


def test_sauvegardes_sans_copie(chemin, capsys):
    code, sortie, _ = lancer(capsys, "sauvegardes")
    assert code == 0
    assert sortie.strip() == f"Aucune copie de sécurité pour {chemin}."


def test_restaurer_la_derniere_copie_intacte(chemin, capsys):
    lancer(capsys, "demo")
    lancer(capsys, "sauvegarder")
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="APRES-COPIE"))
    assert compter(chemin, "service") == 11
    empreinte = sha256(chemin)

    # la copie a un service de moins que la base : refusé sans --confirmer, rien ne change
    code, sortie, erreurs = lancer(capsys, "restaurer")
    assert code == 1 and sortie == "" and "10 services" in erreurs and "11 services" in erreurs
    assert sha256(chemin) == empreinte
    code, sortie, erreurs = lancer(capsys, "restaurer", "--confirmer")
    assert (code, erreurs) == (0, "")
    m = re.fullmatch(r"(.+) restaurée depuis (.+)\. L'ancienne base est gardée sous (.+)\.\n", sortie)
    assert m, sortie
    assert m.group(1) == str(chemin) and m.group(2) == str(sauvegardes.copies(chemin)[0])
    cote = chemin.parent / m.group(3).rsplit("/", 1)[-1]
    assert cote.exists() and sha256(cote) == empreinte
    assert compter(cote, "service") == 11
    assert compter(chemin, "service") == 10


def test_restaurer_une_copie_nommee(chemin, capsys):
    lancer(capsys, "demo")
    copie = sauvegardes.copier(chemin, "manuelle")
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).supprimer(DepotServices(base).services("2024-2025")[0].pk)
    code, _, _ = lancer(capsys, "restaurer", str(copie))
    assert code == 0
    assert compter(chemin, "service") == 10


def test_restaurer_copie_introuvable(chemin, capsys, tmp_path):
    lancer(capsys, "demo")
    empreinte = sha256(chemin)
    code, sortie, erreurs = lancer(capsys, "restaurer", str(tmp_path / "absente.sqlite"))
    assert code == 1 and sortie == ""
    assert erreurs.strip() == f"Fichier introuvable : {tmp_path / 'absente.sqlite'}"
    assert sha256(chemin) == empreinte


def test_restaurer_sans_aucune_copie(chemin, capsys):
    lancer(capsys, "demo")
    empreinte = sha256(chemin)
    code, _, erreurs = lancer(capsys, "restaurer")
    assert code == 1
    assert erreurs.strip() == f"Aucune copie de sécurité pour {chemin}."
    assert sha256(chemin) == empreinte


def test_restaurer_une_copie_endommagee_est_refuse(chemin, capsys):
    lancer(capsys, "demo")
    copie = sauvegardes.copier(chemin, "manuelle")
    copie.write_bytes(b"abime" * 1000)
    empreinte = sha256(chemin)
    code, sortie, erreurs = lancer(capsys, "restaurer", str(copie))
    assert code == 1 and sortie == ""
    assert "Traceback" not in erreurs
    assert erreurs.startswith("Erreur : ") and str(copie) in erreurs and "est endommagée" in erreurs
    assert sha256(chemin) == empreinte
    assert [p for p in chemin.parent.iterdir() if "endommagee" in p.name] == []


def test_restaurer_refuse_pendant_qu_une_instance_a_la_base_ouverte(chemin, capsys):
    lancer(capsys, "demo")
    lancer(capsys, "sauvegarder")
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="EN-COURS"))
        code, sortie, erreurs = lancer(capsys, "restaurer")
        assert code == 1 and sortie == ""
        assert "déjà ouvert par une autre instance" in erreurs
        assert [p for p in chemin.parent.iterdir() if "endommagee" in p.name] == []
        assert DepotServices(base).nombre() == 11
    assert compter(chemin, "service") == 11


# --- intégrité et erreurs ---------------------------------------------------------------

def test_integrite(chemin, capsys):
    lancer(capsys, "demo")
    code, sortie, _ = lancer(capsys, "integrite")
    assert code == 0
    assert sortie.strip() == f"{chemin} : intègre, schéma {VERSION_SCHEMA}, 10 services, exercices : 2024-2025."


def test_integrite_fichier_absent(chemin, capsys):
    code, sortie, erreurs = lancer(capsys, "integrite")
    assert code == 1 and sortie == ""
    assert erreurs.strip() == f"Fichier introuvable : {chemin}"
    assert not chemin.exists()


@pytest.mark.parametrize("commande", ["integrite", "demo", "sauvegarder"])
def test_base_endommagee_message_clair_et_rien_ne_change(chemin, capsys, commande):
    lancer(capsys, "demo")
    endommager(chemin)
    empreinte = sha256(chemin)
    code, sortie, erreurs = lancer(capsys, commande, "--base", str(chemin))
    assert code == 1 and sortie == ""
    assert erreurs.startswith(f"Erreur : Le fichier {chemin} est endommagé")
    assert "Rien n'y a été écrit." in erreurs
    assert "Aucune copie de sécurité intacte n'a été trouvée." in erreurs
    assert "Traceback" not in erreurs
    assert sha256(chemin) == empreinte
    assert sauvegardes.copies(chemin) == []


def test_base_endommagee_avec_copie_propose_de_restaurer(chemin, capsys):
    lancer(capsys, "demo")
    lancer(capsys, "sauvegarder")
    endommager(chemin)
    code, _, erreurs = lancer(capsys, "integrite")
    assert code == 1
    assert "La dernière copie de sécurité intacte date du" in erreurs
    assert "(1 copie(s) intacte(s))" in erreurs
    # ... et la restauration remet une base saine.
    assert lancer(capsys, "restaurer")[0] == 0
    assert lancer(capsys, "integrite")[0] == 0


def test_base_deja_ouverte(chemin, capsys):
    lancer(capsys, "demo")
    with ouvrir(chemin, rotation=False):
        code, sortie, erreurs = lancer(capsys, "integrite")
    assert code == 1 and sortie == ""
    assert f"Le fichier {chemin} est déjà ouvert par une autre instance de gesserv-bureau" in erreurs


def test_base_d_une_version_future(chemin, capsys):
    import sqlite3

    lancer(capsys, "demo")
    conn = sqlite3.connect(chemin)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    empreinte = sha256(chemin)
    code, _, erreurs = lancer(capsys, "demo")
    assert code == 1
    assert "version plus récente de gesserv-bureau (schéma 99" in erreurs
    assert sha256(chemin) == empreinte


# --- documentation ----------------------------------------------------------------------

@pytest.mark.parametrize("nom", cli.SOUS_COMMANDES)
def test_sous_commande_documentee_dans_le_readme(nom):
    readme = RACINE / "README.md"
    assert readme.exists(), "README.md manquant"
    lignes = readme.read_text(encoding="utf-8").splitlines()
    assert any(
        l.lstrip().startswith(f"`gesserv-bureau {nom}") or f"gesserv-bureau {nom}" in l for l in lignes
    ), f"la sous-commande « {nom} » n'est pas documentée dans README.md"


@pytest.mark.parametrize(
    "langue,attendu",
    [("fr", "gesserv-bureau : erreur : arguments non reconnus : --bizarre"),
     ("en", "gesserv-bureau: error: unrecognized arguments: --bizarre")],
)
def test_erreur_d_utilisation_dans_la_langue_choisie(chemin, capsys, langue, attendu):
    with pytest.raises(SystemExit) as sortie:
        cli.main(["--langue", langue, "demo", "--bizarre"])
    assert sortie.value.code == 2
    assert attendu in capsys.readouterr().err


def test_sauvegarder_un_fichier_absent_ne_cree_rien(chemin, capsys):
    assert cli.main(["sauvegarder", "--base", str(chemin)]) == 1
    assert "Fichier introuvable" in capsys.readouterr().err
    assert not chemin.exists()


# --- rapport -------------------------------------------------------------------------------------
def test_rapport_ecrit_le_pdf_et_le_consigne(chemin, capsys, tmp_path):
    assert lancer(capsys, "demo")[0] == 0
    sortie_pdf = tmp_path / "repertoire.pdf"
    code, sortie, erreurs = lancer(capsys, "rapport", "inventaire", "--sortie", str(sortie_pdf))
    assert code == 0, erreurs
    assert sortie_pdf.read_bytes().startswith(b"%PDF")
    assert f"Rapport « inventaire 2024-2025 » (fr) écrit dans {sortie_pdf} — SHA-256 {sha256(sortie_pdf)}" in sortie
    with ouvrir(chemin) as base:
        dernier = production_rapports.registre(base)[0]
    assert (dernier.action, dernier.type, dernier.sha256) == ("export", "inventaire", sha256(sortie_pdf))


@pytest.mark.parametrize("arguments, attendu", [
    (("1b",), "Erreur : rien à rapporter : la base ne contient encore aucun élément pour le rapport « 1b » "
              "(remplissez d'abord l'évaluation, la séance ou la stratégie)"),
    (("1a", "--cle", "999"), "Erreur : rien à rapporter : aucun élément « 999 » pour ce type de rapport"),
    (("inventaire", "--exercice", "2024"), "Erreur : exercice invalide : 2024"),
])
def test_rapport_refuse_sans_rien_ecrire(chemin, capsys, tmp_path, arguments, attendu):
    with ouvrir(chemin) as base:   # le répertoire et les exemples 1A seulement (la démonstration a une 1B)
        repertoire.charger_demo(base)
    sortie_pdf = tmp_path / "r.pdf"
    code, _, erreurs = lancer(capsys, "rapport", *arguments, "--sortie", str(sortie_pdf))
    assert code == 1 and erreurs.startswith(attendu)
    assert not sortie_pdf.exists()


def test_rapport_rien_a_rapporter_en_anglais(chemin, capsys, tmp_path):
    with ouvrir(chemin) as base:   # sans séance d'examen (la démonstration en a une)
        repertoire.charger_demo(base)
    code, _, erreurs = lancer(capsys, "--langue", "en", "rapport", "seance", "--sortie", str(tmp_path / "r.pdf"))
    assert code == 1
    assert "nothing to report: the database does not yet hold any item for the “seance” report" in erreurs
