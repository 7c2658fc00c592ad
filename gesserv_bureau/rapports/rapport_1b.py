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

from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import Flowable, Paragraph, Spacer

from gesserv_bureau.domaine import ponderation_1b
from gesserv_bureau.domaine.criteres_1b import criteres_de
from gesserv_bureau.domaine.evaluations import Evaluation
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
    bi,
    bil,
    encadre,
    fiche,
    intertitre,
    libre,
    oui_non,
    signataires,
    suivi,
)
from gesserv_bureau.rapports.texte import t, typographie, x
from gesserv_bureau.referentiel import messages_ponderation, outil_1b

LARGEUR_PAYSAGE = landscape(letter)[0] - 2 * MARGE


def _m(code: str, langue: str, separateur: str = "\n", **params) -> str:
    """Un message de la pondération dans la langue du rapport (en bilingue : les deux)."""
    fr = messages_ponderation.texte(code, "fr", **params.get("fr", params))
    en = messages_ponderation.texte(code, "en", **params.get("en", params))
    return t(fr, en, langue, separateur)


def _cote(code: str | None, langue: str) -> str:
    cote = outil_1b.COTES.par_code(code) if code else None
    return t(cote.fr, cote.en, langue) if cote else t("non évalué", "not rated", langue)


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
    entete = [t("Point à considérer", "Point to consider", langue), t("Critères", "Criteria", langue),
              t("Exemple", "Example", langue),
              t("Évaluation (élevé, moyen ou faible)", "Rating (high, medium or low)", langue),
              t("Analyse", "Analysis", langue)]
    parts = [0.15, 0.3, 0.16, 0.1, 0.29]
    lignes_table: list[list] = [entete]

    def ligne(nom: Flowable, criteres: Flowable, r: dict) -> list:
        cote = r.get("cote") if r.get("cote") in ponderation_1b.COTES else None
        return [nom, criteres, libre(r.get("exemple"), langue, st["cellule"]),
                p(_cote(cote, langue), st["cellule_gras"] if cote else st["note"]),
                libre(r.get("analyse"), langue, st["cellule"])]

    for cons in outil_1b.CONSIDERATIONS:
        r = c["considerations"].get(cons.code, {})
        if cons.facultative:
            # « Autres critères » : ceux du ministère, chacun évalué et marqué comme tel
            for critere in criteres_de(c):
                nom_fr = critere.get("nom_fr") or critere.get("nom_en", "")
                nom_en = critere.get("nom_en") or critere.get("nom_fr", "")
                nom = (x(nom_en) if langue == "en" else x(typographie(nom_fr)) if langue == "fr" or nom_en == nom_fr
                       else f"{x(typographie(nom_fr))}<br/><i>{x(nom_en)}</i>")
                marque = _m("critere_du_ministere", langue, " / ")
                cellule = Paragraph(f"{nom}<br/><i>{x(typographie(marque))}</i>", st["cellule_gras"])
                lignes_table.append(ligne(cellule, _criteres(cons, langue, st["cellule"]), critere))
            if not (r.get("cote") or (r.get("analyse") or "").strip() or (r.get("exemple") or "").strip()):
                continue   # l'autre critère libre : seulement s'il a été rempli
        lignes_table.append(ligne(bil(cons.nom, langue, st["cellule_gras"]), _criteres(cons, langue, st["cellule"]), r))
    h.append(tableau(lignes_table, [LARGEUR_PAYSAGE * x_ for x_ in parts]))

    # la pondération du ministère, s'il s'en est donné une : à part, sous son nom
    resultat = ponderation_1b.resultat(c)
    if resultat is not None:
        h += _section_ponderation(resultat, langue, st)

    # la conclusion : la décision et sa justification
    h += intertitre(t("Décision", "Decision", langue), st["h1"])
    bloc: list[Flowable] = []
    decision = c.get("decision")
    bloc.append(bil(outil_1b.QUESTION_DECISION, langue, st["cellule_gras"]))
    bloc.append(p(oui_non(decision, langue) if decision in ("oui", "non")
                  else t("Pas encore de décision.", "No decision yet.", langue), st["h2"]))
    bloc.append(p(t("Justification :", "Rationale:", langue), st["cellule_gras"]))
    bloc.append(libre(c.get("justification"), langue))
    h.append(encadre(bloc, LARGEUR_PAYSAGE))
    h.append(bil(outil_1b.JUSTIFICATION, langue, st["note"]))
    return construire(doc, h)


def _section_ponderation(res: ponderation_1b.Resultat, langue: str, st) -> list[Flowable]:
    """La pondération utilisée, ses poids, son échelle et son résultat, dite pour ce qu'elle est."""
    pond = res.ponderation
    titre = t(ponderation_1b.titre(pond, "fr"), ponderation_1b.titre(pond, "en"), langue, "\n")
    h: list[Flowable] = intertitre(titre, st["h1"])
    if pond.du_ministere():
        h.append(p(_m("avertissement_ministere", langue), st["note"]))
        h.append(p(t("Ce que permet la section 1.5.1 :", "What section 1.5.1 allows:", langue), st["note"]))
        h.append(bi(f"« {outil_1b.PONDERATION.fr} »", f"“{outil_1b.PONDERATION.en}”", langue, st["note"]))
        if pond.definie_par:
            h.append(p(_m("definie_par", langue, " / ", nom=pond.definie_par), st["note"]))
    else:
        h.append(p(_m("avertissement_ancienne", langue), st["note"]))
    entete = [t("Point à considérer", "Point to consider", langue), t("Évaluation", "Rating", langue),
              t("Valeur", "Value", langue), t("Poids", "Weight", langue)]
    lignes: list[list] = [entete]
    nombre = (lambda v: ponderation_1b.nombre(v, "en" if langue == "en" else "fr"))
    codes_annexe = {c.code for c in outil_1b.CONSIDERATIONS}
    marque = {l: messages_ponderation.texte("critere_du_ministere", l) for l in ("fr", "en")}
    for pt in res.points:
        valeur = nombre(pond.valeurs[pt.cote]) if pt.cote else "—"
        nom_fr, nom_en = pt.nom("fr"), pt.nom("en")
        if pt.code not in codes_annexe:   # un critère du ministère, marqué comme tel
            nom_fr, nom_en = f"{nom_fr} ({marque['fr'].lower()})", f"{nom_en} ({marque['en'][0].lower()}{marque['en'][1:]})"
        lignes.append([bi(nom_fr, nom_en, langue, st["cellule"]), p(_cote(pt.cote, langue), st["cellule"]),
                       valeur, nombre(pt.poids)])
    h.append(tableau(lignes, [LARGEUR_PAYSAGE * x_ for x_ in (0.46, 0.2, 0.14, 0.2)]))
    h.append(Spacer(1, 4))
    h.append(p(_m("echelle", langue, **{
        l: {"eleve": ponderation_1b.nombre(pond.valeurs["eleve"], l), "moyen": ponderation_1b.nombre(pond.valeurs["moyen"], l),
            "faible": ponderation_1b.nombre(pond.valeurs["faible"], l),
            "seuil_eleve": ponderation_1b.nombre(pond.seuils[0], l), "seuil_moyen": ponderation_1b.nombre(pond.seuils[1], l)}
        for l in ("fr", "en")}), st["corps"]))
    if res.moyenne is None:
        h.append(p(_m(res.message, langue), st["corps"]))
    else:
        code = "resultat" if pond.du_ministere() else "resultat_ancienne"
        cote = outil_1b.COTES.par_code(res.cote)
        h.append(p(_m(code, langue, **{
            l: {"cote": cote.texte(l), "moyenne": ponderation_1b.nombre(res.moyenne, l, 2),
                "maximum": ponderation_1b.nombre(pond.valeurs["eleve"], l)} for l in ("fr", "en")}), st["h2"]))
    return h
