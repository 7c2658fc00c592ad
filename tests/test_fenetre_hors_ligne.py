"""Emporter hors ligne et renvoyer depuis la fenêtre (Fichier › Emporter hors ligne…, Renvoyer au
serveur ministériel…), sur un vrai PostgreSQL; et le dialogue des divergences, champ par champ."""

from __future__ import annotations

import pytest
from outils_interface import ouvrir_fenetre
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import text

from gesserv_bureau.cas import hors_ligne
from gesserv_bureau.domaine.fusion import Divergence
from gesserv_bureau.domaine.hors_ligne import EXISTENCE, Ecart
from gesserv_bureau.interface.dialogue_divergences import DialogueDivergences
from gesserv_bureau.interface.dialogue_emport import DialogueEmport
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices


def _ecarts():
    return (Ecart("service", 4, "Permis de pilote", Divergence("nom_fr", "Permis", "Permis (Rita)", "Permis (Ada)")),
            Ecart("evaluation", 9, "Examen 2A", Divergence("@initiative:0:couts", "", "x" * 5000, "Coûts du serveur")),
            Ecart("service", 6, "Déglaçage", Divergence(EXISTENCE, True, False, True),
                  (("norme_service", "Dix jours ouvrables"),)))


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_le_dialogue_des_divergences_ne_choisit_rien_d_avance(qtbot, langue, tmp_path):
    from gesserv_bureau.interface.app import creer_application

    _app, traductions = creer_application(langue)     # gardées : un traducteur ramassé se retire
    d = DialogueDivergences(_ecarts(), langue)
    qtbot.addWidget(d)
    d.resize(1280, 620)
    d.show()
    qtbot.waitExposed(d)
    ok = d.boutons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and d.restants() == 3 and d.choix() == {}
    # les mots du répertoire, pas les noms des colonnes
    assert d.table.item(0, 1).text() == ("Service name (French)" if langue == "en" else "Nom du service (français)")
    assert d.table.item(1, 1).text() == ("Initiative 1 — costs" if langue == "en" else "Initiative 1 — coûts")
    assert d.table.item(2, 3).text() == ("deleted" if langue == "en" else "supprimée")
    # ce que la suppression emporterait, que d'autres ont ajouté sur le serveur, est dit
    d.table.selectRow(2)
    sur_serveur = d.valeurs_detail[2].toPlainText()
    assert "Dix jours ouvrables" in sur_serveur
    assert ("Service standard" in sur_serveur and "added or changed" in sur_serveur) if langue == "en" else \
        ("Norme de service" in sur_serveur and "ajouté ou changé" in sur_serveur)
    # une valeur de 5 000 caractères : abrégée dans sa cellule, entière dans le détail
    assert len(d.table.item(1, 3).text()) < 200
    d.table.selectRow(1)
    assert d.valeurs_detail[1].toPlainText() == "x" * 5000
    d.choix_par_ligne[0].setCurrentIndex(1)
    d.choix_par_ligne[2].setCurrentIndex(2)
    assert not ok.isEnabled() and d.restants() == 1
    d.choix_par_ligne[1].setCurrentIndex(2)
    assert ok.isEnabled()
    assert d.choix() == {"service:4:nom_fr": "mienne", "evaluation:9:@initiative:0:couts": "serveur",
                         "service:6:@existence": "serveur"}
    d.tout("mienne")
    assert set(d.choix().values()) == {"mienne"}
    d.grab().save(str(tmp_path / f"divergences-{langue}.png"))
    assert traductions.langue == langue


def test_emporter_depuis_la_fenetre(qtbot, ministere, tmp_path, monkeypatch):
    fenetre = ouvrir_fenetre(qtbot, tmp_path / "ordinaire.sqlite")
    fenetre.menu_fichier.aboutToShow.emit()
    assert not fenetre.act_renvoyer.isEnabled()          # une base ordinaire : rien à renvoyer
    cible = tmp_path / "rita-hors-ligne.sqlite"
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)

    def remplir(dialogue: DialogueEmport) -> None:
        dialogue.adresse.setText("pas une adresse")
        dialogue.fichier.setText(str(cible))
        dialogue.emporter()
        assert dialogue.message.isVisible() is False or "n'est pas l'adresse" in dialogue.message.text()
        assert not cible.exists()
        dialogue.adresse.setText(ministere.url("rita"))
        dialogue.emporter()

    monkeypatch.setattr(DialogueEmport, "exec", lambda self: (remplir(self), self.result())[1])
    assert fenetre.emporter_hors_ligne() == cible
    assert "services : 4" in questions[0]
    with ouvrir(cible, rotation=False) as b:
        assert len(DepotServices(b).services()) == 4


def test_renvoyer_depuis_la_fenetre_trancher_puis_relire(qtbot, ministere, tmp_path):
    cible = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    with ouvrir(cible, rotation=False) as b:
        services = DepotServices(b)
        a, autre = sorted(s.pk for s in services.services())[:2]
        sa = services.charger(a)
        sa.nom_fr = "Nom choisi hors ligne"
        services.enregistrer(sa)
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET nom_fr = 'Nom choisi au serveur' WHERE pk = :a"), {"a": a})
        c.execute(text("UPDATE service SET proprietaire = 'Ada' WHERE pk = :p"), {"p": autre})

    fenetre = ouvrir_fenetre(qtbot, cible, demo=False)
    fenetre.menu_fichier.aboutToShow.emit()
    assert fenetre.act_renvoyer.isEnabled()
    vus = []
    # annuler le dialogue : rien n'est renvoyé, rien n'est perdu
    assert not fenetre.renvoyer_au_serveur(choix_fait=lambda ecarts: vus.append(ecarts) or None)
    assert [e.cle for e in vus[0]] == [f"service:{a}:nom_fr"]
    assert DepotServices(fenetre.base).charger(a).nom_fr == "Nom choisi hors ligne"
    # garder la sienne
    assert fenetre.renvoyer_au_serveur(choix_fait=lambda ecarts: {e.cle: "mienne" for e in ecarts})
    assert "divergences tranchées : 1" in fenetre.statusBar().currentMessage()
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT nom_fr FROM service WHERE pk = :a"), {"a": a}).scalar_one() == \
            "Nom choisi hors ligne"
    # la fenêtre montre l'état du serveur : le changement d'Ada est dans le répertoire ouvert
    assert DepotServices(fenetre.base).charger(autre).proprietaire == "Ada"
    rangs = [fenetre.modele.ligne(r) for r in range(fenetre.modele.rowCount())]
    assert any(l.pk == a and l.nom_fr == "Nom choisi hors ligne" for l in rangs)


def test_ouvrir_le_repertoire_ministeriel_dans_la_fenetre(qtbot, ministere, tmp_path, monkeypatch):
    """Fichier › Ouvrir le répertoire ministériel… : la première fois, la copie de ses services que
    ce poste garde pour Rita est emportée (dans le dossier de l'application) et la fenêtre s'y
    rouvre, le serveur nommé dans le titre; les fois suivantes, ce qu'elle y a fait est d'abord
    renvoyé et elle reçoit le travail des autres; ce qui se croise : rien d'écrit, la question
    posée dans la fenêtre, rien de perdu."""
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "ordinaire.sqlite")
    ouvertes = []
    fenetre.changementDeBase.connect(lambda chemin, copie: ouvertes.append(chemin))
    avertissements = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avertissements.append(a[2]))
    assert fenetre.ouvrir_repertoire_ministeriel("pas une adresse") is None and avertissements
    copie = fenetre.ouvrir_repertoire_ministeriel(ministere.url("rita"))
    assert copie.nouvelle and ouvertes == [copie.fichier]
    assert copie.fichier.parent == dossier_des_copies() and copie.fichier.name.endswith("-rita.sqlite")

    sur_la_copie = ouvrir_fenetre(qtbot, copie.fichier, demo=False)
    assert "répertoire ministériel" in sur_la_copie.windowTitle() and "rita@" in sur_la_copie.windowTitle()
    assert sur_la_copie.etat_base.text().startswith("Répertoire ministériel rita@localhost/")
    assert str(copie.fichier) in sur_la_copie.etat_base.toolTip()
    assert sur_la_copie.modele.rowCount() == 4
    a, b = sorted(s.pk for s in DepotServices(sur_la_copie.base).services())[:2]
    sa = DepotServices(sur_la_copie.base).charger(a)
    sa.nom_fr = "Nommé dans la fenêtre"
    DepotServices(sur_la_copie.base).enregistrer(sa)
    sur_la_copie.base.fermer()
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET proprietaire = 'Ada' WHERE pk = :b"), {"b": b})
    # la fois suivante : le travail de Rita envoyé, celui d'Ada reçu
    encore = fenetre.ouvrir_repertoire_ministeriel(ministere.url("rita"))
    assert not encore.nouvelle and encore.fichier == copie.fichier and not encore.ecarts
    assert encore.bilan.modifiees == 1
    with ministere("ada") as ada, ada.moteur.connect() as c:
        assert c.execute(text("SELECT nom_fr FROM service WHERE pk = :a"), {"a": a}).scalar_one() == \
            "Nommé dans la fenêtre"
    with ouvrir(copie.fichier, rotation=False) as base:
        assert DepotServices(base).charger(b).proprietaire == "Ada"
        sa = DepotServices(base).charger(a)
        sa.nom_fr = "Rita, encore"
        DepotServices(base).enregistrer(sa)
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET nom_fr = 'Ada, pendant ce temps' WHERE pk = :a"), {"a": a})
    croise = fenetre.ouvrir_repertoire_ministeriel(ministere.url("rita"))
    assert [e.cle for e in croise.ecarts] == [f"service:{a}:nom_fr"] and croise.bilan is None
    with ouvrir(copie.fichier, rotation=False) as base:          # rien de perdu sur le poste
        assert DepotServices(base).charger(a).nom_fr == "Rita, encore"
    with ministere("ada") as ada, ada.moteur.connect() as c:       # rien d'écrit sur le serveur
        assert c.execute(text("SELECT nom_fr FROM service WHERE pk = :a"), {"a": a}).scalar_one() == \
            "Ada, pendant ce temps"


def test_la_fenetre_s_ouvre_sur_une_adresse_de_serveur(qtbot, ministere, capsys):
    """``gesserv-bureau --base postgresql://…`` : la fenêtre s'ouvre sur la copie du poste; un
    serveur injoignable est dit, sans rien créer."""
    from gesserv_bureau import lancement
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies

    assert lancement.main(["--base", ministere.url("rita"), "--essai-demarrage"]) == 0
    assert "essai-demarrage : fenêtre prête" in capsys.readouterr().out
    (fichier,) = dossier_des_copies().glob("*-rita.sqlite")
    with ouvrir(fichier, rotation=False) as base:
        assert len(DepotServices(base).services()) == 4
    assert lancement.main(["--base", "postgresql://rita@127.0.0.1:9/nulle", "--essai-demarrage"]) == 1
    assert "127.0.0.1" in capsys.readouterr().err
    assert len(list(dossier_des_copies().glob("*.sqlite"))) == 1


def test_les_changements_des_autres_se_voient_dans_la_seconde(qtbot, ministere, tmp_path):
    """La fenêtre sur une copie du répertoire ministériel écoute le serveur : ce qu'Ada change dans
    une fiche de la copie se voit dans la barre d'état en moins d'une seconde (une fois par fiche;
    ni ce qui est hors de la copie, ni ce que Rita fait elle-même); un clic le fait recevoir, et le
    compte repart de zéro. Rien ne change dans la copie tant qu'on ne l'a pas demandé."""
    import time

    cible = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    fenetre = ouvrir_fenetre(qtbot, cible, demo=False)
    fenetre.formulaire                                   # la construction finie (après le premier affichage)
    suivi = fenetre._suivi_serveur
    assert suivi is not None and suivi.ecoute.wait(5)
    bouton = fenetre._bouton_changements
    assert not bouton.isVisible()
    a, b = sorted(s.pk for s in DepotServices(fenetre.base).services())[:2]
    with ministere("ada") as ada, ada.moteur.begin() as c:
        dehors = c.execute(text("SELECT pk FROM service WHERE pk NOT IN (:a, :b) AND secteur_responsabilite <> ALL(:s) "
                                "LIMIT 1"), {"a": a, "b": b, "s": list(__import__("conftest").SECTEURS_RITA)}).scalar()
        c.execute(text("UPDATE service SET proprietaire = 'Hors de la copie' WHERE pk = :p"), {"p": dehors})
    with ministere("rita") as rita, rita.moteur.begin() as c:      # Rita elle-même, d'ailleurs
        c.execute(text("UPDATE service SET proprietaire = 'Rita' WHERE pk = :b"), {"b": b})
    debut = time.monotonic()
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET proprietaire = 'Ada' WHERE pk = :a"), {"a": a})
    qtbot.waitUntil(bouton.isVisible, timeout=3000)
    delai = time.monotonic() - debut
    assert delai < 1.0, delai
    assert bouton.text() == "Changements sur le serveur : 1 — Recevoir"
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET description_fr = 'Encore' WHERE pk = :a"), {"a": a})
        c.execute(text("UPDATE service SET proprietaire = 'Ada' WHERE pk = :b"), {"b": b})
    qtbot.waitUntil(lambda: "2" in bouton.text(), timeout=3000)
    assert DepotServices(fenetre.base).charger(a).proprietaire != "Ada"      # rien reçu sans le demander
    fenetre.changer_langue("en")
    assert bouton.text() == "Changes on the server: 2 — Receive"
    bouton.click()                                        # recevoir
    assert DepotServices(fenetre.base).charger(a).proprietaire == "Ada"
    assert not bouton.isVisible()


def test_une_copie_du_poste_illisible_est_gardee_a_cote_et_une_neuve_prise(qtbot, ministere, capsys):
    """La copie que le poste garde ne se lit plus (remplacée par du bruit) : la fenêtre s'ouvre
    quand même sur une copie neuve, l'ancienne gardée à côté (jamais effacée), et c'est dit."""
    from gesserv_bureau import lancement
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies

    assert lancement.main(["--base", ministere.url("rita"), "--essai-demarrage"]) == 0
    (fichier,) = dossier_des_copies().glob("*-rita.sqlite")
    bruit = b"ceci n'est plus une base " * 400
    fichier.write_bytes(bruit)
    capsys.readouterr()
    assert lancement.main(["--base", ministere.url("rita"), "--essai-demarrage"]) == 0
    sortie = capsys.readouterr()
    assert "essai-demarrage : fenêtre prête" in sortie.out and "ne pouvait plus servir" in sortie.err
    (garde,) = dossier_des_copies().glob("*-rita.mise-de-cote-*.sqlite")
    assert garde.read_bytes() == bruit and str(garde) in sortie.err
    with ouvrir(fichier, rotation=False) as base:
        assert len(DepotServices(base).services()) == 4


def test_rouvrir_le_repertoire_ministeriel_deja_ouvert_le_met_a_jour_sur_place(qtbot, ministere, monkeypatch):
    """Fichier › Ouvrir le répertoire ministériel… dans la fenêtre déjà ouverte sur sa copie : pas
    de « déjà ouvert par une autre instance » — la copie est mise à jour sur place et relue."""
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies

    with ministere("rita") as s:
        copie = hors_ligne.copie_du_poste(s, dossier_des_copies())
    fenetre = ouvrir_fenetre(qtbot, copie.fichier, demo=False)
    a = min(s.pk for s in DepotServices(fenetre.base).services())
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET proprietaire = 'Ada' WHERE pk = :a"), {"a": a})
    avertissements, rouvertes = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avertissements.append(a[2]))
    fenetre.changementDeBase.connect(lambda chemin, _c: rouvertes.append(chemin))
    encore = fenetre.ouvrir_repertoire_ministeriel(ministere.url("rita"))
    assert encore and avertissements == [] and rouvertes == []
    assert DepotServices(fenetre.base).charger(a).proprietaire == "Ada"
    assert any(fenetre.modele.ligne(r).pk == a for r in range(fenetre.modele.rowCount()))


def test_le_mot_de_passe_d_une_adresse_n_est_ecrit_nulle_part(qtbot, ministere, tmp_path):
    """Une adresse qui porte un mot de passe (``rita:SECRET@``, ou ``password=SECRET``) : ni la copie
    du poste (son instantané, son journal), ni les préférences ne le gardent; l'adresse gardée sert
    encore à renvoyer (libpq, ou la saisie, fournit le mot de passe)."""
    from gesserv_bureau.cas import serveur as cas_serveur
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies
    from gesserv_bureau.stockage.serveur.adresse import sans_mot_de_passe

    assert sans_mot_de_passe("postgresql://u:pw@h/db") == "user=u dbname=db host=h"
    assert sans_mot_de_passe("postgresql://u@/db?password=S&password=T&host=/x") == "user=u dbname=db host=/x"
    assert sans_mot_de_passe("password=S host=h sslpassword='a b' dbname=d") == "dbname=d host=h"
    assert sans_mot_de_passe("dbname='copie password=x' host=h") == "dbname='copie password=x' host=h"
    url = ministere.url("rita")
    for adresse in (url.replace("rita@", "rita:SECRET1@"), url + "&password=SECRET2"):
        fenetre = ouvrir_fenetre(qtbot, dossier_des_copies().parent / "ordinaire.sqlite", demo=False)
        copie = fenetre.ouvrir_repertoire_ministeriel(adresse)
        assert copie is not None
        fenetre.close()
    vus = 0
    for fichier in tmp_path.rglob("*"):      # la maison de l'essai : données, configuration, préférences
        if fichier.is_file():
            assert b"SECRET" not in fichier.read_bytes(), fichier
            vus += fichier.suffix in (".sqlite", ".ini")
    assert vus >= 2
    with ministere("rita") as s:             # la copie se renvoie encore à son serveur
        gardee = hors_ligne.adresse_de(copie.fichier)
        assert "SECRET" not in gardee and "rita" in gardee
        hors_ligne.renvoyer(s, copie.fichier)
    with cas_serveur.connecter(gardee) as s:         # elle mène au même serveur, sous le même nom
        assert s.connexion == "rita"


def test_une_copie_du_poste_d_un_autre_repertoire_est_mise_de_cote(qtbot, ministere):
    """L'instantané de la copie dit un autre répertoire (remplacée, altérée) : à l'ouverture, elle
    est gardée à côté et une copie neuve est prise — l'ouverture n'est jamais bloquée."""
    import json

    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies

    with ministere("rita") as s:
        copie = hors_ligne.copie_du_poste(s, dossier_des_copies())
    with ouvrir(copie.fichier, rotation=False) as base, base.ecriture() as db:
        valeur = json.loads(base.conn.execute("SELECT valeur FROM parametre WHERE cle = 'hors_ligne'").fetchone()[0])
        valeur["identite"] = "un-autre-repertoire"
        db.execute("UPDATE parametre SET valeur = ? WHERE cle = 'hors_ligne'", [json.dumps(valeur)])
    with ministere("rita") as s:
        encore = hors_ligne.copie_du_poste(s, dossier_des_copies())
    assert encore.nouvelle and encore.mise_de_cote is not None and encore.mise_de_cote.exists()
    with ouvrir(encore.fichier, rotation=False) as base:
        assert len(DepotServices(base).services()) == 4


def test_le_compteur_voit_les_actions_et_les_fiches_ajoutees_a_ses_services(qtbot, ministere, tmp_path):
    """Ada change l'action d'une norme de Rita, puis ajoute une évaluation à un service de Rita et
    une évaluation à un service hors de sa copie : les deux premières sont comptées (s14_avis), pas
    la troisième; recevoir les apporte."""
    from conftest import SECTEURS_RITA

    cible = tmp_path / "rita.sqlite"
    with ministere("ada") as ada, ada.moteur.begin() as c:      # une action sous une norme de Rita
        c.execute(text("INSERT INTO action_norme (uuid, norme_pk, texte) SELECT 'action-de-rita', n.pk, 'Former' "
                       "FROM norme_service n JOIN service s ON s.pk = n.service_pk "
                       "WHERE s.secteur_responsabilite = ANY(:s) ORDER BY n.pk LIMIT 1"), {"s": list(SECTEURS_RITA)})
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    fenetre = ouvrir_fenetre(qtbot, cible, demo=False)
    fenetre.formulaire
    assert fenetre._suivi_serveur.ecoute.wait(5)
    bouton = fenetre._bouton_changements
    action = fenetre.base.conn.execute("SELECT pk FROM action_norme WHERE uuid = 'action-de-rita'").fetchone()
    assert action is not None
    a = min(s.pk for s in DepotServices(fenetre.base).services())
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE action_norme SET statut = 'terminee' WHERE pk = :p"), {"p": action[0]})
    qtbot.waitUntil(lambda: bouton.isVisible() and "1" in bouton.text(), timeout=3000)
    with ministere("ada") as ada, ada.moteur.begin() as c:
        dehors = c.execute(text("SELECT pk FROM service WHERE secteur_responsabilite <> ALL(:s) LIMIT 1"),
                           {"s": list(SECTEURS_RITA)}).scalar_one()
        for service_pk, sujet in ((dehors, "Hors de la copie"), (a, "Ajoutée par Ada")):
            c.execute(text("INSERT INTO evaluation (uuid, outil, service_pk, sujet, exercice, cree_le, modifie_le) "
                           "SELECT gen_random_uuid()::text, '1A', :p, :s, exercice, '2026-12-07', '2026-12-07' "
                           "FROM service WHERE pk = :p"), {"p": service_pk, "s": sujet})
    qtbot.waitUntil(lambda: "2" in bouton.text(), timeout=3000)
    qtbot.wait(600)
    assert bouton.text() == "Changements sur le serveur : 2 — Recevoir"
    bouton.click()
    sujets = {r[0] for r in fenetre.base.conn.execute("SELECT sujet FROM evaluation")}
    assert "Ajoutée par Ada" in sujets and "Hors de la copie" not in sujets
    assert fenetre.base.conn.execute("SELECT statut FROM action_norme WHERE pk = ?", action).fetchone()[0] == "terminee"


def test_renvoyer_ferme_d_abord_les_fenetres_ouvertes_qui_ecraseraient_le_travail_des_autres(qtbot, ministere, tmp_path,
                                                                                          monkeypatch):
    """Une évaluation ouverte garde sa fiche en mémoire : après un renvoi qui y a apporté les réponses
    d'Ada, sa prochaine saisie les écraserait. Renvoyer la ferme donc d'abord, sur accord (tout y
    est enregistré); sans accord, rien n'est renvoyé et elle reste ouverte."""
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

    cible = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    fenetre = ouvrir_fenetre(qtbot, cible, demo=False)
    ev = DepotEvaluations(fenetre.base).toutes()[0]
    fille = fenetre.ouvrir_evaluation(DepotEvaluations(fenetre.base).charger(ev.pk))
    qtbot.waitExposed(fille)
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)
    assert not fenetre.renvoyer_au_serveur()
    assert fille.isVisible() and "fermées" in questions[0] and fille.windowTitle() in questions[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert fenetre.renvoyer_au_serveur()
    assert not [f for f in fenetre.findChildren(type(fille)) if f.isVisible()]


def test_ni_exercice_ni_demonstration_dans_une_copie(qtbot, ministere, tmp_path):
    """Un service d'un exercice que le serveur n'a pas, ou la démonstration, dans une copie : refusé
    avant d'écrire (un exercice est un réglage du ministère que le renvoi n'envoie pas; le service
    serait refusé par le serveur, et tout le renvoi avec lui)."""
    from gesserv_bureau.cas import repertoire
    from gesserv_bureau.domaine.service import Service
    from gesserv_bureau.stockage.erreurs import ReglageDuServeur

    cible = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    with ouvrir(cible, rotation=False) as base:
        avant = len(DepotServices(base).services())
        with pytest.raises(ReglageDuServeur):
            DepotServices(base).creer(Service(exercice="2031-2032", service_id="NOUVEAU-1", nom_fr="Nouveau"))
        with pytest.raises(ReglageDuServeur):
            repertoire.charger_demo(base)
        assert len(DepotServices(base).services()) == avant
        existant = DepotServices(base).services()[0].exercice          # un exercice qu'il a : permis
        DepotServices(base).creer(Service(exercice=existant, service_id="NOUVEAU-2", nom_fr="Nouveau",
                                          secteur_responsabilite=__import__("conftest").SECTEURS_RITA[0]))
    with ministere("rita") as s:
        assert hors_ligne.renvoyer(s, cible).ajoutees == 1


def test_le_compteur_voit_un_service_passe_dans_son_secteur(qtbot, ministere, tmp_path):
    from conftest import SECTEURS_RITA

    cible = tmp_path / "rita.sqlite"
    with ministere("rita") as s:
        hors_ligne.emporter(s, cible)
    fenetre = ouvrir_fenetre(qtbot, cible, demo=False)
    fenetre.formulaire
    assert fenetre._suivi_serveur.ecoute.wait(5)
    with ministere("ada") as ada, ada.moteur.begin() as c:
        c.execute(text("UPDATE service SET secteur_responsabilite = :s WHERE pk = (SELECT min(pk) FROM service "
                       "WHERE secteur_responsabilite <> ALL(:tous))"), {"s": SECTEURS_RITA[0], "tous": list(SECTEURS_RITA)})
    qtbot.waitUntil(lambda: fenetre._bouton_changements.isVisible(), timeout=3000)
    assert fenetre._bouton_changements.text() == "Changements sur le serveur : 1 — Recevoir"


def test_rouvrir_par_une_adresse_equivalente_ferme_d_abord_les_fenetres(qtbot, ministere, monkeypatch):
    """``postgres://`` au lieu de ``postgresql://`` (le même serveur pour libpq) : reconnue comme la
    copie ouverte, et les fenêtres qui gardent une fiche en mémoire sont fermées d'abord, sur accord."""
    from gesserv_bureau.interface.ouverture_serveur import dossier_des_copies
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

    with ministere("rita") as s:
        copie = hors_ligne.copie_du_poste(s, dossier_des_copies())
    fenetre = ouvrir_fenetre(qtbot, copie.fichier, demo=False)
    fille = fenetre.ouvrir_evaluation(DepotEvaluations(fenetre.base).toutes()[0])
    qtbot.waitExposed(fille)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)
    assert not fenetre.ouvrir_repertoire_ministeriel(ministere.url("rita").replace("postgresql://", "postgres://"))
    assert questions and fille.isVisible()
