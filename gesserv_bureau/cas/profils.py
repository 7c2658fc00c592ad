"""Le profil de la personne qui se sert de l'application : son nom complet, son titre, son
unité, son ministère et son courriel. Il dit qui a préparé un rapport (« Préparé par » : nom et
titre), donne le ministère de l'en-tête des rapports (par défaut) et l'auteur des nouveaux
dossiers (évaluations, séances, stratégies, pondération et critères 1B).

Il est gardé dans les préférences de l'utilisateur (``langue.preferences()``, le fichier INI de
``GESSERV_PREFERENCES`` ou du dossier de configuration), pas dans la base : il décrit la
personne assise devant ce poste, pas le ministère, et une même base partagée sert à plusieurs
personnes. Le compte du système d'exploitation n'en est jamais tiré : sans profil, le nom reste
vide (le rapport laisse la ligne en blanc, à remplir à la main).

Il n'importe pas Qt lui-même : le fichier des préférences (``QSettings``, de QtCore) passe par
``langue``, dont la ligne de commande se sert aussi sans interface graphique.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gesserv_bureau.referentiel import messages_profil

CHAMPS = ("nom", "titre", "unite", "ministere", "courriel")
LONGUEUR_MAX = 200
_GROUPE = "profil"
_DEMANDE = "profil/demande"             # le dialogue du premier lancement a été montré (rempli ou passé)
_MINISTERE_RAPPORTS = "rapports/ministere"   # ce que le dialogue des rapports gardait avant le profil
_CONTROLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_COURRIEL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(frozen=True)
class Profil:
    nom: str = ""
    titre: str = ""
    unite: str = ""
    ministere: str = ""
    courriel: str = ""

    def vide(self) -> bool:
        return not any(getattr(self, c) for c in CHAMPS)


class ProfilInvalide(ValueError):
    """Une valeur refusée : ``code`` (``referentiel.messages_profil``), le ``champ`` fautif et les
    paramètres du message; rien n'a été écrit."""

    def __init__(self, code: str, champ: str, **params):
        super().__init__(f"{code}: {champ}")
        self.code = code
        self.champ = champ
        self.params = params

    def texte(self, langue: str) -> str:
        return messages_profil.texte(self.code, langue, champ=libelle(self.champ, langue), **self.params)


class ProfilNonEnregistre(OSError):
    """Le fichier des préférences ne peut pas être écrit (dossier en lecture seule, disque plein) :
    le profil d'avant reste."""

    def __init__(self, fichier: str, detail: str):
        super().__init__(detail)
        self.fichier = fichier
        self.detail = detail

    def texte(self, langue: str) -> str:
        return messages_profil.texte("non_enregistre", langue, fichier=self.fichier, detail=self.detail)


def libelle(champ: str, langue: str) -> str:
    """Le nom d'un champ du profil (« Nom complet », « Full name »…)."""
    return messages_profil.texte(f"champ_{champ}", langue)


def _propre(valeur) -> str:
    """Une valeur lue des préférences : une chaîne (un fichier retouché à la main peut donner
    une liste, « a, b » : rejointe)."""
    if valeur is None:
        return ""
    if isinstance(valeur, (list, tuple)):
        return ", ".join(str(v) for v in valeur)
    return str(valeur)


def valider(champ: str, valeur: str) -> str:
    """La valeur normalisée (blancs de tête et de fin retirés, blancs intérieurs réduits à un).

    :raises ProfilInvalide: plus d'une ligne ou un caractère de contrôle, plus de
        :data:`LONGUEUR_MAX` caractères, un courriel qui n'en a pas la forme."""
    if champ not in CHAMPS:
        raise KeyError(champ)
    valeur = "" if valeur is None else str(valeur)
    if _CONTROLE.search(valeur.strip()):
        raise ProfilInvalide("caractere_controle", champ)
    valeur = " ".join(valeur.split())
    if len(valeur) > LONGUEUR_MAX:
        raise ProfilInvalide("trop_long", champ, n=len(valeur), maximum=LONGUEUR_MAX)
    if champ == "courriel" and valeur and not _COURRIEL.match(valeur):
        raise ProfilInvalide("courriel_invalide", champ, valeur=valeur)
    return valeur


def creer(**valeurs) -> Profil:
    """Un profil validé champ par champ (:func:`valider`); le premier refus est levé."""
    return Profil(**{c: valider(c, valeurs.get(c, "")) for c in CHAMPS})


def _reglages():
    from gesserv_bureau.langue import preferences

    return preferences()


def fichier() -> str:
    """Le fichier des préférences, où le profil est gardé."""
    from gesserv_bureau.chemins import fichier_preferences

    return str(fichier_preferences())


def lire() -> Profil:
    """Le profil enregistré (vide si aucun). Le ministère, s'il n'a jamais été donné au profil,
    est celui que le dialogue des rapports gardait."""
    reglages = _reglages()
    valeurs = {c: _propre(reglages.value(f"{_GROUPE}/{c}", "")) for c in CHAMPS}
    if not reglages.contains(f"{_GROUPE}/ministere"):
        valeurs["ministere"] = _propre(reglages.value(_MINISTERE_RAPPORTS, ""))
    # un fichier retouché à la main : ce qui ne passerait pas la validation est écarté
    propres = {}
    for c, v in valeurs.items():
        try:
            propres[c] = valider(c, v)
        except ProfilInvalide:
            propres[c] = ""
    return Profil(**propres)


def enregistrer(profil: Profil) -> Profil:
    """Écrit le profil (validé d'abord : rien n'est écrit si un champ est refusé) et note que le
    dialogue du premier lancement n'a plus à être montré.

    :raises ProfilInvalide: une valeur refusée.
    :raises ProfilNonEnregistre: le fichier des préférences ne peut pas être écrit."""
    from gesserv_bureau.langue import probleme_d_ecriture

    propre = creer(**{c: getattr(profil, c) for c in CHAMPS})
    reglages = _reglages()
    avant = {c: reglages.value(f"{_GROUPE}/{c}") for c in CHAMPS}
    for c in CHAMPS:
        reglages.setValue(f"{_GROUPE}/{c}", getattr(propre, c))
    reglages.setValue(_DEMANDE, True)
    reglages.sync()
    detail = probleme_d_ecriture(reglages)
    if detail is not None:
        # ce que l'objet garde en mémoire revient à l'état d'avant (rien n'a été écrit sur le disque)
        for c, v in avant.items():
            if v is None:
                reglages.remove(f"{_GROUPE}/{c}")
            else:
                reglages.setValue(f"{_GROUPE}/{c}", v)
        raise ProfilNonEnregistre(fichier(), detail)
    return propre


def modifier(**valeurs) -> Profil:
    """Change les champs donnés (``None`` : inchangé) et garde les autres; renvoie le profil écrit.

    :raises ProfilInvalide: une valeur refusée (rien n'est écrit).
    :raises ProfilNonEnregistre: le fichier des préférences ne peut pas être écrit."""
    inconnus = set(valeurs) - set(CHAMPS)
    if inconnus:
        raise KeyError(", ".join(sorted(inconnus)))
    changes = {c: valider(c, v) for c, v in valeurs.items() if v is not None}
    return enregistrer(replace(lire(), **changes))


def a_demander() -> bool:
    """Vrai au premier lancement : le dialogue du profil n'a jamais été montré et aucun nom n'est
    connu."""
    reglages = _reglages()
    demande = str(reglages.value(_DEMANDE, "false")).lower() in ("true", "1")
    return not demande and not lire().nom


def marquer_demande() -> None:
    """Le dialogue du premier lancement a été montré (rempli ou passé) : plus de question."""
    reglages = _reglages()
    reglages.setValue(_DEMANDE, True)
    reglages.sync()


def nom_auteur() -> str:
    """Le nom complet du profil (vide sans profil) : l'auteur des nouveaux dossiers."""
    return lire().nom


__all__ = ["CHAMPS", "LONGUEUR_MAX", "Profil", "ProfilInvalide", "ProfilNonEnregistre", "a_demander", "creer",
           "enregistrer", "fichier", "libelle", "lire", "marquer_demande", "modifier", "nom_auteur", "valider"]
