"""Every colour netexplorer chooses itself, for light and for dark palettes.

Colour never carries meaning alone: a new row also reads ``new`` in its
change column, a changed grid cell is also bold, a removed row is also
struck through.  Each pair below keeps a contrast of at least 4.5:1 between
its text and its background (WCAG AA), checked by a test.
"""

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget


@dataclass(frozen=True)
class Pair:
    """A text colour and the background it is drawn on."""

    text: QColor
    background: QColor


@dataclass(frozen=True)
class Scheme:
    """The colours for one kind of palette."""

    new: Pair
    changed: Pair
    removed: QColor
    error: QColor


# Blue and orange stay distinct for the common kinds of colour blindness.
LIGHT = Scheme(
    new=Pair(QColor(0, 60, 140), QColor(222, 235, 255)),
    changed=Pair(QColor(110, 50, 0), QColor(255, 230, 200)),
    removed=QColor(96, 96, 96),
    error=QColor(176, 0, 32),
)
DARK = Scheme(
    new=Pair(QColor(170, 210, 255), QColor(16, 42, 80)),
    changed=Pair(QColor(255, 200, 140), QColor(80, 40, 0)),
    removed=QColor(170, 170, 170),
    error=QColor(255, 130, 140),
)


def is_dark(palette: QPalette) -> bool:
    """Tell whether a palette draws light text on a dark base."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def scheme(widget: QWidget | None = None) -> Scheme:
    """Return the scheme for ``widget``'s palette (the application's when ``None``)."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return DARK if is_dark(palette) else LIGHT


class ErrorLabel(QLabel):
    """A label in the error colour of the current palette, bold (the colour is never alone)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self._recolour()

    def _recolour(self) -> None:
        colour = scheme(self).error
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change between light and dark palettes."""
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changes:
            self._recolour()


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
