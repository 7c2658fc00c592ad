"""Attaque (issue 14, partie 5 : qui a préparé le rapport) : « Préparé par — Nom : root ».

Chaque bloc d'approbation imprimait le compte du système d'exploitation (``getpass.getuser()``,
noté comme auteur de chaque évaluation, séance et stratégie, et comme auteur des métadonnées du
PDF), et l'en-tête restait sans ministère tant qu'on ne le retapait pas. Les attaques
reproduites ici :

- le compte du système (ici ``compte_os_xyz`` dans USER et LOGNAME) paraissait dans les
  rapports : chaque type de rapport, avec un profil et sans, et sur une base écrite avant le
  profil (dont les dossiers ont ce compte pour auteur), ne le contient nulle part — texte des
  pages (pdftotext), métadonnées et objets du PDF, parties du .docx;
- avec un profil, « Préparé par » porte son nom (le titre aux modules qui le prennent) et les
  métadonnées du PDF son nom; sans profil, la ligne « Nom » reste en blanc;
- l'auteur des nouveaux dossiers était le compte : c'est le nom du profil (vide sans profil);
  le journal technique garde le compte;
- l'en-tête du rapport prend le ministère du profil sans ``--ministere``;
- ``gesserv-bureau profil`` refuse un courriel mal formé, un texte de plusieurs lignes, un
  texte trop long, sans rien écrire, en français et en anglais;
- Édition › Profil… et le dialogue du premier lancement (qu'on peut passer, une fois)
  enregistrent le profil et refusent une saisie fautive en le disant.
"""

from __future__ import annotations

import getpass
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from gesserv_bureau.cas import production_rapports, repertoire
from gesserv_bureau.cas import profils
from gesserv_bureau.rapports import formats
from gesserv_bureau.rapports.types import TYPES
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations, DepotSeances
from gesserv_bureau.stockage.depot_strategies import DepotStrategies
from outils_tests import lancer_cli

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")

COMPTE = "compte_os_xyz"
NOM = "Marie Tremblay"
TITRE = "Directrice, Bureau de la gestion des services"
MINISTERE = "Agriculture et Agroalimentaire Canada"
PROFIL = profils.Profil(NOM, TITRE, "Direction générale des services", MINISTERE, "marie.tremblay@agr.gc.ca")


@pytest.fixture(autouse=True)
def compte_distinctif(monkeypatch):
    """Le compte du système a un nom qu'aucun rapport ne peut contenir par hasard."""
    for variable in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(variable, COMPTE)
    assert getpass.getuser() == COMPTE


def _comptes() -> list[str]:
    """Le compte distinctif, et le vrai compte de la session s'il est assez long pour ne pas être
    un mot ordinaire."""
    import os
    import pwd

    reel = pwd.getpwuid(os.getuid()).pw_name
    return [COMPTE] + ([reel] if len(reel) >= 3 and reel != COMPTE else [])


def _texte_pdf(chemin: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(chemin), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def _objets_pdf(contenu: bytes) -> str:
    """Toutes les chaînes et tous les flux décompressés du PDF (métadonnées XMP, /Info, champs)."""
    import pikepdf

    morceaux = []
    with pikepdf.open(io.BytesIO(contenu)) as pdf:
        for cle, valeur in pdf.docinfo.items():
            morceaux.append(f"{cle}={valeur}")
        for objet in pdf.objects:
            if isinstance(objet, pikepdf.Stream):
                try:
                    morceaux.append(objet.read_bytes().decode("latin-1"))
                except pikepdf.PdfError:
                    pass
            elif isinstance(objet, pikepdf.Dictionary):
                for valeur in objet.values():
                    if isinstance(valeur, pikepdf.String):
                        morceaux.append(str(valeur))
    return "\n".join(morceaux)


def _texte_office(contenu: bytes) -> str:
    """Chaque partie XML d'un .docx ou d'un .pptx (texte, propriétés du document)."""
    with zipfile.ZipFile(io.BytesIO(contenu)) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                         if n.endswith((".xml", ".rels")))


def _module(type_: str):
    import importlib

    nom = {"inventaire": "rapport_inventaire", "normes": "rapport_normes", "1a": "rapport_1a", "1b": "rapport_1b", "2a": "rapport_2a",
           "seance": "rapport_seance", "strategie": "rapport_strategie", "mise_a_jour": "rapport_strategie",
           "plan": "rapport_plan"}[type_]
    return importlib.import_module(f"gesserv_bureau.rapports.{nom}")


def _formats(type_: str) -> list[str]:
    """Les formats que ce rapport sait déjà produire : PDF toujours; Word et PowerPoint une fois
    son module passé au modèle de document (``document(...)``)."""
    offerts = [f.code for f in formats.formats_pour(type_)]
    return offerts if hasattr(_module(type_), "document") else ["pdf"]


def _aucun_compte(tmp_path: Path, capsys, etiquette: str) -> dict[tuple[str, str], str]:
    """Chaque type de rapport, dans chaque format qu'il sait produire, par la ligne de commande :
    aucun ne contient le compte du système. Renvoie le texte lu de chacun."""
    textes = {}
    for type_ in TYPES:
        for code in _formats(type_):
            sortie = tmp_path / f"{etiquette}-{type_}.{code}"
            rc, _, erreurs = lancer_cli(capsys, "rapport", type_, "--sortie", str(sortie), "--langue", "bilingue")
            assert rc == 0, (type_, code, erreurs)
            contenu = sortie.read_bytes()
            if code == "pdf":
                lu = _texte_pdf(sortie)
                brut = lu + "\n" + _objets_pdf(contenu)
            else:
                lu = brut = _texte_office(contenu)
            for compte in _comptes():
                motif = re.compile(rf"(?<![\w/]){re.escape(compte)}(?!\w)")
                assert not motif.search(brut), f"{compte!r} dans le rapport {type_} ({code}, {etiquette})"
            textes[type_, code] = lu
    return textes


# --- le compte du système n'est dans aucun rapport -------------------------------------------
def test_avec_un_profil_aucun_rapport_ne_nomme_le_compte_et_prepare_par_porte_le_profil(tmp_path, capsys):
    assert lancer_cli(capsys, "profil", "--nom", NOM, "--titre", TITRE, "--ministere", MINISTERE)[0] == 0
    assert lancer_cli(capsys, "ponderation", "definir", "--poids", "volume=2")[0] == 0   # « définie par »
    assert lancer_cli(capsys, "demo")[0] == 0
    textes = _aucun_compte(tmp_path, capsys, "profil")
    for type_ in ("1a", "1b", "2a"):   # (le procès-verbal d'une séance est signé de la présidence)
        texte = re.sub(r"\s+", " ", textes[type_, "pdf"])
        assert re.search(r"Préparé par / Prepared by .{0,120}" + re.escape(NOM), texte), type_
    assert NOM in textes["1b", "pdf"]                       # la pondération « définie par » le profil
    assert MINISTERE in textes["inventaire", "pdf"]          # l'en-tête : le ministère du profil
    from pypdf import PdfReader

    assert PdfReader(tmp_path / "profil-1a.pdf").metadata.author == NOM


def test_sans_profil_aucun_rapport_ne_nomme_le_compte_et_le_nom_reste_en_blanc(tmp_path, capsys):
    assert lancer_cli(capsys, "ponderation", "definir", "--poids", "volume=2")[0] == 0
    assert lancer_cli(capsys, "demo")[0] == 0
    textes = _aucun_compte(tmp_path, capsys, "sans-profil")
    texte = re.sub(r"\s+", " ", textes["1a", "pdf"])
    # « Nom / Name » suivi directement de la ligne suivante du bloc : rien à la place du nom
    assert re.search(r"Préparé par / Prepared by Nom / Name Titre / Title", texte), texte[-600:]
    from pypdf import PdfReader

    assert PdfReader(tmp_path / "sans-profil-1a.pdf").metadata.author in (None, "", "gesserv-bureau")


@pytest.mark.parametrize("avec_profil", [False, True], ids=["sans-profil", "avec-profil"])
def test_une_base_ecrite_avant_le_profil_ne_met_pas_le_compte_dans_les_rapports(tmp_path, capsys, avec_profil):
    """Les dossiers d'une base d'avant le profil ont le compte du système pour auteur (et pour
    auteur de la pondération 1B) : les rapports ne le montrent pas pour autant."""
    from gesserv_bureau.cas import reglages_1b

    with ouvrir(tmp_path / "repertoire.sqlite") as base:
        base.auteur = base.utilisateur   # ce que l'application écrivait avant le profil
        reglages_1b.definir(base, {"volume": "2"})
        assert repertoire.charger_demo(base, dossiers=True) == 10
        assert {ev.auteur for ev in DepotEvaluations(base).toutes()} == {COMPTE}
        assert {s.auteur for s in DepotStrategies(base).toutes()} == {COMPTE}
    if avec_profil:
        assert lancer_cli(capsys, "profil", "--nom", NOM, "--titre", TITRE)[0] == 0
    _aucun_compte(tmp_path, capsys, "ancienne")
    from pypdf import PdfReader

    auteur = PdfReader(tmp_path / "ancienne-1a.pdf").metadata.author
    assert auteur == NOM if avec_profil else auteur in (None, "", "gesserv-bureau")


def test_les_options_facultatives_ne_vont_qu_aux_modules_qui_les_prennent():
    def ancien(ev, langue, ministere="", auteur="", empreinte=""):
        return locals()

    def nouveau(ev, langue, ministere="", auteur="", empreinte="", titre_auteur=""):
        return locals()

    options = {"ministere": "M", "auteur": NOM, "titre_auteur": TITRE}
    assert production_rapports._acceptees(ancien, options) == {"ministere": "M", "auteur": NOM}
    assert production_rapports._acceptees(nouveau, options) == options
    assert nouveau(None, "fr", **production_rapports._acceptees(nouveau, options))["titre_auteur"] == TITRE


def test_produire_passe_le_nom_et_le_titre_du_profil_a_chaque_module(tmp_path, monkeypatch):
    """Le contrat avec les modules de rapport : ``auteur`` = le nom du profil, ``titre_auteur``
    = son titre (à ceux qui le prennent), ``ministere`` = celui du profil par défaut."""
    from gesserv_bureau.rapports import rapport_1a

    recu = {}

    def rapport(ev, langue, ministere="", auteur="", empreinte="", titre_auteur=""):
        recu.update(ministere=ministere, auteur=auteur, titre_auteur=titre_auteur, auteur_dossier=ev.auteur)
        return b"%PDF-1.7"

    monkeypatch.setattr(rapport_1a, "rapport", rapport)
    monkeypatch.delattr(rapport_1a, "document", raising=False)
    with ouvrir(tmp_path / "r.sqlite") as base:
        base.auteur = base.utilisateur
        repertoire.charger_demo(base)
        production_rapports.produire(base, "1a", "fr", profil=PROFIL)
        assert recu == {"ministere": MINISTERE, "auteur": NOM, "titre_auteur": TITRE, "auteur_dossier": ""}
        production_rapports.produire(base, "1a", "fr", profil=PROFIL, ministere="Autre ministère")
        assert recu["ministere"] == "Autre ministère"
        production_rapports.produire(base, "1a", "fr")     # aucun profil : rien, jamais le compte
        assert recu == {"ministere": "", "auteur": "", "titre_auteur": "", "auteur_dossier": ""}


# --- l'auteur des nouveaux dossiers --------------------------------------------------------------
def test_l_auteur_des_nouveaux_dossiers_est_le_profil_et_le_journal_garde_le_compte(tmp_path, capsys):
    assert lancer_cli(capsys, "profil", "--nom", NOM)[0] == 0
    assert lancer_cli(capsys, "ponderation", "definir", "--poids", "volume=2")[0] == 0
    assert lancer_cli(capsys, "criteres-1b", "ajouter", "Accessibilité")[0] == 0
    assert lancer_cli(capsys, "demo")[0] == 0
    with ouvrir(tmp_path / "repertoire.sqlite") as base:
        assert {ev.auteur for ev in DepotEvaluations(base).toutes()} == {NOM}
        assert {s.auteur for s in DepotSeances(base).toutes()} == {NOM}
        assert {s.auteur for s in DepotStrategies(base).toutes()} == {NOM}
        assert base.conn.execute("SELECT definie_par FROM ponderation_1b").fetchall() == [(NOM,)]
        assert base.conn.execute("SELECT cree_par FROM critere_1b").fetchall() == [(NOM,)]
        # le journal technique : qui a écrit, sur ce poste (le compte), pas un rapport
        assert {u for (u,) in base.conn.execute("SELECT DISTINCT utilisateur FROM journal")} == {COMPTE}


def test_sans_profil_l_auteur_des_nouveaux_dossiers_est_vide(tmp_path, capsys):
    assert lancer_cli(capsys, "demo")[0] == 0
    with ouvrir(tmp_path / "repertoire.sqlite") as base:
        assert {ev.auteur for ev in DepotEvaluations(base).toutes()} == {""}
        assert {s.auteur for s in DepotStrategies(base).toutes()} == {""}


# --- la commande « profil » ----------------------------------------------------------------------
def test_profil_sans_option_montre_qu_il_n_y_en_a_pas(capsys):
    rc, sortie, erreurs = lancer_cli(capsys, "profil")
    assert (rc, erreurs) == (0, "")
    assert "Nom complet : (non renseigné)" in sortie
    assert "Aucun profil : dans les rapports, le nom et le titre de « Préparé par » restent en blanc" in sortie
    rc, sortie, _ = lancer_cli(capsys, "--langue", "en", "profil")
    assert "Full name: (not provided)" in sortie and "No profile:" in sortie


def test_profil_enregistre_puis_montre_et_ne_change_que_les_champs_donnes(tmp_path, capsys):
    rc, sortie, _ = lancer_cli(capsys, "profil", "--nom", "  Marie   Tremblay ", "--titre", TITRE,
                               "--courriel", "marie.tremblay@agr.gc.ca")
    assert rc == 0 and "Profil enregistré" in sortie
    rc, sortie, _ = lancer_cli(capsys, "profil", "--unite", "DGSM")
    assert rc == 0
    assert profils.lire() == profils.Profil(NOM, TITRE, "DGSM", "", "marie.tremblay@agr.gc.ca")
    rc, sortie, _ = lancer_cli(capsys, "profil")
    assert f"Nom complet : {NOM}" in sortie and "Unité : DGSM" in sortie and "Aucun profil" not in sortie
    assert lancer_cli(capsys, "profil", "--unite", "")[0] == 0          # une option vide efface le champ
    assert profils.lire().unite == ""
    assert not profils.a_demander()                                      # plus de question au lancement


@pytest.mark.parametrize("options, francais, anglais", [
    (("--courriel", "marie.tremblay"), "Courriel : « marie.tremblay » n'est pas une adresse courriel",
     "Email: “marie.tremblay” is not an email address"),
    (("--titre", "Directrice\nPrestation"), "Titre : une seule ligne", "Title: a single line"),
    (("--nom", "x" * 201), "Nom complet : 201 caractères, c'est trop; 200 au plus.",
     "Full name: 201 characters is too long; 200 at most."),
])
def test_profil_refuse_une_saisie_fautive_sans_rien_ecrire(tmp_path, capsys, options, francais, anglais):
    assert lancer_cli(capsys, "profil", "--nom", NOM)[0] == 0
    fichier = tmp_path / "preferences.ini"
    avant = fichier.read_bytes()
    rc, _, erreurs = lancer_cli(capsys, "profil", *options, "--unite", "DGSM")
    assert rc == 1 and erreurs.startswith("Erreur : " + francais), erreurs
    rc, _, erreurs = lancer_cli(capsys, "--langue", "en", "profil", *options)
    assert rc == 1 and erreurs.startswith("Error: " + anglais), erreurs
    assert fichier.read_bytes() == avant
    assert profils.lire() == profils.Profil(nom=NOM)


def test_profil_dans_un_fichier_de_preferences_qu_on_ne_peut_pas_ecrire(tmp_path, capsys, monkeypatch):
    """Le dossier des préférences ne peut pas être créé (un fichier porte son nom : même
    l'administrateur n'y écrit pas) : le refus est dit, code 1, rien n'est écrit."""
    bloque = tmp_path / "config"
    bloque.write_text("un fichier, pas un dossier")
    monkeypatch.setenv("GESSERV_PREFERENCES", str(bloque / "preferences.ini"))
    rc, _, erreurs = lancer_cli(capsys, "profil", "--nom", NOM)
    assert rc == 1
    assert erreurs.startswith(f"Erreur : Le profil n'a pas pu être enregistré dans « {bloque / 'preferences.ini'} »")
    assert erreurs.rstrip().endswith("Rien n'a changé."), erreurs
    assert bloque.read_text() == "un fichier, pas un dossier"
    assert profils.lire() == profils.Profil()


def test_rapport_sans_ministere_prend_celui_du_profil(tmp_path, capsys):
    assert lancer_cli(capsys, "demo")[0] == 0
    assert lancer_cli(capsys, "profil", "--ministere", MINISTERE)[0] == 0
    assert lancer_cli(capsys, "rapport", "1a", "--sortie", str(tmp_path / "a.pdf"))[0] == 0
    assert MINISTERE in _texte_pdf(tmp_path / "a.pdf")
    assert lancer_cli(capsys, "rapport", "1a", "--sortie", str(tmp_path / "b.pdf"), "--ministere", "Parcs Canada")[0] == 0
    texte = _texte_pdf(tmp_path / "b.pdf")
    assert "Parcs Canada" in texte and MINISTERE not in texte


# --- l'interface : Édition › Profil… et le premier lancement -------------------------------------
def test_edition_profil_enregistre_et_devient_l_auteur_des_nouveaux_dossiers(qtbot, tmp_path):
    from gesserv_bureau.cas import evaluer
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    assert fenetre.act_profil in fenetre.menu_edition.actions()
    assert fenetre.act_profil.text() == "&Profil…"
    dialogue = fenetre.profil()
    dialogue.champs["nom"].setText(NOM)
    dialogue.champs["titre"].setText(TITRE)
    dialogue.champs["courriel"].setText("pas un courriel")
    assert not dialogue.enregistrer()
    assert dialogue.isVisible() and dialogue.message.isVisible()
    assert "n'est pas une adresse courriel" in dialogue.message.text()
    assert profils.lire() == profils.Profil(ministere="")         # rien d'écrit
    dialogue.champs["courriel"].setText("marie.tremblay@agr.gc.ca")
    assert dialogue.enregistrer()
    assert not dialogue.isVisible()
    assert profils.lire().nom == NOM and profils.lire().titre == TITRE
    ev = evaluer.nouvelle(fenetre.base, "1A", "2024-2025", sujet="Permis")
    assert ev.auteur == NOM
    fenetre.close()


def test_la_fenetre_prend_l_auteur_du_profil(qtbot, tmp_path):
    from outils_interface import ouvrir_fenetre

    profils.enregistrer(PROFIL)
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    # lu avec le reste de la fenêtre, juste après son premier affichage (pas avant : 3 ms du démarrage)
    qtbot.waitUntil(lambda: fenetre._formulaire is not None, timeout=3000)
    assert fenetre.base.auteur == NOM
    fenetre.close()


def test_premier_lancement_propose_le_profil_une_fois_et_on_peut_passer(qtbot, tmp_path):
    from gesserv_bureau.interface.app import _Session, creer_application

    chemin = tmp_path / "premier.sqlite"
    with ouvrir(chemin) as base:
        repertoire.charger_demo(base)
    app, traductions = creer_application("fr")
    session = _Session(app, traductions, chemin, essai=False)
    assert session.montrer(ouvrir(chemin))
    fenetre = session.fenetre
    qtbot.waitUntil(lambda: fenetre.findChild(object, "dialoguePremierLancement") is not None, timeout=3000)
    dialogue = fenetre.findChild(object, "dialoguePremierLancement")
    assert dialogue.isVisible() and not dialogue.isModal()
    assert "Vous pouvez passer cette étape" in dialogue.note.text()
    assert dialogue.bouton_annuler.text() == "Plus &tard"
    dialogue.bouton_annuler.click()                          # passé : rien d'écrit, plus demandé
    assert profils.lire().nom == "" and not profils.a_demander()
    assert fenetre.proposer_profil() is None
    fenetre.close()
    traductions.retirer()


def test_premier_lancement_rempli_donne_l_auteur(qtbot, tmp_path):
    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "r.sqlite")
    assert profils.a_demander()
    dialogue = fenetre.proposer_profil()
    assert dialogue is not None and dialogue.premier_lancement
    dialogue.champs["nom"].setText(NOM)
    dialogue.bouton_enregistrer.click()
    assert not dialogue.isVisible()
    assert fenetre.base.auteur == NOM and profils.lire().nom == NOM and not profils.a_demander()
    fenetre.close()


def test_essai_de_demarrage_ne_propose_rien(qtbot, tmp_path):
    from gesserv_bureau.interface.app import _Session, creer_application

    chemin = tmp_path / "essai.sqlite"
    ouvrir(chemin).fermer()
    app, traductions = creer_application("fr")
    session = _Session(app, traductions, chemin, essai=True)
    assert session.montrer(ouvrir(chemin))
    qtbot.wait(200)
    assert session.fenetre.findChild(object, "dialoguePremierLancement") is None
    assert profils.a_demander()
    session.fenetre.close()
    traductions.retirer()


def test_le_dialogue_des_rapports_prend_le_ministere_du_profil(qtbot, tmp_path):
    from gesserv_bureau.interface.dialogue_rapport import DialogueRapport

    profils.enregistrer(PROFIL)
    with ouvrir(tmp_path / "r.sqlite") as base:
        repertoire.charger_demo(base)
        dialogue = DialogueRapport(base, "1a", "fr")
        qtbot.addWidget(dialogue)
        assert dialogue.ministere.text() == MINISTERE
        qtbot.waitUntil(lambda: dialogue.produit is not None or bool(dialogue.erreur), timeout=15000)
        assert dialogue.produit is not None, dialogue.erreur
        from pypdf import PdfReader

        assert PdfReader(io.BytesIO(dialogue.produit.pdf)).metadata.author == NOM
        dialogue.close()
