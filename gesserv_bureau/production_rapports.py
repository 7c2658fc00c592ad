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


def empreinte(*donnees) -> str:
    """L'empreinte courte des données mêmes du rapport (pied de page) : elle change dès qu'une
    réponse, un nom ou une date du rapport change."""
    import dataclasses
    import json

    def simple(objet):
        return dataclasses.asdict(objet) if dataclasses.is_dataclass(objet) else str(objet)

    return hashlib.sha256(json.dumps(donnees, default=simple, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def produire_fichier(chemin: Path, utilisateur: str, type_: str, langue: str = "fr", **options) -> Produit:
    """:func:`produire` sur une connexion à part en lecture : sûr dans un fil de travail."""
    from gesserv_bureau.stockage.lecture import BaseLecture

    with BaseLecture(chemin) as lecture:
        lecture.utilisateur = utilisateur
        return produire(lecture, type_, langue, **options)


def _retrouver(depot, cle: str | None, *filtre):
    """Sans ``cle``, la plus récente (``depot.toutes(*filtre)`` va de la plus récente à la plus
    ancienne); sinon celle de ce numéro ou de cet identifiant (uuid)."""
    if cle is None:
        toutes = depot.toutes(*filtre)
        return toutes[0] if toutes else None
    return depot.charger(int(cle)) if str(cle).isdigit() else depot.par_uuid(str(cle))


def _evaluation(base, cle: str | None, outil: str):
    from gesserv_bureau.stockage.depot_evaluations import DepotEvaluations

    ev = _retrouver(DepotEvaluations(base), cle, outil)
    if ev is None or ev.outil != outil:
        raise RapportIntrouvable(f"{outil} {cle}")
    return ev


def _strategie(base, cle: str | None):
    from gesserv_bureau.stockage.depot_strategies import DepotStrategies

    st = _retrouver(DepotStrategies(base), cle)
    if st is None:
        raise RapportIntrouvable(f"strategie {cle}")
    return st


def _produire_outil(base, type_, langue, cle, ministere, auteur) -> Produit:
    from gesserv_bureau.stockage.depot_services import DepotServices

    commun = {"ministere": ministere, "auteur": auteur}
    depot_services = DepotServices(base)
    if type_ in ("1a", "1b", "2a"):
        ev = _evaluation(base, cle, type_.upper())
        service = depot_services.charger(ev.service_pk) if ev.service_pk is not None else None
        if type_ == "1a":
            from gesserv_bureau.rapports import rapport_1a

            pdf = rapport_1a.rapport(ev, langue, empreinte=empreinte(ev), **commun)
        elif type_ == "1b":
            from gesserv_bureau.rapports import rapport_1b

            pdf = rapport_1b.rapport(ev, langue, service=service, empreinte=empreinte(ev, service), **commun)
        else:
            from gesserv_bureau.rapports import rapport_2a
            from gesserv_bureau.stockage.depot_evaluations import DepotSeances

            seance = DepotSeances(base).charger(ev.seance_pk) if ev.seance_pk is not None else None
            pdf = rapport_2a.rapport(ev, langue, service=service, seance=seance.titre if seance else "",
                                     empreinte=empreinte(ev, service), **commun)
        return Produit(type_, f"{ev.outil} {ev.sujet}", langue, pdf, f"evaluation-{ev.outil}-{_nom(ev.sujet)}-{langue}.pdf")
    if type_ == "seance":
        from gesserv_bureau import evaluations
        from gesserv_bureau.rapports import rapport_seance
        from gesserv_bureau.stockage.depot_evaluations import DepotSeances

        seance = _retrouver(DepotSeances(base), cle)
        if seance is None:
            raise RapportIntrouvable(f"seance {cle}")
        services = [s for s in (depot_services.charger(pk) for pk in seance.services) if s is not None]
        examens = evaluations.examens_de_la_seance(base, seance)
        pdf = rapport_seance.rapport(seance, examens, langue, services=services,
                                     empreinte=empreinte(seance, examens, services), **commun)
        return Produit(type_, seance.titre, langue, pdf, f"proces-verbal-{_nom(seance.titre)}-{seance.date}-{langue}.pdf")
    if type_ in ("strategie", "mise_a_jour", "plan"):
        from gesserv_bureau import strategies

        st = _strategie(base, cle)
        if type_ == "plan":
            from gesserv_bureau.rapports import rapport_plan

            pdf = rapport_plan.rapport(st, langue, empreinte=empreinte(st), **commun)
            return Produit(type_, st.titre, langue, pdf, f"plan-de-travail-{_nom(st.titre)}-v{st.version}-{langue}.pdf")
        from gesserv_bureau.rapports import rapport_strategie

        services = [s for s in (depot_services.charger(pk) for pk in st.services) if s is not None]
        reference = strategies.reference(base, st)
        apercu = strategies.apercu(base, st) if st.type == "mise_a_jour" else None
        pdf = rapport_strategie.rapport(st, langue, services=services, reference=reference, apercu=apercu,
                                        empreinte=empreinte(st, reference, services, apercu), **commun)
        genre = "mise-a-jour" if st.type == "mise_a_jour" else "strategie"
        return Produit(type_, st.titre, langue, pdf, f"{genre}-{_nom(st.titre)}-v{st.version}-{langue}.pdf")
    raise RapportIntrouvable(type_)


def exporter(base: Base, produit: Produit, chemin: Path, *, remplacer: bool = False) -> Path:
    """Écrit le PDF (sans jamais laisser un fichier à moitié écrit) et le consigne.

    :param remplacer: remplacer un fichier existant (la boîte « Enregistrer sous » l'a fait
        confirmer; la ligne de commande exige ``--remplacer``).
    :raises FileExistsError: le fichier existe et ``remplacer`` est faux; rien n'est écrit.
    """
    from gesserv_bureau.rapports import fichiers
    from gesserv_bureau.stockage.depot_rapports import DepotRapports

    chemin = Path(chemin)
    fichiers.ecrire(chemin, produit.pdf, remplacer=remplacer)
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
