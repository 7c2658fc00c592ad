"""Attaques du répertoire en direct depuis la fenêtre : la saisie et le curseur à la réception, les
normes du formulaire, la même personne dans deux copies, une clé redonnée par Ctrl+Z / Ctrl+Y, ce que
la copie ne peut écrire."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gesserv_bureau.cas import repertoire
from outils_direct import choisir as _choisir, copie, fenetre as _fenetre, pk_de_rita as _de_rita, sql


def test_espace_en_fin_de_saisie_perdue_a_la_reception(qtbot, ministere, tmp_path):
    """Rita tape « ABC » puis une espace dans l'identifiant; pendant qu'elle réfléchit au mot suivant,
    le propriétaire changé par Ada arrive : ce qu'elle a tapé doit rester tel quel."""
    rita = _fenetre(qtbot, copie(ministere, tmp_path, "rita"))
    pk = _de_rita(rita)
    _choisir(qtbot, rita, pk)
    champ = rita.formulaire.service_id
    champ.setFocus()
    champ.clear()
    qtbot.keyClicks(champ, "ABC ")
    qtbot.waitUntil(lambda: not rita.controleur.en_attente(), timeout=3000)
    with ministere("ada") as s:
        sql(s, "UPDATE service SET proprietaire = 'Changé par Ada' WHERE pk = :p", p=pk)
    qtbot.waitUntil(lambda: rita.formulaire.proprietaire.text() == "Changé par Ada", timeout=5000)
    qtbot.keyClicks(champ, "DEF")
    assert champ.text() == "ABC DEF", f"la saisie en cours a changé : {champ.text()!r}"


def test_les_normes_du_service_restent_dans_le_formulaire_apres_une_reception(qtbot, ministere, tmp_path):
    rita = _fenetre(qtbot, copie(ministere, tmp_path, "rita"))
    pk = next(pk for (pk,) in rita.base.conn.execute("SELECT DISTINCT service_pk FROM norme_service"))
    _choisir(qtbot, rita, pk)
    table = rita.formulaire.groupe_normes.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=3000)
    avant = table.model().rowCount()
    with ministere("ada") as s:
        sql(s, "UPDATE service SET proprietaire = 'Changé par Ada' WHERE pk = :p", p=pk)
    qtbot.waitUntil(lambda: rita.formulaire.proprietaire.text() == "Changé par Ada", timeout=5000)
    assert table.model().rowCount() == avant, "les normes du service ont disparu du formulaire"


def test_curseur_quand_une_autre_fenetre_a_le_focus(qtbot, ministere, tmp_path):
    """Ada tape dans le propriétaire (curseur au milieu), puis passe un instant à une autre fenêtre
    (un courriel); ce qui arrive pendant ce temps ne doit pas déplacer son curseur."""
    from PySide6.QtWidgets import QLineEdit
    ada = _fenetre(qtbot, copie(ministere, tmp_path, "ada"))
    pk = _de_rita(ada)
    _choisir(qtbot, ada, pk)
    ada.formulaire.proprietaire.setFocus()
    ada.formulaire.proprietaire.clear()
    qtbot.keyClicks(ada.formulaire.proprietaire, "Ada Lovelace")
    ada.formulaire.proprietaire.setCursorPosition(3)
    qtbot.waitUntil(lambda: not ada.controleur.en_attente(), timeout=3000)
    ailleurs = QLineEdit()                      # une autre fenêtre au premier plan
    ailleurs.setAttribute(__import__("PySide6.QtCore").QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
    ailleurs.show()
    ailleurs.activateWindow()
    ailleurs.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ailleurs, timeout=3000)
    assert ada.focusWidget() is ada.formulaire.proprietaire      # le focus de sa fenêtre n'a pas bougé
    with ministere("rita") as s:
        sql(s, "UPDATE service SET nom_en = 'Typed by Rita elsewhere' WHERE pk = :p", p=pk)
    qtbot.waitUntil(lambda: ada.formulaire.nom_en.text() == "Typed by Rita elsewhere", timeout=5000)
    assert ada.formulaire.proprietaire.text() == "Ada Lovelace"
    assert ada.formulaire.proprietaire.cursorPosition() == 3, ada.formulaire.proprietaire.cursorPosition()


def test_ctrl_z_dans_le_champ_apres_une_reception(qtbot, ministere, tmp_path):
    """Ada tape dans le propriétaire; un changement de Rita arrive; Ctrl+Z dans le champ défait-il encore
    sa frappe?"""
    from PySide6.QtCore import Qt
    ada = _fenetre(qtbot, copie(ministere, tmp_path, "ada"))
    pk = _de_rita(ada)
    _choisir(qtbot, ada, pk)
    champ = ada.formulaire.proprietaire
    avant = champ.text()
    champ.setFocus()
    qtbot.keyClicks(champ, " (typed)")
    qtbot.waitUntil(lambda: not ada.controleur.en_attente(), timeout=3000)
    assert champ.isUndoAvailable()
    with ministere("rita") as s:
        sql(s, "UPDATE service SET nom_en = 'Typed by Rita elsewhere' WHERE pk = :p", p=pk)
    qtbot.waitUntil(lambda: ada.formulaire.nom_en.text() == "Typed by Rita elsewhere", timeout=5000)
    assert champ.isUndoAvailable(), "l'historique d'annulation du champ est perdu à la réception"


def test_la_meme_personne_dans_deux_copies(qtbot, ministere, tmp_path):
    """Rita a deux copies ouvertes (deux fenêtres, ou son portable et son poste) : ce qu'elle enregistre
    dans l'une arrive-t-il dans l'autre?"""
    un = _fenetre(qtbot, copie(ministere, tmp_path, "rita", "rita-poste"))
    deux = _fenetre(qtbot, copie(ministere, tmp_path, "rita", "rita-portable"))
    pk = _de_rita(un)
    _choisir(qtbot, un, pk)
    _choisir(qtbot, deux, pk)
    un.formulaire.nom_en.setFocus()
    un.formulaire.nom_en.clear()
    qtbot.keyClicks(un.formulaire.nom_en, "From the desk")
    with ministere("ada") as s:
        qtbot.waitUntil(lambda: sql(s, "SELECT nom_en FROM service WHERE pk = :p", p=pk)[0]["nom_en"] == "From the desk",
                        timeout=5000)
    try:
        qtbot.waitUntil(lambda: deux.formulaire.nom_en.text() == "From the desk", timeout=4000)
    except Exception:
        pytest.fail("l'autre copie de Rita ne reçoit pas : " + repr(repertoire.charger_service(deux.base, pk).nom_en))


@pytest.mark.parametrize("cles", [False, True])
def test_cle_redonnee_annuler_retablir_dans_la_fenetre(qtbot, ministere, tmp_path, cles):
    """Ada supprime le dernier service, en crée un, Ctrl+Z, Ctrl+Y, et le nomme. Sans clé réservée par le
    serveur (il était injoignable à la connexion), SQLite redonne la clé du supprimé; avec, le nouveau
    prend la sienne."""
    from gesserv_bureau.stockage import cles_reservees

    ada = _fenetre(qtbot, copie(ministere, tmp_path, "ada"))
    c = ada.controleur
    qtbot.waitUntil(lambda: cles_reservees.libres(ada.base.conn, "service") > 0, timeout=5000)
    if not cles:
        with ada.base.ecriture() as db:
            db.execute("UPDATE parametre SET valeur = '{}' WHERE cle = ?", [cles_reservees.CLE])
    dernier = max(l.pk for l in repertoire.lignes_inventaire(ada.base, c.exercice))
    with ministere("ada") as s:
        (avant,) = sql(s, "SELECT nom_fr FROM service WHERE pk = :p", p=dernier)
    c.supprimer(dernier, "dernier")
    pk = c.nouveau()
    assert (pk == dernier) is not cles
    c.pile.undo()           # annule la création
    c.pile.redo()           # la rétablit
    _choisir(qtbot, ada, pk)
    ada.formulaire.nom_fr.setFocus()
    qtbot.keyClicks(ada.formulaire.nom_fr, "Nouveau service d'Ada")
    qtbot.waitUntil(lambda: not c.en_attente(), timeout=3000)
    qtbot.wait(1500)
    with ministere("ada") as s:
        apres = sql(s, "SELECT nom_fr FROM service WHERE pk = :p", p=dernier)
        ecrases = sql(s, "SELECT count(*) AS n FROM service WHERE nom_fr = :n", n="Nouveau service d'Ada")[0]["n"]
    if cles:    # le supprimé l'est aussi sur le serveur (en direct); le nouveau, sans secteur, attend
        assert apres == [] and ecrases == 0, apres
    else:       # la clé redonnée par SQLite : tout attend le renvoi, le service du serveur intact
        assert apres == [avant], f"le service {dernier} du serveur écrasé : {apres}"


def test_caractere_nul_n_empeche_pas_les_autres(qtbot, ministere, tmp_path):
    rita = _fenetre(qtbot, copie(ministere, tmp_path, "rita"))
    p, q = _de_rita(rita, 0), _de_rita(rita, 1)
    _choisir(qtbot, rita, p)
    rita.formulaire.nom_en.setFocus()
    rita.formulaire.nom_en.setText("nul\x00ici")
    rita.formulaire.modifie.emit()
    qtbot.waitUntil(lambda: "Pas envoyé" in rita._inventaire_en_direct.dernier_texte, timeout=5000)
    print(rita._inventaire_en_direct.dernier_texte, rita._inventaire_en_direct.bouton.text())
    assert "reprend de lui-même" not in rita._inventaire_en_direct.dernier_texte
    with ministere("ada") as s:
        sql(s, "UPDATE service SET proprietaire = 'Pour Rita' WHERE pk = :p", p=q)
    qtbot.waitUntil(lambda: repertoire.charger_service(rita.base, q).proprietaire == "Pour Rita", timeout=5000)
    assert rita.formulaire.nom_en.text() == "nul\x00ici"


def test_reception_d_un_service_que_la_copie_ne_peut_ecrire(qtbot, ministere, tmp_path):
    """Le serveur a déplacé p dans un exercice que la copie n'a pas; au même moment Rita enregistre q.
    La réception de p échoue : est-ce dit, et q part-il quand même?"""
    rita = _fenetre(qtbot, copie(ministere, tmp_path, "rita"))
    p, q = _de_rita(rita, 0), _de_rita(rita, 1)
    _choisir(qtbot, rita, q)
    direct = rita._inventaire_en_direct
    with qtbot.captureExceptions() as exceptions:
        with ministere("ada") as s:
            sql(s, "INSERT INTO exercice (code, edition_referentiel) VALUES ('2025-2026', '2017')")
            sql(s, "UPDATE service SET exercice = '2025-2026' WHERE pk = :p", p=p)
        rita.formulaire.nom_en.setText("Rita's own edit")       # (collé) puis enregistré aussitôt
        rita.formulaire.modifie.emit()
        rita.controleur.enregistrer_maintenant()
        direct._a_recevoir.add(("service", p) if hasattr(direct, "signaler_fiche") else p)  # l avis de p arrivé dans le même quart de seconde (le même envoi)
        qtbot.wait(2500)
    with ministere("ada") as s:
        la_bas = sql(s, "SELECT nom_en FROM service WHERE pk = :p", p=q)[0]["nom_en"]
    print("q sur le serveur:", repr(la_bas), "| exceptions:", [repr(e[1]) for e in exceptions], "| dit:", direct.dernier_texte, "| bouton:", direct.bouton.text())
    assert not exceptions, f"exception brute dans la boucle Qt : {exceptions[0][1]!r}"
    assert la_bas == "Rita's own edit", f"la saisie de Rita n'est pas partie ({la_bas!r}); dit : {direct.dernier_texte!r}"
