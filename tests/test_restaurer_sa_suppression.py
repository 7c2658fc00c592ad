"""Ctrl+Z d'une suppression remet le service avec ce qu'il avait, à lui : si une autre fiche a été créée
puis supprimée à la même clé depuis (SQLite redonne la clé de la dernière ligne supprimée), ses normes
et ses liens ne passent pas au service rétabli."""

from __future__ import annotations

from gesserv_bureau.cas import normes, repertoire


def test_le_service_retabli_retrouve_ses_normes_pas_celles_d_un_autre_a_sa_cle(base):
    exercice = repertoire.charger_service(base, 1).exercice
    a = repertoire.nouveau_service(base, exercice)
    a.nom_fr = "Service A"
    repertoire.enregistrer_service(base, a)
    normes.creer(base, a.pk, norme_id="A-1", norme_fr="Norme de A", norme_en="A's standard", cible=0.9)
    supprime_a = repertoire.supprimer_service(base, a.pk)
    b = repertoire.nouveau_service(base, exercice)
    assert b.pk == a.pk                               # la clé redonnée (une base ordinaire)
    b.nom_fr = "Service B"
    repertoire.enregistrer_service(base, b)
    normes.creer(base, b.pk, norme_id="B-1", norme_fr="Norme de B", norme_en="B's standard", cible=0.5)
    repertoire.supprimer_service(base, b.pk)          # Ctrl+Z de la création de B
    repertoire.restaurer_service(base, supprime_a)     # Ctrl+Z de la suppression de A
    assert repertoire.charger_service(base, a.pk).nom_fr == "Service A"
    assert [n.norme_id for n in normes.normes_du_service(base, a.pk)] == ["A-1"]
