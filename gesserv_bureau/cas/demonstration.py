"""Un petit répertoire de démonstration réaliste, et un générateur pour les bancs d'essai."""

from __future__ import annotations

import random

from gesserv_bureau.domaine.activite import EvaluationActivite, Reponse1A
from gesserv_bureau.domaine.service import Service, Volume
from gesserv_bureau.referentiel.codes import GROUPES_CLIENTS, MODES, POINTS_INTERACTION, TYPES_EXTERNES, TYPES_INTERNES
from gesserv_bureau.referentiel.exemples_1a import EXEMPLES_1A

EXERCICE_DEMO = "2024-2025"


def _volumes(**par_mode) -> dict[str, Volume]:
    """``en_ligne=(demandes, extrants)``, ``poste="so"``, ``telephone="nd"``."""
    volumes = {}
    for mode in MODES.codes():
        valeur = par_mode.get(mode, "so")
        if valeur == "so":
            volumes[mode] = Volume("sans_objet")
        elif valeur == "nd":
            volumes[mode] = Volume("non_disponible")
        else:
            volumes[mode] = Volume("donnees", *valeur)
    return volumes


def _points(texte: str) -> dict[str, str]:
    """Six lettres dans l'ordre des points d'interaction : o = oui, n = non, s = S.O."""
    valeurs = {"o": "oui", "n": "non", "s": "so"}
    return dict(zip(POINTS_INTERACTION.codes(), (valeurs[c] for c in texte)))


def services_demo(exercice: str = EXERCICE_DEMO) -> list[Service]:
    s = []
    s.append(Service(
        exercice, service_id="AAC-001", nom_fr="Agri-stabilité", nom_en="AgriStability",
        type_service="ressources", designations=["prioritaire", "critique"],
        description_fr="Verser des fonds (en fonction du niveau de protection choisi) aux producteurs "
        "agricoles dont la marge de production tombe en dessous de leur marge de référence.",
        description_en="Provides funds (based on the level of protection chosen) to agricultural "
        "producers whose production margin falls below their reference margin.",
        secteur_responsabilite="Direction générale des programmes",
        instruments_habilitants="Loi sur la protection du revenu agricole",
        programme_nom_fr="Gestion des risques de l'entreprise", programme_nom_en="Business Risk Management",
        programme_id="P-1.2", portee="externe", proprietaire="Agriculture et Agroalimentaire Canada",
        ententes="oui", groupes_clients=["entreprises"],
        volumes=_volumes(en_ligne=(61250, 52875), en_personne="so", telephone="nd", poste=(9140, 7702)),
        frais="oui", normes_service="oui", cibles_rendement="oui", points_interaction=_points("oooono"),
    ))
    s.append(Service(
        exercice, service_id="GCC-014", nom_fr="Programme de déglaçage", nom_en="Icebreaking Program",
        type_service="ressources", designations=["prioritaire", "critique", "essentiel"],
        description_fr="Les opérations de déglaçage appuient l'activité économique en aidant les navires "
        "commerciaux à se déplacer dans les eaux couvertes de glace.",
        description_en="Icebreaking operations support economic activity by helping commercial ships "
        "move through ice-covered waters.",
        secteur_responsabilite="Opérations de la flotte",
        instruments_habilitants="Loi sur les océans; Loi de 2001 sur la marine marchande du Canada",
        programme_nom_fr="Services de déglaçage", programme_nom_en="Icebreaking Services",
        programme_id="P-3.4", portee="externe", proprietaire="Garde côtière canadienne",
        ententes="non", groupes_clients=["entreprises", "particuliers", "provinces"],
        volumes=_volumes(en_ligne="so", en_personne=(3512, 3498), telephone=(1210, 1190), poste="so"),
        frais="oui", normes_service="oui", cibles_rendement="oui", points_interaction=_points("ssnnsn"),
        justifications_so={
            "inscription": "Aucun compte : l'escorte se demande par radio au Centre des opérations de la Garde côtière.",
            "authentification": "Aucune authentification : le navire est identifié par son indicatif d'appel.",
            "delivrance": "L'extrant est l'escorte du navire dans les glaces : il ne peut pas être délivré en ligne.",
        },
    ))
    s.append(Service(
        exercice, service_id="EDSC-102", nom_fr="Numéro d'assurance sociale", nom_en="Social Insurance Number",
        type_service="conformite", designations=["prioritaire"],
        description_fr="Attribuer un numéro d'assurance sociale aux personnes admissibles pour qu'elles "
        "puissent travailler au Canada et recevoir des prestations.",
        description_en="Issues a Social Insurance Number to eligible people so they can work in Canada "
        "and receive benefits.",
        secteur_responsabilite="Direction générale des services aux citoyens",
        instruments_habilitants="Loi sur l'assurance-emploi; Loi sur le ministère de l'Emploi et du "
        "Développement social",
        programme_nom_fr="Service Canada", programme_nom_en="Service Canada", programme_id="P-5.1",
        portee="externe", proprietaire="Emploi et Développement social Canada", ententes="oui",
        groupes_clients=["particuliers"],
        volumes=_volumes(en_ligne=(412000, 405300), en_personne=(598000, 590100), telephone="so", poste=(22000, 21400)),
        frais="non", normes_service="oui", cibles_rendement="oui", points_interaction=_points("oooooo"),
    ))
    s.append(Service(
        exercice, service_id="PC-007", nom_fr="Laissez-passer des parcs nationaux",
        nom_en="National Parks Passes", type_service="rencontres",
        description_fr="Vendre les laissez-passer qui donnent accès aux parcs nationaux et aux lieux "
        "historiques nationaux.",
        description_en="Sells the passes that give access to national parks and national historic sites.",
        secteur_responsabilite="Expérience du visiteur", instruments_habilitants="Loi sur les parcs nationaux du Canada",
        programme_nom_fr="Expérience du visiteur", programme_nom_en="Visitor Experience", programme_id="P-2.1",
        portee="externe", proprietaire="Parcs Canada", ententes="non", groupes_clients=["particuliers", "etrangeres"],
        volumes=_volumes(en_ligne=(356000, 356000), en_personne=(88000, 88000), telephone=(4100, 4100), poste="so"),
        frais="oui", normes_service="oui", cibles_rendement="non", points_interaction=_points("ooosoo"),
        justifications_so={"decision": "Aucune décision : tout visiteur qui paie reçoit son laissez-passer."},
    ))
    s.append(Service(
        exercice, service_id="ARC-220", nom_fr="Renseignements aux entreprises sur la TPS/TVH",
        nom_en="GST/HST business enquiries", type_service="consultatifs",
        description_fr="Répondre aux questions des entreprises sur leurs obligations relatives à la TPS/TVH.",
        description_en="Answers businesses' questions about their GST/HST obligations.",
        secteur_responsabilite="Direction générale des cotisations, des prestations et des services",
        instruments_habilitants="Loi sur la taxe d'accise",
        programme_nom_fr="Services aux contribuables", programme_nom_en="Taxpayer Services", programme_id="P-1.1",
        portee="externe", proprietaire="Agence du revenu du Canada", ententes="so", groupes_clients=["entreprises"],
        volumes=_volumes(en_ligne=(0, 0), en_personne="so", telephone=(1840000, 1702000), poste="nd"),
        frais="non", normes_service="oui", cibles_rendement="oui", points_interaction=_points("ssnson"),
    ))
    s.append(Service(
        exercice, service_id="TC-031", nom_fr="Délivrance des licences de pilote de drone",
        nom_en="Drone pilot certificates", type_service="conformite", designations=["prioritaire"],
        description_fr="Délivrer les certificats de pilote qui autorisent l'utilisation de systèmes "
        "d'aéronefs télépilotés.",
        description_en="Issues the pilot certificates that authorize the operation of remotely piloted "
        "aircraft systems.",
        secteur_responsabilite="Aviation civile", instruments_habilitants="Loi sur l'aéronautique",
        programme_nom_fr="Sécurité aérienne", programme_nom_en="Aviation Safety", programme_id="P-1.3",
        portee="externe", proprietaire="Transports Canada", ententes="non", groupes_clients=["particuliers", "entreprises"],
        volumes=_volumes(en_ligne=(74500, 61210)),
        frais="oui", normes_service="non", cibles_rendement="non", points_interaction=_points("oooooo"),
    ))
    s.append(Service(
        exercice, service_id="ECCC-045", nom_fr="Permis d'immersion en mer", nom_en="Disposal at Sea Permits",
        type_service="conformite",
        description_fr="Délivrer les permis d'immersion en mer de déchets et d'autres matières.",
        description_en="Issues permits for the disposal at sea of waste and other matter.",
        secteur_responsabilite="Protection de l'environnement",
        instruments_habilitants="Loi canadienne sur la protection de l'environnement (1999)",
        programme_nom_fr="Prévention et gestion de la pollution", programme_nom_en="Pollution Prevention and Management",
        programme_id="P-2.2", portee="externe", proprietaire="Environnement et Changement climatique Canada",
        ententes="non", groupes_clients=["entreprises", "environnement"],
        volumes=_volumes(en_ligne=(96, 91), poste=(12, 11), en_personne="so", telephone="so"),
        frais="oui", normes_service="oui", cibles_rendement="oui", points_interaction=_points("oonnnn"),
    ))
    s.append(Service(
        exercice, service_id="INT-RH-01", nom_fr="Administration de la paye", nom_en="Pay administration",
        type_service="rh",
        description_fr="Calculer et verser la rémunération des employés du ministère.",
        description_en="Calculates and pays the compensation of the department's employees.",
        secteur_responsabilite="Direction générale des ressources humaines",
        instruments_habilitants="Loi sur la gestion des finances publiques; Directive sur la gestion des dépenses",
        programme_nom_fr="Services internes", programme_nom_en="Internal Services", programme_id="SI",
        portee="interne", proprietaire="Services publics et Approvisionnement Canada", ententes="oui",
        groupes_clients=["interne_gouvernement"],
        volumes=_volumes(en_ligne=(15800, 15420), en_personne="so", telephone=(2300, 2250), poste="so"),
        frais="non", normes_service="oui", cibles_rendement="oui", points_interaction=_points("oooooo"),
    ))
    s.append(Service(
        exercice, service_id="INT-TI-04", nom_fr="Soutien technique aux utilisateurs",
        nom_en="User technical support", type_service="ti",
        description_fr="Résoudre les incidents et traiter les demandes de service informatique des employés.",
        description_en="Resolves incidents and handles the IT service requests of employees.",
        secteur_responsabilite="Dirigeant principal de l'information",
        instruments_habilitants="Politique sur les services et le numérique",
        programme_nom_fr="Services internes", programme_nom_en="Internal Services", programme_id="SI",
        portee="interne", proprietaire="Services partagés Canada", ententes="oui",
        groupes_clients=["interne_gouvernement"],
        volumes=_volumes(en_ligne=(28400, 27900), telephone=(9100, 8800), en_personne="nd"),
        frais="non", normes_service="oui", cibles_rendement="oui", points_interaction=_points("soooon"),
        justifications_so={"inscription": "Les employés utilisent leur compte réseau : aucune inscription à part."},
    ))
    # Un service encore en cours de saisie : le répertoire montre ce qui reste à compléter.
    s.append(Service(
        exercice, service_id="AIPRP-01", nom_fr="Traitement des demandes d'accès à l'information",
        type_service="surveillance", portee="interne",
        description_fr="Traiter les demandes présentées en vertu de la Loi sur l'accès à l'information.",
        instruments_habilitants="Loi sur l'accès à l'information",
        groupes_clients=["particuliers", "entreprises"],
    ))
    # 7.10 : l'état de la demande en temps réel des services externes prioritaires (2.10.4)
    temps_reel = {"AAC-001": "non", "GCC-014": "so", "EDSC-102": "oui", "TC-031": "non"}
    for service in s:
        service.etat_demande_temps_reel = temps_reel.get(service.service_id)
    return s


def evaluations_demo(exercice: str = EXERCICE_DEMO) -> list[EvaluationActivite]:
    evaluations = []
    for exemple in EXEMPLES_1A:
        ev = EvaluationActivite(
            nom=exemple["nom"], organisme=exemple["organisme"], description=exemple["description"],
            exercice=exercice,
        )
        for code, (reponse, analyse) in exemple["reponses"].items():
            ev.reponses[code] = Reponse1A(reponse, analyse)
        evaluations.append(ev)
    return evaluations


def services_synthetiques(n: int, exercice: str = EXERCICE_DEMO, graine: int = 2017) -> list[Service]:
    """``n`` services plausibles et variés, pour mesurer la table à 20 000 lignes."""
    hasard = random.Random(graine)
    mots = ["permis", "subvention", "inspection", "licence", "prestation", "certificat", "conseil",
            "enregistrement", "paiement", "formation", "autorisation", "déclaration", "examen"]
    objets = ["agricole", "maritime", "forestier", "d'entreprise", "aérien", "minier", "culturel",
              "frontalier", "énergétique", "numérique", "scientifique", "de pêche"]
    ministeres = ["Agriculture et Agroalimentaire Canada", "Transports Canada", "Parcs Canada",
                  "Pêches et Océans Canada", "Santé Canada", "Ressources naturelles Canada"]
    services = []
    for i in range(n):
        interne = hasard.random() < 0.2
        types = TYPES_INTERNES if interne else TYPES_EXTERNES
        nom = f"{hasard.choice(mots).capitalize()} {hasard.choice(objets)} {i}"
        services.append(Service(
            exercice, service_id=f"SRV{i:05d}", nom_fr=nom, nom_en=f"Service {i}",
            type_service=hasard.choice(types.codes()), portee="interne" if interne else "externe",
            designations=[d for d in ("prioritaire", "critique", "essentiel") if hasard.random() < 0.15],
            description_fr=f"Description du service {nom}.", description_en=f"Description of service {i}.",
            proprietaire=hasard.choice(ministeres), programme_id=f"P-{i % 40}",
            groupes_clients=[hasard.choice(GROUPES_CLIENTS.codes())],
            points_interaction=dict(zip(POINTS_INTERACTION.codes(), (hasard.choice(["oui", "non", "so"]) for _ in range(6)))),
        ))
    return services


# --- un dossier de chaque sorte : chaque rapport peut être produit juste après « demo » ---------
TITRE_SEANCE_DEMO = "Examen des services prioritaires — printemps 2025"
TITRE_STRATEGIE_DEMO = "Stratégie de gestion des services 2025-2028"


def _reponses_2a(ev, reponses: dict[str, tuple[str, str]]) -> None:
    for code, (reponse, initiatives) in reponses.items():
        ev.contenu["reponses"][code] = {"reponse": reponse, "initiatives": initiatives}


def remplir_dossiers(base, exercice: str = EXERCICE_DEMO) -> dict[str, object]:
    """Une évaluation 1B approuvée, une séance d'examen terminée (deux examens 2A terminés, son
    procès-verbal), une stratégie approuvée avec son plan de travail, et sa mise à jour annuelle
    en cours : avec le répertoire et les exemples 1A, chaque type de rapport
    (``rapports.types.TYPES``) se produit sans ``--cle``. Passe par les cas d'utilisation, comme
    une personne le ferait; l'auteur de chaque dossier est ``base.auteur`` (le profil)."""
    from gesserv_bureau.cas import evaluer, seances_examen
    from gesserv_bureau.cas import planification
    from gesserv_bureau.domaine import strategie as regles
    from gesserv_bureau.domaine.criteres_1b import criteres_de
    from gesserv_bureau.stockage.depot_services import DepotServices

    pks = {s.service_id: s.pk for s in DepotServices(base).services(exercice)}

    # 1B : le numéro d'assurance sociale est-il un service prioritaire?
    ev_1b = evaluer.nouvelle(base, "1B", exercice, service_pk=pks["EDSC-102"])
    cotes = {
        "mandat": ("eleve", "Loi sur le ministère de l'Emploi et du Développement social, art. 6",
                   "Le NAS est au cœur du mandat : sans lui, ni emploi ni prestations."),
        "priorite_gouvernement": ("moyen", "Budget fédéral 2024, chapitre 4",
                                  "Cité parmi les priorités de modernisation, sans engagement précis."),
        "volume": ("eleve", "1 032 000 demandes en 2024-2025",
                   "Un des plus forts volumes du ministère; hausse de 8 % sur un an."),
        "critique": ("eleve", "Plan de continuité des activités, annexe B",
                     "Désigné critique à la mission; interruption tolérable de 24 heures."),
        "importance": ("moyen", "", "Aucun permis ni honoraire, mais nécessaire pour travailler au Canada."),
        "authentification": ("eleve", "Norme sur l'assurance de l'identité et des justificatifs",
                             "Preuve d'identité primaire exigée à chaque demande."),
    }
    for code, (cote, exemple, analyse) in cotes.items():
        ev_1b.contenu["considerations"][code] = {"cote": cote, "exemple": exemple, "analyse": analyse}
    for critere in criteres_de(ev_1b.contenu):   # les autres critères que le ministère s'est donnés
        critere.update(cote="moyen", analyse="Évalué par le groupe de travail selon le critère du ministère.")
    ev_1b.contenu["decision"] = "oui"
    ev_1b.contenu["justification"] = ("Service à fort volume, critique à la mission et essentiel au bien-être "
                                      "des particuliers.")
    evaluer.enregistrer(base, ev_1b)
    evaluer.terminer(base, ev_1b)
    evaluer.approuver(base, ev_1b, "Hélène Bélanger, directrice générale")

    # 2A : une séance d'examen du groupe de travail, tenue et terminée
    seance = seances_examen.nouvelle(base, TITRE_SEANCE_DEMO, "2025-03-12", exercice)
    seance.participants = [{"nom": "Élise Côté", "domaine": "prestation"}, {"nom": "Marc-André Roy", "domaine": "ti"},
                           {"nom": "Nadia Ouellet", "domaine": "politique"}]
    seance.services = [pks["GCC-014"], pks["AAC-001"]]
    seances_examen.enregistrer(base, seance)
    deglacage = seances_examen.examen_du_service(base, seance, pks["GCC-014"])
    _reponses_2a(deglacage, {
        "q1": ("oui", "Demande d'escorte de déglaçage en ligne, suivie en temps réel."),
        "q2": ("non", ""),
        "q3": ("oui", "Avis de glace publiés en temps réel sur Canada.ca."),
        "q4": ("oui", "Regrouper les centres de coordination régionaux."),
        "q4a": ("oui", "Un formulaire unique pour toutes les régions."),
        "q4b": ("non", ""),
    })
    deglacage.contenu["initiatives"] = [{
        "nom": "Demande d'escorte en ligne", "description": "Formulaire en ligne et suivi de la demande d'escorte.",
        "avantages": "Moins d'appels, délais connus des capitaines.", "couts": "450 000 $ sur deux ans.",
        "risques": "Connectivité limitée dans l'Arctique.",
        "collaboration": "Transports Canada, associations d'armateurs.",
    }]
    deglacage.contenu["recommandation"] = "oui"
    deglacage.contenu["justification"] = "Gains d'efficacité nets et forte attente des clients commerciaux."
    evaluer.enregistrer(base, deglacage)
    evaluer.terminer(base, deglacage)
    agri = seances_examen.examen_du_service(base, seance, pks["AAC-001"])
    _reponses_2a(agri, {"q1": ("non", ""), "q2": ("non", ""), "q3": ("oui", "Tableau de bord « Mon dossier Agri »."),
                        "q4": ("non", ""), "q4a": ("non", ""), "q4b": ("non", "")})
    agri.contenu["initiatives"] = [{
        "nom": "Portail « Mon dossier Agri »", "description": "Un tableau de bord des paiements pour les producteurs.",
        "avantages": "Transparence des paiements.", "couts": "À établir.", "risques": "Dépend des provinces.",
        "collaboration": "Provinces et territoires.",
    }]
    agri.contenu["recommandation"] = "non"
    agri.contenu["justification"] = "Le portail fédéral-provincial prévu en 2026 répondra au besoin."
    evaluer.enregistrer(base, agri)
    evaluer.terminer(base, agri)
    seance = seances_examen.charger(base, seance.pk)
    seance.position, seance.statut = len(seance.services), "terminee"   # au sommaire, chaque examen fini
    seances_examen.enregistrer(base, seance)

    # 2B et 2C : la stratégie, son plan de travail, approuvée; puis sa mise à jour annuelle (2.5.5)
    st = planification.nouvelle(base, TITRE_STRATEGIE_DEMO, "2025-2026")
    textes = {
        "sommaire": {"but": "Améliorer l'expérience des clients de nos services prioritaires.",
                     "echeance": "2025-2028", "gouvernance": "Comité exécutif des services, présidé par la SMA."},
        "contexte": {"operationnel": "Un ministère à vocation économique; quatre services prioritaires.",
                     "mandat": "Soutenir les producteurs, la navigation et les travailleurs.",
                     "liens": "Plan ministériel 2025-2026; Stratégie numérique du GC."},
        "vision": {"enonce": "Des services simples, en ligne et fiables."},
        "rendement": {"plan_mesure": "Indicateurs trimestriels publiés au tableau de bord.",
                      "evaluation": "Évaluation à mi-parcours en 2027."},
    }
    for type_, valeurs in textes.items():
        st.section_de_type(type_)["textes"].update(valeurs)
    st.services = [pks["AAC-001"], pks["GCC-014"]]
    st.ffpm = {"forces": ["Personnel expérimenté", "Normes de service publiées"],
               "faiblesses": ["Systèmes vieillissants"], "possibilites": ["Identifiant numérique fédéral"],
               "menaces": ["Compressions budgétaires"]}
    en_ligne = regles.objectif("Offrir en ligne de bout en bout les services prioritaires")
    normes = regles.objectif("Respecter les normes de service publiées")
    st.objectifs = [en_ligne, normes]
    planification.enregistrer(base, st)
    planification.reprendre_initiatives_2a(base, st)   # les initiatives proposées à la séance
    for i in st.initiatives:
        i["objectifs"] = [en_ligne["id"]]
        i["cibles"] = "80 % des demandes en ligne"
    normes_i = regles.initiative(
        "Normes de service", description="Établir et publier les normes des services prioritaires.",
        services=[pks["AAC-001"], pks["GCC-014"]], justification="Exigence de la Politique sur les services.",
        cibles="100 % des services prioritaires", echeances="Mars 2026", indicateurs="Normes respectées",
        couts="Dans les budgets existants", objectifs=[normes["id"]])
    st.initiatives.append(normes_i)
    st.risques = [regles.risque("Retard du projet TI", probabilite="moyen", impact="eleve",
                                attenuation="Suivi mensuel avec le DPI."),
                  regles.risque("Adoption lente par les clients", probabilite="faible", impact="moyen",
                                attenuation="Campagne de sensibilisation « En ligne d'abord ».")]
    st.mesures = [
        regles.mesure(normes_i["id"], "Élaborer un plan", secteur="Division X1", date_prevue="2025-07-15", etat="termine"),
        regles.mesure(normes_i["id"], "Consulter les clients", secteur="Division X1", date_prevue="2025-09-30",
                      etat="delais"),
        regles.mesure(normes_i["id"], "Publier les normes dans Canada.ca", secteur="Division X2",
                      date_prevue="2026-06-30", etat="risque"),
    ]
    for i in st.initiatives[:-1]:
        st.mesures.append(regles.mesure(i["id"], f"Lancer : {i['nom']}", secteur="Division Y1",
                                        date_prevue="2026-03-31", etat="a_temps"))
    planification.enregistrer(base, st)
    planification.approuver(base, st, "Comité exécutif des services")
    approuvee = planification.charger(base, st.pk)
    maj = planification.mise_a_jour_annuelle(base, approuvee, "2026-2027")
    maj.section_de_type("vision")["textes"]["enonce"] = "Des services numériques d'abord, pour tous."
    maj.risques.append(regles.risque("Pénurie de main-d'œuvre TI", probabilite="eleve", impact="eleve",
                                     attenuation="Bassin de candidats partagé avec Services partagés Canada."))
    maj.mesures[1]["etat"] = "termine"
    planification.enregistrer(base, maj)
    _normes_demo(base, pks, maj)
    return {"1b": ev_1b, "seance": seance, "2a": [deglacage, agri], "strategie": approuvee, "mise_a_jour": maj}


def _normes_demo(base, pks: dict[str, int], maj) -> None:
    """Des normes de service (2.7) dans les trois scénarios du tableau 8 et une à ses débuts
    (2.7.10), avec leurs résultats, et une action envoyée au plan de travail de la mise à jour."""
    from gesserv_bureau.cas import normes

    agri = normes.creer(base, pks["AAC-001"], norme_id="AAC-001-N1", type_norme="TML", canal="ONL,POST", cible=0.9,
                        norme_fr="Traiter la demande de paiement dans les 30 jours suivant la réception d'une demande "
                                 "complète.",
                        norme_en="Process the payment application within 30 days of receiving a complete application.",
                        type_cible="pourcentage", niveau_approbation="Administrateur général",
                        date_approbation="2023-04-01", url_normes_fr="https://agriculture.canada.ca/fr/normes",
                        url_normes_en="https://agriculture.canada.ca/en/standards")
    normes.mesurer_exercice(base, agri.pk, 8120, 9650)
    for periode, conforme, total in (("T1", 1900, 2100), ("T2", 2050, 2400), ("T3", 2070, 2600), ("T4", 2100, 2550)):
        normes.mesurer_trimestre(base, agri.pk, periode, conforme, total)
    action = normes.ajouter_action(base, agri.pk, "Repenser le processus opérationnel?", "non_atteinte",
                                   "Direction des programmes financiers", "2026-03-31", "en_cours")
    normes.envoyer_au_plan(base, action.pk, maj.pk)
    nas = normes.creer(base, pks["EDSC-102"], norme_id="EDSC-102-N1", type_norme="TML", canal="PERSON", cible=0.9,
                       norme_fr="Délivrer le numéro d'assurance sociale en une seule visite.",
                       norme_en="Issue the Social Insurance Number in a single visit.", type_cible="pourcentage",
                       niveau_approbation="Ministre", date_approbation="2022-06-15")
    normes.mesurer_exercice(base, nas.pk, 97200, 100000)
    normes.ajouter_action(base, nas.pk, "Communiquer les résultats aux clients, aux membres du personnel et aux "
                          "partenaires de la prestation de services.", "depasse", "Communications", "2025-12-31")
    glace = normes.creer(base, pks["GCC-014"], norme_id="GCC-014-N1", type_norme="ACS", canal="TEL", cible=0.95,
                         norme_fr="Répondre à une demande d'escorte dans les 6 heures.",
                         norme_en="Respond to an escort request within 6 hours.")
    normes.mesurer_exercice(base, glace.pk, 1130, 1190)
    normes.creer(base, pks["TC-031"], norme_id="TC-031-N1", type_norme="TML", canal="ONL", cible=0.8,
                 norme_fr="Délivrer la licence dans les 20 jours ouvrables.",
                 norme_en="Issue the licence within 20 business days.", mise_en_oeuvre=True,
                 url_temps_reel_fr="https://tc.canada.ca/fr/delais-attente")
