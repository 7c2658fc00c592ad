"""Les formats anciens des données ouvertes, ramenés aux colonnes du format actuel.

- Le répertoire 2016-2018 numérote ses services par ministère (le même « 1 » appartient à une
  douzaine de ministères) : un service s'y reconnaît à « ministère-numéro »
  (:func:`identifiant_ministere`), jamais à son numéro seul.
- Les normes 2017-2018 donnent leurs résultats par trimestre : le volume conforme et le volume
  total de l'exercice en sont la somme (les trimestres dont les deux nombres sont donnés, comme
  le calcul du rendement publié); chaque trimestre est gardé tel quel, sous le nom de sa
  colonne (``q1_performance_result``…), avec la norme.
- Les normes 2017-2020 donnent la cible et le rendement en pourcentage (80 pour 80 %).

Ce qu'un format ancien a sans équivalent dans le format actuel est gardé sous le nom de sa
colonne et ressort, à l'export, dans les remarques (:func:`remarques`). Rien ici ne touche à
la base.
"""

from __future__ import annotations

import re

from gesserv_bureau.referentiel import donnees_ouvertes as do

_ENTIER = re.compile(r"\d+")


def identifiant_ministere(ministere: str, numero: str) -> str:
    """« aafc-aac » et « 01 » : « aafc-aac-01 » (la forme des identifiants harmonisés de
    l'époque); un numéro déjà qualifié par son ministère reste tel quel."""
    ministere, numero = ministere.strip(), numero.strip()
    if not ministere or not numero or numero.lower().startswith(ministere.lower() + "-"):
        return numero
    return f"{ministere}-{numero}"


def traduire_codes(colonne: str, brut: str) -> str:
    """Les codes anciens d'une colonne sans élément (rétroaction, NAS, NE de l'ARC) écrits dans
    le code actuel (« IP,ONL » : « PERSON,ONL »); tels quels si l'un d'eux est inconnu."""
    table = do.VERS_CODES_ACTUELS.get(colonne)
    if not table or not brut.strip():
        return brut
    codes = [c.strip().lower() for c in re.split(r"[,;]", brut) if c.strip()]
    if any(c not in table for c in codes):
        return brut
    return ",".join(dict.fromkeys(table[c] for c in codes))


def code_valide(colonne: str, valeur: str, codes: dict[str, set[str]]) -> bool:
    """Vrai si chaque code de la valeur est un code actuel de la colonne (ou si la colonne n'est
    pas codée)."""
    permis = codes.get(colonne)
    if permis is None or not valeur.strip():
        return True
    return all(c.strip() in permis for c in valeur.split(","))


def _somme(valeurs: dict[str, str], suffixe: str, compte: list[str]) -> str:
    total = sum(int(valeurs[f"{q}_{suffixe}"].strip()) for q in compte)
    return str(total) if compte else ""


def norme_actuelle(fmt: str, valeurs: dict[str, str]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(valeurs sous les noms actuels, nom actuel -> nom de la colonne du fichier, colonnes sans
    équivalent) d'une ligne d'un fichier de normes ancien."""
    actuelles: dict[str, str] = {}
    noms: dict[str, str] = {}
    extras: dict[str, str] = {}
    for colonne, brut in valeurs.items():
        cible = do.NORMES_EQUIVALENTS.get(colonne, colonne)
        if cible in do.COLONNES_NORMES:
            actuelles[cible] = brut
            noms[cible] = colonne
        else:
            extras[colonne] = brut
    if fmt in do.FORMATS_ID_PAR_MINISTERE:
        actuelles["service_id"] = identifiant_ministere(valeurs.get("owner_org", ""), valeurs.get("service_id", ""))
    if fmt == "normes_2017_2018":
        # les trimestres dont le volume conforme et le volume total sont des nombres
        compte = [q for q in do.TRIMESTRES
                  if _ENTIER.fullmatch(valeurs.get(f"{q}_performance_result", "").strip())
                  and _ENTIER.fullmatch(valeurs.get(f"{q}_business_volume", "").strip())]
        actuelles["volume_meeting_target"] = _somme(valeurs, "performance_result", compte)
        actuelles["total_volume"] = _somme(valeurs, "business_volume", compte)
        noms["volume_meeting_target"] = "q1_performance_result"
        noms["total_volume"] = "q1_business_volume"
    if fmt == "normes_2017_2020":
        canal = valeurs.get("channel", "").strip()
        if canal.lower() in do.SANS_CANAL:
            # « aucun mode », « ne s'applique pas » : pas de mode, la valeur gardée telle quelle
            actuelles["channel"] = ""
            extras["channel"] = canal
    return actuelles, noms, extras


# Comment lire la cible et le rendement d'un fichier de normes : en fraction (0.8), en
# pourcentage (80), ou en pourcentage s'il dépasse 1 (les publications ont connu les deux).
ECHELLES = {
    "normes": {},
    "normes_2017_2018": {"target": "pourcentage_si_plus_de_1"},
    "normes_2017_2020": {"target": "pourcentage_si_plus_de_1", "performance": "pourcentage"},
}


def a_l_echelle(fmt: str, colonne: str, nombre: float | None) -> float | None:
    echelle = ECHELLES.get(fmt, {}).get(colonne)
    if nombre is None or echelle is None:
        return nombre
    if echelle == "pourcentage" or nombre > 1:
        return nombre / 100
    return nombre


def remarques(extras: list[tuple[str, str]], existantes: tuple[str, str]) -> tuple[str, str]:
    """Les remarques (en, fr) avec, à la suite, chaque valeur sans colonne dans le format
    actuel, précédée du nom de sa colonne : une colonne ``…_en`` dans les remarques anglaises,
    ``…_fr`` dans les françaises, les autres dans les deux."""
    en, fr = [existantes[0]] if existantes[0] else [], [existantes[1]] if existantes[1] else []
    for colonne, valeur in extras:
        valeur = valeur.strip()
        if not colonne.endswith("_fr"):
            en.append(f"{colonne}: {valeur}")
        if not colonne.endswith("_en"):
            fr.append(f"{colonne} : {valeur}")
    return "\n".join(en), "\n".join(fr)


def trimestres_du_fichier(donnees_ouvertes: dict[str, list[str]]) -> list:
    """Les résultats par trimestre qu'une norme du format 2017-2018 portait (``q1_performance_result``
    : le volume qui respecte la norme; ``q1_business_volume`` : le volume total), en
    ``ResultatNorme`` T1 à T4 : ceux dont les deux nombres sont des entiers et le conforme ne
    dépasse pas le total (les autres restent dans ``donnees_ouvertes``, sous le nom de leur colonne)."""
    from gesserv_bureau.domaine.norme import ResultatNorme

    resultats = []
    for i, q in enumerate(do.TRIMESTRES, start=1):
        conforme = (donnees_ouvertes.get(f"{q}_performance_result") or [""])[0].strip()
        total = (donnees_ouvertes.get(f"{q}_business_volume") or [""])[0].strip()
        if _ENTIER.fullmatch(conforme) and _ENTIER.fullmatch(total) and int(conforme) <= int(total):
            resultats.append(ResultatNorme(f"T{i}", int(conforme), int(total)))
    return resultats
