"""Les migrations : une base figée de chaque version antérieure du schéma (tests/donnees/,
faites par fabriquer_bases.py) s'ouvre, monte à VERSION_SCHEMA sans rien perdre, après une
copie de sécurité, et l'application y travaille ensuite normalement."""

from __future__ import annotations

import shutil

import pytest

from gesserv_bureau.cas import repertoire
from gesserv_bureau.domaine.activite import EvaluationActivite, Reponse1A
from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.stockage import journal, sauvegardes
from gesserv_bureau.stockage.base import ouvrir, ouvrir_memoire
from gesserv_bureau.stockage.depot_activites import DepotActivites
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations, DepotSeances
from gesserv_bureau.stockage.depot_normes import DepotNormes
from gesserv_bureau.stockage.depot_strategies import DepotStrategies
from gesserv_bureau.stockage.depot_services import DepotServices
from gesserv_bureau.stockage.erreurs import BaseLectureSeule
from gesserv_bureau.stockage.schema import MIGRATIONS, NOMS_MIGRATIONS, VERSION_SCHEMA

from outils_tests import DONNEES, compter, en_mode_wal, points, schema, service_complet, sha256, user_version

VERSIONS_ANTERIEURES = list(range(1, VERSION_SCHEMA))

JUSTIFICATION_V2 = "Exclu : la loi exige la signature manuscrite de l'agent financier."


def figee(version: int):
    return DONNEES / f"schema_v{version}.sqlite"


@pytest.fixture
def schema_actuel():
    memoire = ouvrir_memoire()
    yield schema(memoire.db.conn)
    memoire.fermer()


def test_une_base_figee_pour_chaque_version_anterieure():
    # Ajouter une migration sans ajouter la base figée de la version précédente fait échouer ceci.
    for version in VERSIONS_ANTERIEURES:
        assert figee(version).exists(), f"base figée manquante : {figee(version).name} (fabriquer_bases.py)"
        assert user_version(figee(version)) == version
        assert en_mode_wal(figee(version))  # comme les bases qu'écrivait l'application
    # Aucun test n'ouvre les bases figées sur place (cela créerait -wal et -shm dans le dépôt).
    assert sorted(p.name for p in DONNEES.iterdir() if p.suffix != ".py" and p.name != "__pycache__") == sorted(
        figee(v).name for v in VERSIONS_ANTERIEURES
    )
    assert VERSION_SCHEMA == len(NOMS_MIGRATIONS) == 13


def _service_1_attendu(pk: int) -> Service:
    return Service(
        "2023-2024", pk=pk, service_id="PCH-010",
        nom_fr="Subventions aux festivals locaux « Vivre ensemble »", nom_en="Local festivals grants",
        type_service="ressources", designations=["prioritaire"],
        description_fr="Verser des subventions aux organismes qui tiennent des festivals locaux d'art et de patrimoine.",
        description_en="Provides grants to organizations that hold local arts and heritage festivals.",
        secteur_responsabilite="Direction générale des arts",
        instruments_habilitants="Loi sur le ministère du Patrimoine canadien",
        programme_nom_fr="Développement des communautés par le biais des arts et du patrimoine",
        programme_nom_en="Building Communities through Arts and Heritage", programme_id="P-2.3",
        portee="externe", proprietaire="Patrimoine canadien", ententes="non",
        groupes_clients=["institutions", "provinces"],
        volumes={
            "en_ligne": Volume("donnees", 850, 790), "en_personne": Volume("sans_objet"),
            "telephone": Volume("non_disponible"), "poste": Volume("donnees", 40, 35),
        },
        frais="non", normes_service="oui", cibles_rendement="oui", points_interaction=points("oooooo"),
        modifie_le="2024-03-28T10:15:00-04:00",
    )


@pytest.mark.parametrize("version", VERSIONS_ANTERIEURES)
def test_migration_d_une_base_figee(version, tmp_path, schema_actuel):
    origine = figee(version)
    empreinte_figee = sha256(origine)
    chemin = tmp_path / "repertoire.sqlite"
    shutil.copy2(origine, chemin)

    with ouvrir(chemin) as base:
        assert base.version() == VERSION_SCHEMA
        assert [m.name for m in MIGRATIONS.applied(base.db)] == NOMS_MIGRATIONS
        assert schema(base.db.conn) == schema_actuel  # même schéma qu'une base neuve

        depot = DepotServices(base)
        # Les données sont intactes, élément par élément.
        assert depot.exercices() == ["2023-2024", "2024-2025"]
        assert depot.nombre() == 3
        attendu = _service_1_attendu(1)
        if version >= 4:
            attendu.donnees_ouvertes = {"sin_usage": ["Y", ""]}
        if version >= 12:
            attendu.etat_demande_temps_reel = "non"
        assert depot.charger(1) == attendu
        paiements = depot.charger(2)
        assert paiements.service_id == "INT-FIN-02" and paiements.portee == "interne"
        assert paiements.points_interaction == points("soooon")
        assert paiements.volumes["en_ligne"] == Volume("donnees", 18450, 18120)
        assert paiements.justification_exclusion == (JUSTIFICATION_V2 if version >= 2 else "")
        # 0009 : une justification écrite d'avant vaut exclusion du calcul de 2.9.4, comme avant
        assert (paiements.exclu_calcul, paiements.exclusion_justifiee) == ((True, True) if version >= 2 else (False, False))
        assert (paiements.justifications_so, depot.charger(1).exclu_calcul) == ({}, False)
        brouillon = depot.charger(3)
        assert brouillon.nom_fr == "Bourses d'études en muséologie" and brouillon.service_id == ""
        assert brouillon.points_interaction == points("oo????")
        assert brouillon.volumes == {m: Volume() for m in brouillon.volumes}
        assert depot.metadonnees("2023-2024") == {
            "gardien": "Bureau de la gestion des services", "derniere_revision": "2024-03-28",
            "edition_referentiel": "2017",
        }
        assert [l.a_completer for l in depot.lignes("2023-2024")] == [0, 0]
        entrees = journal.entrees(base.db)
        assert len(entrees) == (3 if version >= 2 else 0)
        activites = DepotActivites(base).toutes()
        assert [a.nom for a in activites][:1] == (["Site Web Prestations du Canada"] if version >= 3 else [])
        assert len(activites) == (4 if version >= 8 else 1 if version >= 3 else 0)
        assert all(depot.charger(pk).donnees_ouvertes == {} for pk in (2, 3))
        normes = DepotNormes(base).pour_service(1)
        assert [(n.norme_id, n.cible, n.rendement) for n in normes] == ([("STAN001", 0.8, 0.85)] if version >= 4 else [])
        # 0012 : les normes déjà là gardent tout, et reçoivent les champs gérés à leur valeur par défaut
        (finances,) = DepotNormes(base).pour_service(2) or [None]
        if version >= 11:
            assert (finances.norme_id, finances.volume_conforme, finances.volume_total, finances.rendement) == (
                "STAN-FIN-1", 9120, 9500, 0.96)
            gere = (finances.niveau_approbation, finances.date_approbation, finances.mise_en_oeuvre, finances.retiree_le)
            assert gere == (("Ministre", "2024-04-01", True, "") if version >= 12 else ("", "", False, ""))
            from gesserv_bureau.cas import normes as cas_normes

            suivi = cas_normes.suivi(base, finances.pk)
            assert [(r.periode, r.volume_conforme) for r in suivi.trimestres] == ([("T1", 2300)] if version >= 12 else [])
            assert [a.texte for a in suivi.actions] == (["Célébrez la réussite."] if version >= 12 else [])
            assert cas_normes.tolerance(base) == (0.03 if version >= 12 else 0.02)
        else:
            assert finances is None
        strategies = [s for s in DepotStrategies(base).toutes() if s.type == "strategie"]
        assert [(s.titre, s.statut, s.ffpm["forces"]) for s in strategies] == (
            [("Stratégie de gestion des services 2024-2027", "approuvee", ["Équipe stable"])] if version >= 6 else [])
        examens = DepotEvaluations(base).toutes("2A")
        assert [(e.sujet, e.contenu["recommandation"]) for e in examens] == (
            [("Subventions aux festivals locaux", "oui")] if version >= 5 else [])
        assert [i["nom"] for i in DepotEvaluations(base).initiatives(1)] == (["Paiement en ligne"] if version >= 5 else [])
        # 0008 : les approbations d'avant restent approuvées ici, sans preuve signée
        (examen,) = examens or [None]
        if version >= 7:
            assert (examen.statut, examen.approuve_par, examen.approbation) == (
                "approuvee", "Directrice générale, Services", None)
            (seance,) = DepotSeances(base).toutes()
            assert (seance.titre, seance.statut, seance.approuve_le, seance.approuve_par, seance.approbation) == ((
                "Examen des services prioritaires", "approuvee", "2025-02-04T10:00:00-05:00",
                "Directrice générale, Services", None) if version >= 8 else (
                "Examen des services prioritaires", "terminee", "", "", None))
            assert DepotEvaluations(base).de_la_seance(seance.pk) == [examen]
            assert base.conn.execute("SELECT count(*) FROM rapport").fetchone()[0] == 1
        elif version >= 5:
            assert (examen.statut, examen.approbation) == ("terminee", None)
        if version >= 6:
            assert strategies[0].approbation is None
        if version >= 3:   # l'activité 1A est devenue une évaluation 1A terminée, lisible
            ev = DepotEvaluations(base).charger(1)
            assert (ev.outil, ev.sujet, ev.statut, ev.contenu["organisme"]) == (
                "1A", "Site Web Prestations du Canada", "terminee", "Service Canada")
            assert ev.contenu["mode"] == "toutes"   # sans réponse : rien ne dit qu'elle s'arrêtait au premier « non »
        if version >= 5:   # 0009 : les séances et les stratégies gardent l'édition
            assert {r[0] for r in base.conn.execute("SELECT edition_referentiel FROM seance")} <= {"2017"}
            assert {s.edition for s in DepotStrategies(base).toutes()} <= {"2017"}
        if version == 8:   # 0009 : la démarche des évaluations 1A converties par 0005
            modes = {e.pk: e.contenu["mode"] for e in DepotEvaluations(base).toutes("1A")}
            assert modes == {1: "toutes", 3: "premier_non", 4: "toutes", 5: "toutes"}
            converties = {e.pk: e for e in DepotEvaluations(base).toutes("1A")}
            assert converties[3].modifie_le == "2024-04-05T10:00:00-04:00"   # la date du dossier n'a pas changé
            mises_a_jour = [s for s in DepotStrategies(base).toutes() if s.type == "mise_a_jour"]
            assert [(s.version, s.emplacement, s.approbation_originale_le, s.derniere_mise_a_jour_le)
                    for s in mises_a_jour] == [(3, "", "", ""), (2, "", "", "")]

    # Une copie a été faite avant de migrer : à l'ancienne version, avec les données.
    (copie,) = [c for c in sauvegardes.copies(chemin) if "avant-migration" in c.name]
    assert copie.name.endswith(f"-avant-migration-v{version}-v{VERSION_SCHEMA}.sqlite")
    assert sauvegardes.est_intacte(copie)
    assert user_version(copie) == version
    assert compter(copie, "service") == 3 and compter(copie, "volume") == 12
    assert sha256(origine) == empreinte_figee  # la base figée du dépôt n'a pas été touchée


@pytest.mark.parametrize("version", VERSIONS_ANTERIEURES)
def test_l_application_travaille_sur_une_base_migree(version, tmp_path):
    chemin = tmp_path / "repertoire.sqlite"
    shutil.copy2(figee(version), chemin)
    with ouvrir(chemin) as base:
        base.utilisateur = "analyste.essai"
        # Créer un service
        nouveau = repertoire.nouveau_service(base, "2024-2025")
        assert nouveau.pk == 4
        complet = service_complet().copie(pk=nouveau.pk)
        assert "nom_fr" in repertoire.enregistrer_service(base, complet)
        assert repertoire.problemes(base, repertoire.charger_service(base, nouveau.pk)) == []
        # Modifier un service venu de l'ancienne version
        ancien = repertoire.charger_service(base, 1)
        ancien.volumes["en_ligne"] = Volume("donnees", 900, 860)
        ancien.justification_exclusion = "Service exclu à titre d'essai."
        assert sorted(repertoire.enregistrer_service(base, ancien)) == ["justification_exclusion", "volume_en_ligne"]
        # Évaluer une activité (table ajoutée par la migration 0003)
        ev = EvaluationActivite("Subventions aux festivals locaux", exercice="2024-2025")
        for code in ev.reponses:
            ev.reponses[code] = Reponse1A("oui")
        pk_activite = DepotActivites(base).enregistrer(ev)
        assert DepotActivites(base).conclusion_de(pk_activite) == "service"
        # Reporter l'exercice
        assert repertoire.commencer_exercice_suivant(base, "2023-2024").copies == 2
    with ouvrir(chemin) as base:
        depot = DepotServices(base)
        assert depot.nombre() == 6
        relu = depot.charger(1)
        assert relu.volumes["en_ligne"] == Volume("donnees", 900, 860)
        assert relu.justification_exclusion == "Service exclu à titre d'essai."
        assert depot.charger(4).service_id == "TST-001"
        champs = {e.champ for e in journal.entrees(base.db, "service", 1)}
        assert {"justification_exclusion", "volume_en_ligne"} <= champs
    # Ni la seconde ouverture ni le travail n'ont refait de copie « avant migration ».
    assert len([c for c in sauvegardes.copies(chemin) if "avant-migration" in c.name]) == 1


@pytest.mark.parametrize("version", VERSIONS_ANTERIEURES)
def test_base_ancienne_en_lecture_seule_n_est_pas_migree(version, tmp_path):
    chemin = tmp_path / "repertoire.sqlite"
    shutil.copy2(figee(version), chemin)
    empreinte = sha256(chemin)
    with pytest.raises(BaseLectureSeule):
        ouvrir(chemin, lecture_seule=True)
    assert sha256(chemin) == empreinte
    assert user_version(chemin) == version
    assert sauvegardes.copies(chemin) == []


def test_version_0_fichier_vide(tmp_path, schema_actuel):
    chemin = tmp_path / "vide.sqlite"
    chemin.write_bytes(b"")
    with ouvrir(chemin) as base:
        assert base.version() == VERSION_SCHEMA
        assert schema(base.db.conn) == schema_actuel
        DepotServices(base).creer(service_complet())
    # Rien à sauvegarder avant de créer le schéma d'une base vide.
    assert [c for c in sauvegardes.copies(chemin) if "avant-migration" in c.name] == []
    assert compter(chemin, "service") == 1


def test_migration_interrompue_se_reprend(tmp_path, schema_actuel):
    """Une base restée à mi-chemin (une migration appliquée sur deux) finit sa migration."""
    chemin = tmp_path / "repertoire.sqlite"
    shutil.copy2(figee(1), chemin)
    from sqlite_utils import Database

    db = Database(chemin)
    MIGRATIONS.apply(db, stop_before=NOMS_MIGRATIONS[2])
    db.close()
    assert user_version(chemin) == 2
    with ouvrir(chemin) as base:
        assert base.version() == VERSION_SCHEMA
        assert schema(base.db.conn) == schema_actuel
        assert DepotServices(base).nombre() == 3
