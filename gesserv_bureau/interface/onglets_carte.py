"""Deux onglets du dialogue des certificats pour les cartes et la révocation (issue 18) :
émettre, avec la racine ministérielle, le certificat d'une clé qui ne quitte jamais sa carte
(depuis sa clé publique), et révoquer un certificat en publiant la liste de révocation signée.
Les jumeaux en ligne de commande : ``certificat utilisateur --cle-publique`` et ``certificat
revoquer``. Rien n'est écrit sur un refus; les mots de passe ne sont jamais gardés."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

ROUGE, VERT = "#8a1c1c", "#1b5e20"


class OngletsCarte:
    """À mettre avant la classe du dialogue (``DialogueCertificats``), qui fournit ``_onglet``,
    ``_fichier``, ``_mot_de_passe``, ``_duree``, ``_bouton``, ``_chemin``, ``_manque``,
    ``_montrer`` et ``_refus``."""

    def _construire_carte(self) -> None:
        o = self._onglet("carte")
        self.carte_nom = o.champ("carteNom", QLineEdit(o))
        self.carte_courriel = o.champ("carteCourriel", QLineEdit(o))
        self.carte_cle = self._fichier(o, "carteClePublique", False, "pem")
        self.carte_racine = self._fichier(o, "carteRacine", False, "p12")
        self.carte_mot_de_passe_racine = self._mot_de_passe(o, "carteMotDePasseRacine")
        self.carte_annees = self._duree(o, "carteAnnees", "utilisateur")
        self.carte_sortie = self._fichier(o, "carteSortie", True, "pem")
        self.bouton_emettre_carte = self._bouton(o, "boutonEmettreCarte", self.emettre_pour_cle)

    def _construire_revocation(self) -> None:
        from gesserv_bureau.rapports import revocation

        o = self._onglet("revocation")
        self.revocation_certificat = self._fichier(o, "revocationCertificat", False, "pem")
        self.revocation_racine = self._fichier(o, "revocationRacine", False, "p12")
        self.revocation_mot_de_passe_racine = self._mot_de_passe(o, "revocationMotDePasseRacine")
        self.revocation_liste = self._fichier(o, "revocationListe", True, "crl")
        self.revocation_jours = QSpinBox(o)
        self.revocation_jours.setRange(1, revocation.JOURS_MAX)
        self.revocation_jours.setValue(revocation.JOURS_DEFAUT)
        self.revocation_jours.setMaximumWidth(self.revocation_jours.sizeHint().width() + 24)
        o.champ("revocationJours", self.revocation_jours)
        self.revocation_raison = o.champ("revocationRaison", QComboBox(o))
        self.bouton_revoquer = self._bouton(o, "boutonRevoquer", self.revoquer)

    def _retraduire_carte(self) -> None:
        from gesserv_bureau.rapports import revocation

        f = self._formulaires
        for cle, texte in (("carte", self.tr("Carte (clé publique)")), ("revocation", self.tr("Révocation"))):
            self.onglets.setTabText(self.onglets.indexOf(f[cle]), texte)
            f[cle].defilement.setAccessibleName(texte)
        f["carte"].intro.setText(self.tr(
            "Le certificat d'une clé qui ne quitte jamais sa carte ou son jeton : lisez sa clé publique sur la carte "
            "(p. ex. pkcs11-tool --read-object --type pubkey), émettez ici le certificat avec la racine "
            "ministérielle, puis écrivez-le sur la carte. Mêmes usages qu'un certificat d'utilisateur : signature "
            "numérique et non-répudiation."))
        f["carte"].nommer({"carteNom": self.tr("&Nom du titulaire :"),
                           "carteCourriel": self.tr("C&ourriel (facultatif) :"),
                           "carteClePublique": self.tr("Clé &publique de la carte (.pem ou .der) :"),
                           "carteRacine": self.tr("Fichier .p12 de la &racine :"),
                           "carteMotDePasseRacine": self.tr("Mot de passe de la r&acine :"),
                           "carteAnnees": self.tr("&Durée de validité (années) :"),
                           "carteSortie": self.tr("Certificat à é&crire (.pem ou .der) :")})
        self.bouton_emettre_carte.setText(self.tr("É&mettre le certificat"))
        f["revocation"].intro.setText(self.tr(
            "Retirer un certificat (une personne qui part, une carte perdue) : la racine l'ajoute à sa liste de "
            "révocation, signée, valide le nombre de jours choisi; publiez ce fichier aux vérificateurs. Sans "
            "certificat, la liste est seulement republiée avec une nouvelle date. Rien ne passe par le réseau."))
        f["revocation"].nommer({"revocationCertificat": self.tr("Certificat à ré&voquer (facultatif) :"),
                                "revocationRacine": self.tr("Fichier .p12 de la &racine :"),
                                "revocationMotDePasseRacine": self.tr("Mot de passe de la r&acine :"),
                                "revocationListe": self.tr("&Liste de révocation (.crl, créée ou mise à jour) :"),
                                "revocationJours": self.tr("Liste valide pendant (&jours) :"),
                                "revocationRaison": self.tr("Rai&son :")})
        raisons = {"non-precisee": self.tr("Non précisée"),
                   "cle-compromise": self.tr("Clé compromise (carte perdue ou volée)"),
                   "depart": self.tr("Départ du titulaire"), "changement": self.tr("Changement d'affectation"),
                   "remplace": self.tr("Remplacé par un autre certificat")}
        choisie = self.revocation_raison.currentData()
        self.revocation_raison.clear()
        for code in revocation.RAISONS:
            self.revocation_raison.addItem(raisons.get(code, code), code)
        self.revocation_raison.setCurrentIndex(max(0, self.revocation_raison.findData(choisie)))
        self.bouton_revoquer.setText(self.tr("Ré&voquer et publier la liste"))

    # --- les gestes -------------------------------------------------------------------------
    def emettre_pour_cle(self) -> bool:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import certificats

        cle, racine, sortie = (self._chemin(c) for c in (self.carte_cle, self.carte_racine, self.carte_sortie))
        if cle is None:
            return self._manque(self.tr("Choisissez le fichier de la clé publique lue sur la carte."))
        if racine is None:
            return self._manque(self.tr("Choisissez le fichier .p12 de la racine ministérielle."))
        if sortie is None:
            return self._manque(self.tr("Choisissez le fichier du certificat à écrire."))
        mot_de_passe = self.carte_mot_de_passe_racine.text()
        self.carte_mot_de_passe_racine.clear()
        try:
            cas.controler_sortie(sortie)
            cas.controler_source(racine)
            certificats.charger_cle_publique(cle)
            cert = certificats.creer_certificat_pour_cle(self.carte_nom.text(), self.carte_courriel.text() or None,
                                                         cle, racine, mot_de_passe, sortie,
                                                         annees=self.carte_annees.value())
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        finally:
            del mot_de_passe
        self._montrer([self.tr("Certificat de « {nom} » émis par « {emetteur} » pour la clé de la carte : {chemin} "
                               "(valide jusqu'au {fin}). Écrivez-le sur la carte.").format(
            nom=certificats.nom_commun(cert), emetteur=certificats.nom_emetteur(cert), chemin=sortie,
            fin=cert.not_valid_after_utc.date().isoformat())], VERT)
        return True

    def revoquer(self) -> bool:
        from gesserv_bureau.cas import certificats as cas
        from gesserv_bureau.rapports import certificats, revocation, signature

        cible, racine, liste = (self._chemin(c) for c in
                                (self.revocation_certificat, self.revocation_racine, self.revocation_liste))
        if racine is None:
            return self._manque(self.tr("Choisissez le fichier .p12 de la racine ministérielle."))
        if liste is None:
            return self._manque(self.tr("Choisissez le fichier de la liste de révocation (.crl)."))
        mot_de_passe = self.revocation_mot_de_passe_racine.text()
        self.revocation_mot_de_passe_racine.clear()
        try:
            cas.controler_source(racine)
            if cible is not None:
                cas.controler_source(cible)
            publiee, revoque = revocation.revoquer(cible, racine, mot_de_passe, liste,
                                                   jours=self.revocation_jours.value(),
                                                   raison=self.revocation_raison.currentData() or "non-precisee")
        except certificats.ErreurSignature as exc:
            self._refus(exc)
            return False
        finally:
            del mot_de_passe
        lignes = []
        if revoque is not None:
            lignes.append(self.tr("Certificat de « {nom} » révoqué (numéro de série {serie}).").format(
                nom=certificats.nom_commun(revoque), serie=format(revoque.serial_number, "x")))
        lignes.append(self.tr("Liste de révocation écrite : {chemin} ({n} certificats révoqués; prochaine mise à "
                              "jour au plus tard le {prochaine}). Publiez-la aux vérificateurs.").format(
            chemin=liste, n=len(list(publiee.crl)), prochaine=signature.date_lisible(publiee.prochaine)))
        self._montrer(lignes, VERT)
        return True
