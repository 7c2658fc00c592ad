"""Les nombres tels qu'on les lit : « 1 234 567 » et « 44,4 % » en français (espaces
insécables), « 1,234,567 » et « 44.4 % » en anglais; « — » pour une valeur inconnue.
Partagés par l'interface et les rapports (toute langue autre que « en » s'écrit à la française,
le bilingue compris). Sans Qt."""

from __future__ import annotations


def nombre(valeur: int | None, langue: str) -> str:
    if valeur is None:
        return "—"
    texte = f"{valeur:,}"
    return texte if langue == "en" else texte.replace(",", "\u00a0")


def pourcentage(valeur: float | None, langue: str, decimales: int = 1) -> str:
    """``valeur`` déjà en pour cent : « 44,4 % » en français (espace insécable), « 44.4% » en
    anglais (sans espace, comme le veut le guide de rédaction de Canada.ca; les traductions
    anglaises de l'interface l'écrivent ainsi)."""
    if valeur is None:
        return "—"
    texte = f"{valeur:.{decimales}f}"
    return texte + "%" if langue == "en" else texte.replace(".", ",") + "\u00a0%"


def fraction(valeur: float | None, langue: str, decimales: int = 1) -> str:
    """Une fraction (0.875, une cible ou un rendement) en pour cent : « 87,5 % », « 87.5% »."""
    return "—" if valeur is None else pourcentage(valeur * 100, langue, decimales)


def points(valeur: float, langue: str) -> str:
    """Une fraction en points de pourcentage, sans décimale inutile : « 2 », « 0,25 » (« 0.25 » en
    anglais); jamais « -0 »."""
    texte = f"{round(valeur * 100, 3) + 0.0:g}"
    return texte if langue == "en" else texte.replace(".", ",")


def lire_nombre(texte: str, langue: str, entier: bool = True) -> int | float | None:
    """Un nombre tapé comme on l'écrit dans la langue : ses milliers séparés ou non (« 1 000 »,
    « 1,000 » en anglais), sa virgule décimale en français, un « % » final toléré; vide : ``None``.

    :raises ValueError: ce n'est pas un nombre (« beaucoup », « 1,5 » pour un entier)."""
    texte = texte.strip().rstrip("%")
    for blanc in (" ", "\u00a0", "\u202f"):
        texte = texte.replace(blanc, "")
    texte = texte.replace(",", "") if langue == "en" else texte.replace(",", ".")
    if not texte:
        return None
    return int(texte) if entier else float(texte)
