"""Point d'entrée du paquet figé (PyInstaller) : le même que ``gesserv-bureau`` (``cli:main``)."""

import multiprocessing
import sys

from gesserv_bureau.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
