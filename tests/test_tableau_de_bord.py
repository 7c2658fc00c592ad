"""Le tableau de bord : les chiffres (domaine, sans Qt), le cas d'utilisation sur une vraie
base, et l'onglet (graphiques, tableaux de chiffres, choix du service, copie de l'image)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from outils_tests import RACINE

from gesserv_bureau.cas import statistiques
from gesserv_bureau.domaine import tableau_de_bord as tdb
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.referentiel.codes import POINTS_INTERACTION

# sur le serveur (``tests/deux_bases.py``) : les exercices que le ministère a ouverts
EXERCICES_DU_MINISTERE = ("2023-2024", "2024-2025")

A, B = "2023-2024", "2024-2025"


def _points(texte: str) -> dict[str, str | None]:
    """o = oui, n = non, s = so, ? = pas de réponse; six lettres."""
    valeurs = {"o": "oui", "n": "non", "s": "so", "?": None}
    return dict(zip(POINTS_INTERACTION.codes(), (valeurs[c] for c in texte)))


def _volumes(en_ligne=None, en_personne=None, telephone=None, poste=None) -> dict[str, Volume]:
    """Un nombre : des chiffres; "nd" : non disponible; "so" : sans objet; None : pas de réponse."""
    def v(x):
        if x is None:
            return Volume()
        if x == "nd":
            return Volume("non_disponible")
        if x == "so":
            return Volume("sans_objet")
        return Volume("donnees", x, x)
    return {"en_ligne": v(en_ligne), "en_personne": v(en_personne), "telephone": v(telephone), "poste": v(poste)}


def _autres(courriel: str, telecopieur: str = "") -> dict[str, list[str]]:
    return {"num_applications_by_email": [courriel, courriel], "num_applications_by_fax": [telecopieur, telecopieur]}


def repertoire() -> list[Service]:
    """Deux exercices. 2023-2024 : un service électronique de bout en bout, un à 50 %, un
    exclu par écrit, un aux points incomplets (compté, 2 oui sur 6). 2024-2025 : deux de bout
    en bout, un à 0 %, un service sans aucun chiffre (compté à 0 %)."""
    return [
        Service(A, service_id="S-1", nom_fr="Permis", nom_en="Permits", type_service="conformite",
                designations=["prioritaire", "critique"], portee="externe", points_interaction=_points("oooooo"),
                volumes=_volumes(en_ligne=1000, en_personne=3000, telephone="nd", poste="so")),
        Service(A, service_id="S-2", nom_fr="Subventions", type_service="ressources", portee="externe",
                points_interaction=_points("onssss"), volumes=_volumes(en_ligne=200, poste=800)),
        Service(A, service_id="S-3", nom_fr="Exclu", type_service="ressources", portee="externe",
                points_interaction=_points("nnnnnn"), exclu_calcul=True,
                justification_exclusion="Service de crise, en personne seulement."),
        Service(A, service_id="S-4", nom_fr="Incomplet", type_service="rh", portee="interne",
                points_interaction=_points("oo????")),
        Service(B, service_id="S-1", nom_fr="Permis", nom_en="Permits", type_service="conformite",
                designations=["prioritaire", "critique"], portee="externe", points_interaction=_points("oooooo"),
                volumes=_volumes(en_ligne=3000, en_personne=1000, telephone=500, poste="so"),
                donnees_ouvertes=_autres("150", "50")),
        Service(B, service_id="S-2", nom_fr="Subventions", type_service="ressources", portee="externe",
                designations=["essentiel"], points_interaction=_points("ssssso"), volumes=_volumes(en_ligne=0, poste=1200)),
        Service(B, service_id="S-5", nom_fr="Conseils", type_service="consultatifs", portee="externe",
                points_interaction=_points("nnnnnn"), volumes=_volumes(en_personne="nd", telephone=4100)),
        Service(B, service_id="S-6", nom_fr="Nouveau", type_service=None, portee=None),
    ]


def normes() -> list[NormeService]:
    return [
        NormeService(B, "S-1", "N-1", cible_atteinte="oui", cible=0.8, rendement=0.91),
        NormeService(B, "S-1", "N-2", cible_atteinte="oui", cible=0.9, rendement=0.95),
        NormeService(B, "S-2", "N-3", cible_atteinte="non", cible=0.8, rendement=0.62),
        NormeService(B, "S-5", "N-4", cible_atteinte="so"),
        NormeService(B, "S-5", "N-5", cible_atteinte=None),
        NormeService(A, "S-1", "N-1", cible_atteinte="non", cible=0.8, rendement=0.7),
    ]


# --- domaine, sans Qt ---------------------------------------------------------------------------
def test_proportion_electronique_par_exercice_selon_les_deux_formules():
    # 2.9.4 : seul l'exclu par écrit sort du total; les points sans réponse comptent non en ligne
    a, b = tdb.electronique_par_exercice(repertoire())
    assert (a.exercice, a.services, a.total, a.electroniques, a.exclus, a.a_completer) == (A, 4, 3, 1, 1, 1)
    assert a.proportion == pytest.approx(100 / 3)               # 1 offert par voie électronique sur 3
    assert a.pourcentage_moyen == pytest.approx((150 + 200 / 6) / 3)  # (100 + 50 + 2/6) / 3
    assert (b.exercice, b.services, b.total, b.electroniques, b.exclus, b.a_completer) == (B, 4, 4, 2, 0, 1)
    assert b.proportion == pytest.approx(50.0)           # 2 sur 4 : S-6, sans réponse, est compté
    assert b.pourcentage_moyen == pytest.approx(50.0)    # (100 + 100 + 0 + 0) / 4


def test_un_exercice_sans_service_compte_n_a_pas_de_proportion():
    (e,) = tdb.electronique_par_exercice([], exercices=["2025-2026"])
    assert (e.total, e.proportion, e.pourcentage_moyen) == (0, None, None)


def test_demandes_par_mode_du_ministere_avec_les_autres_modes():
    d = tdb.demandes_par_canal(repertoire(), B)
    assert dict(d.par_canal) == {"en_ligne": 3000, "en_personne": 1000, "telephone": 4600, "poste": 1200,
                                 "autres": 200}
    assert d.total == 10000
    assert d.part("telephone") == pytest.approx(46.0)
    assert d.non_disponibles["en_personne"] == 1  # S-5 : offert, chiffres non disponibles


def test_un_mode_sans_aucun_chiffre_vaut_none_et_non_zero():
    d = tdb.demandes_par_canal(repertoire(), A)
    assert d.par_canal["telephone"] is None and d.non_disponibles["telephone"] == 1
    assert d.par_canal["autres"] is None
    assert d.part("telephone") is None
    assert d.total == 5000
    vide = tdb.demandes_par_canal([s for s in repertoire() if s.service_id == "S-6"], B)
    assert set(vide.par_canal.values()) == {None}
    assert vide.total is None and vide.part("en_ligne") is None


def test_demandes_par_mode_d_un_service():
    s1 = next(s for s in repertoire() if s.exercice == B and s.service_id == "S-1")
    assert tdb.demandes_service(s1) == {"en_ligne": 3000, "en_personne": 1000, "telephone": 500, "poste": None,
                                        "autres": 200}


def test_part_en_ligne_au_fil_des_exercices():
    a, b = tdb.part_en_ligne(repertoire())
    assert (a.en_ligne, a.total) == (1200, 5000) and a.part == pytest.approx(24.0)
    assert (b.en_ligne, b.total) == (3000, 10000) and b.part == pytest.approx(30.0)
    sans_chiffres = [Service(A, service_id="X", volumes=_volumes(en_ligne="nd", poste="nd"))]
    (p,) = tdb.part_en_ligne(sans_chiffres)
    assert (p.en_ligne, p.total, p.part) == (None, None, None)
    seulement_poste = [Service(A, service_id="Y", volumes=_volumes(en_ligne="nd", poste=40))]
    (p,) = tdb.part_en_ligne(seulement_poste)
    assert (p.en_ligne, p.total, p.part) == (None, 40, None)  # en ligne inconnu : pas 0 %


def test_services_par_type_et_par_designation():
    assert tdb.par_type(repertoire(), B) == (("ressources", 1), ("consultatifs", 1), ("conformite", 1), ("", 1))
    assert tdb.par_type(repertoire(), A) == (("ressources", 2), ("conformite", 1), ("rh", 1))
    assert tdb.par_designation(repertoire(), B) == (("prioritaire", 1), ("critique", 1), ("essentiel", 1), ("", 2))


def test_normes_atteintes_ou_non():
    n = tdb.normes_atteintes(normes(), B)
    assert (n.atteintes, n.non_atteintes, n.sans_objet, n.inconnues, n.total) == (2, 1, 1, 1, 5)
    assert n.taux_atteinte == pytest.approx(200 / 3)
    aucune = tdb.normes_atteintes([], B)
    assert aucune.total == 0 and aucune.taux_atteinte is None


def test_l_ensemble_suit_le_service_choisi_d_un_exercice_a_l_autre():
    services = repertoire()
    for pk, s in enumerate(services, start=1):
        s.pk = pk
    d = tdb.tableau_de_bord(services, normes(), B)
    assert d.exercices == (A, B)
    assert d.service_pk == 5  # le premier service de l'exercice qui a des chiffres
    assert [c.pk for c in d.services] == [5, 6, 7, 8]
    d = tdb.tableau_de_bord(services, normes(), B, service_pk=6)
    assert d.canaux_service.par_canal["poste"] == 1200
    assert [(p.exercice, p.part) for p in d.part_en_ligne_service] == [(A, 20.0), (B, 0.0)]
    d = tdb.tableau_de_bord(services, normes(), B, service_pk=999)  # plus au répertoire
    assert d.service_pk == 5
    vide = tdb.tableau_de_bord([], [], "2030-2031")
    assert vide.service_pk is None and vide.canaux_service is None and vide.part_en_ligne_service == ()


def test_le_domaine_et_le_cas_d_utilisation_se_chargent_sans_qt():
    programme = (
        "import sys, gesserv_bureau.domaine.tableau_de_bord, gesserv_bureau.cas.statistiques\n"
        "print('QT=' + ','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    r = subprocess.run([sys.executable, "-c", programme], check=False, cwd=RACINE, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "QT=\n" in r.stdout
    assert "sqlite" not in (RACINE / "gesserv_bureau" / "domaine" / "tableau_de_bord.py").read_text(encoding="utf-8")


# --- cas d'utilisation sur une vraie base -------------------------------------------------------
@pytest.fixture
def base(tmp_path, base_d_essai):
    from gesserv_bureau.stockage.depot_normes import DepotNormes
    from gesserv_bureau.stockage.depot_services import DepotServices

    b = base_d_essai(tmp_path / "x.sqlite")
    DepotServices(b).inserer_en_lot(repertoire())
    DepotNormes(b).importer(normes())
    yield b
    b.fermer()


def _pk(base, exercice: str, service_id: str) -> int:
    from gesserv_bureau.stockage.depot_services import DepotServices

    return next(s.pk for s in DepotServices(base).services(exercice) if s.service_id == service_id)


def test_le_cas_d_utilisation_lit_la_base(base):
    d = statistiques.tableau_de_bord(base, B)
    attendu = tdb.tableau_de_bord(repertoire(), normes(), B)
    assert d.electronique == attendu.electronique
    assert d.canaux_ministere == attendu.canaux_ministere  # « autres » relu de la base
    assert d.part_en_ligne == attendu.part_en_ligne
    assert (d.par_type, d.par_designation, d.normes) == (attendu.par_type, attendu.par_designation, attendu.normes)
    assert d.service_pk == _pk(base, B, "S-1")


# --- l'onglet -----------------------------------------------------------------------------------
@pytest.fixture
def onglet(qtbot, base):
    from gesserv_bureau.interface.tableau_de_bord import TableauDeBord

    w = TableauDeBord()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.afficher(statistiques.tableau_de_bord(base, B), "fr")
    w.show()
    qtbot.waitExposed(w)
    return w


def _series(carte, genre):
    return [s for s in carte.vue.chart().series() if type(s).__name__ == genre]


def test_les_tableaux_portent_les_chiffres_du_domaine(onglet, base):
    from gesserv_bureau.interface.tableau_de_bord import nombre, pct

    d = statistiques.tableau_de_bord(base, B)
    electronique = onglet.cartes["electronique"].textes()
    assert electronique == [[e.exercice, pct(e.proportion, "fr"), str(e.electroniques), str(e.total),
                             pct(e.pourcentage_moyen, "fr"), str(e.exclus), str(e.a_completer)] for e in d.electronique]
    assert electronique[1][:2] == [B, "50,0\u00a0%"]
    canaux = onglet.cartes["canaux_ministere"].textes()
    assert [l[1] for l in canaux[:5]] == [nombre(d.canaux_ministere.par_canal[c], "fr") for c in tdb.CANAUX]
    assert [l[1] for l in canaux] == ["3\u00a0000", "1\u00a0000", "4\u00a0600", "1\u00a0200", "200", "10\u00a0000"]
    assert canaux[2][2] == "46,0\u00a0%"
    part = onglet.cartes["part_en_ligne"].textes()
    assert [l[:4] for l in part] == [[A, "1\u00a0200", "5\u00a0000", "24,0\u00a0%"], [B, "3\u00a0000", "10\u00a0000", "30,0\u00a0%"]]
    assert [l[4] for l in part] == ["25,0\u00a0%", "63,8\u00a0%"]  # S-1 : 1000/4000, 3000/4700
    normes_ = onglet.cartes["normes"].textes()
    assert [l[1] for l in normes_[:4]] == ["2", "1", "1", "1"]
    assert normes_[4][2] == "66,7\u00a0%"
    assert [l[1] for l in onglet.cartes["designations"].textes()] == ["1", "1", "1", "2"]
    assert onglet.cartes["types"].textes()[-1][:2] == ["Type non précisé", "1"]
    for carte in onglet.cartes.values():
        assert carte.tableau.accessibleName().startswith("Tableau des chiffres : ")
        assert carte.vue.accessibleName().startswith("Graphique : ")
        assert carte.vue.accessibleDescription()


def test_chaque_graphique_a_ses_series(onglet, base):
    d = statistiques.tableau_de_bord(base, B)
    courbes = _series(onglet.cartes["electronique"], "QLineSeries")
    assert [c.name() for c in courbes] == ["Proportion des services électroniques", "Pourcentage moyen en ligne"]
    assert [[(p.x(), p.y()) for p in c.points()] for c in courbes] == [
        [(0, 33.3), (1, 50.0)], [(0, 61.1), (1, 50.0)]]
    marques = _series(onglet.cartes["electronique"], "QScatterSeries")
    assert len(marques) == 2 and all(m.pointLabelsVisible() for m in marques)
    part = _series(onglet.cartes["part_en_ligne"], "QLineSeries")
    assert [c.name() for c in part] == ["Ministère", "S-1 — Permis"]
    assert [p.y() for p in part[0].points()] == [24.0, 30.0]

    (barres,) = _series(onglet.cartes["canaux_ministere"], "QHorizontalBarSeries")
    (ensemble,) = barres.barSets()
    valeurs = [ensemble.at(i) for i in range(ensemble.count())][::-1]  # la première catégorie en haut
    assert valeurs == [3000, 1000, 4600, 1200, 200]
    axe = next(a for a in onglet.cartes["canaux_ministere"].vue.chart().axes() if type(a).__name__ == "QBarCategoryAxis")
    assert axe.categories()[::-1][0] == "En ligne : 3\u00a0000"  # l'étiquette porte la valeur
    (service,) = _series(onglet.cartes["canaux_service"], "QHorizontalBarSeries")
    assert [service.barSets()[0].at(i) for i in range(5)][::-1] == [3000, 1000, 500, 0, 200]
    (types,) = _series(onglet.cartes["types"], "QHorizontalBarSeries")
    assert [types.barSets()[0].at(i) for i in range(types.barSets()[0].count())][::-1] == [n for _, n in d.par_type]
    (normes_,) = _series(onglet.cartes["normes"], "QHorizontalBarSeries")
    assert [normes_.barSets()[0].at(i) for i in range(4)][::-1] == [2, 1, 1, 1]


def test_choisir_un_autre_service_met_a_jour_son_graphique(qtbot, onglet, base):
    demandes = []

    def recalculer(pk: int) -> None:
        demandes.append(pk)
        onglet.afficher(statistiques.tableau_de_bord(base, B, pk), "fr")

    onglet.service_demande.connect(recalculer)
    s2 = _pk(base, B, "S-2")
    index = onglet.choix_service.findData(s2)
    with qtbot.waitSignal(onglet.service_demande, timeout=2000) as signal:
        onglet.choix_service.setCurrentIndex(index)
    assert signal.args == [s2] and demandes == [s2]
    assert onglet.choix_service.currentData() == s2
    (barres,) = _series(onglet.cartes["canaux_service"], "QHorizontalBarSeries")
    assert [barres.barSets()[0].at(i) for i in range(5)][::-1] == [0, 0, 0, 1200, 0]
    lignes = onglet.cartes["canaux_service"].textes()
    assert [l[1] for l in lignes] == ["0", "—", "—", "1\u00a0200", "—", "1\u00a0200"]
    assert "S-2 — Subventions" in onglet.cartes["canaux_service"].vue.chart().title()
    part = _series(onglet.cartes["part_en_ligne"], "QLineSeries")[1]
    assert [p.y() for p in part.points()] == [20.0, 0.0]
    # Afficher les chiffres reçus ne redemande rien.
    with qtbot.assertNotEmitted(onglet.service_demande):
        onglet.afficher(statistiques.tableau_de_bord(base, B, s2), "fr")


def test_copier_l_image_met_le_graphique_dans_le_presse_papiers(qtbot, onglet):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
    carte = onglet.cartes["canaux_ministere"]
    assert carte.bouton.text() == "Copier l'image"
    qtbot.mouseClick(carte.bouton, Qt.MouseButton.LeftButton)
    image = QGuiApplication.clipboard().pixmap()
    assert not image.isNull()
    assert image.width() >= carte.vue.width() - 1
    assert carte.confirmation.text() == "Image copiée dans le presse-papiers."


def test_changer_de_langue_reformate_les_chiffres(onglet):
    onglet.changer_langue("en")
    canaux = onglet.cartes["canaux_ministere"].textes()
    assert canaux[0][:3] == ["Online", "3,000", "30.0%"]
    assert onglet.choix_service.currentText() == "S-1 — Permits"
    onglet.changer_langue("fr")
    assert onglet.cartes["canaux_ministere"].textes()[0][:2] == ["En ligne", "3\u00a0000"]


def test_un_exercice_vide_s_affiche_sans_erreur(qtbot, base):
    from gesserv_bureau.interface.tableau_de_bord import TableauDeBord

    w = TableauDeBord()
    qtbot.addWidget(w)
    w.afficher(statistiques.tableau_de_bord(base, "2030-2031"), "fr")
    assert not w.choix_service.isEnabled()
    assert w.cartes["canaux_service"].textes() == []
    assert w.cartes["normes"].textes()[4][2] == "—"
    assert [l[0] for l in w.cartes["electronique"].textes()] == [A, B, "2030-2031"]
    assert w.cartes["electronique"].textes()[2][1] == "—"
