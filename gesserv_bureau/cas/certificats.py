"""Les certificats de signature et les racines de confiance : ce que la ligne de commande
(``gesserv-bureau certificat``, ``gesserv-bureau confiance``) et le dialogue « Certificats » de
l'interface font de la même façon, écrit une fois.

- les refus d'avant les mots de passe (:func:`controler_creation`, :func:`controler_export`) :
  un fichier de sortie déjà là n'est jamais remplacé, un fichier source doit exister;
- :func:`creer` : la racine ministérielle, un certificat d'utilisateur émis par elle ou un
  certificat personnel; un mot de passe court est refusé pour une racine (``creer_racine``) et
  signalé (:attr:`Creation.mot_de_passe_court`) pour les autres;
- :func:`exporter_pem` : le certificat public d'un .p12 (la racine de sa chaîne ou le titulaire);
- les racines de confiance : :func:`ajouter_racines`, :func:`retirer_racine` (avec les refus
  d'une empreinte trop courte, inconnue ou ambiguë), :func:`decrire`.

Les refus sont des ``ErreurSignature`` (``texte(langue)`` les met en mots); le mot de passe
n'est gardé nulle part. Ni Qt ni SQL ici.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from gesserv_bureau.rapports import certificats, confiance
from gesserv_bureau.rapports.certificats import ErreurSignature

RACINE, UTILISATEUR, PERSONNEL = "racine", "utilisateur", "personnel"
# les durées par défaut, en années (celles de la ligne de commande) et les plus longues permises
DUREE_DEFAUT = {RACINE: 10, UTILISATEUR: 2, PERSONNEL: 2}
DUREE_MAX = {RACINE: certificats.DUREE_MAX_RACINE, UTILISATEUR: certificats.DUREE_MAX_UTILISATEUR,
             PERSONNEL: certificats.DUREE_MAX_UTILISATEUR}


@dataclass(frozen=True)
class Creation:
    """Le certificat créé, et s'il faut avertir d'un mot de passe court (jamais pour une racine :
    il y est refusé)."""

    certificat: x509.Certificate
    mot_de_passe_court: bool


# --- les refus d'avant les mots de passe -------------------------------------------------------
def controler_sortie(chemin: Path | None) -> None:
    """Un fichier à écrire ne doit pas exister : rien n'est jamais remplacé."""
    if chemin is not None and chemin.exists():
        raise ErreurSignature("deja_present", fichier=str(chemin))


def controler_source(chemin: Path) -> None:
    if not chemin.exists():
        raise ErreurSignature("introuvable", fichier=str(chemin))


def controler_creation(action: str, sortie: Path, pem: Path | None = None, racine: Path | None = None) -> None:
    """Les refus à dire avant de demander les mots de passe : la sortie (.p12) ou le PEM déjà là,
    la racine d'un certificat d'utilisateur introuvable."""
    controler_sortie(sortie)
    controler_sortie(pem)
    if action == UTILISATEUR:
        controler_source(racine)


def controler_export(p12: Path, sortie: Path) -> None:
    """Les refus d'avant le mot de passe pour exporter un certificat public."""
    controler_sortie(sortie)
    controler_source(p12)


def confirmer_mot_de_passe(mot_de_passe: str, confirmation: str) -> None:
    if mot_de_passe != confirmation:
        raise ErreurSignature("mots_de_passe_differents")


# --- créer, exporter -----------------------------------------------------------------------
def creer(action: str, sortie: Path, mot_de_passe: str, *, nom: str = "", courriel: str | None = None,
          ministere: str = "", racine: Path | None = None, mot_de_passe_racine: str = "",
          annees: int | None = None) -> Creation:
    """Crée la racine (``ministere``), un certificat d'utilisateur émis par ``racine`` ou un
    certificat personnel (``nom``, ``courriel``) dans ``sortie``.

    :raises ErreurSignature: mot de passe vide, court pour une racine, mauvais mot de passe de la
        racine, nom ou courriel invalide, durée invalide, fichier déjà présent…
    """
    annees = DUREE_DEFAUT[action] if annees is None else annees
    # un mot de passe court : refusé pour une racine (creer_racine), averti pour un utilisateur
    court = action != RACINE and certificats.mot_de_passe_court(mot_de_passe)
    if action == RACINE:
        cert = certificats.creer_racine(ministere, sortie, mot_de_passe, annees=annees)
    elif action == UTILISATEUR:
        cert = certificats.creer_certificat_utilisateur(nom, courriel, racine, mot_de_passe_racine,
                                                        sortie, mot_de_passe, annees=annees)
    else:
        cert = certificats.creer_certificat_personnel(nom, courriel, sortie, mot_de_passe, annees=annees)
    return Creation(cert, court)


def texte_mot_de_passe_court(sortie: Path, langue: str) -> str:
    return certificats.messages.texte("mot_de_passe_court", langue, fichier=sortie,
                                      minimum=certificats.LONGUEUR_MIN_MOT_DE_PASSE)


def exporter_pem(p12: Path, mot_de_passe: str, sortie: Path, titulaire: bool = False) -> x509.Certificate:
    """Écrit en PEM le certificat public de ``p12`` : la racine de sa chaîne, ou le titulaire."""
    return certificats.exporter_pem(p12, mot_de_passe, sortie, racine=not titulaire)


# --- les racines de confiance ----------------------------------------------------------------
def decrire(cert: x509.Certificate) -> dict:
    """Le nom, l'empreinte SHA-256 et la fin de validité d'une racine (les paramètres des messages)."""
    return {"nom": certificats.nom_commun(cert), "empreinte": confiance.empreinte(cert),
            "fin": cert.not_valid_after_utc.date().isoformat()}


def ajouter_racines(chemin: Path) -> list[tuple[x509.Certificate, bool]]:
    """Retient les certificats du fichier; chacun avec vrai s'il vient d'être retenu, faux s'il
    l'était déjà."""
    tous = certificats.charger_certificats(chemin)
    nouveaux = {confiance.empreinte(c) for c in confiance.ajouter(chemin)}
    return [(c, confiance.empreinte(c) in nouveaux) for c in tous]


def textes_ajout(ajouts: list[tuple[x509.Certificate, bool]], langue: str) -> list[str]:
    return [certificats.messages.texte("racine_retenue" if nouveau else "racine_deja_retenue", langue,
                                       **decrire(cert)) for cert, nouveau in ajouts]


def retirer_racine(empreinte: str) -> x509.Certificate:
    """Oublie la racine d'empreinte ``empreinte`` (ou d'un préfixe non ambigu d'au moins
    ``LONGUEUR_MIN_PREFIXE`` caractères; majuscules, deux-points et espaces permis).

    :return: la racine oubliée.
    :raises ErreurSignature: empreinte trop courte, inconnue ou ambiguë (rien n'est retiré).
    """
    cle = empreinte.strip().lower().replace(":", "").replace(" ", "")
    if len(cle) < confiance.LONGUEUR_MIN_PREFIXE:
        raise ErreurSignature("empreinte_trop_courte", minimum=confiance.LONGUEUR_MIN_PREFIXE)
    candidats = [(f, c) for f, c in confiance.entrees() if f in confiance.correspondances(cle)]
    if not candidats:
        raise ErreurSignature("racine_inconnue", empreinte=empreinte)
    if len(candidats) > 1:
        raise ErreurSignature("racine_ambigue", empreinte=empreinte)
    confiance.retirer(cle)
    return candidats[0][1]
