"""Le répertoire en direct depuis la fenêtre principale (mode ministère, point 4), sur un vrai
PostgreSQL : Rita et Ada ont chacune leur copie du répertoire ministériel ouverte. Ce que Rita tape
dans un service part au serveur et paraît chez Ada, dans la table et dans le formulaire, sans
toucher à ce qu'Ada est en train de taper; le même champ changé des deux côtés attend le renvoi;
le serveur arrêté, la saisie reste et part à son retour."""

from __future__ import annotations

import pytest
from outils_direct import (choisir as _choisir, copie as _copie, fenetre as _fenetre, pk_de_rita as _service_de_rita,
                           sql as _sql)
from PySide6.QtWidgets import QApplication

from gesserv_bureau.cas import hors_ligne, repertoire
from tests.conftest import SECTEURS_RITA


@pytest.mark.parametrize("langue", ["fr", "en"])
def test_ce_que_rita_tape_parait_chez_ada_sans_toucher_a_ce_qu_ada_tape(qtbot, ministere, tmp_path, langue):
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), langue)
    ada = _fenetre(qtbot, _copie(ministere, tmp_path, "ada"), langue)
    assert rita._inventaire_en_direct.bouton.text() == ("Live" if langue == "en" else "En direct")
    pk = _service_de_rita(rita)
    _choisir(qtbot, rita, pk)
    _choisir(qtbot, ada, pk)
    # Ada a commencé à taper le nom du propriétaire, le curseur au milieu
    ada.formulaire.proprietaire.setFocus()
    ada.formulaire.proprietaire.clear()
    qtbot.keyClicks(ada.formulaire.proprietaire, "Ada Lovelace")
    ada.formulaire.proprietaire.setCursorPosition(3)
    qtbot.waitUntil(lambda: not ada.controleur.en_attente(), timeout=3000)
    # Rita tape le nom anglais : il part au serveur
    rita.formulaire.nom_en.setFocus()
    rita.formulaire.nom_en.clear()
    qtbot.keyClicks(rita.formulaire.nom_en, "Typed live by Rita")
    with ministere("ada") as s:
        qtbot.waitUntil(lambda: _sql(s, "SELECT nom_en FROM service WHERE pk = :p", p=pk)[0]["nom_en"]
                        == "Typed live by Rita", timeout=5000)
        assert _sql(s, "SELECT proprietaire FROM service WHERE pk = :p", p=pk)[0]["proprietaire"] == "Ada Lovelace"
    # chez Ada : le formulaire et la table le montrent; son nom tapé et son curseur n'ont pas bougé
    qtbot.waitUntil(lambda: ada.formulaire.nom_en.text() == "Typed live by Rita", timeout=5000)
    assert ada.formulaire.proprietaire.text() == "Ada Lovelace"
    assert QApplication.focusWidget() in (ada.formulaire.proprietaire, rita.formulaire.nom_en)
    assert ada.formulaire.proprietaire.cursorPosition() == 3
    assert ada.modele.ligne(ada.modele.rang_de(pk)).nom_en == "Typed live by Rita"
    assert repertoire.charger_service(ada.base, pk).nom_en == "Typed live by Rita"
    # et chez Rita : le propriétaire qu'Ada a tapé
    qtbot.waitUntil(lambda: rita.formulaire.proprietaire.text() == "Ada Lovelace", timeout=5000)
    assert rita.formulaire.nom_en.text() == "Typed live by Rita"
    # ce qui est reçu en direct n'est plus compté « à recevoir »
    qtbot.wait(600)
    assert not ada._bouton_changements.isVisible(), ada._bouton_changements.text()
    # rien n'attend le renvoi, d'un côté ni de l'autre
    for f, nom in ((rita, "rita"), (ada, "ada")):
        with ministere(nom) as s:
            bilan = hors_ligne.renvoyer_base(s, f.base, essai=True)
        assert (bilan.ajoutees, bilan.modifiees, bilan.supprimees) == (0, 0, 0)
    rita.close()
    ada.close()


def test_le_meme_champ_change_des_deux_cotes_attend_le_renvoi(qtbot, ministere, tmp_path, monkeypatch):
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    pk = _service_de_rita(rita)
    _choisir(qtbot, rita, pk)
    rita.formulaire.nom_fr.setFocus()
    rita.formulaire.nom_fr.clear()
    qtbot.keyClicks(rita.formulaire.nom_fr, "Le nom de Rita")
    with ministere("ada") as s:       # au même moment, Ada change le même champ sur le serveur
        _sql(s, "UPDATE service SET nom_fr = 'Le nom d''Ada' WHERE pk = :p", p=pk)
    direct = rita._inventaire_en_direct
    qtbot.waitUntil(lambda: "croise" in direct.dernier_texte, timeout=5000)
    assert "Renvoyer au serveur ministériel" in direct.dernier_texte
    assert direct.bouton.text() == "En direct — à trancher au renvoi…"
    # rien de perdu : à l'écran et dans la copie, le sien; sur le serveur, celui d'Ada
    assert rita.formulaire.nom_fr.text() == "Le nom de Rita"
    assert repertoire.charger_service(rita.base, pk).nom_fr == "Le nom de Rita"
    with ministere("ada") as s:
        assert _sql(s, "SELECT nom_fr FROM service WHERE pk = :p", p=pk)[0]["nom_fr"] == "Le nom d'Ada"
    # un autre service, lui, part encore en direct (et le bouton dit toujours ce qui attend)
    autre = next(l.pk for l in repertoire.lignes_inventaire(rita.base, rita.controleur.exercice) if l.pk != pk
                 and repertoire.charger_service(rita.base, l.pk).secteur_responsabilite in SECTEURS_RITA)
    _choisir(qtbot, rita, autre)
    rita.formulaire.nom_en.setFocus()
    qtbot.keyClicks(rita.formulaire.nom_en, " (live)")
    with ministere("ada") as s:
        qtbot.waitUntil(lambda: _sql(s, "SELECT nom_en FROM service WHERE pk = :p", p=autre)[0]["nom_en"]
                        .endswith(" (live)"), timeout=5000)
    assert direct.bouton.text() == "En direct — à trancher au renvoi…"
    # le bouton mène au renvoi, où Rita voit les deux valeurs et garde la sienne
    vus = []
    renvoyer = rita.renvoyer_au_serveur
    monkeypatch.setattr(rita, "renvoyer_au_serveur", lambda: renvoyer(
        choix_fait=lambda ecarts: vus.append(ecarts) or {e.cle: "mienne" for e in ecarts}))
    direct.bouton.click()
    assert [(e.cle, e.divergence.serveur) for e in vus[0]] == [(f"service:{pk}:nom_fr", "Le nom d'Ada")]
    with ministere("ada") as s:
        assert _sql(s, "SELECT nom_fr FROM service WHERE pk = :p", p=pk)[0]["nom_fr"] == "Le nom de Rita"
    assert not direct.a_trancher and direct.bouton.text() == "En direct"
    rita.close()


def test_le_serveur_arrete_la_saisie_reste_et_part_a_son_retour(qtbot, grappe_pg, ministere, tmp_path, monkeypatch):
    from gesserv_bureau.interface import en_direct

    monkeypatch.setattr(en_direct, "REESSAI_MS", 300)
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    direct = rita._inventaire_en_direct
    pk = _service_de_rita(rita)
    _choisir(qtbot, rita, pk)
    texte = "Gardé pendant la coupure " + "é" * 5000
    grappe_pg.arreter_serveur()
    try:
        rita.formulaire.description_en.setFocus()
        rita.formulaire.description_en.setPlainText(texte)           # (collé)
        qtbot.waitUntil(lambda: "Pas envoyé au serveur" in direct.dernier_texte, timeout=5000)
        assert "reprend de lui-même" in direct.dernier_texte
        assert direct.bouton.text() == "Direct interrompu — Réessayer"
        assert repertoire.charger_service(rita.base, pk).description_en == texte       # dans la copie
    finally:
        grappe_pg.demarrer()
    with ministere("ada") as s:
        qtbot.waitUntil(lambda: _sql(s, "SELECT description_en FROM service WHERE pk = :p", p=pk)[0]
                        ["description_en"] == texte, timeout=10000)
    qtbot.waitUntil(lambda: direct.bouton.text().startswith("En direct · à jour à"), timeout=5000)
    assert rita.formulaire.description_en.texte() == texte
    rita.close()


def test_sans_mot_de_passe_le_bouton_demande_de_se_connecter(qtbot, ministere, tmp_path, monkeypatch):
    """Sans connexion gardée ni mot de passe que libpq trouve : pas de saisie au milieu du travail, un
    bouton « Se connecter… » dans la barre d'état; annulé, le travail part au renvoi."""
    from gesserv_bureau.cas import serveur as cas_serveur
    from gesserv_bureau.interface import en_direct
    from gesserv_bureau.stockage.serveur.connexion import MotDePasseRequis

    def sans_mot_de_passe(adresse, mot_de_passe=None):
        raise MotDePasseRequis(adresse)

    from outils_interface import ouvrir_fenetre

    fichier = _copie(ministere, tmp_path, "rita")
    monkeypatch.setattr(cas_serveur, "connecter", sans_mot_de_passe)
    monkeypatch.setattr(en_direct, "connexion_de_la_copie", lambda parent, base: None)
    rita = ouvrir_fenetre(qtbot, fichier, "fr", demo=False)
    rita.formulaire
    direct = rita._inventaire_en_direct
    qtbot.waitUntil(lambda: direct.bouton.text() == "Hors direct — Se connecter…", timeout=5000)
    assert "mot de passe" in direct.bouton.toolTip() and direct.serveur is None
    direct.bouton.click()                                # la saisie annulée
    assert direct.bouton.text() == "Hors direct — Se connecter…"
    pk = _service_de_rita(rita)
    _choisir(qtbot, rita, pk)
    rita.formulaire.nom_en.setFocus()
    qtbot.keyClicks(rita.formulaire.nom_en, " hors direct")
    qtbot.waitUntil(lambda: not rita.controleur.en_attente(), timeout=3000)
    assert repertoire.charger_service(rita.base, pk).nom_en.endswith(" hors direct")    # gardé, pour le renvoi
    rita.close()


def test_la_saisie_en_cours_part_avec_ce_qui_arrive_d_un_autre_service(qtbot, ministere, tmp_path, monkeypatch):
    """Un avis arrive pendant que Rita tape (avant l'enregistrement automatique) : sa saisie est écrite
    dans la copie, puis part au serveur avec la synchronisation — elle n'attend pas la saisie suivante."""
    from gesserv_bureau.interface import controleur_inventaire

    # (l'enregistrement automatique loin : seul l'avis fait écrire la saisie)
    monkeypatch.setattr(controleur_inventaire, "DELAI_ENREGISTREMENT_MS", 60000)
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    siens = [l.pk for l in repertoire.lignes_inventaire(rita.base, rita.controleur.exercice)
             if repertoire.charger_service(rita.base, l.pk).secteur_responsabilite in SECTEURS_RITA]
    pk, autre = siens[:2]
    _choisir(qtbot, rita, pk)
    rita.formulaire.nom_en.setFocus()
    qtbot.keyClicks(rita.formulaire.nom_en, " (en cours)")
    assert rita.controleur.en_attente()
    with ministere("ada") as s:
        _sql(s, "UPDATE service SET proprietaire = 'Changé par Ada' WHERE pk = :p", p=autre)
        qtbot.waitUntil(lambda: repertoire.charger_service(rita.base, autre).proprietaire == "Changé par Ada",
                        timeout=5000)
        qtbot.waitUntil(lambda: _sql(s, "SELECT nom_en FROM service WHERE pk = :p", p=pk)[0]["nom_en"]
                        .endswith(" (en cours)"), timeout=5000)
    assert rita.modele.ligne(rita.modele.rang_de(autre)).proprietaire == "Changé par Ada"
    rita.close()


def test_les_normes_du_service_affiche_partent_et_arrivent_en_direct(qtbot, ministere, tmp_path, monkeypatch):
    """Ada change le texte d'une norme du service que Rita a sous les yeux : la liste des normes du
    formulaire de Rita le montre d'elle-même; Rita la retire : le retrait part au serveur."""
    from PySide6.QtWidgets import QMessageBox

    from gesserv_bureau.cas import normes

    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    avec_normes = [l.pk for l in repertoire.lignes_inventaire(rita.base, rita.controleur.exercice)
                   if repertoire.charger_service(rita.base, l.pk).secteur_responsabilite in SECTEURS_RITA
                   and len([n for n in normes.normes_du_service(rita.base, l.pk) if not n.retiree]) >= 1]
    assert avec_normes, "la démonstration a un service de Rita avec une norme"
    pk = avec_normes[0]
    _choisir(qtbot, rita, pk)
    une = next(n for n in normes.normes_du_service(rita.base, pk) if not n.retiree)
    # Ada change le texte de la norme sur le serveur : la liste de Rita le montre
    with ministere("ada") as s:
        _sql(s, "UPDATE norme_service SET norme_fr = 'Texte changé par Ada' WHERE pk = :p", p=une.pk)
    table = rita.formulaire.groupe_normes.table
    qtbot.waitUntil(lambda: any("Texte changé par Ada" in (table.item(r, 0).text() if table.item(r, 0) else "")
                                for r in range(table.rowCount())), timeout=5000)
    assert normes.charger(rita.base, une.pk).norme_fr == "Texte changé par Ada"
    # Rita la retire : le retrait part au serveur
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    rita.controleur.normes.retirer(une.pk, True)
    with ministere("ada") as s:
        qtbot.waitUntil(lambda: _sql(s, "SELECT retiree_le FROM norme_service WHERE pk = :p", p=une.pk)[0]
                        ["retiree_le"] != "", timeout=5000)
        assert _sql(s, "SELECT norme_fr FROM norme_service WHERE pk = :p", p=une.pk)[0]["norme_fr"] == \
            "Texte changé par Ada"
    rita.close()


def test_rien_n_arrive_sous_un_dialogue_ouvert_qui_tient_une_fiche(qtbot, ministere, tmp_path):
    """Un dialogue modal (une norme, son suivi) tient la fiche en mémoire et l'enregistre à sa fermeture :
    ce qui arriverait dans la copie pendant qu'il est ouvert serait écrasé. Tout attend qu'il se ferme."""
    from PySide6.QtWidgets import QDialog

    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    pk = _service_de_rita(rita)
    dialogue = QDialog(rita)
    dialogue.setModal(True)
    dialogue.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialogue, timeout=3000)
    with ministere("ada") as s:
        _sql(s, "UPDATE service SET proprietaire = 'Pendant le dialogue' WHERE pk = :p", p=pk)
    qtbot.wait(1500)
    assert repertoire.charger_service(rita.base, pk).proprietaire != "Pendant le dialogue"
    dialogue.close()
    qtbot.waitUntil(lambda: repertoire.charger_service(rita.base, pk).proprietaire == "Pendant le dialogue",
                    timeout=5000)
    rita.close()


def test_le_poste_coupe_apres_la_validation_l_ecran_reste_la_copie(qtbot, ministere, tmp_path, monkeypatch):
    """Le serveur a validé la fusion (le propriétaire changé par Ada, le nom tapé par Rita), puis le poste
    n'a pas pu finir (disque plein). L'écran montre la copie — le propriétaire d'Ada — et ce que Rita tape
    ensuite ne le remet pas à l'ancien sur le serveur."""
    from gesserv_bureau.interface import en_direct
    from gesserv_bureau.stockage.erreurs import DisquePlein
    from gesserv_bureau.stockage.serveur import envoi_fiches

    from gesserv_bureau.interface import controleur_inventaire

    monkeypatch.setattr(en_direct, "REESSAI_MS", 300)
    # (l'enregistrement automatique loin : c'est l'avis d'Ada qui fait écrire la saisie, puis synchroniser)
    monkeypatch.setattr(controleur_inventaire, "DELAI_ENREGISTREMENT_MS", 60000)
    rita = _fenetre(qtbot, _copie(ministere, tmp_path, "rita"), "fr")
    pk = _service_de_rita(rita)
    _choisir(qtbot, rita, pk)
    ancien = rita.formulaire.proprietaire.text()
    vraie = envoi_fiches.effacer_intention

    def disque_plein(db):
        monkeypatch.setattr(envoi_fiches, "effacer_intention", vraie)
        raise DisquePlein(None, "disque plein")

    rita.formulaire.nom_en.setFocus()
    qtbot.keyClicks(rita.formulaire.nom_en, " A")
    monkeypatch.setattr(envoi_fiches, "effacer_intention", disque_plein)
    with ministere("ada") as s:
        _sql(s, "UPDATE service SET proprietaire = 'Ada, propriétaire' WHERE pk = :p", p=pk)
        qtbot.waitUntil(lambda: rita.formulaire.proprietaire.text() == "Ada, propriétaire", timeout=5000)
        qtbot.keyClicks(rita.formulaire.nom_en, "B")
        rita.controleur.enregistrer_maintenant()
        qtbot.waitUntil(lambda: _sql(s, "SELECT nom_en FROM service WHERE pk = :p", p=pk)[0]["nom_en"]
                        .endswith(" AB"), timeout=8000)
        assert _sql(s, "SELECT proprietaire FROM service WHERE pk = :p", p=pk)[0]["proprietaire"] == \
            "Ada, propriétaire" != ancien
    rita.close()
