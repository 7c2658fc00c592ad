"""La séance d'examen du groupe de travail (2.4.4) : préparée dans son dialogue (titre, date,
participants et leur domaine, services prioritaires choisis et ordonnés), puis tenue dans la vue
de réunion au clavier seulement, comme un groupe devant un projecteur; tout est relu dans la base."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gesserv_bureau.cas import repertoire
from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.interface.seance_examen import (
    FACTEUR_PROJECTEUR,
    DialogueSeances,
    VueSeance,
)
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

EXERCICE = "2024-2025"
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _pks(base) -> dict[str, int]:
    prioritaires = evaluer.services_prioritaires(base, EXERCICE)
    assert len(prioritaires) == 4
    return {s.service_id: s.pk for s in prioritaires}


def _ouvrir_dialogue(qtbot, base) -> DialogueSeances:
    dialogue = DialogueSeances(base, "fr", EXERCICE)
    qtbot.addWidget(dialogue)
    dialogue.show()
    qtbot.waitExposed(dialogue)
    return dialogue


def _focus():
    return QApplication.focusWidget()


def _touche(qtbot, touche, modificateur=Qt.KeyboardModifier.NoModifier):
    """Une touche tapée là où est le curseur (comme au clavier)."""
    qtbot.keyClick(_focus(), touche, modificateur)


def _ajouter_participant(qtbot, dialogue, nom: str, domaine: str) -> None:
    avant = dialogue.participants.rowCount()
    qtbot.mouseClick(dialogue.bouton_ajouter_participant, Qt.MouseButton.LeftButton)
    # le nom est prêt à être tapé dans la nouvelle ligne
    qtbot.waitUntil(lambda: isinstance(_focus(), QLineEdit) and dialogue.participants.isAncestorOf(_focus()))
    assert dialogue.participants.rowCount() == avant + 1
    qtbot.keyClicks(_focus(), nom)
    # écrit à chaque frappe, avant même la fin de l'édition
    assert seances_examen.charger(dialogue.base, dialogue.seance.pk).participants[avant]["nom"] == nom
    _touche(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialogue.participants.state() == dialogue.participants.State.NoState)
    choix = dialogue.domaine(avant)
    choix.setCurrentIndex(choix.findData(domaine))


def _preparer_seance(qtbot, base) -> int:
    """La séance préparée par les widgets du dialogue; renvoie son pk."""
    pks = _pks(base)
    dialogue = _ouvrir_dialogue(qtbot, base)
    assert dialogue.table_seances.rowCount() == 0
    assert not dialogue.editeur.isEnabled()
    qtbot.mouseClick(dialogue.bouton_nouvelle, Qt.MouseButton.LeftButton)
    assert dialogue.table_seances.rowCount() == 1
    assert dialogue.editeur.isEnabled()
    # le titre proposé est sélectionné : on tape par-dessus
    qtbot.waitUntil(lambda: _focus() is dialogue.titre)
    qtbot.keyClicks(dialogue.titre, "Examen du printemps")
    dialogue.date.setDate(QDate(2025, 3, 12))
    _ajouter_participant(qtbot, dialogue, "Alice Tremblay", "politique")
    _ajouter_participant(qtbot, dialogue, "Bob Roy", "ti")

    # les quatre services prioritaires de l'exercice sont proposés, cochés, avec l'état de leur examen
    assert dialogue.ordre.count() == 4
    assert dialogue.services_retenus() == list(pks.values())
    assert all("examen : non commencé" in dialogue.ordre.item(r).text() for r in range(4))
    ordre = [dialogue.ordre.item(r).data(Qt.ItemDataRole.UserRole) for r in range(4)]
    # décocher le dernier au clavier (Espace), puis faire monter le troisième
    dialogue.ordre.setFocus()
    dialogue.ordre.setCurrentRow(3)
    qtbot.keyClick(dialogue.ordre, Qt.Key.Key_Space)
    assert dialogue.ordre.item(3).text().startswith("(non retenu)")
    dialogue.ordre.setCurrentRow(2)
    qtbot.mouseClick(dialogue.bouton_monter, Qt.MouseButton.LeftButton)
    attendu = [ordre[0], ordre[2], ordre[1]]
    assert dialogue.services_retenus() == attendu
    assert dialogue.ordre.item(1).text().startswith("2. ")
    assert dialogue.table_seances.item(0, 1).text() == "Examen du printemps"
    assert dialogue.table_seances.item(0, 2).text() == "3"

    # tout est déjà dans la base, sans rien « enregistrer »
    seance = seances_examen.toutes(base)[0]
    assert seance.titre == "Examen du printemps"
    assert seance.date == "2025-03-12"
    assert seance.exercice == EXERCICE
    assert seance.participants == [{"nom": "Alice Tremblay", "domaine": "politique"},
                                   {"nom": "Bob Roy", "domaine": "ti"}]
    assert seance.services == attendu
    dialogue.close()
    return seance.pk


def _tab_jusqu_a(qtbot, nom_objet: str, limite: int = 40):
    for _ in range(limite):
        if _focus() is not None and _focus().objectName() == nom_objet:
            return _focus()
        _touche(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab n'atteint pas {nom_objet} (focus : {_focus()!r})")


def _domaine_au_clavier(qtbot, code: str) -> None:
    choix = _focus()
    for _ in range(choix.count()):
        if choix.currentData() == code:
            return
        _touche(qtbot, Qt.Key.Key_Down)
    assert choix.currentData() == code


def test_preparer_la_seance_au_clavier_seul(qtbot, base):
    """Issue 16, point 8 : la séance se prépare sans souris — titre, date, participants et leur
    domaine, ordre du jour (retenir, monter) — et tout est dans la base."""
    pks = _pks(base)
    dialogue = _ouvrir_dialogue(qtbot, base)
    dialogue.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialogue, timeout=3000)
    _tab_jusqu_a(qtbot, "boutonNouvelleSeance")
    _touche(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _focus() is dialogue.titre)
    qtbot.keyClicks(_focus(), "Examen au clavier")   # le titre proposé est sélectionné : remplacé
    _touche(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialogue.date
    qtbot.keyClicks(_focus(), "20250312")             # les sections de la date s'enchaînent
    for nom, domaine in (("Alice Tremblay", "politique"), ("Bob Roy", "ti")):
        _tab_jusqu_a(qtbot, "boutonAjouterParticipant")
        _touche(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: isinstance(_focus(), QLineEdit) and dialogue.participants.isAncestorOf(_focus()))
        qtbot.keyClicks(_focus(), nom)
        _touche(qtbot, Qt.Key.Key_Return)
        rang = dialogue.participants.rowCount() - 1
        qtbot.waitUntil(lambda: dialogue.participants.state() == dialogue.participants.State.NoState)
        assert _focus() is dialogue.participants   # la saisie du nom finie, le focus est sur la table
        _touche(qtbot, Qt.Key.Key_Tab)
        if rang == 1:                              # le domaine d'Alice, puis celui de Bob
            _touche(qtbot, Qt.Key.Key_Tab)
        assert _focus().objectName() == f"domaineParticipant{rang}"   # juste après la table, pas après « Fermer »
        _domaine_au_clavier(qtbot, domaine)
    ordre = [dialogue.ordre.item(r).data(Qt.ItemDataRole.UserRole) for r in range(4)]
    _tab_jusqu_a(qtbot, "ordreDuJour")
    while dialogue.ordre.currentRow() < 3:
        _touche(qtbot, Qt.Key.Key_Down)
    _touche(qtbot, Qt.Key.Key_Space)                    # le dernier n'est pas retenu
    _touche(qtbot, Qt.Key.Key_Up)
    _tab_jusqu_a(qtbot, "boutonMonter")
    _touche(qtbot, Qt.Key.Key_Space)                    # le troisième monte d'un rang

    seance = seances_examen.toutes(base)[0]
    assert seance.titre == "Examen au clavier" and seance.date == "2025-03-12"
    assert seance.participants == [{"nom": "Alice Tremblay", "domaine": "politique"},
                                   {"nom": "Bob Roy", "domaine": "ti"}]
    assert seance.services == [ordre[0], ordre[2], ordre[1]]
    assert set(seance.services) < set(pks.values())
    dialogue.close()


def test_preparer_une_seance_puis_la_retrouver(qtbot, base):
    pk = _preparer_seance(qtbot, base)
    seance = seances_examen.charger(base, pk)

    dialogue = _ouvrir_dialogue(qtbot, base)
    assert dialogue.table_seances.rowCount() == 1
    assert [dialogue.table_seances.item(0, c).text() for c in range(4)] == \
        ["2025-03-12", "Examen du printemps", "3", "en préparation"]
    assert dialogue.seance.pk == pk
    assert dialogue.titre.text() == "Examen du printemps"
    assert dialogue.date.date() == QDate(2025, 3, 12)
    assert dialogue.participants.rowCount() == 2
    assert [dialogue.participants.item(r, 0).text() for r in range(2)] == ["Alice Tremblay", "Bob Roy"]
    assert [dialogue.domaine(r).currentData() for r in range(2)] == ["politique", "ti"]
    assert dialogue.domaine(1).currentText() == "Technologie de l'information"
    assert dialogue.services_retenus() == seance.services
    assert dialogue.ordre.count() == 4   # le service écarté reste proposé, décoché

    # retirer un participant : écrit aussitôt
    dialogue.participants.setCurrentCell(0, 0)
    qtbot.mouseClick(dialogue.bouton_retirer_participant, Qt.MouseButton.LeftButton)
    assert seances_examen.charger(base, pk).participants == [{"nom": "Bob Roy", "domaine": "ti"}]

    # « Examiner » : l'outil 2A du service choisi, dans une fenêtre ordinaire, lié à la séance
    dialogue.ordre.setCurrentRow(0)
    qtbot.mouseClick(dialogue.bouton_examiner, Qt.MouseButton.LeftButton)
    fenetre = dialogue.fenetre_examen
    assert fenetre is not None and fenetre.isVisible()
    ev = fenetre.assistant.ev
    assert (ev.outil, ev.seance_pk, ev.service_pk) == ("2A", pk, seance.services[0])
    assert not fenetre.assistant.service.isEnabled()         # le service est celui de l'ordre du jour
    assert fenetre.assistant.pages.currentIndex() == 1        # on commence aux questions
    fenetre.assistant.questions["q1"]["reponse"].boutons["non"].click()
    assert "examen : brouillon" in dialogue.ordre.item(0).text()
    assert dialogue.table_seances.item(0, 3).text() == "en cours"

    # la séance au projecteur ferme cette fenêtre (un seul exemplaire du dossier ouvert à la fois)
    qtbot.mouseClick(dialogue.bouton_projecteur, Qt.MouseButton.LeftButton)
    assert dialogue.fenetre_examen is None and dialogue.vue is not None
    assert not dialogue.bouton_examiner.isEnabled() and not dialogue.bouton_monter.isEnabled()
    assert dialogue.vue.assistant.questions["q1"]["reponse"].code() == "non"
    dialogue.vue.close()
    qtbot.waitUntil(lambda: dialogue.vue is None)
    assert dialogue.bouton_examiner.isEnabled()
    dialogue.close()


def _attendre_vue(qtbot, vue: VueSeance) -> None:
    """La vue ouverte par le dialogue (détruite à sa fermeture : le dialogue la possède)."""
    qtbot.waitExposed(vue)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is vue)
    qtbot.waitUntil(lambda: vue.assistant is None or vue.assistant.isAncestorOf(_focus()))


def _bandeau(vue: VueSeance, position: int) -> tuple[str, str]:
    """Les deux lignes d'un service du bandeau (avant abréviation à la largeur de l'écran)."""
    etape = vue.etapes_ordre[position]
    assert etape.text().split("\n")[1].rstrip("…") in etape.lignes[1]   # l'état n'est jamais coupé
    return etape.lignes


def _progression(vue: VueSeance) -> str:
    return vue.progression.text()


def test_tenir_la_seance_au_clavier_puis_reprendre(qtbot, base):
    pk = _preparer_seance(qtbot, base)
    seance = seances_examen.charger(base, pk)
    noms = {s.pk: f"{s.service_id} — {s.nom_fr}" for s in evaluer.services_prioritaires(base, EXERCICE)}
    premier, deuxieme, troisieme = seance.services
    depot = DepotEvaluations(base)

    dialogue = _ouvrir_dialogue(qtbot, base)
    qtbot.mouseClick(dialogue.bouton_projecteur, Qt.MouseButton.LeftButton)
    vue = dialogue.vue
    assert vue is not None
    _attendre_vue(qtbot, vue)
    assert vue.isFullScreen() and vue.isWindow()
    # grands caractères, jusque dans l'assistant
    petite = QApplication.font().pointSizeF()
    assert vue.font().pointSizeF() >= 1.6 * petite
    assert vue.assistant.questions["q1"]["enonce"].font().pointSizeF() >= 1.6 * petite
    assert vue.assistant.questions["q1"]["reponse"].boutons["oui"].font().pointSizeF() >= 1.6 * petite
    assert FACTEUR_PROJECTEUR >= 1.6
    assert not dialogue.ordre.isEnabled()       # l'ordre du jour ne bouge pas pendant la réunion
    assert _progression(vue) == f"Service 1 sur 3 — {noms[premier]}"
    assert "Examen du printemps" in vue.titre.text() and "12 mars 2025" in vue.titre.text()
    assert vue.assistant.ev.service_pk == premier
    # le bandeau : le numéro du service et un mot d'état, le service courant marqué d'un signe, pas
    # seulement d'une couleur; le nom complet et l'état entier en infobulle et en nom accessible
    assert _bandeau(vue, 0) == ("▶ AAC-001", "à faire")
    assert vue.etapes_ordre[0].toolTip() == "1. AAC-001 — Agri-stabilité — non commencé"
    assert vue.etapes_ordre[0].accessibleName() == vue.etapes_ordre[0].toolTip()
    assert _bandeau(vue, 1)[1] == "à faire"
    assert _bandeau(vue, 3) == ("Sommaire", "décisions et initiatives")

    # --- service 1 : toutes les questions au clavier (Tab, flèche, Espace), puis terminé ---
    assert _focus().objectName() == "choix_oui" and _focus().parent().objectName() == "reponse_q1"
    _touche(qtbot, Qt.Key.Key_Space)                         # q1 : oui (l'annexe n'y demande pas d'initiatives)
    assert not vue.assistant.questions["q1"]["initiatives"].isVisible()
    for code in ("q2", "q3", "q4", "q4a", "q4b"):              # les autres : non
        _touche(qtbot, Qt.Key.Key_Tab)
        assert _focus().parent().objectName() == f"reponse_{code}"
        _touche(qtbot, Qt.Key.Key_Right)
        _touche(qtbot, Qt.Key.Key_Space)
        assert vue.assistant.questions[code]["reponse"].code() == "non"
    _touche(qtbot, Qt.Key.Key_PageDown)                      # étape suivante de l'assistant
    assert vue.assistant.pages.currentIndex() == 2
    _touche(qtbot, Qt.Key.Key_A, ALT)                        # &Ajouter une initiative
    qtbot.waitUntil(lambda: _focus() is vue.assistant.champs_initiative["nom"])
    qtbot.keyClicks(_focus(), "Demande de paiement en ligne")
    _touche(qtbot, Qt.Key.Key_S, ALT)                        # &Suivant (le bouton s'anime, puis clique)
    qtbot.waitUntil(lambda: vue.assistant.pages.currentIndex() == 3)
    assert _focus() is vue.assistant.recommandation.boutons["oui"]
    _touche(qtbot, Qt.Key.Key_Space)                         # q10 : oui, on recommande
    ev1 = vue.assistant.ev
    _touche(qtbot, Qt.Key.Key_T, ALT)                        # &Terminer l'évaluation
    # un examen terminé : la séance passe au service suivant
    qtbot.waitUntil(lambda: vue.position == 1 and vue.assistant is not None)
    assert _progression(vue) == f"Service 2 sur 3 — {noms[deuxieme]}"
    assert _bandeau(vue, 0) == ("AAC-001", "fait")
    assert vue.etapes_ordre[0].toolTip().endswith("terminé — recommandation : oui")

    # (la séance tenue par la vue : dans une copie du répertoire ministériel, envoyée en direct, elle a
    # pris la clé que le serveur lui a donnée)
    pk = vue.seance.pk
    examens = {ev.service_pk: ev for ev in depot.de_la_seance(pk)}
    ev1 = examens[premier]
    assert ev1.statut == "terminee"
    assert ev1.contenu["reponses"]["q1"] == {"reponse": "oui", "initiatives": ""}
    assert all(ev1.contenu["reponses"][q]["reponse"] == "non" for q in ("q2", "q3", "q4", "q4a", "q4b"))
    assert [i["nom"] for i in ev1.contenu["initiatives"]] == ["Demande de paiement en ligne"]
    assert ev1.contenu["recommandation"] == "oui"
    assert [i["nom"] for i in depot.initiatives(premier)] == ["Demande de paiement en ligne"]

    # --- service 2 : une réponse, puis Ctrl+Pg suiv. ---
    _attendre_vue(qtbot, vue)
    _touche(qtbot, Qt.Key.Key_Space)                         # q1 : oui
    _touche(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert vue.position == 2
    assert _progression(vue) == f"Service 3 sur 3 — {noms[troisieme]}"
    ev2 = {ev.service_pk: ev for ev in depot.de_la_seance(pk)}[deuxieme]
    assert ev2.statut == "brouillon" and ev2.contenu["reponses"]["q1"]["reponse"] == "oui"
    assert _bandeau(vue, 1)[1] == "en cours"
    assert seances_examen.charger(base, pk).position == 2

    # Alt+← et Ctrl+Origine / Ctrl+Fin
    _touche(qtbot, Qt.Key.Key_Left, ALT)
    assert vue.position == 1
    _touche(qtbot, Qt.Key.Key_End, CTRL)
    assert vue.position == 2
    _touche(qtbot, Qt.Key.Key_Home, CTRL)
    assert vue.position == 0 and vue.assistant.ev.uuid == ev1.uuid
    _touche(qtbot, Qt.Key.Key_Right, ALT)
    _touche(qtbot, Qt.Key.Key_PageUp, CTRL)
    _touche(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert _progression(vue) == f"Service 2 sur 3 — {noms[deuxieme]}"

    # Échap : d'abord hors du plein écran, puis la séance se ferme; la position est gardée
    _touche(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not vue.isFullScreen())
    assert vue.isVisible()
    _touche(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialogue.vue is None)
    assert seances_examen.charger(base, pk).position == 1
    assert dialogue.ordre.isEnabled()
    assert "terminé — recommandation : oui" in dialogue.ordre.item(0).text()
    dialogue.close()

    # --- reprise : un autre jour, la séance reprend au deuxième service, avec ses réponses ---
    dialogue = _ouvrir_dialogue(qtbot, base)
    assert dialogue.table_seances.item(0, 3).text() == "en cours"
    qtbot.mouseClick(dialogue.bouton_projecteur, Qt.MouseButton.LeftButton)
    vue = dialogue.vue
    _attendre_vue(qtbot, vue)
    assert _progression(vue) == f"Service 2 sur 3 — {noms[deuxieme]}"
    assert vue.assistant.ev.uuid == ev2.uuid
    assert vue.assistant.questions["q1"]["reponse"].code() == "oui"

    # --- le sommaire après le dernier service ---
    _touche(qtbot, Qt.Key.Key_End, CTRL)
    _touche(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert vue.au_sommaire and vue.assistant is None
    assert vue.pages.currentWidget() is vue.page_sommaire
    assert _progression(vue).startswith("Sommaire de la séance — 3 service(s)")
    assert _bandeau(vue, 3)[0] == "▶ Sommaire"
    table = vue.sommaire
    lignes = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert lignes == [
        [f"1. {noms[premier]}", "terminé", "Oui", "• Demande de paiement en ligne"],
        [f"2. {noms[deuxieme]}", "brouillon", "sans réponse", "aucune"],
        [f"3. {noms[troisieme]}", "non commencé", "sans réponse", "aucune"],
    ]
    assert vue.participants_sommaire.text() == (
        "Participants : Alice Tremblay (Politique); Bob Roy (Technologie de l'information)")
    assert vue.bilan.text().startswith("Examens terminés : 1 sur 3. Remaniement ou optimisation recommandé : 1. "
                                       "Initiatives proposées : 1.")
    _touche(qtbot, Qt.Key.Key_PageDown, CTRL)                # rien après le sommaire
    assert vue.au_sommaire
    assert seances_examen.charger(base, pk).position == 3
    assert seances_examen.charger(base, pk).statut == "brouillon"   # pas tous terminés
    vue.close()
    qtbot.waitUntil(lambda: dialogue.vue is None)

    # rouverte après la fin : elle revient au sommaire
    vue = VueSeance(base, seances_examen.charger(base, pk), "fr")
    qtbot.addWidget(vue)
    vue.showFullScreen()
    _attendre_vue(qtbot, vue)
    assert vue.au_sommaire
    _touche(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert _progression(vue) == f"Service 3 sur 3 — {noms[troisieme]}"
    service = repertoire.charger_service(base, troisieme)
    vue.changer_langue("en")                                 # les noms des services suivent la langue
    assert _progression(vue) == f"Service 3 sur 3 — {service.service_id} — {service.nom_en}"
    vue.close()
    dialogue.close()


def test_une_seance_dont_tous_les_examens_sont_termines_est_terminee(qtbot, base):
    pks = _pks(base)
    seance = seances_examen.nouvelle(base, "Séance courte", "2025-04-01", EXERCICE)
    seance.services = [pks["AAC-001"]]
    seances_examen.enregistrer(base, seance)
    vue = VueSeance(base, seance, "fr")
    qtbot.addWidget(vue)
    vue.show()
    qtbot.waitExposed(vue)
    a = vue.assistant
    for w in a.questions.values():
        w["reponse"].boutons["non"].click()
    a.aller_a(3)
    a.recommandation.boutons["non"].click()
    a.finir()
    qtbot.waitUntil(lambda: vue.au_sommaire)
    assert vue.sommaire.item(0, 2).text() == "Non"
    assert _bandeau(vue, 0)[1] == "fait"
    assert seances_examen.charger(base, seance.pk).statut == "terminee"


def test_en_lecture_seule_la_seance_se_consulte_sans_se_modifier(qtbot, tmp_path):
    chemin = tmp_path / "l.sqlite"
    with ouvrir(chemin) as b:
        repertoire.charger_demo(b)
        s = seances_examen.nouvelle(b, "Séance archivée", "2024-11-05", EXERCICE)
        s.participants = [{"nom": "Alice Tremblay", "domaine": "gi"}]
        seances_examen.enregistrer(b, s)
    lecture = ouvrir(chemin, lecture_seule=True)
    try:
        dialogue = _ouvrir_dialogue(qtbot, lecture)
        assert dialogue.message.isVisible() and "lecture seule" in dialogue.message.text()
        assert dialogue.titre.text() == "Séance archivée"
        assert dialogue.domaine(0).currentText() == "Gestion de l'information"
        assert not dialogue.editeur.isEnabled()
        assert not dialogue.bouton_nouvelle.isEnabled()
        assert not dialogue.bouton_projecteur.isEnabled()
        dialogue.close()
    finally:
        lecture.fermer()
