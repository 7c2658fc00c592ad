"""Le contrôle de la qualité des données du répertoire, sur demande et après un import.

Chaque constat a une gravité (erreur, avertissement, suggestion) et désigne son service, pour
y aller d'un geste.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from gesserv_bureau.domaine.conversion_gc import autres_demandes, entier
from gesserv_bureau.domaine.exercice import courant, precedent
from gesserv_bureau.domaine.exportation import texte_csv
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service
from gesserv_bureau.domaine.services_electroniques import pourcentage_en_ligne
from gesserv_bureau.domaine.validation import A_COMPLETER, ERREUR as ERREUR_VALIDATION, valider
from gesserv_bureau.formats import pourcentage
from gesserv_bureau.referentiel import messages_qualite
from gesserv_bureau.referentiel.codes import ETATS_VOLUME, INTERNE_NON_INTEGRE, MODES, POINTS_INTERACTION
from gesserv_bureau.referentiel.donnees_ouvertes import ELEMENTS_SANS_COLONNE
from gesserv_bureau.referentiel.elements import PAR_CODE
from gesserv_bureau.referentiel.messages_qualite import AVERTISSEMENT, ERREUR, GRAVITES, SUGGESTION

PREMIER_EXERCICE = "2016-2017"   # le premier répertoire des services publié


@dataclass(frozen=True)
class Constat:
    gravite: str
    code: str
    service_pk: int | None
    exercice: str
    service_id: str
    nom_fr: str
    nom_en: str
    params: dict = field(default_factory=dict, compare=False, hash=False)
    norme_id: str = ""        # le numéro de la norme de service en cause, s'il y en a une

    def texte(self, langue: str) -> str:
        resolus = {}
        for cle, valeur in self.params.items():
            if callable(valeur):
                valeur = valeur(langue)
            resolus[cle] = valeur
        return messages_qualite.texte(self.code, langue, **resolus)

    def nom(self, langue: str) -> str:
        return (self.nom_en or self.nom_fr) if langue == "en" else (self.nom_fr or self.nom_en)


def _constat(gravite: str, code: str, service: Service, *, norme_id: str = "", **params) -> Constat:
    return Constat(gravite, code, service.pk, service.exercice, service.service_id, service.nom_fr,
                   service.nom_en, params, norme_id)


def _brut(service: Service, colonne: str) -> str:
    return (service.donnees_ouvertes.get(colonne) or [""])[0].strip()


def _elements_manquants(service: Service, problemes: list) -> list[Constat]:
    """Les éléments obligatoires sans réponse. Pour un service importé des données ouvertes, ceux
    que le fichier n'a aucune colonne pour dire (secteur, instruments, propriétaire, ententes,
    normes et cibles; les extrants d'un mode dont les demandes sont comptées) sont une suggestion
    « à compléter dans l'application », pas une erreur : le fichier n'y pouvait rien."""
    constats = []
    manquants: list[str] = []
    hors_fichier: list[str] = []
    importe = bool(service.donnees_ouvertes)
    for p in problemes:
        if p.gravite == A_COMPLETER:
            element = p.params.get("element")
            code = element.code if element is not None else _element_du_champ(p.champ)
            cible = hors_fichier if importe and (code in ELEMENTS_SANS_COLONNE or _extrants_seuls(service, p.champ)) \
                else manquants
            if code not in cible:
                cible.append(code)
        elif p.gravite == ERREUR_VALIDATION and p.code != "id_double":
            constats.append(_constat(ERREUR, "valeur_fausse", service, message=p.texte))
    hors_fichier = [c for c in hors_fichier if c not in manquants]

    def noms(codes):
        return lambda langue, codes=tuple(codes): ", ".join(PAR_CODE[c].nom(langue) for c in codes)

    if manquants:
        constats.insert(0, _constat(ERREUR, "elements_manquants", service, elements=noms(manquants)))
    if hors_fichier:
        constats.append(_constat(SUGGESTION, "a_completer_hors_fichier", service, elements=noms(hors_fichier)))
    return constats


def _extrants_seuls(service: Service, champ: str) -> bool:
    """Le volume d'un mode dont les demandes sont comptées et seuls les extrants manquent : ce
    que les données ouvertes ne publient pas."""
    if not champ.startswith("volume_"):
        return False
    volume = service.volumes.get(champ[len("volume_"):])
    return volume is not None and volume.etat == "donnees" and volume.demandes is not None and volume.extrants is None


def _element_du_champ(champ: str) -> str:
    if champ.startswith("volume_"):
        return "volumes"
    for suffixe in ("_fr", "_en"):
        if champ.endswith(suffixe) and champ[: -len(suffixe)] in PAR_CODE:
            return champ[: -len(suffixe)]
    return champ if champ in PAR_CODE else "nom" if champ.startswith("nom") else champ


def _somme_des_modes(service: Service) -> int | None:
    """Les demandes chiffrées par mode, plus les « autres » modes du fichier (courriel,
    télécopieur, autre); ``None`` si rien n'est chiffré."""
    chiffres = [v.demandes for v in service.volumes.values() if v.etat == "donnees" and v.demandes is not None]
    autres = autres_demandes(service)
    return sum(chiffres) + (autres or 0) if chiffres or autres is not None else None


def _total(service: Service) -> list[Constat]:
    brut = _brut(service, "num_applications_total")
    etat, total, _ = entier(brut)
    if etat != "donnees":
        return []
    somme = _somme_des_modes(service) or 0
    if total != somme:
        return [_constat(ERREUR, "total_incoherent", service, total=total, somme=somme)]
    return []


def _autres(service: Service) -> list[Constat]:
    etat, n, _ = entier(_brut(service, "num_applications_by_other"))
    if etat == "donnees" and n and not (_brut(service, "special_remarks_fr") or _brut(service, "special_remarks_en")):
        return [_constat(AVERTISSEMENT, "autres_sans_remarque", service, nombre=n)]
    return []


def _en_ligne(service: Service) -> list[Constat]:
    if service.points_interaction.get("demande") != "oui":
        return []
    v = service.volumes.get("en_ligne")
    if v is None:
        return []
    if v.etat == "sans_objet":
        volume = lambda langue: ETATS_VOLUME.texte("sans_objet", langue)  # noqa: E731
    elif v.etat == "donnees" and v.demandes == 0:
        volume = "0"
    else:
        return []
    return [_constat(AVERTISSEMENT, "en_ligne_sans_volume", service, volume=volume)]


def _normes(service: Service, normes: list[NormeService], sans_demandes: bool) -> list[Constat]:
    constats = []
    normes = [n for n in normes if not n.retiree_le]   # une norme retirée n'est plus mesurée
    for n in normes:
        if n.cible is not None and not 0 <= n.cible <= 1:
            constats.append(_constat(ERREUR, "cible_hors_bornes", service, norme_id=n.norme_id, norme=n.norme_id,
                                     cible=lambda langue, c=n.cible: pourcentage(c * 100, langue, 0)))
        conforme, total = n.volume_conforme or 0, n.volume_total or 0   # vide : compté 0
        if (n.volume_conforme is not None or n.volume_total is not None) and conforme > total:
            constats.append(_constat(ERREUR, "conforme_superieur_au_total", service, norme_id=n.norme_id,
                                     norme=n.norme_id, conforme=conforme, total=total))
        elif n.rendement is not None and n.rendement > 1:
            constats.append(_constat(ERREUR, "rendement_superieur", service, norme_id=n.norme_id, norme=n.norme_id,
                                     rendement=lambda langue, r=n.rendement: pourcentage(r * 100, langue, 0)))
        if n.volume_total is None:
            constats.append(_constat(AVERTISSEMENT, "norme_sans_volume", service, norme_id=n.norme_id, norme=n.norme_id))
        elif n.volume_total > 0 and sans_demandes:
            constats.append(_constat(AVERTISSEMENT, "norme_volume_service_sans_demandes", service, norme_id=n.norme_id,
                                     norme=n.norme_id, total=n.volume_total))
    if "prioritaire" in service.designations:
        if not normes and service.normes_service != "oui":
            constats.append(_constat(AVERTISSEMENT, "prioritaire_sans_normes", service))
        elif normes and not any(n.url_resultats_fr or n.url_resultats_en or n.url_temps_reel_fr or n.url_temps_reel_en
                                for n in normes):
            constats.append(_constat(SUGGESTION, "rendement_sans_url", service))
    return constats


def _aucune_demande(service: Service) -> bool:
    """Aucun volume de demandes déclaré : des modes répondus, aucun chiffré (non disponible ou
    sans objet partout), et pas de total dans le fichier. Un volume pas encore répondu est déjà
    un élément à compléter."""
    etats = [v.etat for v in service.volumes.values()]
    if not etats or any(e is None for e in etats) or any(e == "donnees" for e in etats):
        return False
    etat_total, total, _ = entier(_brut(service, "num_applications_total"))
    return not (etat_total == "donnees" and total)


def _volumes_de_demandes(service: Service, sans_demandes: bool) -> list[Constat]:
    if sans_demandes:
        return [_constat(AVERTISSEMENT, "aucun_volume_de_demandes", service)]
    return []


def _retroaction(service: Service) -> list[Constat]:
    """Le point « résolution de problèmes et rétroaction » en ligne contre les canaux de
    rétroaction des clients du fichier (``client_feedback_channel`` : ONL = en ligne)."""
    canaux_bruts = _brut(service, "client_feedback_channel")
    point = service.points_interaction.get("retroaction")
    if not canaux_bruts or point not in ("oui", "non"):
        return []
    canaux = {c.strip().upper() for c in canaux_bruts.replace(";", ",").split(",") if c.strip()}
    if (point == "oui") != ("ONL" in canaux):
        return [_constat(AVERTISSEMENT, "retroaction_contradictoire", service, point=point, canaux=canaux_bruts)]
    return []


def _numero_entreprise(service: Service) -> list[Constat]:
    """Des entreprises parmi les clients : le champ du numéro d'entreprise de l'ARC
    (``cra_bn_identifier_usage``) s'applique (Y ou N), il n'est pas « sans objet »."""
    if "entreprises" not in service.groupes_clients or not service.donnees_ouvertes:
        return []
    valeur = _brut(service, "cra_bn_identifier_usage").upper()
    if valeur in ("Y", "N", "OUI", "NON", "YES", "NO"):
        return []
    return [_constat(AVERTISSEMENT, "numero_entreprise_applicable", service, valeur=valeur or "—")]


def _total_demandes(service: Service) -> int | None:
    etat, total, _ = entier(_brut(service, "num_applications_total"))
    if etat == "donnees" and total is not None:
        return total
    return _somme_des_modes(service)


def _annees(historique: dict[str, dict[str, int]], service: Service, total: int | None) -> list[Constat]:
    """Le volume de demandes d'une année à l'autre (le même numéro d'ID) : une variation forte
    (au moins le double ou la moitié, et 100 demandes d'écart), ou le même nombre quatre
    exercices de suite (recopié ?)."""
    if total is None or not service.service_id.strip():
        return []
    par_annee = historique.get(service.service_id.strip(), {})
    constats = []
    avant = par_annee.get(precedent(service.exercice))
    if avant is not None and max(total, avant) > 0 and abs(total - avant) >= 100 and (
            total >= 2 * avant or total <= avant / 2):
        constats.append(_constat(SUGGESTION, "volume_variation_forte", service, avant=avant, apres=total,
                                 precedent=precedent(service.exercice)))
    suite, exercice = [total], service.exercice
    for _ in range(3):
        exercice = precedent(exercice)
        suite.append(par_annee.get(exercice))
    if total > 0 and all(v == total for v in suite):
        constats.append(_constat(SUGGESTION, "volume_identique_quatre_ans", service, total=total))
    return constats


def _fenetre(service: Service, aujourd_hui) -> list[Constat]:
    """L'exercice dans la fenêtre de déclaration : du premier répertoire publié (2016-2017) à
    l'exercice en cours."""
    dernier = courant(aujourd_hui)
    if service.exercice and not (PREMIER_EXERCICE <= service.exercice <= dernier):
        return [_constat(ERREUR, "exercice_hors_fenetre", service, premier=PREMIER_EXERCICE, dernier=dernier)]
    return []


def _authentification(service: Service) -> list[Constat]:
    if service.portee != "externe" or "prioritaire" not in service.designations:
        return []
    if service.points_interaction.get("authentification") not in ("oui", "non"):
        return []
    # 7.10 : l'état de la demande en temps réel (hors des données ouvertes : pour un service
    # importé, à compléter dans l'application)
    constats = []
    if service.etat_demande_temps_reel is None:
        constats.append(_constat(SUGGESTION, "etat_demande_a_completer", service))
    elif service.etat_demande_temps_reel != "oui":
        constats.append(_constat(AVERTISSEMENT, "etat_demande_pas_en_temps_reel", service))
    pct = pourcentage_en_ligne(service.points_interaction)
    if pct is None or pct >= 100:
        return constats
    return constats + [_constat(AVERTISSEMENT, "authentification_pas_en_ligne", service,
                                pourcentage=lambda langue, p=pct: pourcentage(p, langue, 0))]


def _so_sans_justification(service: Service, problemes: list) -> list[Constat]:
    """Les points « S.O. » sans justification, tels que la validation du service les a relevés
    (une seule lecture des justifications par service)."""
    codes = next((tuple(p.params["points"]) for p in problemes if p.code == "so_sans_justification"), ())
    if not codes:
        return []
    texte = lambda langue, c=tuple(codes): ", ".join(POINTS_INTERACTION.texte(x, langue) for x in c)  # noqa: E731
    return [_constat(AVERTISSEMENT, "so_sans_justification", service, points=texte)]


def _interne_non_integre(service: Service) -> list[Constat]:
    """Élément 10, nota : un service interne (non intégré) est inclus à part; il n'est pas un
    service prioritaire (1.5 : « des services internes intégrés et externes »)."""
    if service.portee == INTERNE_NON_INTEGRE and "prioritaire" in service.designations:
        return [_constat(AVERTISSEMENT, "interne_non_integre_prioritaire", service)]
    return []


def _non_disponibles(service: Service) -> list[Constat]:
    modes = [m for m, v in service.volumes.items() if v.etat == "non_disponible"]
    if not modes:
        return []
    texte = lambda langue, m=tuple(modes): ", ".join(MODES.texte(c, langue) for c in m)  # noqa: E731
    return [_constat(SUGGESTION, "donnees_non_disponibles", service, modes=texte)]


def verifier(services: Iterable[Service], normes: Iterable[NormeService] = (), historique: Iterable[Service] = (),
             aujourd_hui=None) -> list[Constat]:
    """Tous les constats, les erreurs d'abord, puis par exercice et numéro d'ID. ``historique`` :
    les services des autres exercices (la variation d'une année à l'autre); ``aujourd_hui`` :
    la date qui fixe l'exercice en cours (par défaut, celle du jour)."""
    services = list(services)
    normes = list(normes)
    par_service: dict[int | None, list[NormeService]] = defaultdict(list)
    for n in normes:
        par_service[n.service_pk].append(n)
    annees: dict[str, dict[str, int]] = defaultdict(dict)
    totaux: dict[int, int | None] = {}
    for s in [*historique, *services]:
        total = totaux[id(s)] = _total_demandes(s)
        if total is not None and s.service_id.strip():
            annees[s.service_id.strip()][s.exercice] = total
    ids = Counter((s.exercice, s.service_id.strip()) for s in services if s.service_id.strip())
    constats: list[Constat] = []
    for s in services:
        problemes = valider(s)
        constats.extend(_elements_manquants(s, problemes))
        nombre = ids.get((s.exercice, s.service_id.strip()), 0)
        if nombre > 1:
            constats.append(_constat(ERREUR, "id_double", s, valeur=s.service_id, nombre=nombre, exercice=s.exercice))
        constats.extend(_fenetre(s, aujourd_hui))
        constats.extend(_total(s))
        constats.extend(_autres(s))
        constats.extend(_en_ligne(s))
        sans_demandes = _aucune_demande(s)
        constats.extend(_volumes_de_demandes(s, sans_demandes))
        constats.extend(_normes(s, par_service.get(s.pk, []), sans_demandes))
        constats.extend(_authentification(s))
        constats.extend(_so_sans_justification(s, problemes))
        constats.extend(_interne_non_integre(s))
        constats.extend(_non_disponibles(s))
        constats.extend(_retroaction(s))
        constats.extend(_numero_entreprise(s))
        constats.extend(_annees(annees, s, totaux[id(s)]))
    constats.extend(_normes_en_double(services, normes))
    rang = {g: i for i, g in enumerate(GRAVITES)}
    constats.sort(key=lambda c: (rang[c.gravite], c.exercice, c.service_id, c.service_pk or 0))
    return constats


def _normes_en_double(services: list[Service], normes: list[NormeService]) -> list[Constat]:
    """Le même numéro de norme deux fois dans un exercice : un constat par norme en trop."""
    par_pk = {s.pk: s for s in services}
    vus: Counter = Counter((n.exercice, n.norme_id.strip()) for n in normes if n.norme_id.strip())
    constats, signales = [], set()
    for n in normes:
        cle = (n.exercice, n.norme_id.strip())
        if vus.get(cle, 0) > 1 and cle not in signales and n.service_pk in par_pk:
            signales.add(cle)
            constats.append(_constat(ERREUR, "norme_id_double", par_pk[n.service_pk], norme_id=n.norme_id,
                                     norme=n.norme_id, nombre=vus[cle], exercice=n.exercice))
    return constats


def compter(constats: Iterable[Constat]) -> dict[str, int]:
    comptes = Counter(c.gravite for c in constats)
    return {g: comptes.get(g, 0) for g in GRAVITES}


def csv_constats(constats: Iterable[Constat], langue: str) -> bytes:
    """Les constats en CSV (UTF-8 avec BOM, pour Excel), une ligne par constat : exercice,
    numéro d'ID du service, nom du service, numéro de la norme, code de la règle, gravité (en
    toutes lettres) et constat, dans ``langue`` — le même fichier depuis l'onglet Qualité et par
    ``gesserv-bureau qualite``. Les valeurs venues des services sont neutralisées contre
    l'injection CSV."""
    entetes = messages_qualite.entetes_csv(langue)
    lignes = (dict(zip(entetes, (c.exercice, c.service_id, c.nom(langue), c.norme_id, c.code,
                                 messages_qualite.gravite(c.gravite, langue), c.texte(langue))))
              for c in constats)
    return texte_csv(entetes, lignes).encode("utf-8-sig")
