"""Les outils de la validation à la lecture du fichier d'échange : le lecteur qui accumule les
problèmes (:class:`Lecteur`, chaque champ contrôlé par son type, ses choix, sa date, son UUID,
son exercice) et ce qu'en reçoit la lecture du contenu propre à chaque outil
(:class:`LectureContenu`). Sans Qt ni SQL.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from typing import Any

from gesserv_bureau.domaine.echange_format import REPONSES_OUI_NON, TOLERANCE_HORLOGE, Message, instant

_EXERCICE = re.compile(r"^(\d{4})-(\d{4})$")


class Lecteur:
    """Valide en accumulant les problèmes (on les dit tous d'un coup)."""

    def __init__(self, maintenant: dt.datetime | None = None) -> None:
        self.problemes: list[Message] = []
        self.limite = (maintenant or dt.datetime.now(dt.timezone.utc)) + TOLERANCE_HORLOGE

    def connues(self, d: dict, cles: tuple | list | dict, chemin: str) -> None:
        """Chaque clé que le format ne connaît pas est signalée, nommée par son chemin."""
        for cle in d:
            if cle not in cles:
                nom = cle if len(cle) <= 60 else cle[:57] + "…"
                self.signaler("cle_inconnue", champ=f"{chemin}.{nom}" if chemin else nom)

    def exercice(self, d: dict, cle: str, chemin: str, *, vide_permis: bool) -> str:
        """Un exercice « AAAA-AAAA » aux années consécutives (vide permis si ``vide_permis``)."""
        valeur = self.champ(d, cle, chemin, str, "texte", obligatoire=True, defaut="")
        if not isinstance(valeur, str) or (not valeur and vide_permis):
            return valeur if isinstance(valeur, str) else ""
        m = _EXERCICE.match(valeur)
        if not m or int(m.group(2)) != int(m.group(1)) + 1:
            self.signaler("exercice_invalide", champ=f"{chemin}.{cle}" if chemin else cle, valeur=montrer(valeur))
            return ""
        return valeur

    def signaler(self, code: str, **params) -> None:
        self.problemes.append(Message(code, params))

    def champ(self, d: dict, cle: str, chemin: str, types: type | tuple, attendu: str, *,
              obligatoire: bool = False, defaut: Any = None, choix: tuple | None = None) -> Any:
        ou = f"{chemin}.{cle}" if chemin else cle
        if cle not in d:
            if obligatoire:
                self.signaler("champ_manquant", champ=ou)
            return defaut
        valeur = d[cle]
        if isinstance(valeur, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            self.signaler("champ_invalide", champ=ou, valeur=montrer(valeur), attendu=attendu)
            return defaut
        if not isinstance(valeur, types) or (choix is not None and valeur not in choix):
            self.signaler("champ_invalide", champ=ou, valeur=montrer(valeur), attendu=attendu)
            return defaut
        return valeur

    def date(self, d: dict, cle: str, chemin: str, *, obligatoire: bool = False) -> str:
        valeur = self.champ(d, cle, chemin, str, "texte", obligatoire=obligatoire, defaut="")
        moment = instant(valeur) if valeur else None
        if valeur and moment is None:
            self.signaler("date_invalide", champ=f"{chemin}.{cle}", valeur=montrer(valeur))
            return ""
        if moment is not None and moment > self.limite:
            self.signaler("date_future", champ=f"{chemin}.{cle}", valeur=montrer(valeur))
            return ""
        if obligatoire and cle in d and isinstance(d[cle], str) and not valeur:
            self.signaler("date_invalide", champ=f"{chemin}.{cle}", valeur='""')
        return valeur

    def uuid(self, d: dict, cle: str, chemin: str, *, obligatoire: bool = False) -> str:
        valeur = self.champ(d, cle, chemin, str, "UUID", obligatoire=obligatoire, defaut="")
        if valeur or (obligatoire and isinstance(d.get(cle), str)):
            try:
                uuidlib.UUID(valeur)
            except ValueError:
                self.signaler("champ_invalide", champ=f"{chemin}.{cle}", valeur=montrer(valeur), attendu="UUID")
                return ""
        return valeur


def montrer(valeur: Any) -> str:
    import json

    texte = json.dumps(valeur, ensure_ascii=False)
    return texte if len(texte) <= 60 else texte[:57] + "…"


class LectureContenu:
    """Ce que reçoit la lecture du contenu propre à chaque outil (``Outil.lire_echange``) : le
    lecteur qui accumule les problèmes (``lecteur``), le contenu reçu et son chemin dans le
    fichier, l'outil, l'édition et les codes de ses réponses dans cette édition."""

    OUI_NON = ((str, type(None)), REPONSES_OUI_NON, "oui, non ou null")   # (types, choix, attendu)
    TEXTE = (str, None, "texte")
    montrer = staticmethod(montrer)

    def __init__(self, lecteur: "Lecteur", contenu: dict, chemin: str, outil: str, edition: str,
                 codes: tuple[str, ...]) -> None:
        self.lecteur, self.contenu, self.chemin = lecteur, contenu, chemin
        self.outil, self.edition, self.codes = outil, edition, codes

    def champ(self, cle: str, types: type | tuple, attendu: str, **options) -> Any:
        """Un champ du contenu lui-même (voir ``Lecteur.champ``)."""
        return self.lecteur.champ(self.contenu, cle, self.chemin, types, attendu, **options)

    def par_code(self, cle: str, valider) -> None:
        """Le bloc ``cle`` du contenu, un objet dont chaque clé est un code de l'édition : un code
        inconnu est signalé, chaque valeur passe par ``valider(valeur, chemin)``."""
        if cle not in self.contenu:
            return
        bloc = self.contenu[cle]
        ou = f"{self.chemin}.{cle}"
        if not isinstance(bloc, dict):
            self.lecteur.signaler("champ_invalide", champ=ou, valeur=montrer(bloc), attendu="objet")
            return
        for code, valeur in bloc.items():
            if code not in self.codes:
                self.lecteur.signaler("code_inconnu", outil=self.outil, edition=self.edition, valeur=code, champ=ou)
            else:
                valider(valeur, f"{ou}.{code}")

    def reponse(self, cles: dict[str, tuple]):
        """Le validateur d'une réponse : un objet aux clés ``cles`` (chacune : types, choix, attendu)."""
        lect = self.lecteur

        def valider(valeur, ou):
            if not isinstance(valeur, dict):
                lect.signaler("champ_invalide", champ=ou, valeur=montrer(valeur), attendu="objet")
                return
            lect.connues(valeur, cles, ou)
            for cle, (types, choix, attendu) in cles.items():
                lect.champ(valeur, cle, ou, types, attendu, choix=choix)
        return valider
