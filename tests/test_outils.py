"""Le registre des outils de la ligne directrice (``domaine.outils``) : chaque outil y est déclaré
une fois et toutes ses parties se retrouvent; un code que le registre ne connaît pas est une
erreur partout (registre, assistant, rapport, nouvelle évaluation), jamais un autre outil. Et la
conclusion d'un dossier, que garde la base, est la règle pure de son outil."""

from __future__ import annotations

import copy
import importlib
import re
import subprocess
import sys

import pytest

from gesserv_bureau.domaine import evaluations as regles
from gesserv_bureau.domaine import outils
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.outils import OutilInconnu
from outils_tests import RACINE

TOUS = outils.tous()
IDS = [o.code for o in TOUS]


# --- le registre ---------------------------------------------------------------------------------
def test_le_registre_connait_les_trois_outils_dans_l_ordre_de_la_ligne_directrice():
    assert outils.codes() == ("1A", "1B", "2A")
    assert [outils.outil(c).code for c in outils.codes()] == ["1A", "1B", "2A"]
    assert len({o.type_rapport for o in TOUS}) == len(TOUS)
    assert outils.par_type_rapport("1b") is outils.outil("1B")
    assert outils.par_type_rapport("seance") is None and outils.par_type_rapport("inventaire") is None


@pytest.mark.parametrize("code", ["3Z", "1a", "", "1C", None, 2])
def test_le_registre_refuse_un_code_inconnu(code):
    with pytest.raises(OutilInconnu) as exc:
        outils.outil(code)
    assert isinstance(exc.value, LookupError) and isinstance(exc.value, ValueError)
    assert exc.value.code == code
    assert "1A, 1B, 2A" in str(exc.value)
    assert not outils.connu(code)


def test_une_evaluation_d_un_outil_inconnu_est_refusee():
    with pytest.raises(OutilInconnu):
        Evaluation("3Z")
    with pytest.raises(ValueError):   # ce que levait Evaluation avant le registre
        Evaluation("1C")


@pytest.mark.parametrize("o", TOUS, ids=IDS)
def test_chaque_outil_a_toutes_ses_parties(o):
    # son référentiel : le titre de l'annexe, ses codes de réponse
    assert o.referentiel.TITRE.code == o.code and o.nom_fr and o.nom_en and o.nom("en") == o.nom_en
    assert o.codes and len(set(o.codes)) == len(o.codes)
    # son contenu vide : les réponses par code, rien de conclu, il manque des réponses
    contenu = o.contenu_vide()
    assert tuple(contenu[o.cle_reponses]) == o.codes
    assert o.conclusion(contenu) is None
    ev = Evaluation(o.code, sujet="Sujet")
    assert ev.contenu == contenu
    manques = o.manques(ev)
    assert manques and regles.manques(ev) == manques
    assert all(m.texte("fr") and m.texte("en") for m in manques)
    # son rapport : le module a ``document``, son type est offert (au moins en PDF)
    module = importlib.import_module(o.rapport)
    assert callable(module.document)
    from gesserv_bureau.rapports import formats
    from gesserv_bureau.rapports.types import TYPES

    assert TYPES[o.type_rapport] == o.description_rapport
    assert "pdf" in [f.code for f in formats.formats_pour(o.type_rapport)]
    # son assistant : une classe de l'interface, un Assistant
    from gesserv_bureau.interface.assistants.commun import Assistant
    from gesserv_bureau.interface.assistants.fenetre import classe_assistant

    classe = classe_assistant(o.code)
    assert issubclass(classe, Assistant) and f"{classe.__module__}.{classe.__name__}" == o.assistant
    # sa préparation, s'il en a une : une fonction d'un cas d'utilisation
    if o.preparation:
        module, _, nom = o.preparation.rpartition(".")
        assert module.startswith("gesserv_bureau.cas.") and callable(getattr(importlib.import_module(module), nom))


@pytest.mark.parametrize("o", TOUS, ids=IDS)
def test_chaque_outil_voyage_par_le_fichier_d_echange(o):
    """La lecture propre à l'outil (``lire_echange``, ``completer``) relit ce qu'on écrit."""
    from gesserv_bureau.domaine import echange_evaluations as echange

    ev = Evaluation(o.code, sujet="Sujet", cree_le="2024-05-01T10:00:00+00:00", modifie_le="2024-05-01T10:00:00+00:00")
    paquet = echange.depuis_json(echange.vers_json([ev]))
    (recue,) = paquet.evaluations
    assert recue.evaluation.outil == o.code and recue.evaluation.contenu == ev.contenu
    # un code de réponse qui n'est pas celui de l'outil : refusé, nommé par son outil
    donnees = echange.vers_json([ev])
    donnees["evaluations"][0]["contenu"][o.cle_reponses]["zz"] = copy.deepcopy(
        next(iter(o.contenu_vide()[o.cle_reponses].values())))
    with pytest.raises(echange.EchangeRefuse) as exc:
        echange.depuis_json(donnees)
    assert [(p.code, p.params["outil"]) for p in exc.value.problemes] == [("code_inconnu", o.code)]


def test_un_fichier_d_echange_d_un_outil_inconnu_est_refuse():
    from gesserv_bureau.domaine import echange_evaluations as echange

    donnees = echange.vers_json([Evaluation("1A", sujet="S", cree_le="2024-05-01T10:00:00+00:00",
                                            modifie_le="2024-05-01T10:00:00+00:00")])
    donnees["evaluations"][0]["outil"] = "3Z"
    with pytest.raises(echange.EchangeRefuse) as exc:
        echange.depuis_json(donnees)
    assert [p.code for p in exc.value.problemes] == ["outil_inconnu"]
    with pytest.raises(OutilInconnu):
        echange.completer("3Z", {})


def test_le_registre_et_les_regles_des_outils_se_chargent_sans_qt_ni_couche_du_dessus():
    """Le domaine nomme l'assistant et le rapport par leur chemin : il ne charge ni Qt, ni
    l'interface, ni les rapports, ni les cas d'utilisation."""
    programme = (
        "import sys\n"
        "import gesserv_bureau.domaine.outils, gesserv_bureau.domaine.evaluations\n"
        "import gesserv_bureau.domaine.echange_evaluations\n"
        "hauts = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')\n"
        "               or m.startswith(('gesserv_bureau.interface', 'gesserv_bureau.rapports', 'gesserv_bureau.cas',\n"
        "                                'gesserv_bureau.stockage')))\n"
        "print('HAUTS=' + ','.join(hauts))\n"
    )
    r = subprocess.run([sys.executable, "-c", programme], cwd=RACINE, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "HAUTS=\n" in r.stdout, r.stdout


def test_le_schema_de_la_base_admet_exactement_les_outils_du_registre(base):
    """La contrainte de la table ``evaluation`` (une migration publiée) : un outil ajouté au
    registre sans la migration qui l'admet fait échouer ce test, pas l'enregistrement chez
    l'utilisateur."""
    (sql,) = base.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'evaluation'").fetchone()
    admis = re.search(r"outil\s+TEXT\s+NOT NULL\s+CHECK\s*\(outil IN \(([^)]*)\)\)", sql).group(1)
    assert tuple(c.strip().strip("'") for c in admis.split(",")) == outils.codes()


# --- un code inconnu : une erreur partout, jamais un autre outil ------------------------------
def test_l_assistant_d_un_outil_inconnu_n_est_jamais_celui_d_un_autre(qtbot, base):
    from gesserv_bureau.interface.assistants.fenetre import FenetreEvaluation, classe_assistant

    with pytest.raises(OutilInconnu):
        classe_assistant("3Z")
    ev = Evaluation("2A")
    ev.outil = "3Z"   # un dossier d'un outil à moitié ajouté
    with pytest.raises(OutilInconnu):
        FenetreEvaluation(base, ev, "fr")
    assert classe_assistant("2A").__name__ == "Assistant2A"


def test_le_rapport_d_un_outil_inconnu_est_refuse(base):
    from gesserv_bureau.cas import production_rapports

    with pytest.raises(OutilInconnu):
        production_rapports.module_du_rapport("3Z")
    with pytest.raises(production_rapports.RapportIntrouvable):
        production_rapports.produire(base, "3z")
    assert production_rapports.module_du_rapport("1B").__name__ == "gesserv_bureau.rapports.rapport_1b"


@pytest.mark.parametrize("code", ["3Z", "1C", "1a"])
def test_nouvelle_refuse_un_outil_absent_du_registre_sans_rien_ecrire(base, code):
    from gesserv_bureau.cas import evaluer

    avant = base.conn.execute("SELECT (SELECT COUNT(*) FROM evaluation), (SELECT COUNT(*) FROM journal)").fetchone()
    with pytest.raises(OutilInconnu):
        evaluer.nouvelle(base, code, "2024-2025")
    apres = base.conn.execute("SELECT (SELECT COUNT(*) FROM evaluation), (SELECT COUNT(*) FROM journal)").fetchone()
    assert apres == avant
    assert evaluer.nouvelle(base, "1A", "2024-2025", sujet="Activité").outil == "1A"


def test_la_fenetre_principale_a_une_entree_par_outil_et_refuse_un_outil_inconnu(qtbot, tmp_path):
    from PySide6.QtGui import QAction

    from outils_interface import ouvrir_fenetre

    fenetre = ouvrir_fenetre(qtbot, tmp_path / "f.sqlite", "fr")
    for o in TOUS:
        assert fenetre.findChild(QAction, f"actEvaluation{o.code}") is not None, o.code
    ouvertes = len(fenetre._fenetres_evaluation)
    with pytest.raises(OutilInconnu):
        fenetre.nouvelle_evaluation("3Z")
    assert len(fenetre._fenetres_evaluation) == ouvertes


# --- la conclusion d'un dossier : la règle de son outil, que le stockage appelle -----------------
def _1a(reponses: dict[str, str], decision=None, justification="") -> Evaluation:
    ev = Evaluation("1A", sujet="Activité")
    for code, reponse in reponses.items():
        ev.contenu["reponses"][code]["reponse"] = reponse
    ev.contenu["decision"], ev.contenu["justification"] = decision, justification
    return ev


HUIT_OUI = {f"q{i}": "oui" for i in range(1, 9)}


def test_conclusion_1a_la_determination_du_ministere_sinon_celle_de_l_outil():
    assert regles.conclusion(_1a({})) is None                                 # rien répondu
    assert regles.conclusion(_1a({"q1": "oui", "q2": "oui"})) is None         # pas encore conclu
    assert regles.conclusion(_1a(HUIT_OUI)) == "service"                      # l'outil conclut, pas de décision
    assert regles.conclusion(_1a({"q3": "non"})) == "pas_un_service"          # un « non » suffit
    assert regles.conclusion(_1a(HUIT_OUI, "confirme")) == "service"
    assert regles.conclusion(_1a(HUIT_OUI, "renverse", "Motif.")) == "pas_un_service"
    assert regles.conclusion(_1a({"q3": "non"}, "renverse", "Motif.")) == "service"
    assert regles.conclusion(_1a({"q3": "non"}, "peut-etre")) == "pas_un_service"   # décision illisible : l'outil


def test_conclusion_1b_la_decision_et_2a_la_recommandation():
    ev = Evaluation("1B")
    assert regles.conclusion(ev) is None
    ev.contenu["decision"] = "oui"
    assert regles.conclusion(ev) == "oui"
    ev.contenu["decision"] = "non"
    assert regles.conclusion(ev) == "non"
    examen = Evaluation("2A")
    examen.contenu["decision"] = "oui"   # pas la clé de 2A : rien de conclu
    assert regles.conclusion(examen) is None
    examen.contenu["recommandation"] = "non"
    assert regles.conclusion(examen) == "non"


def test_conclusion_d_un_outil_inconnu_refusee():
    ev = Evaluation("1B")
    ev.contenu["decision"] = "oui"
    ev.outil = "3Z"
    with pytest.raises(OutilInconnu):
        regles.conclusion(ev)


def test_le_stockage_garde_la_conclusion_de_la_regle_de_l_outil(base):
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

    depot = DepotEvaluations(base)

    def gardee(ev) -> str | None:
        depot.enregistrer(ev)
        return base.conn.execute("SELECT conclusion FROM evaluation WHERE pk = ?", [ev.pk]).fetchone()[0]

    activite = _1a({"q3": "non"})
    assert gardee(activite) == "pas_un_service"
    activite.contenu["decision"], activite.contenu["justification"] = "renverse", "Motif."
    assert gardee(activite) == "service" == regles.conclusion(activite)
    ev_1b = Evaluation("1B")
    assert gardee(ev_1b) is None
    ev_1b.contenu["decision"] = "oui"
    assert gardee(ev_1b) == "oui"
    examen = Evaluation("2A")
    examen.contenu["recommandation"] = "non"
    assert gardee(examen) == "non"
