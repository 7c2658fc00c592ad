"""Le rendu PDF d'un :class:`~gesserv_bureau.rapports.document.Document` : un PDF balisé
(PDF/UA-1) par Typst, puis un champ de signature vide et balisé par signataire.

Typst reçoit le document en JSON et le gabarit ``ressources/rapports/gabarit.typ`` le met en page : structure
(titres dans l'ordre, paragraphes, listes, tableaux avec TH et leur portée, en-têtes répétés et
pieds de page en artefacts), langue du document et de chaque partie dans l'autre langue, titre
affiché dans la barre de la fenêtre, DejaVu Sans intégrée. pyHanko ajoute des champs de
signature sans balise : on les ajoute donc ici (en mise à jour incrémentale), chacun comme un élément ``/Form`` de
l'arbre de structure relié à son widget, avec son nom pour les lecteurs d'écran (``/TU``);
pyHanko ne fait ensuite que les remplir."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import threading
from dataclasses import replace
from functools import lru_cache

from gesserv_bureau import __version__
from gesserv_bureau.rapports.document import (
    Approbation,
    Document,
    Ensemble,
    Figure,
    Fragment,
    Liste,
    Paragraphe,
    Paysage,
    SautDePage,
    TableDesMatieres,
    Tableau,
    Titre,
    bi,
    en_clair,
    fragments,
)
from gesserv_bureau.rapports.polices import caracteres_couverts
from gesserv_bureau.rapports.texte import lisible, typographie

TEXTE_EBAUCHE = {"fr": "ÉBAUCHE", "en": "DRAFT", "bilingue": "ÉBAUCHE / DRAFT"}
MOTIF_PAGE = {"fr": "Page {n} de {t}", "en": "Page {n} of {t}", "bilingue": "Page {n} de {t} / Page {n} of {t}"}
# la fin d'une conclusion gardée avec le bloc d'approbation qui l'approuve (en caractères)
GARDE_MIN, GARDE_MAX = 200, 700


class RenduImpossible(RuntimeError):
    """Typst a refusé le document (ce qui serait une erreur du programme, jamais des données)."""


# --- le document en données -------------------------------------------------------------------
def _frag(f: Fragment, langue_bloc: str) -> dict:
    langue = f.langue if f.langue in ("fr", "en") and f.langue != langue_bloc else None
    texte = lisible(f.texte, caracteres_couverts())   # un caractère sans glyphe, écrit en clair
    return {"t": typographie(texte) if (f.langue or langue_bloc) == "fr" else texte,
            "l": langue, "b": f.gras, "i": f.italique, "c": f.couleur, "f": f.fond}


def _texte(texte, langue: str) -> list[dict]:
    """Les fragments du texte; deux fragments voisins de mêmes marques n'en font qu'un (le gabarit
    compose chaque fragment à part : moins de fragments, un rendu plus rapide)."""
    morceaux: list[dict] = []
    for f in fragments(texte):
        d = _frag(f, langue)
        if morceaux and all(morceaux[-1][k] == d[k] for k in ("l", "b", "i", "c", "f")):
            morceaux[-1] = {**morceaux[-1], "t": morceaux[-1]["t"] + d["t"]}
        else:
            morceaux.append(d)
    return morceaux


def _phrases(texte: str) -> list[str]:
    return re.split(r"(?<=[.!?…»])\s+(?=\S)", texte)


def texte_bloc(bloc) -> str:
    """Le texte lisible d'un bloc (pour en juger la longueur)."""
    from gesserv_bureau.rapports.document import Document, texte_integral

    return texte_integral(Document("", "", blocs=[bloc]))


def _garder_fin(avant: list) -> tuple[list, list]:
    """Ce qui précède le bloc d'approbation, et sa fin gardée sur la page de l'approbation : les
    derniers paragraphes entiers s'ils sont courts (avec l'intertitre qu'ils suivent), sinon les
    dernières phrases du dernier (ses derniers mots si sa dernière phrase est elle-même trop
    longue; jamais un mot coupé). Dans un paragraphe fait de plusieurs fragments (une étiquette
    en gras, puis le texte), seul le dernier fragment se coupe."""
    if not avant:
        return [], []
    # une fin courte (une décision et sa justification) reste entière, avec son intertitre
    debut, gardes, longueur = list(avant), [], 0
    while debut and isinstance(debut[-1], Paragraphe) and longueur + len(en_clair(debut[-1].texte)) <= GARDE_MAX:
        longueur += len(en_clair(debut[-1].texte))
        gardes.insert(0, debut.pop())
    if gardes:
        if debut and isinstance(debut[-1], Titre):
            gardes.insert(0, debut.pop())
        return debut, gardes
    *debut, dernier = avant
    if not isinstance(dernier, Paragraphe):
        # un bloc qui n'est pas un paragraphe n'est gardé avec l'approbation que s'il est court :
        # un grand tableau dans un bloc insécable déborderait de la page
        court = not isinstance(dernier, (Tableau, Liste, Figure)) or len(texte_bloc(dernier)) <= GARDE_MAX
        return (debut, [dernier]) if court else (avant, [])
    *tete_fragments, f = fragments(dernier.texte)
    if len(f.texte) <= GARDE_MAX:          # le dernier fragment, entier, suffit
        if not tete_fragments:
            return debut, [dernier]
        return debut + [Paragraphe(tete_fragments, dernier.style)], [Paragraphe([f], dernier.style)]
    phrases = _phrases(f.texte)
    fin: list[str] = []
    while phrases and sum(len(p) for p in fin) < GARDE_MIN:
        if sum(len(p) for p in fin) + len(phrases[-1]) > GARDE_MAX and fin:
            break
        fin.insert(0, phrases.pop())
    if sum(len(p) for p in fin) > GARDE_MAX:   # une phrase trop longue : ses derniers mots
        mots = " ".join(fin).split(" ")
        fin = []
        while mots and sum(len(m) + 1 for m in fin) < GARDE_MIN:
            fin.insert(0, mots.pop())
        phrases.append(" ".join(mots))
    phrases = [p for p in phrases if p]
    if not fin:
        return avant, []
    if not phrases and not tete_fragments:
        return debut, [dernier]
    tete = Paragraphe(tete_fragments + ([replace(f, texte=" ".join(phrases))] if phrases else []), dernier.style)
    queue = Paragraphe(replace(f, texte=" ".join(fin)), dernier.style)
    return debut + [tete], [queue]


def _bloc(b, doc: Document, large: bool = False) -> dict:
    """Un bloc en données; ``large`` : dans une section à l'italienne."""
    lp = doc.langue_principale
    if isinstance(b, Titre):
        return {"type": "titre", "niveau": max(1, min(3, b.niveau)), "texte": _texte(b.texte, lp)}
    if isinstance(b, Paragraphe):
        return {"type": "paragraphe", "style": b.style, "texte": _texte(b.texte, lp)}
    if isinstance(b, Liste):
        return {"type": "liste", "numerotee": b.numerotee, "elements": [_texte(e, lp) for e in b.elements]}
    if isinstance(b, Tableau):
        return _tableau(b, lp)
    if isinstance(b, Figure):
        return {"type": "figure", "alternative": en_clair(b.alternative),
                "legende": _texte(b.legende, lp), "svg": b.svg.decode("utf-8") if b.svg else None,
                "tableau": _tableau(b.tableau, lp) if b.tableau is not None else None}
    if isinstance(b, SautDePage):
        return {"type": "saut"}
    if isinstance(b, TableDesMatieres):
        return {"type": "sommaire", "titre": _texte(b.titre, lp), "profondeur": max(1, min(2, b.profondeur))}
    if isinstance(b, Paysage):
        return {"type": "paysage", "blocs": [_bloc(x, doc, True) for x in b.blocs]}
    if isinstance(b, Ensemble):
        return {"type": "ensemble", "blocs": [_bloc(x, doc) for x in b.blocs]}
    if isinstance(b, Approbation):
        avant, gardes = _garder_fin(list(b.avant))
        L = doc.langue
        signataires = []
        for n, s in enumerate(b.signataires, start=1):
            signataires.append({
                "nom": f"signature_{n}",
                "role": en_clair(bi(s.role_fr, s.role_en, L)),
                "lignes": [(_texte(bi("Rôle", "Role", L), lp), _texte(bi(s.role_fr, s.role_en, L), lp)),
                           (_texte(bi("Nom", "Name", L), lp), _texte(s.nom, lp)),
                           (_texte(bi("Titre", "Title", L), lp), _texte(s.titre, lp)),
                           (_texte(bi("Date", "Date", L), lp), [])],
                "etiquette_signature": _texte(bi("Signature", "Signature", L), lp),
            })
        return {"type": "approbation", "large": large or doc.paysage, "avant": [_bloc(x, doc, large) for x in avant],
                "gardes": [_bloc(x, doc, large) for x in gardes],
                "titre": _texte(bi("Approbation", "Approval", L), lp), "signataires": signataires}
    raise TypeError(f"bloc inconnu : {type(b).__name__}")


def _cellule(texte, lp: str, memo: dict | None = None):
    """Une cellule : une simple chaîne si elle n'est qu'un texte sans marque (le gabarit l'affiche
    telle quelle, bien plus vite), sinon ses fragments. Une chaîne (presque toutes les cellules
    d'un grand tableau) va droit au but, et ``memo`` garde le rendu des valeurs qui se répètent
    (type, portée, désignations) : le même résultat que par les fragments, trois fois plus vite
    pour le répertoire de 2 000 services (mesuré)."""
    if isinstance(texte, str) and texte and "\n" not in texte:
        if memo is not None and texte in memo:
            return memo[texte]
        clair = lisible(texte, caracteres_couverts())
        rendu = typographie(clair) if lp == "fr" else clair
        if memo is not None:
            memo[texte] = rendu
        return rendu
    morceaux = _texte(texte, lp)
    if len(morceaux) == 1:
        f = morceaux[0]
        if not (f["l"] or f["b"] or f["i"] or f["c"] or f["f"]) and "\n" not in f["t"]:
            return f["t"]
    return morceaux


def _tableau(t: Tableau, lp: str) -> dict:
    largeurs = t.largeurs
    colonnes = len(t.entetes) if t.entetes else max((len(l) for l in t.lignes), default=1)
    if largeurs is not None and len(largeurs) != colonnes:
        raise ValueError("un tableau a autant de largeurs que de colonnes")
    memo: dict = {}
    lignes = [[_cellule(c, lp, memo) for c in ligne] + [""] * (colonnes - len(ligne)) for ligne in t.lignes]
    return {"type": "tableau", "entetes": [_texte(e, lp) for e in t.entetes] or [[]] * colonnes,
            "lignes": lignes, "largeurs": largeurs, "sans_entete": t.sans_entete or not t.entetes,
            "fonds": {f"{ligne},{colonne}": couleur for (ligne, colonne), couleur in t.fonds.items()}}


def donnees(doc: Document) -> dict:
    """Le document tel que le gabarit le lit."""
    L = doc.langue
    genere = en_clair(bi("Produit le", "Generated on", L))
    pied = f"{genere} {doc.date.isoformat()}"
    if doc.empreinte:
        pied += f" · {en_clair(bi('empreinte des données', 'data fingerprint', L))} {doc.empreinte}"
    version = f"gesserv-bureau {__version__}"
    if doc.edition:
        version += " · " + en_clair(bi(f"Ligne directrice sur la gestion des services, édition {doc.edition}",
                                       f"Guideline on Service Management, {doc.edition} edition", L, " / "))
    ebauche = TEXTE_EBAUCHE[L] if doc.ebauche else ""
    mots = [doc.sujet()] + ([ebauche] if ebauche else [])
    titre = doc.titre()
    return {
        "langue": doc.langue_principale,
        "meta": {"titre": (f"{ebauche} — " if ebauche else "") + titre, "auteur": [doc.auteur or "gesserv-bureau"],
                 "mots_cles": mots, "sujet": doc.sujet()},
        "titre": _texte(doc.titre_fragments(), doc.langue_principale),
        "entete": _texte(doc.titre_fragments(), doc.langue_principale),
        "ministere": doc.ministere or "",
        "pied": pied, "version": version, "motif_page": MOTIF_PAGE[L],
        "paysage": doc.paysage, "ebauche": ebauche,
        "blocs": [_bloc(b, doc) for b in doc.blocs],
    }


# --- la compilation ---------------------------------------------------------------------------
_VERROU = threading.Lock()


@lru_cache(maxsize=1)
def _compilateur():
    from gesserv_bureau.rapports.typst_isole import nouveau_compilateur

    return nouveau_compilateur()


def rendre(doc: Document) -> bytes:
    """Le PDF balisé du document, avec un champ de signature vide et balisé par signataire. Un
    grand document se compile dans un processus à part (``typst_isole`` : la mémoire que Typst
    garde d'une compilation à l'autre)."""
    from gesserv_bureau.rapports import typst_isole

    document = json.dumps(donnees(doc), ensure_ascii=False)
    horodatage = dt.datetime.combine(doc.date, dt.time(12, 0), tzinfo=dt.timezone.utc)
    avec_zones = bool(doc.signataires())
    try:
        if len(document.encode("utf-8")) >= typst_isole.SEUIL_ISOLEMENT:
            pdf, zones = typst_isole.compiler_a_part(document, horodatage, avec_zones)
        else:
            with _VERROU:   # un compilateur partagé : ses entrées valent pour la compilation et la requête
                pdf, zones = typst_isole.compiler(_compilateur(), document, horodatage, avec_zones)
    except typst_isole.ErreurTypst as exc:   # pragma: no cover — un défaut du gabarit, pas des données
        raise RenduImpossible(str(exc)) from exc
    if zones:
        roles = {f"signature_{n}": en_clair(bi(s.role_fr, s.role_en, doc.langue))
                 for n, s in enumerate(doc.signataires(), start=1)}
        pdf = ajouter_champs_balises(pdf, zones, roles, doc.langue)
    return pdf


def ajouter_champs_balises(pdf: bytes, zones: list[dict], roles: dict[str, str], langue: str) -> bytes:
    """Un champ de signature vide par zone (la première si une zone a été posée deux fois), son
    widget relié à un élément ``/Form`` de l'arbre de structure, avec ``/TU`` pour son nom.

    Écrit en mise à jour incrémentale (pyHanko, qui signera ensuite) : seuls les objets touchés
    sont lus et réécrits à la suite du fichier de Typst. Réécrire le fichier entier (pikepdf)
    prenait 0,49 s pour le répertoire de 2 000 services, pour 0,06 s ainsi (mesuré)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    def nom(n: str):
        return generic.NameObject(n)

    etiquette = en_clair(bi("Signature", "Signature", langue))
    ecrivain = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    racine = ecrivain.root
    arbre = racine["/StructTreeRoot"]
    if isinstance(arbre["/K"], generic.ArrayObject):
        element_document, ref_document = arbre["/K"][0], arbre["/K"].raw_get(0)
    else:
        element_document, ref_document = arbre["/K"], arbre.raw_get("/K")
    enfants = element_document.get("/K")
    if not isinstance(enfants, generic.ArrayObject):
        enfants = generic.ArrayObject([element_document.raw_get("/K")] if enfants is not None else [])
        element_document[nom("/K")] = enfants
    arbre_parents = arbre["/ParentTree"]
    nums = arbre_parents.get("/Nums")
    if nums is None:
        raise RenduImpossible("ParentTree sans /Nums")   # pragma: no cover — Typst l'écrit à plat
    cle = int(arbre.get("/ParentTreeNextKey", len(nums) // 2))
    if "/AcroForm" not in racine:
        racine[nom("/AcroForm")] = ecrivain.add_object(generic.DictionaryObject({nom("/Fields"): generic.ArrayObject()}))
        ecrivain.update_root()
    formulaire = racine["/AcroForm"]
    champs = formulaire["/Fields"]
    vus = set()
    for z in zones:
        if z["nom"] in vus:
            continue
        vus.add(z["nom"])
        ref_page, _ressources = ecrivain.find_page_for_modification(int(z["page"]) - 1)
        page = ref_page.get_object()
        hauteur_page = float(page["/MediaBox"][3])
        x0, haut = float(z["x"]), float(z["y"])
        rect = [round(x0, 2), round(hauteur_page - haut - float(z["hauteur"]), 2),
                round(x0 + float(z["largeur"]), 2), round(hauteur_page - haut, 2)]
        nom_accessible = f"{etiquette} — {roles.get(z['nom'], z['nom'])}"
        widget = ecrivain.add_object(generic.DictionaryObject({
            nom("/Type"): nom("/Annot"), nom("/Subtype"): nom("/Widget"), nom("/FT"): nom("/Sig"),
            nom("/T"): generic.TextStringObject(z["nom"]), nom("/TU"): generic.TextStringObject(nom_accessible),
            nom("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in rect]),
            nom("/F"): generic.NumberObject(4), nom("/P"): ref_page, nom("/StructParent"): generic.NumberObject(cle),
        }))
        element = ecrivain.add_object(generic.DictionaryObject({
            nom("/Type"): nom("/StructElem"), nom("/S"): nom("/Form"), nom("/P"): ref_document,
            nom("/Alt"): generic.TextStringObject(nom_accessible), nom("/Pg"): ref_page,
            nom("/K"): generic.DictionaryObject({nom("/Type"): nom("/OBJR"), nom("/Obj"): widget, nom("/Pg"): ref_page}),
        }))
        enfants.append(element)
        nums.append(generic.NumberObject(cle))
        nums.append(element)
        cle += 1
        annotations = page.get("/Annots")
        if annotations is None:
            annotations = generic.ArrayObject()
            page[nom("/Annots")] = annotations
        annotations.append(widget)
        page[nom("/Tabs")] = nom("/S")
        ecrivain.update_container(annotations)
        ecrivain.mark_update(ref_page)
        champs.append(widget)
    arbre[nom("/ParentTreeNextKey")] = generic.NumberObject(cle)
    for objet in (enfants, element_document, nums, arbre_parents, arbre, champs, formulaire):
        ecrivain.update_container(objet)
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    return sortie.getvalue()
