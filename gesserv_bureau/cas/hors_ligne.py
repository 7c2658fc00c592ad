"""Emporter hors ligne, renvoyer (mode ministère, point 5) : le travail d'une semaine sans réseau
revient au serveur sans rien perdre d'un côté ni de l'autre.

« Emporter » copie, dans une nouvelle base SQLite, les services de la personne (ses secteurs) et
ce qui en dépend, leurs évaluations, les séances et les stratégies; on s'en sert comme de
n'importe quelle base du poste. « Renvoyer » fusionne, fiche par fiche et champ par champ, ce que
le poste a changé avec ce que le serveur a reçu entre-temps (``domaine.hors_ligne``) : ce qui ne
se croise pas est gardé des deux côtés; ce qui se croise est montré (:class:`RenvoiATrancher`) et
rien n'est écrit tant que chaque divergence n'est pas tranchée. Tout le renvoi est une
transaction du serveur, sous verrou des fiches emportées; ensuite la base du poste est remise à
l'état du serveur (avec les changements des autres), prête pour la suite.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gesserv_bureau.cas.serveur import Serveur
from gesserv_bureau.domaine import hors_ligne
from gesserv_bureau.stockage.base import Base, ouvrir
from gesserv_bureau.stockage.erreurs import BaseEndommagee, BaseEtrangere
from gesserv_bureau.stockage.journal import maintenant
from gesserv_bureau.stockage.serveur import emport
from gesserv_bureau.stockage.serveur.adresse import sans_mot_de_passe
from gesserv_bureau.stockage.serveur.connexion import ErreurServeur, erreurs_dites

__all__ = ["emporter", "copie_de_travail", "copie_du_poste", "CopieDuPoste", "renvoyer", "renvoyer_base", "adresse_de", "adresse_emport", "ecarts_en_attente",
           "RenvoiATrancher", "ChoixInconnus", "PasHorsLigne", "FichierExistant", "AutreRepertoire"]


class FichierExistant(ErreurServeur):
    """La base emportée doit être un nouveau fichier : rien n'est écrasé."""

    code = "fichier_existe"

    def __init__(self, chemin: Path):
        super().__init__("", "", fichier=str(chemin))


class PasHorsLigne(ErreurServeur):
    """Le fichier n'est pas une base emportée d'un répertoire ministériel."""

    code = "pas_hors_ligne"

    def __init__(self, chemin: Path):
        super().__init__("", "", fichier=str(chemin))


class AutreRepertoire(ErreurServeur):
    """La base a été emportée d'un autre répertoire ministériel que celui de l'adresse donnée."""

    code = "autre_repertoire"


class ChoixInconnus(ErreurServeur):
    """Un choix (``--choix``) ne désigne aucune divergence de ce renvoi (une faute de frappe, ou
    une divergence d'un renvoi précédent) : rien n'est renvoyé, plutôt que d'ignorer le choix."""

    code = "choix_inconnus"

    def __init__(self, cles: list[str]):
        super().__init__("", "", cles=", ".join(cles))
        self.cles = cles


class _Essai(Exception):
    """Annule la transaction d'un essai de renvoi."""


class RenvoiATrancher(Exception):
    """Des changements du poste croisent ceux du serveur : rien n'a été renvoyé."""

    def __init__(self, plan: hors_ligne.Plan):
        super().__init__(", ".join(e.cle for e in plan.ecarts))
        self.plan = plan
        self.ecarts = plan.ecarts


@dataclass(frozen=True)
class Bilan:
    services: int = 0
    evaluations: int = 0
    normes: int = 0
    ajoutees: int = 0
    modifiees: int = 0
    supprimees: int = 0
    tranchees: int = 0


def _identite(c, serveur: Serveur) -> str:
    """L'identité du répertoire ministériel, une fois vérifié qu'il est au schéma que ce poste
    attend (sinon :class:`SchemaAbsent`, qui dit de le mettre à jour : un serveur d'une révision
    plus ancienne n'annonce pas tout, ne garde pas tout)."""
    from gesserv_bureau.stockage.serveur.installation import exiger_schema

    exiger_schema(c, serveur.adresse)
    return emport.identite(c)


def _emportees(lignes: dict[str, list[dict]]) -> Bilan:
    return Bilan(len(lignes.get("service", [])), len(lignes.get("evaluation", [])),
                 len(lignes.get("norme_service", [])))


def _instantane(serveur: Serveur, identite: str, lignes: dict[str, list[dict]]) -> dict:
    garder = {*hors_ligne.FICHES, *(t for specs in hors_ligne.DEPENDANTES.values() for t, _, _ in specs)}
    # l'adresse sans son mot de passe : gardée dans la base du poste, elle ne le garde jamais
    return {"version": 1, "adresse": sans_mot_de_passe(serveur.adresse), "identite": identite,
            "connexion": serveur.connexion,
            "emporte_le": maintenant(), "lignes": {t: v for t, v in lignes.items() if t in garder}}


def emporter(serveur: Serveur, fichier: Path) -> Bilan:
    """Créer la base ``fichier`` (un nouveau fichier) avec ce que la personne emporte."""
    fichier = Path(fichier).expanduser()
    if fichier.exists() and fichier.stat().st_size > 0:
        raise FichierExistant(fichier)
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:    # une lecture cohérente
        identite = _identite(c, serveur)
        lignes = emport.lire_emport(c)
    try:
        with ouvrir(fichier, rotation=False) as base:
            emport.remplir(base, lignes, _instantane(serveur, identite, lignes))
    except BaseException:
        for suffixe in ("", "-wal", "-shm"):    # une base à moitié faite ne sert à rien
            Path(str(fichier) + suffixe).unlink(missing_ok=True)
        raise
    return _emportees(lignes)


def copie_de_lecture(serveur: Serveur, dossier: Path) -> tuple[Path, Bilan]:
    """Une copie cohérente de tout le répertoire ministériel (une transaction du serveur), dans
    ``dossier``, pour une commande qui lit : un rapport, un export, les contrôles de qualité."""
    fichier = Path(dossier) / "repertoire-ministeriel.sqlite"
    with erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
        identite = _identite(c, serveur)
        lignes = emport.lire_emport(c, tout=True)
    with ouvrir(fichier, rotation=False) as base:
        emport.remplir(base, lignes, _instantane(serveur, identite, lignes))
    return fichier, _emportees(lignes)


def copie_de_travail(serveur: Serveur, dossier: Path) -> tuple[Path, Bilan]:
    """Une base emportée dans ``dossier`` (ce que la personne emporterait : ses services, leurs
    évaluations…), pour une commande qui écrit : elle y travaille, puis :func:`renvoyer` envoie au
    serveur ce qu'elle a changé, avec les mêmes règles (droits revérifiés par le serveur, rien
    d'écrasé)."""
    fichier = Path(dossier) / "copie-de-travail.sqlite"
    return fichier, emporter(serveur, fichier)


@dataclass(frozen=True)
class CopieDuPoste:
    """La copie du répertoire ministériel que ce poste garde pour une personne : ``fichier``;
    ``bilan`` de son emport ou de sa mise à jour; ``ecarts`` : ce que la mise à jour n'a pas pu
    envoyer sans qu'on tranche (rien n'a été écrit; la copie garde tout ce qui a été fait ici)."""
    fichier: Path
    bilan: Bilan | None
    ecarts: tuple = ()
    nouvelle: bool = False
    mise_de_cote: Path | None = None     # l'ancienne copie, qui ne servait plus : gardée sous ce nom


def _nom_de_fichier(texte: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in texte)[:80] or "_"


def copie_du_poste(serveur: Serveur, dossier: Path, ouverte: Base | None = None) -> CopieDuPoste:
    """Ouvrir le répertoire ministériel sur ce poste : la fenêtre travaille sur une copie de ses
    services (une par répertoire et par nom de connexion, dans ``dossier``), emportée à la première
    ouverture; aux suivantes, ce qui y a été fait depuis est d'abord renvoyé, et elle reçoit ce que
    les autres ont fait (:func:`renvoyer_base`, mêmes règles). Ce qui se croise reste à trancher
    (``ecarts``) : rien n'est écrit, rien n'est perdu. ``ouverte`` : la base que la fenêtre a déjà
    ouverte; si c'est cette copie, elle est mise à jour telle quelle (pas rouverte)."""
    from gesserv_bureau.stockage.fichiers_prives import creer_dossier

    with erreurs_dites(serveur.adresse), serveur.moteur.connect() as c:
        identite = _identite(c, serveur)
    creer_dossier(Path(dossier))
    fichier = Path(dossier) / f"{_nom_de_fichier(identite)}-{_nom_de_fichier(serveur.connexion)}.sqlite"
    if not fichier.exists() or fichier.stat().st_size == 0:
        return CopieDuPoste(fichier, emporter(serveur, fichier), nouvelle=True)
    meme = ouverte is not None and ouverte.chemin is not None and Path(ouverte.chemin).resolve() == fichier.resolve()
    try:
        return CopieDuPoste(fichier, renvoyer_base(serveur, ouverte) if meme else renvoyer(serveur, fichier))
    except RenvoiATrancher as exc:
        return CopieDuPoste(fichier, None, exc.ecarts)
    except (BaseEndommagee, BaseEtrangere, PasHorsLigne, AutreRepertoire):
        # (une autre identité que celle de son nom : une copie remplacée, ou son instantané altéré)
        if meme:              # ouverte dans la fenêtre : on ne la déplace pas sous elle
            raise
        # la copie ne sert plus (un disque abîmé, un fichier remplacé) : elle est gardée à côté,
        # renommée — jamais effacée; ses copies de sécurité restent —, et une copie neuve est prise
        cote = fichier.with_name(f"{fichier.stem}.mise-de-cote-{maintenant()[:19].replace(':', '').replace('T', '-')}"
                                 f"{fichier.suffix}")
        for suffixe in ("", "-wal", "-shm", ".temoin"):   # son témoin avec elle : la neuve part de rien
            ancien = Path(str(fichier) + suffixe)
            if ancien.exists():
                ancien.replace(Path(str(cote) + suffixe))
        return CopieDuPoste(fichier, emporter(serveur, fichier), nouvelle=True, mise_de_cote=cote)


@dataclass(frozen=True)
class Interets:
    """Ce qu'un changement sur le serveur doit toucher pour intéresser la copie : une de ses fiches
    (table, clé), une fiche ajoutée à un de ses services ou rattachée à lui, un service ajouté
    dans un de ses secteurs ou passé dans l'un d'eux, une séance ou une stratégie (la copie les a
    toutes)."""
    fiches: frozenset = frozenset()
    services: frozenset = frozenset()
    secteurs: frozenset = frozenset()

    def touche(self, table: str, operation: str, pk, service=None, secteur=None) -> bool:
        if (table, pk) in self.fiches:
            return True
        if operation == "delete":             # supprimée ailleurs, hors de la copie : rien à recevoir
            return False
        if table in ("seance", "strategie"):  # la copie les a toutes
            return True
        if table == "service":                # ajouté, ou passé dans un de ses secteurs
            return secteur in self.secteurs
        return service in self.services       # ajoutée à un de ses services, ou rattachée à lui


def fiches_emportees(base: Base) -> Interets:
    """Ce qui, dans la copie ``base`` telle qu'emportée (ou reçue au dernier renvoi), rend un
    changement sur le serveur intéressant pour la personne (:class:`Interets`)."""
    inst = emport.instantane(base)
    if inst is None:
        return Interets()
    lignes = inst["lignes"]
    fiches = frozenset((table, int(l["pk"])) for table in hors_ligne.FICHES
                       for l in lignes.get(table, []) if isinstance(l, dict) and l.get("pk") is not None)
    services = [l for l in lignes.get("service", []) if isinstance(l, dict)]
    return Interets(fiches, frozenset(int(l["pk"]) for l in services if l.get("pk") is not None),
                    frozenset(l.get("secteur_responsabilite") for l in services if l.get("secteur_responsabilite")))


def connexion_d_emport(base: Base) -> str | None:
    """Le nom de connexion sous lequel la copie ``base`` a été emportée."""
    inst = emport.instantane(base)
    return inst.get("connexion") if inst else None


def ecouter(adresse: str):
    """Une écoute des modifications annoncées par le serveur (``stockage.serveur.avis.Ecouteur``),
    avec ce que libpq trouve pour s'authentifier (jamais un mot de passe gardé)."""
    from gesserv_bureau.stockage.serveur.avis import Ecouteur

    return Ecouteur(adresse)


def verser_registre(serveur: Serveur, fichier: Path) -> int:
    """Les rapports que la commande a exportés ou signés depuis la copie de lecture, inscrits au
    registre du répertoire ministériel."""
    with ouvrir(Path(fichier), rotation=False) as base, erreurs_dites(serveur.adresse), \
            serveur.moteur.begin() as c:
        return emport.verser_registre(c, base)


def adresse_de(fichier: Path) -> str:
    """L'adresse du serveur d'où la base ``fichier`` a été emportée."""
    if not Path(fichier).expanduser().is_file():
        raise PasHorsLigne(Path(fichier))
    with ouvrir(Path(fichier), rotation=False) as base:
        adresse = adresse_emport(base)
    if adresse is None:
        raise PasHorsLigne(Path(fichier))
    return adresse


def adresse_emport(base: Base) -> str | None:
    """L'adresse du serveur d'où la base ouverte ``base`` a été emportée; None : une base ordinaire."""
    inst = emport.instantane(base)
    return inst["adresse"] if inst else None


def renvoyer(serveur: Serveur, fichier: Path, choix: dict[str, str] | None = None, tout: str | None = None,
             *, essai: bool = False, choix_exacts: bool = False) -> Bilan:
    """:func:`renvoyer_base` sur le fichier ``fichier`` (ouvert le temps du renvoi)."""
    fichier = Path(fichier).expanduser()
    if not fichier.is_file():
        raise PasHorsLigne(fichier)
    with ouvrir(fichier, rotation=False) as base:
        return renvoyer_base(serveur, base, choix, tout, essai=essai, choix_exacts=choix_exacts)


def renvoyer_base(serveur: Serveur, base: Base, choix: dict[str, str] | None = None, tout: str | None = None,
                  *, essai: bool = False, choix_exacts: bool = False) -> Bilan:
    """Renvoyer au serveur les changements de la base emportée ``base``; puis la remettre à
    l'état du serveur. :class:`RenvoiATrancher` (rien d'écrit) tant qu'une divergence n'est pas
    tranchée par ``choix`` (``ecart.cle`` -> ``mienne`` | ``serveur``) ou ``tout``.
    ``essai`` : calculer le plan sans rien écrire, ni sur le serveur ni sur le poste.
    ``choix_exacts`` : un choix qui ne désigne aucune divergence est une erreur
    (:class:`ChoixInconnus`, rien d'écrit) — pour la ligne de commande, où une clé se tape.

    La transaction du poste enveloppe celle du serveur : l'état du serveur après le renvoi est lu
    dans sa transaction et écrit dans le poste avant qu'elle soit validée; si le serveur ne valide
    pas (arrêté, connexion perdue), le poste n'est pas touché non plus, et un second renvoi
    envoie les mêmes changements, une fois."""
    if not essai:
        from gesserv_bureau.cas.reprise_en_direct import reprendre

        reprendre(serveur, base)        # un envoi en direct dont la fin n'a pas été vue, d'abord
    inst = emport.instantane(base)
    if inst is None:
        raise PasHorsLigne(base.chemin or Path())
    lue = hors_ligne.etat(inst["lignes"])
    mienne = hors_ligne.etat(emport.lire_poste(base))
    remplaces = emport.services_remplaces(base, int(inst.get("journal_id") or 0))
    bilan = Bilan()
    try:
        with base.ecriture() as db, erreurs_dites(serveur.adresse), serveur.moteur.begin() as c:
            identite = _identite(c, serveur)
            if identite != inst["identite"]:
                raise AutreRepertoire(serveur.adresse, fichier=str(base.chemin or ""))
            if mienne != lue or remplaces:
                bilan = _envoyer(c, lue, mienne, remplaces, choix or {}, tout, essai, choix_exacts)
            elif choix and choix_exacts:
                raise ChoixInconnus(sorted(choix))
            if essai:
                raise _Essai
            # les rapports exportés ou signés dans la copie depuis le dernier renvoi, au registre du serveur
            dernier = emport.dernier_rapport(base)
            declare = inst.get("connexion") if isinstance(inst.get("connexion"), str) else ""
            emport.verser_registre(c, base, emport.registre_verse(base.conn), declare=declare or None)
            lignes = emport.lire_emport(c)        # dans la transaction : avec ce qui vient d'être écrit
            emport.remplir_dans(db, base.utilisateur, lignes, _instantane(serveur, identite, lignes))
            emport.noter_registre_verse(db, dernier)
    except _Essai:
        return bilan
    e = _emportees(lignes)
    return Bilan(e.services, e.evaluations, e.normes, bilan.ajoutees, bilan.modifiees, bilan.supprimees,
                 bilan.tranchees)


def ecarts_en_attente(serveur: Serveur, base: Base) -> tuple[hors_ligne.Ecart, ...]:
    """Les divergences qu'un renvoi montrerait maintenant (rien n'est écrit)."""
    try:
        renvoyer_base(serveur, base, essai=True)
    except RenvoiATrancher as exc:
        return exc.ecarts
    return ()


def retrouver_deja_envoyees(c, lue, mienne) -> dict[str, dict[int, int]]:
    """Les fiches créées sur le poste qu'un envoi précédent a déjà écrites sur le serveur sans que
    le poste ait pu le noter (``domaine.hors_ligne.retrouver`` : ramenées à leur clé du serveur,
    ce qui a été fait depuis sur le poste fusionné, jamais perdu); ``lue`` et ``mienne`` changées."""
    uuids = {f: {m["uuid"] for pk, m in mienne.get(f, {}).items() if pk not in lue.get(f, {}) and m.get("uuid")}
             for f in hors_ligne.FICHES}
    if not any(uuids.values()):
        return {}
    lignes = emport.par_uuid(c, uuids)
    etats, revs = hors_ligne.etat(lignes), hors_ligne.revisions(lignes)
    return hors_ligne.retrouver(lue, mienne, {f: {l["uuid"]: (pk, l, revs[f][pk]) for pk, l in etats[f].items()}
                                              for f in hors_ligne.FICHES if lignes.get(f)})


def _envoyer(c, lue, mienne, remplaces, choix, tout, essai: bool, choix_exacts: bool = False) -> Bilan:
    deja = retrouver_deja_envoyees(c, lue, mienne)
    emportees = {f: sorted(lue.get(f, {})) for f in hors_ligne.FICHES}
    droits = emport.droits(c)
    actuel = emport.lire_sous_verrou(c, emportees, verrouiller=droits.redacteur)
    plan = hors_ligne.planifier(lue, mienne, hors_ligne.etat(actuel), hors_ligne.revisions(actuel),
                                choix, tout, remplaces, droits)
    inconnus = sorted(set(choix) - {e.cle for e in (*plan.ecarts, *plan.tranches)})
    if inconnus and choix_exacts:
        raise ChoixInconnus(inconnus)
    if plan.a_trancher:
        raise RenvoiATrancher(plan)
    if not essai:
        emport.appliquer(c, plan, lue, deja)
    return Bilan(ajoutees=plan.compte("ajouter"), modifiees=plan.compte("modifier"),
                 supprimees=plan.compte("supprimer"), tranchees=len(plan.tranches))
