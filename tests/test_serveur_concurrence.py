"""Plusieurs personnes sur la même base ministérielle (un vrai PostgreSQL) : jamais d'écrasement
muet, des changements qui ne se croisent pas fusionnés, ceux qui se croisent à trancher champ par
champ; dix postes à la fois sans perte; les avis des autres en moins d'une seconde; et un serveur
arrêté en plein enregistrement."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from gesserv_bureau.cas import repertoire, serveur
from gesserv_bureau.domaine.fusion import ChoixIncomplet
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.serveur import connexion
from gesserv_bureau.stockage.serveur.avis import Ecouteur

ECRIVAIN = Path(__file__).with_name("ecrivain_serveur.py")


@pytest.fixture
def ministere(base_pg, tmp_path):
    chemin = tmp_path / "poste.sqlite"
    with ouvrir(chemin, rotation=False) as b:
        repertoire.charger_demo(b, dossiers=True)
    with serveur.connecter(base_pg) as s:
        serveur.importer_base(s, chemin)
        with s.moteur.connect() as c:
            pks = c.execute(text("SELECT pk FROM service ORDER BY pk")).scalars().all()
    return base_pg, pks


def test_deux_personnes_sur_une_fiche_rien_n_est_ecrase(ministere):
    adresse, pks = ministere
    with serveur.connecter(adresse) as marie, serveur.connecter(adresse) as jean:
        lue_marie = serveur.lire(marie, "service", pks[0])
        lue_jean = serveur.lire(jean, "service", pks[0])
        # Jean enregistre d'abord; Marie, qui avait lu la même révision, change un autre champ :
        # les deux changements sont gardés
        serveur.enregistrer_fiche(jean, "service", lue_jean, {**lue_jean, "nom_en": "AgriStability program"})
        serveur.enregistrer_fiche(marie, "service", lue_marie, {**lue_marie, "description_fr": "Nouvelle description"})
        fiche = serveur.lire(marie, "service", pks[0])
        assert (fiche["nom_en"], fiche["description_fr"]) == ("AgriStability program", "Nouvelle description")
        assert fiche["revision"] == lue_marie["revision"] + 2
        # puis tous deux changent le même champ, autrement : rien n'est écrit, les deux valeurs sont montrées
        lue_marie = lue_jean = fiche
        serveur.enregistrer_fiche(jean, "service", lue_jean, {**lue_jean, "nom_fr": "Agri-stabilité (Jean)",
                                                             "proprietaire": "AAC"})
        with pytest.raises(serveur.ATrancher) as exc:
            serveur.enregistrer_fiche(marie, "service", lue_marie, {**lue_marie, "nom_fr": "Agri-stabilité (Marie)",
                                                                   "frais": "non"})
        (divergence,) = exc.value.fusion.divergences
        assert (divergence.champ, divergence.mienne, divergence.serveur) == (
            "nom_fr", "Agri-stabilité (Marie)", "Agri-stabilité (Jean)")
        assert exc.value.fusion.a_ecrire == {"frais": "non"}
        assert serveur.lire(marie, "service", pks[0])["nom_fr"] == "Agri-stabilité (Jean)"   # rien d'écrasé
        with pytest.raises(ChoixIncomplet):    # rien n'est choisi par défaut
            serveur.enregistrer_choix(marie, "service", pks[0], exc.value, {})
        serveur.enregistrer_choix(marie, "service", pks[0], exc.value, {"nom_fr": "mienne"})
        fiche = serveur.lire(marie, "service", pks[0])
        assert (fiche["nom_fr"], fiche["frais"], fiche["proprietaire"]) == ("Agri-stabilité (Marie)", "non", "AAC")


def test_une_fiche_supprimee_pendant_qu_on_la_modifie_est_un_conflit(ministere):
    adresse, pks = ministere
    with serveur.connecter(adresse) as s:
        lue = serveur.lire(s, "service", pks[-1])
        with s.moteur.begin() as c:
            c.execute(text("DELETE FROM service WHERE pk = :p"), {"p": pks[-1]})
        with pytest.raises(serveur.ATrancher) as exc:
            serveur.enregistrer_fiche(s, "service", lue, {**lue, "nom_fr": "encore là ?"})
        assert exc.value.serveur == {} and exc.value.fusion.divergences[0].mienne == "encore là ?"


def _lancer(adresse: str, pk: int, fois: int, marque: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ECRIVAIN), adresse, str(pk), str(fois), marque],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_dix_postes_sur_dix_services_sans_perte(ministere):
    adresse, pks = ministere
    with serveur.connecter(adresse) as s, s.moteur.connect() as c:
        avant = {pk: c.execute(text("SELECT description_fr, revision FROM service WHERE pk = :p"), {"p": pk}).one()
                 for pk in pks}
    postes = [_lancer(adresse, pk, 15, f"[{i}]") for i, pk in enumerate(pks)]
    sorties = [p.communicate(timeout=120) for p in postes]
    assert all(p.returncode == 0 for p in postes), [e for _, e in sorties]
    assert [json.loads(o)["conflits"] for o, _ in sorties] == [0] * len(pks)   # personne ne se croise
    with serveur.connecter(adresse) as s, s.moteur.connect() as c:
        for i, pk in enumerate(pks):
            description, revision = c.execute(text("SELECT description_fr, revision FROM service WHERE pk = :p"),
                                              {"p": pk}).one()
            assert description == avant[pk][0] + f"[{i}]" * 15 and revision == avant[pk][1] + 15


def test_dix_postes_sur_un_seul_service_aucune_mise_a_jour_perdue(ministere):
    """Ils se croisent sans cesse : chaque conflit est relu et refait, aucun ajout ne se perd."""
    adresse, pks = ministere
    postes = [_lancer(adresse, pks[0], 6, f"<{i}>") for i in range(10)]
    sorties = [p.communicate(timeout=120) for p in postes]
    assert all(p.returncode == 0 for p in postes), [e for _, e in sorties]
    with serveur.connecter(adresse) as s:
        description = serveur.lire(s, "service", pks[0])["description_fr"]
    assert all(description.count(f"<{i}>") == 6 for i in range(10)), description


def test_les_avis_arrivent_aux_autres_postes_en_moins_d_une_seconde(ministere):
    adresse, pks = ministere
    with serveur.connecter(adresse) as projecteur, Ecouteur(adresse) as portable, projecteur.moteur.connect() as c:
        seance = dict(c.execute(text("SELECT pk, position, revision FROM seance LIMIT 1")).mappings().one())
        c.rollback()
        delais = []
        for position in range(1, 6):   # l'animatrice avance la séance au projecteur
            debut = time.perf_counter()
            lue = serveur.lire(projecteur, "seance", seance["pk"])
            serveur.enregistrer_fiche(projecteur, "seance", lue, {**lue, "position": position})
            (avis,) = portable.attendre(2.0, combien=1)
            delais.append(time.perf_counter() - debut)
            assert (avis.table, avis.operation, avis.pk, avis.connexion) == ("seance", "update", seance["pk"], "postgres")
            assert serveur.lire(projecteur, "seance", avis.pk)["position"] == position
        assert max(delais) < 1.0, delais
        assert portable.attendre(0.2) == []     # un avis par enregistrement, pas plus


def test_serveur_arrete_en_plein_enregistrement(grappe_pg, ministere):
    """Le serveur s'arrête : un message clair, rien de perdu de ce qui était saisi; il revient :
    le même enregistrement passe."""
    adresse, pks = ministere
    with serveur.connecter(adresse) as s:
        lue = serveur.lire(s, "service", pks[1])
        saisie = {**lue, "description_fr": "Texte tapé pendant la panne " + "é" * 5000}
        grappe_pg.arreter_serveur()
        try:
            with pytest.raises(connexion.ServeurInaccessible) as exc:
                serveur.enregistrer_fiche(s, "service", lue, saisie)
            assert "ce que vous avez saisi est gardé" in exc.value.texte("fr")
            assert "what you typed is kept" in exc.value.texte("en")
            assert saisie["description_fr"].endswith("é" * 5000)
        finally:
            grappe_pg.demarrer()
        serveur.enregistrer_fiche(s, "service", lue, saisie)
        assert serveur.lire(s, "service", pks[1])["description_fr"] == saisie["description_fr"]
