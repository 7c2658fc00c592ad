"""Le rapport des normes de service et du rendement d'un exercice (2.7; tableau 8; 2.7.10) : le
décompte des normes par scénario, puis chaque norme avec sa cible, ses résultats (l'exercice et
les trimestres), son scénario du tableau 8 et son plan d'action, groupées par service, les
services prioritaires d'abord. En paysage; les cellules passent à la ligne, rien n'est coupé.

Deux grands tableaux (les normes, puis les plans d'action) plutôt qu'un tableau par service : le
même contenu, groupé par service (la colonne Service, dans l'ordre), mais un rendu aussi rapide
qu'une seule table même pour des milliers de normes."""

from __future__ import annotations

from dataclasses import dataclass, field

from gesserv_bureau.rapports.document import Approbation, Document, Fragment, Paragraphe, Signataire, Tableau, Titre, bi
from gesserv_bureau.formats import fraction, points
from gesserv_bureau.rapports.texte import langue_texte, nombre, t
from gesserv_bureau.referentiel import normes as ref
from gesserv_bureau.referentiel import tableau_8
from gesserv_bureau.referentiel.codes import EDITION
from gesserv_bureau.referentiel.donnees_ouvertes import LIBELLES_CANAUX, LIBELLES_TYPES_NORME

PARTS_NORMES = [0.18, 0.31, 0.08, 0.24, 0.19]
PARTS_ACTIONS = [0.17, 0.3, 0.16, 0.1, 0.1, 0.17]
ORDRE_SCENARIOS = ("depasse", "conforme", "non_atteinte", "mise_en_oeuvre", None)


@dataclass
class ServiceNormes:
    """Un service et le suivi de ses normes (``cas.normes.Suivi``) pour l'exercice."""

    service_id: str
    nom_fr: str
    nom_en: str
    prioritaire: bool
    suivis: list = field(default_factory=list)

    def nom(self, langue: str) -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)


def _pct(valeur: float | None, langue: str) -> str:
    return fraction(valeur, "en" if langue == "en" else "fr")


def _scenario(code: str | None, langue: str) -> list[Fragment]:
    if code is None:
        return bi("Sans résultat ou sans cible", "No result or no target", langue)
    sc = tableau_8.scenario(code)
    numero = f"{sc.numero}. " if sc.numero else ""
    return [Fragment(numero), *bi(*sc.titre, langue, "\n")]


def _norme(n, langue: str) -> list[Fragment]:
    lt = langue_texte(langue)
    i = 1 if lt == "en" else 0
    details = " · ".join(x for x in (n.norme_id, LIBELLES_TYPES_NORME.get(n.type_norme, ("", ""))[i],
                                     ", ".join(LIBELLES_CANAUX.get(c, (c, c))[i] for c in n.canal.split(",") if c)) if x)
    # en bilingue, la norme dans ses deux langues (chacune marquée de la sienne)
    texte = [*bi(n.norme_fr or n.norme_en, n.norme_en or n.norme_fr, langue, "\n"), Fragment("\n" + details)]
    if n.retiree:
        texte += [Fragment("\n"), *bi(f"Retirée le {n.retiree_le}", f"Retired on {n.retiree_le}", langue)]
    if n.mise_en_oeuvre:
        texte += [Fragment("\n"), *bi("Première mise en œuvre (2.7.10)", "First implementation (2.7.10)", langue)]
    return texte


def _resultats(s, langue: str) -> str:
    """« 870 / 1 000 = 87,0 % », puis un trimestre par ligne."""
    lt = "en" if langue == "en" else "fr"
    e = s.exercice
    lignes = []
    if e.source in ("exercice", "trimestres"):
        somme = t(" (somme des trimestres)", " (sum of quarters)", langue) if e.source == "trimestres" else ""
        lignes.append(f"{nombre(e.volume_conforme, lt)} / {nombre(e.volume_total, lt)} = {_pct(e.rendement, langue)}{somme}")
    elif e.source == "declare":
        lignes.append(t(f"{_pct(e.rendement, langue)} (déclaré)", f"{_pct(e.rendement, langue)} (reported)", langue))
    else:
        lignes.append("—")
    deux_points = ": " if lt == "en" else "\u00a0: "
    for r in s.trimestres:
        trimestre = r.periode.replace("T", "Q") if lt == "en" else r.periode
        lignes.append(f"{trimestre}{deux_points}{nombre(r.volume_conforme, lt)} / {nombre(r.volume_total, lt)} = "
                      f"{_pct(r.rendement, langue)}")
    return "\n".join(lignes)


def _service(g: ServiceNormes, langue: str) -> list[Fragment]:
    texte = [Fragment(f"{g.service_id}\n"), *bi(g.nom_fr or g.nom_en, g.nom_en or g.nom_fr, langue, "\n")]
    if g.prioritaire:
        texte += [Fragment("\n"), *bi("Service prioritaire", "Priority service", langue)]
    return texte


def table_normes(groupes: list[ServiceNormes], langue: str) -> Tableau:
    entete = [bi("Service", "Service", langue), bi("Norme", "Standard", langue), bi("Cible", "Target", langue),
              bi("Résultats (conforme / total = rendement)", "Results (meeting / total = performance)", langue),
              bi("Scénario (tableau 8) et actions", "Scenario (Table 8) and actions", langue)]
    lignes = []
    for g in groupes:
        for s in g.suivis:
            scenario = _scenario(s.scenario, langue)
            if s.actions:   # le détail des actions : le tableau des plans d'action
                faites = sum(1 for a in s.actions if a.statut == "terminee")
                scenario += [Fragment("\n"), *bi(f"Actions : {len(s.actions)} ({faites} terminées)",
                                                 f"Actions: {len(s.actions)} ({faites} completed)", langue)]
            lignes.append([_service(g, langue), _norme(s.norme, langue), _pct(s.norme.cible, langue),
                           _resultats(s, langue), scenario])
    return Tableau(entete, lignes, largeurs=list(PARTS_NORMES),
                   resume=t("Une ligne par norme de service, groupées par service",
                             "One row per service standard, grouped by service", langue))


def table_actions(groupes: list[ServiceNormes], langue: str, titres_strategies: dict[str, str]) -> Tableau | None:
    lignes = []
    for g in groupes:
        for s in g.suivis:
            for a in s.actions:
                plan = titres_strategies.get(a.strategie_uuid, a.strategie_uuid[:8]) if a.strategie_uuid else "—"
                lignes.append([f"{g.service_id} · {s.norme.norme_id}", a.texte, a.responsable or "—", a.echeance or "—",
                               bi(*ref.STATUTS_ACTION.get(a.statut, (a.statut, a.statut)), langue, "\n"), plan])
    if not lignes:
        return None
    entete = [bi("Service · norme", "Service · standard", langue), bi("Action", "Action", langue),
              bi("Responsable", "Responsible", langue), bi("Échéance", "Due date", langue),
              bi("Statut", "Status", langue), bi("Plan de travail (2C)", "Workplan (2C)", langue)]
    return Tableau(entete, lignes, largeurs=list(PARTS_ACTIONS),
                   resume=t("Une ligne par action des plans d'action des normes",
                             "One row per action of the standards' action plans", langue))


def document(exercice: str, groupes: list[ServiceNormes], tolerance: float, langue: str, ministere: str = "",
             auteur: str = "", empreinte: str = "", titre_auteur: str = "",
             titres_strategies: dict[str, str] | None = None) -> Document:
    """Le document des normes de service d'un exercice (en paysage); ``groupes`` : les services
    et le suivi de leurs normes, dans l'ordre du rapport (:func:`ordonner`)."""
    if not empreinte:
        import hashlib

        empreinte = hashlib.sha256(repr((exercice, groupes, tolerance)).encode()).hexdigest()[:12]
    doc = Document(f"Normes de service et rendement — exercice {exercice}",
                   f"Service standards and performance — fiscal year {exercice}", langue, ministere=ministere,
                   auteur=auteur, empreinte=empreinte, paysage=True,
                   sujet_fr="Normes de service, cibles de rendement et résultats (Ligne directrice sur la gestion des "
                            "services, 2.7)",
                   sujet_en="Service standards, performance targets and results (Guideline on Service Management, 2.7)",
                   edition=EDITION)
    suivis = [s for g in groupes for s in g.suivis]
    points_fr, points_en = points(tolerance, "fr"), points(tolerance, "en")
    doc.ajouter(Paragraphe(bi(
        f"Les résultats d'une norme sont classés selon les trois scénarios du tableau 8 de la Ligne directrice "
        f"(2.7.11) : ils dépassent la cible, y sont conformes à {points_fr} points de pourcentage près "
        f"(la tolérance du ministère), ou ne l'atteignent pas. Le rendement est le volume qui respecte la norme "
        f"divisé par le volume total.",
        f"Each standard's results are classified according to the three scenarios of Table 8 of the Guideline "
        f"(2.7.11): they exceed the target, meet it within {points_en} percentage points (the department's "
        f"tolerance), or do not meet it. Performance is the volume meeting the standard divided by the total "
        f"volume.", langue, "\n")))
    # les normes en vigueur par scénario; les retirées à part (elles restent dans les tableaux)
    en_vigueur = [s for s in suivis if not s.norme.retiree]
    comptes = {code: sum(1 for s in en_vigueur if s.scenario == code) for code in ORDRE_SCENARIOS}
    ln = "en" if langue == "en" else "fr"
    retirees = len(suivis) - len(en_vigueur)
    doc.ajouter(Titre(1, bi("Sommaire", "Summary", langue)), Tableau(
        [bi("Scénario", "Scenario", langue), bi("Normes", "Standards", langue)],
        [[_scenario(code, langue), nombre(comptes[code], ln)] for code in ORDRE_SCENARIOS]
        + ([[bi("Retirées au cours de l'exercice", "Retired during the fiscal year", langue), nombre(retirees, ln)]]
           if retirees else [])
        + [[bi("Total", "Total", langue), nombre(len(suivis), ln)]],
        largeurs=[0.75, 0.25], resume=t("Le nombre de normes par scénario", "The number of standards by scenario",
                                         langue)))
    prioritaires = [g for g in groupes if g.prioritaire]
    autres = [g for g in groupes if not g.prioritaire]
    for titre, liste in ((bi("Services prioritaires", "Priority services", langue), prioritaires),
                         (bi("Autres services", "Other services", langue), autres)):
        if liste:
            doc.ajouter(Titre(1, titre), table_normes(liste, langue))
    if not suivis:
        doc.ajouter(Paragraphe(bi(f"Aucune norme de service pour l'exercice {exercice}.",
                                  f"No service standards for fiscal year {exercice}.", langue)))
    actions = table_actions(groupes, langue, titres_strategies or {})
    doc.ajouter(Titre(1, bi("Plans d'action", "Action plans", langue)))
    doc.ajouter(actions if actions is not None else Paragraphe(bi("Aucune action.", "No actions.", langue)))
    fin = Paragraphe(bi(f"Fin du rapport des normes de service de l'exercice {exercice} : {nombre(len(suivis), 'fr')} "
                        f"normes, {nombre(len(groupes), 'fr')} services.",
                        f"End of the service standards report for fiscal year {exercice}: {nombre(len(suivis), 'en')} "
                        f"standards, {nombre(len(groupes), 'en')} services.", langue, "\n"))
    doc.ajouter(Approbation([Signataire("Préparé par", "Prepared by", auteur, titre_auteur),
                             Signataire("Approuvé par", "Approved by")], avant=[fin]))
    return doc


def ordonner(groupes: list[ServiceNormes]) -> list[ServiceNormes]:
    """Les services prioritaires d'abord, puis par numéro d'ID; les services sans norme, omis."""
    for g in groupes:
        g.suivis.sort(key=lambda s: s.norme.norme_id)
    return sorted((g for g in groupes if g.suivis), key=lambda g: (not g.prioritaire, g.service_id, g.nom_fr))
