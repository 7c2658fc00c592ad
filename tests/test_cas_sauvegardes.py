"""Le cas d'utilisation des copies de sécurité (``cas.sauvegardes``) : en faire une, les lister
avec leur état, en remettre une en place sous le verrou de la base (refusé tant qu'un autre
processus l'a ouverte; une copie qui a moins de services seulement avec l'accord de la
personne; l'ancienne base toujours gardée à côté). La ligne de commande et la fenêtre passent
toutes deux par lui."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gesserv_bureau.cas import sauvegardes
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.erreurs import BaseDejaOuverte, CopieRefusee, MoinsDeServices

from outils_tests import RACINE, compter, endommager, lancer_cli, service_complet, sha256


@pytest.fixture
def chemin(tmp_path):
    """Une base d'un service, une copie manuelle de cet état, puis un deuxième service."""
    p = tmp_path / "repertoire.sqlite"
    with ouvrir(p, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id="A-1"))
    return p


def _ajouter_service(chemin, service_id: str) -> None:
    with ouvrir(chemin, rotation=False) as base:
        DepotServices(base).creer(service_complet(service_id=service_id))


@pytest.fixture
def copie_avec_moins(chemin):
    """Une copie d'un service; la base en a deux ensuite."""
    copie = sauvegardes.copier_maintenant(chemin)
    _ajouter_service(chemin, "B-2")
    return copie


# --- copier, lister, choisir ------------------------------------------------------------------

def test_copier_maintenant_fait_une_copie_manuelle_intacte(chemin):
    copie = sauvegardes.copier_maintenant(chemin)
    assert copie.name.endswith("-manuelle.sqlite") and copie.parent.name == "repertoire-sauvegardes"
    assert sauvegardes.lister(chemin) == [sauvegardes.CopieListee(copie, "intacte")]
    assert compter(copie, "service") == 1


def test_lister_dit_l_etat_de_chaque_copie_la_plus_recente_d_abord(chemin):
    ancienne = sauvegardes.copier_maintenant(chemin)
    abimee = sauvegardes.copier_maintenant(chemin)
    endommager(abimee)
    vide = abimee.with_name(abimee.stem[:-len("manuelle")] + "zz-vide.sqlite")
    vide.write_bytes(b"")
    assert [(c.chemin, c.etat) for c in sauvegardes.lister(chemin)] == [
        (vide, "vide"), (abimee, "endommagee"), (ancienne, "intacte")]
    assert sauvegardes.lister(chemin.with_name("autre.sqlite")) == []


def test_copie_a_restaurer_la_plus_recente_intacte_ou_celle_designee(chemin, tmp_path):
    with pytest.raises(sauvegardes.AucuneCopie):
        sauvegardes.copie_a_restaurer(chemin)
    intacte = sauvegardes.copier_maintenant(chemin)
    endommager(sauvegardes.copier_maintenant(chemin))   # plus récente, mais abîmée : écartée
    assert sauvegardes.copie_a_restaurer(chemin) == intacte
    assert sauvegardes.copie_a_restaurer(chemin, str(intacte)) == intacte
    with pytest.raises(sauvegardes.CopieIntrouvable) as refus:
        sauvegardes.copie_a_restaurer(chemin, tmp_path / "absente.sqlite")
    assert refus.value.copie == tmp_path / "absente.sqlite"


# --- restaurer ---------------------------------------------------------------------------------

def test_restaurer_garde_l_ancienne_base_a_cote(chemin):
    copie = sauvegardes.copier_maintenant(chemin)
    _ajouter_service(chemin, "B-2")
    _ajouter_service(chemin, "C-3")
    avant = sha256(chemin)
    fait = sauvegardes.restaurer(chemin, copie, confirmer=True)
    assert fait.base == chemin and fait.copie == copie
    assert fait.cote is not None and fait.cote.name.startswith("repertoire.remplacee-")
    assert sha256(fait.cote) == avant and compter(fait.cote, "service") == 3   # rien n'est perdu
    assert compter(chemin, "service") == 1 and copie.exists()


def test_restaurer_moins_de_services_refuse_sans_confirmation(chemin, copie_avec_moins):
    avant = sha256(chemin)
    with pytest.raises(MoinsDeServices) as refus:
        sauvegardes.restaurer(chemin, copie_avec_moins)
    assert (refus.value.services_copie, refus.value.services_base) == (1, 2)
    assert sha256(chemin) == avant
    assert not list(chemin.parent.glob("repertoire.remplacee-*"))


def test_restaurer_demande_l_accord_en_montrant_les_deux_nombres(chemin, copie_avec_moins):
    questions = []
    avant = sha256(chemin)
    with pytest.raises(MoinsDeServices):   # la personne refuse : rien ne change
        sauvegardes.restaurer(chemin, copie_avec_moins,
                              confirmer=lambda refus: questions.append((refus.services_copie, refus.services_base)) or False)
    assert questions == [(1, 2)] and sha256(chemin) == avant
    fait = sauvegardes.restaurer(chemin, copie_avec_moins,
                                 confirmer=lambda refus: questions.append((refus.services_copie, refus.services_base)) or True)
    assert questions == [(1, 2), (1, 2)]
    assert compter(chemin, "service") == 1 and sha256(fait.cote) == avant


def test_restaurer_autant_de_services_ne_demande_rien(chemin):
    copie = sauvegardes.copier_maintenant(chemin)
    fait = sauvegardes.restaurer(chemin, copie, confirmer=lambda refus: pytest.fail("rien à confirmer"))
    assert fait.cote is not None and fait.cote.exists()


def test_restaurer_une_copie_endommagee_est_refuse(chemin):
    copie = sauvegardes.copier_maintenant(chemin)
    endommager(copie)
    avant = sha256(chemin)
    with pytest.raises(CopieRefusee):
        sauvegardes.restaurer(chemin, copie, confirmer=True)
    assert sha256(chemin) == avant


_TENIR_LA_BASE = """
import sys
from gesserv_bureau.stockage.base import ouvrir
base = ouvrir(sys.argv[1], rotation=False)
print("ouverte", flush=True)
sys.stdin.readline()
base.fermer()
"""


def test_restaurer_refuse_tant_qu_un_autre_processus_a_la_base_ouverte(chemin):
    copie = sauvegardes.copier_maintenant(chemin)
    autre = subprocess.Popen([sys.executable, "-c", _TENIR_LA_BASE, str(chemin)], cwd=RACINE,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert autre.stdout.readline().strip() == "ouverte"
        avant = sha256(chemin)
        with pytest.raises(BaseDejaOuverte):
            sauvegardes.restaurer(chemin, copie, confirmer=True)
        assert sha256(chemin) == avant
        assert not list(chemin.parent.glob("repertoire.remplacee-*"))
        assert not list(chemin.parent.glob(".repertoire.sqlite.restauration*"))
    finally:
        autre.communicate("\n", timeout=60)
    assert autre.returncode == 0
    assert sauvegardes.restaurer(chemin, copie, confirmer=True).cote is not None   # le verrou rendu


def test_le_cas_d_utilisation_se_charge_sans_qt():
    programme = ("import sys, gesserv_bureau.cas.sauvegardes\n"
                 "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    resultat = subprocess.run([sys.executable, "-c", programme], cwd=RACINE, capture_output=True, text=True,
                              timeout=120)
    assert resultat.returncode == 0, resultat.stderr
    assert resultat.stdout.strip() == "[]"


# --- la ligne de commande et la fenêtre passent par lui -----------------------------------------

@pytest.fixture
def espion(monkeypatch):
    """Chaque appel de ``cas.sauvegardes.restaurer`` est noté, puis fait pour de vrai."""
    appels = []
    vraie = sauvegardes.restaurer

    def restaurer(base, copie, **options):
        appels.append((base, copie, options))
        return vraie(base, copie, **options)

    monkeypatch.setattr(sauvegardes, "restaurer", restaurer)
    return appels


def test_la_ligne_de_commande_restaure_par_le_cas_d_utilisation(chemin, copie_avec_moins, espion, capsys,
                                                                 monkeypatch):
    monkeypatch.setenv("GESSERV_BASE", str(chemin))
    code, _, erreurs = lancer_cli(capsys, "restaurer")
    assert code == 1 and "--confirmer" in erreurs
    code, sortie, _ = lancer_cli(capsys, "restaurer", "--confirmer")
    assert code == 0 and "restaurée depuis" in sortie
    assert espion == [(chemin, copie_avec_moins, {"raison": "remplacee", "confirmer": False}),
                      (chemin, copie_avec_moins, {"raison": "remplacee", "confirmer": True})]
    assert compter(chemin, "service") == 1


def test_la_fenetre_restaure_par_le_cas_d_utilisation(chemin, copie_avec_moins, espion, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import restaurer_avec_confirmation

    questions = []

    def repondre(reponse):
        def question(parent, titre, texte, *args):
            questions.append((titre, texte))
            return reponse
        return staticmethod(question)

    avant = sha256(chemin)
    monkeypatch.setattr(QMessageBox, "question", repondre(QMessageBox.StandardButton.No))
    assert restaurer_avec_confirmation(chemin, copie_avec_moins, "remplacee") is False
    assert sha256(chemin) == avant
    (titre, texte), = questions
    assert titre == "Moins de services dans la copie" and "1" in texte and "2" in texte
    monkeypatch.setattr(QMessageBox, "question", repondre(QMessageBox.StandardButton.Yes))
    assert restaurer_avec_confirmation(chemin, copie_avec_moins, "remplacee") is True
    assert compter(chemin, "service") == 1
    # confirmé d'avance (Fichier › Restaurer, les deux nombres déjà montrés) : aucune question
    _ajouter_service(chemin, "B-2")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: pytest.fail("déjà confirmé")))
    assert restaurer_avec_confirmation(chemin, copie_avec_moins, "remplacee", confirme=True) is True
    assert [(base, copie, options["raison"], options["confirmer"] is True) for base, copie, options in espion] == [
        (chemin, copie_avec_moins, "remplacee", False)] * 2 + [(chemin, copie_avec_moins, "remplacee", True)]
    assert all(callable(options["confirmer"]) for _b, _c, options in espion[:2])


def test_la_fenetre_dit_pourquoi_la_restauration_est_impossible(chemin, espion, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import restaurer_avec_confirmation

    copie = sauvegardes.copier_maintenant(chemin)
    montrees = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, titre, texte: montrees.append(titre)))
    with ouvrir(chemin, rotation=False):   # une instance a la base ouverte : son verrou
        assert restaurer_avec_confirmation(chemin, copie, "remplacee", confirme=True) is False
    assert montrees == ["Restauration impossible"] and len(espion) == 1


def test_au_demarrage_restaurer_la_derniere_copie_intacte_passe_par_lui(chemin, espion, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.interface.app import ouvrir_avec_dialogues

    copie = sauvegardes.copier_maintenant(chemin)
    with open(chemin, "r+b") as f:   # l'en-tête SQLite écrasé : le fichier n'est plus une base
        f.write(b"\x00" * 100)

    def cliquer_restaurer(boite):
        (bouton,) = [b for b in boite.buttons() if b.text() == "Restaurer la dernière copie intacte"]
        bouton.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cliquer_restaurer)
    base = ouvrir_avec_dialogues(chemin)
    assert base is not None
    base.fermer()
    ((restauree, depuis, options),) = espion
    assert (restauree, depuis, options["raison"]) == (chemin, copie, "endommagee")
    assert compter(chemin, "service") == 1
    assert len(list(chemin.parent.glob("repertoire.endommagee-*.sqlite"))) == 1


def test_la_fenetre_ne_touche_les_copies_que_par_le_cas_d_utilisation():
    """Ni la fenêtre ni la ligne de commande n'appellent ``stockage.sauvegardes`` directement."""
    import re

    from outils_tests import RACINE

    fautifs = [str(f.relative_to(RACINE)) for dossier in ("interface", "ligne_de_commande")
               for f in (RACINE / "gesserv_bureau" / dossier).rglob("*.py")
               if re.search(r"stockage(\.| import )sauvegardes", f.read_text(encoding="utf-8"))]
    assert fautifs == []
