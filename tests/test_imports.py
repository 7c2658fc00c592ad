"""Les imports du paquet, lus dans le code (``ast``, sans rien exécuter) : aucun ne remonte
d'une couche à une couche au-dessus, Qt n'est importé que par l'interface et les points
d'entrée, et aucun module ne s'importe lui-même par un détour (cycle).

Les couches, de bas en haut (une couche n'importe que les siennes et celles d'en dessous) :

0. ``referentiel/`` (les textes de la Ligne directrice) et les aides de la racine : ``formats``,
   ``langue``, ``chemins``, ``qt_demarrage``, ``gesserv_bureau`` (la version);
1. ``domaine/`` : les règles, en fonctions pures;
2. ``stockage/`` : la base SQLite, le seul endroit du SQL;
3. ``rapports/`` : les PDF, Word, PowerPoint, signatures;
4. ``cas/`` : les cas d'utilisation;
5. ``interface/``, la ligne de commande (``cli``, ``ligne_de_commande/``), le lancement (``lancement``, ``__main__``) et
   ``messages_erreur`` (les erreurs du stockage dites à l'utilisateur, pour les deux).

Tous les imports comptent : ceux du haut du module, ceux des fonctions (chargés à la demande)
et ceux de ``if TYPE_CHECKING:`` (une annotation qui remonte est une dépendance qui remonte);
seuls ces derniers, jamais exécutés, ne comptent pas pour les cycles."""

from __future__ import annotations

import ast
from pathlib import Path

from outils_tests import RACINE

PAQUET = RACINE / "gesserv_bureau"

COUCHES = {   # le premier composant sous gesserv_bureau (ou le module de la racine) → sa couche
    "referentiel": 0, "formats": 0, "langue": 0, "chemins": 0, "qt_demarrage": 0, "": 0,
    "domaine": 1,
    "stockage": 2,
    "rapports": 3,
    "cas": 4,
    "interface": 5, "cli": 5, "ligne_de_commande": 5, "lancement": 5, "ligne_initiale": 0, "__main__": 5, "messages_erreur": 5,
}
NOMS_COUCHES = ["référentiel et aides", "domaine", "stockage", "rapports", "cas", "interface et entrées"]

# Qt : l'interface, les points d'entrée, et ``langue`` (QtCore seulement : les traducteurs et le
# fichier des préférences, QSettings, que la ligne de commande lit aussi sans interface).
QT_PERMIS = {"interface", "cli", "ligne_de_commande", "lancement", "__main__"}
QT_CORE_SEULEMENT = {"langue"}


def _nom_module(fichier: Path) -> str:
    parties = list(fichier.relative_to(RACINE).with_suffix("").parts)
    if parties[-1] == "__init__":
        parties.pop()
    return ".".join(parties)


MODULES = {_nom_module(f): f for f in sorted(PAQUET.rglob("*.py"))}
PAQUETS = {m for m, f in MODULES.items() if f.name == "__init__.py"}


def _composant(module: str) -> str:
    parties = module.split(".")
    return parties[1] if len(parties) > 1 else ""


def _sous_type_checking(arbre: ast.AST) -> set[int]:
    """Les ``id`` des nœuds d'import placés sous ``if TYPE_CHECKING:``."""
    dedans = set()
    for noeud in ast.walk(arbre):
        if isinstance(noeud, ast.If) and "TYPE_CHECKING" in ast.unparse(noeud.test):
            for enfant in noeud.body:
                dedans.update(id(n) for n in ast.walk(enfant))
    return dedans


def _imports(module: str, texte: str | None = None) -> list[tuple[str, int, bool]]:
    """(module importé, ligne, sous TYPE_CHECKING) pour chaque import du module, où qu'il soit.
    ``from a.b import c`` vise ``a.b.c`` si c'est un module, sinon ``a.b``. ``texte`` : le code
    à lire à la place de celui du fichier."""
    arbre = ast.parse(MODULES[module].read_text(encoding="utf-8") if texte is None else texte)
    annotations = _sous_type_checking(arbre)
    vus = []
    for noeud in ast.walk(arbre):
        if isinstance(noeud, ast.Import):
            for alias in noeud.names:
                vus.append((alias.name, noeud.lineno, id(noeud) in annotations))
        elif isinstance(noeud, ast.ImportFrom):
            if noeud.level:   # relatif : depuis le paquet du module
                base = module if module in PAQUETS else module.rpartition(".")[0]
                for _ in range(noeud.level - 1):
                    base = base.rpartition(".")[0]
                origine = ".".join(p for p in (base, noeud.module) if p)
            else:
                origine = noeud.module or ""
            for alias in noeud.names:
                cible = f"{origine}.{alias.name}"
                vus.append((cible if cible in MODULES else origine, noeud.lineno, id(noeud) in annotations))
    return vus


def _graphe(avec_annotations: bool) -> dict[str, set[str]]:
    graphe = {}
    for module in MODULES:
        graphe[module] = {cible for cible, _l, annotation in _imports(module)
                          if cible in MODULES and cible != module and (avec_annotations or not annotation)}
    return graphe


def test_chaque_module_a_sa_couche():
    sans_couche = sorted(m for m in MODULES if _composant(m) not in COUCHES)
    assert sans_couche == [], "à ranger dans COUCHES (et dans le README) : " + ", ".join(sans_couche)


def test_aucun_import_ne_remonte_d_une_couche():
    fautes = []
    for module in MODULES:
        couche = COUCHES[_composant(module)]
        for cible, ligne, _annotation in _imports(module):
            if cible in MODULES and COUCHES[_composant(cible)] > couche:
                fautes.append(f"{MODULES[module].relative_to(RACINE)}:{ligne} ({NOMS_COUCHES[couche]}) importe "
                              f"{cible} ({NOMS_COUCHES[COUCHES[_composant(cible)]]})")
    assert fautes == []


def test_qt_seulement_dans_l_interface_et_les_points_d_entree():
    fautes = []
    for module in MODULES:
        composant = _composant(module)
        for cible, ligne, _annotation in _imports(module):
            racine = cible.split(".")[0]
            if racine not in ("PySide6", "shiboken6") or composant in QT_PERMIS:
                continue
            if composant in QT_CORE_SEULEMENT and cible.startswith("PySide6.QtCore"):
                continue
            fautes.append(f"{MODULES[module].relative_to(RACINE)}:{ligne} importe {cible}")
    assert fautes == []


def _composantes_fortement_connexes(graphe: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan, sans récursion."""
    index, bas, pile, sur_pile, resultat = {}, {}, [], set(), []
    compteur = 0
    for depart in graphe:
        if depart in index:
            continue
        travail = [(depart, iter(sorted(graphe[depart])))]
        index[depart] = bas[depart] = compteur
        compteur += 1
        pile.append(depart)
        sur_pile.add(depart)
        while travail:
            noeud, voisins = travail[-1]
            suivant = next(voisins, None)
            if suivant is not None:
                if suivant not in index:
                    index[suivant] = bas[suivant] = compteur
                    compteur += 1
                    pile.append(suivant)
                    sur_pile.add(suivant)
                    travail.append((suivant, iter(sorted(graphe[suivant]))))
                elif suivant in sur_pile:
                    bas[noeud] = min(bas[noeud], index[suivant])
                continue
            travail.pop()
            if travail:
                parent = travail[-1][0]
                bas[parent] = min(bas[parent], bas[noeud])
            if bas[noeud] == index[noeud]:
                composante = []
                while True:
                    m = pile.pop()
                    sur_pile.discard(m)
                    composante.append(m)
                    if m == noeud:
                        break
                resultat.append(sorted(composante))
    return resultat


def test_aucun_cycle_d_imports():
    cycles = [c for c in _composantes_fortement_connexes(_graphe(avec_annotations=False)) if len(c) > 1]
    assert cycles == []


def test_le_detecteur_voit_un_cycle_et_tous_les_imports():
    """Le test se vérifie lui-même : un cycle à trois sur un petit graphe, et chaque forme
    d'import (haut du module, dans une fonction, relatif, sous TYPE_CHECKING) lue dans un code
    écrit pour l'occasion."""
    graphe = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert sorted(map(tuple, _composantes_fortement_connexes(graphe))) == [("a", "b", "c"), ("d",)]
    code = (
        "from typing import TYPE_CHECKING\n"
        "import gesserv_bureau.stockage.base\n"
        "from gesserv_bureau.cas import repertoire\n"
        "from . import evaluations\n"
        "from ..rapports.texte import t\n"
        "if TYPE_CHECKING:\n"
        "    from gesserv_bureau.interface.taches import lancer\n"
        "def plus_tard():\n"
        "    from PySide6.QtCore import Qt\n"
    )
    assert _imports("gesserv_bureau.domaine.service", code) == [
        ("typing", 1, False),
        ("gesserv_bureau.stockage.base", 2, False),
        ("gesserv_bureau.cas.repertoire", 3, False),
        ("gesserv_bureau.domaine.evaluations", 4, False),
        ("gesserv_bureau.rapports.texte", 5, False),
        ("gesserv_bureau.interface.taches", 7, True),
        ("PySide6.QtCore", 9, False),
    ]
