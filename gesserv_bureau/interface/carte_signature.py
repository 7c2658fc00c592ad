"""Le choix d'une clé sur une carte à puce ou un jeton (PKCS#11) dans la fenêtre de signature :
la bibliothèque du fournisseur (retenue dans les préférences, les emplacements courants offerts),
la carte (par étiquette), la clé (par étiquette et titulaire), le NIP (demandé chaque fois, jamais
gardé). Lister les cartes et les clés ne demande pas le NIP (un certificat est public). La vue
seulement : les cartes sont lues par ``rapports.signature.carte``."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from gesserv_bureau.interface.textes import Retraduisible

CLE_PREFERENCE = "signature/bibliotheque_pkcs11"


def bibliotheque_retenue() -> str:
    from gesserv_bureau.langue import preferences

    return str(preferences().value(CLE_PREFERENCE, "") or "")


def retenir_bibliotheque(chemin: str) -> None:
    from gesserv_bureau.langue import preferences

    reglages = preferences()
    reglages.setValue(CLE_PREFERENCE, chemin)
    reglages.sync()


class ChoixCarte(Retraduisible, QWidget):
    """Bibliothèque, carte, clé et NIP; :meth:`actualiser` relit les cartes et leurs clés."""

    def __init__(self, langue: str, parent=None):
        super().__init__(parent)
        self.setObjectName("choixCarte")
        self.langue = langue
        self.erreur = ""
        forme = QFormLayout(self)
        forme.setContentsMargins(0, 0, 0, 0)
        self.bibliotheque = QComboBox(self)
        self.bibliotheque.setObjectName("bibliothequePkcs11")
        self.bibliotheque.setEditable(True)
        self.bouton_actualiser = QPushButton(self)
        self.bouton_actualiser.setObjectName("actualiserCartes")
        ligne = QHBoxLayout()
        ligne.addWidget(self.bibliotheque, 1)
        ligne.addWidget(self.bouton_actualiser)
        self.etiquette_bibliotheque = QLabel(self)
        self.etiquette_bibliotheque.setBuddy(self.bibliotheque)
        forme.addRow(self.etiquette_bibliotheque, ligne)
        self.jeton = QComboBox(self)
        self.jeton.setObjectName("jetonPkcs11")
        self.etiquette_jeton = QLabel(self)
        self.etiquette_jeton.setBuddy(self.jeton)
        forme.addRow(self.etiquette_jeton, self.jeton)
        self.cle = QComboBox(self)
        self.cle.setObjectName("clePkcs11")
        self.etiquette_cle = QLabel(self)
        self.etiquette_cle.setBuddy(self.cle)
        forme.addRow(self.etiquette_cle, self.cle)
        self.nip = QLineEdit(self)
        self.nip.setObjectName("nipPkcs11")
        self.nip.setEchoMode(QLineEdit.EchoMode.Password)
        self.etiquette_nip = QLabel(self)
        self.etiquette_nip.setBuddy(self.nip)
        forme.addRow(self.etiquette_nip, self.nip)
        self._remplir_bibliotheques()
        self.bouton_actualiser.clicked.connect(lambda: self.actualiser())
        self.bibliotheque.activated.connect(lambda _i: self.actualiser())
        self.jeton.currentIndexChanged.connect(lambda _i: self._lire_cles())
        self.retraduire()

    def _remplir_bibliotheques(self) -> None:
        from gesserv_bureau.rapports.signature import carte

        retenue = bibliotheque_retenue()
        offertes = carte.bibliotheques_courantes()
        for chemin in ([retenue] if retenue and retenue not in offertes else []) + offertes:
            self.bibliotheque.addItem(chemin, chemin)
        if retenue:
            self.bibliotheque.setCurrentText(retenue)

    def chemin_bibliotheque(self) -> str:
        return self.bibliotheque.currentText().strip()

    def actualiser(self) -> bool:
        """Relit les cartes présentes de la bibliothèque, puis les clés de la première; la
        bibliothèque qui répond est retenue dans les préférences."""
        from gesserv_bureau.rapports import signature

        self.erreur = ""
        self.jeton.blockSignals(True)
        self.jeton.clear()
        self.cle.clear()
        chemin = self.chemin_bibliotheque()
        if not chemin:
            self.jeton.blockSignals(False)
            self.erreur = self.tr("Choisissez la bibliothèque PKCS#11 de votre carte.")
            return False
        try:
            presents = signature.jetons(chemin)
        except signature.ErreurSignature as exc:
            self.jeton.blockSignals(False)
            self.erreur = exc.texte(self.langue)
            return False
        retenir_bibliotheque(chemin)
        for jeton in presents:
            libelle = jeton.etiquette + (self.tr(" (NIP bloqué)") if jeton.nip_bloque else "")
            self.jeton.addItem(libelle, jeton.etiquette)
        self.jeton.blockSignals(False)
        if not presents:
            self.erreur = signature.messages.texte("aucun_jeton", self.langue, fichier=chemin)
            return False
        return self._lire_cles()

    def _lire_cles(self) -> bool:
        from gesserv_bureau.rapports import signature

        self.cle.clear()
        etiquette = self.jeton.currentData()
        if not etiquette:
            return False
        try:
            cles = signature.cles(self.chemin_bibliotheque(), etiquette)
        except signature.ErreurSignature as exc:
            self.erreur = exc.texte(self.langue)
            return False
        for cle in cles:
            self.cle.addItem(cle.libelle, cle.etiquette)
        if not cles:
            self.erreur = signature.messages.texte("aucune_cle", self.langue, jeton=etiquette)
            return False
        return True

    def selection(self) -> tuple[str, str | None, str | None]:
        """(bibliothèque, carte, clé) choisies."""
        return self.chemin_bibliotheque(), self.jeton.currentData(), self.cle.currentData()

    def prendre_nip(self) -> str:
        """Le NIP saisi, aussitôt effacé du champ."""
        nip = self.nip.text()
        self.nip.clear()
        return nip

    def retraduire(self) -> None:
        self.etiquette_bibliotheque.setText(self.tr("&Bibliothèque PKCS#11 :"))
        self.bouton_actualiser.setText(self.tr("&Actualiser"))
        self.etiquette_jeton.setText(self.tr("Carte ou &jeton :"))
        self.etiquette_cle.setText(self.tr("Cl&é :"))
        self.etiquette_nip.setText(self.tr("&NIP :"))
