"""Le schéma de la base, en migrations numérotées (sqlite-utils ``Migrations``).

Chaque migration tourne dans sa propre transaction et fixe ``PRAGMA user_version`` à son
numéro : une base plus récente que l'application se reconnaît sans rien modifier.
Ne jamais changer une migration publiée : en ajouter une nouvelle.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from gesserv_bureau.stockage.constantes import COLONNES_POINTS, NOM_ENSEMBLE_MIGRATIONS, NOMS_MIGRATIONS

MIGRATIONS = Migrations(NOM_ENSEMBLE_MIGRATIONS)


def _version(db: Database, numero: int) -> None:
    db.execute(f"PRAGMA user_version = {int(numero)}")


@MIGRATIONS(name="0001_inventaire")
def _m0001_inventaire(db: Database) -> None:
    """Le répertoire : les 18 éléments du tableau 5, par exercice, et ses métadonnées (2.1.5)."""
    db.execute(
        """
        CREATE TABLE exercice (
            code TEXT PRIMARY KEY,
            gardien TEXT NOT NULL DEFAULT '',
            derniere_revision TEXT NOT NULL DEFAULT '',
            edition_referentiel TEXT NOT NULL DEFAULT '2017'
        )"""
    )
    points = ",\n".join(
        f"{col} TEXT CHECK ({col} IN ('oui','non','so'))" for col in COLONNES_POINTS.values()
    )
    db.execute(
        f"""
        CREATE TABLE service (
            pk INTEGER PRIMARY KEY,
            exercice TEXT NOT NULL REFERENCES exercice(code) ON UPDATE CASCADE,
            service_id TEXT NOT NULL DEFAULT '',
            nom_fr TEXT NOT NULL DEFAULT '',
            nom_en TEXT NOT NULL DEFAULT '',
            type_service TEXT,
            designations TEXT NOT NULL DEFAULT '[]',
            description_fr TEXT NOT NULL DEFAULT '',
            description_en TEXT NOT NULL DEFAULT '',
            secteur_responsabilite TEXT NOT NULL DEFAULT '',
            instruments_habilitants TEXT NOT NULL DEFAULT '',
            programme_nom_fr TEXT NOT NULL DEFAULT '',
            programme_nom_en TEXT NOT NULL DEFAULT '',
            programme_id TEXT NOT NULL DEFAULT '',
            portee TEXT CHECK (portee IN ('externe','interne')),
            proprietaire TEXT NOT NULL DEFAULT '',
            ententes TEXT CHECK (ententes IN ('oui','non','so')),
            groupes_clients TEXT NOT NULL DEFAULT '[]',
            frais TEXT CHECK (frais IN ('oui','non')),
            normes_service TEXT CHECK (normes_service IN ('oui','non')),
            cibles_rendement TEXT CHECK (cibles_rendement IN ('oui','non')),
            {points},
            a_completer INTEGER NOT NULL DEFAULT 0,
            edition_referentiel TEXT NOT NULL DEFAULT '2017',
            modifie_le TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX service_exercice ON service(exercice, service_id)")
    db.execute(
        """
        CREATE TABLE volume (
            service_pk INTEGER NOT NULL REFERENCES service(pk) ON DELETE CASCADE,
            mode TEXT NOT NULL,
            etat TEXT CHECK (etat IN ('donnees','non_disponible','sans_objet')),
            demandes INTEGER CHECK (demandes IS NULL OR demandes >= 0),
            extrants INTEGER CHECK (extrants IS NULL OR extrants >= 0),
            PRIMARY KEY (service_pk, mode)
        )"""
    )
    _version(db, 1)


@MIGRATIONS(name="0002_journal_exclusion")
def _m0002_journal_exclusion(db: Database) -> None:
    """Le journal des modifications (piste d'audit) et la justification écrite d'un service
    exclu du calcul de la proportion des services électroniques (2.9.4)."""
    db.execute(
        """
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            horodatage TEXT NOT NULL,
            utilisateur TEXT NOT NULL,
            action TEXT NOT NULL,
            entite TEXT NOT NULL,
            cle TEXT NOT NULL DEFAULT '',
            libelle TEXT NOT NULL DEFAULT '',
            champ TEXT NOT NULL DEFAULT '',
            avant TEXT,
            apres TEXT
        )"""
    )
    db.execute("CREATE INDEX journal_entite ON journal(entite, cle)")
    db.execute(
        "ALTER TABLE service ADD COLUMN justification_exclusion TEXT NOT NULL DEFAULT ''"
    )
    _version(db, 2)


@MIGRATIONS(name="0003_activites_1a")
def _m0003_activites_1a(db: Database) -> None:
    """Les activités évaluées avec l'outil de l'annexe 1A, service ou non, avec leurs réponses."""
    db.execute(
        """
        CREATE TABLE activite (
            pk INTEGER PRIMARY KEY,
            exercice TEXT NOT NULL DEFAULT '',
            nom TEXT NOT NULL,
            organisme TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            reponses TEXT NOT NULL DEFAULT '{}',
            conclusion TEXT CHECK (conclusion IN ('service','pas_un_service')),
            service_pk INTEGER REFERENCES service(pk) ON DELETE SET NULL,
            edition_referentiel TEXT NOT NULL DEFAULT '2017',
            modifie_le TEXT NOT NULL DEFAULT ''
        )"""
    )
    _version(db, 3)


@MIGRATIONS(name="0004_donnees_ouvertes")
def _m0004_donnees_ouvertes(db: Database) -> None:
    """Ce que les fichiers des données ouvertes portent au-delà des 18 éléments (gardé pour
    l'export), et les normes de service de chaque service (2.7), avec leur rendement."""
    db.execute("ALTER TABLE service ADD COLUMN donnees_ouvertes TEXT NOT NULL DEFAULT '{}'")
    db.execute(
        """
        CREATE TABLE norme_service (
            pk INTEGER PRIMARY KEY,
            service_pk INTEGER NOT NULL REFERENCES service(pk) ON DELETE CASCADE,
            norme_id TEXT NOT NULL,
            norme_fr TEXT NOT NULL DEFAULT '',
            norme_en TEXT NOT NULL DEFAULT '',
            type_norme TEXT NOT NULL DEFAULT '',
            canal TEXT NOT NULL DEFAULT '',
            commentaires_canal_fr TEXT NOT NULL DEFAULT '',
            commentaires_canal_en TEXT NOT NULL DEFAULT '',
            cible REAL,
            volume_conforme INTEGER CHECK (volume_conforme IS NULL OR volume_conforme >= 0),
            volume_total INTEGER CHECK (volume_total IS NULL OR volume_total >= 0),
            rendement REAL,
            commentaires_fr TEXT NOT NULL DEFAULT '',
            commentaires_en TEXT NOT NULL DEFAULT '',
            cible_atteinte TEXT CHECK (cible_atteinte IN ('oui','non','so')),
            url_normes_fr TEXT NOT NULL DEFAULT '',
            url_normes_en TEXT NOT NULL DEFAULT '',
            url_resultats_fr TEXT NOT NULL DEFAULT '',
            url_resultats_en TEXT NOT NULL DEFAULT '',
            donnees_ouvertes TEXT NOT NULL DEFAULT '{}',
            modifie_le TEXT NOT NULL DEFAULT '',
            UNIQUE (service_pk, norme_id)
        )"""
    )
    _version(db, 4)


@MIGRATIONS(name="0005_evaluations")
def _m0005_evaluations(db: Database) -> None:
    """Les évaluations comme dossiers, pour les trois outils (1A, 1B, 2A) : statut, auteur, dates,
    édition du référentiel, étape où l'on s'est arrêté, réponses; les séances d'examen du groupe
    de travail (2.4.4) et les initiatives proposées en 2A (reprises par la stratégie). Les
    activités évaluées avec l'annexe 1A (table ``activite``) deviennent des évaluations 1A."""
    db.execute(
        """
        CREATE TABLE seance (
            pk INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            titre TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            exercice TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '[]',
            services TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0,
            statut TEXT NOT NULL DEFAULT 'brouillon' CHECK (statut IN ('brouillon','terminee','approuvee')),
            auteur TEXT NOT NULL DEFAULT '',
            cree_le TEXT NOT NULL DEFAULT '',
            modifie_le TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """
        CREATE TABLE evaluation (
            pk INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            outil TEXT NOT NULL CHECK (outil IN ('1A','1B','2A')),
            exercice TEXT NOT NULL DEFAULT '',
            service_pk INTEGER REFERENCES service(pk) ON DELETE SET NULL,
            sujet TEXT NOT NULL DEFAULT '',
            statut TEXT NOT NULL DEFAULT 'brouillon' CHECK (statut IN ('brouillon','terminee','approuvee')),
            auteur TEXT NOT NULL DEFAULT '',
            cree_le TEXT NOT NULL DEFAULT '',
            modifie_le TEXT NOT NULL DEFAULT '',
            termine_le TEXT NOT NULL DEFAULT '',
            approuve_le TEXT NOT NULL DEFAULT '',
            approuve_par TEXT NOT NULL DEFAULT '',
            edition_referentiel TEXT NOT NULL DEFAULT '2017',
            etape INTEGER NOT NULL DEFAULT 0,
            contenu TEXT NOT NULL DEFAULT '{}',
            conclusion TEXT,
            seance_pk INTEGER REFERENCES seance(pk) ON DELETE SET NULL,
            origine_uuid TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX evaluation_service ON evaluation(service_pk, outil)")
    db.execute(
        """
        CREATE TABLE initiative (
            pk INTEGER PRIMARY KEY,
            evaluation_pk INTEGER NOT NULL REFERENCES evaluation(pk) ON DELETE CASCADE,
            rang INTEGER NOT NULL,
            service_pk INTEGER REFERENCES service(pk) ON DELETE SET NULL,
            nom TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            avantages TEXT NOT NULL DEFAULT '',
            couts TEXT NOT NULL DEFAULT '',
            risques TEXT NOT NULL DEFAULT '',
            collaboration TEXT NOT NULL DEFAULT '',
            UNIQUE (evaluation_pk, rang)
        )"""
    )
    # les activités 1A déjà consignées : des évaluations 1A terminées, la conclusion confirmée
    import json
    import uuid

    for pk, exercice, nom, organisme, description, reponses, conclusion, service_pk, edition, modifie_le in db.execute(
        "SELECT pk, exercice, nom, organisme, description, reponses, conclusion, service_pk,"
        " edition_referentiel, modifie_le FROM activite ORDER BY pk"
    ).fetchall():
        contenu = {"organisme": organisme, "description": description, "mode": "toutes",
                   "reponses": json.loads(reponses or "{}"),
                   "decision": "confirme" if conclusion else None, "justification": ""}
        db.execute(
            "INSERT INTO evaluation (uuid, outil, exercice, service_pk, sujet, statut, cree_le, modifie_le,"
            " termine_le, edition_referentiel, contenu, conclusion) VALUES (?, '1A', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [str(uuid.uuid4()), exercice, service_pk, nom, "terminee" if conclusion else "brouillon",
             modifie_le, modifie_le, modifie_le if conclusion else "", edition,
             json.dumps(contenu, ensure_ascii=False), conclusion],
        )
    db.execute("DROP TABLE activite")
    _version(db, 5)


@MIGRATIONS(name="0006_strategies")
def _m0006_strategies(db: Database) -> None:
    """Les stratégies de gestion des services (2B) avec leur plan de travail (2C), une ligne par
    version; les mises à jour annuelles (2.5.5) renvoient à la stratégie approuvée."""
    db.execute(
        """
        CREATE TABLE strategie (
            pk INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            titre TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            type TEXT NOT NULL DEFAULT 'strategie' CHECK (type IN ('strategie','mise_a_jour')),
            statut TEXT NOT NULL DEFAULT 'brouillon' CHECK (statut IN ('brouillon','approuvee')),
            exercice TEXT NOT NULL DEFAULT '',
            origine_uuid TEXT NOT NULL DEFAULT '',
            reference_uuid TEXT NOT NULL DEFAULT '',
            auteur TEXT NOT NULL DEFAULT '',
            cree_le TEXT NOT NULL DEFAULT '',
            modifie_le TEXT NOT NULL DEFAULT '',
            approuve_le TEXT NOT NULL DEFAULT '',
            approuve_par TEXT NOT NULL DEFAULT '',
            edition_referentiel TEXT NOT NULL DEFAULT '2017',
            contenu TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    _version(db, 6)


@MIGRATIONS(name="0007_rapports")
def _m0007_rapports(db: Database) -> None:
    """Le registre des rapports exportés et signés : fichier, empreinte SHA-256, signataires, date."""
    db.execute(
        """
        CREATE TABLE rapport (
            pk INTEGER PRIMARY KEY,
            horodatage TEXT NOT NULL,
            utilisateur TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL CHECK (action IN ('export','signature')),
            type TEXT NOT NULL DEFAULT '',
            titre TEXT NOT NULL DEFAULT '',
            langue TEXT NOT NULL DEFAULT '',
            fichier TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            signataires TEXT NOT NULL DEFAULT '[]'
        )"""
    )
    _version(db, 7)


@MIGRATIONS(name="0008_approbations_signees")
def _m0008_approbations_signees(db: Database) -> None:
    """La preuve d'une approbation : la signature de l'approbateur (base64) sur le contenu
    canonique, avec son certificat et sa chaîne (PEM), gardée en JSON (le bloc ``approbation``
    du format d'échange; vide : approbation sans signature). Les séances d'examen reçoivent
    aussi la date et le nom de leur approbation."""
    for table in ("evaluation", "strategie"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN approbation TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE seance ADD COLUMN approuve_le TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE seance ADD COLUMN approuve_par TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE seance ADD COLUMN approbation TEXT NOT NULL DEFAULT ''")
    _version(db, 8)


@MIGRATIONS(name="0009_fidelite")
def _m0009_fidelite(db: Database) -> None:
    """Fidélité à la ligne directrice (issue 13).

    - L'aperçu de la stratégie actuelle que porte une mise à jour annuelle (2.5.5, élément 1) :
      l'endroit où elle se trouve (lien ou chemin), sa date d'approbation et la dernière date de
      mise à jour approuvée (vides : la mise à jour les tire des versions approuvées de la base).
    - L'édition du référentiel gardée avec chaque séance d'examen, comme avec les autres dossiers.
    - Les évaluations 1A converties par 0005 depuis la table ``activite`` y avaient toutes reçu la
      démarche « toutes » : celles qui s'arrêtent au premier « non » (aucune réponse ni analyse
      après lui) retrouvent leur vraie démarche, « premier_non ». Seules sont touchées celles
      restées telles que 0005 les a écrites (sans auteur, jamais modifiées depuis, ni approuvées
      ni liées à une séance) : un choix fait depuis dans l'assistant ne change pas."""
    import json

    for colonne in ("emplacement", "approbation_originale_le", "derniere_mise_a_jour_le"):
        db.execute(f"ALTER TABLE strategie ADD COLUMN {colonne} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE seance ADD COLUMN edition_referentiel TEXT NOT NULL DEFAULT '2017'")
    # les huit questions de l'annexe 1A, dans l'ordre (figées ici : une migration ne change pas)
    questions = ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8")
    for pk, texte in db.execute(
        "SELECT pk, contenu FROM evaluation WHERE outil = '1A' AND auteur = '' AND etape = 0"
        " AND cree_le = modifie_le AND statut != 'approuvee' AND seance_pk IS NULL AND origine_uuid = ''"
    ).fetchall():
        try:
            contenu = json.loads(texte or "{}")
        except ValueError:
            continue
        if not isinstance(contenu, dict) or contenu.get("mode") != "toutes":
            continue
        reponses = contenu.get("reponses")
        if not isinstance(reponses, dict):
            continue
        valeurs = [reponses.get(q) if isinstance(reponses.get(q), dict) else {} for q in questions]
        premier = next((i for i, r in enumerate(valeurs) if r.get("reponse") == "non"), None)
        if premier is None:
            continue
        apres = valeurs[premier + 1:]
        if any(r.get("reponse") or str(r.get("analyse") or "").strip() for r in apres):
            continue   # des questions documentées après le « non » : chacune l'était bien
        contenu["mode"] = "premier_non"
        db.execute("UPDATE evaluation SET contenu = ? WHERE pk = ?", [json.dumps(contenu, ensure_ascii=False), pk])
    _version(db, 9)


@MIGRATIONS(name="0010_ponderation_criteres_1b")
def _m0010_ponderation_criteres_1b(db: Database) -> None:
    """La pondération du ministère pour l'outil 1B, une ligne par version (jamais modifiée
    ensuite : une version retirée garde ses poids, les évaluations qui l'ont utilisée y
    renvoient), et ses autres critères (« Tout autre critère jugé pertinent par le ministère »),
    chacun avec un code jamais réutilisé. Les évaluations existantes ne changent pas : leurs
    propres poids restent dans leur contenu (une approbation signée porte sur lui)."""
    db.execute(
        """
        CREATE TABLE ponderation_1b (
            version INTEGER PRIMARY KEY CHECK (version >= 1),
            definie_le TEXT NOT NULL,
            definie_par TEXT NOT NULL DEFAULT '',
            poids TEXT NOT NULL DEFAULT '{}',
            valeurs TEXT NOT NULL,
            seuils TEXT NOT NULL,
            retiree_le TEXT NOT NULL DEFAULT '',
            retiree_par TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """
        CREATE TABLE critere_1b (
            code TEXT PRIMARY KEY,
            rang INTEGER NOT NULL,
            nom_fr TEXT NOT NULL DEFAULT '',
            nom_en TEXT NOT NULL DEFAULT '',
            cree_le TEXT NOT NULL DEFAULT '',
            cree_par TEXT NOT NULL DEFAULT '',
            retire_le TEXT NOT NULL DEFAULT '',
            CHECK (nom_fr <> '' OR nom_en <> '')
        )"""
    )
    _version(db, 10)




@MIGRATIONS(name="0011_services_electroniques_internes")
def _m0011_services_electroniques_internes(db: Database) -> None:
    """2.9.4 et élément 10 : l'exclusion du calcul de la proportion des services électroniques
    devient un choix explicite (``exclu_calcul``), qui ne vaut qu'avec sa justification écrite
    (celles déjà écrites valent exclusion, comme avant); la justification écrite de chaque point
    d'interaction « S.O. » (1.8.1, JSON point -> texte); le service interne (non intégré) que la
    note de l'élément 10 permet d'inclure dans une section distincte (``service_interne`` = 1,
    la colonne ``portee`` restant vide : sa contrainte n'admet que les valeurs de l'élément 10)."""
    db.execute("ALTER TABLE service ADD COLUMN exclu_calcul INTEGER NOT NULL DEFAULT 0"
               " CHECK (exclu_calcul IN (0, 1))")
    db.execute("ALTER TABLE service ADD COLUMN justifications_so TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE service ADD COLUMN service_interne INTEGER NOT NULL DEFAULT 0"
               " CHECK (service_interne IN (0, 1))")
    db.execute("UPDATE service SET exclu_calcul = 1 WHERE trim(justification_exclusion) != ''")
    _version(db, 11)


@MIGRATIONS(name="0012_normes_gerees")
def _m0012_normes_gerees(db: Database) -> None:
    """Les normes de service gérées dans l'application (2.7, tableau 8, 2.7.10) : ce que les
    données ouvertes n'ont pas (type de cible, niveau et date d'approbation, page du rendement en
    temps réel, première mise en œuvre, date de retrait); les résultats par trimestre (le volume
    conforme et le volume total; le rendement se calcule); le plan d'action de chaque norme, avec
    la mesure du plan de travail intégré (2C) qui reprend une action; les paramètres du ministère
    (la tolérance du tableau 8); et, pour chaque service, l'état de la demande offert en temps
    réel (7.10, la cascade de 2.10.4)."""
    for colonne in ("type_cible", "niveau_approbation", "date_approbation", "url_temps_reel_fr",
                    "url_temps_reel_en", "retiree_le"):
        db.execute(f"ALTER TABLE norme_service ADD COLUMN {colonne} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE norme_service ADD COLUMN mise_en_oeuvre INTEGER NOT NULL DEFAULT 0"
               " CHECK (mise_en_oeuvre IN (0, 1))")
    db.execute(
        """
        CREATE TABLE resultat_norme (
            pk INTEGER PRIMARY KEY,
            norme_pk INTEGER NOT NULL REFERENCES norme_service(pk) ON DELETE CASCADE,
            periode TEXT NOT NULL CHECK (periode IN ('T1','T2','T3','T4')),
            volume_conforme INTEGER CHECK (volume_conforme IS NULL OR volume_conforme >= 0),
            volume_total INTEGER CHECK (volume_total IS NULL OR volume_total >= 0),
            modifie_le TEXT NOT NULL DEFAULT '',
            UNIQUE (norme_pk, periode),
            CHECK (volume_conforme IS NULL OR volume_total IS NULL OR volume_conforme <= volume_total)
        )"""
    )
    db.execute(
        """
        CREATE TABLE action_norme (
            pk INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            norme_pk INTEGER NOT NULL REFERENCES norme_service(pk) ON DELETE CASCADE,
            scenario TEXT NOT NULL DEFAULT '',
            texte TEXT NOT NULL,
            responsable TEXT NOT NULL DEFAULT '',
            echeance TEXT NOT NULL DEFAULT '',
            statut TEXT NOT NULL DEFAULT 'a_faire' CHECK (statut IN ('a_faire','en_cours','terminee','abandonnee')),
            strategie_uuid TEXT NOT NULL DEFAULT '',
            mesure_id TEXT NOT NULL DEFAULT '',
            cree_le TEXT NOT NULL DEFAULT '',
            modifie_le TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX action_norme_norme ON action_norme(norme_pk)")
    db.execute("CREATE TABLE parametre (cle TEXT PRIMARY KEY, valeur TEXT NOT NULL)")
    # 7.10 : l'état de la demande offert en temps réel, pour la cascade de 2.10.4
    db.execute("ALTER TABLE service ADD COLUMN etat_demande_temps_reel TEXT"
               " CHECK (etat_demande_temps_reel IN ('oui','non','so'))")
    _version(db, 12)


@MIGRATIONS(name="0013_empreintes_import")
def _m0013_empreintes_import(db: Database) -> None:
    """Le réimport compare avant de réécrire : l'empreinte de la ligne du fichier dont chaque
    service a été importé, et l'heure de son écriture (``modifie_le`` du service à ce moment).
    Une ligne dont l'empreinte est connue, pour un service qui n'a pas changé depuis, n'a rien à
    changer : elle n'est ni reconvertie ni réécrite. Toute autre écriture du service efface son
    empreinte."""
    db.execute(
        """
        CREATE TABLE empreinte_import (
            service_pk INTEGER PRIMARY KEY REFERENCES service(pk) ON DELETE CASCADE,
            empreinte TEXT NOT NULL,
            modifie_le TEXT NOT NULL
        )
        """
    )
    _version(db, 13)


if [m.name for m in MIGRATIONS._migrations] != NOMS_MIGRATIONS:
    raise RuntimeError("constantes.NOMS_MIGRATIONS ne suit pas les migrations de schema.py")
VERSION_SCHEMA = len(NOMS_MIGRATIONS)
