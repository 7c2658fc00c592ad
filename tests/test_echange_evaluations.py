"""L'échange des évaluations entre postes : deux bases sur disque (« le portable A » et « le
portable B »), un fichier JSON entre les deux, et la ligne de commande ``evaluation``."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from outils_tests import EXERCICE, lancer_cli as lancer, service_complet

from gesserv_bureau.cas import transferts
from gesserv_bureau.domaine import echange_evaluations as format_echange
from gesserv_bureau.domaine.echange_evaluations import EchangeRefuse
from gesserv_bureau.domaine.evaluations import Evaluation, initiative_vide
from gesserv_bureau.stockage import journal
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_evaluations import (
    DepotEvaluations,
    DepotSeances,
    Seance,
)
from gesserv_bureau.stockage.depot_services import DepotServices

TABLES = ("evaluation", "seance", "initiative", "journal", "service")


# --- le décor ---------------------------------------------------------------------------------
class Horloge:
    """L'heure des écritures, qu'on avance à la main : des dates de modification distinctes et
    prévisibles (l'heure réelle n'a qu'une précision d'une seconde)."""

    def __init__(self) -> None:
        self.instant = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

    def avancer(self, minutes: int = 1) -> None:
        self.instant += dt.timedelta(minutes=minutes)

    def __call__(self) -> str:
        return self.instant.isoformat(timespec="seconds")


@pytest.fixture
def horloge(monkeypatch):
    h = Horloge()
    monkeypatch.setattr(journal, "maintenant", h)
    return h


def creer_services(base, ordre=("SRV-1", "SRV-2")) -> dict[str, int]:
    depot = DepotServices(base)
    noms = {"SRV-1": ("Permis de pêche", "Fishing licences"), "SRV-2": ("Subventions agricoles", "Farm grants"),
            "AUTRE": ("Service propre à B", "B-only service")}
    return {sid: depot.creer(service_complet(service_id=sid, nom_fr=noms[sid][0], nom_en=noms[sid][1]))
            for sid in ordre}


@pytest.fixture
def bases(tmp_path, horloge):
    """Deux portables : les mêmes services (SRV-1, SRV-2) mais pas sous les mêmes clés locales."""
    a = ouvrir(tmp_path / "a.sqlite", rotation=False)
    b = ouvrir(tmp_path / "b.sqlite", rotation=False)
    sa = creer_services(a)
    sb = creer_services(b, ("AUTRE", "SRV-1", "SRV-2"))
    assert sa["SRV-1"] != sb["SRV-1"] and sa["SRV-2"] != sb["SRV-2"]
    yield a, b, sa, sb
    a.fermer()
    b.fermer()


def instantane(base) -> dict[str, list[tuple]]:
    return {t: base.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def evaluation_1a(service_pk) -> Evaluation:
    ev = Evaluation("1A", exercice=EXERCICE, service_pk=service_pk, sujet="Permis de pêche", auteur="Anne",
                    etape=9)
    ev.contenu["organisme"] = "Pêches et Océans Canada"
    for n, code in enumerate(ev.contenu["reponses"], 1):
        ev.contenu["reponses"][code] = {"reponse": "oui", "analyse": f"Analyse {n} : « oui »."}
    ev.contenu["decision"] = "confirme"
    ev.statut = "terminee"
    return ev


def evaluation_1b(service_pk) -> Evaluation:
    ev = Evaluation("1B", exercice=EXERCICE, service_pk=service_pk, sujet="Permis de pêche", auteur="Anne")
    for code in ev.contenu["considerations"]:
        ev.contenu["considerations"][code] = {"cote": "eleve", "exemple": f"ex. {code}", "analyse": f"analyse {code}"}
    # les poids propres à l'évaluation, comme les écrivait une version antérieure : ils voyagent encore
    ev.contenu["poids"] = {code: 2.5 if code == "volume" else 1.0 for code in ev.contenu["considerations"]}
    ev.contenu["decision"] = "oui"
    ev.contenu["justification"] = "Volume élevé, service essentiel."
    return ev


def evaluation_2a(service_pk, sujet="Subventions agricoles", seance_pk=None) -> Evaluation:
    ev = Evaluation("2A", exercice=EXERCICE, service_pk=service_pk, sujet=sujet, auteur="Bruno", seance_pk=seance_pk)
    ev.contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Formulaire en ligne"}
    ev.contenu["reponses"]["q2"] = {"reponse": "non", "initiatives": ""}
    ev.contenu["initiatives"] = [
        {**initiative_vide(), "nom": "Demande en ligne", "couts": "200 k$", "risques": "Adoption lente"},
        {**initiative_vide(), "nom": "Guichet unique", "collaboration": "Provinces"},
    ]
    ev.contenu["recommandation"] = "oui"
    return ev


def champs(ev: Evaluation) -> dict:
    """Ce qui doit voyager à l'identique (les clés locales à part)."""
    return {c: getattr(ev, c) for c in ("uuid", "outil", "exercice", "sujet", "statut", "auteur", "cree_le",
                                       "modifie_le", "termine_le", "approuve_le", "approuve_par", "edition", "etape",
                                       "contenu", "origine_uuid")}


def initiatives(base, evaluation_pk) -> list[tuple]:
    return base.conn.execute(
        "SELECT rang, service_pk, nom, description, avantages, couts, risques, collaboration FROM initiative"
        " WHERE evaluation_pk = ? ORDER BY rang", [evaluation_pk]).fetchall()


def imports_au_journal(base) -> list[tuple]:
    return base.conn.execute("SELECT entite, cle, libelle FROM journal WHERE action = 'import' ORDER BY id").fetchall()


# --- aller-retour -----------------------------------------------------------------------------
@pytest.mark.parametrize("fabrique,service", [(evaluation_1a, "SRV-1"), (evaluation_1b, "SRV-1"),
                                              (evaluation_2a, "SRV-2")])
def test_une_evaluation_fait_l_aller_retour(bases, tmp_path, horloge, fabrique, service):
    a, b, sa, sb = bases
    ev = fabrique(sa[service])
    DepotEvaluations(a).enregistrer(ev)
    horloge.avancer(30)
    fichier = tmp_path / "transferts.json"

    transferts.exporter_evaluation(a, ev.uuid, fichier)
    resultat = transferts.importer(b, fichier)

    assert (resultat.crees, resultat.modifies, resultat.inchanges) == (1, 0, 0)
    assert resultat.avertissements == []
    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert champs(recue) == champs(ev)
    assert recue.modifie_le == "2025-03-03T09:00:00-05:00"      # la date du fichier, pas celle de l'import
    assert recue.service_pk == sb[service] != sa[service]       # retrouvé par son numéro d'identification
    assert imports_au_journal(b) == [("evaluation", str(recue.pk), f"{ev.outil} {ev.sujet}")]
    conclusion = lambda base, pk: base.conn.execute("SELECT conclusion FROM evaluation WHERE pk = ?", [pk]).fetchone()
    assert conclusion(b, recue.pk) == conclusion(a, ev.pk)
    if ev.outil == "2A":
        rangees = initiatives(b, recue.pk)
        assert [r[2] for r in rangees] == ["Demande en ligne", "Guichet unique"]
        assert {r[1] for r in rangees} == {sb["SRV-2"]}
        assert [r[2:] for r in rangees] == [r[2:] for r in initiatives(a, ev.pk)]


def test_le_fichier_est_du_json_lisible_et_documente(bases, tmp_path):
    a, _, sa, _ = bases
    ev = evaluation_1a(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(ev)
    fichier = tmp_path / "transferts.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)

    texte = fichier.read_text(encoding="utf-8")
    assert "Pêches et Océans Canada" in texte and "\\u" not in texte   # UTF-8, pas d'échappements
    assert texte.startswith('{\n  "format": "gesserv-evaluation",')  # indenté de 2
    donnees = json.loads(texte)
    assert donnees["version_format"] == format_echange.VERSION_FORMAT == 1
    assert donnees["seance"] is None
    (e,) = donnees["evaluations"]
    assert e["service"] == {"exercice": EXERCICE, "service_id": "SRV-1", "nom_fr": "Permis de pêche",
                            "nom_en": "Fishing licences"}
    assert "service_pk" not in e and "pk" not in e
    assert e["edition_referentiel"] == "2017"
    assert set(e["contenu"]["reponses"]) == {f"q{n}" for n in range(1, 9)}
    assert list(tmp_path.glob(".echange.json.*")) == []                # pas de fichier temporaire laissé


def test_une_seance_et_ses_evaluations_2a_font_l_aller_retour(bases, tmp_path, horloge):
    a, b, sa, sb = bases
    seance = Seance(titre="Examen des services prioritaires 2024", date="2025-02-20", exercice=EXERCICE,
                    participants=[{"nom": "Anne", "domaine": "TI"}, {"nom": "Bruno", "domaine": "Programme"}],
                    services=[sa["SRV-2"], sa["SRV-1"]], position=1, auteur="Anne")
    DepotSeances(a).enregistrer(seance)
    ev1 = evaluation_2a(sa["SRV-2"], seance_pk=seance.pk)
    ev2 = evaluation_2a(sa["SRV-1"], sujet="Permis de pêche", seance_pk=seance.pk)
    for ev in (ev1, ev2):
        DepotEvaluations(a).enregistrer(ev)
    DepotEvaluations(a).enregistrer(evaluation_1a(sa["SRV-1"]))   # hors séance : ne voyage pas
    fichier = tmp_path / "seance.json"

    _, exportees = transferts.exporter_seance(a, seance.uuid, fichier)
    assert [e.uuid for e in exportees] == [ev1.uuid, ev2.uuid]
    donnees = json.loads(fichier.read_text(encoding="utf-8"))
    assert [s["service_id"] for s in donnees["seance"]["services"]] == ["SRV-2", "SRV-1"]
    assert {e["seance_uuid"] for e in donnees["evaluations"]} == {seance.uuid}

    resultat = transferts.importer(b, fichier)
    assert resultat.seance == format_echange.CREER and resultat.crees == 2
    recue = DepotSeances(b).par_uuid(seance.uuid)
    assert recue.services == [sb["SRV-2"], sb["SRV-1"]]
    assert (recue.titre, recue.date, recue.participants, recue.position, recue.cree_le, recue.modifie_le) == (
        seance.titre, seance.date, seance.participants, seance.position, seance.cree_le, seance.modifie_le)
    evaluations_b = DepotEvaluations(b).de_la_seance(recue.pk)
    assert [champs(e) for e in evaluations_b] == [champs(ev1), champs(ev2)]
    assert [e.service_pk for e in evaluations_b] == [sb["SRV-2"], sb["SRV-1"]]
    assert len(DepotEvaluations(b).toutes()) == 2
    assert len(b.conn.execute("SELECT * FROM initiative").fetchall()) == 4
    assert [e[0] for e in imports_au_journal(b)] == ["seance", "evaluation", "evaluation"]

    # et de nouveau : rien ne change
    avant = instantane(b)
    encore = transferts.importer(b, fichier)
    assert (encore.seance, encore.crees, encore.modifies, encore.inchanges) == (format_echange.INCHANGEE, 0, 0, 2)
    assert instantane(b) == avant


def test_une_evaluation_importee_seule_puis_sa_seance_s_y_rattache(bases, tmp_path, horloge):
    a, b, sa, _ = bases
    seance = Seance(titre="Séance", exercice=EXERCICE, services=[sa["SRV-2"]])
    DepotSeances(a).enregistrer(seance)
    ev = evaluation_2a(sa["SRV-2"], seance_pk=seance.pk)
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "seule.json")
    transferts.exporter_seance(a, seance.uuid, tmp_path / "seance.json")

    transferts.importer(b, tmp_path / "seule.json")
    assert DepotEvaluations(b).par_uuid(ev.uuid).seance_pk is None   # la séance n'est pas encore ici
    resultat = transferts.importer(b, tmp_path / "seance.json")
    assert (resultat.seance, resultat.inchanges) == (format_echange.CREER, 1)
    assert DepotEvaluations(b).par_uuid(ev.uuid).seance_pk == DepotSeances(b).par_uuid(seance.uuid).pk


# --- la règle de décision ---------------------------------------------------------------------
def test_reimporter_le_meme_fichier_ne_change_rien(bases, tmp_path, horloge):
    a, b, sa, _ = bases
    ev = evaluation_2a(sa["SRV-2"])
    DepotEvaluations(a).enregistrer(ev)
    fichier = tmp_path / "transferts.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    transferts.importer(b, fichier)
    avant = instantane(b)

    horloge.avancer()
    resultat = transferts.importer(b, fichier)

    assert (resultat.crees, resultat.modifies, resultat.inchanges) == (0, 0, 1)
    assert "inchangées : 1" in resultat.textes("fr")[-1]
    assert "unchanged: 1" in resultat.textes("en")[-1]
    assert instantane(b) == avant   # pas même une ligne de journal


def test_une_version_plus_recente_remplace_la_copie_locale(bases, tmp_path, horloge):
    a, b, sa, _ = bases
    ev = evaluation_2a(sa["SRV-2"])
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v1.json")
    transferts.importer(b, tmp_path / "v1.json")

    horloge.avancer(60)
    ev.contenu["initiatives"] = [{**initiative_vide(), "nom": "Seule initiative restante"}]
    ev.contenu["reponses"]["q3"]["reponse"] = "oui"
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v2.json")
    resultat = transferts.importer(b, tmp_path / "v2.json")

    assert (resultat.crees, resultat.modifies) == (0, 1)
    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert champs(recue) == champs(ev)
    assert [r[2] for r in initiatives(b, recue.pk)] == ["Seule initiative restante"]
    assert len(DepotEvaluations(b).toutes()) == 1


def test_refus_si_l_import_ecraserait_des_reponses_locales_plus_recentes(bases, tmp_path, horloge):
    a, b, sa, _ = bases
    ev = evaluation_1b(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "ancien.json")
    transferts.importer(b, tmp_path / "ancien.json")
    # B continue l'évaluation; pendant ce temps, A en commence une autre
    horloge.avancer(10)
    locale = DepotEvaluations(b).par_uuid(ev.uuid)
    locale.contenu["justification"] = "Révisée sur le portable B."
    DepotEvaluations(b).enregistrer(locale)
    nouvelle = evaluation_1a(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(nouvelle)
    # un fichier qui porte l'ancienne copie et la nouvelle évaluation
    donnees = json.loads((tmp_path / "ancien.json").read_text(encoding="utf-8"))
    transferts.exporter_evaluation(a, nouvelle.uuid, tmp_path / "nouvelle.json")
    donnees["evaluations"] += json.loads((tmp_path / "nouvelle.json").read_text(encoding="utf-8"))["evaluations"]
    (tmp_path / "melange.json").write_text(json.dumps(donnees, ensure_ascii=False), encoding="utf-8")
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, tmp_path / "melange.json")

    assert [p.code for p in refus.value.problemes] == ["local_plus_recent", "rien_importe"]
    assert "écraserait des réponses plus récentes" in refus.value.texte("fr")
    assert "would overwrite newer answers" in refus.value.texte("en")
    assert ev.uuid in refus.value.texte("fr")
    assert instantane(b) == avant                                   # la nouvelle n'est pas créée non plus
    assert DepotEvaluations(b).par_uuid(nouvelle.uuid) is None
    assert DepotEvaluations(b).par_uuid(ev.uuid).contenu["justification"] == "Révisée sur le portable B."


def test_refus_d_une_evaluation_approuvee_ici(bases, tmp_path, horloge):
    a, b, sa, _ = bases
    ev = evaluation_1a(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v1.json")
    transferts.importer(b, tmp_path / "v1.json")
    locale = DepotEvaluations(b).par_uuid(ev.uuid)
    locale.statut, locale.approuve_par = "approuvee", "Directrice"
    DepotEvaluations(b).enregistrer(locale, action="approbation")
    horloge.avancer(60)
    ev.contenu["justification"] = "Changée sur A, plus tard."
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "v2.json")
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, tmp_path / "v2.json")

    assert refus.value.code == "approuvee_locale"
    assert instantane(b) == avant


def test_meme_date_mais_reponses_differentes_refuse(bases, tmp_path):
    a, b, sa, _ = bases
    ev = evaluation_1a(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(ev)
    fichier = tmp_path / "transferts.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    transferts.importer(b, fichier)
    donnees = json.loads(fichier.read_text(encoding="utf-8"))
    donnees["evaluations"][0]["contenu"]["justification"] = "autre"
    fichier.write_text(json.dumps(donnees), encoding="utf-8")

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)
    assert refus.value.code == "meme_date_differente"


def test_service_absent_ici_l_evaluation_est_importee_sans_lien(bases, tmp_path, horloge):
    a, b, _, _ = bases
    DepotServices(a).creer(service_complet(service_id="SRV-9", nom_fr="Service de A seulement"))
    pk9 = DepotServices(a).pk_par_id(EXERCICE, "SRV-9")
    ev = evaluation_2a(pk9, sujet="Service de A seulement")
    DepotEvaluations(a).enregistrer(ev)
    transferts.exporter_evaluation(a, ev.uuid, tmp_path / "transferts.json")

    resultat = transferts.importer(b, tmp_path / "transferts.json")

    recue = DepotEvaluations(b).par_uuid(ev.uuid)
    assert recue.service_pk is None and recue.sujet == "Service de A seulement"
    assert [m.code for m in resultat.avertissements] == ["service_absent"]
    assert "SRV-9" in resultat.avertissements[0].texte("fr")
    assert "is not in this inventory" in resultat.avertissements[0].texte("en")
    assert {r[1] for r in initiatives(b, recue.pk)} == {None}


# --- les fichiers refusés -----------------------------------------------------------------------
@pytest.fixture
def fichier_et_base_b(bases, tmp_path):
    """B a déjà une évaluation; le fichier en porte une autre, à trafiquer."""
    a, b, sa, _ = bases
    deja = evaluation_1b(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(deja)
    transferts.exporter_evaluation(a, deja.uuid, tmp_path / "deja.json")
    transferts.importer(b, tmp_path / "deja.json")
    ev = evaluation_1a(sa["SRV-1"])
    DepotEvaluations(a).enregistrer(ev)
    fichier = tmp_path / "transferts.json"
    transferts.exporter_evaluation(a, ev.uuid, fichier)
    return fichier, b


def reecrire(fichier, changer) -> None:
    donnees = json.loads(fichier.read_text(encoding="utf-8"))
    changer(donnees)
    fichier.write_text(json.dumps(donnees, ensure_ascii=False), encoding="utf-8")


def test_un_format_plus_recent_est_refuse_sans_rien_changer(fichier_et_base_b):
    fichier, b = fichier_et_base_b
    reecrire(fichier, lambda d: d.update(version_format=2, evaluations="tout autre chose"))
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert [p.code for p in refus.value.problemes] == ["format_plus_recent", "rien_importe"]
    assert "version plus récente de gesserv-bureau (format 2" in refus.value.texte("fr")
    assert "newer version of gesserv-bureau (format 2; this version reads up to format 1)" in refus.value.texte("en")
    assert instantane(b) == avant


def test_un_code_de_question_inconnu_est_refuse(fichier_et_base_b):
    fichier, b = fichier_et_base_b
    reecrire(fichier, lambda d: d["evaluations"][0]["contenu"]["reponses"].update(q9={"reponse": "oui", "analyse": ""}))
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert refus.value.code == "code_inconnu"
    assert "q9" in refus.value.texte("fr") and "1A" in refus.value.texte("fr")
    assert "Unknown question code for tool 1A (edition 2017): q9" in refus.value.texte("en")
    assert instantane(b) == avant


@pytest.mark.parametrize("changer,code", [
    (lambda d: d.update(format="autre-chose"), "format_inconnu"),
    (lambda d: d.update(version_format="1"), "version_invalide"),
    (lambda d: d["evaluations"][0].pop("modifie_le"), "champ_manquant"),
    (lambda d: d["evaluations"][0].update(outil="3Z"), "outil_inconnu"),
    (lambda d: d["evaluations"][0].update(edition_referentiel="2030"), "edition_inconnue"),
    (lambda d: d["evaluations"][0].update(modifie_le="hier"), "date_invalide"),
    (lambda d: d["evaluations"][0].update(uuid="pas-un-uuid"), "champ_invalide"),
    (lambda d: d["evaluations"][0].update(statut="signee"), "champ_invalide"),
    (lambda d: d["evaluations"][0]["contenu"]["reponses"]["q1"].update(reponse="peut-être"), "champ_invalide"),
    (lambda d: d["evaluations"][0]["contenu"].update(reponses=None), "champ_invalide"),
    (lambda d: d["evaluations"].append(d["evaluations"][0]), "uuid_en_double"),
    (lambda d: d.update(evaluations=[]), "vide"),
])
def test_un_fichier_invalide_est_refuse_sans_rien_changer(fichier_et_base_b, changer, code):
    fichier, b = fichier_et_base_b
    reecrire(fichier, changer)
    avant = instantane(b)

    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)

    assert refus.value.code == code
    for langue in ("fr", "en"):
        assert refus.value.texte(langue)
    assert instantane(b) == avant


def test_un_fichier_qui_n_est_pas_du_json(bases, tmp_path):
    _, b, _, _ = bases
    fichier = tmp_path / "abime.json"
    fichier.write_text('{"format": "gesserv-evaluation", ', encoding="utf-8")
    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, fichier)
    assert refus.value.code == "pas_json"
    with pytest.raises(EchangeRefuse) as refus:
        transferts.importer(b, tmp_path / "absent.json")
    assert refus.value.code == "introuvable"


def test_exporter_un_identifiant_inconnu(bases, tmp_path):
    a, _, _, _ = bases
    with pytest.raises(EchangeRefuse) as refus:
        transferts.exporter_evaluation(a, "00000000-0000-4000-8000-000000000000", tmp_path / "x.json")
    assert refus.value.code == "evaluation_introuvable"
    with pytest.raises(EchangeRefuse) as refus:
        transferts.exporter_seance(a, "00000000-0000-4000-8000-000000000000", tmp_path / "x.json")
    assert refus.value.code == "seance_introuvable"
    assert not (tmp_path / "x.json").exists()


def test_le_domaine_relit_ce_qu_il_ecrit():
    ev = evaluation_1a(None)
    ev.cree_le = ev.modifie_le = "2025-01-01T10:00:00+00:00"
    paquet = format_echange.depuis_json(json.loads(json.dumps(format_echange.vers_json([ev]))))
    (recue,) = paquet.evaluations
    assert recue.service is None and recue.seance_uuid == ""
    assert champs(recue.evaluation) == champs(ev)
    assert recue.evaluation.pk is None and recue.evaluation.service_pk is None


def test_la_regle_de_decision():
    locale = evaluation_1a(None)
    locale.modifie_le = "2025-01-01T10:00:00-05:00"
    meme_instant_ailleurs = Evaluation(**{**locale.__dict__, "modifie_le": "2025-01-01T15:00:00+00:00"})
    plus_recente = Evaluation(**{**locale.__dict__, "modifie_le": "2025-01-01T10:00:01-05:00", "sujet": "x"})
    plus_ancienne = Evaluation(**{**locale.__dict__, "modifie_le": "2025-01-01T09:59:59-05:00", "sujet": "x"})
    assert format_echange.decider(locale, None) == ("creer", None)
    assert format_echange.decider(locale, locale)[0] == "inchangee"
    assert format_echange.decider(plus_recente, locale) == ("modifier", None)
    assert format_echange.decider(plus_ancienne, locale)[1].code == "local_plus_recent"
    # le même instant, écrit avec un autre décalage : pas plus récent
    meme_instant_ailleurs.sujet = "x"
    assert format_echange.decider(meme_instant_ailleurs, locale)[1].code == "meme_date_differente"


# --- la ligne de commande -------------------------------------------------------------------------
@pytest.fixture
def deux_fichiers(tmp_path, monkeypatch, horloge):
    """Deux bases fermées (la CLI les ouvre elle-même), isolées du dossier de l'utilisateur."""
    monkeypatch.setenv("GESSERV_BASE", str(tmp_path / "inutilisee.sqlite"))
    monkeypatch.setenv("GESSERV_PREFERENCES", str(tmp_path / "preferences.ini"))
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    for variable in ("GESSERV_LANGUE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    chemin_a, chemin_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with ouvrir(chemin_a, rotation=False) as a:
        sa = creer_services(a)
        ev = evaluation_2a(sa["SRV-2"])
        DepotEvaluations(a).enregistrer(ev)
        seance = Seance(titre="Séance de mars", exercice=EXERCICE, services=[sa["SRV-2"]])
        DepotSeances(a).enregistrer(seance)
        ev.seance_pk = seance.pk
        DepotEvaluations(a).enregistrer(ev)
    with ouvrir(chemin_b, rotation=False) as b:
        creer_services(b, ("SRV-1",))
    return chemin_a, chemin_b, ev, seance




def test_cli_exporter_puis_importer(deux_fichiers, tmp_path, capsys):
    chemin_a, chemin_b, ev, _ = deux_fichiers
    fichier = tmp_path / "evaluation.json"

    code, sortie, erreurs = lancer(capsys, "evaluation", "exporter", str(fichier), "--uuid", ev.uuid,
                                   "--base", str(chemin_a))
    assert (code, erreurs) == (0, "")
    assert f"Évaluation 2A « Subventions agricoles » exportée dans {fichier}." in sortie

    code, sortie, erreurs = lancer(capsys, "--base", str(chemin_b), "evaluation", "importer", str(fichier),
                                   "--base", str(chemin_b))
    assert (code, erreurs) == (0, "")
    assert "Import terminé — évaluations ajoutées : 1, mises à jour : 0, inchangées : 0; avertissements : 1." in sortie
    assert "avertissement : Le service SRV-2" in sortie          # SRV-2 n'existe pas sur B

    code, sortie, _ = lancer(capsys, "evaluation", "importer", str(fichier), "--base", str(chemin_b))
    assert code == 0 and "inchangées : 1" in sortie
    with ouvrir(chemin_b, rotation=False) as b:
        recue = DepotEvaluations(b).par_uuid(ev.uuid)
        assert recue.service_pk is None and recue.sujet == "Subventions agricoles"


def test_cli_exporter_une_seance(deux_fichiers, tmp_path, capsys):
    chemin_a, chemin_b, ev, seance = deux_fichiers
    fichier = tmp_path / "seance.json"
    code, sortie, _ = lancer(capsys, "evaluation", "exporter", str(fichier), "--seance", seance.uuid,
                             "--base", str(chemin_a))
    assert code == 0 and "Séance d'examen « Séance de mars » et ses évaluations (1) exportées" in sortie
    code, sortie, _ = lancer(capsys, "evaluation", "--base", str(chemin_b), "importer", str(fichier))
    assert code == 0
    assert "Séance d'examen « Séance de mars » ajoutée." in sortie
    with ouvrir(chemin_b, rotation=False) as b:
        assert DepotEvaluations(b).par_uuid(ev.uuid).seance_pk == DepotSeances(b).par_uuid(seance.uuid).pk


@pytest.mark.parametrize("langue,attendu", [
    ("fr", "Erreur : Ce fichier a été écrit par une version plus récente de gesserv-bureau (format 7"),
    ("en", "newer version of gesserv-bureau (format 7; this version reads up to format 1)"),
])
def test_cli_format_plus_recent_refuse(deux_fichiers, tmp_path, capsys, langue, attendu):
    chemin_a, chemin_b, ev, _ = deux_fichiers
    fichier = tmp_path / "futur.json"
    assert lancer(capsys, "evaluation", "exporter", str(fichier), "--uuid", ev.uuid, "--base", str(chemin_a))[0] == 0
    reecrire(fichier, lambda d: d.update(version_format=7))
    avant = sqlite3.connect(chemin_b).execute("SELECT count(*) FROM evaluation").fetchone()

    code, sortie, erreurs = lancer(capsys, "--langue", langue, "evaluation", "importer", str(fichier),
                                   "--base", str(chemin_b))

    assert code == 1 and sortie == ""
    assert attendu in erreurs
    assert ("Rien n'a été importé : la base est inchangée." if langue == "fr"
            else "Nothing was imported: the database is unchanged.") in erreurs
    assert sqlite3.connect(chemin_b).execute("SELECT count(*) FROM evaluation").fetchone() == avant == (0,)


def test_cli_refus_des_reponses_locales_plus_recentes(deux_fichiers, tmp_path, capsys, horloge):
    chemin_a, chemin_b, ev, _ = deux_fichiers
    fichier = tmp_path / "evaluation.json"
    lancer(capsys, "evaluation", "exporter", str(fichier), "--uuid", ev.uuid, "--base", str(chemin_a))
    lancer(capsys, "evaluation", "importer", str(fichier), "--base", str(chemin_b))
    horloge.avancer(5)
    with ouvrir(chemin_b, rotation=False) as b:
        locale = DepotEvaluations(b).par_uuid(ev.uuid)
        locale.contenu["justification"] = "Revue sur B"
        DepotEvaluations(b).enregistrer(locale)
    reecrire(fichier, lambda d: d["evaluations"][0]["contenu"].update(justification="Ancienne"))

    code, _, erreurs = lancer(capsys, "--langue", "en", "evaluation", "importer", str(fichier),
                                   "--base", str(chemin_b))

    assert code == 1
    assert "would overwrite newer answers" in erreurs
    assert "Nothing was imported: the database is unchanged." in erreurs
    with ouvrir(chemin_b, rotation=False) as b:
        assert DepotEvaluations(b).par_uuid(ev.uuid).contenu["justification"] == "Revue sur B"


def test_cli_exporter_demande_uuid_ou_seance(deux_fichiers, tmp_path, capsys):
    chemin_a, *_ = deux_fichiers
    code, _, erreurs = lancer(capsys, "evaluation", "exporter", str(tmp_path / "x.json"), "--base", str(chemin_a))
    assert code == 2 and "indiquez soit --uuid UUID" in erreurs
    code, _, erreurs = lancer(capsys, "evaluation", "exporter", str(tmp_path / "x.json"), "--uuid", "u",
                              "--seance", "s", "--base", str(chemin_a))
    assert code == 2
    code, _, erreurs = lancer(capsys, "evaluation", "exporter", str(tmp_path / "x.json"),
                              "--uuid", "00000000-0000-4000-8000-000000000000", "--base", str(chemin_a))
    assert code == 1 and "Aucune évaluation 00000000-0000-4000-8000-000000000000 dans cette base." in erreurs
    assert not (tmp_path / "x.json").exists()
    code, _, erreurs = lancer(capsys, "evaluation", "--base", str(chemin_a))
    assert code == 2 and "arguments obligatoires manquants" in erreurs
