"""Les rapports PDF (reportlab) : un module par rapport sur un gabarit de page commun
(``gabarit``), les polices DejaVu Sans intégrées (``polices``), la signature numérique
(``signature``). Aucun import de Qt ici."""
