"""La lecture des lignes de la table (``stockage/table_inventaire``) : les listes de codes
enregistrées en JSON se lisent comme ``json.loads`` les lirait, quelle que soit leur écriture."""

from __future__ import annotations

import json

import pytest

from gesserv_bureau.stockage import table_inventaire
from gesserv_bureau.stockage.base import ouvrir
from gesserv_bureau.stockage.depot_services import DepotServices

from outils_tests import service_complet


@pytest.mark.parametrize("valeur", [
    [], ["critique"], ["critique", "prioritaire"], ["prioritaire", "critique", "essentiel"],
    ["a, b"], ['un "guillemet"'], ["é"], ["", ""], ["a", ""], ['", "'], ["\\"], ["x\\", "y"],
])
@pytest.mark.parametrize("ecrire", [
    json.dumps,
    lambda v: json.dumps(v, ensure_ascii=False),
    lambda v: json.dumps(v, separators=(",", ":")),
    lambda v: json.dumps(v, indent=1),
])
def test_les_codes_se_lisent_comme_json_les_lirait(valeur, ecrire):
    texte = ecrire(valeur)
    assert table_inventaire.codes_json(texte) == tuple(json.loads(texte))


def test_les_lignes_de_la_table(tmp_path):
    with ouvrir(tmp_path / "r.sqlite") as base:
        depot = DepotServices(base)
        for i, designations in enumerate((["critique", "prioritaire"], [], ["essentiel"])):
            depot.creer(service_complet(service_id=f"S-{i}", designations=designations))
        lignes = table_inventaire.lignes(base.conn, "2024-2025")
        assert [(l.service_id, l.designations) for l in lignes] == [
            ("S-0", ("critique", "prioritaire")), ("S-1", ()), ("S-2", ("essentiel",))]
        assert [l.service_id for l in table_inventaire.lignes(base.conn, "2024-2025", 2)] == ["S-0", "S-1"]
        assert table_inventaire.nombre(base.conn, "2024-2025") == table_inventaire.nombre(base.conn) == 3
        assert table_inventaire.exercices(base.conn) == ["2024-2025"]
