"""The sequence diagram with its Save buttons: PNG and SVG, for a lab report."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core.conversation import Conversation
from netexplorer.ui.client_server.sequence_view import SequenceView
from netexplorer.ui.widgets import named

#: PNG pixels per scene unit: sharp enough to print.
PNG_SCALE = 2


def _render(scene: QGraphicsScene, painter: QPainter, size: QSize) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRect(0, 0, size.width(), size.height()), Qt.GlobalColor.white)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), scene.sceneRect())


def png_bytes(scene: QGraphicsScene) -> bytes:
    """Return the whole scene as a PNG image."""
    rect = scene.sceneRect()
    size = QSize(int(rect.width() * PNG_SCALE) + 1, int(rect.height() * PNG_SCALE) + 1)
    image = QImage(size, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _render(scene, painter, size)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide6 a str
    buffer.close()
    return bytes(data.data())


def svg_bytes(scene: QGraphicsScene, title: str) -> bytes:
    """Return the whole scene as an SVG drawing (text stays text)."""
    rect = scene.sceneRect()
    size = QSize(int(rect.width()) + 1, int(rect.height()) + 1)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    _render(scene, painter, size)
    painter.end()
    buffer.close()
    return bytes(data.data())


class SequencePanel(QWidget):
    """The sequence diagram, and buttons that save it as PNG or SVG."""

    def __init__(self, conversation: Conversation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = SequenceView(conversation)
        self.save_png_button = QPushButton(self.tr("Save as &PNG…"))
        named(self.save_png_button, "sequenceSavePngButton", self.tr("Save diagram as PNG"))
        self.save_svg_button = QPushButton(self.tr("Save &as SVG…"))
        named(self.save_svg_button, "sequenceSaveSvgButton", self.tr("Save diagram as SVG"))
        self.save_png_button.clicked.connect(self.save_png)
        self.save_svg_button.clicked.connect(self.save_svg)
        self.saved_label = QLabel()
        named(self.saved_label, "sequenceSavedLabel", self.tr("Where the diagram was saved"))
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)  # shows a path
        self.saved_label.setWordWrap(True)
        hint = QLabel(
            self.tr("Click a call to find its row in the log; select a row to find its call.")
        )
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.save_png_button)
        bar.addWidget(self.save_svg_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    @Slot()
    def save_png(self) -> None:
        """Ask where, then save the diagram as a PNG image."""
        self._save(self.tr("PNG image (*.png)"), ".png", lambda: png_bytes(self.view.scene()))

    @Slot()
    def save_svg(self) -> None:
        """Ask where, then save the diagram as an SVG drawing."""
        title = self.tr("Sequence diagram (netexplorer)")
        self._save(
            self.tr("SVG drawing (*.svg)"), ".svg", lambda: svg_bytes(self.view.scene(), title)
        )

    def _save(self, kind: str, suffix: str, render: Callable[[], bytes]) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sequence diagram"), f"sequence-diagram{suffix}", kind
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(suffix)
        self.view.draw_now()
        try:
            path.write_bytes(render())
        except OSError as exc:
            self.saved_label.setText(
                self.tr("Could not save {}: {}").format(path.name, exc.strerror or exc)
            )
            self.saved_label.setProperty("failed", True)
            return
        self.saved_label.setText(self.tr("Saved {}").format(str(path)))
        self.saved_label.setProperty("failed", False)
