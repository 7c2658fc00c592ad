"""Le journal et le registre dans une copie du répertoire ministériel (issue 19, point 1 : « every
feature… journal ») : ceux du serveur — tout le ministère, chaque modification sous la connexion de
son auteur, avec les mots du répertoire —, lus hors du fil; ceux de la copie seulement, et dit,
quand le serveur ne répond pas."""

from __future__ import annotations

from gesserv_bureau.cas import historique_ministere, hors_ligne, production_rapports, repertoire
from gesserv_bureau.interface import dialogues
from gesserv_bureau.stockage.base import ouvrir

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
        (rapport,) = historique_ministere.registre(ada)
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
