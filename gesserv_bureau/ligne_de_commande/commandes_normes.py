"""Les normes de service (2.7) : ``norme liste|ajouter|modifier|retirer|retablir|resultat|action|
tolerance``, sur les mêmes cas d'utilisation (``cas.normes``) que le formulaire du service."""

from __future__ import annotations

import argparse
import sys

from gesserv_bureau import formats
from gesserv_bureau.cas import normes
from gesserv_bureau.domaine.exercice import ExerciceInvalide, normaliser
from gesserv_bureau.langue import Traductions
from gesserv_bureau.ligne_de_commande.catalogue import traducteur
from gesserv_bureau.ligne_de_commande.commun import dans_la_base
from gesserv_bureau.referentiel import normes as ref
from gesserv_bureau.referentiel import tableau_8

# option de la ligne de commande -> champ de la norme
_OPTIONS = {
    "norme_fr": "norme_fr", "norme_en": "norme_en", "type_norme": "type_norme", "canal": "canal",
    "type_cible": "type_cible", "approbation": "niveau_approbation", "date_approbation": "date_approbation",
    "url_normes_fr": "url_normes_fr", "url_normes_en": "url_normes_en", "url_resultats_fr": "url_resultats_fr",
    "url_resultats_en": "url_resultats_en", "url_temps_reel_fr": "url_temps_reel_fr",
    "url_temps_reel_en": "url_temps_reel_en",
}


class _Refus(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def executer(commande: str, args: argparse.Namespace, trad: Traductions) -> int:
    t = traducteur(trad)
    return dans_la_base(args, trad, lambda base: _norme(base, args, trad.langue, t))


def _nombre(valeur: str, langue: str, entier: bool = True) -> int | float | None:
    try:
        return formats.lire_nombre(valeur, langue, entier)
    except ValueError:
        raise _Refus(ref.texte("nombre_invalide", langue, valeur=valeur)) from None


def _champs(args: argparse.Namespace, langue: str) -> dict:
    champs = {champ: getattr(args, option) for option, champ in _OPTIONS.items() if getattr(args, option) is not None}
    if args.type_norme is not None:
        champs["type_norme"] = args.type_norme.upper()
    if args.canal is not None:
        champs["canal"] = ",".join(dict.fromkeys(c.strip().upper() for c in args.canal.split(",") if c.strip()))
    if args.cible is not None:
        cible = _nombre(args.cible, langue, entier=False)
        champs["cible"] = None if cible is None else cible / 100
    if args.mise_en_oeuvre is not None:
        champs["mise_en_oeuvre"] = args.mise_en_oeuvre == "oui"
    return champs


def _scenario(code: str | None, langue: str) -> str:
    if code is None:
        return ref.texte("sans_scenario", langue)
    return tableau_8.texte(tableau_8.scenario(code).titre, langue)


def _norme(base, args: argparse.Namespace, langue: str, t) -> int:
    """Un refus est dit dans la langue de l'utilisateur, code de sortie 1, sans rien écrire."""
    try:
        return _faire(base, args, langue, t)
    except (normes.NormeRefusee, normes.StrategieApprouvee) as exc:
        print(t("erreur", message=exc.texte(langue)), file=sys.stderr)
    except _Refus as exc:
        print(t("erreur", message=exc.message), file=sys.stderr)
    except ExerciceInvalide:
        print(t("erreur", message=t("exercice_invalide", valeur=args.exercice)), file=sys.stderr)
    return 1


def _faire(base, args: argparse.Namespace, langue: str, t) -> int:
    m = lambda code, **p: ref.texte(code, langue, **p)  # noqa: E731
    if args.action == "tolerance":
        if args.valeur is not None:
            valeur = _nombre(args.valeur, langue, entier=False)
            if valeur is None:
                raise _Refus(ref.texte("nombre_invalide", langue, valeur=args.valeur))
            normes.definir_tolerance(base, valeur / 100)
        print(m("tolerance", points=formats.points(normes.tolerance(base), langue)))
        return 0
    if args.action == "liste":
        exercice = normaliser(args.exercice) if args.exercice else None
        suivis = [s for s in normes.suivis(base, exercice) if not args.service or s.norme.service_id == args.service]
        if not suivis:
            print(m("aucune_norme"))
            return 0
        print("\t".join(en if langue == "en" else fr for fr, en in ref.ENTETES_LISTE))
        for s in suivis:
            n = s.norme
            cellules = (n.exercice, n.service_id, f"{n.norme_id} — {n.texte(langue)}", formats.fraction(n.cible, langue),
                        formats.fraction(s.exercice.rendement, langue), _scenario(s.scenario, langue),
                        n.retiree_le or "—", str(len(s.actions)))
            # une tabulation ou un saut de ligne d'un texte ne décale jamais les colonnes
            print("\t".join(" ".join(c.split()) for c in cellules))
        return 0
    exercice = normaliser(args.exercice)
    if args.action == "ajouter":
        normes.creer(base, normes.service_par_id(base, exercice, args.service), norme_id=args.norme_id,
                     **_champs(args, langue))
        print(m("norme_creee", norme=args.norme_id, service=args.service, exercice=exercice))
        return 0
    n = normes.trouver(base, exercice, args.service, args.norme_id)
    if args.action == "modifier":
        changes = normes.modifier(base, n.pk, **_champs(args, langue))
        print(m("norme_modifiee", norme=n.norme_id, champs=", ".join(changes)) if changes else m("rien_change"))
    elif args.action == "retirer":
        normes.retirer(base, n.pk, args.le)
        print(m("norme_retiree_ok", norme=n.norme_id, date=normes.charger(base, n.pk).retiree_le))
    elif args.action == "retablir":
        normes.retablir(base, n.pk)
        print(m("norme_retablie", norme=n.norme_id))
    elif args.action == "resultat":
        conforme, total = _nombre(args.conforme, langue), _nombre(args.total, langue)
        if args.periode == "exercice":
            normes.mesurer_exercice(base, n.pk, conforme, total)
        else:
            normes.mesurer_trimestre(base, n.pk, args.periode, conforme, total)
        s = normes.suivi(base, n.pk)
        taux = s.exercice.rendement if args.periode == "exercice" else next(
            (r.rendement for r in s.trimestres if r.periode == args.periode), None)
        periode = ref.texte("periode_exercice", langue) if args.periode == "exercice" else (
            args.periode.replace("T", "Q") if langue == "en" else args.periode)
        print(m("resultat_inscrit", periode=periode, rendement=formats.fraction(taux, langue),
                scenario=_scenario(s.scenario, langue)))
    elif args.action == "action":
        st = None
        if args.strategie:   # la stratégie vérifiée avant d'écrire l'action : tout ou rien
            from gesserv_bureau.cas import planification

            st = planification.par_uuid(base, args.strategie)
            if st is None:
                raise _Refus(m("strategie_introuvable", uuid=args.strategie))
            if not st.modifiable():
                raise normes.StrategieApprouvee(st.titre)
        s = normes.suivi(base, n.pk)
        a = normes.ajouter_action(base, n.pk, args.texte, s.scenario or "", args.responsable, args.echeance, args.statut)
        print(m("action_ajoutee", norme=n.norme_id, scenario=_scenario(s.scenario, langue)))
        if st is not None:
            normes.envoyer_au_plan(base, a.pk, st.pk, langue)
            print(m("action_envoyee", titre=st.titre))
    return 0
