"""Dessine l'icône de l'application (ressources/icone.png et icone.ico), sans fichier extérieur.

    QT_QPA_PLATFORM=offscreen python outils/icone.py
"""

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

RACINE = Path(__file__).resolve().parent.parent


def dessiner(taille: int) -> QImage:
    image = QImage(taille, taille, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    marge = taille * 0.06
    cadre = QRectF(marge, marge, taille - 2 * marge, taille - 2 * marge)
    chemin = QPainterPath()
    chemin.addRoundedRect(cadre, taille * 0.18, taille * 0.18)
    p.fillPath(chemin, QColor("#26374a"))          # le bleu marine de Canada.ca
    # trois lignes d'un répertoire, la première cochée
    p.setPen(QPen(QColor("#ffffff"), taille * 0.055, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (0.36, 0.52, 0.68):
        p.drawLine(int(taille * 0.42), int(taille * y), int(taille * 0.78), int(taille * y))
    p.setPen(QPen(QColor("#f9d26b"), taille * 0.06, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.drawPolyline([QPointF(taille * 0.20, taille * 0.36), QPointF(taille * 0.26, taille * 0.42),
                    QPointF(taille * 0.34, taille * 0.29)])
    p.setBrush(QColor("#ffffff"))
    p.setPen(Qt.PenStyle.NoPen)
    for y in (0.52, 0.68):
        p.drawEllipse(QRectF(taille * 0.22, taille * y - taille * 0.035, taille * 0.07, taille * 0.07))
    police = QFont("DejaVu Sans", max(6, int(taille * 0.09)), QFont.Weight.Bold)
    p.setFont(police)
    p.setPen(QColor("#f9d26b"))
    p.drawText(QRectF(0, taille * 0.76, taille, taille * 0.16), Qt.AlignmentFlag.AlignCenter, "gesserv")
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    dossier = RACINE / "ressources"
    dossier.mkdir(exist_ok=True)
    dessiner(256).save(str(dossier / "icone.png"))
    dessiner(64).save(str(dossier / "icone.ico"))
    print("ressources/icone.png et icone.ico")
