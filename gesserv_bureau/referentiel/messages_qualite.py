"""Les constats du contrôle de la qualité des données, dans les deux langues."""

from __future__ import annotations

from functools import partial

from gesserv_bureau.referentiel.catalogue import Catalogue, texte_de

MESSAGES: Catalogue = {
    "elements_manquants": (
        "Éléments obligatoires manquants : {elements}.",
        "Missing mandatory elements: {elements}.",
    ),
    "a_completer_hors_fichier": (
        "À compléter dans l'application : {elements}. Les données ouvertes n'ont pas de colonne pour "
        "ces éléments; le fichier importé ne pouvait pas les donner.",
        "To complete in the application: {elements}. The open data has no column for these elements; "
        "the imported file could not provide them.",
    ),
    "valeur_fausse": (
        "{message}",
        "{message}",
    ),
    "id_double": (
        "Le numéro d'ID « {valeur} » est attribué à {nombre} services de l'exercice {exercice}.",
        "Service ID “{valeur}” is used by {nombre} services in fiscal year {exercice}.",
    ),
    "total_incoherent": (
        "Le total des demandes ({total}) ne correspond pas à la somme des demandes par mode ({somme}).",
        "Total applications ({total}) do not add up to the applications by channel ({somme}).",
    ),
    "autres_sans_remarque": (
        "{nombre} demandes par d'« autres » modes, sans remarque qui les explique (remarques spéciales).",
        "{nombre} applications through “other” channels, with no special remark explaining them.",
    ),
    "en_ligne_sans_volume": (
        "Le point d'interaction « Application » est offert en ligne (oui), mais aucune demande en ligne n'est comptée ({volume}).",
        "The “Application” interaction point is online (yes), but no online applications are counted ({volume}).",
    ),
    "rendement_superieur": (
        "Norme « {norme} » : un rendement de {rendement} dépasse 100 %.",
        "Standard “{norme}”: a performance of {rendement} exceeds 100%.",
    ),
    "conforme_superieur_au_total": (
        "Norme « {norme} » : {conforme} demandes conformes à la cible pour {total} au total — le rendement "
        "dépasserait 100 %. Vérifiez les deux volumes (un volume vide compte pour 0).",
        "Standard “{norme}”: {conforme} applications meeting the target out of {total} in total — performance "
        "would exceed 100%. Check both volumes (a blank volume counts as 0).",
    ),
    "norme_sans_volume": (
        "Norme « {norme} » : aucun volume total déclaré. Donnez le nombre de demandes visées par la norme "
        "pour l'exercice, sinon son rendement ne se calcule pas.",
        "Standard “{norme}”: no total volume reported. Give the number of applications the standard covers "
        "for the fiscal year; otherwise its performance cannot be computed.",
    ),
    "norme_volume_service_sans_demandes": (
        "Norme « {norme} » : {total} demandes déclarées pour la norme, mais aucun volume de demandes pour le "
        "service. Déclarez les demandes par mode du service (élément 14).",
        "Standard “{norme}”: {total} applications reported for the standard, but no application volume for the "
        "service. Report the service's applications by channel (element 14).",
    ),
    "aucun_volume_de_demandes": (
        "Aucun volume de demandes déclaré : tous les modes sont « non disponible » ou « sans objet ». "
        "Déclarez au moins le volume d'un mode, ou expliquez-le dans les remarques.",
        "No application volume reported: every channel is “not available” or “not applicable”. Report the "
        "volume of at least one channel, or explain it in the remarks.",
    ),
    "retroaction_contradictoire": (
        "Le point « résolution de problèmes et rétroaction » en ligne ({point}) contredit les canaux de "
        "rétroaction des clients ({canaux}) : l'un dit en ligne, l'autre non. Harmonisez-les.",
        "The online “issue resolution and feedback” interaction point ({point}) contradicts the client "
        "feedback channels ({canaux}): one says online, the other does not. Make them agree.",
    ),
    "numero_entreprise_applicable": (
        "Des entreprises sont parmi les clients : le champ du numéro d'entreprise de l'ARC s'applique "
        "(oui ou non), il n'est pas « {valeur} ».",
        "Businesses are among the clients: the CRA business number field applies (yes or no); it is "
        "not “{valeur}”.",
    ),
    "volume_variation_forte": (
        "Le volume de demandes passe de {avant} ({precedent}) à {apres} : une variation aussi forte mérite "
        "d'être vérifiée, ou expliquée dans les remarques.",
        "The application volume goes from {avant} ({precedent}) to {apres}: such a sharp change should be "
        "checked, or explained in the remarks.",
    ),
    "volume_identique_quatre_ans": (
        "Le même volume de demandes ({total}) quatre exercices de suite : a-t-il été recopié d'une année à "
        "l'autre ?",
        "The same application volume ({total}) four fiscal years in a row: was it copied from one year to the "
        "next?",
    ),
    "exercice_hors_fenetre": (
        "Exercice hors de la période de déclaration ({premier} à {dernier}) : corrigez l'exercice.",
        "Fiscal year outside the reporting period ({premier} to {dernier}): correct the fiscal year.",
    ),
    "norme_id_double": (
        "Le numéro de norme « {norme} » est attribué à {nombre} normes de l'exercice {exercice}.",
        "Standard ID “{norme}” is used by {nombre} standards in fiscal year {exercice}.",
    ),
    "prioritaire_sans_normes": (
        "Service prioritaire sans normes de service : la section 7.7 de la Politique sur les services "
        "exige des normes et de l'information sur le rendement en temps réel.",
        "Priority service without service standards: section 7.7 of the Policy on Service requires "
        "standards and real-time performance information.",
    ),
    "authentification_pas_en_ligne": (
        "Service externe prioritaire avec authentification, offert en ligne à {pourcentage} seulement : "
        "la section 7.10 de la Politique sur les services demande qu'il le soit de bout en bout.",
        "Priority external service with authentication, only {pourcentage} online: section 7.10 of the "
        "Policy on Service asks that it be online end to end.",
    ),
    "cible_hors_bornes": (
        "Norme {norme} : la cible ({cible}) n'est pas un pourcentage de 0 à 100 %. Dans le fichier des normes, la "
        "cible s'écrit en fraction (0.8 pour 80 %).",
        "Standard {norme}: the target ({cible}) is not a percentage from 0 to 100%. In the standards file, the "
        "target is written as a fraction (0.8 for 80%).",
    ),
    "etat_demande_a_completer": (
        "Service externe prioritaire avec authentification : dites, sur le formulaire, si l'état de la demande "
        "est offert en ligne en temps réel (7.10). Les données ouvertes n'ont pas de colonne pour le dire.",
        "Priority external service with authentication: say on the form whether the application status is "
        "available online in real time (7.10). The open data has no column for it.",
    ),
    "etat_demande_pas_en_temps_reel": (
        "Service externe prioritaire avec authentification sans l'état de la demande en temps réel : la section "
        "7.10 de la Politique sur les services l'exige (cible : 100 % de ces services).",
        "Priority external service with authentication without real-time application status: section 7.10 of "
        "the Policy on Service requires it (target: 100% of these services).",
    ),
    "donnees_non_disponibles": (
        "Volume « {modes} » : données non disponibles. Prévoir de les recueillir pour le prochain exercice.",
        "Volume “{modes}”: data not available. Plan to collect them for the next fiscal year.",
    ),
    "so_sans_justification": (
        "Points d'interaction « S.O. » sans justification écrite : {points} (1.8.1 : mettre par écrit "
        "l'approche lorsqu'une partie du service est exclue de la prestation par voie électronique).",
        "“N/A” interaction points without a written justification: {points} (1.8.1: document the "
        "approach when part of the service is excluded from electronic delivery).",
    ),
    "interne_non_integre_prioritaire": (
        "Service interne (non intégré) désigné prioritaire : les services prioritaires sont des services "
        "internes intégrés et externes (1.5). Vérifiez l'élément 10 ou la désignation.",
        "Internal (non-enterprise) service designated as a priority service: priority services are "
        "internal enterprise and external services (1.5). Check element 10 or the designation.",
    ),
    "rendement_sans_url": (
        "Service prioritaire : aucune norme n'indique où les clients trouvent le rendement en temps réel (7.7).",
        "Priority service: no standard says where clients find real-time performance (7.7).",
    ),
}

ERREUR = "erreur"
AVERTISSEMENT = "avertissement"
SUGGESTION = "suggestion"
GRAVITES = (ERREUR, AVERTISSEMENT, SUGGESTION)
LIBELLES_GRAVITES = {
    ERREUR: ("Erreur", "Error"),
    AVERTISSEMENT: ("Avertissement", "Warning"),
    SUGGESTION: ("Suggestion", "Suggestion"),
}


texte = partial(texte_de, MESSAGES)


gravite = partial(texte_de, LIBELLES_GRAVITES)

# les colonnes du fichier des constats (onglet Qualité et ``gesserv-bureau qualite``)
ENTETES_CSV = (
    ("Exercice", "Fiscal year"),
    ("Numéro d'ID du service", "Service ID"),
    ("Service", "Service"),
    ("Numéro de la norme", "Standard ID"),
    ("Règle", "Rule"),
    ("Gravité", "Severity"),
    ("Constat", "Finding"),
)


def entetes_csv(langue: str) -> tuple[str, ...]:
    return tuple(en if langue == "en" else fr for fr, en in ENTETES_CSV)
