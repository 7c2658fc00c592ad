"""Les menus de la fenêtre principale : les actions (raccourcis, commandes déclenchées, nom
d'objet, éteintes en lecture seule), leur place dans les menus et leurs textes.

Une commande nouvelle : sa méthode dans le module ``actions_*`` de sa famille, son action dans
``_creer_actions``, sa place dans ``_creer_menus``, son texte dans ``_retraduire_menus``."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence


class MenusFenetre:
    """Les actions et les menus de ``FenetrePrincipale`` (à mettre avant ``QMainWindow``)."""

    def _creer_actions(self) -> None:
        """Chaque action avec son raccourci, ce qu'elle déclenche et son nom d'objet; celles
        qui écrivent sont éteintes sur une base en lecture seule."""
        def action(raccourci=None, declencheur=None, nom=""):
            a = QAction(self)
            if raccourci is not None:
                # setShortcuts : setShortcut essaierait d'abord un QKeyCombination, donc les
                # énumérations de Qt (voir valeurs_qt); une touche standard garde ses variantes
                a.setShortcuts(raccourci if isinstance(raccourci, QKeySequence.StandardKey) else [QKeySequence(raccourci)])
            if declencheur:
                a.triggered.connect(declencheur)
            a.setObjectName(nom)
            return a

        self.act_quitter = action(QKeySequence.StandardKey.Quit, self.close, "actQuitter")
        self.act_ouvrir = action(QKeySequence.StandardKey.Open, self.ouvrir_repertoire, "actOuvrir")
        self.act_nouveau_fichier = action("Ctrl+Shift+N", self.nouveau_repertoire, "actNouveauFichier")
        self.act_restaurer = action(None, self.restaurer_copie, "actRestaurer")
        self.act_copie = action(None, self._copie_securite, "actCopie")
        self.act_ouvrir_ministere = action(None, lambda: self.ouvrir_repertoire_ministeriel(), "actOuvrirMinistere")
        self.act_emporter = action(None, self.emporter_hors_ligne, "actEmporter")
        self.act_renvoyer = action(None, self.renvoyer_au_serveur, "actRenvoyer")
        self.act_annuler = self.controleur.pile.createUndoAction(self)
        self.act_annuler.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_annuler.setObjectName("actAnnuler")
        self.act_retablir = self.controleur.pile.createRedoAction(self)
        self.act_retablir.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.act_retablir.setObjectName("actRetablir")
        self.act_nouveau = action(QKeySequence.StandardKey.New, self.nouveau_service, "actNouveau")
        self.act_dupliquer = action("Ctrl+D", self.dupliquer_service, "actDupliquer")
        self.act_supprimer = action(QKeySequence.StandardKey.Delete, self.supprimer_service, "actSupprimer")
        self.act_supprimer.setProperty("shortcutContext", "WidgetWithChildrenShortcut")   # sans Qt.ShortcutContext
        self.table.addAction(self.act_supprimer)
        self.act_rechercher = action(QKeySequence.StandardKey.Find, self._aller_recherche, "actRechercher")
        self.act_profil = action(None, self.profil, "actProfil")
        self.act_exercice_suivant = action(None, self.commencer_exercice_suivant, "actExerciceSuivant")
        self.act_metadonnees = action(None, self.modifier_metadonnees, "actMetadonnees")
        self.act_journal = action(None, self.afficher_journal, "actJournal")
        self.act_registre = action(None, self.afficher_registre, "actRegistre")
        self.act_importer = action("Ctrl+I", self.importer_donnees, "actImporter")
        self.act_exporter_csv = action("Ctrl+E", lambda: self.exporter("csv"), "actExporterCsv")
        self.act_exporter_normes = action(None, lambda: self.exporter("normes"), "actExporterNormes")
        self.act_exporter_xlsx = action(None, lambda: self.exporter("xlsx"), "actExporterXlsx")
        # note de l'élément 10 : les services internes (non intégrés) hors des données ouvertes, sauf choix
        self.act_exporter_internes = action(None, None, "actExporterInternes")
        self.act_exporter_internes.setCheckable(True)
        self.act_qualite = action("F7", self.verifier_qualite, "actQualite")
        self.act_rapport_inventaire = action(QKeySequence.StandardKey.Print, self.rapport_inventaire, "actRapportInventaire")
        self.act_rapport_normes = action(None, self.rapport_normes, "actRapportNormes")
        self.act_signer = action(None, lambda: self.signer_pdf(), "actSigner")
        self.act_verifier = action(None, lambda: self.verifier_pdf(), "actVerifier")
        self.act_certificats = action(None, lambda: self.certificats(), "actCertificats")
        self.act_eval_1a = action(None, lambda: self.nouvelle_evaluation("1A"), "actEvaluation1A")
        self.act_eval_1b = action(None, lambda: self.nouvelle_evaluation("1B"), "actEvaluation1B")
        self.act_eval_2a = action(None, lambda: self.nouvelle_evaluation("2A"), "actEvaluation2A")
        self.act_seance = action(None, self.seance_examen, "actSeance")
        self.act_suivre_seance = action(None, lambda: self.suivre_seance_en_direct(), "actSuivreSeance")
        self.act_suivre_seance.setVisible(False)     # sur une copie du répertoire ministériel (menu ouvert)
        self.act_ponderation_1b = action(None, self.ponderation_1b, "actPonderation1B")
        self.act_criteres_1b = action(None, self.criteres_1b, "actCriteres1B")
        self.act_evaluations = action("Ctrl+Shift+E", self.liste_evaluations, "actEvaluations")
        self.act_strategie = action(None, self.strategies, "actStrategie")
        self.act_onglet_repertoire = action("Ctrl+1", lambda: self.onglets.setCurrentIndex(0), "actOngletRepertoire")
        self.act_onglet_qualite = action("Ctrl+2", lambda: self.onglets.setCurrentIndex(1), "actOngletQualite")
        self.act_onglet_tableau = action("Ctrl+3", lambda: self.onglets.setCurrentIndex(2), "actOngletTableau")
        self.act_sommaire = self.dock_sommaire.toggleViewAction()
        self.act_sommaire.setShortcuts([QKeySequence("Ctrl+R")])
        self.act_a_propos = action(None, self.a_propos, "actAPropos")
        # F1 : l'aide de l'écran; les autres fenêtres reçoivent le leur (interface/aide.installer_f1)
        self.act_aide_ecran = action("F1", self.aide_ecran, "actAideEcran")
        self.setProperty("aideF1", True)
        self.act_guide = action(None, self.guide_demarrage, "actGuideDemarrage")
        self.groupe_langue = QActionGroup(self)
        self.act_fr = action(None, lambda: self.changer_langue("fr"), "actFrancais")
        self.act_en = action(None, lambda: self.changer_langue("en"), "actAnglais")
        for a, code in ((self.act_fr, "fr"), (self.act_en, "en")):
            a.setCheckable(True)
            a.setChecked(self.langue == code)
            self.groupe_langue.addAction(a)
        self.act_fr.setText("Français")   # le nom d'une langue s'écrit dans cette langue
        self.act_en.setText("English")
        self._actions_ecriture = [self.act_nouveau, self.act_dupliquer, self.act_supprimer,
                                  self.act_exercice_suivant, self.act_metadonnees, self.act_annuler,
                                  self.act_retablir, self.act_importer, self.act_eval_1a, self.act_eval_1b,
                                  self.act_eval_2a, self.act_seance]
        if self.base.lecture_seule:
            for a in self._actions_ecriture:
                a.setEnabled(False)

    def _creer_menus(self) -> None:
        """La barre des menus, dans l'ordre de leurs actions; les textes viennent ensuite."""
        barre = self.menuBar()
        self.menu_fichier = barre.addMenu("")
        self.menu_fichier.addAction(self.act_nouveau_fichier)
        self.menu_fichier.addAction(self.act_ouvrir)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_importer)
        self.menu_exporter = self.menu_fichier.addMenu("")
        for a in (self.act_exporter_csv, self.act_exporter_normes, self.act_exporter_xlsx):
            self.menu_exporter.addAction(a)
        self.menu_exporter.addSeparator()
        self.menu_exporter.addAction(self.act_exporter_internes)
        self.menu_fichier.addAction(self.act_rapport_inventaire)
        self.menu_fichier.addAction(self.act_rapport_normes)
        self.menu_fichier.addAction(self.act_signer)
        self.menu_fichier.addAction(self.act_verifier)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_copie)
        self.menu_fichier.addAction(self.act_restaurer)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_ouvrir_ministere)
        self.menu_fichier.addAction(self.act_emporter)
        self.menu_fichier.addAction(self.act_renvoyer)
        self.menu_fichier.aboutToShow.connect(self._maj_actions_serveur)
        self.menu_fichier.addSeparator()
        self.menu_fichier.addAction(self.act_quitter)
        self.menu_edition = barre.addMenu("")
        for a in (self.act_annuler, self.act_retablir, None, self.act_nouveau, self.act_dupliquer,
                  self.act_supprimer, None, self.act_rechercher, None, self.act_profil):
            self.menu_edition.addSeparator() if a is None else self.menu_edition.addAction(a)
        self.menu_repertoire = barre.addMenu("")
        for a in (self.act_exercice_suivant, self.act_metadonnees, None, self.act_qualite, None, self.act_journal, self.act_registre):
            self.menu_repertoire.addSeparator() if a is None else self.menu_repertoire.addAction(a)
        self.menu_evaluations = barre.addMenu("")
        for a in (self.act_eval_1a, self.act_eval_1b, self.act_eval_2a, None, self.act_seance, self.act_suivre_seance,
                  None, self.act_evaluations, None, self.act_strategie, None, self.act_ponderation_1b, self.act_criteres_1b):
            self.menu_evaluations.addSeparator() if a is None else self.menu_evaluations.addAction(a)
        self.menu_evaluations.aboutToShow.connect(self._maj_actions_serveur)
        self.menu_outils = barre.addMenu("")
        self.menu_outils.addAction(self.act_certificats)
        self.menu_affichage = barre.addMenu("")
        for a in (self.act_onglet_repertoire, self.act_onglet_qualite, self.act_onglet_tableau):
            self.menu_affichage.addAction(a)
        self.menu_affichage.addSeparator()
        self.menu_affichage.addAction(self.act_sommaire)
        self.menu_langue = self.menu_affichage.addMenu("")
        self.menu_langue.addAction(self.act_fr)
        self.menu_langue.addAction(self.act_en)
        self.menu_aide = barre.addMenu("")
        self.menu_aide.addAction(self.act_aide_ecran)
        self.menu_aide.addAction(self.act_guide)
        self.menu_aide.addSeparator()
        self.menu_aide.addAction(self.act_a_propos)

    def _retraduire_menus(self) -> None:
        """Les titres des menus et les textes des actions, dans la langue de l'interface (les
        noms des langues s'écrivent chacun dans sa langue, une fois pour toutes)."""
        self.menu_fichier.setTitle(self.tr("&Fichier"))
        self.menu_edition.setTitle(self.tr("&Édition"))
        self.menu_repertoire.setTitle(self.tr("&Répertoire"))
        self.menu_affichage.setTitle(self.tr("&Affichage"))
        self.menu_langue.setTitle(self.tr("&Langue"))
        self.menu_aide.setTitle(self.tr("Aid&e"))
        self.act_quitter.setText(self.tr("&Quitter"))
        self.act_copie.setText(self.tr("Faire une &copie de sécurité"))
        self.act_ouvrir.setText(self.tr("&Ouvrir un répertoire…"))
        self.act_nouveau_fichier.setText(self.tr("&Nouveau répertoire…"))
        self.act_restaurer.setText(self.tr("&Restaurer une copie de sécurité…"))
        self.act_ouvrir_ministere.setText(self.tr("Ouvrir le répertoire &ministériel…"))
        self.act_emporter.setText(self.tr("Emporter &hors ligne du serveur ministériel…"))
        self.act_renvoyer.setText(self.tr("Renvo&yer au serveur ministériel…"))
        self.act_nouveau.setText(self.tr("&Nouveau service"))
        self.act_dupliquer.setText(self.tr("&Dupliquer le service"))
        self.act_supprimer.setText(self.tr("&Supprimer le service…"))
        self.act_rechercher.setText(self.tr("&Rechercher"))
        self.act_profil.setText(self.tr("&Profil…"))
        self.act_exercice_suivant.setText(self.tr("Commencer l'exercice &suivant…"))
        self.act_metadonnees.setText(self.tr("&Métadonnées du répertoire…"))
        self.act_journal.setText(self.tr("&Journal des modifications…"))
        self.act_registre.setText(self.tr("Re&gistre des rapports exportés et signés…"))
        self.act_importer.setText(self.tr("&Importer des données ouvertes…"))
        self.menu_evaluations.setTitle(self.tr("É&valuations"))
        self.menu_outils.setTitle(self.tr("&Outils"))
        self.act_certificats.setText(self.tr("&Certificats…"))
        self.act_eval_1a.setText(self.tr("Une &activité est-elle un service? (annexe 1A)…"))
        self.act_eval_1b.setText(self.tr("Ce service est-il &prioritaire? (annexe 1B)…"))
        self.act_eval_2a.setText(self.tr("&Examiner ce service prioritaire (annexe 2A)…"))
        self.act_seance.setText(self.tr("&Séance d'examen du groupe de travail…"))
        self.act_suivre_seance.setText(self.tr("Suivre une séance en &direct…"))
        self.act_evaluations.setText(self.tr("&Toutes les évaluations…"))
        self.act_strategie.setText(self.tr("Stratégie de gestion des services et plan de travail (2B, 2C)…"))
        self.act_ponderation_1b.setText(self.tr("Pondé&ration du ministère (1B)…"))
        self.act_criteres_1b.setText(self.tr("Autres &critères du ministère (1B)…"))
        self.menu_exporter.setTitle(self.tr("&Exporter"))
        self.act_exporter_csv.setText(self.tr("Le &répertoire (CSV, format des données ouvertes)…"))
        self.act_exporter_normes.setText(self.tr("Les &normes de service (CSV)…"))
        self.act_exporter_xlsx.setText(self.tr("Un &classeur Excel (.xlsx)…"))
        self.act_exporter_internes.setText(self.tr("CSV : inclure les services internes (non intégrés), marqués INTERN"))
        self.act_qualite.setText(self.tr("&Vérifier la qualité des données"))
        self.act_rapport_inventaire.setText(self.tr("Rapport &PDF du répertoire (aperçu, impression)…"))
        self.act_rapport_normes.setText(self.tr("Rapport des normes de service et du ren&dement…"))
        self.act_signer.setText(self.tr("Si&gner ou contresigner un rapport PDF…"))
        self.act_verifier.setText(self.tr("&Vérifier les signatures d'un PDF…"))
        self.act_onglet_repertoire.setText(self.tr("&Répertoire"))
        self.act_onglet_qualite.setText(self.tr("&Qualité des données"))
        self.act_onglet_tableau.setText(self.tr("&Tableau de bord"))
        self.act_a_propos.setText(self.tr("À &propos de gesserv-bureau"))
        self.act_aide_ecran.setText(self.tr("&Aide de cet écran"))
        self.act_guide.setText(self.tr("&Guide de démarrage"))
