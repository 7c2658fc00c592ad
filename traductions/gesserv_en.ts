<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>BarreFiltre</name>
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
      <source>Toutes les désignations</source>
      <translation>All designations</translation>
    </message>
    <message>
      <source>Sans désignation</source>
      <translation>No designation</translation>
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
      <source>Quitter</source>
      <translation>Quit</translation>
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
      <source>Ouvrir un répertoire de services</source>
      <translation>Open a service inventory</translation>
    </message>
    <message>
      <source>Bases gesserv-bureau (*.sqlite *.db);;Tous les fichiers (*)</source>
      <translation>gesserv-bureau databases (*.sqlite *.db);;All files (*)</translation>
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
    <name>Dialogues</name>
    <message>
      <source>&lt;h3&gt;gesserv-bureau %1&lt;/h3&gt;&lt;p&gt;Gestion des services du gouvernement du Canada, hors ligne : le répertoire des services, les outils de la &lt;i&gt;Ligne directrice sur la gestion des services&lt;/i&gt; (édition %2) et des rapports signés.&lt;/p&gt;&lt;p&gt;Base de données : %3&lt;br&gt;Schéma : version %4&lt;/p&gt;&lt;p&gt;Aucune donnée ne quitte cet ordinateur : l'application n'ouvre aucune connexion réseau.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;gesserv-bureau %1&lt;/h3&gt;&lt;p&gt;Government of Canada service management, offline: the service inventory, the tools of the &lt;i&gt;Guideline on Service Management&lt;/i&gt; (%2 edition) and signed reports.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Schema: version %4&lt;/p&gt;&lt;p&gt;No data leaves this computer: the application opens no network connections.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>À propos de gesserv-bureau</source>
      <translation>About gesserv-bureau</translation>
    </message>
  </context>
  <context>
    <name>Erreurs</name>
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
      <source>Un autre programme écrit en ce moment dans {chemin}. Rien n'a été perdu; réessayez dans un instant.</source>
      <translation>Another program is writing to {chemin} right now. Nothing was lost; try again in a moment.</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir ou de créer {chemin} ({detail}). Vérifiez que le dossier existe et que vous avez le droit d'y écrire.</source>
      <translation>Unable to open or create {chemin} ({detail}). Check that the folder exists and that you have permission to write to it.</translation>
    </message>
  </context>
  <context>
    <name>FenetrePrincipale</name>
    <message>
      <source>La copie de sécurité automatique a échoué : %1</source>
      <translation>The automatic backup copy failed: %1</translation>
    </message>
    <message>
      <source>%1 services affichés sur %2</source>
      <translation>%1 of %2 services shown</translation>
    </message>
    <message>
      <source>Enregistrement impossible</source>
      <translation>Unable to save</translation>
    </message>
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

La mise à jour annuelle du répertoire (exigence 7.1) part de l'exercice précédent : les éléments descriptifs sont repris, les volumes sont remis à compléter. L'exercice %3 reste intact.</source>
      <translation>Start fiscal year %1 by carrying over the %2 services of fiscal year %3?

The annual update of the inventory (requirement 7.1) starts from the previous fiscal year: the descriptive elements are carried over and the volumes are reset to “to complete”. Fiscal year %3 remains unchanged.</translation>
    </message>
    <message>
      <source>Exercice %1 commencé : %2 services reportés.</source>
      <translation>Fiscal year %1 started: %2 services carried over.</translation>
    </message>
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
      <source>Copie à remettre en place (la plus récente d'abord) :</source>
      <translation>Copy to put back (most recent first):</translation>
    </message>
    <message>
      <source>Remplacer le répertoire ouvert par la copie du %1?

Le répertoire actuel n'est pas effacé : il est gardé à côté, renommé.</source>
      <translation>Replace the open inventory with the copy of %1?

The current inventory is not deleted: it is kept alongside, renamed.</translation>
    </message>
    <message>
      <source>Copie de sécurité faite : %1</source>
      <translation>Backup copy made: %1</translation>
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
      <source>&amp;Nouveau service</source>
      <translation>&amp;New service</translation>
    </message>
    <message>
      <source>&amp;Dupliquer le service</source>
      <translation>Du&amp;plicate service</translation>
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
      <source>Sommaire</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>À &amp;propos de gesserv-bureau</source>
      <translation>&amp;About gesserv-bureau</translation>
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
    <name>FormulaireService</name>
    <message>
      <source>Annexe %1 — ce type recouvre :</source>
      <translation>Appendix %1 — this type covers:</translation>
    </message>
    <message>
      <source>Annexe %1 — exemples :</source>
      <translation>Appendix %1 — examples:</translation>
    </message>
    <message>
      <source>Pourcentage en ligne : inconnu tant que les six points ne sont pas répondus</source>
      <translation>Online percentage: unknown until all six interaction points are answered</translation>
    </message>
    <message>
      <source>Pourcentage en ligne : %1 %</source>
      <translation>Online percentage: %1%</translation>
    </message>
    <message>
      <source>Aucun service sélectionné</source>
      <translation>No service selected</translation>
    </message>
    <message>
      <source>Nouveau service</source>
      <translation>New service</translation>
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
      <source>Justification écrite de l'exclusion du calcul (2.9.4)</source>
      <translation>Written justification for exclusion from the calculation (2.9.4)</translation>
    </message>
    <message>
      <source>À remplir seulement si le service est exclu du calcul de la proportion des services électroniques.</source>
      <translation>Fill in only if the service is excluded from the calculation of the proportion of e-enabled services.</translation>
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
      <source>« Ne s'applique pas » : le service n'est pas offert par ce mode. « Données non disponibles » : le service est offert par ce mode, mais les chiffres manquent.</source>
      <translation>“Does not apply”: the service is not offered through this channel. “Data not available”: the service is offered through this channel, but the figures are missing.</translation>
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
    <message>
      <source>(sans nom)</source>
      <translation>(unnamed)</translation>
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
      <source>&lt;b&gt;%1&lt;/b&gt; des services sont offerts par voie électronique de bout en bout (%2 sur %3).</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; of services are e-enabled end to end (%2 of %3).</translation>
    </message>
    <message>
      <source>En moyenne, &lt;b&gt;%1&lt;/b&gt; de chaque service peut être effectué en ligne.</source>
      <translation>On average, &lt;b&gt;%1&lt;/b&gt; of each service can be carried out online.</translation>
    </message>
    <message numerus="yes">
      <source>%n service(s) exclu(s) du calcul avec une justification écrite.</source>
      <translation>
        <numerusform>%n service excluded from the calculation with a written justification.</numerusform>
        <numerusform>%n services excluded from the calculation with a written justification.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n service(s) non compté(s) : points d'interaction à compléter.</source>
      <translation>
        <numerusform>%n service not counted: interaction points to complete.</numerusform>
        <numerusform>%n services not counted: interaction points to complete.</numerusform>
      </translation>
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
  </context>
</TS>