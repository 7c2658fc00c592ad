"""Le rapport d'une évaluation faite avec l'outil de l'annexe 1B (un service est-il
prioritaire?) : le tableau de l'annexe (point à considérer, critères, exemple, évaluation
élevé / moyen / faible, analyse), les poids s'ils ne sont pas tous égaux (1.5.1), la note
globale en tant que service prioritaire, puis la décision oui / non et sa justification."""

from __future__ import annotations

from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import Flowable, Paragraph

from gesserv_bureau.domaine.evaluations import Evaluation, PoidsInvalide, note_1b
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.rapports.gabarit import (
    MARGE,
    Document,
    construire,
    p,
    styles,
    tableau,
    titre_rapport,
)
from gesserv_bureau.rapports.rapport_1a import (
    avis_brouillon,
    bil,
    encadre,
    enonce,
    fiche,
    intertitre,
    libre,
    oui_non,
    signataires,
    suivi,
)
from gesserv_bureau.rapports.texte import t, typographie, x
from gesserv_bureau.referentiel import messages_evaluations, outil_1b

LARGEUR_PAYSAGE = landscape(letter)[0] - 2 * MARGE


def _poids(valeur: float, langue: str) -> str:
    texte = f"{valeur:g}"
    return texte if langue == "en" else texte.replace(".", ",")


def _moyenne(valeur: float, langue: str) -> str:
    texte = f"{valeur:.2f}"
    return texte if langue == "en" else texte.replace(".", ",")


def _criteres(cons: outil_1b.Consideration, langue: str, style) -> Paragraph:
    """Les critères d'un point, un par puce; en bilingue, l'anglais en italique sous chacun."""
    morceaux = []
    for c in cons.criteres:
        if langue == "en":
            morceaux.append("• " + x(c.en))
        elif langue == "bilingue":
            morceaux.append("• " + x(typographie(c.fr)) + "<br/><i>" + x(c.en) + "</i>")
        else:
            morceaux.append("• " + x(typographie(c.fr)))
    return Paragraph("<br/>".join(morceaux), style)


def rapport(ev: Evaluation, langue: str, ministere: str = "", auteur: str = "", empreinte: str = "",
            service: Service | None = None) -> bytes:
    """Le rapport d'une évaluation 1B (``ev.outil == "1B"``); ``service`` : l'entrée du répertoire
    évaluée, si elle existe encore (son numéro et son nom dans la langue du rapport)."""
    if ev.outil != "1B":
        raise ValueError(f"évaluation {ev.outil}, pas 1B")
    nom = (service.nom("en" if langue == "en" else "fr") if service else "") or ev.sujet \
        or t("(service non choisi)", "(no service chosen)", langue)
    doc = Document(f"{outil_1b.TITRE.fr} : {nom}", f"{outil_1b.TITRE.en}: {nom}", langue,
                   ministere=ministere, auteur=auteur or ev.auteur, empreinte=empreinte,
                   sujet_fr="Annexe 1B, Ligne directrice sur la gestion des services",
                   sujet_en="Appendix 1B, Guideline on Service Management", signataires=signataires(ev),
                   edition=ev.edition,
                   paysage=True)   # le tableau de l'annexe a cinq ou six colonnes : il se lit mieux en paysage
    st = styles()
    c = ev.contenu
    h: list[Flowable] = titre_rapport(doc)
    h += avis_brouillon(ev, langue)
    h.append(bil(outil_1b.PRESENTATION, langue, st["note"]))

    h += intertitre(t("Le service", "The service", langue), st["h1"])
    lignes = [(t("Nom du service", "Service name", langue), nom)]
    if service is not None:
        lignes.append((t("N° d'ID du service", "Service ID number", langue), service.service_id or "—"))
        if service.nom_en and langue == "bilingue" and service.nom_en != service.nom_fr:
            lignes[0] = (lignes[0][0], f"{service.nom_fr}\n{service.nom_en}")
    h.append(fiche(lignes + suivi(ev, langue), LARGEUR_PAYSAGE, part=0.24))

    # le tableau de l'annexe
    h += intertitre(t("Points à considérer", "Points to consider", langue), st["h1"])
    poids = {cons.code: float(c.get("poids", {}).get(cons.code, 1.0)) for cons in outil_1b.CONSIDERATIONS}
    ponderee = len(set(poids.values())) > 1
    entete = [t("Point à considérer", "Point to consider", langue), t("Critères", "Criteria", langue),
              t("Exemple", "Example", langue),
              t("Évaluation (élevé, moyen ou faible)", "Rating (high, medium or low)", langue),
              t("Analyse", "Analysis", langue)]
    parts = [0.15, 0.3, 0.16, 0.1, 0.29]
    if ponderee:
        entete.insert(4, t("Poids", "Weight", langue))
        parts = [0.15, 0.28, 0.15, 0.1, 0.06, 0.26]
    lignes_table: list[list] = [entete]
    for cons in outil_1b.CONSIDERATIONS:
        r = c["considerations"].get(cons.code, {})
        if cons.facultative and not (r.get("cote") or (r.get("analyse") or "").strip() or (r.get("exemple") or "").strip()):
            continue   # « Autres critères » : seulement si le ministère en a retenu
        cote = outil_1b.COTES.par_code(r.get("cote")) if r.get("cote") else None
        ligne = [bil(cons.nom, langue, st["cellule_gras"]), _criteres(cons, langue, st["cellule"]),
                 libre(r.get("exemple"), langue, st["cellule"]),
                 p(t(cote.fr, cote.en, langue) if cote else t("non évalué", "not rated", langue),
                   st["cellule_gras"] if cote else st["note"]),
                 libre(r.get("analyse"), langue, st["cellule"])]
        if ponderee:
            ligne.insert(4, _poids(poids[cons.code], langue))
        lignes_table.append(ligne)
    h.append(tableau(lignes_table, [LARGEUR_PAYSAGE * x_ for x_ in parts]))

    # la note globale et la décision
    h += intertitre(t("Note globale et décision", "Overall rating and decision", langue), st["h1"])
    bloc: list[Flowable] = []
    try:
        note = note_1b(c)
    except PoidsInvalide as exc:
        note = None
        bloc.append(p(t(messages_evaluations.texte(exc.code, "fr"), messages_evaluations.texte(exc.code, "en"),
                        langue, "\n"), st["corps"]))
    if note is not None:
        moyenne, code = note
        cote = outil_1b.COTES.par_code(code)
        bloc.append(p(enonce(outil_1b.NOTE_GLOBALE.fr.rstrip(" :"), outil_1b.NOTE_GLOBALE.en.rstrip(":"),
                             cote.fr, cote.en, langue), st["h2"]))
        calcul_fr = "pondérée par les poids de la section 1.5.1" if ponderee else "des points évalués"
        calcul_en = "weighted as allowed by section 1.5.1" if ponderee else "of the points rated"
        bloc.append(p(t(f"Moyenne {calcul_fr} : {_moyenne(moyenne, 'fr')} sur 3 (élevé 3, moyen 2, faible 1; "
                        "2,5 et plus : élevé; 1,5 et plus : moyen; sinon faible).",
                        f"Average {calcul_en}: {_moyenne(moyenne, 'en')} out of 3 (high 3, medium 2, low 1; "
                        "2.5 or more: high; 1.5 or more: medium; otherwise low).", langue, "\n"), st["note"]))
    elif not bloc:
        bloc.append(p(t("Note globale : aucun point encore évalué.", "Overall rating: no point rated yet.", langue, "\n"),
                      st["corps"]))
    decision = c.get("decision")
    bloc.append(bil(outil_1b.QUESTION_DECISION, langue, st["cellule_gras"]))
    bloc.append(p(oui_non(decision, langue) if decision in ("oui", "non")
                  else t("Pas encore de décision.", "No decision yet.", langue), st["h2"]))
    bloc.append(p(t("Justification :", "Rationale:", langue), st["cellule_gras"]))
    bloc.append(libre(c.get("justification"), langue))
    h.append(encadre(bloc, LARGEUR_PAYSAGE))
    if ponderee:
        h.append(bil(outil_1b.PONDERATION, langue, st["note"]))
    h.append(bil(outil_1b.JUSTIFICATION, langue, st["note"]))
    return construire(doc, h)
