"""La ligne de commande découpée : chaque sous-commande a sa famille (un module de
``ligne_de_commande`` qui l'exécute), et une famille ne charge que ce dont ses sous-commandes se
servent."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gesserv_bureau import cli
from gesserv_bureau.ligne_de_commande import FAMILLES, famille

from outils_tests import RACINE


@pytest.mark.parametrize("commande", [c for c in cli.SOUS_COMMANDES if FAMILLES[c] is not None])
def test_chaque_sous_commande_a_sa_famille(commande):
    module = famille(commande)
    assert module.__name__ == f"gesserv_bureau.ligne_de_commande.{FAMILLES[commande]}"
    assert callable(module.executer)
    assert commande in (module.__doc__ or ""), f"{commande} absente de la description de {module.__name__}"


def test_seule_l_interface_ouvre_la_fenetre():
    assert [c for c, f in FAMILLES.items() if f is None] == ["interface"]
    with pytest.raises(LookupError):
        famille("interface")


def test_une_commande_de_la_base_ne_charge_ni_signature_ni_rapports(tmp_path):
    programme = (
        "import sys\n"
        "from gesserv_bureau import cli\n"
        "code = cli.main(['sauvegardes'])\n"
        "lourds = sorted({m.split('.')[0] for m in sys.modules} & {'cryptography', 'pyhanko', 'reportlab', 'typst',"
        " 'pikepdf', 'openpyxl', 'docx', 'pptx'})\n"
        "print(code, lourds, 'PySide6.QtWidgets' in sys.modules)\n"
    )
    resultat = subprocess.run([sys.executable, "-c", programme], cwd=RACINE, capture_output=True, text=True,
                              timeout=120, env={**os.environ, "GESSERV_BASE": str(tmp_path / "r.sqlite")})
    assert resultat.returncode == 0, resultat.stderr
    assert resultat.stdout.strip().splitlines()[-1] == "0 [] False"
