"""Le rapport du répertoire des services d'un exercice : les métadonnées (2.1.5), les chiffres
du sommaire, la proportion des services électroniques (2.9.4, les deux formules sous leurs
noms, ce qui est à compléter et chaque exclusion avec sa justification écrite), puis une ligne
par service, en paysage; les services internes (non intégrés) que permet la note de
l'élément 10, dans leur section distincte. Le grand tableau garde des cellules de texte simple (DejaVu
Sans par le style du tableau) : 2 000 services se mettent en page vite."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from gesserv_bureau.domaine.lignes import LigneRapport
from gesserv_bureau.domaine.services_electroniques import ProportionElectronique
from gesserv_bureau.domaine.sommaire import Sommaire
from gesserv_bureau.rapports import polices
from gesserv_bureau.rapports.gabarit import FOND_ENTETE, MARGE, Document, construire, p, styles, tableau, titre_rapport
from gesserv_bureau.rapports.texte import langue_texte, libelle, nombre, pourcentage, t
from gesserv_bureau.referentiel.codes import DESIGNATIONS, EDITION, INTERNE_NON_INTEGRE, PORTEES, PORTEES_REPERTOIRE, TYPES_SERVICE


def _couper(texte: str, largeur: float, taille: float) -> str:
    """Le texte tronqué à la largeur de sa colonne (une cellule simple ne passe pas à la ligne)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # aucun glyphe de DejaVu Sans n'est plus large que 1,0 em : un texte court tient sans mesure
    if len(texte) * taille <= largeur or stringWidth(texte, polices.NORMAL, taille) <= largeur:
        return texte
    while texte and stringWidth(texte + "…", polices.NORMAL, taille) > largeur:
        texte = texte[:-1]
    return texte + "…"


def lignes_services(services: list[LigneRapport], langue: str, largeurs: list[float], taille: float = 7.5) -> list[list[str]]:
    polices.enregistrer()
    lt = langue_texte(langue)
    lignes = []
    coupe: dict[tuple[str, int], str] = {}   # types, portées, désignations : peu de valeurs différentes

    def couper(texte: str, i: int) -> str:
        cle = (texte, i)
        if cle not in coupe:
            coupe[cle] = _couper(texte, largeurs[i] - 6, taille)
        return coupe[cle]

    for s in services:
        pct = s.pourcentage_en_ligne
        lignes.append([
            _couper(s.service_id, largeurs[0] - 6, taille), _couper(s.nom(lt), largeurs[1] - 6, taille),
            couper(TYPES_SERVICE.texte(s.type_service, lt), 2), couper(PORTEES_REPERTOIRE.texte(s.portee, lt), 3),
            couper(", ".join(DESIGNATIONS.texte(d, lt) for d in s.designations), 4),
            pourcentage(pct, langue, 0) if pct is not None else "—", nombre(s.demandes, langue), str(s.a_completer),
        ])
    return lignes


def table_services(services: list[LigneRapport], langue: str) -> Table:
    largeur = landscape(letter)[0] - 2 * MARGE
    parts = [0.075, 0.25, 0.19, 0.135, 0.15, 0.06, 0.08, 0.06]
    largeurs = [largeur * x for x in parts]
    entete = [t("N° d'ID", "ID", langue), t("Nom du service", "Service name", langue),
              t("Type", "Type", langue), t("Portée", "Scope", langue),
              t("Désignations", "Designations", langue), t("En ligne", "Online", langue),
              t("Demandes", "Applications", langue), t("À compl.", "To compl.", langue)]
    taille = 7.5
    lignes = [[_couper(e, largeurs[i] - 6, taille) for i, e in enumerate(entete)]]
    lignes += lignes_services(services, langue, largeurs, taille)
    # une ligne de texte par cellule : des hauteurs fixes, que reportlab n'a pas à calculer
    table = Table(lignes, colWidths=largeurs, rowHeights=[taille + 5] * len(lignes), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), polices.NORMAL),
        ("FONTNAME", (0, 0), (-1, 0), polices.GRAS),
        ("FONTSIZE", (0, 0), (-1, -1), taille),
        ("LEADING", (0, 0), (-1, -1), taille + 2),
        ("BACKGROUND", (0, 0), (-1, 0), FOND_ENTETE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#26374a")),
        ("ALIGN", (5, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def rapport(exercice: str, services: list[LigneRapport], sommaire: Sommaire, metadonnees: dict, langue: str,
            ministere: str = "", auteur: str = "", empreinte: str = "") -> bytes:
    if not empreinte:   # l'empreinte des données mêmes du rapport
        import hashlib

        empreinte = hashlib.sha256(repr((exercice, services, sommaire, metadonnees)).encode()).hexdigest()[:12]
    doc = Document(f"Répertoire des services — exercice {exercice}", f"Service inventory — fiscal year {exercice}",
                   langue, ministere=ministere, auteur=auteur, empreinte=empreinte, paysage=True,
                   sujet_fr="Répertoire des services (Ligne directrice sur la gestion des services, 2.1)",
                   sujet_en="Service inventory (Guideline on Service Management, 2.1)",
                   edition=metadonnees.get("edition_referentiel") or EDITION)
    st = styles()
    largeur = landscape(letter)[0] - 2 * MARGE
    h = titre_rapport(doc)
    h.append(p(t("Gardien du répertoire : ", "Inventory custodian: ", langue) + (metadonnees.get("gardien") or "—")
               + " · " + t("Date de la dernière révision : ", "Date of last revision: ", langue)
               + (metadonnees.get("derniere_revision") or "—"), st["corps"]))
    h.append(p(t("Sommaire", "Summary", langue), st["h1"]))
    e = sommaire.electronique
    internes = sommaire.par_portee.get(INTERNE_NON_INTEGRE, 0)
    chiffres = [
        [t("Services", "Services", langue), nombre(sommaire.total, langue)],
        *[[libelle(PORTEES.par_code(c), langue), nombre(sommaire.par_portee.get(c, 0), langue)] for c in PORTEES.codes()],
        *([[t("Services internes (non intégrés), section distincte", "Internal (non-enterprise) services, separate section",
              langue), nombre(internes, langue)]] if internes else []),
        *[[libelle(DESIGNATIONS.par_code(c), langue), nombre(sommaire.par_designation.get(c, 0), langue)]
          for c in DESIGNATIONS.codes()],
        [t("Complets", "Complete", langue), nombre(sommaire.complets, langue)],
        [t("À compléter", "To complete", langue), nombre(sommaire.a_completer, langue)],
    ]
    h.append(tableau([[t("Élément", "Item", langue), t("Nombre", "Count", langue)], *chiffres], [largeur * 0.35, largeur * 0.12]))
    h.extend(section_electronique(e, langue))
    principaux = [s for s in services if s.portee != INTERNE_NON_INTEGRE]
    separes = [s for s in services if s.portee == INTERNE_NON_INTEGRE]
    # un titre de section n'est jamais seul au bas d'une page, loin de son tableau
    h.append(CondPageBreak(110))
    h.append(p(t("Les services", "The services", langue), st["h1"]))
    h.append(p(t("Services externes et services internes intégrés (élément 10).",
                 "External services and internal enterprise services (element 10).", langue), st["note"]))
    h.append(Spacer(1, 2))
    h.append(table_services(principaux, langue))
    if separes:
        h.append(CondPageBreak(120))
        h.append(p(t("Services internes (non intégrés) — section distincte",
                     "Internal (non-enterprise) services — separate section", langue), st["h1"]))
        h.append(p(t(NOTE_ELEMENT_10_FR, NOTE_ELEMENT_10_EN, langue, "\n") + "\n" + t(
            "Ces services ne sont ni des services externes ni des services internes intégrés : ils ne comptent "
            "pas dans la proportion des services électroniques (2.9.4).",
            "These services are neither external nor internal enterprise services: they do not count in the "
            "proportion of e-enabled services (2.9.4).", langue, "\n"), st["note"]))
        h.append(Spacer(1, 2))
        h.append(table_services(separes, langue))
    return construire(doc, h)


NOTE_ELEMENT_10_FR = ("Tableau 5, élément 10, nota : « Même si la Politique sur les services ne l'exige pas, les "
                      "ministères peuvent inclure leurs services internes pourvu qu'ils soient indiqués à ce titre de "
                      "manière appropriée dans une section distincte du document. »")
NOTE_ELEMENT_10_EN = ("Table 5, element 10, note: although not required by the Policy on Service, departments may "
                      "include their internal services, provided they are appropriately identified as such in a "
                      "separate section of the document.")


def section_electronique(e: ProportionElectronique, langue: str) -> list:
    """Les deux formules de 2.9.4 sous leurs noms, ce qui est à compléter, et chaque service
    exclu du calcul avec sa justification écrite."""
    st = styles()
    fr, en = "fr", "en"
    h = [p(t("Proportion des services électroniques (2.9.4)", "Proportion of e-enabled services (2.9.4)", langue), st["h1"])]
    formule1 = t(
        f"Proportion des services électroniques : {pourcentage(e.proportion, fr)} — nombre de services internes "
        f"intégrés et services externes offerts par voie électronique ({nombre(e.electroniques, fr)}) ÷ nombre "
        f"total de services internes intégrés et services externes ({nombre(e.total, fr)}).",
        f"Proportion of e-enabled services: {pourcentage(e.proportion, en)} — number of internal enterprise and "
        f"external services that are e-enabled ({nombre(e.electroniques, en)}) ÷ total number of internal "
        f"enterprise and external services ({nombre(e.total, en)}).", langue, "\n")
    formule2 = t(
        f"Pourcentage moyen de chaque service qui peut être effectué en ligne : {pourcentage(e.pourcentage_moyen, fr)} "
        f"— somme du % de chaque service intégré externe et interne qui peut être effectué en ligne "
        f"({pourcentage(e.somme_pourcentages, fr)}) ÷ nombre total de services "
        f"internes intégrés et services externes ({nombre(e.total, fr)}).",
        f"Average percentage of each service that can be completed online: {pourcentage(e.pourcentage_moyen, en)} "
        f"— sum of the % of each internal enterprise and external service that can be completed online "
        f"({pourcentage(e.somme_pourcentages, en)}) ÷ total number of internal "
        f"enterprise and external services ({nombre(e.total, en)}).", langue, "\n")
    for texte in (formule1, formule2):
        h.append(p(texte, st["corps"]))
    h.append(p(t("« Il faut fournir une justification écrite pour tout service exclu du calcul » (2.9.4) : un service "
                 "n'en sort qu'ainsi. Un point d'interaction sans réponse compte comme non offert en ligne.",
                 "A written justification must be provided for any service excluded from the calculation (2.9.4): "
                 "a service leaves the count only that way. An unanswered interaction point counts as not online.",
                 langue, "\n"), st["note"]))

    def liste(titre_fr: str, titre_en: str, lignes: list[str], vide_fr: str, vide_en: str) -> None:
        if not lignes:
            h.append(p(t(f"{titre_fr} : {vide_fr}", f"{titre_en}: {vide_en}", langue), st["corps"]))
            return
        h.append(CondPageBreak(45))   # le titre d'une liste reste avec ses premières lignes
        h.append(p(t(f"{titre_fr} :", f"{titre_en}:", langue), st["h2"]))
        for ligne in lignes:
            h.append(p("• " + ligne, st["corps"]))

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
        h.append(p(t(f"Services internes (non intégrés), hors du calcul : {nombre(e.internes, fr)} (section distincte).",
                     f"Internal (non-enterprise) services, outside the calculation: {nombre(e.internes, en)} "
                     "(separate section).", langue), st["corps"]))
    return h
