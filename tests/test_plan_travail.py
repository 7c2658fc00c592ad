"""Le plan de travail intégré (annexe 2C) : les états en toutes lettres avec les couleurs de la
légende, les mesures en retard dites en mots, les filtres, le tri, la saisie dans la table
(enregistrée tout de suite), les initiatives reprises des examens 2A et la version approuvée
en lecture seule."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from gesserv_bureau.cas import evaluer
from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.interface.strategie.plan_travail import (
    COL_DATE,
    COL_ETAT,
    COL_INITIATIVE,
    COL_MESURE,
    COL_OBJECTIFS,
    COL_SECTEUR,
    EditeurDate,
    PlanDeTravail,
)
from gesserv_bureau.referentiel.strategie import COULEURS_ETATS, ETATS
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices

# sur le serveur (``tests/deux_bases.py``) : les exercices que le ministère a ouverts
EXERCICES_DU_MINISTERE = ("2025-2026",)

AUJOURD_HUI = dt.date(2025, 8, 1)

# L'exemple de l'annexe 2C (20XX : 2025), avec le jour fixé.
EXEMPLE = [
    ("Normes de service", ["Veiller à ce que la prestation de services corresponde aux besoins des clients"], [
        ("Élaborer un plan", "Division X1", "2025-07-04", "termine"),
        ("Consulter les clients, le personnel et d'autres partenaires", "Division X1", "2025-07-11", "termine"),
        ("Établir des normes de service pour tous les services prioritaires", "Division X1", "2025-07-25", "termine"),
        ("Faire l'essai des normes de service établies", "Division X1", "2025-08-15", "risque"),
        ("Publier les normes de service des services prioritaires dans Canada.ca", "Division X2", "2025-09-12",
         "risque"),
        ("Établir un groupe de travail ministériel", "Division Y1", "2025-06-13", "termine"),
    ]),
    ("Services électroniques", [("Mieux satisfaire aux besoins des clients en offrant des services suivant leur mode "
                                 "préféré"), "Accroître l'efficacité de la prestation des services"], [
        ("Évaluer la situation actuelle", "Division Y1", "2025-06-20", "a_temps"),
        ("Déterminer les services aux fins de transformation", "Division Y1", "2025-06-27", "risque"),
        ("Obtenir l'approbation de la haute direction", "Division Y1", "2025-07-18", "risque"),
        ("Accroissement de la proportion de services électroniques offerts aux clients", "Division Y1", "2025-08-22",
         "delais"),
    ]),
    ("Mobilisation des utilisateurs", ["Favoriser la connaissance et le recours aux services électroniques"], [
        ("Élaborer un plan", "Division Z1", "2025-08-08", "risque"),
        ("Lancer une campagne de sensibilisation axée sur le client", "Division Z1", "2025-07-29", "delais"),
        ("Expliquer la façon d'accéder aux services électroniques et de les utiliser", "Division Z1", "2025-09-05",
         "retire"),
        ("Établir un plan de mesure afin d'évaluer les domaines de réussite et de faiblesse", "Division Z2", "",
         "delais"),
    ]),
]
# En retard au 1er août 2025 : date passée, ni terminée ni retirée.
EN_RETARD = {"Évaluer la situation actuelle", "Déterminer les services aux fins de transformation",
             "Obtenir l'approbation de la haute direction", "Lancer une campagne de sensibilisation axée sur le client"}
LEGENDE = {"termine": ("Vert", "Terminé", "Green", "Completed"), "a_temps": ("Bleu", "À temps", "Blue", "On time"),
           "risque": ("Jaune", "Risque de délais", "Yellow", "At risk of delay"),
           "delais": ("Rouge", "Délais", "Red", "Delayed"), "retire": ("Gris", "Retiré", "Grey", "Withdrawn")}


def strategie_exemple(base):
    st = planification.nouvelle(base, "Stratégie 2025-2028", "2025-2026")
    for nom, objectifs, mesures in EXEMPLE:
        ids = []
        for texte in objectifs:
            o = regles.objectif(texte)
            st.objectifs.append(o)
            ids.append(o["id"])
        i = regles.initiative(nom, objectifs=ids)
        st.initiatives.append(i)
        for texte, secteur, date, etat in mesures:
            st.mesures.append(regles.mesure(i["id"], texte, secteur=secteur, date_prevue=date, etat=etat))
    planification.enregistrer(base, st)
    return st


@pytest.fixture
def base(tmp_path, base_d_essai):
    b = base_d_essai(tmp_path / "r.sqlite")
    yield b
    b.fermer()


@pytest.fixture
def plan(qtbot, base):
    st = strategie_exemple(base)
    widget = PlanDeTravail(base, "fr", aujourd_hui=AUJOURD_HUI)
    qtbot.addWidget(widget)
    widget.resize(1440, 700)
    widget.afficher(st)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _lignes(plan, colonne=COL_MESURE, role=Qt.ItemDataRole.DisplayRole):
    f = plan.filtre
    return [f.index(r, colonne).data(role) for r in range(f.rowCount())]


def _ligne_de(plan, texte_mesure: str, initiative: str | None = None) -> int:
    """Le rang dans la vue (triée, filtrée) de la mesure."""
    for r in range(plan.filtre.rowCount()):
        if plan.filtre.index(r, COL_MESURE).data() == texte_mesure and (
                initiative is None or plan.filtre.index(r, COL_INITIATIVE).data() == initiative):
            return r
    raise KeyError(texte_mesure)


def _couleur(valeur) -> QColor:
    return valeur.color() if isinstance(valeur, QBrush) else QColor(valeur)


# --- les états : le mot et la couleur de la légende ---------------------------------------------
def test_chaque_etat_a_le_mot_et_la_couleur_de_la_legende(plan):
    assert ETATS.codes() == list(LEGENDE)
    vus = set()
    for r in range(plan.filtre.rowCount()):
        index = plan.filtre.index(r, COL_ETAT)
        code = index.data(Qt.ItemDataRole.EditRole)
        vus.add(code)
        couleur_fr, mot_fr, _couleur_en, _mot_en = LEGENDE[code]
        assert index.data(Qt.ItemDataRole.DisplayRole) == mot_fr
        assert _couleur(index.data(Qt.ItemDataRole.BackgroundRole)) == QColor(COULEURS_ETATS[code][3])
        assert _couleur(index.data(Qt.ItemDataRole.ForegroundRole)) == QColor(COULEURS_ETATS[code][2])
        # Jamais la couleur seule : le texte accessible dit l'état et la couleur.
        accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert mot_fr in accessible and couleur_fr.lower() in accessible
    assert vus == set(LEGENDE), "l'exemple de l'annexe 2C a les cinq états"
    # Les couleurs de la légende elle-même : vert, bleu, jaune, rouge, gris, dans cet ordre.
    assert [COULEURS_ETATS[c][0] for c in ETATS.codes()] == ["Vert", "Bleu", "Jaune", "Rouge", "Gris"]


def test_la_legende_est_celle_de_l_annexe_avec_les_mots(plan):
    assert plan.titre_legende.text() == "Légende —"
    textes = [plan.entrees_legende[c].text() for c in ETATS.codes()]
    assert textes == ["Vert : Terminé", "Bleu : À temps", "Jaune : Risque de délais", "Rouge : Délais",
                      "Gris : Retiré"]
    for code, entree in plan.entrees_legende.items():
        assert COULEURS_ETATS[code][3] in entree.styleSheet()     # la pastille, en plus des mots
        assert entree.accessibleName() == entree.text()
        assert entree.isVisible()


def test_en_anglais_les_mots_de_l_edition_anglaise(plan):
    plan.changer_langue("en")
    for r in range(plan.filtre.rowCount()):
        index = plan.filtre.index(r, COL_ETAT)
        code = index.data(Qt.ItemDataRole.EditRole)
        _cf, _mf, couleur_en, mot_en = LEGENDE[code]
        assert index.data() == mot_en
        assert _couleur(index.data(Qt.ItemDataRole.BackgroundRole)) == QColor(COULEURS_ETATS[code][3])
        assert couleur_en.lower() in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert [plan.entrees_legende[c].text() for c in ETATS.codes()] == [
        "Green : Completed", "Blue : On time", "Yellow : At risk of delay", "Red : Delayed", "Grey : Withdrawn"
    ] or [plan.entrees_legende[c].text() for c in ETATS.codes()] == [
        "Green: Completed", "Blue: On time", "Yellow: At risk of delay", "Red: Delayed", "Grey: Withdrawn"]
    assert [plan.filtre_etat.itemText(n) for n in range(1, 6)] == [LEGENDE[c][3] for c in ETATS.codes()]
    plan.changer_langue("fr")
    assert plan.filtre.index(0, COL_ETAT).data() in {v[1] for v in LEGENDE.values()}


def test_les_mesures_en_retard_le_disent_en_mots(plan):
    for r in range(plan.filtre.rowCount()):
        mesure = plan.filtre.index(r, COL_MESURE).data()
        date = plan.filtre.index(r, COL_DATE)
        if mesure in EN_RETARD:
            assert "⚠ en retard" in date.data(), mesure
            assert date.data().startswith(date.data(Qt.ItemDataRole.EditRole))
            assert date.data(Qt.ItemDataRole.FontRole).bold()
            assert "en retard" in date.data(Qt.ItemDataRole.AccessibleTextRole)
        else:
            assert "retard" not in (date.data() or ""), mesure
    assert plan.resume.text() == "Mesures : 14 · en retard : 4"


def test_les_objectifs_et_l_initiative_de_chaque_ligne(plan):
    r = _ligne_de(plan, "Évaluer la situation actuelle")
    assert plan.filtre.index(r, COL_INITIATIVE).data() == "Services électroniques"
    objectifs = plan.filtre.index(r, COL_OBJECTIFS).data()
    assert "Accroître l'efficacité de la prestation des services" in objectifs and objectifs.count("•") == 2
    r = _ligne_de(plan, "Faire l'essai des normes de service établies")
    assert plan.filtre.index(r, COL_OBJECTIFS).data() == EXEMPLE[0][1][0]


# --- filtres et tri ------------------------------------------------------------------------
def test_filtrer_par_etat_par_secteur_et_en_retard(qtbot, plan):
    plan.filtre_etat.setCurrentIndex(plan.filtre_etat.findData("risque"))
    assert set(_lignes(plan, COL_ETAT)) == {"Risque de délais"} and len(_lignes(plan)) == 5
    assert plan.resume.text() == "Mesures affichées : 5 sur 14 · en retard : 4"

    plan.filtre_secteur.setCurrentIndex(plan.filtre_secteur.findText("Division Y1"))
    assert sorted(_lignes(plan)) == ["Déterminer les services aux fins de transformation",
                                     "Obtenir l'approbation de la haute direction"]
    plan.filtre_etat.setCurrentIndex(0)   # Tous les états
    assert set(_lignes(plan, COL_SECTEUR)) == {"Division Y1"} and len(_lignes(plan)) == 5

    plan.filtre_secteur.setCurrentIndex(0)
    plan.filtre_retard.setChecked(True)
    assert set(_lignes(plan)) == EN_RETARD
    plan.filtre_retard.setChecked(False)
    assert len(_lignes(plan)) == 14
    secteurs = [plan.filtre_secteur.itemText(n) for n in range(plan.filtre_secteur.count())]
    assert secteurs == ["Tous les secteurs", "Division X1", "Division X2", "Division Y1", "Division Z1", "Division Z2"]

    # Au clavier : la case « En retard seulement » se coche avec Espace.
    plan.filtre_retard.setFocus()
    qtbot.keyClick(plan.filtre_retard, Qt.Key.Key_Space)
    assert set(_lignes(plan)) == EN_RETARD


def test_trier_par_date_et_par_etat(plan):
    plan.table.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    dates = _lignes(plan, COL_DATE, Qt.ItemDataRole.EditRole)
    assert dates[:-1] == sorted(d for d in dates if d) and dates[-1] == "", "sans date : à la fin"
    plan.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
    dates = _lignes(plan, COL_DATE, Qt.ItemDataRole.EditRole)
    assert dates[:-1] == sorted((d for d in dates if d), reverse=True) and dates[-1] == ""

    plan.table.sortByColumn(COL_ETAT, Qt.SortOrder.AscendingOrder)
    etats = _lignes(plan, COL_ETAT, Qt.ItemDataRole.EditRole)
    ordre = ETATS.codes()   # l'ordre de la légende, pas l'ordre alphabétique
    assert etats == sorted(etats, key=ordre.index)
    assert _lignes(plan, COL_ETAT)[0] == "Terminé" and _lignes(plan, COL_ETAT)[-1] == "Retiré"

    # Un clic sur l'en-tête « Nom de l'initiative » ramène l'ordre du plan.
    plan.table.sortByColumn(COL_INITIATIVE, Qt.SortOrder.AscendingOrder)
    assert _lignes(plan) == [m[0] for _n, _o, mesures in EXEMPLE for m in mesures]


# --- saisie dans la table : enregistrée tout de suite --------------------------------------
def _editer(qtbot, plan, ligne_vue: int, colonne: int):
    index = plan.filtre.index(ligne_vue, colonne)
    plan.table.setFocus()
    plan.table.setCurrentIndex(index)
    qtbot.keyClick(plan.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: plan.table.indexWidget(index) is not None)
    editeur = plan.table.indexWidget(index)
    return index, editeur


def test_changer_l_etat_au_clavier_est_enregistre(qtbot, plan, base):
    st = plan.strategie
    r = _ligne_de(plan, "Faire l'essai des normes de service établies")
    _index, combo = _editer(qtbot, plan, r, COL_ETAT)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(n) for n in range(combo.count())] == [LEGENDE[c][1] for c in ETATS.codes()]
    assert combo.currentData() == "risque"
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(combo, Qt.Key.Key_Down)        # Risque de délais → Délais
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    relue = planification.charger(base, st.pk)
    m = next(m for m in relue.mesures if m["mesure"] == "Faire l'essai des normes de service établies")
    assert m["etat"] == "delais"
    r = _ligne_de(plan, "Faire l'essai des normes de service établies")
    assert plan.filtre.index(r, COL_ETAT).data() == "Délais"
    assert _couleur(plan.filtre.index(r, COL_ETAT).data(Qt.ItemDataRole.BackgroundRole)) == QColor("#fbe3e4")


def test_taper_un_secteur_et_une_date(qtbot, plan, base):
    st = plan.strategie
    r = _ligne_de(plan, "Établir un plan de mesure afin d'évaluer les domaines de réussite et de faiblesse")
    _index, editeur = _editer(qtbot, plan, r, COL_SECTEUR)
    assert isinstance(editeur, QLineEdit)
    editeur.selectAll()
    qtbot.keyClicks(editeur, "Division Z9")
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(editeur, Qt.Key.Key_Return)
    relue = planification.charger(base, st.pk)
    assert next(m for m in relue.mesures if m["mesure"].startswith("Établir un plan de mesure"))["secteur"] == "Division Z9"
    assert plan.filtre_secteur.findText("Division Z9") > 0, "le nouveau secteur est dans le filtre"

    # La date : vide au départ; la flèche part d'aujourd'hui; Suppr l'efface.
    r = _ligne_de(plan, "Établir un plan de mesure afin d'évaluer les domaines de réussite et de faiblesse")
    _index, date = _editer(qtbot, plan, r, COL_DATE)
    assert isinstance(date, EditeurDate) and date.vide() and date.iso() == ""
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.iso() == "2025-08-01"
    date.ecrire("2025-12-19")
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(date, Qt.Key.Key_Return)
    relue = planification.charger(base, st.pk)
    assert next(m for m in relue.mesures if m["mesure"].startswith("Établir un plan de mesure"))["date_prevue"] == "2025-12-19"

    r = _ligne_de(plan, "Établir un plan de mesure afin d'évaluer les domaines de réussite et de faiblesse")
    _index, date = _editer(qtbot, plan, r, COL_DATE)
    qtbot.keyClick(date, Qt.Key.Key_Delete)
    assert date.vide()
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(date, Qt.Key.Key_Return)
    relue = planification.charger(base, st.pk)
    assert next(m for m in relue.mesures if m["mesure"].startswith("Établir un plan de mesure"))["date_prevue"] == ""


def test_une_date_passee_met_la_mesure_en_retard(qtbot, plan):
    r = _ligne_de(plan, "Faire l'essai des normes de service établies")
    _index, date = _editer(qtbot, plan, r, COL_DATE)
    date.ecrire("2025-07-30")
    with qtbot.waitSignal(plan.modifie):      # Entrée : la saisie est validée puis enregistrée
        qtbot.keyClick(date, Qt.Key.Key_Return)
    r = _ligne_de(plan, "Faire l'essai des normes de service établies")
    assert plan.filtre.index(r, COL_DATE).data() == "2025-07-30  ⚠ en retard"
    assert plan.resume.text() == "Mesures : 14 · en retard : 5"
    # Terminée, elle n'est plus en retard.
    assert plan.filtre.setData(plan.filtre.index(r, COL_ETAT), "termine")
    assert plan.filtre.index(r, COL_DATE).data() == "2025-07-30"


def test_ajouter_et_retirer_une_mesure_et_une_initiative(qtbot, plan, base, monkeypatch):
    st = plan.strategie
    plan.table.setCurrentIndex(plan.filtre.index(_ligne_de(plan, "Évaluer la situation actuelle"), COL_MESURE))
    qtbot.mouseClick(plan.bouton_ajouter_mesure, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(plan.focusWidget(), QLineEdit))   # prête à écrire
    qtbot.keyClicks(plan.focusWidget(), "Mettre en ligne le formulaire")
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(plan.focusWidget(), Qt.Key.Key_Return)
    relue = planification.charger(base, st.pk)
    nouvelle = next(m for m in relue.mesures if m["mesure"] == "Mettre en ligne le formulaire")
    assert nouvelle["initiative_id"] == st.initiatives[1]["id"], "l'initiative de la ligne choisie"
    assert relue.mesures.index(nouvelle) == 10, "rangée après les autres mesures de l'initiative"

    # Suppr retire la mesure, après confirmation.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    plan.table.setCurrentIndex(plan.filtre.index(_ligne_de(plan, "Mettre en ligne le formulaire"), COL_MESURE))
    plan.table.setFocus()
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(plan.table, Qt.Key.Key_Delete)
    assert len(planification.charger(base, st.pk).mesures) == 14
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    plan.table.setCurrentIndex(plan.filtre.index(0, COL_MESURE))
    qtbot.keyClick(plan.table, Qt.Key.Key_Delete)
    assert len(planification.charger(base, st.pk).mesures) == 14, "« Non » : rien ne change"

    # Une nouvelle initiative : sa première mesure est prête à écrire.
    initiative = plan.ajouter_initiative("Accessibilité des formulaires")
    relue = planification.charger(base, st.pk)
    assert relue.initiatives[-1]["nom"] == "Accessibilité des formulaires"
    assert relue.mesures[-1]["initiative_id"] == initiative["id"]
    assert plan.table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == ""
    # Ses objectifs se tapent dans la table, un par ligne.
    qtbot.keyClick(plan.focusWidget(), Qt.Key.Key_Escape)
    r = plan.filtre.mapFromSource(plan.modele.index(len(st.mesures) - 1, 0)).row()
    _index, objectifs = _editer(qtbot, plan, r, COL_OBJECTIFS)
    qtbot.keyClicks(objectifs, "Rendre les formulaires accessibles")
    qtbot.keyClick(objectifs, Qt.Key.Key_Return)          # une autre ligne, un autre objectif
    qtbot.keyClicks(objectifs, "Mesurer")
    with qtbot.waitSignal(plan.modifie):
        qtbot.keyClick(objectifs, Qt.Key.Key_Tab)          # Tab enregistre
    relue = planification.charger(base, st.pk)
    assert [o["texte"] for o in relue.objectifs if o["id"] in relue.initiatives[-1]["objectifs"]] == [
        "Rendre les formulaires accessibles", "Mesurer"]


# --- initiatives reprises des examens 2A ------------------------------------------------------
def test_reprendre_les_initiatives_des_examens_2a_une_seule_fois(qtbot, plan, base):
    st = plan.strategie
    pk = DepotServices(base).creer(Service("2025-2026", service_id="S-101", nom_fr="Passeports", nom_en="Passports"))
    ev = evaluer.nouvelle(base, "2A", "2025-2026", pk)
    ev.contenu["initiatives"] = [
        {"nom": "Prise de rendez-vous en ligne", "description": "Réserver un rendez-vous au guichet", "avantages": "",
         "couts": "", "risques": ""},
        {"nom": "Suivi de la demande", "description": "", "avantages": "", "couts": "", "risques": ""},
    ]
    evaluer.enregistrer(base, ev)

    lignes_avant = plan.filtre.rowCount()
    with qtbot.waitSignal(plan.modifie):
        qtbot.mouseClick(plan.bouton_reprendre_2a, Qt.MouseButton.LeftButton)
    assert "Initiatives reprises des examens 2A : 2" in plan.message.text()
    relue = planification.charger(base, st.pk)
    reprises = [i for i in relue.initiatives if i.get("origine")]
    assert [i["nom"] for i in reprises] == ["Prise de rendez-vous en ligne", "Suivi de la demande"]
    assert all(i["origine"]["evaluation_uuid"] == ev.uuid for i in reprises)
    assert [i["origine"]["rang"] for i in reprises] == [0, 1]
    assert reprises[0]["services"] == [pk]

    # Sans mesure encore, chacune a sa ligne au plan, avec le lien à l'examen.
    assert plan.filtre.rowCount() == lignes_avant + 2
    textes = _lignes(plan, COL_INITIATIVE)
    assert "Prise de rendez-vous en ligne (examen 2A : Passeports)" in textes
    r = textes.index("Suivi de la demande (examen 2A : Passeports)")
    assert "Passeports" in plan.filtre.index(r, COL_INITIATIVE).data(Qt.ItemDataRole.ToolTipRole)
    assert "aucune mesure" in plan.filtre.index(r, COL_MESURE).data()

    # Une deuxième fois : rien de nouveau.
    assert plan.reprendre_initiatives_2a() == 0
    assert "déjà au plan" in plan.message.text()
    assert len(planification.charger(base, st.pk).initiatives) == 5

    # Ajouter une mesure sur la ligne de l'initiative reprise : sa ligne « aucune mesure » disparaît.
    plan.table.setCurrentIndex(plan.filtre.index(r, COL_MESURE))
    m = plan.ajouter_mesure()
    assert m["initiative_id"] == reprises[1]["id"]
    assert plan.filtre.rowCount() == lignes_avant + 2
    assert "(examen 2A : Passeports)" in plan.table.currentIndex().siblingAtColumn(COL_INITIATIVE).data()


# --- la version approuvée : en lecture seule --------------------------------------------------
def _completer(base, st):
    """Juste ce qu'il faut pour que l'approbation soit acceptée (aucune section requise vide)."""
    pk = DepotServices(base).creer(Service("2025-2026", service_id="S-1", nom_fr="Paye", nom_en="Pay"))
    for s in st.sections:
        s["textes"] = {c: "Texte." for c in ("but", "echeance", "gouvernance", "operationnel", "mandat", "liens",
                                              "enonce", "plan_mesure", "evaluation", "texte")}
    st.services = [pk]
    st.ffpm = {c: ["Un point"] for c in st.ffpm}
    for i in st.initiatives:
        i["description"] = "Description."
        i["services"] = [pk]
    st.risques = [regles.risque("Retard", probabilite="moyen", impact="eleve", attenuation="Suivi mensuel")]
    st.mesures[-1]["date_prevue"] = "2025-10-01"
    planification.enregistrer(base, st)


def test_une_strategie_approuvee_se_consulte_sans_se_modifier(qtbot, plan, base):
    st = plan.strategie
    _completer(base, st)
    planification.approuver(base, st, "Sous-ministre adjointe")
    approuvee = planification.charger(base, st.pk)
    plan.afficher(approuvee)
    assert plan.lecture_seule() and plan.bandeau.isVisible()
    assert "approuvée" in plan.bandeau.text()
    for bouton in (plan.bouton_ajouter_initiative, plan.bouton_ajouter_mesure, plan.bouton_retirer_mesure,
                   plan.bouton_reprendre_2a, plan.bouton_renommer_initiative):
        assert not bouton.isEnabled()
    index = plan.filtre.index(0, COL_ETAT)
    assert not plan.filtre.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert plan.table.editTriggers() == plan.table.EditTrigger.NoEditTriggers
    plan.table.setCurrentIndex(index)
    plan.table.setFocus()
    qtbot.keyClick(plan.table, Qt.Key.Key_F2)
    assert plan.table.indexWidget(index) is None
    assert not plan.filtre.setData(index, "retire")
    qtbot.keyClick(plan.table, Qt.Key.Key_Delete)
    assert plan.ajouter_mesure() is None and plan.reprendre_initiatives_2a() == 0
    assert planification.charger(base, st.pk).mesures == approuvee.mesures
    # Trier, filtrer et lire, oui : la légende et les mots restent.
    plan.filtre_etat.setCurrentIndex(plan.filtre_etat.findData("delais"))
    assert set(_lignes(plan, COL_ETAT)) == {"Délais"}
    assert plan.legende.isVisible()


def test_tout_se_rejoint_au_clavier(qtbot, plan):
    plan.bouton_ajouter_initiative.setFocus()
    vus = []
    for _ in range(20):
        vus.append(plan.focusWidget().objectName())
        qtbot.keyClick(plan.focusWidget(), Qt.Key.Key_Tab)
    for nom in ("boutonAjouterInitiative", "boutonRenommerInitiative", "boutonAjouterMesure", "boutonRetirerMesure",
                "boutonReprendre2A", "filtreEtat", "filtreSecteur", "filtreEnRetard", "tablePlan"):
        assert nom in vus, nom


def test_une_cellule_en_cours_de_saisie_est_validee_avant_une_fermeture(qtbot, plan, base):
    """Un secteur tapé dans sa cellule, sans Tab ni Entrée, puis la fenêtre fermée par programme
    (un renvoi au serveur, la fermeture du répertoire) : la saisie est enregistrée, pas perdue."""
    from gesserv_bureau.interface.saisies import valider_saisies_en_cours

    st = plan.strategie
    r = _ligne_de(plan, "Établir un plan de mesure afin d'évaluer les domaines de réussite et de faiblesse")
    _index, editeur = _editer(qtbot, plan, r, COL_SECTEUR)
    editeur.selectAll()
    qtbot.keyClicks(editeur, "Division Q7")
    assert valider_saisies_en_cours(plan) == 1
    relue = planification.charger(base, st.pk)
    assert next(m for m in relue.mesures if m["mesure"].startswith("Établir un plan de mesure"))["secteur"] == "Division Q7"
    assert valider_saisies_en_cours(plan) == 0
