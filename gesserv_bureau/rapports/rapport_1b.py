"""Le rapport d'une évaluation faite avec l'outil de l'annexe 1B (un service est-il
prioritaire?) : le tableau de l'annexe (point à considérer, critères, exemple, évaluation
élevé / moyen / faible, analyse), les critères du ministère sous « Autres critères », puis la
conclusion : la décision oui / non et sa justification.

L'annexe n'a pas de note : le rapport n'imprime aucun chiffre sur le service, sauf si le
ministère s'est donné une pondération (``domaine.ponderation_1b``); son résultat paraît alors
dans une section à part, « Pondération du ministère, version N du JJ mois AAAA », avec ses poids,
son échelle et ses seuils, jamais sous une rubrique de l'annexe ni comme un chiffre de la ligne
directrice. Les poids propres à une évaluation faite par une version antérieure de l'application
sont nommés comme tels."""

from __future__ import annotations

from gesserv_bureau.domaine import ponderation_1b
from gesserv_bureau.domaine.criteres_1b import criteres_de
from gesserv_bureau.domaine.evaluations import Evaluation
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.rapports import document as modele
from gesserv_bureau.rapports.document import Approbation, Document, Fragment, Paragraphe, Tableau, Titre
from gesserv_bureau.rapports.rapport_1a import (
    fiche_tableau,
    note_brouillon,
    officiel,
    officiel_lib,
    paragraphe_libre,
    reponse,
    signataires,
    suivi,
    valeur_libre,
)
from gesserv_bureau.referentiel import messages_ponderation, outil_1b


def _m(code: str, langue: str, separateur: str = "\n", **params) -> list[Fragment]:
    """Un message de la pondération dans la langue du rapport (en bilingue : les deux)."""
    fr = messages_ponderation.texte(code, "fr", **params.get("fr", params))
    en = messages_ponderation.texte(code, "en", **params.get("en", params))
    return modele.bi(fr, en, langue, separateur)


def _cote(code: str | None, langue: str) -> list[Fragment]:
    cote = outil_1b.COTES.par_code(code) if code else None
    if cote:
        return modele.bi(cote.fr, cote.en, langue, gras=True)
    return [Fragment(f.texte, f.langue, italique=True) for f in modele.bi("non évalué", "not rated", langue)]


def _criteres(cons: outil_1b.Consideration, langue: str) -> list[Fragment]:
    """Les critères d'un point, un par puce; en bilingue, l'anglais en italique sous chacun."""
    morceaux: list[Fragment] = []
    for n, c in enumerate(cons.criteres):
        if n:
            morceaux.append(Fragment("\n"))
        morceaux.append(Fragment("• "))
        morceaux += officiel(c.fr, c.en, langue)
    return morceaux


def document(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
             service: Service | None = None, titre_auteur: str = "") -> Document:
    """Le document d'une évaluation 1B (``ev.outil == "1B"``); ``service`` : l'entrée du répertoire
    évaluée, si elle existe encore; ``auteur``, ``titre_auteur`` : qui prépare le rapport."""
    if ev.outil != "1B":
        raise ValueError(f"évaluation {ev.outil}, pas 1B")
    bi = modele.bi
    nom_fr = (service.nom("fr") if service else "") or ev.sujet or "(service non choisi)"
    nom_en = (service.nom("en") if service else "") or ev.sujet or "(no service chosen)"
    doc = Document(f"{outil_1b.TITRE.fr} : {nom_fr}", f"{outil_1b.TITRE.en}: {nom_en}", langue,
                   ministere=ministere, auteur=auteur, empreinte=empreinte,
                   sujet_fr="Annexe 1B, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 1B, Guideline on Service Management", edition=ev.edition,
                   paysage=True)   # le tableau de l'annexe a cinq colonnes : il se lit mieux en paysage
    c = ev.contenu
    doc.ajouter(*note_brouillon(ev, langue), Paragraphe(officiel_lib(outil_1b.PRESENTATION, langue), "note"))

    lignes = [(bi("Nom du service", "Service name", langue), bi(nom_fr, nom_en, langue, "\n"))]
    if service is not None:
        lignes.append((bi("N° d'ID du service", "Service ID number", langue), service.service_id or "—"))
    doc.ajouter(Titre(1, bi("Le service", "The service", langue)),
                fiche_tableau(lignes + suivi(ev, langue, bi), part=0.24))

    # le tableau de l'annexe
    entete = [bi("Point à considérer", "Point to consider", langue), bi("Critères", "Criteria", langue),
              bi("Exemple", "Example", langue),
              bi("Évaluation (élevé, moyen ou faible)", "Rating (high, medium or low)", langue),
              bi("Analyse", "Analysis", langue)]
    lignes_table: list[list] = []

    def ligne(nom, criteres, r: dict) -> list:
        cote = r.get("cote") if r.get("cote") in ponderation_1b.COTES else None
        return [nom, criteres, valeur_libre(r.get("exemple"), langue), _cote(cote, langue),
                valeur_libre(r.get("analyse"), langue)]

    for cons in outil_1b.CONSIDERATIONS:
        r = c["considerations"].get(cons.code, {})
        if cons.facultative:
            # « Autres critères » : ceux du ministère, chacun évalué et marqué comme tel
            for critere in criteres_de(c):
                cfr = critere.get("nom_fr") or critere.get("nom_en", "")
                cen = critere.get("nom_en") or critere.get("nom_fr", "")
                marque = [Fragment(f.texte, f.langue, italique=True) for f in _m("critere_du_ministere", langue, " / ")]
                nom = [*bi(cfr, cen, langue, "\n", gras=True), Fragment("\n"), *marque]
                lignes_table.append(ligne(nom, _criteres(cons, langue), critere))
            if not (r.get("cote") or (r.get("analyse") or "").strip() or (r.get("exemple") or "").strip()):
                continue   # l'autre critère libre : seulement s'il a été rempli
        lignes_table.append(ligne(officiel_lib(cons.nom, langue, gras=True), _criteres(cons, langue), r))
    doc.ajouter(Titre(1, bi("Points à considérer", "Points to consider", langue)),
                Tableau(entete, lignes_table, largeurs=[0.15, 0.3, 0.16, 0.1, 0.29],
                        resume=modele.en_clair(bi("Le tableau de l'annexe 1B : chaque point, ses critères, l'exemple, "
                                                  "l'évaluation et l'analyse",
                                                  "The Appendix 1B table: each point, its criteria, the example, the "
                                                  "rating and the analysis", langue))))

    # la pondération du ministère, s'il s'en est donné une : à part, sous son nom
    resultat = ponderation_1b.resultat(c)
    if resultat is not None:
        doc.ajouter(*_section_ponderation(resultat, langue))

    # la conclusion : la décision et sa justification, que l'approbation garde avec elle
    decision = c.get("decision")
    conclusion = [
        Titre(1, bi("Décision", "Decision", langue)),
        # ce que la ligne directrice dit de la justification, avant la décision : la décision et sa
        # justification restent ainsi les dernières lignes, sur la page de l'approbation
        Paragraphe(officiel_lib(outil_1b.JUSTIFICATION, langue), "note"),
        Paragraphe(officiel_lib(outil_1b.QUESTION_DECISION, langue, gras=True)),
        Paragraphe(reponse(decision, langue) if decision in ("oui", "non")
                   else bi("Pas encore de décision.", "No decision yet.", langue, gras=True), "conclusion"),
        Paragraphe(bi("Justification :", "Rationale:", langue, gras=True)),
        paragraphe_libre(c.get("justification"), langue, "conclusion"),
    ]
    doc.ajouter(Approbation(signataires(ev, auteur, titre_auteur), avant=conclusion))
    return doc


def _section_ponderation(res: ponderation_1b.Resultat, langue: str) -> list:
    """La pondération utilisée, ses poids, son échelle et son résultat, dite pour ce qu'elle est."""
    bi = modele.bi
    pond = res.ponderation
    blocs: list = [Titre(1, bi(ponderation_1b.titre(pond, "fr"), ponderation_1b.titre(pond, "en"), langue, "\n"))]
    if pond.du_ministere():
        blocs.append(Paragraphe(_m("avertissement_ministere", langue), "note"))
        blocs.append(Paragraphe(bi("Ce que permet la section 1.5.1 :", "What section 1.5.1 allows:", langue), "note"))
        blocs.append(Paragraphe(officiel(f"« {outil_1b.PONDERATION.fr} »", f"“{outil_1b.PONDERATION.en}”", langue), "note"))
        if pond.definie_par:
            blocs.append(Paragraphe(_m("definie_par", langue, " / ", nom=pond.definie_par), "note"))
    else:
        blocs.append(Paragraphe(_m("avertissement_ancienne", langue), "note"))
    entete = [bi("Point à considérer", "Point to consider", langue), bi("Évaluation", "Rating", langue),
              bi("Valeur", "Value", langue), bi("Poids", "Weight", langue)]
    nombre = (lambda v: ponderation_1b.nombre(v, "en" if langue == "en" else "fr"))
    codes_annexe = {c.code for c in outil_1b.CONSIDERATIONS}
    marque = {l: messages_ponderation.texte("critere_du_ministere", l) for l in ("fr", "en")}
    lignes = []
    for pt in res.points:
        valeur = nombre(pond.valeurs[pt.cote]) if pt.cote else "—"
        nom_fr, nom_en = pt.nom("fr"), pt.nom("en")
        if pt.code not in codes_annexe:   # un critère du ministère, marqué comme tel
            nom_fr, nom_en = f"{nom_fr} ({marque['fr'].lower()})", f"{nom_en} ({marque['en'][0].lower()}{marque['en'][1:]})"
        lignes.append([officiel(nom_fr, nom_en, langue), _cote(pt.cote, langue), valeur, nombre(pt.poids)])
    blocs.append(Tableau(entete, lignes, largeurs=[0.46, 0.2, 0.14, 0.2]))
    blocs.append(Paragraphe(_m("echelle", langue, **{
        l: {"eleve": ponderation_1b.nombre(pond.valeurs["eleve"], l), "moyen": ponderation_1b.nombre(pond.valeurs["moyen"], l),
            "faible": ponderation_1b.nombre(pond.valeurs["faible"], l),
            "seuil_eleve": ponderation_1b.nombre(pond.seuils[0], l), "seuil_moyen": ponderation_1b.nombre(pond.seuils[1], l)}
        for l in ("fr", "en")})))
    if res.moyenne is None:
        blocs.append(Paragraphe(_m(res.message, langue)))
    else:
        code = "resultat" if pond.du_ministere() else "resultat_ancienne"
        cote = outil_1b.COTES.par_code(res.cote)
        blocs.append(Titre(2, _m(code, langue, **{
            l: {"cote": cote.texte(l), "moyenne": ponderation_1b.nombre(res.moyenne, l, 2),
                "maximum": ponderation_1b.nombre(pond.valeurs["eleve"], l)} for l in ("fr", "en")})))
    return blocs


def rapport(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            service: Service | None = None, titre_auteur: str = "") -> bytes:
    """Le rapport d'une évaluation 1B en PDF balisé (PDF/UA-1)."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(ev, langue, ministere, auteur, empreinte, service, titre_auteur))
