"""Light and dark: follow the system's colour scheme, or the one chosen in Settings.

Qt's style hints tell the system's scheme and signal when it changes; the
application palette is then the style's own (light) or a dark one, and every
colour netexplorer adds (:mod:`netexplorer.ui.palette`) follows the palette.
"""

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from netexplorer.ui import settings

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """Return a dark palette whose texts read at 4.5:1 or better on their backgrounds."""
    palette = QPalette()
    colours = {
        Role.Window: QColor(58, 58, 60),
        Role.WindowText: QColor(230, 230, 230),
        Role.Base: QColor(24, 24, 24),
        Role.AlternateBase: QColor(38, 38, 38),
        Role.ToolTipBase: QColor(50, 50, 50),
        Role.ToolTipText: QColor(230, 230, 230),
        Role.PlaceholderText: QColor(160, 160, 160),
        Role.Text: QColor(230, 230, 230),
        Role.Button: QColor(70, 70, 72),
        Role.ButtonText: QColor(230, 230, 230),
        Role.BrightText: QColor(255, 120, 120),
        Role.Light: QColor(80, 80, 80),
        Role.Midlight: QColor(65, 65, 65),
        Role.Mid: QColor(45, 45, 45),
        Role.Dark: QColor(20, 20, 20),
        Role.Shadow: QColor(0, 0, 0),
        Role.Highlight: QColor(38, 79, 120),
        Role.HighlightedText: QColor(255, 255, 255),
        Role.Link: QColor(130, 180, 255),
        Role.LinkVisited: QColor(190, 150, 255),
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(140, 140, 140))
    return palette


def system_is_dark() -> bool:
    """Tell whether the operating system asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def light_palette(app: QApplication) -> QPalette:
    """Return a light palette, with a selection dark enough for white text (4.5:1).

    That is the application's own palette while the system is light (the style is
    not asked: its Python wrapper alone costs the first paint milliseconds), else
    the style's standard one, which is light.
    """
    palette = QPalette(app.style().standardPalette() if system_is_dark() else app.palette())
    palette.setColor(Group.Active, Role.Highlight, QColor(0, 90, 180))
    palette.setColor(Group.Inactive, Role.Highlight, QColor(0, 90, 180))
    palette.setColor(Role.HighlightedText, QColor(255, 255, 255))
    return palette


class Theme(QObject):
    """Applies the chosen scheme to the application and follows the system's while set to it."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._light = light_palette(app)
        self.choice = settings.theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    def choose(self, choice: str) -> None:
        """Use ``system``, ``light`` or ``dark`` from now on, and remember it."""
        settings.set_theme(choice)
        self.choice = settings.theme()
        self.apply()

    @property
    def dark(self) -> bool:
        """Tell whether the dark palette is the one in use."""
        return self.choice == "dark" or (self.choice == "system" and system_is_dark())

    def apply(self) -> None:
        """Set the application palette for the current choice."""
        self._app.setPalette(dark_palette() if self.dark else self._light)

    @Slot(Qt.ColorScheme)
    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        del scheme
        if self.choice == "system":
            self.apply()
