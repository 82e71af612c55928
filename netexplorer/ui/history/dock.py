"""The history dock: in place for the window's first paint, its panel put in right after.

The window makes the dock (so the layout does not move when the history
appears); the session's commands make the :class:`~.panel.HistoryPanel` and
set it as the dock's widget once the window has been painted.
"""

from PySide6.QtWidgets import QDockWidget, QWidget

from netexplorer.ui.widgets import named


class HistoryDock(QDockWidget):
    """The dock the history's panel goes into (View → History shows or hides it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        named(self, "historyDock", self.tr("History"))
        self.setWidget(QWidget())  # until the panel comes, right after the first paint
