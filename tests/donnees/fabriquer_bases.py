"""Fabrique les bases figées de chaque version antérieure du schéma (tests/test_migrations.py).

    .venv/bin/python tests/donnees/fabriquer_bases.py

Chaque base est construite par les migrations publiées, arrêtées avant la suivante
(``MIGRATIONS.apply(db, stop_before=...)``), puis remplie en SQL brut selon le schéma de
sa version, comme l'aurait fait l'application de l'époque. Les fichiers produits sont
versionnés : ne les refaire que pour ajouter la base d'une nouvelle version antérieure
(une migration publiée ne change jamais, une base figée non plus).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ICI = Path(__file__).resolve().parent
sys.path.insert(0, str(ICI.parent.parent))

from sqlite_utils import Database  # noqa: E402

from gesserv_bureau.stockage.schema import MIGRATIONS, NOMS_MIGRATIONS  # noqa: E402

POINTS = ("inscription", "authentification", "demande", "decision", "delivrance", "retroaction")

EXERCICES = [
    ("2023-2024", "Bureau de la gestion des services", "2024-03-28"),
    ("2024-2025", "", ""),
]

# (pk, exercice, service_id, nom_fr, nom_en, type, désignations, description_fr, description_en,
#  secteur, instruments, programme_fr, programme_en, programme_id, portée, propriétaire, ententes,
#  groupes, frais, normes, cibles, points, à compléter, modifié le)
SERVICES = [
    (
        1, "2023-2024", "PCH-010", "Subventions aux festivals locaux « Vivre ensemble »",
        "Local festivals grants", "ressources", ["prioritaire"],
        "Verser des subventions aux organismes qui tiennent des festivals locaux d'art et de patrimoine.",
        "Provides grants to organizations that hold local arts and heritage festivals.",
        "Direction générale des arts", "Loi sur le ministère du Patrimoine canadien",
        "Développement des communautés par le biais des arts et du patrimoine",
        "Building Communities through Arts and Heritage", "P-2.3", "externe", "Patrimoine canadien",
        "non", ["institutions", "provinces"], "non", "oui", "oui", "oooooo", 0,
        "2024-03-28T10:15:00-04:00",
    ),
    (
        2, "2023-2024", "INT-FIN-02", "Traitement des paiements aux fournisseurs",
        "Supplier payment processing", "finances", [],
        "Payer les factures des fournisseurs du ministère dans les 30 jours.",
        "Pays the department's supplier invoices within 30 days.",
        "Direction générale des finances", "Loi sur la gestion des finances publiques",
        "Services internes", "Internal Services", "SI", "interne", "Patrimoine canadien",
        "oui", ["interne_gouvernement"], "non", "oui", "non", "soooon", 0,
        "2024-02-12T14:02:31-05:00",
    ),
    (
        3, "2024-2025", "", "Bourses d'études en muséologie", "", "rencontres", [],
        "Offrir des bourses aux étudiants en muséologie.", "", "", "", "", "", "", "externe", "",
        None, ["particuliers"], None, None, None, "oo????", 12, "2024-05-02T09:00:00-04:00",
    ),
]

# (service_pk, mode, état, demandes, extrants)
VOLUMES = [
    (1, "en_ligne", "donnees", 850, 790),
    (1, "en_personne", "sans_objet", None, None),
    (1, "telephone", "non_disponible", None, None),
    (1, "poste", "donnees", 40, 35),
    (2, "en_ligne", "donnees", 18450, 18120),
    (2, "en_personne", "sans_objet", None, None),
    (2, "telephone", "sans_objet", None, None),
    (2, "poste", "donnees", 310, 298),
    (3, "en_ligne", None, None, None),
    (3, "en_personne", None, None, None),
    (3, "telephone", None, None, None),
    (3, "poste", None, None, None),
]

JUSTIFICATION_V2 = "Exclu : la loi exige la signature manuscrite de l'agent financier."

# (horodatage, utilisateur, action, entité, clé, libellé, champ, avant, après)
JOURNAL_V2 = [
    ("2024-02-12T14:00:00-05:00", "mtremblay", "creation", "service", "2", "INT-FIN-02 Traitement des paiements aux fournisseurs", "", None, None),
    ("2024-02-12T14:02:31-05:00", "mtremblay", "modification", "service", "2", "INT-FIN-02 Traitement des paiements aux fournisseurs", "justification_exclusion", "", JUSTIFICATION_V2),
    ("2024-03-28T10:15:00-04:00", "jnguyen", "modification", "exercice", "2023-2024", "2023-2024", "gardien", "", "Bureau de la gestion des services"),
]


def _valeur_point(lettre: str) -> str | None:
    return {"o": "oui", "n": "non", "s": "so", "?": None}[lettre]


def remplir_v1(conn) -> None:
    conn.executemany(
        "INSERT INTO exercice (code, gardien, derniere_revision, edition_referentiel) VALUES (?, ?, ?, '2017')",
        EXERCICES,
    )
    colonnes_points = ", ".join(f"pi_{p}" for p in POINTS)
    for s in SERVICES:
        (pk, exercice, service_id, nom_fr, nom_en, type_service, designations, description_fr,
         description_en, secteur, instruments, programme_fr, programme_en, programme_id, portee,
         proprietaire, ententes, groupes, frais, normes, cibles, points, a_completer, modifie_le) = s
        conn.execute(
            "INSERT INTO service (pk, exercice, service_id, nom_fr, nom_en, type_service, designations,"
            " description_fr, description_en, secteur_responsabilite, instruments_habilitants,"
            " programme_nom_fr, programme_nom_en, programme_id, portee, proprietaire, ententes,"
            f" groupes_clients, frais, normes_service, cibles_rendement, {colonnes_points},"
            " a_completer, edition_referentiel, modifie_le)"
            f" VALUES ({', '.join('?' for _ in range(21 + 6 + 3))})",
            [pk, exercice, service_id, nom_fr, nom_en, type_service, json.dumps(designations),
             description_fr, description_en, secteur, instruments, programme_fr, programme_en,
             programme_id, portee, proprietaire, ententes, json.dumps(groupes), frais, normes, cibles,
             *(_valeur_point(c) for c in points), a_completer, "2017", modifie_le],
        )
    conn.executemany(
        "INSERT INTO volume (service_pk, mode, etat, demandes, extrants) VALUES (?, ?, ?, ?, ?)", VOLUMES
    )


def remplir_v2(conn) -> None:
    remplir_v1(conn)
    conn.execute("UPDATE service SET justification_exclusion = ? WHERE pk = 2", [JUSTIFICATION_V2])
    conn.executemany(
        "INSERT INTO journal (horodatage, utilisateur, action, entite, cle, libelle, champ, avant, apres)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        JOURNAL_V2,
    )


ACTIVITE_V3 = (
    1, "2023-2024", "Site Web Prestations du Canada", "Service Canada",
    "Un site Web qui renseigne sur les prestations.", "pas_un_service", None,
    "2024-04-02T11:20:00-04:00",
)


def remplir_v3(conn) -> None:
    remplir_v2(conn)
    conn.execute(
        "INSERT INTO activite (pk, exercice, nom, organisme, description, reponses, conclusion,"
        " service_pk, edition_referentiel, modifie_le) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, '2017', ?)",
        ACTIVITE_V3,
    )


def _extras_v4(conn) -> None:
    conn.execute("UPDATE service SET donnees_ouvertes = ? WHERE pk = 1", [json.dumps({"sin_usage": ["Y", ""]})])
    conn.execute(
        "INSERT INTO norme_service (service_pk, norme_id, norme_fr, norme_en, type_norme, canal, cible,"
        " rendement, cible_atteinte, modifie_le) VALUES (1, 'STAN001', 'Décision en 30 jours',"
        " 'Decision within 30 days', 'TML', 'ONL', 0.8, 0.85, 'oui', '2025-01-10T10:00:00-05:00')"
    )


def remplir_v4(conn) -> None:
    remplir_v3(conn)
    _extras_v4(conn)


def remplir_v5(conn) -> None:
    # à la version 5, la table activite n'existe plus : l'activité 1A est une évaluation 1A
    remplir_v2(conn)
    _extras_v4(conn)
    pk, exercice, nom, organisme, description, conclusion, service_pk, modifie_le = ACTIVITE_V3
    contenu_1a = {"organisme": organisme, "description": description, "mode": "toutes", "reponses": {},
                  "decision": "confirme", "justification": ""}
    conn.execute(
        "INSERT INTO evaluation (pk, uuid, outil, exercice, service_pk, sujet, statut, cree_le, modifie_le,"
        " termine_le, edition_referentiel, contenu, conclusion) VALUES (?, 'b1c0a1e2-0000-4000-8000-000000000001',"
        " '1A', ?, ?, ?, 'terminee', ?, ?, ?, '2017', ?, ?)",
        [pk, exercice, service_pk, nom, modifie_le, modifie_le, modifie_le, json.dumps(contenu_1a, ensure_ascii=False),
         conclusion])
    contenu = {"reponses": {q: {"reponse": "non", "initiatives": ""} for q in ("q1", "q2", "q3", "q4", "q4a", "q4b")},
               "initiatives": [{"nom": "Paiement en ligne", "description": "", "avantages": "Moins de chèques",
                                "couts": "", "risques": "", "collaboration": ""}],
               "recommandation": "oui", "justification": ""}
    contenu["reponses"]["q1"] = {"reponse": "oui", "initiatives": "Paiement en ligne"}
    conn.execute(
        "INSERT INTO evaluation (pk, uuid, outil, exercice, service_pk, sujet, statut, auteur, cree_le, modifie_le,"
        " edition_referentiel, contenu, conclusion) VALUES (2, 'b1c0a1e2-0000-4000-8000-000000000002', '2A',"
        " '2023-2024', 1, 'Subventions aux festivals locaux', 'terminee', 'jnguyen', '2025-02-01T10:00:00-05:00',"
        " '2025-02-01T11:00:00-05:00', '2017', ?, 'oui')", [json.dumps(contenu, ensure_ascii=False)])
    conn.execute("INSERT INTO initiative (evaluation_pk, rang, service_pk, nom, avantages) VALUES"
                 " (2, 0, 1, 'Paiement en ligne', 'Moins de chèques')")


def remplir_v6(conn) -> None:
    remplir_v5(conn)
    contenu = {"sections": [{"id": "s1", "type": "vision", "titre": "", "requise": True,
                             "textes": {"enonce": "Des services simples et fiables."}}],
               "services": [1], "ffpm": {"forces": ["Équipe stable"], "faiblesses": [], "possibilites": [], "menaces": []},
               "objectifs": [], "initiatives": [], "risques": [], "mesures": []}
    conn.execute(
        "INSERT INTO strategie (pk, uuid, titre, version, type, statut, exercice, auteur, cree_le, modifie_le,"
        " approuve_le, approuve_par, contenu) VALUES (1, 'c2d0a1e2-0000-4000-8000-000000000001',"
        " 'Stratégie de gestion des services 2024-2027', 1, 'strategie', 'approuvee', '2024-2025', 'jnguyen',"
        " '2025-03-01T09:00:00-05:00', '2025-03-10T16:00:00-04:00', '2025-03-10T16:00:00-04:00',"
        " 'Comité exécutif des services', ?)", [json.dumps(contenu, ensure_ascii=False)])


def remplir_v7(conn) -> None:
    # à la version 7 : le registre des rapports, et des approbations sans preuve signée (l'examen
    # 2A approuvé, une séance d'examen terminée)
    remplir_v6(conn)
    conn.execute(
        "UPDATE evaluation SET statut = 'approuvee', approuve_le = '2025-02-03T15:00:00-05:00',"
        " approuve_par = 'Directrice générale, Services' WHERE pk = 2")
    conn.execute(
        "INSERT INTO seance (pk, uuid, titre, date, exercice, participants, services, position, statut, auteur,"
        " cree_le, modifie_le) VALUES (1, 'd3e0a1e2-0000-4000-8000-000000000001', 'Examen des services prioritaires',"
        " '2025-02-01', '2023-2024', ?, '[1]', 0, 'terminee', 'jnguyen', '2025-02-01T09:00:00-05:00',"
        " '2025-02-01T12:00:00-05:00')", [json.dumps([{"nom": "Julie Nguyen", "domaine": "programme"}],
                                                     ensure_ascii=False)])
    conn.execute("UPDATE evaluation SET seance_pk = 1 WHERE pk = 2")
    conn.execute(
        "INSERT INTO rapport (horodatage, utilisateur, action, type, titre, langue, fichier, sha256, signataires)"
        " VALUES ('2025-03-11T10:00:00-04:00', 'jnguyen', 'export', 'strategie',"
        " 'Stratégie de gestion des services 2024-2027', 'fr', '/tmp/strategie.pdf', ?, '[]')", ["0" * 64])


# Version 8 : ce que la migration 0009 (issue 13) reprend.
# - Des évaluations 1A telles que 0005 les a converties de l'ancienne table « activite » : toutes
#   avec la démarche « toutes ». La 3 s'arrête au premier « non » (questions 3 à 8 sans réponse ni
#   analyse); la 4 documente des questions après son « non »; la 5, une conversion reprise depuis
#   dans l'assistant (auteur, date de modification), s'arrête aussi au premier « non ».
# - Une mise à jour annuelle approuvée (2) de la stratégie 1, et une mise à jour en brouillon (3)
#   de cette mise à jour : sans aperçu saisi (l'endroit et les dates n'existaient pas).
def _reponses_1a(*valeurs) -> dict:
    codes = ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8")
    return {code: {"reponse": r, "analyse": a} for code, (r, a) in zip(codes, valeurs)}


EVALUATIONS_1A_V8 = [
    # (pk, uuid, sujet, auteur, cree_le, modifie_le, réponses, conclusion)
    (3, "b1c0a1e2-0000-4000-8000-000000000003", "Infolettre des programmes", "",
     "2024-04-05T10:00:00-04:00", "2024-04-05T10:00:00-04:00",
     _reponses_1a(("oui", "Un bulletin est produit."), ("non", "Un seul numéro par année, sans suite."),
                  *[(None, "")] * 6), "pas_un_service"),
    (4, "b1c0a1e2-0000-4000-8000-000000000004", "Ligne d'information générale", "",
     "2024-04-06T10:00:00-04:00", "2024-04-06T10:00:00-04:00",
     _reponses_1a(("oui", ""), ("non", "Pas d'extrant répété."), ("oui", "Répond au besoin d'information."),
                  *[(None, "")] * 5), "pas_un_service"),
    (5, "b1c0a1e2-0000-4000-8000-000000000005", "Visites guidées du laboratoire", "jnguyen",
     "2024-04-07T10:00:00-04:00", "2025-01-15T09:30:00-05:00",
     _reponses_1a(("non", "Aucun extrant final."), *[(None, "")] * 7), "pas_un_service"),
]


CODES_1B = ("mandat", "priorite_gouvernement", "volume", "critique", "importance", "authentification", "autres")


def contenu_1b_v8(cotes: dict[str, str | None], poids: dict[str, float], decision: str | None,
                  justification: str) -> dict:
    """Une évaluation 1B telle que l'écrivait l'application jusqu'à la version 8 : des poids dans
    chaque évaluation (1 par défaut), toujours présents."""
    return {"considerations": {c: {"cote": cotes.get(c), "exemple": f"Exemple {c}" if cotes.get(c) else "",
                                   "analyse": f"Analyse {c}" if cotes.get(c) else ""} for c in CODES_1B},
            "poids": {c: poids.get(c, 1.0) for c in CODES_1B},
            "decision": decision, "justification": justification}


COTES_V8 = {"mandat": "eleve", "priorite_gouvernement": "moyen", "volume": "eleve", "critique": "faible",
            "importance": "eleve", "authentification": "moyen"}
# (pk, uuid, statut, poids, décision, justification)
EVALUATIONS_1B_V8 = [
    (6, "e4f0a1e2-0000-4000-8000-000000000006", "terminee", {}, "oui",
     "Volume élevé et mandat central : service prioritaire."),
    (7, "e4f0a1e2-0000-4000-8000-000000000007", "approuvee", {"volume": 2.0, "critique": 0.5}, "oui",
     "Le volume compte double pour nous."),
    (8, "e4f0a1e2-0000-4000-8000-000000000008", "brouillon", {"mandat": 3.0}, None, ""),
]


def remplir_v8(conn) -> None:
    remplir_v7(conn)
    for pk, uuid, sujet, auteur, cree_le, modifie_le, reponses, conclusion in EVALUATIONS_1A_V8:
        contenu = {"organisme": "Patrimoine canadien", "description": "", "mode": "toutes", "reponses": reponses,
                   "decision": "confirme", "justification": ""}
        conn.execute(
            "INSERT INTO evaluation (pk, uuid, outil, exercice, sujet, statut, auteur, cree_le, modifie_le, termine_le,"
            " edition_referentiel, contenu, conclusion) VALUES (?, ?, '1A', '2023-2024', ?, 'terminee', ?, ?, ?, ?,"
            " '2017', ?, ?)",
            [pk, uuid, sujet, auteur, cree_le, modifie_le, modifie_le, json.dumps(contenu, ensure_ascii=False),
             conclusion])
    (contenu,) = conn.execute("SELECT contenu FROM strategie WHERE pk = 1").fetchone()
    for pk, uuid, version, statut, exercice, reference, approuve_le, modifie_le in (
            (2, "c2d0a1e2-0000-4000-8000-000000000002", 2, "approuvee", "2025-2026",
             "c2d0a1e2-0000-4000-8000-000000000001", "2026-03-12T15:00:00-04:00", "2026-03-12T15:00:00-04:00"),
            (3, "c2d0a1e2-0000-4000-8000-000000000003", 3, "brouillon", "2026-2027",
             "c2d0a1e2-0000-4000-8000-000000000002", "", "2027-02-01T10:00:00-05:00")):
        conn.execute(
            "INSERT INTO strategie (pk, uuid, titre, version, type, statut, exercice, origine_uuid, reference_uuid,"
            " auteur, cree_le, modifie_le, approuve_le, approuve_par, contenu) VALUES (?, ?,"
            " 'Stratégie de gestion des services 2024-2027', ?, 'mise_a_jour', ?, ?, ?, ?, 'jnguyen', ?, ?, ?,"
            " 'Comité exécutif des services', ?)",
            [pk, uuid, version, statut, exercice, reference, reference, modifie_le, modifie_le, approuve_le, contenu])
    # à la version 8 : des évaluations 1B portant leurs propres poids (tous à 1, ou non), dont
    # une approuvée (sans preuve signée) et un brouillon
    for pk, uuid, statut, poids, decision, justification in EVALUATIONS_1B_V8:
        contenu = contenu_1b_v8(COTES_V8, poids, decision, justification)
        conn.execute(
            "INSERT INTO evaluation (pk, uuid, outil, exercice, service_pk, sujet, statut, auteur, cree_le, modifie_le,"
            " termine_le, approuve_le, approuve_par, edition_referentiel, etape, contenu, conclusion)"
            " VALUES (?, ?, '1B', '2023-2024', 1, 'Subventions aux festivals locaux « Vivre ensemble »', ?, 'jnguyen',"
            " '2025-02-10T09:00:00-05:00', '2025-02-10T10:00:00-05:00', ?, ?, ?, '2017', ?, ?, ?)",
            [pk, uuid, statut, "" if statut == "brouillon" else "2025-02-10T10:00:00-05:00",
             "2025-02-11T15:00:00-05:00" if statut == "approuvee" else "",
             "Directrice générale, Services" if statut == "approuvee" else "", 0 if statut == "brouillon" else 8,
             json.dumps(contenu, ensure_ascii=False), decision])
    _remplir_v8_seance(conn)


def _remplir_v8_seance(conn) -> None:
    # à la version 8 aussi : la séance d'examen approuvée (date et nom), sans preuve signée;
    # l'exclusion du calcul de 2.9.4 n'est encore que sa justification écrite (service 2)
    conn.execute(
        "UPDATE seance SET statut = 'approuvee', approuve_le = '2025-02-04T10:00:00-05:00',"
        " approuve_par = 'Directrice générale, Services' WHERE pk = 1")


def remplir_v9(conn) -> None:
    # à la version 9 (0009_fidelite) : rien de plus que la 8; la base figée sert à monter par
    # 0010 (pondération et critères 1B du ministère) une base qui a déjà l'aperçu et l'édition
    remplir_v8(conn)
    conn.execute("UPDATE strategie SET emplacement = 'https://intranet.exemple.gc.ca/strategie' WHERE pk = 3")


def remplir_v10(conn) -> None:
    # à la version 10 (0010 : pondération et critères 1B du ministère) : rien de plus que la 9;
    # la base figée sert à monter par 0011 (services électroniques, services internes)
    remplir_v9(conn)


def remplir_v11(conn) -> None:
    # à la version 11 (0011 : services électroniques, services internes) : la 10 et une norme
    # importée de plus; la base figée sert à monter par 0012 (les normes gérées) des normes qui
    # ont déjà leur rendement déclaré
    remplir_v10(conn)
    # l'application de la version 11 cochait l'exclusion avec sa justification
    conn.execute("UPDATE service SET exclu_calcul = 1 WHERE trim(justification_exclusion) != ''")
    conn.execute(
        "INSERT INTO norme_service (service_pk, norme_id, norme_fr, norme_en, type_norme, canal, cible,"
        " volume_conforme, volume_total, rendement, cible_atteinte, modifie_le) VALUES (2, 'STAN-FIN-1',"
        " 'Paiement en 30 jours', 'Payment within 30 days', 'TML', 'OTH', 0.95, 9120, 9500, 0.96, 'oui',"
        " '2025-02-01T09:00:00-05:00')"
    )


def remplir_v12(conn) -> None:
    # à la version 12 (0012 : les normes gérées, l'état de la demande en temps réel) : la 11, une
    # norme gérée (approbation, mise en œuvre), un trimestre, une action, la tolérance du ministère
    # et un état de la demande; la base figée sert à monter par 0013 (les empreintes du réimport)
    remplir_v11(conn)
    conn.execute("UPDATE norme_service SET niveau_approbation = 'Ministre', date_approbation = '2024-04-01',"
                 " mise_en_oeuvre = 1 WHERE norme_id = 'STAN-FIN-1'")
    conn.execute("INSERT INTO resultat_norme (norme_pk, periode, volume_conforme, volume_total, modifie_le)"
                 " SELECT pk, 'T1', 2300, 2400, '2025-02-01T09:00:00-05:00' FROM norme_service"
                 " WHERE norme_id = 'STAN-FIN-1'")
    conn.execute("INSERT INTO action_norme (uuid, norme_pk, scenario, texte, responsable, echeance, statut, cree_le,"
                 " modifie_le) SELECT '5b0f3a52-7c1e-4c3e-9a55-0f5c2b1d7e01', pk, 'depasse', 'Célébrez la réussite.',"
                 " 'Direction des finances', '2025-06-30', 'a_faire', '2025-02-01T09:00:00-05:00',"
                 " '2025-02-01T09:00:00-05:00' FROM norme_service WHERE norme_id = 'STAN-FIN-1'")
    conn.execute("INSERT INTO parametre (cle, valeur) VALUES ('tolerance_normes', '0.03')")
    conn.execute("UPDATE service SET etat_demande_temps_reel = 'non' WHERE pk = 1")


REMPLISSAGES = {1: remplir_v1, 2: remplir_v2, 3: remplir_v3, 4: remplir_v4, 5: remplir_v5, 6: remplir_v6,
                7: remplir_v7, 8: remplir_v8, 9: remplir_v9, 10: remplir_v10, 11: remplir_v11, 12: remplir_v12}


def fabriquer(version: int, cible: Path) -> None:
    for suffixe in ("", "-wal", "-shm"):
        Path(str(cible) + suffixe).unlink(missing_ok=True)
    db = Database(cible)
    db.execute("PRAGMA journal_mode = WAL")  # comme l'application de l'époque
    MIGRATIONS.apply(db, stop_before=NOMS_MIGRATIONS[version])
    assert db.execute("PRAGMA user_version").fetchone()[0] == version
    with db.conn:
        REMPLISSAGES[version](db.conn)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def main() -> None:
    for version in sorted(REMPLISSAGES):
        cible = ICI / f"schema_v{version}.sqlite"
        if cible.exists():  # une base figée ne change jamais
            continue
        fabriquer(version, cible)
        print(cible)


if __name__ == "__main__":
    main()
