"""``gesserv-bureau serveur …`` de bout en bout, sur un vrai PostgreSQL : initialiser, verser la
base d'un poste, donner des rôles; les refus dits dans la langue de l'utilisateur, code 1, rien de
changé; et une adresse de serveur jamais prise pour le nom d'un fichier SQLite."""

from __future__ import annotations

import tempfile
from pathlib import Path

from outils_tests import lancer_cli as lancer
from sqlalchemy import text

from gesserv_bureau.stockage.serveur import connexion, installation


def _compter(adresse: str, table: str) -> int:
    m = connexion.moteur(adresse)
    try:
        with m.connect() as c:
            return c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        m.dispose()


def test_mettre_en_place_un_repertoire_ministeriel(capsys, chemin_cli, grappe_pg):
    adresse = grappe_pg.url(grappe_pg.nouvelle_base())
    code, sortie, _ = lancer(capsys, "serveur", "initialiser", adresse)
    assert code == 0 and "Répertoire ministériel prêt" in sortie and "s15_registre" in sortie
    code, sortie, _ = lancer(capsys, "--langue", "en", "serveur", "initialiser", adresse)
    assert code == 0 and "already up to date" in sortie

    assert lancer(capsys, "demo")[0] == 0            # la base SQLite du poste (GESSERV_BASE)
    code, sortie, erreurs = lancer(capsys, "serveur", "importer-base", str(chemin_cli), "--base", adresse)
    assert code == 0, erreurs
    assert "services : 10" in sortie and _compter(adresse, "service") == 10
    code, _, erreurs = lancer(capsys, "--langue", "en", "serveur", "importer-base", str(chemin_cli), "--base", adresse)
    assert code == 1 and "already holds services (10)" in erreurs and "Nothing was imported" in erreurs
    assert _compter(adresse, "service") == 10

    code, sortie, _ = lancer(capsys, "serveur", "utilisateur", "marie", "--role", "redacteur",
                             "--secteur", "Aviation civile", "--secteur", "Opérations de la flotte", "--base", adresse)
    assert code == 0 and sortie.strip() == "marie : rôle rédacteur; secteurs : Aviation civile, Opérations de la flotte."
    m = connexion.moteur(adresse)
    assert installation.droits(m, adresse, "marie").role == "redacteur"
    code, sortie, _ = lancer(capsys, "--langue", "en", "serveur", "utilisateur", "marie", "--role", "approbateur",
                             "--base", adresse)
    assert sortie.strip() == "marie: role approver; sectors: Aviation civile, Opérations de la flotte."
    code, sortie, _ = lancer(capsys, "serveur", "utilisateur", "marie", "--role", "aucun", "--aucun-secteur",
                             "--base", adresse)
    assert sortie.strip() == "marie : rôle aucun; secteurs : aucun."
    assert installation.droits(m, adresse, "marie") == installation.Droits("marie", None, ())
    m.dispose()


def test_les_refus_sont_dits_et_ne_changent_rien(capsys, chemin_cli, grappe_pg, base_pg):
    nom = base_pg.split("@/")[1].split("?")[0]
    lancer(capsys, "serveur", "utilisateur", "rita", "--role", "redacteur", "--base", base_pg)
    code, _, erreurs = lancer(capsys, "serveur", "utilisateur", "bob", "--role", "lecteur",
                              "--base", grappe_pg.url(nom, "rita"))
    assert code == 1 and "Le serveur refuse : votre rôle ne permet pas cette modification" in erreurs
    code, _, erreurs = lancer(capsys, "serveur", "utilisateur", "x y", "--role", "lecteur", "--base", base_pg)
    assert code == 1 and "« x y » n'est pas un nom de connexion" in erreurs
    code, _, erreurs = lancer(capsys, "--langue", "en", "serveur", "initialiser",
                              f"postgresql://postgres@/{nom}?host={grappe_pg.prise}/absent")
    assert code == 1 and "is not answering" in erreurs
    # une base vide, sans le schéma : le dire, et comment faire
    vide = grappe_pg.url(grappe_pg.nouvelle_base())
    code, _, erreurs = lancer(capsys, "serveur", "utilisateur", "zoe", "--role", "lecteur", "--base", vide)
    assert code == 1 and "gesserv-bureau serveur initialiser" in erreurs
    # importer-base sans --base : l'adresse du serveur est demandée
    code, _, erreurs = lancer(capsys, "serveur", "importer-base", str(chemin_cli))
    assert code == 2 and "--base postgresql://" in erreurs


def test_une_adresse_de_serveur_n_est_jamais_un_fichier(capsys, chemin_cli, tmp_path, monkeypatch):
    """Les commandes qui travaillent sur le fichier d'une base du poste le disent sur une adresse de
    serveur, sans créer de fichier au nom de l'adresse."""
    monkeypatch.chdir(tmp_path)
    for ligne in (("--base", "postgresql://marie@serveur/gesserv", "demo"),
                  ("--base", "service=gesserv", "integrite"),
                  ("--base", "service=gesserv", "sauvegarder")):
        code, _, erreurs = lancer(capsys, *ligne)
        assert code == 2 and "travaille sur un fichier de base du poste, pas sur un serveur" in erreurs
    code, _, erreurs = lancer(capsys, "--langue", "en", "--base", "service=gesserv", "restaurer", "x.sqlite")
    assert code == 2 and "works on a workstation base file, not on a server" in erreurs
    # la fenêtre sur un serveur injoignable : dit, rien de créé (l'ouverture réussie :
    # test_fenetre_hors_ligne)
    from gesserv_bureau import lancement

    assert lancement.main(["--base", "postgresql://marie@127.0.0.1:9/gesserv", "--essai-demarrage"]) == 1
    crees = [p for p in tmp_path.rglob("*") if "postgres" in str(p) or "service=" in str(p) or "gesserv" == p.name]
    assert crees == [] and not chemin_cli.exists()


def test_emporter_puis_renvoyer_en_ligne_de_commande(capsys, chemin_cli, grappe_pg, base_pg, tmp_path):
    """``serveur emporter`` puis ``serveur renvoyer`` : une divergence est listée avec sa clé et les
    trois valeurs (code 3, rien d'écrit), puis tranchée par ``--choix CLÉ=mienne``."""
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_services import DepotServices

    assert lancer(capsys, "demo")[0] == 0
    assert lancer(capsys, "serveur", "importer-base", str(chemin_cli), "--base", base_pg)[0] == 0
    lancer(capsys, "serveur", "utilisateur", "rita", "--role", "redacteur", "--secteur", "Aviation civile",
           "--base", base_pg)
    rita = grappe_pg.url(base_pg.split("@/")[1].split("?")[0], "rita")
    fichier = tmp_path / "rita.sqlite"
    code, sortie, erreurs = lancer(capsys, "serveur", "emporter", str(fichier), "--base", rita)
    assert code == 0, erreurs
    assert "emporté hors ligne" in sortie and "services : 1," in sortie and "serveur renvoyer" in sortie
    code, _, erreurs = lancer(capsys, "--langue", "en", "serveur", "emporter", str(fichier), "--base", rita)
    assert code == 1 and "already exists" in erreurs

    with ouvrir(fichier, rotation=False) as b:
        (service,) = DepotServices(b).services()
        service.nom_fr = "Nom du poste"
        DepotServices(b).enregistrer(service)
    m = connexion.moteur(base_pg)
    with m.begin() as c:
        c.execute(text("UPDATE service SET nom_fr = 'Nom du serveur' WHERE pk = :p"), {"p": service.pk})
    code, _, erreurs = lancer(capsys, "serveur", "renvoyer", str(fichier))      # l'adresse : celle de l'emport
    cle = f"service:{service.pk}:nom_fr"
    assert code == 3 and "rien n'a été renvoyé" in erreurs
    assert f"{cle} — Nom du serveur" in erreurs and "la vôtre : « Nom du poste »" in erreurs
    assert "le serveur : « Nom du serveur »" in erreurs
    code, _, erreurs = lancer(capsys, "serveur", "renvoyer", str(fichier), "--choix", "nom_fr=mienne")
    assert code == 2 and "FICHE:CLÉ:CHAMP=mienne" in erreurs
    # une clé mal tapée n'est pas ignorée en silence : une erreur, rien d'écrit
    code, _, erreurs = lancer(capsys, "serveur", "renvoyer", str(fichier), "--choix", f"{cle}=mienne",
                              "--choix", f"service:{service.pk}:nom_en=mienne")
    assert code == 2 and f"service:{service.pk}:nom_en" in erreurs and "aucune divergence" in erreurs
    assert f"{cle}," not in erreurs
    code, _, erreurs = lancer(capsys, "--langue", "en", "serveur", "renvoyer", str(fichier), "--choix", "x:1:y=serveur")
    assert code == 2 and "no difference in this send-back has that key" in erreurs
    code, sortie, _ = lancer(capsys, "serveur", "renvoyer", str(fichier), "--choix", f"{cle}=mienne", "--essai")
    assert code == 0 and "Essai, rien n'a été écrit" in sortie and "en modifierait 1" in sortie
    with m.connect() as c:
        assert c.execute(text("SELECT nom_fr FROM service WHERE pk = :p"), {"p": service.pk}).scalar_one() == \
            "Nom du serveur"
    code, sortie, erreurs = lancer(capsys, "--langue", "en", "serveur", "renvoyer", str(fichier),
                                   "--choix", f"{cle}=mienne")
    assert code == 0, erreurs
    assert "changed: 1" in sortie and "divergences settled: 1" in sortie
    with m.connect() as c:
        assert c.execute(text("SELECT nom_fr FROM service WHERE pk = :p"), {"p": service.pk}).scalar_one() == "Nom du poste"
    m.dispose()
    code, sortie, _ = lancer(capsys, "serveur", "renvoyer", str(fichier))
    assert code == 0 and "Aucun changement à renvoyer" in sortie
    code, _, erreurs = lancer(capsys, "serveur", "renvoyer", str(fichier), "--choix", f"{cle}=mienne")
    assert code == 2 and "aucune divergence" in erreurs
    code, _, erreurs = lancer(capsys, "serveur", "renvoyer", str(chemin_cli))
    assert code == 1 and "n'est pas une base emportée" in erreurs


def test_rapports_exports_et_qualite_lisent_tout_le_repertoire_ministeriel(capsys, chemin_cli, grappe_pg, base_pg,
                                                                          tmp_path):
    """``rapport``, ``exporter`` et ``qualite`` sur une adresse de serveur : une copie cohérente de
    tout le répertoire (même pour une rédactrice d'un seul secteur), effacée ensuite; le rapport
    est inscrit au registre du serveur."""
    import csv

    import pikepdf

    assert lancer(capsys, "demo")[0] == 0
    assert lancer(capsys, "serveur", "importer-base", str(chemin_cli), "--base", base_pg)[0] == 0
    lancer(capsys, "serveur", "utilisateur", "rita", "--role", "redacteur", "--secteur", "Aviation civile",
           "--base", base_pg)
    rita = grappe_pg.url(base_pg.split("@/")[1].split("?")[0], "rita")
    pdf = tmp_path / "inventaire.pdf"
    code, _, erreurs = lancer(capsys, "rapport", "inventaire", "--sortie", str(pdf), "--base", rita)
    assert code == 0, erreurs
    assert "Lu dans le répertoire ministériel" in erreurs and "services : 10" in erreurs
    with pikepdf.open(pdf) as document:
        assert len(document.pages) >= 1
    assert _compter(base_pg, "rapport") == 1
    m = connexion.moteur(base_pg)
    with m.connect() as c:      # inscrit sous le nom de connexion, pas sous le compte du poste
        assert c.execute(text("SELECT utilisateur FROM rapport")).scalar_one() == "rita"
    m.dispose()
    export = tmp_path / "repertoire.csv"
    code, _, erreurs = lancer(capsys, "--langue", "en", "exporter", str(export), "--base", rita)
    assert code == 0 and "Read from the departmental inventory" in erreurs
    with export.open(encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) >= 9          # tous les secteurs, pas seulement le sien
    code, _, erreurs = lancer(capsys, "qualite", "--sortie", str(tmp_path / "q.csv"), "--base", rita)
    assert code == 0, erreurs
    with (tmp_path / "q.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) > 1
    assert not list(Path(tempfile.gettempdir()).glob("gesserv-lecture-*"))   # la copie est effacée


def test_un_rapport_ecrit_mais_pas_inscrit_au_registre_est_dit(capsys, chemin_cli, grappe_pg, base_pg, tmp_path,
                                                               monkeypatch):
    """Le serveur perdu entre l'écriture du rapport et son inscription : le fichier est là, et la
    commande dit qu'il n'est pas inscrit (code 1), plutôt que de se taire ou de parler d'un échec."""
    from gesserv_bureau.stockage.serveur import emport

    assert lancer(capsys, "demo")[0] == 0
    assert lancer(capsys, "serveur", "importer-base", str(chemin_cli), "--base", base_pg)[0] == 0

    def perdu(c, base):
        raise connexion.ServeurInaccessible(base_pg, "server closed the connection unexpectedly")

    monkeypatch.setattr(emport, "verser_registre", perdu)
    pdf = tmp_path / "inventaire.pdf"
    code, _, erreurs = lancer(capsys, "rapport", "inventaire", "--sortie", str(pdf), "--base", base_pg)
    assert code == 1 and pdf.stat().st_size > 1000
    assert "a été écrit, mais il n'a pas pu être inscrit au registre" in erreurs and "Refaites la commande" in erreurs
    assert _compter(base_pg, "rapport") == 0


def test_les_commandes_qui_ecrivent_travaillent_sur_le_serveur(capsys, chemin_cli, grappe_pg, base_pg, tmp_path,
                                                               monkeypatch):
    """``norme ajouter … --base ADRESSE`` : la commande travaille sur les services de la personne,
    puis ce qu'elle a changé est écrit au serveur (au journal sous son nom de connexion); un service
    d'un autre secteur n'y est pas; ce que d'autres ont changé entre-temps au même champ : code 3,
    rien d'écrit; la copie de travail est effacée."""
    from gesserv_bureau.cas import hors_ligne

    assert lancer(capsys, "demo")[0] == 0
    assert lancer(capsys, "serveur", "importer-base", str(chemin_cli), "--base", base_pg)[0] == 0
    lancer(capsys, "serveur", "utilisateur", "rita", "--role", "redacteur", "--secteur", "Aviation civile",
           "--base", base_pg)
    rita = grappe_pg.url(base_pg.split("@/")[1].split("?")[0], "rita")
    m = connexion.moteur(base_pg)
    with m.connect() as c:
        service_id, exercice = c.execute(text("SELECT service_id, exercice FROM service WHERE "
                                              "secteur_responsabilite = 'Aviation civile' ORDER BY pk")).first()
        autre = c.execute(text("SELECT service_id FROM service WHERE secteur_responsabilite <> 'Aviation civile' "
                               "AND exercice = :e ORDER BY pk"), {"e": exercice}).scalar()
    avant = _compter(base_pg, "norme_service")
    code, sortie, erreurs = lancer(capsys, "norme", "ajouter", "--exercice", exercice, "--service", service_id,
                                   "--id", "N-CLI", "--norme-fr", "Réponse en 10 jours", "--base", rita)
    assert code == 0, erreurs
    assert "Vos services du répertoire ministériel" in erreurs and "Écrit dans le répertoire ministériel" in erreurs
    assert "ajoutées : 1" in erreurs
    with m.connect() as c:
        norme = c.execute(text("SELECT n.pk, n.norme_fr FROM norme_service n JOIN service s ON s.pk = n.service_pk "
                               "WHERE n.norme_id = 'N-CLI' AND s.service_id = :s"), {"s": service_id}).one()
        assert norme.norme_fr == "Réponse en 10 jours"
        assert c.execute(text("SELECT DISTINCT connexion FROM journal WHERE entite = 'norme_service' AND cle = :c"),
                         {"c": str(norme.pk)}).scalars().all() == ["rita"]
    assert _compter(base_pg, "norme_service") == avant + 1
    # un service d'un autre secteur : pas dans ses services, rien d'écrit
    code, _, erreurs = lancer(capsys, "--langue", "en", "norme", "ajouter", "--exercice", exercice, "--service", autre,
                              "--id", "N-AUTRE", "--base", rita)
    assert code != 0 and "Written to the departmental inventory" not in erreurs
    assert _compter(base_pg, "norme_service") == avant + 1
    # d'autres changent le même champ pendant la commande : rien d'écrit, la divergence dite
    vraie = hors_ligne.copie_de_travail

    def pendant(serveur, dossier):
        resultat = vraie(serveur, dossier)
        with m.begin() as c:
            c.execute(text("UPDATE norme_service SET norme_fr = 'Changé au serveur' WHERE pk = :p"), {"p": norme.pk})
        return resultat

    monkeypatch.setattr(hors_ligne, "copie_de_travail", pendant)
    code, _, erreurs = lancer(capsys, "norme", "modifier", "--exercice", exercice, "--service", service_id,
                              "--id", "N-CLI", "--norme-fr", "Changé par la commande", "--base", rita)
    assert code == 3 and "rien n'a été écrit dans le répertoire ministériel" in erreurs
    assert "Changé par la commande" in erreurs and "Changé au serveur" in erreurs
    with m.connect() as c:
        assert c.execute(text("SELECT norme_fr FROM norme_service WHERE pk = :p"),
                         {"p": norme.pk}).scalar_one() == "Changé au serveur"
    m.dispose()
    assert not list(Path(tempfile.gettempdir()).glob("gesserv-travail-*"))   # la copie de travail est effacée


def test_une_commande_qui_ecrit_ce_que_le_role_ne_permet_pas_est_refusee(capsys, ministere):
    """Léa, lectrice, ajoute une norme sur le serveur : le refus du serveur est dit comme tel (pas
    « d'autres ont changé les mêmes champs »), code 1, rien d'écrit; en anglais aussi."""
    with ministere("ada") as ada, ada.moteur.connect() as c:
        service_id, exercice = c.execute(text("SELECT service_id, exercice FROM service ORDER BY pk")).first()
        avant = c.execute(text("SELECT count(*) FROM norme_service")).scalar_one()
    for langue, attendus in (("fr", ("Le serveur refuse ce que la commande a changé", "vous êtes lecteur")),
                             ("en", ("The server refuses what the command changed", "you are a reader"))):
        code, _, erreurs = lancer(capsys, "--langue", langue, "norme", "ajouter", "--exercice", exercice, "--service",
                                  service_id, "--id", "N-LEA", "--norme-fr", "Dix jours", "--base", ministere.url("lea"))
        assert code == 1, erreurs
        assert all(a in erreurs for a in attendus) and "--choix" not in erreurs
        assert "d'autres ont changé" not in erreurs and "others changed" not in erreurs
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT count(*) FROM norme_service")).scalar_one() == avant


def test_le_serveur_perdu_avant_le_renvoi_ne_perd_pas_le_travail_de_la_commande(capsys, ministere, monkeypatch):
    """Le serveur ne répond plus entre le travail de ``norme ajouter`` sur la copie de travail et son
    renvoi : rien n'est écrit au serveur, et rien n'est perdu — la copie est gardée (son chemin dit),
    et ``serveur renvoyer`` l'envoie quand il répond, une fois."""
    import re as _re

    from gesserv_bureau.cas import hors_ligne
    from gesserv_bureau.stockage.base import ouvrir
    from gesserv_bureau.stockage.depot_normes import DepotNormes

    with ministere("ada") as ada, ada.moteur.connect() as c:
        service_id, exercice = c.execute(text(
            "SELECT service_id, exercice FROM service WHERE secteur_responsabilite = ANY(:s) ORDER BY pk"),
            {"s": list(__import__("conftest").SECTEURS_RITA)}).first()
        avant = c.execute(text("SELECT count(*) FROM norme_service")).scalar_one()
    vraie = hors_ligne.copie_de_travail

    def puis_panne(serveur, dossier):
        resultat = vraie(serveur, dossier)
        serveur.moteur.dispose()
        serveur.moteur = connexion.moteur("postgresql://rita@127.0.0.1:9/nulle?connect_timeout=2")
        return resultat

    monkeypatch.setattr(hors_ligne, "copie_de_travail", puis_panne)
    code, _, erreurs = lancer(capsys, "norme", "ajouter", "--exercice", exercice, "--service", service_id,
                              "--id", "N-PANNE", "--norme-fr", "Écrite pendant la panne", "--base", ministere.url("rita"))
    assert code == 1 and "ne répond pas" in erreurs and "n'est pas perdu" in erreurs
    (garde,) = _re.findall(r"gardé dans (\S+\.sqlite), une base emportée", erreurs)
    with ouvrir(Path(garde), rotation=False) as base:
        assert any(n.norme_id == "N-PANNE" for n in DepotNormes(base).pour_exercice(exercice))
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT count(*) FROM norme_service")).scalar_one() == avant
    monkeypatch.undo()
    code, sortie, erreurs = lancer(capsys, "serveur", "renvoyer", garde)
    assert code == 0, erreurs
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT count(*) FROM norme_service WHERE norme_id = 'N-PANNE'")).scalar_one() == 1
    assert not list(Path(tempfile.gettempdir()).glob("gesserv-travail-*"))


def test_les_reglages_du_ministere_ne_se_changent_pas_dans_une_copie(capsys, ministere):
    """Pondération 1B, autres critères, tolérance des normes : des réglages du ministère que le
    renvoi ne porte pas. Sur une adresse de serveur (une copie de travail), la commande le dit —
    jamais « enregistré » puis perdu —, code ≠ 0, rien d'écrit; en anglais aussi."""
    def compte(table):
        with ministere("ada") as ada, ada.moteur.connect() as c:
            return c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()

    avant = {t: compte(t) for t in ("ponderation_1b", "critere_1b", "parametre")}
    for ligne, reglage in ((("ponderation", "definir", "--poids", "volume=2"), "La pondération 1B du ministère"),
                           (("criteres-1b", "ajouter", "Critère du poste"), "Les autres critères 1B du ministère"),
                           (("norme", "tolerance", "7"), "La tolérance des normes de service")):
        code, sortie, erreurs = lancer(capsys, *ligne, "--base", ministere.url("ada"))
        assert code != 0 and f"{reglage} : un réglage du ministère" in erreurs, (sortie, erreurs)
        assert "Rien n'a été écrit" in erreurs and "enregistr" not in sortie
    code, _, erreurs = lancer(capsys, "--langue", "en", "norme", "tolerance", "7", "--base", ministere.url("ada"))
    assert code != 0 and "The service standards tolerance: a departmental setting" in erreurs
    assert {t: compte(t) for t in avant} == avant
    # lire reste possible
    code, sortie, _ = lancer(capsys, "norme", "tolerance", "--base", ministere.url("ada"))
    assert code == 0 and sortie.strip()


def test_un_serveur_d_une_revision_plus_ancienne_est_dit_avant_tout(capsys, ministere, base_pg, tmp_path):
    """Le serveur n'a pas été mis à jour (s13_identite : ses avis ne disent pas tout) : emporter,
    ouvrir la fenêtre, une commande qui écrit le disent — « serveur initialiser » — et ne créent rien."""
    from gesserv_bureau import lancement
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies

    m = connexion.moteur(base_pg)
    installation.retrograder(m, base_pg, "s13_identite")
    m.dispose()
    fichier = tmp_path / "rita.sqlite"
    code, _, erreurs = lancer(capsys, "serveur", "emporter", str(fichier), "--base", ministere.url("rita"))
    assert code == 1 and "s13_identite" in erreurs and "serveur initialiser" in erreurs and not fichier.exists()
    code, _, erreurs = lancer(capsys, "norme", "liste", "--base", ministere.url("rita"))
    assert code == 1 and "serveur initialiser" in erreurs
    assert lancement.main(["--base", ministere.url("rita"), "--essai-demarrage"]) == 1
    assert "serveur initialiser" in capsys.readouterr().err
    assert not list(dossier_des_copies().glob("*.sqlite")) if dossier_des_copies().exists() else True


def test_une_adresse_par_mots_cles_est_toujours_un_serveur(capsys, chemin_cli, tmp_path, monkeypatch):
    """``password=… host=… dbname=…`` (libpq accepte les mots-clés dans n'importe quel ordre) est
    l'adresse d'un serveur : jamais un fichier SQLite créé à son nom, avec le mot de passe dedans."""
    from gesserv_bureau.stockage.serveur.adresse import est_serveur

    monkeypatch.chdir(tmp_path)
    for adresse in ("password=SECRET host=/tmp dbname=x", "connect_timeout=3 host=h dbname=d",
                    "sslmode=require host=h", "user=rita dbname=d"):
        assert est_serveur(adresse), adresse
    code, _, erreurs = lancer(capsys, "--base", "password=SECRET host=/tmp dbname=x", "demo")
    assert code == 2 and "pas sur un serveur" in erreurs
    assert not [p for p in tmp_path.rglob("*") if "SECRET" in str(p)] and not chemin_cli.exists()


def test_un_dossier_temporaire_plein_est_dit_sans_trace_ni_ecriture(capsys, ministere, monkeypatch):
    """Le disque du dossier temporaire plein au moment de prendre la copie du serveur (mesuré à la
    main sur un tmpfs de 160 Kio : ``rapport`` finissait par une trace Python) : le message dit où
    et que rien n'a été écrit au serveur, code 1, pour une commande qui lit comme pour une qui écrit."""
    from gesserv_bureau.cas import hors_ligne
    from gesserv_bureau.stockage.erreurs import DisquePlein

    def plein(serveur, dossier):
        raise DisquePlein(Path(dossier) / "copie.sqlite", "database or disk is full")

    monkeypatch.setattr(hors_ligne, "copie_de_lecture", plein)
    monkeypatch.setattr(hors_ligne, "copie_de_travail", plein)
    with ministere("ada") as ada, ada.moteur.connect() as c:
        avant = c.execute(text("SELECT count(*) FROM norme_service")).scalar_one()
        service_id, exercice = c.execute(text("SELECT service_id, exercice FROM service ORDER BY pk")).first()
    code, _, erreurs = lancer(capsys, "rapport", "inventaire", "--sortie", "/dev/null", "--base", ministere.url("rita"))
    assert code == 1 and "Le disque du dossier temporaire" in erreurs and "Traceback" not in erreurs
    code, _, erreurs = lancer(capsys, "--langue", "en", "norme", "ajouter", "--exercice", exercice, "--service",
                              service_id, "--id", "N-PLEIN", "--norme-fr", "x", "--base", ministere.url("ada"))
    assert code == 1 and "Nothing was written to the server" in erreurs and tempfile.gettempdir() in erreurs
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT count(*) FROM norme_service")).scalar_one() == avant
