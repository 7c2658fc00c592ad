"""Point d'entrée du paquet figé (PyInstaller) : le même que ``gesserv-bureau`` (``lancement:main``)."""

import multiprocessing
import sys

from gesserv_bureau.lancement import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
