"""Les rapports PDF des outils (1A, 1B, 2A), de la séance d'examen, de la stratégie, de sa mise à
jour annuelle et du plan de travail, produits d'une vraie base sur disque (la démonstration,
puis une évaluation 1B, deux examens 2A tenus en séance, une stratégie complète approuvée et sa
mise à jour) en français, en anglais et bilingues, puis relus comme un lecteur les lirait :
le texte (pdftotext), les pages, les polices, les champs de signature et les métadonnées."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from gesserv_bureau.cas import repertoire
from gesserv_bureau.cas import evaluer, seances_examen
from gesserv_bureau.cas import planification
from gesserv_bureau.domaine import strategie as regles
from gesserv_bureau.rapports import (
    rapport_1a,
    rapport_1b,
    rapport_2a,
    rapport_plan,
    rapport_seance,
    rapport_strategie,
    types,
)
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices

EXERCICE = "2024-2025"
AUJOURD_HUI = dt.date(2026, 1, 15)      # la date qui décide des mesures en retard
LANGUES = ("fr", "en", "bilingue")
MINISTERE = "Ministère des Services à la population"

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdffonts")),
                                reason="poppler-utils (pdftotext, pdffonts) absent")


# --- une base réaliste ----------------------------------------------------------------------
def _evaluation_1b(base, pk: int):
    from gesserv_bureau.cas import reglages_1b

    reglages_1b.definir(base, {"volume": "2"})   # la pondération du ministère (facultative) : le volume compte double
    ev = evaluer.nouvelle(base, "1B", EXERCICE, service_pk=pk)
    c = ev.contenu
    cotes = {
        "mandat": ("eleve", "Loi sur le ministère de l'Emploi et du Développement social, art. 6",
                   "Le NAS est au cœur du mandat : « sans NAS, pas de prestations »."),
        "priorite_gouvernement": ("moyen", "Budget fédéral 2024, chapitre 4",
                                  "Cité comme priorité de modernisation, sans engagement précis."),
        "volume": ("eleve", "1 032 000 demandes en 2024-2025",
                   "Un des plus forts volumes du ministère; hausse de 8 % sur un an."),
        "critique": ("eleve", "Plan de continuité des activités, annexe B",
                     "Désigné critique à la mission; interruption tolérable de 24 heures."),
        "importance": ("moyen", "", "Aucun permis ni honoraire, mais nécessaire pour travailler au Canada."),
        "authentification": ("eleve", "Norme sur l'assurance de l'identité et des justificatifs",
                             "Preuve d'identité primaire exigée à chaque demande."),
    }
    for code, (cote, exemple, analyse) in cotes.items():
        c["considerations"][code] = {"cote": cote, "exemple": exemple, "analyse": analyse}
    c["decision"] = "oui"
    c["justification"] = "Service à fort volume, critique à la mission et essentiel au bien-être des particuliers."
    evaluer.enregistrer(base, ev)
    evaluer.terminer(base, ev)
    evaluer.approuver(base, ev, "Hélène Bélanger, directrice générale")
    return ev


def _reponses(ev, reponses: dict[str, tuple[str, str]]) -> None:
    for code, (reponse, initiatives) in reponses.items():
        ev.contenu["reponses"][code] = {"reponse": reponse, "initiatives": initiatives}


def _seance(base, pks: dict[str, int]):
    seance = seances_examen.nouvelle(base, "Examen des services prioritaires — printemps", "2025-03-12", EXERCICE)
    seance.participants = [{"nom": "Élise Côté", "domaine": "prestation"}, {"nom": "Marc-André Roy", "domaine": "ti"},
                           {"nom": "Nadia Ouellet", "domaine": "politique"}]
    seance.services = [pks["GCC-014"], pks["AAC-001"], pks["EDSC-102"]]
    seances_examen.enregistrer(base, seance)

    deglacage = seances_examen.examen_du_service(base, seance, pks["GCC-014"])
    _reponses(deglacage, {
        "q1": ("oui", "Demande d'escorte de déglaçage en ligne, suivie en temps réel."),
        "q2": ("non", ""),
        "q3": ("oui", "Avis de glace publiés en temps réel sur Canada.ca."),
        "q4": ("oui", "Regrouper les centres de coordination régionaux."),
        "q4a": ("oui", "Un formulaire unique pour toutes les régions."),
        "q4b": ("non", ""),
    })
    deglacage.contenu["initiatives"] = [{
        "nom": "Demande d'escorte en ligne", "description": "Formulaire en ligne et suivi de la demande d'escorte.",
        "avantages": "Moins d'appels, délais connus des capitaines.", "couts": "450 000 $ sur deux ans.",
        "risques": "Connectivité limitée dans l'Arctique.", "collaboration": "Transports Canada, associations de armateurs.",
    }]
    deglacage.contenu["recommandation"] = "oui"
    deglacage.contenu["justification"] = "Gains d'efficacité nets et attente « forte » des clients commerciaux."
    evaluer.enregistrer(base, deglacage)
    evaluer.terminer(base, deglacage)

    agri = seances_examen.examen_du_service(base, seance, pks["AAC-001"])
    _reponses(agri, {"q1": ("non", ""), "q2": ("non", ""), "q3": ("oui", "Tableau de bord « Mon dossier Agri »."),
                     "q4": ("non", ""), "q4a": ("non", ""), "q4b": ("non", "")})
    agri.contenu["initiatives"] = [{
        "nom": "Portail « Mon dossier Agri »", "description": "Un tableau de bord des paiements pour les producteurs.",
        "avantages": "Transparence des paiements.", "couts": "À établir.", "risques": "Dépend des provinces.",
        "collaboration": "Provinces et territoires.",
    }]
    agri.contenu["recommandation"] = "non"
    agri.contenu["justification"] = "Le portail fédéral-provincial prévu en 2026 répondra au besoin."
    evaluer.enregistrer(base, agri)
    evaluer.terminer(base, agri)
    return seance, [deglacage, agri]


def _strategie(base, pks: dict[str, int]):
    st = planification.nouvelle(base, "Stratégie de gestion des services 2025-2028", "2025-2026")
    textes = {
        "sommaire": {"but": "Améliorer l'expérience des clients de nos services prioritaires.",
                     "echeance": "2025-2028", "gouvernance": "Comité exécutif des services, présidé par la SMA."},
        "contexte": {"operationnel": "Un ministère à vocation économique; quatre services prioritaires.",
                     "mandat": "Soutenir les producteurs, la navigation et les travailleurs.",
                     "liens": "Plan ministériel 2025-2026; Stratégie numérique du GC."},
        "vision": {"enonce": "Des services simples, en ligne et fiables."},
        "rendement": {"plan_mesure": "Indicateurs trimestriels publiés au tableau de bord.",
                      "evaluation": "Évaluation à mi-parcours en 2027."},
    }
    for type_, valeurs in textes.items():
        st.section_de_type(type_)["textes"].update(valeurs)
    st.services = [pks["AAC-001"], pks["GCC-014"]]
    libre = regles.ajouter_section(st, "Consultation des clients", apres=2)
    libre["textes"]["texte"] = "Trois groupes de discussion avec des capitaines et des producteurs."
    st.ffpm = {"forces": ["Personnel expérimenté", "Normes de service publiées"],
               "faiblesses": ["Systèmes vieillissants"], "possibilites": ["Identifiant numérique fédéral"],
               "menaces": ["Compressions budgétaires"]}
    en_ligne = regles.objectif("Offrir en ligne de bout en bout les services prioritaires")
    normes = regles.objectif("Respecter les normes de service publiées")
    st.objectifs = [en_ligne, normes]
    planification.enregistrer(base, st)
    assert planification.reprendre_initiatives_2a(base, st) == 2
    for i in st.initiatives:
        i["objectifs"] = [en_ligne["id"]]
        i["cibles"] = "80 % des demandes en ligne"
    st.initiatives.append(regles.initiative(
        "Normes de service", description="Établir et publier les normes des services prioritaires.",
        services=[pks["AAC-001"], pks["GCC-014"]], justification="Exigence de la Politique sur les services.",
        cibles="100 % des services prioritaires", echeances="Mars 2026", indicateurs="Normes respectées",
        couts="Dans les budgets existants", objectifs=[normes["id"]]))
    escorte, portail, normes_i = st.initiatives
    st.risques = [regles.risque("Retard du projet TI", probabilite="moyen", impact="eleve",
                                attenuation="Suivi mensuel avec le DPI."),
                  regles.risque("Adoption lente par les clients", probabilite="faible", impact="moyen",
                                attenuation="Campagne de sensibilisation « En ligne d'abord ».")]
    st.mesures = [
        regles.mesure(normes_i["id"], "Élaborer un plan", secteur="Division X1", date_prevue="2025-07-15", etat="termine"),
        regles.mesure(normes_i["id"], "Consulter les clients", secteur="Division X1", date_prevue="2025-09-30",
                      etat="delais"),
        regles.mesure(normes_i["id"], "Publier les normes dans Canada.ca", secteur="Division X2",
                      date_prevue="2026-06-30", etat="risque"),
        regles.mesure(escorte["id"], "Concevoir le formulaire d'escorte", secteur="Division Y1",
                      date_prevue="2026-03-31", etat="a_temps"),
        regles.mesure(portail["id"], "Étude de faisabilité du portail", secteur="Division Z1",
                      date_prevue="2025-12-01", etat="retire"),
    ]
    planification.enregistrer(base, st)
    planification.approuver(base, st, "Comité exécutif des services")
    approuvee = planification.charger(base, st.pk)

    maj = planification.mise_a_jour_annuelle(base, approuvee, "2026-2027")
    maj.section_de_type("vision")["textes"]["enonce"] = "Des services numériques d'abord, pour tous."
    maj.risques.append(regles.risque("Pénurie de main-d'œuvre TI", probabilite="eleve", impact="eleve",
                                     attenuation="Bassin de candidats partagé avec SPC."))
    maj.mesures[1]["etat"] = "termine"
    planification.enregistrer(base, maj)
    return approuvee, planification.charger(base, maj.pk)


@pytest.fixture(scope="module")
def donnees(tmp_path_factory):
    base = ouvrir(tmp_path_factory.mktemp("rapports") / "r.sqlite")
    assert repertoire.charger_demo(base) == 10
    services = DepotServices(base).services(EXERCICE)
    pks = {s.service_id: s.pk for s in services}
    evaluations_1a = sorted(evaluer.toutes(base, "1A"), key=lambda e: e.pk)
    ev_1b = _evaluation_1b(base, pks["EDSC-102"])
    seance, _examens = _seance(base, pks)
    strategie, maj = _strategie(base, pks)
    d = SimpleNamespace(
        base=base, services=services, pks=pks,
        deglacage_1a=next(e for e in evaluations_1a if e.sujet == "Programme de déglaçage"),
        site_web_1a=next(e for e in evaluations_1a if e.sujet.startswith("Site Web")),
        ev_1b=evaluer.charger(base, ev_1b.pk),
        seance=seances_examen.charger(base, seance.pk),
        examens=seances_examen.examens(base, seances_examen.charger(base, seance.pk)),
        strategie=strategie, maj=maj, reference=planification.reference(base, maj),
    )
    assert [e.sujet for e in d.examens] == ["Programme de déglaçage", "Agri-stabilité"]
    assert planification.changements(base, maj) == {"A": False, "B": True, "C": False, "D": False, "E": True,
                                                     "F": False, "G": True}
    yield d
    base.fermer()


def _par_pk(d, pk):
    return next(s for s in d.services if s.pk == pk)


def _produire(d, code: str, langue: str) -> bytes:
    commun = {"ministere": MINISTERE, "auteur": "Bureau de la gestion des services", "empreinte": "3f9a2c41"}
    if code == "1a":
        return rapport_1a.rapport(d.deglacage_1a, langue, **commun)
    if code == "1a_non":
        return rapport_1a.rapport(d.site_web_1a, langue, **commun)
    if code == "1b":
        return rapport_1b.rapport(d.ev_1b, langue, service=_par_pk(d, d.ev_1b.service_pk), **commun)
    if code == "2a":
        ev = d.examens[0]
        return rapport_2a.rapport(ev, langue, service=_par_pk(d, ev.service_pk), seance=d.seance.titre, **commun)
    if code == "seance":
        return rapport_seance.rapport(d.seance, d.examens, langue, services=d.services, **commun)
    if code == "strategie":
        return rapport_strategie.rapport(d.strategie, langue, services=d.services, aujourd_hui=AUJOURD_HUI, **commun)
    if code == "mise_a_jour":
        return rapport_strategie.rapport(d.maj, langue, services=d.services, reference=d.reference,
                                         aujourd_hui=AUJOURD_HUI, **commun)
    if code == "plan":
        return rapport_plan.rapport(d.strategie, langue, aujourd_hui=AUJOURD_HUI, **commun)
    raise KeyError(code)


CODES = ("1a", "1a_non", "1b", "2a", "seance", "strategie", "mise_a_jour", "plan")


@pytest.fixture(scope="module")
def pdfs(donnees, tmp_path_factory):
    """Chaque rapport dans chaque langue, écrit sur disque (pdftotext et pdffonts les relisent)."""
    dossier = tmp_path_factory.mktemp("pdf")
    resultat = {}
    for code in CODES:
        for langue in LANGUES:
            chemin = dossier / f"{code}_{langue}.pdf"
            chemin.write_bytes(_produire(donnees, code, langue))
            resultat[code, langue] = chemin
    return resultat


def pages_texte(chemin: Path) -> list[str]:
    """Le texte de chaque page, tel que pdftotext le lit, les blancs (insécables compris) réduits."""
    brut = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(chemin), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    pages = brut.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [re.sub(r"\s+", " ", page.replace("\u00a0", " ").replace("\u202f", " ")) for page in pages]


def texte(chemin: Path) -> str:
    return " ".join(pages_texte(chemin))


def verifier_polices(chemin: Path) -> None:
    """pdffonts : toutes les polices sont des DejaVu Sans intégrées (emb = yes), aucune Helvetica."""
    sortie = subprocess.run(["pdffonts", str(chemin)], check=True, capture_output=True, text=True).stdout
    polices = sortie.strip().splitlines()[2:]
    assert polices, sortie
    for ligne in polices:
        colonnes = ligne.split()
        assert "DejaVuSans" in colonnes[0], ligne
        assert colonnes[-5] == "yes", ligne        # emb
    assert "Helvetica" not in sortie


# --- ce que tout rapport garantit ------------------------------------------------------------
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("langue", LANGUES)
def test_pages_numerotees_polices_integrees_signatures_et_metadonnees(pdfs, code, langue):
    chemin = pdfs[code, langue]
    lecteur = PdfReader(io.BytesIO(chemin.read_bytes()))
    n = len(lecteur.pages)
    pages = pages_texte(chemin)
    assert len(pages) == n
    for i, page in enumerate(pages, start=1):
        if langue in ("fr", "bilingue"):
            assert f"Page {i} de {n}" in page, (code, langue, i)
        if langue in ("en", "bilingue"):
            assert f"Page {i} of {n}" in page, (code, langue, i)
        if langue == "fr":
            assert " of " not in page.split("Page")[-1]
    verifier_polices(chemin)
    # les deux champs de signature vides
    champs = lecteur.get_fields()
    assert {"signature_1", "signature_2"} <= set(champs), champs
    assert all(champs[nom].get("/V") is None for nom in ("signature_1", "signature_2"))
    assert lecteur.trailer["/Root"]["/AcroForm"]["/Fields"]
    # métadonnées : titre et langue
    meta = lecteur.metadata
    assert meta.title and meta.subject
    assert meta.author == "Bureau de la gestion des services"
    assert lecteur.trailer["/Root"]["/Lang"] == ("en-CA" if langue == "en" else "fr-CA")
    # le bloc d'approbation termine le rapport
    tout = " ".join(pages)
    assert ("Approbation" in tout) if langue != "en" else ("Approval" in tout)
    assert ("Approuvé par" if langue != "en" else "Approved by") in pages[-1]


def test_titres_des_metadonnees(pdfs):
    titres = {code: PdfReader(str(pdfs[code, "fr"])).metadata.title.replace("\u00a0", " ") for code in CODES}
    assert titres["1a"] == "Outil servant à déterminer si une activité constitue un service : Programme de déglaçage"
    assert titres["1b"] == "Outil de détermination des services prioritaires : Numéro d'assurance sociale"
    assert titres["2a"] == "Outil d'examen des services prioritaires : Programme de déglaçage"
    assert titres["seance"] == "Procès-verbal de la séance d'examen : Examen des services prioritaires — printemps"
    assert titres["strategie"] == "Stratégie de gestion des services 2025-2028"
    assert titres["mise_a_jour"] == "Mise à jour annuelle : Stratégie de gestion des services 2025-2028"
    assert titres["plan"].startswith("Plan de travail intégré sur l'amélioration des services")
    assert PdfReader(str(pdfs["1b", "en"])).metadata.title == "Priority service determination tool: Social Insurance Number"
    assert PdfReader(str(pdfs["1a", "bilingue"])).metadata.title.endswith(
        "Tool to determine whether an activity is a service: Programme de déglaçage")


# --- 1A ---------------------------------------------------------------------------------------
def test_rapport_1a_questions_analyses_et_conclusion(pdfs):
    fr = texte(pdfs["1a", "fr"])
    assert "Programme de déglaçage" in fr and "Garde côtière canadienne" in fr
    assert "1. Le résultat de l'activité est-il l'extrant final destiné au bénéficiaire (client)?" in fr
    assert ("Le Programme de déglaçage continuerait d'exister et demeurerait inchangé si un autre service "
            "disparaissait.") in fr
    assert fr.count("Oui") >= 8
    assert "Conclusion de l'outil : Il s'agit d'un service." in fr
    assert "Le ministère confirme cette conclusion." in fr
    assert "Détermination finale du ministère : Il s'agit d'un service." in fr
    en = texte(pdfs["1a", "en"])
    assert "1. Is the result of the activity the final output intended for the recipient (client)?" in en
    assert "Tool's conclusion: This is a service." in en and "Yes" in en
    assert "déglaçage" in en          # l'analyse reste telle qu'écrite
    bi = texte(pdfs["1a", "bilingue"])
    assert "Conclusion de l'outil : Il s'agit d'un service. Tool's conclusion: This is a service." in bi
    assert "Oui / Yes" in bi


def test_rapport_1a_un_non_suffit(pdfs):
    fr = texte(pdfs["1a_non", "fr"])
    assert "Il s'agit, par conséquent, d'un extrant intermédiaire plutôt que d'un extrant final pour le client." in fr
    assert "Conclusion de l'outil : Il ne s'agit pas d'un service." in fr
    assert "Questions non posées (2, 3, 4, 5, 6, 7, 8) : un « non » suffit" in fr
    assert "2. L'extrant final est-il produit à répétition?" not in fr
    assert "This is not a service." in texte(pdfs["1a_non", "en"])


# --- 1B ---------------------------------------------------------------------------------------
def test_rapport_1b_cotes_ponderation_du_ministere_et_decision(pdfs):
    fr = texte(pdfs["1b", "fr"])
    for mot in ("Mandat", "Priorité du gouvernement", "Volume", "Critique ou essentiel à la mission", "Authentification"):
        assert mot in fr
    assert "Autres critères" not in fr          # facultatif, non retenu
    assert "Existe-t-il un renvoi clair au service dans la loi habilitante" in fr
    assert "Élevé" in fr and "Moyen" in fr
    assert "Le NAS est au cœur du mandat : « sans NAS, pas de prestations »." in fr
    assert "1 032 000 demandes en 2024-2025" in fr
    # la pondération du ministère, sous son nom, jamais « note globale » (l'annexe n'a pas de note)
    assert re.search(r"Pondération du ministère, version 1 du \d{1,2}(er)? \w+ \d{4}", fr)
    assert "Résultat selon la pondération du ministère : Élevé (moyenne pondérée 2,71 sur 3)" in fr
    assert "Note globale" not in fr
    assert "Est-ce qu'il s'agit d'un service prioritaire pour le ministère? Oui" in fr
    assert "Service à fort volume, critique à la mission et essentiel au bien-être des particuliers." in fr
    assert "EDSC-102" in fr and "Hélène Bélanger, directrice générale" in fr
    en = texte(pdfs["1b", "en"])
    assert "Result under the department's weighting: High (weighted average 2.71 out of 3)" in en
    assert "Overall rating" not in en
    assert "Is this a priority service for the department? Yes" in en
    assert "Social Insurance Number" in en
    bi = texte(pdfs["1b", "bilingue"])
    assert "Élevé / High" in bi and "Oui / Yes" in bi


# --- 2A ---------------------------------------------------------------------------------------
def test_rapport_2a_questions_initiatives_et_recommandation(pdfs):
    fr = texte(pdfs["2a", "fr"])
    assert "1. D'autres travaux sont-ils nécessaires pour offrir ce service en ligne entièrement, de bout en bout?" in fr
    assert "Demande d'escorte de déglaçage en ligne, suivie en temps réel." in fr
    assert "b) Est-il possible d'harmoniser ou d'intégrer ce service" in fr
    assert "Initiative 1 : Demande d'escorte en ligne" in fr
    assert "6. Quels sont les avantages généraux de la poursuite de ces initiatives?" in fr
    assert "Moins d'appels, délais connus des capitaines." in fr and "450 000 $ sur deux ans." in fr
    assert "Connectivité limitée dans l'Arctique." in fr
    assert "10. Devrait-on recommander le remaniement ou l'optimisation de ce service prioritaire?" in fr
    assert "Oui — remaniement ou optimisation recommandé" in fr
    assert "Gains d'efficacité nets et attente « forte » des clients commerciaux." in fr
    assert "Examen des services prioritaires — printemps" in fr and "GCC-014" in fr
    en = texte(pdfs["2a", "en"])
    assert "Icebreaking Program" in en and "Yes — redesign or optimization recommended" in en
    assert "10. Should the redesign or optimization of this priority service be recommended?" in en


# --- la séance --------------------------------------------------------------------------------
def test_proces_verbal_de_la_seance(pdfs):
    fr = texte(pdfs["seance", "fr"])
    assert "2025-03-12" in fr and "2024-2025" in fr
    for nom, domaine in (("Élise Côté", "Prestation de service"), ("Marc-André Roy", "Technologie de l'information"),
                         ("Nadia Ouellet", "Politique")):
        assert f"{nom} {domaine}" in fr
    # l'ordre du jour, dans l'ordre de la séance, et l'état de chaque examen
    assert fr.index("1 Programme de déglaçage") < fr.index("2 Agri-stabilité") < fr.index("3 Numéro d'assurance sociale")
    assert "Terminée — recommandé" in fr and "Terminée — non recommandé" in fr and "non examiné" in fr
    # chaque service : ses réponses, ses initiatives, la décision
    assert "1. Programme de déglaçage" in fr and "2. Agri-stabilité" in fr
    assert "Avis de glace publiés en temps réel sur Canada.ca." in fr
    assert "Tableau de bord « Mon dossier Agri »." in fr
    assert "Initiative 1 : Portail « Mon dossier Agri »" in fr
    assert "Le portail fédéral-provincial prévu en 2026 répondra au besoin." in fr
    assert "Non — remaniement ou optimisation non recommandé" in fr
    assert "Ce service n'a pas été examiné pendant la séance." in fr
    assert "Sommaire des décisions et des initiatives" in fr
    assert "Services examinés : 2 sur 3; remaniement ou optimisation recommandé : 1; initiatives proposées : 2." in fr
    approbation = " ".join(pages_texte(pdfs["seance", "fr"])[-2:])
    assert "Président(e) du groupe de travail" in approbation and "Approuvé par" in approbation
    en = texte(pdfs["seance", "en"])
    assert "Minutes of the review session" in en and "Service delivery" in en and "Chair of the working group" in en


# --- la stratégie ----------------------------------------------------------------------------
def _table_des_matieres(page: str, titres: list[str]) -> dict[str, int]:
    # les points de conduite de la table des matières (et le U+2060 qui tient le numéro) retirés
    page = re.sub(r"\s+", " ", re.sub(r"(?: ?\.){3,}", " ", page.replace("\u2060", "")))
    trouve = {}
    for titre in titres:
        m = re.search(re.escape(titre) + r"(?: — \w+)? (\d+)", page)   # « B. … — modifié 3 »
        assert m, (titre, page)
        trouve[titre] = int(m.group(1))
    return trouve


def test_strategie_table_des_matieres_et_pages_justes(pdfs):
    pages = pages_texte(pdfs["strategie", "fr"])
    titres = ["1. Sommaire", "2. Contexte ministériel", "3. Vision ministérielle des services", "4. Consultation des clients",
              "5. Analyse FFPM ministérielle", "6. Objectifs et initiatives d'amélioration des services",
              "7. Cadre de rendement", "8. Gestion des risques",
              "Annexe : Plan de travail intégré sur l'amélioration des services"]
    toc = _table_des_matieres(pages[0], titres)
    assert list(toc.values()) == sorted(toc.values()) and toc["1. Sommaire"] == 2
    for titre, numero in toc.items():
        assert titre in pages[numero - 1], (titre, numero)
        assert all(titre not in page for page in pages[1:numero - 1]), titre
    en = pages_texte(pdfs["strategie", "en"])
    toc_en = _table_des_matieres(en[0], ["1. Summary", "5. Departmental SWOT analysis",
                                         "Appendix: Integrated service improvement workplan"])
    assert "Appendix: Integrated service improvement workplan" in en[toc_en["Appendix: Integrated service improvement workplan"] - 1]


def test_strategie_contenu(pdfs):
    fr = texte(pdfs["strategie", "fr"])
    assert "Approuvée le" in fr and "Comité exécutif des services" in fr
    assert "Améliorer l'expérience des clients de nos services prioritaires." in fr
    assert "Services touchés par la Stratégie de gestion des services" in fr
    assert "AAC-001 — Agri-stabilité" in fr and "GCC-014 — Programme de déglaçage" in fr
    assert "Trois groupes de discussion avec des capitaines et des producteurs." in fr
    # la grille FFPM
    for mot in ("Forces", "Faiblesses", "Possibilités", "Menaces", "Personnel expérimenté", "Systèmes vieillissants",
                "Identifiant numérique fédéral", "Compressions budgétaires"):
        assert mot in fr, mot
    # objectifs et initiatives, dont celles reprises des examens 2A
    assert "1. Offrir en ligne de bout en bout les services prioritaires" in fr
    assert "Demande d'escorte en ligne" in fr and "Examen 2A du service « Programme de déglaçage »" in fr
    assert "Établir et publier les normes des services prioritaires." in fr
    # risques
    assert "Retard du projet TI Moyen Élevé Suivi mensuel avec le DPI." in fr
    assert "Campagne de sensibilisation « En ligne d'abord »." in fr
    # le plan de travail en annexe, avec la légende
    for mot in ("Terminé", "À temps", "Risque de délais", "Délais", "Retiré"):
        assert mot in fr
    assert "Vert : Terminé · Bleu : À temps · Jaune : Risque de délais · Rouge : Délais · Gris : Retiré" in fr
    assert "2025-09-30 ⚠ en retard" in fr
    dernier = pages_texte(pdfs["strategie", "fr"])[-1]
    assert "Responsable de la stratégie" in dernier and "Comité exécutif des services" in dernier
    en = texte(pdfs["strategie", "en"])
    assert "Strengths" in en and "Weaknesses" in en and "Opportunities" in en and "Threats" in en
    assert "Green: Completed · Blue: On time · Yellow: At risk of delay · Red: Delayed · Grey: Withdrawn" in en


def test_mise_a_jour_annuelle(pdfs):
    pages = pages_texte(pdfs["mise_a_jour", "fr"])
    fr = " ".join(pages)
    assert "La mise à jour annuelle devrait exprimer clairement ce qui a changé" in fr
    toc = _table_des_matieres(pages[0], ["1. Aperçu de la Stratégie de gestion des services actuelle du ministère",
                                         "2. Ce qui a changé dans la stratégie (éléments A à G)",
                                         "B. Vision des services", "G. Plan d'évaluation et d'atténuation du risque",
                                         "3. Plan de travail intégré à jour sur l'amélioration des services (annexe)"])
    for titre, numero in toc.items():
        assert titre in pages[numero - 1]
    # l'aperçu de la stratégie approuvée
    assert "Date d'approbation" in fr and "Comité exécutif des services" in fr
    # A à G : modifié ou inchangé, avec le contenu à jour
    assert "A. Contexte ministériel — inchangé" in fr
    assert "B. Vision des services — modifié" in fr and "Des services numériques d'abord, pour tous." in fr
    assert "C. Analyse FFPM — inchangé" in fr and "D. Objectifs — inchangé" in fr
    assert ("E. Une liste à jour des initiatives ou des engagements liés à l'amélioration des services — modifié"
            in fr)
    assert "F. Surveillance du rendement, établissement de rapports et correction — inchangé" in fr
    assert "G. Plan d'évaluation et d'atténuation du risque — modifié" in fr and "Pénurie de main-d'œuvre TI" in fr
    assert fr.count("— modifié") == 6   # trois titres, et leurs entrées de la table des matières
    # le plan de travail à jour
    assert "Mesures : 5 — Terminé : 2" in fr
    assert "Vert : Terminé · Bleu : À temps" in fr
    en = texte(pdfs["mise_a_jour", "en"])
    assert "B. Service vision — changed" in en and "A. Departmental context — unchanged" in en


# --- le plan de travail seul ------------------------------------------------------------------
def test_plan_de_travail_en_paysage_avec_etats_et_legende(pdfs):
    lecteur = PdfReader(str(pdfs["plan", "fr"]))
    boite = lecteur.pages[0].mediabox
    assert boite.width > boite.height        # paysage
    fr = texte(pdfs["plan", "fr"])
    assert "Nom de l'initiative Objectifs Mesures Secteur responsable de l'initiative Date d'achèvement prévue État" in fr
    for mesure, etat in (("Élaborer un plan", "Terminé"), ("Consulter les clients", "Délais"),
                         ("Publier les normes dans Canada.ca", "Risque de délais"),
                         ("Concevoir le formulaire d'escorte", "À temps"), ("Étude de faisabilité du portail", "Retiré")):
        assert re.search(re.escape(mesure) + r" Division \w\d \d{4}-\d\d-\d\d( ⚠ en retard)? " + re.escape(etat), fr), mesure
    # la mesure en retard le dit en mots; la retirée, passée elle aussi, non
    assert "2025-09-30 ⚠ en retard Délais" in fr
    assert "2025-12-01 Retiré" in fr and fr.count("en retard") == 1
    assert "Mesures : 5 — Terminé : 1 · À temps : 1 · Risque de délais : 1 · Délais : 1 · Retiré : 1. En retard : 1." in fr
    assert "Légende : Vert : Terminé · Bleu : À temps · Jaune : Risque de délais · Rouge : Délais · Gris : Retiré" in fr
    assert "Demande d'escorte en ligne (examen 2A : Programme de déglaçage)" in fr
    en = texte(pdfs["plan", "en"])
    assert "2025-09-30 ⚠ overdue Delayed" in en and "At risk of delay" in en
    assert "Legend: Green: Completed · Blue: On time · Yellow: At risk of delay · Red: Delayed · Grey: Withdrawn" in en
    bi = texte(pdfs["plan", "bilingue"])
    assert "Risque de délais / At risk of delay" in bi
    assert "Vert : Terminé" in bi and "Green: Completed" in bi


def test_couleur_de_chaque_etat_dans_le_plan(donnees):
    """Chaque cellule d'état porte la couleur de la légende (fond et encre), en plus du mot : la
    table reportlab de l'annexe de la stratégie (le plan seul, passé au modèle de document :
    ``test_rapports_modele.test_le_plan_en_paysage_et_ses_etats_sur_leur_couleur``)."""
    from gesserv_bureau.referentiel.strategie import COULEURS_ETATS

    table = rapport_plan.table_plan(donnees.strategie, "fr", 600, AUJOURD_HUI)
    fonds = {(cmd[1], cmd[3].hexval()) for cmd in table._bkgrndcmds if cmd[0] == "BACKGROUND" and cmd[1][0] == 5}
    attendus = {COULEURS_ETATS[m["etat"]][3].lower().replace("#", "0x") for m in donnees.strategie.mesures}
    assert {couleur for _cellule, couleur in fonds} == attendus


# --- le registre des types de rapports -----------------------------------------------------------
def test_registre_des_types():
    assert set(types.TYPES) == {"inventaire", "normes", "1a", "1b", "2a", "seance", "strategie", "mise_a_jour", "plan"}
    for code, (fr, en) in types.TYPES.items():
        assert fr and en and fr != en, code
    assert types.description("plan", "en") == types.TYPES["plan"][1]
    assert types.description("plan", "fr") == types.TYPES["plan"][0]


# --- des dossiers à peine commencés ----------------------------------------------------------------
@pytest.mark.parametrize("langue", LANGUES)
def test_dossiers_vides_ou_brouillons(langue, tmp_path):
    """Un brouillon vide se rapporte aussi : « non rempli », « pas encore de conclusion », sans erreur."""
    from gesserv_bureau.domaine.evaluations import Evaluation
    from gesserv_bureau.domaine.strategie import Strategie
    from gesserv_bureau.domaine.evaluations import Seance

    vide = Strategie(titre="Stratégie à écrire", exercice="2025-2026", auteur="Ève")
    maj = Strategie(titre="Stratégie à écrire", type="mise_a_jour", exercice="2026-2027")
    produits = {
        "1a": rapport_1a.rapport(Evaluation("1A", sujet="Activité à évaluer"), langue),
        "1b": rapport_1b.rapport(Evaluation("1B"), langue),
        "2a": rapport_2a.rapport(Evaluation("2A"), langue),
        "seance": rapport_seance.rapport(Seance(titre="Séance à venir"), [], langue),
        "strategie": rapport_strategie.rapport(vide, langue),
        "mise_a_jour": rapport_strategie.rapport(maj, langue),      # la stratégie approuvée introuvable
        "plan": rapport_plan.rapport(vide, langue),
    }
    attendus = {
        "1a": ("Pas encore de conclusion", "No conclusion yet"),
        "1b": ("Pas encore de décision.", "No decision yet."),
        "2a": ("Pas encore de recommandation.", "No recommendation yet."),
        "seance": ("Aucun participant inscrit.", "No participant recorded."),
        "strategie": ("Brouillon : cette version n'est pas approuvée.", "Draft: this version is not approved."),
        "mise_a_jour": ("est introuvable dans la base", "cannot be found in the database"),
        "plan": ("Aucune initiative ni mesure.", "No initiative or action."),
    }
    for code, pdf in produits.items():
        chemin = tmp_path / f"{code}.pdf"
        chemin.write_bytes(pdf)
        contenu = texte(chemin)
        fr, en = attendus[code]
        assert (en if langue == "en" else fr) in contenu, code
        if langue != "en":
            assert "(non rempli)" in contenu or code in ("seance", "plan", "mise_a_jour"), code
        assert "Page 1 " in contenu
        verifier_polices(chemin)


def test_les_rapports_se_chargent_sans_qt():
    """``rapports/`` n'importe pas Qt : la ligne de commande produit les PDF sans interface."""
    import sys

    modules = [f"gesserv_bureau.rapports.{m}" for m in ("rapport_1a", "rapport_1b", "rapport_2a", "rapport_seance",
                                                        "rapport_strategie", "rapport_plan", "types")]
    programme = (f"import importlib, sys\nfor m in {modules!r}:\n    importlib.import_module(m)\n"
                 "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    resultat = subprocess.run([sys.executable, "-c", programme], check=False, cwd=Path(__file__).resolve().parent.parent,
                              capture_output=True, text=True, timeout=120)
    assert resultat.returncode == 0, resultat.stderr
    assert resultat.stdout.strip() == "[]"


# --- la stratégie au modèle de document : PDF/UA, Word, PowerPoint (issue 14) ------------------
@pytest.mark.parametrize("code", ["strategie", "mise_a_jour"])
@pytest.mark.parametrize("langue", LANGUES)
def test_strategie_pdf_balise_annexe_a_l_italienne(pdfs, code, langue):
    import pikepdf

    from controle_pdfua import constat, structure

    pdf = pdfs[code, langue].read_bytes()
    assert constat(pdf) == []
    s = structure(pdf)
    assert s.types.get("TOC") and s.types.get("TOCI", 0) >= 4
    assert s.figures and all("FFPM" in alt or "SWOT" in alt for alt in s.figures)
    if langue == "bilingue":
        assert "en-CA" in s.langues
    with pikepdf.open(io.BytesIO(pdf)) as p:
        formats = [tuple(round(float(v)) for v in page.mediabox[2:]) for page in p.pages]
    assert formats[0] == (612, 792) and formats[-1] == (792, 612)   # l'annexe (le plan) à l'italienne
    pages = pages_texte(pdfs[code, langue])
    assert "…" not in " ".join(pages)
    assert ("Approuvé par" if langue != "en" else "Approved by") in pages[-1]


def test_strategie_grille_ffpm_dite_en_entier_au_lecteur_d_ecran(pdfs, donnees):
    from controle_pdfua import structure

    (alt,) = structure(pdfs["strategie", "fr"].read_bytes()).figures
    for code in ("forces", "faiblesses", "possibilites", "menaces"):
        for element in donnees.strategie.ffpm.get(code, []):
            if element.strip():
                assert element.strip() in alt


def test_strategie_word_et_presentation_powerpoint(donnees):
    import docx
    import pptx

    from gesserv_bureau.rapports import rendu_docx, rendu_pptx

    commun = {"ministere": MINISTERE, "auteur": "Bureau de la gestion des services", "empreinte": "3f9a2c41"}
    doc = rapport_strategie.document(donnees.strategie, "fr", services=donnees.services, aujourd_hui=AUJOURD_HUI, **commun)
    word = docx.Document(io.BytesIO(rendu_docx.rendre(doc)))
    titres = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert titres[0] == "Table des matières" and titres[1].startswith("1. ") and "Approbation" in titres
    assert any(s.orientation == 1 for s in word.sections)       # l'annexe à l'italienne
    deck = rapport_strategie.presentation(donnees.strategie, "bilingue", services=donnees.services,
                                          aujourd_hui=AUJOURD_HUI, **commun)
    pres = pptx.Presentation(io.BytesIO(rendu_pptx.rendre(deck)))
    diapos = [s.shapes.title.text_frame.text for s in pres.slides]
    assert diapos[0].startswith(donnees.strategie.titre)
    attendus = ["Vision", "FFPM", "Objectifs / Objectives", "Initiatives d'amélioration des services",
                "Plan de travail intégré", "Approbation / Approval"]
    for mot in attendus:
        assert any(mot in d for d in diapos), (mot, diapos)
    assert len(diapos) <= 14                                    # une présentation courte, pas le document entier
    noms = [i["nom"] for i in donnees.strategie.initiatives if i.get("nom")]
    texte = " ".join(p.text for s in pres.slides for f in s.shapes if f.has_text_frame for p in f.text_frame.paragraphs)
    texte = texte.replace("\u00a0", " ")
    assert noms and all(n in texte for n in noms), (noms, texte[:2000])
