"""La stratégie de gestion des services (2.5, annexe 2B) et son plan de travail intégré
(annexe 2C), comme un document : des sections que le ministère peut adapter (ajouter,
renommer, réordonner), leur état (vide, commencée, complète), les versions et l'approbation
qui fige une version, et la mise à jour annuelle (2.5.5) comparée à la version approuvée.
Sans Qt ni SQL."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass, field

from gesserv_bureau.referentiel import strategie as ref
from gesserv_bureau.referentiel.codes import EDITION

VIDE, COMMENCEE, COMPLETE = "vide", "commencee", "complete"
LIBELLES_ETATS_SECTION = {VIDE: ("Vide", "Empty"), COMMENCEE: ("Commencée", "Started"), COMPLETE: ("Complète", "Complete")}


def _id() -> str:
    return uuidlib.uuid4().hex[:12]


def section(type_: str, titre: str = "", requise: bool = True) -> dict:
    return {"id": _id(), "type": type_, "titre": titre, "requise": requise, "textes": {}}


@dataclass
class Strategie:
    titre: str = ""
    uuid: str = field(default_factory=lambda: str(uuidlib.uuid4()))
    version: int = 1
    type: str = "strategie"          # ou « mise_a_jour » (2.5.5)
    statut: str = "brouillon"        # ou « approuvee » : figée
    exercice: str = ""
    origine_uuid: str = ""           # la version dont celle-ci est partie
    reference_uuid: str = ""         # mise à jour : la stratégie approuvée qu'elle met à jour
    auteur: str = ""
    cree_le: str = ""
    modifie_le: str = ""
    approuve_le: str = ""
    approuve_par: str = ""
    sections: list[dict] = field(default_factory=lambda: [section(s.code) for s in ref.SECTIONS_TYPES])
    services: list[int] = field(default_factory=list)
    ffpm: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in ref.CADRANS_FFPM.codes()})
    objectifs: list[dict] = field(default_factory=list)     # {"id", "texte"}
    initiatives: list[dict] = field(default_factory=list)   # voir initiative()
    risques: list[dict] = field(default_factory=list)       # {"id", "risque", "probabilite", "impact", "attenuation"}
    mesures: list[dict] = field(default_factory=list)       # voir mesure()
    pk: int | None = None
    approbation: dict | None = None   # la preuve signée de l'approbation (rapports.approbation), sinon None
    edition: str = EDITION           # l'édition de la ligne directrice dont vient le document
    # mise à jour annuelle (2.5.5, élément 1) : l'aperçu de la stratégie actuelle — où elle se
    # trouve (lien ou chemin), sa date d'approbation, la dernière date de mise à jour approuvée
    emplacement: str = ""
    approbation_originale_le: str = ""
    derniere_mise_a_jour_le: str = ""

    def modifiable(self) -> bool:
        return self.statut != "approuvee"

    def contenu(self) -> dict:
        return {"sections": self.sections, "services": self.services, "ffpm": self.ffpm, "objectifs": self.objectifs,
                "initiatives": self.initiatives, "risques": self.risques, "mesures": self.mesures}

    def section_de_type(self, type_: str) -> dict | None:
        return next((s for s in self.sections if s["type"] == type_), None)


def objectif(texte: str = "") -> dict:
    return {"id": _id(), "texte": texte}


def initiative(nom: str = "", **valeurs) -> dict:
    i = {"id": _id(), "nom": nom, "description": "", "services": [], "justification": "", "cibles": "",
         "echeances": "", "indicateurs": "", "couts": "", "objectifs": [], "origine": None}
    i.update(valeurs)
    return i


def origine_de(i: dict | None) -> tuple[str, str] | None:
    """D'où vient l'initiative : ``("2A", sujet de l'examen)`` pour une initiative reprise d'un
    examen 2A, ``("norme", "numéro du service · numéro de la norme")`` pour le plan d'action d'une
    norme de service (tableau 8); ``None`` pour une initiative écrite dans la stratégie."""
    origine = (i or {}).get("origine") or {}
    if "norme" in origine:
        n = origine["norme"]
        return "norme", f"{n.get('service_id') or '?'} · {n.get('norme_id') or '?'}"
    if origine:
        return "2A", origine.get("sujet") or "?"
    return None


def risque(texte: str = "", **valeurs) -> dict:
    r = {"id": _id(), "risque": texte, "probabilite": None, "impact": None, "attenuation": ""}
    r.update(valeurs)
    return r


def mesure(initiative_id: str, texte: str = "", **valeurs) -> dict:
    m = {"id": _id(), "initiative_id": initiative_id, "mesure": texte, "secteur": "", "date_prevue": "",
         "etat": "a_temps"}
    m.update(valeurs)
    return m


# --- les sections ---------------------------------------------------------------------------
def titre_section(s: dict, langue: str) -> str:
    """Le titre donné par le ministère, sinon celui de l'annexe 2B."""
    if s.get("titre"):
        return s["titre"]
    type_ = ref.PAR_CODE.get(s["type"])
    return type_.titre.texte(langue) if type_ else ""


def renommer_section(s: dict, titre: str, langue: str) -> None:
    """Le titre que le ministère donne à la section. Un titre vide, ou celui de l'annexe 2B
    dans la langue de l'interface, rend la section à son titre officiel (qui suit la langue)."""
    titre = titre.strip()
    type_ = ref.PAR_CODE.get(s["type"])
    officiel = type_.titre.texte(langue) if type_ else ""
    s["titre"] = "" if titre == officiel else titre


def section_retirable(s: dict) -> bool:
    """Seules les sections ajoutées par le ministère se retirent; celles de l'annexe 2B restent."""
    return s["type"] == "libre"


def _rempli(texte) -> bool:
    return bool((texte or "").strip())


def etat_section(st: Strategie, s: dict) -> str:
    """Vide, commencée ou complète, selon ce que la section demande."""
    t = s["type"]
    if t in ("sommaire", "contexte", "vision", "rendement", "libre"):
        codes = [l.code for l in ref.PAR_CODE[t].sous_sections] if t in ref.PAR_CODE else ["texte"]
        remplis = [_rempli(s["textes"].get(c)) for c in codes]
        if t == "contexte":
            remplis.append(bool(st.services))
        n = sum(remplis)
        return VIDE if n == 0 else COMPLETE if n == len(remplis) else COMMENCEE
    if t == "ffpm":
        n = sum(1 for c in ref.CADRANS_FFPM.codes() if any(_rempli(x) for x in st.ffpm.get(c, [])))
        return VIDE if n == 0 else COMPLETE if n == 4 else COMMENCEE
    if t == "objectifs":
        if not st.objectifs and not st.initiatives:
            return VIDE
        completes = (any(_rempli(o["texte"]) for o in st.objectifs) and st.initiatives
                     and all(_rempli(i["nom"]) and _rempli(i["description"]) and i["services"] for i in st.initiatives))
        return COMPLETE if completes else COMMENCEE
    if t == "risques":
        if not st.risques:
            return VIDE
        ok = all(_rempli(r["risque"]) and r["probabilite"] and r["impact"] and _rempli(r["attenuation"]) for r in st.risques)
        return COMPLETE if ok else COMMENCEE
    if t == "plan":
        if not st.mesures:
            return VIDE
        ok = all(_rempli(m["mesure"]) and m["initiative_id"] and _rempli(m["secteur"]) and m["date_prevue"] and m["etat"]
                 for m in st.mesures)
        return COMPLETE if ok else COMMENCEE
    return VIDE


def sections_requises_vides(st: Strategie) -> list[dict]:
    return [s for s in st.sections if s.get("requise") and etat_section(st, s) == VIDE]


def ajouter_section(st: Strategie, titre: str, apres: int | None = None) -> dict:
    s = section("libre", titre, requise=False)
    st.sections.insert(len(st.sections) if apres is None else apres + 1, s)
    return s


def deplacer_section(st: Strategie, rang: int, sens: int) -> int:
    cible = rang + sens
    if 0 <= rang < len(st.sections) and 0 <= cible < len(st.sections):
        st.sections[rang], st.sections[cible] = st.sections[cible], st.sections[rang]
        return cible
    return rang


def retirer_section(st: Strategie, rang: int) -> bool:
    """Seules les sections ajoutées par le ministère se retirent; celles de l'annexe 2B restent."""
    if 0 <= rang < len(st.sections) and section_retirable(st.sections[rang]):
        del st.sections[rang]
        return True
    return False


def lignes_objectifs(texte: str) -> list[str]:
    """Les objectifs saisis, un par ligne : puces et blancs retirés, lignes vides et doublons
    écartés, dans l'ordre."""
    lignes: list[str] = []
    for ligne in texte.splitlines():
        ligne = ligne.strip().lstrip("•").strip()
        if ligne and ligne not in lignes:
            lignes.append(ligne)
    return lignes


def objectifs_de(st: Strategie, i: dict) -> list[str]:
    """Les textes des objectifs d'une initiative, dans son ordre."""
    par_id = {o["id"]: o for o in st.objectifs}
    return [par_id[ident]["texte"] for ident in i.get("objectifs", []) if ident in par_id]


def relier_objectifs(st: Strategie, i: dict, texte: str) -> bool:
    """Les objectifs de l'initiative ``i`` deviennent ceux de ``texte`` (un par ligne) :
    - un objectif déjà dans la stratégie (même texte) est relié tel quel;
    - une ligne corrigée renomme l'objectif qui était à ce rang, s'il n'appartient qu'à cette
      initiative et que son ancien texte n'est plus dans la liste;
    - sinon un nouvel objectif est ajouté à la stratégie.
    Rend ``False`` (rien ne change) si la liste est la même qu'avant."""
    lignes = lignes_objectifs(texte)
    if lignes == objectifs_de(st, i):
        return False
    par_id = {o["id"]: o for o in st.objectifs}
    actuels = [par_id[x] for x in i.get("objectifs", []) if x in par_id]
    ids: list[str] = []
    for n, ligne in enumerate(lignes):
        o = next((o for o in st.objectifs if o["texte"].strip() == ligne), None)
        if o is None and n < len(actuels) and actuels[n]["texte"].strip() not in lignes and not any(
                actuels[n]["id"] in autre.get("objectifs", []) for autre in st.initiatives if autre is not i):
            o = actuels[n]
            o["texte"] = ligne
        if o is None:
            o = objectif(ligne)
            st.objectifs.append(o)
        if o["id"] not in ids:
            ids.append(o["id"])
    i["objectifs"] = ids
    return True


def retirer_objectif(st: Strategie, rang: int) -> bool:
    """Retire un objectif; les initiatives qui le visaient ne le visent plus."""
    if not 0 <= rang < len(st.objectifs):
        return False
    retire = st.objectifs.pop(rang)["id"]
    for i in st.initiatives:
        i["objectifs"] = [o for o in i["objectifs"] if o != retire]
    return True


def retirer_initiative(st: Strategie, rang: int) -> bool:
    """Retire une initiative, et ses mesures du plan de travail avec elle."""
    if not 0 <= rang < len(st.initiatives):
        return False
    retiree = st.initiatives.pop(rang)["id"]
    st.mesures = [m for m in st.mesures if m["initiative_id"] != retiree]
    return True


# --- versions, approbation, mise à jour annuelle -------------------------------------------
class ApprobationRefusee(ValueError):
    def __init__(self, vides: list[dict]):
        super().__init__(", ".join(s["type"] for s in vides))
        self.vides = vides


def approuver(st: Strategie, par: str, quand: str) -> None:
    """Fige la version; refusé tant qu'une section requise est vide ou sans approbateur."""
    vides = sections_requises_vides(st)
    if vides:
        raise ApprobationRefusee(vides)
    if not par.strip():
        raise ValueError("approbateur")
    st.statut = "approuvee"
    st.approuve_par = par.strip()
    st.approuve_le = quand


def nouvelle_version(st: Strategie, auteur: str) -> Strategie:
    """La suite du travail sur une version approuvée : une copie, version suivante, brouillon."""
    copie = Strategie(**{**copy.deepcopy(st.__dict__), "pk": None, "uuid": str(uuidlib.uuid4())})
    copie.version = st.version + 1
    copie.statut = "brouillon"
    copie.origine_uuid = st.uuid
    copie.auteur = auteur
    copie.approuve_le = copie.approuve_par = copie.cree_le = copie.modifie_le = ""
    copie.approbation = None
    copie.edition = EDITION
    return copie


def mise_a_jour_annuelle(approuvee: Strategie, auteur: str, exercice: str) -> Strategie:
    """2.5.5 : à partir de la stratégie approuvée; le même approbateur par défaut."""
    if approuvee.statut != "approuvee":
        raise ValueError("la mise à jour annuelle part d'une stratégie approuvée")
    maj = nouvelle_version(approuvee, auteur)
    maj.type = "mise_a_jour"
    maj.reference_uuid = approuvee.uuid
    maj.exercice = exercice
    maj.titre = approuvee.titre
    maj.approuve_par = approuvee.approuve_par   # proposé par défaut, confirmé à l'approbation
    # 2.5.5, élément 1 : l'aperçu proposé d'après la version approuvée, que le ministère corrige;
    # l'endroit reste celui que donnait la version approuvée (copié avec elle)
    maj.approbation_originale_le = maj.derniere_mise_a_jour_le = ""
    if approuvee.type == "mise_a_jour":
        originale = apercu(approuvee, []).approbation_originale_le
        maj.approbation_originale_le, maj.derniere_mise_a_jour_le = originale, _jour(approuvee.approuve_le)
    else:
        maj.approbation_originale_le = _jour(approuvee.approuve_le)
    return maj


@dataclass(frozen=True)
class Apercu:
    """2.5.5, élément 1 : « Un aperçu de la Stratégie de gestion des services actuelle du
    ministère, notamment : l'endroit où elle se trouve (lien vers la stratégie actuelle); la date
    d'approbation et la dernière date de mise à jour, le cas échéant. » Dates en AAAA-MM-JJ;
    ``derniere_mise_a_jour_le`` vide : aucune mise à jour approuvée avant celle-ci."""

    emplacement: str
    approbation_originale_le: str
    derniere_mise_a_jour_le: str


def _jour(horodatage: str) -> str:
    return (horodatage or "")[:10]


def apercu(maj: Strategie, chaine: list[Strategie]) -> Apercu:
    """L'aperçu d'une mise à jour annuelle. Ce que la mise à jour porte (proposé à sa création,
    corrigé par le ministère) fait foi; une mise à jour faite avant que l'aperçu existe (ses deux
    dates vides) le tire des versions approuvées qu'elle met à jour (``chaine`` : sa référence,
    puis la référence de celle-ci, et ainsi de suite) : la date d'approbation est celle de la
    stratégie elle-même (la première de la chaîne qui n'est pas une mise à jour), jamais celle
    d'une mise à jour; la dernière mise à jour est la référence si c'en est une."""
    if maj.approbation_originale_le or maj.derniere_mise_a_jour_le:
        return Apercu(maj.emplacement.strip(), _jour(maj.approbation_originale_le), _jour(maj.derniere_mise_a_jour_le))
    approuvees = [s for s in chaine if s is not None and s.statut == "approuvee"]
    strategie = next((s for s in approuvees if s.type != "mise_a_jour"), None)
    precedente = approuvees[0] if approuvees and approuvees[0].type == "mise_a_jour" else None
    originale = (next((s.approbation_originale_le for s in approuvees if s.approbation_originale_le), "")
                 or (strategie.approuve_le if strategie else ""))
    return Apercu(maj.emplacement.strip(), _jour(originale), _jour(precedente.approuve_le) if precedente else "")


class DateInvalide(ValueError):
    """Une date saisie qui n'est pas AAAA-MM-JJ (ou pas une date du calendrier)."""


def modifier_apercu(maj: Strategie, emplacement: str | None = None, approbation_originale_le: str | None = None,
                    derniere_mise_a_jour_le: str | None = None) -> None:
    """Saisit l'aperçu (2.5.5, élément 1) d'une mise à jour; ``None`` : inchangé, ``""`` : effacé.
    Lève :class:`DateInvalide` sans rien changer si une date n'est pas AAAA-MM-JJ, ou si la
    dernière mise à jour précède l'approbation."""
    dates = {}
    for nom, valeur in (("approbation_originale_le", approbation_originale_le),
                        ("derniere_mise_a_jour_le", derniere_mise_a_jour_le)):
        if valeur is None:
            continue
        valeur = valeur.strip()
        if valeur:
            try:
                if len(valeur) != 10:
                    raise ValueError(valeur)
                dt.date.fromisoformat(valeur)
            except ValueError:
                raise DateInvalide(nom) from None
        dates[nom] = valeur
    originale = dates.get("approbation_originale_le", maj.approbation_originale_le)
    derniere = dates.get("derniere_mise_a_jour_le", maj.derniere_mise_a_jour_le)
    if originale and derniere and derniere < originale:
        raise DateInvalide("derniere_mise_a_jour_le")
    if emplacement is not None:
        maj.emplacement = emplacement.strip()
    for nom, valeur in dates.items():
        setattr(maj, nom, valeur)


def _partie(st: Strategie, cle: str):
    if cle == "objectifs:objectifs":
        return [o["texte"] for o in st.objectifs]
    if cle == "objectifs:initiatives":
        return [{k: v for k, v in i.items() if k != "id"} for i in st.initiatives]
    if cle == "plan":
        return [{k: v for k, v in m.items() if k != "id"} for m in st.mesures]
    if cle == "ffpm":
        return st.ffpm
    if cle == "risques":
        return [{k: v for k, v in r.items() if k != "id"} for r in st.risques]
    s = st.section_de_type(cle)
    textes = {k: v.strip() for k, v in (s["textes"] if s else {}).items() if v.strip()}
    if cle == "contexte":
        return {"textes": textes, "services": sorted(st.services)}
    return textes


def changements(reference: Strategie, maj: Strategie) -> dict[str, bool]:
    """Pour chaque élément A à G de 2.5.5 : a-t-il changé par rapport à la version approuvée?"""
    resultat = {}
    for lettre, _libelle, cles in ref.ELEMENTS_MISE_A_JOUR:
        resultat[lettre] = any(json.dumps(_partie(reference, c), sort_keys=True, ensure_ascii=False)
                               != json.dumps(_partie(maj, c), sort_keys=True, ensure_ascii=False) for c in cles)
    return resultat


# --- le plan de travail (annexe 2C) ---------------------------------------------------------
def en_retard(m: dict, aujourd_hui: dt.date | None = None) -> bool:
    """Une mesure dont la date prévue est passée sans qu'elle soit terminée ni retirée."""
    if not m.get("date_prevue") or m.get("etat") in ("termine", "retire"):
        return False
    try:
        prevue = dt.date.fromisoformat(m["date_prevue"])
    except ValueError:
        return False
    return prevue < (aujourd_hui or dt.date.today())


def reprendre_initiatives_2a(st: Strategie, proposees: list[dict]) -> int:
    """Reprend dans la stratégie les initiatives proposées aux examens 2A, en gardant le lien
    (une initiative déjà reprise ne l'est pas deux fois). Renvoie le nombre ajouté."""
    deja = {(i["origine"] or {}).get("evaluation_uuid", "") + f"#{(i['origine'] or {}).get('rang')}"
            for i in st.initiatives if i.get("origine")}
    n = 0
    for p in proposees:
        cle = f"{p['evaluation_uuid']}#{p['rang']}"
        if cle in deja:
            continue
        justification = "\n".join(x for x in (p.get("avantages", ""), p.get("risques", "")) if x)
        st.initiatives.append(initiative(
            p.get("nom", ""), description=p.get("description", ""),
            services=[p["service_pk"]] if p.get("service_pk") else [], justification=justification,
            couts=p.get("couts", ""),
            origine={"evaluation_uuid": p["evaluation_uuid"], "rang": p["rang"], "sujet": p.get("sujet", "")},
        ))
        n += 1
    return n


def initiatives_sans_mesure(st: Strategie) -> list[dict]:
    """Les initiatives qui n'ont encore aucune mesure au plan, dans leur ordre."""
    avec = {m.get("initiative_id") for m in st.mesures}
    return [i for i in st.initiatives if i["id"] not in avec]


def secteurs(st: Strategie) -> list[str]:
    """Les secteurs responsables déjà saisis, sans doublon ni vide, dans l'ordre alphabétique."""
    return sorted({(m.get("secteur") or "").strip() for m in st.mesures} - {""}, key=str.casefold)


def ajouter_initiative(st: Strategie, nom: str) -> dict | None:
    """Une nouvelle initiative à la fin de la stratégie (``None`` si le nom est vide)."""
    if not nom.strip():
        return None
    i = initiative(nom.strip())
    st.initiatives.append(i)
    return i


def renommer_initiative(i: dict, nom: str) -> bool:
    """Renomme l'initiative; un nom vide ou inchangé ne change rien (``False``)."""
    if not nom.strip() or i.get("nom") == nom.strip():
        return False
    i["nom"] = nom.strip()
    return True


def rang_nouvelle_mesure(st: Strategie, initiative_id: str) -> int:
    """Le rang d'une nouvelle mesure de l'initiative : après ses autres mesures, sinon à la fin."""
    position = len(st.mesures)
    for r, m in enumerate(st.mesures):
        if m.get("initiative_id") == initiative_id:
            position = r + 1
    return position


def modifier_mesure(st: Strategie, m: dict, cle: str, valeur) -> bool:
    """Change une valeur de la mesure ``m`` si elle est permise et différente (``True``) :
    l'initiative doit exister, l'état être l'un des cinq de la légende, la date prévue être
    AAAA-MM-JJ ou vide; le texte de la mesure et le secteur sont pris sans blancs autour."""
    if cle == "initiative_id":
        valeur = str(valeur)
        if not any(i["id"] == valeur for i in st.initiatives):
            return False
    elif cle == "etat":
        if valeur not in ref.ETATS.codes():
            return False
    elif cle == "date_prevue":
        valeur = str(valeur or "").strip()
        if valeur:
            try:
                dt.date.fromisoformat(valeur)
            except ValueError:
                return False
    elif cle in ("mesure", "secteur"):
        valeur = str(valeur or "").strip()
    else:
        return False
    if m.get(cle, "") == valeur:
        return False
    m[cle] = valeur
    return True
