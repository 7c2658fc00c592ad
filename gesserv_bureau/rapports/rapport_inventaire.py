"""Le rapport du répertoire des services d'un exercice : les métadonnées (2.1.5), les chiffres
du sommaire, la proportion des services électroniques (2.9.4, les deux formules), puis une
ligne par service, en paysage. Le grand tableau garde des cellules de texte simple (DejaVu
Sans par le style du tableau) : 2 000 services se mettent en page vite."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import Spacer, Table, TableStyle

from gesserv_bureau.domaine.lignes import LigneRapport
from gesserv_bureau.domaine.sommaire import Sommaire
from gesserv_bureau.rapports import polices
from gesserv_bureau.rapports.gabarit import FOND_ENTETE, MARGE, Document, construire, p, styles, tableau, titre_rapport
from gesserv_bureau.rapports.texte import langue_texte, libelle, nombre, pourcentage, t
from gesserv_bureau.referentiel.codes import DESIGNATIONS, EDITION, PORTEES, TYPES_SERVICE


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
            couper(TYPES_SERVICE.texte(s.type_service, lt), 2), couper(PORTEES.texte(s.portee, lt), 3),
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
    chiffres = [
        [t("Services", "Services", langue), nombre(sommaire.total, langue)],
        *[[libelle(PORTEES.par_code(c), langue), nombre(sommaire.par_portee.get(c, 0), langue)] for c in PORTEES.codes()],
        *[[libelle(DESIGNATIONS.par_code(c), langue), nombre(sommaire.par_designation.get(c, 0), langue)]
          for c in DESIGNATIONS.codes()],
        [t("Complets", "Complete", langue), nombre(sommaire.complets, langue)],
        [t("À compléter", "To complete", langue), nombre(sommaire.a_completer, langue)],
    ]
    h.append(tableau([[t("Élément", "Item", langue), t("Nombre", "Count", langue)], *chiffres], [largeur * 0.35, largeur * 0.12]))
    h.append(p(t("Proportion des services électroniques (2.9.4)", "Proportion of e-enabled services (2.9.4)", langue), st["h1"]))
    formule1 = t(f"Formule 1 — services offerts par voie électronique de bout en bout ÷ services comptés : "
                 f"{pourcentage(e.proportion, 'fr')} ({e.electroniques} sur {e.total})",
                 f"Formula 1 — e-enabled end-to-end services ÷ services counted: "
                 f"{pourcentage(e.proportion, 'en')} ({e.electroniques} of {e.total})", langue, "<br/>")
    formule2 = t(f"Formule 2 — somme des pourcentages en ligne ÷ services comptés : {pourcentage(e.pourcentage_moyen, 'fr')}",
                 f"Formula 2 — sum of online percentages ÷ services counted: {pourcentage(e.pourcentage_moyen, 'en')}",
                 langue, "<br/>")
    note = t(f"Exclus avec une justification écrite : {e.exclus}. Points d'interaction incomplets, non comptés : {e.inconnus}.",
             f"Excluded with a written justification: {e.exclus}. Incomplete interaction points, not counted: {e.inconnus}.",
             langue, "<br/>")
    for texte in (formule1, formule2):
        h.append(p(texte.replace("<br/>", "\n"), st["corps"]))
    h.append(p(note.replace("<br/>", "\n"), st["note"]))
    h.append(p(t("Les services", "The services", langue), st["h1"]))
    h.append(Spacer(1, 2))
    h.append(table_services(services, langue))
    return construire(doc, h)
