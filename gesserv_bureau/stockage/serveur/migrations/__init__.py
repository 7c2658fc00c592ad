"""L'environnement Alembic du serveur (``env.py``) et ses révisions (``versions/``)."""
