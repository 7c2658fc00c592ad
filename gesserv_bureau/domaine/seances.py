"""Les règles d'une séance d'examen des services prioritaires (annexe 2A, 2.4.5), sans Qt :
l'état de chaque examen (vierge, commencé, fini), l'étape de la séance et son cycle de vie
(brouillon → terminée → approuvée). Les écrans de préparation et de projection les appellent.

Le cycle de vie :
- une séance en brouillon est « en préparation » tant qu'aucun examen n'est commencé, puis « en
  cours »;
- elle devient terminée quand le groupe atteint le sommaire, tous ses examens finis (terminés ou
  approuvés);
- terminée, elle redevient brouillon si un service dont l'examen n'est pas fini y est ajouté;
- approuvée, elle est figée : plus rien ne s'y modifie, on peut seulement signer une approbation
  qui ne l'est pas encore.
"""

from __future__ import annotations

from collections.abc import Iterable

from gesserv_bureau.domaine.evaluations import Evaluation, Seance

STATUTS = ("brouillon", "terminee", "approuvee")


def statut_connu(statut: str) -> str:
    """Le statut tel que les règles le lisent (un statut inconnu compte comme un brouillon)."""
    return statut if statut in STATUTS else "brouillon"


def examen_vierge(ev: Evaluation) -> bool:
    """Ouvert mais sans une réponse : pour le groupe, il n'est pas commencé."""
    c = ev.contenu
    return (ev.statut == "brouillon" and not c.get("initiatives") and not c.get("recommandation")
            and not (c.get("justification") or "").strip()
            and not any(r.get("reponse") or (r.get("initiatives") or "").strip()
                        for r in c.get("reponses", {}).values()))


def examen_fini(ev: Evaluation | None) -> bool:
    """Terminé ou approuvé."""
    return ev is not None and ev.statut in ("terminee", "approuvee")


def cle_etat(ev: Evaluation) -> tuple[str, str | None]:
    """L'état d'un examen commencé : son statut et la recommandation (question 10) si elle est
    donnée (``oui`` / ``non``)."""
    reco = ev.contenu.get("recommandation")
    return statut_connu(ev.statut), (reco if reco in ("oui", "non") else None)


def etape(seance: Seance, commencee: bool) -> str:
    """``preparation`` ou ``en_cours`` pour une séance en brouillon (selon qu'un examen est
    commencé), sinon son statut (``terminee``, ``approuvee``)."""
    if seance.statut == "brouillon":
        return "en_cours" if commencee else "preparation"
    return seance.statut


def modifiable(seance: Seance) -> bool:
    """Une séance approuvée est figée."""
    return seance.statut != "approuvee"


def approbation_a_signer(seance: Seance) -> bool:
    """Approuvée sans signature : il ne reste qu'à signer l'approbation."""
    return seance.statut == "approuvee" and seance.approbation is None


def peut_etre_approuvee(seance: Seance) -> bool:
    """Terminée (ou approuvée sans signature, pour signer)."""
    return seance.statut == "terminee" or approbation_a_signer(seance)


def statut_apres_preparation(seance: Seance, examens: Iterable[Evaluation | None]) -> str:
    """Le statut à écrire quand la préparation change la séance (services, participants…) :
    terminée, elle redevient brouillon dès qu'un de ses examens n'est pas fini (un service
    ajouté); sinon il ne change pas."""
    if seance.statut == "terminee" and not all(examen_fini(ev) for ev in examens):
        return "brouillon"
    return seance.statut


def statut_apres_reunion(seance: Seance, au_sommaire: bool, examens: Iterable[Evaluation | None]) -> str:
    """Le statut à écrire quand la réunion avance : terminée quand le groupe atteint le sommaire
    et que tous les examens (au moins un) sont finis; sinon il ne change pas. Une séance
    approuvée ne change plus."""
    examens = list(examens)
    if seance.statut != "approuvee" and au_sommaire and examens and all(examen_fini(ev) for ev in examens):
        return "terminee"
    return seance.statut


AVANCEMENTS = ("a_faire", "en_cours", "fait")


def avancement(ev: Evaluation | None) -> str:
    """Où en est l'examen d'un service, en un mot pour le bandeau : ``a_faire`` (pas d'examen, ou
    un examen sans une réponse), ``en_cours`` (commencé), ``fait`` (terminé ou approuvé)."""
    if ev is None or examen_vierge(ev):
        return "a_faire"
    return "fait" if examen_fini(ev) else "en_cours"


def examen_a_reprendre(candidates: Iterable[Evaluation]) -> Evaluation | None:
    """L'examen 2A qu'une séance reprend pour un service parmi ceux qui existent déjà (même
    service, même exercice) : une seule 2A par service, jamais un second brouillon. Le plus
    récent qui n'est pas approuvé (il se poursuit); sinon le plus récent approuvé (montré tel
    quel, en lecture seule); ``None`` s'il n'y en a aucun."""
    candidates = list(candidates)

    def recent(ev: Evaluation) -> tuple[str, int]:
        return (ev.modifie_le or ev.cree_le or "", ev.pk or 0)

    ouverts = [ev for ev in candidates if ev.statut != "approuvee"]
    for groupe in (ouverts, candidates):
        if groupe:
            return max(groupe, key=recent)
    return None
