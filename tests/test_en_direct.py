"""L'envoi en direct (``interface.en_direct.EnvoiEnDirect``), sans serveur : une synchronisation
factice dit ce que le serveur a fait; l'envoi suit la clé de sa fiche, et d'elle seule."""

from __future__ import annotations

from gesserv_bureau.cas.seance_en_direct import Synchro
from gesserv_bureau.interface.en_direct import EnvoiEnDirect


class _Serveur:
    connexion = "rita"

    def fermer(self) -> None:
        pass


def test_l_envoi_suit_la_cle_de_sa_fiche_et_pas_celle_d_une_autre_table(qtbot):
    reponses = [Synchro(cles={"evaluation": {5: 9}}),               # un examen qui portait le 5
                Synchro(cles={"seance": {5: 12}, "evaluation": {12: 3}})]
    vus = []

    def synchroniser(_serveur, _base, pk):
        vus.append(pk)
        return reponses.pop(0)

    envoi = EnvoiEnDirect(_Serveur(), None, "seance", 5, synchroniser, "à jour à %1")
    assert envoi.envoyer() and envoi.pk == 5            # la séance garde sa clé
    assert envoi.envoyer() and envoi.pk == 12           # puis prend celle du serveur
    assert vus == [5, 5]
    assert envoi.dernier_texte.startswith("à jour à ")
