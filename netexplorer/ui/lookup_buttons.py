"""The button row of a lookup view: Look up, Abandon, the busy indicator, error details."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton

from netexplorer.ui.widgets import named

BUSY_WIDTH = 160


def _tr(text: str) -> str:
    return QCoreApplication.translate("LookupTab", text)


class LookupButtons:
    """The buttons of one lookup view, laid out in ``row`` (the view connects them)."""

    def __init__(self) -> None:
        self.lookup = QPushButton(_tr("&Look up"))
        named(self.lookup, "lookupButton", _tr("Look up"))
        self.lookup.setDefault(True)
        self.abandon = QPushButton(_tr("&Abandon"))
        named(self.abandon, "abandonButton", _tr("Abandon the running lookup"))
        self.abandon.setToolTip(
            _tr("Stop waiting. The system call cannot be interrupted; its answer is ignored.")
        )
        self.abandon.setEnabled(False)
        self.busy = QProgressBar()
        named(self.busy, "busyIndicator", _tr("Lookup running"))
        self.busy.setRange(0, 0)  # indeterminate: a resolver call reports no progress
        self.busy.setMaximumWidth(BUSY_WIDTH)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.details = QPushButton(_tr("Cop&y error details"))
        named(self.details, "copyErrorDetailsButton", _tr("Copy the internal error's details"))
        self.details.setToolTip(
            _tr("Copy the traceback of the internal error, to attach to a bug report.")
        )
        self.details.hide()
        self.row = QHBoxLayout()
        self.row.addWidget(self.lookup)
        self.row.addWidget(self.abandon)
        self.row.addWidget(self.busy)
        self.row.addStretch(1)
        self.row.addWidget(self.details)

    def set_running(self, running: bool) -> None:
        """Enable Abandon and show the busy indicator while a lookup runs."""
        self.abandon.setEnabled(running)
        self.busy.setVisible(running)
