"""Les traductions de l'interface : français (source) vers anglais.

    python outils/traductions.py maj        # extrait les chaînes (pyside6-lupdate) dans traductions/gesserv_en.ts
    python outils/traductions.py manquantes # liste les chaînes sans traduction
    python outils/traductions.py appliquer FICHIER.json   # {"source": "translation"} dans le .ts
    python outils/traductions.py compiler   # pyside6-lrelease : traductions/gesserv_en.qm

Le fichier .ts est la référence : on le modifie ici ou avec Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
TS = RACINE / "traductions" / "gesserv_en.ts"
QM = RACINE / "traductions" / "gesserv_en.qm"


def _outil(nom: str) -> str:
    dossier = Path(sys.executable).parent
    for candidat in (dossier / nom, dossier / f"{nom}.exe"):
        if candidat.exists():
            return str(candidat)
    trouve = shutil.which(nom)
    if not trouve:
        raise SystemExit(f"{nom} introuvable : installez PySide6 (pip install -e .)")
    return trouve


def sources() -> list[str]:
    fichiers = sorted((RACINE / "gesserv_bureau").rglob("*.py"))
    return [str(f.relative_to(RACINE)) for f in fichiers]


def connues(ts: Path = TS) -> dict[str, object]:
    """Chaque source déjà traduite (dans n'importe quel contexte) → sa traduction (une liste
    pour un pluriel)."""
    trouvees: dict[str, object] = {}
    if not ts.exists():
        return trouvees
    for _contexte, source, traduction, pluriel in messages(ts):
        if traduction is None or traduction.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        valeur = [f.text or "" for f in traduction.iter("numerusform")] if pluriel else (traduction.text or "")
        if valeur and source not in trouvees:
            trouvees[source] = valeur
    return trouvees


def maj(ts: Path = TS) -> None:
    """Extrait les chaînes; une chaîne déplacée d'une classe à une autre (un nouveau contexte)
    garde la traduction qu'elle avait."""
    avant = connues(ts)
    _extraire(ts)
    a_remplir = {source: avant[source] for _c, source in manquantes(ts) if source in avant}
    if a_remplir:
        appliquer(a_remplir, ts, seulement_manquantes=True)


def _extraire(ts: Path) -> None:
    subprocess.run(
        [_outil("pyside6-lupdate"), *sources(), "-source-language", "fr", "-target-language", "en",
         "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=RACINE, check=True, stdout=subprocess.DEVNULL,
    )


def compiler(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([_outil("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=RACINE, check=True,
                   stdout=subprocess.DEVNULL)


def messages(ts: Path = TS):
    """(contexte, source, élément <translation>, pluriel?) pour chaque message."""
    arbre = ET.parse(ts)
    for contexte in arbre.getroot().iter("context"):
        nom = contexte.findtext("name") or ""
        for message in contexte.iter("message"):
            yield nom, message.findtext("source") or "", message.find("translation"), message.get("numerus") == "yes"


def manquantes(ts: Path = TS) -> list[tuple[str, str]]:
    resultat = []
    for contexte, source, traduction, pluriel in messages(ts):
        vide = (not any((f.text or "").strip() for f in traduction.iter("numerusform"))) if pluriel \
            else not (traduction.text or "").strip()
        if traduction.get("type") in ("unfinished", "vanished", "obsolete") or vide:
            resultat.append((contexte, source))
    return resultat


def appliquer(correspondances: dict[str, object], ts: Path = TS, seulement_manquantes: bool = False) -> int:
    """Remplit les traductions; une valeur liste donne les formes du pluriel (%n). Avec
    ``seulement_manquantes``, une traduction déjà faite reste telle quelle."""
    arbre = ET.parse(ts)
    n = 0
    for message in arbre.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in correspondances:
            continue
        traduction = message.find("translation")
        if seulement_manquantes and traduction.get("type") != "unfinished" and (traduction.text or "").strip():
            continue
        valeur = correspondances[source]
        if message.get("numerus") == "yes":
            formes = valeur if isinstance(valeur, list) else [valeur, valeur]
            for f in list(traduction):
                traduction.remove(f)
            for forme in formes:
                ET.SubElement(traduction, "numerusform").text = forme
        else:
            # une traduction au pluriel posée sur un message qui n'en est plus un : la forme plurielle
            traduction.text = valeur[-1] if isinstance(valeur, list) else valeur
        traduction.attrib.pop("type", None)
        n += 1
    ET.indent(arbre)
    provisoire = ts.with_name(ts.name + ".tmp")   # écrit à côté puis remplacé : jamais un fichier tronqué
    with open(provisoire, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        arbre.write(f, encoding="utf-8", xml_declaration=False)
    provisoire.replace(ts)
    return n


def main(argv: list[str]) -> int:
    commande = argv[0] if argv else "maj"
    if commande == "maj":
        maj()
        print(f"{TS.relative_to(RACINE)} : {len(manquantes())} chaîne(s) à traduire")
    elif commande == "manquantes":
        for contexte, source in manquantes():
            print(json.dumps({"contexte": contexte, "source": source}, ensure_ascii=False))
    elif commande == "appliquer":
        n = appliquer(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        print(f"{n} traduction(s) appliquée(s)")
    elif commande == "compiler":
        compiler()
        print(f"{QM.relative_to(RACINE)} compilé")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
