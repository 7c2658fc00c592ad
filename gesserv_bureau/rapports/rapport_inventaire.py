"""Le rapport du répertoire des services d'un exercice : les métadonnées (2.1.5), les chiffres
du sommaire, la proportion des services électroniques (2.9.4, les deux formules sous leurs
noms, ce qui est à compléter et chaque exclusion avec sa justification écrite), puis une ligne
par service, en paysage; les services internes (non intégrés) que permet la note de
l'élément 10, dans leur section distincte. Chaque cellule passe à la ligne : un nom long prend deux lignes, jamais « … »."""

from __future__ import annotations

from gesserv_bureau.domaine.cascade_7_10 import QUESTIONS, Cascade
from gesserv_bureau.domaine.lignes import LigneRapport
from gesserv_bureau.domaine.services_electroniques import ProportionElectronique
from gesserv_bureau.domaine.sommaire import Sommaire
from gesserv_bureau.rapports.document import Approbation, Document, Fragment, Liste, Paragraphe, Signataire, Tableau, Titre, bi
from gesserv_bureau.rapports.texte import langue_texte, nombre, pourcentage
from gesserv_bureau.referentiel.codes import DESIGNATIONS, EDITION, INTERNE_NON_INTEGRE, PORTEES, PORTEES_REPERTOIRE, TYPES_SERVICE

PARTS = [0.08, 0.22, 0.17, 0.12, 0.14, 0.075, 0.11, 0.085]   # « Applications », « compléter » tiennent


def lignes_services(services: list[LigneRapport], langue: str, _largeurs=None) -> list[list[str]]:
    """Une ligne de texte par service, entière (les cellules passent à la ligne au rendu)."""
    lt = langue_texte(langue)
    lignes = []
    for s in services:
        pct = s.pourcentage_en_ligne
        lignes.append([
            s.service_id, s.nom(lt), TYPES_SERVICE.texte(s.type_service, lt), PORTEES_REPERTOIRE.texte(s.portee, lt),
            ", ".join(DESIGNATIONS.texte(d, lt) for d in s.designations),
            pourcentage(pct, langue, 0) if pct is not None else "—", nombre(s.demandes, langue), str(s.a_completer),
        ])
    return lignes


def table_services(services: list[LigneRapport], langue: str) -> Tableau:
    entete = [bi("N° d'ID", "ID", langue), bi("Nom du service", "Service name", langue),
              bi("Type", "Type", langue), bi("Portée", "Scope", langue),
              bi("Désignations", "Designations", langue), bi("En ligne", "Online", langue),
              bi("Demandes", "Applications", langue), bi("À compléter", "To complete", langue)]
    return Tableau(entete, lignes_services(services, langue), largeurs=list(PARTS),
                   resume=("Une ligne par service" if langue != "en" else "One row per service"))


def _lib(lib, langue: str) -> list[Fragment]:
    return bi(lib.fr, lib.en, langue)


def document(exercice: str, services: list[LigneRapport], sommaire: Sommaire, metadonnees: dict, langue: str,
             ministere: str = "", auteur: str = "", empreinte: str = "", titre_auteur: str = "",
             cascade: Cascade | None = None) -> Document:
    """Le document du répertoire d'un exercice (en paysage); « Préparé par » : ``auteur`` et
    ``titre_auteur`` (le profil), jamais le compte du système; ``cascade`` : la cascade de
    2.10.4 et le progrès vers la cible de 7.10."""
    if not empreinte:   # l'empreinte des données mêmes du rapport
        import hashlib

        empreinte = hashlib.sha256(repr((exercice, services, sommaire, metadonnees, cascade)).encode()).hexdigest()[:12]
    doc = Document(f"Répertoire des services — exercice {exercice}", f"Service inventory — fiscal year {exercice}",
                   langue, ministere=ministere, auteur=auteur, empreinte=empreinte, paysage=True,
                   sujet_fr="Répertoire des services (Ligne directrice sur la gestion des services, 2.1)",
                   sujet_en="Service inventory (Guideline on Service Management, 2.1)",
                   edition=metadonnees.get("edition_referentiel") or EDITION)
    gardien = metadonnees.get("gardien") or "—"
    revision = metadonnees.get("derniere_revision") or "—"
    doc.ajouter(Paragraphe(bi(f"Gardien du répertoire : {gardien} · Date de la dernière révision : {revision}",
                              f"Inventory custodian: {gardien} · Date of last revision: {revision}", langue, "\n")))
    e = sommaire.electronique
    internes = sommaire.par_portee.get(INTERNE_NON_INTEGRE, 0)
    chiffres = [
        [bi("Services", "Services", langue), nombre(sommaire.total, langue)],
        *[[_lib(PORTEES.par_code(c), langue), nombre(sommaire.par_portee.get(c, 0), langue)] for c in PORTEES.codes()],
        *([[bi("Services internes (non intégrés), section distincte", "Internal (non-enterprise) services, separate section",
               langue), nombre(internes, langue)]] if internes else []),
        *[[_lib(DESIGNATIONS.par_code(c), langue), nombre(sommaire.par_designation.get(c, 0), langue)]
          for c in DESIGNATIONS.codes()],
        [bi("Complets", "Complete", langue), nombre(sommaire.complets, langue)],
        [bi("À compléter", "To complete", langue), nombre(sommaire.a_completer, langue)],
    ]
    doc.ajouter(Titre(1, bi("Sommaire", "Summary", langue)),
                Tableau([bi("Élément", "Item", langue), bi("Nombre", "Count", langue)], chiffres, largeurs=[0.74, 0.26]))
    doc.ajouter(*section_electronique(e, langue))
    if cascade is not None:
        doc.ajouter(*section_7_10(cascade, langue))
    principaux = [s for s in services if s.portee != INTERNE_NON_INTEGRE]
    separes = [s for s in services if s.portee == INTERNE_NON_INTEGRE]
    doc.ajouter(Titre(1, bi("Les services", "The services", langue)),
                Paragraphe(bi("Services externes et services internes intégrés (élément 10).",
                              "External services and internal enterprise services (element 10).", langue), "note"),
                table_services(principaux, langue))
    if separes:
        doc.ajouter(Titre(1, bi("Services internes (non intégrés) — section distincte",
                                "Internal (non-enterprise) services — separate section", langue)),
                    Paragraphe(bi(NOTE_ELEMENT_10_FR, NOTE_ELEMENT_10_EN, langue, "\n"), "note"),
                    Paragraphe(bi("Ces services ne sont ni des services externes ni des services internes intégrés : ils ne "
                                  "comptent pas dans la proportion des services électroniques (2.9.4).",
                                  "These services are neither external nor internal enterprise services: they do not count "
                                  "in the proportion of e-enabled services (2.9.4).", langue, "\n"), "note"),
                    table_services(separes, langue))
    # ce que l'approbation approuve, dit en une phrase, reste avec elle (le tableau, lui, continue)
    n = len(services)
    fin = Paragraphe(bi(f"Fin du répertoire de l'exercice {exercice} : {nombre(n, 'fr')} services, dont "
                        f"{nombre(len(separes), 'fr')} services internes (non intégrés).",
                        f"End of the inventory for fiscal year {exercice}: {nombre(n, 'en')} services, including "
                        f"{nombre(len(separes), 'en')} internal (non-enterprise) services.", langue, "\n"))
    doc.ajouter(Approbation([Signataire("Préparé par", "Prepared by", auteur, titre_auteur),
                             Signataire("Approuvé par", "Approved by")], avant=[fin]))
    return doc


def rapport(exercice: str, services: list[LigneRapport], sommaire: Sommaire, metadonnees: dict, langue: str,
            ministere: str = "", auteur: str = "", empreinte: str = "", titre_auteur: str = "") -> bytes:
    """Le répertoire d'un exercice en PDF balisé (PDF/UA-1)."""
    from gesserv_bureau.rapports import rendu_pdf

    return rendu_pdf.rendre(document(exercice, services, sommaire, metadonnees, langue, ministere, auteur, empreinte,
                                     titre_auteur))


NOTE_ELEMENT_10_FR = ("Tableau 5, élément 10, nota : « Même si la Politique sur les services ne l'exige pas, les "
                      "ministères peuvent inclure leurs services internes pourvu qu'ils soient indiqués à ce titre de "
                      "manière appropriée dans une section distincte du document. »")
NOTE_ELEMENT_10_EN = ("Table 5, element 10, note: although not required by the Policy on Service, departments may "
                      "include their internal services, provided they are appropriately identified as such in a "
                      "separate section of the document.")


def section_electronique(e: ProportionElectronique, langue: str) -> list:
    """Les deux formules de 2.9.4 sous leurs noms, ce qui est à compléter, et chaque service
    exclu du calcul avec sa justification écrite."""
    fr, en = "fr", "en"
    blocs: list = [Titre(1, bi("Proportion des services électroniques (2.9.4)", "Proportion of e-enabled services (2.9.4)", langue))]
    formule1 = bi(
        f"Proportion des services électroniques : {pourcentage(e.proportion, fr)} — nombre de services internes "
        f"intégrés et services externes offerts par voie électronique ({nombre(e.electroniques, fr)}) ÷ nombre "
        f"total de services internes intégrés et services externes ({nombre(e.total, fr)}).",
        f"Proportion of e-enabled services: {pourcentage(e.proportion, en)} — number of internal enterprise and "
        f"external services that are e-enabled ({nombre(e.electroniques, en)}) ÷ total number of internal "
        f"enterprise and external services ({nombre(e.total, en)}).", langue, "\n")
    formule2 = bi(
        f"Pourcentage moyen de chaque service qui peut être effectué en ligne : {pourcentage(e.pourcentage_moyen, fr)} "
        f"— somme du % de chaque service intégré externe et interne qui peut être effectué en ligne "
        f"({pourcentage(e.somme_pourcentages, fr)}) ÷ nombre total de services "
        f"internes intégrés et services externes ({nombre(e.total, fr)}).",
        f"Average percentage of each service that can be completed online: {pourcentage(e.pourcentage_moyen, en)} "
        f"— sum of the % of each internal enterprise and external service that can be completed online "
        f"({pourcentage(e.somme_pourcentages, en)}) ÷ total number of internal "
        f"enterprise and external services ({nombre(e.total, en)}).", langue, "\n")
    blocs += [Paragraphe(formule1), Paragraphe(formule2)]
    blocs.append(Paragraphe(bi(
        "« Il faut fournir une justification écrite pour tout service exclu du calcul » (2.9.4) : un service "
        "n'en sort qu'ainsi. Un point d'interaction sans réponse compte comme non offert en ligne.",
        "A written justification must be provided for any service excluded from the calculation (2.9.4): "
        "a service leaves the count only that way. An unanswered interaction point counts as not online.",
        langue, "\n"), "note"))

    def liste(titre_fr: str, titre_en: str, lignes: list[str], vide_fr: str, vide_en: str) -> None:
        if not lignes:
            blocs.append(Paragraphe(bi(f"{titre_fr} : {vide_fr}", f"{titre_en}: {vide_en}", langue)))
            return
        blocs.append(Titre(2, bi(f"{titre_fr} :", f"{titre_en}:", langue)))
        blocs.append(Liste(lignes))

    lt = langue_texte(langue)
    liste("À compléter (points d'interaction sans réponse, comptés comme non offerts en ligne)",
          "To complete (unanswered interaction points, counted as not online)",
          [n.libelle(lt) for n in e.a_completer], "aucun", "none")
    if e.exclusions_refusees:
        liste("Exclusion refusée faute de justification écrite (service compté)",
              "Exclusion refused for lack of a written justification (service counted)",
              [n.libelle(lt) for n in e.exclusions_refusees], "", "")
    liste("Exclus du calcul", "Excluded from the calculation",
          [f"{x.service.libelle(lt)} — {x.justification}" for x in e.exclus], "aucun", "none")
    if e.internes:
        blocs.append(Paragraphe(bi(f"Services internes (non intégrés), hors du calcul : {nombre(e.internes, fr)} (section distincte).",
                                   f"Internal (non-enterprise) services, outside the calculation: {nombre(e.internes, en)} "
                                   "(separate section).", langue)))
    return blocs


def section_7_10(c: Cascade, langue: str) -> list:
    """2.10 : les questions en cascade de 2.10.4, le nombre de services à chaque marche, et le
    progrès vers la cible de 7.10 (100 % des services externes prioritaires authentifiés offerts
    en ligne, avec l'état de la demande en temps réel)."""
    lt = langue_texte(langue)
    fr, en = "fr", "en"
    lignes = [[bi(*QUESTIONS[0], langue, "\n"), nombre(len(c.prioritaires), lt)],
              [bi(*QUESTIONS[1], langue, "\n"), nombre(len(c.externes), lt)],
              [bi(*QUESTIONS[2], langue, "\n"), nombre(len(c.authentifies), lt)],
              [bi("Lesquels de ces services sont offerts en ligne de bout en bout?",
                  "Which of these services can be completed online end to end?", langue, "\n"),
               nombre(len(c.en_ligne), lt)],
              [bi("Lesquels offrent en plus l'état de la demande en temps réel (7.10)?",
                  "Which of them also provide real-time application status (7.10)?", langue, "\n"),
               nombre(len(c.conformes), lt)]]
    blocs: list = [
        Titre(1, bi("Services prioritaires authentifiés et état de la demande en temps réel (2.10, 7.10)",
                    "Authenticated priority services and real-time application status (2.10, 7.10)", langue)),
        Tableau([bi("Question (2.10.4)", "Question (2.10.4)", langue), bi("Services", "Services", langue)], lignes,
                largeurs=[0.8, 0.2], resume=("La cascade de 2.10.4" if langue != "en" else "The 2.10.4 cascade")),
        Paragraphe(bi(
            f"Progrès vers la cible de 7.10 : {pourcentage(c.progres, fr) if c.progres is not None else '—'} des "
            f"services externes prioritaires authentifiés ({nombre(len(c.conformes), fr)} sur "
            f"{nombre(len(c.authentifies), fr)}) sont offerts en ligne avec l'état de la demande en temps réel; "
            f"la cible est de 100 %.",
            f"Progress toward the 7.10 target: {pourcentage(c.progres, en) if c.progres is not None else '—'} of "
            f"authenticated priority external services ({nombre(len(c.conformes), en)} of "
            f"{nombre(len(c.authentifies), en)}) are online with real-time application status; the target is 100%.",
            langue, "\n")),
    ]
    if c.manquants:
        blocs += [Titre(2, bi("Pas encore conformes à 7.10 :", "Not yet meeting 7.10:", langue)),
                  Liste([s.libelle(lt) for s in c.manquants])]
    if c.a_completer:
        blocs += [Titre(2, bi("À compléter (authentification ou état de la demande sans réponse) :",
                              "To complete (authentication or application status unanswered):", langue)),
                  Liste([s.libelle(lt) for s in c.a_completer])]
    return blocs
