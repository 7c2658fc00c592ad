"""Le contenu de la ligne directrice, sous forme de données, dans les deux langues."""

from gesserv_bureau.referentiel.codes import EDITION

__all__ = ["EDITION"]
