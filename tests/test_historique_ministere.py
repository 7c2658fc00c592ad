"""Le journal et le registre dans une copie du répertoire ministériel (issue 19, point 1 : « every
feature… journal ») : ceux du serveur — tout le ministère, chaque modification sous la connexion de
son auteur, avec les mots du répertoire —, lus hors du fil; ceux de la copie seulement, et dit,
quand le serveur ne répond pas."""

from __future__ import annotations

import pytest

from gesserv_bureau.cas import historique_ministere, hors_ligne, production_rapports, repertoire
from gesserv_bureau.interface import dialogues
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.journal import EntreeJournal

from outils_direct import copie, de_rita, fenetre


def _rita_change_un_service(ministere, tmp_path):
    """Rita renomme un de ses services dans sa copie, exporte un rapport et renvoie; la clé du service."""
    f = copie(ministere, tmp_path, "rita", "rita-travail")
    with ouvrir(f, rotation=False) as b:
        service = de_rita(b)
        service.nom_fr = "Nouveau nom du service"
        repertoire.enregistrer_service(b, service)
        produit = production_rapports.produire(b, "inventaire", "fr", exercice=service.exercice)
        production_rapports.exporter(b, produit, tmp_path / "inventaire.pdf")
    with ministere("rita") as rita:
        hors_ligne.renvoyer(rita, f)
    return service


def test_le_journal_du_serveur_dit_qui_a_change_quoi_avec_les_mots_du_repertoire(ministere, tmp_path):
    service = _rita_change_un_service(ministere, tmp_path)
    with ministere("lea") as lea:                    # une lectrice lit le journal de tout le ministère
        entrees = historique_ministere.journal(lea, "fr")
        anglais = historique_ministere.journal(lea, "en")
    (entree,) = [e for e in entrees if e.utilisateur == "rita" and e.entite == "service"]
    assert entree.action == "modification" and entree.cle == str(service.pk)
    assert entree.libelle == f"Service {service.service_id} Nouveau nom du service"
    assert entree.champ == "Nom du service (français)"
    (en,) = [e for e in anglais if e.utilisateur == "rita" and e.entite == "service"]
    assert en.champ == "Service name (French)"
    # les plus récentes d'abord; un « limite » est tenu
    assert entrees == sorted(entrees, key=lambda e: e.horodatage, reverse=True)
    with ministere("lea") as lea:
        assert len(historique_ministere.journal(lea, "fr", limite=1)) == 1


def test_le_registre_du_serveur_a_les_rapports_de_chacun(ministere, tmp_path):
    _rita_change_un_service(ministere, tmp_path)
    with ministere("ada") as ada:
        (rapport,) = historique_ministere.registre(ada, "fr")
    assert (rapport.utilisateur, rapport.action, rapport.type, rapport.langue) == ("rita", "export", "inventaire", "fr")
    assert rapport.fichier.endswith("inventaire.pdf") and rapport.signataires == ()


def test_la_fenetre_d_une_copie_montre_le_journal_et_le_registre_du_serveur(qtbot, ministere, tmp_path, monkeypatch):
    service = _rita_change_un_service(ministere, tmp_path)
    f = fenetre(qtbot, copie(ministere, tmp_path, "ada"))
    vus = []
    monkeypatch.setattr(dialogues.DialogueJournal, "exec", lambda self: vus.append(self) or 0)
    f.act_journal.trigger()
    qtbot.waitUntil(lambda: bool(vus), timeout=5000)
    dialogue = vus[0]
    lignes = [[dialogue.table.item(r, c).text() for c in range(7)] for r in range(dialogue.table.rowCount())]
    assert ["rita", "Modification", f"Service {service.service_id} Nouveau nom du service",
            "Nom du service (français)"] in [l[1:5] for l in lignes]
    assert "Tout le répertoire ministériel" in dialogue.note.text()

    f.act_registre.trigger()
    qtbot.waitUntil(lambda: f.findChild(dialogues.DialogueRegistreRapports, "registreRapports") is not None, timeout=5000)
    registre = f.findChild(dialogues.DialogueRegistreRapports, "registreRapports")
    assert registre.table.rowCount() == 1 and registre.table.item(0, 1).text() == "rita"


def test_serveur_injoignable_la_copie_montre_le_sien_et_le_dit(qtbot, ministere, tmp_path, monkeypatch):
    from gesserv_bureau.stockage.serveur.connexion import ServeurInaccessible

    f = fenetre(qtbot, copie(ministere, tmp_path, "rita"))

    def injoignable(serveur, langue="fr", limite=1000):
        raise ServeurInaccessible(serveur.adresse, "connection refused")

    monkeypatch.setattr("gesserv_bureau.cas.historique_ministere.journal", injoignable)
    vus = []
    monkeypatch.setattr(dialogues.DialogueJournal, "exec", lambda self: vus.append(self) or 0)
    f.act_journal.trigger()
    qtbot.waitUntil(lambda: bool(vus), timeout=5000)
    dialogue = vus[0]
    assert "n'a pas répondu" in dialogue.note.text() and "copie de ce poste" in dialogue.note.text()
    # la copie de ce poste : son emport, au moins
    assert dialogue.table.rowCount() >= 1


def test_une_base_du_poste_montre_son_journal_sans_note(qtbot, tmp_path, monkeypatch):
    from outils_interface import ouvrir_fenetre

    f = ouvrir_fenetre(qtbot, tmp_path / "poste.sqlite", "fr")
    vus = []
    monkeypatch.setattr(dialogues.DialogueJournal, "exec", lambda self: vus.append(self) or 0)
    f.act_journal.trigger()
    assert vus and vus[0].note is None and vus[0].table.rowCount() >= 1
    assert f.afficher_registre().note is None


def test_une_entree_forgee_se_voit_sous_la_connexion_qui_l_a_inscrite(ministere, base_pg):
    """Tout rôle peut écrire au journal et au registre (exporter est consigné), mais la connexion, le
    serveur l'écrit lui-même : une lectrice qui se dit Rita paraît « rita (inscrit par lea) »; le
    registre ne se modifie ni ne s'efface."""
    from outils_direct import sql

    with ministere("lea") as lea:
        sql(lea, "INSERT INTO journal (horodatage, utilisateur, action, entite, cle, connexion) "
                 "VALUES ('2026-01-01T00:00:00+00:00', 'rita', 'modification', 'service', '1', 'rita')")
        sql(lea, "INSERT INTO rapport (horodatage, utilisateur, action, fichier, sha256, connexion) "
                 "VALUES ('pas une date', 'rita', 'signature', 'faux.pdf', 'abc', 'rita')")
        journal = historique_ministere.journal(lea, "fr")
        registre = historique_ministere.registre(lea, "en")
    assert [e.utilisateur for e in journal if e.horodatage.startswith("2026-01-01")] == ["rita (inscrit par lea)"]
    assert [r.utilisateur for r in registre if r.fichier == "faux.pdf"] == ["rita (recorded by lea)"]
    from gesserv_bureau.cas import serveur as cas_serveur
    from gesserv_bureau.stockage.serveur.connexion import DroitRefuse

    with ministere("ada") as ada:            # une administratrice : pas le droit
        for requete in ("UPDATE rapport SET utilisateur = 'x'", "DELETE FROM rapport"):
            with pytest.raises(DroitRefuse):
                sql(ada, requete)
    with cas_serveur.connecter(base_pg) as proprietaire:    # le propriétaire de la base : le serveur refuse
        for requete in ("UPDATE rapport SET utilisateur = 'x'", "DELETE FROM rapport"):
            with pytest.raises(DroitRefuse, match="ne se modifie ni ne s'efface"):
                sql(proprietaire, requete)
        assert len(sql(proprietaire, "SELECT pk FROM rapport")) == 1


def test_les_rapports_d_une_copie_renvoyee_par_une_autre_connexion_le_disent(ministere, tmp_path):
    f = copie(ministere, tmp_path, "rita")
    with ouvrir(f, rotation=False) as b:
        produit = production_rapports.produire(b, "inventaire", "fr", exercice=de_rita(b).exercice)
        production_rapports.exporter(b, produit, tmp_path / "r.pdf")
    with ministere("ada") as ada:
        hors_ligne.renvoyer(ada, f)
        (rapport,) = historique_ministere.registre(ada, "fr")
    assert rapport.utilisateur == "rita (inscrit par ada)"


def test_le_registre_de_la_fenetre_montre_en_tete_ce_que_ce_poste_n_a_pas_encore_inscrit(qtbot, ministere, tmp_path):
    f = fenetre(qtbot, copie(ministere, tmp_path, "rita"))
    produit = production_rapports.produire(f.base, "inventaire", "en", exercice=f.controleur.exercice)
    production_rapports.exporter(f.base, produit, tmp_path / "pas-encore.pdf")
    f.act_registre.trigger()
    qtbot.waitUntil(lambda: f.findChild(dialogues.DialogueRegistreRapports, "registreRapports") is not None, timeout=5000)
    registre = f.findChild(dialogues.DialogueRegistreRapports, "registreRapports")
    assert registre.table.rowCount() == 1
    assert registre.table.item(0, 1).text() == "rita (pas encore au serveur)"
    assert "1 rapport(s) exporté(s) ou signé(s) sur ce poste y seront inscrits au prochain renvoi" in registre.note.text()


def test_une_date_du_serveur_se_lit_a_l_heure_du_poste_et_une_date_abimee_telle_quelle(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "America/Toronto")
    time.tzset()
    try:
        assert dialogues._heure_locale("2026-07-01T16:00:00+00:00") == "2026-07-01 12:00:00"
        assert dialogues._heure_locale("pas une date") == "pas une date"
        d = dialogues.DialogueJournal([EntreeJournal("n'importe quoi", "lea", "creation", "service", "1", "", "", None, None)])
        assert d.table.item(0, 0).text() == "n'importe quoi"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
