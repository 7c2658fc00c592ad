"""Les dépôts : chaque élément du service fait l'aller-retour, chaque modification est consignée
au journal, une suppression s'annule, un exercice se reporte sur le suivant."""

from __future__ import annotations

import json

import pytest

from gesserv_bureau.cas import repertoire
from gesserv_bureau.domaine.activite import EvaluationActivite, Reponse1A
from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_activites import DepotActivites
from gesserv_bureau.stockage.depot_services import DepotServices

from outils_tests import EXERCICE, compter, points, service_complet

# sur le serveur (``tests/deux_bases.py``) : les exercices que le ministère a ouverts
EXERCICES_DU_MINISTERE = ("2023-2024", EXERCICE)


@pytest.fixture
def chemin(tmp_path):
    return tmp_path / "repertoire.sqlite"


@pytest.fixture
def base(chemin, base_d_essai):
    b = base_d_essai(chemin)
    b.utilisateur = "analyste.essai"
    yield b
    b.fermer()


@pytest.fixture
def depot(base):
    return DepotServices(base)


def journal_de(base, action=None):
    # (l'emport d'une copie du répertoire ministériel est la première ligne de son journal)
    sql = "SELECT utilisateur, action, entite, cle, champ, avant, apres FROM journal WHERE action <> 'emport'"
    params = []
    if action:
        sql += " AND action = ?"
        params.append(action)
    return base.db.execute(sql + " ORDER BY id", params).fetchall()


# --- création et lecture ----------------------------------------------------------------

@pytest.mark.exercices_du_ministere(EXERCICE)
def test_creer_puis_charger_rend_chaque_element(base, depot, chemin):
    service = service_complet(justification_exclusion="Interdit par la loi en ligne (art. 12).")
    pk = depot.creer(service)
    assert service.pk == pk
    relu = depot.charger(pk)
    assert relu.modifie_le  # horodaté à l'écriture
    assert relu == service.copie(modifie_le=relu.modifie_le)

    # Ce qui est réellement écrit, lu par une autre connexion.
    base.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    ligne = base.db.execute(
        "SELECT exercice, service_id, designations, groupes_clients, pi_inscription, pi_retroaction,"
        " a_completer, edition_referentiel, justification_exclusion FROM service WHERE pk = ?", [pk]
    ).fetchone()
    assert ligne == (
        EXERCICE, "TST-001", '["prioritaire", "essentiel"]', '["particuliers", "entreprises"]',
        "oui", "so", 0, "2017", "Interdit par la loi en ligne (art. 12).",
    )
    volumes = base.db.execute(
        "SELECT mode, etat, demandes, extrants FROM volume WHERE service_pk = ? ORDER BY mode", [pk]
    ).fetchall()
    assert volumes == [
        ("en_ligne", "donnees", 1200, 1100),
        ("en_personne", "donnees", 300, 290),
        ("poste", "sans_objet", None, None),
        ("telephone", "non_disponible", None, None),
    ]
    assert journal_de(base) == [("analyste.essai", "creation", "service", str(pk), "", None, None)]
    assert depot.exercices() == [EXERCICE]
    assert compter(chemin, "service") == 1


def test_service_vide_fait_l_aller_retour(depot, base):
    service = Service(EXERCICE)
    pk = depot.creer(service)
    relu = depot.charger(pk)
    assert relu == service.copie(modifie_le=relu.modifie_le)
    assert relu.volumes == {m: Volume() for m in ("en_ligne", "en_personne", "telephone", "poste")}
    assert all(v is None for v in relu.points_interaction.values())
    assert base.db.execute("SELECT a_completer FROM service WHERE pk = ?", [pk]).fetchone()[0] == 20


def test_charger_inexistant(depot):
    assert depot.charger(9999) is None


def test_lignes_de_l_inventaire(depot):
    depot.creer(service_complet(service_id="B-2", designations=[]))
    depot.creer(service_complet(service_id="A-1", points_interaction=points("?ooooo"), frais=None))
    depot.creer(service_complet("2023-2024", service_id="C-3"))
    lignes = depot.lignes(EXERCICE)
    assert [l.service_id for l in lignes] == ["A-1", "B-2"]  # triées par numéro d'ID
    a, b = lignes
    assert a.pourcentage_en_ligne is None and a.a_completer == 2
    assert b.pourcentage_en_ligne == pytest.approx(80.0)  # « oooons » : 4 oui sur 5
    assert b.designations == () and a.designations == ("prioritaire", "essentiel")
    assert b.a_completer == 0
    assert depot.ids_autres(EXERCICE, a.pk) == {"B-2"}
    assert depot.ids_autres(EXERCICE, None) == {"A-1", "B-2"}
    assert depot.nombre(EXERCICE) == 2 and depot.nombre() == 3
    assert depot.exercices() == ["2023-2024", EXERCICE]


# --- modification et journal ------------------------------------------------------------

def test_enregistrer_consigne_une_ligne_par_element_change(base, depot):
    pk = depot.creer(service_complet())
    service = depot.charger(pk)
    service.nom_fr = "Permis de pêche commerciale"
    service.designations = ["prioritaire"]
    service.volumes["en_ligne"] = Volume("donnees", 1300, 1250)
    service.points_interaction["retroaction"] = "oui"
    service.frais = "non"

    changes = depot.enregistrer(service)
    assert sorted(changes) == sorted(
        ["nom_fr", "designations", "volume_en_ligne", "point_retroaction", "frais"]
    )
    assert sorted(journal_de(base, "modification")) == sorted([
        ("analyste.essai", "modification", "service", str(pk), "nom_fr",
         "Délivrance des permis de pêche", "Permis de pêche commerciale"),
        ("analyste.essai", "modification", "service", str(pk), "designations",
         "prioritaire,essentiel", "prioritaire"),
        ("analyste.essai", "modification", "service", str(pk), "volume_en_ligne",
         "donnees|1200|1100", "donnees|1300|1250"),
        ("analyste.essai", "modification", "service", str(pk), "point_retroaction", "so", "oui"),
        ("analyste.essai", "modification", "service", str(pk), "frais", "oui", "non"),
    ])
    relu = depot.charger(pk)
    assert relu == service.copie(modifie_le=relu.modifie_le)
    assert relu.volumes["en_ligne"] == Volume("donnees", 1300, 1250)
    assert relu.volumes["poste"] == Volume("sans_objet")

    # Les entrées du journal se lisent aussi par l'API, la plus récente d'abord.
    entrees = journal.entrees(base.db, "service", pk)
    assert len(entrees) == 6 and entrees[-1].action == "creation"


def test_enregistrer_sans_changement_n_ecrit_rien(base, depot):
    pk = depot.creer(service_complet())
    service = depot.charger(pk)
    modifie_le = service.modifie_le
    assert depot.enregistrer(service) == []
    assert len(journal_de(base)) == 1
    assert depot.charger(pk).modifie_le == modifie_le


def test_enregistrer_met_a_jour_le_compte_a_completer(base, depot):
    pk = depot.creer(service_complet())
    service = depot.charger(pk)
    service.proprietaire = ""
    service.volumes["telephone"] = Volume()
    depot.enregistrer(service)
    assert base.db.execute("SELECT a_completer FROM service WHERE pk = ?", [pk]).fetchone()[0] == 2
    assert [l.a_completer for l in depot.lignes(EXERCICE)] == [2]


def test_enregistrer_refuse_un_service_non_cree(depot):
    with pytest.raises(ValueError):
        depot.enregistrer(service_complet())
    with pytest.raises(KeyError):
        depot.enregistrer(service_complet().copie(pk=424242))


# --- suppression et annulation ----------------------------------------------------------

def test_supprimer_puis_restaurer_rend_le_meme_service(base, depot):
    autre = depot.creer(service_complet(service_id="AUTRE"))
    pk = depot.creer(service_complet())
    avant = depot.charger(pk)

    supprime = depot.supprimer(pk)
    assert depot.charger(pk) is None
    # Les volumes suivent le service (ON DELETE CASCADE, clés étrangères actives).
    assert base.db.execute("SELECT count(*) FROM volume WHERE service_pk = ?", [pk]).fetchone()[0] == 0
    assert base.db.execute("SELECT count(*) FROM volume WHERE service_pk = ?", [autre]).fetchone()[0] == 4
    (suppression,) = journal_de(base, "suppression")
    assert suppression[:4] == ("analyste.essai", "suppression", "service", str(pk))
    assert json.loads(suppression[5])["nom_fr"] == "Délivrance des permis de pêche"

    assert depot.restaurer(supprime) == pk
    apres = depot.charger(pk)
    assert apres == avant.copie(modifie_le=apres.modifie_le)
    assert base.db.execute("SELECT count(*) FROM volume WHERE service_pk = ?", [pk]).fetchone()[0] == 4
    assert journal_de(base, "restauration") == [
        ("analyste.essai", "restauration", "service", str(pk), "", None, None)
    ]


def test_restaurer_un_service_le_rend_aux_initiatives_qui_le_designaient(base, depot):
    """Les initiatives d'un examen 2A qui désignaient le service le perdent à sa suppression
    (ON DELETE SET NULL) et le retrouvent à sa restauration, comme les évaluations."""
    pk = depot.creer(service_complet())
    with base.ecriture() as db:
        ev = db.execute("INSERT INTO evaluation (uuid, outil, service_pk) VALUES ('u-2a', '2A', NULL)").lastrowid
        db.execute("INSERT INTO initiative (evaluation_pk, rang, service_pk, nom) VALUES (?, 0, ?, 'Portail')", [ev, pk])
    supprime = depot.supprimer(pk)
    assert base.db.execute("SELECT service_pk FROM initiative").fetchone()[0] is None
    depot.restaurer(supprime)
    assert base.db.execute("SELECT service_pk FROM initiative").fetchone()[0] == pk


def test_supprimer_inexistant(depot):
    with pytest.raises(KeyError):
        depot.supprimer(31337)


def test_cas_d_utilisation_dupliquer_et_annuler(base):
    service = repertoire.nouveau_service(base, EXERCICE)
    assert service.pk is not None
    complet = service_complet().copie(pk=service.pk)
    assert repertoire.enregistrer_service(base, complet)
    copie = repertoire.dupliquer_service(base, service.pk)
    assert copie.pk != service.pk
    relue = repertoire.charger_service(base, copie.pk)
    assert (relue.service_id, relue.nom_fr, relue.nom_en) == (
        "", "Délivrance des permis de pêche (copie)", "Fishing licence issuance (copy)"
    )
    assert relue.volumes == complet.volumes
    # La copie sans numéro d'ID est à compléter; l'original ne l'est pas.
    assert [p.champ for p in repertoire.problemes(base, relue)] == ["service_id"]
    assert repertoire.problemes(base, repertoire.charger_service(base, service.pk)) == []
    supprime = repertoire.supprimer_service(base, copie.pk)
    assert repertoire.charger_service(base, copie.pk) is None
    repertoire.restaurer_service(base, supprime)
    assert repertoire.charger_service(base, copie.pk).nom_fr.endswith("(copie)")


def test_probleme_d_id_en_double_vu_par_le_cas_d_utilisation(base):
    a = service_complet(service_id="DOUBLE")
    b = service_complet(service_id="DOUBLE", nom_fr="Autre service", nom_en="Other service")
    DepotServices(base).creer(a)
    DepotServices(base).creer(b)
    (p,) = repertoire.problemes(base, b)
    assert (p.code, p.gravite) == ("id_double", "erreur")


# --- exercice suivant -------------------------------------------------------------------

@pytest.mark.poste_seulement  # ouvrir l'exercice suivant est un réglage du ministère
def test_copier_exercice_reporte_les_services_et_remet_les_volumes(base, depot):
    original = service_complet(service_id="A-1")
    brouillon = Service(EXERCICE, nom_fr="Brouillon sans numéro", volumes={
        "en_ligne": Volume("sans_objet"), "en_personne": Volume("donnees", 5, 5),
        "telephone": Volume(), "poste": Volume("non_disponible"),
    })
    depot.creer(original)
    depot.creer(brouillon)

    resultat = repertoire.commencer_exercice_suivant(base, "2024-25")
    assert (resultat.exercice, resultat.copies) == ("2025-2026", 2)
    assert depot.exercices() == [EXERCICE, "2025-2026"]

    copies = {s.nom_fr: s for s in depot.services("2025-2026")}
    assert set(copies) == {"Délivrance des permis de pêche", "Brouillon sans numéro"}
    copie = copies["Délivrance des permis de pêche"]
    assert copie.pk != original.pk and copie.exercice == "2025-2026"
    # Les éléments descriptifs sont repris tels quels...
    attendu = original.copie(pk=copie.pk, exercice="2025-2026", modifie_le=copie.modifie_le)
    attendu.volumes = {
        "en_ligne": Volume(), "en_personne": Volume(), "telephone": Volume(), "poste": Volume("sans_objet"),
    }
    # ... les chiffres de volume sont à saisir; « ne s'applique pas » reste.
    assert copie == attendu
    assert copies["Brouillon sans numéro"].volumes == {
        "en_ligne": Volume("sans_objet"), "en_personne": Volume(), "telephone": Volume(), "poste": Volume(),
    }
    assert {l.service_id: l.a_completer for l in depot.lignes("2025-2026")}["A-1"] == 3
    # L'exercice source n'a pas bougé.
    assert depot.charger(original.pk).volumes["en_ligne"] == Volume("donnees", 1200, 1100)
    (entree,) = journal_de(base, "copie_exercice")
    assert entree[3:] == ("2025-2026", "", EXERCICE, "2")


@pytest.mark.poste_seulement  # ouvrir l'exercice suivant est un réglage du ministère
def test_copier_exercice_deux_fois_ne_double_rien(base, depot):
    depot.creer(service_complet(service_id="A-1"))
    depot.creer(service_complet(service_id="B-2"))
    depot.creer(Service(EXERCICE, nom_fr="Brouillon sans numéro"))
    assert depot.copier_exercice(EXERCICE, "2025-2026") == 3
    # Un service ajouté entre-temps à la source est reporté au second passage; rien d'autre.
    depot.creer(service_complet(service_id="C-3"))
    assert depot.copier_exercice(EXERCICE, "2025-2026") == 1
    assert sorted(l.service_id for l in depot.lignes("2025-2026")) == ["", "A-1", "B-2", "C-3"]
    assert depot.copier_exercice(EXERCICE, "2025-2026") == 0
    assert depot.nombre("2025-2026") == 4


# --- métadonnées de l'exercice (2.1.5) --------------------------------------------------

@pytest.mark.poste_seulement  # les métadonnées de l'exercice sont un réglage du ministère
def test_metadonnees_enregistrees_et_consignees(base, depot):
    depot.creer_exercice(EXERCICE)
    assert depot.metadonnees(EXERCICE) == {"gardien": "", "derniere_revision": "", "edition_referentiel": "2017"}
    repertoire.modifier_metadonnees(base, EXERCICE, "Bureau de la gestion des services", "2025-03-31")
    assert repertoire.metadonnees(base, EXERCICE) == {
        "gardien": "Bureau de la gestion des services", "derniere_revision": "2025-03-31",
        "edition_referentiel": "2017",
    }
    assert journal_de(base, "modification") == [
        ("analyste.essai", "modification", "exercice", EXERCICE, "gardien", "", "Bureau de la gestion des services"),
        ("analyste.essai", "modification", "exercice", EXERCICE, "derniere_revision", "", "2025-03-31"),
    ]
    # Seul ce qui change est consigné.
    depot.modifier_metadonnees(EXERCICE, "Bureau de la gestion des services", "2025-06-30")
    assert journal_de(base, "modification")[-1] == (
        "analyste.essai", "modification", "exercice", EXERCICE, "derniere_revision", "2025-03-31", "2025-06-30"
    )
    assert len(journal_de(base, "modification")) == 3


@pytest.mark.poste_seulement  # les métadonnées de l'exercice sont un réglage du ministère
def test_metadonnees_d_un_exercice_encore_sans_service(base, depot, chemin):
    # Une base neuve : l'utilisateur remplit le gardien avant d'avoir saisi un service.
    depot.modifier_metadonnees("2025-2026", "Gardienne du répertoire", "2025-05-01")
    assert depot.metadonnees("2025-2026")["gardien"] == "Gardienne du répertoire"
    assert "2025-2026" in depot.exercices()


@pytest.mark.poste_seulement  # ouvrir un exercice est un réglage du ministère
def test_creer_exercice_une_seule_fois(base, depot):
    depot.creer_exercice("2026-2027")
    depot.creer_exercice("2026-2027")
    assert depot.exercices() == ["2026-2027"]
    assert journal_de(base, "creation") == [("analyste.essai", "creation", "exercice", "2026-2027", "", None, None)]


# --- activités (annexe 1A) --------------------------------------------------------------

def test_activites_enregistrees_avec_conclusion(base):
    depot = DepotActivites(base)
    ev = EvaluationActivite("Inspection des aliments", organisme="ACIA", exercice=EXERCICE)
    ev.reponses["q1"] = Reponse1A("oui", "L'inspection est l'extrant final.")
    pk = depot.enregistrer(ev)
    assert ev.pk == pk and depot.conclusion_de(pk) is None
    for code in ev.reponses:
        ev.reponses[code].reponse = "oui"
    assert depot.enregistrer(ev) == pk
    assert depot.conclusion_de(pk) == "service"
    ev.reponses["q7"] = Reponse1A("non", "Dépend d'un autre service.")
    depot.enregistrer(ev)
    assert depot.conclusion_de(pk) == "pas_un_service"

    (relue,) = depot.toutes()
    assert (relue.pk, relue.nom, relue.organisme, relue.exercice) == (pk, "Inspection des aliments", "ACIA", EXERCICE)
    assert relue.reponses["q1"] == Reponse1A("oui", "L'inspection est l'extrant final.")
    assert relue.reponses["q7"] == Reponse1A("non", "Dépend d'un autre service.")
    actions = [r[1] for r in journal_de(base) if r[2] == "evaluation"]
    assert actions[0] == "creation" and set(actions[1:]) == {"modification"}
    assert base.db.execute("SELECT edition_referentiel, outil, conclusion FROM evaluation").fetchone() == (
        "2017", "1A", "pas_un_service")
    assert depot.conclusion_de(999) is None


def test_activite_liee_a_un_service_supprime(base, depot):
    pk = depot.creer(service_complet())
    activites = DepotActivites(base)
    ev = EvaluationActivite("Permis", exercice=EXERCICE, service_pk=pk)
    activites.enregistrer(ev)
    depot.supprimer(pk)
    (relue,) = activites.toutes()
    assert relue.service_pk is None  # ON DELETE SET NULL : l'évaluation reste


# --- démonstration et sommaire ----------------------------------------------------------

@pytest.mark.poste_seulement  # la démonstration ouvre son exercice, un réglage du ministère
def test_demo_et_sommaire_calcule_a_la_main(base):
    assert repertoire.charger_demo(base) == 10
    assert repertoire.charger_demo(base) == 0  # idempotent
    assert repertoire.exercice_par_defaut(base) == "2024-2025"
    s = repertoire.sommaire_exercice(base, "2024-2025")
    assert s.total == 10
    assert s.par_portee == {"externe": 7, "interne": 3}
    assert s.par_designation == {"prioritaire": 4, "critique": 2, "essentiel": 1}
    assert (s.complets, s.a_completer) == (9, 1)  # AIPRP-01 est encore en saisie
    e = s.electronique
    # 2.9.4 : les 10 services internes intégrés et externes, aucun exclu par écrit; AIPRP-01, dont
    # les points sont sans réponse, compte comme non offert en ligne. 4 offerts par voie
    # électronique (EDSC-102, PC-007, TC-031, INT-RH-01) : 4 / 10.
    assert (e.total, e.electroniques, e.exclus) == (10, 4, ())
    assert [n.service_id for n in e.a_completer] == ["AIPRP-01"]
    assert e.proportion == pytest.approx(40.0)
    # 83,33 (AAC) + 0 (GCC) + 100 × 4 + 33,33 (ARC) + 33,33 (ECCC) + 80 (INT-TI) + 0 (AIPRP) = 630 ; ÷ 10
    assert e.pourcentage_moyen == pytest.approx(63.0)


def test_exclusion_ecrite_retiree_du_sommaire(base, depot):
    depot.creer(service_complet(service_id="A", points_interaction=points("oooooo")))
    depot.creer(service_complet(service_id="B", points_interaction=points("nnnnnn")))
    assert repertoire.sommaire_exercice(base, EXERCICE).electronique.proportion == pytest.approx(50.0)
    b = [s for s in depot.services(EXERCICE) if s.service_id == "B"][0]
    b.exclu_calcul = True
    b.justification_exclusion = "Interdit en ligne par la loi."
    depot.enregistrer(b)
    e = repertoire.sommaire_exercice(base, EXERCICE).electronique
    assert (e.total, len(e.exclus), e.proportion) == (1, 1, pytest.approx(100.0))
    assert e.exclus[0].justification == "Interdit en ligne par la loi."
    b.justification_exclusion = "   "  # un blanc n'est pas une justification écrite
    depot.enregistrer(b)
    e = repertoire.sommaire_exercice(base, EXERCICE).electronique
    assert (e.exclus, [n.service_id for n in e.exclusions_refusees]) == ((), ["B"])


def test_annuler_une_suppression_retablit_le_lien_avec_l_evaluation_1a(tmp_path):
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.stockage.base import ouvrir as ouvrir_base
    from gesserv_bureau.stockage.depot_activites import DepotActivites

    with ouvrir_base(tmp_path / "liens.sqlite") as base:
        repertoire.charger_demo(base)
        agri = next(e for e in DepotActivites(base).toutes() if e.nom == "Agri-stabilité")
        assert agri.service_pk is not None
        service = repertoire.supprimer_service(base, agri.service_pk)
        lien = base.conn.execute("SELECT service_pk FROM evaluation WHERE pk = ?", [agri.pk]).fetchone()[0]
        assert lien is None
        repertoire.restaurer_service(base, service)
        lien = base.conn.execute("SELECT service_pk FROM evaluation WHERE pk = ?", [agri.pk]).fetchone()[0]
        assert lien == service.pk
