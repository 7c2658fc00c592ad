"""Passer d'une ligne des données ouvertes à un service de la ligne directrice, et retour.

À l'import, chaque colonne convertie garde sa valeur d'origine et la valeur convertie
(``Service.donnees_ouvertes``) : à l'export, une colonne dont l'élément n'a pas changé depuis
l'import ressort telle quelle (graphie et ordre des codes d'origine compris), une colonne dont
l'élément a changé ressort dans le code actuel. Les colonnes que les 18 éléments ne tiennent pas
(système décisionnel automatisé, NAS, visites du site Web…) sont gardées et ressortent aussi.

D'un format ancien (``domaine.formats_anciens``), un code de l'époque que son élément convertit
ressort dans le code actuel; ce qui n'a pas de colonne dans le format actuel (ou n'y serait pas
un code valide) est gardé sous le nom de sa colonne et ressort dans les remarques, précédé de ce
nom : rien d'une ligne n'est perdu, et l'export reste au format actuel.
"""

from __future__ import annotations

import math
import re

from gesserv_bureau.domaine import exercice as exercices
from gesserv_bureau.domaine import formats_anciens
from gesserv_bureau.domaine.fichier_csv import ProblemeImport
from gesserv_bureau.domaine.norme import NormeService
from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.referentiel import donnees_ouvertes as do
from gesserv_bureau.referentiel.codes import DESIGNATIONS
from gesserv_bureau.referentiel.elements import PAR_CODE
from gesserv_bureau.referentiel.messages_import import AVERTISSEMENT, ERREUR

_ENTIER = re.compile(r"^[+-]?\d+(\.0*)?$")
_MILLIERS = re.compile(r"^\d{1,3}([,\u00a0\u202f ]\d{3})+$")


def _codes(valeur: str) -> list[str]:
    """« GNC,RES », « GNC, RES », « GNC;RES » : chaque code, en minuscules."""
    return [c.strip().lower() for c in re.split(r"[,;]", valeur or "") if c.strip()]


def entier(valeur: str) -> tuple[str, int | None, str | None]:
    """(état, nombre, code d'erreur) d'une cellule numérique : ``donnees`` et un nombre,
    ``sans_objet`` (NA), ``non_disponible`` (ND), ``vide``; ou une erreur."""
    v = (valeur or "").strip()
    if not v:
        return "vide", None, None
    bas = v.lower()
    if bas in do.SANS_OBJET:
        return "sans_objet", None, None
    if bas in do.NON_DISPONIBLE:
        return "non_disponible", None, None
    if _MILLIERS.match(v):
        v = re.sub(r"[,\u00a0\u202f ]", "", v)
    if not _ENTIER.match(v):
        return "vide", None, "nombre_invalide"
    chiffres = v.split(".")[0]   # en entier, jamais par float (qui arrondit au-delà de 2**53)
    if chiffres.startswith("-") and chiffres.strip("-+0"):
        return "vide", None, "nombre_negatif"
    if len(chiffres.lstrip("+-0")) > 19 or int(chiffres) > ENTIER_MAXIMUM:
        return "vide", None, "nombre_trop_grand"
    return "donnees", abs(int(chiffres)), None


ENTIER_MAXIMUM = 2 ** 63 - 1
"""Le plus grand entier que la base garde (SQLite : 64 bits signés)."""


def decimal(valeur: str) -> tuple[float | None, str | None]:
    v = (valeur or "").strip().replace(",", ".")
    if not v or v.lower() in do.SANS_OBJET | do.NON_DISPONIBLE:
        return None, None
    try:
        nombre = float(v.rstrip("%")) / (100 if v.endswith("%") else 1)
    except ValueError:
        return None, "decimal_invalide"
    if not math.isfinite(nombre):   # « nan », « inf », « 1e400 »
        return None, "decimal_invalide"
    return nombre, None


# --- ligne -> service ------------------------------------------------------------------------
class _Ligne:
    """Une ligne en cours de conversion, qui accumule ses problèmes."""

    def __init__(self, numero: int, valeurs: dict[str, str], noms: dict[str, str] | None = None,
                 fichier: dict[str, str] | None = None):
        self.numero = numero
        self.valeurs = valeurs
        self.noms = noms or {}          # nom actuel -> colonne du fichier (format ancien)
        self.fichier = valeurs if fichier is None else fichier
        self.problemes: list[ProblemeImport] = []

    def v(self, colonne: str) -> str:
        return (self.valeurs.get(colonne) or "").strip()

    def probleme(self, colonne: str, code: str, gravite: str = ERREUR, **params) -> None:
        """Un problème, signalé sous le nom de la colonne du fichier et sa valeur d'origine."""
        nom = self.noms.get(colonne, colonne)
        self.problemes.append(ProblemeImport(self.numero, nom, self.fichier.get(nom, self.valeurs.get(colonne, "")),
                                             code, gravite, params))

    def colonnes_signalees(self) -> set[str]:
        return {p.colonne for p in self.problemes}

    def inconnu(self, colonne: str, element: str) -> None:
        self.probleme(colonne, "code_inconnu", AVERTISSEMENT, element=PAR_CODE[element])


def _exercice(ligne: _Ligne) -> str | None:
    brut = ligne.v("fiscal_yr")
    if not brut:
        ligne.probleme("fiscal_yr", "obligatoire")
        return None
    try:
        return exercices.normaliser(brut)
    except exercices.ExerciceInvalide:
        ligne.probleme("fiscal_yr", "exercice_invalide")
        return None


def _identifiant(ligne: _Ligne, colonne: str) -> str:
    brut = ligne.v(colonne)
    if not brut:
        ligne.probleme(colonne, "obligatoire")
    elif "," in brut:
        ligne.probleme(colonne, "virgule_id")
    return brut


def _un_code(ligne: _Ligne, colonne: str, table: dict[str, str], element: str) -> str | None:
    brut = ligne.v(colonne)
    if not brut:
        return None
    code = table.get(brut.lower())
    if code is None:
        ligne.inconnu(colonne, element)
    return code


def _type(ligne: _Ligne, colonne: str) -> str | None:
    codes = _codes(ligne.v(colonne))
    if not codes:
        return None
    types = set()
    for c in codes:
        if c in do.TYPES_AMBIGUS:
            ligne.probleme(colonne, "type_ambigu", AVERTISSEMENT)
            return None
        t = do.TYPE.get(c)
        if t is None:
            ligne.inconnu(colonne, "type_service")
            return None
        types.add(t)
    if len(types) > 1:
        ligne.probleme(colonne, "types_multiples", AVERTISSEMENT)
        return None
    return types.pop()


def _groupes(ligne: _Ligne, colonne: str) -> list[str]:
    groupes: list[str] = []
    for c in _codes(ligne.v(colonne)):
        g = do.GROUPE.get(c)
        if g is None:
            ligne.inconnu(colonne, "groupes_clients")
        elif g not in groupes:
            groupes.append(g)
    return groupes


def _volume(ligne: _Ligne, colonne: str) -> Volume:
    etat, n, erreur = entier(ligne.v(colonne))
    if erreur:
        ligne.probleme(colonne, erreur)
        return Volume()
    if etat == "vide":
        return Volume()
    return Volume(etat, n if etat == "donnees" else None, None)


def service_depuis_ligne(numero: int, valeurs: dict[str, str], fmt: str) -> tuple[Service | None, list[ProblemeImport]]:
    """Le service d'une ligne du répertoire (``fmt`` : ``actuel``, ``2016``, ``2016_37`` ou
    ``2016_2018``, où le numéro d'ID est qualifié par le ministère, ``owner_org``)."""
    ligne = _Ligne(numero, valeurs)
    ex = _exercice(ligne)
    sid = _identifiant(ligne, "service_id")
    if fmt in do.FORMATS_ID_PAR_MINISTERE and sid:
        if not ligne.v("owner_org"):
            ligne.probleme("owner_org", "ministere_obligatoire")
        sid = formats_anciens.identifiant_ministere(ligne.v("owner_org"), sid)
    actuel = fmt == "actuel"
    idx = 0 if actuel else 1
    service = Service(exercice=ex or "", service_id=sid)
    service.nom_fr, service.nom_en = ligne.v("service_name_fr"), ligne.v("service_name_en")
    service.description_fr = ligne.v("service_description_fr")
    service.description_en = ligne.v("service_description_en")
    service.programme_nom_fr, service.programme_nom_en = ligne.v("program_name_fr"), ligne.v("program_name_en")
    service.programme_id = ligne.v("program_id") if actuel else ligne.v("program_id_code")
    colonne_portee = "service_scope" if actuel else "external_internal"
    correspondance = do.PORTEE_ACTUELLE if actuel else do.PORTEE
    portees = [correspondance.get(c) for c in _codes(ligne.v(colonne_portee))]
    if not actuel and set(_codes(ligne.v(colonne_portee))) & do.PORTEES_MIXTES:
        ligne.probleme(colonne_portee, "portee_mixte", AVERTISSEMENT)
    elif any(p is None for p in portees):
        ligne.inconnu(colonne_portee, "portee")
    elif portees and len(set(portees)) == 1:
        service.portee = portees[0]
    service.type_service = _type(ligne, "service_type")
    if not actuel:
        for c in _codes(ligne.v("special_designations")):
            if c in do.SANS_DESIGNATION:
                continue
            trouvees = do.DESIGNATIONS_2016_2018.get(c) if fmt == "2016_2018" else None
            if trouvees is None:
                trouvees = (do.DESIGNATION[c],) if c in do.DESIGNATION else None
            if trouvees is None:
                ligne.inconnu("special_designations", "designations")
                continue
            service.designations.extend(d for d in trouvees if d not in service.designations)
        service.designations.sort(key=DESIGNATIONS.codes().index)
    service.groupes_clients = _groupes(ligne, "client_target_groups")
    frais = _un_code(ligne, "service_fee", do.OUI_NON_SO, "frais")
    service.frais = frais if frais in ("oui", "non") else None
    for point, colonnes in do.POINTS.items():
        service.points_interaction[point] = _un_code(ligne, colonnes[idx], do.OUI_NON_SO, "points_interaction")
    for mode, colonnes in do.MODES.items():
        if colonnes[idx] in valeurs:
            service.volumes[mode] = _volume(ligne, colonnes[idx])
    # les autres colonnes numériques : vérifiées, gardées telles quelles
    for colonne in valeurs:
        if colonne in do.NUMERIQUES and colonne not in {c[idx] for c in do.MODES.values()}:
            _etat, _n, erreur = entier(ligne.v(colonne))
            if erreur:
                ligne.probleme(colonne, erreur)
    # ce que le fichier porte au-delà des 18 éléments, et les valeurs d'origine
    equivalents = {**do.EQUIVALENTS.get(fmt, {}), **({} if actuel else do.ELEMENTS_ANCIENS)}
    cible_de = equivalents.get
    service.donnees_ouvertes = {cible_de(c, c): [b, ""] for c, b in valeurs.items() if cible_de(c, c) in do.AUTRES_DEMANDES}
    convertie = ligne_depuis_service(service)
    if actuel:
        service.donnees_ouvertes = {c: [b, convertie.get(c, "")] for c, b in valeurs.items() if b != convertie.get(c, "")}
    else:
        actuelles, noms, extras = {}, {}, {}
        for colonne, brut in valeurs.items():
            cible = cible_de(colonne, colonne)
            if cible in _ACTUELLES:
                actuelles[cible], noms[cible] = formats_anciens.traduire_codes(cible, brut), colonne
            else:
                extras[colonne] = brut
        sauf = {"service_id"} if fmt in do.FORMATS_ID_PAR_MINISTERE else set()
        service.donnees_ouvertes = _gardees_anciennes(actuelles, noms, extras, convertie, do.CODES_ACTUELS,
                                                      ligne.colonnes_signalees(), sauf)
    if ex is None or not sid or any(p.gravite == ERREUR for p in ligne.problemes):
        return None, ligne.problemes
    return service, ligne.problemes


_ACTUELLES = frozenset(do.COLONNES_ACTUELLES)


def _gardees_anciennes(actuelles: dict[str, str], noms: dict[str, str], extras: dict[str, str],
                       convertie: dict[str, str], codes: dict[str, set[str]], signalees: set[str],
                       sauf: set[str]) -> dict[str, list[str]]:
    """Ce qu'une ligne d'un format ancien garde (colonne -> [valeur d'origine, valeur convertie]).

    Une colonne qui a son équivalent actuel n'est gardée que si l'élément ne dit pas tout : une
    valeur sans élément, un code inconnu ou ambigu. Un code ancien que son élément convertit
    sans reste ne l'est pas : à l'export, c'est le code actuel qui ressort. Une valeur qui n'est
    pas un code actuel est gardée sous le nom de sa colonne d'origine, et ressort dans les
    remarques; les colonnes sans équivalent aussi. ``sauf`` : les colonnes dont la valeur
    convertie dit déjà tout (le numéro qualifié par le ministère)."""
    gardees: dict[str, list[str]] = {}
    for cible, brut in actuelles.items():
        conv = convertie.get(cible, "")
        if brut == conv or cible in sauf:
            continue
        nom = noms.get(cible, cible)
        if not formats_anciens.code_valide(cible, brut, codes):
            if conv and nom not in signalees:
                continue   # le code de son époque, converti par son élément
            gardees[nom] = [brut, ""] if nom != cible else [brut, conv]
        else:
            gardees[cible] = [brut, conv]
    for colonne, brut in extras.items():
        if brut.strip():
            gardees[colonne] = [brut, ""]
    return gardees


def _restaurer(ligne: dict[str, str], donnees: dict[str, list[str]], codes: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Remet dans la ligne exportée la valeur d'origine de chaque colonne dont l'élément n'a pas
    changé depuis l'import; renvoie ce qui n'a pas sa place dans une colonne du format actuel
    (une colonne d'un format ancien, un code d'une autre époque), pour les remarques."""
    hors_colonnes: list[tuple[str, str]] = []
    for colonne, (brut, convertie) in donnees.items():
        if colonne not in ligne:
            # une colonne ancienne que son élément porte déjà dans sa colonne actuelle (les services
            # importés d'un gabarit 2016-2020 avant que ces colonnes ne soient ramenées aux noms
            # actuels) : rien à ajouter
            if brut.strip() and not ligne.get(do.ELEMENTS_ANCIENS.get(colonne, "")):
                hors_colonnes.append((colonne, brut))
        elif ligne[colonne] == convertie:
            if formats_anciens.code_valide(colonne, brut, codes):
                ligne[colonne] = brut
            elif brut.strip():
                hors_colonnes.append((colonne, brut))
    return hors_colonnes


# --- service -> ligne ------------------------------------------------------------------------
def _volume_vers_fichier(v: Volume) -> str:
    if v.etat == "sans_objet":
        return "NA"
    if v.etat == "non_disponible":
        return "ND"
    if v.etat == "donnees" and v.demandes is not None:
        return str(v.demandes)
    return ""


def ligne_depuis_service(service: Service) -> dict[str, str]:
    """Les 46 colonnes du format actuel, tirées des éléments du service (codes actuels)."""
    ligne = {c: "" for c in do.COLONNES_ACTUELLES}
    ligne["fiscal_yr"] = service.exercice
    ligne["service_id"] = service.service_id
    ligne["service_name_en"], ligne["service_name_fr"] = service.nom_en, service.nom_fr
    ligne["service_description_en"] = service.description_en
    ligne["service_description_fr"] = service.description_fr
    ligne["service_type"] = do.TYPE_VERS_FICHIER.get(service.type_service or "", "")
    ligne["service_scope"] = do.PORTEE_VERS_FICHIER.get(service.portee or "", "")
    ligne["client_target_groups"] = ",".join(do.GROUPE_VERS_FICHIER[g] for g in service.groupes_clients
                                             if g in do.GROUPE_VERS_FICHIER)
    ligne["program_id"] = service.programme_id
    ligne["program_name_en"], ligne["program_name_fr"] = service.programme_nom_en, service.programme_nom_fr
    ligne["service_fee"] = {"oui": "Y", "non": "N"}.get(service.frais or "", "")
    for point, colonnes in do.POINTS.items():
        ligne[colonnes[0]] = do.VERS_FICHIER_OUI_NON_SO.get(service.points_interaction.get(point) or "", "")
    for mode, colonnes in do.MODES.items():
        ligne[colonnes[0]] = _volume_vers_fichier(service.volumes.get(mode) or Volume())
    ligne["num_applications_total"] = _total(service, ligne)
    return ligne


def autres_demandes(service: Service) -> int | None:
    """Les demandes par courriel, télécopieur et autres modes que le fichier importé portait."""
    total = None
    for colonne in do.AUTRES_DEMANDES:
        etat, n, _ = entier((service.donnees_ouvertes.get(colonne) or [""])[0])
        if etat == "donnees":
            total = (total or 0) + n
    return total


def _total(service: Service, ligne: dict[str, str]) -> str:
    """Le total des demandes, tous modes confondus (vide si aucun mode n'a de chiffre)."""
    nombres = [v.demandes for v in service.volumes.values() if v.etat == "donnees" and v.demandes is not None]
    autres = autres_demandes(service)
    if autres is not None:
        nombres.append(autres)
    return str(sum(nombres)) if nombres else ""


def exporter_service(service: Service) -> dict[str, str]:
    """La ligne exportée : les éléments du service, et ce que le fichier d'origine portait là
    où l'élément n'a pas changé depuis l'import."""
    ligne = ligne_depuis_service(service)
    hors_colonnes = _restaurer(ligne, service.donnees_ouvertes, do.CODES_ACTUELS)
    if hors_colonnes:
        ligne["special_remarks_en"], ligne["special_remarks_fr"] = formats_anciens.remarques(
            hors_colonnes, (ligne["special_remarks_en"], ligne["special_remarks_fr"]))
    return ligne


# --- normes de service -----------------------------------------------------------------------
def norme_depuis_ligne(numero: int, valeurs: dict[str, str],
                       fmt: str = "normes") -> tuple[NormeService | None, list[ProblemeImport]]:
    """La norme d'une ligne d'un fichier des normes (``fmt`` : ``normes``, ``normes_2017_2018``
    ou ``normes_2017_2020``, ramenés d'abord aux colonnes actuelles)."""
    fichier, noms, extras = valeurs, {}, {}
    if fmt != "normes":
        valeurs, noms, extras = formats_anciens.norme_actuelle(fmt, fichier)
    ligne = _Ligne(numero, valeurs, noms, fichier)
    ex = _exercice(ligne)
    sid = _identifiant(ligne, "service_id")
    if fmt in do.FORMATS_ID_PAR_MINISTERE and sid and not ligne.v("owner_org"):
        ligne.probleme("owner_org", "ministere_obligatoire")
    nid = _identifiant(ligne, "service_standard_id")
    norme = NormeService(exercice=ex or "", service_id=sid, norme_id=nid)
    norme.norme_fr, norme.norme_en = ligne.v("service_standard_fr"), ligne.v("service_standard_en")
    norme.type_norme = do.TYPES_NORME.get(ligne.v("type").lower(), "")
    if ligne.v("type") and not norme.type_norme:
        ligne.inconnu("type", "normes_service")
    # un ou plusieurs modes, joints par des virgules (comme l'application les écrit)
    codes = [do.CANAUX.get(c.strip().lower()) for c in ligne.v("channel").split(",") if c.strip()]
    norme.canal = ",".join(dict.fromkeys(codes)) if codes and all(codes) else ""
    if ligne.v("channel") and not norme.canal:
        ligne.inconnu("channel", "normes_service")
    norme.commentaires_canal_fr = ligne.v("channel_comments_fr")
    norme.commentaires_canal_en = ligne.v("channel_comments_en")
    for colonne, attribut in (("target", "cible"), ("performance", "rendement")):
        valeur, erreur = decimal(ligne.v(colonne))
        if erreur:
            ligne.probleme(colonne, erreur)
        setattr(norme, attribut, formats_anciens.a_l_echelle(fmt, colonne, valeur))
    for colonne, attribut in (("volume_meeting_target", "volume_conforme"), ("total_volume", "volume_total")):
        etat, n, erreur = entier(ligne.v(colonne))
        if erreur:
            ligne.probleme(colonne, erreur)
        setattr(norme, attribut, n)
    for colonne in extras:   # les résultats de chaque trimestre : des nombres entiers, NA ou ND
        if colonne.startswith(do.TRIMESTRES):
            _etat, _n, erreur = entier(extras[colonne].strip())
            if erreur:
                ligne.problemes.append(ProblemeImport(numero, colonne, extras[colonne], erreur))
    if norme.rendement is not None and norme.rendement > 1:
        ligne.probleme("performance", "rendement_superieur", AVERTISSEMENT)
    atteinte = ligne.v("target_met")
    norme.cible_atteinte = do.OUI_NON_SO.get(atteinte.lower()) if atteinte else None
    if atteinte and norme.cible_atteinte is None:
        ligne.inconnu("target_met", "cibles_rendement")
    norme.commentaires_fr, norme.commentaires_en = ligne.v("comments_fr"), ligne.v("comments_en")
    norme.url_normes_fr, norme.url_normes_en = ligne.v("standards_targets_uri_fr"), ligne.v("standards_targets_uri_en")
    norme.url_resultats_fr = ligne.v("performance_results_uri_fr")
    norme.url_resultats_en = ligne.v("performance_results_uri_en")
    convertie = ligne_depuis_norme(norme)
    if fmt == "normes":
        norme.donnees_ouvertes = {c: [b, convertie.get(c, "")] for c, b in valeurs.items() if b != convertie.get(c, "")}
    else:
        sauf = set(formats_anciens.ECHELLES[fmt]) | ({"service_id"} if fmt in do.FORMATS_ID_PAR_MINISTERE else set())
        norme.donnees_ouvertes = _gardees_anciennes(valeurs, noms, extras, convertie, do.CODES_ACTUELS_NORMES,
                                                    ligne.colonnes_signalees(), sauf)
    if ex is None or not sid or not nid or any(p.gravite == ERREUR for p in ligne.problemes):
        return None, ligne.problemes
    return norme, ligne.problemes


def _nombre(valeur: float | int | None) -> str:
    if valeur is None:
        return ""
    if isinstance(valeur, float) and valeur.is_integer():
        return str(int(valeur))
    return repr(valeur) if isinstance(valeur, float) else str(valeur)


def ligne_depuis_norme(norme: NormeService) -> dict[str, str]:
    ligne = {c: "" for c in do.COLONNES_NORMES}
    ligne.update({
        "fiscal_yr": norme.exercice, "service_id": norme.service_id,
        "service_standard_id": norme.norme_id,
        "service_standard_en": norme.norme_en, "service_standard_fr": norme.norme_fr,
        "type": norme.type_norme, "channel": norme.canal,
        "channel_comments_en": norme.commentaires_canal_en, "channel_comments_fr": norme.commentaires_canal_fr,
        "target": _nombre(norme.cible), "volume_meeting_target": _nombre(norme.volume_conforme),
        "total_volume": _nombre(norme.volume_total), "performance": _nombre(norme.rendement),
        "comments_en": norme.commentaires_en, "comments_fr": norme.commentaires_fr,
        "target_met": do.VERS_FICHIER_OUI_NON_SO.get(norme.cible_atteinte or "", ""),
        "standards_targets_uri_en": norme.url_normes_en, "standards_targets_uri_fr": norme.url_normes_fr,
        "performance_results_uri_en": norme.url_resultats_en, "performance_results_uri_fr": norme.url_resultats_fr,
    })
    return ligne


def exporter_norme(norme: NormeService, service: Service | None = None) -> dict[str, str]:
    ligne = ligne_depuis_norme(norme)
    if service is not None:
        ligne["service_name_en"], ligne["service_name_fr"] = service.nom_en, service.nom_fr
    hors_colonnes = _restaurer(ligne, norme.donnees_ouvertes, do.CODES_ACTUELS_NORMES)
    if hors_colonnes:
        ligne["comments_en"], ligne["comments_fr"] = formats_anciens.remarques(
            hors_colonnes, (ligne["comments_en"], ligne["comments_fr"]))
    return ligne


# --- réimport --------------------------------------------------------------------------------
_TEXTES_FICHIER = ("nom_fr", "nom_en", "description_fr", "description_en", "programme_nom_fr",
                   "programme_nom_en", "programme_id")


def fusionner(existant: Service, importe: Service, fmt: str) -> Service:
    """Le service existant mis à jour par la ligne réimportée : ce que le fichier donne
    l'emporte; ce qu'il ne donne pas (secteur, instruments habilitants, propriétaire,
    ententes, extrants, ce qu'on a complété après l'import…) reste tel quel."""
    fusion = existant.copie()
    for champ in _TEXTES_FICHIER:
        valeur = getattr(importe, champ)
        if valeur:
            setattr(fusion, champ, valeur)
    for champ in ("portee", "type_service", "frais"):
        valeur = getattr(importe, champ)
        if valeur is not None:
            setattr(fusion, champ, valeur)
    if fmt != "actuel" and importe.designations:
        fusion.designations = list(importe.designations)
    if importe.groupes_clients:
        fusion.groupes_clients = list(importe.groupes_clients)
    for point, reponse in importe.points_interaction.items():
        if reponse is not None:
            fusion.points_interaction[point] = reponse
    for mode, volume in importe.volumes.items():
        if volume.etat is None:
            continue
        avant = fusion.volumes[mode]
        extrants = avant.extrants if volume.etat == "donnees" and avant.etat == "donnees" else None
        fusion.volumes[mode] = Volume(volume.etat, volume.demandes, extrants)
    fusion.donnees_ouvertes = {c: list(v) for c, v in importe.donnees_ouvertes.items()}
    return fusion
