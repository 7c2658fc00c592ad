"""Les cas d'utilisation des rapports : produire le PDF d'un rapport à partir de la base,
l'écrire (atomiquement) et le consigner au registre (fichier, SHA-256, signataires, date).
Partagés par l'interface (aperçu, impression, export) et la ligne de commande."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gesserv_bureau.stockage.base import Base


class RapportIntrouvable(LookupError):
    """L'évaluation, la séance ou la stratégie demandée n'existe pas."""


@dataclass
class Produit:
    type: str
    titre: str
    langue: str
    pdf: bytes
    nom_fichier: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def _nom(texte: str) -> str:
    import re
    import unicodedata

    simple = unicodedata.normalize("NFKD", texte).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", simple).strip("-").lower()[:60] or "rapport"


def produire(base: Base, type_: str, langue: str = "fr", *, exercice: str | None = None, cle: str | None = None,
             ministere: str = "") -> Produit:
    """Le PDF du rapport ``type_`` (voir ``rapports.types.TYPES``). ``cle`` : l'identifiant
    (UUID ou numéro) de l'évaluation, de la séance ou de la stratégie; ``exercice`` : celui du
    répertoire (par défaut, le plus récent)."""
    from gesserv_bureau import application

    auteur = base.utilisateur
    if type_ == "inventaire":
        from gesserv_bureau.rapports import rapport_inventaire
        from gesserv_bureau.stockage.depot_services import DepotServices

        exercice = exercice or application.exercice_par_defaut(base)
        pdf = rapport_inventaire.rapport(
            exercice, DepotServices(base).lignes_rapport(exercice), application.sommaire_exercice(base, exercice),
            application.metadonnees(base, exercice), langue, ministere, auteur)
        return Produit(type_, f"inventaire {exercice}", langue, pdf, f"repertoire-services-{exercice}-{langue}.pdf")
    return _produire_outil(base, type_, langue, cle, ministere, auteur)


def _produire_outil(base, type_, langue, cle, ministere, auteur) -> Produit:
    raise RapportIntrouvable(type_)


def exporter(base: Base, produit: Produit, chemin: Path) -> Path:
    """Écrit le PDF (sans jamais laisser un fichier à moitié écrit) et le consigne."""
    from gesserv_bureau.domaine.exportation import ecrire_atomique
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    chemin = Path(chemin)
    ecrire_atomique(chemin, produit.pdf)
    if not base.lecture_seule:
        DepotRapports(base).consigner("export", str(chemin.resolve()), produit.sha256, produit.type, produit.titre,
                                      produit.langue)
    return chemin


def consigner_signature(base: Base, chemin: Path, pdf: bytes, signataires: list[str], type_: str = "") -> None:
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    DepotRapports(base).consigner("signature", str(Path(chemin).resolve()), hashlib.sha256(pdf).hexdigest(), type_,
                                  signataires=signataires)


def registre(base: Base):
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    return DepotRapports(base).tous()
