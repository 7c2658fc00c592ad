"""Le procès-verbal d'une séance d'examen du groupe de travail (2.4.4) : la date, l'exercice,
les participants et le domaine que chacun représente, l'ordre du jour et, pour chaque service
prioritaire examiné dans l'ordre de la séance, les réponses de l'outil 2A, les initiatives
proposées et la recommandation (question 10). Un sommaire des décisions et des initiatives
termine le procès-verbal, gardé avec le bloc d'approbation.

Le procès-verbal est un :class:`~gesserv_bureau.rapports.document.Document` (``document``),
rendu en PDF balisé par ``rapport``."""

from __future__ import annotations

from gesserv_bureau.domaine.evaluations import LIBELLES_STATUTS, Evaluation, Seance
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.rapports.document import (
    Approbation,
    Document,
    Paragraphe,
    Signataire,
    Tableau,
    Titre,
    bi,
)
from gesserv_bureau.rapports.rapport_1a import en_clair_bi, fiche_tableau, reponse
from gesserv_bureau.rapports.rapport_2a import (
    initiatives,
    nom_service,
    recommandation,
    table_questions,
)
from gesserv_bureau.referentiel import outil_2a

STATUTS_SEANCE = {"preparation": ("En préparation", "In preparation"), "en_cours": ("En cours", "Under way"),
                  "terminee": ("Terminée", "Completed")}


def _etat(ev: Evaluation | None, langue: str):
    """L'état d'un examen en toutes lettres, avec la recommandation dès qu'elle est donnée."""
    if ev is None:
        return bi("non examiné", "not reviewed", langue)
    fr, en = LIBELLES_STATUTS.get(ev.statut, (ev.statut, ev.statut))
    reco = ev.contenu.get("recommandation")
    if reco == "oui":
        return bi(f"{fr} — recommandé", f"{en} — recommended", langue, "\n")
    if reco == "non":
        return bi(f"{fr} — non recommandé", f"{en} — not recommended", langue, "\n")
    return bi(fr, en, langue)


def _nom_inscrit(service: Service | None, langue: str) -> str:
    return service.nom("en" if langue == "en" else "fr") if service else "?"


def document(seance: Seance, examens: list[Evaluation], langue: str, ministere: str = "", auteur: str = "",
             empreinte: str = "", services: list[Service] | None = None, titre_auteur: str = "") -> Document:
    """Le document du procès-verbal de ``seance``; ``examens`` : ses évaluations 2A
    (``cas.seances_examen.examens``); ``services`` : les entrées du répertoire, pour leurs
    noms et numéros (facultatif : le sujet de l'examen suffit). Les signataires sont la
    présidence du groupe de travail et l'approbateur, à remplir à la main; ``auteur`` (qui
    prépare le procès-verbal) est l'auteur du fichier."""
    par_pk = {s.pk: s for s in services or []}
    par_service = {ev.service_pk: ev for ev in examens}
    ordre = list(seance.services) + [ev.service_pk for ev in examens if ev.service_pk not in seance.services]
    titre_fr = seance.titre or "Séance d'examen"
    titre_en = seance.titre or "Review session"
    doc = Document(f"Procès-verbal de la séance d'examen : {titre_fr}", f"Minutes of the review session: {titre_en}",
                   langue, ministere=ministere, auteur=auteur, empreinte=empreinte,
                   sujet_fr="Séance d'examen des services prioritaires (2.4.4), outil 2A",
                   sujet_en="Priority service review session (2.4.4), tool 2A", edition=seance.edition)
    cle = seance.statut if seance.statut != "brouillon" else ("en_cours" if examens else "preparation")
    statut = STATUTS_SEANCE.get(cle, (seance.statut, seance.statut))
    doc.ajouter(fiche_tableau([
        (bi("Séance", "Session", langue), seance.titre or bi(titre_fr, titre_en, langue)),
        (bi("Date", "Date", langue), seance.date or "—"),
        (bi("Exercice", "Fiscal year", langue), seance.exercice or "—"),
        (bi("État de la séance", "Session status", langue), bi(*statut, langue)),
        (bi("Services prioritaires à l'ordre du jour", "Priority services on the agenda", langue), str(len(ordre))),
        (bi("Édition de la ligne directrice", "Guideline edition", langue), seance.edition or "—"),
    ]))

    doc.ajouter(Titre(1, bi("Participants", "Participants", langue)))
    if seance.participants:
        lignes = []
        for part in seance.participants:
            domaine = outil_2a.DOMAINES_PARTICIPANTS.par_code(part.get("domaine") or "")
            lignes.append([part.get("nom") or "—",
                           bi(domaine.fr, domaine.en, langue) if domaine else (part.get("domaine") or "—")])
        doc.ajouter(Tableau([bi("Nom", "Name", langue), bi("Domaine représenté", "Area represented", langue)], lignes,
                            largeurs=[45, 55],
                            resume=en_clair_bi("Les participants et le domaine que chacun représente",
                                               "The participants and the area each represents", langue)))
    else:
        doc.ajouter(Paragraphe(bi("Aucun participant inscrit.", "No participant recorded.", langue), "note"))

    lignes = []
    for n, pk in enumerate(ordre, start=1):
        ev, service = par_service.get(pk), par_pk.get(pk)
        nom = nom_service(ev, service, langue) if ev else _nom_inscrit(service, langue)
        lignes.append([str(n), nom, service.service_id if service else "—", _etat(ev, langue)])
    doc.ajouter(Titre(1, bi("Ordre du jour", "Agenda", langue)),
                Tableau([bi("N°", "No.", langue), bi("Service prioritaire", "Priority service", langue),
                         bi("N° d'ID", "ID", langue), bi("État de l'examen", "Review status", langue)], lignes,
                        largeurs=[6, 50, 14, 30],
                        resume=en_clair_bi("Les services prioritaires dans l'ordre de la séance et l'état de leur examen",
                                           "The priority services in the session's order and their review status",
                                           langue)))

    for n, pk in enumerate(ordre, start=1):
        ev, service = par_service.get(pk), par_pk.get(pk)
        if ev is None:
            doc.ajouter(Titre(1, f"{n}. {_nom_inscrit(service, langue)}"),
                        Paragraphe(bi("Ce service n'a pas été examiné pendant la séance.",
                                      "This service was not reviewed during the session.", langue, "\n"), "note"))
            continue
        doc.ajouter(Titre(1, f"{n}. {nom_service(ev, service, langue)}"),
                    Titre(2, bi("Réponses aux questions d'examen", "Answers to the review questions", langue)),
                    table_questions(ev, langue),
                    Titre(2, bi("Initiatives proposées", "Proposed initiatives", langue)),
                    *initiatives(ev, langue, niveau=3),
                    Titre(2, bi("Décision du groupe de travail", "Working group's decision", langue)),
                    *recommandation(ev, langue))

    lignes = []
    for pk in ordre:
        ev, service = par_service.get(pk), par_pk.get(pk)
        if ev is None:
            lignes.append([_nom_inscrit(service, langue), bi("non examiné", "not reviewed", langue), "—"])
            continue
        reco = ev.contenu.get("recommandation")
        noms = [(i.get("nom") or "").strip() or bi("(sans nom)", "(unnamed)", langue)
                for i in ev.contenu.get("initiatives", [])]
        puces: list = []
        for k, nom_i in enumerate(noms):
            puces += (["\n"] if k else []) + ["• ", nom_i]
        lignes.append([nom_service(ev, service, langue),
                       reponse(reco, langue, gras=False) if reco in ("oui", "non") else bi("à venir", "pending", langue),
                       puces or "—"])
    total = sum(len(ev.contenu.get("initiatives", [])) for ev in examens)
    recommandes = sum(1 for ev in examens if ev.contenu.get("recommandation") == "oui")
    bilan = bi(f"Services examinés : {len(examens)} sur {len(ordre)}; remaniement ou optimisation recommandé : "
               f"{recommandes}; initiatives proposées : {total}.",
               f"Services reviewed: {len(examens)} of {len(ordre)}; redesign or optimization recommended: "
               f"{recommandes}; initiatives proposed: {total}.", langue, "\n")
    doc.ajouter(Approbation(
        [Signataire("Président(e) du groupe de travail", "Chair of the working group"),
         Signataire("Approuvé par", "Approved by")],
        avant=[Titre(1, bi("Sommaire des décisions et des initiatives", "Summary of decisions and initiatives", langue)),
               Tableau([bi("Service prioritaire", "Priority service", langue),
                        bi("Recommandation (question 10)", "Recommendation (question 10)", langue),
                        bi("Initiatives proposées", "Proposed initiatives", langue)], lignes, largeurs=[36, 20, 44],
                       resume=en_clair_bi("La recommandation et les initiatives proposées de chaque service",
                                          "Each service's recommendation and proposed initiatives", langue)),
               Paragraphe(bilan)]))
    return doc


def rapport(seance: Seance, examens: list[Evaluation], langue: str, ministere: str = "", auteur: str = "",
            empreinte: str = "", services: list[Service] | None = None, titre_auteur: str = "") -> bytes:
    """Le procès-verbal de ``seance`` en PDF balisé (PDF/UA-1), avec ses champs de signature."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(seance, examens, langue, ministere, auteur, empreinte, services, titre_auteur))


__all__ = ["document", "rapport"]
