"""Projector zoom: every font of the window, tables and code included, from 80 % to 300 %.

The window's own font is scaled, which every widget inherits; widgets that
set a font of their own (the monospaced code views) are scaled from the size
they had at 100 %, remembered in a property.  Ctrl+mouse wheel zooms too.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from netexplorer.ui import settings

STEPS = (80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
BASE_SIZE = "_netexplorer_base_point_size"
#: QFont::SizeResolved: the font's size was set on the widget, not inherited.
SIZE_RESOLVED = 0x0002


def _scaled(font: QFont, points: float, percent: int) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(max(1.0, points * percent / 100))
    return scaled


class Zoom(QObject):
    """Scales the fonts of one window; the percentage is remembered in the settings."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._base = QFont(window.font())
        if self._base.pointSizeF() <= 0:
            self._base.setPointSizeF(10)
        self.percent = settings.zoom_percent()
        self.apply()

    def set_percent(self, percent: int) -> None:
        """Zoom to ``percent`` (clamped to 80–300) and remember it."""
        self.percent = min(settings.MAX_ZOOM, max(settings.MIN_ZOOM, percent))
        settings.set_zoom_percent(self.percent)
        self.apply()

    def zoom_in(self) -> None:
        """Go to the next larger step."""
        self.set_percent(next((step for step in STEPS if step > self.percent), STEPS[-1]))

    def zoom_out(self) -> None:
        """Go to the next smaller step."""
        smaller = [step for step in STEPS if step < self.percent]
        self.set_percent(smaller[-1] if smaller else STEPS[0])

    def reset(self) -> None:
        """Back to 100 %."""
        self.set_percent(settings.DEFAULT_ZOOM)

    def apply(self, root: QWidget | None = None) -> None:
        """Scale the window's font and every own font under ``root`` (the whole window by default).

        The scroll areas under ``root`` get their Ctrl+wheel watched: a wheel
        event anywhere in a view reaches one of their viewports.
        """
        font = _scaled(self._base, self._base.pointSizeF(), self.percent)
        if font != self._window.font():
            self._window.setFont(font)
        for area in (root or self._window).findChildren(QAbstractScrollArea):
            area.viewport().removeEventFilter(self)
            area.viewport().installEventFilter(self)
        if root is not None and self.percent == settings.DEFAULT_ZOOM:
            return  # a view just built at 100 %: its own fonts are at their base size already
        for widget in (root or self._window).findChildren(QWidget):
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                continue
            base = widget.property(BASE_SIZE)
            if not isinstance(base, float):
                own_size = widget.font().resolveMask() & SIZE_RESOLVED
                if not own_size or widget.font().pointSizeF() <= 0:
                    continue  # its size is inherited from the window, which is scaled already
                base = widget.font().pointSizeF()
                widget.setProperty(BASE_SIZE, base)
            widget.setFont(_scaled(widget.font(), base, self.percent))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel over the window zooms in or out instead of scrolling."""
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if watched.window() is not self._window:
            return False
        delta = event.angleDelta().y()
        if delta > 0:
            self.zoom_in()
        elif delta < 0:
            self.zoom_out()
        return True
