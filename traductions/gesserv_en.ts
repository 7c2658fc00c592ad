<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>ActionsAide</name>
    <message>
      <source>Démonstration chargée : %1 services (exercice %2).</source>
      <translation>Demonstration loaded: %1 services (fiscal year %2).</translation>
    </message>
  </context>
  <context>
    <name>ActionsFichier</name>
    <message>
      <source>Répertoires gesserv-bureau (*.sqlite *.db);;Tous les fichiers (*)</source>
      <translation>gesserv-bureau inventories (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <source>Ouvrir un répertoire de services</source>
      <translation>Open a service inventory</translation>
    </message>
    <message>
      <source>Créer un répertoire de services</source>
      <translation>Create a service inventory</translation>
    </message>
    <message>
      <source>Fichier existant</source>
      <translation>Existing file</translation>
    </message>
    <message>
      <source>Le fichier %1 existe déjà : il n'a pas été remplacé. Choisissez un autre nom, ou ouvrez-le avec Fichier › Ouvrir un répertoire.</source>
      <translation>The file %1 already exists: it was not replaced. Choose another name, or open it with File › Open inventory.</translation>
    </message>
    <message>
      <source>Restaurer une copie de sécurité</source>
      <translation>Restore a backup copy</translation>
    </message>
    <message>
      <source>Ce répertoire n'a encore aucune copie de sécurité intacte.</source>
      <translation>This inventory has no intact backup copy yet.</translation>
    </message>
    <message>
      <source>Remplacer le répertoire ouvert par la copie du %1?</source>
      <translation>Replace the open inventory with the copy of %1?</translation>
    </message>
    <message>
      <source>La copie contient %1 services; le répertoire ouvert, %2 services.</source>
      <translation>The copy holds %1 services; the open inventory, %2 services.</translation>
    </message>
    <message>
      <source>Attention, services qui disparaîtraient du répertoire : %1.</source>
      <translation>Warning, services that would disappear from the inventory: %1.</translation>
    </message>
    <message>
      <source>Le répertoire actuel n'est pas effacé : il est gardé à côté, renommé.</source>
      <translation>The current inventory is not deleted: it is kept next to it, renamed.</translation>
    </message>
    <message>
      <source>Copie de sécurité non faite</source>
      <translation>Backup copy not made</translation>
    </message>
    <message>
      <source>Copie de sécurité faite : %1</source>
      <translation>Backup copy made: %1</translation>
    </message>
    <message>
      <source>Import terminé.</source>
      <translation>Import complete.</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Classeurs Excel (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporter l'exercice %1</source>
      <translation>Export fiscal year %1</translation>
    </message>
    <message>
      <source>Export impossible</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.</source>
      <translation>File %1 could not be written: %2. Nothing was replaced.</translation>
    </message>
    <message>
      <source>Lignes exportées : %1, dans %2.</source>
      <translation>Rows exported: %1, to %2.</translation>
    </message>
    <message>
      <source>Services internes (non intégrés) laissés hors de l'export : %1.</source>
      <translation>Internal (non-enterprise) services left out of the export: %1.</translation>
    </message>
  </context>
  <context>
    <name>ActionsRepertoire</name>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>Supprimer le service</source>
      <translation>Delete service</translation>
    </message>
    <message>
      <source>Supprimer le service « %1 » du répertoire?

Vous pourrez annuler la suppression avec Ctrl+Z.</source>
      <translation>Delete the service “%1” from the inventory?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
      <source>Commencer l'exercice suivant</source>
      <translation>Start the next fiscal year</translation>
    </message>
    <message>
      <source>Commencer l'exercice %1 en y reportant les %2 services de l'exercice %3?

La mise à jour annuelle du répertoire (exigence 7.1) part de l'exercice précédent : les éléments descriptifs et les normes de service en vigueur sont repris, les volumes et les résultats des normes sont remis à compléter. L'exercice %3 reste intact.</source>
      <translation>Start fiscal year %1 by carrying over the %2 services of fiscal year %3?

The annual inventory update (requirement 7.1) starts from the previous fiscal year: descriptive elements and the service standards in effect are carried over; volumes and the standards' results are reset to be completed. Fiscal year %3 stays unchanged.</translation>
    </message>
    <message>
      <source>Exercice %1 commencé : %2 services reportés.</source>
      <translation>Fiscal year %1 started: %2 services carried over.</translation>
    </message>
  </context>
  <context>
    <name>ActionsServeur</name>
    <message>
      <source>Pas de connexion au répertoire ministériel : seulement ce que la copie de ce poste a consigné.</source>
      <translation>No connection to the departmental inventory: only what this computer's copy has recorded.</translation>
    </message>
    <message>
      <source>Lecture sur le serveur ministériel…</source>
      <translation>Reading from the departmental server…</translation>
    </message>
    <message>
      <source>Le répertoire ministériel n'a pas répondu (%1) : seulement ce que la copie de ce poste a consigné.</source>
      <translation>The departmental inventory did not answer (%1): only what this computer's copy has recorded.</translation>
    </message>
    <message>
      <source>Tout le répertoire ministériel, lu sur le serveur (chaque auteur sous son nom de connexion).</source>
      <translation>The whole departmental inventory, read from the server (each author under their login name).</translation>
    </message>
    <message numerus="yes">
      <source>%n rapport(s) exporté(s) ou signé(s) sur ce poste y seront inscrits au prochain renvoi.</source>
      <translation>
        <numerusform>%n report exported or signed on this computer will be recorded there at the next send-back.</numerusform>
        <numerusform>%n reports exported or signed on this computer will be recorded there at the next send-back.</numerusform>
      </translation>
    </message>
    <message>
      <source>Ouvrir le répertoire ministériel</source>
      <translation>Open the departmental inventory</translation>
    </message>
    <message>
      <source>Adresse du répertoire ministériel (postgresql://personne@serveur/base, ou service=NOM) :</source>
      <translation>Address of the departmental inventory (postgresql://person@server/database, or service=NAME):</translation>
    </message>
    <message>
      <source>« %1 » n'est pas l'adresse d'un serveur PostgreSQL : écrivez postgresql://personne@serveur/base, ou service=NOM.</source>
      <translation>“%1” is not the address of a PostgreSQL server: write postgresql://person@server/database, or service=NAME.</translation>
    </message>
    <message>
      <source>Emport annulé : rien n'a été créé.</source>
      <translation>Taking offline cancelled: nothing was created.</translation>
    </message>
    <message>
      <source>Emporter hors ligne</source>
      <translation>Take offline</translation>
    </message>
    <message>
      <source>Base emportée : %1 (services : %2, évaluations : %3, normes de service : %4).

L'ouvrir maintenant? Le répertoire ouvert est enregistré et fermé.</source>
      <translation>Base taken offline: %1 (services: %2, assessments: %3, service standards: %4).

Open it now? The open inventory is saved and closed.</translation>
    </message>
    <message>
      <source>Renvoyer au serveur ministériel</source>
      <translation>Send back to the departmental server</translation>
    </message>
    <message>
      <source>Ce répertoire n'a pas été emporté d'un répertoire ministériel : il n'y a rien à renvoyer.</source>
      <translation>This inventory was not taken offline from a departmental inventory: there is nothing to send back.</translation>
    </message>
    <message>
      <source>Renvoi annulé : rien n'a été renvoyé, rien n'est perdu.</source>
      <translation>Send-back cancelled: nothing was sent, nothing is lost.</translation>
    </message>
    <message>
      <source>Renvoyé à %1 : fiches ajoutées : %2, modifiées : %3, supprimées : %4; divergences tranchées : %5. Ce répertoire est à jour avec le serveur.</source>
      <translation>Sent back to %1: records added: %2, changed: %3, deleted: %4; divergences settled: %5. This inventory is up to date with the server.</translation>
    </message>
    <message>
      <source>Pour recevoir le travail des autres sans que vos fenêtres ouvertes l'écrasent, elles vont être fermées (tout y est déjà enregistré) : %1. Vous les rouvrirez ensuite. Continuer?</source>
      <translation>To receive everyone else's work without your open windows overwriting it, they will be closed (everything in them is already saved): %1. You will reopen them afterwards. Continue?</translation>
    </message>
    <message>
      <source>Changements sur le serveur : %1 — Recevoir</source>
      <translation>Changes on the server: %1 — Receive</translation>
    </message>
    <message>
      <source>D'autres ont changé, supprimé ou ajouté %1 fiche(s) de votre copie depuis votre dernier renvoi. Cliquez pour renvoyer votre travail et recevoir le leur (Fichier › Renvoyer au serveur ministériel).</source>
      <translation>Others changed, deleted or added %1 record(s) of your copy since you last sent it back. Click to send your work and receive theirs (File › Send back to the departmental server).</translation>
    </message>
    <message>
      <source>Mot de passe</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Mot de passe de %1 (il n'est gardé nulle part) :</source>
      <translation>Password for %1 (it is kept nowhere):</translation>
    </message>
    <message>
      <source>La copie de ce poste du répertoire ministériel ne pouvait plus servir (illisible, ou venue d'un autre répertoire) : elle est gardée sous %1 (avec ses copies de sécurité), et une copie neuve vient d'être prise. Ce qu'elle avait de non renvoyé n'est pas sur le serveur.</source>
      <translation>This workstation's copy of the departmental inventory could no longer be used (unreadable, or from another inventory): it is kept as %1 (with its backup copies), and a fresh copy has just been taken. What it held that had not been sent back is not on the server.</translation>
    </message>
  </context>
  <context>
    <name>ActionsStrategie</name>
    <message>
      <source>La dernière date de mise à jour ne peut pas précéder la date d'approbation de la stratégie : rien n'a été changé.</source>
      <translation>The last update date cannot be earlier than the strategy's approval date: nothing was changed.</translation>
    </message>
    <message>
      <source>Approbation refusée : ces sections requises sont vides : %1.</source>
      <translation>Approval refused: these required sections are empty: %1.</translation>
    </message>
    <message>
      <source>la stratégie</source>
      <translation>the strategy</translation>
    </message>
    <message>
      <source>Cadre ou comité qui approuve :</source>
      <translation>Approving executive or committee:</translation>
    </message>
    <message>
      <source>Indiquez le cadre ou le comité qui approuve.</source>
      <translation>Indicate the approving executive or committee.</translation>
    </message>
    <message>
      <source>Mise à jour annuelle de la version %1 approuvée le %2 par %3. Ce qui a changé :</source>
      <translation>Annual update of version %1 approved on %2 by %3. What changed:</translation>
    </message>
    <message>
      <source>modifié</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>inchangé</source>
      <translation>unchanged</translation>
    </message>
  </context>
  <context>
    <name>Assistant</name>
    <message>
      <source>%1 (non posée)</source>
      <translation>%1 (not asked)</translation>
    </message>
    <message>
      <source>Étape %1 sur %2</source>
      <translation>Step %1 of %2</translation>
    </message>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>Impossible de terminer : il manque encore</source>
      <translation>Cannot finish yet: still missing</translation>
    </message>
    <message>
      <source>Terminée le %1 — réponses verrouillées. Rouvrez-la pour les modifier.</source>
      <translation>Finished on %1 — answers locked. Reopen it to change them.</translation>
    </message>
    <message>
      <source>Approuvée le %1 par %2</source>
      <translation>Approved on %1 by %2</translation>
    </message>
    <message>
      <source>Approuvée le %1</source>
      <translation>Approved on %1</translation>
    </message>
    <message>
      <source>%1 — réponses verrouillées : une évaluation approuvée ne se rouvre pas.</source>
      <translation>%1 — answers locked: an approved assessment cannot be reopened.</translation>
    </message>
    <message>
      <source>← &amp;Précédent</source>
      <translation>← &amp;Previous</translation>
    </message>
    <message>
      <source>&amp;Suivant →</source>
      <translation>&amp;Next →</translation>
    </message>
    <message>
      <source>&amp;Terminer l'évaluation</source>
      <translation>&amp;Finish the assessment</translation>
    </message>
    <message>
      <source>Rou&amp;vrir</source>
      <translation>Re&amp;open</translation>
    </message>
    <message>
      <source>L'évaluation redevient un brouillon : ses réponses se modifient de nouveau (au journal).</source>
      <translation>The assessment becomes a draft again: its answers can be changed again (logged).</translation>
    </message>
  </context>
  <context>
    <name>Assistant1A</name>
    <message>
      <source>L'activité</source>
      <translation>The activity</translation>
    </message>
    <message>
      <source>Question %1</source>
      <translation>Question %1</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>Conclusion</translation>
    </message>
    <message>
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Non</source>
      <translation>No</translation>
    </message>
    <message>
      <source>non posée</source>
      <translation>not asked</translation>
    </message>
    <message>
      <source>sans réponse</source>
      <translation>no answer</translation>
    </message>
    <message>
      <source>Question %1 — %2</source>
      <translation>Question %1 — %2</translation>
    </message>
    <message>
      <source>Pas encore de conclusion : questions sans réponse (%1).</source>
      <translation>No conclusion yet: unanswered questions (%1).</translation>
    </message>
    <message>
      <source>Conclusion de l'outil : %1</source>
      <translation>The tool's conclusion: %1</translation>
    </message>
    <message>
      <source>Détermination finale du ministère : %1</source>
      <translation>The department's final determination: %1</translation>
    </message>
    <message>
      <source>Entrée du répertoire créée et liée à cette évaluation.</source>
      <translation>Inventory entry created and linked to this assessment.</translation>
    </message>
    <message>
      <source>Liée à l'entrée du répertoire « %1 ».</source>
      <translation>Linked to the inventory entry “%1”.</translation>
    </message>
    <message>
      <source>Entrée du répertoire</source>
      <translation>Inventory entry</translation>
    </message>
    <message>
      <source>Le répertoire de l'exercice %1 a déjà une entrée de ce numéro d'ID : « %2 ».</source>
      <translation>The inventory for fiscal year %1 already has an entry with this ID number: “%2”.</translation>
    </message>
    <message>
      <source>Le répertoire de l'exercice %1 a déjà une entrée de ce nom : « %2 ».</source>
      <translation>The inventory for fiscal year %1 already has an entry with this name: “%2”.</translation>
    </message>
    <message>
      <source>La lier à cette évaluation plutôt que d'en créer une seconde?</source>
      <translation>Link it to this assessment rather than create a second one?</translation>
    </message>
    <message>
      <source>Lier à « %1 »</source>
      <translation>Link to “%1”</translation>
    </message>
    <message>
      <source>Créer une nouvelle entrée</source>
      <translation>Create a new entry</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>&amp;Activité ou groupe d'activités :</source>
      <translation>&amp;Activity or group of activities:</translation>
    </message>
    <message>
      <source>&amp;Ministère ou organisme :</source>
      <translation>&amp;Department or agency:</translation>
    </message>
    <message>
      <source>&amp;Description :</source>
      <translation>&amp;Description:</translation>
    </message>
    <message>
      <source>Démarche :</source>
      <translation>Approach:</translation>
    </message>
    <message>
      <source>Documenter chacune des huit questions</source>
      <translation>Document each of the eight questions</translation>
    </message>
    <message>
      <source>Conclure au premier « non »</source>
      <translation>Conclude at the first “no”</translation>
    </message>
    <message>
      <source>Démarche</source>
      <translation>Approach</translation>
    </message>
    <message>
      <source>&amp;Oui</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>&amp;Non</source>
      <translation>N&amp;o</translation>
    </message>
    <message>
      <source>&amp;Analyse :</source>
      <translation>&amp;Analysis:</translation>
    </message>
    <message>
      <source>Le ministère &amp;confirme cette conclusion</source>
      <translation>The department &amp;confirms this conclusion</translation>
    </message>
    <message>
      <source>Le ministère la &amp;renverse (justification obligatoire)</source>
      <translation>The department &amp;overrides it (justification required)</translation>
    </message>
    <message>
      <source>&amp;Justification de la détermination :</source>
      <translation>&amp;Justification of the determination:</translation>
    </message>
    <message>
      <source>Créer l'&amp;entrée du répertoire pour ce service</source>
      <translation>Create the inventory &amp;entry for this service</translation>
    </message>
    <message>
      <source>N&amp;uméro d'ID au répertoire (facultatif; une entrée de ce numéro ou de ce nom sera proposée) :</source>
      <translation>Inventory ID n&amp;umber (optional; an entry with this number or this name will be offered):</translation>
    </message>
    <message>
      <source>Sommaire des réponses</source>
      <translation>Summary of answers</translation>
    </message>
  </context>
  <context>
    <name>Assistant1B</name>
    <message>
      <source>— choisir un service du répertoire —</source>
      <translation>— choose a service from the inventory —</translation>
    </message>
    <message>
      <source>%1 (supprimé du répertoire)</source>
      <translation>%1 (deleted from the inventory)</translation>
    </message>
    <message>
      <source>Choisissez le service : ce que le répertoire en sait s'affichera ici.</source>
      <translation>Choose the service: what the inventory knows about it will show here.</translation>
    </message>
    <message>
      <source>• Authentification offerte en ligne : %1</source>
      <translation>• Authentication offered online: %1</translation>
    </message>
    <message>
      <source>• Frais d'utilisation : %1</source>
      <translation>• User fees: %1</translation>
    </message>
    <message>
      <source>• Désignations actuelles : %1</source>
      <translation>• Current designations: %1</translation>
    </message>
    <message>
      <source>non évalué</source>
      <translation>not rated</translation>
    </message>
    <message>
      <source>Poids : %1</source>
      <translation>Weights: %1</translation>
    </message>
    <message>
      <source>Le service</source>
      <translation>The service</translation>
    </message>
    <message>
      <source>&amp;Nom du service :</source>
      <translation>Service &amp;name:</translation>
    </message>
    <message>
      <source>Ce que le répertoire en sait (à citer en preuve)</source>
      <translation>What the inventory knows (to cite as evidence)</translation>
    </message>
    <message>
      <source>Critères :</source>
      <translation>Criteria:</translation>
    </message>
    <message>
      <source>Évaluation :</source>
      <translation>Rating:</translation>
    </message>
    <message>
      <source>&amp;Élevé</source>
      <translation>&amp;High</translation>
    </message>
    <message>
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>&amp;Moyen</source>
      <translation>&amp;Medium</translation>
    </message>
    <message>
      <source>&amp;Faible</source>
      <translation>&amp;Low</translation>
    </message>
    <message>
      <source>Sans &amp;objet (aucun autre critère retenu)</source>
      <translation>N&amp;ot applicable (no other criterion retained)</translation>
    </message>
    <message>
      <source>Sans &amp;objet (aucun critère de plus)</source>
      <translation>N&amp;ot applicable (no further criterion)</translation>
    </message>
    <message>
      <source>Autre critère retenu pour ce service (facultatif)</source>
      <translation>Other criterion retained for this service (optional)</translation>
    </message>
    <message>
      <source>E&amp;xemple :</source>
      <translation>E&amp;xample:</translation>
    </message>
    <message>
      <source>&amp;Analyse :</source>
      <translation>&amp;Analysis:</translation>
    </message>
    <message>
      <source>Critères du ministère (chacun à évaluer)</source>
      <translation>Department's criteria (rate each one)</translation>
    </message>
    <message>
      <source>Élevé</source>
      <translation>High</translation>
    </message>
    <message>
      <source>Moyen</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>Faible</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Exemple :</source>
      <translation>Example:</translation>
    </message>
    <message>
      <source>Analyse :</source>
      <translation>Analysis:</translation>
    </message>
    <message>
      <source>Rappel des évaluations (élevé, moyen ou faible) :</source>
      <translation>The ratings given (high, medium or low):</translation>
    </message>
    <message>
      <source>&amp;Oui</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>&amp;Non</source>
      <translation>N&amp;o</translation>
    </message>
    <message>
      <source>&amp;Justification de la décision :</source>
      <translation>&amp;Justification of the decision:</translation>
    </message>
  </context>
  <context>
    <name>Assistant2A</name>
    <message>
      <source>— choisir un service prioritaire —</source>
      <translation>— choose a priority service —</translation>
    </message>
    <message>
      <source>Initiative %1 (sans nom)</source>
      <translation>Initiative %1 (no name)</translation>
    </message>
    <message>
      <source>Le service prioritaire</source>
      <translation>The priority service</translation>
    </message>
    <message>
      <source>Questions 1 à 4</source>
      <translation>Questions 1 to 4</translation>
    </message>
    <message>
      <source>Initiatives proposées (5 à 9)</source>
      <translation>Proposed initiatives (5 to 9)</translation>
    </message>
    <message>
      <source>Recommandation (10)</source>
      <translation>Recommendation (10)</translation>
    </message>
    <message>
      <source>&amp;Nom du service prioritaire :</source>
      <translation>Priority service &amp;name:</translation>
    </message>
    <message>
      <source>L'examen répond aux questions de l'annexe 2A. Les principales considérations de la section 2.4.5 sont rappelées sous les questions qu'elles éclairent.</source>
      <translation>The review answers the questions of Appendix 2A. The key considerations of section 2.4.5 are recalled under the questions they inform.</translation>
    </message>
    <message>
      <source>Questions d'examen</source>
      <translation>Review questions</translation>
    </message>
    <message>
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Non</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Initiatives d'amélioration possibles :</source>
      <translation>Possible improvement initiatives:</translation>
    </message>
    <message>
      <source>Principales considérations (2.4.5) :</source>
      <translation>Key considerations (2.4.5):</translation>
    </message>
    <message>
      <source>Initiatives proposées</source>
      <translation>Proposed initiatives</translation>
    </message>
    <message>
      <source>&amp;Nom de l'initiative :</source>
      <translation>Initiative &amp;name:</translation>
    </message>
    <message>
      <source>&amp;Description :</source>
      <translation>&amp;Description:</translation>
    </message>
    <message>
      <source>&amp;Ajouter une initiative</source>
      <translation>&amp;Add an initiative</translation>
    </message>
    <message>
      <source>&amp;Retirer l'initiative</source>
      <translation>&amp;Remove the initiative</translation>
    </message>
    <message>
      <source>Recommandation</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <source>&amp;Oui</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>&amp;Non</source>
      <translation>N&amp;o</translation>
    </message>
    <message>
      <source>&amp;Justification :</source>
      <translation>&amp;Justification:</translation>
    </message>
  </context>
  <context>
    <name>BarreFiltre</name>
    <message>
      <source>Rechercher dans le répertoire</source>
      <translation>Search the inventory</translation>
    </message>
    <message>
      <source>Rechercher : numéro d'ID, nom, propriétaire…  (Ctrl+F)</source>
      <translation>Search: ID number, name, owner…  (Ctrl+F)</translation>
    </message>
    <message>
      <source>&amp;Exercice :</source>
      <translation>Fiscal &amp;year:</translation>
    </message>
    <message>
      <source>À compléter seulement</source>
      <translation>To complete only</translation>
    </message>
    <message>
      <source>Tous les types</source>
      <translation>All types</translation>
    </message>
    <message>
      <source>Tous les services externes</source>
      <translation>All external services</translation>
    </message>
    <message>
      <source>Tous les services internes intégrés</source>
      <translation>All internal enterprise services</translation>
    </message>
    <message>
      <source>Services internes (non intégrés), section distincte</source>
      <translation>Internal (non-enterprise) services, separate section</translation>
    </message>
    <message>
      <source>Toutes les désignations</source>
      <translation>All designations</translation>
    </message>
    <message>
      <source>Sans désignation</source>
      <translation>No designation</translation>
    </message>
  </context>
  <context>
    <name>BarreFiltresPlan</name>
    <message>
      <source>Tous les états</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Tous les secteurs</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <source>(secteur non précisé)</source>
      <translation>(sector not specified)</translation>
    </message>
    <message>
      <source>Mesures affichées : %1 sur %2 · en retard : %3</source>
      <translation>Actions shown: %1 of %2 · overdue: %3</translation>
    </message>
    <message>
      <source>Mesures : %2 · en retard : %3</source>
      <translation>Actions: %2 · overdue: %3</translation>
    </message>
    <message>
      <source>Filtrer par &amp;état :</source>
      <translation>Filter by stat&amp;us:</translation>
    </message>
    <message>
      <source>&amp;Secteur :</source>
      <translation>&amp;Sector:</translation>
    </message>
    <message>
      <source>En retar&amp;d seulement</source>
      <translation>Over&amp;due only</translation>
    </message>
  </context>
  <context>
    <name>ChoixCarte</name>
    <message>
      <source>Choisissez la bibliothèque PKCS#11 de votre carte.</source>
      <translation>Choose your card's PKCS#11 library.</translation>
    </message>
    <message>
      <source> (NIP bloqué)</source>
      <translation> (PIN locked)</translation>
    </message>
    <message>
      <source>&amp;Bibliothèque PKCS#11 :</source>
      <translation>PKCS#11 &amp;library:</translation>
    </message>
    <message>
      <source>&amp;Actualiser</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>Carte ou &amp;jeton :</source>
      <translation>Card or &amp;token:</translation>
    </message>
    <message>
      <source>Cl&amp;é :</source>
      <translation>&amp;Key:</translation>
    </message>
    <message>
      <source>&amp;NIP :</source>
      <translation>&amp;PIN:</translation>
    </message>
  </context>
  <context>
    <name>ControleurInventaire</name>
    <message>
      <source>Supprimer « %1 »</source>
      <translation>Delete “%1”</translation>
    </message>
    <message>
      <source>Chargement de %1 services…</source>
      <translation>Loading %1 services…</translation>
    </message>
    <message>
      <source>%1 services chargés.</source>
      <translation>%1 services loaded.</translation>
    </message>
    <message>
      <source>Modification en cours…</source>
      <translation>Editing…</translation>
    </message>
    <message>
      <source>Enregistré à %1</source>
      <translation>Saved at %1</translation>
    </message>
    <message>
      <source>Nouveau service</source>
      <translation>New service</translation>
    </message>
    <message>
      <source>Dupliquer « %1 »</source>
      <translation>Duplicate “%1”</translation>
    </message>
    <message>
      <source>Service supprimé. Ctrl+Z pour annuler.</source>
      <translation>Service deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
      <source>Service rétabli.</source>
      <translation>Service restored.</translation>
    </message>
  </context>
  <context>
    <name>ControleurNormes</name>
    <message>
      <source>Retirer la norme « %1 »? Elle reste à l'historique de l'exercice, mais n'est plus reprise à l'exercice suivant.</source>
      <translation>Retire standard “%1”? It stays in the fiscal year's history, but is no longer carried into the next fiscal year.</translation>
    </message>
    <message>
      <source>Retirer la norme</source>
      <translation>Retire the standard</translation>
    </message>
  </context>
  <context>
    <name>Demarrage</name>
    <message>
      <source>Erreur imprévue</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>Une erreur imprévue s'est produite. Ce qui était déjà enregistré n'est pas perdu. Le détail ci-dessous peut aider l'équipe de soutien.</source>
      <translation>An unexpected error occurred. What was already saved has not been lost. The details below may help the support team.</translation>
    </message>
    <message>
      <source>Base endommagée</source>
      <translation>Damaged database</translation>
    </message>
    <message>
      <source>Restaurer la dernière copie intacte</source>
      <translation>Restore the last intact copy</translation>
    </message>
    <message>
      <source>Ouvrir un autre fichier…</source>
      <translation>Open another file…</translation>
    </message>
    <message>
      <source>Modifications perdues</source>
      <translation>Changes lost</translation>
    </message>
    <message>
      <source>Continuer avec la base telle qu'elle est</source>
      <translation>Continue with the database as it is</translation>
    </message>
    <message>
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Disque plein</source>
      <translation>Disk full</translation>
    </message>
    <message>
      <source>Réessayer</source>
      <translation>Try again</translation>
    </message>
    <message>
      <source>Fichier en lecture seule</source>
      <translation>Read-only file</translation>
    </message>
    <message>
      <source>Consulter en lecture seule</source>
      <translation>View read-only</translation>
    </message>
    <message>
      <source>Ouverture impossible</source>
      <translation>Unable to open</translation>
    </message>
    <message>
      <source>Restaurer quand même? La base actuelle n'est pas effacée : elle est gardée à côté, renommée.</source>
      <translation>Restore anyway? The current database is not deleted: it is kept next to it, renamed.</translation>
    </message>
    <message>
      <source>Moins de services dans la copie</source>
      <translation>Fewer services in the copy</translation>
    </message>
    <message>
      <source>Restauration impossible</source>
      <translation>Restore failed</translation>
    </message>
    <message>
      <source>Ouvrir un répertoire de services</source>
      <translation>Open a service inventory</translation>
    </message>
    <message>
      <source>Bases gesserv-bureau (*.sqlite *.db);;Tous les fichiers (*)</source>
      <translation>gesserv-bureau databases (*.sqlite *.db);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>DialogueApprobation</name>
    <message>
      <source>Certificat de l'approbateur</source>
      <translation>Approver's certificate</translation>
    </message>
    <message>
      <source>Certificats PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>Choisissez le certificat de l'approbateur (fichier .p12).</source>
      <translation>Choose the approver's certificate (.p12 file).</translation>
    </message>
    <message>
      <source>Indiquez qui approuve.</source>
      <translation>Say who approves.</translation>
    </message>
    <message>
      <source>Approuver « %1 »</source>
      <translation>Approve “%1”</translation>
    </message>
    <message>
      <source>Une approbation ne se défait pas : ce qui est approuvé ne se modifie plus. Signée avec le certificat de l'approbateur, elle se vérifie sur les autres postes; sans signature, elle ne vaut que sur ce poste.</source>
      <translation>An approval cannot be undone: what is approved can no longer be changed. Signed with the approver's certificate, it can be verified on other computers; without a signature, it holds on this computer only.</translation>
    </message>
    <message>
      <source>L'approbation a été donnée sans signature : signez-la avec le certificat de l'approbateur pour qu'elle arrive approuvée sur les autres postes.</source>
      <translation>The approval was given without a signature: sign it with the approver's certificate so that it arrives approved on other computers.</translation>
    </message>
    <message>
      <source>&amp;Signer l'approbation avec le certificat de l'approbateur (recommandé)</source>
      <translation>&amp;Sign the approval with the approver's certificate (recommended)</translation>
    </message>
    <message>
      <source>&amp;Certificat (.p12) :</source>
      <translation>&amp;Certificate (.p12):</translation>
    </message>
    <message>
      <source>Mot de &amp;passe :</source>
      <translation>Pass&amp;word:</translation>
    </message>
    <message>
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Approuver sans signature (valable sur ce &amp;poste seulement)</source>
      <translation>Approve without a signature (valid on this &amp;computer only)</translation>
    </message>
    <message>
      <source>&amp;Nom et titre de l'approbateur :</source>
      <translation>Approver's &amp;name and title:</translation>
    </message>
    <message>
      <source>&amp;Signer</source>
      <translation>&amp;Sign</translation>
    </message>
    <message>
      <source>&amp;Approuver</source>
      <translation>&amp;Approve</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>DialogueCertificats</name>
    <message>
      <source>Listes de révocation (*.crl)</source>
      <translation>Revocation lists (*.crl)</translation>
    </message>
    <message>
      <source>Certificats PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>Certificats (*.pem *.crt *.cer *.der)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
      <source>Fichier à créer</source>
      <translation>File to create</translation>
    </message>
    <message>
      <source>Fichier à ouvrir</source>
      <translation>File to open</translation>
    </message>
    <message>
      <source>Choisissez le fichier .p12 à créer.</source>
      <translation>Choose the .p12 file to create.</translation>
    </message>
    <message>
      <source>Choisissez le fichier .p12 de la racine ministérielle.</source>
      <translation>Choose the .p12 file of the departmental root.</translation>
    </message>
    <message>
      <source>Racine « {nom} » créée : {chemin} (valide jusqu'au {fin}). Gardez ce fichier hors ligne, en lieu sûr.</source>
      <translation>Root “{nom}” created: {chemin} (valid until {fin}). Keep this file offline, in a safe place.</translation>
    </message>
    <message>
      <source>Certificat de signature de « {nom} » créé : {chemin} (émis par « {emetteur} », valide jusqu'au {fin}).</source>
      <translation>Signing certificate of “{nom}” created: {chemin} (issued by “{emetteur}”, valid until {fin}).</translation>
    </message>
    <message>
      <source>Certificat personnel de « {nom} » créé : {chemin} (autosigné, valide jusqu'au {fin}).</source>
      <translation>Personal certificate of “{nom}” created: {chemin} (self-signed, valid until {fin}).</translation>
    </message>
    <message>
      <source>Certificat public « {nom} » écrit dans {chemin} : à donner aux vérificateurs (onglet « Racines de confiance »).</source>
      <translation>Public certificate “{nom}” written to {chemin}: give it to verifiers (“Trusted roots” tab).</translation>
    </message>
    <message>
      <source>Choisissez le fichier .p12 dont exporter le certificat public.</source>
      <translation>Choose the .p12 file whose public certificate to export.</translation>
    </message>
    <message>
      <source>Choisissez le fichier PEM à écrire.</source>
      <translation>Choose the PEM file to write.</translation>
    </message>
    <message>
      <source>Aucune racine de confiance retenue (dossier : %1). Ajoutez le certificat public (PEM) de la racine du ministère.</source>
      <translation>No trusted root remembered (folder: %1). Add the public certificate (PEM) of the department's root.</translation>
    </message>
    <message>
      <source>Ajouter une racine de confiance</source>
      <translation>Add a trusted root</translation>
    </message>
    <message>
      <source>La racine n'a pas pu être retirée : %1</source>
      <translation>The root could not be removed: %1</translation>
    </message>
    <message>
      <source>Sortes de certificats</source>
      <translation>Kinds of certificates</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Certificats de signature</source>
      <translation>Signing certificates</translation>
    </message>
    <message>
      <source>Racine ministérielle</source>
      <translation>Departmental root</translation>
    </message>
    <message>
      <source>Certificat d'utilisateur</source>
      <translation>User certificate</translation>
    </message>
    <message>
      <source>Certificat personnel</source>
      <translation>Personal certificate</translation>
    </message>
    <message>
      <source>Certificat public (PEM)</source>
      <translation>Public certificate (PEM)</translation>
    </message>
    <message>
      <source>Racines de confiance</source>
      <translation>Trusted roots</translation>
    </message>
    <message>
      <source>&amp;Mot de passe du fichier :</source>
      <translation>File &amp;password:</translation>
    </message>
    <message>
      <source>Con&amp;firmer le mot de passe :</source>
      <translation>Con&amp;firm the password:</translation>
    </message>
    <message>
      <source>La racine ministérielle (autorité de certification) émet les certificats des utilisateurs. Gardez son fichier hors ligne, en lieu sûr; son mot de passe a au moins 12 caractères. Donnez son certificat public (PEM) aux vérificateurs.</source>
      <translation>The departmental root (certificate authority) issues the users' certificates. Keep its file offline, in a safe place; its password has at least 12 characters. Give its public certificate (PEM) to verifiers.</translation>
    </message>
    <message>
      <source>&amp;Nom du ministère ou de l'organisme :</source>
      <translation>&amp;Name of the department or agency:</translation>
    </message>
    <message>
      <source>&amp;Durée de validité (années) :</source>
      <translation>&amp;Validity (years):</translation>
    </message>
    <message>
      <source>Fichier .p12 à &amp;créer :</source>
      <translation>.p12 file to &amp;create:</translation>
    </message>
    <message>
      <source>Certificat &amp;public à écrire (.pem, facultatif) :</source>
      <translation>P&amp;ublic certificate to write (.pem, optional):</translation>
    </message>
    <message>
      <source>Créer la &amp;racine</source>
      <translation>Create the &amp;root</translation>
    </message>
    <message>
      <source>Le certificat de signature d'un utilisateur, émis par la racine ministérielle : il faut le fichier de la racine et son mot de passe.</source>
      <translation>A user's signing certificate, issued by the departmental root: the root's file and its password are needed.</translation>
    </message>
    <message>
      <source>&amp;Nom du titulaire :</source>
      <translation>Holder's &amp;name:</translation>
    </message>
    <message>
      <source>C&amp;ourriel (facultatif) :</source>
      <translation>&amp;Email (optional):</translation>
    </message>
    <message>
      <source>Fichier .p12 de la &amp;racine :</source>
      <translation>&amp;Root .p12 file:</translation>
    </message>
    <message>
      <source>Mot de passe de la r&amp;acine :</source>
      <translation>Roo&amp;t password:</translation>
    </message>
    <message>
      <source>Créer le certificat d'&amp;utilisateur</source>
      <translation>Create the &amp;user certificate</translation>
    </message>
    <message>
      <source>Un certificat de signature personnel, autosigné, pour qui n'a pas de racine ministérielle : un vérificateur ne s'y fie que s'il a reçu ce certificat même (PEM).</source>
      <translation>A personal signing certificate, self-signed, for those without a departmental root: a verifier trusts it only after receiving this very certificate (PEM).</translation>
    </message>
    <message>
      <source>Cré&amp;er le certificat personnel</source>
      <translation>Cre&amp;ate the personal certificate</translation>
    </message>
    <message>
      <source>Le certificat public (jamais la clé) à donner aux vérificateurs : la racine de la chaîne du fichier, ou le certificat du titulaire.</source>
      <translation>The public certificate (never the key) to give to verifiers: the root of the file's chain, or the holder's certificate.</translation>
    </message>
    <message>
      <source>&amp;Fichier .p12 :</source>
      <translation>.p12 &amp;file:</translation>
    </message>
    <message>
      <source>Fichier .pem à é&amp;crire :</source>
      <translation>.pem file to &amp;write:</translation>
    </message>
    <message>
      <source>Le certificat du &amp;titulaire plutôt que la racine de sa chaîne</source>
      <translation>The &amp;holder's certificate rather than the root of its chain</translation>
    </message>
    <message>
      <source>E&amp;xporter le certificat public</source>
      <translation>E&amp;xport the public certificate</translation>
    </message>
    <message>
      <source>Les racines de confiance retenues servent à chaque vérification (PDF signés, approbations reçues). Comparez l'empreinte SHA-256 d'une racine à celle que publie le ministère.</source>
      <translation>The remembered trusted roots serve every verification (signed PDFs, received approvals). Compare a root's SHA-256 fingerprint with the one the department publishes.</translation>
    </message>
    <message>
      <source>Racines &amp;retenues :</source>
      <translation>&amp;Remembered roots:</translation>
    </message>
    <message>
      <source>Racines retenues</source>
      <translation>Remembered roots</translation>
    </message>
    <message>
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Empreinte SHA-256</source>
      <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
      <source>Valide jusqu'au</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>&amp;Ajouter une racine (.pem)…</source>
      <translation>&amp;Add a root (.pem)…</translation>
    </message>
    <message>
      <source>Re&amp;tirer la racine choisie</source>
      <translation>Remove the selec&amp;ted root</translation>
    </message>
    <message>
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Choisir le fichier</source>
      <translation>Choose the file</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>DialogueCopies</name>
    <message numerus="yes">
      <source>%n copie(s) endommagée(s) ou illisible(s) : elles ne peuvent pas être remises en place.</source>
      <translation>
        <numerusform>%n damaged or unreadable copy: it cannot be put back.</numerusform>
        <numerusform>%n damaged or unreadable copies: they cannot be put back.</numerusform>
      </translation>
    </message>
    <message>
      <source>Intacte</source>
      <translation>Intact</translation>
    </message>
    <message>
      <source>Vide (endommagée)</source>
      <translation>Empty (damaged)</translation>
    </message>
    <message>
      <source>Pas une copie de ce répertoire</source>
      <translation>Not a copy of this inventory</translation>
    </message>
    <message>
      <source>Endommagée</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <source>Restaurer une copie de sécurité</source>
      <translation>Restore a backup copy</translation>
    </message>
    <message>
      <source>Copie à remettre en place (la plus récente d'abord) :</source>
      <translation>Copy to put back (most recent first):</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Taille</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <source>&amp;Restaurer…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>DialogueCriteres1B</name>
    <message>
      <source>Aucun critère du ministère pour l'instant : chaque 1B n'évalue que les considérations de l'annexe 1B. Pour en ajouter un, écrivez son nom en français (et en anglais) ci-dessous, puis « Ajouter le critère ».</source>
      <translation>No department criteria yet: each 1B assesses only the considerations of Appendix 1B. To add one, type its name in French (and in English) below, then "Add the criterion".</translation>
    </message>
    <message>
      <source>Critères de priorité</source>
      <translation>Priority criteria</translation>
    </message>
    <message>
      <source>Autres critères du ministère (1B)</source>
      <translation>Department's other criteria (1B)</translation>
    </message>
    <message>
      <source>L'annexe 1B prévoit, parmi les points à considérer :</source>
      <translation>Among the points to consider, Appendix 1B provides for:</translation>
    </message>
    <message>
      <source>Les critères ajoutés ici paraissent dans chaque évaluation 1B en brouillon et dans les nouvelles, sous « Autres critères » : chacun s'évalue élevé, moyen ou faible, avec son exemple et son analyse, et se lit dans le rapport comme un critère du ministère. Un critère retiré reste dans les évaluations qui l'ont évalué.</source>
      <translation>The criteria added here appear in every draft and new 1B assessment, under “Other criteria”: each one is rated high, medium or low, with its example and analysis, and reads in the report as a department's criterion. A removed criterion stays in the assessments that rated it.</translation>
    </message>
    <message>
      <source>Critères du ministère en vigueur :</source>
      <translation>Department's criteria in force:</translation>
    </message>
    <message>
      <source>&amp;Nom du critère (français) :</source>
      <translation>&amp;Name of the criterion (French):</translation>
    </message>
    <message>
      <source>Nom en an&amp;glais (facultatif) :</source>
      <translation>En&amp;glish name (optional):</translation>
    </message>
    <message>
      <source>&amp;Ajouter le critère</source>
      <translation>&amp;Add the criterion</translation>
    </message>
    <message>
      <source>&amp;Retirer le critère choisi</source>
      <translation>&amp;Remove the selected criterion</translation>
    </message>
  </context>
  <context>
    <name>DialogueDivergences</name>
    <message>
      <source>votre changement (refusé)</source>
      <translation>your change (refused)</translation>
    </message>
    <message>
      <source>inchangée</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <source>présente</source>
      <translation>present</translation>
    </message>
    <message>
      <source>supprimée</source>
      <translation>deleted</translation>
    </message>
    <message>
      <source>présente, avec ce que d'autres y ont ajouté ou changé depuis l'emport : %1</source>
      <translation>present, with what others have added or changed under it since it was taken offline: %1</translation>
    </message>
    <message>
      <source>présente, avec ce que vous y avez ajouté ou changé : %1</source>
      <translation>present, with what you added or changed under it: %1</translation>
    </message>
    <message>
      <source>(absente)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>(vide)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>Renvoyer au serveur : des changements se croisent</source>
      <translation>Sending back: some changes cross</translation>
    </message>
    <message>
      <source>%1 changement(s) de ce poste croisent ceux que le serveur a reçus depuis l'emport. Rien n'a été renvoyé et rien n'est perdu. Pour chaque ligne, choisissez la version à garder : la vôtre ou celle du serveur. Rien n'est choisi pour vous.</source>
      <translation>%1 change(s) on this workstation cross those the server received since the base was taken offline. Nothing was sent and nothing is lost. For each row, choose the version to keep: yours or the server's. Nothing is chosen for you.</translation>
    </message>
    <message>
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>À l'emport</source>
      <translation>When taken offline</translation>
    </message>
    <message>
      <source>La vôtre</source>
      <translation>Yours</translation>
    </message>
    <message>
      <source>Sur le serveur</source>
      <translation>On the server</translation>
    </message>
    <message>
      <source>À garder</source>
      <translation>Keep</translation>
    </message>
    <message>
      <source>— à choisir —</source>
      <translation>— to choose —</translation>
    </message>
    <message>
      <source>Garder la vôtre</source>
      <translation>Keep yours</translation>
    </message>
    <message>
      <source>Garder celle du serveur</source>
      <translation>Keep the server's</translation>
    </message>
    <message>
      <source>Version à garder : %1</source>
      <translation>Version to keep: %1</translation>
    </message>
    <message>
      <source>À l'&amp;emport</source>
      <translation>When taken &amp;out</translation>
    </message>
    <message>
      <source>La &amp;vôtre</source>
      <translation>&amp;Yours</translation>
    </message>
    <message>
      <source>Sur le &amp;serveur</source>
      <translation>On the se&amp;rver</translation>
    </message>
    <message>
      <source>Tout garder de &amp;mon côté</source>
      <translation>Keep &amp;mine for all</translation>
    </message>
    <message>
      <source>Tout garder du serve&amp;ur</source>
      <translation>Keep the ser&amp;ver's for all</translation>
    </message>
    <message>
      <source>&amp;Renvoyer</source>
      <translation>&amp;Send back</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Encore %1 ligne(s) à trancher.</source>
      <translation>%1 row(s) still to settle.</translation>
    </message>
  </context>
  <context>
    <name>DialogueEmport</name>
    <message>
      <source>Emporter hors ligne</source>
      <translation>Take offline</translation>
    </message>
    <message>
      <source>Copier, du répertoire ministériel, les services de vos secteurs, leurs évaluations, les séances et les stratégies dans une nouvelle base de ce poste. Vous y travaillez sans réseau, puis Fichier › Renvoyer au serveur ministériel fusionne vos changements avec ceux des autres, sans rien perdre.</source>
      <translation>Copy, from the departmental inventory, the services of your sectors, their assessments, the review sessions and the strategies into a new base on this workstation. You work in it with no network, then File › Send back to the departmental server merges your changes with everyone else's, losing nothing.</translation>
    </message>
    <message>
      <source>&amp;Adresse du répertoire ministériel :</source>
      <translation>Departmental inventory &amp;address:</translation>
    </message>
    <message>
      <source>&amp;Mot de passe :</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Base à créer :</source>
      <translation>&amp;Base to create:</translation>
    </message>
    <message>
      <source>postgresql://personne@serveur/base, ou service=NOM</source>
      <translation>postgresql://person@server/database, or service=NAME</translation>
    </message>
    <message>
      <source>seulement si le serveur en demande un; jamais gardé</source>
      <translation>only if the server asks for one; never kept</translation>
    </message>
    <message>
      <source>&amp;Parcourir…</source>
      <translation>B&amp;rowse…</translation>
    </message>
    <message>
      <source>&amp;Emporter</source>
      <translation>&amp;Take offline</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Base à créer</source>
      <translation>Base to create</translation>
    </message>
    <message>
      <source>Répertoires gesserv-bureau (*.sqlite *.db)</source>
      <translation>gesserv-bureau inventories (*.sqlite *.db)</translation>
    </message>
    <message>
      <source>« %1 » n'est pas l'adresse d'un serveur PostgreSQL : écrivez postgresql://personne@serveur/base, ou service=NOM.</source>
      <translation>“%1” is not the address of a PostgreSQL server: write postgresql://person@server/database, or service=NAME.</translation>
    </message>
    <message>
      <source>Le fichier %1 existe déjà : la base emportée est un nouveau fichier. Choisissez un autre nom.</source>
      <translation>The file %1 already exists: the offline base is a new file. Choose another name.</translation>
    </message>
  </context>
  <context>
    <name>DialogueImport</name>
    <message>
      <source>Choisir un fichier des données ouvertes</source>
      <translation>Choose an open-data file</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
      <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
      <source>Lecture et vérification de « %1 »…</source>
      <translation>Reading and checking “%1”…</translation>
    </message>
    <message>
      <source>Le fichier n'a pas pu être lu : %1</source>
      <translation>The file could not be read: %1</translation>
    </message>
    <message>
      <source>Import en cours : rien n'est écrit tant que tout n'est pas prêt…</source>
      <translation>Importing: nothing is written until everything is ready…</translation>
    </message>
    <message>
      <source>ligne %1, %2 : « %3 » → « %4 »</source>
      <translation>row %1, %2: “%3” → “%4”</translation>
    </message>
    <message>
      <source>Des noms changeraient par l'encodage</source>
      <translation>Names would change by encoding</translation>
    </message>
    <message>
      <source>%1 services changeraient de nom seulement par l'encodage des caractères : le fichier ou le répertoire a sans doute été enregistré ou relu dans le mauvais encodage (UTF-8 et Windows-1252). Vérifiez lequel est juste.</source>
      <translation>%1 services would change name only by character encoding: the file or the inventory was probably saved or read in the wrong encoding (UTF-8 and Windows-1252). Check which one is right.</translation>
    </message>
    <message>
      <source>Importer quand même ces changements ?</source>
      <translation>Import these changes anyway?</translation>
    </message>
    <message>
      <source>Importer quand même</source>
      <translation>Import anyway</translation>
    </message>
    <message>
      <source>Ne pas importer</source>
      <translation>Do not import</translation>
    </message>
    <message>
      <source>Import terminé — normes ajoutées : %1, mises à jour : %2, inchangées : %3; services créés pour elles : %4.</source>
      <translation>Import complete — standards added: %1, updated: %2, unchanged: %3; services created for them: %4.</translation>
    </message>
    <message>
      <source>Import terminé — services ajoutés : %1, mis à jour : %2, inchangés : %3.</source>
      <translation>Import complete — services added: %1, updated: %2, unchanged: %3.</translation>
    </message>
    <message>
      <source>Problèmes</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Erreur</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Avertissement</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Problèmes (%1)</source>
      <translation>Problems (%1)</translation>
    </message>
    <message>
      <source>%1 — %2 lignes, exercices : %3.</source>
      <translation>%1 — %2 rows, fiscal years: %3.</translation>
    </message>
    <message>
      <source>Prêt à importer : %1 lignes. Avertissements : %2 (ils n'empêchent rien).</source>
      <translation>Ready to import: %1 rows. Warnings: %2 (they block nothing).</translation>
    </message>
    <message>
      <source>Dont %1 lignes identiques à leur dernier import, pour des services inchangés depuis : rien à y changer.</source>
      <translation>Including %1 rows identical to their last import, for services unchanged since: nothing to change.</translation>
    </message>
    <message>
      <source>Attention : %1 noms ne changeraient que par l'encodage des caractères (voir l'onglet Problèmes); l'import le demandera.</source>
      <translation>Caution: %1 names would change only by character encoding (see the Problems tab); the import will ask.</translation>
    </message>
    <message>
      <source>Erreurs : %1. Rien ne sera importé. Corrigez le fichier (voir l'onglet Problèmes, que vous pouvez enregistrer), puis choisissez-le de nouveau.</source>
      <translation>Errors: %1. Nothing will be imported. Correct the file (see the Problems tab, which you can save), then choose it again.</translation>
    </message>
    <message>
      <source>Enregistrer le rapport</source>
      <translation>Save the report</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Le rapport n'a pas pu être enregistré : %1</source>
      <translation>The report could not be saved: %1</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Problèmes relevés</source>
      <translation>Problems found</translation>
    </message>
    <message>
      <source>Résultats de l'analyse</source>
      <translation>Analysis results</translation>
    </message>
    <message>
      <source>Aperçu du fichier</source>
      <translation>File preview</translation>
    </message>
    <message>
      <source>Importer des données ouvertes</source>
      <translation>Import open data</translation>
    </message>
    <message>
      <source>&amp;Fichier :</source>
      <translation>&amp;File:</translation>
    </message>
    <message>
      <source>&amp;Choisir…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <source>&amp;Enregistrer le rapport (CSV)…</source>
      <translation>&amp;Save the report (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Importer</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Aperçu (%1 premières lignes)</source>
      <translation>Preview (first %1 rows)</translation>
    </message>
    <message>
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Colonne</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Gravité</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Problème</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Choisissez un fichier CSV des données ouvertes du Répertoire des services du GC : le répertoire (format actuel de 46 colonnes, ou gabarit 2016-2020 de 39 ou 37 colonnes) ou les normes de service (24 colonnes). Rien n'est importé avant que vous ne cliquiez sur Importer.</source>
      <translation>Choose a GC Service Inventory open-data CSV file: the inventory (current 46-column format, or the 2016–2020 template of 39 or 37 columns) or the service standards (24 columns). Nothing is imported until you click Import.</translation>
    </message>
  </context>
  <context>
    <name>DialogueJournal</name>
    <message>
      <source>Journal des modifications</source>
      <translation>Change log</translation>
    </message>
    <message>
      <source>Date et heure</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>Utilisateur</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Objet</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Élément</source>
      <translation>Element</translation>
    </message>
    <message>
      <source>Avant</source>
      <translation>Before</translation>
    </message>
    <message>
      <source>Après</source>
      <translation>After</translation>
    </message>
    <message>
      <source>Création</source>
      <translation>Creation</translation>
    </message>
    <message>
      <source>Modification</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Suppression</source>
      <translation>Deletion</translation>
    </message>
    <message>
      <source>Rétablissement</source>
      <translation>Restoration</translation>
    </message>
    <message>
      <source>Report à l'exercice suivant</source>
      <translation>Carry-over to the next fiscal year</translation>
    </message>
    <message>
      <source>Ajout en lot</source>
      <translation>Batch addition</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Fin de l'évaluation</source>
      <translation>Assessment completed</translation>
    </message>
    <message>
      <source>Approbation</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>Lien avec le répertoire</source>
      <translation>Link to the inventory</translation>
    </message>
    <message>
      <source>Réouverture de l'évaluation</source>
      <translation>Assessment reopened</translation>
    </message>
    <message>
      <source>Retrait</source>
      <translation>Withdrawal</translation>
    </message>
    <message>
      <source>Emport hors ligne</source>
      <translation>Taken offline</translation>
    </message>
    <message>
      <source>Versement d'une base du poste</source>
      <translation>Local database uploaded</translation>
    </message>
    <message>
      <source>Le journal est vide : aucune modification n'a encore été enregistrée dans ce répertoire.</source>
      <translation>The journal is empty: no change has been recorded in this inventory yet.</translation>
    </message>
  </context>
  <context>
    <name>DialogueMetadonnees</name>
    <message>
      <source>Métadonnées du répertoire %1</source>
      <translation>Inventory metadata for %1</translation>
    </message>
    <message>
      <source>La ligne directrice (2.1.5) demande que le répertoire indique son ou ses gardiens et la date de sa dernière révision.</source>
      <translation>The guideline (2.1.5) asks that the inventory identify its custodian(s) and the date of its last revision.</translation>
    </message>
    <message>
      <source>Gardien(s) du répertoire</source>
      <translation>Custodian(s) of the inventory</translation>
    </message>
    <message>
      <source>Date de la dernière révision</source>
      <translation>Date of last revision</translation>
    </message>
  </context>
  <context>
    <name>DialogueNorme</name>
    <message>
      <source>Numéro d'&amp;ID de la norme</source>
      <translation>Standard &amp;ID</translation>
    </message>
    <message>
      <source>Norme (&amp;français)</source>
      <translation>Standard (&amp;French)</translation>
    </message>
    <message>
      <source>Norme (an&amp;glais)</source>
      <translation>Standard (En&amp;glish)</translation>
    </message>
    <message>
      <source>&amp;Type de norme</source>
      <translation>Standard &amp;type</translation>
    </message>
    <message>
      <source>Modes de prestation</source>
      <translation>Delivery channels</translation>
    </message>
    <message>
      <source>Commentaires sur le mode (français)</source>
      <translation>Channel comments (French)</translation>
    </message>
    <message>
      <source>Commentaires sur le mode (anglais)</source>
      <translation>Channel comments (English)</translation>
    </message>
    <message>
      <source>&amp;Cible de rendement opérationnel</source>
      <translation>Operational performance &amp;target</translation>
    </message>
    <message>
      <source>Type de cible</source>
      <translation>Target type</translation>
    </message>
    <message>
      <source>Niveau d'&amp;approbation</source>
      <translation>&amp;Approval level</translation>
    </message>
    <message>
      <source>Date d'approbation</source>
      <translation>Approval date</translation>
    </message>
    <message>
      <source>Page des normes et des cibles (français)</source>
      <translation>Standards and targets page (French)</translation>
    </message>
    <message>
      <source>Page des normes et des cibles (anglais)</source>
      <translation>Standards and targets page (English)</translation>
    </message>
    <message>
      <source>Page des résultats (français)</source>
      <translation>Results page (French)</translation>
    </message>
    <message>
      <source>Page des résultats (anglais)</source>
      <translation>Results page (English)</translation>
    </message>
    <message>
      <source>Rendement en temps réel (français)</source>
      <translation>Real-time performance (French)</translation>
    </message>
    <message>
      <source>Rendement en temps réel (anglais)</source>
      <translation>Real-time performance (English)</translation>
    </message>
    <message>
      <source>Mise en œuvre</source>
      <translation>Implementation</translation>
    </message>
    <message>
      <source>Modifier la norme de service</source>
      <translation>Edit the service standard</translation>
    </message>
    <message>
      <source>Nouvelle norme de service</source>
      <translation>New service standard</translation>
    </message>
    <message>
      <source>Champs de la norme de service</source>
      <translation>Service standard fields</translation>
    </message>
    <message>
      <source>La norme de service est un engagement public à l'égard d'un niveau de rendement mesurable auquel les clients peuvent s'attendre dans des « circonstances normales ». La cible de rendement opérationnel est la fréquence (souvent exprimée en pourcentage) selon laquelle l'organisation s'attend de respecter la norme de service (2.7.2, 2.7.6). Les résultats se mesurent ensuite, dans « Résultats et plan d'action ».</source>
      <translation>A service standard is a public commitment to a measurable level of performance that clients can expect under “normal circumstances”. The operational performance target is how often (often expressed as a percentage) the organization expects to meet the service standard (2.7.2, 2.7.6). Results are then recorded in “Results and action plan”.</translation>
    </message>
    <message>
      <source>— non précisé —</source>
      <translation>— not specified —</translation>
    </message>
    <message>
      <source>Aucune cible</source>
      <translation>No target</translation>
    </message>
    <message>
      <source>AAAA-MM-JJ</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>https://…</source>
      <translation>https://…</translation>
    </message>
    <message>
      <source>Norme encore aux premières étapes de sa mise en œuvre (2.7.10)</source>
      <translation>Standard still in the early stages of its implementation (2.7.10)</translation>
    </message>
    <message>
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>DialoguePonderation1B</name>
    <message>
      <source>Pondération des critères</source>
      <translation>Criteria weighting</translation>
    </message>
    <message>
      <source>Pondération du ministère (1B)</source>
      <translation>Department's weighting (1B)</translation>
    </message>
    <message>
      <source>Pondération du ministère pour l'outil 1B (facultative)</source>
      <translation>Department's weighting for the 1B tool (optional)</translation>
    </message>
    <message>
      <source>L'annexe 1B ne fixe ni poids, ni note, ni seuil : elle demande une évaluation (élevé, moyen ou faible) pour chaque point à considérer, puis la décision « oui » ou « non », justifiée. Le ministère peut, s'il le veut, se donner ici une pondération : elle paraît alors dans chaque évaluation 1B qui l'a utilisée, sous le nom « Pondération du ministère, version N », jamais comme un chiffre de la ligne directrice, et la décision reste celle du ministère.</source>
      <translation>Appendix 1B sets no weight, no score and no threshold: it asks for a rating (high, medium or low) for each point to consider, then the “yes” or “no” decision, with its rationale. The department may, if it wishes, set itself a weighting here: it then appears in every 1B assessment that used it, under the name “Department's weighting, version N”, never as a figure of the guideline, and the decision remains the department's.</translation>
    </message>
    <message>
      <source>Ce que permet la section 1.5.1 :</source>
      <translation>What section 1.5.1 allows:</translation>
    </message>
    <message>
      <source>Chaque enregistrement crée une nouvelle version. Les évaluations en brouillon suivent la version en vigueur; une évaluation terminée garde la version avec laquelle elle a été faite.</source>
      <translation>Each save creates a new version. Draft assessments follow the version in force; a completed assessment keeps the version it was made with.</translation>
    </message>
    <message>
      <source>Poids de chaque point (0 l'écarte du calcul) :</source>
      <translation>Weight of each point (0 leaves it out of the calculation):</translation>
    </message>
    <message>
      <source>Échelle et seuils du ministère :</source>
      <translation>Department's scale and thresholds:</translation>
    </message>
    <message>
      <source>Valeur d'« élevé » :</source>
      <translation>Value of “high”:</translation>
    </message>
    <message>
      <source>Valeur de « moyen » :</source>
      <translation>Value of “medium”:</translation>
    </message>
    <message>
      <source>Valeur de « faible » :</source>
      <translation>Value of “low”:</translation>
    </message>
    <message>
      <source>Résultat « élevé » à partir de :</source>
      <translation>Result “high” from:</translation>
    </message>
    <message>
      <source>Résultat « moyen » à partir de :</source>
      <translation>Result “medium” from:</translation>
    </message>
    <message>
      <source>Versions :</source>
      <translation>Versions:</translation>
    </message>
    <message>
      <source>&amp;Enregistrer une nouvelle version</source>
      <translation>&amp;Save as a new version</translation>
    </message>
    <message>
      <source>&amp;Retirer la pondération</source>
      <translation>&amp;Remove the weighting</translation>
    </message>
  </context>
  <context>
    <name>DialogueProfil</name>
    <message>
      <source>&amp;Nom complet</source>
      <translation>Full &amp;name</translation>
    </message>
    <message>
      <source>&amp;Titre</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <source>&amp;Unité</source>
      <translation>&amp;Unit</translation>
    </message>
    <message>
      <source>&amp;Ministère ou organisme</source>
      <translation>&amp;Department or agency</translation>
    </message>
    <message>
      <source>&amp;Courriel</source>
      <translation>&amp;Email</translation>
    </message>
    <message>
      <source>p. ex. Marie Tremblay</source>
      <translation>e.g. Marie Tremblay</translation>
    </message>
    <message>
      <source>p. ex. Directrice, Bureau de la gestion des services</source>
      <translation>e.g. Director, Service Management Office</translation>
    </message>
    <message>
      <source>p. ex. Direction générale des services ministériels</source>
      <translation>e.g. Corporate Services Branch</translation>
    </message>
    <message>
      <source>p. ex. Agriculture et Agroalimentaire Canada</source>
      <translation>e.g. Agriculture and Agri-Food Canada</translation>
    </message>
    <message>
      <source>p. ex. marie.tremblay@agr.gc.ca</source>
      <translation>e.g. marie.tremblay@agr.gc.ca</translation>
    </message>
    <message>
      <source>Bienvenue dans gesserv-bureau — votre profil</source>
      <translation>Welcome to gesserv-bureau — your profile</translation>
    </message>
    <message>
      <source>Qui préparera les rapports? Votre nom et votre titre paraissent sous « Préparé par » dans le bloc d'approbation de chaque rapport, votre ministère en tête des rapports, et votre nom comme auteur des évaluations, séances et stratégies que vous créez. Ils restent sur ce poste, dans vos préférences.</source>
      <translation>Who will prepare the reports? Your name and title appear under “Prepared by” in the approval block of every report, your department at the top of reports, and your name as the author of the assessments, sessions and strategies you create. They stay on this computer, in your preferences.</translation>
    </message>
    <message>
      <source>Vous pouvez passer cette étape : les rapports laisseront alors le nom et le titre de « Préparé par » en blanc, à remplir à la main. Le profil se remplit plus tard dans Édition › Profil…</source>
      <translation>You can skip this step: reports will then leave the “Prepared by” name and title blank, to be filled in by hand. You can fill in the profile later in Edit › Profile…</translation>
    </message>
    <message>
      <source>Plus &amp;tard</source>
      <translation>&amp;Later</translation>
    </message>
    <message>
      <source>Votre profil</source>
      <translation>Your profile</translation>
    </message>
    <message>
      <source>Votre nom et votre titre paraissent sous « Préparé par » dans le bloc d'approbation de chaque rapport, votre ministère en tête des rapports, et votre nom comme auteur des évaluations, séances et stratégies que vous créez. Les dossiers déjà créés gardent leur auteur.</source>
      <translation>Your name and title appear under “Prepared by” in the approval block of every report, your department at the top of reports, and your name as the author of the assessments, sessions and strategies you create. Records already created keep their author.</translation>
    </message>
    <message>
      <source>Sans nom, les rapports laissent le nom de « Préparé par » en blanc, à remplir à la main. Le tampon d'une signature numérique porte toujours le nom du certificat.</source>
      <translation>Without a name, reports leave the “Prepared by” name blank, to be filled in by hand. A digital signature's stamp always carries the certificate's name.</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
  </context>
  <context>
    <name>DialogueRapport</name>
    <message>
      <source>Préparation du rapport…</source>
      <translation>Preparing the report…</translation>
    </message>
    <message>
      <source>Aucun élément terminé ou approuvé : le plus récent, une ébauche, est montré.</source>
      <translation>Nothing finished or approved: the most recent item, a draft, is shown.</translation>
    </message>
    <message>
      <source>Ébauche : l'élément n'est pas encore approuvé; « ÉBAUCHE » est marqué sur chaque page.</source>
      <translation>Draft: the item is not approved yet; “DRAFT” is marked on every page.</translation>
    </message>
    <message>
      <source>Ce rapport ne peut pas être produit : l'élément demandé n'existe plus.</source>
      <translation>This report cannot be produced: the requested item no longer exists.</translation>
    </message>
    <message>
      <source>Le rapport n'a pas pu être produit : %1</source>
      <translation>The report could not be produced: %1</translation>
    </message>
    <message>
      <source>Enregistrer le rapport PDF</source>
      <translation>Save the PDF report</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.</source>
      <translation>File %1 could not be written: %2. Nothing was replaced.</translation>
    </message>
    <message>
      <source>Rapport enregistré : %1</source>
      <translation>Report saved: %1</translation>
    </message>
    <message>
      <source>Documents Word (*.docx)</source>
      <translation>Word documents (*.docx)</translation>
    </message>
    <message>
      <source>Présentations PowerPoint (*.pptx)</source>
      <translation>PowerPoint presentations (*.pptx)</translation>
    </message>
    <message>
      <source>Enregistrer le rapport en Word</source>
      <translation>Save the report in Word</translation>
    </message>
    <message>
      <source>Enregistrer le rapport en PowerPoint</source>
      <translation>Save the report in PowerPoint</translation>
    </message>
    <message>
      <source>L'impression n'a pas pu commencer.</source>
      <translation>Printing could not start.</translation>
    </message>
    <message>
      <source>Aperçu du rapport</source>
      <translation>Report preview</translation>
    </message>
    <message>
      <source>Rapport — %1</source>
      <translation>Report — %1</translation>
    </message>
    <message>
      <source>Pages : %1 — empreinte SHA-256 %2…</source>
      <translation>Pages: %1 — SHA-256 fingerprint %2…</translation>
    </message>
    <message>
      <source>Rapport envoyé à l'impression (pages : %1).</source>
      <translation>Report sent to the printer (pages: %1).</translation>
    </message>
    <message>
      <source>Langue du rapport :</source>
      <translation>Report language:</translation>
    </message>
    <message>
      <source>&amp;Français</source>
      <translation>&amp;French</translation>
    </message>
    <message>
      <source>&amp;Anglais</source>
      <translation>&amp;English</translation>
    </message>
    <message>
      <source>&amp;Bilingue</source>
      <translation>&amp;Bilingual</translation>
    </message>
    <message>
      <source>&amp;Ministère (en-tête) :</source>
      <translation>&amp;Department (header):</translation>
    </message>
    <message>
      <source>&amp;Enregistrer le PDF…</source>
      <translation>&amp;Save the PDF…</translation>
    </message>
    <message>
      <source>&amp;Imprimer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>En &amp;Word…</source>
      <translation>As &amp;Word…</translation>
    </message>
    <message>
      <source>Enregistrer le rapport en Word (.docx), pour le modifier avant l'approbation</source>
      <translation>Save the report in Word (.docx), to edit it before approval</translation>
    </message>
    <message>
      <source>En Power&amp;Point…</source>
      <translation>As Power&amp;Point…</translation>
    </message>
    <message>
      <source>Enregistrer la stratégie en présentation PowerPoint (.pptx)</source>
      <translation>Save the strategy as a PowerPoint presentation (.pptx)</translation>
    </message>
    <message>
      <source>Enregistrer et &amp;signer…</source>
      <translation>Save and si&amp;gn…</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>DialogueRegistreRapports</name>
    <message>
      <source>Registre des rapports exportés et signés</source>
      <translation>Register of exported and signed reports</translation>
    </message>
    <message>
      <source>Rapports exportés et signés</source>
      <translation>Exported and signed reports</translation>
    </message>
    <message>
      <source>Date et heure</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>Utilisateur</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Geste</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Rapport</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Signataires</source>
      <translation>Signers</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Aucun rapport exporté ni signé pour l'instant. Chaque rapport enregistré (en PDF, en Word ou en PowerPoint) et chaque signature s'inscrit ici, avec l'empreinte SHA-256 du fichier : elle permet de retrouver le fichier exact qu'un cadre a approuvé.</source>
      <translation>No report exported or signed yet. Every report saved (as PDF, Word or PowerPoint) and every signature is recorded here, with the file's SHA-256 fingerprint: it lets you find the exact file an executive approved.</translation>
    </message>
  </context>
  <context>
    <name>DialogueRelier</name>
    <message>
      <source>Relier à un autre service</source>
      <translation>Link to another service</translation>
    </message>
    <message>
      <source>L'évaluation portera sur le service choisi (exercice %1). Le journal gardera l'ancien et le nouveau service.</source>
      <translation>The assessment will be about the chosen service (fiscal year %1). The log will keep the old and the new service.</translation>
    </message>
    <message>
      <source>tous</source>
      <translation>all</translation>
    </message>
    <message>
      <source>&amp;Rechercher (numéro d'ID ou nom) :</source>
      <translation>&amp;Search (ID number or name):</translation>
    </message>
    <message>
      <source>Aucun service ne correspond à la recherche.</source>
      <translation>No service matches the search.</translation>
    </message>
    <message>
      <source>Relier</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>DialogueSeances</name>
    <message>
      <source>Ce répertoire est ouvert en lecture seule : les séances se consultent, mais ne se modifient pas.</source>
      <translation>This inventory is open read-only: sessions can be viewed but not changed.</translation>
    </message>
    <message>
      <source>Examen des services prioritaires</source>
      <translation>Priority service review</translation>
    </message>
    <message>
      <source>Si&amp;gner l'approbation…</source>
      <translation>Si&amp;gn the approval…</translation>
    </message>
    <message>
      <source>&amp;Approuver…</source>
      <translation>A&amp;pprove…</translation>
    </message>
    <message>
      <source>La séance n'a pas pu être approuvée : elle doit être terminée, et son approbateur indiqué.</source>
      <translation>The session could not be approved: it must be completed, and its approver named.</translation>
    </message>
    <message>
      <source>Séance approuvée et signée par %1 : elle ne se modifie plus.</source>
      <translation>Session approved and signed by %1: it can no longer be changed.</translation>
    </message>
    <message>
      <source>Séance approuvée : elle ne se modifie plus. Sans signature, elle arrive « terminée » sur les autres postes.</source>
      <translation>Session approved: it can no longer be changed. Without a signature, it arrives “completed” on other computers.</translation>
    </message>
    <message>
      <source>Séances d'examen du groupe de travail (2.4.4)</source>
      <translation>Working group review sessions (2.4.4)</translation>
    </message>
    <message>
      <source>Examiner en &amp;séance (projecteur)</source>
      <translation>Review in &amp;meeting (projector)</translation>
    </message>
    <message>
      <source>Suivre en dire&amp;ct</source>
      <translation>Follow &amp;live</translation>
    </message>
    <message>
      <source>&amp;Procès-verbal (PDF)…</source>
      <translation>&amp;Minutes (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
  </context>
  <context>
    <name>DialogueSignature</name>
    <message>
      <source>Rapport PDF à signer</source>
      <translation>PDF report to sign</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Certificat de signature</source>
      <translation>Signing certificate</translation>
    </message>
    <message>
      <source>Certificats PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
      <source>Enregistrer le PDF signé</source>
      <translation>Save the signed PDF</translation>
    </message>
    <message>
      <source>Le fichier %1 ne peut pas être lu : %2</source>
      <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
      <source>Ce PDF n'a plus de champ de signature libre : toutes les signatures prévues y sont.</source>
      <translation>This PDF has no free signature field left: all the planned signatures are in it.</translation>
    </message>
    <message>
      <source>Signatures déjà apposées : %1. Champ proposé : %2.</source>
      <translation>Signatures already applied: %1. Proposed field: %2.</translation>
    </message>
    <message>
      <source>Choisissez la carte et la clé qui signeront.</source>
      <translation>Choose the card and the key that will sign.</translation>
    </message>
    <message>
      <source>Choisissez votre certificat de signature (fichier .p12).</source>
      <translation>Choose your signing certificate (.p12 file).</translation>
    </message>
    <message>
      <source>Choisissez un autre fichier pour le PDF signé : l'original reste tel quel.</source>
      <translation>Choose another file for the signed PDF: the original stays as it is.</translation>
    </message>
    <message>
      <source>Remplacer le fichier ?</source>
      <translation>Replace the file?</translation>
    </message>
    <message>
      <source>Le fichier %1 existe déjà. Le remplacer par le PDF signé ?</source>
      <translation>File %1 already exists. Replace it with the signed PDF?</translation>
    </message>
    <message>
      <source>Le fichier %1 existe déjà : rien n'a été écrit. Choisissez un autre nom.</source>
      <translation>File %1 already exists: nothing was written. Choose another name.</translation>
    </message>
    <message>
      <source>Signature en cours…</source>
      <translation>Signing…</translation>
    </message>
    <message>
      <source>PDF signé enregistré : %1. Signataires : %2.</source>
      <translation>Signed PDF saved: %1. Signers: %2.</translation>
    </message>
    <message>
      <source>Attention : l'identité de %1, qui avait déjà signé, n'est pas vérifiée (aucune racine de confiance retenue ne la reconnaît).</source>
      <translation>Warning: the identity of %1, who had already signed, is not verified (no remembered trusted root recognises it).</translation>
    </message>
    <message>
      <source>Le fichier n'a pas pu être lu ou écrit : %1</source>
      <translation>The file could not be read or written: %1</translation>
    </message>
    <message>
      <source>Signer un rapport PDF</source>
      <translation>Sign a PDF report</translation>
    </message>
    <message>
      <source>&amp;Rapport PDF :</source>
      <translation>&amp;PDF report:</translation>
    </message>
    <message>
      <source>C&amp;hamp de signature :</source>
      <translation>Signature &amp;field:</translation>
    </message>
    <message>
      <source>Clé &amp;de signature :</source>
      <translation>Signing &amp;key from:</translation>
    </message>
    <message>
      <source>Fichier PKCS#12</source>
      <translation>PKCS#12 file</translation>
    </message>
    <message>
      <source>Carte ou jeton (PKCS#11)</source>
      <translation>Card or token (PKCS#11)</translation>
    </message>
    <message>
      <source>&amp;Certificat (.p12) :</source>
      <translation>&amp;Certificate (.p12):</translation>
    </message>
    <message>
      <source>Mot de &amp;passe :</source>
      <translation>Pass&amp;word:</translation>
    </message>
    <message>
      <source>Rai&amp;son (facultative) :</source>
      <translation>Rea&amp;son (optional):</translation>
    </message>
    <message>
      <source>&amp;Lieu (facultatif) :</source>
      <translation>&amp;Location (optional):</translation>
    </message>
    <message>
      <source>PDF signé à é&amp;crire :</source>
      <translation>Signed PDF to &amp;write:</translation>
    </message>
    <message>
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>&amp;Signer</source>
      <translation>&amp;Sign</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>DialogueStrategies</name>
    <message>
      <source>Mise à jour annuelle</source>
      <translation>Annual update</translation>
    </message>
    <message>
      <source>Stratégie</source>
      <translation>Strategy</translation>
    </message>
    <message>
      <source>approuvée le %1 par %2</source>
      <translation>approved on %1 by %2</translation>
    </message>
    <message>
      <source>brouillon</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>Nouvelle stratégie</source>
      <translation>New strategy</translation>
    </message>
    <message>
      <source>Titre de la stratégie :</source>
      <translation>Title of the strategy:</translation>
    </message>
    <message>
      <source>Stratégie de gestion des services</source>
      <translation>Service Management Strategy</translation>
    </message>
    <message>
      <source>Stratégies</source>
      <translation>Strategies</translation>
    </message>
    <message>
      <source>Stratégies de gestion des services</source>
      <translation>Service management strategies</translation>
    </message>
    <message>
      <source>&amp;Nouvelle stratégie…</source>
      <translation>&amp;New strategy…</translation>
    </message>
    <message>
      <source>&amp;Ouvrir</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Aucune stratégie encore. Créez-en une avec « Nouvelle stratégie… » : donnez-lui un titre, puis remplissez ses sections (sommaire, contexte, vision, analyse FFPM, objectifs et initiatives, rendement, risques, plan de travail) et cochez, dans le contexte, les services qu'elle touche parmi ceux du répertoire.</source>
      <translation>No strategy yet. Create one with “New strategy…”: give it a title, then fill in its sections (summary, context, vision, SWOT analysis, objectives and initiatives, performance, risks, workplan) and, in the context, check the services it covers among those in the inventory.</translation>
    </message>
  </context>
  <context>
    <name>DialogueSuiviNorme</name>
    <message>
      <source>Résultats et plan d'action de la norme</source>
      <translation>Results and action plan of the standard</translation>
    </message>
    <message>
      <source>Résultats, scénario et plan d'action</source>
      <translation>Results, scenario and action plan</translation>
    </message>
    <message>
      <source>Résultats (le rendement est calculé)</source>
      <translation>Results (the performance is computed)</translation>
    </message>
    <message>
      <source>Volume qui respecte la norme</source>
      <translation>Volume meeting the standard</translation>
    </message>
    <message>
      <source>Volume total</source>
      <translation>Total volume</translation>
    </message>
    <message>
      <source>Rendement</source>
      <translation>Performance</translation>
    </message>
    <message>
      <source>Exercice</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>T1 (avril à juin)</source>
      <translation>Q1 (April to June)</translation>
    </message>
    <message>
      <source>T2 (juillet à septembre)</source>
      <translation>Q2 (July to September)</translation>
    </message>
    <message>
      <source>T3 (octobre à décembre)</source>
      <translation>Q3 (October to December)</translation>
    </message>
    <message>
      <source>T4 (janvier à mars)</source>
      <translation>Q4 (January to March)</translation>
    </message>
    <message>
      <source>Résultats de la norme par période</source>
      <translation>Results of the standard by period</translation>
    </message>
    <message>
      <source>Enregistrer les &amp;résultats</source>
      <translation>Save the &amp;results</translation>
    </message>
    <message>
      <source>&amp;Tolérance du ministère (points de pourcentage)</source>
      <translation>Department's &amp;tolerance (percentage points)</translation>
    </message>
    <message>
      <source>Tableau 8 : plans d'action possibles</source>
      <translation>Table 8: possible action plans</translation>
    </message>
    <message>
      <source>Ajouter au &amp;plan</source>
      <translation>Add to the &amp;plan</translation>
    </message>
    <message>
      <source>Plan d'action de la norme</source>
      <translation>Action plan of the standard</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Responsable</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Échéance</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Plan de travail</source>
      <translation>Workplan</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>&amp;Action</translation>
    </message>
    <message>
      <source>Res&amp;ponsable</source>
      <translation>Res&amp;ponsible</translation>
    </message>
    <message>
      <source>É&amp;chéance</source>
      <translation>&amp;Due date</translation>
    </message>
    <message>
      <source>&amp;Statut</source>
      <translation>&amp;Status</translation>
    </message>
    <message>
      <source>AAAA-MM-JJ</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>&amp;Nouvelle action</source>
      <translation>&amp;New action</translation>
    </message>
    <message>
      <source>Enregistrer l'action</source>
      <translation>Save the action</translation>
    </message>
    <message>
      <source>Supprimer l'action</source>
      <translation>Delete the action</translation>
    </message>
    <message>
      <source>Stratégie :</source>
      <translation>Strategy:</translation>
    </message>
    <message>
      <source>Envoyer au plan de &amp;travail</source>
      <translation>Send to the &amp;workplan</translation>
    </message>
    <message>
      <source>Aucune stratégie modifiable</source>
      <translation>No strategy that can be edited</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Historique de la norme (chaque exercice)</source>
      <translation>History of the standard (each fiscal year)</translation>
    </message>
    <message>
      <source>Cible</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Scénario (tableau 8)</source>
      <translation>Scenario (Table 8)</translation>
    </message>
    <message>
      <source>Retirée le</source>
      <translation>Retired on</translation>
    </message>
    <message>
      <source>Historique de la norme</source>
      <translation>History of the standard</translation>
    </message>
    <message>
      <source>Un volume est un nombre entier : vérifiez la ligne « %1 ».</source>
      <translation>A volume is a whole number: check the “%1” row.</translation>
    </message>
    <message>
      <source>Aucun scénario : il faut une cible et un résultat (les volumes de l'exercice ou d'un trimestre).</source>
      <translation>No scenario: a target and a result (the volumes of the fiscal year or of a quarter) are needed.</translation>
    </message>
    <message>
      <source>Scénario %1 : </source>
      <translation>Scenario %1: </translation>
    </message>
    <message>
      <source>rendement %1, cible %2, tolérance ± %3 points</source>
      <translation>performance %1, target %2, tolerance ± %3 points</translation>
    </message>
    <message>
      <source>Le tableau 8 propose des questions et des actions selon que les résultats dépassent les normes, y sont conformes ou ne les atteignent pas. Inscrivez la cible et les résultats pour les voir ici.</source>
      <translation>Table 8 proposes questions and actions depending on whether results exceed, meet or do not meet the standards. Enter the target and the results to see them here.</translation>
    </message>
    <message>
      <source>Plan de mise en œuvre (2.7.10)</source>
      <translation>Implementation plan (2.7.10)</translation>
    </message>
    <message>
      <source>envoyée</source>
      <translation>sent</translation>
    </message>
    <message>
      <source>Action envoyée au plan de travail de « %1 ».</source>
      <translation>Action sent to the workplan of “%1”.</translation>
    </message>
  </context>
  <context>
    <name>DialogueVerification</name>
    <message>
      <source>PDF à vérifier</source>
      <translation>PDF to verify</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Listes de révocation</source>
      <translation>Revocation lists</translation>
    </message>
    <message>
      <source>Listes de révocation (*.crl *.pem *.der)</source>
      <translation>Revocation lists (*.crl *.pem *.der)</translation>
    </message>
    <message>
      <source>Certificats de confiance</source>
      <translation>Trusted certificates</translation>
    </message>
    <message>
      <source>Certificats (*.pem *.crt *.cer)</source>
      <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
      <source>« %1 » — empreinte SHA-256 %2 (valide jusqu'au %3)</source>
      <translation>“%1” — SHA-256 fingerprint %2 (valid until %3)</translation>
    </message>
    <message>
      <source>Importer une racine de confiance</source>
      <translation>Import a trusted root</translation>
    </message>
    <message>
      <source>Certificats (*.pem *.crt *.cer *.der)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
      <source>Racine oubliée : %1</source>
      <translation>Root forgotten: %1</translation>
    </message>
    <message>
      <source>Vérification en cours…</source>
      <translation>Verifying…</translation>
    </message>
    <message>
      <source>✔ Valide : chaque signature est intacte et de confiance, et le document n'a pas changé depuis.</source>
      <translation>✔ Valid: every signature is intact and trusted, and the document has not changed since.</translation>
    </message>
    <message>
      <source>⚠ Intact, signataire non vérifié : le document n'a pas changé depuis sa signature, mais aucune racine de confiance n'est retenue, donc rien ne prouve qui l'a signé. Importez la racine du ministère ci-dessus.</source>
      <translation>⚠ Intact, signer not verified: the document has not changed since it was signed, but no trusted root is remembered, so nothing proves who signed it. Import the department's root above.</translation>
    </message>
    <message>
      <source>⚠ Intact, signataire non vérifié : le document n'a pas changé depuis sa signature, mais aucune racine de confiance ne reconnaît %1 : rien ne prouve qui l'a signé.</source>
      <translation>⚠ Intact, signer not verified: the document has not changed since it was signed, but no trusted root recognises %1: nothing proves who signed it.</translation>
    </message>
    <message>
      <source>Détails de la vérification</source>
      <translation>Verification details</translation>
    </message>
    <message>
      <source>Autres certificats de &amp;confiance (cette fois seulement) :</source>
      <translation>Other trusted &amp;certificates (this time only):</translation>
    </message>
    <message>
      <source>✘ Vérification en échec : lisez le détail ci-dessous.</source>
      <translation>✘ Verification failed: read the details below.</translation>
    </message>
    <message>
      <source>Le fichier ne peut pas être lu : %1</source>
      <translation>The file cannot be read: %1</translation>
    </message>
    <message>
      <source>Vérifier les signatures d'un PDF</source>
      <translation>Verify the signatures of a PDF</translation>
    </message>
    <message>
      <source>&amp;PDF :</source>
      <translation>&amp;PDF:</translation>
    </message>
    <message>
      <source>&amp;Liste de révocation (CRL, facultative) :</source>
      <translation>Re&amp;vocation list (CRL, optional):</translation>
    </message>
    <message>
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Racines de confiance retenues (importées une fois, pour toutes les vérifications)</source>
      <translation>Remembered trusted roots (imported once, for every verification)</translation>
    </message>
    <message>
      <source>&amp;Importer une racine de confiance…</source>
      <translation>&amp;Import a trusted root…</translation>
    </message>
    <message>
      <source>&amp;Retirer</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>Aucune racine de confiance retenue : sans elle, aucun signataire ne peut être vérifié. Importez le certificat public (PEM) de la racine du ministère.</source>
      <translation>No trusted root remembered: without one, no signer can be verified. Import the public certificate (PEM) of the department's root.</translation>
    </message>
    <message>
      <source>&amp;Vérifier</source>
      <translation>&amp;Verify</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>Dialogues</name>
    <message>
      <source>&lt;h3&gt;gesserv-bureau %1&lt;/h3&gt;&lt;p&gt;Gestion des services du gouvernement du Canada, hors ligne : le répertoire des services, les outils de la &lt;i&gt;Ligne directrice sur la gestion des services&lt;/i&gt; (édition %2) et des rapports signés.&lt;/p&gt;&lt;p&gt;Édition appliquée : la &lt;i&gt;Ligne directrice sur la gestion des services&lt;/i&gt; du Secrétariat du Conseil du Trésor du Canada, édition %2 (publiée le 23 mars 2017), depuis remplacée par la &lt;i&gt;Politique sur les services et le numérique&lt;/i&gt; (2020) et sa ligne directrice, la &lt;i&gt;Ligne directrice sur les services et le numérique&lt;/i&gt;. L'édition est gardée avec chaque dossier (exercice et services du répertoire, évaluation, séance d'examen, stratégie) et nommée au pied de chaque page de chaque rapport.&lt;/p&gt;&lt;p&gt;Les textes français des outils sont ceux de la ligne directrice, mot pour mot. Les textes anglais sont la traduction du projet, faite avec soin : ce n'est pas la version anglaise officielle.&lt;/p&gt;&lt;p&gt;Base de données : %3&lt;br&gt;Schéma : version %4&lt;/p&gt;&lt;p&gt;Aucune donnée ne quitte cet ordinateur : l'application n'ouvre aucune connexion réseau.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;gesserv-bureau %1&lt;/h3&gt;&lt;p&gt;Government of Canada service management, offline: the service inventory, the tools of the &lt;i&gt;Guideline on Service Management&lt;/i&gt; (%2 edition) and signed reports.&lt;/p&gt;&lt;p&gt;Edition applied: the Treasury Board of Canada Secretariat &lt;i&gt;Guideline on Service Management&lt;/i&gt;, %2 edition (published March 23, 2017), since replaced by the &lt;i&gt;Policy on Service and Digital&lt;/i&gt; (2020) and its guideline, the &lt;i&gt;Guideline on Service and Digital&lt;/i&gt;. The edition is kept with every record (fiscal year and inventory services, assessment, review session, strategy) and named in the footer of every page of every report.&lt;/p&gt;&lt;p&gt;The French wording of the tools is the guideline's own, word for word. The English wording is the project's own careful translation: it is not the official English version.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Schema: version %4&lt;/p&gt;&lt;p&gt;No data leaves this computer: the application opens no network connections.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>À propos de gesserv-bureau</source>
      <translation>About gesserv-bureau</translation>
    </message>
  </context>
  <context>
    <name>DispositionFenetre</name>
    <message>
      <source>Sommaire de l'exercice</source>
      <translation>Fiscal year summary</translation>
    </message>
  </context>
  <context>
    <name>DonneesFormulaire</name>
    <message>
      <source>Aucun service sélectionné</source>
      <translation>No service selected</translation>
    </message>
    <message>
      <source>Nouveau service</source>
      <translation>New service</translation>
    </message>
  </context>
  <context>
    <name>EchangeSeances</name>
    <message>
      <source>Exporter la séance vers un autre poste</source>
      <translation>Export the session to another computer</translation>
    </message>
    <message>
      <source>Fichier JSON (*.json)</source>
      <translation>JSON file (*.json)</translation>
    </message>
    <message>
      <source>Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.</source>
      <translation>File %1 could not be written: %2. Nothing was replaced.</translation>
    </message>
    <message>
      <source>Séance d'examen « %1 » et ses évaluations (%2) exportées dans %3.</source>
      <translation>Review session “%1” and its assessments (%2) exported to %3.</translation>
    </message>
    <message>
      <source>Importer d'un autre poste</source>
      <translation>Import from another computer</translation>
    </message>
    <message>
      <source>Le fichier %1 n'a pas pu être lu : %2.</source>
      <translation>File %1 could not be read: %2.</translation>
    </message>
    <message>
      <source>Avertissement : %1</source>
      <translation>Warning: %1</translation>
    </message>
  </context>
  <context>
    <name>EditeurDate</name>
    <message>
      <source>(aucune date)</source>
      <translation>(no date)</translation>
    </message>
    <message>
      <source>AAAA-MM-JJ. Flèches ou calendrier pour choisir; Suppr : aucune date.</source>
      <translation>YYYY-MM-DD. Arrows or calendar to choose; Delete: no date.</translation>
    </message>
  </context>
  <context>
    <name>EditeurFFPM</name>
    <message>
      <source>Une entrée par ligne.</source>
      <translation>One entry per line.</translation>
    </message>
  </context>
  <context>
    <name>EditeurObjectifs</name>
    <message>
      <source>(initiative sans nom)</source>
      <translation>(unnamed initiative)</translation>
    </message>
    <message>
      <source>Plan d'action de la norme de service %1 (tableau 8)</source>
      <translation>Action plan of service standard %1 (Table 8)</translation>
    </message>
    <message>
      <source>Reprise de l'examen 2A : %1</source>
      <translation>Taken from the 2A review: %1</translation>
    </message>
    <message>
      <source>&amp;Nom de l'initiative :</source>
      <translation>Initiative &amp;name:</translation>
    </message>
    <message>
      <source>&amp;Description générale :</source>
      <translation>General &amp;description:</translation>
    </message>
    <message>
      <source>&amp;Justification (fondement de sa sélection comme initiative prioritaire) :</source>
      <translation>&amp;Rationale (basis for its selection as a priority initiative):</translation>
    </message>
    <message>
      <source>&amp;Cibles :</source>
      <translation>&amp;Targets:</translation>
    </message>
    <message>
      <source>É&amp;chéances :</source>
      <translation>Time&amp;lines:</translation>
    </message>
    <message>
      <source>&amp;Indicateurs de rendement :</source>
      <translation>Performance &amp;indicators:</translation>
    </message>
    <message>
      <source>C&amp;oûts de la mise en œuvre :</source>
      <translation>Implementation c&amp;osts:</translation>
    </message>
    <message>
      <source>&amp;Portée : services auxquels s'applique l'initiative</source>
      <translation>&amp;Scope: services the initiative applies to</translation>
    </message>
    <message>
      <source>Objecti&amp;fs visés :</source>
      <translation>Objecti&amp;ves addressed:</translation>
    </message>
    <message>
      <source>Objectifs (F2 pour modifier un objectif)</source>
      <translation>Objectives (F2 to edit an objective)</translation>
    </message>
    <message>
      <source>Initiatives d'amélioration des services</source>
      <translation>Service improvement initiatives</translation>
    </message>
    <message>
      <source>Ajouter un o&amp;bjectif</source>
      <translation>Add an o&amp;bjective</translation>
    </message>
    <message>
      <source>Retirer l'objectif</source>
      <translation>Remove the objective</translation>
    </message>
    <message>
      <source>&amp;Ajouter une initiative</source>
      <translation>&amp;Add an initiative</translation>
    </message>
    <message>
      <source>Retirer l'initiative</source>
      <translation>Remove the initiative</translation>
    </message>
  </context>
  <context>
    <name>EditeurObjectifsPlan</name>
    <message>
      <source>Un objectif par ligne. Tab ou un clic ailleurs pour enregistrer, Échap pour annuler.</source>
      <translation>One objective per line. Tab or a click elsewhere to save, Esc to cancel.</translation>
    </message>
  </context>
  <context>
    <name>EditeurRisques</name>
    <message>
      <source>Risques</source>
      <translation>Risks</translation>
    </message>
    <message>
      <source>Principaux risques de mise en œuvre</source>
      <translation>Key implementation risks</translation>
    </message>
    <message>
      <source>Probabilité</source>
      <translation>Likelihood</translation>
    </message>
    <message>
      <source>Incidence</source>
      <translation>Impact</translation>
    </message>
    <message>
      <source>Plans d'atténuation des risques</source>
      <translation>Risk mitigation plans</translation>
    </message>
    <message>
      <source>&amp;Ajouter un risque</source>
      <translation>&amp;Add a risk</translation>
    </message>
    <message>
      <source>Retirer le risque</source>
      <translation>Remove the risk</translation>
    </message>
  </context>
  <context>
    <name>EditeurSeance</name>
    <message>
      <source>(service supprimé)</source>
      <translation>(deleted service)</translation>
    </message>
    <message>
      <source>&amp;Titre :</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <source>&amp;Date :</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>Exercice :</source>
      <translation>Fiscal year:</translation>
    </message>
  </context>
  <context>
    <name>EditeurTextes</name>
    <message>
      <source>Texte de la section</source>
      <translation>Section text</translation>
    </message>
  </context>
  <context>
    <name>EnvoiEnDirect</name>
    <message>
      <source>En direct : les participants suivent la séance (envoyée à %1).</source>
      <translation>Live: the participants are following the session (sent at %1).</translation>
    </message>
    <message>
      <source>En direct : vos réponses partent au serveur et celles des autres arrivent ici (à jour à %1).</source>
      <translation>Live: your answers go to the server and the others' arrive here (up to date at %1).</translation>
    </message>
    <message>
      <source>Cette évaluation a été supprimée sur le serveur par une autre personne; elle n'est plus dans votre copie. Fermez la fenêtre.</source>
      <translation>This assessment was deleted on the server by someone else; it is no longer in your copy. Close the window.</translation>
    </message>
    <message>
      <source>Réponses de %1 reçues à %2 : elles sont à l'écran.</source>
      <translation>Answers from %1 received at %2: they are on screen.</translation>
    </message>
    <message>
      <source>Réponses d'autres personnes reçues à %1 : elles sont à l'écran.</source>
      <translation>Answers from other people received at %1: they are on screen.</translation>
    </message>
    <message>
      <source>Un changement croise celui d'une autre personne sur le serveur : il attend. Tout est gardé sur ce poste; il se tranche au renvoi (Fichier › Renvoyer au serveur ministériel).</source>
      <translation>A change crosses someone else's on the server: it waits. Everything is kept on this computer; it is settled at send-back (File › Send back to the departmental server).</translation>
    </message>
    <message>
      <source>Pas envoyé au serveur : %1 Le travail continue sur ce poste.</source>
      <translation>Not sent to the server: %1 Work goes on on this computer.</translation>
    </message>
    <message>
      <source>Pas envoyé au serveur : %1 Le travail continue sur ce poste; l'envoi reprend de lui-même.</source>
      <translation>Not sent to the server: %1 Work goes on on this computer; sending resumes by itself.</translation>
    </message>
    <message>
      <source>Pas de connexion au serveur : le travail se fait sur ce poste seulement; il partira au renvoi.</source>
      <translation>No connection to the server: work is done on this computer only; it will go at send-back.</translation>
    </message>
  </context>
  <context>
    <name>Erreurs</name>
    <message>
      <source>{reglage} : un réglage du ministère, gardé sur le serveur ministériel. Dans cette copie de son répertoire, il se lit mais ne se change pas (le renvoi ne l'enverrait pas, et le remplacerait par celui du serveur). Rien n'a été écrit.</source>
      <translation>{reglage}: a departmental setting, kept on the departmental server. In this copy of its inventory it can be read but not changed (sending back would not send it, and would replace it with the server's). Nothing was written.</translation>
    </message>
    <message>
      <source>La pondération 1B du ministère</source>
      <translation>The department's 1B weighting</translation>
    </message>
    <message>
      <source>Les autres critères 1B du ministère</source>
      <translation>The department's other 1B criteria</translation>
    </message>
    <message>
      <source>La tolérance des normes de service</source>
      <translation>The service standards tolerance</translation>
    </message>
    <message>
      <source>Les métadonnées du répertoire</source>
      <translation>The inventory's metadata</translation>
    </message>
    <message>
      <source>Un nouvel exercice du répertoire</source>
      <translation>A new fiscal year of the inventory</translation>
    </message>
    <message>
      <source>Le fichier {chemin} est endommagé : le contrôle d'intégrité a échoué ({detail}). Rien n'y a été écrit.</source>
      <translation>The file {chemin} is damaged: the integrity check failed ({detail}). Nothing was written to it.</translation>
    </message>
    <message>
      <source>La dernière copie de sécurité intacte date du {date} ({copies} copie(s) intacte(s)). Vous pouvez la restaurer : le fichier endommagé sera gardé à côté, renommé.</source>
      <translation>The last intact backup copy dates from {date} (intact copies: {copies}). You can restore it: the damaged file will be kept alongside it, renamed.</translation>
    </message>
    <message>
      <source>Aucune copie de sécurité intacte n'a été trouvée. Ouvrez un autre fichier ou créez-en un nouveau.</source>
      <translation>No intact backup copy was found. Open another file or create a new one.</translation>
    </message>
    <message>
      <source>Le fichier {chemin} a été créé par une version plus récente de gesserv-bureau (schéma {version}, cette version connaît le schéma {connue}). Il n'a pas été modifié. Mettez l'application à jour pour l'ouvrir.</source>
      <translation>The file {chemin} was created by a newer version of gesserv-bureau (schema {version}; this version supports schema {connue}). It has not been modified. Update the application to open it.</translation>
    </message>
    <message>
      <source>Le fichier {chemin} est déjà ouvert par une autre instance de gesserv-bureau ({qui}). Fermez-la d'abord : deux fenêtres qui écrivent dans le même répertoire pourraient s'écraser l'une l'autre.</source>
      <translation>The file {chemin} is already open in another instance of gesserv-bureau ({qui}). Close that instance first: two windows writing to the same inventory could overwrite each other.</translation>
    </message>
    <message>
      <source>Le fichier {chemin} est en lecture seule : aucune modification ne pourrait y être enregistrée. Ouvrez-le en consultation, ou copiez-le dans un dossier où vous avez le droit d'écrire.</source>
      <translation>The file {chemin} is read-only: no changes could be saved to it. Open it read-only, or copy it to a folder where you have permission to write.</translation>
    </message>
    <message>
      <source>Le disque est plein : la dernière modification n'a pas été enregistrée. Ce que vous avez saisi reste à l'écran. Libérez de l'espace; l'enregistrement reprendra à la prochaine modification.</source>
      <translation>The disk is full: the last change was not saved. What you entered is still on screen. Free up some space; saving will resume with the next change.</translation>
    </message>
    <message>
      <source>Le disque qui contient {chemin} est plein (espace libre : {libre}) : la base ne peut pas être ouverte. La base elle-même est saine et rien n'y a été écrit. Libérez de l'espace sur ce disque, puis réessayez.</source>
      <translation>The disk that holds {chemin} is full (free space: {libre}): the database cannot be opened. The database itself is sound and nothing was written to it. Free some space on this disk, then try again.</translation>
    </message>
    <message>
      <source>Le fichier {chemin} n'est pas un répertoire gesserv-bureau : c'est une base SQLite d'une autre application (tables : {tables}). Il n'a pas été modifié. Ouvrez un répertoire de gesserv-bureau, ou créez-en un nouveau.</source>
      <translation>The file {chemin} is not a gesserv-bureau inventory: it is another application's SQLite database (tables: {tables}). It was not modified. Open a gesserv-bureau inventory, or create a new one.</translation>
    </message>
    <message>
      <source>La copie de sécurité de {chemin} n'a pas été faite ({detail}) : rien n'en a été laissé dans le dossier des copies. La base elle-même n'a pas changé.</source>
      <translation>The backup copy of {chemin} was not made ({detail}): nothing of it was left in the backup folder. The database itself has not changed.</translation>
    </message>
    <message>
      <source>La copie n'a pas pu être remise à la place de {chemin} ({detail}) : la base est restée telle qu'elle était.</source>
      <translation>The copy could not be put in place of {chemin} ({detail}): the database was left as it was.</translation>
    </message>
    <message>
      <source>La copie de sécurité de {chemin} n'a pas été faite : le disque est plein (espace libre : {libre}). Rien n'en a été laissé dans le dossier des copies, et la base elle-même n'a pas changé. Libérez de l'espace, puis réessayez.</source>
      <translation>The backup copy of {chemin} was not made: the disk is full (free space: {libre}). Nothing of it was left in the backup folder, and the database itself has not changed. Free some space, then try again.</translation>
    </message>
    <message>
      <source>La copie n'a pas pu être remise à la place de {chemin} : le disque est plein (espace libre : {libre}). La base est restée telle qu'elle était. Libérez de l'espace, puis réessayez.</source>
      <translation>The copy could not be put in place of {chemin}: the disk is full (free space: {libre}). The database was left as it was. Free some space, then try again.</translation>
    </message>
    <message>
      <source>{entier} octets</source>
      <translation>{entier} bytes</translation>
    </message>
    <message>
      <source>{entier},{decimale} Ko</source>
      <translation>{entier}.{decimale} KB</translation>
    </message>
    <message>
      <source>{entier},{decimale} Mo</source>
      <translation>{entier}.{decimale} MB</translation>
    </message>
    <message>
      <source>{entier},{decimale} Go</source>
      <translation>{entier}.{decimale} GB</translation>
    </message>
    <message>
      <source>inconnu</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>La copie {chemin} est endommagée ({detail}) : elle ne peut pas être restaurée. Rien n'a été changé.</source>
      <translation>The copy {chemin} is damaged ({detail}): it cannot be restored. Nothing was changed.</translation>
    </message>
    <message>
      <source>La copie {chemin} est vide : elle ne contient aucun répertoire et ne peut pas être restaurée. Rien n'a été changé.</source>
      <translation>The copy {chemin} is empty: it holds no inventory and cannot be restored. Nothing was changed.</translation>
    </message>
    <message>
      <source>Le fichier {chemin} n'est pas une copie d'un répertoire gesserv-bureau (tables : {tables}) : il ne peut pas être restauré. Rien n'a été changé.</source>
      <translation>The file {chemin} is not a copy of a gesserv-bureau inventory (tables: {tables}): it cannot be restored. Nothing was changed.</translation>
    </message>
    <message>
      <source>Fichier introuvable : {chemin}</source>
      <translation>File not found: {chemin}</translation>
    </message>
    <message>
      <source>La copie {copie} contient {services_copie} services; la base {chemin} en contient {services_base} services : la restaurer en ferait disparaître {ecart}. Rien n'a été changé.</source>
      <translation>The copy {copie} holds {services_copie} services; the database {chemin} holds {services_base} services: restoring it would remove {ecart}. Nothing was changed.</translation>
    </message>
    <message>
      <source>Des modifications enregistrées dans {chemin} manquent : la dernière notée date du {attendu}, la plus récente que la base contient, du {present}. Le fichier {wal}, qui les gardait après l'arrêt brutal de l'application, a disparu ou a été remplacé. Rien n'a été écrit.</source>
      <translation>Changes saved in {chemin} are missing: the last one recorded is from {attendu}, the most recent one the database holds is from {present}. The file {wal}, which held them after the application stopped abruptly, has disappeared or been replaced. Nothing was written.</translation>
    </message>
    <message>
      <source>Le fichier {wal}, qui gardait les dernières modifications de {chemin} après l'arrêt brutal de l'application, a disparu : celles faites après le {present} (réponses, ajouts, changements) manquent sans doute. Rien n'a été écrit.</source>
      <translation>The file {wal}, which held the latest changes to {chemin} after the application stopped abruptly, has disappeared: those made after {present} (answers, additions, changes) are probably missing. Nothing was written.</translation>
    </message>
    <message>
      <source>Si vous avez encore ce fichier (une autre copie du dossier), remettez-le à côté de la base avant de l'ouvrir; sinon, continuez avec la base telle qu'elle est.</source>
      <translation>If you still have that file (another copy of the folder), put it back next to the database before opening it; otherwise, continue with the database as it is.</translation>
    </message>
    <message>
      <source>sa création</source>
      <translation>its creation</translation>
    </message>
    <message>
      <source>Un autre programme écrit en ce moment dans {chemin}. Rien n'a été perdu; réessayez dans un instant.</source>
      <translation>Another program is writing to {chemin} right now. Nothing was lost; try again in a moment.</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir ou de créer {chemin} ({detail}). Vérifiez que le dossier existe et que vous avez le droit d'y écrire.</source>
      <translation>Unable to open or create {chemin} ({detail}). Check that the folder exists and that you have permission to write to it.</translation>
    </message>
    <message>
      <source>fr</source>
      <translation>en</translation>
    </message>
  </context>
  <context>
    <name>FenetreEvaluation</name>
    <message>
      <source>Cette évaluation est approuvée : elle ne se relie pas à un autre service. Partez-en pour une nouvelle évaluation.</source>
      <translation>This assessment is approved: it cannot be linked to another service. Start a new assessment from it.</translation>
    </message>
    <message>
      <source>Relier à un autre service</source>
      <translation>Link to another service</translation>
    </message>
    <message>
      <source>Ce service n'est plus au répertoire : choisissez-en un autre.</source>
      <translation>This service is no longer in the inventory: choose another one.</translation>
    </message>
    <message>
      <source>Terminée le %1</source>
      <translation>Completed on %1</translation>
    </message>
    <message>
      <source>Approuvée le %1</source>
      <translation>Approved on %1</translation>
    </message>
    <message>
      <source>Re&amp;lier à un autre service…</source>
      <translation>&amp;Link to another service…</translation>
    </message>
    <message>
      <source>Rattacher cette évaluation à un autre service du répertoire (le journal garde l'ancien et le nouveau).</source>
      <translation>Attach this assessment to another service in the inventory (the log keeps the old and the new one).</translation>
    </message>
  </context>
  <context>
    <name>FenetrePrincipale</name>
    <message>
      <source>Services affichés : %1 sur %2</source>
      <translation>Services shown: %1 of %2</translation>
    </message>
    <message>
      <source>Enregistrement impossible</source>
      <translation>Unable to save</translation>
    </message>
    <message>
      <source>Copie de sécurité non faite</source>
      <translation>Backup copy not made</translation>
    </message>
    <message>
      <source>Vues du répertoire</source>
      <translation>Inventory views</translation>
    </message>
    <message>
      <source>Services du répertoire</source>
      <translation>Inventory services</translation>
    </message>
    <message>
      <source>Sommaire de l'exercice</source>
      <translation>Fiscal year summary</translation>
    </message>
    <message>
      <source>gesserv-bureau — Répertoire des services</source>
      <translation>gesserv-bureau — Service Inventory</translation>
    </message>
    <message>
      <source>(lecture seule)</source>
      <translation>(read-only)</translation>
    </message>
    <message>
      <source>répertoire ministériel %1</source>
      <translation>departmental inventory %1</translation>
    </message>
    <message>
      <source>Répertoire</source>
      <translation>Inventory</translation>
    </message>
    <message>
      <source>Qualité des données</source>
      <translation>Data quality</translation>
    </message>
    <message>
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Sommaire</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Répertoire ministériel %1 — copie de ce poste</source>
      <translation>Departmental inventory %1 — this workstation's copy</translation>
    </message>
    <message>
      <source>Copie de ce poste : %1
Fichier › Renvoyer au serveur ministériel y envoie votre travail et reçoit celui des autres.</source>
      <translation>This workstation's copy: %1
File › Send back to the departmental server sends your work there and receives everyone else's.</translation>
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Les dernières modifications n'ont pas pu être enregistrées. Quitter quand même et les perdre?</source>
      <translation>The latest changes could not be saved. Quit anyway and lose them?</translation>
    </message>
  </context>
  <context>
    <name>FenetreStrategie</name>
    <message>
      <source>Guide de la section</source>
      <translation>Section guide</translation>
    </message>
    <message>
      <source>Mise à jour annuelle</source>
      <translation>Annual update</translation>
    </message>
    <message>
      <source>Stratégie de gestion des services</source>
      <translation>Service Management Strategy</translation>
    </message>
    <message>
      <source>&amp;Titre :</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <source>%1, version %2 — approuvée le %3 par %4 (figée)</source>
      <translation>%1, version %2 — approved on %3 by %4 (frozen)</translation>
    </message>
    <message>
      <source>%1, version %2 — brouillon</source>
      <translation>%1, version %2 — draft</translation>
    </message>
    <message>
      <source>&amp;Approuver…</source>
      <translation>A&amp;pprove…</translation>
    </message>
    <message>
      <source>&amp;Nouvelle version</source>
      <translation>&amp;New version</translation>
    </message>
    <message>
      <source>&amp;Mise à jour annuelle…</source>
      <translation>Annual &amp;update…</translation>
    </message>
    <message>
      <source>Rapport &amp;PDF…</source>
      <translation>&amp;PDF report…</translation>
    </message>
    <message>
      <source>Plan de travail (PDF)…</source>
      <translation>Workplan (PDF)…</translation>
    </message>
    <message>
      <source>Ta&amp;ble des matières (annexe 2B)</source>
      <translation>Ta&amp;ble of contents (Appendix 2B)</translation>
    </message>
    <message>
      <source>A&amp;jouter une section</source>
      <translation>Add a s&amp;ection</translation>
    </message>
    <message>
      <source>&amp;Renommer</source>
      <translation>&amp;Rename</translation>
    </message>
    <message>
      <source>▲ Monter</source>
      <translation>▲ Move up</translation>
    </message>
    <message>
      <source>▼ Descendre</source>
      <translation>▼ Move down</translation>
    </message>
    <message>
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Stratégie actuelle (2.5.5, élément 1) :</source>
      <translation>Current strategy (2.5.5, item 1):</translation>
    </message>
    <message>
      <source>&amp;Endroit (lien ou chemin) :</source>
      <translation>&amp;Location (link or path):</translation>
    </message>
    <message>
      <source>lien vers la stratégie actuelle, ou chemin du fichier</source>
      <translation>link to the current strategy, or path of the file</translation>
    </message>
    <message>
      <source>Date d'approbation :</source>
      <translation>Approval date:</translation>
    </message>
    <message>
      <source>Dernière date de mise à jour :</source>
      <translation>Last update date:</translation>
    </message>
  </context>
  <context>
    <name>GroupeNormes</name>
    <message>
      <source>Normes de service et rendement (2.7)</source>
      <translation>Service standards and performance (2.7)</translation>
    </message>
    <message>
      <source>Norme</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Rétablir</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Retirer</source>
      <translation>Retire</translation>
    </message>
    <message>
      <source>Retirée le %1</source>
      <translation>Retired on %1</translation>
    </message>
    <message>
      <source>Aucune norme de service enregistrée pour ce service. Ajoutez-en une, ou importez le fichier des normes de service (Fichier › Importer des données ouvertes).</source>
      <translation>No service standard recorded for this service. Add one, or import the service standards file (File › Import open data).</translation>
    </message>
    <message>
      <source>Cible</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Rendement</source>
      <translation>Performance</translation>
    </message>
    <message>
      <source>Cible atteinte</source>
      <translation>Target met</translation>
    </message>
    <message>
      <source>Tableau 8</source>
      <translation>Table 8</translation>
    </message>
    <message>
      <source>Scénario (tableau 8)</source>
      <translation>Scenario (Table 8)</translation>
    </message>
    <message>
      <source>Normes de service du service</source>
      <translation>Service standards of the service</translation>
    </message>
    <message>
      <source>Ajouter une norme…</source>
      <translation>Add a standard…</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Résultats et plan d'action…</source>
      <translation>Results and action plan…</translation>
    </message>
    <message>
      <source>Autres données du fichier importé</source>
      <translation>Other data from the imported file</translation>
    </message>
    <message>
      <source>Colonne</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
  </context>
  <context>
    <name>GuideDemarrage</name>
    <message>
      <source>Guide de démarrage</source>
      <translation>Getting started guide</translation>
    </message>
    <message>
      <source>Bienvenue dans gesserv-bureau</source>
      <translation>Welcome to gesserv-bureau</translation>
    </message>
    <message>
      <source>Votre répertoire des services (Politique sur les services, exigence 7.1) se tient ici, sur ce poste, sans connexion. Par où commencer?</source>
      <translation>Your service inventory (Policy on Service, requirement 7.1) is kept here, on this computer, with no connection. Where would you like to begin?</translation>
    </message>
    <message>
      <source>Charger la &amp;démonstration</source>
      <translation>Load the &amp;demonstration</translation>
    </message>
    <message>
      <source>Dix services réalistes et les trois exemples de l'annexe 1A, dans un exercice à part : pour essayer chaque écran sans risque.</source>
      <translation>Ten realistic services and the three Appendix 1A examples, in a separate fiscal year: to try every screen without risk.</translation>
    </message>
    <message>
      <source>&amp;Importer un fichier des données ouvertes…</source>
      <translation>&amp;Import an open data file…</translation>
    </message>
    <message>
      <source>Le répertoire déjà publié par votre ministère (CSV des données ouvertes) : il est lu et vérifié, et vous voyez ce qui sera importé avant que rien ne soit écrit.</source>
      <translation>The inventory your department has already published (open data CSV): it is read and checked, and you see what will be imported before anything is written.</translation>
    </message>
    <message>
      <source>Partir d'un &amp;répertoire vide</source>
      <translation>Start from an &amp;empty inventory</translation>
    </message>
    <message>
      <source>Ajoutez vos services un à un (Édition › Nouveau service, Ctrl+N) : le formulaire suit les 18 éléments du tableau 5 de la Ligne directrice.</source>
      <translation>Add your services one by one (Edit › New service, Ctrl+N): the form follows the 18 elements of Table 5 of the Guideline.</translation>
    </message>
    <message>
      <source>Une activité est-elle un service? L'outil de l'annexe 1A pose huit questions; si la réponse est « oui » à chacune, l'activité est un service et son entrée du répertoire se crée d'un clic. Chaque réponse est enregistrée aussitôt : vous pouvez fermer et reprendre plus tard.</source>
      <translation>Is an activity a service? The Appendix 1A tool asks eight questions; if the answer to each is “yes”, the activity is a service and its inventory entry is created in one click. Every answer is saved at once: you can close and resume later.</translation>
    </message>
    <message>
      <source>Faire ma première évaluation &amp;1A</source>
      <translation>Do my first &amp;1A assessment</translation>
    </message>
    <message>
      <source>Ouvre l'assistant de l'annexe 1A; le guide se ferme.</source>
      <translation>Opens the Appendix 1A wizard; the guide closes.</translation>
    </message>
    <message>
      <source>Dans chaque écran, F1 ouvre son aide. Ce guide se rouvre par Aide › Guide de démarrage.</source>
      <translation>In every screen, F1 opens its help. This guide can be reopened from Help › Getting started guide.</translation>
    </message>
    <message>
      <source>Ne plus montrer ce &amp;guide au démarrage</source>
      <translation>Do not show this &amp;guide at startup</translation>
    </message>
    <message>
      <source>◀ &amp;Précédent</source>
      <translation>◀ &amp;Previous</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Votre profil</source>
      <translation>Your profile</translation>
    </message>
    <message>
      <source>Commencer</source>
      <translation>Get started</translation>
    </message>
    <message>
      <source>Votre première évaluation</source>
      <translation>Your first assessment</translation>
    </message>
    <message>
      <source>Étape %1 sur %2 — %3</source>
      <translation>Step %1 of %2 — %3</translation>
    </message>
    <message>
      <source>&amp;Terminer</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <source>&amp;Suivant ▶</source>
      <translation>&amp;Next ▶</translation>
    </message>
    <message>
      <source>Démonstration chargée : %1 services.</source>
      <translation>Demonstration loaded: %1 services.</translation>
    </message>
    <message>
      <source>La démonstration était déjà dans ce répertoire : rien n'a été ajouté.</source>
      <translation>The demonstration was already in this inventory: nothing was added.</translation>
    </message>
    <message>
      <source>Le dialogue d'import est ouvert : choisissez le fichier, vérifiez l'aperçu, puis Importer.</source>
      <translation>The import dialog is open: choose the file, check the preview, then Import.</translation>
    </message>
    <message>
      <source>Répertoire vide : ajoutez votre premier service par Édition › Nouveau service (Ctrl+N).</source>
      <translation>Empty inventory: add your first service from Edit › New service (Ctrl+N).</translation>
    </message>
  </context>
  <context>
    <name>InventaireEnDirect</name>
    <message>
      <source>Direct : connexion…</source>
      <translation>Live: connecting…</translation>
    </message>
    <message>
      <source>Connexion au répertoire ministériel pour le direct.</source>
      <translation>Connecting to the departmental inventory for live work.</translation>
    </message>
    <message>
      <source>Hors direct — Se connecter…</source>
      <translation>Not live — Connect…</translation>
    </message>
    <message>
      <source>Le direct demande votre mot de passe (il n'est gardé nulle part). Sans lui, vos services enregistrés restent sur ce poste et partent au renvoi.</source>
      <translation>Live work needs your password (it is kept nowhere). Without it, the services you save stay on this computer and go at send-back.</translation>
    </message>
    <message>
      <source>En direct</source>
      <translation>Live</translation>
    </message>
    <message>
      <source>Vos services et leurs normes enregistrés, créés ou supprimés compris, partent au serveur dans la seconde; ce que les autres y enregistrent ou y créent arrive ici de lui-même.</source>
      <translation>Your saved services and their standards, created or deleted ones included, reach the server within a second; what others save or create there arrives here by itself.</translation>
    </message>
    <message>
      <source>Un changement enregistré croise celui d'une autre personne sur le serveur : il attend. Tout est gardé sur ce poste; il se tranche au renvoi (Fichier › Renvoyer au serveur ministériel), les deux valeurs sous les yeux.</source>
      <translation>A saved change crosses someone else's on the server: it waits. Everything is kept on this computer; it is settled at send-back (File › Send back to the departmental server), with both values in front of you.</translation>
    </message>
    <message>
      <source>En direct — à trancher au renvoi…</source>
      <translation>Live — to settle at send-back…</translation>
    </message>
    <message>
      <source>En direct — pas envoyé</source>
      <translation>Live — not sent</translation>
    </message>
    <message>
      <source>En direct · à jour à %1</source>
      <translation>Live · up to date at %1</translation>
    </message>
    <message>
      <source>Changements d'autres personnes reçus à %1 : ils sont à l'écran.</source>
      <translation>Changes by other people received at %1: they are on screen.</translation>
    </message>
    <message>
      <source>Une fiche de votre copie a été supprimée sur le serveur par une autre personne; elle reste dans votre copie jusqu'au renvoi.</source>
      <translation>A record in your copy was deleted on the server by someone else; it stays in your copy until send-back.</translation>
    </message>
    <message>
      <source>Ce qui a été créé sans clé réservée par le serveur, ou supprimé quand des normes ou des évaluations le désignent, part au renvoi (Fichier › Renvoyer au serveur ministériel), où son sort se tranche; le reste part en direct.</source>
      <translation>What was created without a key reserved by the server, or deleted while standards or assessments refer to it, goes with the send-back (File › Send back to the departmental server), where its fate is decided; the rest goes live.</translation>
    </message>
    <message>
      <source>Une fiche attend le renvoi (la bulle « En direct » dit pourquoi).</source>
      <translation>A record waits for the send-back (the “Live” tooltip says why).</translation>
    </message>
    <message>
      <source>Direct interrompu — Réessayer</source>
      <translation>Live interrupted — Retry</translation>
    </message>
  </context>
  <context>
    <name>LegendePlan</name>
    <message>
      <source>Légende —</source>
      <translation>Legend —</translation>
    </message>
    <message>
      <source>%1 : %2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>LibellesFormulaire</name>
    <message>
      <source>Formulaire du service</source>
      <translation>Service form</translation>
    </message>
    <message>
      <source>en français</source>
      <translation>in French</translation>
    </message>
    <message>
      <source>en anglais</source>
      <translation>in English</translation>
    </message>
    <message>
      <source>Justification écrite de l'exclusion (obligatoire pour exclure le service)</source>
      <translation>Written justification of the exclusion (required to exclude the service)</translation>
    </message>
    <message>
      <source>État de la demande offert en ligne, en temps réel (7.10)</source>
      <translation>Real-time online application status (7.10)</translation>
    </message>
    <message>
      <source>Justification écrite : pourquoi ce point ne s'applique pas (1.8.1)</source>
      <translation>Written justification: why this point does not apply (1.8.1)</translation>
    </message>
    <message>
      <source>Justification du point « S.O. » : %1</source>
      <translation>Justification of the “N/A” point: %1</translation>
    </message>
    <message>
      <source>Politique sur les services, 7.10 : les services externes authentifiés prioritaires sont offerts en ligne, avec un accès en temps réel au statut de la demande des clients (2.10). Le tableau de bord suit la cascade de 2.10.4.</source>
      <translation>Policy on Service, 7.10: authenticated priority external services are offered online, with real-time access to the status of the client's application (2.10). The dashboard follows the 2.10.4 cascade.</translation>
    </message>
    <message>
      <source>Exclure ce service du calcul (2.9.4)</source>
      <translation>Exclude this service from the calculation (2.9.4)</translation>
    </message>
    <message>
      <source>2.9.4 : « il faut fournir une justification écrite pour tout service exclu du calcul ». Sans justification, l'exclusion est refusée et le service reste compté.</source>
      <translation>2.9.4: a written justification must be provided for any service excluded from the calculation. Without a justification, the exclusion is refused and the service stays counted.</translation>
    </message>
    <message>
      <source>Pourquoi ce service ne peut pas (ou ne devrait pas) être offert en ligne : loi, sécurité, rentabilité, faisabilité technique…</source>
      <translation>Why this service cannot (or should not) be delivered online: law, security, cost-effectiveness, technical feasibility…</translation>
    </message>
    <message>
      <source>Service interne (non intégré) : ni externe ni interne intégré. La note de l'élément 10 permet de l'inclure au répertoire, indiqué à ce titre dans une section distincte. Il ne compte pas dans la proportion des services électroniques (2.9.4) et n'est pas exporté en données ouvertes, sauf option (code INTERN).</source>
      <translation>Internal (non-enterprise) service: neither external nor internal enterprise. The note to element 10 allows it in the inventory, identified as such in a separate section. It does not count in the proportion of e-enabled services (2.9.4) and is not exported as open data unless chosen (code INTERN).</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identification</translation>
    </message>
    <message>
      <source>Description et responsabilité</source>
      <translation>Description and responsibility</translation>
    </message>
    <message>
      <source>Frais, normes et cibles</source>
      <translation>Fees, standards and targets</translation>
    </message>
    <message>
      <source>Données</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Demandes reçues</source>
      <translation>Applications received</translation>
    </message>
    <message>
      <source>Extrants finaux positifs</source>
      <translation>Positive final outputs</translation>
    </message>
    <message>
      <source>— à compléter —</source>
      <translation>— to complete —</translation>
    </message>
    <message>
      <source>nombre</source>
      <translation>number</translation>
    </message>
  </context>
  <context>
    <name>ListeEvaluations</name>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>Évaluations de ce service seulement (les plus récentes d'abord).</source>
      <translation>Assessments of this service only (most recent first).</translation>
    </message>
    <message>
      <source>Évaluation n° %1 (UUID %2)</source>
      <translation>Assessment no. %1 (UUID %2)</translation>
    </message>
    <message>
      <source>Aucun service du répertoire</source>
      <translation>No service in the inventory</translation>
    </message>
    <message>
      <source>Pas encore de résultat</source>
      <translation>No result yet</translation>
    </message>
    <message>
      <source>&amp;Reprendre</source>
      <translation>&amp;Resume</translation>
    </message>
    <message>
      <source>&amp;Ouvrir</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Indiquez qui approuve l'évaluation.</source>
      <translation>Indicate who approves the assessment.</translation>
    </message>
    <message>
      <source>Export impossible</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>Le fichier %1 n'a pas pu être écrit : %2. Rien n'a été remplacé.</source>
      <translation>File %1 could not be written: %2. Nothing was replaced.</translation>
    </message>
    <message>
      <source>Exporter la liste des évaluations</source>
      <translation>Export the list of assessments</translation>
    </message>
    <message>
      <source>evaluations.csv</source>
      <translation>assessments.csv</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>%n évaluation(s) exportée(s) dans %1.</source>
      <translation>
        <numerusform>%n assessment exported to %1.</numerusform>
        <numerusform>%n assessments exported to %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exporter vers un autre poste</source>
      <translation>Export to another computer</translation>
    </message>
    <message>
      <source>Fichiers d'évaluations (*.json)</source>
      <translation>Assessment files (*.json)</translation>
    </message>
    <message>
      <source>Évaluation %1 « %2 » exportée dans %3.</source>
      <translation>Assessment %1 “%2” exported to %3.</translation>
    </message>
    <message>
      <source>Importer d'un autre poste</source>
      <translation>Import from another computer</translation>
    </message>
    <message>
      <source>Import refusé</source>
      <translation>Import refused</translation>
    </message>
    <message>
      <source>Import terminé</source>
      <translation>Import complete</translation>
    </message>
    <message>
      <source>L'évaluation du fichier a été ajoutée à cette base.</source>
      <translation>The assessment in the file was added to this database.</translation>
    </message>
    <message>
      <source>L'évaluation de cette base a été mise à jour avec celle du fichier.</source>
      <translation>The assessment in this database was updated from the file.</translation>
    </message>
    <message>
      <source>L'évaluation du fichier est déjà dans cette base : rien n'a changé.</source>
      <translation>The assessment in the file is already in this database: nothing changed.</translation>
    </message>
    <message>
      <source>Avertissements :</source>
      <translation>Warnings:</translation>
    </message>
    <message>
      <source>Évaluations</source>
      <translation>Assessments</translation>
    </message>
    <message>
      <source>&amp;Outil :</source>
      <translation>&amp;Tool:</translation>
    </message>
    <message>
      <source>&amp;Statut :</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Rec&amp;hercher :</source>
      <translation>Searc&amp;h:</translation>
    </message>
    <message>
      <source>Numéro ou nom de l'évaluation ou du service</source>
      <translation>Number or name of the assessment or service</translation>
    </message>
    <message>
      <source>Outil</source>
      <translation>Tool</translation>
    </message>
    <message>
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>N° d'ID du service</source>
      <translation>Service ID</translation>
    </message>
    <message>
      <source>Service ou activité</source>
      <translation>Service or activity</translation>
    </message>
    <message>
      <source>Exercice</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Auteur</source>
      <translation>Author</translation>
    </message>
    <message>
      <source>Créée</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Modifiée</source>
      <translation>Modified</translation>
    </message>
    <message>
      <source>&amp;Nouvelle à partir de celle-ci</source>
      <translation>&amp;New one from this one</translation>
    </message>
    <message>
      <source>&amp;Évaluations antérieures du service</source>
      <translation>&amp;Earlier assessments of the service</translation>
    </message>
    <message>
      <source>&amp;Approuver…</source>
      <translation>A&amp;pprove…</translation>
    </message>
    <message>
      <source> (signée)</source>
      <translation> (signed)</translation>
    </message>
    <message>
      <source> (sans signature)</source>
      <translation> (unsigned)</translation>
    </message>
    <message>
      <source>&amp;Signer l'approbation…</source>
      <translation>&amp;Sign the approval…</translation>
    </message>
    <message>
      <source>&amp;Nom et titre de la personne ou du comité qui approuve :</source>
      <translation>&amp;Name and title of the approving person or committee:</translation>
    </message>
    <message>
      <source>Évaluation approuvée et signée par %1 : elle ne se modifie plus, et arrive approuvée sur les postes qui font confiance à sa racine.</source>
      <translation>Assessment approved and signed by %1: it can no longer be changed, and it arrives approved on the computers that trust its root.</translation>
    </message>
    <message>
      <source>Évaluation approuvée : elle ne se modifie plus. Sans signature, elle arrive « terminée » sur les autres postes.</source>
      <translation>Assessment approved: it can no longer be changed. Without a signature, it arrives “completed” on other computers.</translation>
    </message>
    <message>
      <source>Rapport &amp;PDF…</source>
      <translation>&amp;PDF report…</translation>
    </message>
    <message>
      <source>Exporter la liste (&amp;CSV)…</source>
      <translation>Export the list (&amp;CSV)…</translation>
    </message>
    <message>
      <source>E&amp;xporter vers un autre poste…</source>
      <translation>E&amp;xport to another computer…</translation>
    </message>
    <message>
      <source>&amp;Importer d'un autre poste…</source>
      <translation>&amp;Import from another computer…</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>ListeSeances</name>
    <message>
      <source>(sans titre)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>Séances d'e&amp;xamen :</source>
      <translation>Review se&amp;ssions:</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>No&amp;uvelle séance</source>
      <translation>Ne&amp;w session</translation>
    </message>
    <message>
      <source>Exporter &amp;vers un autre poste…</source>
      <translation>Export &amp;to another computer…</translation>
    </message>
    <message>
      <source>&amp;Importer d'un autre poste…</source>
      <translation>&amp;Import from another computer…</translation>
    </message>
  </context>
  <context>
    <name>MenusFenetre</name>
    <message>
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Édition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Répertoire</source>
      <translation>&amp;Inventory</translation>
    </message>
    <message>
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Langue</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>Aid&amp;e</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Faire une &amp;copie de sécurité</source>
      <translation>Make a &amp;backup copy</translation>
    </message>
    <message>
      <source>&amp;Ouvrir un répertoire…</source>
      <translation>&amp;Open inventory…</translation>
    </message>
    <message>
      <source>&amp;Nouveau répertoire…</source>
      <translation>&amp;New inventory…</translation>
    </message>
    <message>
      <source>&amp;Restaurer une copie de sécurité…</source>
      <translation>&amp;Restore a backup copy…</translation>
    </message>
    <message>
      <source>Ouvrir le répertoire &amp;ministériel…</source>
      <translation>Open the depart&amp;mental inventory…</translation>
    </message>
    <message>
      <source>Emporter &amp;hors ligne du serveur ministériel…</source>
      <translation>Take off&amp;line from the departmental server…</translation>
    </message>
    <message>
      <source>Renvo&amp;yer au serveur ministériel…</source>
      <translation>Sen&amp;d back to the departmental server…</translation>
    </message>
    <message>
      <source>&amp;Nouveau service</source>
      <translation>&amp;New service</translation>
    </message>
    <message>
      <source>&amp;Dupliquer le service</source>
      <translation>Dup&amp;licate service</translation>
    </message>
    <message>
      <source>&amp;Supprimer le service…</source>
      <translation>&amp;Delete service…</translation>
    </message>
    <message>
      <source>&amp;Rechercher</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>&amp;Profil…</source>
      <translation>&amp;Profile…</translation>
    </message>
    <message>
      <source>Commencer l'exercice &amp;suivant…</source>
      <translation>Start the &amp;next fiscal year…</translation>
    </message>
    <message>
      <source>&amp;Métadonnées du répertoire…</source>
      <translation>Inventory &amp;metadata…</translation>
    </message>
    <message>
      <source>&amp;Journal des modifications…</source>
      <translation>Change &amp;log…</translation>
    </message>
    <message>
      <source>Re&amp;gistre des rapports exportés et signés…</source>
      <translation>Re&amp;gister of exported and signed reports…</translation>
    </message>
    <message>
      <source>&amp;Importer des données ouvertes…</source>
      <translation>&amp;Import open data…</translation>
    </message>
    <message>
      <source>É&amp;valuations</source>
      <translation>Assess&amp;ments</translation>
    </message>
    <message>
      <source>&amp;Outils</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <source>&amp;Certificats…</source>
      <translation>&amp;Certificates…</translation>
    </message>
    <message>
      <source>Une &amp;activité est-elle un service? (annexe 1A)…</source>
      <translation>Is an &amp;activity a service? (Appendix 1A)…</translation>
    </message>
    <message>
      <source>Ce service est-il &amp;prioritaire? (annexe 1B)…</source>
      <translation>Is this service a &amp;priority? (Appendix 1B)…</translation>
    </message>
    <message>
      <source>&amp;Examiner ce service prioritaire (annexe 2A)…</source>
      <translation>&amp;Review this priority service (Appendix 2A)…</translation>
    </message>
    <message>
      <source>&amp;Séance d'examen du groupe de travail…</source>
      <translation>Working group review &amp;session…</translation>
    </message>
    <message>
      <source>Suivre une séance en &amp;direct…</source>
      <translation>&amp;Follow a session live…</translation>
    </message>
    <message>
      <source>&amp;Toutes les évaluations…</source>
      <translation>Al&amp;l assessments…</translation>
    </message>
    <message>
      <source>Stratégie de gestion des services et plan de travail (2B, 2C)…</source>
      <translation>Service management strategy and workplan (2B, 2C)…</translation>
    </message>
    <message>
      <source>Pondé&amp;ration du ministère (1B)…</source>
      <translation>Department's &amp;weighting (1B)…</translation>
    </message>
    <message>
      <source>Autres &amp;critères du ministère (1B)…</source>
      <translation>Department's other &amp;criteria (1B)…</translation>
    </message>
    <message>
      <source>&amp;Exporter</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>Le &amp;répertoire (CSV, format des données ouvertes)…</source>
      <translation>The &amp;inventory (CSV, open-data format)…</translation>
    </message>
    <message>
      <source>Les &amp;normes de service (CSV)…</source>
      <translation>The service &amp;standards (CSV)…</translation>
    </message>
    <message>
      <source>Un &amp;classeur Excel (.xlsx)…</source>
      <translation>An Excel &amp;workbook (.xlsx)…</translation>
    </message>
    <message>
      <source>CSV : inclure les services internes (non intégrés), marqués INTERN</source>
      <translation>CSV: include internal (non-enterprise) services, marked INTERN</translation>
    </message>
    <message>
      <source>&amp;Vérifier la qualité des données</source>
      <translation>&amp;Check data quality</translation>
    </message>
    <message>
      <source>Rapport &amp;PDF du répertoire (aperçu, impression)…</source>
      <translation>Inventory &amp;PDF report (preview, print)…</translation>
    </message>
    <message>
      <source>Rapport des normes de service et du ren&amp;dement…</source>
      <translation>Service &amp;standards and performance report…</translation>
    </message>
    <message>
      <source>Si&amp;gner ou contresigner un rapport PDF…</source>
      <translation>Si&amp;gn or counter-sign a PDF report…</translation>
    </message>
    <message>
      <source>&amp;Vérifier les signatures d'un PDF…</source>
      <translation>&amp;Verify the signatures of a PDF…</translation>
    </message>
    <message>
      <source>&amp;Qualité des données</source>
      <translation>Data &amp;quality</translation>
    </message>
    <message>
      <source>&amp;Tableau de bord</source>
      <translation>&amp;Dashboard</translation>
    </message>
    <message>
      <source>À &amp;propos de gesserv-bureau</source>
      <translation>&amp;About gesserv-bureau</translation>
    </message>
    <message>
      <source>&amp;Aide de cet écran</source>
      <translation>&amp;Help for this screen</translation>
    </message>
    <message>
      <source>&amp;Guide de démarrage</source>
      <translation>&amp;Getting started guide</translation>
    </message>
  </context>
  <context>
    <name>ModeleInventaire</name>
    <message>
      <source>N° d'ID</source>
      <translation>ID no.</translation>
    </message>
    <message>
      <source>Nom du service</source>
      <translation>Service name</translation>
    </message>
    <message>
      <source>Type de service</source>
      <translation>Service type</translation>
    </message>
    <message>
      <source>Externe ou interne</source>
      <translation>External or internal</translation>
    </message>
    <message>
      <source>Désignations spéciales</source>
      <translation>Special designations</translation>
    </message>
    <message>
      <source>Propriétaire</source>
      <translation>Service owner</translation>
    </message>
    <message>
      <source>% en ligne</source>
      <translation>% online</translation>
    </message>
    <message>
      <source>À compléter</source>
      <translation>To complete</translation>
    </message>
    <message numerus="yes">
      <source>%n élément(s) du tableau 5 à compléter</source>
      <translation>
        <numerusform>%n Table 5 element to complete</numerusform>
        <numerusform>%n Table 5 elements to complete</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n élément(s) du tableau 5 à compléter :</source>
      <translation>
        <numerusform>%n Table 5 element to complete:</numerusform>
        <numerusform>%n Table 5 elements to complete:</numerusform>
      </translation>
    </message>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
  </context>
  <context>
    <name>ModelePlan</name>
    <message>
      <source>Nom de l'initiative</source>
      <translation>Initiative name</translation>
    </message>
    <message>
      <source>Objectifs</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <source>Mesure</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Secteur responsable</source>
      <translation>Responsible sector</translation>
    </message>
    <message>
      <source>Date d'achèvement prévue</source>
      <translation>Planned completion date</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>⚠ en retard</source>
      <translation>⚠ overdue</translation>
    </message>
    <message>
      <source>(initiative introuvable)</source>
      <translation>(initiative not found)</translation>
    </message>
    <message>
      <source>(initiative sans nom)</source>
      <translation>(unnamed initiative)</translation>
    </message>
    <message>
      <source>(norme de service : %1)</source>
      <translation>(service standard: %1)</translation>
    </message>
    <message>
      <source>(examen 2A : %1)</source>
      <translation>(2A review: %1)</translation>
    </message>
    <message>
      <source>Nom de l'initiative (annexe 2C). Cliquez pour revenir à l'ordre du plan.</source>
      <translation>Initiative name (Appendix 2C). Click to return to the plan's order.</translation>
    </message>
    <message>
      <source>Les objectifs de l'initiative, un par ligne.</source>
      <translation>The initiative's objectives, one per line.</translation>
    </message>
    <message>
      <source>Secteur responsable de l'initiative</source>
      <translation>Sector responsible for the initiative</translation>
    </message>
    <message>
      <source>Date d'achèvement prévue (AAAA-MM-JJ). Triée dans l'ordre chronologique, les mesures sans date à la fin.</source>
      <translation>Planned completion date (YYYY-MM-DD). Sorted chronologically, actions without a date last.</translation>
    </message>
    <message>
      <source>Terminé, À temps, Risque de délais, Délais ou Retiré; trié dans l'ordre de la légende.</source>
      <translation>Completed, On time, At risk of delay, Delayed or Withdrawn; sorted in the legend's order.</translation>
    </message>
    <message>
      <source>Les objectifs appartiennent à l'initiative : les modifier ici les modifie pour toutes ses mesures.</source>
      <translation>The objectives belong to the initiative: changing them here changes them for all its actions.</translation>
    </message>
    <message>
      <source>Plan d'action de la norme de service %1 (tableau 8).</source>
      <translation>Action plan of service standard %1 (Table 8).</translation>
    </message>
    <message>
      <source>Reprise de l'examen 2A « %1 » (initiative n° %2 de l'examen).</source>
      <translation>Taken from the 2A review “%1” (initiative no. %2 of the review).</translation>
    </message>
    <message>
      <source>(aucune mesure : « Ajouter une mesure » pour cette initiative)</source>
      <translation>(no action yet: “Add an action” for this initiative)</translation>
    </message>
    <message>
      <source>%1 : en retard, la date prévue est passée et la mesure n'est ni terminée ni retirée.</source>
      <translation>%1: overdue, the planned date has passed and the action is neither completed nor withdrawn.</translation>
    </message>
    <message>
      <source>Aucune date prévue</source>
      <translation>No planned date</translation>
    </message>
    <message>
      <source>État : %1 (%2 dans la légende)</source>
      <translation>Status: %1 (%2 in the legend)</translation>
    </message>
  </context>
  <context>
    <name>OngletsCarte</name>
    <message>
      <source>Carte (clé publique)</source>
      <translation>Card (public key)</translation>
    </message>
    <message>
      <source>Révocation</source>
      <translation>Revocation</translation>
    </message>
    <message>
      <source>Le certificat d'une clé qui ne quitte jamais sa carte ou son jeton : lisez sa clé publique sur la carte (p. ex. pkcs11-tool --read-object --type pubkey), émettez ici le certificat avec la racine ministérielle, puis écrivez-le sur la carte. Mêmes usages qu'un certificat d'utilisateur : signature numérique et non-répudiation.</source>
      <translation>The certificate of a key that never leaves its card or token: read its public key from the card (e.g. pkcs11-tool --read-object --type pubkey), issue the certificate here with the departmental root, then write it to the card. Same usages as a user certificate: digital signature and non-repudiation.</translation>
    </message>
    <message>
      <source>&amp;Nom du titulaire :</source>
      <translation>Holder's &amp;name:</translation>
    </message>
    <message>
      <source>C&amp;ourriel (facultatif) :</source>
      <translation>&amp;Email (optional):</translation>
    </message>
    <message>
      <source>Clé &amp;publique de la carte (.pem ou .der) :</source>
      <translation>Card's &amp;public key (.pem or .der):</translation>
    </message>
    <message>
      <source>Fichier .p12 de la &amp;racine :</source>
      <translation>&amp;Root .p12 file:</translation>
    </message>
    <message>
      <source>Mot de passe de la r&amp;acine :</source>
      <translation>Roo&amp;t password:</translation>
    </message>
    <message>
      <source>&amp;Durée de validité (années) :</source>
      <translation>&amp;Validity (years):</translation>
    </message>
    <message>
      <source>Certificat à é&amp;crire (.pem ou .der) :</source>
      <translation>Certificate to &amp;write (.pem or .der):</translation>
    </message>
    <message>
      <source>É&amp;mettre le certificat</source>
      <translation>&amp;Issue the certificate</translation>
    </message>
    <message>
      <source>Retirer un certificat (une personne qui part, une carte perdue) : la racine l'ajoute à sa liste de révocation, signée, valide le nombre de jours choisi; publiez ce fichier aux vérificateurs. Sans certificat, la liste est seulement republiée avec une nouvelle date. Rien ne passe par le réseau.</source>
      <translation>Withdraw a certificate (someone leaving, a lost card): the root adds it to its signed revocation list, valid for the chosen number of days; publish that file to verifiers. Without a certificate, the list is only republished with a new date. Nothing goes over the network.</translation>
    </message>
    <message>
      <source>Certificat à ré&amp;voquer (facultatif) :</source>
      <translation>Certificate to re&amp;voke (optional):</translation>
    </message>
    <message>
      <source>&amp;Liste de révocation (.crl, créée ou mise à jour) :</source>
      <translation>Revocation &amp;list (.crl, created or updated):</translation>
    </message>
    <message>
      <source>Liste valide pendant (&amp;jours) :</source>
      <translation>List valid for (&amp;days):</translation>
    </message>
    <message>
      <source>Rai&amp;son :</source>
      <translation>Rea&amp;son:</translation>
    </message>
    <message>
      <source>Non précisée</source>
      <translation>Unspecified</translation>
    </message>
    <message>
      <source>Clé compromise (carte perdue ou volée)</source>
      <translation>Key compromised (card lost or stolen)</translation>
    </message>
    <message>
      <source>Départ du titulaire</source>
      <translation>Holder left</translation>
    </message>
    <message>
      <source>Changement d'affectation</source>
      <translation>Change of assignment</translation>
    </message>
    <message>
      <source>Remplacé par un autre certificat</source>
      <translation>Superseded by another certificate</translation>
    </message>
    <message>
      <source>Ré&amp;voquer et publier la liste</source>
      <translation>Re&amp;voke and publish the list</translation>
    </message>
    <message>
      <source>Choisissez le fichier de la clé publique lue sur la carte.</source>
      <translation>Choose the file of the public key read from the card.</translation>
    </message>
    <message>
      <source>Choisissez le fichier .p12 de la racine ministérielle.</source>
      <translation>Choose the .p12 file of the departmental root.</translation>
    </message>
    <message>
      <source>Choisissez le fichier du certificat à écrire.</source>
      <translation>Choose the certificate file to write.</translation>
    </message>
    <message>
      <source>Certificat de « {nom} » émis par « {emetteur} » pour la clé de la carte : {chemin} (valide jusqu'au {fin}). Écrivez-le sur la carte.</source>
      <translation>Certificate of “{nom}” issued by “{emetteur}” for the card's key: {chemin} (valid until {fin}). Write it to the card.</translation>
    </message>
    <message>
      <source>Choisissez le fichier de la liste de révocation (.crl).</source>
      <translation>Choose the revocation list file (.crl).</translation>
    </message>
    <message>
      <source>Certificat de « {nom} » révoqué (numéro de série {serie}).</source>
      <translation>Certificate of “{nom}” revoked (serial number {serie}).</translation>
    </message>
    <message>
      <source>Liste de révocation écrite : {chemin} ({n} certificats révoqués; prochaine mise à jour au plus tard le {prochaine}). Publiez-la aux vérificateurs.</source>
      <translation>Revocation list written: {chemin} ({n} revoked certificates; next update by {prochaine} at the latest). Publish it to verifiers.</translation>
    </message>
  </context>
  <context>
    <name>PageSommaire</name>
    <message>
      <source>Participants : %1</source>
      <translation>Participants: %1</translation>
    </message>
    <message>
      <source>aucun inscrit</source>
      <translation>none recorded</translation>
    </message>
    <message>
      <source>Examens terminés : %1 sur %2. Remaniement ou optimisation recommandé : %3. Initiatives proposées : %4.</source>
      <translation>Reviews completed: %1 of %2. Redesign or optimization recommended: %3. Proposed initiatives: %4.</translation>
    </message>
    <message>
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Non</source>
      <translation>No</translation>
    </message>
    <message>
      <source>(initiative sans nom)</source>
      <translation>(unnamed initiative)</translation>
    </message>
    <message>
      <source>sans réponse</source>
      <translation>no answer</translation>
    </message>
    <message>
      <source>aucune</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Sommaire des services examinés</source>
      <translation>Summary of the services reviewed</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Examen</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Recommandation (10)</source>
      <translation>Recommendation (10)</translation>
    </message>
    <message>
      <source>Initiatives proposées</source>
      <translation>Proposed initiatives</translation>
    </message>
  </context>
  <context>
    <name>PanneauOrdreDuJour</name>
    <message>
      <source>%1. %2 — examen : %3</source>
      <translation>%1. %2 — review: %3</translation>
    </message>
    <message>
      <source>(non retenu) %1 — examen : %2</source>
      <translation>(not selected) %1 — review: %2</translation>
    </message>
    <message>
      <source>&amp;Ordre du jour : les services prioritaires de l'exercice %1</source>
      <translation>&amp;Agenda: the priority services of fiscal year %1</translation>
    </message>
    <message>
      <source>Cochez les services à examiner; la séance les prend dans l'ordre de la liste. L'examen de chacun se fait avec l'outil 2A.</source>
      <translation>Check the services to review; the session takes them in the order of the list. Each one is reviewed with tool 2A.</translation>
    </message>
    <message>
      <source>▲ &amp;Monter</source>
      <translation>▲ Move &amp;up</translation>
    </message>
    <message>
      <source>▼ Desce&amp;ndre</source>
      <translation>▼ Move dow&amp;n</translation>
    </message>
    <message>
      <source>&amp;Examiner…</source>
      <translation>R&amp;eview…</translation>
    </message>
  </context>
  <context>
    <name>PanneauParticipants</name>
    <message>
      <source>Domaine du participant %1</source>
      <translation>Domain of participant %1</translation>
    </message>
    <message>
      <source>— domaine à préciser —</source>
      <translation>— area to be specified —</translation>
    </message>
    <message>
      <source>Part&amp;icipants — le groupe de travail réunit des représentants de divers domaines (2.4.4, étape 1) :</source>
      <translation>Part&amp;icipants — the working group brings together representatives of various areas (2.4.4, step 1):</translation>
    </message>
    <message>
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Domaine</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Ajouter un &amp;participant</source>
      <translation>Add a &amp;participant</translation>
    </message>
    <message>
      <source>&amp;Retirer le participant</source>
      <translation>&amp;Remove participant</translation>
    </message>
  </context>
  <context>
    <name>PanneauQualite</name>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>Pas encore vérifié.</source>
      <translation>Not checked yet.</translation>
    </message>
    <message>
      <source>Aucun constat pour l'exercice %1 : rien à signaler (vérifié à %2).</source>
      <translation>No findings for fiscal year %1: nothing to report (checked at %2).</translation>
    </message>
    <message>
      <source>Exercice %1 — erreurs : %2, avertissements : %3, suggestions : %4 (vérifié à %5).</source>
      <translation>Fiscal year %1 — errors: %2, warnings: %3, suggestions: %4 (checked at %5).</translation>
    </message>
    <message>
      <source>Exporter les constats</source>
      <translation>Export the findings</translation>
    </message>
    <message>
      <source>constats-qualite-%1.csv</source>
      <translation>quality-findings-%1.csv</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Les constats n'ont pas pu être exportés : %1</source>
      <translation>The findings could not be exported: %1</translation>
    </message>
    <message>
      <source>Constats exportés : %1</source>
      <translation>Findings exported: %1</translation>
    </message>
    <message>
      <source>Constats de qualité</source>
      <translation>Quality findings</translation>
    </message>
    <message>
      <source>&amp;Vérifier maintenant</source>
      <translation>&amp;Check now</translation>
    </message>
    <message>
      <source>&amp;Gravité :</source>
      <translation>&amp;Severity:</translation>
    </message>
    <message>
      <source>Toutes</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Gravité</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Exercice</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>Numéro d'ID</source>
      <translation>Service ID</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Constat</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>&amp;Exporter les constats…</source>
      <translation>&amp;Export the findings…</translation>
    </message>
    <message>
      <source>Double-cliquez sur un constat (ou appuyez sur Entrée) pour aller au service.</source>
      <translation>Double-click a finding (or press Enter) to go to the service.</translation>
    </message>
  </context>
  <context>
    <name>PanneauSommaire</name>
    <message>
      <source>Sommaire de l'exercice %1</source>
      <translation>Summary of fiscal year %1</translation>
    </message>
    <message>
      <source>Répertoire</source>
      <translation>Inventory</translation>
    </message>
    <message>
      <source>Proportion des services électroniques (2.9.4)</source>
      <translation>Proportion of e-enabled services (2.9.4)</translation>
    </message>
    <message>
      <source>Calcul en cours…</source>
      <translation>Calculating…</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Complets</source>
      <translation>Complete</translation>
    </message>
    <message>
      <source>À compléter</source>
      <translation>To complete</translation>
    </message>
    <message>
      <source>Proportion des services électroniques : &lt;b&gt;%1&lt;/b&gt; (%2 sur %3)</source>
      <translation>Proportion of e-enabled services: &lt;b&gt;%1&lt;/b&gt; (%2 of %3)</translation>
    </message>
    <message>
      <source>Nombre de services internes intégrés et services externes offerts par voie électronique (%1) ÷ nombre total de services internes intégrés et services externes (%2). Un service n'en sort qu'avec une justification écrite (2.9.4).</source>
      <translation>Number of internal enterprise and external services that are e-enabled (%1) ÷ total number of internal enterprise and external services (%2). A service leaves the count only with a written justification (2.9.4).</translation>
    </message>
    <message>
      <source>Pourcentage moyen de chaque service qui peut être effectué en ligne : &lt;b&gt;%1&lt;/b&gt;</source>
      <translation>Average percentage of each service that can be completed online: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Somme du % de chaque service intégré externe et interne qui peut être effectué en ligne ÷ nombre total de services internes intégrés et services externes (%1). Un point d'interaction sans réponse compte comme non offert en ligne.</source>
      <translation>Sum of the % of each internal enterprise and external service that can be completed online ÷ total number of internal enterprise and external services (%1). An unanswered interaction point counts as not online.</translation>
    </message>
    <message>
      <source>À compléter (points sans réponse, comptés non en ligne) : %1</source>
      <translation>To complete (unanswered points, counted as not online): %1</translation>
    </message>
    <message>
      <source>À compléter : %1</source>
      <translation>To complete: %1</translation>
    </message>
    <message>
      <source>Exclusion refusée faute de justification écrite, service compté : %1</source>
      <translation>Exclusion refused for lack of a written justification, service counted: %1</translation>
    </message>
    <message>
      <source>Exclusion refusée : %1</source>
      <translation>Exclusion refused: %1</translation>
    </message>
    <message>
      <source>Exclus du calcul par écrit : %1</source>
      <translation>Excluded in writing from the calculation: %1</translation>
    </message>
    <message>
      <source>Exclus du calcul : %1</source>
      <translation>Excluded from the calculation: %1</translation>
    </message>
    <message>
      <source>Services internes (non intégrés), hors du calcul : %1</source>
      <translation>Internal (non-enterprise) services, outside the calculation: %1</translation>
    </message>
    <message>
      <source>et %1 autres (voir le rapport du répertoire)</source>
      <translation>and %1 more (see the inventory report)</translation>
    </message>
    <message>
      <source>et %1 autres</source>
      <translation>and %1 more</translation>
    </message>
  </context>
  <context>
    <name>PlanDeTravail</name>
    <message>
      <source>Version %1 approuvée le %2 par %3 : le plan de travail est figé. Il se consulte, se trie et se filtre; pour le modifier, créez une nouvelle version ou la mise à jour annuelle.</source>
      <translation>Version %1 approved on %2 by %3: the workplan is locked. It can be read, sorted and filtered; to change it, create a new version or the annual update.</translation>
    </message>
    <message>
      <source>Le plan de travail est en lecture seule.</source>
      <translation>The workplan is read-only.</translation>
    </message>
    <message>
      <source>Ajouter une initiative</source>
      <translation>Add an initiative</translation>
    </message>
    <message>
      <source>Nom de l'initiative :</source>
      <translation>Initiative name:</translation>
    </message>
    <message>
      <source>Renommer l'initiative</source>
      <translation>Rename the initiative</translation>
    </message>
    <message>
      <source>Ajoutez d'abord une initiative (ou reprenez celles des examens 2A).</source>
      <translation>Add an initiative first (or take in those from the 2A reviews).</translation>
    </message>
    <message>
      <source>Ajouter une mesure</source>
      <translation>Add an action</translation>
    </message>
    <message>
      <source>Pour quelle initiative?</source>
      <translation>For which initiative?</translation>
    </message>
    <message>
      <source>Retirer la mesure</source>
      <translation>Remove the action</translation>
    </message>
    <message>
      <source>Retirer la mesure « %1 » du plan de travail?</source>
      <translation>Remove the action “%1” from the workplan?</translation>
    </message>
    <message>
      <source>(sans texte)</source>
      <translation>(no text)</translation>
    </message>
    <message>
      <source>Aucun examen 2A n'a encore proposé d'initiative.</source>
      <translation>No 2A review has proposed an initiative yet.</translation>
    </message>
    <message>
      <source>Rien de nouveau : les initiatives proposées aux examens 2A sont déjà au plan.</source>
      <translation>Nothing new: the initiatives proposed in the 2A reviews are already in the plan.</translation>
    </message>
    <message>
      <source>1 initiative reprise des examens 2A. Ajoutez-lui ses mesures.</source>
      <translation>1 initiative taken in from the 2A reviews. Add its actions.</translation>
    </message>
    <message>
      <source>Initiatives reprises des examens 2A : %1. Ajoutez-leur leurs mesures.</source>
      <translation>Initiatives taken in from the 2A reviews: %1. Add their actions.</translation>
    </message>
    <message>
      <source>Enregistré à %1.</source>
      <translation>Saved at %1.</translation>
    </message>
    <message>
      <source>Cette version est approuvée : elle ne se modifie plus.</source>
      <translation>This version is approved: it can no longer be changed.</translation>
    </message>
    <message>
      <source>Ajouter une &amp;initiative…</source>
      <translation>Add an &amp;initiative…</translation>
    </message>
    <message>
      <source>Ren&amp;ommer l'initiative…</source>
      <translation>Rename the initiati&amp;ve…</translation>
    </message>
    <message>
      <source>Ajouter une mes&amp;ure</source>
      <translation>Add an acti&amp;on</translation>
    </message>
    <message>
      <source>Pour l'initiative de la ligne choisie (Ctrl+Inser)</source>
      <translation>For the initiative of the selected row (Ctrl+Ins)</translation>
    </message>
    <message>
      <source>Retirer &amp;la mesure</source>
      <translation>Remove t&amp;he action</translation>
    </message>
    <message>
      <source>Retire la mesure de la ligne choisie (Suppr dans la table)</source>
      <translation>Removes the action of the selected row (Delete in the table)</translation>
    </message>
    <message>
      <source>Reprendre les initiatives des examens &amp;2A</source>
      <translation>Take in the initiatives from the &amp;2A reviews</translation>
    </message>
    <message>
      <source>Ajoute au plan les initiatives proposées aux examens des services prioritaires (2A) qui n'y sont pas encore, en gardant le lien.</source>
      <translation>Adds to the plan the initiatives proposed in the priority service reviews (2A) that are not in it yet, keeping the link.</translation>
    </message>
    <message>
      <source>Plan de travail intégré sur l'amélioration des services</source>
      <translation>Integrated service improvement workplan</translation>
    </message>
  </context>
  <context>
    <name>ReactionsFormulaire</name>
    <message>
      <source>Annexe %1 — ce type recouvre :</source>
      <translation>Appendix %1 — this type covers:</translation>
    </message>
    <message>
      <source>Annexe %1 — exemples :</source>
      <translation>Appendix %1 — examples:</translation>
    </message>
    <message>
      <source>%1 :</source>
      <translation>%1:</translation>
    </message>
    <message>
      <source>Pourcentage en ligne : %1 % (service interne : hors du calcul de 2.9.4)</source>
      <translation>Online percentage: %1% (internal service: outside the 2.9.4 calculation)</translation>
    </message>
    <message>
      <source>Pourcentage en ligne : à compléter. D'ici là, la proportion des services électroniques (2.9.4) compte ce service à %1 % : un point sans réponse n'est pas offert en ligne.</source>
      <translation>Online percentage: to complete. Until then, the proportion of e-enabled services (2.9.4) counts this service at %1%: an unanswered point is not online.</translation>
    </message>
    <message>
      <source>Pourcentage en ligne : %1 %</source>
      <translation>Online percentage: %1%</translation>
    </message>
  </context>
  <context>
    <name>SeanceExamen</name>
    <message>
      <source>en préparation</source>
      <translation>in preparation</translation>
    </message>
    <message>
      <source>en cours</source>
      <translation>in progress</translation>
    </message>
    <message>
      <source>terminée</source>
      <translation>completed</translation>
    </message>
    <message>
      <source>approuvée</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>brouillon</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>brouillon — recommandation : oui</source>
      <translation>draft — recommendation: yes</translation>
    </message>
    <message>
      <source>brouillon — recommandation : non</source>
      <translation>draft — recommendation: no</translation>
    </message>
    <message>
      <source>terminé</source>
      <translation>completed</translation>
    </message>
    <message>
      <source>terminé — recommandation : oui</source>
      <translation>completed — recommendation: yes</translation>
    </message>
    <message>
      <source>terminé — recommandation : non</source>
      <translation>completed — recommendation: no</translation>
    </message>
    <message>
      <source>approuvé</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>approuvé — recommandation : oui</source>
      <translation>approved — recommendation: yes</translation>
    </message>
    <message>
      <source>approuvé — recommandation : non</source>
      <translation>approved — recommendation: no</translation>
    </message>
    <message>
      <source>non commencé</source>
      <translation>not started</translation>
    </message>
    <message>
      <source>brouillon, recommandé</source>
      <translation>draft, recommended</translation>
    </message>
    <message>
      <source>brouillon, non recommandé</source>
      <translation>draft, not recommended</translation>
    </message>
    <message>
      <source>terminé, recommandé</source>
      <translation>completed, recommended</translation>
    </message>
    <message>
      <source>terminé, non recommandé</source>
      <translation>completed, not recommended</translation>
    </message>
    <message>
      <source>approuvé, recommandé</source>
      <translation>approved, recommended</translation>
    </message>
    <message>
      <source>approuvé, non recommandé</source>
      <translation>approved, not recommended</translation>
    </message>
    <message>
      <source>à faire</source>
      <translation>to do</translation>
    </message>
    <message>
      <source>fait</source>
      <translation>done</translation>
    </message>
  </context>
  <context>
    <name>SectionsStrategie</name>
    <message>
      <source>(facultative)</source>
      <translation>(optional)</translation>
    </message>
    <message>
      <source>Ajouter une section</source>
      <translation>Add a section</translation>
    </message>
    <message>
      <source>Titre de la nouvelle section :</source>
      <translation>Title of the new section:</translation>
    </message>
    <message>
      <source>Renommer la section</source>
      <translation>Rename the section</translation>
    </message>
    <message>
      <source>Nouveau titre (vide : celui de l'annexe 2B) :</source>
      <translation>New title (empty: the Appendix 2B one):</translation>
    </message>
  </context>
  <context>
    <name>TableauDeBord</name>
    <message>
      <source>&amp;Service :</source>
      <translation>&amp;Service:</translation>
    </message>
    <message>
      <source>Copier l'image</source>
      <translation>Copy image</translation>
    </message>
    <message>
      <source>Image copiée dans le presse-papiers.</source>
      <translation>Image copied to the clipboard.</translation>
    </message>
    <message>
      <source>%1 : %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Calcul en cours…</source>
      <translation>Calculating…</translation>
    </message>
    <message>
      <source>Tableau de bord de l'exercice %1</source>
      <translation>Dashboard for fiscal year %1</translation>
    </message>
    <message>
      <source>Chaque graphique est suivi du tableau de ses chiffres. « — » : aucune donnée chiffrée.</source>
      <translation>Each chart is followed by a table of its figures. “—”: no figures reported.</translation>
    </message>
    <message>
      <source>Demandes reçues par mode de prestation, %1</source>
      <translation>Applications received by service delivery channel, %1</translation>
    </message>
    <message>
      <source>Ministère (tous les services)</source>
      <translation>Department (all services)</translation>
    </message>
    <message>
      <source>Aucun service dans cet exercice</source>
      <translation>No service in this fiscal year</translation>
    </message>
    <message>
      <source>Graphique : %1</source>
      <translation>Chart: %1</translation>
    </message>
    <message>
      <source>Tableau des chiffres : %1</source>
      <translation>Table of figures: %1</translation>
    </message>
    <message>
      <source>Copier l'image du graphique : %1</source>
      <translation>Copy the image of the chart: %1</translation>
    </message>
    <message>
      <source>Copie le graphique dans le presse-papiers, comme image.</source>
      <translation>Copies the chart to the clipboard as an image.</translation>
    </message>
    <message>
      <source>Proportion des services électroniques (2.9.4), par exercice</source>
      <translation>Proportion of e-enabled services (2.9.4), by fiscal year</translation>
    </message>
    <message>
      <source>Exercice</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>Services comptés</source>
      <translation>Services counted</translation>
    </message>
    <message>
      <source>Proportion des services électroniques</source>
      <translation>Proportion of e-enabled services</translation>
    </message>
    <message>
      <source>Pourcentage moyen en ligne</source>
      <translation>Average percentage online</translation>
    </message>
    <message>
      <source>Proportion des services électroniques : services internes intégrés et externes offerts par voie électronique ÷ nombre total de services internes intégrés et externes. Pourcentage moyen de chaque service qui peut être effectué en ligne : somme du % de chaque service ÷ le même total. Un service ne sort du total qu'avec une justification écrite; un point d'interaction sans réponse compte comme non offert en ligne (service « à compléter »). Les services internes (non intégrés) ne sont pas comptés.</source>
      <translation>Proportion of e-enabled services: internal enterprise and external services that are e-enabled ÷ total number of internal enterprise and external services. Average percentage of each service that can be completed online: sum of the % of each service ÷ the same total. A service leaves the total only with a written justification; an unanswered interaction point counts as not online (service “to complete”). Internal (non-enterprise) services are not counted.</translation>
    </message>
    <message>
      <source>Offerts par voie électronique</source>
      <translation>E-enabled</translation>
    </message>
    <message>
      <source>Exclus par écrit</source>
      <translation>Excluded in writing</translation>
    </message>
    <message>
      <source>À compléter</source>
      <translation>To complete</translation>
    </message>
    <message>
      <source>Part des demandes reçues en ligne, par exercice</source>
      <translation>Share of applications received online, by fiscal year</translation>
    </message>
    <message>
      <source>Ministère</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Demandes reçues en ligne ÷ toutes les demandes chiffrées (cinq modes de prestation). Un exercice sans chiffres n'a pas de point. Le service choisi est suivi d'un exercice à l'autre par son numéro d'ID.</source>
      <translation>Applications received online ÷ all applications with figures (five service delivery channels). A fiscal year without figures has no point. The selected service is followed from one fiscal year to the next by its ID number.</translation>
    </message>
    <message>
      <source>Demandes en ligne</source>
      <translation>Online applications</translation>
    </message>
    <message>
      <source>Demandes chiffrées</source>
      <translation>Total with figures</translation>
    </message>
    <message>
      <source>Part, ministère</source>
      <translation>Share, department</translation>
    </message>
    <message>
      <source>Part, service</source>
      <translation>Share, service</translation>
    </message>
    <message>
      <source>Autres (courriel, télécopieur, autre)</source>
      <translation>Other (email, fax, other)</translation>
    </message>
    <message>
      <source>Mode de prestation</source>
      <translation>Service delivery channel</translation>
    </message>
    <message>
      <source>Demandes</source>
      <translation>Applications</translation>
    </message>
    <message>
      <source>aucune donnée</source>
      <translation>no data</translation>
    </message>
    <message>
      <source>Total des demandes chiffrées</source>
      <translation>Total applications with figures</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Services sans chiffres</source>
      <translation>Services without figures</translation>
    </message>
    <message>
      <source>Services par type, %1</source>
      <translation>Services by type, %1</translation>
    </message>
    <message>
      <source>Type non précisé</source>
      <translation>Type not specified</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Type de service</source>
      <translation>Service type</translation>
    </message>
    <message>
      <source>Services par désignation, %1</source>
      <translation>Services by designation, %1</translation>
    </message>
    <message>
      <source>Sans désignation</source>
      <translation>No designation</translation>
    </message>
    <message>
      <source>Désignation</source>
      <translation>Designation</translation>
    </message>
    <message>
      <source>Normes de service : cible atteinte ou non, %1</source>
      <translation>Service standards: target met or not, %1</translation>
    </message>
    <message>
      <source>Aucune norme de service pour cet exercice</source>
      <translation>No service standard for this fiscal year</translation>
    </message>
    <message>
      <source>Cible atteinte</source>
      <translation>Target met</translation>
    </message>
    <message>
      <source>Cible non atteinte</source>
      <translation>Target not met</translation>
    </message>
    <message>
      <source>Sans objet</source>
      <translation>Not applicable</translation>
    </message>
    <message>
      <source>Résultat non déclaré</source>
      <translation>Result not reported</translation>
    </message>
    <message>
      <source>Normes</source>
      <translation>Standards</translation>
    </message>
    <message>
      <source>Taux d'atteinte (normes évaluées)</source>
      <translation>Rate of targets met (standards assessed)</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Services prioritaires authentifiés et état de la demande en temps réel (2.10, 7.10), %1</source>
      <translation>Authenticated priority services and real-time application status (2.10, 7.10), %1</translation>
    </message>
    <message>
      <source>Aucun service prioritaire dans cet exercice</source>
      <translation>No priority service in this fiscal year</translation>
    </message>
    <message>
      <source>Services prioritaires</source>
      <translation>Priority services</translation>
    </message>
    <message>
      <source>… externes</source>
      <translation>… external</translation>
    </message>
    <message>
      <source>… qui exigent l'authentification du client</source>
      <translation>… requiring client authentication</translation>
    </message>
    <message>
      <source>… offerts en ligne de bout en bout</source>
      <translation>… online end to end</translation>
    </message>
    <message>
      <source>… avec l'état de la demande en temps réel (7.10)</source>
      <translation>… with real-time application status (7.10)</translation>
    </message>
    <message>
      <source>Progrès vers la cible de 7.10 (100 % des services externes prioritaires authentifiés)</source>
      <translation>Progress toward the 7.10 target (100% of authenticated priority external services)</translation>
    </message>
    <message>
      <source>Pas encore conformes à 7.10</source>
      <translation>Not yet meeting 7.10</translation>
    </message>
    <message>
      <source>À compléter (authentification ou état en temps réel sans réponse)</source>
      <translation>To complete (authentication or real-time status unanswered)</translation>
    </message>
    <message>
      <source>Marche de la cascade (2.10.4)</source>
      <translation>Cascade step (2.10.4)</translation>
    </message>
  </context>
  <context>
    <name>TexteDepliable</name>
    <message>
      <source>suite ›</source>
      <translation>more ›</translation>
    </message>
    <message>
      <source>‹ réduire</source>
      <translation>‹ less</translation>
    </message>
  </context>
  <context>
    <name>Textes</name>
    <message>
      <source>Choisissez un service dans la table pour voir et modifier ses 18 éléments, ou ajoutez-en un (Ctrl+N). Chaque saisie est enregistrée aussitôt.</source>
      <translation>Choose a service in the table to view and edit its 18 elements, or add one (Ctrl+N). Every entry is saved as you type.</translation>
    </message>
  </context>
  <context>
    <name>VisualiseurAide</name>
    <message>
      <source>Aide de gesserv-bureau</source>
      <translation>gesserv-bureau help</translation>
    </message>
    <message>
      <source>◀ &amp;Retour</source>
      <translation>◀ &amp;Back</translation>
    </message>
    <message>
      <source>&amp;Accueil de l'aide</source>
      <translation>Help &amp;home</translation>
    </message>
    <message>
      <source>Re&amp;chercher :</source>
      <translation>Sear&amp;ch:</translation>
    </message>
    <message>
      <source>un mot ou deux, p. ex. norme de service</source>
      <translation>a word or two, e.g. service standard</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Pages de l'aide</source>
      <translation>Help pages</translation>
    </message>
    <message>
      <source>Page d'aide</source>
      <translation>Help page</translation>
    </message>
    <message>
      <source>Ce lien ne mène pas à une page de l'aide : il n'est pas suivi (l'aide fonctionne hors ligne).</source>
      <translation>This link does not lead to a help page: it is not followed (the help works offline).</translation>
    </message>
    <message>
      <source>Pages trouvées : %1.</source>
      <translation>Pages found: %1.</translation>
    </message>
    <message>
      <source>Aucune page ne contient « %1 ».</source>
      <translation>No page contains “%1”.</translation>
    </message>
  </context>
  <context>
    <name>VueSeance</name>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
    <message numerus="yes">
      <source>Sommaire de la séance — %n service(s) à l'ordre du jour</source>
      <translation>
        <numerusform>Session summary — %n service on the agenda</numerusform>
        <numerusform>Session summary — %n services on the agenda</numerusform>
      </translation>
    </message>
    <message>
      <source>Service %1 sur %2 — %3</source>
      <translation>Service %1 of %2 — %3</translation>
    </message>
    <message>
      <source>Sommaire ▶</source>
      <translation>Summary ▶</translation>
    </message>
    <message>
      <source>Service suivant ▶</source>
      <translation>Next service ▶</translation>
    </message>
    <message>
      <source>Séance d'examen — %1</source>
      <translation>Review session — %1</translation>
    </message>
    <message>
      <source>(sans titre)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>Sommaire</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>décisions et initiatives</source>
      <translation>decisions and initiatives</translation>
    </message>
    <message>
      <source>Masquer les conseils (2.4.5) — F2</source>
      <translation>Hide guidance (2.4.5) — F2</translation>
    </message>
    <message>
      <source>Conseils (2.4.5) — F2</source>
      <translation>Guidance (2.4.5) — F2</translation>
    </message>
    <message>
      <source>◀ Service précédent</source>
      <translation>◀ Previous service</translation>
    </message>
    <message>
      <source>Quitter la séance</source>
      <translation>Leave the session</translation>
    </message>
    <message>
      <source>Ctrl+Pg suiv. ou Alt+→ : service suivant · Ctrl+Pg préc. ou Alt+← : service précédent · Ctrl+Origine / Ctrl+Fin : premier / dernier service · Pg suiv. / Pg préc. : étape de l'examen · Échap : quitter le plein écran, puis la séance</source>
      <translation>Ctrl+PgDown or Alt+→: next service · Ctrl+PgUp or Alt+←: previous service · Ctrl+Home / Ctrl+End: first / last service · PgDown / PgUp: review step · Esc: leave full screen, then the session</translation>
    </message>
    <message>
      <source>F2 : conseils (2.4.5) · Ctrl+plus / Ctrl+moins / Ctrl+0 : taille du texte</source>
      <translation>F2: guidance (2.4.5) · Ctrl+plus / Ctrl+minus / Ctrl+0: text size</translation>
    </message>
  </context>
  <context>
    <name>VueSuivie</name>
    <message>
      <source>Connexion au serveur perdue : %1 La vue réessaie d'elle-même.</source>
      <translation>Connection to the server lost: %1 The view retries by itself.</translation>
    </message>
    <message numerus="yes">
      <source>Sommaire de la séance — %n service(s) à l'ordre du jour</source>
      <translation>
        <numerusform>Session summary — %n service on the agenda</numerusform>
        <numerusform>Session summary — %n services on the agenda</numerusform>
      </translation>
    </message>
    <message>
      <source>Service %1 sur %2 — %3</source>
      <translation>Service %1 of %2 — %3</translation>
    </message>
    <message>
      <source>En direct du serveur — à jour à %1. Ce que le groupe enregistre au projecteur paraît ici dans la seconde.</source>
      <translation>Live from the server — up to date at %1. What the group saves on the projector appears here within a second.</translation>
    </message>
    <message>
      <source>Séance en direct — %1</source>
      <translation>Live session — %1</translation>
    </message>
    <message>
      <source>(sans titre)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <source>Sommaire</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>décisions et initiatives</source>
      <translation>decisions and initiatives</translation>
    </message>
    <message>
      <source>(service retiré du répertoire)</source>
      <translation>(service removed from the inventory)</translation>
    </message>
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>Le groupe n'a pas encore commencé l'examen de ce service.</source>
      <translation>The group has not started reviewing this service yet.</translation>
    </message>
    <message>
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Non</source>
      <translation>No</translation>
    </message>
    <message>
      <source>sans réponse</source>
      <translation>no answer</translation>
    </message>
    <message>
      <source>Initiatives possibles :</source>
      <translation>Possible initiatives:</translation>
    </message>
    <message>
      <source>Questions d'examen</source>
      <translation>Review questions</translation>
    </message>
    <message>
      <source>(initiative sans nom)</source>
      <translation>(unnamed initiative)</translation>
    </message>
    <message>
      <source>Aucune initiative proposée.</source>
      <translation>No initiative proposed.</translation>
    </message>
    <message>
      <source>Oui — remaniement ou optimisation recommandé</source>
      <translation>Yes — redesign or optimization recommended</translation>
    </message>
    <message>
      <source>Non — remaniement ou optimisation non recommandé</source>
      <translation>No — redesign or optimization not recommended</translation>
    </message>
    <message>
      <source>Pas encore de recommandation.</source>
      <translation>No recommendation yet.</translation>
    </message>
    <message>
      <source>Justification :</source>
      <translation>Rationale:</translation>
    </message>
    <message>
      <source>Examen du service courant</source>
      <translation>Review of the current service</translation>
    </message>
    <message>
      <source>Cette vue suit la séance d'elle-même et ne change rien. Ctrl+plus / Ctrl+moins / Ctrl+0 : taille du texte · Échap : fermer.</source>
      <translation>This view follows the session by itself and changes nothing. Ctrl+plus / Ctrl+minus / Ctrl+0: text size · Esc: close.</translation>
    </message>
    <message>
      <source>Suivre une séance en direct</source>
      <translation>Follow a session live</translation>
    </message>
    <message>
      <source>Le serveur n'a encore aucune séance d'examen.</source>
      <translation>The server has no review session yet.</translation>
    </message>
    <message>
      <source>La séance à suivre (les plus récentes d'abord) :</source>
      <translation>The session to follow (most recent first):</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Gestion des services du gouvernement du Canada, hors ligne : répertoire des services, outils de la Ligne directrice sur la gestion des services, rapports signés. Sans sous-commande, ouvre la fenêtre de l'application.</source>
      <translation>Government of Canada service management, offline: service inventory, tools of the Guideline on Service Management, signed reports. Without a subcommand, opens the application window.</translation>
    </message>
    <message>
      <source>utilisation : </source>
      <translation>usage: </translation>
    </message>
    <message>
      <source>arguments</source>
      <translation>arguments</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>sous-commandes</source>
      <translation>subcommands</translation>
    </message>
    <message>
      <source>afficher cette aide et quitter</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <source>afficher la version et quitter</source>
      <translation>show the version and exit</translation>
    </message>
    <message>
      <source>fichier de la base (sinon GESSERV_BASE, sinon le dossier de données de l'utilisateur)</source>
      <translation>database file (otherwise GESSERV_BASE, otherwise the user's data folder)</translation>
    </message>
    <message>
      <source>langue de l'interface et des messages : fr ou en</source>
      <translation>language of the interface and messages: fr or en</translation>
    </message>
    <message>
      <source>ouvrir la fenêtre de l'application (par défaut)</source>
      <translation>open the application window (default)</translation>
    </message>
    <message>
      <source>démarrer la fenêtre, ouvrir la base puis quitter (essai de démarrage)</source>
      <translation>start the window, open the database, then quit (startup test)</translation>
    </message>
    <message>
      <source>remplir la base d'un petit répertoire de démonstration réaliste (dont les trois exemples de l'annexe 1A)</source>
      <translation>fill the database with a small, realistic demonstration inventory (including the three examples of Appendix 1A)</translation>
    </message>
    <message>
      <source>faire maintenant une copie de sécurité de la base</source>
      <translation>make a backup copy of the database now</translation>
    </message>
    <message>
      <source>lister les copies de sécurité, la plus récente d'abord</source>
      <translation>list the backup copies, most recent first</translation>
    </message>
    <message>
      <source>remplacer la base par une copie de sécurité (la base remplacée est gardée, renommée)</source>
      <translation>replace the database with a backup copy (the replaced database is kept, renamed)</translation>
    </message>
    <message>
      <source>la copie à restaurer (par défaut : la plus récente intacte)</source>
      <translation>the copy to restore (default: the most recent intact one)</translation>
    </message>
    <message>
      <source>FICHIER</source>
      <translation>FILE</translation>
    </message>
    <message>
      <source>COPIE</source>
      <translation>COPY</translation>
    </message>
    <message>
      <source>vérifier l'intégrité de la base et afficher son contenu</source>
      <translation>check the integrity of the database and show its contents</translation>
    </message>
    <message>
      <source>{n} services de démonstration ajoutés à {chemin} (exercice {exercice}).</source>
      <translation>{n} demonstration services added to {chemin} (fiscal year {exercice}).</translation>
    </message>
    <message>
      <source>La base {chemin} contient déjà l'exercice de démonstration {exercice} : rien n'a été ajouté.</source>
      <translation>The database {chemin} already contains the demonstration fiscal year {exercice}: nothing was added.</translation>
    </message>
    <message>
      <source>Copie de sécurité : {copie}</source>
      <translation>Backup copy: {copie}</translation>
    </message>
    <message>
      <source>Aucune copie de sécurité pour {chemin}.</source>
      <translation>No backup copies for {chemin}.</translation>
    </message>
    <message>
      <source>intacte</source>
      <translation>intact</translation>
    </message>
    <message>
      <source>ENDOMMAGÉE</source>
      <translation>DAMAGED</translation>
    </message>
    <message>
      <source>{chemin} restaurée depuis {copie}. L'ancienne base est gardée sous {cote}.</source>
      <translation>{chemin} restored from {copie}. The previous database is kept as {cote}.</translation>
    </message>
    <message>
      <source>{chemin} : intègre, schéma {version}, {services} services, exercices : {exercices}.</source>
      <translation>{chemin}: intact, schema {version}, {services} services, fiscal years: {exercices}.</translation>
    </message>
    <message>
      <source>Fichier introuvable : {chemin}</source>
      <translation>File not found: {chemin}</translation>
    </message>
    <message>
      <source>{prog} : erreur : {message}</source>
      <translation>{prog}: error: {message}</translation>
    </message>
    <message>
      <source>argument {arg} : choix invalide {valeur} (choisir parmi {choix})</source>
      <translation>argument {arg}: invalid choice: {valeur} (choose from {choix})</translation>
    </message>
    <message>
      <source>arguments non reconnus : {args}</source>
      <translation>unrecognized arguments: {args}</translation>
    </message>
    <message>
      <source>arguments obligatoires manquants : {args}</source>
      <translation>the following arguments are required: {args}</translation>
    </message>
    <message>
      <source>argument {arg} : une valeur est attendue</source>
      <translation>argument {arg}: expected one argument</translation>
    </message>
    <message>
      <source>Erreur : {message}</source>
      <translation>Error: {message}</translation>
    </message>
    <message>
      <source>le type de rapport (voir la liste ci-dessous)</source>
      <translation>the type of report (see the list below)</translation>
    </message>
    <message>
      <source>la langue du rapport : fr, en ou bilingue (par défaut : celle de l'interface)</source>
      <translation>the report language: fr, en or bilingue (default: the interface language)</translation>
    </message>
    <message>
      <source>l'évaluation, la séance ou la stratégie, par son numéro ou son UUID (par défaut : la plus récente)</source>
      <translation>the assessment, session or strategy, by number or UUID (default: the most recent)</translation>
    </message>
    <message>
      <source>l'exercice du répertoire (AAAA-AAAA; par défaut : le plus récent)</source>
      <translation>the inventory's fiscal year (YYYY-YYYY; default: the most recent)</translation>
    </message>
    <message>
      <source>types de rapports :</source>
      <translation>report types:</translation>
    </message>
    <message>
      <source>Rapport « {titre} » ({langue}) écrit dans {chemin} — SHA-256 {sha}.</source>
      <translation>Report “{titre}” ({langue}) written to {chemin} — SHA-256 {sha}.</translation>
    </message>
    <message>
      <source>rien à rapporter : aucun élément « {element} » pour ce type de rapport (voir la liste des évaluations, séances ou stratégies)</source>
      <translation>nothing to report: no item “{element}” for this type of report (see the list of assessments, sessions or strategies)</translation>
    </message>
    <message>
      <source>TYPE</source>
      <translation>TYPE</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>signer un rapport PDF avec un certificat PKCS#12 (.p12) ou une carte à puce (PKCS#11), dans le premier champ de signature libre; l'approbateur contresigne de même le fichier déjà signé</source>
      <translation>sign a PDF report with a PKCS#12 certificate (.p12) or a smart card (PKCS#11), in the first empty signature field; the approver counter-signs the signed file the same way</translation>
    </message>
    <message>
      <source>le certificat du signataire (.p12 ou .pfx), ou --pkcs11; mot de passe demandé, ou lu dans GESSERV_MOT_DE_PASSE</source>
      <translation>the signer's certificate (.p12 or .pfx), or --pkcs11; password asked, or read from GESSERV_MOT_DE_PASSE</translation>
    </message>
    <message>
      <source>le PDF signé à écrire (jamais un fichier existant, sauf avec --remplacer)</source>
      <translation>the signed PDF to write (never an existing file, unless --remplacer is given)</translation>
    </message>
    <message>
      <source>remplacer le fichier de sortie s'il existe déjà</source>
      <translation>replace the output file if it already exists</translation>
    </message>
    <message>
      <source>NOM</source>
      <translation>NAME</translation>
    </message>
    <message>
      <source>importer un fichier CSV des données ouvertes : le répertoire des services (46, 39 ou 37 colonnes) ou les normes de service (24 colonnes); tout ou rien</source>
      <translation>import an open-data CSV file: the service inventory (46, 39 or 37 columns) or the service standards (24 columns); all or nothing</translation>
    </message>
    <message>
      <source>restaurer même si la copie contient moins de services que la base (ils disparaîtraient)</source>
      <translation>restore even if the copy holds fewer services than the database (they would disappear)</translation>
    </message>
    <message>
      <source>Pour la restaurer quand même : gesserv-bureau restaurer --confirmer {copie}</source>
      <translation>To restore it anyway: gesserv-bureau restaurer --confirmer {copie}</translation>
    </message>
    <message>
      <source>après un arrêt brutal dont les dernières modifications sont perdues (fichier -wal disparu) : continuer avec la base telle qu'elle est</source>
      <translation>after an abrupt stop whose latest changes are lost (-wal file gone): continue with the database as it is</translation>
    </message>
    <message>
      <source>Pour continuer avec la base telle qu'elle est : gesserv-bureau integrite --accepter-perte</source>
      <translation>To continue with the database as it is: gesserv-bureau integrite --accepter-perte</translation>
    </message>
    <message>
      <source>VIDE</source>
      <translation>EMPTY</translation>
    </message>
    <message>
      <source>PAS UNE COPIE DE GESSERV-BUREAU</source>
      <translation>NOT A GESSERV-BUREAU COPY</translation>
    </message>
    <message>
      <source>option ambiguë : {option} peut désigner {choix}</source>
      <translation>ambiguous option: {option} could match {choix}</translation>
    </message>
    <message>
      <source>le nom du ministère, en tête de chaque page (par défaut : celui du profil, voir « profil »)</source>
      <translation>the department's name, at the top of each page (default: the profile's, see “profil”)</translation>
    </message>
    <message>
      <source>rien à rapporter : la base ne contient encore aucun élément pour le rapport « {type} » (remplissez d'abord l'évaluation, la séance ou la stratégie)</source>
      <translation>nothing to report: the database does not yet hold any item for the “{type}” report (fill in the assessment, session or strategy first)</translation>
    </message>
    <message>
      <source>le fichier CSV à importer</source>
      <translation>the CSV file to import</translation>
    </message>
    <message>
      <source>écrire le rapport des problèmes, ligne par ligne, dans ce fichier CSV</source>
      <translation>write the row-by-row problem report to this CSV file</translation>
    </message>
    <message>
      <source>analyser le fichier et afficher le rapport sans rien importer</source>
      <translation>check the file and show the report without importing anything</translation>
    </message>
    <message>
      <source>importer même si plus de trois noms ne changeraient que par l'encodage des caractères (sinon refusé, avec des exemples)</source>
      <translation>import even if more than three names would change only by character encoding (otherwise refused, with examples)</translation>
    </message>
    <message>
      <source>exporter le répertoire dans le format actuel des données ouvertes (46 colonnes, CSV UTF-8), ou un classeur .xlsx avec une feuille par table</source>
      <translation>export the inventory in the current open-data format (46 columns, UTF-8 CSV), or an .xlsx workbook with one sheet per table</translation>
    </message>
    <message>
      <source>le fichier à écrire (.csv ou .xlsx)</source>
      <translation>the file to write (.csv or .xlsx)</translation>
    </message>
    <message>
      <source>seulement cet exercice (AAAA-AAAA; par défaut : tous)</source>
      <translation>only this fiscal year (YYYY-YYYY; default: all)</translation>
    </message>
    <message>
      <source>exporter les normes de service (24 colonnes) plutôt que les services</source>
      <translation>export the service standards (24 columns) instead of the services</translation>
    </message>
    <message>
      <source>CSV : inclure les services internes (non intégrés, note de l'élément 10), marqués INTERN dans service_scope (par défaut, ils restent hors de l'export des données ouvertes; le classeur .xlsx les met toujours dans leur feuille distincte)</source>
      <translation>CSV: include internal (non-enterprise) services (note to element 10), marked INTERN in service_scope (by default they stay out of the open data export; the .xlsx workbook always puts them on their own sheet)</translation>
    </message>
    <message>
      <source>Services internes (non intégrés) laissés hors de l'export des données ouvertes : {n} (--avec-services-internes pour les inclure, marqués INTERN).</source>
      <translation>Internal (non-enterprise) services left out of the open data export: {n} (--avec-services-internes to include them, marked INTERN).</translation>
    </message>
    <message>
      <source>AAAA-AAAA</source>
      <translation>YYYY-YYYY</translation>
    </message>
    <message>
      <source>{fichier} : {format}, {lignes} lignes.</source>
      <translation>{fichier}: {format}, {lignes} rows.</translation>
    </message>
    <message>
      <source>ligne {ligne}, colonne {colonne} ({valeur}) : {gravite} : {message}</source>
      <translation>row {ligne}, column {colonne} ({valeur}): {gravite}: {message}</translation>
    </message>
    <message>
      <source>erreur</source>
      <translation>error</translation>
    </message>
    <message>
      <source>avertissement</source>
      <translation>warning</translation>
    </message>
    <message>
      <source>Erreurs : {n}. Rien n'a été importé. Corrigez le fichier puis relancez l'import.</source>
      <translation>Errors: {n}. Nothing was imported. Correct the file, then run the import again.</translation>
    </message>
    <message>
      <source>Import terminé — services ajoutés : {crees}, mis à jour : {modifies}, inchangés : {inchanges}; avertissements : {avertissements}.</source>
      <translation>Import complete — services added: {crees}, updated: {modifies}, unchanged: {inchanges}; warnings: {avertissements}.</translation>
    </message>
    <message>
      <source>Import terminé — normes ajoutées : {crees}, mises à jour : {modifies}, inchangées : {inchanges}; services créés pour elles : {services}; avertissements : {avertissements}.</source>
      <translation>Import complete — standards added: {crees}, updated: {modifies}, unchanged: {inchanges}; services created for them: {services}; warnings: {avertissements}.</translation>
    </message>
    <message>
      <source>Analyse seulement : rien n'a été importé.</source>
      <translation>Check only: nothing was imported.</translation>
    </message>
    <message>
      <source>Rapport écrit : {chemin}</source>
      <translation>Report written: {chemin}</translation>
    </message>
    <message>
      <source>Lignes exportées : {n}, dans {chemin}.</source>
      <translation>Rows exported: {n}, to {chemin}.</translation>
    </message>
    <message>
      <source>contrôler la qualité des données du répertoire et écrire chaque constat (exercice, service, norme, règle, gravité, message) dans un fichier CSV, comme l'onglet Qualité des données</source>
      <translation>check the quality of the inventory's data and write every finding (fiscal year, service, standard, rule, severity, message) to a CSV file, as the Data quality tab does</translation>
    </message>
    <message>
      <source>le fichier CSV des constats à écrire (UTF-8)</source>
      <translation>the CSV file of findings to write (UTF-8)</translation>
    </message>
    <message>
      <source>Constats : {n} (erreurs : {erreurs}, avertissements : {avertissements}, suggestions : {suggestions}), dans {chemin}.</source>
      <translation>Findings: {n} (errors: {erreurs}, warnings: {avertissements}, suggestions: {suggestions}), in {chemin}.</translation>
    </message>
    <message>
      <source>exercice invalide : {valeur} (attendu : AAAA-AAAA, p. ex. 2024-2025)</source>
      <translation>invalid fiscal year: {valeur} (expected: YYYY-YYYY, e.g. 2024-2025)</translation>
    </message>
    <message>
      <source>impossible d'écrire {chemin} : {detail}</source>
      <translation>cannot write {chemin}: {detail}</translation>
    </message>
    <message>
      <source>échanger des évaluations (1A, 1B, 2A) ou une séance d'examen avec un autre poste, par un fichier JSON</source>
      <translation>exchange assessments (1A, 1B, 2A) or a review session with another computer, through a JSON file</translation>
    </message>
    <message>
      <source>actions</source>
      <translation>actions</translation>
    </message>
    <message>
      <source>écrire une évaluation (--uuid) ou une séance d'examen et ses évaluations (--seance) dans un fichier JSON</source>
      <translation>write one assessment (--uuid) or a review session and its assessments (--seance) to a JSON file</translation>
    </message>
    <message>
      <source>importer un fichier JSON d'évaluations, tout ou rien : refusé s'il est d'un format plus récent ou s'il écraserait des réponses plus récentes de ce poste</source>
      <translation>import a JSON assessment file, all or nothing: refused if it is of a newer format or would overwrite newer answers on this computer</translation>
    </message>
    <message>
      <source>le fichier JSON à écrire</source>
      <translation>the JSON file to write</translation>
    </message>
    <message>
      <source>le fichier JSON à importer</source>
      <translation>the JSON file to import</translation>
    </message>
    <message>
      <source>l'identifiant (UUID) de l'évaluation à exporter</source>
      <translation>the identifier (UUID) of the assessment to export</translation>
    </message>
    <message>
      <source>l'identifiant (UUID) de la séance d'examen à exporter, avec ses évaluations</source>
      <translation>the identifier (UUID) of the review session to export, with its assessments</translation>
    </message>
    <message>
      <source>UUID</source>
      <translation>UUID</translation>
    </message>
    <message>
      <source>indiquez soit --uuid UUID (une évaluation), soit --seance UUID (une séance et ses évaluations)</source>
      <translation>give either --uuid UUID (one assessment) or --seance UUID (a session and its assessments)</translation>
    </message>
    <message>
      <source>approuver une évaluation (--uuid) ou une séance d'examen (--seance) : signée avec le certificat de l'approbateur (--certificat), elle voyage approuvée; sans signature (--par), elle n'est approuvée que sur ce poste</source>
      <translation>approve an assessment (--uuid) or a review session (--seance): signed with the approver's certificate (--certificat), it travels approved; without a signature (--par), it is approved on this computer only</translation>
    </message>
    <message>
      <source>l'identifiant (UUID) de l'évaluation à approuver</source>
      <translation>the identifier (UUID) of the assessment to approve</translation>
    </message>
    <message>
      <source>l'identifiant (UUID) de la séance d'examen à approuver</source>
      <translation>the identifier (UUID) of the review session to approve</translation>
    </message>
    <message>
      <source>le certificat de l'approbateur (.p12 ou .pfx) qui signe l'approbation; mot de passe demandé, ou lu dans GESSERV_MOT_DE_PASSE</source>
      <translation>the approver's certificate (.p12 or .pfx) that signs the approval; password prompted for, or read from GESSERV_MOT_DE_PASSE</translation>
    </message>
    <message>
      <source>le nom et le titre de l'approbateur, pour une approbation sans signature (valable sur ce poste seulement)</source>
      <translation>the approver's name and title, for an unsigned approval (valid on this computer only)</translation>
    </message>
    <message>
      <source>un certificat de confiance (PEM ou DER) pour vérifier les approbations signées de ce fichier, en plus des racines retenues par l'application; répétable</source>
      <translation>a trusted certificate (PEM or DER) to verify the signed approvals in this file, in addition to the roots the application holds; repeatable</translation>
    </message>
    <message>
      <source>Évaluation {outil} « {sujet} » exportée dans {chemin}.</source>
      <translation>{outil} assessment “{sujet}” exported to {chemin}.</translation>
    </message>
    <message>
      <source>Séance d'examen « {titre} » et ses évaluations ({n}) exportées dans {chemin}.</source>
      <translation>Review session “{titre}” and its assessments ({n}) exported to {chemin}.</translation>
    </message>
    <message>
      <source>le rapport PDF à signer</source>
      <translation>the PDF report to sign</translation>
    </message>
    <message>
      <source>créer les certificats de signature, hors ligne : la racine du ministère, le certificat d'un utilisateur émis par elle (ou pour la clé d'une carte), un certificat personnel; exporter un certificat public (PEM) pour la vérification; révoquer un certificat (liste de révocation)</source>
      <translation>create signing certificates, offline: the department's root, a user certificate issued by it (or for a card's key), a personal certificate; export a public certificate (PEM) for verification; revoke a certificate (revocation list)</translation>
    </message>
    <message>
      <source>signer avec une clé sur une carte à puce ou un jeton : la bibliothèque PKCS#11 de son fournisseur (au lieu de --certificat); NIP demandé, ou lu dans GESSERV_NIP</source>
      <translation>sign with a key on a smart card or token: its vendor's PKCS#11 library (instead of --certificat); PIN asked, or read from GESSERV_NIP</translation>
    </message>
    <message>
      <source>l'étiquette de la carte ou du jeton (avec --pkcs11)</source>
      <translation>the label of the card or token (with --pkcs11)</translation>
    </message>
    <message>
      <source>l'étiquette de la clé sur la carte (par défaut : la seule qu'elle porte)</source>
      <translation>the label of the key on the card (default: the only one it holds)</translation>
    </message>
    <message>
      <source>la liste de révocation (CRL) de la racine, incorporée au document signé; un certificat qu'elle révoque ne signe pas</source>
      <translation>the root's revocation list (CRL), embedded in the signed document; a certificate it revokes does not sign</translation>
    </message>
    <message>
      <source>BIBLIOTHEQUE</source>
      <translation>LIBRARY</translation>
    </message>
    <message>
      <source>ETIQUETTE</source>
      <translation>LABEL</translation>
    </message>
    <message>
      <source>LISTE.crl</source>
      <translation>LIST.crl</translation>
    </message>
    <message>
      <source>CLE.pem</source>
      <translation>KEY.pem</translation>
    </message>
    <message>
      <source>JOURS</source>
      <translation>DAYS</translation>
    </message>
    <message>
      <source>NIP de la carte « {jeton} » : </source>
      <translation>PIN of card “{jeton}”: </translation>
    </message>
    <message>
      <source>la clé publique lue sur la carte (PEM ou DER) : le certificat est émis pour cette clé, qui ne quitte jamais la carte; --sortie est alors le certificat (PEM, ou DER si le nom finit par .der)</source>
      <translation>the public key read from the card (PEM or DER): the certificate is issued for this key, which never leaves the card; --sortie is then the certificate (PEM, or DER if the name ends in .der)</translation>
    </message>
    <message>
      <source>Certificat de « {nom} » émis par « {emetteur} » pour la clé de sa carte : {chemin} (valide jusqu'au {fin}). Écrivez-le sur la carte, par exemple : pkcs11-tool --module BIBLIOTHEQUE --login --write-object CERTIFICAT.der --type cert --id ID --label ETIQUETTE</source>
      <translation>Certificate of “{nom}” issued by “{emetteur}” for the key on their card: {chemin} (valid until {fin}). Write it onto the card, for example: pkcs11-tool --module LIBRARY --login --write-object CERTIFICATE.der --type cert --id ID --label LABEL</translation>
    </message>
    <message>
      <source>révoquer un certificat émis par la racine (départ, carte perdue…) : la liste de révocation (CRL), signée par la racine, est créée ou mise à jour avec sa date de prochaine mise à jour; mot de passe de la racine demandé, ou lu dans GESSERV_MOT_DE_PASSE_RACINE</source>
      <translation>revoke a certificate issued by the root (departure, lost card…): the revocation list (CRL), signed by the root, is created or updated with its next-update date; root password asked, or read from GESSERV_MOT_DE_PASSE_RACINE</translation>
    </message>
    <message>
      <source>le certificat à révoquer (PEM ou DER); sans lui, la liste est seulement republiée</source>
      <translation>the certificate to revoke (PEM or DER); without it, the list is only republished</translation>
    </message>
    <message>
      <source>le fichier de la liste de révocation (créé s'il n'existe pas)</source>
      <translation>the revocation list file (created if it does not exist)</translation>
    </message>
    <message>
      <source>jours avant la prochaine mise à jour de la liste (par défaut : 30)</source>
      <translation>days until the list's next update (default: 30)</translation>
    </message>
    <message>
      <source>la raison : non-precisee, cle-compromise (carte perdue ou volée : toute signature de la clé tombe), depart, changement, remplace</source>
      <translation>the reason: non-precisee (unspecified), cle-compromise (card lost or stolen: every signature of the key fails), depart (left), changement (affiliation changed), remplace (superseded)</translation>
    </message>
    <message>
      <source>Certificat de « {nom} » révoqué (numéro de série {serie}).</source>
      <translation>Certificate of “{nom}” revoked (serial number {serie}).</translation>
    </message>
    <message>
      <source>Liste de révocation écrite : {chemin} ({n} certificat(s) révoqué(s), prochaine mise à jour le {prochaine}). Publiez-la aux vérificateurs avant cette date.</source>
      <translation>Revocation list written: {chemin} ({n} revoked certificate(s), next update on {prochaine}). Publish it to verifiers before that date.</translation>
    </message>
    <message>
      <source>une liste de révocation (CRL) de la racine, reçue hors ligne (répétable); celles que le document emporte s'y ajoutent</source>
      <translation>a revocation list (CRL) from the root, received offline (repeatable); those the document carries are added</translation>
    </message>
    <message>
      <source>vérifier les signatures d'un rapport PDF : intactes ou non, qui a signé et quand, de confiance ou non (racines retenues par « confiance ajouter » et --confiance), document changé après la signature. Code de sortie : 0 valide (intact et signataires vérifiés), 3 intact mais signataire non vérifié (aucune racine de confiance ne le reconnaît), 1 échec (altéré, modifié, certificat expiré…) ou fichier illisible</source>
      <translation>verify the signatures of a PDF report: intact or not, who signed and when, trusted or not (roots remembered by “confiance ajouter” and --confiance), document changed after signing. Exit status: 0 valid (intact and signers verified), 3 intact but signer not verified (no trusted root recognises them), 1 failure (altered, modified, expired certificate…) or unreadable file</translation>
    </message>
    <message>
      <source>un certificat de confiance (PEM ou DER) de plus, pour cette vérification seulement, en plus des racines retenues : la racine ministérielle ou un certificat personnel; répétable</source>
      <translation>one more trusted certificate (PEM or DER), for this verification only, besides the remembered roots: the departmental root or a personal certificate; repeatable</translation>
    </message>
    <message>
      <source>les racines de confiance retenues par l'application (importées une fois) : verifier s'y fie ensuite sans --confiance</source>
      <translation>the trusted roots remembered by the application (imported once): verifier then relies on them without --confiance</translation>
    </message>
    <message>
      <source>retenir le certificat public (PEM ou DER) d'une racine de confiance; son empreinte SHA-256 est affichée</source>
      <translation>remember the public certificate (PEM or DER) of a trusted root; its SHA-256 fingerprint is shown</translation>
    </message>
    <message>
      <source>lister les racines retenues, avec leur empreinte SHA-256</source>
      <translation>list the remembered roots, with their SHA-256 fingerprint</translation>
    </message>
    <message>
      <source>oublier une racine retenue, désignée par son empreinte (8 caractères ou plus)</source>
      <translation>forget a remembered root, named by its fingerprint (8 characters or more)</translation>
    </message>
    <message>
      <source>le certificat public de la racine (PEM ou DER)</source>
      <translation>the root's public certificate (PEM or DER)</translation>
    </message>
    <message>
      <source>l'empreinte SHA-256 de la racine, ou son début (voir « confiance liste »)</source>
      <translation>the root's SHA-256 fingerprint, or its beginning (see “confiance liste”)</translation>
    </message>
    <message>
      <source>EMPREINTE</source>
      <translation>FINGERPRINT</translation>
    </message>
    <message>
      <source>gérer les normes de service (2.7) : les lister, les créer, les modifier, les retirer, mesurer leurs résultats, leur plan d'action (tableau 8) et la tolérance du ministère</source>
      <translation>manage service standards (2.7): list, create, edit and retire them, record their results, their action plan (Table 8) and the department's tolerance</translation>
    </message>
    <message>
      <source>lister les normes, leur cible, leur rendement et leur scénario du tableau 8</source>
      <translation>list the standards, their target, their performance and their Table 8 scenario</translation>
    </message>
    <message>
      <source>créer une norme de service pour un service</source>
      <translation>create a service standard for a service</translation>
    </message>
    <message>
      <source>modifier les champs donnés d'une norme</source>
      <translation>change the given fields of a standard</translation>
    </message>
    <message>
      <source>retirer une norme (gardée à l'historique, plus reprise l'an prochain)</source>
      <translation>retire a standard (kept in the history, no longer carried into next year)</translation>
    </message>
    <message>
      <source>remettre en vigueur une norme retirée</source>
      <translation>put a retired standard back in effect</translation>
    </message>
    <message>
      <source>inscrire le résultat de l'exercice ou d'un trimestre (le rendement est calculé)</source>
      <translation>record the result of the fiscal year or of a quarter (the performance is computed)</translation>
    </message>
    <message>
      <source>ajouter une action au plan de la norme, et l'envoyer au plan de travail d'une stratégie</source>
      <translation>add an action to the standard's plan, and send it to a strategy's workplan</translation>
    </message>
    <message>
      <source>afficher ou fixer la tolérance du tableau 8, en points de pourcentage</source>
      <translation>show or set the Table 8 tolerance, in percentage points</translation>
    </message>
    <message>
      <source>le numéro d'ID du service</source>
      <translation>the service ID</translation>
    </message>
    <message>
      <source>le numéro d'ID de la norme</source>
      <translation>the standard ID</translation>
    </message>
    <message>
      <source>l'exercice (AAAA-AAAA)</source>
      <translation>the fiscal year (YYYY-YYYY)</translation>
    </message>
    <message>
      <source>la norme, en français</source>
      <translation>the standard, in French</translation>
    </message>
    <message>
      <source>la norme, en anglais</source>
      <translation>the standard, in English</translation>
    </message>
    <message>
      <source>le type de norme : ACS (accès), TML (rapidité), ACY (exactitude), OTH (autre)</source>
      <translation>the standard type: ACS (access), TML (timeliness), ACY (accuracy), OTH (other)</translation>
    </message>
    <message>
      <source>le mode de prestation (EML, FAX, ONL, OTH, PERSON, POST, TEL; plusieurs joints par des virgules)</source>
      <translation>the delivery channel (EML, FAX, ONL, OTH, PERSON, POST, TEL; several joined by commas)</translation>
    </message>
    <message>
      <source>la cible de rendement opérationnel, en pour cent (p. ex. 90)</source>
      <translation>the operational performance target, in per cent (e.g. 90)</translation>
    </message>
    <message>
      <source>le type de cible : pourcentage, nombre, autre</source>
      <translation>the target type: pourcentage (percentage), nombre (number), autre (other)</translation>
    </message>
    <message>
      <source>le niveau d'approbation (p. ex. Ministre)</source>
      <translation>the approval level (e.g. Minister)</translation>
    </message>
    <message>
      <source>la date d'approbation (AAAA-MM-JJ)</source>
      <translation>the approval date (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>l'adresse Web (https://…)</source>
      <translation>the web address (https://…)</translation>
    </message>
    <message>
      <source>la norme en est à ses premières étapes de mise en œuvre (2.7.10) : oui ou non</source>
      <translation>the standard is in its early implementation stages (2.7.10): oui (yes) or non (no)</translation>
    </message>
    <message>
      <source>la date du retrait (AAAA-MM-JJ; par défaut : aujourd'hui)</source>
      <translation>the retirement date (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
      <source>la période : exercice (par défaut), T1, T2, T3 ou T4</source>
      <translation>the period: exercice (the fiscal year, default), T1, T2, T3 or T4</translation>
    </message>
    <message>
      <source>le volume qui respecte la norme (vide : effacer)</source>
      <translation>the volume meeting the standard (empty: clear)</translation>
    </message>
    <message>
      <source>le volume total (vide : effacer)</source>
      <translation>the total volume (empty: clear)</translation>
    </message>
    <message>
      <source>l'action (p. ex. une action proposée par le tableau 8)</source>
      <translation>the action (e.g. an action proposed by Table 8)</translation>
    </message>
    <message>
      <source>le secteur ou la personne responsable</source>
      <translation>the responsible sector or person</translation>
    </message>
    <message>
      <source>l'échéance (AAAA-MM-JJ)</source>
      <translation>the due date (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>le statut : a_faire, en_cours, terminee, abandonnee</source>
      <translation>the status: a_faire (to do), en_cours (in progress), terminee (completed), abandonnee (dropped)</translation>
    </message>
    <message>
      <source>l'UUID de la stratégie dont le plan de travail reçoit l'action</source>
      <translation>the UUID of the strategy whose workplan receives the action</translation>
    </message>
    <message>
      <source>la nouvelle tolérance, en points de pourcentage (p. ex. 2)</source>
      <translation>the new tolerance, in percentage points (e.g. 2)</translation>
    </message>
    <message>
      <source>la pondération du ministère pour l'outil 1B, facultative : l'annexe 1B ne fixe ni poids ni note (une évaluation élevé, moyen ou faible par point, puis la décision); le ministère peut se donner des poids, une échelle et des seuils, versionnés, montrés sous ce nom dans chaque évaluation 1B qui les a utilisés</source>
      <translation>the department's optional weighting for the 1B tool: Appendix 1B sets no weight and no score (a high, medium or low rating per point, then the decision); the department may set itself weights, a scale and thresholds, versioned, shown under that name in every 1B assessment that used them</translation>
    </message>
    <message>
      <source>afficher la pondération en vigueur (ou dire qu'il n'y en a pas)</source>
      <translation>show the weighting in force (or say there is none)</translation>
    </message>
    <message>
      <source>enregistrer une nouvelle version de la pondération; ce qui n'est pas donné reste celui de la version en vigueur (sinon : poids 1, échelle 3,2,1, seuils 2.5,1.5). Les brouillons 1B la suivent; les évaluations terminées gardent leur version</source>
      <translation>save a new version of the weighting; what is not given stays as in the version in force (otherwise: weight 1, scale 3,2,1, thresholds 2.5,1.5). Draft 1B assessments follow it; completed assessments keep their version</translation>
    </message>
    <message>
      <source>ne plus avoir de pondération en vigueur (les versions et les évaluations terminées restent)</source>
      <translation>have no weighting in force any more (the versions and the completed assessments remain)</translation>
    </message>
    <message>
      <source>le poids d'un point : CODE=POIDS, p. ex. volume=2 mandat=1,5 (codes : voir « ponderation afficher »)</source>
      <translation>the weight of a point: CODE=WEIGHT, e.g. volume=2 mandat=1.5 (codes: see “ponderation afficher”)</translation>
    </message>
    <message>
      <source>les valeurs d'élevé, moyen et faible, p. ex. 3,2,1 (ou 3;2;1)</source>
      <translation>the values of high, medium and low, e.g. 3,2,1 (or 3;2;1)</translation>
    </message>
    <message>
      <source>les seuils d'élevé puis de moyen, p. ex. 2.5,1.5 (ou 2,5;1,5)</source>
      <translation>the thresholds of high then medium, e.g. 2.5,1.5 (or 2,5;1,5)</translation>
    </message>
    <message>
      <source>afficher aussi toutes les versions, les retirées comprises</source>
      <translation>also show every version, removed ones included</translation>
    </message>
    <message>
      <source>CODE=POIDS</source>
      <translation>CODE=WEIGHT</translation>
    </message>
    <message>
      <source>É,M,F</source>
      <translation>H,M,L</translation>
    </message>
    <message>
      <source>É,M</source>
      <translation>H,M</translation>
    </message>
    <message>
      <source>les autres critères du ministère pour l'outil 1B (« Tout autre critère jugé pertinent par le ministère ») : chacun paraît dans les évaluations 1B sous « Autres critères », à évaluer élevé, moyen ou faible</source>
      <translation>the department's other criteria for the 1B tool (“Any other criterion the department considers relevant”): each one appears in 1B assessments under “Other criteria”, to be rated high, medium or low</translation>
    </message>
    <message>
      <source>lister les critères du ministère en vigueur, avec leur code</source>
      <translation>list the department's criteria in force, with their code</translation>
    </message>
    <message>
      <source>ajouter un critère du ministère</source>
      <translation>add a department criterion</translation>
    </message>
    <message>
      <source>retirer un critère du ministère (les évaluations qui l'ont évalué le gardent)</source>
      <translation>remove a department criterion (the assessments that rated it keep it)</translation>
    </message>
    <message>
      <source>le nom du critère, en français (ou en anglais seulement)</source>
      <translation>the name of the criterion, in French (or in English only)</translation>
    </message>
    <message>
      <source>le nom du critère en anglais (facultatif)</source>
      <translation>the name of the criterion in English (optional)</translation>
    </message>
    <message>
      <source>le code du critère (m1, m2…; voir « criteres-1b lister »)</source>
      <translation>the code of the criterion (m1, m2…; see “criteres-1b lister”)</translation>
    </message>
    <message>
      <source>CODE</source>
      <translation>CODE</translation>
    </message>
    <message>
      <source>le profil de la personne qui prépare les rapports (gardé dans les préférences, pas dans la base) : son nom et son titre sous « Préparé par », son ministère en tête des rapports, son nom comme auteur des nouveaux dossiers. Sans option : l'afficher; une option vide ("") efface ce champ</source>
      <translation>the profile of the person who prepares reports (kept in the preferences, not in the database): their name and title under “Prepared by”, their department at the top of reports, their name as the author of new records. With no option: show it; an empty option ("") clears that field</translation>
    </message>
    <message>
      <source>votre nom complet, p. ex. "Marie Tremblay"</source>
      <translation>your full name, e.g. "Marie Tremblay"</translation>
    </message>
    <message>
      <source>votre titre, p. ex. "Directrice, Bureau de la gestion des services"</source>
      <translation>your title, e.g. "Director, Service Management Office"</translation>
    </message>
    <message>
      <source>votre unité (direction, division)</source>
      <translation>your unit (branch, division)</translation>
    </message>
    <message>
      <source>votre ministère ou organisme : l'en-tête des rapports, sauf --ministere de « rapport »</source>
      <translation>your department or agency: the report header, unless --ministere is given to “rapport”</translation>
    </message>
    <message>
      <source>votre adresse courriel professionnelle</source>
      <translation>your work email address</translation>
    </message>
    <message>
      <source>Aussi : une évaluation 1B approuvée, une séance d'examen terminée et ses deux examens 2A, une stratégie approuvée avec son plan de travail, sa mise à jour annuelle en cours et quatre normes de service mesurées (les trois scénarios du tableau 8 et une à ses débuts). Chaque rapport se produit aussitôt : gesserv-bureau rapport --help.</source>
      <translation>Also: an approved 1B assessment, a finished review session with its two 2A reviews, an approved strategy with its workplan, its annual update in progress and four measured service standards (the three Table 8 scenarios and one in its early stages). Every report can be produced right away: gesserv-bureau rapport --help.</translation>
    </message>
    <message>
      <source>le mode ministère : un répertoire ministériel sur un serveur PostgreSQL, partagé par plusieurs propriétaires de services, avec des rôles tenus par le serveur</source>
      <translation>department mode: a departmental inventory on a PostgreSQL server, shared by many service owners, with roles enforced by the server</translation>
    </message>
    <message>
      <source>créer le schéma et les rôles (lecteur, rédacteur, approbateur, administrateur) sur une base vide, ou mettre à jour une base déjà initialisée; tout ou rien</source>
      <translation>create the schema and the roles (reader, editor, approver, administrator) on an empty database, or upgrade one already initialised; all or nothing</translation>
    </message>
    <message>
      <source>verser la base SQLite d'un poste dans le répertoire ministériel (--base), tout ou rien</source>
      <translation>move a workstation's SQLite base into the departmental inventory (--base), all or nothing</translation>
    </message>
    <message>
      <source>donner à une personne (son nom de connexion PostgreSQL) un rôle et les secteurs dont elle modifie les services; le rôle de connexion est créé s'il n'existe pas</source>
      <translation>give a person (their PostgreSQL login) a role and the sectors whose services they may change; the login role is created if it does not exist</translation>
    </message>
    <message>
      <source>l'adresse libpq de la base : postgresql://personne@serveur/base, ou service=NOM (pg_service.conf)</source>
      <translation>the database's libpq address: postgresql://person@server/database, or service=NAME (pg_service.conf)</translation>
    </message>
    <message>
      <source>la base SQLite du poste (.sqlite)</source>
      <translation>the workstation's SQLite base (.sqlite)</translation>
    </message>
    <message>
      <source>le nom de connexion PostgreSQL de la personne</source>
      <translation>the person's PostgreSQL login name</translation>
    </message>
    <message>
      <source>son rôle : lecteur, redacteur (ses secteurs), approbateur (approuve), administrateur (tout); aucun : le lui retirer</source>
      <translation>their role: lecteur (reader), redacteur (editor, their sectors), approbateur (approver), administrateur (administrator, everything); aucun: remove it</translation>
    </message>
    <message>
      <source>un secteur de responsabilité dont elle modifie les services (à répéter; * : tous); sans --secteur, ses secteurs restent</source>
      <translation>a sector of responsibility whose services they may change (repeat as needed; *: all); without --secteur, their sectors stay as they are</translation>
    </message>
    <message>
      <source>lui retirer tous ses secteurs</source>
      <translation>remove all their sectors</translation>
    </message>
    <message>
      <source>emporter hors ligne : copier dans une nouvelle base SQLite les services de vos secteurs, leurs évaluations, les séances et les stratégies du répertoire ministériel (--base)</source>
      <translation>take offline: copy into a new SQLite base the services of your sectors, their assessments, the review sessions and the strategies of the departmental inventory (--base)</translation>
    </message>
    <message>
      <source>renvoyer au répertoire ministériel les changements d'une base emportée, fusionnés champ par champ avec ceux du serveur; ce qui se croise est montré et rien n'est écrit avant d'être tranché</source>
      <translation>send back to the departmental inventory the changes of a base taken offline, merged field by field with the server's; what crosses is shown and nothing is written before it is settled</translation>
    </message>
    <message>
      <source>la base emportée (un fichier .sqlite)</source>
      <translation>the base taken offline (a .sqlite file)</translation>
    </message>
    <message>
      <source>trancher une divergence : FICHE:CLÉ:CHAMP=mienne (garder la vôtre) ou =serveur (à répéter)</source>
      <translation>settle a divergence: RECORD:KEY:FIELD=mienne (keep yours) or =serveur (the server's; repeat as needed)</translation>
    </message>
    <message>
      <source>trancher toutes les divergences d'un même côté</source>
      <translation>settle every divergence on the same side</translation>
    </message>
    <message>
      <source>dire ce que le renvoi ferait (et ce qui se croise), sans rien écrire ni sur le serveur ni sur le poste</source>
      <translation>say what the send-back would do (and what crosses), writing nothing on the server or on the workstation</translation>
    </message>
    <message>
      <source>CLÉ=CÔTÉ</source>
      <translation>KEY=SIDE</translation>
    </message>
    <message>
      <source>ADRESSE</source>
      <translation>ADDRESS</translation>
    </message>
    <message>
      <source>SECTEUR</source>
      <translation>SECTOR</translation>
    </message>
    <message>
      <source>le champ de signature à remplir (par défaut : le premier champ signature_N libre)</source>
      <translation>the signature field to fill (default: the first empty signature_N field)</translation>
    </message>
    <message>
      <source>produire un rapport en PDF, Word ou PowerPoint (répertoire, évaluations 1A, 1B, 2A, procès-verbal de séance, stratégie, mise à jour annuelle, plan de travail), en français, en anglais ou bilingue</source>
      <translation>produce a report in PDF, Word or PowerPoint (inventory, 1A, 1B, 2A assessments, review session minutes, strategy, annual update, workplan), in French, English or bilingual</translation>
    </message>
    <message>
      <source>le fichier à écrire, dont l'extension dit le format : .pdf (PDF balisé, accessible, à signer), .docx (Word, modifiable) ou, pour la stratégie et la mise à jour annuelle, .pptx (PowerPoint); jamais un fichier existant, sauf avec --remplacer</source>
      <translation>the file to write, whose extension gives the format: .pdf (tagged PDF, accessible, for signing), .docx (Word, editable) or, for the strategy and the annual update, .pptx (PowerPoint); never an existing file, unless --remplacer is given</translation>
    </message>
    <message>
      <source>le format du fichier « {chemin} » ({extension}) n'est pas offert pour ce rapport : choisissez un nom en {formats}. Rien n'a été écrit.</source>
      <translation>the format of file “{chemin}” ({extension}) is not offered for this report: choose a name ending in {formats}. Nothing was written.</translation>
    </message>
    <message>
      <source>Avertissement : aucun élément terminé ou approuvé pour ce rapport; le plus récent, une ébauche, a été pris (marqué « ÉBAUCHE » sur chaque page). Donnez --cle pour en choisir un autre.</source>
      <translation>Warning: nothing finished or approved for this report; the most recent item, a draft, was used (marked “DRAFT” on every page). Give --cle to choose another.</translation>
    </message>
    <message>
      <source>Ce rapport est une ébauche (élément pas encore approuvé) : « ÉBAUCHE » est marqué sur chaque page.</source>
      <translation>This report is a draft (item not approved yet): “DRAFT” is marked on every page.</translation>
    </message>
    <message>
      <source>la raison de la signature (p. ex. « Approbation »)</source>
      <translation>the reason for signing (e.g. “Approval”)</translation>
    </message>
    <message>
      <source>le lieu de la signature (p. ex. « Ottawa »)</source>
      <translation>the place of signing (e.g. “Ottawa”)</translation>
    </message>
    <message>
      <source>CHAMP</source>
      <translation>FIELD</translation>
    </message>
    <message>
      <source>TEXTE</source>
      <translation>TEXT</translation>
    </message>
    <message>
      <source>CERTIFICAT.p12</source>
      <translation>CERTIFICATE.p12</translation>
    </message>
    <message>
      <source>CERTIFICAT.pem</source>
      <translation>CERTIFICATE.pem</translation>
    </message>
    <message>
      <source>FICHIER.pdf</source>
      <translation>FILE.pdf</translation>
    </message>
    <message>
      <source>COURRIEL</source>
      <translation>EMAIL</translation>
    </message>
    <message>
      <source>ANS</source>
      <translation>YEARS</translation>
    </message>
    <message>
      <source>Signé par {nom} dans le champ {champ} : {chemin}</source>
      <translation>Signed by {nom} in field {champ}: {chemin}</translation>
    </message>
    <message>
      <source>Champs de signature encore libres : {champs}.</source>
      <translation>Signature fields still empty: {champs}.</translation>
    </message>
    <message>
      <source>Toutes les signatures prévues sont apposées.</source>
      <translation>All the planned signatures are in place.</translation>
    </message>
    <message>
      <source>Signature consignée au registre des rapports de {chemin}.</source>
      <translation>Signature recorded in the report register of {chemin}.</translation>
    </message>
    <message>
      <source>Avertissement : la signature n'a pas pu être consignée au registre des rapports ({detail}); le PDF signé est bien écrit.</source>
      <translation>Warning: the signature could not be recorded in the report register ({detail}); the signed PDF was written.</translation>
    </message>
    <message>
      <source>Mot de passe du certificat {fichier} : </source>
      <translation>Password of certificate {fichier}: </translation>
    </message>
    <message>
      <source>Mot de passe de la racine {fichier} : </source>
      <translation>Password of root {fichier}: </translation>
    </message>
    <message>
      <source>Mot de passe qui protégera {fichier} : </source>
      <translation>Password that will protect {fichier}: </translation>
    </message>
    <message>
      <source>Saisissez-le de nouveau : </source>
      <translation>Type it again: </translation>
    </message>
    <message>
      <source>Annulé : rien n'a été fait.</source>
      <translation>Cancelled: nothing was done.</translation>
    </message>
    <message>
      <source>créer la racine ministérielle (autorité de certification hors ligne) qui émet les certificats des utilisateurs; mot de passe demandé, ou lu dans GESSERV_MOT_DE_PASSE</source>
      <translation>create the departmental root (offline certificate authority) that issues user certificates; password asked, or read from GESSERV_MOT_DE_PASSE</translation>
    </message>
    <message>
      <source>créer le certificat de signature d'un utilisateur, émis par la racine; mots de passe demandés, ou lus dans GESSERV_MOT_DE_PASSE_RACINE (la racine) et GESSERV_MOT_DE_PASSE (le nouveau fichier)</source>
      <translation>create a user's signing certificate, issued by the root; passwords asked, or read from GESSERV_MOT_DE_PASSE_RACINE (the root) and GESSERV_MOT_DE_PASSE (the new file)</translation>
    </message>
    <message>
      <source>créer un certificat de signature personnel, autosigné (sans racine); mot de passe demandé, ou lu dans GESSERV_MOT_DE_PASSE</source>
      <translation>create a personal, self-signed signing certificate (no root); password asked, or read from GESSERV_MOT_DE_PASSE</translation>
    </message>
    <message>
      <source>écrire en PEM le certificat public (jamais la clé) à donner aux vérificateurs : la racine de la chaîne, ou le certificat du titulaire avec --titulaire</source>
      <translation>write the public certificate (never the key) to give to verifiers, as PEM: the root of the chain, or the holder's certificate with --titulaire</translation>
    </message>
    <message>
      <source>le nom du ministère ou de l'organisme</source>
      <translation>the name of the department or agency</translation>
    </message>
    <message>
      <source>le nom du titulaire, tel qu'il paraîtra dans le tampon de signature</source>
      <translation>the holder's name, as it will appear in the signature stamp</translation>
    </message>
    <message>
      <source>son adresse courriel</source>
      <translation>their email address</translation>
    </message>
    <message>
      <source>le fichier .p12 de la racine ministérielle</source>
      <translation>the departmental root's .p12 file</translation>
    </message>
    <message>
      <source>le fichier .p12 à créer (jamais remplacé s'il existe)</source>
      <translation>the .p12 file to create (never replaced if it exists)</translation>
    </message>
    <message>
      <source>écrire aussi le certificat public dans ce fichier PEM</source>
      <translation>also write the public certificate to this PEM file</translation>
    </message>
    <message>
      <source>le fichier PEM à écrire (jamais remplacé s'il existe)</source>
      <translation>the PEM file to write (never replaced if it exists)</translation>
    </message>
    <message>
      <source>durée de validité en années (racine : 10 par défaut; autres : 2)</source>
      <translation>validity period in years (root: 10 by default; others: 2)</translation>
    </message>
    <message>
      <source>le fichier .p12 dont exporter le certificat public</source>
      <translation>the .p12 file whose public certificate to export</translation>
    </message>
    <message>
      <source>exporter le certificat du titulaire plutôt que la racine de sa chaîne</source>
      <translation>export the holder's certificate rather than the root of its chain</translation>
    </message>
    <message>
      <source>Racine « {nom} » créée : {chemin} (valide jusqu'au {fin}). Gardez ce fichier hors ligne, en lieu sûr.</source>
      <translation>Root “{nom}” created: {chemin} (valid until {fin}). Keep this file offline, in a safe place.</translation>
    </message>
    <message>
      <source>Certificat de signature de « {nom} » créé : {chemin} (émis par « {emetteur} », valide jusqu'au {fin}).</source>
      <translation>Signing certificate of “{nom}” created: {chemin} (issued by “{emetteur}”, valid until {fin}).</translation>
    </message>
    <message>
      <source>Certificat personnel de « {nom} » créé : {chemin} (autosigné, valide jusqu'au {fin}).</source>
      <translation>Personal certificate of “{nom}” created: {chemin} (self-signed, valid until {fin}).</translation>
    </message>
    <message>
      <source>Certificat public « {nom} » écrit dans {chemin} : à donner aux vérificateurs (--confiance).</source>
      <translation>Public certificate “{nom}” written to {chemin}: give it to verifiers (--confiance).</translation>
    </message>
    <message>
      <source>le rapport PDF signé à vérifier</source>
      <translation>the signed PDF report to verify</translation>
    </message>
  </context>
</TS>