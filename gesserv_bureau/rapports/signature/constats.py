"""Les constats de la vérification, en mots simples (``referentiel.messages_signature``) : sur
chaque signature (:class:`ResultatSignature`) et sur le document entier
(:class:`VerificationDocument`), avec le verdict : valide (intact et signataires vérifiés),
intact mais signataire non vérifié (sans racine de confiance, un nom dans un certificat ne
prouve rien), ou échec.

Ni Qt ni SQL ici; ni pyHanko : les constats sont de simples données.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gesserv_bureau.rapports import certificats
from gesserv_bureau.rapports.signature.commun import date_lisible
from gesserv_bureau.referentiel import messages_signature as messages

COUVERTURE_FICHIER = "fichier_entier"
COUVERTURE_REVISION = "revision_entiere"
COUVERTURE_ANORMALE = "anormale"

MODIF_AUCUNE = "aucune"
MODIF_SIGNATURES = "signatures"        # signatures ou remplissage de champs : permis
MODIF_ANNOTATIONS = "annotations"
MODIF_AUTRE = "autre"

VALIDITE_OK = "ok"
VALIDITE_EXPIRE = "expire"
VALIDITE_PAS_ENCORE = "pas_encore_valide"

# la révocation, selon les listes (CRL) données ou incorporées au document
REVOC_NON = "non_revoquee"
REVOC_REVOQUEE = "revoquee"                  # révoqué à la date déclarée de la signature ou avant
REVOC_COMPROMISE = "revoquee_compromise"     # clé compromise : toute signature de la clé tombe
REVOC_APRES = "revoquee_apres"               # révoqué après la date déclarée de la signature
REVOC_INCONNUE = "inconnue"                  # aucune liste de son émetteur

# Le verdict d'ensemble. Sans racine de confiance, un document intact n'est jamais « valide » :
# n'importe qui peut se fabriquer un certificat au nom de n'importe qui.
STATUT_VALIDE = "valide"               # intact, chaque signataire vérifié par une racine de confiance
STATUT_NON_VERIFIE = "non_verifie"     # intact, mais au moins un signataire non vérifié
STATUT_ECHEC = "echec"                 # altéré, modifié après, signature retirée, certificat hors validité…

# les constats de modification après une signature (ce que signer refuse d'entériner)
CODES_MODIFICATION = frozenset({"sig_annotations_apres", "sig_modifie_apres", "sig_modifications_inconnues",
                                 "doc_modifie_apres_derniere"})


@dataclass(frozen=True)
class ResultatSignature:
    """Le constat sur une signature.

    ``intacte`` : pyHanko ``intact`` (les octets signés n'ont pas changé) **et** ``valid`` (la
    signature correspond au certificat); ``de_confiance`` : pyHanko ``trusted`` envers les
    racines données (``None`` si aucune racine n'a été donnée); ``validite`` : le certificat du
    signataire était-il dans sa période de validité à la date de signature déclarée;
    ``bottom_line`` : le jugement d'ensemble de pyHanko (intacte, de confiance, modifications
    permises).
    """

    champ: str
    rang: int                          # 1 pour la première signature apposée
    lisible: bool                      # False : signature détruite ou illisible
    signataire: str = ""
    courriel: str | None = None
    emetteur: str = ""
    date: dt.datetime | None = None    # heure déclarée par le signataire (pas d'horodatage)
    intacte: bool = False
    intacte_octets: bool = False       # pyHanko ``intact`` seul : les octets signés n'ont pas changé
    valide: bool = False               # pyHanko ``valid`` seul : la signature correspond au certificat
    de_confiance: bool | None = None
    raison_confiance: str | None = None   # code messages_signature « raison_… » si pas de confiance
    usage_cle_ok: bool = True
    couverture: str = COUVERTURE_ANORMALE
    modification: str | None = None    # MODIF_… après cette signature; None : inconnue
    docmdp_ok: bool | None = None
    bottom_line: bool = False
    detail: str = ""                   # l'erreur de lecture, si illisible
    racine: str = ""                   # la racine de confiance atteinte
    empreinte_racine: str = ""         # son empreinte SHA-256 (hexadécimal)
    raison: str | None = None          # /Reason déclarée
    lieu: str | None = None            # /Location déclaré
    validite: str = VALIDITE_OK        # VALIDITE_… du certificat à la date de signature
    debut_validite: dt.datetime | None = None
    fin_validite: dt.datetime | None = None
    empreinte_certificat: str = ""     # SHA-256 du certificat du signataire
    empreinte_cle: str = ""            # SHA-256 de sa clé publique
    revocation: str | None = None      # REVOC_…; None : aucune liste de révocation en jeu
    date_revocation: dt.datetime | None = None
    liste_emetteur: str = ""           # la liste utilisée : son émetteur, sa date
    liste_date: dt.datetime | None = None

    @property
    def modifiee_apres(self) -> bool:
        """Le document a changé après cette signature autrement que par d'autres signatures."""
        return self.modification not in (MODIF_AUCUNE, MODIF_SIGNATURES)

    def echecs(self) -> list[str]:
        """Les codes des constats d'échec : signature illisible, altérée, mal placée, certificat
        sans usage de signature ou hors de sa période de validité, document changé après elle.
        La confiance n'en fait pas partie (voir :meth:`problemes`)."""
        if not self.lisible:
            return ["sig_illisible"]
        codes = []
        if self.couverture == COUVERTURE_ANORMALE:
            codes.append("sig_couverture")
        if not self.intacte:
            codes.append("sig_alteree" if not self.intacte_octets else "sig_invalide")
        if not self.usage_cle_ok:
            codes.append("sig_usage_cle")
        if self.intacte and self.validite != VALIDITE_OK:
            codes.append("sig_certificat_expire" if self.validite == VALIDITE_EXPIRE
                         else "sig_certificat_pas_encore_valide")
        if self.revocation in (REVOC_REVOQUEE, REVOC_COMPROMISE):
            codes.append("sig_revoquee" if self.revocation == REVOC_REVOQUEE else "sig_revoquee_compromise")
        if self.intacte and self.modifiee_apres and self.couverture != COUVERTURE_ANORMALE:
            codes.append({MODIF_ANNOTATIONS: "sig_annotations_apres", MODIF_AUTRE: "sig_modifie_apres"}.get(
                self.modification or "", "sig_modifications_inconnues"))
        if self.de_confiance and not self.bottom_line and not codes:
            codes.append("sig_jugement")   # pyHanko juge la signature mauvaise : ne pas l'ignorer
        return codes

    @property
    def verifiee(self) -> bool:
        """Le signataire est vérifié : son certificat remonte à une racine de confiance."""
        return bool(self.de_confiance)

    def problemes(self) -> list[str]:
        """Les codes de tout ce qui empêche de tenir la signature pour bonne : les échecs, puis,
        pour une signature sans échec, ``sig_non_verifiee`` (aucune racine de confiance) ou
        ``sig_non_reconnue`` (elle ne remonte à aucune racine donnée)."""
        codes = self.echecs()
        if not codes and not self.verifiee:
            codes.append("sig_non_verifiee" if self.de_confiance is None else "sig_non_reconnue")
        return codes

    @property
    def statut(self) -> str:
        if self.echecs():
            return STATUT_ECHEC
        return STATUT_VALIDE if self.verifiee else STATUT_NON_VERIFIE

    def ok(self) -> bool:
        return self.statut == STATUT_VALIDE

    def texte_code(self, code: str, langue: str) -> str:
        """Le texte d'un constat de cette signature."""
        t = messages.texte
        if code == "sig_illisible":
            return t(code, langue, champ=self.champ, detail=self.detail)
        if code in ("sig_certificat_expire", "sig_certificat_pas_encore_valide"):
            return t(code, langue, nom=self.signataire, debut=_jour(self.debut_validite),
                     fin=_jour(self.fin_validite), date=date_lisible(self.date) if self.date else "?")
        if code in ("sig_revoquee", "sig_revoquee_compromise", "sig_revoquee_apres"):
            return t(code, langue, date=date_lisible(self.date_revocation),
                     signee=date_lisible(self.date) if self.date else "?")
        if code == "sig_non_revoquee":
            return t(code, langue, emetteur=self.liste_emetteur, date=date_lisible(self.liste_date))
        if code == "sig_revocation_inconnue":
            return t(code, langue, emetteur=self.emetteur)
        if code == "sig_non_reconnue":
            raison = t(self.raison_confiance or "raison_aucune_chaine", langue, indication=self.detail or "?")
            return t(code, langue, raison=raison)
        return t(code, langue)

    def lignes(self, langue: str) -> list[str]:
        """Le constat en phrases, la première nommant la signature."""
        t = messages.texte
        qui = self.signataire + (f" <{self.courriel}>" if self.courriel else "") if self.lisible else "—"
        lignes = [t("sig_titre", langue, n=self.rang, champ=self.champ, signataire=qui)]
        if not self.lisible:
            lignes.append(self.texte_code("sig_illisible", langue))
            return lignes
        lignes.append(t("sig_date", langue, date=date_lisible(self.date)) if self.date else t("sig_sans_date", langue))
        if self.emetteur and self.emetteur != self.signataire:
            lignes.append(t("sig_emetteur", langue, emetteur=self.emetteur))
        if self.couverture == COUVERTURE_ANORMALE:
            lignes.append(t("sig_couverture", langue))
        if self.intacte:
            lignes.append(t("sig_intacte", langue))
        else:
            lignes.append(t("sig_alteree" if not self.intacte_octets else "sig_invalide", langue))
        if not self.usage_cle_ok:
            lignes.append(t("sig_usage_cle", langue))
        echecs = self.echecs()
        for code in ("sig_certificat_expire", "sig_certificat_pas_encore_valide"):
            if code in echecs:
                lignes.append(self.texte_code(code, langue))
        if not self.intacte:
            pass   # pas de confiance à évaluer pour une signature altérée
        elif self.de_confiance is None:
            lignes.append(t("sig_non_verifiee", langue))
        elif self.de_confiance:
            lignes.append(t("sig_confiance", langue, racine=self.racine,
                            empreinte=empreinte_courte(self.empreinte_racine)))
        else:
            lignes.append(self.texte_code("sig_non_reconnue", langue))
        if self.revocation is not None:
            lignes.append(self.texte_code({REVOC_NON: "sig_non_revoquee", REVOC_REVOQUEE: "sig_revoquee",
                                           REVOC_COMPROMISE: "sig_revoquee_compromise",
                                           REVOC_APRES: "sig_revoquee_apres"}.get(self.revocation,
                                                                                  "sig_revocation_inconnue"), langue))
        if self.intacte and self.couverture != COUVERTURE_ANORMALE:
            code = {MODIF_AUCUNE: "sig_rien_apres", MODIF_SIGNATURES: "sig_signatures_apres",
                    MODIF_ANNOTATIONS: "sig_annotations_apres", MODIF_AUTRE: "sig_modifie_apres"}.get(
                self.modification or "", "sig_modifications_inconnues")
            lignes.append(t(code, langue))
        if "sig_jugement" in echecs:
            lignes.append(t("sig_jugement", langue))
        return lignes


def _jour(moment: dt.datetime | None) -> str:
    return moment.date().isoformat() if moment is not None else "?"


def empreinte_courte(empreinte: str) -> str:
    """``3f:a1:…:9c`` : les 8 premiers octets, de quoi comparer à l'empreinte publiée."""
    if not empreinte:
        return "?"
    octets = [empreinte[i:i + 2] for i in range(0, min(len(empreinte), 16), 2)]
    return ":".join(octets) + "…"


@dataclass(frozen=True)
class ListeUtilisee:
    """Une liste de révocation dont la vérification s'est servie : son émetteur, sa date, celle
    de sa prochaine mise à jour, d'où elle vient (``fichier``/``document``) et si elle est périmée."""

    emetteur: str
    date: dt.datetime
    prochaine: dt.datetime | None
    source: str
    fichier: str = ""
    perimee: bool = False

    def texte_source(self, langue: str) -> str:
        if self.source == "document":
            return messages.texte("crl_source_document", langue)
        return messages.texte("crl_source_fichier", langue, fichier=self.fichier)

    def ligne(self, langue: str) -> str:
        code = "crl_perimee" if self.perimee else "crl_utilisee"
        return messages.texte(code, langue, emetteur=self.emetteur, date=date_lisible(self.date),
                              prochaine=date_lisible(self.prochaine) if self.prochaine else "?",
                              source=self.texte_source(langue))


@dataclass(frozen=True)
class VerificationDocument:
    """Le constat sur le document entier.

    :attr:`statut` vaut :data:`STATUT_VALIDE` seulement si le document porte au moins une
    signature, que chacune est lisible, intacte, faite avec un certificat valide à sa date, et
    remonte à une racine de confiance, que rien d'autre qu'une signature n'a été ajouté après
    chacune, que rien n'a changé après la dernière, qu'aucune signature n'a été retirée et que
    deux champs n'ont pas été signés par la même personne. Intact mais avec un signataire non
    vérifié (aucune racine de confiance, ou aucune qui le reconnaisse) :
    :data:`STATUT_NON_VERIFIE`. Tout le reste : :data:`STATUT_ECHEC`.
    """

    signatures: list[ResultatSignature]
    champs_vides: list[str] = field(default_factory=list)
    modifie_apres_derniere: bool = False
    signatures_retirees: list[str] = field(default_factory=list)
    confiance_exigee: bool = False     # des racines de confiance ont été données
    memes_signataires: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (nom, champs)
    listes: list[ListeUtilisee] = field(default_factory=list)      # les listes de révocation utilisées
    listes_ignorees: list[ListeUtilisee] = field(default_factory=list)   # signées par aucune racine donnée

    @property
    def liste_perimee(self) -> bool:
        """Une liste de révocation utilisée est périmée (elle peut ignorer une révocation récente)."""
        return any(liste.perimee for liste in self.listes)

    def echecs(self) -> list[str]:
        codes: list[str] = []
        if not self.signatures:
            codes.append("doc_aucune_signature")
        for s in self.signatures:
            codes.extend(s.echecs())
        if self.modifie_apres_derniere:
            codes.append("doc_modifie_apres_derniere")
        codes.extend("doc_signature_retiree" for _ in self.signatures_retirees)
        codes.extend("doc_meme_signataire" for _ in self.memes_signataires)
        return codes

    def problemes(self) -> list[str]:
        """Les échecs, puis les signataires non vérifiés (``sig_non_verifiee``, ``sig_non_reconnue``)."""
        codes = self.echecs()
        for s in self.signatures:
            codes.extend(c for c in s.problemes() if c in ("sig_non_verifiee", "sig_non_reconnue"))
        return codes

    @property
    def non_verifiees(self) -> list[ResultatSignature]:
        """Les signatures sans échec dont le signataire n'est pas vérifié."""
        return [s for s in self.signatures if s.statut == STATUT_NON_VERIFIE]

    @property
    def statut(self) -> str:
        if self.echecs():
            return STATUT_ECHEC
        return STATUT_NON_VERIFIE if self.non_verifiees else STATUT_VALIDE

    @property
    def ok(self) -> bool:
        """Vrai seulement pour :data:`STATUT_VALIDE` (intact **et** signataires vérifiés)."""
        return self.statut == STATUT_VALIDE

    def lignes_echec(self, langue: str) -> list[str]:
        """Les seuls constats d'échec, chacun précédé de la signature qu'il concerne."""
        t = messages.texte
        lignes = []
        if not self.signatures:
            lignes.append(t("doc_aucune_signature", langue))
        for s in self.signatures:
            for code in s.echecs():
                lignes.append(t("sig_prefixe", langue, n=s.rang, champ=s.champ) + s.texte_code(code, langue))
        for champ in self.signatures_retirees:
            lignes.append(t("doc_signature_retiree", langue, champ=champ))
        if self.modifie_apres_derniere:
            lignes.append(t("doc_modifie_apres_derniere", langue))
        for nom, champs in self.memes_signataires:
            lignes.append(t("doc_meme_signataire", langue, nom=nom, champs=", ".join(champs)))
        return lignes

    def lignes(self, langue: str, fichier: str | None = None) -> list[str]:
        t = messages.texte
        lignes = [t("doc_titre", langue, fichier=fichier)] if fichier else []
        for s in self.signatures:
            lignes.extend(s.lignes(langue))
        if not self.signatures:
            lignes.append(t("doc_aucune_signature", langue))
        for champ in self.signatures_retirees:
            lignes.append(t("doc_signature_retiree", langue, champ=champ))
        if self.modifie_apres_derniere:
            lignes.append(t("doc_modifie_apres_derniere", langue))
        for nom, champs in self.memes_signataires:
            lignes.append(t("doc_meme_signataire", langue, nom=nom, champs=", ".join(champs)))
        if self.champs_vides:
            lignes.append(t("doc_champs_vides", langue, champs=", ".join(self.champs_vides)))
        lignes.extend(liste.ligne(langue) for liste in self.listes)
        lignes.extend(t("crl_non_reconnue", langue, source=liste.texte_source(langue)) for liste in self.listes_ignorees)
        lignes.append(self.bilan(langue))
        return lignes

    def bilan(self, langue: str) -> str:
        """La dernière ligne : VALIDE, intact mais signataire non vérifié, ou ÉCHEC."""
        t = messages.texte
        statut = self.statut
        if statut == STATUT_VALIDE:
            return t("bilan_ok", langue, n=len(self.signatures))
        if statut == STATUT_NON_VERIFIE:
            non = self.non_verifiees
            cle = "bilan_non_verifie" if self.confiance_exigee else "bilan_non_verifie_sans_racine"
            return t(cle, langue, n=len(self.signatures), m=len(non), noms=", ".join(s.signataire for s in non))
        return t("bilan_echec", langue, n=len(self.echecs()))


def meme_personne(a: ResultatSignature, b: ResultatSignature) -> bool:
    """Deux signatures de la même personne : même certificat, même clé, ou même nom (sans
    accents, casse ni espaces en trop)."""
    if not (a.lisible and b.lisible):
        return False
    if a.empreinte_certificat and a.empreinte_certificat == b.empreinte_certificat:
        return True
    if a.empreinte_cle and a.empreinte_cle == b.empreinte_cle:
        return True
    nom_a = certificats.nom_normalise(a.signataire)
    return bool(nom_a) and nom_a == certificats.nom_normalise(b.signataire)


def memes_signataires(signatures: list[ResultatSignature]) -> list[tuple[str, tuple[str, ...]]]:
    groupes: list[list[ResultatSignature]] = []
    for s in signatures:
        for groupe in groupes:
            if meme_personne(groupe[0], s):
                groupe.append(s)
                break
        else:
            groupes.append([s])
    return [(g[0].signataire, tuple(s.champ for s in g)) for g in groupes if len(g) > 1]
