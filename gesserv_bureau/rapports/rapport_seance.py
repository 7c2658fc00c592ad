"""Le procès-verbal d'une séance d'examen du groupe de travail (2.4.4) : la date, l'exercice,
les participants et le domaine que chacun représente, l'ordre du jour et, pour chaque service
prioritaire examiné dans l'ordre de la séance, les réponses de l'outil 2A, les initiatives
proposées et la recommandation (question 10). Un sommaire des décisions et des initiatives
termine le procès-verbal."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from gesserv_bureau.domaine.evaluations import LIBELLES_STATUTS, Evaluation
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.rapports.gabarit import (
    Document,
    Signataire,
    construire,
    p,
    styles,
    tableau,
    titre_rapport,
)
from gesserv_bureau.rapports.rapport_1a import (
    LARGEUR,
    fiche,
    intertitre,
    libre,
    oui_non,
)
from gesserv_bureau.rapports.rapport_2a import (
    initiatives,
    nom_service,
    recommandation,
    table_questions,
)
from gesserv_bureau.rapports.texte import t
from gesserv_bureau.referentiel import outil_2a
from gesserv_bureau.domaine.evaluations import Seance

STATUTS_SEANCE = {"preparation": ("En préparation", "In preparation"), "en_cours": ("En cours", "Under way"),
                  "terminee": ("Terminée", "Completed")}


def _etat(ev: Evaluation | None, langue: str) -> str:
    """L'état d'un examen en toutes lettres, avec la recommandation dès qu'elle est donnée."""
    if ev is None:
        return t("non examiné", "not reviewed", langue)
    fr, en = LIBELLES_STATUTS.get(ev.statut, (ev.statut, ev.statut))
    reco = ev.contenu.get("recommandation")
    if reco == "oui":
        return t(f"{fr} — recommandé", f"{en} — recommended", langue, "\n")
    if reco == "non":
        return t(f"{fr} — non recommandé", f"{en} — not recommended", langue, "\n")
    return t(fr, en, langue)


def rapport(seance: Seance, examens: list[Evaluation], langue: str, ministere: str = "", auteur: str = "",
            empreinte: str = "", services: list[Service] | None = None) -> bytes:
    """Le procès-verbal de ``seance``; ``examens`` : ses évaluations 2A
    (``evaluations.examens_de_la_seance``); ``services`` : les entrées du répertoire, pour leurs
    noms et numéros (facultatif : le sujet de l'examen suffit)."""
    par_pk = {s.pk: s for s in services or []}
    par_service = {ev.service_pk: ev for ev in examens}
    ordre = list(seance.services) + [ev.service_pk for ev in examens if ev.service_pk not in seance.services]
    titre = seance.titre or t("Séance d'examen", "Review session", langue)
    doc = Document(f"Procès-verbal de la séance d'examen : {titre}", f"Minutes of the review session: {titre}", langue,
                   ministere=ministere, auteur=auteur or seance.auteur, empreinte=empreinte,
                   sujet_fr="Séance d'examen des services prioritaires (2.4.4), outil 2A",
                   sujet_en="Priority service review session (2.4.4), tool 2A",
                   signataires=[Signataire("Président(e) du groupe de travail", "Chair of the working group"),
                                Signataire("Approuvé par", "Approved by")],
                   edition=seance.edition)
    st = styles()
    h: list[Flowable] = titre_rapport(doc)
    cle = seance.statut if seance.statut != "brouillon" else ("en_cours" if examens else "preparation")
    statut = STATUTS_SEANCE.get(cle, (seance.statut, seance.statut))
    h.append(fiche([
        (t("Séance", "Session", langue), titre),
        (t("Date", "Date", langue), seance.date or "—"),
        (t("Exercice", "Fiscal year", langue), seance.exercice or "—"),
        (t("État de la séance", "Session status", langue), t(*statut, langue)),
        (t("Services prioritaires à l'ordre du jour", "Priority services on the agenda", langue), str(len(ordre))),
        (t("Édition de la ligne directrice", "Guideline edition", langue), seance.edition or "—"),
    ]))

    h += intertitre(t("Participants", "Participants", langue), st["h1"])
    if seance.participants:
        lignes: list[list] = [[t("Nom", "Name", langue), t("Domaine représenté", "Area represented", langue)]]
        for part in seance.participants:
            domaine = outil_2a.DOMAINES_PARTICIPANTS.par_code(part.get("domaine") or "")
            lignes.append([part.get("nom") or "—", t(domaine.fr, domaine.en, langue) if domaine else (part.get("domaine") or "—")])
        h.append(tableau(lignes, [LARGEUR * 0.45, LARGEUR * 0.55]))
    else:
        h.append(p(t("Aucun participant inscrit.", "No participant recorded.", langue), st["note"]))

    h += intertitre(t("Ordre du jour", "Agenda", langue), st["h1"])
    lignes = [[t("N°", "No.", langue), t("Service prioritaire", "Priority service", langue),
               t("N° d'ID", "ID", langue), t("État de l'examen", "Review status", langue)]]
    for n, pk in enumerate(ordre, start=1):
        ev, service = par_service.get(pk), par_pk.get(pk)
        nom = nom_service(ev, service, langue) if ev else (service.nom("en" if langue == "en" else "fr") if service else "?")
        lignes.append([str(n), nom, service.service_id if service else "—", _etat(ev, langue)])
    h.append(tableau(lignes, [LARGEUR * 0.06, LARGEUR * 0.5, LARGEUR * 0.14, LARGEUR * 0.3]))

    for n, pk in enumerate(ordre, start=1):
        ev, service = par_service.get(pk), par_pk.get(pk)
        h.append(CondPageBreak(70 * mm))
        if ev is None:
            nom = service.nom("en" if langue == "en" else "fr") if service else "?"
            h += intertitre(f"{n}. {nom}", st["h1"])
            h.append(p(t("Ce service n'a pas été examiné pendant la séance.", "This service was not reviewed during the session.",
                         langue, "\n"), st["note"]))
            continue
        h += intertitre(f"{n}. {nom_service(ev, service, langue)}", st["h1"])
        h += intertitre(t("Réponses aux questions d'examen", "Answers to the review questions", langue), st["h2"])
        h.append(table_questions(ev, langue))
        h += intertitre(t("Initiatives proposées", "Proposed initiatives", langue), st["h2"])
        h += initiatives(ev, langue, titre_style="cellule_gras")
        h += intertitre(t("Décision du groupe de travail", "Working group's decision", langue), st["h2"])
        h.append(recommandation(ev, langue))

    h.append(CondPageBreak(50 * mm))
    h += intertitre(t("Sommaire des décisions et des initiatives", "Summary of decisions and initiatives", langue), st["h1"])
    lignes = [[t("Service prioritaire", "Priority service", langue),
               t("Recommandation (question 10)", "Recommendation (question 10)", langue),
               t("Initiatives proposées", "Proposed initiatives", langue)]]
    for pk in ordre:
        ev, service = par_service.get(pk), par_pk.get(pk)
        if ev is None:
            lignes.append([service.nom("en" if langue == "en" else "fr") if service else "?",
                           t("non examiné", "not reviewed", langue), "—"])
            continue
        reco = ev.contenu.get("recommandation")
        noms = [(i.get("nom") or "").strip() or t("(sans nom)", "(unnamed)", langue) for i in ev.contenu.get("initiatives", [])]
        lignes.append([nom_service(ev, service, langue),
                       oui_non(reco, langue) if reco in ("oui", "non") else t("à venir", "pending", langue),
                       "\n".join("• " + x for x in noms) or "—"])
    h.append(tableau(lignes, [LARGEUR * 0.36, LARGEUR * 0.2, LARGEUR * 0.44]))
    total = sum(len(ev.contenu.get("initiatives", [])) for ev in examens)
    recommandes = sum(1 for ev in examens if ev.contenu.get("recommandation") == "oui")
    h.append(Spacer(1, 4))
    h.append(libre(t(f"Services examinés : {len(examens)} sur {len(ordre)}; remaniement ou optimisation recommandé : "
                     f"{recommandes}; initiatives proposées : {total}.",
                     f"Services reviewed: {len(examens)} of {len(ordre)}; redesign or optimization recommended: "
                     f"{recommandes}; initiatives proposed: {total}.", langue, "\n"), langue))
    return construire(doc, h)
