"""La liste des évaluations, par ses widgets : ses colonnes et ce qu'elles disent de chaque outil
(1A service / pas un service, 1B prioritaire, 2A recommandation), la recherche et les filtres,
l'export CSV relu, et l'échange d'une évaluation avec un autre poste (export JSON, import : le
constat montré; un fichier altéré : refusé, montré, rien ne change)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from PySide6.QtCore import Qt

from gesserv_bureau.cas import evaluer, repertoire
from gesserv_bureau.interface.liste_evaluations import COLONNES, ListeEvaluations
from gesserv_bureau.referentiel import outil_1a
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations
from gesserv_bureau.stockage.depot_services import DepotServices

EXERCICE = "2024-2025"


def _service(base, service_id):
    return next(s for s in DepotServices(base).services(EXERCICE) if s.service_id == service_id)


def _quatre(base) -> dict:
    """Une 1A « service », une 1A « pas un service », une 1B « prioritaire : oui », une 2A qui
    recommande le remaniement."""
    service = _service(base, "AAC-001")
    a_service = evaluer.nouvelle(base, "1A", EXERCICE, sujet="Délivrance des permis de pêche")
    for q in outil_1a.QUESTIONS:
        a_service.contenu["reponses"][q.code]["reponse"] = "oui"
    evaluer.enregistrer(base, a_service)
    a_non = evaluer.nouvelle(base, "1A", EXERCICE, sujet="Réunion interne hebdomadaire")
    a_non.contenu["reponses"][outil_1a.QUESTIONS[0].code]["reponse"] = "non"
    evaluer.enregistrer(base, a_non)
    b = evaluer.nouvelle(base, "1B", EXERCICE, service.pk)
    b.contenu["decision"] = "oui"
    evaluer.enregistrer(base, b)
    examen = evaluer.nouvelle(base, "2A", EXERCICE, service.pk)
    examen.contenu["recommandation"] = "oui"
    evaluer.enregistrer(base, examen)
    return {"1A service": a_service, "1A non": a_non, "1B": b, "2A": examen, "service": service}


def _liste(qtbot, base, langue="fr") -> ListeEvaluations:
    liste = ListeEvaluations(base, langue, EXERCICE)
    qtbot.addWidget(liste)
    liste.show()
    return liste


def _rangee(liste, ev) -> dict[str, str]:
    for r in range(liste.table.rowCount()):
        if liste.table.item(r, liste.colonne("numero")).text() == str(ev.pk):
            return {c: liste.table.item(r, j).text() for j, c in enumerate(COLONNES)}
    raise AssertionError(f"évaluation {ev.pk} absente de la liste")


def _numeros(liste) -> set[str]:
    return {liste.table.item(r, liste.colonne("numero")).text() for r in range(liste.table.rowCount())}


def test_colonnes_et_resultat_de_chaque_outil(qtbot, base):
    evs = _quatre(base)
    liste = _liste(qtbot, base)
    titres = [liste.table.horizontalHeaderItem(c).text() for c in range(liste.table.columnCount())]
    assert titres == ["N°", "Outil", "Exercice", "Statut", "Résultat", "Auteur", "Créée", "Modifiée",
                      "N° d'ID du service", "Service ou activité"]
    oui = _rangee(liste, evs["1A service"])
    assert (oui["outil"], oui["service_id"], oui["nom"], oui["statut"], oui["resultat"]) == (
        "1A", "—", "Délivrance des permis de pêche", "Brouillon", "Service")
    assert _rangee(liste, evs["1A non"])["resultat"] == "Pas un service"
    b = _rangee(liste, evs["1B"])
    assert (b["outil"], b["service_id"], b["nom"], b["resultat"]) == (
        "1B", "AAC-001", evs["service"].nom_fr, "Prioritaire : oui")
    assert _rangee(liste, evs["2A"])["resultat"] == "Remaniement recommandé : oui"
    assert oui["cree"] == evs["1A service"].cree_le[:10] and oui["modifie"] == evs["1A service"].modifie_le[:10]
    # la date entière et l'UUID sont dans les infobulles
    rang = next(r for r in range(liste.table.rowCount())
                if liste.table.item(r, 0).text() == str(evs["1B"].pk))
    assert evs["1B"].uuid in liste.table.item(rang, liste.colonne("numero")).toolTip()
    assert liste.table.item(rang, liste.colonne("cree")).toolTip() == evs["1B"].cree_le[:16].replace("T", " ")
    # chaque colonne à la largeur de son contenu, la dernière s'étire
    entete = liste.table.horizontalHeader()
    assert entete.stretchLastSection()
    assert all(entete.sectionResizeMode(c) == entete.ResizeMode.ResizeToContents for c in range(len(COLONNES) - 1))


def test_un_brouillon_sans_conclusion_n_a_pas_de_resultat(qtbot, base):
    vide = evaluer.nouvelle(base, "1B", EXERCICE, _service(base, "AAC-001").pk)
    liste = _liste(qtbot, base)
    assert _rangee(liste, vide)["resultat"] == "—"


def test_la_liste_en_anglais_dit_les_resultats_en_anglais(qtbot, base):
    evs = _quatre(base)
    liste = _liste(qtbot, base, "en")
    assert _rangee(liste, evs["1A non"])["resultat"] == "Not a service"
    assert _rangee(liste, evs["1B"])["resultat"] == "Priority: yes"
    assert _rangee(liste, evs["2A"])["resultat"] == "Redesign recommended: yes"


def test_recherche_et_filtres(qtbot, base):
    evs = _quatre(base)
    liste = _liste(qtbot, base)
    qtbot.keyClicks(liste.recherche, "permis peche")   # sans les accents, dans le désordre des mots
    assert _numeros(liste) == {str(evs["1A service"].pk)}
    liste.recherche.setText("aac-001")                  # le numéro d'ID du service
    du_service = {str(ev.pk) for ev in evaluer.du_service(base, evs["service"].pk)}
    assert _numeros(liste) == du_service and {str(evs["1B"].pk), str(evs["2A"].pk)} <= du_service
    liste.outil.setCurrentIndex(liste.outil.findData("2A"))
    assert _numeros(liste) == {str(evs["2A"].pk)}
    liste.recherche.clear()
    liste.outil.setCurrentIndex(liste.outil.findData(None))
    evaluer.terminer(base, _complete_2a(evs["2A"]))
    liste.statut.setCurrentIndex(liste.statut.findData("terminee"))
    terminees = {str(ev.pk) for ev in evaluer.toutes(base) if ev.statut == "terminee"}
    assert _numeros(liste) == terminees and str(evs["2A"].pk) in terminees and str(evs["1B"].pk) not in terminees
    assert {_rangee(liste, evs["2A"])["statut"]} == {liste.table.item(r, liste.colonne("statut")).text()
                                                      for r in range(liste.table.rowCount())} == {"Terminée"}
    liste.statut.setCurrentIndex(liste.statut.findData(None))
    liste.recherche.setText(str(evs["1B"].pk))            # le numéro de l'évaluation
    assert str(evs["1B"].pk) in _numeros(liste)
    liste.recherche.setText("aucune évaluation ne s'appelle ainsi")
    assert liste.table.rowCount() == 0 and not liste.bouton_csv.isEnabled()


def _complete_2a(ev):
    for code in ev.contenu["reponses"]:
        ev.contenu["reponses"][code]["reponse"] = "non"
    ev.contenu["recommandation"] = "non"
    return ev


def test_export_csv_relu_colonnes_visibles_dans_la_langue(qtbot, base, tmp_path):
    evs = _quatre(base)
    liste = _liste(qtbot, base)
    liste.outil.setCurrentIndex(liste.outil.findData("1A"))
    liste.table.setColumnHidden(liste.colonne("auteur"), True)   # une colonne cachée ne sort pas
    chemin = liste.exporter_csv(tmp_path / "liste.csv")
    octets = chemin.read_bytes()
    assert octets.startswith(b"\xef\xbb\xbf")
    lignes = list(csv.reader(io.StringIO(octets.decode("utf-8-sig"))))
    assert lignes[0] == ["N°", "Outil", "Exercice", "Statut", "Résultat", "Créée", "Modifiée", "N° d'ID du service",
                         "Service ou activité"]
    par_numero = {l[0]: l for l in lignes[1:]}
    assert len(lignes) - 1 == liste.table.rowCount()
    ligne = par_numero[str(evs["1A non"].pk)]
    assert ligne[1:5] + ligne[7:] == ["1A", EXERCICE, "Brouillon", "Pas un service", "—", "Réunion interne hebdomadaire"]
    assert "exportée(s)" in liste.message.text() and str(chemin) in liste.message.text()


def test_export_csv_impossible_le_dit_en_francais(qtbot, base, tmp_path):
    _quatre(base)
    liste = _liste(qtbot, base)
    assert liste.exporter_csv(tmp_path / "absent" / "liste.csv") is None
    assert "n'a pas pu être écrit" in liste.boite.text() and "fichier ou dossier introuvable" in liste.boite.text()
    assert "No such file" not in liste.boite.text()


@pytest.fixture
def autre_base(tmp_path):
    """Un autre poste : le même répertoire de démonstration, sans les évaluations de ``base``."""
    b = ouvrir(tmp_path / "autre-poste.sqlite")
    repertoire.charger_demo(b)
    yield b
    b.fermer()


def test_exporter_puis_importer_sur_un_autre_poste(qtbot, base, autre_base, tmp_path):
    evs = _quatre(base)
    ici = _liste(qtbot, base)
    assert not ici.bouton_exporter.isEnabled()            # rien de choisi
    rang = next(r for r in range(ici.table.rowCount()) if ici.table.item(r, 0).text() == str(evs["1B"].pk))
    ici.table.selectRow(rang)
    assert ici.bouton_exporter.isEnabled()
    fichier = ici.exporter_evaluation(tmp_path / "echange.json")
    assert json.loads(fichier.read_text("utf-8"))["evaluations"][0]["uuid"] == evs["1B"].uuid
    assert "exportée dans" in ici.message.text()

    la_bas = _liste(qtbot, autre_base)
    avant = la_bas.table.rowCount()
    resultat = la_bas.importer(fichier)
    assert resultat is not None and resultat.crees == 1
    texte = la_bas.boite.text()
    assert "ajoutée à cette base" in texte and "évaluations ajoutées : 1" in texte
    assert la_bas.table.rowCount() == avant + 1
    recue = DepotEvaluations(autre_base).par_uuid(evs["1B"].uuid)
    assert recue is not None and recue.contenu["decision"] == "oui"
    assert recue.service_pk == _service(autre_base, "AAC-001").pk   # relié au même service, ici
    choisie = la_bas.selection()
    assert choisie is not None and choisie.uuid == evs["1B"].uuid   # l'évaluation reçue est choisie
    assert _rangee(la_bas, recue)["resultat"] == "Prioritaire : oui"

    # le même fichier une seconde fois : inchangée
    la_bas.importer(fichier)
    assert "déjà dans cette base : rien n'a changé" in la_bas.boite.text()
    assert "inchangées : 1" in la_bas.boite.text()


def test_un_fichier_altere_est_refuse_et_rien_ne_change(qtbot, base, autre_base, tmp_path):
    evs = _quatre(base)
    ici = _liste(qtbot, base)
    ici.table.selectRow(next(r for r in range(ici.table.rowCount())
                             if ici.table.item(r, 0).text() == str(evs["2A"].pk)))
    fichier = ici.exporter_evaluation(tmp_path / "echange.json")
    donnees = json.loads(fichier.read_text("utf-8"))
    donnees["evaluations"][0]["statut"] = "n'importe quoi"    # altéré en chemin
    fichier.write_text(json.dumps(donnees, ensure_ascii=False), "utf-8")

    la_bas = _liste(qtbot, autre_base)
    avant = [ev.uuid for ev in DepotEvaluations(autre_base).toutes()]
    assert la_bas.importer(fichier) is None
    texte = la_bas.boite.text()
    assert la_bas.boite.windowTitle() == "Import refusé"
    assert "Rien n'a été importé : la base est inchangée." in texte
    assert [ev.uuid for ev in DepotEvaluations(autre_base).toutes()] == avant
    assert DepotEvaluations(autre_base).par_uuid(evs["2A"].uuid) is None

    # un fichier qui n'est pas du JSON : le même refus, dans la langue de l'interface
    (tmp_path / "abime.json").write_bytes(b"{pas du json")
    assert la_bas.importer(tmp_path / "abime.json") is None
    assert "n'est pas un fichier JSON lisible" in la_bas.boite.text()


def test_le_dialogue_tient_dans_un_ecran_de_1024_sur_640(qtbot, base):
    _quatre(base)
    liste = _liste(qtbot, base)
    assert liste.width() <= 1024 and liste.height() <= 640
    assert liste.minimumSizeHint().width() <= 1024 and liste.minimumSizeHint().height() <= 640


def test_importer_est_grise_en_lecture_seule(qtbot, base):
    liste = _liste(qtbot, base)
    base.lecture_seule = True
    try:
        liste.actualiser()
        assert not liste.bouton_importer.isEnabled()
    finally:
        base.lecture_seule = False
    qtbot.mouseClick(liste.bouton_fermer, Qt.MouseButton.LeftButton)


def test_en_anglais_les_titres_et_les_boutons(qtbot, base):
    """Passe une fois /work/notes/trad-i16-listes.json appliqué à traductions/ (après la fusion)."""
    from gesserv_bureau.interface.app import creer_application

    _app, traductions = creer_application("en")
    try:
        liste = _liste(qtbot, base, "en")
        titres = [liste.table.horizontalHeaderItem(c).text() for c in range(liste.table.columnCount())]
        assert titres[0] == "No." and titres[4] == "Result" and titres[8] == "Service ID"
        assert liste.bouton_exporter.text() == "E&xport to another computer…"
        assert liste.bouton_importer.text() == "&Import from another computer…"
    finally:
        traductions.retirer()


def test_en_anglais_la_liste_montre_le_nom_anglais_du_service(qtbot, base):
    """Le nom gardé avec une évaluation est celui de sa création (en français) : en anglais, la
    liste montre le nom anglais du répertoire (AgriStability, pas Agri-stabilité)."""
    from gesserv_bureau.domaine.lignes import LigneEvaluation

    ligne = LigneEvaluation(1, "u", "2A", "2024-2025", 3, "AAC-001", "Agri-stabilité", "AgriStability", "Agri-stabilité",
                            "brouillon", False, "", "", "", None)
    assert ligne.nom("en") == "AgriStability" and ligne.nom("fr") == "Agri-stabilité"
    activite = ligne._replace(service_pk=None, service_id="", nom_fr="", nom_en="", sujet="Déglaçage")
    assert activite.nom("en") == "Déglaçage"   # une activité (1A) n'a que le nom qu'on lui a donné
