"""Ce qui manque pour terminer une évaluation : une page de l'assistant, le champ et le message
qui le dit. Chaque outil dit les siens (``Outil.manques`` au registre ``domaine.outils``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Manque:
    etape: int        # la page de l'assistant où y remédier
    code: str         # la question ou le champ
    message: str      # code du message (referentiel.messages_evaluations)
    params: tuple = ()   # ses paramètres : (nom, valeur) ou (nom, (français, anglais))

    def texte(self, langue: str) -> str:
        from gesserv_bureau.referentiel import messages_evaluations

        valeurs = {nom: ((v[1] or v[0]) if langue == "en" else (v[0] or v[1])) if isinstance(v, tuple) else v
                   for nom, v in self.params}
        return messages_evaluations.texte(self.message, langue, **valeurs)
