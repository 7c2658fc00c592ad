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
