"""La séance en direct, côté projecteur (mode ministère, point 4) : quand la fenêtre travaille sur
une copie du répertoire ministériel, chaque réponse enregistrée et chaque changement de service
partent au serveur dans la seconde (``cas.seance_en_direct.envoyer_seance``, par
``interface.en_direct.EnvoiEnDirect``), et les participants les voient arriver (``suivi``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gesserv_bureau.interface.en_direct import EnvoiEnDirect, connexion_de_la_copie


def appliquer_cles(vue, cles: dict) -> None:
    """Dans la vue de réunion ``vue`` (``projection.VueSeance``) : la séance et ses examens,
    tenus ouverts, prennent les clés que le serveur leur a données."""
    seances, evaluations = cles.get("seance", {}), cles.get("evaluation", {})
    if vue.seance.pk in seances:
        vue.seance.pk = seances[vue.seance.pk]
    examens = list(vue._examens.values())
    if vue.assistant is not None:
        examens.append(vue.assistant.ev)
    # chaque objet une fois (l'assistant tient souvent celui de la séance) : les clés changent
    # ensemble — une fiche peut prendre la clé qu'une autre quitte
    for ev in {id(ev): ev for ev in examens if ev is not None}.values():
        if ev.pk in evaluations:
            ev.pk = evaluations[ev.pk]
        if ev.seance_pk in seances:
            ev.seance_pk = seances[ev.seance_pk]


def renumeroter_seance(seance, cles: dict) -> None:
    """La séance ``seance`` (tenue par le dialogue des séances) prend sa clé du serveur."""
    if seance is not None and seance.pk in cles.get("seance", {}):
        seance.pk = cles["seance"][seance.pk]


def commencer(dialogue, base, seance) -> EnvoiEnDirect | None:
    """La séance ``seance`` part en direct si ``base`` est une copie du répertoire ministériel :
    la connexion (le mot de passe demandé s'il le faut, gardé nulle part), un premier envoi (la
    séance reçoit sa clé du serveur, ``seance.pk`` changé), puis l'envoi de chaque enregistrement.
    None : une base ordinaire; sans connexion (annulée, serveur injoignable), la séance se tient
    sur ce poste seulement, et l'envoi le dit."""
    from gesserv_bureau.cas import seance_en_direct
    from gesserv_bureau.stockage.serveur.adresse import emportee_de

    if emportee_de(base.conn) is None:
        return None
    serveur = connexion_de_la_copie(dialogue, base)
    envoi = EnvoiEnDirect(serveur, base, "seance", seance.pk, seance_en_direct.envoyer_seance,
                          QCoreApplication.translate("EnvoiEnDirect", "En direct : les participants suivent la séance "
                                                                      "(envoyée à %1)."), dialogue)
    if serveur is None:
        envoi.sans_connexion()
    elif envoi.envoyer():
        seance.pk = envoi.pk
    return envoi
